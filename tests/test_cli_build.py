"""`kg build` and `kg explain` end to end."""
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph

from kg import validate as validate_module
from kg.cli import main
from kg.paths import BUNDLED_ARTICLE, EXPORTS_DIR, ROOT

ARTICLE = ("Madiun, Kamis (31/10/2024) - Kepala BPJS Ketenagakerjaan Kantor Cabang Blitar Joko Susilo mengatakan "
           "peserta aktif mencapai 2.406.117 orang sepanjang 2023. “Kami terus menambah layanan untuk warga,” ujar Joko.\n")


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "in" / "madiun.txt"
    p.parent.mkdir()
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_build_output_via_subprocess(article, tmp_path):
    out = tmp_path / "out" / "madiun.ttl"
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(article), "--output", str(out)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    g = Graph().parse(out, format="turtle")
    assert len(g) > 20


@pytest.mark.parametrize("fmt, ext, rdflib_fmt", [("json-ld", ".jsonld", "json-ld"), ("trig", ".trig", "trig"), ("nt", ".nt", "nt")])
def test_build_formats(article, tmp_path, fmt, ext, rdflib_fmt):
    out = tmp_path / "out"
    assert main(["build", str(article), "--out-dir", str(out), "--format", fmt]) == 0
    files = list(out.iterdir())
    assert [f.name for f in files] == ["madiun" + ext]
    ds = Dataset()
    ds.parse(files[0], format=rdflib_fmt)
    assert len(ds) > 20 or sum(1 for _ in ds.quads((None, None, None, None))) > 20


def test_several_articles_into_a_folder(article, tmp_path):
    second = article.parent / "blitar.txt"
    second.write_text("Bupati Jember Lina Marlina meninjau pasar di Kabupaten Jember.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(article), str(second), "--out-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["blitar.ttl", "madiun.ttl"]


def test_explain(article, capsys):
    assert main(["explain", str(article)]) == 0
    out = capsys.readouterr().out
    assert "role.title-before-name" in out and "Joko Susilo" in out


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:")
    return err[0]


@pytest.mark.parametrize("content", [b"", b"   \n", b"ab\x00\x01cd", "caf\xe9 warga".encode("latin-1"),
                                     b"<html><body><p>Warga antre.</p></body></html>"])
def test_bad_input_exit_2_nothing_written(tmp_path, capsys, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["build", str(bad), "--out-dir", str(out)]) == 2
    one_error_line(capsys)
    assert list(out.iterdir()) == []


def test_one_bad_article_among_good_ones_writes_nothing(article, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert main(["build", str(article), str(tmp_path / "missing.txt"), "--out-dir", str(out)]) == 2
    one_error_line(capsys)
    assert list(out.iterdir()) == []


def test_output_with_several_articles_is_a_usage_error(article, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert main(["build", str(article), str(article), "--output", str(out / "x.ttl")]) == 2
    one_error_line(capsys)
    assert list(out.iterdir()) == []


def test_folder_as_input(tmp_path, capsys):
    assert main(["build", str(tmp_path)]) == 2
    assert "folder" in one_error_line(capsys)


def not_conforming(data):
    return validate_module.ValidationResult(conforms=False, violations=())


def test_invalid_graph_is_not_written(article, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(validate_module, "validate", not_conforming)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["build", str(article), "--output", str(out / "madiun.ttl")]) == 1
    assert "does not conform" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_no_validate_writes_anyway(article, tmp_path, monkeypatch):
    monkeypatch.setattr(validate_module, "validate", not_conforming)
    out = tmp_path / "out" / "madiun.ttl"
    assert main(["build", str(article), "--output", str(out), "--no-validate"]) == 0
    assert out.exists()


def test_base_option(article, tmp_path):
    out = tmp_path / "m.ttl"
    assert main(["build", str(article), "--output", str(out), "--base", "http://example.org/x/"]) == 0
    assert "http://example.org/x/person/joko-susilo" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, fmt", [("bpjs-ketenagakerjaan-2024.ttl", "turtle"), ("bpjs-ketenagakerjaan-2024.jsonld", "json-ld")])
def test_bundled_article_rebuilds_to_the_committed_exports(tmp_path, name, fmt):
    committed = EXPORTS_DIR / name
    assert committed.exists(), f"{committed} is missing; run `kg build` and commit exports/"
    out = tmp_path / name
    assert main(["build", str(BUNDLED_ARTICLE), "--output", str(out), "--format", fmt]) == 0
    assert out.read_bytes() == committed.read_bytes()
