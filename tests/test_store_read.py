"""Every reading command takes a corpus store where it takes graph files: `kg query` and `kg serve` answer
from the store's database with the same rows as from the same articles built as files."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest

from kg.cli import main
from kg.query import bundled_queries, dataset_summary, load_dataset

ARTICLES = {
    "a.txt": "Semarang (ANTARA) - Kepala Dinas Sosial Kota Semarang Wulan Prameswari mengatakan dinasnya "
             "menyalurkan bantuan kepada 1.450 keluarga sepanjang 2024. \"Kami ingin bantuan tepat sasaran,\" "
             "kata Wulan.\n",
    "b.txt": "Surabaya (ANTARA) - BPJS Kesehatan Cabang Surabaya mencatat 275.000 peserta baru hingga akhir 2024, "
             "kata Kepala BPJS Kesehatan Cabang Surabaya Damar Setiawan.\n",
    "c.txt": "Semarang (ANTARA) - Dinas Sosial Kota Semarang menambah 300 penerima bantuan pada 2025, kata Kepala "
             "Dinas Sosial Kota Semarang Wulan Prameswari.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The same three articles built into a store and, as TriG files, into a folder."""
    root = tmp_path_factory.mktemp("corpus")
    sources = root / "sources"
    sources.mkdir()
    for name, text in ARTICLES.items():
        (sources / name).write_text(text, encoding="utf-8")
    assert main(["build", str(sources), "--store", str(root / "store"), "--jobs", "1", "-q"]) in (0, None)
    assert main(["build", str(sources), "--out-dir", str(root / "files"), "-f", "trig", "-q"]) in (0, None)
    return root / "store", root / "files"


def _kg(args: list[str], capsys) -> tuple[int | None, str]:
    code = main(args)
    return code, capsys.readouterr().out


@pytest.mark.parametrize("name", [q.name for q in bundled_queries()])
def test_every_bundled_query_gives_the_same_rows_on_the_store_as_on_the_files(built, capsys, name):
    store, files = built
    on_store = _kg(["query", "--name", name, "--format", "json", str(store)], capsys)
    on_files = _kg(["query", "--name", name, "--format", "json", str(files)], capsys)
    assert on_store[0] in (0, None)
    assert on_store == on_files


def test_a_store_is_queried_in_place_and_counts_each_shared_triple_once(built):
    store, files = built
    in_place = load_dataset([store], stores_in_place=True)
    assert len(in_place) == 0  # nothing was read into rdflib
    graphs, triples = dataset_summary(in_place)
    assert len(graphs) == 3
    assert (graphs, triples) == dataset_summary(load_dataset([files]))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?o a <http://www.w3.org/ns/org#Organization> }"
    from kg.query import run_query
    assert [int(r.n) for r in run_query(in_place, count)] == [int(r.n) for r in run_query(load_dataset([files]), count)]


def test_a_store_and_graph_files_are_read_together(built, capsys, tmp_path):
    store, files = built
    one_file = sorted(files.iterdir())[0]
    mixed = load_dataset([store, one_file], stores_in_place=True)
    assert len(mixed) > 0  # read into rdflib: a store is queried in place only on its own
    assert dataset_summary(mixed)[0] == dataset_summary(load_dataset([files]))[0]
    code, out = _kg(["query", "--name", "articles", "--format", "csv", str(store), str(one_file)], capsys)
    assert code in (0, None)
    assert out == _kg(["query", "--name", "articles", "--format", "csv", str(files)], capsys)[1]
    assert len(out.splitlines()) == 1 + len(ARTICLES)


def test_the_person_of_two_articles_is_one_row_of_who_leads_what(built, capsys):
    store, _ = built
    code, out = _kg(["query", "--name", "who-leads-what", "--format", "csv", str(store)], capsys)
    assert code in (0, None)
    assert sum(1 for line in out.splitlines() if line.startswith("Wulan Prameswari,")) == 1


def test_stats_viz_and_path_read_a_store_like_its_files(built, capsys, tmp_path):
    store, files = built
    on_store = _kg(["stats", "--json", str(store)], capsys)
    assert on_store[0] in (0, None) and json.loads(on_store[1])
    assert on_store == _kg(["stats", "--json", str(files)], capsys)
    assert main(["viz", str(store), "-o", str(tmp_path / "g.graphml")]) in (0, None)
    assert "Wulan Prameswari" in (tmp_path / "g.graphml").read_text(encoding="utf-8")
    on_store = _kg(["path", "Wulan Prameswari", "Dinas Sosial Kota Semarang", str(store)], capsys)
    assert on_store[0] in (0, None) and "Wulan Prameswari" in on_store[1]
    assert on_store == _kg(["path", "Wulan Prameswari", "Dinas Sosial Kota Semarang", str(files)], capsys)


def test_validate_reads_every_article_of_a_store(built, capsys):
    store, files = built
    code, out = _kg(["validate", str(store)], capsys)
    # Oxigraph keeps the spans' offsets as xsd:integer; the shapes take that as well as NIF's own datatype
    assert (code, out.splitlines()[0]) == (0, "conforms: 0 violations")


def test_kg_serve_answers_a_bundled_query_from_a_store(built):
    store, files = built
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(store), "--port", "0"],
                              stderr=subprocess.PIPE, text=True)
    try:
        url = None
        for line in server.stderr:
            if "listening on " in line:
                url = line.split("listening on ", 1)[1].split(" ", 1)[0]
                break
        assert url, "kg serve did not start"
        query = next(q for q in bundled_queries() if q.name == "who-leads-what").text
        request = urllib.request.Request(url + "sparql?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=60) as response:
            served = response.read().decode("utf-8")
    finally:
        os.kill(server.pid, signal.SIGINT)
        server.wait(timeout=30)
    from kg.query import run_query, serialize_result
    expected = serialize_result(run_query(load_dataset([files]), query), "csv").decode("utf-8")
    assert served == expected
    assert "Wulan Prameswari" in served


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_kg_serve_stops_on_ctrl_c_or_terminate_even_started_with_sigint_ignored(built, stop):
    """A shell starts a background job with SIGINT ignored, and the child inherits that; the server says Ctrl-C
    stops it, and a service manager stops it with SIGTERM."""
    store, _ = built
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(store), "--port", "0"], stderr=subprocess.PIPE,
                              text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        assert any("listening on " in line for line in server.stderr), "kg serve did not start"
        os.kill(server.pid, stop)
        code = server.wait(timeout=30)
        assert code == 0, server.stderr.read()[-2000:]
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
