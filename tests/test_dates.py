"""The article's date and the periods figures refer to."""
from datetime import date

import pytest

from kg.document import Document
from kg.extract.dates import find_periods, published_date

PUBLISHED = date(2025, 3, 5)


def test_weekday_and_day_month_take_the_year_from_the_weekday_near_named_years():
    d, span = published_date(Document("Madiun, Rabu (9/8) - Klaim naik sepanjang 2022."))
    assert d == date(2023, 8, 9)  # 9 August is a Wednesday in 2023, the nearest year after 2022
    assert span is not None


def test_full_date_in_brackets():
    assert published_date(Document("Bogor, Kamis (31/10/2024) - Warga antre."))[0] == date(2024, 10, 31)


def test_weekday_comma_date():
    assert published_date(Document("Senin, 3 Maret 2025 - Warga antre."))[0] == date(2025, 3, 3)


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
    assert find_periods(Document("Nilainya naik tahun ini."), None) == []


def test_same_period_last_year_is_relative():
    periods = find_periods(Document("Nilainya naik dari periode yang sama tahun lalu."), PUBLISHED)
    assert [p.relation for p in periods] == ["same-last-year"]


def test_baseline_after_dibandingkan():
    periods = find_periods(Document("Nilainya 5 juta, dibandingkan akhir 2022 yang 4 juta."), PUBLISHED)
    assert len(periods) == 1 and periods[0].baseline
    assert periods[0].end == date(2022, 12, 31)


def test_the_articles_date_is_not_a_period():
    doc = Document("Senin, 3 Maret 2025 - Warga antre.")
    _, span = published_date(doc)
    assert find_periods(doc, PUBLISHED, [span]) == []
