"""The outlet named in the dateline ('Semarang (ANTARA) -') becomes the article's publisher organisation."""
from __future__ import annotations

from kg.components import Component


def find_publisher(state) -> None:
    state.publisher = state._publisher()


COMPONENT = Component("publisher", requires=("dateline", "orgs"), assigns=("publisher", "orgs"), run=find_publisher)
