"""The ontology is OWL 2 DL and agrees with the data: HermiT (shipped with owlready2, run on the JRE that
scripts/test.sh installs) finds ontology + lexicons + the bundled article's graph consistent with no
unsatisfiable class; the OWL API's OWL 2 DL profile checker (Debian's libowlapi-java, run through JPype by
tests/owl2_dl_profile.py) finds them in OWL 2 DL; and the DL restrictions that matter here are also checked
by rule, with messages that say which term breaks them.

xsd:date and xsd:gYear (schema.org's Date, a law's year) are outside the OWL 2 datatype map; the ontology
states no axiom about them (the shapes check those datatypes), and the reasoner reads such values as strings.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

import kg
from kg.ontology import ontology_graph
from kg.paths import BUNDLED_ARTICLE
from kg.vocab import BKG, PROV, SCHEMA


# The OWL 2 datatype map (OWL 2 Structural Specification, section 4).
OWL2_DATATYPES = {RDF.PlainLiteral, RDF.XMLLiteral, RDFS.Literal, OWL.real, OWL.rational} | {
    XSD[name] for name in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long int short byte "
        "unsignedLong unsignedInt unsignedShort unsignedByte double float string normalizedString token language "
        "Name NCName NMTOKEN boolean hexBinary base64Binary anyURI dateTime dateTimeStamp").split()}
OUTSIDE_THE_MAP = {XSD.date, XSD.gYear}
PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
BUILT_IN = (str(RDF), str(RDFS), str(OWL), str(XSD))
# flags and a level of the project's own with no counterpart in the public vocabularies
UNALIGNED = {BKG.isTarget, BKG.noPeriod, BKG.leadsOrganization, BKG.heldByMany, BKG.numbered, BKG.reportsRegionalStatistics, BKG.governmentLevel,
             BKG.namedWithRegion, BKG.onlyRegional, BKG.operatesFacilities,
             BKG.endsBeforeAnotherOrganisation, BKG.partOfTheOrganisationAfter, BKG.singleSite, BKG.namedOnlyByRegion,
             BKG.servesSegments}


def _article_graph() -> Graph:
    graph = Graph()
    for s, p, o, _ in kg.build(BUNDLED_ARTICLE.read_text(encoding="utf-8")).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _for_the_reasoner(*graphs: Graph) -> Graph:
    """One graph; literals typed outside the OWL 2 datatype map become strings (no axiom speaks of them)."""
    merged = Graph()
    for graph in graphs:
        for s, p, o in graph:
            if isinstance(o, Literal) and o.datatype in OUTSIDE_THE_MAP:
                o = Literal(str(o))
            merged.add((s, p, o))
    return merged


def _hermit(graph: Graph, tmp_path) -> list:
    """Run HermiT; the unsatisfiable classes (raises OwlReadyInconsistentOntologyError when inconsistent)."""
    path = tmp_path / "all.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return list(world.inconsistent_classes())



def test_hermit_finds_ontology_lexicons_and_article_consistent_with_no_unsatisfiable_class(tmp_path):
    assert _hermit(_for_the_reasoner(ontology_graph(), _article_graph()), tmp_path) == []


def test_hermit_finds_the_old_period_label_range_inconsistent_with_the_data(tmp_path):
    """The check can fail: with bkg:periodLabel ranging over xsd:string, the data's "…"@id labels clash."""
    ontology = Graph()
    for triple in ontology_graph():
        ontology.add(triple)
    ontology.set((BKG.periodLabel, RDFS.range, XSD.string))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(_for_the_reasoner(ontology, _article_graph()), tmp_path)


PROFILE_CHECKER = Path(__file__).parent / "owl2_dl_profile.py"


def _owl2_dl_violations(graph: Graph, tmp_path) -> list[dict]:
    path = tmp_path / "profile.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    result = subprocess.run([sys.executable, PROFILE_CHECKER, path], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_owl_api_finds_ontology_lexicons_and_article_in_owl2_dl(tmp_path):
    assert _owl2_dl_violations(_for_the_reasoner(ontology_graph(), _article_graph()), tmp_path) == []


def test_owl_api_names_the_date_values_as_the_only_step_outside_owl2_dl(tmp_path):
    """As built, the data's xsd:date / xsd:gYear values are the only thing outside the datatype map."""
    merged = Graph()
    for graph in (ontology_graph(), _article_graph()):
        for triple in graph:
            merged.add(triple)
    found = _owl2_dl_violations(merged, tmp_path)
    assert {v["kind"] for v in found} == {"UseOfDefinedDatatypeInLiteral", "UseOfUndeclaredDatatype"}
    assert all("xsd:date" in v["text"] or "xsd:gYear" in v["text"] for v in found)


def test_axioms_name_only_datatypes_of_the_owl2_datatype_map():
    graph = ontology_graph()
    named = {o for o in graph.objects(None, RDFS.range) if str(o).startswith(str(XSD)) or o in OWL2_DATATYPES}
    named |= set(graph.objects(None, OWL.onDatatype))
    assert named - OWL2_DATATYPES == set()


def test_literal_ranges_agree_with_the_data():
    """Every literal of the article fits the range of its property (a language-tagged string is rdf:PlainLiteral)."""
    graph, article = ontology_graph(), _article_graph()
    for s, p, o in article:
        if not isinstance(o, Literal):
            continue
        for datatype in graph.objects(p, RDFS.range):
            actual = RDF.PlainLiteral if o.language else (o.datatype or XSD.string)
            assert actual == datatype or datatype == RDF.PlainLiteral and o.datatype is None, (p, o, datatype)


def test_values_outside_the_datatype_map_only_on_properties_without_a_range():
    graph, article = ontology_graph(), _article_graph()
    properties = {p for s, p, o in article if isinstance(o, Literal) and o.datatype in OUTSIDE_THE_MAP}
    assert properties == {SCHEMA.datePublished, SCHEMA.observationDate, BKG.periodStart, BKG.legislationYear}
    assert {p for p in properties if graph.value(p, RDFS.range) is not None} == set()


def test_each_property_has_exactly_one_owl_kind_and_is_used_by_its_kind():
    graph = ontology_graph()
    kinds = {}
    for kind in PROPERTY_KINDS:
        for prop in graph.subjects(RDF.type, kind):
            kinds.setdefault(prop, set()).add(kind)
    assert {p: k for p, k in kinds.items() if len(k) > 1} == {}
    used = _for_the_reasoner(graph, _article_graph())
    for s, p, o in used:
        if str(p).startswith(BUILT_IN):
            continue
        assert p in kinds, f"{p} is used but not declared as an OWL property"
        (kind,) = kinds[p]
        if kind == OWL.ObjectProperty:
            assert isinstance(o, URIRef), (p, o)
        elif kind == OWL.DatatypeProperty:
            assert isinstance(o, Literal), (p, o)


def test_every_type_is_a_declared_class_and_no_builtin_term_is_redefined():
    graph = _for_the_reasoner(ontology_graph(), _article_graph())
    classes = set(graph.subjects(RDF.type, OWL.Class))
    types = {o for o in graph.objects(None, RDF.type) if not str(o).startswith(BUILT_IN)}
    assert types - classes == set()
    assert {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(BUILT_IN)} == set()


def test_every_bkg_property_is_aligned_to_a_standard_property():
    graph = ontology_graph()
    for kind in PROPERTY_KINDS:
        for prop in graph.subjects(RDF.type, kind):
            if not str(prop).startswith(str(BKG._NS)) or prop in UNALIGNED:
                continue
            supers = set(graph.objects(prop, RDFS.subPropertyOf))
            assert supers and not any(str(s).startswith(str(BKG._NS)) for s in supers), prop
            (super_kind,) = {k for k in PROPERTY_KINDS if (next(iter(supers)), RDF.type, k) in graph}
            assert super_kind == kind, (prop, supers)


def test_alignments_the_readme_names():
    graph = ontology_graph()
    assert (BKG.partOf, RDFS.subPropertyOf, SCHEMA.isPartOf) in graph
    assert (BKG.unitCode, RDFS.subPropertyOf, SCHEMA.unitCode) in graph
    assert (BKG.periodStart, RDFS.subPropertyOf, SCHEMA.startDate) in graph


def test_provenance_classes_are_prov_entities():
    graph = ontology_graph()
    entities = {c for c in graph.subjects(RDFS.subClassOf, PROV.Entity)}
    assert entities == {BKG.TextSpan, BKG.NewsArticle, BKG.Metric, BKG.Quotation, BKG.IdentityDecision}
    assert (PROV.wasDerivedFrom, RDFS.subPropertyOf, PROV.wasInfluencedBy) in graph
    assert SKOS.Concept in set(graph.objects(BKG.Indicator, RDFS.subClassOf))
