"""Later mentions of people already named: a part of the name ('Budi'), or a title whose holder is known
('Kepala Dinas itu'); pronouns are read where they are used (`kg.components.people.speaker_before`)."""
from __future__ import annotations

from kg.components import Component
from kg.extract.names import title_references


def find_references(state) -> None:
    state.title_refs = title_references(state.doc, state.lex, state.law_spans)
    state._person_references()


COMPONENT = Component("references", requires=("law_mentions", "people", "person_mentions", "org_mentions", "memberships"),
                      assigns=("title_refs", "person_mentions"), run=find_references)
