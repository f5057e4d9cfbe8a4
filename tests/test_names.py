"""People, their titles and the organisations they lead, from invented sentences."""
import pytest

import kg
from kg import pipeline
from rdflib import URIRef

ROLE = "https://w3id.org/berita-kg/vocab/role/"


def memberships(text):
    return [(m.person, m.organization, m.head) for m in kg.extract(text).memberships]


def people_and_offices(text):
    """The names of the people the text names, and the organisation of each membership."""
    f = kg.extract(text)
    return [p.name for p in f.people], [m.organization for m in f.memberships]


def test_title_before_name_and_later_first_name():
    f = kg.extract("Kepala BPJS Ketenagakerjaan Kantor Cabang Blitar Joko Susilo mengatakan peserta naik. "
                   "\"Kami terus bekerja keras untuk warga,\" ujar Joko.")
    person = next(p for p in f.people if p.key == "joko-susilo")
    assert person.name == "Joko Susilo" and "Joko" in person.aliases
    [m] = f.memberships
    assert (m.person, m.organization, m.head) == ("joko-susilo", "bpjs-ketenagakerjaan/kantor-cabang-blitar", True)
    assert m.rule == "role.title-before-name"
    assert f.text[m.span.begin:m.span.end].startswith("Kepala BPJS") and f.text[m.span.begin:m.span.end].endswith("Joko Susilo")


@pytest.mark.parametrize("short", ["Moch.", "Muh.", "Moh."])
def test_a_name_written_short_with_a_dot_after_a_title_and_body_is_the_holders(short):
    """'Kepala Dinas Sosial Kabupaten Kudus Moch. Rudi Hartono': the dot of a name word written short is inside the
    name, which the title before it holds."""
    f = kg.extract(f"Kepala Dinas Sosial Kabupaten Kudus {short} Rudi Hartono mengaku optimis.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        (f"{short[:-1].lower()}-rudi-hartono", "dinas-sosial-kabupaten-kudus")]
    assert f.people[0].name == f"{short} Rudi Hartono"


def test_a_unit_for_two_provinces_joined_by_an_ampersand_is_one_unit():
    f = kg.extract("General Manager PLN UID Jatim & Bali, Rina Wati, mengatakan hal itu.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rina-wati", "pln/unit-induk-distribusi-jatim-bali")]
    assert {p.key for p in f.places} == {"jawa-timur", "bali"}


def test_a_province_by_its_short_form_opens_no_persons_name():
    """'Ketua IKPI Sulsel Hermawan': the province of a body the lexicon does not know, then its head's one name; no
    person is called 'Sulsel Hermawan'."""
    f = kg.extract("Rapat dihadiri Ketua IKPI Sulsel Hermawan dan para undangan.")
    assert not any(p.name.startswith("Sulsel") for p in f.people)


@pytest.mark.parametrize("sentence", [
    "Pengamat ekonomi Rudi Hartono mengatakan kinerja bank itu bagus.",
    "Menurut pengamat ekonomi Rudi Hartono, kinerja bank itu bagus.",
    "Peneliti kebijakan publik, Rudi Hartono, menilai kinerja bank itu bagus.",
])
def test_an_expert_the_press_describes_in_lower_case_before_the_name_is_a_person(sentence):
    """'pengamat', 'ekonom', 'peneliti' … with the field in lower case name no organisation: the person alone."""
    f = kg.extract(sentence)
    assert [p.name for p in f.people] == ["Rudi Hartono"] and not f.memberships


def test_a_quotation_after_an_expert_described_in_lower_case_is_the_experts():
    f = kg.extract("Kepala Bank Andalas Rina Wati mengatakan laba naik. Pengamat ekonomi Rudi Hartono menyebutkan, "
                   "kinerja itu bagus. \"Bank daerah bertahan di masa sulit,\" katanya.")
    assert [q.speaker for q in f.quotations] == ["rudi-hartono"]


def test_name_then_title_between_commas():
    assert memberships("Rina Wulandari, Kepala Dinas Sosial Kota Blitar, mengatakan bantuan sudah cair.") == \
        [("rina-wulandari", "dinas-sosial-kota-blitar", True)]


@pytest.mark.parametrize("sentence", [
    "Kepala Bidang Rehabilitasi, Dinas Sosial Sragen Budi Santoso menyebut 40 keluarga menerima paket.",
    "Kepala Bidang Rehabilitasi, Dinas Sosial Sragen, Budi Santoso, menyebut 40 keluarga menerima paket.",
])
def test_title_then_comma_then_the_organisation_and_the_holder(sentence):
    f = kg.extract(sentence)
    [m] = f.memberships
    assert (m.person, m.organization, m.role_label, m.rule) == (
        "budi-santoso", "dinas-sosial-sragen", "Kepala Bidang Rehabilitasi", "role.title-comma-organisation")
    assert [p.name for p in f.people] == ["Budi Santoso"]


def test_selaku():
    f = kg.extract("Hendra Kusuma selaku Direktur Utama PT Sinar Bahari mengatakan laba naik.")
    [m] = f.memberships
    assert (m.person, m.organization, str(m.role), m.head) == ("hendra-kusuma", "sinar-bahari", ROLE + "direktur-utama", True)


def test_yang_juga_gives_a_second_role():
    got = memberships("Direktur Utama PT Sinar Bahari Hendra Kusuma, yang juga Ketua Asosiasi Pelayaran Nusantara, "
                      "mengatakan laba naik.")
    assert ("hendra-kusuma", "sinar-bahari", True) in got
    assert ("hendra-kusuma", "asosiasi-pelayaran-nusantara", True) in got


@pytest.mark.parametrize("cue", ["yang juga menjabat", "yang juga merupakan"])
def test_a_longer_cue_of_a_second_role_is_read_whole(cue):
    got = memberships(f"BLORA - Sekretaris Daerah Kabupaten Blora, Rudi Hartono, {cue} Plt Kepala Badan Pendapatan "
                      "Daerah (Bapenda), mengatakan pajak naik.")
    assert ("rudi-hartono", "badan-pendapatan-daerah", True) in got


@pytest.mark.parametrize("unit, title", [("Satlantas", "Kasat Lantas"), ("Satreskrim", "Kasat Reskrim")])
def test_a_unit_heads_contracted_title_heads_the_unit_the_article_names(unit, title):
    f = kg.extract(f"BLORA - {unit} Polres Blora mencatat 225 kasus. \u201cKerugian Rp155 juta,\u201d kata {title} "
                   "Polres Blora, AKP Rudi Hartono dalam rilis akhir tahun.")
    [found] = [o for o in f.organizations if o.kind == "unit"]
    assert (found.parent, [(m.person, m.organization, m.head) for m in f.memberships]) == (
        "polres-blora", [("rudi-hartono", found.key, True)])
    f = kg.extract(f"BLORA - Polres Blora mencatat 225 kasus. Kata {title} Polres Blora, AKP Rudi Hartono, kerugian "
                   "naik.")
    assert [(m.organization, m.head) for m in f.memberships] == [("polres-blora", False)]  # no unit named: the command


def test_the_name_of_a_kind_of_body_is_no_organisation_and_no_end_of_a_titles_words():
    f = kg.extract("DENPASAR - Kata Direktur Pengawasan Lembaga Jasa Keuangan OJK Regional 8 Bali dan Nusa Tenggara, "
                   "Rudi Hartono di Denpasar, Kamis.")
    assert [(m.person, m.organization, m.role_label) for m in f.memberships] == [
        ("rudi-hartono", "otoritas-jasa-keuangan/regional-8-bali-dan-nusa-tenggara",
         "Direktur Pengawasan Lembaga Jasa Keuangan")]
    f = kg.extract("DENPASAR - OJK mengawasi Lembaga Jasa Keuangan di Bali.")
    assert [o.name for o in f.organizations] == ["OJK"]
    # one body of the kind, named: 'Badan Usaha Milik Desa (BUMDes) Sinar Jaya'
    f = kg.extract("DENPASAR - Badan Usaha Milik Desa (BUMDes) Sinar Jaya mencatat laba Rp5 juta.")
    assert [o.name for o in f.organizations] == ["Badan Usaha Milik Desa Sinar Jaya"]  # its short form, in brackets
    assert "Badan Usaha Milik Desa (BUMDes) Sinar Jaya" in f.organizations[0].aliases  # inside, is kept as written


def test_the_words_after_a_branchs_form_are_its_place_not_its_heads_name():
    f = kg.extract("JAKARTA - \"Kami membayar klaim Rp2 miliar,\" kata Kepala BPJS Ketenagakerjaan Cabang Sukamaju "
                   "Indah, Jakarta Pusat, Rudi Hartono di Jakarta.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]
    assert all(m.person == "rudi-hartono" for m in f.memberships)


def test_a_branchs_two_word_place_is_no_name_after_the_branch_was_spelled_out():
    # the article opened with the body's spelled-out name: the branch is known by a place the gazetteer lacks, and
    # its second word is still the branch's, written with its town after a comma
    f = kg.extract("JAKARTA - Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Cabang Sukamaju Indah membayar "
                   "klaim Rp2 miliar. \"Klaim naik,\" kata Kepala BPJS Ketenagakerjaan Cabang Sukamaju Indah, "
                   "Jakarta Pusat, Rudi Hartono di Jakarta.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]


def test_a_spelled_out_body_with_its_acronym_inside_then_a_branch_is_the_bodys_branch():
    # the short form elsewhere ('BPJS Ketenagakerjaan Cabang Palu') does not make the branch's words part of the
    # body's name: the branch's form opens a unit
    f = kg.extract("PALU - Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Cabang Palu mencatat klaim naik. "
                   "Kepala BPJS Ketenagakerjaan Cabang Palu, Rudi Hartono, mengatakan kepesertaan naik.")
    assert [(o.key, o.kind) for o in f.organizations] == [
        ("bpjs-ketenagakerjaan", "org"), ("bpjs-ketenagakerjaan/kantor-cabang-palu", "unit")]
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rudi-hartono", "bpjs-ketenagakerjaan/kantor-cabang-palu")]


def test_a_companys_one_word_name_between_a_title_and_its_regional_unit_is_the_units_company():
    f = kg.extract("JAYAPURA - General Manager Sinarnet Wilayah Papua, Rudi Hartono, menjelaskan target. Sinarnet "
                   "Wilayah Papua menargetkan 18.000 pelanggan baru.")
    assert [(o.key, o.kind) for o in f.organizations] == [
        ("sinarnet", "org"), ("sinarnet/kantor-wilayah-papua", "unit")]
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "sinarnet/kantor-wilayah-papua")]
    # no title before it: a common word, or a unit's own form ('Kepala Kantor Cabang X'), names no company
    assert kg.extract("JAYAPURA - Kemarin Wilayah Papua mencatat laba Rp5 miliar.").organizations == ()
    f = kg.extract("MADIUN - Kepala Kantor Cabang Madiun Rudi Hartono mengatakan klaim naik.")
    assert all(o.key != "kantor" for o in f.organizations)


def test_lowercase_role():
    f = kg.extract("Menurut peneliti Lembaga Kajian Ekonomi Nusantara Sari Lestari, inflasi turun.")
    assert [p.name for p in f.people] == ["Sari Lestari"]
    assert [o.name for o in f.organizations] == ["Lembaga Kajian Ekonomi Nusantara"]


def test_kepala_dinas_of_a_city():
    f = kg.extract("Kepala Dinas Pertanian Kota Magelang Eko Wibowo meninjau sawah.")
    org = next(o for o in f.organizations if o.key == "dinas-pertanian-kota-magelang")
    assert "city-magelang" in org.locations
    assert memberships(f.text) == [("eko-wibowo", "dinas-pertanian-kota-magelang", True)]


@pytest.mark.parametrize("sentence, gov, role", [
    ("Gubernur Jawa Tengah Agus Prasetyo meninjau pasar.", "pemerintah-provinsi-jawa-tengah", "gubernur"),
    ("Bupati Jember Lina Marlina meninjau pasar.", "pemerintah-kabupaten-jember", "bupati"),
    ("Wali Kota Blitar Doni Saputra meninjau pasar.", "pemerintah-kota-blitar", None),
])
def test_regional_heads_lead_their_government(sentence, gov, role):
    f = kg.extract(sentence)
    [m] = f.memberships
    assert m.organization == gov and m.head
    assert next(o for o in f.organizations if o.key == gov).kind == "government"
    if role:
        assert str(m.role) == ROLE + role


def test_two_regional_heads_joined_by_dan():
    got = memberships("Bupati Jember Lina Marlina dan Wali Kota Blitar Doni Saputra hadir.")
    assert ("lina-marlina", "pemerintah-kabupaten-jember", True) in got
    assert ("doni-saputra", "pemerintah-kota-blitar", True) in got


def test_deputi_direktur_wilayah_heads_the_regional_office():
    f = kg.extract("Deputi Direktur Wilayah Jawa Timur BPJS Kesehatan Yudi Hartono mengatakan layanan membaik.")
    unit = next(o for o in f.organizations if o.kind == "unit")
    assert unit.parent == "bpjs-kesehatan" and "jawa-timur" in unit.locations
    assert memberships(f.text) == [("yudi-hartono", unit.key, True)]


@pytest.mark.parametrize("sentence, org, head", [
    ("Kepala BPJS Kesehatan Yudi Hartono mengatakan layanan membaik.", "bpjs-kesehatan", True),
    ("Kepala Bagian Umum Dinas Kesehatan Kota Bogor Tono Hartono mengatakan stok obat aman.", "dinas-kesehatan-kota-bogor", False),
    ("Direktur Utama PT Sinar Bahari Hendra Kusuma mengatakan laba naik.", "sinar-bahari", True),
    ("Deputi Direktur Bidang Pelayanan BPJS Kesehatan Yudi Hartono mengatakan layanan membaik.", "bpjs-kesehatan", False),
])
def test_head_flag(sentence, org, head):
    [m] = kg.extract(sentence).memberships
    assert m.organization == org and m.head is head
    g = kg.build_graph(sentence)
    from kg.vocab import ORG
    heads = {(str(s).rsplit("/", 1)[-1], str(o).split("/org/", 1)[-1]) for s, o in g.subject_objects(ORG.headOf)}
    assert heads == ({(f"{m.person}--{org}", org)} if head else set())  # a person's IRI carries their office


def test_academic_and_honorific_parts_are_not_in_the_name():
    f = kg.extract("Direktur Utama PT Sinar Bahari Dr. H. Hendra Kusuma, S.E., M.M. mengatakan laba naik.")
    assert [p.name for p in f.people] == ["Hendra Kusuma"]
    assert [o.key for o in f.organizations] == ["sinar-bahari"]


def test_the_name_as_written_with_its_honorifics_is_another_name_of_the_person():
    f = kg.extract("Direktur Utama PT Sinar Bahari Dr. H. Hendra Kusuma mengatakan laba naik.")
    [person] = f.people
    assert (person.name, person.aliases) == ("Hendra Kusuma", ("Dr. H. Hendra Kusuma",))


def test_the_name_as_written_with_an_undotted_honorific_is_another_name_of_the_person():
    """'H Rudi Hartono': the press leaves out the dot of 'H.' (Haji); the name is the same, and so is the form."""
    f = kg.extract("General Manager PT Sinar Bahari Cabang Kendari, H Rudi Hartono, mengatakan laba naik.")
    [person] = f.people
    assert (person.name, person.aliases) == ("Rudi Hartono", ("H Rudi Hartono",))


def test_a_rank_qualifier_before_a_name_is_no_form_of_the_name():
    """'Kombes Pol Rudi Hartono': 'Pol' qualifies the rank before it, so 'Pol Rudi Hartono' is no name of his."""
    f = kg.extract("Kepala Bidang Humas Polda Bengkulu, Kombes Pol Rudi Hartono menyebut razia digelar pekan depan.")
    assert [(p.name, p.aliases) for p in f.people] == [("Rudi Hartono", ())]


def test_a_four_word_name_after_an_office_named_with_its_province_is_the_holders():
    """'Kepala Dinas X Sumatera Barat Rina Tri Susila Dewi': names of four words are common, and a province's name
    ends the office's; the office does not take the first two words."""
    f = kg.extract("Kepala Dinas Pangan Peternakan dan Perikanan Sumatera Barat Rina Tri Susila Dewi menyebutkan produksi "
                   "naik.")
    assert [p.name for p in f.people] == ["Rina Tri Susila Dewi"]
    assert [o.name for o in f.organizations] == ["Dinas Pangan Peternakan dan Perikanan Sumatera Barat"]


@pytest.mark.parametrize("second_title", ["Manajer", "Consumer Banking Mnager"])
def test_the_name_after_a_comma_does_not_hold_a_title_whose_holder_is_named_before_it(second_title):
    """'Kepala BEI X Rina Wati dan <title> Bank Y, Sunarno': Rina Wati holds the first title; Sunarno never does,
    even where the press misspells his own."""
    f = kg.extract(f"Acara itu dihadiri Kepala BEI Sulawesi Utara Rina Wati dan {second_title} BRI Manado, Sunarno.")
    assert ("sunarno", "bursa-efek-indonesia/sulawesi-utara") not in {(m.person, m.organization) for m in f.memberships}


@pytest.mark.parametrize("cue", ["dikatakan", "bersama", "dihadiri"])
def test_a_title_in_lower_case_after_a_word_of_speech_company_or_attendance_names_its_holder(cue):
    """'… dikatakan anggota DPRD Kota X Rudi Hartono …': the press writes 'anggota' in lower case there too."""
    f = kg.extract(f"Acara itu {cue} anggota DPRD Kota Kendari Rudi Hartono di Kendari.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "dprd-kota-kendari")]


def test_a_title_in_lower_case_after_dan_names_a_second_holder():
    """'Kepala Dinas X Rudi dan anggota DPRD X Rina': a title in lower case after the first holder's name and 'dan'
    names a second holder; 'warga dan anggota keluarganya' names no one."""
    f = kg.extract("Kepala Dinas Kesehatan Kota Kendari Rudi Hartono dan anggota Komisi B DPRD Kota Kendari Rina Wati "
                   "meninjau puskesmas. Warga dan anggota keluarganya ikut.")
    assert sorted(p.name for p in f.people) == ["Rina Wati", "Rudi Hartono"]
    assert ("rina-wati", "Anggota") in {(m.person, m.role_label.capitalize()) for m in f.memberships}


def test_a_contracted_title_of_a_health_office_names_its_office_and_holder():
    f = kg.extract("Kadiskes Kampar, Rudi Hartono menjelaskan, 15 orang meninggal dunia.")
    assert [(m.person, m.role_label, m.organization) for m in f.memberships] == [
        ("rudi-hartono", "Kadiskes", "diskes-kampar")]


def test_an_honorific_glued_to_the_name_leaves_the_name_as_when_spaced():
    """'Sekda X, H.Rudi Hartono': the honorific's dot touches the name; one person, the same as 'H. Rudi Hartono'."""
    f = kg.extract("Kerja sama diteken Sekda Buton Tengah, H. Rudi Hartono. \"Kami siap,\" kata Sekda Buton Tengah, "
                   "H.Rudi Hartono.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]


def test_a_word_that_says_others_agree_is_no_name_before_a_title():
    """'Senada, General Manager DLN X, Rudi menyatakan …': 'Senada' (likewise) opens the sentence; Rudi holds the
    title."""
    f = kg.extract("Senada, General Manager DLN Unit Induk Wilayah Bali, Rudi menilai pasokan cukup.")
    assert [(m.person, m.role_label) for m in f.memberships] == [("rudi", "General Manager")]


def test_lowercase_dr_honorific():
    f = kg.extract("Kepala Dinas Kesehatan Kota Bogor dr. Tono Hartono mengatakan stok obat aman.")
    assert [p.name for p in f.people] == ["Tono Hartono"]


def test_two_organisations_each_with_its_head():
    got = memberships("Direktur Utama PT Sinar Bahari Hendra Kusuma dan Kepala Dinas Perhubungan Kota Kediri Wawan Setiadi hadir.")
    assert set(got) == {("hendra-kusuma", "sinar-bahari", True), ("wawan-setiadi", "dinas-perhubungan-kota-kediri", True)}


def test_two_organisations_each_with_its_head_in_two_sentences():
    got = memberships("Direktur Utama PT Sinar Bahari Hendra Kusuma hadir. "
                      "Kepala Dinas Perhubungan Kota Kediri Wawan Setiadi juga hadir.")
    assert set(got) == {("hendra-kusuma", "sinar-bahari", True), ("wawan-setiadi", "dinas-perhubungan-kota-kediri", True)}


def test_an_organisation_named_alone_elsewhere_ends_a_title_run():
    # no later "ujar Anggoro": the name's start comes from where the article names the organisation alone
    f = kg.extract("Jakarta - BPJS Ketenagakerjaan mencatat kenaikan iuran. "
                   "Direktur Utama BPJS Ketenagakerjaan Anggoro Eko Cahyo mengatakan hal itu.")
    assert [p.name for p in f.people] == ["Anggoro Eko Cahyo"]
    assert [(m.person, m.organization) for m in f.memberships] == [("anggoro-eko-cahyo", "bpjs-ketenagakerjaan")]


def roles_of(text):
    return [(m.person, m.organization, m.role_label, m.head) for m in kg.extract(text).memberships]


@pytest.mark.parametrize("sentence, expected", [
    ("Kepala Dinas Sosial Kota Blitar, Rina Wati mengatakan bantuan cair.",
     [("rina-wati", "dinas-sosial-kota-blitar", "Kepala", True)]),
    ("Direktur Utama PT Sinar Bahari, Hendra Kusuma menjelaskan laba naik.",
     [("hendra-kusuma", "sinar-bahari", "Direktur Utama", True)]),
    # the holder's name after the province said again between commas
    ("Kepala Dinas Sosial Kota Blitar, Jawa Timur, Rina Wati mengatakan bantuan cair.",
     [("rina-wati", "dinas-sosial-kota-blitar", "Kepala", True)]),
    ("Kepala Dinas Pariwisata Kota Mataram, NTB, Lalu Hamzah, menyebut kunjungan naik.",
     [("lalu-hamzah", "dinas-pariwisata-kota-mataram", "Kepala", True)]),
])
def test_title_comma_name_without_a_closing_comma_or_after_the_province_said_again(sentence, expected):
    assert roles_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Kepala Dinas Sosial Kota Blitar, Jawa Timur, dan Kota Kediri hadir.",  # more places, no name
    "Kepala Dinas Sosial Kota Blitar, Jawa Timur, Sabtu, membuka pasar murah.",  # a day, no name
    "Bupati Blitar, Jawa Timur, Ahad, meresmikan jembatan baru.",
    "Kepala Dinas Sosial Kota Blitar, Jawa Timur, Januari lalu, menyalurkan bantuan.",  # a month
    "Kepala Dinas Sosial Kota Blitar, Jawa Timur, Lebaran nanti menyalurkan bantuan.",  # a holiday
    "Kepala Dinas Sosial Kota Blitar, Batu, Wibowo, mengatakan bantuan cair.",  # another town, not the province
])
def test_a_province_between_commas_with_no_name_after_it_makes_no_holder(sentence):
    assert roles_of(sentence) == []


def test_a_name_followed_by_dan_is_not_an_appositive():
    assert roles_of("Kepala Dinas Sosial Kota Blitar, Rina Wati dan Tono Hadi hadir.") == []


def test_title_short_form_in_brackets_belongs_to_the_title():
    f = kg.extract("Sekretaris Daerah (Sekda) Provinsi Jawa Tengah, Rudi Hartono, membuka acara itu.")
    [m] = f.memberships
    assert (m.person, m.organization, m.role_label, m.role) == (
        "rudi-hartono", "pemerintah-provinsi-jawa-tengah", "Sekretaris Daerah (Sekda)", URIRef(ROLE + "sekretaris-daerah"))


def test_title_full_form_in_brackets_after_its_short_form_belongs_to_the_title():
    f = kg.extract("Kabid (Kepala Bidang) Pendidikan Dasar Dinas Pendidikan Kota Blitar, Rudi Hartono, membuka "
                   "acara itu.")
    [m] = f.memberships
    assert (m.person, m.organization, m.role_label) == (
        "rudi-hartono", "dinas-pendidikan-kota-blitar", "Kabid (Kepala Bidang) Pendidikan Dasar")


@pytest.mark.parametrize("sentence, label, role, head", [
    ("Plt. Kepala Dinas Sosial Kota Blitar Rina Wati mengatakan bantuan cair.", "Plt. Kepala", "kepala-dinas", True),
    ("Plh. Sekretaris Daerah Kabupaten Jember Rina Wati mengatakan bantuan cair.", "Plh. Sekretaris Daerah",
     "sekretaris-daerah", False),
    ("Pj. Bupati Jember Rina Wati mengatakan bantuan cair.", "Pj. Bupati", "penjabat-bupati", True),
    ("Pelaksana Harian Kepala Dinas Sosial Kota Blitar, Rina Wati, mengatakan bantuan cair.",
     "Pelaksana Harian Kepala", "kepala-dinas", True),
    ("Pelaksana Tugas (Plt) Kepala Dinas Sosial Kota Blitar Rina Wati mengatakan bantuan cair.",
     "Pelaksana Tugas (Plt) Kepala", "kepala-dinas", True),
    ("Penjabat Sementara (Pjs) Kepala Dinas Sosial Kota Blitar, Rina Wati, mengatakan bantuan cair.",
     "Penjabat Sementara (Pjs) Kepala", "kepala-dinas", True),
    ("Pelaksana Tugas (PLT) Kepala Dinas Sosial Kota Blitar, Rina Wati membacakan laporan.",
     "Pelaksana Tugas (PLT) Kepala", "kepala-dinas", True),
    ("PLT Kepala Dinas Sosial Kota Blitar, Rina Wati membacakan laporan.", "PLT Kepala", "kepala-dinas", True),
])
def test_acting_holder_holds_the_title_after_the_prefix(sentence, label, role, head):
    [m] = kg.extract(sentence).memberships
    assert (m.person, m.role_label, m.role_concept, m.head) == ("rina-wati", label, URIRef(ROLE + role), head)


def test_former_holder_keeps_the_person_but_not_the_role():
    f = kg.extract("Program itu warisan mantan Bupati Jember Rina Wati. Bupati Jember Tono Hadi meresmikannya.")
    assert {p.key for p in f.people} == {"rina-wati", "tono-hadi"}
    assert [(m.person, m.organization) for m in f.memberships] == [("tono-hadi", "pemerintah-kabupaten-jember")]


@pytest.mark.parametrize("sentence, person, org, role", [
    ("Branch Manager PT Taspen (Persero) Cabang Ambon, Tono Wijaya menyampaikan hal itu.",
     "tono-wijaya", "taspen/kantor-cabang-ambon", "branch-manager"),
    ("Pejabat Pelaksana Teknis Kegiatan (PPTK) Dinas Pendidikan Kota Blitar, Tono Wijaya, mengatakan dana cukup.",
     "tono-wijaya", "dinas-pendidikan-kota-blitar", "pejabat-pelaksana-teknis-kegiatan"),
])
def test_new_titles(sentence, person, org, role):
    [m] = kg.extract(sentence).memberships
    assert (m.person, m.organization, m.role_concept) == (person, org, URIRef(ROLE + role))


@pytest.mark.parametrize("sentence, person, org", [
    ("Kepala Dinas Kesehatan Provinsi Aceh Teuku Ahmad Fauzi mengatakan pasien naik.", "teuku-ahmad-fauzi",
     "dinas-kesehatan-provinsi-aceh"),
    ("Kepala Dinas Sosial Kota Denpasar I Made Sukarta mengatakan bantuan cair.", "i-made-sukarta",
     "dinas-sosial-kota-denpasar"),
    ("Kepala Dinas Sosial Kota Denpasar Ni Luh Putu Ayu mengatakan bantuan cair.", "ni-luh-putu-ayu",
     "dinas-sosial-kota-denpasar"),
    ("Kepala Dinas Sosial Kota Mataram Lalu Ahmad Fauzi mengatakan bantuan cair.", "lalu-ahmad-fauzi",
     "dinas-sosial-kota-mataram"),
    ("Kepala Dinas Sosial Kota Mataram Baiq Nurul Aini mengatakan bantuan cair.", "baiq-nurul-aini",
     "dinas-sosial-kota-mataram"),
    # a company off the institutions list: the given name, not a guess of two words, says where the person's begins
    ("Direktur Utama PT Mega Tirta Lestari Siti Rahma Dewi mengatakan kapal bertambah.", "siti-rahma-dewi",
     "mega-tirta-lestari"),
    ("Direktur PT Cahaya Bumi Abdul Karim Lubis mengatakan gudang penuh.", "abdul-karim-lubis", "cahaya-bumi"),
    # a noble's and a sayyid's name part is the person's, no honorific to drop
    ("Kepala Dinas Sosial Kota Bogor Raden Ayu Lestari mengatakan bantuan cair.", "raden-ayu-lestari",
     "dinas-sosial-kota-bogor"),
    ("Ketua DPRD Kota Bogor, Habib Ahmad Fauzi, mengatakan rapat selesai.", "habib-ahmad-fauzi", "dprd-kota-bogor"),
])
def test_name_particles_open_the_name_after_a_title(sentence, person, org):
    assert [(m.person, m.organization) for m in kg.extract(sentence).memberships] == [(person, org)]


def test_regional_head_title_then_region_then_name():
    assert roles_of("Wakil Gubernur NTT Yohana Dae Soru mengatakan bantuan cair.") == [
        ("yohana-dae-soru", "pemerintah-provinsi-nusa-tenggara-timur", "Wakil Gubernur", False)]


def test_a_short_form_of_a_spelled_out_name_inside_a_title():
    f = kg.extract("Dinas Pendidikan dan Kebudayaan Kabupaten Lombok Tengah menyiapkan dana. "
                   "Kepala Disdikbud Lombok Tengah, Ahmad Fauzi, mengatakan guru menerima insentif.")
    key = "dinas-pendidikan-dan-kebudayaan-kabupaten-lombok-tengah"
    assert [(m.person, m.organization) for m in f.memberships] == [("ahmad-fauzi", key)]
    org = next(o for o in f.organizations if o.key == key)
    assert {"Disdikbud", "Disdikbud Lombok Tengah"} <= set(org.aliases)


def test_a_comma_before_a_title_does_not_join_the_name_and_the_title():
    assert roles_of("Sementara itu, Rina Wati, Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia "
                    "Kota Blitar, mengatakan pensiun diproses.") == [
        ("rina-wati", "badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-kota-blitar", "Kepala", True)]


def test_regional_official_without_a_region_serves_the_government_in_view():
    f = kg.extract("Pelatihan itu dibuka oleh Bupati Jember yang diwakili Sekretaris Daerah (Sekda) Rina Wati. "
                   "Dalam sambutannya, Sekda Rina Wati meminta desa membayar iuran.")
    assert [(m.person, m.organization, m.role_label) for m in f.memberships] == [
        ("rina-wati", "pemerintah-kabupaten-jember", "Sekretaris Daerah (Sekda)")]
    gov = next(o for o in f.organizations if o.key == "pemerintah-kabupaten-jember")
    assert "Kabupaten Jember" in gov.aliases


def test_assistant_of_the_regional_secretary():
    assert roles_of("Sekretaris Daerah (Sekda) Provinsi Jawa Tengah, Tono Hadi melalui Asisten Perekonomian dan "
                    "Pembangunan, Rina Wati menyampaikan laporan.") == [
        ("tono-hadi", "pemerintah-provinsi-jawa-tengah", "Sekretaris Daerah (Sekda)", False),
        ("rina-wati", "pemerintah-provinsi-jawa-tengah", "Asisten Perekonomian dan Pembangunan", False)]


def test_an_official_without_a_region_and_no_government_in_view_gets_no_role():
    f = kg.extract("Sekda Rina Wati meminta desa membayar iuran.")
    assert [p.key for p in f.people] == ["rina-wati"] and f.memberships == ()


@pytest.mark.parametrize("sentence, orgs", [
    ("Acara dibuka oleh Gubernur Kaltim yang didampingi warga.", ["pemerintah-provinsi-kalimantan-timur"]),
    ("Data itu berdasarkan Surat Keputusan (SK) Bupati Kabupaten Jember yang berlaku.", []),
    ("Program Wali Kota Sapa Warga digelar tiap pekan.", []),
])
def test_a_regional_heads_title_names_the_government(sentence, orgs):
    assert [o.key for o in kg.extract(sentence).organizations] == orgs


def test_a_name_in_apposition_may_end_the_sentence():
    assert roles_of("Acara dibuka oleh Asisten Perekonomian Provinsi Jawa Tengah, Rina Wati.") == [
        ("rina-wati", "pemerintah-provinsi-jawa-tengah", "Asisten Perekonomian", False)]


def test_words_of_a_national_institution_are_not_a_persons_name():
    f = kg.extract("Tunjangan Dibayarkan Kepada Para Veteran, Prajurit Tentara Nasional Indonesia, "
                   "Aparatur Sipil Negara Dan Anggota Kepolisian Negara Republik Indonesia.")
    assert f.people == () and f.memberships == ()


def test_unit_name_tail_stops_at_a_name_used_alone():
    f = kg.extract("\"Kami mendukung agen,\" ujar Kepala Bagian Analisa Bisnis PT Pegadaian Kanwil I Medan Agus Salim "
                   "dalam temu media. Agus mengatakan agen bertambah.")
    assert [(m.person, m.organization) for m in f.memberships] == [("agus-salim", "pegadaian/kantor-wilayah-i-medan")]


def test_bureau_of_a_regional_government():
    f = kg.extract("Pemerintah Provinsi Kepulauan Riau (Pemprov Kepri) menyalurkan beasiswa. "
                   "Kepala Biro Kesra Pemprov Kepri, Tono Hadi, mengatakan dana cukup.")
    biro = next(o for o in f.organizations if o.key == "biro-kesra-provinsi-kepri")  # as 'Biro Kesra Provinsi Kepri'
    assert biro.parent == "pemerintah-provinsi-kepulauan-riau" and "Biro Kesra" in biro.aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("tono-hadi", "biro-kesra-provinsi-kepri")]
    f = kg.extract("Kepala Biro Kesra Provinsi Kepri, Tono Hadi, mengatakan dana cukup.")
    assert [o.key for o in f.organizations] == [biro.key]


def test_lalu_lintas_is_traffic_not_a_name():
    assert roles_of("Direktur Lalu Lintas Kepolisian Daerah Bali Komang Suarta mengatakan arus lancar.") == [
        ("komang-suarta", "kepolisian-daerah-bali", "Direktur Lalu Lintas", False)]


def test_a_name_used_alone_between_lowercase_words_ends_a_unit_name():
    f = kg.extract("Kepala Bagian Umum PT Pegadaian Kanwil I Medan Agus Salim hadir. Menurut laporan yang disusun Agus tadi, "
                   "agen bertambah.")
    assert [(m.person, m.organization) for m in f.memberships] == [("agus-salim", "pegadaian/kantor-wilayah-i-medan")]


def test_a_place_after_a_preposition_still_ends_a_unit_name():
    f = kg.extract("Kepala BPJS Ketenagakerjaan Kantor Cabang Bekasi Cikarang Rudi Hartono mengatakan peserta di Cikarang naik.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rudi-hartono", "bpjs-ketenagakerjaan/kantor-cabang-bekasi-cikarang")]


def test_a_bracketed_short_form_of_a_phrase_is_not_an_organisations_short_form():
    f = kg.extract("Pemerintah Kabupaten Lombok Timur membayar iuran. Sebanyak 500 jiwa merupakan Penerima Bantuan Iuran (PBI).")
    assert [o.key for o in f.organizations] == ["pemerintah-kabupaten-lombok-timur"]


def test_a_text_that_ends_with_a_name_and_its_degrees_is_no_crash():
    facts = kg.extract("dr. Sinta Wulandari, Sp.PD. ")  # once an IndexError past the last token
    assert facts.memberships == ()


@pytest.mark.parametrize("sentence, organisations", [
    ("Polsek Wonosari menangani 4 laporan kehilangan pekan ini.", ["Polsek Wonosari"]),
    ("Tahanan dititipkan di Lapas Kelas IIB Salatiga dan Rutan Kelas I Kendal.",
     ["Lapas Kelas IIB Salatiga", "Rutan Kelas I Kendal"]),
    ("Para petugas di Lembaga Pemasyarakatan Kelas IIB Batang dan Rumah Tahanan Negara Kelas IIA Pati berjaga.",
     ["Lembaga Pemasyarakatan Kelas IIB Batang", "Rumah Tahanan Negara Kelas IIA Pati"]),
])
def test_police_sectors_prisons_and_remand_centres_are_organisations(sentence, organisations):
    assert [o.name for o in kg.extract(sentence).organizations] == organisations


@pytest.mark.parametrize("sentence, organisations, people", [
    # a discourse word that opens the sentence is not the start of a name
    ("Selanjutnya Polsek Wonosari menangani 4 laporan kehilangan.", ["Polsek Wonosari"], []),
    # a police rank before the name and the police academy's degree after it
    ("Kepala Polres Pati, AKBP Hendra Wiratama SIK MH, menyampaikan operasi berjalan lancar.", ["Polres Pati"],
     ["Hendra Wiratama"]),
    # the rank of one retired, with the mark in brackets
    ("Gubernur Jawa Tengah, Komjen Pol (P) Hendra Wiratama, membuka pameran.", ["Pemerintah Provinsi Jawa Tengah"],
     ["Hendra Wiratama"]),
    ("Gubernur Jawa Tengah, Irjen Pol (Purn.) Hendra Wiratama, membuka pameran.", ["Pemerintah Provinsi Jawa Tengah"],
     ["Hendra Wiratama"]),
])
def test_what_surrounds_a_name_stays_out_of_it(sentence, organisations, people):
    f = kg.extract(sentence)
    assert ([o.name for o in f.organizations], [p.name for p in f.people]) == (organisations, people)


CONTRACTED = {t: h for t, h in kg.lexicon.load().words["contracted_titles"].items() if not t.startswith("_")}


@pytest.mark.parametrize("title", sorted(CONTRACTED))
def test_a_title_that_carries_its_organisations_head_word_heads_that_organisation(title):
    """'Kapolres Pati AKBP …' is the Kepala of Polres Pati, 'Kadis Sosial Blora …' of Dinas Sosial Blora;
    'Wakapolres Pati …' its deputy, who does not lead it."""
    qualifier = "Sosial " if CONTRACTED[title] == "Dinas" else ""
    f = kg.extract(f"{title} {qualifier}Blora AKBP Hendra Wiratama SIK mengatakan warga aman.")
    [m] = f.memberships
    expected = f"{CONTRACTED[title]} {qualifier}Blora"
    [role] = [r for r in kg.lexicon.load().roles if title in r.forms]
    assert (m.person, m.role_label, m.head) == ("hendra-wiratama", title, role.leads)
    assert [o.name for o in f.organizations] == [expected]
    assert m.organization == kg.identity.slug(expected)


def test_a_contracted_title_with_the_holder_between_commas():
    f = kg.extract("Kapolres Lahat, AKBP Hendra Wiratama SIK MH, menyampaikan patroli berjalan lancar.")
    assert [(m.person, m.organization) for m in f.memberships] == [("hendra-wiratama", "polres-lahat")]


@pytest.mark.parametrize("sentence", [
    "Menurut Kepala Bidang Pelayanan, BPJS Ketenagakerjaan telah membayar klaim Rp5 miliar.",
    "Kadis Kesehatan mengatakan kasus demam berdarah naik.",
])
def test_the_words_of_a_title_are_not_a_person(sentence):
    """'Pelayanan' is the field of the Kepala Bidang, 'Kesehatan' the Dinas of the Kadis: no one is named."""
    f = kg.extract(sentence)
    assert ([p.name for p in f.people], list(f.memberships)) == ([], [])


@pytest.mark.parametrize("portfolio", ["Ketenagakerjaan", "Keuangan", "Kesehatan", "Perdagangan", "Perindustrian", "Pertanian",
                                       "Perhubungan", "Pariwisata", "Sosial", "Agama", "Pertahanan", "Kehutanan",
                                       "Investasi", "Perumahan"])
def test_a_ministers_portfolio_before_a_one_word_name_is_no_part_of_the_name(portfolio):
    f = kg.extract(f"Menteri {portfolio} Suparjo meninjau pasar di Kota Bogor.")
    assert [p.name for p in f.people] == ["Suparjo"]


@pytest.mark.parametrize("commander", ["Danramil", "Dandim", "Danrem"])
@pytest.mark.parametrize("district", ["Banjarmasin Utara", "Sukamaju Selatan"])
def test_titles_in_a_list_of_guests_are_no_people(commander, district):
    f = kg.extract(f"Acara itu dihadiri Kepala SKPD, Camat {district}, {commander}, kepala desa dan ketua RT.")
    assert [p.name for p in f.people] == []


def test_a_commanders_title_before_a_name_is_recognised():
    f = kg.extract("Danramil Lembang Kapten Budi Santoso meninjau banjir di Kabupaten Bandung Barat.")
    assert [p.name for p in f.people] == ["Budi Santoso"]


@pytest.mark.parametrize("office, name", [
    ("Dinas Sosial Aceh Barat", "Rahmawati"),
    ("Dinas Kesehatan Lampung Selatan", "Wahyuni"),
])
def test_a_regency_name_ending_in_a_compass_word_stays_with_the_office_not_the_name(office, name):
    f = kg.extract(f'"Bantuan sudah disalurkan," kata Kepala {office} {name} di kantornya, Senin.')
    assert [p.name for p in f.people] == [name]
    assert any(o.name == office for o in f.organizations)


def test_a_name_after_a_plain_regency_keeps_its_own_words():
    f = kg.extract('"Bantuan sudah disalurkan," kata Kepala Dinas Sosial Pasaman Rahmat Barata di kantornya, Senin.')
    assert [p.name for p in f.people] == ["Rahmat Barata"]


@pytest.mark.parametrize("title, organisation", [
    ("Gubernur Jambi", "pemerintah-provinsi-jambi"),
    ("Kepala Dinas Sosial Jambi", "dinas-sosial-jambi"),
])
def test_initials_in_brackets_after_a_name_end_the_name(title, organisation):
    f = kg.extract(f"Jambi - {title} Hasan Basri (HB) meminta petugas merumuskan solusi.")
    assert [p.name for p in f.people] == ["Hasan Basri"]
    assert memberships(f.text) == [("hasan-basri", organisation, True)]


def test_an_acronym_in_brackets_after_an_office_is_no_name():
    f = kg.extract("Jambi - Kepala Badan Pusat Statistik (BPS) meminta petugas merumuskan solusi.")
    assert not f.people and [o.name for o in f.organizations] == ["Badan Pusat Statistik"]


@pytest.mark.parametrize("head", ["Tim", "Satgas", "Forum", "Koperasi", "Universitas"])
def test_a_bare_head_word_before_a_lower_case_word_names_no_organisation(head):
    """Whichever of its type's head words it is: 'Tim' is as bare as 'Satuan Tugas' would be."""
    f = kg.extract(f"Aplikasi itu dibuat bersama {head} pendamping desa untuk warga Kota Bitung.")
    assert [o.name for o in f.organizations if o.name.split()[0] == head] == []


def test_a_national_institution_named_by_its_acronym_alone_is_an_organisation():
    """The curated list of national institutions (kg/data/institutions.tsv) knows 'BPKP' though the article
    never spells it out."""
    f = kg.extract("Pemerintah Kota Bitung menyusun aplikasi absensi bersama BPKP, untuk pegawainya.")
    assert "badan-pengawasan-keuangan-dan-pembangunan" in [o.key for o in f.organizations]


def test_a_word_the_press_lowered_belongs_to_the_name_its_acronym_abbreviates():
    f = kg.extract("Aplikasi itu dibangun bersama Tim koordinasi Pengawasan dan Pendampingan (Korwasping) BPKP, "
                   "untuk pegawai Kota Bitung.")
    team = next(o for o in f.organizations if o.name.startswith("Tim"))
    assert (team.name, team.parent) == ("Tim koordinasi Pengawasan dan Pendampingan",
                                        "badan-pengawasan-keuangan-dan-pembangunan")
    assert "Korwasping" in team.aliases


def test_a_lower_case_word_before_an_acronym_that_does_not_abbreviate_it_stays_out():
    f = kg.extract("Aplikasi itu dibangun bersama Tim pendamping Pengawasan Desa (Korwasping) untuk pegawai Kota Bitung.")
    assert [o.name for o in f.organizations if o.name.startswith("Tim")] == []


@pytest.mark.parametrize("written", ["TP PKK", "TP-PKK"])
def test_the_family_welfare_movements_team_is_an_organisation(written):
    assert memberships(f"Ketua {written} Kabupaten Bitung Sari Dewi membuka pelatihan menjahit.") == \
        [("sari-dewi", "tp-pkk-kabupaten-bitung", True)]


def test_the_family_welfare_movements_team_written_with_a_loose_hyphen():
    f = kg.extract("Pelatihan menjahit itu dibuka bersama TP- PKK Kota Bitung.")
    assert [o.key for o in f.organizations] == ["tp-pkk-kota-bitung"]


@pytest.mark.parametrize("premises", kg.lexicon.load().words["premises_words"])
def test_an_acronym_whose_office_the_text_names_is_an_organisation(premises):
    f = kg.extract(f"Wali kota hadir saat peresmian {premises} BSK dan uji coba layanan baru, Sabtu.")
    assert [o.name for o in f.organizations] == ["BSK"]


def test_acting_karo_before_a_bureau_heads_that_bureau_and_names_no_regency():
    f = kg.extract("MATARAM - Warga menerima bantuan. “Kami senang,” ungkap Plt. Karo Humas Setda Provinsi NTB Dewi "
                   "Lestari.")
    [m] = f.memberships
    assert (m.person, m.organization, str(m.role_concept), m.head) == (
        "dewi-lestari", "setda-provinsi-ntb/biro-humas-setda-provinsi-ntb", ROLE + "kepala-biro", True)
    assert "Kabupaten Karo" not in [p.name for p in f.places]


def test_karo_after_a_regional_title_is_still_the_regency():
    f = kg.extract("KABANJAHE - Wakil Bupati Karo Tomi Ginting meninjau pasar.")
    assert [m.organization for m in f.memberships] == ["pemerintah-kabupaten-karo"]
    assert "Kabupaten Karo" in [p.name for p in f.places]


def test_an_acting_holder_of_a_contracted_title_heads_the_office_it_names_not_the_region():
    f = kg.extract("SERANG - “Kami siap,” ungkap Plt. Kadis Sosial Kota Cilegon Yudi Pratama.")
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("yudi-pratama", "dinas-sosial-kota-cilegon", "Plt. Kadis", True)]


REGIONAL_SHORT_FORMS = {k: v for k, v in kg.lexicon.load().words["regional_body_short_forms"].items() if not k.startswith("_")}


@pytest.mark.parametrize("short", sorted(REGIONAL_SHORT_FORMS))
def test_a_regional_office_short_form_with_its_region_is_that_regions_office(short):
    f = kg.extract(f"BLITAR - Pemkot Blitar menggelar rapat. Kepala {short} Kota Blitar Andi Wijaya mengatakan warga terbantu.")
    org = next(o for o in f.organizations if o.name == f"{short} Kota Blitar")
    assert org.parent == "pemerintah-kota-blitar" and org.locations == ("city-blitar",)
    assert org.org_type.endswith("/" + REGIONAL_SHORT_FORMS[short])
    assert ("andi-wijaya", org.key, True) in memberships(f"BLITAR - Pemkot Blitar menggelar rapat. Kepala {short} "
                                                          "Kota Blitar Andi Wijaya mengatakan warga terbantu.")


def test_a_regional_office_short_form_alone_is_an_organisation():
    f = kg.extract("JEMBER - Bupati meminta Kepala BPKAD dan Bank Sentosa menyiapkan dana bantuan.")
    assert "BPKAD" in [o.name for o in f.organizations]


def test_a_short_form_after_the_name_in_full_is_the_same_office():
    f = kg.extract("BLITAR - Dinas Kesehatan Kota Blitar mencatat 120 kasus. Kepala Dinkes Kota Blitar Andi Wijaya "
                   "mengatakan jumlah itu turun. Dinas Sosial Kota Blitar dan Dinsos Kota Blitar disebut bersama.")
    names = {o.name: o.aliases for o in f.organizations}
    assert set(names) == {"Dinas Kesehatan Kota Blitar", "Dinas Sosial Kota Blitar"}
    assert "Dinkes Kota Blitar" in names["Dinas Kesehatan Kota Blitar"]
    assert "Dinsos Kota Blitar" in names["Dinas Sosial Kota Blitar"]


def test_a_government_short_form_written_inside_longer_names_is_its_alias():
    f = kg.extract("PALU - Gubernur Sulawesi Tengah Andi Wijaya meresmikan gedung Biro Umum Pemprov Sulteng dan "
                   "kantor Korpri Pemprov Sulteng.")
    gov = next(o for o in f.organizations if o.key == "pemerintah-provinsi-sulawesi-tengah")
    assert "Pemprov Sulteng" in gov.aliases


@pytest.mark.parametrize("particle", ["Andi", "Muhammad", "Mohammad", "Mohamad"])
def test_a_word_that_opens_names_starts_a_three_word_name_after_an_unknown_organisation(particle):
    sentence = f"Kepala UPTD Puskesmas Sukamaju {particle} Rahman Saleh mengatakan layanan berjalan."
    assert [(m.person, m.organization) for m in kg.extract(sentence).memberships] == [
        (f"{particle.lower()}-rahman-saleh", "uptd-puskesmas-sukamaju")]


@pytest.mark.parametrize("collective", ["Direksi", "Jajaran"])
def test_an_organisation_after_a_word_for_its_board_or_staff_is_read(collective):
    f = kg.extract(f"JEMBER - Bupati meminta {collective} Bank Sentosa menyiapkan dana bantuan.")
    assert "Bank Sentosa" in [o.name for o in f.organizations]


def test_a_regional_office_named_with_its_government_is_that_governments_office():
    f = kg.extract("JEMBER - Bupati Jember Rina Wati meminta BPKAD Pemkab Jember dan Setda Pemkab Jember mencairkan dana. "
                   "Kabag Humas Setda Kabupaten Jember, Irma Yuliani, menjelaskan jadwal.")
    orgs = {o.name: o for o in f.organizations}
    assert orgs["BPKAD Pemkab Jember"].parent == "pemerintah-kabupaten-jember"
    assert orgs["Setda Kabupaten Jember"].parent == "pemerintah-kabupaten-jember"
    assert "Setda Pemkab Jember" in orgs["Setda Kabupaten Jember"].aliases
    assert ("irma-yuliani", orgs["Setda Kabupaten Jember"].key, False) in memberships(
        "JEMBER - Kabag Humas Setda Kabupaten Jember, Irma Yuliani, menjelaskan jadwal.")


@pytest.mark.parametrize("sentence, owner, bureau", [
    ("PALU - Gubernur Sulteng meminta laporan. Plt. Karo Umum Setda Pemprov Sulteng Toni Sujana hadir.",
     "Setda Pemprov Sulteng", "Biro Umum"),
    ("SEMARANG - Karo Ops Polda Jateng Kombes Budi Santoso mengatakan arus lancar.", "Polda Jateng", "Biro Ops"),
])
def test_a_bureau_head_whose_title_names_the_bureaus_owner_heads_a_part_of_it(sentence, owner, bureau):
    f = kg.extract(sentence)
    orgs = {o.key: o for o in f.organizations}
    unit = next(o for o in f.organizations if bureau in o.aliases)
    assert orgs[unit.parent].name == owner and unit.kind == "unit"
    assert [m.organization for m in f.memberships] == [unit.key]


def test_a_contracted_title_names_the_office_the_article_also_spells_out():
    f = kg.extract("BLITAR - Kadinkes Kota Blitar Andi Wijaya mengatakan kasus turun. Dinas Kesehatan Kota Blitar "
                   "menyiapkan vaksin.")
    assert [(o.name, "Dinkes Kota Blitar" in o.aliases) for o in f.organizations] == [("Dinas Kesehatan Kota Blitar", True)]
    assert [m.organization for m in f.memberships] == ["dinas-kesehatan-kota-blitar"]


def test_a_contracted_title_with_no_place_heads_the_body_the_article_named_by_its_short_form():
    f = kg.extract("BLITAR - Rapat digelar bersama Dinas Sosial Pemberdayaan Masyarakat dan Desa (Dinsos PMD), Rabu. "
                   "Plt Kadinsos PMD, Andi Wijaya, menyebut penerima bantuan turun.")
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [
        ("andi-wijaya", "dinas-sosial-pemberdayaan-masyarakat-dan-desa", True)]
    # a short form the article never gave names no body
    f = kg.extract("BLITAR - Rapat digelar Rabu. Plt Kadinsos PMD, Andi Wijaya, menyebut bantuan turun.")
    assert f.memberships == ()


@pytest.mark.parametrize("first, second", [
    ("Dinas Sosial, Pemuda, dan Olahraga Kota Blitar", "Kepala Dinas Sosial, Pemuda dan Olahraga Blitar"),
    ("Dinas Kependudukan Catatan Sipil Kota Blitar", "Kepala Dinas Kependudukan dan Catatan Sipil Blitar"),
])
def test_an_office_written_with_or_without_the_joining_comma_or_dan_is_one(first, second):
    f = kg.extract(f"BLITAR - {first} mencatat 120 kasus. {second} Andi Wijaya mengatakan jumlah itu turun.")
    assert [o.name for o in f.organizations] == [first]


def test_an_office_named_without_its_region_then_with_it_is_one_office_of_that_region():
    f = kg.extract("SIGI - Dinas Pertanian (Distan) membuka lomba tanam. Kepala Distan Kabupaten "
                   "Sigi, Rina Wati, mengatakan Pemerintah Kabupaten Sigi memberi hadiah.")
    [office] = [o for o in f.organizations if o.kind == "org"]
    assert {"Dinas Pertanian", "Distan Kabupaten Sigi"} <= {office.name, *office.aliases}
    assert office.parent == "pemerintah-kabupaten-sigi"
    assert [m.organization for m in f.memberships] == [office.key]


@pytest.mark.parametrize("first, later", [
    ("Satpol PP Kota Tebing Tinggi", "Satpol PP"),
    ("Satpol PP Kota Tebing Tinggi", "Satuan Polisi Pamong Praja"),
    ("Dinas Perikanan Kabupaten Sigi", "Dinas Perikanan"),
])
def test_a_regional_body_named_with_its_region_then_alone_is_one_body(first, later):
    # each region has one such body: its name alone, after the article named it with its region, is that body
    f = kg.extract(f"SIGI - {first} menertibkan lapak pedagang. Kepala {later}, Rina Wati, mengatakan penertiban "
                   "berlanjut.")
    [office] = [o for o in f.organizations if o.kind == "org"]
    assert office.name == first
    assert [m.organization for m in f.memberships] == [office.key]


def test_a_regional_body_named_alone_beside_two_regions_bodies_of_its_name_is_neither():
    f = kg.extract("Dinas Sosial Kota Blitar menyalurkan beras. Kepala Dinas Sosial, Rina Wati, mengatakan bantuan cair. "
                   "Dinas Sosial Kabupaten Kediri juga menyalurkan beras.")
    assert sorted(o.name for o in f.organizations if o.kind == "org") == [
        "Dinas Sosial", "Dinas Sosial Kabupaten Kediri", "Dinas Sosial Kota Blitar"]


def test_one_office_named_in_two_regions_stays_two_offices():
    f = kg.extract("Dinas Sosial menyiapkan bantuan. Dinas Sosial Kota Blitar dan Dinas Sosial Kabupaten Kediri "
                   "menyalurkan beras.")
    assert sorted(o.name for o in f.organizations) == ["Dinas Sosial", "Dinas Sosial Kabupaten Kediri", "Dinas Sosial Kota Blitar"]


@pytest.mark.parametrize("sentence", [
    "Polisi memeriksa seorang Kepala Sekolah di Kecamatan Sukajadi.",
    "Senada dengan Kabid Humas, warga diminta tidak panik.",
    "Program itu mengikuti arahan Menteri Pendidikan kita.",
])
def test_a_title_followed_only_by_words_of_institutions_names_names_no_one(sentence):
    f = kg.extract(f"GARUT - {sentence}")
    assert f.people == () and f.memberships == ()


def test_a_word_of_institutions_names_spoken_of_as_a_person_is_a_name():
    text = "GARUT - Kepala Bidang Agung meninjau jalan. \"Kami lanjutkan,\" kata Agung."
    f = kg.extract(text)
    assert [(p.name, p.span.begin) for p in f.people] == [("Agung", text.index("Agung"))]  # named from the title on


@pytest.mark.parametrize("sentence", [
    "Bupati meminta setiap Dinas Pendidikan di kecamatan menyiapkan data.",
    "Rapat itu dihadiri para Kepala Dinas Kesehatan dan camat.",
    "Data dihimpun Dinas Sosial masing-masing kabupaten.",
    "Rapat dihadiri Kepala Dinas Sosial se-Sulawesi Tengah.",
])
def test_a_kind_of_body_meant_as_every_body_of_it_is_no_organisation(sentence):
    assert [o.name for o in kg.extract(f"PALU - {sentence}").organizations] == []


def test_a_quantifier_before_the_people_of_a_named_body_leaves_the_body():
    f = kg.extract("PALU - Seluruh pegawai Dinas Sosial Kota Palu mengikuti apel.")
    assert [o.name for o in f.organizations] == ["Dinas Sosial Kota Palu"]


@pytest.mark.parametrize("title, unit", [
    ("Pemimpin Cabang", "kantor-cabang"),
    ("Pinca", "kantor-cabang"),
    ("Pemimpin Wilayah", "kantor-wilayah"),
])
def test_a_banks_branch_and_regional_heads_lead_their_offices(title, unit):
    assert memberships(f"{title} BNI Lubuklinggau Rina Wati mengatakan kredit tumbuh.") == [
        ("rina-wati", f"bank-negara-indonesia/{unit}-lubuklinggau", True)]


def test_the_head_of_a_police_units_satuan_written_contracted_holds_the_title_in_the_police_office():
    f = kg.extract("LAHAT - Kasat Reskrim Polres Lahat AKP Rina Wati, S.H., menjelaskan kasus itu.")
    assert [(m.person, m.role_label, m.organization, m.head) for m in f.memberships] == [
        ("rina-wati", "Kasat Reskrim", "polres-lahat", False)]


def test_the_head_of_a_police_units_satuan_written_out_leads_the_unit_of_the_police_office():
    f = kg.extract("LAHAT - Kepala Satuan Lalu Lintas Polres Lahat AKP Rina Wati menjelaskan kasus itu.")
    assert [(m.person, m.label, m.organization, m.head) for m in f.memberships] == [
        ("rina-wati", "Kepala Satuan Lalu Lintas Polres Lahat", "polres-lahat/satuan-lalu-lintas-polres-lahat", True)]


def test_initials_joined_by_dots_stay_in_the_name():
    assert memberships("Kapolres Lahat AKBP Rudi H.S. Wibowo menjelaskan kasus itu.") == [
        ("rudi-h-s-wibowo", "polres-lahat", True)]


@pytest.mark.parametrize("name", [
    "Rumah Tahanan Negara Kelas IIB Ogan Ilir",
    "Rumah Tahanan Negara Kelas IIB Ogan Ilir",
])
def test_a_national_word_of_a_types_own_name_keeps_the_office_in_its_town(name):
    f = kg.extract(f"OGAN ILIR - Sebanyak 52 warga binaan menghuni {name}.")
    assert [o.name for o in f.organizations] == [name]


def test_a_regional_body_named_alone_in_a_sentence_about_another_region_is_not_the_one_named_before():
    f = kg.extract("SIGI - Dinas Perikanan Kabupaten Sigi menebar benih. Sementara itu, di Kabupaten Poso, Kepala Dinas "
                   "Perikanan Rina Wati mengatakan benih habis.")
    [membership] = f.memberships
    assert membership.person == "rina-wati" and membership.organization != "dinas-perikanan-kabupaten-sigi"


@pytest.mark.parametrize("holder", [" Iptu Hendra Wiratama", ", Iptu Hendra Wiratama,"])
def test_a_contracted_title_of_an_office_the_list_does_not_know_ends_its_name_at_the_holders_rank(holder):
    f = kg.extract(f"Kapolsek Bukit Sarijaya{holder} mengatakan dua pelaku ditangkap.")
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [
        ("hendra-wiratama", "polsek-bukit-sarijaya", True)]


@pytest.mark.parametrize("sentence", [
    "Kapolsek Sukajadi AKP Agung mengatakan dua pelaku ditangkap.",
    "Kepala Desa Sukamaju Agung meninjau tanggul. Agung menambahkan air mulai surut.",
])
def test_a_word_of_institutions_names_with_a_rank_or_speaking_on_its_own_is_a_name(sentence):
    assert [p.name for p in kg.extract(f"GARUT - {sentence}").people] == ["Agung"]


def test_a_word_of_institutions_names_speaking_as_the_end_of_a_bodys_name_is_no_name():
    f = kg.extract("GARUT - Senada dengan Kabid Kesehatan, warga diminta tenang. Badan Penyelenggara Jaminan Sosial "
                   "(BPJS) Kesehatan berharap warga mendaftar.")
    assert f.people == ()


def test_the_head_of_a_body_whose_name_begins_with_a_longer_titles_last_word_heads_it():
    assert memberships("Kepala Satuan Polisi Pamong Praja Kota Tegal Rina Wati mengatakan lapak ditertibkan.") == [
        ("rina-wati", "satuan-polisi-pamong-praja-kota-tegal", True)]


def test_a_dotted_honorific_before_a_name_is_no_part_of_it():
    assert memberships("Ketua DPRD Lahat H.M. Rudi Hartono mengatakan rapat digelar.") == [
        ("rudi-hartono", "dprd-lahat", True)]


def test_a_community_health_centre_is_an_organisation_its_head_leads():
    f = kg.extract("GARUT - Kepala Puskesmas Sukasari Rina Wati mengatakan vaksin tersedia. Warga berobat ke Puskesmas terdekat.")
    assert [o.name for o in f.organizations] == ["Puskesmas Sukasari"]
    assert memberships("Kepala Puskesmas Sukasari Rina Wati mengatakan vaksin tersedia.") == [
        ("rina-wati", "puskesmas-sukasari", True)]


def test_pemerintah_and_a_provinces_name_is_that_provinces_government():
    f = kg.extract("LHOKSEUMAWE - Pemerintah Aceh membangun dua jembatan. Gubernur Aceh Rina Wati mengundang "
                   "Pemerintah DKI Jakarta meninjau. Pemerintah Indonesia mendukung.")
    names = {o.key: o.name for o in f.organizations}
    assert names == {"pemerintah-provinsi-aceh": "Pemerintah Aceh", "pemerintah-provinsi-dki-jakarta": "Pemerintah DKI Jakarta"}
    assert [m.organization for m in f.memberships] == ["pemerintah-provinsi-aceh"]


def test_a_head_word_joined_by_dan_to_another_word_names_no_organisation():
    f = kg.extract("GARUT - Petugas dari Puskesmas dan Desa mendata warga yang sakit.")
    assert f.organizations == ()


def test_scanners_share_the_lexicons_word_tables_and_leave_them_unchanged():
    """The word sets every Scanner looks words up in are made once per lexicon, not once per article, and
    scanning an article changes none of them (the next article would see it)."""
    from kg.document import Document
    from kg.extract.names import Scanner, _make_word_tables, scan
    from kg.lexicon import load

    text = "Plt. Kepala Dinas Pertanian Kabupaten Ngawi Wahyu Santoso meninjau sawah bersama Sekretaris Daerah."
    first, second = Scanner(Document(text), load(), []), Scanner(Document(text), load(), [])
    assert first.not_names is second.not_names and first.acting_forms is second.acting_forms
    scan(Document(text), load(), [])
    assert vars(_make_word_tables(load())) == {name: getattr(second, name) for name in vars(_make_word_tables(load()))}


@pytest.mark.parametrize("institution", ["Kemenkes", "Kementerian Kesehatan"])
@pytest.mark.parametrize("person", ["Siti Rahayu Wulandari", "Dewi Rahayu"])
def test_a_listed_institution_closing_a_bureaus_name_ends_it_before_the_persons_name(institution, person):
    f = kg.extract(f"Jakarta (ANTARA) - Kepala Biro Hukum dan Organisasi {institution} {person} mengatakan kasus "
                   "itu turun.")
    assert [p.name for p in f.people] == [person]
    assert [m.organization for m in f.memberships] == [
        f"kementerian-kesehatan/{kg.identity.slug(f'Biro Hukum dan Organisasi {institution}')}"]  # a unit of it


def test_a_company_not_listed_keeps_the_two_word_guess_for_the_name_after_it():
    f = kg.extract("Jakarta (ANTARA) - Direktur Utama PT Sinar Laut Bahari Dewi Rahayu mengatakan kapal siap.")
    assert [p.name for p in f.people] == ["Dewi Rahayu"]


@pytest.mark.parametrize("parent", ["Bank Indonesia", "BI", "Bank Indonesia (BI)"])
def test_a_national_institutions_office_is_one_unit_whether_its_name_is_written_in_full_or_short(parent):
    f = kg.extract(f"Madiun (ANTARA) - Kepala Kantor Perwakilan {parent} Madiun Yusuf Kurniawan mengatakan uang baru "
                   "siap ditukar.")
    assert [m.organization for m in f.memberships] == ["bank-indonesia/kantor-perwakilan-kota-madiun"]
    assert [p.name for p in f.people] == ["Yusuf Kurniawan"]


@pytest.mark.parametrize("sentence", [
    "Kepala Biro Hukum Kementerian Keuangan Rina Wati mengatakan aturan itu berlaku.",
    "Kepala Biro Hukum Kementerian Keuangan, Rina Wati, mengatakan aturan itu berlaku.",
    "Rina Wati, Kepala Biro Hukum Kementerian Keuangan, mengatakan aturan itu berlaku.",
])
def test_a_bureau_named_after_its_ministry_is_a_unit_of_it_headed_by_the_title(sentence):
    f = kg.extract(sentence)
    [m] = f.memberships
    bureau = next(o for o in f.organizations if o.key == m.organization)
    assert (m.person, bureau.name, bureau.kind, bureau.parent, m.head) == (
        "rina-wati", "Biro Hukum Kementerian Keuangan", "unit", "kementerian-keuangan", True)


@pytest.mark.parametrize("sentence, bureau, label", [
    ("Karo Humas Kemensos Rina Wati mengatakan bansos cair.", "Biro Humas Kemensos", "Karo Humas Kemensos"),
    ("Karo Humas Kementerian Sosial, Rina Wati, mengatakan bansos cair.", "Biro Humas Kementerian Sosial",
     "Karo Humas Kementerian Sosial"),
])
def test_a_contracted_bureau_title_before_a_ministry_heads_the_bureau_not_the_ministry(sentence, bureau, label):
    f = kg.extract(sentence)
    [m] = f.memberships
    unit = next(o for o in f.organizations if o.key == m.organization)
    assert (unit.name, unit.kind, unit.parent, m.label) == (bureau, "unit", "kementerian-sosial", label)


def test_a_contracted_title_is_labelled_as_written():
    [m] = kg.extract("Kapolres Lahat AKBP Rina Wati mengatakan situasi aman.").memberships
    assert (m.role_label, m.label) == ("Kapolres", "Kapolres Lahat")


@pytest.mark.parametrize("sentence, expected", [
    ("Hal itu dikatakan Fungsional Humas dan Protokol Perum Jaya Tirta Kanwil Bogor, Rudi Santoso, ketika ditemui.",
     ("rudi-santoso", "jaya-tirta/kantor-wilayah-bogor", "Fungsional Humas dan Protokol", "fungsional")),
    ("Pejabat Fungsional Arsiparis Dinas Perpustakaan Kota Blitar, Sari Lestari, mengatakan arsip aman.",
     ("sari-lestari", "dinas-perpustakaan-kota-blitar", "Pejabat Fungsional Arsiparis", "fungsional")),
    ("Pranata Humas Ahli Muda Dinas Komunikasi dan Informatika Kota Bogor Sari Lestari mengatakan laman diperbarui.",
     ("sari-lestari", "dinas-komunikasi-dan-informatika-kota-bogor", "Pranata Humas Ahli Muda", "pranata-humas")),
    ("Penyuluh Pertanian Dinas Pertanian Kabupaten Blora, Agus Riyanto, mengatakan panen naik.",
     ("agus-riyanto", "dinas-pertanian-kabupaten-blora", "Penyuluh Pertanian", "penyuluh")),
])
def test_a_functional_title_before_an_organisation_is_a_role(sentence, expected):
    [m] = kg.extract(sentence).memberships
    assert (m.person, m.organization, m.role_label, str(m.role_concept)) == (*expected[:3], ROLE + expected[3])
    assert m.head is False


@pytest.mark.parametrize("sentence", [
    "Kepala Bagian Hukum dan Humas Pemkab Blora Sari Lestari mengatakan layanan dibuka.",
    "Kepala Sub Bagian Umum dan Humas Lapas Blora, Sari Lestari, mengatakan layanan dibuka.",
    "Kasubsi Humas Lapas Kelas I Blora Sari Lestari mengatakan layanan dibuka.",
])
def test_a_section_named_in_a_title_is_no_person(sentence):
    """'Hukum dan Humas', 'Umum dan Humas': the fields a section is named after belong to the title; neither they nor
    the organisation take the holder's name."""
    f = kg.extract(sentence)
    assert [p.name for p in f.people] == ["Sari Lestari"]
    assert all("lestari" not in o.key for o in f.organizations)


def test_a_bureau_named_after_a_field_keeps_its_head():
    [m] = kg.extract("Kepala Biro Humas Kementerian Sosial Sari Lestari mengatakan layanan dibuka.").memberships
    assert (m.person, m.organization) == ("sari-lestari", "kementerian-sosial/biro-humas-kementerian-sosial")


@pytest.mark.parametrize("sentence, expected", [
    ("\"Kami apresiasi,\" kata anggota Komisi III DPRD Jambi, H Sulaiman, usai kunjungan.",
     ("sulaiman", "dprd-jambi/komisi-iii-dprd-jambi", "anggota", False)),
    ("Sulaiman, anggota Komisi III DPRD Jambi, mengatakan pabrik aman.",
     ("sulaiman", "dprd-jambi/komisi-iii-dprd-jambi", "anggota", False)),
    ("\"Jalan harus segera diperbaiki,\" kata wakil ketua Komisi B DPRD Jawa Timur Rina Wati.",
     ("rina-wati", "dprd-jawa-timur/komisi-b-dprd-jawa-timur", "wakil ketua", False)),
    ("\"Bantuan sudah cair,\" kata kepala Dinas Sosial Kota Blitar, Rina Wati.",
     ("rina-wati", "dinas-sosial-kota-blitar", "kepala", True)),
])
def test_a_title_written_in_lower_case_after_a_speech_cue_or_a_name(sentence, expected):
    assert roles_of(sentence) == [expected]


def test_a_lower_case_title_without_a_speech_cue_or_a_name_before_it_is_no_title():
    assert kg.extract("Sebanyak 40 anggota Koperasi Maju Jaya Budi Santoso hadir di balai desa.").memberships == ()


def test_a_parliaments_commission_is_one_unit_of_it_in_a_title_and_outside():
    f = kg.extract("Komisi III DPRD Jambi mengunjungi pabrik. \"Kami apresiasi,\" kata anggota Komisi III DPRD Jambi, "
                   "H Sulaiman, usai kunjungan.")
    assert sorted((o.key, o.kind, o.parent) for o in f.organizations) == [
        ("dprd-jambi", "org", None), ("dprd-jambi/komisi-iii-dprd-jambi", "unit", "dprd-jambi")]
    assert "Komisi III" in next(o for o in f.organizations if o.kind == "unit").aliases


def test_a_bureau_named_outside_a_title_is_the_unit_its_head_leads():
    f = kg.extract("Biro Hukum Kementerian Keuangan menyusun aturan. Kepala Biro Hukum Kementerian Keuangan, Tono Hadi, "
                   "mengatakan aturan rampung.")
    assert sorted(o.key for o in f.organizations) == [
        "kementerian-keuangan", "kementerian-keuangan/biro-hukum-kementerian-keuangan"]
    assert memberships(f.text) == [("tono-hadi", "kementerian-keuangan/biro-hukum-kementerian-keuangan", True)]


@pytest.mark.parametrize("sentence, org, acronym", [
    ("\"Kami mendukung,\" tambah politisi Partai Amanat Rakyat (PAR) itu.", "partai-amanat-rakyat", "PAR"),
    ("Partai Gerakan Rakyat mendaftarkan calonnya.", "partai-gerakan-rakyat", None),
])
def test_a_political_party_is_an_organisation(sentence, org, acronym):
    [o] = kg.extract(sentence).organizations
    assert o.key == org and o.kind == "org" and (acronym in o.aliases if acronym else True)


@pytest.mark.parametrize("sentence, group, label", [
    ("Ketua Fraksi PKS DPRD Jambi Budi Santoso mengatakan anggaran cukup.", "Fraksi PKS DPRD Jambi", "Ketua"),
    ("\"Anggaran cukup,\" kata ketua Fraksi Partai Amanat Rakyat DPRD Jambi, Budi Santoso.",
     "Fraksi Partai Amanat Rakyat DPRD Jambi", "ketua"),
])
def test_the_chair_of_a_parliamentary_group_heads_the_group_not_the_parliament_or_the_party(sentence, group, label):
    f = kg.extract(sentence)
    [m] = f.memberships
    unit = next(o for o in f.organizations if o.key == m.organization)
    assert (unit.name, unit.kind, unit.parent, m.role_label, m.head) == (group, "unit", "dprd-jambi", label, True)


def test_a_partys_name_ends_before_the_parliament_named_after_it():
    f = kg.extract("\"Kami mendukung,\" ujar politisi Partai Amanat Rakyat DPRD Jambi itu.")
    assert "partai-amanat-rakyat" in {o.key for o in f.organizations}


@pytest.mark.parametrize("sentence, expected", [
    ("Kepala Bidang Rehabilitasi pada Dinas Sosial Kota Blitar, Budi Santoso, mengatakan bantuan cair.",
     ("budi-santoso", "dinas-sosial-kota-blitar", "Kepala Bidang Rehabilitasi")),
    ("Kepala Seksi Lalu Lintas pada Kantor Imigrasi Kelas I Blitar Budi Santoso mengatakan paspor siap.",
     ("budi-santoso", "kantor-imigrasi-kelas-i-blitar", "Kepala Seksi Lalu Lintas")),
    ("Budi Santoso, Kepala Seksi Pelayanan pada Kantor Imigrasi Kelas I Blitar, mengatakan paspor siap.",
     ("budi-santoso", "kantor-imigrasi-kelas-i-blitar", "Kepala Seksi Pelayanan")),
    # the field joined by 'dan' before 'pada' is the title's, none of it a name
    ("Kepala Seksi Kesehatan Hewan dan Ikan Air Tawar pada Dinas Pertanian Kota Blitar Budi Santoso mengatakan stok aman.",
     ("budi-santoso", "dinas-pertanian-kota-blitar", "Kepala Seksi Kesehatan Hewan dan Ikan Air Tawar")),
])
def test_pada_links_a_title_to_its_organisation(sentence, expected):
    f = kg.extract(sentence)
    assert [(m.person, m.organization, m.role_label) for m in f.memberships] == [expected]
    assert [p.name for p in f.people] == ["Budi Santoso"]  # not the title's own word ('Rehabilitasi')


def test_a_title_linked_by_pada_to_an_organisation_without_a_name_names_no_one():
    f = kg.extract("Menurut Kepala Bidang Pelayanan pada BPJS Kesehatan klaim naik.")
    assert f.people == () and f.memberships == ()


# --- higher education: a university in its town, its faculties its units -----------------------------------


def _org_rows(text: str) -> list[tuple[str, str, str | None]]:
    f = kg.extract(text)
    return sorted((o.key, o.kind, o.parent) for o in f.organizations if o.kind in ("org", "unit"))


def test_a_faculty_named_before_its_university_is_a_unit_of_it():
    text = ("MEDAN - Seminar digelar Fakultas Hukum Universitas Harapan Bangsa (UHB) Medan bersama Fakultas Ekonomi "
            "Universitas Harapan Bangsa, Jumat.")
    assert _org_rows(text) == [
        ("universitas-harapan-bangsa", "org", None),
        ("universitas-harapan-bangsa/fakultas-ekonomi-universitas-harapan-bangsa", "unit", "universitas-harapan-bangsa"),
        ("universitas-harapan-bangsa/fakultas-hukum-universitas-harapan-bangsa", "unit", "universitas-harapan-bangsa")]


@pytest.mark.parametrize("head", ["Universitas", "Institut", "Politeknik", "Sekolah Tinggi", "Akademi"])
def test_a_higher_education_body_and_its_acronym_then_its_town_is_the_body_in_that_town(head):
    f = kg.extract(f"MEDAN - Wisuda digelar {head} Harapan Bangsa (HB) Medan, Sabtu.")
    [org] = [o for o in f.organizations if o.kind in ("org", "unit")]
    assert (org.kind, org.name, org.locations) == ("org", f"{head} Harapan Bangsa", ("city-medan",))


def test_a_branch_written_in_lower_case_ends_at_its_town():
    f = kg.extract("Kepala BPJS Kesehatan cabang Blora Sari Lestari mengatakan peserta naik.")
    assert "bpjs-kesehatan/kantor-cabang-blora" in {o.key for o in f.organizations}


@pytest.mark.parametrize("body, unit", [("Fraksi Partai Amanat Rakyat", "fraksi-partai-amanat-rakyat-dprd-kabupaten-blora"),
                                        ("Komisi II", "komisi-ii-dprd-kabupaten-blora")])
def test_a_group_of_a_regencys_parliament_is_its_unit(body, unit):
    f = kg.extract(f"Anggota {body} DPRD Kabupaten Blora Sari Lestari mengatakan jalan rusak.")
    [m] = f.memberships
    assert m.organization == f"dprd-kabupaten-blora/{unit}"


@pytest.mark.parametrize("sentence, person, org", [
    # a name of one word after a province's short form; a name of three after a regency's name
    ("Kepala Dinas Sosial Kaltim Rahmansyah mengatakan bantuan sudah disalurkan.", "rahmansyah", "dinas-sosial-kaltim"),
    ("Kepala Dinas Pariwisata Bantul Asih Windu Lestari mengatakan kunjungan naik.",
     "asih-windu-lestari", "dinas-pariwisata-bantul"),
    # a first name that is also a town stays the name's: only the first place after the office's head word counts
    ("Kepala Dinas Kesehatan Jateng Bima Prasetyo mengatakan kasus turun.", "bima-prasetyo", "dinas-kesehatan-jateng"),
])
def test_a_name_begins_after_the_place_that_ends_the_office(sentence, person, org):
    [(who, where, _)] = memberships(sentence)
    assert who == person and (org is None or where == org)


@pytest.mark.parametrize("sentence, hospital, person", [
    ("Direktur RSUD Melati dr Budi Santoso mengatakan pasien naik.", "RSUD Melati", "Budi Santoso"),
    ("Direktur RSUD dr Soedarmo drg Hari Wijaya mengatakan pasien naik.", "RSUD dr Soedarmo", "Hari Wijaya"),
])
def test_a_hospital_named_before_the_honorific_leaves_the_name_to_its_director(sentence, hospital, person):
    f = kg.extract(sentence)
    assert [o.name for o in f.organizations] == [hospital]
    assert [p.name for p in f.people] == [person] and len(f.memberships) == 1


def test_a_hospital_spelled_out_is_named_after_the_person_after_its_type():
    f = kg.extract("Pasien dirujuk ke Rumah Sakit Umum Daerah dr. Sulastri Wijaya Cilegon kemarin.")
    assert [o.name for o in f.organizations] == ["Rumah Sakit Umum Daerah dr. Sulastri Wijaya Cilegon"] and not f.people


def test_an_initial_inside_a_name():
    f = kg.extract("Kepala Kantor Perwakilan BI Sulteng Hartanto C. Wibowo mengatakan ekonomi tumbuh. "
                   "Menurut Hartanto, ekspor naik.")
    assert [p.name for p in f.people] == ["Hartanto C. Wibowo"]
    [m] = f.memberships
    assert m.person == "hartanto-c-wibowo"


def test_degrees_after_a_comma_are_not_a_name():
    f = kg.extract("“Kami bangga,” ujar Rektor Universitas Maju Prof. Dr. Budiman, M.Si, dalam sambutannya. "
                   "Wakil Rektor Bidang Akademik Universitas Maju Prof. Ir. Hartono, Ph.D, melaporkan 900 lulusan diwisuda.")
    assert sorted(p.name for p in f.people) == ["Budiman", "Hartono"]
    assert {m.person for m in f.memberships} == {"budiman", "hartono"}


def test_a_regional_office_after_a_listed_institutions_acronym_leaves_the_name_to_its_head():
    f = kg.extract("Kepala Bank Indonesia (BI) Perwakilan Kaltara Yudi Hartono mengatakan inflasi terkendali.")
    assert [p.name for p in f.people] == ["Yudi Hartono"]
    [m] = f.memberships
    assert m.organization.startswith("bank-indonesia/") and not any("Yudi" in o.name for o in f.organizations)


def test_a_compass_word_after_a_town_is_not_the_first_word_of_a_name():
    f = kg.extract("Manajer PLN UP3 Makassar Selatan Joko Susilo mengatakan pemeriksaan berjalan.")
    assert [p.name for p in f.people] == ["Joko Susilo"]


@pytest.mark.parametrize("sentence, person", [
    # names that go on after their place: not offices named with their region
    ("Ketua Yayasan Aceh Lestari Rudi Putra mengatakan bibit dibagikan.", "Rudi Putra"),
    ("Direktur Utama Bank Nagari Syariah Hendra Wijaya mengatakan laba naik.", "Hendra Wijaya"),
    # one word after a town that may be a first name: the guess of two words holds
    ("Kepala Dinas Kesehatan Bima Prasetyo mengatakan kasus turun.", "Bima Prasetyo"),
    ("Kepala Dinas Kesehatan Bima Prasetyo mengatakan kasus turun. Menurut Pak Bima, stok cukup.", "Bima Prasetyo"),
    # … unless the same office's name closes with the town elsewhere: the town, then a name of one word
    ("Rapat Paripurna DPRD Wonosobo, Senin, dipimpin Ketua DPRD Wonosobo Sarwono dengan agenda laporan.", "Sarwono"),
])
def test_a_place_inside_a_run_moves_a_name_only_after_an_office_named_with_its_region(sentence, person):
    assert [p.name for p in kg.extract(sentence).people] == [person]


@pytest.mark.parametrize("sentence, person", [
    ("Anggota DPRD Kota Padang Rudi M. Dia mengatakan anggaran cukup.", "Rudi M"),
    ("Direktur PT Maju Jaya Hartanto C. Wibowo mengatakan laba naik 10 persen.", "Hartanto C. Wibowo"),
])
def test_an_initial_ends_a_sentence_before_a_pronoun_and_stays_inside_a_name_after_a_company(sentence, person):
    f = kg.extract(sentence)
    assert [p.name for p in f.people] == [person] and len(f.memberships) == 1
    assert not any("Hartanto" in o.name for o in f.organizations)


@pytest.mark.parametrize("hospital", [
    "RSUP Nasional dr. Cipto Wijoyo Jakarta", "RSUD Provinsi dr. Soedarmo Pontianak",
    "Rumah Sakit Jiwa Daerah dr. Amino Wijaya Semarang",
])
def test_words_of_a_hospitals_kind_before_an_honorific_are_no_name(hospital):
    f = kg.extract(f"Pasien dirujuk ke {hospital} kemarin.")
    assert [o.name for o in f.organizations] == [hospital] and not f.people


@pytest.mark.parametrize("sentence, bank, person", [
    ("Direktur Utama Bank Jateng Supriyono mengatakan laba naik.", "Bank Jateng", "Supriyono"),
    ("Direktur Utama Bank Aceh Syariah Hendra Wijaya mengatakan laba naik.", "Bank Aceh Syariah", "Hendra Wijaya"),
    ("Direktur Utama Bank Papua Barat Yohanes mengatakan kredit tumbuh.", "Bank Papua Barat", "Yohanes"),
])
def test_a_listed_bank_ends_where_the_list_says_and_the_rest_is_its_officers_name(sentence, bank, person):
    f = kg.extract(sentence)
    assert [o.name for o in f.organizations] == [bank] and [p.name for p in f.people] == [person]


def test_the_name_after_a_village_heads_title_is_the_villages_when_the_article_names_the_village_so():
    f = kg.extract("Pemkab Maju menganggarkan Rp1 miliar untuk jalan di Desa Sukamaju Lestari Kecamatan Ulu Hilir. "
                   "Camat akan melantik Pj Kepala Desa Sukamaju Lestari pekan depan.")
    assert not f.people
    assert [p.name for p in kg.extract("Kepala Desa Sukamaju Budi Santoso mengatakan jalan rusak.").people] == ["Budi Santoso"]


@pytest.mark.parametrize("sentence, person", [
    ("Kepala Desa Suharjono mengatakan 20 rumah rusak.", "Suharjono"),
    ("Wakil Wali Kota Heli Suyanto meninjau lokasi longsor di Desa Sukamaju Lestari.", "Heli Suyanto"),
])
def test_a_division_word_inside_a_title_names_no_village(sentence, person):
    assert [p.name for p in kg.extract(sentence).people] == [person]


@pytest.mark.parametrize("sentence, offices", [
    ("Untuk KPP Pratama Sukamaju menargetkan Rp2,3 triliun, KPP Pratama Lestari Rp1,4 triliun.",
     ["KPP Pratama Lestari", "KPP Pratama Sukamaju"]),
    ("Penerimaan naik menjadi Rp640 miliar dan KPP Pratama Kediri Rp1,7 triliun.", ["KPP Pratama Kediri"]),
])
def test_an_offices_name_never_runs_into_the_figure_after_it(sentence, offices):
    """'Rp2,3' is one token that opens with a capital: it ends the office's name, never continues it."""
    assert sorted(o.name for o in kg.extract(sentence).organizations) == offices


@pytest.mark.parametrize("sentence, person, office", [
    ("Kepala Kanwil DJP Banten Rahmat Hidayat mengatakan penerimaan naik.", "Rahmat Hidayat",
     "direktorat-jenderal-pajak/kantor-wilayah-banten"),
    ("Kepala Kanwil DJP Banten Suwarno mengatakan penerimaan naik.", "Suwarno",
     "direktorat-jenderal-pajak/kantor-wilayah-banten"),
    ("Kepala BPS Sumut Lestari Wulan Sari mengatakan inflasi turun.", "Lestari Wulan Sari",
     "badan-pusat-statistik/sumatera-utara"),
])
def test_after_a_listed_body_and_its_region_up_to_three_words_are_the_holders_name(sentence, person, office):
    f = kg.extract(sentence)
    assert [p.name for p in f.people] == [person]
    assert [m.organization for m in f.memberships] == [office]


def test_a_numbered_offices_numeral_after_the_region_is_no_part_of_the_name():
    f = kg.extract("Kepala Kanwil DJBC Jawa Timur I Untung Santoso mengatakan penerimaan naik.")
    assert [p.name for p in f.people] == ["Untung Santoso"]


def test_a_holder_named_before_a_speech_verbs_closing_title_keeps_the_offices_own_name():
    """'… ungkap NAME, Kepala Kantor Bea Cukai X.': the name comes first, so the words after the body are its office's,
    not a second person, even where the gazetteer does not know the place."""
    f = kg.extract("Petugas menyita 20.000 batang rokok ilegal. \"Barang kami amankan di gudang,\" ungkap Rudi Hartanto, "
                   "Kepala Kantor Bea Cukai Tanjung Sari.")
    assert [p.name for p in f.people] == ["Rudi Hartanto"]
    [m] = f.memberships  # the office's own name, not 'Tanjung Sari' as a second person
    assert (m.person, m.organization, m.role_label) == (
        "rudi-hartanto", "direktorat-jenderal-bea-dan-cukai/tanjung-sari", "Kepala Kantor")
    assert [q.speaker for q in f.quotations] == ["rudi-hartanto"]


@pytest.mark.parametrize("sentence, person", [
    ("Kepala Bidang Pengujian Rina Hapsari Wulan SSi APT mengatakan produk ditarik. Menurut Rina, produk itu "
     "kedaluwarsa.", "Rina Hapsari Wulan"),
    ("Kepala Puskesmas Sukamaju Rina SKM mengatakan kasus turun.", "Rina"),
    ("Kepala Dinas Kesehatan Kota Blitar Drs Hendra Wijaya MKes mengatakan kasus turun.", "Hendra Wijaya"),
    # any listed degree without its dots ('S.Sos', 'S.S.', 'S.Th.I'), where the list writes it only with them
    ("Ketua DPRD Kota Blitar Budi Hartono SS mengatakan anggaran naik.", "Budi Hartono"),
    ("Kepala Dinas Sosial Kota Blitar Rina Wulandari SSos mengatakan bantuan naik.", "Rina Wulandari"),
    ("Kepala Kantor Kementerian Agama Kota Blitar Ahmad Fauzi SThI mengatakan jamaah naik.", "Ahmad Fauzi"),
    # a capital initial inside a name is no degree
    ("Bupati Klaten Yohanes SK Wara mengatakan bantuan naik.", "Yohanes SK Wara"),
])
def test_degrees_written_without_dots_are_no_part_of_the_name(sentence, person):
    """A name's length after a title is a guess of two words unless the article uses one of them alone; the degrees
    after it ('SSi APT', 'SKM', 'MKes') are never part of it."""
    assert [p.name for p in kg.extract(sentence).people] == [person]


@pytest.mark.parametrize("sentence, office, person", [
    ("Kepala Satpol PP Kabupaten Madiun Sutrisno Hadi memimpin penertiban 40 lapak.", "Satpol PP Kabupaten Madiun",
     "Sutrisno Hadi"),
    ("Menurut Kepala Stasiun Meteorologi Maritim Tanjung Emas, Rina Wulandari, gelombang tinggi.",
     "Stasiun Meteorologi Maritim Tanjung Emas", "Rina Wulandari"),
    ("Ketua Panwaslu Kecamatan Sukamaju Andi Wijaya menerima tiga laporan.", "Panwaslu Kecamatan Sukamaju", "Andi Wijaya"),
])
def test_regional_public_order_weather_and_election_bodies_are_organisations_their_heads_lead(sentence, office, person):
    f = kg.extract(sentence)
    assert [o.name for o in f.organizations] == [office] and [p.name for p in f.people] == [person]
    [m] = f.memberships
    assert m.head and m.person == f.people[0].key and m.organization == f.organizations[0].key


@pytest.mark.parametrize("sentence, label", [
    ("Kepala Divisi Pelayanan Kanwil Kemenkumham Banten Rudi Hartanto mengatakan 300 warga binaan menerima remisi.",
     "Kepala Divisi Pelayanan"),
    ("Kepala Departemen Komunikasi Bank Indonesia Rina Wulandari mengatakan inflasi turun.", "Kepala Departemen Komunikasi"),
    ("Kepala Subbidang Data BPS Provinsi Jambi Andi Wijaya mengatakan inflasi turun.", "Kepala Subbidang Data"),
])
def test_the_head_of_a_department_is_no_head_of_the_organisation(sentence, label):
    [m] = kg.extract(sentence).memberships
    assert (m.role_label, m.head) == (label, False)


@pytest.mark.parametrize("sentence, person, office", [
    ("Kepala Bea Cukai Tanjung Sari Rudi Hartono mengatakan 2 juta batang rokok disita.", "Rudi Hartono",
     "direktorat-jenderal-bea-dan-cukai/tanjung-sari"),
    ("Kepala Satpol PP dan Damkar Kabupaten Lahat Budi Santoso mengatakan 20 lapak dibongkar.", "Budi Santoso",
     "satpol-pp-dan-damkar-kabupaten-lahat"),
])
def test_an_office_named_by_a_port_the_gazetteer_lacks_leaves_the_last_two_words_to_its_head(sentence, person, office):
    assert people_and_offices(sentence) == ([person], [office])


@pytest.mark.parametrize("sentence, people", [
    ("\"Kami terus mengawasi,\" ujar Budi, Kepala BPS Sumsel Andi Saputra.", {"Andi Saputra"}),
    ("\"Kami terus mengawasi,\" kata Budi, Direktur Penyuluhan DJP Kemenkeu.", {"Budi"}),
])
def test_a_title_closing_a_quote_after_a_name_names_only_an_organisation(sentence, people):
    """After 'ujar NAME, TITLE …' the title's run must be all organisation; a listed body's short name
    ('Kemenkeu') is never a person's name nor the town of an office."""
    f = kg.extract(sentence)
    assert {p.name for p in f.people} == people
    assert not any("kemenkeu" in m.organization or m.person == "budi" for m in f.memberships)


def test_a_currency_marker_written_apart_from_its_figure_ends_the_name_before_it():
    f = kg.extract("Per Maret tercatat aset Bank Kalbar Rp 12,4 triliun dan kredit Rp 8,6 triliun.")
    assert [o.name for o in f.organizations] == ["Bank Kalbar"]


def test_a_listed_bank_written_with_its_company_form_ends_where_the_list_says():
    f = kg.extract("Direktur Utama PT Bank Jateng Hendra Wijaya Kusuma mengatakan laba naik.")
    assert [p.name for p in f.people] == ["Hendra Wijaya Kusuma"]
    assert [o.name for o in f.organizations] == ["PT Bank Jateng"]


@pytest.mark.parametrize("sentence, office, person", [
    ("Kepala Perum Bulog Sub Divre Sampit Joko Susanto mengatakan stok beras aman.",
     "bulog/sub-divisi-regional-sampit", "joko-susanto"),
    ("Kepala KSOP Tanjung Pandan, Rudi Hartono, mengatakan 12 kapal tambahan disiapkan.", "ksop-tanjung-pandan",
     "rudi-hartono"),
])
def test_a_rice_agencys_sub_division_and_a_harbour_masters_office_are_what_their_heads_lead(sentence, office, person):
    [m] = kg.extract(sentence).memberships
    assert (m.person, m.organization, m.head) == (person, office, True)


@pytest.mark.parametrize("sentence, person, org", [
    ("Direktur Utama PT Mandiri Sekuritas Rudi Hartono mengatakan laba naik.", "Rudi Hartono", "mandiri-sekuritas"),
    ("Kepala KSOP Kelas II Tanjung Pandan Capt. Budi Santoso mengatakan 12 kapal disiapkan.", "Budi Santoso",
     "ksop-kelas-ii-tanjung-pandan"),
    ("Kepala Bulog Sub Divre II Sampit Hendra Wijaya mengatakan stok aman.", "Hendra Wijaya",
     "bulog/sub-divisi-regional-ii-sampit"),
    ("Universitas Sukamaju Dharma (USD) mewisuda 400 lulusan. Rektor USD Albertus Wijaya hadir.", "Albertus Wijaya",
     "universitas-sukamaju-dharma"),
])
def test_company_forms_captains_numbered_sub_divisions_and_acronyms_like_currencies_keep_the_holders_name(
        sentence, person, org):
    f = kg.extract(sentence)
    assert [p.name for p in f.people] == [person] and [m.organization for m in f.memberships] == [org]


def test_every_currency_marker_that_opens_with_a_letter_is_one_the_capital_check_looks_at():
    """`_is_cap` asks whether a token is an amount only for the initials of _CURRENCY_INITIALS (it is asked of every
    token); a marker added to kg/data/indonesian.json with another initial would run into names unseen."""
    from kg.extract.names import _CURRENCY_INITIALS
    from kg.lexicon import load
    assert {m[0] for m in load().words["currency_markers"] if m[:1].isalpha()} <= _CURRENCY_INITIALS


def test_an_office_a_title_heads_is_keyed_as_its_typed_name_keys_it():
    by_title = kg.extract("Denpasar (ANTARA) - Kepala Perwakilan BI Bali Made Sudiarta mengatakan inflasi turun.")
    by_name = kg.extract("Denpasar (ANTARA) - KPw BI Bali mencatat inflasi turun.")
    assert [m.organization for m in by_title.memberships] == ["bank-indonesia/kantor-perwakilan-bali"]
    assert "bank-indonesia/kantor-perwakilan-bali" in {o.key for o in by_name.organizations}


@pytest.mark.parametrize("text", [
    "Semarang (ANTARA) - Kantor Perwakilan Bank Indonesia Provinsi Jawa Tengah mencatat inflasi turun.",
    "Semarang (ANTARA) - KPw BI Jawa Tengah mencatat inflasi turun.",
    "Semarang (ANTARA) - Kepala Perwakilan Bank Indonesia Provinsi Jawa Tengah Sri Wahyuni mengatakan inflasi turun.",
])
def test_an_office_named_by_its_province_keys_alike_with_or_without_the_word_provinsi(text):
    assert "bank-indonesia/kantor-perwakilan-jawa-tengah" in {o.key for o in kg.extract(text).organizations}


def test_a_branch_named_by_a_town_keeps_the_towns_level_word_so_city_and_regency_stay_two():
    keys = [{o.key for o in kg.extract(f"Blitar (ANTARA) - BPJS Kesehatan Kantor Cabang {town} mencatat peserta naik."
                                       ).organizations if o.key.startswith("bpjs-kesehatan/")}
            for town in ("Kota Blitar", "Kabupaten Blitar")]
    assert keys == [{"bpjs-kesehatan/kantor-cabang-kota-blitar"}, {"bpjs-kesehatan/kantor-cabang-kabupaten-blitar"}]


def test_a_short_form_in_brackets_inside_a_title_does_not_join_the_holders_name_to_the_office():
    f = kg.extract("BIMA - Kepala Bagian Pengadaan Barang (PBJ) Sekretariat Daerah Bima Rudi Hartono mengatakan "
                   "kuota 500 orang.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]
    assert [o.name for o in f.organizations if o.kind != "publisher"] == ["Sekretariat Daerah Bima"]


@pytest.mark.parametrize("sentence, people", [
    ("BIMA - Pencarian ketiga korban yang bernama Rudi Hartono, Sari Puspita dan Tian Yu terus dilakukan.",
     ["Rudi Hartono", "Sari Puspita", "Tian Yu"]),
    ("BIMA - Seorang pria bernama Rudi Hartono ditangkap polisi.", ["Rudi Hartono"]),
    ("BIMA - Kapal bernama KM Sawita Jaya berangkat pukul 10.00.", []),
])
def test_names_after_bernama_are_people_where_a_noun_for_people_comes_before(sentence, people):
    assert sorted(p.name for p in kg.extract(sentence).people) == people


def test_holders_listed_with_no_comma_before_dan_each_hold_the_title():
    f = kg.extract("BIMA - Wakil Ketua DPRD Kota Bima Sari Puspita, Rudi Hartono dan Andi Wijaya hadir.")
    assert sorted(m.person for m in f.memberships) == ["andi-wijaya", "rudi-hartono", "sari-puspita"]


@pytest.mark.parametrize("sentence, role", [
    # someone else after 'dan' holds no share of a title one person holds
    ("Rapat dipimpin Kepala Dinas Sosial Kota Jambi Rina Wati dan Agus Salim.",
     [("rina-wati", "dinas-sosial-kota-jambi", "Kepala", True)]),
    ("Rapat dipimpin Kepala Dinas Sosial Kota Jambi Rina Wati SE dan Agus Salim.",
     [("rina-wati", "dinas-sosial-kota-jambi", "Kepala", True)]),
    # the whole run after a body named only by its region is the name, with its degree
    ("Sidang dipimpin Ketua DPRD Kota Jambi Rudi Hartono, Wakil Ketua DPRD Budi Santoso SE dan Agus Salim.",
     [("rudi-hartono", "dprd-kota-jambi", "Ketua", True), ("budi-santoso", "dprd-kota-jambi", "Wakil Ketua", False),
      ("agus-salim", "dprd-kota-jambi", "Wakil Ketua", False)]),
    ("Rapat dipimpin Kepala Dinas Koperasi dan Usaha Mikro Rina Wati dan Agus Salim.",
     [("rina-wati", "dinas-koperasi-dan-usaha-mikro", "Kepala", True)]),
    # a 'dan' inside the office's name is no list
    ("Rapat dipimpin Kepala Dinas Koperasi dan Usaha Mikro Kota Jambi Rina Wati.",
     [("rina-wati", "dinas-koperasi-dan-usaha-mikro-kota-jambi", "Kepala", True)]),
])
def test_a_title_before_its_holder_and_another_name_after_dan(sentence, role):
    assert roles_of(sentence) == role


def test_a_name_after_a_bare_parliament_keeps_its_first_word_before_a_degree():
    assert _people_of("Rapat dipimpin Wakil Ketua DPRD Budi Santoso SE kemarin.") == ["Budi Santoso"]


def _roles_of(sentence):
    f = kg.extract("Palembang (ANTARA) - " + sentence + "\n")
    return [(m.person, m.role_label, m.organization) for m in f.memberships]


@pytest.mark.parametrize("sentence, role", [
    ("Kadivpas Kanwil Kemenkumham Lampung Iwan Setiawan memantau layanan kunjungan.",
     ("iwan-setiawan", "Kadivpas", "kementerian-hukum-dan-hak-asasi-manusia/kantor-wilayah-lampung")),
    ("Kasubsi Registrasi Lapas Muara Enim Dedi Kurniawan menjelaskan prosedur kunjungan.",
     ("dedi-kurniawan", "Kasubsi Registrasi", "lapas-muara-enim")),
    ("Kasie Humas Polres Lahat AKP Anton Wibowo mengatur wartawan.", ("anton-wibowo", "Kasie Humas", "polres-lahat")),
    ("Kasatreskrim Polres Lahat AKP Joko Susilo hadir.", ("joko-susilo", "Kasatreskrim", "polres-lahat")),
    ("Kasubbag Umum Dinas Sosial Kota Jambi Rina Wati hadir.", ("rina-wati", "Kasubbag Umum", "dinas-sosial-kota-jambi")),
    ("Dirlantas Polda Sumsel Kombes Pol Joko Susilo memantau arus mudik.", ("joko-susilo", "Dirlantas", "polda-sumsel")),
    ("Dirreskrimsus Polda Sumsel Kombes Joko Susilo menyita barang bukti.",
     ("joko-susilo", "Dirreskrimsus", "polda-sumsel")),
    ("Kanit Reskrim Polsek Ilir Barat Ipda Joko Susilo memeriksa saksi.",
     ("joko-susilo", "Kanit Reskrim", "polsek-ilir-barat")),
    # the press often writes the directors' short forms with one r
    ("Direskrimum Polda Sumsel Joko Susilo menyita barang bukti.", ("joko-susilo", "Direskrimum", "polda-sumsel")),
    # a court's registrar ('Hakim', a judge, is no title here: it ends many names, 'Lukman Hakim')
    ("Panitera Pengadilan Agama Lahat, Joko Susilo mengatakan perkara turun.",
     ("joko-susilo", "Panitera", "pengadilan-agama-lahat")),
])
def test_contracted_titles_of_sections_and_police_units(sentence, role):
    assert _roles_of(sentence) == [role]


@pytest.mark.parametrize("sentence, role", [
    # a word that introduces the holder ('yakni', 'yaitu') stands for the comma of an apposition
    ("Kepala BPJS Kesehatan Cabang Lahat yakni Joko Susilo di Lahat, Senin, mengatakan iuran naik.",
     ("joko-susilo", "Kepala", "bpjs-kesehatan/kantor-cabang-lahat")),
    ("Direktur Utama Bank Sumsel Babel, yaitu Rina Wati, membuka acara.",
     ("rina-wati", "Direktur Utama", "bank-pembangunan-daerah-sumatera-selatan-dan-bangka-belitung")),
])
def test_a_holder_introduced_after_the_title_by_a_word(sentence, role):
    assert _roles_of(sentence) == [role]


def test_a_team_leader_is_a_title_before_a_name():
    assert "Rina Lestari" in _people_of("Perbaikan dipimpin Team Leader Teknik, Rina Lestari, sejak pagi.")


def test_a_title_never_runs_over_another_holder_with_a_rank():
    f = kg.extract("Palembang (ANTARA) - Wakapolres Lahat Kompol Budi Santoso dan Kasatpamobvit Polres Lahat AKP "
                   "Joko Susilo hadir.\n")
    assert not any("Budi" in m.role_label for m in f.memberships)


@pytest.mark.parametrize("sentence, people", [
    ("Polisi memeriksa Kepala Desa Sungai Rambutan Hermansyah (52) kemarin.", []),  # where the village ends is unknown
    ("Warga Muara Enim Dedi Kurniawan (40) ditangkap.", ["Dedi Kurniawan"]),
    ("Sumiati (41) warga Kota Jambi menerima bantuan.", ["Sumiati"]),
])
def test_a_place_before_a_name_with_an_age_is_not_part_of_the_name(sentence, people):
    assert [p.name for p in kg.extract("Palembang (ANTARA) - " + sentence + "\n").people] == people


def test_a_speaker_read_back_over_an_offices_place_is_no_person():
    f = kg.extract("Palembang (ANTARA) - \"Kunjungan dibuka lagi,\" kata Kaurbinops Lapas Muara Enim Dedi Kurniawan.\n")
    assert not any(p.name.startswith("Muara Enim") for p in f.people)


def _people_of(sentence):
    return [p.name for p in kg.extract("Palembang (ANTARA) - " + sentence + "\n").people]


@pytest.mark.parametrize("sentence, people", [
    ("Lanjutnya, Ketua DPRD Lahat Rudi Hartawan mengatakan rapat ditunda.", ["Rudi Hartawan"]),
    ("Terpisah, Kepala Dinas Sosial Kota Jambi Rina Wati mengatakan bantuan cair.", ["Rina Wati"]),
    ("\"Kami terus memburu pelaku,\" ungkap Kasat Narkoba.", []),
    ("Hal itu disampaikan Kepala Dinas Kesehatan Muba.", []),
    ("Sidang dipimpin Ketua DPRD Lahat, H. M. Yusuf, kemarin.", ["M. Yusuf"]),
    ("Direktur PT HM Sampoerna Tbk Budi Santoso mengatakan penjualan naik.", ["Budi Santoso"]),  # a firm's initials
    ("Sidang dipimpin Ketua DPRD Muara Enim Sunarto S.sos kemarin.", ["Sunarto"]),
    ("kata Kepala Dinas Pertanian OKI Rusdi, SP M.Si kepada wartawan.", ["Rusdi"]),
    # the second word of a town a branch is named by, the town named again later, is no first name
    ("Kepala Kantor BPJS Kesehatan Cabang Pangkalan Bun Budi Santoso di Pangkalan Bun, Senin, mengatakan iuran naik.",
     ["Budi Santoso"]),
])
def test_no_person_from_discourse_words_unit_words_initials_or_degrees(sentence, people):
    assert _people_of(sentence) == people


@pytest.mark.parametrize("sentence", [
    "Apel dipimpin Komandan Kodim 0412/Lampung Utara Letkol Inf Bagus Santoso.",
    "\"Kami siap membantu,\" kata Pangdam I/Bukit Barisan, Mayjen TNI Arif Rahman.",
    "Danramil 05/Talang Kelapa Kapten Inf Suparno meninjau lokasi.",
    "Kepala KSOP Kelas II Tanjung Harapan Letkol Marinir Bagus Santoso meninjau pelabuhan.",
])
def test_military_commands_titles_and_ranks_are_no_persons_names(sentence):
    assert not any(w in name for name in _people_of(sentence)
                   for w in ("Kodim", "Pangdam", "Danramil", "Letkol", "Kapten", "Inf", "TNI", "Marinir"))


@pytest.mark.parametrize("sentence, role", [
    ("Kapolda Sumsel, Inspektur Jenderal Polisi Rudi Hartawan, mengatakan arus mudik lancar.",
     ("rudi-hartawan", "Kapolda", "polda-sumsel")),
    ("Direktur Lalu Lintas Polda Sumsel, Komisaris Besar Polisi Rudi Hartawan, mengatakan arus mudik lancar.",
     ("rudi-hartawan", "Direktur Lalu Lintas", "polda-sumsel")),
    ("Kapolres Lahat Ajun Komisaris Besar Pol. Rudi Hartawan mengatakan arus mudik lancar.",
     ("rudi-hartawan", "Kapolres", "polres-lahat")),
    # the longest rank first: 'Brigadir Polisi Kepala', not 'Brigadir Polisi' and a name 'Kepala Rudi Hartawan'
    ("Kepala Dinas Perhubungan Lahat Brigadir Polisi Kepala Rudi Hartawan mengatakan arus mudik lancar.",
     ("rudi-hartawan", "Kepala", "dinas-perhubungan-lahat")),
    # the rank between commas of its own, then the name
    ("Kepala KSOP Kelas II Tanjung Harapan, Letkol Marinir, Rudi Hartawan mengatakan arus mudik lancar.",
     ("rudi-hartawan", "Kepala", "ksop-kelas-ii-tanjung-harapan")),
])
def test_a_rank_written_out_is_neither_a_title_nor_a_part_of_the_name(sentence, role):
    assert _roles_of(sentence) == [role]
    assert _people_of(sentence) == ["Rudi Hartawan"]


@pytest.mark.parametrize("sentence, roles", [
    ("PT Nusa Raya menambah armada. Komisaris Besar Polisi Rudi Hartawan hadir.", []),  # no board's Komisaris
    ("Wakapolres Lahat Komisaris Polisi Rudi Hartawan dan Kasat Reskrim Polres Lahat Ajun Komisaris Polisi Joko Susilo "
     "hadir.", [("rudi-hartawan", "Wakapolres", "polres-lahat"), ("joko-susilo", "Kasat Reskrim", "polres-lahat")]),
    ("Kapolsek Lahat Ajun Komisaris Polisi Agung mengatakan warga tenang.", [("agung", "Kapolsek", "polsek-lahat")]),
    ("Kepala Dinas Kesehatan Kota Bima, Sari Puspita, melalui Kepala Seksi Operasi Letnan Kolonel Rudi Hartawan "
     "menjelaskan kasus turun.", [("sari-puspita", "Kepala", "dinas-kesehatan-kota-bima"),
                                 ("rudi-hartawan", "Kepala Seksi Operasi", "dinas-kesehatan-kota-bima")]),
])
def test_a_rank_written_out_ends_a_title_and_opens_a_name_as_its_short_form_does(sentence, roles):
    assert _roles_of(sentence) == roles


@pytest.mark.parametrize("sentence, people", [
    ("Anggota Bawaslu Kaltim Divisi Penanganan Pelanggaran (PP), Rudi Hartawan menyebut laporan masuk.",
     ["Rudi Hartawan"]),  # a section is no person
    ("Kepala Lembaga Pemasyarakatan Kelas IIB Sukaraya RM Rudi Hartawan menyebut warga binaan bertambah.",
     ["RM Rudi Hartawan"]),  # no part of the prison's name
])
def test_a_section_after_a_title_is_no_name_and_rm_opens_one(sentence, people):
    assert _people_of(sentence) == people


def test_rm_with_its_dot_stays_in_the_name_and_is_no_one_alone():
    assert _roles_of("Kepala Rutan Sukaraya, RM. Rudi Hartawan, menyebut blok baru siap.") == [
        ("rm-rudi-hartawan", "Kepala", "rutan-sukaraya")]
    assert "RM" not in _people_of("Kepala Rutan Sukaraya RM. Rudi Hartawan menyebut blok baru siap.")


def test_a_one_word_name_after_a_regions_acronym_leaves_the_acronym_to_the_office():
    assert _roles_of("Kepala Dinas Pertanian OKI Rusdi mengatakan panen naik.") == \
        [("rusdi", "Kepala", "dinas-pertanian-oki")]


def test_a_compass_word_that_ends_a_districts_name_does_not_open_the_heads_name():
    assert _people_of("Camat Prabumulih Timur Kasiono mengatakan warga siap.") == ["Kasiono"]


def orgs(text):
    return {o.key: (o.name, o.parent, o.locations) for o in kg.extract(text).organizations}


@pytest.mark.parametrize("sentence, office, parent", [
    ("Badan Pusat Statistik Sumatera Selatan mengumumkan nilai ekspor naik.", "badan-pusat-statistik/sumatera-selatan",
     "badan-pusat-statistik"),
    ("BPJS Kesehatan Medan mencatat 5.000 peserta baru.", "bpjs-kesehatan/medan", "bpjs-kesehatan"),
])
def test_a_listed_body_spelled_out_then_a_place_is_its_office_there(sentence, office, parent):
    found = orgs("Palembang (ANTARA) - " + sentence)
    assert office in found and found[office][1] == parent
    assert not any(key.endswith(("-sumatera-selatan", "-medan")) and "/" not in key for key in found)


@pytest.mark.parametrize("sentence, person, role", [
    ("Ditambahkan Kepala Sub Bagian Umum dan Keuangan PT Asabri Cabang Medan, Budi Santoso, berkas harus lengkap.",
     "budi-santoso", "Kepala Sub Bagian Umum dan Keuangan"),
    ("Kepala Cabang PT Asabri Medan, Sumatera Utara Budi Santoso menjelaskan hal itu.", "budi-santoso",
     "Kepala Cabang"),
    ("Kepala Cabang Utama (KCU) PT Asabri (Persero) Medan Budi Santoso menuturkan hal itu.", "budi-santoso",
     "Kepala Cabang Utama (KCU)"),
])
def test_titles_of_branch_offices_in_the_forms_the_press_writes(sentence, person, role):
    found = kg.extract("Medan (ANTARA) - " + sentence).memberships
    assert [(m.person, m.role_label) for m in found] == [(person, role)]
    assert "/" in found[0].organization  # the company's office, not the company nor a company named after a town


def test_a_subsection_head_does_not_lead_the_office():
    found = kg.extract("Medan (ANTARA) - Kepala Sub Bagian Umum PT Jasa Raharja Cabang Medan, Budi Santoso, "
                       "mengatakan syaratnya lapor polisi.").memberships
    assert [(m.role_label, m.head) for m in found] == [("Kepala Sub Bagian Umum", False)]


def test_a_unit_forms_short_form_in_brackets_is_part_of_the_unit():
    found = kg.extract("Malang (ANTARA) - Kepala Kantor Cabang (KC) BPJS Kesehatan Malang Budi Santoso menuturkan "
                       "hal itu.")
    assert [(m.person, m.organization) for m in found.memberships] == [
        ("budi-santoso", "bpjs-kesehatan/kantor-cabang-kota-malang")]
    assert {o.name for o in found.organizations if o.kind == "unit"} == {"Kantor Cabang BPJS Kesehatan Malang"}


def test_the_acronym_with_a_region_names_the_office_read_before_not_the_body():
    found = kg.extract("Bandung (ANTARA) - Otoritas Jasa Keuangan (OJK) Garut mencatat kredit naik 5 persen. "
                       "Pengawasan Kantor OJK Garut berjalan baik.").organizations
    national = next(o for o in found if o.key == "otoritas-jasa-keuangan")
    office = next(o for o in found if o.parent == "otoritas-jasa-keuangan")
    assert "OJK Garut" not in (national.name, *national.aliases)
    assert "OJK Garut" in (office.name, *office.aliases)


@pytest.mark.parametrize("sentence, name", [
    ("Direktur Utama Perusahaan Umum Daerah Air Minum (Perumdam) Tirta Sejahtera Abadi Garut, Budi Santoso, mengatakan "
     "pelanggan naik 12 persen.", "Perusahaan Umum Daerah Air Minum Tirta Sejahtera Abadi Garut"),
    ("Perusahaan Daerah Air Minum (PDAM) Tirta Bening Batang Lestari mencatat 800 pelanggan baru. Direktur Utama PDAM "
     "Tirta Bening Batang Lestari, Budi Santoso, mengatakan hal itu.",
     "Perusahaan Daerah Air Minum Tirta Bening Batang Lestari"),
])
def test_a_regional_water_company_is_named_to_its_end(sentence, name):
    found = kg.extract("Tegal (ANTARA) - " + sentence)
    assert [o.name for o in found.organizations if o.kind == "org"] == [name]
    assert [(m.person, m.role_label) for m in found.memberships] == [("budi-santoso", "Direktur Utama")]


def test_a_name_that_opens_with_an_initial_after_a_regions_short_form_in_brackets_keeps_it():
    found = kg.extract("Surabaya - Kepala Dinas Kesehatan (Dinkes) Provinsi Jawa Timur (Jatim) M. Rudi Santoso membuka "
                       "rapat.")
    assert [(m.person, m.role_label) for m in found.memberships] == [("m-rudi-santoso", "Kepala")]
    assert [p.name for p in found.people] == ["M. Rudi Santoso"]


def test_a_numbered_unit_ends_at_its_town_and_leaves_a_name_of_three_words_whole():
    found = kg.extract("Semarang - Manajer Humas PT KAI Daop 4 Semarang Rudi Hartono Saputra menyebut penumpang naik.")
    assert [(m.person, m.organization) for m in found.memberships] == [
        ("rudi-hartono-saputra", "kereta-api-indonesia/daerah-operasi-4-semarang")]


def test_a_rank_inside_the_words_before_a_speech_verb_opens_the_name():
    found = kg.extract("Medan - Waka Polres Deli Kompol Imam Santoso mengatakan hal itu.")
    assert [p.name for p in found.people] == ["Imam Santoso"]
    # a rank's word that ends a name is a surname
    found = kg.extract("Sorong - \"Dana itu cukup,\" ujar Direktur RSUD Raja Ampat dr Yohan R.Mayor M.Kes saat di "
                       "Sorong, Selasa.")
    assert [(m.person, m.role_label) for m in found.memberships] == [("yohan-r-mayor", "Direktur")]


def test_a_regional_enterprise_is_named_by_its_head_word_pd_or_perusda():
    found = kg.extract("Tegal (ANTARA) - Tiga perusda milik Pemerintah Kabupaten Tegal untung. PD Pasar Sumber Rejeki "
                       "membukukan laba Rp1 miliar, PD Grafika Rp90 juta, dan Perusahaan Daerah (PD) BPR Artha Tegal "
                       "Rp4 miliar. Dokter Rina Astuti, Sp.PD, mengatakan pasien pulih.")
    assert sorted(o.name for o in found.organizations if o.kind == "org") == [
        "PD Grafika", "PD Pasar Sumber Rejeki", "Perusahaan Daerah BPR Artha Tegal"]
    assert [(m.subject, int(m.value)) for m in found.metrics if m.unit == "IDR"] == [
        ("pd-pasar-sumber-rejeki", 1000000000), ("pd-grafika", 90000000),
        ("perusahaan-daerah-bpr-artha-tegal", 4000000000)]


def test_an_offices_name_is_never_only_the_place_it_serves():
    found = kg.extract("Kupang (Kabar Timur) - Asosiasi Pengusaha Hotel Indonesia (APHI) NTT mencatat tamu naik. "
                       "Ketua APHI NTT, Yosef Lado, mengatakan hal itu. Kantor Kemenag Sikka menerima 20 berkas.")
    offices = {o.key: (o.name, *o.aliases) for o in found.organizations if o.kind == "unit"}
    assert "APHI NTT" in offices["asosiasi-pengusaha-hotel-indonesia/nusa-tenggara-timur"]
    assert not {"NTT", "Nusa Tenggara Timur", "Sikka", "Kabupaten Sikka"} & {n for names in offices.values()
                                                                               for n in names}
    # nor is the region's short form in brackets after a body named with its region
    body = kg.extract("Tenggarong - Balai Perlindungan Satwa Resort Tenggarong Kabupaten Kutai Kartanegara (Kukar) "
                      "melepas 12 satwa.").organizations
    assert [o.aliases for o in body if o.kind == "org" and "Kukar" in o.aliases] == []


def test_an_offices_region_after_an_acronym_is_no_part_of_the_name_even_when_written_again():
    found = kg.extract("Kediri (ANTARA) - Kepala Perwakilan Bank Indonesia (BI) Kediri, Yudi Santoso, mengatakan hal "
                       "itu. Kantor Perwakilan Bank Indonesia (KPw BI) Kediri membina 86 UMKM. BPS Provinsi Jawa Timur "
                       "dan Badan Pusat Statistik (BPS) Provinsi Jawa Timur hadir.").organizations
    assert not [o.name for o in found if o.kind == "org" and ("Kediri" in o.name or "Provinsi" in o.name)]


def test_a_district_head_named_after_a_regency_town_leads_the_district_not_the_regency():
    found = kg.extract("Sintang (ANTARA) - Penyaluran bantuan beras dimulai di Kantor Camat Sintang, Senin.").organizations
    assert [o.name for o in found if o.kind == "government"] == ["Kecamatan Sintang"]


def test_a_ministry_written_with_ri_after_it_is_the_ministry_not_an_office():
    found = kg.extract("Kupang (ANTARA) - Dana desa dari Kementerian Keuangan RI mencapai Rp2,3 triliun.").organizations
    assert [(o.name, o.kind, o.parent) for o in found if o.kind != "publisher"] == [("Kementerian Keuangan RI", "org", None)]


def test_a_ministry_with_its_acronym_then_ri_is_the_ministry_not_an_office():
    found = kg.extract("Kupang (ANTARA) - Dana desa dari Kementerian Keuangan (Kemenkeu) RI mencapai Rp2,3 triliun.")
    assert not [o.key for o in found.organizations if o.kind == "unit"]


@pytest.mark.parametrize("tail, org", [
    ("ucap Rudi Hartono Kepala Dinas Sosial Garut kepada wartawan di Garut, Jumat.", "dinas-sosial-garut"),
    ("ucap Rudi Hartono Kepala Disnakertrans Garut melalui stafnya kepada wartawan.", "disnakertrans-garut"),
])
def test_a_speaker_named_then_titled_with_no_comma_after_the_speech_verb(tail, org):
    found = kg.extract("Garut (ANTARA) - “Jumlahnya naik,” " + tail).memberships
    assert [(m.person, m.organization, m.head) for m in found] == [("rudi-hartono", org, True)]


def test_the_whole_name_after_a_ministers_portfolio_is_the_holders():
    found = kg.extract("Jakarta (ANTARA) - Menteri Pertanian Budi Santoso Wijaya mengatakan ekspor naik.").people
    assert [p.name for p in found] == ["Budi Santoso Wijaya"]


@pytest.mark.parametrize("title, portfolio, ministry, head", [
    ("Menteri", "Keuangan", "kementerian-keuangan", True),
    ("Menteri", "Dalam Negeri", "kementerian-dalam-negeri", True),
    ("Menteri", "BUMN", "kementerian-badan-usaha-milik-negara", True),
    ("Wakil Menteri", "Pertanian", "kementerian-pertanian", False),
    ("Menteri", "Koordinator Bidang Perekonomian", "kementerian-koordinator-bidang-perekonomian", True),
    ("Menkeu", "", "kementerian-keuangan", True),
    ("Plt. Mentan", "", "kementerian-pertanian", True),
    ("Menko", "Perekonomian", "kementerian-koordinator-bidang-perekonomian", True),
])
def test_a_ministers_title_holds_office_in_the_ministry_its_portfolio_names(title, portfolio, ministry, head):
    f = kg.extract(f"JAKARTA - {title} {portfolio} Rudi Hartono mengatakan ekspor naik.".replace("  ", " "))
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("rudi-hartono", ministry, head)]
    assert [o.key for o in f.organizations] == [ministry]


def test_a_portfolio_of_no_listed_ministry_gives_the_minister_no_ministry():
    f = kg.extract("JAKARTA - Menteri Urusan Bintang Rudi Hartono mengatakan ekspor naik.")
    assert f.memberships == () and f.organizations == ()


def test_every_short_title_of_a_minister_is_a_listed_ministrys_short_name_without_its_ke():
    from kg.identity import institution_named
    from kg.lexicon import load
    minister = next(r for r in load().roles if r.label_id == "Menteri")
    for form in minister.forms:
        if form != "Menteri":
            assert institution_named([f"Ke{form[0].lower()}{form[1:]}"]) or form == "Menko", form


@pytest.mark.parametrize("sentence", [
    "JAKARTA - \u201cPenumpang naik,\u201d ungkap Head of Corporate Communication PT Sinar Jaya Rina Wati, Kamis.",
    "JAKARTA - Head of Corporate Communication PT Sinar Jaya, Rina Wati, mengatakan penumpang naik.",
])
def test_an_english_head_of_departments_holds_office_in_them_not_as_the_companys_head(sentence):
    f = kg.extract(sentence)
    assert [p.name for p in f.people] == ["Rina Wati"]
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("rina-wati", "sinar-jaya", "Head of Corporate Communication", False)]


def test_a_courts_spokesperson_titled_humas_speaks_for_the_district_court_of_the_town():
    f = kg.extract("BLORA - Humas Pengadilan Negeri Blora, Rudi Hartono, mengatakan perkara turun. "
                   "Ketua PN Blora Sari Puspita membenarkan.")
    assert [(o.key, o.locations) for o in f.organizations] == [("pengadilan-negeri-blora", ("regency-blora",))]
    assert [(m.person, m.role_label, m.head) for m in f.memberships] == [
        ("rudi-hartono", "Humas", False), ("sari-puspita", "Ketua", True)]


def test_a_number_in_brackets_in_a_list_of_counted_things_is_no_age():
    f = kg.extract("BLORA - Perkara yang masuk: gugatan (40 kasus), Sengketa (8), Warisan (3) dan lain-lain (2).")
    assert f.people == ()
    assert {p.name for p in kg.extract("BLORA - Korban bernama Sumarni (41) dan Rudi (12) selamat.").people} == {
        "Sumarni", "Rudi"}


def test_a_name_opening_with_laode_keeps_it():
    for org, key in (("Kejari Bombana", "kejari-bombana"),
                     ("Dinas Sosial Kabupaten Bombana", "dinas-sosial-kabupaten-bombana")):
        f = kg.extract(f"RAHA - Kepala {org} Laode Abdul Rahman mengatakan uang dikembalikan.")
        assert [(m.person, m.organization) for m in f.memberships] == [("laode-abdul-rahman", key)]


def test_a_numbered_regional_office_after_a_bodys_name_and_its_acronym_is_its_unit():
    f = kg.extract("JAKARTA - Kepala Lembaga Penjaminan Mutu Pendidikan (LPMP) Wilayah IV Dr Rudi Hartono MS "
                   "mengatakan 900 guru mengikuti pelatihan.")
    [unit] = [o for o in f.organizations if o.kind == "unit"]
    assert unit.key == "lembaga-penjaminan-mutu-pendidikan/kantor-wilayah-iv" and "LPMP Wilayah IV" in unit.aliases
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("rudi-hartono", unit.key, True)]


def test_a_doctorate_in_capitals_is_no_part_of_the_name():
    found = kg.extract("Merauke (ANTARA) - Kabag Ops Polres Merauke AKP DR Jerry Santoso hadir.").people
    assert [p.name for p in found] == ["Jerry Santoso"]


@pytest.mark.parametrize("sentence, name", [
    ("Ketua Panitia M. Yusuf mengatakan hal itu.", "M. Yusuf"),
    ("Kepala Dinas Sosial Garut M. Yusuf mengatakan hal itu.", "M. Yusuf"),
    ("Direktur PT Maju Jaya Hartanto C. Wibowo mengatakan hal itu.", "Hartanto C. Wibowo"),
])
def test_an_initial_opens_a_name_after_a_title_or_a_place(sentence, name):
    assert [p.name for p in kg.extract("Garut (ANTARA) - " + sentence).people] == [name]


def test_two_regions_joined_by_a_hyphen_are_an_offices_area_not_a_name():
    found = kg.extract("Bandung (ANTARA) - Kepala OJK Jabar-Banten Budi Santoso mengatakan kredit tumbuh 9 persen.")
    assert [(m.person, m.organization) for m in found.memberships] == [("budi-santoso", "otoritas-jasa-keuangan/jabar-banten")]


@pytest.mark.parametrize("written", ["BPJS Ketenagakerjaan Maluku",
                                     "Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Maluku",
                                     "Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Maluku (Malku)"])
def test_a_listed_bodys_name_with_its_acronym_inside_then_a_province_is_its_office_there(written):
    f = kg.extract(f"Ambon (ANTARA) - {written} membayar klaim Rp20 miliar pada 2023.")
    [m] = f.metrics
    office = next(o for o in f.organizations if o.key == m.subject)
    assert (office.key, office.kind, office.parent) == ("bpjs-ketenagakerjaan/maluku", "unit", "bpjs-ketenagakerjaan")


def test_a_listed_bodys_name_with_its_acronym_inside_then_a_province_and_a_branch_is_no_office_of_the_province():
    f = kg.extract("Ambon (ANTARA) - Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Maluku Cabang Ambon "
                   "membayar klaim Rp2 miliar.")
    assert "bpjs-ketenagakerjaan/maluku" not in {o.key for o in f.organizations}


@pytest.mark.parametrize("parent, office, key", [
    (parent, "Kantor Regional XII Pekanbaru", "badan-kepegawaian-negara/kantor-regional-xii-pekanbaru")
    for parent in ("BKN", "Badan Kepegawaian Negara (BKN)", "Badan Kepegawaian Negara")] + [
    (parent, "Kantor Regional 5 Sumatera Barat", "otoritas-jasa-keuangan/kantor-regional-5-sumatera-barat")
    for parent in ("OJK", "Otoritas Jasa Keuangan (OJK)", "Otoritas Jasa Keuangan")])
def test_a_numbered_regional_office_keys_alike_however_its_body_is_written(parent, office, key):
    f = kg.extract(f"Padang (ANTARA) - Kepala {parent} {office} Budi Santoso mengatakan 80 berkas selesai.")
    assert [m.organization for m in f.memberships] == [key]


@pytest.mark.parametrize("degrees", ["SH MH", "SE MM", "S.H. M.H.", "S.H., M.H.", "SE MSi"])
@pytest.mark.parametrize("office", ["Dinas Sosial Kota Binjai", "Dinas Sosial Deli Serdang", "Kejari Deli Serdang"])
def test_degrees_after_a_holders_name_without_commas_leave_the_name_and_the_title(office, degrees):
    f = kg.extract(f"Medan (ANTARA) - Kepala {office} Benny Tarigan {degrees} mengatakan bantuan tiba.")
    assert [(p.key, p.name) for p in f.people] == [("benny-tarigan", "Benny Tarigan")]
    assert [m.person for m in f.memberships] == ["benny-tarigan"]


def test_a_company_written_with_a_dot_after_its_form_is_the_company_written_without():
    f = kg.extract("Mataram (ANTARA) - PT. Sumber Tembaga mencatat produksi naik 12 persen. Direktur PT. Sumber Tembaga "
                   "Budi Santoso mengatakan PT Sumber Tembaga menambah 40 pekerja.")
    assert [(o.key, o.name) for o in f.organizations if o.key != "antara"] == [("sumber-tembaga", "PT. Sumber Tembaga")]
    assert [(m.person, m.organization) for m in f.memberships] == [("budi-santoso", "sumber-tembaga")]
    assert {m.subject for m in f.metrics} == {"sumber-tembaga"}


def test_a_company_form_ending_a_sentence_names_no_company():
    f = kg.extract("Mataram (ANTARA) - Ia bekerja di PT. Lalu ia pindah ke Dinas Sosial Kota Mataram.")
    assert [o.key for o in f.organizations if o.key != "antara"] == ["dinas-sosial-kota-mataram"]


@pytest.mark.parametrize("after", ["Menurut dia, gajinya naik.", "Dinas Sosial Kota Medan menyalurkan bantuan."])
def test_a_company_form_ending_a_sentence_joins_no_name_of_the_next(after):
    f = kg.extract(f"Medan (ANTARA) - Ia bekerja di PT. {after}")
    assert not any(o.name.startswith("PT") for o in f.organizations)


def test_three_degrees_after_a_holders_name_leave_no_other_person():
    f = kg.extract("Medan (ANTARA) - Kepala Dinas Sosial Deli Serdang Rina Wati SE MM MSi mengatakan bantuan tiba.")
    assert [p.key for p in f.people] == ["rina-wati"]


@pytest.mark.parametrize("text, holder, organisation, title, head", [
    ("Area Manager Marketing, Sales & Retail PT Nusa Energi Regional Sulawesi, Rina Kartika, mengatakan stok "
     "aman.", "rina-kartika", "nusa-energi/regional-sulawesi", "Area Manager Marketing, Sales & Retail", False),
    ("General Manager Sales and Marketing PT Sinar Bahari Budi Hartono mengatakan penjualan naik.",
     "budi-hartono", "sinar-bahari", "General Manager Sales and Marketing", False),
    ("General Manager PT Sinar Bahari Budi Hartono mengatakan penjualan naik.",
     "budi-hartono", "sinar-bahari", "General Manager", True),
    ("Area Manager Comm, Rel & Sales PT Nusa Energi Regional Sulawesi Rina Kartika mengatakan stok aman.",
     "rina-kartika", "nusa-energi/regional-sulawesi", "Area Manager Comm, Rel & Sales", False),
    ("Hal itu dikatakan Marketing Executive PT Sinar Bahari Area Kudus, Budi Hartono, kepada wartawan.",
     "budi-hartono", "sinar-bahari/area-kudus", "Marketing Executive", False),
    ("Sales Area Head PT Sinar Bahari Area Kudus Budi Hartono mengatakan penjualan naik.",
     "budi-hartono", "sinar-bahari/area-kudus", "Sales Area Head", False),
    ("Sales Head PT Sinar Bahari Budi Hartono mengatakan penjualan naik.",
     "budi-hartono", "sinar-bahari", "Sales Head", False),
])
def test_departments_an_english_title_names_are_the_titles(text, holder, organisation, title, head):
    """'Communication', 'Relations', 'CSR' after 'Area Manager' are departments of the title, never a person, and
    so are the press's short forms 'Comm' and 'Rel'; 'Marketing Executive' is a staff title; a General Manager of a
    department does not lead the company."""
    f = kg.extract(text)
    assert [p.key for p in f.people] == [holder]
    [m] = f.memberships
    assert (m.person, m.organization, m.role_label, m.head) == (holder, organisation, title, head)


def test_no_street_name_follows_an_office_of_a_group_of_provinces():
    """'Regional Sumbagut' names a group of provinces: the three words after it are its manager's name, where after a
    town ('Cabang Semarang Pemuda Rudi …') a street's name may follow."""
    assert roles_of("Manajer PT Nusa Energi Regional Sumbagut Rina Kartika Dewi mengatakan stok aman.") == [
        ("rina-kartika-dewi", "nusa-energi/regional-sumbagut", "Manajer", False)]


def test_a_regions_press_short_form_is_no_first_name():
    """'DPRD Kukar Budi': the short form the press writes for Kutai Kartanegara names the region, so the name is 'Budi';
    a regency's own name may also be someone's ('Dinas Pertanian Bima Rudi' keeps its guess of two words)."""
    assert roles_of("Sidang itu dibuka Wakil Ketua I DPRD Kukar Budi, didampingi staf.") == [
        ("budi", "dprd-kukar", "Wakil Ketua I", False)]


def test_a_deputys_number_in_digits_belongs_to_the_title_and_counts_nothing():
    f = kg.extract("Sidang itu dibuka Wakil Ketua 2 DPRD Kota Bima, Budi Santoso, didampingi staf.")
    assert [(m.person, m.organization, m.role_label) for m in f.memberships] == [
        ("budi-santoso", "dprd-kota-bima", "Wakil Ketua 2")]
    assert list(f.metrics) == []


def test_a_terminal_named_with_its_short_form_in_brackets_is_the_body_its_manager_runs():
    f = kg.extract("MEDAN - Kepala Terminal Peti Kemas (TPK) Tanjung Sari, Rudi Hartono, menyebut arus naik.")
    [terminal] = f.organizations
    assert (terminal.name, "TPK Tanjung Sari" in terminal.aliases) == ("Terminal Peti Kemas Tanjung Sari", True)
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [
        ("rudi-hartono", "terminal-peti-kemas-tanjung-sari", True)]


def test_a_name_after_dan_that_sebagai_follows_is_a_person_not_more_of_the_organisation():
    f = kg.extract("Rapat menetapkan Budi Santoso sebagai Komisaris Utama Bank Sejahtera Nusantara dan Rudi Hartono "
                   "sebagai Komisaris Independen Bank Sejahtera Nusantara.")
    assert sorted((m.person, m.organization, m.role_label) for m in f.memberships) == [
        ("budi-santoso", "bank-sejahtera-nusantara", "Komisaris Utama"),
        ("rudi-hartono", "bank-sejahtera-nusantara", "Komisaris Independen")]
    assert sorted(p.key for p in f.people) == ["budi-santoso", "rudi-hartono"]
    assert [o.key for o in f.organizations] == ["bank-sejahtera-nusantara"]
    independent = next(m for m in f.memberships if m.person == "rudi-hartono")
    assert independent.role == URIRef(ROLE + "komisaris-independen")
    f = kg.extract("Perjanjian ditandatangani Bank Sejahtera Nusantara dan Rudi Hartono sebagai pemilik lahan.")
    assert [o.key for o in f.organizations] == ["bank-sejahtera-nusantara"]


def test_a_name_then_sebagai_and_a_title_may_end_the_sentence():
    [m] = kg.extract("Rapat umum pemegang saham menetapkan Rudi Hartono sebagai Direktur Utama PT Sinar Bahari.").memberships
    assert (m.person, m.organization, m.role_label) == ("rudi-hartono", "sinar-bahari", "Direktur Utama")
    assert kg.extract("Rapat itu membahas Rudi Hartono sebagai Direktur.").memberships == ()


@pytest.mark.parametrize("text, person", [
    ("Kepala Seksi Pelayanan dan Layanan Data Dwi Ratna Sari di Kota Baru, Kamis, mengatakan antrean berkurang.",
     "Dwi Ratna Sari"),
    ("Kepala Seksi Pelayanan dan Layanan Data Ratna Sari di Kota Baru, Kamis, mengatakan antrean berkurang.",
     "Ratna Sari"),
    ("Kepala Bidang Pelayanan Budi Santoso mengatakan antrean berkurang.", "Budi Santoso"),
    ("Kepala Seksi Layanan Mawar Melati Budi Santoso mengatakan antrean berkurang.", "Budi Santoso"),
    ("Direktur PT Mandiri Sekuritas Rudi Hartono mengatakan laba naik.", "Rudi Hartono"),
])
def test_a_name_of_three_words_after_the_words_of_a_sections_title(text, person):
    """The section's words ('Layanan Data') are words titles and bodies are named with; the word after them that
    none is named with opens the name, so a name of three words is not cut to its last two."""
    assert [p.name for p in kg.extract(text).people] == [person]


@pytest.mark.parametrize("text, person, nickname", [
    ("Kepala Dinas Sosial Kota Mataram Joko Santoso Wibowo mengatakan bantuan cair. Lelaki yang biasa disapa Mas Jo "
     "itu mengatakan, pihaknya siap. \"Semua data sudah lengkap,\" ucap Mas Jo.", "joko-santoso-wibowo", "Mas Jo"),
    ("Kepala BPJS Kesehatan Cabang Kebumen Sulastri Handayani mengatakan peserta naik. Atik, sapaan akrabnya, "
     "menambahkan bahwa tunggakan turun. \"Kami terus menagih,\" kata Atik.", "sulastri-handayani", "Atik"),
])
def test_a_nickname_the_text_gives_is_the_persons_other_name(text, person, nickname):
    """'yang biasa disapa Mas Jo', 'Atik, sapaan akrabnya': the person the text is about is called so; the quotation
    the nickname closes is theirs, and the nickname is no second person."""
    f = kg.extract(text)
    assert [(p.key, p.aliases) for p in f.people] == [(person, (nickname,))]
    assert [q.speaker for q in f.quotations] == [person]


def test_a_nickname_cue_before_anyone_is_named_gives_no_one_a_nickname():
    f = kg.extract("Warga yang biasa disapa Mas Jo itu membuka warung. \"Ramai sekali,\" ucap Mas Jo.")
    assert [(p.name, p.aliases) for p in f.people] == [("Mas Jo", ())]


def test_a_place_nicknamed_gives_the_person_in_view_no_nickname():
    f = kg.extract("Wali Kota Bogor Rina Wati Lestari membuka festival. Bogor yang akrab disapa Kota Hujan itu ramai. "
                   "\"Kami senang,\" kata Rina.")
    assert [(p.key, p.aliases) for p in f.people] == [("rina-wati-lestari", ("Rina",))]


def test_a_name_after_the_nickname_is_given_is_the_same_person():
    f = kg.extract("Kepala Dinas Sosial Kota Mataram Joko Santoso Wibowo mengatakan bantuan cair. Lelaki yang biasa "
                   "disapa Mas Jo itu mengatakan pihaknya siap. Mas Jo menambahkan, data sudah lengkap.")
    assert [(p.key, p.aliases) for p in f.people] == [("joko-santoso-wibowo", ("Mas Jo",))]


@pytest.mark.parametrize("text, organisation, title", [
    ("Kepala Humas PT Sinar Bahari Budi Santoso mengatakan penjualan naik.", "sinar-bahari", "Kepala Humas"),
    ("Kepala Gudang Bulog Kebumen Rudi Hartono mengatakan stok aman.", "bulog/kebumen", "Kepala Gudang"),
    ("Kepala Laboratorium Dinas Kesehatan Kota Medan Rina Wati mengatakan sampel diuji.", "dinas-kesehatan-kota-medan",
     "Kepala Laboratorium"),
])
def test_the_head_of_a_part_does_not_lead_the_body_after_the_title(text, organisation, title):
    """'Kepala Humas', 'Kepala Gudang', 'Kepala Laboratorium': the holder heads the body's public relations, one of its
    warehouses or its laboratory, and is a member of the body, not its head; 'Kepala Bulog X' is its head."""
    [m] = kg.extract(text).memberships
    assert (m.organization, m.role_label, m.head) == (organisation, title, False)
    [m] = kg.extract("Kepala Bulog Kebumen Rudi Hartono mengatakan stok aman.").memberships
    assert (m.organization, m.head) == ("bulog/kebumen", True)


@pytest.mark.parametrize("text, person, organisation", [
    ("Kepala Humas KAI Divre II Sumbar M Rudi Hartono di Padang mengatakan penumpang naik.", "M Rudi Hartono",
     "kereta-api-indonesia/divisi-regional-ii-sumbar"),
    ("Kepala BPS M Rizal Hakim mengatakan inflasi turun.", "M Rizal Hakim", "badan-pusat-statistik"),
    ("Kepala Kanwil DJP Sumut I Budi Santoso mengatakan penerimaan naik.", "Budi Santoso",
     "direktorat-jenderal-pajak/kantor-wilayah-sumatera-utara-i"),
    ("Kepala Kanwil DJP Jawa Timur I Budi Santoso mengatakan penerimaan naik.", "Budi Santoso",
     "direktorat-jenderal-pajak/kantor-wilayah-jawa-timur-i"),
])
def test_an_initial_without_its_dot_after_the_offices_place_opens_the_name(text, person, organisation):
    assert people_and_offices(text) == ([person], [organisation])


@pytest.mark.parametrize("text, person", [
    ("Sekretaris Daerah Rudi S Hartono melaporkan bantuan.", "Rudi S Hartono"),
    ("Kepala Dinas Sosial Rudi S Hartono melaporkan bantuan.", "Rudi S Hartono"),
    # a numeral that closes an office's name is none
    ("Kepala Kanwil DJP Jawa Tengah I Andi mengatakan pajak naik.", "Andi"),
])
def test_a_middle_initial_without_its_dot_keeps_the_first_name(text, person):
    assert [p.name for p in kg.extract("PALU - " + text).people] == [person]


def test_a_listed_name_longer_than_a_name_the_article_used_wins():
    # 'Pertamina' named first does not cut 'Pertamina Patra Niaga', a name of the curated list, short
    f = kg.extract("BANDUNG - PT Pertamina menambah stok. Stok dijaga Pertamina Patra Niaga Regional JBB.")
    assert ("pertamina-patra-niaga/regional-jbb", "unit") in [(o.key, o.kind) for o in f.organizations]


def test_a_regional_government_by_its_short_form_after_a_title_is_no_name():
    assert kg.extract("PALU - Rapat dipimpin Asisten I Pemda Sigi kemarin.").people == ()


def test_a_two_word_head_goes_on_at_once_after_dan():
    f = kg.extract("JAMBI - Kamar Dagang dan Industri Jambi menolak rencana itu.")
    assert [o.name for o in f.organizations] == ["Kamar Dagang dan Industri Jambi"]


def test_a_regional_offices_short_form_and_its_region_are_no_name():
    f = kg.extract("BATAM - Kepala Dinas Pendapatan Rudi Hartono mengatakan pajak naik. Ia pernah menjadi "
                   "Sekretaris Bapenda Jambi selama dua tahun.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]


@pytest.mark.parametrize("text", [
    "General Manager Bandara Raja Malik Nusantara PT Angkasa Nusa, Budi Santoso menjelaskan, penumpang naik.",
    "General Manager Bandara Raja Malik Nusantara PT Angkasa Nusa Budi Santoso mengatakan penumpang naik.",
])
def test_a_facility_named_between_a_title_and_its_company_is_the_unit_the_title_leads(text):
    """The airport's general manager leads the airport, a unit of the company that runs it, not the company."""
    f = kg.extract(text + " Tercatat pergerakan penumpang sebanyak 52.400 orang.")
    airport = "angkasa-nusa/bandara-raja-malik-nusantara"
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("budi-santoso", airport, True)]
    assert next(o for o in f.organizations if o.key == airport).name == "Bandara Raja Malik Nusantara"
    assert [m.subject for m in f.metrics] == [airport]
    [m] = kg.extract("Manajer Pelabuhan dan Terminal PT Pelabuhan Nusa, Budi Santoso, mengatakan arus naik.").memberships
    assert m.organization == "pelabuhan-nusa"  # the facilities of a department, no one facility's name


def test_a_facility_a_title_names_alone_is_the_body_its_holder_runs():
    """With no company after it, the airport the general manager runs is an organisation of its own, and the text's
    other names for it ('Internasional' or not) are that organisation, the subject of its figures."""
    f = kg.extract("Bandara Internasional Raja Malik melayani 54.000 penumpang selama libur. General Manager Bandara "
                   "Raja Malik, Budi Santoso, memimpin apel yang dihadiri Otoritas Bandara Wilayah IX. \"Kami mencatat "
                   "kenaikan 3 persen,\" ujar Budi.")
    [airport] = [o for o in f.organizations if o.name.startswith("Bandara")]
    assert (airport.key, airport.name, airport.aliases) == (
        "bandara-raja-malik", "Bandara Internasional Raja Malik", ("Bandara Raja Malik",))
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("budi-santoso", "bandara-raja-malik", True)]
    assert [(m.value, m.subject) for m in f.metrics] == [(54000, "bandara-raja-malik"), (3, "bandara-raja-malik")]


def test_a_facility_of_a_company_written_with_and_without_its_filler_word_is_one_unit():
    f = kg.extract("Penumpang di Bandara Raja Malik terus bertambah. General Manager Bandara Internasional Raja Malik "
                   "PT Angkasa Nusa, Budi Santoso, menjelaskan pergerakan pesawat sebanyak 2.100 kali.")
    [airport] = [o for o in f.organizations if o.name.startswith("Bandara")]
    assert (airport.key, airport.name) == ("angkasa-nusa/bandara-raja-malik", "Bandara Internasional Raja Malik")


@pytest.mark.parametrize("text", [
    "BIMA - Kepala Dinas Sosial Kota Bima Rudi Wijaya mengatakan bantuan cair. Dana itu, kata Wijaya, cukup.",
    "BIMA - Balai Pengelolaan Hutan Lestari (BPHL) Bima menyiapkan bibit. Dikatakan Kepala BPHL Bima Rudi Wijaya, hal "
    "itu perlu. Bibit tersebut, lanjut Wijaya, cukup.",
])
def test_a_surname_used_alone_later_leaves_the_first_name_after_the_offices_region(text):
    assert [p.name for p in kg.extract(text).people] == ["Rudi Wijaya"]


def test_a_capitalised_hal_after_the_comma_of_a_title_is_no_name():
    f = kg.extract("BIMA - Dikatakan Kepala Dinas Sosial Kota Bima Rudi Wijaya, Hal itu perlu untuk warga.")
    assert [p.name for p in f.people] == ["Rudi Wijaya"]


def test_an_office_numbered_after_its_form_and_serving_two_regions_is_one_unit_sitting_in_the_first():
    f = kg.extract("SEMARANG - Kepala Kantor Regional 5 Otoritas Jasa Keuangan (OJK) Kalsel-Kalteng Rudi Wijaya "
                   "mengatakan kredit tumbuh.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rudi-wijaya", "otoritas-jasa-keuangan/kantor-regional-kalimantan-selatan")]
    assert {"kalimantan-selatan", "kalimantan-tengah"} <= {p.key for p in f.places}
    assert not any("-kalteng" in p.key for p in f.places)


@pytest.mark.parametrize("text, name", [
    # the article writes the regency where only a place goes: the word before the one-word name is the region's
    ("LUBUK SIKAPING - Panen naik di Pasaman, ujar Kepala Dinas Perikanan Pasaman Rudiman di kantornya.", "Rudiman"),
    # nothing says the word is a place here: it may open the name, as 'Bima' may
    ("BIMA - Rapat digelar, kata Kepala Dinas Kesehatan Bima Prasetyo di kantornya.", "Bima Prasetyo"),
])
def test_a_one_word_name_after_a_regency_the_article_names_as_a_place(text, name):
    assert [p.name for p in kg.extract(text).people] == [name]


def test_pemimpin_heads_the_office_and_pimpinan_only_belongs_to_its_leadership():
    text = ("Hal itu disampaikan Pemimpin PT Sentosa Gadai Kanwil II Madiun Joko Susilo. Sementara itu, Pimpinan DPRD "
            "Kota Madiun, Budi Santoso, menyebut rapat lancar.")
    f = kg.extract(text)
    assert sorted((m.person, m.organization, m.role_label, m.head) for m in f.memberships) == [
        ("budi-santoso", "dprd-kota-madiun", "Pimpinan", False),
        ("joko-susilo", "sentosa-gadai/kantor-wilayah-ii-madiun", "Pemimpin", True)]


@pytest.mark.parametrize("gap", [" ", "  "])
def test_a_one_word_name_after_the_bracketed_short_form_of_the_body(gap):
    text = f"Kepala Badan Pendapatan Daerah (Bapenda){gap}Rahmat mengumumkan target pajak naik."
    assert memberships(text) == [("rahmat", "badan-pendapatan-daerah", True)]
    # a place after the short form stays the body's
    text = "Kepala Dinas Kesehatan (Dinkes) Kotamobagu mengatakan kasus naik."
    assert [o.key for o in kg.extract(text).organizations] == ["dinas-kesehatan-kotamobagu"]


def test_a_common_word_opening_a_quotation_is_no_name_used_alone():
    text = ('Kepala Dinas Pangan dan Pertanian Provinsi Jawa Barat (Jabar) Rudi Hartawan menyebut harga pangan stabil. '
            '"Pangan kita cukup sampai akhir tahun," ujarnya.')
    assert memberships(text) == [("rudi-hartawan", "dinas-pangan-dan-pertanian-provinsi-jawa-barat", True)]


def test_a_fields_short_form_in_capitals_is_a_part_of_the_offices_listed_name():
    text = "Kepala Dinas Pariwisata, UKM, dan Kebudayaan Kabupaten Sukamaju, Budi Santoso, mengatakan festival ramai."
    assert memberships(text) == [("budi-santoso", "dinas-pariwisata-ukm-dan-kebudayaan-kabupaten-sukamaju", True)]


@pytest.mark.parametrize("text, membership", [
    ("Ketua Divisi Hukum KPU Kota Sukamaju Budi Santoso mengatakan data siap.",
     ("budi-santoso", "komisi-pemilihan-umum/kota-sukamaju", False)),
    # a section's word in the body's own name is the body's
    ("Kepala Satuan Polisi Pamong Praja Kota Sukamaju Budi Santoso mengatakan razia digelar.",
     ("budi-santoso", "satuan-polisi-pamong-praja-kota-sukamaju", True)),
])
def test_a_title_that_goes_on_with_a_section_leads_the_section_not_the_body(text, membership):
    assert memberships(text) == [membership]


def test_the_numeral_of_a_title_is_no_person():
    f = kg.extract("Rapat paripurna DPRD Kota Sukamaju dibuka Wakil Ketua II, lalu Wakil Ketua II membacakan jadwal.")
    assert [p.key for p in f.people] == []


@pytest.mark.parametrize("sentence", [
    "\"Dua kapal siap berangkat,\" ujar Kepala PT Pelni Cabang Kendari Rudi kepada wartawan.",
    # the company's legal form written against its name
    "\"Dua kapal siap berangkat,\" ujar Kepala PT.Pelni Cabang Kendari Rudi kepada wartawan.",
])
def test_a_one_word_name_after_a_branchs_town_is_its_heads(sentence):
    assert _roles_of(sentence) == [("rudi", "Kepala", "pelayaran-nasional-indonesia/kantor-cabang-kendari")]


def test_a_branch_named_on_after_its_town_keeps_the_words_before_its_heads_name():
    text = "Kepala PT Pelni Cabang Kendari Lama Budi Santoso mengatakan kapal penuh."
    assert _roles_of(text) == [("budi-santoso", "Kepala", "pelayaran-nasional-indonesia/kantor-cabang-kendari-lama")]


def test_a_unit_named_after_the_unit_word_its_title_took_is_named_with_it_too():
    f = kg.extract("DENPASAR - Deputi Kepala Perwakilan Bank Indonesia Provinsi Bali, Rudi Hartono, membuka layanan "
                   "penukaran uang.")
    unit = next(o for o in f.organizations if o.kind == "unit")
    assert "Perwakilan Bank Indonesia Provinsi Bali" in unit.aliases
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", unit.key)]


def test_a_governments_head_word_written_alone_names_the_one_government_of_its_level():
    text = ("BLITAR - Pj Wali Kota Blitar Budi Santoso menyebut belanja naik. Rancangan itu dibahas Pemkot bersama "
            "DPRD Kota Blitar.")
    government = next(o for o in kg.extract(text).organizations if o.kind == "government")
    assert "Pemkot" in government.aliases
    # two cities' governments: the word alone names neither
    two = text + " Wali Kota Madiun Rudi Hartono hadir."
    assert not any("Pemkot" in o.aliases for o in kg.extract(two).organizations)


@pytest.mark.parametrize("sentence, role", [
    # an airport a title names, its holder's name right after it
    ("General Manager Bandara Internasional Yogyakarta Rudi Hartono menyebut antrean memendek.",
     ("rudi-hartono", "General Manager", "bandara-yogyakarta")),
    ("General Manager Bandara Internasional Yogyakarta I Made Sudana menyebut antrean memendek.",
     ("i-made-sudana", "General Manager", "bandara-yogyakarta")),
    # a regional office's chief executive
    ("\"Tabungan warga tumbuh,\" ucap CEO BNI Wilayah Manado Budi Santoso kepada wartawan.",
     ("budi-santoso", "CEO", "bank-negara-indonesia/kantor-wilayah-manado")),
    # the title's own short form in brackets, made of its words' first letters
    ("Gudang diperiksa Pimpinan Wilayah (Pimwil) Bulog Jambi, Budi Santoso, pekan lalu.",
     ("budi-santoso", "Pimpinan Wilayah (Pimwil)", "bulog/kantor-wilayah-jambi")),
])
def test_titles_of_facilities_companies_and_regional_offices_reach_their_holders(sentence, role):
    assert _roles_of(sentence) == [role]


@pytest.mark.parametrize("short, words, expected", [
    ("Pimwil", ["Pimpinan", "Wilayah"], True), ("Sekda", ["Sekretaris", "Daerah"], True),
    ("KCU", ["Kepala", "Cabang", "Utama"], True), ("BPS", ["Pimpinan", "Wilayah"], False),
    ("Pim", ["Pimpinan"], False),  # one word's beginning is no short form of a title
])
def test_a_contraction_spells_its_words_in_turn(short, words, expected):
    from kg.extract.names import _contracts
    assert _contracts(short, words) is expected


@pytest.mark.parametrize("short, words, expected", [
    ("Kakacab", ["Kepala", "Kantor", "Cabang"], True), ("Wakasek", ["Wakil", "Kepala", "Sekolah"], True),
    ("Kakacab", ["Ketua", "Kantor", "Cabang"], False),  # 'Ka' is how short forms write 'Kepala' only
])
def test_a_contraction_may_write_a_word_as_the_press_contracts_it(short, words, expected):
    from kg.extract.names import _contracts
    from kg.lexicon import load
    assert _contracts(short, words, load().words["word_contractions"]) is expected


def test_a_bare_head_word_before_a_units_form_is_the_short_form_the_article_gave_in_brackets():
    text = ("KUPANG - Badan Penyelenggara Jaminan Sosial (BPJS) Cabang Kupang membuka loket baru. Pekan depan, Kepala "
            "BPJS Cabang Kupang Rina Wulandari meresmikan loket itu.")
    assert memberships(text) == [("rina-wulandari", "badan-penyelenggara-jaminan-sosial/kantor-cabang-kupang", True)]
    # given no such short form, the word alone still names nothing
    assert memberships("KUPANG - Pekan depan, Kepala BPJS Cabang Kupang Rina Wulandari meresmikan loket itu.") == []


def test_a_one_word_titles_run_that_makes_a_name_is_its_holders_and_the_item_after_the_comma_another():
    text = ("BLITAR - Rapat dibuka Wali Kota Blitar Budi Santoso bersama Sekda Rudi Hari Wibowo, Forkopimda dan para "
            "camat.")
    f = kg.extract(text)
    assert sorted((m.person, m.role_label, m.organization) for m in f.memberships) == [
        ("budi-santoso", "Wali Kota", "pemerintah-kota-blitar"),
        ("rudi-hari-wibowo", "Sekda", "pemerintah-kota-blitar")]
    assert "Forkopimda" not in [p.name for p in f.people]


def test_a_kinds_head_word_and_a_town_name_the_one_unit_of_that_kind_a_title_gave_in_the_town():
    text = ("PONTIANAK - Loket baru dibuka Kepala BPJS Kesehatan Cabang Pontianak, Rina Wulandari. Menurut data "
            "BPJS Pontianak, antrean memendek.")
    f = kg.extract(text)
    units = [o for o in f.organizations if o.kind == "unit"]
    assert [o.key for o in f.organizations] == ["bpjs-kesehatan", "bpjs-kesehatan/kantor-cabang-pontianak"]
    assert "BPJS Pontianak" in units[0].aliases


@pytest.mark.parametrize("text", [
    "Kepala Divisi Humas Polri Budi hadir di Jakarta.", "Panglima TNI Budi hadir di Jakarta."])
def test_the_forces_short_names_are_no_part_of_a_persons_name(text):
    assert not [p.name for p in kg.extract(text).people if p.name.split()[0] in ("Polri", "TNI")]


def test_an_office_whose_area_is_two_regions_joined_by_a_hyphen_ends_there_and_names_one_unit():
    """'Sulawesi Utara-Gorontalo' and 'Sulut-Gorontalo' name one office's area: the office is one, and the words
    after it are its head's name."""
    f = kg.extract("MANADO - Penjualan PT Sentosa Sulawesi Utara-Gorontalo naik 9 persen. \"Permintaan tinggi,\" kata "
                   "Kepala Humas PT Sentosa Kantor Wilayah Sulut-Gorontalo Rudi Hartono Wibowo di Manado.")
    units = [o for o in f.organizations if o.parent == "sentosa"]
    assert len(units) == 1 and units[0].name == "PT Sentosa Kantor Wilayah Sulut-Gorontalo"
    assert "PT Sentosa Sulawesi" not in [o.name for o in f.organizations]
    assert people_and_offices(f.text) == (["Rudi Hartono Wibowo"], [units[0].key])


def test_a_units_english_word_or_roman_number_opens_no_persons_name():
    """'Region III Kalimantan' after a bank's name is its unit, never a person, even where the holder's name is lost."""
    f = kg.extract("BALIKPAPAN - Bank Sentosa Region III Kalimantan memacu kredit. Regional CEO Bank Sentosa "
                   "Region III Borneo 3 Rudi Hartono di Balikpapan, Jumat, mengatakan kredit naik.")
    assert not any("Region" in p.name or "III" in p.name.split() for p in f.people)


@pytest.mark.parametrize("degree", ["MP", "M.Ap", "M.Ag"])
def test_a_masters_degree_written_after_the_name_is_no_part_of_it(degree):
    text = f"SUMBAWA - Panen naik, kata Kepala Dinas Pertanian Kabupaten Sumbawa, Ir Rina Wati {degree}, kemarin."
    assert people_and_offices(text)[0] == ["Rina Wati"]


def test_a_city_office_of_a_provincial_agency_in_jakarta_is_one_body_with_its_citys_official_style_or_without():
    text = ("JAKARTA - Suku Dinas Kesehatan Kota Administrasi Jakarta Timur menggelar vaksinasi. Kepala Suku Dinas "
            "Kesehatan Kota Jakarta Timur, Rina Wati, mengatakan warga antusias.")
    f = kg.extract(text)
    office = [o for o in f.organizations if o.name.startswith("Suku Dinas")]
    assert len(office) == 1 and office[0].locations == ("jakarta-timur",)
    assert memberships(text) == [("rina-wati", office[0].key, True)]


def test_an_area_manager_spelled_in_indonesian_names_departments_and_their_short_form_before_the_company():
    f = kg.extract("JAKARTA - \u201cStok aman,\u201d ujar Area Manajer Sales, Marketing & Corporate Social "
                   "Responsibility (CSR) Bank Sinar Jaya Rina Wati melalui keterangan tertulis, Senin.")
    assert [p.name for p in f.people] == ["Rina Wati"]
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("rina-wati", "bank-sinar-jaya", False)]


def test_a_general_manager_written_half_in_indonesian_holds_the_title():
    found = roles_of("BANYUWANGI - General Manajer PT Nusa Ferry Cabang Ketapang, Budi Santoso, mengungkapkan "
                     "penumpang naik.")
    assert found == [("budi-santoso", "nusa-ferry/kantor-cabang-ketapang", "General Manajer", True)]


def test_the_words_of_a_task_forces_purpose_are_no_ones_name():
    """'Kepala Satuan Tugas Mudik Gratis tahun ini …': 'Mudik Gratis' names what the task force does, not its head."""
    f = kg.extract("JAKARTA - Kepala Satuan Tugas Mudik Gratis tahun ini dijabat direksi PT Nusa Asuransi bersama 20 "
                   "perusahaan.")
    assert f.people == () and "satuan-tugas-mudik-gratis" in [o.key for o in f.organizations]


def test_a_name_the_article_shortens_to_its_last_word_keeps_its_first_word_after_an_offices_fields():
    """'Kepala Dinas Kependudukan Rudi Hartono … kata Hartono': the last name used alone does not make the first a
    word of the office's name; and the office named by its first field alone is the one named in full before."""
    f = kg.extract("Dinas Kependudukan dan Catatan Sipil Kota Batu membuka layanan baru.\nKepala Dinas Kependudukan "
                   "Rudi Hartono mengatakan layanan itu gratis. \"Semua bisa mendaftar,\" kata Hartono.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]
    assert [o.key for o in f.organizations] == ["dinas-kependudukan-dan-catatan-sipil-kota-batu"]
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rudi-hartono", "dinas-kependudukan-dan-catatan-sipil-kota-batu")]


def test_a_speech_verb_written_with_a_capital_ends_the_holders_name():
    """'Plt Kepala X Rudi Mengatakan, Satu per satu …': some sites capitalise the verb; it is no word of a name, and
    the capitalised word after its comma opens the sentence, not a name."""
    f = kg.extract("Plt Kepala Dinas Sosial Kota Batu Rudi Mengatakan, Satu per satu warga didata.\n"
                   "“Pendataan ini penting,” kata dia.")
    assert [p.name for p in f.people] == ["Rudi"]
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi", "dinas-sosial-kota-batu")]
    assert [q.speaker for q in f.quotations] == ["rudi"]


@pytest.mark.parametrize("degrees", ["S.Ag MH", "MH", "S.Ag., M.H."])
def test_degrees_after_a_name_between_commas_are_no_person_and_leave_the_apposition(degrees):
    f = kg.extract(f"Kepala Kemenag Lebong, Rudi Hartono, {degrees} menerangkan terdapat 70 peristiwa nikah.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]
    assert [m.person for m in f.memberships] == ["rudi-hartono"]


@pytest.mark.parametrize("section", ["Bimas Islam", "Binmas Islam"])
def test_a_sections_short_form_after_a_title_is_no_persons_name(section):
    f = kg.extract(f"Kasi {section}, Rudi Hartono, mengatakan terdapat 70 peristiwa nikah.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]


def test_every_speech_verb_of_the_lexicon_is_checked_where_it_is_written_with_a_capital():
    """`_is_cap` looks a capitalised word up among the speech verbs only where it opens as they do."""
    from kg.extract import names
    from kg.lexicon import load
    verbs = [v for v in load().words["speech_verbs_before"] if " " not in v]
    assert {v[:2].capitalize() for v in verbs} <= names._SPEECH_VERB_OPENINGS
    assert {v.capitalize() for v in verbs} == names._capitalised_speech_verbs()


@pytest.mark.parametrize("text, name", [
    ("Kepala Bagian Tata Usaha Rudi mengatakan serapan anggaran naik.", "Rudi"),
    ("Kepala Bagian Umum Hartono mengatakan serapan anggaran naik.", "Hartono"),
    ("Kepala Bagian Umum Rudi Hartono mengatakan serapan anggaran naik.", "Rudi Hartono"),
])
def test_a_name_of_one_word_after_a_sections_words_is_the_holders_alone(text, name):
    assert [p.name for p in kg.extract(text).people] == [name]


@pytest.mark.parametrize("text, holder, organisation", [
    # the national body and its country: no office in 'RI', and the town a first name is named like stays the name's
    ("Kepala BKN RI Bima Satria Wibawa mengatakan formasi guru disiapkan.", "bima-satria-wibawa",
     "badan-kepegawaian-negara"),
    # a regional office named after the fields of its work, then a one-word name
    ("Sekretaris Badan Pajak dan Retribusi Daerah Riswanto menjelaskan setoran naik.", "riswanto",
     "badan-pajak-dan-retribusi-daerah"),
    # the joint vehicle tax office of a regency
    ("Kasi Pelayanan Samsat Klaten, Rudi Hartono, menyampaikan target naik.", "rudi-hartono", "samsat-klaten"),
])
def test_holders_name_ends_where_the_office_ends(text, holder, organisation):
    f = kg.extract(text)
    assert [(m.person, m.organization) for m in f.memberships] == [(holder, organisation)]


def test_a_letters_number_after_a_ministry_is_no_persons_name():
    f = kg.extract("Mengacu edaran Dirjen Minerba Kementerian ESDM No. C-77/MB/2021, tambang rakyat ditata.")
    assert f.people == ()


def test_a_weekday_and_its_date_right_after_a_name_are_no_words_of_it():
    f = kg.extract("\"Besarannya belum bisa kami umumkan,\" ujar Kepala Disnaker Bantul Sutarni Selasa (14/3).")
    assert [(m.person, m.organization) for m in f.memberships] == [("sutarni", "disnaker-bantul")]


@pytest.mark.parametrize("text, holder, organisation, title", [
    ("Sekprov Jambi Rudi Hartono menyampaikan penetapan UMP naik.", "rudi-hartono", "pemerintah-provinsi-jambi",
     "Sekprov"),
    # the plenary session named before the title is no one
    ("Seusai sidang Paripurna, Ketua DPRD Tarakan, Rudi Hartono menjelaskan APBD disepakati.", "rudi-hartono",
     "dprd-tarakan", "Ketua"),
])
def test_more_titles_of_regional_governments_and_parliaments(text, holder, organisation, title):
    f = kg.extract(text)
    assert [(m.person, m.organization, m.role_label) for m in f.memberships] == [(holder, organisation, title)]


def test_the_last_word_of_a_bodys_name_before_more_of_its_listed_fields_is_no_name():
    f = kg.extract("Kepala Balai Pengawasan Mutu Benih, Pupuk dan Pestisida Wilayah Timur, Rudi Hartono membenarkan "
                   "hal tersebut.")
    assert "Benih" not in [p.name for p in f.people]


@pytest.mark.parametrize("body", ["DPKP", "DP3A", "DPMPTSP"])
def test_a_short_form_before_a_regions_name_and_a_comma_is_a_body_there_not_the_regions_government(body):
    f = kg.extract(f"Jambi (ANTARA) - Kepala {body} Provinsi Jambi, Rina Wati, mengatakan stok beras aman.")
    [m] = f.memberships
    assert m.organization != "pemerintah-provinsi-jambi"
    org = next(o for o in f.organizations if o.key == m.organization)
    assert org.name == f"{body} Provinsi Jambi" and org.locations == ("jambi",)


def test_a_jakarta_city_office_named_by_its_short_type_is_that_citys_office():
    f = kg.extract("JAKARTA - Sudin Sosial Jakarta Timur menyalurkan kursi roda kepada warga.")
    assert [(o.name, o.locations) for o in f.organizations if o.kind != "publisher"] == [
        ("Sudin Sosial Jakarta Timur", ("jakarta-timur",))]


def test_a_regional_heads_title_then_a_name_and_a_body_after_a_comma_names_the_holder():
    """'Wakil Bupati Rudi, Dinas X dan …': a regional head's title has no field of its own, so the word after it is
    the holder's name, not the title's, though a body follows the comma."""
    f = kg.extract("Rapat dihadiri Bupati Tabalong Sari Puspita, Wakil Bupati Rudi, Dinas Sosial dan anggota dewan.")
    assert [(m.person, m.role_label) for m in f.memberships] == [("sari-puspita", "Bupati"), ("rudi", "Wakil Bupati")]


def test_a_list_of_places_each_with_a_count_in_brackets_names_no_people():
    f = kg.extract("BLORA - Kasus tersebar di Kecamatan Cepu (49), Randublatung (82), Kunduran (25) dan Jepon (23).")
    assert f.people == ()
    f = kg.extract("BLORA - Korban bernama Sumarni (41), Rudi (12) dan Bambang (30) selamat.")
    assert {p.name for p in f.people} == {"Sumarni", "Rudi", "Bambang"}  # 'Bambang' is a district's name too


def test_words_opening_with_an_organisations_short_name_are_no_person():
    f = kg.extract("PANGKALPINANG - Pada 2024, kata Pimpinan PT Sarana Usaha Mandiri (SUM) Cabang Bangka, SUM Bangka "
                   "menargetkan 5.000 nasabah.")
    assert not any(p.name.startswith("SUM") for p in f.people)


def test_a_regional_head_named_after_the_title_is_not_the_name_before_the_comma():
    f = kg.extract("PURBALINGGA - Saat upacara di halaman Pendapa Wiradana, Bupati Purbalingga Rina Wati SE BEcon MM "
                   "mengatakan koperasi harus beradaptasi.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rina-wati", "pemerintah-kabupaten-purbalingga")]


@pytest.mark.parametrize("branches, organisation", [
    ("BRI Bitung sudah menyalurkan Rp10 miliar.", "bank-rakyat-indonesia/kantor-cabang-bitung"),
    # two branches named: which one the title heads is not said
    ("BRI Bitung dan BRI Manado menyalurkan Rp10 miliar.", "bank-rakyat-indonesia"),
])
def test_a_branch_heads_title_written_with_the_whole_bank_heads_its_one_branch_named(branches, organisation):
    f = kg.extract("BITUNG - Kepala Cabang Bank Rakyat Indonesia (BRI) Rudi Hartono mengatakan kredit naik. " + branches)
    assert [m.organization for m in f.memberships] == [organisation]


@pytest.mark.parametrize("text, name", [
    ("Jakarta - Pekan ini Ditjen Dukcapil Kementerian Dalam Negeri mengumumkan angka kelahiran. Dirjen Dukcapil "
     "Rudi Arif Hartono menyebutkan, jumlah penduduk naik.", "Rudi Arif Hartono"),
    ("Kepahiang - Hal itu disampaikan Kepala Kantor Kemenag Kepahiang melalui Kasi Mapenda Rina Wati Lestari, kemarin.",
     "Rina Wati Lestari"),
])
def test_a_name_of_three_words_after_a_fields_short_form_is_whole(text, name):
    assert name in [p.name for p in kg.extract(text).people]


@pytest.mark.parametrize("text, org", [
    ("Jakarta - Pekan ini Ditjen Dukcapil Kementerian Dalam Negeri mengumumkan angka kelahiran. Dirjen Dukcapil "
     "Rudi Arif Hartono menyebutkan, jumlah penduduk naik.", "Ditjen Dukcapil Kementerian Dalam Negeri"),
    ("Jakarta - Dirjen Dukcapil Kemendagri Rudi Arif Hartono menyebutkan, jumlah penduduk naik.",
     "Ditjen Dukcapil Kemendagri"),
])
def test_a_director_general_heads_the_directorate_general_his_title_contracts(text, org):
    found = kg.extract(text)
    names = {o.key: o.name for o in found.organizations}
    assert [(m.person, names[m.organization]) for m in found.memberships] == [("rudi-arif-hartono", org)]


@pytest.mark.parametrize("text", [
    "Honor untuk Penyuluh Agama Islam dibayar bulan depan.",
    "Honor untuk Penyuluh Agama Kristen Triwulan II dibayar bulan depan.",
    "Dana untuk Guru Agama Hindu Semester I cair pekan depan.",
])
def test_a_religion_after_agama_belongs_to_the_title_and_a_quarter_is_no_name(text):
    assert people_and_offices(text)[0] == []


def test_a_name_that_holds_a_religions_word_after_another_body_stays_a_name():
    names, _ = people_and_offices("Kepala Kantor Kementerian Agama Kota Tegal Islam Sapuan mengatakan hal itu.")
    assert names == ["Islam Sapuan"]


def test_a_veterinarians_title_before_a_name_is_no_name():
    names, _ = people_and_offices("Klinik hewan dibuka pekan depan, ujar Dekan Fakultas Kedokteran Hewan "
                                  "Universitas Harapan Bangsa drh. Rina Wati.")
    assert names == ["Rina Wati"]


def test_a_title_followed_by_an_honoured_name_is_that_ones_not_the_words_before_it():
    f = kg.extract("Kepada peserta Beasiswa-Unggulan, Wakil Rektor II Universitas Harapan Bangsa, Prof. Dr. Budi "
                   "Santoso, berpesan agar rajin kuliah.")
    assert [p.name for p in f.people] == ["Budi Santoso"]
    assert [(m.person, m.role_label) for m in f.memberships] == [("budi-santoso", "Wakil Rektor II")]


def test_a_name_then_title_without_an_honoured_name_after_it_is_still_read():
    assert roles_of("Rina Wati, Kepala Dinas Sosial Kota Blitar, mengatakan bantuan cair.") == [
        ("rina-wati", "dinas-sosial-kota-blitar", "Kepala", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("Kunjungan itu dipimpin Rudi Hartono (Ketua Komisi I DPRD Jambi) bersama staf.",
     [("rudi-hartono", "dprd-jambi/komisi-i-dprd-jambi", "Ketua", True)]),
    ("Rina Wati didampingi Hendra Kusuma (Sekretaris KPU Kota Jambi) dan staf.",
     [("hendra-kusuma", "komisi-pemilihan-umum/kota-jambi", "Sekretaris", False)]),
])
def test_a_title_in_brackets_after_a_name_is_that_persons(sentence, expected):
    assert roles_of(sentence) == expected


@pytest.mark.parametrize("name", ["La Ode Abdul Rahman", "Wa Ode Rina Sari"])
def test_a_noble_prefix_of_southeast_sulawesi_opens_the_name(name):
    names, _ = people_and_offices(f"Kendari - Ketua KPU Kota Kendari {name} di Kendari, Jumat, mengatakan daftar "
                                  "pemilih sudah final.")
    assert names == [name]


def test_a_district_town_after_an_offices_class_is_no_part_of_the_holders_name():
    names, _ = people_and_offices("Kepala Kantor Imigrasi (Kanim) Kelas III Kalianget Rudi Hartono mengatakan paspor "
                                  "yang terbit naik.")
    assert names == ["Rudi Hartono"]


def test_words_of_a_business_size_in_an_offices_name_are_no_persons_name():
    names, _ = people_and_offices("Padang - Rapat dihadiri Kepala Dinas Koperasi, Perdagangan, dan Usaha Kecil "
                                  "Menengah, Kepala Dinas Pertanian, dan perwakilan Dinas Kesehatan.")
    assert names == []


def test_a_holder_named_again_on_their_own_begins_after_the_branchs_town():
    f = kg.extract("Malang - Kepala BPJS Kesehatan Cabang Malang Sutarmaji Hadi Wibowo mengatakan peserta naik. "
                   "Menurut Sutarmaji Hadi Wibowo, kenaikan itu berkat kerja sama dengan pemerintah daerah.")
    assert [p.name for p in f.people] == ["Sutarmaji Hadi Wibowo"]
    assert [m.organization for m in f.memberships] == ["bpjs-kesehatan/kantor-cabang-malang"]


def test_a_branch_named_by_its_town_and_street_keeps_the_street():
    f = kg.extract("Kepala BPJS Kesehatan Cabang Malang Ijen Rina Wati mengatakan peserta naik. Rina menambahkan, "
                   "layanan dibuka tiap hari.")
    assert [p.name for p in f.people] == ["Rina Wati"]


def test_a_name_then_a_speech_verb_ends_an_office_no_title_opened():
    f = kg.extract("Semarang - Kepala Seksi Haji, Kanwil Kemenag Jateng Rudi Santoso mengatakan kuota tahun ini naik.")
    assert [p.name for p in f.people] == ["Rudi Santoso"]
    assert not any("rudi" in o.key for o in f.organizations)


@pytest.mark.parametrize("opening", ["Semarang - ", "Banjir surut. "])
def test_a_title_written_in_sentence_case_at_a_sentences_start_is_a_title(opening):
    assert roles_of(f"{opening}Juru bicara BPBD Jawa Tengah Sri Lestari menyatakan status siaga berlaku.") == [
        ("sri-lestari", "bpbd-jawa-tengah", "Juru bicara", False)]


def test_a_title_in_lower_case_inside_a_sentence_is_not_read_as_one():
    assert roles_of("Semarang - Warga bertanya kepada juru bicara BPBD Jawa Tengah Sri Lestari soal banjir.") == []


def test_departments_of_an_english_title_joined_with_a_serial_comma_are_the_titles():
    assert roles_of("Padang - Hal itu disampaikan Area Manager Marketing, Sales, & Retail PT Semen Andalas Nusantara, "
                    "Rudi Hartono, melalui keterangan tertulis.") == [
        ("rudi-hartono", "semen-andalas-nusantara", "Area Manager Marketing, Sales, & Retail", False)]


def test_a_demonstrative_after_a_title_and_a_name_points_at_something_else():
    assert roles_of("Jakarta - Rapat yang dipimpin Mensos Rudi Hartono itu diikuti para bupati.") == [
        ("rudi-hartono", "kementerian-sosial", "Mensos", True)]


def test_a_demonstrative_after_a_title_and_its_office_points_back_at_its_holder():
    assert roles_of("Bogor - Kepala Dinas Sosial Kota Bogor Rina Wati hadir. Menurut Kepala Dinas Sosial itu, bantuan "
                    "cair.") == [("rina-wati", "dinas-sosial-kota-bogor", "Kepala", True)]


def test_a_district_office_then_a_name_of_three_words_is_the_heads_whole_name():
    f = kg.extract("Deli Serdang - Kepala UPT Samsat Sunggal Fajar Wira Nasution menyebut penerimaan naik.")
    assert [p.name for p in f.people] == ["Fajar Wira Nasution"]
    assert [o.name for o in f.organizations if o.kind == "org"] == ["UPT Samsat Sunggal"]


def test_a_head_word_known_short_written_out_before_it_opens_one_name():
    f = kg.extract("Medan - Unit Pelaksana Teknis (UPT) Samsat Sukamaju menagih pajak Rp40 miliar. Kepala UPT Samsat "
                   "Sukamaju Rudi Hartono menyebut penerimaan naik.")
    assert [o.name for o in f.organizations if o.kind == "org"] == ["UPT Samsat Sukamaju"]


def test_a_district_before_a_heads_name_the_article_shortens_stays_the_offices():
    f = kg.extract("Deli Serdang - Kepala UPT Samsat Sunggal Fajar Wira Nasution, SE, menyebut penerimaan naik. "
                   "“Penunggak kami datangi,” imbuh Fajar.")
    assert [p.name for p in f.people] == ["Fajar Wira Nasution"]


def test_a_hospitals_head_the_article_names_on_his_own_is_no_namesake_of_the_hospital():
    f = kg.extract("Serui - Rumah Sakit Umum Daerah (RSUD) Serui kekurangan dokter. Jumlah itu, menurut Yohanes Mayor "
                   "belum cukup. \"Kami terus merekrut,\" ucap Direktur RSUD Yohanes Mayor.")
    assert [o.name for o in f.organizations if o.name.startswith("RSUD Yohanes")] == []
    assert [p.name for p in f.people] == ["Yohanes Mayor"]


def test_an_official_vehicle_of_a_regional_government_names_no_office():
    f = kg.extract("Medan - Samsat mengejar tunggakan pajak kendaraan Dinas Pemkab Sukamaju yang jumlahnya banyak.")
    assert [o.name for o in f.organizations] == ["Pemkab Sukamaju"]


@pytest.mark.parametrize("opening", ["Cimahi – ", "Data itu lengkap. "])
def test_a_name_then_a_title_without_a_comma_opening_the_sentence_holds_the_title(opening):
    f = kg.extract(f"{opening}Rudi Santoso Kepala Dinas Sosial Kota Cimahi mengatakan, bantuan disalurkan.")
    assert [(m.person, m.role_label, m.organization) for m in f.memberships] == [
        ("rudi-santoso", "Kepala", "dinas-sosial-kota-cimahi")]


def test_a_title_of_no_government_before_an_unknown_bodys_name_and_a_region_is_no_governments():
    f = kg.extract("Bandung - Wakil Rektor Bidang Umum dan Keuangan Unsuka Kota Bandung Rudi Santoso mengatakan kuota "
                   "naik. Kepala Bidang Pendapatan Kota Sukabumi Budi Hartono menambahkan.")
    assert [(m.person, m.organization) for m in f.memberships] == [("budi-hartono", "pemerintah-kota-sukabumi")]


@pytest.mark.parametrize("sentence, organisation, names", [
    ("Kepala Dinas Pertanian (Kadistan) Kabupaten Wonogiri Rudi Hartono mengatakan panen naik.",
     "dinas-pertanian-kabupaten-wonogiri", {"Dinas Pertanian Kabupaten Wonogiri"}),
    ("Kepala Polres (Kapolres) Wonogiri AKBP Rudi Hartono mengatakan kasus turun.",
     "polres-wonogiri", {"Polres Wonogiri"}),
    ("Kepala Lembaga Pemasyarakatan (Kalapas) Kelas IIB Wonogiri, Rudi Hartono, mengatakan remisi diberikan.",
     "lembaga-pemasyarakatan-kelas-iib-wonogiri", {"Lembaga Pemasyarakatan Kelas IIB Wonogiri"}),
])
def test_a_titles_short_form_in_brackets_after_the_body_is_no_name_of_the_body(sentence, organisation, names):
    f = kg.extract(sentence)
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("rudi-hartono", organisation, True)]
    [body] = [o for o in f.organizations if o.key == organisation]
    assert names <= {body.name, *body.aliases}
    assert not [n for n in (body.name, *body.aliases) if n.startswith("Ka") and "(" not in n]


def test_a_bodys_own_short_form_after_kepala_stays_its_own():
    f = kg.extract("Kepala Kantor Wilayah (Kanwil) Kementerian Agama Jambi Rudi Hartono mengatakan kuota naik.")
    assert any("Kanwil" in m.role_label or "Kanwil" in " ".join(o.aliases) for m in f.memberships
               for o in f.organizations)


def test_a_regional_head_named_without_the_region_serves_the_one_region_of_that_level():
    f = kg.extract("Wonosobo - Realisasi pajak di Kabupaten Wonosobo masih rendah. Rapat evaluasi dipimpin Pj Bupati "
                   "Rudi Hartono, Selasa.")
    [m] = f.memberships
    [government] = [o for o in f.organizations if o.key == m.organization]
    assert m.person == "rudi-hartono" and government.kind == "government"
    assert "Kabupaten Wonosobo" in (government.name, *government.aliases)
    assert f.text[government.span.begin:government.span.end] == "Kabupaten Wonosobo"
    # two regencies named: which one the head leads is not said
    f = kg.extract("Wonosobo - Realisasi pajak di Kabupaten Wonosobo dan Kabupaten Temanggung masih rendah. Rapat "
                   "evaluasi dipimpin Pj Bupati Rudi Hartono, Selasa.")
    assert f.memberships == ()


def test_a_body_named_twice_with_a_slash_is_one_body_and_no_person():
    f = kg.extract("Kepala UPTD Bus Raya/Bus Kota, Made Sudarsa, Rabu mengatakan penumpang naik.")
    assert "UPTD Bus Raya/Bus Kota" in {o.name for o in f.organizations}
    assert not [p for p in f.people if "Bus" in p.name]


def test_an_office_class_then_a_town_of_several_words_is_the_offices_whole_name():
    f = kg.extract("Kepala Kantor Imigrasi (Kanim) Kelas III Pangkalan Balai, Rudi Hartono, mengatakan paspor naik.")
    [m] = f.memberships
    [office] = [o for o in f.organizations if o.key == m.organization]
    assert office.name.endswith("Kelas III Pangkalan Balai")


@pytest.mark.parametrize("text, name", [
    ("Sintang - Kepala Unit Penyelenggara Bandar Udara (UPBU) Kelas I Sukaraja, Rudi Hartono menyebut penumpang naik.",
     "Unit Penyelenggara Bandar Udara Kelas I Sukaraja"),  # a comma and the holder after the name
    ("Sorong - Unit Penyelenggara Bandar Udara (UPBU) Kelas II Sukaraja Sorong resmi menutup posko.",
     "Unit Penyelenggara Bandar Udara Kelas II Sukaraja Sorong"),  # the name closes with its town
])
def test_an_offices_own_name_after_its_class_and_short_form_is_read_where_its_end_shows(text, name):
    assert name in {o.name for o in kg.extract(text).organizations}


@pytest.mark.parametrize("text, office", [
    ("kata Kepala Stasiun Geofisika Sukamaju (BMKG Sukamaju) Rudi Hartono di Sukamaju, Senin.",
     "Stasiun Geofisika Sukamaju"),
    ("kata Kepala Stasiun Geofisika Sleman (BMKG Sleman) Rudi Hartono di Sleman, Senin.",
     "Stasiun Geofisika Sleman"),
    ("kata Kepala Dinas Kesehatan Kota Semarang (Dinkes Semarang) Rudi Hartono di Semarang, Senin.",
     "Dinas Kesehatan Kota Semarang"),
])
def test_a_name_its_region_closes_does_not_go_on_after_its_short_form_into_the_holders_name(text, office):
    f = kg.extract(text)
    assert [p.name for p in f.people] == ["Rudi Hartono"]
    assert office in {o.name for o in f.organizations}
    assert [m.person for m in f.memberships] == ["rudi-hartono"]


@pytest.mark.parametrize("text, office", [
    ("Kepala KUA Kecamatan Cipayung, Kota Sukamaju, Rudi Hartono mengatakan pernikahan turun.",
     "KUA Kecamatan Cipayung"),
    ("Kepala Kantor Urusan Agama Kecamatan Cipayung Rudi Hartono mengatakan pernikahan turun.",
     "Kantor Urusan Agama Kecamatan Cipayung"),
    ("Kepala Stasiun Klimatologi Jawa Tengah Rudi Hartono mengatakan kemarau tiba.", "Stasiun Klimatologi Jawa Tengah"),
    ("Kepala Stasiun Meteorologi Kelas I Sukamaju Rudi Hartono mengatakan hujan turun.",
     "Stasiun Meteorologi Kelas I Sukamaju"),
])
def test_religious_affairs_offices_and_weather_stations_are_organisations_their_heads_lead(text, office):
    f = kg.extract(text)
    [m] = f.memberships
    assert (m.person, [o.name for o in f.organizations if o.key == m.organization]) == ("rudi-hartono", [office])


def test_a_persons_name_after_an_offices_class_and_short_form_stays_the_persons():
    f = kg.extract("Kepala Kantor Imigrasi (Kanim) Kelas I Rudi Hartono mengatakan paspor yang terbit naik.")
    assert [p.name for p in f.people] == ["Rudi Hartono"]
    assert [o.name for o in f.organizations] == ["Kantor Imigrasi Kelas I"]


@pytest.mark.parametrize("document", ["Surat Edaran", "Instruksi", "Maklumat"])
def test_a_documents_name_before_an_officials_title_is_no_persons_name(document):
    f = kg.extract(f"Ternate - Kegiatan ini tindak lanjut {document} Menteri Perhubungan mengenai arus mudik.")
    assert [p.name for p in f.people] == []


def test_a_common_noun_opening_the_sentence_before_a_title_is_no_part_of_a_name():
    f = kg.extract("Jakarta - Data itu lengkap.\nPenjelasan Kepala Dinas Sosial Kota Bogor Rudi Santoso, bantuan naik.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-santoso", "dinas-sosial-kota-bogor")]


@pytest.mark.parametrize("opener", ["Hadir", "Tampak", "Turut"])
def test_a_verb_of_attending_that_opens_the_sentence_is_no_part_of_a_name(opener):
    f = kg.extract(f"Mataram - PT Sinar Nusa menggelar rapat. {opener} Rudi Hartono selaku Komisaris Utama.")
    assert not [p.name for p in f.people if p.name.startswith(opener)]


@pytest.mark.parametrize("level, key", [("kabupaten", "regency-sleman"), ("kota", "city-kediri")])
def test_a_regional_offices_region_written_with_its_level_in_lower_case_is_its_region(level, key):
    place = {"kabupaten": "Sleman", "kota": "Kediri"}[level]
    f = kg.extract(f"Dinas Pendidikan {level} {place} menyalurkan tunjangan guru pekan ini.")
    [office] = [o for o in f.organizations if o.name.startswith("Dinas")]
    assert (office.name, office.locations) == (f"Dinas Pendidikan {level} {place}", (key,))


def test_a_sentence_opener_before_a_title_is_no_part_of_a_name():
    assert memberships("Demikian Kepala Dinas Perkebunan Jambi, Ahmad Rudianto menjawab wartawan, Sabtu.") == [
        ("ahmad-rudianto", "dinas-perkebunan-jambi", True)]


def test_a_bodys_short_form_after_a_title_and_a_name_after_the_comma_is_no_person():
    f = kg.extract("Direktur BP Pangan, Sri Wahyuni Lestari menyebut stok aman.")
    assert [p.name for p in f.people] == ["Sri Wahyuni Lestari"]
    # a name that opens with initials in capitals is still its holder's
    f = kg.extract("Sekda HM Prasetyo, Forkopimda dan camat hadir dalam rapat.")
    assert [p.name for p in f.people] == ["HM Prasetyo"]


def test_a_member_of_a_commission_holds_the_commissioner_title():
    assert roles_of("Komisioner KPU Kota Blitar, Rina Wati, mengatakan pemilih naik.") == [
        ("rina-wati", "komisi-pemilihan-umum/kota-blitar", "Komisioner", False)]


def test_the_number_of_a_document_a_body_issued_is_no_part_of_the_bodys_name():
    f = kg.extract("Surat Perintah Kepala Kejaksaan Tinggi Jawa Tengah Nomor Print-22/M.3/Fd.1/10/2023 tanggal 2 "
                   "Oktober 2023 sudah diterbitkan.")
    assert [o.name for o in f.organizations] == ["Kejaksaan Tinggi Jawa Tengah"]


@pytest.mark.parametrize("sentence, government, label", [
    ("Pernyataan itu disampaikan Bupati Kutai Barat (Kubar) Rudi Hartono yang menyoroti kebocoran.",
     "pemerintah-kabupaten-kutai-barat", "Bupati"),
    ("Gubernur Sulawesi Tenggara (Sultra) Rudi Hartono mengatakan jalan baik.",
     "pemerintah-provinsi-sulawesi-tenggara", "Gubernur"),
])
def test_a_regional_heads_region_with_its_short_form_in_brackets_then_the_holder(sentence, government, label):
    assert roles_of(sentence) == [("rudi-hartono", government, label, True)]


def test_a_linking_word_that_opens_a_sentence_is_no_holders_name():
    f = kg.extract("Nilai ekspor naik 50 persen. Alhasil, Bupati Wonosobo diganjar penghargaan.")
    assert f.people == () and f.memberships == ()


@pytest.mark.parametrize("sentence, organisation", [
    ("Sebelumnya, Menteri Pertanian, Rudi Hartono mengakui banyak petani gagal panen.", "kementerian-pertanian"),
    ("Menteri Dalam Negeri, Rudi Hartono, meminta daerah segera membelanjakan anggaran.",
     "kementerian-dalam-negeri"),
])
def test_a_minister_named_after_a_comma_holds_the_ministry(sentence, organisation):
    f = kg.extract("Jakarta (ANTARA) - " + sentence)
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", organisation)]


@pytest.mark.parametrize("sentence, organisation", [
    ("Menteri Keuangan (Menkeu) Rudi Hartono mengatakan penerimaan naik.", "kementerian-keuangan"),
    ("Menteri Kelautan dan Perikanan (KP) Rudi Hartono meninjau pelabuhan.",
     "kementerian-kelautan-dan-perikanan"),
])
def test_a_minister_named_after_the_short_form_in_brackets_holds_the_ministry(sentence, organisation):
    f = kg.extract("Jakarta (ANTARA) - " + sentence)
    assert [(m.person, m.organization, m.head) for m in f.memberships] == [("rudi-hartono", organisation, True)]
    [ministry] = [o for o in f.organizations if o.key != "antara"]
    assert ministry.key == organisation and "Menkeu" not in (ministry.name, *ministry.aliases)  # the minister's title


@pytest.mark.parametrize("sentence, organisation, title", [
    ("“Kami siaga,” kata Rudi Hartono, Menteri Pertanian, dalam keterangan tertulis.", "kementerian-pertanian",
     "Menteri Pertanian"),
    ("Rudi Hartono, Menteri Kelautan dan Perikanan (KP), meninjau pelabuhan.",
     "kementerian-kelautan-dan-perikanan", "Menteri Kelautan dan Perikanan"),
])
def test_a_minister_titled_after_the_name_holds_the_ministry_of_the_portfolio(sentence, organisation, title):
    f = kg.extract("Jakarta (ANTARA) - " + sentence)
    assert [(m.person, m.organization, m.role_label) for m in f.memberships] == [("rudi-hartono", organisation, title)]


def test_a_listed_bodys_name_ends_before_the_speakers_name():
    f = kg.extract("Bandung - Menurut catatan Kementerian ESDM Rudi Hartono mengatakan investasi naik.")
    assert [o.key for o in f.organizations] == ["kementerian-energi-dan-sumber-daya-mineral"]


def test_a_ministers_title_then_a_body_after_the_comma_names_no_minister():
    f = kg.extract("Jakarta (ANTARA) - Menteri Pertanian, Kementerian Pertanian mencatat produksi naik.")
    assert f.memberships == ()


def test_the_holder_after_the_short_form_given_with_atau_holds_the_regional_office():
    f = kg.extract("Kupang (ANTARA) - Kepala Otoritas Jasa Keuangan atau OJK Provinsi Nusa Tenggara Timur, Rudi Hartono "
                   "mengatakan kredit tumbuh.")
    [m] = f.memberships
    [office] = [o for o in f.organizations if o.key == m.organization]
    assert m.person == "rudi-hartono" and office.parent == "otoritas-jasa-keuangan" and office.locations


def test_the_holder_after_an_unknown_short_form_given_with_atau_holds_the_body_of_the_full_name():
    f = kg.extract("Kupang (ANTARA) - Kepala Badan Riset dan Inovasi Daerah atau Brinda Rote, Rudi Hartono "
                   "mengatakan anggaran riset naik.")
    [m] = f.memberships
    [body] = [o for o in f.organizations if o.key == m.organization]
    assert m.person == "rudi-hartono" and body.name == "Badan Riset dan Inovasi Daerah" and m.head


def test_the_offices_short_form_in_brackets_after_the_title_is_passed_over():
    f = kg.extract("Kupang (ANTARA) - Kepala Kantor Perwakilan (KPw) Bank Indonesia (BI) Provinsi Nusa Tenggara Timur "
                   "Rudi Hartono menyebut ekonomi tumbuh 5 persen.")
    [m] = f.memberships
    [office] = [o for o in f.organizations if o.key == m.organization]
    assert m.person == "rudi-hartono" and office.parent == "bank-indonesia" and office.kind == "unit"


def test_a_word_the_gazetteer_does_not_know_after_provinsi_is_no_province():
    f = kg.extract("Palu (ANTARA) - Kepala BPS Provinsi Simon Hartono mengatakan inflasi turun.")
    assert {p.name for p in f.people} == {"Simon Hartono"}
    assert not [p for p in f.places if "Simon" in p.name]
    assert not [o for o in f.organizations if "Simon" in o.name]


def test_the_office_word_written_small_inside_a_title_goes_on_to_the_body():
    f = kg.extract("Sorong (ANTARA) - \"Antrean masih panjang,\" kata Kepala Seksi Pendidikan Madrasah kantor Kemenag Kota "
                   "Sorong, Rudi Hartono di Sorong, Rabu.")
    assert [m.person for m in f.memberships] == ["rudi-hartono"]
    assert {p.name for p in f.people} == {"Rudi Hartono"}


def test_a_numbered_unit_then_its_parent_is_the_unit_and_its_head_a_holder():
    f = kg.extract("Jakarta (ANTARA) - Manajer Humas Daop 4 PT KAI, Rudi Hartono, mengatakan kereta tambahan siap.")
    [m] = f.memberships
    [unit] = [o for o in f.organizations if o.key == m.organization]
    assert m.person == "rudi-hartono" and unit.kind == "unit" and unit.parent == "kereta-api-indonesia"


@pytest.mark.parametrize("rank", ["Ajun Komisaris Besar Polisi (AKBP)", "Komisaris Polisi atau Kompol"])
def test_a_rank_written_out_then_its_short_form_opens_no_name(rank):
    f = kg.extract(f"Sumbawa (ANTARA) - Kapolres Sumbawa {rank} Rudi Hartono menjelaskan kasus naik.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "polres-sumbawa")]


@pytest.mark.parametrize("sentence, organisation", [
    ("Penjabat Kepala BKPSDM Kabupaten Seluma Rudi Hartono mengatakan pelamar naik.", "bkpsdm-kabupaten-seluma"),
    ("Hal itu disampaikan Penjabat Walikota Ambon Rudi Hartono, Rabu.", "pemerintah-kota-ambon"),
])
def test_an_acting_official_called_penjabat_holds_the_office(sentence, organisation):
    f = kg.extract("Ambon (ANTARA) - " + sentence)
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", organisation)]


def test_hospitals_short_forms_open_their_names_and_two_hospitals_joined_by_dan_are_two():
    f = kg.extract("Semarang (ANTARA) - BPJS Kesehatan membayar tagihan RSUD Tugu Wijaya dan RSI Nurul Ilmi senilai Rp5 "
                   "miliar. Pasien lain dirujuk ke RSU Mitra Sehat, RSIA Bunda Kasih dan RSJ Amino.")
    hospitals = {o.name for o in f.organizations if o.key != "bpjs-kesehatan" and o.kind != "publisher"}
    assert hospitals == {"RSUD Tugu Wijaya", "RSI Nurul Ilmi", "RSU Mitra Sehat", "RSIA Bunda Kasih", "RSJ Amino"}


@pytest.mark.parametrize("short, full", [("Distamben", "Dinas Pertambangan dan Energi"),
                                         ("Disbun", "Dinas Perkebunan")])
def test_a_regional_offices_short_form_and_region_is_the_office_named_in_full(short, full):
    f = kg.extract(f"Medan (ANTARA) - {full} Sumatera Utara menambah anggaran. Menurut catatan {short} Sumut, "
                   f"realisasi masih rendah, kata Kepala {short} Sumut Rudi Hartono.")
    [m] = f.memberships
    [office] = [o for o in f.organizations if o.key == m.organization]
    assert m.person == "rudi-hartono" and office.name == f"{full} Sumatera Utara"


def test_a_title_with_the_short_name_of_the_articles_parliament_is_labelled_as_written():
    f = kg.extract("Sleman (ANTARA) - Rapat paripurna Dewan Perwakilan Rakyat Daerah (DPRD) Sleman digelar. Rapat "
                   "dipimpin Ketua DPRD Rudi Hartono dan didampingi Wakil Ketua DPRD Rina Wati.")
    assert [(m.person, m.organization, m.label) for m in f.memberships] == [
        ("rudi-hartono", "dewan-perwakilan-rakyat-daerah-sleman", "Ketua DPRD"),
        ("rina-wati", "dewan-perwakilan-rakyat-daerah-sleman", "Wakil Ketua DPRD")]


@pytest.mark.parametrize("office", ["Dinas Sosial Sleman", "Dinas Perhubungan Kota Blitar"])
def test_a_regional_office_then_a_name_and_a_speech_verb_ends_at_its_region(office):
    f = kg.extract(f"Yogyakarta (ANTARA) - Menurut data terbaru, {office} Rina Wulandari mengatakan jumlah warga naik.")
    assert [o.name for o in f.organizations if o.kind != "publisher"] == [office]
    assert [p.name for p in f.people] == ["Rina Wulandari"]


@pytest.mark.parametrize("sentence, holder, organisation", [
    ("Direktur PT Sinar Jaya Joko R Santoso mengatakan laba naik 5 persen.", "joko-r-santoso", "sinar-jaya"),
    # after a word of the organisation's name, the initial opens the name
    ("\"Stok aman,\" ujar Sekretaris Jenderal Kementerian Pertanian M Rudi di Bogor, Selasa.", "m-rudi",
     "kementerian-pertanian"),
])
def test_a_capital_letter_without_its_dot_is_an_initial_of_the_holders_name(sentence, holder, organisation):
    f = kg.extract(sentence)
    assert [(m.person, m.organization) for m in f.memberships] == [(holder, organisation)]


@pytest.mark.parametrize("sentence", [
    "Rapat dihadiri Rudi Hartono, Sekretaris Dinas Sosial Kota Blitar dan Rina Wati, Sekretaris Dinas Pertanian "
    "Kota Blitar.",
    "Rapat dihadiri Rudi Hartono, Sekretaris Dinas Sosial Kota Blitar dan Rina Wati, Sekretaris Dinas Pertanian "
    "Kota Blitar, Selasa.",
])
def test_people_listed_each_with_a_title_after_a_comma_each_hold_theirs(sentence):
    f = kg.extract(sentence)
    assert sorted((m.person, m.organization) for m in f.memberships) == [
        ("rina-wati", "dinas-pertanian-kota-blitar"), ("rudi-hartono", "dinas-sosial-kota-blitar")]


@pytest.mark.parametrize("sentence, holder", [
    ("Penyaluran kredit naik, kata Kepala Cabang BRI Pemuda Raya Surakarta Budi.", "budi"),
    ("Penyaluran kredit naik, kata Kepala Cabang BRI Pemuda Raya Surakarta Budi Santoso.", "budi-santoso"),
])
def test_a_branch_named_by_its_street_and_town_ends_at_the_town_before_its_heads_name(sentence, holder):
    f = kg.extract(sentence)
    assert [p.key for p in f.people] == [holder]
    assert not any(p.name.startswith("Pemuda") for p in f.people)


@pytest.mark.parametrize("short", ["Setdako", "Setdakot"])
def test_the_press_short_forms_of_a_citys_regional_secretariat_name_the_office_of_the_title(short):
    f = kg.extract(f"PADANG - Asisten II {short} Padang Rudi Hartono mengatakan pendapatan naik 10 persen.")
    assert [(m.person, m.role_label) for m in f.memberships] == [("rudi-hartono", "Asisten II")]
    assert [o.name for o in f.organizations if o.key == f.memberships[0].organization] == [f"{short} Padang"]


@pytest.mark.parametrize("sentence, people", [
    ("Sebelumnya, Rudi Hartono dari BPS Jambi menjelaskan angka kemiskinan turun.", ["Rudi Hartono"]),
    # no name: a programme's or a team's words before 'dari'
    ("Bantuan Sosial dari Kemensos mengatakan hal lain.", []),
    ("Sebelumnya, Tim Gabungan dari Polres Batam menjelaskan kasus itu.", []),
])
def test_a_name_that_opens_a_clause_then_dari_an_organisation_and_a_speech_verb_is_a_person(sentence, people):
    f = kg.extract(f"BATAM - {sentence}")
    assert [p.name for p in f.people] == people
    assert f.memberships == ()


def test_a_holder_named_after_the_town_where_the_title_spoke_holds_it():
    assert _roles_of("Penjualan naik 10 persen, kata General Manager PLN UIW Sumsel di Palembang, Budi Santoso, "
                     "Senin.") == [
        ("budi-santoso", "General Manager", "pln/unit-induk-wilayah-sumatera-selatan")]


def test_a_title_written_with_its_second_word_in_lower_case_is_still_the_title():
    [(person, label, _)] = _roles_of("Omzet naik menjelang Lebaran, ujar Pimpinan cabang Pegadaian Kebayoran, Rudi "
                                     "Hartono kepada wartawan.")
    assert (person, label) == ("rudi-hartono", "Pimpinan cabang")


def test_a_commonly_misspelt_title_keeps_the_holders_name_out_of_the_organisation():
    f = kg.extract("Medan (ANTARA) - Stok beras aman, kata sekertaris Dinas Ketahanan Pangan dan Perikanan Budi "
                   "Hartono di kantornya.\n")
    assert [o.name for o in f.organizations if o.name.startswith("Dinas")] == ["Dinas Ketahanan Pangan dan Perikanan"]
    assert [m.person for m in f.memberships] == ["budi-hartono"]


def test_a_title_between_two_names_is_held_by_the_one_who_speaks_after_it():
    f = kg.extract("Kendari (ANTARA) - Kepala BPJS Kesehatan Cabang Kendari, Andi Rahman, mengatakan peserta naik. "
                   "Sejalan dengan Andi Rahman, Kepala Bidang Pelayanan BPJS Kesehatan Cabang Kendari, Sri Wahyuni, "
                   "menyebut antrean berkurang.\n")
    assert sorted((m.person, m.role_label) for m in f.memberships) == [
        ("andi-rahman", "Kepala"), ("sri-wahyuni", "Kepala Bidang Pelayanan")]


def test_officers_listed_by_their_titles_after_a_word_of_accompanying_serve_the_first_ones_body():
    f = kg.extract("Padang (ANTARA) - Direktur Utama PT Bank Sukamaju Budi Santoso, didampingi Direktur Keuangan Rudi "
                   "Hartono dan Komisaris Independen Andi Wijaya, mengatakan laba naik.")
    assert sorted((m.person, m.organization) for m in f.memberships) == [
        ("andi-wijaya", "bank-sukamaju"), ("budi-santoso", "bank-sukamaju"), ("rudi-hartono", "bank-sukamaju")]


def test_a_companions_title_that_names_a_school_of_its_own_is_not_the_first_ones_body():
    f = kg.extract("Padang (ANTARA) - Kepala Dinas Pendidikan Kota Padang Budi Santoso, didampingi Kepala Sekolah SMA "
                   "Negeri 9 Rudi Hartono, meninjau ujian.")
    assert ("rudi-hartono", "dinas-pendidikan-kota-padang") not in {(m.person, m.organization) for m in f.memberships}


def test_officers_accompanying_the_speaker_of_a_quotation_serve_the_speakers_body():
    f = kg.extract("Padang (ANTARA) - Direktur Utama PT Bank Sukamaju Budi Santoso mengatakan laba naik.\n\"Kredit macet "
                   "turun,\" ujarnya yang didampingi Direktur Keuangan Rudi Hartono dan Sekretaris Perusahaan Rina Wati "
                   "Lubis, kemarin.")
    held = {(m.person, m.organization) for m in f.memberships}
    assert ("rudi-hartono", "bank-sukamaju") in held
    assert not any(person.startswith("wati") for person, _ in held)  # no title read up into the first of a name


@pytest.mark.parametrize("sentence, held", [
    ("Hadir pula Sekretaris Perusahaan Rina Wati Lubis dan staf.", ("Sekretaris Perusahaan", "Rina Wati Lubis")),
    ("Hadir pula Komisaris Independen Andi Budi Santoso dan staf.", ("Komisaris Independen", "Andi Budi Santoso")),
    ("Hadir pula Kepala Bagian Pelayanan Rina Wati dan staf.", ("Kepala Bagian Pelayanan", "Rina Wati")),  # a field
])
def test_three_words_after_a_whole_title_of_two_are_a_name_unless_the_first_names_a_field(sentence, held):
    state = pipeline.run("Padang (ANTARA) - " + sentence, until="roles")
    assert [(r.title, r.person.name) for r in state.names.roles] == [held]


def test_the_holder_named_after_the_area_an_office_serves_written_in_lower_case_holds_the_title():
    f = kg.extract("Jakarta - Gadai emas ramai sebelum Lebaran, kata Pimpinan Cabang Pegadaian wilayah Kebayoran, "
                   "Rudi Hartono kepada wartawan, Rabu (16/7).")
    [m] = f.memberships
    assert (m.person, m.role_label) == ("rudi-hartono", "Pimpinan Cabang")
    assert m.organization.startswith("pegadaian/")  # the office, with the area it serves


@pytest.mark.parametrize("sentence, people", [
    ("Sementara itu, Rudi Hartono mengatakan usahanya terbantu.", ["Rudi Hartono"]),
    ("Sementara itu, salah satu pedagang I Gusti Ketut Rai mengakui usahanya terbantu.", ["I Gusti Ketut Rai"]),
    ("Sementara itu, Bank Sukamaju mengatakan labanya naik.", []),  # a body's name
    ("Sementara itu, Jawa Tengah menyebutkan angka itu.", []),  # a place
    ("Sementara itu, Rudi mengatakan usahanya terbantu.", []),  # one word may be anything
    # … but after a word for people, or after one and their place, one word is a name
    ("Sementara itu, salah seorang petani Sutrisno mengatakan panen bagus.", ["Sutrisno"]),
    ("Sementara itu, seorang nelayan asal Kecamatan Depok Sutrisno mengatakan tangkapan bagus.", ["Sutrisno"]),
    ("Sementara itu, warga di Kecamatan Depok Sleman mengatakan jalan rusak.", []),  # places only
])
def test_a_name_that_opens_a_clause_and_a_speech_verb_after_it_is_a_person(sentence, people):
    assert [p.name for p in kg.extract("Denpasar - " + sentence).people] == people


# --- bodies named with their short form and office place, areas joined by '&', acronym offices after a title -----


def test_a_listed_body_without_a_head_word_then_its_short_form_then_a_place_is_its_office_there():
    text = ("SOLOK - Ketua Palang Merah Indonesia (PMI) Kabupaten Solok Arif Gunawan mengatakan stok darah cukup. "
            "Ketua PMI Kota Padang Rudi Hartono juga hadir.")
    f = kg.extract(text)
    assert _org_rows(text) == [
        ("palang-merah-indonesia", "org", None),
        ("palang-merah-indonesia/kabupaten-solok", "unit", "palang-merah-indonesia"),
        ("palang-merah-indonesia/kota-padang", "unit", "palang-merah-indonesia")]
    assert sorted((m.person, m.organization) for m in f.memberships) == [
        ("arif-gunawan", "palang-merah-indonesia/kabupaten-solok"), ("rudi-hartono", "palang-merah-indonesia/kota-padang")]


@pytest.mark.parametrize("joined", ["&", "dan"])
def test_an_offices_area_of_two_places_joined_by_an_ampersand_is_one_office(joined):
    f = kg.extract(f"SEMARANG - Kepala Kanwil Bea Cukai Jateng {joined} DIY Budi Santoso mengatakan penerimaan "
                   "naik 12 persen.")
    [office] = [o for o in f.organizations if o.kind == "unit"]
    assert office.name.endswith(f"Jateng {joined} DIY") and office.key.endswith("kantor-wilayah-jawa-tengah")


def test_a_numbered_region_of_a_bank_is_its_unit():
    text = ("PALEMBANG - Bank Mandiri Region III Sumatera melayani lima provinsi. Kredit yang disalurkan Bank Mandiri "
            "Region III Sumatera naik, kata Budi Santoso.")
    assert [(k, p) for k, kind, p in _org_rows(text) if kind == "unit"] == [
        ("bank-mandiri/regional-iii-sumatera", "bank-mandiri")]


def test_a_short_form_and_a_place_after_a_comma_are_an_office_not_the_holders_name():
    f = kg.extract("PANGKALPINANG - Pada 2024, kata Pimpinan PT SMA Cabang Babel Daniel Sihombing, SMA Babel "
                   "menargetkan 900 nasabah baru.")
    assert [p.name for p in f.people] == ["Daniel Sihombing"]


def test_a_name_after_the_comma_may_end_at_a_hyphenated_word():
    assert _roles_of("Kepala Disperindag Karawang, Ahmad Subekti disela-sela kunjungan ke gudang mengatakan stok aman.") \
        == [("ahmad-subekti", "Kepala", "disperindag-karawang")]


def test_an_unknown_short_form_and_a_region_after_a_title_then_a_name_after_the_comma_is_an_office():
    assert _roles_of("Kepala UPPRD Kabupaten Lahat, Rina Wulandari, mengatakan tunggakan pajak Rp5 miliar.") == [
        ("rina-wulandari", "Kepala", "upprd/kabupaten-lahat")]
    # a field of the title and a region still name the region's government
    assert [m.organization for m in kg.extract(
        "Palembang (ANTARA) - Kepala Bidang Kabupaten Lahat, Rina Wulandari, mengatakan.\n").memberships] == [
        "pemerintah-kabupaten-lahat"]


def test_the_vehicle_tax_office_written_in_full_is_an_office_and_its_mobile_service_a_programme():
    f = kg.extract("KENDAL - Piutang pajak pada Sistem Administrasi Manunggal Satu Atap (Samsat) Kabupaten Kendal "
                   "sebesar Rp4 miliar. Samsat Kendal membuka Samsat Keliling bagi 500 wajib pajak.")
    assert "sistem-administrasi-manunggal-satu-atap-kabupaten-kendal" in {o.key for o in f.organizations}
    assert "samsat-keliling" not in {o.key for o in f.organizations}
    assert [p.key for p in f.programs] == ["samsat-keliling"]


def test_a_body_a_title_names_after_its_word_for_an_office_is_named_with_that_word_too():
    f = kg.extract("PATI - Penindakan naik, ujar Kepala Kantor Bea Cukai Pati Gatot Wibowo.")
    [office] = [o for o in f.organizations if o.kind == "unit"]
    assert "Kantor Bea Cukai Pati" in office.aliases and office.key == "direktorat-jenderal-bea-dan-cukai/pati"


def test_a_sentence_opened_by_then_and_a_name_named_before_is_that_person():
    f = kg.extract("MATARAM - Kepala Kantor Pajak Kota Mataram Rudi Tarmizi mengatakan pajak naik. Lalu Tarmizi "
                   "menyebut target tercapai. Wakil Gubernur NTB Lalu Muhammad Iqbal juga hadir.")
    assert sorted(p.name for p in f.people) == ["Lalu Muhammad Iqbal", "Rudi Tarmizi"]


def test_a_bodys_acronym_and_its_number_after_a_title_are_no_persons_name():
    f = kg.extract("Medan - Rapat dihadiri Direktur Operasional PTKN II di Medan, Kamis.")
    assert all("ptkn" not in p.key for p in f.people)


@pytest.mark.parametrize("opener", ["Didampingi", "Bersama"])
def test_a_title_after_a_sentence_opening_word_of_accompanying_is_read(opener):
    f = kg.extract(f"Purwodadi - Ia hadir. {opener} Ketua Baznas Sragen Rudi Hartono, ia menghadiri acara itu.")
    assert [(m.person, m.role_label) for m in f.memberships] == [("rudi-hartono", "Ketua")]


def test_a_name_with_an_honorific_then_its_title_closes_a_quotation():
    f = kg.extract("Purwodadi - “Zakat naik,” ungkap Hj Rina Wati Lestari, Wakil Bupati Grobogan.")
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("rina-wati-lestari", "pemerintah-kabupaten-grobogan")]


def test_a_title_in_lower_case_after_a_speech_verb_is_read():
    f = kg.extract("Surabaya - “Saldo kami Rp10 triliun,” terang kepala BPKH Rudi Hartono di Surabaya, Jumat.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "badan-pengelola-keuangan-haji")]


def test_a_branch_word_in_lower_case_stays_in_the_titles_office():
    f = kg.extract("Kediri - Kepala Kantor Pos Indonesia cabang Kediri, Rudi Hartono mengatakan, kiriman naik.")
    [m] = f.memberships
    assert m.person == "rudi-hartono" and m.organization.endswith("kantor-cabang-kediri")


def test_the_head_of_a_suku_dinas_by_the_contracted_title():
    f = kg.extract("Jakarta - “Jumlahnya naik,” ujar Plt Kasudin Dukcapil Jakarta Timur, Rudi saat dikonfirmasi.")
    [m] = f.memberships
    assert (m.person, m.head) == ("rudi", True) and m.organization.startswith("sudin-dukcapil-jakarta-timur")


@pytest.mark.parametrize("sentence", [
    "Kadis Pariwisata Gianyar, Ida Bagus Putu Rai Wira Dharma, menargetkan kunjungan naik.",
    "Kepala Dinas Pariwisata Gianyar Ida Bagus Putu Rai Wira Dharma mengatakan kunjungan naik.",
])
def test_a_nobles_name_of_six_words_is_read_whole(sentence):
    f = kg.extract("Gianyar - " + sentence)
    assert [(m.person, m.organization) for m in f.memberships] == [
        ("ida-bagus-putu-rai-wira-dharma", "dinas-pariwisata-gianyar")]


@pytest.mark.parametrize("title, person, org", [
    # a pair that opens names only ('Ida Bagus', 'I Made') opens the name right after a title with no body, however
    # long the name runs
    ("Sekda", "ida-bagus-gde-sari-wijaya", "pemerintah-kabupaten-gianyar"),
    ("Wakil Bupati", "ida-bagus-gde-sari-wijaya", "pemerintah-kabupaten-gianyar"),
])
def test_a_name_opened_by_a_pair_of_name_words_is_read_whole_after_a_bare_title(title, person, org):
    f = kg.extract(f"Gianyar - Peresmian dihadiri Bupati Gianyar. Turut hadir {title} Ida Bagus Gde Sari Wijaya, "
                   "dan sejumlah undangan.")
    assert (person, org) in [(m.person, m.organization) for m in f.memberships]


@pytest.mark.parametrize("holder", ["I Ketut Sukarma", "Budi Sukarma"])
def test_a_semicolon_closes_a_guests_name_after_the_title_and_comma(holder):
    f = kg.extract(f"Gianyar - Turut hadir Ketua DPRD Gianyar, {holder}; Direktur RSUD Gianyar, Rina Wati; dan "
                   "sejumlah undangan.")
    assert [(m.person, m.organization) for m in f.memberships][:1] == [(holder.lower().replace(" ", "-"),
                                                                         "dprd-gianyar")]


def test_the_holder_named_before_the_comma_is_not_the_next_clauses_subject():
    f = kg.extract("Purwodadi - Ia hadir. Didampingi Ketua Baznas Sragen H Rudi Hartono, Rina menghadiri acara itu.")
    assert [m.person for m in f.memberships] == ["rudi-hartono"]


def test_a_sites_village_and_town_before_the_comma_leave_the_holder_after_it():
    f = kg.extract("Purwodadi - Kepala Gudang Bulog Kaliwungu Grobogan, Rudi Hartono, menambahkan stok cukup.")
    assert [m.person for m in f.memberships] == ["rudi-hartono"]


def test_a_word_of_a_titles_field_opens_no_name():
    f = kg.extract("Samarinda - Bersama Deputi Audit dan Manajemen Intern Rudi, ia melanjutkan paparan.")
    assert all("intern" not in p.key for p in f.people)


def test_a_numbered_plantation_company_and_its_regional_unit_hold_their_officers():
    f = kg.extract("Palembang - Region Head PTPN VII Regional 3 Rudi Hartono menjelaskan target panen di Palembang. "
                   "Rapat dihadiri Direktur Utama PTPN VII Andi Wijaya Kusuma dan para Manajer Kebun.")
    assert {(m.person, m.organization) for m in f.memberships} == {
        ("rudi-hartono", "perkebunan-nusantara-vii/regional-3"), ("andi-wijaya-kusuma", "perkebunan-nusantara-vii")}
    assert {p.key.split("--")[0] for p in f.people} == {"rudi-hartono", "andi-wijaya-kusuma"}  # no 'Kebun'
    [regional] = [m for m in f.memberships if m.person == "rudi-hartono"]
    assert str(regional.role_concept).endswith("/regional-head") and regional.head


@pytest.mark.parametrize("written", ["Kelas 1", "Kelas I"])
def test_an_offices_class_in_a_digit_or_a_numeral_stays_in_its_name(written):
    f = kg.extract(f"Tegal - Kepala Kantor Imigrasi {written} Non TPI Tegal Rudi Hartono menyampaikan, 11 WNA "
                   "dideportasi.")
    [m] = f.memberships
    assert m.person == "rudi-hartono" and m.organization.endswith("non-tpi-tegal")


@pytest.mark.parametrize("sentence, museum", [
    ("Museum Raja Alam Perkasa III banyak dikunjungi pelajar.", "museum-raja-alam-perkasa-iii"),
    ("Ternyata Museum Raja Alam Perkasa III banyak dikunjungi pelajar.", "museum-raja-alam-perkasa-iii"),
    ("Jumlah pengunjung Museum Daerah Kabupaten Dompu mencapai 900 orang.", "museum-daerah-kabupaten-dompu"),
])
def test_a_museum_is_an_organisation_named_after_a_person_or_its_region(sentence, museum):
    f = kg.extract("Bima - " + sentence)
    assert museum in {o.key for o in f.organizations}


@pytest.mark.parametrize("sentence", [
    "Dinas Kebudayaan menggelar program Museum Berjalan bagi siswa.",
    "Dinas Kebudayaan menggelar “Museum Berjalan” bagi siswa.",
])
def test_a_name_the_article_calls_a_programme_or_quotes_whole_is_no_organisation(sentence):
    f = kg.extract("Bima - " + sentence)
    assert "museum-berjalan" not in {o.key for o in f.organizations}


def test_a_listed_body_after_the_word_programme_is_still_named():
    f = kg.extract("Bima - Pekerja terdaftar dalam program BPJS Ketenagakerjaan sebanyak 900 orang.")
    assert "bpjs-ketenagakerjaan" in {o.key for o in f.organizations}


def test_a_director_general_by_the_short_form_of_the_directorate_the_article_spells_out():
    f = kg.extract("Jakarta - Dirjen SDA Rudi Hartono mengatakan pihaknya mendapat dana. Realisasi anggaran "
                   "Ditjen Sumber Daya Air mencapai 35 persen.")
    assert [(m.person, m.organization) for m in f.memberships] == [("rudi-hartono", "ditjen-sumber-daya-air")]


def test_a_dam_and_a_reservoir_are_places():
    f = kg.extract("Jakarta - Dua bendungan rampung, yakni Bendungan Karang Sari di Lampung dan Waduk Tirta Asri di Jabar.")
    assert {"Bendungan Karang Sari", "Waduk Tirta Asri"} <= {p.name for p in f.places}


def test_the_treasurer_listed_after_the_chairs_companion_serves_the_same_body():
    f = kg.extract("Banjarmasin - Pertemuan itu diketuai Wakil Ketua Umum KONI Kalsel, Rudi Hartono, didampingi Sekretaris Umum "
                   "Andi Wijaya, Bendahara Rina Wati dan beberapa pengurus lainnya.")
    assert {(m.person, m.role_label) for m in f.memberships} >= {("andi-wijaya", "Sekretaris Umum"),
                                                                  ("rina-wati", "Bendahara")}
    assert all("bendahara" not in p.key for p in f.people)


@pytest.mark.parametrize("sentence, name", [
    ("Bendahara Umum PSSI Rina Wati mengatakan kas cukup.", "Rina Wati"),
    ("Direktur Utama Bandara X, MMA Rina Wati mengatakan penumpang naik.", "MMA Rina Wati"),
])
def test_a_bodys_acronym_before_a_name_is_no_part_of_it_though_initials_are(sentence, name):
    f = kg.extract("Banjarmasin - " + sentence)
    assert name in {p.name for p in f.people}


@pytest.mark.parametrize("written", ["Kodim 0712/Pati", "Kodim 0712 Pati"])
def test_a_military_command_is_named_with_its_number_and_the_town_it_commands(written):
    """'Kodim 0712/Pati': a territorial command's head word, its number and its town make one organisation, located
    in the regency it commands."""
    f = kg.extract(f"PATI - {written} menargetkan bedah 20 rumah tidak layak huni pada tahun ini.")
    [command] = [o for o in f.organizations if o.kind != "publisher"]
    assert (command.key, command.name) == ("kodim-0712-pati", written)
    assert "regency-pati" in command.locations


@pytest.mark.parametrize("sentence, holder, command, role", [
    ("Dandim 0812 Lamongan, Letkol Inf Rudi Hartono, mengatakan 30 rumah sudah selesai.",
     "rudi-hartono", "kodim-0812-lamongan", "komandan"),
    ("Danrem 083/Bdj Kolonel Inf Andi Wijaya menyebut 150 warga ikut pengobatan gratis.",
     "andi-wijaya", "korem-083-bdj", "komandan"),
    ("Pangdam IV/Diponegoro Mayjen TNI Rudi Hartono meninjau lokasi banjir.",
     "rudi-hartono", "kodam-iv-diponegoro", "panglima"),
    ("Komandan Kodim (Dandim) 0815/Mojokerto Letkol Infanteri Hasan Wijaya menjelaskan target tanam.",
     "hasan-wijaya", "kodim-0815-mojokerto", "komandan"),
    ("Komandan Lanal Cilacap Kolonel Laut (P) Rudi Hartono menjelaskan kegiatan itu.",
     "rudi-hartono", "lanal-cilacap", "komandan"),
])
def test_a_commanders_title_names_the_numbered_command_and_the_name_after_the_rank_and_force(sentence, holder, command,
                                                                                             role):
    """'Dandim 0812 Lamongan' is the Komandan of Kodim 0812 Lamongan; the force after a rank ('Mayjen TNI', 'Kolonel
    Laut (P)') and the corps written out ('Infanteri') are no part of the holder's name."""
    f = kg.extract(sentence)
    [m] = f.memberships
    assert (m.person, m.organization, m.head) == (holder, command, True)
    assert str(m.role) == ROLE + role


def test_a_command_named_again_by_its_number_or_by_its_town_alone_is_the_same_command():
    f = kg.extract("SOLO - Korem 074 Warastratama menggelar bakti sosial. Korem 074 Wrt juga menggelar donor darah. "
                   "Kodim 0815/Mojokerto menanam jagung, dan Kodim Mojokerto sudah menanam 120 hektare.")
    commands = sorted((o.key, sorted(o.aliases)) for o in f.organizations if o.kind != "publisher")
    assert commands == [("kodim-0815-mojokerto", ["Kodim Mojokerto"]), ("korem-074-warastratama", ["Korem 074 Wrt"])]


def test_commands_of_other_numbers_are_other_commands_though_they_share_a_town():
    f = kg.extract("PATI - Kodim 0712/Pati dan Kodim 0718/Pati menggelar bakti sosial. Korem 083 Baladhika Jaya "
                   "dan Korem 084 Bhaskara Jaya hadir.")
    assert sorted(o.key for o in f.organizations if o.kind != "publisher") == [
        "kodim-0712-pati", "kodim-0718-pati", "korem-083-baladhika-jaya", "korem-084-bhaskara-jaya"]


@pytest.mark.parametrize("sentence", [
    '"Kami menambah pos siaga," kata Kepala Dinas Sosial setempat Rudi Irianto di Malang, Rabu.',
    "Kepala Dinas Sosial setempat, Rudi Irianto, mengatakan bantuan sudah disalurkan.",
])
def test_the_holder_named_after_a_local_body_is_its_head(sentence):
    """'Kepala Dinas Sosial setempat Rudi Irianto': the body of the place the article is about, called local, then its
    head's name, with or without commas."""
    f = kg.extract(sentence)
    assert [(m.person, m.head) for m in f.memberships] == [("rudi-irianto", True)]
    assert [o.name for o in f.organizations if o.key == f.memberships[0].organization] == ["Dinas Sosial"]


def test_a_place_after_the_local_marker_is_no_holder():
    f = kg.extract("Kepala Dinas Sosial setempat, Kota Malang, mengatakan bantuan sudah disalurkan.")
    assert f.memberships == () and f.people == ()


@pytest.mark.parametrize("sentence, holder, office", [
    ("Kasatpol PP Kota Bogor Rudi Hartono mengatakan 40 pedagang ditertibkan.", "rudi-hartono", "satpol-pp-kota-bogor"),
    ("Kasatpol PP Kota Bogor, Rudi Hartono, mengatakan 40 pedagang ditertibkan.", "rudi-hartono",
     "satpol-pp-kota-bogor"),
])
def test_the_head_of_a_public_order_agency_by_the_contracted_title(sentence, holder, office):
    """'Kasatpol PP Kota X' is the Kepala of the Satpol PP of Kota X: the title contracts the first word of the
    agency's two-word short name, and the second follows it."""
    [m] = kg.extract(sentence).memberships
    assert (m.person, m.organization, m.head) == (holder, office, True)


def test_a_subdivision_head_by_the_short_title_written_with_one_b():
    [m] = kg.extract("Kasubid Perencanaan BKD Kota Tegal Rina Novianti mengatakan, pendaftar naik.").memberships
    assert (m.person, m.head, str(m.role_concept)) == ("rina-novianti", False, ROLE + "kepala-subbidang")


def test_a_kind_of_college_with_only_whose_it_is_names_no_college():
    """'44 Politeknik Negeri': the head word of a kind of single-site institution and a word saying it is the state's
    count the kind; with a name after them ('Politeknik Negeri Malang') they name one college."""
    f = kg.extract("Jakarta - Seleksi diikuti 76 universitas dan 44 Politeknik Negeri. Direktur Politeknik Negeri "
                   "Malang Budi Santoso mengatakan 9.000 siswa mendaftar.")
    assert [o.name for o in f.organizations if o.kind != "publisher"] == ["Politeknik Negeri Malang"]


def test_a_free_meals_kitchen_is_named_after_its_place_and_reports_its_own_figures():
    """'SPPG Cempaka Putih': a nutrition service unit of the free-meals programme is one site, named by its place; '4
    SPPG' counts sites and names none, nor does the kind's name with its short form alone."""
    f = kg.extract("JAKARTA - Sebanyak 4 SPPG di Jakarta mulai menyalurkan makan bergizi gratis. SPPG Cempaka Putih "
                   "melayani 2.900 siswa. Satuan Pelayanan Pemenuhan Gizi (SPPG) Sukamaju Demak menambah 3.000 porsi. "
                   "Di Kalimantan Barat, 270 Satuan Pelayanan Pemenuhan Gizi (SPPG) sudah beroperasi.")
    sites = sorted(o.key for o in f.organizations if o.kind != "publisher")
    assert sites == ["satuan-pelayanan-pemenuhan-gizi-sukamaju-demak", "sppg-cempaka-putih"]
    subjects = {m.value: m.subject for m in f.metrics}
    assert (subjects[2900], subjects[3000]) == ("sppg-cempaka-putih", "satuan-pelayanan-pemenuhan-gizi-sukamaju-demak")
    assert subjects[4] != "satuan-pelayanan-pemenuhan-gizi-sukamaju-demak"


@pytest.mark.parametrize("office", ["Kantor Kementerian Agama Sleman", "Kantor Kementerian Agama Jawa Tengah"])
def test_a_title_whose_words_close_with_the_offices_region_names_no_one(office):
    f = kg.extract(f"Sukamaju - Pekan depan, Kepala {office} akan membuka pendaftaran petugas.")
    assert [p.name for p in f.people] == []
    assert office in {o.name for o in f.organizations}


def test_a_preposition_written_with_a_capital_after_degrees_is_no_name():
    f = kg.extract("Sukamaju - Rudi, ST MT Selaku PPK mengatakan saluran itu rampung bulan lalu.")
    assert not [p for p in f.people if "Selaku" in p.name or p.name.startswith("ST")]


def test_a_types_short_form_the_article_spells_out_as_something_else_names_no_office():
    f = kg.extract("Sukamaju - DPRD Kabupaten Sukamaju membahas rancangan Kebijakan Umum Anggaran (KUA) bersama PPAS. Penetapan KUA "
                   "PPAS dijadwalkan pekan depan.")
    assert [o.name for o in f.organizations] == ["DPRD Kabupaten Sukamaju"]


@pytest.mark.parametrize("text, office", [
    ("Kepala Loka POM Banyuwangi Rudi Hartono mengatakan sampel takjil aman.", "Loka POM Banyuwangi"),
    ("Kepala BBPOM Semarang Rudi Hartono mengatakan sampel takjil aman.", "BBPOM Semarang"),
])
def test_the_food_and_drug_authoritys_regional_offices_are_organisations_their_heads_lead(text, office):
    f = kg.extract(text)
    assert [p.name for p in f.people] == ["Rudi Hartono"]
    [m] = f.memberships
    assert [o.name for o in f.organizations if o.key == m.organization] == [office]


def test_a_types_short_form_spelt_out_in_a_variant_of_the_types_name_stays_the_type():
    f = kg.extract("Sukamaju - Unit Pengelola Bandar Udara (UPBU) Kelas III Sukaraja membuka posko.\n"
                   "Kepala UPBU Kelas III Sukaraja, Rudi Hartono mengatakan posko dibuka sepekan.")
    [m] = f.memberships
    assert m.person == "rudi-hartono" and m.organization.startswith("upbu-kelas-iii")


@pytest.mark.parametrize("route", ["Koridor II: Terminal Sukamaju - Unnes", "trayek Feeder II: Unnes - Pasar Baru"])
def test_a_body_named_as_a_stop_on_a_route_is_no_organisation(route):
    f = kg.extract(f"Semarang - Bus kota melayani {route}. Saat ini terdapat 40 armada.")
    assert [o.name for o in f.organizations] == []


def test_a_body_beside_a_dash_outside_any_route_is_an_organisation():
    f = kg.extract("Semarang - Unnes menerima 9.000 mahasiswa baru tahun ini.")
    assert [o.name for o in f.organizations] == ["Unnes"]
