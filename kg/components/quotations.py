"""Quotations and who said them: an adapter that gives `kg.quotations.attribute` the people found so far."""
from __future__ import annotations

from kg.components import Component


def find_quotations(state) -> None:
    state.quotations = state._quotations(state.names)


COMPONENT = Component("quotations", requires=("names", "people", "person_mentions", "org_mentions", "title_refs",
                                              "memberships"),
                      assigns=("quotations", "quote_speakers", "person_mentions"), run=find_quotations)
