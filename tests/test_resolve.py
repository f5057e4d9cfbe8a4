"""Merging mentions into organisations: acronyms, units of a parent, regional governments, abbreviations."""
import pytest

import kg
from kg.extract.names import abbreviates
from kg.identity import institution_named, institutions, slug


def orgs(text):
    return {o.key: o for o in kg.extract(text).organizations}


def test_acronym_in_brackets_used_later():
    f = kg.extract("Badan Pengelola Air Minum Daerah (BPAMD) menambah jaringan. Kepala BPAMD Joko Susilo mengatakan pelanggan naik.")
    o = {o.key: o for o in f.organizations}["badan-pengelola-air-minum-daerah"]
    assert "BPAMD" in o.aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("joko-susilo", "badan-pengelola-air-minum-daerah")]


def test_a_name_with_its_acronym_inside_is_one_organisation_with_the_acronyms_short_name():
    f = kg.extract("BIMA - Kepolisian Daerah (Polda) Sumbawa mencatat kasus. Kapolda Sumbawa Irjen Joko Susilo "
                   "mengatakan kasus turun.")
    [o] = [o for o in f.organizations if o.kind != "publisher"]
    assert "Polda Sumbawa" in o.aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("joko-susilo", o.key)]


def test_unit_of_parent_with_place():
    o = orgs("Kepala BPJS Ketenagakerjaan Kantor Cabang Blitar Joko Susilo hadir.")
    unit = o["bpjs-ketenagakerjaan/kantor-cabang-blitar"]
    assert unit.kind == "unit" and unit.parent == "bpjs-ketenagakerjaan" and unit.locations == ("city-blitar",)
    assert "Kantor Cabang Blitar" in unit.aliases


def test_unit_named_alone_belongs_to_the_articles_organisation():
    o = orgs("Kepala Kantor Cabang Tegal Yanti Susanti mengatakan BPJS Ketenagakerjaan melayani warga.")
    assert o["bpjs-ketenagakerjaan/kantor-cabang-tegal"].parent == "bpjs-ketenagakerjaan"


def test_org_then_cabang_place():
    o = orgs("BPJS Kesehatan Cabang Bantul melayani warga.")
    unit = next(x for x in o.values() if x.kind == "unit")
    assert unit.parent == "bpjs-kesehatan" and unit.locations == ("regency-bantul",)


def test_pemkab_merges_with_full_form():
    o = orgs("Pemerintah Kabupaten Sleman menyalurkan bantuan. Pemkab Sleman menyebut dana cukup.")
    assert list(o) == ["pemerintah-kabupaten-sleman"]
    assert "Pemkab Sleman" in o["pemerintah-kabupaten-sleman"].aliases


def test_dinas_has_its_regional_government_as_parent_and_syllabic_abbreviation():
    o = orgs("Kepala Dinas Sosial Kota Blitar Rina Wulandari mengatakan Pemerintah Kota Blitar menambah anggaran. "
             "Dinsos Blitar menyalurkan bantuan.")
    dinas = o["dinas-sosial-kota-blitar"]
    assert dinas.parent == "pemerintah-kota-blitar"
    assert "Dinsos Blitar" in dinas.aliases


@pytest.mark.parametrize("short, full, ok", [
    ("Dinsos", "Dinas Sosial", True),
    ("Disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi", True),
    ("Kemnaker", "Kementerian Ketenagakerjaan", True),
    ("Disdik", "Dinas Tenaga Kerja", False),
    ("BPAMD", "Badan Pengelola Air Minum Daerah", True),
    ("Dinkes", "Dinas Sosial", False),
    ("BPS", "Badan", False),
    ("DLH", "Dinas Lingkungan Hidup", True),
    ("DAK", "Dinas Kesehatan", False),  # a short form of a few capitals takes the words' initials only
    ("SIKOP", "Sistem Informasi Koperasi", True),  # a longer one may take syllables
])
def testabbreviates(short, full, ok):
    assert abbreviates(short, full) is ok


def test_company_short_name_joins_the_full_name():
    o = orgs("PT Sinar Bahari (Persero) membuka kantor. Sinar Bahari menambah kapal.")
    assert "sinar-bahari" in o and len([k for k in o if "sinar" in k]) == 1


def test_slug_is_ascii():
    assert slug("Dinas Sosial Kota Blitar") == "dinas-sosial-kota-blitar"
    assert slug("Café Ñusantara!") == "cafe-nusantara"
    assert slug("!!!") == "x"


def test_dateline_with_weekday_is_not_a_publisher():
    f = kg.extract("Bogor, Kamis (31/10/2024) - PT Sinar Bahari membuka kantor.")
    assert f.publisher is None and f.dateline_place == "city-bogor"


@pytest.mark.parametrize("text, key", [
    ("Kantor Cabang Surakarta membayar klaim Rp5 miliar pada 2024.", "kantor-cabang-surakarta"),
    ("General Manager UID Jateng, Budi Santoso, mengatakan gardu bertambah.", "uid-jateng"),
])
def test_unit_without_a_known_parent_is_an_organisation_and_the_graph_conforms(text, key):
    from kg.validate import validate
    o = orgs(text)[key]
    assert (o.kind, o.parent, o.unit_type) == ("org", None, None)
    assert validate(kg.build(text)).conforms


@pytest.mark.parametrize("text, key, name", [
    ("Rumah Sakit Umum Daerah dr. Hana Wijaya Provinsi Jawa Tengah mencatat pasien naik.",
     "rumah-sakit-umum-daerah-dr-hana-wijaya-provinsi-jawa-tengah",
     "Rumah Sakit Umum Daerah dr. Hana Wijaya Provinsi Jawa Tengah"),
    ("Pasien dirujuk ke RSUD Prof. Dr. Tono Hadi Kota Mataram pekan lalu.",
     "rsud-prof-dr-tono-hadi-kota-mataram", "RSUD Prof. Dr. Tono Hadi Kota Mataram"),
])
def test_hospital_named_after_a_person(text, key, name):
    assert orgs(text)[key].name == name


def test_name_with_a_comma_list_without_a_comma_before_dan():
    o = orgs("Dinas Perumahan, Kawasan Permukiman dan Pertanahan Provinsi Jawa Tengah mencatat realisasi 90 persen.")
    assert list(o) == ["dinas-perumahan-kawasan-permukiman-dan-pertanahan-provinsi-jawa-tengah"]


@pytest.mark.parametrize("text, name", [
    # no comma before the last 'dan', but a second comma lists the fields
    ("Dinas Pangan, Tanaman Pangan, Perkebunan dan Peternakan Kabupaten Sambas membagi benih.",
     "Dinas Pangan, Tanaman Pangan, Perkebunan dan Peternakan Kabupaten Sambas"),
    # 'Koperasi' heads cooperatives' names, but after 'dan' in an office's name it is one of its fields
    ("Dinas Perdagangan dan Koperasi Kabupaten Blora memantau harga.",
     "Dinas Perdagangan dan Koperasi Kabupaten Blora"),
    # a field after the office's short form in brackets
    ("Dinas Perdagangan dan Koperasi (Disdagkop) dan UKM Kota Batu memantau harga.",
     "Dinas Perdagangan dan Koperasi dan UKM Kota Batu"),
])
def test_a_regional_office_named_after_several_fields_is_one_office_with_its_region(text, name):
    [org] = orgs(text).values()
    assert org.name == name and len(org.locations) == 1
    assert org.locations[0].split("-", 1)[0] in ("city", "regency")


def test_a_cooperative_after_an_offices_dan_is_another_organisation():
    assert sorted(orgs("Dinas Sosial dan Koperasi Sejahtera Mandiri menyalurkan bantuan.")) == \
        ["dinas-sosial", "koperasi-sejahtera-mandiri"]


@pytest.mark.parametrize("text, keys", [
    ("Dinas Sosial, Dinas Kesehatan dan Dinas Pendidikan Kota Blitar hadir.",
     ["dinas-kesehatan", "dinas-pendidikan-kota-blitar", "dinas-sosial"]),
    ("Sinergi antara Bank Indonesia dan Pemerintah Daerah menekan inflasi.", ["bank-indonesia"]),
    ("Anggaran itu dari DPRD, BPKAD dan Inspektorat.", ["bpkad"]),  # a regional office's short form, alone
])
def test_lists_of_organisations_are_not_one_name(text, keys):
    assert sorted(orgs(text)) == keys


def test_name_that_goes_on_after_its_acronym():
    o = orgs("Data dari Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan Cabang Madiun menunjukkan peserta naik.")
    top = o["bpjs-kesehatan"]
    assert (top.name, top.aliases) == ("Badan Penyelenggara Jaminan Sosial Kesehatan", (
        "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan", "BPJS Kesehatan"))  # the short form out of its name
    [unit] = [u for u in o.values() if u.kind == "unit"]
    assert unit.parent == top.key and "BPJS Kesehatan Cabang Madiun" in unit.aliases
    # keyed as the office written without the spelled-out name is
    assert unit.key in orgs("Data dari BPJS Kesehatan Cabang Madiun menunjukkan peserta naik.")


def test_hospital_named_with_initials():
    assert list(orgs("Pasien dirujuk ke RSUP Prof. Dr. R. T. Wijaya Manado pekan lalu.")) == ["rsup-prof-dr-r-t-wijaya-manado"]


def test_branch_rank_is_not_a_place():
    f = kg.extract("PT Jasa Raharja Cabang Utama Jawa Tengah membayar santunan. "
                   "Kepala Cabang Utama Jasa Raharja Jawa Tengah, Rina Wati mengatakan santunan cair.")
    unit = next(o for o in f.organizations if o.kind == "unit")
    assert (unit.key, unit.parent, unit.locations) == ("jasa-raharja/kantor-cabang-utama-jawa-tengah", "jasa-raharja", ("jawa-tengah",))
    assert [(m.person, m.organization, m.role_label) for m in f.memberships] == [
        ("rina-wati", "jasa-raharja/kantor-cabang-utama-jawa-tengah", "Kepala Cabang Utama")]
    assert [p.key for p in f.places] == ["jawa-tengah"]


def test_kind_of_body_then_a_defined_acronym_is_that_body():
    o = orgs("Dana disalurkan Himpunan Bank Milik Negara (Himbara). Menurut laporan, Bank Himbara sudah menyalurkannya.")
    assert list(o) == ["himpunan-bank-milik-negara"]
    assert "Bank Himbara" in o["himpunan-bank-milik-negara"].aliases


def test_national_body_then_the_place_of_its_office():
    f = kg.extract("Kepala BPJS Kesehatan Kupang, Rina Wati, mengatakan peserta naik. BPJS Kesehatan mencatat iuran.")
    unit = next(o for o in f.organizations if o.kind == "unit")
    assert (unit.key, unit.parent, unit.locations) == ("bpjs-kesehatan/kupang", "bpjs-kesehatan", ("city-kupang",))
    assert [(m.person, m.organization) for m in f.memberships] == [("rina-wati", "bpjs-kesehatan/kupang")]


def test_agencies_of_the_only_regional_government():
    o = orgs("Pemerintah Provinsi Jawa Tengah mencatat realisasi. Terendah dicapai oleh Dinas Sosial. "
             "RSUD dr. Hana Wijaya Provinsi Jawa Tengah juga hadir.")
    for key in ("dinas-sosial", "rsud-dr-hana-wijaya-provinsi-jawa-tengah"):
        assert (o[key].parent, o[key].locations) == ("pemerintah-provinsi-jawa-tengah", ("jawa-tengah",))


def test_a_name_ending_with_a_region_is_located_there_but_not_a_national_name():
    o = orgs("Anggota DPRD Lombok Tengah hadir. Bank Indonesia mencatat inflasi.")
    assert o["dprd-lombok-tengah"].locations == ("regency-lombok-tengah",)
    assert o["bank-indonesia"].locations == ()


def test_a_title_whose_name_is_an_organisation_gives_no_person_and_no_crash():
    # a cut sentence: the honorific is followed by an acronym, not by the person's name
    facts = kg.extract("Otoritas Jasa Keuangan (OJK) mengawasi bank. Direktur Utama PT Bank Maju, H. OJK mendorong perbankan.")
    assert facts.memberships == ()
    assert "OJK" not in {p.name for p in facts.people}


def test_an_acronym_in_capitals_is_the_initials_of_the_name_it_stands_for():
    """'BTN' fits 'Bank Rakyat Indonesia' letter by letter (B-ank, rakyaT, iNdonesia) but stands for another
    bank: joining them would put one bank's figures on the other."""
    f = kg.extract("Jakarta (ANTARA) - Bank Rakyat Indonesia (BRI) menyalurkan kredit Rp5 miliar pada 2024. "
                   "Dana pemerintah dititipkan di BRI dan BTN. Bank Tabungan Negara (BTN) menyalurkan Rp2 miliar.")
    aliases = {o.key: o.aliases for o in f.organizations}
    assert aliases["bank-rakyat-indonesia"] == ("BRI",)
    assert aliases["bank-tabungan-negara"] == ("BTN",)
    f = kg.extract("Jakarta (ANTARA) - Bank Rakyat Indonesia (BRI) menyalurkan kredit Rp5 miliar pada 2024. "
                   "Dana pemerintah dititipkan di BRI dan BTN.")
    assert {o.key: o.aliases for o in f.organizations}["bank-rakyat-indonesia"] == ("BRI",)


@pytest.mark.parametrize("acronym", sorted({i.acronym for i in institutions().values() if i.regional_offices and i.acronym}))
def test_a_national_body_named_by_acronym_with_a_provincial_office_heads_that_office(acronym):
    f = kg.extract(f"Kepala {acronym} Provinsi Jambi Rina Kartika Sari mengatakan kegiatan berjalan lancar.")
    o = {o.key: o for o in f.organizations}
    office = next(x for x in o.values() if x.kind == "unit")
    parent = institution_named([acronym])[0].key  # keyed by its full name, as every body on the national list
    assert (office.name, office.parent, office.locations) == (f"{acronym} Provinsi Jambi", parent, ("jambi",))
    assert not any(x.kind == "government" for x in o.values())  # never the province's government
    assert [(m.person, m.organization) for m in f.memberships] == [("rina-kartika-sari", office.key)]


def test_a_national_office_for_two_regions_keeps_both_in_its_name():
    f = kg.extract("Menurut Kepala Otoritas Jasa Keuangan (OJK) Provinsi Jambi dan Bengkulu, Dedi Kurniawan, tabungan warga naik.")
    office = next(x for x in f.organizations if x.kind == "unit")
    assert office.name == "Otoritas Jasa Keuangan Provinsi Jambi dan Bengkulu"
    assert "Otoritas Jasa Keuangan (OJK) Provinsi Jambi dan Bengkulu" in office.aliases
    assert office.locations == ("jambi",) and {"jambi", "bengkulu"} <= {p.key for p in f.places}
    assert [(m.person, m.organization) for m in f.memberships] == [("dedi-kurniawan", office.key)]


def test_a_regional_government_keeps_the_name_written_with_its_acronym_inside():
    o = orgs("Pemerintah Kabupaten (Pemkab) Sleman menyalurkan bantuan kepada warga.")
    assert o["pemerintah-kabupaten-sleman"].name == "Pemerintah Kabupaten Sleman"
    assert "Pemerintah Kabupaten (Pemkab) Sleman" in o["pemerintah-kabupaten-sleman"].aliases


def test_a_regional_body_written_again_with_its_region_in_short_is_one_body():
    f = kg.extract("Sebanyak 300 anak divaksin campak oleh Dinas Kesehatan Provinsi Sulawesi Tengah.\n"
                   "Kepala Dinas Kesehatan Sulteng, Rina Marlina menjelaskan vaksin cukup.")
    assert [(o.name, "Dinas Kesehatan Sulteng" in o.aliases) for o in f.organizations] == [
        ("Dinas Kesehatan Provinsi Sulawesi Tengah", True)]
    assert [(m.person, m.organization) for m in f.memberships] == [("rina-marlina", f.organizations[0].key)]


def test_regional_bodies_of_two_regions_stay_apart():
    f = kg.extract("Dinas Kesehatan Provinsi Sulawesi Tengah dan Dinas Kesehatan Kalteng membagikan vaksin campak.")
    assert sorted(o.name for o in f.organizations) == ["Dinas Kesehatan Kalteng", "Dinas Kesehatan Provinsi Sulawesi Tengah"]


# ---------------------------------------------------------------- regional units of companies and national bodies

NUMBERED_UNIT_ARTICLE = (
    "Medan (ANTARA) - PT Sinar Rel Nusantara (Persero) Daerah Operasi 3 Medan (Daop 3 Medan) telah melayani "
    "120.500 penumpang hingga Juni 2025. \"Kami terus menambah perjalanan,\" ujar Manager Humas SRN Daop 3 Medan, "
    "Rudi Hartanto dalam keterangan di Medan, Senin. Rudi menyampaikan, SRN Daop 3 Medan mengoperasikan sebanyak "
    "40 perjalanan setiap hari.")


def test_a_numbered_unit_and_its_short_forms_are_one_unit_of_the_company():
    f = kg.extract(NUMBERED_UNIT_ARTICLE)
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.parent, unit.locations) == (
        "sinar-rel-nusantara/daerah-operasi-3-medan", "sinar-rel-nusantara", ("city-medan",))
    assert unit.name == "PT Sinar Rel Nusantara (Persero) Daerah Operasi 3 Medan"
    assert {"Daop 3 Medan", "SRN Daop 3 Medan"} <= set(unit.aliases)
    assert "SRN" in orgs(NUMBERED_UNIT_ARTICLE)["sinar-rel-nusantara"].aliases


def test_the_units_number_is_no_figure_and_its_figures_are_the_units():
    f = kg.extract(NUMBERED_UNIT_ARTICLE)
    assert sorted((m.subject, int(m.value)) for m in f.metrics) == [
        ("sinar-rel-nusantara/daerah-operasi-3-medan", 40), ("sinar-rel-nusantara/daerah-operasi-3-medan", 120500)]


def test_a_title_before_a_unit_named_by_the_companys_acronym_is_held_in_that_unit():
    f = kg.extract(NUMBERED_UNIT_ARTICLE)
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("rudi-hartanto", "sinar-rel-nusantara/daerah-operasi-3-medan", "Manager Humas", False)]
    assert [p.key for p in f.people] == ["rudi-hartanto"]  # never 'Daop' as a person
    assert [q.speaker for q in f.quotations] == ["rudi-hartanto"]


def test_a_units_short_form_named_first_belongs_to_the_company_spelled_out_later():
    f = kg.extract("Divre II Padang mencatat 3.400 pelanggan baru. PT Sinar Rel Nusantara (Persero) Divisi Regional II "
                   "Padang menambah gerbong.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.parent) == ("sinar-rel-nusantara/divisi-regional-ii-padang", "sinar-rel-nusantara")
    assert "Divre II Padang" in unit.aliases


def test_a_plain_word_of_a_units_name_without_a_number_needs_a_known_place():
    """'Regional Champion' names no region: without a number, the word after 'Regional' must be a place."""
    o = orgs("PT Sinar Bahari Regional Champion meraih penghargaan. PT Sinar Bahari Regional Madiun menambah kapal.")
    assert [k for k, x in o.items() if x.kind == "unit"] == ["sinar-bahari/regional-madiun"]


@pytest.mark.parametrize("title, role, head", [
    ("General Manager", "general-manager", True),
    ("Senior Manager Distribusi", "senior-manager", False),
    ("Vice President Komunikasi", "vice-president", False),
    ("Executive Vice President", "executive-vice-president", False),
    ("Area Manager Komunikasi", "area-manager", False),
    ("VP Komunikasi", "vice-president", False),
    ("Regional Head", "regional-head", True),
    ("Executive General Manager", "executive-general-manager", True),
    ("Corporate Secretary", "sekretaris-perusahaan", False),
])
def test_a_company_title_before_its_unit_is_held_in_the_unit(title, role, head):
    f = kg.extract("PT Daya Listrik Nusa (Persero) Unit Induk Distribusi Jawa Timur menambah gardu. "
                   f"{title} DLN UID Jawa Timur, Sari Puspita mengatakan pelanggan bertambah 2.000 orang.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.parent) == ("daya-listrik-nusa/unit-induk-distribusi-jawa-timur", "daya-listrik-nusa")
    assert "DLN UID Jawa Timur" in unit.aliases
    assert [(m.person, m.organization, m.role_concept.rsplit("/", 1)[-1], m.head) for m in f.memberships] == [
        ("sari-puspita", unit.key, role, head)]


@pytest.mark.parametrize("title, role", [
    ("Group Head Komunikasi Perusahaan", "group-head"),
    ("Sekretaris Perusahaan", "sekretaris-perusahaan"),
    ("Corsec", "sekretaris-perusahaan"),
])
def test_a_head_office_title_of_a_company_is_held_in_the_company_and_names_no_one_else(title, role):
    f = kg.extract(f"PALEMBANG - {title} PT Tirta Pelabuhan Nusantara (Persero) Sari Puspita mengatakan arus penumpang "
                   "naik 12 persen.")
    assert [p.name for p in f.people] == ["Sari Puspita"]
    assert [(m.person, m.organization, m.role_concept.rsplit("/", 1)[-1]) for m in f.memberships] == [
        ("sari-puspita", "tirta-pelabuhan-nusantara", role)]


def test_a_numbered_units_word_with_its_number_names_the_unit_alone_and_the_number_is_no_figure():
    f = kg.extract("PT Tirta Pelabuhan Nusantara Regional 2 Makassar melayani 1.500 kapal. "
                   "Regional 2 Makassar juga menambah dermaga.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.locations) == ("tirta-pelabuhan-nusantara/regional-2-makassar", ("city-makassar",))
    assert [(m.subject, int(m.value)) for m in f.metrics] == [(unit.key, 1500)]


def test_a_title_before_an_acronym_and_a_unit_form_is_held_in_that_companys_unit():
    """'DLN UID Jatim': the acronym before a unit's form is the unit's company, not a word of the title."""
    f = kg.extract("General Manager DLN UID Jatim, Sari Puspita mengatakan pelanggan bertambah 2.000 orang.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.parent, unit.locations) == ("dln", ("jawa-timur",))
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("sari-puspita", unit.key, "General Manager", True)]


@pytest.mark.parametrize("text, key, place", [
    ("General Manager PT Angkasa Nusa (Persero) Bandara Internasional Raja Haji Tanjungpinang, Dewi Lestari "
     "mengatakan penumpang naik 12.000 orang.",
     "angkasa-nusa/bandara-internasional-raja-haji-tanjungpinang", "city-tanjungpinang"),
    ("PT Pelabuhan Nusa (Persero) Pelabuhan Tanjung Emas Semarang melayani 1.400 kapal.",
     "pelabuhan-nusa/pelabuhan-tanjung-emas-semarang", "city-semarang"),
])
def test_an_airport_or_port_a_company_runs_is_its_unit_where_the_place_ending_its_name_is(text, key, place):
    f = kg.extract(text)
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.locations) == (key, (place,))
    assert unit.parent == key.split("/")[0] and unit.name.split("(Persero) ")[1] in unit.aliases
    assert [m.subject for m in f.metrics] == [key]
    assert all(m.organization == key for m in f.memberships)


def test_a_facility_that_a_company_does_not_run_stays_a_place():
    o = orgs("Dinas Perhubungan Kota Semarang Pelabuhan Tanjung Emas menambah petugas.")
    assert not [k for k, x in o.items() if x.kind == "unit"]


@pytest.mark.parametrize("sentence, key, name", [
    ("Kantor Imigrasi Kelas I Jambi menerbitkan 900 paspor.", "kantor-imigrasi-kelas-i-jambi", "Kantor Imigrasi Kelas I Jambi"),
    ("Sebanyak 500 paspor terbit di Imigrasi Bone.", "imigrasi-bone", "Imigrasi Bone"),
    ("Kantor Pelayanan Pajak (KPP) Pratama Pati mencatat penerimaan Rp 30 miliar.", "kantor-pelayanan-pajak-pratama-pati",
     "Kantor Pelayanan Pajak Pratama Pati"),
    ("KPP Madya Jambi mencatat penerimaan Rp 30 miliar.", "kpp-madya-jambi", "KPP Madya Jambi"),
    ("Kantor Pertanahan Kabupaten Pati menerbitkan 800 sertifikat.", "kantor-pertanahan-kabupaten-pati",
     "Kantor Pertanahan Kabupaten Pati"),
    ("Kantor Kementerian Agama Kabupaten Pati memberangkatkan 400 jemaah.", "kantor-kementerian-agama-kabupaten-pati",
     "Kantor Kementerian Agama Kabupaten Pati"),
    ("Sebanyak 300 narapidana di Lembaga Pemasyarakatan (Lapas) Kelas IIA Jambi mendapat remisi.",
     "lembaga-pemasyarakatan-kelas-iia-jambi", "Lembaga Pemasyarakatan Kelas IIA Jambi"),
])
def test_a_ministrys_office_in_a_town_is_one_organisation_named_with_its_town(sentence, key, name):
    f = kg.extract(f"Jambi - {sentence}")
    [office] = f.organizations
    assert (office.key, office.name) == (key, name)
    assert [m.subject for m in f.metrics] == [key]


def test_a_national_institutions_name_after_its_acronym_keeps_the_town_out():
    f = kg.extract("Jember - Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan Jember mencatat 20 klaim.")
    # the town names the body's office there, as after 'BPJS Kesehatan Jember'
    assert [(o.key, o.name) for o in f.organizations] == [
        ("bpjs-kesehatan", "Badan Penyelenggara Jaminan Sosial Kesehatan"),
        ("bpjs-kesehatan/jember", "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan Jember")]
    assert [m.subject for m in f.metrics] == ["bpjs-kesehatan/jember"]


@pytest.mark.parametrize("first, again", [
    ("Kantor Imigrasi Kelas II Jambi", "Imigrasi Jambi"),
    ("Imigrasi Jambi", "Kantor Imigrasi Kelas II Jambi"),
    ("Lembaga Pemasyarakatan (Lapas) Kelas II B Jambi", "Lapas Jambi"),
    ("Kantor Imigrasi Kelas I Khusus Jambi", "Imigrasi Jambi"),
    ("Kantor Imigrasi Kelas I TPI Jambi", "Imigrasi Jambi"),
    ("Kantor Imigrasi Kelas II Non TPI Jambi", "Imigrasi Jambi"),
])
def test_an_office_named_again_by_another_head_word_or_without_its_class_is_one_office(first, again):
    f = kg.extract(f"Jambi - {first} melayani 900 warga pekan ini. Sebanyak 200 warga lain dilayani {again} sepekan kemudian.")
    assert len(f.organizations) == 1


def test_two_offices_of_one_kind_in_two_towns_stay_two():
    f = kg.extract("Jambi - Kantor Imigrasi Kelas II Jambi dan Imigrasi Bungo melayani 900 warga.")
    assert sorted(o.key for o in f.organizations) == ["imigrasi-bungo", "kantor-imigrasi-kelas-ii-jambi"]


@pytest.mark.parametrize("title, org, role", [
    ("Wakil Rektor", "universitas-nusa-bangsa", "wakil-rektor"),
    ("Wakil Direktur", "universitas-nusa-bangsa", "wakil-direktur"),
    ("Wakil Kepala", "universitas-nusa-bangsa", "wakil-kepala"),
])
def test_a_deputy_holds_the_deputys_title_and_leads_nothing(title, org, role):
    f = kg.extract(f"MATARAM - {title} Universitas Nusa Bangsa Sari Puspita mengatakan mahasiswa baru naik 12 persen.")
    assert [(m.person, m.organization, m.role_concept.rsplit("/", 1)[-1], m.head) for m in f.memberships] == [
        ("sari-puspita", org, role, False)]


@pytest.mark.parametrize("title", ["Wakil Bendahara", "Wakil Koordinator", "wakil Direktur"])
def test_a_deputy_title_the_lexicon_lacks_is_a_deputys_never_the_heads(title):
    f = kg.extract(f"MATARAM - {title} Universitas Nusa Bangsa Sari Puspita mengatakan mahasiswa baru naik 12 persen.")
    assert [m for m in f.memberships if m.head or m.role_concept.endswith(("/koordinator", "/direktur"))] == []
    if title == "Wakil Koordinator":  # the lexicon has 'Koordinator' but no 'Wakil Koordinator'
        assert [(m.person, m.role_label, m.role, m.role_concept.rsplit("/", 1)[-1]) for m in f.memberships] == [
            ("sari-puspita", title, None, "wakil-kepala")]


def test_a_deputy_of_a_regional_offices_head_holds_the_title_as_written_under_the_deputy_concept():
    f = kg.extract("MALANG - Wakil Pimpinan Wilayah BRI Malang Sutrisno Adi mengatakan kredit naik 12 persen.")
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("sutrisno-adi", "bank-rakyat-indonesia/kantor-wilayah-malang", "Wakil Pimpinan Wilayah", False)]


def test_an_office_named_wilayah_and_its_province_is_the_companys_regional_office():
    o = orgs("KUPANG - General Manager PLN Wilayah Nusa Tenggara Barat Rudi Hartono mengatakan penjualan naik.")
    unit = o["pln/kantor-wilayah-nusa-tenggara-barat"]
    assert unit.parent == "pln" and unit.locations == ("nusa-tenggara-barat",)


def test_a_surname_used_alone_later_leaves_the_first_name_after_a_provinces_office_in_the_name():
    f = kg.extract("KUPANG - General Manager PT PLN (Persero) Wilayah Nusa Tenggara Timur Ignas Sutejo mengatakan "
                   "penjualan naik. \"Kami siap,\" kata Sutejo.")
    assert [(p.name, p.aliases) for p in f.people] == [("Ignas Sutejo", ("Sutejo",))]
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("ignas-sutejo", "pln/kantor-wilayah-nusa-tenggara-timur")]


def test_a_first_name_used_alone_later_leaves_a_branch_named_after_a_town_its_second_word():
    f = kg.extract("BANDUNG - Kepala BPJS Kesehatan Kantor Cabang Bandung Cicendo Rina Wulandari mengatakan peserta "
                   "naik. \"Kami siap,\" kata Rina.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rina-wulandari", "bpjs-kesehatan/kantor-cabang-bandung-cicendo")]


@pytest.mark.parametrize("text, org, aliases", [
    ("Kepala Kejaksaan Negeri (Kejari) Mataram Sari Puspita mengatakan 12 perkara selesai. Kejari Mataram juga "
     "menyelamatkan Rp2 miliar.", "kejaksaan-negeri-mataram", ("Kejari Mataram",)),
    ("Wakapolres Lombok Barat Kompol Sari Puspita mengatakan 12 perkara selesai.", "polres-lombok-barat", ()),
])
def test_a_prosecutors_or_police_office_named_with_its_region_is_one_organisation(text, org, aliases):
    f = kg.extract("MATARAM - " + text)
    orgs = [o for o in f.organizations if o.kind != "publisher"]
    assert [(o.key, o.parent) for o in orgs] == [(org, None)] and set(aliases) <= set(orgs[0].aliases)
    assert [(m.person, m.organization) for m in f.memberships] == [("sari-puspita", org)]


def test_a_word_the_gazetteer_lacks_after_a_regency_title_is_no_regency_but_may_be_a_district():
    f = kg.extract("MATARAM - Hadir Bupati Lombok Barat Andi Wijaya dan Wakil Bupati Sadra Sari Puspita Dewi.")
    assert [o.key for o in f.organizations if o.kind == "government"] == ["pemerintah-kabupaten-lombok-barat"]
    f = kg.extract("MATARAM - Camat Sukaraharja Sari Puspita mengatakan 300 keluarga menerima bantuan.")
    assert [o.name for o in f.organizations] == ["Kecamatan Sukaraharja"]


@pytest.mark.parametrize("text, org", [
    ("Anggota DPRD Jatim Fraksi Golkar Sutrisno Hadi mengatakan anggaran naik.", "dprd-jatim-fraksi-golkar"),
    ("Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Madiun Sutrisno Hadi mengatakan anggaran naik.",
     "dewan-perwakilan-rakyat-daerah-kabupaten-madiun"),
])
def test_a_regional_parliament_after_its_region_keeps_its_members_name_whole(text, org):
    f = kg.extract("MADIUN - " + text)
    assert [p.name for p in f.people] == ["Sutrisno Hadi"]
    assert [m.organization for m in f.memberships] == [org]


@pytest.mark.parametrize("text, unit, person", [
    ("Manajer PT Daya Listrik Nusa ULP Padang Kota Rahmat Fauzi mengatakan 400 pelanggan baru tersambung.",
     "daya-listrik-nusa/unit-layanan-pelanggan-padang-kota", "Rahmat Fauzi"),
    ("GM PT Feri Nusa Cabang Bakauheni Windy Astuti mengatakan 400 kapal bersandar.",
     "feri-nusa/kantor-cabang-bakauheni", "Windy Astuti"),
    ("Kepala Kantor Cabang Semarang Pemuda Budi Santoso mengatakan 400 peserta baru.",
     "kantor-cabang-semarang-pemuda", "Budi Santoso"),
    # a Roman numeral after a unit's region is the unit's, unless it opens a Balinese name
    ("Kepala Seksi Humas Kanwil DJP Jateng I Hartono mengatakan penerimaan naik.",
     "direktorat-jenderal-pajak/kantor-wilayah-jawa-tengah-i", "Hartono"),
    ("Kepala Kanwil DJP Bali I Made Wirata mengatakan penerimaan naik.",
     "direktorat-jenderal-pajak/kantor-wilayah-bali", "I Made Wirata"),
    # three words after the town of a body that runs no airports, ports or stations (no site's name) are the name
    ("Kepala BPJS Kesehatan Cabang Palu Tri Budi Santoso mengatakan 400 peserta baru.",
     "bpjs-kesehatan/kantor-cabang-palu", "Tri Budi Santoso"),
    # one word after the town, then the clause's end: the holder's one name
    ("\"Jaringan bertambah,\" kata Manajer PLN ULP Padang Rina.", "pln/unit-layanan-pelanggan-padang", "Rina"),
    ("Jaringan itu, kata Kepala BPJS Kesehatan Cabang Padang Budi, Senin, sudah tersambung.",
     "bpjs-kesehatan/kantor-cabang-padang", "Budi"),
    # a date after the comma names no one: the three words before it are the name, after the branch's two places
    ("Demikian disampaikan Kepala BPJS Kesehatan Cabang Bali Denpasar Ahmad Rudi Santoso, Rabu (4/9).",
     "bpjs-kesehatan/kantor-cabang-bali-denpasar", "Ahmad Rudi Santoso"),
])
def test_after_a_title_a_units_name_leaves_its_holders_name_whole(text, unit, person):
    f = kg.extract("PADANG - " + text)
    assert [(p.name, m.organization) for p in f.people for m in f.memberships if m.person == p.key] == [(person, unit)]


def test_a_branch_named_after_its_street_keeps_the_street_before_its_heads_name():
    f = kg.extract("PALEMBANG - Kepala PT Bank Sinar Nusa KCP Palembang Pasar Baru Andi Wijaya mengatakan 300 nasabah baru.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("andi-wijaya", "bank-sinar-nusa/kantor-cabang-pembantu-palembang-pasar-baru")]


@pytest.mark.parametrize("first, again", [
    ("Dinas Kependudukan dan Catatan Sipil Kabupaten Madiun", "Dinas Dukcapil Kabupaten Madiun"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang Kota Blitar", "Dinas PUPR Kota Blitar"),
])
def test_an_office_whose_field_is_written_short_the_second_time_is_one_office(first, again):
    f = kg.extract(f"{first} mencatat 600 layanan. Kepala {again} Andi Wijaya mengatakan layanan naik.")
    offices = [o for o in f.organizations if o.kind == "org"]
    assert len(offices) == 1 and [m.organization for m in f.memberships] == [offices[0].key]


@pytest.mark.parametrize("first, second", [
    ("Dinas Kesehatan", "Dinas Sosial"),
    ("Dinas Perindustrian dan Perdagangan", "Dinas Pangan"),
    ("Dinas Peternakan dan Kesehatan Hewan", "Dinas Kesehatan"),
    ("Dinas Pertanian dan Ketahanan Pangan", "Dinas Perikanan"),
])
def test_two_offices_of_one_region_with_other_fields_stay_two(first, second):
    """A one-word field is another office's short form only where kg/data/indonesian.json field_short_forms says so:
    spelled letter by letter, 'Pangan' would fit 'Perindustrian dan Perdagangan'."""
    f = kg.extract(f"{first} Kota Blitar mencatat 30 kasus. Kepala {second} Kota Blitar Andi Wijaya mengatakan bantuan "
                   "cair.")
    offices = sorted(o.key for o in f.organizations)
    assert len(offices) == 2 and [m.organization for m in f.memberships] == [slug(f"{second} Kota Blitar")]


@pytest.mark.parametrize("title, name", [
    ("Wakil Bupati Syah Rudi Hartono", "Syah Rudi Hartono"),
    ("Wali Kota Syah Rudi Hartono", "Syah Rudi Hartono"),
    ("Gubernur Syah Rudi Hartono", "Syah Rudi Hartono"),
    ("Bupati Terpilih Rudi Hartono", "Rudi Hartono"),  # a word of the holder's stage is no part of the name
])
def test_a_regional_heads_title_with_no_region_after_it_is_followed_by_the_whole_name(title, name):
    f = kg.extract(f"MATARAM - Rapat itu dihadiri {title}.")
    assert [p.name for p in f.people] == [name]


def test_a_title_many_hold_at_once_followed_by_a_list_of_names_gives_each_of_them_the_role():
    f = kg.extract("MATARAM - Rapat dipimpin Ketua DPRD Kota Mataram Rudi Hartono, didampingi Wakil Ketua DPRD Kota "
                   "Mataram Sari Puspita, Lalu Wira, dan Andi Wijaya.")
    deputies = {(m.person, m.organization) for m in f.memberships if not m.head}
    assert deputies == {(p, "dprd-kota-mataram") for p in ("sari-puspita", "lalu-wira", "andi-wijaya")}
    assert [m.person for m in f.memberships if m.head] == ["rudi-hartono"]


@pytest.mark.parametrize("deputies", [
    "Wakil Ketua DPRD Kota Mataram, Sari Puspita, Lalu Wira, dan Andi Wijaya",
    "Wakil Ketua DPRD Kota Mataram, Sari Puspita dan Andi Wijaya",
    "dua Wakil Ketua DPRD, Sari Puspita dan Andi Wijaya",  # the body named by its type alone: the one in view
])
def test_a_comma_after_the_body_of_a_title_many_hold_opens_the_list_of_its_holders(deputies):
    f = kg.extract(f"MATARAM - Rapat dipimpin Ketua DPRD Kota Mataram Rudi Hartono, didampingi {deputies}.")
    listed = {"sari-puspita", "andi-wijaya"} | ({"lalu-wira"} if "Lalu" in deputies else set())
    held = {(m.person, m.organization) for m in f.memberships if not m.head}
    assert held == {(p, "dprd-kota-mataram") for p in listed}


def test_a_title_that_leads_its_body_gives_no_role_to_a_list_of_names():
    f = kg.extract("MATARAM - Ketua DPRD Kota Mataram Rudi Hartono dan Sari Puspita hadir dalam rapat itu.")
    assert [m for m in f.memberships if m.person == "sari-puspita"] == []


def test_words_of_a_deputys_field_joined_by_dan_are_no_list_of_names():
    f = kg.extract("MATARAM - Rapat dipimpin Wakil Ketua Ekonomi dan Pembangunan, Sari Puspita, pagi itu.")
    assert [p.name for p in f.people] == ["Sari Puspita"]


@pytest.mark.parametrize("before, org", [
    ("Ketua DPRD Kota Mataram Rudi Hartono membuka rapat.", "dprd-kota-mataram"),
    ("Ketua DPRD Kota Mataram Rudi Hartono dan Ketua DPRD Kota Bima Andi Wijaya membuka rapat.", None),
])
def test_a_regional_parliament_named_by_its_type_alone_is_the_articles_only_one(before, org):
    f = kg.extract(f"MATARAM - {before} Wakil Ketua DPRD Sari Puspita mengatakan anggaran naik.")
    assert [m.organization for m in f.memberships if m.person == "sari-puspita"] == ([org] if org else [])


def test_a_parliament_named_with_a_region_of_its_own_is_not_the_articles_other_one():
    f = kg.extract("MATARAM - Ketua DPRD Kota Mataram Rudi Hartono membuka rapat. Wakil Ketua DPRD Blitar Sari mengatakan "
                   "anggaran naik.")
    assert [m.person for m in f.memberships if m.organization == "dprd-kota-mataram"] == ["rudi-hartono"]


@pytest.mark.parametrize("text", [
    "Rapat dihadiri Wakil Bupati Lombok Barat Sari Puspita dan Rudi Hartono.",  # a regency has one deputy head
    "Rapat dihadiri Anggota DPRD Kota Mataram Sari Puspita dan Ustaz Rudi Hartono.",  # a cleric of his own standing
    "Rapat dihadiri Ketua dan Wakil Ketua DPRD Kota Mataram Rudi Hartono dan Sari Puspita.",  # two titles, paired off
    "Anggota Tim Penggerak PKK, Dharma Wanita, dan Bhayangkari mengikuti lomba senam.",  # bodies, not people
])
def test_a_list_after_a_title_is_no_list_of_its_holders_unless_the_body_has_many_and_all_are_plain_names(text):
    f = kg.extract("MATARAM - " + text)
    assert [m for m in f.memberships if m.rule == "role.listed-holder"] == []
    assert [p.name for p in f.people if p.rule == "person.listed-holder"] == []
    assert "rudi-hartono" not in {m.person for m in f.memberships if m.role_concept.endswith(("/wakil-ketua", "/anggota", "/wakil-bupati"))}


@pytest.mark.parametrize("text, district", [
    ("PADANG - Camat Padang Timur Budi Santoso mengatakan jalan diperbaiki.", "padang-timur"),
    ("PADANG - Rapat itu dihadiri Budi Santoso (Camat Padang Timur).", "padang-timur"),
    ("MEDAN - Camat Medan Johor Budi Santoso mengatakan jalan diperbaiki.", "medan-johor"),
])
def test_a_district_named_after_its_city_is_the_district_its_head_leads(text, district):
    f = kg.extract(text)
    assert [(m.person, m.organization) for m in f.memberships] == [("budi-santoso", "kecamatan-" + district)]


def test_an_agency_named_without_its_region_is_no_part_of_a_districts_government():
    f = kg.extract("PADANG - Camat Sukamaju Agus Salim dan Kepala Dinas Sosial Rudi Hartono hadir.")
    assert {o.key: o.parent for o in f.organizations}["dinas-sosial"] is None


@pytest.mark.parametrize("degrees", ["SH", "S.H.", "S.Sos", "SSos"])
def test_the_first_holders_degrees_do_not_end_the_list_of_holders(degrees):
    f = kg.extract(f"MATARAM - Rapat dipimpin Wakil Ketua DPRD Kota Mataram Sari Puspita {degrees} dan Rudi Hartono.")
    assert sorted((m.person, m.organization) for m in f.memberships) == [
        ("rudi-hartono", "dprd-kota-mataram"), ("sari-puspita", "dprd-kota-mataram")]


def test_a_parliament_named_only_after_its_type_alone_is_not_the_one_meant():
    f = kg.extract("MATARAM - Wakil Ketua DPRD Sari Puspita menerima kunjungan kerja DPRD Kota Bima.")
    assert list(f.memberships) == []


@pytest.mark.parametrize("text", ["Wakil Bupati Sari Puspita Ogan Ilir meninjau posyandu.",
                                  "Turnamen sepak bola Bupati Cup Ogan Ilir dibuka Sabtu."])
def test_a_region_at_the_end_of_a_regional_heads_run_is_no_part_of_a_name(text):
    f = kg.extract("MATARAM - " + text)
    assert not any("Ilir" in p.name for p in f.people)


def test_a_port_authority_office_keeps_kantor_in_its_name_after_a_title():
    f = kg.extract("SURABAYA - Rudi Hartono, kepala Kantor Otoritas Pelabuhan Utama Tanjung Perak, menyebut kapal siap.")
    assert [o.name for o in f.organizations if o.kind != "publisher"] == ["Kantor Otoritas Pelabuhan Utama Tanjung Perak"]
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "kantor-otoritas-pelabuhan-utama-tanjung-perak")]


@pytest.mark.parametrize("cue", ["melalui", "yang diwakili"])
def test_a_title_with_no_organisation_acting_for_the_person_before_serves_that_persons_organisation(cue):
    f = kg.extract(f"MATARAM - Kepala Dinas Kesehatan Kota Bima, Sari Puspita, {cue} Kepala Bidang Pelayanan Rudi "
                   "Hartono menjelaskan kasus turun.")
    [m] = [m for m in f.memberships if m.person == "rudi-hartono"]
    assert (m.organization, m.role_label, m.head) == ("dinas-kesehatan-kota-bima", "Kepala Bidang Pelayanan", False)


@pytest.mark.parametrize("cue", ["didampingi", "yang didampingi oleh"])
def test_a_bare_title_accompanying_the_person_before_is_held_in_that_persons_organisation(cue):
    f = kg.extract(f"MATARAM - Ketua DPRD Kota Bima Sari Puspita {cue} Wakil Ketua Rudi Hartono memimpin rapat.")
    [m] = [m for m in f.memberships if m.person == "rudi-hartono"]
    assert (m.organization, m.role_label, m.head) == ("dprd-kota-bima", "Wakil Ketua", False)


def test_a_title_with_more_words_than_its_form_accompanying_someone_gets_no_organisation():
    """'Wakil Ketua Rudi dan …': words after the title may be the title's or a list of holders; nothing is guessed."""
    f = kg.extract("MATARAM - Ketua DPRD Kota Bima Sari Puspita didampingi Wakil Ketua Rudi dan Ahmad Fauzi Lubis "
                   "memimpin rapat.")
    assert [m.person for m in f.memberships] == ["sari-puspita"]


@pytest.mark.parametrize("text", [
    # no one acts for her, and two bodies are in view
    "Rektor Universitas Mataram hadir. Kepala Dinas Kesehatan Kota Bima, Sari Puspita, dan Kepala Bidang Pelayanan Rudi "
    "Hartono hadir.",
    "Kepala Dinas Kesehatan Kota Bima, Sari Puspita, melalui Ketua Rudi Hartono menjelaskan kasus turun.",  # heads a body
    # the delegate of someone else named between
    "Rektor Universitas Mataram, Sari Puspita, menerima Gubernur NTB yang diwakili Kepala Bidang Pendidikan Rudi Hartono.",
    # a channel, far from the head's name
    "Kepala Dinas Sosial Kota Mataram, Sari Puspita, mengatakan bantuan disalurkan melalui Sekretaris Desa Rudi Hartono.",
    # the head of an office of its own
    "Direktur Utama Bank Nusa, Sari Puspita, melalui Kepala Cabang Mataram Rudi Hartono mengatakan kredit naik.",
])
def test_a_title_with_no_organisation_gets_none_unless_it_acts_for_someone_and_heads_no_body(text):
    f = kg.extract("MATARAM - " + text)
    head_orgs = {m.organization for m in f.memberships if m.person == "sari-puspita"}
    assert [m for m in f.memberships if m.person == "rudi-hartono" and m.organization in head_orgs] == []


@pytest.mark.parametrize("text, org, label", [
    ("Balai Besar POM Mataram menyita produk pangan. Kepala Bidang Penindakan, Rudi Hartono, mengatakan razia rutin.",
     "balai-besar-pom-mataram", "Kepala Bidang Penindakan"),
    ("Bank Nusa Cabang Mataram menambah layanan. Manajer Bagian Jaringan Rudi Hartono mengatakan layanan naik.",
     "bank-nusa/kantor-cabang-mataram", "Manajer Bagian Jaringan"),
    # a police command's section in a police command, its holder's rank written in capitals
    ("Polres Bima menangkap tiga tersangka. Kasat Reskrim AKP Rudi Hartono mengatakan kasus diselidiki.",
     "polres-bima", "Kasat Reskrim"),
    ("Polres Bima memusnahkan sabu. Kegiatan dihadiri Kasat Narkoba IPTU Rudi Hartono.", "polres-bima", "Kasat Narkoba"),
    ("Kejaksaan Negeri Bima menahan dua tersangka. Kasi Pidsus Rudi Hartono mengatakan berkas lengkap.",
     "kejaksaan-negeri-bima", "Kasi Pidsus"),
])
def test_a_sections_title_with_no_organisation_is_held_in_the_one_body_in_view(text, org, label):
    f = kg.extract("MATARAM - " + text)
    [m] = [m for m in f.memberships if m.person == "rudi-hartono"]
    assert (m.organization, m.role_label, m.head) == (org, label, False)


@pytest.mark.parametrize("text, label", [
    ("Wali Kota Bima menetapkan pimpinan Perumda Air Minum Tirta Nusa. Direktur Utama Rudi Hartono langsung bekerja.",
     "Direktur Utama"),  # the government beside it has no board
    ("PT Sinar Nusa menggelar rapat umum. Rapat dihadiri Rudi Hartono selaku Komisaris Utama.", "Komisaris Utama"),
])
def test_a_board_title_with_no_organisation_is_held_in_the_one_company_in_view(text, label):
    f = kg.extract("MATARAM - " + text)
    [m] = [m for m in f.memberships if m.person == "rudi-hartono"]
    assert (m.organization.split("-")[-1], m.role_label) == ("nusa", label)


@pytest.mark.parametrize("text", [
    # two companies in view
    "PT Sinar Nusa dan PT Bahari Jaya meneken kerja sama. Direktur Utama Rudi Hartono mengatakan kerja sama baru.",
    # a body of no company's kind
    "Dinas Sosial Kota Bima menyalurkan bantuan. Direktur Rudi Hartono hadir.",
    # the company is named only after the title
    "Direktur Utama Rudi Hartono mengatakan PT Sinar Nusa untung.",
])
def test_a_board_title_is_held_in_no_body_without_one_company_in_view_before_it(text):
    f = kg.extract("MATARAM - " + text)
    assert [m for m in f.memberships if m.person == "rudi-hartono"] == []


def test_the_outlet_of_the_dateline_is_no_second_body_in_view():
    f = kg.extract("Mataram (ANTARA) - Balai Besar POM Mataram menyita produk pangan. Kepala Bidang Penindakan, Rudi "
                   "Hartono, mengatakan razia rutin.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "balai-besar-pom-mataram")]


@pytest.mark.parametrize("text", [
    # two bodies in view
    "Polres Bima dan Dinas Kesehatan Kota Bima menggelar razia. Kasat Reskrim AKP Rudi Hartono mengatakan razia rutin.",
    # a government is no body a section title names
    "Pemerintah Kota Bima menggelar rapat. Kepala Bidang Pelayanan, Rudi Hartono, mengatakan rapat rutin.",
    # no section: a manager, a rank or a regional official with no organisation of their own
    "Bank Nusa Cabang Mataram menambah layanan, kata Manajer Rudi Hartono.",
    "Bank Nusa Cabang Mataram menambah layanan. Plt Sekdako Rudi Hartono hadir.",
    # the body is named only after the title
    "Kepala Bidang Penindakan, Rudi Hartono, mengatakan Balai Besar POM Mataram menyita produk pangan.",
    # a regional official's section is the government's, and a board's field head leads no body
    "Dinas Sosial Kota Bima menyalurkan bantuan. Asisten Bidang Pemerintahan Rudi Hartono hadir.",
    "Partai Nusa Kota Bima menggelar rapat. Ketua Bidang Organisasi Rudi Hartono hadir.",
    # a section of a police command or a prosecutor's office beside a body of another kind
    "Dinas Perhubungan Kota Bima menggelar razia. Kasat Lantas AKP Rudi Hartono mengatakan razia rutin.",
    "Polres Bima menerima laporan. Kasi Pidsus Rudi Hartono mengatakan berkas lengkap.",
    # where the holder works is said after the name
    "Polres Bima menggelar rapat. Kepala Seksi Pencegahan Rudi Hartono dari Dinas Kehutanan mengatakan api padam.",
    "Kejaksaan Negeri Bima menerima berkas. Kepala Seksi Bimbingan Rudi Hartono, petugas Balai Nusa, hadir.",
    # a body named only in the headline
    "Balai Besar POM Mataram siap razia\nKepala Kantor hadir didampingi Kepala Bidang Penindakan Rudi Hartono.",
    # a body cited as the source of data employs no one the article quotes
    "Data Balai Besar POM Mataram mencatat 30 produk. Kepala Bidang Tanaman Pangan Rudi Hartono mengatakan panen naik.",
])
def test_a_title_is_held_in_no_body_in_view_without_a_section_or_with_two_bodies(text):
    f = kg.extract("MATARAM - " + text)
    assert [m for m in f.memberships if m.person == "rudi-hartono"] == []


def test_a_rank_between_a_title_and_a_name_is_not_taken_into_the_title():
    f = kg.extract("MATARAM - Kepala Dinas Kesehatan Kota Bima, Sari Puspita, melalui Kepala Seksi Operasi Mayor Inf "
                   "Rudi Hartono menjelaskan kasus turun.")
    [label] = [m.role_label for m in f.memberships if m.person == "rudi-hartono"]
    assert label.startswith("Kepala Seksi") and not {"Mayor", "Inf"} & set(label.split())


def test_a_citys_and_a_regencys_branch_of_one_body_in_one_article_stay_two():
    f = kg.extract("BLITAR - Kepala BPJS Kesehatan Kantor Cabang Kota Blitar Rudi Hartono hadir bersama Kepala BPJS "
                   "Kesehatan Kantor Cabang Kabupaten Blitar Sari Puspita.")
    assert {(m.person, m.organization) for m in f.memberships} == {
        ("rudi-hartono", "bpjs-kesehatan/kantor-cabang-kota-blitar"),
        ("sari-puspita", "bpjs-kesehatan/kantor-cabang-kabupaten-blitar")}


def test_a_name_between_commas_ends_before_dan_and_another_body():
    f = kg.extract("BIMA - Zakat disalurkan bersama Wakil Wali Kota Bima, Rudi Hartono dan DPRD Kota Bima.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "pemerintah-kota-bima")]


@pytest.mark.parametrize("text, key, name", [
    ("Pemkab Ogan Ilir menggelar rapat dengan Dinas Kesehatan setempat kemarin.",
     "dinas-kesehatan-kabupaten-ogan-ilir", "Dinas Kesehatan Kabupaten Ogan Ilir"),
    ("Pemkot Jambi dan Dinas Sosial (Dinsos) setempat menyalurkan bantuan.", "dinas-sosial-kota-jambi",
     "Dinas Sosial Kota Jambi"),
])
def test_a_regional_body_called_local_is_the_one_of_the_government_named_before_it(text, key, name):
    f = kg.extract("Palembang (ANTARA) - " + text + "\n")
    assert (key, name) in {(o.key, o.name) for o in f.organizations}


def test_a_regional_body_not_called_local_keeps_no_region():
    f = kg.extract("Palembang (ANTARA) - Pemkot Jambi dan Dinas Sosial menyalurkan bantuan di kota lain.\n")
    assert "dinas-sosial-kota-jambi" not in {o.key for o in f.organizations}


def test_a_numbered_unit_named_without_a_place_is_the_companys_unit_by_its_number():
    """'PT X (Persero) Regional 3', then 'X Regional 3': one unit, keyed by its type's name and number."""
    f = kg.extract("PT Tirta Pelabuhan Nusantara (Persero) Regional 3 mencatat 4.100 kapal. Direktur Utama PT Tirta "
                   "Pelabuhan Nusantara Sari Puspita hadir. Tirta Pelabuhan Nusantara Regional 3 juga melayani 900 penumpang.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.parent) == ("tirta-pelabuhan-nusantara/regional-3", "tirta-pelabuhan-nusantara")
    assert sorted((m.subject, int(m.value)) for m in f.metrics) == [(unit.key, 900), (unit.key, 4100)]


def test_a_numbered_unit_without_its_place_is_the_one_named_with_it():
    f = kg.extract("SEMARANG - PT Sinar Rel Nusantara Daop 5 Kendal menjual 6.000 tiket. \"Kursi masih ada,\" kata "
                   "Manajer Humas SRN Daop 5 Sari Puspita.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.key == "sinar-rel-nusantara/daerah-operasi-5-kendal"
    assert [(m.person, m.organization) for m in f.memberships] == [("sari-puspita", unit.key)]


def test_after_a_units_number_a_name_that_is_no_place_is_its_holders():
    """'… Daop 5 Sari Puspita': an unknown word after the number, then more of a name, opens the person's name."""
    f = kg.extract("\"Tiket habis,\" kata Manajer Humas SRN Daop 5 Sari Puspita di Kendal.")
    assert [p.name for p in f.people] == ["Sari Puspita"]
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.key == "srn/daerah-operasi-5"


def test_the_number_after_a_units_place_tells_two_offices_of_one_region_apart():
    f = kg.extract("Kepala Kanwil DJP Jawa Tengah II Sari Puspita mengatakan penerimaan mencapai Rp9 triliun. Kanwil "
                   "DJP Jawa Tengah I mencatat Rp7 triliun.")
    units = {o.key for o in f.organizations if o.kind == "unit"}
    assert units == {"direktorat-jenderal-pajak/kantor-wilayah-jawa-tengah-i",
                     "direktorat-jenderal-pajak/kantor-wilayah-jawa-tengah-ii"}
    assert sorted((m.subject.rsplit("-", 1)[-1], int(m.value)) for m in f.metrics) == [
        ("i", 7_000_000_000_000), ("ii", 9_000_000_000_000)]
    assert [(p.name, m.organization) for p in f.people for m in f.memberships] == [
        ("Sari Puspita", "direktorat-jenderal-pajak/kantor-wilayah-jawa-tengah-ii")]


@pytest.mark.parametrize("text, units", [
    ("Medan (ANTARA) - Bank Sinar Nusa Kantor Cabang Medan Kota dan Kantor Cabang Medan Baru menyalurkan kredit. "
     "Kantor Cabang Medan Kota mencatat 300 debitur.",
     {"bank-sinar-nusa/kantor-cabang-medan-kota", "bank-sinar-nusa/kantor-cabang-medan-baru"}),
    ("Ambon (ANTARA) - BPJS Ketenagakerjaan membuka Kantor Cabang Rintisan Larat dan Kantor Cabang Rintisan Elat.",
     {"bpjs-ketenagakerjaan/kantor-cabang-rintisan-larat", "bpjs-ketenagakerjaan/kantor-cabang-rintisan-elat"}),
])
def test_two_units_at_one_place_whose_names_go_on_with_other_words_are_two(text, units):
    """A unit's name may go on after its place ('… Medan Kota', '… Medan Baru'), and a word the gazetteer does not
    know may stand where the place is read ('Rintisan'): other words after it make another office, never one IRI."""
    f = kg.extract(text)
    assert {o.key for o in f.organizations if o.kind == "unit"} == units


def test_a_pioneer_branch_is_a_unit_type_named_by_its_town():
    f = kg.extract("Ambon (ANTARA) - BPJS Ketenagakerjaan membuka Kantor Cabang Perintis Larat bulan ini.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.key == "bpjs-ketenagakerjaan/kantor-cabang-perintis-larat"
    assert "perintis" not in {p.key for p in f.places}


@pytest.mark.parametrize("text, person", [
    ("Kepala Kanwil DJP Jawa Timur I Andi Saputra mengatakan penerimaan naik.", "Andi Saputra"),
    ("Kepala Kanwil DJP Bali I Made Sujana mengatakan penerimaan naik.", "I Made Sujana"),
])
def test_balinese_i_opens_a_name_only_before_a_balinese_name_word(text, person):
    """'I' after a place is the office's numeral unless a Balinese name word ('Made', 'Wayan') follows it."""
    assert [p.name for p in kg.extract(text).people] == [person]


def test_a_customs_office_named_in_full_with_its_class_is_a_unit_of_the_directorate():
    f = kg.extract("Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Kendal Sari Puspita "
                   "mengatakan barang sitaan senilai Rp2 miliar.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.parent == "direktorat-jenderal-bea-dan-cukai"
    assert unit.locations == ("regency-kendal",)
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("sari-puspita", unit.key, True)]
    assert [m.subject for m in f.metrics] == [unit.key]


def test_a_fuel_companys_numbered_marketing_region_is_its_unit():
    f = kg.extract("Pertamina MOR VI mencatat penyaluran naik 8 persen.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.parent) == ("pertamina/marketing-operation-region-vi", "pertamina")


def test_a_numbered_unit_named_first_without_its_place_is_the_one_named_later_with_it():
    f = kg.extract("PT Tirta Pelabuhan Nusantara Regional 3 melayani 900 penumpang. PT Tirta Pelabuhan Nusantara "
                   "Regional 3 Makassar juga mencatat 4.100 kapal.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.locations == ("city-makassar",)
    assert sorted((m.subject, int(m.value)) for m in f.metrics) == [(unit.key, 900), (unit.key, 4100)]


def test_a_units_short_form_in_brackets_is_the_unit_and_its_region_word_names_it_later():
    """'… (UID Jabanbaja)': the bracket names the unit before it, and 'PLN Jabanbaja' is that unit, not a person's
    first name or a second unit."""
    f = kg.extract("PLN Unit Induk Distribusi Jawa Barat, Banten, dan DKI Jakarta (UID Jabanbaja) memberi diskon kepada "
                   "2 juta pelanggan. \"Kami siap,\" kata GM PLN Jabanbaja Sari Puspita. PLN Jabanbaja juga membangun "
                   "300 gardu.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert {"UID Jabanbaja", "PLN Unit Induk Distribusi Jawa Barat, Banten, dan DKI Jakarta"} <= {unit.name, *unit.aliases}
    assert [p.name for p in f.people] == ["Sari Puspita"]
    assert [(m.person, m.organization) for m in f.memberships] == [("sari-puspita", unit.key)]
    assert sorted((m.subject, int(m.value)) for m in f.metrics) == [(unit.key, 300), (unit.key, 2_000_000)]
    assert "Jabanbaja" not in {p.name for p in f.places}  # the regions in short, no place of the gazetteer
    assert unit.key == "pln/unit-induk-distribusi-jawa-barat-banten-dan-dki-jakarta"


def test_a_units_short_form_whose_region_word_is_the_initials_of_its_regions_names_it_later():
    """'… Wilayah Sumatera dan Kepulauan Riau (UIW SKR)': 'SKR' is the regions' initials, so 'GM DLN UIW SKR' holds
    the unit; other capitals in brackets stay an acronym of their own."""
    f = kg.extract("PT DLN (Persero) Unit Induk Wilayah Sumatera dan Kepulauan Riau (UIW SKR) menyiagakan 300 "
                   "petugas. General Manager DLN UIW SKR, Rudi Hartono menjamin pasokan aman. DLN UIW SKR memiliki "
                   "40 gardu.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert "UIW SKR" in unit.aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", unit.key)]
    assert sorted((m.subject, int(m.value)) for m in f.metrics) == [(unit.key, 40), (unit.key, 300)]


def test_a_title_and_unit_contracted_in_brackets_leave_the_unit_its_name():
    """'Kepala Kantor Cabang (Kakacab) X Bogor Rudi': 'Kakacab' contracts the title and the unit's form ('Ka' is
    how short forms write 'Kepala'), so the branch and its head are read as without it."""
    f = kg.extract("Kepala Kantor Cabang (Kakacab) Taspen Bogor Rudi Hartono menilai klaim naik.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.locations == ("city-bogor",)
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", unit.key)]


@pytest.mark.parametrize("text, area, holder", [
    # the two words after the province name the branch's area, where the article names the holder by one word alone
    ("Kepala Kantor Cabang BPJS Ketenagakerjaan Jakarta Tanah Abang Rudi Hartono mengatakan klaim naik. Rudi "
     "menambahkan peserta bertambah.", "Jakarta Tanah Abang", "Rudi Hartono"),
    # after a unit's number, a port of two words stays in the unit
    ("General Manager PT Tirta Pelabuhan Nusantara Regional 3 Tanjung Mas Sari Puspita mengatakan arus peti kemas "
     "naik 5 persen.", "Regional 3 Tanjung Mas", "Sari Puspita"),
])
def test_the_words_of_a_units_area_before_its_holders_name_stay_in_the_unit(text, area, holder):
    f = kg.extract(text)
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.name.endswith(area)
    assert [p.name for p in f.people] == [holder]


def test_two_great_regions_side_by_side_name_one_offices_area_not_a_persons_first_name():
    """'Kepala Kantor Lembaga X Wilayah Jawa Bali Rudi': 'Bali' goes on the office's area; the name is
    Rudi's."""
    f = kg.extract("Kepala Kantor Lembaga Penjamin Sosial Wilayah Jawa Bali Rudi mengatakan peserta naik.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.name.endswith("Wilayah Jawa Bali")
    assert [p.name for p in f.people] == ["Rudi"]


@pytest.mark.parametrize("text, name", [
    ("DLN Unit Induk Distribusi Kalimantan Barat, Tengah, dan Bali mencatat 3 juta pelanggan.",
     "DLN Unit Induk Distribusi Kalimantan Barat, Tengah, dan Bali"),
    ("Kantor Wilayah DJP Nusa Tenggara Barat dan Timur mencatat penerimaan Rp5 triliun.",
     "Kantor Wilayah DJP Nusa Tenggara Barat dan Timur"),
    ("DLN Unit Induk Distribusi Sulawesi Barat, Tenggara, dan Utara mencatat 3 juta pelanggan.",
     "DLN Unit Induk Distribusi Sulawesi Barat, Tenggara, dan Utara"),
])
def test_a_units_regions_may_list_compass_words_that_share_the_first_places_name(text, name):
    """'Kalimantan Barat, Tengah, dan …': 'Tengah' is Kalimantan Tengah, so the unit's name goes on."""
    [unit] = [o for o in kg.extract(text).organizations if o.kind == "unit"]
    assert unit.name == name


def test_a_national_offices_numeral_after_its_region_is_part_of_its_name():
    f = kg.extract("Kepala DJP Jateng II Sari Puspita mengatakan penerimaan mencapai Rp8 triliun.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.name == "DJP Jateng II"
    assert [(m.person, m.organization) for m in f.memberships] == [("sari-puspita", unit.key)]


def test_a_customs_offices_acronym_in_brackets_and_its_class_sit_between_its_parent_and_its_town():
    f = kg.extract("Pada Senin, Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Cukai Kendal "
                   "menyita 2 juta batang rokok.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.parent, unit.locations) == ("direktorat-jenderal-bea-dan-cukai", ("regency-kendal",))


@pytest.mark.parametrize("office", ["KPPBC Tipe Madya Blora", "Lapas Kelas IIA Blora"])
def test_the_class_and_town_of_an_office_after_its_heads_title_are_no_persons_name(office):
    f = kg.extract(f"BLORA - Kinerja {office} naik. \u201cKami optimis,\u201d kata Kepala {office}.")
    assert [p.name for p in f.people] == []


def test_a_customs_office_named_by_its_acronym_alone_is_headed_by_the_title_before_it():
    """'Kepala KPPBC Tipe Madya Blora Sari Puspita': the office's acronym is a form of its unit type, so the title
    has an office to hold; the acronym written in the full name's bracket is the office's, not the directorate's."""
    f = kg.extract("BLORA - Kepala KPPBC Blora Sari Puspita mengatakan barang sitaan senilai Rp2 miliar.")
    [office] = f.organizations
    assert office.locations == ("regency-blora",)
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("sari-puspita", office.key, True)]
    f = kg.extract("BLORA - Kantor Pengawasan dan Pelayanan Bea Cukai (KPPBC) Tipe Madya Blora menyita rokok. "
                   "Kepala KPPBC Tipe Madya Blora Sari Puspita mengatakan barang sitaan senilai Rp2 miliar.")
    orgs = {o.key: o for o in f.organizations}
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert "KPPBC" not in orgs[unit.parent].aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("sari-puspita", unit.key)]


def test_a_customs_office_by_its_older_acronym_and_a_regional_office_of_the_directorate_without_dan():
    f = kg.extract("BLORA - Bea Cukai mencatat penerimaan naik. Dia menyebut KPBC Blora menyumbang Rp2 miliar.")
    assert [(o.kind, o.locations) for o in f.organizations] == [("org", ()), ("unit", ("regency-blora",))]
    f = kg.extract("SEMARANG - Kantor Wilayah Direktorat Jenderal Bea Cukai Jawa Tengah I mencatat Rp9 triliun. "
                   "Kepala Kanwil DJBC Jateng I Rudi Hartono mengatakan penerimaan naik.")
    office = "direktorat-jenderal-bea-dan-cukai/kantor-wilayah-jawa-tengah-i"
    assert [(o.key, o.kind) for o in f.organizations] == [("direktorat-jenderal-bea-dan-cukai", "org"), (office, "unit")]
    assert [m.organization for m in f.memberships] == [office]


def test_a_search_and_rescue_office_is_a_regional_office_named_with_its_town():
    f = kg.extract("MATARAM - Kantor Pencarian dan Pertolongan (KPP) Mataram mencatat 40 operasi SAR tahun ini.")
    assert [(o.name, o.locations) for o in f.organizations] == [
        ("Kantor Pencarian dan Pertolongan Mataram", ("city-mataram",))]
    assert [m.subject for m in f.metrics] == [f.organizations[0].key]


def test_a_regional_body_named_with_its_governments_short_form_is_the_body_of_that_region():
    """'Dinas Sosial (Dinsos) Pemkab Blora' after 'Dinas Sosial Kabupaten Blora' is that Dinas, with one key; the
    government after the bracket makes it no unit of a body 'Pemkab Blora'."""
    f = kg.extract("BLORA - Dinas Sosial Kabupaten Blora mencatat 40 kasus. Kepala Dinas Sosial (Dinsos) Pemkab Blora, "
                   "Sari Puspita, melalui Kepala Bidang Rehabilitasi Sosial, Ani Lestari, menjelaskan hal itu.")
    assert [(o.key, o.kind, o.parent) for o in f.organizations] == [
        ("dinas-sosial-kabupaten-blora", "org", "pemerintah-kabupaten-blora"),
        ("pemerintah-kabupaten-blora", "government", None)]
    assert {m.organization for m in f.memberships} == {"dinas-sosial-kabupaten-blora"}
    for written in ("Dinas Sosial Pemkab Blora", "Dinas Sosial Pemerintah Kabupaten Blora",
                    "Dinas Sosial (Dinsos) Pemkab Blora"):
        f = kg.extract(f"BLORA - {written} menyalurkan bantuan Rp5 miliar.")
        dinas = f.organizations[0]
        assert (dinas.key, dinas.locations, dinas.parent) == (
            "dinas-sosial-kabupaten-blora", ("regency-blora",), "pemerintah-kabupaten-blora")


def test_an_abbreviated_first_name_with_its_dot_is_no_person_alone():
    """'Moh.', 'Moch.', 'Muh.' shorten Muhammad: the dot ends no sentence and the word is no one's whole name."""
    f = kg.extract("Kepala Dinas Sosial Kota Kendal Moh. Rudi Hartono mengatakan 300 warga menerima bantuan.")
    assert "Moh" not in {p.name for p in f.people}
    assert "moh" not in {m.person for m in f.memberships}


@pytest.mark.parametrize("region", ["Jateng", "Jawa Tengah"])
def test_a_numbered_regional_office_keys_by_its_province_as_written_in_full_then_its_number(region):
    f = kg.extract(f"Kepala Kanwil DJP {region} II Sari Puspita mengatakan penerimaan mencapai Rp8 triliun.")
    assert [o.key for o in f.organizations if o.kind == "unit"] == ["direktorat-jenderal-pajak/kantor-wilayah-jawa-tengah-ii"]


def test_a_numbered_unit_spelled_out_with_its_acronym_inside_is_the_one_its_short_form_names():
    """'PT X Daerah Operasi (SRN Daop) 9 Kendal', then 'SRN Daop 9': one unit."""
    f = kg.extract("KENDAL - Sebanyak 5.000 tiket di wilayah PT Sinar Rel Nusantara Daerah Operasi (SRN Daop) 9 Kendal "
                   "sudah terjual. \"Tiket masih ada,\" kata Manajer Humas SRN Daop 9 Rina Wulandari di Kendal.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert [(m.person, m.organization) for m in f.memberships] == [("rina-wulandari", unit.key)]
    assert [m.subject for m in f.metrics] == [unit.key]


def test_a_places_short_form_in_brackets_inside_a_units_list_of_regions_keeps_the_list_going():
    f = kg.extract("Kepala Kantor Wilayah DJP Provinsi Jawa Barat (Jabar) dan Nusa Tenggara Timur (NTT) Sari Puspita "
                   "mengatakan penerimaan mencapai Rp5 triliun.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.name.endswith("dan Nusa Tenggara Timur")
    assert [(m.person, m.organization) for m in f.memberships] == [("sari-puspita", unit.key)]




def test_two_numbered_units_joined_share_their_figure_and_neither_takes_it_alone():
    f = kg.extract("PT Sinar Rel Nusantara Daop 2 dan Daop 3 menambah 10 perjalanan.")
    assert not [o for o in f.organizations if o.kind == "unit"]


def test_a_balinese_name_word_after_i_keeps_the_i_in_the_name_and_out_of_the_office():
    f = kg.extract("Kepala Kanwil DJP Bali I Gede Sujana mengatakan penerimaan mencapai Rp5 triliun.")
    assert [p.name for p in f.people] == ["I Gede Sujana"]
    assert [o.key for o in f.organizations if o.kind == "unit"] == ["direktorat-jenderal-pajak/kantor-wilayah-bali"]


def test_two_cities_joined_by_a_compass_word_are_not_one_offices_region():
    """Provinces may share an office ('Kalimantan Selatan dan Tengah'); 'Jakarta Barat dan Timur' are two cities."""
    f = kg.extract("Kanwil DJP Jakarta Barat dan Timur melayani 300 wajib pajak.")
    assert [o.name for o in f.organizations if o.kind == "unit"] == ["Kanwil DJP Jakarta Barat"]


def test_a_shortened_first_name_after_a_district_heads_title_names_no_district():
    f = kg.extract("Camat Moh. Hasan mengatakan 40 rumah rusak.")
    assert not [o for o in f.organizations if o.kind != "publisher"]
    assert "Moh" not in {p.name for p in f.places}


def test_with_no_title_before_it_a_numbered_units_unknown_place_stays_its_place():
    f = kg.extract("PT Tirta Pelabuhan Nusantara Regional 2 Tanjung Mas mencatat arus peti kemas 7 juta TEUs.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.name.endswith("Regional 2 Tanjung Mas")
    assert not f.people


def test_a_unit_form_after_a_numbered_units_number_goes_on_with_the_units_name():
    f = kg.extract("General Manager PT Tirta Pelabuhan Nusantara Regional 4 Cabang Kendal Sari Puspita mengatakan "
                   "arus kapal naik 5 persen.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert [(m.person, m.organization) for m in f.memberships] == [("sari-puspita", unit.key)]
    assert unit.name.endswith("Cabang Kendal")


@pytest.mark.parametrize("text, people", [
    ("Rapat membahas laporan Bupati Kendal Tahun Anggaran (TA) 2023. Bupati Kendal Sari Puspita menyebut belanja "
     "naik 7 persen.", ["Sari Puspita"]),
    ("Kepala Subbagian Perencanaan Keuangan pada Badan Pengelola Keuangan Daerah itu hadir bersama 40 warga.", []),
    ("\"Santunan sudah kami serahkan kepada 212 ahli waris,\" ujar PJ Operasional dan Humas Rudi Hartono kepada "
     "wartawan.", ["Rudi Hartono"]),
])
def test_common_nouns_of_titles_and_nominalisations_are_no_words_of_a_persons_name(text, people):
    """'Tahun Anggaran', 'Keuangan Daerah', 'Humas': capitalised in titles and names of bodies, never in a person's."""
    assert [p.name for p in kg.extract("SEMARANG - " + text).people] == people


@pytest.mark.parametrize("word, never", [
    ("Pelayanan", True), ("Keuangan", True), ("Perencanaan", True), ("Tahun", True),
    ("Daerah", True), ("Setiawan", False), ("Kenan", False), ("Pekalongan", False), ("Kurniawan", False),
])
def test_a_nominalisation_is_never_a_word_of_a_name_and_a_name_ending_alike_still_is(word, never):
    from kg.lexicon import load, never_a_name_word
    assert never_a_name_word(load(), word) is never


def test_a_name_ends_where_its_line_does_when_no_full_stop_closes_the_sentence():
    facts = kg.extract("Jambi (ANTARA) - Target pajak tahun ini Rp210 miliar.\n\u201cRealisasi baru 48 persen,\u201d ungkap "
                       "Sekretaris Badan Pendapatan Daerah Kota Jambi Rina Wati\nIa mengatakan pajak daerah naik.")
    assert [p.name for p in facts.people] == ["Rina Wati"]
    assert [(m.person, m.organization) for m in facts.memberships] == [
        ("rina-wati", "badan-pendapatan-daerah-kota-jambi")]


@pytest.mark.parametrize("text, person", [
    ("Kepala Dinas Sosial Banten M Yusuf Hadi Saputra meninjau gudang.", "M Yusuf Hadi Saputra"),  # a bare initial
    ("Kepala Dinas Sosial Banten Yusuf Hadi Saputra meninjau gudang.", "Yusuf Hadi Saputra"),
])
def test_the_name_after_an_offices_region_is_the_holders_whole(text, person):
    f = kg.extract("SERANG - " + text)
    assert [(p.name, m.organization) for p in f.people for m in f.memberships] == [(person, "dinas-sosial-banten")]


@pytest.mark.parametrize("text, unit, parent", [
    ("Satreskrim Polres Bima menangani 16 kasus pada 2024.", "polres-bima/satreskrim-polres-bima", "polres-bima"),
    ("Sebanyak 12 pelaku ditangkap Satuan Reserse Kriminal Kepolisian Resor Kota Bima sepanjang 2024.",
     "kepolisian-resor-kota-bima/satuan-reserse-kriminal-kepolisian-resor-kota-bima", "kepolisian-resor-kota-bima"),
    ("Direktorat Reserse Kriminal Khusus Polda NTB menangani 16 kasus pada 2024.",
     "polda-ntb/direktorat-reserse-kriminal-khusus-polda-ntb", "polda-ntb"),
])
def test_a_police_commands_unit_named_before_its_command_is_a_unit_of_it(text, unit, parent):
    f = kg.extract("MATARAM - " + text)
    assert {o.key: o.parent for o in f.organizations}[unit] == parent
    assert [m.subject for m in f.metrics] == [unit]


@pytest.mark.parametrize("text", [
    "Razia digelar anggota Satuan Reserse Kriminal pada 2024.",  # no command after it
    "Razia digelar Satuan Reserse Kriminal Kepolisian Resor atau Satreskrim pada 2024.",  # a command with no region
])
def test_a_police_unit_without_its_command_names_no_organisation(text):
    assert kg.extract("MATARAM - " + text).organizations == ()


@pytest.mark.parametrize("text, keys", [
    ("Kejaksaan Negeri Bima menahan dua tersangka. Kepala Kejari Bima Rudi Hartono mengatakan berkas lengkap.",
     ["kejaksaan-negeri-bima"]),
    ("Kepolisian Daerah Nusa Tenggara Barat menggelar razia. Kapolda NTB Irjen Rudi Hartono mengatakan Polda NTB siaga.",
     ["kepolisian-daerah-nusa-tenggara-barat"]),
    ("Polres Bima dan Polsek Bima menggelar razia. Polda NTB memantau.", ["polda-ntb", "polres-bima", "polsek-bima"]),
])
def test_a_body_named_with_its_head_word_contracted_and_in_full_is_one(text, keys):
    assert sorted(o.key for o in kg.extract("MATARAM - " + text).organizations) == keys


@pytest.mark.parametrize("title", ["Pejabat Sementara (Pjs) Kepala", "Pejabat Pengganti Sementara (PPS) Kepala",
                                   "Pjs Kepala"])
def test_an_acting_holders_prefix_spelled_out_or_short_stays_in_the_title(title):
    f = kg.extract(f"MATARAM - Hal itu disampaikan {title} BPJS Kesehatan Mataram, Rudi Hartono, kepada wartawan.")
    assert [(m.role_label, m.organization, m.head) for m in f.memberships] == [(title, "bpjs-kesehatan/mataram", True)]


@pytest.mark.parametrize("text", ["Petugas bersama Ketua RT, Ketua RW dan warga.", "Hadir pula Ketua RT dan warga."])
def test_two_capitals_after_a_title_name_a_body_not_a_person(text):
    assert kg.extract("MATARAM - " + text).people == ()


def test_a_work_units_short_form_after_a_title_is_no_person():
    f = kg.extract("SERANG - Rapat dihadiri Kepala Satker di lingkungan Dinas Sosial Kota Serang dan warga.")
    assert [p.name for p in f.people] == []


def test_the_corrections_directorate_generals_regional_office_is_its_unit():
    f = kg.extract("SERANG - Kepala Kantor Wilayah Ditjenpas Jawa Barat Rudi Hartono menyerahkan remisi.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rudi-hartono", "direktorat-jenderal-pemasyarakatan/kantor-wilayah-jawa-barat")]


def test_a_bare_initial_after_an_offices_place_opens_a_name_of_three_words_after_it():
    f = kg.extract("SERANG - Rapat dihadiri Kepala Kantor Wilayah Ditjenpas Jawa Barat M Yusuf Hadi Saputra dan warga.")
    assert [(p.name, m.organization) for p in f.people for m in f.memberships] == [
        ("M Yusuf Hadi Saputra", "direktorat-jenderal-pemasyarakatan/kantor-wilayah-jawa-barat")]


@pytest.mark.parametrize("text, person, org", [
    ("KENDARI – PENJABAT Bupati Konawe, Rudi Hartono, meninjau lokasi banjir.", "rudi-hartono",
     "pemerintah-kabupaten-konawe"),
    ("KENDARI - KEPALA Dinas Sosial Kota Kendari Rudi Hartono mengatakan bantuan cair.", "rudi-hartono",
     "dinas-sosial-kota-kendari"),
])
def test_a_leads_first_word_in_capitals_is_still_a_title(text, person, org):
    assert [(m.person, m.organization) for m in kg.extract(text).memberships] == [(person, org)]


@pytest.mark.parametrize("headline", ["KEPALA DINAS SOSIAL TINJAU BANJIR", "BUPATI KONAWE RESMIKAN PASAR BARU"])
def test_a_headline_all_in_capitals_names_no_holder(headline):
    f = kg.extract(f"{headline}\nKENDARI - Banjir merendam 40 rumah di Kota Kendari.")
    assert (f.memberships, f.people) == ((), ())


@pytest.mark.parametrize("text, label", [
    # the office named again in short: the label keeps the name the title was written with
    ("Semarang (ANTARA) - Kepala Kanwil Bea Cukai Jawa Tengah II Rina Wati mengatakan penerimaan naik 5 persen. Bea "
     "Cukai Jateng menindak 300 kasus.", "Kepala Kanwil Bea Cukai Jawa Tengah II"),
    ("Banda Aceh (ANTARA) - Kepala Kanwil Kemenag Aceh Budi Santoso mengatakan 2.000 calon haji berangkat.",
     "Kepala Kanwil Kemenag Aceh"),
])
def test_a_membership_is_labelled_with_its_title_and_office_as_written(text, label):
    assert [m.label for m in kg.extract(text).memberships] == [label]


def test_a_port_company_before_the_merger_is_not_the_merged_one():
    f = kg.extract("Makassar (ANTARA) - PT Pelabuhan Indonesia IV (Persero) atau Pelindo IV mencatat arus peti kemas "
                   "200.000 TEUs. Pelindo melayani 50 kapal.")
    keys = {o.key for o in f.organizations if o.kind != "publisher"}
    assert keys == {"pelabuhan-indonesia-iv", "pelabuhan-indonesia"}
    assert [m.subject for m in f.metrics] == ["pelabuhan-indonesia-iv", "pelabuhan-indonesia"]


def test_a_regional_offices_own_acronym_does_not_make_it_the_national_body_with_those_letters():
    f = kg.extract("Padang (ANTARA) - Kepala Dinas Ketahanan Pangan dan Perikanan (DKPP) Kabupaten Solok, Rina Wati, "
                   "mengatakan produksi beras 5.000 ton. DKPP Solok menyalurkan 20 ton. Sementara itu, Dewan "
                   "Kehormatan Penyelenggara Pemilu (DKPP) memberhentikan 3 anggota KPU.")
    by_name = {o.name: (o.key, o.identified_as) for o in f.organizations}
    assert by_name["Dinas Ketahanan Pangan dan Perikanan Kabupaten Solok"] == (
        "dinas-ketahanan-pangan-dan-perikanan-kabupaten-solok", None)
    assert by_name["Dewan Kehormatan Penyelenggara Pemilu"][0] == "dewan-kehormatan-penyelenggara-pemilu"


@pytest.mark.parametrize("text, key", [
    ("Jakarta (ANTARA) - Kementerian Sosial Republik Indonesia (Kemensos) menyalurkan bantuan Rp5 miliar.",
     "kementerian-sosial"),
    ("Jakarta (ANTARA) - Badan Narkotika Nasional Republik Indonesia (BNN) menyita 20 kilogram sabu.",
     "badan-narkotika-nasional"),
])
def test_a_national_body_named_in_a_longer_form_with_its_acronym_is_still_the_listed_one(text, key):
    assert key in {o.key for o in kg.extract(text).organizations}


def test_a_terms_short_form_after_a_title_is_no_person():
    f = kg.extract("Banjarmasin (ANTARA) - Kanwil Kemenag Kalimantan Selatan memberangkatkan kelompok terbang (Kloter) "
                   "pertama. Setiap Kloter dipimpin Ketua Kloter, kata Kepala Bidang Haji Rina Wati.")
    assert [p.name for p in f.people] == ["Rina Wati"]
    # a name in brackets after words that do not begin with its letter is not such a short form
    f = kg.extract("Jakarta (ANTARA) - Dinas Sosial mengirim petugas lapangan (Joko) ke lokasi. Kepala Dinas Sosial, "
                   "Joko, mengatakan bantuan cukup.")
    assert [p.name for p in f.people] == ["Joko"]


@pytest.mark.parametrize("text", [
    "PT Angkasa Pura II Bandara Sultan Wiryo Kusumo mencatat 3.000 penumpang.",
    "Kepala Humas PT Angkasa Pura II Bandara Sultan Wiryo Kusumo, Rina Wulandari, mengatakan penumpang naik.",
])
def test_a_listed_companys_facility_named_after_someone_is_its_unit_where_its_name_is_closed(text):
    unit = orgs("MAKASSAR - " + text)["angkasa-pura-ii/bandara-sultan-wiryo-kusumo"]
    assert unit.parent == "angkasa-pura-ii" and "Bandara Sultan Wiryo Kusumo" in unit.aliases


@pytest.mark.parametrize("text", [
    "Kepala Humas PT Angkasa Pura II Bandara Sultan Wiryo Kusumo Rina Wulandari mengatakan penumpang naik.",
    "PT Angkasa Nusa Bandara Sultan Wiryo Kusumo mencatat 3.000 penumpang.",
])
def test_no_unit_where_a_facility_name_may_run_into_a_holders_name_or_belong_to_an_unlisted_companys(text):
    o = orgs("MAKASSAR - " + text)
    assert [k for k, e in o.items() if e.kind == "unit"] == []


@pytest.mark.parametrize("title", [
    "Legal dan Compliance Section Head", "Humas Section Head", "Corporate Communication Manager", "Section Head"])
def test_the_departments_an_english_title_names_before_itself_are_the_titles(title):
    f = kg.extract(f"MAKASSAR - Penumpang naik 20 persen, sebut {title} PT Angkasa Nusa, Rina Wulandari, Senin.")
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("rina-wulandari", "angkasa-nusa", title, False)]


def test_capitalised_words_before_an_english_title_that_are_no_departments_leave_it_unread():
    f = kg.extract("MAKASSAR - Penumpang naik 20 persen, sebut Rudi Section Head PT Angkasa Nusa, Rina Wulandari.")
    assert [m.role_label for m in f.memberships] == []


def test_only_an_english_title_takes_the_departments_before_it():
    f = kg.extract("MAKASSAR - Penumpang naik 20 persen, sebut Marketing Direktur PT Angkasa Nusa, Rina Wulandari.")
    assert [m.role_label for m in f.memberships if m.role_label.startswith("Marketing")] == []


def test_a_national_bodys_office_named_by_its_acronym_and_place_is_the_typed_office_the_article_named():
    o = orgs("SLEMAN - Dinas Kesehatan Kabupaten Sleman mencatat 40 kasus. Kantor Kementerian Agama Kabupaten Sleman "
             "mencatat 2.300 warga masuk daftar tunggu. Kepala "
             "Seksi Haji Kemenag Sleman, Rudi Hartono, mengatakan antrean panjang. Kemenag Bantul mencatat 900 warga.")
    assert "Kemenag Sleman" in o["kantor-kementerian-agama-kabupaten-sleman"].aliases
    assert "Kemenag Sleman" not in o["dinas-kesehatan-kabupaten-sleman"].aliases  # an office of another type
    assert "kementerian-agama/bantul" in o  # another place's office stays the body's unit there


@pytest.mark.parametrize("title, head", [("Sekretaris Kota (Sekkot)", False), ("Wali Kota", True)])
def test_a_regional_title_alone_then_a_name_between_commas_is_held_in_the_government_in_view(title, head):
    f = kg.extract(f"BITUNG - Pemerintah Kota Bitung menargetkan PAD naik. {title}, Rudi Hartono, mengajak warga "
                   "membayar pajak tepat waktu.")
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("rudi-hartono", "pemerintah-kota-bitung", title, head)]


def test_a_title_of_no_region_alone_then_a_name_between_commas_holds_nothing():
    f = kg.extract("BITUNG - Dinas Kesehatan Kota Bitung mencatat 50 kasus. Kepala Bidang, Rudi Hartono, mengajak "
                   "warga membersihkan selokan.")
    assert f.memberships == ()


@pytest.mark.parametrize("listed", [
    "Pemkab Alor, Rote Ndao, Sabu Raijua dan Timor Tengah Selatan",
    "Pemkab Alor, Rote Ndao, Sabu Raijua, Timor Tengah Selatan",
])
def test_regencies_listed_after_one_regencys_government_are_each_a_government(listed):
    f = kg.extract(f"Iuran pekerja dibayar Pemkot Kupang, {listed} bersama Pemprov NTT.")
    governments = {o.key: o for o in f.organizations if o.kind == "government"}
    assert set(governments) == {
        "pemerintah-kota-kupang", "pemerintah-kabupaten-alor", "pemerintah-kabupaten-rote-ndao",
        "pemerintah-kabupaten-sabu-raijua", "pemerintah-kabupaten-timor-tengah-selatan",
        "pemerintah-provinsi-nusa-tenggara-timur"}
    assert "Pemkab Sabu Raijua" in governments["pemerintah-kabupaten-sabu-raijua"].aliases
    assert governments["pemerintah-kabupaten-alor"].name == "Pemkab Alor"


def test_a_date_after_a_regencys_government_lists_no_government():
    f = kg.extract("Pemkab Sleman, Kamis (12/3), membagikan beras kepada warga Gamping dan Depok.")
    assert [o.key for o in f.organizations if o.kind == "government"] == ["pemerintah-kabupaten-sleman"]


def test_a_regional_office_named_with_its_province_then_by_short_forms_is_one_office():
    """'Dinas Kesehatan Jawa Tengah', then 'Dinkes Jateng': the office's short form and its province's."""
    f = kg.extract("SEMARANG - Data Dinas Kesehatan Jawa Tengah mencatat 1.200 kasus. Kepala Dinkes Jateng, Budi "
                   "Santoso, mengatakan itu.")
    [office] = f.organizations
    assert "Dinkes Jateng" in office.aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("budi-santoso", office.key)]


def test_the_ministry_written_between_a_directorates_regional_office_and_its_region_is_no_place():
    """'Kantor Wilayah DJKN Kemenkeu Sulawesi Utara dan Gorontalo', then 'Kanwil DJKN Sulut-Gorontalo': the ministry
    the directorate belongs to comes before the region; the office is one, in the first province."""
    o = orgs("Manado (ANTARA) - Kantor Wilayah DJKN Kemenkeu Sulawesi Utara dan Gorontalo mencatat lelang Rp90 miliar. "
             "Kepala Kanwil DJKN Sulut-Gorontalo Rudi Hartono mengatakan target tercapai.")
    office = o["direktorat-jenderal-kekayaan-negara/kantor-wilayah-sulawesi-utara"]
    assert office.locations[0] == "sulawesi-utara" and "kemenkeu" not in " ".join(o)


@pytest.mark.parametrize("text", [
    "General Manager Telkom Witel Maluku, Rudi Hartono, mengatakan pelanggan baru bertambah.",
    "PT Telkom (Persero) Wilayah Telekomunikasi (Witel) Maluku menargetkan pelanggan baru bertambah.",
])
def test_a_telecommunication_area_office_is_a_unit_of_its_company_in_its_region(text):
    [unit] = [o for o in orgs(text).values() if o.kind == "unit"]
    assert (unit.key, unit.locations) == ("telkom/wilayah-telekomunikasi-maluku", ("maluku",))


def test_the_mobile_vehicle_tax_service_is_a_programme_of_the_samsat_named():
    f = kg.extract("Klaten (ANTARA) - Samsat Klaten membuka layanan samsat keliling di pasar setiap Sabtu.")
    assert [(p.name.lower(), p.provider) for p in f.programs] == [("samsat keliling", "samsat-klaten")]


@pytest.mark.parametrize("text, key", [
    ("Untuk KPKNL Pontianak target lelang Rp20 miliar.", "kpknl-pontianak"),
    ("Produksi getah di KPH Banyumas Timur mencapai 105 persen dari target.", "kph-banyumas-timur"),
])
def test_state_asset_offices_and_forest_districts_are_offices_named_by_their_area(text, key):
    assert key in orgs(text)


def test_the_administrator_of_a_forest_district_heads_it():
    f = kg.extract("Administratur KPH Banyumas Timur Rudi Hartono mengatakan produksi naik.")
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("rudi-hartono", "kph-banyumas-timur", True)]


def test_village_fund_cash_aid_is_one_programme_not_the_fund_and_a_cash_transfer():
    f = kg.extract("Sambas (ANTARA) - Bantuan Langsung Tunai Dana Desa (BLT DD) untuk 300 keluarga dibagikan. "
                   "BLT Dana Desa tahap II cair pekan depan.")
    assert [(p.name, sorted(p.aliases)) for p in f.programs] == [
        ("Bantuan Langsung Tunai Dana Desa", ["BLT DD", "BLT Dana Desa"])]


def test_a_regional_offices_short_form_with_a_small_letter_after_a_title_names_that_office():
    f = kg.extract("Jambi - Kantor Perwakilan Bank Indonesia (KPwBI) Provinsi Jambi membuka layanan keliling. "
                   "Deputi Kepala KPwBI Jambi, Rudi Hartono, mengatakan layanan dibuka sepekan.")
    assert sorted(o.key for o in f.organizations) == ["bank-indonesia", "bank-indonesia/kantor-perwakilan-jambi"]


@pytest.mark.parametrize("written", ["Badan Pusat Statistik (BPS) Provinsi Sulawesi Barat", "BPS Sulawesi Barat",
                                     "BPS Sulbar"])
def test_a_national_bodys_office_named_by_its_province_alone_keys_by_the_province(written):
    f = kg.extract(f"Mamuju - {written} mencatat inflasi 0,35 persen pada Mei.")
    assert "badan-pusat-statistik/sulawesi-barat" in {o.key for o in f.organizations}


def test_the_logistics_agency_written_with_its_company_form_is_the_listed_institution():
    f = kg.extract("Banyumas - Perum Badan Urusan Logistik Sub Divisi Regional Banyumas membeli gabah petani. "
                   "Kepala Perum Bulog Sub Divre Banyumas Rudi Hartono mengatakan serapan naik.")
    assert sorted(o.key for o in f.organizations) == ["bulog", "bulog/sub-divisi-regional-banyumas"]


def test_cash_aid_for_a_fuel_price_rise_is_a_programme_of_its_own():
    f = kg.extract("Ngawi - Dinas Sosial menyalurkan Bantuan Langsung Tunai (BLT) BBM dan BLT Dana Desa pekan ini.")
    assert sorted(p.key for p in f.programs) == ["bantuan-langsung-tunai-bbm", "bantuan-langsung-tunai-dana-desa"]


@pytest.mark.parametrize("later", ["Disdik Kabupaten Sukamaju", "Dinas Pendidikan dan Budaya"])
def test_an_office_of_two_fields_named_later_by_its_first_field_is_the_same_office(later):
    f = kg.extract("Dinas Pendidikan dan Kebudayaan Kabupaten Sukamaju mendata 900 guru honorer. "
                   f"Honor mereka dibayar lewat {later}.")
    assert [o.name for o in f.organizations if o.kind == "org"] == [
        "Dinas Pendidikan dan Kebudayaan Kabupaten Sukamaju"]


def test_a_facilitys_class_opens_no_place_and_its_forms_are_one_place():
    f = kg.extract("Samarinda - Penumpang di Terminal Tipe B Sungai Kunjang tercatat 400 orang. Di Terminal B Sungai "
                   "Kunjang antrean mengular. Terminal Sungai Kunjang dibuka 24 jam.")
    terminals = [p for p in f.places if p.name.startswith("Terminal")]
    assert [(p.key, sorted({p.name, *p.aliases})) for p in terminals] == [
        ("terminal-sungai-kunjang", ["Terminal B Sungai Kunjang", "Terminal Sungai Kunjang",
                                     "Terminal Tipe B Sungai Kunjang"])]
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("terminal-sungai-kunjang", 400)]


def test_an_office_named_by_its_head_word_short_form_and_place_is_the_one_spelled_out():
    f = kg.extract("Dinas Pangan dan Perkebunan (DPP) menyebut panen turun. Kepala Bidang Produksi Dinas DPP Muaro "
                   "Jambi Rina Wati mengatakan hujan menjadi penyebab.")
    [office] = [o for o in f.organizations]
    assert (office.name, office.locations) == ("Dinas Pangan dan Perkebunan", ("regency-muaro-jambi",))
    assert "Dinas DPP Muaro Jambi" in office.aliases


def test_a_hospital_named_with_its_town_and_regency_then_alone_is_one_hospital():
    f = kg.extract("Rumah Sakit Umum Daerah (RSUD) Dr. Rahmat Ali Muara Teweh Kabupaten Barito Utara menambah "
                   "ruang rawat. Direktur RSUD Dr. Rahmat Ali, dr Rina Wati, mengatakan pasien naik.")
    assert len([o for o in f.organizations if o.kind == "org"]) == 1


@pytest.mark.parametrize("written", ["program Pesta Rupiah Idulfitri dan Mudik Aman (PRIMA)",
                                     "program Pesta Rupiah Idulfitri dan Mudik Aman atau Prima"])
def test_a_programme_name_joined_by_dan_is_held_together_by_the_acronym_after_it(written):
    f = kg.extract(f"Semarang - Bank Indonesia menggelar {written} di 20 titik penukaran.")
    assert [p.name for p in f.programs] == ["Pesta Rupiah Idulfitri dan Mudik Aman"]


def test_two_programmes_joined_by_dan_without_an_acronym_for_both_stay_two():
    f = kg.extract("Semarang - Dinas Sosial menjalankan program Kartu Sembako dan Bantuan Pangan Desa (BPD) tahun ini.")
    assert "Kartu Sembako dan Bantuan Pangan Desa" not in [p.name for p in f.programs]


def test_assistance_with_a_capitalised_name_and_its_initials_is_one_programme():
    f = kg.extract("Surabaya - Pemerintah Provinsi Jawa Timur memperluas Asistensi Rehabilitasi Nelayan Pesisir "
                   "(ARNP) bagi 4.000 keluarga.")
    assert [(p.name, p.aliases) for p in f.programs] == [("Asistensi Rehabilitasi Nelayan Pesisir", ("ARNP",))]


def test_the_unit_word_again_after_the_offices_short_form_opens_no_place():
    f = kg.extract("Bengkulu - Uang baru Rp900 miliar disediakan Kantor Perwakilan Bank Indonesia (KPw BI) Cabang "
                   "Bengkulu untuk ditukar warga.")
    assert sorted(p.name for p in f.places) == ["Bengkulu"]
    [office] = [o for o in f.organizations if o.kind == "unit"]
    assert office.locations == (f.places[0].key,)


def test_a_branch_of_banks_in_general_names_no_place():
    f = kg.extract("Ambon - Warga dapat menukar uang lama lewat 40 Kantor Cabang Bank umum yang buka pekan ini.")
    assert [p.name for p in f.places if p.name in ("Bank", "Cabang")] == []


def test_a_ministry_is_not_the_regional_office_of_its_field_that_shares_its_short_form():
    f = kg.extract("Jambi - Jalan provinsi yang rusak masih panjang, ujar Kepala Dinas Pekerjaan Umum dan Penataan Ruang "
                   "(PUPR) Jambi, Rudi Santoso. Menurut catatan Kementerian PUPR, jalan mantap baru 61 persen.")
    [role] = f.memberships
    office = next(o for o in f.organizations if o.key == role.organization)
    assert office.name.startswith("Dinas Pekerjaan Umum")
    assert "Kementerian PUPR" not in office.aliases
    assert any(o.name == "Kementerian PUPR" for o in f.organizations)


def test_a_hospital_named_alone_then_with_its_regency_is_one_hospital_there():
    f = kg.extract("Bojonegoro - Pasien rujukan paling banyak dirawat di RSUD dr Wirya Kusuma. Direktur RSUD dr Wirya "
                   "Kusuma Bojonegoro Rina Wati tidak menjawab pertanyaan wartawan.")
    [hospital] = [o for o in f.organizations if o.kind == "org"]
    assert hospital.locations == ("regency-bojonegoro",)


def test_an_offices_name_with_a_letter_written_twice_by_mistake_is_the_same_office():
    f = kg.extract("Bontang - Vaksin dibagikan Dinas Kessehatan Kota Bontang pagi ini. Menurut Kepala Dinas Kesehatan "
                   "Kota Bontang, Rudi Hartono, penerimanya bertambah.")
    assert len([o for o in f.organizations if o.kind == "org"]) == 1


def test_a_programme_of_a_regional_office_is_the_offices_not_its_governments():
    f = kg.extract("Bontang - Program Keluarga Harapan tahun ini dijalankan Dinas Sosial Kota Bontang bagi 4.000 "
                   "keluarga. Acara dihadiri Wali Kota Bontang Yusuf Pratama dan Kepala Bappeda, Rudi Hartono.")
    [programme] = f.programs
    assert programme.provider == "dinas-sosial-kota-bontang"


def test_a_programmes_capitalised_name_written_in_lower_case_is_that_programme():
    f = kg.extract("Bontang - Sebanyak 6.000 keluarga tahun ini menerima bantuan pangan non tunai dari Dinas Sosial "
                   "Kota Bontang.")
    assert [p.name for p in f.programs] == ["bantuan pangan non tunai"]


def test_a_name_with_a_letter_typed_twice_is_the_same_person():
    f = kg.extract("Gowa - Laporan itu diserahkan kepada Menteri Sosial Rahmaddin Lubis. Menteri Sosial Rahmadin Lubis "
                   "lalu meninjau gudang logistik.")
    assert len([p for p in f.people if p.name.startswith("Rahma")]) == 1


def test_the_head_of_a_branch_named_by_its_kind_and_town_heads_the_unit_the_article_names():
    f = kg.extract("Tarakan - Iuran yang belum dibayar peserta BPJS Kesehatan Tarakan Rp9 miliar. “Kami ingatkan lewat "
                   "pesan singkat,” ucap Kepala Cabang BPJS Tarakan, Wahyu Pratama.")
    assert [o.key for o in f.organizations] == ["bpjs-kesehatan", "bpjs-kesehatan/tarakan"]
    assert [m.organization for m in f.memberships] == ["bpjs-kesehatan/tarakan"]


def test_a_title_closed_by_a_region_holds_its_post_in_the_companys_unit_there():
    f = kg.extract("Palembang - Penjualan solar PT Sinar Niaga Regional Sumatera Bagian Selatan (Sumbagsel) naik. "
                   "“Stok aman,” ujar Manajer Hubungan Media Sumbagsel PT Sinar Niaga, Rudi Hartono.")
    [membership] = f.memberships
    assert membership.organization == "sinar-niaga/regional-sumatera-bagian-selatan"


def test_a_name_written_with_an_initial_against_the_surname_is_the_same_person_without_it():
    f = kg.extract("Serui - Direktur RSUD Serui dr Yohanes P.Wanggai M.Kes meminta dokter tambahan. \"Pasien naik,\" "
                   "tegas Direktur RSUD Yohanes Wanggai.")
    assert [p.name for p in f.people] == ["Yohanes P.Wanggai"]


def test_a_programmes_short_form_then_its_name_in_brackets_is_the_programme():
    f = kg.extract("Serang - Penerimaan pajak naik berkat GERTAK (Gerakan Tertib Pajak) yang digelar Bapenda Banten.")
    assert [(p.name, p.aliases) for p in f.programs] == [("Gerakan Tertib Pajak", ("GERTAK",))]


def test_a_programme_a_passive_verb_gives_to_a_body_after_it_is_that_bodys():
    f = kg.extract("Bandung - Dinas Kesehatan Kota Bandung mencatat 900 warga mengikuti program Skrining Jantung Sehat "
                   "(SJS) yang digagas Kementerian Kesehatan sejak Maret.")
    assert [p.provider for p in f.programs] == ["kementerian-kesehatan"]


def test_a_programme_two_bodies_run_together_is_the_first_ones():
    f = kg.extract("Banjarmasin - BPJS Kesehatan bersama Dinas Kesehatan Kota Banjarmasin menjalankan Program Jemput "
                   "Peserta hingga tingkat kelurahan.")
    assert [p.provider for p in f.programs] == ["bpjs-kesehatan"]


def test_a_programme_named_by_its_work_ends_before_the_period_after_it():
    f = kg.extract("Jayapura - Bapenda berharap program pengurangan retribusi akhir 2024 menaikkan penerimaan.")
    assert [p.name for p in f.programs] == ["pengurangan retribusi"]


def test_a_bare_name_two_provinces_share_is_the_place_in_the_province_the_story_is_in():
    """'Banjar' is a city of one province and a regency of another: in a story that names the province of the
    regency, it is the regency there; with no province named it stays the city."""
    f = kg.extract("Di Provinsi Kalimantan Selatan, penerima bantuan di Banjar mencapai 7.000 keluarga.")
    assert "regency-banjar" in [p.key for p in f.places]
    assert "city-banjar" not in [p.key for p in f.places]
    assert "city-banjar" in [p.key for p in kg.extract("Di Banjar, warga menerima 100 paket bantuan.").places]


def test_a_bare_name_of_a_province_and_its_capital_is_the_one_the_story_names_not_the_datelines():
    f = kg.extract("KOTA BENGKULU - BPS mencatat ekspor Provinsi Bengkulu naik. Nilai ekspor Bengkulu mencapai 21 juta "
                   "dolar AS.")
    assert [m.subject for m in f.metrics] == ["bengkulu"]
    assert "Bengkulu" not in next(p for p in f.places if p.key == "city-bengkulu").aliases


def test_a_status_written_like_a_body_is_no_organisation():
    f = kg.extract("Padang - Saldo kas Badan Layanan Umum Daerah (BLUD) RSUD Sungai Dareh naik. Jumlah Bank "
                   "Perekonomian Rakyat di Sumbar bertambah.")
    assert [o.name for o in f.organizations] == ["RSUD Sungai Dareh"]


def test_a_name_inside_a_capitalised_run_begins_where_its_short_form_spells_it():
    f = kg.extract("Pekanbaru - Capaian Kinerja Rumah Sakit Umum Daerah Harapan Kita (RSUD HK) naik. \"Layanan "
                   "kami tambah,\" kata Direktur RSUD Harapan Kita, Rudi Santoso.")
    [hospital] = [o for o in f.organizations if o.kind == "org"]
    assert (hospital.name, set(hospital.aliases)) == ("Rumah Sakit Umum Daerah Harapan Kita", {"RSUD HK", "RSUD Harapan Kita"})
    assert [m.organization for m in f.memberships] == [hospital.key]


def test_a_government_implied_by_its_heads_title_goes_by_the_region_as_the_story_writes_it():
    f = kg.extract("Kupang - Penjabat Gubernur NTT, Rudi Santoso, mengatakan kemiskinan di Provinsi NTT turun.")
    [government] = [o for o in f.organizations if o.kind == "government"]
    assert "Provinsi NTT" in government.aliases


def test_a_short_form_that_opens_with_the_units_word_names_the_office_not_the_ministry():
    f = kg.extract("Denpasar - Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Provinsi Bali membuka pendaftaran. "
                   "Menurut Kepala Kanwil Kemenag Bali, Rudi Santoso, kuotanya terbatas.")
    by_key = {o.key: o for o in f.organizations}
    assert "Kanwil Kemenag" in by_key["kementerian-agama/kantor-wilayah-bali"].aliases
    assert "Kanwil Kemenag" not in by_key["kementerian-agama"].aliases


def test_the_region_after_a_heads_title_names_the_government_it_implies():
    f = kg.extract("Sleman - Bupati Sukamaju Barat Rudi Santoso mengatakan jalan desa diperbaiki. Gubernur Kaltim "
                   "Joko Susilo meninjau jembatan.")
    governments = {o.key: o for o in f.organizations if o.kind == "government"}
    assert "Kaltim" in governments["pemerintah-provinsi-kalimantan-timur"].aliases
    assert all(not a.startswith("Bupati") for g in governments.values() for a in g.aliases)


def test_an_inspectors_title_heads_the_inspectorate_of_the_region_after_it():
    f = kg.extract("Klaten - Inspektur Kabupaten Klaten, Rudi Santoso, mengatakan 40 rekomendasi sudah ditindaklanjuti. "
                   "Inspektur Inspektorat Kota Madiun Ani Lestari hadir. Kapolda Jatim Inspektur Jenderal Polisi Joko "
                   "Susilo juga hadir.")
    holders = {(m.person, m.role_label, m.organization) for m in f.memberships}
    assert ("rudi-santoso", "Inspektur", "inspektorat-kabupaten-klaten") in holders
    assert ("ani-lestari", "Inspektur", "inspektorat-kota-madiun") in holders
    assert ("joko-susilo", "Kapolda", "polda-jatim") in holders
    assert [m.subject for m in f.metrics] == ["inspektorat-kabupaten-klaten"]


def test_a_title_with_its_own_short_form_in_brackets_then_the_bodys_short_name():
    f = kg.extract("Manna - Dinas Pendidikan dan Kebudayaan (Disdikbud) Bengkulu Selatan membagi dana sekolah. \"Dana itu "
                   "harus sesuai aturan,\" ujar Kepala Dinas (Kadis) Disdikbud Rudi Santoso, kemarin.")
    [office] = [o for o in f.organizations if o.kind == "org"]
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-santoso", office.key)]


def test_a_regional_body_named_by_its_kind_before_the_article_names_its_region_is_that_body():
    f = kg.extract("Sidrap - Bantuan disalurkan melalui Dinsos kabupaten Sidrap. Kadis Sosial Dr. Rudi Santoso mengatakan "
                   "bantuan itu tepat untuk warga yang terdata di Dinsos Sidrap.")
    [office] = [o for o in f.organizations if o.kind == "org"]
    assert office.locations and [m.organization for m in f.memberships] == [office.key]


def test_a_service_office_balai_is_an_organisation_with_its_region():
    f = kg.extract("Mataram - Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Nusa Tenggara Barat "
                   "memberangkatkan 9.000 pekerja migran tahun ini.")
    [office] = [o for o in f.organizations if "Nusa Tenggara Barat" in o.name]
    assert office.locations == ("nusa-tenggara-barat",) and [m.subject for m in f.metrics] == [office.key]


def test_a_directorate_named_before_its_ministry_is_a_part_of_it():
    by_key = orgs("Jakarta - Ditjen Perhubungan Udara Kementerian Perhubungan menambah jadwal penerbangan musim libur.")
    [directorate] = [o for o in by_key.values() if o.name.startswith("Ditjen")]
    assert directorate.kind == "unit" and directorate.parent == "kementerian-perhubungan"


def test_the_chair_of_a_universitys_senate_leads_the_senate_not_the_university():
    f = kg.extract("Malang - Ketua Senat Akademik Universitas Negeri Malang Prof. Rudi Santoso membuka sidang. Rektor "
                   "Universitas Negeri Malang Joko Susilo hadir.")
    by_key = {o.key: o for o in f.organizations}
    [senate] = [o for o in by_key.values() if o.name.startswith("Senat")]
    assert senate.kind == "unit" and by_key[senate.parent].name == "Universitas Negeri Malang"
    assert {(m.person, m.organization) for m in f.memberships} == {("rudi-santoso", senate.key),
                                                                   ("joko-susilo", senate.parent)}


def test_the_fields_of_a_ministry_written_after_a_units_form_are_no_place_and_no_person():
    f = kg.extract("Mataram - Petugas Kantor Wilayah Hukum dan HAM Nusa Tenggara Barat melatih 40 pegawai sesuai "
                   "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (MenPANRB) tahun ini.")
    assert [p.name for p in f.people] == []
    assert "Hukum" not in {p.name for p in f.places}
    assert all("Wilayah Hukum" not in o.name for o in f.organizations)


@pytest.mark.parametrize("written, key", [
    ("Kementerian Dalam negeri", "kementerian-dalam-negeri"),
    ("Kementerian keuangan", "kementerian-keuangan"),
])
def test_a_listed_institution_with_a_word_of_its_name_in_lower_case_is_the_listed_one(written, key):
    f = kg.extract(f"Ambon (ANTARA) - Wali kota menyerahkan laporan ke {written} pekan lalu.")
    assert [(o.key, o.name) for o in f.organizations if o.kind != "publisher"] == [(key, written)]


@pytest.mark.parametrize("written, key", [
    ("pemerintah Provinsi Sulawesi Tenggara", "pemerintah-provinsi-sulawesi-tenggara"),
    ("pemerintah provinsi Kalteng", "pemerintah-provinsi-kalimantan-tengah"),
    ("pemerintah kabupaten Malang", "pemerintah-kabupaten-malang"),
])
def test_a_government_written_with_pemerintah_in_lower_case_is_the_regions_government(written, key):
    f = kg.extract(f"Kendari (ANTARA) - Bank itu menyetor dividen kepada {written} tahun ini.")
    [government] = [o for o in f.organizations if o.kind == "government"]
    assert government.key == key and government.name.startswith("Pemerintah ")
    assert written in government.aliases


@pytest.mark.parametrize("words", ["pemerintah kota itu", "pemerintah provinsi dan kota"])
def test_pemerintah_in_lower_case_without_a_listed_region_names_no_government(words):
    f = kg.extract(f"Kendari (ANTARA) - Bank itu menyetor dividen kepada {words} tahun ini.")
    assert [o for o in f.organizations if o.kind == "government"] == []


def test_a_bodys_short_form_written_without_brackets_inside_its_name_is_its_short_form():
    f = kg.extract("Jambi (ANTARA) - Menurut Kepala Badan Pusat Statistik BPS Jambi, Rudi Hartono, nilai ekspor "
                   "daerah itu turun 3 persen.")
    office = next(o for o in f.organizations if o.key == "badan-pusat-statistik/jambi")
    assert "Badan Pusat Statistik BPS Jambi" in office.aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", office.key)]
    assert [m.subject for m in f.metrics] == ["jambi"]  # the statistics office's figure is the region's


def test_a_branch_named_first_of_a_listed_regional_bank_is_its_unit_and_its_head_heads_it():
    f = kg.extract("Blitar (ANTARA) - Kepala Kantor Cabang Bank Jatim Blitar, Rudi Hartono mengungkapkan laba naik.")
    [m] = f.memberships
    assert (m.person, m.organization, m.head) == ("rudi-hartono", "bank-pembangunan-daerah-jatim/kantor-cabang-kota-blitar", True)


def test_an_office_of_a_group_of_regions_written_without_its_commas_names_the_group_not_each_region():
    f = kg.extract("MAKASSAR - Kepala Kantor OJK Sulawesi Maluku Papua Rudi Hartono mengatakan kredit naik 5 persen.")
    places = {p.name for p in f.places}
    assert "Sulawesi, Maluku dan Papua" in places
    assert not places & {"Sulawesi", "Maluku", "Papua"}


def test_a_short_form_in_brackets_inside_a_name_is_left_out_of_the_name_it_goes_by():
    """'Pengadilan Agama (PA) Sukamaju', the place after the bracket unknown to the gazetteer: the body goes by its
    name without the short form, as when the place is known; the name as written stays one of its names."""
    f = kg.extract("Serang - Perkara terbanyak ada di Pengadilan Agama (PA) Sukamaju sebanyak 700 perkara.")
    [court] = [o for o in f.organizations if o.kind != "publisher"]
    assert (court.key, court.name) == ("pengadilan-agama-sukamaju", "Pengadilan Agama Sukamaju")
    assert "Pengadilan Agama (PA) Sukamaju" in court.aliases
    # a company's legal form in brackets is part of its name
    f = kg.extract("Jakarta - PT Sinar Bahari (Persero) Tbk mencatat laba Rp2 triliun.")
    assert [o.name for o in f.organizations] == ["PT Sinar Bahari (Persero) Tbk"]
