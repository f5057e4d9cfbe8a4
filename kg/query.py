"""Asking the built graphs questions in SPARQL: loading, checking, evaluating and writing results.

Built articles are loaded into one rdflib Dataset in which every article is its own named graph and
the default graph is their union, so a question can join entities across articles or ask where a
fact came from (GRAPH ?g). Queries are read-only by construction: before anything is evaluated,
the parsed query is inspected and updates, LOAD, SERVICE and FROM / FROM NAMED are refused,
because rdflib would otherwise read local files, fetch URLs or call remote endpoints on the
querier's behalf. The same checks guard `kg query` and `kg serve`.

Example:
    >>> ds = load_dataset(["tests/data"])                                  # doctest: +SKIP
    >>> result = run_query(ds, bundled_query("who-leads-what").text)        # doctest: +SKIP
    >>> print(format_table(result))                                         # doctest: +SKIP
"""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, NoReturn

import rdflib.plugins.sparql
from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, QueryBoolean, QuerySolutions, RdfFormat, Store
from pyoxigraph import Literal as OxLiteral
from rdflib import RDF, BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.shared.jsonld import context as jsonld_context
from rdflib.query import Result

from kg.errors import KGError
from kg.paths import QUERIES_DIR
from kg.vocab import BKG, DEFAULT_BASE, NIF, ORG, OWL, PROV, RDFS, SCHEMA, SKOS, VOCAB_IRI, XSD

# ------------------------------------------------------------------------------------------------
# Errors: each carries the HTTP status and a stable code, so the server reports them unchanged.


class QueryError(KGError):
    """A query that cannot be answered; `status` and `code` are what the HTTP endpoint reports."""

    status = 400
    code = "bad-query"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


class QuerySyntaxError(QueryError):
    """The query is not SPARQL 1.1; `line` and `column` (1-based) point at where parsing stopped."""

    code = "malformed-query"

    def __init__(self, message: str, line: int, column: int):
        super().__init__(f"malformed query at line {line}, column {column}: {message}")
        self.line, self.column = line, column


class QueryForbidden(QueryError):
    """The query asks for something a read-only endpoint must not do (update, LOAD, SERVICE, FROM)."""

    status = 403
    code = "forbidden"


class TooManyRows(QueryError):
    """The result is larger than the configured row cap."""

    status = 413
    code = "too-many-rows"


class EvaluationFailed(QueryError):
    """rdflib's engine raised while evaluating a query that parsed (an engine limit or bug)."""

    status = 500
    code = "evaluation-failed"


# ------------------------------------------------------------------------------------------------
# Result formats: values with a name, a media type and a file extension (looked up by any of them).


@dataclass(frozen=True)
class ResultFormat:
    name: str
    media_type: str
    extension: str
    rdflib_name: str
    for_graphs: bool  # True: CONSTRUCT / DESCRIBE results; False: SELECT / ASK results
    aliases: tuple[str, ...] = ()


RESULT_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("json", "application/sparql-results+json", ".srj", "json", False, ("application/json",)),
    ResultFormat("xml", "application/sparql-results+xml", ".srx", "xml", False, ("application/xml", "text/xml")),
    ResultFormat("csv", "text/csv", ".csv", "csv", False),
    ResultFormat("tsv", "text/tab-separated-values", ".tsv", "tsv", False),  # written by _tsv
    ResultFormat("turtle", "text/turtle", ".ttl", "turtle", True, ("application/turtle", "application/x-turtle", "ttl", "n3")),
    ResultFormat("json-ld", "application/ld+json", ".jsonld", "json-ld", True, ("application/x-json+ld", "jsonld")),
    ResultFormat("nt", "application/n-triples", ".nt", "nt", True, ("text/plain", "ntriples", "n-triples")),
    ResultFormat("trig", "application/trig", ".trig", "trig", True),
    ResultFormat("rdf-xml", "application/rdf+xml", ".rdf", "xml", True, ("xml", "rdf", "rdfxml")),
)
DEFAULT_TABLE_FORMAT = "json"
DEFAULT_GRAPH_FORMAT = "turtle"


def result_format(name: str, for_graphs: bool | None = None) -> ResultFormat:
    """The format called `name` (a short name like "csv", a media type or an alias), of the kind asked
    for when `for_graphs` is given ("xml" is SPARQL results XML for tables, RDF/XML for graphs).

    Raises QueryError (code "unknown-format") naming the formats there are.
    """
    key = name.strip().lower()
    kinds = [f for f in RESULT_FORMATS if for_graphs is None or f.for_graphs == for_graphs]
    for fmt in kinds + [f for f in RESULT_FORMATS if f not in kinds]:
        if key in (fmt.name, fmt.media_type, fmt.extension.lstrip(".")) or key in fmt.aliases:
            return fmt
    names = ", ".join(f.name for f in RESULT_FORMATS)
    raise QueryError(f"unknown result format {name!r}; use one of {names}", code="unknown-format")


# ------------------------------------------------------------------------------------------------
# The bundled competency questions (queries/*.rq).


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str  # the leading "# " comment line, in English
    text: str
    path: Path
    description_id: str = ""  # the "# id: " comment line after it, in Indonesian


def bundled_queries(folder: Path = QUERIES_DIR) -> list[NamedQuery]:
    """The competency questions shipped in queries/, sorted by name."""
    found = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        english, indonesian = _descriptions(text)
        found.append(NamedQuery(path.stem, english, text, path, indonesian))
    return found


def _descriptions(text: str) -> tuple[str, str]:
    """The English and Indonesian descriptions from a query's leading comment lines: the first line
    ("# Who leads …") and an optional "# id: Siapa memimpin …" after it, for the page in either language."""
    lines = text.lstrip().splitlines()[:2]
    first = lines[0] if lines else ""
    english = first[1:].strip() if first.startswith("#") else ""
    second = lines[1].strip() if len(lines) > 1 else ""
    indonesian = second[len("# id:"):].strip() if second.startswith("# id:") else ""
    return english, indonesian


def read_query_file(path: str | Path) -> str:
    """The text of a .rq file; raises KGError when it cannot be read as UTF-8 text."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(f"cannot read the query file {path} ({e}); save it as UTF-8 text") from e


def bundled_query(name: str, folder: Path = QUERIES_DIR) -> NamedQuery:
    """The bundled question called `name`; raises KGError listing the names there are."""
    for q in bundled_queries(folder):
        if q.name == name:
            return q
    names = ", ".join(q.name for q in bundled_queries(folder)) or "none"
    raise KGError(f"no bundled query named {name!r}; `kg query --list` shows them ({names})")


# ------------------------------------------------------------------------------------------------
# Loading built graphs.

GRAPH_FILE_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}
_DEFAULT_GRAPH_ID = URIRef("urn:x-rdflib:default")


def graph_files(paths: Iterable[str | Path]) -> list[Path]:
    """The graph files among `paths`, folders expanded (recursively, sorted, by extension)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in GRAPH_FILE_FORMATS and p.is_file()))
        elif path.is_file():
            if path.suffix not in GRAPH_FILE_FORMATS:
                known = ", ".join(GRAPH_FILE_FORMATS)
                raise KGError(f"{path} is not a graph file this tool reads ({known}); build it with `kg build` first")
            files.append(path)
        else:
            raise KGError(f"{path} does not exist; give built graph files or a folder of them")
    return files


def load_dataset(paths: Iterable[str | Path], stores_in_place: bool = False) -> Dataset:
    """One Dataset of the graphs in `paths`: each article a named graph, the default graph their union.

    Every file is read by read_graph_file, so each article's graph has one name whatever the format. A
    corpus store folder (kg.store) is read as the articles it holds. With `stores_in_place`, when `paths`
    are only stores, nothing is read now: the Dataset stays empty and names the stores, and query_store
    answers from their Oxigraph databases (what `kg query` and `kg serve` do; readers that walk an rdflib
    graph leave it False). Raises KGError when a path is missing, unreadable or not RDF, or a file has
    blank nodes.
    """
    from kg.store import is_store

    paths = list(paths)
    dataset = Dataset(default_union=True)
    _bind_prefixes(dataset)
    stores = [Path(p) for p in paths if is_store(p)]
    if stores and stores_in_place and len(stores) == len(paths):
        dataset._kg_stores = stores
        return dataset
    for store in stores:
        _add_store(dataset, store)
    for path in graph_files(p for p in paths if not is_store(p)):
        for name, graph in read_graph_file(path):
            target = dataset.graph(name)
            for triple in graph:
                if any(isinstance(term, BNode) for term in triple):
                    raise KGError(f"{path} has blank nodes; built graphs name every node with an IRI")
                target.add(triple)
    return dataset


def _add_store(dataset: Dataset, folder: Path) -> None:
    """Every article graph of the corpus store `folder` into `dataset`, each under its own name."""
    from kg.store import CorpusStore

    with CorpusStore(folder, read_only=True) as store:
        for s, p, o, g in store.dataset().quads((None, None, None, None)):
            dataset.graph(g.identifier if isinstance(g, Graph) else g).add((s, p, o))


def read_graph_file(path: str | Path) -> list[tuple[URIRef, Graph]]:
    """The graphs in one RDF file (.ttl .nt .trig .nq .jsonld), each with its name, sorted by name.

    This is the one reader of RDF files: nothing it reads makes it fetch anything (a JSON-LD @context
    that is not inline is refused, and rdflib's context loader is disabled besides). A graph without
    a name (a .ttl or .nt file, the default graph of the others) is named like TriG names an article,
    `{base}graph/{id}` for its one schema:NewsArticle `{base}article/{id}`; the file's URI otherwise.
    Raises KGError when the file is missing, not UTF-8 or not readable in the format of its extension.
    """
    path = Path(path)
    fmt = GRAPH_FILE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(GRAPH_FILE_FORMATS)
        raise KGError(f"{path} is not a graph file this tool reads ({known}); build it with `kg build` first")
    harden_rdflib()
    try:
        data = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise KGError(f"{path} is not UTF-8 text (byte offset {e.start}); convert it to UTF-8") from e
    except OSError as e:
        raise KGError(f"cannot read {path} ({e.strerror}); check the file name") from e
    try:
        if fmt == "json-ld":
            _refuse_remote_contexts(json.loads(data), path)
        parsed = Dataset()
        parsed.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except KGError:
        raise
    except Exception as e:  # rdflib raises many kinds; they all mean "not this format"
        detail = " ".join(str(e).split()) or type(e).__name__
        raise KGError(f"{path} is not valid {fmt} ({detail}); fix the file or rebuild it with `kg build`") from e
    graphs: dict[URIRef, Graph] = {}
    for graph in parsed.graphs():
        if len(graph) == 0:
            continue
        name = graph.identifier
        if name == _DEFAULT_GRAPH_ID or isinstance(name, BNode):
            name = _article_graph_name(graph, path)
        target = graphs.setdefault(URIRef(name), Graph())
        for triple in graph:
            target.add(triple)
    return sorted(graphs.items())


def _article_graph_name(graph: Graph, path: Path) -> URIRef:
    """`{base}graph/{id}` for a graph holding one article `{base}article/{id}`; the file's URI otherwise."""
    articles = sorted(set(graph.subjects(RDF.type, SCHEMA.NewsArticle)))
    if len(articles) == 1 and isinstance(articles[0], URIRef):
        base, sep, article_id = str(articles[0]).rpartition("/article/")
        if sep and article_id:
            return URIRef(f"{base}/graph/{article_id}")
    return URIRef(path.resolve().as_uri())


def _refuse_remote_contexts(node: object, path: Path) -> None:
    """rdflib's JSON-LD parser fetches @context documents named by IRI; a built graph never needs one."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context" and _names_remote_context(value):
                raise KGError(f"{path} refers to a remote JSON-LD @context; inline the context and try again")
            _refuse_remote_contexts(value, path)
    elif isinstance(node, list):
        for item in node:
            _refuse_remote_contexts(item, path)


def _names_remote_context(value: object) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, list):
        return any(_names_remote_context(v) for v in value)
    return isinstance(value, dict) and "@import" in value


def _refuse_context_fetch(source: object, *args: object, **kwargs: object) -> NoReturn:
    raise KGError(f"a JSON-LD @context names {source}; inline the context and try again (nothing is fetched)")


def _refuse_service_at_evaluation(ctx, part):  # noqa: ANN001 - rdflib's custom-eval signature
    """Defence in depth: even a SERVICE the inspection missed never makes its request."""
    if part.name == "ServiceGraphPattern":
        raise QueryForbidden("SERVICE is not allowed", code="service-forbidden")
    raise NotImplementedError


def harden_rdflib() -> None:
    """Stop rdflib from fetching: no JSON-LD @context loading, no FROM / LOAD graphs, no SERVICE calls."""
    jsonld_context.source_to_json = _refuse_context_fetch
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    rdflib.plugins.sparql.CUSTOM_EVALS["berita-kg-no-service"] = _refuse_service_at_evaluation


# ------------------------------------------------------------------------------------------------
# The read-only inspection.
#
# The guard reads the query as a stream of SPARQL tokens (strings, IRIs, comments, variables and
# prefixed names skipped) and refuses the keywords no read-only query contains. It is a pure
# function: any number of threads may call it at once, which rdflib's pyparsing grammar does not allow
# (its parse actions are set up lazily and race from a cold start). Syntax and evaluation are
# Oxigraph's, which is thread-safe and parses in well under a millisecond.

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<var>[?$][^\s{}()\[\];,.<>"'#=!&|+*/^]*)
  | (?P<pname>(?:[^\W\d][\w.\-]*)?:[^\s{}()\[\];,<>"'#=!&|+*/^]*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>\S)
""", re.VERBOSE)
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"})


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _tokens(text: str) -> list[_Token]:
    """The query's tokens, comments dropped; strings, IRIs, variables and prefixed names are one token each.

    Codepoint escapes (\\u0053ERVICE) are replaced first, as SPARQL (and Oxigraph) do before parsing.
    """
    text = _CODEPOINT_ESCAPE.sub(lambda m: _codepoint(m.group(1) or m.group(2)), text)
    return [_Token(m.lastgroup, m.group()) for m in _TOKEN.finditer(text) if m.lastgroup != "comment"]


def _codepoint(hex_digits: str) -> str:
    value = int(hex_digits, 16)
    return chr(value) if value <= 0x10FFFF else "\ufffd"


def inspect_query(text: str) -> None:
    """Refuse what a read-only service must not run; safe to call from any number of threads.

    Raises QueryForbidden for updates ("update-forbidden"), LOAD ("load-forbidden"), SERVICE
    ("service-forbidden") and FROM / FROM NAMED ("dataset-forbidden"), naming the IRI or variable given.
    """
    tokens = _tokens(text)
    keywords = [t.keyword for t in tokens]
    _refuse_writes(keywords)
    for position, keyword in enumerate(keywords):
        if keyword == "SERVICE":
            target = _argument(tokens, position, skip="SILENT")
            raise QueryForbidden(f"SERVICE is not allowed ({target}): queries here call no other endpoints; "
                                 "query each one yourself", code="service-forbidden")
        if keyword == "FROM":
            target = _argument(tokens, position, skip="NAMED")
            raise QueryForbidden(f"FROM / FROM NAMED is not allowed ({target}): the dataset is fixed; "
                                 "use GRAPH ?g { ... } to pick articles", code="dataset-forbidden")


def _argument(tokens: list[_Token], position: int, skip: str) -> str:
    """The IRI, prefixed name or variable that follows the keyword at `position` (past an optional `skip`)."""
    rest = tokens[position + 1:]
    if rest and rest[0].keyword == skip:
        rest = rest[1:]
    return rest[0].text if rest else "nothing"


def _refuse_writes(keywords: list[str]) -> None:
    if "LOAD" in keywords:
        raise QueryForbidden("LOAD is not allowed: queries here are read-only and read no files or URLs",
                             code="load-forbidden")
    if _UPDATE_WORDS.intersection(keywords):
        raise QueryForbidden("updates are not allowed: queries here are read-only", code="update-forbidden")


def refuse_update(text: str) -> NoReturn:
    """Refuse an update request, saying "load-forbidden" when it is a LOAD, "update-forbidden" otherwise."""
    _refuse_writes([t.keyword for t in _tokens(text)])
    raise QueryForbidden("updates are not allowed: queries here are read-only", code="update-forbidden")


@dataclass(frozen=True)
class PreparedQuery:
    """An inspected query that parses: `form` is SELECT, ASK, CONSTRUCT or DESCRIBE."""

    text: str
    form: str

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


_SYNTAX_POSITION = re.compile(r"^error at (\d+):(\d+): ")


def prepare_query(text: str) -> PreparedQuery:
    """Inspect `text`, then parse it (against an empty store: nothing is evaluated over data).

    Raises what inspect_query raises, and QuerySyntaxError (with line and column) when it is not SPARQL 1.1.
    """
    inspect_query(text)
    try:
        outcome = Store().query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise _syntax_error(str(e)) from None
    if isinstance(outcome, QueryBoolean):
        form = "ASK"
    elif isinstance(outcome, QuerySolutions):
        form = "SELECT"
    else:
        form = next((t.keyword for t in _tokens(text) if t.keyword in ("CONSTRUCT", "DESCRIBE")), "CONSTRUCT")
    return PreparedQuery(text, form)


def _syntax_error(message: str) -> QuerySyntaxError:
    found = _SYNTAX_POSITION.match(message)
    if not found:
        return QuerySyntaxError(message, 1, 1)
    # Oxigraph points just past the character where parsing stopped; the message names that character
    return QuerySyntaxError(message[found.end():], int(found.group(1)), max(1, int(found.group(2)) - 1))


# ------------------------------------------------------------------------------------------------
# Evaluation, by Oxigraph over a copy of the dataset.


def parse_binding(spec: str) -> tuple[str, URIRef | Literal]:
    """`name=value` from the command line: `<iri>` binds an IRI, anything else a plain literal.

    Surrounding double quotes are dropped, so `--bind orgName="BPJS Ketenagakerjaan"` works
    however the shell passed the quotes. Raises KGError for a spec without `=`.
    """
    name, sep, value = spec.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name:
        raise KGError(f"--bind {spec!r} is not NAME=VALUE; e.g. --bind orgName=\"BPJS Ketenagakerjaan\"")
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return name, Literal(value)


def query_store(dataset: Dataset) -> Store:
    """The Oxigraph store `run_query` asks: each named graph of `dataset`, and their union (each triple
    once) as the default graph, which is what rdflib's Dataset(default_union=True) means. Built once per
    dataset and kept on it; change the dataset before its first query, not after.

    One corpus store read in place is opened read-only and asked directly: its default graph already
    holds the union of its articles, each triple once, so nothing is copied. Opening it starts RocksDB's
    threads, so a process that forks afterwards (`kg serve`) calls this only in the forked workers."""
    store = getattr(dataset, "_kg_query_store", None)
    stores = getattr(dataset, "_kg_stores", None)
    if store is None and stores:
        store = _open_read_only(stores[0]) if len(stores) == 1 else _union_of_stores(stores)
        dataset._kg_query_store = store
    if store is None:
        store = Store()
        quads = []
        for s, p, o, g in dataset.quads((None, None, None, None)):
            triple = (_to_oxigraph(s), _to_oxigraph(p), _to_oxigraph(o))
            quads.append(Quad(*triple, DefaultGraph()))
            name = g.identifier if isinstance(g, Graph) else g
            if name is not None and name != _DEFAULT_GRAPH_ID:
                quads.append(Quad(*triple, _to_oxigraph(name)))
        store.extend(quads)
        dataset._kg_query_store = store
    return store


def _open_read_only(folder: Path) -> Store:
    """The Oxigraph database of the corpus store `folder`, opened read-only (a build may be writing)."""
    from kg.store import CorpusStore

    corpus = CorpusStore(folder, read_only=True)  # checks that it is a store of this layout
    database = corpus.oxigraph
    corpus.close()  # the manifest; the database stays open while `database` is referred to
    return database


def _union_of_stores(folders: list[Path]) -> Store:
    """An in-memory Oxigraph store holding the article graphs of the corpus stores `folders`, and their
    union (each triple once) as its default graph, as query_store makes for files.

    Each store's default graph is the union of its own articles only, so several stores are copied into
    one and their unions joined. The copy is Oxigraph's own (its N-Quads dump, loaded again, the union
    added by an update), with no rdflib parsing. The databases are read in a child `python` process:
    opening RocksDB starts threads that outlive it, and `kg serve` forks its workers from a process that
    must have none.
    """
    import subprocess
    import sys
    import tempfile

    store = Store()
    with tempfile.TemporaryDirectory(prefix="kg-store-") as tmp:
        for i, folder in enumerate(folders):
            dump = str(Path(tmp) / f"{i}.nq")
            child = subprocess.run([sys.executable, "-c", _DUMP_IN_CHILD, str(folder), dump],
                                   capture_output=True, text=True, check=False)
            if child.returncode != 0:
                problem = child.stdout.strip() or f"reading the store {folder} failed ({child.stderr.strip()[-300:]})"
                raise KGError(problem)
            store.load(path=dump, format=RdfFormat.N_QUADS, lenient=True)  # Oxigraph's own output
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # the union, each triple once
    return store


# run by `python -c` (not multiprocessing, which would re-run the caller's main module): argv is FOLDER DUMP
_DUMP_IN_CHILD = """
import sys
from kg.query import write_store_quads
problem = write_store_quads(sys.argv[1], sys.argv[2])
print(problem)
sys.exit(1 if problem else 0)
"""


def write_store_quads(folder: str, target: str) -> str:
    """Write the corpus store's article graphs to `target` as N-Quads. Returns an error message, or ""
    when done."""
    from kg.store import CorpusStore

    try:
        with CorpusStore(folder, read_only=True) as corpus:
            corpus.oxigraph.dump(target, format=RdfFormat.N_QUADS)
    except KGError as e:
        return str(e)
    return ""


def reads_store_in_place(dataset: Dataset) -> bool:
    """Whether `dataset` is one corpus store that query_store opens in place (RocksDB and its threads)."""
    return len(getattr(dataset, "_kg_stores", None) or ()) == 1


def graph_names(dataset: Dataset) -> list[str]:
    """The names of the dataset's non-empty graphs, sorted; for stores read in place, from their database."""
    if not getattr(dataset, "_kg_stores", None):
        return sorted(str(g.identifier) for g in dataset.graphs() if len(g))
    return sorted(str(g.value) for g in query_store(dataset).named_graphs())


def triple_count(dataset: Dataset) -> int:
    """The number of triples of the dataset's union (each once). For a store read in place Oxigraph counts
    its default graph, which takes seconds on a large corpus: `kg serve` does it after it starts answering."""
    if not getattr(dataset, "_kg_stores", None):
        return len(dataset)
    counted = next(iter(query_store(dataset).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    return int(counted["n"].value)


def dataset_summary(dataset: Dataset) -> tuple[list[str], int]:
    """The graph names and the triple count (what `kg serve` announces and describes)."""
    return graph_names(dataset), triple_count(dataset)


def run_query(dataset: Dataset, query: str | PreparedQuery, bindings: Mapping[str, object] | None = None,
              max_rows: int | None = None) -> Result:
    """Evaluate a query over `dataset`; the result is fully read, so it can be written any number of times.

    `bindings` maps variable names to rdflib terms (see parse_binding); each must be a variable the query
    returns. Raises what prepare_query raises, TooManyRows when more than `max_rows` rows (or triples)
    come back, and EvaluationFailed when the engine fails on the query.
    """
    prepared = query if isinstance(query, PreparedQuery) else prepare_query(query)
    _check_bound_names(prepared.text, bindings or {})
    text = with_bindings(prepared.text, bindings or {})
    try:
        outcome = query_store(dataset).query(text, prefixes=PREFIXES)
        return _as_rdflib_result(outcome, max_rows)
    except QueryError:
        raise
    except SyntaxError as e:
        raise _syntax_error(str(e)) from None
    except Exception as e:  # noqa: BLE001 - the engine's errors are plain RuntimeError / OSError
        reason = " ".join(str(e).split())  # the engine's message may span lines; the error is one
        raise EvaluationFailed(f"the query failed while running ({reason}); rephrase that part") from e


def with_bindings(text: str, bindings: Mapping[str, object]) -> str:
    """The query restricted to rows whose variables hold the bound values, as a VALUES clause.

    Where every bound variable is certainly bound by the WHERE group itself (it occurs in one of the
    group's own triple patterns, or in a group joined with it, not only inside an OPTIONAL, a UNION branch,
    a subquery or a BIND), the VALUES opens the group: the engine then starts from the value and reads only
    what concerns it (one organisation's figures among a corpus's hundred thousand). Joining first or last
    gives the same rows then, since the group would bind the variable anyway. Otherwise the VALUES trails
    the query, joined with its answers: a variable bound only inside an OPTIONAL keeps just that value's
    rows. (Substituting the value into the query, as Oxigraph's `substitutions` do, would write it into
    every row's OPTIONAL, and give every quotation to the one person bound.)

    A VALUES that opens the group comes with the query's subqueries that return every variable they use
    written back as their patterns (`_inlined_subqueries`): the bundled listings join a whole corpus from
    such subqueries, which the engine evaluates whole, once each, and joins by hashing; asked of one value,
    each pattern is better looked up from it, as the plain pattern is.

    >>> with_bindings("SELECT ?n WHERE { ?p <http://schema.org/name> ?n }", {"n": Literal("Rina")})
    'SELECT ?n WHERE { VALUES (?n) { ("Rina") } ?p <http://schema.org/name> ?n }'
    >>> with_bindings("SELECT ?n WHERE { ?p a ?t OPTIONAL { ?p <http://schema.org/name> ?n } }", {"n": Literal("Rina")})
    'SELECT ?n WHERE { ?p a ?t OPTIONAL { ?p <http://schema.org/name> ?n } }\\nVALUES (?n) { ("Rina") }'
    >>> with_bindings("SELECT ?n ?t WHERE { { SELECT ?p ?n WHERE { ?p <http://schema.org/name> ?n } } ?p a ?t }",
    ...               {"n": Literal("Rina")})
    'SELECT ?n ?t WHERE { VALUES (?n) { ("Rina") } { ?p <http://schema.org/name> ?n } ?p a ?t }'
    """
    if not bindings:
        return text
    tokens = _located_tokens(text)
    if any(depth == 0 and token.keyword == "VALUES" for token, _, depth, _ in tokens):
        raise QueryError("--bind cannot be added to a query that ends with its own VALUES clause; "
                         "put the value in that clause instead")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(_to_oxigraph(term)) for term in bindings.values())
    clause = f"VALUES ({names}) {{ ({values}) }}"
    inlined = _inlined_subqueries(text)
    tokens = _located_tokens(inlined)
    opening = _where_group_opening(tokens)
    if opening is not None and all(_bound_by_group(tokens, opening, name) for name in bindings):
        at = tokens[opening][1] + 1
        return _without_sort_keys(f"{inlined[:at]} {clause}{inlined[at:]}", set(bindings))
    return f"{text}\n{clause}"


def _inlined_subqueries(text: str) -> str:
    """The query with each subquery that returns every variable it uses written back as its group pattern:
    `{ SELECT ?a ?b WHERE { P } }` as `{ P }` when P names no variable but ?a and ?b, and the subquery has no
    DISTINCT, REDUCED, expression, GROUP BY, ORDER BY, LIMIT, OFFSET or VALUES of its own. The two are the
    same pattern (a projection onto every variable in scope changes no solution); only the engine's plan
    differs: Oxigraph evaluates a subquery once, whole, and joins it by hashing, while it looks a plain
    pattern up row by row from what is already bound.

    >>> _inlined_subqueries("SELECT * WHERE { ?s a ?t OPTIONAL { SELECT ?s ?n WHERE { ?s <http://x/n> ?n } } }")
    'SELECT * WHERE { ?s a ?t OPTIONAL { ?s <http://x/n> ?n } }'
    >>> _inlined_subqueries("SELECT * WHERE { { SELECT ?s WHERE { ?s <http://x/n> ?hidden } } }")
    'SELECT * WHERE { { SELECT ?s WHERE { ?s <http://x/n> ?hidden } } }'
    """
    while True:
        tokens = _located_tokens(text)
        closing = _matching_braces(tokens)
        found = next((span for span in (_identity_subquery(tokens, closing, i) for i in range(len(tokens))) if span),
                     None)
        if found is None:
            return text
        (head_start, head_end), (tail_start, tail_end) = found
        text = _cut(text, tail_start, tail_end)  # the later cut first, so the earlier offsets hold
        text = _cut(text, head_start, head_end)


def _identity_subquery(tokens: list[tuple[_Token, int, int, int]], closing: dict[int, int],
                       index: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For a subquery opening at tokens[index] (`{ SELECT`) that returns every variable it names, the text
    spans to cut to leave its group: `SELECT ?a ?b WHERE {` and the `}` that closes its WHERE group."""
    if tokens[index][0].text != "{" or index + 1 >= len(tokens) or tokens[index + 1][0].keyword != "SELECT":
        return None
    position, returned = index + 2, set()
    while position < len(tokens) and tokens[position][0].kind == "var":
        returned.add(tokens[position][0].text[1:])
        position += 1
    if (not returned or position + 1 >= len(tokens) or tokens[position][0].keyword != "WHERE"
            or tokens[position + 1][0].text != "{"):
        return None
    body = position + 1
    end = closing.get(body)
    if end is None or closing.get(index) != end + 1:  # something follows the WHERE group: a modifier, VALUES
        return None
    if any(token.kind == "var" and token.text[1:] not in returned for token, *_ in tokens[body + 1:end]):
        return None
    return (tokens[index + 1][1], tokens[body][1] + 1), (tokens[end][1], tokens[end][1] + 1)


def _matching_braces(tokens: list[tuple[_Token, int, int, int]]) -> dict[int, int]:
    """The index of the `}` that closes each `{` among the tokens, by the index of the `{`."""
    closing, opened = {}, []
    for index, (token, *_) in enumerate(tokens):
        if token.text == "{":
            opened.append(index)
        elif token.text == "}" and opened:
            closing[opened.pop()] = index
    return closing


def _without_sort_keys(text: str, constant: set[str]) -> str:
    """The query without the plain `?name` keys of its ORDER BY that hold one value in every row (the
    variables a VALUES at the head of the WHERE group binds), and without the ORDER BY when none is left.

    Sorting by a key every row shares orders nothing, and the engine pays for it: Oxigraph reads a long
    string from its dictionary at each comparison (a fifth to a third of the time of an organisation's 2,000
    figures, bound by name, in a store of 10,000 articles). The other keys keep the rows in the same order.

    >>> _without_sort_keys("SELECT ?n ?d WHERE { ?p <http://schema.org/name> ?n } ORDER BY ?n DESC(?d) LIMIT 5", {"n"})
    'SELECT ?n ?d WHERE { ?p <http://schema.org/name> ?n } ORDER BY DESC(?d) LIMIT 5'
    >>> _without_sort_keys("SELECT ?n WHERE { ?p <http://schema.org/name> ?n } ORDER BY ?n", {"n"})
    'SELECT ?n WHERE { ?p <http://schema.org/name> ?n }'

    A sort key the WHERE group binds from the constant variables alone is constant too:

    >>> _without_sort_keys('SELECT ?n WHERE { ?p <http://x/n> ?n BIND (CONCAT(" ", ?n) AS ?k) } ORDER BY ?k ?p', {"n"})
    'SELECT ?n WHERE { ?p <http://x/n> ?n BIND (CONCAT(" ", ?n) AS ?k) } ORDER BY ?p'
    """
    tokens = _located_tokens(text)
    order = next((i for i, (token, _, depth, _) in enumerate(tokens) if depth == 0 and token.keyword == "ORDER"
                  and i + 1 < len(tokens) and tokens[i + 1][0].keyword == "BY"), None)
    if order is None:
        return text
    constant = _constant_binds(tokens, constant)
    keys = list(itertools.takewhile(lambda t: t[0].keyword not in ("LIMIT", "OFFSET"), tokens[order + 2:]))
    dropped = [(start, start + len(token.text)) for token, start, _, parens in keys
               if parens == 0 and token.kind == "var" and token.text[1:] in constant]
    if not dropped:
        return text
    if len(dropped) == len(keys):  # nothing left to sort by: the clause goes
        dropped = [(tokens[order][1], dropped[-1][1])]
    for start, end in reversed(dropped):
        text = _cut(text, start, end)
    return text


_PER_ROW_FUNCTIONS = frozenset({"RAND", "UUID", "STRUUID", "BNODE"})  # a new value for each row they are asked in


def _constant_binds(tokens: list[tuple[_Token, int, int, int]], constant: set[str]) -> set[str]:
    """`constant` and the variables a BIND of the WHERE group's own level computes from them alone: such a
    BIND gives every row the same value (or none), as a sort key built from a bound variable does."""
    opening = _where_group_opening(tokens)
    if opening is None:
        return constant
    level = tokens[opening][2] + 1
    binds = []  # (the variable bound, the variables and words of its expression)
    for index, (token, _, depth, parens) in enumerate(tokens):
        if index <= opening or depth != level or token.keyword != "BIND":
            continue
        inner = list(itertools.takewhile(lambda t: t[3] > parens or t[0].text == "(", tokens[index + 1:]))
        words = [t for t, *_ in inner]
        if len(words) >= 3 and words[-2].keyword == "AS" and words[-1].kind == "var":
            binds.append((words[-1].text[1:], words[:-2]))
    found, grown = set(constant), True
    while grown:
        grown = False
        for variable, expression in binds:
            if variable not in found and all(t.text[1:] in found for t in expression if t.kind == "var") \
                    and not any(t.keyword in _PER_ROW_FUNCTIONS for t in expression):
                found.add(variable)
                grown = True
    return found


def _cut(text: str, start: int, end: int) -> str:
    """`text` without text[start:end] and the spaces around it, one space left between words."""
    before, after = text[:start].rstrip(" "), text[end:].lstrip(" ")
    between = " " if before and after and not before.endswith("\n") and not after.startswith("\n") else ""
    return before + between + after


def _located_tokens(text: str) -> list[tuple[_Token, int, int, int]]:
    """The query's tokens (comments dropped), each with its offset, the depth of braces it is inside and
    the depth of parentheses. Read from the text as written, so the offsets are the text's own (a query
    that writes keywords with codepoint escapes is rare and gets the trailing VALUES, which is right for
    any query)."""
    located, braces, parens = [], 0, 0
    for match in _TOKEN.finditer(text):
        token = _Token(match.lastgroup, match.group())
        if token.kind == "comment":
            continue
        if token.text == "}":
            braces -= 1
        if token.text == ")":
            parens -= 1
        located.append((token, match.start(), braces, parens))
        if token.text == "{":
            braces += 1
        if token.text == "(":
            parens += 1
    return located


def _where_group_opening(tokens: list[tuple[_Token, int, int, int]]) -> int | None:
    """The index of the `{` that opens the WHERE group, when the query writes the keyword WHERE."""
    for index, (token, _, depth, _) in enumerate(tokens):
        if depth == 0 and token.keyword == "WHERE":
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            return index + 1 if following and following[0].text == "{" else None
    return None


def _bound_by_group(tokens: list[tuple[_Token, int, int, int]], opening: int, name: str) -> bool:
    """Whether ?name occurs in a triple pattern of the group opened at `opening`: directly in the group, or in
    a group joined with it (a nested `{ ... }` that is no UNION branch or subquery, or a GRAPH's group, at any
    depth), outside parentheses (FILTER, BIND and expressions), and not as a VALUES variable."""
    closing = _matching_braces(tokens)
    inside = tokens[opening][2] + 1
    joined = [True]  # for each group open around the token: is it, and every group around it, joined?
    for index in range(opening + 1, len(tokens)):
        token, _, depth, parens = tokens[index]
        if depth < inside:
            return False
        if token.text == "{":
            joined.append(joined[-1] and _joins_its_group(tokens, closing, index))
        elif token.text == "}":
            joined.pop()
        elif joined[-1] and parens == 0 and token.kind == "var" and token.text[1:] == name \
                and tokens[index - 1][0].keyword != "VALUES":
            return True
    return False


def _joins_its_group(tokens: list[tuple[_Token, int, int, int]], closing: dict[int, int], index: int) -> bool:
    """Whether the group opened at tokens[index] is joined with the group around it, so every row of that
    group binds what the nested group's own patterns bind: a plain nested group or a GRAPH's; not an
    OPTIONAL's, MINUS's, EXISTS's or SERVICE's group, a UNION branch, a subquery or a VALUES block (nor,
    to be safe, a group after a FILTER's or a VALUES's closing parenthesis)."""
    before = tokens[index - 1][0]
    after = closing.get(index)
    if index + 1 >= len(tokens) or tokens[index + 1][0].keyword == "SELECT" or before.keyword == "UNION" or (
            after is not None and after + 1 < len(tokens) and tokens[after + 1][0].keyword == "UNION"):
        return False
    if before.text in ("{", "}", "."):
        return True
    # after a term: the end of a triple pattern, or GRAPH's name (both joined); not VALUES's or SERVICE's
    return before.kind in ("var", "iri", "pname", "string", "langtag") and index >= 2 \
        and tokens[index - 2][0].keyword not in ("VALUES", "SERVICE", "SILENT")


def _check_bound_names(text: str, bindings: Mapping[str, object]) -> None:
    """A misspelt --bind would otherwise bind nothing and quietly answer for every value. The variables are
    read with the guard's tokens, so a '?' in a comment, string or IRI is none."""
    named = sorted({t.text[1:] for t in _tokens(text) if t.kind == "var" and len(t.text) > 1})
    for name in bindings:
        if name not in named:
            listed = ", ".join(f"?{n}" for n in named) or "none"
            raise QueryError(f"--bind {name}: the query has no variable ?{name}; its variables are {listed}")


def _as_rdflib_result(outcome: object, max_rows: int | None) -> Result:
    """Oxigraph's answer as an rdflib Result, read up to the row cap (so a runaway result stops early)."""
    if isinstance(outcome, QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(outcome)
        return result
    if isinstance(outcome, QuerySolutions):
        names = [rdflib.Variable(v.value) for v in outcome.variables]
        rows = []
        # each distinct term is made into an rdflib term once: a listing repeats its articles, names, rules and
        # kinds row after row, and making an rdflib Literal checks and casts its value each time (terms never
        # change, so rows may share one)
        converted: dict[object, URIRef | BNode | Literal] = {}
        for solution in outcome:
            if max_rows is not None and len(rows) >= max_rows:
                raise TooManyRows(f"the query returns more than {max_rows} rows; add LIMIT or narrow it down")
            row = {}
            for name, term in zip(names, solution):
                if term is not None:
                    known = converted.get(term)
                    row[name] = known if known is not None else converted.setdefault(term, _from_oxigraph(term))
            rows.append(row)
        result = Result("SELECT")
        result.vars = names
        result.bindings = rows
        return result
    triples = set()
    for triple in outcome:
        triples.add((_from_oxigraph(triple.subject), _from_oxigraph(triple.predicate), _from_oxigraph(triple.object)))
        if max_rows is not None and len(triples) > max_rows:
            raise TooManyRows(f"the query returns more than {max_rows} triples; add LIMIT or narrow it down")
    result = Result("CONSTRUCT")
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    result.graph = _canonical_graph(graph)
    return result


def _to_oxigraph(term: object):  # noqa: ANN202 - an Oxigraph term
    if isinstance(term, URIRef):
        return NamedNode(str(term))
    if isinstance(term, BNode):
        return BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return OxLiteral(str(term), language=term.language)
        return OxLiteral(str(term), datatype=NamedNode(str(term.datatype or XSD.string)))
    raise QueryError(f"cannot bind {term!r}: give an IRI or a literal")


def _from_oxigraph(term: object) -> URIRef | BNode | Literal:
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def _canonical_graph(graph: Graph) -> Graph:
    """The same triples inserted in sorted order, so every serialiser writes the same bytes each run."""
    ordered = Graph()
    _bind_prefixes(ordered)
    for triple in sorted(graph):
        ordered.add(triple)
    return ordered


# ------------------------------------------------------------------------------------------------
# Writing results.

PREFIXES = {
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "org": str(ORG), "schema": str(SCHEMA),
    "prov": str(PROV), "nif": str(NIF), "skos": str(SKOS), "bkg": str(BKG), "vocab": VOCAB_IRI, "id": DEFAULT_BASE,
}


def _bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def serialize_result(result: Result, fmt: str | ResultFormat) -> bytes:
    """The result in a SPARQL 1.1 results format (SELECT / ASK) or an RDF syntax (CONSTRUCT / DESCRIBE).

    Raises QueryError (code "unsupported-format") for a table format asked of a graph, or vice versa.
    """
    is_graph = result.type in ("CONSTRUCT", "DESCRIBE")
    fmt = fmt if isinstance(fmt, ResultFormat) else result_format(fmt, is_graph)
    if fmt.for_graphs != is_graph:
        wanted = [f.name for f in RESULT_FORMATS if f.for_graphs == is_graph]
        raise QueryError(f"a {result.type} result cannot be written as {fmt.name}; use one of {', '.join(wanted)}",
                         code="unsupported-format")
    if fmt.name == "tsv":
        return _tsv(result)
    if not is_graph:
        return result.serialize(format=fmt.rdflib_name) or b""
    if fmt.name == "nt":
        lines = result.graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(line for line in lines if line.strip()))
    if fmt.name == "trig":
        dataset = Dataset()
        _bind_prefixes(dataset)
        for triple in sorted(result.graph):
            dataset.add(triple)
        return dataset.serialize(format="trig", encoding="utf-8")
    return result.graph.serialize(format=fmt.rdflib_name, encoding="utf-8")


def _tsv(result: Result) -> bytes:
    """SPARQL 1.1 TSV results (rdflib has no writer for them): RDF terms in Turtle syntax, one row a line."""
    if result.type == "ASK":
        return b"?_askResult\n" + (b"true\n" if result.askAnswer else b"false\n")
    names = [str(v) for v in result.vars or []]
    lines = ["\t".join("?" + n for n in names)]
    lines += ["\t".join(_tsv_term(row[i]) for i in range(len(names))) for row in result]
    return ("\n".join(lines) + "\n").encode("utf-8")


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_TSV_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{text}^^<{term.datatype}>"
        return text
    return f"<{term}>"


def short_name(term: object, width: int = 60) -> str:
    """A term as a person reads it: prefixed IRIs, literal values without quotes, cut to `width`."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        best = max((ns for ns in PREFIXES.values() if text.startswith(ns)), key=len, default=None)
        if best is not None:
            prefix = next(p for p, ns in PREFIXES.items() if ns == best)
            text = f"{prefix}:{text[len(best):]}"
        else:
            text = f"<{text}>"
    else:
        text = " ".join(str(term).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(result: Result, width: int = 60) -> str:
    """A SELECT result as an aligned plain-text table with a row count; an ASK result as yes/no."""
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
    if result.type != "SELECT":
        raise QueryError("only SELECT and ASK results are tables; pick --format turtle for CONSTRUCT / DESCRIBE",
                         code="unsupported-format")
    names = [str(v) for v in result.vars or []]
    rows = [[short_name(row[i], width) for i in range(len(names))] for row in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
