"""The ontology (ontology/*.ttl): loaded once, and asked which terms it declares.

A built graph may only use terms that some ontology file declares: a term that is declared nowhere is a
typo or an undocumented invention, and users querying the graph against the public vocabulary would not
find it. `undeclared_terms` is how tests and the builder check that.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from kg.vocab import SCHEMA
    >>> g = Graph().add((URIRef("https://w3id.org/berita-kg/id/person/ani"), SCHEMA.nama, Literal("Ani")))
    >>> sorted(undeclared_terms(g))
    [rdflib.term.URIRef('https://schema.org/nama')]
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.errors import KGError
from kg.paths import ONTOLOGY_DIR
from kg.vocab import BKG, DEFAULT_BASE, ORG, SCHEMA

__all__ = ["OntologyError", "turtle_files", "parse_turtle_folder", "ontology_graph", "declared_terms", "undeclared_terms",
           "superclasses"]


class OntologyError(KGError):
    """An ontology file is missing or is not valid Turtle."""


# Types whose instances are terms (classes, properties) rather than things described by the graph.
_TERM_TYPES = (
    OWL.Class,
    RDFS.Class,
    RDFS.Datatype,
    RDF.Property,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.FunctionalProperty,
    OWL.NamedIndividual,
    SKOS.ConceptScheme,
)

# Properties whose objects are vocabulary terms (concepts), so they must be declared like classes.
CONCEPT_VALUED = (ORG.role, SCHEMA.variableMeasured, BKG.qualifier, BKG.orgType, BKG.unitType, BKG.legislationType)

# The modelling languages themselves: their terms are declared by their own specifications.
_BUILT_IN = (str(RDF._NS), str(RDFS._NS), str(OWL._NS), str(XSD._NS))


def turtle_files(directory: Path) -> list[Path]:
    """All Turtle files of a folder, sorted so that loading is deterministic."""
    return sorted(directory.glob("*.ttl"))


def parse_turtle_folder(directory: Path, error: type[KGError], what: str) -> Graph:
    """The union of a folder's *.ttl files; raises `error` when there is none or one does not parse."""
    files = turtle_files(directory)
    if not files:
        raise error(f"no {what} files (*.ttl) in {directory}; restore the {directory.name}/ folder of the repository")
    graph = Graph()
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser-specific types
            detail = " ".join(str(exc).split()) or type(exc).__name__
            raise error(f"{path} is not valid Turtle ({detail}); fix the file") from exc
    return graph


@lru_cache(maxsize=4)
def ontology_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    """The union of every ontology/*.ttl file (the core ontology and the SKOS lexicons), parsed once.

    Raises OntologyError when the folder holds no Turtle file or a file does not parse.
    The returned graph is shared: copy it before adding triples.
    """
    return parse_turtle_folder(directory, OntologyError, "ontology")


@lru_cache(maxsize=4)
def declared_terms(directory: Path = ONTOLOGY_DIR) -> frozenset[URIRef]:
    """Every class, property and SKOS concept (or concept scheme) declared in an ontology file.

    A concept counts when it is typed skos:Concept or a subclass of it (bkg:Role, bkg:Indicator ...),
    or is placed in a scheme with skos:inScheme / skos:topConceptOf.
    """
    graph = ontology_graph(directory)
    terms: set[URIRef] = set()
    for term_type in _TERM_TYPES:
        terms.update(s for s in graph.subjects(RDF.type, term_type) if isinstance(s, URIRef))
    concept_classes = set(graph.transitive_subjects(RDFS.subClassOf, SKOS.Concept))
    for concept_class in concept_classes:
        terms.update(s for s in graph.subjects(RDF.type, concept_class) if isinstance(s, URIRef))
    for scheme_link in (SKOS.inScheme, SKOS.topConceptOf):
        terms.update(s for s in graph.subjects(scheme_link, None) if isinstance(s, URIRef))
    return frozenset(terms)


@lru_cache(maxsize=256)
def superclasses(cls: URIRef, directory: Path = ONTOLOGY_DIR) -> tuple[URIRef, ...]:
    """Every named class `cls` is a subclass of by the ontology's rdfs:subClassOf (transitively), sorted.

    The builder states these types on each node, so SHACL shapes and SPARQL queries that name a standard
    class (org:Organization, schema:Place ...) find the node with no ontology and no inference at hand.

    >>> [str(c) for c in superclasses(URIRef("https://schema.org/City"))]
    ['https://schema.org/AdministrativeArea', 'https://schema.org/Place']
    """
    graph = ontology_graph(directory)
    found = {c for c in graph.transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef) and c != cls}
    return tuple(sorted(found))


def undeclared_terms(graph: Graph | Dataset, base: str = DEFAULT_BASE) -> set[URIRef]:
    """Terms a graph uses that no ontology file declares.

    Looks at every predicate, every rdf:type object and every object of the concept-valued properties
    (org:role, schema:variableMeasured, bkg:qualifier, bkg:orgType, bkg:unitType, bkg:legislationType).
    Data IRIs under `base` are things, not terms, and RDF/RDFS/OWL/XSD terms are built in.
    A Dataset is checked across all its graphs.
    """
    declared = declared_terms()
    used: set[URIRef] = set()
    triples = graph.quads((None, None, None, None)) if isinstance(graph, Dataset) else graph
    for s, p, o, *_ in triples:
        used.add(p)
        if p == RDF.type or p in CONCEPT_VALUED:
            if isinstance(o, URIRef):
                used.add(o)
    return {
        term
        for term in used
        if term not in declared and not str(term).startswith((base, *_BUILT_IN))
    }
