"""A read-only SPARQL 1.1 Protocol endpoint over built graphs, with a query page for people.

Why it is built this way:
- The standard library's ThreadingHTTPServer speaking HTTP/1.1, with an idle timeout per connection
  and a cap on open connections; every route is in `_Handler` below, and every error, the server's own
  (400, 414, 501 ...) included, has the one JSON shape.
- The request threads never parse SPARQL. Each query is inspected and parsed (kg.query.prepare_query)
  in a worker *before* it is evaluated there, so updates, LOAD, SERVICE and FROM never reach the
  engine (Oxigraph would call SERVICE endpoints), and parsing a huge query counts against its time limit.
- Oxigraph cannot interrupt a running query either, so queries are evaluated in worker processes that
  can be killed when they run past the time limit. The workers are forked from a small
  single-threaded "zygote" process started before the HTTP threads, which already holds the
  loaded dataset: a replacement worker costs one fork, never a reload, and no worker is ever
  forked from a process that has other threads running. A corpus store is never copied: each
  worker opens its Oxigraph database read-only once forked (RocksDB starts threads, so neither the
  server nor the zygote opens it before forking), which takes milliseconds whatever its size.
- At most `max_concurrent` queries are evaluated at once (one per worker); a request that finds
  no free worker within the wait gets 503, with the same JSON error body as every other error.

Example:
    >>> server = make_server(load_dataset(["tests/data"]), port=0)   # doctest: +SKIP
    >>> threading.Thread(target=server.serve_forever).start()       # doctest: +SKIP
    >>> server.url                                                  # doctest: +SKIP
    'http://127.0.0.1:41234/'
"""
from __future__ import annotations

import json
import multiprocessing
import os
import queue
import re
import signal
import socket
import struct
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.query import Result

from kg.errors import KGError
from kg.paths import EXPORTS_DIR, STATIC_DIR
from kg.query import (
    DEFAULT_GRAPH_FORMAT, DEFAULT_TABLE_FORMAT, PREFIXES, RESULT_FORMATS, QueryError, QueryForbidden,
    ResultFormat, bundled_queries, graph_names, load_dataset, prepare_query, query_store, reads_store_in_place,
    refuse_update, result_format, run_query, serialize_result, triple_count,
)

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS_NS = Namespace("http://www.w3.org/ns/formats/")
VOID = Namespace("http://rdfs.org/ns/void#")
MAX_BODY_BYTES = 1_000_000
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml"}
PAGE_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
               "connect-src 'self'; frame-ancestors 'none'")


@dataclass(frozen=True)
class Settings:
    timeout: float = 10.0  # seconds one query may take, parsing included, before its worker is killed
    max_rows: int = 10000  # rows (SELECT) or triples (CONSTRUCT / DESCRIBE) one result may have
    max_concurrent: int = 4  # queries evaluated at once
    queue_wait: float = 2.0  # seconds a request waits for a free worker before 503
    idle_timeout: float = 30.0  # seconds a connection may stay silent (between or within requests)
    max_connections: int = 256  # connections open at once; one more is answered 503 and closed


class HTTPError(QueryError):
    """An error answered with `status` and the project's JSON error body."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message, code=code)
        self.status = status


# ------------------------------------------------------------------------------------------------
# Worker processes.


def _evaluate(dataset: Dataset, job: dict) -> tuple:
    """Run one job in a worker: ("ok", content type, body) or ("error", status, code, message).

    The query is inspected and parsed here, inside the time limit, and the result format is chosen
    from the job's parameters and Accept header once the query's form is known.
    """
    try:
        prepared = prepare_query(job["query"])
        if job["kind"] == "vis":
            if not prepared.returns_graph:
                raise HTTPError(400, "not-a-graph-query", f"/graph draws CONSTRUCT and DESCRIBE results, not "
                                f"{prepared.form}; send SELECT and ASK to /sparql")
            from kg.viz import to_vis_data

            result = run_query(dataset, prepared, max_rows=job["max_rows"])
            data = to_vis_data(result.graph, lang=job.get("lang", "id"))
            return "ok", "application/json", json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
        fmt = choose_format(job["params"], job["accept"], prepared.returns_graph)
        result = run_query(dataset, prepared, max_rows=job["max_rows"])
        return "ok", _content_type(fmt), serialize_result(result, fmt)
    except QueryError as e:
        return "error", e.status, e.code, str(e)
    except ImportError as e:
        return "error", 501, "drawing-unavailable", f"graph drawing is not available ({e}); install berita-kg fully"
    except Exception as e:  # noqa: BLE001 - a worker must answer, whatever rdflib raised
        return "error", 500, "evaluation-failed", f"the query failed while running: {type(e).__name__}: {e}"


def _content_type(fmt: ResultFormat) -> str:
    return fmt.media_type + "; charset=utf-8"


def _worker_main(conn: Connection, dataset: Dataset) -> None:
    try:
        query_store(dataset)  # a corpus store is opened here, read-only, in this forked process
    except KGError:
        pass  # each query then answers with the reason
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server closed our end: it is gone or replaced us
            return
        conn.send(_evaluate(dataset, job))


def _zygote_main(requests: socket.socket, server_end: socket.socket, dataset: Dataset) -> None:
    """Fork one worker per request received; each request carries the worker's end of a socket pair."""
    server_end.close()  # so that the server exiting closes `requests` and ends this loop
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed workers are reaped by the kernel
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(requests, 16, 1)
        except OSError:
            return
        if not message or not fds:
            return
        pid = os.fork()
        if pid == 0:
            try:
                requests.close()
                _worker_main(Connection(fds[0]), dataset)
            finally:
                os._exit(0)
        for fd in fds:
            os.close(fd)
        requests.sendall(struct.pack("!i", pid))


@dataclass
class _Worker:
    pid: int
    conn: Connection


class WorkerPool:
    """`size` worker processes holding the dataset; `run` gives a job to a free one, with a time limit."""

    def __init__(self, dataset: Dataset, size: int):
        try:
            import kg.viz  # noqa: F401 - imported once here, so each forked worker has it ready
        except ImportError:
            pass
        ours, theirs = socket.socketpair()
        context = multiprocessing.get_context("fork")
        self._zygote = context.Process(target=_zygote_main, args=(theirs, ours, dataset), daemon=True,
                                       name="kg-query-zygote")
        self._zygote.start()
        theirs.close()
        self._requests = ours
        self._spawn_lock = threading.Lock()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair()
        with self._spawn_lock:
            socket.send_fds(self._requests, [b"spawn"], [theirs.fileno()])
            reply = b""
            while len(reply) < 4:
                chunk = self._requests.recv(4 - len(reply))
                if not chunk:
                    raise HTTPError(500, "workers-gone", "the query workers stopped; restart `kg serve`")
                reply += chunk
        theirs.close()
        return _Worker(struct.unpack("!i", reply)[0], Connection(ours.detach()))

    def _replace(self, worker: _Worker) -> _Worker:
        try:
            os.kill(worker.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        worker.conn.close()
        return self._spawn()

    def run(self, job: dict, timeout: float, wait: float) -> tuple:
        """The worker's reply to `job`. Raises HTTPError 503 when no worker frees up within `wait`
        seconds and 504 when the job runs longer than `timeout` (its worker is then replaced)."""
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise HTTPError(503, "busy", "the server is answering as many queries as it may; retry shortly") from None
        try:
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                worker = self._replace(worker)
                raise HTTPError(504, "query-timeout", f"the query ran longer than {timeout:g} s and was stopped; "
                                "narrow it down (more specific patterns, LIMIT) or raise --timeout")
            return worker.conn.recv()
        except (EOFError, OSError):
            worker = self._replace(worker)
            raise HTTPError(500, "worker-crashed", "the query stopped its worker (out of memory?); narrow it down") from None
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            try:
                os.kill(worker.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            worker.conn.close()
        self._requests.close()
        self._zygote.join(timeout=5)


# ------------------------------------------------------------------------------------------------
# HTTP.


class QueryServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many clients may connect at once; the pool, not the backlog, limits work

    def __init__(self, address: tuple[str, int], dataset: Dataset, settings: Settings):
        self.dataset = dataset
        self.settings = settings
        self.connections = threading.BoundedSemaphore(settings.max_connections)
        if not reads_store_in_place(dataset):
            query_store(dataset)  # built once here, in memory, so every forked worker shares it
        # forked before any HTTP thread exists, and before this process opens a store's RocksDB (which
        # starts threads): each worker opens the store read-only itself
        self.pool = WorkerPool(dataset, settings.max_concurrent)
        self._triple_count: int | None = None
        self._count_lock = threading.Lock()
        try:
            self.graph_names = graph_names(dataset)
        except KGError:
            self.pool.close()
            raise
        try:
            super().__init__(address, _Handler)
        except OSError as e:
            self.pool.close()
            raise KGError(f"cannot listen on {address[0]}:{address[1]} ({e.strerror}); pick another --port") from e

    @property
    def triple_count(self) -> int:
        """The triples of the dataset's union, counted once, when first asked (seconds on a large store)."""
        with self._count_lock:
            if self._triple_count is None:
                self._triple_count = triple_count(self.dataset)
            return self._triple_count

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def process_request(self, request: socket.socket, client_address: tuple) -> None:
        """Serve the connection in its own thread, or answer 503 at once when `max_connections` are open."""
        if not self.connections.acquire(blocking=False):
            _refuse_connection(request)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: socket.socket, client_address: tuple) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def _refuse_connection(request: socket.socket) -> None:
    body = _error_body(503, "too-many-connections", "the server has as many connections open as it may; "
                       "retry shortly")
    head = (f"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n")
    try:
        request.settimeout(1.0)
        request.sendall(head.encode("ascii") + body)
    except OSError:
        pass


def _error_body(status: int, code: str, message: str) -> bytes:
    """The one error shape of every answer that is not a result."""
    document = {"error": {"status": status, "code": code, "message": message}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def make_server(dataset: Dataset, host: str = "127.0.0.1", port: int = 0,
                settings: Settings = Settings()) -> QueryServer:
    """A server (not yet serving) for `dataset`; call serve_forever() and, at the end, server_close()."""
    return QueryServer((host, port), dataset, settings)


def serve(paths: list[str | Path], host: str = "127.0.0.1", port: int = 8000,
          settings: Settings = Settings()) -> None:
    """Load the graphs in `paths` (default: exports/ if it exists) and answer queries until Ctrl-C."""
    if not paths and EXPORTS_DIR.is_dir():
        paths = [EXPORTS_DIR]
    dataset = load_dataset(paths, stores_in_place=True) if paths else Dataset(default_union=True)
    server = make_server(dataset, host, port, settings)
    if reads_store_in_place(server.dataset):  # counting a large store's triples takes seconds: not before serving
        print(f"kg serve: {len(server.graph_names)} graphs", file=sys.stderr)
        threading.Thread(target=lambda: server.triple_count, daemon=True).start()
    else:
        print(f"kg serve: {len(server.graph_names)} graphs, {server.triple_count} triples", file=sys.stderr)
    try:
        _stop_on_interrupt_or_terminate()  # inside the try: a stop asked for from here on is a clean one
        print(f"kg serve: listening on {server.url} (SPARQL endpoint {server.url}sparql); Ctrl-C stops",
              file=sys.stderr, flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _stop_on_interrupt_or_terminate() -> None:
    """Ctrl-C (SIGINT) and a service manager's SIGTERM both stop the server, even where the process was started
    with SIGINT ignored (a parent that ignores it, as a shell does for a job it puts in the background, passes that
    on, and Python then installs no handler of its own): the server says Ctrl-C stops it."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)


def choose_format(params: dict[str, list[str]], accept: str, for_graphs: bool,
                  formats: tuple[ResultFormat, ...] = RESULT_FORMATS) -> ResultFormat:
    """The result format: a `format` (or `output`) parameter of the right kind first, then the Accept header.

    No Accept header (or a wildcard) gives the default; raises HTTPError 406 when Accept names only
    media types that cannot be served for this kind of result.
    """
    default = result_format(DEFAULT_GRAPH_FORMAT if for_graphs else DEFAULT_TABLE_FORMAT)
    for key in ("format", "output"):
        for value in params.get(key, []):
            fmt = result_format(value, for_graphs)
            if fmt.for_graphs == for_graphs:
                return fmt
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, *options = [part.strip() for part in item.split(";")]
        q = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    q = float(option[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, position, media.lower()))
    if not accept.strip():
        return default
    kind = [default] + [f for f in formats if f.for_graphs == for_graphs and f != default]
    for _, _, media in sorted(ranked):
        for fmt in kind:
            if media in ("*/*", fmt.media_type, *fmt.aliases) or \
                    (media.endswith("/*") and fmt.media_type.startswith(media[:-1])):
                return fmt
    offered = ", ".join(f.media_type for f in formats if f.for_graphs == for_graphs)
    raise HTTPError(406, "not-acceptable", f"nothing in Accept ({accept.strip()[:200]}) can be served for this "
                    f"{'graph' if for_graphs else 'table'} result; accept one of {offered}")


_IRI_CHARS = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


def describe_query(iri: str) -> str:
    """A CONSTRUCT of what the graph says about `iri` (both directions) with its neighbours' types and
    names, which is what a drawing needs to place and label them."""
    if not _IRI_CHARS.match(iri):
        raise HTTPError(400, "bad-iri", f"{iri!r} is not an absolute IRI; pass iri=https://...")
    about = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, <https://schema.org/name>, " \
            "<http://www.w3.org/2004/02/skos/core#prefLabel>, " \
            "<http://www.w3.org/2000/01/rdf-schema#label>"
    return (f"CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> . ?o ?n ?oName . ?s ?m ?sName . }}\n"
            f"WHERE {{ {{ <{iri}> ?p ?o OPTIONAL {{ ?o ?n ?oName FILTER (?n IN ({about})) }} }}\n"
            f"  UNION {{ ?s ?q <{iri}> OPTIONAL {{ ?s ?m ?sName FILTER (?m IN ({about})) }} }} }}")


class _Handler(BaseHTTPRequestHandler):
    server: QueryServer
    server_version = "berita-kg"
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        self.timeout = self.server.settings.idle_timeout  # StreamRequestHandler applies it to the socket
        super().setup()

    # -- plumbing ---------------------------------------------------------------------------------

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if getattr(self, "command", None) != "HEAD":
            self.wfile.write(body)

    def _send_error(self, status: int, code: str, message: str) -> None:
        headers = {"Retry-After": "1"} if status == 503 else {}
        if status == 405:
            headers["Allow"] = "GET, HEAD, POST"
        self._send(status, "application/json; charset=utf-8", _error_body(status, code, message), headers)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own errors (malformed request line, URI too long, unknown method ...) in the JSON shape."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # a request line it could not read: answer with a status line
            self.request_version = "HTTP/1.1"
        reason = self.responses.get(code, ("error",))[0]
        self._send_error(code, _STDLIB_ERROR_CODES.get(code, "bad-request"), f"{message or reason}")

    def _send_json(self, data: object) -> None:
        self._send(200, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode())

    def _guarded(self, handler) -> None:  # noqa: ANN001
        try:
            handler()
        except QueryError as e:
            self._send_error(e.status, e.code, str(e))
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True
        except Exception as e:  # noqa: BLE001 - answer with the one error shape, never a stack trace
            self._send_error(500, "internal-error", f"{type(e).__name__}: {e}")

    def _params(self) -> dict[str, list[str]]:
        """URL parameters, plus the body's for a form POST; a direct POST body becomes `query`."""
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if self.command != "POST":
            return params
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self.close_connection = True
            raise HTTPError(411, "length-required", "send a Content-Length header with the request body")
        if int(length) > MAX_BODY_BYTES:
            self.close_connection = True
            raise HTTPError(413, "body-too-large", f"the request body is over {MAX_BODY_BYTES} bytes")
        body = self.rfile.read(int(length)).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            params.setdefault("query", []).append(body)
        elif media == "application/sparql-update":
            refuse_update(body)
        else:
            raise HTTPError(415, "unsupported-media-type", "POST the query as application/x-www-form-urlencoded "
                            "(query=...) or as application/sparql-query")
        return params

    def _query_text(self, params: dict[str, list[str]]) -> str | None:
        if "update" in params:
            refuse_update(params["update"][0])
        for key in ("default-graph-uri", "named-graph-uri"):
            if key in params:
                raise QueryForbidden(f"{key} is not allowed (<{params[key][0]}>): the dataset is fixed; use "
                                     "GRAPH ?g { ... } to pick articles", code="dataset-forbidden")
        queries = params.get("query", [])
        if len(queries) > 1:
            raise HTTPError(400, "bad-request", "send exactly one query parameter")
        return queries[0] if queries else None

    def _run(self, job: dict) -> None:
        settings = self.server.settings
        job["max_rows"] = settings.max_rows
        reply = self.server.pool.run(job, settings.timeout, settings.queue_wait)
        if reply[0] == "ok":
            self._send(200, reply[1], reply[2], {"Vary": "Accept"})
        else:
            self._send_error(*reply[1:])

    # -- routes -----------------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._guarded(self._route)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        self._guarded(self._route)

    def _not_allowed(self) -> None:
        self._guarded(lambda: self._raise(HTTPError(405, "method-not-allowed", f"{self.command} is not supported; "
                                                    "use GET or POST")))

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed

    @staticmethod
    def _raise(error: Exception) -> None:
        raise error

    def _route(self) -> None:
        path = urlsplit(self.path).path
        if path == "/sparql":
            return self._sparql()
        if path in ("/graph", "/describe"):
            return self._graph(path)
        if self.command == "POST":
            raise HTTPError(405 if path in ("/", "/health", "/queries") else 404, "not-found",
                            f"nothing to POST to at {path}; POST queries to /sparql or /graph")
        if path == "/":
            return self._static("index.html")
        if path.startswith("/static/"):
            return self._static(path[len("/static/"):])
        if path == "/health":
            return self._send_json({"status": "ok", "graphs": len(self.server.graph_names),
                                    "triples": self.server.triple_count})
        if path == "/queries":
            return self._send_json({
                "queries": [{"name": q.name, "description": q.description, "description_id": q.description_id,
                             "query": q.text}
                            for q in bundled_queries()],
                "prefixes": PREFIXES,
            })
        raise HTTPError(404, "not-found", f"there is nothing at {path}; try / (the query page) or /sparql")

    def _sparql(self) -> None:
        params = self._params()
        text = self._query_text(params)
        accept = self.headers.get("Accept") or ""
        if text is None:
            return self._service_description(params, accept)
        self._run({"kind": "result", "query": text, "params": params, "accept": accept})

    def _graph(self, path: str) -> None:
        params = self._params()
        if path == "/describe":
            iri = (params.get("iri") or [""])[0]
            text = describe_query(iri)
        else:
            text = self._query_text(params)
            if not text:
                raise HTTPError(400, "missing-query", "pass a CONSTRUCT or DESCRIBE query as query=...")
        lang = (params.get("lang") or ["id"])[0]
        self._run({"kind": "vis", "query": text, "lang": lang})

    def _static(self, name: str) -> None:
        root = STATIC_DIR.resolve()
        target = (root / name).resolve()
        if root not in target.parents or not target.is_file():
            raise HTTPError(404, "not-found", f"there is no static file {name!r}")
        content_type = STATIC_TYPES.get(target.suffix, "text/plain; charset=utf-8")
        self._send(200, content_type, target.read_bytes(), {"Content-Security-Policy": PAGE_POLICY})

    def _service_description(self, params: dict[str, list[str]], accept: str) -> None:
        fmt = choose_format(params, accept, for_graphs=True)
        graph = service_description(self._endpoint(), self.server.graph_names, self.server.triple_count)
        result = Result("CONSTRUCT")
        result.graph = graph
        self._send(200, _content_type(fmt), serialize_result(result, fmt), {"Vary": "Accept"})

    def _endpoint(self) -> URIRef:
        host = self.headers.get("Host") or ""
        if not re.fullmatch(r"[A-Za-z0-9.\-]+(:\d+)?|\[[0-9A-Fa-f:.]+\](:\d+)?", host):
            host = "{}:{}".format(*self.server.server_address[:2])
        return URIRef(f"http://{host}/sparql")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")


_STDLIB_ERROR_CODES = {400: "bad-request", 408: "request-timeout", 414: "uri-too-long",
                       431: "headers-too-large", 501: "method-not-allowed", 505: "http-version-not-supported"}


def service_description(endpoint: URIRef, graph_names: list[str], triple_count: int) -> Graph:
    """The SPARQL 1.1 Service Description of the endpoint: what it speaks and the graphs it holds."""
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("void", VOID)
    graph.bind("formats", FORMATS_NS)
    dataset, default = URIRef(f"{endpoint}#dataset"), URIRef(f"{endpoint}#default-graph")
    graph.add((endpoint, RDF.type, SD.Service))
    graph.add((endpoint, SD.endpoint, endpoint))
    graph.add((endpoint, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((endpoint, SD.feature, SD.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "JSON-LD", "N-Triples", "TriG", "RDF_XML"):
        graph.add((endpoint, SD.resultFormat, FORMATS_NS[name]))
    graph.add((endpoint, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, VOID.triples, Literal(triple_count, datatype=XSD.integer)))
    for number, name in enumerate(graph_names, start=1):
        named = URIRef(f"{endpoint}#named-graph-{number}")
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
    return graph
