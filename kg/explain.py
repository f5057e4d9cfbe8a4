"""`kg explain`: every fact beside its sentence and the rule that found it, for checking and error analysis."""
from __future__ import annotations

from kg.document import Document
from kg.pipeline import extract


def explain(text: str) -> str:
    facts = extract(text)
    doc = Document(text)
    lines: list[str] = []

    def sentence(offset: int) -> str:
        s = doc.sentence_at(offset)
        return " ".join(text[s.begin:s.end].split())

    def show(kind: str, what: str, offset: int, rule: str) -> None:
        lines.append(f"{kind:11} {what}\n{'':11} rule: {rule}\n{'':11} text: {sentence(offset)}\n")

    lines.append(f"article     published {facts.published or 'unknown'}; publisher {facts.publisher or '-'}; "
                 f"dateline {facts.dateline_place or '-'}\n")
    for o in facts.organizations:
        extra = (f"; unit of {o.parent}" if o.parent else "") + (f"; in {', '.join(o.locations)}" if o.locations else "")
        show("org", f"{o.name} [{o.kind}]{extra}", o.span.begin, o.rule)
    for p in facts.people:
        show("person", p.name + (f" (also {', '.join(p.aliases)})" if p.aliases else ""), p.span.begin, p.rule)
    for m in facts.memberships:
        show("role", f"{m.person} — {m.role_label} — {m.organization}{' (head)' if m.head else ''}", m.span.begin, m.rule)
    for m in facts.metrics:
        period = m.period_end.isoformat() if m.period_end else "no period"
        show("metric", f"{m.subject}: {m.indicator_label} = {m.value} {m.unit} ({m.qualifier}; {period})", m.span.begin, m.rule)
    for q in facts.quotations:
        show("quote", f"{q.speaker}: “{q.text[:70]}{'…' if len(q.text) > 70 else ''}”", q.span.begin, q.rule)
    for p in facts.programs:
        show("program", f"{p.name}{' — provider ' + p.provider if p.provider else ''}", p.span.begin, p.rule)
    for law in facts.legislation:
        show("law", law.name, law.span.begin, law.rule)
    for p in facts.places:
        show("place", f"{p.name} [{p.kind}]", p.span.begin, "place")
    return "\n".join(lines)
