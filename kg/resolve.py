"""From mentions to facts: merge mentions of one thing into one entity, resolve later mentions
(first names, acronyms, pronouns, titles such as "Dirut BPJS itu") and attach figures and quotations
to who they are about. Salience is simple and explicit: the subject of the nearest sentence wins."""
from __future__ import annotations

from collections import Counter

from kg.components.state import ArticleState, OrgEntity
from kg.document import Span
from kg.extract import simple
from kg.extract.mentions import SimpleMention
from kg.facts import Legislation, Metric, Program
from kg.identity import norm, slug


class Resolver(ArticleState):
    """The steps not yet moved into their own component modules, as methods over the article state."""

    # ================================================================ programs
    def _programs(self, names, blocked: list[Span], quotes) -> list[Program]:
        mentions = simple.programs(self.doc, self.lex, blocked)
        groups: list[dict] = []
        for m in mentions:
            concept = m.attrs.get("concept")
            acr = m.attrs.get("acronym")
            if concept is None:
                concept = next((c for c in self.lex.programs if norm(m.name) in {norm(f) for f in c.forms}), None)
            g = next((g for g in groups if (concept is not None and g["concept"] is concept)
                      or norm(m.name) in g["norms"] or (acr and norm(acr) in g["norms"])), None)
            if g is None:
                g = {"concept": concept, "names": [], "norms": set(), "spans": [], "rule": m.rule}
                groups.append(g)
            for n in [m.name] + ([acr] if acr else []):
                if n not in g["names"]:
                    g["names"].append(n)
                    g["norms"].add(norm(n))
            if m.name.lower().startswith("program ") and m.name[8:] not in g["names"]:
                g["names"].append(m.name[8:])
                g["norms"].add(norm(m.name[8:]))
            g["spans"].append(m.span)
        out = []
        for g in groups:
            names_sorted = sorted(g["names"], key=lambda n: (n.isupper(), -len(n.split()), n[:1].islower(), n))
            if g["concept"] is not None and g["concept"].label_id not in names_sorted:
                names_sorted.append(g["concept"].label_id)
            name = names_sorted[0]
            provider = self._provider_for(g["spans"], g["concept"])
            self.program_spans[slug(g["concept"].label_id if g["concept"] is not None else names_sorted[0])] = tuple(g["spans"])
            out.append(Program(key=slug(g["concept"].label_id if g["concept"] is not None else name), name=name,
                               aliases=tuple(n for n in names_sorted[1:]), span=g["spans"][0], rule=g["rule"],
                               provider=provider, concept=g["concept"].iri if g["concept"] is not None else None))
        return sorted(out, key=lambda p: p.key)

    def _provider_for(self, spans: list[Span], concept=None) -> str | None:
        """Who runs a program: the organisation named nearest before it in a sentence that names one
        ("lima program BPJS Ketenagakerjaan, termasuk JKP"), else the organisation the article is most about.
        A program the lexicon knows to be run by a kind of organisation (JHT by a BPJS) goes to such an
        organisation when the article names one."""
        usual = self.lex.program_provider_types.get(concept.iri) if concept is not None else None
        usual_here = usual is not None and any(e.kind == "org" and e.org_type is not None and e.org_type.iri == usual for e in self.orgs)

        def providerish(e: OrgEntity) -> bool:
            top = e.top()
            if usual_here:
                return top.kind == "org" and top.org_type is not None and top.org_type.iri == usual
            return top.kind == "org"
        for span in spans:
            sent = self.doc.sentence_at(span.begin)
            near = [(s, e) for s, e, _ in self.org_mentions if sent.begin <= s.begin < sent.end and providerish(e)]
            before = [x for x in near if x[0].end <= span.begin]
            if before:
                return before[-1][1].top().key
            if near:
                return near[0][1].top().key
        counts = Counter(e.top().key for _, e, _ in self.org_mentions if providerish(e))
        return min(counts, key=lambda k: (-counts[k], k)) if counts else None

    # ================================================================ legislation
    def _legislation(self, laws: list[SimpleMention]) -> list[Legislation]:
        groups: dict[tuple, dict] = {}
        for m in laws:
            t = m.attrs["type"]
            key = (t.iri, m.attrs["number"], m.attrs["year"])
            g = groups.setdefault(key, {"names": [], "span": m.span, "type": t, "rule": m.rule})
            numbering = m.name[m.name.index(" Nomor ") + 1:] if " Nomor " in m.name else f"Nomor {m.attrs['number']} Tahun {m.attrs['year']}"
            full = f"{t.label_id}{' ' + m.attrs['issuer'] if m.attrs['issuer'] else ''} {numbering}"
            names = [m.name, full]
            if m.attrs.get("as_written", m.name) != m.name:  # "Peraturan Menteri Keuangan (PMK) Nomor …" as the text has it
                names.append(m.attrs["as_written"])
            if m.attrs.get("abbreviation"):
                names.append(f"{m.attrs['abbreviation']}{' ' + m.attrs['issuer'] if m.attrs['issuer'] else ''} {numbering}")
            if m.attrs["title"]:
                names.append(f"{m.name} tentang {m.attrs['title']}")
            for n in names:
                if n not in g["names"]:
                    g["names"].append(n)
        out = []
        for (iri, number, year), g in groups.items():
            names = g["names"]
            numbered = slug(number) if number.endswith(f"/{year}") else f"{slug(number)}-{year}"  # "88/PMK.05/2019" has its year
            out.append(Legislation(key=f"{slug(g['type'].label_id)}-{numbered}", name=names[0], aliases=tuple(names[1:]),
                                   span=g["span"], rule=g["rule"], legislation_type=iri, number=number, year=year))
        return sorted(out, key=lambda l: l.key)

    # ================================================================ metrics
    def _metrics(self, excluded: list[Span], programs: list[Program]) -> list[Metric]:
        from kg.metrics import MetricReader
        return MetricReader(self, excluded, programs).read()


def resolve(text: str):
    """The facts of one article (kept for callers of the old entry point; `kg.pipeline.extract` is the same)."""
    from kg.pipeline import extract
    return extract(text)
