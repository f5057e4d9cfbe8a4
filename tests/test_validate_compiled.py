"""The compiled shapes (kg.shacl_compiled) give pySHACL's verdicts: the same set of (focus node, constraint
component, path) on the hand-written article broken in each way the shapes forbid, on built articles and
on built articles with triples knocked out; and a shape the compiler cannot run is refused, never skipped."""
from __future__ import annotations

import json
from pathlib import Path

import pyshacl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

import kg
from kg.shacl_compiled import UnsupportedShape, compile_shapes
from kg.validate import check, compiled_shapes, shapes_graph, validate
from test_validate import ALLOWED, CASES, CLAIMS, PARTICIPANTS, SPAN, _replace, article
from kg.vocab import BKG, NIF, SCHEMA

BKGSH = "https://w3id.org/berita-kg/shapes#"
BENCH = Path(__file__).resolve().parents[1] / "bench"
BENCH_ARTICLES = sorted(BENCH.glob("*/*.json"))[::4]  # a dozen, from every invented set
# Invented sentences of the genre (people and figures made up).
SENTENCES = [
    "JAKARTA - Kepala Dinas Kesehatan Kota Bogor, Sinta Maharani, mengatakan jumlah peserta aktif mencapai "
    "12.400 orang pada Maret 2024. \"Kami terus menambah layanan,\" kata Sinta.",
    "Badan Pusat Statistik (BPS) mencatat inflasi Provinsi Jawa Tengah sebesar 2,7 persen pada Januari 2025.",
    "Bupati Klaten, Darmo Wiyono, meresmikan program Kartu Tani yang menyalurkan Rp 3,5 miliar kepada 900 petani.",
]


# Broken in ways the cases of test_validate leave out: (what is broken, the broken graph, the component).
MORE_CASES = [
    ("indicator given as text", lambda: _replace(PARTICIPANTS, SCHEMA.variableMeasured, [Literal("peserta")]),
     "sh:NodeKindConstraintComponent"),
    ("qualifier given as text", lambda: _replace(CLAIMS, BKG.qualifier, [Literal("sekitar")]),
     "sh:NodeKindConstraintComponent"),
    ("span context given as text", lambda: _replace(SPAN, NIF.referenceContext, [Literal("artikel")]),
     "sh:NodeKindConstraintComponent"),
]


def reference(data: Graph) -> set[tuple[str, str, str]]:
    """pySHACL's results as (focus, component, path) with full IRIs."""
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True,
                                    allow_infos=True)
    return {(str(report.value(r, SH.focusNode)), str(report.value(r, SH.sourceConstraintComponent)),
             str(report.value(r, SH.resultPath) or "")) for r in report.objects(None, SH.result)}


def fast(data: Graph) -> set[tuple[str, str, str]]:
    return compiled_shapes().violations(data.serialize(format="nt"))


def triples(data: Graph | Dataset) -> Graph:
    graph = Graph()
    for s, p, o, *_ in (data.quads((None, None, None, None)) if isinstance(data, Dataset) else data):
        graph.add((s, p, o))
    return graph


ALL_CASES = [(name, make) for name, make, *_ in CASES + MORE_CASES + ALLOWED]


@pytest.mark.parametrize("make", [c[1] for c in ALL_CASES], ids=[c[0] for c in ALL_CASES])
def test_broken_and_allowed_graphs_get_pyshacls_results(make):
    graph = make()
    assert fast(graph) == reference(graph)


def test_every_constraint_component_of_the_shapes_is_broken_by_some_case():
    """The cases above break each kind of constraint the shapes use, so the equivalence covers them all."""
    used = {check.component for check in compiled_shapes().checks}
    broken = {_full(case[2][2]) for case in CASES} | {_full(case[2]) for case in MORE_CASES}
    assert used - broken == set()
    assert len(used) == 17


def _full(component: str) -> str:
    prefix, local = component.split(":")
    return {"sh": str(SH), "bkgsh": BKGSH}[prefix] + local


@pytest.mark.parametrize("sentence", SENTENCES, ids=range(len(SENTENCES)))
def test_invented_articles_get_pyshacls_verdict(sentence):
    graph = triples(kg.build(sentence))
    assert fast(graph) == reference(graph) == set()


@pytest.mark.parametrize("path", BENCH_ARTICLES, ids=[p.stem for p in BENCH_ARTICLES])
def test_built_articles_with_triples_knocked_out_get_pyshacls_results(path):
    """Every seventh triple of a built article removed: many violations of many kinds on a realistic graph."""
    built = triples(kg.build(json.loads(path.read_text(encoding="utf-8"))["text"]))
    assert fast(built) == reference(built) == set()
    broken = Graph()
    for index, triple in enumerate(sorted(built)):
        if index % 7:
            broken.add(triple)
    expected = reference(broken)
    assert expected and fast(broken) == expected


def test_articles_checked_together_are_checked_as_their_union():
    one, two = (kg.build(s) for s in SENTENCES[:2])
    assert compiled_shapes().violations([one.serialize(format="nquads"), two.serialize(format="nquads")]) == set()


def test_check_conforms_without_a_report_and_reports_with_pyshacl_otherwise():
    assert check(article()).violations == ()
    broken = article()
    broken.remove((None, URIRef("https://schema.org/name"), None))
    assert check(broken) == validate(broken)
    assert not check(broken).conforms


SHAPE_HEAD = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


VALIDATOR = '[ a sh:SPARQLSelectValidator ; sh:select "SELECT $this ?value WHERE { $this $PATH ?value }" ]'
END_WITHIN = "<https://w3id.org/berita-kg/shapes#EndWithinTextConstraintComponent>"
END_WITHIN_OF = "<https://w3id.org/berita-kg/shapes#endWithinTextOf>"


@pytest.mark.parametrize("shape, construct", [
    ("ex:S a sh:NodeShape ; sh:targetNode ex:a .", "targetNode"),
    ("ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p .", "targetSubjectsOf"),
    ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxLength 3 ] .", "maxLength"),
    ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:equals ex:q ] .", "equals"),
    ("ex:S sh:targetClass ex:C ; sh:not ex:T . ex:T sh:class ex:D .", "not"),
    ("ex:S sh:targetClass ex:C ; sh:and ( ex:T ) . ex:T sh:class ex:D .", "and"),
    ("ex:S sh:targetClass ex:C ; sh:severity sh:Warning ; sh:class ex:D .", "severity"),
    ("ex:S sh:targetClass ex:C ; sh:deactivated true ; sh:class ex:D .", "deactivated"),
    ("ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .", "IRI"),
    ("ex:S sh:targetClass ex:C ; sh:node ex:T . ex:T sh:property [ sh:path ex:p ; sh:maxCount 1 ] .", "nested"),
    ("ex:S a sh:NodeShape, rdfs:Class ; sh:targetClass ex:C ; sh:class ex:D .", "implicit class target"),
    ("ex:S sh:targetClass ex:C ; sh:sparql [ sh:select \"SELECT $this WHERE { { SELECT ?this WHERE "
     "{ ?this ?p ?o } } }\" ] .", "subquery"),
    (f"ex:K a sh:ConstraintComponent ; sh:parameter [ sh:path ex:k ] ; sh:propertyValidator {VALIDATOR} . "
     "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; ex:k ex:q ] .", "component without native code"),
    (f"{END_WITHIN} a sh:ConstraintComponent ; sh:parameter [ sh:path ex:k ] ; sh:propertyValidator {VALIDATOR} .",
     "component with another parameter"),
    (f"{END_WITHIN} a sh:ConstraintComponent ; sh:parameter [ sh:path {END_WITHIN_OF} ] ; sh:nodeValidator "
     f"{VALIDATOR} .", "node validator"),
    (f"{END_WITHIN} a sh:ConstraintComponent ; sh:parameter [ sh:path {END_WITHIN_OF} ] ; sh:propertyValidator "
     f"{VALIDATOR} . ex:S sh:targetClass ex:C ; {END_WITHIN_OF} ex:text .", "component parameter on a node shape"),
    (f"{END_WITHIN} a sh:ConstraintComponent ; sh:parameter [ sh:path {END_WITHIN_OF} ] ; sh:propertyValidator "
     f"{VALIDATOR} . ex:S sh:targetClass ex:C ; sh:node ex:T . ex:T sh:property [ sh:path ex:p ; "
     f"{END_WITHIN_OF} ex:text ] .", "component parameter in a value shape"),
])
def test_a_construct_the_compiler_lacks_is_refused(shape, construct):
    shapes = Graph().parse(data=SHAPE_HEAD + shape, format="turtle")
    with pytest.raises(UnsupportedShape, match="SHACL compiler"):
        compile_shapes(shapes)


NNI = "<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"


@pytest.mark.parametrize("offset, undecided", [
    (f'"120"^^{NNI}', False),  # what the builder writes; Oxigraph keeps it as xsd:integer, same verdicts
    (f'"-1"^^{NNI}', True),  # ill-typed
    ('"0120"^^<http://www.w3.org/2001/XMLSchema#integer>', True),  # not canonical: Oxigraph would rewrite it
    ('"120"^^<http://www.w3.org/2001/XMLSchema#int>', True),  # a derived type the shapes tell from xsd:integer
])
def test_literals_oxigraph_would_rewrite_are_left_to_pyshacl(offset, undecided):
    graph = article()
    text = graph.serialize(format="nt").replace(f'"120"^^{NNI}', offset)
    assert text.count(offset) == 1
    assert (compiled_shapes().violations(text) is None) is undecided
    parsed = Graph().parse(data=text, format="nt")
    assert check(parsed) == validate(parsed)


def test_a_shape_telling_a_derived_integer_from_integer_makes_its_literals_undecided():
    shapes = Graph().parse(data=SHAPE_HEAD + "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; "
                           "sh:datatype xsd:nonNegativeInteger ] .", format="turtle")
    data = f'<http://example.org/a> <http://example.org/p> "1"^^{NNI} .\n'
    assert compile_shapes(shapes).violations(data) is None
    assert compiled_shapes().violations(data) == set()


def test_typed_literals_are_read_from_each_line_object_with_escapes_as_written():
    from kg.shacl_compiled import _typed_literals

    lines = "\n".join([
        '<https://e.org/a> <https://e.org/n> "12"^^<http://www.w3.org/2001/XMLSchema#integer> <https://e.org/g> .',
        '<https://e.org/a> <https://e.org/t> "kata \\"^^<x> di dalam teks"@id .',
        '<https://e.org/a> <https://e.org/b> "garis\\\\"^^<https://e.org/d> .',
        '<https://e.org/a> <https://e.org/q> "ia \\"berkata\\" \u2028 lagi"^^<https://e.org/d2> .',
        '<https://e.org/a> <https://e.org/r> <https://e.org/c> .',
    ])
    assert _typed_literals(lines) == {
        ("12", "http://www.w3.org/2001/XMLSchema#integer"),
        ("garis\\\\", "https://e.org/d"),
        ('ia \\"berkata\\" \u2028 lagi', "https://e.org/d2"),
    }


# --- the span components: run natively, pySHACL's verdicts ------------------------------------------
# Text of the genre with what counts differently elsewhere: an emoji outside the Basic Multilingual Plane
# (one character here and in SPARQL, two UTF-16 units), a combining accent, curly quotes, a line break.
_SPAN_TEXT = st.text(alphabet=st.sampled_from(list("Dana Rp5,2 juta naik") + ["\U0001F4C8", "\u0301", "“", "”", "\n"]),
                     max_size=24)
_CONTEXTS = [URIRef(f"https://w3id.org/berita-kg/id/article/uji-{n}") for n in range(3)]


@st.composite
def span_graphs(draw) -> Graph:
    """Articles (one without text, one sometimes with two texts or a language tag) and spans into them: inside,
    beyond the end, begin == end, negative, reversed; anchors right, off by a character or anything."""
    graph = Graph()
    texts: dict[URIRef, list[str]] = {}
    for context in _CONTEXTS[:2]:
        for text in draw(st.lists(_SPAN_TEXT, min_size=1, max_size=2)):
            texts.setdefault(context, []).append(text)
            graph.add((context, NIF.isString, Literal(text, lang=draw(st.sampled_from([None, "id"])))))
    for number in range(draw(st.integers(1, 6))):
        span = URIRef(f"https://w3id.org/berita-kg/id/article/uji/span-{number}")
        context = draw(st.sampled_from(_CONTEXTS))
        text = draw(st.sampled_from(texts.get(context, [""])))
        begin = draw(st.integers(-1, len(text) + 2))
        end = draw(st.integers(begin - 1, len(text) + 3))
        anchor = draw(st.sampled_from([text[begin:end], text[begin:end] + "x", text[max(begin, 0) + 1:end],
                                       draw(_SPAN_TEXT)]))
        graph.add((span, RDF.type, draw(st.sampled_from([BKG.TextSpan, NIF.OffsetBasedString]))))
        graph.add((span, NIF.beginIndex, _offset(begin)))
        graph.add((span, NIF.endIndex, _offset(end)))
        graph.add((span, NIF.anchorOf, Literal(anchor, lang=draw(st.sampled_from([None, "id"])))))
        graph.add((span, NIF.referenceContext, context))
    return graph


def _offset(index: int) -> Literal:
    """As the builder writes it (xsd:nonNegativeInteger), and as xsd:integer where that type cannot hold it."""
    return Literal(index, datatype=XSD.nonNegativeInteger if index >= 0 else XSD.integer)


@settings(max_examples=150, deadline=None)
@given(graph=span_graphs())
def test_span_components_run_natively_give_pyshacls_verdicts(graph):
    assert fast(graph) == reference(graph)


def test_span_components_are_run_natively_not_as_string_functions_per_span():
    natives = {c.component.rsplit("#", 1)[1]: c for c in compiled_shapes().checks if c.native}
    assert set(natives) == {"EndWithinTextConstraintComponent", "AnchorIsTextConstraintComponent"}
    assert all(c.query == "" and c.native.text_property == str(NIF.isString) for c in natives.values())
    assert {c.path for c in natives.values()} == {str(NIF.endIndex), str(NIF.anchorOf)}


def test_a_span_into_a_long_text_is_checked_against_its_characters():
    """Offsets far into a text of emoji count characters, not bytes or UTF-16 units."""
    text = "\U0001F4C8 naik " * 5000
    graph = Graph()
    article_iri = _CONTEXTS[0]
    graph.add((article_iri, NIF.isString, Literal(text)))
    for number, (begin, end, anchor) in enumerate([(28_000, 28_006, "\U0001F4C8 naik"), (28_000, 28_006, "naik "),
                                                    (27_990, 35_001, "x")]):
        span = URIRef(f"{article_iri}#span-{number}")
        for triple in [(RDF.type, BKG.TextSpan), (NIF.beginIndex, _offset(begin)), (NIF.endIndex, _offset(end)),
                       (NIF.anchorOf, Literal(anchor)), (NIF.referenceContext, article_iri)]:
            graph.add((span, *triple))
    assert fast(graph) == {
        (f"{article_iri}#span-1", BKGSH + "AnchorIsTextConstraintComponent", str(NIF.anchorOf)),
        (f"{article_iri}#span-2", BKGSH + "EndWithinTextConstraintComponent", str(NIF.endIndex)),
    }
