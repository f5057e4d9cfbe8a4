"""Figures as the press writes them: "Rp57 triliun", "45,2 juta orang", "14,01 persen", "sekitar 1.200 ton",
with their period, qualifier and whether they are a target, a change or one segment's share.

The graph stores a figure as a bare decimal with a UN/CEFACT unit code or an ISO 4217 currency
("57000000000000", "IE"), which is exact but unreadable. Every place that shows a figure to a person
(drawings, `kg explain`, `kg stats`, `kg path`) goes through `describe` so they all say it the same way.
Numbers, currency symbols and month names come from Babel (CLDR), not from hand-made tables; only the
words for unit codes are ours (`kg/data/units.json`), because CLDR has no "orang".

>>> describe(Figure(Decimal("45200000"), "IE", period_label="hingga akhir 2024"), "id")
'45,2 juta orang (hingga akhir 2024)'
>>> describe(Figure(Decimal("57000000000000"), "IDR", currency=True, target=True), "en")
'target: IDR 57 trillion'
"""
from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date, format_interval
from babel.numbers import format_compact_decimal, format_decimal, get_currency_symbol
from rdflib import Graph, Literal, URIRef

from kg.errors import KGError
from kg.paths import DATA_DIR
from kg.vocab import BKG, SCHEMA

#: Languages every reader-facing output (drawings, explain, stats, path) can be written in.
LANGS = ("id", "en")

#: Below this a figure is written in full ("107.000"); from it on in words ("45,2 juta").
COMPACT_FROM = Decimal(1_000_000)

#: The qualifier (the lexicon's skos:notation) of a figure stated exactly: it gets no word.
EXACT = "exact"
_MARKS = {
    "target": {"id": "target", "en": "target:"},
    "change": {"id": "perubahan", "en": "change of"},
    "segment": {"id": "segmen", "en": "segment"},
}


def check_language(lang: str) -> str:
    """`lang` if it is one of LANGS; raises KGError naming the choices otherwise."""
    if lang not in LANGS:
        raise KGError(f"unknown language {lang!r}; use one of: {', '.join(LANGS)}")
    return lang


@dataclass(frozen=True)
class Figure:
    """One stated figure, as much as a reader needs to understand it."""

    value: Decimal
    unit: str = "C62"  # UN/CEFACT unit code, or an ISO 4217 code when `currency`
    currency: bool = False
    qualifier: str = EXACT  # the lexicon qualifier's skos:notation
    period_start: date | None = None
    period_end: date | None = None
    period_label: str = ""  # the article's own (Indonesian) words for the period
    target: bool = False
    change: bool = False
    segment: str = ""  # the segment's name, in the language it is shown in


@lru_cache(maxsize=1)
def unit_words() -> dict[str, dict[str, str]]:
    """UN/CEFACT code -> {"id": word, "en": word}, from kg/data/units.json."""
    table = json.loads((DATA_DIR / "units.json").read_text(encoding="utf-8"))
    return {code: words for code, words in table.items() if not code.startswith("_")}


def number(value: Decimal | float | int, lang: str) -> str:
    """12400000 -> "12,4 juta" / "12.4 million"; 107000 -> "107.000" / "107,000"; 14.01 -> "14,01"."""
    return _number_written(str(value), lang)


@lru_cache(maxsize=4096)
def _number_written(digits: str, lang: str) -> str:
    """`number` of the value written as `digits`, formatted once: Babel reads its locale data again on every
    call, and an article's figures repeat across its labels in two languages."""
    value = Decimal(digits)
    if abs(value) >= COMPACT_FROM:
        return format_compact_decimal(value, format_type="long", fraction_digits=2, locale=lang)
    return format_decimal(value, format="#,##0.##", locale=lang)


def amount(fig: Figure, lang: str) -> str:
    """The figure with its unit and qualifier: "Rp57 triliun", "sekitar 1.200 ton", "more than 107,000 people"."""
    check_language(lang)
    digits = number(fig.value, lang)
    if fig.currency:
        symbol = _currency_symbol(fig.unit, lang)
        spaced = lang == "en" and symbol[-1:].isalpha()  # "Rp57 triliun", "US$5 juta"; "IDR 57 trillion"
        text = f"{symbol} {digits}" if spaced else f"{symbol}{digits}"
    else:
        word = unit_words().get(fig.unit, {}).get(lang, fig.unit)
        text = f"{digits} {word}" if word else digits
    qualifier = qualifier_word(fig.qualifier, lang)
    return f"{qualifier} {text}" if qualifier else text


@lru_cache(maxsize=256)
def _currency_symbol(code: str, lang: str) -> str:
    return get_currency_symbol(code, locale=lang)


def qualifier_word(key: str, lang: str) -> str:
    """"sekitar" / "approximately" for "approx": the qualifier concept's label in the lexicon."""
    from kg.lexicon import load

    if key == EXACT:
        return ""
    for qualifier in load().qualifiers:
        if qualifier.key == key:
            return qualifier.label_id if lang == "id" else qualifier.label_en
    return ""


def period(fig: Figure, lang: str) -> str:
    """When the figure holds. In Indonesian the article's own words when it gave some ("hingga akhir
    2024"); otherwise from the dates: "2024", "Maret 2025", "Januari–Maret 2025", "31 Desember 2024"."""
    check_language(lang)
    if lang == "id" and fig.period_label:
        return fig.period_label
    return dates_text(fig.period_start, fig.period_end, lang)


@lru_cache(maxsize=4096)  # Babel's formatting is slow, and a corpus names few periods
def dates_text(start: date | None, end: date | None, lang: str) -> str:
    """A period between two dates in the shortest form a reader knows (whole year, month, months)."""
    if end is None:
        return ""
    if start is None or start == end:
        return format_date(end, "d MMMM y", locale=lang)
    month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and month_end and start.year == end.year:
        if start.month == 1 and end.month == 12:
            return str(end.year)
        if start.month == end.month:
            return format_date(end, "MMMM y", locale=lang)
        return f"{format_date(start, 'MMMM', locale=lang)}–{format_date(end, 'MMMM y', locale=lang)}"
    return format_interval(start, end, "yMMMd", locale=lang)


def describe(fig: Figure, lang: str) -> str:
    """The whole figure for a reader: marks, qualifier, amount, period, segment.

    "target Rp57 triliun (2025)", "perubahan 2,1 juta orang (hingga akhir 2024)",
    "9,9 juta orang (2024), segmen Bukan Penerima Upah".
    """
    text = amount(fig, lang)
    if fig.change:
        text = f"{_MARKS['change'][lang]} {text}"
    if fig.target:
        text = f"{_MARKS['target'][lang]} {text}"
    when = period(fig, lang)
    if when:
        text += f" ({when})"
    if fig.segment:
        text += f", {_MARKS['segment'][lang]} {fig.segment}"
    return text


# --- reading a figure from the graph ------------------------------------------------------------

def _label_in(graph: Graph, node, lang: str) -> str:
    from rdflib.namespace import RDFS, SKOS

    values = [v for p in (SKOS.prefLabel, SCHEMA.name, RDFS.label) for v in graph.objects(node, p)
              if isinstance(v, Literal)]
    for wanted in (lang, None):
        matching = sorted(str(v) for v in values if v.language == wanted)
        if matching:
            return matching[0]
    return sorted(str(v) for v in values)[0] if values else str(node).rstrip("/").rsplit("/", 1)[-1]


def qualifier_key(iri: URIRef | None) -> str:
    """The lexicon's notation ("approx" ...) for a qualifier concept; "exact" when there is none."""
    from kg.lexicon import load

    for qualifier in load().qualifiers:
        if qualifier.iri == iri:
            return qualifier.key
    return EXACT


def _as_date(value) -> date | None:
    if value is None:
        return None
    python = value.toPython() if isinstance(value, Literal) else value
    if isinstance(python, date):
        return python
    try:
        return date.fromisoformat(str(python)[:10])
    except ValueError:
        return None


def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value.toPython() if isinstance(value, Literal) else value))
    except (ArithmeticError, ValueError, TypeError):
        return None


def figure_from_graph(graph: Graph, obs: URIRef, lang: str = "id") -> Figure | None:
    """The figure an observation node states, or None when it has no numeric value. The value may sit
    on the observation or in a schema:QuantitativeValue it points to."""
    holder = obs
    raw = graph.value(obs, SCHEMA.value)
    if isinstance(raw, URIRef):
        holder = raw
        raw = graph.value(holder, SCHEMA.value) or graph.value(holder, SCHEMA.minValue) or graph.value(
            holder, SCHEMA.maxValue)
    value = _decimal(raw) if raw is not None else None
    if value is None:
        return None
    currency = graph.value(holder, SCHEMA.currency) or graph.value(obs, SCHEMA.currency)
    unit = graph.value(holder, SCHEMA.unitCode) or graph.value(obs, SCHEMA.unitCode)
    segment = graph.value(obs, BKG.segment)
    label = [str(v) for v in graph.objects(obs, BKG.periodLabel) if isinstance(v, Literal)]
    return Figure(
        value=value,
        unit=str(currency if currency is not None else unit if unit is not None else "C62"),
        currency=currency is not None,
        qualifier=qualifier_key(graph.value(obs, BKG.qualifier)),
        period_start=_as_date(graph.value(obs, BKG.periodStart)),
        period_end=_as_date(graph.value(obs, SCHEMA.observationDate)),
        period_label=sorted(label)[0] if label else "",
        target=graph.value(obs, BKG.isTarget) == Literal(True),
        change=graph.value(obs, BKG.changeOf) is not None,
        segment=_label_in(graph, segment, lang) if segment is not None else "",
    )


#: facts.Metric.unit for figures that are not money, and the unit code they carry.
_PLAIN_UNITS = ("count", "percent")


def figure_from_metric(metric) -> Figure:
    """The figure of a `kg.facts.Metric` (what `kg explain` shows before any RDF is written)."""
    money = metric.unit not in _PLAIN_UNITS
    return Figure(
        value=Decimal(metric.value),
        unit=metric.unit if money else (metric.unit_code or "C62"),
        currency=money,
        qualifier=metric.qualifier,
        period_start=metric.period_start,
        period_end=metric.period_end,
        period_label=metric.period_label,
        target=metric.is_target,
        change=metric.change_of is not None,
    )


__all__ = ["LANGS", "Figure", "check_language", "number", "amount", "period", "dates_text", "describe",
           "figure_from_graph", "figure_from_metric", "qualifier_key", "qualifier_word", "unit_words"]
