"""kg.network: RDF -> networkx on a hand-made article graph, and the stats / path commands."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.cli import main
from kg.errors import KGError
from kg.network import (
    AmbiguousName, NameNotFound, build_network, find_entity, load_graph, network_stats,
    shortest_chain,
)

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "viz-dinsos-banyumas.ttl"
B = "https://w3id.org/berita-kg/id/"
DINSOS = B + "org/dinas-sosial-kabupaten-banyumas"
BIDANG = DINSOS + "/bidang-rehabilitasi-sosial"
SRI = B + "person/sri-wahyuni"
AGUS = B + "person/agus-prasetyo"
PREFIXES = """@prefix B: <https://w3id.org/berita-kg/id/> . @prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
"""


@pytest.fixture(scope="module")
def graph() -> Graph:
    return load_graph(ARTICLE)


@pytest.fixture(scope="module")
def net(graph):
    return build_network(graph)


def edges_named(net, relation):
    return [(u, v, d) for u, v, d in net.edges(data=True) if d["relation"] == relation]


def test_entities_are_typed_nodes_with_labels_and_iris(net):
    entities = {(d["label"], d["type"]) for _, d in net.nodes(data=True)}
    assert {
        ("Dinas Sosial Kabupaten Banyumas", "organisation"), ("ANTARA", "organisation"),
        ("Bidang Rehabilitasi Sosial", "unit"), ("Sri Wahyuni", "person"), ("Agus Prasetyo", "person"),
        ("Bantuan Pangan", "program"), ("Kabupaten Banyumas", "place"), ("Purwokerto", "place"),
        ("Peraturan Bupati Banyumas Nomor 7 Tahun 2024", "legislation"),
    } <= entities
    assert net.nodes[DINSOS]["iri"] == DINSOS


def test_literals_are_attributes_not_nodes(net):
    assert all(n.startswith("https://") for n in net)
    assert net.nodes[DINSOS]["names"] == ("Dinas Sosial Kabupaten Banyumas", "Dinsos Banyumas")
    facts = {(f["property"], f["value"]) for f in net.nodes[DINSOS]["facts"]}
    assert ("nama lain", "Dinsos Banyumas") in facts
    assert ("jenis organisasi", "Dinas") in facts  # a concept link folded into a fact
    legislation = net.nodes[B + "legislation/peraturan-bupati-banyumas-7-2024"]
    assert {("nomor", "7"), ("tahun", "2024")} <= {(f["property"], f["value"]) for f in legislation["facts"]}


def test_membership_is_one_person_to_organisation_edge_labelled_with_the_role(net):
    memberships = {(u, v): d for u, v, d in edges_named(net, "membership")}
    sri = memberships[(SRI, DINSOS)]
    assert sri["label"] == "Kepala" and sri["head"] is True
    assert sri["sentences"][0].startswith("Kepala Dinas Sosial Kabupaten Banyumas Sri Wahyuni")
    assert memberships[(AGUS, BIDANG)]["label"] == "Kepala Bidang"
    # org:headOf and org:memberOf say the same as the membership: not drawn twice
    assert not edges_named(net, "headOf") and not edges_named(net, "memberOf")
    assert build_network(load_graph(ARTICLE), "en").edges[SRI, DINSOS, "membership:kepala"]["label"] == "Head"


def test_relations_are_labelled_edges_and_inverses_are_not_doubled(net):
    assert [(u, v) for u, v, _ in edges_named(net, "unitOf")] == [(BIDANG, DINSOS)]
    assert not edges_named(net, "hasUnit")
    assert [(u, v) for u, v, _ in edges_named(net, "provider")] == [(B + "program/bantuan-pangan", DINSOS)]
    assert [(u, v) for u, v, _ in edges_named(net, "location")] == [(DINSOS, B + "place/banyumas")]
    (quote, creator, data), = edges_named(net, "creator")
    assert creator == SRI and data["label"] == "diucapkan oleh"
    assert data["sentences"] == ('"Kami ingin bantuan tepat sasaran," kata Sri Wahyuni.',)


def test_observations_are_nodes_linked_to_what_they_are_about_and_read_as_the_press_writes(net):
    figures = {d["label"]: n for n, d in net.nodes(data=True) if d["type"] == "observation"}
    assert set(figures) == {"anggaran: Rp4,5 miliar (pada 2024)", "keluarga penerima: 12.500"}
    budget = figures["anggaran: Rp4,5 miliar (pada 2024)"]
    assert {k: net.nodes[budget][k] for k in ("value", "unit", "date", "figure", "indicator")} == {
        "value": 4.5e9, "unit": "IDR", "date": "2024-12-31", "figure": "Rp4,5 miliar (pada 2024)",
        "indicator": "anggaran"}
    assert net.nodes[budget]["sentences"] == ("Anggaran program mencapai Rp4,5 miliar pada 2024.",)
    # the indicator is an attribute (and a fact in the panel), not a hub joining unrelated figures
    assert {(v, d["relation"]) for _, v, d in net.out_edges(budget, data=True)} == {(DINSOS, "observationAbout")}
    assert [(f["property"], f["value"]) for f in net.nodes[budget]["facts"]] == [
        ("angka", "Rp4,5 miliar (pada 2024)"), ("aturan ekstraksi", "metric.number-after-indicator"),
        ("indikator", "anggaran")]  # the panel shows the figure once, readable, not "4500000000.0" and "IDR"
    english = {d["label"] for _, d in build_network(load_graph(ARTICLE), "en").nodes(data=True)}
    assert "budget: IDR 4.5 billion (2024)" in english


def test_a_target_is_marked_wherever_the_figure_is_shown():
    graph = load_graph(ARTICLE)
    obs = URIRef(B + "article/2025-03-12-purwokerto-0a1b2c3d/observation/253-290")
    graph.add((obs, URIRef("https://w3id.org/berita-kg/ontology#isTarget"), Literal(True)))
    net = build_network(graph)
    assert net.nodes[str(obs)]["label"] == "anggaran: target Rp4,5 miliar (pada 2024)"
    assert build_network(graph, "en").nodes[str(obs)]["figure"] == "target: IDR 4.5 billion (2024)"


def test_a_segment_and_a_change_are_marked_on_the_figure():
    graph = load_graph(ARTICLE)
    bkg = "https://w3id.org/berita-kg/ontology#"
    budget = URIRef(B + "article/2025-03-12-purwokerto-0a1b2c3d/observation/253-290")
    families = URIRef(B + "article/2025-03-12-purwokerto-0a1b2c3d/observation/100-139")
    segment = URIRef("https://w3id.org/berita-kg/vocab/segment/penerima-upah")
    graph.add((families, URIRef(bkg + "segment"), segment))
    graph.add((segment, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("Penerima Upah", lang="id")))
    graph.add((segment, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("Wage Earners", lang="en")))
    graph.add((budget, URIRef(bkg + "changeOf"), families))
    net = build_network(graph)
    assert net.nodes[str(families)]["label"] == "keluarga penerima: 12.500, segmen Penerima Upah"
    assert net.nodes[str(budget)]["label"] == "anggaran: perubahan Rp4,5 miliar (pada 2024)"
    english = build_network(graph, "en")
    assert english.nodes[str(families)]["figure"] == "12,500, segment Wage Earners"
    assert english.nodes[str(budget)]["figure"] == "change of IDR 4.5 billion (2024)"


def test_indicators_are_nodes_only_with_concepts(graph):
    with_concepts = build_network(graph, concepts=True)
    assert with_concepts.nodes["https://w3id.org/berita-kg/vocab/indicator/anggaran"]["type"] == "indicator"
    assert len(edges_named(with_concepts, "variableMeasured")) == 2


def test_entity_sentences_come_from_the_facts_about_it(net):
    assert "Bidang Rehabilitasi Sosial dipimpin oleh Agus Prasetyo." in net.nodes[AGUS]["sentences"]
    # a plain relation carries the source sentence that names both of its ends
    (_, _, located), = edges_named(net, "location")
    assert located["sentences"][0].startswith("Kepala Dinas Sosial Kabupaten Banyumas")


def test_provenance_and_concepts_are_options(graph, net):
    assert not {d["type"] for _, d in net.nodes(data=True)} & {"article", "span", "concept", "class"}
    with_provenance = build_network(graph, provenance=True)
    kinds = {d["type"] for _, d in with_provenance.nodes(data=True)}
    assert {"article", "span"} <= kinds
    assert edges_named(with_provenance, "wasDerivedFrom") and edges_named(with_provenance, "mentions")
    with_concepts = build_network(graph, concepts=True)
    assert with_concepts.nodes["https://w3id.org/berita-kg/vocab/role/kepala"]["type"] == "concept"
    assert with_concepts.nodes["https://w3id.org/berita-kg/vocab/org-type/dinas"]["label"] == "Dinas"
    assert edges_named(with_concepts, "orgType") and edges_named(with_concepts, "type")


def test_same_triples_in_any_order_give_the_same_network(graph):
    triples = list(graph)
    random.Random(7).shuffle(triples)
    shuffled = Graph()
    for triple in triples:
        shuffled.add(triple)
    first, second = build_network(graph), build_network(shuffled)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))


def test_a_folder_of_articles_is_their_union_joined_on_shared_iris(tmp_path):
    dataset = Dataset()
    dataset.graph(URIRef(B + "graph/a")).parse(ARTICLE)
    (tmp_path / "a.trig").write_text(dataset.serialize(format="trig"), encoding="utf-8")
    (tmp_path / "b.ttl").write_text(PREFIXES + """
        B:person\\/sri-wahyuni a schema:Person ; schema:name "Sri Wahyuni" .
        B:org\\/pemkab-banyumas a org:FormalOrganization ; schema:name "Pemerintah Kabupaten Banyumas" .
        B:org\\/dinas-sosial-kabupaten-banyumas org:subOrganizationOf B:org\\/pemkab-banyumas .
        """, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a graph", encoding="utf-8")
    net = build_network(load_graph(tmp_path))
    chain = shortest_chain(net, SRI, B + "org/pemkab-banyumas")
    assert [step.relation for step in chain] == ["membership", "subOrganizationOf"]


def test_loading_errors_say_what_to_do(tmp_path):
    with pytest.raises(KGError, match="does not exist"):
        load_graph(tmp_path / "missing.ttl")
    with pytest.raises(KGError, match="no graph file"):
        load_graph(tmp_path)
    (tmp_path / "broken.ttl").write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KGError, match="broken.ttl"):
        load_graph(tmp_path / "broken.ttl")
    with pytest.raises(KGError, match="unknown language"):
        build_network(Graph(), "fr")


def test_find_entity_matches_any_name_case_insensitively(net):
    assert find_entity(net, "dinsos  BANYUMAS") == DINSOS
    assert find_entity(net, "agus") == AGUS  # an alternate name
    assert find_entity(net, SRI) == SRI
    with pytest.raises(NameNotFound, match="did you mean: Sri Wahyuni"):
        find_entity(net, "wahyu")
    with pytest.raises(NameNotFound, match="no entity is called 'Joko'"):
        find_entity(net, "Joko")


def test_ambiguous_names_list_the_candidates():
    graph = Graph().parse(data=PREFIXES + """
        B:person\\/budi-a a schema:Person ; schema:name "Joko Susilo" .
        B:person\\/budi-b a schema:Person ; schema:name "Budi" ; schema:alternateName "joko susilo" .
        """, format="turtle")
    with pytest.raises(AmbiguousName, match=r"names 2 entities: Budi .*person/budi-b.*Joko Susilo .*person/budi-a"):
        find_entity(build_network(graph), "Joko Susilo")


def test_stats_count_entities_facts_hubs_and_components(net):
    stats = network_stats(net, top=3)
    assert stats["entities_by_type"] == {"organisation": 2, "unit": 1, "person": 3, "program": 1, "place": 2,
                                         "legislation": 1}
    assert stats["facts_by_kind"] == {"membership": 2, "observation": 2, "location": 1, "provider": 1,
                                      "quotation": 1, "unitOf": 1}
    assert [(e["label"], e["degree"]) for e in stats["most_connected"]] == [
        ("Dinas Sosial Kabupaten Banyumas", 5), ("Bantuan Pangan", 2), ("Bidang Rehabilitasi Sosial", 2)]
    assert stats["components"]["count"] == 5 and stats["components"]["sizes"] == [9, 1, 1, 1, 1]
    json.dumps(stats)


def test_cli_stats_table_and_json(capsys):
    assert main(["stats", str(ARTICLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("13 simpul, 8 hubungan\n\nEntitas menurut jenis\n")
    assert "\n  Dinas Sosial Kabupaten Banyumas (Organisasi)                   5\n" in out
    assert "Bagian yang terhubung: 5\n" in out and "Dinas Sosial Kabupaten Banyumas dan 8 lainnya" in out
    assert main(["stats", str(ARTICLE), "--lang", "en"]) == 0
    assert "Connected components: 5\n" in capsys.readouterr().out
    assert main(["stats", str(ARTICLE), "--json", "--lang", "en", "--top", "1"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["most_connected"] == [{"label": "Dinas Sosial Kabupaten Banyumas", "type": "organisation",
                                        "degree": 5, "iri": DINSOS}]


def test_cli_path_prints_each_step_with_its_sentence(capsys):
    assert main(["path", "agus prasetyo", "KABUPATEN BANYUMAS", str(ARTICLE)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. Agus Prasetyo --[Kepala Bidang]--> Bidang Rehabilitasi Sosial",
        "   “Bidang Rehabilitasi Sosial dipimpin oleh Agus Prasetyo.”",
        "2. Bidang Rehabilitasi Sosial --[unit dari]--> Dinas Sosial Kabupaten Banyumas",
        "   “Bidang Rehabilitasi Sosial dipimpin oleh Agus Prasetyo.”",
        "3. Dinas Sosial Kabupaten Banyumas --[berlokasi di]--> Kabupaten Banyumas",
        "   “Kepala Dinas Sosial Kabupaten Banyumas Sri Wahyuni mengatakan bantuan pangan disalurkan kepada "
        "12.500 keluarga.”",
    ]


def test_cli_path_walks_edges_backwards_too(capsys):
    assert main(["path", "Dinsos Banyumas", "Agus", str(ARTICLE), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Bidang Rehabilitasi Sosial --[unit of]--> Dinas Sosial Kabupaten Banyumas" in out
    assert "Agus Prasetyo --[Head of Division]--> Bidang Rehabilitasi Sosial" in out


def test_cli_path_between_unconnected_entities_exits_1(capsys):
    assert main(["path", "Agus Prasetyo", "Purwokerto", str(ARTICLE)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no chain of facts connects Agus Prasetyo and Purwokerto" in captured.err


def test_cli_path_with_unknown_name_exits_2_with_candidates(capsys):
    assert main(["path", "Sri", "Purwokerto", str(ARTICLE)]) == 2
    assert capsys.readouterr().err.strip() == (
        "error: no entity is called 'Sri'; did you mean: Sri Wahyuni (person, " + SRI + ")")


def test_a_built_article_draws_memberships_once_and_paths_name_the_role(capsys, tmp_path):
    """On the builder's own output (org:memberOf beside each org:Membership, lexicon qualifiers)."""
    from kg.pipeline import build_graph

    graph = build_graph("BANDUNG (ANTARA) - Kepala Dinas Kesehatan Kota Bandung Rina Marlina mengatakan sekitar "
                        "1.200 kader dilatih pada Maret 2025. Sekretaris Dinas Kesehatan Kota Bandung Dedi Kurnia "
                        "menambahkan anggaran pelatihan mencapai Rp2,5 miliar.")
    net = build_network(graph)
    assert network_stats(net)["facts_by_kind"] == {"membership": 2, "observation": 2, "location": 1}
    assert sorted(d["label"] for _, d in net.nodes(data=True) if d["type"] == "observation") == [
        "anggaran: Rp2,5 miliar (pada Maret 2025)", "kader dilatih: sekitar 1.200 (pada Maret 2025)"]
    path = tmp_path / "built.ttl"
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert main(["path", "Rina Marlina", "Dedi Kurnia", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. Rina Marlina --[Kepala]--> Dinas Kesehatan Kota Bandung",
        "   “Kepala Dinas Kesehatan Kota Bandung Rina Marlina”",
        "2. Dedi Kurnia --[Sekretaris]--> Dinas Kesehatan Kota Bandung",
        "   “Sekretaris Dinas Kesehatan Kota Bandung Dedi Kurnia”",
    ]
