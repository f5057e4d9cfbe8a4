"""Organisations, their units and regional governments: mentions merged into entities (acronyms, short
forms, units and their parents), each with a key."""
from __future__ import annotations

from kg.components import Component


def find_organisations(state) -> None:
    state._organizations(state.names)


COMPONENT = Component("organisations", requires=("names", "places", "place_names"), assigns=("orgs", "org_mentions"),
                      run=find_organisations)
