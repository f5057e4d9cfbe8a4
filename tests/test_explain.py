"""`kg explain`: facts beside their sentences, for one or several articles, as text, JSON or CSV."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kg.cli import main
from kg.explain import COLUMNS, explain_rows, format_rows

BANDUNG = ("BANDUNG (ANTARA) - Kepala Dinas Kesehatan Kota Bandung Rina Marlina mengatakan sekitar 1.200 kader "
           "dilatih pada Maret 2025.\n")
GARUT = "Dinas Sosial Kabupaten Garut menargetkan anggaran Rp2,5 miliar pada 2026.\n"


@pytest.fixture
def articles(tmp_path):
    paths = []
    for name, text in (("bandung.txt", BANDUNG), ("garut.txt", GARUT)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_rows_name_entities_and_write_figures_as_the_press_does():
    rows = explain_rows(BANDUNG, "bandung.txt")
    facts = {(r["kind"], r["fact"]) for r in rows}
    assert ("role", "Rina Marlina — Kepala — Dinas Kesehatan Kota Bandung (pimpinan)") in facts
    assert ("metric", "Dinas Kesehatan Kota Bandung: kader dilatih = sekitar 1.200 (pada Maret 2025)") in facts
    english = {r["fact"] for r in explain_rows(BANDUNG, "bandung.txt", "en") if r["kind"] == "metric"}
    assert english == {"Dinas Kesehatan Kota Bandung: kader dilatih = approximately 1,200 (March 2025)"}
    metric = next(r for r in rows if r["kind"] == "metric")
    assert metric["sentence"] == BANDUNG.strip()
    assert BANDUNG[metric["begin"]:metric["end"]] == BANDUNG.strip() and metric["rule"] == "metric.digits"


def test_a_target_is_marked_as_a_target():
    metric = next(r for r in explain_rows(GARUT, "garut.txt") if r["kind"] == "metric")
    assert metric["fact"] == "Dinas Sosial Kabupaten Garut: anggaran = target Rp2,5 miliar (pada 2026)"


def test_cli_explains_several_articles_as_csv(articles, capsys):
    assert main(["explain", *articles, "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert tuple(table[0]) == COLUMNS
    assert [r["article"] for r in table if r["kind"] == "article"] == articles
    assert {(r["article"], r["kind"]) for r in table if r["kind"] == "metric"} == {
        (articles[0], "metric"), (articles[1], "metric")}


def test_cli_json_is_the_rows(articles, capsys):
    assert main(["explain", articles[1], "--format", "json", "--lang", "en"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == explain_rows(GARUT, articles[1], "en")
    assert next(r["fact"] for r in rows if r["kind"] == "metric") == (
        "Dinas Sosial Kabupaten Garut: anggaran = target: IDR 2.5 billion (2026)")


def test_cli_text_heads_each_article(articles, capsys):
    assert main(["explain", *articles]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {articles[0]}\n\narticle ")
    assert f"\n== {articles[1]}\n" in out and "text: Dinas Sosial Kabupaten Garut menargetkan" in out


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="use one of: text, json, csv"):
        format_rows([], "xml")
    assert main(["explain", "--format", "xml"]) == 2
