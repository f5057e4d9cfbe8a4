"""Organisations, units, people and the roles they hold, read from capitalised runs of tokens.

Indonesian news names officials as TITLE [QUALIFIER] ORGANISATION NAME ("Kepala BPJS Ketenagakerjaan
Kantor Cabang Surakarta Andi Setiawan mengatakan"), as NAME, TITLE ORGANISATION, or NAME selaku TITLE.
The hard part is where the organisation ends and the name begins; the scanner settles it with the
gazetteer (places end unit names), the lexicons (head words start organisations) and the text itself:
a token that the article also uses alone ("ujar Andi") starts a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from kg import gazetteer
from kg.identity import banks, institution_named, institutions, norm, without_brackets, without_company_form
from kg.document import ABBREVIATIONS, TOKEN_RE, ClaimedText, Document, Span, Token, finditer_at_openings
from kg.extract.banks import bank_mentions
from kg.extract.mentions import OrgMention, PersonMention, RoleMention
from kg.extract.numbers import OLDEST_AGE
from kg.lexicon import Lexicon, OrgType, RoleTitle, UnitType, alternation, load, never_a_name_word, per_lexicon

REGION_WORDS = {"Provinsi": "provinsi", "Prov.": "provinsi", "Kabupaten": "kabupaten", "Kab.": "kabupaten", "Kota": "kota"}
LEVEL_OF_WORD = {level: word for word, level in REGION_WORDS.items() if not word.endswith(".")}  # "kota" -> "Kota"
KIND_LEVELS = {"province": "provinsi", "regency": "kabupaten", "city": "kota"}  # the gazetteer's kinds, as levels
COMMAND_NUMBER = re.compile(r"\d{1,4}|[IVX]{1,5}")  # 'Kodim 0712', 'Kodam IV': a numbered organisation's number


@dataclass
class NameScan:
    orgs: list[OrgMention]
    people: list[PersonMention]
    roles: list[RoleMention]
    short_region_words: frozenset[str] = frozenset()  # '(UID Jabanbaja)': words that name a unit's regions, no place


_ANSWERS_KEPT = 200_000
_NOT_ASKED = object()  # a question not answered yet, where None is an answer


class _FirstWordIndex:
    """Multi-word forms grouped by their first word, so that a token is compared only with the forms that can
    start there; `at` keeps the forms' order (longest first), as a walk over the whole list would."""

    def __init__(self, forms: list, fold=lambda words, value: False):
        self._exact: dict[str, list] = {}
        self._folded: dict[str, list] = {}
        for pos, (words, value) in enumerate(forms):
            table, key = (self._folded, words[0].lower()) if fold(words, value) else (self._exact, words[0])
            table.setdefault(key, []).append((pos, words, value))
        self._answers: dict[str, tuple] = {}  # every token asks: each distinct word is answered once

    def at(self, word: str) -> tuple:
        answer = self._answers.get(word)
        if answer is None:
            if len(self._answers) >= _ANSWERS_KEPT:  # kept for the whole process: bounded over a large corpus
                self._answers.clear()
            found = self._exact.get(word, []) + self._folded.get(word.lower(), [])
            answer = self._answers[word] = tuple((words, value) for _, words, value in sorted(found, key=lambda x: x[0]))
        return answer


# ', S.E., M.M.' after a name; matched from the name's end on, never on a copy of the rest of the text
_DEGREES_RE = re.compile(r"(?:\s*,\s*(?:[A-Z][A-Za-z]{0,3}\.){1,4}(?:[A-Z][a-z]{0,3}\.?)?(?=\s*[,\s]))+")


def _is_cap(tok: Token) -> bool:
    first = tok.text[:1]  # Token.is_word written out: asked of every token by every pass, half a million times
    return first.isupper() and first.isalnum() and not (first in _CURRENCY_INITIALS and _is_amount(tok.text)) \
        and not (first in _SPEECH_VERB_INITIALS and tok.text[:2] in _SPEECH_VERB_OPENINGS
                 and tok.text in _capitalised_speech_verbs())


_SPEECH_VERB_OPENINGS = frozenset({"Me", "Be"})  # 'Mengatakan', 'Berkata': how the lexicon's speech verbs open
_SPEECH_VERB_INITIALS = frozenset(o[0] for o in _SPEECH_VERB_OPENINGS)


@lru_cache(maxsize=1)
def _capitalised_speech_verbs() -> frozenset[str]:
    """'Joni Mengatakan, …', 'Rudi Menuturkan …': a speech verb some sites write with a capital is no word of a name
    (kg/data/indonesian.json speech_verbs_before, one word each)."""
    return frozenset(v.capitalize() for v in load().words["speech_verbs_before"] if " " not in v)


_CURRENCY_INITIALS = frozenset("RIU")  # 'Rp', 'IDR', 'USD': only these open a currency marker of the lexicon


@lru_cache(maxsize=1)
def _amount_re() -> re.Pattern[str]:
    markers = sorted((m for m in load().words["currency_markers"] if m[:1].isalpha()), key=len, reverse=True)
    alone = [m for m in markers if not m.isupper()]  # 'USD', 'IDR' alone are also acronyms ('Rektor USD …')
    return re.compile(rf"(?:{'|'.join(map(re.escape, markers))})\d|(?:{'|'.join(map(re.escape, alone))})$")


def _is_amount(text: str) -> bool:
    """'Rp4,4' is one token and opens with a capital, yet it is a figure, and 'Rp' before 'Rp 4,4' is its marker: no
    name runs into them ('KPP X Rp4,4', 'Bank X Rp 33,8 triliun')."""
    return _amount_re().match(text) is not None


# No place name in the gazetteer is longer than this many tokens; looking further costs time, not names.
_PLACE_NAME_MAX_TOKENS = 12


def _place_prefix(toks: list[Token], start: int, limit: int):
    """The longest place name starting at token `start` (before `limit`), as gazetteer.longest_prefix gives it; two
    places joined by a hyphen in one token ('Jabar-Banten', an office's area) are one token of places."""
    if start < limit and "-" in toks[start].text and _places_joined(toks[start].text):
        return 1, ()
    words = _words(toks[start:min(limit, start + _PLACE_NAME_MAX_TOKENS)])
    # ('Kecamatan Getasan': a district, which the gazetteer gives only after the word that says it is one)
    n, hits = gazetteer.longest_prefix(words, districts=bool(words) and _names_a_district(words[0]))
    if n and start + n < limit and _place_ends_before_a_hyphen(_words(toks[start:start + n]), toks[start + n].text):
        return n + 1, ()  # 'Sulawesi Utara-Gorontalo': the hyphen's word ends the first place, another follows it
    return n, hits


def _a_region_no_word_names(places) -> bool:
    """Whether a name stands only for cities, regencies or provinces, none of them also a common word ('Sleman',
    'Jawa Tengah'): a region an office is named after, never a word of a person's name."""
    return bool(places) and all(p.kind in ("city", "regency", "province") and not p.common_word for p in places)


def _names_a_district(word: str) -> bool:
    """'Kecamatan', 'Kec.': a word that says the name after it is a district's (gazetteer.PREFIX_KINDS)."""
    return word[:1].isupper() and gazetteer.PREFIX_KINDS.get(word.casefold()) == {"district"}


_WORD = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=256)
def _compiled_bracketed(short_form: str) -> re.Pattern:
    """`short_form` in brackets ('(KUA)'), where an article gives the words it spells out right before."""
    return re.compile(rf"\(\s*{re.escape(short_form)}\s*\)")


def _region_written_short(word: str, places) -> bool:
    """Whether `word` is only a short form the press writes for each of its places ('Kutim' for Kutai Timur, 'Solo'),
    never a place's own name ('Bima'), which may also be someone's."""
    return bool(places) and all(norm(word) != norm(p.name) for p in places)


def _place_ends_before_a_hyphen(words: list[str], word: str) -> bool:
    """Whether `word` ('Utara-Gorontalo') ends the place begun by `words` ('Sulawesi') before its hyphen, and places
    follow the hyphen: two regions joined, an office's area."""
    first, _, rest = word.partition("-")
    return bool(rest) and first[:1].isupper() and gazetteer.is_place(" ".join([*words, first])) \
        and _all_places(rest.split("-"))


_BIG_REGION_KINDS = frozenset({"province", "island-region"})


def _is_big_region(name: str) -> bool:
    """A province or an island region ('Sulawesi', 'Maluku Utara') by every reading the gazetteer has of the name."""
    hits = gazetteer.lookup(name)
    return bool(hits) and all(h.kind in _BIG_REGION_KINDS for h in hits)


def _big_region_at(toks: list[Token], start: int, limit: int) -> int:
    """How many tokens from `start` name a province or an island region, 0 where none does."""
    n, _ = _place_prefix(toks, start, limit) if start < limit and _is_cap(toks[start]) else (0, ())
    return n if n and _is_big_region(" ".join(_words(toks[start:start + n]))) else 0


def _places_joined(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and _all_places(parts)


def _all_places(parts: list[str]) -> bool:
    return all(part[:1].isupper() and gazetteer.is_place(part) for part in parts)


def _initial_dot(toks: list[Token], k: int) -> bool:
    """The dot of an initial: 'C.' in 'Hartanto C. Wibowo', 'R.S.' in 'Imam R.S. Nugroho': a single capital, or
    capitals joined by dots, with its dot attached."""
    return 0 < k < len(toks) and toks[k].text == "." and re.fullmatch(r"[A-Z](?:\.[A-Z])*", toks[k - 1].text) is not None \
        and toks[k - 1].end == toks[k].begin


def _after_bracket_in_run(toks: list[Token], i: int) -> bool:
    """'Kepala Bagian Pengadaan Barang (PBJ) Sekretariat Daerah …' at 'Sekretariat': right after a short
    bracket that itself follows a capitalised word, so still inside the run of a title's or a name's words."""
    if toks[i - 1].text != ")":
        return False
    k = i - 2
    while k >= max(0, i - 7) and toks[k].text != "(":
        k -= 1
    return k > 0 and toks[k].text == "(" and _is_cap(toks[k - 1])


_WIDER_THAN_A_PROVINCE = ("region-group", "island-region")


def _province_or_wider(place: str) -> bool:
    """A province, or a group of regions ('Sumbagut', 'Kalimantan'), as a unit's area may be two of them."""
    return _only_of_kinds(place, ("province", *_WIDER_THAN_A_PROVINCE))


def _wider_than_a_province(place: str) -> bool:
    """A group of regions or an island region ('Sumbagut', 'Kalimantan')."""
    return _only_of_kinds(place, _WIDER_THAN_A_PROVINCE)


def _only_of_kinds(place: str, kinds: tuple[str, ...]) -> bool:
    """Whether every reading the gazetteer has of `place` is of one of `kinds`."""
    hits = gazetteer.lookup(place)
    return bool(hits) and all(h.kind in kinds for h in hits)


def _in_name(toks: list[Token], k: int) -> bool:
    """A token of a person's name: a capitalised word, or the dot of an initial ('Hartanto C. Wibowo')."""
    return _is_cap(toks[k]) or _initial_dot(toks, k)


def _words(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


def _initials_before(text: str, end: int, count: int) -> str:
    """The first letters of the last `count` capitalised words before `end`, lowercase words ('dan') passed over."""
    words = re.findall(r"[A-Za-z]+", text[max(0, end - 120):end])
    return "".join(w[0] for w in [w for w in words if w[0].isupper()][-count:])


@lru_cache(maxsize=1)
def _institution_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every name of more than one word of the curated national institutions, as tokens, by its first token."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    names = {n for inst in institutions().values() for n in (inst.name, inst.acronym, *inst.other_names) if n}
    for name in sorted(names):
        words = tuple(TOKEN_RE.findall(name))
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in by_first.items()}


MAX_BANK_NAME_WORDS = 6  # 'Bank Pembangunan Daerah Jawa Tengah'
NAME_MOST_WORDS = 5  # the longest person's name read ('I Gusti Ngurah Rai Putra')
NOBLE_NAME_MOST_WORDS = 7  # after a noble's opening word (kg/data/indonesian.json long_name_openers: 'Ida Bagus …')


@lru_cache(maxsize=1)
def _bank_name_words() -> frozenset[str]:
    """Every word of every bank name of kg/data/banks.tsv, as written."""
    return frozenset(w for bank in set(banks().values()) for n in (bank.institution.name, *bank.institution.other_names)
                     for w in TOKEN_RE.findall(n))


@lru_cache(maxsize=1)
def _institution_names() -> frozenset[str]:
    """Every name, acronym and other name of the curated national institutions."""
    return frozenset(n for inst in institutions().values() for n in (inst.name, inst.acronym, *inst.other_names) if n)


def _has_offices_by_region(name: str) -> bool:
    """A name of the curated list whose institution has offices named by region ('Bea Cukai', 'BPS'), also with its
    acronym in brackets inside it ('Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan')."""
    listed = institution_named([name]) or institution_named([without_brackets(name)])
    return listed is not None and listed[0].regional_offices


@lru_cache(maxsize=1)
def _institution_acronyms() -> frozenset[str]:
    """The official acronyms of the curated national institutions ("Kemenkes")."""
    return frozenset(inst.acronym for inst in institutions().values() if inst.acronym)


def _form_indexes(lex: Lexicon) -> tuple[_FirstWordIndex, _FirstWordIndex, _FirstWordIndex]:
    """The role titles, organisation head words and unit forms by first word, made once per lexicon: each
    index keeps the answers for the words it met."""
    return per_lexicon("forms", lex, _make_form_indexes)


def _make_form_indexes(lex: Lexicon) -> tuple[_FirstWordIndex, _FirstWordIndex, _FirstWordIndex]:
    lowercase_titles = _lowercase_titles(lex)
    role_forms = _FirstWordIndex(sorted(((f.split(), r) for r in lex.roles for f in r.forms),
                                        key=lambda fr: (-len(fr[0]), fr[0])),
                                 fold=lambda words, r: r.lowercase or " ".join(words).lower() in lowercase_titles)
    head_words = _FirstWordIndex(sorted(((h.split(), t) for t in lex.org_types for h in t.head_words),
                                        key=lambda ht: (-len(ht[0]), ht[0])))
    unit_forms = _FirstWordIndex(sorted(((f.split(), u) for u in lex.unit_types for f in u.forms),
                                        key=lambda fu: (-len(fu[0]), fu[0])))
    return role_forms, head_words, unit_forms


@dataclass(frozen=True)
class _WordTables:
    """The lexicon's word lists as sets and tables the Scanner looks words up in, made once per lexicon
    (`_word_tables`): made again by each Scanner, they were a fiftieth of an article's extraction. Never
    changed once made: every Scanner shares them."""

    not_names: set[str]
    honorifics: set[str]
    rank_phrases: dict[str, list[list[str]]]  # ranks written out ('Komisaris Besar Polisi') by first word, longest first
    degrees: set[str]  # degrees written after a name ("SIK MH", "SE", "MSi", "S.Sos"): not words of the name
    dotted_degrees: set[str]  # those written with dots, in lower case: the press varies their case ("S.sos")
    contracted: dict[str, str]
    numbered_heads: frozenset[str]  # 'Kodim', 'Dandim': a command's number follows ('Kodim 0712/Pati')
    rank_service_words: frozenset[str]  # 'TNI' in 'Mayjen TNI Rudi': the force after a rank, no word of a name
    speech_after: set[str]
    speech_openers: frozenset[str]  # 'ditambahkan', 'menurut': a capitalised one opens a sentence, not a name
    lowercase_title_cues: frozenset[str]  # 'menurut', 'dikatakan', 'dihadiri': a title in lower case may follow
    name_connectors: set[str]
    acting_prefixes: set[str]
    acting_prefix_words: list[list[str]]  # the prefixes as words, longest first: 'Pelaksana Harian' as well as 'Plt'
    acting_prefix_firsts: frozenset[str]  # the first word of each
    former_markers: set[str]
    deputy_prefixes: frozenset[str]  # 'Wakil': the title after it is a deputy's
    deputy_title: RoleTitle | None  # what the holder of 'Wakil' + a title the lexicon has no deputy's form of holds
    name_particles: set[str]
    national_words: set[str]
    national_offices: set[str]
    national_acronyms: set[str]  # one-word names of the curated list ('KPK', 'Baznas'): spelled out or not
    institution_words: dict[str, tuple[tuple[str, ...], ...]]
    type_names: tuple[tuple[str, ...], ...]  # the organisation types' names as words ('Dewan Perwakilan Rakyat Daerah')
    premises: list[list[str]]
    program_names: frozenset[str]  # the lexicon's programmes, normalised: 'Samsat Keliling' names no office
    facilities: set[str]  # 'Bandara', 'Pelabuhan', 'Stasiun': a company's facility named after it is its unit
    place_name_openers: frozenset[str]  # 'Tanjung', 'Teluk', 'Pulau': words that open the names of places
    portfolios: set[str]
    compass: set[str]
    member_nouns: set[str]
    class_words: frozenset[str]  # 'Tipe', 'Kelas': an office's or facility's class follows, not a name
    section_words: frozenset[str]  # 'divisi', 'bidang': a body's inner section, whose name is no person's
    section_forms: frozenset[str]  # 'Reskrim', 'Binmas': the short forms of sections, no word of a person's name
    country_designators: frozenset[str]  # 'RI', 'Indonesia' after a national body's name: its country, no office
    office_nouns: frozenset[str]  # 'Kantor' before a known institution and its place: its office there
    dating_words: frozenset[str]  # 'Tahun', 'Periode' before a number: the date of what is named, no name's word
    document_number_words: frozenset[str]  # 'Nomor' opens a document's number: no word of its issuer's name
    particle_openers: dict[str, frozenset[str]]  # Balinese "I", "Ni" and the name words they open
    particle_compounds: set[str]
    place_prepositions: set[str]
    unit_designations: set[str]
    word_contractions: dict[str, str]  # 'Kepala' is 'Ka' in short forms ('Kakacab')
    unit_short_forms: set[str]  # 'Kanwil', 'Daop', 'UID': a unit type's own short form, which names a unit alone
    named_after_people: set[str]
    segment_words: frozenset[str]  # 'PBI', 'Mandiri', 'APBD': participant segments' one-word names, and their budgets
    part_types: frozenset[str]  # 'Biro', 'Komisi': types of a part whose name ends with its owner's
    lowercase_titles: frozenset[str]  # 'anggota', 'wakil ketua': titles the press also writes in lower case
    acting_forms: dict[str, RoleTitle]  # "Pj Bupati" is its own title (Penjabat Bupati); "Plt Kepala Dinas" is the Kepala's
    field_words: frozenset[str]  # 'Pendidikan', 'Humas', 'Sekolah': words of institutions' and titles' names
    office_fields: frozenset[str]  # 'Koperasi', 'Perdagangan': words of the fields regional offices are named after
    selaku_words: frozenset[str]  # 'selaku', 'sebagai': the role of the one just named follows
    english_title_ends: frozenset[str]  # 'Manager', 'Head': an English title, which may name departments after it
    english_departments: frozenset[str]  # 'Communication', 'Relations', 'CSR': the departments it names
    any_level_governments: tuple[tuple[str, ...], ...]  # 'Pemda', 'Pemerintah Daerah': a government of any level
    any_level_openers: frozenset[str]  # their first words, looked up before anything else
    government_types: dict[str, OrgType]  # 'kabupaten' -> the regency government's type


def _word_tables(lex: Lexicon) -> _WordTables:
    return per_lexicon("words", lex, _make_word_tables)


def _unit_short_forms(lex: Lexicon) -> set[str]:
    """The one-word forms of unit types that are their short forms ('KCU', 'Kanwil', 'Daop' for Daerah Operasi),
    not a word of their name ('Cabang', 'Regional', 'Area'): those name a unit without an organisation before
    them. A form that is also a title ('Kacab', the head of a branch) is left to the titles."""
    titles = {f for r in lex.roles for f in r.forms}
    return {f for u in lex.unit_types for f in u.forms
            if " " not in f and f not in titles and (f.isupper() or abbreviates(f, u.label_id))}


def _numbered_heads(lex: Lexicon) -> frozenset[str]:
    """The head words of the organisation types whose organisations carry a number ('Kodim', 'Kodam'), and the
    titles contracted onto them ('Dandim' heads a Kodim): the number after them is part of the name."""
    heads = {h for t in lex.org_types if t.numbered for h in t.head_words}
    titles = {title for title, head in lex.words["contracted_titles"].items() if head in heads}
    return frozenset(heads | titles)


def _lowercase_titles(lex: Lexicon) -> frozenset[str]:
    """The titles the press writes in lower case before a quoted speaker's name ('kata anggota Komisi III DPRD
    Jambi, …'; kg/data/indonesian.json speech_lowercase_titles), as lower-case forms."""
    return frozenset(t.lower() for t in lex.words["speech_lowercase_titles"])


def _make_word_tables(lex: Lexicon) -> _WordTables:
    w = lex.words
    acting_prefixes = set(w["acting_prefixes"])
    return _WordTables(
        not_names=set(w["not_names"]),
        selaku_words=frozenset(w["selaku"]),
        english_title_ends=frozenset(w["never_name_words"]["english_title_ends"]),
        english_departments=frozenset(w["never_name_words"]["english_department_words"]),
        any_level_governments=tuple(tuple(h.split()) for h in w["governments_of_any_level"]["head_words"]),
        any_level_openers=frozenset(h.split()[0] for h in w["governments_of_any_level"]["head_words"]),
        government_types={t.government_level: t for t in lex.org_types if t.government_level in LEVEL_OF_WORD},
        honorifics=set(w["honorific_prefixes"]),
        rank_phrases=_rank_phrases(lex),
        degrees=set(w["academic_suffixes"]),
        dotted_degrees={d.lower() for d in w["academic_suffixes"] if "." in d},
        contracted={title: head for title, head in w["contracted_titles"].items() if not title.startswith("_")},
        numbered_heads=_numbered_heads(lex),
        rank_service_words=frozenset(w["rank_service_words"]["words"]),
        speech_after=set(w["speech_verbs_after"]),
        speech_openers=frozenset(w["speech_verbs_passive"] + w["speech_source_words"]),
        lowercase_title_cues=frozenset(w["speech_verbs_passive"] + w["speech_source_words"]
                                       + w["attendance_words"]["words"] + w["lowercase_title_cues"]["words"]),
        name_connectors=set(w["name_connectors"]),
        acting_prefixes=acting_prefixes,
        acting_prefix_words=sorted((p.split() for p in acting_prefixes), key=lambda w: (-len(w), w)),
        acting_prefix_firsts=frozenset(p.split()[0] for p in acting_prefixes),
        former_markers=set(w["former_markers"]),
        deputy_prefixes=frozenset(w["deputy_prefixes"]["words"]),
        deputy_title=next((r for r in lex.roles if r.label_id == w["deputy_prefixes"]["concept"]), None),
        name_particles=set(w["name_particles"]),
        national_words=set(w["national_name_words"]),
        national_offices={inst.acronym for inst in institutions().values() if inst.regional_offices and inst.acronym},
        national_acronyms={n for inst in institutions().values() for n in (inst.acronym, *inst.other_names)
                           if n and len(n.split()) == 1 and n[:1].isupper()},
        institution_words=_institution_words(),
        type_names=tuple(ws for ws in (tuple(TOKEN_RE.findall(t.label_id)) for t in lex.org_types) if len(ws) > 1),
        premises=[p.split() for p in w["premises_words"]],
        program_names=frozenset(norm(f) for p in lex.programs for f in p.forms),
        facilities=set(w["facility_words"]),
        place_name_openers=frozenset(w["place_name_openers"]),
        portfolios=set(w["portfolio_words"]),
        compass=set(w["compass_words"]),
        member_nouns=set(w["member_nouns"]),
        class_words=frozenset([*w["facility_class_words"]["words"], w["office_class"]["word"]]),
        section_words=frozenset(w["section_words"]["words"]),
        section_forms=frozenset(k for k in w["section_short_forms"] if not k.startswith("_")),
        country_designators=frozenset(w["country_designators"]),
        office_nouns=frozenset(w["office_nouns"]["words"]),
        dating_words=frozenset(w["dating_words"]["words"]),
        document_number_words=frozenset(w["dating_words"]["document_number_words"]),
        particle_openers={o: frozenset(ws) for o, ws in w["name_particle_openers"].items()},
        particle_compounds={c.lower() for c in w["name_particle_compounds"]},
        place_prepositions=set(w["place_prepositions"]),
        unit_designations=set(w["unit_designations"]),
        word_contractions=dict(w["word_contractions"]),
        unit_short_forms=_unit_short_forms(lex),
        named_after_people=set(w["org_types_named_after_people"]),
        segment_words=frozenset([form for c in lex.segments for form in c.forms if " " not in form]
                                + [b for b in w["regional_budget_words"] if " " not in b]),
        part_types=frozenset(w["secretariat_bureau_types"] + w["parts_named_before_their_owner"]["types"]),
        lowercase_titles=_lowercase_titles(lex),
        acting_forms={f.replace(".", ""): r for r in lex.roles for f in r.forms
                      if len(f.split()) > 1 and f.split()[0].rstrip(".") in acting_prefixes},
        field_words=_field_words(lex),
        office_fields=frozenset(w for k, v in w["field_short_forms"].items() if not k.startswith("_")
                                for w in TOKEN_RE.findall(v) if len(w) > 2 and w[:1].isupper()))


def _rank_phrases(lex: Lexicon) -> dict[str, list[list[str]]]:
    """kg/data/indonesian.json rank_phrases as words, by first word, the longest first: 'Brigadir Polisi Kepala'
    is tried before 'Brigadir Polisi'."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in sorted(lex.words["rank_phrases"]["phrases"], key=lambda p: (-len(p.split()), p)):
        by_first.setdefault(phrase.split()[0], []).append(TOKEN_RE.findall(phrase))
    return by_first


def field_words(lex: Lexicon) -> frozenset[str]:
    """The capitalised words titles, bodies and fields are named with (`_field_words`), made once a lexicon."""
    return _word_tables(lex).field_words


def _field_words(lex: Lexicon) -> frozenset[str]:
    """The capitalised words of the names of institutions, organisation types, titles, units and offices' fields the
    lexicon knows ('Pendidikan', 'Humas', 'Sekolah', 'Komunikasi'): a title followed by nothing but such words ('Kepala
    Sekolah', 'Kabid Humas') names no one."""
    names = [n for inst in institutions().values() for n in (inst.name, *inst.other_names) if n]
    names += [t.label_id for t in lex.org_types] + [h for t in lex.org_types for h in t.head_words]
    names += [f for r in lex.roles for f in r.forms] + [f for u in lex.unit_types for f in u.forms]
    names += [n for forms in ("field_short_forms", "section_short_forms")
              for k, v in lex.words[forms].items() if not k.startswith("_") for n in (k, v)]
    names += lex.words["portfolio_words"] + [w.capitalize() for w in lex.words["institution_nouns"]]
    return frozenset(w for n in names for w in TOKEN_RE.findall(n) if len(w) > 2 and w[:1].isupper())


def _regional_short_forms(lex: Lexicon) -> dict[str, OrgType]:
    by_kind = {str(t.iri).rsplit("/", 1)[-1]: t for t in lex.org_types}
    return {short: by_kind[kind] for short, kind in lex.words["regional_body_short_forms"].items() if not short.startswith("_")}


DATELINE_REACH = 80  # characters from the text's start within which a dash may close the dateline
DASHES = "–—-"  # the dashes that close a dateline ('PALU – ', 'Kota - ')
QUOTE_MARKS = "“”\"„"  # the double quotation marks the press opens and closes quotations with


class Scanner:
    def __init__(self, doc: Document, lex: Lexicon, protected: list[Span]):
        self.doc, self.lex, self.toks = doc, lex, doc.tokens
        self.protected = protected
        self._protected_text = ClaimedText(len(doc.text))
        for span in protected:
            self._protected_text.append(span)
        # each token asked many times over by every pass: answered once
        self._token_protected = self._protected_text.covers_each([t.begin for t in self.toks])
        # role_at's answers depend on the tokens and the lexicon alone: shared by every Scanner of this text
        self._roles: dict[tuple[int, bool], tuple[RoleTitle, int] | None] = doc.kept("role-titles", lex, dict)
        vars(self).update(vars(_word_tables(lex)))  # shared, never changed: see _WordTables
        self.role_forms, self.head_words, self.unit_forms = _form_indexes(lex)
        self.known_orgs: dict[str, OrgType | None] = {}
        self._spelt_out: dict[str, list[set[str]]] = {}  # short form -> the words before each '(short form)'
        self._known_by_first: dict[str | None, list[str]] = {}  # known names by first word, in the order known
        self._known_in_order: list[str] = []
        self._short_forms: dict[str, tuple[int, OrgType | None | bool]] = {}  # see `_short_form_type`
        self.titled_orgs: set[str] = set()
        self.regional_short_forms = self._regional_short_forms()
        for short, otype in self.regional_short_forms.items():
            self.know(short, otype)

    def _regional_short_forms(self) -> dict[str, OrgType]:
        """'BPKAD', 'Dinsos': the short form of a type of regional office, known before the article spells it out
        (kg/data/indonesian.json regional_body_short_forms), with the office's type."""
        return per_lexicon("regional-short-forms", self.lex, _regional_short_forms)

    @cached_property
    def alone(self) -> set[str]:
        """Read when first asked: finding titles ('title_references') needs no names and never asks."""
        return self._tokens_used_alone()

    @cached_property
    def division_names(self) -> set[str]:
        """The names of villages and districts the article writes after a division's word in running text ('di Desa
        Sukamaju Lestari', 'warga Kecamatan Ulu Hilir'; kg/data/indonesian.json village_division_words): places the
        gazetteer does not hold. The whole run of capitalised words only, and not after a capitalised word, where the
        division's word is part of a title ('Kepala Desa Suharjono', 'Wakil Wali Kota …')."""
        divisions = set(self.lex.words["village_division_words"])
        found, toks = set(), self.toks
        for i, t in enumerate(toks):
            if t.text in divisions and i > 0 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower():
                k = i + 1
                while k < len(toks) and k - i <= 4 and _is_cap(toks[k]) and toks[k].text not in divisions:
                    k += 1
                if k > i + 1:
                    found.add(" ".join(_words(toks[i + 1:k])))
        return found

    @cached_property
    def org_words(self) -> set[str]:
        return self._words_of_organisations()

    # ---------------------------------------------------------------- token helpers
    def protected_at(self, i: int) -> bool:
        return self._token_protected[i]

    def match_seq(self, i: int, words: list[str], case_sensitive: bool = True) -> bool:
        if i + len(words) > len(self.toks):
            return False
        for k, w in enumerate(words):
            t = self.toks[i + k].text
            if (t != w) if case_sensitive else (t.lower() != w.lower()):
                return False
        return True

    def role_at(self, i: int, allow_lower: bool = False) -> tuple[RoleTitle, int] | None:
        """The longest role title at i and where what follows it starts. A title that names the kind of
        organisation ("Kepala Dinas", "Kepala Kantor Cabang") hands that word back to the organisation.
        An acting holder ("Plt. Kepala Dinas …", "Pj Bupati …") holds the title that follows the prefix.
        Each answer is kept: it depends on the tokens and the lexicon alone, and every pass asks it again."""
        key = (i, allow_lower)
        found = self._roles.get(key, _NOT_ASKED)
        if found is _NOT_ASKED:
            found = self._roles[key] = self._role_at(i, allow_lower)
        return found

    def _role_at(self, i: int, allow_lower: bool) -> tuple[RoleTitle, int] | None:
        if self._after_deputy_prefix(i):
            return None
        found = self._title_at(i, allow_lower)
        if found is None and i < len(self.toks) and self.toks[i].text in self.deputy_prefixes:
            found = self._deputy_title_at(i, allow_lower)
        return found

    def _opens_sentence(self, i: int) -> bool:
        """Whether token i is a sentence's first word, which the press capitalises alone ('Juru bicara Dinas X …'), or
        the first after the dateline's dash ('Kota - Juru bicara …')."""
        if i >= len(self.toks):
            return False
        begin = self.toks[i].begin
        if self.doc.sentence_at(begin).begin == begin:
            return True
        dash = i > 0 and len(self.toks[i - 1].text) == 1 and self.toks[i - 1].text in DASHES
        return dash and begin < DATELINE_REACH and self.doc.sentence_at(begin).index == 0

    def _deputy_title_at(self, i: int, allow_lower: bool) -> tuple[RoleTitle, int] | None:
        """'Wakil Pimpinan Wilayah BRI X Rudi …': 'Wakil' before a title the lexicon has no deputy's form of. The
        holder is the deputy, not the head: the lexicon's deputy title (kg/data/indonesian.json deputy_prefixes),
        written as the article writes it, so that the graph mints 'Wakil Pimpinan Wilayah' under it."""
        deputy = self.deputy_title
        if deputy is None or i + 1 >= len(self.toks):
            return None
        found = self._title_at(i + 1, allow_lower)
        if found is None:
            return None
        title, end = found
        return replace(title, iri=deputy.iri, label_id=f"{self.toks[i].text} {title.label_id}",
                       label_en=f"{deputy.label_en} ({title.label_en})", forms=deputy.forms, leads=False,
                       broader=deputy.broader, held_by_many=deputy.held_by_many), end

    def _title_at(self, i: int, allow_lower: bool) -> tuple[RoleTitle, int] | None:
        acting = self.acting_prefix_end(i)
        if acting is not None:
            inner = self.role_at(acting, allow_lower)
            if inner is not None:
                own = self.acting_forms.get(f"{self.toks[i].text.rstrip('.')} {inner[0].label_id}")
                return (own or inner[0]), inner[1]
        text = self.toks[i].text if i < len(self.toks) else ""
        # 'PANGKALAN BUN – PENJABAT Bupati X …': the lead's first word in capitals, as some outlets write it (not a
        # headline all in capitals: the word after it is not)
        shouted = len(text) > 3 and text.isalpha() and text.isupper() and i + 1 < len(self.toks) \
            and not self.toks[i + 1].text.isupper()
        for words, role in self.role_forms.at(text.capitalize() if shouted else text):
            if role.lowercase and not allow_lower:
                continue
            any_case = role.lowercase or shouted or (allow_lower and " ".join(words).lower() in self.lowercase_titles) \
                or (len(words) > 1 and text[:1].isupper())  # 'Juru bicara X Rudi …', 'Pimpinan cabang X, Rudi'
            if self.match_seq(i, words, case_sensitive=not any_case):
                if not any_case and not self.toks[i].text[:1].isupper():
                    continue
                for k in range(1, len(words)):
                    if self._board_before_its_body(words[k:], i + len(words)):
                        break  # 'Ketua Dewan Komisioner Lembaga X': the board's title, held in Lembaga X
                    if self.head_at(i + k) or self.unit_at(i + k, short_ok=False):
                        whole = self._whole_title_before_its_bodys_short_name(i + len(words), role)
                        if whole is not None:
                            return role, whole
                        shorter = None if role.leads else self._title_of_words(words[:k])
                        # 'Kepala Satuan Polisi Pamong Praja X': the head ('Kepala') of the body whose name the
                        # longer title's last words begin, not the head of a police office's unit ('Kepala Satuan');
                        # a member's title stays ('Anggota Dewan Komisioner')
                        return (shorter if shorter is not None and shorter.leads else role), i + k
                end = self._ordinal_end(self._title_acronym_end(i + len(words), role), role)
                return role, self._past_departments(end) if words[-1] in self.english_title_ends else end
        return None

    def kind_of_bodies_at(self, i: int, limit: int) -> bool:
        """A kind of body's name (kg/data/indonesian.json kinds_of_bodies) written whole at i, with no more of a name
        after it but an acronym of some other body or nothing: 'Lembaga Jasa Keuangan OJK Regional 8'."""
        for name in self.lex.words["kinds_of_bodies"]["names"]:
            words = name.split()
            end = i + len(words)
            if end > limit or not self.match_seq(i, words):
                continue
            if end + 3 <= limit and self.toks[end].text == "(" and self.toks[end + 2].text == ")" \
                    and self.toks[end + 1].text == _initials(self.toks[i:end]):
                end += 3  # 'Badan Usaha Milik Negara (BUMN) yang …': the kind, with its short form; 'Badan Layanan
                # Umum Daerah (BLUD) RSUD X': then the body of that kind
            after = self.toks[end] if end < limit else None
            if after is None or not (_is_cap(after) or after.text == "(") or self.known_at(end, limit) \
                    or self.head_at(end):
                return True
        return False

    def _government_head_at(self, j: int) -> bool:
        """A regional government's head word ('Pemkab', 'Pemerintah Kota', 'Pemprov') starts at j."""
        head = self.head_at(j)
        return head is not None and head[0].government_level in LEVEL_OF_WORD

    def _board_before_its_body(self, words, after: int) -> bool:
        """The title's last words name a board of a body (kg/data/indonesian.json boards_of_a_body) and the body's name
        follows the title."""
        return " ".join(words) in self.lex.words["boards_of_a_body"]["words"] and after < len(self.toks) and bool(
            self.head_at(after) or self.known_at(after, len(self.toks)))

    def _named_in_apposition(self, k: int, limit: int) -> bool:
        """'… Komisaris Utama Bank X dan Rudi Hartono sebagai Komisaris …': capitalised words after 'dan' that
        'sebagai' or 'selaku' follows (kg/data/indonesian.json selaku), or a comma and a title, name someone given a
        role, not more of a name."""
        j = k
        while j < len(self.toks) and (_is_cap(self.toks[j]) or _initial_dot(self.toks, j)):
            j += 1  # ('G. A. Rina Wati': initials with their dots)
        if j > k and j + 1 < len(self.toks) and self.toks[j].text == "," and self.role_at(j + 1) \
                and self.plausible_name(k, j):
            return True  # '… Provinsi X dan Rina Wati, Deputi Kepala …': the next person, then a title of theirs
        return j > k and j < len(self.toks) and self.toks[j].text.lower() in self.selaku_words

    def _past_departments(self, j: int) -> int:
        """'Area Manager Marketing, Sales & Retail PT X': the departments an English title names after it
        (kg/data/indonesian.json english_department_words), joined by commas, '&' or 'and' (after a comma too), are
        the title's, so the organisation's name begins after them and none of them is taken for a person's."""
        departments, toks = self.english_departments, self.toks
        k = j
        while k < len(toks) and toks[k].text in departments:
            k += 1
            if k + 1 < len(toks) and toks[k].text in (",", "&", "and") and toks[k + 1].text in departments:
                k += 1
            elif k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text in ("&", "and") \
                    and toks[k + 2].text in departments:
                k += 2  # 'Communication, Relation, & CSR': a serial comma before the last
        if j < k and k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" \
                and toks[k + 1].text in departments:
            k += 3  # '… Social Responsibility (CSR) Bank X': the last department's short form
        return k

    def _title_of_words(self, words) -> RoleTitle | None:
        """The title the lexicon has for exactly these words, if any."""
        return next((role for forms, role in self.role_forms.at(words[0]) if list(forms) == list(words)), None)

    def _after_deputy_prefix(self, i: int) -> bool:
        """'Wakil Rektor …' where the lexicon has no such title: the title at i is a deputy's, held by someone who
        is not its head, so it is not read at all (a 'Wakil …' title the lexicon has is read at the 'Wakil')."""
        return i > 0 and self.toks[i - 1].text in self.deputy_prefixes

    def particle_at(self, k: int) -> bool:
        """'Lalu', 'Baiq', 'Teuku', '(I) Made', '(Ni) Luh': words that open a person's name, never an organisation's."""
        if k >= len(self.toks) or self.toks[k].text not in self.name_particles:
            return False
        nxt = self.toks[k + 1].text if k + 1 < len(self.toks) else ""
        return f"{self.toks[k].text} {nxt}".lower() not in self.particle_compounds  # "Lalu Lintas" is traffic

    def in_name(self, k: int) -> bool:
        """A token of a person's name: a capitalised word, the dot of an initial, or the dot of a name word written
        short ('Moch. Rudi', 'Muh. Rudi': a name particle the lexicon lists among the abbreviations)."""
        toks = self.toks
        return _in_name(toks, k) or (0 < k < len(toks) and toks[k].text == "." and toks[k - 1].end == toks[k].begin
                                     and toks[k - 1].text in self.name_particles
                                     and toks[k - 1].text.lower() in ABBREVIATIONS)

    def former_holder(self, role: RoleMention) -> bool:
        """'mantan Bupati …', 'eks Direktur …': the title was held before, not now."""
        k = self.doc.token_at(role.span.begin)
        return k > 0 and self.toks[k - 1].text.lower() in self.former_markers

    def acting_prefix_end(self, i: int) -> int | None:
        """After 'Plt.', 'Pj', 'Plh.' or 'Pelaksana Harian' (an acting holder's prefix, abbreviated or spelled
        out): where the title itself starts."""
        if i >= len(self.toks) or self.toks[i].text not in self.acting_prefix_firsts:
            return None  # asked at every token: most open no prefix, and a set says so at once
        words = next((w for w in self.acting_prefix_words if self.match_seq(i, w)), None)
        if words is None:
            return None
        k = i + len(words)
        if k < len(self.toks) and self.toks[k].text == "." and self.toks[k].begin == self.toks[k - 1].end:
            k += 1
        if k + 2 < len(self.toks) and self.toks[k].text == "(" and self.toks[k + 2].text == ")" \
                and (self.toks[k + 1].text in self.acting_prefixes
                     or stands_for(self.toks[k + 1].text, " ".join(words))):
            k += 3  # 'Pelaksana Tugas (Plt) Kepala …', 'Pejabat Pengganti Sementara (PPS) Kepala …': the prefix's
            # short form in brackets
        return k

    def _ordinal_end(self, j: int, role: RoleTitle) -> int:
        """'Wakil Ketua 1 DPRD X', as 'Wakil Ketua I DPRD X': the number of one of a title's several holders, written
        in digits before the body's name, belongs to the title."""
        toks = self.toks
        if role.held_by_many and j + 1 < len(toks) and toks[j].text.isdigit() and len(toks[j].text) == 1 \
                and _is_cap(toks[j + 1]):
            return j + 1
        return j

    def _whole_title_before_its_bodys_short_name(self, j: int, role: RoleTitle) -> int | None:
        """'Kepala Dinas (Kadis) Disdikbud Rudi': a title that names its body's kind, then the title's own short form in
        brackets, then the body's short name: the title is read whole, past its short form, and the body starts after
        it (read from 'Dinas', the body would be 'Dinas (Kadis) Disdikbud'). Where the kind is not the end of the
        title's words, or the words after the bracket go on with the body's name ('Kepala Lembaga Pemasyarakatan
        (Kalapas) Kelas IIA X'), the kind is handed back to the body as before."""
        end = self._title_acronym_end(j, role)
        if end == j or end >= len(self.toks) or not (self.head_at(end) or self.known_at(end, len(self.toks))):
            return None
        return end

    def _title_acronym_end(self, j: int, role: RoleTitle) -> int:
        """'Sekretaris Daerah (Sekda) Provinsi …': the title's own short form in brackets belongs to the title, as
        does its full form after the short one ('Kabid (Kepala Bidang) SMA …')."""
        if j + 2 < len(self.toks) and self.toks[j].text == "(" and self.toks[j + 2].text == ")" and (
                self.toks[j + 1].text in role.forms
                or _contracts(self.toks[j + 1].text, _words(self.toks[max(0, j - 4):j]), self.word_contractions)):
            return j + 3
        end = self.bracket_end(j) if j + 3 < len(self.toks) and self.toks[j].text == "(" else None
        if end is not None and " ".join(_words(self.toks[j + 1:end - 1])) in role.forms:
            return end
        return j

    def head_at(self, i: int) -> tuple[OrgType, int] | None:
        text = self.toks[i].text if i < len(self.toks) else ""
        for words, t in self.head_words.at(text):
            if self.match_seq(i, words):
                return t, i + len(words)
        return self._government_of_any_level_at(i) if text in self.any_level_openers else None

    def _government_of_any_level_at(self, i: int) -> tuple[OrgType, int] | None:
        """'Pemda Sumbawa Barat', 'Pemerintah Daerah Kabupaten Bogor' (kg/data/indonesian.json
        governments_of_any_level): the regional government of the level its region has, by the level word after
        the head or, without one, on the official list; none where the list gives the name two levels ('Pemda
        Madiun': the city's or the regency's) or no region follows."""
        toks = self.toks
        for words in self.any_level_governments:
            if i + len(words) >= len(toks) or not self.match_seq(i, list(words)):
                continue
            k = i + len(words)
            if toks[k].text in REGION_WORDS:
                level = REGION_WORDS[toks[k].text]
                return (self.government_types[level], k + 1) if level in self.government_types else None
            n, hits = _place_prefix(toks, k, len(toks))
            levels = {KIND_LEVELS.get(h.kind) for h in hits} if n else set()
            if len(levels) == 1 and None not in levels:
                return self.government_types[levels.pop()], k
        return None

    def unit_at(self, i: int, short_ok: bool) -> tuple[UnitType, int] | None:
        """The unit type whose form starts at i and where the form ends. Unless `short_ok`, a form of one word names
        a unit only when it is the type's short form ('Kanwil', 'Daop') or a numbered type's word with its number
        ('Regional 2'): 'Cabang' or 'Area' alone is a word of a longer name or none."""
        for words, u in self.unit_forms.at(self.toks[i].text if i < len(self.toks) else ""):
            if len(words) == 1 and not short_ok and words[0] not in self.unit_short_forms \
                    and not (u.numbered and self._unit_number_end(i + 1, len(self.toks)) > i + 1):
                continue
            if self.match_seq(i, words):
                return u, i + len(words)
        return None

    def unit_place_at(self, form_start: int, form_end: int, limit: int, after_bracket: bool = False) -> tuple[list[str], int]:
        """The place a unit's form is followed by, past the unit's number (and, `after_bracket`, past the form's short
        form in brackets; past its full form in brackets after a short one, always): 'Daop 2 Madiun', 'Kantor Regional
        XII Pekanbaru', 'Unit Induk Distribusi (UID) Lampung', 'ULP (Unit Layanan Pelanggan) Binjai'.
        A numbered unit written without its number by a plain word of its name ('Regional', 'Area') needs a known
        place after it: 'Regional Champion' names no region."""
        toks = self.toks
        k = form_end
        unit_type = self.unit_at(form_start, short_ok=True)[0]
        if k < limit and toks[k].text == "(" and self.bracket_end(k) and (
                after_bracket or self._full_form_after_short(form_start, form_end, k, unit_type)):
            k = self.bracket_end(k)
        number_end = self._unit_number_end(k, limit)
        plain_word = form_end - form_start == 1 and toks[form_start].text not in self.unit_short_forms
        places, end = self.place_at(number_end, limit, unknown_ok=number_end > k or not (plain_word and unit_type.numbered))
        if number_end > k and len(places) == 1 and end == number_end + 1 and not gazetteer.is_place(places[0]) \
                and end < limit and _is_cap(toks[end]) and places[0] not in self.place_name_openers \
                and not self.unit_at(number_end, short_ok=True):
            return [], number_end  # 'Daop 4 Rudi Hartono': a word no place is, then more of a name, opens a person's;
            # not a word that opens places' names ('Regional 3 Tanjung Mas') nor a unit's form ('Regional 4 Cabang X')
        if len(places) == 1 and end + 1 < limit and toks[end].text == "&" and _province_or_wider(places[0]):
            more, more_end = self.place_at(end + 1, limit, unknown_ok=False)
            if len(more) == 1 and _province_or_wider(more[0]):
                return places + more, more_end  # 'UID Jateng & DIY': one unit for two provinces
        return places, end

    def _full_form_after_short(self, form_start: int, form_end: int, k: int, unit_type: UnitType) -> bool:
        """'ULP (Unit Layanan Pelanggan) Binjai': the unit's form in full, in brackets after its short
        form, belongs to the form; a short form after a full one ('Kantor Perwakilan (KPw) Bank X') is read where
        the unit's parent is."""
        written = _words(self.toks[k + 1:self.bracket_end(k) - 1])
        return len(written) > form_end - form_start and " ".join(written) in unit_type.forms

    def numbered_unit_end(self, form_start: int, form_end: int, limit: int, after_its_body: bool = False) -> int | None:
        """'Pelindo Regional 4', 'KAI Daop 9': a numbered unit type's form and its number name the unit without a
        place; where the number ends, else None. Not one of two joined ('Daop 2 dan Daop 3'), whose figures are both's.
        Right `after_its_body`, any unit's form with a number names one ('Lembaga X (LX) Wilayah IV'): alone, 'wilayah
        IV Malang' may be an area, not an office."""
        unit = self.unit_at(form_start, short_ok=True)
        if unit is None or not (unit[0].numbered or after_its_body):
            return None
        number_end = self._unit_number_end(form_end, limit)
        if number_end < limit and self.toks[number_end].text in ("dan", ",", "&") and any(
                self.unit_at(k, short_ok=True) for k in range(number_end + 1, min(limit, number_end + 3))):
            return None
        return number_end if number_end > form_end else None

    def acronym_before_unit(self, i: int) -> bool:
        """'BRI Regional Office Pekanbaru', 'DLN UID Jatim': an acronym in capitals (no place's) right before a unit's
        form is the organisation the unit belongs to; so is a company's one-word name right after a title and before a
        unit's form and a place the gazetteer knows ('General Manager Sinarnet Wilayah Papua'), when the word is no
        place, title, head word or common word ('Kemarin Wilayah Papua …' names nothing)."""
        word = self.toks[i].text if i < len(self.toks) else ""
        if not word or gazetteer.is_place(word):
            return False
        if re.fullmatch(r"[A-Z]{2,5}", word):
            return bool(self.unit_at(i + 1, short_ok=False))
        unit = self.unit_at(i + 1, short_ok=True)
        return bool(unit) and re.fullmatch(r"[A-Z][a-z]{3,}", word) is not None and word not in self.not_names \
            and not (self.role_at(i) or self.head_at(i) or self.particle_at(i) or self.unit_at(i, short_ok=True)) \
            and bool(self.place_at(unit[1], len(self.toks), unknown_ok=False)[0]) \
            and self._title_ends_at(self.toks[i].begin)

    def _unit_number_end(self, k: int, limit: int) -> int:
        """Past the number a unit carries after its form ('2', 'XII'), if any."""
        end = k
        while end < min(limit, k + 2) and re.fullmatch(r"[IVXL]+|\d{1,2}", self.toks[end].text):
            end += 1
        return end

    def command_number_end(self, j: int, limit: int, after_head: bool = False) -> int:
        """Past the number after a numbered organisation's head word or its head's contracted title at j - 1
        ('Kodim 0712/Pati', 'Dandim 0812 Lamongan', 'Kodam IV/Diponegoro'), or anywhere the caller knows follows one
        (`after_head`: 'Kodim (Dandim) 0815/Mojokerto'): up to four digits or a Roman numeral, and the slash after it
        when the command's name or town follows ('0712/Pati'); j where there is none."""
        toks = self.toks
        if not (0 < j < limit and COMMAND_NUMBER.fullmatch(toks[j].text)
                and (after_head or self._after_numbered_head(j))):
            return j
        if toks[j].text.isdigit() and re.match(r"[.,]\d", self.doc.text[toks[j].end:toks[j].end + 2]):
            return j  # 'Kodim 1,5 …': a figure, no number of the command
        k = j + 1
        if k + 1 < limit and toks[k].text == "/" and toks[k].begin == toks[j].end and _is_cap(toks[k + 1]) \
                and toks[k + 1].begin == toks[k].end:
            return k + 1
        return k

    def _after_numbered_head(self, j: int) -> bool:
        """A numbered organisation's head word or its head's contracted title ends right before j, or before a short
        form in brackets that ends right before j ('Kodim (Dandim) 0815')."""
        k = j - 1
        if self.toks[k].text == ")" and k >= 3 and self.toks[k - 2].text == "(":
            k -= 3
        return self.toks[k].text in self.numbered_heads

    def _unit_form_ends_at(self, start: int, j: int) -> bool:
        """A unit's form starting at or after `start` ends right before token `j`."""
        return any((self.unit_at(k, short_ok=True) or (None, -1))[1] == j for k in range(start, j))

    def region_at(self, i: int, limit: int) -> tuple[str, str, int] | None:
        """'Kota Surakarta' -> (level, place name, end)."""
        t = self.toks[i].text if i < limit else ""
        if t not in REGION_WORDS or i + 1 >= limit or not _is_cap(self.toks[i + 1]):
            return None
        n, _ = _place_prefix(self.toks, i + 1, limit)
        if not n and REGION_WORDS[t] == "provinsi":
            return None  # 'Kepala BPS Provinsi Rudi Hartono': the gazetteer lists every province, so a word it does not
            # know after the word is no province (a regency's or village's name may be missing from it)
        n = n or 1
        whole, hits = _place_prefix(self.toks, i, limit)
        if whole > 1 + n and hits:  # 'Kota Administrasi Jakarta Barat': a style the list has as the city's name
            return REGION_WORDS[t], hits[0].name, i + whole
        return REGION_WORDS[t], " ".join(_words(self.toks[i + 1:i + 1 + n])), i + 1 + n

    def _region_in_lower_case_at(self, i: int, limit: int) -> tuple[str, str, int] | None:
        """'Dinas Pendidikan kabupaten Sukamaju': a region's level word written in lower case inside a regional office's
        name, then a place the gazetteer lists at that level, is the office's region as 'Kabupaten' would be ->
        (level, place name, end)."""
        t = self.toks[i].text if i < limit else ""
        if t not in LEVEL_OF_WORD or i + 1 >= limit or not _is_cap(self.toks[i + 1]):
            return None
        n, hits = _place_prefix(self.toks, i + 1, limit)
        if not n or not any(KIND_LEVELS.get(h.kind) == t for h in hits):
            return None
        return t, " ".join(_words(self.toks[i + 1:i + 1 + n])), i + 1 + n

    def _district_at(self, i: int, limit: int) -> tuple[str, str, int] | None:
        """'KUA Kecamatan Getasan Rudi …': the word of a district, then a district the gazetteer lists -> ('district',
        its name, end): the office's region, and the words after it someone's name."""
        if not _names_a_district(self.toks[i].text):
            return None
        n, hits = _place_prefix(self.toks, i, limit)
        return ("district", " ".join(_words(self.toks[i + 1:i + n])), i + n) if n > 1 and hits else None

    def place_at(self, i: int, limit: int, unknown_ok: bool = True) -> tuple[list[str], int]:
        """Place names starting at i ('Jawa Tengah dan DIY'); unknown capitalised words count as one place."""
        places, j = [], i
        while j < limit and _is_cap(self.toks[j]):
            unit_word = self.unit_at(j, short_ok=True) if not places else None
            if unit_word and unit_word[1] == j + 1 and _place_prefix(self.toks, j + 1, limit)[0]:
                j += 1  # 'Kantor Perwakilan Bank X (KPw BX) Cabang Jambi': the unit's word again, then its place
                continue
            if not places and self.toks[j].text in self.unit_designations:
                j += 1  # "Cabang Utama Jawa Tengah": the branch's rank, then its place
                if j + 1 < limit and re.fullmatch(r"[A-C]", self.toks[j].text) and _is_cap(self.toks[j + 1]):
                    j += 1  # "… Tipe Madya Pabean C Kendal": the office's class letter
                continue
            region = self.region_at(j, limit)
            if region:
                places.append(self.toks[j].text + " " + region[1])
                j = region[2]
            else:
                n, _ = _place_prefix(self.toks, j, limit)
                if not n:
                    word = self.toks[j].text
                    if not unknown_ok or places or word in self.not_names or self.head_at(j) or unit_word or (
                            word.isupper() and len(word) <= 5 and word not in self.short_region_words):
                        break
                    n = 1
                if j + n + 1 < limit and self.toks[j + n].text == "Bagian" and self.toks[j + n + 1].text in self.compass:
                    n += 2  # "Sumatera Bagian Utara"
                places.append(" ".join(_words(self.toks[j:j + n])))
                j += n
            j = self._past_place_short_form_in_a_list(j, limit)
            if j + 1 < limit and self.toks[j].text in ("dan", "&") and _is_cap(self.toks[j + 1]) \
                    and _place_prefix(self.toks, j + 1, limit)[0]:
                j += 1  # 'Jawa Tengah dan DIY', 'Jateng & DIY': one office's area
                continue
            elided = self._elided_places(places[-1], j, limit)
            if elided:
                more, j = elided
                places += more
                step = 2 if j + 1 < limit and self.toks[j].text == "," and self.toks[j + 1].text == "dan" else 1
                if j + step < limit and self.toks[j].text in ("dan", ",") and _is_cap(self.toks[j + step]) \
                        and _place_prefix(self.toks, j + step, limit)[0]:
                    j += step  # "…, Tengah, dan Bali": the list goes on with a place of its own
                    continue
                break
            big = _big_region_at(self.toks, j, limit)
            if big and _is_big_region(places[-1]):
                j += big  # "Wilayah Jawa Bali": two great regions side by side name one office's area
                continue
            # "Bali, Nusa Tenggara, dan Papua": a list of places names one region
            if j + 2 < limit and self.toks[j].text == "," and (
                    (_is_cap(self.toks[j + 1]) and _place_prefix(self.toks, j + 1, limit)[0]
                     and any(t.text == "dan" for t in self.toks[j + 1:min(limit, j + 6)]))
                    or (self.toks[j + 1].text == "dan" and _place_prefix(self.toks, j + 2, limit)[0])):
                j += 2 if self.toks[j + 1].text == "dan" else 1
                continue
            break
        return places, j

    def _past_place_short_form_in_a_list(self, j: int, limit: int) -> int:
        """'Provinsi Jawa Barat (Jabar) dan Nusa Tenggara Timur (NTT)': a place's short form in brackets
        inside a list of places, when another place follows; a bracket that ends the list is the name's own."""
        end = self.bracket_end(j) if j < limit and self.toks[j].text == "(" else None
        if end is None or end + 1 >= limit or not gazetteer.is_place(" ".join(_words(self.toks[j + 1:end - 1]))):
            return j
        if self.toks[end].text in ("dan", "&", ",") and _is_cap(self.toks[end + 1]) \
                and _place_prefix(self.toks, end + 1, limit)[0]:
            return end
        return j

    def _elided_places(self, last: str, j: int, limit: int) -> tuple[list[str], int] | None:
        """'Kalimantan Barat, Tengah, dan Timur', 'Nusa Tenggara Barat dan Timur': after a place whose name ends in a
        compass word, the compass words listed next ('Tengah') name the places of the same first words, each a
        province the gazetteer knows. (Places, where the list goes on), else None."""
        words = last.split()
        if len(words) < 2 or words[-1] not in self.compass:
            return None
        stem, found, k = " ".join(words[:-1]), [], j
        while k + 1 < limit and self.toks[k].text in (",", "dan"):
            n = k + 2 if self.toks[k].text == "," and self.toks[k + 1].text == "dan" else k + 1
            if n >= limit or self.toks[n].text not in self.compass or not any(
                    h.kind == "province" for h in gazetteer.lookup(f"{stem} {self.toks[n].text}")):
                break  # provinces share an office ('Kalimantan Selatan dan Tengah'); 'Jakarta Barat dan Timur' are two
            found.append(f"{stem} {self.toks[n].text}")
            k = n + 1
        return (found, k) if found else None

    def bracket_end(self, j: int) -> int | None:
        """'(Kemnaker)', '(Dirjen Linjamsos)', '(Persero)': the index after ')' of a short bracketed name."""
        k = j + 1
        while k < len(self.toks) and k <= j + 5 and self.toks[k].text != ")":
            if not (self.toks[k].is_word and (self.toks[k].text[:1].isupper() or self.toks[k].text.isdigit()
                                              or self.toks[k].text in ("dan", "&"))):
                return None
            k += 1
        return k + 1 if k < len(self.toks) and self.toks[k].text == ")" and k > j + 1 else None

    def skip_honorifics(self, k: int) -> int:
        """'dr. Hj. Ratna', 'Kombes Pol. Dewa', 'H. Lalu', 'Komisaris Besar Polisi Dewa': the person's name starts
        after these."""
        start = k
        while k < len(self.toks):
            if self.is_honorific(k) or (self.toks[k].text == "." and k > 0):
                k += 1
            elif k > start and (after := self.retired_marker_end(k)):
                k = after  # 'Komjen Pol (Purn) Dewa': the rank of one retired
            elif k > start and self.is_honorific(k - 1) and self.toks[k].text in self.rank_service_words:
                k += 1  # 'Mayjen TNI Rudi', 'Kolonel Laut (P) Rudi': the force after the rank
            elif k > start and (after := self.rank_short_form_end(k)) > k:
                k = after
            else:
                break
        return k

    def rank_short_form_end(self, k: int) -> int:
        """'Komisaris Polisi (Kompol) Dewa', '… atau Kompol Dewa': right after a rank written out, its short form in
        brackets or after 'atau' (kg/data/indonesian.json short_form_links); the index after it, else k."""
        toks = self.toks
        if k == 0 or k + 1 >= len(toks) or not self.is_honorific(k - 1) or not self.is_honorific(k + 1):
            return k
        if toks[k].text in self.lex.words["short_form_links"]["words"]:
            return k + 2
        return k + 3 if toks[k].text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")" else k

    def retired_marker_end(self, k: int) -> int | None:
        """'(P)', '(Purn.)' after a rank (kg/data/indonesian.json retired_markers): the index after its ')'."""
        toks = self.toks
        if toks[k].text != "(" or k + 2 >= len(toks) or toks[k + 1].text not in self.lex.words["retired_markers"]:
            return None
        close = k + 2 + (toks[k + 2].text == ".")
        return close + 1 if close < len(toks) and toks[close].text == ")" else None

    def is_honorific(self, k: int) -> bool:
        """An honorific or a rank, short ('Kombes', 'Hj.') or written out ('Komisaris Besar Polisi'): no title and no
        part of a name."""
        text = self.toks[k].text
        return text in self.honorifics or text + "." in self.honorifics or k in self.rank_words \
            or (text.isupper() and text.capitalize() in self.honorifics)  # 'IPTU' as the press writes 'Iptu'

    @cached_property
    def short_region_words(self) -> frozenset[str]:
        """'(UID Jabanbaja)' after a unit's name: the word after the unit's short form in brackets is the short form
        of the unit's regions, never a person's name ('GM PLN Jabanbaja Rudi Hartono'). Written in capitals it is
        one only where its letters are the initials of the region words before the brackets ('Wilayah Sumatera dan
        Kepulauan Riau (UIW SKR)'): other capitals there are a name's acronym."""
        text = self.doc.text
        found = {m.group(1) for m in re.finditer(r"\((?:[A-Z][A-Z0-9]{1,5})\s([A-Z][a-z]{3,})\)", text)}
        found |= {m.group(1) for m in re.finditer(r"\((?:[A-Z][A-Z0-9]{1,5})\s([A-Z]{2,5})\)", text)
                  if _initials_before(text, m.start(), len(m.group(1))) == m.group(1)}
        return frozenset(w for w in found if not gazetteer.is_place(w))

    @cached_property
    def rank_words(self) -> frozenset[int]:
        """The tokens of the ranks written out in words in the article (kg/data/indonesian.json rank_phrases)."""
        found: set[int] = set()
        for i, t in enumerate(self.toks):
            if i in found:
                continue
            for words in self.rank_phrases.get(t.text, ()):
                if self.match_seq(i, words, case_sensitive=True):
                    found.update(range(i, i + len(words)))
                    break
        return frozenset(found)

    def _day_inside_a_name(self, words: list[str], k: int) -> bool:
        """'Yakobus Minggu Lado': a weekday's name between two words of a name is a name's word (a day is written
        after the name, before its date: 'Rudi, Minggu (2/3)')."""
        return 0 < k < len(words) - 1 and words[k].lower() in self.lex.words["weekdays"]

    def plausible_name(self, n0: int, n1: int, words_of_bodies_ok: bool = False) -> bool:
        """A person's name is not a place ('Jawa Barat'), not words of an organisation or unit named in the
        article ('Tenaga Kerja', 'Kantor Regional'; unless `words_of_bodies_ok`, where the caller knows the words run
        on from a body's name into its speaker's), no section of one ('Divisi Sumber Daya Manusia'), and not a
        title or programme word."""
        words = _words(self.toks[n0:n1])
        name = " ".join(words)
        if not words or any(w.isdigit() for w in words):
            return False  # 'BKIPM Surabaya 1': the number of an office
        if "".join(words) in self.degrees or "".join(words) + "." in self.degrees:
            return False  # "M.Si", "Ph.D": a degree after a name
        if name in self.division_names:
            return False  # "Pj Kepala Desa Sukamaju Lestari" after "Desa Sukamaju Lestari": the village, not its head
        if any(never_a_name_word(self.lex, w) for w in words):
            return False  # "Tahun Anggaran", "Keuangan Daerah": common nouns of titles and bodies, never a name's
        if gazetteer.is_place(name) or words[0].lower() in self.member_nouns or words[0].lower() in self.section_words \
                or words[-1] in self.compass or words[0] in self.facilities \
                or any((w in self.not_names and not self._day_inside_a_name(words, k)) or w in self.national_words
                       or w in self.section_forms for k, w in enumerate(words)):
            return False  # "… Tentara Nasional Indonesia", "Kasi Binmas Islam": words of an institution's or a
            # section's name (kg/data/indonesian.json section_short_forms), not a person's
        if n0 > 0 and self.toks[n0 - 1].text in self.class_words:
            return False  # 'ujar Kepala Lapas Kelas IIA X.': the office's class and its town, not its head's name
        if n0 > 0 and self.toks[n0 - 1].text.lower() == "agama" and words[0] in self.lex.words["religions"]["words"]:
            return False  # 'Penyuluh Agama Islam': the religion of the title's field, not a name
        if len(words) == 1 and len(name) >= 2 and name.isalpha() and name.isupper():
            return False  # "Kepala SKPD", "ketua RT": one word in capitals after a title is a body's acronym
        if any(len(w) >= 3 and w.isalpha() and w in self.honorifics for w in words[1:-1]):
            return False  # 'Polres Deli Kompol Imam Santoso': a rank or a form of address opens a name, never goes on
            # in one; what stands before it is no part of the name ('Ricardo R. Mayor' ends with a rank's word)
        if len(words[0]) >= 2 and words[0].lower() in self.lex.words["roman_numerals"]:
            return False  # 'Region III Kalimantan': a unit's number, never a name's first word ('I Made' may be)
        if len(words) > 1 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() \
                and (words[1].lower() in self.lex.words["roman_numerals"]
                     or (len(words[0]) >= 4 and not any(w.isupper() for w in words[1:]))) \
                and words[0] not in self.honorifics:
            return False  # 'Direktur PTKN II …', 'Bendahara Umum PSSI Rina Wati': a body's acronym (and its number)
            # before the name, no word of it ('Hamengku Buwono X' is a name; so are 'MMA Rina', initials, and one
            # written all in capitals)
        if name in _institution_names() or any(w in _institution_acronyms() for w in words):
            return False  # "… DJP Kemenkeu Rudi": a listed body's short name ('Kemenkeu', 'Bulog'), never a person's
        if len(words[0]) >= 2 and words[0].isupper() and f"({words[0]})" in self.doc.text:
            return False  # 'PT Sarana Usaha (SUM) …, SUM Bangka menargetkan': the short name the article gave a body
        if len(words) > 1 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() \
                and not words[1].isupper() and gazetteer.is_place(" ".join(words[1:])):
            return False  # ', PNM Babel menargetkan': a body's short form, then the place of its office
        if words[0] in self.regional_short_forms:
            return False  # 'Sekretaris Bapenda Jambi selama …': a region's office by its short form, then its region
        if len(words) > 1 and _province_or_wider(words[0]):
            return False  # 'Ketua PWRI Jatim Hermawan': the body's province, then its head's one name
        for k in range(n0, n1):
            if self.head_at(k) or self.unit_at(k, short_ok=True) or self.role_at(k) or self.toks[k].text in REGION_WORDS:
                return False
            if self.toks[k].text in self.lex.words["program_head_words"]:
                return False
        if not words_of_bodies_ok and name in self.org_words and not any(w in self.alone for w in words):
            return False
        return True

    def too_long_for_a_name(self, n0: int, n1: int) -> bool:
        """More words than a name has: NAME_MOST_WORDS, or NOBLE_NAME_MOST_WORDS after a noble's opening word."""
        noble = n0 < len(self.toks) and self.toks[n0].text in self.lex.words["long_name_openers"]["words"]
        return n1 - n0 > (NOBLE_NAME_MOST_WORDS if noble else NAME_MOST_WORDS)

    def sentence_ends(self, k: int) -> bool:
        """A full stop that ends the sentence, not the dot of an abbreviation ('S.E.,')."""
        toks = self.toks
        return k < len(toks) and toks[k].text == "." and (k + 1 == len(toks) or (
            toks[k + 1].begin > toks[k].end and (toks[k + 1].text[:1].isupper() or not toks[k + 1].is_word)))

    def speech_verb_at(self, k: int) -> bool:
        """Whether token k is a speech verb that opens a clause ('mengatakan'; kg/data/indonesian.json)."""
        return self.toks[k].text.lower() in self.lex.words["speech_verbs_before"]

    def verb_follows(self, k: int) -> bool:
        """'Kepala Dinas Sosial, Rina Wati mengatakan': the name may end at the verb, without a second comma;
        a connector ('dan', 'serta') would make it one of several names. A word of two parts joined by a hyphen
        ('disela-sela sidak') is a word too."""
        word = self.toks[k].text if k < len(self.toks) else ""
        return word.replace("-", "").isalpha() and word.islower() and word not in self.name_connectors

    def degree_suffix_end(self, k: int) -> int:
        """', S.E., M.M.', ', M.Kes.', ', S.K.M.' after a name: academic degrees, skipped."""
        m = _DEGREES_RE.match(self.doc.text, self.toks[k].begin if k < len(self.toks) else len(self.doc.text))
        if not m or not m.group().strip():
            return k
        end = self.toks[k].begin + len(m.group().rstrip())
        while k < len(self.toks) and self.toks[k].end <= end:
            k += 1
        return k

    def _words_of_organisations(self) -> set[str]:
        """Every run of one or two words inside an organisation's name that stands on its own (not after a
        title, where the run goes on into the person's name): 'Tenaga Kerja' of 'Dinas Tenaga Kerja, …'."""
        found: set[str] = set()
        toks = self.toks
        links = self.lex.words["title_organisation_links"]
        for i in range(len(toks)):
            head = self.head_at(i)
            if not head or (i > 0 and (_is_cap(toks[i - 1]) or toks[i - 1].text in (",", "dan", "&")
                                       or _after_bracket_in_run(toks, i) or _after_a_units_number(toks, i))) or any(
                    self.role_at(k, allow_lower=True) and self.role_at(k, allow_lower=True)[1] == i for k in range(max(0, i - 8), i)) \
                    or self._title_linked_to(i, links):
                continue
            words, k = [], head[1]
            while k < len(toks) and (_is_cap(toks[k]) or toks[k].text in (",", "dan")) and len(words) < 10:
                if words and _is_cap(toks[k]) and self._speaker_at(k, len(toks)):
                    break  # 'Kementerian X Rudi Hartono mengatakan': the body's words end before its speaker's name
                if _is_cap(toks[k]):
                    words.append(toks[k].text)
                k += 1
            for a in range(len(words)):
                found.add(words[a])
                if a + 1 < len(words):
                    found.add(f"{words[a]} {words[a + 1]}")
        return found

    def _title_linked_to(self, i: int, links: list[str]) -> bool:
        """'Kepala Bidang Rehabilitasi pada Dinas …' at the head word i: a title and its qualifier, then a word that
        links them to the organisation (kg/data/indonesian.json title_organisation_links)."""
        if i < 2 or self.toks[i - 1].text not in links:
            return False
        for k in range(max(0, i - 9), i - 1):
            role = self.role_at(k, allow_lower=True)
            if role and role[1] < i - 1 and self.cap_run(role[1]) == i - 1:
                return True
        return False

    def _tokens_used_alone(self) -> set[str]:
        """Capitalised tokens the text uses on their own after a speech verb, 'Menurut', or before a verb; at a
        sentence's start only a word the text never writes in lower case ('"Pangan kita surplus," …' where the text
        also writes 'stok pangan' opens with a common word, not a name)."""
        alone = set()
        toks = self.toks
        lowered = {t.text for t in toks if t.text[:1].islower()}
        for k, t in enumerate(toks):
            if not _is_cap(t) or k == 0:
                continue
            prev = toks[k - 1].text
            if _initial_dot(toks, k - 1):
                continue  # "Hartanto C. Wibowo mengatakan": the last word of a name with an initial
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            cue = prev in self.speech_after or prev.lower() in ("menurut", "kata", "ujar")
            if cue and not (nxt[:1].isupper()):
                alone.add(t.text)
            elif cue and _is_cap(toks[k + 1]) and k + 2 < len(toks) and toks[k + 2].text[:1].islower() \
                    and toks[k + 2].text[:1].isalpha() \
                    and not (self.role_at(k) or self.head_at(k) or self.known_at(k, k + 2)) \
                    and t.text not in REGION_WORDS and t.text not in self.not_names \
                    and not never_a_name_word(self.lex, t.text) and not self.unit_at(k, short_ok=True) \
                    and not gazetteer.is_place(t.text) and not gazetteer.is_place(nxt):
                alone.add(t.text)  # 'menurut Rudi Hartono jumlah itu …': a name of two words on its own opens a name
            elif nxt[:1].islower() and nxt[:1].isalpha() and t.text.lower() not in lowered \
                    and (prev in (".", "”", '"', ",") or self.doc.sentence_at(t.begin).begin == t.begin):
                alone.add(t.text)
            elif prev.isalpha() and prev.islower() and nxt.isalpha() and nxt.islower() and not t.text.isupper() \
                    and not gazetteer.is_place(t.text) and prev not in self.name_connectors and prev not in self.place_prepositions:
                alone.add(t.text)  # "yang digambarkan Agus mirip …": one capitalised word between lowercase ones
        return alone

    def _initial_opens_or_goes_on(self, i: int, dot: int) -> bool:
        """The initial before `dot` is inside a name ('Hartanto C. Wibowo'), opens the run ('M. Yusuf'), follows an
        honorific written with its dot ('H. M. Yusuf') or a short form in brackets that closes an office's name inside
        the run ('Kepala Dinas X (Dinkes) Provinsi Y (Jatim) M. Yusuf')."""
        toks = self.toks
        if dot - 1 == i:
            return True
        before = toks[dot - 2]
        return dot - 1 > i and (_is_cap(before) or before.text == ")" or (before.text == "." and dot - 3 >= 0 and (
            toks[dot - 3].text + "." in self.honorifics or toks[dot - 3].text in self.honorifics)))

    def cap_run(self, i: int) -> int:
        """End of the run of capitalised tokens from i (connectors 'dan' and '(X)' groups included)."""
        j = i
        toks = self.toks
        while j < len(toks):
            t = toks[j]
            number_end = self.command_number_end(j, len(toks))
            if number_end > j:
                j = number_end  # 'Dandim 0812 Lamongan', 'Kodim 0712/Pati', 'Kodam IV/Diponegoro': its number
            elif _is_cap(t) and not self.protected_at(j) and not (
                    j > i and j + 1 < len(toks) and toks[j + 1].text == "(" and self._weekday_of_a_date(j)):
                j += 1
            elif t.text.isdigit() and len(t.text) <= 2 and j > i and j + 1 < len(toks) and _is_cap(toks[j + 1]) \
                    and self._unit_form_ends_at(max(i, j - 3), j):
                j += 1  # "Kantor Regional 5 Sumatera", "Daop 2 Madiun": the unit's number
            elif j > i and self._class_in_a_digit_at(j, len(toks)):
                j += 1  # 'Kantor Imigrasi Kelas 1 Non TPI X': the class in a digit, as some outlets write it
            elif t.text in ("dan", "&") and j + 1 < len(toks) and _is_cap(toks[j + 1]) and j > i and not self.role_at(j + 1) \
                    and not self._named_in_apposition(j + 1, len(toks)):
                j += 1
            elif self._dot_after_head_word(j):
                j += 1  # 'PT. Sumber Tembaga': the company form's dot, inside the name
            elif t.text == "," and j > i and j + 1 < len(toks) and _is_cap(toks[j + 1]) and self._comma_list_goes_on(j, len(toks)):
                j += 1
            elif t.text == "," and j > i and j + 2 < len(toks) and toks[j + 1].text == "dan" and _is_cap(toks[j + 2]) \
                    and any(x.text == "," for x in toks[i:j]):
                j += 2  # "Tenaga Kerja, Transmigrasi, dan Perindustrian"
            elif (t.text in self.honorifics or t.text + "." in self.honorifics) and j + 2 < len(toks) \
                    and toks[j + 1].text == "." and _is_cap(toks[j + 2]):
                j += 2  # "dr. Tono Hartono"
            elif (t.text in self.honorifics or t.text + "." in self.honorifics) and j > i and j + 1 < len(toks) \
                    and _is_cap(toks[j + 1]) and not self.protected_at(j + 1):
                j += 1  # "Direktur RSUD Mawar dr Budi Santoso": the director's title opens his name
            elif _initial_dot(toks, j) and j + 1 < len(toks) and _is_cap(toks[j + 1]) and self._initial_opens_or_goes_on(i, j) \
                    and toks[j + 1].text not in self.not_names and not self.role_at(j + 1) and not self.head_at(j + 1):
                j += 1  # "Hartanto C. Wibowo", "H. M. Yusuf": an initial in a name ("… Rudi M. Dia mengatakan" ends a sentence)
            elif t.text == "(" and j > i and self.bracket_end(j):
                j = self.bracket_end(j)
            elif j > i and t.text != "(" and self.rank_short_form_end(j) > j:
                j += 1  # 'Komisaris Polisi atau Kompol Rudi': the rank written out, then its short form
            elif j > i and t.text.capitalize() in self.office_nouns and t.text.islower() and j + 1 < len(toks) \
                    and _is_cap(toks[j + 1]) and self.known_at(j + 1, len(toks)):
                j += 1  # 'Kepala Seksi Haji kantor Kemenag X': the office word written small before a known body
            elif j > i and t.text.islower() and self._branch_written_small_at(j):
                j += 1  # 'Kepala Kantor Pos X cabang Malang, Rudi': the branch word in lower case, then its town
            elif t.text == "." and j > i and toks[j - 1].end == t.begin and (
                    toks[j - 1].text in self.acting_prefixes or toks[j - 1].text + "." in self.honorifics
                    or toks[j - 1].text in self.name_particles):
                j += 1  # "Dr.", "Kombes Pol.", "Pj.", "RM."
            else:
                break
        return j

    def _listed_name_in_any_case_end(self, i: int, j: int, limit: int) -> int:
        """The end of the longest name of a curated national institution that starts at i with its first words as
        written up to j, the rest in any case ('Kementerian Dalam negeri'); j where none does."""
        best = j
        for words in self.institution_words.get(self.toks[i].text, ()):
            if best < i + len(words) <= limit and self.match_seq(i, list(words[:j - i])) \
                    and self.match_seq(j, list(words[j - i:]), case_sensitive=False):
                best = i + len(words)
        return best

    def _weekday_of_a_date(self, j: int) -> bool:
        """'… Rudi Hartono Kamis (23/11)': a weekday with its date in brackets, written with no comma after a name,
        is no word of the name."""
        toks = self.toks
        return j + 2 < len(toks) and toks[j + 1].text == "(" and toks[j + 2].text[:1].isdigit() \
            and toks[j].text.lower() in self.lex.words["weekdays"]

    # ---------------------------------------------------------------- organisations
    def _dot_after_head_word(self, j: int) -> bool:
        """'PT. Sumber Tembaga': the dot some sites write after a company form (kg/data/indonesian.json
        head_words_written_with_a_dot), between it and a capitalised name."""
        toks = self.toks
        if not (0 < j < len(toks) - 1 and toks[j].text == "." and _is_cap(toks[j + 1])) or toks[j + 1].text in self.not_names:
            return False  # 'bekerja di PT. Menurut dia, …': the sentence ends, and the next one opens
        head = self.head_at(j + 1)
        if head is not None and head[0].named_with_region:
            return False  # '… ke PT. Dinas Sosial Kota X menyalurkan …': another sentence's body, no company's name
        return toks[j - 1].text in self.lex.words["head_words_written_with_a_dot"] and toks[j - 1].end == toks[j].begin

    def parse_org(self, i: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        got = self._parse_org(i, limit, rule)
        return got if got is None or self.toks[i].begin >= self.doc.headline_end \
            else self.cut_in_headline(got, i, rule, self._parse_org)

    def cut_in_headline(self, got, i: int, rule: str, parse) -> tuple[OrgMention, int] | None:
        """An organisation's name read in a headline written in title case ('Bank X Catat Laba Jabar Naik') runs on
        into the headline's capitalised verbs and nouns: where the article's body never writes the name so, it ends
        where the longest beginning of it that the body writes ends ('Bank X'), if the body writes one."""
        if got is None or got[1] - i < 2 or self.toks[i].begin >= self.doc.headline_end:
            return got
        body = self.doc.text[self.doc.headline_end:]
        if _written_in(body, got[0].name):
            return got
        for k in range(got[1] - 1, i, -1):
            if _written_in(body, self.doc.text[self.toks[i].begin:self.toks[k - 1].end]):
                shorter = parse(i, k, rule)
                if shorter is not None and shorter[1] == k:
                    return shorter
        return got

    def _office_word_then_institution(self, i: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        """'Kantor Kemenag Bantul', 'Kantor BPS Kabupaten Bantul': a word for an office (kg/data/indonesian.json
        office_nouns), then an institution and a place, names the institution's office there, as the institution's
        name and the place alone would ('Kemenag Bantul'); the word is part of the name written. Before a regional
        body's name and its region ('Kantor Dinas Kesehatan Kota X') it names that body."""
        toks = self.toks
        if toks[i].text not in self.office_nouns or i + 2 >= limit or self.head_at(i) \
                or not (self.known_at(i + 1, limit) or self.head_at(i + 1)):
            return None  # ('Kantor Imigrasi X', 'Kantor Kementerian Agama X': a type of office the lexicon names)
        got = self.parse_org(i + 1, limit, rule)
        if got is None or not got[0].places or got[0].span.begin != toks[i + 1].begin:
            return None
        if got[0].kind != "unit":
            return got  # 'Kantor Dinas Kesehatan Kota X': the body itself, whose name the word is not part of
        m, end = got
        m.span = Span(toks[i].begin, m.span.end)
        m.name = self.doc.text[m.span.begin:m.span.end]
        return m, end

    def _parse_org(self, i: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        toks = self.toks
        if i >= limit or not _is_cap(toks[i]):
            return None
        spelled = self._head_word_spelled_out_before_it(i, limit, rule)
        if spelled:
            return spelled
        if self._dot_after_head_word(i + 1) and i + 2 < limit and self.head_at(i + 2):
            got = self.parse_org(i + 2, limit, rule)  # 'PT. Bank X': read as 'Bank X' is, the company form before it
            if got is not None and got[0].kind == "org":
                m, end = got
                m.span = Span(toks[i].begin, m.span.end)
                m.name = self.doc.text[m.span.begin:m.span.end]
                return m, end
        office = self._office_word_then_institution(i, limit, rule)
        if office:
            return office
        start = toks[i].begin
        if self.acronym_before_unit(i):
            # "BRI Regional Office Pekanbaru": an acronym, then its unit
            acronym = OrgMention(Span(toks[i].begin, toks[i].end), toks[i].text, "org", rule + ".acronym")
            unit_type, k = self.unit_at(i + 1, short_ok=False) or self.unit_at(i + 1, short_ok=True)
            places, k2 = self.unit_place_at(i + 1, k, limit)
            if places:
                k2 = self._unit_name_tail(k2, limit, self._title_ends_at(start), acronym)
                name = self.doc.text[start:toks[k2 - 1].end]
                if k < k2 and toks[k].text == "(":  # 'PLN ULP (Unit Layanan Pelanggan) X': the form's own words
                    name = re.sub(r"\s*\([^)]*\)", "", name, count=1)
                return OrgMention(Span(start, toks[k2 - 1].end), name, "unit", rule + ".acronym-then-unit",
                                  unit_type=unit_type, parent=acronym, places=tuple(places)), k2
            number_end = self.numbered_unit_end(i + 1, k, limit)
            if number_end is not None:  # "SRN Daop 5": the unit by its number
                return self._numbered_unit(acronym, unit_type, i + 1, number_end, rule), number_end
        office = self._national_office_at(i, limit, rule) or self._government_of_province_named(i, limit, rule)
        if office:
            return office
        # unit named first: "Kantor Cabang Madiun", "Kantor Perwakilan Bank Indonesia Provinsi Jawa Tengah"
        unit = self.unit_at(i, short_ok=False)
        if unit:
            utype, j = unit
            if j + 2 < limit and toks[j].text == "(" and toks[j + 2].text == ")" and (
                    toks[j + 1].text == _initials(toks[i:j])
                    or abbreviates(toks[j + 1].text, " ".join(_words(toks[i:j])))
                    or _contracts(toks[j + 1].text, _words(toks[max(0, i - 1):j]), self.word_contractions)):
                j += 3  # 'Kantor Cabang (KC) BPJS Kesehatan Malang', 'Kantor Perwakilan (KPw) …': the form's own
                # short form, or the title's and the form's contracted ('Kepala Kantor Cabang (Kakacab) …')
            form_end = j
            parent = office_short = None
            # 'Kantor Regional 5 Otoritas Jasa Keuangan …': the office's number, then its institution
            numbered = self._unit_number_end(j, limit)
            if numbered > j and numbered < limit and _is_cap(toks[numbered]) and self.head_at(numbered):
                j = numbered
            inner = self._listed_institution_before_place(j, limit, rule) or self.parse_head_org(j, limit, rule, allow_units=False)
            if inner:
                parent, j = inner
                if parent.acronym and self._short_form_of_the_office(parent.acronym, parent.name, toks[i:form_end]):
                    # 'Kantor Perwakilan Bank Indonesia (KPwBI) Sulteng', '… (KPBI) …': the office's short form
                    office_short, parent.acronym = parent.acronym, None
                if j < limit and toks[j].text == "(" and self.bracket_end(j) and self.bracket_end(j) < limit:
                    written = " ".join(_words(toks[j + 1:self.bracket_end(j) - 1]))
                    # '… Bea Cukai (KPPBC) …' abbreviates the office, its form and its parent (a joining 'dan' aside)
                    if written == _initials([t for t in toks[i:j] if t.text[:1].isupper()]) \
                            or self._short_form_of_the_office(written, parent.name, toks[i:form_end]):
                        office_short = office_short or written
                    else:
                        parent.acronym = parent.acronym or written
                    j = self.bracket_end(j)  # "Kantor Perwakilan Bank Indonesia (BI) Kediri"
                if j + 1 < limit and toks[j].text in self.national_acronyms and _place_prefix(toks, j + 1, limit)[0]:
                    j += 1  # 'Kanwil DJKN Kemenkeu Sulut': the ministry the parent is part of, then the place
            elif j + 1 < limit and re.fullmatch(r"[A-Z]{2,5}", toks[j].text) and not gazetteer.is_place(toks[j].text) \
                    and self._unit_number_end(j, limit) == j and _place_prefix(toks, j + 1, limit)[0]:
                parent = OrgMention(Span(toks[j].begin, toks[j].end), toks[j].text, "org", rule + ".acronym")
                j += 1
            places, k = self.unit_place_at(i, j, limit) if j == form_end else self.place_at(j, limit)
            if not places and parent is not None and numbered > form_end and parent.span.begin == toks[numbered].begin:
                # 'Daop 1 PT KAI': the unit by its type and number, then its parent, with no place
                own = self.doc.text[start:toks[numbered - 1].end]
                return OrgMention(Span(start, toks[j - 1].end), self.doc.text[start:toks[j - 1].end], "unit",
                                  rule + ".numbered-unit-then-org", unit_type=utype, parent=parent, own_name=own), j
            if not places or (len(places) == 1 and not gazetteer.is_place(places[0]) and k < limit
                              and toks[k].text == "dan"):
                return None  # 'Kantor Wilayah Hukum dan HAM …': fields of an institution, no place the list lacks
            numeral = self._office_numeral_end(k, limit)  # 'Kanwil DJP Jateng I Rudi …': the office's numeral
            k = numeral if numeral > k else self._unit_name_tail(k, limit, self._title_ends_at(start), parent)
            name = self.doc.text[start:toks[k - 1].end]
            if form_end > unit[1]:
                name = re.sub(r"\s*\([^)]*\)", "", name, count=1)
            m = OrgMention(Span(start, toks[k - 1].end), name, "unit", rule + ".unit-first",
                           unit_type=utype, parent=parent, places=tuple(places), acronym=office_short)
            return m, k
        return self.parse_head_org(i, limit, rule, allow_units=True)

    def _class_in_a_digit_at(self, j: int, limit: int) -> bool:
        """A single digit at j right after the office class word (kg/data/indonesian.json office_class: 'Kelas 1'),
        with more of the name after it."""
        toks = self.toks
        return 0 < j and j + 1 < limit and len(toks[j].text) == 1 and toks[j].text.isdigit() and _is_cap(toks[j + 1]) \
            and toks[j - 1].text == self.lex.words["office_class"]["word"]

    def _quoted_whole(self, i: int, end: int) -> bool:
        """Whether tokens i to end are a name between quotation marks and nothing more, as the press writes the names of
        programmes and events, not of bodies."""
        return i > 0 and end < len(self.toks) and self.toks[i - 1].text in QUOTE_MARKS \
            and self.toks[end].text in QUOTE_MARKS

    def _named_as_a_programme(self, i: int) -> bool:
        """Whether a programme noun (kg/data/indonesian.json programme_nouns), and perhaps a quotation mark, stands
        right before token i."""
        k = i - 1
        if k >= 0 and self.toks[k].text in QUOTE_MARKS:
            k -= 1
        return k >= 0 and self.toks[k].text.lower() in self.lex.words["programme_nouns"]["words"]

    def _head_word_spelled_out_before_it(self, i: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        """'Unit Pelaksana Teknis (UPT) Samsat X': a head word the lexicon knows only short ('UPT'), written out before
        it in brackets, then the rest of the name: one name, read as 'UPT Samsat X' is, written whole."""
        k = i
        while k < min(limit, i + 6) and _is_cap(self.toks[k]) and self.toks[k].text != "(":
            k += 1
        if k == i + 1 or k + 3 >= limit or self.toks[k].text != "(" or self.toks[k + 2].text != ")" \
                or _initials(self.toks[i:k]) != self.toks[k + 1].text or self.head_at(i) \
                or self.head_at(k + 1) is None or self.head_at(k + 1)[1] != k + 2:
            return None
        got = self.parse_org(k + 3, limit, rule)  # the rest of the name ('Samsat X'), read as a name of its own
        if got is None or got[0].span.begin != self.toks[k + 3].begin:
            return None
        m, end = got
        m.span = Span(self.toks[i].begin, m.span.end)
        m.name = self.doc.text[self.toks[k + 1].begin:self.toks[k + 1].end] + " " + m.name
        m.org_type = self.head_at(k + 1)[0]
        return m, end

    @staticmethod
    def _short_form_of_the_office(short: str, parent: str, form: list[Token]) -> bool:
        """'KPwBI', 'KPBI' after 'Kantor Perwakilan Bank Indonesia': a short form that stands for the office's form and
        its parent's name together, not for the parent's name alone, is the office's."""
        return not stands_for(short, parent) and not abbreviates(short, parent) \
            and abbreviates(short, " ".join([t.text for t in form if t.text[:1].isupper()] + [parent]))

    def _listed_institution_before_place(self, j: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        """'Kantor Perwakilan Bank Indonesia Madiun': a listed national institution named in full after a unit's
        form, then a place, is the unit's parent; read by the head word alone, its name would run on into the
        place ('Bank Indonesia Madiun') and leave the unit without one."""
        end = None
        for words in self.institution_words.get(self.toks[j].text if j < limit else None, ()):
            if j + len(words) < limit and self.match_seq(j, words) and (end is None or j + len(words) > end):
                end = j + len(words)
        end = end or self._listed_bank_name_end(j, limit)  # 'Kantor Cabang Bank Jatim Blitar': a bank the list names
        if end is None or not self.place_at(end, limit)[0]:
            return None
        name = self.doc.text[self.toks[j].begin:self.toks[end - 1].end]
        return OrgMention(Span(self.toks[j].begin, self.toks[end - 1].end), name, "org", rule + ".institution"), end

    def _government_of_province_named(self, i: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        """'Pemerintah Aceh', 'Pemerintah DKI Jakarta': 'Pemerintah' and a province's name, without the level word,
        is that province's government (the name Aceh's government has by law, and a common short form)."""
        if self.toks[i].text != "Pemerintah":
            return None
        places, k = self.place_at(i + 1, limit, unknown_ok=False)
        if len(places) != 1 or "province" not in {h.kind for h in gazetteer.lookup(places[0])}:
            return None
        otype = next(t for t in self.lex.org_types if t.government_level == "provinsi")
        end = self.toks[k - 1].end
        return OrgMention(Span(self.toks[i].begin, end), self.doc.text[self.toks[i].begin:end], "government",
                          rule + ".government", org_type=otype, places=(places[0],), level="provinsi"), k

    def _national_office_at(self, i: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        """'BPS Provinsi Riau', 'OJK Jambi dan Bengkulu': a national body named by its acronym alone, then the
        region (or regions) of its office, is that office; never the region's government."""
        toks = self.toks
        if toks[i].text not in self.national_offices or (i > 0 and toks[i - 1].text == "(") \
                or (i + 1 < limit and toks[i + 1].text in self.country_designators):
            return None  # 'KPU RI', 'BPS RI': the national body itself with its country after it, no office of it
        places, k = self.place_at(i + 1, limit, unknown_ok=False)
        if not places:
            return None
        k = self._office_numeral_end(k, limit)  # 'DJP Jateng II'
        body = OrgMention(Span(toks[i].begin, toks[i].end), toks[i].text, "org", rule + ".acronym")
        end = toks[k - 1].end
        return OrgMention(Span(toks[i].begin, end), self.doc.text[toks[i].begin:end], "unit", rule + ".national-office",
                          parent=body, places=tuple(places)), k

    def _office_numeral_end(self, k: int, limit: int) -> int:
        """Past a Roman numeral after an office's region ('Kanwil DJP Jawa Tengah II'), which tells it from the
        region's other offices; 'I' before a Balinese name word ('I Made') opens a person's name instead."""
        if k < limit and re.fullmatch(r"[IVX]{1,4}", self.toks[k].text) and not (
                k + 1 < limit and self.toks[k + 1].text in self.particle_openers.get(self.toks[k].text, ())):
            return k + 1
        return k

    def _with_office_number(self, found: tuple[OrgMention, int] | None, limit: int) -> tuple[OrgMention, int] | None:
        """The body read, with the digit after its place that numbers its office (`_office_number_end`) in its name."""
        if found is None:
            return None
        m, k = found
        end = self._office_number_end(k, limit)
        if end == k or m.span.end != self.toks[k - 1].end:
            return found
        m.span = Span(m.span.begin, self.toks[end - 1].end)
        m.name = f"{m.name} {self.toks[k].text}"
        return m, end

    def _office_number_end(self, k: int, limit: int) -> int:
        """Past a single digit after the place that ends a body's name ('Balai Karantina X Surabaya 1 kembali …'),
        which tells the office from the place's others as a Roman numeral does (`_office_numeral_end`), where the
        article writes the place and the digit together more than once: a count after a place ('Surabaya 2 orang')
        is not said twice alike."""
        toks = self.toks
        if not (0 < k < limit and re.fullmatch(r"[1-9]", toks[k].text) and gazetteer.is_place(toks[k - 1].text)):
            return k
        if re.match(r"[.,]\d|[%/\d]", self.doc.text[toks[k].end:toks[k].end + 2]):
            return k  # '1,5', '1%', '1/2': a longer number
        written = f"{toks[k - 1].text} {toks[k].text}"
        return k + 1 if len(re.findall(rf"(?<!\w){re.escape(written)}(?![\w,.]\d)(?!\w)", self.doc.text)) >= 2 else k

    def _unit_name_tail(self, k: int, limit: int, after_title: bool = False, parent: OrgMention | None = None) -> int:
        """A unit's name may go on after its place ("Kantor Cabang Semarang Pemuda"); a word the article also uses
        alone, or one that opens a name, is a person's ("… Kantor Wilayah Medan Agus Salim …"). `parent`, the body
        the unit is of, where it is named."""
        start = k
        while k < limit and _is_cap(self.toks[k]) and not self.head_at(k) and not self.role_at(k) and self.toks[k].text not in self.not_names:
            word = self.toks[k].text
            if (word in self.alone and not gazetteer.is_place(word)) or self.particle_at(k) or word in self.honorifics \
                    or (k + 1 < limit and self.toks[k + 1].text in self.particle_openers.get(word, ())):
                return start  # … or 'I Gede', 'Ni Luh': a Balinese name opens here
            k += 1
        if after_title and k - start >= 3 and not self._holders_name_after_the_comma(k):
            lead = self._places_leading(start, k)  # 'Bali Denpasar': the unit's places go on first
            if k - lead == 3 and self._sites_unnamed_after_the_town(parent, start):
                return lead  # 'BPJS Kesehatan Cabang Palu Tri Budi Santoso': a name of three words
            return k - 2  # 'Manajer PLN ULP Padang Kota Rahmat Fauzi', '… KCP Palembang Pasar Baru Andi Wijaya': two
            # words are left for the title holder's name, unless a comma ends the unit (a street's two words stay)
        if not after_title and 2 <= k - start <= 3 and k < len(self.toks) and self.speech_verb_at(k):
            return start  # '…, Kanwil Kemenag Kota X Rudi Santoso mengatakan …': a name of two or three words, then
            # what they said, though no title before the office asks for a holder
        if after_title and k - start == 1 and k < len(self.toks) and (self.toks[k].text == "." or (
                self.toks[k].text == "," and not self._holders_name_after_the_comma(k))):
            return start  # '… kata Manajer PLN ULP Klaten Rina.': one word after the town ends the clause, the name
        if after_title and k > start and k < len(self.toks) and self.toks[k].text.islower():
            return start  # 'Kepala PT X Cabang Kendari Rudi di …': the words after the town, up to the next word in
            # lower case, are all the title has for its holder's name
        return k

    def _sites_unnamed_after_the_town(self, parent: OrgMention | None, start: int) -> bool:
        """Whether the words after a unit's town (at `start`) cannot be a site's name, so that three of them are the
        holder's name: the unit's town is one the gazetteer knows, and its body is named and runs no airports,
        ports or stations, whose units take the site's name after the town ('Cabang Medan Kualanamu')."""
        return parent is not None and not (parent.org_type is not None and parent.org_type.operates_facilities) \
            and gazetteer.is_place(self.toks[start - 1].text)

    def _places_leading(self, start: int, end: int) -> int:
        """Where the words from `start` stop naming places (the gazetteer's, districts too, a region word such as
        'Kota', a compass word), before `end`."""
        k = start
        while k < end:
            n = _place_prefix(self.toks, k, end)[0]
            if n:
                k += n
            elif self.toks[k].text in REGION_WORDS or self.toks[k].text in self.compass:
                k += 1
            else:
                break
        return min(k, end)

    def _holders_name_after_the_comma(self, k: int) -> bool:
        """'Kepala BRI Cabang X Jalan Y, Rudi Hartono, …': a comma after the unit's words, then a capitalised word
        that is no weekday, gives the holder's name after it, and every word before it is the unit's ('…, Rabu
        (4/9)' gives none)."""
        toks = self.toks
        return k + 1 < len(toks) and toks[k].text == "," and _is_cap(toks[k + 1]) \
            and toks[k + 1].text.lower() not in self.lex.words["weekdays"]

    def _bare_head_the_article_defined(self, i: int, head_end: int, limit: int) -> bool:
        """A one-word head word ('BPJS') that a unit's form follows, which names nothing alone, is the short form the
        article gave a name in brackets ('Badan Penyelenggara Jaminan Sosial (BPJS)'), where it gave one."""
        return head_end == i + 1 and head_end < limit and self.unit_at(head_end, short_ok=True) is not None \
            and self.known_at(i, limit, listed_ok=False) is not None

    def _type_short_form_spelt_otherwise(self, i: int, head) -> bool:
        """A type's one-word short form ('KUA') that the article spells out in brackets with none of the words of the
        type's long names ('Kebijakan Umum Anggaran (KUA)'): the article's own meaning of the letters, not the type's
        (a variant spelling of the type's name shares its words: 'Unit Pengelola Bandar Udara (UPBU)')."""
        word = self.toks[i].text
        if head[1] != i + 1 or not word.isupper():
            return False
        spelt = self._spelt_out_before_brackets(word)
        longer = {w for h in head[0].head_words if " " in h for w in h.casefold().split()} - set(self.lex.words["function_words"])
        return bool(spelt) and not any(words & longer for words in spelt)

    def _spelt_out_before_brackets(self, short_form: str) -> list[set[str]]:
        """The words (up to six, case-folded) the article writes right before each '(short_form)', read once per
        article and short form."""
        known = self._spelt_out
        if short_form not in known:
            text = self.doc.text
            known[short_form] = [{w.casefold() for w in _WORD.findall(text, max(0, m.start() - 80), m.start())[-6:]}
                                 for m in _compiled_bracketed(short_form).finditer(text)]
        return known[short_form]

    def parse_head_org(self, i: int, limit: int, rule: str, allow_units: bool) -> tuple[OrgMention, int] | None:
        """An organisation whose head word or known name is at i, up to `limit`, with the digit that numbers its
        office after its place ('BKIPM Surabaya 1')."""
        return self._with_office_number(self._parse_head_org(i, limit, rule, allow_units), limit)

    def _parse_head_org(self, i: int, limit: int, rule: str, allow_units: bool) -> tuple[OrgMention, int] | None:
        toks = self.toks
        head = self.head_at(i)
        if head and self._bare_head_the_article_defined(i, head[1], limit):
            head = None  # '… (BPJS) Cabang Kendari', then 'Kepala BPJS Cabang Kendari': the article's own short form
        if head and self._type_short_form_spelt_otherwise(i, head):
            head = None  # 'Kebijakan Umum Anggaran (KUA)', then 'KUA PPAS': a budget's policy, no religious affairs office
        known = None if head else self.known_at(i, limit)
        if not head and not known:
            return None
        start = toks[i].begin
        if head and self.kind_of_bodies_at(i, limit):
            return None  # 'Direktur Pengawasan Lembaga Jasa Keuangan OJK …': every such body, none named
        if head:
            otype, j = head
            if self._dot_after_head_word(j):
                j += 1  # 'PT. Sumber Tembaga'
                head = (otype, j)
            level = otype.government_level
            if level:  # Pemerintah Kota Madiun, Pemkot Surakarta, Pemerintah Kota (Pemkot) Pekanbaru
                acronym = None
                if j < limit and toks[j].text == "(" and self.bracket_end(j):
                    acronym = " ".join(_words(toks[j + 1:self.bracket_end(j) - 1]))
                    j = self.bracket_end(j)
                first = j
                places, j = self.place_at(j, limit)
                if not places:
                    return None
                if len(places) > 1:  # 'Pemkab Alor, Rote Ndao dan Sabu Raijua': one government's region, the others
                    region = self.region_at(first, limit)  # listed after it are each their own government's
                    j = region[2] if region else first + max(1, _place_prefix(toks, first, limit)[0])
                name = self.doc.text[start:toks[j - 1].end]
                if acronym:
                    name = without_brackets(name)
                m = OrgMention(Span(start, toks[j - 1].end), name, "government", rule + ".government",
                               org_type=otype, places=tuple(places[:1]), level=level, acronym=acronym)
                return self._with_unit(m, j, limit, rule, allow_units)
            regional = otype.named_with_region
            national_words = self.national_words
            listed = self.listed_name_end(i, limit)
            if listed is None:  # 'Kementerian Dalam negeri': a listed name with a word in lower case
                listed = self._listed_name_in_any_case_end(i, j, limit)
                listed = listed if listed > j else None
            if listed is not None and j < listed < limit and rule == "org" and self._speaker_at(listed, limit):
                limit = listed  # 'Kementerian X Rudi Hartono mengatakan': a listed name, then its speaker's name
            if listed is not None and listed > j and (listed == limit or not _is_cap(toks[listed])):
                j = listed  # 'Dewan Perwakilan Rakyat', 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah': a name of
                # the curated list is read whole, though a word of it would end another name ('Perwakilan', '/');
                # not when the name goes on ('Dewan Perwakilan Rakyat Daerah', 'Dewan Perwakilan Rakyat Aceh')
            name_end = j
            region_places: tuple[str, ...] = ()
            inner_acronym = None
            named_from = head[1]  # where the words that may name a person begin
            title_bracket = False
            loose_acronym = None
            while j < limit:
                t = toks[j]
                if t.text == "(" and j == name_end and not title_bracket and self.bracket_end(j) \
                        and self.bracket_end(j) < limit and self.title_contraction(
                            " ".join(_words(toks[j + 1:self.bracket_end(j) - 1])), i, j):
                    j = self.bracket_end(j)  # 'Kepala Polres (Kapolres) X': the title's short form, then the region
                    title_bracket = True
                    continue
                if j == head[1] and (self._acronym_before_the_person_named(otype, j, limit)
                                     or self._kinds_short_form_before_its_field(otype, i, j, limit)
                                     or self._sites_short_form_before_its_name(otype, j, limit)):
                    inner_acronym = toks[j + 1].text  # 'Rumah Sakit Umum Daerah (RSUD) Hasan Wirya': the kind's short
                    j = named_from = j + 3  # form, then the person the hospital is named after ('Direktorat Jenderal
                    continue  # (Ditjen) Perikanan Budidaya': then the field the directorate works in; 'Satuan Pelayanan
                    # Pemenuhan Gizi (SPPG) Sukamaju': then the site's own name)
                number_end = self.command_number_end(j, limit, after_head=True) \
                    if name_end == head[1] and otype.numbered else j
                if number_end > j:
                    j = name_end = number_end  # 'Kodim 0712/Pati', 'Kodim (Dandim) 0815/Mojokerto': the command's
                    # number, after the title's short form or not
                    town = _place_prefix(toks, j, limit)[0] if regional else 0
                    if town:  # then the town it commands ('Kodim 0712/Pati'), not a name ('Kodam V/Brawijaya')
                        region_places = (" ".join(_words(toks[j:j + town])),)
                        name_end = j = j + town
                        break
                    continue
                if otype.serves_segments and t.text in self.segment_words:
                    break  # 'peserta BPJS Kesehatan PBI APBD', 'peserta BPJS Mandiri': the members, no more of its name
                if t.text in self.dating_words and j + 1 < limit and toks[j + 1].text[:1].isdigit():
                    break  # 'Laporan Kasus RSUD X Tahun 2022': the year of what is named, no word of the name
                if t.text in self.document_number_words:
                    break  # 'Surat Perintah Kepala Kejaksaan Tinggi X Nomor Print-16/…': the document's number
                region = self.region_at(j, limit) or (self._region_in_lower_case_at(j, limit) or self._district_at(j, limit)
                                                      if regional else None)
                if region:
                    if regional and not national_words & set(_words(toks[head[1]:j])):
                        region_places = (LEVEL_OF_WORD.get(region[0], toks[j].text) + " " + region[1],)
                        name_end = j = region[2]
                    break
                if self.unit_at(j, short_ok=True) or (j > head[1] and self.role_at(j)):
                    break
                if otype.named_only_by_region and j == head[1] and t.text != "(" and not _place_prefix(toks, j, limit)[0]:
                    break  # "Wakil Ketua DPRD Rina Wulandari, …": the members' names follow, not more of its name
                    # (after its region, 'DPRD Sumut Fraksi X', 'DPRD Garut Dapil 3', the name goes on as any other)
                if j > head[1] and otype.operates_facilities and t.text in self.facilities and self._facility_named_at(
                        j, limit, after_listed=self._listed(toks[i].begin, toks[j - 1].end)):
                    break  # "PT Angkasa Nusa Bandara … Kota": the company's name ends before its airport
                if (j > head[1] or otype.part_of_the_organisation_after) and otype.ends_before_another_organisation \
                        and (self.head_at(j) or (j > named_from and self.known_at(j, limit) is not None)):
                    break  # "Partai X DPRD Jambi": the party, then the parliament; "Fakultas Hukum Universitas X" ends
                    # where its university's name begins, 'Direktorat Jenderal Hortikultura Kementan' where the
                    # ministry's short name begins
                if j == named_from and t.text in self.alone and not gazetteer.is_place(t.text) \
                        and otype.iri.split("/")[-1] in self.named_after_people:
                    break  # 'Direktur RSUD Rudi Hartono' where the article writes 'menurut Rudi Hartono …': the
                    # hospital's head, not its namesake
                if (t.text in self.honorifics or (t.text + ".") in self.honorifics) and otype.iri.split("/")[-1] in self.named_after_people \
                        and j + 1 < limit and (_is_cap(toks[j + 1]) or toks[j + 1].text == ".") \
                        and not self._named_before_honorific(named_from, j):
                    j += 1  # "RSUD dr. Hana Wijaya", "Universitas Prof. Dr. Tono": named after a person
                    if toks[j].text == ".":
                        j += 1
                    while j + 1 < limit and re.fullmatch(r"[A-Z]", toks[j].text) and toks[j + 1].text == ".":
                        j += 2  # initials: "RSUP Prof. Dr. R. T. Wijaya"
                    continue
                if self.particle_at(j) and otype.iri.split("/")[-1] in self.named_after_people \
                        and not self._named_before_honorific(named_from, j) and j + 1 < limit and _is_cap(toks[j + 1]):
                    j += 1  # "RSUD Cut Sari Dewi", "Universitas Teuku Hasan": named after a person whose name opens
                    name_end = j  # with a particle
                    continue
                if t.text in self.honorifics or (t.text + ".") in self.honorifics or self.particle_at(j):
                    break  # "PT Sinar Bahari Dr. H. Hendra Kusuma": a title of the person starts here
                if regional and j >= head[1] and self._government_head_at(j):
                    break  # 'Dinas Sosial Pemkab X': the government whose region the body serves (`_regional_form`)
                before = toks[loose_acronym - 1 if loose_acronym == j - 1 else j - 1].end  # (not its short form)
                if self._names_a_body_of_offices(self.doc.text[start:before], regional) \
                        and _place_prefix(toks, j, limit)[0] and t.text not in national_words and not self.known_at(j, limit):
                    break  # "BPJS Kesehatan Kupang": a name the article uses alone, or a body's with offices in the
                    # regions ('Badan Pusat Statistik Jambi'), then the place of its office
                if regional and rule == "org" and j > head[1] and self._speaker_after_the_region(j, limit):
                    name_end = j = j + _place_prefix(toks, j, limit)[0]
                    break  # 'Dinas Sosial Sleman Rudi Hartono mengatakan …': the office ends at its region
                if loose_acronym is None and j > head[1] and j == name_end and self._acronym_without_brackets(start, j):
                    loose_acronym = j  # 'Badan Pusat Statistik BPS Jambi': the short form, unbracketed
                    j = name_end = j + 1
                elif _is_cap(t) and t.text not in ("Persero",):
                    j += 1
                    name_end = j
                elif t.text == "/" and j > head[1] and j + 1 < limit and _is_cap(toks[j + 1]) \
                        and toks[j - 1].end == t.begin and t.end == toks[j + 1].begin and not self.head_at(j + 1) \
                        and not self.known_at(j + 1, limit) and not self.region_at(j + 1, limit) \
                        and not self.role_at(j + 1):
                    j += 1  # 'UPTD Bus Raya/Bus Kota': the body's two names, one after the slash ('Kementerian
                    # Investasi/BKPM' ends before another body's name)
                elif j > head[1] and self._class_in_a_digit_at(j, limit):
                    j = name_end = j + 1  # 'Kantor Imigrasi Kelas 1 Non TPI X': the class in a digit
                elif j == head[1] and self._spelled_out_before_acronym(j, limit):
                    j += 1  # "Tim koordinasi Pengawasan dan Pendampingan (Korwasping)": the acronym vouches for the word
                    name_end = j
                elif t.text in ("dan", "&") and (j > head[1] or head[1] - i > 1) and j + 1 < limit and _is_cap(toks[j + 1]) \
                        and (not self.head_at(j + 1) or (regional and toks[j + 1].text in self.office_fields)) \
                        and listed != j \
                        and not self.known_at(j + 1, limit) and toks[j + 1].text not in self.not_names \
                        and not self._named_in_apposition(j + 1, limit):
                    j += 1  # "Dinas Tenaga Kerja dan Transmigrasi", "Kamar Dagang dan Industri" (a head word of two
                    # words goes on at once), but "BPJS Ketenagakerjaan dan BPJS Kesehatan" are two, as is a name of
                    # the curated list and what follows its 'dan' ('BPJS Ketenagakerjaan dan OPD Kabupaten X')
                elif t.text == "," and j + 1 < limit and _is_cap(toks[j + 1]) and self._comma_list_goes_on(j, limit):
                    j += 1
                elif t.text == "," and j + 2 < limit and toks[j + 1].text == "dan" and _is_cap(toks[j + 2]) \
                        and any(x.text == "," for x in toks[i:j]):
                    j += 2
                elif t.text == "(" and j + 2 < len(toks) and toks[j + 1].text in ("Persero", "Tbk") and toks[j + 2].text == ")":
                    j += 3
                    if j < limit and toks[j].text == "Tbk":
                        j += 1  # "PT Bank Rakyat Indonesia (Persero) Tbk"
                    name_end = j
                    break
                else:
                    break
            # 'Satreskrim Polres X': a part whose own name is its head word alone ('Fakultas Hukum …' has more)
            whole = self._part_of_whole(otype, i, name_end, limit, rule) \
                if name_end > head[1] or otype.part_of_the_organisation_after else None
            if whole is not None:
                if inner_acronym is not None:  # 'Direktorat Jenderal (Ditjen) Perikanan Budidaya Kementerian X'
                    whole[0].name = without_brackets(whole[0].name)
                return whole
            bracket_after = name_end < limit and toks[name_end].text == "("
            if name_end == head[1] and (name_end == i + 1 or toks[name_end - 1].text == "." or otype.single_site
                                        or ((otype.named_only_by_region or otype.part_of_the_organisation_after)
                                            and not bracket_after)):
                return None  # a bare head word ("Badan", "Tim", "Dewan Perwakilan Rakyat Daerah") names nothing, nor
                # does a kind of site's with its short form ('270 Satuan Pelayanan Pemenuhan Gizi (SPPG)')
            if otype.single_site and self._only_status_words(head[1], name_end):
                return None  # '44 Politeknik Negeri': the kind of college, not one of them
            if name_end <= i + 1 and len(self.toks[i].text) < 3:
                return None
            if toks[name_end - 1].text in ("dan", "&"):
                name_end -= 1
            if norm(self.doc.text[toks[i].begin:toks[name_end - 1].end]) in self.program_names:
                return None  # 'Samsat Keliling': a service the lexicon names as a programme, not an office
            if (listed is None and self._named_as_a_programme(i)) or self._quoted_whole(i, name_end):
                return None  # 'program Museum Keliling', '“Museum Keliling”': a programme's or an event's name
                # ('program BPJS Ketenagakerjaan' is the listed body's programme: the body is still named)
            j = name_end
            end = toks[j - 1].end
            m = OrgMention(Span(start, end), self.doc.text[start:end], "org", rule + ".head-word", org_type=otype,
                           places=region_places, region_org=bool(region_places))
            if title_bracket:
                m.name = without_brackets(m.name)
            if loose_acronym is not None and loose_acronym < name_end:
                acronym_tok = toks[loose_acronym]
                m.name = (self.doc.text[start:toks[loose_acronym - 1].end] + self.doc.text[acronym_tok.end:end]).strip()
                m.acronym = acronym_tok.text
            if inner_acronym is not None and name_end > head[1] + 3:
                m.name = without_brackets(m.name)
                if not otype.single_site:  # '4 SPPG' counts sites of the kind: its short form is no one site's
                    m.acronym = inner_acronym
            # a national word of the type's own name ('Rumah Tahanan Negara') makes no national body
            national = bool(national_words & set(_words(toks[head[1]:j]))) or m.name in _institution_names()
            return self._regional_form(m, i, j, limit, rule, allow_units, regional and not national)
        name, j, otype = known
        if toks[i].text in self.regional_short_forms:  # "BPKAD Kota Blitar": the region's own office, not a unit of one
            m = OrgMention(Span(start, toks[i].end), toks[i].text, "org", rule + ".known-name",
                           org_type=self.regional_short_forms[toks[i].text])
            return self._office_of_government(m, i + 1, limit) or self._regional_form(m, i, i + 1, limit, rule, allow_units, True)
        end = toks[j - 1].end
        m = OrgMention(Span(start, end), self.doc.text[start:end], "org", rule + ".known-name", org_type=otype)
        bracket_end = self.bracket_end(j) if j < limit and toks[j].text == "(" else None
        if bracket_end and bracket_end < limit and self.title_contraction(
                " ".join(_words(toks[j + 1:bracket_end - 1])), i, j):
            j = bracket_end  # 'Kepala Polres (Kapolres) X': past the title's short form to the body's region
        elif bracket_end and bracket_end < limit and self._short_form_then_office_place(i, j, bracket_end, limit):
            m.acronym = " ".join(_words(toks[j + 1:bracket_end - 1]))
            j = bracket_end  # 'Palang Merah Indonesia (PMI) Kabupaten X': the body's short form, then its office's place
        if otype is not None and otype.only_regional:
            self.know(name, otype)  # a short form read as one ('Disdikbud') is a name of the article from here on
            return self._regional_form(m, i, j, limit, rule, allow_units, True)  # "Distan Kabupaten X": no unit of it
        if j < limit and self.toks[j].text in self.country_designators:
            return m, j + 1  # 'BKN RI', 'Kemenkes RI': the national body and its country, no office in it
        if allow_units and j < limit and not self.unit_at(j, short_ok=True):
            n, _ = _place_prefix(self.toks, j, limit)
            n = n or int(self.toks[j].text in self.short_region_words)  # 'PLN Jabanbaja' after '(UID Jabanbaja)'
            if n and _is_cap(self.toks[j]):
                end = self.toks[j + n - 1].end
                place = " ".join(_words(self.toks[j:j + n]))
                return OrgMention(Span(start, end), without_brackets(self.doc.text[start:end]), "unit",
                                  rule + ".org-then-place", parent=m, places=(place,)), j + n
        return self._with_unit(m, j, limit, rule, allow_units)

    def _speaker_after_the_region(self, j: int, limit: int) -> bool:
        """A regency, city or province the gazetteer lists at j, then a name of one to three words and a speech verb
        ('Dinas Sosial Sleman Rudi Hartono mengatakan'): the region closes the office's name, the name is its
        speaker's. (Asked outside titles only: after a title, where the office ends is the name scanner's to say,
        and a first name may be a town's: 'Kepala Dinas Kesehatan Bima Prasetyo'.)"""
        n, hits = _place_prefix(self.toks, j, limit)
        if not n or not any(h.kind in ("regency", "city", "province") for h in hits):
            return False
        return self._speaker_at(j + n, limit)

    def _speaker_at(self, k: int, limit: int) -> bool:
        """A name of one to three capitalised words at k, then a speech verb ('Rudi Hartono mengatakan'); the words may
        have been read as the end of a body's name before."""
        end = k
        while end < limit and end - k <= 3 and _is_cap(self.toks[end]) and not self.head_at(end) and not self.role_at(end):
            end += 1
        return 1 <= end - k <= 3 and end < len(self.toks) and self.speech_verb_at(end) \
            and self.plausible_name(k, end, words_of_bodies_ok=True)

    def _acronym_without_brackets(self, start: int, j: int) -> bool:
        """'Badan Pusat Statistik BPS Jambi': a word in capitals right after a body's name, that abbreviates
        the name, is its short form, which some sites write without brackets; the name goes on past it."""
        word = self.toks[j].text
        return len(word) >= 2 and word.isalpha() and word.isupper() and j + 1 < len(self.toks) \
            and abbreviates(word, self.doc.text[start:self.toks[j - 1].end])

    def title_contraction(self, written: str, i: int, name_end: int) -> bool:
        """'Kepala Dinas Pertanian (Kadistan) Kabupaten X', 'Kepala Lapas (Kalapas) Kelas IIB X': the short
        form in brackets after a body's name that a title right before it opens is the title's, contracted
        (kg/data/indonesian.json word_contractions: 'Ka' for 'Kepala'; contracted_titles: 'Dandim' for the Komandan
        of a Kodim) before the body's own short form or name; not the body's ('Kepala Kantor Wilayah (Kanwil) …'
        keeps 'Kanwil')."""
        if i == 0 or name_end <= i:
            return False
        if name_end == i + 1 and self.contracted.get(written) == self.toks[i].text:
            return True  # 'Komandan Kodim (Dandim) 0815/Mojokerto': a title the lexicon contracts onto the head word
        contraction = self.word_contractions.get(self.toks[i - 1].text)
        if not contraction or not written.startswith(contraction) or not written.isalpha():
            return False
        rest, name = written[len(contraction):], " ".join(_words(self.toks[i:name_end]))
        return len(rest) >= 3 and (rest.lower() == name.lower() or abbreviates(rest.capitalize(), name))

    def _short_form_then_office_place(self, i: int, j: int, bracket_end: int, limit: int) -> bool:
        """'Palang Merah Indonesia (PMI) Kabupaten X': a listed body with offices by region whose name has no head
        word, then its own short form in brackets, then a place the gazetteer knows: the place is its office's,
        as it is when the body is written without the short form."""
        written = " ".join(_words(self.toks[j + 1:bracket_end - 1]))
        name = " ".join(_words(self.toks[i:j]))
        return abbreviates(written, name) and _has_offices_by_region(name) and _is_cap(self.toks[bracket_end]) \
            and _place_prefix(self.toks, bracket_end, limit)[0] > 0

    def _acronym_before_the_person_named(self, otype: OrgType, j: int, limit: int) -> bool:
        """'(RSUD) Hasan Wirya', '(RSUD) Cut Sari Dewi' at j, after the head word of a kind of body named after
        people (kg/data/indonesian.json org_types_named_after_people): the short form, then capitalised words that
        are no place, which name the person."""
        toks = self.toks
        return otype.iri.split("/")[-1] in self.named_after_people and j + 4 < limit and toks[j].text == "(" \
            and toks[j + 2].text == ")" and re.fullmatch(r"[A-Z]{2,6}", toks[j + 1].text) is not None \
            and (_is_cap(toks[j + 3]) or self.is_honorific(j + 3)) and not _place_prefix(toks, j + 3, limit)[0] \
            and not self.region_at(j + 3, limit)

    def _sites_short_form_before_its_name(self, otype: OrgType, j: int, limit: int) -> bool:
        """'(SPPG) Sukamaju' at j, right after the head words of a kind of single site: the kind's own short form (one
        of its head words) in brackets, then a capitalised word that opens no title, rank or other body, the site's
        own name."""
        toks = self.toks
        return otype.single_site and j + 3 < limit and toks[j].text == "(" and toks[j + 2].text == ")" \
            and toks[j + 1].text in otype.head_words and _is_cap(toks[j + 3]) and not self.is_honorific(j + 3) \
            and not self.role_at(j + 3) and not self.head_at(j + 3)

    def _only_status_words(self, begin: int, end: int) -> bool:
        """Whether the tokens [begin, end) are all words that say whose an institution is ('Negeri', 'Swasta';
        kg/data/indonesian.json institution_status_words)."""
        status = self.lex.words["institution_status_words"]["words"]
        return all(self.toks[k].text in status for k in range(begin, end))

    def _kinds_short_form_before_its_field(self, otype: OrgType, i: int, j: int, limit: int) -> bool:
        """'Direktorat Jenderal (Ditjen) Perikanan Budidaya …' at j, right after the head words from i, of a kind that is
        part of the organisation named after it: the short form of the kind alone (which names no body), then
        capitalised words that are no place, title, rank or other body, the field that names this part. Other kinds
        read a bracket after their head words as their name's ('Rumah Tahanan Negara (Rutan) Kelas IIB X')."""
        toks = self.toks
        if not (otype.part_of_the_organisation_after and j + 3 < limit and toks[j].text == "(" and toks[j + 2].text == ")"
                and j - i >= 2):
            return False
        after = j + 3
        return abbreviates(toks[j + 1].text, " ".join(_words(toks[i:j]))) and _is_cap(toks[after]) \
            and not self.is_honorific(after) and not self.particle_at(after) and not _place_prefix(toks, after, limit)[0] \
            and not self.region_at(after, limit) and not self.role_at(after) and not self.head_at(after) \
            and not self.known_at(after, limit)

    def _named_after_the_person_at(self, start: int, k: int) -> bool:
        """'RSUD dr Soedarmo drg Hari Wijaya': the hospital whose head word is at `start` is named after the person
        whose title is at `k` (its first honorific follows the head word), so the title is the hospital's name."""
        head = self.head_at(start)
        if head is None or head[0].iri.split("/")[-1] not in self.named_after_people:
            return False
        named_from = head[1] + 3 if self._acronym_before_the_person_named(head[0], head[1], len(self.toks)) else head[1]
        return not self._named_before_honorific(named_from, k)

    def _named_before_honorific(self, head_end: int, j: int) -> bool:
        """'RSUD Mawar dr Budi Santoso', 'RSUD dr Kartono drg Hari Wijaya': a hospital already named by a word that is
        not a title has its name; the honorific at `j` opens its director's, not a second person the hospital is named
        after. 'RSUP Prof. Dr. R. T. Wijaya' chains titles and initials before one name; words of the hospital's kind
        ('Rumah Sakit Jiwa Daerah', 'RSUP Nasional', 'RSUD Provinsi'; kg/data/indonesian.json) name no one."""
        kinds = self.lex.words["hospital_kind_words"]
        return any(_is_cap(t) and not (t.text in self.honorifics or t.text + "." in self.honorifics)
                   and not re.fullmatch(r"[A-Z]", t.text) and t.text not in kinds and t.text not in self.national_words
                   and t.text not in REGION_WORDS for t in self.toks[head_end:j])

    def _part_of_whole(self, otype: OrgType, i: int, j: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        """'Fakultas Ekonomi Universitas Harapan (UH) Medan': a part (bkg:partOfTheOrganisationAfter) whose whole is named right after
        it is a unit of that whole, named by its own words and the whole's name; the town is the whole's (two
        faculties of one university in one town are two units, told apart by their names)."""
        if not otype.part_of_the_organisation_after or j >= limit or not (self.head_at(j) or self.known_at(j, limit)):
            return None
        got = self.parse_head_org(j, limit, rule, allow_units=True)
        if got is None or got[0].kind != "org":
            return None
        whole, end = got
        if whole.org_type is not None and whole.org_type.named_with_region and not whole.places \
                and not any(_place_prefix(self.toks, k, end)[0] for k in range(j + 1, end)):
            return None  # '… Kriminal Kepolisian Resor atau Satreskrim': no command without its region
        span = Span(self.toks[i].begin, self.toks[end - 1].end)
        name = self.doc.text[span.begin:whole.span.begin] + whole.name  # without the whole's acronym and town
        return OrgMention(span, name, "unit", rule + ".part-of", org_type=otype, parent=whole), end

    def _office_of_government(self, m: OrgMention, j: int, limit: int) -> tuple[OrgMention, int] | None:
        """'Setda Pemprov Sulteng', 'BPKAD Pemkab Jember': a regional office named with its government, which
        says the region (and its level) the office serves."""
        if j >= limit or not self._government_head_at(j):
            return None
        got = self.parse_head_org(j, limit, "org", allow_units=False)
        if got is None or got[0].kind != "government" or not got[0].places:
            return None
        government, k = got
        end = self.toks[k - 1].end
        written = self.doc.text[government.span.begin:government.span.end]
        m.name, m.span = f"{m.name} {written}", Span(m.span.begin, end)  # not its acronym's bracket
        m.parent = government  # the body belongs to the government named in its name
        m.places, m.region_org = (f"{LEVEL_OF_WORD[government.level]} {government.places[0]}",), True
        return m, k

    def _spelled_out_before_acronym(self, j: int, limit: int) -> bool:
        """A word written in lower case right after a head word belongs to the name when capitalised words follow
        up to a bracketed acronym that abbreviates them all ('Tim koordinasi Pengawasan dan Pendampingan
        (Korwasping)'): the press lowered one word of the name."""
        toks = self.toks
        k = j + 1
        while k < limit and (_is_cap(toks[k]) or toks[k].text == "dan") and not self.head_at(k):
            k += 1
        if k == j + 1 or k >= limit or toks[k].text != "(" or not _is_cap(toks[k - 1]):
            return False
        end = self.bracket_end(k)
        inner = _words(toks[k + 1:end - 1]) if end else []
        return len(inner) == 1 and len(inner[0]) >= 3 and inner[0][:1].isupper() \
            and abbreviates(inner[0], " ".join(_words(toks[j:k])))

    def _another_organisation_at(self, k: int, limit: int) -> bool:
        """'Dinas Kesehatan', 'BPJS Kesehatan' start a name of their own; 'Koperasi' alone is a part of one."""
        head = self.head_at(k) if k < limit else None
        known = self.known_at(k, limit) if k < limit else None
        return bool(head and head[1] < limit and _is_cap(self.toks[head[1]])) or bool(known and len(known[0].split()) > 1)

    def _comma_list_goes_on(self, j: int, limit: int) -> bool:
        """A comma inside a name lists its parts and ends with ', dan X' a few words on; a part in capitals is a
        field's short form ('Dinas Pariwisata, UKM, dan Kebudayaan'; data: field_short_forms)."""
        k = j + 1
        if self._another_organisation_at(k, limit) or self.role_at(k) or (
                k < limit and len(self.toks[k].text) > 1 and self.toks[k].text.isupper()
                and self.toks[k].text not in self.lex.words["field_short_forms"]):
            return False  # "Dinas Sosial, Dinas Kesehatan dan …", "DPRD, BPKAD dan …" list bodies, not parts of one name
        while k < min(limit, j + 6) and (_is_cap(self.toks[k]) or self.toks[k].text == ","):
            k += 1
        if not (k < limit and self.toks[k].text == "dan" and k + 1 < limit and _is_cap(self.toks[k + 1])):
            return False
        if self._another_organisation_at(k + 1, limit) or self.toks[k + 1].text in self.not_names:
            return False
        # "Perumahan, Kawasan Permukiman dan Pertanahan": the last part may come without a comma before 'dan'
        # "Pangan, Tanaman Pangan, Perkebunan dan Peternakan": nor after a second comma of the list
        return self.toks[k - 1].text == "," or any(self.toks[x].text == "," for x in range(j + 1, k)) \
            or (k - j <= 4 and not any(self.head_at(x) for x in range(j + 1, k)))

    def _regional_form(self, m: OrgMention, i: int, j: int, limit: int, rule: str, allow_units: bool, regional: bool):
        """After a name may come its acronym and then its region or a unit: 'Dinas Kesehatan (Dinkes) Kabupaten
        Lombok Timur' is a regional body named with its region; 'Badan Pusat Statistik (BPS) Provinsi Sulawesi
        Selatan' and 'Badan Kepegawaian Negara (BKN) Kantor Regional XII Pekanbaru' are a national body's offices."""
        toks = self.toks
        k = j
        if k < limit and toks[k].text == "(" and self.bracket_end(k) and self.bracket_end(k) <= limit:
            m.acronym = " ".join(_words(toks[k + 1:self.bracket_end(k) - 1]))
            k = self.bracket_end(k)
            closed = regional and self._closes_with_a_place(max(self.doc.token_at(m.span.begin + 1), j - 4), j)
            tail = k if closed else self._name_after_acronym(k, limit)
            # ('Stasiun Geofisika X (BMKG X) Budi Santoso': a name its region closed does not go on after its acronym)
            if tail > k:  # "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan": the name goes on after its acronym
                tail = self._town_closing_an_office(m, k, tail, limit, regional)
                if toks[k].text != "dan":  # its fields after 'dan' are no part of its short form
                    m.acronym = f"{m.acronym} {' '.join(_words(toks[k:tail]))}"
                m.name, m.span = self.doc.text[m.span.begin:toks[tail - 1].end], Span(m.span.begin, toks[tail - 1].end)
                if toks[k].text == "dan":
                    m.name = without_brackets(m.name)
                j = k = tail
                if not allow_units:
                    return m, j
                place_words = _place_prefix(toks, k, limit)[0]
                if not (self._names_a_body_of_offices(m.name) and place_words
                        and not (k + place_words < limit and self.unit_at(k + place_words, short_ok=True))):
                    return self._with_unit(m, j, limit, rule, allow_units)  # '… Maluku Cabang Ambon': not the province's
                # 'Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan Ambon': the body's office, read below
        if regional and not m.places:
            office = self._office_of_government(m, k, limit)
            if office:  # 'Dinas Sosial (Dinsos) Pemkot X': the body of the government's region
                return office
        region = self.region_at(k, limit) if not m.places else None
        if region is None and (k > j or self._names_a_body_of_offices(m.name)) and not m.places and k < limit and _is_cap(toks[k]) \
                and toks[k].text not in self.national_words:  # 'Kementerian X RI' is the ministry, not an office in 'RI'
            n, _ = _place_prefix(toks, k, limit)
            if n:  # "Dinas Tenaga Kerja (Disnaker) Musi Rawas", "Bank Indonesia (BI) Kediri"
                region = ("", " ".join(_words(toks[k:k + n])), k + n)
        if region is None and k > j and allow_units and k < limit:
            owner = self.known_at(k, limit)
            if owner:  # "Direktorat Jenderal … (Ditjen Binapenta) Kemnaker": a part of the ministry
                parent = OrgMention(Span(toks[k].begin, toks[owner[1] - 1].end), owner[0], "org", rule + ".known-name", org_type=owner[2])
                end = toks[owner[1] - 1].end
                return OrgMention(Span(m.span.begin, end), m.name, "unit", rule + ".part-of", org_type=m.org_type,
                                  parent=parent, acronym=m.acronym), owner[1]
        if region and allow_units is not None:
            end = toks[region[2] - 1].end
            region_text = " ".join(_words(toks[k:region[2]]))
            if regional and not _has_offices_by_region(m.name):
                m.name, m.span = f"{m.name} {region_text}", Span(m.span.begin, end)
                m.places, m.region_org = (region_text,), True
                return m, region[2]
            if m.org_type is not None and m.org_type.single_site:
                m.places = (region_text,)  # "Universitas X (UX) Solo": the university in its town, not an office
                return m, region[2]
            if allow_units:
                office_places, (listed, after) = (region_text,), self.place_at(k, limit, unknown_ok=False)
                if len(listed) > 1 and after > region[2]:  # "OJK Provinsi Jambi dan Bengkulu": one office for both
                    end, region_text = toks[after - 1].end, self.doc.text[toks[k].begin:toks[after - 1].end]
                    region, office_places = (region[0], region[1], after), tuple(listed)
                unit = OrgMention(Span(m.span.begin, end), f"{m.name} {region_text}", "unit", rule + ".national-office",
                                  parent=m, places=office_places)
                return unit, region[2]
        if k > j and allow_units and self.unit_at(k, short_ok=True):
            got = self._with_unit(m, k, limit, rule, allow_units)
            if got[0] is not m:
                got[0].name = without_brackets(got[0].name)
                return got
        if k > j and not allow_units:
            return m, j
        return self._with_unit(m, j if k == j else k, limit, rule, allow_units) if k == j else (m, k)

    def _town_closing_an_office(self, m: OrgMention, k: int, tail: int, limit: int, regional: bool) -> int:
        """'Kantor Pelayanan Pajak (KPP) Pratama Pati', 'Lembaga Pemasyarakatan (Lapas) Kelas IIA Bengkulu': an office
        whose name goes on after its acronym ends in its town, which the regional types keep in the name (a
        national institution's name is left alone: what follows it is an office of its own)."""
        n, _ = _place_prefix(self.toks, tail, limit) if tail < limit else (0, None)
        if not (n and regional and not m.places and _is_cap(self.toks[tail])):
            return tail
        short = " ".join([m.acronym or "", *_words(self.toks[k:tail])])
        if short in _institution_names():
            return tail  # 'BPJS Kesehatan': a national institution, and the town after it names its office
        m.places, m.region_org = (" ".join(_words(self.toks[tail:tail + n])),), True
        return tail + n

    def _closes_with_a_place(self, start: int, end: int, accepts=lambda places: True) -> bool:
        """Whether the words start..end close with a place's name the gazetteer knows, of places `accepts` takes (its
        argument: the places that name stands for)."""
        return any(covered == end - s and accepts(places)
                   for s in range(start, end) for covered, places in [_place_prefix(self.toks, s, end)])

    def _name_after_acronym(self, k: int, limit: int) -> int:
        """End of one or two name words right after '(ACRONYM)' that are no place, region, unit, title or new name, or
        of an office's class ('Kelas II A', 'Kelas IIA')."""
        if k + 1 < limit and self.toks[k].text == "dan" and self._office_field_at(k + 1):
            tail = k + 2  # 'Dinas Perdagangan dan Koperasi (Disdagkop) dan UKM Kota X': one more of its fields
            while tail < limit and self._office_field_at(tail):
                tail += 1
            return tail
        tail = k
        in_class = office_class_length(_words(self.toks[k:limit]), self.lex)
        if in_class:
            return k + in_class + (self._district_town_at(k + in_class, limit)
                                   or self._own_name_after_class(k + in_class, limit))
        written = self._name_written_with_acronym_elsewhere(k, limit)
        if written:
            return k + written
        longest = 3 if self._place_closes_a_name(k, 3, limit) else 2  # 'PDAM (X) Tirta Jaya Abadi Garut'
        while tail < min(limit, k + longest) and _is_cap(self.toks[tail]) and not (
                self.head_at(tail) or self.unit_at(tail, short_ok=True) or self.role_at(tail)
                or self.toks[tail].text in REGION_WORDS or _place_prefix(self.toks, tail, limit)[0]
                or self.toks[tail].text in self.honorifics or self.particle_at(tail) or self.toks[tail].text in self.not_names
                or self.toks[tail].text in self.alone or self.known_at(tail, limit)):
            tail += 1
        if tail < limit and _is_cap(self.toks[tail]) and not (self.unit_at(tail, short_ok=True) or self.toks[tail].text in REGION_WORDS
                                                             or _place_prefix(self.toks, tail, limit)[0]):
            return k  # a longer run goes on: likely a person's name after the organisation
        return tail

    def _district_town_at(self, k: int, limit: int) -> int:
        """1 where the word at k, after an office's class, is a district's town the gazetteer knows ('Kanim Kelas III
        X Budi …': the office's town, not a first name) and no regency's or city's, which the region reading after
        the name takes; the whole name of a town of several words ('Kanim Kelas III Pangkalan Balai': no 'Balai'
        opening another body's name, nor a city its first words may name); else 0."""
        if k + 1 >= limit or not _is_cap(self.toks[k]):
            return 0
        n, found = gazetteer.longest_prefix(_words(self.toks[k:min(limit, k + 4)]), districts=True)
        if n >= 2 and k + n <= limit and found and all(h.kind in ("town", "district") for h in found):
            return n
        hits = gazetteer.lookup(self.toks[k].text, districts=True)
        return int(bool(hits) and all(h.kind == "district" for h in hits))

    def _own_name_after_class(self, k: int, limit: int) -> int:
        """How many words after an office's class at k are the office's own name where the words show that it ends
        there ('UPBU (…) Kelas II Sukajaya Manokwari resmi …', 'Kanim (…) Kelas I Sukajaya, Budi Santoso …'): a run
        of capitalised words that closes with a regency's or city's name, or that a comma and another capitalised
        word follow (the holder named after the office); else 0, so that 'Kanim (…) Kelas III Budi Santoso
        mengatakan' leaves the person's name alone. A regency's or city's name alone after the class is the office's
        region, which the region reading after the name takes, so a run that closes with one has a word before it."""
        toks = self.toks
        end = k
        while end < min(limit, k + 4) and _is_cap(toks[end]) and not (
                self.head_at(end) or self.unit_at(end, short_ok=True) or self.role_at(end)
                or toks[end].text in self.honorifics or self.particle_at(end)):
            end += 1
        if end == k:
            return 0
        closes_with_place = end - k >= 2 and any(p.kind in ("regency", "city") for p in gazetteer.lookup(toks[end - 1].text))
        holder_after = end + 1 < len(toks) and toks[end].text == "," and _is_cap(toks[end + 1])  # (past `limit`,
        # which a title's reading sets at the comma)
        return end - k if closes_with_place or holder_after else 0

    def _office_field_at(self, k: int) -> bool:
        """A word of a regional office's fields ('Koperasi') or a field's short form ('UKM')."""
        word = self.toks[k].text
        return word in self.office_fields or (word in self.lex.words["field_short_forms"] and not word.startswith("_"))

    def _name_written_with_acronym_elsewhere(self, k: int, limit: int) -> int:
        """'Perusahaan Daerah (PD) Pasar Kota Lama Jaya … PD Pasar Kota Lama Jaya': how many of
        the capitalised words after '(ACRONYM)' at k the article also writes after the acronym alone, the most first
        (0 if none); the short form shows where the name ends, past a town inside it."""
        toks = self.toks
        if k < 3 or toks[k - 1].text != ")" or toks[k - 3].text != "(":
            return 0
        acronym = toks[k - 2].text
        for n in range(min(5, limit - k), 0, -1):
            if not all(_is_cap(t) for t in toks[k:k + n]) or toks[k].text in REGION_WORDS \
                    or any(self.unit_at(q, short_ok=True) for q in range(k, k + n)) \
                    or any(q + _place_prefix(toks, q, limit)[0] > k + n or _place_prefix(toks, q, limit)[0] == n
                           for q in range(k, k + n)):
                continue  # 'Bank Indonesia (BI) Kediri … BI Kediri', 'BPS Provinsi Riau': an office's region or unit
            short = re.escape(acronym) + r"\s+" + r"\s+".join(re.escape(t.text) for t in toks[k:k + n])
            if any(m.start() != toks[k - 2].begin for m in re.finditer(rf"(?<!\w){short}(?!\w)", self.doc.text)):
                return n
        return 0

    def _place_closes_a_name(self, k: int, words: int, limit: int) -> bool:
        """`words` capitalised words from k, then a place the gazetteer knows: the place closes a name of that length."""
        end = k + words
        return end < limit and all(_is_cap(t) for t in self.toks[k:end]) and bool(_place_prefix(self.toks, end, limit)[0]) \
            and not any(_place_prefix(self.toks, q, limit)[0] for q in range(k, end))

    def _with_unit(self, parent: OrgMention, j: int, limit: int, rule: str, allow_units: bool) -> tuple[OrgMention, int]:
        """'<Org> Kantor Cabang Surakarta', '<Org> Cabang Jawa Tengah': a unit of the organisation just read."""
        if not allow_units:
            return parent, j
        unit = self.unit_at(j, short_ok=True) or self._lower_case_unit_at(j, limit)
        if unit:
            utype, k = unit
            if self.toks[j].text.islower():  # 'Bank X cabang Tanjung': the town right after the form
                places, k2 = self._town_after_lower_case_unit(k, limit)
            else:
                places, k2 = self.unit_place_at(j, k, limit, after_bracket=True)
            if places:
                # a branch written in lower case ends at its town (a name after 'cabang Bogor' is its head's: '…
                # cabang Bogor Ani Lestari'), and so do an area of regions joined by a hyphen ('Kanwil Sulut-Gorontalo')
                # and a region wider than a province, unless another place follows ('Regional Sumbagut Rudi Hartono
                # Saputra': a town's or a province's branch may have a district's or a street's name after it, a group
                # of provinces' office none)
                # ; a numbered unit ends at its town too, one the gazetteer knows ('KAI Daop 7 Madiun Rudi Hartono
                # Saputra'; 'Regional 3 Tanjung Mas' goes on with the port's name)
                if not self.toks[j].text.islower() and "-" not in places[-1] \
                        and not (_wider_than_a_province(places[-1])
                                 and not self.place_at(k2, limit, unknown_ok=False)[0]) \
                        and not (any(t.text.isdigit() for t in self.toks[k:k2])
                                 and any(p.kind in ("city", "regency") for p in gazetteer.lookup(places[-1]))):
                    k2 = self._unit_name_tail(k2, limit, self._title_ends_at(parent.span.begin), parent)
                end = self.toks[k2 - 1].end
                name = self.doc.text[parent.span.begin:end]
                if k < k2 and self.toks[k].text == "(" and self.bracket_end(k):  # '… Wilayah Telekomunikasi (Witel)
                    # Papua': the form's short form in brackets is no word of the unit's name
                    name = self.doc.text[parent.span.begin:self.toks[k - 1].end] \
                        + self.doc.text[self.toks[self.bracket_end(k) - 1].end:end]
                return OrgMention(Span(parent.span.begin, end), name, "unit",
                                  rule + ".org-then-unit", unit_type=utype, parent=parent, places=tuple(places)), k2
            number_end = None if self.toks[j].text.islower() \
                else self.numbered_unit_end(j, k, limit, after_its_body=True)
            if number_end is not None:
                return self._numbered_unit(parent, utype, j, number_end, rule), number_end
        return self._facility_of_company(parent, j, limit, rule) or (parent, j)

    def _numbered_unit(self, parent: OrgMention, utype: UnitType, form_start: int, number_end: int, rule: str) -> OrgMention:
        """'Pelindo Regional 4': the unit named by its type and number alone; its own name ('Regional 4') keys it."""
        end = self.toks[number_end - 1].end
        own = self.doc.text[self.toks[form_start].begin:end]
        return OrgMention(Span(parent.span.begin, end), self.doc.text[parent.span.begin:end], "unit",
                          rule + ".org-then-numbered-unit", unit_type=utype, parent=parent, own_name=own)

    def _title_ends_at(self, offset: int) -> bool:
        """A role title ends right where an organisation's name begins ('Manajer PLN …')."""
        i = self.doc.token_at(offset)
        return any((self.role_at(k) or (None, -1))[1] == i for k in range(max(0, i - 6), i))

    def _town_after_lower_case_unit(self, k: int, limit: int) -> tuple[list[str], int]:
        """The town after 'cabang' in lower case: a known place, or one capitalised word the gazetteer does not know
        and nothing capitalised after it ('cabang Tanjung,'); 'cabang Syariah Medan' names no town by 'Syariah'."""
        places, end = self.place_at(k, limit, unknown_ok=False)
        if places:
            return places, end
        places, end = self.place_at(k, limit)
        if end != k + 1 or (end < limit and _is_cap(self.toks[end])):
            return [], k
        return places, end

    def _branch_written_small_at(self, j: int) -> bool:
        """A one-word unit form in lower case at j ('cabang') with a town after it, inside an organisation's run."""
        unit = self._lower_case_unit_at(j, len(self.toks))
        return unit is not None and unit[1] == j + 1 \
            and bool(self._town_after_lower_case_unit(j + 1, len(self.toks))[0])

    def _lower_case_unit_at(self, j: int, limit: int) -> tuple[UnitType, int] | None:
        """'cabang', 'kantor cabang' in lower case right after an organisation's name: the press writes a branch so
        ('Bank X cabang Tanjung'); the caller reads the town after it."""
        if j >= limit or not self.toks[j].text.islower():
            return None
        for words, u in self.unit_forms.at(self.toks[j].text.capitalize()):
            if j + len(words) <= limit and all(self.toks[j + n].text == w.lower() for n, w in enumerate(words)):
                return u, j + len(words)
        return None

    def _facility_of_company(self, company: OrgMention, j: int, limit: int, rule: str) -> tuple[OrgMention, int] | None:
        """'PT Angkasa Nusa (Persero) Bandara Internasional Raja Haji Tanjungpinang': the airport, port or station a
        company runs, named in full after it, is the company's unit; it is where the place that ends its name is."""
        named = self._facility_named_at(j, limit, after_listed=self._listed(company.span.begin, company.span.end)) \
            if company.org_type is not None and company.org_type.operates_facilities else None
        if named is None:
            return None
        place, end = named
        span = Span(company.span.begin, self.toks[end - 1].end)
        places = (" ".join(_words(self.toks[place:end])),) if place is not None else ()
        return OrgMention(span, self.doc.text[span.begin:span.end], "unit", rule + ".company-facility", parent=company,
                          places=places), end

    def _names_a_body_of_offices(self, name: str, regional: bool = False) -> bool:
        """A name of a national institution with offices named by region (kg/data/institutions.tsv: 'Badan Pusat
        Statistik', 'PT Jasa Raharja'), or one the article also uses alone (unless its type is named with its region,
        'Dinas Kesehatan Kota X'): a place after it is where its office is, not more of its name."""
        return _has_offices_by_region(name) or (not regional and name in self.known_orgs)

    def _listed(self, begin: int, end: int) -> bool:
        """Whether the text between `begin` and `end` is a name of the curated list of national institutions."""
        return institution_named([self.doc.text[begin:end]]) is not None

    def _facility_named_at(self, j: int, limit: int, after_listed: bool = False) -> tuple[int | None, int] | None:
        """'Bandara Internasional Raja Haji Tanjungpinang' at j: a facility word, then a name that a known place
        ends; (where that place starts, where the name ends). After a company of the curated list (`after_listed`),
        whose name the list knows in full, a facility named after someone ('PT Angkasa Nusa Bandara Sultan X') is one
        too where its name is closed (a comma, the sentence's end or a word in lower case follows), so no holder's name
        runs on in it: (None, where the name ends). Else None ('Pelabuhan Nusantara' in a company's name)."""
        if j >= limit or self.toks[j].text not in self.facilities:
            return None
        end = self._unit_name_tail(j + 1, limit)
        place = next((s for s in range(j + 1, end) if _place_prefix(self.toks, s, end)[0] == end - s), None)
        if place is not None:
            return place, end
        closed = end >= len(self.toks) or self.toks[end].text in {",", "."} or self.toks[end].text.islower()
        return (None, end) if after_listed and closed and 2 <= end - j <= 5 else None

    def know(self, name: str, otype: OrgType | None) -> None:
        """Remember a name the article spells out (the first spelling's type stays), indexed by its first word
        so that `known_at` compares a token with the names that could start there, not with every name."""
        if name not in self.known_orgs:
            self.known_orgs[name] = otype
            self._known_in_order.append(name)
            words = name.split()
            self._known_by_first.setdefault(words[0] if words else None, []).append(name)

    def known_at(self, i: int, limit: int, listed_ok: bool = True) -> tuple[str, int, OrgType | None] | None:
        """The longest name of an organisation the article spells out that starts at i, or a short form of one
        ('Disdikbud' for 'Dinas Pendidikan dan Kebudayaan Kabupaten X'), or (`listed_ok`) a name of more than one
        word of the curated national institutions."""
        best = None
        first = self.toks[i].text if i < len(self.toks) else None
        for name in self._known_by_first.get(first, []) + self._known_by_first.get(None, []):
            words = name.split()
            if i + len(words) <= limit and self.match_seq(i, words):
                if best is None or len(words) > len(best[0].split()):
                    best = (name, i + len(words), self.known_orgs[name])
        listed = self.listed_name_end(i, limit) if listed_ok else None
        if listed is not None and (best is None or listed > best[1]):  # 'Tentara Nasional Indonesia', 'Kantor Staf
            # Presiden': named in full, with no head word; 'Pertamina Patra Niaga' after the article's 'Pertamina'
            return " ".join(_words(self.toks[i:listed])), listed, None
        if best is None and i < limit and (looks_abbreviated(self.toks[i].text) or self.toks[i].text in self.national_acronyms) \
                and not self.head_at(i) \
                and not gazetteer.is_place(self.toks[i].text) and self.toks[i].text not in self.known_orgs \
                and not (i > 0 and self.toks[i - 1].text == "("):  # "(PBI)" defines a short form of its own
            word = self.toks[i].text
            otype = self._short_form_type(word)
            if otype is False and (word in self.national_acronyms or self._acronym_of_premises(i)):
                otype = None  # 'KPK' alone: a national institution of the curated list, spelled out or not
            if otype is not False:
                best = (word, i + 1, otype)
        return best

    def _acronym_of_premises(self, i: int) -> bool:
        """'peresmian kantor baru BSK': an acronym in capitals whose office or building the text names is an
        organisation's."""
        word = self.toks[i].text
        return word.isupper() and word.isalpha() and any(
            i > len(p) - 1 and [t.text for t in self.toks[i - len(p):i]] == p for p in self.premises)

    def _short_form_type(self, word: str) -> OrgType | None | bool:
        """The type of the first known name (of more than one word, not a government's) that `word` abbreviates,
        False if none. Names are only ever added, so a word already compared with the first n names is compared
        only with the names known since: the scan stays linear however often a short form recurs."""
        scanned, found = self._short_forms.get(word, (0, False))
        if found is False:
            names = self._known_in_order
            for name in names[scanned:]:
                t = self.known_orgs[name]
                if len(name.split()) > 1 and not (t is not None and t.government_level) \
                        and abbreviates(word, strip_region(name)):
                    found = t
                    break
            self._short_forms[word] = (len(names), found)
        return found

    # ---------------------------------------------------------------- people and roles
    def _name_around_an_initial(self, run_start: int, run_end: int) -> int | None:
        """'Direktur PT Sinar Jaya Joko R Santoso': a capital letter alone, without its dot, between two capitalised
        words, the last of the run after it, is a middle initial, so the name begins at the word before it. Not after a place
        ('Cabang Blitar B Yusuf', a street named after a person), a Roman numeral's letter ('Regional V Semarang'), a
        word of an organisation's name ('Kementerian Pertanian M Rudi': the initial opens the name) or a name the
        article knows."""
        toks, k = self.toks, run_end - 2  # the letter, with the name's last word after it
        if k < run_start + 2:
            return None
        letter, before = toks[k].text, toks[k - 1]
        if len(letter) == 1 and letter.isalpha() and letter.isupper() and letter not in "IVXL" \
                and toks[k].end == toks[k + 1].begin - 1 and _is_cap(toks[k + 1]) and _is_cap(before) \
                and not gazetteer.is_place(before.text) and before.text not in self.known_orgs \
                and before.text not in self.org_words and not never_a_name_word(self.lex, before.text) \
                and not self.head_at(k - 1) and not self.unit_at(k - 1, short_ok=True) and not self.role_at(k - 1):
            return k - 1
        return None

    def split_name(self, run_start: int, run_end: int, org_end_hint: int | None) -> int:
        """Where the person's name begins inside a run 'ORG NAME'."""
        start = self._split_name(run_start, run_end, org_end_hint)
        if run_start < start < run_end and self._closes_with_a_place(start, run_end, _a_region_no_word_names):
            return run_end  # 'Kepala Kantor Kementerian Agama Sukamaju akan …': the office's region closes the run,
            # no one is named
        return self._past_a_town_in_the_name(start, run_end)

    def _past_a_town_in_the_name(self, start: int, run_end: int) -> int:
        """'Kepala Cabang BRI Jalan Baru Surakarta Budi': a city, regency or province the gazetteer knows inside the
        words read as the name, with one to three words after it, ends the office's name (a branch named by its
        street and town); the name is the words after it."""
        for k in range(run_end - 2, start, -1):  # (a name may open with a town's name: 'Bima Satria Wibawa')
            if any(p.kind in ("city", "regency", "province") for p in gazetteer.lookup(self.toks[k].text)) \
                    and 1 <= run_end - (k + 1) <= 3 and self.plausible_name(k + 1, run_end) \
                    and len(self.toks[k + 1].text) > 1 and not self._numbered_after(run_end):
                return k + 1  # (not 'Cabang Blitar B Yusuf 2': a street named after a person, then the office's number)
        return start

    def _numbered_after(self, k: int) -> bool:
        """Whether an office's number ('2') stands at k, right after a run of words."""
        return k < len(self.toks) and self.toks[k].text.isdigit()

    def _split_name(self, run_start: int, run_end: int, org_end_hint: int | None) -> int:
        if self.particle_at(run_start) and run_start + 1 < run_end:
            return run_start  # 'Camat Moh. Hasan': a word that opens names only opens no district's or body's name
        around_initial = self._name_around_an_initial(run_start, run_end)
        if around_initial is not None:
            return around_initial  # (before the honorifics: 'R' without its dot is no 'R.' for Raden)
        for k in range(run_start, run_end):
            t = self.toks[k].text
            if k > run_start and self.is_honorific(k) and k + 1 < run_end \
                    and not self._named_after_the_person_at(run_start, k):
                return k  # an academic or religious title starts the person's name
            if k > run_start and self.particle_at(k) and k + 1 < run_end \
                    and not self._named_after_the_person_at(run_start, k):
                return k - 1 if t in self.particle_openers.get(self.toks[k - 1].text, ()) else k  # 'I Made', not the
                # numeral of 'Kanwil DJP Jawa Tengah I Andi …'
            if k + 2 < run_end and self.toks[k + 1].text in self.particle_openers.get(t, ()) \
                    and not self._named_after_the_person_at(run_start, k):
                return k  # 'Ida Bagus', whose second word opens no name alone, wherever in the run, its first word
                # too ('Sekda Ida Bagus Gde Sari Putra': the name however long it runs)
        after_office = self._name_after_unit_of_institution(run_start, run_end)
        if after_office is not None:
            return after_office
        listed = self.institution_end(run_start, run_end) or self._institution_closing_a_part(run_start, run_end) \
            or self._listed_bank_end(run_start, run_end)
        branch = self._name_after_a_branch_place(self._past_organisation(listed, run_end), run_end) \
            if listed is not None else None
        if branch is not None:
            return branch
        if listed is not None and self._more_than_the_list_says(self._past_organisation(listed, run_end), run_end):
            listed = None  # a unit's or site's name ('Kantor Cabang Bekasi Cikarang', '(BI) Perwakilan Kalteng', 'Bandara
            # X', 'Witel Y') may run on: the list says nothing of it
        if listed is not None and (org_end_hint is None or org_end_hint >= run_end):
            org_end_hint = listed
        for k in range(run_start + 1 if org_end_hint is not None else run_start, run_end):
            t = self.toks[k].text
            if self.toks[k - 1].text == "(" or t in self.known_orgs:
                continue  # an acronym in brackets or an organisation's name is not a person's
            if org_end_hint is not None and org_end_hint < run_end and k < org_end_hint:
                continue  # the organisation read so far ends later: its words are not a name
            if t in self.alone and t not in self.not_names and not gazetteer.is_place(t) and not self.head_at(k) \
                    and not self.unit_at(k, short_ok=True) and t.upper() != t:
                if listed is not None and k > self._past_organisation(listed, run_end):
                    break  # "Perum Damri Sutrisno Adi Prakoso … kata Adi": a middle name used alone
                if org_end_hint is not None and org_end_hint < k \
                        and self._ends_with_a_province(run_start, org_end_hint):
                    if k - org_end_hint >= 2 and run_end - k == 2:
                        return k  # 'Kantor Cabang X Jakarta Kebon Sirih Rudi Hartono … kata Rudi': two words or more
                        # between the province and a name of two the article uses alone are the office's area
                    break  # 'PLN Wilayah NTT Rudi Hartono … kata Hartono': the name begins where the office ends
                # 'Dinas Sosial Kota Bima Rudi Hartono … kata Hartono': the name begins after the office's region
                return min(self._given_name_before(run_start, k), self._after_place_in_run(run_start, k, run_end))
        known = self.known_at(run_start, run_end, listed_ok=False)  # the list has had its say above
        if known and known[1] < run_end - 1 and (org_end_hint is None or org_end_hint >= run_end):
            # the article names the organisation on its own elsewhere ("BPJS Ketenagakerjaan berhasil …"),
            # so inside "Direktur Utama BPJS Ketenagakerjaan Hadi Purnomo Saputro" it ends there
            org_end_hint = self._past_unit(known[1], run_end)
        if org_end_hint is not None and org_end_hint < run_end:
            k = self._before_initial(run_start, self._past_organisation(org_end_hint, run_end))
            k = self._past_place_name(run_start, k, run_end)  # 'PLN UP3 Makassar Selatan Joko …': not 'Selatan Joko'
            return self._past_unknown_office_place(run_start, org_end_hint, k, run_end)
        guess = self._before_initial(run_start, max(run_start, run_end - 2))
        guess = self._past_place_name(run_start, self._past_closing_bracket(guess, run_end), run_end)
        return self._first_name_after_field_words(run_start, self._after_place_in_run(run_start, guess, run_end), run_end)

    def _ends_with_a_province(self, run_start: int, end: int) -> bool:
        """Whether the words before `end` close with a province's name ('PLN Wilayah Nusa Tenggara Timur'): an office
        named after a province ends there, where one named after a town may go on ('Kantor Cabang Semarang
        Majapahit')."""
        return self._closes_with_a_place(run_start, end, lambda places: any(p.kind == "province" for p in places))

    def _past_closing_bracket(self, k: int, run_end: int) -> int:
        """'Kepala Badan Keuangan Daerah (BKD) Rahmat': a guess of two words that begins at the bracket closing the
        body's short form leaves one word, the name (a place there is read as the body's before a name is sought)."""
        if self.toks[k].text == ")" and k + 1 < run_end:
            return k + 1
        return k

    def _bare_initial_after_office(self, run_start: int, k: int) -> bool:
        """'Kepala Humas KAI Divre II Sumbar M Rudi Hartono': a single capital written without its dot right before
        the guessed name, after the place that ends the office's name, is the name's initial ('M' for Muhammad). Not
        a roman numeral ('Kanwil DJP Sumut I Budi …')."""
        toks = self.toks
        if not (run_start < k - 1 < k < len(toks) and re.fullmatch(r"[A-HJ-UWYZ]", toks[k - 1].text) and _is_cap(toks[k])):
            return False
        # the place may be of several words ('… Jawa Barat M Rudi …')
        return any(_place_prefix(toks, s, k - 1)[0] == k - 1 - s for s in range(max(run_start, k - 4), k - 1))

    def _given_name_before(self, run_start: int, k: int) -> int:
        """'Kepala Dinas Kependudukan Rudi Hartono … kata Hartono': the article uses the last name alone; a word
        before it that no title, body or field is named with, after only such words, is the first name."""
        first = k - 1
        if first <= run_start or not self._only_field_words(run_start, first) or not self._may_open_a_name(first) \
                or any(gazetteer.is_place(t.text) for t in self.toks[run_start:first]) \
                or any(not p.common_word for p in gazetteer.districts_named(self.toks[first].text)):
            return k  # (after a place the office's area may go on: 'Kantor Cabang Kota Lama Rudi … kata Rudi'; a
            # district's name is the office's: 'Kepala UPT Samsat Sukamaju Rudi … kata Rudi')
        return first

    def _field_short_form(self, k: int) -> bool:
        """A short form of a regional office's field or of a section (kg/data/indonesian.json field_short_forms,
        section_short_forms: 'Dukcapil', 'Mapenda'), never a word of a person's name."""
        word = self.toks[k].text
        return any(word in self.lex.words[kind] for kind in ("field_short_forms", "section_short_forms"))

    def _only_field_words(self, start: int, end: int) -> bool:
        """Whether the words start..end are all words titles, bodies and fields are named with (`_field_words`)."""
        return all(t.text in self.field_words or t.text in self.not_names or t.text in ("dan", "&", ",")
                   or never_a_name_word(self.lex, t.text) for t in self.toks[start:end])

    def _may_open_a_name(self, k: int) -> bool:
        """A capitalised word that is none of a field's, a place's, a title's, a body's or a unit's."""
        word = self.toks[k].text
        return word.isalpha() and _is_cap(self.toks[k]) and word not in self.field_words \
            and word not in self.not_names and not never_a_name_word(self.lex, word) and not gazetteer.is_place(word) \
            and not self.is_honorific(k) and not self.head_at(k) and not self.unit_at(k, short_ok=True) \
            and not self.role_at(k)

    def _clause_goes_on_after(self, k: int) -> bool:
        """The run ends the holder's words: the sentence ends, or a word in lower case follows, after a comma or
        not ('… Tata Usaha Rudi mengatakan', '… Rudi, kepada wartawan'); not more capitalised words of a list
        ('… Perubahan Iklim, Kebakaran Hutan …')."""
        toks = self.toks
        if k >= len(toks) or toks[k].text in (".", ";", "!", "?"):
            return True
        if toks[k].text == ",":
            return k + 1 >= len(toks) or toks[k + 1].text[:1].islower()
        return toks[k].text[:1].islower()

    def _first_name_after_field_words(self, run_start: int, guess: int, run_end: int) -> int:
        """'Kepala Seksi Pelayanan dan Layanan Data Rina Wati Lestari': where the run holds only words that titles,
        bodies and fields are named with ('Layanan Data') up to a word that none is named with, then two more, that
        word is the first of a name of three words."""
        k = guess - 1
        if run_end - guess == 2 and guess >= run_start and self._only_field_words(run_start, guess + 1) \
                and self.toks[guess].text not in ("dan", "&", ",") and self._may_open_a_name(guess + 1) \
                and self._clause_goes_on_after(run_end):
            return guess + 1  # 'Kepala Bagian Tata Usaha Rudi': a name of one word after the words of a section's
        if run_end - guess != 2 or k - 1 < run_start or (k - 1 == run_start and not self._field_short_form(run_start)):
            return guess  # one word before a name of three only where it is a field's short form ('Dirjen Dukcapil
            # Rudi Arif Hartono', 'Kasi Mapenda Rudi Alamsyah'): a word of another kind may be the name's
        if not self._only_field_words(run_start, k) and k - 1 > run_start:
            return guess  # ('Direktur PT Mandiri Sekuritas Rudi Hartono': a company's name, not a section's words)
        if not self._may_open_a_name(k) or self._closes_a_place_name(k - 3, k, run_end):
            return guess  # ('Kepala Kantor Bulog Sub Divre Tanjung Redeb Rudi Hartono': the town's second word)
        return guess if self.toks[k - 1].text in ("dan", "&", ",") else k

    def _closes_a_place_name(self, start: int, k: int, run_end: int) -> bool:
        """Whether token k is the last word of a place name the gazetteer knows that begins at or after `start` and
        before k."""
        return any(begin + _place_prefix(self.toks, begin, run_end)[0] == k + 1 for begin in range(max(0, start), k))

    def _name_after_unit_of_institution(self, run_start: int, run_end: int) -> int | None:
        """In "Kanwil DJP Banten Suwarno" a unit's form (or the title's), a listed institution (its acronym or
        name) and the region of the unit say where the office's name ends, so one word or up to three after it are
        the person's; a guess of two words would take the region into the name. Not when a numbered unit's numeral
        may follow the region ('Kanwil DJBC Jawa Timur I …')."""
        unit = self.unit_at(run_start, short_ok=True)
        k = unit[1] if unit else run_start  # the unit's form may be the title's ('Kepala Kanwil', 'Kakanwil')
        end = self.listed_name_end(k, run_end) or (k + 1 if k < run_end and self.toks[k].text in _institution_acronyms() else None)
        if end is None:
            return None
        name_start = self._past_organisation(end, run_end)
        if name_start == self._past_acronym(end, run_end):
            return None  # no region after the institution
        if not 1 <= run_end - name_start <= 3 or self.toks[name_start].text.lower() in self.lex.words["roman_numerals"]:
            return None
        if any(not t.text.isalpha() or t.text in self.not_names or gazetteer.is_place(t.text)
               for t in self.toks[name_start:run_end]):
            return None
        return name_start

    def _name_after_a_branch_place(self, org_end: int, run_end: int) -> int | None:
        """'BPJS Kesehatan Cabang Kota X Rudi Hartono Wibowo': a listed institution, a unit's form and a place the
        gazetteer knows say where the office ends, so the one to three words after the place are the holder's name
        where the article writes them again on their own, a first name no list knows included (a guess of two words
        would give it to the office). Not when a word after the place is itself a place ('Kantor Cabang Bekasi
        Cikarang Rudi …'), nor when the words are written only there ('Kantor Cabang X Pemuda Rudi Hartono': a
        branch may be named by its street)."""
        unit = self.unit_at(org_end, short_ok=True)
        if unit is None:
            return None
        after = self._unit_number_end(unit[1], run_end) if unit[0].numbered else unit[1]
        covered, _ = _place_prefix(self.toks, after, run_end)
        name_start = after + covered
        if not covered or not 1 <= run_end - name_start <= 3:
            return None
        if any(not t.text.isalpha() or t.text in self.not_names or t.text in self.compass or gazetteer.is_place(t.text)
               or self.unit_at(k, short_ok=True) for k, t in enumerate(self.toks[name_start:run_end], name_start)):
            return None
        name = self.doc.text[self.toks[name_start].begin:self.toks[run_end - 1].end]
        return name_start if self.doc.text.count(name) >= 2 else None  # written again alone: a name, not a street

    def _past_unknown_office_place(self, run_start: int, org_end: int, k: int, run_end: int) -> int:
        """'Kepala Bea Cukai Tanjung Priok Rudi Hartono': after a listed body with offices by region come four words or
        more that no gazetteer reads; the first of them are the office's port, airport or town, and the last two the
        holder's name, as the guess of two has it everywhere else."""
        if run_end - k < 4 or k != org_end:
            return k
        return run_end - 2 if _has_offices_by_region(" ".join(_words(self.toks[run_start:org_end]))) else k

    def _before_initial(self, run_start: int, k: int) -> int:
        """A name never begins with the dot of an initial: 'PT Maju Jaya Hartanto C. Wibowo' begins at 'Hartanto',
        'Ketua Panitia M. Yusuf' and 'Dinas Sosial Garut M. Yusuf' at the initial (a title's word or a place before it
        is no name's)."""
        if self._bare_initial_after_office(run_start, k):
            return k - 1
        if k - 1 > run_start and self._bare_initial_after_office(run_start, k - 1) and self.toks[k - 1].text.isalpha() \
                and not gazetteer.is_place(self.toks[k - 1].text):
            return k - 2  # 'Kanwil X Banten M Yusuf Hadi Saputra': the initial opens a name of three words after it
        if self._middle_initial(run_start, k):
            return k - 1  # 'Sekretaris Daerah Rudi S Hartono': an initial without its dot inside the name
        if not _initial_dot(self.toks, k):
            return k
        if k - 2 > run_start and not gazetteer.is_place(self.toks[k - 2].text):
            return k - 2
        return k - 1

    def _middle_initial(self, run_start: int, k: int) -> bool:
        """A capital letter alone at k, no dot, between two words of the run: a name's middle initial, so the word
        before it is the name's first ('Rudi S Hartono'); a numeral that closes an office ('… Jawa Tengah I Andi') is
        not one, nor is a place's word."""
        toks = self.toks
        return run_start <= k - 1 and k + 1 < len(toks) and re.fullmatch(r"[A-HJ-UWYZ]", toks[k].text) is not None \
            and toks[k + 1].begin > toks[k].end and _is_cap(toks[k + 1]) and _is_cap(toks[k - 1]) \
            and not gazetteer.is_place(toks[k - 1].text) and self.plausible_name(k - 1, k)

    def _after_place_in_run(self, run_start: int, guess: int, run_end: int) -> int:
        """Where a name begins after the region that closes an office's name: in "Dinas Sosial Kaltim Rahmansyah" the
        guess of two words would take the province into the name, in "Dinas Pariwisata Bantul Asih Windu Lestari"
        leave "Asih" in the office's; names of one word and of three are common. Only for offices named with their
        region (bkg:namedWithRegion; 'Bank Aceh Syariah', 'Yayasan Aceh Hijau' go on after theirs), and only the first
        place after the office's head word, so a first name that is also a town ('… Jateng Bima Prasetyo') stays the
        name's. A name of one word needs a region no one is named after: a province or its short form, one written in
        capitals ('Dinas Pertanian OKI Rusdi'), or a name of several words ('Dinas Kesehatan Bima Prasetyo' keeps its
        guess). Words between the region and the guess must be words a name is made of."""
        head = self.head_at(run_start)
        short = self.known_orgs.get(self.toks[run_start].text) if head is None else None
        if short is not None:
            head = (short, run_start + 1)  # 'BPJN Bengkulu Rudi …': a short form the article gave a body of that kind
        if head is None or not head[0].named_with_region:
            return guess
        for start in range(head[1], run_end - 1):
            covered, places = _place_prefix(self.toks, start, run_end)
            if not covered:
                covered, places = self._district_before_a_name(start, run_end)
            if not covered:
                continue
            end = start + covered
            big = _is_big_region(" ".join(_words(self.toks[start:end])))
            more = _big_region_at(self.toks, end, run_end) if big else 0
            if more and end + more < run_end:
                end += more  # 'Wilayah Jawa Bali Rudi': two great regions name the office's area
            longest = 4 if re.fullmatch(r"[A-Z]", self.toks[end].text) or any(p.kind == "province" for p in places) \
                else 3
            if end >= run_end or run_end - end > longest:
                return guess  # four words only after a bare initial ('… Banten M Yusuf Hadi Saputra') or a province,
                # which no one's name goes on from ('Dinas X Sumatera Barat Rina Tri Susila Dewi')
            word = self.toks[start].text
            if run_end - end == 1 and end > guess and covered == 1 and not any(p.kind == "province" for p in places) \
                    and not word.isupper() and not _region_written_short(word, places) \
                    and not self._named_as_a_place(word, self.toks[start - 1].text):
                return guess  # ('Dinas Pertanian OKI Rusdi': a region's acronym is no one's first name, nor is the
                # short form the press writes for it, 'DPRD Kutim Rudi'; 'Dinas Pertanian Agam Rudi' where the article
                # also writes 'di Agam': the region, not a first name)
            if any(t.text in self.not_names or t.text in self.compass or self.head_at(k) or self.unit_at(k, short_ok=True)
                   or t.text in self.org_words or not t.text.isalpha()
                   for k, t in zip(range(end, guess), self.toks[end:guess])):
                return guess
            return end
        return guess

    def _district_before_a_name(self, start: int, run_end: int) -> tuple[int, tuple]:
        """'Kepala UPT Samsat Sukamaju Rudi Hartono Wibowo': a district the gazetteer lists (no common word), then
        three words, in an office's run: the office serves the district, and the words are its head's name (the
        guess of two would leave the first in the office's)."""
        covered, places = gazetteer.longest_prefix(_words(self.toks[start:run_end]), districts=True)
        if covered and run_end - start - covered == 3 \
                and all(p.kind == "district" and not p.common_word for p in places):
            return covered, places
        return 0, ()

    def _named_as_a_place(self, word: str, office_word: str | None = None) -> bool:
        """Whether the article writes `word` where only a place goes: after a place word ('di', 'ke', 'dari') or a
        level word ('Kabupaten', 'Kota'); or, given the office's word before it, where the same office's name closes
        with it elsewhere, before a comma, a full stop or a lower-case word ('Ketua DPRD Sukamaju Rudi' and 'Rapat
        Paripurna DPRD Sukamaju, Senin'): the region, where a first name would go on with the rest of the name."""
        cues = alternation(self.lex.words["place_cues"] + list(self.lex.words["place_prefixes"]))
        text = self.doc.text
        if re.search(rf"(?<!\w)(?:{cues})\s+{re.escape(word)}(?!\w)", text) is not None:
            return True
        return office_word is not None and re.search(
            rf"(?<!\w){re.escape(office_word)}[ \t]+{re.escape(word)}(?:[,.;:]|[ \t]+[a-z])", text) is not None

    def _listed_bank_end(self, run_start: int, run_end: int) -> int | None:
        """Where a bank of kg/data/banks.tsv written with its head word ends inside a run: in "Dirut Bank Jateng
        Supriyatno" the list says the bank's name is "Bank Jateng", so the one word after it is the person's. Not
        where a word after it is a word of some bank's name ('Bank Jateng Syariah' may be a name the list lacks)."""
        if not self.head_at(run_start):
            return None
        end = self._listed_bank_name_end(run_start, run_end)
        if end is None:
            return None
        rest = [t.text for t in self.toks[end:run_end]]
        if len(rest) > 3 or any(w in _bank_name_words() or w in self.compass or not w.isalpha() for w in rest):
            return None
        return end

    def _listed_bank_name_end(self, j: int, limit: int) -> int | None:
        """The end of the longest name of a bank of kg/data/banks.tsv, of two words or more, that starts at j and
        leaves a word before `limit` ('Kantor Cabang Bank Jatim Blitar'; 'PT Bank Jateng Supriyatno', never 'PT
        Mandiri Sekuritas …')."""
        table = banks()
        for n in range(min(MAX_BANK_NAME_WORDS + 1, limit - j - 1), 1, -1):
            name = " ".join(_words(self.toks[j:j + n]))
            bare = without_company_form(name)
            if norm(name) in table or (bare.startswith("Bank ") and norm(bare) in table):
                return j + n
        return None

    def _institution_closing_a_part(self, run_start: int, run_end: int) -> int | None:
        """Where a part of a listed institution ends when its name closes the part's: in "Biro Hukum Kemenkes Siti
        Rahayu Wulandari" the bureau's name ends with "Kemenkes", so the three words after it are the person's (a
        guess of two would put "Siti" in the bureau's name). Only a part named by a head word ("Biro", "Pusat")."""
        if not self.head_at(run_start):
            return None
        for k in range(run_start + 1, run_end - 2):
            end = self.institution_end(k, run_end)
            if end is None and self.toks[k].text in _institution_acronyms():
                end = k + 1
            if end is not None and self.head_at(end):
                return None  # "Fraksi PKS DPRD Jambi Budi Santoso": the part's name goes on with its parliament's
            if end is not None:
                return end
        return None

    def _past_unit(self, k: int, run_end: int) -> int:
        """Past the unit and its place that may follow an organisation's name ending at `k` ('BPJS Kesehatan
        Kantor Cabang Bekasi Cikarang'), when a word is left after them."""
        unit = self.unit_at(k, short_ok=True)
        if unit:
            after = self._unit_number_end(unit[1], run_end) if unit[0].numbered else unit[1]  # 'Daop 4 Semarang'
            places, k2 = self.place_at(after, run_end)
            return k2 if places and k2 < run_end else k
        return k

    def _past_acronym(self, k: int, run_end: int) -> int:
        """Past the acronym in brackets that may follow a name ending at `k` ('Bank Indonesia (BI) …')."""
        if k + 2 < run_end and self.toks[k].text == "(" and self.toks[k + 2].text == ")":
            return k + 3
        return k

    def _more_than_the_list_says(self, k: int, run_end: int) -> bool:
        """After a listed institution's name (its acronym and region) comes a unit, a site ('Bandara X') or more words
        than a person's name of three ('PT Angkasa Nusa Bandara Kualanamu Rudi Hartono', 'Telkom Witel Medan Rudi …'):
        where the organisation ends is not the list's to say."""
        return bool(self.unit_at(k, short_ok=True)) or (k < run_end and self.toks[k].text in self.facilities) \
            or run_end - k > 3

    def _past_organisation(self, k: int, run_end: int) -> int:
        """Where a person's name may begin once an organisation's name ends at `k`: after the organisation may
        come its acronym and its region ("(OJK) Provinsi Riau Triyoga Laksito")."""
        k = self._past_acronym(k, run_end)
        if k < run_end and self.toks[k].text in self.country_designators:
            return k + 1  # 'Kepala BKN RI Bima …': the body's country, then the name, though a town is named so too
        if k > 0 and self.toks[k - 1].text in self.country_designators:
            return k  # (the country read with the body's name already)
        region = self.region_at(k, run_end)
        if region:
            return region[2]
        if k < run_end:
            n, _ = _place_prefix(self.toks, k, run_end)
            if n and k + n < run_end:
                k += n
        return k

    def institution_end(self, i: int, limit: int) -> int | None:
        """The end of the longest name of a national institution of the curated list that starts at i and leaves
        at least two words of the run ('Perum Damri' in 'Perum Damri Sutrisno Adi Prakoso'): the list, not a guess
        at where a person's name of two words begins, says where the organisation ends."""
        return self.listed_name_end(i, limit - 2)

    def listed_name_end(self, i: int, limit: int) -> int | None:
        """The end of the longest name (of more than one word) of a national institution of the curated list that
        starts at i and ends by `limit`; none when the words go on into the name of an organisation type ('Dewan
        Perwakilan Rakyat Daerah' is a regional parliament, not the Dewan Perwakilan Rakyat)."""
        best = None
        for words in self.institution_words.get(self.toks[i].text if i < limit else None, ()):
            if i + len(words) <= limit and self.match_seq(i, words) and (best is None or i + len(words) > best):
                best = i + len(words)
        if best is not None and any(len(ws) > best - i and self.match_seq(i, list(ws)) for ws in self.type_names):
            return None
        return best

    def _past_place_name(self, run_start: int, k: int, run_end: int) -> int:
        """Move a name's start `k` past a place name that runs into it: in "Dinas Sosial Aceh Barat Rahmawati"
        the last two words are not the name, since "Aceh Barat" is a regency; a name never begins with the
        compass word that ends a place's name; nor with a great region after another ('Wilayah Jawa Bali
        Rudi')."""
        big = _big_region_at(self.toks, k, run_end) if k > run_start else 0
        if big and k + big < run_end and any(
                covered == k - start and _is_big_region(" ".join(_words(self.toks[start:k])))
                for start in range(max(run_start, k - 3), k) for covered, _ in [_place_prefix(self.toks, start, k)]):
            return k + big
        if k >= run_end - 1 or self.toks[k].text not in self.compass:
            return k
        for start in range(max(run_start, k - 3), k):
            covered, _ = _place_prefix(self.toks, start, run_end)
            if start + covered > k:
                return start + covered if start + covered < run_end else k
        if k > run_start and gazetteer.is_place(self.toks[k - 1].text) and self.toks[k].text in self.compass:
            return k + 1  # 'UP3 Makassar Selatan Joko Susilo': a town's part the gazetteer does not list
        return k

    def name_tokens(self, i: int, end: int) -> tuple[int, int]:
        """Trim honorifics (and what goes with a rank: `skip_honorifics`) before and degrees after, and keep only
        capitalised name tokens in [i, end)."""
        i = min(self.skip_honorifics(i), end)
        if all(self.is_degree(k) for k in range(i, end)):
            return i, i  # 'Rusdi, SP M.Si': the degrees after a comma are no one's name
        return i, self.without_degrees(i, end)

    def is_degree(self, k: int) -> bool:
        text = self.toks[k].text  # 'S.H' then '.' as the tokens split 'S.H.'
        return text in self.degrees or ("." in text and (text.lower() in self.dotted_degrees
                                                         or text.lower() + "." in self.dotted_degrees))

    def without_degrees(self, n0: int, n1: int) -> int:
        """The end of a name before the degrees written after it: 'Hendra Wiratama SIK MH' -> 'Hendra Wiratama', and
        'Hendra Wiratama S.H. M.H.' (a degree's last dot a token of its own) too."""
        while n1 - n0 > 1 and (self.is_degree(n1 - 1) or (
                self.toks[n1 - 1].text == "." and n1 - n0 > 2 and self.is_degree(n1 - 2))):
            n1 -= 1
        return n1


def _form_before(sc: Scanner, i: int) -> list[Token]:
    """The unit's form whose capitalised words end right before token i ('Kantor Perwakilan' before 'Bank …')."""
    for k in range(max(0, i - 4), i):
        unit = sc.unit_at(k, short_ok=False)
        if unit and unit[1] == i:
            return sc.toks[k:i]
    return []


def _written_in(text: str, name: str) -> bool:
    """The name is written in the text as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def scan(doc: Document, lex: Lexicon, protected: list[Span]) -> NameScan:
    sc = Scanner(doc, lex, protected)
    toks = doc.tokens
    orgs: list[OrgMention] = []
    people: list[PersonMention] = []
    roles: list[RoleMention] = []
    taken = ClaimedText(len(doc.text))

    def free(span: Span) -> bool:
        return not taken.overlaps(span)

    # pass 1: learn organisation names from head-word patterns and "(ACRONYM)" definitions
    def head_org_alone(a: int, b: int, rule: str):
        return sc.parse_head_org(a, b, rule, allow_units=False)
    headline_end = doc.headline_end
    for i in range(len(toks)):
        inside_run = i > 0 and _is_cap(toks[i - 1]) and not sc.protected_at(i - 1)  # the dateline's town ends a run
        got = sc.parse_head_org(i, len(toks), "org", allow_units=False) if not sc.protected_at(i) else None
        if got is not None and toks[i].begin < headline_end:
            got = sc.cut_in_headline(got, i, "org", head_org_alone)
        if got and inside_run:
            sc.titled_orgs.add(got[0].name)
            if got[0].acronym and sc._short_form_of_the_office(got[0].acronym, got[0].name, _form_before(sc, i)):
                sc.know(got[0].acronym, got[0].org_type)  # 'Kantor Perwakilan Bank Indonesia (KPBI) …': 'KPBI' names
                # the office wherever the article writes it
            got = None
        if got:
            m, j = got
            base = m.name
            sc.know(base, m.org_type)
            short = company_core(base)
            if short:
                sc.know(short, m.org_type)
            acr = acronym_after(doc, toks, j)
            if acr and not (m.places and gazetteer.is_place(acr[0])):  # '… Maluku Utara (Malut)': the region's
                sc.know(acr[0], m.org_type)
            if m.acronym:
                sc.know(m.acronym, m.org_type)

    def keep_second_role(also) -> int:
        """Record a 'yang juga' role: its whole title is the person's, not a new organisation mention."""
        role, org, end = also
        if org:
            org.in_title = True
            orgs.append(org)
            taken.append(org.span)
        roles.append(role)
        taken.append(role.span)
        return end

    # pass 2: titles with names ("Kepala <org> <name>"), names with titles ("<name>, Kepala <org>,")
    expert_titles = per_lexicon("lower-case-title-openers", lex, _lower_case_title_openers)
    i = 0
    while i < len(toks):
        if sc.protected_at(i):
            i += 1
            continue
        found = _title_before_name(sc, i) or _name_then_title(sc, i)
        if found:
            role_m, person_m, org_m, j = found
            if sc.former_holder(role_m):
                role_m = None  # "mantan Bupati …": the person and the organisation, not a role held now
            if org_m:
                org_m.in_title = True
                orgs.append(org_m)
                taken.append(org_m.span)
            if person_m:
                people.append(person_m)
                taken.append(person_m.span)
            if role_m is not None:
                roles.append(role_m)
                taken.append(role_m.span)
                for co_person, co_role, name_end in _co_holders(sc, role_m, j):
                    people.append(co_person)
                    roles.append(co_role)
                    taken.append(co_person.span)
                    j = max(j, name_end)
            also = _also_role(sc, j, person_m)
            if also:
                j = keep_second_role(also)
            i = max(j, i + 1)
            continue
        expert = _expert_before_name(sc, i, expert_titles)
        if expert is not None and free(expert.span):
            people.append(expert)
            taken.append(expert.span)
            i = doc.token_at(expert.span.end - 1) + 1
            continue
        if _is_cap(toks[i]) and not (i > 0 and _is_cap(toks[i - 1])):
            run_end = sc.cap_run(i)
            if 0 < run_end - i <= 4 and sc.plausible_name(i, run_end):
                bare = PersonMention(Span(toks[i].begin, toks[run_end - 1].end), " ".join(_words(toks[i:run_end])), "person.bare-name")
                also = _also_role(sc, run_end, bare)
                if also:
                    people.append(bare)
                    taken.append(bare.span)
                    i = keep_second_role(also)
                    continue
        i += 1

    # pass 2b: an airport, port or station a title named, wherever else the text names it
    for m in [o for o in orgs if o.name.split()[0] in sc.facilities]:
        for again in _facility_named_again(sc, m):
            if free(again.span):
                orgs.append(again)
                taken.append(again.span)

    # pass 3a: a regional head's title without a name still names the government ("dibuka Bupati Jember yang …")
    for i in range(len(toks)):
        government = None if sc.protected_at(i) or taken.claimed_in(toks[i].begin, toks[i].end) else _government_of_head(sc, i)
        if government and free(government.span):
            orgs.append(government)
            taken.append(government.span)

    # pass 3: organisations outside titles
    i = 0
    while i < len(toks):
        if sc.protected_at(i) or taken.claimed_in(toks[i].begin, toks[i].end):
            i += 1
            continue
        previous = toks[i - 1].text if i > 0 else ""
        mid_run = (i > 0 and _is_cap(toks[i - 1]) and not previous.isupper() and toks[i - 1].end + 1 >= toks[i].begin
                   and not sc.protected_at(i - 1) and not sc.role_at(i - 1) and previous not in sc.not_names
                   # '“Kinerja Bank X …': a capital that opens the sentence, before a name the article spells out
                   and not (doc.opens_its_sentence(toks[i - 1].begin) and sc.known_at(i, len(toks)) is not None)
                   # 'kendaraan Dinas Pemkab X': a government's name after a word that named nothing
                   and not sc._government_head_at(i))
        got = sc.parse_org(i, len(toks), "org") if not mid_run else _named_from_its_initials(sc, i)
        if got and _every_body_of_a_kind(sc, i, got[1]):
            i = got[1]  # 'setiap Dinas Kesehatan di kabupaten …': every such office, none named
            continue
        if got and _a_stop_on_a_route(sc, got[0].span):
            i = got[1]  # 'Koridor II: Kampus A - Unnes': a stop named after the university, no organisation acting
            continue
        if got:
            m, j = got
            m = _bureau_of_its_owner(sc, m, i, j)  # the same unit as in a title: 'Komisi III DPRD Jambi mengunjungi …'
            if free(m.span):
                orgs.append(m)
                taken.append(m.span)
                i = j
                continue
        i += 1

    # pass 3a2: a regional government whose head word the press wrote in lower case ('kepada pemerintah Provinsi X')
    for i in range(len(toks) - 2):
        government = _government_written_small(sc, i) if toks[i].text == "pemerintah" else None
        if government and free(government.span) and not sc.protected_at(i):
            orgs.append(government)
            taken.append(government.span)

    # pass 3b: banks by their brands alone ('BCA', and 'Mandiri' in a list of banks): see kg.extract.banks
    for m in bank_mentions(doc, lex, lambda span: taken.overlaps(span) or sc.protected_at(doc.token_at(span.begin))):
        orgs.append(m)
        taken.append(m.span)

    # pass 4: people introduced without a title ("Salah satu peserta, Sumini,", "mendiang Karjo")
    for m in re.finditer(r"\b(?:[Ss]alah (?:satu|seorang)|[Ss]eorang)\s+[a-z][^.,]{2,60}(?:,[^.,]{2,40}){0,2},\s+(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})(?:\s+\(\d{1,3}\))?,", doc.text):
        span = Span(m.start("name"), m.end("name"))
        if free(span):
            people.append(PersonMention(span, m.group("name"), "person.introduced-by-noun"))
            taken.append(span)
    # "Sumiati (41)": a name with an age in brackets is a person
    for m in re.finditer(r"(?<![\w.])(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\s+\((?P<age>\d{1,3})\)", doc.text):
        span = Span(m.start("name"), m.end("name"))
        k = doc.token_at(span.begin)
        k = _after_leading_places(sc, k, doc.token_at(span.end))
        if k >= doc.token_at(span.end):
            continue
        span = Span(doc.tokens[k].begin, span.end)
        if free(span) and 0 < int(m.group("age")) <= OLDEST_AGE and sc.plausible_name(k, doc.token_at(span.end)) \
                and not _brackets_count_things(doc, span) and not _in_a_list_of_places_counted(sc, span):
            people.append(PersonMention(span, doc.text[span.begin:span.end], "person.with-age"))
            taken.append(span)
    # "Salah satunya Hasnah Daeng Bau, pensiunan …", "suaminya, Warsito, buruh …": introduced by kin or as one of many
    for m in re.finditer(r"\b(?:[Ss]alah (?:satunya|seorangnya)\s+|(?:suami|istri|anak|ayah|ibu|adik|kakak)(?:nya)?,\s+)"
                         r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})(?:\s+\(\d{1,3}\))?,", doc.text):
        span = Span(m.start("name"), m.end("name"))
        k = doc.token_at(span.begin)
        if free(span) and sc.plausible_name(k, doc.token_at(span.end)):
            people.append(PersonMention(span, m.group("name"), "person.introduced-by-kin"))
            taken.append(span)
    for span in _people_from_an_organisation(sc):  # "Sebelumnya, Rudi Hartono dari BPS X menjelaskan …"
        if free(span):
            people.append(PersonMention(span, doc.text[span.begin:span.end], "person.from-organisation"))
            taken.append(span)
    for span in _people_who_speak(sc):  # "Sementara itu, pelaku usaha Rudi Hartono mengakui …"
        if free(span):
            people.append(PersonMention(span, doc.text[span.begin:span.end], "person.speaks"))
            taken.append(span)
    for span in _people_called(sc):  # "korban yang bernama A, B dan C"
        if free(span):
            people.append(PersonMention(span, doc.text[span.begin:span.end], "person.called"))
            taken.append(span)
    for m in finditer_at_openings(_LATE_RE, doc.text):
        span = Span(m.start("name"), m.end("name"))
        if free(span):
            people.append(PersonMention(span, m.group("name"), "person.late"))
            taken.append(span)
    return NameScan(orgs=orgs, people=people, roles=roles, short_region_words=sc.short_region_words)


def _people_from_an_organisation(sc: Scanner) -> list[Span]:
    """'Sebelumnya, Rudi Hartono dari BPS Jambi menjelaskan …': a name of two to four words that opens a clause (after a
    comma, or at the sentence's start), then 'dari' and an organisation, then a speech verb: someone the article
    introduces by the body they come from, with no title (so no role is read)."""
    toks, found = sc.toks, []
    for k in range(2, len(toks) - 2):
        if toks[k].text != "dari" or not _is_cap(toks[k - 1]):
            continue
        n0 = k
        while n0 > 0 and _is_cap(toks[n0 - 1]) and k - n0 < 5:
            n0 -= 1
        opens_clause = n0 == 0 or toks[n0 - 1].text == "," or sc.doc.opens_its_sentence(toks[n0].begin)
        if not (2 <= k - n0 <= 4 and opens_clause and sc.plausible_name(n0, k)):
            continue
        got = sc.parse_org(k + 1, len(toks), "org")
        if got is not None and got[1] < len(toks) and sc.speech_verb_at(got[1]):
            found.append(Span(toks[n0].begin, toks[k - 1].end))
    return found


def _people_who_speak(sc: Scanner) -> list[Span]:
    """'Sementara itu, Rudi Hartono mengatakan …', 'pelaku usaha Rudi Hartono mengakui …': a name of two to four words
    that opens a clause (at the sentence's start, after a comma, or after a word for people: person_nouns), then a
    speech verb that opens what is said (speech_verbs_before): someone the article quotes with no title. Not words
    that name a body, a place or a title. After a word for people, and after one and the place they are of ('petani
    di Kecamatan X Sutrisno mengatakan …'; person_origin_words), a name of one word is enough: the noun says a person
    follows."""
    toks, found = sc.toks, []
    nouns = {n.split()[-1] for n in sc.lex.words["person_nouns"]}
    place_words = set(sc.lex.words["person_origin_words"]["words"])
    for k in range(2, len(toks)):
        if not sc.speech_verb_at(k) or not _is_cap(toks[k - 1]):
            continue
        n0 = k
        while n0 > 0 and _is_cap(toks[n0 - 1]) and toks[n0 - 1].text.isalpha() and k - n0 < 5:
            n0 -= 1
        before = toks[n0 - 1].text if n0 > 0 else ""
        if before in place_words and n0 > 1 and toks[n0 - 2].text in nouns:
            covered, _ = gazetteer.longest_prefix(_words(toks[n0:k]), districts=True)
            if 0 < covered < k - n0:  # 'petani di Kecamatan X Sutrisno': the place, then the name
                n0, before = n0 + covered, toks[n0 - 2].text
        opens_clause = n0 == 0 or before == "," or sc.doc.opens_its_sentence(toks[n0].begin) or before in nouns
        shortest = 1 if before in nouns else 2
        if not (shortest <= k - n0 <= 4 and opens_clause and sc.plausible_name(n0, k)):
            continue
        if any(sc.head_at(j) or sc.role_at(j) or sc.unit_at(j, short_ok=True) for j in range(n0, k)) \
                or sc.place_at(n0, k, unknown_ok=False)[0] or _given_as_a_nickname(sc, n0, k):
            continue
        found.append(Span(toks[n0].begin, toks[k - 1].end))
    return found


def _given_as_a_nickname(sc: Scanner, n0: int, n1: int) -> bool:
    """Whether the article gives the words n0..n1 as someone's nickname ('yang biasa disapa Mas Jo'; nickname_cues):
    the name of a person named already."""
    name = re.escape(sc.doc.text[sc.toks[n0].begin:sc.toks[n1 - 1].end])
    cues = alternation(sc.lex.words["nickname_cues"]["before_nickname"])
    return re.search(rf"\b(?:{cues})\s+{name}\b", sc.doc.text) is not None


def _people_called(sc: Scanner) -> list[Span]:
    """'tiga korban yang bernama A, B dan C', 'seorang pria bernama X': the names after 'bernama' where a noun for
    people comes before it (person_nouns, named_person_nouns); 'kapal bernama KM X' names no one."""
    toks = sc.toks
    nouns = set(sc.lex.words["person_nouns"]) | set(sc.lex.words["named_person_nouns"]["words"])
    found = []
    for k in range(1, len(toks) - 1):
        if toks[k].text != "bernama":
            continue
        before = k - 2 if toks[k - 1].text == "yang" and k > 1 else k - 1
        if toks[before].text.lower() not in nouns:
            continue
        n0 = k + 1
        n1 = _short_name_end(sc, n0)
        if n1 is None or not sc.plausible_name(n0, n1):
            continue
        found.append(Span(toks[n0].begin, toks[n1 - 1].end))
        found += [Span(toks[a].begin, toks[b - 1].end) for a, b in names_listed_after(sc, n1)]
    return found


# "mendiang Karjo": a person no longer living, named after the word that says so
_LATE_RE = re.compile(r"\b(?:mendiang|almarhum|almarhumah)\s+(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})")


def company_core(name: str) -> str | None:
    """A company's name without its legal form, as the press also calls it: 'PT Sinar Bahari (Persero) Tbk' ->
    'Sinar Bahari', 'Perum Jaya Abadi' -> 'Jaya Abadi'; None for a name without one."""
    core = without_company_form(name)
    return core if core != name else None


@lru_cache(maxsize=65536)  # asked of every capitalised token by several passes: each word answered once
def looks_abbreviated(word: str) -> bool:
    """'BKPSDM', 'Disnakertrans', 'Kemnaker': capitals inside, or a syllable that starts shortened names."""
    return len(word) >= 3 and word[:1].isupper() and (sum(c.isupper() for c in word) >= 2
                                                      or bool(re.match(r"^(Dis|Din|Kem|Pem|Bad)", word)))


def office_class_length(words: list[str], lex: Lexicon) -> int:
    """How many of `words` are an office's class ('Kelas II A', 'Kelas IIA', 'Kelas I Khusus', 'Kelas I TPI'):
    the class word, a Roman numeral and the words that may follow it (kg/data/indonesian.json office_class); 0
    where they do not open with one."""
    office_class = lex.words["office_class"]
    if len(words) < 2 or words[0] != office_class["word"] or not re.fullmatch(r"(?:[IVX]+|[1-4])[AB]?", words[1]):
        return 0
    n = 2
    while n < len(words) and words[n] in office_class["after_numeral"]:
        n += 1
    return n


@lru_cache(maxsize=65536)
def strip_region(name: str) -> str:
    return re.sub(r"\s+(?:Provinsi|Kabupaten|Kota)\s+.*$", "", name)


@lru_cache(maxsize=65536)  # a long article asks about the same pairs of words many times
def stands_for(short: str, name: str) -> bool:
    """An acronym in capitals is the initials of the name's words ('BRI' for Bank Rakyat Indonesia, never
    for Bank Tabungan Negara, which 'BTN' fits letter by letter); other short forms ('Disnakertrans',
    'Kemnaker') take syllables (`abbreviates`)."""
    if short.isupper() and short.isalpha():
        words = [w for w in re.findall(r"[^\W\d_]+", company_core(name) or name) if w[0].isupper()]
        return "".join(w[0] for w in words) == short
    return abbreviates(short, name)


def _initials(tokens) -> str:
    """'Kepala Cabang Utama' -> 'KCU': the first letters of the words, in capitals."""
    return "".join(t.text[0] for t in tokens if t.text[:1].isalpha()).upper()


def _named_from_its_initials(sc: Scanner, i: int) -> tuple[OrgMention, int] | None:
    """'Capaian Kinerja Rumah Sakit Umum Daerah Harapan Kita (RSUD HK) …': inside a run of capitalised words, a
    body's name whose short form in brackets after it spells its words' initials from its head word on begins there
    (the short form says where the name begins)."""
    if sc.head_at(i) is None:
        return None
    got = sc.parse_org(i, len(sc.toks), "org")
    if got is None or not got[0].acronym:
        return None
    m, _ = got
    if m.org_type is not None and m.name in m.org_type.head_words:
        return None  # 'Rumah Sakit Umum Daerah (…)': the kind alone names no body
    words = sc.toks[i:sc.doc.token_at(m.span.end - 1) + 1]
    written = re.match(r"\s*\(([^()]*)\)", sc.doc.text[m.span.end:])
    return got if _initials(words) == m.acronym.replace(" ", "").upper() and written is not None \
        and written.group(1).strip() == m.acronym else None


def _brackets_count_things(doc: Document, span: Span) -> bool:
    """'… Wanprestasi (2 kasus), Tanah (8), …': where a bracket of the sentence counts something by name ('(2
    kasus)', not '(45 tahun)'), a number in brackets after a capitalised word is a count, not a person's age."""
    sentence = doc.sentence_at(span.begin)
    return re.search(r"\(\d[\d.,]*\s+(?!tahun\b)[a-z]+\)", doc.text[sentence.begin:sentence.end]) is not None


_COUNTED_ITEM = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+\(\d[\d.,]*\)"
_COUNTED_NAME_RE = re.compile(r"([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\s+\(")


@lru_cache(maxsize=8)
def _counted_list_re(coordinators: tuple[str, ...]) -> re.Pattern:
    """Names each with a number in brackets, joined by commas and a last coordinator ('dan', 'serta')."""
    joined = "|".join(map(re.escape, coordinators))
    joiner = rf"(?:\s*,\s*(?:(?:{joined})\s+)?|\s+(?:{joined})\s+)"
    return re.compile(rf"{_COUNTED_ITEM}(?:{joiner}{_COUNTED_ITEM})+")


def _in_a_list_of_places_counted(sc: Scanner, span: Span) -> bool:
    """'Kecamatan A (49), B (82), C (25) dan D (11)': a list of names each with a number in brackets, at least half
    of them places the gazetteer knows (districts too), counts something of each place; the numbers are no ages
    and the names no people. A list of people with their ages ('Ani (23), Budi (30) dan Citra (12)') names few
    places, if any (a given name may be a district's too)."""
    doc = sc.doc
    sentence = doc.sentence_at(span.begin)
    for m in _counted_list_re(tuple(sc.lex.words["coordinators"])).finditer(doc.text, sentence.begin, sentence.end):
        if m.start() <= span.begin < m.end():
            names = _COUNTED_NAME_RE.findall(m.group())
            return 2 * sum(bool(gazetteer.lookup(name, districts=True)) for name in names) >= len(names)
    return False


def abbreviates(short: str, full: str) -> bool:
    """'BKPSDM' ~ 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Disnakertrans' ~ 'Dinas Tenaga
    Kerja dan Transmigrasi', 'Kemnaker' ~ 'Kementerian Ketenagakerjaan': the short form starts with the name's
    first letter and takes, in order, letters from every word of the name (a syllable may come from inside
    a word, as 'naker' from 'tenaga kerja'). A short form of up to four capitals takes the words' initials only
    ('DLH' ~ 'Dinas Lingkungan Hidup'; 'DAK', the fund, is no short form of 'Dinas Kesehatan')."""
    words = [w.lower() for w in full.split() if w.lower() not in ("dan", "&", "(persero)")]
    s = short.lower()
    if len(words) < 2 or not s or s[0] != words[0][0]:
        return False
    if short.isupper() and len(short) <= 4:
        return s == "".join(w[0] for w in words)

    @lru_cache(maxsize=None)
    def fit(si: int, wi: int, pos: int, used: bool) -> bool:
        """si: next letter of the short form; word wi from position pos; used: the word gave a letter."""
        if si == len(s):
            return wi == len(words) - 1 and used or wi == len(words)
        if wi == len(words):
            return False
        w = words[wi]
        # move on to the next word once this one has given a letter
        if used and fit(si, wi + 1, 0, False):
            return True
        k = w.find(s[si], pos)
        while k != -1:
            if fit(si + 1, wi, k + 1, True):
                return True
            k = w.find(s[si], k + 1)
        return False

    return fit(0, 0, 0, False)


def acronym_after(doc: Document, toks: list[Token], j: int) -> tuple[str, int] | None:
    """'(Kemnaker)' right after a name defines its acronym; returns (acronym, index after ')')."""
    if j + 2 < len(toks) and toks[j].text == "(":
        k = j + 1
        words = []
        while k < len(toks) and toks[k].text != ")" and k < j + 5:
            words.append(toks[k].text)
            k += 1
        if k < len(toks) and toks[k].text == ")" and words and words[0][:1].isupper() and words[0] not in ("Persero", "Tbk"):
            return " ".join(words), k + 1
    return None


def _title_before_name(sc: Scanner, i: int):
    toks = sc.toks
    after_cue = i > 0 and (toks[i - 1].text.lower() in sc.lowercase_title_cues or toks[i - 1].text in sc.speech_after)
    role = sc.role_at(i, allow_lower=after_cue)  # ('…,” terang kepala Badan X Rina Wati')
    if not role:
        return None
    r, j = role
    if i > 0 and _is_cap(toks[i - 1]) and toks[i - 1].text not in sc.not_names and toks[i - 1].text not in sc.acting_prefixes \
            and toks[i - 1].text.lower() not in sc.lowercase_title_cues and not _opening_common_noun(sc, i - 1):
        i = _departments_before_english_title(sc, i, j)
        if i is None:
            return None  # inside a longer name ('Ditambahkan Kepala …' opens a sentence with a verb)
    run_end = _before_name_initials(sc, j, sc.cap_run(j))
    after = toks[run_end].text if run_end < len(toks) else ""
    if after in ("itu", "tersebut") and not _only_a_name_between(sc, j, run_end):
        return None  # a reference by title, resolved later ('Kepala Dinas X itu'); not 'Menteri Rudi Hartono itu'
    if run_end == j:
        return _regional_title_then_name(sc, i, r, j)
    local_holder = _holder_after_local_marker(sc, run_end)
    if local_holder is not None:  # 'kata Kepala DPKP setempat Rudi Irianto': the body of the place, then its head
        return _title_comma_name(sc, i, r, j, run_end, local_holder)
    through_short_form = _holder_after_the_short_form(sc, i, r, j, run_end)
    if through_short_form:
        return through_short_form
    first_holder_end = _first_of_listed_holders(sc, i, r, j, run_end)
    if first_holder_end is not None:
        found = _title_before_name_in(sc, i, r, j, first_holder_end, before_a_list=True)
        if found and found[1].span.begin > toks[j].begin and _looks_like_a_listed_name(sc, found[1].name.split()):
            return found  # 'Wakil Ketua DPRD X A, B, dan C': A here, B and C as `co_holders`
        # with no word of an organisation before them the words may be the title's ('Wakil Ketua Ekonomi dan
        # Keuangan, …')
        if found is None:
            listed = _holders_listed_after_the_body(sc, r, j, first_holder_end)
            if listed:
                return _title_comma_name(sc, i, r, j, first_holder_end, listed)
    listed = _holders_listed_after_the_body(sc, r, j, run_end)
    if listed:
        return _title_comma_name(sc, i, r, j, run_end, listed)
    found = _title_before_name_in(sc, i, r, j, run_end)
    if found is not None and found[0] is not None and found[0].rule == "role.title-comma-organisation":
        return found  # 'Kasi Pendidikan A dan B pada Kantor X Rina Wati': the run, 'dan' and all, is the title's field
    another = None if r.held_by_many or _after_another_title(sc, i) \
        else _another_name_after_the_holder(sc, j, run_end)  # many holders, or titles paired off: not the one here
    if another is None or (found is not None and found[1] is not None and found[1].span.begin < sc.toks[another].begin):
        return found
    # no holder read, or one read after the 'dan' with the first name taken into the office's: the holder before it
    return _title_before_name_in(sc, i, r, j, another, before_a_list=True) or found


def _after_a_units_number(toks: list[Token], i: int) -> bool:
    """'Daop 1 PT KAI' at i: a head word right after a capitalised word's number goes on the name before it."""
    return i > 1 and toks[i - 1].text.isdigit() and _is_cap(toks[i - 2])


def _holder_after_the_short_form(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int):
    """'Kepala Badan Pendapatan Daerah atau Bapenda Rote, Rudi Hartono': the body's full name, then
    'atau' (kg/data/indonesian.json short_form_links) and its short form with the office's region, then the holder
    after the comma. The office is the one the short form and its region name (the full name alone may be the
    national body: 'Otoritas Jasa Keuangan atau OJK Provinsi X'); the title is the words before the full name."""
    toks = sc.toks
    short = run_end + 1
    if short + 1 >= len(toks) or toks[run_end].text not in sc.lex.words["short_form_links"]["words"]:
        return None
    full = " ".join(_words(toks[j:run_end]))
    if not (_short_form_of_a_body(toks[short].text) or abbreviates(toks[short].text, full)):
        return None
    short_end = sc.cap_run(short)
    name = _appositive_name(sc, short_end)
    if name is None:
        return None
    role_m, person, org_m, n1 = _title_comma_name(sc, i, r, short, short_end, name)
    if org_m is None:  # a short form the lexicon does not know: the body by its full name, without its region
        role_m, person, org_m, n1 = _title_comma_name(sc, i, r, j, run_end, name)
    role_m.title = sc.doc.text[toks[i].begin:toks[j - 1].end]
    return role_m, person, org_m, n1


def _another_name_after_the_holder(sc: Scanner, j: int, run_end: int) -> int | None:
    """'dipimpin Kepala Dinas X Rina Wati dan Rudi Hartono': the capitalised run after a title that one person holds
    goes on over 'dan' to the name of someone else, who holds no share of the title. Where the holder's name ends
    (the 'dan'), if the words after it to the run's end are names; None otherwise."""
    return _names_to_the_run_end(sc, j + 2, run_end, sc.lex.words["coordinators"])


def _lower_case_title_openers(lex: Lexicon) -> frozenset[str]:
    """The first words, lowered, of the titles the press writes in lower case ('pengamat', 'peneliti')."""
    return frozenset(form.split()[0].lower() for r in lex.roles if r.lowercase for form in r.forms)


def _expert_before_name(sc: Scanner, i: int, openers: frozenset[str]) -> PersonMention | None:
    """'Pengamat ekonomi Rudi Hartono mengatakan …', 'peneliti kebijakan publik Rina Wati, …': a descriptor the press
    writes in lower case before an expert it quotes (the lexicon's lower-case titles, whose first words are `openers`),
    up to three lower-case words of the field and a comma, then a name of two to four words that a comma or a verb
    ends, names that person; no organisation is named, so no role is read."""
    if sc.toks[i].text.lower() not in openers:
        return None  # asked at every token: most open no such title, and a set says so at once
    role = sc.role_at(i, allow_lower=True)
    if role is None or not role[0].lowercase or (i > 0 and _is_cap(sc.toks[i - 1])
                                                  and sc.toks[i - 1].text not in sc.not_names):
        return None
    toks, k = sc.toks, role[1]
    while k < len(toks) and k - role[1] < 3 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].text not in sc.name_connectors and not sc.speech_verb_at(k):
        k += 1
    if k + 1 < len(toks) and toks[k].text == ",":
        k += 1  # 'Pengamat ekonomi, Rudi Hartono, …'
    if k >= len(toks) or not _is_cap(toks[k]) or sc.protected_at(k):
        return None
    run_end = sc.cap_run(k)
    if not 2 <= run_end - k <= 4 or not sc.plausible_name(k, run_end) or run_end >= len(toks) \
            or not (toks[run_end].text == "," or sc.verb_follows(run_end)):
        return None
    return PersonMention(Span(toks[k].begin, toks[run_end - 1].end), " ".join(_words(toks[k:run_end])),
                         "person.expert-before-name")


def _regional_title_then_name(sc: Scanner, i: int, r: RoleTitle, j: int):
    """'Sekretaris Kota (Sekkot), Rudi Hartono, mengajak …', 'Wali Kota, Rudi Hartono, …': a regional government's title
    (with its own short form, `Scanner._title_acronym_end`) and no body after it, then a name between commas: the
    holder of the title in the government in view (`kg.components.roles`)."""
    if r.government_level is None:
        return None
    appositive = _appositive_name(sc, j)
    return _title_comma_name(sc, i, r, j, j, appositive) if appositive is not None else None


def _departments_before_english_title(sc: Scanner, i: int, j: int) -> int | None:
    """'Corporate Communication Manager PT X', 'Legal dan Compliance Section Head PT X': the departments
    (kg/data/indonesian.json english_department_words) that an English title, ending at j, names before itself are the
    title's: where they begin, else None (the title is inside some other name)."""
    toks = sc.toks
    if toks[j - 1].text not in sc.english_title_ends:
        return None
    k = i
    departments = sc.english_departments
    while k > 0 and (toks[k - 1].text in departments
                     or (toks[k - 1].text in ("dan", "&", "and") and 1 < k < i and toks[k - 2].text in departments)):
        k -= 1
    if k == i or toks[k].text not in sc.english_departments:
        return None
    before = toks[k - 1] if k > 0 else None
    return k if before is None or not _is_cap(before) or before.text.lower() in sc.speech_openers else None


def _holders_listed_after_the_body(sc: Scanner, r: RoleTitle, j: int, comma: int) -> tuple[int, int] | None:
    """'Wakil Ketua DPRD X, A, B, dan C': a title that many hold at once, its body, then a comma that opens a list of
    names: the first name (the rest are `_co_holders`); None where the words before the comma are more than the body's
    name or fewer than two names follow."""
    toks = sc.toks
    if not r.held_by_many or comma >= len(toks) or toks[comma].text != "," or comma <= j:
        return None
    listed = names_listed_after(sc, comma)
    got = sc.parse_org(j, comma, "role") or sc.head_at(j)  # ('DPRD' alone: the one in view)
    return listed[0] if len(listed) > 1 and got is not None and got[1] == comma else None


def _first_of_listed_holders(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int) -> int | None:
    """Where the first holder's name ends when a title that many hold at once is followed by a list of names
    ('Wakil Ketua DPRD Kota Bima Ani Lestari, R Hadi, dan Wiryanto'): the first comma or 'dan' after which
    the rest of the run is names to its end. Only a title a body has several holders of (`RoleTitle.held_by_many`),
    and not one paired with another title ('Ketua dan Wakil Ketua DPRD X A dan B' pairs them off)."""
    if not r.held_by_many or _after_another_title(sc, i):
        return None
    return _names_to_the_run_end(sc, j + 1, run_end, (*LIST_SEPARATORS, *sc.lex.words["coordinators"]))


def _names_to_the_run_end(sc: Scanner, begin: int, run_end: int, separators) -> int | None:
    """The first of the `separators` from `begin` after which the rest of the run is a list of people's names to its
    end (`names_listed_after`), not after a portfolio's word ('Asisten Keuangan dan Kesehatan'); None if none is."""
    for s in range(begin, run_end):
        if sc.toks[s].text in separators:
            listed = names_listed_after(sc, s)
            if listed and listed[-1][1] == run_end and sc.toks[s - 1].text not in sc.portfolios:
                return s
    return None


LIST_SEPARATORS = (",",)


def _after_another_title(sc: Scanner, i: int) -> bool:
    """'Ketua dan Wakil Ketua …' at i: another title joined to this one by 'dan' or 'serta' right before it."""
    toks = sc.toks
    if i < 2 or toks[i - 1].text not in sc.lex.words["coordinators"]:
        return False
    return any((role := sc.role_at(k)) and role[1] == i - 1 for k in range(max(0, i - 5), i - 1))


def _short_name_end(sc: Scanner, k: int) -> int | None:
    """The end of the run of one to four words of a name from k ('Rudi Hartono', 'R. Hadi'), None if there is none or
    it runs on longer."""
    toks = sc.toks
    n1 = k
    while n1 < len(toks) and n1 - k < 5 and _in_name(toks, n1) and not sc.protected_at(n1):
        n1 += 1
    return n1 if 0 < n1 - k <= 4 else None


def _looks_like_a_listed_name(sc: Scanner, words: list[str]) -> bool:
    """One of a list of holders: no word in capitals ('Tim Penggerak PKK, …': a body's short name) and no number of
    a constituency before it ('Dapil Sumsel I Andi …')."""
    return not any(len(w) > 2 and w.isalpha() and w.isupper() for w in words) \
        and words[0].lower() not in sc.lex.words["roman_numerals"]


def names_listed_after(sc: Scanner, k: int) -> list[tuple[int, int]]:
    """The names of ', R Hadi, dan Wiryanto' or 'dan Wiryanto' at k, each as (first token, end): a list of
    people's names, every one plausible (`Scanner.plausible_name`), the last after 'dan' or 'serta'. Empty when the
    words at k are no such list (a title among them, a list that never reaches its 'dan')."""
    toks = sc.toks
    coordinators = sc.lex.words["coordinators"]
    names: list[tuple[int, int]] = []
    while k < len(toks):
        last = False
        if toks[k].text in LIST_SEPARATORS:
            k += 1
        if k < len(toks) and toks[k].text in coordinators:
            last = True
            k += 1
        if k < len(toks) and toks[k].text in sc.lex.words["person_descriptors"]["words"]:
            return []  # '… dan Ustaz Abdul Somad', '… dan Hakim Rudi': someone who holds another standing
        k = sc.skip_honorifics(k)  # 'Hj. Ani', 'Bripka Andi': the name starts after them
        n1 = _short_name_end(sc, k)
        if n1 is None or not sc.plausible_name(k, n1) or any(t.text in sc.portfolios for t in toks[k:n1]):
            return []  # 'Asisten Keuangan dan Kesehatan': a portfolio's words are the title's, not names
        if not _looks_like_a_listed_name(sc, _words(toks[k:n1])):
            return []
        names.append((k, n1))
        if last:
            return names
        if n1 >= len(toks) or toks[n1].text not in (*LIST_SEPARATORS, *coordinators):
            return []  # 'A, B dan C': the last may follow 'dan' with no comma before it
        k = n1
    return []


def _co_holders(sc: Scanner, role_m: RoleMention, k: int) -> list[tuple[PersonMention, RoleMention, int]]:
    """The holders listed after the first one at k ('…, R Hadi, dan Wiryanto'), each holding the first one's
    title in the same organisation (`_first_of_listed_holders`), with the token after each name."""
    if role_m.rule not in ("role.title-before-name", "role.title-comma-name") or not role_m.role.held_by_many:
        return []
    toks = sc.toks
    out = []
    while k < len(toks) and (sc.is_degree(k) or (toks[k].text == "." and k > 0 and sc.is_degree(k - 1))):
        k += 1  # 'Ketua X Rudi Hartono SH dan Budi': the first holder's degrees, then the list
    for n0, n1 in names_listed_after(sc, k):
        span = Span(toks[n0].begin, toks[n1 - 1].end)
        person = PersonMention(span, sc.doc.text[span.begin:span.end], "person.listed-holder")
        out.append((person, replace(role_m, person=person, rule="role.listed-holder"), n1))
    return out


def _after_leading_places(sc: Scanner, k: int, end: int) -> int:
    """'Kepala Desa Sungai Rambutan Hermansyah (52)': where a capitalised run that opens with a place (after a word that
    names a region's level, kg/data/indonesian.json place_prefixes, or one of the gazetteer's of two or more words)
    leaves it for the name after it; `end` where the place is one the gazetteer does not know."""
    while k < end - 1:
        places, after = sc.place_at(k, end - 1, unknown_ok=False)
        if places and after < end and (after - k > 1 or sc.toks[k].text in sc.lex.words["place_prefixes"]):
            k = after
        elif sc.toks[k].text in sc.lex.words["place_prefixes"]:
            return end  # 'Desa Sungai Rambutan Hermansyah': a place the gazetteer does not know; where it ends is unknown
        else:
            break
    return k


def _holder_inside(sc: Scanner, begin: int, end: int) -> bool:
    """'Wakapolres X Kompol Budi dan Kasatpamobvit Polres X AKP Joko': a title's words that hold an honorific or rank
    and, after it, the 'dan' or comma of a list name another holder; no title runs over them."""
    toks = sc.toks
    ranked = next((k for k in range(begin, end) if toks[k].text in sc.honorifics or toks[k].text + "." in sc.honorifics), None)
    return ranked is not None and any(toks[k].text in ("dan", ",") for k in range(ranked + 1, end))


def _opening_common_noun(sc: Scanner, k: int) -> bool:
    """'Penjelasan Kepala Dinas X Rudi, …': a common noun no name holds (`never_a_name_word`: 'Penjelasan', 'Tahun')
    that opens its sentence, before a title, is no word of a longer name the title would be inside. Not a department
    an English title names before it ('Sales Head'), which is the title's own."""
    word = sc.toks[k].text
    return sc.doc.opens_its_sentence(sc.toks[k].begin) and never_a_name_word(sc.lex, word) \
        and word not in sc.english_departments


def _title_before_name_in(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int, before_a_list: bool = False):
    """`_title_before_name` over the run of the title's words up to `run_end`; `before_a_list`: the run ends where a
    list of further holders begins, so what follows its comma is no apposition. A run that ends with two degrees or
    more ('Kepala Dinas X Deli Serdang Rina Wati SH MH', '… S.H. M.H.') is read without them; one degree is read
    as one more word at the run's end ('Kepala Puskesmas X Rina SKM'), and again without it if nothing is read."""
    without_degrees = sc.without_degrees(j, run_end)
    degrees = sum(1 for k in range(without_degrees, run_end) if sc.toks[k].text != ".")
    found = None if degrees >= 2 else _title_before_name_over(sc, i, r, j, run_end, before_a_list)
    if found is None and without_degrees < run_end:
        found = _title_before_name_over(sc, i, r, j, without_degrees, before_a_list)
        if found is not None:
            found = (*found[:3], max(found[3], run_end))  # the degrees are read with the name: no one else's
    return found


def _title_before_name_over(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int, before_a_list: bool):
    toks = sc.toks
    contracted = _contracted_title(sc, i, r, j, run_end) or _minister_of_portfolio(sc, i, r, j, run_end)
    if contracted:
        return contracted
    organisation_after_comma = None if before_a_list else _title_comma_organisation(sc, i, r, j, run_end)
    if organisation_after_comma:
        return organisation_after_comma
    acronym_office = _acronym_office_then_name(sc, i, r, j, run_end)
    if acronym_office:
        return acronym_office
    appositive = None if before_a_list or (j == i + 1 and _run_is_its_holders_name(sc, j, run_end)) \
        or _holder_and_another_before_the_comma(sc, r, j, run_end) else _appositive_name(sc, run_end)
    if appositive and _holder_named_before_the_comma(sc, r, j, run_end, appositive):
        appositive = None
    if appositive:  # ('Pimpinan Cabang X wilayah Y, Rudi': the office's name takes the area it serves)
        return _title_comma_name(sc, i, r, j, _past_the_area_served(sc, run_end), appositive)
    qual_end = _qualifier_end(sc, j, run_end)
    unit_place = None
    type_alone = None
    if r.leads_unit_type is not None and qual_end > j and qual_end < run_end:
        places, k = sc.place_at(j, qual_end)
        if places:
            unit_place = places[0]
    if qual_end == run_end:  # no organisation named: the qualifier is the name ("Menteri Ketenagakerjaan Yassierli"?)
        # "Kepala Bidang Pelayanan, BPJS …", "Kadis Kesehatan mengatakan": the words are the title's; a regional
        # head's title has no field ('Wakil Bupati Rudi, Dinas X dan …' names Rudi)
        if (_organisation_after_comma(sc, run_end) and r.government_level is None) \
                or (toks[i].text in sc.contracted and run_end - j == 1):
            return None
        qual_end = j
        portfolio_end = j
        while portfolio_end < run_end - 1 and toks[portfolio_end].text in sc.portfolios:
            portfolio_end += 1  # 'Menteri Pertanian Budi Santoso Wijaya': the name is all that follows the portfolio
        name_start = portfolio_end if j < portfolio_end and run_end - portfolio_end <= 4 \
            and sc.plausible_name(portfolio_end, run_end) else sc.split_name(j, run_end, None)
        while name_start < run_end - 1 and toks[name_start].text in sc.portfolios:
            name_start = qual_end = name_start + 1  # "Menteri Ketenagakerjaan Wirya": the portfolio is the title's
        if r.government_level:  # "Wakil Gubernur NTT Yohana Dae": the region comes first, then the name
            places, after_place = sc.place_at(j, run_end, unknown_ok=False)
            if places and after_place + 3 < run_end and toks[after_place].text == "(" \
                    and sc.bracket_end(after_place) == after_place + 3:
                after_place += 3  # 'Bupati Kutai Timur (Kutim) Rudi': the region's short form, then the holder
            district = _district_named_whole(sc, j, run_end) if r.government_level == DISTRICT_LEVEL else None
            if district is not None and after_place < district[1] < run_end:
                name_start = district[1]  # 'Camat Medan Johor Rudi': the district the city's name opens
            elif places and after_place < run_end:
                name_start = sc._past_place_name(j, after_place, run_end)  # 'Camat X Timur Nama': not 'Timur Nama'
            elif not places and (r.government_level in LEVEL_OF_WORD or (
                    r.government_level == "any" and _run_is_its_holders_name(sc, j, run_end))) \
                    and sc.plausible_name(j, run_end) \
                    and toks[j].text not in sc.lex.words["holder_status_words"]["words"] \
                    and not any(sc.place_at(k, run_end, unknown_ok=False)[0] for k in range(j + 1, run_end)):
                name_start = j  # the gazetteer lists every province, regency and city whole: 'Wakil Bupati Syah Budi
                # Santosa' names no regency, so the whole run is the holder's name (unless a region ends it: 'Wakil
                # Bupati Kiki Amalia Ogan Ilir')
        elif not r.leads and _whole_run_after_a_whole_title(sc, i, j, run_end, name_start):
            name_start = j  # 'Sekretaris Perusahaan Rina Wati Lubis': the title is whole, the three words a name
        org_m = None
        if r.government_level and name_start > j:
            org_m = _government_of(sc, j, name_start, r)
        if org_m is None and name_start > j:
            org_m = _facility_the_title_names(sc, j, name_start)  # 'General Manager Bandara Internasional X Rudi …'
        if org_m is None:  # 'Kepala Bidang Penindakan Rudi …', 'Kasat Narkoba IPTU Rudi': the words before the
            qual_end = _end_of_the_titles_words(sc, j, name_start)  # name (and its rank) are the title's
        title_end = toks[name_start - 1].end if name_start > j else toks[j - 1].end
    else:
        org_probe = sc.parse_org(qual_end, run_end, "role") if sc.toks[qual_end].text not in REGION_WORDS else None
        hint = org_probe[1] if org_probe else _bare_body_end(sc, qual_end, run_end)
        name_start = sc.split_name(qual_end, run_end, hint)
        if sc._unit_form_ends_at(max(qual_end, name_start - 3), name_start) \
                or _branch_place_before_its_town(sc, qual_end, name_start, run_end):
            return None  # 'Kepala BPJS X Cabang Sukamaju, Kota Y, Rudi': the words after a branch's form are its
            # place (one the gazetteer does not know), not its head's name
        if _region_of_an_unknown_body(sc, r, j, qual_end):
            org_m = None
        elif sc.toks[qual_end].text in REGION_WORDS or (r.government_level and not org_probe):
            org_m = _government_of(sc, qual_end, name_start, r)
        else:
            got = sc.parse_org(qual_end, name_start, "role")
            if got and got[1] < name_start:  # 'Kepala Bea Cukai Tanjung Priok Rudi …': the office at the port
                got = _office_named_by_the_rest(sc, got[0], got[1], name_start) or got
            org_m = _facility_before_company(sc, _bureau_of_its_owner(sc, got[0], qual_end, got[1]) if got else None,
                                             j, qual_end)
        title_end = toks[name_start - 1].end
        if org_m is None:
            type_alone = _type_named_alone(sc, qual_end, name_start)
    n0, n1 = sc.name_tokens(name_start, run_end)
    if n0 >= n1 or sc.too_long_for_a_name(n0, n1):
        return None
    if any(not sc.in_name(k) for k in range(n0, n1)) or not sc.plausible_name(n0, n1):
        return None
    if n1 < len(toks) and toks[n1].text == "/":
        return None  # 'Kepala UPTD Bus X/Bus Y, Nama': a body's two names joined by a slash, no person's
    if _holder_inside(sc, j, qual_end):
        return None
    if org_m is None and toks[n0].text in sc.lex.words["portfolio_words"]:
        return None  # 'Kepala Dinas Kesehatan Muba': the office's field, then a region the gazetteer does not know
    if org_m is None and type_alone is None and _only_field_words(sc, n0, n1):
        return None  # 'seorang Kepala Sekolah di …', 'Kabid Humas, warga …': the title's own words, no one's name
    title_text = sc.doc.text[toks[i].begin:toks[qual_end - 1].end] if qual_end > j else sc.doc.text[toks[i].begin:toks[j - 1].end]
    person = PersonMention(Span(toks[n0].begin, toks[n1 - 1].end), sc.doc.text[toks[n0].begin:toks[n1 - 1].end], "person.title-before-name")
    role_m = RoleMention(Span(toks[i].begin, title_end), title_text, r, org_m, person, "role.title-before-name", unit_place,
                         org_type_alone=type_alone)
    return role_m, person, org_m, n1


def _holder_after_local_marker(sc: Scanner, k: int) -> tuple[int, int] | None:
    """'Kepala Dinas Sosial setempat Rudi Hartono': a title and its body, the word that places the body where the
    article is (kg/data/indonesian.json local_markers) at k, then its holder's name (after any honorifics, or between
    commas)."""
    toks = sc.toks
    if not (k + 1 < len(toks) and toks[k].text in sc.lex.words["local_markers"]):
        return None
    if toks[k + 1].text == ",":
        return _appositive_name(sc, k + 1)  # 'Kepala Dinas Sosial setempat, Rudi Hartono, …'
    if not _is_cap(toks[k + 1]):
        return None
    n0, n1 = sc.name_tokens(k + 1, sc.cap_run(k + 1))
    if n0 >= n1 or sc.too_long_for_a_name(n0, n1) or not sc.plausible_name(n0, n1):
        return None
    return n0, n1


def _whole_run_after_a_whole_title(sc: Scanner, i: int, j: int, run_end: int, name_start: int) -> bool:
    """'Sekretaris Perusahaan Rina Wati Lubis', 'Komisaris Independen Andi Budi Santoso': after a title the lexicon
    has whole in two words or more, and nothing after it that names a body, three words read as a field's last word
    and a name of two are a name of three where the first is no word fields, bodies or titles are named with
    (`field_words`: 'Kepala Bagian Pelayanan Rina Wati' keeps its field). Not a title that leads what its last word
    names ('Kepala Desa Sukamaju Budi Santoso': the village's name comes first)."""
    return j - i >= 2 and name_start == j + 1 and run_end - j == 3 and sc.toks[j].text not in sc.field_words \
        and not sc.head_at(j) and not sc.place_at(j, run_end, unknown_ok=False)[0] and sc.plausible_name(j, run_end)


def _run_is_its_holders_name(sc: Scanner, j: int, end: int) -> bool:
    """'Sekda Rudi Hari Wibowo, Forkopimda dan …': two to four words after a one-word title that make a person's
    name and name no place, body, unit, title or field are its holder's; what follows the comma is another item (a
    longer title's words may be its field: 'Kepala Bidang Bina Marga, Rudi')."""
    toks = sc.toks
    if not 2 <= end - j <= 4:
        return False
    if _opens_with_an_acronym(sc, j) and _two_word_name_after_the_comma(sc, end):
        return False  # 'Direktur BP Pangan, Rudi Hartono': a body's short form opens the run, its head is named after
        # ('Sekda HM Rudi, Forkopimda dan …' is still Rudi's title)
    if any(sc.head_at(k) or sc.unit_at(k, short_ok=True) or sc.known_at(k, end) or sc.role_at(k)
           or toks[k].text in sc.portfolios or toks[k].text in REGION_WORDS or sc.place_at(k, end, unknown_ok=False)[0]
           for k in range(j, end)):
        return False
    return sc.plausible_name(j, end)


def _opens_with_an_acronym(sc: Scanner, j: int) -> bool:
    """The word at j is written in capitals, two letters or more ('BP Pangan'), and is no rank or form of address
    ('AKBP', 'KH'): a body's short form, not a person's first name (where a name follows the comma:
    `_two_word_name_after_the_comma`)."""
    word = sc.toks[j].text
    return word.isalpha() and word.isupper() and len(word) >= 2 and word not in sc.honorifics \
        and (word + ".") not in sc.honorifics


def _two_word_name_after_the_comma(sc: Scanner, k: int) -> bool:
    """A person's name of two words or more between commas, or before a verb, right after k (`_appositive_name`)."""
    got = _appositive_name(sc, k)
    return got is not None and got[1] - got[0] >= 2


def _branch_place_before_its_town(sc: Scanner, qual_end: int, name_start: int, run_end: int) -> bool:
    """'Kepala BPJS X Cabang Sukamaju Indah, Kota Y, Rudi': a branch's form, one word, then the rest of the run and
    a comma before a town the gazetteer knows: the run's words are the branch's place, written with its town."""
    toks = sc.toks
    return sc._unit_form_ends_at(max(qual_end, name_start - 3), name_start - 1) and run_end + 1 < len(toks) \
        and toks[run_end].text == "," and bool(sc.place_at(run_end + 1, len(toks), unknown_ok=False)[0])


def _a_stop_on_a_route(sc: Scanner, span: Span) -> bool:
    """A name between a route's dashes ('Unnes - Undip', 'BSB - Unnes'), after a word of routes in its sentence
    (kg/data/indonesian.json route_cues: 'koridor', 'trayek'), names a stop, not the body it is named after."""
    text = sc.doc.text
    dashed = re.search(r"\w\s?[-–—]\s?$", text[max(0, span.begin - 4):span.begin]) is not None \
        or re.match(r"\s?[-–—]\s?[A-Z]", text[span.end:span.end + 4]) is not None
    if not dashed:
        return False
    sent = sc.doc.sentence_at(span.begin)
    cues = alternation(sc.lex.words["route_cues"])
    return re.search(rf"(?<!\w)(?i:{cues})(?!\w)", text[sent.begin:span.begin]) is not None


def _every_body_of_a_kind(sc: Scanner, i: int, j: int) -> bool:
    """Whether the organisation's name at i..j means every body of its kind: a quantifier before it, or before the
    title that leads it ('setiap Dinas Kesehatan', 'para Kepala Puskesmas'), or a distributive word and a kind of area
    after it ('Dinas Sosial masing-masing daerah'), or 'se-' ('Dinas Sosial se-Jawa Tengah'); kg/data/indonesian.json
    generic_quantifiers."""
    words, toks = sc.lex.words["generic_quantifiers"], sc.toks
    before = set(words["before"])
    if any(toks[q].text.lower() in before and (q + 1 == i or (sc.role_at(q + 1) or (None, -1))[1] == i)
           for q in range(max(0, i - 4), i)):
        return True
    if j + 1 < len(toks) and toks[j].text.lower() in words["after"] and toks[j + 1].text.lower() in words["areas_after"]:
        return True
    return j < len(toks) and toks[j].text.lower().startswith(tuple(words["after_prefixes"]))


def _only_field_words(sc: Scanner, n0: int, n1: int) -> bool:
    """Whether the words n0..n1 after a title are all words of institutions' and titles' names (`_field_words`), with
    no rank before them and none spoken of as a person elsewhere ('kata Agung', 'Agung menambahkan': a name that is
    also a word of 'Mahkamah Agung')."""
    toks = sc.toks
    words = _words(toks[n0:n1])
    if not all(w in sc.field_words for w in words):
        return False
    if n0 > 0 and (toks[n0 - 1].text in sc.honorifics or toks[n0 - 1].text + "." in sc.honorifics):
        return False  # 'Kapolsek X AKP Agung': a rank or an honorific opens a name
    speech_after, speech_before = sc.speech_after, set(sc.lex.words["speech_verbs_before"])
    for k, t in enumerate(toks):
        if t.text not in words or k == n0:
            continue
        if k > 0 and toks[k - 1].text.lower() in speech_after:
            return False  # '… kata Agung'
        if not (k > 0 and (_is_cap(toks[k - 1]) or toks[k - 1].text == ")")) and k + 1 < len(toks) \
                and toks[k + 1].text in speech_before:
            return False  # 'Agung menambahkan …', on its own, not inside a title or a name
    return True


def _end_of_the_titles_words(sc: Scanner, j: int, name_start: int) -> int:
    """Where the words of a title's field end ('Penindakan' in 'Kepala Bidang Penindakan Rudi …', 'Narkoba' in 'Kasat
    Narkoba IPTU Rudi', the rank being the name's): one or two words between the title and its holder's name that
    are no place, no word in capitals (an acronym of a body: 'BNNP') and no rank or honorific; `j` when there are
    none."""
    fields = 0 < name_start - j <= 2 and not sc.place_at(j, name_start, unknown_ok=False)[0] and not any(
        sc.toks[k].text.isupper() or sc.is_honorific(k) for k in range(j, name_start))
    return name_start if fields else j


def _bare_body_end(sc: Scanner, k: int, run_end: int) -> int | None:
    """'Wakil Ketua DPRD Rudi Hartono SE': the form of a body that each region has one of, with no region after it
    (the one in view, `_type_named_alone`), ends where it ends: the name is all the rest of the run, however many
    words it and its degree have."""
    head = sc.head_at(k)
    if head is None or not head[0].named_only_by_region or head[1] >= run_end:
        return None
    if _place_prefix(sc.toks, head[1], run_end)[0]:
        return None  # 'Wakil Ketua DPRD Blitar Budi …': the region goes with the body
    return head[1]


def _type_named_alone(sc: Scanner, k: int, end: int) -> OrgType | None:
    """'Wakil Ketua DPRD Ani …': the words between the title and the name are only the form of a type of body
    that each region has one of; which one is for the article to say (`kg.components.roles`)."""
    head = sc.head_at(k) if k < end else None
    if end < len(sc.toks) and gazetteer.is_place(sc.toks[end].text):
        return None  # 'Ketua DPRD Blitar Budi': the name read may begin with the body's region
    return head[0] if head and head[1] == end and head[0].named_only_by_region else None


def _only_a_name_between(sc, j: int, run_end: int) -> bool:
    """Whether the two or three capitalised words [j, run_end) after a title hold no organisation, unit or place: a
    person's name, so a demonstrative after them points at something else ('Rapat yang dipimpin Mendagri Rudi
    Hartono itu …'), not back at a holder named before ('Kepala Dinas X itu')."""
    toks = sc.toks
    return 2 <= run_end - j <= 3 and all(
        toks[k].text.isalpha() and not sc.head_at(k) and not sc.unit_at(k, short_ok=True)
        and toks[k].text not in sc.known_orgs and toks[k].text not in sc.not_names and not gazetteer.is_place(toks[k].text)
        for k in range(j, run_end))


def _before_name_initials(sc: Scanner, j: int, run_end: int) -> int:
    """Where a title's run ends before the initials the press writes after a person's name: 'Gubernur Jambi
    Hasan Basri (HB) meminta …' names Hasan Basri. The bracket must close the run and abbreviate the words
    right before it, and those words must be able to be a person's name (not 'Badan Pusat Statistik (BPS)')."""
    toks = sc.toks
    if run_end - j < 4 or toks[run_end - 1].text != ")":
        return run_end
    opening = max(k for k in range(j, run_end) if toks[k].text == "(")
    if opening <= j or sc.bracket_end(opening) != run_end:
        return run_end
    initials = " ".join(_words(toks[opening + 1:run_end - 1]))
    for size in range(1, 5):
        first = opening - size
        if first < j:
            break
        if abbreviates(initials, " ".join(_words(toks[first:opening]))) and sc.plausible_name(first, opening):
            return opening
    return run_end


def _qualifier_end(sc: Scanner, j: int, end: int, regions: bool = True) -> int:
    """A title's qualifier ("Bidang Pelayanan", "Jaminan Sosial Tenaga Kerja") runs until an organisation,
    a unit (or the acronym of the organisation before it) or (when `regions`) a region starts."""
    q = j
    while q < end and not ((sc.head_at(q) and not sc.kind_of_bodies_at(q, end)) or sc.unit_at(q, short_ok=False)
                           or sc.known_at(q, end) or sc.acronym_before_unit(q)
                           or (regions and sc.toks[q].text in REGION_WORDS) or sc.toks[q].text in sc.national_offices):
        if sc.toks[q].text == "(" and q + 2 < end and sc.toks[q + 2].text == ")" and q > j:
            q += 3  # 'Kepala Cabang Utama (KCU) PT X': the short form of the title or of the office it heads
            continue
        q += 1
    return q


def _organisation_after_title(sc: Scanner, r: RoleTitle, j: int, qual_end: int, end: int, whole_run: bool = False):
    """What a title names after its qualifier: (organisation, place of the unit it heads, that unit's own name).
    With `whole_run`, no name follows the title, so the words left after the organisation are its office's."""
    toks = sc.toks
    unit_place = unit_label = None
    if r.leads_unit_type is not None and qual_end > j:
        places, k = sc.place_at(j, qual_end)
        if places:  # "Deputi Direksi Wilayah Papua dan Papua Barat BPJS Kesehatan"
            unit_place, unit_label = places[0], " ".join(_words(toks[j:k]))
    org_m = None
    if qual_end < end:
        if _region_of_an_unknown_body(sc, r, j, qual_end):
            org_m = None
        elif toks[qual_end].text in REGION_WORDS or r.government_level:
            org_m = _government_of(sc, qual_end, end, r)
        else:
            got = sc.parse_org(qual_end, end, "role")
            if got and whole_run and got[1] < end:
                got = _office_named_by_the_rest(sc, got[0], got[1], end)
            org_m = _bureau_of_its_owner(sc, got[0], qual_end, got[1]) if got else None
            org_m = _facility_before_company(sc, org_m, j, qual_end)
    elif r.government_level and end > j:  # "Camat Sentani, Maria …"
        org_m = _government_of(sc, j, end, r)
    else:
        org_m = _facility_the_title_names(sc, j, end)
    return org_m, unit_place, unit_label


def _region_of_an_unknown_body(sc: Scanner, r: RoleTitle, j: int, qual_end: int) -> bool:
    """'Wakil Rektor Bidang Umum Unsuka Kota X Rudi …': a title of no government, whose words end in a word no list
    knows (a body's own name the article does not spell out) right before a region's level word: the region is that
    body's, and no government holds the title (better no organisation than a wrong one)."""
    return qual_end > j and qual_end < len(sc.toks) and sc.toks[qual_end].text in REGION_WORDS \
        and not r.government_level and sc._may_open_a_name(qual_end - 1) and sc.known_at(qual_end - 1, qual_end) is None


def _contracts(short: str, words: list[str], contractions: dict[str, str] | None = None) -> bool:
    """'Pimwil' for 'Pimpinan Wilayah', 'Sekda' for 'Sekretaris Daerah': a short form made of the first letters of the last
    two words or more before it, each word giving its first letters in turn; a word the press contracts otherwise
    (kg/data/indonesian.json word_contractions: 'Ka' for 'Kepala') may give its contraction ('Kakacab')."""
    short = short.lower()
    if not short.isalpha() or len(short) < 3:
        return False
    contracted = {k.lower(): v.lower() for k, v in (contractions or {}).items() if not k.startswith("_")}

    def spells(rest: str, ws: list[str]) -> bool:
        if not ws:
            return not rest
        word = ws[0].lower()
        heads = [word[:n] for n in range(1, min(len(word), len(rest)) + 1)] + [contracted.get(word, word)]
        return any(rest.startswith(head) and spells(rest[len(head):], ws[1:]) for head in heads)
    return any(spells(short, words[k:]) for k in range(len(words) - 1))


def _facility_named_again(sc: Scanner, m: OrgMention) -> list[OrgMention]:
    """'Bandara Internasional Raja Malik mencatat …' before or after 'General Manager Bandara Raja Malik, …': the
    facility a title names, written again with or without the words its name may leave out (kg/data/indonesian.json
    facility_name_fillers), is the same body, whatever the words around it."""
    fillers = sc.lex.words["facility_name_fillers"]
    word, *rest = m.name.split()
    own = [w for w in rest if w not in fillers]
    if not own:
        return []
    optional = "|".join(re.escape(f) for f in fillers)
    pattern = rf"(?<!\w){re.escape(word)}(?: (?:{optional}))* {' '.join(re.escape(w) for w in own)}(?!\w)"
    return [OrgMention(Span(found.start(), found.end()), found.group(), m.kind, "org.facility-again", parent=m.parent)
            for found in re.finditer(pattern, sc.doc.text) if not (m.span.begin <= found.start() < m.span.end)]


def _facility_the_title_names(sc: Scanner, j: int, end: int) -> OrgMention | None:
    """'General Manager Bandara Raja Malik, Rudi …': an airport, port or station (kg/data/indonesian.json
    facility_words) that a title names whole, with no company after it, is the body the title's holder runs; its
    name is the facility's word and the capitalised words up to the end of the title."""
    toks = sc.toks
    bracket = next((k for k in range(j + 1, end) if toks[k].text == "("), None)
    if not 2 <= end - j - (3 if bracket is not None else 0) <= 6 or toks[j].text not in sc.facilities:
        return None
    span = Span(toks[j].begin, toks[end - 1].end)
    short = None
    if bracket is not None:  # 'Kepala Terminal Peti Kemas (TPK) Tanjung Sari': the facility's short form inside
        close = sc.bracket_end(bracket)
        short = " ".join(_words(toks[bracket + 1:close - 1])) if close and close - bracket == 3 else None
        if short is None or not short.isupper() or close >= end:
            return None
    words = [t for k, t in enumerate(toks[j + 1:end], j + 1) if bracket is None or not bracket <= k < bracket + 3]
    if not all(_is_cap(t) for t in words):
        return None
    name = sc.doc.text[span.begin:span.end]
    return OrgMention(span, without_brackets(name) if short else name, "org", "role.facility", acronym=short)


def _facility_before_company(sc: Scanner, company: OrgMention | None, j: int, qual_end: int) -> OrgMention | None:
    """'General Manager Bandara Raja Malik Nusantara PT Angkasa Nusa': the airport, port or station (kg/data/
    indonesian.json facility_words) a title names between itself and the company that runs it is the company's unit,
    the one the title leads; its name is all the capitalised words after the facility's word, a person's or not."""
    toks = sc.toks
    if company is None or company.kind != "org" or qual_end - j < 2 or toks[j].text not in sc.facilities \
            or not all(_is_cap(t) for t in toks[j + 1:qual_end]):
        return company
    name = sc.doc.text[toks[j].begin:toks[qual_end - 1].end]
    return OrgMention(Span(toks[j].begin, company.span.end), name, "unit", company.rule + ".facility-before-company",
                      parent=company)


def _office_named_by_the_rest(sc: Scanner, m: OrgMention, k: int, end: int) -> tuple[OrgMention, int] | None:
    """'… Kepala Kantor Bea Cukai Tanjung Sari.' after the holder's name: a national body with offices by region,
    then up to three capitalised words that end the title's run, is its office there, even where the gazetteer
    does not know the place (a port, a district's old name)."""
    toks = sc.toks
    if m.kind != "org" or not 0 < end - k <= 3 or not _has_offices_by_region(m.name):
        return None
    if any(not (_is_cap(t) and t.text.replace("-", "").isalpha()) or t.text in sc.not_names or t.text in sc.national_words
           or t.text in _institution_names() or t.text in sc.known_orgs or sc.head_at(q) or sc.unit_at(q, short_ok=True)
           or sc.role_at(q) for q, t in zip(range(k, end), toks[k:end])):
        return None  # 'DJP Kemenkeu', 'BNN Republik Indonesia': the body's owner or its country, not an office's town
    place = " ".join(_words(toks[k:end]))
    span = Span(m.span.begin, toks[end - 1].end)
    return OrgMention(span, sc.doc.text[span.begin:span.end], "unit", m.rule + ".national-office", parent=m,
                      places=(place,)), end


def _appositive_name(sc: Scanner, k: int) -> tuple[int, int] | None:
    """', Nurul Aini,' after a title: the name between commas, or after a word that introduces it ('yakni Nurul Aini
    di Kota Y'; kg/data/indonesian.json appositive_openers); also after a province said between commas, where the
    press repeats the province of the office's town ('Kepala Dinas X Kota Y, Bali, Nurul Aini'), and after the town
    where the holder spoke ('General Manager PLN UIW X di Kota Y, Nurul Aini, Senin')."""
    toks = sc.toks
    k = _past_where_said(sc, k)
    openers = sc.lex.words["appositive_openers"]["words"]
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text in openers:
        k += 1  # 'Kepala Kanwil X, yakni Nurul Aini': the word that introduces the holder stands for the comma
    if k + 2 >= len(toks) or toks[k].text not in (",", *openers):
        return None
    k = _past_province_apposition(sc, k) if toks[k].text == "," else k
    degrees_end = sc.degree_suffix_end(k)
    if degrees_end > k and not (degrees_end < len(toks) and _is_cap(toks[degrees_end])):
        return None  # "Prof. Dr. Budiman, M.Si, saat …": the degree of the name before the comma ("…, Dra. Endang" is a name)
    n0 = sc.skip_honorifics(k + 1)
    if n0 > k + 1 and n0 + 1 < len(toks) and toks[n0].text == ",":
        n0 = sc.skip_honorifics(n0 + 1)  # ', Letkol Marinir, Rudi Hartono': the rank between commas of its own
    n1 = _before_another_body(sc, n0, sc.cap_run(n0))
    after = sc.degree_suffix_end(n1)
    while after > n1 and after < len(toks) and (sc.is_degree(after) or toks[after].text == "."):
        after += 1  # ', S.Ag MH': more degrees after the first, without commas
    if n1 == n0 or sc.too_long_for_a_name(n0, n1) or after >= len(toks) \
            or not (toks[after].text in (",", ";", "dan") or sc.sentence_ends(after) or sc.verb_follows(after)):
        return None  # (';' closes an item of a list of guests: 'Ketua DPRD X, Rudi; Direktur RSUD X, …')
    if any(t.text.lower() in sc.name_connectors or t.text == "&" for t in toks[n0:n1]):
        return None  # "…, Rina Wati dan Tono Hadi hadir": several people
    if not sc.plausible_name(n0, n1) or all(sc.is_degree(k) for k in range(n0, n1)):
        return None  # (', SP M.Si kepada …': the degrees of the name before the comma)
    return n0, sc.without_degrees(n0, n1)


def _past_where_said(sc: Scanner, k: int) -> int:
    """The comma after 'di Kota Y,' at k: a place the gazetteer knows, after 'di' and before a comma, where the title's
    holder spoke; or the comma after the area an office serves (`_past_the_area_served`); else k."""
    toks = sc.toks
    area_end = _past_the_area_served(sc, k)
    if area_end > k or k + 2 >= len(toks) or toks[k].text != "di":
        return area_end
    places, end = sc.place_at(k + 1, min(len(toks), k + 5), unknown_ok=False)
    return end if places and end < len(toks) and toks[end].text == "," else k


def _past_the_area_served(sc: Scanner, k: int) -> int:
    """The comma after 'wilayah Y,' at k (kg/data/indonesian.json area_nouns_in_lower_case: one to three capitalised
    words of the area an office serves, written in lower case after the office's name); else k."""
    toks = sc.toks
    if k + 2 >= len(toks) or toks[k].text not in sc.lex.words["area_nouns_in_lower_case"]["words"]:
        return k
    end = k + 1
    while end < min(len(toks), k + 4) and _is_cap(toks[end]) and toks[end].text.isalpha():
        end += 1
    return end if end > k + 1 and end < len(toks) and toks[end].text == "," else k


def _before_another_body(sc: Scanner, n0: int, n1: int) -> int:
    """'Wakil Wali Kota X, Rudi Hartono dan DPRD X …': where a name's run goes on with 'dan' and an organisation or
    a title, the name ends before the 'dan'."""
    for c in range(n0 + 1, n1 - 1):
        if sc.toks[c].text == "dan" and (sc.head_at(c + 1) or sc.role_at(c + 1) or sc.known_at(c + 1, n1)):
            return c
    return n1


def _past_province_apposition(sc: Scanner, k: int) -> int:
    """The comma after ', Bali,' at k: one province (kg/data/gazetteer.tsv), or a regency or city written with its
    level ('Kabupaten X'), between two commas, then a capitalised word that is no month, day or holiday ('…, Jawa
    Timur, Januari lalu' names no one); or the province's last token where a capitalised word follows it with no
    comma (', Bali Nurul Aini mengatakan')."""
    toks = sc.toks
    places, end = sc.place_at(k + 1, min(len(toks), k + 5), unknown_ok=False)
    province = len(places) == 1 and any(p.kind == "province" for p in gazetteer.lookup(places[0]))
    prefixed = len(places) == 1 and toks[k + 1].text in ("Kabupaten", "Kota")  # ', Kabupaten X, Nurul Aini'
    if not (province or prefixed):
        return k
    if province and end < len(toks) and toks[end].text != "," and _is_cap(toks[end]):
        end -= 1  # ', Sumatera Utara Budi Santoso menjelaskan': the name may follow the province with no comma
    elif end + 1 >= len(toks) or toks[end].text != "," or not _is_cap(toks[end + 1]):
        return k
    words = sc.lex.words
    calendar = {*words["months"], *words["weekdays"], *(w.lower() for w in words["hijri_months"]),
                *(w.lower() for w in words["holiday_words"])}
    return k if toks[end + 1].text.lower() in calendar else end


def _organisation_after_comma(sc: Scanner, k: int) -> bool:
    """', BPJS Ketenagakerjaan …' or 'pada Dinas Sosial …' (kg/data/indonesian.json title_organisation_links) at k:
    an organisation follows a comma or a word that links a title to its organisation."""
    toks = sc.toks
    return k + 1 < len(toks) and (toks[k].text == "," or toks[k].text in sc.lex.words["title_organisation_links"]) \
        and bool(sc.head_at(k + 1) or sc.known_at(k + 1, len(toks)))


def _contracted_title(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int):
    """'Kapolres Lahat AKBP Budi Santoso', 'Kadis Sosial Sragen Budi Santoso': a title that carries its
    organisation's head word (kg/data/indonesian.json contracted_titles) heads '<head word> <what follows>',
    up to and including the place, and the holder's name comes after the place (after a comma or not)."""
    toks = sc.toks
    t0 = sc.acting_prefix_end(i) or i  # 'Plt. Kadis Sosial …': the acting holder's title is the contracted one
    head = sc.contracted.get(toks[t0].text) if t0 < len(toks) else None
    # the head word of a type ('Dinas' in 'Kadis'), or a regional office's short form ('Dinkes' in 'Kadinkes')
    otype = next((t for t in sc.lex.org_types if head in t.head_words), sc.regional_short_forms.get(head)) if head else None
    if otype is None or j != t0 + 1 or (j < len(toks) and toks[j].text == head):
        return None  # 'Inspektur Inspektorat Kota X': the organisation written in full after the title is read as such
    head_rest = head.split()[1:]
    if head_rest and sc.match_seq(j, head_rest):
        j += len(head_rest)  # 'Kasatpol PP X': the head word's last words ('Satpol PP') written after the title
    found = _contracted_organisation(sc, t0, j, run_end, head, otype)
    if found is None:
        return None
    org_m, k = found
    name = _holders_name_at(sc, k, run_end)
    if name is None:
        return None
    n0, n1 = name
    title_text = sc.doc.text[toks[i].begin:toks[t0].end]
    person = PersonMention(Span(toks[n0].begin, toks[n1 - 1].end), sc.doc.text[toks[n0].begin:toks[n1 - 1].end],
                           "person.contracted-title")
    role_m = RoleMention(Span(toks[i].begin, toks[k - 1].end), title_text, r, org_m, person, "role.contracted-title", None)
    return role_m, person, org_m, n1


def _contracted_organisation(sc: Scanner, t0: int, j: int, run_end: int, head: str, otype) -> tuple[OrgMention, int] | None:
    """What a contracted title heads and where its holder's name may start: '<head word> <qualifier> <place>'
    ('Kapolres Lahat' is Polres Lahat), a unit of the organisation named after it ('Karo Umum Setda Pemprov X' is the
    Biro Umum of the secretariat), or, with no place, a unit of the organisation after the qualifier ('Karo Humas
    Kemensos Budi' heads the Biro Humas of Kemensos, not Kemensos)."""
    toks = sc.toks
    for q in range(j, min(run_end, j + 4)):  # a short qualifier ('Sosial') before the place
        places, k = sc.place_at(q, run_end, unknown_ok=False)
        if places:
            break
    else:
        owner = _owner_after_qualifier(sc, j, run_end)
        if owner is None:
            return _known_body_of_contracted_title(sc, t0, j, run_end, head, otype) \
                or _office_named_before_a_rank(sc, t0, j, run_end, head, otype)
        owner_m, k = owner
        return OrgMention(Span(toks[t0].begin, toks[k - 1].end), f"{head} {sc.doc.text[toks[j].begin:toks[k - 1].end]}",
                          "unit", "role.contracted-title", org_type=otype, parent=owner_m), k
    # the mention is the whole 'Kapolres Lahat': the head word is inside the title
    org_m = OrgMention(Span(toks[t0].begin, toks[k - 1].end), f"{head} {sc.doc.text[toks[j].begin:toks[k - 1].end]}",
                       "org", "role.contracted-title", org_type=otype, places=tuple(places[:1]),
                       region_org=otype.named_with_region)
    owner = _owner_inside(sc, j + 1, k)
    if owner is not None:  # 'Karo Umum Setda Pemprov X': the bureau is a part of the secretariat named after it
        org_m.kind, org_m.parent, org_m.places = "unit", owner, ()
    return org_m, k


def _office_named_before_a_rank(sc: Scanner, t0: int, j: int, run_end: int, head: str,
                                otype) -> tuple[OrgMention, int] | None:
    """'Kapolsek Bukit Sarijaya Iptu Budi', 'Kapolsek Bukit Sarijaya, Iptu Budi': where the words after a contracted
    title name no place the official list has (a district's office), a rank after them ends the office's name, and
    the holder's name follows the rank; a command's number may come first ('Danrem 083/Bdj Kolonel Inf Budi')."""
    toks = sc.toks
    named = sc.command_number_end(j, run_end)
    for p in range(max(j + 1, named), min(run_end, named + 4) + 1):
        rank_at = p + 1 if p < len(toks) and toks[p].text == "," else p
        if rank_at < len(toks) and sc.is_honorific(rank_at):
            if not all(_is_cap(t) and not sc.is_honorific(q) for q, t in enumerate(toks[named:p], start=named)):
                return None
            name = sc.doc.text[toks[j].begin:toks[p - 1].end]
            return OrgMention(Span(toks[t0].begin, toks[p - 1].end), f"{head} {name}", "org", "role.contracted-title",
                              org_type=otype, region_org=otype.named_with_region), p
        if p < len(toks) and not _is_cap(toks[p]):
            return None
    return None


def _holders_name_at(sc: Scanner, k: int, run_end: int) -> tuple[int, int] | None:
    """The holder's name right after a title and its body, at k: between commas ('…, Rudi Hartono, …'), else the
    run's words up to `run_end` after any honorifics, if they may be a name."""
    if k < len(sc.toks) and sc.toks[k].text == ",":
        return _appositive_name(sc, k)
    n0, n1 = sc.name_tokens(sc.skip_honorifics(k), run_end)
    return None if n0 >= n1 or sc.too_long_for_a_name(n0, n1) or not sc.plausible_name(n0, n1) else (n0, n1)


def _minister_of_portfolio(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int):
    """'Menteri Keuangan Budi Santoso', 'Wakil Menteri BUMN Rina Wati': a minister's title names the ministry by its
    portfolio alone, so the words after the title that make, after the ministry's word (kg/data/indonesian.json
    ministers), a ministry of the curated list are the ministry, and the holder's name follows them, or follows the
    short form in brackets after them ('Menteri Keuangan (Menkeu) Budi Santoso')."""
    toks = sc.toks
    # 'Menteri Pertanian, Budi Santoso': the run ends at the comma, and the whole run may be the portfolio
    whole_ok = run_end < len(toks) and toks[run_end].text in (",", "(")
    for name, k in _portfolio_ministries(sc, i, r, j, run_end if whole_ok else run_end - 1):
        bracket_end = sc.bracket_end(k) if k < len(toks) and toks[k].text == "(" else None
        holder = _holders_name_at(sc, bracket_end, sc.cap_run(bracket_end)) if bracket_end \
            else _holders_name_at(sc, k, run_end)
        if holder is None:
            return None
        n0, n1 = holder
        # (the brackets go with the title: their short form is the minister's, 'Menkeu', not the ministry's)
        org_m = OrgMention(Span(toks[i].begin, toks[(bracket_end or k) - 1].end), name, "org", "role.minister")
        person = PersonMention(Span(toks[n0].begin, toks[n1 - 1].end), sc.doc.text[toks[n0].begin:toks[n1 - 1].end],
                               "person.title-before-name")
        title = sc.doc.text[toks[i].begin:toks[k - 1].end]
        return RoleMention(Span(toks[i].begin, toks[k - 1].end), title, r, org_m, person, "role.minister", None), \
            person, org_m, n1
    return None


def _portfolio_ministries(sc: Scanner, i: int, r: RoleTitle, j: int, last: int):
    """The ministries a minister's title at i (its words end at j) names by the portfolio after it, ending by `last`,
    the longest portfolio first ('Dalam Negeri', not 'Dalam'): each as its name on the curated list and where its
    portfolio ends. 'Menkeu' is the minister of the 'Kemenkeu', 'Menko Perekonomian' of the 'Kemenko Perekonomian'."""
    body_word = sc.lex.words["ministers"]["titles"].get(r.label_id)
    if body_word is None:
        return
    toks = sc.toks
    written = sc.doc.text[toks[sc.acting_prefix_end(i) or i].begin:toks[j - 1].end]
    for k in range(min(last, j + 6), j - 1, -1):
        if k > j and not toks[k - 1].text[:1].isalnum():
            continue  # the portfolio ends on a word, not on the bracket of a short form after it
        portfolio = _words(toks[j:k])
        short = " ".join([f"Ke{written[0].lower()}{written[1:]}", *portfolio])
        full = " ".join([body_word, *portfolio])
        name = full if portfolio and institution_named([full]) \
            else short if " " not in written and institution_named([short]) else None
        if name is not None:
            yield name, k


def _known_body_of_contracted_title(sc: Scanner, t0: int, j: int, run_end: int, head: str, otype):
    """'Plt Kadinsos PMD, Budi …' after 'Dinas Sosial … (Dinsos PMD)': a contracted title with no place heads the
    body the article has named by the head word and the words after the title ('Dinsos PMD'), or by the head word alone;
    a name the article never gave is no body ('Kadis, Budi …' names no Dinas)."""
    toks = sc.toks
    for k in range(min(run_end, j + 3), j - 1, -1):
        name = " ".join([head, *_words(toks[j:k])])
        end = toks[k - 1].end if k > j else toks[t0].end
        if name in sc.known_orgs:
            return OrgMention(Span(toks[t0].begin, end), name, "org", "role.contracted-known", org_type=otype), k
        owned = sorted(n for n in sc.known_orgs if k > j and n.startswith(name + " ")
                       and institution_named([n[len(name) + 1:]]) is not None)
        if len(owned) == 1:  # 'Dirjen Dukcapil Budi' after 'Ditjen Dukcapil Kementerian Dalam Negeri': the body the
            # article named with the institution it belongs to
            return OrgMention(Span(toks[t0].begin, end), owned[0], "org", "role.contracted-known", org_type=otype), k
    short = toks[j].text if j < run_end else ""
    if short.isupper() and len(short) >= 2 and short.isalpha():
        spelled = sorted(n for n in sc.known_orgs if n.startswith(head + " ") and abbreviates(short, n[len(head) + 1:]))
        if len(spelled) == 1:  # 'Dirjen SDA Budi …' where the article names 'Ditjen Sumber Daya Air': the body whose
            # name after the head word the short form stands for
            return OrgMention(Span(toks[t0].begin, toks[j].end), spelled[0], "org", "role.contracted-known",
                              org_type=otype), j + 1
    return None


def _owner_after_qualifier(sc: Scanner, j: int, run_end: int) -> tuple[OrgMention, int] | None:
    """'Humas Kemensos Budi Santoso': the organisation (not a government) after a short qualifier, and where it ends
    (the holder's name follows)."""
    for q in range(j + 1, min(run_end, j + 4)):
        if sc.head_at(q) or sc.known_at(q, run_end):
            probe = sc.parse_org(q, run_end, "role")
            whole = probe is not None and probe[1] == run_end  # 'Karo Humas Kementerian Sosial, Budi …'
            end = run_end if whole else sc.split_name(q, run_end, probe[1] if probe else None)
            got = sc.parse_org(q, end, "role") if end > q else None
            if got is None or got[1] != end or got[0].kind == "government":
                return None
            return got[0], end
    return None


def _bureau_of_its_owner(sc: Scanner, org_m: OrgMention, start: int, end: int) -> OrgMention:
    """'Kepala Biro Hukum Kementerian Keuangan Budi …', 'anggota Komisi III DPRD Jambi': a bureau or a commission
    (kg/data/indonesian.json secretariat_bureau_types, parts_named_before_their_owner) whose name ends with the
    organisation it belongs to is a unit of that organisation, whose head or member the title names."""
    part = org_m.kind == "org" and org_m.org_type is not None and org_m.org_type.label_id in sc.part_types
    owner = _owner_inside(sc, start + 1, end) if part else None
    if owner is not None:
        org_m.kind, org_m.parent, org_m.places = "unit", owner, ()
    return org_m


def _owner_inside(sc: Scanner, start: int, end: int) -> OrgMention | None:
    """The organisation (not a government) whose name begins after `start` and ends at `end`, if any: in 'Biro Umum
    Setda Pemprov X' the secretariat the bureau belongs to. An organisation that ends before `end` is a part of the
    name ('Fraksi Partai X DPRD Jambi': the party names the group, DPRD Jambi owns it)."""
    q = start
    while q < end:
        head = sc.head_at(q)
        if (head and not head[0].government_level) or (not head and sc.known_at(q, end)):
            got = sc.parse_org(q, end, "role")
            if got and got[1] == end and got[0].kind != "government":
                return got[0]
            if got is None or got[1] >= end or got[0].kind == "government":
                return None
            q = got[1]
            continue
        q += 1
    return None


def _title_comma_organisation(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int):
    """'Kepala Bidang Rehabilitasi, Dinas Sosial Sragen Budi Santoso menyebut …', '…, Dinas Sosial Sragen, Budi
    Santoso, …' and 'Kepala Bidang Rehabilitasi pada Dinas Sosial Sragen, …': a title with its qualifier, a comma (or
    'pada'), then the organisation it belongs to, then the holder's name (after another comma or straight after the
    organisation)."""
    toks = sc.toks
    start = run_end + 1
    if not (run_end > j and _organisation_after_comma(sc, run_end)):
        return None
    org_run_end = sc.cap_run(start)
    appositive = _appositive_name(sc, org_run_end)
    if appositive:
        org_end, (n0, n1) = org_run_end, appositive
    else:
        probe = sc.parse_org(start, org_run_end, "role")
        org_end = sc.split_name(start, org_run_end, probe[1] if probe else None)
        n0, n1 = sc.name_tokens(org_end, org_run_end)
        if org_end <= start or n0 >= n1 or sc.too_long_for_a_name(n0, n1) \
                or any(not sc.in_name(k) for k in range(n0, n1)) or not sc.plausible_name(n0, n1):
            return None
    got = sc.parse_org(start, org_end, "role")
    if got is None or got[1] < org_end:
        return None  # the words after the comma are not one organisation
    org_m = got[0]
    title_text = sc.doc.text[toks[i].begin:toks[run_end - 1].end]
    person = PersonMention(Span(toks[n0].begin, toks[n1 - 1].end), sc.doc.text[toks[n0].begin:toks[n1 - 1].end],
                           "person.title-comma-organisation")
    role_m = RoleMention(Span(toks[i].begin, toks[org_end - 1].end), title_text, r, org_m, person,
                         "role.title-comma-organisation", None)
    return role_m, person, org_m, n1


def _acronym_office_then_name(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int):
    """'Ketua PWRI Sumut Rudi Hartono', 'Kepala BKD Kota X Rudi': after a title, the short form of a body the article
    never spells out (no place, title, head word, unit type or known name), a region, then the holder's name of one
    to three words: the body's office in that region, read as before a comma ('Ketua PWRI Sumut, Rudi …')."""
    toks = sc.toks
    if not (j + 2 < run_end and _short_form_of_a_body(toks[j].text)) or gazetteer.is_place(toks[j].text) \
            or sc.role_at(j) or sc.head_at(j) or sc.unit_at(j, short_ok=True) or sc.known_at(j, run_end) \
            or r.government_level:
        return None  # ('Kepala KPPBC Blora …': a unit type's short form, read as units are)
    n, _ = _place_prefix(toks, j + 1, run_end)
    n0 = j + 1 + n
    if not n or not 1 <= run_end - n0 <= 3 or not sc.plausible_name(n0, run_end) \
            or _place_prefix(toks, n0, run_end)[0]:
        return None
    org_m, unit_place = _office_of_acronym_and_place(sc, r, j, n0)
    text = sc.doc.text
    person = PersonMention(Span(toks[n0].begin, toks[run_end - 1].end), text[toks[n0].begin:toks[run_end - 1].end],
                           "person.title-before-name")
    role_m = RoleMention(Span(toks[i].begin, toks[run_end - 1].end), text[toks[i].begin:toks[j - 1].end], r, org_m,
                         person, "role.title-before-name", unit_place)
    return role_m, person, org_m, run_end


def _unknown_body_before_its_region(sc: Scanner, r: RoleTitle, j: int, qual_end: int, org_m) -> bool:
    """'Kepala DPKP Provinsi X, Rina …': a title whose government is not its own (no governor's or regent's), then
    the short form of a body the article never spells out, then a region's government to the comma: the body's
    office of that region, not the regional government with the short form for a qualifier of the title."""
    toks = sc.toks
    return org_m is not None and org_m.kind == "government" and r.government_level is None and qual_end == j + 1 \
        and _short_form_of_a_body(toks[j].text) and not gazetteer.is_place(toks[j].text) \
        and org_m.span.begin == toks[qual_end].begin


def _short_form_of_a_body(word: str) -> bool:
    """'PWRI', 'BPKAD', 'DP3A', 'DPMPTSP': capitals, perhaps with a digit for a doubled letter ('P2' for 'PP'), as
    the press shortens a body's name."""
    return re.fullmatch(r"[A-Z](?:[A-Z]|\d(?=[A-Z])){1,7}", word) is not None


def _office_of_acronym_and_place(sc: Scanner, r: RoleTitle, j: int, end: int) -> tuple[OrgMention, str | None]:
    """'BRI Pekanbaru', 'PWRI Sumut' after a title: an acronym and the place of its office; a title that heads a
    unit type names the office by the place it gives."""
    toks = sc.toks
    acronym = OrgMention(Span(toks[j].begin, toks[j].end), toks[j].text, "org", "role.acronym")
    place = " ".join(_words(toks[j + 1:end]))
    if r.leads_unit_type is not None:
        return acronym, place
    return OrgMention(Span(toks[j].begin, toks[end - 1].end), sc.doc.text[toks[j].begin:toks[end - 1].end], "unit",
                      "role.acronym-then-place", parent=acronym, places=(place,)), None


def _holder_named_before_the_comma(sc: Scanner, r: RoleTitle, j: int, run_end: int, after: tuple[int, int]) -> bool:
    """'Didampingi Ketua Badan X Sragen H Rudi Hartono, Rina menghadiri …': after the organisation the title names,
    the run goes on with a name of two words or more (an honorific before it) up to the comma: that is the title's
    holder, and the name after the comma (`after`, read by `_appositive_name`) opens the next clause."""
    if run_end - j < 3 or not (sc.in_name(run_end - 1) and sc.in_name(run_end - 2)):
        return False  # (no body and a name of two words before the comma)
    if after[1] < len(sc.toks) and sc.toks[sc.degree_suffix_end(after[1])].text == ",":
        return False  # (', Rina Wati, menambahkan': a name between commas is the title's holder in apposition)
    org_m = _organisation_after_title(sc, r, j, _qualifier_end(sc, j, run_end), run_end)[0]
    if org_m is None:
        return False
    n0 = sc.skip_honorifics(sc.doc.token_at(org_m.span.end))
    words = range(n0, run_end)
    if run_end - n0 < 2 or sc.too_long_for_a_name(n0, run_end) or not all(sc.in_name(k) for k in words) \
            or any(gazetteer.is_place(sc.toks[k].text) for k in words) or not sc.plausible_name(n0, run_end):
        return False  # ('Kepala Gudang Perum X Sukamaju Ngawi, Rudi, …': the site's village and town)
    return True


def _holder_and_another_before_the_comma(sc: Scanner, r: RoleTitle, j: int, run_end: int) -> bool:
    """'Kepala Badan X Rina Wati dan Manajer Bank Y, Sunarno': the organisation after the title is followed, before the
    comma, by a name and 'dan': the title's holder is that name, and the one after the comma is another's, whose title
    the press may misspell."""
    toks = sc.toks
    if not any(toks[k].text in sc.name_connectors for k in range(j + 2, run_end)):
        return False  # (most titles: no second name is joined on before the comma)
    org_m = _organisation_after_title(sc, r, j, _qualifier_end(sc, j, run_end), run_end)[0]
    if org_m is None:
        return False
    after = sc.doc.token_at(org_m.span.end - 1) + 1
    joiner = next((k for k in range(after + 1, min(run_end, after + NAME_MOST_WORDS + 1))
                   if toks[k].text in sc.name_connectors), None)
    return joiner is not None and sc.plausible_name(after, joiner)


def _title_comma_name(sc: Scanner, i: int, r: RoleTitle, j: int, run_end: int, name: tuple[int, int]):
    toks = sc.toks
    qual_end = _qualifier_end(sc, j, run_end)
    org_m, unit_place, unit_label = _organisation_after_title(sc, r, j, qual_end, run_end)
    if org_m is None and _short_form_of_a_body(toks[j].text) and j + 1 < run_end and (
            (qual_end == run_end and _place_prefix(toks, j + 1, run_end)[0])
            or (qual_end == j + 1 and not gazetteer.is_place(toks[j].text)
                and _place_prefix(toks, j + 1, run_end)[0] == run_end - j - 1)):
        # "Regional CEO BRI Pekanbaru, …"; 'Kepala UPPD Kabupaten X, …', where the short form alone read as the
        # title's field and the region to the comma named no body
        org_m, unit_place = _office_of_acronym_and_place(sc, r, j, run_end)
        qual_end = j
    elif _unknown_body_before_its_region(sc, r, j, qual_end, org_m):
        org_m, unit_place = _office_of_acronym_and_place(sc, r, j, run_end)  # 'Kepala DPKP Provinsi X, …'
        qual_end = j
    n0, n1 = name
    title_text = sc.doc.text[toks[i].begin:toks[max(qual_end, j) - 1].end]
    person = PersonMention(Span(toks[n0].begin, toks[n1 - 1].end), sc.doc.text[toks[n0].begin:toks[n1 - 1].end], "person.title-comma-name")
    type_alone = _type_named_alone(sc, qual_end, run_end) if org_m is None else None  # 'Wakil Ketua DPRD, Ani …'
    role_m = RoleMention(Span(toks[i].begin, toks[run_end - 1].end), title_text, r, org_m, person,
                         "role.title-comma-name", unit_place, org_type_alone=type_alone)
    role_m.unit_label = unit_label
    return role_m, person, org_m, n1


def _government_of(sc: Scanner, i: int, end: int, r: RoleTitle, known_places_only: bool = False) -> OrgMention | None:
    """'Gubernur Jawa Tengah', 'Sekretaris Daerah Provinsi Kalimantan Timur' -> the regional government. A word the
    gazetteer does not know names a district or village ('Camat Sukamaju'), which it lists in part or not at all,
    but never a province, regency or city, which it lists whole: 'Wakil Bupati Sadra Budi …' is no regency's."""
    level = r.government_level if r.government_level not in (None, "any") else None
    k = i
    if k < end and sc.toks[k].text in REGION_WORDS:
        level = REGION_WORDS[sc.toks[k].text]
        k += 1
    # a title for any level ("Asisten Perekonomian …") names a region only with a known place
    unknown_ok = level not in (None, *LEVEL_OF_WORD) and not known_places_only
    places, k2 = sc.place_at(k, end, unknown_ok=unknown_ok)
    district = _district_named_whole(sc, k, end) if level == DISTRICT_LEVEL else None
    if district is not None and district[1] > k2:
        places, k2 = [district[0]], district[1]  # 'Camat Padang Barat': the district, not the city it opens with
    if not places:
        return None
    if level is None:
        kinds = {p.kind for p in gazetteer.lookup(places[0])}
        level = "provinsi" if "province" in kinds else ("kota" if "city" in kinds else "kabupaten")
    otype = next(t for t in sc.lex.org_types if t.government_level == level)
    return OrgMention(Span(sc.toks[i].begin, sc.toks[k2 - 1].end), sc.doc.text[sc.toks[i].begin:sc.toks[k2 - 1].end],
                      "government", "role.government-of-title", org_type=otype, places=(places[0],), level=level)


DISTRICT_LEVEL = "kecamatan"  # the government level of a district's head (ontology/lexicon-roles.ttl: Camat)


def _district_named_whole(sc: Scanner, k: int, end: int) -> tuple[str, int] | None:
    """The district the gazetteer lists whose whole name starts at k ('Padang Barat', 'Semarang Tengah': a city's
    districts are often named after it), and where it ends; None where none does."""
    n, _ = gazetteer.longest_prefix(_words(sc.toks[k:min(end, k + _PLACE_NAME_MAX_TOKENS)]), districts=True)
    return (" ".join(_words(sc.toks[k:k + n])), k + n) if n else None


def _name_after_government(sc: Scanner, r: RoleTitle, org_m: OrgMention | None, end: int) -> bool:
    """'Bupati Y Rina Wati' after a comma: a head of a regional government whose region is followed, in the same run
    of capitals, by a plausible name has that name as holder; the name before the comma is someone or something
    else."""
    if org_m is None or org_m.kind != "government" or r.government_level in (None, "any"):
        return False
    after = sc.doc.token_at(org_m.span.end - 1) + 1
    if after >= end:
        return False
    n0, n1 = sc.name_tokens(after, end)
    return n0 < n1 and sc.plausible_name(n0, n1)


def _honoured_name_after(sc: Scanner, end: int) -> bool:
    """'Kepada peserta Program X, Rektor Universitas Y, Prof. Dr. Rina Wati, berpesan …': a title followed, after a
    comma, by an honorific ('Prof.', 'Dr.', 'H.') and a capitalised word introduces the one named after it; the
    words before the title (a programme, a place) are not its holder."""
    toks = sc.toks
    if end + 2 >= len(toks) or toks[end].text != "," or not sc.is_honorific(end + 1):
        return False
    k = sc.skip_honorifics(end + 1)
    return k < len(toks) and _is_cap(toks[k])


def _government_of_head(sc: Scanner, i: int) -> OrgMention | None:
    """'Gubernur Kaltim', 'Bupati Jember' with no name after them: the government the title heads."""
    role = sc.role_at(i)
    if role is None or role[0].government_level in (None, "any") or not role[0].leads:
        return None
    before = re.sub(r"\s*\([^()]*\)\s*$", "", sc.doc.text[max(0, sc.toks[i].begin - 40):sc.toks[i].begin]).rstrip()
    if any(before.endswith(word) for word in sc.lex.words["decree_words"]):
        return None  # "SK Bupati Jember", "Surat Keputusan (SK) Bupati …": a decision, not a mention of the government
    end = sc.cap_run(role[1])
    return _government_of(sc, role[1], end, role[0], known_places_only=True) if end > role[1] else None


def _government_written_small(sc: Scanner, i: int) -> OrgMention | None:
    """'pemerintah Provinsi Sulawesi Tenggara', 'pemerintah provinsi Kaltim': 'pemerintah' in lower case, then a level
    word in either case and a region the gazetteer lists, names that region's government ('pemerintah kota itu',
    'pemerintah provinsi dan kota' name none)."""
    level = REGION_WORDS.get(sc.toks[i + 1].text.capitalize())
    if level not in sc.government_types:
        return None
    places, end = sc.place_at(i + 2, len(sc.toks), unknown_ok=False)
    if not places:
        return None
    word, _, rest = places[0].partition(" ")
    if not any(KIND_LEVELS.get(h.kind) == level for h in gazetteer.lookup(rest if word in REGION_WORDS else places[0])):
        return None
    return OrgMention(Span(sc.toks[i].begin, sc.toks[end - 1].end), sc.doc.text[sc.toks[i].begin:sc.toks[end - 1].end],
                      "government", "org.government-written-small", org_type=sc.government_types[level],
                      places=(places[0],), level=level)


def _field_after_a_titles_dan(sc: Scanner, i: int) -> bool:
    """'Surat Edaran Menteri Pariwisata dan Ekonomi Kreatif (Menparekraf)': capitalised words after a 'dan' that joins
    them to a title's words, then the title's short form in brackets, go on with the title's fields; they are no
    person's name. ('… Komisaris Utama Bank X dan Rudi Hartono sebagai …' names one.)"""
    toks = sc.toks
    if i < 2 or toks[i - 1].text != "dan" or not _is_cap(toks[i - 2]):
        return False
    run = sc.cap_run(i)
    end = next((k for k in range(i + 1, run) if toks[k].text == "("), run)
    if end >= len(toks) or toks[end].text != "(":
        return False
    j = i - 2
    while j > 0 and _is_cap(toks[j - 1]):
        j -= 1
    return any(sc.role_at(k) is not None for k in range(j, i - 1))


def _name_then_title(sc: Scanner, i: int):
    """'Dewi Lestiani, Kepala BPJS Kesehatan Kantor Cabang Blitar, mengatakan' and '… selaku …'."""
    toks = sc.toks
    if not _is_cap(toks[i]) or (i > 0 and _is_cap(toks[i - 1])) or _field_after_a_titles_dan(sc, i):
        return None
    run_end = sc.cap_run(i)
    run_end = next((j for j in range(i + 1, run_end) if toks[j].text == "("), run_end)  # 'Hendra K. (Sekretaris …)'
    title_at = _title_right_after_spoken_name(sc, i, run_end)
    if title_at is not None:
        run_end = title_at  # 'ucap Rudi Hartono Kepala Dinas X kepada …': no comma between name and title
    if run_end - i > 5 or run_end >= len(toks) - 2:
        return None
    n0, n1 = sc.name_tokens(i, run_end)
    if n0 >= n1 or not sc.plausible_name(n0, n1):
        return None
    k = sc.degree_suffix_end(run_end)
    if k >= len(toks):  # the text ends with the name's degrees: no title follows
        return None
    if toks[k].text in (",", "("):  # 'Hendra Kusuma (Sekretaris KPU Kota X)': the title in brackets after the name
        k += 1
    given = k < len(toks) and toks[k].text.lower() in sc.lex.words["selaku"]
    if given:
        k += 1
    elif toks[k - 1].text not in (",", "(") and title_at is None:
        return None
    role = sc.role_at(k, allow_lower=True)
    if not role:
        return None
    r, j = role
    end = sc.cap_run(j)
    qual_end = _qualifier_end(sc, j, end)
    # the sentence must go on with a comma or a verb ("…, mengatakan", "… menjelaskan") or end there after a speech
    # verb ('ungkap Rina Wati, Kepala Kantor X.')
    # (the word before the run, honorifics and all: 'ungkap Hj Rina Wati, …')
    closes_quote = sc.sentence_ends(end) and i > 0 and toks[i - 1].text.lower() in sc.speech_after
    org_m, unit_place, unit_label = _organisation_after_title(sc, r, j, qual_end, end, whole_run=closes_quote)
    ministry = None if org_m is not None else next(
        ((name, p) for name, p in _portfolio_ministries(sc, k, r, j, end)
         if p == end or (toks[p].text == "(" and sc.bracket_end(p) == end)), None)  # ('…, Menteri X (MX),')
    if ministry is not None:  # 'Rina Wati, Menteri Keuangan, mengatakan': the ministry of the portfolio
        org_m = OrgMention(Span(toks[k].begin, toks[end - 1].end), ministry[0], "org", "role.minister")
        qual_end = ministry[1]
    if closes_quote and org_m is None and qual_end < end:
        return None  # 'ujar Budi, Kepala BPS Sumsel Andi Saputra.': what the title names is not all organisation
    if _name_after_government(sc, r, org_m, end) or _honoured_name_after(sc, end):
        return None  # '… di Gedung X, Bupati Y Rina Wati mengatakan': the title's holder is named after it
    linked = _organisation_after_link(sc, end) if org_m is None and qual_end == end > j else None
    if linked:  # "…, Kepala Seksi Pelayanan pada Kantor Imigrasi X, mengatakan"
        org_m, end = linked
    nxt = toks[end].text if end < len(toks) else ""
    if nxt == "," and not given and _speaker_named_after(sc, end):
        return None  # 'Senada dengan A, Kepala Bagian X, B, mengatakan …': the title is B's, who speaks
    # ('dihadiri A, Deputi Kepala X dan B, Deputi Kepala X.': the last of people listed each with a title)
    listed_last = i > 0 and toks[i - 1].text in sc.lex.words["coordinators"] and org_m is not None \
        and sc.sentence_ends(end)
    if nxt not in (",", ")") and not nxt[:1].islower() and not closes_quote \
            and not (given and sc.sentence_ends(end)) and not listed_last:
        return None  # ('… menetapkan Rudi sebagai Komisaris Bank X.': 'sebagai' gives the title, the sentence ends)
    title_end = toks[end - 1].end if end > j else toks[j - 1].end
    title_text = sc.doc.text[toks[k].begin:toks[max(qual_end, j) - 1].end]
    person = PersonMention(Span(toks[n0].begin, toks[n1 - 1].end), sc.doc.text[toks[n0].begin:toks[n1 - 1].end], "person.name-then-title")
    role_m = RoleMention(Span(toks[k].begin, title_end), title_text, r, org_m, person, "role.name-then-title", unit_place)
    role_m.unit_label = unit_label
    return role_m, person, org_m, end


def _speaker_named_after(sc: Scanner, k: int) -> bool:
    """', Rina Wati, mengatakan' or ', Rina Wati mengatakan' at k, after a title: the name between commas is the
    subject of the verb after it, the holder of the title before it."""
    name = _appositive_name(sc, k)
    if name is None:
        return False
    end = sc.degree_suffix_end(name[1])
    if end < len(sc.toks) and sc.toks[end].text == ",":
        end += 1
    return sc.verb_follows(end)


def _title_right_after_spoken_name(sc: Scanner, i: int, run_end: int) -> int | None:
    """'… ,” ucap Rudi Hartono Kepala Dinas X kepada wartawan': right after a speech verb, a name of two or three
    words, then a title that leads a body, in one run of capitalised words: where the title starts. So too for a
    name of two or three words that opens its sentence ('Rudi Hartono Kepala Dinas X mengatakan …'), where the
    sentence goes on with a verb after the body's name (`_name_then_title`)."""
    toks = sc.toks
    if not ((i > 0 and toks[i - 1].text.lower() in sc.speech_after) or sc._opens_sentence(i)):
        return None  # (one word alone there may be any word a sentence opens with: 'Dijelaskan Kepala Dinas X …')
    for p in range(i + 2, min(run_end, i + 4)):
        role = sc.role_at(p)
        if role is not None and role[0].leads and sc.plausible_name(i, p):
            return p
    return None


def _organisation_after_link(sc: Scanner, k: int) -> tuple[OrgMention, int] | None:
    """'pada Kantor Imigrasi X' at k after a title's qualifier: the organisation the link names (a whole run of
    capitalised words, not a government) and where it ends."""
    toks = sc.toks
    if k + 1 >= len(toks) or toks[k].text not in sc.lex.words["title_organisation_links"]:
        return None
    run_end = sc.cap_run(k + 1)
    got = sc.parse_org(k + 1, run_end, "role")
    if got is None or got[1] != run_end or got[0].kind == "government":
        return None
    return got


def _also_role(sc: Scanner, j: int, person: PersonMention | None):
    """'…, yang juga Ketua Tim Koordinasi … (TKPKD) Jateng, …': a second role of the same person."""
    toks = sc.toks
    if person is None:
        return None
    k = sc.degree_suffix_end(j)
    if k < len(toks) and toks[k].text == ",":
        k += 1
    for cue in sorted(sc.lex.words["also_role"], key=len, reverse=True):  # 'yang juga menjabat', not 'yang juga'
        words = cue.split()
        if sc.match_seq(k, words, case_sensitive=False):
            k += len(words)
            role = sc.role_at(k, allow_lower=True)
            if not role:
                return None
            r, q = role
            end = sc.cap_run(q)
            qual_end = _qualifier_end(sc, q, end, regions=False)
            got = sc.parse_org(qual_end, end, "role") if qual_end < end else None
            org_m = got[0] if got else None
            title_text = sc.doc.text[toks[k].begin:toks[max(qual_end, q) - 1].end]
            span = Span(toks[k].begin, toks[end - 1].end)
            return RoleMention(span, title_text, r, org_m, person, "role.also"), org_m, end
    return None


def title_references(doc: Document, lex: Lexicon, protected: list[Span]) -> list[tuple[Span, RoleTitle, str]]:
    """'Dirut PT Mitra Sandang itu', 'Kepala cabang Jasa Raharja itu', 'Deputi Direktur itu': a person named by title."""
    sc = Scanner(doc, lex, protected)
    toks = doc.tokens
    out = []
    for i in range(len(toks)):
        role = sc.role_at(i)
        if not role:
            continue
        r, j = role
        k = j
        while k < len(toks) and k < j + 8 and toks[k].is_word and toks[k].text not in ("itu", "tersebut"):
            k += 1
        if k < len(toks) and toks[k].text in ("itu", "tersebut") and all(t.is_word for t in toks[j:k]):
            out.append((Span(toks[i].begin, toks[k].end), r, doc.text[toks[j].begin:toks[k - 1].end] if k > j else ""))
    return out
