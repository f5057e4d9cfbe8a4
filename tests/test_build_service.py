"""The batch builder's pure parts: progress lines and the language check."""
import pytest

from kg.build_service import language_cues, looks_english, progress_line


@pytest.mark.parametrize("done, total, elapsed, line", [
    (12, 300, 3.0, "12/300 articles, 4.0/s, about 1 min 12 s left"),
    (3, 4, 1.5, "3/4 articles, 2.0/s, about 0 s left"),
    (4, 4, 2.0, "4/4 articles, 2.0/s"),
    (0, 10, 0.0, "0/10 articles, 0.0/s"),
])
def test_progress_line(done, total, elapsed, line):
    assert progress_line(done, total, elapsed) == line


ENGLISH = "The head of the agency said that its office is open again and was open to the public from Monday, with new staff and for all."
INDONESIAN = ("Kepala dinas itu mengatakan dalam rapat pada Senin bahwa kantor yang baru akan dibuka untuk warga dan "
              "tidak dipungut biaya dari pemohon dengan syarat ini, kata dia; begitu ujar pejabat di sana.")


def test_every_english_cue_in_the_english_sentence():
    words = set(ENGLISH.casefold().replace(",", " ").replace(".", " ").split())
    assert language_cues()["english"] <= words
    assert looks_english(ENGLISH)


def test_every_indonesian_cue_in_the_indonesian_sentence():
    words = set(INDONESIAN.casefold().replace(",", " ").replace(".", " ").replace(";", " ").split())
    assert language_cues()["indonesian"] <= words
    assert not looks_english(INDONESIAN)


def test_a_few_english_words_in_indonesian_text_are_not_english():
    assert not looks_english("Penghargaan the best of the year and the winner of the month diumumkan di Jakarta dan "
                             "Bandung pada Senin, kata panitia yang hadir dari dinas itu dengan tim ini.")
