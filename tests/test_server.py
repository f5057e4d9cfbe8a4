"""kg.server over real HTTP on a loopback port: SPARQLWrapper as the client for every results format,
hostile requests (updates, SERVICE, FROM, LOAD, runaway queries, floods) and the one error body shape."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper

from kg.query import load_dataset
from kg.server import Settings, make_server

DATA = Path(__file__).parent / "data"
B = "https://w3id.org/berita-kg/id/"
PEOPLE = ("SELECT ?person ?name WHERE { ?person a <https://schema.org/Person> ; <https://schema.org/name> ?name } "
          "ORDER BY ?name")
NAMES = ["Bambang Hartono", "Dewi Kartika", "Rina Wulandari"]
PERSONS_GRAPH = "CONSTRUCT { ?p ?x ?y } WHERE { ?p a <https://schema.org/Person> ; ?x ?y }"
FOREVER = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
SETTINGS = Settings(timeout=1.5, max_rows=500, max_concurrent=4, queue_wait=5.0)


def write_graphs(folder: Path) -> Path:
    """The query fixtures plus a generated chain of 300 triples: enough for a runaway cartesian product."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("query-articles.trig", "query-taspen.ttl"):
        shutil.copy(DATA / name, folder / name)
    chain = "".join(f"<urn:kg-test:n{i}> <urn:kg-test:next> <urn:kg-test:n{i + 1}> .\n" for i in range(300))
    (folder / "generated-chain.nt").write_text(chain, encoding="utf-8")
    return folder


class Running:
    """A server on a free loopback port, serving from a thread of this test process."""

    def __init__(self, folder: Path, settings: Settings):
        self.server = make_server(load_dataset([folder]), "127.0.0.1", 0, settings)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = self.server.url

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None,
                method: str | None = None) -> tuple[int, dict, bytes]:
        req = urllib.request.Request(self.url + path.lstrip("/"), data=data, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(req, timeout=60) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def get(self, path: str, accept: str | None = None, **params: str) -> tuple[int, dict, bytes]:
        query = urllib.parse.urlencode(params)
        return self.request(f"{path}?{query}" if query else path, headers={"Accept": accept} if accept else {})

    def post_form(self, path: str, **params: str) -> tuple[int, dict, bytes]:
        return self.request(path, urllib.parse.urlencode(params).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def sparql(self, query: str, fmt, method: str | None = None, only_conneg: bool = False):
        client = SPARQLWrapper(self.url + "sparql")
        client.setQuery(query)
        client.setReturnFormat(fmt)
        client.setOnlyConneg(only_conneg)
        if method == POSTDIRECTLY:
            client.setMethod(POST)
            client.setRequestMethod(POSTDIRECTLY)
        elif method:
            client.setMethod(method)
        return client.query().convert()


@pytest.fixture(scope="module")
def running(tmp_path_factory) -> Running:
    server = Running(write_graphs(tmp_path_factory.mktemp("graphs")), SETTINGS)
    yield server
    server.close()


def error_of(status: int, body: bytes) -> dict:
    """The error body, checked against the one shape every error has."""
    document = json.loads(body)
    assert list(document) == ["error"]
    error = document["error"]
    assert sorted(error) == ["code", "message", "status"]
    assert error["status"] == status and isinstance(error["code"], str) and error["message"]
    return error


# -- SPARQLWrapper for every format ------------------------------------------------------------------


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY], ids=["get", "post-form", "post-direct"])
def test_select_as_json_by_get_and_both_kinds_of_post(running, method):
    result = running.sparql(PEOPLE, JSON, method)
    assert result["head"]["vars"] == ["person", "name"]
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == NAMES


@pytest.mark.parametrize("only_conneg", [False, True], ids=["format-param", "accept-only"])
def test_select_as_xml_csv_and_tsv(running, only_conneg):
    xml = running.sparql(PEOPLE, XML, only_conneg=only_conneg)
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")] == NAMES
    csv = running.sparql(PEOPLE, CSV, only_conneg=only_conneg).decode().splitlines()
    assert csv[0] == "person,name" and csv[1] == f"{B}person/bambang-hartono,Bambang Hartono"
    tsv = running.sparql(PEOPLE, TSV, only_conneg=only_conneg).decode().splitlines()
    assert tsv[0] == "?person\t?name" and tsv[3] == f'<{B}person/rina-wulandari>\t"Rina Wulandari"'


def test_ask_as_json(running):
    assert running.sparql("ASK { ?s a <https://schema.org/Quotation> }", JSON) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("only_conneg", [False, True], ids=["format-param", "accept-only"])
def test_construct_as_turtle_and_json_ld_is_the_same_graph(running, only_conneg):
    turtle = Graph().parse(data=running.sparql(PERSONS_GRAPH, TURTLE, only_conneg=only_conneg), format="turtle")
    json_ld = running.sparql(PERSONS_GRAPH, JSONLD, only_conneg=only_conneg)  # SPARQLWrapper parses it
    assert isomorphic(turtle, json_ld)
    assert len(set(turtle.subjects())) == 3


@pytest.mark.parametrize("accept, parse_as", [("application/n-triples", "nt"), ("application/trig", "trig"),
                                              ("text/turtle;q=0.5, application/ld+json", "json-ld")])
def test_graph_results_follow_the_accept_header(running, accept, parse_as):
    status, headers, body = running.get("/sparql", accept, query=f"DESCRIBE <{B}org/taspen>")
    assert status == 200 and headers["Content-Type"].startswith(accept.split(",")[-1].strip())
    graph = Graph()
    graph.parse(data=body, format=parse_as)
    assert (URIRef(B + "org/taspen"), URIRef("https://schema.org/name"), None) in graph


def test_the_service_description_and_health(running):
    status, headers, body = running.get("/sparql")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    sd = Graph().parse(data=body, format="turtle")
    SD = "http://www.w3.org/ns/sparql-service-description#"
    endpoint = URIRef(running.url + "sparql")
    assert (endpoint, URIRef(SD + "endpoint"), endpoint) in sd
    assert {str(o) for o in sd.objects(None, URIRef(SD + "name"))} >= {B + "graph/2025-03-10-surakarta-aa11bb22"}
    status, _, body = running.get("/health")
    assert status == 200 and json.loads(body)["graphs"] == 4


def test_bundled_questions_and_prefixes_for_the_page(running):
    status, _, body = running.get("/queries")
    data = json.loads(body)
    assert status == 200 and "who-leads-what" in {q["name"] for q in data["queries"]}
    assert data["prefixes"]["schema"] == "https://schema.org/"


def test_describe_and_graph_routes_return_vis_network_data(running):
    status, _, body = running.get("/describe", iri=B + "org/taspen")
    data = json.loads(body)
    assert status == 200 and {"nodes", "edges"} <= set(data)
    labels = {n["label"] for n in data["nodes"]}
    assert {"PT Taspen", "Dewi Kartika", "Tabungan Hari Tua"} <= labels
    status, _, body = running.post_form("/graph", query=PERSONS_GRAPH)
    assert status == 200 and len(json.loads(body)["nodes"]) >= 3
    status, _, body = running.post_form("/graph", query=PEOPLE)
    assert status == 400 and error_of(400, body)["code"] == "not-a-graph-query"
    status, _, body = running.get("/describe", iri="bukan iri")
    assert status == 400 and error_of(400, body)["code"] == "bad-iri"


# -- hostile requests -----------------------------------------------------------------------------


def test_updates_are_refused_however_they_are_sent(running):
    insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    for status, _, body in (
        running.post_form("/sparql", update=insert),
        running.post_form("/sparql", query=insert),
        running.request("/sparql", insert.encode(), {"Content-Type": "application/sparql-update"}),
        running.get("/sparql", update=insert),
    ):
        assert status == 403 and error_of(403, body)["code"] == "update-forbidden"
    assert running.sparql("ASK { <urn:a> <urn:b> <urn:c> }", JSON)["boolean"] is False


def test_load_is_refused(running, tmp_path):
    target = tmp_path / "muatan.ttl"
    target.write_text('<urn:muatan> <urn:isi> "MUATAN-91c2" .\n', encoding="utf-8")
    for send in (running.post_form, running.get):
        for params in ({"update": f"LOAD <{target.as_uri()}>"}, {"query": f"LOAD <{target.as_uri()}>"}):
            status, _, body = send("/sparql", **params)
            assert status == 403 and error_of(403, body)["code"] == "load-forbidden"
    assert running.sparql("ASK { ?s <urn:isi> ?o }", JSON)["boolean"] is False


def test_service_is_refused_and_makes_no_connection(running):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        port = listener.getsockname()[1]
        for query in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }} }}",
                      f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"):
            for status, _, body in (running.get("/sparql", query=query), running.post_form("/graph", query=query)):
                assert status == 403 and error_of(403, body)["code"] == "service-forbidden"
        with pytest.raises(BlockingIOError):
            listener.accept()  # not one connection reached the test's socket


def test_from_a_secret_file_is_refused_and_its_content_never_appears(running, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text('<urn:rahasia> <urn:kata-sandi> "RAHASIA-5e1d" .\n', encoding="utf-8")
    uri = secret.as_uri()
    answers = [
        running.get("/sparql", query=f"SELECT ?o FROM <{uri}> WHERE {{ ?s ?p ?o }}"),
        running.get("/sparql", query=f"SELECT ?o FROM NAMED <{uri}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
        running.post_form("/graph", query=f"CONSTRUCT {{ ?s ?p ?o }} FROM <{uri}> WHERE {{ ?s ?p ?o }}"),
        running.get("/sparql", query="SELECT ?o WHERE { ?s ?p ?o }", **{"default-graph-uri": uri}),
        running.get("/sparql", query="SELECT ?o WHERE { ?s ?p ?o }", **{"named-graph-uri": uri}),
    ]
    for status, _, body in answers:
        assert status == 403 and error_of(403, body)["code"] == "dataset-forbidden"
        assert b"RAHASIA" not in body
    assert running.sparql("ASK { ?s <urn:kata-sandi> ?o }", JSON)["boolean"] is False


def test_a_runaway_query_times_out_and_the_server_answers_the_next_one(running):
    status, _, body = running.get("/sparql", query=FOREVER)
    error = error_of(504, body)
    assert status == 504 and error["code"] == "query-timeout" and "1.5 s" in error["message"]
    assert [b["name"]["value"] for b in running.sparql(PEOPLE, JSON)["results"]["bindings"]] == NAMES


def test_too_many_rows_is_a_clear_error(running):
    status, _, body = running.get("/sparql", query="SELECT * WHERE { ?s ?p ?o }")
    error = error_of(413, body)
    assert error["code"] == "too-many-rows" and "500 rows" in error["message"]


def test_a_malformed_query_is_400_with_line_and_column(running):
    status, _, body = running.get("/sparql", query="SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s ?p\n}")
    error = error_of(400, body)
    assert status == 400 and error["code"] == "malformed-query" and "line 4, column 1" in error["message"]


@pytest.mark.parametrize("method, path, data, headers, status, code", [
    ("GET", "/tidak-ada", None, {}, 404, "not-found"),
    ("GET", "/static/../../kg/query.py", None, {}, 404, "not-found"),
    ("DELETE", "/sparql", None, {}, 405, "method-not-allowed"),
    ("POST", "/sparql", b"query=ASK{}", {"Content-Type": "text/plain"}, 415, "unsupported-media-type"),
    ("GET", "/sparql?query=ASK{}&format=yaml", None, {}, 400, "unknown-format"),
])
def test_every_error_has_the_same_json_body(running, method, path, data, headers, status, code):
    got, response_headers, body = running.request(path, data, headers, method)
    assert got == status and response_headers["Content-Type"].startswith("application/json")
    assert error_of(status, body)["code"] == code


def test_fifty_clients_at_once_are_all_answered_or_turned_away_cleanly(running):
    queries = [PEOPLE, "ASK { ?s ?p ?o }", f"DESCRIBE <{B}org/taspen>"]

    def client(i: int) -> tuple[int, bytes]:
        status, _, body = running.get("/sparql", query=queries[i % len(queries)])
        return status, body

    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(client, range(50)))
    for status, body in answers:
        assert status in (200, 503)
        if status == 503:
            assert error_of(503, body)["code"] == "busy"
    assert sum(status == 200 for status, _ in answers) >= SETTINGS.max_concurrent
    assert [b["name"]["value"] for b in running.sparql(PEOPLE, JSON)["results"]["bindings"]] == NAMES


def test_a_saturated_server_answers_503_with_the_same_body(tmp_path):
    server = Running(write_graphs(tmp_path / "graphs"), Settings(timeout=5, max_rows=10, max_concurrent=1,
                                                                 queue_wait=0.5))
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = list(pool.map(lambda _: server.get("/sparql", query=FOREVER), range(2)))
        assert sorted(status for status, _, _ in answers) == [503, 504]
        busy = next(body for status, _, body in answers if status == 503)
        assert error_of(503, busy)["code"] == "busy"
        status, _, _ = server.get("/sparql", query="ASK { ?s ?p ?o }")
        assert status == 200
    finally:
        server.close()


# -- the command ------------------------------------------------------------------------------------


def test_kg_serve_binds_loopback_and_prints_its_url_on_stderr(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(DATA / "query-taspen.ttl"), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "1 graphs" in process.stderr.readline()
        line = process.stderr.readline()
        url = line.split("listening on ")[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "health", timeout=30) as response:
            assert json.loads(response.read())["graphs"] == 1
    finally:
        process.terminate()
        process.communicate(timeout=30)


# -- under load and at the edges of HTTP -------------------------------------------------------------------


def start_kg_serve(*args: str) -> tuple[subprocess.Popen, str]:
    """`kg serve` in a fresh process (a cold start: nothing parsed yet) on a free loopback port."""
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", *args, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stderr.readline()
    return process, process.stderr.readline().split("listening on ")[1].split()[0]


def test_a_cold_server_answers_every_valid_query_from_many_clients_at_once(tmp_path):
    from kg.query import bundled_queries

    process, url = start_kg_serve(str(write_graphs(tmp_path / "graphs")), "--max-concurrent", "2")
    texts = [q.text for q in bundled_queries()]
    start = threading.Barrier(48)

    def client(i: int) -> int:
        start.wait()
        data = urllib.parse.urlencode({"query": texts[i % len(texts)]}).encode()
        try:
            with urllib.request.urlopen(url + "sparql", data, timeout=120) as response:
                return response.status
        except urllib.error.HTTPError as e:
            return e.code

    try:
        with ThreadPoolExecutor(max_workers=48) as pool:
            statuses = list(pool.map(client, range(48)))
    finally:
        process.terminate()
        process.communicate(timeout=30)
    assert set(statuses) <= {200, 503} and statuses.count(200) >= 2


def raw_exchange(url: str, request: bytes, wait: float = 10.0) -> bytes:
    """What the server sends back for bytes written straight to its socket, until it closes or `wait` passes."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as connection:
        connection.sendall(request)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return received


def json_error_of(response: bytes, status: int) -> dict:
    head, _, body = response.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode())
    assert b"content-type: application/json" in head.lower()
    return error_of(status, body)


@pytest.mark.parametrize("request_bytes, status, code", [
    (b"OPTIONS /sparql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405, "method-not-allowed"),
    (b"TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405, "method-not-allowed"),
    (b"BREW /sparql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 501, "method-not-allowed"),
    (b"GET /sparql?query=" + b"A" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri-too-long"),
    (b"GET /sparql HTTP/1.1 tambahan\r\n\r\n", 400, "bad-request"),
])
def test_the_servers_own_errors_have_the_json_shape(running, request_bytes, status, code):
    assert json_error_of(raw_exchange(running.url, request_bytes), status)["code"] == code


def test_it_speaks_http_1_1_and_keeps_the_connection_open(running):
    path = "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    one = f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    last = f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()
    answer = raw_exchange(running.url, one + last)
    assert answer.count(b"HTTP/1.1 200 OK") == 2 and answer.count(b'"boolean": true') == 2


def test_nothing_acceptable_is_406_and_rdf_xml_is_served_for_graphs(running):
    status, _, body = running.get("/sparql", "image/png", query=PEOPLE)
    assert status == 406 and error_of(406, body)["code"] == "not-acceptable"
    status, _, body = running.get("/sparql", "text/turtle", query=PEOPLE)
    assert status == 406
    graph = running.sparql(PERSONS_GRAPH, XML)  # SPARQLWrapper's default for CONSTRUCT asks for RDF/XML
    assert len(set(graph.subjects())) == 3
    status, headers, body = running.get("/sparql", "application/rdf+xml", query=f"DESCRIBE <{B}org/taspen>")
    assert status == 200 and headers["Content-Type"].startswith("application/rdf+xml")
    assert (URIRef(B + "org/taspen"), URIRef("https://schema.org/name"), None) in Graph().parse(data=body, format="xml")


@pytest.mark.parametrize("accept, parse_as", [("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
                                              ("application/n-triples", "nt")])
def test_the_service_description_follows_accept(running, accept, parse_as):
    status, headers, body = running.get("/sparql", accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    sd = Graph().parse(data=body, format=parse_as)
    endpoint = URIRef(running.url + "sparql")
    assert (endpoint, URIRef("http://www.w3.org/ns/sparql-service-description#endpoint"), endpoint) in sd
    status, _, body = running.get("/sparql", "image/png")
    assert status == 406 and error_of(406, body)["code"] == "not-acceptable"


def test_idle_connections_are_closed_and_their_number_is_capped(tmp_path):
    server = Running(write_graphs(tmp_path / "graphs"), Settings(timeout=2, max_rows=10, max_concurrent=1,
                                                                 idle_timeout=1.0, max_connections=3))
    host, port = urllib.parse.urlsplit(server.url).netloc.split(":")
    try:
        idle = [socket.create_connection((host, int(port)), timeout=10) for _ in range(3)]
        refused = raw_exchange(server.url, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert json_error_of(refused, 503)["code"] == "too-many-connections"
        for connection in idle:
            assert connection.recv(1) == b""  # closed by the server after a second of silence
            connection.close()
        assert server.get("/health")[0] == 200
    finally:
        server.close()


def test_a_huge_query_is_parsed_within_the_time_limit(running):
    values = " ".join(f'"nilai-{i:06d}"' for i in range(50000))  # ~750 KB, under the 1 MB body cap
    text = f"SELECT ?v WHERE {{ VALUES ?v {{ {values} }} }}"
    started = time.monotonic()
    status, _, body = running.request("/sparql", text.encode(), {"Content-Type": "application/sparql-query"})
    assert status in (413, 504) and error_of(status, body)["code"] in ("too-many-rows", "query-timeout")
    assert time.monotonic() - started < SETTINGS.timeout + 8


def test_a_store_is_served_in_place_by_workers_that_open_it_themselves(tmp_path, monkeypatch):
    from test_query import store_of

    files = [DATA / "query-articles.trig", DATA / "query-taspen.ttl"]
    store = store_of(files, tmp_path / "store")
    monkeypatch.setattr("subprocess.run", lambda *a, **k: pytest.fail("the store was dumped in a child process"))
    dataset = load_dataset([store], stores_in_place=True)
    server = make_server(dataset, "127.0.0.1", 0, SETTINGS)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        query = urllib.parse.urlencode({"query": PEOPLE})
        with urllib.request.urlopen(f"{server.url}sparql?{query}", timeout=60) as response:
            rows = json.loads(response.read())["results"]["bindings"]
        assert [row["name"]["value"] for row in rows] == NAMES
        with urllib.request.urlopen(server.url + "health", timeout=60) as response:
            health = json.loads(response.read())
        assert (health["graphs"], health["triples"]) == (3, len(load_dataset(files)))
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
