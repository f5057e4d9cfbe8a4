"""The corpus store: many articles in one persistent, embedded Oxigraph store, each article its own named
graph, entities shared between them by their IRIs; built incrementally and queried without re-parsing.

A store is a folder holding an Oxigraph database (`oxigraph/`) and a manifest (`manifest.sqlite`) that
records, for every source, the digest of its text and of the builder's version and the named graph built
from it. Writing one article is one SPARQL update (drop the old graph, insert the new one), which Oxigraph
applies as a single transaction; the manifest row is written after it. A build killed between the two
leaves a graph the manifest does not yet name: the next build sees the source as changed, replaces the
graph (the same IRI for the same text) and records it, so nothing already built is lost and nothing is
left half-written. `prune` removes the graphs of sources that are gone and any graph no source names.

    >>> import tempfile
    >>> from kg.pipeline import build
    >>> folder = tempfile.mkdtemp()
    >>> with CorpusStore(folder) as store:
    ...     text = "Semarang (ANTARA) - Dinas Sosial Kota Semarang mencatat 1.200 penerima bantuan pada 2024."
    ...     store.is_current("a.txt", text)
    ...     store.put("a.txt", text, build(text))
    ...     store.is_current("a.txt", text), len(store.sources())
    False
    'https://w3id.org/berita-kg/id/graph/undated-semarang-c258fbfe'
    (True, 1)
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import KGError

STORE_LAYOUT = "1"  # the layout of the folder; a store of another layout is refused, not misread
DATABASE_DIR = "oxigraph"
MANIFEST_FILE = "manifest.sqlite"

__all__ = ["BuildOutcome", "CorpusStore", "StoreError", "StoredArticle", "article_fingerprint", "build_article_nquads", "build_into_store",
           "builder_version", "is_store", "source_digest"]


class StoreError(KGError):
    """The store folder cannot be used (not a store, another layout, locked by another process)."""


@dataclass(frozen=True)
class StoredArticle:
    """What the manifest knows of one source: the digest it was built from and the graph it became."""

    source: str
    digest: str
    graph: str


def builder_version() -> str:
    """The version of the installed builder; a store rebuilds every article when it changes."""
    try:
        return version("berita-kg")
    except PackageNotFoundError:  # running from a checkout that is not installed
        return "unknown"


def source_digest(text: str) -> str:
    """A digest of the article's text and of the builder that reads it: equal digests give equal graphs."""
    return hashlib.sha256(f"{builder_version()}\n{STORE_LAYOUT}\n{text}".encode("utf-8")).hexdigest()


def is_store(path: str | Path) -> bool:
    """Whether `path` is a corpus store folder (so readers can take a store where they take files)."""
    p = Path(path)
    return p.is_dir() and (p / MANIFEST_FILE).is_file() and (p / DATABASE_DIR).is_dir()


class CorpusStore:
    """A corpus store folder, opened for writing (created when missing) or read-only.

    Raises StoreError when the folder exists but is not a store, or holds a store of another layout."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not is_store(self.path):
            raise StoreError(f"{self.path} is not a corpus store; build one with kg build SOURCES --store {self.path}")
        if not read_only and self.path.exists() and any(self.path.iterdir()) and not is_store(self.path):
            raise StoreError(f"{self.path} exists and is not a corpus store; give an empty or new folder")
        self.path.mkdir(parents=True, exist_ok=True)
        self._manifest = self._open_manifest()
        try:
            db = str(self.path / DATABASE_DIR)
            self.oxigraph = ox.Store.read_only(db) if read_only else ox.Store(db)
        except OSError as e:
            raise StoreError(f"cannot open the store {self.path} ({e}); is another kg build writing to it?") from None

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> "CorpusStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if not self.read_only:
            self.oxigraph.flush()
        self._manifest.close()

    def _open_manifest(self) -> sqlite3.Connection:
        uri = f"file:{self.path / MANIFEST_FILE}" + ("?mode=ro" if self.read_only else "")
        db = sqlite3.connect(uri, uri=True, isolation_level=None)
        if not self.read_only:
            db.execute("CREATE TABLE IF NOT EXISTS layout (version TEXT NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS article (source TEXT PRIMARY KEY, digest TEXT NOT NULL, graph TEXT NOT NULL)")
            if db.execute("SELECT count(*) FROM layout").fetchone()[0] == 0:
                db.execute("INSERT INTO layout VALUES (?)", (STORE_LAYOUT,))
        found = db.execute("SELECT version FROM layout").fetchone()
        if not found or found[0] != STORE_LAYOUT:
            raise StoreError(f"{self.path} holds a store of layout {found[0] if found else '?'}, this kg reads "
                             f"layout {STORE_LAYOUT}; rebuild it into a new folder")
        return db

    # ------------------------------------------------------------------ manifest
    def sources(self) -> dict[str, StoredArticle]:
        """Every source in the store, by its name."""
        rows = self._manifest.execute("SELECT source, digest, graph FROM article ORDER BY source")
        return {s: StoredArticle(s, d, g) for s, d, g in rows}

    def is_current(self, source: str, text: str) -> bool:
        """Whether `source` was built from this very text by this very builder (so it can be skipped)."""
        row = self._manifest.execute("SELECT digest FROM article WHERE source = ?", (source,)).fetchone()
        return bool(row) and row[0] == source_digest(text)

    # ------------------------------------------------------------------ writing
    def put(self, source: str, text: str, dataset: Dataset) -> str:
        """Store the article built from `text` as its named graph(s), replacing what `source` had before,
        in one transaction. Returns the graph's IRI."""
        return self.put_nquads(source, text, dataset.serialize(format="nquads"))

    def put_nquads(self, source: str, text: str, nquads: str) -> str:
        """As `put`, for an article already serialised as N-Quads (what parallel workers send back)."""
        blocks = _graph_blocks(nquads)
        if len(blocks) != 1:
            raise KGError(f"{source}: an article is one named graph, this one has {len(blocks)}")
        graph = next(iter(blocks))[1:-1]
        old = self._manifest.execute("SELECT graph FROM article WHERE source = ?", (source,)).fetchone()
        drops = sorted({graph, *(old or ())})
        self.oxigraph.update("".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in drops) + "INSERT DATA {\n"
                             + "".join(f"GRAPH {g} {{\n" + "\n".join(ts) + "\n}\n" for g, ts in sorted(blocks.items())) + "}")
        self._manifest.execute("INSERT OR REPLACE INTO article VALUES (?, ?, ?)", (source, source_digest(text), graph))
        return graph

    def remove(self, source: str) -> None:
        """Remove a source and its graph."""
        row = self._manifest.execute("SELECT graph FROM article WHERE source = ?", (source,)).fetchone()
        if row:
            self.oxigraph.update(f"DROP SILENT GRAPH <{row[0]}>")
            self._manifest.execute("DELETE FROM article WHERE source = ?", (source,))

    def prune(self, keep: set[str]) -> list[str]:
        """Remove every source not in `keep`, and every graph that no source names (left by a build killed
        between its two steps). Returns the removed sources."""
        gone = sorted(set(self.sources()) - keep)
        for source in gone:
            self.remove(source)
        named = {a.graph for a in self.sources().values()}
        for g in sorted(str(n.value) for n in self.oxigraph.named_graphs()):
            if g not in named:
                self.oxigraph.remove_graph(ox.NamedNode(g))
        return gone

    # ------------------------------------------------------------------ reading
    def nquads(self) -> bytes:
        """The whole corpus as N-Quads, lines sorted: the same bytes for the same corpus."""
        dumped = self.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
        lines = sorted(set(line for line in dumped.decode("utf-8").splitlines() if line.strip()))
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""

    def export(self, fmt_name: str) -> bytes:
        """The whole corpus in one format (nquads, trig, turtle, json-ld, nt): the same bytes for the same
        corpus, whatever order its articles were built in."""
        from kg import formats
        fmt = formats.by_name(fmt_name)
        if fmt is formats.N_QUADS:
            return self.nquads()
        dataset = self.dataset()
        from kg.rdf import PREFIXES
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace)
        return formats.serialize(dataset, fmt)

    def dataset(self) -> Dataset:
        """The whole corpus as an rdflib Dataset (for the writers and checks that take one)."""
        ds = Dataset()
        ds.parse(data=self.nquads().decode("utf-8"), format="nquads")
        return ds

    def __len__(self) -> int:
        return len(self.oxigraph)


def _graph_blocks(nquads: str) -> dict[str, list[str]]:
    """N-Quads grouped by graph, each quad written as a triple of an INSERT DATA block (Oxigraph writes
    terms in N-Triples syntax, which SPARQL reads). A quad in the default graph is refused: every fact of
    an article belongs to the article's graph."""
    by_graph: dict[str, list[str]] = {}
    for quad in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.graph_name, ox.DefaultGraph):
            raise KGError("an article's fact is outside its named graph")
        by_graph.setdefault(str(quad.graph_name), []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    return by_graph


# ---------------------------------------------------------------------- building a corpus into a store
@dataclass(frozen=True)
class BuildOutcome:
    """One source's fate in a store build: 'built', 'unchanged' (skipped), or 'failed' with the reason."""

    source: str
    status: str
    message: str = ""


def article_fingerprint(article) -> str:
    """What an article's graph depends on besides the builder: its text and what its source says of it."""
    meta = [article.url or "", article.title or "", article.author or "",
            article.published.isoformat() if article.published else ""]
    return "\n".join(meta) + "\n" + article.text


def build_article_nquads(article, base: str, check: bool) -> BuildOutcome | tuple[str, str]:
    """Build one article (here, in a worker process or on a Dask worker) and return (source, N-Quads), or a
    failed outcome naming what went wrong. Pure: it reads nothing but its arguments and the package data."""
    from kg.build_service import article_facts
    from kg.rdf import to_dataset
    try:
        dataset = to_dataset(article_facts(article), base)
        if check:
            from kg.validate import validate
            result = validate(dataset)
            if not result.conforms:
                first = result.violations[0].line() if result.violations else ""
                return BuildOutcome(article.source, "failed", f"the graph of {article.source} does not conform "
                                    f"to the shapes; nothing stored for it ({first})")
        return article.source, dataset.serialize(format="nquads")
    except KGError as e:
        return BuildOutcome(article.source, "failed", str(e))
    except Exception as e:  # noqa: BLE001 - a defect met on one article must not cost the others
        return BuildOutcome(article.source, "failed", f"{article.source}: kg failed on it ({type(e).__name__}: "
                            f"{' '.join(str(e).split())}); please report it with the article")


def build_into_store(store: CorpusStore, articles, base: str, check: bool = True, executor=None,
                     on_outcome=None) -> list[BuildOutcome]:
    """Build every article (kg.ingest.Article) whose text, metadata or builder changed, and commit each to
    the store as soon as it is built. `executor` is any concurrent.futures executor (a process pool, or a
    Dask client's `get_executor()`); without one, articles are built here, one after the other.
    `on_outcome` is called with each outcome as it comes (progress). Outcomes come back in the order of
    `articles`."""
    outcomes: dict[str, BuildOutcome] = {}
    order: list[str] = []
    todo = []
    fingerprints: dict[str, str] = {}
    for article in articles:
        order.append(article.source)
        fingerprint = article_fingerprint(article)
        if store.is_current(article.source, fingerprint):
            outcomes[article.source] = BuildOutcome(article.source, "unchanged")
            if on_outcome:
                on_outcome(outcomes[article.source])
        else:
            todo.append(article)
            fingerprints[article.source] = fingerprint

    def commit(result) -> None:
        if isinstance(result, BuildOutcome):
            outcome = result
        else:
            source, nquads = result
            store.put_nquads(source, fingerprints[source], nquads)
            outcome = BuildOutcome(source, "built")
        outcomes[outcome.source] = outcome
        if on_outcome:
            on_outcome(outcome)

    if executor is None:
        for article in todo:
            commit(build_article_nquads(article, base, check))
    else:
        from concurrent.futures import as_completed
        futures = [executor.submit(build_article_nquads, article, base, check) for article in todo]
        for future in as_completed(futures):
            commit(future.result())
    return [outcomes[s] for s in order]
