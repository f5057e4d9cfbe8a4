"""Reading articles: text, pages, JSON, JSON Lines, streams; every unreadable input is one InputError line
that says what to do."""
import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import (MAX_BYTES, Article, article_files, boilerplate_prefixes, iter_articles, main_text, read_article,
                       read_articles)

PAGES = Path(__file__).parent / "data" / "pages"


def error_of(path) -> str:
    with pytest.raises(InputError) as e:
        read_article(path)
    msg = str(e.value)
    assert "\n" not in msg
    return msg


def test_reads_utf8_and_normalises_newlines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffKota Raja - Warga antre.\r\nKalimat dua.\r".encode("utf-8"))
    assert read_article(p) == "Kota Raja - Warga antre.\nKalimat dua.\n"


def test_empty(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"")
    assert "empty" in error_of(p)


def test_whitespace_only(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"  \n\t \n")
    assert "empty" in error_of(p)


def test_binary(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"Warga\x00\x01\x02antre")
    assert "binary" in error_of(p)


def test_latin1_names_byte_and_offset(tmp_path):
    p = tmp_path / "a.txt"
    text = "Warga Kota Raja menerima bantuan caf\xe9."
    p.write_bytes(text.encode("latin-1"))
    msg = error_of(p)
    assert "0xe9" in msg and f"offset {text.index(chr(0xe9))}" in msg and "UTF-8" in msg


def test_directory(tmp_path):
    assert "folder" in error_of(tmp_path)


def test_folder_expands_to_its_article_files(tmp_path):
    for name in ("b.html", "a.txt", "c.jsonl", "notes.md", "d.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "a_files").mkdir()
    assert article_files([str(tmp_path), "-"]) == [str(tmp_path / n) for n in ("a.txt", "b.html", "c.jsonl", "d.json")] + ["-"]


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="folder without article files"):
        article_files([str(tmp_path)])


def test_missing_file(tmp_path):
    assert "no such file" in error_of(tmp_path / "tidak-ada.txt")


def test_too_large(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"Warga antre. " * (MAX_BYTES // 13 + 10))
    assert "more than one news article" in error_of(p)


def test_no_words(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("123 456 -- 789", encoding="utf-8")
    assert "no words" in error_of(p)


# --- bounded reads (issue 10, item 3) -----------------------------------------------------------
def test_fifo_without_writer_is_given_up(tmp_path):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"nothing arrived for 0.3 s \(no writer on the FIFO or pipe\?\)"):
        read_articles(fifo, idle_seconds=0.3)


def test_fifo_is_read_when_written(tmp_path):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)

    def writer():
        with open(fifo, "wb") as fh:
            fh.write("Warga Kota Raja antre di kantor desa.\n".encode("utf-8"))

    t = threading.Thread(target=writer)
    t.start()
    assert read_article(fifo) == "Warga Kota Raja antre di kantor desa.\n"
    t.join(5)


def test_endless_fifo_stops_at_the_cap(tmp_path):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    stop = threading.Event()

    def endless_writer():
        try:
            with open(fifo, "wb") as fh:
                while not stop.is_set():
                    fh.write(b"Warga antre. " * 4096)
        except BrokenPipeError:
            pass

    t = threading.Thread(target=endless_writer)
    t.start()
    try:
        assert error_of(fifo) == (f"{fifo} goes on past, more than one news article (2,000,000 bytes at most); "
                                  "split it into one file per article")
    finally:
        stop.set()
        t.join(5)


# --- decoding (issue 10, item 8) ----------------------------------------------------------------
def test_nul_after_the_first_8_kb(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"Warga antre. " * 1000 + b"\x00" + b"Warga antre. ")
    assert error_of(p) == f"{p} looks binary (a NUL byte at offset 13000); give the article as plain UTF-8 text"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_byte_order_mark(tmp_path, encoding):
    p = tmp_path / "a.txt"
    text = "Warga Kota Raja menerima bantuan Rp2 juta.\r\nKalimat dua."
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    p.write_bytes(bom + text.encode(encoding))
    assert read_article(p) == "Warga Kota Raja menerima bantuan Rp2 juta.\nKalimat dua."


def test_utf16_without_byte_order_mark_is_named(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Warga Kota Raja menerima bantuan.".encode("utf-16-le"))
    assert error_of(p) == (f"{p} looks like UTF-16 text without a byte-order mark; convert it to UTF-8, "
                           "e.g. iconv -f utf-16le -t utf-8")


def test_symlink_loop_is_named(tmp_path):
    p = tmp_path / "a.txt"
    p.symlink_to(p)
    assert error_of(p) == f"{p} is a loop of symbolic links; fix or remove the link"


def test_dangling_symlink_is_named(tmp_path):
    p = tmp_path / "a.txt"
    p.symlink_to(tmp_path / "gone.txt")
    assert error_of(p) == f"{p} is a symbolic link to {tmp_path / 'gone.txt'}, which does not exist"


# --- JSON and JSON Lines ------------------------------------------------------------------------
GOLD_LIKE = {"id": "dev-99", "text": "Bupati Jember Lina Marlina meninjau pasar.", "published": "2024-05-02",
             "gold": {"people": [{"name": "Lina Marlina", "aliases": []}]}, "optional": {}}


@pytest.mark.parametrize("name", ["a.json", "a.txt"])
def test_gold_format_json_is_an_article_without_its_annotations(tmp_path, name):
    p = tmp_path / name
    p.write_text(json.dumps(GOLD_LIKE), encoding="utf-8")
    assert read_articles(p) == [Article(str(p), "dev-99", "Bupati Jember Lina Marlina meninjau pasar.",
                                        published=date(2024, 5, 2))]


def test_json_without_text_is_refused(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"judul": "Pasar ramai", "isi": "Warga antre."}), encoding="utf-8")
    assert error_of(p).startswith(f'{p} is JSON without a "text" string; give {{"text": "the article"')


def test_json_lines_each_line_an_article_bad_lines_reported(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [{"text": "Warga Kota Raja antre.", "url": "https://warta.example.id/a", "title": "Antre",
              "published": "2024-01-31"},
             "tidak json", {"isi": "x"}, {"text": "Pasar Kota Raja ramai."}]
    p.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n\n", encoding="utf-8")
    got = read_articles(p)
    assert got[0] == Article(f"{p} line 1", "feed-0001", "Warga Kota Raja antre.", url="https://warta.example.id/a",
                             title="Antre", published=date(2024, 1, 31))
    assert str(got[1]) == f"{p} line 2 is not JSON (Expecting value); give one JSON object per line"
    assert str(got[2]).startswith(f'{p} line 3 is JSON without a "text" string')
    assert got[3] == Article(f"{p} line 4", "feed-0004", "Pasar Kota Raja ramai.")
    assert len(got) == 4


def test_json_lines_file_larger_than_the_cap_is_read_line_by_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    line = json.dumps({"text": "Warga Kota Raja antre di kantor desa. " * 20}) + "\n"
    count = MAX_BYTES // len(line) + 100
    p.write_text(json.dumps({"text": "Warga antre. " * (MAX_BYTES // 13 + 10)}) + "\n" + line * count, encoding="utf-8")
    got = iter_articles(p)
    assert str(next(got)) == f"{p} line 1 is more than one news article (2,000,000 bytes at most)"
    rest = list(got)
    assert len(rest) == count and rest[-1] == Article(f"{p} line {count + 1}", f"feed-{count + 1:04d}",
                                                      "Warga Kota Raja antre di kantor desa. " * 20)


def test_json_bad_date_is_named(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"text": "Warga antre.", "published": "kemarin"}), encoding="utf-8")
    assert error_of(p) == f"{p}: \"published\" is 'kemarin', not a date; write it as YYYY-MM-DD"


# --- saved news pages (invented pages of three layouts) -----------------------------------------
PAGE_CASES = {
    "article-tag.html": (  # <article>, og: and canonical tags, byline, caption, nav, share links, BACA JUGA
        "Semarang (WARTA) - Kepala Dinas Sosial Kota Semarang Budi Hartono mengatakan bantuan sosial telah diterima "
        "12.500 keluarga sepanjang 2023.\n"
        "\"Kami akan menambah penerima bantuan tahun ini,\" kata Budi di Semarang, Kamis.\n"
        "Menurut dia, penyaluran dilakukan melalui kantor pos di setiap kecamatan agar warga tidak perlu menempuh "
        "jarak jauh.\n",
        "https://warta.example.id/berita/2024/03/dinsos-salurkan-bantuan", "Dinas Sosial Kota Raja salurkan bantuan",
        "Rina Wulandari", date(2024, 3, 14)),
    "div-jsonld.html": (  # divs only, JSON-LD NewsArticle metadata, og:url, menu, sidebar, Baca juga, Editor
        "Sleman - Bupati Sleman Andi Prasetyo menyatakan kuota beasiswa daerah bertambah menjadi 1.200 siswa pada "
        "tahun ajaran ini.\n"
        "Menurut Andi, dana beasiswa berasal dari anggaran daerah dan disalurkan langsung ke rekening siswa "
        "penerima.\n"
        "\"Kami ingin tidak ada anak yang putus sekolah karena biaya,\" ujar Andi.\n",
        "https://kabar.example.org/daerah/pemkab-sleman-tambah-kuota-beasiswa", "Pemkab Sleman tambah kuota beasiswa",
        "Dedi Kurniawan", date(2024, 8, 2)),
    "section-time.html": (  # 'Site - Headline' title, <time>, h2 headline, caption div, SIMAK JUGA, tags
        "Bantul - Kepala Dinas Kesehatan Kabupaten Bantul Hendra Saputra mengatakan vaksinasi massal digelar di 27 "
        "puskesmas mulai pekan ini.\n"
        "Hendra menambahkan, sebanyak 35.000 dosis vaksin sudah diterima dari pemerintah provinsi dan disimpan di "
        "gudang farmasi daerah.\n"
        "Warga diminta membawa kartu identitas saat datang ke puskesmas terdekat.\n",
        "https://wartakota.example.net/read/2023/11/20/dinkes-bantul-gelar-vaksinasi",
        "Dinkes Bantul gelar vaksinasi massal", "Yuni Astuti", date(2023, 11, 20)),
}


@pytest.mark.parametrize("page", sorted(PAGE_CASES))
def test_saved_page_main_text_and_metadata(page):
    text, url, title, author, published = PAGE_CASES[page]
    assert read_articles(PAGES / page) == [Article(str(PAGES / page), Path(page).stem, text, url=url, title=title,
                                                   author=author, published=published)]


def test_html_in_a_txt_file_is_read_as_a_page(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes((PAGES / "div-jsonld.html").read_bytes())
    assert read_article(p) == read_article(PAGES / "div-jsonld.html")


def test_page_without_article_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<!DOCTYPE html><html><head><title>Beranda</title></head><body><div></div></body></html>",
                 encoding="utf-8")
    assert error_of(p) == (f"{p}: no article text found in the page; save the article's page itself, "
                           "or its text as a .txt file")


@pytest.mark.parametrize("prefix", boilerplate_prefixes())
def test_each_boilerplate_line_is_removed(prefix):
    line = f"{prefix.upper()} Pasar malam dibuka kembali"
    assert main_text(f"Warga Kota Raja antre.\n{line}\nPasar ramai.", None) == "Warga Kota Raja antre.\nPasar ramai.\n"


def test_headline_repeated_as_first_line_is_removed():
    assert main_text("Pasar Ramai\nWarga Kota Raja antre.", "pasar ramai") == "Warga Kota Raja antre.\n"


@pytest.mark.parametrize("headline", [
    "Kejari Muara Bungo Periksa Dua Bendahara Sekolah",
    "Bank Sinar Bahari Salurkan Kredit Rp21 Triliun",
    "Kredit Bank Sinar Bahari Naik Lagi?",  # a headline may ask
    "Kredit Naik Rp21 Triliun!",
])
def test_a_headline_line_before_the_dateline_is_the_title_not_the_story(tmp_path, headline):
    story = "Palembang (ANTARA) - Bank Sinar Bahari menyalurkan kredit Rp21 triliun pada 2024.\n"
    path = tmp_path / "a.txt"
    path.write_text(headline + "\n" + story, encoding="utf-8")
    [article] = read_articles(path)
    assert (article.title, article.story, article.text) == (headline, story, headline + "\n" + story)


@pytest.mark.parametrize("title", [None, "Judul Halaman"])
def test_a_json_articles_text_that_opens_with_its_headline_is_read_as_a_text_files(tmp_path, title):
    story = "Palembang (ANTARA) - Bank Sinar Bahari menyalurkan kredit Rp21 triliun pada 2024.\n"
    path = tmp_path / "a.json"
    record = {"text": "Bank Sinar Bahari Salurkan Kredit\n" + story} | ({"title": title} if title else {})
    path.write_text(json.dumps(record), encoding="utf-8")
    [article] = read_articles(path)
    assert (article.title, article.story) == (title or "Bank Sinar Bahari Salurkan Kredit", story)


def test_a_byline_date_may_come_between_the_headline_and_the_dateline(tmp_path):
    story = "Kamis, 04 Juli 2024 – 14:40 WIB\nwartasultra.co, KENDARI - Bank Sinar Bahari menyalurkan kredit.\n"
    path = tmp_path / "a.txt"
    path.write_text("Bank Sinar Bahari Salurkan Kredit\n" + story, encoding="utf-8")
    [article] = read_articles(path)
    assert (article.title, article.story) == ("Bank Sinar Bahari Salurkan Kredit", story)


@pytest.mark.parametrize("text", [
    "Palembang (ANTARA) - Bank Sinar Bahari menyalurkan kredit.\nKredit itu naik.\n",  # the dateline opens the text
    "Bank Sinar Bahari menyalurkan kredit.\nPalembang (ANTARA) - Kredit itu naik.\n",  # a sentence, not a headline
    "Bank Sinar Bahari Salurkan Kredit\nKredit itu naik pada 2024.\n",  # no dateline after it
    "Kepala Dinas Sosial Kota Jambi Rudi Hartono mengatakan bantuan segera cair\n"
    "Jambi (ANTARA) - Bantuan itu untuk 300 keluarga.\n",  # a lead sentence without its full stop
])
def test_a_text_without_a_headline_line_is_the_story_whole(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [article] = read_articles(path)
    assert (article.title, article.story, article.text) == (None, text, text)


def test_the_headline_names_no_body_or_person_in_the_graph(tmp_path):
    from kg.pipeline import extract
    path = tmp_path / "a.txt"
    path.write_text("Bupati Tinjau Banjir di Lubuk Linggau\nPalembang (ANTARA) - Banjir merendam 40 rumah di "
                    "Kabupaten Musi Rawas.\n", encoding="utf-8")
    [article] = read_articles(path)
    facts = extract(article.story)
    assert not facts.people and [o.name for o in facts.organizations] == ["ANTARA"]
