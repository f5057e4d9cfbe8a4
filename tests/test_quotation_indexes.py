"""The indexes that keep attributing quotations linear in the article's length (kg/quotations.py): each answers
exactly what the scan of every span or mention it replaces answered. Sentences are written for the test."""
import random

from kg.document import Document, Span
from kg.lexicon import load
from kg.quotations import Lookup, Mention, SpeechCues, _Reach, _State

TEXT = "Kepala Dinas Sosial, Rudi Hartono, mengatakan bantuan naik. Rudi menambahkan, stok beras aman."


def state(mentions):
    lookup = Lookup(person_named=lambda name, span, create: None, holder_of_title=lambda words, before: None)
    return _State(Document(TEXT), mentions, [], lookup, SpeechCues.from_lexicon(load()))


def test_reach_answers_cover_and_reach_as_a_scan_of_every_span():
    rng = random.Random(7)
    spans = [Span(b, b + rng.randrange(0, 30)) for b in (rng.randrange(0, 200) for _ in range(60))]
    reach = _Reach(spans)
    for offset in range(0, 240):
        assert reach.covers(offset) == any(s.begin <= offset < s.end for s in spans)
        for end in range(offset - 10, offset + 40, 7):
            assert reach.reaches(offset, end) == any(s.begin < offset and s.end >= end for s in spans)


def test_reach_without_spans_covers_nothing():
    assert (_Reach([]).covers(0), _Reach([]).reaches(5, 0)) == (False, False)


def test_mentions_beginning_in_a_range_keep_text_order_and_added_ones_go_after_equal_places():
    rudi = Mention(Span(21, 33), "Rudi Hartono", "name")
    again = Mention(Span(60, 64), "Rudi Hartono", "name")
    s = state([rudi, again])
    speaker = Mention(Span(21, 33), "Rudi Hartono", "speaker")
    s.add(speaker)
    assert s.beginning_in(0, 60) == [rudi, speaker]
    assert s.beginning_in(21, 61) == [rudi, speaker, again]
    assert s.beginning_in(22, 60) == []
    assert s.new_mentions == [speaker]


def test_parts_like_a_word_are_the_name_parts_of_its_length_and_first_letter_outside_attributions():
    rudi = Mention(Span(21, 33), "Rudi Hartono", "name")
    said = Mention(Span(60, 64), "Rudi Hartono", "quote")
    s = state([rudi, said])
    assert s.parts_like("Rudy") == [("Rudi", rudi)]
    assert s.parts_like("Hartani") == [("Hartono", rudi)]
    assert s.parts_like("Budi") == []
