"""SHACL validation: the hand-written article conforms, and breaking it one constraint at a time is
reported on the right node, with the right rule, in a readable line; `kg validate` exits 0/1/2."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

import kg
from kg.cli import main
from kg.lexicon import load as load_lexicon
from kg.ontology import undeclared_terms
from kg.paths import BUNDLED_ARTICLE
from kg.validate import ShapesError, ValidationResult, load_graph_file, shapes_graph, validate
from kg.vocab import BKG, NIF, ORG, PROV, SCHEMA

DATA = Path(__file__).parent / "data"
VALID = DATA / "valid-article.ttl"

B = "https://w3id.org/berita-kg/id/"
ARTICLE = URIRef(B + "article/2025-07-01-surabaya-0a1b2c3d")
FACTS = ARTICLE + "/"
ANTARA = URIRef(B + "org/antara")
BPJS = URIRef(B + "org/bpjs-kesehatan")
BRANCH = URIRef(B + "org/bpjs-kesehatan/kantor-cabang-surabaya-timur")
RINA = URIRef(B + "person/rina-kartika")
SURABAYA = URIRef(B + "place/surabaya")
JKN = URIRef(B + "program/jaminan-kesehatan-nasional")
PERPRES = URIRef(B + "legislation/peraturan-presiden-59-2024")
KEPALA = URIRef("https://w3id.org/berita-kg/vocab/role/kepala")
PESERTA_AKTIF = URIRef("https://w3id.org/berita-kg/vocab/indicator/peserta-aktif")
CLAIMS_PAID = URIRef("https://w3id.org/berita-kg/vocab/indicator/klaim-dibayarkan")  # not in the lexicon
UNLABELLED_ROLE = URIRef("https://w3id.org/berita-kg/vocab/role/pengawas-lapangan")  # not in the lexicon
MEMBERSHIP = URIRef(FACTS + "membership/rina-kartika-kepala")
PARTICIPANTS = URIRef(FACTS + "observation/73-81")  # unitCode IE, with a date
CLAIMS = URIRef(FACTS + "observation/370-383")  # currency IDR, no period
QUOTE = URIRef(FACTS + "quotation/293")
SPAN = URIRef(str(ARTICLE) + "#char=120,183")  # "Kepala ... Rina Kartika"

_TEXT = VALID.read_text(encoding="utf-8")


def article() -> Graph:
    """A fresh copy of the valid article graph, for a test to break."""
    return Graph().parse(data=_TEXT, format="turtle")


def reported(result: ValidationResult) -> set[tuple[str, str, str]]:
    return {(v.focus, v.path, v.component) for v in result.violations}


def test_valid_article_conforms():
    result = validate(article())
    assert result.conforms, result.text()
    assert result.violations == ()
    assert result.text() == "conforms: 0 violations"


def test_the_graph_carries_the_concepts_it_uses():
    """Shapes alone check the graph: a role concept described only in the lexicon is not an org:Role there."""
    graph = article()
    graph.remove((KEPALA, None, None))
    result = validate(graph)
    assert reported(result) == {(str(MEMBERSHIP), "org:role", "sh:ClassConstraintComponent"),
                                (str(MEMBERSHIP), "org:role", "sh:NodeConstraintComponent")}


def test_bundled_article_builds_to_a_conforming_graph_of_declared_terms():
    dataset = kg.build(BUNDLED_ARTICLE.read_text(encoding="utf-8"))
    assert undeclared_terms(dataset) == set()
    result = validate(dataset)
    assert result.conforms, result.text()


def test_validate_does_not_modify_the_graph():
    graph = article()
    before = len(graph)
    validate(graph)
    assert len(graph) == before


def _without(*triples):
    graph = article()
    for triple in triples:
        assert triple in graph or triple[2] is None, triple
        graph.remove(triple)
    return graph


def _replace(subject, predicate, new_objects, graph=None):
    graph = article() if graph is None else graph
    graph.remove((subject, predicate, None))
    for obj in new_objects:
        graph.add((subject, predicate, obj))
    return graph


def _plus(*triples):
    graph = article()
    for triple in triples:
        graph.add(triple)
    return graph


def _with_role_without_label():
    graph = _replace(MEMBERSHIP, ORG.role, [UNLABELLED_ROLE])
    for kind in (ORG.Role, SKOS.Concept, BKG.Role):
        graph.add((UNLABELLED_ROLE, RDF.type, kind))
    return graph


WRONG_DATE = Literal("1 Juli 2025")
# (what is broken, the broken graph, the expected (focus, path, component))
CASES = [
    ("article without text", lambda: _without((ARTICLE, NIF.isString, None)),
     (ARTICLE, "nif:isString", "sh:MinCountConstraintComponent")),
    ("article with two dates", lambda: _plus((ARTICLE, SCHEMA.datePublished, Literal("2025-07-02", datatype=XSD.date))),
     (ARTICLE, "schema:datePublished", "sh:MaxCountConstraintComponent")),
    ("article date not an xsd:date", lambda: _replace(ARTICLE, SCHEMA.datePublished, [WRONG_DATE]),
     (ARTICLE, "schema:datePublished", "sh:DatatypeConstraintComponent")),
    ("publisher not an organisation", lambda: _replace(ARTICLE, SCHEMA.publisher, [RINA]),
     (ARTICLE, "schema:publisher", "sh:ClassConstraintComponent")),
    ("organisation without name", lambda: _without((BPJS, SCHEMA.name, None)),
     (BPJS, "schema:name", "sh:MinCountConstraintComponent")),
    ("unit without parent", lambda: _without((BRANCH, ORG.unitOf, None)),
     (BRANCH, "org:unitOf", "sh:MinCountConstraintComponent")),
    ("unit with two parents", lambda: _plus((BRANCH, ORG.unitOf, ANTARA)),
     (BRANCH, "org:unitOf", "sh:MaxCountConstraintComponent")),
    ("unit of a person", lambda: _replace(BRANCH, ORG.unitOf, [RINA]),
     (BRANCH, "org:unitOf", "sh:ClassConstraintComponent")),
    ("unit located at a person", lambda: _replace(BRANCH, SCHEMA.location, [RINA]),
     (BRANCH, "schema:location", "sh:ClassConstraintComponent")),
    ("person without name", lambda: _without((RINA, SCHEMA.name, None)),
     (RINA, "schema:name", "sh:MinCountConstraintComponent")),
    ("city without name", lambda: _without((SURABAYA, SCHEMA.name, None)),
     (SURABAYA, "schema:name", "sh:MinCountConstraintComponent")),
    ("program without name", lambda: _without((JKN, SCHEMA.name, None)),
     (JKN, "schema:name", "sh:MinCountConstraintComponent")),
    ("program provided by a person", lambda: _replace(JKN, SCHEMA.provider, [RINA]),
     (JKN, "schema:provider", "sh:ClassConstraintComponent")),
    ("person heading a place", lambda: _plus((RINA, ORG.headOf, SURABAYA)),
     (RINA, "org:headOf", "sh:ClassConstraintComponent")),
    ("legislation year not an xsd:gYear", lambda: _replace(PERPRES, BKG.legislationYear, [Literal("2024")]),
     (PERPRES, "bkg:legislationYear", "sh:DatatypeConstraintComponent")),
    ("legislation without name", lambda: _without((PERPRES, SCHEMA.name, None)),
     (PERPRES, "schema:name", "sh:MinCountConstraintComponent")),
    ("membership without member", lambda: _without((MEMBERSHIP, ORG.member, None)),
     (MEMBERSHIP, "org:member", "sh:MinCountConstraintComponent")),
    ("membership of a place", lambda: _replace(MEMBERSHIP, ORG.member, [SURABAYA]),
     (MEMBERSHIP, "org:member", "sh:ClassConstraintComponent")),
    ("membership in two organisations", lambda: _plus((MEMBERSHIP, ORG.organization, BPJS)),
     (MEMBERSHIP, "org:organization", "sh:MaxCountConstraintComponent")),
    ("membership in a person", lambda: _replace(MEMBERSHIP, ORG.organization, [RINA]),
     (MEMBERSHIP, "org:organization", "sh:ClassConstraintComponent")),
    ("membership without role", lambda: _without((MEMBERSHIP, ORG.role, None)),
     (MEMBERSHIP, "org:role", "sh:MinCountConstraintComponent")),
    ("role not an org:Role", lambda: _replace(MEMBERSHIP, ORG.role, [PESERTA_AKTIF]),
     (MEMBERSHIP, "org:role", "sh:ClassConstraintComponent")),
    ("role without label, seen from the membership", lambda: _with_role_without_label(),
     (MEMBERSHIP, "org:role", "sh:NodeConstraintComponent")),
    ("role without label", lambda: _with_role_without_label(),
     (UNLABELLED_ROLE, "skos:prefLabel", "sh:MinCountConstraintComponent")),
    ("indicator without label", lambda: _without((CLAIMS_PAID, SKOS.prefLabel, None)),
     (CLAIMS_PAID, "skos:prefLabel", "sh:MinCountConstraintComponent")),
    ("indicator with two Indonesian labels", lambda: _plus((PESERTA_AKTIF, SKOS.prefLabel, Literal("peserta", lang="id"))),
     (PESERTA_AKTIF, "skos:prefLabel", "sh:UniqueLangConstraintComponent")),
    ("observation without value", lambda: _without((PARTICIPANTS, SCHEMA.value, None)),
     (PARTICIPANTS, "schema:value", "sh:MinCountConstraintComponent")),
    ("observation value an integer", lambda: _replace(PARTICIPANTS, SCHEMA.value, [Literal(1200000)]),
     (PARTICIPANTS, "schema:value", "sh:DatatypeConstraintComponent")),
    ("observation with two values", lambda: _plus((PARTICIPANTS, SCHEMA.value, Literal("1.2", datatype=XSD.decimal))),
     (PARTICIPANTS, "schema:value", "sh:MaxCountConstraintComponent")),
    ("unknown unit code", lambda: _replace(PARTICIPANTS, SCHEMA.unitCode, [Literal("orang")]),
     (PARTICIPANTS, "schema:unitCode", "sh:InConstraintComponent")),
    ("currency not an ISO 4217 code", lambda: _replace(CLAIMS, SCHEMA.currency, [Literal("rupiah")]),
     (CLAIMS, "schema:currency", "sh:PatternConstraintComponent")),
    ("observation without unit", lambda: _without((PARTICIPANTS, SCHEMA.unitCode, None)),
     (PARTICIPANTS, "", "sh:XoneConstraintComponent")),
    ("observation with unit code and currency", lambda: _plus((CLAIMS, SCHEMA.unitCode, Literal("C62"))),
     (CLAIMS, "", "sh:XoneConstraintComponent")),
    ("observation about nothing", lambda: _without((PARTICIPANTS, SCHEMA.observationAbout, None)),
     (PARTICIPANTS, "schema:observationAbout", "sh:MinCountConstraintComponent")),
    ("observation about two things", lambda: _plus((PARTICIPANTS, SCHEMA.observationAbout, SURABAYA)),
     (PARTICIPANTS, "schema:observationAbout", "sh:MaxCountConstraintComponent")),
    ("observation about a person", lambda: _replace(PARTICIPANTS, SCHEMA.observationAbout, [RINA]),
     (PARTICIPANTS, "schema:observationAbout", "sh:OrConstraintComponent")),
    ("observation measuring nothing", lambda: _without((PARTICIPANTS, SCHEMA.variableMeasured, None)),
     (PARTICIPANTS, "schema:variableMeasured", "sh:MinCountConstraintComponent")),
    ("observation measuring two indicators",
     lambda: _plus((PARTICIPANTS, SCHEMA.variableMeasured, URIRef("https://w3id.org/berita-kg/vocab/indicator/klaim-dibayarkan"))),
     (PARTICIPANTS, "schema:variableMeasured", "sh:MaxCountConstraintComponent")),
    ("observation without date or noPeriod", lambda: _without((PARTICIPANTS, SCHEMA.observationDate, None)),
     (PARTICIPANTS, "", "sh:XoneConstraintComponent")),
    ("observation with date and noPeriod", lambda: _plus((PARTICIPANTS, BKG.noPeriod, Literal(True))),
     (PARTICIPANTS, "", "sh:XoneConstraintComponent")),
    ("observation date not an xsd:date", lambda: _replace(PARTICIPANTS, SCHEMA.observationDate, [WRONG_DATE]),
     (PARTICIPANTS, "schema:observationDate", "sh:DatatypeConstraintComponent")),
    ("observation with two qualifiers",
     lambda: _plus((PARTICIPANTS, BKG.qualifier, URIRef("https://w3id.org/berita-kg/vocab/qualifier/approximately"))),
     (PARTICIPANTS, "bkg:qualifier", "sh:MaxCountConstraintComponent")),
    ("period start not an xsd:date", lambda: _plus((PARTICIPANTS, BKG.periodStart, WRONG_DATE)),
     (PARTICIPANTS, "bkg:periodStart", "sh:DatatypeConstraintComponent")),
    ("isTarget not a boolean", lambda: _plus((PARTICIPANTS, BKG.isTarget, Literal("ya"))),
     (PARTICIPANTS, "bkg:isTarget", "sh:DatatypeConstraintComponent")),
    ("change of a person", lambda: _plus((CLAIMS, BKG.changeOf, RINA)),
     (CLAIMS, "bkg:changeOf", "sh:ClassConstraintComponent")),
    ("part of a program", lambda: _plus((CLAIMS, BKG.partOf, JKN)),
     (CLAIMS, "bkg:partOf", "sh:ClassConstraintComponent")),
    ("quotation part of a person", lambda: _replace(QUOTE, SCHEMA.isPartOf, [RINA]),
     (QUOTE, "schema:isPartOf", "sh:ClassConstraintComponent")),
    ("quotation with empty text", lambda: _replace(QUOTE, SCHEMA.text, [Literal("")]),
     (QUOTE, "schema:text", "sh:MinLengthConstraintComponent")),
    ("quotation without text", lambda: _without((QUOTE, SCHEMA.text, None)),
     (QUOTE, "schema:text", "sh:MinCountConstraintComponent")),
    ("quotation without speaker", lambda: _without((QUOTE, SCHEMA.creator, None)),
     (QUOTE, "schema:creator", "sh:MinCountConstraintComponent")),
    ("quotation by an organisation", lambda: _replace(QUOTE, SCHEMA.creator, [BPJS]),
     (QUOTE, "schema:creator", "sh:ClassConstraintComponent")),
    ("membership without source span", lambda: _without((MEMBERSHIP, PROV.wasDerivedFrom, None)),
     (MEMBERSHIP, "prov:wasDerivedFrom", "sh:QualifiedMinCountConstraintComponent")),
    ("observation derived from the article, not a span", lambda: _replace(CLAIMS, PROV.wasDerivedFrom, [ARTICLE]),
     (CLAIMS, "prov:wasDerivedFrom", "sh:QualifiedMinCountConstraintComponent")),
    ("quotation without extraction rule", lambda: _without((QUOTE, BKG.extractionRule, None)),
     (QUOTE, "bkg:extractionRule", "sh:MinCountConstraintComponent")),
    ("quotation with two extraction rules", lambda: _plus((QUOTE, BKG.extractionRule, Literal("quote.other"))),
     (QUOTE, "bkg:extractionRule", "sh:MaxCountConstraintComponent")),
    ("membership without extraction rule", lambda: _without((MEMBERSHIP, BKG.extractionRule, None)),
     (MEMBERSHIP, "bkg:extractionRule", "sh:MinCountConstraintComponent")),
    ("span offset a string", lambda: _replace(SPAN, NIF.beginIndex, [Literal("120")]),
     (SPAN, "nif:beginIndex", "sh:OrConstraintComponent")),
    ("span offset below zero", lambda: _replace(SPAN, NIF.beginIndex, [Literal(-1)]),
     (SPAN, "nif:beginIndex", "sh:MinInclusiveConstraintComponent")),
    ("span without end", lambda: _without((SPAN, NIF.endIndex, None)),
     (SPAN, "nif:endIndex", "sh:MinCountConstraintComponent")),
    ("span ending before it begins",
     lambda: _replace(SPAN, NIF.endIndex, [Literal(100, datatype=XSD.nonNegativeInteger)]),
     (SPAN, "nif:beginIndex", "sh:LessThanConstraintComponent")),
    ("span without context", lambda: _without((SPAN, NIF.referenceContext, None)),
     (SPAN, "nif:referenceContext", "sh:MinCountConstraintComponent")),
    ("span beyond the end of the text",
     lambda: _replace(SPAN, NIF.endIndex, [Literal(5000, datatype=XSD.nonNegativeInteger)]),
     (SPAN, "nif:endIndex", "bkgsh:EndWithinTextConstraintComponent")),
    ("span anchor not the text at its offsets", lambda: _replace(SPAN, NIF.anchorOf, [Literal("Kepala Rina Kartika")]),
     (SPAN, "nif:anchorOf", "bkgsh:AnchorIsTextConstraintComponent")),
    ("span anchor off by one character",
     lambda: _replace(SPAN, NIF.beginIndex, [Literal(121, datatype=XSD.nonNegativeInteger)]),
     (SPAN, "nif:anchorOf", "bkgsh:AnchorIsTextConstraintComponent")),
]


# Variants the contract allows: each must still conform.
ALLOWED = [
    ("change and part of other observations", lambda: _plus((CLAIMS, BKG.changeOf, PARTICIPANTS),
                                                           (PARTICIPANTS, BKG.partOf, CLAIMS))),
    ("a target with a period start", lambda: _plus((PARTICIPANTS, BKG.isTarget, Literal(True)),
                                                   (PARTICIPANTS, BKG.periodStart, Literal("2025-01-01", datatype=XSD.date)))),
    ("a percentage about a place", lambda: _replace(PARTICIPANTS, SCHEMA.observationAbout, [SURABAYA],
                                                    _replace(PARTICIPANTS, SCHEMA.unitCode, [Literal("P1")]))),
    ("an observation about a program", lambda: _replace(CLAIMS, SCHEMA.observationAbout, [JKN])),
    ("noPeriod false next to a date", lambda: _plus((PARTICIPANTS, BKG.noPeriod, Literal(False)))),
    ("a fact from two spans", lambda: _plus((MEMBERSHIP, PROV.wasDerivedFrom, URIRef(f"{ARTICLE}#char=293,355")))),
    ("an article without date", lambda: _without((ARTICLE, SCHEMA.datePublished, None))),
]


@pytest.mark.parametrize("variant", [c[1] for c in ALLOWED], ids=[c[0] for c in ALLOWED])
def test_allowed_variants_conform(variant):
    result = validate(variant())
    assert result.conforms, result.text()


@pytest.mark.parametrize("broken, expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_each_broken_constraint_is_reported_on_its_node(broken, expected):
    result = validate(broken())
    focus, path, component = expected
    assert not result.conforms
    assert (str(focus), path, component) in reported(result), result.text()


def test_violation_carries_value_shape_message_and_severity():
    result = validate(_replace(PARTICIPANTS, SCHEMA.unitCode, [Literal("orang")]))
    [violation] = result.violations
    assert violation.value == '"orang"'
    assert violation.shape == "bkgsh:Observation-unitCode"
    assert "IE" in violation.message and "unitCode" in violation.message
    assert violation.severity == "Violation"


def test_report_line_names_the_node_its_name_the_property_and_the_rule():
    result = validate(_without((MEMBERSHIP, ORG.member, None), (MEMBERSHIP, ORG.role, None)))
    lines = result.text().splitlines()
    assert lines[0] == "does not conform: 2 violations"
    assert lines[1] == (
        f"<{MEMBERSHIP}> (Kepala BPJS Kesehatan Kantor Cabang Surabaya Timur): org:member — "
        "a membership needs exactly one org:member that is a schema:Person [sh:MinCountConstraintComponent]"
    )
    assert lines[2].startswith(f"<{MEMBERSHIP}> (Kepala BPJS Kesehatan Kantor Cabang Surabaya Timur): org:role — ")


def test_report_shows_names_and_iri_values():
    result = validate(_replace(BRANCH, SCHEMA.location, [RINA]))
    assert result.text().splitlines()[1] == (
        f"<{BRANCH}> (BPJS Kesehatan Kantor Cabang Surabaya Timur): schema:location = <{RINA}> — "
        "an organisation's schema:location must be a schema:Place [sh:ClassConstraintComponent]"
    )


def test_report_names_a_concept_by_its_indonesian_label():
    result = validate(_plus((PESERTA_AKTIF, SKOS.prefLabel, Literal("anggota aktif", lang="id"))))
    [violation] = result.violations
    assert violation.name == "anggota aktif"
    assert violation.line().startswith(f"<{PESERTA_AKTIF}> (anggota aktif): skos:prefLabel — ")


def test_report_line_of_a_rule_about_the_whole_node_has_no_path():
    result = validate(_without((PARTICIPANTS, SCHEMA.unitCode, None)))
    assert result.text().splitlines()[1] == (
        f"<{PARTICIPANTS}>: an observation needs exactly one unit: either a schema:unitCode or a schema:currency, "
        "not both [sh:XoneConstraintComponent]"
    )


def test_ontology_and_lexicons_alone_conform():
    """The shapes also check ontology/*.ttl (role and indicator concepts), which every graph is read with."""
    result = validate(Graph())
    assert result.conforms, result.text()


def test_violations_are_sorted_and_repeatable():
    broken = _without((PARTICIPANTS, SCHEMA.value, None), (RINA, SCHEMA.name, None), (QUOTE, SCHEMA.text, None))
    first, second = validate(broken), validate(broken)
    assert first == second
    assert list(first.violations) == sorted(first.violations)
    assert len(first.violations) == 3


def test_dataset_is_validated_as_the_union_of_its_graphs():
    graph = article()
    dataset = Dataset()
    people = dataset.graph(URIRef(B + "graph/people"))
    facts = dataset.graph(URIRef(B + "graph/2025-07-01-surabaya-0a1b2c3d"))
    for triple in graph:
        (people if triple[0] == RINA else facts).add(triple)
    assert validate(dataset).conforms  # the membership's member is typed in the other graph
    people.remove((RINA, RDF.type, SCHEMA.Person))
    assert (str(MEMBERSHIP), "org:member", "sh:ClassConstraintComponent") in reported(validate(dataset))


def test_unreadable_shapes_raise_shapes_error(tmp_path):
    with pytest.raises(ShapesError, match="no shapes files"):
        shapes_graph(tmp_path)
    (tmp_path / "broken.ttl").write_text("bkgsh:X a sh:NodeShape", encoding="utf-8")
    with pytest.raises(ShapesError, match="broken.ttl is not valid Turtle"):
        shapes_graph(tmp_path)


@pytest.mark.parametrize("suffix, rdf_format", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld")])
def test_load_graph_file_reads_triple_formats(tmp_path, suffix, rdf_format):
    path = tmp_path / f"article{suffix}"
    article().serialize(path, format=rdf_format, encoding="utf-8")
    loaded = load_graph_file(path)
    assert len(loaded) == len(article())
    assert validate(loaded).conforms


@pytest.mark.parametrize("suffix, rdf_format", [(".trig", "trig"), (".nq", "nquads")])
def test_load_graph_file_keeps_named_graphs(tmp_path, suffix, rdf_format):
    name = URIRef(B + "graph/2025-07-01-surabaya-0a1b2c3d")
    dataset = Dataset()
    named = dataset.graph(name)
    for triple in article():
        named.add(triple)
    path = tmp_path / f"article{suffix}"
    dataset.serialize(path, format=rdf_format, encoding="utf-8")
    loaded = load_graph_file(path)
    assert len(loaded.graph(name)) == len(article())
    assert validate(loaded).conforms


def _span_graph(text: str, begin: int, end: int, anchor: str) -> Graph:
    graph = Graph()
    span = URIRef(f"{ARTICLE}#char={begin},{end}")
    graph.add((ARTICLE, NIF.isString, Literal(text)))
    graph.add((span, RDF.type, BKG.TextSpan))
    graph.add((span, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
    graph.add((span, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
    graph.add((span, NIF.anchorOf, Literal(anchor)))
    graph.add((span, NIF.referenceContext, ARTICLE))
    return graph


# Indonesian words, curly quotes, a rupiah sign and characters outside the Basic Multilingual Plane:
# SPARQL counts characters (code points) as Python does, and the shapes must agree with text[begin:end].
_ARTICLE_TEXT = st.text(alphabet=st.sampled_from(list("Rp 1,5 juta peserta aktif“”—é") + ["\U0001F4C8", "\n"]),
                        min_size=1, max_size=40)


@settings(max_examples=40, deadline=None)
@given(text=_ARTICLE_TEXT, data=st.data())
def test_span_checks_agree_with_python_slicing(text, data):
    begin = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(begin + 1, len(text)))
    assert validate(_span_graph(text, begin, end, text[begin:end])).conforms
    wrong = text[begin:end] + "x"
    result = validate(_span_graph(text, begin, end, wrong))
    assert [v.path for v in result.violations] == ["nif:anchorOf"]


@settings(max_examples=20, deadline=None)
@given(text=_ARTICLE_TEXT, extra=st.integers(1, 5))
def test_span_ending_after_the_text_is_reported(text, extra):
    end = len(text) + extra
    result = validate(_span_graph(text, 0, end, text))
    assert ("nif:endIndex", "bkgsh:EndWithinTextConstraintComponent") in {(v.path, v.component) for v in result.violations}


# --- the `kg validate` command --------------------------------------------------------------


def test_cli_valid_file_exits_0(capsys):
    assert main(["validate", str(VALID)]) == 0
    assert capsys.readouterr().out.strip() == "conforms: 0 violations"


def test_cli_invalid_file_exits_1_and_prints_the_report(tmp_path, capsys):
    path = tmp_path / "broken.ttl"
    _without((RINA, SCHEMA.name, None)).serialize(path, format="turtle")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("does not conform: 1 violation\n")
    assert f"<{RINA}>" in out and "schema:name" in out and "[sh:MinCountConstraintComponent]" in out


def test_cli_reads_several_files_together(tmp_path, capsys):
    graph = article()
    people, rest = Graph(), Graph()
    for triple in graph:
        (people if triple[0] == RINA else rest).add(triple)
    people.serialize(tmp_path / "people.nt", format="nt")
    rest.serialize(tmp_path / "rest.ttl", format="turtle")
    assert main(["validate", str(tmp_path / "rest.ttl")]) == 1
    assert main(["validate", str(tmp_path / "rest.ttl"), str(tmp_path / "people.nt")]) == 0


def test_cli_validates_the_graphs_in_a_folder(tmp_path):
    graph = article()
    people, rest = Graph(), Graph()
    for triple in graph:
        (people if triple[0] == RINA else rest).add(triple)
    (tmp_path / "graphs" / "more").mkdir(parents=True)
    rest.serialize(tmp_path / "graphs" / "rest.ttl", format="turtle")
    assert main(["validate", str(tmp_path / "graphs")]) == 1
    people.serialize(tmp_path / "graphs" / "more" / "people.nt", format="nt")
    (tmp_path / "graphs" / "notes.txt").write_text("bukan graf", encoding="utf-8")
    assert main(["validate", str(tmp_path / "graphs")]) == 0


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.ttl", "does not exist"),
    (lambda d: d, "is a folder without RDF files"),
    (lambda d: _write(d / "notes.ttl", "Ini bukan RDF, hanya catatan."), "is not valid turtle"),
    (lambda d: _write(d / "article.txt", "Semarang (ANTARA) - berita."), "unknown extension"),
    (lambda d: _write_bytes(d / "binary.ttl", b"\xff\xfe\x00garbage"), "error: "),
])
def test_cli_errors_exit_2_with_one_line(tmp_path, capsys, make, message):
    path = make(tmp_path)
    assert main(["validate", str(VALID), str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("extension", [".ttl", ".jsonld", ".trig", ".nt"])
def test_shapes_alone_validate_a_built_file_with_pyshacl(tmp_path, extension):
    """The README's command: pySHACL given shapes/ and the file only, no ontology and no inference."""
    import subprocess
    import sys

    from kg import formats
    from kg.paths import SHAPES_DIR

    path = tmp_path / f"article{extension}"
    path.write_bytes(formats.serialize(kg.build(BUNDLED_ARTICLE.read_text(encoding="utf-8")), formats.by_extension(path)))
    rdf_format = {".ttl": "turtle", ".jsonld": "json-ld", ".trig": "auto", ".nt": "nt"}[extension]
    result = subprocess.run([sys.executable, "-m", "pyshacl", "-s", SHAPES_DIR / "berita-kg.shapes.ttl",
                             "-df", rdf_format, path], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Conforms: True" in result.stdout


def test_shapes_alone_reject_a_graph_that_leaves_out_the_superclass_types():
    """Without the stated org:Organization type, a membership's organisation fails sh:class: the stated types matter."""
    graph = article()
    graph.remove((BPJS, RDF.type, ORG.Organization))
    result = validate(graph)
    assert reported(result) == {(str(BRANCH), "org:unitOf", "sh:ClassConstraintComponent"),
                                (str(JKN), "schema:provider", "sh:ClassConstraintComponent"),
                                (str(CLAIMS), "schema:observationAbout", "sh:OrConstraintComponent")}


def test_a_span_beyond_the_text_reads_as_one_line():
    text = "Dana Rp5 juta \U0001F4C8"
    [violation] = validate(_span_graph(text, 5, 40, "Rp5 juta \U0001F4C8")).violations
    assert violation.line() == (
        f"<{ARTICLE}#char=5,40>: nif:endIndex = \"40\"^^xsd:nonNegativeInteger — a text span's nif:endIndex lies "
        "beyond the end of its article's text [bkgsh:EndWithinTextConstraintComponent]")


def test_an_anchor_that_is_not_the_text_reads_as_one_line():
    text = "Dana Rp5 juta \U0001F4C8 naik"
    assert validate(_span_graph(text, 14, 16, "\U0001F4C8 ")).conforms
    [violation] = validate(_span_graph(text, 14, 16, "\U0001F4C8n")).violations
    assert violation.line() == (
        f"<{ARTICLE}#char=14,16>: nif:anchorOf = \"\U0001F4C8n\" — a text span's nif:anchorOf is not the article text "
        "between its nif:beginIndex and nif:endIndex [bkgsh:AnchorIsTextConstraintComponent]")


@pytest.mark.parametrize("noun, code", sorted(load_lexicon().words["unit_nouns"].items()))
def test_a_figure_of_every_unit_noun_the_lexicon_maps_builds_a_graph_that_conforms(noun, code):
    """Each code the lexicon gives a figure ('ton' TNE, 'hari' DAY …) is one the shapes accept: a code added to the
    lexicon alone would make every article that writes it fail validation."""
    text = (f"Mamuju (ANTARA) - Badan Pusat Statistik Provinsi Sulawesi Barat mencatat rata-rata sebesar 2,35 {noun} "
            "pada Mei 2024.")
    graph = kg.build_graph(text)
    assert Literal(code) in set(graph.objects(None, SCHEMA.unitCode))
    assert validate(graph).conforms
