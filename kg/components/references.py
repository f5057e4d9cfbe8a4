"""Later mentions of people already named: a part of the name ('Budi'), or a title whose holder is known
('Kepala Dinas itu'); pronouns are read where they are used (`kg.components.people.speaker_before`)."""
from __future__ import annotations

from kg.components import Component, people, roles
from kg.components.state import ArticleState
from kg.document import ClaimedText, Span
from kg.identity import person_key
from kg.extract.names import title_references


def find_references(state: ArticleState) -> None:
    """Runs after the roles: a title reference ('Kepala dinas itu') is resolved to the person who holds that title."""
    state.title_refs = title_references(state.doc, state.lex, state.law_spans)
    """Later mentions: first or last names, 'Menurut X', 'X menambahkan'; pronouns are read per use."""
    covered = ClaimedText(len(state.text))
    for s in [s for s, _, _ in state.person_mentions] + [s for s, _, _ in state.org_mentions]:
        covered.append(s)
    known_tokens = {t: p for p in state.people for t in p.name.split() if len(t) > 2}
    for t in state.doc.tokens:
        if t.text in known_tokens and not covered.covers(t.begin):
            p = people.person_for_name(state, t.text, Span(t.begin, t.end), "person.name-part", create=False)
            if p:
                state.person_mentions.append((Span(t.begin, t.end), p, "name"))
    for span, role, rest in state.title_refs:
        p = roles.holder_of(state, role, rest, span.begin)
        if p:
            state.person_mentions.append((span, p, "title"))
    state.person_mentions.sort(key=lambda x: x[0].begin)
    for p in state.people:
        p.key = person_key(p.name)


COMPONENT = Component("references", requires=("law_mentions", "people", "person_mentions", "org_mentions", "memberships"),
                      assigns=("title_refs", "person_mentions", "people"), run=find_references)  # people: their keys
