"""Figures become metrics: what is measured, about whom, in which unit, for which period, how exactly.

Each figure takes its subject from the organisation named before it in its sentence, else from the
person speaking (their organisation), else from the sentence before; its period from the nearest period
in its sentence, else the period in force, else the article's date."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from kg.document import Span
from kg.extract.dates import Period, find_periods
from kg.extract.numbers import Quantity, find_quantities
from kg.facts import Metric, Program
from kg.vocab import BKG


class MetricReader:
    def __init__(self, resolver, excluded: list[Span], programs: list[Program]):
        self.r = resolver
        self.doc = resolver.doc
        self.lex = resolver.lex
        self.words = resolver.lex.words
        self.excluded = excluded
        self.program_keys = {p.key for p in programs}
        self.program_providers = {p.key: p.provider for p in programs}
        self.program_mentions = [(s, p.key) for p in programs for s in resolver.program_spans.get(p.key, ())]

    def read(self) -> list[Metric]:
        r, doc = self.r, self.doc
        quantities = find_quantities(doc, self.excluded + [s for s, _, _ in r.org_mentions])
        periods = find_periods(doc, r.published, self.excluded)
        focus = None
        self.last_region, self.last_region_sentence = None, -9
        carried: Period | None = None
        out: list[Metric] = []
        by_sentence: dict[int, list[Quantity]] = {}
        for q in quantities:
            by_sentence.setdefault(doc.sentence_at(q.span.begin).index, []).append(q)
        for sent in doc.sentences:
            sent_periods = [p for p in periods if sent.begin <= p.span.begin < sent.end]
            subject_here = None
            for q in by_sentence.get(sent.index, []):
                stated = self._subject(q, sent)
                subject = stated or focus
                region = self._region_of_statistic(q, sent, subject, carried_ok=stated is None)
                if region and stated and self._is_target(sent) and self._reporting_office(stated) is None:
                    region = None  # "Pemprov menargetkan kemiskinan di Kalsel di bawah 0,2 persen" is the government's target
                if region is None and subject is None:
                    subject = self._provider_of_programme_in(sent, q)  # "Cakupan kepesertaan JKN di Kota X mencapai 98,7 persen"
                if region is None and subject is None:
                    region = self._place_named_in(sent, q)  # "Jumlah merchant QRIS di Kota Kediri mencapai 48.216"
                program = self._program_of_rate(q, sent)
                if program:
                    region, subject = None, program
                if region:
                    subject = self.last_region = region
                    self.last_region_sentence = sent.index
                elif subject is None:
                    continue
                else:
                    subject = self._narrowed_to_unit(subject, sent, q)
                subject_kind = "org" if any(e.key == subject for e in r.orgs) else (
                    "program" if subject in self.program_keys else "place")
                if subject_kind != "program":  # a programme's parameter does not change who the text is about
                    subject_here = subject
                change = self._is_change(q)
                period = self._period(q, sent_periods, carried, change)
                out.append(self._metric(q, subject, subject_kind, period, change, out, sent))
            focus = subject_here or self._sentence_subject(sent) or focus
            explicit = [p for p in sent_periods if not p.baseline and not p.relation]
            if explicit:
                carried = explicit[-1]
        return out

    # ------------------------------------------------------------ subject
    def _subject(self, q: Quantity, sent) -> str | None:
        r = self.r
        for qs, speaker in r.quote_speakers:
            if qs.begin <= q.span.begin < qs.end:
                org = self._person_org(speaker)
                if org:
                    return org
        owner = self._owner_after(q, sent)
        if owner is not None:
            return owner
        orgs = [(s, e) for s, e, in_title in r.org_mentions
                if sent.begin <= s.begin and s.end <= q.span.begin and not in_title and e.kind != "publisher"]
        anaphors = self._org_anaphors(sent.begin, q.span.begin)
        candidates = sorted(orgs + anaphors, key=lambda x: x[0].begin)
        # "BPJS Kesehatan menempatkan petugas di RSUD X dan 11 puskesmas": an organisation after a preposition is
        # an object, not who the figure is about
        subjects = [c for c in candidates if not re.search(r"\b(?:di|ke|kepada|dari|untuk|bagi|dengan)\s*$",
                                                             self.doc.text[max(sent.begin, c[0].begin - 15):c[0].begin].lower())]
        candidates = subjects or candidates
        # "BPJS … Kantor Cabang X bersama Pemkab Y menyerahkan …": a co-subject does not replace the subject
        while len(candidates) > 1 and re.search(r"\b(?:bersama|dan|serta|dengan)\s*$",
                                               self.doc.text[candidates[-2][0].end:candidates[-1][0].begin]):
            candidates.pop()
        if candidates:
            return candidates[-1][1].key
        people = [(s, p) for s, p, how in r.person_mentions if sent.begin <= s.begin < q.span.begin]
        pronoun = self._pronoun_subject(sent.begin, q.span.begin)
        if people:
            return self._person_org(people[0][1])
        if pronoun:
            return self._person_org(pronoun)
        later = [(s, e) for s, e, in_title in r.org_mentions
                 if q.span.end <= s.begin < sent.end and not in_title and e.kind != "publisher"]
        if later:  # "71,5 persen pensiunan di wilayah kerja Kantor Cabang Malang"
            return later[0][1].key
        return None

    def _region_of_statistic(self, q: Quantity, sent, subject: str | None, carried_ok: bool = True) -> str | None:
        """Statistics an institution reports about a region are about the region (GOLD.md): 'Perekonomian
        Sulawesi Selatan tumbuh 5,31 persen', 'inflasi di Riau 2,15 persen', figures BPS or Bank Indonesia
        give. A figure is such a statistic when its clause names an economic indicator, or when it comes from
        an institution that reports on regions (kg/data/indonesian.json); its region is the place the sentence
        names, else the reporting office's, else the region of the statistics just before."""
        text = self.doc.text
        clause = text[sent.begin:q.span.begin].lower()
        marked = any(re.search(rf"\b{re.escape(m.lower())}\b", clause) for m in self.words["regional_statistics_markers"])
        reporter = self._reporting_office(subject)
        if not (marked or reporter is not None):
            return None
        around = clause + text[q.span.end:min(sent.end, q.span.end + 40)].lower()
        if reporter is not None and not marked and any(
                re.search(rf"\b{re.escape(w)}", around) for w in self.words["office_work_markers"]):
            return None  # the office's own work ("86 UMKM binaan", "1.284 pengaduan"), not a statistic of the region
        named = self._place_named_in(sent, q)
        if named:
            return named
        if self.last_region and sent.index - self.last_region_sentence <= 2 and (carried_ok or reporter is not None):
            return self.last_region
        if reporter is not None and reporter.places:
            return reporter.places[0]
        return None

    def _program_of_rate(self, q: Quantity, sent) -> str | None:
        """'Setiap ahli waris menerima manfaat JKM sebesar Rp42 juta', 'Rp300 ribu per penerima per bulan' of a
        program named in the sentence: an amount per person or per case is a parameter of the program."""
        text = self.doc.text
        before, after = text[max(sent.begin, q.span.begin - 80):q.span.begin].lower(), text[q.span.end:q.span.end + 25].lower()
        time_units = set(self.words["duration_units"]) | set(self.words["months"])  # "per Juni 2025" is a period
        cues = [re.match(r"\s*(?:per|untuk setiap|setiap|tiap)\s+(\w+)", after), re.search(r"\b(?:setiap|tiap|masing-masing)\s+(\w+)", before)]
        if q.unit == "count" or not any(c and c.group(1) not in time_units for c in cues):
            return None  # "Rp1,1 miliar per bulan" is a monthly total, not an amount per person
        named = [(s, key) for s, key in self.program_mentions if sent.begin <= s.begin and s.end <= q.span.begin]
        if not named and sent.index > 0:  # "… program Lansia Sejahtera. Setiap penerima mendapat Rp250 ribu per bulan"
            previous = self.doc.sentences[sent.index - 1]
            named = [(s, key) for s, key in self.program_mentions if previous.begin <= s.begin < previous.end]
        return max(named, key=lambda x: x[0].begin)[1] if named else None

    def _provider_of_programme_in(self, sent, q: Quantity) -> str | None:
        """A figure of a programme that nobody in the sentence reports belongs to the programme's provider,
        through its one local unit when the article has one (and does not speak nationally)."""
        named = [key for s, key in self.program_mentions if sent.begin <= s.begin < q.span.begin]
        providers = [self.program_providers.get(k) for k in named if self.program_providers.get(k)]
        if not providers:
            return None
        provider = providers[-1]
        units = [e for e in self.r.orgs if e.kind == "unit" and e.parent is not None and e.parent.key == provider]
        sentence = self.doc.text[sent.begin:sent.end].lower()
        if len(units) == 1 and not any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in self.words["national_scope_markers"]):
            return units[0].key
        return provider

    def _is_target(self, sent) -> bool:
        sentence = self.doc.text[sent.begin:sent.end].lower()
        return any(re.search(rf"\b{re.escape(c)}(?:nya)?\b", sentence) for c in self.words["target_cues"])

    def _reporting_office(self, subject: str | None):
        """The organisation (or its parent) when it is one whose figures describe a region (BPS, BI, OJK)."""
        if subject is None:
            return None
        entity = next((e for e in self.r.orgs if e.key == subject), None)
        reporters = {n.lower() for n in self.words["regional_statistics_reporters"]}
        while entity is not None:
            if {n.lower() for n in entity.names + entity.acronyms} & reporters:
                return next(e for e in self.r.orgs if e.key == subject)
            entity = entity.parent
        return None

    def _place_named_in(self, sent, q: Quantity) -> str | None:
        """The place the sentence names nearest before the figure (else after it), by any of its names."""
        text = self.doc.text
        best = None
        # a place inside a company's name or a title ("Dirut Bank Sumut itu") is not where the figure is
        inside_names = [s for s, e, _ in self.r.org_mentions
                        if e.top().org_type is not None and e.top().org_type.cls == BKG.Company] + \
                       [s for s, _, how in self.r.person_mentions if how == "title"]
        for key, place in self.r.places.items():
            if place.kind in ("country",):
                continue
            for name in {place.name, *self.r.place_names.get(key, set())}:
                for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[sent.begin:sent.end]):
                    pos = sent.begin + m.start()
                    if any(s.begin <= pos < s.end for s in inside_names):
                        continue
                    rank = (0, q.span.begin - pos) if pos < q.span.begin else (1, pos - q.span.begin)
                    if best is None or rank < best[0]:
                        best = (rank, key)
        if best:
            self.last_region_sentence = sent.index
        return best[1] if best else None

    def _narrowed_to_unit(self, subject: str, sent, q: Quantity) -> str:
        """An organisation named alone in an article about one of its units means that unit: '4.318 peserta
        di Jember', or 'PLN mencatat …' after 'PT PLN (Persero) UID Lampung' was introduced; unless the
        sentence says it speaks for the whole organisation ('secara nasional')."""
        sentence = self.doc.text[sent.begin:sent.end]
        units = [e for e in self.r.orgs if e.kind == "unit" and e.parent is not None and e.parent.key == subject]
        for e in units:
            for pkey in e.places:
                place = self.r.places.get(pkey)
                if place and any(re.search(rf"\bdi\s+(?:wilayah\s+)?{re.escape(n)}\b", sentence)
                                 for n in {place.name, *self.r.place_names.get(pkey, set())}):
                    return e.key
        # the scope a sentence sets ("Secara nasional, …") holds for the next one that goes on about it
        scope = sentence if sent.index == 0 else self.doc.text[self.doc.sentences[sent.index - 1].begin:sent.end]
        if len(units) == 1 and units[0].span.begin < q.span.begin and not any(
                re.search(rf"\b{re.escape(w)}\b", scope.lower()) for w in self.words["national_scope_markers"]):
            return units[0].key
        return subject

    def _owner_after(self, q: Quantity, sent) -> str | None:
        """'1.052 ASN Pemkot Pekanbaru', '600 pegawai Dinas Sosial': a noun then an organisation owns the figure."""
        for s, e, in_title in self.r.org_mentions:
            if not (q.span.end < s.begin < min(sent.end, q.span.end + 30)) or in_title or e.kind == "publisher":
                continue
            between = self.doc.text[q.span.end:s.begin].strip().split()
            if 1 <= len(between) <= 2 and between[0].lower() in self.words["member_nouns"] \
                    and all(w.isalpha() for w in between):
                return e.key
        return None

    def _sentence_subject(self, sent) -> str | None:
        r = self.r
        orgs = [(s, e) for s, e, in_title in r.org_mentions if sent.begin <= s.begin < sent.end and not in_title and e.kind != "publisher"]
        orgs += self._org_anaphors(sent.begin, sent.end)
        if orgs:
            return sorted(orgs, key=lambda x: x[0].begin)[0][1].key
        people = [(s, p) for s, p, how in r.person_mentions if sent.begin <= s.begin < sent.end]
        if people:
            return self._person_org(people[0][1])
        pronoun = self._pronoun_subject(sent.begin, sent.end)
        return self._person_org(pronoun) if pronoun else None

    def _person_org(self, person) -> str | None:
        return person.orgs[0].key if person and person.orgs else None

    def _pronoun_subject(self, begin: int, end: int):
        m = re.search(r"(?:^|\b)(Ia|Dia|Beliau|ia|dia|beliau)\b", self.doc.text[begin:end])
        if m:
            return self.r._speaker_before(begin + m.start())
        return None

    def _org_anaphors(self, begin: int, end: int) -> list:
        """'perusahaan itu', 'badan tersebut', 'kantor cabang itu', 'pemerintah kota': the last such organisation."""
        text = self.doc.text
        found = []
        types = [(a, t, "org") for t in self.lex.org_types for a in t.anaphors] + \
                [(a, u, "unit") for u in self.lex.unit_types for a in u.anaphors]
        for anaphor, kind, what in sorted(types, key=lambda x: -len(x[0])):
            flags = re.IGNORECASE if what == "org" and kind.government_level else 0
            for m in re.finditer(rf"\b{re.escape(anaphor)}(?:\s+(?:itu|tersebut|ini))?\b", text[begin:end], flags):
                demonstrative = m.group().split()[-1] in ("itu", "tersebut", "ini")
                if not demonstrative and what == "org" and not kind.government_level and anaphor not in self.words["bare_anaphors"]:
                    continue
                if m.start() > 0 and text[begin + m.start() - 1:begin + m.start()].isalpha():
                    continue
                if text[begin + m.start()].isupper() and m.start() > 0 and not (what == "org" and kind.government_level):
                    continue
                span = Span(begin + m.start(), begin + m.end())
                if any(span.overlaps(f[0]) for f in found) or any(span.overlaps(s) for s, _, _ in self.r.org_mentions):
                    continue
                target = self._last_org_of(kind, what, span.begin)
                if target is not None:
                    found.append((span, target))
        return found

    def _last_org_of(self, kind, what: str, before: int):
        best = None
        for s, e, _ in self.r.org_mentions:
            if s.begin >= before:
                continue
            if what == "unit" and e.kind == "unit" and e.unit_type is not None and e.unit_type.iri == kind.iri:
                best = e
            elif what == "org" and e.org_type is not None and e.org_type.iri == kind.iri and e.kind != "unit":
                best = e
        return best

    # ------------------------------------------------------------ period
    def _is_change(self, q: Quantity) -> bool:
        before = self.doc.text[max(0, q.span.begin - 25):q.span.begin].lower()
        cues = self.words["change_up"] + self.words["change_down"]
        return bool(re.search(rf"\b(?:{'|'.join(map(re.escape, cues))})\b(?:\s+(?:sebesar|sekitar|hingga|hampir|menjadi))?\s*$", before))

    def _period(self, q: Quantity, sent_periods: list[Period], carried: Period | None, change: bool) -> Period | None:
        candidates = [p for p in sent_periods if not (change and (p.baseline or p.relation))]
        if candidates:
            p = min(candidates, key=lambda p: _distance(p.span, q.span))
            if p.relation == "same":
                return carried
            if p.relation == "same-last-year":
                return _shift_year(carried, -1) if carried else None
            return p
        if carried:
            return carried
        if self.r.published:
            d = self.r.published
            return Period(Span(0, 0), d, d, "", False, "published")
        return None

    # ------------------------------------------------------------ the metric
    def _metric(self, q: Quantity, subject: str, subject_kind: str, period: Period | None, change: bool, so_far: list[Metric], sent) -> Metric:
        text = self.doc.text
        unit_code = ""
        if q.unit == "percent":
            unit_code = "P1"
        elif q.unit == "count":
            after = text[q.span.end:q.span.end + 30].lower()
            unit_code = "IE" if any(re.match(rf"\s+{re.escape(n)}\b", after) for n in self.words["person_nouns"]) else "C62"
        qualifier = self._qualifier(q)
        indicator_label, indicator = self._indicator(q, sent, change)
        is_target = self._is_target(sent)
        change_of = self._changed_metric(q, sent, so_far) if change else None
        part_of = self._total_for(q, sent, so_far)
        label = period.label if period else ""
        return Metric(span=self._evidence(q, sent), value=Decimal(format(q.value.normalize(), 'f')),
                      unit=q.unit, unit_code=unit_code, subject=subject, subject_kind=subject_kind,
                      indicator_label=indicator_label, indicator=indicator,
                      period_start=period.start if period else None, period_end=period.end if period else None,
                      period_label=label, qualifier=qualifier, is_target=is_target, change_of=change_of, part_of=part_of,
                      rule=f"metric.{q.rule.split('.')[-1]}")

    def _evidence(self, q: Quantity, sent) -> Span:
        """The sentence that states the figure: its subject and period are read from it."""
        return Span(sent.begin, sent.end)

    def _qualifier(self, q: Quantity) -> str:
        before = self.doc.text[max(0, q.span.begin - 30):q.span.begin].lower()
        for qual in self.lex.qualifiers:
            for form in qual.forms:
                if re.search(rf"\b{re.escape(form.lower())}\s*$", before):
                    return qual.key
        return "exact"

    def _indicator(self, q: Quantity, sent, change: bool):
        text = self.doc.text
        if change:
            up = any(re.search(rf"\b{re.escape(c)}\b", text[max(0, q.span.begin - 25):q.span.begin].lower()) for c in self.words["change_up"])
            concept = next(c for c in self.lex.indicators if c.label_id == ("pertumbuhan" if up else "penurunan"))
            return concept.label_id, concept.iri
        clause_start = max(sent.begin, text.rfind(",", sent.begin, q.span.begin) + 1)
        change_words = {w.lower() for w in self.words["change_up"] + self.words["change_down"]}
        after = text[q.span.end:min(sent.end, q.span.end + 40)].lower()

        def nearest_before(begin: int):
            window = text[begin:q.span.begin].lower()
            best = None
            for concept in self.lex.indicators:
                for form in concept.forms:
                    if form.lower() in change_words or concept.label_id in ("pertumbuhan", "penurunan"):
                        continue
                    for m in re.finditer(rf"\b{re.escape(form.lower())}\b", window):
                        if best is None or (m.end(), len(form)) > best[0]:
                            best = ((m.end(), len(form)), concept)
            return best[1] if best else None

        def right_after():
            found = [(len(f), c) for c in self.lex.indicators for f in c.forms
                     if f.lower() not in change_words and re.match(rf"\s*{re.escape(f.lower())}\b", after)]
            return max(found, key=lambda x: x[0])[1] if found else None

        # the clause that holds the figure, then the noun right after it, then the rest of the sentence
        concept = nearest_before(clause_start) or right_after() or nearest_before(sent.begin)
        if concept is not None:
            return concept.label_id, concept.iri
        m = re.match(r"\s*([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)", after)
        return (m.group(1) if m else "nilai"), None

    def _changed_metric(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'… Rp263,4 miliar. Jumlah itu naik 8,6 persen': the figure a change is about is the one before it in
        its sentence, or the last one of the previous sentence when this one refers back ('Jumlah itu')."""
        same = [k for k, m in enumerate(so_far) if m.span.begin == sent.begin and m.unit != "percent"]
        if same:
            return same[-1]
        opening = self.doc.text[sent.begin:q.span.begin].lower()
        about = [k for k, m in enumerate(so_far) if m.span.end <= sent.begin and m.indicator_label
                 and re.search(rf"\b{re.escape(m.indicator_label.lower())}\b", opening)]
        if about:  # "Laba naik 5,31 persen": the last figure of the same indicator
            return about[-1]
        if re.match(r"\s*(?:jumlah|angka|nilai|capaian|realisasi|total|posisi)\s+(?:itu|tersebut|ini)\b", opening) and so_far:
            previous = [k for k, m in enumerate(so_far) if m.span.end <= sent.begin]
            return previous[-1] if previous else None
        return None

    def _total_for(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        text = self.doc.text
        window_start = sent.begin
        window = text[window_start:q.span.begin].lower()  # lower the sentence, never the whole text per figure
        for cue in self.words["breakdown_cues"]:
            found = window.find(cue)
            i = window_start + found if found >= 0 else -1
            if i >= 0:
                totals = [k for k, m in enumerate(so_far) if m.span.end <= i + len(cue) + 200 and m.unit == (q.unit) and m.value > q.value]
                before_cue = [k for k in totals if so_far[k].span.begin < i]
                if before_cue:
                    return before_cue[-1]
        return None


def _distance(a: Span, b: Span) -> int:
    if a.end <= b.begin:
        return b.begin - a.end
    if b.end <= a.begin:
        return a.begin - b.end
    return 0


def _shift_year(p: Period, years: int) -> Period:
    def shift(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:
            return d.replace(year=d.year + years, day=28)
    return Period(p.span, shift(p.start), shift(p.end), p.label, True, "")
