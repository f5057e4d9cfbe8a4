"""From mentions to facts: merge mentions of one thing into one entity, resolve later mentions
(first names, acronyms, pronouns, titles such as "Dirut BPJS itu") and attach figures and quotations
to who they are about. Salience is simple and explicit: the subject of the nearest sentence wins."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache


from kg import gazetteer, quotations
from kg.document import ClaimedText, Document, Span, SpanIndex
from kg.extract import simple
from kg.extract.dates import published_date
from kg.extract.mentions import OrgMention, RoleMention, SimpleMention
from kg.extract.names import abbreviates, company_core, looks_abbreviated, scan, strip_region, title_references
from kg.facts import (ArticleFacts, Legislation, Membership, Metric, Organization, Person, Place, Program, Quotation)
from kg.lexicon import Lexicon, load
from kg.vocab import BKG, ORG, SCHEMA

LEVEL_WORD = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota", "kecamatan": "Kecamatan", "kelurahan": "Kelurahan"}
KIND_OF_LEVEL = {"provinsi": "province", "kabupaten": "regency", "kota": "city", "kecamatan": "district", "kelurahan": "village"}
SUB_REGENCY_LEVELS = {"kecamatan", "kelurahan"}  # named "Kecamatan X", not "Pemerintah Kecamatan X"


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


@lru_cache(maxsize=65536)  # asked about the same names again and again in a long article
def norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()


@dataclass
class OrgEntity:
    key: str
    names: list[str]
    kind: str
    span: Span
    rule: str
    org_type: object = None
    unit_type: object = None
    parent: "OrgEntity | None" = None
    places: list[str] = field(default_factory=list)  # place keys
    mentions: list[Span] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    level: str | None = None
    region_named: bool = False  # its own name ends with its region ("Dinas Kesehatan Kota Malang")

    @property
    def name(self) -> str:
        return self.names[0]

    def top(self) -> "OrgEntity":
        return self.parent.top() if self.parent else self


@dataclass
class PersonEntity:
    key: str
    name: str
    aliases: list[str]
    span: Span
    rule: str
    orgs: list[OrgEntity] = field(default_factory=list)


class Resolver:
    def __init__(self, text: str, lex: Lexicon | None = None):
        self.doc = Document(text)
        self.lex = lex or load()
        self.text = text
        self.places: dict[str, Place] = {}
        self.place_names: dict[str, set[str]] = {}
        self.orgs: list[OrgEntity] = []
        self.people: list[PersonEntity] = []
        self.person_mentions: list[tuple[Span, PersonEntity, str]] = []  # (span, person, how)
        self.org_mentions: list[tuple[Span, OrgEntity, bool]] = []  # (span, org, in_title)
        self.program_spans: dict[str, tuple[Span, ...]] = {}

    # ================================================================ the whole article
    def run(self) -> ArticleFacts:
        doc, lex = self.doc, self.lex
        self.published, pub_span = published_date(doc)
        self.dateline = simple.dateline(doc, lex)
        laws = simple.legislation(doc, lex)
        law_spans = [l.span for l in laws]
        protected = list(law_spans)
        if self.dateline:
            protected.append(Span(self.dateline.span.begin, self.dateline.span.end))
        names = scan(doc, lex, law_spans)
        self._places(names, law_spans)
        self._organizations(names)
        self._people(names)
        self._memberships(names)
        self.title_refs = title_references(doc, lex, law_spans)
        self._person_references()
        quotes = self._quotations(names)
        name_spans = [o.span for o in names.orgs] + [r.span for r in names.roles]
        programs = self._programs(names, law_spans + name_spans, quotes)
        excluded = law_spans + ([pub_span] if pub_span else []) + ([self.dateline.span] if self.dateline else [])
        metrics = self._metrics(excluded, programs)
        publisher = self._publisher()
        orgs = self._org_facts()
        legislation = self._legislation(laws)
        return ArticleFacts(
            text=self.text, published=self.published, publisher=publisher,
            dateline_place=self._place_key(self.dateline.place.name) if self.dateline and self.dateline.place else None,
            places=self._place_facts(),
            organizations=orgs, people=tuple(self._person_facts()), programs=tuple(programs),
            legislation=tuple(legislation), memberships=tuple(self._membership_facts()), metrics=tuple(metrics),
            quotations=tuple(q for q in quotes if q is not None))

    # ================================================================ places
    def _place_key(self, name: str, prefer_kind: str | None = None) -> str | None:
        """One key per real place: 'Kota Surakarta', 'Surakarta' and 'Solo' share one; a bare name that a
        city and a regency share goes to the one the article qualified first."""
        name = name.strip()
        hits = gazetteer.lookup(name)
        if prefer_kind:
            hits = tuple(h for h in hits if h.kind == prefer_kind) or hits
        if not hits:
            return slug(name)
        if len(hits) > 1 and not prefer_kind:
            qualified = [k for k in self.places if k.endswith(tuple("-" + slug(h.name) for h in hits))]
            kinds = {h.kind: h for h in hits}
            for k in sorted(qualified, key=lambda k: self.places[k].span.begin):
                for kind, h in kinds.items():
                    if k == f"{kind}-{slug(h.name)}":
                        return k
        h = hits[0]
        return f"{h.kind}-{slug(h.name)}" if h.kind in ("city", "regency") else slug(h.name)

    def _add_place(self, name: str, span: Span, kind_hint: str | None = None, extra: tuple[str, ...] = ()) -> str:
        key = self._place_key(name, kind_hint)
        hits = gazetteer.lookup(name)
        if kind_hint:
            hits = tuple(h for h in hits if h.kind == kind_hint) or hits
        names = self.place_names.setdefault(key, set())
        names.add(name)
        names.update(extra)
        if key not in self.places:
            if hits:
                h = hits[0]
                canonical = gazetteer.canonical_name(h)
                kind = h.kind
            else:
                canonical, kind = name, (kind_hint or "unknown")
            self.places[key] = Place(key, canonical, (), kind, span)
            names.add(canonical)
            if hits and hits[0].kind in ("city", "regency"):
                names.add(hits[0].name)
        return key

    def _places(self, names, blocked: list[Span]) -> None:
        lex = self.lex
        if self.dateline and self.dateline.place:
            self._add_place(self.dateline.place.name, self.dateline.place.span)
        program_spans = [p.span for p in simple.programs(self.doc, lex, blocked)]
        org_spans = SpanIndex([o.span for o in names.orgs], lambda s: s)
        mentions = simple.places(self.doc, lex, blocked + program_spans)
        # qualified forms first, so that bare names can join them
        for m in sorted(mentions, key=lambda m: (m.rule != "place.prefixed", m.span.begin)):
            if org_spans.containing(m.span) and m.rule != "place.prefixed":
                continue
            kind = (m.attrs or {}).get("kind")
            kind = {"province": "province", "regency": "regency", "city": "city"}.get(kind, None)
            bare = re.sub(r"^(Provinsi|Kabupaten|Kab\.|Kota|Kecamatan|Kelurahan|Desa)\s+", "", m.name)
            if kind or (m.attrs or {}).get("kind") in ("district", "village"):
                self._add_place(bare if kind else m.name, m.span, kind, (m.name,))
            else:
                self._add_place(m.name, m.span)
        for o in names.orgs:
            for p in o.places:
                self._add_place(_bare(p), o.span, KIND_OF_LEVEL.get(o.level or "") or _kind_of_prefixed(p), (p,) if p != _bare(p) else ())
        for r in names.roles:
            if r.unit_place:
                self._add_place(r.unit_place, r.span)

    def _place_facts(self) -> tuple[Place, ...]:
        out = []
        for key, p in self.places.items():
            # a bare name that a city and a regency share stays with the one it resolves to ("Madiun")
            names = sorted(n for n in self.place_names.get(key, set()) - {p.name}
                           if self._place_key(n) == key or n.split()[0] in ("Kota", "Kabupaten", "Provinsi", "Kecamatan")
                           or not gazetteer.lookup(n))
            out.append(Place(p.key, p.name, tuple(names), p.kind, p.span))
        return tuple(sorted(out, key=lambda p: p.span.begin))

    # ================================================================ organisations
    def _new_org(self, m: OrgMention, kind: str, name: str) -> OrgEntity:
        e = OrgEntity(key="", names=[name], kind=kind, span=m.span, rule=m.rule, org_type=m.org_type,
                      unit_type=m.unit_type, level=m.level)
        self.orgs.append(e)
        return e

    def _find_top(self, name: str) -> OrgEntity | None:
        n = norm(name)
        for e in self.orgs:
            if e.kind in ("org", "government") and (n in {norm(x) for x in e.names} or n in {norm(a) for a in e.acronyms}):
                return e
        short = company_core(name) or name
        for e in self.orgs:
            if e.kind == "org" and any((company_core(x) or x) == short for x in e.names):
                return e
        words = name.split()
        if len(words) == 2 and any(t.head_words and words[0] in t.head_words for t in self.lex.org_types):
            for e in self.orgs:  # "Bank Asbanda", "Bank BRI": the kind of body, then a name the article defined
                if e.kind == "org" and words[1] in e.acronyms + e.names:
                    return e
        if re.fullmatch(r"[A-Z][A-Za-z]{1,14}", name):  # "BI", "Kemnaker": short for a name written in full
            for e in self.orgs:
                if e.kind == "org" and any(abbreviates(name, company_core(x) or strip_region(x)) for x in e.names):
                    return e
        return None

    def _top_org(self, m: OrgMention) -> OrgEntity:
        if m.kind == "government":
            return self._government(m.level, m.places[0] if m.places else m.name, m)
        found = self._find_top(m.name)
        if found:
            if len(m.name) > len(found.name) and not found.acronyms.count(m.name):
                found.names.insert(0, m.name)
            elif m.name not in found.names:
                found.names.append(m.name)
            return found
        e = self._new_org(m, "org", m.name)
        e.region_named = m.region_org
        for p in m.places:
            e.places.append(self._place_key(_bare(p), KIND_OF_LEVEL.get(_level_of_prefixed(p) or "")))
        return e

    def _government(self, level: str | None, place: str, m: OrgMention | None) -> OrgEntity:
        bare = _bare(place)
        pkey = self._place_key(bare, KIND_OF_LEVEL.get(level or ""))
        for e in self.orgs:
            if e.kind == "government" and e.level == level and pkey in e.places:
                if m and m.rule != "role.government-of-title" and m.name not in e.names:
                    if m.name.startswith("Pemerintah") and not e.names[0].startswith("Pemerintah"):
                        e.names.insert(0, m.name)
                    else:
                        e.names.append(m.name)
                return e
        if m and m.rule != "role.government-of-title":
            name = m.name
        else:
            canonical = self.places[pkey].name if pkey in self.places else bare
            if level in SUB_REGENCY_LEVELS:
                local = re.sub(r"^(Kecamatan|Kelurahan)\s+", "", canonical)
                name = f"{LEVEL_WORD[level]} {local}"
            else:
                name = f"Pemerintah {LEVEL_WORD.get(level, '')} {_bare(canonical)}".replace("  ", " ")
        otype = next((t for t in self.lex.org_types if t.government_level == level), None)
        e = OrgEntity(key="", names=[name], kind="government", span=m.span if m else Span(0, 0),
                      rule=m.rule if m else "org.government", org_type=otype, level=level, places=[pkey])
        self.orgs.append(e)
        return e

    def _unit(self, parent: OrgEntity | None, unit_type, place: str, m: OrgMention) -> OrgEntity:
        pkey = self._place_key(place)
        candidates = [e for e in self.orgs if e.kind == "unit" and pkey in e.places
                      and (parent is None or e.parent is parent)
                      and (unit_type is None or e.unit_type is None or e.unit_type.iri == unit_type.iri)]
        if candidates:
            e = candidates[0]
            if e.unit_type is None and unit_type is not None:
                e.unit_type = unit_type
            self._add_unit_name(e, m.name)
            return e
        if parent is None:
            parent = self._likely_parent(unit_type)
        e = OrgEntity(key="", names=[], kind="unit", span=m.span, rule=m.rule, unit_type=unit_type, parent=parent, places=[pkey])
        self._add_unit_name(e, m.name)
        self.orgs.append(e)
        return e

    def _add_unit_name(self, e: OrgEntity, name: str) -> None:
        """Units are named in full ('BPJS Ketenagakerjaan Kantor Cabang Surakarta') and by their own part."""
        parent_name = e.parent.name if e.parent else ""
        full = name if (not parent_name or any(pn in name for pn in e.parent.names)) else f"{parent_name} {name}"
        for n in (full, name):
            if n not in e.names:
                e.names.append(n)
        e.names.sort(key=lambda n: (not n.startswith(parent_name) if parent_name else False, -len(n)))
        own = name
        for pn in (e.parent.names if e.parent else []):
            if name.startswith(pn + " "):
                own = name[len(pn) + 1:]
        if own not in e.names:
            e.names.append(own)

    def _likely_parent(self, unit_type) -> OrgEntity | None:
        """A unit named alone ('Kantor Cabang Madiun') belongs to the organisation the article is about."""
        counts = Counter()
        for e in self.orgs:
            if e.kind == "unit" and e.parent:
                counts[id(e.parent)] += 3
            if e.kind == "org":
                counts[id(e)] += len(e.mentions) + 1
        tops = [e for e in self.orgs if e.kind == "org"]
        if not tops:
            return None
        return max(tops, key=lambda e: (counts[id(e)], -e.span.begin))

    def _org_of_mention(self, m: OrgMention) -> OrgEntity:
        if m.kind == "unit":
            parent = self._top_org(m.parent) if m.parent else None
            if not m.places:
                return self._part_of(parent, m)
            if parent is not None and parent.region_named and self._place_key(_bare(m.places[0])) in parent.places:
                # "BBPVP Surabaya" is the body named "Balai Besar … Surabaya", not an office of it
                if m.name not in parent.names:
                    parent.names.append(m.name)
                return parent
            return self._unit(parent, m.unit_type, _bare(m.places[0]), m)
        return self._top_org(m)

    def _part_of(self, parent: OrgEntity | None, m: OrgMention) -> OrgEntity:
        """A part named without a place: 'Direktorat Jenderal … Kemnaker' is a unit of the ministry."""
        for e in self.orgs:
            if e.kind == "unit" and e.parent is parent and (norm(m.name) in {norm(n) for n in e.names}
                                                             or (m.acronym and m.acronym in e.acronyms)):
                return e
        e = OrgEntity(key="", names=[m.name], kind="unit", span=m.span, rule=m.rule, org_type=m.org_type, parent=parent)
        if m.acronym:
            e.acronyms.append(m.acronym)
        self.orgs.append(e)
        return e

    def _organizations(self, names) -> None:
        # top-level names first, so units and acronyms can find their parents
        def defines(m: OrgMention) -> bool:
            """The mention spells out a name with its acronym: 'Otoritas Jasa Keuangan (OJK) …'."""
            return bool(m.acronym or (m.parent is not None and m.parent.acronym) or _acronym_after_span(self.text, m.span))
        def bare_acronym(m: OrgMention) -> bool:
            """'BRI', 'OJK' alone: resolved after every name spelled out, wherever that is in the text."""
            return bool(re.fullmatch(r"[A-Z]{2,5}", m.name))
        ordered = sorted(names.orgs, key=lambda m: (not defines(m), m.kind == "unit", bare_acronym(m), m.span.begin))
        for m in ordered:
            e = self._org_of_mention(m)
            e.mentions.append(m.span)
            self.org_mentions.append((m.span, e, m.in_title))
            self._acronyms_inside(m, e)
            acr = _acronym_after_span(self.text, m.span)
            if acr and acr[0] not in e.acronyms and e.kind != "unit":
                e.acronyms.append(acr[0])
                tail = _place_after(self.text, acr[1])
                if tail:
                    e.places.append(self._add_place(tail, Span(acr[1], acr[1] + len(tail))))
        for r in names.roles:  # "Deputi Direktur Wilayah Kalimantan BPJS …" names a regional office
            if r.unit_place and r.role.leads_unit_type is not None and r.org is not None and r.org.kind == "org":
                parent = self._top_org(r.org)
                utype = self.lex.unit_type_by_iri(r.role.leads_unit_type)
                fake = OrgMention(r.span, f"{utype.label_id} {r.unit_label or r.unit_place}", "unit", "role.leads-unit", unit_type=utype)
                self._unit(parent, utype, r.unit_place, fake)
        self._abbreviated_mentions([r.span for r in names.roles])
        self._company_locations()
        self._regional_parents()
        self._orphan_units_become_organisations()
        self._assign_keys()

    def _orphan_units_become_organisations(self) -> None:
        """A unit is a unit of something: 'Kantor Cabang Surakarta' or 'UID Jateng' in an article that names no
        organisation they could belong to is kept as an organisation of its own, not a unit without a parent."""
        for e in self.orgs:
            if e.kind == "unit" and e.parent is None:
                e.kind, e.unit_type = "org", None

    def _acronyms_inside(self, m: OrgMention, e: OrgEntity) -> None:
        """'Badan Pusat Statistik (BPS) Provinsi X': BPS names the agency, 'BPS Provinsi X' its office."""
        owner_mention = m.parent if m.kind == "unit" and m.parent is not None else m
        acronym = owner_mention.acronym
        if m.kind == "unit" and m.acronym and not m.places:
            if m.acronym not in e.acronyms:
                e.acronyms.append(m.acronym)
            return
        if not acronym:
            return
        owner = e.parent if m.kind == "unit" and e.parent is not None else e
        if acronym not in owner.acronyms and acronym not in owner.names:
            owner.acronyms.append(acronym)
        tail = m.name[len(owner_mention.name):].strip() if m.name.startswith(owner_mention.name) else ""
        if tail:
            short = f"{acronym} {tail}"
            if short not in e.names:
                e.names.append(short)

    def _abbreviated_mentions(self, titles: list[Span]) -> None:
        """'BKPSDM Kota Malang', 'Disnakertrans Karawang': short forms of names the article spelled out
        (outside people's titles, whose organisations are already read)."""
        toks = self.doc.tokens
        covered = ClaimedText(len(self.text))
        for s in [s for s, _, _ in self.org_mentions] + titles:
            covered.append(s)
        for i, t in enumerate(toks):
            w = t.text
            if not looks_abbreviated(w):
                continue
            if covered.covers(t.begin) or gazetteer.is_place(w):
                continue
            for e in self.orgs:
                if e.kind == "unit":
                    continue
                core = strip_region(e.name)
                if not abbreviates(w, core):
                    continue
                end = t.end
                k = i + 1
                # the short form may carry its region: "BKPSDM Kota Malang", "Disnakertrans Karawang"
                if k < len(toks) and toks[k].text in LEVEL_WORD.values():
                    k += 1
                n, _ = gazetteer.longest_prefix([x.text for x in toks[k:k + 4]])
                if n:
                    end = toks[k + n - 1].end
                name = self.text[t.begin:end]
                if name not in e.names:
                    e.names.append(name)
                e.mentions.append(Span(t.begin, end))
                self.org_mentions.append((Span(t.begin, end), e, False))
                break

    def _regional_parents(self) -> None:
        """'Dinas Kesehatan Kabupaten Jember' is part of 'Pemkab Jember' when the article names that government."""
        for e in self.orgs:
            if e.kind != "org" or not e.places or e.parent:
                continue
            kind = str(e.org_type.iri).split("/")[-1] if e.org_type is not None else ""
            # a Dinas or a regional team belongs to the region's government; a Badan only when its own name ends
            # with the region ("Badan Kepegawaian … Kota Malang"), not a national agency's office ("BPS Provinsi Riau")
            regional_hospital = kind == "rumah-sakit" and e.region_named and ("Daerah" in e.name or e.name.startswith("RSUD"))
            if not (kind in ("dinas", "tim", "biro") or regional_hospital
                    or (e.region_named and kind in ("badan", "sekretariat", "inspektorat", "direktorat"))):
                continue
            for g in self.orgs:
                if g.kind == "government" and set(g.places) & set(e.places):
                    e.parent = g
                    self._name_without_parent(e, g)
                    break
        self._dinas_of_the_only_government()

    def _dinas_of_the_only_government(self) -> None:
        """'Dinas Sosial' named without a region, in an article that names one regional government only, is that
        government's agency."""
        governments = [g for g in self.orgs if g.kind == "government"]
        if len(governments) != 1 or not governments[0].places:
            return
        g = governments[0]
        for e in self.orgs:
            kind = str(e.org_type.iri).split("/")[-1] if e.org_type is not None else ""
            if e.kind == "org" and kind == "dinas" and not e.places and e.parent is None:
                e.parent, e.places = g, [g.places[0]]

    def _name_without_parent(self, e: OrgEntity, parent: OrgEntity) -> None:
        """'Biro Umum Pemprov Jateng' is also called 'Biro Umum' once its government is known."""
        for n in parent.names + parent.acronyms:
            if e.name.endswith(" " + n) and e.name[:-len(n) - 1] not in e.names:
                e.names.append(e.name[:-len(n) - 1])

    def _company_locations(self) -> None:
        for e in self.orgs:
            if e.kind == "org" and not e.places:
                words = e.name.split()
                for n in (2, 1):
                    if len(words) > n and gazetteer.is_place(" ".join(words[-n:])) \
                            and words[-1] not in self.lex.words["national_name_words"]:
                        e.places.append(self._add_place(" ".join(words[-n:]), e.span))
                        break

    def _assign_keys(self) -> None:
        used = set()
        for e in sorted(self.orgs, key=lambda e: (e.kind == "unit", e.span.begin)):
            if e.kind == "unit" and e.parent and not e.places:
                key = f"{e.parent.key or slug(company_core(e.parent.name) or e.parent.name)}/{slug(e.names[0])}"
            elif e.kind == "unit" and e.parent:
                own = next((n for n in reversed(e.names) if not n.startswith(e.parent.name)), e.names[-1])
                if e.unit_type:
                    rest = own
                    for form in e.unit_type.forms:
                        if own.startswith(form + " "):
                            rest = own[len(form) + 1:]
                            break
                    own = f"{e.unit_type.label_id} {rest}"
                if any(pn in own for pn in e.parent.names + e.parent.acronyms) and e.unit_type and e.places and e.places[0] in self.places:
                    own = f"{e.unit_type.label_id} {self.places[e.places[0]].name}"  # "Kantor Perwakilan Jawa Tengah"
                key = f"{e.parent.key or slug(company_core(e.parent.name) or e.parent.name)}/{slug(own)}"
            elif e.kind == "government":
                place = self.places[e.places[0]].name if e.places and e.places[0] in self.places else e.names[0]
                key = slug(e.names[0]) if e.level in SUB_REGENCY_LEVELS else slug(f"pemerintah {e.level or ''} {_bare(place)}")
            else:
                key = slug(company_core(e.name) or _without_brackets(e.name))
            base, n = key, 2
            while key in used:
                key, n = f"{base}-{n}", n + 1
            used.add(key)
            e.key = key

    def _publisher(self) -> str | None:
        if not (self.dateline and self.dateline.publisher):
            return None
        m = self.dateline.publisher
        e = OrgEntity(key=slug(m.name), names=[m.name], kind="publisher", span=m.span, rule=m.rule)
        self.orgs.append(e)
        return e.key

    def _spelled_out_names(self, e: OrgEntity) -> list[str]:
        """Names with the place written in full: 'Pemprov NTB' -> 'Pemerintah Provinsi Nusa Tenggara Barat',
        'Dinas … NTB' -> 'Dinas … Nusa Tenggara Barat' (the form readers and other articles use)."""
        extra = []
        if e.kind == "government" and e.places and e.places[0] in self.places and e.level in LEVEL_WORD \
                and e.level not in SUB_REGENCY_LEVELS:
            region = f"{LEVEL_WORD[e.level]} {_bare(self.places[e.places[0]].name)}"
            extra += [f"Pemerintah {region}", region]  # "Kabupaten Jember meraih opini WTP": the government by its region
        for pkey in (e.places if e.kind != "government" else ()):
            place = self.places.get(pkey)
            if place is None:
                continue
            for written in sorted(self.place_names.get(pkey, set())):
                for n in list(e.names):
                    if written != place.name and re.search(rf"\b{re.escape(written)}$", n) and not n.endswith(place.name):
                        extra.append(n[: len(n) - len(written)] + _bare(place.name))
        return [x for x in dict.fromkeys(extra) if x not in e.names]

    def _org_facts(self) -> tuple[Organization, ...]:
        out = []
        self._orphan_units_become_organisations()  # units found after the organisations were read
        for e in sorted(self.orgs, key=lambda e: e.key):
            classes = {"org": [ORG.FormalOrganization], "unit": [ORG.OrganizationalUnit],
                       "government": [ORG.FormalOrganization, BKG.RegionalGovernment],
                       "publisher": [ORG.Organization, SCHEMA.NewsMediaOrganization, BKG.NewsPublisher]}[e.kind][:]
            if e.kind == "org" and e.org_type is not None and e.org_type.cls is not None:
                classes.append(e.org_type.cls)
            if e.kind == "unit":
                classes.append(e.unit_type.cls if e.unit_type is not None else BKG.OrganizationUnit)
            aliases = tuple(dict.fromkeys(n for n in e.names[1:] + e.acronyms + self._spelled_out_names(e) if n != e.name))
            out.append(Organization(key=e.key, name=e.name, aliases=aliases, kind=e.kind, classes=tuple(dict.fromkeys(classes)),
                                    span=e.span, rule=e.rule, org_type=e.org_type.iri if e.org_type is not None else None,
                                    unit_type=e.unit_type.iri if e.unit_type is not None else None,
                                    parent=e.parent.key if e.parent else None,
                                    locations=tuple(dict.fromkeys(p for p in e.places if p in self.places))))
        return tuple(out)

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
        for m in self.memberships_found:
            if m[0].begin > before:
                continue
            r: RoleMention = m[1]
            same = r.role.iri == role.iri or r.role.broader == role.iri or role.broader == r.role.iri
            if not same:
                continue
            org_words = set(norm(m[3].name).split()) if m[3] else set()
            score = len(set(norm(rest).split()) & org_words)
            if best is None or score >= best[0]:
                best = (score, m[2])
        return best[1] if best else None

    def _person_facts(self) -> list[Person]:
        return [Person(p.key, p.name, tuple(dict.fromkeys(a for a in p.aliases if a != p.name)), p.span, p.rule)
                for p in sorted(self.people, key=lambda p: p.key)]

    # ================================================================ memberships
    def _memberships(self, names) -> list[Membership]:
        out: list[Membership] = []
        self.memberships_found = []
        for r in names.roles:
            if r.person is None:
                continue
            person = self._person_for_name(r.person.name, r.person.span, r.person.rule, create=True)
            if person is None:  # the "name" after the title is a place, a title or an organisation
                continue
            org = None
            if r.org is not None:
                org = self._org_for_span(r.org.span) or self._org_of_mention(r.org)
                if r.unit_place and r.role.leads_unit_type is not None:
                    pkey = self._place_key(r.unit_place)
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
            self.memberships_found.append((r.span, r, person, org))
            out.append((r, person, org))
        self.raw_memberships = out

    def _membership_facts(self) -> list[Membership]:
        facts = []
        for r, person, org in self.raw_memberships:
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
        words = _without_brackets(label).split()
        if len(words) > 1 and words[0].rstrip(".") in self.lex.words["acting_prefixes"]:
            words = words[1:]
        return " ".join(words)

    def _org_for_span(self, span: Span) -> OrgEntity | None:
        for s, e, _ in self.org_mentions:
            if s == span:
                return e
        return None

    # ================================================================ salience
    def _person_mentions_at(self) -> SpanIndex:
        """The person mentions indexed by where they begin, rebuilt when mentions were added since."""
        cached = self.__dict__.get("_people_index")
        if cached is None or cached[0] != len(self.person_mentions):
            self._people_index = cached = (len(self.person_mentions), SpanIndex(self.person_mentions, lambda m: m[0]))
        return cached[1]

    def _speaker_before(self, offset: int) -> PersonEntity | None:
        """The person the text is about just before `offset`: the first person named in the nearest
        sentence (or stretch of the current sentence) that names one."""
        sent = self.doc.sentence_at(offset)
        for i in range(sent.index, -1, -1):  # back from here, without copying every sentence before
            s = self.doc.sentences[i]
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


def _without_brackets(name: str) -> str:
    """'Sekretaris Daerah (Sekda)' -> 'Sekretaris Daerah'."""
    return re.sub(r"\s*\([^)]*\)", "", name)


def _bare(place: str) -> str:
    return re.sub(r"^(Provinsi|Prov\.|Kabupaten|Kab\.|Kota)\s+", "", place)


def _level_of_prefixed(place: str) -> str | None:
    m = re.match(r"^(Provinsi|Kabupaten|Kota)\s", place)
    return m.group(1).lower() if m else None


def _kind_of_prefixed(place: str) -> str | None:
    return KIND_OF_LEVEL.get(_level_of_prefixed(place) or "")


def _acronym_after_span(text: str, span: Span) -> tuple[str, int] | None:
    m = re.match(r"\s*\((?P<acr>[A-Z][\w.\-&]*(?:\s[A-Z][\w]*){0,2})\)", text[span.end:span.end + 40])
    if m and m.group("acr") not in ("Persero", "Tbk"):
        return m.group("acr"), span.end + m.end()
    return None


def _place_after(text: str, offset: int) -> str | None:
    m = re.match(r"\s+([A-Z][\w]+(?:\s[A-Z][\w]+)?)", text[offset:offset + 40])
    if m:
        for cand in (m.group(1), m.group(1).split()[0]):
            if gazetteer.is_place(cand):
                return cand
    return None


def resolve(text: str) -> ArticleFacts:
    return Resolver(text).run()
