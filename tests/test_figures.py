"""kg.figures: figures written as the press writes them, in Indonesian and English (invented figures)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from rdflib import Graph, URIRef

from kg.errors import KGError
from kg.figures import (
    LANGS, Figure, amount, check_language, dates_text, describe, figure_from_graph, figure_from_metric, number,
    unit_words,
)
from kg.pipeline import build_graph, extract

D = Decimal


@pytest.mark.parametrize("value, lang, expected", [
    ("57000000000000", "id", "57 triliun"),
    ("450000000000", "id", "450 miliar"),
    ("45200000", "id", "45,2 juta"),
    ("1234567", "id", "1,23 juta"),
    ("107000", "id", "107.000"),
    ("14.01", "id", "14,01"),
    ("45200000", "en", "45.2 million"),
    ("57000000000000", "en", "57 trillion"),
    ("107000", "en", "107,000"),
    ("7.5", "en", "7.5"),
])
def test_numbers_in_words_from_a_million_and_in_full_below(value, lang, expected):
    assert number(D(value), lang) == expected


@pytest.mark.parametrize("fig, lang, expected", [
    (Figure(D("57000000000000"), "IDR", currency=True), "id", "Rp57 triliun"),
    (Figure(D("57000000000000"), "IDR", currency=True), "en", "IDR 57 trillion"),
    (Figure(D("5000000"), "USD", currency=True), "id", "US$5 juta"),
    (Figure(D("5000000"), "USD", currency=True), "en", "$5 million"),
    (Figure(D("45200000"), "IE"), "id", "45,2 juta orang"),
    (Figure(D("45200000"), "IE"), "en", "45.2 million people"),
    (Figure(D("14.01"), "P1"), "id", "14,01 persen"),
    (Figure(D("14.01"), "P1"), "en", "14.01 percent"),
    (Figure(D("1200"), "TNE", qualifier="approx"), "id", "sekitar 1.200 ton"),
    (Figure(D("1200"), "TNE", qualifier="approx"), "en", "approximately 1,200 tonnes"),
    (Figure(D("3500"), "C62", qualifier="at_least"), "id", "lebih dari 3.500"),
    (Figure(D("40"), "HAR", qualifier="at_most"), "en", "at most 40 hectares"),
    (Figure(D("12"), "XYZ"), "id", "12 XYZ"),  # an unknown code is shown, not dropped
])
def test_amount_with_unit_currency_and_qualifier(fig, lang, expected):
    assert amount(fig, lang) == expected


def test_every_unit_code_has_a_word_in_both_languages():
    expected = {"IE": ("orang", "people"), "C62": ("", ""), "P1": ("persen", "percent"),
                "TNE": ("ton", "tonnes"), "KGM": ("kg", "kg"), "HAR": ("hektare", "hectares"),
                "KMT": ("km", "km"), "LTR": ("liter", "litres"), "K6": ("kiloliter", "kilolitres"),
                "DAY": ("hari", "days"),
                "MON": ("bulan", "months"), "ANN": ("tahun", "years")}
    assert {code: (w["id"], w["en"]) for code, w in unit_words().items()} == expected
    for code, (word_id, word_en) in expected.items():
        assert amount(Figure(D("2"), code), "id") == f"2 {word_id}".strip()
        assert amount(Figure(D("2"), code), "en") == f"2 {word_en}".strip()


@pytest.mark.parametrize("start, end, lang, expected", [
    (date(2024, 1, 1), date(2024, 12, 31), "id", "2024"),
    (date(2025, 3, 1), date(2025, 3, 31), "id", "Maret 2025"),
    (date(2025, 3, 1), date(2025, 3, 31), "en", "March 2025"),
    (date(2025, 1, 1), date(2025, 6, 30), "id", "Januari–Juni 2025"),
    (date(2024, 12, 31), date(2024, 12, 31), "id", "31 Desember 2024"),
    (None, date(2024, 12, 31), "en", "31 December 2024"),
    (date(2024, 2, 10), date(2024, 5, 3), "en", "Feb 10\u2009–\u2009May 3, 2024"),  # CLDR puts thin spaces around the dash
    (None, None, "id", ""),
])
def test_periods_in_the_shortest_form_a_reader_knows(start, end, lang, expected):
    assert dates_text(start, end, lang) == expected


def test_describe_marks_targets_changes_and_segments_and_keeps_the_articles_period_words():
    year = dict(period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    target = Figure(D("2000000000000"), "IDR", currency=True, target=True, **year)
    assert describe(target, "id") == "target Rp2 triliun (2025)"
    assert describe(target, "en") == "target: IDR 2 trillion (2025)"
    change = Figure(D("150000"), "IE", change=True, period_label="hingga akhir 2025", **year)
    assert describe(change, "id") == "perubahan 150.000 orang (hingga akhir 2025)"
    assert describe(change, "en") == "change of 150,000 people (2025)"
    segment = Figure(D("8.5"), "P1", qualifier="approx", segment="Penerima Upah")
    assert describe(segment, "id") == "sekitar 8,5 persen, segmen Penerima Upah"


def test_a_figure_read_back_from_a_built_graph():
    text = ("JAKARTA (ANTARA) - Dinas Sosial Kota Bandung mencatat sekitar 12.400 pekerja penerima "
            "bantuan hingga akhir 2024.")
    graph = build_graph(text)
    obs = sorted(graph.subjects(URIRef("https://schema.org/observationAbout"), None))
    figures = [figure_from_graph(graph, o, "id") for o in obs]
    assert [describe(f, "id") for f in figures] == ["sekitar 12.400 orang (hingga akhir 2024)"]
    assert [describe(f, "en") for f in figures] == ["approximately 12,400 people (2024)"]
    metric = extract(text).metrics[0]
    assert describe(figure_from_metric(metric), "id") == "sekitar 12.400 orang (hingga akhir 2024)"


def test_an_observation_is_named_with_its_figure_as_the_press_writes_it():
    """SPARQL results and triple-store browsers show an observation by its name and labels, so those say
    "Rp1,5 miliar", never "1500000000.0"."""
    from rdflib import Literal
    from rdflib.namespace import RDFS

    graph = build_graph("MEDAN (ANTARA) - Dinas Kesehatan Kota Medan menargetkan anggaran Rp1,5 miliar pada 2025.")
    obs = next(graph.subjects(URIRef("https://schema.org/observationAbout"), None))
    assert str(graph.value(obs, URIRef("https://schema.org/name"))) == "anggaran: target Rp1,5 miliar (pada 2025)"
    assert set(graph.objects(obs, RDFS.label)) == {Literal("anggaran: target Rp1,5 miliar (pada 2025)", lang="id"),
                                                   Literal("budget: target: IDR 1.5 billion (2025)", lang="en")}


def test_figure_from_graph_without_a_number_is_none():
    assert figure_from_graph(Graph(), URIRef("http://x/obs")) is None


def test_an_unknown_language_is_refused_once_for_every_output():
    assert check_language("en") == "en"
    with pytest.raises(KGError, match="unknown language 'fr'; use one of: id, en"):
        check_language("fr")
    with pytest.raises(KGError):
        amount(Figure(D("1")), "fr")


def test_every_command_offers_the_languages_the_figures_speak():
    from kg.cli import cli

    for name in ("explain", "viz", "stats", "path"):
        option = next(p for p in cli.commands[name].params if p.name == "lang")
        assert tuple(option.type.choices) == LANGS and option.default == "id"
