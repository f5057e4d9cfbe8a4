"""Validation: pySHACL over shapes/*.ttl alone, and a report people can read.

The shapes stand alone: a built graph states every type the shapes check (each node carries the
superclasses of its types, see kg.rdf), so `kg validate` gives the same result as any SHACL engine given
shapes/ and the data file, with no ontology merged and no inference:

    pyshacl -s shapes/berita-kg.shapes.ttl graph.ttl

    >>> from rdflib import Graph
    >>> result = validate(Graph())
    >>> result.conforms, result.text()
    (True, 'conforms: 0 violations')
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS, NamespaceManager
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from kg.errors import InputError, KGError
from kg.ontology import parse_turtle_folder
from kg.paths import SHAPES_DIR
from kg.shacl_compiled import CompiledShapes, compile_shapes
from kg.vocab import BKG, NIF, ORG, PROV, SCHEMA

__all__ = ["ShapesError", "Violation", "ValidationResult", "validate", "check", "check_nquads", "compiled_shapes",
           "shapes_graph", "load_graph_file", "RDF_FORMATS"]


class ShapesError(KGError):
    """A shapes file is missing or is not valid Turtle."""


# File extension -> rdflib parser name. Quad formats (TriG, N-Quads) keep their named graphs.
RDF_FORMATS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
}

_NAME_PROPERTIES = (SCHEMA.name, SKOS.prefLabel, RDFS.label, SCHEMA.alternateName)
_MAX_VALUE_CHARS = 60


def _prefixes() -> NamespaceManager:
    manager = NamespaceManager(Graph(bind_namespaces="none"))
    for prefix, namespace in (("org", ORG), ("schema", SCHEMA), ("prov", PROV), ("nif", NIF), ("skos", SKOS),
                              ("bkg", BKG._NS), ("rdf", RDF), ("rdfs", RDFS), ("sh", SH),
                              ("bkgsh", "https://w3id.org/berita-kg/shapes#"),
                              ("xsd", "http://www.w3.org/2001/XMLSchema#")):
        manager.bind(prefix, namespace, override=True, replace=True)
    return manager


_PREFIXES = _prefixes()


@dataclass(frozen=True, order=True)
class Violation:
    """One result of the SHACL report: which node broke which rule, and how.

    `focus` is the node that was checked, `path` the property (None for node-level rules such as
    "exactly one unit"), `value` the offending value if any, `component` the SHACL constraint component
    (e.g. sh:MinCountConstraintComponent), `shape` the shape holding the rule, `name` a readable name of
    the focus node taken from the data ("" when it has none).
    """

    focus: str
    path: str
    component: str
    value: str
    message: str
    shape: str
    severity: str
    name: str = ""

    def line(self) -> str:
        """The violation as one line: `<focus> (name): path = value — message [component]`.

        Rules about the node as a whole (such as "exactly one unit") have no path: `<focus>: message [...]`.
        """
        where = f"<{self.focus}>" + (f" ({self.name})" if self.name else "")
        what = self.path
        if self.value and self.value != f"<{self.focus}>":  # node-level rules report the node as value
            what = f"{what} = {self.value}" if what else self.value
        severity = "" if self.severity == "Violation" else f"{self.severity}: "
        return f"{where}: {what + ' — ' if what else ''}{severity}{self.message} [{self.component}]"


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of `validate`: whether the graph conforms and every violation, in a stable order."""

    conforms: bool
    violations: tuple[Violation, ...]

    def text(self) -> str:
        """A readable report: a summary line, then one line per violation."""
        count = len(self.violations)
        head = f"{'conforms' if self.conforms else 'does not conform'}: {count} violation{'s' * (count != 1)}"
        return "\n".join([head, *(v.line() for v in self.violations)])

    def for_focus(self, focus: URIRef | str) -> tuple[Violation, ...]:
        """The violations whose focus node is `focus`."""
        return tuple(v for v in self.violations if v.focus == str(focus))


@lru_cache(maxsize=4)
def shapes_graph(directory: Path = SHAPES_DIR) -> Graph:
    """The union of shapes/*.ttl, parsed once. Raises ShapesError when a file is missing or broken."""
    return parse_turtle_folder(directory, ShapesError, "shapes")


@lru_cache(maxsize=4)
def compiled_shapes(directory: Path = SHAPES_DIR) -> CompiledShapes:
    """The shapes as SPARQL queries (kg.shacl_compiled), compiled once. Raises ShapesError when the shapes
    cannot be read, UnsupportedShape (a KGError) when they use a construct the compiler lacks."""
    return compile_shapes(shapes_graph(directory))


def check_nquads(nquads: Iterable[str | bytes]) -> set[tuple[str, str, str]] | None:
    """The (focus node, constraint component, path) the union of these N-Quads texts violates, found by
    the compiled shapes: the fast verdict, empty when the data conforms; None when only pySHACL can tell
    (a literal Oxigraph would not keep as written, see kg.shacl_compiled)."""
    return compiled_shapes().violations(nquads)


def check(data: Graph | Dataset | Iterable[Graph | Dataset]) -> ValidationResult:
    """As `validate`, fast: the compiled shapes give the verdict, and only when the data does not conform
    does pySHACL, the reference engine, write the report."""
    parts = [data] if isinstance(data, Graph) else list(data)
    texts = [part.serialize(format="nquads" if isinstance(part, Dataset) else "nt") for part in parts]
    if check_nquads(texts) == set():
        return ValidationResult(conforms=True, violations=())
    return validate(parts)


class _ValidationGraph(Graph):
    """The graph pySHACL checks: a private copy of the data.

    pySHACL hands each SHACL-SPARQL constraint to `query` as text, once per focus node; rdflib would
    parse it every time (about 20 ms each, so hundreds of milliseconds for an article's text spans).
    Preparing each distinct text once keeps validation time flat in the number of spans.
    """

    def query(self, query_object, *args, **kwargs):  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared_query(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=256)
def _prepared_query(text: str) -> Query:
    return prepareQuery(text)


def _graph_to_check(data: Graph | Dataset | Iterable[Graph | Dataset]) -> _ValidationGraph:
    """A private copy of every triple of the data (all graphs of a dataset, and of every graph or dataset
    given together, so facts join across articles)."""
    graph = _ValidationGraph()
    for part in [data] if isinstance(data, Graph) else data:
        triples = part.quads((None, None, None, None)) if isinstance(part, Dataset) else part
        for s, p, o, *_ in triples:
            graph.add((s, p, o))
    return graph


def validate(data: Graph | Dataset | Iterable[Graph | Dataset]) -> ValidationResult:
    """Check a graph (or every graph of a dataset, or several graphs and datasets, together) against the
    shapes.

    Does not modify `data`. Raises ShapesError (a KGError) when the shapes cannot be read.
    """
    graph = _graph_to_check(data)
    conforms, report, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        inference="none",
        inplace=True,  # the graph is our private copy
        allow_warnings=True,
        allow_infos=True,
    )
    violations = tuple(sorted(_violation(report, result, graph) for result in report.objects(None, SH.result)))
    return ValidationResult(conforms=bool(conforms), violations=violations)


def _violation(report: Graph, result: Node, data: Graph) -> Violation:
    focus = report.value(result, SH.focusNode)
    message = sorted(str(m) for m in report.objects(result, SH.resultMessage))
    return Violation(
        focus=str(focus),
        path=_show(report.value(result, SH.resultPath), report),
        component=_show(report.value(result, SH.sourceConstraintComponent), report),
        value=_show(report.value(result, SH.value), report),
        message=message[0] if message else "",
        shape=_show(report.value(result, SH.sourceShape), report),
        severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        name=_name(focus, data) if focus is not None else "",
    )


def _show(node: Node | None, graph: Graph) -> str:
    """A node as short text: a prefixed name where a prefix fits, a quoted literal, a path expression."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        text = str(node)
        if len(text) > _MAX_VALUE_CHARS:
            text = text[: _MAX_VALUE_CHARS - 1] + "…"
        return f'"{text}"' + (f"^^{_show(node.datatype, graph)}" if node.datatype else "")
    if isinstance(node, URIRef):
        try:
            prefix, _, local = _PREFIXES.compute_qname(node, generate=False)
            return f"{prefix}:{local}"
        except (KeyError, ValueError):
            return f"<{node}>"
    if isinstance(node, BNode):  # a complex property path in a shape
        inverse = graph.value(node, SH.inversePath)
        if inverse is not None:
            return f"^{_show(inverse, graph)}"
        if graph.value(node, RDF.first) is not None:
            return "/".join(_show(step, graph) for step in graph.items(node))
    return str(node)


def _name(node: Node, data: Graph) -> str:
    """A readable name of a node: schema:name, else skos:prefLabel (Indonesian first), else rdfs:label."""
    for prop in _NAME_PROPERTIES:
        names = [o for o in data.objects(node, prop) if isinstance(o, Literal)]
        if names:
            names.sort(key=lambda n: (n.language not in (None, "id"), n.language or "", str(n)))
            return str(names[0])
    return ""


def load_graph_file(path: Path | str) -> Dataset:
    """Read an RDF file, choosing the parser by its extension (.ttl .trig .nq .nt .jsonld).

    Reading is kg.query.read_graph_file's, the one guarded reader of RDF (no remote JSON-LD context is
    ever fetched); each article's graph is named as `kg query` names it. Raises InputError when the file
    is missing, is a folder, has another extension or does not parse.
    """
    from kg.query import read_graph_file

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist; check the file name")
    if path.is_dir():
        raise InputError(f"{path} is a folder; pass RDF files ({', '.join(RDF_FORMATS)})")
    if RDF_FORMATS.get(path.suffix.lower()) is None:
        raise InputError(f"{path} has an unknown extension; use one of {', '.join(RDF_FORMATS)}")
    try:
        graphs = read_graph_file(path)
    except KGError as exc:
        raise InputError(str(exc)) from exc
    dataset = Dataset()
    for name, graph in graphs:
        target = dataset.graph(name)
        for triple in graph:
            target.add(triple)
    return dataset
