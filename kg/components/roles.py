"""Roles: a title before a name makes a membership of the person in the title's organisation (or in the
regional government in view when the title names none)."""
from __future__ import annotations

from kg.components import Component


def find_memberships(state) -> None:
    state._memberships(state.names)


COMPONENT = Component("roles", requires=("names", "people", "orgs", "org_mentions", "places"),
                      assigns=("memberships",), run=find_memberships)
