"""`kg explain`: every fact beside its sentence and the rule that found it, for checking and error analysis.

One row per fact (`explain_rows`), written as text for a person, or as JSON or CSV for a spreadsheet or
a script comparing rule versions over many articles. Entities are named as the article names them (not by
their keys) and figures as the press writes them (kg.figures), in the chosen language.

>>> rows = explain_rows("Kepala Dinas Sosial Kota Bandung Rina Marlina hadir.", "contoh.txt")
>>> [(r["kind"], r["fact"]) for r in rows if r["kind"] == "role"]
[('role', 'Rina Marlina — Kepala — Dinas Sosial Kota Bandung (pimpinan)')]
"""
from __future__ import annotations

import csv
import io
import json

from kg.document import Document
from kg.facts import ArticleFacts
from kg.figures import check_language, describe, figure_from_metric
from kg.pipeline import extract

#: Output formats of `kg explain`.
FORMATS = ("text", "json", "csv")
#: Columns of a row, in the order JSON and CSV give them.
COLUMNS = ("article", "kind", "fact", "rule", "begin", "end", "sentence")

_WORDS = {
    "id": {"unit_of": "unit dari", "in": "di", "also": "juga", "head": "pimpinan", "provider": "penyelenggara",
           "published": "terbit", "publisher": "penerbit", "dateline": "dateline", "unknown": "tidak diketahui",
           "no_period": "tanpa periode"},
    "en": {"unit_of": "unit of", "in": "in", "also": "also", "head": "head", "provider": "provider",
           "published": "published", "publisher": "publisher", "dateline": "dateline", "unknown": "unknown",
           "no_period": "no period"},
}
_QUOTE_SHOWN = 70  # characters of a quotation shown before "…"


class _Names:
    """Entity keys -> the names the article uses, so a row reads "Rina Marlina", not "rina-marlina"."""

    def __init__(self, facts: ArticleFacts):
        self.by_key = {e.key: e.name for kind in (facts.places, facts.organizations, facts.people,
                                                  facts.programs, facts.legislation) for e in kind}

    def __call__(self, key: str | None) -> str:
        return self.by_key.get(key, key or "-")


def explain_rows(text: str, article: str = "", lang: str = "id") -> list[dict]:
    """The facts of one article as rows with the COLUMNS keys; `article` names it (a file name)."""
    check_language(lang)
    facts = extract(text)
    doc = Document(text)
    words = _WORDS[lang]
    name = _Names(facts)
    rows: list[dict] = []

    def row(kind: str, fact: str, begin: int, end: int, rule: str) -> None:
        s = doc.sentence_at(begin)
        rows.append({"article": article, "kind": kind, "fact": fact, "rule": rule, "begin": begin, "end": end,
                     "sentence": " ".join(text[s.begin:s.end].split())})

    published = facts.published.isoformat() if facts.published else words["unknown"]
    rows.append({"article": article, "kind": "article", "fact": (
        f"{words['published']} {published}; {words['publisher']} {name(facts.publisher)}; "
        f"{words['dateline']} {name(facts.dateline_place)}"), "rule": "", "begin": 0, "end": 0, "sentence": ""})
    for o in facts.organizations:
        extra = (f"; {words['unit_of']} {name(o.parent)}" if o.parent else "") + (
            f"; {words['in']} {', '.join(name(p) for p in o.locations)}" if o.locations else "")
        row("org", f"{o.name} [{o.kind}]{extra}", o.span.begin, o.span.end, o.rule)
    for p in facts.people:
        aliases = f" ({words['also']} {', '.join(p.aliases)})" if p.aliases else ""
        row("person", p.name + aliases, p.span.begin, p.span.end, p.rule)
    for m in facts.memberships:
        head = f" ({words['head']})" if m.head else ""
        row("role", f"{name(m.person)} — {m.role_label} — {name(m.organization)}{head}", m.span.begin, m.span.end,
            m.rule)
    for m in facts.metrics:
        figure = describe(figure_from_metric(m), lang)
        if m.period_end is None:
            figure += f" ({words['no_period']})"
        row("metric", f"{name(m.subject)}: {m.indicator_label} = {figure}", m.span.begin, m.span.end, m.rule)
    for q in facts.quotations:
        shown = q.text[:_QUOTE_SHOWN] + ("…" if len(q.text) > _QUOTE_SHOWN else "")
        row("quote", f"{name(q.speaker)}: “{shown}”", q.span.begin, q.span.end, q.rule)
    for p in facts.programs:
        provider = f" — {words['provider']} {name(p.provider)}" if p.provider else ""
        row("program", p.name + provider, p.span.begin, p.span.end, p.rule)
    for law in facts.legislation:
        row("law", law.name, law.span.begin, law.span.end, law.rule)
    for p in facts.places:
        row("place", f"{p.name} [{p.kind}]", p.span.begin, p.span.end, "place")
    return rows


def format_rows(rows: list[dict], fmt: str = "text") -> str:
    """Rows as `fmt`: "text" (a block per fact, articles under a heading), "json" (a list of objects)
    or "csv" (a header and one line per fact). Raises ValueError for another format."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "text":
        return _text(rows)
    raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")


def _text(rows: list[dict]) -> str:
    articles = list(dict.fromkeys(r["article"] for r in rows))
    lines: list[str] = []
    for article in articles:
        if len(articles) > 1:
            lines.append(f"== {article}\n")
        for r in (r for r in rows if r["article"] == article):
            if r["kind"] == "article":
                lines.append(f"{'article':11} {r['fact']}\n")
            else:
                lines.append(f"{r['kind']:11} {r['fact']}\n{'':11} rule: {r['rule']}\n{'':11} text: {r['sentence']}\n")
    return "\n".join(lines)


def explain(text: str, lang: str = "id") -> str:
    """One article's facts as text (what `kg explain FILE` prints)."""
    return format_rows(explain_rows(text, "", lang))


__all__ = ["explain", "explain_rows", "format_rows", "FORMATS", "COLUMNS"]
