"""Places: one key per real place, from the dateline, the place recogniser and the places that organisation
names and titles give; every name the article uses for each."""
from __future__ import annotations

import re

from kg import gazetteer
from kg.components import Component
from kg.components.state import ArticleState
from kg.document import Span, SpanIndex
from kg.extract import simple
from kg.extract.names import stands_for
from kg.facts import Place
from kg.identity import place_key as place_key_of

LEVEL_WORD = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota", "kecamatan": "Kecamatan", "kelurahan": "Kelurahan"}
KIND_OF_LEVEL = {"provinsi": "province", "kabupaten": "regency", "kota": "city", "kecamatan": "district", "kelurahan": "village"}
SUB_REGENCY_LEVELS = {"kecamatan", "kelurahan"}  # named "Kecamatan X", not "Pemerintah Kecamatan X"


def place_key(state: ArticleState, name: str, prefer_kind: str | None = None) -> str | None:
    """One key per real place: 'Kota Surakarta', 'Surakarta' and 'Solo' share one; a bare name that a
    city and a regency (or a province and its capital) share goes to the one the article qualified first, else to
    the city (`is_city_and_regency`). The dateline's town counts after the places the article itself names: 'KOTA X –
    … ekspor Provinsi X … ekspor X' means the province."""
    name = name.strip()
    hits = gazetteer.lookup(name)
    if prefer_kind:
        hits = tuple(h for h in hits if h.kind == prefer_kind) or hits
    if not hits:
        return place_key_of(None, simple.without_facility_class(name, state.lex))
    if len(hits) > 1 and not prefer_kind:
        qualified = [k for k in {place_key_of(h.kind, h.name) for h in hits} if k in state.places]
        if qualified:
            return min(qualified, key=lambda k: (_in_the_dateline(state, state.places[k].span), state.places[k].span.begin))
        nearby = _the_one_in_a_province_named(state, hits)
        if nearby is not None:
            return place_key_of(nearby.kind, nearby.name)
    h = hits[0]
    return place_key_of(h.kind, h.name)


def _the_one_in_a_province_named(state: ArticleState, hits) -> "gazetteer.Place | None":
    """Of the places a bare name may be, the one alone in a province the article has named a place of: 'Banjar' in
    a story filed from Banjarmasin is the regency of that province, not the city of another. None where no place,
    or more than one, lies there ('Madiun', city and regency of one province, waits as `place_key` says)."""
    provinces = _provinces_named(state)
    inside = {place_key_of(h.kind, h.name): h for h in hits if h.code and h.code.split(".")[0] in provinces}
    return next(iter(inside.values())) if len(inside) == 1 else None


def _provinces_named(state: ArticleState) -> frozenset[str]:
    """The province codes of the places the article has named so far (rebuilt when a place is added)."""
    cached = state.indexes.get("provinces_named")
    if cached is not None and cached[0] == len(state.places):
        return cached[1]
    codes = (gazetteer.region_code(place.name, place.kind) for place in state.places.values())
    state.indexes["provinces_named"] = (len(state.places), frozenset(c.split(".")[0] for c in codes if c))
    return state.indexes["provinces_named"][1]


def _in_the_dateline(state: ArticleState, span: Span) -> bool:
    """Whether `span` begins inside the dateline's town ('KOTA X –')."""
    dateline = state.dateline.place if state.dateline else None
    return dateline is not None and dateline.span.begin <= span.begin < dateline.span.end


def is_city_and_regency(hits) -> bool:
    """Whether a bare name is, on the official list, both a kota and a kabupaten ('Jayapura', 'Madiun'). Such a
    name waits until the article has said which it means ('Kota Jayapura', 'Pemkab Jayapura', 'Bupati Jayapura');
    when it never says, the name is the kota's: a dateline names the town the story was filed from, and offices
    named after a town ('Kantor Cabang Madiun') sit in the kota."""
    return {"city", "regency"} <= {h.kind for h in hits}


def is_the_nation(state: ArticleState, name: str) -> bool:
    """Whether `name` names the nation itself ('Indonesia', 'Republik Indonesia'; kg/data/indonesian.json nation)."""
    return place_key(state, name) == place_key(state, state.lex.words["nation"])


def add_place(state: ArticleState, name: str, span: Span, kind_hint: str | None = None, extra: tuple[str, ...] = ()) -> str:
    """The key of a place named here, recording the name as one of its names; the place is made on its first mention,
    with the official name of the gazetteer."""
    name = " ".join(name.split())  # 'Kota Bandung\n' read at a line's end: the name, not the line break
    key = place_key(state, name, kind_hint)
    hits = gazetteer.lookup(name)
    if kind_hint:
        hits = tuple(h for h in hits if h.kind == kind_hint) or hits
    names = state.place_names.setdefault(key, set())
    names.add(name)
    names.update(" ".join(e.split()) for e in extra)
    if key not in state.places:
        if hits:
            h = hits[0]
            canonical = gazetteer.canonical_name(h)
            kind = h.kind
        else:
            canonical, kind = name, (kind_hint or "unknown")
        state.places[key] = Place(key, canonical, (), kind, span)
        names.add(canonical)
        if hits and hits[0].kind in ("city", "regency"):
            names.add(hits[0].name)
    return key


def _is_a_title_word(roles, m) -> bool:
    """'Karo Kesra Setda …' is the Kepala Biro (Karo) of the welfare bureau, not the regency of Karo: a bare
    place name that is the very title of a role read there names no place."""
    return any(r.span.begin <= m.span.begin and m.span.end <= r.span.end and m.name in r.role.forms for r in roles)


def find_places(state: ArticleState) -> None:
    """Qualified forms first ('Kota Madiun'), so that a bare name ('Madiun') joins the place the article means."""
    names, blocked, lex = state.names, state.law_spans, state.lex
    # a bare name that a city and a regency share waits until the text has said which it means
    waiting: list[tuple[str, Span]] = []

    def add_or_wait(name: str, span: Span) -> None:
        if is_city_and_regency(gazetteer.lookup(name)):
            waiting.append((name, span))
        else:
            add_place(state, name, span)
    if state.dateline and state.dateline.place:
        add_or_wait(state.dateline.place.name, state.dateline.place.span)
    program_spans = [p.span for p in simple.programs(state.doc, lex, blocked)]
    org_spans = SpanIndex([o.span for o in names.orgs], lambda s: s)
    # 'SOLOK, METRO–': the outlet's name in the dateline is no place, even where a town bears it
    outlet = [state.dateline.publisher.span] if state.dateline and state.dateline.publisher else []
    mentions = simple.places(state.doc, lex, blocked + program_spans + outlet)
    # qualified forms first, so that bare names can join them
    people_spans = SpanIndex([p.span for p in names.people], lambda s: s)
    for m in sorted(mentions, key=lambda m: (m.rule != "place.prefixed", m.span.begin)):
        if org_spans.containing(m.span) and m.rule != "place.prefixed":
            continue
        if m.rule == "place.facility" and (org_spans.overlapping(m.span) or people_spans.overlapping(m.span)):
            continue  # 'General Manager Bandara X Rudi …': the airport an organisation there, its run a person's too
        if m.rule != "place.prefixed" and _is_a_title_word(names.roles, m):
            continue
        if m.rule == "place.gazetteer" and _a_speakers_name_used_alone(state, m.span):
            continue  # 'Yusuf Padang', then '… ujar Padang': the part of a person's name used alone is no place
        kind = (m.attrs or {}).get("kind")
        kind = {"province": "province", "regency": "regency", "city": "city"}.get(kind, None)
        bare = re.sub(r"^(Provinsi|Kabupaten|Kab\.|Kota|Kecamatan|Kelurahan|Desa)\s+", "", m.name)
        if (m.attrs or {}).get("full"):  # 'Desa Sukamaju, Cibeber dan …': Cibeber is 'Desa Cibeber'
            add_place(state, m.attrs["full"], m.span, kind if m.rule == "place.listed" else None, (m.name,))
        elif (m.attrs or {}).get("kind") == "region-group":  # 'Malang Raya': no regency's name, a group's
            add_place(state, m.name, m.span, "region-group")
        elif kind or (m.attrs or {}).get("kind") in ("district", "village"):
            add_place(state, bare if kind else m.name, m.span, kind or m.attrs["kind"], (m.name,))
        elif (m.attrs or {}).get("as_written"):  # 'wilayah 4 Madiun' is a name of 'wilayah IV Madiun'
            add_place(state, m.name, m.span, None, (m.attrs["as_written"],))
        elif m.rule == "place.facility" and (initials := _initials_after(state, m)):
            add_place(state, m.name, m.span, None, (initials,))
        else:
            add_or_wait(m.name, m.span)
    for o in names.orgs:
        for p in o.places:
            if p in names.short_region_words:
                continue  # 'Jabanbaja' of '(UID Jabanbaja)': the unit's regions in short, no place the gazetteer has
            joined = regions_joined(p)
            for part in joined:  # 'OJK Jateng-DIY': an office for two regions, each a place, no third one
                add_place(state, part, o.span)
            if joined:
                continue
            add_place(state, bare_name(p), o.span, KIND_OF_LEVEL.get(o.level or "") or kind_of_prefixed(p), (p,) if p != bare_name(p) else ())
    for r in names.roles:
        if r.unit_place:
            add_place(state, r.unit_place, r.span)
    for name, span in waiting:
        add_place(state, name, span)
    _bare_names_kept_by_one_place(state)


def _a_speakers_name_used_alone(state: ArticleState, span: Span) -> bool:
    """A word right after a speech verb ('ujar Padang'; kg/data/indonesian.json speech_verbs_after) that is a word of
    the name of someone the article names ('Yusuf Padang') is that person, as the press refers to a speaker by one
    name, though a town bears it."""
    word = state.text[span.begin:span.end]
    before = state.text[max(0, span.begin - 30):span.begin].split()
    if not before or before[-1].lower() not in state.lex.words["speech_verbs_after"]:
        return False
    return any(word in p.name.split() for p in state.names.people if len(p.name.split()) > 1 and p.span.end <= span.begin)


def _initials_after(state: ArticleState, m) -> str | None:
    """'Bandara Internasional Sultan Hamid (BISH)': the short form in brackets right after a facility's name, where
    it spells the initials of the name's words, names the facility wherever the article writes it."""
    found = re.match(r"\s*\(([A-Z]{2,10})\)", state.doc.text[m.span.end:m.span.end + 16])
    return found.group(1) if found and stands_for(found.group(1), m.name) else None


def _bare_names_kept_by_one_place(state: ArticleState) -> None:
    """'KOTA X – … Provinsi X … ekspor X': a bare name two places of the article share (a province and its capital)
    is a name of the one it resolves to (`place_key`) only, so that later readers find one place there."""
    for key, names in state.place_names.items():
        for name in sorted(names):
            if name.split()[0] in LEVEL_WORD.values() or not gazetteer.lookup(name):
                continue
            owner = place_key(state, name)
            if owner != key and owner in state.places:
                names.discard(name)


def place_facts(state: ArticleState) -> tuple[Place, ...]:
    """The places as frozen facts, in the order the text first names them."""
    out = []
    for key, p in state.places.items():
        # a bare name that a city and a regency share stays with the one it resolves to ("Madiun")
        names = sorted(n for n in state.place_names.get(key, set()) - {p.name}
                       if place_key(state, n) == key or n.split()[0] in ("Kota", "Kabupaten", "Provinsi", "Kecamatan")
                       or not gazetteer.lookup(n))
        out.append(Place(p.key, p.name, tuple(names), p.kind, p.span))
    return tuple(sorted(out, key=lambda p: p.span.begin))


def regions_joined(written: str) -> list[str]:
    """'Jateng-DIY' -> ['Jateng', 'DIY']: the regions one office serves, joined by a hyphen, each a place the gazetteer
    knows; [] for any other name ('Toli-Toli' is one regency's)."""
    parts = written.split("-")
    if len(parts) < 2 or gazetteer.lookup(written) or not all(gazetteer.lookup(part) for part in parts):
        return []
    return parts


def bare_name(place: str) -> str:
    """'Kota Malang' -> 'Malang': the name without its level word."""
    return re.sub(r"^(Provinsi|Prov\.|Kabupaten|Kab\.|Kota)\s+", "", place)


def level_of_prefixed(place: str) -> str | None:
    """'Kabupaten Jember' -> 'kabupaten': the level a place's name starts with, if any."""
    m = re.match(r"^(Provinsi|Kabupaten|Kota)\s", place)
    return m.group(1).lower() if m else None


def kind_of_prefixed(place: str) -> str | None:
    """'Kota Blitar' -> 'city': the gazetteer kind of a place's level word, if any."""
    return KIND_OF_LEVEL.get(level_of_prefixed(place) or "")


COMPONENT = Component("places", requires=("names", "dateline", "law_mentions"), assigns=("places", "place_names"),
                      run=find_places)
