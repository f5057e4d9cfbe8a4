"""The lexicons: every section loaded, every concept labelled, every role title recognised in a sentence."""

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

import kg
from kg.lexicon import load
from kg.paths import ONTOLOGY_DIR
from kg.vocab import ORG

LEX = load()


@pytest.mark.parametrize("path", sorted(ONTOLOGY_DIR.glob("lexicon-*.ttl")), ids=lambda p: p.name)
def test_every_concept_of_every_lexicon_file_reaches_the_lexicon(path):
    """Each scheme file's concepts land in one of the typed groups the builder reads (none is dropped)."""
    own = Graph().parse(path, format="turtle")
    concepts = {s for s in own.subjects(SKOS.inScheme, None)}
    loaded = {c.iri for group in (LEX.roles, LEX.org_types, LEX.unit_types, LEX.segments, LEX.qualifiers,
                                  LEX.legislation_types, LEX.programs, LEX.indicators) for c in group}
    assert concepts and concepts <= loaded


@pytest.mark.parametrize("group", ["roles", "unit_types", "org_types"])
def test_entries_have_indonesian_and_english_labels(group):
    for c in getattr(LEX, group):
        assert c.label_id and c.label_en, c.iri
        assert c.forms


def test_qualifier_keys():
    assert {q.key for q in LEX.qualifiers} >= {"exact", "approx", "at_least", "at_most"}


def sentence_for(role) -> tuple[str, str]:
    """A sentence naming an invented person with the title, and the organisation key it should lead."""
    level = role.government_level
    if level == "provinsi":
        return f"{role.label_id} Jawa Tengah Andi Wijaya mengatakan warga sehat.", "pemerintah-provinsi-jawa-tengah"
    if level == "kabupaten":
        return f"{role.label_id} Jember Andi Wijaya mengatakan warga sehat.", "pemerintah-kabupaten-jember"
    if level in ("kota",):
        return f"{role.label_id} Blitar Andi Wijaya mengatakan warga sehat.", "pemerintah-kota-blitar"
    if level == "any":
        return f"{role.label_id} Provinsi Jawa Tengah Andi Wijaya mengatakan warga sehat.", "pemerintah-provinsi-jawa-tengah"
    if role.label_id in ("Kepala Dinas", "Kepala Badan", "Kepala Biro"):
        word = role.label_id.split()[1]
        return f"{role.label_id} Sosial Kota Blitar Andi Wijaya mengatakan warga sehat.", f"{word.lower()}-sosial-kota-blitar"
    if role.label_id == "Kepala Suku Dinas":  # Jakarta's city office of a provincial agency
        return "Kepala Suku Dinas Sosial Jakarta Timur Andi Wijaya mengatakan warga sehat.", "suku-dinas-sosial-jakarta-timur"
    if role.label_id.startswith("Kepala Kantor"):
        return f"{role.label_id} Madiun Andi Wijaya mengatakan BPJS Kesehatan melayani warga.", "bpjs-kesehatan/"
    if role.leads_unit_type is not None:
        return f"{role.label_id} Madiun BPJS Kesehatan Andi Wijaya mengatakan warga sehat.", "bpjs-kesehatan/"
    if role.label_id == "Direktur Direktorat":
        # the press writes a police command's directors only in short, with the command after ('Dirlantas Polda X')
        return "Dirlantas Polda Jawa Tengah Andi Wijaya mengatakan warga sehat.", "polda-jawa-tengah"
    if role.label_id in ("Anggota Dewan Komisioner", "Ketua Dewan Komisioner", "Gubernur Bank Indonesia"):
        # the title names its organisation
        return f"{role.label_id} Andi Wijaya mengatakan warga sehat.", "bank-indonesia" if "Bank" in role.label_id else "dewan-komisioner"
    return f"{role.label_id} BPJS Kesehatan Andi Wijaya mengatakan warga sehat.", "bpjs-kesehatan"


CAPITALISED = [r for r in LEX.roles if not r.lowercase]


@pytest.mark.parametrize("role", CAPITALISED, ids=lambda r: r.label_id)
def test_every_role_title_is_recognised(role):
    text, org = sentence_for(role)
    f = kg.extract(text)
    got = [m for m in f.memberships if m.person == "andi-wijaya"]
    assert len(got) == 1, text
    m = got[0]
    assert m.organization.startswith(org) if org.endswith("/") else m.organization == org
    assert m.role_concept == role.iri and m.head is role.leads
    heads = set(kg.build_graph(text).subject_objects(ORG.headOf))
    assert bool(heads) is role.leads


def test_alternation_longest_first_whatever_the_words_come_in():
    """Made once per list of words; a generator, a list or a set of the same words give the same pattern."""
    import re

    from kg.lexicon import alternation

    words = ["kota", "kabupaten", "kabupaten/kota", "desa"]
    assert alternation(words) == r"kabupaten/kota|kabupaten|desa|kota"
    assert alternation(w for w in words) == alternation(set(words)) == alternation(reversed(words))
    assert alternation(["a.b"]) == re.escape("a.b") and alternation([]) == ""


def _unit_sentence(form: str, numbered: bool) -> str:
    """An invented company, then a unit type's form (with a number where such units carry one) and a town."""
    number = " 2" if numbered else ""
    return f"PT Sinar Bahari (Persero) {form}{number} Madiun mencatat 1.200 pelanggan baru pada 2024."


@pytest.mark.parametrize("unit_type, form", [(u, f) for u in LEX.unit_types for f in u.forms],
                         ids=lambda x: x if isinstance(x, str) else x.label_id)
def test_every_unit_form_after_a_company_names_its_unit_in_a_town(unit_type, form):
    f = kg.extract(_unit_sentence(form, unit_type.numbered))
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.parent, unit.locations, unit.unit_type) == ("sinar-bahari", ("city-madiun",), unit_type.iri)
    assert [m.subject for m in f.metrics] == [unit.key]


def _office_head(org_type) -> str:
    """The head word an office of a type is written with: its Indonesian label where that is one."""
    return org_type.label_id if org_type.label_id in org_type.head_words else org_type.head_words[0]


@pytest.mark.parametrize("org_type", [t for t in LEX.org_types if t.named_with_region], ids=lambda t: t.label_id)
def test_a_type_named_with_its_region_keeps_the_region_in_one_office(org_type):
    """bkg:namedWithRegion: 'Dinas Pelayanan Kabupaten Madiun' is one office of the regency, not a unit of a national
    'Dinas Pelayanan'."""
    qualifier = "" if org_type.named_only_by_region else " Pelayanan"
    f = kg.extract(f"Kepala {_office_head(org_type)}{qualifier} Kabupaten Madiun, Sutrisno Hadi, mengatakan pihaknya "
                   "mencatat 1.200 pelanggan baru pada 2024.")
    assert [(o.kind, o.locations) for o in f.organizations] == [("org", ("regency-madiun",))]


@pytest.mark.parametrize("org_type", [t for t in LEX.org_types if t.named_only_by_region], ids=lambda t: t.label_id)
def test_a_type_named_only_by_its_region_takes_no_name_after_its_head_word(org_type):
    """bkg:namedOnlyByRegion: after 'Wakil Ketua DPRD' come the members' names, never more of the parliament's."""
    f = kg.extract(f"Rapat dihadiri Wakil Ketua {_office_head(org_type)} Sutrisno Hadi, Rina Wulandari dan Andi Wijaya.")
    assert [o.name for o in f.organizations] == []
    f = kg.extract(f"Ketua {_office_head(org_type)} Kabupaten Madiun Sutrisno Hadi membuka rapat.")
    assert [o.name for o in f.organizations] == [f"{_office_head(org_type)} Kabupaten Madiun"]


@pytest.mark.parametrize("head", ["Kementerian", "Yayasan"])
def test_a_type_not_named_with_its_region_has_a_regional_unit(head):
    f = kg.extract(f"Kepala {head} Pelayanan Kabupaten Madiun, Sutrisno Hadi, mengatakan pihaknya mencatat 1.200 "
                   "pelanggan baru pada 2024.")
    assert sorted(o.kind for o in f.organizations) == ["org", "unit"]


def test_only_regional_and_facility_flags_are_read_from_the_ontology():
    flagged = {t.label_id: (t.only_regional, t.operates_facilities) for t in LEX.org_types
               if t.only_regional or t.operates_facilities}
    assert flagged == {"Dinas": (True, False), "Suku Dinas": (True, False),
                       "Satuan Polisi Pamong Praja": (True, False), "Samsat": (True, False),
                       "Perseroan Terbatas": (False, True), "Perusahaan Umum Daerah": (True, True),
                       "Perusahaan Daerah": (True, False)}


def test_every_section_of_a_command_belongs_to_one_kind_of_body_the_ontology_has():
    lex = load()
    kinds = {k: v for k, v in lex.words["command_section_bodies"].items() if not k.startswith("_")}
    org_types = {str(t.iri).rsplit("/", 1)[-1] for t in lex.org_types}
    sections = [s for s in lex.words["section_short_forms"] if not s.startswith("_")]
    assert set(kinds) <= org_types
    assert sorted(s for shorts in kinds.values() for s in shorts) == sorted(sections)


def test_a_hidden_label_is_a_form_the_recognisers_read_but_not_the_label_shown():
    role = next(r for r in load().roles if r.label_id == "Sekretaris")
    assert "Sekertaris" in role.forms and role.label_id == "Sekretaris"
