"""Laws and regulations: mentions of one (type, number, year) grouped under one key with every name written."""
from __future__ import annotations

from kg.components import Component
from kg.components.state import ArticleState
from kg.facts import Legislation
from kg.identity import law_key


def find_legislation(state: ArticleState) -> None:
    """'PP 6/2025' and 'Peraturan Pemerintah Nomor 6 Tahun 2025' are one law: grouped by type, number and year, and by
    the issuer where the type names none (kg/data/indonesian.json legislation_types_named_by_issuer: 'Keputusan KPU
    Kota X …' and 'Keputusan Bupati Y …' of one number and year are two decrees)."""
    by_issuer = set(state.lex.words["legislation_types_named_by_issuer"]["labels"])
    groups: dict[tuple, dict] = {}
    for m in state.law_mentions:
        t = m.attrs["type"]
        issuer = m.attrs["issuer"] if t.label_id in by_issuer else ""
        key = (t.iri, issuer, m.attrs["number"], m.attrs["year"])
        g = groups.setdefault(key, {"names": [], "span": m.span, "type": t, "rule": m.rule})
        numbering = m.name[m.name.index(" Nomor ") + 1:] if " Nomor " in m.name else f"Nomor {m.attrs['number']} Tahun {m.attrs['year']}"
        full = f"{t.label_id}{' ' + m.attrs['issuer'] if m.attrs['issuer'] else ''} {numbering}"
        names = [m.name, full]
        if m.attrs.get("as_written", m.name) != m.name:  # "Peraturan Menteri Keuangan (PMK) Nomor …" as the text has it
            names.append(m.attrs["as_written"])
        if m.attrs.get("abbreviation"):  # 'PKPU' after 'Peraturan KPU' holds the issuer, 'Permen' before 'Sosial' not
            after = "" if m.attrs.get("abbreviation_after_issuer") or not m.attrs["issuer"] else " " + m.attrs["issuer"]
            names.append(f"{m.attrs['abbreviation']}{after} {numbering}")
        if m.attrs["title"]:
            names.append(f"{m.name} tentang {m.attrs['title']}")
        for n in names:
            if n not in g["names"]:
                g["names"].append(n)
    out = []
    for (iri, issuer, number, year), g in groups.items():
        names = g["names"]
        label = f"{g['type'].label_id} {issuer}".strip()
        out.append(Legislation(key=law_key(label, number, year), name=names[0], aliases=tuple(names[1:]),
                               span=g["span"], rule=g["rule"], legislation_type=iri, number=number, year=year))
    state.legislation = sorted(out, key=lambda l: l.key)


COMPONENT = Component("laws", requires=("law_mentions",), assigns=("legislation",), run=find_legislation)
