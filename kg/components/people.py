"""People named in the text: one entity per person, later mentions by part of the name joined to it."""
from __future__ import annotations

import re

from kg import gazetteer
from kg.components import Component
from kg.components.mentions import honorifics_written_with_a_dot
from kg.components.state import ArticleState, PersonEntity
from kg.document import Span, SpanIndex
from kg.extract.names import abbreviates
from kg.facts import Person
from kg.identity import doubled_letters_once, norm
from kg.lexicon import alternation


def person_for_name(state: ArticleState, name: str, span: Span, rule: str, create: bool) -> PersonEntity | None:
    """The person a name refers to: the same name, else the most recently named person whose name holds every word of
    it (adding it as an alias); a new person when `create` and the name can be one."""
    name, span = _after_a_rank_inside(state, name, span)
    tokens = name.split()
    by_norm, by_word = _people_by_name(state)
    if norm(name) in by_norm:
        return by_norm[norm(name)]
    known = _known_after_an_opening_joiner(state, name, span, by_norm)
    if known is not None:
        return known
    if _squeezed(name) in by_norm:  # 'Rahmaddin' in one line, 'Rahmadin' in the next: one person, mistyped
        found = by_norm[_squeezed(name)]
        if name not in found.aliases:
            found.aliases.append(name)
        return found
    nicknamed = state.indexes.get("nicknames", {}).get(norm(name))
    if nicknamed is not None:
        return nicknamed
    # a later mention by part of the name ("Hadi", "Sinta"): the most recently named match
    candidates = [state.people[i] for i in by_word.get(tokens[0], ())] if tokens else state.people
    matches = [p for p in candidates if set(tokens) <= set(p.name.split()) | _words_past_initials(p.name)]
    if matches:
        last = _last_mentioned(state)
        best = max(matches, key=lambda p: max(last.get(id(p), p.span.begin), p.span.begin))
        if name not in best.aliases and name != best.name:
            best.aliases.append(name)
        return best
    if not create or not _could_be_person(state, name):
        return None
    p = PersonEntity(key="", name=name, aliases=[], span=span, rule=rule)
    state.people.append(p)
    return p


def person_by_initials(state: ArticleState, word: str) -> PersonEntity | None:
    """'…,” ujar RHW.' after 'Rusdi Hartono Wijaya': a word of capitals that spells the initials of the one person
    named with a name of as many words is that person (kept as an other name), as the press calls a minister or a
    governor; not a short form the article gives a body. Only a speaker is looked up so (`kg.quotations`)."""
    if any(word in o.acronyms or word in o.names for o in state.orgs):
        return None
    spelled = [p for p in state.people if len(p.name.split()) == len(word)
               and "".join(w[0] for w in p.name.split()).upper() == word]
    if len(spelled) != 1:
        return None
    if word not in spelled[0].aliases:
        spelled[0].aliases.append(word)
    return spelled[0]


def _known_after_an_opening_joiner(state: ArticleState, name: str, span: Span, by_norm: dict) -> PersonEntity | None:
    """'Lalu Tarmizi menyebut …' opening a sentence, after 'Tarmizi' was named: 'Lalu' (then) is the sentence's joiner
    (kg/data/indonesian.json list_joiners), though it also opens Sasak names; the person is the one named before."""
    first, _, rest = name.partition(" ")
    if not rest or first.lower() not in state.lex.words["list_joiners"]:
        return None
    sentence = state.doc.sentence_at(span.begin)
    if sentence is None or sentence.begin != span.begin:
        return None
    if norm(rest) in by_norm:
        return by_norm[norm(rest)]
    words = set(rest.split())
    named = [p for p in state.people if words <= set(p.name.split())]
    return named[-1] if named else None


def _after_a_rank_inside(state: ArticleState, name: str, span: Span) -> tuple[str, Span]:
    """'Deli Kompol Imam Santoso' read back from a speech verb: a rank or a form of address (kg/data/indonesian.json
    honorific_prefixes) opens a name and never goes on in one, so the name is what follows the last one inside it."""
    words = name.split()
    inside = [k for k, w in enumerate(words) if k and len(w) >= 3 and w.isalpha()
              and w in state.lex.words["honorific_prefixes"]]
    if not inside or inside[-1] == len(words) - 1:
        return name, span
    rest = " ".join(words[inside[-1] + 1:])
    at = name.rfind(rest)
    written_as_is = at >= 0 and span.end - span.begin == len(name)  # the span is the name's own characters
    return rest, (Span(span.begin + at, span.end) if written_as_is else span)


def _people_by_name(state: ArticleState) -> tuple[dict[str, PersonEntity], dict[str, list[int]]]:
    """The first person of each normalised name, and the people (by position) whose name has each word; kept up
    to date as people are added (they only are), so that a name is not compared with every person so far."""
    seen, by_norm, by_word = state.indexes.get("people_names", (0, {}, {}))
    for i in range(seen, len(state.people)):
        p = state.people[i]
        by_norm.setdefault(norm(p.name), p)
        by_norm.setdefault(_squeezed(p.name), p)
        for word in dict.fromkeys(p.name.split()):
            by_word.setdefault(word, []).append(i)
    state.indexes["people_names"] = (len(state.people), by_norm, by_word)
    return by_norm, by_word


def _words_past_initials(name: str) -> set[str]:
    """'Rudi R.Hartono' -> {'Rudi', 'R', 'Hartono'}: an initial written against the next word of the name leaves that
    word whole, which a later 'Rudi Hartono' names."""
    return set(re.split(r"[\s.]+", name)) - {""}


def _squeezed(name: str) -> str:
    """A name's normal form with each letter written twice or more read once, and a mark that it is so read (it never
    equals a name's own normal form): a letter doubled by mistake does not make another person."""
    return "~" + doubled_letters_once(norm(name))


def _last_mentioned(state: ArticleState) -> dict[int, int]:
    """Where each person (by id) is mentioned last. Mentions are appended, and sometimes sorted: the table is
    brought up to date from the new ones when the mentions it read are still the list's first, else rebuilt."""
    read, last = state.indexes.get("people_last", ([], {}))
    mentions = state.person_mentions
    if mentions[:len(read)] != read:  # compared by identity first: the same tuples in the same places
        read, last = [], {}
    for s, p, _ in mentions[len(read):]:
        last[id(p)] = max(last.get(id(p), s.begin), s.begin)
    state.indexes["people_last"] = (list(mentions), last)
    return last


def _could_be_person(state: ArticleState, name: str) -> bool:
    """'ujar Kepala OJK …', 'kata Bandung', 'Wakil Ketua II membuka …': a title, a place, an organisation or the numeral
    of a title is not a new person."""
    words = name.split()
    first_words = {f.split()[0] for r in state.lex.roles for f in r.forms}
    if gazetteer.is_place(name) or words[0] in first_words or words[0] in state.lex.words["not_names"]:
        return False
    if all(w.isupper() and w.lower() in state.lex.words["roman_numerals"] for w in words):
        return False
    degrees = state.lex.words["academic_suffixes"]
    if all(w in degrees or w + "." in degrees for w in words):
        return False  # 'Rudi Hartono, S.Ag MH menerangkan': the degrees after the name, before the verb
    if _opens_with_place(words):
        return False
    if len(words) == 1 and _short_form_of_common_words(state.text, name):
        return False
    return not any(norm(name) in {norm(n) for n in e.names + e.acronyms} for e in state.orgs)


def _short_form_of_common_words(text: str, word: str) -> bool:
    """'kelompok terbang (Kloter)', then 'Ketua Kloter': a word the article gives in brackets as the short form
    (`abbreviates`) of the words in lower case before it is a term, not a person's name."""
    for m in re.finditer(rf"\b([a-z]+(?:\s+[a-z]+){{1,3}})\s*\({re.escape(word)}\)", text):
        words = m.group(1).split()
        if any(abbreviates(word, " ".join(words[k:])) for k in range(len(words) - 1)):
            return True
    return False


def _opens_with_place(words: list[str]) -> bool:
    """'kata Kaurbinops Lapas Muara Enim Dedi Kurniawan' read back to 'Muara Enim Dedi Kurniawan': a place of two or
    more words (the gazetteer's) and more words after it are the end of an office's name and a name, not one name."""
    return any(gazetteer.is_place(" ".join(words[:k])) for k in range(2, len(words)))


def find_people(state: ArticleState) -> None:
    """Names in text order, so that a later part of a name ('Budi') joins the full name before it; a nickname the
    text gives ('yang biasa disapa Mas Jo') is the other name of the person it is about, not a new person."""
    for m in sorted(state.names.people, key=lambda m: m.span.begin):
        p = person_for_name(state, m.name, m.span, m.rule, create=True)
        state.person_mentions.append((m.span, p, "name"))
        written = _written_with_honorific(state, m.span)
        if written and written != p.name and written not in p.aliases:
            p.aliases.append(written)
    for span, cue in _nicknames(state):
        _give_nickname(state, span, cue)


def _written_with_honorific(state: ArticleState, span: Span) -> str | None:
    """'H. Rudi Hartono', 'Dr. Ir. Sari Puspita', 'H Rudi Hartono': the name as written with the honorifics the press
    writes with a dot before it (kg/data/indonesian.json honorific_prefixes), the form a reader may search for; the dot
    may be left out where the lexicon lists the honorific without it too ('H', 'Hj', 'drg'); None where there are
    none."""
    dotted = honorifics_written_with_a_dot(state)
    undotted = dotted & set(state.lex.words["honorific_prefixes"])
    forms = [rf"{re.escape(h)}\.\s*" for h in dotted] + [rf"{re.escape(h)}\s+" for h in undotted]
    lead = state.text[max(0, span.begin - 40):span.begin]
    before = re.search(rf"(?<![\w.])(?:{'|'.join(sorted(forms, key=len, reverse=True))})+$", lead)
    if before is None or _after_a_rank(lead[:before.start()], state):
        return None  # 'Kombes Pol Rudi Hartono': 'Pol' qualifies the rank before it; no form of the name
    return " ".join((before.group() + state.text[span.begin:span.end]).split())


def _after_a_rank(lead: str, state: ArticleState) -> bool:
    """Whether the words before an honorific end with a rank or another honorific written without a dot ('Kombes')."""
    word = re.search(r"(\w+)\s*$", lead)
    return word is not None and word.group(1) in state.lex.words["honorific_prefixes"]


def _nicknames(state: ArticleState) -> list[tuple[Span, int]]:
    """Where each nickname is written and where its cue begins, in text order: the capitalised words (up to three)
    after a cue of kg/data/indonesian.json nickname_cues ('biasa disapa Mas Jo'), or the one name right before
    one ('Atik, sapaan akrabnya')."""
    cues = state.lex.words["nickname_cues"]
    name = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    found = [(Span(m.start(1), m.end(1)), m.start())
             for m in re.finditer(rf"\b(?:{alternation(cues['before_nickname'])})\s+({name})", state.text)]
    found += [(Span(m.start(1), m.end(1)), m.start(1))
              for m in re.finditer(rf"\b({name}),\s+(?:{alternation(cues['after_nickname'])})\b", state.text)]
    return sorted(found, key=lambda f: f[0].begin)


def _said_of_a_person(state: ArticleState, person: PersonEntity, cue: int) -> bool:
    """What the cue at `cue` follows is a person: a word for one ('Lelaki yang biasa disapa …'; kg/data/indonesian.json
    named_person_nouns, person_nouns, pronouns_person), a word of the person's name ('Sulastri, yang biasa disapa …')
    or the nickname itself, which opens the cue's clause ('Atik, sapaan akrabnya'); not a city ('Bogor yang akrab
    disapa Kota Hujan')."""
    words = state.lex.words
    lead = re.search(r"(\w+)\W*(?:yang\s+)?$", state.text[max(0, cue - 40):cue])
    if lead is None or state.text[cue:cue + 1].isupper():
        return True  # the cue opens with the nickname ('Atik, sapaan akrabnya')
    word = lead.group(1)
    people_words = {*words["named_person_nouns"]["words"], *words["person_nouns"], *words["pronouns_person"]}
    return word.lower() in people_words or word in person.name.split()


def _give_nickname(state: ArticleState, span: Span, cue: int) -> None:
    """The nickname at `span` is an other name of the person the text is about where its cue begins; later mentions
    by it ('ucap Mas Jo') are that person's. Nothing when no one is named before it, or it names a place or body."""
    person = speaker_before(state, cue)
    nickname = state.text[span.begin:span.end]
    if person is None or nickname == person.name or not _said_of_a_person(state, person, cue):
        return
    if nickname not in person.aliases:
        person.aliases.append(nickname)
    state.indexes.setdefault("nicknames", {})[norm(nickname)] = person
    state.person_mentions.append((span, person, "nickname"))


def _person_mentions_at(state: ArticleState) -> SpanIndex:
    """The person mentions indexed by where they begin, rebuilt when the list changed since: mentions added, or
    the list sorted in place (references and quotations do), which keeps its length and moves every mention the
    index points to. The index holds a copy, compared with the list by identity first (the same tuples in the
    same places), so a change of order is seen and the copy never changes under it."""
    cached = state.indexes.get("people")
    if cached is None or cached[0] != state.person_mentions:
        read = list(state.person_mentions)
        state.indexes["people"] = cached = (read, SpanIndex(read, lambda m: m[0]))
    return cached[1]


def speaker_before(state: ArticleState, offset: int) -> PersonEntity | None:
    """The person the text is about just before `offset`: the first person named in the nearest
    sentence (or stretch of the current sentence) that names one."""
    sent = state.doc.sentence_at(offset)
    mentions = _person_mentions_at(state)
    for i in range(sent.index, -1, -1):  # back from here, without copying every sentence before
        s = state.doc.sentences[i]
        end = offset if s.index == sent.index else s.end
        inside = mentions.beginning_in(s.begin, end)
        if inside:
            return inside[0][1]
    return None


def person_facts(state: ArticleState) -> list[Person]:
    """The people as frozen facts, sorted by key so that output does not depend on the order they were met; each
    with the office of their first title, which keeps namesakes of other offices apart across articles."""
    return [Person(p.key, p.name, tuple(dict.fromkeys(a for a in p.aliases if a != p.name)), p.span, p.rule,
                   office=p.orgs[0].top().key if p.orgs else None)
            for p in sorted(state.people, key=lambda p: p.key)]


COMPONENT = Component("people", requires=("names", "orgs"), assigns=("people", "person_mentions"), run=find_people)
