"""The one key and IRI policy (kg/identity.py): keys are readable and stable, and the drawings read back the
kind of any IRI the writer makes."""
import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import ORG, PROV

import kg
from kg.identity import (entity_path, government_key, kind_of_iri, law_key, membership_path, person_identity_evidence,
                         person_identity_key, place_key, place_key_name, text_digest, unique_key, unit_key)

from kg.vocab import BKG, NIF, SCHEMA

BASE = "https://example.org/id/"


def test_a_city_and_a_regency_carry_their_kind_other_places_do_not():
    assert [place_key("city", "Madiun"), place_key("regency", "Madiun"), place_key("province", "Jawa Timur"),
            place_key(None, "Ciayumajakuning")] == ["city-madiun", "regency-madiun", "jawa-timur", "ciayumajakuning"]
    assert [place_key_name("regency-madiun"), place_key_name("jawa-timur")] == ["madiun", "jawa-timur"]


def test_organisation_keys():
    assert unit_key("bpjs-kesehatan", "Kantor Cabang Jember") == "bpjs-kesehatan/kantor-cabang-jember"
    assert government_key("kabupaten", "Jember") == "pemerintah-kabupaten-jember"
    assert government_key(None, "Jember") == "pemerintah-jember"


def test_a_law_number_that_holds_its_year_is_not_given_the_year_twice():
    assert law_key("Peraturan Pemerintah", "6", "2025") == "peraturan-pemerintah-6-2025"
    assert law_key("Peraturan Menteri Keuangan", "12/PMK.02/2024", "2024") == "peraturan-menteri-keuangan-12-pmk-02-2024"


def test_a_key_taken_gets_the_next_free_number():
    used = set()
    assert [unique_key("dinas-sosial", used) for _ in range(3)] == ["dinas-sosial", "dinas-sosial-2", "dinas-sosial-3"]
    assert used == {"dinas-sosial", "dinas-sosial-2", "dinas-sosial-3"}


def test_a_membership_path_flattens_a_units_key():
    assert membership_path("rina-wati", "Kepala", "bpjs-kesehatan/kantor-cabang-jember") == \
        "membership/rina-wati--kepala--bpjs-kesehatan--kantor-cabang-jember"


@pytest.mark.parametrize("kind, key, expected", [
    ("person", "rina-wati", "person"), ("place", "city-madiun", "place"), ("program", "jaminan-hari-tua", "program"),
    ("legislation", "peraturan-pemerintah-6-2025", "legislation"), ("org", "dinas-sosial", "organisation"),
    ("org", "bpjs-kesehatan/kantor-cabang-jember", "unit"), ("indicator", "kredit", "indicator")])
def test_the_kind_of_an_iri_the_writer_makes_is_read_back(kind, key, expected):
    assert kind_of_iri(BASE + entity_path(kind, key)) == expected


def test_an_iri_of_another_scheme_is_other():
    assert kind_of_iri("https://example.org/id/article/2025-01-02-madiun-abc") == "other"


# ---------------------------------------------------------------- one key per real thing across articles
def _place_keys(text: str) -> list[str]:
    return [p.key for p in kg.extract(text).places]


def test_a_bare_name_of_a_city_and_a_regency_is_the_city_unless_the_article_qualifies_one_first():
    bare = kg.extract("JAYAPURA - Warga menerima bantuan beras 12 ton dari Dinas Sosial.")
    assert (bare.dateline_place, [(p.key, p.kind) for p in bare.places]) == ("city-jayapura", [("city-jayapura", "city")])
    assert _place_keys("JAYAPURA - Pemerintah Kota Jayapura menyalurkan bantuan beras 12 ton.") == ["city-jayapura"]
    assert _place_keys("Warga Kabupaten Jayapura menerima bantuan. Warga Jayapura senang.") == ["regency-jayapura"]
    both = kg.extract("Warga Kota Madiun dan Kabupaten Madiun menerima bantuan. BPJS Kesehatan Cabang Madiun "
                      "mencatat 1.200 peserta baru.")
    assert [o.locations for o in both.organizations if o.kind == "unit"] == [("city-madiun",)]


def test_a_bare_name_the_article_later_qualifies_as_a_regency_is_the_regency_from_the_dateline_on():
    g = kg.build_graph("MADIUN - Warga menerima bantuan beras 12 ton. Pemerintah Kabupaten Madiun mencatat 300 penerima.")
    assert (URIRef("https://w3id.org/berita-kg/id/place/regency-madiun"), RDF.type, SCHEMA.Place) in g
    assert not (URIRef("https://w3id.org/berita-kg/id/place/city-madiun"), None, None) in g


def test_a_main_branch_and_a_branch_of_one_company_keep_two_iris():
    main = kg.extract("SEMARANG - Kepala Cabang Utama Asuransi Sejahtera Jawa Tengah, Rina Wati, mengatakan "
                      "PT Asuransi Sejahtera Cabang Utama Jawa Tengah membayar santunan Rp 3 miliar.")
    branch = kg.extract("SEMARANG - PT Asuransi Sejahtera (Persero) Cabang Jawa Tengah membayar santunan Rp 2 miliar.")
    assert [o.key for o in main.organizations if o.kind == "unit"] == ["asuransi-sejahtera/kantor-cabang-utama-jawa-tengah"]
    assert [o.key for o in branch.organizations if o.kind == "unit"] == ["asuransi-sejahtera/kantor-cabang-jawa-tengah"]


@pytest.mark.parametrize("body", ["Otoritas Jasa Keuangan (OJK)", "OJK", "Otoritas Jasa Keuangan"])
def test_a_numbered_office_is_keyed_by_its_type_number_and_place_however_its_body_is_written(body):
    f = kg.extract(f"Kepala {body} Kantor Regional 3 Jawa Tengah, Budi Raharjo, mengatakan kredit naik.")
    assert [o.key for o in f.organizations if o.kind == "unit"] == ["otoritas-jasa-keuangan/kantor-regional-3-jawa-tengah"]


# ---------------------------------------------------------------- people across articles
PERSON = BASE + "person/"
KEDIRI_HEAD = "Kediri (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Kediri Farah Diana membuka sosialisasi program itu."
BLITAR_HEAD = "Blitar (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Blitar Farah Diana meninjau layanan peserta."
BANK_HEAD = "Semarang (ANTARA) - Direktur Utama Bank Jateng Farah Diana meresmikan kantor baru."
NO_TITLE = 'Blitar (ANTARA) - Pelatihan itu ramai. "Kami senang sekali," kata Farah Diana.'


def _people(text: str) -> list[str]:
    return sorted(str(s) for s in kg.build_graph(text, base=BASE).subjects(RDF.type, SCHEMA.Person))


def test_a_person_key_carries_the_office_or_within_its_article_a_single_name():
    assert person_identity_key("Farah Diana", "bpjs-ketenagakerjaan") == "farah-diana--bpjs-ketenagakerjaan"
    assert person_identity_key("Farah Diana", None, "1a2b3c4d") == "farah-diana"
    assert person_identity_key("Suparmi", None, "1a2b3c4d") == "suparmi--article-1a2b3c4d"
    assert person_identity_key("Suparmi", "pemerintah-kota-kediri", "1a2b3c4d") == "suparmi--pemerintah-kota-kediri"
    assert person_identity_evidence("suparmi--pemerintah-kota-kediri") == ("pemerintah-kota-kediri", None)
    assert person_identity_evidence("suparmi--article-1a2b3c4d") == (None, "1a2b3c4d")
    assert person_identity_evidence("farah-diana") == (None, None)


def test_one_name_in_one_office_is_one_person_across_articles_whichever_branch_they_head():
    assert _people(KEDIRI_HEAD) == _people(BLITAR_HEAD) == [PERSON + "farah-diana--bpjs-ketenagakerjaan"]


def test_namesakes_of_two_offices_are_two_people():
    assert _people(BANK_HEAD) == [PERSON + "farah-diana--bank-pembangunan-daerah-jawa-tengah"]
    assert _people(BANK_HEAD) != _people(KEDIRI_HEAD)


def test_a_person_without_a_title_keeps_a_name_only_iri_joined_to_no_office():
    assert _people(NO_TITLE) == [PERSON + "farah-diana"]


def test_a_single_name_without_a_title_is_someone_of_its_article_only():
    market = 'Kediri (ANTARA) - Pasar itu ramai. "Harga cabai naik," kata Suparmi, pedagang di pasar itu.'
    village = 'Jember (ANTARA) - Jalan desa itu rusak. "Kami menunggu perbaikan," kata Suparmi.'
    digests = [text_digest(market), text_digest(village)]
    assert [_people(market), _people(village)] == [[PERSON + f"suparmi--article-{d}"] for d in digests]


def test_memberships_and_quotations_point_to_the_person_by_the_iri_with_the_office():
    text = KEDIRI_HEAD + ' "Peserta baru terus bertambah," kata Farah.'
    g = kg.build_graph(text, base=BASE)
    farah = URIRef(PERSON + "farah-diana--bpjs-ketenagakerjaan")
    assert {str(o) for o in g.objects(farah, SCHEMA.alternateName)} == {"Farah"}
    assert set(g.objects(None, SCHEMA.creator)) == {farah}
    assert {g.value(m, ORG.organization) for m in g.subjects(ORG.member, farah)} == {
        URIRef(BASE + "org/bpjs-ketenagakerjaan/kantor-cabang-kediri")}


def test_the_graph_says_which_title_gave_a_person_their_office():
    text = "Kediri (ANTARA) - Pelatihan dibuka. Kepala BPJS Ketenagakerjaan Cabang Kediri Farah Diana membukanya."
    g = kg.build_graph(text, base=BASE)
    farah = URIRef(PERSON + "farah-diana--bpjs-ketenagakerjaan")
    [evidence] = list(g.subjects(BKG.identifies, farah))
    [span] = list(g.objects(evidence, PROV.wasDerivedFrom))
    assert (str(g.value(evidence, BKG.extractionRule)), str(g.value(evidence, BKG.matchedName)),
            str(g.value(span, NIF.anchorOf))) == (
        "identity.person-office", "Farah Diana", "Kepala BPJS Ketenagakerjaan Cabang Kediri Farah Diana")
    assert list(kg.build_graph(NO_TITLE, base=BASE).subjects(BKG.identifies, URIRef(PERSON + "farah-diana"))) == []


def test_two_articles_reporting_one_membership_share_its_node_each_with_its_own_span_and_rule():
    first = kg.build_graph(KEDIRI_HEAD, base=BASE)
    second = kg.build_graph("Kediri (ANTARA) - Pelatihan kader dibuka pekan ini. Farah Diana, Kepala BPJS "
                            "Ketenagakerjaan Cabang Kediri, membukanya di balai kota.", base=BASE)
    [one] = list(first.subjects(RDF.type, ORG.Membership))
    [other] = list(second.subjects(RDF.type, ORG.Membership))
    assert one == other == URIRef(BASE + "membership/farah-diana--kepala--bpjs-ketenagakerjaan--kantor-cabang-kediri")
    [span_one], [span_other] = first.objects(one, PROV.wasDerivedFrom), second.objects(other, PROV.wasDerivedFrom)
    assert str(first.value(span_one, NIF.referenceContext)) != str(second.value(span_other, NIF.referenceContext))


def test_the_union_of_two_articles_reporting_one_membership_by_two_rules_conforms():
    from kg.validate import validate
    union = kg.build_graph(KEDIRI_HEAD, base=BASE) + kg.build_graph(
        "Kediri (ANTARA) - Pelatihan kader dibuka pekan ini. Farah Diana, Kepala BPJS Ketenagakerjaan Cabang "
        "Kediri, membukanya di balai kota.", base=BASE)
    [membership] = list(union.subjects(RDF.type, ORG.Membership))
    assert len(set(union.objects(membership, BKG.extractionRule))) == 2
    assert validate(union).conforms
