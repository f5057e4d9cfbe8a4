"""Organisations, their units and regional governments: mentions merged into entities (acronyms, short
forms, units and their parents), each with a key."""
from __future__ import annotations

import re
from collections import Counter

from kg import gazetteer
from kg.components import Component, places
from kg.components.places import KIND_OF_LEVEL, LEVEL_WORD, SUB_REGENCY_LEVELS, bare_name, level_of_prefixed
from kg.components.state import ArticleState, OrgEntity
from kg.document import ClaimedText, Span, Token, matches_at, offsets_of_any
from kg.extract.mentions import OrgMention
from kg.extract.names import COMMAND_NUMBER, abbreviates, company_core, looks_abbreviated, office_class_length, \
    stands_for, strip_region
from kg.facts import Organization
from kg.lexicon import alternation
from kg.identity import doubled_letters_once, government_key, institution_named, norm, org_key, unique_key, unit_key, \
    without_brackets
from kg.vocab import BKG, ORG, SCHEMA

BRACKET_REACH = 40  # characters after a name where its "(ACRONYM)" and the place after that may be written
MAX_PLACE_TOKENS = 4  # the longest place name, in words, a short form may carry ("Dinkes Timor Tengah Selatan")

_BRACKETS_INSIDE = re.compile(r"\S\s*\((?!Persero)[^()]+\)\s+\S")  # a short form in brackets with words on both
# sides (a company's legal form, '(Persero)', is part of its name)


def _new_org(state: ArticleState, m: OrgMention, kind: str, name: str) -> OrgEntity:
    """A new entity of the mention, named as written; a short form in brackets inside the name ('Pengadilan Agama (PA)
    Sukamaju') is left out of the name it goes by, kept among its names."""
    names = [without_brackets(name), name] if _BRACKETS_INSIDE.search(name) else [name]
    e = OrgEntity(key="", names=names, kind=kind, span=m.span, rule=m.rule, org_type=m.org_type,
                  unit_type=m.unit_type, level=m.level)
    state.orgs.append(e)
    return e


def _head_spelled_out(state: ArticleState, name: str) -> str:
    """'Polda Bali' -> 'Kepolisian Daerah Bali', 'Polres' -> 'Kepolisian Resor': a name whose head word is contracted
    (kg/data/indonesian.json contracted_head_words), with the head written out, so that the two forms of one body's
    name compare equal and two bodies' contracted heads ('Polres', 'Polsek') do not; other names as they are."""
    head, _, rest = name.partition(" ")
    full = state.lex.words["contracted_head_words"].get(head)
    return f"{full} {rest}".rstrip() if full else name


def _find_top(state: ArticleState, name: str) -> OrgEntity | None:
    n = norm(name)
    for e in state.orgs:
        if e.kind in ("org", "government") and (n in {norm(x) for x in e.names} or n in {norm(a) for a in e.acronyms}):
            return e
    for e in state.orgs:  # 'Bandara Internasional Raja Malik' and 'Bandara Raja Malik'
        if e.kind == "org" and any(_same_facility(state, name, x) for x in e.names):
            return e
    national = institution_named([name])
    for e in state.orgs:  # "BPJS Kesehatan" and, later, "Badan Penyelenggara Jaminan Sosial Kesehatan"
        if national and e.kind == "org" and _national_key(e) == national[0].key:
            return e
    short = company_core(name) or name
    for e in state.orgs:
        if e.kind == "org" and any((company_core(x) or x) == short for x in e.names):
            return e
    words = name.split()
    kind = next((t for t in state.lex.org_types if t.head_words and words[0] in t.head_words), None) \
        if len(words) == 2 else None
    if kind is not None:
        for e in state.orgs:  # "Bank Asbanda", "Bank BRI": the kind of body, then a name the article defined; a body
            # of another kind unless the name is short for its field alone ('Kementerian PUPR' is not the 'Dinas …
            # (PUPR) X' of that field; 'Bank Himbara' is the 'Himpunan Bank Milik Negara (Himbara)')
            if e.kind == "org" and words[1] in e.acronyms + e.names and (
                    e.org_type in (None, kind) or not _short_for_its_field(words[1], e)):
                return e
    if national is None and re.fullmatch(r"[A-Z][A-Za-z]{1,14}", name):  # "BI", "Kemnaker": short for a name
        # written in full; a name of the curated list is that institution, never short for another's ('Polri' is
        # not 'Polres Blitar', whose letters it takes in order)
        for e in state.orgs:
            if e.kind == "org" and any(stands_for(name, company_core(x) or strip_region(x)) for x in e.names):
                return e
    return None


def _short_for_its_field(short: str, e: OrgEntity) -> bool:
    """Whether `short` abbreviates the words after the head word of one of the body's names: its field ('PUPR' in
    'Dinas Pekerjaan Umum dan Penataan Ruang'), which bodies of other kinds share."""
    heads = e.org_type.head_words if e.org_type is not None else ()
    for name in e.names:
        head = next((h for h in heads if name.startswith(h + " ")), None)
        words = name[len(head) + 1:].split() if head else []
        if any(abbreviates(short, field) or stands_for(short, field)  # with its region after it or not
               for field in (" ".join(words[:k]) for k in range(len(words), 0, -1))):
            return True
    return False


def _same_facility(state: ArticleState, a: str, b: str) -> bool:
    """One airport, port or station named with or without the words its name may leave out (kg/data/indonesian.json
    facility_name_fillers: 'Internasional')."""
    return a.split(" ", 1)[0] in state.lex.words["facility_words"] \
        and _facility_without_fillers(state, a) == _facility_without_fillers(state, b)


def _same_regional_body(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'Dinas Kesehatan Kalbar' after 'Dinas Kesehatan Provinsi Kalimantan Barat': one regional body of one kind,
    written with its region in another form."""
    if m.org_type is None:
        return None
    own_places = {mention_place_key(state, p) for p in m.places}  # "… Kabupaten Kediri" is no office of Kota Blitar
    for e in state.orgs:
        if e.kind != "org" or not e.region_named or e.org_type is None or e.org_type.iri != m.org_type.iri:
            continue
        for pkey in e.places:
            if own_places and pkey not in own_places:
                continue
            own = _without_region(state, m.name, pkey)
            if own != m.name and any(_same_body_name(state, m.org_type, own, full := _without_region(state, n, pkey))
                                     or _same_first_field(state, m.org_type, own, full) for n in e.names):
                return e
    return _same_office_named_without_region(state, m) or _the_one_regional_body_of_its_name(state, m) \
        or _head_word_short_form_and_place(state, m) or _named_without_its_places(state, m) \
        or _named_with_another_head_word(state, m)


def _named_with_another_head_word(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'RSUD X Y' after 'Rumah Sakit Umum Daerah X Y (RSUD XY)': a body of one kind named before with another of its
    kind's head words, then the same own name. Not a kind each region has one of, whose own name is its region's."""
    otype = m.org_type
    if otype is None or otype.only_regional or otype.named_only_by_region or len(m.name.split()) < 2 \
            or m.name in otype.head_words:
        return None
    for e in state.orgs:
        if e.kind == "org" and e.org_type is not None and e.org_type.iri == otype.iri and any(
                n != m.name and n not in otype.head_words and _same_after_head_word(state, otype, m.name, n)
                for n in e.names):
            return e
    return None


def _named_without_its_places(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'RSUD X' after 'RSUD X Muara Teweh Kabupaten Y' (or before it): a body named before with the
    places it sits in (towns or regions the gazetteer knows, one after another), then by its own name alone. Not a
    kind of body each region has one of ('Dinas Sosial' alone may be any region's: `_the_one_regional_body_of_its_name`
    decides those)."""
    otype = m.org_type
    if len(m.name.split()) < 2 or otype is None or otype.only_regional or otype.named_only_by_region:
        return None
    for e in state.orgs:
        if e.kind != "org" or e.org_type is None or e.org_type.iri != m.org_type.iri:
            continue
        for n in e.names:
            if n.startswith(m.name + " ") and _only_places(n[len(m.name) + 1:].split()):
                return e
            if not m.places and not e.places and m.name.startswith(n + " ") and n not in otype.head_words \
                    and _only_places(m.name[len(n) + 1:].split()):  # (a name of its own: 'Kantor Imigrasi' is a kind)
                rest = m.name[len(n) + 1:]  # named alone first, then with its places ('RSUD X', later 'RSUD X
                # Bojonegoro'): it sits there, and no other office there is it; the nation locates no body
                if not places.is_the_nation(state, rest):
                    e.places.append(places.add_place(state, rest, Span(m.span.end - len(rest), m.span.end)))
                return e
    return None


def _only_places(words: list[str]) -> bool:
    """The words are one place name after another, each the gazetteer's (towns and districts too)."""
    while words:
        n, _ = gazetteer.longest_prefix(words, districts=True)
        if not n:
            return False
        words = words[n:]
    return True


def _head_word_short_form_and_place(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'Dinas DPP X' after 'Dinas Pangan dan Perkebunan (DPP)': the head word, the short form the article
    gave one office of that head word, and a place the gazetteer knows name that office, which sits there."""
    words = m.name.split()
    if len(words) < 3 or not gazetteer.is_place(" ".join(words[2:])):
        return None
    found = [e for e in state.orgs if e.kind == "org" and words[1] in e.acronyms and e.names[0].split()[0] == words[0]]
    if len(found) != 1:
        return None
    e, place = found[0], " ".join(words[2:])
    if not e.places:
        e.places.append(places.add_place(state, place, Span(m.span.end - len(place), m.span.end)))
        e.region_named = True
    if m.name not in e.names:
        e.names.append(m.name)
    return e


def _the_one_regional_body_of_its_name(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'Satpol PP Kota X' first, 'Satpol PP' or 'Satuan Polisi Pamong Praja' alone later: a body of a kind only regions
    have, one to a region, named without its region in an article that names one such body of that name, with its
    region, is that body. Not with two regions' bodies of the name ('Dinas Sosial' beside 'Dinas Sosial Kota X' and
    '… Kota Y' is either)."""
    otype = m.org_type
    if m.places or otype is None or not (otype.only_regional or otype.named_only_by_region):
        return None
    regions = {mention_place_key(state, x.places[0]) for x in state.names.orgs
               if x.region_org and x.places and x.org_type is not None and x.org_type.iri == otype.iri
               and (_same_body_name(state, otype, _own_part(x), m.name)
                    or _same_first_field(state, otype, _own_part(x), m.name))}
    if len(regions) != 1 or _another_region_in_its_sentence(state, m, regions):
        return None
    found = [e for e in state.orgs if e.kind == "org" and e.region_named and e.org_type is not None
             and e.org_type.iri == otype.iri and regions & set(e.places)]
    return found[0] if len(found) == 1 else None


def _same_first_field(state: ArticleState, org_type, a: str, b: str) -> bool:
    """'Disdik' or 'Dinas Pendidikan dan Budaya' beside 'Dinas Pendidikan dan Kebudayaan': an office of several fields
    named by its head word and first field, in full or short, or with its later fields written another way; a region
    has one office of each first field."""
    first_a, first_b = (re.split(r",? dan |, ", name)[0] for name in (a, b))
    if (first_a, first_b) == (a, b) or len(first_a.split()) + len(first_b.split()) < 3:
        return False
    return _same_body_name(state, org_type, first_a, first_b)


def _another_region_in_its_sentence(state: ArticleState, m: OrgMention, regions: set[str]) -> bool:
    """'Di Kabupaten Y, Dinas Kesehatan mencatat …' after 'Dinas Kesehatan Kota X': the sentence of the bare name
    names a region of the country other than the body's (the dateline's place aside), so the body may be Y's."""
    sentence = state.doc.sentence_at(m.span.begin)
    begin = max(sentence.begin, state.dateline.span.end) if state.dateline is not None else sentence.begin
    said = state.text[begin:sentence.end]
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", said)
               for key, place in state.places.items() if key not in regions and place.kind not in ("country", "foreign-city")
               for name in {place.name, *state.place_names.get(key, ())})


def _same_office_named_without_region(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'Dinas Pertanian (Distan)' first, 'Distan Kabupaten X' later: the office the article named without its
    region, named again with it; it takes that region. So does one whose region the reading of its name left inside
    it ('Dinas Kesehatan Jawa Tengah', then 'Dinkes Jateng')."""
    if not (m.region_org and m.places):
        return None
    pkey = mention_place_key(state, m.places[0])
    own = _without_region(state, m.name, pkey)
    if any(x.region_org and x.places and bare_name(x.places[0]) != bare_name(m.places[0])
           and _same_own_name(state, _own_part(x), own) for x in state.names.orgs):
        return None  # 'Dinas Sosial' alone beside 'Dinas Sosial Kota X' and 'Dinas Sosial Kota Y': either
    for e in state.orgs:  # its name may hold the region the mention writes otherwise ('Dinas Kesehatan Jawa Tengah')
        if e.kind == "org" and not e.places and e.org_type is not None and e.org_type.iri == m.org_type.iri \
                and any(_same_own_name(state, own, n) or _same_own_name(state, own, _without_region(state, n, pkey))
                        for n in e.names + e.acronyms):
            e.places.append(pkey)
            e.region_named = True
            return e
    return None


def _same_office_in_its_town(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'Imigrasi Jambi' after 'Kantor Imigrasi Kelas II Jambi': an office named by its kind and its town, again
    with another of its kind's head words or without its class, is the office already named."""
    if m.org_type is None or not m.org_type.head_words:
        return None
    mine = _town_at_end(state, m.name)
    if mine is None:
        return None
    for e in state.orgs:
        if e.kind == "org" and e.org_type is not None and e.org_type.iri == m.org_type.iri:
            for n in e.names:
                other = _town_at_end(state, n)
                if other is not None and other[1] == mine[1] and _same_after_head_word(state, m.org_type, mine[0], other[0]):
                    return e
    return None


def _town_at_end(state: ArticleState, name: str) -> tuple[str, str] | None:
    """'Kantor Imigrasi Kelas II Jambi' -> ('Kantor Imigrasi Kelas II', key of Jambi): a name that ends in a
    place the gazetteer knows, split there; None for a name that does not."""
    split = _split_at_place_at_end(name, gazetteer.is_place)
    return (split[0], places.place_key(state, split[1])) if split else None


def _split_at_place_at_end(name: str, is_the_place) -> tuple[str, str] | None:
    """'Dinas Sosial Kota Jambi' -> ('Dinas Sosial Kota', 'Jambi') where `is_the_place('Jambi')`: the longest tail of a
    name's words (at most a place name's length, never the whole name) that `is_the_place`, split off."""
    words = name.split()
    for n in range(min(MAX_PLACE_TOKENS, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if is_the_place(tail):
            return " ".join(words[:-n]), tail
    return None


def mention_place_key(state: ArticleState, written: str) -> str:
    """The key of a place a mention names ('Kota Blitar', 'Jambi'), its level word deciding between a city and a
    regency; of two regions an office serves together ('Jateng-DIY', `places.regions_joined`), the first, where it
    sits."""
    joined = places.regions_joined(written)
    if joined:
        written = joined[0]
    return places.place_key(state, bare_name(written), KIND_OF_LEVEL.get(level_of_prefixed(written) or ""))


def _own_part(m: OrgMention) -> str:
    """'Dinas Sosial Kota Blitar' -> 'Dinas Sosial': a regional office's name before its region."""
    written = m.places[0]
    return m.name[: -len(written)].strip() if m.name.endswith(written) else strip_region(m.name)


def _same_own_name(state: ArticleState, a: str, b: str) -> bool:
    """'Dinas Kesehatan' and 'Dinkes', 'Dinas Sosial, Pemuda, dan Olahraga' and 'Dinas Sosial Pemuda dan Olahraga' and
    'Dinas Sosial, Pemuda Olahraga': one office's own name, written in full or in its short form, with or without
    the commas and the 'dan' that join its fields."""
    return _fields(a) == _fields(b) or (" " not in a and stands_for(a, b)) or (" " not in b and stands_for(b, a)) \
        or _short_field(state, a, b) or _short_field(state, b, a)


def _short_field(state: ArticleState, short: str, full: str) -> bool:
    """'Dinas Dukcapil' and 'Dinas Kependudukan dan Catatan Sipil', 'Dinas PUPR' and 'Dinas Pekerjaan Umum dan Penataan
    Ruang': one head word, then the office's field in the short form kg/data/indonesian.json field_short_forms gives
    it, or in full. Only that table: a field's short form made up by letters alone fits other fields as well ('Pangan'
    would fit 'Perindustrian dan Perdagangan')."""
    table = state.lex.words["field_short_forms"]
    ws, wf = short.split(), full.split()
    if len(ws) < 2 or len(wf) < 2 or ws[0] != wf[0]:
        return False
    field = table.get(" ".join(ws[1:]))
    return field is not None and _fields(field) == _fields(" ".join(wf[1:]))


def _same_body_name(state: ArticleState, org_type, a: str, b: str) -> bool:
    """One body's own name, in full or short form (`_same_own_name`) or with another of its kind's head words
    (`_same_after_head_word`)."""
    return _same_own_name(state, a, b) or _same_after_head_word(state, org_type, a, b)


def _same_after_head_word(state: ArticleState, org_type, a: str, b: str) -> bool:
    """'Imigrasi' and 'Kantor Imigrasi Kelas II', 'Lapas' and 'Lembaga Pemasyarakatan (Lapas) Kelas IIA': one office
    of a kind in one town, written with another of its kind's head words and with or without its class."""
    def rest(name: str) -> list[str] | None:
        # written out, 'Polres X' is no 'Polsek X': 'Kepolisian Resor X', 'Kepolisian Sektor X'
        name = _head_spelled_out(state, without_brackets(name))
        head = next((h for h in org_type.head_words if name == h or name.startswith(h + " ")), None)
        if head is None:
            return None
        words = name[len(head):].split()
        return words[office_class_length(words, state.lex):]
    ra, rb = rest(a), rest(b)
    return ra is not None and ra == rb


def _fields(name: str) -> list[str]:
    """The words of a name without punctuation and joining 'dan', 'serta', '&', a letter written twice by mistake
    read once ('Dinas Kessehatan' is the 'Dinas Kesehatan' of the next line)."""
    return [doubled_letters_once(w) for w in norm(name).split() if w not in ("dan", "serta")]


def _without_region(state: ArticleState, name: str, pkey: str) -> str:
    """'Dinas Sosial Provinsi Jambi', 'Dinas Sosial Jambi', 'Dinas Sosial Pemprov Jambi' -> 'Dinas Sosial'."""
    name = _government_written_as_its_region(state, without_brackets(name))
    bare = strip_region(name)
    if bare != name:
        return bare
    split = _split_at_place_at_end(name, lambda tail: tail in state.place_names.get(pkey, set()) or (
        gazetteer.is_place(tail) and places.place_key(state, tail) == pkey))
    return split[0] if split else name


def _top_org(state: ArticleState, m: OrgMention) -> OrgEntity:
    if m.kind == "government":
        return _government(state, m.level, m.places[0] if m.places else m.name, m)
    found = _find_top(state, m.name) or _same_regional_body(state, m) or _same_office_in_its_town(state, m) \
        or _same_numbered_command(state, m)
    if found:
        if len(m.name) > len(found.name) and not found.acronyms.count(m.name):
            found.names.insert(0, m.name)
        elif m.name not in found.names:
            found.names.append(m.name)
        short = _own_part(m) if m.region_org and m.places else ""
        if " " not in short and looks_abbreviated(short) and short not in found.acronyms + found.names:
            found.acronyms.append(short)  # "Disdikbud Lombok Tengah": 'Disdikbud' is the office's short form
        return found
    e = _new_org(state, m, "org", m.name)
    e.region_named = m.region_org
    for p in m.places:
        e.places.append(mention_place_key(state, p))
    return e


def _command_number(org_type, name: str) -> tuple[str, str | None, list[str]] | None:
    """A numbered organisation's name ('Kodim 0815/Mojokerto', 'Korem 074 Warastratama') as its head word, its number
    (None where the name has none: 'Kodim Mojokerto') and the words after them; None for a name of another kind."""
    if org_type is None or not org_type.numbered:
        return None
    words = without_brackets(name).replace("/", " ").split()
    head = next((h for h in org_type.head_words if words[:len(h.split())] == h.split()), None)
    if head is None:
        return None
    rest = words[len(head.split()):]
    if rest and COMMAND_NUMBER.fullmatch(rest[0]):
        return head, rest[0], rest[1:]
    return head, None, rest


def _same_numbered_command(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """The command a numbered organisation's mention names again: its head word and number name it whole ('Korem 074
    Warastratama', then 'Korem 074 Wrt'), and one named by its town alone is the numbered one of that town ('Kodim
    0815/Mojokerto', then 'Kodim Mojokerto')."""
    own = _command_number(m.org_type, m.name)
    if own is None:
        return None
    head, number, rest = own
    for e in state.orgs:
        if e.kind != "org" or e.org_type is not m.org_type:
            continue
        for name in e.names:
            other = _command_number(e.org_type, name)
            if other is None or other[0] != head:
                continue
            if number is not None and other[1] == number:
                return e
            if (number is None) != (other[1] is None) and rest and rest == other[2]:
                return e
    return None


def _government(state: ArticleState, level: str | None, place: str, m: OrgMention | None) -> OrgEntity:
    bare = bare_name(place)
    pkey = places.place_key(state, bare, KIND_OF_LEVEL.get(level or ""))
    for e in state.orgs:
        if e.kind == "government" and e.level == level and pkey in e.places:
            if m and m.name not in e.names:
                if m.rule != "role.government-of-title" and m.name.startswith("Pemerintah") \
                        and not e.names[0].startswith("Pemerintah"):
                    e.names.insert(0, m.name)
                else:
                    e.names.append(m.name)  # the region after a head's title names its government: 'Bupati Sleman'
            return e
    if m and m.rule != "role.government-of-title" and m.name[:1].isupper():
        name = m.name  # (a name written in lower case, 'pemerintah provinsi X', is named as the title's region is)
    else:
        canonical = state.places[pkey].name if pkey in state.places else bare
        if level in SUB_REGENCY_LEVELS:
            local = bare_name(re.sub(r"^(Kecamatan|Kelurahan)\s+", "", canonical))  # 'Camat Sekadau': Kecamatan Sekadau, in
            # the regency of that name, never 'Kecamatan Kabupaten Sekadau'
            name = f"{LEVEL_WORD[level]} {local}"
        else:
            name = f"Pemerintah {LEVEL_WORD.get(level, '')} {bare_name(canonical)}".replace("  ", " ")
    otype = next((t for t in state.lex.org_types if t.government_level == level), None)
    names = [name, m.name] if m and m.name != name else [name]
    e = OrgEntity(key="", names=names, kind="government", span=m.span if m else Span(0, 0),
                  rule=m.rule if m else "org.government", org_type=otype, level=level, places=[pkey])
    state.orgs.append(e)
    return e


def government_named_by_region(state: ArticleState, level: str, region) -> OrgEntity:
    """The government of a region the article names only as a place, its span where the region is first named."""
    e = _government(state, level, region.name, None)
    e.span = _first_mention_past_the_dateline(state, region)
    written = state.text[e.span.begin:e.span.end]
    if written not in e.names:
        e.names.append(written)  # the region as the article writes it names its government, as the real-text gold does
    return e  # the region's mentions stay the place's: no figure or title reads them as the government's


def _first_mention_past_the_dateline(state: ArticleState, region) -> Span:
    """Where the article first names the region after its dateline (the town a story is filed from names no
    government), by the longest of its names there; the region's first mention where the story never names it."""
    start = state.dateline.span.end if state.dateline else 0
    found = [(m.start(), -len(name), name) for name in state.place_names.get(region.key, {region.name})
             for m in [re.compile(rf"(?<!\w){re.escape(name)}(?!\w)").search(state.text, start)] if m]
    if not found:
        return region.span
    begin, _, name = min(found)
    return Span(begin, begin + len(name))


def _unit(state: ArticleState, parent: OrgEntity | None, unit_type, pkey: str, m: OrgMention) -> OrgEntity:
    """The unit of `parent` at the place keyed `pkey` ('Kantor Cabang Kota Blitar' and '… Kabupaten Blitar' are two)."""
    number = _number_after_place(m.name)
    candidates = [e for e in state.orgs if e.kind == "unit" and pkey in e.places
                  and (parent is None or e.parent is parent)
                  and (unit_type is None or e.unit_type is None or e.unit_type.iri == unit_type.iri)
                  and number in (None, _unit_number_after_place(e))  # 'Kanwil … Jakarta Selatan I' is not '… II'
                  and not _other_name_after_the_place(e, m)]
    candidates += [e for e in state.orgs if e.kind == "unit" and e.own_name and not e.places and e.parent is parent
                   and e.unit_type is unit_type and _names_the_number(m.name, e.own_name, unit_type)]  # 'Regional 4', then '… Makassar'
    if candidates and not candidates[0].places:
        candidates[0].places.append(pkey)
        candidates[0].own_name = None
    if candidates:
        e = candidates[0]
        if e.unit_type is None and unit_type is not None:
            e.unit_type = unit_type
        _add_unit_name(state, e, m.name)
        return e
    if parent is None:
        parent = _likely_parent(state, unit_type)
    e = OrgEntity(key="", names=[], kind="unit", span=m.span, rule=m.rule, unit_type=unit_type, parent=parent, places=[pkey])
    _add_unit_name(state, e, m.name)
    state.orgs.append(e)
    return e


def _other_name_after_the_place(e: OrgEntity, m: OrgMention) -> bool:
    """'Kantor Cabang Semarang Pemuda' and '… Semarang Majapahit', 'KC Rintisan Larat' and 'KC Rintisan Elat': two
    units at one place whose names go on after it with other words are two offices ('… Semarang' alone may be
    either)."""
    written = m.places[-1] if m.places else ""
    tail = _words_after(m.name, written)
    return bool(tail) and any(other and other != tail for other in (_words_after(n, written) for n in e.names))


def _words_after(name: str, place: str) -> str:
    """The words of a unit's name after its place as written, '' where there are none or the place is not in it."""
    at = name.rfind(place) if place else -1
    return name[at + len(place):].strip() if at >= 0 else ""


def _number_after_place(name: str) -> str | None:
    """'Kanwil DJP Jakarta Selatan II': the number after a unit's place tells it from the region's other offices."""
    found = re.search(r"\s([IVX]{1,4}|\d{1,2})$", name)
    return found.group(1) if found else None


def _unit_number_after_place(e: OrgEntity) -> str | None:
    """The number after the unit's place in one of its names; not the number of its type ('… Daop 5')."""
    forms = e.unit_type.forms if e.unit_type else ()
    for name in e.names:
        number = _number_after_place(name)
        if number and not any(name.endswith(f"{form} {number}") for form in forms):
            return number
    return None


def _add_unit_name(state: ArticleState, e: OrgEntity, name: str) -> None:
    """Units are named in full ('BPJS Ketenagakerjaan Kantor Cabang Surakarta') and by their own part."""
    parent_name = e.parent.name if e.parent else ""
    full = name if (not parent_name or any(pn in name for pn in e.parent.names)) else f"{parent_name} {name}"
    for n in (full, name):
        if n not in e.names:
            e.names.append(n)
    e.names.sort(key=lambda n: (not n.startswith(parent_name) if parent_name else False, -len(n)))
    own = name
    leads = ("", *(f"{w} " for w in state.lex.words["office_nouns"]["words"]))  # 'Kantor Kemenag X' is also 'X'
    for pn in sorted(e.parent.names if e.parent else [], key=len):  # the longest: 'PT Sinar (Persero)', not 'PT Sinar'
        lead = next((lead for lead in leads if name.startswith(f"{lead}{pn} ")), None)
        if lead is not None:
            own = name[len(lead) + len(pn) + 1:]
    if own not in e.names:
        e.names.append(own)


def _likely_parent(state: ArticleState, unit_type) -> OrgEntity | None:
    """A unit named alone ('Kantor Cabang Madiun') belongs to the organisation the article is about."""
    counts = Counter()
    for e in state.orgs:
        if e.kind == "unit" and e.parent:
            counts[id(e.parent)] += 3
        if e.kind == "org":
            counts[id(e)] += len(e.mentions) + 1
    tops = [e for e in state.orgs if e.kind == "org"]
    if not tops:
        return None
    return max(tops, key=lambda e: (counts[id(e)], -e.span.begin))


def org_of_mention(state: ArticleState, m: OrgMention) -> OrgEntity:
    """The entity a mention names: a unit of its parent (or the parent itself when its name ends with that place), else
    a top-level organisation or government; made when new."""
    office = _office_of_its_short_form(state, m)
    if office is not None:
        if m.name not in office.names and m.name not in office.acronyms:
            office.names.append(m.name)
        return office
    if m.kind == "unit":
        parent = _top_org(state, m.parent) if m.parent else None
        if m.own_name:
            return _numbered_unit(state, parent, m)
        if not m.places:
            return _part_of(state, parent, m)
        if parent is not None and parent.region_named and mention_place_key(state, m.places[0]) in parent.places:
            # "BBPVP Surabaya" is the body named "Balai Besar … Surabaya", not an office of it
            if m.name not in parent.names:
                parent.names.append(m.name)
            return parent
        pkey = mention_place_key(state, m.places[0])
        office = _typed_office_of(state, parent, pkey)
        if office is not None:
            if m.name not in office.names:
                office.names.append(m.name)
            return office
        return _unit(state, parent, m.unit_type, pkey, m)
    e = _top_org(state, m)
    if m.kind == "org" and m.parent is not None and m.parent.kind == "government" and e.parent is None:
        e.parent = _top_org(state, m.parent)  # 'BPKAD Pemkab X': the government its name gives
        _name_without_parent(state, e, e.parent)
    return e


def _office_of_its_short_form(state: ArticleState, m: OrgMention) -> OrgEntity | None:
    """'KPBI', 'KPBI Provinsi X' after 'Kantor Perwakilan Bank Indonesia (KPBI) Provinsi X': the office whose own
    short form the mention is written with (alone, or with the office's place)."""
    short = m.parent.name if m.kind == "unit" and m.parent is not None else m.name
    if m.kind == "unit" and (m.unit_type is not None or m.parent is None):
        return None  # 'KPBI Cabang Y' names a unit of its own
    offices = [e for e in state.orgs if e.kind == "unit" and short in e.acronyms]
    if m.places:
        pkey = mention_place_key(state, m.places[0])
        offices = [e for e in offices if pkey in e.places]
    return offices[0] if len(offices) == 1 else None


def fold_kind_and_town_names(state: ArticleState) -> bool:
    """'BPJS Bitung' beside 'Kepala BPJS Kesehatan Cabang Bitung', 'Kepala Cabang BPJS Bitung' beside 'BPJS Kesehatan
    Bitung': a kind's head word and a town alone name the one unit the article gives a body of that kind in that town
    (a unit a title names is read after the organisations, so the two are joined once the titles are read); the titles
    that named it name the unit. Whether any was joined."""
    joined = False
    for e in list(state.orgs):
        if e.kind != "org" or e.org_type is None or e.parent is not None or len(e.names) != 1 or e.acronyms \
                or any(o.parent is e for o in state.orgs):
            continue
        split = _town_at_end(state, e.name)
        if split is None or split[0] not in e.org_type.head_words:
            continue
        units = [u for u in state.orgs if u.kind == "unit" and split[1] in u.places and u.parent is not None
                 and u.parent.org_type is not None and u.parent.org_type.iri == e.org_type.iri]
        if len(units) != 1:
            continue
        unit = units[0]
        _add_name_keeping_key(unit, e.name)
        unit.mentions.extend(e.mentions)
        state.orgs.remove(e)
        state.org_mentions[:] = [(s, unit if x is e else x, t) for s, x, t in state.org_mentions]
        for person in state.people:
            person.orgs[:] = [unit if o is e else o for o in person.orgs]
        for membership in state.memberships:  # 'Kepala Cabang BPJS X, Rudi': the unit's head
            if membership.org is e:
                membership.org = unit
        joined = True
    if joined:
        state.indexes.clear()  # the indexes of mentions hold the entity that is gone
    return joined


def _typed_office_of(state: ArticleState, parent: OrgEntity | None, pkey: str) -> OrgEntity | None:
    """'Kantor Kementerian Agama Kabupaten X', then 'Kemenag X': where the lexicon has a type for a national body's
    regional offices, whose name ends with the body's, the article's office of that type in that place is the body's
    office there, not a second one."""
    listed = institution_named(parent.names + parent.acronyms) if parent is not None else None
    if listed is None:
        return None
    body = norm(listed[0].name)
    return next((e for e in state.orgs if e.kind == "org" and e.org_type is not None and pkey in e.places
                 and norm(e.org_type.label_id).endswith(" " + body)), None)


def _names_the_number(name: str, own: str, unit_type) -> bool:
    """'KAI Daop 9 Jember' and '… Daerah Operasi (KAI Daop) 9 Jember' name the unit 'Daop 9'; 'KAI Daop 19' does
    not: the type written in any of its forms, then the number."""
    number = own.rsplit(" ", 1)[-1]
    plain = " ".join(without_brackets(name).split())
    return any(re.search(rf"(?:^|\s){re.escape(form)}\s{re.escape(number)}(?:\s|$)", plain)
               for form in (unit_type.forms if unit_type else [own.rsplit(" ", 1)[0]]))


def _add_name_keeping_key(e: OrgEntity, name: str) -> None:
    """Another name of a unit met after its first ('KAI Daop 9', 'UID Xyz'), put second, not last: `assign_keys` reads
    a unit's own name from its last names, and a short form would change the unit's key."""
    if name not in e.names:
        e.names.insert(1, name)


def _numbered_unit(state: ArticleState, parent: OrgEntity | None, m: OrgMention) -> OrgEntity:
    """'Pelindo Regional 4', 'KAI Daop 9': the unit its parent numbers so, the same as one named with the number and a
    place ('KAI Daop 9 Jember') in the article."""
    for e in state.orgs:
        if e.kind == "unit" and e.parent is parent and e.unit_type is m.unit_type \
                and (e.own_name == m.own_name or any(_names_the_number(n, m.own_name, m.unit_type) for n in e.names)):
            _add_name_keeping_key(e, m.name)
            return e
    e = OrgEntity(key="", names=[m.name, m.own_name], kind="unit", span=m.span, rule=m.rule, unit_type=m.unit_type,
                  parent=parent, own_name=m.own_name)
    state.orgs.append(e)
    return e


def _part_of(state: ArticleState, parent: OrgEntity | None, m: OrgMention) -> OrgEntity:
    """A part named without a place: 'Direktorat Jenderal … Kemnaker' is a unit of the ministry."""
    for e in state.orgs:
        if e.kind == "unit" and e.parent is parent and (norm(m.name) in {norm(n) for n in e.names}
                                                         or (m.acronym and m.acronym in e.acronyms)):
            return e
        if e.kind == "unit" and e.parent is parent and any(_same_facility(state, m.name, n) for n in e.names):
            if m.name not in e.names:  # the fuller name first: 'Bandara Internasional X', then 'Bandara X'
                e.names.insert(0 if len(m.name) > len(e.names[0]) else len(e.names), m.name)
            return e
    e = OrgEntity(key="", names=[m.name], kind="unit", span=m.span, rule=m.rule, org_type=m.org_type, parent=parent)
    if m.parent is not None and m.name.endswith(" " + m.parent.name):  # 'Biro Umum Setda Kota X' is also 'Biro Umum'
        e.names.append(m.name[: -len(m.parent.name) - 1])
    elif m.parent is not None and m.name.startswith(m.parent.name + " "):  # 'PT X Bandara Y' is also 'Bandara Y'
        e.names.append(m.name[len(m.parent.name) + 1:])
    if m.acronym:
        e.acronyms.append(m.acronym)
    state.orgs.append(e)
    return e


def find_organisations(state: ArticleState) -> None:
    """Top-level names first, so units and acronyms can find their parents; keys once every mention is read."""
    names = state.names
    # top-level names first, so units and acronyms can find their parents
    def defines(m: OrgMention) -> bool:
        """The mention spells out a name with its acronym: 'Otoritas Jasa Keuangan (OJK) …'."""
        return bool(m.acronym or (m.parent is not None and m.parent.acronym) or _acronym_after_span(state.text, m.span))
    def bare_acronym(m: OrgMention) -> bool:
        """'BRI', 'OJK', 'KPwBI' alone: resolved after every name spelled out, wherever that is in the text."""
        return bool(re.fullmatch(r"[A-Z]{2,5}", m.name) or (re.fullmatch(r"[A-Z][A-Za-z]{2,5}", m.name)
                                                           and sum(c.isupper() for c in m.name) >= 3))
    def regional_kind_alone(m: OrgMention) -> bool:
        """'Dinas Sosial' from 'Kadis Sosial' before 'Dinsos Sidrap': a body of a kind each region has one of, named
        without a region, is read after those named with theirs, so that it can be the one the article names."""
        return m.kind == "org" and not m.places and m.org_type is not None \
            and (m.org_type.only_regional or m.org_type.named_only_by_region)
    ordered = sorted(names.orgs, key=lambda m: (not defines(m), m.kind == "unit", bare_acronym(m), regional_kind_alone(m),
                                                m.span.begin))
    parents_known = False
    unit_short_forms: dict[tuple[int, int], OrgEntity] = {}  # where a unit's short form in brackets is written
    unit_region_words: dict[str, OrgEntity] = {}  # the region word of such a short form
    for m in ordered:
        if not parents_known and not defines(m) and (bare_acronym(m) or m.kind == "unit"):
            _companies_named_before_their_units(state, ordered, bare_acronym)
            parents_known = True
        e = _unit_of_its_short_form(state, m, unit_short_forms, unit_region_words) or org_of_mention(state, m)
        e.mentions.append(m.span)
        state.org_mentions.append((m.span, e, m.in_title))
        _acronyms_inside(state, m, e)
        acr = _acronym_after_span(state.text, m.span)
        if acr and e.kind == "unit" and e.places:
            unit_short_forms[(acr[1] - 1 - len(acr[0]), acr[1] - 1)] = e
        if acr and acr[0] not in e.acronyms and e.kind != "unit":
            e.acronyms.append(acr[0])
            tail = _place_after(state.text, acr[1])
            if tail:
                e.places.append(places.add_place(state, tail, Span(acr[1], acr[1] + len(tail))))
    for r in names.roles:  # "Deputi Direktur Wilayah Kalimantan BPJS …" names a regional office
        if r.unit_place and r.role.leads_unit_type is not None and r.org is not None and r.org.kind == "org":
            parent = _top_org(state, r.org)
            utype = state.lex.unit_type_by_iri(r.role.leads_unit_type)
            fake = OrgMention(r.span, f"{utype.label_id} {r.unit_label or r.unit_place}", "unit", "role.leads-unit", unit_type=utype)
            _unit(state, parent, utype, mention_place_key(state, r.unit_place), fake)
    _abbreviated_mentions(state, [r.span for r in names.roles])
    _bodies_named_short_in_lists(state, [r.span for r in names.roles])
    _short_names_once_named(state, [r.span for r in names.roles])
    _governments_listed_after_one(state)
    _company_locations(state)
    _local_bodies(state)
    _regional_parents(state)
    _orphan_units_become_organisations(state)
    assign_keys(state)


def _unit_of_its_short_form(state: ArticleState, m: OrgMention, short_forms: dict, region_words: dict) -> OrgEntity | None:
    """'PLN Unit Induk Distribusi Jawa Barat, Banten, dan DKI Jakarta (UID Jabanbaja)': the unit named in brackets is
    the one named before them, and the word its short form gives its regions ('Jabanbaja', no place of its own) names
    that unit later: 'PLN Jabanbaja' is the unit as well."""
    if m.kind != "unit":
        return None
    e = next((e for (b, end), e in short_forms.items() if b <= m.span.begin and m.span.end <= end), None)
    if e is not None:
        _add_name_keeping_key(e, m.name)
        region_words.update({p: e for p in m.places if p in state.names.short_region_words})
        return e
    named = next((region_words[p] for p in m.places if p in region_words), None)
    if named is not None and (m.parent is None or _top_org(state, m.parent) is named.parent):
        _add_name_keeping_key(named, m.name)
        return named
    return None


def _companies_named_before_their_units(state: ArticleState, mentions: list[OrgMention], bare_acronym) -> None:
    """'PT Sinar Rel (Persero) Daop 2 Madiun': a company spelled out only before its unit's form is known before its
    acronym alone ('SRN') or a unit named without it ('Daop 2 Madiun') is read, so that these name it and its unit,
    not an organisation of their own."""
    for m in mentions:
        if m.kind == "unit" and m.parent is not None and not bare_acronym(m.parent):
            _top_org(state, m.parent)


def _orphan_units_become_organisations(state: ArticleState) -> None:
    """A unit is a unit of something: 'Kantor Cabang Surakarta' or 'UID Jateng' in an article that names no
    organisation they could belong to is kept as an organisation of its own, not a unit without a parent."""
    for e in state.orgs:
        if e.kind == "unit" and e.parent is None:
            e.kind, e.unit_type = "org", None


def _acronyms_inside(state: ArticleState, m: OrgMention, e: OrgEntity) -> None:
    """'Badan Pusat Statistik (BPS) Provinsi X': BPS names the agency, 'BPS Provinsi X' its office."""
    owner_mention = m.parent if m.kind == "unit" and m.parent is not None else m
    acronym = owner_mention.acronym
    if m.kind == "unit" and m.acronym and (not m.places or f"({m.acronym})" in m.name):
        if m.acronym not in e.acronyms:  # (a unit named with its places has its own short form in its name:
            e.acronyms.append(m.acronym)  # 'Kantor Perwakilan Bank Indonesia (KPBI) Provinsi X')
        return
    if not acronym:
        return
    if m.kind == "unit" and e.unit_type is not None and acronym.split()[0] in e.unit_type.forms:
        if acronym not in e.acronyms:  # 'Kantor Wilayah Kementerian X (Kanwil Kemenx) Provinsi Y': the short form
            e.acronyms.append(acronym)  # opens with the unit's word, so it names the office, not the ministry
        return
    owner = e.parent if m.kind == "unit" and e.parent is not None else e
    if acronym not in owner.acronyms and acronym not in owner.names:
        owner.acronyms.append(acronym)
    tail = m.name[len(owner_mention.name):].strip() if m.name.startswith(owner_mention.name) else ""
    if not tail and owner_mention is m:  # 'Kepolisian Daerah (Polda) Bali': its short name is 'Polda Bali'
        tail = state.text[m.span.begin:m.span.end].partition(f"({acronym})")[2].strip()
    if tail:
        short = f"{acronym} {tail}"
        if short not in e.names:
            e.names.append(short)


def _abbreviated_mentions(state: ArticleState, titles: list[Span]) -> None:
    """'BKPSDM Kota Malang', 'Disnakertrans Karawang': short forms of names the article spelled out
    (outside people's titles, whose organisations are already read)."""
    toks = state.doc.tokens
    not_names = set(state.lex.words["not_names"])
    covered = ClaimedText(len(state.text))
    for s in [s for s, _, _ in state.org_mentions] + titles:
        covered.append(s)
    for i, t in enumerate(toks):
        w = t.text
        if not looks_abbreviated(w):
            continue
        if covered.covers(t.begin) or gazetteer.is_place(w) or w in not_names:
            continue  # 'Pemerintah' is no short form of 'Pemerintah Aceh'
        e = _abbreviated_organisation(state, w)
        if e is not None:
            end = t.end
            k = i + 1
            # the short form may carry its region: "BKPSDM Kota Malang", "Disnakertrans Karawang"
            if k < len(toks) and toks[k].text in LEVEL_WORD.values():
                k += 1
            n, _ = gazetteer.longest_prefix([x.text for x in toks[k:k + MAX_PLACE_TOKENS]])
            if n:
                end = toks[k + n - 1].end
            name = state.text[t.begin:end]
            if end > t.end:
                e, name, end = _office_by_its_short_name(state, e, name, t)
            if name not in e.names + e.acronyms:
                e.names.append(name)
            e.mentions.append(Span(t.begin, end))
            state.org_mentions.append((Span(t.begin, end), e, False))


def _short_names_once_named(state: ArticleState, titles: list[Span]) -> None:
    """'PT Garuda Indonesia (Persero) Tbk menambah armada … Armada Garuda kini 70 pesawat': a short name the press
    gives an institution once it has named it (kg/data/institutions.tsv names_once_named), which alone may name another
    body, names it in an article that names it otherwise and no other institution with that short name; not where
    more capitalised words follow ('Telkom University')."""
    holders: dict[str, list[OrgEntity]] = {}
    for e in state.orgs:
        found = institution_named(e.names + e.acronyms) if e.kind == "org" else None
        for short in found[0].names_once_named if found else ():
            holders.setdefault(short, []).append(e)
    if not holders:
        return
    covered = ClaimedText(len(state.text))
    for s in [s for s, _, _ in state.org_mentions] + titles:
        covered.append(s)
    for short, bodies in sorted(holders.items()):
        if len({id(e) for e in bodies}) != 1:
            continue  # 'Angkasa Pura' in an article about both airport companies
        e = bodies[0]
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?!\s+[A-Z])", state.text):
            span = Span(m.start(), m.end())
            if covered.covers(span.begin):
                continue
            if short not in e.acronyms and short not in e.names:
                e.names.append(short)
            e.mentions.append(span)
            state.org_mentions.append((span, e, False))


def _bodies_named_short_in_lists(state: ArticleState, titles: list[Span]) -> None:
    """'… dukungan pemerintah daerah, TNI, Polri, dan Dinas Perhubungan': a short name that alone may be no body's
    (kg/data/indonesian.json bodies_named_short_in_lists: 'TNI' also follows ranks, 'Polri' heads its divisions'
    titles) names the body where the article lists it with another body, joined by a comma, 'dan' or 'serta'."""
    listed = state.lex.words["bodies_named_short_in_lists"]
    shorts = {k: v for k, v in listed.items() if not k.startswith("_")}
    covered = ClaimedText(len(state.text))
    for s in [s for s, _, _ in state.org_mentions] + titles:
        covered.append(s)
    joiner = _list_joiner(state)
    found = [m for m in re.finditer(rf"(?<![\w-])(?:{alternation(list(shorts))})(?![\w-])(?!\s+[A-Z])", state.text)
             if not covered.covers(m.start())]
    bodies = sorted([s for s, _, _ in state.org_mentions] + [Span(m.start(), m.end()) for m in found],
                    key=lambda s: s.begin)
    for m in found:
        at = bodies.index(Span(m.start(), m.end()))
        before = at > 0 and joiner.fullmatch(state.text, bodies[at - 1].end, m.start())
        after = at + 1 < len(bodies) and joiner.fullmatch(state.text, m.end(), bodies[at + 1].begin)
        if not (before or after):
            continue
        e = _top_org(state, OrgMention(Span(m.start(), m.end()), shorts[m.group()], "org", "org.listed-short-name"))
        if m.group() not in e.acronyms:
            e.acronyms.append(m.group())
        e.mentions.append(Span(m.start(), m.end()))
        state.org_mentions.append((Span(m.start(), m.end()), e, False))


def _list_joiner(state: ArticleState) -> re.Pattern:
    """What joins the items of a list of names: a comma, a coordinator (kg/data/indonesian.json coordinators: 'dan',
    'serta'), or both (', dan ')."""
    words = alternation(state.lex.words["coordinators"])
    return re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+")


def _governments_listed_after_one(state: ArticleState) -> None:
    """'Pemkot Kupang, Pemkab Alor, Rote Ndao dan Sabu Raijua': regencies (or cities) listed right after one
    regency's (city's) government are each that level's government, named with the same head word ('Pemkab Rote
    Ndao'): a coordinated name names each member (GOLD.md)."""
    text = state.text
    joiner = _list_joiner(state)
    taken = ClaimedText(len(text))
    for s, _, _ in state.org_mentions:
        taken.append(s)
    for span, e, _ in list(state.org_mentions):
        if e.kind != "government" or e.level not in ("kabupaten", "kota") or e.org_type is None:
            continue
        written = text[span.begin:span.end]
        heads = sorted(e.org_type.head_words, key=len, reverse=True)
        head = next((h for h in heads if written.startswith(h + " ")), None)
        pos = span.end
        while head is not None:
            joined = joiner.match(text, pos)
            words = re.match(r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}", text[joined.end():]) if joined else None
            n, hits = gazetteer.longest_prefix(words.group().split()) if words else (0, ())
            if not n or not any(h.kind == KIND_OF_LEVEL[e.level] for h in hits) or taken.covers(joined.end()):
                break
            name = " ".join(words.group().split()[:n])
            where = Span(joined.end(), text.index(name.split()[-1], joined.end()) + len(name.split()[-1]))
            places.add_place(state, name, where, KIND_OF_LEVEL[e.level])
            government = _government(state, e.level, name, None)
            if f"{head} {name}" not in government.names:
                government.names.append(f"{head} {name}")
            government.mentions.append(where)
            state.org_mentions.append((where, government, False))
            pos = where.end


def _office_by_its_short_name(state: ArticleState, e: OrgEntity, name: str, acronym: Token) -> tuple[OrgEntity, str, int]:
    """'Kantor OJK Garut' after 'Otoritas Jasa Keuangan (OJK) Garut': the acronym with a region names the office
    read already under that name, not the national body; where no office has that name but the body has offices,
    only the acronym is the body's (its region would make it an office the article may not speak of)."""
    units = [u for u in state.orgs if u.kind == "unit" and u.parent is e]
    office = next((u for u in units if name in u.names), None)
    if office is not None:
        return office, name, acronym.begin + len(name)
    if units:
        return e, acronym.text, acronym.end
    return e, name, acronym.begin + len(name)


def _abbreviated_organisation(state: ArticleState, short: str) -> OrgEntity | None:
    """The organisation `short` stands for: the one the article gave it as an acronym ('Bank Tabungan Negara
    (BTN)'), else the only one whose name it abbreviates. Two that it could abbreviate ('BTN' fits 'Bank
    Rakyat Indonesia' letter by letter too) give none: a wrong organisation is worse than none."""
    tops = [e for e in state.orgs if e.kind != "unit"]
    declared = [e for e in tops if short in e.acronyms]
    if declared:
        return declared[0]
    fitting = [e for e in tops if stands_for(short, strip_region(e.name))]
    return fitting[0] if len(fitting) == 1 else None



def _local_bodies(state: ArticleState) -> None:
    """'Pemkab X menggelar rapat dengan Dinas Kesehatan setempat', 'Pemkot Y dan Dinas Sosial (Dinsos) setempat': a
    body of a kind only regions have, named without a region and then called local (kg/data/indonesian.json
    local_markers), is the body of the region of the government named last before it in its sentence (a government
    named only by its head's title, 'Bupati Y', is not known yet here)."""
    markers = alternation(state.lex.words["local_markers"])
    for span, e, _ in state.org_mentions:
        otype = e.org_type
        if e.places or e.kind != "org" or otype is None or not (otype.only_regional or otype.named_only_by_region):
            continue
        end = span.end
        acr = _acronym_after_span(state.text, span)
        if acr:
            end = acr[1]
        if not re.match(rf"\s+(?:{markers})\b", state.text[end:end + 20]):
            continue
        sentence = state.doc.sentence_at(span.begin)
        before = [(s, g) for s, g, _ in state.org_mentions
                  if g.kind == "government" and g.places and sentence.begin <= s.begin and s.end <= span.begin]
        if before:
            government = max(before, key=lambda x: x[0].begin)[1]
            e.places = [government.places[0]]
            place = state.places.get(government.places[0])
            if place is not None and place.name not in e.name:  # its name in full: 'Dewan Perwakilan Rakyat Daerah
                e.names.insert(0, f"{e.name} {place.name}")  # Kabupaten X', as when it is written with its region


AGENCY_LEVELS = ("provinsi", "kabupaten", "kota")  # governments with agencies (Dinas, Badan, Biro) of their own


def _regional_parents(state: ArticleState) -> None:
    """'Dinas Kesehatan Kabupaten Jember' is part of 'Pemkab Jember' when the article names that government."""
    for e in state.orgs:
        if e.kind != "org" or not e.places or e.parent:
            continue
        kind = str(e.org_type.iri).split("/")[-1] if e.org_type is not None else ""
        # a Dinas or a regional team belongs to the region's government; a Badan only when its own name ends
        # with the region ("Badan Kepegawaian … Kota Malang"), not a national agency's office ("BPS Provinsi Riau")
        regional_hospital = kind == "rumah-sakit" and e.region_named and ("Daerah" in e.name or e.name.startswith("RSUD"))
        if not (kind in ("dinas", "tim", "biro") or regional_hospital
                or (e.region_named and kind in ("badan", "sekretariat", "inspektorat", "direktorat"))):
            continue
        for g in state.orgs:
            if g.kind == "government" and g.level in AGENCY_LEVELS and set(g.places) & set(e.places):
                e.parent = g
                _name_without_parent(state, e, g)
                break
    _dinas_of_the_only_government(state)


def _dinas_of_the_only_government(state: ArticleState) -> None:
    """'Dinas Sosial' named without a region, in an article that names one regional government only, is that
    government's agency."""
    governments = [g for g in state.orgs if g.kind == "government"]
    if len(governments) != 1 or not governments[0].places or governments[0].level not in AGENCY_LEVELS:
        return  # a district's or village's government has no agencies ('Dinas Sosial' and 'Camat X' are apart)
    g = governments[0]
    for e in state.orgs:
        kind = str(e.org_type.iri).split("/")[-1] if e.org_type is not None else ""
        if e.kind == "org" and kind == "dinas" and not e.places and e.parent is None:
            e.parent, e.places = g, [g.places[0]]


def _name_without_parent(state: ArticleState, e: OrgEntity, parent: OrgEntity) -> None:
    """'Biro Umum Pemprov Jateng' is also called 'Biro Umum' once its government is known."""
    for n in parent.names + parent.acronyms:
        if e.name.endswith(" " + n) and e.name[:-len(n) - 1] not in e.names:
            e.names.append(e.name[:-len(n) - 1])


def _company_locations(state: ArticleState) -> None:
    for e in state.orgs:
        if e.kind == "org" and not e.places:
            words = e.name.split()
            for n in (2, 1):
                if len(words) > n and gazetteer.is_place(" ".join(words[-n:])) \
                        and words[-1] not in state.lex.words["national_name_words"]:
                    e.places.append(places.add_place(state, " ".join(words[-n:]), e.span))
                    break


def assign_keys(state: ArticleState) -> None:
    """Each organisation's key, from its kind, parent, type and place; run again when a later component learns a
    unit's type (a title that heads it), so that 'Kepala Perwakilan BI Bali' keys the office as
    'Kantor Perwakilan BI Bali' does, in this article and in every other."""
    used = set()
    for e in sorted(state.orgs, key=lambda e: (e.kind == "unit", e.span.begin)):
        if e.kind == "unit" and e.parent and e.own_name and not e.places:
            key = unit_key(e.parent.key or org_key(company_core(e.parent.name) or e.parent.name), _typed_own_name(e))
        elif e.kind == "unit" and e.parent and not e.places:
            parent_forms = tuple(f + " " for f in e.parent.names + e.parent.acronyms)
            # 'PT X Bandara Y' is keyed by 'Bandara Y'
            own = next((n for n in e.names if not n.startswith(parent_forms)), e.names[0])
            key = unit_key(e.parent.key or org_key(company_core(e.parent.name) or e.parent.name),
                           _facility_without_fillers(state, own))
        elif e.kind == "unit" and e.parent:
            parent_forms = tuple(e.parent.names + e.parent.acronyms)  # 'BPJS Kesehatan X' as 'Badan … (BPJS) Kesehatan X'
            own_short = tuple(a + " " for a in e.acronyms)  # nor a name written with the unit's own: 'KPBI Provinsi X'
            own = next((n for n in reversed(e.names) if not n.startswith(parent_forms + own_short)), e.names[-1])
            if e.unit_type is None and e.places and _names_only_its_place(state, e, own):
                own = state.places[e.places[0]].name  # 'BPS Sulbar', 'BPS Provinsi Sulawesi Barat': one office
            number = _unit_number_after_place(e) if e.places else None
            if number and own.endswith(" " + number):
                own = own[: -len(number) - 1]  # keyed by its place as any office is, then the number
            if e.unit_type:
                rest = own
                for form in e.unit_type.forms:
                    if own.startswith(form + " ") or own.startswith(form.lower() + " "):  # 'cabang Tanjung' too
                        rest = own[len(form) + 1:]
                        break
                rank = _rank_words(state, e) if e.places else ""  # a main branch is not the branch
                own = f"{e.unit_type.label_id} {rest if rest.startswith(rank) else rank + rest}"
            parent_named = any(pn in own for pn in e.parent.names + e.parent.acronyms)
            if e.unit_type and e.places and e.places[0] in state.places and (
                    parent_named or _named_by_its_province(state, e, rest)):
                own = f"{e.unit_type.label_id} {rank}{state.places[e.places[0]].name}"  # "Kantor Perwakilan Jawa Tengah"
            if number:
                own = f"{own} {number}"
            key = unit_key(e.parent.key or org_key(company_core(e.parent.name) or e.parent.name), own)
        elif e.kind == "government":
            place = state.places[e.places[0]].name if e.places and e.places[0] in state.places else e.names[0]
            key = org_key(e.names[0]) if e.level in SUB_REGENCY_LEVELS else government_key(e.level, bare_name(place))
        else:
            own = company_core(e.name) or without_brackets(_facility_without_fillers(state, e.name))
            own = _government_written_as_its_region(state, own, e) if e.places else own
            key = _national_key(e) or org_key(own)
        e.key = unique_key(key, used)


def _names_only_its_place(state: ArticleState, e: OrgEntity, own: str) -> bool:
    """'Sulbar', 'Provinsi Sulawesi Barat' after 'BPS': a provincial office of a national body whose own name is only
    a name of the province it sits in (with its level word or not, in full or short), so that it keys by the province's
    name however an article writes it. (A town's name may be a city's and a regency's: 'BPS Madiun' keeps the name
    as written, as the place it names is not always read the same.)"""
    place = state.places.get(e.places[0])
    if place is None or place.kind != "province":
        return False
    written = {norm(bare_name(n)) for n in {place.name, *place.aliases, *state.place_names.get(e.places[0], ())}}
    return norm(bare_name(own)) in written


def _government_written_as_its_region(state: ArticleState, name: str, e: OrgEntity | None = None) -> str:
    """'BPKAD Pemkab Jember' -> 'BPKAD Kabupaten Jember': a regional body named with its region's government
    ('Pemkab', 'Pemerintah Kota', 'Pemprov', or 'Pemda' of its parent government's level) is the body named with the
    region, one key however it is written."""
    for otype in state.lex.org_types:
        if otype.government_level not in LEVEL_WORD or otype.government_level in SUB_REGENCY_LEVELS:
            continue
        for form in sorted(otype.head_words, key=len, reverse=True):
            found = re.search(rf"\s{re.escape(form)}\s+(\S.*)$", name)
            if found:
                return f"{name[:found.start()]} {LEVEL_WORD[otype.government_level]} {found.group(1)}"
    level = e.parent.level if e is not None and e.parent is not None and e.parent.kind == "government" else None
    for form in state.lex.words["governments_of_any_level"]["head_words"] if level in LEVEL_WORD else ():
        found = re.search(rf"\s{re.escape(form)}\s+(\S.*)$", name)
        if found:
            rest = found.group(1)
            written = rest if rest.split()[0] in LEVEL_WORD.values() else f"{LEVEL_WORD[level]} {rest}"
            return f"{name[:found.start()]} {written}"
    return name


def _facility_without_fillers(state: ArticleState, name: str) -> str:
    """'Bandara Internasional Raja Malik' -> 'Bandara Raja Malik': an airport's, port's or station's name without the
    words the press may leave out, so that one facility has one key however an article writes it."""
    words = state.lex.words
    if name.split(" ", 1)[0] not in words["facility_words"]:
        return name
    return " ".join(w for w in name.split() if w not in words["facility_name_fillers"])


def _typed_own_name(e: OrgEntity) -> str:
    """'Daop 9' keyed as 'Daerah Operasi 9': the unit type's name, then its number, however the type was written."""
    for form in sorted(e.unit_type.forms, key=len, reverse=True):
        if e.own_name.startswith(form + " "):
            return f"{e.unit_type.label_id} {e.own_name[len(form) + 1:]}"
    return e.own_name


def _named_by_its_province(state: ArticleState, e: OrgEntity, rest: str) -> bool:
    """'Kantor Perwakilan Provinsi Jawa Tengah': a unit named, after its type, by the province it sits in, written
    with the word 'Provinsi' or not; a province's name is one in the country, so the unit keys as 'Kantor Perwakilan
    Jawa Tengah' however it is written (a town's name may be a city's and a regency's, and keeps its prefix)."""
    place = state.places[e.places[0]]
    written = {norm(bare_name(n)) for n in {place.name, *state.place_names.get(e.places[0], ())}}
    return place.kind == "province" and norm(bare_name(rest)) in written


def _rank_words(state: ArticleState, e: OrgEntity) -> str:
    """The words between a unit's type and its place ('Utama ' in 'PT Sinar Cabang Utama Jawa Tengah'), which tell
    a main branch from a branch; '' when no name has any. A number ('Kantor Regional 3 …') is left out: the press
    drops it as often as it writes it."""
    written = sorted(state.place_names.get(e.places[0], ()), key=len, reverse=True)
    for n in sorted(e.names, key=lambda n: (-len(n), n)):
        for form in e.unit_type.forms:
            m = re.search(rf"(?:^|\s){re.escape(form)}\s+(.+)$", n)
            place = next((w for w in written if m and m.group(1).endswith(" " + w)), None)
            if place:
                rank = m.group(1)[: -len(place)].strip()
                if rank and not re.search(r"\d", rank) and not any(p in rank for p in e.parent.names + e.parent.acronyms):
                    return rank + " "
    return ""


def _national_key(e: OrgEntity) -> str | None:
    """A national institution has one key whichever name the article gives it: 'BPJS Kesehatan' alone and
    'Badan Penyelenggara Jaminan Sosial Kesehatan' are one IRI across articles."""
    found = _listed_institution(e)
    return found[0].key if found else None


def _listed_institution(e: OrgEntity):
    """The national institution `e` is, with the name that showed it (`kg.identity.institution_named`); but not by an
    acronym alone that the article gives a regional body named in full otherwise ('Dinas Ketahanan Pangan dan Perikanan
    (DKPP) Kabupaten X' is no national council that the same letters stand for)."""
    found = institution_named(e.names + e.acronyms)
    if found is None or not e.places or norm(found[1]) != norm(found[0].acronym):
        return found
    listed = {norm(n) for n in (found[0].name, found[0].acronym, *found[0].other_names)}
    spelled_out = [n for n in e.names if len(n.split()) > 2 and norm(n) not in listed]
    return None if spelled_out else found


def _spelled_out_names(state: ArticleState, e: OrgEntity) -> list[str]:
    """Names with the place written in full: 'Pemprov NTB' -> 'Pemerintah Provinsi Nusa Tenggara Barat',
    'Dinas … NTB' -> 'Dinas … Nusa Tenggara Barat' (the form readers and other articles use)."""
    extra = []
    if e.kind == "government" and e.places and e.places[0] in state.places and e.level in LEVEL_WORD \
            and e.level not in SUB_REGENCY_LEVELS:
        region = f"{LEVEL_WORD[e.level]} {bare_name(state.places[e.places[0]].name)}"
        extra += [f"Pemerintah {region}", region]  # "Kabupaten Jember meraih opini WTP": the government by its region
        extra += [n for n in sorted(state.place_names.get(e.places[0], ())) if n.startswith(LEVEL_WORD[e.level] + " ")]
        # (and as the article writes the region with its level word: 'Provinsi NTB')
    for pkey in (e.places if e.kind != "government" else ()):
        place = state.places.get(pkey)
        if place is None:
            continue
        for written in sorted(state.place_names.get(pkey, set())):
            for n in list(e.names):
                if written != place.name and re.search(rf"\b{re.escape(written)}$", n) and not n.endswith(place.name):
                    extra.append(n[: len(n) - len(written)] + bare_name(place.name))
    return [x for x in dict.fromkeys(extra) if x not in e.names]


def _short_forms_written(state: ArticleState, e: OrgEntity) -> list[str]:
    """'Pemprov Sulteng' written only inside longer names ('Biro Umum Pemprov Sulteng', 'Korpri Pemprov Sulteng') is
    still a name the article gives the government read from 'Gubernur Sulawesi Tengah': its head word, then its
    place as the text writes it."""
    if e.kind != "government" or e.org_type is None or not e.places:
        return []
    found = []
    for written in sorted(state.place_names.get(e.places[0], set())):
        for head in e.org_type.head_words:
            pattern = re.compile(rf"(?<![\w-]){re.escape(head)}\s+{re.escape(written)}(?![\w-])")
            for m in matches_at(pattern, state.text, offsets_of_any(state.text, (head,))):  # only where the head is
                found.append(" ".join(m.group().split()))
    return [n for n in dict.fromkeys(found) if n not in e.names]


def _written_with_acronym(state: ArticleState, e: OrgEntity) -> list[str]:
    """'Pemerintah Kabupaten (Pemkab) Buton': the name as the text spells it, its acronym inside, is a name of its own
    (the form a reader searches for); names elsewhere drop the brackets. So is the name written with its short form
    unbracketed inside it ('Badan Pusat Statistik BPS Jambi')."""
    written = (" ".join(state.text[s.begin:s.end].split()) for s in sorted(e.mentions, key=lambda s: (s.begin, s.end)))
    inside = [re.compile(rf"\S\s{re.escape(a)}\s\S") for a in e.acronyms + (e.parent.acronyms if e.parent else [])]
    return [w for w in dict.fromkeys(written) if w not in e.names and (
        re.search(r"\(\s*[A-Z][\w.\-&]*(?:\s[A-Z]\w*){0,2}\s*\)\s\S", w) or any(p.search(w) for p in inside))]


def _bare_head_words_written(state: ArticleState, e: OrgEntity) -> list[str]:
    """'rancangan itu dibahas Pemkot bersama DPRD': a regional government's head word written alone ('Pemkot',
    'pemerintah kabupaten') names the one government of its level the article speaks of; none where it speaks of two."""
    if e.kind != "government" or e.org_type is None or not e.level \
            or sum(1 for o in state.orgs if o.kind == "government" and o.level == e.level) != 1:
        return []
    forms = sorted({*e.org_type.head_words, *e.org_type.anaphors}, key=len, reverse=True)
    alone = r"(?![\w-])(?!(?:\s*\([^()]*\))?\s+(?-i:[A-Z]))"  # not 'Pemkot Blitar', 'Pemerintah Kota (Pemkot) Blitar'
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))}){alone}", re.IGNORECASE)
    return [n for n in dict.fromkeys(" ".join(m.group().split()) for m in pattern.finditer(state.text))
            if n not in e.names]


def _written_after_a_unit_word(state: ArticleState, e: OrgEntity) -> list[str]:
    """'Deputi Kepala Perwakilan Bank Indonesia Provinsi X': a unit named right after a unit type's word that the
    title took ('Perwakilan') is named with it too, the form a reader may search for; so is an office or body named
    after a word for an office ('Kepala Kantor Bea Cukai X': kg/data/indonesian.json office_words)."""
    if e.kind not in ("unit", "org"):
        return []
    office_words = state.lex.words["office_words"]["words"]
    unit_words = {f for u in state.lex.unit_types for f in u.forms if f[:1].isupper()} if e.kind == "unit" else set()
    forms = sorted(unit_words | set(office_words), key=len, reverse=True)
    found = []
    for s in sorted(e.mentions, key=lambda s: (s.begin, s.end)):
        before = state.text[max(0, s.begin - 40):s.begin]
        form = next((f for f in forms if before.endswith(" " + f + " ") or before == f + " "), None)
        if form:
            found.append(f"{form} {' '.join(state.text[s.begin:s.end].split())}")
    return [n for n in dict.fromkeys(found) if n not in e.names]


def _only_a_place_of(state: ArticleState, e: OrgEntity, name: str) -> bool:
    """'NTB' left of 'Asosiasi X NTB' once the parent's name is taken off, 'Kotim' after 'Balai X Kabupaten
    Kotawaringin Timur (Kotim)': a name of an office or body that is only the place it serves is the place's name, not
    the body's (a government is another matter: 'Kabupaten Jember' names it)."""
    if e.kind not in ("unit", "org") or not e.places:
        return False
    written = {n for key in e.places if key in state.places
               for n in (state.places[key].name, *state.place_names.get(key, ()))}
    return name in written or gazetteer.is_place(name)


def org_facts(state: ArticleState) -> tuple[Organization, ...]:
    """The organisations as frozen facts, with every name the article uses for each as an alias."""
    out = []
    _orphan_units_become_organisations(state)  # units found after the organisations were read
    for e in sorted(state.orgs, key=lambda e: e.key):
        classes = {"org": [ORG.FormalOrganization], "unit": [ORG.OrganizationalUnit],
                   "government": [ORG.FormalOrganization, BKG.RegionalGovernment],
                   "publisher": [ORG.Organization, SCHEMA.NewsMediaOrganization, BKG.NewsPublisher]}[e.kind][:]
        if e.kind == "org" and e.org_type is not None and e.org_type.cls is not None:
            classes.append(e.org_type.cls)
        if e.kind == "unit":
            classes.append(e.unit_type.cls if e.unit_type is not None else BKG.OrganizationUnit)
        aliases = tuple(dict.fromkeys(n for n in e.names[1:] + e.acronyms + _spelled_out_names(state, e) + _written_with_acronym(state, e)
                                      + _short_forms_written(state, e) + _written_after_a_unit_word(state, e)
                                      + _bare_head_words_written(state, e)
                                      if n != e.name and not _only_a_place_of(state, e, n)))
        matched = _listed_institution(e) if e.kind == "org" else None
        out.append(Organization(key=e.key, name=e.name, aliases=aliases, kind=e.kind, classes=tuple(dict.fromkeys(classes)),
                                span=e.span, rule=e.rule, org_type=e.org_type.iri if e.org_type is not None else None,
                                unit_type=e.unit_type.iri if e.unit_type is not None else None,
                                parent=e.parent.key if e.parent else None,
                                locations=tuple(dict.fromkeys(p for p in e.places if p in state.places)),
                                identified_as=matched[1] if matched else None,
                                identified_at=_written_at(state, e, matched[1]) if matched else None))
    return tuple(out)


def _written_at(state: ArticleState, e: OrgEntity, name: str) -> Span:
    """The first mention of `e` that writes `name` (an acronym is written inside a longer mention), else its first."""
    for s in sorted(e.mentions, key=lambda s: s.begin):
        at = state.text.find(name, s.begin, s.end)
        if at >= 0:
            return Span(at, at + len(name))
    return e.span


def org_for_span(state: ArticleState, span: Span) -> OrgEntity | None:
    """The organisation a mention at exactly this span was resolved to (the first such mention), if any. The
    mentions are indexed by span as they are appended: a scan per title made a long article quadratic."""
    seen, by_span = state.indexes.get("org_spans", (0, {}))
    for s, e, _ in state.org_mentions[seen:]:
        by_span.setdefault(s, e)
    state.indexes["org_spans"] = (len(state.org_mentions), by_span)
    return by_span.get(span)



def _acronym_after_span(text: str, span: Span) -> tuple[str, int] | None:
    m = re.match(r"\s*\((?P<acr>[A-Z][\w.\-&]*(?:\s[A-Z][\w]*){0,2})\)", text[span.end:span.end + BRACKET_REACH])
    if m and m.group("acr") not in ("Persero", "Tbk"):
        return m.group("acr"), span.end + m.end()
    return None


def _place_after(text: str, offset: int) -> str | None:
    m = re.match(r"\s+([A-Z][\w]+(?:\s[A-Z][\w]+)?)", text[offset:offset + BRACKET_REACH])
    if m:
        for cand in (m.group(1), m.group(1).split()[0]):
            if gazetteer.is_place(cand):
                return cand
    return None


# a name ending with a place ("Bank Jambi") adds that place
COMPONENT = Component("organisations", requires=("names", "places", "place_names"),
                      assigns=("orgs", "org_mentions", "places", "place_names"), run=find_organisations)
