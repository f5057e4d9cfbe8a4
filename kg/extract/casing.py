"""Capitals set for typography, and short forms spelt in a mix of capitals, read as the words they are.

Many outlets open an article, or the paragraph after its dateline, with its first word in capitals ('DINAS
Kesehatan Kota X mencatat …', 'JAKARTA - KOMISI Pemilihan Umum …'): a drop-cap style, not an acronym. The
recognisers know 'Dinas' and 'Komisi' as the heads of names, and read 'DINAS' as an unknown acronym, so the
organisation is lost with every role and figure that hangs on it. The text the components read has such a word
in its usual case; the case of a letter is all that changes, so every offset, and every span the facts keep
into the text as published, stays the same."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.identity import institutions
from kg.lexicon import Lexicon, per_lexicon

# the first word of a line, or of what follows a dateline's dash on it ('SEMARANG (ANTARA) - DINAS …'); then a
# word in lower or title case, so a headline or a dateline set wholly in capitals is left as it is
_OPENING_CAPITALS = re.compile(r"(?m)^(?:[^\n]{0,80}?\s(?:-{1,2}|–|—)\s*)?([A-Z]{4,})(?= (?:[A-Z][a-z]|[a-z]))")


def _head_words(lex: Lexicon) -> frozenset[str]:
    """The words that open a title, an organisation type or a unit type of the lexicon ('Dinas', 'Kepala',
    'Komisi', 'Balai'): the words a name in drop capitals may open with."""
    forms = [f for r in lex.roles for f in r.forms]
    forms += [h for t in lex.org_types for h in t.head_words]
    forms += [f for u in lex.unit_types for f in u.forms]
    return frozenset(f.split()[0] for f in forms if f.strip())


def read_in_usual_case(text: str, lex: Lexicon) -> str:
    """`text` with each line's opening word in drop capitals written as the lexicon writes it ('DINAS' ->
    'Dinas'), of the same length. A word the lexicon itself writes in capitals ('BPJS', 'DPRD') is an acronym
    and stays, as does any word the lexicon does not know as a name's opening. A listed institution's short form in a
    mix of capitals reads as the list writes it ('BAZNas' -> 'Baznas'), and a stray 'Â' of a garbled non-breaking
    space as the space it was."""
    heads = per_lexicon("name-opening-words", lex, _head_words)
    chars = None
    for m in _OPENING_CAPITALS.finditer(text):
        word = m.group(1)
        usual = word[0] + word[1:].lower()
        if word not in heads and usual in heads:
            chars = chars or list(text)
            chars[m.start(1):m.end(1)] = usual
    for m in _STRAY_A_CIRCUMFLEX.finditer(text):
        chars = chars or list(text)
        chars[m.start()] = " "
    for m in _MIXED_CASE_WORD.finditer(text):
        listed = _listed_one_word_names().get(m.group().casefold())
        if listed is not None and listed != m.group():
            chars = chars or list(text)
            chars[m.start():m.end()] = listed
    return text if chars is None else "".join(chars)


# 'Â' alone after a word or a mark, before a space or a line's end: what is left of a non-breaking space whose UTF-8
# bytes a page once read as Latin-1 ('… kata Rudi.Â'); a space, not a capital letter that could open a name
_STRAY_A_CIRCUMFLEX = re.compile(r"(?<=\S)\u00c2(?=\s|$)")

# a word of capitals and small letters, at least two capitals ('BAZNas', 'BaZNAS'): a short form in a spelling of its
# own, not a word of the language
_MIXED_CASE_WORD = re.compile(r"(?<![\w.-])(?=\w*[a-z])(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Za-z]{4,}(?![\w.-])")


@lru_cache(maxsize=1)
def _listed_one_word_names() -> dict[str, str]:
    """The one-word names of the curated national institutions ('Baznas', 'BAZNAS'), by their case-folded
    spelling, each as the list writes it first: an outlet's own mix of capitals ('BAZNas') reads as the listed
    short form, of the same length."""
    found: dict[str, str] = {}
    for inst in dict.fromkeys(institutions().values()):
        for n in (inst.acronym, *inst.other_names):
            if n and " " not in n:
                found.setdefault(n.casefold(), n)
    return found
