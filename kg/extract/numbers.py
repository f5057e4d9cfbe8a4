"""Indonesian numbers: "12,4 juta", "Rp31 triliun", "Rp 3 triliun", "2.406.117", "7,25 persen", "dua juta".

Dots group thousands and commas mark decimals. Dates, document numbers, years, ages and durations
are not quantities; the rules that say so read their cue words from kg/data/indonesian.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from kg.document import ClaimedText, Document, Span, an_item_number_in_a_list
from kg.extract.dates import finditer_ignoring_case, lowered_alike
from kg.lexicon import alternation, load


@dataclass(frozen=True)
class Quantity:
    span: Span
    value: Decimal
    unit: str  # "IDR" (or another ISO 4217 code), "percent" or "count"
    rule: str


@lru_cache(maxsize=1)
def _measure_range() -> re.Pattern[str]:
    """'4 meter-5 meter', '10 knot–30 knot': a range whose two bounds each carry the measure (kg/data/indonesian.json
    unit_nouns), where '4-5 meter' writes it once."""
    measures = _alternation(k for k in load().words["unit_nouns"] if not k.startswith("_"))
    digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
    return re.compile(rf"(?<![\w/.,\-])(?P<num>{digits})\s?(?P<measure>{measures})\s?[-–]\s?(?P<upper>{digits})\s?"
                      rf"(?P=measure)(?!\w)")


def _bounds_each_with_its_measure(text: str, found: list[Quantity], claimed: ClaimedText) -> None:
    """The lower bound of '4 meter-5 meter' was read as a figure of its own and the upper one, after a dash, not at
    all: the two become the range's bounds, as '4-5 meter' gives them."""
    pattern = _measure_range()
    for at, q in reversed(list(enumerate(found))):  # from the end, so an insertion leaves the earlier indexes be
        m = pattern.match(text, q.span.begin) if q.rule == "number.digits" else None
        upper = Span(m.start("upper"), m.end("upper")) if m else None
        if m is None or claimed.overlaps(upper):
            continue
        found[at] = replace(found[at], rule="number.range-lower")
        read = next((k for k, other in enumerate(found) if other.span.begin == upper.begin), None)
        if read is not None:  # after a long dash the upper bound was read as a figure of its own
            found[read] = replace(found[read], rule="number.range-upper")
        else:
            found.insert(at + 1, Quantity(upper, parse_number(m.group("upper")), "count", "number.range-upper"))


def parse_number(digits: str) -> Decimal:
    """'2.406.117' -> 2406117, '12,4' -> 12.4, '25,004' -> 25.004 (a single comma is the decimal mark; two or more
    group thousands, '1,250,000' -> 1250000); '8.75' ->
    8.75, since a dot that groups thousands is followed by three digits (the numbers reader admits that form only
    before 'persen' or a scale word)."""
    if re.fullmatch(r"\d+\.\d{1,2}", digits):
        return Decimal(digits)
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", digits):
        return Decimal(digits.replace(",", ""))  # '1,250,000': English grouping, which no decimal has twice
    return Decimal(re.sub(r"\s", "", digits).replace(".", "").replace(",", "."))


_alternation = alternation


class _Patterns(NamedTuple):
    """The compiled patterns `find_quantities` reads figures and their non-figure contexts with."""
    numeric: re.Pattern
    worded: re.Pattern
    prefixed: re.Pattern
    after_date: re.Pattern
    durations: re.Pattern
    before: re.Pattern
    labelled: re.Pattern
    ranked_among: re.Pattern
    ranking: re.Pattern
    hijri: re.Pattern
    hijri_date: re.Pattern
    named: re.Pattern
    contact: re.Pattern
    spelled_before: re.Pattern
    rate: re.Pattern
    denomination: re.Pattern
    star_class: re.Pattern
    event_scale: re.Pattern
    event_unit: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = load().words
    currency = _alternation(w["currency_markers"])
    # "Rp5 Miliar" is written as often as "Rp5 miliar"; a single capital ("M", "T") is a scale only as written
    scales = (f"(?i:{_alternation(s for s in w['scale_words'] if len(s) > 1)})|"
              f"{_alternation(s for s in w['scale_words'] if len(s) == 1)}")
    number_words = _alternation(w["number_words"])
    # "8.75 persen", "Rp1.5 triliun": a dot before one or two digits is a decimal point as English writes it, read
    # only before a percent or a scale word (a time, 'pukul 10.30', and a version, 'Industri 4.0', have neither)
    dotted = rf"\d{{1,3}}\.\d{{1,2}}(?=(?:\s?[-–]\s?\d{{1,3}}\.\d{{1,2}})?\s?(?:(?i:persen)|%|{scales})(?!\w))"
    # "naik 12, 48 persen", "215, 36 juta": a space typed after the decimal comma, read only before a percent or a
    # scale word and never inside a list ("10, 15, 20 persen")
    spaced = rf"(?<!\d,\s)\d{{1,3}},\s\d{{1,2}}(?=\s?(?:(?i:persen)|%|{scales})(?!\w))"
    # "Rp 1,250,000": commas grouping thousands, as English writes them (two groups or more: one comma is a decimal)
    english = r"\d{1,3}(?:,\d{3}){2,}(?!\d|[.,]\d)"
    digits = rf"\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|{english}|{dotted}|{spaced}|\d+(?:,\d+)?"
    # "Rp58.000/kg": a slash after a figure opens a date or a number's code ("23/7", "70/PMK"), but a price's measure
    # or what an amount is per ("Rp150.000/hari")
    per = _alternation(w["market_price_measures"] + w["slash_rate_nouns"]["words"])  # '… /hari', '… /kapita/bulan'
    ends = rf"(?!\w|/(?!(?:{per})\b)|[.,]\d)"
    # "300-an ribu": a suffix that makes a figure a round one ("some 300 thousand")
    approx = _alternation(w["approximate_number_suffixes"])
    scale_approx = _alternation(w["approximate_scale_suffixes"]["suffixes"])  # 'Rp 127 miliaran': some 127 billion
    range_joiners = _alternation(w["number_range_joiners"])
    # '(12-13/6/2024)': the first day of a range of days that a date's month follows is no figure, nor the day of a
    # date written with dashes, '(28-11-2019)'
    not_a_date = r"(?![-–]\d{1,2}(?:/\d|[-–](?:19|20)\d\d(?!\d)))"
    # "deflasi -0,3 %": a minus sign written before a rate is its direction, which the words beside it say too; a
    # dash after a word or a number ('H-7', 'COVID-19', '2020-2024') is none
    numeric = re.compile(
        rf"(?:(?<![\w/.,\-])|(?<=[\s(]-)(?=[\d,]+\s?(?:(?i:persen)|%)))"
        rf"(?:(?P<cur>{currency})\s?)?(?P<num>{digits}){ends}{not_a_date}(?:(?:{approx})(?!\w))?"
        # a range "5,0-5,4 persen", "2 hingga 3 ribu": two figures, its bounds (joined by a word only where the scale or
        # percent after the second says what the first is too)
        rf"(?:(?:\s?[-–]\s?|\s+(?:{range_joiners})\s+(?=[\d.,]+\s?(?:(?i:persen)|%|(?:{scales})(?!\w))))"
        rf"(?P<upper>{digits}){ends})?"
        rf"(?:\s?(?P<scale>{scales})(?:(?<=[a-z])(?:{scale_approx}))?(?!\w))?(?:\s?(?P<pct>(?i:persen)(?!\w)|%))?")
    # "dua juta", "Rp tiga miliar", and "sembilan persen": a number word before a scale word, or before 'persen'
    worded = re.compile(
        rf"(?<!\w)(?:(?P<cur>{currency})\s?)?(?P<word>{number_words})\s+"
        rf"(?:(?P<scale>{scales})(?!\w)(?:\s?(?P<pct>persen))?|(?P<bare_pct>persen)(?!\w))",
        re.IGNORECASE)
    # 'dua puluh lima persen', 'dua juta lima ratus', 'lima hingga enam persen': what a number word that ends a longer
    # number or a range follows
    spelled_before = re.compile(rf"\b(?:{_alternation([*w['number_words'], *w['scale_words'], *w['number_word_multipliers'], *w['date_range_joiners']])})"
                                rf"\s*-?\s*$", re.IGNORECASE)
    prefixed = re.compile(rf"(?<!\w)(?P<word>{_alternation(w['scale_prefixed'])})(?!\w)", re.IGNORECASE)
    months = _alternation(w["months"])
    # "1 Ramadan 1445 H" is a date as "1 Maret" is, where the number can be a day ("3.000 Ramadan Kit" is not)
    hijri_date = re.compile(rf"\s(?:{_alternation(w['hijri_months'])})\b", re.IGNORECASE)
    # "14 hingga 17 Agustus": the first day of a range of dates is a date as the second is
    after_date = re.compile(rf"(?:\s*(?:{_alternation(w['date_range_joiners'])})\s*\d{{1,2}})?\s(?:{months})\b",
                            re.IGNORECASE)
    durations = re.compile(rf"\s(?:{_alternation(w['duration_units'])})\b", re.IGNORECASE)
    # ('kloter 12, 13 dan 14', 'tahap 1, 2 dan 3': every number of a list after the word is what the first is)
    joined = _alternation(w["coordinators"])
    listed = rf"(?:\d{{1,3}}(?:\s*,\s*(?:(?:{joined})\s+)?|\s+(?:{joined})\s+))*"
    # ('kloter (kelompok terbang) 23': the word's expansion in brackets may come between it and its number)
    gloss = r"(?:\([^()\d]{2,40}\)\s*)?"
    before = re.compile(rf"\b(?:{_alternation(w['non_metric_before'])})\s*{gloss}{listed}$", re.IGNORECASE)
    # "hotel bintang 5", "bintang 3, 4 dan 5": a hotel's class after a word of star_rating_words (one digit, see
    # `_a_star_class`)
    star_class = re.compile(rf"\b(?:{_alternation(w['star_rating_words']['words'])})\s*{listed}$", re.IGNORECASE)
    # "Daop 3", "Regional 2": the number of a numbered unit type's office names it, as a label noun's does
    unit_forms = [f for u in load().unit_types if u.numbered for f in u.forms]
    # ('hari ke 2', 'pekan ke-3': an ordinal after a word of time or sequence says which one; 'Pekan Raya Jakarta
    # (PRJ) ke 38', 'HUT Kota X ke-79': after an event's name, which edition)
    labelled = re.compile(rf"(?:\b(?:(?:{_alternation(w['label_nouns'])}|(?-i:{_alternation(unit_forms)}))(?:\s+ke)?|"
                          rf"\b(?:{_alternation(w['ordinal_nouns']['words'])})\s+ke)|(?-i:\b[A-Z][\w.]*|\))\s+ke)"
                          rf"[\s-]*{listed}$", re.IGNORECASE)
    # "peringkat ke 4 dari 34 provinsi": how many a position is counted among
    ranked_among = re.compile(rf"\b(?:{_alternation(w['label_nouns'])})(?:\s+ke)?[\s-]*\d+\s+dari\s+$", re.IGNORECASE)
    # "10 besar penyakit": the size of a ranking ("the top ten"), not a count of anything
    ranking = re.compile(rf"\s+(?:{_alternation(w['rank_words_after'])})\b", re.IGNORECASE)
    # "Idul Fitri 1444 Hijriah", "1 Muharram 1446 H": a year of the Islamic calendar; one letter counts only as written
    hijri = re.compile(rf"\s*(?:(?i:{_alternation(m for m in w['hijri_year_markers'] if len(m) > 2)})|"
                       rf"{_alternation(m for m in w['hijri_year_markers'] if len(m) <= 2)})(?![\w-])")
    # "Covid 19": the number of a name written apart from it
    # "Boeing 737-900ER": a model a maker names by its number (kg/data/indonesian.json model_makers)
    named = re.compile(rf"\b(?:(?:{_alternation(w['names_with_numbers'])})|"
                       rf"(?-i:{_alternation(w['model_makers']['words'])})\s+[\dA-Z-]+)$", re.IGNORECASE)
    # "menelpon 1500123", "Call Center": a number to call (kg/data/indonesian.json contact_number_cues)
    contact = re.compile(rf"\b(?:{_alternation(w['contact_number_cues']['words'])})\b", re.IGNORECASE)
    # "dengan kurs 16.000", "(Kurs Rp15.000)": a rate that converts another figure
    rate = re.compile(rf"\b(?:{_alternation(w['exchange_rate_words']['words'])})\s*$", re.IGNORECASE)
    # "uang denominasi Rp 20 ribu, Rp 10 ribu": a face value, as is each amount listed after it
    # 'pecahan Rp50.000', and with what kind of money between: 'pecahan koin baru Rp200', 'pecahan besar Rp100.000'
    kinds = _alternation(w["denomination_words"]["between"])
    face_words = _alternation(w["denomination_words"]["words"])
    denomination = re.compile(rf"\b(?:{face_words})(?P<kind>(?:\s+(?:{kinds})){{0,5}})\s*$", re.IGNORECASE)
    # "magnitudo 3,2 hingga 4 skala richter": the strength of an earthquake, a reading of an event, no figure of a body
    event = w["event_scale_words"]
    event_scale = re.compile(rf"\b(?:{_alternation(event['before'])})\b[^.,;:]{{0,25}}$", re.IGNORECASE)
    # "70 kilometer barat laut Kabupaten X": a distance to a compass point says where an event was
    located = rf"(?:{_alternation(event['distance_units'])})\s+(?:{_alternation(w['compass_words'])})"
    event_unit = re.compile(rf"(?:\s*(?:{_alternation(w['date_range_joiners'])})\s*[\d.,]+)?\s*"
                            rf"(?:{_alternation(event['after'])}|{located})\b", re.IGNORECASE)
    return _Patterns(numeric, worded, prefixed, after_date, durations, before, labelled, ranked_among, ranking, hijri,
                     hijri_date, named, contact, spelled_before, rate, denomination, star_class, event_scale, event_unit)


# a coordinate's degrees, minutes and seconds ('5° 12' 30" S', '131°4'9"E', '7,25° LS'), not a temperature ('35 °C')
_COORDINATE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s?°(?!\s?[CF]\b)"
                         r"(?:\s?\d{1,2}(?:[.,]\d+)?\s?['’′])?(?:\s?\d{1,2}(?:[.,]\d+)?\s?[\"”″])?")
LOOKAROUND = 20  # characters read either side of a figure for the words that say it is no quantity
BILLIONS = 10 ** 9  # a figure this large without its unit is money where its clause speaks of money
CONTACT_REACH = 40  # characters read either side of a long number for a word that says it is one to call
OLDEST_AGE = 120  # a number in brackets after a name above this, or written with thousands, is no one's age
_SPELLED_OUT = re.compile(r"^\s*\([a-z ]+\)", re.IGNORECASE)


def _a_star_class(num: str, lead: str, words) -> bool:
    """'hotel bintang 5': one digit up to the largest class after a word of kg/data/indonesian.json star_rating_words
    is a hotel's class; 'Kabupaten Pegunungan Bintang 84.512 jiwa' is a figure after a place whose name ends so."""
    return num.isdigit() and 1 <= int(num) <= words["star_rating_words"]["largest"] \
        and _patterns().star_class.search(lead) is not None


def _grouped_with_commas(num: str, after: str, words) -> bool:
    """'204,118 orang', '2,500 unit', '12,345 kasus': digits grouped in threes by commas, the English way, before a word
    that counts whole things (kg/data/indonesian.json counter_words, person_nouns, whole_count_nouns), where a decimal
    comma would count a fraction of one."""
    counted = re.match(r"\s*([a-z]+)", after)
    return re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", num) is not None and counted is not None \
        and counted.group(1) in {*words["counter_words"], *words["person_nouns"], *words["whole_count_nouns"]["words"]}


def _in_bare_list(lead: str, tail: str, function_words=()) -> bool:
    """A bare number next to another bare number in a comma list, with no noun after either; not one of a list whose
    last number its noun follows ('rata-rata 120, 150, 180 karung'): the noun counts them all."""
    next_is_bare = re.match(r",\s*\d[\d.]*(?![\d.]*\s+[a-z])", tail)
    shared = re.match(r"(?:,\s*\d[\d.]*)+(?:,?\s+(?:dan|atau)\s+\d[\d.]*)?\s+([a-z]{3,})\b", tail)
    if shared and shared.group(1) not in function_words:
        return False
    return bool(next_is_bare or (re.search(r"\d,\s*$", lead) and re.match(r"\s*[,.;]", tail)))


def _dot_as_a_decimal_point(num: str, factor: int | None) -> bool:
    """'Rp 279.867 miliar', 'Rp29.225 Miliar': two or three digits, one dot, three digits, then billions or more. Read
    with the dot grouping thousands it would be tens of thousands of billions, which the press writes in the next scale
    ('Rp279,9 triliun'); so the dot is a decimal point, as English writes it. ('Rp 1.915 miliar' may be either, and is
    read as Indonesian writes it.) Trillions have no next scale the press writes in, so 'Rp15.603 triliun' (a market's
    capitalisation, a national budget) groups thousands."""
    return factor is not None and 10 ** 9 <= factor < 10 ** 12 and re.fullmatch(r"\d{2,3}\.\d{3}", num) is not None


def _scale(words, scale: str) -> int | None:
    """The factor of a scale word ('juta', 'Miliar'); a single letter counts only as written ('M', 'T'), so the
    'm' of 'lima m(enit' is no scale (None)."""
    scales = words["scale_words"]
    if scale in scales:
        return scales[scale]
    return scales.get(scale.lower()) if len(scale) > 1 else None


def ends_a_longer_number(text: str, begin: int) -> bool:
    """Whether a number word at `begin` ends a longer number or a range written in words ('dua puluh lima', 'lima
    hingga enam'): a number word, scale word, multiplier or range joiner right before it."""
    return _patterns().spelled_before.search(text, max(0, begin - LOOKAROUND), begin) is not None


def _counted_like_a_figure(text: str, m, words: dict) -> bool:
    """'sebanyak 2016 unit koperasi', 'mencapai 1998 orang': a number like a year between a word that gives a figure
    (kg/data/indonesian.json place_figure_links) and a counter word (counter_words) counts things."""
    before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 20):m.start()])
    after = re.match(r"\s+(\w+)", text[m.end():m.end() + 20])
    return before is not None and after is not None and before.group(1).lower() in words["place_figure_links"] \
        and after.group(1).lower() in words["counter_words"]


def _number_to_call(text: str, m: re.Match, contact: re.Pattern) -> bool:
    """A telephone, SMS or WhatsApp number, no quantity: one that opens with 0 ('0411-5551234', '0812…'), one of five
    digits or more written without thousands dots after a word that says so ('menelpon 1500123'; kg/data/indonesian.json
    contact_number_cues) or right before one ('(1500987) Call Center'), or one of three or four digits right after
    such a word ('Emergency Call 115')."""
    num = m.group("num")
    if re.fullmatch(r"0\d{2,}", num):
        return True
    if not re.fullmatch(r"\d{3,}", num):
        return False
    before = text[max(0, m.start() - CONTACT_REACH):m.start()]
    if len(num) >= 5:
        right_after = m.end() + len(re.match(r"[)\s:]{0,3}", text[m.end():]).group())
        return contact.search(before) is not None or contact.match(text, right_after) is not None
    cues = list(contact.finditer(before))
    return bool(cues) and re.fullmatch(r"[\s:(]*", before[cues[-1].end():]) is not None


@lru_cache(maxsize=1)
def _spelled_run_pattern() -> re.Pattern:
    """Two or more number words, multipliers and scale words in a row ('dua puluh lima miliar'), the currency before
    them and 'persen' after them where written; the words from kg/data/indonesian.json number_words (whole numbers),
    number_word_multipliers, scale_words and scale_prefixed."""
    w = load().words
    wholes = [word for word, value in w["number_words"].items() if value >= 1 and value == int(value) and len(word) > 2]
    scales = [word for word in w["scale_words"] if len(word) > 2]
    word = _alternation([*wholes, *w["number_word_multipliers"], *scales, *w["scale_prefixed"]])
    return re.compile(rf"(?<![\w.])(?:(?P<cur>{_alternation(w['currency_markers'])})\s?)?"
                      rf"(?P<words>(?:{word})(?:\s+(?:{word}))+)(?!\w)(?:\s+(?P<pct>persen)(?!\w))?",
                      re.IGNORECASE)


def spelled_value(spelled: str, words) -> Decimal | None:
    """The whole number that number words write ('dua puluh lima' 25, 'dua triliun tiga ratus empat belas miliar'
    2,314,000,000,000): a digit word waits for the multiplier after it (kg/data/indonesian.json
    number_word_arithmetic: belas adds ten, puluh and ratus multiply), a scale word multiplies the group before it,
    larger scales first; None for words that make no one number ('dua tiga', 'puluh')."""
    numbers = words["number_words"]
    multipliers = {w: rule for w, rule in words["number_word_arithmetic"].items() if not w.startswith("_")}
    scales = {k.lower(): v for k, v in {**words["scale_words"], **words["scale_prefixed"]}.items() if len(k) > 2}
    tokens = re.findall(r"\w+", spelled.lower())
    total, group, pending, last_scale, k = 0, 0, None, None, 0
    while k < len(tokens):
        pair = " ".join(tokens[k:k + 2])
        token, k = (pair, k + 2) if pair in numbers or pair in scales else (tokens[k], k + 1)
        if token in multipliers:
            if pending is None:
                return None
            rule = multipliers[token]
            group += pending + rule["add"] if "add" in rule else pending * rule["times"]
            pending = None
        elif token in scales:
            scale = scales[token]
            group += pending or 0
            pending = None
            if token in words["scale_prefixed"]:
                group = group or 1
            if group == 0 or (last_scale is not None and scale >= last_scale):
                return None
            total, group, last_scale = total + group * scale, 0, scale
        elif token in numbers and numbers[token] >= 1 and numbers[token] == int(numbers[token]):
            value = int(numbers[token])
            if value < 10:
                if pending is not None:
                    return None
                pending = value
            else:  # 'sepuluh', 'sebelas', 'dua belas', 'seratus': a value of its own
                if pending is not None:
                    return None
                group += value
        else:
            return None
    return Decimal(total + group + (pending or 0))


def _spelled_compounds(runs: list[re.Match], words) -> list[Quantity]:
    """Figures written in words of more than one word that a scale, a currency or 'persen' marks as an amount ('Rp
    dua puluh lima miliar', 'dua triliun tiga ratus empat belas miliar', 'dua puluh lima persen'); a bare count in words
    ('dua puluh orang') is left to the readers of counts, and a currency's name after the words to `_money_by_context`
    ('dua juta lima ratus ribu rupiah')."""
    found = []
    scales = {k.lower() for k in words["scale_words"] if len(k) > 2} | set(words["scale_prefixed"])
    for m in runs:
        spelled = m.group("words").lower()
        if not (m.group("cur") or m.group("pct") or scales & set(spelled.split())):
            continue
        value = spelled_value(spelled, words)
        if value is None or value == 0:
            continue
        unit = words["currency_markers"][m.group("cur")] if m.group("cur") else "percent" if m.group("pct") else "count"
        found.append(Quantity(Span(m.start(), m.end()), value, unit, "number.words"))
    return found


def find_quantities(doc: Document, excluded: list[Span] = ()) -> list[Quantity]:
    """Every figure in the text that may be a metric, in text order."""
    numeric, worded, prefixed, after_date, durations, before, labelled, ranked_among, ranking, hijri, hijri_date, \
        named, contact, _, rate, denomination, _, event_scale, event_unit = _patterns()
    words = load().words
    list_gap = re.compile(rf"\s*(?:,\s*)?(?:(?:{_alternation(words['coordinators'])})\s+)?")
    face_value_end = None  # where the last face value ends: an amount listed right after it is one too
    found: list[Quantity] = []
    text = doc.text
    claimed = ClaimedText(len(text))  # the excluded spans, then the figures found: each test costs a figure's length
    for s in excluded:
        claimed.append(s)
    for m in _COORDINATE.finditer(text):  # '5° 12' 30" S': where on the map, no figure of anything
        claimed.append(Span(m.start(), m.end()))
    for m in numeric.finditer(text):
        span = Span(m.start(), m.end())
        if claimed.overlaps(span):
            continue
        num, cur, scale, pct = m.group("num"), m.group("cur"), m.group("scale"), m.group("pct")
        if not (cur or scale or pct) and _number_to_call(text, m, contact):
            continue
        bare_letter = scale in ("M", "T") and not cur  # '2023 M' (Masehi): no money scale without the currency
        is_year = re.fullmatch(r"(19|20)\d\d", num) and not (cur or (scale and not bare_letter) or pct) \
            and not _counted_like_a_figure(text, m, words)
        if is_year or (re.fullmatch(r"\d{4}", num) and not (cur or scale or pct) and hijri.match(text, m.end())):
            continue
        if bare_letter:
            # a bare capital M or T after a number is a money scale only in "Rp5 T"; elsewhere it starts a name
            span = Span(m.start(), m.start("scale") if m.group("scale") else m.end())
            scale = None
        if not (cur or scale or pct) and re.fullmatch(r"\d{1,3}", num) and int(num) <= OLDEST_AGE \
                and re.search(r"(?:[A-Z][a-z]+|\b[A-Z]{1,4})\s*\($", text[max(0, m.start() - 30):m.start()]) \
                and text[m.end():m.end() + 1] == ")":
            continue  # "Sumini (52)", "berinisial RH (34)": an age after a name or its initials; 'Sleman (2.480)'
            # is no one's age but a count listed after a name
        if rate.search(text, max(0, m.start() - LOOKAROUND), m.start()):
            continue
        face_value = _a_face_value(denomination.search(text, max(0, m.start() - 3 * LOOKAROUND), m.start()), scale,
                                   words)
        if cur and (face_value or (face_value_end is not None and list_gap.fullmatch(text, face_value_end, m.start()))):
            face_value_end = m.end()
            continue
        if face_value and not pct:
            continue  # 'pecahan 100 ribu': a face value written without its currency
        if re.search(r"\d:$", text[max(0, m.start() - 2):m.start()]) or re.match(r"-[^\W\d_]", text[m.end():m.end() + 2]):
            continue  # "pukul 14:20": a time's minutes; "7-day", "2-in-1": a number inside a compound word
        if not (cur or scale or pct) and re.fullmatch(r"\d{1,2}", num) \
                and re.match(r":[0-5]\d(?!\d)", text[m.end():m.end() + 4]):
            continue  # "08:25", "14:20 WIB": a time's hour
        if not (cur or pct):
            tail = _SPELLED_OUT.sub("", text[m.end():m.end() + LOOKAROUND])  # "2 (dua) jam" is "2 jam"
            if after_date.match(tail) or (durations.match(tail) and not _an_average_duration(num, scale)):
                continue
            if re.fullmatch(r"\d{1,2}", num) and int(num) <= 30 and hijri_date.match(tail):
                continue  # "20 Ramadhan": a day of an Islamic month
            lead = text[max(0, m.start() - LOOKAROUND):m.start()]
            if before.search(text, max(0, m.start() - 3 * LOOKAROUND), m.start()) or lead.endswith("#"):
                continue  # … or "seri #3", "No #2": a number that labels
            if not scale and _a_star_class(num, lead, words):
                continue  # "hotel bintang 5": a hotel's class
            if event_scale.search(text, max(0, m.start() - 2 * LOOKAROUND), m.start()) or event_unit.match(tail):
                continue  # "magnitudo 5,1", "2,6 hingga 4,7 skala richter", "70 km barat laut X": an earthquake's
                # strength or where it was
            if not scale and re.fullmatch(r"\d{1,3}", num) and labelled.search(lead):
                continue  # "Strata 1", "gaji 13", "peringkat ke 9": a number that names, not one that counts
            if not scale and ranked_among.search(text[max(0, m.start() - 2 * LOOKAROUND):m.start()]):
                continue  # "peringkat ke 4 dari 34 provinsi": the field a position is among, not a figure reported
            if not scale and ranking.match(tail):
                continue  # "10 besar penyakit": the size of a ranking
            if not scale and named.search(text, max(0, m.start() - LOOKAROUND), m.end()):
                continue  # "Covid 19": a name's number
            if not scale and _numbers_a_list_item(text, m.start(), m.end(), words["number_words"]):
                continue  # "⏎2. KA X dengan okupansi 154 persen": the item's place in a numbered list
            if not scale and _in_bare_list(lead, tail, words["function_words"]):
                continue  # "ada 20, 40, untuk tiap kelompok": numbers given as examples, counting nothing named
        value = parse_number(num) * Decimal(_scale(words, scale) if scale else 1)
        if scale and _dot_as_a_decimal_point(num, _scale(words, scale)):
            value = Decimal(num) * Decimal(_scale(words, scale))
        if cur and not scale and re.fullmatch(r"\d{1,3}(?:,\d{3})+", num):
            value = Decimal(num.replace(",", ""))  # 'Rp 12,500': commas grouping thousands, as English writes them;
            # no sum is written to a thousandth of its currency
        elif not (cur or scale or pct) and _grouped_with_commas(num, text[m.end():m.end() + 20], words):
            value = Decimal(num.replace(",", ""))  # '204,118 orang': no one counts a fraction of a person
        if cur and not scale and value < 1000 and value != value.to_integral_value() and not m.group("upper"):
            continue  # "naik jadi Rp 2,8 sekian": a sum whose scale the writer left out, no fraction of a few rupiah
        cur = None if pct else cur  # 'porsi giro Rp 12 persen': a share, its currency sign typed by mistake
        unit = words["currency_markers"][cur] if cur else ("percent" if pct else "count")
        rule = "number.currency" if cur else ("number.percent" if pct else ("number.scaled" if scale else "number.digits"))
        if m.group("upper"):  # "tumbuh 5,1-5,7 persen": the range's two bounds, each on its own digits
            factor = Decimal(_scale(words, scale) if scale else 1)
            found.append(Quantity(Span(m.start(), m.end("num")), value, unit, "number.range-lower"))
            found.append(Quantity(Span(m.start("upper"), span.end), parse_number(m.group("upper")) * factor, unit,
                                  "number.range-upper"))
            continue
        found.append(Quantity(span, value, unit, rule))
    _bounds_each_with_its_measure(text, found, claimed)
    for q in found:
        claimed.append(q.span)
    lowered = lowered_alike(text)
    runs = list(_spelled_run_pattern().finditer(text))  # numbers written in several words

    def face_value_before(begin: int) -> bool:  # 'lembar pecahan seratus ribu': a face value in words
        return _a_face_value(denomination.search(text, max(0, begin - 3 * LOOKAROUND), begin), None, words)

    for q in _spelled_compounds(runs, words):  # 'dua puluh lima miliar', 'dua triliun tiga ratus empat belas miliar'
        if not claimed.overlaps(q.span) and not face_value_before(q.span.begin):
            found.append(q)
            claimed.append(q.span)
    for m in finditer_ignoring_case(worded, text, lowered):
        span = Span(m.start(), m.end())
        if claimed.overlaps(span):
            continue
        if m.group("bare_pct"):  # 'sembilan persen', not the end of 'dua puluh lima persen' nor 'Rp lima persen'
            if m.group("cur") or ends_a_longer_number(text, m.start()):
                continue
            factor = 1
        elif face_value_before(m.start()):
            continue
        else:
            factor = _scale(words, m.group("scale"))
            if factor is None:
                continue
        base = Decimal(str(words["number_words"][m.group("word").lower()]))
        value = base * Decimal(factor)
        cur = m.group("cur")
        unit = words["currency_markers"][cur] if cur else ("percent" if m.group("pct") or m.group("bare_pct") else "count")
        found.append(Quantity(span, value, unit, "number.words"))
        claimed.append(span)
    for m in finditer_ignoring_case(prefixed, text, lowered):
        span = Span(m.start(), m.end())
        if claimed.overlaps(span):
            continue
        if face_value_before(m.start()):
            continue
        found.append(Quantity(span, Decimal(words["scale_prefixed"][m.group("word").lower()]), "count", "number.words"))
        claimed.append(span)
    for q in _spelled_counts(text, words, runs):
        if not claimed.overlaps(q.span):
            found.append(q)
            claimed.append(q.span)
    return [q for q in _lower_bounds_with_the_upper_scale(doc, _joined_amounts(doc, _money_by_context(
        doc, sorted(found, key=lambda q: q.span.begin)))) if not _spelled_out_in_brackets(text, q.span)]


# a figure in digits (and the currency's or scale's word after it), then an opening bracket: what the bracket holds
# spells the figure out ('Rp1.930.000.000 (satu miliar sembilan ratus tiga puluh juta rupiah)')
_DIGITS_BEFORE_A_BRACKET = re.compile(r"\d(?:[.,]\d+)*(?:\s+[^\W\d_]+)?\s*\(\s*$")


def _spelled_out_in_brackets(text: str, span: Span) -> bool:
    """A figure in words inside brackets right after a figure in digits is that figure spelled out, as deeds and
    reports write amounts, not a figure of its own."""
    return not any(c.isdigit() for c in text[span.begin:span.end]) \
        and _DIGITS_BEFORE_A_BRACKET.search(text, max(0, span.begin - 40), span.begin) is not None


@lru_cache(maxsize=1)
def _spelled_count_pattern() -> re.Pattern:
    """A whole number word from two up, then a noun of things counted whole: made once per process."""
    w = load().words
    # (not 'satu': 'satu kasus senilai Rp70 juta' names one thing whose sum is the figure)
    whole = [k for k, v in w["number_words"].items() if v >= 2 and v == int(v) and v < 1000 and len(k) > 2 and " " not in k]
    return re.compile(rf"(?<![\w-])(?P<word>(?i:{alternation(whole)}))\s+(?:{_counted_nouns()})(?![\w-])")


@lru_cache(maxsize=1)
def _counted_noun_after() -> re.Pattern:
    """Spaces, then a noun of things counted whole (`_counted_nouns`)."""
    return re.compile(rf"\s+(?:{_counted_nouns()})(?![\w-])")


@lru_cache(maxsize=1)
def _counted_nouns() -> str:
    """The nouns of people or things counted whole, as one alternation, longest first (kg/data/indonesian.json
    person_nouns, counter_words, whole_count_nouns, area_counted_nouns in lower case)."""
    w = load().words
    return alternation(sorted({*w["person_nouns"], *w["counter_words"], *w["whole_count_nouns"]["words"],
                               *(n for n in w["area_counted_nouns"] if n.islower())}, key=len, reverse=True))


def _spelled_counts(text: str, words, runs: list[re.Match]) -> list[Quantity]:
    """'lima kasus penganiayaan', 'dua tersangka', 'empat kejadian kecelakaan': a whole number written as a word
    before a noun of people or things counted whole (kg/data/indonesian.json person_nouns, counter_words,
    whole_count_nouns, area_counted_nouns) counts them, as digits would, and so does a number of several words that
    ends with it ('dua puluh tujuh kasus': 27); not one after a preposition, after 'salah' or a distributive word,
    nor a rule's limit ('maksimal tiga anak')."""
    pattern = _spelled_count_pattern()
    # ('masing-masing dua kasus': what each of a list has, which `kg.metrics` reads where the list is)
    not_after = {*words["spelled_count_not_after"]["words"], *words["distributive_words"]}
    found: list[Quantity] = []
    bare = [r for r in runs if not (r.group("cur") or r.group("pct"))]
    counted = _counted_noun_after()
    for r in bare:  # 'Dua puluh tujuh kasus', 'dua belas tersangka': a number of several words before what it counts
        value = spelled_value(r.group("words"), words) if counted.match(text, r.end()) else None
        if value and _word_before(text, r.start()).lower() not in not_after:
            found.append(Quantity(Span(r.start(), r.end()), value, "count", "number.spelled-count"))
    for m in pattern.finditer(text):
        if any(r.start() < m.start("word") < r.end() for r in bare):
            continue  # the last word of a longer number ('puluh tujuh kasus'): 27, not 7
        if _word_before(text, m.start()).lower() in not_after:
            continue
        found.append(_spelled_count(m, words))
        found += _spelled_list_goes_on(text, m.end(), words)
    return list({q.span: q for q in found}.values())


def _spelled_count(m: re.Match, words) -> Quantity:
    """The count a match's number word (its group 'word') writes."""
    value = Decimal(str(words["number_words"][m.group("word").lower()]))
    return Quantity(Span(m.start("word"), m.end("word")), value, "count", "number.spelled-count")


def _spelled_list_goes_on(text: str, end: int, words) -> list[Quantity]:
    """'empat kasus pencurian, tiga penipuan, satu pembakaran dan enam penganiayaan': after a spelled count of a noun,
    the items of the same list, each a whole number word before what it counts (the noun left out), joined by commas or
    'dan'/'serta', count too, 'satu' among them; the list ends at the first item that is no such number, and is one
    only where its last item comes after 'dan' or 'serta' ('tiga saksi diperiksa, satu hal yang …' lists nothing)."""
    whole = [k for k, v in words["number_words"].items() if v >= 1 and v == int(v) and v < 1000 and " " not in k]
    item = _compiled_item(tuple(whole), tuple(words["coordinators"]))
    out = []
    m = item.match(text, end)
    while m is not None:
        out.append(_spelled_count(m, words))
        closed = m.group("last") is not None or m.group("last2") is not None
        m = item.match(text, m.end("word"))
    return out if out and closed else []


@lru_cache(maxsize=4)
def _compiled_item(whole: tuple[str, ...], coordinators: tuple[str, ...]) -> re.Pattern:
    """The next item of a list of spelled counts, from the end of the one before: its words, a comma or a coordinator
    (kg/data/indonesian.json coordinators: 'dan', 'serta'), a number word, then a word in lower case; spaces never
    cross a line."""
    space = r"[^\S\n]"
    last = alternation(coordinators)
    joint = rf"(?:,{space}*(?:(?P<last>{last}){space}+)?|{space}+(?P<last2>{last}){space}+)"
    return re.compile(rf"{space}*(?:[a-z][\w-]*{space}+){{0,4}}?[a-z][\w-]*{space}*{joint}"
                      rf"(?P<word>(?i:{alternation(whole)})){space}+(?=[a-z])")


def _word_before(text: str, at: int) -> str:
    """The word that ends right before `at` (spaces between), '' where none."""
    m = re.search(r"([\w-]+)\s+$", text[max(0, at - 30):at])
    return m.group(1) if m else ""


def _an_average_duration(num: str, scale: str | None) -> bool:
    """'rata-rata lama menginap 2,35 hari': a length of time with a decimal fraction is a measured average, a figure;
    whole ones ('selama 12 hari', '3 tahun') say how long something lasts."""
    return not scale and re.fullmatch(r"\d+,\d+", num) is not None


def _a_face_value(denomination: re.Match | None, scale: str | None, words) -> bool:
    """Money after a denomination word is a face value; after one and the kind of money ('pecahan kecil …') only
    where no scale above a thousand makes it a sum ('pecahan kecil Rp300 miliar' is how much of it there is)."""
    if denomination is None:
        return False
    return not denomination.group("kind").strip() or not scale or (_scale(words, scale) or 0) <= 1000


def _numbers_a_list_item(text: str, begin: int, end: int, number_words) -> bool:
    """A number that opens a line and is followed by a dot or a bracket and a space, or by a dot the item's first word
    touches ('2. Kabupaten A …', '3) …', '4.Kecamatan B'), numbers an item of a list, as does one after a comma or
    'dan' inside a sentence (`kg.document.an_item_number_in_a_list`); so does a number in brackets
    before a capitalised word ('yakni (1) Indeks …, (2) Tingkat …'), unless a number word before it says it
    ('dua (2) Unit'). It counts nothing."""
    line_start = text.rfind("\n", 0, begin) + 1
    if not text[line_start:begin].strip() and re.match(r"[.)][ \t]|\.(?=[A-Z])", text[end:end + 2]):
        return True
    if re.match(r"\.[ \t]+[A-Z]", text[end:end + 3]) and an_item_number_in_a_list(text, end, text[begin:end]):
        return True  # '… terpadat, 1. Medan 7.100 orang, 2. Batam …': items numbered inside a sentence
    if text[begin - 1:begin] != "(" or not re.match(r"\)[ \t]+[A-Z]", text[end:end + 3]):
        return False
    word_before = re.search(r"(\w+)\s*\($", text[max(0, begin - 30):begin])
    return word_before is None or word_before.group(1).lower() not in number_words


def _joined_amounts(doc: Document, found: list[Quantity]) -> list[Quantity]:
    """One amount written in two pieces is one figure: 'Rp512 miliar 275 juta', '4 juta 250 ribu jiwa' (a scaled
    amount, then at once a smaller scaled remainder without currency, not money then a count of something: 'Rp10
    miliar 2 juta warga') are Rp512,275 miliar and 4,25 juta; money whose decimal comma a space follows, where the
    piece after the comma is money by its context, is one amount (a list of amounts repeats the currency). One or two
    decimals after such a comma before a percent or scale word are read so by the numbers pattern itself, with or
    without the currency ('Rp318, 45 miliar', '12, 48 persen'); without the currency, three digits after the comma
    ('300, 200 juta rupiah') are a count of its own and an amount. Nor does a space typed after a thousands dot
    split money when whole groups of three follow it ('Rp80. 123.456.789')."""
    words = load().words
    text = doc.text
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        between = text[last.span.end:q.span.begin] if last else None
        joined = None
        if last is not None and between == " " and q.rule in ("number.money-by-context", "number.scaled") \
                and (last.unit == q.unit or q.unit == "count"):
            big, small = _scale_of(text, last, words), _scale_of(text, q, words)
            counted = re.match(r"\s+([a-z]+)", text[q.span.end:q.span.end + LOOKAROUND])
            counts_apart = last.unit != q.unit and counted is not None and counted.group(1) not in words["function_words"]
            if big and small and small < big and q.value < big and not counts_apart:  # 'Rp512 miliar 275 juta'
                joined = replace(last, span=Span(last.span.begin, q.span.end), value=last.value + q.value)
        elif last is not None and between == ", " and q.unit not in ("count", "percent") \
                and re.fullmatch(r"\D{1,4}\s?\d{1,3}", text[last.span.begin:last.span.end]):
            digits = re.match(r"\d{1,3}", text[q.span.begin:q.span.end])
            factor = _scale_of(text, q, words)
            if digits and factor and q.value == Decimal(digits.group()) * factor:  # 'Rp318, 45 miliar'
                value = Decimal(f"{last.value}.{digits.group()}") * factor
                joined = Quantity(Span(last.span.begin, q.span.end), value, q.unit, "number.joined")
        elif last is not None and between == ". " and last.unit not in ("count", "percent") \
                and re.fullmatch(r"\D{1,4}\s?\d{1,3}(?:\.\d{3})*", text[last.span.begin:last.span.end]) \
                and re.fullmatch(r"\d{3}(?:\.\d{3})+", text[q.span.begin:q.span.end]):
            # 'Rp80. 123.456.789': a space typed after a thousands dot splits no amount; whole groups follow it
            groups = text[q.span.begin:q.span.end].count(".") + 1
            value = last.value * Decimal(1000) ** groups + q.value
            joined = Quantity(Span(last.span.begin, q.span.end), value, last.unit, "number.joined")
        if joined is not None:
            out[-1] = joined
        else:
            out.append(q)
    return out


def _lower_bounds_with_the_upper_scale(doc: Document, found: list[Quantity]) -> list[Quantity]:
    """'Rp 250 - Rp 300 juta', 'Rp4 sampai Rp6 miliar': an amount without a scale, then a dash or a range's joiner
    (kg/data/indonesian.json number_range_joiners) and an amount in the same currency with one, is the range's lower
    bound in that scale; the writer gives the scale once, as '350-400 juta' does."""
    words = load().words
    joiners = _alternation(["-", "–", *words["number_range_joiners"]])
    between_bounds = re.compile(rf"\s*(?:{joiners})\s*")
    text = doc.text
    out = list(found)
    for k in range(len(out) - 1):
        low, high = out[k], out[k + 1]
        if low.unit != high.unit or low.unit in ("count", "percent") or _scale_of(text, low, words) is not None \
                or low.value >= 1000 or not between_bounds.fullmatch(text, low.span.end, high.span.begin):
            continue
        factor = _scale_of(text, high, words)
        if factor is not None:
            out[k] = replace(low, value=low.value * factor, rule="number.range-lower")
            out[k + 1] = replace(high, rule="number.range-upper")
    return out


def _scale_of(text: str, q: Quantity, words: dict) -> Decimal | None:
    """The scale word a figure ends with ('juta', 'miliar'), as a factor, or None."""
    last = re.search(r"([^\W\d_]+)\W*$", text[q.span.begin:q.span.end])
    factor = _scale(words, last.group(1)) if last else None
    return Decimal(factor) if factor else None


def _money_by_context(doc: Document, found: list[Quantity]) -> list[Quantity]:
    """'naik dari Rp600 ribu menjadi 1 juta', 'dengan nilai 56 miliar', '2 juta (rupiah)': a scaled figure written
    without its currency is money when nothing it counts follows it and its sentence has just spoken of money,
    or a money word introduces it; any figure is when the currency's name follows it ('lima juta rupiah')."""
    words = load().words
    cue = re.compile(rf"\b(?:{_alternation(words['money_cues'])})\b(?:\s+[a-z]+){{0,2}}\s*$", re.IGNORECASE)
    named_after = re.compile(rf"\s*\(?(?:{_alternation(words['currency_names'])})\b", re.IGNORECASE)
    wide_cue = re.compile(rf"\b(?:{_alternation(words['money_cues'])})\b", re.IGNORECASE)
    out: list[Quantity] = []
    for q in found:
        named = named_after.match(doc.text, q.span.end) if q.unit == "count" else None
        if named or (q.unit == "count" and q.rule in ("number.scaled", "number.range-upper")):
            # any figure the currency's name follows ('lima juta rupiah', '5.000 rupiah'); a scaled one by context
            sentence = doc.sentence_at(q.span.begin)
            after = doc.text[q.span.end:sentence.end]
            counts_nothing = not re.match(r"\s+[a-z]", after) or re.match(r"\s+(?:per|lebih)\b", after)
            money_before = [o.unit for o in out if o.span.begin >= sentence.begin and o.unit not in ("count", "percent")]
            lead = doc.text[sentence.begin:q.span.begin]
            # 'Dana Bagi Hasil kabupaten itu 2,7 triliun dengan …': a sum in billions whose clause has spoken of
            # money before it, however far back, is money too; few things but money are counted in billions
            far_cue = q.value >= BILLIONS and wide_cue.search(lead.rpartition(",")[2]) is not None
            counts_nothing = counts_nothing or (q.value >= BILLIONS and re.match(r"\s+(?:dengan|atau|dan)\b", after))
            if named or (counts_nothing and (money_before or cue.search(lead) or far_cue)):
                currency = words["currency_names"][named.group().strip(" (").lower()] if named else (
                    money_before[-1] if money_before else "IDR")
                q = replace(q, unit=currency,
                            rule=q.rule if q.rule == "number.range-upper" else "number.money-by-context")
                if out and out[-1].rule == "number.range-lower" and out[-1].unit == "count":
                    out[-1] = replace(out[-1], unit=currency)  # '35 sampai 36 miliar rupiah': both bounds are money
        out.append(q)
    return out
