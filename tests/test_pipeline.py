"""kg.build end to end: spans, provenance, base IRI, hostile text, the bundled article."""
from hypothesis import given, settings, strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF

import kg
from kg import formats
from kg.paths import BUNDLED_ARTICLE
from kg.vocab import NIF, SCHEMA

TEXT = ("Semarang (ANTARA) - Kepala BPJS Ketenagakerjaan Kantor Cabang Blitar Joko Susilo mengatakan "
        "peserta aktif mencapai 2.406.117 orang sepanjang 2023. “Kami terus menambah layanan untuk warga,” ujar Joko. "
        "Aturan itu merujuk PP Nomor 6 Tahun 2025.")


def check_spans(g: Graph, text: str) -> None:
    for _, span in g.subject_objects(PROV.wasDerivedFrom):
        b = int(g.value(span, NIF.beginIndex))
        e = int(g.value(span, NIF.endIndex))
        assert str(g.value(span, NIF.anchorOf)) == text[b:e]
        assert str(span).endswith(f"#char={b},{e}")


def test_every_span_gives_back_its_anchor():
    check_spans(kg.build_graph(TEXT), TEXT)


def test_every_fact_has_a_span():
    g = kg.build_graph(TEXT)
    facts = list(g.subjects(RDF.type, ORG.Membership)) + list(g.subjects(RDF.type, SCHEMA.Observation)) + \
        list(g.subjects(RDF.type, SCHEMA.Quotation))
    # the text states one title, one figure and one quotation
    assert [len(list(g.subjects(RDF.type, c))) for c in (ORG.Membership, SCHEMA.Observation, SCHEMA.Quotation)] == [1, 1, 1]
    for f in facts:
        assert g.value(f, PROV.wasDerivedFrom) is not None


def test_no_blank_nodes():
    g = kg.build_graph(TEXT)
    assert not any(isinstance(x, BNode) for t in g for x in t)


def test_base_iri_is_configurable():
    base = "http://example.org/berita/"
    g = kg.build_graph(TEXT, base=base)
    subjects = {s for s in g.subjects() if isinstance(s, URIRef)}
    data = {s for s in subjects if not str(s).startswith("https://w3id.org/berita-kg/vocab/")}
    assert data and all(str(s).startswith(base) for s in data)
    assert not any("w3id.org/berita-kg/id/" in str(x) for t in g for x in t)


def test_one_named_graph():
    ds = kg.build(TEXT)
    named = [c for c in ds.graphs() if len(c)]
    assert len(named) == 1 and "/graph/" in str(named[0].identifier)


def test_hostile_name_still_gives_valid_turtle():
    text = ('Kepala Dinas Sosial Kota Blitar Rina "<b>Wulan</b>" Dewi hadir.\n'
            'Direktur Utama PT Sinar <Bahari> Joko \\ "Susilo" mengatakan laba naik Rp5 miliar sepanjang 2023 """ \'\'\' .')
    ds = kg.build(text)
    data = formats.serialize(ds, formats.TURTLE)
    g = Graph().parse(data=data, format="turtle")
    assert list(g.objects(None, NIF.isString)) == [Literal(text)]
    check_spans(g, text)


def test_bundled_article_builds_and_conforms():
    from kg.validate import validate
    text = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    ds = kg.build(text)
    result = validate(ds)
    assert result.conforms, result.text()
    g = kg.build_graph(text)
    check_spans(g, text)
    memberships = kg.extract(text).memberships
    assert sorted((m.person, m.role_label, m.organization) for m in memberships) == [
        ("farah-diana", "Kepala", "bpjs-ketenagakerjaan/kantor-cabang-semarang-majapahit"),
        ("pramudya-iriawan-buntoro", "Direktur Utama", "bpjs-ketenagakerjaan")]
    assert len(list(g.subjects(RDF.type, ORG.Membership))) == 2


def test_bundled_article_uses_only_declared_terms():
    from kg.ontology import undeclared_terms
    assert undeclared_terms(kg.build(BUNDLED_ARTICLE.read_text(encoding="utf-8"))) == set()


TITLES = ["Kepala", "Direktur Utama", "Ketua", "Gubernur", "Deputi Direktur", "peneliti"]
ORGS = ["BPJS Kesehatan", "PT Sinar Bahari", "Dinas Sosial Kota Blitar", "Pemerintah Kabupaten Jember",
        "BPJS Ketenagakerjaan Kantor Cabang Madiun", "Jawa Tengah", "Badan Air (BA)"]
NAMES = ["Joko Susilo", "Sari", "Dr. Hendra Kusuma, S.E.", "H. Wawan", "Joko O'Neil"]
FIGURES = ["Rp1,2 triliun", "5,31 persen", "2.406.117 orang", "hampir 5 juta", "dua juta", "Rabu (9/8)", "sepanjang 2024",
           "PP Nomor 6 Tahun 2025", "tahun lalu", "“Kami siap membantu warga desa,” ujarnya."]
VERBS = ["mengatakan", "menyebut", "kata", ", selaku", "yang juga"]
sentence = st.builds(lambda t, o, n, v, f: f"{t} {o} {n} {v} {f}.", st.sampled_from(TITLES), st.sampled_from(ORGS),
                     st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(FIGURES))


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=4), st.sampled_from(["", "Semarang (ANTARA) - ", "Bisnis.com, JAKARTA — "]),
       st.sampled_from([" ", "\n", "\n\n"]))
def test_build_never_crashes_and_spans_are_exact(sentences, dateline, sep):
    text = dateline + sep.join(sentences)
    g = kg.build_graph(text)
    check_spans(g, text)
    Graph().parse(data=formats.serialize(g, formats.TURTLE), format="turtle")


# ---------------------------------------------------------------- the components and their contract
import dataclasses  # noqa: E402

import pytest  # noqa: E402

from kg.components import Component, PipelineOrderError, check_order  # noqa: E402
from kg.components.state import GIVEN, ArticleState  # noqa: E402
from kg.pipeline import COMPONENTS, run  # noqa: E402

LAYERS = {f.name for f in dataclasses.fields(ArticleState)} | {"law_spans"}


def _noop(state) -> None:
    return None


def test_the_components_run_in_this_order():
    assert [c.name for c in COMPONENTS] == ["mentions", "places", "organisations", "people", "roles", "references",
                                             "quotations", "programs", "metrics", "publisher", "laws", "facts"]


def test_every_requirement_is_assigned_by_an_earlier_component():
    check_order(COMPONENTS, GIVEN)  # raises otherwise
    seen = set(GIVEN)
    for c in COMPONENTS:
        assert set(c.requires) <= seen, c.name
        seen |= set(c.assigns)


def test_a_component_before_the_one_that_assigns_its_requirement_fails_the_check():
    made_up = [Component("reader", requires=("places",), assigns=("metrics",), run=_noop),
               Component("writer", requires=("doc",), assigns=("places",), run=_noop)]
    with pytest.raises(PipelineOrderError, match="'reader' requires places"):
        check_order(made_up, GIVEN)
    check_order(list(reversed(made_up)), GIVEN)


def test_a_requirement_nothing_assigns_fails_the_check():
    with pytest.raises(PipelineOrderError, match="requires quotations"):
        check_order([Component("speakers", requires=("doc", "quotations"), assigns=("people",), run=_noop)], GIVEN)


def test_the_real_list_fails_the_check_when_metrics_runs_before_programs():
    names = [c.name for c in COMPONENTS]
    swapped = list(COMPONENTS)
    i, j = names.index("programs"), names.index("metrics")
    swapped[i], swapped[j] = swapped[j], swapped[i]
    with pytest.raises(PipelineOrderError, match="'metrics' requires programs"):
        check_order(swapped, GIVEN)


def test_every_layer_named_is_a_field_of_the_article_state():
    for c in COMPONENTS:
        assert set(c.requires) | set(c.assigns) <= LAYERS, c.name


def _shallow(value):
    """What a component changes when it adds to or replaces a layer (not when it edits an entity inside it)."""
    if isinstance(value, list):
        return tuple(id(x) for x in value)
    if isinstance(value, dict):
        return tuple((k, id(x), len(x) if isinstance(x, set) else 0) for k, x in value.items())
    return id(value)


@pytest.mark.parametrize("text", [TEXT, BUNDLED_ARTICLE.read_text(encoding="utf-8")[:3000]])
def test_a_component_writes_only_the_layers_it_assigns(text):
    state = ArticleState.of(text)
    layers = [f.name for f in dataclasses.fields(ArticleState) if f.name not in GIVEN + ("indexes",)]
    written = set()
    for c in COMPONENTS:
        before = {n: _shallow(getattr(state, n)) for n in layers}
        c.run(state)
        changed = {n for n in layers if _shallow(getattr(state, n)) != before[n]}
        assert changed <= set(c.assigns), (c.name, changed - set(c.assigns))
        written |= changed
    assert {"places", "orgs", "people", "memberships", "quotations", "metrics", "legislation", "facts"} <= written


def test_run_until_stops_after_the_named_component():
    state = run(TEXT, until="places")
    assert "city-blitar" in state.places
    assert state.orgs == [] and state.people == [] and state.facts is None


def test_run_until_an_unknown_component_says_which_there_are():
    with pytest.raises(ValueError, match="no component named 'coreference'; the components are mentions, places"):
        run(TEXT, until="coreference")
