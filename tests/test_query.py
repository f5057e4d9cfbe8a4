"""kg.query and `kg query`: loading built graphs into one dataset, the read-only inspection, evaluation
and every output format, over small hand-written articles in tests/data/query-*."""
from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

import kg
from kg import query as q
from kg.cli import main
from kg.errors import KGError

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "query-articles.trig"
TASPEN = DATA / "query-taspen.ttl"
B = "https://w3id.org/berita-kg/id/"
SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return q.load_dataset([ARTICLES, TASPEN])


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    nested = tmp_path / "built" / "2025"
    nested.mkdir(parents=True)
    shutil.copy(ARTICLES, tmp_path / "built" / ARTICLES.name)
    shutil.copy(TASPEN, nested / TASPEN.name)
    (tmp_path / "built" / "notes.txt").write_text("bukan graf", encoding="utf-8")
    return tmp_path / "built"


def names(result) -> list[str]:
    return [str(row[0]) for row in result]


# -- loading ---------------------------------------------------------------------------------------


def test_a_folder_loads_every_graph_file_in_it_as_named_graphs_with_a_union_default(folder: Path):
    ds = q.load_dataset([folder])
    graphs = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert graphs == [
        B + "graph/2025-03-10-surakarta-aa11bb22",  # .trig: its own graph names
        B + "graph/2025-04-02-jakarta-cc33dd44",
        B + "graph/2025-05-20-bandung-ee55ff66",  # a .ttl file: named like TriG names its article's graph
    ]
    people = q.run_query(ds, f"SELECT ?n WHERE {{ ?p a <{SCHEMA}Person> ; <{SCHEMA}name> ?n }} ORDER BY ?n")
    assert names(people) == ["Bambang Hartono", "Dewi Kartika", "Rina Wulandari"]


def test_entities_shared_by_articles_join_in_the_union_and_graph_tells_which_article_said_what(dataset):
    both = q.run_query(dataset, f"""SELECT ?g WHERE {{ GRAPH ?g {{ <{B}org/bpjs-ketenagakerjaan> <{SCHEMA}name> ?n }} }}
                                    ORDER BY ?g""")
    assert names(both) == [B + "graph/2025-03-10-surakarta-aa11bb22", B + "graph/2025-04-02-jakarta-cc33dd44"]
    once = q.run_query(dataset, f"SELECT (COUNT(*) AS ?c) WHERE {{ <{B}org/bpjs-ketenagakerjaan> <{SCHEMA}name> ?n }}")
    assert names(once) == ["1"]  # the union holds each triple once


def test_a_turtle_file_without_one_article_is_named_by_its_file_uri(tmp_path: Path):
    path = tmp_path / "tempat.ttl"
    path.write_text(f'<{B}place/surakarta> <{SCHEMA}name> "Surakarta" .\n', encoding="utf-8")
    ds = q.load_dataset([path])
    assert [str(g.identifier) for g in ds.graphs() if len(g)] == [path.resolve().as_uri()]


def test_ntriples_nquads_and_json_ld_load_like_turtle_and_trig(tmp_path: Path, dataset: Dataset):
    source = Dataset()
    source.parse(ARTICLES, format="trig")
    (tmp_path / "articles.nq").write_text(source.serialize(format="nquads"), encoding="utf-8")
    (tmp_path / "articles.jsonld").write_text(source.serialize(format="json-ld"), encoding="utf-8")
    (tmp_path / "taspen.nt").write_text(Graph().parse(TASPEN).serialize(format="nt"), encoding="utf-8")
    for name in ("articles.nq", "articles.jsonld"):
        loaded = q.load_dataset([tmp_path / name, tmp_path / "taspen.nt"])
        assert sorted(str(g.identifier) for g in loaded.graphs() if len(g)) == \
            sorted(str(g.identifier) for g in dataset.graphs() if len(g))
        assert set(loaded) == set(dataset)


def test_a_json_ld_file_with_a_remote_context_is_refused_before_anything_is_fetched(tmp_path: Path):
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": B + "x", "name": "x"}))
    with pytest.raises(KGError, match="remote JSON-LD @context"):
        q.load_dataset([path])


@pytest.mark.parametrize("content, message", [
    ("<urn:a> <urn:b> [ <urn:c> <urn:d> ] .", "blank nodes"),
    ("ini bukan turtle", "not valid turtle"),
])
def test_unreadable_graph_files_are_errors_that_say_which_file(tmp_path: Path, content: str, message: str):
    path = tmp_path / "rusak.ttl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KGError, match=message) as caught:
        q.load_dataset([path])
    assert "rusak.ttl" in str(caught.value)


def test_paths_that_are_not_graphs_are_errors(tmp_path: Path):
    (tmp_path / "berita.txt").write_text("Jakarta - ...", encoding="utf-8")
    with pytest.raises(KGError, match="kg build"):
        q.load_dataset([tmp_path / "berita.txt"])
    with pytest.raises(KGError, match="does not exist"):
        q.load_dataset([tmp_path / "hilang"])


# -- the read-only inspection ----------------------------------------------------------------------


def test_a_malformed_query_reports_line_and_column():
    with pytest.raises(q.QuerySyntaxError) as caught:
        q.prepare_query("SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s ?p\n}")  # the object is missing
    assert (caught.value.line, caught.value.column) == (4, 1)
    assert "line 4, column 1" in str(caught.value)
    assert caught.value.status == 400


@pytest.mark.parametrize("text, code", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "update-forbidden"),
    ("DELETE WHERE { ?s ?p ?o }", "update-forbidden"),
    ("CLEAR ALL", "update-forbidden"),
    ("LOAD <file:///etc/passwd>", "load-forbidden"),
    ("LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:g>", "load-forbidden"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "service-forbidden"),
    ("SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?q ?r } } }", "service-forbidden"),
    ("SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }", "service-forbidden"),
    ("ASK { FILTER EXISTS { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }", "service-forbidden"),
    ("SELECT * WHERE { ?s ?p ?o MINUS { SERVICE ?endpoint { ?s ?p ?o } } }", "service-forbidden"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "service-forbidden"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "dataset-forbidden"),
    ("SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "dataset-forbidden"),
    ("DESCRIBE <urn:a> FROM <file:///etc/hostname>", "dataset-forbidden"),
    ("ASK FROM <https://w3id.org/berita-kg/id/graph/x> { ?s ?p ?o }", "dataset-forbidden"),
])
def test_what_a_read_only_service_must_not_do_is_refused_from_the_parsed_query(text: str, code: str):
    with pytest.raises(q.QueryForbidden) as caught:
        q.prepare_query(text)
    assert caught.value.code == code
    assert caught.value.status == 403


def test_a_file_named_in_from_is_never_read(tmp_path: Path, dataset: Dataset):
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:rahasia> <urn:kata-sandi> "RAHASIA-7f3a" .\n', encoding="utf-8")
    text = f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}"
    with pytest.raises(q.QueryForbidden):
        q.run_query(dataset, text)
    # Defence in depth: even handed straight to rdflib (past the inspection), FROM loads nothing.
    q.harden_rdflib()
    assert "RAHASIA-7f3a" not in {str(row[0]) for row in dataset.query(text)}


def test_service_makes_no_request_even_past_the_inspection(dataset: Dataset):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        port = listener.getsockname()[1]
        q.harden_rdflib()
        with pytest.raises(q.QueryForbidden):
            list(dataset.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"))
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected


# -- evaluation and output -------------------------------------------------------------------------


@pytest.mark.parametrize("bundled", q.bundled_queries(), ids=lambda b: b.name)
def test_every_bundled_question_is_described_and_answers_over_the_fixtures(bundled: q.NamedQuery, dataset):
    assert bundled.description and not bundled.description.startswith("#")
    assert len(list(q.run_query(dataset, bundled.text))) >= 1


def test_who_leads_what_names_heads_and_their_roles(dataset):
    rows = q.run_query(dataset, q.bundled_query("who-leads-what").text)
    got = {(str(r.personName), str(r.roleLabel), str(r.orgName), r.isHead.toPython()) for r in rows}
    assert got == {
        ("Rina Wulandari", "Kepala", "BPJS Ketenagakerjaan Kantor Cabang Surakarta", True),
        ("Bambang Hartono", "Direktur Utama", "BPJS Ketenagakerjaan", True),
        ("Dewi Kartika", "Direktur Utama", "PT Taspen", True),
    }


def test_metrics_are_filtered_by_a_bound_organisation_name(dataset):
    text = q.bundled_query("organisation-metrics").text
    bound = dict([q.parse_binding('orgName="PT Taspen"')])
    rows = list(q.run_query(dataset, text, bound))
    assert [(str(r.indicator), r.value.toPython(), str(r.unit), str(r.qualifier)) for r in rows] == \
        [("dana kelolaan", 300000000000000, "IDR", "approximately")]
    assert len(list(q.run_query(dataset, text))) > 1


def test_provenance_gives_the_exact_sentence_text_at_its_offsets(dataset):
    rows = q.run_query(dataset, q.bundled_query("fact-provenance").text)
    texts = {str(a): str(t) for a, t in dataset.query(
        "SELECT ?a ?t WHERE { ?a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }")}
    for row in rows:
        assert texts[str(row.article)][int(row.begin):int(row.end)] == str(row.anchorOf)


def test_bindings_parse_iris_and_strings():
    assert q.parse_binding("orgName=BPJS Ketenagakerjaan") == ("orgName", Literal("BPJS Ketenagakerjaan"))
    assert q.parse_binding('?orgName="PT Taspen"') == ("orgName", Literal("PT Taspen"))
    assert q.parse_binding(f"org=<{B}org/taspen>") == ("org", URIRef(B + "org/taspen"))
    with pytest.raises(KGError, match="NAME=VALUE"):
        q.parse_binding("orgName")


def test_too_many_rows_is_an_error_naming_the_cap(dataset):
    with pytest.raises(q.TooManyRows, match="more than 5 rows"):
        q.run_query(dataset, "SELECT * WHERE { ?s ?p ?o }", max_rows=5)
    with pytest.raises(q.TooManyRows, match="more than 5 triples"):
        q.run_query(dataset, "CONSTRUCT WHERE { ?s ?p ?o }", max_rows=5)


PEOPLE = f"SELECT ?person ?name WHERE {{ ?person a <{SCHEMA}Person> ; <{SCHEMA}name> ?name }} ORDER BY ?name"


def test_select_results_in_every_sparql_results_format(dataset):
    result = q.run_query(dataset, PEOPLE)
    as_json = json.loads(q.serialize_result(result, "json"))
    assert [b["name"]["value"] for b in as_json["results"]["bindings"]] == \
        ["Bambang Hartono", "Dewi Kartika", "Rina Wulandari"]
    rows = list(csv.reader(io.StringIO(q.serialize_result(result, "csv").decode())))
    assert rows[0] == ["person", "name"] and rows[1] == [B + "person/bambang-hartono", "Bambang Hartono"]
    tsv = q.serialize_result(result, "tsv").decode().splitlines()
    assert tsv[0] == "?person\t?name" and tsv[1] == f'<{B}person/bambang-hartono>\t"Bambang Hartono"'
    root = ET.fromstring(q.serialize_result(result, "xml"))
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [e.text for e in root.iter(f"{ns}literal")] == ["Bambang Hartono", "Dewi Kartika", "Rina Wulandari"]


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("json-ld", "json-ld"), ("nt", "nt"),
                                           ("trig", "trig")])
def test_graph_results_in_every_rdf_format_parse_back_to_the_same_graph_and_bytes(dataset, fmt, parse_as):
    text = f"CONSTRUCT {{ ?p ?x ?y }} WHERE {{ ?p a <{SCHEMA}Person> ; ?x ?y }}"
    first = q.serialize_result(q.run_query(dataset, text), fmt)
    assert first == q.serialize_result(q.run_query(dataset, text), fmt)
    expected = q.run_query(dataset, text).graph
    if parse_as == "trig":
        parsed = Dataset()
        parsed.parse(data=first, format="trig")
        merged = Graph()
        for s, p, o, _ in parsed.quads():
            merged.add((s, p, o))
        assert isomorphic(merged, expected)
    else:
        assert isomorphic(Graph().parse(data=first, format=parse_as), expected)


def test_a_table_format_for_a_graph_result_is_an_error(dataset):
    with pytest.raises(q.QueryError, match="cannot be written as csv"):
        q.serialize_result(q.run_query(dataset, "DESCRIBE <urn:x>"), "csv")


def test_the_terminal_table_is_aligned_with_prefixed_names_and_shortened_literals(dataset):
    text = q.format_table(q.run_query(dataset, """SELECT ?article ?text WHERE {
        ?article <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?text }
        ORDER BY ?article"""), width=30)
    lines = text.splitlines()
    assert lines[0].split() == ["article", "text"]
    assert lines[2].startswith("id:article/2025-03-10-surakar…")
    assert lines[2].endswith("…") and "Kepala BPJS" in lines[2]
    assert lines[2].index("Kepala") == lines[0].index("text")  # columns line up
    assert lines[-1] == "(3 rows)"
    assert q.format_table(q.run_query(dataset, "ASK { ?s ?p ?o }")) == "true\n"


def test_formats_are_found_by_name_media_type_or_alias():
    assert q.result_format("text/csv").name == "csv"
    assert q.result_format("application/sparql-results+json").name == "json"
    assert q.result_format("ttl").name == "turtle"
    with pytest.raises(q.QueryError, match="unknown result format"):
        q.result_format("yaml")


# -- the command line --------------------------------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_misspelt_bind_names_the_variables_the_query_has(capsys):
    code, out, err = run(capsys, "query", "SELECT ?orgName ?value WHERE { ?o ?p ?orgName ; ?q ?value }",
                         "--bind", "orgNmae=PT Taspen", str(TASPEN))
    assert (code, out) == (2, "")
    assert err.strip() == ("error: --bind orgNmae: the query has no variable ?orgNmae; "
                           "its variables are ?o, ?orgName, ?p, ?q, ?value")


def test_f_is_format_as_in_every_command_and_a_query_file_given_to_it_is_pointed_to_file(capsys, tmp_path):
    (tmp_path / "q.rq").write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    code, out, err = run(capsys, "query", "-f", str(tmp_path / "q.rq"), str(TASPEN))
    assert (code, out) == (2, "")
    assert f"looks like a query file; read one with --file {tmp_path / 'q.rq'}" in err
    code, _, err = run(capsys, "query", "-f", "yaml", "--file", str(tmp_path / "q.rq"), str(TASPEN))
    assert code == 2 and "'yaml' is not one of table, csv" in err


def test_kg_query_list_shows_each_bundled_question_with_its_description(capsys):
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0
    lines = dict(line.split(None, 1) for line in out.splitlines())
    assert set(lines) == {b.name for b in q.bundled_queries()}
    assert lines["who-leads-what"].startswith("Who leads")


def test_kg_query_by_name_with_a_binding_prints_a_table(capsys, folder):
    code, out, _ = run(capsys, "query", "--name", "organisation-metrics", "--bind", "orgName=PT Taspen", str(folder))
    assert code == 0
    assert "dana kelolaan" in out and "peserta aktif" not in out and out.endswith("(1 row)\n")


def test_kg_query_inline_and_from_a_file_in_csv(capsys, tmp_path):
    (tmp_path / "orang.rq").write_text(PEOPLE, encoding="utf-8")
    inline = run(capsys, "query", PEOPLE, str(ARTICLES), str(TASPEN), "--format", "csv")
    from_file = run(capsys, "query", "--file", str(tmp_path / "orang.rq"), str(ARTICLES), str(TASPEN), "-f", "csv")
    assert inline == from_file
    assert inline[0] == 0 and inline[1].splitlines()[1] == f"{B}person/bambang-hartono,Bambang Hartono"


def test_kg_query_writes_construct_results_as_turtle_by_default(capsys):
    code, out, _ = run(capsys, "query", f"DESCRIBE <{B}org/taspen>", str(TASPEN))
    assert code == 0
    assert isomorphic(Graph().parse(data=out, format="turtle"),
                      Graph().parse(data=run(capsys, "query", f"DESCRIBE <{B}org/taspen>", str(TASPEN),
                                                     "--format", "nt")[1], format="nt"))
    assert "schema:name \"PT Taspen\"" in out


@pytest.mark.parametrize("args, message", [
    (["SELECT * WHERE { ?s ?p }", str(TASPEN)], "line 1, column"),
    (["SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", str(TASPEN)], "SERVICE is not allowed"),
    (["INSERT DATA { <urn:a> <urn:b> <urn:c> }", str(TASPEN)], "updates are not allowed"),
    (["--name", "tidak-ada", str(TASPEN)], "no bundled query named 'tidak-ada'"),
    (["SELECT * WHERE { ?s ?p ?o }"], "give the built graph files"),
    ([], "give a query"),
    (["SELECT * WHERE { ?s ?p ?o }", "tidak-ada.ttl"], "does not exist"),
    (["--bind", "orgName", "SELECT * WHERE { ?s ?p ?o }", str(TASPEN)], "NAME=VALUE"),
    (["--file", str(TASPEN.with_name("query-not-utf8.rq")), str(TASPEN)], "save it as UTF-8"),
])
def test_kg_query_errors_are_one_line_and_exit_2(capsys, args, message):
    code, out, err = run(capsys, "query", *args)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


# -- over what `kg build` writes ---------------------------------------------------------------------

SURABAYA = ("Surabaya (ANTARA) - Kepala BPJS Ketenagakerjaan Kantor Cabang Surabaya Rungkut Andi Pratama mengatakan "
            "jumlah peserta aktif mencapai 350.000 orang hingga akhir 2024. Program Jaminan Hari Tua (JHT) terus "
            "disosialisasikan kepada pekerja, kata Andi.")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The bundled article as Turtle and a made-up one as TriG, as `kg build` writes them."""
    import kg
    from kg.paths import BUNDLED_ARTICLE

    folder = tmp_path_factory.mktemp("built")
    bundled = kg.build_graph(BUNDLED_ARTICLE.read_text(encoding="utf-8"))
    (folder / "bpjs-ketenagakerjaan-2024.ttl").write_bytes(bundled.serialize(format="turtle", encoding="utf-8"))
    (folder / "surabaya.trig").write_bytes(kg.build(SURABAYA).serialize(format="trig", encoding="utf-8"))
    return folder


@pytest.mark.parametrize("bundled", q.bundled_queries(), ids=lambda b: b.name)
def test_every_bundled_question_answers_over_built_articles(bundled: q.NamedQuery, built: Path):
    assert len(list(q.run_query(q.load_dataset([built]), bundled.text))) >= 1


def test_built_articles_join_on_shared_entities_and_their_spans_match_the_text(built: Path):
    ds = q.load_dataset([built])
    leaders = {str(r.personName) for r in q.run_query(ds, q.bundled_query("who-leads-what").text)}
    assert "Andi Pratama" in leaders and len(leaders) >= 3
    graphs = q.run_query(ds, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{B}org/bpjs-ketenagakerjaan> ?p ?o }} }}")
    assert len(list(graphs)) == 2
    texts = {str(a): str(t) for a, t in ds.query(
        "SELECT ?a ?t WHERE { ?a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }")}
    for row in q.run_query(ds, q.bundled_query("fact-provenance").text):
        assert texts[str(row.article)][int(row.begin):int(row.end)] == str(row.anchorOf)


def test_an_engine_failure_is_a_one_line_error_not_a_traceback(capsys, monkeypatch):
    class FailingEngine:
        def query(self, *args, **kwargs):
            raise RuntimeError("the engine ran out of memory\nin a second line")
    monkeypatch.setattr(q, "query_store", lambda dataset: FailingEngine())
    code, out, err = run(capsys, "query", "SELECT ?o WHERE { ?s ?p ?o }", str(TASPEN))
    assert code == 2 and err.startswith("error: the query failed while running") and err.count("\n") == 1


SPEAKERS = """@prefix schema: <https://schema.org/> .
@prefix b: <https://w3id.org/berita-kg/id/> .
b:q1 a schema:Quotation ; schema:text "Layanan kami buka setiap hari." ; schema:creator b:person-ayu .
b:q2 a schema:Quotation ; schema:text "Klaim dibayar dalam tiga hari." ; schema:creator b:person-joko .
b:person-ayu schema:name "Ayu Lestari" .
b:person-joko schema:name "Joko Prasetyo" .
"""


def test_a_name_bound_inside_an_optional_keeps_only_that_persons_rows():
    graph = Dataset()
    graph.parse(data=SPEAKERS, format="turtle")
    bound = dict([q.parse_binding("personName=Ayu Lestari")])
    rows = list(q.run_query(graph, q.bundled_query("what-people-said").text, bound))
    assert [(str(r.personName), str(r.text), str(r.person)) for r in rows] == \
        [("Ayu Lestari", "Layanan kami buka setiap hari.", B + "person-ayu")]


def test_a_variable_the_query_does_not_return_can_still_be_bound(capsys):
    text = "SELECT ?o WHERE { ?s <https://schema.org/name> ?o }"
    code, out, err = run(capsys, "query", text, str(TASPEN), "--format", "csv", "--bind", f"s=<{B}org/taspen>")
    assert code == 0, err
    assert out.splitlines() == ["o", "PT Taspen"]


def test_a_bind_on_a_query_with_its_own_trailing_values_is_refused(capsys):
    text = "SELECT ?o WHERE { ?s ?p ?o } VALUES ?o { 1 }"
    code, out, err = run(capsys, "query", text, str(TASPEN), "--bind", "o=2")
    assert code == 2 and "its own VALUES clause" in err and err.count("\n") == 1


# -- portability: the bundled questions give the same rows on every store -----------------------------


def comparable(term) -> str:
    """A term as text in which equal numbers are equal: Oxigraph stores them canonically (350000.0 is read
    back as 350000, an xsd:nonNegativeInteger as an xsd:integer)."""
    if term is None:
        return ""
    value = term.toPython() if isinstance(term, Literal) else None
    if isinstance(value, Decimal):
        return f"{value.normalize()}^^{term.datatype}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value}^^integer"
    return term.n3()


def rows_on_rdflib(dataset: Dataset, text: str) -> list[tuple[str, ...]]:
    """rdflib's own engine, whose default graph is the set union of the articles' graphs."""
    result = dataset.query(text)
    return sorted(tuple(comparable(term) for term in row) for row in result)


def rows_on_oxigraph_union(dataset: Dataset, text: str) -> list[tuple[str, ...]]:
    """Oxigraph over the articles' graphs only, its default graph their union with a fact once per graph
    (as Oxigraph and Virtuoso read a corpus): what a store-portable question must not be fooled by."""
    import pyoxigraph as ox

    store = ox.Store()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        store.add(ox.Quad(*(q._to_oxigraph(t) for t in (s, p, o)), q._to_oxigraph(getattr(g, "identifier", g))))
    solutions = store.query(text, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return sorted(tuple(comparable(q._from_oxigraph(row[n]) if row[n] is not None else None) for n in names)
                  for row in solutions)


@pytest.mark.parametrize("bundled", q.bundled_queries(), ids=lambda b: b.name)
def test_every_bundled_question_gives_the_same_rows_on_rdflib_and_oxigraph(bundled: q.NamedQuery, built: Path):
    ds = q.load_dataset([built, ARTICLES, TASPEN])
    shared = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ <{B}org/bpjs-ketenagakerjaan> ?p ?o }} }}"
    assert int(next(iter(ds.query(shared)))[0]) == 4  # one organisation said in four articles' graphs
    on_rdflib = rows_on_rdflib(ds, bundled.text)
    assert on_rdflib and on_rdflib == rows_on_oxigraph_union(ds, bundled.text)
    assert len(set(on_rdflib)) == len(on_rdflib)


def test_who_leads_what_says_true_and_false_as_booleans_on_every_store():
    ds = q.load_dataset([ARTICLES, DATA / "viz-dinsos-banyumas.ttl"])  # a Kepala Bidang heads nothing
    heads = {row[3] for row in rows_on_oxigraph_union(ds, q.bundled_query("who-leads-what").text)}
    boolean = "<http://www.w3.org/2001/XMLSchema#boolean>"
    assert heads == {f'"true"^^{boolean}', f'"false"^^{boolean}'}


# -- hostile input: threads, remote contexts ---------------------------------------------------------

RACE = """
import sys, threading
from kg.query import bundled_queries, prepare_query
texts = [b.text for b in bundled_queries()]
start, failures = threading.Barrier({threads}), []
def parse():
    start.wait()
    for _ in range({rounds}):
        for text in texts:
            try:
                prepare_query(text)
            except Exception as e:
                failures.append(repr(e))
workers = [threading.Thread(target=parse) for _ in range({threads})]
for w in workers: w.start()
for w in workers: w.join()
print(len(failures), failures[:1])
"""


def test_threads_parsing_the_bundled_questions_from_a_cold_start_all_succeed():
    """rdflib's grammar broke under 16 threads from a cold start; each run is a fresh process."""
    import subprocess
    import sys

    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", RACE.format(threads=32, rounds=3)], capture_output=True,
                              text=True, timeout=300)
        assert done.stdout.strip() == "0 []", done.stdout + done.stderr[-500:]


@pytest.mark.parametrize("text, code, named", [
    ("SELECT * WHERE { ?s ?p ?o MINUS { SERVICE ?endpoint { ?s ?p ?o } } }", "service-forbidden", "?endpoint"),
    ("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/x> { ?s ?p ?o } }", "service-forbidden", "<http://127.0.0.1:9/x>"),
    ("SELECT * FROM <urn:kg-test:a> FROM NAMED <urn:kg-test:b> WHERE { ?s ?p ?o }", "dataset-forbidden", "<urn:kg-test:a>"),
    ("SELECT * FROM NAMED <urn:kg-test:b> WHERE { GRAPH ?g { ?s ?p ?o } }", "dataset-forbidden", "<urn:kg-test:b>"),
    ("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "service-forbidden", "<http://127.0.0.1:9/>"),
    ("PREFIX ex: <urn:x:> SELECT * WHERE { ?s ?p ?o } # FROM in a comment\nLIMIT 1 ; LOAD <urn:y>", "load-forbidden", ""),
])
def test_refusals_name_what_was_asked_for(text: str, code: str, named: str):
    with pytest.raises(q.QueryForbidden) as caught:
        q.prepare_query(text)
    assert caught.value.code == code and f"({named})" in str(caught.value) if named else caught.value.code == code


@pytest.mark.parametrize("text", [
    'SELECT ?from WHERE { ?from <urn:p> "SERVICE FROM LOAD INSERT" }',
    "PREFIX from: <urn:from:> PREFIX service: <urn:s:> SELECT * WHERE { ?s from:load service:insert }",
    "SELECT * WHERE { ?s <urn:from/service/delete> ?o }",
    'SELECT * WHERE { ?s ?p "x"@load, "y"@copy }',
])
def test_keywords_inside_strings_iris_variables_and_prefixed_names_are_not_refused(text: str):
    assert q.prepare_query(text).form == "SELECT"


REMOTE_CONTEXTS = {
    "string": lambda url: {"@context": url, "@id": "urn:x", "name": "x"},
    "list": lambda url: {"@context": [url, {"name": "https://schema.org/name"}], "@id": "urn:x", "name": "x"},
    "scoped": lambda url: {"@context": {"knows": {"@id": "https://schema.org/knows", "@context": url}},
                           "@id": "urn:x", "knows": {"@id": "urn:y", "name": "y"}},
    "import": lambda url: {"@context": {"@version": 1.1, "@import": url}, "@id": "urn:x", "name": "x"},
    "type-scoped": lambda url: {"@context": {"Person": {"@id": "https://schema.org/Person", "@context": url}},
                                "@id": "urn:x", "@type": "Person", "name": "x"},
}


@pytest.mark.parametrize("variant", sorted(REMOTE_CONTEXTS))
@pytest.mark.parametrize("command", ["validate", "query", "stats", "viz"])
def test_no_command_fetches_a_remote_json_ld_context(tmp_path: Path, capsys, variant: str, command: str):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/context.jsonld"
        path = tmp_path / "remote.jsonld"
        path.write_text(json.dumps(REMOTE_CONTEXTS[variant](url)), encoding="utf-8")
        args = {"validate": ["validate", str(path)], "query": ["query", "ASK { ?s ?p ?o }", str(path)],
                "stats": ["stats", str(path)], "viz": ["viz", str(path), "-o", str(tmp_path / "g.html")]}[command]
        code, out, err = run(capsys, *args)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
    assert code == 2 and "@context" in err and err.startswith("error: ")


def test_a_json_ld_file_without_a_graph_name_is_named_like_its_trig(tmp_path: Path):
    graph = Graph().parse(TASPEN)
    (tmp_path / "taspen.jsonld").write_text(graph.serialize(format="json-ld"), encoding="utf-8")
    (tmp_path / "taspen.nt").write_text(graph.serialize(format="nt"), encoding="utf-8")
    for name in ("taspen.jsonld", "taspen.nt"):
        assert [str(n) for n, _ in q.read_graph_file(tmp_path / name)] == [B + "graph/2025-05-20-bandung-ee55ff66"]


# -- a corpus store is asked in place ----------------------------------------------------------------


def store_of(files: list[Path], folder: Path) -> Path:
    """A corpus store holding each graph of `files` as one article, under the name the files give it."""
    from kg.store import CorpusStore

    with CorpusStore(folder) as store:
        for path in files:
            for name, graph in q.read_graph_file(path):
                nquads = "".join(f"{s.n3()} {p.n3()} {o.n3()} {name.n3()} .\n" for s, p, o in sorted(graph))
                store.put_nquads(str(name), str(name), nquads)
    return folder


def test_one_corpus_store_is_asked_in_place_with_no_copy_and_the_rows_of_its_files(tmp_path: Path, monkeypatch):
    store = store_of([ARTICLES, TASPEN], tmp_path / "store")
    monkeypatch.setattr("subprocess.run", lambda *a, **k: pytest.fail("the store was dumped in a child process"))
    in_place = q.load_dataset([store], stores_in_place=True)
    assert q.reads_store_in_place(in_place) and len(in_place) == 0
    files = q.load_dataset([ARTICLES, TASPEN])
    for bundled in q.bundled_queries():
        on_store = [tuple(row) for row in q.run_query(in_place, bundled.text)]
        assert on_store == [tuple(row) for row in q.run_query(files, bundled.text)], bundled.name
    assert q.dataset_summary(in_place) == q.dataset_summary(files)


def test_a_membership_two_articles_report_is_one_leader_with_each_articles_own_rule(tmp_path):
    texts = {"a": "Kediri (ANTARA) - Kepala Dinas Sosial Kota Kediri Lestari Wahyuni membuka pelatihan kader.",
             "b": "Kediri (ANTARA) - Pelatihan kader dibuka pekan ini. Lestari Wahyuni, Kepala Dinas Sosial Kota "
                  "Kediri, membukanya di balai kota."}
    for name, text in texts.items():
        (tmp_path / f"{name}.ttl").write_text(kg.build_graph(text).serialize(format="turtle"), encoding="utf-8")
    dataset = q.load_dataset([tmp_path / "a.ttl", tmp_path / "b.ttl"])
    leaders = list(q.run_query(dataset, q.bundled_query("who-leads-what").text))
    assert [(str(r.personName), str(r.roleLabel)) for r in leaders] == [("Lestari Wahyuni", "Kepala")]
    rows = [r for r in q.run_query(dataset, q.bundled_query("fact-provenance").text)
            if str(r.kind).endswith("#Membership")]
    assert len({str(r.fact) for r in rows}) == 1
    assert sorted((str(r.anchorOf)[:7], str(r.rule)) for r in rows) == [
        ("Kepala ", "role.title-before-name"), ("Lestari", "role.name-then-title")]


def test_a_bound_name_is_no_longer_a_sort_key_and_the_rows_keep_their_order(dataset):
    """Every row holds the bound value, so sorting by it orders nothing; the other keys keep the order
    the unbound listing gives that value's rows."""
    listing = q.bundled_query("organisation-metrics").text
    bound = q.with_bindings(listing, {"orgName": Literal("PT Taspen")})
    assert "ORDER BY ?unitName ?indicator ?date ?observationKey" in bound  # ?orgNameKey is made from ?orgName
    every = [row for row in q.run_query(dataset, listing) if str(row.orgName) == "PT Taspen"]
    assert every and list(q.run_query(dataset, listing, {"orgName": Literal("PT Taspen")})) == every


def test_a_sort_key_written_as_an_expression_or_left_unbound_stays():
    text = "SELECT ?n ?d WHERE { ?p <http://schema.org/name> ?n } ORDER BY DESC(?n) ?d"
    assert q.with_bindings(text, {"n": Literal("Rina")}).endswith("ORDER BY DESC(?n) ?d")
    assert q._without_sort_keys("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", {"o"}).endswith("ORDER BY ?s")


# -- a bound value and the subqueries the listings are joined from ---------------------------------

N = "<http://schema.org/name>"


@pytest.mark.parametrize("text, inlined", [
    (f"SELECT * WHERE {{ {{ SELECT ?p ?n WHERE {{ ?p {N} ?n }} }} ?p a ?t }}",
     f"SELECT * WHERE {{ {{ ?p {N} ?n }} ?p a ?t }}"),
    (f"SELECT * WHERE {{ ?p a ?t OPTIONAL {{ SELECT ?p ?n WHERE {{ ?p {N} ?n FILTER (lang(?n) = 'id') }} }} }}",
     f"SELECT * WHERE {{ ?p a ?t OPTIONAL {{ ?p {N} ?n FILTER (lang(?n) = 'id') }} }}"),
    ("SELECT * WHERE { { SELECT ?g ?s WHERE { GRAPH ?g { ?s a ?t } } } }",  # ?t is not returned: kept
     "SELECT * WHERE { { SELECT ?g ?s WHERE { GRAPH ?g { ?s a ?t } } } }"),
    (f"SELECT * WHERE {{ {{ SELECT DISTINCT ?p ?n WHERE {{ ?p {N} ?n }} }} }}",
     f"SELECT * WHERE {{ {{ SELECT DISTINCT ?p ?n WHERE {{ ?p {N} ?n }} }} }}"),
    (f"SELECT * WHERE {{ {{ SELECT ?p ?n WHERE {{ ?p {N} ?n }} ORDER BY ?n LIMIT 1 }} }}",
     f"SELECT * WHERE {{ {{ SELECT ?p ?n WHERE {{ ?p {N} ?n }} ORDER BY ?n LIMIT 1 }} }}"),
    (f"SELECT * WHERE {{ {{ SELECT ?p (STR(?n) AS ?s) WHERE {{ ?p {N} ?n }} }} }}",
     f"SELECT * WHERE {{ {{ SELECT ?p (STR(?n) AS ?s) WHERE {{ ?p {N} ?n }} }} }}"),
    ("SELECT * WHERE { { SELECT ?a ?b ?c WHERE { { SELECT ?a ?b WHERE { ?a ?b 1 } } ?a ?b ?c } } }",
     "SELECT * WHERE { { { ?a ?b 1 } ?a ?b ?c } }"),
])
def test_a_subquery_that_returns_every_variable_it_names_is_written_back_as_its_pattern(text, inlined):
    assert q._inlined_subqueries(text) == inlined
    q.prepare_query(inlined)


@pytest.mark.parametrize("where, at_head", [
    (f"{{ SELECT ?p ?n WHERE {{ ?p {N} ?n }} }} ?p a ?t", True),       # a subquery written back as its pattern
    (f"{{ ?p {N} ?n }} ?p a ?t", True),                                # a group joined with the WHERE group
    (f"GRAPH ?g {{ ?p {N} ?n }}", True),                               # a GRAPH's group
    (f"?p a ?t {{ {{ ?p {N} ?n }} }}", True),
    (f"?p a ?t OPTIONAL {{ ?p {N} ?n }}", False),
    (f"{{ ?p {N} ?n }} UNION {{ ?p a ?t }}", False),
    (f"?p a ?t {{ ?p a ?t }} UNION {{ ?p {N} ?n }}", False),
    (f"?p a ?t MINUS {{ ?p {N} ?n }}", False),
    (f"?p a ?t FILTER EXISTS {{ ?p {N} ?n }}", False),
    (f"{{ SELECT DISTINCT ?p ?n WHERE {{ ?p {N} ?n }} }}", False),     # not the same pattern: kept, VALUES trails
    ("VALUES ?n { 'Rina' } ?p a ?t", False),
])
def test_a_bound_value_opens_the_group_only_where_every_row_of_the_group_binds_it(where, at_head):
    text = f"SELECT ?p ?n WHERE {{ {where} }}"
    bound = q.with_bindings(text, {"n": Literal("Rina")})
    assert bound.startswith('SELECT ?p ?n WHERE { VALUES (?n) { ("Rina") }') == at_head
    assert bound.endswith('\nVALUES (?n) { ("Rina") }') != at_head
    if not at_head:
        assert bound.startswith(text)  # the subqueries stay: the engine joins the whole listing anyway
    q.prepare_query(bound)


def test_a_sort_key_bound_from_the_bound_value_alone_is_dropped_and_one_from_rand_or_an_optional_stays():
    keyed = 'SELECT ?n WHERE {{ ?p {} ?n {} }} ORDER BY ?k ?p'
    dropped = q.with_bindings(keyed.format(N, 'BIND (CONCAT(" ", ?n) AS ?j) BIND (CONCAT(?j, "") AS ?k)'),
                              {"n": Literal("Rina")})
    assert dropped.endswith("ORDER BY ?p")
    for kept in ('BIND (CONCAT(STR(RAND()), ?n) AS ?k)', 'BIND (CONCAT(?n, STR(?p)) AS ?k)',
                 'OPTIONAL { ?p a ?t BIND (?n AS ?k) }'):
        assert q.with_bindings(keyed.format(N, kept), {"n": Literal("Rina")}).endswith("ORDER BY ?k ?p"), kept


@pytest.mark.parametrize("where", [
    f"?p a ?t SERVICE <http://x/sparql> {{ ?p {N} ?n }}", f"?p a ?t SERVICE SILENT ?s {{ ?p {N} ?n }}",
    "?p a ?t VALUES (?n ?t) { ('Rina' <http://x/T>) }"])
def test_a_service_or_values_block_after_a_term_is_no_joined_group(where):
    tokens = q._located_tokens(f"SELECT ?p ?n WHERE {{ {where} }}")
    assert not q._bound_by_group(tokens, q._where_group_opening(tokens), "n")


# -- the bundled questions as rewritten for speed give the rows of the questions they replaced ------
#
# tests/data/queries-before/ holds each bundled question as it was written before it was rewritten for a
# large corpus (subqueries joined by hashing, sort keys the engine keeps in memory). Over a store of a few
# invented articles that share an organisation, a unit, a programme and their heads (a membership two
# articles report by two rules, articles of one date, an undated one), every question must give the same
# rows in the same order, unbound and bound to each value a user would bind.

BEFORE = DATA / "queries-before"
INVENTED = {
    "kudus-1.json": {"published": "2024-06-03", "text":
        "Kudus (ANTARA) - BPJS Ketenagakerjaan Kantor Cabang Kudus mencatat 1.250 peserta baru sepanjang 2024. "
        "Kepala BPJS Ketenagakerjaan Kantor Cabang Kudus Rendra Wicaksono mengatakan jumlah itu naik 12 persen "
        "dibandingkan tahun sebelumnya. \"Kami membuka layanan sampai sore agar pekerja mudah mendaftar,\" kata "
        "Rendra. BPJS Ketenagakerjaan juga menyalurkan santunan senilai Rp3,2 miliar kepada 140 ahli waris pada "
        "triwulan pertama 2024."},
    "kudus-2.json": {"published": "2024-06-03", "text":
        "Kudus (ANTARA) - Kepala BPJS Ketenagakerjaan Kantor Cabang Kudus Rendra Wicaksono membuka pelatihan kader "
        "di balai desa. Rendra Wicaksono, Kepala BPJS Ketenagakerjaan Kantor Cabang Kudus, mengatakan sekitar 300 "
        "kader ikut serta. \"Kader menjadi ujung tombak sosialisasi,\" ujar Rendra."},
    "pati-1.json": {"published": "2024-09-12", "text":
        "Bisnis.com, PATI - Dinas Sosial Kabupaten Pati menyalurkan Program Keluarga Harapan (PKH) kepada 8.400 "
        "keluarga pada 2024. Kepala Dinas Sosial Kabupaten Pati Sulastri Handayani mengatakan anggaran program "
        "itu mencapai Rp12,5 miliar. \"Bantuan kami salurkan lewat bank milik negara,\" kata Sulastri. Dinas "
        "Sosial Kabupaten Pati menargetkan 9.000 keluarga penerima pada 2025."},
    "pati-2.txt": "Bisnis.com, PATI - Sulastri Handayani, Kepala Dinas Sosial Kabupaten Pati, mengatakan penyaluran "
        "Program Keluarga Harapan tahap kedua selesai pada Agustus 2024. \"Tidak ada keluarga yang tertinggal,\" "
        "kata Sulastri. Sebanyak 95 persen keluarga penerima sudah menerima bantuan. BPJS Ketenagakerjaan Kantor "
        "Cabang Pati mencatat 2.100 peserta baru pada 2024.",
}
BOUND = {"fact-provenance": "article", "organisation-metrics": "orgName", "what-people-said": "personName",
         "who-leads-what": "orgName", "articles": "graph"}


@pytest.fixture(scope="module")
def invented_store(tmp_path_factory) -> Dataset:
    root = tmp_path_factory.mktemp("invented")
    (root / "sources").mkdir()
    for name, article in INVENTED.items():
        text = json.dumps(article, ensure_ascii=False) if name.endswith(".json") else article
        (root / "sources" / name).write_text(text, encoding="utf-8")
    assert main(["build", str(root / "sources"), "--store", str(root / "store"), "--jobs", "1", "-q"]) in (0, None)
    return q.load_dataset([root / "store"], stores_in_place=True)


def solutions(dataset: Dataset, text: str) -> list[tuple]:
    """Every row, in order, with every variable (an unbound one as None), as Oxigraph answers it."""
    result = q.run_query(dataset, text)
    return [tuple(row.get(v) for v in result.vars) for row in result.bindings]


@pytest.mark.parametrize("name", sorted(p.stem for p in BEFORE.glob("*.rq")))
def test_each_bundled_question_gives_the_rows_of_the_question_it_replaced_in_the_same_order(name, invented_store):
    now, before = q.bundled_query(name), (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    assert now.text.splitlines()[:2] == before.splitlines()[:2]  # the descriptions stay
    assert q.run_query(invented_store, now.text).vars == q.run_query(invented_store, before).vars
    rows = solutions(invented_store, now.text)
    assert len(rows) >= 2 and rows == solutions(invented_store, before)
    if name in BOUND:
        variable = BOUND[name]
        position = [str(v) for v in q.run_query(invented_store, now.text).vars].index(variable)
        values = sorted({row[position] for row in rows if row[position] is not None})
        assert len(values) >= 2
        for value in values:
            bound_now = q.with_bindings(now.text, {variable: value})
            bound_rows = solutions(invented_store, bound_now)
            assert bound_rows and bound_rows == solutions(invented_store, q.with_bindings(before, {variable: value}))
            assert bound_rows == [row for row in rows if row[position] == value]


def test_the_sort_keys_order_as_the_values_they_are_made_from():
    """A space before the text of an IRI or a string sorts as the IRI or the string does, an IRI that begins
    another included, and an unbound value first; Oxigraph's own order of the values is the reference."""
    import pyoxigraph as ox

    store = ox.Store()
    iris = ["http://x/a", "http://x/a-c1", "http://x/a/b", "http://x/ab", "http://x/B", "http://x/é", "http://x/a0"]
    names = ["Rina", "Rina Wulandari", "rina", "Ésa", "Zulfa", "Rina Wulandari Putri", "A"]
    for k, (iri, name) in enumerate(zip(iris, names)):
        row = ox.NamedNode(f"http://x/row/{k}")
        store.add(ox.Quad(row, ox.NamedNode("http://x/iri"), ox.NamedNode(iri)))
        store.add(ox.Quad(row, ox.NamedNode("http://x/name"), ox.Literal(name)))
        store.add(ox.Quad(row, ox.NamedNode("http://x/label"), ox.Literal(name, language="id")))
    store.add(ox.Quad(ox.NamedNode("http://x/row/unbound"), ox.NamedNode("http://x/other"), ox.Literal("-")))
    where = ("?row ?p ?o OPTIONAL { ?row <http://x/iri> ?iri } OPTIONAL { ?row <http://x/name> ?name } "
             "OPTIONAL { ?row <http://x/label> ?label }")
    for value, key in (("?iri", 'CONCAT(" ", STR(?iri))'), ("?name", 'CONCAT(" ", ?name)'), ("?label", 'CONCAT(" ", ?label)')):
        by_value = [s["row"] for s in store.query(f"SELECT DISTINCT ?row {value} WHERE {{ {where} }} ORDER BY {value}")]
        by_key = [s["row"] for s in store.query(
            f"SELECT DISTINCT ?row {value} WHERE {{ {where} BIND ({key} AS ?key) }} ORDER BY ?key")]
        assert len(by_value) == len(iris) + 1 and by_key == by_value, value
