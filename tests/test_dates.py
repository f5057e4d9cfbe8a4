"""The article's date and the periods figures refer to."""
from datetime import date

import pytest

import kg

from kg.document import Document
from kg.extract.dates import find_periods, gregorian_of_hijri, published_date

PUBLISHED = date(2025, 3, 5)


def test_weekday_and_day_month_take_the_year_from_the_weekday_near_named_years():
    d, span = published_date(Document("Madiun, Rabu (9/8) - Klaim naik sepanjang 2022."))
    assert d == date(2023, 8, 9)  # 9 August is a Wednesday in 2023, the nearest year after 2022
    assert span is not None


def test_the_year_the_text_gives_the_articles_own_month_outranks_a_later_target_year():
    text = "Kupang, Kamis (14/4) - Hingga April 2016 ini antrean pemohon paspor sampai 2031."
    assert published_date(Document(text))[0] == date(2016, 4, 14)
    assert published_date(Document(text.replace("April 2016 ini ", "")))[0].year != 2016


def test_weekday_and_day_month_with_no_year_anywhere_give_no_date():
    # the weekday repeats every few years; the day of the build must not choose among them
    d, span = published_date(Document("Madiun, Rabu (9/8) - Warga antre di kantor desa."))
    assert d is None
    assert span is not None


def test_full_date_in_brackets():
    assert published_date(Document("Bogor, Kamis (31/10/2024) - Warga antre."))[0] == date(2024, 10, 31)


def test_weekday_comma_date():
    assert published_date(Document("Senin, 3 Maret 2025 - Warga antre."))[0] == date(2025, 3, 3)


def test_a_date_after_the_datelines_town():
    assert published_date(Document("KENDARI, 12 Maret 2024 – Warga antre."))[0] == date(2024, 3, 12)


def test_no_date():
    assert published_date(Document("Warga antre di kantor desa.")) == (None, None)


@pytest.mark.parametrize("phrase, start, end", [
    ("sepanjang 2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("hingga akhir tahun 2023", date(2023, 1, 1), date(2023, 12, 31)),
    ("per Februari 2025", date(2025, 2, 1), date(2025, 2, 28)),
    ("semester I 2025", date(2025, 1, 1), date(2025, 6, 30)),
    ("triwulan III 2024", date(2024, 7, 1), date(2024, 9, 30)),
    ("Agustus 2024", date(2024, 8, 1), date(2024, 8, 31)),
    ("Januari hingga September 2024", date(2024, 1, 1), date(2024, 9, 30)),
    ("tahun ini", date(2025, 1, 1), date(2025, 12, 31)),
    ("tahun lalu", date(2024, 1, 1), date(2024, 12, 31)),
    ("triwulan II - 2024", date(2024, 4, 1), date(2024, 6, 30)),
    ("sepanjang Januari-awal Oktober 2023", date(2023, 1, 1), date(2023, 10, 31)),
    ("hingga saat ini", PUBLISHED, PUBLISHED),
    ("pada bulan Desember", date(2024, 12, 1), date(2024, 12, 31)),  # later in the year than the article: last year's
    ("pada bulan Februari", date(2025, 2, 1), date(2025, 2, 28)),
])
def test_period(phrase, start, end):
    text = f"Nilainya naik {phrase} di desa itu."
    periods = find_periods(Document(text), PUBLISHED)
    assert len(periods) == 1
    p = periods[0]
    assert (p.start, p.end) == (start, end)
    assert text[p.span.begin:p.span.end] == p.label and phrase in p.label
    assert not p.baseline


def test_relative_year_needs_the_published_date():
    """Without it the period is found but not dated, so that no other period stands in for it."""
    [period] = find_periods(Document("Nilainya naik tahun ini."), None)
    assert (period.label, period.relation) == ("tahun ini", "unresolved")


@pytest.mark.parametrize("words", ["tahun depan", "tahun mendatang"])
def test_next_year_is_the_year_after_the_published_one(words):
    [period] = find_periods(Document(f"Targetnya naik {words}."), PUBLISHED)
    assert (period.start, period.end, period.relation) == (date(PUBLISHED.year + 1, 1, 1), date(PUBLISHED.year + 1, 12, 31), "")


def test_same_period_last_year_is_relative():
    periods = find_periods(Document("Nilainya naik dari periode yang sama tahun lalu."), PUBLISHED)
    assert [p.relation for p in periods] == ["same-last-year"]


@pytest.mark.parametrize("sentence", [
    "Nilainya naik dari bulan yang sama tahun sebelumnya.",
    "Nilainya naik dari triwulan yang sama pada tahun lalu.",
    "Nilainya naik dari tahun lalu pada periode yang sama.",
    "Pada kuartal yang sama tahun kemarin nilainya lebih kecil.",
])
def test_the_same_part_of_last_year_in_any_order_is_one_period(sentence):
    assert [p.relation for p in find_periods(Document(sentence), PUBLISHED)] == ["same-last-year"]


def test_baseline_after_dibandingkan():
    periods = find_periods(Document("Nilainya 5 juta, dibandingkan akhir 2022 yang 4 juta."), PUBLISHED)
    assert len(periods) == 1 and periods[0].baseline
    assert periods[0].end == date(2022, 12, 31)


def test_the_articles_date_is_not_a_period():
    doc = Document("Senin, 3 Maret 2025 - Warga antre.")
    _, span = published_date(doc)
    assert find_periods(doc, PUBLISHED, [span]) == []


def test_an_impossible_day_is_no_date():
    assert find_periods(Document("Rapat pada 36 September 2024 batal."), PUBLISHED) == []
    assert find_periods(Document("Data per 31 Juni 2024 dan Juni hingga 31 September 2024."), PUBLISHED) == []


def test_months_in_a_list_take_the_year_in_force():
    text = "Sepanjang 2019 ada 81 laporan: bulan Januari 38 laporan, Februari 30 laporan, dan April 3 laporan."
    periods = find_periods(Document(text), PUBLISHED)
    assert [(p.label, p.end) for p in periods] == [
        ("Sepanjang 2019", date(2019, 12, 31)), ("bulan Januari", date(2019, 1, 31)),
        ("Februari", date(2019, 2, 28)), ("April", date(2019, 4, 30))]


def test_a_month_name_without_cue_or_figure_is_no_period():
    assert find_periods(Document("April Yani datang ke kantor desa."), PUBLISHED) == []


def test_the_month_before_is_a_relation():
    periods = find_periods(Document("Inflasi April 2025 turun dari bulan sebelumnya."), PUBLISHED)
    assert [(p.label, p.relation) for p in periods] == [("April 2025", ""), ("bulan sebelumnya", "previous-month")]


@pytest.mark.parametrize("text", [
    "Hingga AKHIR Desember 2023 dinas itu mencatat 4.100 peserta, naik dari semester I 2022 dan tahun lalu.",
    "Pada Maret–Mei 2021 tercatat Rp3 miliar; per 7 Agustus 2020 sekitar 2.150 keluarga (periode yang sama).",
    "Kota Éstrela mencatat 12 unit pada Oktober 2019, sedangkan ıstanbul Juni 2018 dan ſemester II 2017.",
    "İNDEKS Januari 2016 dan Σ Februari 2015 tidak ditulis dengan huruf yang biasa.",
])
def test_periods_found_in_the_lowered_text_are_those_the_case_blind_patterns_find(text):
    from kg.extract.dates import _patterns, finditer_ignoring_case, lowered_alike

    for _, pattern in _patterns():
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer_ignoring_case(pattern, text, lowered_alike(text))] == expected


def test_text_whose_letters_lower_differently_than_the_regex_folds_them_is_not_lowered():
    from kg.extract.dates import lowered_alike

    assert lowered_alike("Kota Éstrela, Desember 2023") == "kota éstrela, desember 2023"
    assert lowered_alike("İNDEKS 2023") is None  # İ lowers to two characters
    assert lowered_alike("ıstanbul 2023") is None  # a case-blind regex takes the dotless ı for i


@pytest.mark.parametrize("written, year", [("Ramadan 1444 H", 2023), ("Idul Fitri 1445 Hijriah", 2024),
                                           ("Lebaran 1440 H", 2019), ("Iduladha 1446 H", 2025)])
def test_a_month_or_feast_of_an_islamic_year_dates_the_gregorian_year_it_fell_in(written, year):
    f = kg.extract(f"Batam - Bank Indonesia menyiapkan uang tunai Rp2 triliun selama {written}.")
    assert [(m.period_start, m.period_end) for m in f.metrics] == [(date(year, 1, 1), date(year, 12, 31))]


@pytest.mark.parametrize("hijri, gregorian", [((1444, 9, 1), date(2023, 3, 23)), ((1445, 10, 1), date(2024, 4, 10)),
                                               ((1421, 10, 1), date(2000, 12, 27)), ((1, 1, 1), date(622, 7, 19))])
def test_the_arithmetic_islamic_calendar_meets_known_first_days(hijri, gregorian):
    assert abs((gregorian_of_hijri(*hijri) - gregorian).days) <= 1  # the sighted calendar may differ by a day


@pytest.mark.parametrize("written, expected", [
    ("Hal itu disampaikan dalam siaran pers, Jum\u2019at 8 November 2024.", date(2024, 11, 8)),
    ("Ia berbicara di Hotel Sukamaju, Selasa malam 10 Desember 2024.", date(2024, 12, 10)),
])
def test_the_day_written_without_a_comma_or_with_the_part_of_the_day_dates_the_article(written, expected):
    assert published_date(Document(written))[0] == expected


def test_a_day_ahead_of_the_article_does_not_date_it():
    assert published_date(Document("Lonjakan diperkirakan pada Minggu 31 Desember 2023 mendatang."))[0] is None


def test_a_quarter_written_without_its_year_is_in_the_year_named_before_it():
    text = "PAD Tahun 2023 ditargetkan Rp7 miliar. Adapun capaian triwulan I (Januari hingga Maret) sebesar Rp2 miliar."
    [quarter] = [p for p in find_periods(Document(text), date(2024, 5, 15)) if p.label == "triwulan I"]
    assert (quarter.start, quarter.end) == (date(2023, 1, 1), date(2023, 3, 31))


def test_a_half_year_written_without_its_year_is_the_articles_or_the_one_before():
    [half] = find_periods(Document("Realisasi semester kedua baru Rp9 miliar."), date(2024, 5, 15))
    assert (half.start, half.end) == (date(2023, 7, 1), date(2023, 12, 31))
