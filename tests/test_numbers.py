"""Indonesian figures: money, percentages, counts, worded numbers; and what is not a figure."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

import kg
from kg.document import Document
from kg.extract.numbers import find_quantities, parse_number, spelled_value
from kg.lexicon import load


def quantities(text):
    return [(text[q.span.begin:q.span.end], q.value, q.unit) for q in find_quantities(Document(text))]


@pytest.mark.parametrize("sentence, surface, value, unit", [
    ("Dana desa mencapai Rp1,2 triliun.", "Rp1,2 triliun", Decimal("1200000000000"), "IDR"),
    ("Anggaran naik menjadi Rp 3 triliun.", "Rp 3 triliun", Decimal("3000000000000"), "IDR"),
    ("Koperasi itu menyalurkan Rp450 miliar.", "Rp450 miliar", Decimal("450000000000"), "IDR"),
    ("Setiap keluarga menerima Rp12,5 juta.", "Rp12,5 juta", Decimal("12500000"), "IDR"),
    ("Pesertanya tercatat 2.406.117 orang.", "2.406.117", Decimal("2406117"), "count"),
    ("Ekonomi tumbuh 5,31 persen.", "5,31 persen", Decimal("5.31"), "percent"),
    ("Harga naik 0,42 persen (yoy).", "0,42 persen", Decimal("0.42"), "percent"),
    ("Jumlah penerima hampir 5 juta orang.", "5 juta", Decimal("5000000"), "count"),
    ("Ada lebih dari 2.000 sekolah.", "2.000", Decimal("2000"), "count"),
    ("Sekitar 600 ribu pekerja terdaftar.", "600 ribu", Decimal("600000"), "count"),
    ("Sebanyak dua juta petani ikut.", "dua juta", Decimal("2000000"), "count"),
    ("Belanja dinas itu Rp27,5 Miliar.", "Rp27,5 Miliar", Decimal("27500000000"), "IDR"),
    ("Proyek jalan dengan nilai 12 miliar lebih.", "12 miliar", Decimal("12000000000"), "IDR"),
    ("Setiap keluarga menerima 2 juta (rupiah).", "2 juta", Decimal("2000000"), "IDR"),
    # the currency's name after number words or a figure with no scale
    ("Ganti rugi yang diterima mencapai tujuh miliar rupiah.", "tujuh miliar", Decimal("7000000000"), "IDR"),
    ("Tiket masuknya 15.000 rupiah per orang.", "15.000", Decimal("15000"), "IDR"),
    # what an amount is per, after a slash
    ("Upah buruh tani Rp95.000/hari.", "Rp95.000", Decimal("95000"), "IDR"),
    ("Garis kemiskinan naik menjadi Rp 512.300/kapita/bulan.", "Rp 512.300", Decimal("512300"), "IDR"),
    ("Penduduk kota itu mencapai 5 juta jiwa.", "5 juta", Decimal("5000000"), "count"),
    ("Penonton festival mencapai 2 juta.", "2 juta", Decimal("2000000"), "count"),
    ("Anggota koperasi itu 500-an ribu orang.", "500-an ribu", Decimal("500000"), "count"),
    ("Angka Kemiskinan Turun Jadi 8,2 Persen", "8,2 Persen", Decimal("8.2"), "percent"),
    ("Angka kemiskinan turun menjadi 7.45 persen.", "7.45 persen", Decimal("7.45"), "percent"),
    ("Angka pengangguran turun menjadi 6.3%.", "6.3%", Decimal("6.3"), "percent"),
    ("Dana desa mencapai Rp1.5 triliun.", "Rp1.5 triliun", Decimal("1500000000000"), "IDR"),
    ("Target pajak tahun ini Rp512 miliar 275 juta.", "Rp512 miliar 275 juta", Decimal("512275000000"), "IDR"),
    ("Penduduknya 4 juta 250 ribu jiwa.", "4 juta 250 ribu", Decimal("4250000"), "count"),
    ("Klaim yang dibayar mencapai Rp318, 45 miliar.", "Rp318, 45 miliar", Decimal("318450000000"), "IDR"),
    ("Nilai impor mencapai US$87, 6 juta.", "US$87, 6 juta", Decimal("87600000"), "USD"),
    # a space typed after a thousands dot, whole groups of three after it
    ("Realisasinya mencapai Rp80. 123.456.789 dari target.", "Rp80. 123.456.789", Decimal("80123456789"), "IDR"),
    ("Targetnya Rp21.450. 300.125 belum tercapai.", "Rp21.450. 300.125", Decimal("21450300125"), "IDR"),
])
def test_figure(sentence, surface, value, unit):
    found = quantities(sentence)
    assert len(found) == 1
    assert found[0][0] == surface and found[0][1] == value and found[0][2] == unit


@pytest.mark.parametrize("sentence", [
    "Rapat digelar pukul 10.30 WIB di balai desa.",
    "Program Industri 4.0 digelar di balai desa.",
    "Rapat digelar pada Rabu (9/8) di balai desa.",
    "Rapat digelar pada 3 Maret 2025 di balai desa.",
    "Aturan itu tertuang dalam Nomor 37 Tahun 2021.",
    "Pada 2024 warga menanam padi.",
    "Program berjalan selama enam bulan.",
    "Petani berusia 45 tahun itu menanam padi.",
    "Petani dengan usia 45 tahun itu menanam padi.",
    "Beasiswa diberikan kepada mahasiswa Strata 1 berprestasi.",
    "Lulusan Diploma 3 itu diterima bekerja.",
    "Gaji 13 pegawai cair pekan depan.",
    "Kantor itu merayakan HUT ke 45 pekan ini.",
    "Kota itu berada di peringkat ke 7 nasional.",
    "Layanan keliling buka selama 3 (tiga) jam.",
    "Rapat pada 36 September 2024 batal.",
    "Pemohonnya biasanya banyak, ada 30, 60, untuk satu desa.",
    "Kota itu berada di peringkat ke 4 dari 82 kota se-Indonesia.",
    "Kota itu menempati urutan ke 12 dari 34 kota yang diamati.",
    "Pawai digelar menyambut Tahun Baru Islam 1447 Hijriah.",
    "Takbiran menyambut Idul Adha 1446 H digelar di alun-alun.",
    "Arus mudik Idul Fitri 1446 Hijiriah berjalan lancar.",
    "Pasar murah dibuka pada 20 Ramadhan di balai desa.",
    "Diare masuk 10 besar penyakit di puskesmas itu.",
    "Sekolah tatap muka dibuka lagi setelah pandemi Covid 19 mereda.",
    "Pada era 90-an bioskop di kota itu ramai.",
    "Rapat dimulai pukul 09:30 di balai desa.",
    "Polisi memeriksa seorang pria berinisial TS (41) di rumahnya.",
    "Pameran digelar 12 hingga 15 Oktober di alun-alun.",
    "Festival berlangsung 3 dan 4 Mei di lapangan kota.",
    "Wabah itu mengikuti siklus 4 tahunan.",
    "Penumpang KAI Daop 6 Yogyakarta memadati stasiun.",
    "Pelabuhan itu dikelola Pelindo Regional 3 sejak lama.",
    "Arus mudik memuncak pada H-3 Lebaran.",
    "Posko tetap buka sampai H+7 Lebaran.",
    "Bank sentral menahan suku bunga acuan 7-day repo.",
    "Kampus itu meraih rangking 4 versi lembaga pemeringkat.",
    "Juara 1 lomba menulis menerima piala.",
    "Jemaah kloter 5 tiba di asrama haji.",
    "Pencairan tahap 2 dimulai pekan depan.",
    # numbers to call
    "Warga dapat menelpon 1500123 untuk bertanya.",
    "Pengaduan lewat telepon 0411-5551234 dilayani setiap hari.",
    "Nomor darurat juga bisa lewat Emergency Call 115.",
    "Laporan bisa disampaikan ke (1500987) Call Center kantor itu.",
    "Pesan dapat dikirim lewat WhatsApp 081234567890.",
    "Hubungi kantor cabang di 0274-512345 pada jam kerja.",
    # every number of a list after a labelling word
    "Jemaah diberangkatkan dalam kloter 12, 13 dan 14.",
    "Rombongan berangkat bersama kloter (kelompok terbang) 15 dari embarkasi Solo.",  # the word's expansion in brackets
    "Bantuan tahap 4 dan 5 cair pekan depan.",
    "Pegawai libur terhitung tanggal 27 nanti.",  # the day of a date whose month the text leaves out
    "Perwakilan komisi 2, 3, dan 4 hadir.",
    # times of day
    "Selasa, 14 Mei 2024 08:25",
    "Rapat dimulai 9:30 WIB di aula.",
    # a rate that converts another figure
    "Nilainya dihitung dengan kurs 15.800 per dolar.",
    "Angka itu memakai Kurs Rp15.800.",
    # a banknote's face value, and each one listed after it
    "Penukaran melayani uang denominasi Rp 20 ribu, Rp 10 ribu, dan Rp 5 ribu.",
    "Warga menukar uang pecahan Rp75.000 dan Rp7.500 di bank.",
    "Kas keliling membawa pecahan koin baru Rp200 serta Rp100.",
    "Petugas menyita uang palsu pecahan seratus ribu dan pecahan dua ribu.",  # in words, without the currency
    "Petugas menyita uang palsu pecahan 50 ribu.",
    # an item's number in a numbered list
    "Tiga kereta paling laris:\n1. KA Sinar Pagi\n2) KA Fajar Utama",
    # a range of days written into a date, and a date written with dashes
    "Pertemuan digelar di Kendari, Rabu-Kamis (12-13/6/2024).",
    "Hal itu disampaikan di Kendari, Kamis (21-10-2021).",
    # a hotel's star class, and each one listed after it
    "Okupansi hotel bintang 3, 4 dan 5 naik.",
    # an ordinal after a word of time or sequence
    "Puncak arus mudik terjadi pada hari ke 2 Lebaran.",
    "Pendaftaran dibuka pada pekan ke-3 bulan ini.",
    # a meeting's number in a series
    "Rapat Paripurna ke 12 digelar malam ini.",
    # a product group's code, and a place on the map
    "Kenaikan terjadi pada golongan kopi (HS 09) dan lemak nabati (HS 15).",
    "Kapal menyisir perairan pada koordinat 5° 12' 30\" S - 131° 4' 9\" E.",
])
def test_not_a_figure(sentence):
    assert quantities(sentence) == []


def test_a_length_of_time_with_a_decimal_fraction_is_a_measured_average_but_a_whole_one_no_figure():
    assert [q[1] for q in quantities("Lama inap pengunjung rata-rata 2,35 hari, pelatihan berlangsung 12 hari.")] == [
        Decimal("2.35")]


@pytest.mark.parametrize("sentence, value", [
    ("Ekspor kopi sebesar 8 ratus ribu dollar AS.", "800000"),
    ("Dana Rp 4 ratus juta disalurkan.", "400000000"),
    ("Sebanyak 6 ratus warga hadir.", "600"),
])
def test_hundreds_written_as_a_word_after_the_digit_scale_the_figure(sentence, value):
    assert [str(q[1]) for q in quantities(sentence)] == [value]


@pytest.mark.parametrize("sentence, values", [
    ("Bantuan untuk 12, 15 dan 20 keluarga.", ["12", "15", "20"]),
    ("Dana Rp5 miliar, Rp3 miliar dan Rp2 miliar disalurkan.", ["5000000000", "3000000000", "2000000000"]),
    ("Tercatat 3 juta 2 juta pelanggan.", ["3000000", "2000000"]),
    ("Inflasi 3 persen 2 juta warga.", ["3", "2000000"]),
    ("Dana itu Rp5 miliar 2 juta dolar AS.", ["5000000000", "2000000"]),
    ("Kerugian banjir Rp10 miliar 2 juta warga terdampak.", ["10000000000", "2000000"]),
])
def test_figures_side_by_side_that_are_no_one_amount_stay_apart(sentence, values):
    assert [str(q[1]) for q in quantities(sentence)] == values


def test_several_figures_in_text_order():
    found = quantities("Dana Rp5 miliar untuk 3.500 orang, naik 2,5 persen.")
    assert [f[0] for f in found] == ["Rp5 miliar", "3.500", "2,5 persen"]


def test_a_scaled_figure_after_money_in_its_sentence_is_money():
    found = quantities("Uang saku naik dari Rp400 ribu menjadi 1 juta per bulan, sedangkan 300 orang menerima 2 juta.")
    assert found == [("Rp400 ribu", Decimal("400000"), "IDR"), ("1 juta", Decimal("1000000"), "IDR"),
                     ("300", Decimal("300"), "count"), ("2 juta", Decimal("2000000"), "IDR")]


def test_numbers_in_a_list_that_count_something_stay_figures():
    assert [f[0] for f in quantities("Sebanyak 1.500, 400 di antaranya lansia, dan 7 persen lainnya.")] == [
        "1.500", "400", "7 persen"]


def test_parse_number_examples():
    assert parse_number("2.406.117") == Decimal("2406117")
    assert parse_number("45,2") == Decimal("45.2")
    assert parse_number("25,004") == Decimal("25.004")


def indonesian(n: int, frac: str) -> str:
    grouped = f"{n:,}".replace(",", ".")
    return grouped + ("," + frac if frac else "")


@given(st.integers(min_value=0, max_value=10**15), st.text(alphabet="0123456789", max_size=4))
def test_parse_number_round_trip(n, frac):
    assert parse_number(indonesian(n, frac)) == Decimal(f"{n}.{frac}" if frac else str(n))


@given(st.integers(min_value=1000, max_value=10**9), st.text(alphabet="0123456789", min_size=1, max_size=2))
def test_found_in_a_sentence_with_its_value(n, frac):
    number = indonesian(n, frac)
    text = f"Nilainya Rp{number} bagi warga."
    found = find_quantities(Document(text))
    assert len(found) == 1
    assert found[0].value == Decimal(f"{n}.{frac}") and found[0].unit == "IDR"
    assert text[found[0].span.begin:found[0].span.end] == f"Rp{number}"


def test_a_number_word_before_a_lone_lowercase_letter_is_no_scaled_figure():
    """Fuzzing found 'lima m(enit': a single letter is a scale only as written ('Rp5 M'), and 'm' is none."""
    found = find_quantities(Document("Warga menunggu lima m(enit), lalu lima juta orang menerima bantuan."))
    assert [(q.value, q.rule) for q in found] == [(Decimal("5000000"), "number.words")]


def test_a_count_after_dari_with_no_position_before_it_stays_a_figure():
    assert [f[0] for f in quantities("Dari 82 kota, 30 kota mengalami deflasi.")] == ["82", "30"]


def test_a_round_figure_is_read_with_its_suffix_and_stays_money_where_its_sentence_speaks_of_money():
    assert quantities("Penonton 300-an orang, panitia 40 orang.") == [
        ("300-an", Decimal("300"), "count"), ("40", Decimal("40"), "count")]
    assert quantities("Iuran naik dari Rp200 ribu menjadi 300-an ribu.")[-1] == ("300-an ribu", Decimal("300000"), "IDR")


@pytest.mark.parametrize("sentence, values", [
    ("Dinas mencatat kasus Covid 125 orang pekan ini.", [Decimal("125")]),
    ("Pemkot menyiapkan 3.000 Ramadan Kit bagi warga.", [Decimal("3000")]),
    ("Kendaraan yang melintas 2500 H-1 Lebaran.", [Decimal("2500")]),
])
def test_a_number_beside_a_calendar_or_disease_word_that_is_no_date_or_name_stays_a_figure(sentence, values):
    assert [v for _, v, _ in quantities(sentence)] == values


def test_a_four_digit_count_without_a_calendar_marker_stays_a_figure():
    assert quantities("Sebanyak 1446 hewan kurban dibagikan.") == [("1446", Decimal("1446"), "count")]


@pytest.mark.parametrize("sentence, value", [
    ("Pembayaran diterima 204,118 orang pensiunan.", Decimal("204118")),  # grouped the English way
    ("Sebanyak 2,500 unit rumah dibangun.", Decimal("2500")),
    ("Klaim dibayarkan dari 12,345 kasus.", Decimal("12345")),
    ("Stok elpiji disiagakan 154,320 tabung.", Decimal("154320")),
    ("Tercatat 3,210 peserta baru.", Decimal("3210")),
    ("Rata-rata 2,500 kilogram per hektare.", Decimal("2.5")),
    ("Sisanya 0,500 unit.", Decimal("0.5")),  # no grouping starts with a zero  # a measure: the comma is a decimal mark
    ("Indeks naik 1,250 poin.", Decimal("1.25")),
])
def test_commas_group_digits_only_before_a_word_that_counts_whole_things(sentence, value):
    assert quantities(sentence)[0][1] == value


@pytest.mark.parametrize("sentence", [
    "Maskapai mengganti armada Boeing 767-300 dengan Airbus A330.",  # a maker's model, named by its number
    "Pesawat ATR 42-500 mendarat pagi tadi.",
    "Santunan naik pada periode semester 2-2021.",  # the half-year's number, then its year: no range
    "Kredit tumbuh pada triwulan 4-2020.",
])
def test_a_models_number_and_a_periods_ordinal_count_nothing(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("Iuran bulanan Rp 35,000 per peserta.", Decimal("35000")),  # a sum: no one writes a thousandth of a rupiah
    ("Iuran bulanan Rp 2,500 per peserta.", Decimal("2500")),
    ("Premi setahun totalnya Rp 1,750,000.", Decimal("1750000")),  # at a sentence's end
    ("Premi ditetapkan Rp 1,750,000 setahun.", Decimal("1750000")),
    ("Hadir 1,204,118 orang pemilih.", Decimal("1204118")),  # two groups: a decimal has one comma
    ("Harga naik menjadi Rp2,5 juta.", Decimal("2500000")),  # a scale after it: the comma is the decimal mark
    ("Indeks naik 1,250 poin.", Decimal("1.25")),
])
def test_commas_group_thousands_in_a_sum_without_a_scale_or_written_twice(sentence, value):
    assert quantities(sentence)[0][1] == value


@pytest.mark.parametrize("sentence, unit", [
    ("Nilai penjualan kopi mencapai 12,4 juta dolar pada Maret.", "USD"),
    ("Nilai ekspor ke Singapura 3,5 juta dolar Singapura.", "SGD"),
    ("Investor menanam 8 juta dolar Australia.", "AUD"),
    ("Investasi itu senilai 2 miliar dolar Amerika Serikat.", "USD"),
])
def test_dollars_after_a_scaled_figure_are_money_of_their_country(sentence, unit):
    assert [q[2] for q in quantities(sentence)] == [unit]


@pytest.mark.parametrize("sentence, surface, value", [
    ("Petugas menghubungi 115 perusahaan pada pekan itu.", "115", Decimal("115")),
    ("Sebanyak 12500 peserta terdaftar tahun ini.", "12500", Decimal("12500")),
    ("Layanan hotline menerima 2.150 panggilan selama libur.", "2.150", Decimal("2150")),
    ("Petugas hotline menerima 115 panggilan selama libur.", "115", Decimal("115")),
    ("Sebanyak 12500 peserta menelpon petugas tahun ini.", "12500", Decimal("12500")),
    ("Pengaduan bisa lewat telepon ke nomor 15000 atau datang langsung.", None, None),
])
def test_counts_near_a_word_of_calling_stay_figures_unless_written_as_a_number_to_call(sentence, surface, value):
    """A count written with its thousands dots, of three or four digits not right after the word, or before the word,
    is a figure; five digits or more without dots after the word are a number to call."""
    assert quantities(sentence) == ([(surface, value, "count")] if surface else [])


@pytest.mark.parametrize("sentence, expected", [
    ("Nilai ekspor naik 12, 48 persen dibanding bulan lalu.", [("12, 48 persen", Decimal("12.48"), "percent")]),
    ("Nilai ekspor mencapai 215, 36 juta dolar AS.", [("215, 36 juta", Decimal("215360000"), "USD")]),
    ("Kenaikan tiap tahap 10, 15, 20 persen.", [("20 persen", Decimal("20"), "percent")]),
    ("Kelompok 10, 12 orang tiba lebih dulu.", [("10", Decimal("10"), "count"), ("12", Decimal("12"), "count")]),
    ("Tercatat 12, 15 juta pelanggan.", [("12, 15 juta", Decimal("12150000"), "count")]),
])
def test_a_space_typed_after_the_decimal_comma_before_a_percent_or_scale(sentence, expected):
    """'12, 48 persen' is 23,63 with a stray space (in the real articles held for analysis every such figure was a
    decimal, none a list of two); numbers listed with commas, or without a percent or scale after them, stay apart."""
    assert quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Jumlah penumpang naik sekitar sembilan persen dibanding tahun lalu.", [("sembilan persen", Decimal("9"), "percent")]),
    ("Porsi itu dua puluh lima persen dari seluruh anggaran.", [("dua puluh lima persen", Decimal("25"), "percent")]),
    ("Kenaikan diperkirakan lima hingga enam persen.", []),
])
def test_a_percent_written_in_words(sentence, expected):
    """'sembilan persen' is 9 percent, 'dua puluh lima persen' 25; a word that ends a range is not the figure on its
    own."""
    assert quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Anggarannya naik jadi Rp 2,8 sekian, katanya.", []),
    ("Harganya Rp 12.500 per kilogram.", [Decimal("12500")]),
    ("Dana itu Rp 2,5 juta.", [Decimal("2500000")]),
    ("Kursnya Rp 12.500,50 sehari.", [Decimal("12500.50")]),
])
def test_a_sum_of_a_few_rupiah_with_a_fraction_and_no_scale_word_is_no_figure(sentence, expected):
    """'Rp 2,8 sekian': the writer left the scale out; no one reports a fraction of a few rupiah."""
    assert [q[1] for q in quantities(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Indikatornya ialah (1) Indeks Pembangunan 70 persen dan (2) Kemiskinan 9 persen.",
     [Decimal("70"), Decimal("9")]),
    ("Pemkab membeli dua (2) Unit ambulans.", [Decimal("2")]),
    ("Rekap:\n1.Kecamatan Alas 14 persen", [Decimal("14")]),
])
def test_a_number_in_brackets_before_a_capitalised_word_or_glued_to_an_item_numbers_a_list(sentence, expected):
    assert [q[1] for q in quantities(sentence)] == expected


def test_a_list_items_number_is_no_figure_but_a_figure_that_opens_a_line_is():
    assert [q[1] for q in quantities("Daftar:\n3. KA Sinar Pagi dengan okupansi 120 persen.\n1.250 orang naik.")] == [
        Decimal("120"), Decimal("1250")]


def test_an_items_number_inside_a_sentence_is_no_figure():
    assert [q[1] for q in quantities("Rute terpadat, 1. Medan 700 orang, 2. Padang 500 orang dan 3. Jambi 90 orang.")] \
        == [Decimal("700"), Decimal("500"), Decimal("90")]


@pytest.mark.parametrize("sentence, bounds", [
    ("Ekonomi diperkirakan tumbuh 4,8 hingga 5,6 persen.", [("4.8", "percent"), ("5.6", "percent")]),
    ("Tambahan peserta 2 sampai 3 ribu orang sebulan.", [("2000", "count"), ("3000", "count")]),
    ("Anggarannya Rp1,5 s.d. 2 miliar.", [("1500000000", "IDR"), ("2000000000", "IDR")]),
])
def test_a_range_joined_by_a_word_gives_the_first_bound_the_seconds_scale_and_unit(sentence, bounds):
    assert [(v, u) for _, v, u in quantities(sentence)] == [(Decimal(v), u) for v, u in bounds]


def test_numbers_joined_by_a_word_without_a_scale_after_stay_two_figures():
    assert [(s, str(v)) for s, v, _ in quantities("Tersedia 2 hingga 3 bus setiap jam.")] == [("2", "2"), ("3", "3")]


@pytest.mark.parametrize("written, value", [
    ("Rp164 trilun", "164000000000000"), ("Rp2 trilyun", "2000000000000"), ("Rp2 triliyun", "2000000000000"),
    ("Rp 1,138 milliar", "1138000000"), ("Rp5 miliyar", "5000000000"),
])
def test_a_scale_word_spelt_as_the_press_often_spells_it_scales_its_figure(written, value):
    found = find_quantities(Document(f"Aset itu mencapai {written} tahun ini."), [])
    assert [(q.value, q.unit) for q in found] == [(Decimal(value), "IDR")]


def test_both_bounds_of_a_range_the_currencys_name_follows_are_money():
    found = find_quantities(Document("Pendapatan mencapai 35 sampai 36 miliar rupiah, dari 3 hingga 4 juta orang."), [])
    assert [(str(q.value), q.unit, q.rule) for q in found] == [
        ("35000000000", "IDR", "number.range-lower"), ("36000000000", "IDR", "number.range-upper"),
        ("3000000", "count", "number.range-lower"), ("4000000", "count", "number.range-upper")]


@pytest.mark.parametrize("sentence, expected", [
    ("Kota itu mengalami deflasi -0,37 % (mtm).", [("0,37 %", Decimal("0.37"), "percent")]),
    ("Ekonomi daerah tumbuh (-2,1 persen) tahun lalu.", [("2,1 persen", Decimal("2.1"), "percent")]),
    # a dash after a word or a number joins it: no sign
    ("Pandemi COVID-19 mereda.", []),
    ("Rentang 2020-2024 mencatat 30 persen.", [("30 persen", Decimal("30"), "percent")]),
])
def test_a_minus_sign_before_a_rate_leaves_its_magnitude(sentence, expected):
    assert [x for x in quantities(sentence) if x[0] != "2020-2024"] == expected


def test_a_year_before_the_word_persentase_is_no_percentage():
    assert quantities("Selama Maret-September 2023 persentase penduduk miskin turun.") == []


def test_the_base_of_a_rate_is_no_figure():
    """'34 per 100 ribu penduduk': the rate is a figure, what it is counted per is not."""
    assert quantities("Angka kasus tercatat 34 per 100 ribu penduduk.") == [("34", Decimal("34"), "count")]


@pytest.mark.parametrize("text", [
    "Materi itu dibahas dalam webinar seri #4 bersama pelaku usaha.",
    "Capaian itu menempatkan kota ini diperingkat 4 dari 23 kota.",
    "Sementara kota tetangganya berada diurutan 12 se-Sumatera.",
])
def test_a_number_that_labels_or_ranks_counts_nothing(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, unit", [
    ("Dana Bagi Hasil untuk kabupaten itu sebesar 2,7 triliun dengan realisasi tinggi.", "IDR"),
    ("Anggaran naik, sementara jumlah transaksi digital mencapai 2,1 miliar dan terus tumbuh.", "count"),
    ("Jumlah penduduk dunia mencapai 8 miliar, kata dia.", "count"),
])
def test_a_sum_in_billions_is_money_where_its_own_clause_spoke_of_money(text, unit):
    [(_, _, found)] = quantities(text)
    assert found == unit


def test_a_share_with_a_currency_sign_typed_before_it_is_a_percentage():
    assert [(v, u) for _, v, u in quantities("Porsi giro sebesar Rp 12 persen dari simpanan.")] == [
        (Decimal("12"), "percent")]


def test_a_figure_after_a_place_whose_name_ends_in_a_star_word_stays_a_figure():
    """'Kabupaten Pegunungan Bintang 84.512 jiwa': 'bintang' labels a hotel's class of one digit, not a count."""
    assert [value for _, value, _ in quantities("Disusul Kabupaten Pegunungan Bintang 84.512 jiwa.")] == [
        Decimal(84512)]


def test_a_count_after_ke_that_means_to_stays_a_figure():
    """'dari 35 ke 52 orang': after a word that is no word of time or sequence, 'ke' is 'to', and both counts stay."""
    assert [value for _, value, _ in quantities("Kuota naik dari 35 ke 52 orang.")] == [Decimal(35), Decimal(52)]


@pytest.mark.parametrize("sentence, value, unit", [
    ("Pendapatan daerah sebesar dua triliun tiga ratus empat belas miliar lebih.", Decimal("2314000000000"), "count"),
    ("Pemkab mencatat dana Rp dua puluh lima miliar.", Decimal("25000000000"), "IDR"),
    ("Pendapatan naik dua puluh lima persen.", Decimal("25"), "percent"),
    ("Nilainya dua juta lima ratus ribu rupiah.", Decimal("2500000"), "IDR"),
    ("Warga yang terdaftar satu juta dua ratus ribu jiwa.", Decimal("1200000"), "count"),
])
def test_a_figure_written_in_several_number_words_is_one_figure(sentence, value, unit):
    [(_, found, found_unit)] = quantities(sentence)
    assert (found, found_unit) == (value, unit)


_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _in_words(n: int) -> str:
    """An independent speller of whole numbers in Indonesian, to check the reader against."""
    def below_thousand(k: int) -> list[str]:
        hundreds, rest = divmod(k, 100)
        out = ["seratus"] if hundreds == 1 else [_UNITS[hundreds], "ratus"] if hundreds else []
        if rest == 10:
            out.append("sepuluh")
        elif rest == 11:
            out.append("sebelas")
        elif 12 <= rest <= 19:
            out += [_UNITS[rest - 10], "belas"]
        else:
            tens, units = divmod(rest, 10)
            out += ([_UNITS[tens], "puluh"] if tens else []) + ([_UNITS[units]] if units else [])
        return out
    words = []
    for scale, name in ((10 ** 12, "triliun"), (10 ** 9, "miliar"), (10 ** 6, "juta"), (10 ** 3, "ribu")):
        group, n = divmod(n, scale)
        if group == 1 and name == "ribu":
            words.append("seribu")
        elif group:
            words += below_thousand(group) + [name]
    return " ".join(words + below_thousand(n))


@given(st.integers(min_value=1, max_value=999_999_999_999_999))
def test_number_words_are_read_as_the_number_they_write(n):

    assert spelled_value(_in_words(n), load().words) == Decimal(n)


def test_every_multiplier_word_has_its_arithmetic():
    """The lexicon lists the multiplier words the patterns read and what each does, in two entries that must agree."""
    words = load().words
    arithmetic = {w for w in words["number_word_arithmetic"] if not w.startswith("_")}
    assert arithmetic == set(words["number_word_multipliers"])


@pytest.mark.parametrize("text", [
    "Besaran magnitudo mencapai 2,6 hingga 4,7 skala richter pekan ini.",
    "Gempa berkekuatan 5,3 SR terjadi pukul lima.",
    "Pusat gempa di laut, 72 kilometer barat daya Kabupaten Garut, dengan kedalaman gempa 12 kilometer.",
])
def test_an_earthquakes_strength_depth_and_distance_are_no_figures(text):
    assert quantities(text) == []


def test_a_distance_that_is_no_earthquakes_position_is_a_figure():
    assert [q[1] for q in quantities("Jalan provinsi sepanjang 72 kilometer rusak berat.")] == [72]


def test_a_small_count_written_as_a_word_before_what_it_counts_is_a_figure():
    assert [(q[0], q[1]) for q in quantities("Polisi mengungkap lima kasus pencurian dan menangkap dua tersangka.")] == [
        ("lima", 5), ("dua", 2)]


def test_a_year_of_the_common_era_after_the_islamic_one_is_no_figure():
    assert [q[1] for q in quantities("Jemaah haji musim 1445 H/ 2024 M sebanyak 1.200 orang.")] == [1200]


@pytest.mark.parametrize("text, value", [("Dua puluh tujuh kasus narkoba terungkap.", 27),
                                         ("Polisi menahan dua belas tersangka.", 12),
                                         ("Sebanyak seratus dua puluh orang ikut seleksi.", 120)])
def test_a_count_written_in_several_number_words_is_the_whole_number(text, value):
    assert [q[1] for q in quantities(text)] == [value]


@pytest.mark.parametrize("text", ["Gubernur membuka Pekan Raya Kota Medan (PRKM) ke 38 di Medan.",
                                  "Pemkot menggelar HUT Kota Bogor ke 541 di alun-alun."])
def test_the_edition_after_an_events_name_is_no_figure(text):
    assert quantities(text) == []


def test_the_items_after_a_spelled_count_in_one_list_count_too():
    assert [(q[0], q[1]) for q in quantities(
        "Polisi menangani empat kasus pencurian, tiga penipuan, satu pembakaran lahan dan enam penganiayaan.")] == [
        ("empat", 4), ("tiga", 3), ("satu", 1), ("enam", 6)]


def test_a_number_word_after_a_count_that_closes_no_list_counts_nothing():
    assert [q[0] for q in quantities("Polisi memeriksa tiga tersangka kemarin, satu hal yang wajar.")] == ["tiga"]


@pytest.mark.parametrize("text", ["Salah satu korban banjir dirawat.", "Rapat digelar dua kali.", "Tiga pilar dibahas.",
                                  "Banjir melanda 410 KK di tiga desa pesisir.", "Beasiswa untuk maksimal dua anak."])
def test_a_number_word_that_counts_nothing_named_is_no_figure(text):
    assert [q[0] for q in quantities(text) if not q[0][0].isdigit()] == []


def test_one_thing_named_with_its_sum_is_no_count_of_it():
    assert [q[1] for q in quantities("Santunan untuk satu kasus kematian sebesar Rp42 juta diserahkan.")] == [42000000]


def test_reports_and_suspected_violations_spelled_out_are_counts():
    assert [(q[0], q[1]) for q in quantities(
        "Terkait netralitas pegawai ada sebanyak lima dugaan, sedangkan pengaduan warga tujuh laporan.")] == [
        ("lima", 5), ("tujuh", 7)]


@pytest.mark.parametrize("written, value", [
    ("Rp 318.402 miliar", Decimal("318402000000")),  # tens of thousands of billions: a decimal point
    ("Rp47.115 Miliar", Decimal("47115000000")),
    ("Rp 3.250 miliar", Decimal("3250000000000")),  # one digit before the dot: thousands, as Indonesian writes them
    ("Rp 12.500 juta", Decimal("12500000000")),
    ("Rp15.420 triliun", Decimal("15420000000000000")),  # trillions have no next scale: thousands of them
])
def test_a_dot_before_three_digits_and_billions_is_a_decimal_point_after_two_or_three_digits(written, value):
    [m] = kg.extract(f"Bapenda Kota Solok mencatat pendapatan {written} tahun ini.").metrics
    assert m.value == value


@pytest.mark.parametrize("written, values", [
    ("Rp 250 - Rp 300 juta", [Decimal("250000000"), Decimal("300000000")]),  # the scale written once, on the upper
    ("Rp4 sampai Rp6 miliar", [Decimal("4000000000"), Decimal("6000000000")]),
    ("Rp 5.000 - Rp 7 juta", [Decimal("5000"), Decimal("7000000")]),  # a lower bound of a thousand or more has its own
])
def test_a_lower_bound_without_a_scale_takes_the_upper_bounds(written, values):
    f = kg.extract(f"Dinas Sosial Kota Solok menyalurkan bantuan {written} per keluarga.")
    assert [m.value for m in f.metrics] == values


@pytest.mark.parametrize("text, values", [
    ("Stok harian di gudang rata-rata 120, 150, 180 karung.", ["120", "150", "180"]),
    ("Dinas membagikan 20, 30 dan 40 paket.", ["20", "30", "40"]),
    ("Ada 20, 40, untuk tiap kelompok.", []),  # numbers given as examples, counting nothing named
])
def test_numbers_listed_before_one_noun_are_each_a_figure_of_it(text, values):
    f = kg.extract("Dinas Sosial Kota Solok mencatat data. " + text)
    assert [str(m.value) for m in f.metrics] == values


def test_a_number_in_brackets_after_a_name_is_an_age_only_where_it_could_be_one():
    """'Sumini (52)' gives a person's age, no figure; 'Sleman (2.480)', listed after a region, is far above any age
    and written with a thousands dot: a count."""
    assert quantities("Penerima bantuan, Sumini (52), mengaku terbantu.") == []
    found = quantities("Penerima per kabupaten: Sleman (2.480) dan Bantul (3.615).")
    assert [value for _, value, _ in found] == [Decimal(2480), Decimal(3615)]


@pytest.mark.parametrize("text", [
    "Setoran ke kas daerah Rp 1.250.400.000,00 (satu miliar dua ratus lima puluh juta empat ratus ribu rupiah).",
    "Setoran ke kas daerah Rp 1,25 miliar (satu miliar dua ratus lima puluh juta rupiah lebih).",
    "Setoran ke kas daerah sebesar 25 persen (dua puluh lima persen).",
])
def test_a_figure_spelled_out_in_brackets_after_its_digits_is_one_figure(text):
    assert len(find_quantities(Document(text))) == 1


def test_a_figure_in_words_that_follows_no_figure_in_digits_is_a_figure():
    found = find_quantities(Document("Setoran ke kas daerah (dua puluh lima miliar rupiah) diserahkan kemarin."))
    assert [q.value for q in found] == [Decimal(25_000_000_000)]
