"""Figures become metrics: what is measured, about whom, in which unit, for which period, how exactly.

Each figure takes its subject from the organisation named before it in its sentence, else from the
person speaking (their organisation), else from the sentence before; its period from the nearest period
in its sentence, else the period in force, else the article's date."""
from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from kg import gazetteer
from kg.components import people, places
from kg.document import LiteralFilter, NameOccurrences, Span, SpanIndex, last_word
from kg.extract.dates import Period, find_periods
from kg.extract.numbers import Quantity, ends_a_longer_number, find_quantities
from kg.facts import Metric, Program
from kg.identity import institution_named
from kg.lexicon import Lexicon, alternation, per_lexicon
from kg.vocab import BKG


# How far, in characters, the words that decide a figure's reading may lie from it (or from a name)
LOOKAROUND = 40  # the figure's own phrase, either side ("… yang disalurkan oleh X")
CUE_REACH = 25  # a change verb just before it ("naik"), a rate just after it ("per orang")
ROUNDING_TOLERANCE = Decimal("0.05")  # a figure said again rounded differs from it by less than this share
QUALIFIER_REACH = 30  # "lebih dari", "sekitar" just before it
OWNER_REACH = 30  # "600 pegawai Dinas X": the organisation that owns what it counts, just after it
PREPOSITION_REACH = 15  # "di", "kepada" just before an organisation's name: an object, not a subject
OBJECT_REACH = 30  # the same with a group noun between ("dari unsur", "di lingkungan")
ATTRIBUTION_REACH = 2  # sentences: "Hal itu disampaikan …" after the figures it attributes
RATE_REACH = 80  # "setiap penerima … Rp200 ribu": who a rate is per, earlier in its sentence
# A regency's seat ("Purwokerto", kind "town") is where things happen and reporters file from, but no region
# that statistics are kept for: its regency or its city is. A figure is given to a town only where the article
# writes it as a city ("Kota Maumere mengalami inflasi 0,8 persen": one of the towns BPS keeps prices for).
FIGURELESS_PLACE_KINDS = frozenset({"town"})
TOWN_AS_CITY = gazetteer.CANONICAL_PREFIX["city"]  # 'Kota '
# how deep each kind of place lies in the administrative division (a region holds divisions deeper than itself)
DIVISION_DEPTH = {"country": -1, "region-group": -1, "island-region": -1, "province": 0, "regency": 1, "city": 1,
                  "district": 2, "village": 3}
MEASURE_CODES = frozenset({"TNE", "KGM", "DTN", "HAR", "MTK", "LTR", "K6", "MTQ", "KMT"})  # weights, areas, volumes,
# lengths (not metres: 'rumah itu bergeser dua meter' says how far, not how much of something)
# places abroad: named as where people travel or come from ("dipulangkan dari Kuala Lumpur"), rarely what an Indonesian
# institution's figure is about, they are read as a figure's subject only where countries are asked for
ABROAD_PLACE_KINDS = ("country", "foreign-city")
RESTATE_REACH = 3  # sentences back within which a rate said again with no period of its own is a repetition


def _verb_root(word: str, prefixes: list[str]) -> str:
    """A verb without the prefix of its voice ('mencapai', 'tercapai', 'dicapai' -> 'capai'): the same act however
    written. Only `prefixes` that leave the root's first letter as it is (kg/data/indonesian.json
    root_keeping_verb_prefixes)."""
    return re.sub(rf"^(?:{'|'.join(map(re.escape, prefixes))})(?=[a-z]{{4}})", "", word.lower())


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern compiled once: the figures of a long article ask for more patterns (one per place name, cue
    or form) than the regular expression module's own cache keeps, and recompiling them dominated."""
    return re.compile(pattern, flags)


def _anaphor_patterns(lex) -> list:
    """Each anaphor of an organisation or unit type, longest first, with its kind, whether it names an
    organisation or a unit, its compiled pattern and whether that ignores case (see `MetricReader._org_anaphors`)."""
    types = [(a, t, "org") for t in lex.org_types for a in t.anaphors] + \
            [(a, u, "unit") for u in lex.unit_types for a in u.anaphors]
    demonstratives = "|".join(map(re.escape, lex.words["reference_demonstratives"]))
    out = []
    for anaphor, kind, what in sorted(types, key=lambda x: -len(x[0])):
        flags = re.IGNORECASE if what == "org" and kind.government_level else 0
        # "Dinas itu juga …": capitalised where it opens a sentence (a capital elsewhere starts a name, see _org_anaphors)
        opening = f"[{anaphor[0].upper()}{anaphor[0].lower()}]" if anaphor[:1].isalpha() else re.escape(anaphor[:1])
        pattern = re.compile(rf"\b{opening}{re.escape(anaphor[1:])}(?:\s+(?:{demonstratives}))?\b", flags)
        out.append((anaphor, kind, what, pattern, bool(flags)))
    return out


def _change_cue_pattern(lex) -> re.Pattern:
    """A change word ('naik', 'turun') and what may come between it and its figure, at the end of the text before it
    (a minus sign too: 'deflasi -0,4 persen')."""
    cues = lex.words["change_up"] + lex.words["change_down"]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cues))})\b(?:\s+(?:sebesar|sekitar|hingga|hampir))?\s*-?$")


def _unit_noun_patterns(lex) -> list[tuple[str, re.Pattern]]:
    """Each measure noun's code and pattern, the longest noun first ("megawatt jam" before "megawatt"); a noun in
    lower case is matched in any case."""
    measures = lex.words["unit_nouns"]
    return [(measures[noun], re.compile(rf"\s*{re.escape(noun)}(?!\w)", 0 if noun != noun.lower() else re.IGNORECASE))
            for noun in sorted(measures, key=len, reverse=True)]


def _indicator_forms(lex) -> list[tuple]:
    """Each form of an indicator that a figure's words before it may name (not a change word, nor growth or
    decline, which the change cues decide), in the lexicon's order: its concept, the form, the form in lower case
    and its whole-word pattern."""
    change_words = {w.lower() for w in lex.words["change_up"] + lex.words["change_down"]}
    return [(concept, form, form.lower(), re.compile(rf"\b{re.escape(form.lower())}\b"))
            for concept in lex.indicators for form in concept.forms
            if form.lower() not in change_words and concept.label_id not in ("pertumbuhan", "penurunan")]


def _person_noun_patterns(lex) -> list[re.Pattern]:
    return [re.compile(rf"\s+{re.escape(n)}\b") for n in lex.words["person_nouns"]]


def _of_type(e, kind, what: str) -> bool:
    """A unit of this unit type, or an organisation (not a unit) of this organisation type."""
    if what == "unit":
        return e.kind == "unit" and e.unit_type is not None and e.unit_type.iri == kind.iri
    return e.org_type is not None and e.org_type.iri == kind.iri and e.kind != "unit"


class MetricReader:
    """Reads the figures of one article from its state (`kg.components.state.ArticleState`): the places,
    organisations, people, quotation speakers and programmes earlier components assigned. It adds a place
    only through `kg.components.places.add_place` (the nation a national figure is about, a numbered area)."""

    def __init__(self, state, excluded: list[Span], programs: list[Program]):
        self.r = state
        self.doc = state.doc
        self.lex = state.lex
        self.words = state.lex.words
        self.excluded = excluded
        self.program_keys = {p.key for p in programs}
        self.program_providers = {p.key: p.provider for p in programs}
        self.program_mentions = [(s, p.key) for p in programs for s in state.program_spans.get(p.key, ())]
        # "Jaminan Kematian", "Kredit Usaha Rakyat": a programme with a proper name can own the amount it pays
        # per person; a common noun ("beasiswa", "bantuan") leaves that amount to whoever gives it
        self.named_programs = {p.key for p in programs if self._is_proper_name(state.program_spans.get(p.key, ()))}

    def _is_proper_name(self, spans) -> bool:
        """Written with a capital inside sentences ('program Jaminan Kematian'), not only where a sentence starts."""
        inside = [s for s in spans if s.begin != self.doc.sentence_at(s.begin).begin]
        return all(self.doc.text[s.begin].isupper() for s in inside)

    def read(self) -> list[Metric]:
        r, doc = self.r, self.doc
        self.nouns: list[str | None] = []  # the word each metric counts, by its index in the output
        self.phrases: list[str | None] = []  # the words that say what each metric counts, by the same index
        self.rates: list[str | None] = []  # the time each amount is paid per ('per bulan'), by the same index
        self.figures: list[Span] = []  # where each metric's figure is written, by the same index
        self.subject_steps: list[str] = []  # which step of the subject cascade chose each subject (for debugging, and
        # for the steps that go on from the figure before: `_statistic_goes_on`, a breakdown's parts)
        quantities = [q for q in find_quantities(doc, self.excluded + [s for s, _, _ in r.org_mentions])
                      if not self._numbers_an_area(q) and not self._numbers_a_name(q) and not self._describes_an_item(q)
                      and not self._states_a_norm(q) and not self._sizes_a_product(q) and not self._names_a_rating(q)
                      and not self._bounds_a_category(q) and not self._whole_hoped_for(q)]
        quantities = [q for q in quantities if not self._headline_repeats(q, quantities)]
        quantities = self.quantities = sorted(quantities + self._spelled_counts_each(quantities)
                                              + self._spelled_measures(quantities), key=lambda q: q.span.begin)
        periods = find_periods(doc, r.published, self.excluded)
        focus = None
        self.last_region, self.last_region_sentence = None, -9
        self.region_in_sentence: tuple[int, str] | None = None  # (sentence index, region) of the last region's figure
        self._parts_in_turn: tuple[int, str, set[str]] | None = None  # (sentence, region, its parts named in turn)
        self._struck_places: set[str] = set()  # the places an office's records say an event struck
        self._left_out_item: Span | None = None  # the figure of the last list item left out (an unknown name's)
        self._focus_kept: str | None = None  # the office that stays in focus when its figure went to its government
        carried: Period | None = None
        out: list[Metric] = []
        by_sentence: dict[int, list[Quantity]] = {}
        for q in quantities:
            by_sentence.setdefault(doc.sentence_at(q.span.begin).index, []).append(q)
        periods_at = SpanIndex(periods, lambda p: p.span)
        for sent in doc.sentences:
            if not self._struck_places:
                self._struck_places.update(self._places_an_event_struck(sent))
            sent_periods = periods_at.beginning_in(sent.begin, sent.end)
            subject_here = None
            first_here = len(out)  # the metrics this sentence adds are out[first_here:]
            for q in by_sentence.get(sent.index, []):
                if self._rounds_the_figure_before(q, sent, out):
                    continue
                holders = self._distributed_among(q, sent) or self._paired_in_order(q, sent)
                if holders:  # "Kabupaten A, B dan C masing-masing 3 orang": each has the figure; the focus stays
                    self._step = "distributive"
                    for holder in holders:
                        self._add_metric(q, holder, sent, sent_periods, carried, out)
                    continue
                subject = self._inherited_subject(q, sent, out)
                divisions = False
                self._focus_kept = None
                if subject is not None:
                    self._step = self._inherited_step
                    if self._is_place(subject):  # a part of a region's total is the region's, as the total was
                        self.last_region, self.last_region_sentence = subject, sent.index
                else:
                    subject, divisions = self._own_subject(q, sent, focus, out)
                    attributed = self._attributed_after(sent) if subject is None else None
                    if attributed is not None:  # read again as if the body it names were in focus: a region's
                        subject, divisions = self._own_subject(q, sent, attributed, out)  # statistic stays the region's
                        self._step = f"attributed_after:{self._step}"
                    if subject is not None and self._is_place(subject) and self._counts_divisions(q) \
                            and not self._can_hold_the_divisions(subject, q):
                        subject = self._recent_place_holding_the_divisions(q, sent)  # '21 kabupaten kota' after a
                        self._step = f"holding_divisions:{self._step}"  # city's figures: no city's, the province's
                    if subject is None:
                        continue
                if self._add_metric(q, subject, sent, sent_periods, carried, out) != "program" and not divisions \
                        and not (subject_here is not None and self._is_nation(subject)):
                    subject_here = self._focus_kept or subject  # nor does a programme's parameter set the focus,
                    # nor the nation's figure after another's ('kredit tumbuh 8 persen, sedang nasional 6 persen'): the
                    # yardstick; an office whose sum went to its government stays in focus
            if subject_here is not None and self._is_place(subject_here):
                scope = self._scope_of_parts_named(subject_here, sent) or self._scope_of_next_part(subject_here, sent)
                subject_here = scope or (None if self._places_in_turn(out, first_here) else subject_here)
            focus = subject_here or self._sentence_subject(sent) or focus
            explicit = [p for p in sent_periods if not p.baseline and not p.relation]
            if explicit:
                carried = explicit[-1]
        return out

    def _add_metric(self, q: Quantity, subject: str, sent, sent_periods: list[Period], carried: Period | None,
                    out: list[Metric]) -> str:
        """The figure as a metric of `subject`, added to `out` unless it restates one before; the kind of the subject."""
        subject_kind = "org" if subject in self._orgs_by_key() else (
            "program" if subject in self.program_keys else "place")
        change = self._is_change(q)
        period = self._period(q, sent_periods, carried, change)
        if self._restated(q, subject, sent, sent_periods, period, out):
            return subject_kind
        metric = self._metric(q, subject, subject_kind, period, change, out, sent)
        items = self._coordinated_items(q, sent)
        for item in items or [None]:  # "telur ayam dan tepung 0,2 persen": each item has the figure
            label = f"{metric.indicator_label} {item}" if item else metric.indicator_label
            out.append(replace(metric, indicator_label=label, indicator=None) if item else metric)
            self.nouns.append(self._counted_noun(q))
            self.phrases.append(self._counted_phrase(q))
            self.rates.append(self._time_rate(q))
            self.figures.append(q.span)
            self.subject_steps.append(self._step)
        return subject_kind

    # ------------------------------------------------------------ a figure each of a list has
    def _spelled_counts_each(self, found: list[Quantity]) -> list[Quantity]:
        """'Kabupaten A, B dan C masing-masing dua pasien dirawat': a whole number written as a word right after the
        words that give each of a list of names a figure is that figure (a spelled-out number elsewhere is none the
        numbers reader keeps); only where the names before them are such a list."""
        text, words = self.doc.text, self.words["number_words"]
        whole = [w for w, v in words.items() if v >= 1 and v == int(v) and len(w) > 2]
        pattern = _compiled(rf"\b(?:{_alternation_of(self.words['distributive_words'])})\s+(?P<word>{_alternation_of(whole)})"
                            rf"(?=\s+[a-z])", re.IGNORECASE)
        taken = [q.span for q in found]
        spelled = []
        for m in pattern.finditer(text):
            span = Span(m.start("word"), m.end("word"))
            q = Quantity(span, Decimal(str(words[m.group("word").lower()])), "count", "count.spelled_each")
            sent = self.doc.sentence_at(span.begin)
            if not any(span.overlaps(t) for t in taken) and self._holders_before_each(q, sent):
                spelled.append(q)
        return spelled

    def _spelled_measures(self, found: list[Quantity]) -> list[Quantity]:
        """'enam ton', 'tiga hektare': a whole number written as a word right before a measure (a weight, an area, a
        length, a volume: MEASURE_CODES) is a figure as its digits would be; a word before a count ('dua orang') stays a
        word, as the numbers reader leaves it."""
        text, words = self.doc.text, self.words["number_words"]
        whole = [w for w, v in words.items() if v >= 1 and v == int(v) and len(w) > 2]
        pattern = _compiled(rf"\b(?P<word>{_alternation_of(whole)})(?=\s)", re.IGNORECASE)
        measures = [p for code, p in per_lexicon("unit-nouns", self.lex, _unit_noun_patterns) if code in MEASURE_CODES]
        taken = [q.span for q in found]
        spelled = []
        for m in pattern.finditer(text):
            span = Span(m.start("word"), m.end("word"))
            if not any(p.match(text, span.end) for p in measures) or any(span.overlaps(t) for t in taken) \
                    or ends_a_longer_number(text, span.begin):
                continue  # 'dua puluh lima ton', 'lima hingga enam ton': the word is not the figure
            q = Quantity(span, Decimal(str(words[m.group("word").lower()])), "count", "count.spelled_measure")
            if not (self._numbers_an_area(q) or self._numbers_a_name(q) or self._describes_an_item(q)):
                spelled.append(q)
        return spelled

    def _distributed_among(self, q: Quantity, sent) -> list[str]:
        """The holders of a figure after 'masing-masing' (`_holders_before_each`); where several figures joined by
        commas and 'dan' follow it ('Kota A dan Kota B masing-masing 9 persen dan 6 persen') and the holders are as
        many, each figure is its holder's in order."""
        if "masing" not in self.doc.text[sent.begin:q.span.begin].lower():
            return []  # the word that gives each its figure comes before the figures
        figures, first, last, at = self._figures_joined(q, sent)
        holders = self._holders_before_each(figures[first], sent)
        if last == first or not holders:
            return holders
        if len(holders) == last - first + 1:
            return [holders[at - first]]
        return holders if at == first else []

    def _figures_joined(self, q: Quantity, sent) -> tuple[list[Quantity], int, int, int]:
        """The sentence's figures, and where the list of figures joined by commas and 'dan' that holds `q` begins and
        ends, and where `q` is in it."""
        text = self.doc.text
        figures = [x for x in self.quantities if sent.begin <= x.span.begin < sent.end]
        # ('… 0,3 persen dan deflasi 0,1 …': a word of what the next figure is may follow the joiner)
        pattern = _compiled(rf"(?:\s+[a-z]+)?{self._list_joiner()}(?:[a-z]+\s+)?")
        at = next(k for k, x in enumerate(figures) if x.span == q.span)
        first, last = at, at
        while first > 0 and pattern.fullmatch(text, figures[first - 1].span.end, figures[first].span.begin):
            first -= 1
        while last + 1 < len(figures) and pattern.fullmatch(text, figures[last].span.end, figures[last + 1].span.begin):
            last += 1
        return figures, first, last, at

    def _holders_before_each(self, q: Quantity, sent) -> list[str]:
        """'Kabupaten A, B, dan Kota C masing-masing 3 orang', 'Bank X dan Bank Y masing-masing sebesar Rp5 miliar': a
        list of names joined by commas and a last 'dan' or 'serta' right before 'masing-masing' (kg/data/indonesian.json)
        and the figure (up to three words between: 'masing-masing mencatat inflasi 0,3 persen') gives each of them the
        figure. The places and organisations the article knows, in the list's
        order; a name it does not know ('Kabupaten A, B, …' where B is no known place) keeps its figure to itself.
        Nothing where the words before 'masing-masing' are no such list."""
        text = self.doc.text
        each = _compiled(rf"(?:{_alternation_of(self.words['distributive_words'])})(?:\s+[a-z]+){{0,3}}\s+$",
                         re.IGNORECASE).search(text, max(sent.begin, q.span.begin - 60), q.span.begin)
        if each is None:
            return []
        begin = self._after_dateline(sent)
        names = {where.end: (where.begin, key) for where, key in self._place_names_between(begin, each.start())}
        names.update({s.end: (s.begin, e.key) for s, e, in_title in self._orgs_in(begin, each.start())
                      if not in_title and e.kind != "publisher" and s.end <= each.start()})
        joiner = _compiled(rf"{self._list_joiner()}$")
        unknown = _compiled(r"(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$")
        holders, items, joined, end = [], 0, False, each.start()
        while True:
            end = len(text[:end].rstrip())
            if end in names:
                start, key = names[end]
                holders.append(key)
            else:
                name = unknown.search(text, begin, end)
                if name is None:
                    break
                start = name.start()
            items += 1
            sep = joiner.search(text, begin, start)
            if sep is None:
                break
            joined = joined or bool(_compiled(rf"\b(?:{_alternation_of(self.words['coordinators'])})\b").search(sep.group()))
            end = sep.start()
        if items < 2 or not joined or self._names_recipients(begin, start) or not self._one_kind(holders):
            return []
        return list(dict.fromkeys(reversed(holders)))

    def _list_joiner(self) -> str:
        """What joins the items of a list: a comma, a comma and 'dan' or 'serta', or 'dan' alone
        (kg/data/indonesian.json coordinators)."""
        words = _alternation_of(self.words["coordinators"])
        return rf"(?:\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)"

    def _names_recipients(self, begin: int, list_start: int) -> bool:
        """'bantuan kepada 200 warga Kecamatan A dan Kecamatan B masing-masing Rp1 juta': a list after 'kepada', 'bagi',
        'untuk' (kg/data/indonesian.json) in its clause names where the recipients live, not who holds the figure."""
        links = _alternation_of(self.words["recipient_links"])
        return _compiled(rf"\b(?i:{links})\b[^,.;]*$").search(self.doc.text, max(begin, list_start - 60), list_start) is not None

    def _one_kind(self, holders: list[str]) -> bool:
        """'Kabupaten A, Jawa Barat dan Kabupaten B masing-masing 3 unit': the province only says where A lies; a list
        sharing a figure names things of one kind (regencies and cities together, provinces, organisations), else
        nothing is shared."""
        level = {"city": "regency"}
        kinds = {level.get(self.r.places[k].kind, self.r.places[k].kind) if k in self.r.places else "org" for k in holders}
        return len(kinds) <= 1

    def _paired_in_order(self, q: Quantity, sent) -> list[str]:
        """'Rp5 miliar dan Rp3 miliar masing-masing untuk Kabupaten A dan Kabupaten B': figures joined by commas and 'dan',
        then 'masing-masing', a preposition (kg/data/indonesian.json) and as many names the article knows joined the same
        way, give the figures to the names in their order: the name in the figure's place, in a list of one. Nothing where
        the counts differ or a name is not known."""
        text = self.doc.text
        if "masing" not in text[q.span.end:sent.end].lower():
            return []  # the words that pair them come after the figures
        figures, first, last, at = self._figures_joined(q, sent)
        joiner = self._list_joiner()
        if last == first:
            return []
        each, to = _alternation_of(self.words["distributive_words"]), _alternation_of(self.words["distributive_pair_prepositions"])
        lead = _compiled(rf"(?:\s+[a-z]+)?\s+(?i:{each})\s+(?:{to})\s+").match(text, figures[last].span.end)
        if lead is None:
            return []
        names = {where.begin: (where.end, key) for where, key in self._place_names_between(lead.end(), sent.end)}
        names.update({s.begin: (s.end, e.key) for s, e, in_title in self._orgs_in(lead.end(), sent.end)
                      if not in_title and e.kind != "publisher"})
        holders, begin = [], lead.end()
        while begin in names:
            end, key = names[begin]
            holders.append(key)
            sep = _compiled(joiner).match(text, end)
            begin = sep.end() if sep else -1
        return [holders[at - first]] if len(holders) == last - first + 1 else []

    def _own_subject(self, q: Quantity, sent, focus: str | None, so_far: list[Metric]) -> tuple[str | None, bool]:
        """Whom a figure is about from its own sentence (the organisation, person or place it names, the region a
        statistic describes), else the subject in focus; and whether the focus stays where it was (a count of a
        region's divisions, what an office records of its area). None where nothing says."""
        if self._item_of_an_unknown_name(q, sent, so_far) or self._same_item_as_left_out(q):
            self._step = "unknown_item"
            self._left_out_item = q.span
            return None, False
        agent_after = self._agent_after(q, sent)
        agent = agent_after or self._operator(q, sent)
        residents_of = None if agent else self._residents_of_a_named_place(q, sent)
        received = None if agent else self._area_receiving(q, sent)
        topic = None if agent else (residents_of or self._topic_place(q, sent) or received
                                    or self._nation_in_its_tail(q, sent))
        if topic is not None and (self._own_money_by_area(q, sent, focus)
                                  or self._companys_figure_by_area(q, sent, focus, topic)):
            topic = None
        self._subject_step = None
        stated = agent or self._subject(q, sent)
        subject = stated or focus
        step = ("agent_after" if agent_after else "operator") if agent else (
            f"subject:{self._subject_step}" if stated else ("focus" if focus else None))
        if topic is None and not agent and not stated and focus is not None and self._is_place(focus):
            topic = self._opening_place(q, sent)  # "Di Provinsi Y, kuota tahun ini 1.750 jemaah" after region X's
        pointed = None if agent or stated else (  # "Angkanya mencapai 4 persen", "Kecamatan ini …"
            self._region_pointed_back(sent) or self._division_pointed_back(sent)
            or self._statistic_announced_before(sent, focus))
        self._statistic_step = None
        residents = market = land = quota = area = located = facilities = None
        region = topic or pointed or (
            None if agent else self._region_of_statistic(q, sent, subject, carried_ok=stated is None)) or (
            None if agent else (residents := self._region_of_residents(q, sent, subject))) or (
            None if agent else (market := self._region_of_market_price(q, sent, subject))) or (
            None if agent else (land := self._region_of_land_area(q, sent, subject))) or (
            None if agent else (quota := self._region_of_quota(q, sent, subject))) or (
            None if agent else (area := self._region_of_area_record(q, sent, subject))) or (
            None if agent else (located := self._region_of_office_area(q, sent, subject))) or (
            None if agent else (facilities := self._region_of_facilities(q, sent, subject)))
        region_step = ("residents_of_place" if residents_of else "topic_place") if topic else \
            "region_pointed_back" if pointed else (
            f"statistic:{self._statistic_step}" if self._statistic_step else "residents" if residents else
            "market_price" if market else "land_area" if land else "quota" if quota else "area_record" if area else
            "office_area" if located else "facilities" if facilities else None)
        if region is None and not agent and self._quote_goes_on_with_region_count(q, sent, so_far):
            region = self.last_region  # 'Kasus di Kota X 900 kasus. "Januari 310 kasus," kata Kepala Dinkes'
            region_step = "quote_goes_on"
        if region is None and not agent and (self._subject_step in SPEAKERS_STEPS or (
                subject is not None and self._named_as_source_of_data(subject, q, sent))) \
                and self._statistic_goes_on(q, sent, subject, so_far):
            region = so_far[-1].subject  # 'DPMPTSP X mencatat realisasi investasi Rp1 triliun. "Triwulan I Rp300
            # miliar,"'
            region_step = "statistic_goes_on"
        series = None
        if region is None and stated is None and not agent and focus is not None:
            region = series = self._region_of_the_series(q, sent, so_far)
            region_step = "series" if region else region_step
        if region is None and stated is None and not agent:
            # "Jumlah kasus di Tanah Air mencapai 62.000", "Indonesia memiliki 280 juta penduduk" name the nation as
            # where the figure is; a figure merely called national ("secara nasional") may still be the national
            # body's in focus
            region = self._nation_of(q, sent, "nation_place_markers") or self._nation_named(q, sent)
            if region is None and subject is not None and (
                    self._is_place(subject) or self._office_of_a_region(subject)):
                region = self._nation_of(q, sent)  # '… 4,2 persen, di bawah angka nasional 6 persen' after a region's;
                # 'Peserta secara nasional 3.100' after a branch's figures: no office of one region counts the nation
                # (a national body's figure so called stays its own)
            region_step = "nation" if region else region_step
        if region is None and stated is None and subject is not None:
            region = self._place_in_scope(sent, q, subject)  # "Jumlah sekolah di Kabupaten X mencapai 500"
            region_step = "place_in_scope" if region else region_step
        if region and region not in (located, quota, received) and stated and self._is_target(sent) \
                and self._reporting_office(stated) is None and self._region_of_quota(q, sent, stated) != region \
                and not self._set_against_target(sent):
            region = None  # "Pemprov menargetkan kemiskinan di Jambi di bawah 4 persen" is the government's target;
            # a figure only measured against one ('… 98 persen dari target') is no target, and keeps its region
            step = step + "+target"
        if region is None and subject is None:
            subject = self._provider_of_programme_in(sent, q)  # "Cakupan kepesertaan JKN di Kota X mencapai 90 persen"
            step = "provider_of_programme" if subject else step
        if region is None and (subject is None or (stated is None and not agent and self._is_place(subject)
                                                     and not self._opens_with_a_place(sent))):
            # "Jumlah pasar rakyat di Kota Blitar mencapai 120"; "Rp4 miliar sisanya piutang Kabupaten Z"
            # after region Y's figure: a place the figure's own sentence names outranks the region in focus (one that
            # opens it, 'Di Jakarta, Senin, disebutkan …', was read by `_opening_place`: where something was said)
            region = self._place_named_in(sent, q)
            region_step = "place_named_in" if region else region_step
        divisions = region is None and subject is not None and self._counts_divisions(q) and not self._is_target(sent)
        # '500 desa ditargetkan berlistrik tahun ini': villages an office aims to reach are its work, no region's count
        if divisions:  # "dari 120 desa, 98 desa telah membayar": the region's, while the office stays in focus
            region = self._region_of_divisions(sent, q, subject)
            region_step = "divisions" if region else region_step
        program = self._program_of_rate(q, sent)
        if program:
            region, subject = None, program
            step = "program_of_rate"
        if (area and region == area) or (land and region == land) or (quota and region == quota) \
                or (facilities and region == facilities):
            # "BPBD X mencatat 340 rumah terendam. Petugas mendirikan 10 tenda.": the office stays in focus
            self._step = "area_record" if area else "land_area" if land else "quota" if quota else "facilities"
            if area and region == area:  # '"Januari 410 kasus," kata dia' after the area's 900 cases: the area's
                self.last_region, self.last_region_sentence = region, sent.index
            return region, True
        if series and region == series:
            self._step = "series"
            return series, True
        if region:
            subject = region
            yardstick = self._nation_beside_a_region(region, sent) or self._extreme_beside_a_region(region, sent)
            if not yardstick:
                self.last_region = self._scope_of_parts_named(region, sent) or self._scope_of_next_part(region, sent) \
                    or region
            self.last_region_sentence = sent.index
            if not (yardstick and self._region_said_in(sent)):  # 'kredit 14 persen, di atas nasional 5 persen, dengan
                self.region_in_sentence = (sent.index, region)  # NPL 1,4 persen': the region's NPL, not the nation's
            subject = self._government_of_budget(region, sent, q)
            self._step = region_step + ("+budget" if subject != region else "")
        elif subject is None:
            return None, divisions
        else:
            narrowed = self._narrowed_to_unit(subject, sent, q)
            bureau = self._government_of_bureau(narrowed, sent)
            final = self._government_of_revenue_office(bureau, sent, q)
            self._focus_kept = bureau if final != bureau else None  # 'Rapat itu dihadiri 40 anggota' after the
            # budget a parliament passed: the parliament's still
            widened = self._widened_to_nation(final, q, sent)
            self._step = step + ("+unit" if narrowed != subject else "") + ("+bureau" if final != narrowed else "") + (
                "+nation" if widened != final else "")
            subject = widened
        return subject, divisions

    # ------------------------------------------------------------ a subject said before
    def _is_nation(self, key: str) -> bool:
        return key == places.place_key(self.r, self.words["nation"])

    def _nation_beside_a_region(self, region: str, sent) -> bool:
        """'NPL 2,1 persen, lebih baik dibanding nasional 2,6 persen. Aset BPR tumbuh 9 persen': in an article about
        a region, the nation's figure is the yardstick, and the figures after it that name nowhere stay the region's."""
        return self._is_nation(region) and self.last_region is not None and not self._is_nation(self.last_region) \
            and sent.index - self.last_region_sentence <= 2 and not self._opens_with_the_nation(sent)

    def _extreme_beside_a_region(self, region: str, sent) -> bool:
        """'Kota A inflasi 2 persen. Adapun inflasi paling tinggi tercatat di Kota B, 5 persen …' then '"Kenaikan itu
        datang dari kelompok makanan (3 persen)," kata Kepala BPS Kota A': in an article about a region, the place a
        sentence names as the top or bottom of a ranking (kg/data/indonesian.json ranking_words, a verb, then 'di') is
        another yardstick; its figure is its own, but the figures after it that name nowhere stay the region's. Not
        the place a ranking runs in ('TPT tertinggi di Kabupaten A berasal dari lulusan SMK')."""
        if self.last_region is None or self.last_region == region or sent.index - self.last_region_sentence > 2:
            return False
        words = _alternation_of(self.words["ranking_words"]["words"])
        names = _alternation_of({self.r.places[region].name, *self.r.place_names.get(region, set())})
        listed = r"(?:[^.;,]{1,30}?(?:,|\s+dan)\s+)?"  # 'terendah tercatat di Kota B dan Kota C'
        return _compiled(rf"\b(?:{words})\s+(?:[a-z]+\s+){{1,2}}di\s+{listed}(?:{names})\b", re.IGNORECASE).search(
            self.doc.text, sent.begin, sent.end) is not None

    def _opens_with_the_nation(self, sent) -> bool:
        """'"Di Indonesia, rasio kecukupan modal 22 persen …': a sentence that opens by saying it is about the nation
        (kg/data/indonesian.json locative_openers) turns to it; the nation is its topic, no yardstick."""
        openers = _alternation_of(self.words["locative_openers"])
        nation = re.escape(self.words["nation"])
        return _compiled(rf"[\s\"“']*(?:{openers})\s+{nation}\b", re.IGNORECASE).match(
            self.doc.text, self._after_dateline(sent)) is not None

    def _inherited_subject(self, q: Quantity, sent, so_far: list[Metric]) -> str | None:
        """'KPw BI X menyediakan Rp3 triliun. Dana itu terdiri atas Rp2 triliun uang baru …', '… Rp29 miliar.
        Angka tersebut naik menjadi Rp31 miliar': a part of a total, and a figure whose sentence opens by pointing back
        to the figure before it, are about whom that figure is about, whatever place or office the article is about
        by then, unless their own words name someone or somewhere ('terdiri dari 300 orang di Kota A')."""
        broken_down = self._broken_down_total(q, sent, so_far)
        if broken_down is not None:
            total, cue_end = broken_down
            self._inherited_step = "inherited:breakdown"
            return None if self._part_names_its_own(q, sent, cue_end) else so_far[total].subject
        # a share of a count, the count said again in other units, the value a change starts from, the change
        for step, figure_before in (("share", self._share_of_the_count_before),
                                    ("restated", self._restated_in_other_units),
                                    ("baseline", self._baseline_of_the_figure_before),
                                    ("change", self._change_of_the_figure_before),
                                    ("from_to", self._end_of_the_change_before)):
            k = figure_before(q, sent, so_far)
            if k is not None:
                self._inherited_step = f"inherited:{step}"
                return so_far[k].subject
        item = self._next_item_of_a_list(q, sent, so_far)
        if item is not None:
            self._inherited_step = "inherited:list_item"
            return so_far[item].subject
        sibling = self._part_before_in_sentence(q, sent, so_far)
        if sibling is not None:
            part, cue_end = sibling
            self._inherited_step = "inherited:breakdown"
            return None if self._part_names_its_own(q, sent, cue_end) else so_far[part].subject
        self._inherited_step = "inherited:pointing_back"
        opened = self._pointing_back_opener(sent)
        if opened is None or self._named_between(opened, q.span.begin) or self._national(q, sent) is not None:
            return None  # 'Angka itu di bawah rasio NPL secara nasional, yang 3 persen': the nation's, set beside
        # the figure before: in the sentence before, or the one before that where the sentence between has none
        # ('KPw X mengedarkan Rp3 triliun. Angka ini belum termasuk layanan keliling. "Capaian itu naik 10 persen …"')
        before = self.doc.sentences[max(0, sent.index - 2)].begin
        previous = [m for m in so_far if before <= m.span.begin < sent.begin]
        return previous[-1].subject if previous else None

    def _baseline_of_the_figure_before(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'125 kasus sepanjang 2024, naik dari 98 kasus pada 2023', 'Rp5 miliar, turun dibanding tahun lalu Rp6
        miliar': the figure a change starts from, after a word of change (kg/data/indonesian.json change_up,
        change_down) and 'dari' or 'dibanding' (baseline_cues), is the earlier value of the last figure in its
        sentence and unit: about whom that figure is, whatever steps its own words would take."""
        changes = self._change_words_pattern()
        for k in range(len(so_far) - 1, -1, -1):
            figure = self.figures[k]
            if figure.begin < sent.begin:
                return None
            if so_far[k].unit != q.unit or so_far[k].change_of is not None:
                continue  # 'naik 27,5 persen dari 98 kasus': the change between them is no value of the same thing
            if self._named_between(figure.end, q.span.begin):
                return None  # 'naik dibanding Kabupaten Y yang 98 kasus': another's figure, set beside it
            came_from = changes.fullmatch(self.doc.text, figure.end, q.span.begin) or self._came_from(figure, q)
            return k if came_from else None
        return None

    def _end_of_the_change_before(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'penurunan angka kemiskinan di X 0,3 persen dari 9,8 persen pada 2023 menjadi 9,5 persen': the values a change
        ran from ('dari': baseline_cues) and to ('menjadi': change_result_words), written right after the change or
        after each other, are about whom the change is, with no one and nowhere named between."""
        cues = _alternation_of(self.words["baseline_cues"] + self.words["change_result_words"]["words"])
        joined = _compiled(rf"(?:[\s,]+[^\s,.;:!?“”\"]+){{0,4}}?\s+(?i:{cues})\s+")
        end, k = q.span.begin, len(so_far) - 1
        while k >= 0 and self.figures[k].begin >= sent.begin and not self._named_between(self.figures[k].end, end) \
                and joined.fullmatch(self.doc.text, self.figures[k].end, end):
            lead = self.figures[k - 1].end if k and self.figures[k - 1].begin >= sent.begin else sent.begin
            if self._change_words_pattern_alone().search(self.doc.text, lead, self.figures[k].begin):
                return len(so_far) - 1
            end, k = self.figures[k].begin, k - 1
        return None

    def _change_words_pattern_alone(self) -> re.Pattern:
        """A word of change (kg/data/indonesian.json change_up, change_down: 'naik', 'penurunan') anywhere."""
        return _compiled(rf"\b(?i:{_alternation_of(self.words['change_up'] + self.words['change_down'])})\b")

    def _came_from(self, figure: Span, q: Quantity) -> bool:
        """'naik menjadi 1.250 orang dari 1.100 orang', 'turun menjadi 6 persen pada 2025 dari 7,2 persen': a figure a
        change came to (after a word of change and kg/data/indonesian.json change_result_words), then a cue of the
        baseline ('dari', 'dibanding': baseline_cues) and the figure it came from."""
        text = self.doc.text
        changes = _alternation_of(self.words["change_up"] + self.words["change_down"])
        result = _alternation_of(self.words["change_result_words"]["words"])
        came_to = _compiled(rf"(?i:\b(?:{changes})\s+(?:{result}))\s+(?:[a-z]+\s+)?$")
        cues = _alternation_of(self.words["baseline_cues"])
        came_from = _compiled(rf"(?:\s+[^\s.;:!?“”\"]+){{0,4}}?\s+(?i:{cues})(?:\s+[^\s.;:!?“”\"]+){{0,4}}?\s+")
        return came_to.search(text, max(0, figure.begin - 40), figure.begin) is not None \
            and came_from.fullmatch(text, figure.end, q.span.begin) is not None

    def _change_of_the_figure_before(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'… mencatat 125 kasus sepanjang 2024, naik 27,5 persen': a change after a figure of its sentence, with no one
        and nowhere named between them, is the change of that figure (`_changed_metric`), so about whom it is."""
        if not self._is_change(q):
            return None
        for k in range(len(so_far) - 1, -1, -1):
            figure = self.figures[k]
            if figure.begin < sent.begin:
                return None
            if so_far[k].change_of is not None:
                continue
            if self._rate_after_a_rate(q, figure):
                return None  # 'aset tumbuh 10 persen, di atas nasional 6 persen, DPK naik 7 persen': another rate
            return None if self._named_between(figure.end, q.span.begin) else k
        return None

    def _rate_after_a_rate(self, q: Quantity, before: Span) -> bool:
        """Whether `q` is a change in percent and the figure at `before` is a rate of change too (a word of change,
        kg/data/indonesian.json change_up and change_down, between the figure before it and it: 'di atas pertumbuhan
        nasional sebesar 6 persen'): a rate changes no rate before it; it is the change of something else."""
        at = next((k for k, x in enumerate(self.quantities) if x.span == before), None)
        if at is None or not q.unit == self.quantities[at].unit == "percent":
            return False
        start = self.quantities[at - 1].span.end if at > 0 else 0
        start = max(start, self.doc.sentence_at(before.begin).begin)
        words = set(re.findall(r"\w+", self.doc.text[start:before.begin].lower()))
        return bool(words & set(self.words["change_up"] + self.words["change_down"]))

    def _change_words_pattern(self) -> re.Pattern:
        """What lies between a figure and the value it changed from: up to eight words with a word of change, then a
        cue of the baseline and up to eight words (its period: 'tahun lalu pada periode yang sama, sebesar'), no
        clause's end between."""
        cues = _alternation_of(self.words["baseline_cues"])
        changes = _alternation_of(self.words["change_up"] + self.words["change_down"])
        word = r"[^\s,.;:!?“”\"]+"  # each word after a separator that is never empty: no way to read one word as many
        return _compiled(rf"(?:[\s,]+{word}){{0,8}}?[\s,]+(?i:{changes})(?:\s+[^\s.;:!?]+){{0,2}}?\s+(?i:{cues})"
                         rf"(?:\s+{word}){{0,8}}?\s+")

    def _rounds_the_figure_before(self, q: Quantity, sent, so_far: list[Metric]) -> bool:
        """'Rp 1.204.530.000 atau sekitar Rp1,2 miliar', '5.108 orang atau lebih dari 5 ribu': the figure before, in the
        same unit, said again rounded after what it counts, the word that restates it (kg/data/indonesian.json
        share_restating_words) and an approximating word (kg/lexicon qualifiers) is one figure, not two."""
        if not so_far or so_far[-1].unit != q.unit:
            return False
        before, value = so_far[-1].value, q.value
        if not before or abs(before - value) > abs(before) * ROUNDING_TOLERANCE:
            return False
        return self._after_a_restating_word(q, sent, approximating=True)

    def _after_a_restating_word(self, q: Quantity, sent, approximating: bool = False) -> bool:
        """Whether the figure follows the last figure read in its sentence with no more between than up to two words
        of what that one counts, the word that restates it (kg/data/indonesian.json share_restating_words: 'atau')
        and, if `approximating`, a word that rounds ('sekitar', 'lebih dari': kg/lexicon qualifiers)."""
        if not self.figures or self.figures[-1].begin < sent.begin:
            return False
        words = self.words["share_restating_words"]
        rounding = [form for qual in self.lex.qualifiers for form in qual.forms] + words["fillers"]
        then = rf"(?:(?:{_alternation_of(rounding)})\s+)?" if approximating else ""
        restating = _compiled(rf"(?:\s+[A-Za-z]+){{0,2}}\s*,?\s*(?:{_alternation_of(words['joiners'])})\s+{then}",
                              re.IGNORECASE)
        return restating.fullmatch(self.doc.text, self.figures[-1].end, q.span.begin) is not None

    def _restated_in_other_units(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'400 orang atau 120 KK', '80 KK atau 260 jiwa': a count said again in other units, after the first count's
        noun and the word that restates it (kg/data/indonesian.json share_restating_words), is about whom the first
        is."""
        if not so_far or q.unit != "count" or so_far[-1].unit != "count":
            return None
        return len(so_far) - 1 if self._after_a_restating_word(q, sent) else None

    def _broken_down_total(self, q: Quantity, sent, so_far: list[Metric]) -> tuple[int, int] | None:
        """The total a figure is a part of, and where the words that break it down end: a larger figure of the same
        unit before 'terdiri dari', 'di antaranya', 'rinciannya' … (kg/data/indonesian.json) in the figure's sentence,
        or, where the sentence opens with them or with words pointing back ('Jumlah tersebut terdiri dari'), in one
        of the two sentences before."""
        text = self.doc.text
        begin = self._after_dateline(sent)
        cues = list(self._breakdown_cue_re().finditer(text, begin, q.span.begin))
        if not cues:
            return None
        cue = cues[-1]
        value = Decimal(format(q.value.normalize(), 'f'))
        first = self.doc.sentences[max(0, sent.index - 2)].begin
        recent = len(so_far)
        while recent > 0 and so_far[recent - 1].span.begin >= first:  # the metrics are in the order of the text
            recent -= 1
        larger = [k for k in range(recent, len(so_far)) if so_far[k].unit == q.unit and so_far[k].value > value]
        here = [k for k in larger if so_far[k].span.begin == sent.begin and self.figures[k].end <= cue.start()]
        if q.unit == "percent":  # a rate's parts, listed in a sentence of their own, are rates of their own, larger
            # or smaller: 'inflasi 0,04 persen. Yakni, kelompok pakaian 0,3 persen' breaks down the last rate before
            larger = [k for k in range(recent, len(so_far)) if so_far[k].unit == q.unit]
        if here:
            return here[-1], cue.end()
        lead = text[begin:cue.start()]
        earlier = [k for k in larger if so_far[k].span.begin < sent.begin]
        if lead.strip(" ,") and self._pointing_back_opener(sent) != begin + len(lead.rstrip(" ,")) \
                and not (earlier and self._points_back_to(begin, cue.start(), earlier[-1])):
            return None  # a total named earlier in the sentence only, or none at all
        return (earlier[-1], cue.end()) if earlier else None

    def _share_of_the_count_before(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'600.000 warga usia kerja atau 54,5 persen': a percentage after 'atau' that follows a count, with no more
        than the words of what is counted between and no comma, says that count again as a share of a whole, so it is
        about whom the count is (the index of that count; kg/data/indonesian.json share_restating_words)."""
        if q.unit != "percent" or not so_far or so_far[-1].span.begin != sent.begin or so_far[-1].unit == "percent":
            return None
        words = self.words["share_restating_words"]
        joiners, fillers = _alternation_of(words["joiners"]), _alternation_of(words["fillers"])
        between = self.doc.text[self.figures[-1].end:q.span.begin]
        joined = _compiled(rf"(?:\s+[a-z-]+){{0,4}}\s+(?:{joiners})\s+(?:(?:{fillers})\s+)?").fullmatch(between)
        return len(so_far) - 1 if joined else None

    def _next_item_of_a_list(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'120 rumah rusak berat, 85 rusak sedang, dan 240 rusak ringan': the next item of a list, which may
        leave out the first item's noun (the word right after the figure is one of the item before's, and only that
        item's words and a comma or 'dan' lie between), is about whom the item before is (its index)."""
        if not so_far or self.figures[-1].begin < sent.begin or self.figures[-1].end > q.span.begin:
            return None
        text = self.doc.text
        between = text[self.figures[-1].end:q.span.begin]
        item = _compiled(r"\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,3})\s*(?:,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)"
                         r"(?:(?:sebanyak|sebesar)\s+)?").fullmatch(between)
        after = _compiled(r"\s+([a-z]+)").match(text, q.span.end)
        if item is None or after is None or self._named_between(self.figures[-1].end, self._item_end(q, sent)) \
                or re.search(r"\bdari\s+$", text[max(sent.begin, self.figures[-1].begin - 8):self.figures[-1].begin]):
            return None  # ('dari 249 desa, 235 desa telah …': a part of the whole before it, no next item)
        return len(so_far) - 1 if after.group(1) in item.group("words").split() else None

    def _item_end(self, q: Quantity, sent) -> int:
        """Where the list item a figure opens ends: at the next comma, semicolon or 'dan', or the sentence's end, within
        the figure's own phrase ('10 kasus di Kabupaten B, …' names B in its item)."""
        stop = _compiled(r"[,;]|\s(?:dan|serta)\s").search(self.doc.text, q.span.end, sent.end)
        return min(stop.start() if stop else sent.end, q.span.end + LOOKAROUND)

    def _part_before_in_sentence(self, q: Quantity, sent, so_far: list[Metric]) -> tuple[int, int] | None:
        """'… meliputi dana puskesmas Rp40 miliar untuk 3.100 dokter dan dana klinik Rp10 miliar untuk 85 dokter': a
        figure of another unit right beside a part a sentence breaks a total into (no comma between, no national
        figure) is about whom that part is (its index, and where the words that break the total down end)."""
        if self._national(q, sent) is not None:
            return None
        for k in range(len(so_far) - 1, -1, -1):
            if so_far[k].span.begin != sent.begin:
                return None
            if self.subject_steps[k] == "inherited:breakdown" and self.figures[k].end <= q.span.begin:
                gap = self.doc.text[self.figures[k].end:q.span.begin]
                if len(gap) > LOOKAROUND or re.search(r"[,;]", gap):
                    return None  # a figure further on, or after a comma, is no longer the part's
                cues = list(self._breakdown_cue_re().finditer(self.doc.text, sent.begin, self.figures[k].begin))
                return (k, cues[-1].end()) if cues else None
        return None

    def _points_back_to(self, begin: int, cue_start: int, total: int) -> bool:
        """'Ia merinci penyaluran dana itu terdiri atas …': words that name no one and end, right before the words that
        break a total down, with 'tersebut' or 'itu' after a word said of the total (in the words just before its
        figure) point back to that total, as a sentence's opener does; 'anggaran tahun ini yakni …', 'pelatihan itu
        meliputi …' point to something else."""
        text = self.doc.text
        m = re.search(r"((?:\b\w+\s+){1,3})(?:tersebut|itu)$", text[begin:cue_start].rstrip(" ,"), re.IGNORECASE)
        if m is None or self._named_between(begin, cue_start):
            return False
        figure = self.figures[total]
        said = text[max(self.doc.sentence_at(figure.begin).begin, figure.begin - 3 * LOOKAROUND):figure.begin].lower()
        pointed = set(m.group(1).lower().split()) - set(self.words["function_words"])
        return bool(pointed & set(re.findall(r"\w+", said)))

    def _breakdown_cue_re(self) -> re.Pattern:
        return _compiled(rf"\b(?:{_alternation_of(self.words['breakdown_cues'])})\b", re.IGNORECASE)

    def _part_names_its_own(self, q: Quantity, sent, cue_end: int) -> bool:
        """'… terdiri dari 300 orang di Kota A dan 200 orang di Kota B', '… yakni Stasiun A dengan 900 penumpang': a
        part whose own words, from the words that break the total down or the figure before it to the next figure,
        name someone or somewhere has a subject of its own; the area an office works in ('di wilayah kerja X') is
        the total's."""
        text = self.doc.text
        begin = max(cue_end, self._figure_end_before(q.span.begin))
        end = min(sent.end, self._next_figure_begin(q.span.end))
        area = _compiled(rf"\b(?:{_alternation_of(self.words['office_area_words'])})\b", re.IGNORECASE).search(
            text, q.span.end, end)
        return self._named_between(begin, q.span.begin) or self._named_between(q.span.end, area.start() if area else end)

    def _pointing_back_opener(self, sent) -> int | None:
        """Where the words end that open a sentence, or a quotation that opens it, by pointing back to a figure before
        it ('Jumlah itu', '"Angkanya', kg/data/indonesian.json), or None."""
        openers = _alternation_of(self.words["pointing_back_openers"])
        m = _compiled(rf"\s*[\"“]?(?:{openers})\b", re.IGNORECASE).match(self.doc.text, self._after_dateline(sent))
        return m.end() if m else None

    def _named_between(self, begin: int, end: int) -> bool:
        """An organisation (not the outlet), a person or a place is named in [begin, end)."""
        orgs = [e for s, e, in_title in self._orgs_in(begin, end) if not in_title and e.kind != "publisher"]
        return bool(orgs or self._people_in(begin, end) or self._place_names_between(begin, end))

    def _is_place(self, key: str) -> bool:
        return key in self.r.places

    def _coordinated_items(self, q: Quantity, sent) -> list[str]:
        """'… gula 0,4 persen, telur ayam dan tepung 0,2 persen, garam 0,1 persen': in a list of items
        each followed by its figure, two items joined by 'dan' before one figure share it; each is a measurement
        of its own. Only items in lower case (things counted, not organisations or places) and a figure that
        follows another figure of the sentence after a comma."""
        previous = self._figure_end_before(q.span.begin)
        if previous < sent.begin:
            return []
        joiners = "|".join(map(re.escape, self.words["list_joiners"]))
        item = r"[a-z]+(?: [a-z]+){0,2}"
        m = _compiled(rf"\s*,\s*(?:(?:{joiners})\s+)?(?P<a>{item}) dan (?P<b>{item})\s*$").fullmatch(
            self.doc.text, previous, q.span.begin)
        if m is None or set(f'{m.group("a")} {m.group("b")}'.split()) & set(self.words["function_words"]):
            return []  # "hotel dan restoran sebesar 4 persen" names one item
        return [m.group("a"), m.group("b")]

    def _restated(self, q: Quantity, subject: str, sent, sent_periods: list[Period], period: Period | None,
                  so_far: list[Metric]) -> bool:
        """'… mencatat 1.200 pelanggan baru. … Untuk mencapai 1.200 pelanggan baru, …', '… dari dana Rp500 ribu itu …':
        a figure an earlier sentence already gave for the same subject, counting the same thing or pointed back
        to ('itu'), is said again, not measured again, unless its own sentence dates it in another month; so is a
        rate ('inflasi 0,7 persen') dated again in the same month. An amount per person said twice
        ('Rp3 juta per orang') may be two groups' and is kept."""
        value = Decimal(format(q.value.normalize(), 'f'))
        noun, pointed, rate = self._counted_noun(q), self._pointed_back(q), self._time_rate(q)
        own = [p for p in sent_periods if not p.relation]
        for k in self._same_figures(so_far, (subject, value, q.unit)):
            m = so_far[k]
            if m.span.end > sent.begin:
                continue
            same_month = self._same_month(period, m)
            if (pointed or (noun is not None and self.nouns[k] == noun) or self._noun_leads_to(q, sent, noun, self.nouns[k])) \
                    and (not own or same_month or (pointed and not m.period_label)):
                return True  # 'potongan 50 persen ini berlaku hingga Februari': pointed back to an undated figure
            if q.unit == "percent" and (same_month if own else self._said_just_before(m, sent, period)):
                return True
            if q.unit == "percent" and self._same_word_before(q, self.figures[k]) \
                    and not any(p.span.begin < q.span.begin for p in own):
                return True  # 'pajak tumbuh 12 persen. … Walau tumbuh 12 persen, target tahun ini naik': said again
            if rate is not None and self.rates[k] == rate and not own and self._said_just_before(m, sent, period):
                return True
        if (self._pointed_back(q, words_between=3) or self._opens_a_clause_after_dari(q, sent)) and not own and any(
                so_far[k].span.end <= sent.begin for k in self._same_values(so_far, (value, q.unit))):
            return True  # 'dari 640 pekerja tersebut …', 'Katanya, dari 45 misi itu, 300 orang selamat': that
            # figure again, whoever an earlier sentence gave it to
        if self._pointed_back(q) and any(so_far[k].span.end <= sent.begin and self._same_year(period, so_far[k])
                                         for k in self._same_values(so_far, (value, q.unit))):
            return True  # 'angka 1.250 itu dihitung sampai pekan ke-40 tahun 2024': the figure the article
            # gave, pointed to at once and explained, whoever it was given to, dated in its year or not at all
        if self._distinctive(q, value) and not self._named_in_lead_clause(q, sent) and any(
                so_far[k].span.end <= sent.begin
                and (not own or self._same_month(period, so_far[k]) or so_far[k].period_end is None)
                for k in self._same_values(so_far, (value, q.unit))):
            return True  # '… 1.274.306 orang. "Tahun ini 1.274.306," kata Kepala Dinas': the same figure said again,
            # also where it is dated only the second time ('"Sampai 30 September Rp40,71 triliun," kata dia')
        if rate is None and len(value.normalize().as_tuple().digits) >= 3 and any(
                so_far[k].span.end <= sent.begin and self._in_the_lead(so_far[k].span)
                and not (own and self._dated_apart(period, so_far[k]))
                for k in self._same_figures(so_far, (subject, value, q.unit))):
            return True  # the lead's figure, said again in the body ('"Hingga saat ini capaian kita 70,28 persen," kata
            # Kepala Kanwil' after 'Penerimaan pajak Kanwil X hingga akhir semester baru 70,28 persen'): a figure of
            # three significant digits or more, not an amount per person, not dated in another year or month
        return self._counted_again(q, sent, own, period, so_far)

    @staticmethod
    def _same_year(period: Period | None, earlier: Metric) -> bool:
        """Whether a figure's period, if any, ends in the year an earlier figure's does, or either is undated."""
        return period is None or earlier.period_end is None or period.end.year == earlier.period_end.year

    def _dated_apart(self, period: Period | None, earlier: Metric) -> bool:
        """Whether a figure's own period is another than an earlier figure's: another year, or another month where
        the earlier one is dated to a part of a year."""
        if period is None or earlier.period_end is None:
            return False
        whole_year = earlier.period_start is not None and (earlier.period_start.month, earlier.period_end.month) == (1, 12)
        return period.end.year != earlier.period_end.year or (not whole_year and not self._same_month(period, earlier))

    def _in_the_lead(self, span: Span) -> bool:
        """Whether `span` lies in the story's first sentence, the lead, which states the story's main figures that
        the body then says again and explains."""
        lead = next((s for s in self.doc.sentences if s.end > self.doc.headline_end), None)
        return lead is not None and lead.begin <= span.begin < lead.end

    @staticmethod
    def _distinctive(q: Quantity, value: Decimal) -> bool:
        """A count or a sum of three significant digits or more ('1.274.306', 'Rp4,37 miliar'), which an article
        does not give two things by chance; rates, and round figures ('Rp2 miliar', '100'), it may."""
        return q.unit != "percent" and len(value.normalize().as_tuple().digits) >= 3

    def _named_in_lead_clause(self, q: Quantity, sent) -> bool:
        """A place or an organisation named in the figure's own clause before it ('Kabupaten B 1.200 kasus'), not in
        a title: a figure of its own, however like another's."""
        begin = self._lead_clause_start(q, sent)
        return bool(self._place_names_between(begin, q.span.begin)) or any(
            not in_title for _, _, in_title in self._orgs_in(begin, q.span.begin))

    @staticmethod
    def _same_month(period: Period | None, earlier: Metric) -> bool:
        """Whether the period ends in the month an earlier metric's period ends in."""
        return period is not None and earlier.period_end is not None and \
            (period.end.year, period.end.month) == (earlier.period_end.year, earlier.period_end.month)

    def _noun_leads_to(self, q: Quantity, sent, noun: str | None, earlier_noun: str | None) -> bool:
        """'Sebanyak 900 warga belum … . Ia mengatakan, warga yang belum … ada 900.': a figure that ends its clause, with
        no word after it to say what it counts, counts what the words leading to it in its clause name; the noun
        an earlier figure counted there says the same count again."""
        if noun is not None or earlier_noun is None:
            return False
        return bool(re.search(rf"\b{re.escape(earlier_noun)}\b", self._lead_clause(q, sent)))

    def _without_organisations(self, begin: int, end: int) -> str:
        """The text of [begin, end) with the organisations named in it blanked out, so that the words of their names
        say nothing of what a figure counts."""
        chars = list(self.doc.text[begin:end])
        for span, _, _ in self._index("org_mentions").overlapping(Span(begin, end)):
            for k in range(max(begin, span.begin), min(end, span.end)):
                chars[k - begin] = " "
        return "".join(chars)

    def _lead_clause(self, q: Quantity, sent) -> str:
        """The words that lead to a figure in its own clause: from the last comma or figure before it in its sentence."""
        return self.doc.text[self._lead_clause_start(q, sent):q.span.begin]

    def _lead_clause_start(self, q: Quantity, sent) -> int:
        """Where the figure's own clause begins: after the last comma or figure before it in its sentence."""
        text = self.doc.text
        return max(sent.begin, text.rfind(",", sent.begin, q.span.begin) + 1, self._figure_end_before(q.span.begin))

    def _counted_again(self, q: Quantity, sent, own: list[Period], period: Period | None, so_far: list[Metric]) -> bool:
        """'Pemprov X mencatat belanja dari 21 organisasi perangkat daerah. … Sementara itu, dari 21 organisasi
        perangkat daerah, yang paling rendah adalah Dinas Y': the same number of the same things, named by the same words, that an
        earlier sentence counted is that count said again, whoever the figure would otherwise be given to; unless its
        own sentence names who it is about before it ('Kabupaten A memiliki 12 kecamatan. Kabupaten B 12 kecamatan')
        or dates it in another month."""
        phrase = self._counted_phrase(q)
        if q.unit != "count" or phrase is None or self._named_before(q, sent):
            return False
        value = Decimal(format(q.value.normalize(), 'f'))
        for k in self._same_counts(so_far, (value, phrase)):
            m = so_far[k]
            if m.span.end > sent.begin:
                continue
            same_month = self._same_month(period, m)
            if not own or same_month:
                return True
        return False

    def _counted_phrase(self, q: Quantity) -> str | None:
        """The words that say what a count counts ('21 Organisasi Perangkat Daerah' -> 'organisasi perangkat daerah'): up to
        three, up to a punctuation mark, in lower case; None when a function word or nothing follows the figure."""
        m = _compiled(r"(?:\s+[A-Za-z][a-z]*){1,3}").match(self.doc.text, q.span.end)
        if m is None:
            return None
        words = m.group().lower().split()
        return None if words[0] in self.words["function_words"] else " ".join(words)

    def _same_counts(self, so_far: list[Metric], count: tuple) -> list[int]:
        """The indexes of the metrics so far that counted this (value, phrase), whoever they were given to."""
        def counted(k: int):
            return (so_far[k].value, self.phrases[k]) if so_far[k].unit == "count" and self.phrases[k] else None
        return self._grown_index("_counts", so_far, counted).get(count, [])

    def _named_before(self, q: Quantity, sent) -> bool:
        """An organisation, a person or a place is named in the figure's sentence before it."""
        begin = self._after_dateline(sent)
        return bool(self._orgs_in(begin, q.span.begin) or self._people_in(begin, q.span.begin)
                    or self._place_names_between(begin, q.span.begin))

    def _same_word_before(self, q: Quantity, earlier: Span) -> bool:
        """Whether the word right before the figure is the one right before an earlier figure ('tumbuh 12 persen'
        twice or 'sebesar 35 persen' after a region's name and again), not a word that joins it to what comes before
        (kg/data/indonesian.json name_connectors: 'atau')."""
        word = _compiled(r"([A-Za-z]+)\W*$")
        now = word.search(self.doc.text, max(0, q.span.begin - 30), q.span.begin)
        then = word.search(self.doc.text, max(0, earlier.begin - 30), earlier.begin)
        if now is None or then is None or now.group(1).lower() in self.words["name_connectors"]:
            return False  # 'Rp20 miliar atau 40 persen', 'Rp600 juta atau 40 persen': the shares of two sums
        prefixes = self.words["root_keeping_verb_prefixes"]
        return _verb_root(now.group(1), prefixes) == _verb_root(then.group(1), prefixes)

    def _said_just_before(self, earlier: Metric, sent, period: Period | None) -> bool:
        """'… 61 persen peserta rutin membayar. "Di kantor kami baru 61 persen," …': a rate of the same
        subject that a sentence shortly before gave for the same period, said again where no period of its own is
        named, is the speaker repeating it (a quotation after the reported speech)."""
        gap = sent.index - self.doc.sentence_at(earlier.span.begin).index
        return gap <= RESTATE_REACH and (period.end if period else None) == earlier.period_end

    def _same_figures(self, so_far: list[Metric], figure: tuple) -> list[int]:
        """The indexes of the metrics so far with this (subject, value, unit): only these can restate a
        figure, and looking them up, not scanning every metric, keeps a long article linear."""
        return self._grown_index("_figures", so_far, lambda k: (so_far[k].subject, so_far[k].value, so_far[k].unit)) \
            .get(figure, [])

    def _same_values(self, so_far: list[Metric], figure: tuple) -> list[int]:
        """The indexes of the metrics so far with this (value, unit), whatever their subject."""
        return self._grown_index("_values", so_far, lambda k: (so_far[k].value, so_far[k].unit)).get(figure, [])

    def _grown_index(self, name: str, so_far: list[Metric], key_of) -> dict:
        """The indexes of the metrics so far by `key_of(index)` (None leaves one out), kept under `name` and extended,
        not rebuilt, as `so_far`, which only grows, grows."""
        listed, seen, index = self.__dict__.get(name, (None, 0, {}))
        if listed is not so_far:
            seen, index = 0, {}
        for k in range(seen, len(so_far)):
            key = key_of(k)
            if key is not None:
                index.setdefault(key, []).append(k)
        self.__dict__[name] = (so_far, len(so_far), index)
        return index

    def _time_rate(self, q: Quantity) -> str | None:
        """'Rp150 ribu per bulan' -> 'bulan': the time an amount is paid per, which makes it one rate however often
        it is said ('insentif guru mengaji Rp150 ribu per bulan … "Kami beri Rp150 ribu per bulan," kata …'), unlike
        an amount per person, which may be two groups'."""
        m = _compiled(r"\s+(?:per|setiap|tiap)\s+([a-z]+)\b").match(self.doc.text, q.span.end)
        return m.group(1) if m and q.unit not in ("count", "percent") and m.group(1) in self.words["duration_units"] else None

    def _quote_goes_on_with_region_count(self, q: Quantity, sent, so_far: list[Metric]) -> bool:
        """'Kasus DBD di Kota X mencapai 900 kasus. "Januari 410, Februari 490," kata Kepala Dinkes': a quotation
        that goes on, in the very next sentence, with counts of what the sentence before counted for a region
        (the same noun) and names no organisation of its own before the figure is still about the region, not
        the speaker's office."""
        going_on = self.__dict__.get("_region_count_quoted")  # (sentence, noun) where the quotation went on already
        if q.unit != "count" or not so_far or self.last_region is None or so_far[-1].subject != self.last_region:
            return False
        if going_on is not None and going_on[0] == sent.index:
            noun = going_on[1]
        elif self.last_region_sentence == sent.index - 1 and self.nouns[-1] is not None:
            noun = self.nouns[-1]
        else:
            return False
        quotes = self._index("quote_speakers").containing(Span(q.span.begin, q.span.begin + 1))
        if not quotes or self._org_named_before(q, max(sent.begin, quotes[0][0].begin), objects_ok=False):
            return False
        lead = self.doc.text[max(sent.begin, quotes[0][0].begin):q.span.end + 30].lower()
        if re.search(rf"\b{re.escape(noun)}\b", lead) is None:
            return False
        own = _alternation_of(self.words["speaker_office_words"]["words"])
        if _compiled(rf"\b(?:{own})\b").search(self.doc.text, max(sent.begin, quotes[0][0].begin), q.span.begin):
            return False  # '"Hari ini kami melayani 200 orang," katanya': the speaker's office at work
            # (kg/data/indonesian.json speaker_office_words)
        self._region_count_quoted = (sent.index, noun)
        return True

    def _statistic_goes_on(self, q: Quantity, sent, subject: str | None, so_far: list[Metric]) -> bool:
        """'Dinas X mencatat realisasi investasi di Kabupaten Y Rp1 triliun. "Triwulan I Rp300 miliar," kata Kepala
        Dinas X': right after a figure its words made a statistic of the region (a regional statistics marker,
        kg/data/indonesian.json), the next figures the region's own office (a Dinas: resident_statistics_office_types)
        gives, in that sentence or the next two, with nothing of the office's own work or of whom it serves around
        them (office_work_markers, residents_served_words), go on with the region's statistic, not the office's."""
        if not so_far or subject is None or not self.subject_steps[-1].startswith(STATISTIC_STEPS):
            return False
        last = so_far[-1]
        if self.doc.sentence_at(last.span.begin).index < sent.index - 2:
            return False
        if self._resident_office_region(subject) != last.subject:
            return False  # a company of the region ('Bank X Sumatera') speaks of its own business
        around = self.doc.text[sent.begin:min(sent.end, q.span.end + LOOKAROUND)].lower()
        return not _said(self.words["residents_served_words"] + self.words["office_work_markers"], around)

    def _counts_things(self, q: Quantity) -> bool:
        """Whether the figure counts goods: a counter of things follows it ('500 paket', '20 unit'; kg/data/
        indonesian.json counter_words that are no person_nouns) or a measure (a weight, an area, a volume)."""
        noun = self._counted_noun(q)
        return (noun in self.words["counter_words"] and noun not in self.words["person_nouns"]) \
            or self._unit_code(q) in MEASURE_CODES

    def _counted_noun(self, q: Quantity) -> str | None:
        """The word a figure counts ('1.200 pelanggan'), if a noun and not a function word follows it."""
        m = _compiled(r"\s+([a-z]+)\b").match(self.doc.text, q.span.end)  # from the figure on, never a copy of the rest
        return m.group(1) if m and m.group(1) not in self.words["function_words"] else None

    def _pointed_back(self, q: Quantity, words_between: int = 0) -> bool:
        """'Rp400 ribu itu': a demonstrative right after the figure, or after up to `words_between` words of what it
        counts ('640 pekerja tersebut', 'Rp2 miliar lebih itu', '57 operasi SAR itu')."""
        between = rf"(?:\s+[^\W\d_]+){{0,{words_between}}}" if words_between else ""
        return bool(_compiled(rf"{between}\s+(?:{self._demonstratives()})\b").match(self.doc.text, q.span.end))

    def _opens_a_clause_after_dari(self, q: Quantity, sent) -> bool:
        """'Dari 45 misi, sebagian besar …', 'Katanya, dari 45 misi itu …': a figure after 'dari' that opens its
        sentence, a quotation or a clause after a comma names the whole the words after it break down, one the
        article gave before; 'naik dari 57 menjadi 69' is another matter."""
        return _compiled(r"(?:^\s*|[,\"“‘'(]\s*)[Dd]ari\s+$").search(
            self.doc.text[max(sent.begin, self._after_dateline(sent)):q.span.begin]) is not None

    def _demonstratives(self) -> str:
        return "|".join(map(re.escape, self.words["reference_demonstratives"]))

    def _orgs_in(self, begin: int, end: int) -> list:
        """Organisation mentions that begin in [begin, end), in the state's order; not a government the press names in
        lower case ('dividen kepada pemerintah provinsi X Rp5 miliar'), named in passing as a party to what others do."""
        return [m for m in self._index("org_mentions").beginning_in(begin, end)
                if not (m[1].kind == "government" and self.doc.text[m[0].begin].islower())]

    def _people_in(self, begin: int, end: int) -> list:
        """Person mentions that begin in [begin, end), in the state's order."""
        return self._index("person_mentions").beginning_in(begin, end)

    def _index(self, name: str) -> SpanIndex:
        """The state's mentions indexed by where they begin, rebuilt if a component added any since."""
        mentions = getattr(self.r, name)
        cache = self.__dict__.setdefault("_indexes", {})
        if name not in cache or cache[name][0] != len(mentions):
            cache[name] = (len(mentions), SpanIndex(mentions, lambda m: m[0]))
        return cache[name][1]

    # ------------------------------------------------------------ subject
    def _subject(self, q: Quantity, sent) -> str | None:
        # "'… dikalikan 45 anggota DPRD X,' kata Kepala Dinas Y": what the figure's own words name as the owner
        # of what it counts outranks whoever is quoted saying it
        owner_after = self._owner_after(q, sent)
        owner = owner_after or self._body_of_each_member(q, sent)
        if owner is not None:
            self._subject_step = "owner_after" if owner_after else "each_member"
            return owner
        for qs, speaker in self._index("quote_speakers").containing(Span(q.span.begin, q.span.begin + 1)):
            # '"Selanjutnya, Dinas X, realisasinya Rp10 miliar," kata Asisten Y': the organisation the quoted words
            # themselves make the figure's subject outranks the speaker's own
            named = self._org_named_before(q, max(sent.begin, qs.begin), objects_ok=False)
            org = named or self._person_org(speaker)
            if org:
                self._subject_step = "quote_org" if named else "quote_speaker"
                return org
        named = self._org_named_before(q, sent.begin, objects_ok=False)
        if named:
            self._subject_step = "org_before"
            return named
        people = [(s, p) for s, p, how in self._people_in(sent.begin, q.span.begin)]
        pronoun = self._pronoun_subject(sent.begin, q.span.begin)
        official = self._person_org(people[0][1]) if people else None
        # 'Kepala Dinas X Rudi menjelaskan, dana dari Kementerian Y disalurkan Rp1 miliar': the official's body
        # outranks one named only after a preposition
        named = None if official else self._org_named_before(q, sent.begin)
        if official or (people and not named):
            self._subject_step = "person"
            return official
        if named:
            self._subject_step = "org_before"
            return named
        if pronoun:
            self._subject_step = "pronoun"
            return self._person_org(pronoun)
        later = [(s, e) for s, e, in_title in self._orgs_in(q.span.end, sent.end)
                 if not in_title and e.kind != "publisher" and not self._named_as_source(q, s)
                 and not self._handed_to(s)]
        first = min(later, key=lambda m: m[0].begin) if later else None
        if first and not self._opens_a_list_of_names(first[0]) and not self._lists_what_is_counted(q, first[0]):
            # "60 persen pensiunan di wilayah kerja Kantor Cabang Blitar"
            self._subject_step = "later_org"
            return first[1].key
        return None

    def _opens_a_list_of_names(self, span: Span) -> bool:
        """'15 penerbangan tambahan dari maskapai A Air, B, C dan D Air': a body named first of a list of capitalised
        names, joined by commas and a last 'dan' or 'serta', shares the figure with the others; it is not the
        figure's alone."""
        name = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
        last = _alternation_of(self.words["coordinators"])
        return _compiled(rf",\s*{name}(?:,\s*{name})*,?\s+(?:{last})\s+[A-Z]").match(self.doc.text, span.end) \
            is not None

    def _lists_what_is_counted(self, q: Quantity, span: Span) -> bool:
        """'lewat 40 penyalur, baik BRI maupun koperasi desa': a body named after the figure's noun, a comma and a
        word that opens a list of examples (kg/data/indonesian.json enumeration_cues, correlative_openers) is one of
        the things counted, not whose the figure is."""
        cues = _alternation_of(self.words["enumeration_cues"] + self.words["correlative_openers"]["words"])
        between = self.doc.text[q.span.end:span.begin]
        return _compiled(rf",\s*(?i:{cues})\s*:?\s*$").search(between) is not None

    def _handed_to(self, span: Span) -> bool:
        """'keuntungan Rp500 juta, sebagian diserahkan kepada Pemkab X': a body right after a word of handing over
        (kg/data/indonesian.json handed_to_prepositions) receives what the figure counts; it is not whose it is."""
        words = _alternation_of(self.words["handed_to_prepositions"]["words"])
        return _compiled(rf"\b(?:{words})\s+$").search(self.doc.text, max(0, span.begin - 12), span.begin) is not None

    def _named_as_source(self, q: Quantity, span: Span) -> bool:
        """'140 calon haji sesuai keputusan Gubernur X': a body named after a word that introduces where a figure
        comes from or what set it (kg/data/indonesian.json source_markers_after) is its source, not whom it is about."""
        between = self.doc.text[q.span.end:span.begin].lower()
        return _said(self.words["source_markers_after"]["words"] + self.words["authority_passives"]["words"], between)

    def _set_by(self, mention: Span, begin: int) -> bool:
        """'… dari sasaran yang ditetapkan Kementerian X atau 98 persen': a body right after a passive verb of setting a
        figure (kg/data/indonesian.json authority_passives) is the authority that set it, not whom it is about."""
        verbs = _alternation_of(self.words["authority_passives"]["words"])
        lead = self.doc.text[max(begin, mention.begin - OBJECT_REACH):mention.begin]
        return _compiled(rf"\b(?i:{verbs})\s+(?:oleh\s+)?$").search(lead) is not None

    def _org_named_before(self, q: Quantity, begin: int, objects_ok: bool = True) -> str | None:
        """The organisation named last between `begin` and the figure as the subject of its clause; one after a
        preposition only when no other is named and `objects_ok`."""
        orgs = [(s, e) for s, e, in_title in self._orgs_in(begin, q.span.begin)
                if s.end <= q.span.begin and not in_title and e.kind != "publisher" and not self._names_a_time(s)]
        anaphors = self._org_anaphors(begin, q.span.begin)
        candidates = sorted(orgs + anaphors, key=lambda x: x[0].begin)
        candidates = [c for c in candidates if not self._named_as_owner(c[0], begin)] or candidates
        candidates = [c for c in candidates if not self._set_by(c[0], begin) and not self._a_former_post(c[0], begin)]
        # "Dinas Sosial menempatkan petugas di RSUD X dan 8 puskesmas": an organisation after a preposition is
        # an object, not who the figure is about; where one is sought to outrank the speaker's, so is one that
        # something passes through ('Ia menambahkan, penerimaan melalui Samsat X Rp5 miliar')
        subjects = [c for c in candidates if not self._object_of_preposition(
            c[0], begin, instruments=not objects_ok and not self._acting_for_another(c[0], begin))]
        if not subjects and candidates and self._agent_pronoun_before(begin, candidates[0][0].begin):
            return None  # '"Kami ajukan kepada Bappeda tambahan Rp5 miliar"': the speaker's body, not the one asked
        candidates = subjects or (candidates if objects_ok else [])
        candidates = self._without_enumeration(candidates, q)
        # "Kantor Cabang X bersama Pemkab Y menyerahkan …": a co-subject does not replace the subject, but
        # "Dinas A meraih Rp5 miliar, dan Dinas B Rp3 miliar" gives B a figure of its own
        while len(candidates) > 1 and re.search(r"\b(?:bersama|dan|serta|dengan)\s*$",
                                               self.doc.text[candidates[-2][0].end:candidates[-1][0].begin]) \
                and not self._figure_between(candidates[-2][0].end, candidates[-1][0].begin):
            candidates.pop()
        return candidates[-1][1].key if candidates else None

    def _names_a_time(self, mention: Span) -> bool:
        """'selama Satgas Lebaran': a body named after a word of time (kg/data/indonesian.json time_prepositions) says
        when, not who acts."""
        before = re.findall(r"\w+", self.doc.text[max(0, mention.begin - 12):mention.begin].lower())
        return bool(before) and before[-1] in self.words["time_prepositions"]["words"]

    def _agent_pronoun_before(self, begin: int, end: int) -> bool:
        """Whether a pronoun of whoever acts ('kami', 'pihaknya'; kg/data/indonesian.json clause_agent_words) is written
        between `begin` and `end`."""
        agents = _alternation_of(self.words["clause_agent_words"])
        return _compiled(rf"\b(?i:{agents})\b").search(self.doc.text, begin, end) is not None

    def _named_as_owner(self, mention: Span, begin: int) -> bool:
        """'Bank Y, bank milik Pemprov X, mencatat laba Rp40 miliar': a body after 'milik' (data: object_markers owners)
        owns what the words before it name; the figure is that thing's, the owner's only where no other body is
        named ('PLTS milik PT Z berkapasitas 50 MW')."""
        owners = alternation(self.lex.words["object_markers"]["owners"])
        before = _compiled(rf"\b(?i:{owners})\s+$").search(self.doc.text, max(begin, mention.begin - 20), mention.begin)
        return before is not None

    def _acting_for_another(self, mention: Span, begin: int) -> bool:
        """'Kementerian X melalui Balai Y menargetkan …': a body named right after another's name and 'melalui' is the
        one that acts for it, not a body something passes through."""
        lead = self.doc.text[max(begin, mention.begin - OBJECT_REACH):mention.begin]
        through = re.search(rf"\b(?:{alternation(self.lex.words['object_markers']['instruments'])})\s*$", lead.lower())
        if through is None:
            return False
        before = max(begin, mention.begin - OBJECT_REACH) + through.start()
        return any(s.end <= before and not self.doc.text[s.end:before].strip(" )")
                   for s, _, _ in self._orgs_in(max(begin, before - 200), before))

    def _object_of_preposition(self, mention: Span, begin: int, instruments: bool = False) -> bool:
        """A name after 'di', 'kepada', 'bersama' … (from `begin` on) is an object or a partner, not who acts; so is
        one after a group noun or a building, and a word, after them ('dari unsur TNI', 'di Kantor Camat X'; data:
        group_nouns, premises_words), and with `instruments` one after 'melalui' (the body something passes through;
        data: object_markers)."""
        lead = self.doc.text[max(begin, mention.begin - OBJECT_REACH):mention.begin].lower()
        groups = alternation(self.lex.words["group_nouns"]["words"])
        premises = alternation(self.lex.words["premises_words"])
        markers = self.lex.words["object_markers"]
        words = alternation(markers["words"] + (markers["instruments"] if instruments else []))
        return re.search(rf"\b(?:{words})\s*"
                         rf"(?:(?:{groups})\s+|(?:{premises})\s+(?:[a-z]+\s+)?)?$", lead) is not None

    def _residents_of_a_named_place(self, q: Quantity, sent) -> str | None:
        """'96 persen penduduk Kabupaten X sudah menjadi peserta', '411.000 dari 524.906 jiwa warga Kabupaten X': a count
        or share of the residents (kg/data/indonesian.json residents_of_place_nouns) of the place named right after them
        describes that place (GOLD.md: statistics about an area), whoever reports it; the nation too ('95 persen
        penduduk Indonesia'). Not where the sentence says the office serves them (a payment, a programme's
        recipients), nor a bare count of 'warga' (share_only), which may be those the office served."""
        if q.unit not in ("count", "percent"):
            return None
        text = self.doc.text
        nouns = _alternation_of(self.words["residents_of_place_nouns"]["words"])
        after = _compiled(rf"\s+(?P<part>dari\s+[\d.,]+\s+)?(?P<noun>{nouns})\s+(?:di\s+)?(?=[A-Z])").match(
            text, q.span.end)
        if after is None:
            return self._counted_residents_of_a_named_place(q, sent)
        if after.group("noun") in self.words["residents_of_place_nouns"]["share_only"] and q.unit == "count" \
                and not after.group("part"):
            return None
        served = self.words["residents_served_words"] + self.words["office_work_markers"]
        if _said(served, text[sent.begin:q.span.begin].lower()):
            return None
        nation = self.words["nation"]
        if text.startswith(nation, after.end()) and not text[after.end() + len(nation):][:1].isalnum():
            return places.add_place(self.r, nation, Span(after.end(), after.end() + len(nation)))
        named = [(where, key) for where, key in self._place_names_between(after.end(), sent.end)
                 if where.begin == after.end()]
        return named[0][1] if named else None

    def _counted_residents_of_a_named_place(self, q: Quantity, sent) -> str | None:
        """'jumlah penduduk Kabupaten X saat ini tercatat 468.000 jiwa': the count (kg/data/indonesian.json count_heads)
        of the residents of a place named right after them, then the figure with only a few words of linking between
        (no figure, no comma), describes that place, whoever reports it. Not a count of 'warga' (share_only), which
        may be those an office served, nor where the sentence says the office serves them."""
        text = self.doc.text
        words = self.words["residents_of_place_nouns"]
        nouns = _alternation_of([w for w in words["words"] if w not in words["share_only"]])
        heads = _alternation_of(self.words["count_heads"])
        counted = list(_compiled(rf"\b(?i:{heads})\s+(?:{nouns})\s+(?:di\s+)?(?=[A-Z])").finditer(
            text, sent.begin, q.span.begin))
        if not counted:
            return None
        served = self.words["residents_served_words"] + self.words["office_work_markers"]
        if _said(served, text[sent.begin:q.span.begin].lower()):
            return None
        named = [(where, key) for where, key in self._place_names_between(counted[-1].end(), q.span.begin)
                 if where.begin == counted[-1].end()]
        if not named:
            return None
        linking = text[named[0][0].end:q.span.begin]
        return named[0][1] if _compiled(r"(?:\s+[a-z]+){0,4}\s+").fullmatch(linking) else None

    def _topic_place(self, q: Quantity, sent) -> str | None:
        """'Kabupaten Brebes mencapai 120.000 peserta', 'Dinkes mencatat Tegal 85 kasus, Batang 40 kasus': the
        region named last before a figure as the topic of its clause is what the figure describes (GOLD.md:
        statistics reported about a region have the region as subject). Not a region after a preposition ('Dinas
        X mencatat 200 kasus di Kota Y' is the office's count), in brackets, in the dateline, in a name, or one that
        follows whoever the sentence is about with no figure between ('Kantor Cabang X, yang membawahi Kota Y,
        membayar Rp5 miliar', 'Dinas Z Kabupaten Y, NTB, mencatat 1.800 guru'); nor the nation's figure."""
        if self._national(q, sent) is not None:
            return None
        text = self.doc.text
        begin = self._after_dateline(sent)
        agents = [s.end for s, e, in_title in self._orgs_in(begin, q.span.begin) if e.kind != "publisher"]
        agents += [s.end for s, _ in self._org_anaphors(begin, q.span.begin)]
        agents += [s.end for s, _, _ in self._people_in(begin, q.span.begin) if not self._in_a_speech_tag(s)]
        pronoun = self._pronoun_re().search(text[begin:q.span.begin])
        if pronoun and not self._speech_tag_before(begin + pronoun.start()):
            agents.append(begin + pronoun.end())  # ', kata dia, …' only says who speaks: the clause has its own topic
        last_agent = max(agents, default=None)
        named = self._place_names_between(begin, q.span.begin)
        topics = [(where, key) for k, (where, key) in enumerate(named)
                  if not (k and self._locates_or_is_town_of(named[self._place_before(named, k, sent)][0], where))
                  and not self._is_destination(where, None, sent)
                  and not self._in_brackets(where, sent) and not self._ends_unknown_name(where, sent)
                  and not self._names_a_group(where) and not self._names_a_facility(where)
                  and not self._people_served_there(where, sent)
                  and not self._scope_of_a_ranking(named, k, sent) and (
                      self._reported_located_figure(last_agent, begin, where) or (
                          (not self._after_preposition(self._list_start(named, k), sent)
                           or self._figure_follows(where.end) or self._facility_with_figure(where)
                           or self._opens_a_topic(where, q, sent))
                          and (last_agent is None or (where.begin >= last_agent and (
                              self._figure_between(last_agent, where.begin) or self._opens_reported_clause(last_agent, where.begin))))))]
        if not topics:
            return None
        where, key = max(topics, key=lambda t: t[0].begin)
        return self._numbered_area(where) or key

    def _place_before(self, named: list, k: int, sent) -> int:
        """The index of the place named before the k-th, past a short form in brackets ('Kabupaten A (KA) Provinsi B':
        A, whose short form 'KA' is also a place's name)."""
        before = k - 1
        return before - 1 if before > 0 and self._in_brackets(named[before][0], sent) else before

    def _people_served_there(self, where: Span, sent) -> bool:
        """'BI menyiapkan uang tunai untuk keperluan masyarakat Kota X Rp5 triliun': a place after the people of
        it whom something is for (kg/data/indonesian.json people_served_cues: a word of purpose, up to three words,
        then a word for a place's people) is whom the figure serves, not what it is about."""
        cues = self.words["people_served_cues"]
        purpose, people = _alternation_of(cues["purpose_words"]), _alternation_of(cues["people_words"])
        return _compiled(rf"\b(?:{purpose})\s+(?:[a-z]+\s+){{0,3}}(?:{people})\s+(?:di\s+)?$", re.IGNORECASE).search(
            self.doc.text, max(sent.begin, where.begin - 80), where.begin) is not None

    def _scope_of_a_ranking(self, named: list[tuple[Span, str]], k: int, sent) -> bool:
        """'Kota A menjadi kota dengan pengangguran tertinggi di Pulau Sumatera, 6 persen': a place after a ranking
        word and 'di' (kg/data/indonesian.json ranking_words) is where the ranking runs, once the clause has named a
        place before it with no figure between (that place is what is ranked), or after 'merupakan' ('…, lalu setahun
        kemudian merupakan yang terendah di Pulau Sumatera': the clause goes on about what it ranked); 'Pengangguran
        tertinggi di Kabupaten B 6 persen' names B as the one ranked."""
        where = named[k][0]
        words = _alternation_of(self.words["ranking_words"]["words"])
        copulas = _alternation_of(self.words["ranking_words"]["copulas"])
        ranking = _compiled(rf"(?P<is>\b(?:{copulas})\s+(?:[a-z]+\s+){{0,4}})?\b(?:{words})\s+(?:di|se)\s*-?\s*$",
                            re.IGNORECASE).search(self.doc.text, max(sent.begin, where.begin - 80), where.begin)
        if ranking is None:
            return False
        return ranking.group("is") is not None or any(not self._figure_between(w.end, where.begin) for w, _ in named[:k])

    def _own_money_by_area(self, q: Quantity, sent, focus: str | None) -> bool:
        """'Klaim peserta asal Kabupaten A Rp9 miliar, lalu Kabupaten B …' after a branch's total: money an
        organisation in focus pays, gives or spends (kg/data/indonesian.json office_own_figure_words), broken down by
        area, stays the organisation's (GOLD.md: claims it pays, its own operations); the area is where the money came
        from or went, not what the figure measures. Money named as for an area ('untuk Kabupaten A';
        kg/data/indonesian.json recipient_links), or as what an area got ('Kabupaten A mendapatkan alokasi …';
        recipient_verbs, which a list's first item says for the items after it), is the area's."""
        if q.unit in ("count", "percent") or focus is None or self._is_place(focus):
            return False
        if self._area_named_as_recipient(q, sent) or self._area_whose_figure_follows(q, sent):
            return False
        written = self.doc.text[self._after_dateline(sent):q.span.begin]
        return _said(self.words["office_own_figure_words"], written.lower())

    def _area_whose_figure_follows(self, q: Quantity, sent) -> bool:
        """'Kecamatan A realisasi penyetoran Rp8 juta', '…, serta Kecamatan B dengan realisasi Rp5 juta': an area that
        opens its clause (or a list: kg/data/indonesian.json list_openers), with the words of what is counted after it
        and none before it since the figure before, is what the money measures; in 'Klaim peserta asal Kabupaten A Rp9
        miliar' the office's word comes first and the area says only where the money went."""
        begin = self._after_dateline(sent)
        named = self._place_names_between(begin, q.span.begin)
        if not named:
            return False
        where = named[-1][0]
        text, own = self.doc.text, self.words["office_own_figure_words"]
        word = re.search(r"(\w+)\W*$", text[max(sent.begin, where.begin - 40):where.begin])
        opens = self._opens_its_clause(where, sent) or (word is not None and word.group(1).lower() in self.words[
            "list_openers"])
        clause = max(begin, self._figure_end_before(where.begin))  # since the figure before, if any
        return opens and _said(own, text[where.end:q.span.begin].lower()) \
            and not _said(own, text[clause:where.begin].lower())

    def _area_named_as_recipient(self, q: Quantity, sent) -> bool:
        """Whether the figure's sentence names an area before it as what receives it: after 'untuk', 'kepada'
        (kg/data/indonesian.json recipient_links: 'untuk Kabupaten A, tersalurkan dana desa Rp9 miliar'), or before
        a receiving verb (recipient_verbs: 'Kabupaten A mendapatkan alokasi Rp9 miliar')."""
        begin = self._after_dateline(sent)
        written = self.doc.text[begin:q.span.begin]
        links = _alternation_of(self.words["recipient_links"])
        if _compiled(rf"\b(?i:{links})\s+[A-Z]").search(written):
            return True
        receives = _alternation_of(self.words["recipient_verbs"]["words"])
        return any(_compiled(rf"\s+(?:{receives})\b").match(written, where.end - begin)
                   for where, _ in self._place_names_between(begin, q.span.begin))

    def _area_receiving(self, q: Quantity, sent) -> str | None:
        """'…, mengatakan, dari jumlah itu, Provinsi A mendapatkan sebanyak 4.100 kuota': a region named right before a
        receiving verb (kg/data/indonesian.json recipient_verbs) with the figure up to four words after it receives
        the figure, whoever reports it: the region's."""
        receives = _alternation_of(self.words["recipient_verbs"]["words"])
        if not _compiled(rf"\s(?:{receives})\s").search(self.doc.text, sent.begin, q.span.begin):
            return None  # (no receiving verb before the figure: most figures)
        named = self._place_names_between(self._after_dateline(sent), q.span.begin)
        if not named or not self._is_region(named[-1][1]):
            return None
        where, key = named[-1]
        between = self.doc.text[where.end:q.span.begin]
        if not self._opens_its_clause(where, sent):
            return None  # '27 anak di wilayah A menerima …', 'Universitas X A menerima …': not the clause's subject
        return key if _compiled(rf"\s+(?:{receives})\s+(?:[a-z]+\s+){{0,4}}$").match(between) else None

    def _opens_its_clause(self, where: Span, sent) -> bool:
        """Whether a name opens its clause: at the sentence's start or after punctuation, or after a word that opens a
        clause or joins one on (kg/data/indonesian.json topic_openers, coordinators, list_joiners, contrast_openers:
        'Sedangkan Kota A …')."""
        before = self.doc.text[max(sent.begin, where.begin - 40):where.begin].rstrip()
        word = re.search(r"(\w+)$", before)
        if word is None:
            return True
        return word.group(1).lower() in {*self.words["topic_openers"], *self.words["coordinators"],
                                         *self.words["list_joiners"], *self.words["contrast_openers"]["words"]}

    def _companys_figure_by_area(self, q: Quantity, sent, focus: str | None, topic: str) -> bool:
        """'Perum X mencatat stok 1 juta ton. Stok terbesar ada di Provinsi A 300.000 ton, Provinsi B 200.000 ton': a
        company's figures listed by region (its stock, customers, passengers there) are its own operations (GOLD.md),
        the region only where they are; a company's regional statistic ('rasio elektrifikasi Provinsi A 99 persen';
        kg/data/indonesian.json regional_statistics_markers) stays the region's, and so does a facility's figure
        ('Bandara X 1,2 juta penumpang': the facility is where the figure is counted)."""
        if not self._is_region(topic) or not self._is_company(focus) or self._area_named_as_recipient(q, sent):
            return False
        clause = self.doc.text[self._after_dateline(sent):q.span.begin].lower()
        return not _said(self.words["regional_statistics_markers"], clause, possessive=True)

    def _is_region(self, key: str | None) -> bool:
        """Whether the key is a place that governs or groups an area (a province, a regency, a city, a group of
        provinces), not a district, a village or a facility."""
        return key in self.r.places and self.r.places[key].kind in ("province", "regency", "city", "region-group")

    def _is_company(self, key: str | None) -> bool:
        """Whether the key is an organisation that is a company, or a unit of one."""
        entity = self._orgs_by_key().get(key) if key else None
        return entity is not None and entity.top().org_type is not None and entity.top().org_type.cls == BKG.Company

    def _list_start(self, named: list[tuple[Span, str]], k: int) -> int:
        """Where the list of places the k-th named place ends begins ('meliputi Kabupaten A, Kabupaten B, dan
        Kabupaten C': A's begin for C), so that what comes before the list's first item ('meliputi', 'di') says
        what all its items are; the k-th place's own begin when no list joins it to the places before."""
        text = self.doc.text
        while k and _compiled(self._list_joiner()).fullmatch(text, named[k - 1][0].end, named[k][0].begin):
            k -= 1
        return named[k][0].begin

    def _opens_with_a_place(self, sent) -> bool:
        return self._locative_opener(sent) is not None

    def _locative_opener(self, sent) -> re.Match | None:
        """The words with which the sentence opens by saying where ('Di Jakarta, …'; kg/data/indonesian.json
        locative_openers), if it does."""
        openers = _alternation_of(self.words["locative_openers"])
        return _compiled(rf"\s*(?:{openers})\s+", re.IGNORECASE).match(self.doc.text, self._after_dateline(sent))

    def _opening_place(self, q: Quantity, sent) -> str | None:
        """'Di Provinsi Y kuota haji tahun ini 1.750 jemaah': a sentence that opens by saying where
        (kg/data/indonesian.json locative_openers) and names no one before its figure sets the scene for it; after
        figures of another region it is about this one. Only read while the focus is a region, so an office's figures
        stay the office's."""
        text = self.doc.text
        opener = self._locative_opener(sent)
        if opener is None or _said(self.words["weekdays"], text[sent.begin:q.span.begin].lower()):
            return None  # "Di Jakarta, Senin, disebutkan …": where and when something was said, not what is counted
        named = self._place_names_between(opener.end(), q.span.begin)
        if not named or named[0][0].begin != opener.end():
            return None
        where = named[0][0]
        if self._orgs_in(where.end, q.span.begin) or self._people_in(where.end, q.span.begin) or len(named) > 1:
            return None
        circumstance = _alternation_of(self.words["circumstance_words"])
        if _compiled(rf"\s*,\s*(?:{circumstance})\b", re.IGNORECASE).match(text, where.end):
            return None  # "Di Bandung, dalam acara peluncuran, disebutkan …": where something was said
        return named[0][1]

    def _locates(self, place: Span, after: Span) -> bool:
        """'Kabupaten Tebo, Provinsi Jambi, kekurangan 1.900 guru', 'penumpang tujuan Pelabuhan X, Jakarta yang …': a
        place set off by a comma right after another (and closed by a comma or 'yang', its short form in brackets
        between or not: 'Provinsi Jambi (Jbi),') only says where that one lies; it is the clause's topic when the one
        before is, and neither is when the one before is a destination."""
        text = self.doc.text
        if not text[place.end:after.begin].strip():
            return self._wider_level_after(place, after)  # 'Desa A Kecamatan B baru Rp4 juta': an address, A's figure
        if _compiled(r"\s*\([^()]{1,24}\)\s*").fullmatch(text, place.end, after.begin) is not None:
            return self._holds(after, place)  # 'Kabupaten A (KA) Provinsi B (PB) yang …': A's short form, then where A lies
        return _compiled(r"\s*,\s*(?:[A-Z]\w*\s+)?").fullmatch(text, place.end, after.begin) is not None and (
            _compiled(r"\s*(?:\([^()]{1,24}\)\s*)?(?:,|yang\b)").match(text, after.end) is not None
            or self._wider_level_after(place, after))

    def _holds(self, outer: Span, inner: Span) -> bool:
        """Whether the place written at `outer` holds the one at `inner`, by their official codes."""
        text = self.doc.text
        return any(gazetteer.lies_in(p, c) for p in gazetteer.lookup(text[inner.begin:inner.end])
                   for c in gazetteer.lookup(text[outer.begin:outer.end]))

    def _wider_level_after(self, place: Span, after: Span) -> bool:
        """'Kelurahan A, Kecamatan B sebanyak 1.200 KK': both named with their level words
        (kg/data/indonesian.json place_prefixes), the one after of a wider level, which only says where the first
        lies, whatever follows it."""
        kinds = self.lex.words["place_prefixes"]
        first, second = (kinds.get(self.doc.text[s.begin:s.end].split(" ", 1)[0]) for s in (place, after))
        inner, outer = DIVISION_DEPTH.get(first), DIVISION_DEPTH.get(second)
        return inner is not None and outer is not None and outer < inner

    def _facility_with_figure(self, where: Span) -> bool:
        """'… dan di Pelabuhan X dengan 3.400 penumpang': a named port, airport or station (kg/data/indonesian.json
        facilities_named_after_places) that 'dengan' and a figure follow, its town between or not, is what the
        figure counts, even after a preposition."""
        text = self.doc.text
        if not self._is_a_named_facility(where):
            return False
        town = _compiled(r"(?:\s+[A-Z][\w-]*){0,2}?\s+dengan\s+").match(text, where.end)
        return town is not None and self._figure_between(town.end(), town.end() + 1)

    def _locates_or_is_town_of(self, place: Span, after: Span) -> bool:
        """The place after `place` only says where that one is (`_locates`, `_town_of_facility`)."""
        return self._locates(place, after) or self._town_of_facility(place, after)

    def _town_of_facility(self, facility: Span, town: Span) -> bool:
        """'Bandara X Surabaya dengan 12.000 penumpang': a town written right after a named port, airport or station
        (kg/data/indonesian.json facilities_named_after_places) only says where it is; the facility is the topic."""
        return self._is_a_named_facility(facility) and not self.doc.text[facility.end:town.begin].strip()

    def _is_a_named_facility(self, place: Span) -> bool:
        """The place's name opens with a word of a port, airport or station (kg/data/indonesian.json
        facilities_named_after_places): 'Pelabuhan X', 'Bandara Y'."""
        return self.doc.text[place.begin:place.end].split()[0] in self.words["facilities_named_after_places"]["words"]

    def _short_form_after(self, place: Span, after: Span) -> bool:
        """Whether `after` is written in brackets right after `place`: 'Provinsi Jambi (Jbi)'."""
        text = self.doc.text
        return _compiled(r"\s*\(").fullmatch(text, place.end, after.begin) is not None \
            and text.startswith(")", after.end)

    def _ends_unknown_name(self, where: Span, sent) -> bool:
        """'target Kantor Bahari Wilayah Kediri sebesar Rp2 triliun': a place after a word that otherwise keeps a place
        from being a topic ('wilayah', kg/data/indonesian.json), that word written with a capital after another
        capitalised word that does not open the sentence, ends a name the article does not know (an office's), not a
        place the figure is about."""
        text = self.doc.text
        m = _compiled(r"\b[A-Z][\w-]*\s+([A-Z]\w*)\s+$").search(text, max(sent.begin, where.begin - 60), where.begin)
        return m is not None and m.group(1).lower() in self.words["place_not_topic_words"] and \
            text[self._after_dateline(sent):m.start()].strip() != ""

    def _opens_a_topic(self, where: Span, q: Quantity, sent) -> bool:
        """', untuk Kabupaten X dengan 120 desa, sudah …': a word that announces a topic (kg/data/indonesian.json
        topic_openers) at the start of a clause makes the place after it the clause's topic, not an object; unless
        someone acts between the place and the figure (', untuk Kabupaten X pihaknya mengirim 20 dokter': X is where
        the figure goes, the actor's figure)."""
        text = self.doc.text
        topic = _alternation_of(self.words["topic_openers"])
        if _compiled(rf"(?:^|[,;:])\s*(?i:{topic})\s+$").search(text[sent.begin:where.begin]) is None:
            return False
        agents = _alternation_of(self.words["clause_agent_words"] + self.words["pronouns_person"])
        return not (_compiled(rf"\b(?i:{agents})\b").search(text, where.end, q.span.begin)
                    or self._orgs_in(where.end, q.span.begin) or self._people_in(where.end, q.span.begin))

    def _opens_reported_clause(self, agent_end: int, begin: int) -> bool:
        """'Rina menjelaskan, Kabupaten X membutuhkan 3.000 guru', 'Rina menuturkan, untuk Kabupaten X …', 'data Dinas
        Kesehatan per 1 Mei menunjukkan Kota X menjadi daerah dengan kasus terbanyak …': a place that opens the clause
        a speech verb or a verb that says what data show (kg/data/indonesian.json) reports, after whoever speaks or
        after a word that announces a topic (topic_openers), is that clause's topic, not an office's place. Words may
        stand between the speaker and a verb that reports (not one that asks: 'meminta Kabupaten X menyiapkan …') when
        they name no one, hold no figure and are no relative clause of the speaker's ('Dinas X, yang kemarin menyebut
        Kabupaten Y …, menyalurkan …' is the office's; '…, data per akhir bulan memperlihatkan Kota Z …' is Z's)."""
        verbs = _alternation_of(self.words["speech_verbs_before"] + self.words["data_report_verbs"])
        topic = _alternation_of(self.words["topic_openers"])
        if _compiled(rf"\s*(?i:{verbs})(?:\s+bahwa)?\s*,?\s*(?:(?i:{topic})\s+)?").fullmatch(
                self.doc.text, agent_end, begin) is not None:
            return True
        reporting = _alternation_of([v for v in self.words["speech_verbs_before"] + self.words["data_report_verbs"]
                                     if v not in self.words["request_verbs"]])
        reported = _compiled(rf"(?:^|\s)(?i:{reporting})(?:\s+bahwa)?\s*,?\s*(?:(?i:{topic})\s+)?$").search(
            self.doc.text, agent_end, begin)
        if reported is None:
            return False
        between = self.doc.text[agent_end:reported.start()]
        return not re.search(r"[.;]", between) and not re.match(r"\s*,?\s*yang\b", between) \
            and not self._figure_between(agent_end, reported.start()) and not self._named_between(agent_end, reported.start())

    def _reported_located_figure(self, agent_end: int | None, begin: int, where: Span) -> bool:
        """'Rina mengatakan, kasus terbanyak terjadi di Kabupaten X dengan 210 kasus', 'Selanjutnya, kasus terbanyak terjadi
        di Kabupaten Y dengan 105 kasus': a place where something occurs ('terjadi di', kg/data/indonesian.json) that its
        figure follows at once ('dengan 210 kasus') is where the figure is, in a clause a speech verb opens after whoever
        reports it or in a sentence (its own words from `begin` on) that names no one; 'Kantor Cabang X membayar klaim di
        Kota Y sebesar Rp5 miliar' stays the office's."""
        text = self.doc.text
        occurs = _alternation_of(self.words["occurrence_verbs"])
        after = begin if agent_end is None else agent_end
        if not _compiled(rf"\b(?i:{occurs})\s+di\s+$").search(text, max(after, where.begin - 20), where.begin):
            return False
        links = _alternation_of([*self.words["figure_links"], *self.words["occurrence_figure_links"]])
        gap = _compiled(rf"\s*(?:(?:{links})\s+)?").match(text, where.end).end()
        verbs = _alternation_of(self.words["speech_verbs_before"])
        return self._figure_between(gap, gap + 1) and (
            agent_end is None or _compiled(rf"\b(?i:{verbs})\b").search(text, agent_end, where.begin) is not None)

    def _figure_follows(self, offset: int) -> bool:
        """'Kasus berikutnya ada di Kota Bima 60 kasus, Dompu 40 kasus', 'inflasi tertinggi terjadi di Provinsi X yang
        mencapai 3,1 persen': a place its figure follows at once, or through a word that links a figure to it
        (kg/data/indonesian.json), is what the figure is about, even after a preposition."""
        links = _alternation_of(self.words["figure_links"])
        changes = _alternation_of(self.words["change_up"] + self.words["change_down"])
        # ('kawasan X yang tumbuh sebesar 5 persen': a change the place itself went through)
        gap = _compiled(rf"\s*(?:(?:{links})\s+|yang\s+(?:{changes})\s+(?:(?:{links})\s+)?)?").match(
            self.doc.text, offset).end()
        return self._figure_between(gap, gap + 1)

    def _after_dateline(self, sent) -> int:
        """Where the sentence's own words begin, after the dateline ('KOTA, Outlet - ') that the mentions step found."""
        line = self.r.dateline
        return max(sent.begin, line.span.end) if line is not None and line.span.end <= sent.end else sent.begin

    def _in_brackets(self, where: Span, sent) -> bool:
        before = self.doc.text[sent.begin:where.begin]
        return before.rfind("(") > before.rfind(")")

    def _place_mentions(self, begin: int, end: int, countries: bool = False):
        """(span, place key) for every name of every place the article knows that occurs in [begin, end), place
        by place in the article's order, each place's names in the order of the set of them."""
        occurrences, owners = self._place_name_index()
        found = []
        for name, starts in occurrences.in_window(begin, end).items():
            for order, key, is_country in owners[name]:
                if countries or not is_country:
                    found += [(order, start, len(name), key) for start in starts]
        for _, start, length, key in sorted(found):
            yield Span(start, start + length), key

    def _place_name_index(self) -> tuple[NameOccurrences, dict[str, list[tuple[tuple[int, int], str, bool]]]]:
        """Where each place name occurs, and the places it names with their place in the order of the look-up;
        redone when a component or this reader added a place or a name (places and their names only grow)."""
        names = self.r.place_names
        grown = (len(self.r.places), sum(map(len, names.values())))
        cached = self.__dict__.get("_place_names")
        if cached is None or cached[0] != grown:
            occurrences = cached[1] if cached else NameOccurrences(self.doc.text)
            owners: dict[str, list] = {}
            for rank, (key, place) in enumerate(self.r.places.items()):
                for n_rank, name in enumerate({place.name, *names.get(key, set())}):
                    if place.kind in FIGURELESS_PLACE_KINDS and not name.startswith(TOWN_AS_CITY):
                        continue
                    owners.setdefault(name, []).append(((rank, n_rank), key, place.kind in ABROAD_PLACE_KINDS))
            occurrences.add(owners)
            self._place_names = cached = (grown, occurrences, owners)
        return cached[1], cached[2]

    def _place_names_between(self, begin: int, end: int) -> list[tuple[Span, str]]:
        """Each place named in [begin, end) by its longest name ('Kabupaten Jember', not 'Jember' inside it), in the
        text's order, leaving out places inside an organisation's name or a title ('Dinas Kesehatan Kota X')."""
        hidden, named = self._names_hiding_places(), self._index("org_mentions")
        found = [(where, key) for where, key in self._place_mentions(begin, end)
                 if not (hidden.overlapping(where) or named.overlapping(where))]
        longest = [(w, k) for w, k in found if not any(o != w and o.begin <= w.begin and w.end <= o.end for o, _ in found)]
        # in the text's order: a place's names come from a set, whose order changes from one process to the next
        return sorted(longest, key=lambda n: (n[0].begin, n[0].end))

    def _after_preposition(self, offset: int, sent) -> bool:
        """A place after 'di', 'asal', 'setelah', 'meliputi', 'tujuan' … (or after such a word and a facility's type: 'tujuan
        Pelabuhan X') is where or what else, not the clause's topic."""
        if "_not_topic" not in self.__dict__:
            facility = _alternation_of([w.lower() for w in self.words["facility_words"]])
            self._not_topic = re.compile(
                rf"\b(?:{_alternation_of(self.words['place_not_topic_words'])})[\s-]*(?:(?:{facility})\s+)?$")
        reach = 2 * PREPOSITION_REACH  # the word and a facility's type
        return bool(self._not_topic.search(self.doc.text[max(sent.begin, offset - reach):offset].lower()))

    def _agent_after(self, q: Quantity, sent) -> str | None:
        """'OJK mencatat kredit Rp7 miliar yang disalurkan oleh Bank X': the agent of a passive after the figure did
        what the figure counts."""
        after = self.doc.text[q.span.end:sent.end]
        m = re.match(rf"[^,.;]{{0,{LOOKAROUND}}}?\byang\s+di[a-z]+\s+oleh\s+", after)
        if m is None:
            return None
        at = q.span.end + m.end()
        return next((e.key for s, e, in_title in self._orgs_in(at, at + 1) if not in_title), None)

    def _operator(self, q: Quantity, sent) -> str | None:
        """'KPw BI X telah menyediakan Rp2 triliun bagi penukaran di wilayah Y', 'Kantor Imigrasi X menerbitkan 11.000 paspor':
        an organisation its clause says does, before the figure, what an institution does as its own work
        (kg/data/indonesian.json) did what the figure counts, whatever place the clause names (GOLD.md: an
        institution's own operations are the institution's)."""
        text = self.doc.text
        verbs = _alternation_of(self.words["operation_verbs"])
        auxiliaries = _alternation_of(self.words["verb_auxiliaries"])
        doing = _compiled(rf"\s+(?:(?:{auxiliaries})\s+)*(?:{verbs})\b[^,;]*$")
        begin = self._after_dateline(sent)
        doers = [(s, e) for s, e, in_title in self._orgs_in(begin, q.span.begin) if not in_title and e.kind != "publisher"]
        doers += self._org_anaphors(begin, q.span.begin)
        for s, e in sorted(doers, key=lambda d: -d[0].begin)[:1]:  # the one named last before the figure
            if doing.match(text, s.end, q.span.begin) and not self._object_of_preposition(s, begin):
                return e.key
        return None

    def _place_in_scope(self, sent, q: Quantity, subject: str) -> str | None:
        """'Jumlah sekolah di Kabupaten X mencapai 500 sekolah': a sentence that names no one and counts things of
        a place before the figure is about the place, unless the organisation the text is about has its unit there
        (then the unit is meant)."""
        scope = self._scope_pattern()
        heads = "|".join(map(re.escape, self.words["count_heads"]))
        lead = self.doc.text[sent.begin:q.span.begin]
        if not _compiled(rf"\b(?:{heads})\s+", re.IGNORECASE).search(lead):
            return None  # every pattern below starts with a count head
        found = []
        holds = LiteralFilter(lead)
        for key, place in self.r.places.items():
            if place.kind == "country":
                continue
            for name in {place.name, *self.r.place_names.get(key, set())}:
                if not holds.may_hold(name, ignore_case=True):
                    continue
                pattern = rf"\b(?:{heads})\s+[^,.;]*?(?<!\w)(?:{scope})\s*{re.escape(name)}(?![\w-])"
                found += [(-m.end(), key) for m in _compiled(pattern, re.IGNORECASE).finditer(lead)]
        if not found:
            return None
        key = min(found)[1]
        if any(key in e.places for e in self._units_of(subject)):
            return None
        return key

    def _scope_pattern(self) -> str:
        return _alternation_of(self.words["place_scope_words"])

    def _figure_between(self, begin: int, end: int) -> bool:
        return self._next_figure_begin(begin) < end

    def _next_figure_begin(self, offset: int) -> int:
        """Where the first figure that begins at or after the offset begins (the text's length if none), found by a
        binary search over the figures' beginnings."""
        quantities, begins = self.__dict__.get("_figure_begins", (None, []))
        if quantities is not self.quantities:
            begins = sorted(x.span.begin for x in self.quantities)
            self._figure_begins = (self.quantities, begins)
        at = bisect_left(begins, offset)
        return begins[at] if at < len(begins) else len(self.doc.text)

    def _orgs_by_key(self) -> dict:
        """The first organisation of each key, and each organisation's children in the state's order: looked up,
        not scanned for, at every figure (the reader adds places, never organisations)."""
        return self._org_tables()[0]

    def _units_of(self, parent_key: str) -> list:
        return self._org_tables()[1].get(parent_key, [])

    def _org_tables(self) -> tuple[dict, dict]:
        cached = self.__dict__.get("_orgs")
        if cached is None or cached[0] != len(self.r.orgs):
            by_key, children = {}, {}
            for e in self.r.orgs:
                by_key.setdefault(e.key, e)
                if e.parent is not None:
                    children.setdefault(e.parent.key, []).append(e)
            self._orgs = cached = (len(self.r.orgs), by_key, children)
        return cached[1], cached[2]

    def _without_enumeration(self, candidates: list, q: Quantity) -> list:
        """'Bank milik negara, yaitu Bank A, Bank B dan Bank C, mendapat Rp30 triliun': the organisations listed
        after 'yaitu' name the members of the one before; the figure is that one's."""
        if not candidates:
            return candidates
        first_end = min(c[0].end for c in candidates)
        for cue in self.words["enumeration_cues"]:
            for m in self._cue_matches(cue, first_end, q.span.begin):
                head = [c for c in candidates if c[0].end <= m.start()]
                listed = [c for c in candidates if m.end() <= c[0].begin]
                if head and len(listed) >= 2 and not self._figure_between(head[-1][0].end, q.span.begin):
                    return head
        return candidates

    def _cue_matches(self, cue: str, begin: int, end: int) -> list:
        """The whole-word matches of a cue in the lowered text that start at or after `begin` and end by `end`,
        as a search of the text cut at `end` finds them; the matches of the whole text are found once per cue."""
        if "_lowered" not in self.__dict__:
            self._lowered = self.doc.text.lower()
        lowered = self._lowered
        if 0 < end < len(lowered) and re.match(r"\w\w", lowered[end - 1:end + 1]):
            # a word runs on past the cut, where the cut text has a word boundary the whole text has not
            return [m for m in re.finditer(rf"\b{re.escape(cue)}\b", lowered[:end]) if m.start() >= begin]
        cache = self.__dict__.setdefault("_cues", {})
        if cue not in cache:  # tried only where the cue's text begins (a pattern that opens with \b is tried everywhere)
            found = LiteralFilter(lowered).finditer(_compiled(rf"\b{re.escape(cue)}\b"), cue)
            cache[cue] = ([m.start() for m in found], found)
        starts, found = cache[cue]
        return [m for m in found[bisect_left(starts, begin):bisect_left(starts, end)] if m.end() <= end]

    def _region_of_statistic(self, q: Quantity, sent, subject: str | None, carried_ok: bool = True) -> str | None:
        """Statistics an institution reports about a region are about the region (GOLD.md): 'Perekonomian
        Jambi tumbuh 4,8 persen', 'inflasi di Bengkulu 2,4 persen', figures BPS or Bank Indonesia
        give. A figure is such a statistic when its clause names an economic indicator, or when it comes from
        an institution that reports on regions (kg/data/indonesian.json); its region is the place the sentence
        names, else the reporting office's, else the region of the statistics just before."""
        text = self.doc.text
        clause = text[sent.begin:q.span.begin].lower()
        markers = self.words["regional_statistics_markers"]
        if self._counts_things(q):  # 'bagi warga miskin disiapkan 300 paket': goods for them, no count of them
            markers = [w for w in markers if w not in self.words["people_statistics_markers"]["words"]]
        marked = _said(markers,  # not 'Program Pengentasan Kemiskinan Desa'
                       self._without_programme_names(sent.begin, q.span.begin).lower())
        reporter = self._reporting_office(subject)
        if not (marked or reporter is not None):
            return None
        around = clause + text[q.span.end:min(sent.end, q.span.end + LOOKAROUND)].lower()
        for category in self.words["spending_categories"]["words"]:
            around = around.replace(category, " ")  # 'Belanja Pegawai Rp1 triliun': spending, not the office's staff
        if reporter is not None and not marked and any(
                w in around and re.search(rf"\b{re.escape(w)}", around) for w in self.words["office_work_markers"]):
            return None  # the office's own work ("40 UMKM binaan", "900 pengaduan"), not a statistic of the region
        if reporter is not None and not marked and self._cited_source(reporter, q, sent):
            return None  # "Data dari BI X, permintaan uang baru Rp31 miliar": the office's own figure
        national = self._nation_of(q, sent) or self._nation_named(q, sent)
        if national is not None:  # "ekonomi nasional tumbuh 5 persen", "pengangguran di Indonesia 4,9 persen"
            self._statistic_step = "nation"
            return national
        carried = self._carried_region(sent) if carried_ok or reporter is not None else None
        # "DPK naik menjadi Rp2 triliun, kata Kepala OJK Kota X": a place after the figure inside an organisation's
        # name is where the office sits, not what the statistic is about
        named = self._place_named_in(sent, q, names_after_ok=False)
        if named is None and self._of_the_offices_work_area(q, sent):
            self.last_region = None  # (the region spoken of before is not the next figure's either)
            return None
        office = self._office_place(reporter, q)
        if named and self._province_of_the_office_said(named, office or self._region_served_by(subject), sent):
            named = None  # 'Dinas X Kabupaten A, Sumatera Barat mencatat luas panen …': where A lies, not the
            # figure's
        if office and carried and not self._region_said_in(sent) and self._named_in_sentence(reporter, q, sent):
            carried = None  # 'Dari data BPS Provinsi X, kunjungan naik 1,7 persen' after the nation's figure: X's
        nation = None if named or carried or office else self._nation_reported_by(reporter, q)
        own = None if named or carried or office or nation or not marked else self._region_served_by(subject)
        # 'Kepala Badan X Kementerian Y mengatakan, angka kemiskinan tahun lalu 9 persen': a national body's
        # official giving a regional statistic, no region named, speaks of the nation; so does a body named as the
        # clause's subject ('Kementerian X mencatat kapasitas pembangkit bertambah 120 MW'), except for what it
        # realises, spends or gives (office_own_figure_words: 'Kementerian X mencatat realisasi anggaran …' keeps its
        # figures); the words of the statistic itself are not the body's work ('realisasi investasi' is what
        # investors realised in the country)
        recorded = None if named or carried or office or nation or own or not marked or self._is_target(sent) \
            or (self._subject_step not in SPEAKERS_STEPS[1:]
                and _said(self.words["office_own_figure_words"], self._without_statistics_named(clause))) \
            else self._nation_recorded_by(self._orgs_by_key().get(subject) if subject else None, q)
        found = "named" if named else "carried" if carried else "reporter_place" if office else \
            "reporter_nation" if nation else "served_region" if own else "recorder_nation" if recorded else None
        region = named or carried or office or nation or own or recorded
        if region is not None and self._counts_divisions(q) and not self._can_hold_the_divisions(region, q):
            region = self._recent_place_holding_the_divisions(q, sent)  # '22 kabupaten kota' after a city's figures:
            found = region and "holding_divisions"  # the province spoken of before, which holds them
        self._statistic_step = found and ("marked-" if marked else "reporter-") + found
        return region

    def _of_the_offices_work_area(self, q: Quantity, sent) -> bool:
        """'penyaluran pembiayaan bank di wilayah kerja OJK X naik 11 persen': a figure its clause gives to an office's work
        area (kg/data/indonesian.json work_area_words) covers the several regencies the office serves, neither the
        town the office is named after nor a region before: no one place's statistic, the office's area's."""
        return _said(self.words["work_area_words"]["words"], self.doc.text[sent.begin:q.span.begin].lower(),
                     possessive=True)

    def _without_statistics_named(self, clause: str) -> str:
        """The lowercased clause with the regional statistics it names (kg/data/indonesian.json
        regional_statistics_markers) blanked out, so that a word of one ('realisasi' in 'realisasi investasi') is not
        read as the office's own work."""
        markers = _alternation_of(m.lower() for m in self.words["regional_statistics_markers"])  # the longest first:
        return _compiled(rf"\b(?:{markers})\b").sub(" ", clause)  # 'realisasi penanaman modal' takes its words before
        # 'penanaman modal asing' can

    def _recent_place_holding_the_divisions(self, q: Quantity, sent) -> str | None:
        """The place named last, in the figure's sentence or the three before it, that can hold the divisions the
        figure counts (a province for regencies and cities, a regency for districts)."""
        begin = self._after_dateline(self.doc.sentences[max(0, sent.index - 3)])
        named = [key for _, key in self._place_mentions(begin, q.span.begin)]
        return next((key for key in reversed(named) if self._can_hold_the_divisions(key, q)
                     and not self._is_one_of_the_divisions(key, q)), None)

    def _without_programme_names(self, begin: int, end: int) -> str:
        """The text of [begin, end) with the names of programmes blanked: an indicator's word inside a programme's name
        ('Program Pengentasan Kemiskinan Desa') names the programme, not a statistic."""
        text = self.doc.text[begin:end]
        for span, _ in self.program_mentions:
            if begin <= span.begin and span.end <= end:
                text = text[:span.begin - begin] + " " * (span.end - span.begin) + text[span.end - begin:]
        return text

    def _province_of_the_office_said(self, named: str, own: str | None, sent) -> bool:
        """Whether the place named is only the province of the office's own place, written after it and a comma
        ('Kabupaten A, Sumatera Barat') as the press says where a place lies."""
        if own is None or own == named or not self._within(own, named):
            return False
        own_names, named_names = (_alternation_of({self.r.places[k].name, *self.r.place_names.get(k, set())})
                                  for k in (own, named))
        return _compiled(rf"\b(?:{own_names})\s*,\s*(?:Provinsi\s+)?(?:{named_names})\b").search(
            self.doc.text, sent.begin, sent.end) is not None

    def _region_served_by(self, subject: str | None) -> str | None:
        """'Pemkab X mencatat IPM 70 persen', 'Dinkes X: angka stunting 9 persen', 'Bappeda X: kemiskinan 9 persen': a
        statistic of an area that a regional government, or one of its offices (a Dinas, a Bappeda: a government
        agency of a place), gives with no place named is its region's (GOLD.md)."""
        entity = self._orgs_by_key().get(subject) if subject else None
        if entity is not None and entity.kind == "government" and entity.places:
            return entity.places[0]
        agency = entity is not None and ((entity.org_type is not None and entity.org_type.cls == BKG.GovernmentAgency)
                                         or entity.top().kind == "government")
        return (self._area_served(entity) if agency else None) or self._resident_office_region(subject)

    def _named_in_sentence(self, office, q: Quantity, sent) -> bool:
        """Whether the figure's own sentence names the office before the figure."""
        return any(e.key == office.key for _, e, _ in self._orgs_in(self._after_dateline(sent), q.span.begin))

    def _region_said_in(self, sent) -> bool:
        """Whether a figure before, in this sentence, is a region's."""
        return self.region_in_sentence is not None and self.region_in_sentence[0] == sent.index

    def _carried_region(self, sent) -> str | None:
        """The region of the statistics just before: the one a figure before in the same sentence is about ('TPT di
        Indonesia 5,9 persen atau 8,4 juta orang, turun 0,6 persen': the nation's, even after a region's figures,
        where the nation beside a region is otherwise a yardstick), else the last region of the two sentences before."""
        if self._region_said_in(sent):
            return self.region_in_sentence[1]
        recent = self.last_region and sent.index - self.last_region_sentence <= 2
        return self.last_region if recent else None

    def _office_place(self, reporter, q: Quantity) -> str | None:
        """Where the reporting office sits: its own place, else, for a statistics agency named bare ('BPS') after the
        article named one office of it ('Kepala BPS Provinsi X …'), that office's (a bare name there is most often
        that office; a central bank's or a regulator's bare name is the national body)."""
        if reporter is None:
            return None
        if reporter.places:
            return self._member_spoken_of(reporter.places[0]) or reporter.places[0]
        if not self._is_statistics_agency(reporter):
            return None
        named_before = {e.key for s, e, _ in self._orgs_in(0, q.span.begin)}
        offices = {u.places[0] for u in self._units_of(reporter.key) if u.places and u.key in named_before}
        return offices.pop() if len(offices) == 1 else None

    def _member_spoken_of(self, group: str) -> str | None:
        """'OJK Balinusra mencatat DPK di Bali …', then figures that name no place: an office of a group of regions
        ('Bali dan Nusa Tenggara') whose statistics the article has given for one of its members goes on
        with that member, however many sentences ago."""
        place = self.r.places.get(group)
        last = self.r.places.get(self.last_region) if self.last_region else None
        if place is None or place.kind != "region-group" or last is None or last.kind != "province":
            return None
        return self.last_region if re.search(rf"\b{re.escape(last.name)}\b", place.name) else None

    def _nation_reported_by(self, reporter, q: Quantity) -> str | None:
        """'BPS mencatat inflasi Mei 0,3 persen': a statistic that a statistics agency (kg/data/indonesian.json), which
        only compiles statistics about regions, gives with no region named, carried or its own, where the agency is the
        national one (it, nor any body it belongs to, sits anywhere, and the article names none of its regional offices:
        a bare 'BPS' in an article about 'BPS Kabupaten X' is most often that office), is the nation's (GOLD.md: a figure for the whole country has Indonesia as subject); a central bank's figures may be
        its own work. The nation is first spoken of where the agency was named last before the figure (else first after it)."""
        if reporter is None or self._units_of(reporter.key) or not self._is_statistics_agency(reporter):
            return None
        if any(e.places for e in _lineage(reporter)):
            return None
        return self._province_of_the_dateline_town() or self._nation_at_mention_of(reporter, q)

    def _province_of_the_dateline_town(self) -> str | None:
        """'PONTIANAK - BPS melansir penduduk miskin …', and later 'kemiskinan di Kalbar': a statistics agency named
        without a region, in an article written in a town (a city or regency) whose province the article names
        outside the dateline, is that province's office, and its figures the province's; not one written in the
        capital's province ('JAKARTA -' is the province itself), nor where the dateline names no town."""
        line = self.r.dateline
        if line is None:
            return None
        towns = [key for _, key in self._place_mentions(line.span.begin, line.span.end)
                 if key in self.r.places and self.r.places[key].kind in ("city", "regency")]
        provinces = {key for _, key in self._place_mentions(line.span.end, len(self.doc.text))
                     if key in self.r.places and self.r.places[key].kind == "province"}
        held = sorted(p for p in provinces for town in towns if self._within(town, p))
        return held[0] if len(held) == 1 else None

    def _is_statistics_agency(self, office) -> bool:
        agencies = {n.lower() for n in self.words["statistics_agencies"]}
        return bool({n.lower() for n in office.top().names + office.top().acronyms} & agencies)

    def _cited_source(self, office, q: Quantity, sent) -> bool:
        """'Data dari BI X, permintaan uang baru …', 'menurut data OJK X …': a figure whose sentence cites an office
        as the source of its data (kg/data/indonesian.json), names no place before it but in the office's name, and
        no statistics agency (which only compiles statistics about regions), is that office's own figure."""
        if not self._named_as_source_of_data(office.key, q, sent) or self._is_statistics_agency(office):
            return False
        return not self._place_names_between(self._after_dateline(sent), q.span.begin)

    def _named_as_source_of_data(self, key: str, q: Quantity, sent) -> bool:
        """'menurut data Dinas X, jumlah petani 1.200': the sentence names the organisation before the figure right
        after a word citing the source of data (kg/data/indonesian.json source_data_cues)."""
        text = self.doc.text
        begin = self._after_dateline(sent)
        cues = _compiled(rf"\b(?:{_alternation_of(self.words['source_data_cues'])})\s+$", re.IGNORECASE)
        return any(e.key == key and cues.search(text, max(begin, s.begin - 30), s.begin)
                   for s, e, _ in self._orgs_in(begin, q.span.begin))

    def _region_of_residents(self, q: Quantity, sent, subject: str | None) -> str | None:
        """'Dinas X Kabupaten Y mencatat 1.200 orang warga belum memiliki akta', 'Berdasarkan data Dinas X, ada 3 orang
        meninggal': what a regional office (kg/data/indonesian.json) records about the residents of its area is a
        statistic of the area, not the office's own work (GOLD.md), so it is the office's region's. Only where the
        figure counts residents (the words just after it or leading to it in its clause), the sentence says it is a
        record ('mencatat', 'data', 'jumlah'), and the residents are not those the office serves: its recipients or the
        participants of a programme ('kepada', 'penerima', 'mengikuti program')."""
        region = self._resident_office_region(subject)
        entity = self._orgs_by_key().get(subject) if subject else None
        if q.unit != "count" or (region is None and (entity is None or not self._is_government_office(entity))):
            return None
        text = self.doc.text
        lead = self._without_organisations(self._lead_clause_start(q, sent), q.span.begin)  # not 'Badan Pelindungan
        # Pekerja Migran Indonesia'
        follows = _compiled(r"\s+(?:orang\s+)?([a-z]+)").match(text, q.span.end)
        residents = set(self.words["resident_count_words"])
        counted = (follows is not None and follows.group(1) in residents) or any(
            re.search(rf"\b{re.escape(w)}\b", lead) for w in residents)
        before = text[sent.begin:q.span.begin]
        recorded = _said(self.words["resident_record_cues"], before.lower())
        sentence = text[sent.begin:sent.end].lower()
        served = _said(self.words["residents_served_words"] + self.words["office_work_markers"], sentence)
        if not counted or not recorded or served:
            return None
        # 'Jumlah pasien terbanyak, tambah Rudi, ada di Kabupaten X yakni 310 jiwa': the part of its area the figure's
        # sentence names
        return (self._where_it_happened(sent, q) if region else None) or region \
            or self._nation_recorded_by(entity, q)  # 'Ditjen X mencatat penduduk 275 juta jiwa'

    def _region_of_market_price(self, q: Quantity, sent, subject: str | None) -> str | None:
        """'harga cabai rawit Rp38.000 per kilogram', 'daging sapi Rp120.000/kg': a price per measure of a good
        (kg/data/indonesian.json market_price_measures) that an office monitors is what the good costs in its area's
        markets, a statistic of the area (GOLD.md): the place the sentence names before the figure, else the
        monitoring office's (or its parent's) region. Only where this sentence or the one before speaks of prices
        (market_price_nouns), not where someone sells, buys or sets the price (own_price_verbs: Bulog's rice, a
        regency's levy), and not for a company's figures."""
        if q.unit in ("count", "percent"):
            return None
        if not self._priced_per_measure(q, sent):
            return None
        entity = self._orgs_by_key().get(subject) if subject else None
        if entity is not None and entity.top().org_type is not None and entity.top().org_type.cls == BKG.Company:
            return None
        lead = self.doc.text[sent.begin:q.span.begin].lower() + " " + \
            self.doc.text[q.span.end:sent.end].split(",")[0].lower()  # '… per kg yang dibeli Bulog', not '…, di atas HET'
        previous = self.doc.sentences[sent.index - 1] if sent.index else sent
        spoken = self.doc.text[previous.begin:sent.end].lower()
        if not any(re.search(rf"\b{re.escape(n)}", spoken) for n in self.words["market_price_nouns"]) \
                or _said(self.words["own_price_verbs"], lead):
            return None
        # "Dinas Perdagangan Kota X, Y, mencatat harga …": the town's markets, not the province's
        return self._place_of_record(entity, sent, q, self._place_named_in(sent, q, names_after_ok=False))

    def _priced_per_measure(self, q: Quantity, sent) -> bool:
        """'Rp41.000 per kilogram', 'Rp14.000/liter', 'Rp9 ribu per kilonya': an amount is a price per measure of a
        good (kg/data/indonesian.json market_price_measures), said right after it or after the other amounts of its
        list or range ('gula Rp16.000, minyak Rp18.500 dan telur Rp27.000 per kilogram', 'Rp40.000 sampai Rp45.000 per
        kg'), which all share the measure: each further item names a good and opens no clause of its own
        ('…, sedangkan harga grosir Rp9.000/kg' is another matter; price_list_joiners)."""
        text = self.doc.text
        measures = _alternation_of(self.words["market_price_measures"])
        per = _compiled(rf"\s*(?:per\s+|/\s*)(?:{measures})(?:nya)?\b", re.IGNORECASE)
        listing = self.words["price_list_joiners"]
        clause = _alternation_of(listing["clause_words"])
        item = _compiled(rf"\s*(?:,|(?:{_alternation_of(listing['words'])})(?!\w))?\s*"
                         rf"(?:(?!\b(?:{clause})\b)[^,.;:]){{0,40}}", re.IGNORECASE)
        end = q.span.end
        for later in (x for x in self.quantities if end <= x.span.begin < sent.end and x.unit == q.unit):
            if per.match(text, end) or not item.fullmatch(text, end, later.span.begin):
                break
            end = later.span.end
        return per.match(text, end) is not None

    def _region_of_land_area(self, q: Quantity, sent, subject: str | None) -> str | None:
        """'Dinas Pertanian Kabupaten X mencatat luas tanam 12.000 hektare', 'Dinas Kehutanan menanami kembali 640
        hektare hutan gundul': land measured in hectares by a regional government office is land of its area
        (the place the clause names, else the office's region, not a part of it the sentence before named: a season's
        fields are counted over the whole area), whatever the office does to it: fields, forests and burnt land lie
        in a region, and an office holds none of its own that the news measures."""
        entity = self._orgs_by_key().get(subject) if subject else None
        if entity is None or self._unit_code(q) != "HAR" or not self._is_government_office(entity) \
                or self._land_a_work_serves(q, sent):
            return None
        named = self._where_it_happened(sent, q)  # an office of no one area ('Balai … Wilayah Sumatera'): where named
        if named is None and len(self._struck_places) == 1 \
                and self._counted_thing_suffered(self._counted_tail(q, sent, 2 * LOOKAROUND)):
            named = next(iter(self._struck_places))  # '10 hektare sawah ikut terendam' after the flood struck Desa X
        if named or self._area_served(entity):
            return self._place_of_record(entity, sent, q, named)
        return self._nation_recorded_by(entity, q)  # a ministry's hectares: the nation's land

    def _land_a_work_serves(self, q: Quantity, sent) -> bool:
        """'… jaringan irigasi yang mampu mengairi sawah seluas 6.000 hektare': land that a dam, a canal or a network
        waters (kg/data/indonesian.json served_land_words, in the figure's own clause) measures what the work serves,
        a figure of the project and of the office that builds it, not the land of a region."""
        lead = self.doc.text[self._lead_clause_start(q, sent):q.span.begin].lower()
        return _said(self.words["served_land_words"]["words"], lead)

    def _region_of_quota(self, q: Quantity, sent, subject: str | None) -> str | None:
        """'Dinas Pertanian Kabupaten X menyebut alokasi pupuk urea 5.100 ton', 'kuota solar 25.000 kiloliter': a
        quota of goods (kg/data/indonesian.json area_quotas: words and measures) that a regional government office
        reports is what the region is given, so the region's (the place the clause names, else the office's), as the
        quotas of the hajj and of fuel are in the real-text gold; with no one in focus, the place the clause names
        ('Alokasi pupuk di Kabupaten X tahun ini 14.000 ton'). A company that distributes the goods gives the region's
        quota, and the share of it used, where the sentence says the region ('konsumsi solar di Provinsi X sudah 28
        persen dari kuota tahunannya yang 65.000 KL'). Not an amount of money (an office's own budget)."""
        entity = self._orgs_by_key().get(subject) if subject else None
        quotas = self.words["area_quotas"]
        words = _alternation_of(quotas["words"])
        of_a_total = _alternation_of(self.words["total_cues"] + ["dari"])  # '35 persen dari (total) kuota'
        share = q.unit == "percent" and _compiled(rf"\s+(?:{of_a_total})\s+(?:{words})\b", re.IGNORECASE).match(
            self.doc.text, q.span.end) is not None
        if self._unit_code(q) not in quotas["measures"] and not share:
            return None
        lead = self.doc.text[sent.begin:q.span.begin].lower()
        previous = self.doc.text[self.doc.sentences[sent.index - 1].begin:sent.begin].lower() if sent.index else ""
        if not (share or _said(quotas["words"], lead) or (_said(quotas["words"], previous) and not self._figure_between(
                sent.begin, q.span.begin))):
            return None
        if entity is not None and not self._is_government_office(entity):
            placed = self._placed_where(self._after_dateline(sent), q.span.begin)
            return placed[1] if placed is not None else None
        if share:
            return None
        named = self._where_it_happened(sent, q)
        return self._place_of_record(entity, sent, q, named) if entity is not None else named

    def _region_of_area_record(self, q: Quantity, sent, subject: str | None) -> str | None:
        """'BPBD Kabupaten X mencatat 120 rumah terendam', 'Dinas Pertanian Kabupaten Y mencatat luas panen 12.000
        hektare dengan produksi gabah 70.000 ton': what a regional government office records as happening in its area
        (kg/data/indonesian.json area_* words: homes, families or fields a disaster struck; the area's harvest,
        weighed or measured, and what it is worth: area_production_value_words) is a statistic of the area, not the
        office's own work (GOLD.md), so it is the place the
        clause names, else the office's region. Not what the office does to things ('memperbaiki 40 rumah rusak'), its
        own assets ('3 mobil rusak'), what it gives to those struck ('bagi', 'menerima'), nor a target (what was
        reached against one is: 'produksi 7.000 ton dari target 15.000 ton'); a harvest only
        from a Dinas. The cases of a disease are what befell the area (`_cases_of_a_disease`); a count of cases a Dinas
        receives stays the office's (the real-text gold has 'laporan kasus' as the Dinas's own)."""
        entity = self._orgs_by_key().get(subject) if subject else None
        if entity is None or q.unit == "percent" or not self._is_government_office(entity) \
                or (self._is_target(sent) and not self._reached_against_target(q, sent)):
            return None
        text = self.doc.text
        lead = self._lead_clause(q, sent).lower()
        tail = self._counted_tail(q, sent, 2 * LOOKAROUND)  # '58 unit rumah warga di empat desa pesisir terendam'
        tail += self._tail_of_the_list_it_opens(q, sent)
        harvest_of_an_area = self._resident_office_region(subject) is not None or self._national_body(entity)
        produced = harvest_of_an_area and (
            (self._unit_code(q) in MEASURE_CODES and (_said(self.words["area_production_markers"], lead)
                                                      or _said(self.words["area_production_words"], lead)))
            or (q.unit not in ("count", "percent") and _said(self.words["area_production_value_words"]["words"], lead)))
        sentence = text[sent.begin:sent.end].lower()
        struck = q.unit == "count" and (self._counted_thing_suffered(tail) or self._struck_by_the_event_before(q, sent)
                                         or self._suffered_thing_counted_before(lead)
                                         or self._suffered_list_goes_on(q, sent)) \
            and not _said(self.words["residents_served_words"], sentence)
        recorded = produced or struck or self._incidents_or_their_losses(q, lead, tail) \
            or self._casualties_of_an_event(q, sent, entity, lead, tail)
        cases = not recorded and self._cases_of_a_disease(q, sent, lead, tail)
        if not (recorded or cases) or self._office_acts_on_it(entity, sent, q):
            return None
        if cases and (self._nation_of(q, sent, "nation_place_markers") or self._nation_named(q, sent)):
            return None  # 'kasus campak di seluruh Indonesia 3.100 kasus': the nation's, read by the steps after
        where = self._where_cases_are(q, sent) if cases else self._where_it_happened(sent, q)
        if cases and where is None and self._place_names_between(self._after_dateline(sent), q.span.begin):
            return self._place_of_record(entity, sent, q, None) or self._nation_recorded_by(entity, q)  # the
            # sentence's places are not the cases'
        if where is not None and not cases:
            self._struck_places.add(where)
        elif where is None and not cases and len(self._struck_places) == 1:
            where = next(iter(self._struck_places))  # 'Karena banjir itu, 64 jiwa mengungsi' after '20 KK
            # mengungsi setelah banjir merendam Desa X': the one place the article says the event struck
        return self._place_of_record(entity, sent, q, where or self._part_of_its_area_just_named(entity, sent)) \
            or self._nation_recorded_by(entity, q)

    def _where_cases_are(self, q: Quantity, sent) -> str | None:
        """Where a disease's cases are: none of the sentence's places where the clause says the office's own area
        ('di daerahnya'); else the place the figure's own clause names (`_where_it_happened`), else the last one its
        sentence names before it with no figure between ('kematian akibat DBD di Provinsi X, dia menyebut 60 kasus'),
        unless a day follows it ('Kepala Dinkes X di Kota Y, Senin, mengatakan kasus DBD 120 kasus' was said in Y;
        'kasus di Kecamatan A 63 kasus, TBC 40 kasus' gives A the first count only)."""
        clause = max(self._after_dateline(sent), self._lead_clause_start(q, sent))
        if _said(self.words["own_area_anaphors"], self.doc.text[clause:q.span.begin].lower()):
            return None  # 'kasus DBD di daerahnya 900 kasus': the office's own area
        where = self._where_it_happened(sent, q, clause)
        if where is not None:
            return where
        days = _compiled(rf"\s*,\s*(?i:{_alternation_of(list(self.words['weekdays']))})\b")
        named = [key for place, key in self._place_names_between(self._after_dateline(sent), q.span.begin)
                 if not days.match(self.doc.text, place.end) and not self._figure_between(place.end, q.span.begin)]
        return named[-1] if named else None

    def _incidents_or_their_losses(self, q: Quantity, lead: str, tail: str) -> bool:
        """'jumlah bencana mencapai 212 kasus', '44 kejadian tanah longsor', 'jumlah titik api di X mencapai 900',
        'kerugian akibat banjir Rp3 miliar': a count of natural disasters (kg/data/indonesian.json
        area_incident_nouns, counted as incident_count_nouns or named after 'jumlah' before the figure)
        or the money they cost (loss_words; the disaster named anywhere before it in its sentence, or the one place
        the article says it struck known: 'Selanjutnya 3 jembatan putus dengan kerugian Rp2 miliar' goes on with the
        flood's damage), named in the figure's own clause: what happened in the area."""
        incidents = _alternation_of(self.words["area_incident_nouns"])
        named = _compiled(rf"\b(?:{incidents})(?:nya)?\b", re.IGNORECASE)
        if q.unit == "count":
            counted = _compiled(rf"\s*(?:{_alternation_of(self.words['incident_count_nouns'])}|{incidents})\b",
                                re.IGNORECASE)
            # ('jumlah hotspot di X … mencapai 30.000': the count's noun said before it)
            heads = _alternation_of(self.words["count_heads"])
            said_before = _compiled(rf"\b(?:{heads})\s+(?:{incidents})\b", re.IGNORECASE).search(lead)
            if not (counted.match(tail) or said_before):
                return False
            # ('Sementara kejadian karhutla, BPBD X mencatat 479 kejadian. Pada Juni 161 kejadian.': the disaster named
            # earlier in the sentence, or in the sentence before, unless the sentence counts what an office handled:
            # 'kejadian yang sudah ditangani Kantor SAR X 40', 'gangguan kamtibmas karena bencana 5 kasus')
            if named.search(lead) or named.search(tail):
                return True
            # ('bangunan yang paling banyak terbakar ialah rumah dengan 600 kejadian': what befell the area, said by
            # a word of area_event_words in the figure's clause, and the incidents counted)
            if counted.match(tail) and _said(self.words["area_event_words"], lead):
                return True
            sent = self.doc.sentence_at(q.span.begin)
            since = self.doc.sentences[sent.index - 1].begin if sent.index else sent.begin
            handled = _said(self.words["incident_handling_words"]["words"],
                            self.doc.text[sent.begin:q.span.begin].lower() + " " + tail[:LOOKAROUND].lower())
            return not handled and named.search(self.doc.text, since, q.span.begin) is not None
        return q.unit not in ("percent", "count") \
            and (_said(self.words["loss_words"], lead) or self._loss_broken_down(q)) \
            and (len(self._struck_places) == 1
                 or bool(named.search(self.doc.text, self.doc.sentence_at(q.span.begin).begin, q.span.begin)))

    def _loss_broken_down(self, q: Quantity) -> bool:
        """'kerugian banjir tahun ini Rp16 miliar, rinciannya Januari Rp800 juta, Februari Rp1 miliar …': a sum
        after a word of loss (kg/data/indonesian.json loss_words) earlier in its sentence, with only sums between them,
        breaks the loss down."""
        sent = self.doc.sentence_at(q.span.begin)
        before = self.doc.text[sent.begin:q.span.begin].lower()
        said = [m.end() for m in _compiled(rf"\b(?:{_alternation_of(self.words['loss_words'])})\b").finditer(before)]
        if not said:
            return False
        between = self._figures_within(sent.begin + said[-1], q.span.begin)
        return bool(between) and all(x.unit not in ("count", "percent") for x in between)

    def _casualties_of_an_event(self, q: Quantity, sent, entity, lead: str, tail: str) -> bool:
        """'BPBD X mencatat korban meninggal akibat banjir mencapai 12 jiwa', 'Dinas Y mencatat 12 orang tewas': a count
        of people an event killed or hurt (kg/data/indonesian.json casualty_words), named in the figure's own clause,
        is what befell the area. Not where its sentence says the office handled, rescued or paid them, or counts
        people it serves or employs (casualty_words not_the_areas), nor the police's, whose accidents are its cases
        (its_cases_types)."""
        words = self.words["casualty_words"]
        if q.unit != "count" or any(e.org_type is not None and str(e.org_type.iri).rsplit("/", 1)[-1]
                                    in words["its_cases_types"] for e in _lineage(entity)):
            return False
        clause = f"{lead.lower()} {tail[:LOOKAROUND].lower()}"
        said = f"{self.doc.text[sent.begin:q.span.begin].lower()} {tail[:LOOKAROUND].lower()}"
        return _said(words["words"], clause) and not _said(words["not_the_areas"], said, possessive=True)

    def _cases_of_a_disease(self, q: Quantity, sent, lead: str, tail: str) -> bool:
        """'tercatat 640 kasus DBD', 'penderita TBC sebanyak 1.100 orang', '90 balita mengalami stunting': a count of
        the cases, sufferers or patients of a disease (kg/data/indonesian.json case_count_nouns, disease_names), of
        people who have it (person_nouns, suffering_verbs), or of the deaths of mothers or infants
        (resident_death_nouns), is what befell the area's residents, a statistic of the area (GOLD.md), as the area's
        disasters are. The disease is named in the
        figure's clause, as what the cases are of before a word that opens a list of them in its sentence
        (enumeration_cues: 'yakni'), or as what the article's cases were of before ('Kasus campak di Kota X naik. …
        Hingga Mei ada 90 kasus.'; not 'klaim naik sejak pandemi COVID-19. Klaim itu terdiri atas 900 kasus')."""
        if q.unit != "count":
            return False
        nouns, named = _alternation_of(self.words["case_count_nouns"]), _alternation_of(self.words["disease_names"])
        deaths = _alternation_of(self.words["resident_death_nouns"]["words"])
        if _compiled(rf"\s*(?:(?:{nouns})\s+)?(?:{deaths})\b", re.IGNORECASE).match(tail):
            return True  # '14 kasus kematian ibu, 60 kematian bayi': deaths among the area's residents
        diseases = _compiled(rf"\b(?:{named})(?!\w)", re.IGNORECASE)
        livestock = self.words["livestock_nouns"]
        people = _alternation_of(self.words["person_nouns"])
        animals, animal_diseases = _alternation_of(livestock["words"]), _alternation_of(livestock["diseases"])
        suffering = _alternation_of(self.words["suffering_verbs"]["words"])
        counters = _alternation_of(self.words["counter_words"])
        having = rf"\s+(?:yang\s+)?(?:(?:{suffering})\s+)?"
        if _compiled(rf"\s*(?:(?:{counters})\s+)?(?:(?:{people}){having}(?:{named})|(?:{animals}){having}"
                     rf"(?:{named}|{animal_diseases}))(?!\w)", re.IGNORECASE).match(tail):
            return True  # '1.200 balita mengalami stunting', '40 anak gizi buruk', '8 ekor kerbau yang positif PMK':
            # residents or livestock who have the disease
        counted = _compiled(rf"\s*(?:(?:{counters})\s+)?(?:{nouns})\b", re.IGNORECASE).match(tail)  # '40 orang pasien'
        cases_before = _compiled(rf"\b(?:{nouns})\b[^,;]*$", re.IGNORECASE).search(lead)
        if not (counted or (cases_before and diseases.search(lead, cases_before.start()))):
            return False
        if _said(self.words["received_case_words"], lead + " " + tail[:LOOKAROUND]):
            return False  # 'laporan kasus DBD 12', 'kasus yang dirujuk 12 kasus': what the office received or sent on
        if diseases.search(lead) or diseases.search(tail[:LOOKAROUND]):
            return True
        before = self.doc.sentences[sent.index - 1] if sent.index else None
        cases_of = _compiled(rf"\b(?:{nouns})\s+(?:[a-z]+\s+){{0,2}}(?:{named})(?!\w)", re.IGNORECASE)
        cues = _alternation_of(self.words["enumeration_cues"])
        listed = _compiled(rf"\b(?:{nouns})\s+(?:[a-z]+\s+){{0,2}}(?:{named})(?!\w)[^.;]*?,?\s+(?:{cues})\b",
                           re.IGNORECASE)
        if counted is not None and listed.search(self.doc.text, sent.begin, q.span.begin) is not None:
            return True  # 'lima kasus campak, yaitu 3 kasus di Kota X dan 2 kasus di Y': the items of the list
        return counted is not None and before is not None \
            and cases_of.search(self.doc.text, 0, before.end) is not None

    def _region_of_the_series(self, q: Quantity, sent, so_far: list[Metric]) -> str | None:
        """'Produksi gabah Kabupaten X pada Mei 20.000 ton …, Juni 18.000 ton, …': a weight, area or volume
        (MEASURE_CODES) whose sentence names no one, in a series whose last figure of that measure, in this sentence
        or the one before, was a region's, is the region's too: the months of one harvest, not the office in focus."""
        code = self._unit_code(q)
        if code not in MEASURE_CODES:
            return self._same_count_again(q, sent, so_far) or self._losses_go_on(q, sent, so_far)
        last = next((m for m in reversed(so_far) if m.unit_code == code), None)
        if last is None or last.subject_kind != "place" or self.doc.sentence_at(last.span.begin).index < sent.index - 1:
            return None
        return last.subject

    def _losses_go_on(self, q: Quantity, sent, so_far: list[Metric]) -> str | None:
        """'… pada Maret Rp1,8 miliar. Sedangkan pada April Rp67 juta, Mei Rp339 juta …': a sum whose sentence names no
        one, after sums in this sentence or the one before that were an area's losses (`_region_of_area_record`, or so
        read here before), with no other figure between, is that area's loss too, not the office's in focus."""
        if not so_far or q.unit in ("count", "percent"):
            return None
        last, k = so_far[-1], len(so_far) - 1
        if last.unit != q.unit or last.subject_kind != "place" or self.subject_steps[k] not in ("area_record", "series") \
                or self.doc.sentence_at(last.span.begin).index < sent.index - 1:
            return None
        # (a metric's span is its sentence's, the evidence; where its figure is written is in self.figures)
        between = self._figures_within(self.figures[k].end, q.span.begin)
        return last.subject if all(x.unit == q.unit for x in between) else None

    def _same_count_again(self, q: Quantity, sent, so_far: list[Metric]) -> str | None:
        """'Sepanjang 2023 terdata 1.240 kasus DBD, adapun pada 2022 ada 930': a count whose sentence names no one, right
        after a region's count of the same thing in the same sentence (the same noun, or none of its own), or of an
        area's record in the sentence before (the same noun), is that region's for another time, not the office's in
        focus."""
        if not so_far or q.unit != "count" or self._names_a_place_in_its_item(q, sent):
            return None  # ('… 12 kasus, dan 4 kasus di Kabupaten B': the figure's own item names its place)
        last, k = so_far[-1], len(so_far) - 1
        # ('… rumah 600 kejadian, gudang 500 kejadian. Lalu, kendaraan 100 kejadian …': a list of an area's incidents
        # that goes on into the next sentence, counting the same thing)
        goes_on = self.subject_steps[k] in ("area_record", "series") \
            and self.doc.sentence_at(last.span.begin).index == sent.index - 1
        if last.subject_kind != "place" or last.unit != "count" or (last.span.begin < sent.begin and not goes_on) \
                or self._figure_between(self.figures[k].end, q.span.begin):
            return None
        noun = self._counted_noun(q)
        if last.span.begin < sent.begin:
            return last.subject if noun is not None and noun == self.nouns[k] else None
        return last.subject if noun is None or noun == self.nouns[k] else None

    def _region_of_office_area(self, q: Quantity, sent, subject: str | None) -> str | None:
        """'Ia menyebut jalan kabupaten di Kecamatan X yang mantap 120 km', 'kasus DBD di Kota Y sebanyak 300
        kasus', 'hasil tangkapan di daerah itu 9.000 ton': what a regional office whose records describe its area (a
        Dinas) says of things its figure's sentence places in that area or a part of it ('di X', 'se-X', 'di daerah
        itu') is a statistic of the part (GOLD.md), not the office's own work. Not its money, nor where the sentence
        speaks of the office's own doings, staff, targets, what it gives or to whom (kg/data/indonesian.json
        office_work_markers, office_own_figure_words, residents_served_words, target_verbs; a target only measured
        against, 'dari target 500 ton', is the area's), nor of the office as its verb's doer ('Dinas X memperbaiki 40
        km jalan di Y'), nor a total the part's figure is a share of ('40 kasus dari total 300 kasus')."""
        region = self._resident_office_region(subject)
        if region is None or q.unit not in ("count", "percent"):  # money is the office's or its government's
            return None
        text = self.doc.text
        begin = self._after_dateline(sent)
        lead = text[begin:q.span.begin].lower()
        said = lead + " " + self._counted_tail(q, sent)
        # a target, a quota or an aim is the office's, unless only measured against ('dari target 500 ton')
        targets = {c.lower() for c in self.words["target_cues"]}
        aims = [] if self._set_against_target(sent) else self.words["target_cues"]
        own = [w for w in self.words["office_work_markers"] if w.lower() not in targets] + aims + \
            self.words["office_own_figure_words"] + self.words["residents_served_words"]
        if _said(own, said, possessive=True) or _said(self.words["target_verbs"], said) \
                or _said(self.words["total_cues"], lead[-24:]):
            return None
        if self._office_acts_on_it(self._orgs_by_key()[subject], sent, q):
            return None
        where = self._placed_where(begin, q.span.begin)
        if where is not None and self._another_item_between(where[0], q):
            return None  # 'di Kecamatan X 63 kasus, TBC 40 kasus': the second figure is another item's
        placed = where[1] if where is not None else region if self._points_to_own_area(sent, begin, q, region) else None
        return placed if placed is not None and self._within(placed, region) else None

    def _points_to_own_area(self, sent, begin: int, q: Quantity, region: str) -> bool:
        """'di daerah itu', 'di wilayahnya' (kg/data/indonesian.json own_area_anaphors) before the figure, where neither
        this sentence nor the one before names a place the office's region does not stand for (the area pointed back
        to may be that other place: 'Banjir melanda Kecamatan X. Dinas Y mencatat rumah rusak di daerah itu …')."""
        anaphors = _alternation_of(self.words["own_area_anaphors"])
        if not _compiled(rf"\b(?:di|se)\s*-?\s*(?:{anaphors})\b", re.IGNORECASE).search(self.doc.text, begin, q.span.begin):
            return False
        since = self._after_dateline(self.doc.sentences[sent.index - 1] if sent.index else sent)  # not where it was
        # written ('Jakarta (ANTARA) -')
        named = {key for _, key in self._place_names_between(since, q.span.begin)}
        return all(key == region or self._within(region, key) for key in named)

    def _places_in_turn(self, out: list[Metric], first_here: int) -> bool:
        """'Pelabuhan A 21 persen dan B 14 persen': the sentence (its metrics are out[first_here:]) gave figures to two
        places or more, each its own, in no region it names; the last of them is no more what the next sentence is
        about than the first."""
        return len({m.subject for m in out[first_here:] if self._is_place(m.subject)}) >= 2

    def _scope_of_parts_named(self, region: str, sent) -> str | None:
        """'Kabupaten A berada di posisi teratas pengangguran di Provinsi X dengan 9 persen dan terendah Kota B 5
        persen': the sentence ranks two or more parts of a region it also names (or the article named before); the
        figures after it, which name no place, are that region's again, not its last part's."""
        keys = {key for _, key in self._place_mentions(sent.begin, sent.end)}
        named_before = sorted(k for k, p in self.r.places.items() if p.kind in ("regency", "city", "province"))
        for scope in sorted(keys - {region}) + [k for k in named_before if k not in keys]:
            parts = {k for k in keys if k != scope and self._within(k, scope)}
            if any(k != region and self._within(region, k) for k in parts):
                continue  # 'Kecamatan A' and its 'Kabupaten B' in Provinsi C: a place inside another, no parts in turn
            if region in parts and len(parts) >= 2:
                self._parts_in_turn = (sent.index, scope, parts)
                return scope  # a region named in the sentence, else one the article named before
        return None

    def _scope_of_next_part(self, region: str, sent) -> str | None:
        """'Inflasi tertinggi di Kabupaten A 1,6 persen, yang paling rendah Kota B 0,7 persen. Kabupaten C deflasi 0,6
        persen. Kelompok makanan naik 1,1 persen': a part of the region not yet named, in the sentence right after the
        parts were ranked, goes on with the ranking; the figures after it, which name no place, are still the
        region's, not the last part's."""
        if self._parts_in_turn is None:
            return None
        index, scope, parts = self._parts_in_turn
        if sent.index == index and region in parts:
            return scope  # the same sentence's next figure
        if sent.index - index != 1 or region in parts or region == scope or not self._within(region, scope):
            return None
        self._parts_in_turn = (sent.index, scope, parts | {region})
        return scope

    def _within(self, place: str, region: str) -> bool:
        """Whether a place is the region or lies inside it by their official codes (Kecamatan X in Kabupaten Y)."""
        if place == region:
            return True
        inner, outer = self.r.places.get(place), self.r.places.get(region)
        if inner is None or outer is None:
            return False
        inner_code, outer_code = self._code_of(inner), self._code_of(outer)
        return bool(inner_code and outer_code) and inner_code.startswith(outer_code + ".")

    def _code_of(self, place) -> str | None:
        """A place's official code, None for one off the list; a district named like several is the one that lies
        in a regency or city the article names, if only one does."""
        code = gazetteer.region_code(place.name, place.kind if place.kind in gazetteer.KINDS else None)
        if code is not None or place.kind != "district":
            return code
        containers = {gazetteer.region_code(p.name, p.kind) for p in self.r.places.values()
                      if p.kind in ("regency", "city")}
        inside = {h.code for h in gazetteer.lookup(place.name, districts=True)
                  if h.kind == "district" and h.code and h.code.rsplit(".", 1)[0] in containers}
        return inside.pop() if len(inside) == 1 else None

    def _is_division(self, key: str) -> bool:
        """Whether a place is a district or a village."""
        return self.r.places[key].kind in ("district", "village")

    def _counted_tail(self, q: Quantity, sent, reach: int = LOOKAROUND) -> str:
        """The words after a figure up to the end of its clause (or `reach` characters), lowercased ('ton yang
        disalurkan kepada nelayan')."""
        return self.doc.text[q.span.end:min(sent.end, q.span.end + reach)].split(",")[0].lower()

    def _placed_where(self, begin: int, end: int) -> tuple[Span, str] | None:
        """The place last named in [begin, end) after 'di' or 'se-' ('jalan kabupaten di Kecamatan X', 'se-Kabupaten Y'),
        outside any organisation's name and not where someone spoke ('Budi di Kota X, Senin, mengatakan'): where it
        is named, and its key."""
        text = self.doc.text
        at = _compiled(r"\b(?:di|se)\s*-?\s*(?:(?:provinsi|kabupaten|kota|kecamatan|wilayah|daerah)\s+)?$", re.IGNORECASE)
        placed = [(where, key) for where, key in self._place_names_between(begin, end)
                  if at.search(text, max(begin, where.begin - 24), where.begin) and not self._where_said(where)]
        return placed[-1] if placed else None

    def _another_item_between(self, where: Span, q: Quantity) -> bool:
        """Whether a figure stands between a place and this figure, and a capitalised word after it names another
        item ('di Kecamatan X 63 kasus, TBC 40 kasus'); '63 kasus dari target 70 kasus' is the place's still."""
        previous = self._figure_end_before(q.span.begin)
        periods = self._period_names()
        return previous > where.end and any(w.lower() not in periods for w in
                                            re.findall(r"\b[A-Z][\w-]*", self.doc.text[previous:q.span.begin]))

    def _period_names(self) -> frozenset[str]:
        """Capitalised words that name a period, not an item of a list ('Februari', 'Senin', 'Triwulan II', 'Tahun')."""
        return frozenset(w.lower() for w in [*self.words["months"], *self.words["weekdays"], *self.words["period_words"],
                                             *self.words["period_item_words"], *self.words["roman_numerals"]])

    def _where_it_happened(self, sent, q: Quantity, begin: int | None = None) -> str | None:
        """'produksi padi Kabupaten Z 40.000 ton', '120 rumah terendam di Kabupaten Z': the place named before the
        figure (from `begin`, else from the sentence's start) outside any organisation's name (the first of a chain
        that only locates it: 'Desa X, Kecamatan Y,'), else the first one after it in its clause after 'di'."""
        before = [(w, k) for w, k in self._place_names_between(
            self._after_dateline(sent) if begin is None else begin, q.span.begin) if not self._in_brackets(w, sent)]
        # ('BPBD Provinsi X (PX) menyebut 20 KK mengungsi … di Desa Y': the office's region in short, in
        # brackets, is no place named)
        if before:
            k = len(before) - 1
            while k and self._locates(before[k - 1][0], before[k][0]):
                k -= 1  # 'di Desa X, Kecamatan Y, terdata 300 rumah terendam': Y only says where X lies
            return before[k][1]
        text = self.doc.text
        comma = text.find(",", q.span.end, sent.end)
        clause_end = comma if comma != -1 else sent.end
        at = _compiled(r"\bdi\s+(?:\w+\s+)?$", re.IGNORECASE)  # "di Kabupaten Z", "di wilayah Z"
        after = [(w, k) for w, k in self._place_names_between(q.span.end, clause_end)
                 if at.search(text, max(q.span.end, w.begin - 20), w.begin)]
        return after[0][1] if after else None

    def _part_of_its_area_just_named(self, entity, sent) -> str | None:
        """'Banjir melanda Kecamatan X, Kabupaten Y. Menurut data BPBD Kabupaten Y, 120 rumah
        rusak': a record whose own sentence names no place is of the part of the office's area that the
        sentence before names (the last such place), not of the whole area. A part is one the gazetteer files under
        the area, or one the text writes as such ('Desa X, Kecamatan Z, Kabupaten Y': the first of the places so
        chained to the area). For an office that serves no area (a national agency), the record is of the place where
        the sentence before says it happened ('banjir di Desa X, Kabupaten Y'); of the two sentences before where the
        last names none ('Air setinggi 2 meter merendam 30 rumah. Sebanyak 40 jiwa mengungsi.')."""
        area = self._area_served(entity)
        for before in self.doc.sentences[max(0, sent.index - 2):sent.index][::-1]:
            named = self._place_names_between(self._after_dateline(before), before.end)  # not the dateline's town
            # (nor a part given a figure of its own there: 'Kabupaten A paling banyak, 292 titik.', then a total)
            named = [(where, key) for where, key in named if not self._figure_between(where.end, before.end)]
            if area is None:
                if named:
                    return self._where_it_happened_before(named, before)
                continue
            return self._part_of(area, named)
        return None

    def _part_of(self, area: str, named: list[tuple[Span, str]]) -> str | None:
        """Of the places `named`, the one that is a part of `area` (see `_part_of_its_area_just_named`): the first of
        a chain of places that holds the area or a part the gazetteer files under it; none where several parts are
        named."""
        outer = self._code_of(self.r.places[area])

        def filed_under_area(key: str) -> bool:  # a district named like one elsewhere: the area's
            filed = gazetteer.lookup(self.r.places[key].name, districts=True)
            return bool(outer) and key != area and any(p.code and p.code.startswith(outer + ".") for p in filed)

        parts = [chain[0][1] for chain in self._comma_chains(named) if chain[0][1] != area
                 and any(key == area or filed_under_area(key) for _, key in chain)]
        # ('Kasus di A 900, B 580 dan C 530.' then 'tujuh kasus kematian': a sentence that lists several parts says
        # nothing of which one the next figure is about)
        return parts[-1] if len(set(parts)) == 1 else None

    def _where_it_happened_before(self, named: list[tuple[Span, str]], sent) -> str | None:
        """The first place of the last chain of places the sentence names after 'di' ('di Desa X, Kabupaten Y')."""
        at = _compiled(r"\bdi\s+$", re.IGNORECASE)
        chains = [chain for chain in self._comma_chains(named)
                  if at.search(self.doc.text, max(sent.begin, chain[0][0].begin - 5), chain[0][0].begin)]
        return chains[-1][0][1] if chains else None

    def _places_an_event_struck(self, sent) -> set[str]:
        """'banjir yang merendam Kecamatan A dan Kecamatan B, Kabupaten C': the places right after a verb of an
        event striking an area (kg/data/indonesian.json area_struck_verbs, area_event_verbs), joined by commas or
        'dan': the one place, or, where several of one level are followed by a wider one that holds them, that wider
        one. Empty where the sentence names no such places."""
        verbs = _alternation_of(self.words["area_struck_verbs"]["words"] + self.words["area_event_verbs"])
        text = self.doc.text
        verb = _compiled(rf"\b(?i:{verbs})\s+(?:di\s+)?").search(text, sent.begin, sent.end)
        if verb is None:
            return set()
        chain: list[tuple[Span, str]] = []
        for where, key in self._place_names_between(verb.end(), sent.end):
            joined = where.begin == verb.end() if not chain else _compiled(r"\s*(?:,\s*)?(?:dan\s+)?").fullmatch(
                text, chain[-1][0].end, where.begin) is not None
            if not joined:
                break
            if not chain or where.begin >= chain[-1][0].end:
                chain.append((where, key))
        if not chain:
            return set()
        keys = list(dict.fromkeys(k for _, k in chain))
        *parts, last = keys
        if len(parts) >= 2 and all(self._within(p, last) for p in parts):
            return {last}
        return {keys[0]}

    def _comma_chains(self, named: list[tuple[Span, str]]) -> list[list[tuple[Span, str]]]:
        """The places `named`, in runs that only commas join ('Desa X, Kecamatan Z, Kabupaten Y')."""
        chains: list[list[tuple[Span, str]]] = []
        for where, key in named:
            if chains and _compiled(r"\s*,\s*").fullmatch(self.doc.text, chains[-1][-1][0].end, where.begin):
                chains[-1].append((where, key))
            else:
                chains.append([(where, key)])
        return chains

    def _is_government_office(self, entity) -> bool:
        """An organisation typed as a government agency (a Dinas, a BPBD, a ministry), or a unit of one, even under
        the regional government the article also names ('BPBD Provinsi X'); not a listed company or institution. One
        the national institution list gave untyped, by the head word its name opens with."""
        top = entity.top()
        if any(e.org_type is not None and e.org_type.cls == BKG.GovernmentAgency for e in _lineage(entity)):
            return True
        if top.org_type is not None:
            return False
        heads = per_lexicon("government-agency-head-words", self.lex, _government_agency_head_words)
        listed = institution_named(top.names)  # 'Kemendagri': 'Kementerian Dalam Negeri' on the list
        names = [*top.names, listed[0].name] if listed else top.names
        return any(name.split()[0] in heads for name in names if name)

    def _nation_recorded_by(self, entity, q: Quantity) -> str | None:
        """'Kementerian X mencatat lahan terbakar 2,6 juta hektare', 'Ditjen Y: penduduk 275 juta jiwa': what a
        national government body records of an area (its residents, what befell it) with no place named is the
        nation's (GOLD.md: a figure for the whole country has Indonesia as subject), as a national statistics
        agency's is; not where the body, or one it belongs to, sits somewhere, the article names a regional office of
        it, or the sentence or the one before names a place."""
        if entity is None or not self._is_government_office(entity) or not self._national_body(entity) \
                or any(self._sits_in_a_region(u) for u in self._units_of(entity.key)) \
                or any(self._sits_in_a_region(e) for e in _lineage(entity)):
            return None
        nation = places.place_key(self.r, self.words["nation"])
        sent = self.doc.sentence_at(q.span.begin)
        since = self._after_dateline(self.doc.sentences[sent.index - 1] if sent.index else sent)  # not where it was
        # written ('Jakarta (ANTARA) -')
        if any(key != nation for _, key in self._place_names_between(since, q.span.begin)):
            return None  # '… BPJS Kesehatan di Kabupaten X 99 persen. Peserta mencapai 1 juta jiwa': X's, just named
        return self._nation_at_mention_of(entity, q)

    def _sits_in_a_region(self, entity) -> bool:
        """Whether the body has a place other than the nation ('Kementerian X Republik Indonesia' sits in none)."""
        nation = places.place_key(self.r, self.words["nation"])
        return any(p != nation for p in entity.places)

    @staticmethod
    def _national_body(entity) -> bool:
        """A body of the national institution list, or a part of one named with it ('Direktorat Jenderal X Kementerian
        Dalam Negeri'), with or without the country after it ('Kementerian X Republik Indonesia': `institution_named`
        reads it without): a Dinas, a Polsek or a Balai named without its region still serves one region only."""
        top = entity.top()
        if top.org_type is not None and top.org_type.only_regional:
            return False
        return any(institution_named([" ".join(words[k:])]) is not None
                   for words in (name.split() for name in top.names) for k in range(len(words)))

    def _nation_at_mention_of(self, entity, q: Quantity) -> str | None:
        """The nation, as a place first spoken of where the body was named last before the figure (else first after)."""
        named = [s for s, e, _ in self._orgs_in(0, len(self.doc.text)) if e.key == entity.key]
        before = [s for s in named if s.begin < q.span.begin]
        return places.add_place(self.r, self.words["nation"], (before or named)[-1 if before else 0]) if named else None

    def _tail_of_the_list_it_opens(self, q: Quantity, sent) -> str:
        """'Tercatat 1.733 rumah, 240 kepala keluarga dan 800 jiwa terdampak banjir': the words after the last count
        of a list (figures joined by commas and a last 'dan' or 'serta', each with a noun of a word or two), which
        the counts before it share; '' where the figure opens no such list."""
        text = self.doc.text
        last = _alternation_of(self.words["coordinators"])
        joint = _compiled(rf"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,\s*|,?\s+(?P<last>{last})\s+)$")
        end = q.span.end
        for x in self._figures_within(end, sent.end):
            found = joint.match(text, end, x.span.begin)
            if found is None:
                return ""
            end = x.span.end
            if found.group("last"):
                return " " + self._counted_tail(x, sent, 2 * LOOKAROUND)
        return ""

    def _counted_thing_suffered(self, tail: str) -> bool:
        """'120 rumah yang terendam', '45 KK harus mengungsi', '58 rumah warga di empat desa terendam': the figure
        counts what an area holds (homes, families, fields: kg/data/indonesian.json area_counted_nouns) and an event
        word follows within the counted noun phrase (where it lies may come between), not behind a preposition that
        names whom the figure is for ('3.000 paket bagi warga yang terdampak')."""
        counters = _alternation_of(self.words["counter_words"])  # '3 unit jembatan putus'
        counted = _compiled(rf"\s*(?:(?:{counters})\s+)?(?:{_alternation_of(self.words['area_counted_nouns'])})\b",
                            re.IGNORECASE)
        if not counted.match(tail):
            return False
        events = {w.lower() for w in self.words["area_event_words"]}
        prepositions = set(self.words["counted_phrase_prepositions"])
        for word in re.findall(r"[\w()-]+", tail)[:12]:  # ('jembatan rusak/putus': either word)
            if word in prepositions:
                return False
            if word in events:
                return True
        return False

    def _suffered_thing_counted_before(self, lead: str) -> bool:
        """'warga yang mengungsi mencapai 900 orang', 'kerusakan rumah sebanyak 210 unit', 'rumah warga yang terdampak
        longsor di Desa X kurang lebih 24 unit': what an area holds
        (kg/data/indonesian.json area_counted_nouns) and what befell it (area_event_words, or a noun of it:
        area_event_nouns) named just before the figure, joined to it by a word that gives a figure
        (place_figure_links)."""
        words = self.words
        counted, links = _alternation_of(words["area_counted_nouns"]), _alternation_of(words["place_figure_links"])
        events, nouns = _alternation_of(words["area_event_words"]), _alternation_of(words["area_event_nouns"])
        rounding = self._rounding_words()
        # ('rumah warga yang terdampak longsor di Desa X kurang lebih 24 unit': the event and where, then a rounding
        # word)
        suffered = _compiled(rf"\b(?:{counted})(?:\s+[\w-]+){{0,3}}?\s+(?:{events})"
                             rf"(?:(?:\s+[^\W\d]+){{0,6}}?\s+(?:{rounding}))?\s+(?:{links})\s*$|"
                             rf"\b(?:{counted})(?:\s+[\w-]+){{0,3}}?\s+(?:{events})(?:\s+[^\W\d]+){{0,6}}?"
                             rf"\s+(?:{rounding})\s*$",
                             re.IGNORECASE)
        damage = _compiled(rf"\b(?:{nouns})\s+(?:{counted})\s+(?:{links})\s*$", re.IGNORECASE)
        return bool(suffered.search(lead) or damage.search(lead))

    def _rounding_words(self) -> str:
        """The words that make a figure a round one ('sekitar', 'kurang lebih': kg/lexicon qualifiers), in lower case,
        as one alternation."""
        return _alternation_of(tuple(form.lower() for qual in self.lex.qualifiers for form in qual.forms))

    def _suffered_list_goes_on(self, q: Quantity, sent) -> bool:
        """'rumah yang terdampak di Desa A kurang lebih 24 unit dan di Desa B sekitar 16 unit': the next count of the
        list, after 'dan' and where, of what the count before it says was struck (`_suffered_thing_counted_before`)."""
        rounding = self._rounding_words()
        before = self.doc.text[sent.begin:q.span.begin].lower()
        goes_on = _compiled(rf"\d[\d.,]*\s+[a-z]+\s+(?:dan|serta)\s+di\s+[^\d,.;]{{1,50}}?"
                            rf"(?:\s+(?:{rounding}))?\s+$").search(before)
        return goes_on is not None and self._suffered_thing_counted_before(before[:goes_on.start()])

    def _struck_by_the_event_before(self, q: Quantity, sent) -> bool:
        """'banjir merendam 240 rumah warga', 'api menghanguskan sedikitnya 12 rumah': an event's verb (kg/data/
        indonesian.json area_event_verbs) up to two words before the figure, or before the figure listed before it, and
        what an area holds counted."""
        counted = _compiled(rf"\s*(?:{_alternation_of(self.words['area_counted_nouns'])})\b", re.IGNORECASE)
        if not counted.match(self.doc.text, q.span.end):
            return False
        before = re.findall(r"[\w-]+", self.doc.text[sent.begin:q.span.begin].lower())
        verb = max((k for k, w in enumerate(before) if w in self.words["area_event_verbs"]), default=None)
        if verb is None:
            return False
        # 'merendam 240 rumah dan 95 hektare sawah': the next thing it struck, listed after 'dan'
        between = before[verb + 1:]
        return len(between) <= 2 or (len(between) <= 6 and between[-1] in ("dan", "serta")
                                     and any(w.replace(".", "").replace(",", "").isdigit() for w in between))

    def _region_of_facilities(self, q: Quantity, sent, subject: str | None) -> str | None:
        """'Menurut data Dinkes X, dari 14 rumah sakit umum, baru 9 yang lengkap', 'ada 150 dokter spesialis': how
        many hospitals, schools or doctors an area has (kg/data/indonesian.json area_facility_nouns right after the
        figure), as its regional office (a Dinas) records them, is a statistic of the area: the place the sentence
        names, else the office's region. Not a target, nor where the sentence says the office plans, does or aims
        something for them or works with them (area_facility_nouns not_the_areas, `_office_acts_on_it`,
        `_done_to_them`)."""
        region = self._resident_office_region(subject)
        if region is None or q.unit != "count" or self._is_target(sent):
            return None
        nouns = _alternation_of(self.words["area_facility_nouns"]["words"])
        if not _compiled(rf"\s+(?:{nouns})\b", re.IGNORECASE).match(self.doc.text, q.span.end):
            return None
        said = self.doc.text[sent.begin:sent.end].lower()
        if _said(self.words["area_facility_nouns"]["not_the_areas"], said) \
                or self._office_acts_on_it(self._orgs_by_key()[subject], sent, q) or self._done_to_them(q, sent):
            return None
        return self._place_named_in(sent, q) or region

    def _done_to_them(self, q: Quantity, sent) -> bool:
        """'pihaknya mengirim 20 dokter': an active verb (meN-) right before the figure, but for one of recording or
        having (kg/data/indonesian.json record_verbs, holding_verbs), says what someone does to what it counts."""
        before = _compiled(r"\b(me\w+)\s+(?:sebanyak\s+|hingga\s+|sekitar\s+)?$").search(
            self.doc.text[sent.begin:q.span.begin].lower())
        allowed = {v.lower() for v in self.words["record_verbs"] + self.words["holding_verbs"]["words"]}
        return before is not None and before.group(1) not in allowed

    def _office_acts_on_it(self, entity, sent, q: Quantity) -> bool:
        """'Dinas X memperbaiki 40 rumah yang rusak': the office, named before the figure, does something to what it
        counts: an active verb (meN-) right after its name (past words like 'telah', 'juga') that is not one of
        recording or saying (kg/data/indonesian.json record_verbs)."""
        keys = {e.key for e in _lineage(entity)}
        records = {v.lower() for v in self.words["record_verbs"]}
        for mention, org, _ in self._orgs_in(sent.begin, q.span.begin):
            if org.key not in keys:
                continue
            verb = self._verb_after(mention, q.span.begin)
            if verb is not None and verb.startswith("me") and verb not in records:
                return True
        return False

    def _verb_after(self, mention: Span, end: int) -> str | None:
        """The first word after a body's name, before `end`, past words like 'telah' and 'juga'
        (kg/data/indonesian.json verb_adverbs): the verb the body is the subject of, where one follows."""
        fillers = {w.lower() for w in self.words["verb_adverbs"]}
        words = re.findall(r"[\w-]+", self.doc.text[mention.end:end].lower())
        return next((w for w in words if w not in fillers), None)

    def _records_it(self, mention: Span, q: Quantity) -> bool:
        """'BPKAD X mencatat serapan anggaran 51 persen': the body named before the figure records or reports it
        (kg/data/indonesian.json record_verbs) rather than doing it."""
        return self._verb_after(mention, q.span.begin) in {v.lower() for v in self.words["record_verbs"]}

    def _place_of_record(self, entity, sent, q: Quantity, named: str | None) -> str | None:
        """The place the sentence names as where the figure is (`named`), unless it only says again the province the
        office's town is in; else the office's (or its parent's) narrowest place."""
        office_place = self._area_served(entity)
        broader = named is not None and named in self.r.places and self.r.places[named].kind == "province" \
            and office_place is not None and self.r.places[office_place].kind != "province" \
            and not self._said_as_where(named, sent, q)
        own = {p for e in _lineage(entity) for p in e.places}
        return office_place if named is None or broader or named in own else named

    def _said_as_where(self, place: str, sent, q: Quantity) -> bool:
        """'harga beras di Provinsi Bali': the clause names the place as where the figure is, after a preposition."""
        names = _alternation_of({self.r.places[place].name, *self.r.place_names.get(place, set())})
        return _compiled(rf"\b(?:di|se)\s+(?:provinsi\s+)?(?:{names})\b", re.IGNORECASE).search(
            self.doc.text, sent.begin, q.span.begin) is not None

    def _area_served(self, entity) -> str | None:
        """The area an office serves: its own (or, failing that, its parent's) narrowest place."""
        return next((p for p in (self._narrowest_place(e.places) for e in _lineage(entity)) if p), None)

    def _narrowest_place(self, keys) -> str | None:
        """Of an office's places, a town or regency before the province that holds it."""
        known = [k for k in keys if k in self.r.places]
        local = [k for k in known if self.r.places[k].kind in ("city", "regency", "district", "village")]
        return (local or known or [None])[0]

    def _office_of_a_region(self, subject: str) -> bool:
        """Whether the organisation serves one region: a unit of another ('Cabang X') or a body named with its region."""
        entity = self._orgs_by_key().get(subject)
        return entity is not None and (entity.kind == "unit" or bool(entity.places))

    def _resident_office_region(self, subject: str | None) -> str | None:
        """The region of the organisation, or of the one it belongs to, when it is a regional office whose records
        describe its area's residents (a Dinas)."""
        entity = self._orgs_by_key().get(subject) if subject else None
        kinds = set(self.words["resident_statistics_office_types"])
        if entity is None or entity.org_type is None or str(entity.org_type.iri).split("/")[-1] not in kinds:
            return None
        return next((e.places[0] for e in _lineage(entity) if e.places), None)

    def _government_of_budget(self, region: str, sent, q: Quantity) -> str:
        """'Realisasi APBD Provinsi X tercatat 35 persen dari total Rp4 triliun': a region's budget (kg/data/indonesian.json)
        is its government's, so its figures are the regional government's, where the article names that government."""
        words = self.words["regional_budget_words"]
        if not self._budget_written_as_the_regions(region, words, sent.begin, q.span.begin):
            return region
        return self._government_of_region(region)

    def _government_of_region(self, region: str) -> str:
        """The key of the region's government where the article names it, else the region's."""
        governments = [e for e in self.r.orgs if e.kind == "government" and region in e.places]
        return governments[0].key if governments else region

    def _region_pointed_back(self, sent) -> str | None:
        """'Inflasi tertinggi terjadi di Provinsi X. Angkanya mencapai 4 persen.': a sentence that names no one and opens
        by pointing back (kg/data/indonesian.json) to a regional statistic the sentence before spoke of, with no figure
        of its own, gives its figure to the region that sentence named: its topic, else the place it named last."""
        begin = self._after_dateline(sent)
        openers = _alternation_of(self.words["pointing_back_openers"])
        if sent.index == 0 or not _compiled(rf"\s*(?:{openers})\b", re.IGNORECASE).match(self.doc.text, begin):
            return None
        previous = self._statistic_spoken_of_before(sent)
        if previous is None:
            return None
        named = self._place_names_between(self._after_dateline(previous), previous.end)
        topics = [key for where, key in named if not self._after_preposition(where.begin, previous)]
        return (topics or [key for _, key in named] or [None])[-1]

    def _statistic_announced_before(self, sent, focus: str | None) -> str | None:
        """'Dinas X Kabupaten Y mencatat realisasi investasi dari PMDN dan PMA. Hingga triwulan III mencapai Rp1
        triliun.': a sentence that names no one, right after one in which the region's own office (a Dinas:
        resident_statistics_office_types) announced a regional statistic (kg/data/indonesian.json
        regional_statistics_markers) with no figure of its own, gives that statistic's figures: the office's
        region's."""
        region = self._resident_office_region(focus)
        previous = self._statistic_spoken_of_before(sent) if region is not None else None
        if previous is None:
            return None
        return region if any(e.key == focus for _, e, _ in self._orgs_in(previous.begin, previous.end)) else None

    def _statistic_spoken_of_before(self, sent):
        """The sentence before, where it speaks of a regional statistic (kg/data/indonesian.json
        regional_statistics_markers) with no figure of its own (one with figures already set the region they are
        about); else None."""
        if sent.index == 0:
            return None
        previous = self.doc.sentences[sent.index - 1]
        said = self.doc.text[previous.begin:previous.end].lower()
        if self._figure_between(previous.begin, previous.end) \
                or not _said(self.words["regional_statistics_markers"], said):
            return None
        return previous

    def _division_pointed_back(self, sent) -> str | None:
        """'Kecamatan ini juga wilayah dengan populasi sapi terbanyak di Kabupaten X, totalnya 12.000 ekor': a sentence
        that opens with a level's word and a word that points back ('Kecamatan ini', 'Desa tersebut';
        kg/data/indonesian.json place_prefixes, reference_demonstratives) is about the last place of that level the
        two sentences before it name; the places it names itself only say where that one stands."""
        begin = self._after_dateline(sent)
        opening = _compiled(r"\s*([A-Z][\w.]*)\s+(\w+)\b").match(self.doc.text, begin)
        kind = self.words["place_prefixes"].get(opening.group(1)) if opening else None
        if kind is None or opening.group(2).lower() not in self.words["reference_demonstratives"] or sent.index == 0:
            return None
        since = self.doc.sentences[max(0, sent.index - 2)].begin
        named = [key for _, key in self._place_names_between(since, sent.begin) if self.r.places[key].kind == kind]
        return named[-1] if named else None

    def _counts_divisions(self, q: Quantity) -> bool:
        """'120 desa', '9 kabupaten/kota', '31 kecamatan': the figure counts the administrative divisions of a region."""
        nouns = _alternation_of(self.words["division_nouns"])
        counted = _compiled(rf"\s+(?:{nouns})(?![\w/])", re.IGNORECASE).match(self.doc.text, q.span.end)
        if counted is None:
            return False
        # "42 kabupaten dan kota di wilayah kerja Kantor X": the divisions an office covers are the office's, as are
        # those it serves or works with ('120 desa penerima Dana Desa')
        sent = self.doc.sentence_at(q.span.begin)
        clause = self.doc.text[counted.end():sent.end].split(",")[0].lower()
        return not any(w in clause for w in self.words["office_area_words"]) \
            and not _said(self.words["divisions_served_words"]["words"], clause) and not self._done_in_them(q, sent)

    def _done_in_them(self, q: Quantity, sent) -> bool:
        """'PLN memasang lampu jalan di 15 desa', 'Dinas X membuka pos layanan di 9 kelurahan': an active verb (meN-) in
        the figure's clause, not one of recording (kg/data/indonesian.json record_verbs; one of having counts, 'memiliki
        kantor di 17 kecamatan'), before 'di' and the counted divisions: where a body did something, its own work."""
        lead = self.doc.text[self._lead_clause_start(q, sent):q.span.begin].lower()
        if not re.search(r"\bdi\s+$", lead):
            return False
        allowed = {v.lower() for v in self.words["record_verbs"]}
        return any(v.startswith("me") and v not in allowed for v in re.findall(r"\b(me[a-z]+)\b", lead))

    def _region_of_divisions(self, sent, q: Quantity, subject: str) -> str | None:
        """How many villages or districts there are, or how many of them did something, describes the region that
        holds them, not the office that reports it (GOLD.md: a region's statistics have the region as subject):
        the place the sentence names, else the reporting office's own region, else the region just spoken of. A
        regional government already stands for its region and keeps the figure."""
        entity = self._orgs_by_key().get(subject)
        if entity is not None and entity.top().org_type is not None and entity.top().org_type.government_level:
            return None
        named = self._place_named_in(sent, q)
        if named and not self._is_one_of_the_divisions(named, q) and self._can_hold_the_divisions(named, q):
            return named
        own = next((e.places[0] for e in _lineage(entity) if e.places), None)
        if own is not None:
            return own if self._can_hold_the_divisions(own, q) else None
        if self.last_region and sent.index - self.last_region_sentence <= 2 \
                and self._can_hold_the_divisions(self.last_region, q):
            return self.last_region
        return None

    def _can_hold_the_divisions(self, place: str, q: Quantity) -> bool:
        """'Kanwil X di Kota Y mengawasi 3 provinsi': a region holds divisions of a lower level only
        (a city no provinces, a district no regencies); the count is then the office's, not the city's. By the levels
        of kg/data/indonesian.json place_prefixes; a place or noun of no known level passes."""
        counted = _compiled(r"\s+([a-z]+)").match(self.doc.text, q.span.end)
        kinds = self.lex.words["place_prefixes"]
        counted_kind = kinds.get(counted.group(1).title()) if counted else None
        region = self.r.places.get(place)
        region_depth = DIVISION_DEPTH.get(region.kind) if region is not None else None
        counted_depth = DIVISION_DEPTH.get(counted_kind)
        return region_depth is None or counted_depth is None or region_depth < counted_depth

    def _is_one_of_the_divisions(self, place: str, q: Quantity) -> bool:
        """'tersebar di 14 kecamatan, terbanyak di Kecamatan A': a place named by the very division noun the figure
        counts is one of those divisions, not the region that holds them."""
        counted = _compiled(r"\s+([a-z]+)").match(self.doc.text, q.span.end)
        name = self.r.places[place].name.lower().split()
        return counted is not None and bool(name) and name[0] == counted.group(1)

    def _national(self, q: Quantity, sent, markers: str = "national_scope_markers") -> Span | None:
        """Where the words that lead to the figure in its own clause say it is the nation's ('nasional'): only
        those, so that 'ekonomi daerah itu melampaui ekonomi nasional' does not make the region's figure the nation's."""
        text = self.doc.text
        begin = self._relative_clause_head(self._lead_clause_start(q, sent), sent)
        lead = text[begin:q.span.begin]
        compounds = self.words["national_marker_not_after"]["words"]
        whole = _compiled(rf"\b(?:{_alternation_of(self.words['whole_cues']['words'])})\b")
        for w in self.words[markers]:
            # written in lower case: "Survei Angkatan Kerja Nasional" is a name, not the nation's figure; capitalised
            # after a word in lower case, it names none ('target akta secara Nasional 60 persen')
            m = re.search(rf"\b{re.escape(w)}\b", lead) if w in lead else None
            if m is None and w.capitalize() in lead:
                m = next((c for c in re.finditer(rf"\b{re.escape(w.capitalize())}\b", lead)
                          if (last_word(lead, 0, c.start()) or "A")[:1].islower()), None)
            if m and (last_word(lead, 0, m.start()) or "").lower() in compounds:
                continue  # 'kejahatan trans nasional 9 kasus': another term
            if m and whole.search(lead, 0, m.start()):
                continue  # 'kontribusi terhadap kredit nasional 5,8 persen': the nation is the whole, not whose
            if m and not self._place_between(begin + m.end(), q.span.begin):
                return Span(begin + m.start(), begin + m.end())
        return self._national_opener(q, sent, markers)

    def _relative_clause_head(self, begin: int, sent) -> int:
        """'… lebih rendah dari rasio NPL secara nasional, yang sebesar 3,4 persen': a clause that opens with 'yang' after a
        comma says more of the words before the comma, so the clause a figure leads with reaches back over it."""
        text = self.doc.text
        if begin <= sent.begin or text[begin - 1] != "," or not re.match(r"\s*yang\b", text[begin:]):
            return begin
        return max(sent.begin, text.rfind(",", sent.begin, begin - 1) + 1, self._figure_end_before(begin - 1))

    def _nation_in_its_tail(self, q: Quantity, sent) -> str | None:
        """'3.150 loket penukaran yang tersebar di seluruh Indonesia, …': the words after the figure up to its clause's
        end say it is counted across the nation (kg/data/indonesian.json nation_place_markers), with no figure between.
        Not where the sentence names a body before the figure ('Kepala BPJS X Cabang Y mengatakan, 180 juta penduduk
        terdaftar di seluruh Indonesia' is the national body's count, read by the steps after)."""
        if next(iter(self._orgs_in(sent.begin, q.span.begin)), None) is not None:
            return None
        text = self.doc.text
        comma = text.find(",", q.span.end, sent.end)
        tail_end = comma if comma != -1 else sent.end
        tail = text[q.span.end:tail_end]
        for w in self.words["nation_place_markers"]:
            at = tail.find(w)
            if at != -1 and re.search(rf"\b{re.escape(w)}\b", tail) and not self._figure_between(q.span.end,
                                                                                                 q.span.end + at):
                return places.add_place(self.r, self.words["nation"], Span(q.span.end + at, q.span.end + at + len(w)))
        return None

    def _national_opener(self, q: Quantity, sent, markers: str) -> Span | None:
        """'Secara nasional, inflasi tercatat 1,07 persen': a marker that opens the sentence, before a comma, says so
        of the figures after it up to the first place named (the nation's own name aside)."""
        text = self.doc.text
        opening = _compiled(r"\s*([^,]{3,60}),").match(text, self._after_dateline(sent), q.span.begin)
        if opening is None:
            return None
        written = opening.group(1)
        # the marker alone or after a word or two of its own ('Pada skala nasional, inflasi …'), then perhaps the
        # period ('Di tingkat nasional pada Januari 2024, …')
        period = _alternation_of(self.words["month_cues"] + self.words["period_end_cues"])
        head = _compiled(rf"(.*?)\s+(?:{period})\b.*").fullmatch(written)
        written = head.group(1) if head else written
        if len(written.split()) > 3 or not any(
                written == w or written == w[:1].upper() + w[1:] or written.lower().endswith(" " + w.lower())
                for w in self.words[markers]):
            return None
        nation = places.place_key(self.r, self.words["nation"])
        between = (key for _, key in self._place_mentions(opening.end(), q.span.begin, countries=True))
        return None if any(key != nation for key in between) else Span(opening.start(1), opening.end(1))

    def _nation_named(self, q: Quantity, sent) -> str | None:
        """'tingkat pengangguran Indonesia tercatat 4,9 persen', 'inflasi di Indonesia 2,8 persen': the nation by its
        name in the figure's own clause, outside any organisation's name ('Bank Indonesia'), with no other place
        between it and the figure, and not as whose nationality the counted are (kg/data/indonesian.json
        nationality_nouns: 'wisatawan Indonesia menginap rata-rata 1,4 hari')."""
        nation = self.words["nation"]
        orgs = self._index("org_mentions")
        named = _compiled(rf"\b{re.escape(nation)}\b")
        nationality = _compiled(rf"\b(?i:{_alternation_of(self.words['nationality_nouns']['words'])})\s+$")
        for m in named.finditer(self.doc.text, self._lead_clause_start(q, sent), q.span.begin):
            at = Span(m.start(), m.end())
            if nationality.search(self.doc.text, max(0, at.begin - 20), at.begin):
                continue  # 'wisatawan asing dan Indonesia': the guests' nationality, not where they are counted
            if not orgs.overlapping(at) and not self._place_between(at.end, q.span.begin):
                return places.add_place(self.r, nation, at)
        return None

    def _nation_of(self, q: Quantity, sent, markers: str = "national_scope_markers") -> str | None:
        """The nation, as a place, where the figure's own clause says the figure is the nation's."""
        national = self._national(q, sent, markers)
        return places.add_place(self.r, self.words["nation"], national) if national is not None else None

    def _a_places_figure_ends_at(self, end: int, sent, so_far: list[Metric]) -> bool:
        """Whether the last figure kept ends at `end` and is a district's or a village's that its sentence names before it."""
        if not so_far or self.figures[-1].end != end:
            return False
        before = so_far[-1].subject
        return self._is_place(before) and self._is_division(before) and any(
            k == before for _, k in self._place_names_between(sent.begin, self.figures[-1].begin))

    def _same_item_as_left_out(self, q: Quantity) -> bool:
        """'…, Sukamakmur Lor 8 ton dari target 30 ton': the next figure of a list item left out, with no separator (',',
        'dan', a sentence's end) between them, is that item's too, and left out with it."""
        left = self._left_out_item
        return left is not None and left.end <= q.span.begin and self._figure_end_before(q.span.begin) == left.end \
            and re.fullmatch(r"(?:\s+[a-z%]+){1,4}\s+", self.doc.text[left.end:q.span.begin]) is not None \
            and not re.search(r"\b(?:dan|serta)\b", self.doc.text[left.end:q.span.begin])

    def _item_of_an_unknown_name(self, q: Quantity, sent, so_far: list[Metric]) -> bool:
        """'Kecamatan A 40 ton, Sukamakmur Lor 8 ton': in a list of districts or villages each with its figure, an item whose
        name the article knows as no place, organisation or person is most likely a district the gazetteer lacks or
        spells otherwise; giving its figure to the place before it, or to the office that speaks, would state a wrong
        fact, so the figure is left out. The item's words are capitalised and stand between the separator after the
        previous figure (',' or 'dan') and this one; the previous figure is a district's or a village's named in this
        sentence, or an item left out. A period ('…, Februari 200 kasus', 'Triwulan II'), an acronym or a code ('TBC',
        'Covid-19') names no such item, and a list of regions or of other things ('KUR Mikro Rp5 triliun, KUR Kecil
        Rp1 triliun') keeps its items as it did."""
        text = self.doc.text
        previous = self._figure_end_before(q.span.begin)
        left_out_before = self._left_out_item is not None and self._left_out_item.end == previous
        if not left_out_before and not self._a_places_figure_ends_at(previous, sent, so_far):
            return False
        item = _compiled(r"(?:\s+[a-z%][\w%/-]*){0,3}\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)"
                         r"(?P<name>(?:[A-Z][\w'-]*\s+){1,3})"
                         rf"(?:(?:{_alternation_of(self.words['place_figure_links'])})\s+)?$")
        m = item.fullmatch(text, previous, q.span.begin)
        if m is None:
            return False
        name = m.group("name").strip()
        periods = self._period_names()
        if any(w.lower() in periods for w in name.split()) or any(w.isupper() or any(c.isdigit() for c in w)
                                                                  for w in name.split()):
            return False  # a period ('Triwulan II'), an acronym or a code ('TBC', 'Covid-19') names no unknown place
        span = Span(m.start("name"), m.start("name") + len(name))
        named = [x for x, _ in self._place_mentions(span.begin, span.end, countries=True)] + \
            [x for x, _, _ in self._orgs_in(span.begin, span.end)] + [x for x, _, _ in self._people_in(span.begin, span.end)]
        return not any(x.overlaps(span) for x in named)

    def _figures_within(self, begin: int, end: int) -> list[Quantity]:
        """The figures that begin at or after `begin` and end by `end`, in order, found by a binary search over the
        figures' beginnings (the figures are sorted by where they begin) rather than a scan of every figure."""
        self._next_figure_begin(begin)  # (keeps the beginnings for this reading)
        _, begins = self._figure_begins
        out = []
        for x in self.quantities[bisect_left(begins, begin):]:
            if x.span.begin >= end:
                break
            if x.span.end <= end:
                out.append(x)
        return out

    def _figure_end_before(self, offset: int) -> int:
        """Where the last figure that ends at or before the offset ends (-1 if none), found by a binary search
        over the figures' ends rather than a scan of every figure."""
        quantities, ends = self.__dict__.get("_figure_ends", (None, []))
        if quantities is not self.quantities:
            ends = sorted(x.span.end for x in self.quantities)
            self._figure_ends = (self.quantities, ends)
        at = bisect_right(ends, offset)
        return ends[at - 1] if at else -1

    def _place_between(self, begin: int, end: int) -> bool:
        return next(self._place_mentions(begin, end, countries=True), None) is not None

    def _program_of_rate(self, q: Quantity, sent) -> str | None:
        """'Setiap ahli waris menerima manfaat Jaminan X sebesar Rp20 juta', 'Rp200 ribu per penerima per bulan' of a
        program named in the sentence: an amount per person or per case is a parameter of the program."""
        text = self.doc.text
        before, after = text[max(sent.begin, q.span.begin - RATE_REACH):q.span.begin].lower(), text[q.span.end:q.span.end + CUE_REACH].lower()
        time_units = set(self.words["duration_units"]) | set(self.words["months"])  # "per Juni 2025" is a period
        measures = set(self.words["market_price_measures"])  # "Rp13.500 per kilogram" is a price, whoever sells
        cues = [re.match(r"\s*(?:per|untuk setiap|setiap|tiap)\s+(\w+)", after), re.search(r"\b(?:setiap|tiap|masing-masing)\s+(\w+)", before)]
        if q.unit == "count" or not any(c and c.group(1) not in time_units | measures for c in cues):
            return None  # "Rp2 miliar per bulan" is a monthly total, not an amount per person
        named = [(s, key) for s, key in self.program_mentions if sent.begin <= s.begin and s.end <= q.span.begin
                 and key in self.named_programs]
        if not named and sent.index > 0:  # "… program Lansia Bahagia. Setiap penerima mendapat Rp150 ribu per bulan"
            previous = self.doc.sentences[sent.index - 1]
            named = [(s, key) for s, key in self.program_mentions if previous.begin <= s.begin < previous.end
                     and key in self.named_programs]
        return max(named, key=lambda x: x[0].begin)[1] if named else None

    def _provider_of_programme_in(self, sent, q: Quantity) -> str | None:
        """A figure of a programme that nobody in the sentence reports belongs to the programme's provider,
        through its one local unit when the article has one (and does not speak nationally)."""
        named = [key for s, key in self.program_mentions if sent.begin <= s.begin < q.span.begin]
        providers = [self.program_providers.get(k) for k in named if self.program_providers.get(k)]
        if not providers:
            return None
        provider = providers[-1]
        entity = self._orgs_by_key().get(provider)
        if entity is not None and entity.parent is not None and entity.parent.kind == "government":
            return None  # a regional government's office runs it in its area: what the clause says of a place there
            # is the place's ('kuota pupuk bersubsidi di Kabupaten X turun 20 persen')
        units = [e for e in self._units_of(provider) if e.kind == "unit"]
        sentence = self.doc.text[sent.begin:sent.end].lower()
        if len(units) == 1 and not any(w in sentence and re.search(rf"\b{re.escape(w)}\b", sentence)
                                       for w in self.words["national_scope_markers"]):
            return units[0].key
        return provider

    def _is_target(self, sent) -> bool:
        sentence = self.doc.text[sent.begin:sent.end].lower()
        return any(c in sentence and re.search(rf"\b{re.escape(c)}(?:nya)?\b", sentence) for c in self.words["target_cues"])

    def _set_against_target(self, sent) -> bool:
        """'… 5.900 ton dari target 55.000 ton': the sentence names a target only to measure a figure against it
        (kg/data/indonesian.json against_target_cues before the cue), and no one sets one there (target_verbs)."""
        sentence = self.doc.text[sent.begin:sent.end].lower()
        against = _alternation_of(self.words["against_target_cues"])
        cues = _alternation_of(self.words["target_cues"])
        every = list(_compiled(rf"\b(?:{cues})(?:nya)?\b").finditer(sentence))
        return bool(every) and not _said(self.words["target_verbs"], sentence) and all(
            _compiled(rf"\b(?:{against})\s+$").search(sentence, 0, m.start()) for m in every)

    def _reached_against_target(self, q: Quantity, sent) -> bool:
        """'Realisasi pajak Rp80 miliar dari target Rp100 miliar', '… Rp4 triliun atau 60 persen dari target', 'Walau
        jauh dari target, kredit tumbuh 8 persen': a figure measured against a target (kg/data/indonesian.json
        target_measure_words before a target cue) is what was reached, and so is every figure of a sentence whose only
        target cues are such comparisons that give no figure of their own; the figure after the cue is the target."""
        text = self.doc.text
        cues = _alternation_of(self.words["target_cues"])
        against = _compiled(rf"\b(?:{_alternation_of(self.words['target_measure_words'])})\s+(?:{cues})(?:nya)?\b", re.I)
        any_cue = _compiled(rf"\b(?:{cues})(?:nya)?\b", re.I)
        after = against.search(text, q.span.end, sent.end)
        if after is not None and any_cue.search(text, q.span.end, after.start()) is None:
            return True
        cues_found = list(any_cue.finditer(text, sent.begin, sent.end))
        comparisons = list(against.finditer(text, sent.begin, sent.end))
        bare = [m for m in comparisons if _compiled(r"\s*(?:[,.;]|$)").match(text, m.end())]
        return bool(cues_found) and len(bare) == len(comparisons) == len(cues_found)

    def _reporting_office(self, subject: str | None):
        """The organisation (or its parent) when it is one whose figures describe a region (BPS, BI, OJK)."""
        if subject is None:
            return None
        entity = self._orgs_by_key().get(subject)
        reporters = {n.lower() for n in self.words["regional_statistics_reporters"]}
        if any({n.lower() for n in e.names + e.acronyms} & reporters for e in _lineage(entity)):
            return entity
        return None

    def _names_hiding_places(self) -> SpanIndex:
        """Companies' names, offices' names and titles: a place inside them ('Dirut Bank Jambi itu', 'NPL BRI Palembang')
        is where a body or its office is, not where a figure is."""
        key = (len(self.r.org_mentions), len(self.r.person_mentions))
        cached = self.__dict__.get("_hiding")
        if cached is None or cached[0] != key:
            spans = [s for s, e, _ in self.r.org_mentions if e.kind == "unit" or (
                     e.top().org_type is not None and e.top().org_type.cls == BKG.Company)] + \
                    [s for s, _, how in self.r.person_mentions if how == "title"]
            self._hiding = cached = (key, SpanIndex(spans, lambda s: s))
        return cached[1]

    def _place_named_in(self, sent, q: Quantity, names_after_ok: bool = True) -> str | None:
        """The place the sentence names nearest before the figure (else after it), by any of its names; where two
        names start together, the longer ('Kalimantan Timur', not the island 'Kalimantan' that begins it). Not one in
        the dateline; not one after the figure inside an organisation's name unless `names_after_ok`."""
        best = None
        # a place inside a company's name or a title ("Dirut Bank Jambi itu") is not where the figure is
        inside_names = self._names_hiding_places()
        orgs = self._index("org_mentions") if not names_after_ok else None
        previous = None
        listed_after = False
        mentions = sorted(self._place_mentions(self._after_dateline(sent), sent.end), key=lambda m: (m[0].begin, -m[0].end))
        for where, key in mentions:
            pos = where.begin
            if previous is not None and previous[0].begin <= pos < previous[0].end:
                if previous[1] or self._inside_another_places_name(where, previous, key):
                    continue  # a shorter name inside one passed over ('Sumatera Selatan' of 'Provinsi …'), or inside
                    # another place's longer name ('Pati' of 'Keresidenan Pati')
            elif previous is not None and self._short_form_after(previous[0], where):
                continue  # 'Provinsi Jambi (Jbi)': the short form of a place, passed over with it or not; 'Kota X
                # (Sulawesi Tenggara)': the province in brackets only says where the city lies
            else:
                passed = self._is_destination(where, previous, sent) or (
                    previous is not None and self._locates(previous[0], where)) or (
                    pos < q.span.begin and not self._has_own_figure(where) and not self._figure_follows(where.end)
                    and self._part_listed_after_region(where, sent))
                previous = (where, passed)
                if passed:
                    continue  # 'penumpang tujuan X', 'di Kabupaten X, Provinsi Y, mencapai …': Y only says where X
                    # lies; 'Untuk wilayah Keresidenan X, meliputi Kabupaten A dan B, konsumsi …': X's, not B's
            if inside_names.overlapping(Span(pos, pos + 1)):
                continue
            if self._names_a_group(where):
                continue  # 'kelompok Kota X 5 orang': a gang named after its town, not a figure of the town
            if orgs is not None and pos >= q.span.end and orgs.overlapping(Span(pos, pos + 1)):
                continue
            if pos >= q.span.end and self._said_before(q.span.end, pos):
                continue  # '… Rp2 triliun," ujar Direktur X di Jakarta': where it was said, not what it is about
            if pos < q.span.begin and self._where_said(where):
                continue  # 'Kepala X, Nama di Kota Y, Senin, mengatakan dana naik 5 persen': where it was said
            if pos >= q.span.end and (listed_after or self._has_own_figure(where)):
                listed_after = True  # 'A 3 desa, B 5 desa, dan Kecamatan C 1 desa': C's is the figure after it, not
                continue  # A's; nor is any place named later in the list, with a figure or without
            if pos < q.span.begin and self._item_of_its_own(where, q):
                continue  # 'A 3 desa, Xyz 5 desa': 5 is the unknown Xyz's, not A's
            if pos < q.span.begin and self._figure_between(where.end, q.span.begin) and self._names_a_place_in_its_item(q, sent):
                continue  # 'di Kota A sebanyak 12 kasus, dan 4 kasus di Kabupaten B': A has its figure; 4 is B's
            longer_first = where.begin - where.end
            rank = (0, q.span.begin - pos, longer_first) if pos < q.span.begin else (1, pos - q.span.begin, longer_first)
            if best is None or rank < best[0]:
                best = (rank, key, where)
        if best:
            self.last_region_sentence = sent.index
        return (self._numbered_area(best[2]) or best[1]) if best else None

    def _inside_another_places_name(self, where: Span, outer: tuple[Span, bool], key: str) -> bool:
        """Whether `where` lies inside the longer name just read, and that name is another place's."""
        return outer[0] != where and any(w == outer[0] and k != key
                                         for w, k in self._place_mentions(outer[0].begin, outer[0].end))

    def _part_listed_after_region(self, where: Span, sent) -> bool:
        """'Keresidenan X, meliputi Kabupaten A, Kabupaten B, dan Kabupaten C': a place in a list (`_list_start`) of the
        parts of the region named just before the list's word (kg/data/indonesian.json breakdown_cues), which the
        sentence's figures after the list are about as a whole."""
        named = self._place_names_between(sent.begin, where.end)
        k = next((i for i, (w, _) in enumerate(named) if w == where), None)
        if not k:
            return False
        start = self._list_start(named, k)
        first = next(i for i, (w, _) in enumerate(named) if w.begin == start)
        cues = _alternation_of(self.words["breakdown_cues"])
        return first > 0 and _compiled(rf",?\s*(?:{cues})\s+").fullmatch(
            self.doc.text, named[first - 1][0].end, start) is not None

    def _names_a_group(self, where: Span) -> bool:
        """A place right after a noun of a group of people ('kelompok', 'komplotan', 'sindikat'; kg/data/indonesian.json
        groups_named_after_places) names the group by where its members come from."""
        m = _compiled(r"(\w+)\s+$").search(self.doc.text, max(0, where.begin - 30), where.begin)
        return m is not None and m.group(1).lower() in self.words["groups_named_after_places"]

    def _names_a_facility(self, where: Span) -> bool:
        """A place right after a word of a facility or post (kg/data/indonesian.json facilities_named_after_places:
        'Posko Sukamaju', 'Pelabuhan Sukamaju') or of a train or ship (vehicles_named_after_places: 'KA Sukamaju
        Ekspres') names the facility or vehicle, not the area a figure is about."""
        words = _alternation_of(self.words["facilities_named_after_places"]["words"]
                                + self.words["vehicles_named_after_places"]["words"])
        return _compiled(rf"(?<![\w-])(?i:{words})\s+$").search(
            self.doc.text, max(0, where.begin - 20), where.begin) is not None

    def _has_own_figure(self, where: Span) -> bool:
        """A place followed by a figure of its own, right after it or after one linking word ('Kecamatan C 1 desa',
        'Kabupaten B sebanyak 634 orang'; kg/data/indonesian.json place_figure_links)."""
        between = self.doc.text[where.end:self._next_figure_begin(where.end)].strip().lower()
        return between == "" or between in self.words["place_figure_links"]

    def _names_a_place_in_its_item(self, q: Quantity, sent) -> bool:
        """A place is named after the figure, in the list item the figure opens (`_item_end`)."""
        return bool(self._place_names_between(q.span.end, self._item_end(q, sent)))

    def _item_of_its_own(self, where: Span, q: Quantity) -> bool:
        """In a list whose items each carry a figure, the figure after the place's own ('Kecamatan A 3 desa, Xyz 5
        desa') belongs to the item named right before it, capitalised, even where that name is no place known."""
        if not self._figure_between(where.end, q.span.begin):
            return False
        item = re.split(r",|\bdan\b", self.doc.text[where.end:q.span.begin])[-1].split()
        if item[-1:] and item[-1].lower() in self.words["place_figure_links"]:
            item = item[:-1]
        statistics = {m.lower() for m in self.words["regional_statistics_markers"]}
        return bool(item) and all(w[:1].isupper() for w in item) and " ".join(item).lower() not in statistics
        # ('Kota A 5 persen dan IHK 119': the same place's index, not an item named 'IHK')

    def _is_destination(self, where: Span, previous: tuple[Span, bool] | None, sent) -> bool:
        """'penumpang tujuan Jakarta', 'kapal menuju Pelabuhan X, Jakarta yang …': a place that people or goods go to
        (after a word of kg/data/indonesian.json destination_words, or only saying where such a place lies) is not
        where the figure is."""
        if previous is not None and previous[1] and self._locates(previous[0], where):
            return True  # (a place that locates one passed over for any reason is passed over too)
        facility = _alternation_of(self.words["facility_words"])
        words = _alternation_of(self.words["destination_words"])
        before = self.doc.text[max(sent.begin, where.begin - 4 * PREPOSITION_REACH):where.begin]
        # 'tujuan Jakarta', 'menuju Pelabuhan X', 'tujuan Pelabuhan X, Surabaya' (the town the facility is in), and
        # each place of a list after the word ('dari arah A, B dan C')
        joined = r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*(?:,\s*dan|,|dan|serta|atau)\s+){0,4}"
        # and the place after a facility named without its word ('melalui Sungai Batang atau Dermaga Lama Provinsi X')
        return _compiled(rf"\b(?i:{words})\s+{joined}(?:(?:(?i:{facility})\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?"
                         rf"(?:[A-Z][\w-]*\s*,\s*)?)?$").search(before) is not None or self._on_a_route(where, sent)

    def _on_a_route(self, where: Span, sent) -> bool:
        """'KA X relasi A - B dengan okupansi 120 persen', 'rute A-B-C', 'rute A, B dan C': each town or station of a
        route (after a word of kg/data/indonesian.json route_cues or station_route_cues, the words before a train's
        stations) is where a service runs between, not where its figure is."""
        routes = _alternation_of(self.words["route_cues"] + self.words["station_route_cues"])
        town = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
        before = self.doc.text[max(sent.begin, where.begin - 160):where.begin]
        # (and 'rute A, B, C dan D': the towns a service runs to, listed)
        joint = rf"(?:\s*[-\u2013]\s*|{self._list_joiner()})"
        if _compiled(rf"\b(?i:{routes})\s+(?:{town}{joint}){{0,6}}$").search(before) is not None:
            return True
        if self._joined_by_a_dash_to_a_place(where, sent):
            return True
        # '… rute terpadat, 1. Medan 7.100 orang, 2. Batam …': the places a list of routes ranks, each with its
        # figure, are the routes' far ends
        number = r"(?:\d{1,2}\.\s+)?"
        item = rf"{number}{town}\s+[\d.,]+\s+\w+\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
        ranked = rf"\b(?i:{routes})\s+[^\n,:]{{0,30}}?[,:]\s*(?:{item}){{0,6}}{number}$"
        return _compiled(ranked).search(self.doc.text, max(sent.begin, where.begin - 300), where.begin) is not None

    def _joined_by_a_dash_to_a_place(self, where: Span, sent) -> bool:
        """'A – B – A jadi jalur kedua tersibuk dengan 52.310 orang': a place that a dash joins to another place is
        a stop of a route, whatever word names the route after it."""
        text, dash = self.doc.text, _compiled(r"\s*[-\u2013]\s*")
        return any(dash.fullmatch(text, other.end, where.begin) or dash.fullmatch(text, where.end, other.begin)
                   for other, _ in self._place_names_between(sent.begin, sent.end) if other != where)

    def _where_said(self, where: Span) -> bool:
        """'… Nama di Kota X, Senin, mengatakan …', '… Nama di X mengatakan …': a place after 'di' and before a speech
        verb, a weekday (kg/data/indonesian.json) between them or not, is where the speaker spoke, not what a figure is
        about; so is one after a person's name, then a weekday between commas ('Menurut …, Nama di X, Rabu, …') or
        before the sentence's full stop ('… kata Nama di X, Rabu (2/12).'), and one after a person's name and a weekday
        ('Nama, Kamis (6/7/2023) di X, kepada wartawan merinci …')."""
        text = self.doc.text
        di = _compiled(r"\bdi\s+(?:[A-Z][\w.]*\s+){0,2}$").search(text, max(0, where.begin - 40), where.begin)
        if not di:
            return False
        days = _alternation_of(list(self.words["weekdays"]))
        verbs = _alternation_of(self.words["speech_verbs_before"])
        if _compiled(rf",?\s*(?:(?i:{days})\b[^.]{{0,40}}?)?\b(?i:{verbs})\b").match(text, where.end) is not None:
            return True
        # 'Menurut Kepala X, Nama di Kota Y, Rabu, …': a person's name, then the place and the weekday between commas
        # or before the sentence's full stop
        people_ends = [s.end for s, _, _ in self._people_in(max(0, di.start() - 60), di.start())]
        if not people_ends:
            return False
        dated = _compiled(rf",\s*(?i:{days})\b(?:\s*\([^()]{{1,20}}\))?\s*[,.]").match(text, where.end)
        if dated is not None and any(end + 1 >= di.start() for end in people_ends):
            return True
        # ('Nama, Kamis (6/7/2023) di Kota X, kepada wartawan …': the weekday before the place)
        return _compiled(rf"\b(?i:{days})\b\s*(?:\([^()]{{1,20}}\))?\s*$").search(
            text, max(0, di.start() - 30), di.start()) is not None

    def _said_before(self, begin: int, end: int) -> bool:
        """A quotation closes and a speech verb after it (kg/data/indonesian.json) attributes it in [begin, end)."""
        verbs = _alternation_of(self.words["speech_verbs_after"])
        return _compiled(rf"[,.!?]?[\"”]\s*(?i:{verbs})\b").search(self.doc.text, begin, end) is not None

    def _numbers_an_area(self, q: Quantity) -> bool:
        """The '4' of 'di wilayah 4 Madiun' numbers an area (kg/data/indonesian.json), it counts nothing."""
        nouns = _alternation_of(self.words["numbered_region_words"])
        text = self.doc.text
        if q.unit != "count" or not _compiled(rf"\b(?i:{nouns})\s+$").search(text, max(0, q.span.begin - 20), q.span.begin):
            return False
        named = _compiled(r"\s+").match(text, q.span.end)
        return named is not None and any(where.begin == named.end() for where, _ in
                                         self._place_mentions(named.end(), min(len(text), named.end() + 40)))

    def _numbers_a_name(self, q: Quantity) -> bool:
        """The '4' of 'Daerah Operasi 4 Semarang', 'Kantor Regional 5 Sumatera' numbers the name it stands in: a number of
        one or two digits between two capitalised words inside a sentence counts nothing."""
        text = self.doc.text
        if self._numbers_a_facility(q) or self._numbers_a_school(q):
            return True
        if q.unit != "count" or not text[q.span.begin:q.span.end].isdigit() or q.span.end - q.span.begin > 2:
            return False
        before = _compiled(r"(?:(?<=[A-Za-z,)] )|(?<=\())[A-Z][\w.-]* $").search(text, max(0, q.span.begin - 40), q.span.begin)
        after = _compiled(r" \(?([A-Z][\w-]*)").match(text, q.span.end)
        return before is not None and after is not None and (
            gazetteer.is_place(after.group(1)) or not self._counts_in_its_sentence(after.group(1), q))

    def _numbers_a_school(self, q: Quantity) -> bool:
        """'SDN 01 Sukamaju', 'SMPN 80', 'SD Harapan 1': a whole number of up to three digits right after a kind of
        school's short form (kg/data/indonesian.json school_short_forms), or after up to three capitalised words of the
        name that follows one, names the school."""
        written = self.doc.text[q.span.begin:q.span.end]
        if q.unit != "count" or not written.isdigit() or len(written) > 3:
            return False
        kinds = _alternation_of(self.words["school_short_forms"]["words"])
        return _compiled(rf"\b(?:{kinds})(?:\s+[A-Z][\w'-]*){{0,3}}\s+$").search(
            self.doc.text, max(0, q.span.begin - 60), q.span.begin) is not None

    def _states_a_norm(self, q: Quantity) -> bool:
        """'… karena batas maksimal adalah 20 persen', 'syarat minimal 90 persen': a figure right after words that state
        a rule's limit or requirement (kg/data/indonesian.json norm_markers; up to two words between) is the rule's."""
        markers = _alternation_of(self.words["norm_markers"]["words"])
        return _compiled(rf"\b(?i:{markers})\s+(?:[a-z]+\s+){{0,2}}$").search(
            self.doc.text, max(0, q.span.begin - 60), q.span.begin) is not None

    def _whole_hoped_for(self, q: Quantity) -> bool:
        """'Semoga tembus 100 persen', 'kami optimistis target 100 persen terpenuhi': a whole (100 percent)
        after a word of hope (kg/data/indonesian.json hope_words) in its sentence is a wish to meet a target in full,
        no figure anyone measured or set."""
        if q.unit != "percent" or q.value != 100:
            return False
        sent = self.doc.sentence_at(q.span.begin)
        return _said(self.words["hope_words"]["words"], self.doc.text[sent.begin:q.span.begin].lower())

    def _bounds_a_category(self, q: Quantity) -> bool:
        """'kategori baik dengan skor antara 65-75', '… kategori kurang jika di bawah 50 persen': in a sentence that
        names a category (kg/data/indonesian.json category_bounds), a figure right after a word that bounds it (a
        range's first figure may stand between), or a range the category is described with ('kategori A1 dengan
        pemakaian 0-10 meter kubik'), defines the category; it is no one's figure."""
        words = self.words["category_bounds"]
        sent = self.doc.sentence_at(q.span.begin)
        if not _said(words["categories"], self.doc.text[sent.begin:sent.end].lower()):
            return False
        bounds = _alternation_of(words["bounds"])
        if _compiled(rf"\b(?i:{bounds})\s+(?:[\d.,]+\s*[-–]\s*)?$").search(
                self.doc.text, max(sent.begin, q.span.begin - 40), q.span.begin) is not None:
            return True
        # 'kategori A1 dengan pemakaian 0-10 meter kubik': a range the category is described with (described_with)
        in_range = _compiled(r"[\d.,]+\s*[-–]\s*$").search(self.doc.text, max(sent.begin, q.span.begin - 20),
                                                          q.span.begin) is not None \
            or _compiled(r"\s*[-–]\s*\d").match(self.doc.text, q.span.end) is not None
        categories, described = _alternation_of(words["categories"]), _alternation_of(words["described_with"])
        return in_range and _compiled(rf"\b(?i:{categories})\s+\S+\s+(?:{described})\s+(?:[a-z]+\s+){{0,4}}"
                                      rf"(?:[\d.,]+\s*[-–]\s*)?$").search(
            self.doc.text, max(sent.begin, q.span.begin - 80), q.span.begin) is not None

    def _numbers_a_facility(self, q: Quantity) -> bool:
        """'GT Sukamaju 6', 'Dermaga 3', 'KM 57': a bare number of up to three digits after a word of a facility whose
        name may end with a number (kg/data/indonesian.json numbered_facility_words) and up to two capitalised words
        of its name is part of the name."""
        text = self.doc.text
        if q.unit != "count" or not text[q.span.begin:q.span.end].isdigit() or q.span.end - q.span.begin > 3:
            return False
        words = _alternation_of(self.words["numbered_facility_words"]["words"])
        return _compiled(rf"(?<![\w-])(?:{words})(?:\s*\([A-Z]{{2,5}}\))?(?:\s+[A-Z][\w-]*){{0,2}}\s+$").search(
            text, max(0, q.span.begin - 60), q.span.begin) is not None

    def _headline_repeats(self, q: Quantity, quantities: list[Quantity]) -> bool:
        """'Penumpang Bandara X Naik 20%' over a story that says '… naik 20 persen …': the headline's figure is the
        body's, written again; the body's sentence says what it is about."""
        end = self.doc.headline_end
        return q.span.end <= end and any(o.span.begin >= end and o.value == q.value and o.unit == q.unit
                                         for o in quantities)

    def _describes_an_item(self, q: Quantity) -> bool:
        """'buku 32 halaman sebanyak 400 eksemplar', 'paket 10 kilogram sejumlah 500 paket': a bare number and its noun
        before 'sebanyak' and the figure say what kind of item is counted; the figure after is the count ('di 8 desa
        sebanyak 1.200 jiwa' counts both: the villages are where)."""
        text = self.doc.text
        return q.unit == "count" and text[q.span.begin:q.span.end].isdigit() and _compiled(
            r"\s+[a-z]+\s+(?:sebanyak|sejumlah)\s+\d").match(text, q.span.end) is not None \
            and not _compiled(r"\b(?:di|ke|dari|pada|dalam|untuk)\s+$").search(text, max(0, q.span.begin - 8), q.span.begin)

    def _sizes_a_product(self, q: Quantity) -> bool:
        """'LPG 3 kg', 'tabung gas 12 kilogram', 'elpiji berukuran 12 kg': a weight in kilograms (the unit_nouns coded
        KGM) right after a product sold in sizes (kg/data/indonesian.json sized_product_nouns), or after a word of size
        (size_words) that follows it, names the product's size, not an amount of it ('LPG sebanyak 300 kg' is one)."""
        if q.unit != "count":
            return False
        products = _alternation_of(self.words["sized_product_nouns"])
        sizes = _alternation_of(self.words["size_words"])  # 'elpiji nonsubsidi ukuran 12 kg'
        text = self.doc.text
        return _compiled(rf"\b(?i:{products})(?:(?:\s+[a-z]+)?\s+(?i:{sizes}))?\s+$").search(
            text, max(0, q.span.begin - 40), q.span.begin) is not None and self._unit_code(q) == "KGM"

    def _names_a_rating(self, q: Quantity) -> bool:
        """'pelanggan daya 1.300 VA', 'golongan 2.200 VA': a number a rating unit follows (kg/data/indonesian.json
        rating_units) names a class of connection, not an amount of anything."""
        units = _alternation_of(self.words["rating_units"]["words"])
        return q.unit == "count" and _compiled(rf"\s*(?:{units})\b").match(self.doc.text, q.span.end) is not None

    def _counts_in_its_sentence(self, word: str, q: Quantity) -> bool:
        """'Jepang 7 WNA, Jerman 3 WNA': the capitalised word after the number follows another figure of the
        sentence too, so it is what they count, not a name the number stands in."""
        sent = self.doc.sentence_at(q.span.begin)
        counted = _compiled(rf"(?<![\w.,])\d[\d.,]*\s+{re.escape(word)}\b")
        return any(m.start() != q.span.begin for m in counted.finditer(self.doc.text, sent.begin, sent.end))

    def _numbered_area(self, where: Span) -> str | None:
        """'Kredit perbankan di wilayah IV Madiun tumbuh 6 persen': a place named after an area noun and a number
        (kg/data/indonesian.json) names the numbered area an institution divides the country into, which holds
        more than that city; the figure is the area's, a place of its own, one place however the number is
        written ('wilayah 4 Madiun')."""
        nouns = _alternation_of(self.words["numbered_region_words"])
        text = self.doc.text
        area = _compiled(rf"\b((?i:{nouns}))\s+([IVX]+|\d{{1,2}})\s+$").search(text, max(0, where.begin - 30), where.begin)
        if area is None:
            return None
        number = area.group(2)
        roman = number if not number.isdigit() else _roman(int(number))
        if not roman:
            return None
        name = text[where.begin:where.end]
        written = f"{area.group(1)} {number} {name}"
        return places.add_place(self.r, f"{area.group(1)} {roman} {name}", Span(area.start(), where.end), extra=(written,))

    def _widened_to_nation(self, subject: str, q: Quantity, sent) -> str:
        """'Kakanwil X menyebut jatah jemaah bagi Indonesia 230 ribu orang', '… 180 juta penduduk terdaftar di seluruh
        Indonesia': a figure its own clause gives the whole nation is not the regional office's that speaks of it. The
        nation named after a word of scope in the clause before the figure makes the figure the nation's; the clause's
        words of national scope (kg/data/indonesian.json), before the figure or after it up to a purpose clause, make
        it the body's the office belongs to."""
        entity = self._orgs_by_key().get(subject)
        if entity is None or entity.parent is None or not any(e.places for e in _lineage(entity)):
            return subject
        named = self._nation_named(q, sent)
        if named is not None and self._nation_as_scope(q, sent):
            return named
        after = self.doc.text[q.span.end:min(sent.end, q.span.end + 3 * LOOKAROUND)]
        after = after[:next((k for k, c in enumerate(after) if c in ",.;"), len(after))].lower()
        purpose = _compiled(rf"\b(?:{_alternation_of(self.words['purpose_words'])})\b").search(after)
        after = after[:purpose.start()] if purpose else after  # '… untuk mendukung program X di seluruh Indonesia'
        ranking = self.words["ranking_words"]
        ranked = _compiled(rf"\b(?:{_alternation_of(ranking['words'] + ranking['nouns'])})\b").search(after)
        after = after[:ranked.start()] if ranked else after  # '… Rp8 triliun, urutan kedua se-Indonesia': ranked
        # across the nation, not the nation's
        if self._national(q, sent) is not None or _said(self.words["national_scope_markers"], after):
            top = entity.top()
            return subject if top.places else top.key
        return subject

    def _nation_as_scope(self, q: Quantity, sent) -> bool:
        """'kuota haji untuk Indonesia', 'peserta di Indonesia': the nation's name in the figure's clause after a word
        that makes it the figure's scope (kg/data/indonesian.json nation_scope_words), not as a word of a name the
        article does not know ('Program Indonesia Pintar')."""
        words = _alternation_of(self.words["nation_scope_words"])
        nation = re.escape(self.words["nation"])
        return _compiled(rf"(?i:\b(?:{words}))[\s-]+{nation}\b(?!\s+[A-Z])").search(
            self.doc.text, self._lead_clause_start(q, sent), q.span.begin) is not None

    def _narrowed_to_unit(self, subject: str, sent, q: Quantity) -> str:
        """An organisation named alone in an article about one of its units means that unit: '2.000 peserta
        di Blitar', or 'PT Sinar mencatat …' after 'PT Sinar Kantor Wilayah Jambi' was introduced; unless the
        sentence says it speaks for the whole organisation ('secara nasional')."""
        sentence = self.doc.text[sent.begin:sent.end]
        units = [e for e in self._units_of(subject) if e.kind == "unit"]
        scope = self._scope_pattern()
        holds = LiteralFilter(sentence)
        for e in units:
            if any(holds.may_hold(n, ignore_case=True) and re.search(rf"(?<!\w)(?:{scope})\s*{re.escape(n)}\b", sentence, re.IGNORECASE)
                   for n in self._unit_place_names(e)):
                return e.key
            for pkey in e.places:
                place = self.r.places.get(pkey)
                if place and any(holds.may_hold(n, ignore_case=True) and re.search(rf"(?<!\w)(?:{scope})\s*{re.escape(n)}\b", sentence, re.IGNORECASE)
                                 for n in {place.name, *self.r.place_names.get(pkey, set())}):
                    return e.key
        # the scope a sentence sets ("Secara nasional, …") holds for the next one that goes on about it
        scope = sentence if sent.index == 0 else self.doc.text[self.doc.sentences[sent.index - 1].begin:sent.end]
        if len(units) == 1 and self._introduced_by(units[0], sent) and self._what_the_article_is_about(units[0]) \
                and not _said(self.words["national_scope_markers"], scope.lower()):
            return units[0].key
        return subject

    def _introduced_by(self, unit, sent) -> bool:
        """Whether the article has named the unit by this sentence, or names it in the sentences right after, which
        say whose figures these are ('Sampai Juni BPJS X sudah membayar klaim Rp5 miliar. Hal itu dikatakan Kepala BPJS X
        Cabang Y …')."""
        return self.doc.sentence_at(unit.span.begin).index <= sent.index + ATTRIBUTION_REACH

    def _what_the_article_is_about(self, unit) -> bool:
        """Whether the article is about the unit, not only names it ('ujian digelar di Kantor Regional II BKN
        Surabaya'): it names the unit in its first sentence, or someone holds an office in it."""
        return unit.span.begin < self.doc.sentences[0].end \
            or any(any(o.key == unit.key for o in p.orgs) for p in self.r.people)

    def _government_of_bureau(self, subject: str, sent) -> str:
        """'Kepala Biro Kesejahteraan Rakyat Pemprov X mengatakan beasiswa itu diterima 320 mahasiswa': a bureau of a
        government's secretariat (kg/data/indonesian.json) administers the programme the sentence, or the one before,
        speaks of; the programme and its figures are the government's. Only a bureau whose government the article
        names."""
        entity = self._orgs_by_key().get(subject)
        if entity is None or entity.org_type is None or entity.org_type.label_id not in self.words["secretariat_bureau_types"]:
            return subject
        government = entity.parent
        if government is None or government.org_type is None or not government.org_type.government_level:
            return subject
        first = self.doc.sentences[sent.index - 1].begin if sent.index > 0 else sent.begin
        if not any(first <= s.begin < sent.end for s, _ in self.program_mentions):
            return subject
        return government.key

    def _government_of_revenue_office(self, subject: str, sent, q: Quantity) -> str:
        """'"Realisasi PAD kita 71 persen," kata Kepala Bapenda Kota X' after 'Pemkab X mengejar target pendapatan':
        a region's revenue and budget are its government's, whichever of its finance offices (kg/data/indonesian.json
        regional_finance_offices) reports them, so a sum or a rate such an office gives is the government's where
        the article names that government (the one of the office's region, or the only one it names where the
        office's name gives no region: 'Kepala BPKD'). Where it names none, the region's budget or own revenue
        (named before the figure in its sentence: 'realisasi PAD', 'target APBD') is still the region's where the
        article writes it as the region's ('PAD Kabupaten X naik'); any other sum (a tax the office collected) is its
        own work, as the figures of any institution's own operations are. The budget a regional parliament or the
        government's budget team debates is the government's (the region's where the article names no government;
        `_region_of_budget_debated`). The office keeps what the
        sentence names as its own before the figure ('PAD Bapenda mencapai Rp3 miliar', 'Bapenda merealisasikan Rp4
        miliar'), but not what it only records ('BPKAD X mencatat serapan APBD 51 persen'), and counts (its staff,
        its taxpayers)."""
        entity = self._orgs_by_key().get(subject)
        if entity is None or q.unit == "count":
            return subject
        debated = self._region_of_budget_debated(entity, sent, q)
        if debated is not None:
            return self._government_of_region(debated)
        if not self._is_regional_finance_office(entity):
            return subject
        if any(e is entity and not in_title and not self._cited_as_source(s, sent.begin) and not self._records_it(s, q)
               for s, e, in_title in self._orgs_in(sent.begin, q.span.begin)):
            return subject
        named = self._government_named_for(entity)
        if named is not None:
            return named
        region = self._region_of_office(entity) if self._budget_named_before(sent, q) else None
        if region is None or not self._budget_written_as_the_regions(region, self._budget_as_a_whole()):
            return subject
        return self._government_of_region(region)

    def _budget_named_before(self, sent, q: Quantity) -> bool:
        """The figure's sentence names a region's budget or own revenue as a whole before it (kg/data/indonesian.json
        regional_budget_words but its regional_levies: 'APBD', 'PAD', 'pendapatan daerah')."""
        budget = _alternation_of(self._budget_as_a_whole())
        return _compiled(rf"\b(?i:{budget})\b").search(self.doc.text, sent.begin, q.span.begin) is not None

    def _budget_as_a_whole(self) -> list[str]:
        """The words for a region's budget or own revenue as a whole, not one of the levies its office collects."""
        levies = set(self.words["regional_levies"]["words"])
        return [w for w in self.words["regional_budget_words"] if w not in levies]

    def _budget_written_as_the_regions(self, region: str, words: list[str], begin: int = 0,
                                       end: int | None = None) -> bool:
        """The text (from `begin` to `end`, else all of it) writes a budget word of `words` as the region's: 'APBD
        Provinsi X', 'PAD (pendapatan asli daerah) di Kabupaten X'; not inside an office's own name ('Badan Pendapatan
        Daerah Kabupaten X')."""
        budget = _alternation_of(words)
        names = _alternation_of({self.r.places[region].name, *self.r.place_names.get(region, set())})
        pattern = _compiled(rf"\b(?i:{budget})(?:\s*\([^()]*\))?\s+(?:di\s+)?(?:{names})\b")
        written = pattern.finditer(self.doc.text, begin, len(self.doc.text) if end is None else end)
        return any(not self._index("org_mentions").containing(Span(m.start(), m.start() + 1)) for m in written)

    def _region_of_office(self, office) -> str | None:
        """The region whose office this is: the one its name gives, else the only province, regency or city the
        article names ('Kepala BPKD' in a story of one regency)."""
        if office.places:
            return office.places[0]
        regions = [k for k, p in self.r.places.items() if p.kind in ("province", "regency", "city")]
        return regions[0] if len(regions) == 1 else None

    def _government_named_for(self, office) -> str | None:
        """The key of the regional government an office of a region works for, where the article names it: the
        government of the office's region, or, for an office whose name gives no region, the only one named."""
        governments = [e for e in self.r.orgs if e.kind == "government"]
        if office.places:
            governments = [e for e in governments if office.places[0] in e.places]
        return governments[0].key if len(governments) == 1 or (governments and office.places) else None

    def _region_of_budget_debated(self, entity, sent, q: Quantity) -> str | None:
        """'DPRD Kota X mengesahkan APBD 2024 sebesar Rp3 triliun', 'Belanja daerah naik menjadi Rp3 triliun' after it,
        'Banggar dan TAPD menyepakati belanja daerah naik Rp12 miliar': a sum of a region's budget
        (kg/data/indonesian.json regional_budget_words, in this sentence or the one before; a rate only in its own
        sentence) with a body that drafts or passes it in focus (budget_debating_bodies: a parliament or a unit of
        one, the government's budget team) is the budget's, so the region of that body, whose government owns the
        budget. The budget must be named after the body where the sentence names the body ('anggaran DPRD Rp5
        miliar dari APBD' is the parliament's own). None for any other body."""
        bodies = self.words["budget_debating_bodies"]
        lineage = list(_lineage(entity))
        kinds = {str(e.org_type.iri).split("/")[-1] for e in lineage if e.org_type is not None}
        if not (kinds & set(bodies["types"]) or any(
                name.startswith(opener) for name in entity.names for opener in bodies["name_openers"])):
            return None
        region = next((e.places[0] for e in lineage if e.places), None)
        if region is None:
            return None
        begin = sent.begin if q.unit == "percent" else self.doc.sentences[max(0, sent.index - 1)].begin
        named = [s for s, e, in_title in self._orgs_in(sent.begin, q.span.begin) if e is entity and not in_title]
        if named:
            begin = max(begin, named[-1].end)
        budget = _alternation_of(self.words["regional_budget_words"])
        return region if _compiled(rf"\b(?i:{budget})\b").search(self.doc.text, begin, q.span.begin) else None

    def _is_regional_finance_office(self, entity) -> bool:
        """'Badan Pengelolaan Keuangan dan Aset Daerah', 'Bapenda': a region's revenue or finance office, by the words
        of its name or its short form."""
        offices = self.words["regional_finance_offices"]
        for name in entity.names + list(entity.acronyms):
            words = name.split()
            if words[0] in offices["short_forms"] or (
                    words[0] == offices["head_word"] and offices["regional_word"] in words
                    and any(w in offices["field_words"] for w in words)):
                return True
        return False

    def _unit_place_names(self, unit) -> set[str]:
        """Names of places a unit's own name ends with ('Kantor Cabang Utama Jawa Tengah' -> 'Jawa Tengah')."""
        names = self._place_name_index()[1]  # every name of every place, as keys
        cache = self.__dict__.setdefault("_unit_places", {})
        key = (len(names), tuple(unit.names))
        if key not in cache:
            cache[key] = {n for n in names for own in unit.names if own.endswith(" " + n)}
        return cache[key]

    def _owner_after(self, q: Quantity, sent) -> str | None:
        """'900 ASN Pemkot Blitar', '300 pegawai Dinas Sosial': a noun then an organisation owns the figure."""
        for s, e, in_title in self._orgs_in(q.span.end + 1, min(sent.end, q.span.end + OWNER_REACH)):
            if in_title or e.kind == "publisher":
                continue
            between = self.doc.text[q.span.end:s.begin].strip().split()
            if 1 <= len(between) <= 2 and between[0].lower() in self.words["member_nouns"] \
                    and all(w.isalpha() for w in between):
                return e.key
        return None

    def _body_of_each_member(self, q: Quantity, sent) -> str | None:
        """'… membahas bantuan bersama anggota DPRD X. … masing-masing anggota menyumbang Rp25 juta': what each
        member of a body gives or gets (kg/data/indonesian.json) is the body's figure, the body whose members a
        sentence shortly before named ('anggota DPRD X'), whoever reports it."""
        nouns = _alternation_of(self.words["body_member_nouns"])
        lead = self.doc.text[max(sent.begin, q.span.begin - RATE_REACH):q.span.begin]
        each = _compiled(rf"\b(?i:masing-masing|setiap|tiap)\s+((?i:{nouns}))\b(?!\s+[A-Z])").search(lead)
        if each is None or self._orgs_in(q.span.begin - len(lead) + each.end(), q.span.begin):
            return None
        noun = each.group(1).lower()
        first = self.doc.sentences[max(0, sent.index - RESTATE_REACH)].begin
        bodies = [e for s, e, in_title in self._orgs_in(first, sent.begin) if not in_title and e.kind != "publisher"
                  and self.doc.text[max(0, s.begin - len(noun) - 1):s.begin].lower() == noun + " "]
        return bodies[-1].key if bodies else None

    def _sentence_subject(self, sent) -> str | None:
        """Whom the sentence is about, for the figures after it that name no one: its first organisation that is
        not an object ('dikirim ke BPS', 'melalui Bank X dokumen dikirim': what passes through a body says nothing of
        whose figures follow), else its first person's, else the organisation of the person a pronoun stands for."""
        end = self._guests_listed_from(sent)
        orgs = [(s, e) for s, e, in_title in self._orgs_in(sent.begin, end) if not in_title and e.kind != "publisher"]
        orgs += self._org_anaphors(sent.begin, end)
        subjects = [o for o in orgs if (not self._object_of_preposition(o[0], sent.begin, instruments=True)
                                        or self._cited_as_source(o[0], sent.begin))
                    and not self._in_an_events_name(o[0], sent.begin) and not self._a_former_post(o[0], sent.begin)]
        if subjects:
            return sorted(subjects, key=lambda x: x[0].begin)[0][1].key
        people = [(s, p) for s, p, how in self._people_in(sent.begin, end)]
        if people:
            return self._person_org(people[0][1])
        pronoun = self._pronoun_subject(sent.begin, sent.end)
        return self._person_org(pronoun) if pronoun else None

    def _a_former_post(self, mention: Span, begin: int) -> bool:
        """'kata mantan Kepala Kantor X ini': a body named in a post its holder held before (kg/data/indonesian.json
        former_markers, then up to four words of the title) is no body the sentence is about."""
        markers = _alternation_of(self.words["former_markers"])
        return _compiled(rf"\b(?i:{markers})\s+(?:[A-Z][\w.]*\s+){{1,4}}$").search(
            self.doc.text, max(begin, mention.begin - 60), mention.begin) is not None

    def _in_an_events_name(self, mention: Span, begin: int) -> bool:
        """'pada acara Workshop Perencanaan Kerja Tim Percepatan X': a body named inside the capitalised name of an
        event (after a word of kg/data/indonesian.json event_nouns) is part of the event's name, and so is its short
        form in brackets right after it."""
        nouns = _alternation_of(self.words["event_nouns"]["words"])
        return _compiled(rf"\b(?i:{nouns})\s+(?:[A-Z][\w/-]*\s+|(?:dan|&)\s+){{1,14}}\(?$").search(
            self.doc.text, max(begin, mention.begin - 160), mention.begin) is not None

    def _guests_listed_from(self, sent) -> int:
        """Where the sentence begins to list who attended or came along ('Acara itu juga dihadiri Kepala X dan Manajer
        Bank Y'; kg/data/indonesian.json attendance_words), or its end: the guests are no one the sentence is about."""
        words = _alternation_of(self.words["attendance_words"]["words"])
        guests = _compiled(rf"\b(?i:{words})\b").search(self.doc.text, sent.begin, sent.end)
        return guests.start() if guests else sent.end

    def _attributed_after(self, sent) -> str | None:
        """'Hingga Mei tercatat 350 pasien. Hal itu disampaikan Kepala Humas RSUD X, Budi.': figures that nothing
        before them attributes are whose a sentence soon after says conveyed them, where it opens with such words
        (a noun that points back, a demonstrative, a passive verb of saying; kg/data/indonesian.json
        attribution_nouns, reference_demonstratives, speech_verbs_passive): that sentence's organisation or person.
        The sentences between name no one (they go on with the same figures)."""
        nouns, pointing = _alternation_of(self.words["attribution_nouns"]), self._demonstratives()
        verbs = _alternation_of(self.words["speech_verbs_passive"])
        opening = _compiled(rf"\s*(?i:{nouns})\s+(?:{pointing})\s+(?:{verbs})\b")
        for after in self.doc.sentences[sent.index + 1:sent.index + 1 + ATTRIBUTION_REACH]:
            if opening.match(self.doc.text, after.begin):
                return self._sentence_subject(after)
            if self._orgs_in(after.begin, after.end) or self._people_in(after.begin, after.end):
                return None
        return None

    def _cited_as_source(self, mention: Span, begin: int) -> bool:
        """'Data dari BPS X menunjukkan …': a body after a word that cites data (kg/data/indonesian.json
        source_data_cues) is whose figures follow, not an object."""
        cues = _alternation_of(self.words["source_data_cues"])
        return _compiled(rf"\b(?i:{cues})\s+$").search(self.doc.text, max(begin, mention.begin - 30), mention.begin) is not None

    def _person_org(self, person) -> str | None:
        return person.orgs[0].key if person and person.orgs else None

    def _pronoun_subject(self, begin: int, end: int):
        m = self._pronoun_re().search(self.doc.text[begin:end])
        if m:
            return people.speaker_before(self.r, begin + m.start())
        return None

    def _in_a_speech_tag(self, mention: Span) -> bool:
        """', lanjut Rudi, pemilih terbanyak dari Kabupaten X …': a person named between commas right after a speech
        verb (kg/data/indonesian.json speech_verbs_after) only says who speaks; the clause has its own topic."""
        verbs = _alternation_of(self.words["speech_verbs_after"])
        text = self.doc.text
        tagged = _compiled(rf",\s*(?i:{verbs})(?:nya)?\s+$").search(text, max(0, mention.begin - 20), mention.begin)
        return tagged is not None and _compiled(r"\s*,").match(text, mention.end) is not None

    def _speech_tag_before(self, offset: int) -> bool:
        """'kata dia', 'ujarnya': a speech word (kg/data/indonesian.json speech_source_words) right before `offset`."""
        tags = _alternation_of(self.words["speech_source_words"])
        return _compiled(rf"\b(?i:{tags})\s+$").search(self.doc.text, max(0, offset - 12), offset) is not None

    def _pronoun_re(self) -> re.Pattern:
        if "_pronoun" not in self.__dict__:
            pronouns = "|".join(f"{w}|{w.capitalize()}" for w in map(re.escape, self.words["pronouns_person"]))
            self._pronoun = re.compile(rf"(?:^|\b)(?:{pronouns})\b")
        return self._pronoun

    def _anaphor_patterns(self) -> list:
        """Each anaphor of an organisation or unit type that the article's text may hold, longest first, with its
        compiled pattern. The patterns are made once per lexicon; the text is asked once per article which
        anaphors it may hold, so that each window (several per figure) is asked only about those."""
        if "_anaphors" not in self.__dict__:
            holds = LiteralFilter(self.doc.text)
            self._anaphors = [entry for entry in per_lexicon("anaphor-patterns", self.lex, _anaphor_patterns)
                              if holds.may_hold(entry[0][1:] or entry[0], entry[4])]  # a capital may open it
        return self._anaphors

    def _org_anaphors(self, begin: int, end: int) -> list:
        """'perusahaan itu', 'badan tersebut', 'kantor cabang itu', 'pemerintah kota': the last such organisation."""
        text = self.doc.text
        found = []
        window = text[begin:end]
        holds = LiteralFilter(window)
        for anaphor, kind, what, pattern, ignore_case in self._anaphor_patterns():
            if not holds.may_hold(anaphor[1:] or anaphor, ignore_case):  # the first letter may be a capital
                continue
            for m in pattern.finditer(window):
                demonstrative = m.group().split()[-1] in self.words["reference_demonstratives"]
                if not demonstrative and what == "org" and not kind.government_level and anaphor not in self.words["bare_anaphors"]:
                    continue
                if m.start() > 0 and text[begin + m.start() - 1:begin + m.start()].isalpha():
                    continue
                if text[begin + m.start()].isupper() and m.start() > 0 and not (what == "org" and kind.government_level):
                    continue
                span = Span(begin + m.start(), begin + m.end())
                if any(span.overlaps(f[0]) for f in found) or self._index("org_mentions").overlapping(span):
                    continue
                target = self._last_org_of(kind, what, span.begin)
                if target is not None:
                    found.append((span, target))
        return found

    def _last_org_of(self, kind, what: str, before: int):
        """The organisation of this type mentioned last (in the state's order) before the offset."""
        begins, latest = self._mentions_of_type(kind, what)
        at = bisect_left(begins, before)
        return self.r.org_mentions[latest[at - 1]][1] if at else None

    def _mentions_of_type(self, kind, what: str) -> tuple[list[int], list[int]]:
        """Where the mentions of organisations of one type begin, sorted, and for each prefix of them the
        largest position in the state's list: the answer of `_last_org_of` without scanning every mention."""
        cache = self.__dict__.setdefault("_by_type", {})
        key = (what, kind.iri, len(self.r.org_mentions))
        if key not in cache:
            found = sorted((s.begin, i) for i, (s, e, _) in enumerate(self.r.org_mentions) if _of_type(e, kind, what))
            latest, best = [], -1
            for _, i in found:
                best = max(best, i)
                latest.append(best)
            cache[key] = ([b for b, _ in found], latest)
        return cache[key]

    # ------------------------------------------------------------ period
    def _is_change(self, q: Quantity) -> bool:
        q = self._whole_range(q)
        before = self.doc.text[max(0, q.span.begin - CUE_REACH):q.span.begin].lower()
        return bool(per_lexicon("change-cue", self.lex, _change_cue_pattern).search(before))

    def _period(self, q: Quantity, sent_periods: list[Period], carried: Period | None, change: bool) -> Period | None:
        q = self._whole_range(q)
        # "inflasi April 3 persen, turun dari bulan sebelumnya 4 persen": the month before is the later figure's
        # "1,2 juta penumpang, tumbuh 14 persen dibandingkan Maret 2023 (sebanyak 1,05 juta)": the period compared with
        # dates the figures after it, not those before
        candidates = [p for p in sent_periods if not (change and (p.baseline or p.relation))
                      and not (p.relation == "previous-month" and p.span.begin > q.span.begin)
                      and not (p.baseline and p.span.begin > q.span.end)]
        if candidates:
            p = self._period_linked_before(q, candidates) or min(candidates, key=lambda p: (
                self._another_figure_between(p.span, q.span), self._clause_between(p.span, q.span),
                _distance(p.span, q.span)))
            if p.relation == "unresolved":
                return None  # its own period is one the text does not date: not the sentence before's
            if p.relation == "same":
                return carried
            # the sentence's own period before it is what 'the same period' and 'the month before' are reckoned from
            named = [x for x in sent_periods if not x.relation and not x.baseline and x.span.end <= p.span.begin]
            base = named[-1] if named else carried
            if p.relation == "same-last-year":  # dated a year before its base, labelled by its own words
                return replace(_shift_year(base, -1), span=p.span, label=p.label) if base else None
            if p.relation == "previous-month":
                return _previous_month(base) if base else None
            return p
        if carried:
            return carried
        if self.r.published:
            d = self.r.published
            return Period(Span(0, 0), d, d, "", False, "published")
        return None

    def _another_figure_between(self, a: Span, b: Span) -> bool:
        """Whether another figure stands between two spans: 'Rp5 miliar, naik dari Rp4 miliar pada Maret 2023' dates
        the figure the period follows, not the one before it."""
        return self._figure_between(a.end, b.begin) if a.end <= b.begin else self._figure_between(b.end, a.begin)

    def _clause_between(self, a: Span, b: Span) -> bool:
        """Whether a comma, a semicolon or a word that joins clauses (kg/data/indonesian.json coordinators) stands
        between two spans: '1.200 orang pada 2023 dan 1.500 orang pada 2024' dates the second figure by the period
        after it, on its side of the 'dan', though the one before is fewer letters away."""
        begin, end = (a.end, b.begin) if a.end <= b.begin else (b.end, a.begin)
        between = self.doc.text[begin:end]
        words = _alternation_of(self.words["coordinators"])
        return bool(_compiled(rf"[,;]|\b(?i:{words})\b").search(between))

    def _period_linked_before(self, q: Quantity, candidates: list[Period]) -> Period | None:
        """'pada 2022 sebanyak 410 kasus, pada 2023 tercatat 380 kasus': a period that a figure's linking word
        joins to the figure right after it (kg/data/indonesian.json figure_links, period_figure_links) dates that
        figure, though the next figure's period, after it, is nearer."""
        links = _alternation_of(self.words["figure_links"] + self.words["period_figure_links"]["words"])
        linked = _compiled(rf"\s*,?\s*(?:(?i:{links})\s*)?")
        before = [p for p in candidates if p.span.end <= q.span.begin and not p.relation
                  and linked.fullmatch(self.doc.text, p.span.end, q.span.begin)]
        return before[-1] if before else None

    # ------------------------------------------------------------ the metric
    def _metric(self, q: Quantity, subject: str, subject_kind: str, period: Period | None, change: bool, so_far: list[Metric], sent) -> Metric:
        text = self.doc.text
        unit_code = ""
        if q.unit == "percent":
            unit_code = "P1"
        elif q.unit == "count":
            unit_code = self._unit_code(q)
        qualifier = self._qualifier(q)
        indicator_label, indicator = self._indicator(q, sent, change)
        # 'ditargetkan turun menjadi 6 persen dari 7,2 persen', '… naik 13 persen dibanding semester yang sama tahun
        # lalu, yaitu Rp59 miliar': the value a change comes from is what was, no target and no part of the figure
        baseline = self._baseline_of_the_figure_before(q, sent, so_far) is not None
        is_target = self._is_target(sent) and not self._reached_against_target(q, sent) and not baseline
        change_of = self._changed_metric(q, sent, so_far) if change else None
        part_of = None if baseline else self._total_for(q, sent, so_far)
        label = period.label if period else ""
        return Metric(span=self._evidence(q, sent), value=Decimal(format(q.value.normalize(), 'f')),
                      unit=q.unit, unit_code=unit_code, subject=subject, subject_kind=subject_kind,
                      indicator_label=indicator_label, indicator=indicator,
                      period_start=period.start if period else None, period_end=period.end if period else None,
                      period_label=label, qualifier=qualifier, is_target=is_target, change_of=change_of, part_of=part_of,
                      rule=f"metric.{q.rule.split('.')[-1]}")

    def _unit_code(self, q: Quantity) -> str:
        """UN/CEFACT code of what a count counts: 'ton' TNE, 'MW' MAW, 'penumpang' IE (a person), else C62 (one)."""
        after = self.doc.text[q.span.end:q.span.end + LOOKAROUND]
        if q.rule == "number.range-lower":  # '4-5 meter': the measure follows the upper bound
            after = re.sub(r"^\s?[-–]\s?[\d.,]+", "", after)
        for code, pattern in per_lexicon("unit-nouns", self.lex, _unit_noun_patterns):
            if pattern.match(after):
                return code
        lowered = after.lower()
        if any(p.match(lowered) for p in per_lexicon("person-nouns", self.lex, _person_noun_patterns)):
            return "IE"
        return "C62"

    def _evidence(self, q: Quantity, sent) -> Span:
        """The sentence that states the figure: its subject and period are read from it."""
        return Span(sent.begin, sent.end)

    def _qualifier(self, q: Quantity) -> str:
        """'lebih dari', 'sekitar' … just before the figure (kg/lexicon); the bounds of a range ('5,1-5,7 persen')
        are its least and its most; a round figure ('300-an ribu') is approximate."""
        bound = {"number.range-lower": "at_least", "number.range-upper": "at_most"}.get(q.rule)
        if bound:
            return bound
        suffixes = _alternation_of(self.words["approximate_number_suffixes"])
        if _compiled(rf"\d(?:{suffixes})(?!\w)").search(self.doc.text, q.span.begin, q.span.end):
            return "approx"  # "300-an ribu": a round figure
        scale_suffixes = _alternation_of(self.words["approximate_scale_suffixes"]["suffixes"])
        if _compiled(rf"\d.*[a-z](?:{scale_suffixes})$").search(self.doc.text, q.span.begin, q.span.end):
            return "approx"  # "Rp 127 miliaran": some 127 billion (not 'sembilan', whose end is no suffix)
        before = self.doc.text[max(0, q.span.begin - QUALIFIER_REACH):q.span.begin].lower()
        for qual in self.lex.qualifiers:
            for form in qual.forms:
                if form.lower() in before and re.search(rf"\b{re.escape(form.lower())}\s*$", before):
                    return qual.key
        return "exact"

    def _whole_range(self, q: Quantity) -> Quantity:
        """'tumbuh 4,5-5,3 persen pada 2025', 'mencapai 9-10 juta ton': each bound of a range is read, for what it
        counts, its period and whether it is a change, as the whole range from its first digit to its unit."""
        if q.rule not in ("number.range-lower", "number.range-upper"):
            return q
        at = next(k for k, x in enumerate(self.quantities) if x.span == q.span)
        lower = q if q.rule == "number.range-lower" else self.quantities[at - 1] if at else q
        upper = q if q.rule == "number.range-upper" else self.quantities[at + 1] if at + 1 < len(self.quantities) else q
        return replace(q, span=Span(lower.span.begin, upper.span.end))

    def _indicator(self, q: Quantity, sent, change: bool):
        text = self.doc.text
        q = self._whole_range(q)
        if change:
            up = any(re.search(rf"\b{re.escape(c)}\b", text[max(0, q.span.begin - CUE_REACH):q.span.begin].lower()) for c in self.words["change_up"])
            concept = next(c for c in self.lex.indicators if c.label_id == ("pertumbuhan" if up else "penurunan"))
            return concept.label_id, concept.iri
        clause_start = max(sent.begin, text.rfind(",", sent.begin, q.span.begin) + 1)
        change_words = {w.lower() for w in self.words["change_up"] + self.words["change_down"]}
        after = text[q.span.end:min(sent.end, q.span.end + LOOKAROUND)].lower()

        def nearest_before(begin: int):
            window = text[begin:q.span.begin].lower()
            best = None
            for concept, form, lowered, pattern in per_lexicon("indicator-forms", self.lex, _indicator_forms):
                if lowered not in window:
                    continue
                for m in pattern.finditer(window):
                    if best is None or (m.end(), len(form)) > best[0]:
                        best = ((m.end(), len(form)), concept)
            return best[1] if best else None

        def right_after():
            found = [(len(f), c) for c in self.lex.indicators for f in c.forms
                     if f.lower() not in change_words and f.lower() in after and _compiled(rf"\s*{re.escape(f.lower())}\b").match(after)]
            return max(found, key=lambda x: x[0])[1] if found else None

        # the figure's own phrase, then the noun right after it: the lexicon's, else the thing it counts ('dengan 15
        # tersangka', 'sebanyak 5 pasien' after 'kasus'); then the clause, then the rest of the sentence
        concept = nearest_before(self._own_phrase_start(q, sent)) or right_after()
        counted = None if concept is not None else self._counted_noun_after(q, after)
        if counted is not None:
            return counted, None
        concept = concept or nearest_before(clause_start) or nearest_before(sent.begin)
        if concept is not None:
            return concept.label_id, concept.iri
        currency = _compiled(rf"\s*\(?(?:{_alternation_of(self.words['currency_names'])})\b\)?").match(after)
        m = re.match(r"\s*([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)", after[currency.end():] if currency else after)
        return self._minted_label(m.group(1).split() if m else []), None  # '5 juta dolar AS' counts no 'dolar'

    def _own_phrase_start(self, q: Quantity, sent) -> int:
        """Where the words that lead to the figure begin: its clause, less the word that names what the figure before
        it counts ('12 kasus narkoba dengan 15 tersangka': 'kasus' is the 12's)."""
        begin = self._lead_clause_start(q, sent)
        if begin != self._figure_end_before(q.span.begin):
            return begin
        word = _compiled(r"\s*[^\W\d]+").match(self.doc.text, begin, q.span.begin)
        return word.end() if word else begin

    def _counted_noun_after(self, q: Quantity, after: str) -> str | None:
        """'15 tersangka', '5 pasien yang meninggal': the lower-case noun right after a count names what it counts,
        not a word of the lexicon's indicators earlier in the clause ('12 kasus narkoba dengan 15 tersangka'); after a
        counter ('orang', 'butir': kg/data/indonesian.json counter_words), the noun after it. Not a measure, a function
        word, or a verb (kg/data/indonesian.json verb_prefixes: 'me-', 'ber-', 'di-')."""
        if q.unit != "count":
            return None
        words = _compiled(r"\s*([a-z][a-z-]{3,}(?:\s+[a-z][a-z-]+){0,2})").match(after)
        words = words.group(1).split() if words else []
        if words and words[0] in self.words["counter_words"]:  # '3.400 butir ekstasi', '15 orang tersangka'
            words = words[1:]
            if words and words[0].startswith("ter"):
                return None  # '214.600 jiwa terdaftar': what is said of them, not what they are
        words = words[:2]
        measures = {n.lower() for n in self.words["unit_nouns"]} | set(self.words["counter_words"])
        stops = per_lexicon("label-stops", self.lex, _label_stops)
        if not words or len(words[0]) < 4 or words[0] in measures or words[0] in stops or words[0].endswith("nya") \
                or words[0].startswith(tuple(self.words["verb_prefixes"])):
            return None
        return self._minted_label(words)

    def _minted_label(self, words: list[str]) -> str:
        """The one or two words after a figure no indicator of the lexicon names, as its label: never a function word,
        a currency or a word that names nothing counted (kg/data/indonesian.json label_stop_words: 'menjadi', 'itu')
        at either end ('pemilih untuk' is 'pemilih'), and 'nilai' where nothing is left."""
        stops = per_lexicon("label-stops", self.lex, _label_stops)
        while words and words[-1] in stops:
            words = words[:-1]
        return " ".join(words) if words and words[0] not in stops else "nilai"

    def _changed_metric(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        """'… Rp200 miliar. Jumlah itu naik 5 persen': the figure a change is about is the one before it in
        its sentence, or the last one of the previous sentence when this one refers back ('Jumlah itu')."""
        same = [k for k, m in enumerate(so_far) if m.span.begin == sent.begin and m.unit != "percent"]
        if same:
            return same[-1]
        opening = self.doc.text[sent.begin:q.span.begin].lower()
        about = [k for k, m in enumerate(so_far) if m.span.end <= sent.begin and m.indicator_label
                 and re.search(rf"\b{re.escape(m.indicator_label.lower())}\b", opening)]
        if about:  # "Laba naik 4 persen": the last figure of the same indicator
            return about[-1]
        if re.match(rf"\s*(?:jumlah|angka|nilai|capaian|realisasi|total|posisi)\s+(?:{self._demonstratives()})\b", opening) and so_far:
            previous = [k for k, m in enumerate(so_far) if m.span.end <= sent.begin]
            return previous[-1] if previous else None
        return None

    def _total_for(self, q: Quantity, sent, so_far: list[Metric]) -> int | None:
        broken_down = self._broken_down_total(q, sent, so_far)
        return broken_down[0] if broken_down else None


def _government_agency_head_words(lex: Lexicon) -> frozenset[str]:
    """The words that open the names of government agencies ('Kementerian', 'Dinas', 'Badan'), from the lexicon."""
    return frozenset(w.split()[0] for t in lex.org_types if t.cls == BKG.GovernmentAgency for w in t.head_words)


def _lineage(entity):
    """The organisation and the ones it is part of, nearest first."""
    while entity is not None:
        yield entity
        entity = entity.parent


# the subject steps that found the figure's subject in who says it, not in a body its sentence names (a body it names
# only as the source of its data is no holder either)
SPEAKERS_STEPS = (None, "quote_speaker", "person", "pronoun")


# the subject steps that made a figure a statistic of a region, or passed a region's statistic on to the next figure
STATISTIC_STEPS = ("statistic:marked", "statistic_goes_on", "region_pointed_back", "market_price", "inherited:")


def _said(words, text: str, possessive: bool = False) -> bool:
    """Whether any of the words stands as a word in the (lowercased) text; with `possessive`, also with the
    possessive suffix ('pegawainya', 'binaannya')."""
    suffix = "(?:nya)?" if possessive else ""
    return any(w.lower() in text and re.search(rf"\b{re.escape(w.lower())}{suffix}\b", text) for w in words)


def _label_stops(lex) -> frozenset[str]:
    """The words a minted label neither opens nor ends on: function words, kg/data/indonesian.json label_stop_words,
    baseline cues and the currency markers in lower case."""
    w = lex.words
    return frozenset(w["function_words"]) | frozenset(w["label_stop_words"]) | frozenset(w["baseline_cues"]) \
        | {c.lower().rstrip(".") for c in w["currency_markers"]}


_alternation_of = alternation  # the lexicon's one helper, under the name this module reads it by


def _distance(a: Span, b: Span) -> int:
    if a.end <= b.begin:
        return b.begin - a.end
    if b.end <= a.begin:
        return a.begin - b.end
    return 0


def _roman(n: int) -> str:
    """1 -> 'I', 14 -> 'XIV': the number of a numbered area as it is usually written; '' beyond 39."""
    if not 0 < n < 40:
        return ""
    tens, units = divmod(n, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


def _previous_month(p: Period) -> Period:
    end = p.end.replace(day=1) - timedelta(days=1)
    return Period(p.span, end.replace(day=1), end, p.label, True, "")


def _shift_year(p: Period, years: int) -> Period:
    def shift(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:
            return d.replace(year=d.year + years, day=28)
    return Period(p.span, shift(p.start), shift(p.end), p.label, True, "")
