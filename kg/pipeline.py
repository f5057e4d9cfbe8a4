"""One article through every stage: text -> Document -> mentions -> facts -> RDF (-> validation)."""
from __future__ import annotations

from rdflib import Dataset, Graph

from kg.facts import ArticleFacts
from kg.rdf import to_dataset, to_graph
from kg.resolve import resolve
from kg.vocab import DEFAULT_BASE


def extract(text: str) -> ArticleFacts:
    """The facts of one article, each with its span and rule."""
    return resolve(text)


def build(text: str, base: str = DEFAULT_BASE) -> Dataset:
    """The article's knowledge graph as a Dataset holding one named graph.

    >>> ds = build("Semarang (ANTARA) - BPJS Ketenagakerjaan membayar klaim Rp5 miliar sepanjang 2024.")
    >>> len(list(ds.graphs())) >= 1
    True
    """
    return to_dataset(extract(text), base)


def build_graph(text: str, base: str = DEFAULT_BASE) -> Graph:
    """The article's knowledge graph as a plain Graph (the named graph's triples)."""
    return to_graph(extract(text), base)
