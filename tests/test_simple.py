"""Dateline, legislation, places and quotations."""
import pytest

import kg
from kg.lexicon import load as load_lexicon

TWO_PEOPLE = ("Direktur Utama PT Sinar Bahari Sari Melati hadir. "
              "Kepala Dinas Perikanan Kota Tegal Joko Santoso juga hadir. ")


def quotes(text):
    return [(q.speaker, q.text, q.rule) for q in kg.extract(text).quotations]


def test_dateline_place_and_publisher_in_brackets():
    f = kg.extract("Semarang (ANTARA) - Warga Kota Raja menerima bantuan.")
    assert f.publisher == "antara" and f.dateline_place == "city-semarang"


def test_dateline_publisher_first():
    f = kg.extract("Bisnis.com, JAKARTA — Warga menerima bantuan.")
    assert f.publisher == "bisnis-com" and f.dateline_place == "dki-jakarta"


def test_no_dateline():
    f = kg.extract("Warga menerima bantuan - kata petugas desa.")
    assert f.publisher is None


def test_places_gazetteer_and_prefixed():
    f = kg.extract("Warga Kecamatan Sukamaju di Kabupaten Garut menerima bantuan dari Surabaya.")
    kinds = {p.key: p.kind for p in f.places}
    assert kinds["regency-garut"] == "regency" and kinds["city-surabaya"] == "city"
    assert "kecamatan-sukamaju" in kinds


@pytest.mark.parametrize("village", ["Kelurahan Sukamaju", "Desa Sukamaju"])
def test_a_village_then_its_district_are_two_places(village):
    f = kg.extract(f"Banjir merendam rumah warga di {village} Kecamatan Sukajaya sejak pagi.")
    assert sorted(p.name for p in f.places) == sorted([village, "Kecamatan Sukajaya"])


def test_a_villages_name_the_gazetteer_has_whole_is_not_cut_at_a_regions_short_form_inside_it():
    # 'Meranti' alone is the short form of Kabupaten Kepulauan Meranti; 'Teluk Meranti' is a district's name
    f = kg.extract("Banjir merendam rumah warga di Kelurahan Teluk Meranti sejak pagi.")
    assert [p.name for p in f.places] == ["Kelurahan Teluk Meranti"]


@pytest.mark.parametrize("title", ["Menteri Desa PDTT", "Kementerian Desa PDTT"])
def test_a_ministrys_portfolio_word_for_villages_names_no_village(title):
    f = kg.extract(f"Jakarta - {title} menyalurkan dana ke Desa Sukamaju.")
    assert [p.name for p in f.places if p.kind == "village"] == ["Desa Sukamaju"]


def test_districts_listed_before_their_regency_in_brackets_are_districts():
    f = kg.extract("Denpasar - Kopi datang dari Mengwi (Kabupaten Badung), serta Seririt, Gerokgak, dan Busungbiu "
                   "(Kabupaten Buleleng).")
    assert [p.name for p in f.places if p.kind == "district"] == ["Mengwi", "Seririt", "Gerokgak", "Busungbiu"]


def test_districts_given_as_examples_in_a_regency_the_article_named_are_districts():
    f = kg.extract("Bantul - Dinas Sosial Kabupaten Bantul mencatat rumah rusak di pinggir kota, seperti Sewon, "
                   "Sedayu, dan Piyungan.")
    assert [p.name for p in f.places if p.kind == "district"] == ["Sewon", "Sedayu", "Piyungan"]


@pytest.mark.parametrize("prefixed, kind", [
    ("Distrik Heram", "district"),  # Papua's districts
    ("Nagari Sungai Pua", "village"),  # West Sumatra's villages
    ("Gampong Lamteh", "village"),  # Aceh's
])
def test_the_regions_own_words_for_district_and_village_name_places(prefixed, kind):
    f = kg.extract(f"Bantuan itu disalurkan ke warga {prefixed} pekan lalu.")
    assert [(p.name, p.kind) for p in f.places] == [(prefixed, kind)]


@pytest.mark.parametrize("text, places", [
    # a level word right after 'Desa' inside an office's name: no village
    ("Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sambas, Burhan, mengatakan dana cair.",
     ["Kabupaten Sambas"]),
    ("Warga Kecamatan Kota Baru mengungsi.", ["Kecamatan Kota Baru"]),  # a district named like a level word
])
def test_a_level_word_after_a_level_word_names_no_place_of_the_first_level(text, places):
    assert [p.name for p in kg.extract(text).places] == places


def test_kota_form_and_bare_name_are_one_place():
    f = kg.extract("Warga Kota Blitar antre. Di Blitar, bantuan cair.")
    assert [p.key for p in f.places] == ["city-blitar"]


@pytest.mark.parametrize("opener", ["Khusus", "Terutama", "Termasuk", "Seperti", "Hanya", "Berdasarkan", "Mulai"])
def test_a_place_after_a_word_that_opens_a_sentence_is_a_place(opener):
    """'Khusus Kediri, …': a function word capitalised by its sentence's start does not make the place after it part
    of a name."""
    f = kg.extract(f"Pasokan gula aman. {opener} Kediri, stok ditambah 40 ton.")
    assert [p.key for p in f.places] == ["city-kediri"]


@pytest.mark.parametrize("sentence, key", [
    ("Lalu Maluku Barat Daya mencatat 900 peserta baru.", "regency-maluku-barat-daya"),
    ("Petugas mendata warga. “Sementara Kepulauan Aru mencatat 700 peserta,” kata Rina.", "regency-kepulauan-aru"),
    ("Kemudian Seram Bagian Barat mencatat 600 peserta baru.", "regency-seram-bagian-barat"),
])
def test_a_place_after_a_connective_opening_the_sentence_or_a_quotation_is_a_place(sentence, key):
    """'Lalu', 'Sementara', 'Kemudian' join a sentence to the one before; opening it, or a quotation, they are no part
    of the place after them, though 'Lalu' also opens Sasak names."""
    assert key in [p.key for p in kg.extract(sentence).places]


def test_a_place_named_like_a_word_after_a_connective_in_a_quotation_stays_a_term():
    """'“Sedangkan Puncak Kunjungan …': the regency named like the word for a peak stays the term's word there."""
    f = kg.extract("Petugas berjaga. “Sedangkan Puncak Kunjungan datang pada Sabtu,” kata Rina.")
    assert not f.places


def test_a_place_named_like_a_word_opening_a_quotation_before_a_noun_is_that_word():
    """'“Puncak arus balik …': the regency named like the word for a peak, capitalised only as it opens the quoted
    sentence and followed by the noun it goes with, is the word, as it is opening a sentence without quotation marks."""
    f = kg.extract("Kapal mulai tiba. “Puncak arus balik diperkirakan pekan depan,” ujar Rina.")
    assert not f.places


LAWS = ("Aturan itu merujuk PP Nomor 6 Tahun 2025. Peraturan Pemerintah Nomor 6 Tahun 2025 tentang Perlindungan Nelayan "
        "berlaku. UU Nomor 24 Tahun 2011, Perpres Nomor 5 Tahun 2020, Inpres Nomor 2 Tahun 2021, Permen Nomor 3 Tahun 2019 "
        "dan Perda Nomor 7 Tahun 2022 juga berlaku.")


@pytest.mark.parametrize("key, full", [
    ("undang-undang-24-2011", "Undang-Undang Nomor 24 Tahun 2011"),
    ("peraturan-pemerintah-6-2025", "Peraturan Pemerintah Nomor 6 Tahun 2025"),
    ("peraturan-presiden-5-2020", "Peraturan Presiden Nomor 5 Tahun 2020"),
    ("instruksi-presiden-2-2021", "Instruksi Presiden Nomor 2 Tahun 2021"),
    ("peraturan-menteri-3-2019", "Peraturan Menteri Nomor 3 Tahun 2019"),
    ("peraturan-daerah-7-2022", "Peraturan Daerah Nomor 7 Tahun 2022"),
])
def test_legislation_abbreviated_gets_its_full_name(key, full):
    law = next(l for l in kg.extract(LAWS).legislation if l.key == key)
    assert full in (law.name, *law.aliases)


def test_a_decree_or_regulation_of_any_issuer_is_a_law_of_that_issuer():
    text = ("Penetapan itu berdasarkan Keputusan KPU Kota Sukamaju Nomor 16 Tahun 2023 dan SK Bupati Sukamaju Nomor 16 "
            "Tahun 2023. Tahapannya diatur Peraturan Bawaslu (Perbawaslu) Nomor 2 Tahun 2023, sesuai keputusan Menteri "
            "Sosial (Kepmensos) Nomor 8 Tahun 2022.")
    laws = {l.key: (l.name, set(l.aliases)) for l in kg.extract(text).legislation}
    assert sorted(laws) == ["keputusan-bupati-sukamaju-16-2023", "keputusan-kpu-kota-sukamaju-16-2023",
                            "keputusan-menteri-8-2022", "peraturan-bawaslu-2-2023"]
    assert laws["keputusan-bupati-sukamaju-16-2023"] == (
        "SK Bupati Sukamaju Nomor 16 Tahun 2023", {"Keputusan Bupati Sukamaju Nomor 16 Tahun 2023"})
    # a short form after the issuer holds the issuer: 'Perbawaslu Nomor …', not 'Perbawaslu Bawaslu Nomor …'
    assert laws["peraturan-bawaslu-2-2023"] == ("Peraturan Bawaslu Nomor 2 Tahun 2023", {
        "Peraturan Bawaslu (Perbawaslu) Nomor 2 Tahun 2023", "Perbawaslu Nomor 2 Tahun 2023"})
    assert "Keputusan Menteri Sosial Nomor 8 Tahun 2022" in laws["keputusan-menteri-8-2022"][1]
    # the words after a type that names its issuer itself only qualify the law: one law
    text = "Aturannya ada dalam UU Cipta Kerja Nomor 6 Tahun 2023. UU Nomor 6 Tahun 2023 juga mengatur upah."
    assert [l.key for l in kg.extract(text).legislation] == ["undang-undang-6-2023"]


def test_abbreviated_and_full_forms_merge_with_title():
    laws = [l for l in kg.extract(LAWS).legislation if l.key == "peraturan-pemerintah-6-2025"]
    assert len(laws) == 1
    assert "Peraturan Pemerintah Nomor 6 Tahun 2025 tentang Perlindungan Nelayan" in laws[0].aliases
    assert (laws[0].number, laws[0].year) == ("6", "2025")
    assert len(kg.extract(LAWS).legislation) == 6


def test_straight_quote_with_kata_name():
    got = quotes(TWO_PEOPLE + "\"Kami siap membantu para nelayan kecil,\" kata Joko.")
    assert got == [("joko-santoso", "Kami siap membantu para nelayan kecil", "quote.after-verb-name")]


@pytest.mark.parametrize("verb", ["ujarnya", "tambahnya", "ungkapnya", "jelas dia"])
def test_curly_quote_with_pronoun_verb_goes_to_the_last_person(verb):
    got = quotes(TWO_PEOPLE + f"“Kapal baru untuk nelayan akan datang bulan depan,” {verb}.")
    assert got == [("joko-santoso", "Kapal baru untuk nelayan akan datang bulan depan", "quote.after-verb-pronoun")]


def test_tutur_name_picks_the_named_person_not_the_last():
    got = quotes(TWO_PEOPLE + "“Kami terus memantau cuaca laut setiap hari,” tutur Sari.")
    assert [g[0] for g in got] == ["sari-melati"]


def test_speaker_before_the_quote():
    got = quotes("Kepala Dinas Pertanian Kota Magelang Eko Wibowo hadir. Ia mengatakan, “Panen tahun ini sangat baik untuk petani.”")
    assert got == [("eko-wibowo", "Panen tahun ini sangat baik untuk petani.", "quote.before-verb")]


def test_pronoun_resolves_to_the_person_of_the_nearest_sentence():
    text = ("Direktur Utama PT Sinar Bahari Sari Melati hadir. Kepala Dinas Perikanan Kota Tegal Joko Santoso juga hadir. "
            "Sari Melati lalu meninjau kapal. “Kapal ini siap berlayar minggu depan,” ujarnya.")
    assert [q[0] for q in quotes(text)] == ["sari-melati"]


def test_quote_spans_are_exact():
    f = kg.extract(TWO_PEOPLE + "“Kami siap membantu para nelayan kecil,” kata Joko.")
    [q] = f.quotations
    assert f.text[q.span.begin:q.span.begin + len(q.text)] == q.text
    assert f.text[q.evidence.begin:q.evidence.end].endswith("kata Joko")


def test_a_quotation_continued_in_the_next_paragraph_is_one_quotation():
    text = ("Kepala Dinas Sosial Kota Kediri Wawan Setiadi meninjau dapur umum.\n"
            "“Bantuan pangan kami salurkan setiap pekan.\n"
            "“Warga cukup membawa kartu keluarga,” kata Wawan.")
    f = kg.extract(text)
    assert [(q.speaker, q.text) for q in f.quotations] == [
        ("wawan-setiadi", "Bantuan pangan kami salurkan setiap pekan. Warga cukup membawa kartu keluarga")]
    assert f.quotations[0].span.begin == text.index("Bantuan")


def quoted(text):
    from kg.document import Document
    from kg.extract.simple import quotations
    doc = Document(text)
    return [doc.slice(q.inner) for q in quotations(doc)]


@pytest.mark.parametrize("text", [
    "“Harga gabah naik,” kata Budi.",  # curly pair
    "\"Harga gabah naik,\" kata Budi.",  # straight pair
    "\"Harga gabah naik,” kata Budi.",  # opened straight, closed curly
    "“Harga gabah naik,\" kata Budi.",  # opened curly, closed straight
])
def test_quotation_marks_in_any_mix(text):
    assert quoted(text) == ["Harga gabah naik,"]


def test_a_closing_mark_turned_the_wrong_way():
    assert quoted("“Harga gabah naik, “Jelas Budi.") == ["Harga gabah naik, "]


def test_a_space_before_the_closing_mark():
    assert quoted("\"Harga gabah naik 2 persen, \" ujar Budi.") == ["Harga gabah naik 2 persen, "]


def test_a_quotation_that_opens_its_paragraph_and_no_paragraph_continues_ends_with_the_paragraph():
    text = "“Harga gabah naik tahun ini.\nPetani menyambut baik kenaikan itu. “Kami senang,” kata Budi."
    assert quoted(text) == ["Harga gabah naik tahun ini.", "Kami senang,"]


def test_a_quotation_opened_inside_a_paragraph_that_no_paragraph_continues_is_dropped():
    text = "Petani berkata “harga gabah naik tahun ini.\nPetani menyambut baik kenaikan itu. “Kami senang,” kata Budi."
    assert quoted(text) == ["Kami senang,"]


def test_a_quotation_over_three_paragraphs_is_one():
    text = "“Harga naik.\n“Stok aman.\n“Petani senang,” kata Budi."
    assert quoted(text) == ["Harga naik.\n“Stok aman.\n“Petani senang,"]


def test_a_quote_continued_over_paragraphs_keeps_a_one_line_span():
    text = ("Kepala Dinas Pertanian Kota Bogor Rudi Hartono meninjau sawah.\n"
            "\"Panen raya dimulai pekan depan di semua kecamatan.\n"
            "\"Petani sudah menyiapkan alat panen sejak bulan lalu,” ujar Rudi.")
    f = kg.extract(text)
    [q] = f.quotations
    assert (q.speaker, q.text) == ("rudi-hartono", "Panen raya dimulai pekan depan di semua kecamatan. Petani sudah "
                                                   "menyiapkan alat panen sejak bulan lalu")
    assert f.text[q.span.begin:q.span.end] == "Panen raya dimulai pekan depan di semua kecamatan."


def test_a_speaker_with_title_and_organisation_after_the_verb():
    text = ("Bantuan benih dibagikan kepada petani.\n"
            "“Kami membagikan benih unggul kepada dua ratus petani,” kata Kepala Dinas Pertanian Kota Bogor "
            "Rudi Hartono di Bogor, Senin.")
    assert quotes(text) == [("rudi-hartono", "Kami membagikan benih unggul kepada dua ratus petani",
                             "quote.after-verb-name")]


def test_a_pronoun_skips_a_person_named_in_passing():
    text = ("Kepala Dinas Pertanian Kota Bogor Rudi Hartono meninjau sawah.\n"
            "“Panen tahun ini lebih baik dari tahun lalu,” kata Rudi.\n"
            "Ia menambahkan program itu sesuai arahan dari mantan Wali Kota Bogor Joko Susilo.\n"
            "“Kami ingin petani terus menanam padi unggul,” pungkasnya.")
    assert [q[0] for q in quotes(text)] == ["rudi-hartono", "rudi-hartono"]


@pytest.mark.parametrize("text, key", [
    ("Hal itu diatur dalam Keputusan Presiden nomor 12 tahun 2018.", "keputusan-presiden-12-2018"),
    ("Dasarnya Peraturan Pemerintah Nomor: 9 Tahun 2016 tentang Pensiun.", "peraturan-pemerintah-9-2016"),
    ("Dana itu disalurkan sesuai Peraturan Menteri Keuangan Nomor: 88/PMK.05/2019.", "peraturan-menteri-keuangan-88-pmk-05-2019"),
    ("Hal itu diatur dalam Undang-undang Nomor 12 Tahun 2018 tentang Desa.", "undang-undang-12-2018"),
    ("Tarif itu mengacu Peraturan Presiden No.64/2020 tentang Iuran.", "peraturan-presiden-64-2020"),
    ("Hal itu diatur dalam Peraturan Pemerintah Pengganti Undang-undang (Perppu) Nomor 3 Tahun 2019.",
     "peraturan-pemerintah-pengganti-undang-undang-3-2019"),
])
def test_legislation_numbered_in_lower_case_or_after_a_colon(text, key):
    assert [l.key for l in kg.extract(text).legislation] == [key]


@pytest.mark.parametrize("citation", ["Undang-Undang Nomor 12 Tahun 2018", "UU nomor 12/2018", "UU nomor 12/ 2018",
                                      "UU No 12/2018", "UU 12 Tahun 2018", "Undang-Undang (UU) 12 Tahun 2018"])
def test_a_laws_number_and_year_after_a_slash_are_its_number_and_year(citation):
    """'UU 12/2018' is Undang-Undang Nomor 12 Tahun 2018: one law, one key, however it is cited."""
    assert [l.key for l in kg.extract(f"Tarif itu mengacu pada {citation} tentang Desa.").legislation] == [
        "undang-undang-12-2018"]


@pytest.mark.parametrize("citation, numbers", [
    ("Keputusan Menteri Keuangan Nomor 21 dan Nomor 22 Tahun 2016", ["21", "22"]),
    ("Keputusan Menteri Keuangan Nomor 21, 22 dan 23 Tahun 2016", ["21", "22", "23"]),
])
def test_numbers_that_share_one_year_cite_one_law_each(citation, numbers):
    """Each law is named as it would be cited alone, so it meets the same law cited alone elsewhere."""
    found = kg.extract(f"MAKASSAR - Santunan itu naik merujuk pada {citation}.").legislation
    assert [(l.name, l.number, l.year) for l in found] == [
        (f"Keputusan Menteri Keuangan Nomor {n} Tahun 2016", n, "2016") for n in numbers]


def test_a_regional_decrees_filing_code_is_its_number():
    found = kg.extract("Tarif itu ditetapkan dengan Keputusan Bupati Sumbawa Nomor 188.4/12 Tahun 2022.").legislation
    assert [(l.name, l.number, l.year) for l in found] == [
        ("Keputusan Bupati Sumbawa Nomor 188.4/12 Tahun 2022", "188.4/12", "2022")]


@pytest.mark.parametrize("bill", ["Rancangan Undang-Undang", "Rancangan Undang-undang", "RUU"])
def test_a_bill_is_no_law(bill):
    assert kg.extract(f"DPR membahas {bill} Nomor 7 Tahun 2019 pekan ini.").legislation == ()


@pytest.mark.parametrize("text, name", [
    ("Aturannya ada di Peraturan Menteri Pemuda dan Olahraga Nomor 7 Tahun 2019.",
     "Peraturan Menteri Pemuda dan Olahraga Nomor 7 Tahun 2019"),
    ("Aturannya ada di Permendikbud Nomor 7 Tahun 2019.", "Permendikbud Nomor 7 Tahun 2019"),
    # 'dan' before another law's type joins no issuer: the second law is named
    ("Bantuan merujuk Peraturan Menteri Sosial dan Undang-Undang Nomor 9 Tahun 2012.", "Undang-Undang Nomor 9 Tahun 2012"),
])
def test_a_ministers_regulation_named_with_a_ministry_of_two_fields_or_in_short(text, name):
    assert [l.name for l in kg.extract(text).legislation] == [name]


def test_a_regulations_year_is_no_period_of_the_figures_after_it():
    f = kg.extract("LAHAT - Remisi diberikan sesuai Peraturan Menteri Pemuda dan Olahraga Nomor 7 Tahun 2019. "
                   "Saat ini penghuni Lapas Kelas IIA Lahat tercatat 640 orang.")
    assert [(m.value, m.period_label) for m in f.metrics] == [(640, "")]


def test_legislation_keeps_the_name_as_written_with_its_bracketed_short_form():
    law, = kg.extract("Bank itu mengacu pada Peraturan Menteri Keuangan (PMK) Nomor 41/PMK.05/2022.").legislation
    assert law.name == "Peraturan Menteri Keuangan Nomor 41/PMK.05/2022"
    assert "Peraturan Menteri Keuangan (PMK) Nomor 41/PMK.05/2022" in law.aliases


def test_a_programme_named_in_lower_case_before_a_relative_clause():
    f = kg.extract("Pemerintah Kota Bitung meluncurkan program kakak asuh, yang membantu anak putus sekolah. "
                   "Program itu, yang dimulai tahun lalu, berjalan baik. Ada pula program ini, yang baru.")
    assert [p.name for p in f.programs] == ["kakak asuh"]


def test_a_programme_named_in_lower_case_before_its_initials_is_a_programme():
    f = kg.extract("PALU - Dana itu terdiri dari bantuan operasional sekolah (BOS) dan dana alokasi khusus (DAK).")
    assert [(p.name, p.aliases) for p in f.programs] == [("bantuan operasional sekolah", ("BOS", "Bantuan Operasional Sekolah"))]
    # capitals that are not the words' initials define no programme
    assert kg.extract("PALU - Warga menerima bantuan tunai (BKW) kemarin.").programs == ()


def test_social_assistance_is_a_programme_by_its_name_or_short_form():
    f = kg.extract("Dinas Sosial Kota Bitung menyalurkan bantuan sosial (bansos) beras kepada 300 keluarga.")
    assert [(p.name, p.aliases) for p in f.programs] == [("bantuan sosial", ("bansos",))]


def test_a_list_that_goes_on_from_a_district_names_districts_of_the_same_regency():
    """Suruh and Jambu are also ordinary words (hunspell-id), so alone they need 'Kecamatan'; in a list going on
    from a district of the same regency (Kabupaten Semarang, 33.22) they are districts too."""
    f = kg.extract("Bibit padi dibagikan ke Kecamatan Getasan, Tengaran, Suruh dan Jambu pada pekan ini.")
    assert [p.name for p in f.places] == ["Kecamatan Getasan", "Tengaran", "Suruh", "Jambu"]


@pytest.mark.parametrize("sentence, districts", [
    ("Kasus terbanyak ada di Kecamatan Getasan 63 kasus, Tengaran 59 kasus, dan Suruh 56 kasus.",
     ["Kecamatan Getasan", "Tengaran", "Suruh"]),
    ("Korban berasal dari Kecamatan Getasan, dan Tengaran.", ["Kecamatan Getasan", "Tengaran"]),
])
def test_a_list_of_districts_whose_items_carry_figures_names_districts_of_the_same_regency(sentence, districts):
    assert [p.name for p in kg.extract(sentence).places] == districts


def test_a_list_of_districts_after_di_antaranya_with_a_linking_word_before_a_figure():
    f = kg.extract("Hujan deras merendam empat kecamatan, di antaranya Getasan sebanyak 7 desa, Tengaran 2 desa, dan Suruh 6 desa.")
    assert [p.name for p in f.places] == ["Getasan", "Tengaran", "Suruh"]


def test_a_name_after_a_district_and_its_figure_is_no_district_unless_the_regency_has_it():
    f = kg.extract("Kasus terbanyak ada di Kecamatan Getasan 63 kasus, Budi Santoso 59 kasus, dan Jambu Mete 4 kasus.")
    assert [p.name for p in f.places] == ["Kecamatan Getasan"]


def test_a_word_listed_after_a_district_of_another_regency_stays_a_word():
    f = kg.extract("Bibit padi dibagikan ke Kecamatan Pasarwajo dan Jambu pada pekan ini.")
    assert [p.name for p in f.places] == ["Kecamatan Pasarwajo"]


@pytest.mark.parametrize("goods", ["beras", "sembako", "pangan", "minyak goreng", "pupuk", "bibit", "air bersih", "makanan"])
def test_aid_named_by_the_goods_it_gives_is_a_programme(goods):
    f = kg.extract(f"Pemerintah Kabupaten Konawe memberi bantuan {goods} kepada warga. "
                   f"Bantuan sosial {goods} itu diterima 300 keluarga.")
    assert [(p.name, p.aliases) for p in f.programs] == [(f"bantuan {goods}", (f"Bantuan sosial {goods}",))]


@pytest.mark.parametrize("written", ["Surat Penetapan Tersangka Nomor: B-1234/M.3.11/Fd.2/05/2025",
                                     "Surat Perintah Penahanan Nomor: PRIN-567/M.3.11/Fd.2/05/2025",
                                     "Sprint Nomor: 88/V/2024"])
def test_a_letter_with_a_registry_number_is_a_document(written):
    f = kg.extract(f"Kejaksaan Negeri Kendal menerbitkan {written} untuk tersangka berinisial AB.")
    assert [law.name for law in f.legislation] == [written]


@pytest.mark.parametrize("text, name, aliases", [
    ("Wali Kota Bitung meluncurkan tiga inovasi. Program berikutnya adalah Sapa Warga Kota (SAWAKO), yakni "
     "tatap muka dengan warga.", "Sapa Warga Kota", ("SAWAKO",)),
    ("Wali Kota Bitung meluncurkan tiga inovasi. Inovasi terakhir yakni Mapan yaitu program yang melatih "
     "pemuda menjahit.", "Mapan", ()),
])
def test_a_name_the_text_calls_a_programme_is_a_programme(text, name, aliases):
    assert [(p.name, p.aliases) for p in kg.extract(text).programs] == [(name, aliases)]


def test_a_sentence_that_opens_on_a_demonstrative_names_no_programme():
    assert kg.extract("Ini adalah program yang baik bagi warga Kota Bitung.").programs == ()


@pytest.mark.parametrize("number", ["13", "14"])
def test_the_forms_of_a_numbered_salary_or_pension_are_one_programme(number):
    f = kg.extract(f"PT Taspen (Persero) Kantor Cabang Manado mencairkan gaji pensiun-{number} pekan ini. "
                   f"“Pembayaran Gaji Pensiun Ke-{number} berjalan lancar,” kata petugas. "
                   f"Pensiun {number} itu sama dengan gaji ke-{number} pegawai aktif.")
    [p] = f.programs
    assert {p.name, *p.aliases} == {f"gaji pensiun-{number}", f"Gaji Pensiun Ke-{number}", f"Pensiun {number}",
                                    f"gaji ke-{number}"}


def test_a_salary_amount_is_no_numbered_payment():
    assert kg.extract("Dinas Sosial Kota Bitung menaikkan gaji 13 persen tahun ini.").programs == ()


@pytest.mark.parametrize("group", kg.lexicon.load().words["protected_groups"])
def test_protection_of_a_group_is_a_programme_of_the_provider_named_before_it(group):
    f = kg.extract(f"BPJS Ketenagakerjaan Cabang Bitung menandatangani kerja sama perlindungan {group} dengan desa.")
    assert [(p.name, p.provider) for p in f.programs] == [(f"perlindungan {group}", "bpjs-ketenagakerjaan")]


def test_protection_of_a_group_that_nobody_gives_in_its_sentence_is_no_programme():
    f = kg.extract("BPJS Ketenagakerjaan Cabang Bitung membuka kantor baru. "
                   "“Karena itu perlindungan pekerja rentan kami utamakan,” ujar petugas.")
    assert f.programs == ()


def test_national_economic_recovery_is_a_programme_by_its_name_or_acronym():
    f = kg.extract("Bank itu memberi pinjaman lunak untuk program pemulihan ekonomi nasional (PEN) di Bitung. "
                   "Kredit PEN itu naik.")
    assert [(p.name, p.aliases) for p in f.programs] == [("pemulihan ekonomi nasional", ("PEN",))]


@pytest.mark.parametrize("text, name, acronym", [
    # up to seven words after the head word
    ("Dinas Sosial Kota Bitung menyalurkan Bantuan Biaya Pendidikan Anak Nelayan Pesisir Pulau Terluar (BBPA) "
     "pekan ini.", "Bantuan Biaya Pendidikan Anak Nelayan Pesisir Pulau Terluar", "BBPA"),
    # a short form of two words
    ("Dinas Pertanian Kota Bitung menggelar Gerakan Bersama Peduli Petani Muda (GB Tani) di desa.",
     "Gerakan Bersama Peduli Petani Muda", "GB Tani"),
    # a public service named with its acronym
    ("Dinas Kependudukan Kota Bitung membuka Layanan Antar Jemput Dokumen (LAJD) bagi warga lansia.",
     "Layanan Antar Jemput Dokumen", "LAJD"),
])
def test_a_programme_named_with_its_acronym(text, name, acronym):
    assert [(p.name, p.aliases) for p in kg.extract(text).programs] == [(name, (acronym,))]


def test_a_programme_whose_name_lists_steps_is_held_together_by_its_acronym():
    f = kg.extract("Dinas Sosial Kota Bitung menjalankan program Datangi, Catat, dan Layani (Dacala) di kelurahan.")
    assert [(p.name, p.aliases) for p in f.programs] == [("Datangi, Catat, dan Layani", ("Dacala",))]


def test_a_list_whose_bracket_does_not_abbreviate_it_is_no_programme_name():
    f = kg.extract("Dinas Sosial Kota Bitung menjalankan program Datangi, Catat, dan Layani (Sigap) di kelurahan.")
    assert f.programs == ()


def test_a_capitalised_programme_word_inside_a_sentence_names_a_programme_of_one_word():
    f = kg.extract("Dinas Sosial Kota Bitung menyalurkan bantuan dan Program Lumbung tahap II kepada warga.")
    assert [(p.name, p.aliases) for p in f.programs if p.name.startswith("Program")] == [("Program Lumbung", ("Lumbung",))]


@pytest.mark.parametrize("text, names", [
    # a date or a duration after the bare number: no numbered payment
    ("Pegawai Dinas Sosial Kota Bitung itu memasuki masa pensiun 13 Agustus 2020.", []),
    ("Kepala Dinas Sosial Kota Bitung itu pensiun 13 tahun lalu.", []),
    # the payment of a year
    ("Dinas Sosial Kota Bitung membayar Gaji Pensiun 13 tahun 2019 pekan ini.", ["Gaji Pensiun 13"]),
])
def test_what_follows_a_bare_number_after_pension_decides_the_payment(text, names):
    assert [p.name for p in kg.extract(text).programs] == names


@pytest.mark.parametrize("word", kg.lexicon.load().words["generic_program_words"])
def test_a_capitalised_programme_word_before_a_generic_word_names_no_programme(word):
    f = kg.extract(f"Mahasiswa dan Program {word} itu dibahas Dinas Sosial Kota Bitung pekan ini.")
    assert f.programs == ()


def test_a_capitalised_name_joined_to_a_programme_after_program_is_a_programme_too():
    f = kg.extract("MEDAN - Dinas Sosial membagikan beras lewat program bantuan beras dan Stabilisasi Harga Beras "
                   "(SHB) kepada 40 keluarga.")
    assert ("Stabilisasi Harga Beras", ("SHB",)) in [(p.name, p.aliases) for p in f.programs]


def test_an_organisation_joined_after_program_is_no_programme():
    f = kg.extract("JAKARTA - Melalui program pelatihan dan Badan Usaha Milik Desa (BUMDes), warga terbantu.")
    assert [p.name for p in f.programs if "Badan" in p.name] == []


NEW_PROGRAMMES = [("BST", "Bantuan Sosial Tunai"), ("BPNT", "Bantuan Pangan Non Tunai"),
                  ("SPHP", "Stabilisasi Pasokan dan Harga Pangan"), ("PIP", "Program Indonesia Pintar"),
                  ("KIP Kuliah", "Kartu Indonesia Pintar Kuliah"), ("SNBP", "Seleksi Nasional Berdasarkan Prestasi"),
                  ("SNBT", "Seleksi Nasional Berdasarkan Tes"), ("UTBK", "Ujian Tulis Berbasis Komputer"),
                  ("BLTS", "Bantuan Langsung Tunai Sementara"), ("BLT Desa", "Bantuan Langsung Tunai Dana Desa"),
                  ("Kusuka", "Kartu Pelaku Usaha Kelautan dan Perikanan"),
                  ("BPAN", "Bantuan Premi Asuransi Nelayan"), ("Asuransi Nelayan", "Bantuan Premi Asuransi Nelayan")]


@pytest.mark.parametrize("acronym, name", NEW_PROGRAMMES)
def test_a_national_programme_named_by_its_acronym_alone(acronym, name):
    f = kg.extract(f"BITUNG - Dinas Sosial Kota Bitung menyalurkan {acronym} kepada 310 keluarga pekan ini.")
    assert [(p.name, p.aliases) for p in f.programs] == [(acronym, (name,))]


def test_a_programmes_name_inside_a_bodys_short_form_in_brackets_is_the_bodys():
    f = kg.extract("Jakarta - Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera) menyalurkan dana. Peserta Tapera "
                   "bertambah.")
    assert [(p.name, p.span.begin) for p in f.programs] == [("Tapera", f.text.index("Peserta Tapera") + 8)]


IDENTITY_DOCUMENTS = kg.lexicon.load().words["identity_documents"]


@pytest.mark.parametrize("document", [d for d in IDENTITY_DOCUMENTS if " " in d and d[0].isupper()])
def test_an_identity_document_spelled_out_with_its_acronym_is_no_programme(document):
    f = kg.extract(f"BITUNG - Dinas Sosial Kota Bitung meminta warga membawa {document} (XYZ) saat mendaftar.")
    assert f.programs == ()


@pytest.mark.parametrize("document", IDENTITY_DOCUMENTS)
def test_the_service_that_records_an_identity_document_is_a_programme(document):
    f = kg.extract(f"BITUNG - Dinas Kependudukan dan Pencatatan Sipil Kota Bitung membuka layanan perekaman {document} "
                   "di pasar malam.")
    assert [p.name for p in f.programs] == [f"layanan perekaman {document}"]


@pytest.mark.parametrize("act", kg.lexicon.load().words["document_service_nouns"])
def test_each_service_on_an_identity_document_is_a_programme(act):
    f = kg.extract(f"BITUNG - Dinas Kependudukan dan Pencatatan Sipil Kota Bitung membuka pelayanan {act} akta kelahiran "
                   "di kelurahan.")
    assert [p.name for p in f.programs] == [f"pelayanan {act} akta kelahiran"]


def test_a_speaker_after_a_lower_case_title_and_a_comma_is_named_there():
    f = kg.extract("Rantau - “Kredit masih tumbuh,” kata anggota Komisi III DPRD Kalteng, Budi Suparman, kemarin.")
    assert [q.speaker for q in f.quotations] == ["budi-suparman"]


def test_a_lower_case_description_of_the_speaker_keeps_the_speaker_presented_before():
    f = kg.extract("Rantau - “Kredit masih tumbuh,” kata anggota Komisi III DPRD Kalteng, Budi Suparman. “Laba bisa "
                   "naik lagi tahun depan,” tambah politisi Partai Amanat Nasional itu.")
    assert [q.speaker for q in f.quotations] == ["budi-suparman", "budi-suparman"]
    assert "partai-amanat-nasional" not in {p.key for p in f.people}


def test_the_organisation_after_a_lower_case_title_is_no_speaker():
    f = kg.extract("Rantau - “Kredit masih tumbuh pesat tahun ini,” kata politisi Partai Amanat Nasional, kemarin.")
    assert (f.quotations, f.people) == ((), ())


@pytest.mark.parametrize("honorific", ["H", "H.", "Dr."])
def test_an_honorific_before_a_speaker_in_apposition_is_not_part_of_the_name(honorific):
    f = kg.extract(f"Rantau - “Kredit masih tumbuh,” kata anggota Komisi III DPRD Kalteng, {honorific} Budi Suparman, "
                   "kemarin.")
    assert [(p.key, p.name) for p in f.people] == [("budi-suparman", "Budi Suparman")]


def test_the_one_a_head_speaks_through_is_the_speaker():
    f = kg.extract("Kupang - Dinas Sosial menerbitkan 300 kartu. “Sebagian besar untuk pemohon baru,” jelas "
                   "Kepala Dinas Sosial Kupang, Yohanes Bria melalui Kepala Bidang Bantuan Sosial, Maria Lado di "
                   "Kupang, Senin.")
    assert [q.speaker for q in f.quotations] == ["maria-lado"]


@pytest.mark.parametrize("channel", ["telepon", "WhatsApp", "Zoom Meeting", "Sekretaris Dinas"])
def test_speaking_through_a_channel_or_an_unnamed_official_keeps_the_speaker(channel):
    f = kg.extract(f"Kupang - “Sebagian besar untuk pemohon baru,” jelas Yohanes Bria melalui {channel}, Senin.")
    assert ([q.speaker for q in f.quotations], [p.key for p in f.people]) == (["yohanes-bria"], ["yohanes-bria"])


@pytest.mark.parametrize("noun", ["diskusi", "bertajuk", "seminar"])
def test_a_quoted_title_is_no_quotation(noun):
    f = kg.extract(f"Bogor - Yohanes Bria hadir dalam {noun} “Bank Daerah di Era Digital Masa Kini dan Nanti” di "
                   "Jakarta, Sabtu. “Kami siap melayani semua nasabah,” kata Yohanes Bria.")
    assert [q.text for q in f.quotations] == ["Kami siap melayani semua nasabah"]


def test_quoted_words_their_short_form_follows_are_a_term_not_a_quotation():
    f = kg.extract("Makassar - \"Kami siap melayani semua nasabah,\" kata Yohanes Bria. Rasio biaya atau \"cost to "
                   "income ratio\" (CIR), kata dia, juga turun.")
    assert [q.text for q in f.quotations] == ["Kami siap melayani semua nasabah"]


SERVICE_BENEFITS = {head: spec for head, spec in load_lexicon().words["service_benefits"].items() if not head.startswith("_")}


@pytest.mark.parametrize("head", [h for h, spec in SERVICE_BENEFITS.items() if spec["alone"]])
def test_a_public_service_named_in_lower_case_is_a_programme(head):
    f = kg.extract(f"Kantor Perwakilan Bank Indonesia Kendari membuka {head} di lima pasar pekan ini.")
    assert [p.name for p in f.programs] == [head]


@pytest.mark.parametrize("head, then", [(h, t) for h, spec in SERVICE_BENEFITS.items() for t in spec["then"]])
def test_a_service_or_benefit_with_its_kind_is_a_programme(head, then):
    f = kg.extract(f"Dinas Sosial Kota Bitung menyiapkan {head} {then} tahun ini.")
    assert [p.name for p in f.programs] == [f"{head} {then}"]


@pytest.mark.parametrize("head", [h for h, spec in SERVICE_BENEFITS.items() if spec["alone"]])
def test_a_public_service_written_in_title_case_is_a_programme(head):
    f = kg.extract(f"Kantor Perwakilan Bank Indonesia Kendari menggelar {head.title()} di lima pasar pekan ini.")
    assert [p.name for p in f.programs] == [head.title()]


@pytest.mark.parametrize("head", [h for h, spec in SERVICE_BENEFITS.items() if not spec["alone"]])
def test_a_benefit_that_needs_its_kind_is_no_programme_alone(head):
    assert kg.extract(f"Dinas Sosial Kota Bitung membahas {head} tahun ini.").programs == ()


@pytest.mark.parametrize("prefix", ["layanan", "pelayanan"])
def test_the_forms_of_one_service_are_one_programme_with_and_without_the_service_word(prefix):
    f = kg.extract(f"Untuk memperluas {prefix} penukaran uang pecahan, BI Kendari menggandeng lima bank. "
                   "Penukaran uang baru dilayani tiap Senin.")
    [p] = f.programs
    assert (p.name, set(p.aliases)) == (f"{prefix} penukaran uang pecahan",
                                        {"penukaran uang pecahan", "Penukaran uang baru"})


@pytest.mark.parametrize("link", ["kepada", "bagi", "untuk"])
def test_a_benefit_named_apart_from_its_recipients_is_named_by_both(link):
    f = kg.extract(f"Baznas Kota Bitung menyalurkan insentif {link} 1.200 marbot masjid tahun ini.")
    assert [(p.name, p.aliases) for p in f.programs] == [("insentif marbot", ("insentif",))]


def test_a_credit_or_tax_incentive_is_no_programme():
    assert kg.extract("Bank Sulutgo menawarkan subsidi bunga dan insentif pajak kepada pengusaha.").programs == ()


@pytest.mark.parametrize("sentence, name", [
    ("Pemkab Konawe kembali menggelar program pembebasan denda pajak kendaraan bermotor hingga 30 Juni.",
     "pembebasan denda pajak kendaraan bermotor"),
    ("BKKBN mengoordinasikan program penurunan stunting di tingkat desa.", "penurunan stunting"),
    ("Dinas Sosial menjalankan program pengentasan kemiskinan tidak salah sasaran.", "pengentasan kemiskinan"),
    ("Pemkot Bitung menyiapkan program penataan pasar tradisional yang dimulai Mei.", "penataan pasar tradisional"),
    ("Pemkot Bitung menyiapkan program perbaikan jalan desa menjadi prioritas.", "perbaikan jalan desa"),
])
def test_a_programme_named_in_lower_case_by_its_work(sentence, name):
    assert [(p.name, p.aliases) for p in kg.extract(sentence).programs] == [(name, (f"program {name}",))]


@pytest.mark.parametrize("sentence", [
    "Warga mengikuti program pekan depan bersama Pemkot Bitung.",
    "Dinas menyebut program perusahaan daerah sudah berjalan.",
    "Pemkot menata program pemerintahan desa tahun ini.",
])
def test_a_programme_word_before_a_time_or_a_body_names_no_programme(sentence):
    assert kg.extract(sentence).programs == ()


def test_a_programme_named_by_its_work_ends_before_the_verb_that_follows():
    assert [p.name for p in kg.extract("Dinas menyebut program pendidikan gratis berjalan baik.").programs] == [
        "pendidikan gratis"]


def test_a_programme_word_with_one_noun_of_doing_names_none():
    assert kg.extract("Lapas Kelas IIB Bitung menjalankan program pembinaan bagi warga binaan.").programs == ()


def test_an_identity_document_with_its_short_form_is_no_programme():
    f = kg.extract("Cilacap - Iuran kebersihan ditarik dari tiap kartu keluarga (KK), Rp 12 ribu sebulan.")
    assert f.programs == ()


@pytest.mark.parametrize("sentence", [
    "Warga binaan yang rajin mengikuti program pembinaan sebagaimana diatur berhak atas pengurangan hukuman.",
    "Petugas menjalankan program penyuluhan sesuai arahan kepala dinas.",
    "Kelurahan membuka program pendampingan seperti tahun lalu.",
])
def test_a_programme_named_by_its_work_ends_at_a_word_of_comparison_or_conformity(sentence):
    assert kg.extract(sentence).programs == ()


@pytest.mark.parametrize("sentence, name", [
    ("Kementerian Sosial menyalurkan bantuan pangan nontunai kepada 300 keluarga.", "bantuan pangan nontunai"),
    ("Dinas Sosial Kota Bitung menyalurkan bansos program sembako kepada 300 keluarga.", "program sembako"),
    ("Disnaker Bitung menerbitkan 300 kartu tanda pencari kerja tahun ini.", "kartu tanda pencari kerja"),
    ("Disnaker Bitung menerbitkan 300 kartu AK1 tahun ini.", "kartu tanda pencari kerja"),
    ("Disnaker Bitung menerbitkan 300 kartu AK/1 tahun ini.", "kartu tanda pencari kerja"),
    ("Disnaker Bitung menerbitkan 300 kartu pencari kerja tahun ini.", "kartu tanda pencari kerja"),
    ("Pemkot Bitung menggelar gerakan pangan murah di enam kecamatan.", "gerakan pangan murah"),
    ("Badan Gizi Nasional menyalurkan makan bergizi gratis kepada 900 siswa di Bitung.", "makan bergizi gratis"),
    ("Badan Gizi Nasional menyalurkan MBG kepada 900 siswa di Bitung.", "MBG"),
    ("Puskesmas Bitung melayani cek kesehatan gratis bagi 300 warga.", "cek kesehatan gratis"),
    ("Puskesmas Bitung melayani CKG bagi 300 warga.", "CKG"),
])
def test_lexicon_programmes_written_in_lower_case(sentence, name):
    assert name in [p.name for p in kg.extract(sentence).programs] + [a for p in kg.extract(sentence).programs for a in p.aliases]


@pytest.mark.parametrize("size", ["Super Mikro", "Mikro", "Kecil", "Khusus"])
def test_a_programme_short_form_with_a_size_word_names_one_of_its_schemes(size):
    f = kg.extract(f"Bank Sulutgo menyalurkan KUR Rp2 triliun, termasuk KUR {size} Rp500 miliar.")
    assert sorted(p.name for p in f.programs) == ["KUR", f"KUR {size}"]


# --- greater regions ('Malang Raya') ----------------------------------------------------------------


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((p.name, p.kind) for p in kg.extract(text).places)


@pytest.mark.parametrize("word", load_lexicon().words["greater_region_words"])
def test_a_regency_or_city_then_the_greater_region_word_is_a_group_of_regions(word):
    assert _places(f"Wisata di Kediri {word} ramai pengunjung, dan kantor itu membawahi Malang {word}.") == [
        (f"Kediri {word}", "region-group"), (f"Malang {word}", "region-group")]


@pytest.mark.parametrize("word", load_lexicon().words["street_words"])
def test_after_a_street_word_a_greater_region_is_a_road(word):
    assert ("Kediri Raya", "region-group") not in _places(f"Kemacetan terjadi di {word} Kediri Raya pagi ini.")


def test_a_province_with_the_greater_region_word_is_no_group():
    assert ("Jakarta Raya", "region-group") not in _places("Warga Jakarta Raya merayakan ulang tahun kota.")


def test_a_city_abroad_that_runs_on_into_a_name_is_a_persons_name():
    f = kg.extract("Warga Blora, Kobe Santoso, mengatakan panen naik.")
    assert "kobe" not in {p.key for p in f.places}


def test_a_town_in_capitals_with_a_dash_that_touches_the_next_word_is_a_dateline():
    facts = kg.extract("MEDAN—Badan Pusat Statistik Sumatera Utara mencatat inflasi 0,5 persen pada Mei 2024.")
    assert facts.dateline_place == "city-medan"
    assert [m.subject for m in facts.metrics] == ["sumatera-utara"]  # the dateline town is no figure's subject


def test_a_town_with_a_dash_that_touches_the_story_is_a_dateline_and_the_first_word_is_the_storys():
    facts = kg.extract("Palu-Kepala Dinas Sosial Kota Palu, Rudi Hartono, mengatakan bantuan disalurkan.")
    assert facts.dateline_place == "city-palu"
    assert [(m.person, m.role_label) for m in facts.memberships] == [("rudi-hartono", "Kepala")]
    facts = kg.extract("sinarpos.id, Palu-Kepala Dinas Sosial Kota Palu, Rudi Hartono, mengatakan bantuan disalurkan.")
    assert [(m.person, m.role_label) for m in facts.memberships] == [("rudi-hartono", "Kepala")]


def test_running_text_with_a_dash_between_towns_is_no_dateline():
    assert kg.extract("Semarang-Solo ramai. Dinas Perhubungan Kota Semarang mencatat 5.000 kendaraan.").dateline_place is None


def test_the_outlet_in_a_dateline_is_no_unit_of_an_organisation():
    facts = kg.extract("TEGAL,(KC Warta).- Otoritas Jasa Keuangan (OJK) Tegal mencatat 27 BPR di wilayahnya.")
    assert [o.key for o in facts.organizations if "warta" in o.key] == ["kc-warta"]
    assert {o.key: o.kind for o in facts.organizations}["kc-warta"] == "publisher"


@pytest.mark.parametrize("text, places", [
    ("BPJS Kesehatan mencatat 16.535 peserta Pekerja Penerima Upah (PPU) dan 4.000 peserta mandiri. Peserta PPU naik.",
     []),
    ("Pemkab Penajam Paser Utara (PPU) mencatat 400 pekerja. Di PPU ada 4 pabrik.", ["regency-penajam-paser-utara"]),
])
def test_a_short_form_the_article_defines_for_something_else_is_no_place(text, places):
    found = kg.extract(text).places
    assert [p.key for p in found] == places
    assert all("PPU" in p.aliases for p in found)  # a region's own short form stays one of its names


@pytest.mark.parametrize("text, programs", [
    ("Dinas Sosial Kabupaten Pati menyalurkan santunan kematian kepada 30 ahli waris.",
     [("santunan-kematian", "dinas-sosial-kabupaten-pati")]),
    ("Dinas Sosial Kabupaten Pati menyalurkan asistensi disabilitas berat kepada 20 warga.",
     [("asistensi-disabilitas-berat", "dinas-sosial-kabupaten-pati")]),
    ("Ia menerima santunan Rp5 juta dari warga sekitar.", []),
])
def test_a_benefit_named_by_its_head_and_kind_is_a_programme_of_its_giver(text, programs):
    assert [(p.key, p.provider) for p in kg.extract("Pati (ANTARA) - " + text).programs] == programs


def test_a_programmes_name_that_goes_on_after_its_acronym_is_one_scheme():
    """'Kartu X (KX) Kuliah' written again as 'KX Kuliah': the word after the bracket is the scheme's name."""
    f = kg.extract("JAKARTA - Kemendikbud menyalurkan Kartu Indonesia Pintar (KIP) Kuliah kepada 900 mahasiswa. "
                   "KIP Kuliah diberikan tiap semester.")
    assert [(p.name, "KIP Kuliah" in p.aliases) for p in f.programs] == [("Kartu Indonesia Pintar (KIP) Kuliah", True)]
    f = kg.extract("JAKARTA - Kemendikbud menyalurkan Kartu Indonesia Pintar (KIP) Kepada 900 siswa.")
    assert [p.name for p in f.programs] == ["Kartu Indonesia Pintar"]


def test_social_security_benefits_written_in_lower_case_are_the_lexicons_programmes():
    f = kg.extract("Serang (ANTARA) - BPJS Ketenagakerjaan membayar klaim jaminan kecelakaan kerja Rp3 miliar. "
                   "Jaminan kematian Rp2 miliar, jaminan pensiun Rp1 miliar dan jaminan kehilangan pekerjaan "
                   "Rp900 juta.")
    concepts = {str(p.concept).rsplit("/", 1)[-1] for p in f.programs}
    benefits = {"jaminan-kecelakaan-kerja", "jaminan-kematian", "jaminan-pensiun", "jaminan-kehilangan-pekerjaan"}
    assert benefits <= concepts
    assert {p.provider for p in f.programs} == {"bpjs-ketenagakerjaan"}


@pytest.mark.parametrize("service, concept", [
    ("menyalurkan bantuan logistik darurat", "bantuan-logistik"),
    ("membuka dapur umum", "dapur-umum"),
    ("mencairkan dana desa tahap kedua", "dana-desa"),
    ("mengajukan dana siap pakai", "dana-siap-pakai"),
    ("membuka PPDB tahun ini", "penerimaan-peserta-didik-baru"),
    ("memulai pendataan keluarga", "pendataan-keluarga"),
])
def test_common_public_services_and_funds_are_the_lexicons_programmes(service, concept):
    f = kg.extract(f"Sumbawa (ANTARA) - BPBD Kabupaten Sumbawa {service}.")
    assert [str(p.concept).rsplit("/", 1)[-1] for p in f.programs] == [concept]


def test_recording_an_identity_document_without_layanan_is_the_registry_offices_programme():
    f = kg.extract("Sumbawa (ANTARA) - Disdukcapil Kabupaten Sumbawa mempercepat perekaman KTP-el bagi pemilih pemula.")
    assert [(p.name, p.provider) for p in f.programs] == [("perekaman KTP-el", "disdukcapil-kabupaten-sumbawa")]


def test_a_dateline_of_a_town_and_an_outlet_neither_known_gives_the_town_first():
    f = kg.extract("SUKATANI, GEMAWARTA – Dinas Sosial mencatat bantuan naik.")
    assert "gemawarta" in {o.key for o in f.organizations}
    assert "sukatani" in {p.key for p in f.places}
    assert "gemawarta" not in {p.key for p in f.places}


def test_a_time_of_day_after_a_stations_name_is_no_part_of_it():
    f = kg.extract("Kereta berangkat dari Stasiun Kroya Pukul 19.40 WIB dan tiba di Stasiun Pasar Senen pukul "
                   "23.10 WIB.")
    assert {p.name for p in f.places} == {"Stasiun Kroya", "Stasiun Pasar Senen"}


@pytest.mark.parametrize("written", ["Keresidenan Besuki", "Karesidenan Kedu"])
def test_a_former_residency_named_after_its_town_is_a_place_of_its_own(written):
    f = kg.extract(f"Konsumsi BBM di wilayah {written} naik tahun ini.")
    assert written in {p.name for p in f.places}


def test_the_names_a_list_of_regencies_goes_on_with_are_regencies():
    f = kg.extract("Surabaya (ANTARA) - Kasus baru ada di Kabupaten Malang, Blitar, Trengalek, dan Kediri pekan ini.")
    assert {p.key for p in f.places} >= {"regency-malang", "regency-blitar", "regency-kediri"}
    assert "Kabupaten Trengalek" in {p.name for p in f.places}
    assert not {"city-blitar", "city-kediri"} & {p.key for p in f.places}


def test_a_list_after_a_regency_that_names_a_province_is_no_list_of_regencies():
    f = kg.extract("Kasus baru ada di Kabupaten Malang, Jawa Timur dan Kota Kediri pekan ini.")
    assert "jawa-timur" in {p.key for p in f.places}


def test_cakap_is_a_speech_verb_that_names_the_speaker():
    """'… ," cakap Andi': the verb names the speaker, not the person the article spoke of most."""
    text = ("PENAJAM - Pemkab mencatat 20.000 pekerja terdaftar. Kepala Disnaker Budi Santoso dan Sekda Andi Wijaya "
            "hadir.\n\"Sejak tahun lalu program itu berjalan baik,\" cakap Andi.")
    assert [q[0] for q in quotes(text)] == ["andi-wijaya"]


def test_a_quotation_goes_on_into_a_paragraph_that_closes_it_before_a_speech_verb():
    """The next paragraph opens with no mark but closes the quotation, its speaker named right after: one quotation
    over both paragraphs. Without the speech verb the open quotation ends with the paragraph it opened."""
    text = ("PADANG - Kepala BPS Sumbar Budi Santoso merinci kenaikan NTP.\n\"Subsektor tanaman pangan naik 1 persen, "
            "hortikultura 2 persen.\nSementara yang turun yakni subsektor perikanan,\" jelas Budi, Senin.")
    [(speaker, said, _)] = quotes(text)
    assert speaker == "budi-santoso" and said.endswith("yang turun yakni subsektor perikanan")
    assert [said for _, said, _ in quotes(text.replace(",\" jelas Budi, Senin.", "."))] == [
        "Subsektor tanaman pangan naik 1 persen, hortikultura 2 persen."]


def test_a_mark_set_apart_after_a_sentence_opens_a_quotation_closed_in_its_paragraph():
    text = ("BAUBAU - Dua daerah masih rendah, yakni Kabupaten Muna dan Kabupaten Buton. ” Kabupaten Buton baru 60 "
            "persen warganya, sedangkan Muna menyusul,” kata Budi Santoso.")
    assert [(q[0], q[1].startswith("Kabupaten Buton baru 60")) for q in quotes(text)] == [("budi-santoso", True)]


def test_an_airport_named_after_a_person_of_four_words_keeps_the_whole_name():
    assert "Bandara I Gusti Made Sura" in [p.name for p in kg.extract(
        "DENPASAR - Bandara I Gusti Made Sura, Bali, melayani 12.000 penumpang.").places]


@pytest.mark.parametrize("text, is_place", [
    ("Kepesertaan PPU bertambah 300 orang pada bulan lalu.", False),
    ("Iuran PPU dari pabrik tekstil naik tipis.", False),
    ("Banjir merendam ratusan rumah di PPU pada Senin.", True),
])
def test_a_places_short_form_that_is_also_a_terms_acronym_names_the_place_only_after_a_place_word(text, is_place):
    keys = {p.key for p in kg.extract(text).places}
    assert ("regency-penajam-paser-utara" in keys) is is_place


@pytest.mark.parametrize("opening, districts", [
    ("Tiga kecamatan yang lunas adalah, Getasan, Tengaran dan Suruh.", ["Getasan", "Tengaran", "Suruh"]),
    ("Kecamatan terbaik yaitu Getasan dan Tengaran.", ["Getasan", "Tengaran"]),
    ("Tiga pemenangnya adalah, Getasan, Tengaran dan Suruh.", []),
])
def test_districts_listed_after_the_word_for_their_level_and_a_cue_are_districts_of_the_named_regency(
        opening, districts):
    f = kg.extract(f"Pajak bumi di Kabupaten Semarang hampir lunas. {opening}")
    assert [p.name for p in f.places if p.name != "Kabupaten Semarang"] == districts


def test_a_level_word_written_after_se_names_the_whole_region_of_that_level():
    f = kg.extract("Pajak bumi se-Kabupaten Semarang hampir lunas pekan ini.")
    assert [(p.key, p.name) for p in f.places] == [("regency-semarang", "Kabupaten Semarang")]


def test_a_known_town_and_a_colon_open_a_dateline():
    f = kg.extract("Malang: Dinas Sosial Kota Malang menyalurkan bantuan kepada 300 keluarga.")
    assert f.dateline_place == "city-malang"


def test_a_word_and_a_colon_that_name_no_town_are_no_dateline():
    assert kg.extract("Catatan: Dinas Sosial menyalurkan bantuan kepada 300 keluarga.").dateline_place is None


def test_a_capitalised_first_word_of_a_sentence_is_no_part_of_a_programmes_name():
    f = kg.extract("Surabaya - Untuk Program Pengentasan Kemiskinan Desa (PKD), pemerintah menambah 200 penerima.")
    assert [(p.name, "PKD" in p.aliases) for p in f.programs] == [("Program Pengentasan Kemiskinan Desa", True)]


def test_a_port_named_after_its_word_in_lower_case_is_a_place():
    f = kg.extract("Ekspor melalui pelabuhan Tanjung Wangi naik, sedangkan melalui bandara turun.")
    assert [p.name for p in f.places] == ["pelabuhan Tanjung Wangi"]


def test_every_port_of_a_region_is_no_port_named():
    f = kg.extract("Bongkar muat turun di seluruh pelabuhan Kawasan Barat Indonesia pekan ini.")
    assert [p.name for p in f.places if "pelabuhan" in p.name.lower()] == []


def test_a_ministers_instruction_is_a_law():
    f = kg.extract("Penyusunan RKPD mengacu pada Instruksi Menteri Dalam Negeri Nomor 3 Tahun 2024 tentang Pedoman.")
    assert [(d.name, str(d.legislation_type).rsplit("/", 1)[1]) for d in f.legislation] == [
        ("Instruksi Menteri Dalam Negeri Nomor 3 Tahun 2024", "instruksi-menteri-dalam-negeri")]


def test_a_kind_of_body_defined_with_its_short_form_is_no_programme():
    f = kg.extract("Saldo itu belum termasuk kas Badan Layanan Umum Daerah Rumah Sakit Jiwa (BLUD RSJ) tahun lalu.")
    assert (f.programs, f.organizations) == ((), ())


@pytest.mark.parametrize("text, name", [
    ("Tiga kelompok tani mendapat bantuan alat mesin pertanian dari kementerian.", "bantuan alat mesin pertanian"),
    ("Gudang itu menyalurkan bantuan pangan beras kepada warga.", "bantuan pangan beras"),
    ("Desa itu menerima bantuan sembako nonberas pekan lalu.", "bantuan sembako nonberas"),
    ("Sebanyak 120 rumah mendapat Bantuan Stimulan Perumahan Swadaya tahun ini.", "Bantuan Stimulan Perumahan Swadaya"),
])
def test_aid_named_by_its_goods_and_national_programmes_are_programmes(text, name):
    assert [p.name for p in kg.extract(text).programs] == [name]


def test_a_web_address_a_comma_and_a_town_before_the_story_with_no_dash_is_a_dateline():
    facts = kg.extract("warta9.com, Bogor Sebanyak 1.200 guru honorer sekolah swasta mendapat tunjangan. Dinas "
                       "Sosial Kota Bogor mencatat 500 penerima.")
    assert facts.dateline_place == "city-bogor" and [o.name for o in facts.organizations if o.kind == "publisher"] == ["warta9.com"]
    assert "city-bogor" not in {m.subject for m in facts.metrics}  # the dateline town is no figure's subject
    facts = kg.extract("warta9.com, Bogor Dinas Sosial Kota Bogor menyalurkan 500 paket.")
    assert [(o.name, m.subject) for o in facts.organizations if o.kind == "org" for m in facts.metrics] \
        == [("Dinas Sosial Kota Bogor", "dinas-sosial-kota-bogor")]


def test_a_town_after_a_comma_in_running_text_is_no_dateline():
    assert kg.extract("Rudi, Bogor Dinas Sosial menyalurkan 500 paket.").dateline_place is None


@pytest.mark.parametrize("written, key", [("se-Nusa Tenggara Timur", "nusa-tenggara-timur"), ("se-Jatim", "jawa-timur")])
def test_a_place_written_onto_se_is_named_there(written, key):
    f = kg.extract(f"Kupang - Bank itu menyalurkan kredit di kabupaten dan kota {written} sebesar Rp42 miliar.")
    [place] = [p for p in f.places if p.key == key]
    assert f.text[place.span.begin:place.span.end] == written[3:]


def test_a_country_after_the_word_negara_is_named():
    f = kg.extract("Bandar Lampung - Tujuan terbanyak ialah Negara Malaysia dengan 700 orang, lalu Jepang 190 orang.")
    assert {"malaysia", "jepang"} <= {p.key for p in f.places}


def test_the_special_region_written_with_dotted_initials_run_together_is_the_province():
    f = kg.extract("Semarang - Cakupan imunisasi tertinggi kedua ada di D.I.Yogyakarta, yakni 81 persen.")
    assert "di-yogyakarta" in {p.key for p in f.places}


def test_villages_listed_after_one_each_with_its_own_figure_are_villages_and_the_figures_theirs():
    f = kg.extract("Bogor - Dinkes mencatat kasus demam terbanyak ada di empat kelurahan, yakni Kelurahan Cimanggu 9 kasus, "
                   "Sindangsari 8 kasus, Kebon Asri "
                   "dan Pasir Jaya masing-masing 5 kasus.")
    names = ["Kelurahan Cimanggu", "Kelurahan Sindangsari", "Kelurahan Kebon Asri", "Kelurahan Pasir Jaya"]
    assert names == [p.name for p in f.places if p.name.startswith("Kelurahan")]
    subjects = {p.key: p.name for p in f.places}
    # (the first item's figure is read as the first place's is, whoever it falls to)
    assert [(str(m.value), subjects.get(m.subject)) for m in f.metrics][1:] == list(zip(("8", "5", "5"), names[1:]))


def test_a_speakers_name_used_alone_after_a_speech_verb_is_no_place_though_a_town_bears_it():
    f = kg.extract("Ambon - Manajer Pelabuhan Sukamaju, Yusuf Padang mengatakan arus barang naik.\n\"Kapal juga "
                   "bertambah,\" ujar Padang.")
    assert "city-padang" not in {p.key for p in f.places}
    assert [q.speaker for q in f.quotations] == [f.people[0].key]


def test_a_programme_named_with_numbers_among_its_words_before_its_acronym_is_one_programme():
    f = kg.extract("Sleman - Dinkes mengajak warga ikut Gerakan 1 Keluarga 1 Kader (G1K1K) di setiap dusun.")
    assert [(p.name, p.aliases) for p in f.programs] == [("Gerakan 1 Keluarga 1 Kader", ("G1K1K",))]


def test_a_programme_paid_through_a_body_is_not_run_by_it():
    f = kg.extract("Denpasar (ANTARA) - Kepala PT Jasa Raharja Cabang Bali Made Sudarta mengatakan santunan naik. "
                   "Ia menyebut penerimaan Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan (SWDKLLJ) melalui Samsat Badung "
                   "naik 5 persen.")
    assert [(p.key, p.provider) for p in f.programs] == [("sumbangan-wajib-dana-kecelakaan-lalu-lintas-jalan",
                                                          "jasa-raharja")]


@pytest.mark.parametrize("text, villages", [
    ("Banjir merendam rumah di Kampung Sukaluyu RT 04, Desa Cikande.", ["desa-cikande", "kampung-sukaluyu"]),
    ("Warga Dusun Karangjati dan Kelurahan Tanjung Sari Indah terdampak.", ["dusun-karangjati",
                                                                           "kelurahan-tanjung-sari-indah"]),
    # a village named with 'Kampung' after the level word; a regency after a village's name is no part of it
    ("Kegiatan digelar di Desa Kampung Baru, lalu di Kampung Sukaluyu Cilacap.", ["desa-kampung-baru",
                                                                                  "kampung-sukaluyu"]),
])
def test_villages_named_after_kampung_dusun_or_kelurahan_take_their_whole_name(text, villages):
    f = kg.extract("Purwokerto (ANTARA) - " + text)
    assert sorted(p.key for p in f.places if p.key.split("-")[0] in ("desa", "kampung", "dusun", "kelurahan")) \
        == sorted(villages)
