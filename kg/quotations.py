"""Who said each quotation.

Input: the article (`Document`), its quotation spans (from `kg.extract.simple.quotations`), the people
mentioned so far in text order, the spans that name something other than a person (organisations,
titles, places), the speech cues of the lexicon, and two look-ups the people component answers: a name
to a person (an existing one, or a new one when the name can be a person) and a title to its holder.
Output: one `Attribution` per quotation whose speaker is known, in text order.

The speaker is read, most reliable first, from the attribution after the quotation ('…,” kata Budi'),
from one before it ('Budi mengatakan, “…'), from a passive one in the next sentence ('Demikian disampaikan
Budi'), from the quotation just before it in the same or the
previous paragraph, and only then from salience: the person the nearest sentence presents as speaking,
or names other than in passing ('sesuai visi dari mantan Bupati X' names X in passing)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Generic, TypeVar

from kg import gazetteer
from kg.document import ABBREVIATIONS, Document, Sentence, Span, matches_at, offsets_of_any
from kg.extract.dates import finditer_ignoring_case, lowered_alike
from kg.extract.simple import QuoteSpan
from kg.lexicon import Lexicon, never_a_name_word, per_lexicon

P = TypeVar("P")

SPEAKING = ("quote", "speaker")  # how a mention presents its person as the one who speaks
MIN_WORDS_WITHOUT_VERB = 4  # shorter quoted words with no speech verb are terms, not quotations
MIN_WORDS_BY_SALIENCE = 6  # a quotation with no attribution at all must be a real statement
SALIENCE_PARAGRAPHS = 4  # how far back a pronoun or an unattributed quotation looks for its speaker
MAX_NAME_TOKENS = 4
MIN_LETTERS_FOR_TYPO = 4  # shorter names are too alike to call one a misspelling of the other
MIN_LETTERS_FOR_SHORTENED = 4  # 'Rahmat' for 'Rahmatullah'; 'Adi' begins too many names to say whose it is


@dataclass(frozen=True)
class SpeechCues:
    """The words that attribute speech, read from `kg/data/indonesian.json`."""

    verbs_after: tuple[str, ...]  # '…,” kata Budi', '…,” ujarnya'
    verbs_before: tuple[str, ...]  # 'Budi mengatakan, “…'
    verbs_passive: tuple[str, ...]  # 'Hal itu disampaikan Kepala Dinas X, Budi'
    source_words: tuple[str, ...]  # 'Menurut Budi, …'
    pronouns: tuple[str, ...]  # dia, ia, beliau
    pronoun_suffix: str  # ujar-nya
    verb_particles: tuple[str, ...]  # 'Budi pun mengatakan', 'Ia juga menjelaskan'
    agent_words: tuple[str, ...]  # 'disampaikan oleh Budi'
    place_prefixes: tuple[str, ...]  # 'Kecamatan', 'Kota': a word of a place's name, never of a person's
    description_ends: tuple[str, ...]  # '…,” kata perempuan berusia 47 tahun itu': a description of someone named before
    name_joiners: tuple[str, ...]  # lowercase words inside or before a title or name ('dan', 'bin', 'mantan')
    object_markers: tuple[str, ...]  # prepositions before a person named in passing ('dari', 'kepada'; 'arahan')
    companion_words: tuple[str, ...]  # 'didampingi', 'bersama': the name after them is not a speech verb's subject
    weekdays: tuple[str, ...] = ()  # 'kata Budi Jumat (23/7)': the day the words were said, not a name
    lowercase_titles: tuple[str, ...] = ()  # '…,” kata anggota Komisi IV DPRD X, Budi': a title written in lower case
    lowercase_head_titles: tuple[str, ...] = ()  # '…,” pungkas gubernur.': a title one person holds, in lower case
    honorifics: tuple[str, ...] = ()  # 'H', 'Dr.': before a name, not part of it
    via_words: tuple[str, ...] = ()  # 'kata Kepala Dinas X melalui Kepala Bidang Y, Budi': Budi speaks for the head
    degrees: frozenset[str] = frozenset()  # 'Budi SE MM mengatakan': degrees after a name, no part of it
    not_a_name: Callable[[str], bool] = lambda word: False  # 'Humas', 'Pelayanan': a word no person's name holds
    title_openers: frozenset[str] = frozenset()  # 'Kepala', 'Direktur': the first words of the lexicon's titles
    passive_verb: re.Pattern | None = None  # 'disahkan', 'disetujui': a passive verb's form (its agent is in passing)

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> "SpeechCues":
        """Read once per lexicon: every article asks for them."""
        return per_lexicon("speech-cues", lex, cls._read)

    @classmethod
    def _read(cls, lex: Lexicon) -> "SpeechCues":
        w = lex.words
        suffix = w["pronoun_suffix"]
        after = set(w["speech_verbs_after"])
        after |= {v + suffix for v in after if not v.endswith(suffix)}
        return cls(verbs_after=_longest_first(after), verbs_before=_longest_first(w["speech_verbs_before"]),
                   verbs_passive=_longest_first(w["speech_verbs_passive"]), source_words=tuple(w["speech_source_words"]),
                   pronouns=tuple(w["pronouns_person"]), pronoun_suffix=suffix,
                   verb_particles=tuple(w["speech_verb_particles"]), agent_words=tuple(w["speech_agent_words"]),
                   place_prefixes=tuple(w["place_prefixes"]), description_ends=tuple(w["title_reference_suffix"]),
                   name_joiners=tuple(w["speech_name_joiners"]), object_markers=tuple(w["speech_object_markers"] + w["speech_possessor_nouns"]["words"]),
                   companion_words=tuple(w["speech_companion_words"]),
                   weekdays=tuple(w["weekdays"]), lowercase_titles=_longest_first(w["speech_lowercase_titles"]),
                   lowercase_head_titles=_longest_first(w["speech_lowercase_head_titles"]["words"]),
                   honorifics=tuple(w["honorific_prefixes"]), via_words=tuple(w["speech_via_words"]),
                   degrees=frozenset(w["academic_suffixes"]), not_a_name=partial(never_a_name_word, lex),
                   title_openers=frozenset(f.split()[0] for r in lex.roles for f in r.forms if f[:1].isupper()),
                   passive_verb=_passive_verb_form(w["passive_verb_affixes"]))


@dataclass(frozen=True)
class Mention(Generic[P]):
    span: Span
    person: P
    how: str  # "name", "title", "quote" (an attribution), "speaker" (the subject of a speech verb)


@dataclass(frozen=True)
class Lookup(Generic[P]):
    """What the people component answers for this one."""

    person_named: Callable[[str, Span, bool], "P | None"]  # 'Budi' -> Budi Santoso; with True, a new person if it can be one
    holder_of_title: Callable[[str, int], "P | None"]  # 'Kepala Dinas Sosial' before offset -> who holds it
    holds_a_title: Callable[[P], bool] = lambda person: True  # whether the article gave the person a title
    holder_of_contracted_title: Callable[[str, int], "P | None"] = lambda word, before: None  # 'Kadiskopukm' -> who
    person_by_initials: Callable[[str], "P | None"] = lambda word: None  # 'RHW' -> Rusdi Hartono Wijaya


@dataclass(frozen=True)
class Attribution(Generic[P]):
    quote: QuoteSpan
    speaker: P
    evidence: Span  # the quotation with the words that attribute it
    rule: str


@dataclass
class _State(Generic[P]):
    """The mentions in text order, indexed so that each quotation looks only at the mentions near it: a
    scan of every mention per quotation made long articles cost the square of their length."""

    doc: Document
    mentions: list[Mention[P]]
    not_names: list[Span]
    lookup: Lookup[P]
    cues: SpeechCues
    new_mentions: list[Mention[P]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._places = [(m.span.begin, m.span.end) for m in self.mentions]
        self._not_names = _Reach(self.not_names)
        self._by_part: dict[tuple[int, str], list[tuple[str, Mention[P]]]] = {}
        for m in self.mentions:
            self._index_parts(m)

    def add(self, mention: Mention[P]) -> None:
        # after any mention at the same place, as appending and sorting again would put it
        at = bisect_right(self._places, (mention.span.begin, mention.span.end))
        self.mentions.insert(at, mention)
        self._places.insert(at, (mention.span.begin, mention.span.end))
        self._index_parts(mention)
        self.new_mentions.append(mention)

    def beginning_in(self, begin: int, end: int) -> list[Mention[P]]:
        """The mentions that begin in [begin, end), in text order."""
        return self.mentions[bisect_left(self._places, (begin,)):bisect_left(self._places, (end,))]

    def blocked(self, offset: int) -> bool:
        """A span that names something other than a person covers the offset."""
        return self._not_names.covers(offset)

    def not_names_reach(self, before: int, end: int) -> bool:
        """A span that names something other than a person begins before `before` and reaches `end`."""
        return self._not_names.reaches(before, end)

    def parts_like(self, word: str) -> list[tuple[str, Mention[P]]]:
        """(part, mention) for the words of person mentions (not attributions) as long as `word` and with its
        first letter: the only ones `_one_letter_off` can match."""
        return self._by_part.get((len(word), word[:1]), [])

    def longer_parts(self, word: str) -> list[tuple[str, Mention[P]]]:
        """(part, mention) for the words of person mentions longer than `word` that begin as it does: the ones a
        shortened name can be ('Rahmat' of 'Rahmatullah')."""
        return [(part, x) for (size, first), found in self._by_part.items() if first == word[:1] and size > len(word)
                for part, x in found if part.startswith(word)]

    def _index_parts(self, mention: Mention[P]) -> None:
        """Index the words of the person's name in a mention; a mention that spans a title and a body ('Kepala Dinas
        X, Rina') gives no part for 'Dinas', which a shortened name one letter off ('kata Dinar') would match."""
        if mention.how == "quote":
            return
        own = _name_words(mention.person)
        for part in self.doc.slice(mention.span).split():
            if own is None or part in own:
                self._by_part.setdefault((len(part), part[:1]), []).append((part, mention))


def _name_words(person) -> set[str] | None:
    """The words of a person's name and other names, where the person has them (None: every word may be)."""
    name = getattr(person, "name", None)
    if not isinstance(name, str):
        return None
    return {w for n in (name, *getattr(person, "aliases", ())) for w in n.split()}


class _Reach:
    """Spans sorted by where they begin, with the furthest end of each prefix: whether any span covers an
    offset, or begins before one offset and reaches another, in the time of a binary search.

    >>> reach = _Reach([Span(10, 20), Span(2, 5), Span(12, 14)])
    >>> reach.covers(4), reach.covers(5), reach.covers(19), reach.reaches(12, 20), reach.reaches(10, 20)
    (True, False, True, True, False)
    """

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.begin)
        self._begins = [s.begin for s in ordered]
        self._furthest: list[int] = []
        for s in ordered:
            self._furthest.append(max(s.end, self._furthest[-1]) if self._furthest else s.end)

    def covers(self, offset: int) -> bool:
        """Some span has begin <= offset < end."""
        i = bisect_right(self._begins, offset)
        return i > 0 and self._furthest[i - 1] > offset

    def reaches(self, before: int, end: int) -> bool:
        """Some span begins before `before` and ends at or after `end`."""
        i = bisect_left(self._begins, before)
        return i > 0 and self._furthest[i - 1] >= end


def attribute(doc: Document, quotes: list[QuoteSpan], mentions: list[Mention[P]], not_names: list[Span],
              lookup: Lookup[P], cues: SpeechCues) -> tuple[list[Attribution[P]], list[Mention[P]]]:
    """The attributed quotations and the person mentions this step found (speakers of speech verbs and
    attributions), which later components may use as mentions too."""
    state = _State(doc, sorted(mentions, key=lambda m: (m.span.begin, m.span.end)), not_names, lookup, cues)
    _mark_speech_subjects(state, quotes)
    out: list[Attribution[P]] = []
    for q in quotes:
        previous = out[-1] if out else None
        found = _after(state, q)
        if found is False:
            found = _before(state, q) or _named_next(state, q) or _continued(state, q, previous) or _salient_only(state, q)
        if not found:
            continue
        out.append(found)
        state.add(Mention(Span(q.span.end, found.evidence.end) if found.evidence.end > q.span.end else q.span,
                          found.speaker, "quote"))
    return out, state.new_mentions


# ---------------------------------------------------------------- the attribution after the quotation
def _after(state: _State[P], q: QuoteSpan) -> Attribution[P] | None | bool:
    """'…,” kata Budi.', '…,” ujarnya.', '…, “Jelas Budi kepada wartawan.', '…,” kata Kepala Dinas X Budi di …'.
    False when no speech verb follows; None when one does but names no one this article knows (the
    quotation is then left out rather than given to someone else)."""
    text = state.doc.text
    verbs = "|".join(map(re.escape, state.cues.verbs_after))
    # ('… pekan depan,”. Kata Ketua Panitia …': a full stop typed after a comma's closing mark leaves the attribution)
    m = re.compile(rf"(?:[ \t]*,?[ \t]*|(?<=,[”\"])\.[ \t]+)(?P<verb>{verbs})(?![\w-])",
                   re.IGNORECASE).match(text, q.span.end)
    if not m:
        return False
    verb = m.group("verb").lower()
    suffix = state.cues.pronoun_suffix
    if verb.endswith(suffix) and verb[:-len(suffix)] in state.cues.verbs_after:
        speaker = _salient(state, q.span.begin) or _last_speaker_before(state, q.span.begin)
        return Attribution(q, speaker, Span(q.span.begin, m.end()), "quote.after-verb-pronoun") if speaker else None
    pronoun = re.compile(rf"[ \t]+(?:{'|'.join(state.cues.pronouns)})(?![\w-])", re.IGNORECASE).match(text, m.end())
    if pronoun:
        speaker = _salient(state, q.span.begin) or _last_speaker_before(state, q.span.begin)
        return Attribution(q, speaker, Span(q.span.begin, pronoun.end()), "quote.after-verb-pronoun") if speaker else None
    head = _lowercase_head_title(state, q, m.end())
    if head is not None:
        return head
    titled = _lowercase_title(state, q, m.end())
    if titled is not None:
        return titled
    phrase = _attribution_phrase(state, m.end())
    if phrase is None:
        description = _description(state, m.end())
        speaker = _salient(state, q.span.begin) if description else None
        return Attribution(q, speaker, Span(q.span.begin, description), "quote.after-verb-description") if speaker else None
    spokesperson = _spokesperson(state, phrase)
    if spokesperson is not None:
        return Attribution(q, spokesperson[0], Span(q.span.begin, spokesperson[1].end), "quote.after-verb-name")
    speaker = _person_in_phrase(state, phrase) or _holder_of_a_contracted_title(state, phrase, q)
    if speaker is None:
        pointing = _description(state, phrase.begin - 1)  # '…,” tegas mantan Kepala Dinas X itu': one named before
        speaker = _salient(state, q.span.begin) if pointing else None
        if pointing is None:
            pointing = _title_pointing_back(state, phrase)
            speaker = _salient(state, q.span.begin) if pointing else None
            speaker = None if speaker is None or state.lookup.holds_a_title(speaker) else speaker
        return Attribution(q, speaker, Span(q.span.begin, pointing), "quote.after-verb-description") \
            if speaker else None
    return Attribution(q, speaker, Span(q.span.begin, phrase.end), "quote.after-verb-name")


def _holder_of_a_contracted_title(state: _State[P], phrase: Span, q: QuoteSpan) -> P | None:
    """'…,” tutur Kadiskopukm Kota X.': a title contracted onto a body's short form, with no name after it, names the
    one the article gave that title in that body (`Lookup.holder_of_contracted_title`); only a word that is no name."""
    words = state.doc.slice(phrase).split()
    if not words or state.lookup.person_named(words[0], Span(phrase.begin, phrase.begin + len(words[0])), False):
        return None
    return state.lookup.holder_of_contracted_title(words[0], q.span.begin)


def _spokesperson(state: _State[P], phrase: Span) -> tuple[P, Span] | None:
    """'…,” jelas Kepala Dinas X, Budi melalui Kepala Bidang Y, Rina.': the words reach the reporter through the
    official named after 'melalui', who is the speaker. Only a title and a name after it: 'melalui WhatsApp',
    'lewat Zoom' name the channel, and a title alone names no one the article knows."""
    via = "|".join(map(re.escape, state.cues.via_words))
    m = re.compile(rf"[ \t]+(?:{via})(?![\w-])").match(state.doc.text, phrase.end) if via else None
    after = _attribution_phrase(state, m.end()) if m else None
    if after is None or not state.blocked(after.begin):
        return None  # no title opens it
    name = _trailing_name(state, after)
    if name is None or name.begin == after.begin:
        return None
    speaker = _person_named(state, name, create=True)
    return (speaker, after) if speaker is not None else None


def _lowercase_title(state: _State[P], q: QuoteSpan, begin: int) -> Attribution[P] | None:
    """'…,” kata anggota Komisi IV DPRD X, Budi Santoso.' names the speaker after the comma of apposition;
    '…,” tambah politisi Partai X.' names no one and describes the speaker already presented. The words after a
    lower-case title are its organisation, so a name is taken only from a later comma-separated part."""
    titles = "|".join(map(re.escape, state.cues.lowercase_titles))
    m = re.compile(rf"[ \t]+(?:{titles})(?![\w-])").match(state.doc.text, begin) if titles else None
    if not m:
        return None
    phrase = _attribution_phrase(state, m.end())
    if phrase is not None:
        named = [x for x in state.beginning_in(phrase.begin, phrase.end) if x.how != "quote"]
        name = _trailing_name(state, phrase)
        comma = state.doc.text.find(",", phrase.begin, phrase.end)
        if named:
            return Attribution(q, named[-1].person, Span(q.span.begin, phrase.end), "quote.after-verb-name")
        if name is not None and comma != -1 and name.begin > comma:
            speaker = _person_named(state, name, create=True)
            return Attribution(q, speaker, Span(q.span.begin, phrase.end), "quote.after-verb-name") if speaker else None
    end = phrase.end if phrase is not None else m.end()
    speaker = _salient(state, q.span.begin)
    return Attribution(q, speaker, Span(q.span.begin, end), "quote.after-verb-description") if speaker else None


def _lowercase_head_title(state: _State[P], q: QuoteSpan, begin: int) -> Attribution[P] | None:
    """'…,” pungkas gubernur.': a title one person holds, in lower case and alone, names the holder the article gave
    it to; None where it gave it to no one (nor does any other reading name someone for it)."""
    titles = "|".join(map(re.escape, state.cues.lowercase_head_titles))
    m = re.compile(rf"[ \t]+(?P<title>{titles})(?=[ \t]*[.,;]|$)").match(state.doc.text, begin) if titles else None
    if not m:
        return None
    holder = state.lookup.holder_of_title(m.group("title").title(), q.span.begin)
    return Attribution(q, holder, Span(q.span.begin, m.end()), "quote.after-verb-title") if holder else None


def _title_pointing_back(state: _State[P], phrase: Span) -> int | None:
    """'…,” tambah Kepala Dinas X itu.': a title no one the article named holds, then a word that points back, means
    the one who was speaking, if the article gave that person no title of another: the end of the words, or None."""
    ends = "|".join(map(re.escape, state.cues.description_ends))
    m = re.compile(rf"[ \t]+(?:{ends})(?![\w-])").match(state.doc.text, phrase.end)
    return m.end() if m else None


def _description(state: _State[P], begin: int) -> int | None:
    """The end of a lowercase description that points back ('manajer personalia itu', 'pria berusia 40
    tahun tersebut', 'mantan kepala bagian gizi Dinas Kesehatan itu'), or None."""
    ends = "|".join(map(re.escape, state.cues.description_ends))
    m = re.compile(rf"[ \t]+[a-z][\w-]*(?:[ \t]+[\w-]+){{0,7}}?[ \t]+(?:{ends})(?![\w-])").match(state.doc.text, begin)
    return m.end() if m else None


# ---------------------------------------------------------------- the attribution before the quotation
def _before(state: _State[P], q: QuoteSpan) -> Attribution[P] | None:
    """'Budi mengatakan, “…', 'Ia menambahkan: “…', 'Menurut Budi, “…': the speaker introduced in the same
    sentence, just before the opening mark."""
    text, cues = state.doc.text, state.cues
    sent = state.doc.sentence_at(q.span.begin)
    head = text[sent.begin:q.span.begin]
    m = re.search(rf"(?:^|\s)\S+\s+{_particles(cues)}(?:{'|'.join(map(re.escape, cues.verbs_before))})\s*[,:]?\s*$", head)
    if not m:
        return None
    begin = sent.begin + m.start()
    speaking = [x for x in state.beginning_in(sent.begin, q.span.begin) if x.how == "speaker"]
    speaker = speaking[-1].person if speaking else _salient(state, q.span.begin)
    return Attribution(q, speaker, Span(begin, q.span.end), "quote.before-verb") if speaker else None


# ---------------------------------------------------------------- the attribution in the next sentence
def _named_next(state: _State[P], q: QuoteSpan) -> Attribution[P] | None:
    """'“…”\nDemikian disampaikan Kepala Dinas X, Budi.': the sentence right after the quotation opens with a
    passive speech verb and names who said it."""
    doc = state.doc
    at = bisect_left(doc.sentences, q.span.end, key=lambda s: s.begin)
    if at == len(doc.sentences):
        return None
    nxt = doc.sentences[at]
    if doc.text[q.span.end:nxt.begin].strip(" \t\n.,"):
        return None  # the quotation's own sentence goes on
    passive = "|".join(map(re.escape, state.cues.verbs_passive))
    if not re.match(rf"(?:\S+\s+){{0,2}}(?:{passive})(?![\w-])", doc.text[nxt.begin:nxt.end], re.IGNORECASE):
        return None
    named = [x for x in state.beginning_in(nxt.begin, nxt.end) if x.how == "speaker"]
    return Attribution(q, named[0].person, Span(q.span.begin, named[0].span.end), "quote.named-next") if named else None


# ---------------------------------------------------------------- no attribution
def _continued(state: _State[P], q: QuoteSpan, previous: Attribution[P] | None) -> Attribution[P] | None:
    """A quotation with no attribution right after another, in the same or the next paragraph, goes on in
    the same voice."""
    if previous is None or _words(state, q) < MIN_WORDS_WITHOUT_VERB:
        return None
    gap = state.doc.sentence_at(q.span.begin).paragraph - state.doc.sentence_at(previous.quote.span.begin).paragraph
    if gap > 1:
        return None
    between = [x for x in state.beginning_in(previous.evidence.end, q.span.begin) if x.how in SPEAKING]
    if between and between[-1].person is not previous.speaker:
        return None  # someone else was presented as speaking in between
    return Attribution(q, previous.speaker, q.span, "quote.continues")


def _salient_only(state: _State[P], q: QuoteSpan) -> Attribution[P] | None:
    if _words(state, q) < MIN_WORDS_BY_SALIENCE:
        return None
    speaker = _salient(state, q.span.begin)
    return Attribution(q, speaker, q.span, "quote.salient-speaker") if speaker else None


def _words(state: _State[P], q: QuoteSpan) -> int:
    return len(state.doc.slice(q.inner).split())


# ---------------------------------------------------------------- salience
def _salient(state: _State[P], offset: int) -> P | None:
    """The person a pronoun ('ujarnya', 'kata dia') before `offset` means: going back sentence by sentence,
    the first sentence that names someone other than in passing decides; in it, the last person presented
    as speaking (an attribution, the subject of a speech verb), else the first person it names. A person
    named in passing ('sesuai visi dari mantan Bupati X', 'bersama Budi') is not the one who speaks."""
    doc = state.doc
    here = doc.sentence_at(offset)
    for i in range(here.index, -1, -1):
        sent = doc.sentences[i]
        if here.paragraph - sent.paragraph >= SALIENCE_PARAGRAPHS:
            break
        end = offset if sent.index == here.index else sent.end
        pronoun_subject = _opens_with_pronoun(state, sent)
        inside = [x for x in state.beginning_in(sent.begin, end) if not _in_passing(state, sent, x)
                  and not (pronoun_subject and x.how not in SPEAKING)]
        speaking = [x for x in inside if x.how in SPEAKING]
        if speaking:
            return speaking[-1].person
        if inside:
            return _speaker_earlier_in_the_paragraph(state, sent, inside[0].person) or inside[0].person
    return None


def _speaker_earlier_in_the_paragraph(state: _State[P], sent: Sentence, named: P) -> P | None:
    """'Budi ingin jatah ditambah. Pekan depan, Menteri X berkunjung ke Y. "Semoga …," tuturnya.': where
    the sentence that decides names, with no word of speech, someone no quotation was given to, and an earlier
    sentence of its paragraph names (other than in passing) one a quotation was given to, the pronoun means the one
    already quoted; the other is what they speak of."""
    doc = state.doc
    spoke = [x.person for x in state.mentions if x.span.begin < sent.begin and x.how == "quote"]
    if any(p is named for p in spoke) or _speech_verb_in(state, sent):
        return None
    for i in range(sent.index - 1, -1, -1):
        earlier = doc.sentences[i]
        if earlier.paragraph != sent.paragraph:
            return None
        known = [x.person for x in state.beginning_in(earlier.begin, earlier.end)
                 if any(p is x.person for p in spoke) and not _in_passing(state, earlier, x)]
        if known:
            return known[-1]
    return None


def _speech_verb_in(state: _State[P], sent: Sentence) -> bool:
    """Whether the sentence holds a word that attributes speech ('menyebutkan', 'kata')."""
    words = set(re.findall(r"[^\W\d_]+", state.doc.text[sent.begin:sent.end].lower()))
    return any(v in words for v in (*state.cues.verbs_before, *state.cues.verbs_after) if " " not in v)


def _opens_with_pronoun(state: _State[P], sent: Sentence) -> bool:
    """'Ia yang didampingi Sekretaris Dinas Budi …', 'Menurutnya, langkah itu sejalan dengan arahan Menteri X': a
    sentence whose subject is a pronoun, or that opens by giving the one a pronoun means as its source, goes on
    about that one; the others it names without presenting them as speaking do not become the one 'katanya'
    means."""
    first = re.match(r"\s*([^\W\d_]+)", state.doc.text[sent.begin:sent.begin + 20])
    if first is None:
        return False
    word, suffix = first.group(1).lower(), state.cues.pronoun_suffix
    return word in state.cues.pronouns or (word.endswith(suffix) and word[:-len(suffix)] in state.cues.source_words)


def _last_speaker_before(state: _State[P], offset: int) -> P | None:
    """'…,” jelasnya.' many paragraphs after the speaker last spoke (figures and background in between): a
    speech verb with a pronoun must mean someone, and the press means whoever last spoke in the article."""
    speaking = [x for x in state.mentions if x.span.begin < offset and x.how in SPEAKING]
    return speaking[-1].person if speaking else None


def _in_passing(state: _State[P], sent: Sentence, mention: Mention[P]) -> bool:
    """The last lowercase word before the mention and its title is a preposition ('dari', 'kepada') or a noun of what
    the person directed or led ('sesuai arahan Gubernur X'), whose possessor is named in passing."""
    if mention.how in SPEAKING:
        return False
    prefix = state.doc.text[sent.begin:mention.span.begin]
    lowercase = [w for w in re.findall(r"[^\W\d_][\w-]*", prefix) if w[:1].islower() and w not in state.cues.name_joiners]
    if not lowercase:
        return False
    last = lowercase[-1]
    # 'SK yang disahkan Gubernur X', 'jalan yang diresmikan Bupati Y': the agent of a passive verb that is no speech
    # verb is named in passing, as one after a preposition is
    passive = state.cues.passive_verb
    return last in state.cues.object_markers or (passive is not None and passive.fullmatch(last) is not None
                                                 and last not in state.cues.verbs_passive)


def _passive_verb_form(affixes: dict) -> re.Pattern:
    """A passive verb: its prefix, a root of three letters or more and one of its suffixes ('disahkan', 'disetujui')."""
    suffixes = "|".join(map(re.escape, affixes["suffixes"]))
    return re.compile(rf"{re.escape(affixes['prefix'])}[a-z]{{3,}}(?:{suffixes})")


# ---------------------------------------------------------------- speakers named in the text
def _mark_speech_subjects(state: _State[P], quotes: list[QuoteSpan]) -> None:
    """'Budi mengatakan …', 'Kepala Dinas X, Budi, menjelaskan …', 'Menurut Budi, …', 'Hal itu disampaikan
    Kepala Dinas X, Budi, di …': the person named is presented as speaking, whether or not a quotation follows."""
    text, cues = state.doc.text, state.cues
    inside_quotes = _Reach([q.span for q in quotes])
    before = "|".join(map(re.escape, cues.verbs_before))
    subjects = re.compile(rf"(?<![\w-]){_particles(cues)}(?:{before})(?![\w-])")
    # every match opens with a particle or a verb: tried only where one begins, not at every offset of the text
    for m in matches_at(subjects, text, offsets_of_any(text, cues.verb_particles + cues.verbs_before)):
        if inside_quotes.covers(m.start()):
            continue
        phrase = _phrase_ending_at(state, m.start())
        if phrase is not None and state.doc.slice(phrase).lower() not in cues.pronouns and not _named_as_object(state, phrase):
            speaker = _person_in_phrase(state, phrase, after_title=_after_title(state, phrase))
            if speaker is not None:
                state.add(Mention(phrase, speaker, "speaker"))
    lead = "|".join(map(re.escape, cues.verbs_passive + cues.source_words))
    agent = "|".join(map(re.escape, cues.agent_words))
    passive = re.compile(rf"(?<![\w-])(?:{lead})(?:\s+(?:{agent}))?(?![\w-])", re.IGNORECASE)
    for m in finditer_ignoring_case(passive, text, lowered_alike(text)):
        if inside_quotes.covers(m.start()):
            continue
        phrase = _attribution_phrase(state, m.end())
        if phrase is not None:
            speaker = _person_in_phrase(state, phrase, after_title=False)
            if speaker is not None:
                state.add(Mention(phrase, speaker, "speaker"))


def _named_as_object(state: _State[P], phrase: Span) -> bool:
    """'Ia yang didampingi Sekretaris Dinas Budi mengatakan …': a name right after a word of company
    (kg/data/indonesian.json speech_companion_words) is not the subject of the verb after it; the pronoun before is."""
    before = _LAST_LOWERCASE_WORD.search(state.doc.text[max(0, phrase.begin - 80):phrase.begin])
    return before is not None and before.group(1) in state.cues.companion_words


# the last lower-case word before a name, with only capitalised words and brackets between ('didampingi Kepala Bidang
# (Kabid) Rehabilitasi …'); a comma, a sentence's end, a line break or another lower-case word between ends the search
_LAST_LOWERCASE_WORD = re.compile(r"(?<![\w-])([a-z][\w-]*)(?:[ \t]+(?:[A-Z(][^\s,.!?]*|\)))*[ \t]*$")


def _attribution_phrase(state: _State[P], begin: int) -> Span | None:
    """The title and name after a speech verb: capitalised words, joiners, commas of apposition, a unit's number
    ('Manajer Humas X Daop 3 Medan, Budi') and a short form in brackets ('Pelaksana Tugas (Plt) Kepala …'), up to
    the first other lowercase word, bracket or sentence end ('Kepala Dinas X, Budi Santoso, di Semarang')."""
    text = state.doc.text
    end = begin
    skip_to = begin
    for m in re.finditer(r"[^\W_][\w.'’-]*|[,]|\S", text[begin:begin + 200]):
        word = m.group()
        if begin + m.start() < skip_to:
            continue
        if "\n" in text[end:begin + m.start()]:
            break  # the paragraph ended
        if word == ",":
            continue
        short_form = _SHORT_FORM_IN_BRACKETS.match(text, begin + m.start()) if word == "(" else None
        if short_form:
            skip_to = end = short_form.end()
            continue
        unit_number = word.isdigit() and len(word) <= 2 and end > begin and re.match(
            r",?[ \t]+[A-Z]", text[begin + m.end():begin + m.end() + 4]) is not None  # 'Daop 3 Medan, Budi'
        honorific = word in state.cues.honorifics or word + "." in state.cues.honorifics  # 'kata dr Budi'
        if not (word[:1].isupper() or word in state.cues.name_joiners or unit_number or honorific) \
                or word.lower() in state.cues.weekdays:
            break
        if word.endswith(".") and not re.fullmatch(r"[A-Z][a-z]?\.", word) and word[:-1].lower() not in ABBREVIATIONS:
            end = begin + m.end() - 1
            break
        end = begin + m.end()
    phrase = text[begin:end]
    stripped = phrase.strip(" ,")
    if not stripped:
        return None
    first = begin + phrase.index(stripped)
    return Span(first, first + len(stripped))


_SHORT_FORM_IN_BRACKETS = re.compile(r"\([A-Z][\w.&/-]*(?: [A-Z][\w.&/-]*){0,2}\)")


def _phrase_ending_at(state: _State[P], end: int) -> Span | None:
    """The capitalised words right before `end` (a speech verb), with a comma of apposition before the verb, the
    academic degrees written after the name between commas ('Budi Santoso, S.Pd.I, menyatakan'), and where and when
    the words were said ('Budi Santoso di Semarang, Rabu, mengatakan')."""
    text = state.doc.text
    head = text[max(0, end - 120):end]
    where_and_when = _where_and_when_closing(state, head)
    if where_and_when:
        end -= where_and_when
        head = text[max(0, end - 120):end]
    degrees = _degrees_closing(state, head)
    if degrees:
        end -= degrees
        head = text[max(0, end - 120):end]
    word = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"
    m = re.search(r"(%s(?:[ \t]+%s){0,%d}),?[ \t]*$" % (word, word, MAX_NAME_TOKENS - 1), head)
    if not m:
        return None
    begin = end - len(head) + m.start(1)
    word_before = re.search(r"(\S+)\s*$", text[max(0, begin - 40):begin])
    if word_before and word_before.group(1)[:1].islower() and not word_before.group(1).endswith(tuple(".!?:;\"”")):
        return None  # '… di Pasar Baru, mengaku …': the end of a clause, not the subject
    return Span(begin, begin + len(m.group(1)))


def _where_and_when_closing(state: _State[P], head: str) -> int:
    """How many characters at the end of `head` say where and on which day the words were said, between the name
    and its verb: ' di Semarang, Rabu,', ', Senin,' (kg/data/indonesian.json weekdays); 0 where nothing does."""
    days = "|".join(map(re.escape, state.cues.weekdays))
    m = re.search(rf"(?:[ \t]+di[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,2}})?[ \t]*,[ \t]*(?i:{days})[ \t]*,?[ \t]*$",
                  head)
    return len(m.group()) if m else 0


def _degrees_closing(state: _State[P], head: str) -> int:
    """How many characters at the end of `head` are a comma and academic degrees (kg/data/indonesian.json
    academic_suffixes) with the comma after them: ', S.Pd.I,', ', SE, MM,'; 0 where there are none."""
    m = re.search(r"(?:,[ \t]*[\w.]+)+[ \t]*,?[ \t]*$", head)
    if not m:
        return 0
    words = [w for w in re.split(r"[\s,]+", m.group()) if w]
    return len(m.group()) if _only_degrees(state, " ".join(words)) else 0


def _after_title(state: _State[P], phrase: Span) -> bool:
    """The name stands in apposition to a title: a known title or organisation comes right before it, or
    the sentence opens with capitalised words and a comma ('Direktur Perumda Tirta Jaya, Budi mengatakan')."""
    text = state.doc.text
    if _follows_title(state, phrase):
        return True
    opening = text[state.doc.sentence_at(phrase.begin).begin:phrase.begin].rstrip()
    return opening.endswith(",") and len(opening.split()) >= 2 and all(w[:1].isupper() or w[:1] in "(&" for w in opening.split())


def _person_in_phrase(state: _State[P], phrase: Span, after_title: bool = True) -> P | None:
    """A person already mentioned inside the phrase, else the name that ends it (after any title,
    organisation or place), else the holder of the title the phrase is."""
    named = [x for x in state.beginning_in(phrase.begin, phrase.end) if x.how != "quote" and x.person is not None]
    if named:  # (a name read and found to be no one's, 'I' after 'Wakil Rektor', leaves the title to be looked up)
        return named[-1].person
    name = _trailing_name(state, phrase)
    known = _person_named(state, name, create=False) if name is not None else _by_initials(state, phrase)
    if known is not None:
        return known
    title = re.sub(r"\s*,.*$", "", state.doc.slice(phrase))
    holder = state.lookup.holder_of_title(title, phrase.begin) if title else None
    if holder is not None or name is None:
        return holder
    opening = state.doc.slice(phrase).split(maxsplit=1)[0]
    if opening in state.cues.title_openers and " " not in state.doc.slice(name) \
            and re.search(r"\s(?:dan|serta)\s+$", state.doc.text[phrase.begin:name.begin]):
        return None  # 'kata Kepala Seksi Haji dan Umrah kantor …': one word joined by 'dan' to a title's is the title's
    if len(state.doc.slice(name).split()) > 1 or after_title or _follows_title(state, name):
        return _person_named(state, name, create=True)
    return None


def _by_initials(state: _State[P], phrase: Span) -> P | None:
    """'…,” ujar RHW.': a phrase of one word of two to four capitals, which `_name_ending_part` reads as no name (a
    body's short form), may be a person's initials; the people component says whose (`Lookup.person_by_initials`)."""
    word = state.doc.slice(phrase)
    if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 4):
        return None
    return state.lookup.person_by_initials(word)


def _follows_title(state: _State[P], name: Span) -> bool:
    """A known title or organisation ends right before the name ('Kepala Dinas X Budi')."""
    gap = name.begin  # where the spaces and commas right before the name start
    while gap > 0 and state.doc.text[gap - 1] in " ,":
        gap -= 1
    return state.not_names_reach(name.begin, gap)


def _person_named(state: _State[P], name: Span, create: bool) -> P | None:
    """The person a name means. A single word one letter off a part of a person already named is that
    person misspelt ('Budi Santoso … kata Bude'), not a new one, and one that begins a longer part of the one
    person named before is that person's name shortened ('Rahmatullah Hasan … tutup Rahmat'). Degrees written
    after the name are no part of it."""
    words = state.doc.slice(name)
    kept = words.split()
    while len(kept) > 1 and kept[-1] in state.cues.degrees:
        kept.pop()
    trimmed = " ".join(kept)
    if len(kept) < len(words.split()) and state.doc.text.startswith(trimmed, name.begin):
        words, name = trimmed, Span(name.begin, name.begin + len(trimmed))  # the span stays the words as written
    person = state.lookup.person_named(words, name, False)
    if person is None and " " not in words:
        near = {id(x.person): x.person for part, x in state.parts_like(words) if x.span.begin < name.begin
                and _one_letter_off(words, [part])}
        if not near and len(words) >= MIN_LETTERS_FOR_SHORTENED:  # 'Rahmatullah Hasan … tutup Rahmat': shortened
            near = {id(x.person): x.person for _, x in state.longer_parts(words) if x.span.begin < name.begin}
        person = next(iter(near.values())) if len(near) == 1 else None
    return person if person is not None or not create else state.lookup.person_named(words, name, True)


def _one_letter_off(word: str, name_parts: list[str]) -> bool:
    return len(word) >= MIN_LETTERS_FOR_TYPO and any(
        len(part) == len(word) and part[0] == word[0] and sum(a != b for a, b in zip(part, word)) == 1 for part in name_parts)


def _trailing_name(state: _State[P], phrase: Span) -> Span | None:
    """The name in the phrase: in the last comma-separated part that holds one, what follows the title,
    organisation or place: 'Kepala Dinas Sosial Kota Kediri Budi Santoso' -> 'Budi Santoso' (when 'Kota
    Kediri' is known), 'Kepala Dinas X, Budi' -> 'Budi', 'Budi, OJK' -> 'Budi'."""
    text = state.doc.text
    bounds = [phrase.begin] + [phrase.begin + m.end() for m in re.finditer(",", text[phrase.begin:phrase.end])] + [phrase.end + 1]
    for begin, end in reversed(list(zip(bounds, bounds[1:]))):
        if _only_degrees(state, text[begin:end - 1]):
            continue  # 'Budi Santoso, S.Pd.I, kepada …': the degrees after a comma are no one's name
        name = _name_ending_part(state, begin, end - 1)
        if name is not None:
            return name
    return None


def _only_degrees(state: _State[P], part: str) -> bool:
    """Whether the words of a part of an attribution are all academic degrees (kg/data/indonesian.json
    academic_suffixes), with or without their last dot."""
    words = part.split()
    return bool(words) and all(w in state.cues.degrees or w + "." in state.cues.degrees or w.rstrip(".") in
                               state.cues.degrees for w in words)


def _name_ending_part(state: _State[P], begin: int, end: int) -> Span | None:
    tokens = [t for t in state.doc.tokens_in(begin, end) if t.is_word]
    name: list = []
    for t in reversed(tokens):
        blocked = state.blocked(t.begin)
        acronym = len(t.text) >= 3 and t.text.isupper()
        place = gazetteer.is_place(t.text) or t.text in state.cues.place_prefixes
        if blocked or acronym or place or not t.text[:1].isupper() or len(name) == MAX_NAME_TOKENS \
                or state.cues.not_a_name(t.text):
            break  # … or 'Humas' of 'Kepala Bagian Umum dan Humas Nama': a word no name holds ends the name
        name.insert(0, t)
    while len(name) > 1 and (name[0].text in state.cues.honorifics or name[0].text + "." in state.cues.honorifics):
        name.pop(0)  # 'H Budi Santoso', 'Dr. Budi Santoso': the man is Budi Santoso
    if not name:
        return None
    if len(name) > 1 and gazetteer.lookup(" ".join(t.text for t in name), districts=True) \
            and state.doc.text[max(0, name[0].begin - 20):name[0].begin].rstrip().endswith(")"):
        return None  # '…, Rabu (5/2) Lembah Gumanti mengatakan': where the interview was, after its date
    return Span(name[0].begin, name[-1].end)


def _particles(cues: SpeechCues) -> str:
    """A pattern for the particles a speech verb may follow ('Budi pun mengatakan', 'Ia juga menjelaskan')."""
    return rf"(?:(?:{'|'.join(map(re.escape, cues.verb_particles))})\s+)?"


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))
