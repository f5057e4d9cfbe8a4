"""`kg load` into a real Virtuoso (Debian's virtuoso-opensource, started by tests/virtuoso.py): a corpus
store loaded over the Graph Store Protocol answers every bundled question with the rows `kg query` gives
on the same store, loading twice changes nothing, and every way a load can fail is one line and exit 2.

The corpus is the bundled article and two short articles written for this test, all three naming BPJS
Ketenagakerjaan, so the facts about it sit in three named graphs: Virtuoso's default graph (the union
of all graphs) gives one solution per graph holding a triple, which a portable question must not show.
"""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from virtuoso import PASSWORD, USER, free_port, virtuoso  # noqa: F401 - virtuoso is the fixture

from kg import gsp
from kg import query as q
from kg.cli import main
from kg.ingest import Article
from kg.paths import BUNDLED_ARTICLE
from kg.store import CorpusStore, build_into_store
from kg.vocab import DEFAULT_BASE

DATA = Path(__file__).parent / "data"
XSD = "http://www.w3.org/2001/XMLSchema#"
B = "https://w3id.org/berita-kg/id/"

MALANG = ("Malang (ANTARA) - BPJS Ketenagakerjaan Kantor Cabang Malang mencatat 12.500 peserta baru sepanjang 2024. "
          "\"Kami terus mengajak pekerja bukan penerima upah untuk mendaftar,\" kata Kepala BPJS Ketenagakerjaan "
          "Kantor Cabang Malang Sari Wulandari. Kepala Bidang Kepesertaan BPJS Ketenagakerjaan Kantor Cabang Malang "
          "Dewi Lestari menambahkan, program Jaminan Kecelakaan Kerja (JKK) melindungi pekerja dari risiko di tempat "
          "kerja.\n")
BANDUNG = ("Bandung (ANTARA) - Direktur Utama BPJS Ketenagakerjaan Budi Hartono mengatakan iuran yang terkumpul "
           "mencapai Rp1,2 triliun pada Maret 2025. Menurut Budi, Program Jaminan Hari Tua (JHT) tetap menjadi "
           "program dengan peserta terbanyak.\n")


def corpus_articles(bandung: str = BANDUNG) -> list[Article]:
    return [Article(str(BUNDLED_ARTICLE), BUNDLED_ARTICLE.stem, BUNDLED_ARTICLE.read_text(encoding="utf-8")),
            Article("malang.txt", "malang", MALANG), Article("bandung.txt", "bandung", bandung)]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The three articles built into a corpus store, as `kg build ... --store` does."""
    folder = tmp_path_factory.mktemp("corpus") / "store"
    with CorpusStore(folder) as corpus:
        outcomes = build_into_store(corpus, corpus_articles(), DEFAULT_BASE)
    assert [o.status for o in outcomes] == ["built", "built", "built"], outcomes
    return folder


@pytest.fixture(scope="module")
def loaded(store: Path, virtuoso) -> Path:  # noqa: F811 - the fixture imported above
    """The store, loaded once into the module's Virtuoso."""
    assert main(["load", "--store", str(store), "--endpoint", virtuoso.graph_store, "--user", USER,
                 "--password", PASSWORD]) == 0
    return store


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- the same rows on Virtuoso as `kg query` --------------------------------------------------------------


def comparable(binding: dict | None) -> str:
    """One SPARQL-results-JSON term as text in which what differs only in representation is equal:

    - numbers by value, whatever their lexical form or numeric type: Oxigraph and Virtuoso each write a
      number in their own canonical form (`1.2E12` or `1200000000000.0`; an xsd:nonNegativeInteger read
      back as an xsd:integer);
    - booleans as the numbers 1 and 0: Virtuoso has no boolean type and returns `true` as the integer 1;
    - Virtuoso's `typed-literal` and the standard `literal` with a datatype are one term type, and a
      literal typed xsd:string is a plain literal.
    Everything else (IRIs, strings, language tags, dates) must be equal as it is."""
    if binding is None:
        return ""
    value, datatype = binding["value"], binding.get("datatype", "")
    if binding["type"] == "uri":
        return f"<{value}>"
    if "xml:lang" in binding:
        return f"{json.dumps(value)}@{binding['xml:lang'].lower()}"
    if datatype == XSD + "boolean":
        return f"{1 if value in ('true', '1') else 0}^^number"
    if datatype.startswith(XSD) and datatype[len(XSD):] in _NUMERIC:
        return f"{_number(value)}^^number"
    return json.dumps(value) + ("" if datatype in ("", XSD + "string") else f"^^<{datatype}>")


_NUMERIC = {"integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
            "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"}


def _number(value: str) -> str:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value  # not a number after all: compared as written
    return format(number.normalize(), "f") if number.is_finite() else str(number)


def rows(results: dict) -> list[tuple[str, ...]]:
    names = results["head"]["vars"]
    return sorted(tuple(comparable(row.get(n)) for n in names) for row in results["results"]["bindings"])


def kg_query_rows(capsys, name: str, store: Path) -> list[tuple[str, ...]]:
    code, out, err = run(capsys, "query", "--name", name, str(store), "--format", "json")
    assert code == 0, err
    return rows(json.loads(out))


@pytest.mark.parametrize("bundled", q.bundled_queries(), ids=lambda b: b.name)
def test_every_bundled_question_gives_the_same_rows_on_virtuoso_as_kg_query(bundled, loaded, virtuoso, capsys):  # noqa: F811
    expected = kg_query_rows(capsys, bundled.name, loaded)
    got = rows(virtuoso.select(bundled.text))
    assert expected and got == expected


def test_the_corpus_has_shared_facts_so_the_comparison_can_see_repeats(loaded, virtuoso):  # noqa: F811
    graphs = virtuoso.select(f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ <{B}org/bpjs-ketenagakerjaan> ?p ?o }} }}")
    assert graphs["results"]["bindings"][0]["n"]["value"] == "3"


def test_articles_lists_each_article_once_with_its_graph(loaded, virtuoso):  # noqa: F811
    with CorpusStore(loaded, read_only=True) as corpus:
        stored = {a.graph for a in corpus.sources().values()}
    got = virtuoso.select(q.bundled_query("articles").text)["results"]["bindings"]
    assert sorted(row["graph"]["value"] for row in got) == sorted(stored) and len(stored) == 3


def test_virtuoso_says_who_heads_and_who_does_not_as_1_and_0(loaded, virtuoso):  # noqa: F811
    got = virtuoso.select(q.bundled_query("who-leads-what").text)["results"]["bindings"]
    heads = {row["personName"]["value"]: (row["isHead"]["value"], row["isHead"]["datatype"]) for row in got}
    assert heads["Sari Wulandari"] == ("1", XSD + "integer")  # a Kepala of the branch heads it
    assert heads["Dewi Lestari"] == ("0", XSD + "integer")  # a Kepala Bidang heads nothing


def test_booleans_and_numbers_are_compared_by_value_and_nothing_else_is():
    boolean = {"type": "literal", "value": "true", "datatype": XSD + "boolean"}
    virtuoso_true = {"type": "typed-literal", "value": "1", "datatype": XSD + "integer"}
    assert comparable(boolean) == comparable(virtuoso_true) == "1^^number"
    assert comparable({"type": "literal", "value": "1.2E12", "datatype": XSD + "double"}) == \
        comparable({"type": "literal", "value": "1200000000000.0", "datatype": XSD + "decimal"})
    assert comparable({"type": "literal", "value": "2024-12-31", "datatype": XSD + "date"}) != \
        comparable({"type": "literal", "value": "2024-12-31"})
    assert comparable({"type": "literal", "value": "12", "xml:lang": "id"}) != comparable(
        {"type": "literal", "value": "12", "datatype": XSD + "integer"})


# -- loading: idempotent, files as well as stores --------------------------------------------------------


def triples_in_corpus_graphs(virtuoso) -> int:  # noqa: F811
    count = virtuoso.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                            f"FILTER (STRSTARTS(STR(?g), \"{B}graph/\")) }}")
    return int(count["results"]["bindings"][0]["n"]["value"])


def test_loading_twice_leaves_the_same_triples(loaded, virtuoso, capsys, monkeypatch):  # noqa: F811
    with CorpusStore(loaded, read_only=True) as corpus:
        in_store = len(corpus)
    assert triples_in_corpus_graphs(virtuoso) == in_store
    monkeypatch.setenv("KG_LOAD_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "load", "--store", str(loaded), "--endpoint", virtuoso.graph_store, "--user", USER)
    assert code == 0 and err == f"loaded 3 graphs ({in_store} triples) into {virtuoso.graph_store}\n"
    assert triples_in_corpus_graphs(virtuoso) == in_store


def test_built_graph_files_load_under_the_names_kg_query_gives_them(loaded, virtuoso, capsys):  # noqa: F811
    files = [DATA / "query-articles.trig", DATA / "query-taspen.ttl"]
    dataset = q.load_dataset(files)
    expected = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert len(expected) == 3 and all(graph.startswith(B + "graph/") for graph in expected)
    code, _, err = run(capsys, "load", *map(str, files), "--endpoint", virtuoso.graph_store, "--user", USER,
                       "--password", PASSWORD)
    try:
        assert code == 0, err
        for graph, size in expected.items():
            count = virtuoso.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            assert int(count["results"]["bindings"][0]["n"]["value"]) == size
    finally:
        for graph in expected:  # leave the module's server with the store's corpus only
            _delete_graph(virtuoso, graph)


def _delete_graph(virtuoso, graph: str) -> None:  # noqa: F811
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, virtuoso.http, USER, PASSWORD)
    opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
    url = f"{virtuoso.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
    opener.open(urllib.request.Request(url, method="DELETE"), timeout=60).read()


def test_prune_removes_the_graphs_of_changed_articles_and_nothing_outside_the_corpus(loaded, virtuoso, capsys,  # noqa: F811
                                                                                   tmp_path, monkeypatch):
    with CorpusStore(loaded, read_only=True) as corpus:
        before = {a.graph for a in corpus.sources().values()}
    changed = tmp_path / "changed"
    with CorpusStore(changed) as corpus:  # the Bandung article's figure corrected: a graph of another name
        build_into_store(corpus, corpus_articles(bandung=BANDUNG.replace("Rp1,2", "Rp1,4")), DEFAULT_BASE)
        after = {a.graph for a in corpus.sources().values()}
        in_changed = len(corpus)
    assert len(before - after) == 1 and len(after - before) == 1
    outside = "http://example.org/another-corpus/graph/a"
    gsp.GraphStore(virtuoso.graph_store, USER, PASSWORD).put(outside, b"<http://example.org/a> <http://example.org/b> \"c\" .\n")
    monkeypatch.setenv("KG_LOAD_PASSWORD", PASSWORD)
    load = ["load", "--endpoint", virtuoso.graph_store, "--user", USER, "--prune", "--sparql", virtuoso.sparql]
    try:
        code, _, err = run(capsys, *load, "--store", str(changed))
        assert code == 0 and err.splitlines()[-1] == "removed 1 graph the corpus no longer has"
        assert corpus_graphs(virtuoso) == after and triples_in_corpus_graphs(virtuoso) == in_changed
        assert outside in graph_names(virtuoso)
    finally:  # back to the module's corpus, by the same means
        code, _, err = run(capsys, *load, "--store", str(loaded))
        _delete_graph(virtuoso, outside)
    assert code == 0 and err.splitlines()[-1] == "removed 1 graph the corpus no longer has"
    assert corpus_graphs(virtuoso) == before


def graph_names(virtuoso) -> set[str]:  # noqa: F811
    found = virtuoso.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {row["g"]["value"] for row in found["results"]["bindings"]}


def corpus_graphs(virtuoso) -> set[str]:  # noqa: F811
    return {g for g in graph_names(virtuoso) if g.startswith(B + "graph/")}


# -- failures: one line, exit 2 --------------------------------------------------------------------------


def test_a_wrong_password_is_one_line_naming_the_options(loaded, virtuoso, capsys):  # noqa: F811
    code, out, err = run(capsys, "load", "--store", str(loaded), "--endpoint", virtuoso.graph_store,
                         "--user", USER, "--password", "not-the-password")
    assert code == 2 and out == ""
    assert err == (f"error: {virtuoso.graph_store} refused the credentials (401 Unauthorized); give the store's "
                   "user with --user and its password with --password or KG_LOAD_PASSWORD\n")
    assert "not-the-password" not in err


def test_an_endpoint_that_refuses_writes_is_named_with_the_servers_reason(loaded, virtuoso, capsys):  # noqa: F811
    endpoint = f"{virtuoso.http}/sparql-graph-crud"  # the unauthenticated endpoint: read-only on a fresh db
    code, _, err = run(capsys, "load", "--store", str(loaded), "--endpoint", endpoint)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"error: {endpoint} refused the graph <{B}graph/")
    assert "(403 Forbidden: SQ110:SECURITY: Permission denied" in err


def test_an_unreachable_endpoint_is_one_line(loaded, capsys):
    endpoint = f"http://127.0.0.1:{free_port()}/sparql-graph-crud-auth"  # nothing listens there
    code, _, err = run(capsys, "load", "--store", str(loaded), "--endpoint", endpoint)
    assert code == 2
    assert err.startswith(f"error: cannot reach {endpoint} (") and err.endswith(
        "is the store running, and is the URL the right endpoint?\n") and err.count("\n") == 1


def test_store_and_files_together_or_neither_is_a_usage_error(loaded, capsys):
    for args in (["load", "--endpoint", "http://127.0.0.1:1/x"],
                 ["load", str(DATA / "query-taspen.ttl"), "--store", str(loaded), "--endpoint", "http://127.0.0.1:1/x"]):
        code, _, err = run(capsys, *args)
        assert (code, err) == (2, "error: give either --store DIR or the built graph FILES to load\n")


def test_prune_without_the_query_endpoint_is_a_usage_error(loaded, capsys):
    code, _, err = run(capsys, "load", "--store", str(loaded), "--endpoint", "http://127.0.0.1:1/x", "--prune")
    assert (code, err) == (2, "error: --prune asks the target which graphs it has: give its query endpoint with "
                              "--sparql URL\n")


def test_an_endpoint_that_is_not_http_is_refused(loaded, capsys):
    code, _, err = run(capsys, "load", "--store", str(loaded), "--endpoint", "localhost:8890/sparql")
    assert code == 2 and err.startswith("error: localhost:8890/sparql is not an http(s) URL;")
