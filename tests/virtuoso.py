"""A real Virtuoso for the tests: Debian's `virtuoso-opensource` (7.2), started by the test on two free
loopback ports with a fresh database in a temporary folder, stopped by its PID at teardown.

Use it from a test module with `from virtuoso import virtuoso  # noqa: F401` (pytest puts tests/ on the
path); the fixture yields a `Virtuoso` with the URLs of its endpoints.

Writing graphs: a fresh database has the single administrator `dba` with password `dba` (Debian's
package takes no preseeded password when it cannot start the server during install, and this database is
not the package's anyway). The unauthenticated Graph Store endpoint `/sparql-graph-crud` runs as the
SPARQL user `nobody` and refuses writes (403, "SQ110: Permission denied for delete from DB.DBA.RDF_QUAD")
unless an administrator first runs, in isql, `GRANT SPARQL_UPDATE TO "SPARQL";` and
`DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 7);` which opens the store to anyone who reaches the port.
The authenticated endpoint `/sparql-graph-crud-auth` needs no setup: it takes `dba`/`dba` with HTTP
*digest* authentication (basic is answered 401), so the tests load through it. Its PUT replaces the
graph; it has no default graph (`?default` is answered 500, "not configured to have default graph").
Queries go to `/sparql`, which reads the union of every graph (one solution per graph holding a triple)
and caps results at 10,000 rows (`ResultSetMaxRows`, kept at Debian's default so the tests meet the cap a
user meets).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_BINARY = "virtuoso-t"  # in Debian's virtuoso-opensource-7-bin, pulled in by virtuoso-opensource
START_TIMEOUT = 120.0  # seconds; a fresh database starts in ~8 s on an idle 2-core machine
USER = PASSWORD = "dba"  # a fresh database's administrator

_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
"""


@dataclass(frozen=True)
class Virtuoso:
    """A running server: where to query it, where to write graphs, and who may write."""

    http: str
    pid: int
    folder: Path

    @property
    def sparql(self) -> str:
        return f"{self.http}/sparql"

    @property
    def graph_store(self) -> str:
        return f"{self.http}/sparql-graph-crud-auth"

    def select(self, query: str) -> dict:
        """The SPARQL results JSON of a query (POSTed, as long queries need)."""
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        request = urllib.request.Request(self.sparql, data=body,
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.loads(response.read().decode("utf-8"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_virtuoso(folder: Path) -> tuple[subprocess.Popen, Virtuoso]:
    """Start a server with a fresh database in `folder` and wait until /sparql answers. Fails the test
    (not skips it) when the package is missing or the server does not come up."""
    binary = shutil.which(SERVER_BINARY)
    if binary is None:
        pytest.fail(f"{SERVER_BINARY} is not installed: run scripts/test.sh, which installs Debian's "
                    "virtuoso-opensource with the other packages the tests need", pytrace=False)
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_INI.format(db=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    with open(folder / "stdout.log", "wb") as log:  # the server keeps its own descriptor
        process = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=folder, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    server = Virtuoso(f"http://127.0.0.1:{http_port}", process.pid, folder)
    _wait_until_ready(process, server)
    return process, server


def _wait_until_ready(process: subprocess.Popen, server: Virtuoso) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Virtuoso exited at start ({process.returncode}): {_log_tail(server.folder)}", pytrace=False)
        try:
            server.select("ASK { ?s ?p ?o }")
            return
        except (urllib.error.URLError, OSError, ValueError):
            time.sleep(0.5)
    stop_virtuoso(process)
    pytest.fail(f"Virtuoso did not answer within {START_TIMEOUT:.0f} s: {_log_tail(server.folder)}", pytrace=False)


def stop_virtuoso(process: subprocess.Popen) -> None:
    """Stop the server by its PID: SIGTERM (it checkpoints and exits), SIGKILL if it lingers."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def _log_tail(folder: Path) -> str:
    text = ""
    for name in ("stdout.log", "virtuoso.log"):
        path = folder / name
        if path.exists():
            text += path.read_text(encoding="utf-8", errors="replace")
    return " | ".join(text.strip().splitlines()[-5:]) or "no log"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A Virtuoso with a fresh, empty database for the test module; stopped by PID at teardown."""
    process, server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        stop_virtuoso(process)
