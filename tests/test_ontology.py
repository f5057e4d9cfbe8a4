"""The ontology: it parses, declares every term of kg.vocab.BKG with Indonesian and English labels and
comments, aligns its terms to the public vocabulary, and `undeclared_terms` catches made-up terms."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.ontology import OntologyError, declared_terms, ontology_graph, parse_turtle_folder, undeclared_terms
from kg.paths import ONTOLOGY_DIR
from kg.vocab import BKG, NIF, ONTOLOGY_IRI, ORG, PROV, SCHEMA

CORE = ONTOLOGY_DIR / "berita-kg.ttl"
BKG_TERMS = sorted(BKG._NS[name] for name in BKG.__annotations__)
VALID = Path(__file__).parent / "data" / "valid-article.ttl"


@pytest.fixture(scope="module")
def core() -> Graph:
    return Graph().parse(CORE, format="turtle")


def test_core_ontology_parses_and_names_itself(core):
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in core
    schemes = {str(s).rsplit("/", 1)[-1] for s in ontology_graph().subjects(RDF.type, SKOS.ConceptScheme)}
    # every lexicon file is loaded with the core: each contributes its concept scheme
    assert schemes == {"indicator", "legislation-type", "org-type", "program", "qualifier", "role", "segment", "unit-type"}


@pytest.mark.parametrize("term", BKG_TERMS, ids=lambda t: t.split("#")[1])
def test_every_bkg_term_is_declared_with_labels_and_comments_in_both_languages(core, term):
    kinds = set(core.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}, term
    for prop in (RDFS.label, RDFS.comment):
        languages = {o.language for o in core.objects(term, prop) if isinstance(o, Literal)}
        assert {"id", "en"} <= languages, (term, prop)
    assert term in declared_terms()


def test_ontology_declares_no_bkg_term_missing_from_the_namespace(core):
    """The closed namespace and the file must agree both ways."""
    in_file = {s for s in core.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(BKG._NS))}
    assert in_file == set(BKG_TERMS)


# The alignment the public vocabulary asks for: our term -> the standard terms it refines.
CLASS_ALIGNMENT = {
    BKG.SocialSecurityAgency: {ORG.FormalOrganization, SCHEMA.Organization},
    BKG.GovernmentAgency: {ORG.FormalOrganization, SCHEMA.Organization},
    BKG.RegionalGovernment: {ORG.FormalOrganization, SCHEMA.Organization},
    BKG.Company: {ORG.FormalOrganization, SCHEMA.Organization},
    BKG.CivilSocietyOrganization: {ORG.FormalOrganization, SCHEMA.Organization},
    BKG.NewsPublisher: {ORG.Organization, SCHEMA.NewsMediaOrganization},
    BKG.BranchOffice: {ORG.OrganizationalUnit},
    BKG.RegionalOffice: {ORG.OrganizationalUnit},
    BKG.OrganizationUnit: {ORG.OrganizationalUnit},
    BKG.Program: {SCHEMA.GovernmentService},
    BKG.Role: {ORG.Role, SKOS.Concept},
    BKG.Indicator: {SKOS.Concept},
    BKG.ParticipantSegment: {SKOS.Concept},
    BKG.UnitType: {SKOS.Concept},
    BKG.OrganizationType: {SKOS.Concept},
    BKG.LegislationType: {SKOS.Concept},
    BKG.Qualifier: {SKOS.Concept},
    BKG.Metric: {SCHEMA.Observation},
    BKG.Quotation: {SCHEMA.Quotation},
    BKG.TextSpan: {NIF.String},
    BKG.NewsArticle: {SCHEMA.NewsArticle, NIF.Context},
    BKG.IdentityDecision: {PROV.Entity},
}


@pytest.mark.parametrize("term, parents", CLASS_ALIGNMENT.items(), ids=lambda x: str(x).split("#")[-1])
def test_classes_are_subclasses_of_the_standard_terms(core, term, parents):
    assert parents <= set(core.objects(term, RDFS.subClassOf))


def test_every_bkg_class_is_aligned():
    classes = {t for t in BKG_TERMS if t.split("#")[1][0].isupper()}
    assert classes == set(CLASS_ALIGNMENT)


def test_mentioned_in_is_the_inverse_of_schema_mentions(core):
    assert (BKG.mentionedIn, OWL.inverseOf, SCHEMA.mentions) in core


@pytest.mark.parametrize("child, parent", [
    (ORG.FormalOrganization, ORG.Organization),
    (ORG.OrganizationalUnit, ORG.Organization),
    (SCHEMA.City, SCHEMA.Place),
    (SCHEMA.Country, SCHEMA.Place),
    (SCHEMA.AdministrativeArea, SCHEMA.Place),
    (BKG.BranchOffice, ORG.Organization),
    (BKG.SocialSecurityAgency, ORG.Organization),
])
def test_types_are_found_through_subclass_chains(child, parent):
    """Queries read types as rdf:type/rdfs:subClassOf* over the graph plus ontology/*.ttl."""
    graph = ontology_graph()
    assert parent in set(graph.transitive_objects(child, RDFS.subClassOf))


# Standard terms the contract's example graph uses; each must be declared so built graphs can be checked.
CONTRACT_TERMS = [
    SCHEMA.NewsArticle, NIF.Context, NIF.isString, SCHEMA.datePublished, SCHEMA.publisher, SCHEMA.locationCreated,
    SCHEMA.mentions, ORG.FormalOrganization, SCHEMA.name, SCHEMA.alternateName, ORG.OrganizationalUnit, ORG.unitOf,
    ORG.hasUnit, SCHEMA.location, SCHEMA.Person, ORG.headOf, ORG.Membership, ORG.member, ORG.organization, ORG.role,
    PROV.wasDerivedFrom, ORG.Role, SKOS.Concept, SKOS.prefLabel, SCHEMA.Observation, SCHEMA.observationAbout,
    SCHEMA.variableMeasured, SCHEMA.value, SCHEMA.unitCode, SCHEMA.currency, SCHEMA.observationDate,
    SCHEMA.Quotation, SCHEMA.text, SCHEMA.creator, SCHEMA.isPartOf, NIF.String, NIF.OffsetBasedString,
    NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext, SCHEMA.GovernmentService, SCHEMA.provider,
    SCHEMA.Place, SCHEMA.City, SCHEMA.AdministrativeArea, SCHEMA.Country, SCHEMA.Legislation, ORG.Organization,
    SCHEMA.NewsMediaOrganization,
]


@pytest.mark.parametrize("term", CONTRACT_TERMS, ids=str)
def test_standard_terms_the_builder_emits_are_declared_with_their_namespace(core, term):
    assert term in declared_terms()
    [defined_by] = core.objects(term, RDFS.isDefinedBy)
    assert term.startswith(str(defined_by))


def test_undeclared_terms_finds_made_up_terms_only():
    person = URIRef("https://w3id.org/berita-kg/id/person/dewi-lestari")
    graph = Graph()
    graph.add((person, RDF.type, SCHEMA.Person))
    graph.add((person, SCHEMA.name, Literal("Dewi Lestari")))
    graph.add((person, SCHEMA.nama, Literal("Dewi")))  # misspelt property
    graph.add((person, RDF.type, SCHEMA.Orang))  # made-up class
    graph.add((person, SCHEMA.knows, URIRef("https://w3id.org/berita-kg/id/person/budi")))  # a data IRI object
    membership = URIRef("https://w3id.org/berita-kg/id/article/x/membership/dewi")
    graph.add((membership, ORG.role, URIRef("https://w3id.org/berita-kg/vocab/role/tidak-ada")))  # unknown concept
    graph.add((membership, RDFS.label, Literal("Ketua")))  # built-in RDFS term
    assert undeclared_terms(graph) == {
        SCHEMA.nama, SCHEMA.Orang, SCHEMA.knows, URIRef("https://w3id.org/berita-kg/vocab/role/tidak-ada"),
    }


def test_ontology_files_use_only_declared_terms():
    assert undeclared_terms(ontology_graph()) == set()


def test_undeclared_terms_looks_into_every_graph_of_a_dataset():
    dataset = Dataset()
    dataset.graph(URIRef("https://w3id.org/berita-kg/id/graph/a")).add(
        (URIRef("https://w3id.org/berita-kg/id/person/dewi"), BKG._NS["jabatan"], Literal("Ketua")))
    assert undeclared_terms(dataset) == {BKG._NS["jabatan"]}


def test_the_valid_fixture_uses_declared_terms_apart_from_its_own_concepts():
    graph = Graph().parse(VALID, format="turtle")
    vocab = "https://w3id.org/berita-kg/vocab/"
    concepts_in_fixture = {s for s in graph.subjects(SKOS.prefLabel, None)}
    leftover = {t for t in undeclared_terms(graph) if t not in concepts_in_fixture}
    assert all(t.startswith(vocab) for t in leftover), leftover  # lexicon concepts (ontology/lexicon-*.ttl)


def test_declared_terms_include_skos_concepts_of_any_ontology_file(tmp_path):
    (tmp_path / "core.ttl").write_text(CORE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "lexicon-test.ttl").write_text(
        "@prefix bkg: <https://w3id.org/berita-kg/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/berita-kg/vocab/role/ketua> a bkg:Role ; skos:prefLabel \"Ketua\"@id .\n"
        "<https://w3id.org/berita-kg/vocab/qualifier/sekitar> skos:inScheme <https://w3id.org/berita-kg/vocab/qualifier> .\n",
        encoding="utf-8",
    )
    terms = declared_terms(tmp_path)
    assert URIRef("https://w3id.org/berita-kg/vocab/role/ketua") in terms  # via bkg:Role ⊑ skos:Concept
    assert URIRef("https://w3id.org/berita-kg/vocab/qualifier/sekitar") in terms
    assert BKG.Role in terms


def test_unreadable_ontology_raises_ontology_error(tmp_path):
    with pytest.raises(OntologyError, match="no ontology files"):
        parse_turtle_folder(tmp_path, OntologyError, "ontology")
    (tmp_path / "broken.ttl").write_text("bkg:X a owl:Class", encoding="utf-8")
    with pytest.raises(OntologyError, match="broken.ttl is not valid Turtle"):
        ontology_graph(tmp_path)
