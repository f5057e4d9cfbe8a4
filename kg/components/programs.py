"""Programmes: mentions of one programme grouped (by lexicon concept, name or acronym), with their provider."""
from __future__ import annotations

from kg.components import Component


def find_programs(state) -> None:
    names = state.names
    name_spans = [o.span for o in names.orgs] + [r.span for r in names.roles]
    state.programs = state._programs(names, state.law_spans + name_spans, state.quotations)


COMPONENT = Component("programs", requires=("names", "law_mentions", "orgs", "org_mentions"),
                      assigns=("programs", "program_spans"), run=find_programs)
