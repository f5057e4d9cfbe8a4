"""One article through every stage: text -> Document -> mentions -> facts -> RDF (-> validation).

Extraction is the list `COMPONENTS`, run in order over one `ArticleState`: each component reads the layers
it `requires` and writes the ones it `assigns` (see `kg.components`). Where a decision is made is where its
component sits: who said a quotation is decided in `quotations`, whom a figure is about in `metrics`."""
from __future__ import annotations

from rdflib import Dataset, Graph

from kg.components import check_order, facts, laws, mentions, metrics, organisations, people, places, programs, \
    publisher, quotations, references, roles
from kg.components.state import GIVEN, ArticleState
from kg.facts import ArticleFacts
from kg.lexicon import Lexicon
from kg.rdf import to_dataset, to_graph
from kg.vocab import DEFAULT_BASE

COMPONENTS = [
    mentions.COMPONENT,  # published date, dateline, laws, names and titles
    places.COMPONENT,
    organisations.COMPONENT,
    people.COMPONENT,
    roles.COMPONENT,  # memberships: title + person + organisation
    references.COMPONENT,  # later mentions of people by name part or title
    quotations.COMPONENT,
    programs.COMPONENT,
    metrics.COMPONENT,
    publisher.COMPONENT,
    laws.COMPONENT,
    facts.COMPONENT,
]
check_order(COMPONENTS, GIVEN)


def run(text: str, lex: Lexicon | None = None, until: str | None = None) -> ArticleState:
    """The article state after every component ran (or up to and including the one named `until`): each layer,
    for callers and tests that need more than the facts. Raises ValueError for a name not in COMPONENTS."""
    if until is not None and until not in {c.name for c in COMPONENTS}:
        raise ValueError(f"no component named {until!r}; the components are {', '.join(c.name for c in COMPONENTS)}")
    state = ArticleState.of(text, lex)
    for component in COMPONENTS:
        component.run(state)
        if component.name == until:
            break
    return state


def extract(text: str) -> ArticleFacts:
    """The facts of one article, each with its span and rule."""
    return run(text).facts


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
