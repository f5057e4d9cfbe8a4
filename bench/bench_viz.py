"""Time drawing the union of a folder of built graphs: loading, the network, HTML, PNG, stats.

    .venv/bin/python bench/bench_viz.py [FOLDER] [--articles N]

Without FOLDER it writes N synthetic articles (default 200) in the shape of the RDF contract to a
temporary folder: organisations shared across articles, each article with units, heads, programmes,
figures and quotations, so the union joins on entity IRIs like a real corpus does.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.network import build_network, load_graph, network_stats  # noqa: E402
from kg.viz import write_html, write_image  # noqa: E402

PREFIXES = """@prefix B: <https://w3id.org/berita-kg/id/> . @prefix V: <https://w3id.org/berita-kg/vocab/> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix bkg: <https://w3id.org/berita-kg/ontology#> .
"""
AGENCIES = ["BPJS Kesehatan", "Dinas Sosial", "Dinas Tenaga Kerja", "Badan Pusat Statistik", "Bank Daerah",
            "Dinas Pendidikan", "Dinas Kesehatan", "Kantor Pos"]
CITIES = ["Banyumas", "Cilacap", "Kebumen", "Purbalingga", "Brebes", "Tegal", "Pemalang", "Batang", "Kendal",
          "Demak", "Kudus", "Pati", "Rembang", "Blora", "Grobogan", "Sragen"]
GIVEN = ["Sri", "Agus", "Budi", "Dewi", "Eko", "Fitri", "Hadi", "Indah", "Joko", "Kartika", "Lestari", "Rudi"]
FAMILY = ["Wahyuni", "Prasetyo", "Santoso", "Lestari", "Nugroho", "Rahayu", "Saputra", "Wibowo", "Hidayat"]
INDICATORS = ["peserta aktif", "anggaran", "keluarga penerima", "klaim dibayar", "tingkat kemiskinan"]


def slug(text: str) -> str:
    return "-".join(text.lower().split())


def synthetic_article(i: int, rng: random.Random) -> str:
    agency = rng.choice(AGENCIES)
    city = rng.choice(CITIES)
    org, unit = f"B:org\\/{slug(agency)}", f"B:org\\/{slug(agency)}\\/kantor-{slug(city)}"
    art = f"B:article\\/2025-{i:04d}"
    head = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    person = f"B:person\\/{slug(head)}"
    text = f"Kepala {agency} Kantor {city} {head} mengatakan program berjalan baik."
    lines = [
        PREFIXES,
        f'{art} a schema:NewsArticle, nif:Context ; nif:isString "{text}" .',
        f'{org} a org:FormalOrganization ; schema:name "{agency}" .',
        f'{unit} a org:OrganizationalUnit ; schema:name "{agency} Kantor {city}" ; org:unitOf {org} ;'
        f' schema:location B:place\\/{slug(city)} .',
        f'B:place\\/{slug(city)} a schema:Place, schema:City ; schema:name "{city}" .',
        f'{person} a schema:Person ; schema:name "{head}" ; org:headOf {unit} .',
        f'{art}\\#char\\=0\\,{len(text)} a nif:String ; nif:beginIndex 0 ; nif:endIndex {len(text)} ;'
        f' nif:anchorOf "{text}" ; nif:referenceContext {art} .',
        f'{art}\\/membership\\/1 a org:Membership ; org:member {person} ; org:organization {unit} ;'
        f' org:role V:role\\/kepala ; prov:wasDerivedFrom {art}\\#char\\=0\\,{len(text)} .',
        'V:role\\/kepala a org:Role, skos:Concept ; skos:prefLabel "Kepala"@id, "Head"@en ; bkg:leadsOrganization true .',
        f'B:program\\/program-{i % 40} a schema:GovernmentService ; schema:name "Program {i % 40}" ; schema:provider {org} .',
    ]
    for j in range(rng.randint(1, 4)):
        indicator = rng.choice(INDICATORS)
        lines.append(
            f'{art}\\/observation\\/{j} a schema:Observation ; schema:observationAbout {rng.choice([org, unit])} ;'
            f' schema:variableMeasured V:indicator\\/{slug(indicator)} ; schema:value {rng.randint(1, 10**9)}.0 ;'
            f' schema:unitCode "C62" ; schema:observationDate "2024-12-31"^^xsd:date ;'
            f' prov:wasDerivedFrom {art}\\#char\\=0\\,{len(text)} .')
        lines.append(f'V:indicator\\/{slug(indicator)} a bkg:Indicator, skos:Concept ; skos:prefLabel "{indicator}"@id .')
    lines.append(f'{art}\\/quotation\\/1 a schema:Quotation ; schema:text "Program berjalan baik" ; '
                 f'schema:creator {person} ; prov:wasDerivedFrom {art}\\#char\\=0\\,{len(text)} .')
    return "\n".join(lines) + "\n"


def timed(label: str, func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    print(f"{label:<28} {time.perf_counter() - start:8.2f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of built graphs (default: synthetic)")
    parser.add_argument("--articles", type=int, default=200, help="synthetic articles to write without FOLDER")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder
        if folder is None:
            folder = Path(tmp) / "graphs"
            folder.mkdir()
            rng = random.Random(1)
            for i in range(args.articles):
                (folder / f"article-{i:04d}.ttl").write_text(synthetic_article(i, rng), encoding="utf-8")
        graph = timed("load union", load_graph, folder)
        net = timed("build network", build_network, graph)
        print(f"{'':<28} {len(graph)} triples, {net.number_of_nodes()} nodes, {net.number_of_edges()} edges")
        timed("stats", network_stats, net)
        timed("write_html", write_html, graph, Path(tmp) / "graph.html")
        timed("write_image png", write_image, graph, Path(tmp) / "graph.png")
        timed("write_image svg", write_image, graph, Path(tmp) / "graph.svg")


if __name__ == "__main__":
    main()
