"""Laws and regulations: mentions of one (type, number, year) grouped under one key with every name written."""
from __future__ import annotations

from kg.components import Component


def find_legislation(state) -> None:
    state.legislation = state._legislation(state.law_mentions)


COMPONENT = Component("laws", requires=("law_mentions",), assigns=("legislation",), run=find_legislation)
