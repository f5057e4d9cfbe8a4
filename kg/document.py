"""The article text and the character offsets every later stage refers to.

A `Document` splits the text into paragraphs, sentences and tokens once; recognisers read it
and never re-tokenise, so every mention they report carries exact offsets into `text`.
"""
from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from kg.paths import DATA_DIR

# words keep inner hyphens, apostrophes, dots ("Kompas.com", "2.406.117") and decimal commas ("12,4")
TOKEN_RE = re.compile(r"[^\W_]+(?:(?:[-'’.&]|,(?=\d))[^\W_]+)*|[^\w\s]|(?:(?<=\w)|(?<=\w[ \t]))\n", re.UNICODE)
# a sentence ends at . ! ? (maybe followed by closing quotes) before whitespace and a capital or an opening quote
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])")
# a sentence's full stop with no space after it, the next sentence run on ('… ke Kaltim.Kepala Dinas …'): a line
# break lost when the page was copied; a word of three letters or more ends the one, a capitalised word opens the other
GLUED_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_][a-z]{2})\.(?=[A-Z][a-z]{2,}\b)")
# web addresses' last parts, in title case ('Antaranews.Com'): no sentence there
WEB_ADDRESS_ENDINGS = frozenset({"Com", "Net", "Org", "News", "Info"})
# words written with a full stop that ends no sentence ("Dr.", "Plt.", "No.", initials): language knowledge, in
# kg/data/indonesian.json
ABBREVIATIONS = frozenset(json.loads((DATA_DIR / "indonesian.json").read_text(encoding="utf-8"))["abbreviations"])


@dataclass(frozen=True)
class Span:
    """Half-open character range [begin, end) into the article text."""

    begin: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.begin <= self.end:
            raise ValueError(f"bad span {self.begin}..{self.end}")

    def contains(self, other: "Span") -> bool:
        return self.begin <= other.begin and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.begin < other.end and other.begin < self.end


class SpanIndex:
    """Items that carry a span (mentions, periods), looked up by where their span begins.

    A figure asks only about the mentions of its own sentence or window; scanning every mention of the
    article for each figure made building grow with the square of the text. Look-ups return the items in
    the order of the list they were built from, so a reader that picks "the first" or "the last" picks the
    same item as a scan of the whole list."""

    def __init__(self, items: list, span_of) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: span_of(items[i]).begin)
        self._begins = [span_of(items[i]).begin for i in self._order]
        self._longest = max((span_of(x).end - span_of(x).begin for x in items), default=0)
        self._span_of = span_of

    def beginning_in(self, begin: int, end: int) -> list:
        """Items whose span begins in [begin, end), in the list's order."""
        lo, hi = bisect_left(self._begins, begin), bisect_left(self._begins, end)
        return [self._items[i] for i in sorted(self._order[lo:hi])]

    def containing(self, span: Span) -> list:
        """Items whose span contains `span`, in the list's order."""
        near = self.beginning_in(span.end - self._longest, span.begin + 1)
        return [x for x in near if self._span_of(x).contains(span)]

    def overlapping(self, span: Span) -> list:
        """Items whose span overlaps `span`, in the list's order."""
        near = self.beginning_in(span.begin - self._longest, span.end)
        return [x for x in near if self._span_of(x).overlaps(span)]


WORD_START_RE = re.compile(r"(?<![\w-])\w+")
WORD_OR_HYPHEN_RE = re.compile(r"[\w-]")


class NameOccurrences:
    """Where names occur in the text as whole words, the matches `(?<![\\w-])NAME(?![\\w-])` finds in a window
    [begin, end) of it (`pattern.finditer(text, begin, end)`: the window's end counts as the text's end).

    A figure asks which of the article's place names its sentence holds; running one search per name per
    figure made a long article cost the number of names times the number of figures. Here every name's
    occurrences are found once, from an index of the words that begin at each offset, and a window costs
    the occurrences inside it.

    >>> names = NameOccurrences("Kota Jambi dan Jambi-Muara, Jambiku")
    >>> names.add(["Jambi", "Kota Jambi"])
    >>> names.in_window(0, 35)
    {'Kota Jambi': [0], 'Jambi': [5]}
    >>> names.in_window(28, 33)
    {'Jambi': [28]}
    """

    def __init__(self, text: str):
        self._text = text
        self._names: dict[str, list[tuple[int, bool]]] = {}  # name -> (start, followed by a word end) by start
        self._by_last_char: dict[str, list[str]] = {}
        self._starts: list[int] = []
        self._hits: list[tuple[int, str, bool]] = []  # every name's occurrences, by start
        self._words: dict[str, list[int]] | None = None

    def add(self, names) -> None:
        """Index these names too (names already indexed are skipped)."""
        new = [n for n in names if n not in self._names]
        for name in new:
            self._names[name] = self._occurrences(name)
            if name:
                self._by_last_char.setdefault(name[-1], []).append(name)
        if new:
            self._hits = sorted((start, name, whole) for name, found in self._names.items() for start, whole in found)
            self._starts = [h[0] for h in self._hits]

    def in_window(self, begin: int, end: int) -> dict[str, list[int]]:
        """The start offsets of each indexed name's matches in [begin, end), as a search of that window finds
        them: left to right, not overlapping; a name that the window's end cuts off a longer word counts."""
        hits = self._hits[bisect_left(self._starts, begin):bisect_left(self._starts, end)]
        if self._word_or_hyphen_at(end):
            hits = sorted(hits + self._cut_at(begin, end))
        found: dict[str, list[int]] = {}
        for start, name, whole in hits:
            stop = start + len(name)
            if stop > end or not (whole or stop == end):
                continue
            starts = found.setdefault(name, [])
            if not starts or starts[-1] + len(name) <= start:
                starts.append(start)
        return found

    def _cut_at(self, begin: int, end: int) -> list[tuple[int, str, bool]]:
        """'Jambiku' read up to 'Jambi': names that end where the window ends, inside a longer word."""
        if end == 0:
            return []
        return [(end - len(n), n, True) for n in self._by_last_char.get(self._text[end - 1], ())
                if begin <= end - len(n) and self._text.startswith(n, end - len(n)) and self._word_begins_at(end - len(n))]

    def _word_begins_at(self, offset: int) -> bool:
        return offset == 0 or WORD_OR_HYPHEN_RE.match(self._text, offset - 1) is None

    def _occurrences(self, name: str) -> list[tuple[int, bool]]:
        """Every offset where the name's text begins a word (overlapping ones too), and whether a word
        ends with it there."""
        lead = re.match(r"\w+", name)
        if lead is None:
            pattern = re.compile(rf"(?<![\w-])(?={re.escape(name)})")
            starts = [m.start() for m in pattern.finditer(self._text)] if name else []
        else:
            starts = [s for s in self._word_index().get(lead.group(), ()) if self._text.startswith(name, s)]
        return [(s, not self._word_or_hyphen_at(s + len(name))) for s in starts]

    def _word_or_hyphen_at(self, offset: int) -> bool:
        return offset < len(self._text) and WORD_OR_HYPHEN_RE.match(self._text, offset) is not None

    def _word_index(self) -> dict[str, list[int]]:
        """Offsets of the words that begin after no word character or hyphen, by word."""
        if self._words is None:
            self._words = _word_starts(self._text)
        return self._words


@lru_cache(maxsize=2)
def _word_starts(text: str) -> dict[str, list[int]]:
    """Offsets of the words that begin after no word character or hyphen, by word: made once per text, as the
    quotations step and the figures each index names in the same article (never changed once made)."""
    words: dict[str, list[int]] = {}
    for m in WORD_START_RE.finditer(text):
        words.setdefault(m.group(), []).append(m.start())
    return words


# the only characters outside ASCII that re.IGNORECASE matches to an ASCII letter (İ ı ſ and the Kelvin sign)
ASCII_CASE_VARIANTS = frozenset("\u0130\u0131\u017f\u212a")


class LiteralFilter:
    """Whether a literal can occur in a text, answered with a substring test, so that the search for a
    word's pattern (its boundaries, its context) runs only in the texts that hold the word. Searching the
    whole article once per lexicon form (programmes, anaphors, indicators) cost more than all the matches.

    >>> f = LiteralFilter("Program Kartu Sehat")
    >>> f.may_hold("kartu sehat"), f.may_hold("kartu sehat", ignore_case=True), f.may_hold("Beasiswa", True)
    (False, True, False)
    """

    def __init__(self, text: str):
        self.text = text
        self._lowered: str | None = None
        self._variants: bool | None = None

    def may_hold(self, literal: str, ignore_case: bool = False) -> bool:
        """False only when no match of the literal (case-insensitive as re.IGNORECASE when asked) is in the text."""
        if not ignore_case:
            return literal in self.text
        if not literal.isascii() or self._has_case_variants():
            return True
        if self._lowered is None:
            self._lowered = self.text.lower()
        return literal.lower() in self._lowered

    def starts(self, literal: str, ignore_case: bool = False) -> list[int] | None:
        """Every offset where a match of the literal begins (overlapping ones too), case-insensitive as
        re.IGNORECASE when asked; None where a substring search cannot tell (an empty literal, a literal outside
        ASCII asked without case, or a text with characters that re.IGNORECASE folds to ASCII letters).

        >>> LiteralFilter("Kartu Sehat, kartu sehat").starts("kartu", ignore_case=True)
        [0, 13]
        """
        haystack = self.text
        if not literal:
            return None
        if ignore_case:
            if not literal.isascii() or self._has_case_variants():
                return None
            if self._lowered is None:
                self._lowered = self.text.lower()  # as long as the text: only 'İ' lowers to two characters
            haystack, literal = self._lowered, literal.lower()
        found, k = [], haystack.find(literal)
        while k != -1:
            found.append(k)
            k = haystack.find(literal, k + 1)
        return found

    def finditer(self, pattern: re.Pattern, literal: str, ignore_case: bool = False) -> list[re.Match]:
        """The matches of `pattern.finditer(text)` for a pattern whose every match begins with `literal` (as
        re.IGNORECASE compares it when `ignore_case`), tried only where the literal begins: a pattern that opens
        with a look-behind ('(?<![\\w-])', '\\b') gets no fast scan from the regular expression module, which
        then tries it at every offset of the text, ten times slower than finding the literal.

        >>> f = LiteralFilter("JKN-KIS, JKN dan JKNX")
        >>> [m.start() for m in f.finditer(re.compile(r"(?<![\\w-])JKN(?![\\w-])"), "JKN")]
        [9]
        """
        starts = self.starts(literal, ignore_case)
        return list(pattern.finditer(self.text)) if starts is None else matches_at(pattern, self.text, starts)

    def _has_case_variants(self) -> bool:
        if self._variants is None:
            self._variants = not self.text.isascii() and not ASCII_CASE_VARIANTS.isdisjoint(self.text)
        return self._variants


def matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """The matches `pattern.finditer(text)` finds, for a pattern that never matches empty text, tried only at
    `starts` (increasing), which must hold every offset where a match can begin: as finditer, the first match
    at or after the end of the one before. A look-behind still sees the text before its offset.

    >>> [m.group() for m in matches_at(re.compile(r"(?<!a)bb"), "abbb bbb", [1, 2, 5, 6])]
    ['bb', 'bb']
    """
    found, resume = [], 0
    for start in starts:
        if start >= resume:
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
                resume = m.end()
    return found


def finditer_at_openings(pattern: re.Pattern, text: str) -> list[re.Match]:
    """The matches of `pattern.finditer(text)`, tried only where one of the pattern's `opening_literals` begins
    when it has some: a pattern that opens with a word boundary or a look-behind before its words is otherwise
    tried at every offset of the text. For patterns made once per lexicon (its parse is read once, by
    `opening_literals`'s cache), not for one made per word of an article.

    >>> [m.group() for m in finditer_at_openings(re.compile(r"(?<![\\w-])(?:kata|ujar)\\s+\\w+"), "katanya, kata dia")]
    ['kata dia']
    """
    openings = opening_literals(pattern)
    return list(pattern.finditer(text)) if openings is None else matches_at(pattern, text, offsets_of_any(text, openings))


def offsets_of_any(text: str, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of the words begins (overlapping ones too): where a pattern that opens with one of
    them can match (`matches_at`).

    >>> offsets_of_any("kata dia, katanya", ("kata", "katanya"))
    [0, 10]
    """
    if not words or "" in words:
        raise ValueError("offsets_of_any needs words that are not empty")
    found = set()
    for word in words:  # a substring search for each word costs less than one scan for all of them
        k = text.find(word)
        while k != -1:
            found.add(k)
            k = text.find(word, k + 1)
    return sorted(found)


@lru_cache(maxsize=256)
def opening_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which begins every match of a case-sensitive pattern: its leading words, through optional
    groups, alternatives and look-arounds ('(?:(?:pada|akhir)\\s+)?(?:juni|juli)' gives pada, akhir and ju, the
    part the parser found 'juni' and 'juli' share), none of which another one starts. None where a match can
    begin otherwise (a class such as \\w, any character, a back-reference) or with nothing, or where one of the
    strings is a single letter or digit (too many places, and the regular expression module scans fast for a
    pattern that opens with one). `matches_at(pattern, text, offsets_of_any(text, words))` then finds the
    pattern's matches without trying it at every offset, which a pattern that opens with an optional group or a
    look-behind costs.

    >>> opening_literals(re.compile(r"(?<!\\w)(?:(?:pada|akhir)\\s+)?(?:bulan\\s+)?(?:juni|juli)\\s+\\d{4}"))
    ('akhir', 'bulan', 'ju', 'pada')
    >>> opening_literals(re.compile(r"\\w+ kata")) is None, opening_literals(re.compile("x", re.IGNORECASE)) is None
    (True, True)
    """
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _regex_parser().parse(pattern.pattern, pattern.flags)
        found = _openings(parsed.data)
    except Exception:  # a construct this reader does not know: the pattern is tried everywhere
        return None
    if found is None or not found[1] or not found[0] or any(len(word) < 2 and word.isalnum() for word in found[0]):
        return None
    return tuple(sorted(w for w in found[0] if not any(w != v and w.startswith(v) for v in found[0])))


def _regex_parser():
    try:
        from re import _parser  # Python 3.11 on
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as _parser
    return _parser


_CLASS_MOST = 64  # a character class of more characters than this opens too many places to be worth listing


def _openings(items) -> tuple[set[str], bool] | None:
    """(strings, whole): the strings the non-empty matches of a sequence of parsed items begin with, and whether
    every match is non-empty (else what follows the sequence may begin the match too); None where unknown."""
    c = _regex_parser()  # its names of the parsed operations (LITERAL, BRANCH …)
    items, out = list(items), set()
    for i, (op, av) in enumerate(items):
        if op is c.LITERAL:
            run = "".join(chr(a) for _, a in itertools.takewhile(lambda item: item[0] is c.LITERAL, items[i:]))
            return out | {run}, True
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the match begins with what follows
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None  # '(?i:…)': its strings would have to be found in any case
            inner = _openings(av[-1].data)
        elif op is c.BRANCH:
            alternatives = [_openings(a.data) for a in av[1]]
            if any(a is None for a in alternatives):
                return None
            inner = set().union(*(a[0] for a in alternatives)), all(a[1] for a in alternatives)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            low, _, sub = av
            inner = _openings(sub.data)
            inner = None if inner is None else (inner[0], inner[1] and low > 0)
        elif op is c.IN:
            inner = _class_characters(av, c)
        else:
            return None
        if inner is None:
            return None
        out |= inner[0]
        if inner[1]:
            return out, True
    return out, False


def _class_characters(members, c) -> tuple[set[str], bool] | None:
    """The characters of a small class without negation or categories ('[0-9]', '[Pp]'), or None."""
    chars: set[str] = set()
    for op, av in members:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _CLASS_MOST:
            chars.update(chr(k) for k in range(av[0], av[1] + 1))
        else:
            return None
    return (chars, True) if len(chars) <= _CLASS_MOST else None


class ClaimedText:
    """Which characters of the article are already claimed by a span. Asking whether a new span is free
    costs the span's length, not the number of spans claimed so far, so a scan stays linear in the
    article's length however many mentions it finds.

    >>> claimed = ClaimedText(20)
    >>> claimed.append(Span(2, 5))
    >>> claimed.overlaps(Span(4, 8)), claimed.overlaps(Span(5, 8)), claimed.covers(2)
    (True, False, True)
    >>> claimed.claimed_in(4, 8), claimed.claimed_in(5, 8)
    (True, False)
    """

    def __init__(self, length: int):
        self._mask = bytearray(length)

    def append(self, span: Span) -> None:
        self._mask[span.begin:span.end] = b"\x01" * (span.end - span.begin)

    def overlaps(self, span: Span) -> bool:
        return self.claimed_in(span.begin, span.end)

    def claimed_in(self, begin: int, end: int) -> bool:
        """Whether a character of begin..end is claimed: `overlaps` for a scan that asks of every token, which
        would otherwise make a Span (a validated dataclass) per token and pass."""
        return self._mask.find(1, begin, end) != -1

    def covers(self, offset: int) -> bool:
        return 0 <= offset < len(self._mask) and self._mask[offset] == 1

    def covers_each(self, offsets: list[int]) -> list[bool]:
        """`covers` of each offset, for a scan that asks it of every token (most articles claim nothing there)."""
        mask = self._mask
        if mask.find(1) == -1:
            return [False] * len(offsets)
        return [0 <= offset < len(mask) and mask[offset] == 1 for offset in offsets]


@dataclass(frozen=True, init=False)
class Token:
    text: str
    begin: int
    end: int
    index: int

    def __init__(self, text: str, begin: int, end: int, index: int) -> None:
        # every token of every article is made here: writing the fields at once takes a third less time than
        # the frozen dataclass's own __init__, which sets each one through object.__setattr__
        self.__dict__.update(text=text, begin=begin, end=end, index=index)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(frozen=True)
class Sentence:
    index: int
    begin: int
    end: int
    paragraph: int


@dataclass
class Document:
    """The text with its paragraphs, sentences and tokens; offsets are Python string indices."""

    text: str
    paragraphs: list[Span] = field(init=False)
    sentences: list[Sentence] = field(init=False)
    tokens: list[Token] = field(init=False)

    def kept(self, what: str, lex: object, make):
        """`make()`, made once for this text and lexicon and kept under the name `what`: answers that depend on
        the text and the lexicon alone, which several steps ask for (the names scanner and the title references
        both ask for the role title at every token). Kept by the lexicon's identity, with the lexicon itself."""
        answers = self.__dict__.setdefault("_kept", {})
        found = answers.get((what, id(lex)))
        if found is None or found[0] is not lex:
            found = answers[(what, id(lex))] = (lex, make())
        return found[1]

    def __post_init__(self) -> None:
        self.paragraphs = _paragraphs(self.text)
        self.sentences = _sentences(self.text, self.paragraphs)
        self.tokens = [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(TOKEN_RE.finditer(self.text))]
        for start in glued_sentence_starts(self.text, 0, len(self.text)):
            self.split_token_at(start - 1)
            self.split_token_at(start)

    def split_token_at(self, offset: int) -> None:
        """Cut the token that runs across `offset` in two ('Palu-Kepala' after a dateline whose dash the story's
        first word touches: the town's and the title's), each side tokenised as any text is; nothing if a token
        starts or ends there. Read before anything asks for the tokens' positions, so nothing kept is stale."""
        inside = next((t for t in self.tokens if t.begin < offset < t.end), None)
        if inside is None:
            return
        parts = [Token(m.group(), begin + m.start(), begin + m.end(), 0)
                 for begin, end in ((inside.begin, offset), (offset, inside.end))
                 for m in TOKEN_RE.finditer(self.text[begin:end])]
        tokens = self.tokens[:inside.index] + parts + self.tokens[inside.index + 1:]
        self.tokens = [Token(t.text, t.begin, t.end, i) for i, t in enumerate(tokens)]
        self.__dict__.pop("_token_starts", None)
        self.__dict__.pop("_kept", None)

    def split_glued_prefixes(self, prefixes, rest_pattern: str = r"[A-Z]") -> None:
        """'PT.Sinar Jaya', 'H.Rudi': a word written with a dot before a name (kg/data/indonesian.json
        head_words_written_with_a_dot, honorifics) and the name it touches are two tokens, as 'PT. Sinar Jaya' gives;
        only where what follows the dot opens as `rest_pattern` says."""
        for t in [t for t in self.tokens if "." in t.text]:
            prefix, _, rest = t.text.partition(".")
            if prefix in prefixes and re.match(rest_pattern, rest):
                self.split_token_at(t.begin + len(prefix) + 1)

    @cached_property
    def headline_end(self) -> int:
        """Where the article's headline ends: its first line when no full stop, mark or closing quote ends it ('Dinas
        X Gelar Razia Pasar'), else 0 (no headline). Written in title case, its capitalised words are no names."""
        first_line = self.text.split("\n", 1)[0]
        return 0 if first_line.rstrip().endswith((".", "!", "?", '"', "\u201d")) else len(first_line)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.begin for t in self.tokens]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.begin for s in self.sentences]

    def slice(self, span: Span) -> str:
        return self.text[span.begin:span.end]

    def sentence_at(self, offset: int) -> Sentence:
        i = max(0, bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[i]

    def opens_its_sentence(self, offset: int) -> bool:
        """Whether the word at `offset` is its sentence's first, an opening quotation mark or bracket before it or
        not: its capital says nothing of a name."""
        return not self.text[self.sentence_at(offset).begin:offset].strip(" \t\n\"'“‘(")

    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        i = bisect_right(self._token_starts, offset - 1)
        return i

    def tokens_in(self, begin: int, end: int) -> list[Token]:
        i = self.token_at(begin)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def sentence_span(self, sentence: Sentence) -> Span:
        return Span(sentence.begin, sentence.end)


def _paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped_begin = start + (len(line) - len(line.lstrip()))
        stripped_end = start + len(line.rstrip())
        if stripped_end > stripped_begin:
            spans.append(Span(stripped_begin, stripped_end))
        start = end + 1
    return spans


def glued_sentence_starts(text: str, begin: int, end: int) -> list[int]:
    """Where a sentence begins right after the full stop of the one before, with no space between ('Kaltim.Kepala'):
    not after an abbreviation ('Kab.Bogor') nor inside a web address ('Bantenraya.Com')."""
    return [m.end() for m in GLUED_SENTENCE_END_RE.finditer(text, begin, end)
            if (last_word(text, begin, m.start()) or "").lower() not in ABBREVIATIONS
            and _WORD_RE.match(text, m.end()).group() not in WEB_ADDRESS_ENDINGS]


_WORD_RE = re.compile(r"\w+")


def _sentences(text: str, paragraphs: list[Span]) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        start = para.begin
        ends = sorted([*SENTENCE_END_RE.finditer(text, para.begin, para.end),
                       *(_Glued(g) for g in glued_sentence_starts(text, para.begin, para.end))], key=lambda m: m.start())
        for m in ends:
            word = last_word(text, start, m.start() + 1)
            if text[m.start()] == "." and word and word.lower() in ABBREVIATIONS:
                continue
            if text[m.start()] == "." and m.start() > start and text[m.start() - 1].isdecimal() \
                    and text[m.end():m.end() + 2].strip()[:1].isdigit():
                continue  # "Rp1.500.000" written "1. 500": a digit and its dot end no sentence
            if text[m.start()] == "." and an_item_number_in_a_list(text, m.start(), word):
                continue  # "lima rute terpadat, 1. Medan 7.100 orang, 2. Batam …": numbered items, one sentence
            out.append(Sentence(len(out), start, m.end(), p_index))
            start = m.end()
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            out.append(Sentence(len(out), start, para.end, p_index))
    return out


@dataclass(frozen=True)
class _Glued:
    """A glued sentence's end, read as a match of SENTENCE_END_RE is: its full stop, and where the next one begins."""

    begins: int

    def start(self) -> int:
        return self.begins - 1

    def end(self) -> int:
        return self.begins


def an_item_number_in_a_list(text: str, dot: int, word: str | None) -> bool:
    """'…, 1. Medan', '…: 2. Batam', '… dan 3. Jambi': a number of one or two digits right before the dot,
    after a comma, colon or semicolon or a word that joins a list, numbers an item inside the sentence; no sentence
    ends with ', 2.'. Not the decimals after a figure's comma ('110,25.')."""
    if not word or not word.isdecimal() or len(word) > 2 or text[dot - len(word):dot] != word:
        return False
    if text[max(0, dot - len(word) - 2):dot - len(word)] in {f"{d}," for d in "0123456789"}:
        return False  # 'IHK mencapai 110,25. Namun …': the decimals of a figure end the sentence
    before = text[max(0, dot - len(word) - 12):dot - len(word)].rstrip()
    return before.endswith((",", ":", ";")) or re.search(r"(?<!\w)(?:dan|serta)$", before) is not None


def last_word(text: str, begin: int, end: int) -> str | None:
    """The group `re.search(r"([^\\W_]+)\\W*$", text[begin:end])` gives for a stretch that does not end with a
    line break: the last run of letters and digits, where nothing after it but punctuation and spaces comes
    before `end`; None where a word character ('_') comes after it. Read backwards from `end`: the search tries
    every offset of a sentence, at each sentence's end.

    >>> last_word("Kepala Dinas dr. Wati", 0, 16), last_word("x_.", 0, 3), last_word("(Plt.)", 0, 6)
    ('dr', None, 'Plt')
    """
    q = end
    while q > begin and not _is_word_character(text[q - 1]):
        q -= 1
    p = q
    while p > begin and text[p - 1].isalnum():
        p -= 1
    return text[p:q] if p < q else None


def _is_word_character(c: str) -> bool:
    """What the regular expression module's \\w matches in text: a letter or digit of any script, or '_'."""
    return c.isalnum() or c == "_"

