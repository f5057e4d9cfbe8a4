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
    unit = o["otoritas-jasa-keuangan/kantor-regional-3-jawa-tengah"]
    assert unit.parent == "otoritas-jasa-keuangan" and "OJK Kantor Regional 3 Jawa Tengah" in (unit.name, *unit.aliases)
    assert o["otoritas-jasa-keuangan/kantor-perwakilan-jawa-tengah"].parent == "otoritas-jasa-keuangan"


def test_government_with_its_acronym_inside():
    o = orgs("ASN di lingkungan Pemerintah Kota (Pemkot) Kediri menerima tunjangan.")
    assert o["pemerintah-kota-kediri"].aliases == ("Pemkot Kediri", "Pemkot", "Kota Kediri", "Pemerintah Kota (Pemkot) Kediri")


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


def test_a_co_subject_does_not_replace_the_subject():
    f = kg.extract("Blitar - BPJS Ketenagakerjaan Kantor Cabang Blitar bersama Pemerintah Kabupaten (Pemkab) Blitar "
                   "menyerahkan santunan Rp2,5 miliar sepanjang 2024.")
    assert [m.subject for m in f.metrics] == ["bpjs-ketenagakerjaan/kantor-cabang-blitar"]


def test_an_amount_per_person_of_a_named_programme_belongs_to_the_programme():
    f = kg.extract("Blitar - BPJS Ketenagakerjaan Kantor Cabang Blitar membayar klaim Rp2,5 miliar. "
                   "Setiap ahli waris menerima manfaat Jaminan Kematian (JKM) sebesar Rp42 juta. "
                   "Perusahaan itu menyisihkan Rp1 miliar per bulan untuk iuran JKM.")
    by_value = {m.value: (m.subject, m.subject_kind) for m in f.metrics}
    assert by_value[Decimal("42000000")] == ("jaminan-kematian", "program")
    assert by_value[Decimal("1000000000")][1] == "org"  # a monthly total is not an amount per person


def test_only_member_nouns_make_the_next_organisation_the_owner():
    f = kg.extract("Direktur Utama PT Sinar Tekstil Hendra Wijaya mengatakan perusahaannya merekrut 320 lulusan "
                   "Balai Besar Pelatihan Vokasi Semarang sejak 2023.")
    assert [m.subject for m in f.metrics] == ["sinar-tekstil"]


def test_bare_kementerian_refers_to_the_ministry():
    f = kg.extract("Jakarta - Kementerian Sosial (Kemensos) menggelar rapat. "
                   "Menurut Sekretaris Jenderal Kemensos Rudi Hartono, kementerian menargetkan 12.000 pendamping.")
    assert [m.subject for m in f.metrics] == ["kementerian-sosial"]


def test_a_statistics_office_keeps_its_own_work():
    f = kg.extract("Kediri - Kantor Perwakilan Bank Indonesia (BI) Kediri mencatat transaksi QRIS di Kota Kediri mencapai "
                   "Rp412 miliar. Kantor Perwakilan BI Kediri juga mendampingi 86 UMKM binaan.")
    subjects = {m.value: m.subject for m in f.metrics}
    assert subjects[Decimal("412000000000")] == "city-kediri"
    assert subjects[Decimal("86")].startswith("bank-indonesia/")


def test_a_sentence_about_a_region_with_no_one_reporting_is_about_the_region():
    f = kg.extract("Jumlah pelaku usaha yang memakai QRIS di Kota Madiun mencapai 21.400 merchant per Maret 2025. "
                   "Sekitar 90 persen di antaranya merupakan UMKM.")
    assert [(m.subject, m.subject_kind) for m in f.metrics] == [("city-madiun", "place"), ("city-madiun", "place")]


def test_a_per_person_amount_refers_to_the_programme_of_the_previous_sentence():
    f = kg.extract("Dinas Sosial Kota Madiun menyalurkan Program Lansia Sejahtera (Lasera) kepada 1.200 lansia. "
                   "Setiap penerima mendapat Rp250 ribu per bulan.")
    assert {m.value: m.subject_kind for m in f.metrics}[Decimal("250000")] == "program"


def test_a_target_a_government_sets_is_its_own():
    f = kg.extract("Pemerintah Provinsi Jawa Timur (Pemprov Jatim) menggelar rapat. "
                   "Pemprov menargetkan tingkat kemiskinan di Jawa Timur turun di bawah 8 persen pada 2026.")
    assert [(m.subject, m.is_target) for m in f.metrics] == [("pemerintah-provinsi-jawa-timur", True)]


def test_an_acronym_then_a_unit_is_that_organisations_unit():
    f = kg.extract("Pekanbaru - PT Bank Rakyat Indonesia (Persero) Tbk atau BRI Regional Office Pekanbaru menyalurkan "
                   "kredit Rp7,4 triliun hingga triwulan III 2024.")
    units = [o for o in f.organizations if o.kind == "unit"]
    assert [(u.name, u.parent) for u in units] == [("BRI Regional Office Pekanbaru", "bank-rakyat-indonesia")]
    assert [m.subject for m in f.metrics] == [units[0].key]


def test_title_comma_name_forms_for_offices_and_districts():
    f = kg.extract("Jayapura - Deputi Direksi Wilayah Papua dan Papua Barat BPJS Kesehatan, Yosef Kambu, menyebut layanan membaik. "
                   "Camat Sentani, Maria Wenda, mengatakan warga terdaftar. "
                   "Regional CEO BRI Jayapura, Hendra Sitorus, mengatakan kredit tumbuh. PT Bank Rakyat Indonesia (Persero) Tbk hadir.")
    got = {(m.person, m.organization, m.head) for m in f.memberships}
    orgs = {o.key: o for o in f.organizations}
    deputy = next(o for o in orgs.values() if o.unit_type and o.unit_type.endswith("kedeputian-wilayah"))
    assert ("yosef-kambu", deputy.key, True) in got and "Papua dan Papua Barat" in deputy.name
    assert ("maria-wenda", "kecamatan-sentani", True) in got
    assert any(p == "hendra-sitorus" and orgs[o].parent == "bank-rakyat-indonesia" for p, o, _ in got)


def test_laws_named_inside_a_title_and_court_rulings():
    f = kg.extract("Formula itu mengacu pada Peraturan Pemerintah Nomor 51 Tahun 2023 tentang Perubahan atas Peraturan "
                   "Pemerintah Nomor 36 Tahun 2021 tentang Pengupahan serta Putusan Mahkamah Konstitusi (MK) Nomor 168/PUU-XXI/2023.")
    names = {l.name for l in f.legislation}
    assert {"Peraturan Pemerintah Nomor 51 Tahun 2023", "Peraturan Pemerintah Nomor 36 Tahun 2021",
            "Putusan Mahkamah Konstitusi Nomor 168/PUU-XXI/2023"} <= names


def test_a_unit_form_in_capitals_starts_a_unit():
    f = kg.extract("Makassar - PT Taspen (Persero) Kantor Cabang Utama (KCU) Makassar membayar pensiun Rp2 triliun. "
                   "KCU Makassar juga melayani 90.000 peserta.")
    units = [o for o in f.organizations if o.kind == "unit"]
    assert len(units) == 1 and units[0].parent == "taspen"


def test_people_introduced_by_kin_or_as_one_of_many():
    f = kg.extract("Blitar - Salah satunya Tumiyem Rahayu, pensiunan guru, menerima manfaat. "
                   "Ia menerima santunan setelah suaminya, Karjo, buruh bangunan, meninggal dunia.")
    assert {p.name for p in f.people} == {"Tumiyem Rahayu", "Karjo"}


def test_per_month_name_is_a_period_not_a_per_person_amount():
    f = kg.extract("Medan - Program Jaminan Hari Tua (JHT) terus tumbuh. "
                   "BPJS Ketenagakerjaan secara nasional mengelola dana investasi Rp812 triliun per Juni 2025.")
    assert [m.subject_kind for m in f.metrics] == ["org"]


def test_a_programme_figure_nobody_reports_belongs_to_its_providers_local_unit():
    f = kg.extract("Ambon - Cakupan kepesertaan Jaminan Kesehatan Nasional (JKN) di Kota Ambon mencapai 97,4 persen per Mei 2025. "
                   "Kepala BPJS Kesehatan Kantor Cabang Ambon Yohana Latuheru mengatakan layanan terus membaik.")
    assert [m.subject for m in f.metrics] == ["bpjs-kesehatan/kantor-cabang-ambon"]


def test_an_organisation_after_a_preposition_is_not_the_subject():
    f = kg.extract("Ambon - BPJS Kesehatan Kantor Cabang Ambon menempatkan petugas di RSUD Haulussy dan 14 puskesmas mitra.")
    assert [m.subject for m in f.metrics] == ["bpjs-kesehatan/kantor-cabang-ambon"]


def test_names_written_with_a_province_abbreviation_also_carry_the_full_name():
    o = orgs("Mataram - Pemprov NTB menggelar rapat. Kepala Dinas Tenaga Kerja dan Transmigrasi NTB Baiq Rahmawati "
             "mengatakan 2.000 pekerja migran terlindungi. Pemko Padang ikut hadir.")
    assert "Pemerintah Provinsi Nusa Tenggara Barat" in o["pemerintah-provinsi-nusa-tenggara-barat"].aliases
    dinas = next(x for x in o.values() if x.name.startswith("Dinas"))
    assert "Dinas Tenaga Kerja dan Transmigrasi Nusa Tenggara Barat" in dinas.aliases
    assert o["pemerintah-kota-padang"].kind == "government"


def test_a_unit_named_for_a_list_of_regions():
    f = kg.extract("Mataram - Deputi Direktur Wilayah Bali, Nusa Tenggara, dan Papua BPJS Ketenagakerjaan Made Arta mengatakan "
                   "klaim naik. BPJS Ketenagakerjaan Kantor Wilayah Bali, Nusa Tenggara, dan Papua mencatat 38.640 peserta.")
    units = [o for o in f.organizations if o.kind == "unit"]
    assert len(units) == 1 and units[0].name.endswith("Bali, Nusa Tenggara, dan Papua")
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("made-arta", units[0].key, True)]
