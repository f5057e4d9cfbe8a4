"""The shapes compiled to SPARQL: a fast SHACL check run by Oxigraph, with pySHACL's verdicts.

pySHACL walks every focus node in Python (tens of milliseconds an article, most of a store build's time);
Oxigraph answers one query per constraint over a whole batch of articles in about a millisecond. The
shapes stay the single source of truth: each constraint of shapes/*.ttl becomes one SELECT that finds the
focus nodes violating it. The compiler implements the part of SHACL Core (and SHACL-SPARQL) the shapes
use, and raises UnsupportedShape for anything else, so a new kind of shape can never be skipped
silently: teach the compiler the construct, and add a broken graph showing pySHACL and it agree.

The project's own constraint components (sh:ConstraintComponent in the shapes, whose SPARQL validators
pySHACL runs) are run natively: a rule that compares a span with its article's text would call STRLEN and
SUBSTR on the whole text once per span, and a SPARQL engine counts characters from the start each time,
so its cost grows with the square of the article's length. Each such component has an implementation in
NATIVE_COMPONENTS, which reads every text once and slices it in Python; a component without one is refused.

Verdicts are pySHACL's (tests/test_validate_compiled.py compares the set of (focus node, constraint
component, path) on every dev article, invented articles and graphs broken in each way the shapes
forbid); the readable report remains pySHACL's, see kg.validate.

    >>> from kg.validate import shapes_graph
    >>> checks = compile_shapes(shapes_graph())
    >>> checks.violations(b"")
    set()
"""
from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node

from kg.errors import KGError
from kg.vocab import NIF

__all__ = ["UnsupportedShape", "Check", "CompiledShapes", "compile_shapes", "data_store"]


class UnsupportedShape(KGError):
    """A shape uses a SHACL construct the compiler does not implement."""


# SHACL terms the compiler reads. Any other sh: term on a shape is refused.
_SHAPE_TERMS = {SH.targetClass, SH.targetObjectsOf, SH.property, SH.sparql, SH.path, SH.message, SH.minCount,
                SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.pattern, SH.flags, SH["or"], SH.xone,
                SH.node, SH.nodeKind, SH.hasValue, SH.uniqueLang, SH.qualifiedValueShape,
                SH.qualifiedMinCount, SH.lessThan, SH.minInclusive, SH.minLength, SH.name, SH.description}
_SPARQL_TERMS = {SH.select, SH.prefixes, SH.message}
_PREFIX_TERMS = {SH.declare, SH.prefix, SH.namespace}
# SHACL terms of a constraint component's declaration, of its parameters and of its validators.
_COMPONENT_TERMS = {SH.parameter, SH.propertyValidator}
_PARAMETER_TERMS = {SH.path, SH.nodeKind, SH.name, SH.description}
_NODE_KINDS = {
    SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))", SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_TYPE_OF = f"<{RDF.type}>/<{RDFS.subClassOf}>*"


@dataclass(frozen=True)
class Check:
    """One constraint as a query. `query` selects ?this (and ?path for SHACL-SPARQL constraints) for each
    violation; `focus_query`, when set, selects the shape's focus nodes, which a SHACL-SPARQL constraint's
    own query does not restrict itself to."""

    shape: str
    component: str
    path: str
    query: str
    focus_query: str = ""
    path_from_query: bool = False
    native: "NativeRule | None" = None


@dataclass(frozen=True)
class CompiledShapes:
    """Every constraint of the shapes as a query; `violations` runs them over N-Quads.

    `exact_datatypes` are the derived integer datatypes (xsd:nonNegativeInteger ...) whose literals the
    checks may see as xsd:integer, as Oxigraph stores them, without changing any verdict."""

    checks: tuple[Check, ...]
    exact_datatypes: frozenset[str] = frozenset()

    def violations(self, nquads: bytes | str | Iterable[bytes | str]) -> set[tuple[str, str, str]] | None:
        """Each (focus node, constraint component IRI, path IRI or '') the union of the N-Quads texts
        violates; None when the data holds a literal Oxigraph would not keep as written (ill-typed, not in
        canonical form, or of a derived datatype the shapes tell apart), which only pySHACL checks exactly."""
        store = data_store(nquads, self.exact_datatypes)
        return None if store is None else self.store_violations(store)

    def store_violations(self, store: ox.Store) -> set[tuple[str, str, str]]:
        found = set()
        for check in self.checks:
            focus = _focus_nodes(store, check.focus_query) if check.focus_query else None
            rows = check.native.rows(store) if check.native else store.query(check.query)
            for row in rows:
                this = row["this"]
                if this is None or (focus is not None and this not in focus):
                    continue
                path = _term_text(row["path"]) if check.path_from_query else check.path
                found.add((_term_text(this), check.component, path))
        return found


def data_store(nquads: bytes | str | Iterable[bytes | str], exact_datatypes: frozenset[str] = frozenset()
               ) -> ox.Store | None:
    """An in-memory Oxigraph store holding the triples of the given N-Quads (one text or several), all in
    its default graph: the union of the graphs, as pySHACL checks a dataset (and Oxigraph answers many
    times faster from its default graph than from a union of named graphs). None when a literal would not
    be stored as written (see CompiledShapes.violations)."""
    store = ox.Store()
    for text in [nquads] if isinstance(nquads, (bytes, str)) else nquads:
        text = text.decode("utf-8") if isinstance(text, bytes) else text
        if not all(_kept_as_written(lexical, datatype, exact_datatypes)
                   for lexical, datatype in _typed_literals(text)):
            return None
        graph = graph_of(text)
        if graph is not None:  # one graph, as every article: Oxigraph parses it as N-Triples
            store.load(as_triples(text, graph), format=ox.RdfFormat.N_TRIPLES)
        else:
            _load_into_default_graph(store, text)
    return store


def _load_into_default_graph(store: ox.Store, text: str) -> None:
    """N-Triples as they are; N-Quads of several graphs quad by quad (a load is all or nothing)."""
    try:
        store.load(text, format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError:
        store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(text, format=ox.RdfFormat.N_QUADS))


def graph_of(nquads: str) -> str | None:
    """The IRI of the named graph every line of `nquads` is in, or None when it is not one named graph
    (several, the default graph, none). Only the first line is parsed; the others are compared as text,
    since each line ends with its graph's name (no newline can occur inside an N-Quads term)."""
    body = nquads.strip()
    first = body[:body.find("\n") + 1 or len(body)]
    quad = next(iter(ox.parse(first, format=ox.RdfFormat.N_QUADS)), None) if first else None
    graph = quad.graph_name if quad else None
    if not isinstance(graph, ox.NamedNode) or (body + "\n").count(f" <{graph.value}> .\n") != body.count("\n") + 1:
        return None
    return graph.value


def as_triples(nquads: str, graph: str) -> str:
    """The N-Quads of one named graph (see `graph_of`) as N-Triples of the same triples."""
    return (nquads.strip() + "\n").replace(f" <{graph}> .\n", " .\n")


def _typed_literals(nquads: str) -> set[tuple[str, str]]:
    """The (lexical form, datatype IRI) of every typed literal in N-Triples/N-Quads, escapes left as written.

    A literal can only be a line's object, and subjects and predicates hold no quote, so the literal runs
    from the line's first quote to its last `"^^<`: one pass over each line, where a regex trying every
    quote inside a long article text would rescan it once per quote."""
    found = set()
    for line in nquads.split("\n"):  # not splitlines: a literal may hold U+2028 and its kind
        end = line.rfind('"^^<')
        if end > 0 and (end - len(line[:end].rstrip("\\"))) % 2 == 0:  # not an escaped quote in a string
            found.add((line[line.index('"') + 1:end], line[end + 4:line.index(">", end + 4)]))
    return found
_PLAIN = {str(XSD.string), str(RDF.langString)}
# Derived datatypes Oxigraph stores as xsd:integer.
_STORED_AS_INTEGER = {str(XSD[t]) for t in ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                      "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
                      "unsignedShort", "unsignedByte")}


def _kept_as_written(lexical: str, datatype: str, exact_datatypes: frozenset[str]) -> bool:
    if datatype in _PLAIN:
        return True
    if "\\" in lexical:  # an escape in a typed literal: left to pySHACL rather than unescaped here
        return False
    if datatype in _STORED_AS_INTEGER and datatype not in exact_datatypes:
        return False
    return _well_formed(lexical, datatype)


@lru_cache(maxsize=65536)
def _well_formed(lexical: str, datatype: str) -> bool:
    """Whether rdflib (so pySHACL) reads the literal as well-typed and in its canonical form."""
    logger = logging.getLogger("rdflib.term")  # rdflib logs each ill-typed literal it meets
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        literal = Literal(lexical, datatype=URIRef(datatype))
    finally:
        logger.setLevel(level)
    return not literal.ill_typed and str(literal) == lexical


def _focus_nodes(store: ox.Store, query: str) -> set:
    return {row["this"] for row in store.query(query)}


def _term_text(term) -> str:
    """A term as rdflib's str() gives it: the IRI, the blank node's id, the literal's lexical form."""
    return "" if term is None else term.value


# ---------------------------------------------------------------------- native constraint components
@dataclass(frozen=True)
class NativeRule:
    """A project constraint component as one property shape applies it: `find` yields each focus node whose
    values of `path` break the rule, `text_property` being the component's parameter (the property of the
    span's nif:referenceContext that holds the text)."""

    find: Callable[[ox.Store, str, str], Iterator[ox.NamedNode | ox.BlankNode]]
    path: str
    text_property: str

    def rows(self, store: ox.Store) -> Iterator[dict]:
        return ({"this": this} for this in self.find(store, self.path, self.text_property))


def _ends_beyond_text(store: ox.Store, path: str, text_property: str) -> Iterator[ox.NamedNode | ox.BlankNode]:
    """bkgsh:EndWithinTextConstraintComponent: FILTER (?value > STRLEN(?text)), each text's length counted once."""
    lengths = {context: [len(t) for t in texts] for context, texts in _context_texts(store, text_property).items()}
    query = f"SELECT ?this ?value ?context WHERE {{ ?this <{path}> ?value ; <{NIF.referenceContext}> ?context }}"
    for row in store.query(query):
        end = _number(row["value"])
        if end is not None and any(end > length for length in lengths.get(row["context"], ())):
            yield row["this"]


def _anchors_not_text(store: ox.Store, path: str, text_property: str) -> Iterator[ox.NamedNode | ox.BlankNode]:
    """bkgsh:AnchorIsTextConstraintComponent: FILTER (?begin < ?end && ?end <= STRLEN(?text) && STR(?value) !=
    STR(SUBSTR(?text, ?begin + 1, ?end - ?begin))), with Python's slice of each text read once (rdflib's SUBSTR is
    the same slice, for negative offsets too). Offsets that are not integers are left to the datatype rule."""
    texts = _context_texts(store, text_property)
    query = (f"SELECT ?this ?value ?begin ?end ?context WHERE {{ ?this <{path}> ?value ; <{NIF.beginIndex}> ?begin ; "
             f"<{NIF.endIndex}> ?end ; <{NIF.referenceContext}> ?context }}")
    for row in store.query(query):
        begin, end = _number(row["begin"]), _number(row["end"])
        if not (isinstance(begin, int) and isinstance(end, int)):
            continue
        anchor = row["value"]
        shown = None if isinstance(anchor, ox.BlankNode) else anchor.value  # STR(blank node) is rdflib's own id
        if any(begin < end <= len(text) and shown != text[begin:end] for text in texts.get(row["context"], ())):
            yield row["this"]


def _context_texts(store: ox.Store, text_property: str) -> dict[ox.NamedNode | ox.BlankNode, list[str]]:
    """Every node's texts under `text_property`, each read once; only string literals, as STRLEN takes."""
    texts: dict[ox.NamedNode | ox.BlankNode, list[str]] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(text_property), None):
        text = quad.object
        if isinstance(text, ox.Literal) and text.datatype.value in _STRINGS:
            texts.setdefault(quad.subject, []).append(text.value)
    return texts


def _number(term) -> int | Decimal | float | None:
    """A numeric literal's value, as SPARQL compares it; None for any other term."""
    if not isinstance(term, ox.Literal):
        return None
    datatype = term.datatype.value
    if datatype in _INTEGERS:
        return int(term.value)
    if datatype == str(XSD.decimal):
        return Decimal(term.value)
    if datatype in (str(XSD.double), str(XSD.float)):
        return float(term.value)
    return None


_STRINGS = {str(XSD.string), str(RDF.langString)}
_INTEGERS = _STORED_AS_INTEGER | {str(XSD.integer)}
_BKGSH = "https://w3id.org/berita-kg/shapes#"
# Each project constraint component: the IRI of its one parameter, and its native implementation.
NATIVE_COMPONENTS: dict[str, tuple[str, Callable[[ox.Store, str, str], Iterator[ox.NamedNode | ox.BlankNode]]]] = {
    _BKGSH + "EndWithinTextConstraintComponent": (_BKGSH + "endWithinTextOf", _ends_beyond_text),
    _BKGSH + "AnchorIsTextConstraintComponent": (_BKGSH + "anchorIsTextOf", _anchors_not_text),
}


# ---------------------------------------------------------------------- compiling
def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Every targeted shape's constraints as queries. Raises UnsupportedShape for a construct the
    compiler lacks (anywhere in the shapes, whether targeted or not)."""
    _refuse_unknown_terms(shapes)
    compiler = _Compiler(shapes)
    checks: list[Check] = []
    for shape in sorted(_targeted_shapes(shapes), key=str):
        checks.extend(compiler.shape_checks(shape, _target_pattern(shapes, shape)))
    _refuse_parameters_left_out(shapes, checks)
    return CompiledShapes(tuple(dict.fromkeys(checks)), _datatypes_told_apart_from_integer(shapes))


def _declared_components(shapes: Graph) -> dict[str, str]:
    """Each constraint component the shapes declare, with its parameter's IRI. Raises UnsupportedShape for a
    component without a native implementation or whose parameters are not the ones that implementation reads."""
    declared = {}
    for component in sorted(shapes.subjects(RDF.type, SH.ConstraintComponent), key=str):
        known = NATIVE_COMPONENTS.get(str(component))
        if known is None:
            raise UnsupportedShape(f"the constraint component {_name(component)} has no native implementation in "
                                   "the SHACL compiler (kg/shacl_compiled.py, NATIVE_COMPONENTS); add one there")
        parameters = [str(shapes.value(p, SH.path)) for p in shapes.objects(component, SH.parameter)]
        if parameters != [known[0]]:
            raise UnsupportedShape(f"the constraint component {_name(component)} has the parameters {parameters}; "
                                   f"its implementation in the SHACL compiler reads one, <{known[0]}>")
        declared[str(component)] = known[0]
    return declared


def _refuse_parameters_left_out(shapes: Graph, checks: list[Check]) -> None:
    """A component's parameter on a shape the compiled checks do not apply it to (a node shape, a value
    shape, a shape nothing targets the way the compiler follows) would be skipped: refuse it."""
    applied = {(check.shape, check.component) for check in checks if check.native}
    for component, parameter in _declared_components(shapes).items():
        for shape in shapes.subjects(URIRef(parameter), None):
            if (str(shape), component) not in applied:
                raise UnsupportedShape(f"the shape {_name(shape)} uses <{parameter}> where the SHACL compiler does "
                                       "not apply it (only on a property shape of a targeted shape)")


def _datatypes_told_apart_from_integer(shapes: Graph) -> frozenset[str]:
    """The derived integer datatypes whose literals the checks may see as xsd:integer: those that every
    sh:datatype naming them or xsd:integer accepts together, as alternatives of one sh:or."""
    alternatives: dict[Node, set[str]] = {}
    for members in shapes.objects(None, SH["or"]):
        shapes_in_or = list(shapes.items(members))
        named = {str(d) for m in shapes_in_or for d in shapes.objects(m, SH.datatype)}
        for member in shapes_in_or:
            alternatives[member] = named
    exact = set()
    for derived in _STORED_AS_INTEGER:
        pair = {derived, str(XSD.integer)}
        holders = {s for s, d in shapes.subject_objects(SH.datatype) if str(d) in pair}
        if all(pair <= alternatives.get(holder, set()) for holder in holders):
            exact.add(derived)
    return frozenset(exact)


def _refuse_unknown_terms(shapes: Graph) -> None:
    for subject, predicate, _ in shapes:
        if not str(predicate).startswith(str(SH)):
            continue
        if predicate not in _allowed_terms(shapes, subject):
            raise UnsupportedShape(f"the shape {_name(subject)} uses {_name(predicate)}, which the SHACL "
                                   "compiler (kg/shacl_compiled.py) does not implement; implement it there")
    for shape in _targeted_shapes(shapes):
        if {RDFS.Class, OWL.Class} & set(shapes.objects(shape, RDF.type)):
            raise UnsupportedShape(f"the shape {_name(shape)} is also a class (an implicit class target), which "
                                   "the SHACL compiler does not implement; use sh:targetClass")


def _allowed_terms(shapes: Graph, subject: Node) -> set[URIRef]:
    """The SHACL terms the compiler reads on this node: a SPARQL constraint or validator, a constraint
    component's declaration or parameter, else a shape (or a prefix declaration)."""
    kinds = set(shapes.objects(subject, RDF.type))
    if (SH.SPARQLConstraint in kinds or SH.SPARQLSelectValidator in kinds or (None, SH.sparql, subject) in shapes
            or (None, SH.propertyValidator, subject) in shapes):
        return _SPARQL_TERMS
    if SH.ConstraintComponent in kinds:
        return _COMPONENT_TERMS
    if (None, SH.parameter, subject) in shapes:
        return _PARAMETER_TERMS
    return _PREFIX_TERMS | _SHAPE_TERMS


def _targeted_shapes(shapes: Graph) -> set[Node]:
    return set(shapes.subjects(SH.targetClass, None)) | set(shapes.subjects(SH.targetObjectsOf, None))


def _target_pattern(shapes: Graph, shape: Node) -> str:
    """A group pattern binding ?this to each focus node of the shape, each once."""
    parts = [f"?this {_TYPE_OF} {_iri(c)} ." for c in sorted(shapes.objects(shape, SH.targetClass), key=str)]
    parts += [f"[] {_iri(p)} ?this ." for p in sorted(shapes.objects(shape, SH.targetObjectsOf), key=str)]
    union = " UNION ".join("{ " + p + " }" for p in parts)
    return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"


def _name(node: Node) -> str:
    return f"<{node}>" if isinstance(node, URIRef) else str(node)


def _iri(node: Node) -> str:
    if not isinstance(node, URIRef):
        raise UnsupportedShape(f"expected an IRI in the shapes, found {node!r}; the SHACL compiler takes IRIs "
                               "here (no blank-node or complex property paths)")
    return f"<{node}>"


def _term(node: Node) -> str:
    if isinstance(node, (URIRef, Literal)):
        return node.n3()
    raise UnsupportedShape(f"expected an IRI or literal in the shapes, found {node!r}")


def _component(local: str) -> str:
    return str(SH) + local + "ConstraintComponent"


class _Compiler:
    def __init__(self, shapes: Graph):
        self.shapes = shapes
        self.counter = itertools.count()
        self.components = _declared_components(shapes)

    def one(self, node: Node, predicate: URIRef) -> Node | None:
        values = list(self.shapes.objects(node, predicate))
        if len(values) > 1:
            raise UnsupportedShape(f"the shape {_name(node)} has {len(values)} values of {_name(predicate)}; "
                                   "the SHACL compiler takes one")
        return values[0] if values else None

    def fresh(self) -> str:
        return f"?v{next(self.counter)}"

    # --- checks of a targeted shape ------------------------------------------------------------
    def shape_checks(self, shape: Node, target: str) -> Iterator[Check]:
        yield from self.node_checks(shape, target)
        for prop in sorted(self.shapes.objects(shape, SH.property), key=str):
            yield from self.property_checks(shape, prop, target)
        for constraint in sorted(self.shapes.objects(shape, SH.sparql), key=str):
            yield self.sparql_check(shape, constraint, target)

    def node_checks(self, shape: Node, target: str) -> Iterator[Check]:
        """Constraints on the focus node itself (sh:class, sh:xone ... directly on a node shape)."""
        for local, condition in self.value_conditions(shape, "?this"):
            query = f"SELECT DISTINCT ?this WHERE {{ {target} FILTER (!({condition})) }}"
            yield Check(str(shape), _component(local), "", query)

    def property_checks(self, parent: Node, prop: Node, target: str) -> Iterator[Check]:
        path_node = self.one(prop, SH.path)
        if path_node is None:
            raise UnsupportedShape(f"the property shape {_name(prop)} of {_name(parent)} has no sh:path")
        path, shape = _iri(path_node), str(prop)
        for local, condition in self.value_conditions(prop, "?value"):
            query = f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?value FILTER (!({condition})) }}"
            yield Check(shape, _component(local), str(path_node), query)
        for local, query in self.count_queries(prop, path, target):
            yield Check(shape, _component(local), str(path_node), query)
        for component, parameter in self.components.items():
            value = self.one(prop, URIRef(parameter))
            if value is not None:
                _iri(value)  # the property holding the text: an IRI
                rule = NativeRule(NATIVE_COMPONENTS[component][1], str(path_node), str(value))
                yield Check(shape, component, str(path_node), "", f"SELECT ?this WHERE {{ {target} }}", native=rule)

    def count_queries(self, prop: Node, path: str, target: str) -> Iterator[tuple[str, str]]:
        """Constraints over all values of the path together: counts, languages, pairs, qualified values."""
        minimum, maximum = self.one(prop, SH.minCount), self.one(prop, SH.maxCount)
        if minimum is not None and int(minimum) > 0:
            yield "MinCount", (f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?value }} }} "
                               f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {int(minimum)})")
        if maximum is not None:
            yield "MaxCount", (f"SELECT ?this WHERE {{ {target} ?this {path} ?value }} "
                               f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {int(maximum)})")
        if self.one(prop, SH.uniqueLang) == Literal(True):
            yield "UniqueLang", (f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?value, ?other "
                                 "FILTER (isLiteral(?value) && LANG(?value) != \"\" && "
                                 "LCASE(LANG(?value)) = LCASE(LANG(?other)) && !sameTerm(?value, ?other)) }")
        other = self.one(prop, SH.lessThan)
        if other is not None:
            yield "LessThan", (f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?value . ?this {_iri(other)} "
                               "?bound FILTER (!COALESCE(?value < ?bound, false)) }")
        has_value = self.one(prop, SH.hasValue)
        if has_value is not None:
            yield "HasValue", (f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?value "
                               f"FILTER (sameTerm(?value, {_term(has_value)})) }} }}")
        qualified = self.one(prop, SH.qualifiedValueShape)
        if qualified is not None:
            least = self.one(prop, SH.qualifiedMinCount)
            if least is None:
                raise UnsupportedShape(f"{_name(prop)}: a qualified value shape without sh:qualifiedMinCount")
            condition = self.conforms(qualified, "?value")
            yield "QualifiedMinCount", (f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?value "
                                        f"FILTER ({condition}) }} }} GROUP BY ?this "
                                        f"HAVING (COUNT(DISTINCT ?value) < {int(least)})")

    def sparql_check(self, shape: Node, constraint: Node, target: str) -> Check:
        select = self.one(constraint, SH.select)
        if select is None:
            raise UnsupportedShape(f"the SPARQL constraint {_name(constraint)} has no sh:select")
        text = str(select)
        if len(re.findall(r"\bSELECT\b", text, re.IGNORECASE)) != 1 or re.search(
                r"\b(GROUP|MINUS|LIMIT|OFFSET)\b", text, re.IGNORECASE):
            raise UnsupportedShape(f"the SPARQL constraint {_name(constraint)} uses a subquery, aggregate, MINUS "
                                   "or LIMIT; the SHACL compiler runs it with $this unbound, which only gives "
                                   "the same results for a plain SELECT")
        query = self.prefix_lines(constraint) + text
        focus_query = f"SELECT ?this WHERE {{ {target} }}"
        return Check(str(shape), _component("SPARQL"), "", query, focus_query, path_from_query=True)

    def prefix_lines(self, constraint: Node) -> str:
        lines = []
        for holder in sorted(self.shapes.objects(constraint, SH.prefixes), key=str):
            for declaration in self.shapes.objects(holder, SH.declare):
                prefix, namespace = self.one(declaration, SH.prefix), self.one(declaration, SH.namespace)
                lines.append(f"PREFIX {prefix}: <{namespace}>\n")
        return "".join(sorted(lines))

    # --- conditions on one value node ---------------------------------------------------------
    def value_conditions(self, shape: Node, v: str) -> Iterator[tuple[str, str]]:
        """(component, SPARQL expression true when value node `v` satisfies it) for each constraint that
        looks at one value node at a time."""
        for cls in sorted(self.shapes.objects(shape, SH["class"]), key=str):
            yield "Class", f"EXISTS {{ {v} {_TYPE_OF} {_iri(cls)} }}"
        datatype = self.one(shape, SH.datatype)
        if datatype is not None:
            yield "Datatype", f"(isLiteral({v}) && sameTerm(DATATYPE({v}), {_iri(datatype)}))"
        kind = self.one(shape, SH.nodeKind)
        if kind is not None:
            if kind not in _NODE_KINDS:
                raise UnsupportedShape(f"{_name(shape)}: unknown sh:nodeKind {_name(kind)}")
            yield "NodeKind", _NODE_KINDS[kind].format(v=v)
        allowed = self.one(shape, SH["in"])
        if allowed is not None:
            members = [f"sameTerm({v}, {_term(m)})" for m in self.shapes.items(allowed)]
            yield "In", "(" + (" || ".join(members) or "false") + ")"
        pattern = self.one(shape, SH.pattern)
        if pattern is not None:
            flags = self.one(shape, SH.flags)
            args = _term(Literal(str(pattern))) + (f", {_term(Literal(str(flags)))}" if flags is not None else "")
            yield "Pattern", f"(!isBlank({v}) && REGEX(STR({v}), {args}))"
        length = self.one(shape, SH.minLength)
        if length is not None:
            yield "MinLength", f"(!isBlank({v}) && STRLEN(STR({v})) >= {int(length)})"
        low = self.one(shape, SH.minInclusive)
        if low is not None:
            yield "MinInclusive", f"COALESCE({v} >= {_term(low)}, false)"
        for node in sorted(self.shapes.objects(shape, SH.node), key=str):
            yield "Node", self.conforms(node, v)
        for local, term in (("Or", SH["or"]), ("Xone", SH.xone)):
            for members in self.shapes.objects(shape, term):
                each = [self.conforms(m, v) for m in self.shapes.items(members)]
                if local == "Or":
                    yield local, "(" + (" || ".join(each) or "false") + ")"
                else:
                    yield local, "(" + " + ".join(f"IF({c}, 1, 0)" for c in each) + " = 1)"

    def conforms(self, shape: Node, v: str) -> str:
        """A SPARQL expression true when value node `v` conforms to `shape` (a shape reached through
        sh:node, sh:or, sh:xone or sh:qualifiedValueShape)."""
        if (shape, SH.sparql, None) in self.shapes or (shape, SH.path, None) in self.shapes:
            raise UnsupportedShape(f"{_name(shape)} is used as a value shape but has a path or a SPARQL constraint; "
                                   "the SHACL compiler does not implement that")
        parts = [condition for _, condition in self.value_conditions(shape, v)]
        for prop in sorted(self.shapes.objects(shape, SH.property), key=str):
            parts.append(self.nested_property(prop, v))
        return "(" + (" && ".join(parts) or "true") + ")"

    def nested_property(self, prop: Node, v: str) -> str:
        """A property shape inside a value shape: only sh:minCount 1 and sh:hasValue are implemented."""
        path = _iri(self.one(prop, SH.path))
        known = {SH.path, SH.minCount, SH.hasValue, SH.message, SH.name, SH.description}
        extra = {p for p in self.shapes.predicates(prop, None) if str(p).startswith(str(SH))} - known
        minimum = self.one(prop, SH.minCount)
        if extra or (minimum is not None and int(minimum) > 1):
            raise UnsupportedShape(f"the nested property shape {_name(prop)} uses "
                                   f"{', '.join(sorted(map(_name, extra))) or 'sh:minCount above 1'}; the SHACL "
                                   "compiler only implements sh:minCount 1 and sh:hasValue there")
        u = self.fresh()
        parts = []
        if minimum is not None and int(minimum) == 1:
            parts.append(f"EXISTS {{ {v} {path} {u} }}")
        has_value = self.one(prop, SH.hasValue)
        if has_value is not None:
            parts.append(f"EXISTS {{ {v} {path} {u} FILTER (sameTerm({u}, {_term(has_value)})) }}")
        return "(" + (" && ".join(parts) or "true") + ")"
