"""National institutions of kg/data/institutions.tsv: every name of one institution gives one key, in any article."""
import pytest
from rdflib import RDF, URIRef

import kg
from kg.identity import institution_named, institutions
from kg.vocab import BKG, NIF, PROV

ROWS = sorted({inst.name: inst for inst in institutions().values()}.values(), key=lambda i: i.name)


def _key_of(name: str) -> str:
    f = kg.extract(f"JAKARTA - Data {name} menunjukkan layanan bagi warga membaik sepanjang tahun ini.")
    return next(o.key for o in f.organizations if o.kind == "org")


@pytest.mark.parametrize("inst", ROWS, ids=[i.name for i in ROWS])
def test_every_name_of_an_institution_gives_its_key(inst):
    assert _key_of(inst.name) == inst.key
    other = [inst.acronym, *inst.other_names] if inst.acronym else list(inst.other_names)
    assert [institution_named(["Kantor Lain", n.upper()])[0].key for n in other] == [inst.key] * len(other)


def test_the_acronym_and_the_name_in_full_share_one_iri_across_articles():
    short = kg.extract("JAKARTA - BPJS Kesehatan Cabang Bantul mencatat 1.200 peserta baru.")
    full = kg.extract("BANTUL - Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Bantul mencatat 900 peserta baru.")
    assert sorted(o.key for o in short.organizations) == sorted(o.key for o in full.organizations) == [
        "bpjs-kesehatan", "bpjs-kesehatan/kantor-cabang-bantul"]


def test_a_name_off_the_list_keeps_its_own_key():
    assert institution_named(["Badan Penyelenggara Jaminan Sosial Daerah", "BPJSD"]) is None
    assert _key_of("Badan Riset Daerah") == "badan-riset-daerah"


def test_the_graph_says_which_name_gave_the_shared_iri_and_where_it_is_written():
    text = "JAKARTA - Badan Penyelenggara Jaminan Sosial Kesehatan mencatat 1.200 peserta baru. BPJS Kesehatan senang."
    g = kg.build_graph(text)
    org = URIRef("https://w3id.org/berita-kg/id/org/bpjs-kesehatan")
    [evidence] = list(g.subjects(BKG.identifies, org))
    [span] = list(g.objects(evidence, PROV.wasDerivedFrom))
    assert ((evidence, RDF.type, BKG.IdentityDecision) in g, str(g.value(evidence, BKG.extractionRule)),
            str(g.value(evidence, BKG.matchedName)), str(g.value(span, NIF.anchorOf))) == (
        True, "identity.national-institution", "Badan Penyelenggara Jaminan Sosial Kesehatan",
        "Badan Penyelenggara Jaminan Sosial Kesehatan")


def test_an_article_that_writes_both_names_has_one_entity():
    f = kg.extract("JAKARTA - BPJS Kesehatan mencatat 1.200 peserta baru, kata Badan Penyelenggara Jaminan Sosial Kesehatan.")
    assert [(o.key, o.kind) for o in f.organizations] == [("bpjs-kesehatan", "org")]


@pytest.mark.parametrize("text, org, person", [
    ("Direktur Utama Perum Damri Sutrisno Adi Prakoso meninjau terminal. “Armada siap,” kata Adi.",
     "damri", "Sutrisno Adi Prakoso"),
    ("Direktur Utama PT Taspen Lukas Hendra Wibisono meninjau kantor layanan.", "taspen",
     "Lukas Hendra Wibisono"),
    ("Direktur Utama PT Pegadaian Rina Marlina meninjau kantor layanan.", "pegadaian", "Rina Marlina"),
    ("Direktur Utama PT Pos Indonesia (Persero) Yusuf Dwi Saputra meninjau kantor pos.", "pos-indonesia",
     "Yusuf Dwi Saputra"),
])
def test_a_listed_enterprise_ends_where_the_list_says_and_the_whole_rest_is_the_name(text, org, person):
    f = kg.extract("SEMARANG - " + text)
    assert ([o.key for o in f.organizations if o.kind == "org"], [p.name for p in f.people]) == ([org], [person])


def test_a_company_off_the_list_keeps_the_name_of_two_words():
    f = kg.extract("SEMARANG - Direktur Utama PT Sinar Bahari Lukas Hendra Wibisono meninjau gudang.")
    assert [p.name for p in f.people] == ["Hendra Wibisono"]


@pytest.mark.parametrize("text, key", [
    ("Badan Amil Zakat Nasional menyalurkan zakat kepada 300 mustahik.", "badan-amil-zakat-nasional"),
    ("Baznas menyalurkan zakat kepada 300 mustahik.", "badan-amil-zakat-nasional"),
    ("Perum Bulog menyalurkan beras kepada 300 keluarga.", "bulog"),
    ("Bulog menyalurkan beras kepada 300 keluarga.", "bulog"),
    ("Bank BRI menyalurkan kredit kepada 300 pelaku usaha.", "bank-rakyat-indonesia"),
    ("Pertamina menambah pasokan elpiji 3 kilogram.", "pertamina"),
    ("Sebanyak 50 prajurit TNI AD membantu 300 keluarga membangun rumah.", "tni-angkatan-darat"),
    ("Jajaran TNI Angkatan Laut membantu 300 keluarga nelayan.", "tni-angkatan-laut"),
])
def test_a_state_enterprise_or_national_body_named_by_its_short_name_alone_is_the_listed_one(text, key):
    assert [o.key for o in kg.extract("SEMARANG - " + text).organizations if o.kind == "org"] == [key]


def test_a_body_written_without_its_national_word_then_a_province_is_its_office_there():
    """'Badan Kependudukan dan Keluarga Berencana (BKKBN) Sulawesi Tenggara (Sultra)': the press drops 'Nasional';
    the listed name without it is still the national body, the province names its office, and the province's
    short form in brackets is the province's, no organisation."""
    f = kg.extract("Kendari (ANTARA) - Badan Kependudukan dan Keluarga Berencana (BKKBN) Sulawesi Tenggara (Sultra) "
                   "mencatat 12 desa bebas stunting. BKKBN Sultra terus mendampingi keluarga.")
    assert sorted((o.key, o.kind) for o in f.organizations) == [
        ("antara", "publisher"), ("badan-kependudukan-dan-keluarga-berencana-nasional", "org"),
        ("badan-kependudukan-dan-keluarga-berencana-nasional/sulawesi-tenggara", "unit")]


def test_a_body_with_regional_offices_and_its_country_is_the_national_body_no_office_in_the_nation():
    f = kg.extract("SEMARANG - Data BPS RI mencatat inflasi nasional 2,5 persen pada Mei 2025.")
    assert sorted((o.key, o.kind) for o in f.organizations) == [("badan-pusat-statistik", "org")]


SHORT_FORMS = [(inst, n) for inst in ROWS for n in (inst.acronym, *inst.other_names) if n]


@pytest.mark.parametrize("inst, form", SHORT_FORMS, ids=[f"{i.name}: {n}" for i, n in SHORT_FORMS])
def test_every_short_form_written_in_an_article_gives_its_key(inst, form):
    """Not only the name in full: each acronym and other name of the list, written alone in running text, is read as
    an organisation ('SKK Migas', 'Kemenko PMK', 'PT KAI') and keyed as its institution."""
    assert _key_of(form) == inst.key


def test_an_enterprise_by_its_short_name_and_by_its_legal_name_in_two_articles_is_one_organisation():
    short = kg.extract("MEDAN - PLN menambah dua gardu induk untuk 4.300 pelanggan baru, kata Manajer Humas PLN "
                       "UP3 Binjai Rudi Hartawan.")
    full = kg.extract("MEDAN - PT PLN (Persero) menyalurkan listrik ke 18 desa baru sepanjang tahun ini.")
    assert [o.key for o in short.organizations if o.kind == "org"] == ["pln"]
    assert [o.key for o in full.organizations if o.kind == "org"] == ["pln"]
    assert [p.name for p in short.people] == ["Rudi Hartawan"]


@pytest.mark.parametrize("short, full, key", [
    ("Kemenperin", "Kementerian Perindustrian", "kementerian-perindustrian"),
    ("Kemendikdasmen", "Kementerian Pendidikan Dasar dan Menengah", "kementerian-pendidikan-dasar-dan-menengah"),
    ("Kemenko PMK", "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
     "kementerian-koordinator-bidang-pembangunan-manusia-dan-kebudayaan"),
    ("Kementerian PUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat",
     "kementerian-pekerjaan-umum-dan-perumahan-rakyat"),
])
def test_a_ministry_by_its_acronym_and_by_its_name_in_full_is_one_organisation(short, full, key):
    one = kg.extract(f"JAKARTA - {short} menyalurkan bantuan kepada 1.250 pelaku usaha di 14 provinsi.")
    two = kg.extract(f"JAKARTA - {full} mencatat 730 usulan baru dari daerah pada semester pertama.")
    both = kg.extract(f"JAKARTA - {full} ({short}) menyalurkan bantuan kepada 1.250 pelaku usaha. {short} senang.")
    assert [o.key for o in one.organizations] == [o.key for o in two.organizations] == [key]
    assert [(o.key, o.kind) for o in both.organizations] == [(key, "org")]


def test_a_renamed_ministry_is_another_organisation():
    """Kemendikbud (2019), Kemendikbudristek (2021) and Kemendikdasmen (2024) are three ministries, not one."""
    f = kg.extract("JAKARTA - Program itu dirintis Kemendikbud, dilanjutkan Kemendikbudristek, dan kini dikelola "
                   "Kemendikdasmen untuk 2.400 sekolah.")
    assert sorted(o.key for o in f.organizations) == [
        "kementerian-pendidikan-dan-kebudayaan", "kementerian-pendidikan-dasar-dan-menengah",
        "kementerian-pendidikan-kebudayaan-riset-dan-teknologi"]


def test_a_national_body_named_in_full_without_a_head_word_is_an_organisation():
    f = kg.extract("JAYAPURA - Tentara Nasional Indonesia mengirim 40 tenaga kesehatan, kata Kepala Kantor Staf "
                   "Presiden Wahyu Pramono.")
    assert sorted(o.key for o in f.organizations) == ["kantor-staf-presiden", "tentara-nasional-indonesia"]
    assert [p.name for p in f.people] == ["Wahyu Pramono"]


def test_a_numbered_unit_after_a_listed_acronym_leaves_the_name_to_its_holder():
    f = kg.extract("BANDUNG - Manajer Humas KAI Daop 2 Bandung Sinta Maharani mengatakan 12.000 tiket terjual.")
    assert [p.name for p in f.people] == ["Sinta Maharani"]
    assert sorted(o.key for o in f.organizations) == [
        "kereta-api-indonesia", "kereta-api-indonesia/daerah-operasi-2-bandung"]


@pytest.mark.parametrize("text, listed", [
    ("Polisi menahan dua tersangka berinisial MK dan KY di Kota Kendari.", []),  # initials, not the courts
    # a party's board, not the Dewan Perwakilan Daerah: the party is the one listed body
    ("Ketua DPD Partai Golkar Kota Kendari Arman Sulaiman membuka rapat kerja.", ["partai-golongan-karya"]),
    ("Ketua DPR Aceh Arman Sulaiman membuka rapat paripurna.", []),  # Aceh's parliament, no office of the DPR
    ("Harga semen Indonesia dan pupuk Indonesia naik, sedangkan kereta api Indonesia makin tertib.", []),  # words
    ("Koperasi itu, KSP Maju Bersama, menyalurkan pinjaman kepada 300 anggota.", []),  # a savings cooperative
])
def test_a_form_left_off_the_list_or_written_in_lower_case_names_no_national_institution(text, listed):
    f = kg.extract("KENDARI - " + text)
    assert [institution_named([o.name])[0].key for o in f.organizations if institution_named([o.name])] == listed
    assert not any(o.key.startswith(("dewan-perwakilan-", "mahkamah-", "komisi-yudisial", "kantor-staf-presiden"))
                   for o in f.organizations)


def test_a_regional_office_that_writes_a_ministrys_acronym_in_brackets_stays_the_regions():
    f = kg.extract("JEMBER - Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Jember Hadi Wirawan "
                   "meninjau 14 ruas jalan.")
    assert not any(o.key.startswith("kementerian-") for o in f.organizations)
    assert [p.name for p in f.people] == ["Hadi Wirawan"]


def test_a_listed_name_that_goes_on_into_a_regional_parliaments_name_is_not_the_national_one():
    """'Dewan Perwakilan Rakyat Daerah' begins with the listed 'Dewan Perwakilan Rakyat' but is a regional
    parliament: the list neither names it nor says where its chairman's name begins."""
    f = kg.extract("KENDARI - Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kota Kendari Arman Sulaiman membuka "
                   "rapat paripurna.")
    assert [p.name for p in f.people] == ["Arman Sulaiman"]
    assert not any(o.key.startswith("dewan-perwakilan-rakyat") and not o.key.startswith("dewan-perwakilan-rakyat-daerah")
                   for o in f.organizations)


@pytest.mark.parametrize("text, person", [
    ("Komandan Lantamal V Laksma TNI Rudi Hartawan meninjau kapal.", "Rudi Hartawan"),
    ("Kepala Staf TNI AD Jenderal TNI Wahyu Pramono mengatakan latihan berjalan.", "Wahyu Pramono"),
])
def test_an_officers_rank_written_with_tni_stays_out_of_names_and_organisations(text, person):
    f = kg.extract("SURABAYA - " + text)
    assert [p.name for p in f.people] == [person]
    assert [m for m in f.memberships if m.organization == "tentara-nasional-indonesia"] == []


@pytest.mark.parametrize("site", ["Bandara Sultan Syarif Kasim II", "Witel Riau Daratan",
                                  "Kantor Cabang Medan Kualanamu"])
def test_a_listed_companys_site_or_unit_after_its_name_is_no_part_of_its_heads_name(site):
    # a group of provinces' office ('Regional Sumbagut') has no site's name after it: see
    # test_no_street_name_follows_an_office_of_a_group_of_provinces
    f = kg.extract(f"PEKANBARU - General Manager PT Angkasa Pura II {site} Rudi Hartawan mengatakan penumpang naik.")
    assert "Rudi Hartawan" in [p.name for p in f.people]


@pytest.mark.parametrize("written", ["PT Bank BRI", "Bank BRI", "PT BRI"])
def test_a_listed_bank_with_a_company_form_the_list_does_not_write_keeps_its_key(written):
    assert _key_of(written) == "bank-rakyat-indonesia"


@pytest.mark.parametrize("short", ["BPJS-TK", "BPJS TK"])
def test_the_press_short_form_of_bpjs_ketenagakerjaan_names_it_and_its_offices(short):
    f = kg.extract(f"Cirebon (ANTARA) - {short} Kantor Cabang Cirebon membayar klaim Rp3 miliar.")
    assert [m.subject for m in f.metrics] == ["bpjs-ketenagakerjaan/kantor-cabang-cirebon"]
    assert [p.key for p in f.places] == ["city-cirebon"]


@pytest.mark.parametrize("text", [
    "Operasi pasar didukung pemerintah daerah, TNI, Polri, dan Dinas Perhubungan.",
    "Pengamanan arus mudik melibatkan Dinas Perhubungan serta TNI dan Polri.",
])
def test_the_forces_short_names_listed_with_other_bodies_name_the_forces(text):
    names = {(o.name, o.aliases) for o in kg.extract(text).organizations}
    assert {("Tentara Nasional Indonesia", ("TNI",)), ("Kepolisian Negara Republik Indonesia", ("Polri",))} <= names


@pytest.mark.parametrize("text", [
    "Upacara dipimpin Brigjen TNI Rudi Hartono di lapangan.",
    "Pasukan TNI AD berjaga di perbatasan.",
    "Anggaran Polri naik tahun ini.",
])
def test_the_forces_short_names_alone_name_no_body(text):
    assert not {o.name for o in kg.extract(text).organizations} & {
        "Tentara Nasional Indonesia", "Kepolisian Negara Republik Indonesia"}


def _org_names(text):
    return {o.name for o in kg.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Bank Sejahtera Catat Laba Jabar Naik\nBANDUNG - Bank Sejahtera mencatat laba Rp5 miliar pada 2024.",
     "Bank Sejahtera"),
    ("Daop 9 Jember Layani 20.000 Penumpang\nJEMBER - PT KAI Daop 9 Jember melayani 20.000 penumpang.",
     "PT KAI Daop 9 Jember"),
])
def test_an_organisation_in_a_title_case_headline_ends_where_the_body_writes_its_name(text, name):
    names = _org_names(text)
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


@pytest.mark.parametrize("text, hospital", [
    ("Pembayaran ke Rumah Sakit Umum Daerah (RSUD) Hasan Wirya Putra tertunda.",
     "Rumah Sakit Umum Daerah Hasan Wirya Putra"),
    ("Pembayaran ke RSUD Teuku Ahmad Jaya tertunda.", "RSUD Teuku Ahmad Jaya"),
    ("Pembayaran ke Rumah Sakit Umum Daerah (RSUD) dr. Wahyu Sasongko tertunda.",
     "Rumah Sakit Umum Daerah dr. Wahyu Sasongko"),
])
def test_a_hospital_named_after_a_person_keeps_the_name_after_its_short_form_or_a_name_particle(text, hospital):
    assert hospital in _org_names(text)
    assert kg.extract(text).people == ()


@pytest.mark.parametrize("text, hospital", [
    ("Direktur Rumah Sakit Umum Daerah (RSUD) Hasan Wirya Saleh, dr Rina Wati, menyebut kas menipis.",
     "Rumah Sakit Umum Daerah Hasan Wirya Saleh"),
    ("Kepala Seksi Humas RSUD Cut Mutiara Sabang, Kabupaten Aceh Besar, Rina Wati menyebut kas menipis.",
     "RSUD Cut Mutiara Sabang"),
])
def test_the_holder_of_a_title_at_a_hospital_named_after_a_person_is_the_one_after_the_comma(text, hospital):
    f = kg.extract(text)
    names = {o.key: o.name for o in f.organizations}
    assert [p.name for p in f.people] == ["Rina Wati"]
    assert [(m.person, names[m.organization]) for m in f.memberships] == [("rina-wati", hospital)]


def test_a_directorate_general_after_the_short_form_of_its_kind_is_named_by_its_field_and_is_its_ministrys_unit():
    f = kg.extract("Direktorat Jenderal (Ditjen) Perikanan Budidaya Kementerian Kelautan dan Perikanan mencatat "
                   "produksi ikan 5 juta ton pada 2024.")
    names = {o.key: o.name for o in f.organizations}
    unit = "kementerian-kelautan-dan-perikanan/direktorat-jenderal-perikanan-budidaya-kementerian-kelautan-dan-perikanan"
    assert names[unit] == "Direktorat Jenderal Perikanan Budidaya Kementerian Kelautan dan Perikanan"
    assert next(o.parent for o in f.organizations if o.key == unit) == "kementerian-kelautan-dan-perikanan"
    assert "direktorat-jenderal" not in names  # the kind alone, before its short form, names no body


def test_a_directorate_generals_name_ends_at_its_ministrys_short_name_before_the_person_it_introduces():
    f = kg.extract("Kementerian Pertanian (Kementan) menambah lahan tanam. Direktorat Jenderal "
                   "(Dirjen) Hortikultura Kementan Rudi Santoso mengatakan panen naik 10 persen.")
    assert "Direktorat Jenderal Hortikultura Kementan" in {o.name for o in f.organizations}
    assert [p.name for p in f.people] == ["Rudi Santoso"]


def test_a_spelled_out_directorate_general_has_the_kind_of_a_directorate_general():
    g = kg.build_graph("Direktorat Jenderal Perkebunan Sejahtera mencatat produksi 3 juta ton pada 2024.")
    org = URIRef("https://w3id.org/berita-kg/id/org/direktorat-jenderal-perkebunan-sejahtera")
    assert (org, BKG.orgType, URIRef("https://w3id.org/berita-kg/vocab/org-type/direktorat-jenderal")) in g


@pytest.mark.parametrize("text", [
    "Sebanyak 1.200 peserta BPJS Mandiri di Kota Sukamaju menunggak iuran.",
    "Anggaran PBI BPJS Kesehatan APBD 2025 naik menjadi Rp30 miliar.",
])
def test_a_participant_segment_or_its_budget_after_bpjs_is_no_part_of_its_name(text):
    assert not any("Mandiri" in n or "APBD" in n for n in _org_names(text))


def test_a_listed_institution_and_the_body_after_its_dan_are_two():
    names = _org_names("Perjanjian BPJS Kesehatan dan OPD Kota Jambi diperpanjang tahun ini.")
    assert "BPJS Kesehatan" in names
    assert not any(" dan " in n for n in names)


def test_a_kind_of_body_defined_with_its_short_form_names_no_organisation():
    text = "Menurut dia, Badan Usaha Milik Negara (BUMN) yang bergerak di sektor energi ini meraih laba Rp5 triliun."
    assert _org_names(text) == set()


def test_a_branch_written_with_its_contracted_form_is_the_branch_written_in_full():
    f = kg.extract("MADIUN - Kantor Cabang Bulog Madiun menyediakan 40 ton gula. Stok yang dikelola Perum Bulog "
                   "Kancab Madiun aman.")
    assert [o.key for o in f.organizations if o.kind == "unit"] == ["bulog/kantor-cabang-madiun"]


def test_a_bank_branch_written_kanca_is_the_branch():
    f = kg.extract("Jambi (ANTARA) - BRI Kanca Jambi menyalurkan kredit usaha rakyat senilai Rp40 miliar.")
    assert [o.key for o in f.organizations if o.kind == "unit"] == ["bank-rakyat-indonesia/kantor-cabang-jambi"]


@pytest.mark.parametrize("name", ["Balai Pelestarian Cagar Budaya Jambi", "Balai Latihan Kerja Jambi",
                                  "Balai Penyuluhan Pertanian Jambi"])
def test_a_technical_office_named_by_its_task_is_an_organisation(name):
    f = kg.extract(f"Jambi (ANTARA) - {name} mencatat 40 kegiatan sepanjang tahun ini.")
    assert name in {o.name for o in f.organizations}


def test_a_village_hall_is_no_organisation():
    f = kg.extract("Jambi (ANTARA) - Warga berkumpul di Balai Desa Sungai Gelam untuk menerima 40 paket.")
    assert not any(o.name.startswith("Balai") for o in f.organizations)


@pytest.mark.parametrize("written", ["Kantor Kemenag Kabupaten Bantul", "Kantor BPS Kabupaten Bantul"])
def test_an_office_word_before_an_institution_and_its_place_names_its_office_there(written):
    """'Kantor Kemenag Kabupaten X' is the office 'Kemenag Kabupaten X' names, under one key."""
    short = written.removeprefix("Kantor ")
    f = kg.extract(f"Bantul (ANTARA) - {written} mencatat 40 madrasah. {short} juga mencatat 30 guru.")
    [office] = [o for o in f.organizations if o.kind == "unit"]
    assert written in {office.name, *office.aliases} and short in {office.name, *office.aliases}
    assert office.key.endswith("/kabupaten-bantul") or office.key.endswith("/bantul")


def test_a_directorate_general_written_ditjen_is_an_organisation():
    f = kg.extract("Jakarta (ANTARA) - Ditjen Perkebunan Kementerian Pertanian mencatat 40 pabrik baru.")
    assert "Ditjen Perkebunan Kementerian Pertanian" in {o.name for o in f.organizations}


def test_the_short_form_of_a_representative_office_is_not_its_institutions():
    f = kg.extract("PALU - Kantor Perwakilan Bank Indonesia (KPwBI) Sulteng menyiapkan uang baru.")
    assert "KPwBI" not in {a for o in f.organizations if o.key == "bank-indonesia" for a in o.aliases}


def test_an_offices_own_short_form_names_the_office_alone_and_with_its_place():
    f = kg.extract("Jambi (ANTARA) - Kantor Perwakilan Bank Indonesia (KPBI) Provinsi Jambi menyiapkan uang tunai Rp3 "
                   "triliun. KPBI menyiapkan 40 titik penukaran, kata Kepala KPBI Provinsi Jambi, Rudi Hartono.")
    office = "bank-indonesia/kantor-perwakilan-jambi"
    assert [m.subject for m in f.metrics] == [office, office]
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", office)]
    assert not [o for o in f.organizations if o.name == "KPBI"]


@pytest.mark.parametrize("written, key", [
    ("Pemda Sumbawa Barat", "pemerintah-kabupaten-sumbawa-barat"),
    ("Pemerintah Daerah Kota Bitung", "pemerintah-kota-bitung"),
    ("Pemda Sumatera Barat", "pemerintah-provinsi-sumatera-barat"),
])
def test_a_regional_government_written_with_no_level_has_its_regions(written, key):
    f = kg.extract(f"Program itu dijalankan {written} bersama warga.")
    assert [o.key for o in f.organizations] == [key]


def test_a_government_written_with_no_level_names_none_where_its_region_has_two_levels():
    assert kg.extract("Program itu dijalankan Pemda Madiun bersama warga.").organizations == ()


def test_a_body_of_a_government_written_with_no_level_keys_as_the_body_of_its_region():
    one = kg.extract("Kepala Bappeda Pemda Sumbawa Barat Rudi Hartono mengatakan dana cair.")
    other = kg.extract("Kepala Bappeda Pemkab Sumbawa Barat Rudi Hartono mengatakan dana cair.")
    assert [m.organization for m in one.memberships] == [m.organization for m in other.memberships]


@pytest.mark.parametrize("text, org", [
    ("Acara itu dihadiri Ketua PWRI Sulteng Rudi Hartono dan para anggota.", "PWRI Sulteng"),
    ("Kepala BKD Kota Palu Rudi Hartono mengatakan pegawai bertambah.", "BKD Kota Palu"),
])
def test_a_title_before_a_short_form_a_region_and_a_name_is_held_in_that_regions_body(text, org):
    f = kg.extract(text)
    names = {o.key: o.name for o in f.organizations}
    assert [(m.person, names[m.organization], m.head) for m in f.memberships] == [("rudi-hartono", org, True)]


def test_an_alliance_is_an_association():
    f = kg.extract("Ketua Aliansi Pedagang Pasar Palu Rudi Hartono mengatakan harga naik.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "aliansi-pedagang-pasar-palu")]


def test_a_body_named_by_its_short_form_and_region_is_one_with_or_without_a_comma_before_its_head():
    with_comma = kg.extract("Ketua PWRI Sulteng, Rudi Hartono, mengatakan anggota bertambah.")
    without = kg.extract("Ketua PWRI Sulteng Rudi Hartono mengatakan anggota bertambah.")
    assert [m.organization for m in with_comma.memberships] == [m.organization for m in without.memberships]


def test_a_units_full_form_in_brackets_after_its_short_form_belongs_to_the_unit():
    f = kg.extract("Binjai (ANTARA) - Kepala PLN ULP (Unit Layanan Pelanggan) Binjai Rudi Hartono "
                   "mengatakan 120.000 pelanggan dilayani.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert (unit.key, unit.name) == ("pln/unit-layanan-pelanggan-binjai", "PLN ULP Binjai")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", unit.key)]


def test_the_year_of_a_report_is_no_word_of_the_organisations_name():
    f = kg.extract("Ketapang (ANTARA) - Menurut rekapitulasi pasien RSUD Ketapang Tahun 2023, ada 21 pasien campak.")
    assert "RSUD Ketapang" in {o.name for o in f.organizations}
    assert not any("Tahun" in o.name for o in f.organizations)


def test_a_common_spelling_of_a_ministrys_name_is_the_ministry():
    f = kg.extract("Jakarta (ANTARA) - Kementrian Agama mencatat 40 madrasah baru. Kepala Seksi Bimas Islam Kantor "
                   "Kementrian Agama Kabupaten Gowa, Rudi Hartono, mengatakan 12 madrasah direhab.")
    assert {o.key for o in f.organizations} >= {"kementerian-agama", "kementerian-agama/kabupaten-gowa"}
    assert [m.organization for m in f.memberships] == ["kementerian-agama/kabupaten-gowa"]


def test_an_office_word_before_a_regional_body_names_the_body():
    f = kg.extract("Jambi (ANTARA) - Kantor Dinas Sosial Kota Jambi mencatat 40 keluarga penerima bantuan.")
    assert [m.subject for m in f.metrics] == ["dinas-sosial-kota-jambi"]


@pytest.mark.parametrize("written", ["BPJS Ketenagaekrjaan", "BPJS Ketenagakerjan", "BPJS Ketenagakkerjaan"])
def test_a_long_word_of_a_listed_name_mistyped_by_one_letter_is_the_institution(written):
    f = kg.extract(f"PEKALONGAN - BPJS Ketenagakerjaan mencatat 900 peserta. Menurut dia, {written} menambah layanan.")
    assert [o.key for o in f.organizations] == ["bpjs-ketenagakerjaan"]


def test_a_word_two_slips_from_a_listed_word_is_not_mended():
    assert institution_named(["BPJS Ketengakerjan"]) is None


ONCE_NAMED = [(inst, short) for inst in ROWS for short in inst.names_once_named]


@pytest.mark.parametrize("inst, short", ONCE_NAMED, ids=[f"{i.name}-{s}" for i, s in ONCE_NAMED])
def test_a_short_name_names_the_institution_only_once_the_article_named_it(inst, short):
    named = kg.extract(f"JAKARTA - {inst.name} mencatat pendapatan naik. Kinerja {short} membaik tahun ini.")
    [body] = [o for o in named.organizations if o.kind == "org"]
    assert body.key == inst.key and short in body.aliases
    alone = kg.extract(f"JAKARTA - Kinerja {short} membaik tahun ini.")
    assert inst.key not in {o.key for o in alone.organizations}


def test_a_short_name_followed_by_more_capitalised_words_is_another_name():
    f = kg.extract("JAKARTA - PT Telkom Indonesia (Persero) Tbk mencatat laba naik. Mahasiswa Telkom University hadir.")
    [telkom] = [o for o in f.organizations if o.key == "telkom-indonesia"]
    assert "Telkom" not in telkom.aliases


def test_a_short_name_two_institutions_of_the_article_share_names_neither():
    f = kg.extract("SURABAYA - PT Angkasa Pura I dan PT Angkasa Pura II mencatat penumpang naik. Angkasa Pura "
                   "menambah penerbangan.")
    assert all("Angkasa Pura" not in o.aliases for o in f.organizations)


def test_a_post_office_is_a_unit_of_the_postal_company_and_its_head_an_executive_general_manager():
    """'Kantor Pos Cabang Bantaeng': the press names the postal company's branches 'Kantor Pos'; 'EGM' (executive
    general manager) heads one, and the one-word name after the branch's town is its head's."""
    f = kg.extract("Bantaeng - Kepala Kantor Pos Cabang Bantaeng, Rina Wati menerangkan bantuan sudah disalurkan. "
                   "Di Kendari, EGM Pos Indonesia KCU Kendari Sutrisno mengatakan hal yang sama.")
    units = {o.name: o.parent for o in f.organizations if o.kind == "unit"}
    assert units == {"Kantor Pos Cabang Bantaeng": "pos-indonesia", "Pos Indonesia KCU Kendari": "pos-indonesia"}
    assert sorted((m.person, m.organization) for m in f.memberships) == [
        ("rina-wati", "pos-indonesia/kantor-cabang-bantaeng"), ("sutrisno", "pos-indonesia/kantor-cabang-utama-kendari")]


def test_a_fire_brigades_operating_area_is_a_unit_of_the_brigade():
    f = kg.extract("PEKANBARU - Manggala Agni Daops Bengkalis memadamkan kebakaran lahan seluas 3 hektare.")
    units = {o.name: o.parent for o in f.organizations if o.kind == "unit"}
    assert units == {"Manggala Agni Daops Bengkalis": "manggala-agni"}
    assert [m.subject for m in f.metrics] == ["manggala-agni/daerah-operasi-bengkalis"]


def test_the_land_agency_and_its_offices_are_the_land_ministrys():
    """Kementerian ATR/BPN: the land agency is the ministry's (Perpres 47/2020, 48/2020), so an office named 'BPN
    Kota X' is one of the ministry's, and the ministry's name with the agency's after a slash is one body."""
    f = kg.extract("Madiun (ANTARA) - Badan Pertanahan Nasional (BPN) Kota Madiun menerbitkan 2.000 sertifikat pada "
                   "2024 dari target Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN).")
    assert sorted(o.key for o in f.organizations if o.kind != "publisher") == [
        "kementerian-agraria-dan-tata-ruang", "kementerian-agraria-dan-tata-ruang/kota-madiun"]
