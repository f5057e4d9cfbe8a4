"""From mentions to facts: merge mentions of one thing into one entity, resolve later mentions
(first names, acronyms, pronouns, titles such as "Dirut BPJS itu") and attach figures and quotations
to who they are about. Salience is simple and explicit: the subject of the nearest sentence wins."""
from __future__ import annotations

from collections import Counter

from kg import gazetteer, quotations
from kg.components import organisations, places
from kg.components.organisations import without_brackets
from kg.components.state import ArticleState, FoundMembership, OrgEntity, PersonEntity
from kg.document import ClaimedText, Span, SpanIndex
from kg.extract import simple
from kg.extract.mentions import RoleMention, SimpleMention
from kg.facts import Legislation, Membership, Metric, Person, Program, Quotation
from kg.identity import norm, slug


class Resolver(ArticleState):
    """The steps not yet moved into their own component modules, as methods over the article state."""

    # ================================================================ people
    def _person_for_name(self, name: str, span: Span, rule: str, create: bool) -> PersonEntity | None:
        tokens = name.split()
        for p in self.people:
            if norm(p.name) == norm(name):
                return p
        # a later mention by part of the name ("Hadi", "Sinta"): the most recently named match
        matches = [p for p in self.people if set(tokens) <= set(p.name.split())]
        if matches:
            best = max(matches, key=lambda p: max([s.begin for s, q, _ in self.person_mentions if q is p] + [p.span.begin]))
            if name not in best.aliases and name != best.name:
                best.aliases.append(name)
            return best
        if not create or not self._could_be_person(name):
            return None
        p = PersonEntity(key="", name=name, aliases=[], span=span, rule=rule)
        self.people.append(p)
        return p

    def _could_be_person(self, name: str) -> bool:
        """'ujar Kepala OJK …', 'kata Bandung': a title, a place or an organisation is not a new person."""
        words = name.split()
        first_words = {f.split()[0] for r in self.lex.roles for f in r.forms}
        if gazetteer.is_place(name) or words[0] in first_words or words[0] in self.lex.words["not_names"]:
            return False
        return not any(norm(name) in {norm(n) for n in e.names + e.acronyms} for e in self.orgs)

    def _people(self, names) -> None:
        for m in sorted(names.people, key=lambda m: m.span.begin):
            p = self._person_for_name(m.name, m.span, m.rule, create=True)
            self.person_mentions.append((m.span, p, "name"))

    def _person_references(self) -> None:
        """Later mentions: first or last names, 'Menurut X', 'X menambahkan'; pronouns are read per use."""
        covered = ClaimedText(len(self.text))
        for s in [s for s, _, _ in self.person_mentions] + [s for s, _, _ in self.org_mentions]:
            covered.append(s)
        known_tokens = {t: p for p in self.people for t in p.name.split() if len(t) > 2}
        for t in self.doc.tokens:
            if t.text in known_tokens and not covered.covers(t.begin):
                p = self._person_for_name(t.text, Span(t.begin, t.end), "person.name-part", create=False)
                if p:
                    self.person_mentions.append((Span(t.begin, t.end), p, "name"))
        for span, role, rest in self.title_refs:
            p = self._holder_of(role, rest, span.begin)
            if p:
                self.person_mentions.append((span, p, "title"))
        self.person_mentions.sort(key=lambda x: x[0].begin)
        for p in self.people:
            p.key = slug(p.name)

    def _holder_of(self, role, rest: str, before: int) -> PersonEntity | None:
        best = None
        for m in self.memberships:
            if m.role.span.begin > before:
                continue
            r: RoleMention = m.role
            same = r.role.iri == role.iri or r.role.broader == role.iri or role.broader == r.role.iri
            if not same:
                continue
            org_words = set(norm(m.org.name).split()) if m.org else set()
            score = len(set(norm(rest).split()) & org_words)
            if best is None or score >= best[0]:
                best = (score, m.person)
        return best[1] if best else None

    def _person_facts(self) -> list[Person]:
        return [Person(p.key, p.name, tuple(dict.fromkeys(a for a in p.aliases if a != p.name)), p.span, p.rule)
                for p in sorted(self.people, key=lambda p: p.key)]

    # ================================================================ memberships
    def _memberships(self, names) -> None:
        for r in names.roles:
            if r.person is None:
                continue
            person = self._person_for_name(r.person.name, r.person.span, r.person.rule, create=True)
            if person is None:  # the "name" after the title is a place, a title or an organisation
                continue
            org = None
            if r.org is not None:
                org = organisations.org_for_span(self, r.org.span) or organisations.org_of_mention(self, r.org)
                if r.unit_place and r.role.leads_unit_type is not None:
                    pkey = places.place_key(self, r.unit_place)
                    unit = next((e for e in self.orgs if e.kind == "unit" and e.parent is org.top() and pkey in e.places), None)
                    org = unit or org
            if org is None and r.role.government_level is not None:
                org = self._government_in_view(r.span.begin, r.role.government_level)
            if org is None:
                continue
            if r.role.leads_unit_type is not None and org.kind == "unit" and org.unit_type is None:
                # "Kepala Perwakilan Bank Indonesia Provinsi X" heads the Kantor Perwakilan in X
                org.unit_type = self.lex.unit_type_by_iri(r.role.leads_unit_type)
                typed = f"{org.unit_type.label_id} {org.names[0]}"
                if typed not in org.names:
                    org.names.insert(0, typed)
            if org not in person.orgs:
                person.orgs.append(org)
            self.memberships.append(FoundMembership(r, person, org))

    def _membership_facts(self) -> list[Membership]:
        facts = []
        for r, person, org in ((m.role, m.person, m.org) for m in self.memberships):
            concept = r.role
            label = r.title
            specific = norm(self._plain_title(label)) not in {norm(f) for f in concept.forms}
            facts.append(Membership(person=person.key, organization=org.key, role=None if specific else concept.iri,
                                    role_label=label, role_concept=concept.iri,
                                    label=label if label.endswith(org.name) else f"{label} {org.name}",
                                    head=concept.leads, span=_cover(r.span, r.person.span), rule=r.rule))
        first: dict[tuple, Membership] = {}
        for m in sorted(set(facts), key=lambda m: (m.span.begin, m.person, m.organization, m.role_label)):
            first.setdefault((m.person, m.organization, m.role_concept), m)  # "Sekretaris Daerah …", later "Sekda …"
        return list(first.values())

    def _government_in_view(self, offset: int, level: str) -> OrgEntity | None:
        """'… Bupati Jember yang diwakili Sekretaris Daerah (Sekda) Rina Wati': a regional official named without
        a region serves the government named last before, in the same or the previous paragraph."""
        paragraph = self.doc.sentence_at(offset).paragraph
        before = [(s, e) for s, e, _ in self.org_mentions if e.kind == "government" and s.end <= offset
                  and (level == "any" or e.level == level) and paragraph - self.doc.sentence_at(s.begin).paragraph <= 1]
        return max(before, key=lambda x: x[0].begin)[1] if before else None

    def _plain_title(self, label: str) -> str:
        """'Plt. Kepala', 'Sekretaris Daerah (Sekda)': the title itself, without an acting prefix or its short form."""
        words = without_brackets(label).split()
        if len(words) > 1 and words[0].rstrip(".") in self.lex.words["acting_prefixes"]:
            words = words[1:]
        return " ".join(words)

    # ================================================================ salience
    def _person_mentions_at(self) -> SpanIndex:
        """The person mentions indexed by where they begin, rebuilt when mentions were added since."""
        cached = self.indexes.get("people")
        if cached is None or cached[0] != len(self.person_mentions):
            self.indexes["people"] = cached = (len(self.person_mentions), SpanIndex(self.person_mentions, lambda m: m[0]))
        return cached[1]

    def _speaker_before(self, offset: int) -> PersonEntity | None:
        """The person the text is about just before `offset`: the first person named in the nearest
        sentence (or stretch of the current sentence) that names one."""
        sent = self.doc.sentence_at(offset)
        for s in reversed(self.doc.sentences[:sent.index + 1]):
            end = offset if s.index == sent.index else s.end
            inside = self._person_mentions_at().beginning_in(s.begin, end)
            if inside:
                return inside[0][1]
        return None

    # ================================================================ quotations
    def _quotations(self, names) -> list[Quotation]:
        """Who said each quotation is decided in `kg.quotations`; this gives it the people found so far and
        the spans that name something else, and keeps the speakers it names as person mentions."""
        mentions = [quotations.Mention(span, person, how) for span, person, how in self.person_mentions]
        not_names = [s for s, _, _ in self.org_mentions] + [r.span for r in names.roles] + [s for s, _, _ in self.title_refs]
        lookup = quotations.Lookup(
            person_named=lambda name, span, create: self._person_for_name(name, span, "person.speech-verb", create),
            holder_of_title=self._holder_by_title)
        found, speakers = quotations.attribute(self.doc, simple.quotations(self.doc), mentions, not_names, lookup,
                                               quotations.SpeechCues.from_lexicon(self.lex))
        self.person_mentions += [(m.span, m.person, m.how) for m in speakers]
        self.person_mentions.sort(key=lambda x: x[0].begin)
        self.quote_speakers = [(a.quote.span, a.speaker) for a in found]
        for p in self.people:
            p.key = p.key or slug(p.name)
        return [Quotation(span=simple.quotation_first_line(self.doc, a.quote.inner), text=simple.quotation_text(self.doc.slice(a.quote.inner)),
                          speaker=a.speaker.key, evidence=a.evidence, rule=a.rule) for a in found]

    def _holder_by_title(self, words: str, before: int) -> PersonEntity | None:
        """'kata Kepala OJK Kantor Regional 5 …' names the speaker by title: the person holding that role."""
        for role in self.lex.roles:
            for form in role.forms:
                if words == form or words.startswith(form + " "):
                    return self._holder_of(role, words[len(form):], before)
        return None

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


def _cover(a: Span, b: Span) -> Span:
    return Span(min(a.begin, b.begin), max(a.end, b.end))


def resolve(text: str):
    """The facts of one article (kept for callers of the old entry point; `kg.pipeline.extract` is the same)."""
    from kg.pipeline import extract
    return extract(text)
