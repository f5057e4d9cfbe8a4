"""Rules added for articles unlike the first ones: each with a short sentence written for the test."""
from decimal import Decimal

import kg


def orgs(text):
    return {o.key: o for o in kg.extract(text).organizations}


def test_regional_body_keeps_its_region_after_an_acronym():
    o = orgs("Kepala Dinas Sosial (Dinsos) Kabupaten Kendal Rudi Hartanto mengatakan bantuan cair.")
    dinas = o["dinas-sosial-kabupaten-kendal"]
    assert dinas.name == "Dinas Sosial Kabupaten Kendal" and "Dinsos" in dinas.aliases
    assert dinas.locations == ("regency-kendal",)


def test_national_agency_with_a_region_is_its_regional_office():
    o = orgs("Kepala Badan Pusat Statistik (BPS) Provinsi Bengkulu Rina Astuti mengatakan hal itu. "
             "BPS juga mencatat kenaikan harga.")
    office = next(x for x in o.values() if x.kind == "unit")
    assert office.name == "Badan Pusat Statistik Provinsi Bengkulu" and office.parent == "badan-pusat-statistik"
    assert "BPS" in o["badan-pusat-statistik"].aliases


def test_unit_named_with_a_number_and_an_acronym_parent():
    o = orgs("Kepala Otoritas Jasa Keuangan (OJK) Kantor Regional 3 Jawa Tengah, Budi Raharjo, mengatakan kredit naik. "
             "Kantor Perwakilan OJK Jawa Tengah ikut hadir.")
    unit = o["otoritas-jasa-keuangan/kantor-regional-jawa-tengah"]
    assert unit.parent == "otoritas-jasa-keuangan" and "OJK Kantor Regional 3 Jawa Tengah" in (unit.name, *unit.aliases)
    assert o["otoritas-jasa-keuangan/kantor-perwakilan-jawa-tengah"].parent == "otoritas-jasa-keuangan"


def test_government_with_its_acronym_inside():
    o = orgs("ASN di lingkungan Pemerintah Kota (Pemkot) Kediri menerima tunjangan.")
    assert o["pemerintah-kota-kediri"].aliases == ("Pemkot",)


def test_comma_list_inside_an_organisation_name():
    f = kg.extract("Kepala Dinas Tenaga Kerja, Koperasi, dan UMKM Kabupaten Pati Hadi Susilo mengatakan pelatihan dibuka.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("hadi-susilo", "dinas-tenaga-kerja-koperasi-dan-umkm-kabupaten-pati")]


def test_second_role_after_a_bare_name():
    f = kg.extract("Kepala Dinas Perhubungan Kota Kediri Wawan Setiadi meninjau terminal. "
                   "Wawan, yang juga Ketua Forum Lalu Lintas Kota Kediri, mengatakan arus lancar.")
    assert {m.role_label for m in f.memberships} == {"Kepala", "Ketua"}
    assert {m.person for m in f.memberships} == {"wawan-setiadi"}


def test_person_with_an_age_and_the_age_is_not_a_figure():
    f = kg.extract("Kediri - Salah satu penerima bantuan, Sumini (52), mengaku terbantu. \"Bantuan ini cukup untuk sebulan,\" ungkapnya.")
    assert [p.name for p in f.people] == ["Sumini"]
    assert [q.speaker for q in f.quotations] == ["sumini"]
    assert not any(m.value == Decimal("52") for m in f.metrics)


def test_law_with_its_abbreviation_before_the_number_and_slash_numbering():
    f = kg.extract("Aturan itu tertuang dalam Peraturan Menteri Ketenagakerjaan (Permenaker) Nomor 3 Tahun 2023 "
                   "dan PMK Nomor 21/PMK.02/2024.")
    names = {l.name: l.aliases for l in f.legislation}
    assert "Peraturan Menteri Ketenagakerjaan Nomor 3 Tahun 2023" in names
    assert "Permenaker Nomor 3 Tahun 2023" in names["Peraturan Menteri Ketenagakerjaan Nomor 3 Tahun 2023"]
    assert "PMK Nomor 21/PMK.02/2024" in names


def test_regional_statistics_take_the_region_without_di():
    f = kg.extract("Bengkulu - Perekonomian Bengkulu pada triwulan II 2025 tumbuh 4,9 persen. "
                   "Badan Pusat Statistik (BPS) Provinsi Bengkulu mencatat inflasi Juni 2025 sebesar 1,2 persen.")
    assert {m.subject for m in f.metrics} == {"bengkulu"}
    assert all(m.subject_kind == "place" for m in f.metrics)


def test_organisation_named_alone_means_its_one_local_unit_unless_national():
    text = ("Kediri - BPJS Kesehatan Kantor Cabang Kediri mencatat 120.000 peserta. "
            "BPJS Kesehatan juga membayar klaim Rp40 miliar. "
            "Secara nasional, BPJS Kesehatan mencatat 270 juta peserta.")
    subjects = [m.subject for m in kg.extract(text).metrics]
    assert subjects == ["bpjs-kesehatan/kantor-cabang-kediri", "bpjs-kesehatan/kantor-cabang-kediri", "bpjs-kesehatan"]


def test_noun_then_organisation_owns_the_figure():
    f = kg.extract("Kepala Badan Kepegawaian Daerah Kota Kediri Rudi Santoso mengatakan 800 ASN Pemkot Kediri pensiun tahun ini.")
    assert [m.subject for m in f.metrics] == ["pemerintah-kota-kediri"]
