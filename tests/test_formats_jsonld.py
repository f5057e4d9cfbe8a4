"""The JSON-LD export is plain JSON that a JSON-LD processor reads back into the built graph.

Plain JSON: every key a term of the package's context (no prefixed names), integers and booleans as JSON
values, figures as exact decimal strings, `type` always a list, no {"@value": ...} objects. Linked data: PyLD, offline, reads it into the same
triples as the Turtle export, in one named graph {base}graph/{article-id}, the name TriG and N-Quads use.
"""
from __future__ import annotations

import json

import pytest
from pyld import jsonld
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, XSD

import kg
from kg import formats
from kg.errors import KGError
from kg.ontology import ontology_graph
from kg.paths import BUNDLED_ARTICLE
from kg.rdf import article_id

# invented: a percentage with a fraction, a count, a role, a place
TEXT = ("Bandung, Senin (3/3/2025) - Kepala Dinas Sosial Kota Bandung Ani Wulandari mengatakan tingkat kepatuhan "
        "peserta mencapai 87,25 persen sepanjang 2024, naik dari 1.204 peserta pada 2023.")
GRAPH_NAME = "https://w3id.org/berita-kg/id/graph/"


def _offline(url, options=None):
    raise AssertionError(f"the export made a JSON-LD processor fetch {url}")


def _document(text: str) -> dict:
    return json.loads(formats.serialize(kg.build(text), formats.JSON_LD))


def _read_with_pyld(document: dict) -> Dataset:
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": _offline})
    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    return dataset


def _keys(node, inside_context=False):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _keys(item)


def _objects(node):
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key != "@context":
                yield from _objects(value)
    elif isinstance(node, list):
        for item in node:
            yield from _objects(item)


@pytest.mark.parametrize("text", [TEXT, BUNDLED_ARTICLE.read_text(encoding="utf-8")], ids=["invented", "bundled"])
def test_pyld_reads_the_export_back_into_the_turtle_graph_in_one_named_graph(text):
    dataset = kg.build(text)
    document = json.loads(formats.serialize(dataset, formats.JSON_LD))
    back = _read_with_pyld(document)
    turtle = Graph().parse(data=formats.serialize(dataset, formats.TURTLE), format="turtle")
    names = {str(g) for _, _, _, g in back.quads((None, None, None, None))}
    name = GRAPH_NAME + article_id(kg.extract(text))
    assert names == {name}
    assert document["id"] == name
    got = Graph()
    for s, p, o, _ in back.quads((None, None, None, None)):
        got.add((s, p, o))
    assert isomorphic(got, turtle)


def test_figures_are_exact_decimal_strings():
    """A JSON number would come back from JSON-LD processors as "8.725E1"^^xsd:decimal: figures stay exact."""
    document = _document(TEXT)
    assert sorted(n["value"] for n in document["@graph"] if "value" in n) == ["1204.0", "87.25"]
    back = _read_with_pyld(document)
    read = sorted((o for _, _, o, _ in back.quads((None, URIRef("https://schema.org/value"), None, None))), key=str)
    assert [(str(o), o.datatype) for o in read] == [("1204.0", XSD.decimal), ("87.25", XSD.decimal)]


def test_every_key_is_a_term_of_the_context_and_none_is_prefixed():
    document = _document(BUNDLED_ARTICLE.read_text(encoding="utf-8"))
    context = formats.jsonld_context()
    keys = set(_keys(document))
    assert {k for k in keys if ":" in k} == set()
    assert {k for k in keys if not k.startswith("@")} <= set(context)
    assert {k for k in keys if k.startswith("@")} == {"@graph"}


def test_plain_json_shapes():
    """type always a list, numbers and booleans native, no value objects, language tags as named terms."""
    document = _document(BUNDLED_ARTICLE.read_text(encoding="utf-8"))
    nodes = document["@graph"]
    assert all(isinstance(n["type"], list) for n in nodes if "type" in n)
    assert not [o for o in _objects(document) if "@value" in o or "@language" in o]
    spans = [n for n in nodes if "beginIndex" in n]
    assert spans and all(isinstance(n["beginIndex"], int) and isinstance(n["endIndex"], int) for n in spans)
    figures = [n for n in nodes if "value" in n]
    assert figures and all(isinstance(n["value"], str) for n in figures)
    flags = [n["leadsOrganization"] for n in nodes if "leadsOrganization" in n]
    assert flags and all(isinstance(f, bool) for f in flags)
    quali = next(n for n in nodes if n["id"].endswith("/qualifier/tepat"))
    assert (quali["prefLabel"], quali["prefLabelEn"]) == ("tepat", "exact")


def test_the_context_names_every_property_the_ontology_declares():
    context = formats.jsonld_context()
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and not v.startswith("@")}

    def expand(term):
        prefix, _, local = term["@id"].partition(":")
        return prefixes[prefix] + local

    named = {expand(v) for v in context.values() if isinstance(v, dict) and v.get("@id", "").count(":") == 1
             and v["@id"].split(":")[0] in prefixes}
    ontology = ontology_graph()
    declared = {str(s) for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                for s in ontology.subjects(RDF.type, kind)}
    assert declared - named == set()
    assert str(RDFS.label) in named  # memberships carry an rdfs:label


def test_graph_name_is_the_same_in_every_quad_format():
    dataset = kg.build(TEXT)
    name = GRAPH_NAME + article_id(kg.extract(TEXT))
    for fmt in (formats.TRIG, formats.N_QUADS, formats.JSON_LD):
        back = Dataset()
        back.parse(data=formats.serialize(dataset, fmt), format=fmt.rdflib_name)
        assert {str(g) for _, _, _, g in back.quads((None, None, None, None))} == {name}, fmt.name


def test_the_writer_works_with_no_network(monkeypatch):
    """The context is inline: writing and reading back need no fetch even when PyLD's default loader fails."""
    monkeypatch.setattr(jsonld, "_default_document_loader", _offline)
    document = _document(TEXT)
    assert len(_read_with_pyld(document)) > 0
    with pytest.raises(KGError, match="does not fetch remote documents"):
        formats._refuse_remote_documents("https://schema.org/")


def test_graph_name_follows_the_article_iri_under_any_base():
    from kg.rdf import graph_name

    dataset = kg.build(TEXT, "https://data.example.org/berita/")
    names = {str(g) for _, _, _, g in dataset.quads((None, None, None, None))}
    assert names == {"https://data.example.org/berita/graph/" + article_id(kg.extract(TEXT))}
    assert str(graph_name("https://data.example.org/berita/article/undated-1a2b3c4d")) == \
        "https://data.example.org/berita/graph/undated-1a2b3c4d"
    with pytest.raises(ValueError):
        graph_name("https://data.example.org/berita/article/undated-1a2b3c4d#char=0,5")


def test_a_json_ld_1_0_processor_reads_the_same_graph():
    """No JSON-LD 1.1 feature in the context, so 1.0 readers (Jena's) read it too."""
    document = _document(TEXT)
    assert "@version" not in formats.jsonld_context()
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": _offline,
                                      "processingMode": "json-ld-1.0"})
    old = Dataset()
    old.parse(data=nquads, format="nquads")
    assert set(old.quads((None, None, None, None))) == set(_read_with_pyld(document).quads((None, None, None, None)))
