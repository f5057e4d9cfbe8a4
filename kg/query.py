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

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, NoReturn

import rdflib.plugins.sparql
from pyparsing import ParseBaseException
from rdflib import RDF, BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql import algebra, parser
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
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
)
DEFAULT_TABLE_FORMAT = "json"
DEFAULT_GRAPH_FORMAT = "turtle"


def result_format(name: str) -> ResultFormat:
    """The format called `name` (a short name like "csv", a media type or an alias).

    Raises QueryError (code "unknown-format") naming the formats there are.
    """
    key = name.strip().lower()
    for fmt in RESULT_FORMATS:
        if key in (fmt.name, fmt.media_type, fmt.extension.lstrip(".")) or key in fmt.aliases:
            return fmt
    names = ", ".join(f.name for f in RESULT_FORMATS)
    raise QueryError(f"unknown result format {name!r}; use one of {names}", code="unknown-format")


# ------------------------------------------------------------------------------------------------
# The bundled competency questions (queries/*.rq).


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str  # the leading "# " comment line
    text: str
    path: Path


def bundled_queries(folder: Path = QUERIES_DIR) -> list[NamedQuery]:
    """The competency questions shipped in queries/, sorted by name."""
    found = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        description = first[1:].strip() if first.startswith("#") else ""
        found.append(NamedQuery(path.stem, description, text, path))
    return found


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


def load_dataset(paths: Iterable[str | Path]) -> Dataset:
    """One Dataset of the graphs in `paths`: each article a named graph, the default graph their union.

    A .ttl / .nt file holds one article: its graph is named by the file's schema:NewsArticle IRI
    (or the file's URI when it has none or several). Named graphs in .trig / .nq / .jsonld keep
    their names; triples in their default graph are named like a .ttl file's.
    Raises KGError when a path is missing, unreadable or not RDF.
    """
    harden_rdflib()
    dataset = Dataset(default_union=True)
    _bind_prefixes(dataset)
    for path in graph_files(paths):
        for name, graph in _read_graphs(path):
            target = dataset.graph(name)
            for triple in graph:
                if any(isinstance(term, BNode) for term in triple):
                    raise KGError(f"{path} has blank nodes; built graphs name every node with an IRI")
                target.add(triple)
    return dataset


def _read_graphs(path: Path) -> list[tuple[URIRef, Graph]]:
    fmt = GRAPH_FILE_FORMATS[path.suffix]
    try:
        data = path.read_text(encoding="utf-8")
        if fmt == "json-ld":
            _refuse_remote_contexts(json.loads(data), path)
        if fmt in ("turtle", "nt"):
            graph = Graph()
            graph.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
            return [(_article_name(graph, path), graph)]
        parsed = Dataset()
        parsed.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except KGError:
        raise
    except Exception as e:  # rdflib raises many kinds; they all mean "not this format"
        raise KGError(f"{path} is not readable {fmt}: {e}; rebuild it with `kg build`") from e
    graphs = []
    for graph in sorted(parsed.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        name = graph.identifier
        if name == _DEFAULT_GRAPH_ID or isinstance(name, BNode):
            name = _article_name(graph, path)
        graphs.append((URIRef(name), graph))
    return graphs


def _article_name(graph: Graph, path: Path) -> URIRef:
    articles = sorted(set(graph.subjects(RDF.type, SCHEMA.NewsArticle)))
    if len(articles) == 1 and isinstance(articles[0], URIRef):
        return articles[0]
    return URIRef(path.resolve().as_uri())


def _refuse_remote_contexts(node: object, path: Path) -> None:
    """rdflib's JSON-LD parser fetches remote @context documents; a built graph never needs one."""
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


# ------------------------------------------------------------------------------------------------
# Parsing and the read-only inspection.


@dataclass(frozen=True)
class PreparedQuery:
    """A parsed, inspected query: `form` is SELECT, ASK, CONSTRUCT or DESCRIBE."""

    text: str
    query: Query
    form: str

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


def prepare_query(text: str) -> PreparedQuery:
    """Parse `text` and refuse what a read-only service must not run, before any evaluation.

    Raises QuerySyntaxError (with line and column), or QueryForbidden for updates and LOAD
    (code "update-forbidden" / "load-forbidden"), SERVICE ("service-forbidden") and
    FROM / FROM NAMED ("dataset-forbidden").
    """
    try:
        tree = parser.parseQuery(text)
    except ParseBaseException as e:
        _refuse_update(text)
        raise QuerySyntaxError(e.msg, *_line_column(text, e)) from None
    except Exception as e:  # rdflib raises plain exceptions for e.g. undeclared prefixes
        raise QuerySyntaxError(str(e), 1, 1) from None
    _refuse_remote_access(tree)
    try:
        query = algebra.translateQuery(tree)
    except Exception as e:
        raise QuerySyntaxError(str(e), 1, 1) from None
    _refuse_remote_access(query.algebra)
    return PreparedQuery(text, query, _FORMS[query.algebra.name])


def _line_column(text: str, error: ParseBaseException) -> tuple[int, int]:
    loc = max(0, min(error.loc, len(text)))
    line = text.count("\n", 0, loc) + 1
    column = loc - (text.rfind("\n", 0, loc) + 1) + 1
    return line, column


def _refuse_update(text: str) -> None:
    """Raise QueryForbidden when `text` parses as a SPARQL Update (the parser error stands otherwise)."""
    try:
        parser.parseUpdate(text)
    except Exception:
        return
    refuse_update(text)


def refuse_update(text: str) -> NoReturn:
    """Refuse an update request, saying "load-forbidden" when it is a LOAD, "update-forbidden" otherwise."""
    try:
        requests = parser.parseUpdate(text).get("request", [])
    except Exception:
        requests = []
    if any(isinstance(r, CompValue) and r.name == "Load" for r in requests):
        raise QueryForbidden("LOAD is not allowed: queries here are read-only and read no files or URLs",
                             code="load-forbidden")
    raise QueryForbidden("updates are not allowed: queries here are read-only", code="update-forbidden")


def _refuse_remote_access(tree: object) -> None:
    for node in _walk(tree):
        if node.name == "ServiceGraphPattern":
            raise QueryForbidden(f"SERVICE is not allowed (<{node.get('term')}>): queries here call no "
                                 "other endpoints; query each one yourself", code="service-forbidden")
        if node.name == "DatasetClause":
            named = node.get("default") or node.get("named")
            raise QueryForbidden(f"FROM / FROM NAMED is not allowed (<{named}>): the dataset is fixed; "
                                 "use GRAPH ?g { ... } to pick articles", code="dataset-forbidden")
        if node.name == "Load":
            raise QueryForbidden("LOAD is not allowed: queries here are read-only", code="load-forbidden")


def _walk(root: object) -> Iterable[CompValue]:
    """Every CompValue under `root` (parse results, algebra, expressions, lists), each once."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen or isinstance(node, (str, bytes, int, float, bool)) or node is None:
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            yield node
            stack.extend(dict.values(node))
        elif isinstance(node, Mapping):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, set, frozenset)) or type(node).__name__ == "ParseResults":
            stack.extend(list(node))


def _refuse_service_at_evaluation(ctx, part):  # noqa: ANN001 - rdflib's custom-eval signature
    """Defence in depth: even a SERVICE the inspection missed never makes its request."""
    if part.name == "ServiceGraphPattern":
        raise QueryForbidden("SERVICE is not allowed", code="service-forbidden")
    raise NotImplementedError


def harden_rdflib() -> None:
    """Stop rdflib's SPARQL engine from loading FROM / LOAD graphs and from calling SERVICE endpoints."""
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    rdflib.plugins.sparql.CUSTOM_EVALS["berita-kg-no-service"] = _refuse_service_at_evaluation


# ------------------------------------------------------------------------------------------------
# Evaluation.


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


def run_query(dataset: Dataset, query: str | PreparedQuery, bindings: Mapping[str, object] | None = None,
              max_rows: int | None = None) -> Result:
    """Evaluate a query over `dataset`; the result is fully read, so it can be written any number of times.

    `bindings` maps variable names to rdflib terms (see parse_binding). Raises what prepare_query
    raises, TooManyRows when more than `max_rows` rows (or triples) come back, and EvaluationFailed
    when rdflib's engine fails on the query.
    """
    harden_rdflib()
    prepared = query if isinstance(query, PreparedQuery) else prepare_query(query)
    init = {rdflib.Variable(k): v for k, v in (bindings or {}).items()}
    try:
        result = dataset.query(prepared.query, initBindings=init)
        _read_fully(result, max_rows)
    except QueryError:
        raise
    except Exception as e:  # rdflib's engine raises plain errors for some valid queries
        raise EvaluationFailed(f"the query failed while running ({type(e).__name__}: {e}); rephrase that "
                               "part (e.g. no DISTINCT inside an aggregate over an OPTIONAL variable)") from e
    return result


def _read_fully(result: Result, max_rows: int | None) -> None:
    if result.type == "SELECT":
        count = 0
        for _ in result:
            count += 1
            if max_rows is not None and count > max_rows:
                raise TooManyRows(f"the query returns more than {max_rows} rows; add LIMIT or narrow it down")
    elif result.type in ("CONSTRUCT", "DESCRIBE"):
        if max_rows is not None and len(result.graph) > max_rows:
            raise TooManyRows(f"the query returns more than {max_rows} triples; add LIMIT or narrow it down")
        result.graph = _canonical_graph(result.graph)


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
    fmt = fmt if isinstance(fmt, ResultFormat) else result_format(fmt)
    is_graph = result.type in ("CONSTRUCT", "DESCRIBE")
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
