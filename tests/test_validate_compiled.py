"""The compiled shapes (kg.shacl_compiled) give pySHACL's verdicts: the same set of (focus node, constraint
component, path) on the hand-written article broken in each way the shapes forbid, on built articles and
on built articles with triples knocked out; and a shape the compiler cannot run is refused, never skipped."""
from __future__ import annotations

import json
from pathlib import Path

import pyshacl
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

import kg
from kg.shacl_compiled import UnsupportedShape, compile_shapes
from kg.validate import check, compiled_shapes, shapes_graph, validate
from test_validate import ALLOWED, CASES, CLAIMS, PARTICIPANTS, SPAN, _replace, article
from kg.vocab import BKG, NIF, SCHEMA

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
    broken = {str(SH) + case[2][2].removeprefix("sh:") for case in CASES}
    broken |= {str(SH) + case[2].removeprefix("sh:") for case in MORE_CASES}
    assert used - broken == set()
    assert len(used) == 16


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
