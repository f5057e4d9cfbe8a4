"""Reading an article: a UTF-8 text file (or stdin). Anything else gets one clear error saying what to do."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from kg.errors import InputError

MAX_BYTES = 2_000_000  # a news article is a few kilobytes; a bigger input is not one article
HTML_RE = re.compile(r"<(?:!doctype|html|head|body|div|p|span|script|meta|article)\b", re.IGNORECASE)


def read_article(path: str | Path) -> str:
    """The article's text with newlines normalised to \\n. Raises InputError for what is not an article."""
    if str(path) == "-":
        return decode_article(sys.stdin.buffer.read(), "standard input")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file; give the path of an article's .txt file")
    if p.is_dir():
        raise InputError(f"{p} is a folder; give the article's .txt files (e.g. {p}/*.txt)")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{p} is {size:,} bytes, more than one news article ({MAX_BYTES:,} at most); split it into one file per article")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot read it ({e.strerror})") from None
    return decode_article(data, str(p))


def decode_article(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name} is empty; give a file with the article's text")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is {len(data):,} bytes, more than one news article ({MAX_BYTES:,} at most)")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks binary (it holds NUL bytes); give the article as plain UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name} is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
                         f"convert it, e.g. iconv -f latin1 -t utf-8") from None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    if controls > max(3, len(text) // 100):
        raise InputError(f"{name} looks binary ({controls} control characters); give the article as plain UTF-8 text")
    if HTML_RE.search(text[:4000]) and len(HTML_RE.findall(text)) >= 2:
        raise InputError(f"{name} looks like an HTML page; save the article's text (without markup) and build that")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not re.search(r"[^\W\d_]{2,}", text):
        raise InputError(f"{name} has no words; give a file with the article's text")
    return text
