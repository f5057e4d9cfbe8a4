"""Places: one key per real place, from the dateline, the place recogniser and the places that organisation
names and titles give; every name the article uses for each."""
from __future__ import annotations

from kg.components import Component


def find_places(state) -> None:
    state._places(state.names, state.law_spans)


COMPONENT = Component("places", requires=("names", "dateline", "law_mentions"), assigns=("places", "place_names"),
                      run=find_places)
