"""Recognisers that run before any entity is resolved: the published date, the dateline, laws (whose spans
every later recogniser leaves alone) and the names, titles and organisation names of `kg.extract.names`."""
from __future__ import annotations

from kg.components import Component
from kg.components.state import ArticleState
from kg.extract import simple
from kg.extract.dates import published_date
from kg.extract.names import scan


def find_mentions(state: ArticleState) -> None:
    """Laws are found first: every name recogniser leaves their spans alone ('Peraturan Menteri Keuangan' is no
    organisation there), as it does the outlet the dateline names (the publisher component's)."""
    state.published, state.published_span = published_date(state.doc)
    state.dateline = simple.dateline(state.doc, state.lex)
    if state.dateline:
        state.doc.split_token_at(state.dateline.span.end)  # 'Palu-Kepala Dinas …': the dash the first word touches
    state.doc.split_glued_prefixes(state.lex.words["head_words_written_with_a_dot"])
    state.doc.split_glued_prefixes(honorifics_written_with_a_dot(state), r"[A-Z][a-z]")  # 'H.Rudi', not 'H.M.'
    state.law_mentions = simple.legislation(state.doc, state.lex)
    outlet = [state.dateline.publisher.span] if state.dateline and state.dateline.publisher else []
    town = [state.dateline.place.span] if state.dateline and state.dateline.place else []
    # '(Warta Online)': the outlet, no branch office; 'Situs.com, Kota Dinas X …': the town, no part of a name after it
    state.names = scan(state.doc, state.lex, state.law_spans + outlet + town)


def honorifics_written_with_a_dot(state: ArticleState) -> set[str]:
    """Honorifics ('H.', 'Dr.') that the press writes with a dot, which may touch the name after them ('H.Rudi
    Hartono'): without the dot."""
    return {h[:-1] for h in state.lex.words["honorific_prefixes"] if h.endswith(".") and h.count(".") == 1}


COMPONENT = Component("mentions", requires=("doc", "lex"),
                      assigns=("published", "published_span", "dateline", "law_mentions", "names"), run=find_mentions)
