"""`kg build` and `kg explain` end to end."""
import errno
import os
import resource
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import validate as validate_module
from kg.cli import main
from kg.paths import BUNDLED_ARTICLE, EXPORTS_DIR, ROOT
from kg.vocab import NIF, SCHEMA

PAGES = Path(__file__).parent / "data" / "pages"

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
                                     b"<!DOCTYPE html><html><head><title>x</title></head><body><div></div></body></html>"])
def test_bad_input_exit_2_nothing_written(tmp_path, capsys, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["build", str(bad), "--out-dir", str(out)]) == 2
    one_error_line(capsys)
    assert list(out.iterdir()) == []


def test_bad_articles_are_listed_and_the_good_ones_written(article, tmp_path, capsys):
    empty = tmp_path / "in" / "kosong.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    assert main(["build", str(empty), str(article), str(tmp_path / "missing.txt"), "--out-dir", str(out)]) == 2
    assert [p.name for p in out.iterdir()] == ["madiun.ttl"]
    assert capsys.readouterr().err.splitlines() == [
        f"wrote {out / 'madiun.ttl'}",
        f"error: {empty} is empty; give a file with the article's text",
        f"error: {tmp_path / 'missing.txt'}: no such file; give the path of an article's .txt or .html file",
        "built 1 of 3 articles; 2 failed (listed above)"]


def test_fail_fast_stops_at_the_first_failure(article, tmp_path, capsys):
    empty = tmp_path / "in" / "kosong.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    assert main(["build", str(empty), str(article), "--out-dir", str(out), "--fail-fast"]) == 2
    assert not out.exists()
    assert "kosong.txt is empty" in one_error_line(capsys)


def test_a_defect_on_one_article_does_not_stop_the_batch(article, tmp_path, monkeypatch, capsys):
    from kg import pipeline

    real_extract = pipeline.extract

    def extract(text):
        if "Jember" in text:
            raise ValueError("day is out of range for month")
        return real_extract(text)

    monkeypatch.setattr(pipeline, "extract", extract)
    other = tmp_path / "in" / "jember.txt"
    other.write_text("Bupati Jember Lina Marlina meninjau pasar pada 36 September 2024.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(other), str(article), "--out-dir", str(out), "--quiet"]) == 2
    assert [p.name for p in out.iterdir()] == ["madiun.ttl"]
    assert capsys.readouterr().err.splitlines() == [
        f"error: {other}: kg failed on it (ValueError: day is out of range for month); please report it with the article",
        "built 1 of 2 articles; 1 failed (listed above)"]


def test_quiet_prints_no_wrote_lines(article, tmp_path, capsys):
    assert main(["build", str(article), "--out-dir", str(tmp_path / "out"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert (tmp_path / "out" / "madiun.ttl").exists()


def test_two_inputs_sharing_a_stem_do_not_overwrite(article, tmp_path, capsys):
    other = tmp_path / "other" / "madiun.txt"
    other.parent.mkdir()
    other.write_text("Bupati Jember Lina Marlina meninjau pasar di Kabupaten Jember.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(article), str(other), "--out-dir", str(out), "--quiet"]) == 2
    assert "Joko Susilo" in (out / "madiun.ttl").read_text(encoding="utf-8")
    assert capsys.readouterr().err.splitlines() == [
        f"error: {other} would overwrite {out / 'madiun.ttl'}, written for {article}; "
        "rename one of them or build them into separate folders",
        "built 1 of 2 articles; 1 failed (listed above)"]


def test_output_with_several_articles_is_a_usage_error(article, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert main(["build", str(article), str(article), "--output", str(out / "x.ttl")]) == 2
    one_error_line(capsys)
    assert list(out.iterdir()) == []


def test_folder_without_articles(tmp_path, capsys):
    assert main(["build", str(tmp_path)]) == 2
    assert "folder without article files" in one_error_line(capsys)


def not_conforming(data):
    return validate_module.ValidationResult(conforms=False, violations=())


def test_invalid_graph_is_not_written(article, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(validate_module, "check", not_conforming)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["build", str(article), "--output", str(out / "madiun.ttl")]) == 1
    assert "does not conform" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_no_validate_writes_anyway(article, tmp_path, monkeypatch):
    monkeypatch.setattr(validate_module, "check", not_conforming)
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


def test_shacl_report_is_printed_on_its_own_lines(article, tmp_path, monkeypatch, capsys):
    class Report:
        conforms = False

        def text(self):
            return "Validation Report\nConforms: False\n"

    monkeypatch.setattr(validate_module, "check", lambda data: Report())
    assert main(["build", str(article), "--output", str(tmp_path / "m.ttl")]) == 1
    err = capsys.readouterr().err
    assert "\\n" not in err
    assert err.splitlines()[1:] == ["Validation Report", "Conforms: False"]


# --- where the graph goes (issue 10, items 4 and 8) ---------------------------------------------
def test_output_symlink_to_dev_null_is_not_replaced(article, tmp_path):
    link = tmp_path / "sink.ttl"
    link.symlink_to("/dev/null")
    assert main(["build", str(article), "-o", str(link), "--quiet"]) == 0
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_to_a_full_device_is_one_error(article, tmp_path, capsys):
    link = tmp_path / "full.ttl"
    link.symlink_to("/dev/full")
    assert main(["build", str(article), "-o", str(link)]) == 2
    assert one_error_line(capsys) == f"error: cannot write {link}: No space left on device; free some space or write elsewhere"


def test_read_only_output_disk_is_one_error(article, tmp_path, monkeypatch, capsys):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    assert main(["build", str(article), "-o", str(tmp_path / "m.ttl")]) == 2
    assert one_error_line(capsys) == (f"error: cannot write {tmp_path / 'm.ttl'}: Read-only file system; "
                                      "choose a folder you can write to (--output FILE or --out-dir DIR)")
    assert list(tmp_path.iterdir()) == [article.parent]


def limited_memory():
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_dev_zero_is_read_with_a_bound(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg", "build", "/dev/zero", "-o", str(tmp_path / "z.ttl")],
                       capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=120,
                       preexec_fn=limited_memory)
    assert (r.returncode, r.stderr) == (2, "error: /dev/zero goes on past, more than one news article "
                                           "(2,000,000 bytes at most); split it into one file per article\n")
    assert list(tmp_path.iterdir()) == []


def test_endless_pipe_on_stdin_is_read_with_a_bound(tmp_path):
    producer = subprocess.Popen(["yes", "Warga Kota Raja antre."], stdout=subprocess.PIPE)
    try:
        r = subprocess.run([sys.executable, "-m", "kg", "build", "-", "-o", str(tmp_path / "z.ttl")],
                           capture_output=True, text=True, cwd=ROOT, stdin=producer.stdout, timeout=120,
                           preexec_fn=limited_memory)
    finally:
        producer.kill()
        producer.wait()
    assert (r.returncode, r.stderr) == (2, "error: standard input goes on past, more than one news article "
                                           "(2,000,000 bytes at most); split it into one file per article\n")


# --- pages, JSON Lines, stdin (issue 11) --------------------------------------------------------
def article_node(g: Graph) -> URIRef:
    return next(g.subjects(NIF.isString, None))


def assert_spans_count_in_the_stored_text(g: Graph) -> str:
    text = str(g.value(article_node(g), NIF.isString))
    spans = list(g.subjects(NIF.anchorOf, None))
    assert spans
    for span in spans:
        begin, end = int(g.value(span, NIF.beginIndex)), int(g.value(span, NIF.endIndex))
        assert text[begin:end] == str(g.value(span, NIF.anchorOf))
    return text


def test_a_headline_lines_article_keeps_the_files_text_and_every_span_indexes_it(tmp_path):
    text = ("Dinas Sosial Salurkan Bantuan Rp2 Miliar\n"
            "Jambi (ANTARA) - Kepala Dinas Sosial Kota Jambi Rudi Hartono mengatakan bantuan Rp2 miliar disalurkan "
            "kepada 300 keluarga pada 2024.\n\"Bantuan sudah cair,\" kata Rudi.\n")
    source, out = tmp_path / "a.txt", tmp_path / "a.ttl"
    source.write_text(text, encoding="utf-8")
    assert main(["build", str(source), "-o", str(out), "--quiet"]) == 0
    g = Graph().parse(out)
    assert assert_spans_count_in_the_stored_text(g) == text
    assert str(g.value(article_node(g), SCHEMA.headline)) == "Dinas Sosial Salurkan Bantuan Rp2 Miliar"
    anchors = {str(a) for a in g.objects(None, NIF.anchorOf)}
    assert {"Kepala Dinas Sosial Kota Jambi Rudi Hartono", "Bantuan sudah cair,"} <= anchors


def test_saved_page_builds_with_its_metadata(tmp_path):
    out = tmp_path / "page.ttl"
    assert main(["build", str(PAGES / "div-jsonld.html"), "-o", str(out), "--quiet"]) == 0
    g = Graph().parse(out)
    a = article_node(g)
    assert g.value(a, SCHEMA.url) == URIRef("https://kabar.example.org/daerah/pemkab-sleman-tambah-kuota-beasiswa")
    assert g.value(a, SCHEMA.headline) == Literal("Pemkab Sleman tambah kuota beasiswa")
    assert g.value(a, SCHEMA.author) == Literal("Dedi Kurniawan")
    assert g.value(a, SCHEMA.datePublished) == Literal("2024-08-02", datatype=XSD.date)
    text = assert_spans_count_in_the_stored_text(g)
    assert text.startswith("Sleman - Bupati Sleman Andi Prasetyo") and "Baca juga" not in text and "Editor" not in text


def test_folder_of_saved_pages(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(PAGES), "--out-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["article-tag.ttl", "div-jsonld.ttl", "section-time.ttl"]
    for p in out.iterdir():
        assert_spans_count_in_the_stored_text(Graph().parse(p))


def test_json_lines_into_a_folder(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Bupati Jember Lina Marlina meninjau pasar di Kabupaten Jember.", "url": "https://warta.example.id/b"}\n'
                    '{"text": "Kepala BPJS Kesehatan Cabang Jember Tono Wibowo melayani warga."}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(feed), "--out-dir", str(out), "--quiet"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["feed-0001.ttl", "feed-0002.ttl"]
    g = Graph().parse(out / "feed-0001.ttl")
    assert g.value(article_node(g), SCHEMA.url) == URIRef("https://warta.example.id/b")


def run_kg(args, stdin_text, cwd):
    return subprocess.run([sys.executable, "-m", "kg", "build", *args], input=stdin_text, capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def test_stdin_goes_to_stdout_and_nowhere_else(tmp_path):
    before = sorted(EXPORTS_DIR.iterdir())
    r = run_kg(["-"], ARTICLE, tmp_path)
    assert r.returncode == 0, r.stderr
    g = Graph().parse(data=r.stdout, format="turtle")
    assert str(g.value(article_node(g), NIF.isString)) == ARTICLE
    assert sorted(EXPORTS_DIR.iterdir()) == before and list(tmp_path.iterdir()) == []


def test_piped_input_with_output_builds_the_piped_text(tmp_path):
    r = run_kg(["-o", str(tmp_path / "out.ttl")], ARTICLE, tmp_path)
    assert r.returncode == 0, r.stderr
    g = Graph().parse(tmp_path / "out.ttl")
    assert str(g.value(article_node(g), NIF.isString)) == ARTICLE


def test_json_lines_on_stdin_need_a_folder(tmp_path):
    r = run_kg(["-"], '{"text": "Warga Kota Raja antre."}\n{"text": "Pasar Kota Raja ramai."}\n', tmp_path)
    assert (r.returncode, r.stdout, r.stderr) == (
        2, "", "error: standard output takes one article and standard input holds several; use --out-dir DIR\n")


def test_english_text_builds_with_a_warning(tmp_path, capsys):
    p = tmp_path / "en.txt"
    p.write_text("The mayor of Springfield said that the city was ready for the festival with its new park.\n",
                 encoding="utf-8")
    assert main(["build", str(p), "-o", str(tmp_path / "en.ttl"), "--quiet"]) == 0
    assert capsys.readouterr().err == (f"warning: {p} looks like English; kg reads Indonesian news, "
                                       "so it finds few or no facts\n")


def test_text_without_facts_builds_with_a_warning(tmp_path, capsys):
    p = tmp_path / "kosong.txt"
    p.write_text("hujan turun sejak pagi dan jalan menjadi licin sehingga warga berhati hati.\n", encoding="utf-8")
    assert main(["build", str(p), "-o", str(tmp_path / "k.ttl"), "--quiet"]) == 0
    assert capsys.readouterr().err == (f"warning: {p}: no organisation, person, figure, quotation, program or law "
                                       "found; is it an Indonesian news article?\n")
