"""Recognisers for things named by a fixed shape: the dateline, laws, places, programs, quotations."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg import gazetteer
from kg.document import ClaimedText, Document, LiteralFilter, Span
from kg.extract.mentions import SimpleMention
from kg.identity import institution_named
from kg.extract.names import DASHES, QUOTE_MARKS, abbreviates, office_class_length, stands_for
from kg.lexicon import Lexicon, alternation, per_lexicon


@dataclass(frozen=True)
class Dateline:
    span: Span
    place: SimpleMention | None
    publisher: SimpleMention | None


def dateline(doc: Document, lex: Lexicon) -> Dateline | None:
    """'Semarang (ANTARA) -', 'Bisnis.com, JAKARTA —', 'JEMBER, Radar Jember –', 'Karawang -'; on the line after the
    headline where the text opens with one ('Kasus Campak Naik\nKendal (ANTARA) - …')."""
    text = _without_opening_date_line(doc.text, lex)
    found = _dateline_at_start(doc, text, lex)
    headline = _headline_end(text, lex) if found is None else None
    return _dateline_at_start(doc, " " * headline + text[headline:], lex) if headline else found


HEADLINE_MAX_WORDS = 25


def is_headline(line: str, lex: Lexicon) -> bool:
    """A line the press writes as a title: a few words with no closing punctuation, reporting no speech (a lead
    sentence without its full stop, 'Kepala Dinas X Nama mengatakan …', is none)."""
    line = line.strip()
    return bool(line) and line[-1] not in ".:;,\"”'" and len(line.split()) <= HEADLINE_MAX_WORDS \
        and not set(line.split()) & set(lex.words["speech_verbs_before"])


def _headline_end(text: str, lex: Lexicon) -> int | None:
    """Where a headline on the first line ends (with its line break), if the text opens with one. Blanked, not cut,
    so that the dateline after it is read at its own offsets."""
    m = re.match(r"\s*(?P<line>[^\n]+)\n", text)
    return m.end() if m and is_headline(m.group("line"), lex) else None


def _a_written_date(part: str, lex: Lexicon) -> bool:
    """'9 Oktober 2024', 'Senin 9 Oktober 2024', 'Oktober 2024': a date written with its month's name (kg/data/
    indonesian.json months, weekdays), no outlet's name."""
    words = part.split()
    months = {m.lower() for m in lex.words["months"]}
    weekdays = {w.lower() for w in lex.words["weekdays"]}
    return any(w.lower() in months for w in words) and all(
        w.lower() in months or w.lower() in weekdays or w.isdigit() for w in words)


def _dateline_at_start(doc: Document, text: str, lex: Lexicon) -> Dateline | None:
    """The dateline the text opens with (see `dateline`), in any of the press's forms."""
    m = _chained_dateline(text, lex) \
        or re.match(rf"\s*(?P<head>[^\n]{{2,60}}?)\s*[{DASHES}]+\s+", text)  # "PALU- ", "KOTAMOBAGU– ", "PALU -- "
    for other_form in (_piped_dateline, _site_after_bar_line, _outlet_dateline, _dateline_line,
                       _town_in_capitals_dateline, _glued_dateline, _town_glued_dateline, _site_glued_dateline,
                       _town_colon_dateline, _site_comma_town_dateline):
        if not _is_dateline_head(m, lex):
            m = other_form(text, lex)
    if not _is_dateline_head(m, lex):
        return None
    head_start = m.start("head")
    # 'KOTA/situs.com –': a slash parts the town from the outlet as a comma does
    # 'Kota – Provinsi – situs.id –', 'KOTA- situs.com-': a dash before a space parts the head as a comma does
    head = re.sub(rf"[{DASHES}]+(?=\s)", lambda d: "," * len(d.group()), m.group("head"))
    head = re.sub(r"(?<=\s)l(?=\s)", "|", head)  # 'KOTA l situs.co –': a bar typed as the letter, no word alone
    parts = [(p.start() + head_start, p.group().strip()) for p in re.finditer(r"[^,()|/]+", head) if p.group().strip()]
    place = publisher = None
    weekdays = set(lex.words["weekdays"])
    candidates = []
    for start, part in parts:
        if part.lower() in weekdays or re.fullmatch(r"[\d/ .-]+", part) or _a_written_date(part, lex):
            continue  # "Bogor, Kamis (31/10/2024) -", "KOTA, 9 Oktober 2024 –": the date, not a publisher
        begin = doc.text.index(part, start)
        first = part.split()[0]
        if first != part and any(first.lower().endswith(s) for s in lex.words["media_suffixes"]):
            rest = part[len(first):].strip()
            if gazetteer.is_place(rest):  # "situs.today Kupang, –": the site's address, then the town
                rest_begin = doc.text.index(rest, begin + len(first))
                candidates += [(Span(begin, begin + len(first)), first, True),
                               (Span(rest_begin, rest_begin + len(rest)), rest, False)]
                continue
            part = first  # "AMEKS.FAJAR.CO.ID FAJAR. CO. ID.": the site's name, then its brand spelled out
        town_then_outlet = _town_then_outlet(part, lex)
        if town_then_outlet:  # "Ternate KabarTimur -": the town, then the outlet's name run together
            town, outlet = town_then_outlet
            outlet_begin = doc.text.index(outlet, begin + len(town))
            candidates += [(Span(begin, begin + len(town)), town, False),
                           (Span(outlet_begin, outlet_begin + len(outlet)), outlet, True)]
            continue
        is_media = _is_outlet(part, lex) or f"({part})" in m.group("head") or _capitalised_name(part, lex)
        candidates.append((Span(begin, begin + len(part)), part, is_media))
    if len(candidates) == 1 and not candidates[0][2] and not gazetteer.is_place(candidates[0][1]):
        span, part, _ = candidates[0]
        candidates = [(span, part, _outlet_named_in_text(part, doc.text[m.end():], lex) or _one_word_outlet_name(part, lex)
                       or _camel_case_name(part) or _region_and_a_word(part, lex) or _unknown_word_alone(part, doc.text[m.end():], lex))]
    candidates = _abbreviated_outlet(candidates)
    # the publisher is the part that looks like a medium; the place is a part the gazetteer knows, else the other part
    for span, part, is_media in candidates:
        if is_media and publisher is None:
            publisher = SimpleMention(span, part, "publisher", "dateline.publisher")
    for span, part, is_media in candidates:
        if not is_media and place is None and gazetteer.is_place(part):
            place = SimpleMention(span, part, "place", "dateline.place")
    districts = [(span, part) for span, part, is_media in candidates
                 if not is_media and gazetteer.lookup(part, districts=True)]
    if place is None and len(candidates) == 2 and len(districts) == 1:
        # 'Situs, Sekayu –': a district's town (a regency's seat) is the town beside a name the gazetteer lacks
        place = SimpleMention(districts[0][0], districts[0][1], "place", "dateline.place")
    for n, (span, part, is_media) in enumerate(candidates):
        if is_media or (place and place.span == span):
            continue
        if part.split()[0].title() in lex.words["media_region_prefixes"] and (place is None or part.isupper()):
            continue  # 'KABAR GEMBIRA –': a kicker, neither a town nor an outlet ('KABAR KAPUAS' is one, read above);
            # beside a town the gazetteer knows, 'Berita Sukamaju, Kota –' is the outlet's name
        # of two parts neither known, the town comes first ('TOWN, OUTLET –'): the press writes an outlet first only
        # as a web address or a known name ('TEMPO.CO, SOLO'), read above
        town_first = n == 0 and len(candidates) == 2 and publisher is None
        if place is None and (publisher is not None or len(candidates) == 1 or town_first) \
                and re.fullmatch(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}", part):
            place = SimpleMention(span, part, "place", "dateline.place")
        elif publisher is None:
            publisher = SimpleMention(span, part, "publisher", "dateline.publisher")
    return Dateline(Span(m.start("head"), m.end()), place, publisher)


def _chained_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'Kota – Provinsi – situs.id –Dinas …', 'KOTA- situs.com- Kepala …': a town the gazetteer knows, perhaps its
    province, and the outlet's web address or known name, each after a dash before a space, then the story. Running
    text joins no such chain."""
    m = re.match(rf"\s*(?P<head>[^\n{DASHES}]{{2,40}}?(?:\s*[{DASHES}]+\s+[^\n{DASHES}]{{2,40}}?){{1,2}})"
                 rf"\s*[{DASHES}]+\s*(?=[A-Z\"“])", text)
    if not m:
        return None
    segments = [p.strip() for p in re.split(rf"\s*[{DASHES}]+\s+", m.group("head"))]
    return m if gazetteer.is_place(segments[0]) and _is_outlet(segments[-1], lex) else None


def _town_then_outlet(part: str, lex: Lexicon) -> tuple[str, str] | None:
    """'Ternate KabarTimur', 'Kupang situs.today': a town the gazetteer knows and then one word that is an outlet's
    name (a web address, a known outlet, a name run together), with no comma between."""
    words = part.split()
    n, _ = gazetteer.longest_prefix(words)
    if not n or n != len(words) - 1:
        return None
    outlet = words[-1]
    return (" ".join(words[:n]), outlet) if _is_outlet(outlet, lex) or _camel_case_name(outlet) else None


def _is_dateline_head(m: re.Match | None, lex: Lexicon) -> bool:
    """Running text has lower-case words; a dateline's head has none but an outlet's web address."""
    return m is not None and not re.search(r"\b[a-z]{4,}\b", _without_site_names(m.group("head"), lex))


def _outlet_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'KOMPAS.com , Pati:', 'Bisnis.com, Pati-Sebanyak', 'Pati, SitusKita-Bupati': a dateline that ends in a colon, or
    in a dash the next word touches. Both also occur in running text ('Catatan Redaksi, Tribun:', 'Semarang-Solo'), so the head counts as a
    dateline only when it is an outlet and a place the gazetteer knows."""
    # 'Kota, Situs-Daerah.com : …': before a colon, a web address may hold a hyphen of its own
    colon = re.match(r"\s*(?P<head>[^\n:]{2,60}?)\s*:\s*(?=\S)", text)
    for m in (colon, re.match(rf"\s*(?P<head>[^\n:{DASHES}]{{2,60}}?)\s*(?::|[{DASHES}]+)\s*(?=\S)", text)):
        if m is None:
            continue
        parts = [p.strip() for p in re.findall(r"[^,()]+", m.group("head")) if p.strip()]  # 'SOLO(KABARSOLO.ID)-'
        outlets = [p for p in parts if _is_outlet(p, lex) or _capitalised_name(p, lex) or _camel_case_name(p)
                   or f"({p})" in m.group("head")]
        others = [p for p in parts if p not in outlets]
        if len(parts) == 2 and len(outlets) == 1 and all(gazetteer.is_place(p) for p in others):
            return m
    return None


def _town_in_capitals_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'MEDAN—Badan …': a town in capitals and a dash the next word touches. Running text has such dashes too
    ('Semarang-Solo'), never after a town in capitals that the gazetteer knows."""
    m = re.match(rf"\s*(?P<head>[A-Z][A-Z .]{{1,40}}?)\s*[{DASHES}]+(?=[A-Z\"“])", text)
    return m if m and gazetteer.is_place(m.group("head").strip().title()) else None


def _town_glued_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'Palu-Kepala Dinas …', 'Kendari-PT Sinar …': a town the gazetteer knows opens the text, a dash the story's
    first word touches; not a route ('Semarang-Solo …'), whose second word is a place too."""
    m = re.match(rf"\s*(?P<head>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[{DASHES}](?=(?P<next>[A-Z][\w]*))", text)
    return m if m and gazetteer.is_place(m.group("head")) and not gazetteer.is_place(m.group("next")) else None


def _town_colon_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'Bandung: Badan …': a town the gazetteer knows opens the text, then a colon and the story's first word."""
    m = re.match(r"\s*(?P<head>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+(?=[A-Z\"“])", text)
    return m if m and gazetteer.is_place(m.group("head")) else None


def _site_glued_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'KABARSULUT.COM—Dinas …', 'situs.id–Kepala …', 'SITUS.COM : Dinas …', 'Situs.co | Dinas …': the outlet's web
    address, then a dash the story's first word touches, a colon or a bar. Running text opens with no web address."""
    m = re.match(rf"\s*(?P<head>[A-Za-z][\w-]*(?:\.[A-Za-z]+)+)(?:[{DASHES}]+|\s*[:|]\s+)(?=[A-Z\"“])", text)
    return m if m and any(m.group("head").lower().endswith(s) for s in lex.words["media_suffixes"]) else None


def _site_comma_town_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'Situs.com, Kota Sebanyak …': the outlet's web address, a comma, a town the gazetteer knows, then the story's first
    word with no dash between. The longest town that leaves a capitalised word after it ('Situs.com, Jakarta Pusat
    Dinas …'); running text opens with no web address."""
    for words in (3, 2, 1):
        m = re.match(rf"\s*(?P<head>[A-Za-z][\w-]*(?:\.[A-Za-z]+)+\s*,\s*(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+){{{words - 1}}}))"
                     r"\s+(?=[A-Z\"“])", text)
        if m and any(m.group("head").split(",")[0].lower().endswith(s) for s in lex.words["media_suffixes"]) \
                and gazetteer.is_place(m.group("town")):
            return m
    return None


def _glued_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'SOLOK, MENTARI–Badan …', 'Kota X, WARTA--Kepala …', 'WARTA, Kota X -Kepala …', 'KOTA X, HARIAN Y,
    SITUS.CO.ID--Dinas …': a town and an outlet (or its paper and its site), then a long or doubled dash, or a hyphen
    after a space, the next word touches. A word pair such as 'Jakarta–Bandung' opens running text too, so the head
    must hold a comma and a town the gazetteer knows, or first a district's town that is no common word."""
    m = re.match(r"\s*(?P<head>[^\n,]{2,40}(?:,[^\n,]{2,40}?){1,2})(?:--|[–—]|(?<=\s)-)(?=[A-Z\"“])", text)
    if not m:
        return None
    # 'situs.com, Kota X (Provinsi Y)--': the town may be followed by its province in brackets
    parts = [re.sub(r"\([^()]*\)", "", p).strip() for p in m.group("head").split(",")]
    return m if any(gazetteer.is_place(p) for p in parts) or _district_town(parts[0]) else None


def _district_town(name: str) -> bool:
    """'Melonguane': a district the gazetteer knows by a name that is no common word, as a regency's seat is."""
    return any(not p.common_word for p in gazetteer.lookup(name, districts=True) if p.kind == "district")


def after_opening_date_line(text: str, lex: Lexicon) -> int:
    """Where the story starts after a page's byline date on a line of its own ('Selasa, 21 Mei 2024 - 09.15 WIB'
    above 'Wartasultra.co, Kendari - …'); 0 when the text opens with no such line."""
    w = lex.words
    clock = w["clock_time_words"]
    time = rf"(?:\s*[,|{DASHES}]?\s*(?:(?:{alternation(clock['before'])})\s+)?\d{{1,2}}[.:]\d{{2}}" \
           rf"(?:\s*(?:{alternation(clock['zones'])}))?)?"
    weekday, month = alternation(w["weekdays"]), alternation(w["months"])
    m = re.match(rf"\s*(?:(?:{weekday})\s*,?\s*)?\d{{1,2}}\s+(?:{month})\s+\d{{4}}{time}[ \t]*\n", text, re.I)
    return m.end() if m else 0


def _without_opening_date_line(text: str, lex: Lexicon) -> str:
    """The text with a page's byline date line blanked: its dash is not a dateline's, which would make the date an
    outlet. Blanked, not cut, so that the dateline on the next line is read at the article's own offsets."""
    end = after_opening_date_line(text, lex)
    return " " * end + text[end:]


def _piped_dateline(text: str, lex: Lexicon) -> re.Match | None:
    """'Sleman, Warta Merapi| …': a bar after the head, as some sites write it; since a page title is also written
    'Title | Site', the head must name a town the gazetteer knows."""
    m = re.match(r"\s*(?P<head>[^\n|]{2,60}?)\s*\|\s+", text)
    towns = [gazetteer.is_place(p.strip()) for p in m.group("head").split(",")] if m else []
    return m if towns.count(True) == 1 and len(towns) == 2 else None  # 'Kupang, NTT | …' names no outlet


def _site_after_bar_line(text: str, lex: Lexicon) -> re.Match | None:
    """'Kota Kembang | kabarkota.id' on a line of its own: a kicker or a town, a bar, and the outlet's web address."""
    m = re.match(r"[ \t]*(?P<head>[^\n|]{2,40}?\s*\|\s*(?P<site>[\w.-]+))[ \t]*\n", text)
    return m if m and any(m.group("site").lower().endswith(s) for s in lex.words["media_suffixes"]) else None


def _dateline_line(text: str, lex: Lexicon) -> re.Match | None:
    """'Medan (SIB)', 'Medan, KabarDeli' on a line of its own: a town the gazetteer knows and the outlet in brackets
    or after a comma, the story on the next line with no dash between."""
    m = re.match(r"\s*(?P<head>(?P<town>[^\n()]{2,40}?)\s*\((?P<outlet>[^\n()]{2,30})\))[ \t]*\n", text) \
        or re.match(r"\s*(?P<head>(?P<town>[^\n(),]{2,40}?),[ \t]*(?P<outlet>[A-Z][\w.]+(?: [A-Z][\w.]+){0,2}))[ \t]*\n", text)
    if not m or not gazetteer.is_place(m.group("town").strip()):
        return None  # 'Medan (SIB)' or 'Medan, Harian Deli' on a line of its own
    outlet = m.group("outlet")  # 'Medan (SIB)', never a place ('Bandung (Jabar)'), a body or a photo credit ('(Ist)')
    initials = re.fullmatch(r"[A-Z]{3,6}", outlet) is not None and not gazetteer.is_place(outlet) \
        and institution_named([outlet]) is None and outlet.lower() not in _body_words(lex)  # 'SIB', not 'PEMKAB'
    return m if initials or _is_outlet(outlet, lex) or _capitalised_name(outlet, lex) or _camel_case_name(outlet) \
        else None


def _body_words(lex: Lexicon) -> set[str]:
    """Organisation types' head words and regions' own office names, in lower case: a body, not an outlet."""
    return {w.lower() for t in lex.org_types for w in t.head_words} | {
        w.lower() for w in lex.words["regional_body_short_forms"] if not w.startswith("_")}


def _is_outlet(part: str, lex: Lexicon) -> bool:
    """A web address ('Bisnis.com') or a known outlet, alone or opening the name ('Radar Jember')."""
    media = lex.words["media_names"]
    return any(part.lower().endswith(s) for s in lex.words["media_suffixes"]) or part in media \
        or any(part.startswith(w + " ") for w in media)


def _outlet_named_in_text(part: str, text: str, lex: Lexicon) -> bool:
    """'SINARPAGI- …' and later '… kata Rudi kepada Koran Sinarpagi': a dateline may give only the distinctive word of
    an outlet that the text names in full after a word such as 'Koran' or 'Harian'."""
    media = alternation(lex.words["media_names"])
    return re.search(rf"\b(?:{media})\s+(?i:{re.escape(part)})\b", text) is not None


def _capitalised_name(part: str, lex: Lexicon) -> bool:
    """'WARTA KOTA', 'SUMSEL POST': a name in capitals beside a town at the head of the story is the outlet's where
    it opens or ends as outlets' names do (a media brand, 'POST', 'ONLINE', 'NEWS'); bodies the story is about
    ('POLDA SUMUT', 'HUMAS PEMKAB', 'BPJS') are written there as well."""
    words = part.split()
    return re.fullmatch(r"[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,3}", part) is not None and not gazetteer.is_place(part) \
        and institution_named([part]) is None and len(words) > 1 \
        and (words[-1].lower() in lex.words["media_name_endings"] or words[0].title() in lex.words["media_brand_prefixes"]
             or (words[0].title() in lex.words["media_region_prefixes"] and gazetteer.is_place(" ".join(words[1:]).title())))


def _one_word_outlet_name(part: str, lex: Lexicon) -> bool:
    """'MERAPINEWS –': one word in capitals that no gazetteer knows and that closes on an outlet's name ending of four
    letters or more ('NEWS', 'POST', 'TIMES', 'ONLINE') after a word of its own is the outlet, not a town."""
    word = part.lower()
    if re.fullmatch(r"[A-Z]{6,}", part) is None or institution_named([part]) is not None:
        return False
    return any(len(ending) >= 4 and word.endswith(ending) and len(word) - len(ending) >= 3
               for ending in lex.words["media_name_endings"]) or _brand_run_into_a_place(word, lex)


def _brand_run_into_a_place(word: str, lex: Lexicon) -> bool:
    """'RADARJEMBER', 'DAILYKOTA', 'SURAKARTAVOICE': an outlet's brand word (media_brand_prefixes,
    media_region_prefixes, media_name_endings) run into a place the gazetteer knows, or a place run into the word
    outlets' names end with, is a regional outlet's name, not a town."""
    w = lex.words
    brands = [b.lower() for b in w["media_brand_prefixes"] + w["media_region_prefixes"] + w["media_name_endings"]]
    endings = [e.lower() for e in w["media_name_endings"]]  # 'SURAKARTAVOICE', 'KALTIMPOS': the place first
    return any(len(b) >= 3 and word.startswith(b) and len(word) - len(b) >= 4
               and gazetteer.is_place(word[len(b):].title()) for b in brands) \
        or any(len(e) >= 3 and word.endswith(e) and len(word) - len(e) >= 4
               and gazetteer.is_place(word[:-len(e)].title()) for e in endings)


def _region_and_a_word(part: str, lex: Lexicon) -> bool:
    """'KALTIM JAYA –', 'SUMSEL RAYA –': a dateline of one part, a region the gazetteer knows and then one word
    that is no place (but as a common word: 'Raya'), no compass point and no level word, where the two together name
    no place (not even a district), is a regional outlet's name, not a town. The other way round it is a town the
    gazetteer may lack ('TANA X –', a regency's seat named after it)."""
    words = part.split()
    if len(words) != 2 or gazetteer.lookup(part, districts=True) or not all(w.isalpha() for w in words):
        return False
    levels = {w.lower() for w in lex.words["place_prefixes"]}
    compass = {w.lower() for w in lex.words["compass_words"]}
    region, other = words
    return gazetteer.is_place(region.title()) and other.lower() not in levels | compass \
        and all(p.common_word for p in gazetteer.lookup(other.title(), districts=True))


def _unknown_word_alone(part: str, story: str, lex: Lexicon) -> bool:
    """'Situsku – Kepala …': one capitalised word alone before the dash that no list of places knows, not even as a
    district's town (which is how a regency's seat is named), nor as a body's name, is the outlet's name. A town so
    written is a town the official list has: the press datelines a story from a regency's seat or a city. Not a word
    the story names as a place ('di X', 'ke X': a town abroad the list lacks)."""
    if re.fullmatch(r"[A-Z][a-z]{3,}", part) is None or gazetteer.lookup(part, districts=True) \
            or institution_named([part]) is not None or part.lower() in _body_words(lex):
        return False
    return re.search(rf"\b(?:di|ke|dari)\s+{re.escape(part)}\b", story) is None


def _camel_case_name(part: str) -> bool:
    """'KabarTimur –', 'iNewsKota –', 'XYZChannel –': one word with a capital inside it after a lower-case letter, or
    an acronym run into a capitalised word, which no town's name has, is an outlet's name run together."""
    return re.fullmatch(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Z]{2,}[A-Z][a-z][A-Za-z]*", part) is not None


def _abbreviated_outlet(candidates: list) -> list:
    """'Rantau, BP –': of two parts that neither the gazetteer nor the outlet list knows, a short capitalised
    abbreviation beside a longer name is the outlet's initials and the other part the town."""
    if len(candidates) != 2 or any(is_media for _, _, is_media in candidates):
        return candidates
    short = [re.fullmatch(r"[A-Z]{2,4}", part) is not None for _, part, _ in candidates]
    if sum(short) != 1 or any(gazetteer.is_place(part) for _, part, _ in candidates):
        return candidates
    return [(span, part, is_short) for (span, part, _), is_short in zip(candidates, short)]


def _without_site_names(head: str, lex: Lexicon) -> str:
    """A dateline's head without the outlet's web address ('kabarkota.co.id', 'beritasatu.com'; the domains of
    kg/data/indonesian.json media_suffixes): its lower-case words are a domain name, not the running text that says
    there is no dateline."""
    domains = alternation(lex.words["media_suffixes"])
    return re.sub(rf"(?i:\b[\w-]+(?:\.[\w-]+)*(?:{domains})\b(?:\.[a-z]{{2}})?)", "", head)


def _legislation_pattern(lex: Lexicon) -> tuple[re.Pattern, dict]:
    """The pattern of a law's citation and the legislation type of each form (lower case), made once per
    lexicon (`per_lexicon`) rather than sorted, escaped and looked up in the compiled patterns again for each article."""
    forms = sorted(((f, t) for t in lex.legislation_types for f in t.forms), key=lambda ft: (-len(ft[0]), ft[0]))
    # 'keputusan Menteri Agama Nomor …': a type's word may be written in lower case (not a short form: 'pp', 'se')
    variants = [v for f, _ in forms for v in ((f, f[0].lower() + f[1:]) if f[1:2].islower() else (f,))]
    alternation = "|".join(map(re.escape, variants))
    by_form = {f.lower(): t for f, t in forms}
    # "Nomor 5 Tahun 2020", "nomor 5 tahun 2020", "Nomor: 5 Tahun 2020", "No. 106/PMK.05/2020", "No.7/2019", "Nomor
    # 188.4/12 Tahun 2022" (a regional decree's filing code), "Nomor 17/ 2019", "5 Tahun 2020"
    # "Nomor 21 dan Nomor 22 Tahun 2016", "Nomor 3, 4 dan 5 Tahun 2020": numbers that share one year, one law each
    also = r"(?P<also>(?:\s*,\s*(?:[Nn]omor\s+)?\d+[A-Z]?)*,?\s+dan\s+(?:[Nn]omor\s+)?\d+[A-Z]?)?"
    number = (r"(?:(?:(?:[Nn]omor|No)\s*:?\s+|No\.\s*:?\s*)(?:(?P<num>\d+[A-Z]?|\d[\d.]*(?:/[\w.]+)+)"
              rf"{also}\s+[Tt]ahun\s+(?P<year>\d{{4}})"
              r"|(?P<code>[\w.-]+(?:/[\w.-]+)*)/\s?(?P<year3>\d{4}))|(?P<num2>\d+)/\s?(?P<year2>\d{4})"
              # 'PP 102 Tahun 2015': the number without the word for it
              r"|(?P<num4>\d{1,4}[A-Z]?)\s+[Tt]ahun\s+(?P<year4>\d{4}))")
    pattern = re.compile(
        # the issuer's words may be joined by 'dan' ('Peraturan Menteri Pemuda dan Olahraga Nomor 7 Tahun 2019'), not
        # to another law's type ('Peraturan Menteri Sosial dan Undang-Undang Nomor …' names the second law only)
        rf"\b(?<!Rancangan )(?<!RUU )(?P<type>{alternation})(?:\s+\((?P<abbr>[A-Z][\w-]*)\))?"  # a bill is no law yet
        rf"(?P<issuer>(?:\s+[A-Z][\w-]*(?:\s+dan\s+(?!(?:{alternation})\b)[A-Z][\w-]*)?){{0,4}}?)"
        rf"(?:\s+\((?P<abbr2>[A-Z][\w-]*)\))?\s+{number}"  # 'Keputusan Menteri Sosial (Kepmensos) Nomor …'
        rf"(?P<title>\s+tentang(?:\s+(?:[A-Z][\w-]*|dan|atas|di|dalam|untuk|bagi|pada|(?:\d+))){{1,20}})?")
    return pattern, by_form


def legislation(doc: Document, lex: Lexicon) -> list[SimpleMention]:
    """'Instruksi Presiden Nomor 2 Tahun 2021 (tentang …)', 'PP Nomor 6 Tahun 2025', 'UU 24/2011',
    'Peraturan Menteri Ketenagakerjaan (Permenaker) Nomor 15 Tahun 2021', 'PMK Nomor 16/PMK.010/2017'."""
    pattern, by_form = per_lexicon("legislation", lex, _legislation_pattern)
    found = []
    # a law's title may name another ("… tentang Perubahan atas Peraturan Pemerintah Nomor 36 Tahun 2021"):
    # read the text again from inside each title, so nested laws are found too
    starts = [0]
    seen = set()
    while starts:
        start = starts.pop()
        for m in pattern.finditer(doc.text, start):
            if m.start() in seen:
                break  # an earlier reading matched here, and read on from here just as this one would
            seen.add(m.start())
            if m.group("title"):
                starts.append(m.start("title"))
            found.append(m)
    found_matches, found = sorted(found, key=lambda m: m.start()), []
    for m in found_matches:
        title = m.group("title") or ""
        # a title ends before a lowercase word; "serta Inpres ..." starts the next law
        title = re.sub(r"\s+(?:dan|di|dalam|untuk|bagi|pada)$", "", title.rstrip())
        end = m.start("title") + len(title) if title else m.end() - len(m.group("title") or "")
        ltype = by_form[m.group("type").lower()]
        code = m.group("code")
        # 'UU Nomor 17/2019' is Nomor 17 Tahun 2019; 'PMK Nomor 16/PMK.010/2017' keeps its code whole
        number_text = m.group("num") or m.group("num2") or m.group("num4") or (
            code if code and code.isdigit() else f"{code}/{m.group('year3')}")
        year = m.group("year") or m.group("year2") or m.group("year3") or m.group("year4")
        core_end = m.start("title") if m.group("title") else m.end()
        core = doc.text[m.start():core_end].strip()
        abbreviation = m.group("abbr") or m.group("abbr2") or ""
        for number_text, core in _each_law_of_the_citation(m, number_text, core):
            name = re.sub(r"\s+\([^)]*\)", "", core) if abbreviation else core
            found.append(SimpleMention(Span(m.start(), end), name, "legislation", "law.type-number-year",
                                       {"type": ltype, "number": number_text, "year": year,
                                        "issuer": m.group("issuer").strip(), "abbreviation": abbreviation,
                                        "abbreviation_after_issuer": bool(m.group("abbr2")), "as_written": core,
                                        "title": title.strip()[len("tentang"):].strip() if title else ""}))
    return found


def _each_law_of_the_citation(m: re.Match, number: str, core: str) -> list[tuple[str, str]]:
    """'Keputusan Menteri Sosial Nomor 21 dan Nomor 22 Tahun 2016' cites two decrees of one year: each number with
    the name it would have if cited alone ('… Nomor 22 Tahun 2016'); any other citation is its one law as written."""
    if not m.group("also"):
        return [(number, core)]
    text = m.string
    before = text[m.start():m.start("num")]
    year_words = text[m.end("also"):m.end("year")]
    numbers = [number] + re.findall(r"\d+[A-Z]?", m.group("also"))
    return [(n, f"{before}{n}{year_words}") for n in numbers]


def places(doc: Document, lex: Lexicon, blocked: list[Span]) -> list[SimpleMention]:
    """Places the gazetteer knows, in capitalised words; 'Kota/Kabupaten/Kecamatan X' forms; districts
    where the text expects a place ('di Bawen', 'Praya, Lombok Tengah'); every town of a route."""
    toks = doc.tokens
    found: list[SimpleMention] = []
    blocked_text = ClaimedText(len(doc.text))
    for span in blocked:
        blocked_text.append(span)
    head = dateline(doc, lex)
    i = 0
    while i < len(toks):
        t = toks[i]
        if blocked_text.covers(t.begin):
            i += 1
            continue
        if not t.text[:1].isupper():
            mentions, n = _numbered_region(doc, lex, i) or _prefixed_place(doc, lex, i) \
                or _named_facility(doc, lex, i) or _place_after_se(doc, i) or ([], 1)
            found.extend(mentions)
            i += n
            continue
        route = _route_places(doc, lex, i)
        if route and head and route[0][0].span.begin < head.span.end <= route[0][-1].span.end:
            route = None  # "Jakarta - Sulawesi Tenggara mencatat …": the dateline's dash, not a route's
        mentions, n = (route or _numbered_region(doc, lex, i) or _prefixed_place(doc, lex, i)
                       or _named_facility(doc, lex, i)
                       or _known_place(doc, lex, i) or _district_in_context(doc, lex, i, found) or ([], 1))
        found.extend(mentions)
        i += n
    defined = _short_forms_of_other_names(doc)
    return _bare_districts_named_in_full_dropped([m for m in found if m.name not in defined])


def _short_forms_of_other_names(doc: Document) -> set[str]:
    """'Pekerja Penerima Upah (PPU)': a short form the article defines, in brackets after the words whose initials
    spell it, for something that is no place, names that thing wherever the article writes it, not the region the
    press also calls so (PPU, Penajam Paser Utara)."""
    out = set()
    for m in re.finditer(r"\(([A-Z]{2,6})\)", doc.text):
        short = m.group(1)
        words = [w for w in re.findall(r"[^\W\d_]+", doc.text[max(0, m.start() - 80):m.start()]) if w != "dan"]
        phrase = words[-len(short):]
        if len(phrase) == len(short) and "".join(w[0] for w in phrase).upper() == short \
                and not gazetteer.is_place(" ".join(phrase)):
            out.add(short)
    return out


def _bare_districts_named_in_full_dropped(found: list[SimpleMention]) -> list[SimpleMention]:
    """'Bawen' where the article also writes 'Kecamatan Bawen' is that district again: keeping both would
    make two places of one, since the full form keys the place."""
    full = {re.sub(r"^\S+\s+", "", m.name).casefold() for m in found
            if m.rule == "place.prefixed" and (m.attrs or {}).get("kind") == "district"}
    return [m for m in found if not (m.rule == "place.district" and m.name.casefold() in full)]


def _prefix_at(doc: Document, lex: Lexicon, i: int) -> tuple[str, int] | None:
    """The kind a place prefix at token i names and how many tokens it takes: 'Kota' (1), 'Kab' '.' (2),
    'se-Kabupaten' (1: 'the whole regency', the prefix after 'se-'; see `_after_se`)."""
    toks, prefixes = doc.tokens, lex.words["place_prefixes"]
    if toks[i].text in prefixes:
        return prefixes[toks[i].text], 1
    if _after_se(toks[i].text) and toks[i].text[3:] in prefixes:
        return prefixes[toks[i].text[3:]], 1
    dotted = toks[i].text + "."
    if dotted in prefixes and i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].begin == toks[i].end:
        return prefixes[dotted], 2
    return None


def _prefix_in_lower_case_at(doc: Document, lex: Lexicon, i: int) -> tuple[str, int] | None:
    """'di kota dumai', 'kabupaten kampar': a city's, a regency's or a district's prefix in lower case before a name
    also in lower case (`_a_place_written_in_lower_case` decides whether the name is the list's)."""
    toks = doc.tokens
    kind = per_lexicon("lower-case-prefixes", lex, _lower_case_prefixes).get(toks[i].text)
    if kind is None or i + 1 >= len(toks) or not toks[i + 1].text.islower():
        return None
    return kind, 1


def _lower_case_prefixes(lex: Lexicon) -> dict[str, str]:
    """The prefixes of cities, regencies and districts in lower case ('kota'), with the level each names."""
    return {prefix.lower(): kind for prefix, kind in lex.words["place_prefixes"].items()
            if kind in ("city", "regency", "district") and prefix[:1].isupper() and prefix.isalpha()}


def _after_se(word: str) -> bool:
    """'se-Kabupaten', 'se-Kota': the prefix 'se-' (the whole of) written onto a place's level word."""
    return word[:3].lower() == "se-" and word[3:4].isupper()


def _place_after_se(doc: Document, i: int) -> tuple[list[SimpleMention], int] | None:
    """'se-Nusa Tenggara Timur', 'se-Jatim': a place the gazetteer lists, written onto 'se-' (the whole of), is
    named there; the place's span leaves the prefix out."""
    toks = doc.tokens
    if not _after_se(toks[i].text):
        return None
    n, _ = gazetteer.longest_prefix([toks[i].text[3:]] + [x.text for x in toks[i + 1:i + 4]])
    if not n:
        return None
    span = Span(toks[i].begin + 3, toks[i + n - 1].end)
    return [SimpleMention(span, doc.slice(span), "place", "place.gazetteer")], n


def _prefixed_place(doc: Document, lex: Lexicon, i: int) -> tuple[list[SimpleMention], int] | None:
    """'Kota Semarang', 'Kab. Magelang', 'Kecamatan Bawen'; kecamatan and desa not in the gazetteer
    take the capitalised words after the prefix (up to three, up to the next level word)."""
    toks = doc.tokens
    prefix = _prefix_at(doc, lex, i) or _prefix_in_lower_case_at(doc, lex, i)
    if prefix is None:
        return None
    kind, width = prefix
    first = i + width
    if first >= len(toks) or (kind in ("district", "village") and _after_a_ministers_word(toks, i, lex)):
        return None  # 'Menteri Desa PDTT', 'Kementerian Desa …': the ministry's portfolio, no village
    words = [x.text for x in toks[first:first + 4]]
    n, hits = gazetteer.longest_prefix(words, districts=kind == "district")
    if not toks[first].text[:1].isupper() and not _a_place_written_in_lower_case(kind, n, hits):
        return None
    if kind in ("district", "village", "residency") and _prefix_at(doc, lex, first) \
            and toks[first].text not in lex.words["place_prefixes_in_names"]["words"] \
            and not any(h.kind == kind for h in hits):
        return None  # '… Pemerintahan Desa Kabupaten X': a level word right after it, no village's name (but
        # 'Kecamatan Kota Baru' is a district's)
    if kind in ("district", "village", "residency") and (not n or (kind == "village" and not any(
            h.kind == kind for h in hits))):  # 'Kelurahan Meranti Pandak': a village's name, not the district 'Meranti'
        n = _capitalised_run(toks, first)
        # (not inside a name the gazetteer has whole, 'Kelurahan Tanjung Sari' where 'Sari' alone is a regency's short form)
        known, _ = gazetteer.longest_prefix(words[:n], districts=True)
        n = next((k for k in range(max(1, known), n) if _ends_a_villages_name(lex, toks, first + k)), n)
        # 'Kelurahan Sukamaju Kecamatan Sukajaya': another level word opens the next place, of its own level
        n = next((k for k in range(1, n) if _prefix_at(doc, lex, first + k)), n)
    if not n:
        return None
    span = Span(toks[i].begin + (3 if _after_se(toks[i].text) else 0), toks[first + n - 1].end)
    named = [SimpleMention(span, doc.slice(span), "place", "place.prefixed", {"kind": kind})]
    listed, taken = _villages_listed_after(doc, lex, first + n, toks[i].text) if kind == "village" else \
        _regions_listed_after(doc, lex, first + n, toks[i].text, kind) if kind in ("regency", "city") else ([], 0)
    return named + listed, width + n + taken


def _after_a_ministers_word(toks, i: int, lex: Lexicon) -> bool:
    """Whether the word before token i opens a minister's title or a ministry's name (kg/data/indonesian.json
    ministers: 'Menteri', 'Kementerian'), after which a level word names the portfolio."""
    ministers = lex.words["ministers"]["titles"]
    return i > 0 and toks[i - 1].text in set(ministers) | set(ministers.values())


def _numbered_region(doc: Document, lex: Lexicon, i: int) -> tuple[list[SimpleMention], int] | None:
    """'wilayah IV Madiun', the region a supervisor or an office numbers and names after its seat: one place,
    keyed by the Roman numeral so that 'wilayah 4 Madiun' is the same; the seat alone is not read again."""
    toks = doc.tokens
    if toks[i].text.lower() not in lex.words["numbered_region_words"] or i + 2 >= len(toks):
        return None
    number = lex.words["roman_numerals"].get(toks[i + 1].text.lower())
    if number is None or not (toks[i + 1].text.isdigit() or toks[i + 1].text.isupper()):
        return None
    n, _ = gazetteer.longest_prefix([x.text for x in toks[i + 2:i + 6]])
    if not n or not toks[i + 2].text[:1].isupper():
        return None
    span = Span(toks[i].begin, toks[i + 1 + n].end)
    seat = doc.slice(Span(toks[i + 2].begin, span.end))
    name = f"{toks[i].text} {_ROMAN[number]} {seat}"
    return [SimpleMention(span, name, "place", "place.numbered-region", {"as_written": doc.slice(span)})], n + 2


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _named_facility(doc: Document, lex: Lexicon, i: int) -> tuple[list[SimpleMention], int] | None:
    """'Pelabuhan Tanjung Wangi', 'Bandara Internasional Raja Malik', 'Stasiun Kota Lama (12.500 penumpang)': a named
    port, airport, station or terminal (kg/data/indonesian.json facility_words), or a natural feature or sight ('Pantai
    X', 'Gunung Y': named_feature_words), is a place of its own. Its name ends where a place of the official list
    follows the first name word ('Pelabuhan Tanjung Wangi Banyuwangi': the port, then its regency, the port's name
    with it another of its names); a facility word inside the run opens the name ('Terminal Penumpang Pelabuhan X'
    is the port's terminal). A headline capitalises every word, so a name there is not read ('Penumpang di Bandara
    X Naik 20%')."""
    toks = doc.tokens
    facilities = lex.words["facility_words"]
    features = lex.words["named_feature_words"]["words"]
    # ('melalui pelabuhan Tanjung Priok', 'tujuan bandara X': a facility's word in lower case before its name, where
    # the text says something goes to or through it; not 'seluruh pelabuhan Kawasan X', every port of a region)
    written = toks[i].text.capitalize() if toks[i].text.islower() and i + 1 < len(toks) \
        and toks[i + 1].text[:1].isupper() and i > 0 and toks[i - 1].text.lower() in lex.words["destination_words"] \
        else toks[i].text
    if (written not in facilities and toks[i].text not in features) or toks[i].begin < doc.headline_end:
        return None
    c = _facility_class_length([t.text for t in toks[i + 1:i + 5]], lex)  # 'Terminal Tipe A X'
    named = _capitalised_run(toks, i + 1 + c, most=4)  # 'Bandara I Gusti Made Sura': named after a person of four words
    if c and not named:
        return None  # 'empat Terminal Tipe B milik dinas': a class of terminals, none named
    n = c + named
    clock = {w.lower() for w in lex.words["clock_time_words"]["before"]}
    n = next((k for k in range(n) if toks[i + 1 + k].text.lower() in clock), n)  # 'Stasiun X Pukul 19.40': a time
    if not n or (toks[i].text in features and gazetteer.longest_prefix([t.text for t in toks[i:i + 1 + n]])[0] > 1):
        return None  # 'Pulau Bali': a name the official list has whole is read as its place
    inner = next((k for k in range(i + 1, i + 1 + n) if toks[k].text in facilities), None)
    if inner is not None:
        return [], inner - i  # read again from the inner facility word
    first, _ = gazetteer.longest_prefix([t.text for t in toks[i + 1 + c:i + 1 + n]])
    end = i + 1 + c + max(first, 1)
    while end < i + 1 + n and not _place_closing_a_run(toks, end, i + 1 + n):
        end += 1  # 'Bandara Raja Malik Makassar': the name's own words, up to a place of the list (not 'Terminal Bus
        # Lebak Sari', where the name goes on after a word the list has)
    span = Span(toks[i].begin, toks[end - 1].end)
    found = [SimpleMention(span, doc.slice(span), "place", "place.facility")]
    while end < len(toks) and toks[end].text[:1].isupper():  # then where it is: 'Banyuwangi, Jawa Timur'
        n, _ = gazetteer.longest_prefix([t.text for t in toks[end:end + 4]])
        if not n:
            break
        where = Span(toks[end].begin, toks[end + n - 1].end)
        if len(found) == 1:  # 'Bandara X Surabaya': the facility is also called so, with its town
            found[0] = replace(found[0], attrs={"as_written": f"{found[0].name} {doc.slice(where)}"})
        found.append(SimpleMention(where, doc.slice(where), "place", "place.gazetteer"))
        end += n
    return found, end - i


def _place_closing_a_run(toks, start: int, end: int) -> bool:
    """A place of the official list starts at `start` and closes the facility's name: it ends the run of capitalised
    words at `end`, or another place or more than one word follows it there ('… Raja Malik Makassar', '… Tanjung
    Wangi Banyuwangi Jawa Timur', '… Tangerang M. Holik': where it is, then someone's name); not where one word of
    the name's own, the run's last, goes on after it ('Terminal Bus Lebak Sari')."""
    n = gazetteer.longest_prefix([t.text for t in toks[start:end]])[0]
    if not n or start + n == end:
        return bool(n)
    one_more_word = start + n + 1 == end and len(toks[start + n].text) > 2 and not (end < len(toks) and toks[end].text == ".")
    return not one_more_word or bool(gazetteer.longest_prefix([toks[start + n].text])[0])


def _facility_class_length(words: list[str], lex: Lexicon) -> int:
    """How many words after a facility's word are its class: an office's class ('Kelas II', `office_class_length`),
    a type (kg/data/indonesian.json facility_class_words: 'Tipe A'), or a capital letter alone before the name
    ('Terminal A X'); 0 where none."""
    if len(words) < 2:
        return 0
    if words[0] in lex.words["facility_class_words"]["words"] and re.fullmatch(r"[A-C]", words[1]):
        return 2
    lone_letter = re.fullmatch(r"[A-C]", words[0]) is not None and words[1][:1].isupper()
    return office_class_length(words, lex) or int(lone_letter)


def without_facility_class(name: str, lex: Lexicon) -> str:
    """'Terminal Tipe A X', 'Terminal A X' -> 'Terminal X', 'Bandara Internasional X' -> 'Bandara X': a facility's
    name without its class and the words the press may leave out (kg/data/indonesian.json facility_name_fillers),
    one place however an article writes it, keyed as the organisations' facilities are."""
    words = name.split()
    if len(words) < 3 or words[0] not in lex.words["facility_words"]:
        return name
    c = _facility_class_length(words[1:], lex)
    fillers = lex.words["facility_name_fillers"]
    return " ".join(words[:1] + [w for w in words[1 + c:] if w not in fillers])


def _a_place_written_in_lower_case(kind: str, n: int, hits: tuple[gazetteer.Place, ...]) -> bool:
    """'Kec. mampang Prapatan', 'di kota dumai', 'kabupaten kampar': after a district's, a city's or a regency's
    prefix the name the list knows at that level counts however it is cased, unless it is also ordinary words
    ('Kecamatan setempat', 'kota tua', 'kota baru' name none)."""
    return kind in ("district", "city", "regency") and n > 0 \
        and any(h.kind == kind and not h.common_word for h in hits)


def _starts_with_a_title(text: str, lex: Lexicon) -> bool:
    """'Camat Budi', 'Kepala Desa': words that name a person's office, not a village."""
    words = text.split()
    forms = {f for role in lex.roles for f in role.forms}
    return any(" ".join(words[:k]) in forms for k in range(1, len(words) + 1))


def _ends_a_villages_name(lex: Lexicon, toks, k: int) -> bool:
    """'Kampung X RT 05', 'Kampung X Cilacap': a neighbourhood's unit (place_prefixes_in_names stops) or a regency,
    city or province the gazetteer lists, at token k, comes after a village's name, not in it."""
    if toks[k].text in lex.words["place_prefixes_in_names"]["stops"]:
        return True
    n, hits = gazetteer.longest_prefix([t.text for t in toks[k:k + 4]])
    return bool(n) and any(h.kind in ("regency", "city", "province") for h in hits)


def _capitalised_run(toks, first: int, most: int = 3) -> int:
    """How many capitalised words (up to `most`) start at token `first`: the name after 'Desa', 'Stasiun'."""
    n = 0
    while first + n < len(toks) and toks[first + n].text[:1].isupper() and toks[first + n].is_word and n < most:
        n += 1
    return n


def _villages_listed_after(doc: Document, lex: Lexicon, j: int, level_word: str) -> tuple[list[SimpleMention], int]:
    """'Desa Sukamaju, Cibeber, Karanganyar dan Tegalsari': the names a list goes on with after one 'Desa X' are
    villages each, named in full with the list's level word ('Desa Cibeber'), so that a later 'Desa Cibeber' is
    the same place. The list counts only whole: every item one to three capitalised words, the last joined by
    'dan' or 'serta' and followed by the end of the clause, none a place of another level ('Kecamatan …', a
    regency) or a title ('Camat Budi dan Kapolsek')."""
    toks = doc.tokens
    items: list[Span] = []
    k = _past_an_items_figure(doc, lex, j)  # 'Kelurahan A 9 kasus, B 8 kasus, C dan D masing-masing 5 kasus'
    counted = k > j
    while k < len(toks) and toks[k].text in (",", "dan", "serta"):
        joined = toks[k].text != "," or (k + 1 < len(toks) and toks[k + 1].text in ("dan", "serta"))
        k += 2 if toks[k].text == "," and joined else 1
        n = _capitalised_run(toks, k) if k < len(toks) else 0
        item = Span(toks[k].begin, toks[k + n - 1].end) if n else None
        if item is None or _prefix_at(doc, lex, k) is not None or gazetteer.lookup(doc.slice(item)) \
                or _starts_with_a_title(doc.slice(item), lex):
            return [], 0
        items.append(item)
        k = _past_an_items_figure(doc, lex, k + n) if counted else k + n
        if joined:
            if k < len(toks) and toks[k].text not in (".", ",", ";", ")", ":") \
                    and not (counted and toks[k].text.lower() in lex.words["distributive_words"]):
                return [], 0
            return [SimpleMention(s, doc.slice(s), "place", "place.listed", {"kind": "village", "full": f"{level_word} {doc.slice(s)}"})
                    for s in items], k - j
    return [], 0


def _past_an_items_figure(doc: Document, lex: Lexicon, k: int) -> int:
    """After a list's item, its own figure and the word it counts ('9 kasus'): where they end; k where none follows."""
    toks = doc.tokens
    if k + 1 < len(toks) and toks[k].text[:1].isdigit() and toks[k + 1].text.isalpha() and toks[k + 1].text.islower():
        return k + 2
    return k


def _regions_listed_after(doc: Document, lex: Lexicon, j: int, level_word: str, kind: str) \
        -> tuple[list[SimpleMention], int]:
    """'Kabupaten Malang, Blitar, Kediri, dan Madiun': the names a list goes on with after one 'Kabupaten X' are of
    the list's level, so that 'Kediri', a city's name and a regency's, is the regency here; a name the official list
    lacks (a misspelling) is one of that level too, named in full ('Kabupaten …'). The list counts only whole: each
    item one or two capitalised words, a place of that level or none the gazetteer knows (most of them known), the
    last joined by 'dan' or 'serta'."""
    toks = doc.tokens
    items: list[tuple[Span, bool]] = []
    k = j
    while k < len(toks) and toks[k].text in (",", "dan", "serta"):
        joined = toks[k].text != "," or (k + 1 < len(toks) and toks[k + 1].text in ("dan", "serta"))
        k += 2 if toks[k].text == "," and joined else 1
        n = _capitalised_run(toks, k, most=2) if k < len(toks) else 0
        if joined and items and n and _prefix_at(doc, lex, k) is not None:
            # 'Kabupaten A, B, C, dan Kota D': the list of regencies ends where a place of its own level word joins it
            return _listed_of_kind(doc, items, level_word, kind, end=k - j - (2 if toks[k - 2].text == "," else 1))
        if not n or _prefix_at(doc, lex, k) is not None or _starts_with_a_title(toks[k].text, lex):
            return [], 0
        m, hits = gazetteer.longest_prefix([t.text for t in toks[k:k + n]])
        if m and not any(h.kind == kind for h in hits):
            return [], 0  # 'Kabupaten Bogor, Jakarta dan Depok': places of several levels, each read as itself
        n = m or n
        items.append((Span(toks[k].begin, toks[k + n - 1].end), bool(m)))
        k += n
        if joined:
            return _listed_of_kind(doc, items, level_word, kind, end=k - j)
    return [], 0


def _listed_of_kind(doc: Document, items: list[tuple[Span, bool]], level_word: str, kind: str, end: int) \
        -> tuple[list[SimpleMention], int]:
    """The items of a list of places of one level, each a place of that `kind` (named in full where the gazetteer
    lacks it), and how many tokens the list took; none where most items are unknown to the gazetteer."""
    if 2 * sum(known for _, known in items) < len(items):
        return [], 0
    return [SimpleMention(s, doc.slice(s), "place", "place.listed",
                          {"kind": kind} if known else {"kind": kind, "full": f"{level_word} {doc.slice(s)}"})
            for s, known in items], end


def _known_place(doc: Document, lex: Lexicon, i: int) -> tuple[list[SimpleMention], int] | None:
    """A gazetteer name that starts a run of capitalised words, or follows a prefix or a sentence start:
    'Semarang' but not the 'Semarang' inside 'Universitas Negeri Semarang'."""
    toks = doc.tokens
    words = [x.text for x in toks[i:i + 4]]
    n, hits = gazetteer.longest_prefix(words)
    if not n or _a_longer_district(words, n) or _foreign_name_running_on(toks, i, n, hits):
        return None
    prev = toks[i - 1] if i > 0 else None
    # 'Kaur-batas Lampung': the word just before is the last piece of a hyphenated token
    inside_name = (prev is not None and prev.text[:1].isupper() and prev.text.rpartition("-")[2][:1].isupper()
                   and prev.is_word and _prefix_at(doc, lex, i - 1) is None
                   and doc.sentence_at(toks[i].begin).begin != toks[i].begin and prev.text not in ("Di", "Ke", "Dari", "Se")
                   and not _a_connective_opening_the_sentence(doc, lex, prev, hits))
    if inside_name and prev.text in lex.words["country_nouns"]["words"] and any(h.kind == "country" for h in hits):
        inside_name = False  # 'Negara Malaysia': the word 'negara' before a country's name is no part of a name
    if inside_name or _a_word_opening_a_sentence(doc, lex, i, n, hits) or _a_term_written_in_capitals(doc, i, n, hits) \
            or _a_term_acronym(lex, toks, i, n) or _a_field_word_joined_by_dan(doc, toks, i, hits):
        return None
    if _greater_region_follows(doc, lex, i, n):
        span = Span(toks[i].begin, toks[i + n].end)
        return [SimpleMention(span, doc.slice(span), "place", "place.greater-region", {"kind": "region-group"})], n + 1
    span = Span(toks[i].begin, toks[i + n - 1].end)
    return [SimpleMention(span, doc.slice(span), "place", "place.gazetteer")], n


def _a_term_acronym(lex: Lexicon, toks, i: int, n: int) -> bool:
    """'iuran PPU naik': a place's short form that is also a term's acronym (kg/data/indonesian.json
    term_acronyms) is the term, unless a place preposition comes right before it ('di PPU')."""
    if n != 1 or toks[i].text not in lex.words["term_acronyms"]:
        return False
    return i == 0 or toks[i - 1].text.lower() not in lex.words["place_prepositions"]


def _a_connective_opening_the_sentence(doc: Document, lex: Lexicon, tok, hits) -> bool:
    """'Sementara Maluku Barat Daya …', '“Lalu Kepulauan Aru mencatat …': a word that opens the sentence (after any
    opening quotation mark) and joins it to the one before (not_names, list_continuers) is no part of the place name
    after it, though 'Lalu' also opens Sasak names. A place named like an ordinary word stays part of a term there
    ('“Sedangkan Puncak Kunjungan …'), unless the connective opens the very sentence, as it always could."""
    if not (tok.text in lex.words["not_names"] or tok.text.lower() in lex.words["list_continuers"]):
        return False
    if doc.sentence_at(tok.begin).begin == tok.begin and tok.text in lex.words["not_names"]:
        return True
    return doc.opens_its_sentence(tok.begin) and not all(h.common_word for h in hits)


def _a_word_opening_a_sentence(doc: Document, lex: Lexicon, i: int, n: int, hits) -> bool:
    """'Puncak arus mudik terjadi …', '“Puncak arus balik …': a regency, city or country named like an ordinary word,
    capitalised only as it opens a sentence (an opening quotation mark before it or not) and followed by a lower-case
    word that is no verb (the noun it starts a phrase with), is that word, unless the article names the place
    somewhere a capital means a name (mid-sentence, after 'Kabupaten').
    'Sorong mencatat …', 'Sorong juga …': a verb after it makes it the sentence's subject, the place."""
    toks = doc.tokens
    after = toks[i + n] if i + n < len(toks) else None
    if not hits or not all(h.common_word and h.kind in ("regency", "city", "country") for h in hits) \
            or not doc.opens_its_sentence(toks[i].begin) or after is None or not after.is_word \
            or not after.text[:1].islower() or _looks_like_a_verb(lex, after.text):
        return False
    name = doc.slice(Span(toks[i].begin, toks[i + n - 1].end))
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text, re.IGNORECASE):
        if m.start() != toks[i].begin and doc.text[m.start()].isupper() and not doc.opens_its_sentence(m.start()):
            return False
    return True


def _a_term_written_in_capitals(doc: Document, i: int, n: int, hits) -> bool:
    """'pada beban Puncak malam hari' where the article also writes 'Beban Puncak': a regency or city named like an
    ordinary word, after a lower-case word that the article elsewhere writes capitalised before the same name
    mid-sentence, is the last word of that term (a capitalised phrase), not the place."""
    toks = doc.tokens
    prev = toks[i - 1] if i > 0 else None
    if not hits or not all(h.common_word and h.kind in ("regency", "city") for h in hits) or prev is None \
            or not prev.is_word or not prev.text[:1].islower():
        return False
    name = doc.slice(Span(toks[i].begin, toks[i + n - 1].end))
    term = re.compile(rf"(?<!\w){re.escape(prev.text.capitalize())}\s+{re.escape(name)}(?!\w)")
    return any(doc.sentence_at(m.start()).begin != m.start() for m in term.finditer(doc.text))


def _a_field_word_joined_by_dan(doc: Document, toks, i: int, hits) -> bool:
    """'Direktorat Jenderal Mineral dan Batubara': a regency or city named like an ordinary word, after 'dan' and a
    capitalised word that names no place, is the second word of a field a body or title is named with (coal, after
    minerals), not the place; 'Kabupaten Pati dan Batang' names the second place after the first."""
    if i < 2 or toks[i - 1].text != "dan" or not hits \
            or not all(h.common_word and h.kind in ("regency", "city") for h in hits):
        return False
    before = toks[i - 2]
    if not (before.is_word and before.text[:1].isupper()) or doc.sentence_at(before.begin).begin == before.begin:
        return False
    return not any(gazetteer.lookup(" ".join(t.text for t in toks[k:i - 1]))  # ('Intan Jaya dan Puncak')
                   for k in range(max(0, i - 5), i - 1))


def _looks_like_a_verb(lex: Lexicon, word: str) -> bool:
    """A word that opens a predicate: an active or passive verb (kg/data/indonesian.json verb_prefixes: 'mencatat',
    'berada', 'diguyur') or an auxiliary of verb_auxiliaries ('juga', 'akan'); a 'ter-' word may be a superlative
    ('tertinggi')."""
    return (len(word) > 4 and word.startswith(tuple(lex.words["verb_prefixes"]))) \
        or word in lex.words["verb_auxiliaries"] or word in lex.words["verb_adverbs"]


def _foreign_name_running_on(toks, i: int, n: int, hits) -> bool:
    """'Aden Suryana', 'Kobe Santoso': a city abroad is also a given name somewhere; one that runs on into another
    capitalised word is a person's name, not the city."""
    after = toks[i + n] if i + n < len(toks) else None
    return bool(hits) and all(h.kind == "foreign-city" for h in hits) and after is not None and after.is_word \
        and after.text[:1].isupper()


def _greater_region_follows(doc: Document, lex: Lexicon, i: int, n: int) -> bool:
    """'Malang Raya', 'Luwu Raya': a regency, city or town with 'Raya' after it is the conventional group of the
    regions around it, a place of its own, not the regency; after a street word ('Jl. Bogor Raya') it is a road.
    A province ('Jakarta Raya', its old name) is left alone."""
    toks = doc.tokens
    if i + n >= len(toks) or toks[i + n].text not in lex.words["greater_region_words"] \
            or (i + n + 1 < len(toks) and toks[i + n + 1].text[:1].isupper() and toks[i + n + 1].is_word):
        return False
    kinds = {h.kind for h in gazetteer.lookup(" ".join(t.text for t in toks[i:i + n]))}
    if not kinds or not kinds <= {"regency", "city", "town"}:
        return False
    before = [t.text.rstrip(".") for t in toks[max(0, i - 2):i] if t.text != "."]
    return not (before and before[-1] in lex.words["street_words"])


def _a_longer_district(words: list[str], n: int) -> bool:
    """'Baturaja Timur' is a district, not the town Baturaja and a compass word: where a district's name runs on
    from a shorter place's, the district reading (taken only in context) decides."""
    longer, hits = gazetteer.longest_prefix(words, districts=True)
    return longer > n and all(h.kind == "district" for h in hits)


def _district_in_context(doc: Document, lex: Lexicon, i: int, found: list[SimpleMention]) -> tuple[list[SimpleMention], int] | None:
    """A bare kecamatan name where the text expects a place: after 'di', 'ke', 'kawasan' …, joined by 'dan'
    to a place just found, or followed by its own regency or province ('Praya, Lombok Tengah'). A name that
    is also ordinary words ('Bintang') or that runs on into more capitalised words is not taken."""
    toks = doc.tokens
    n, hits = gazetteer.longest_prefix([x.text for x in toks[i:i + 4]], districts=True)
    districts = [h for h in hits if h.kind == "district"]
    if not n or len(districts) != len(hits):
        return None
    after = i + n
    followed = _followed_by_container(doc, after, districts)
    if after < len(toks) and toks[after].text[:1].isupper() and toks[after].is_word and not followed:
        return None
    contained = followed or _listed_after_a_sibling(doc, lex, i, found, districts) \
        or _figure_of_a_named_regencys_district(doc, lex, after, found, districts) \
        or _first_listed_after_its_level(doc, lex, i, found, districts) \
        or _example_of_a_named_regencys_district(doc, lex, i, found, districts)
    if not contained and (any(h.common_word for h in districts) or not _expects_place(doc, lex, i, found)):
        return None
    span = Span(toks[i].begin, toks[after - 1].end)
    return [SimpleMention(span, doc.slice(span), "place", "place.district", {"kind": "district"})], n


def _first_listed_after_its_level(doc: Document, lex: Lexicon, i: int, found: list[SimpleMention],
                                  districts: list[gazetteer.Place]) -> bool:
    """'Tiga kecamatan itu adalah, Sukamaju, Cibeber dan Tegalsari': a district of a regency or city the article named
    before, opening a list that an enumeration cue ('yaitu', 'adalah'; enumeration_cues, list_openers) introduces a
    few words after the lower-case word for the districts' level (place_prefixes), is the list's first district; the
    others follow as its siblings."""
    toks = doc.tokens
    sent_begin = doc.sentence_at(toks[i].begin).begin
    k = i - 1
    if k >= 0 and toks[k].text in (",", ":"):
        k -= 1
    cues = set(lex.words["enumeration_cues"]) | set(lex.words["list_openers"])
    if k < 0 or toks[k].text.lower() not in cues or toks[k].begin < sent_begin:
        return False
    levels = {w.lower() for w, kind in lex.words["place_prefixes"].items() if kind == "district" and w.isalpha()}
    # the level's common noun, not a name 'Kecamatan X': no capitalised word right after it
    if not any(toks[j].text.lower() in levels and toks[j].begin >= sent_begin and not toks[j + 1].text[:1].isupper()
               for j in range(max(0, k - 4), k)):
        return False
    return _of_a_regency_named(found, districts)


def _example_of_a_named_regencys_district(doc: Document, lex: Lexicon, i: int, found: list[SimpleMention],
                                          districts: list[gazetteer.Place]) -> bool:
    """'… di perbatasan kota, seperti Sukamaju, Cibeber, dan Tegalsari': a district of a regency or city the article
    named before, by a name that is no common word, right after a word that opens examples (kg/data/indonesian.json
    example_openers) opens a list of districts; the others follow as its siblings. (A list a word such as 'yaitu'
    opens is read by `_first_listed_after_its_level`, where the districts' level is said before it.)"""
    toks = doc.tokens
    if i == 0 or toks[i - 1].text.lower() not in lex.words["example_openers"]["words"] \
            or any(d.common_word for d in districts):
        return False
    return _of_a_regency_named(found, districts)


def _figure_of_a_named_regencys_district(doc: Document, lex: Lexicon, after: int, found: list[SimpleMention],
                                         districts: list[gazetteer.Place]) -> bool:
    """'…, diantaranya Ulu Atas, 31 peristiwa, …', 'Disusul Sukamaju sebanyak 456 ekor': a district of a regency or
    city the article named before, with a figure right after it (a comma or a word that gives a figure between:
    kg/data/indonesian.json place_figure_links), is that district's figure."""
    toks = doc.tokens
    k = after + 1 if after < len(toks) and toks[after].text == "," else after
    if k < len(toks) and toks[k].text.lower() in lex.words["place_figure_links"]:
        k += 1
    if k >= len(toks) or not toks[k].text[:1].isdigit():
        return False
    return _of_a_regency_named(found, districts)


def _of_a_regency_named(found: list[SimpleMention], districts: list[gazetteer.Place]) -> bool:
    """Whether one of the districts lies in a regency or city among the places found so far, by its official code."""
    regencies = _regencies_named(found)
    return any(d.code and d.code.rsplit(".", 1)[0] in regencies for d in districts)


def _regencies_named(found: list[SimpleMention]) -> set[str]:
    """The official codes of the regencies and cities among the places found so far."""
    return {h.code for m in found for h in gazetteer.lookup(m.name) if h.kind in ("regency", "city") and h.code}


def _expects_place(doc: Document, lex: Lexicon, i: int, found: list[SimpleMention]) -> bool:
    """After a place cue ('di Bawen'), or joined by 'dan' or a comma to a place just found or to one
    capitalised word after a cue ('di Cikarang dan Cibitung')."""
    toks = doc.tokens
    if i == 0:
        return False
    cues = lex.words["place_cues"]
    if toks[i - 1].text in cues:
        return True
    if toks[i - 1].text not in ("dan", ",") or i < 2:
        return False
    left = toks[i - 2]
    return (bool(found) and found[-1].span.end == left.end) or (
        i >= 3 and left.text[:1].isupper() and left.is_word and toks[i - 3].text in cues)


def _listed_after_a_sibling(doc: Document, lex: Lexicon, i: int, found: list[SimpleMention],
                            districts: list[gazetteer.Place]) -> bool:
    """'Kecamatan Getasan, Tengaran, Suruh dan Jambu': a list that goes on from a district just found
    names districts of the same regency, even those named like ordinary words; so does a list whose items
    each carry a figure ('Kecamatan Getasan 63 kasus, Tengaran sebanyak 59 kasus, dan Suruh 56 kasus')."""
    toks = doc.tokens
    separator = i - 1
    if separator > 1 and toks[separator].text.lower() in lex.words["list_continuers"] \
            and toks[separator - 1].text == ",":
        separator -= 1  # '…, kemudian Palu Barat 30.150 pemilih': the comma, then a word that goes on down a ranking
    if i < 2 or toks[separator].text not in ("dan", ",") or not found \
            or not _list_gap(toks, found[-1].span.end, separator,
                             lex.words["place_figure_links"] + lex.words["enumeration_cues"],
                             frozenset(lex.words["number_words"])):
        return False
    previous = found[-1]
    if previous.attrs.get("kind") != "district":
        return False
    _, before = gazetteer.longest_prefix(previous.name.split(), districts=True)
    regencies = {p.code.rsplit(".", 1)[0] for p in before if p.kind == "district" and p.code.count(".") == 2}
    if not regencies:  # a district the list does not know (or misspelt): those of a regency or city named before
        regencies = _regencies_named(found)
    return any(d.code.rsplit(".", 1)[0] in regencies for d in districts if d.code)


FIGURE_GAP_TOKENS = 8  # '430,5 ton dari target 6.100 ton': an item's figure, and the one it is set against


def _list_gap(toks, previous_end: int, separator: int, links: list[str], number_words=frozenset()) -> bool:
    """Whether the tokens between a list item that ends at `previous_end` and the separator at index
    `separator` are nothing, a comma before 'dan', or the item's figures: a number (in digits or a number
    word, an amount in rupiah), after one of the `links` ('sebanyak') or none, then only lower-case words,
    numbers and '%' ('63 kasus', '4.210 ton dari target 40.000 ton'), at most FIGURE_GAP_TOKENS of them; in
    brackets or not, and a link may follow the item's own verb ('… dipatok sebesar Rp2 miliar')."""
    k = separator
    if toks[k].text == "dan" and k > 0 and toks[k - 1].text == ",":
        k -= 1
    gap = [t for t in toks if previous_end <= t.begin and t.end <= toks[k].begin]
    if not gap:
        return True
    if len(gap) > 2 and gap[0].text == "(" and gap[-1].text == ")":
        gap = gap[1:-1]  # 'Cibeber (Rp1,2 miliar), Sukamaju (…)': the item's figure in brackets
    linked = next((n for n, t in enumerate(gap[:3]) if t.text in links), None)
    if linked is not None and all(t.is_word and t.text.islower() for t in gap[:linked]):
        gap = gap[linked + 1:]  # '… dipatok sebesar Rp2 miliar': the item's verb, then the link
    if gap and gap[0].text in ("Rp", "Rp."):
        gap = gap[1:]
    numeral = re.compile(r"(?:Rp\.?)?\d[\d.,]*")
    return bool(gap) and (bool(numeral.fullmatch(gap[0].text)) or gap[0].text in number_words) \
        and len(gap) <= FIGURE_GAP_TOKENS \
        and all((t.is_word and t.text.islower()) or numeral.fullmatch(t.text) or t.text == "%" for t in gap[1:])


def _followed_by_container(doc: Document, j: int, districts: list[gazetteer.Place]) -> bool:
    """'Bawen, Kabupaten Semarang', 'Bawen Semarang', 'Bawen (Kabupaten Semarang)': the words after the district (and a
    comma or a bracket, if any; or after the districts listed with it before a bracket) name a place that holds it."""
    toks = doc.tokens
    j = _past_districts_listed_before_brackets(toks, j)
    if j < len(toks) and toks[j].text in (",", "("):
        j += 1
    if j >= len(toks):
        return False
    words = [x.text for x in toks[j:j + 5] if x.text != "."]
    _, containers = gazetteer.longest_prefix(words)
    return any(gazetteer.lies_in(d, c) for d in districts for c in containers)


def _past_districts_listed_before_brackets(toks, j: int) -> int:
    """'Seririt, Tejakula, dan Busungbiu (Kabupaten Buleleng)': past the districts listed after the first (commas,
    'dan', 'serta'), where the list ends at a bracket that may name the regency holding them all; else j."""
    k = j
    while k + 1 < len(toks) and toks[k].text in (",", "dan", "serta"):
        k += 2 if toks[k].text == "," and toks[k + 1].text in ("dan", "serta") else 1
        n, hits = gazetteer.longest_prefix([x.text for x in toks[k:k + 4]], districts=True)
        if not n or any(h.kind != "district" for h in hits):
            return j
        k += n
    return k if k > j and k < len(toks) and toks[k].text == "(" else j


def _route_places(doc: Document, lex: Lexicon, i: int) -> tuple[list[SimpleMention], int] | None:
    """'Gilimanuk-Denpasar-Padangbai', 'jalur Denpasar – Gilimanuk': each town of a route is a place. A
    route counts when one of its towns is known and either all are or a route word ('rute', 'jalur') comes
    just before; a name that is itself hyphenated ('Toli-Toli', 'Tojo Una-Una') is not a route."""
    toks = doc.tokens
    parts, n = _route_parts(doc, i)
    if len(parts) < 2 or gazetteer.is_place(doc.slice(Span(parts[0].begin, parts[-1].end))):
        return None
    names = [doc.slice(p) for p in parts]
    if len({name.casefold() for name in names}) < len(names):
        return None
    known = [bool(gazetteer.lookup(name, districts=True)) for name in names]
    cue = any(t.text.lower() in lex.words["route_cues"] for t in toks[max(0, i - 2):i])
    if not any(known) or not (all(known) or cue):
        return None
    return [SimpleMention(p, name, "place", "place.route") for p, name in zip(parts, names)], n


def _route_parts(doc: Document, i: int) -> tuple[list[Span], int]:
    """The towns of a route starting at token i, and how many tokens it takes. A town is a place the gazetteer
    names in one or more words ('Bengkulu Utara', 'Kota Bengkulu') or a single capitalised word; the dashes
    between towns may be typed with or without spaces ('Kepahiang-Rejang Lebong - Sumsel')."""
    toks, text = doc.tokens, doc.text
    parts, pos = [], toks[i].begin
    while True:
        run = _ROUTE_WORDS.match(text, pos)
        if run is None:
            break
        words = run.group().split(" ")
        known, _ = gazetteer.longest_prefix(words, districts=True)  # 'Kota Metro' with its level word too
        taken = known or (1 if _ROUTE_TOWN.fullmatch(words[0]) else 0)
        if not taken:
            break
        end = pos + len(" ".join(words[:taken]))
        parts.append(Span(pos, end))
        dash = _ROUTE_DASH.match(text, end)
        if taken < len(words) or not dash:
            break
        pos = dash.end()
    if not parts:
        return [], 0
    n = next((k for k in range(i, len(toks)) if toks[k].begin >= parts[-1].end), len(toks)) - i
    return parts, max(n, 1)


_ROUTE_WORDS = re.compile(r"[A-Z][\w']*(?: [A-Z][\w']*){0,4}")
_ROUTE_TOWN = re.compile(r"[A-Z][a-z]+")
_ROUTE_DASH = re.compile(r" ?[-–—] ?(?=[A-Z])")


def programs(doc: Document, lex: Lexicon, blocked: list[Span]) -> list[SimpleMention]:
    """Programs and benefits: lexicon names ('Jaminan Hari Tua', 'beasiswa pendidikan'), 'Program X',
    and capitalised names that start with a program word ('Jaminan …', 'Tabungan …') before '(ACRONYM)'."""
    found: list[SimpleMention] = []
    claimed = ClaimedText(len(doc.text))  # blocked text, then the programmes found
    for b in blocked:
        claimed.append(b)
    for span, name, rule, attrs in _program_candidates(doc, lex):
        if not claimed.overlaps(span):
            found.append(SimpleMention(span, name, "program", rule, dict(attrs)))
            claimed.append(span)
    return sorted(found, key=lambda f: f.span.begin)


_LAST_PROGRAM_CANDIDATES: list[tuple] = [(None, None, [])]  # (text, lexicon, candidates), replaced whole


def _program_candidates(doc: Document, lex: Lexicon) -> list[tuple[Span, str, str, dict]]:
    """Every programme name the text may hold, in the order `programs` weighs them; found once per text, as
    both the places step (to leave programme names out) and the programmes step ask."""
    text, of_lex, found = _LAST_PROGRAM_CANDIDATES[0]
    if text is doc.text and of_lex is lex:
        return found
    found = list(_lexicon_programs(doc, lex)) + list(_named_programs(doc.text, lex)) \
        + list(_programs_named_as_such(doc, lex)) + list(_numbered_payments(doc.text, lex)) \
        + list(_protection_of_groups(doc.text, lex)) + list(_document_services(doc.text, lex)) \
        + list(_services_and_benefits(doc.text, lex)) + list(_programmes_named_by_their_work(doc.text, lex))
    _LAST_PROGRAM_CANDIDATES[0] = (doc.text, lex, found)
    return found


def _lexicon_programs(doc: Document, lex: Lexicon):
    """Aid named by its goods and the lexicon's names, the longest first where two start together: 'bantuan sosial
    beras' over 'bantuan sosial', 'bantuan pangan nontunai' over 'bantuan pangan'."""
    return sorted(_lexicon_program_matches(doc, lex), key=lambda c: (c[0].begin, -c[0].end))


def _lexicon_program_matches(doc: Document, lex: Lexicon):
    holds = LiteralFilter(doc.text)
    aid_goods, forms = _lexicon_program_patterns(lex)
    # "bantuan beras", "bantuan sosial sembako": aid named by the goods it gives is a programme of its own
    for m in holds.finditer(aid_goods, "bantuan", ignore_case=True):
        yield Span(m.start(), m.end()), f"bantuan {m.group('goods')}", "program.aid-goods", {"written": m.group()}
    for concept, form, ignore_case, pattern in forms:
        if not holds.may_hold(form, ignore_case=ignore_case):
            continue
        for m in holds.finditer(pattern, form, ignore_case):
            if form[:1].islower() and m.group()[:1].isupper() and m.start() > 0 and doc.text[m.start() - 1] != "\n" \
                    and doc.sentence_at(m.start()).begin != m.start():
                continue  # "Jaminan Sosial Ketenagakerjaan" inside a longer proper name
            yield Span(m.start(), m.end()), m.group(), "program.lexicon", {"concept": concept}
            if form.isupper():
                yield from _scheme_of_programme(doc.text, m.start(), m.end(), lex)


def _lexicon_program_patterns(lex: Lexicon) -> tuple[re.Pattern, list[tuple]]:
    """The pattern of aid named by its goods, and each programme form of the lexicon with whether it is matched
    without case and its pattern: made once per lexicon, not once per article and form."""
    return per_lexicon("program-forms", lex, _make_lexicon_program_patterns)


def _make_lexicon_program_patterns(lex: Lexicon) -> tuple[re.Pattern, list[tuple]]:
    goods = "|".join(re.escape(g) for g in lex.words["aid_goods"])
    # ('bantuan pangan beras': the kind of aid, then its goods; 'bantuan sembako nonberas': but those goods)
    aid_goods = re.compile(rf"\b[Bb]antuan(?:\s+sosial)?\s+(?P<goods>(?:{goods})(?:\s+(?:{goods}))?"
                           rf"(?:\s+non-?\s?(?:{goods}))?)(?![\w-])")
    forms = []
    for concept in lex.programs:
        for form in (*concept.forms, *_with_a_short_form_in_brackets(concept.forms, lex)):
            flags = re.IGNORECASE if form[:1].islower() or _written_in_lower_case_too(form, lex) else 0
            forms.append((concept, form, bool(flags), re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", flags)))
    return aid_goods, forms


def _written_in_lower_case_too(form: str, lex: Lexicon) -> bool:
    """'bantuan sosial tunai', 'program indonesia pintar': a capitalised programme name of several words that
    opens with a word of aid, a scheme or a card (kg/data/indonesian.json programme_names_written_lower) is the
    programme in lower case too; others are ordinary words then ('lebih banyak manfaat layanan tambahan')."""
    first, _, rest = form.partition(" ")
    return bool(rest) and not form.isupper() and first in lex.words["programme_names_written_lower"]


def _with_a_short_form_in_brackets(forms: tuple[str, ...], lex: Lexicon) -> list[str]:
    """'Bantuan Langsung Tunai (BLT) BBM' for 'Bantuan Langsung Tunai BBM': a programme named by another's name and
    more words is written with that other's short form in brackets after its name, as the press writes it."""
    shorts = {c.label_id: f for c in lex.programs for f in c.forms if f.isupper() and " " not in f}
    return [f"{name} ({shorts[name]}) {form[len(name) + 1:]}" for form in forms for name in shorts
            if form.startswith(name + " ")]


def _scheme_of_programme(text: str, begin: int, end: int, lex: Lexicon):
    """'KUR Mikro', 'KUR Super Mikro': a programme's short form and a size word (kg/data/indonesian.json
    programme_scheme_words) name one scheme of it, a programme of its own."""
    m = re.compile(rf"\s+(?:{alternation(lex.words['programme_scheme_words'])})(?![\w-])").match(text, end)
    if m:
        yield Span(begin, m.end()), text[begin:m.end()], "program.scheme", {}


def _named_programs(text: str, lex: Lexicon):
    identity_documents = {d.lower() for d in lex.words["identity_documents"]}
    kinds_of_bodies = {n.lower() for n in lex.words["kinds_of_bodies"]["names"]}
    not_names, head_words = set(lex.words["not_names"]), set(lex.words["program_head_words"])
    heads = "|".join(re.escape(h) for h in lex.words["program_head_words"])
    cap = r"[A-Z][\w-]*"
    # the acronym may be two words ("(GN Lingkaran)"), the name up to seven after its head word
    acronym = r"[A-Z][\w-]{1,10}(?:\s[A-Z][\w-]{1,10})?"
    # (a number may be a word of the name, not its last: 'Gerakan 1 Keluarga 1 Kader (G1K1K)')
    pattern = re.compile(rf"(?:(?P<prog>[Pp]rogram)\s+)?(?P<name>(?:{cap}\s+){{0,4}}?(?:{heads})(?:\s+(?:{cap}|\d+)){{0,6}}\s+{cap})"
                         rf"\s*\((?P<acr>{acronym})\)")
    for m in pattern.finditer(text):
        name = m.group("name")
        words = name.split()
        span = Span(m.start("name") if not (m.group("prog") and words[0] != "Program") else m.start(), m.end("name"))
        opener = re.match(r"(\w+)\s+", text[span.begin:span.end])
        while opener and opener.group(1) in not_names - head_words \
                and re.match(rf"(?:{heads})\b|{cap}", text[span.begin + opener.end():]):
            span = Span(span.begin + opener.end(), span.end)  # 'Untuk Program X (PX)': a sentence's first word
            opener = re.match(r"(\w+)\s+", text[span.begin:span.end])
        name = text[span.begin:span.end]
        if name.lower() in identity_documents:
            continue  # "Kartu Tanda Penduduk (KTP)": a card every resident holds, not a benefit anyone gives
        if any(name.lower() == k or name.lower().startswith(k + " ") for k in kinds_of_bodies):
            continue  # "Badan Layanan Umum Daerah (BLUD)": a kind of body (a hospital's status), no programme
        acr = m.group("acr")
        tail = re.compile(r" ([A-Z][a-z]+)\b").match(text, m.end())
        if tail and re.search(rf"(?<![\w-]){re.escape(acr)} {tail.group(1)}\b", text):
            # 'Kartu X (KX) Kuliah', then 'KX Kuliah': the name goes on after its acronym, a scheme of its own
            span = Span(span.begin, tail.end())
            yield span, text[span.begin:span.end], "program.name-with-acronym", {"acronym": f"{acr} {tail.group(1)}"}
            continue
        yield span, text[span.begin:span.end], "program.name-with-acronym", {"acronym": acr}
    yield from _acronym_before_its_name(text, heads)
    yield from _listed_name_after_program(text)
    yield from _name_coordinated_after_program(text)
    for m in re.finditer(rf"\b[Pp]rogram\s+(?P<name>{cap}(?:\s+{cap}){{0,5}})", text):
        span = Span(m.start("name"), m.end("name"))
        if m.group("name").split()[0] in ("Jaminan", "Tabungan") or len(m.group("name").split()) >= 2:
            yield span, m.group("name"), "program.after-program-word", {}
        elif m.group()[0] == "P" and re.search(r"[a-z,]\s$", text[max(0, m.start() - 2):m.start()]) \
                and m.group("name") not in {*lex.words["not_names"], *lex.words["generic_program_words"]}:
            # "… dan Program Sembako tahap IV": a capitalised "Program" inside a sentence is part of the name,
            # unless the word is generic ("Program Kerja", "Program Studi")
            yield Span(m.start(), m.end("name")), m.group(), "program.after-program-word", {}
    yield from _lowercase_name_before_its_acronym(text, lex)
    # "program orang tua asuh, yang …": a programme named in lower case, introduced by "program" and then
    # described by a relative clause
    for m in re.finditer(r"\b[Pp]rogram\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+yang\b", text):
        words = m.group("name").split()
        if not {words[0], words[-1]} & {*lex.words["function_words"], *lex.words["reference_demonstratives"]}:
            yield Span(m.start("name"), m.end("name")), m.group("name"), "program.named-lowercase", {}


def _acronym_before_its_name(text: str, heads: str):
    """'berkat GERTAK (Gerakan Tertib Pajak)', 'lewat LATAS (Layanan Tepat Sasaran)': a short form in capitals with
    its name in brackets after it, a name that opens with a programme's head word (kg/data/indonesian.json
    program_head_words) and that the short form abbreviates, is that programme, named as the text names it, the short
    form as its other name."""
    for m in re.finditer(rf"\b(?P<acr>[A-Z]{{3,10}})\s*\((?P<name>(?:{heads})(?:\s+[A-Z][\w-]*){{1,6}})\)", text):
        if abbreviates(m.group("acr"), m.group("name")) or stands_for(m.group("acr"), m.group("name")):
            yield Span(m.start("name"), m.end("name")), m.group("name"), "program.acronym-then-name", \
                {"acronym": m.group("acr")}


def _lowercase_name_before_its_acronym(text: str, lex: Lexicon):
    """'bantuan operasional sekolah (BOS)', 'jaminan kesehatan nasional (JKN)': a name in lower case that opens with a
    programme's head word, defined by the capitals after it, which are its words' initials in order."""
    heads = alternation(h.lower() for h in lex.words["program_head_words"])
    name = rf"(?P<name>(?:{heads})(?:\s+[a-z][a-z-]*){{1,4}})"
    documents = {d.lower() for d in lex.words["identity_documents"]}
    for m in re.finditer(rf"(?<![\w-]){name}\s*\((?P<acr>[A-Z]{{2,6}})\)", text):
        if m.group("name") in documents:
            continue  # 'per kartu keluarga (KK)': an identity document, no programme ('_document_services')
        if abbreviates(m.group("acr"), m.group("name")):
            yield Span(m.start("name"), m.end("name")), m.group("name"), "program.lowercase-with-acronym", \
                {"acronym": m.group("acr")}


def _listed_name_after_program(text: str):
    """'program Petakan, Sisir, Advokasi, dan Registrasi (Pesiar)', 'program Pesta Rupiah Idulfitri dan Mudik Aman
    (PRIMA)', '… Mudik Aman atau Prima': a name that lists steps or joins two phrases with 'dan', held together by
    the acronym after it (in brackets or after 'atau'), which abbreviates every listed word."""
    cap = r"[A-Z][\w-]*"
    item = rf"{cap}(?:\s+{cap}){{0,3}}"
    acronym = r"(?:\s*\((?P<acr>[A-Z][\w-]{2,10})\)|\s+atau\s+(?P<short>[A-Z][\w-]{2,10})\b)"
    for m in re.finditer(rf"\b[Pp]rogram\s+(?P<name>{item}(?:,\s+{item})*,?\s+dan\s+{item}){acronym}", text):
        acr = m.group("acr") or m.group("short")
        if abbreviates(acr, re.sub(r",", "", m.group("name"))):
            yield Span(m.start("name"), m.end("name")), m.group("name"), "program.listed-name", {"acronym": acr}


def _name_coordinated_after_program(text: str):
    """'program bantuan bibit dan Gerakan Tanam Serentak (GTS)': the word 'program' governs both names it
    joins, so the capitalised one is a programme too, when the acronym after it abbreviates it."""
    cap = r"[A-Z][\w-]*"
    for m in re.finditer(rf"\b[Pp]rogram\s+(?:[a-z][\w-]*\s+){{1,4}}?(?:dan|serta)\s+"
                         rf"(?P<name>{cap}(?:\s+(?:dan\s+)?{cap}){{1,6}})\s*\((?P<acr>[A-Z][\w-]{{1,10}})\)", text):
        if stands_for(m.group("acr"), m.group("name")):
            yield Span(m.start("name"), m.end("name")), m.group("name"), "program.coordinated-name", {"acronym": m.group("acr")}


def _programs_named_as_such(doc: Document, lex: Lexicon):
    """A capitalised name the text itself calls a programme: 'Program berikutnya adalah Sapa Warga Kota
    (SAWAKO)', '… yakni Mapan yaitu program yang …'. The name is not one the text starts a sentence with
    ('Ini adalah program …')."""
    w = lex.words
    naming, order = alternation(w["program_naming_words"]), alternation(w["program_order_words"])
    name = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}"
    text = doc.text
    for m in re.finditer(rf"\b[Pp]rogram(?:\s+(?:{order}))?\s+(?:{naming})\s+(?P<name>{name})(?:\s*\((?P<acr>[A-Z][\w-]{{1,10}})\))?", text):
        attrs = {"acronym": m.group("acr")} if m.group("acr") else {}
        yield Span(m.start("name"), m.end("name")), m.group("name"), "program.named-as-programme", attrs
    stop = {x.lower() for x in [*w["function_words"], *w["reference_demonstratives"], *w["pronouns_person"]]}
    for m in re.finditer(rf"(?P<name>{name})\s+(?:{naming})\s+(?:sebuah\s+|suatu\s+)?program\b", text):
        if m.group("name").split()[0].lower() in stop or doc.sentence_at(m.start()).begin == m.start():
            continue
        yield Span(m.start("name"), m.end("name")), m.group("name"), "program.named-as-programme", {}


def _numbered_payments(text: str, lex: Lexicon):
    """The thirteenth salary or pension ('gaji ke-13', 'gaji pensiun-13', 'Pensiun 13'): every form with the
    same number is one payment. A number that measures ('gaji 13 persen', 'pensiun 13 juta', 'pensiun 13 tahun
    lalu') or dates ('pensiun 13 Agustus') is none; 'Gaji Pensiun 13 tahun 2019' is the payment of a year."""
    w = lex.words
    words, numbers = alternation(w["numbered_payment_words"]), alternation(w["numbered_payment_numbers"])
    measures = alternation([*w["percent_words"], *w["scale_words"], *w["months"]])
    durations = alternation(w["duration_units"])
    ordinal = rf"(?:\s*-\s*|\s+(?i:ke)\s*-?\s*)(?P<ordinal>{numbers})(?![\w,.]?\d)"  # "-13", " ke-13": no doubt
    bare = rf"\s+(?P<bare>{numbers})(?![\w,.]?\d)(?!\s*(?i:{measures})(?!\w))(?!\s*(?i:{durations})(?!\w)(?!\s+\d{{4}}\b))"
    for m in re.finditer(rf"(?<![\w-])(?i:{words})(?:{ordinal}|{bare})", text):
        number = m.group("ordinal") or m.group("bare")
        yield Span(m.start(), m.end()), m.group(), "program.numbered-payment", {"group": f"numbered-payment-{number}"}


def _protection_of_groups(text: str, lex: Lexicon):
    """'perlindungan pekerja rentan': the protection of a group the text names as what an institution gives;
    the programmes step keeps it only where a provider is named before it in the sentence."""
    groups = alternation(lex.words["protected_groups"])
    for m in re.finditer(rf"(?<![\w-])perlindungan\s+(?:{groups})(?![\w-])", text):
        yield Span(m.start(), m.end()), m.group(), "program.protection-of-group", {"needs_provider_before": True}


def _document_services(text: str, lex: Lexicon):
    """'layanan pencetakan KTP elektronik', 'pelayanan pembuatan akta kelahiran', 'perekaman KTP-el': the public
    service that makes or records an identity document is a programme the registry office runs; the document alone
    is none."""
    documents = alternation(lex.words["identity_documents"])
    acts = alternation(lex.words["document_service_nouns"])
    bare = alternation(lex.words["document_services_named_bare"]["acts"])
    # 'perekaman KTP-el' names the recording drive without 'layanan'
    service = rf"(?:(?:[Pp]e)?[Ll]ayanan\s+(?:{acts})|(?:{bare}))"
    for m in re.finditer(rf"(?<![\w-]){service}\s+(?:data\s+)?(?:{documents})(?![\w-])", text, re.IGNORECASE):
        yield Span(m.start(), m.end()), m.group(), "program.document-service", {}


def _services_and_benefits(text: str, lex: Lexicon):
    """'kas keliling', 'pelayanan penukaran uang pecahan', 'subsidi BBM', 'insentif kepada 300 marbot': a public
    service or benefit written in lower case without 'program' (kg/data/indonesian.json service_benefits). The
    forms of one service are one programme ('penukaran uang baru' is also 'penukaran uang'); a head that needs its
    follower makes one programme per follower. A recipient named apart from its head ('insentif kepada … marbot')
    gives the name 'insentif marbot', and the head as the text writes it."""
    holds = LiteralFilter(text)
    for head, spec, pattern in per_lexicon("service-benefits", lex, _service_patterns):
        if not holds.may_hold(head, ignore_case=True):
            continue  # every match holds the head: most articles name none of them
        for m in pattern.finditer(text):
            then = m.groupdict().get("then")
            group = f"service-{head}" if spec["alone"] else f"service-{head}-{then.lower()}"
            if then and m.group("gap"):
                name, written = f"{m.group('head')} {then}", m.group("head")
            else:
                name = m.group()
                written = text[m.start("head"):m.end()] if m.group("prefix") else name
            yield Span(m.start(), m.end()), name, "program.service-or-benefit", {"group": group, "written": written}


def _service_patterns(lex: Lexicon) -> list[tuple[str, dict, re.Pattern]]:
    """Each service or benefit head with its entry and its pattern (see `_services_and_benefits`), made once per lexicon."""
    w = lex.words
    prefixes, links = alternation(w["service_prefixes"]), alternation(w["recipient_links"])
    out = []
    for head, spec in w["service_benefits"].items():
        if head.startswith("_"):
            continue
        gap = rf"(?:\s+(?:{links}))?(?:\s+\d[\d.,]*)?" if spec.get("recipients") else ""
        follow = rf"(?P<gap>{gap})\s+(?P<then>(?i:{alternation(spec['then'])}))" if spec["then"] else None
        if follow is None and not spec["alone"]:
            continue
        tail = "" if follow is None else (rf"(?:{follow})?" if spec["alone"] else follow)
        # as written, or in title case ('Operasi Pasar Murah'), never in other mixes of case
        written = rf"(?i:{re.escape(head[0])}){re.escape(head[1:])}|{re.escape(head.title())}"
        pattern = rf"(?<![\w-])(?:(?P<prefix>(?i:{prefixes}))\s+)?(?P<head>{written}){tail}(?![\w-])"
        out.append((head, spec, re.compile(pattern)))
    return out


def _programmes_named_by_their_work(text: str, lex: Lexicon):
    """'program pembebasan denda pajak kendaraan bermotor hingga …', 'program penurunan stunting di …': 'program'
    and a lower-case noun of doing (pe-…-an) with what it acts on name a programme. The name stops at a function
    word, an adverb or the clause's next verb, and has two words at least ('program pembinaan' says too little)."""
    w = lex.words
    # ('program pengurangan retribusi akhir 2024': the words of a period end it too)
    stops = {*w["function_words"], *w["programme_phrase_enders"], *w["reference_demonstratives"],
             *(c for c in w["period_end_cues"] + w["month_cues"] if " " not in c)}
    verb = re.compile(r"me(?:ng|ny|m|n|r|l)[a-z]{3,}|di[a-z]{3,}kan")
    for m in re.finditer(r"\b[Pp]rogram\s+(?P<name>pe[a-z]{3,}an(?:\s+[a-z][a-z-]*){1,5})", text):
        words = m.group("name").split()
        if words[0] in w["institution_nouns"]:
            continue  # 'program perusahaan daerah', 'program pemerintahan desa': a body's programme, not a name
        end = next((k for k in range(1, len(words)) if words[k] in stops or verb.fullmatch(words[k])), len(words))
        if end < 2:
            continue
        name = " ".join(words[:end])
        span = Span(m.start("name"), m.start("name") + len(name))
        if text[span.begin:span.end] == name:  # one space between the words, as the name is written
            yield span, name, "program.named-by-its-work", {"written": text[m.start():span.end]}


@dataclass(frozen=True)
class QuoteSpan:
    span: Span  # with the marks
    inner: Span  # the quoted words


#: '“… sudah siap,’’ ujarnya': two single marks typed for a closing double one
DOUBLED_SINGLE_MARKS = ("’’", "''")
#: '‘’Kemudian dana …,” ujarnya': two single marks typed for an opening double one
DOUBLED_OPENING_MARKS = ("‘‘", "‘’", *DOUBLED_SINGLE_MARKS)
SINGLE_MARKS = frozenset("".join(DOUBLED_OPENING_MARKS))
CLOSING_AFTER = ",.!?"  # a quotation closes after its own punctuation: '… ini,” kata …', '… ini, " ujar …'


def quotations(doc: Document, lex: Lexicon | None = None) -> list[QuoteSpan]:
    """Quotations between double marks, curly or straight, in any mix: the press types an opening straight
    mark and a closing curly one, a closing mark turned the wrong way ('… ini, “Jelas …'), a space before
    the closing mark, or one single closing mark before a speech verb. A quotation may go on over paragraphs:
    the journalistic convention opens each paragraph with a mark and closes only the last, so a paragraph that
    leaves its quotation open joins the quotation that the next paragraph opens; an open quotation that no
    paragraph continues is dropped, unless its mark opened its paragraph (`_left_open`). Given the lexicon, a
    paragraph that opens with no mark but closes the quotation before a speech verb ('… 0,2 persen," jelas Nama')
    continues it too."""
    out: list[QuoteSpan] = []
    open_at: int | None = None  # the opening mark, or the second of two single ones typed for it
    marks_begin = 0  # where the opening marks begin
    spaced = False  # opened by a mark set apart by a space: closed in its own paragraph or not a quotation
    attributed = per_lexicon("closing-before-speech-verb", lex, _closing_before_speech_verb) if lex else None
    single_close = per_lexicon("single-closing-before-speech-verb", lex, _single_closing_before_speech_verb) \
        if lex else None
    opened_paragraph = False  # the open quotation's opening mark begins a paragraph
    previous_end = 0  # where the paragraph before ends
    for para in doc.paragraphs:
        if open_at is not None and (spaced or not doc.text.startswith(tuple(QUOTE_MARKS), para.begin)) \
                and not (attributed and not spaced and _closed_in_unopened_paragraph(doc, para, attributed)):
            out += _left_open(doc, open_at, marks_begin, previous_end) if opened_paragraph and not spaced else []
            open_at = None
        previous_end = para.end
        for k in range(para.begin, para.end):
            if open_at is not None and doc.text[k:k + 2] in DOUBLED_SINGLE_MARKS and k > open_at + 3 \
                    and _closes(doc.text, k, para.end):
                inner = open_at + 1 + (doc.text[open_at + 1] == " ")
                out.append(QuoteSpan(Span(marks_begin, k + 2), Span(inner, k)))
                open_at = None
                continue
            if open_at is not None and single_close and k > open_at + 3 and single_close.match(doc.text, k - 1):
                inner = open_at + 1 + (doc.text[open_at + 1] == " ")  # '“… lebih,’ kata Budi': one single mark
                out.append(QuoteSpan(Span(marks_begin, k + 1), Span(inner, k)))  # typed for the closing double one
                open_at = None
                continue
            if open_at is None and doc.text[k] in SINGLE_MARKS and doc.text[k:k + 2] in DOUBLED_OPENING_MARKS \
                    and _opens(doc.text, k, para.begin) and doc.text[k + 2:k + 3].isalnum():
                open_at, marks_begin, spaced = k + 1, k, False
                continue
            if doc.text[k] not in QUOTE_MARKS:
                continue
            if open_at is None:
                if _opens(doc.text, k, para.begin):
                    open_at, marks_begin, spaced = k, k, _opens_apart(doc.text, k, para.begin)
                    opened_paragraph = k == para.begin
            elif k == para.begin:
                continue  # the mark that carries the quotation into this paragraph
            elif spaced and doc.text[k - 1].isspace() and doc.text[k + 1:k + 2].isalnum():
                open_at, marks_begin, spaced = k, k, False  # '” Ia menambahkan, "Stok …': the stray mark opened
                # nothing, this one does
            elif _closes(doc.text, k, para.end):
                if k - open_at > 3:
                    inner = open_at + 1 + (doc.text[open_at + 1] == " ")  # '” Pada …': the words, not the space
                    out.append(QuoteSpan(Span(marks_begin, k + 1), Span(inner, k)))
                open_at = None
    if open_at is not None and opened_paragraph and not spaced:
        out += _left_open(doc, open_at, marks_begin, previous_end)
    return out


def _left_open(doc: Document, open_at: int, marks_begin: int, end: int) -> list[QuoteSpan]:
    """'⏎“Namun, untuk klaim JKK terbilang besar yakni 527 kasus⏎Ia menerangkan …': a paragraph that opens with a mark
    the writer never closed, and that the next paragraph does not carry on, is quoted whole."""
    text = doc.text
    while end > open_at and text[end - 1].isspace():
        end -= 1
    inner = open_at + 1 + (text[open_at + 1:open_at + 2] == " ")
    return [QuoteSpan(Span(marks_begin, end), Span(inner, end))] if end - inner > 3 else []


def _closing_before_speech_verb(lex: Lexicon) -> re.Pattern:
    """A closing mark, then a speech verb that attributes the quotation it closes (kg/data/indonesian.json)."""
    return re.compile(rf"[,.!?]?\s?[\"”]\s*(?:{alternation(lex.words['speech_verbs_after'])})\b", re.IGNORECASE)


def _single_closing_before_speech_verb(lex: Lexicon) -> re.Pattern:
    """'… 40 persen lebih,’ kata Budi': the quotation's own punctuation, one single closing mark typed for a double
    one, then a speech verb that attributes it (kg/data/indonesian.json speech_verbs_after); matched from the
    punctuation."""
    return re.compile(rf"[,.!?][’'][ \t]*(?:{alternation(lex.words['speech_verbs_after'])})\b", re.IGNORECASE)


def _closed_in_unopened_paragraph(doc: Document, para, attributed: re.Pattern) -> bool:
    """'… naik 2 persen.⏎Adapun yang turun hanya subsektor X," jelas Nama': a paragraph with no mark before the one
    that closes the open quotation, a speech verb right after it."""
    m = attributed.search(doc.text, para.begin, para.end)
    return m is not None and not any(c in QUOTE_MARKS for c in doc.text[para.begin:m.start()])


def _opens(text: str, k: int, para_begin: int) -> bool:
    """An opening mark stands at the paragraph's start or after a space, bracket or sentence end, and
    touches the word it opens."""
    before = text[k - 1] if k > para_begin else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return _opens_apart(text, k, para_begin) or (before.isspace() or before in "([.,:") and not after.isspace()


def _opens_apart(text: str, k: int, para_begin: int) -> bool:
    """'” Pada operasi …': a paragraph, or a sentence inside one ('… Kabupaten B. ” Kabupaten B masih …'), opened by
    a mark set apart by a space, as some sites type it; such a quotation closes in its own paragraph or is none."""
    starts = k == para_begin or (k >= para_begin + 2 and text[k - 2:k] in (". ", "! ", "? "))
    return starts and text[k + 1:k + 2] == " " and text[k + 2:k + 3].isupper()


def _closes(text: str, k: int, para_end: int) -> bool:
    """Inside a quotation a mark closes it when it follows a word or the quotation's own punctuation
    (with or without a space) or stands before a space, punctuation or the paragraph's end."""
    before = text[k - 1]
    after = text[k + 1] if k + 1 < para_end else " "
    return not before.isspace() or text[k - 2:k - 1] in tuple(CLOSING_AFTER) or not (after.isalnum())


def quotation_text(raw: str) -> str:
    """The quoted words without marks: inner paragraph breaks and their opening marks become one space."""
    return re.sub(r"\s*\n\s*[“\"]?", " ", raw).strip().rstrip(",")


def quotation_first_line(doc: Document, inner: Span) -> Span:
    """The quoted words up to the first paragraph break: a fact's span is one stretch of the text as written."""
    first = doc.slice(inner).split("\n")[0].rstrip()
    return Span(inner.begin, inner.begin + len(first))
