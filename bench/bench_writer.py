"""The corpus store's writer alone: CPU of CorpusStore.put_many over articles' N-Quads built beforehand.

    .venv/bin/python bench/bench_writer.py --prepare ARTICLES_DIR NQUADS.jsonl   # build once, both workers
    .venv/bin/python bench/bench_writer.py NQUADS.jsonl --copies 3               # write into a fresh store

The second command measures the `kg` the interpreter imports, so running it with another checkout's
interpreter (`/path/to/other/.venv/bin/python bench/bench_writer.py ...`) measures that checkout's writer on
the same N-Quads. With --copies N the articles are written N times, each copy under other article and graph
IRIs, sharing their entities as a larger corpus does. Prints, as JSON, the wall and CPU seconds of each copy
(CPU of the whole process: Oxigraph's RocksDB threads included) and the store's default-graph triple count."""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def prepare(folder: Path, target: Path) -> None:
    from kg.ingest import Article
    from kg.store import article_fingerprint, build_batch_nquads
    from kg.vocab import DEFAULT_BASE

    articles = [Article(p.name, p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    batches = [articles[i:i + 50] for i in range(0, len(articles), 50)]
    with ProcessPoolExecutor(2) as pool, target.open("w", encoding="utf-8") as out:
        for batch, results in zip(batches, pool.map(build_batch_nquads, batches, [DEFAULT_BASE] * len(batches),
                                                    [False] * len(batches))):
            fingerprints = {a.source: article_fingerprint(a) for a in batch}
            for source, nquads in results:
                out.write(json.dumps({"source": source, "fingerprint": fingerprints[source], "nquads": nquads}) + "\n")


def copy_of(article: tuple[str, str, str], copy: int) -> tuple[str, str, str]:
    source, fingerprint, nquads = article
    if not copy:
        return article
    return (f"{source}#{copy}", f"{fingerprint}{copy}",
            nquads.replace("/graph/", f"/graph/c{copy}-").replace("/article/", f"/article/c{copy}-"))


def write(source: Path, copies: int) -> dict:
    import pyoxigraph as ox

    from kg.store import COMMIT_SIZE, CorpusStore

    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    articles = [(r["source"], r["fingerprint"], r["nquads"]) for r in rows]
    figures = []
    with tempfile.TemporaryDirectory(prefix="bench-writer-") as folder, CorpusStore(folder) as store:
        for copy in range(copies):
            batch = [copy_of(a, copy) for a in articles]
            wall, cpu = time.perf_counter(), time.process_time()
            for first in range(0, len(batch), COMMIT_SIZE):
                store.put_many(batch[first:first + COMMIT_SIZE])
            figures.append({"wall_s": round(time.perf_counter() - wall, 2), "cpu_s": round(time.process_time() - cpu, 2)})
        union = sum(1 for _ in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return {"articles": len(articles), "copies": figures, "cpu_s": round(sum(f["cpu_s"] for f in figures), 2),
            "default_graph_triples": union}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the N-Quads file --prepare wrote (or, with --prepare, the articles)")
    parser.add_argument("target", type=Path, nargs="?", help="with --prepare: the file to write")
    parser.add_argument("--prepare", action="store_true", help="build the articles' N-Quads into TARGET, then stop")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    if args.prepare:
        prepare(args.source, args.target)
    else:
        print(json.dumps(write(args.source, args.copies)))


if __name__ == "__main__":
    main()
