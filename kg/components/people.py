"""People named in the text: one entity per person, later mentions by part of the name joined to it."""
from __future__ import annotations

from kg.components import Component


def find_people(state) -> None:
    state._people(state.names)


COMPONENT = Component("people", requires=("names", "orgs"), assigns=("people", "person_mentions"), run=find_people)
