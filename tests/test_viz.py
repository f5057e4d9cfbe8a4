"""kg.viz: vis-network data, the HTML page file, PNG/SVG drawings, GraphML/GEXF exports, the layout."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageStat
from rdflib import Graph

from kg.cli import main
from kg.errors import KGError
from kg.network import build_network, load_graph
from kg.viz import (
    A4_HEIGHT_INCHES, A4_WIDTH_INCHES, IMAGE_DPI, VIS_NETWORK_JS, Focus, connector_points, drawing_layout, drawn_labels,
    focused_network, sheet_geometry,
    html_page, layout_positions, to_vis_data, write_drawing,
    write_html, write_image, write_network_file,
)

ARTICLE = Path(__file__).parent / "data" / "viz-dinsos-banyumas.ttl"
B = "https://w3id.org/berita-kg/id/"
DINSOS = B + "org/dinas-sosial-kabupaten-banyumas"
BIDANG = DINSOS + "/bidang-rehabilitasi-sosial"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return load_graph(ARTICLE)


def test_vis_data_is_json_in_vis_network_format(graph):
    data = to_vis_data(graph)
    assert set(data) == {"nodes", "edges", "loose"} and data["loose"] == []  # a query result keeps them all
    assert json.loads(json.dumps(data)) == data
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids)) == 13
    assert all({"from", "to", "id", "label"} <= set(e) for e in data["edges"])
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    dinsos = next(n for n in data["nodes"] if n["id"] == DINSOS)
    assert dinsos["label"] == "Dinas Sosial Kabupaten Banyumas"
    assert dinsos["type"] == "organisation" and dinsos["typeLabel"] == "Organisasi"
    assert dinsos["color"]["background"] and isinstance(dinsos["x"], float) and isinstance(dinsos["y"], float)
    assert {"property": "nama lain", "value": "Dinsos Banyumas", "sentence": ""} in dinsos["facts"]
    english = to_vis_data(graph, "en")
    assert next(n for n in english["nodes"] if n["id"] == DINSOS)["typeLabel"] == "Organisation"
    assert to_vis_data(Graph()) == {"nodes": [], "edges": [], "loose": []}


def test_layout_puts_units_under_their_parent_and_heads_beside_their_unit(graph):
    net = build_network(graph)
    pos = layout_positions(net)
    assert pos[BIDANG][1] > pos[DINSOS][1]
    assert pos[B + "person/agus-prasetyo"][1] == pos[BIDANG][1]
    assert pos[B + "person/sri-wahyuni"][1] == pos[DINSOS][1]
    assert len(set(pos.values())) == len(pos)  # no two nodes on one spot
    assert layout_positions(build_network(graph)) == pos


def test_unrelated_entities_are_listed_not_drawn_and_a_head_carries_the_role_in_the_box(graph):
    net = build_network(graph)
    layout = drawing_layout(net)
    assert [net.nodes[n]["label"] for n in layout.loose] == [
        "ANTARA", "Joko Susilo", "Purwokerto", "Peraturan Bupati Banyumas Nomor 7 Tahun 2024"]
    assert not set(layout.loose) & set(layout.positions)
    labels, inside = drawn_labels(net, layout)
    assert labels[B + "person/sri-wahyuni"] == "Sri Wahyuni\nKepala"
    assert labels[B + "person/agus-prasetyo"] == "Agus Prasetyo\nKepala Bidang"
    assert inside == {(B + "person/sri-wahyuni", DINSOS, "membership:kepala"),
                      (B + "person/agus-prasetyo", BIDANG, "membership:kepala-bidang")}


def test_html_page_is_self_contained_and_deterministic(graph, tmp_path):
    first = write_html(graph, tmp_path / "a.html")
    write_html(graph, tmp_path / "b.html")
    page = first.read_text(encoding="utf-8")
    assert first.read_bytes() == (tmp_path / "b.html").read_bytes()
    assert VIS_NETWORK_JS.read_text(encoding="utf-8")[-2000:] in page  # the library is inlined
    assert "<script src" not in page and "<link" not in page and "__" not in page.split("<script>")[0]
    assert '<html lang="id">' in page and "Graf pengetahuan" in page
    assert '<html lang="en">' in html_page(graph, "en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.html"]  # no temp files left


def test_html_page_cannot_be_broken_out_of_by_names():
    hostile = Graph().parse(data="""@prefix schema: <https://schema.org/> .
        <https://w3id.org/berita-kg/id/person/x> a schema:Person ;
            schema:name "</script><script>alert(1)</script> & <!-- Budi" .""", format="turtle")
    page = html_page(hostile, title="<b>judul</b>")
    assert page.count("</script>") == 2  # the library's element and the page's own
    assert "<!-- Budi" not in page and "<b>judul</b>" not in page


def test_png_is_a4_landscape_not_blank_and_deterministic(graph, tmp_path):
    path = write_image(graph, tmp_path / "graph.png")
    with Image.open(path) as image:
        assert image.size == (2338, 1654) == (round(A4_WIDTH_INCHES * IMAGE_DPI), round(A4_HEIGHT_INCHES * IMAGE_DPI))
        stddev = ImageStat.Stat(image.convert("L")).stddev[0]
    assert stddev > 20  # labels and coloured boxes, not an empty canvas
    assert write_image(graph, tmp_path / "again.png").read_bytes() == path.read_bytes()


def test_svg_is_xml_with_the_labels_as_text(graph, tmp_path):
    path = write_image(graph, tmp_path / "graph.svg", lang="en")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))
    for label in ("Sri Wahyuni", "Agus Prasetyo", "Purwokerto", "Head of Division", "Organisation",
                  "Also mentioned", "budget: IDR 4.5 billion (2024)"):
        assert label in text
    assert write_image(graph, tmp_path / "again.svg", lang="en").read_bytes() == path.read_bytes()


@pytest.mark.parametrize("suffix, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_type_and_label(graph, tmp_path, suffix, reader):
    path = write_network_file(graph, tmp_path / f"graph{suffix}")
    back = reader(path)
    assert back.number_of_nodes() == 13 and back.number_of_edges() == 8
    node = back.nodes[DINSOS]
    assert node["type"] == "organisation" and node["label"] == "Dinas Sosial Kabupaten Banyumas"
    assert node["names"] == "Dinas Sosial Kabupaten Banyumas | Dinsos Banyumas"
    for _, data in back.nodes(data=True):
        assert all(isinstance(v, (str, int, float)) and v is not None for v in data.values())
    labels = {d["label"] for _, _, d in back.edges(data=True)}
    assert {"Kepala", "Kepala Bidang", "unit dari"} <= labels
    heads = {d["label"]: d["head"] for _, _, d in back.edges(data=True) if d["relation"] == "membership"}
    assert heads == {"Kepala": True, "Kepala Bidang": False}  # booleans, not "true"/"false" strings
    assert write_network_file(graph, tmp_path / f"again{suffix}").read_bytes() == path.read_bytes()


TWO_HEADS = ("BANDUNG (ANTARA) - Kepala Dinas Kesehatan Kota Bandung Rina Marlina meninjau puskesmas. "
             "Kepala Dinas Sosial Kota Bandung Dedi Kurnia ikut hadir.")


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_edge_ids_are_unique_even_when_relations_repeat(tmp_path, suffix):
    """Two people with the same role: graphology (Gephi Lite, Sigma) refuses duplicate edge ids."""
    from kg.pipeline import build_graph

    graph = build_graph(TWO_HEADS)
    keys = [k for _, _, k in build_network(graph).edges(keys=True)]
    assert keys == ["location", "location", "membership:kepala", "membership:kepala"]
    path = write_network_file(graph, tmp_path / f"g{suffix}")
    root = ET.parse(path).getroot()
    assert [e.get("id") for e in root.iter() if e.tag.endswith("}edge")] == ["e0", "e1", "e2", "e3"]
    assert "networkx_key" not in path.read_text(encoding="utf-8")


def test_graphml_reads_in_igraph_too(graph, tmp_path):
    import igraph

    path = write_network_file(graph, tmp_path / "graph.graphml")
    other = igraph.Graph.Read_GraphML(str(path))
    assert (other.vcount(), other.ecount(), other.is_directed()) == (13, 8, True)
    dinsos = other.vs.find(id=DINSOS)
    assert dinsos["label"] == "Dinas Sosial Kabupaten Banyumas" and dinsos["type"] == "organisation"
    sri = other.es.find(_source=other.vs.find(id=B + "person/sri-wahyuni").index, _target=dinsos.index)
    assert (sri["label"], sri["head"], sri["relation"]) == ("Kepala", True, "membership")


def test_unknown_output_suffix_writes_nothing(graph, tmp_path):
    with pytest.raises(KGError, match=r"\.html, \.svg, \.png, \.graphml, \.gexf"):
        write_drawing(graph, tmp_path / "graph.bmp")
    with pytest.raises(KGError, match="svg or .png"):
        write_image(graph, tmp_path / "graph.jpg")
    with pytest.raises(KGError, match="unknown language"):
        write_html(graph, tmp_path / "graph.html", lang="fr")
    assert list(tmp_path.iterdir()) == []


def test_cli_viz_writes_each_format(tmp_path, capsys):
    for name in ("g.html", "g.svg", "g.png", "g.graphml", "g.gexf"):
        assert main(["viz", str(ARTICLE), "--output", str(tmp_path / name), "--lang", "en"]) == 0
        assert (tmp_path / name).stat().st_size > 1000
    assert "wrote" in capsys.readouterr().err
    assert main(["viz", str(ARTICLE), "-o", str(tmp_path / "p.html"), "--provenance", "--concepts"]) == 0
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert '"type":"span"' in page and '"type":"concept"' in page
    assert main(["viz", str(ARTICLE), "-o", str(tmp_path / "g.pdf")]) == 2
    assert main(["viz", str(tmp_path / "missing"), "-o", str(tmp_path / "x.html")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_vis_data_of_a_construct_result_without_types():
    """The query page draws CONSTRUCT results, which often carry no rdf:type: IRIs still make nodes."""
    result = Graph().parse(data="""@prefix schema: <https://schema.org/> . @prefix org: <http://www.w3.org/ns/org#> .
        <https://w3id.org/berita-kg/id/person/rina-marlina> schema:name "Rina Marlina" ;
            org:headOf <https://w3id.org/berita-kg/id/org/dinas-kesehatan/puskesmas-ajibarang> .
        <https://w3id.org/berita-kg/id/org/dinas-kesehatan/puskesmas-ajibarang>
            org:unitOf <https://w3id.org/berita-kg/id/org/dinas-kesehatan> .""", format="turtle")
    data = to_vis_data(result, "en")
    assert [(n["label"], n["type"]) for n in data["nodes"]] == [
        ("dinas-kesehatan", "organisation"), ("puskesmas-ajibarang", "unit"), ("Rina Marlina", "person")]
    assert sorted(e["label"] for e in data["edges"]) == ["head of", "unit of"]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_part_of_a_graph_draws_consistent_data(graph, data):
    """Query results are arbitrary slices of a graph: every slice gives edges between drawn nodes."""
    triples = sorted(graph)
    chosen = data.draw(st.lists(st.sampled_from(triples), max_size=60, unique=True))
    part = Graph()
    for triple in chosen:
        part.add(triple)
    vis = to_vis_data(part, data.draw(st.sampled_from(["id", "en"])))
    ids = {n["id"] for n in vis["nodes"]}
    assert len(ids) == len(vis["nodes"])
    assert all(e["from"] in ids and e["to"] in ids for e in vis["edges"])
    json.dumps(vis)


def test_focus_on_one_entity_and_one_period(graph):
    around = focused_network(graph, focus=Focus(around="Agus"))
    assert sorted(around) == [DINSOS, BIDANG, B + "person/agus-prasetyo"]
    period = focused_network(graph, focus=Focus(period="2024"))
    assert [d["label"] for _, d in period.nodes(data=True) if d["type"] == "observation"] == [
        "anggaran: Rp4,5 miliar (pada 2024)"]
    assert period.number_of_nodes() == 12


def test_cli_viz_focus(tmp_path, capsys):
    assert main(["viz", str(ARTICLE), "-o", str(tmp_path / "f.graphml"), "--focus", "Sri Wahyuni", "--period", "2024"]) == 0
    back = nx.read_graphml(tmp_path / "f.graphml")
    assert sorted(d["label"] for _, d in back.nodes(data=True)) == [
        "Bantuan Pangan", "Bidang Rehabilitasi Sosial", "Dinas Sosial Kabupaten Banyumas",
        "Kabupaten Banyumas", "Sri Wahyuni", "anggaran: Rp4,5 miliar (pada 2024)", "“Kami ingin bantuan tepat sasaran”"]
    assert main(["viz", str(ARTICLE), "-o", str(tmp_path / "x.png"), "--focus", "Joko Widodo"]) == 2
    assert "error: no entity is called 'Joko Widodo'" in capsys.readouterr().err


def test_png_connectors_miss_every_box_but_their_own_ends():
    """On the bundled article, as drawn on the page: connectors run only in the gaps between boxes."""
    from kg.paths import EXPORTS_DIR

    net = build_network(load_graph(EXPORTS_DIR / "bpjs-ketenagakerjaan-2024.ttl"))
    sheet = sheet_geometry(net)
    layout = sheet.page.layout
    children = [n for n in layout.positions if layout.parent.get(n) is not None]
    assert len(children) >= 15
    for child in children:
        parent = layout.parent[child]
        points = connector_points(sheet, parent, child)
        assert all(a[0] == b[0] or a[1] == b[1] for a, b in zip(points, points[1:]))  # only straight runs
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            for node, (left, top, right, bottom) in sheet.boxes.items():
                if node not in (parent, child):
                    crosses = max(x1, x2) > left and min(x1, x2) < right and max(y1, y2) > top and min(y1, y2) < bottom
                    assert not crosses, (net.nodes[parent]["label"], net.nodes[child]["label"], net.nodes[node]["label"])
    # no two boxes overlap either
    boxes = list(sheet.boxes.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
