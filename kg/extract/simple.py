"""Recognisers for things named by a fixed shape: the dateline, laws, places, programs, quotations."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg import gazetteer
from kg.document import Document, Span
from kg.extract.mentions import SimpleMention
from kg.lexicon import Lexicon

DASHES = "–—-"


@dataclass(frozen=True)
class Dateline:
    span: Span
    place: SimpleMention | None
    publisher: SimpleMention | None


def dateline(doc: Document, lex: Lexicon) -> Dateline | None:
    """'Semarang (ANTARA) -', 'Bisnis.com, JAKARTA —', 'JEMBER, Radar Jember –', 'Karawang -'."""
    m = re.match(rf"\s*(?P<head>[^\n]{{2,60}}?)\s*[{DASHES}]\s+", doc.text)  # "PALU- ", "KOTAMOBAGU– "
    if not m or re.search(r"\b[a-z]{4,}\b", m.group("head").replace(".com", "").replace(".co", "")):
        return None
    head_start = m.start("head")
    parts = [(p.start() + head_start, p.group().strip()) for p in re.finditer(r"[^,()]+", m.group("head")) if p.group().strip()]
    place = publisher = None
    media = set(lex.words["media_names"])
    weekdays = set(lex.words["weekdays"])
    candidates = []
    for start, part in parts:
        if part.lower() in weekdays or re.fullmatch(r"[\d/ .-]+", part):
            continue  # "Bogor, Kamis (31/10/2024) -": the date, not a publisher
        begin = doc.text.index(part, start)
        first = part.split()[0]
        if first != part and any(first.lower().endswith(s) for s in lex.words["media_suffixes"]):
            part = first  # "AMEKS.FAJAR.CO.ID FAJAR. CO. ID.": the site's name, then its brand spelled out
        is_media = any(part.lower().endswith(s) for s in lex.words["media_suffixes"]) or part in media or \
            any(part.startswith(w + " ") for w in media) or f"({part})" in m.group("head")
        candidates.append((Span(begin, begin + len(part)), part, is_media))
    # the publisher is the part that looks like a medium; the place is a part the gazetteer knows, else the other part
    for span, part, is_media in candidates:
        if is_media and publisher is None:
            publisher = SimpleMention(span, part, "publisher", "dateline.publisher")
    for span, part, is_media in candidates:
        if not is_media and place is None and gazetteer.is_place(part):
            place = SimpleMention(span, part, "place", "dateline.place")
    for span, part, is_media in candidates:
        if is_media or (place and place.span == span):
            continue
        if place is None and (publisher is not None or len(candidates) == 1) and re.fullmatch(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}", part):
            place = SimpleMention(span, part, "place", "dateline.place")
        elif publisher is None:
            publisher = SimpleMention(span, part, "publisher", "dateline.publisher")
    return Dateline(Span(m.start("head"), m.end()), place, publisher)


def legislation(doc: Document, lex: Lexicon) -> list[SimpleMention]:
    """'Instruksi Presiden Nomor 2 Tahun 2021 (tentang …)', 'PP Nomor 6 Tahun 2025', 'UU 24/2011',
    'Peraturan Menteri Ketenagakerjaan (Permenaker) Nomor 15 Tahun 2021', 'PMK Nomor 16/PMK.010/2017'."""
    forms = sorted(((f, t) for t in lex.legislation_types for f in t.forms), key=lambda ft: (-len(ft[0]), ft[0]))
    alternation = "|".join(re.escape(f) for f, _ in forms)
    by_form = {f.lower(): t for f, t in forms}
    number = (r"(?:(?:Nomor|No\.?)\s+(?:(?P<num>\d+[A-Z]?)\s+Tahun\s+(?P<year>\d{4})"
              r"|(?P<code>[\w.-]+(?:/[\w.-]+)*)/(?P<year3>\d{4}))|(?P<num2>\d+)/(?P<year2>\d{4}))")
    pattern = re.compile(
        rf"\b(?P<type>{alternation})(?:\s+\((?P<abbr>[A-Z][\w-]*)\))?(?P<issuer>(?:\s+[A-Z][\w-]*){{0,4}}?)\s+{number}"
        rf"(?P<title>\s+tentang(?:\s+(?:[A-Z][\w-]*|dan|atas|di|dalam|untuk|bagi|pada|(?:\d+))){{1,20}})?")
    found = []
    # a law's title may name another ("… tentang Perubahan atas Peraturan Pemerintah Nomor 36 Tahun 2021"):
    # read the text again from inside each title, so nested laws are found too
    starts = [0]
    seen = set()
    while starts:
        start = starts.pop()
        for m in pattern.finditer(doc.text, start):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if m.group("title"):
                starts.append(m.start("title"))
            found.append(m)
    found_matches, found = sorted(found, key=lambda m: m.start()), []
    for m in found_matches:
        title = m.group("title") or ""
        # a title ends before a lowercase word; "serta Inpres ..." starts the next law
        title = re.sub(r"\s+(?:dan|di|dalam|untuk|bagi|pada)$", "", title.rstrip())
        end = m.start("title") + len(title) if title else m.end() - len(m.group("title") or "")
        ltype = by_form[m.group("type").lower()]
        number_text = m.group("num") or m.group("num2") or f"{m.group('code')}/{m.group('year3')}"
        year = m.group("year") or m.group("year2") or m.group("year3")
        core_end = m.start("title") if m.group("title") else m.end()
        core = doc.text[m.start():core_end].strip()
        name = re.sub(r"\s+\([^)]*\)", "", core) if m.group("abbr") else core
        found.append(SimpleMention(Span(m.start(), end), name, "legislation", "law.type-number-year",
                                   {"type": ltype, "number": number_text, "year": year, "issuer": m.group("issuer").strip(),
                                    "abbreviation": m.group("abbr") or "",
                                    "title": title.strip()[len("tentang"):].strip() if title else ""}))
    return found


def places(doc: Document, lex: Lexicon, blocked: list[Span]) -> list[SimpleMention]:
    """Places the gazetteer knows, in capitalised words, and 'Kota/Kabupaten/Kecamatan X' forms."""
    toks = doc.tokens
    prefixes = lex.words["place_prefixes"]
    found = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.text[:1].isupper() or any(b.begin <= t.begin < b.end for b in blocked):
            i += 1
            continue
        if t.text in prefixes and i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
            n, _ = gazetteer.longest_prefix([x.text for x in toks[i + 1:i + 5]])
            if prefixes[t.text] in ("district", "village"):  # kecamatan and desa names are not in the gazetteer
                n = 1
                while i + 1 + n < len(toks) and toks[i + 1 + n].text[:1].isupper() and n < 3:
                    n += 1
            if n:
                span = Span(t.begin, toks[i + n].end)
                found.append(SimpleMention(span, doc.slice(span), "place", "place.prefixed", {"kind": prefixes[t.text]}))
                i += n + 1
                continue
        n, hits = gazetteer.longest_prefix([x.text for x in toks[i:i + 4]])
        if n and (toks[i].text[:1].isupper()) and not (i > 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].is_word
                                                       and toks[i - 1].text not in prefixes and not doc.sentence_at(t.begin).begin == t.begin
                                                       and toks[i - 1].text not in ("Di", "Ke", "Dari", "Se")):
            span = Span(t.begin, toks[i + n - 1].end)
            found.append(SimpleMention(span, doc.slice(span), "place", "place.gazetteer"))
            i += n
            continue
        i += 1
    return found


def programs(doc: Document, lex: Lexicon, blocked: list[Span]) -> list[SimpleMention]:
    """Programs and benefits: lexicon names ('Jaminan Hari Tua', 'beasiswa pendidikan'), 'Program X',
    and capitalised names that start with a program word ('Jaminan …', 'Tabungan …') before '(ACRONYM)'."""
    found: list[SimpleMention] = []

    def add(span: Span, name: str, rule: str, attrs=None):
        if any(b.overlaps(span) for b in blocked) or any(f.span.overlaps(span) for f in found):
            return
        found.append(SimpleMention(span, name, "program", rule, attrs or {}))

    for concept in lex.programs:
        for form in concept.forms:
            flags = 0 if form.isupper() or form[:1].isupper() else re.IGNORECASE
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc.text, flags):
                if form[:1].islower() and m.group()[:1].isupper() and m.start() > 0 and doc.text[m.start() - 1] != "\n" \
                        and doc.sentence_at(m.start()).begin != m.start():
                    continue  # "Jaminan Sosial Ketenagakerjaan" inside a longer proper name
                add(Span(m.start(), m.end()), m.group(), "program.lexicon", {"concept": concept})
    heads = "|".join(re.escape(h) for h in lex.words["program_head_words"])
    cap = r"[A-Z][\w-]*"
    pattern = re.compile(rf"(?:(?P<prog>[Pp]rogram)\s+)?(?P<name>(?:{cap}\s+){{0,4}}?(?:{heads})(?:\s+{cap}){{1,5}})\s*\((?P<acr>[A-Z][\w-]{{1,10}})\)")
    for m in pattern.finditer(doc.text):
        name = m.group("name")
        words = name.split()
        span = Span(m.start("name") if not (m.group("prog") and words[0] != "Program") else m.start(), m.end("name"))
        add(span, doc.slice(span), "program.name-with-acronym", {"acronym": m.group("acr")})
    for m in re.finditer(rf"\b[Pp]rogram\s+(?P<name>{cap}(?:\s+{cap}){{0,5}})", doc.text):
        span = Span(m.start("name"), m.end("name"))
        if m.group("name").split()[0] in ("Jaminan", "Tabungan") or len(m.group("name").split()) >= 2:
            add(span, m.group("name"), "program.after-program-word")
    return sorted(found, key=lambda f: f.span.begin)


@dataclass(frozen=True)
class QuoteSpan:
    span: Span  # with the marks
    inner: Span  # the quoted words


def quotations(doc: Document) -> list[QuoteSpan]:
    """Curly “…” pairs and straight "…" pairs. A quotation may go on over paragraphs: the journalistic
    convention opens each paragraph with a mark and closes only the last, so an opening mark left open at
    a paragraph's end joins the quotation that the next paragraph opens."""
    out = []
    text = doc.text
    for m in re.finditer(r"“([^”“]{3,}?)”", text):
        out.append(QuoteSpan(Span(m.start(), m.end()), Span(m.start(1), m.end(1))))
    for para in doc.paragraphs:
        for m in re.finditer(r'"([^"\n]{3,}?)"', text[para.begin:para.end]):
            b = para.begin + m.start()
            out.append(QuoteSpan(Span(b, para.begin + m.end()), Span(b + 1, para.begin + m.end(1))))
    out.sort(key=lambda q: q.span.begin)
    # paragraphs that open a quotation and leave it open continue into the next quotation
    for k, para in enumerate(doc.paragraphs[:-1]):
        chunk = text[para.begin:para.end]
        if not chunk.startswith(("“", '"')) or any(para.begin <= q.span.begin < para.end for q in out):
            continue
        following = next((q for q in out if q.span.begin >= doc.paragraphs[k + 1].begin), None)
        if following and following.span.begin == doc.paragraphs[k + 1].begin:
            out.remove(following)
            out.append(QuoteSpan(Span(para.begin, following.span.end), Span(para.begin + 1, following.inner.end)))
            out.sort(key=lambda q: q.span.begin)
    return out


def quotation_text(raw: str) -> str:
    """The quoted words without marks: inner paragraph breaks and their opening marks become one space."""
    return re.sub(r"\s*\n\s*[“\"]?", " ", raw).strip().rstrip(",")
