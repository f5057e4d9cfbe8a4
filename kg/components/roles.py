"""Roles: a title before a name makes a membership of the person in the title's organisation. When the title names
none: the regional government in view (a regional official's title), the article's one body of the type the title
names alone ('Wakil Ketua DPRD …'), the organisation of the person the holder acts for ('… melalui Kabid …'), or, for
a section's title ('Kepala Bidang …'), the one body the article has named before it."""
from __future__ import annotations

import re

from kg import gazetteer
from kg.components import Component, organisations, people, places
from kg.components.state import ArticleState, FoundMembership, OrgEntity, PersonEntity
from kg.document import Span
from kg.extract.names import field_words
from kg.facts import Membership
from kg.identity import membership_path, norm, without_brackets
from kg.lexicon import alternation


def find_memberships(state: ArticleState) -> None:
    """A title read before its organisation is known adds the organisation (or the unit the title heads)."""
    typed = False
    for r in state.names.roles:
        if r.person is None:
            continue
        person = people.person_for_name(state, r.person.name, r.person.span, r.person.rule, create=True)
        if person is None:  # the "name" after the title is a place, a title or an organisation
            continue
        org = None
        if r.org is not None:
            org = organisations.org_for_span(state, r.org.span) or organisations.org_of_mention(state, r.org)
            if r.unit_place and r.role.leads_unit_type is not None:
                pkey = organisations.mention_place_key(state, r.unit_place)
                unit = next((e for e in state.orgs if e.kind == "unit" and e.parent is org.top() and pkey in e.places), None)
                org = unit or org
        if org is None and r.role.government_level is not None:
            org = _government_in_view(state, r.span.begin, r.role.government_level) \
                or _government_of_the_only_region(state, r.role.government_level)
        if org is None and r.org_type_alone is not None:
            org = _only_organisation_of_type(state, r.org_type_alone, r.span.begin)
        if org is None:
            org = _organisation_of_the_one_represented(state, r)
        if org is None:
            org = _sole_body_in_view(state, r)
        if org is None:
            org = _company_of_its_board(state, r)
        if org is None:
            continue
        org = _unit_the_title_heads(state, r.title, org) or org
        org = _sole_unit_of_the_type_led(state, r, org) or org
        org = _unit_of_the_region_the_title_ends_with(state, r.title, org) or org
        if r.role.leads_unit_type is not None and org.kind == "unit" and org.unit_type is None:
            # "Kepala Perwakilan Bank Indonesia Provinsi X" heads the Kantor Perwakilan in X
            org.unit_type = state.lex.unit_type_by_iri(r.role.leads_unit_type)
            typed_name = f"{org.unit_type.label_id} {org.names[0]}"
            if typed_name not in org.names:
                org.names.insert(0, typed_name)
            typed = True
        if org not in person.orgs:
            person.orgs.append(org)
        state.memberships.append(FoundMembership(r, person, org))
    if organisations.fold_kind_and_town_names(state) or typed or any(not e.key for e in state.orgs):
        organisations.assign_keys(state)


def _sole_unit_of_the_type_led(state: ArticleState, r, org):
    """'Kepala Cabang Bank X Rudi …' and, elsewhere, 'Bank X Kota Y': a title that heads a kind of unit (a branch, a
    regional office), written with the whole organisation, heads that organisation's unit where the article names one
    such unit (of that kind, or of no kind it says) and no other; the whole organisation where it names none or
    several."""
    if r.role.leads_unit_type is None or org.kind == "unit":
        return None
    led = state.lex.unit_type_by_iri(r.role.leads_unit_type)
    units = [e for e in state.orgs if e.kind == "unit" and e.parent is org and e.unit_type in (None, led)]
    return units[0] if len(units) == 1 else None


def membership_facts(state: ArticleState) -> list[Membership]:
    """One membership per person, organisation and role: a title written again in short ('Sekda') is not a second one;
    and one per membership node (its IRI: person, title as written, organisation), which holds a single role."""
    facts = []
    for r, person, org in ((m.role, m.person, m.org) for m in state.memberships):
        concept = r.role
        label = r.title
        specific = norm(_plain_title(state, label)) not in {norm(f) for f in concept.forms}
        facts.append(Membership(person=person.key, organization=org.key, role=None if specific else concept.iri,
                                role_label=label, role_concept=concept.iri,
                                label=_membership_label(state, r, org),
                                head=(concept.leads and not _names_departments(state, label)
                                      and not _names_a_section(state, r))
                                or _unit_the_title_heads(state, label, org) is org,
                                span=_cover(r.span, r.person.span), rule=r.rule))
    first: dict[tuple, Membership] = {}
    named: set[tuple] = set()
    for m in sorted(set(facts), key=lambda m: (m.span.begin, m.span.end, m.person, m.organization, m.role_label,
                                                m.role_concept, m.label, m.rule)):
        # one node a membership: one title as written, one role, however many readings of it the article gave
        node = membership_path(m.person, m.role_label, m.organization)
        if (m.person, m.organization, m.role_concept) not in first and node not in named:
            first[(m.person, m.organization, m.role_concept)] = m  # "Sekretaris Daerah …", later "Sekda …"
            named.add(node)
    return list(first.values())


def _unit_the_title_heads(state: ArticleState, title: str, org: OrgEntity) -> OrgEntity | None:
    """'Kasat Lantas Polres X' after 'Satlantas Polres X …': a contracted title of a unit's head
    (kg/data/indonesian.json titles_of_unit_heads) heads the unit of the title's body that the article names by the
    title's words ('Sat' + 'Lantas'), written together or apart; None where the article names no such unit."""
    first, _, rest = " ".join(title.split()).partition(" ")
    unit_word = state.lex.words["titles_of_unit_heads"]["titles"].get(first.rstrip("."))
    if unit_word is None or not rest:
        return None
    wanted = norm(unit_word + rest).replace(" ", "")
    def named_so(e: OrgEntity) -> bool:
        return e.kind == "unit" and any(norm(n).replace(" ", "").startswith(wanted) for n in e.names)
    body = org.top()
    return next((e for e in state.orgs if e.parent is body and named_so(e)), org if named_so(org) else None)


def _unit_of_the_region_the_title_ends_with(state: ArticleState, title: str, org: OrgEntity) -> OrgEntity | None:
    """'Manajer Hubungan Media Sumbagsel PT X' after 'PT X Regional Sumatera Bagian Selatan (Sumbagsel)': a title
    whose last word names a place where the article names one unit of the organisation holds its post in that
    unit."""
    if org.kind == "unit" or len(title.split()) < 2:
        return None
    last = title.split()[-1]
    pkey = places.place_key(state, last) if gazetteer.is_place(last) else None
    if pkey is None:
        return None
    units = [e for e in state.orgs if e.kind == "unit" and e.parent is org and pkey in e.places]
    return units[0] if len(units) == 1 else None


def _membership_label(state: ArticleState, r, org: OrgEntity) -> str:
    """The title with its organisation: as written where the title carries the organisation's head word ('Kapolres
    Lahat', 'Karo Humas Kemensos') or the organisation is written right after it ('Kepala Kanwil X Jawa Timur I': the
    name the article gives, not the office's name in full, which may drop what tells it from another), else the title
    and the organisation's name."""
    if r.rule == "role.contracted-title":
        return " ".join(state.text[r.span.begin:r.span.end].split())
    if r.org is not None and r.span.begin < r.org.span.begin and r.org.span.end <= r.span.end \
            and r.org.span.end > r.span.begin + len(r.title):
        return " ".join(state.text[r.span.begin:r.org.span.end].split())
    written = " ".join(state.text[r.span.begin:r.span.end].split())
    rest = written[len(r.title):].strip() if written.startswith(r.title) else ""
    if rest and norm(rest) in {norm(n) for n in org.names + org.acronyms}:
        return written  # 'Ketua DPRD' where the article's DPRD is 'DPRD Kota X': the title as written names it
    return r.title if r.title.endswith(org.name) else f"{r.title} {org.name}"


def _government_in_view(state: ArticleState, offset: int, level: str) -> OrgEntity | None:
    """'… Bupati Jember yang diwakili Sekretaris Daerah (Sekda) Rina Wati': a regional official named without
    a region serves the government named last before, in the same or the previous paragraph."""
    paragraph = state.doc.sentence_at(offset).paragraph
    before = [(s, e) for s, e, _ in state.org_mentions if e.kind == "government" and s.end <= offset
              and (level == "any" or e.level == level) and paragraph - state.doc.sentence_at(s.begin).paragraph <= 1]
    return max(before, key=lambda x: x[0].begin)[1] if before else None


def _government_of_the_only_region(state: ArticleState, level: str) -> OrgEntity | None:
    """'Rapat dipimpin Pj Bupati Nama' in an article that names one regency only: the head of a province, regency or
    city named without the region, where no government of another region of that level is named, serves the
    government of the one region of that level the article names: a title whose organisation is only implied. The
    government, if the article names it nowhere, is named by the region, from the region's first mention."""
    kind = places.KIND_OF_LEVEL.get(level) if level in organisations.AGENCY_LEVELS else None
    regions = [p for p in state.places.values() if p.kind == kind]
    if len(regions) != 1:
        return None
    region = regions[0]
    governments = [e for e in state.orgs if e.kind == "government" and e.level == level]
    if any(region.key not in g.places for g in governments):
        return None
    return governments[0] if governments else organisations.government_named_by_region(state, level, region)


def _organisation_of_the_one_represented(state: ArticleState, r) -> OrgEntity | None:
    """'Kepala Dinas X, Budi, melalui Kabid Pelayanan, Ani Wulandari …': a title with no organisation of its
    own, right after a word of acting for someone (`delegate_cues`) that follows a titled person's name, serves
    that person's organisation, as a bare title after a word of accompanying does (`companion_cues`). Only with
    nothing else between ('Gubernur X menerima Universitas Y yang diwakili
    …' is the university's delegate; 'bantuan disalurkan melalui …' names a channel), and never for a title that
    leads a body or an office of its own ('… melalui Kepala Cabang …')."""
    if r.role.leads:
        return None
    sentence = state.doc.sentence_at(r.span.begin)
    earlier = [m for m in state.memberships if sentence.begin <= m.role.span.begin < r.span.begin]
    if not earlier:
        return _organisation_of_the_speaker_accompanied(state, r, sentence)
    last = earlier[-1]
    between = state.text[max(last.role.span.end, last.role.person.span.end):r.span.begin]
    words = " ".join(w for w in re.split(r"[\s,]+", between) if w and w not in state.lex.words["academic_suffixes"])
    if words.lower() in state.lex.words["delegate_cues"]["words"]:
        return last.org
    # 'Ketua DPRD X Budi didampingi Wakil Ketua Ani': one who accompanies, by a bare title, works beside the first;
    # so does the next one listed ('… didampingi Direktur Keuangan Rudi dan Komisaris Andi')
    written = state.text[r.span.begin:r.span.end]
    if not _title_and_its_field(state, r, written):
        return None
    accompanies = words.lower() in state.lex.words["companion_cues"]["words"]
    listed_next = (not words or words.lower() in state.lex.words["coordinators"]) and last.role.org is None
    return last.org if accompanies or listed_next else None


def _organisation_of_the_speaker_accompanied(state: ArticleState, r, sentence) -> OrgEntity | None:
    """'"Laba naik," katanya yang didampingi Direktur Keuangan Rudi …': a bare title after a speech verb that names
    its speaker by '-nya' and a word of accompanying (`companion_cues`) serves the organisation of the titled person
    named last before it, in its paragraph or the one before: the speaker the '-nya' points back to."""
    cues = alternation(state.lex.words["companion_cues"]["words"])
    if re.search(rf"\b\w+nya\s+(?:{cues})\s*$", state.text[sentence.begin:r.span.begin]) is None \
            or not _title_and_its_field(state, r, state.text[r.span.begin:r.span.end]):
        return None
    paragraph = sentence.paragraph
    before = [m for m in state.memberships if m.role.span.begin < r.span.begin
              and paragraph - state.doc.sentence_at(m.role.span.begin).paragraph <= 1]
    return before[-1].org if before else None


def _title_and_its_field(state: ArticleState, r, written: str) -> bool:
    """'Wakil Ketua', 'Direktur Keuangan': a title as the lexicon writes it, or one of its forms and at most three
    words of a field after it that the lexicon names fields with (`field_words`) and that name no kind of body and no
    place. Not 'Kepala Sekolah SMA X' (a school), nor 'Sekretaris Perusahaan Rina' (the first word of a name the
    title was read up to)."""
    if written in r.role.forms or written == r.role.label_id:
        return True
    form = next((f for f in r.role.forms if written.startswith(f + " ")), None)
    field = written[len(form):].split() if form else []
    heads = {h.split()[0] for t in state.lex.org_types for h in (t.label_id, *t.head_words) if h}
    known = field_words(state.lex)
    return 0 < len(field) <= 3 and all(w in known and w not in heads and not gazetteer.is_place(w) for w in field)


def _sole_body_in_view(state: ArticleState, r) -> OrgEntity | None:
    """'BBPOM X menyita … Kepala Bidang Penindakan, Rina, mengatakan …': the title of a section inside a body
    (`section_words`: Bidang, Seksi, Bagian …), with no organisation written, is held in the body the article named
    before it, the last of its mentions (a unit of it where one was named last). Only where every organisation
    named before, on its own or in a title, is that one body or its units: with two bodies in view the section could
    be either's. A head of a body, a regional official or a rank ('Komisaris Besar Polisi') names no section and is
    left alone, and so is a section of a police command or a prosecutor's office, a holder whose workplace is said
    after the name, a body only cited as a source of data and one named only in the headline."""
    command_body = _body_kind_of_command_section(state, r)
    if r.role.leads or r.role.government_level is not None or not _names_a_section(state, r) \
            or command_body == "" or _affiliated_after(state, r):
        return None
    before = [(s, e) for e in state.orgs if e.kind != "publisher" for s in {e.span, *e.mentions}
              if s.end <= r.span.begin and not _cited_as_source(state, s) and not _in_a_headline(state, s)]
    before += [(m.role.span, m.org) for m in state.memberships if m.role.span.end <= r.span.begin]  # a title names it too
    if len({id(e.top()) for _, e in before}) != 1 or before[0][1].kind == "government":
        return None
    body = max(before, key=lambda x: (x[0].begin, x[0].end))[1]
    if command_body and not (body.org_type is not None and str(body.org_type.iri).endswith("/" + command_body)):
        return None  # 'Kasat Lantas' beside a Dinas Perhubungan: the section is a police command's
    return body


def _company_of_its_board(state: ArticleState, r) -> OrgEntity | None:
    """'Perumda Air Minum X melantik direksi baru: Direktur Utama Budi, Direktur Teknik Rina …': a title of a
    company's board (kg/data/indonesian.json company_board: Direktur Utama, Direktur, Komisaris …) with no
    organisation written is held in the company the article named before it, where every body named before that
    has a board (company_board body_types: a company, a regional enterprise, a bank) or may have one (a body of no
    known kind) is that one company; bodies of other known kinds beside it (a government, a parliament, an office),
    which have no such board, leave it the one.
    A holder whose workplace is said after the name, a body only cited as a source and one named only in the
    headline are left alone."""
    board = state.lex.words["company_board"]
    if str(r.role.iri).rsplit("/", 1)[-1] not in board["roles"] or _affiliated_after(state, r) \
            or _a_rank_written_out(state, r):
        return None
    before = [e for e in state.orgs if e.kind != "publisher" for s in {e.span, *e.mentions}
              if s.end <= r.span.begin and not _cited_as_source(state, s) and not _in_a_headline(state, s)]
    may_have_one = {id(e.top()): e.top() for e in before
                    if e.top().org_type is None or str(e.top().org_type.iri).rsplit("/", 1)[-1] in board["body_types"]}
    if len(may_have_one) != 1:
        return None
    company = next(iter(may_have_one.values()))
    return company if company.org_type is not None else None


def _a_rank_written_out(state: ArticleState, r) -> bool:
    """'Komisaris Besar Polisi Rudi': the title's words open a police or military rank written out in words
    (kg/data/indonesian.json rank_phrases), no board's title."""
    written = state.text[r.span.begin:r.person.span.begin]
    return any(written.startswith(p + " ") for p in state.lex.words["rank_phrases"]["phrases"])


def _names_departments(state: ArticleState, title: str) -> bool:
    """'General Manager Sales and Marketing': an English title that names departments after it (kg/data/indonesian.json
    english_department_words) is held in those departments; it does not lead the organisation after it."""
    return not set(re.findall(r"\w+", title)).isdisjoint(state.lex.words["never_name_words"]["english_department_words"])


def _names_a_section(state: ArticleState, r) -> bool:
    """'Kepala Bidang …', 'Manajer Bagian …', 'Kasi …' (its concept's label is Kepala Seksi), 'Ketua Divisi Hukum
    KPU X': the title names a section, which its holder may lead, but not the body after it; not a word of the body's
    own name ('Menteri Koordinator Bidang Perekonomian' leads the Kementerian Koordinator Bidang Perekonomian)."""
    words = {w.lower() for w in f"{r.role.label_id} {without_brackets(r.title)}".split()}
    if r.org is not None:
        words -= {w.lower() for w in r.org.name.split()}
    return not words.isdisjoint(state.lex.words["section_words"]["words"])


def _body_kind_of_command_section(state: ArticleState, r) -> str | None:
    """'Kasat Lantas', 'Kasatreskrim', 'Kasi Pidsus': a section of a police command or a prosecutor's office, whose
    body the one in view may well not be (a Dinas has no Kasat, a police command no Kasi Pidsus). The kind of body
    the section belongs to (kg/data/indonesian.json command_section_bodies: 'kepolisian', 'kejaksaan'); "" for a
    section of no kind listed; None when the title names no such section."""
    title = r.title.lower()
    if not any(short.lower() in title for short in state.lex.words["section_short_forms"] if not short.startswith("_")):
        return None
    bodies = state.lex.words["command_section_bodies"]
    return next((kind for kind, shorts in bodies.items() if not kind.startswith("_")
                 and any(short.lower() in title for short in shorts)), "")


def _affiliated_after(state: ArticleState, r) -> bool:
    """'Kepala Seksi Angkutan Rudi dari Dinas Perhubungan …', '…, petugas Balai X': the words after the holder's name
    say where the holder works (kg/data/indonesian.json affiliation_words)."""
    after = state.text[r.person.span.end:r.person.span.end + 30]
    return re.match(rf"\s*,?\s*(?:{alternation(state.lex.words['affiliation_words'])})\b", after) is not None


def _in_a_headline(state: ArticleState, mention: Span) -> bool:
    """The article's first line with no full stop at its end ('Dinas X Gelar Razia Pasar'): a headline,
    which names what the story is about, not the body whose officials the story then lists."""
    return mention.end <= state.doc.headline_end


def _cited_as_source(state: ArticleState, mention: Span) -> bool:
    """'Menurut data Balai X, …': a body named as the source of data (kg/data/indonesian.json
    source_data_cues) is cited, not the employer of the officials the article quotes."""
    before = state.text[max(0, mention.begin - 25):mention.begin].lower().split()
    return any(before[-len(cue.split()):] == cue.split() for cue in state.lex.words["source_data_cues"])


def _only_organisation_of_type(state: ArticleState, org_type, offset: int) -> OrgEntity | None:
    """'Wakil Ketua DPRD Ani …' in an article whose one DPRD is 'DPRD Kota Bima': a body that each region has
    one of, named by its type alone, is the article's one body of that type, named before; with none or several,
    or one named only after ('… menerima kunjungan kerja DPRD Kabupaten Lahat', a visitor), no one's."""
    found = [e for e in state.orgs if e.org_type is not None and e.org_type.iri == org_type.iri and e.kind != "unit"]
    return found[0] if len(found) == 1 and found[0].span.begin < offset else None


def _plain_title(state: ArticleState, label: str) -> str:
    """'Plt. Kepala', 'Sekretaris Daerah (Sekda)': the title itself, without an acting prefix or its short form."""
    words = without_brackets(label).split()
    for prefix in sorted((p.split() for p in state.lex.words["acting_prefixes"]), key=len, reverse=True):
        if len(words) > len(prefix) and [w.rstrip(".") for w in words[:len(prefix)]] == prefix:
            return " ".join(words[len(prefix):])
    return " ".join(words)


def holder_of(state: ArticleState, role, rest: str, before: int) -> PersonEntity | None:
    """The person who holds this role, named before `before`; among several, the one whose organisation shares most
    words with `rest`."""
    best = None
    for m in _memberships_of_kin(state, role):
        if m.role.span.begin > before:
            continue
        org_words = set(norm(m.org.name).split()) if m.org else set()
        score = len(set(norm(rest).split()) & org_words)
        if best is None or score >= best[0]:
            best = (score, m.person)
    return best[1] if best else None



def _memberships_of_kin(state: ArticleState, role) -> list[FoundMembership]:
    """The memberships, in their order, whose title is this role, its broader one or a narrower one: looked up
    by the titles' IRIs (kept up to date as memberships are appended), not by a scan of all of them."""
    seen, by_iri, by_broader = state.indexes.get("memberships", (0, {}, {}))
    for k in range(seen, len(state.memberships)):
        title = state.memberships[k].role.role
        by_iri.setdefault(title.iri, []).append(k)
        by_broader.setdefault(title.broader, []).append(k)
    state.indexes["memberships"] = (len(state.memberships), by_iri, by_broader)
    kin = {*by_iri.get(role.iri, ()), *by_broader.get(role.iri, ()), *(by_iri.get(role.broader, ()) if role.broader else ())}
    return [state.memberships[k] for k in sorted(kin)]


def _cover(a: Span, b: Span) -> Span:
    return Span(min(a.begin, b.begin), max(a.end, b.end))


# a title's person or organisation not met before ("Kepala Dinas X Budi") is added as it is read
COMPONENT = Component("roles", requires=("names", "people", "orgs", "org_mentions", "places", "place_names"),
                      assigns=("memberships", "people", "orgs"), run=find_memberships)
