"""The frozen facts of the article (`kg.facts.ArticleFacts`) from every layer of the state: the only thing
the RDF stage reads."""
from __future__ import annotations

from kg.components import Component, organisations, people, places, roles
from kg.components.state import ArticleState
from kg.facts import ArticleFacts


def collect_facts(state: ArticleState) -> None:
    """Every layer frozen into `ArticleFacts`; units still without a parent become organisations first (`org_facts`)."""
    dateline = state.dateline
    orgs = organisations.org_facts(state)
    state.facts = ArticleFacts(
        text=state.source, published=state.published, publisher=state.publisher,
        dateline_place=places.place_key(state, dateline.place.name) if dateline and dateline.place else None,
        places=places.place_facts(state),
        organizations=orgs, people=tuple(people.person_facts(state)), programs=tuple(state.programs),
        legislation=tuple(state.legislation), memberships=tuple(roles.membership_facts(state)), metrics=tuple(state.metrics),
        quotations=tuple(state.quotations))


COMPONENT = Component("facts", requires=("source", "published", "publisher", "dateline", "places", "place_names",
                                         "orgs", "people", "memberships", "programs", "legislation", "metrics",
                                         "quotations"),
                      assigns=("facts",), run=collect_facts)
