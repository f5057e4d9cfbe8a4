"""Loading a corpus into another SPARQL 1.1 store over the Graph Store Protocol (GSP): each article's named
graph is PUT to `ENDPOINT?graph=<name>`, which replaces the graph, so loading the same corpus twice leaves
the target as it was after the first time. Facts outside every article's graph (a store's shared part, if
it has one) are PUT to `ENDPOINT?default`. An article whose text changed is built into a graph of another
name, so the graph it had before stays in the target until it is pruned: `prune_graphs` asks the target's
SPARQL query endpoint which graphs it holds under the corpus's graph namespace and DELETEs those the
corpus no longer has.

The protocol is plain HTTP, so the standard library speaks it: urllib, with HTTP digest and basic
authentication (Virtuoso's `/sparql-graph-crud-auth` asks for digest, Fuseki and GraphDB for basic).
Graphs travel as N-Triples, which every store reads and which needs no prefixes.

    >>> target = GraphStore("http://127.0.0.1:8890/sparql-graph-crud-auth", user="dba", password="dba")
    >>> target.graph_url("https://w3id.org/berita-kg/id/graph/a")
    'http://127.0.0.1:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Fberita-kg%2Fid%2Fgraph%2Fa'
"""
from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import KGError

__all__ = ["GraphStore", "GraphStoreError", "LoadReport", "file_graphs", "load_graphs", "prune_graphs", "store_graphs"]

N_TRIPLES = "application/n-triples"
SPARQL_RESULTS_JSON = "application/sparql-results+json"
PAGE = 5000  # graph names asked for at once: below Virtuoso's default cap of 10,000 result rows
DEFAULT_GRAPH = None  # the name under which a source yields the triples of its default graph


class GraphStoreError(KGError):
    """The target store cannot be reached, refuses the credentials, or refuses a graph."""


@dataclass(frozen=True)
class LoadReport:
    """What a load sent: the named graphs (their names) and triples, and whether a default graph was sent."""

    graphs: tuple[str, ...]
    triples: int
    default_graph: bool


class GraphStore:
    """A Graph Store Protocol endpoint (`…/sparql-graph-crud-auth` on Virtuoso, `…/DATASET/data` on
    Fuseki), optionally with a user and password tried as digest or basic authentication, whichever the
    endpoint asks for, and the store's SPARQL query endpoint (`sparql`), which only pruning needs.

    Raises GraphStoreError when an endpoint is not an http(s) URL."""

    def __init__(self, endpoint: str, user: str | None = None, password: str | None = None,
                 sparql: str | None = None, timeout: float = 120.0):
        for url in (endpoint, sparql):
            parts = urllib.parse.urlsplit(url or "http://given.later")
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise GraphStoreError(f"{url} is not an http(s) URL; give the store's endpoint, e.g. "
                                      "http://localhost:8890/sparql-graph-crud-auth (Graph Store Protocol) or "
                                      "http://localhost:8890/sparql (queries)")
        self.endpoint = endpoint
        self.sparql = sparql
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, [endpoint, *([sparql] if sparql else [])], user, password or "")
            handlers += [urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)

    def graph_url(self, graph: str | None) -> str:
        """The URL of one graph: `?graph=<IRI>`, or `?default` for the default graph (graph None)."""
        query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        separator = "&" if urllib.parse.urlsplit(self.endpoint).query else "?"
        return f"{self.endpoint}{separator}{query}"

    def put(self, graph: str | None, ntriples: bytes) -> None:
        """Replace `graph` (None: the default graph) with these N-Triples. Raises GraphStoreError."""
        self._send(urllib.request.Request(self.graph_url(graph), data=ntriples, method="PUT",
                                          headers={"Content-Type": N_TRIPLES}), _graph_words(graph))

    def delete(self, graph: str) -> None:
        """Remove a named graph. Raises GraphStoreError (a graph the store does not have is refused, 404)."""
        self._send(urllib.request.Request(self.graph_url(graph), method="DELETE"), _graph_words(graph))

    def graphs_under(self, prefixes: Iterable[str]) -> set[str]:
        """The names of the target's non-empty graphs that start with one of `prefixes`, asked of its
        SPARQL query endpoint page by page (a store caps the rows of one answer). Raises GraphStoreError."""
        if not self.sparql:
            raise GraphStoreError("pruning needs the store's SPARQL query endpoint; give it with --sparql URL")
        test = " || ".join(f"STRSTARTS(STR(?g), {json.dumps(p)})" for p in sorted(prefixes)) or "false"
        found: set[str] = set()
        offset = 0
        while True:
            query = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER ({test}) }} "
                     f"ORDER BY ?g LIMIT {PAGE} OFFSET {offset}")
            request = urllib.request.Request(self.sparql, data=urllib.parse.urlencode({"query": query}).encode(),
                                             headers={"Accept": SPARQL_RESULTS_JSON})
            rows = json.loads(self._send(request, "the query for its graphs", self.sparql))["results"]["bindings"]
            found |= {row["g"]["value"] for row in rows if "g" in row}
            if len(rows) < PAGE:
                return found
            offset += PAGE

    def _send(self, request: urllib.request.Request, what: str, url: str | None = None) -> bytes:
        url = url or self.endpoint
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as e:
            raise _refusal(e, url, what) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise GraphStoreError(f"cannot reach {url} ({reason}); is the store running, and is the URL "
                                  "the right endpoint?") from None


def _graph_words(graph: str | None) -> str:
    return "the default graph" if graph is None else f"the graph <{graph}>"


def _refusal(e: urllib.error.HTTPError, endpoint: str, what: str) -> GraphStoreError:
    """The one-line message for an HTTP error answer, with what the server said (its body without markup)."""
    if e.code == 401:
        return GraphStoreError(f"{endpoint} refused the credentials (401 Unauthorized); give the store's "
                               "user with --user and its password with --password or KG_LOAD_PASSWORD")
    said = _plain_text(e.read() if e.fp else b"")
    return GraphStoreError(f"{endpoint} refused {what} ({e.code} {e.reason}{': ' + said if said else ''})")


def _plain_text(body: bytes, limit: int = 300) -> str:
    """An error page as one short line: markup and the page's title dropped (Virtuoso says what went wrong
    in an <xmp> block)."""
    text = body.decode("utf-8", "replace")
    detail = re.search(r"<xmp>(.*?)</xmp>", text, re.S | re.I)
    if detail:
        text = detail.group(1)
    text = re.sub(r"<title>.*?</title>|<[^>]+>", " ", text, flags=re.S | re.I)
    text = " ".join(html.unescape(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------- what is loaded
def store_graphs(folder: str | Path) -> Iterator[tuple[str, bytes]]:
    """Each article graph of the corpus store `folder` as (name, N-Triples), sorted by name. The store's
    default graph is the union of its articles, which the store keeps for its own queries; the target
    makes its own union (or not), so it is not sent. Raises StoreError when `folder` is not a store."""
    import pyoxigraph as ox

    from kg.store import CorpusStore

    with CorpusStore(folder, read_only=True) as store:
        names = sorted(str(g.value) for g in store.oxigraph.named_graphs())
        for name in names:
            yield name, _ntriples(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(name)))


def file_graphs(paths: Iterable[str | Path]) -> Iterator[tuple[str | None, bytes]]:
    """Each article graph of built graph files (or folders of them) as (name, N-Triples), sorted by name:
    the names `kg query` gives them. Raises KGError when a file is not RDF."""
    from rdflib import Graph

    from kg.query import load_dataset

    dataset = load_dataset(paths)
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(graph):
            triples = Graph()
            for triple in graph:
                triples.add(triple)
            yield str(graph.identifier), _sorted_lines(triples.serialize(format="nt", encoding="utf-8"))


def _ntriples(quads) -> bytes:
    """Oxigraph quads of one graph as N-Triples, lines sorted (the same bytes for the same graph)."""
    return _sorted_lines("".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads).encode("utf-8"))


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(line for line in data.decode("utf-8").splitlines() if line.strip()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def load_graphs(target: GraphStore, graphs: Iterable[tuple[str | None, bytes]], on_graph=None) -> LoadReport:
    """PUT every graph to `target` (replacing what it held under that name). `on_graph(name)` is called
    after each one (progress). Raises GraphStoreError at the first graph the target refuses."""
    named: list[str] = []
    triples = 0
    default = False
    for name, ntriples in graphs:
        target.put(name, ntriples)
        triples += ntriples.count(b"\n")
        if name is DEFAULT_GRAPH:
            default = True
        else:
            named.append(name)
        if on_graph:
            on_graph(name)
    return LoadReport(tuple(named), triples, default)


def prune_graphs(target: GraphStore, keep: Iterable[str]) -> list[str]:
    """Delete the target's graphs that sit in the namespace of the graphs in `keep` (each name up to its
    last `/`, e.g. `…/id/graph/`) but are not in `keep`: the graphs of articles since changed or removed.
    Graphs in other namespaces are never touched. Returns the deleted names, sorted."""
    keep = set(keep)
    namespaces = {name.rsplit("/", 1)[0] + "/" for name in keep if "/" in name}
    stale = sorted(target.graphs_under(namespaces) - keep) if namespaces else []
    for name in stale:
        target.delete(name)
    return stale
