"""RDF formats as values: name, media type, file extension; looked up by name, extension or Accept header.

Every writer here is deterministic: the same graph gives the same bytes whatever the hash seed."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import KGError
from kg.output import write_atomically  # noqa: F401  (the writer every output uses)


@dataclass(frozen=True)
class RdfFormat:
    name: str
    media_type: str
    extension: str
    rdflib_name: str
    quads: bool = False


TURTLE = RdfFormat("turtle", "text/turtle", ".ttl", "turtle")
JSON_LD = RdfFormat("json-ld", "application/ld+json", ".jsonld", "json-ld")
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


# a compact @context that a web developer reads as plain JSON
JSONLD_CONTEXT = {
    "schema": "https://schema.org/", "org": "http://www.w3.org/ns/org#", "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "bkg": "https://w3id.org/berita-kg/ontology#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "id": "@id", "type": "@type",
    "name": "schema:name", "alternateName": "schema:alternateName", "text": "schema:text",
    "datePublished": {"@id": "schema:datePublished", "@type": "xsd:date"},
    "publisher": {"@id": "schema:publisher", "@type": "@id"}, "mentions": {"@id": "schema:mentions", "@type": "@id"},
    "location": {"@id": "schema:location", "@type": "@id"}, "provider": {"@id": "schema:provider", "@type": "@id"},
    "unitOf": {"@id": "org:unitOf", "@type": "@id"}, "hasUnit": {"@id": "org:hasUnit", "@type": "@id"},
    "headOf": {"@id": "org:headOf", "@type": "@id"}, "memberOf": {"@id": "org:memberOf", "@type": "@id"},
    "member": {"@id": "org:member", "@type": "@id"}, "organization": {"@id": "org:organization", "@type": "@id"},
    "role": {"@id": "org:role", "@type": "@id"},
    "observationAbout": {"@id": "schema:observationAbout", "@type": "@id"},
    "variableMeasured": {"@id": "schema:variableMeasured", "@type": "@id"},
    "value": {"@id": "schema:value", "@type": "xsd:decimal"}, "unitCode": "schema:unitCode", "currency": "schema:currency",
    "observationDate": {"@id": "schema:observationDate", "@type": "xsd:date"},
    "creator": {"@id": "schema:creator", "@type": "@id"}, "isPartOf": {"@id": "schema:isPartOf", "@type": "@id"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "beginIndex": {"@id": "nif:beginIndex", "@type": "xsd:nonNegativeInteger"},
    "endIndex": {"@id": "nif:endIndex", "@type": "xsd:nonNegativeInteger"},
    "anchorOf": "nif:anchorOf", "referenceContext": {"@id": "nif:referenceContext", "@type": "@id"},
    "isString": "nif:isString", "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
    "label": {"@id": "rdfs:label", "@container": "@language"},
    "extractionRule": "bkg:extractionRule", "qualifier": {"@id": "bkg:qualifier", "@type": "@id"},
}


def serialize(data: Graph | Dataset, fmt: RdfFormat) -> bytes:
    if fmt.quads and not isinstance(data, Dataset):
        ds = Dataset()
        for t in data:
            ds.add(t)
        data = ds
    if fmt is JSON_LD:
        return _jsonld(data)
    if fmt in (N_TRIPLES, N_QUADS):
        lines = data.serialize(format=fmt.rdflib_name, encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(set(l for l in lines if l.strip()))) + "\n").encode("utf-8")
    if not fmt.quads and isinstance(data, Dataset):
        g = Graph()
        for prefix, ns in data.namespaces():
            g.bind(prefix, ns)
        for s, p, o, _ in data.quads((None, None, None, None)):
            g.add((s, p, o))
        data = g
    return data.serialize(format=fmt.rdflib_name, encoding="utf-8")


def _jsonld(data: Graph | Dataset) -> bytes:
    g = Graph()
    for s, p, o, *_ in (data.quads((None, None, None, None)) if isinstance(data, Dataset) else ((s, p, o) for s, p, o in data)):
        g.add((s, p, o))
    raw = g.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
    doc = json.loads(raw)
    nodes = doc.get("@graph", [])
    if not nodes and "id" in doc:
        nodes = [{k: v for k, v in doc.items() if k != "@context"}]
    nodes = [_sorted_values(n) for n in nodes]
    nodes.sort(key=lambda n: str(n.get("id", "")))
    out = {"@context": JSONLD_CONTEXT, "@graph": nodes}
    return (json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _sorted_values(node):
    if isinstance(node, dict):
        return {k: _sorted_values(v) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_values(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node
