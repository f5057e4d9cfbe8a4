"""Dates and periods: the article's date ("Rabu (30/7)" -> 2025-07-30) and the periods metrics refer to
("sepanjang tahun 2024", "hingga akhir Juni 2024", "semester I 2025", "per 1 Maret 2023", "tahun lalu")."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg.document import ClaimedText, Document, Span, matches_at, offsets_of_any, opening_literals
from kg.lexicon import alternation, load

YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True)
class Period:
    span: Span
    start: date
    end: date
    label: str
    baseline: bool  # named as the comparison point ("dibandingkan posisi akhir 2022")
    relation: str = ""  # "same-last-year" / "same" when the text says "periode yang sama (tahun lalu)";
    # "unresolved" for a year relative to an unknown publication date


_alt = alternation


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=1)
def _patterns():
    w = load().words
    months = _alt(w["months"])
    parts = _alt(w["roman_numerals"])
    relative = w["this_year"] + w["last_year"] + w["next_year"]
    year_or_rel = rf"(?:tahun\s+)?(?P<year>{YEAR})|(?P<rel>{_alt(relative)})"
    patterns = [
        ("period.month-range", re.compile(
            rf"(?:(?:pada|sepanjang|selama)\s+)?(?P<m1>{months})\s*(?:hingga|sampai(?:\s+dengan)?|s\.d\.|-|–)\s*"
            rf"(?:(?:awal|pertengahan|akhir)\s+)?(?:(?P<day>\d{{1,2}})\s+)?(?P<m2>{months})\s+(?:{year_or_rel})", re.I)),
        ("period.day", re.compile(
            rf"(?:(?P<cue>per|hingga|sampai|pada|tanggal)\s+)?(?P<day>\d{{1,2}})\s+(?P<m2>{months})\s+(?P<year>{YEAR})", re.I)),
        ("period.part-of-year", re.compile(
            rf"(?:(?:sepanjang|selama|pada|hingga|sampai|akhir)\s+)*(?P<part>{_alt(w['period_words'])})\s+(?P<n>{parts})(?!\w)\s*(?:[-–]\s*)?(?:{year_or_rel})", re.I)),
        ("period.month", re.compile(
            rf"(?:(?P<cue>akhir|hingga\s+akhir|hingga|sampai|per|posisi|pada|sepanjang|awal)\s+)?(?:bulan\s+)?(?P<m2>{months})\s+(?:{year_or_rel})", re.I)),
        ("period.year", re.compile(
            rf"(?P<cue>(?:hingga\s+|sampai\s+|per\s+|posisi\s+|pada\s+)?akhir\s+(?:tahun\s+)?|(?:{_alt(w['period_cues'])})\s+(?:tahun\s+(?:anggaran\s+)?)?)(?P<year>{YEAR})(?!\d)", re.I)),
        # 'bulan yang sama tahun lalu', 'triwulan yang sama pada tahun kemarin', 'tahun lalu di masa yang sama'
        ("period.same", re.compile(rf"(?:(?P<rel_before>{_alt(w['last_year'])})\s+(?:di|pada|dalam)\s+)?"
                                   rf"(?:{_alt(w['same_period'])})"
                                   rf"(?:\s+(?:(?:pada|di)\s+)?(?P<rel>{_alt(w['last_year'])}))?", re.I)),
        ("period.relative-year", re.compile(
            rf"(?:(?P<cue>sepanjang|selama|pada|hingga\s+akhir|akhir|hingga)\s+)?(?P<rel>{_alt(relative)})", re.I)),
        ("period.present", re.compile(rf"(?<!\w)(?:{_alt(w['present_cues'])})(?!\w)", re.I)),
        ("period.previous-month", re.compile(rf"(?<!\w)(?:{_alt(w['previous_month'])})(?!\w)", re.I)),
        ("period.previous-part", re.compile(
            rf"(?<!\w)(?:(?:pada|dalam|di)\s+)?(?:{_alt(w['period_words'])}|periode)\s+(?:{_alt(w['previous_words'])})(?!\w)", re.I)),
        # 'Ramadan 1444 H', 'Idul Fitri 1445 Hijriah': a month or feast of an Islamic year
        ("period.hijri", re.compile(
            rf"(?:(?:pada|selama|sepanjang|menjelang|jelang|saat)\s+)?(?P<hmonth>{_alt(_hijri_months())})"
            rf"\s+(?:tahun\s+)?"
            rf"(?P<hyear>1[34]\d\d)\s*(?:{_alt(w['hijri_year_markers'])})(?![\w])", re.I)),
        # 'capaian triwulan I (Januari hingga Maret)', 'pada semester pertama': a part of a year written without its year
        ("period.part-alone", re.compile(
            rf"(?:(?:sepanjang|selama|pada|hingga|sampai|akhir)\s+)*(?P<part>{_alt(w['period_words'])})\s+(?P<n>{parts})(?!\w)"
            rf"(?!\s*(?:[-–]\s*)?(?:tahun\s+)?\d{{4}})", re.I)),
        ("period.month-alone", re.compile(
            rf"(?:(?P<cue>{_alt(w['period_end_cues'] + w['month_cues'])})\s+)?(?:bulan\s+)?"
            rf"(?P<m2>{_alt(m for m in w['months'] if len(m) > 3)})(?!\w)(?!\s+(?:tahun\s+)?\d{{4}}|\s*(?:[-–]|hingga|sampai))", re.I)),
    ]
    return patterns


def _hijri_months() -> list[str]:
    return [k for k in load().words["hijri_month_numbers"] if not k.startswith("_")]


_HIJRI_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (16 July 622 Julian), proleptic Gregorian


def gregorian_of_hijri(year: int, month: int, day: int) -> date:
    """A day of the Islamic calendar in the Gregorian, by the arithmetic (tabular) Islamic calendar: months of 30 and
    29 days in turn, years of 354 days with 11 leap days in 30 years. It is a day or two from the sighted calendar
    (1 Ramadan 1444 is 23 March 2023)."""
    day_of_era = day + -(-59 * (month - 1) // 2) + 354 * (year - 1) + (3 + 11 * year) // 30  # ceil(29.5 * (month - 1))
    return date.fromordinal(_HIJRI_EPOCH + day_of_era - 1)


def _year_of(m, published: date | None) -> int | None:
    if m.groupdict().get("year"):
        return int(m.group("year"))
    rel = (m.groupdict().get("rel") or "").lower()
    if rel and published:
        words = load().words
        return published.year - (1 if rel in words["last_year"] else 0) + (1 if rel in words["next_year"] else 0)
    return None


def _is_baseline(text: str, begin: int) -> bool:
    """Whether the period that begins at `begin` is named as the point a figure is compared with: a comparing word
    (kg/data/indonesian.json baseline_cues, baseline_period_cues) before it with no number between, or 'dari' and
    the one word of what is compared ('dari impor Mei 2020')."""
    window = text[max(0, begin - 45):begin].lower()
    words = load().words
    cues = [c for c in words["baseline_cues"] if c != "dari"] + words["baseline_period_cues"]["words"]
    if any(c in window and re.search(rf"\b{re.escape(c)}\b(?!.*\d)", window) for c in cues):
        return True
    compared = re.search(r"\bdari\s+([a-z]+)\s+$", window)
    return compared is not None and compared.group(1) not in words["baseline_period_cues"]["not_compared"]


@lru_cache(maxsize=2)
def _matches(text: str) -> tuple[tuple[str, tuple[re.Match, ...]], ...]:
    """Every period pattern's matches in the text, found once: an article dated by its weekday alone reads its
    periods to find its year, and its figures read them again."""
    lowered = lowered_alike(text)
    return tuple((rule, tuple(finditer_ignoring_case(pattern, text, lowered))) for rule, pattern in _patterns())


def lowered_alike(text: str) -> str | None:
    """The text in lower case when every character lowers to one character the way a case-blind regex
    compares it (ASCII, caseless marks, the Latin-1 and Latin Extended-A letters but the dotted and dotless
    i and the long s), so that offsets and matches carry over; None otherwise."""
    return text.lower() if all(_lowers_alike(c) for c in set(text)) else None


@lru_cache(maxsize=4096)
def _lowers_alike(c: str) -> bool:
    return c.isascii() or c.lower() == c.upper() or ("\u00c0" <= c <= "\u017f" and c not in "\u0130\u0131\u017f")


def finditer_ignoring_case(pattern: re.Pattern, text: str, lowered: str | None) -> list[re.Match]:
    """The matches of `pattern.finditer(text)` for a case-blind pattern, found by its case-sensitive twin in
    the lowered text (see `lowered_alike`), three times faster: Python's regex engine folds the case of every
    character it compares. Each match is then taken from `pattern` itself at the same place (so groups hold
    the text as written); should the two ever disagree, the matches are found the slow way."""
    twin = _case_sensitive_twin(pattern)
    if twin is None or lowered is None:
        return list(pattern.finditer(text))
    found = []
    openings = opening_literals(twin)  # tried only where a match can begin: most patterns open with optional words
    for m in twin.finditer(lowered) if openings is None else matches_at(twin, lowered, offsets_of_any(lowered, openings)):
        same = pattern.match(text, m.start())
        if same is None or same.end() != m.end():
            return list(pattern.finditer(text))
        found.append(same)
    return found


@lru_cache(maxsize=64)
def _case_sensitive_twin(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern with its letters lowered and without IGNORECASE, or None when lowering could change what
    it means (an escape or inline flag in capitals) or it is not case-blind."""
    source = pattern.pattern
    if (not pattern.flags & re.IGNORECASE or not isinstance(source, str) or re.search(r"\\[A-Z]|\(\?[a-zA-Z]*L", source)
            or not all(_lowers_alike(c) for c in set(source))):
        return None
    lowered = source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    try:
        return re.compile(lowered, pattern.flags & ~re.IGNORECASE)
    except re.error:
        return None


def find_periods(doc: Document, published: date | None, excluded: list[Span] = ()) -> list[Period]:
    """Every period expression, longest first where two overlap, in text order."""
    months = load().words["months"]
    parts = load().words["roman_numerals"]
    sizes = load().words["period_words"]
    found: list[Period] = []
    month_alone = []
    unreadable: list[Span] = []
    claimed = ClaimedText(len(doc.text))  # excluded text, then every period found or date unreadable so far
    for s in excluded:
        claimed.append(s)
    seen_found = seen_unreadable = 0
    for rule, matches in _matches(doc.text):
        for m in matches:
            span = Span(m.start(), m.end())
            for s in [p.span for p in found[seen_found:]] + unreadable[seen_unreadable:]:
                claimed.append(s)
            seen_found, seen_unreadable = len(found), len(unreadable)
            if claimed.overlaps(span):
                continue
            label = m.group()
            baseline = _is_baseline(doc.text, m.start())
            if rule == "period.same":
                rel = "same-last-year" if m.group("rel") or m.group("rel_before") else "same"
                found.append(Period(span, date.min, date.min, label, baseline, rel))
                continue
            if rule == "period.previous-part":  # "dari 7,1 persen pada triwulan sebelumnya": not dated here
                found.append(Period(span, date.min, date.min, label, baseline, "unresolved"))
                continue
            if rule == "period.previous-month":
                found.append(Period(span, date.min, date.min, label, baseline, "previous-month"))
                continue
            if rule == "period.present":
                if published:
                    found.append(Period(span, published, published, label, baseline))
                continue
            if rule == "period.hijri":
                days = {k.lower(): v for k, v in load().words["hijri_month_numbers"].items() if not k.startswith("_")}
                month, day = days[" ".join(m.group("hmonth").lower().split())]
                year = gregorian_of_hijri(int(m.group("hyear")), month, day).year  # the year it fell in, as the
                found.append(Period(span, date(year, 1, 1), date(year, 12, 31), label, baseline))  # press reckons it
                continue
            if rule in ("period.month-alone", "period.part-alone"):
                month_alone.append(m)
                continue
            if rule == "period.day" and re.search(rf"(?:{_alt(load().words['weekdays'])}),?\s*$", doc.text[max(0, m.start() - 10):m.start()], re.I):
                continue  # "Senin, 3 Maret 2025" dates the article, not a figure
            year = _year_of(m, published)
            if year is None:
                if m.groupdict().get("rel"):  # "tahun depan" in an undated article: a period, but not one we know
                    found.append(Period(span, date.min, date.min, label, baseline, "unresolved"))
                continue
            if rule == "period.day":
                d = _safe_date(year, months[m.group("m2").lower()], int(m.group("day")))
                if d is None:  # "36 September 2024" is no date, nor is its month one
                    unreadable.append(span)
                else:
                    found.append(Period(span, d, d, label, baseline))
            elif rule == "period.month-range":
                m2 = months[m.group("m2").lower()]
                end = _safe_date(year, m2, int(m.group("day"))) if m.group("day") else month_end(year, m2)
                if end is not None:
                    found.append(Period(span, date(year, months[m.group("m1").lower()], 1), end, label, baseline))
            elif rule == "period.part-of-year":
                size = sizes[m.group("part").lower()]
                n = parts[m.group("n").lower()]
                last_month = min(12, size * n)
                found.append(Period(span, date(year, last_month - size + 1, 1), month_end(year, last_month), label, baseline))
            elif rule == "period.month":
                mo = months[m.group("m2").lower()]
                found.append(Period(span, date(year, mo, 1) if not (m.group("cue") or "").lower().startswith(("hingga", "sampai")) else date(year, 1, 1),
                                    month_end(year, mo), label, baseline))
            else:  # a year, "akhir 2024", "tahun ini"
                found.append(Period(span, date(year, 1, 1), date(year, 12, 31), label, baseline))
    found += _months_without_year(doc.text, month_alone, sorted(found, key=lambda p: p.span.begin), published)
    return sorted(found, key=lambda p: p.span.begin)


_FIGURE_AFTER_RE = re.compile(r"\s+\d")


def _months_without_year(text: str, matches, dated: list[Period], published: date | None) -> list[Period]:
    """'untuk bulan Januari ada 8 laporan, Februari 5 laporan': a month (or a quarter, 'triwulan I') named without its
    year is in the year of the last dated period before it, else the article's (the month before the article's, when
    it is later in the year than the article). A month with no cue counts only in a list of figures ('Februari 5
    laporan')."""
    words = load().words
    months, parts, sizes = words["months"], words["roman_numerals"], words["period_words"]
    out: list[Period] = []
    for m in matches:
        part = m.groupdict().get("part")
        if not part and not m.group("cue") and not _FIGURE_AFTER_RE.match(text, m.end()):  # from the month on, never a
            continue  # copy; "April" alone may be a name; a period needs a cue or a figure after it ('triwulan I' is one)
        if part:  # 'triwulan I': the quarter's last month, the quarter from its first
            size = sizes[part.lower()]
            month = min(12, size * parts[m.group("n").lower()])
        else:
            month = months[m.group("m2").lower()]
        before = [p for p in dated if p.span.end <= m.start() and p.end != date.min]
        if before:
            year = before[-1].end.year
        elif published:
            year = published.year - (1 if month > published.month else 0)
        else:
            continue
        cue = "" if part else (m.group("cue") or "").lower()
        start = date(year, month - size + 1, 1) if part else \
            date(year, 1, 1) if cue.startswith(("hingga", "sampai")) else date(year, month, 1)
        out.append(Period(Span(m.start(), m.end()), start, month_end(year, month), m.group(), _is_baseline(text, m.start())))
    return out


# ------------------------------------------------------------------ the article's date

def published_date(doc: Document) -> tuple[date | None, Span | None]:
    """The date the article was written: "Rabu (30/7)", "Kamis (31/10/2024)", "Senin, 3 Maret 2025", a dateline's
    "KOTA, 9 Oktober 2024 –".

    Without a year, the weekday fixes it: among the years where that day falls on that weekday,
    the one nearest to the latest year the text's periods name (articles report on the past)."""
    w = load().words
    weekdays, months = w["weekdays"], w["months"]
    wd = _alt(weekdays)
    # 'Selasa malam 10 Desember 2024': the part of the day may come between; not a day ahead ('Minggu 31 Desember
    # mendatang')
    part_of_day = rf"(?:\s+(?:{_alt(w['times_of_day']['words'])}))?"
    not_ahead = rf"(?!\s+(?:{_alt(w['times_of_day']['ahead'])})\b)"
    text = doc.text
    m = re.search(rf"(?P<wd>{wd})\s*,?\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)", text, re.I)
    if m:
        day, month = int(m.group("d")), int(m.group("m"))
        year = m.group("y")
        weekday = weekdays[m.group("wd").lower()]
    else:
        m = re.search(rf"\b(?P<wd>{wd}){part_of_day}\s*,?\s*(?P<d>\d{{1,2}})\s+(?P<mn>{_alt(months)})\s+(?P<y>{YEAR})"
                      rf"(?!\d){not_ahead}", text, re.I)
        if not m:  # 'KOTA, 9 Oktober 2024 –': the date in the dateline, without its weekday
            m = re.match(rf"\s*[^\W\d][^\n,]{{1,40}},\s*(?P<d>\d{{1,2}})\s+(?P<mn>{_alt(months)})\s+(?P<y>{YEAR})"
                         r"\s*[-\u2013\u2014]", text, re.I)
            if m:
                return _safe_date(int(m.group("y")), months[m.group("mn").lower()], int(m.group("d"))), \
                    Span(m.start("d"), m.end("y"))
        if not m:
            m = re.search(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)", text)
            if not m:
                return None, None
            return _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), Span(m.start(), m.end())
        day, month, year = int(m.group("d")), months[m.group("mn").lower()], m.group("y")
        weekday = weekdays[m.group("wd").lower()]
    span = Span(m.start(), m.end())
    if year:
        y = int(year)
        return _safe_date(y + 2000 if y < 100 else y, month, day), span
    return _year_from_weekday(doc, day, month, weekday), span


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _years_of_the_month_written(doc: Document, month: int) -> set[int]:
    """The years the text gives the article's own month ('April 2016' in an article dated '(14/4)'): the article's year,
    where the latest year it names may be a target's ('antrean sampai 2031')."""
    names = _alt([name for name, number in load().words["months"].items() if number == month])
    return {int(y) for y in re.findall(rf"\b(?:{names})\s+({YEAR})(?!\d)", doc.text, re.IGNORECASE)}


def _year_from_weekday(doc: Document, day: int, month: int, weekday: int) -> date | None:
    """None when the text names no year at all: the weekday alone repeats every few years, and the day the
    build runs is no evidence (the same text must give the same graph whenever it is built)."""
    named = [int(y) for y in re.findall(rf"(?<![\d/])({YEAR})(?!\d)", doc.text)]
    period_years = [p.end.year for p in find_periods(doc, None) if p.end != date.min]
    if not (period_years or named):
        return None
    for y in sorted(_years_of_the_month_written(doc, month), reverse=True):
        d = _safe_date(y, month, day)
        if d and d.weekday() == weekday:
            return d  # 'Hingga April 2016 ini … Kamis (14/4)': the month the article is dated in, with its year
    reference = max(period_years or named)
    candidates = []
    for y in range(reference - 6, reference + 7):
        d = _safe_date(y, month, day)
        if d and d.weekday() == weekday:
            candidates.append(d)
    if not candidates:
        return None
    # the article is written after the periods it reports on: prefer the nearest year at or after them
    return min(candidates, key=lambda d: (abs(d.year - reference - 0.6), d.year))
