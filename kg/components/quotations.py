"""Quotations and who said them: an adapter that gives `kg.quotations.attribute` the people found so far."""
from __future__ import annotations

import re

from kg import quotations
from kg.components import Component, people, roles
from kg.components.state import ArticleState, PersonEntity
from kg.document import NameOccurrences, Span
from kg.extract import simple
from kg.facts import Quotation
from kg.identity import person_key


def find_quotations(state: ArticleState) -> None:
    """Who said each quotation is decided in `kg.quotations`; this gives it the people found so far and
    the spans that name something else, and keeps the speakers it names as person mentions."""
    names = state.names
    mentions = [quotations.Mention(span, person, how) for span, person, how in state.person_mentions]
    not_names = [s for s, _, _ in state.org_mentions] + [r.span for r in names.roles] + [s for s, _, _ in state.title_refs] \
        + _multiword_place_names(state)
    lookup = quotations.Lookup(
        person_named=lambda name, span, create: people.person_for_name(state, name, span, "person.speech-verb", create),
        holder_of_title=lambda words, before: _holder_by_title(state, words, before),
        holds_a_title=lambda person: bool(person.orgs) or any(m.person is person for m in state.memberships),
        holder_of_contracted_title=lambda word, before: _holder_by_contracted_title(state, word, before),
        person_by_initials=lambda word: people.person_by_initials(state, word))
    found, speakers = quotations.attribute(state.doc, _said(state), mentions, not_names, lookup,
                                           quotations.SpeechCues.from_lexicon(state.lex))
    state.person_mentions += [(m.span, m.person, m.how) for m in speakers]
    state.person_mentions.sort(key=lambda x: x[0].begin)
    state.quote_speakers = [(a.quote.span, a.speaker) for a in found]
    for p in state.people:
        p.key = p.key or person_key(p.name)
    state.quotations = [Quotation(span=simple.quotation_first_line(state.doc, a.quote.inner), text=simple.quotation_text(state.doc.slice(a.quote.inner)),
                        speaker=a.speaker.key, evidence=a.evidence, rule=a.rule) for a in found]


def _said(state: ArticleState) -> list[simple.QuoteSpan]:
    """The quotations that are words someone said: a quoted title ('dalam diskusi “Bank Daerah di Era Digital”',
    'bertajuk “…”') names an event or a work, and no one said it."""
    nouns = set(state.lex.words["quoted_title_nouns"])
    said = []
    for q in simple.quotations(state.doc, state.lex):
        before = state.doc.text[max(0, q.span.begin - 40):q.span.begin].split()
        if not (before and before[-1].lower() in nouns) and not _term_with_its_short_form(state, q):
            said.append(q)
    return said


# '… atau "cost to income ratio" (CIR) …': a few quoted words, then their short form in brackets
_SHORT_FORM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")


def _term_with_its_short_form(state: ArticleState, q: simple.QuoteSpan) -> bool:
    """Quoted words that their short form in brackets follows are a term the article defines, not words anyone
    said: a term is short (no more than five words) and holds no sentence's end."""
    inner = state.doc.slice(q.inner)
    return _SHORT_FORM_AFTER.match(state.doc.text, q.span.end) is not None and len(inner.split()) <= 5 \
        and not re.search(r"[.!?]", inner)


def _multiword_place_names(state: ArticleState) -> list[Span]:
    """Where the article names a place it knows in more than one word: no word of it is a speaker's name
    ('Pemerintah Kabupaten Kudus, Jawa Tengah menyebutkan …' names nobody, though 'Tengah' alone is no place)."""
    names = {name for key, place in state.places.items() for name in {place.name, *state.place_names.get(key, ())}
             if " " in name}
    occurrences = NameOccurrences(state.doc.text)
    occurrences.add(names)
    return [Span(start, start + len(name))
            for name, starts in occurrences.in_window(0, len(state.doc.text)).items() for start in starts]


def _holder_by_title(state: ArticleState, words: str, before: int) -> PersonEntity | None:
    """'kata Kepala OJK Kantor Regional 5 …' names the speaker by title: the person holding that role."""
    for role in state.lex.roles:
        for form in role.forms:
            if words == form or words.startswith(form + " "):
                return roles.holder_of(state, role, words[len(form):], before)
    return None


def _holder_by_contracted_title(state: ArticleState, words: str, before: int) -> PersonEntity | None:
    """'tutur Kadiskopukm Kota X': a title's word contracted (kg/data/indonesian.json word_contractions: 'Ka' for
    'Kepala') onto a short form the article gave one body ('Diskopukm') names the one the article gave that title in
    that body before; no one where the short form is no body's, or several bodies', or none of its titles matches."""
    first = words.split()[0] if words.split() else ""
    for full, short in state.lex.words["word_contractions"].items():
        written = first[len(short):].lower()
        if full.startswith("_") or not first.startswith(short) or len(written) < 3:
            continue
        bodies = [o for o in state.orgs if written in {a.lower() for a in o.acronyms}
                  or any(n.split()[0].lower() == written for n in o.names)]
        if len(bodies) != 1:
            return None
        held = [m.person for m in state.memberships if m.org is bodies[0] and m.role.span.begin < before
                and m.role.title.split()[0] == full]
        return held[-1] if held else None
    return None


COMPONENT = Component("quotations", requires=("names", "places", "place_names", "people", "person_mentions", "org_mentions", "title_refs",
                                              "memberships"),
                      assigns=("quotations", "quote_speakers", "person_mentions", "people"),  # a speaker named only there
                      run=find_quotations)
