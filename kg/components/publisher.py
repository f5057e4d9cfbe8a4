"""The outlet named in the dateline ('Semarang (ANTARA) -') becomes the article's publisher organisation; so does
the outlet a source speaks to ('… ,” jelasnya kepada Warta Bitung, Senin') where the dateline names none."""
from __future__ import annotations

import re

from kg import gazetteer
from kg.components import Component
from kg.components.state import ArticleState, OrgEntity
from kg.document import Span, finditer_at_openings
from kg.identity import org_key
from kg.lexicon import alternation


def find_publisher(state: ArticleState) -> None:
    """The outlet joins the organisations only after the metrics are read: it is not what the figures are about."""
    outlet = _outlet_spoken_to(state)
    if state.dateline and state.dateline.publisher:
        m = state.dateline.publisher
        e = OrgEntity(key=org_key(m.name), names=[m.name], kind="publisher", span=m.span, rule=m.rule)
        if outlet is not None and _compact(outlet[1]).endswith(_compact(m.name)):
            e.names.append(outlet[1])  # "TRIBUNBITUNG.CO.ID" or "BITUNG" in the dateline, "Tribun Bitung" in the text
            e.mentions.append(outlet[0])
    elif outlet is not None:
        e = OrgEntity(key=org_key(outlet[1]), names=[outlet[1]], kind="publisher", span=outlet[0],
                      rule="publisher.spoken-to")
    else:
        e = None
    if e is not None:
        state.orgs.append(e)
        state.publisher = e.key
    _add_cited_outlets(state)


def _add_cited_outlets(state: ArticleState) -> None:
    """'…, kata Kepala Dinas, disitat Antara.', 'dilansir dari Kompas.com': an outlet the article cites as its source
    is a news organisation too (not the article's publisher); only a known outlet or a web domain, since the words
    after 'mengutip' may as well be a person or a report."""
    for span, name in _cited_outlets(state):
        same = next((e for e in state.orgs if e.kind == "publisher" and _compact(name) in {_compact(n) for n in e.names}), None)
        if same is not None:
            if span not in same.mentions:
                same.mentions.append(span)
            continue
        state.orgs.append(OrgEntity(key=org_key(name), names=[name], kind="publisher", span=span,
                                    rule="publisher.cited-source"))


def _cited_outlets(state: ArticleState) -> list[tuple[Span, str]]:
    """Every outlet named right after a citing word ('dikutip dari', 'disitat', 'dilansir'), in order: a known outlet,
    a web domain, or one capitalised word closed by a word news sites end their names with ('Batamnews';
    kg/data/indonesian.json media_name_endings)."""
    w = state.lex.words
    cues, media, domains = (alternation(w[k]) for k in ("source_citation_cues", "media_names", "media_suffixes"))
    endings = alternation(w["media_name_endings"])
    outlet = rf"(?:[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*(?:{domains})|{media}|[A-Z][a-z]+(?:{endings}))"
    pattern = rf"\b(?i:{cues})\s+(?P<name>{outlet})(?![\w-]|\.[A-Za-z])"
    return [(Span(m.start("name"), m.end("name")), m.group("name")) for m in re.finditer(pattern, state.text)]


def _outlet_spoken_to(state: ArticleState) -> tuple[Span, str] | None:
    """'… ,” jelasnya kepada Warta Bitung, Senin (4/3).', '… yang dikonfirmasi Koran Bitung, Senin', 'saat
    ditemui Tempo di posko', 'kepada Warta Bitung (4/3)', 'keterangan tertulis yang diterima Warta, Senin': a reporter's
    own outlet is what the source speaks to, is met by or writes to, named right before the day or date of the
    interview (perhaps after where it was) or known as an outlet; a name the article gives a person or organisation
    is not it."""
    w = state.lex.words
    verbs, days = alternation(w["speech_verbs_after"]), alternation(w["weekdays"])
    contact, media = alternation(w["reporter_contact_verbs"]), alternation(w["media_names"])
    # 'dihubungi Kompas Selasa (4/3)': no day; 'kepada detikJateng': an outlet's regional edition, its brand in
    # lower case
    name = rf"(?:[A-Z]|[a-z]+(?=[A-Z]))[\w.-]*(?:\s+(?!(?i:{days})\b)[A-Z][\w.-]*){{0,2}}"
    # a known outlet after a contact verb takes at most one more word of its name, no day or place
    # ('dikonfirmasi Koran Bitung', not 'dihubungi Kompas Selasa')
    after_contact = rf"(?:{media})(?:\s+(?!(?i:{days})\b)[A-Z][\w.-]*)?"
    # a web address after a contact verb is the reporter's site ('dikonfirmasi kabarkota.asia melalui …')
    site = rf"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*(?:{alternation(w['media_suffixes'])})"
    # what the source gave the reporter in writing ('keterangan tertulis yang diterima X, Senin')
    release = rf"(?:{alternation(w['press_release_nouns'])})\s+(?:yang\s+)?diterima"
    # the day of the interview, or its date in brackets ('kepada X (7/4)'); where the source was met may come first
    # ('dikonfirmasi X di Kota Y, Senin')
    day = rf"(?:\s+di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:,\s*(?i:{days})\b|\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))"
    pattern = rf"\b(?:(?:{verbs})\s+kepada|(?:{contact})|{release})\s+(?P<name>{name}){day}" \
        rf"|\b(?:{contact})\s+(?P<outlet>{after_contact}|{site})(?![\w.-])" \
        rf"|\bkepada\s+(?P<media>{name}|{media})(?:,\s*(?:(?i:{days})|kemarin)\b|{day})"
    known = {n for e in state.orgs for n in e.names} | {p.name for p in state.people} \
        | {a for p in state.people for a in p.aliases}
    for m in finditer_at_openings(re.compile(pattern), state.text):
        group = "name" if m.group("name") else "outlet" if m.group("outlet") else "media"
        name = m.group(group)
        if group == "media" and not _named_like_an_outlet(name, w):
            continue  # '… kata Budi kepada Rina, Senin': a person spoken to; only an outlet's name counts here
        first, _, rest = name.partition(" ")
        if rest and first in w["media_names"] and first not in w["media_brand_prefixes"] and gazetteer.is_place(rest):
            name = first  # 'dihubungi Tempo Jakarta': the outlet, then where ('Tribun Bitung' is one outlet)
        if name not in known and not any(name.split()[0] == n.split()[0] for n in known if n) \
                and name.split()[0] not in _title_and_head_words(state):
            return Span(m.start(group), m.start(group) + len(name)), name
    return None


def _named_like_an_outlet(name: str, words: dict) -> bool:
    """'Radar Depok', 'Kaltim Post', 'detikcom', 'detikJateng': a known outlet or its regional edition, or a name
    opened by an outlet's brand word or closed by the word news sites end their names with (kg/data/indonesian.json
    media_names, media_brand_prefixes, media_name_endings), after 'kepada' with no speech verb right before ('kata
    Budi kepada Radar X, Senin')."""
    parts = name.split()
    edition = re.fullmatch(r"([a-z]+)[A-Z][a-z]\w*", name)  # 'detikJateng': a known outlet's brand, then its region
    return name in words["media_names"] or parts[0] in words["media_brand_prefixes"] \
        or (len(parts) > 1 and parts[-1].lower() in words["media_name_endings"]) \
        or (edition is not None and edition.group(1) in {m.lower() for m in words["media_names"]})


def _title_and_head_words(state: ArticleState) -> set[str]:
    """First words of titles and organisation head words, and words that open no name: '… kepada Bupati, Senin'
    speaks to an official, not to an outlet."""
    lex = state.lex
    return {f.split()[0] for r in lex.roles for f in r.forms} | {h.split()[0] for t in lex.org_types for h in t.head_words} \
        | set(lex.words["not_names"])


def _compact(name: str) -> str:
    """An outlet's name without its web domain, spaces and case: 'TRIBUNBITUNG.CO.ID' ~ 'Tribun Bitung'."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"(?i)(\.co)?\.(id|com)$", "", name.strip()).lower())


COMPONENT = Component("publisher", requires=("dateline", "orgs", "people"), assigns=("publisher", "orgs"),
                      run=find_publisher)
