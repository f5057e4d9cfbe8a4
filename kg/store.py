"""The corpus store: many articles in one persistent, embedded Oxigraph store, each article its own named
graph, entities shared between them by their IRIs; built incrementally and queried without re-parsing.

A store is a folder holding an Oxigraph database (`oxigraph/`) and a manifest (`manifest.sqlite`) that
records, for every source, the digest of its text and of the builder's version and the named graph built
from it. The default graph holds the union of the articles (each triple once), kept as the build writes,
so a question over the whole corpus reads one graph. Articles are written a batch at a time: the graphs
being replaced are dropped, the new quads added in one transaction, then the manifest rows in one. A
build killed in between leaves graphs the manifest does not yet name: the next build sees those sources
as changed, replaces their graphs (the same IRI for the same text) and records them, so nothing already
built is lost and nothing is left half-written. `prune` removes the graphs of sources that are gone and any graph no source names.

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
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import KGError
from kg.shacl_compiled import as_triples, graph_of
from kg.vocab import NIF

STORE_LAYOUT = "2"  # the layout of the folder; a store of another layout is refused, not misread
DATABASE_DIR = "oxigraph"
MANIFEST_FILE = "manifest.sqlite"

__all__ = ["BuildOutcome", "CorpusStore", "StoreError", "StoredArticle", "article_fingerprint", "build_batch_nquads", "build_into_store",
           "builder_version", "is_store", "source_digest"]


class StoreError(KGError):
    """The store folder cannot be used (not a store, another layout, locked by another process)."""


@dataclass(frozen=True)
class StoredArticle:
    """What the manifest knows of one source: the digest it was built from and the graph it became."""

    source: str
    digest: str
    graph: str


@lru_cache(maxsize=1)
def builder_version() -> str:
    """The version of the installed builder and a digest of what decides its output (its code, data, ontology and
    shapes); a store rebuilds every article when it changes. The release number alone would let a store keep an
    article's graph from an earlier build of the same release whose rules, lexicons or IRIs have changed since."""
    try:
        release = version("berita-kg")
    except PackageNotFoundError:  # running from a checkout that is not installed
        release = "unknown"
    return f"{release}+{_builder_digest()}"


def _builder_digest() -> str:
    """A digest of every file of the package and of the ontology and shapes it reads, by path and content, in the
    order of their paths (so equal files give equal digests on every machine)."""
    from kg.paths import PACKAGE_DIR, resource_dir
    digest = hashlib.sha256()
    roots = [("kg", PACKAGE_DIR)] + [(name, resource_dir(name)) for name in ("ontology", "shapes")]
    for label, root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and _decides_output(p)):
            digest.update(f"{label}/{path.relative_to(root).as_posix()}\n".encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _decides_output(path) -> bool:
    """Source and data files; not caches or the copies a wheel carries of the ontology (hashed from their own root)."""
    parts = path.parts
    return "__pycache__" not in parts and "_resources" not in parts and path.suffix not in (".pyc", ".pyo")


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
        del self.oxigraph  # Oxigraph releases its lock when the last reference goes
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
        """Store the article built from `text` as its named graph, replacing what `source` had before.
        Returns the graph's IRI."""
        return self.put_nquads(source, text, dataset.serialize(format="nquads"))

    def put_nquads(self, source: str, text: str, nquads: str) -> str:
        """As `put`, for an article already serialised as N-Quads (what parallel workers send back)."""
        return self.put_many([(source, text, nquads)])[0]

    def put_many(self, articles: list[tuple[str, str, str]]) -> list[str]:
        """Store several articles, each (source, text, N-Quads), with two bulk loads into the graph store and
        one transaction of the manifest. Returns each article's graph IRI.

        The N-Quads text goes straight to Oxigraph's bulk loader (no Python object per quad, no SPARQL text).
        The graphs being replaced are dropped first, then the new quads are loaded, then (so that no triple
        is in the default graph without its article's quad) their triples into the default graph, then the
        manifest rows are written in one transaction: a build killed in between leaves sources the manifest
        does not call current, which the next build rebuilds (an article's graph IRI depends on its text only, and is dropped before it is written),
        and graphs no source names, which `prune` removes."""
        parsed = [(source, text, _article_graph(source, nquads), _encoded_lines(nquads)) for source, text, nquads in articles]
        stale = {graph for _, _, graph, _ in parsed}
        for source, *_ in parsed:
            row = self._manifest.execute("SELECT graph FROM article WHERE source = ?", (source,)).fetchone()
            stale.update(row or ())
        self._drop_graphs(sorted(stale))
        self._load(b"".join(lines for *_, lines in parsed))
        # the articles' triples again in the default graph, once the quads are in: the store keeps the union
        # of its articles there, each triple once, so a query over the whole corpus reads one graph
        self._load(b"".join(_encoded_triples(lines, graph) for _, _, graph, lines in parsed))
        self._record([(source, source_digest(text), graph) for source, text, graph, _ in parsed])
        return [graph for _, _, graph, _ in parsed]

    def _load(self, nquads: str | bytes) -> None:
        """Write quads with Oxigraph's bulk loader: parsed in Rust and written as new sorted files, several
        times faster than a transaction. Whatever a failure or a kill leaves of it belongs to graphs the
        manifest does not call current yet, which the next put of those sources drops first."""
        try:
            data = nquads.encode("utf-8") if isinstance(nquads, str) else nquads
            self.oxigraph.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as e:
            raise _refused(e) from e

    def _record(self, rows: list[tuple[str, str, str]]) -> None:
        """Write manifest rows (source, digest, graph) in one transaction: all of them or none."""
        self._manifest.execute("BEGIN")
        try:
            for row in rows:
                self._manifest.execute("INSERT OR REPLACE INTO article VALUES (?, ?, ?)", row)
        except BaseException:
            self._manifest.execute("ROLLBACK")
            raise
        self._manifest.execute("COMMIT")

    def _drop_graphs(self, graphs: list[str]) -> None:
        """Remove article graphs, and from the default graph the triples no other article states, each
        graph in one transaction."""
        for graph in graphs:
            if self.oxigraph.contains_named_graph(ox.NamedNode(graph)):
                self.oxigraph.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
                                     f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{graph}>) }} }} ;\n"
                                     f"DROP GRAPH <{graph}>")

    def remove(self, source: str) -> None:
        """Remove a source and its graph."""
        row = self._manifest.execute("SELECT graph FROM article WHERE source = ?", (source,)).fetchone()
        if row:
            self._drop_graphs([row[0]])
            self._manifest.execute("DELETE FROM article WHERE source = ?", (source,))

    def prune(self, keep: set[str]) -> list[str]:
        """Remove every source not in `keep`, and every graph that no source names (left by a build killed
        between its two steps). Returns the removed sources."""
        gone = sorted(set(self.sources()) - keep)
        for source in gone:
            self.remove(source)
        named = {a.graph for a in self.sources().values()}
        self._drop_graphs([g for g in sorted(str(n.value) for n in self.oxigraph.named_graphs()) if g not in named])
        return gone

    def replace_corpus_graphs(self, graphs: list[str], nquads: str) -> None:
        """Replace graphs that state something of the whole corpus rather than of one article (people joined
        across articles, `kg.corpus_identity`): the graphs named are dropped, the quads loaded, their triples
        added to the default graph. No source names these graphs: `prune` drops them, and the build that
        made them makes them again after it."""
        self._drop_graphs(graphs)
        for graph in sorted({q.graph_name.value for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}):
            quads = "".join(line + "\n" for line in nquads.splitlines() if line.endswith(f" <{graph}> ."))
            self._load(quads)
            self._load(as_triples(quads, graph))

    # ------------------------------------------------------------------ reading
    def article_text(self, article: str) -> str | None:
        """The text of an article of the store (its nif:isString), by the article's IRI; None when it has none."""
        found = self.oxigraph.quads_for_pattern(ox.NamedNode(article), ox.NamedNode(str(NIF.isString)), None, None)
        return next((q.object.value for q in found), None)

    def nquads(self) -> bytes:
        """The whole corpus as N-Quads, lines sorted: the same bytes for the same corpus."""
        dumped = ox.serialize(self.article_quads(), format=ox.RdfFormat.N_QUADS)
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

    def article_quads(self):
        """Every quad of every article graph (not the default graph, which repeats them as their union)."""
        return (q for q in self.oxigraph if not isinstance(q.graph_name, ox.DefaultGraph))

    def __len__(self) -> int:
        """The number of quads in the article graphs."""
        return sum(1 for _ in self.article_quads())


def _encoded_lines(nquads: str) -> bytes:
    """An article's N-Quads as UTF-8, each line ended by a newline (nothing for none). The writer joins and
    rewrites the articles' lines as bytes: as text, each join, rewrite and the encoding for the loader would
    copy every character again (the lines of an article with non-ASCII text are two bytes a character)."""
    body = nquads.strip()
    try:
        return body.encode("utf-8") + b"\n" if body else b""
    except UnicodeEncodeError as e:  # a lone surrogate: refused as the loader refuses what it cannot read
        raise _refused(e) from e


def _encoded_triples(lines: bytes, graph: str) -> bytes:
    """`as_triples` of an article's encoded lines: each line of the one graph without its graph's name."""
    return lines.replace(f" <{graph}> .\n".encode("utf-8"), b" .\n")


def _refused(e: Exception) -> KGError:
    return KGError(f"the store refused an article's quads ({e}); please report it with the article")


def _article_graph(source: str, nquads: str) -> str:
    """The IRI of the one named graph an article's quads are in. An article with no graph, with several,
    or with a quad in the default graph is refused: every fact of an article belongs to its graph."""
    graph = graph_of(nquads)
    if graph is not None:
        return graph
    graphs = {q.graph_name for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}
    if len(graphs) != 1:
        raise KGError(f"{source}: an article is one named graph, this one has {len(graphs)}")
    raise KGError(f"{source}: an article's facts are outside its named graph")


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
    from kg.sameas import digest

    return "\n".join(meta) + "\n" + article.text + digest(getattr(article, "identity", ()))


BATCH_SIZE = 50  # articles a worker builds and validates together
# built articles the store writes in one go: each bulk load has a fixed cost (new files in every index),
# so writing four batches at once costs a fifth less CPU than writing them one by one
COMMIT_SIZE = 200


def build_batch_nquads(articles, base: str, check: bool) -> list[BuildOutcome | tuple[str, str]]:
    """Build a batch of articles (here, in a worker process or on a Dask worker) and return, for each in
    order, (source, N-Quads) or a failed outcome naming what went wrong. Pure: it reads nothing but its
    arguments and the package data.

    With `check`, the batch's graphs are validated together, by the compiled shapes (kg.shacl_compiled)
    over their union (the queries' fixed costs are paid once a batch, and shared entities once); only when
    the union does not conform are the offenders looked for, by halves, down to single articles, which
    pySHACL reports on, and which are named and left out while the rest of the batch is kept. A fact one article lacks but another in the same batch
    states of a shared entity satisfies the shapes here, as it does in the store that holds both."""
    built = [_article_nquads(article, base) for article in articles]
    made = [(a, text) for a, text in zip(articles, built) if not isinstance(text, BuildOutcome)]
    offences: dict[str, str] = {}
    if check:
        try:
            offences = _offenders(made, base)
        except KGError as e:  # the shapes cannot be read or compiled: nothing can be checked
            return [BuildOutcome(a.source, "failed", str(e)) for a in articles]
    nquads = {article.source: text for article, text in made}
    results: list[BuildOutcome | tuple[str, str]] = []
    for article, outcome in zip(articles, built):
        if isinstance(outcome, BuildOutcome):
            results.append(outcome)
        elif article.source in offences:
            results.append(BuildOutcome(article.source, "failed", f"the graph of {article.source} does not conform "
                                        f"to the shapes; nothing stored for it ({offences[article.source]})"))
        else:
            results.append((article.source, nquads[article.source]))
    return results


def _article_nquads(article, base: str) -> str | BuildOutcome:
    """The article's graph as N-Quads, or a failed outcome saying why it could not be built."""
    from kg.build_service import article_nquads
    try:
        return article_nquads(article, base)
    except KGError as e:
        return BuildOutcome(article.source, "failed", str(e))
    except Exception as e:  # noqa: BLE001 - a defect met on one article must not cost the others
        return BuildOutcome(article.source, "failed", f"{article.source}: kg failed on it ({type(e).__name__}: "
                            f"{' '.join(str(e).split())}); please report it with the article")


def _offenders(graphs: list[tuple], base: str) -> dict[str, str]:
    """The sources whose graphs, each (article, N-Quads), do not conform to the shapes, each with its first
    violation as a line.

    The compiled shapes check the union (the usual case: it conforms); otherwise, or when they cannot
    decide, each half is checked in turn, down to single articles, whose report pySHACL writes (and whose
    verdict it has the last word on)."""
    from kg import validate as validation
    if not graphs:
        return {}
    verdict = validation.check_nquads([text for _, text in graphs])
    if verdict == set():
        return {}
    if len(graphs) == 1:  # pySHACL writes the report (and decides when the fast check cannot: None)
        from kg.build_service import article_dataset
        article, _ = graphs[0]
        result = validation.validate(article_dataset(article, base))
        return {} if result.conforms else {article.source: result.violations[0].line() if result.violations else ""}
    middle = len(graphs) // 2
    return {**_offenders(graphs[:middle], base), **_offenders(graphs[middle:], base)}


def build_into_store(store: CorpusStore, articles, base: str, check: bool = True, executor=None,
                     on_outcome=None, batch_size: int | None = None) -> list[BuildOutcome]:
    """Build every article (kg.ingest.Article) whose text, metadata or builder changed, and commit them
    to the store as they are built, COMMIT_SIZE articles (or the last ones) at a time. `executor` is any concurrent.futures
    executor (a process pool, or a Dask client's `get_executor()`); without one, articles are built here,
    one batch after the other. `on_outcome` is called with each outcome as it comes (progress). Outcomes
    come back in the order of `articles`. `batch_size` defaults to BATCH_SIZE, smaller for a small build
    so that every worker gets a share."""
    outcomes: dict[str, BuildOutcome] = {}
    order: list[str] = []
    todo = []
    fingerprints: dict[str, str] = {}

    def heard(outcome: BuildOutcome) -> None:
        outcomes[outcome.source] = outcome
        if on_outcome:
            on_outcome(outcome)

    for article in articles:
        order.append(article.source)
        fingerprint = article_fingerprint(article)
        if store.is_current(article.source, fingerprint):
            heard(BuildOutcome(article.source, "unchanged"))
        else:
            todo.append(article)
            fingerprints[article.source] = fingerprint

    waiting: list[BuildOutcome | tuple[str, str]] = []  # built, not yet written: up to COMMIT_SIZE articles

    def commit(results: list[BuildOutcome | tuple[str, str]], last: bool) -> None:
        waiting.extend(results)
        if len(waiting) < COMMIT_SIZE and not last:
            return
        writing = [r if isinstance(r, BuildOutcome) else (*r, fingerprints[r[0]]) for r in waiting]
        waiting.clear()  # taken: a write that fails is not tried again
        for outcome in _commit_batch(store, writing):
            heard(outcome)

    size = batch_size or max(1, min(BATCH_SIZE, len(todo) // 8))
    batches = [todo[i:i + size] for i in range(0, len(todo), size)]
    try:
        if executor is None:
            for done, batch in enumerate(batches, 1):
                commit(build_batch_nquads(batch, base, check), last=done == len(batches))
        else:
            from concurrent.futures import as_completed
            # no list of the futures is kept: a future holds its result, and as_completed lets each go once
            # yielded, so the corpus's N-Quads are not all in memory at the end
            futures = as_completed([executor.submit(build_batch_nquads, batch, base, check) for batch in batches])
            for done, future in enumerate(futures, 1):
                commit(future.result(), last=done == len(batches))
    except BaseException:
        # interrupted (Ctrl-C) or a batch failed while built articles wait: write them before giving up,
        # so that what was built is kept and the next build resumes after it
        if waiting:
            commit([], last=True)
        raise
    return [outcomes[s] for s in order]


def _commit_batch(store: CorpusStore, results: list) -> list[BuildOutcome]:
    """Commit a batch's built articles, each (source, N-Quads, fingerprint), in one write; when the store
    refuses one of them, each is committed on its own so that only the refused one fails."""
    built = [(source, fingerprint, nquads) for source, nquads, fingerprint in
             (r for r in results if not isinstance(r, BuildOutcome))]
    try:
        store.put_many(built)
        stored = {source: BuildOutcome(source, "built") for source, _, _ in built}
    except KGError:
        stored = {source: _put_one(store, source, fingerprint, nquads) for source, fingerprint, nquads in built}
    return [r if isinstance(r, BuildOutcome) else stored[r[0]] for r in results]


def _put_one(store: CorpusStore, source: str, fingerprint: str, nquads: str) -> BuildOutcome:
    try:
        store.put_nquads(source, fingerprint, nquads)
        return BuildOutcome(source, "built")
    except KGError as e:
        return BuildOutcome(source, "failed", str(e))
