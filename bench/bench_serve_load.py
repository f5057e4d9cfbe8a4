"""`kg serve` under many concurrent clients on loopback: status counts and latency percentiles.

    .venv/bin/python bench/bench_serve_load.py exports/ --clients 100 --seconds 30

Starts `kg serve GRAPHS --port 0` in a fresh process (a cold start), then `--clients` threads each send
the bundled questions in turn (POST, form-encoded) until `--seconds` have passed, and stops the server.
Prints requests, statuses, p50 / p99 latency; exit 1 when a valid query was answered other than 200/503.
Traffic goes to 127.0.0.1 only and stops by itself.
"""
from __future__ import annotations

import argparse
import collections
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.query import bundled_queries  # noqa: E402


def start_server(paths: list[str]) -> tuple[subprocess.Popen, str]:
    command = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.cli import main; "
               "sys.exit(main())", "serve", *paths, "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        if "listening on " in line:
            url = line.split("listening on ")[1].split()[0]
            threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()  # drain the log
            return process, url
    raise SystemExit(f"kg serve did not start (exit {process.wait()})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="built graph files or folders")
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    texts = [q.text for q in bundled_queries()]
    process, url = start_server(args.paths)
    latencies: list[float] = []
    statuses: collections.Counter = collections.Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def client(number: int) -> None:
        i = number
        while time.monotonic() < deadline:
            data = urllib.parse.urlencode({"query": texts[i % len(texts)]}).encode()
            started = time.monotonic()
            try:
                with urllib.request.urlopen(url + "sparql", data, timeout=60) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as e:
                status = e.code
            except OSError as e:
                status = type(e).__name__
            with lock:
                latencies.append(time.monotonic() - started)
                statuses[status] += 1
            i += 1

    try:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        process.terminate()
        process.wait(timeout=30)
    cuts = statistics.quantiles(latencies, n=100)
    print(f"{len(latencies)} requests from {args.clients} clients in {args.seconds:g} s; statuses {dict(statuses)}")
    print(f"p50 {cuts[49] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms")
    return 0 if set(statuses) <= {200, 503} else 1


if __name__ == "__main__":
    sys.exit(main())
