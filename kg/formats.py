"""RDF formats as values: name, media type, file extension; looked up by name, extension or Accept header.

Every writer here is deterministic: the same graph gives the same bytes whatever the hash seed."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyld import jsonld
from rdflib import Dataset, Graph, URIRef, plugin
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.serializer import Serializer

from kg.errors import KGError
from kg.output import write_atomically  # noqa: F401  (the writer every output uses)
from kg.paths import DATA_DIR


@dataclass(frozen=True)
class RdfFormat:
    name: str
    media_type: str
    extension: str
    rdflib_name: str
    quads: bool = False


TURTLE = RdfFormat("turtle", "text/turtle", ".ttl", "turtle")
JSON_LD = RdfFormat("json-ld", "application/ld+json", ".jsonld", "json-ld", quads=True)
TRIG = RdfFormat("trig", "application/trig", ".trig", "trig", quads=True)
N_TRIPLES = RdfFormat("nt", "application/n-triples", ".nt", "nt")
N_QUADS = RdfFormat("nquads", "application/n-quads", ".nq", "nquads", quads=True)
FORMATS = (TURTLE, JSON_LD, TRIG, N_TRIPLES, N_QUADS)


def by_name(name: str) -> RdfFormat:
    for f in FORMATS:
        if name.lower() in (f.name, f.extension.lstrip("."), f.rdflib_name):
            return f
    raise KGError(f"unknown format {name!r}; use one of {', '.join(f.name for f in FORMATS)}")


def by_extension(path: str | Path) -> RdfFormat | None:
    suffix = Path(path).suffix.lower()
    return next((f for f in FORMATS if f.extension == suffix or (suffix == ".json" and f is JSON_LD)), None)


def by_media_type(accept: str) -> RdfFormat | None:
    for part in accept.split(","):
        mt = part.split(";")[0].strip().lower()
        for f in FORMATS:
            if f.media_type == mt:
                return f
    return None


CONTEXT_FILE = DATA_DIR / "berita-kg.context.jsonld"
"""The JSON-LD context of every export: each property a plain term, numbers and dates typed, lists as @set."""

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + name for name in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long")}


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    """The "@context" object the JSON-LD export carries inline (loaded from the package, never fetched)."""
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]


def serialize(data: Graph | Dataset, fmt: RdfFormat) -> bytes:
    if fmt.quads and not isinstance(data, Dataset):
        ds = Dataset()
        for t in data:
            ds.add(t)
        data = ds
    if fmt is JSON_LD:
        return _jsonld(data)
    if fmt in (N_TRIPLES, N_QUADS):
        return _sorted_lines(data, fmt.rdflib_name).encode("utf-8")
    if not fmt.quads and isinstance(data, Dataset):
        g = Graph()
        for prefix, ns in data.namespaces():
            g.bind(prefix, ns)
        for s, p, o, _ in data.quads((None, None, None, None)):
            g.add((s, p, o))
        data = g
    return data.serialize(format=_SERIALIZERS.get(fmt.rdflib_name, fmt.rdflib_name), encoding="utf-8")


class _RemembersFullIris:
    """rdflib's Turtle writer asks, at every occurrence of an IRI, whether a prefix shortens it, and a
    "no" is not cached: each miss walks a trie of every namespace seen so far, so a long article (tens of
    thousands of IRIs written in full) took time quadratic in its length. The answer for an IRI never
    changes within one document, so the misses are remembered; the bytes written are the same."""

    def get_pname(self, uri, gen_prefix: bool = True):
        if not isinstance(uri, URIRef):
            return super().get_pname(uri, gen_prefix)
        written_in_full = self.__dict__.setdefault("_written_in_full", set())
        if (uri, gen_prefix) in written_in_full:
            return None
        name = super().get_pname(uri, gen_prefix)
        if name is None:
            written_in_full.add((uri, gen_prefix))
        return name


class _Turtle(_RemembersFullIris, TurtleSerializer):
    pass


class _Trig(_RemembersFullIris, TrigSerializer):
    def preprocess(self) -> None:
        """The graphs in the order of their names: rdflib lists them from a hash set, whose order (and so the
        graphs' order and the prefixes minted on the way) changed from one run to the next."""
        self.contexts = sorted(self.contexts, key=lambda graph: str(graph.identifier))
        super().preprocess()


_SERIALIZERS = {"turtle": "kg-turtle", "trig": "kg-trig"}
plugin.register("kg-turtle", Serializer, __name__, "_Turtle")
plugin.register("kg-trig", Serializer, __name__, "_Trig")


def _jsonld(data: Graph | Dataset) -> bytes:
    """JSON-LD compacted by PyLD with the package's context: plain JSON keys, JSON integers and booleans,
    `type` always a list, each named graph an object {"id": graph name, "@graph": [...]}.

    Offline: the context is inline and PyLD's document loader refuses every fetch.
    """
    nquads = _sorted_lines(data, "nquads" if isinstance(data, Dataset) else "nt")
    expanded = jsonld.from_rdf(nquads, {"format": "application/n-quads", "useNativeTypes": False})
    _native_literals(expanded)
    compacted = jsonld.compact(expanded, {"@context": jsonld_context()}, {"documentLoader": _refuse_remote_documents})
    _types_as_lists(compacted)
    return (json.dumps(compacted, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _sorted_lines(data: Graph | Dataset, rdflib_name: str) -> str:
    """N-Triples / N-Quads with each statement once, in sorted order (the same bytes for the same graph)."""
    lines = data.serialize(format=rdflib_name, encoding="utf-8").decode("utf-8").splitlines()
    return "".join(line + "\n" for line in sorted(set(line for line in lines if line.strip())))


def _native_literals(node) -> None:
    """Turn integer and boolean value objects into JSON numbers and booleans, in place.

    xsd:decimal figures stay exact strings ("45200000.0", typed by the context): as JSON numbers, JSON-LD
    processors would read 14.01 back as "1.401E1"^^xsd:decimal (not a decimal's lexical form) and rdflib's
    reader would make literals that pySHACL rejects as not xsd:decimal.
    """
    if isinstance(node, list):
        for item in node:
            _native_literals(item)
        return
    if not isinstance(node, dict):
        return
    if "@value" in node and isinstance(node["@value"], str):
        datatype, text = node.get("@type"), node["@value"]
        if datatype == _XSD + "boolean" and text in ("true", "false"):
            node["@value"] = text == "true"
        elif datatype in _INTEGER_TYPES:
            node["@value"] = int(text)
        return
    for value in node.values():
        _native_literals(value)


def _types_as_lists(node) -> None:
    """Make every `type` a list, in place: the same shape for one type or several. JSON-LD 1.1 could say so
    in the context (@set on @type), but that would shut out JSON-LD 1.0 readers such as Jena's."""
    if isinstance(node, list):
        for item in node:
            _types_as_lists(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "type" and isinstance(value, str):
                node[key] = [value]
            elif key != "@context":
                _types_as_lists(value)


def _refuse_remote_documents(url: str, options=None):
    raise KGError(f"the JSON-LD writer does not fetch remote documents ({url}); the context is inline")
