"""Reading an article: every unreadable input is one InputError line that says what to do."""
import pytest

from kg.errors import InputError
from kg.ingest import MAX_BYTES, read_article


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


def test_html_page(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<!DOCTYPE html><html><body><p>Warga antre di desa.</p></body></html>", encoding="utf-8")
    assert "HTML" in error_of(p)


def test_directory(tmp_path):
    assert "folder" in error_of(tmp_path)


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
