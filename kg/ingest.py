"""Reading articles: text files, saved news pages, JSON and JSON Lines, folders of them, standard input.

Every source is read with a bound (a stream or a device is never read past the size cap, a FIFO that
nobody writes to is given up after a while), decoded (UTF-8, or UTF-16/32 with a byte-order mark), and
turned into Articles: the text the graph stores (every fact's offsets count in it) with what the source
says about it (URL, title, author, publication date). Anything else gets one InputError line that says
what to do."""
from __future__ import annotations

import codecs
import errno
import json
import os
import re
import select
import stat
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.paths import DATA_DIR

MAX_BYTES = 2_000_000  # a news article is a few kilobytes; a bigger input is not one article
IDLE_SECONDS = 60.0  # a FIFO or pipe that sends nothing for this long is given up, not waited on forever
STDIN = "-"
HTML_RE = re.compile(r"<(?:!doctype|html|head|body|div|p|span|script|meta|article)\b", re.IGNORECASE)
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = (".txt", ".json") + PAGE_SUFFIXES + JSON_LINES_SUFFIXES
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class Article:
    """One article to build: its text and what its source says about it."""
    source: str  # as the user would recognise it: 'a.txt', 'feed.jsonl line 3', 'standard input'
    name: str  # the stem of its output files
    text: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: date | None = None
    identity: tuple = ()  # the user's identity decisions (kg.sameas.Decision) its graph honours
    story_begin: int = 0  # where the story starts in `text`, after a headline line set apart as `title`

    @property
    def story(self) -> str:
        """The text the facts are read from: all of it, or what follows a headline line."""
        return self.text[self.story_begin:]


def article_files(sources: list[str]) -> list[str]:
    """The sources with each folder replaced by the article files directly in it, sorted."""
    files = []
    for source in sources:
        if source != STDIN and Path(source).is_dir():
            found = sorted(str(p) for p in Path(source).iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"{source} is a folder without article files ({', '.join(ARTICLE_SUFFIXES)}); "
                                 "give the folder that holds them")
            files.extend(found)
        else:
            files.append(source)
    return files


def read_article(path: str | Path) -> str:
    """The text of the one article in `path` (a text file, a page, a JSON article, or - for stdin)."""
    articles = read_articles(path)
    if len(articles) != 1:
        raise InputError(f"{path} holds {len(articles)} articles; give one")
    if isinstance(articles[0], InputError):
        raise articles[0]
    return articles[0].text


def iter_articles(path: str | Path, idle_seconds: float = IDLE_SECONDS) -> Iterator[Article | InputError]:
    """The articles in one source as they are read: a JSON Lines file (.jsonl, .ndjson) line by line, of
    any length; any other source whole, as read_articles."""
    if str(path) != STDIN and Path(path).suffix.lower() in JSON_LINES_SUFFIXES and Path(path).is_file():
        yield from _json_lines_file(Path(path))
    else:
        yield from read_articles(path, idle_seconds)


def read_articles(path: str | Path, idle_seconds: float = IDLE_SECONDS) -> list[Article | InputError]:
    """The articles in one source, in order. Raises InputError when the source cannot be read at all; a
    JSON Lines file gives an InputError in the list for each bad line, so the good lines still build."""
    name = "standard input" if str(path) == STDIN else str(path)
    stem = "stdin" if str(path) == STDIN else Path(path).stem
    data = read_bounded(str(path), idle_seconds)
    text = decode(data, name)
    suffix = "" if str(path) == STDIN else Path(path).suffix.lower()
    if suffix in JSON_LINES_SUFFIXES or (suffix != ".json" and _looks_like_json_lines(text)):
        return _json_lines(text, name, stem)
    if suffix == ".json" or text.lstrip().startswith(("{", "[")) and _parses_as_json(text):
        return _json_document(text, name, stem)
    if suffix in PAGE_SUFFIXES or _looks_like_html(text):
        return [_page(text, name, stem)]
    story = checked_text(text, name)
    headline, story_only = headline_and_story(story)
    return [Article(name, stem, story, title=headline, story_begin=len(story) - len(story_only))]


def headline_and_story(text: str) -> tuple[str | None, str]:
    """A text file that opens with its headline on a line of its own, the story's dateline opening the next line
    ('Kejari X Tahan Tiga Tersangka' then 'Palembang (ANTARA) - …'): the headline apart, as a page's title is, so
    its capitalised words are not read as the names of bodies or people glued to the dateline; else (or where the line
    reports speech, as a lead sentence does) no headline."""
    # imported here: reading files needs no lexicon until a text file may open with a headline
    from kg.document import Document
    from kg.extract.simple import after_opening_date_line, dateline, is_headline
    from kg.lexicon import load

    first, newline, rest = text.lstrip().partition("\n")
    if not newline or not rest.strip():
        return None, text
    lex = load()
    if not is_headline(first, lex):
        return None, text
    story = rest.lstrip()
    found = dateline(Document(story), lex)
    opening = after_opening_date_line(story, lex)  # a byline date may come between the headline and the dateline
    opening += len(story[opening:]) - len(story[opening:].lstrip())
    return (" ".join(first.split()), story) if found is not None and found.span.begin == opening else (None, text)


# --- reading with a bound ---------------------------------------------------------------------
def read_bounded(path: str, idle_seconds: float = IDLE_SECONDS) -> bytes:
    """At most MAX_BYTES + 1 bytes of a file, device, FIFO or stdin ('-'), whatever its reported size.

    A FIFO, pipe or socket that sends nothing for `idle_seconds` (no writer yet, or a stalled one) is an
    InputError rather than a hang; a terminal is waited on, since a person is typing."""
    name = "standard input" if path == STDIN else path
    fd = 0 if path == STDIN else _open(path)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{name} is a folder; give the article files in it (e.g. {name}/*.txt)")
        if stat.S_ISREG(mode) and os.fstat(fd).st_size > MAX_BYTES:
            raise _too_large(name, os.fstat(fd).st_size)
        waits = stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)
        data = _read_up_to(fd, MAX_BYTES + 1, name, idle_seconds if waits else None)
    finally:
        if fd != 0:
            os.close(fd)
    if len(data) > MAX_BYTES:
        raise _too_large(name, None)
    return data


def _open(path: str) -> int:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO without a writer must not block the open
    except OSError as e:
        raise InputError(_open_error(path, e)) from None
    os.set_blocking(fd, True)
    return fd


def _open_error(path: str, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return f"{path} is a loop of symbolic links; fix or remove the link"
    if e.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"{path} is a symbolic link to {os.readlink(path)}, which does not exist"
        return f"{path}: no such file; give the path of an article's .txt or .html file"
    if e.errno == errno.EISDIR:
        return f"{path} is a folder; give the article files in it (e.g. {path}/*.txt)"
    return f"{path}: cannot read it ({e.strerror})"


def _read_up_to(fd: int, limit: int, name: str, idle_seconds: float | None) -> bytes:
    chunks, total = [], 0
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    while total < limit:
        if idle_seconds is not None and not poller.poll(int(idle_seconds * 1000)):
            raise InputError(f"{name}: nothing arrived for {idle_seconds:g} s (no writer on the FIFO or pipe?); "
                             "start the program that writes to it first, or save the text to a file")
        try:
            chunk = os.read(fd, min(1 << 16, limit - total))
        except OSError as e:
            raise InputError(f"{name}: cannot read it ({e.strerror})") from None
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _too_large(name: str, size: int | None) -> InputError:
    told = f"is {size:,} bytes" if size is not None else "goes on past"
    return InputError(f"{name} {told}, more than one news article ({MAX_BYTES:,} bytes at most); "
                      "split it into one file per article")


# --- decoding ---------------------------------------------------------------------------------
def decode(data: bytes, name: str) -> str:
    """The bytes as text: UTF-8, or UTF-16/UTF-32 when a byte-order mark says so; newlines as \\n."""
    if not data.strip():
        raise InputError(f"{name} is empty; give a file with the article's text")
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and _looks_like_utf16_without_bom(data):
        raise InputError(f"{name} looks like UTF-16 text without a byte-order mark; convert it to UTF-8, "
                         "e.g. iconv -f utf-16le -t utf-8")
    nul = data.find(b"\x00") if encoding in ("utf-8", "utf-8-sig") else -1
    if nul >= 0:
        raise InputError(f"{name} looks binary (a NUL byte at offset {nul}); give the article as plain UTF-8 text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(f"{name} is not {encoding.upper().replace('-SIG', '')} text (byte 0x{data[e.start]:02x} at offset "
                         f"{e.start}); convert it, e.g. iconv -f latin1 -t utf-8") from None
    return normalise_newlines(text.lstrip("\ufeff"))


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    """Most of the even or the odd bytes are NUL: ASCII letters stored two bytes each."""
    sample = data[:4096]
    if len(sample) < 8:
        return False
    half = len(sample) // 2
    return sample[0::2].count(0) > 0.8 * half or sample[1::2].count(0) > 0.8 * half


def checked_text(text: str, name: str) -> str:
    """The text, or an InputError when it cannot be an article (control characters, no words)."""
    if not text.strip():
        raise InputError(f"{name} is empty; give a file with the article's text")
    if "\x00" in text:
        raise InputError(f"{name} looks binary (a NUL character at offset {text.index(chr(0))}); "
                         "give the article as plain text")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    if controls > max(3, len(text) // 100):
        raise InputError(f"{name} looks binary ({controls} control characters); give the article as plain UTF-8 text")
    if not re.search(r"[^\W\d_]{2,}", text):
        raise InputError(f"{name} has no words; give a file with the article's text")
    return text


# --- JSON and JSON Lines ----------------------------------------------------------------------
def _parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _looks_like_json_lines(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:2]) and not _parses_as_json(text)


def _json_lines(text: str, name: str, stem: str) -> list[Article | InputError]:
    articles = [_json_line(line, f"{name} line {number}", f"{stem}-{number:04d}")
                for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not articles:
        raise InputError(f"{name} is empty; give one JSON object per line with the article's \"text\"")
    return articles


def _json_lines_file(path: Path) -> Iterator[Article | InputError]:
    """A JSON Lines file of any length, line by line: the size cap holds for each line, not the file."""
    with os.fdopen(_open(str(path)), "rb") as fh:
        number, seen = 0, False
        while raw := fh.readline(MAX_BYTES + 1):
            number += 1
            where = f"{path} line {number}"
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                seen = True
                yield InputError(f"{where} is more than one news article ({MAX_BYTES:,} bytes at most)")
                continue
            if not raw.strip():
                continue
            seen = True
            try:
                yield _json_line(decode(raw, where), where, f"{path.stem}-{number:04d}")
            except InputError as e:
                yield e
    if not seen:
        raise InputError(f"{path} is empty; give one JSON object per line with the article's \"text\"")


def _json_line(line: str, where: str, name: str) -> Article | InputError:
    try:
        return _json_article(json.loads(line), where, name)
    except ValueError as e:
        return InputError(f"{where} is not JSON ({e.args[0].split(':')[0]}); give one JSON object per line")
    except InputError as e:
        return e


def _json_document(text: str, name: str, stem: str) -> list[Article | InputError]:
    try:
        doc = json.loads(text)
    except ValueError as e:
        raise InputError(f"{name} is not valid JSON ({e.args[0]}); give an object with the article's \"text\"") from None
    if isinstance(doc, list):
        items = [_json_article(d, f"{name} item {k}", f"{stem}-{k:04d}") for k, d in enumerate(doc, start=1)]
        if not items:
            raise InputError(f"{name} is an empty list; give objects with the article's \"text\"")
        return items
    return [_json_article(doc, name, stem)]


def _json_article(record: object, where: str, name: str) -> Article:
    """An article from {"text": ..., "url", "title", "author", "published"} (also the gold format: its
    annotations are ignored, never read as text)."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{where} is JSON without a \"text\" string; give {{\"text\": \"the article\", "
                         "\"url\": ..., \"title\": ..., \"published\": \"YYYY-MM-DD\"}")
    ident = record.get("id")
    if isinstance(ident, str) and re.fullmatch(r"[\w.-]{1,100}", ident) and not ident.startswith("."):
        name = ident
    text = checked_text(normalise_newlines(record["text"]), where)
    title = _string(record, "title", "headline")
    # a text that opens with its headline is read as a text file's is, whether or not the record gives a title
    headline, story = headline_and_story(text)
    return Article(where, name, text, url=_string(record, "url"), title=title or headline,
                   author=_string(record, "author"), story_begin=len(text) - len(story),
                   published=_date(record.get("published", record.get("datePublished")), where))


def _string(record: dict, *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: \"published\" is {value!r}, not a date; write it as YYYY-MM-DD") from None


# --- saved news pages -------------------------------------------------------------------------
def _looks_like_html(text: str) -> bool:
    return bool(HTML_RE.search(text[:4000])) and len(HTML_RE.findall(text)) >= 2


def _page(html: str, name: str, stem: str) -> Article:
    """The page's main text without boilerplate, with its canonical URL, title, author and date."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{name}: no article text found in the page; save the article's page itself, "
                         "or its text as a .txt file")
    title = _headline(doc.text, _clean(doc.title), _page_title(html))
    text = checked_text(main_text(doc.text, title), name)
    published = _date(doc.date, name) if doc.date else None
    url = doc.url if doc.url and re.match(r"https?://[^\s<>\"{}|\\^`]+$", doc.url) else None
    return Article(name, stem, text, url=url, title=title, author=_clean(doc.author), published=published)


def _headline(extracted: str, title: str | None, page_title: str | None) -> str | None:
    """The article's headline: the extracted text's first line when the page's <title> holds it (the
    metadata may have kept the site's name from 'Site - Headline'), else the page's title."""
    first = " ".join(extracted.split("\n", 1)[0].split())
    if page_title and first and first != title and len(first) < len(page_title) and first.casefold() in page_title.casefold():
        return first
    return title


def _page_title(html: str) -> str | None:
    from lxml import html as lxml_html

    try:
        return _clean(lxml_html.fromstring(html).findtext(".//title"))
    except (ValueError, lxml_html.etree.ParserError):
        return None


def main_text(extracted: str, title: str | None) -> str:
    """The extractor's text less what pages add around an article: the headline repeated as its first
    line, and lines such as 'BACA JUGA: …', 'Editor: …' (kg/data/page-boilerplate.json)."""
    lines = [" ".join(line.split()) for line in extracted.split("\n")]
    if title and lines and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    kept = [line for line in lines if line and not _is_boilerplate(line)]
    return "\n".join(kept) + "\n"


def _is_boilerplate(line: str) -> bool:
    folded = line.casefold()
    return any(folded.startswith(prefix) for prefix in boilerplate_prefixes())


@lru_cache(maxsize=1)
def boilerplate_prefixes() -> tuple[str, ...]:
    with open(DATA_DIR / "page-boilerplate.json", encoding="utf-8") as fh:
        return tuple(p.casefold() for p in json.load(fh)["line_prefixes"])


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None
