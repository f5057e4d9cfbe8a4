"""Document: paragraphs, sentences and tokens with exact offsets into the text."""
import re

import pytest

from hypothesis import given, settings, strategies as st

from kg.document import ABBREVIATIONS, ASCII_CASE_VARIANTS, ClaimedText, Document, LiteralFilter, NameOccurrences, Span, \
    SpanIndex, Token, last_word, matches_at, offsets_of_any, opening_literals


def test_tokens_keep_numbers_and_dotted_words():
    doc = Document("Bisnis.com mencatat 2.406.117 peserta dan 45,2 persen.")
    words = [t.text for t in doc.tokens]
    assert "Bisnis.com" in words and "2.406.117" in words and "45,2" in words


def test_a_line_that_ends_without_a_mark_ends_in_a_line_break_token():
    doc = Document("Dinas Sosial Salurkan Bantuan\nRudi Hartono hadir.\nIa membagikan beras.\n")
    assert [t.text for t in doc.tokens][3:6] == ["Bantuan", "\n", "Rudi"]
    assert "\n" not in [t.text for t in doc.tokens][6:]  # after a full stop the mark ends the line's words


def test_sentences_do_not_break_after_titles_or_inside_numbers():
    doc = Document("Kepala Dinas dr. Wati Lestari hadir. Ia membagikan Rp1.500.000 kepada warga.")
    assert len(doc.sentences) == 2
    assert doc.text[doc.sentences[1].begin:doc.sentences[1].end].startswith("Ia membagikan")


@pytest.mark.parametrize("abbreviation", sorted(ABBREVIATIONS))
def test_no_listed_abbreviation_ends_a_sentence(abbreviation):
    word = abbreviation.capitalize()
    doc = Document(f"Surat itu dibawa oleh {word}. Santoso ke kantor dinas.")
    assert len(doc.sentences) == 1


def test_a_word_off_the_list_with_a_full_stop_ends_the_sentence():
    assert len(Document("Surat itu dibawa oleh kurir. Santoso menerimanya.").sentences) == 2


def test_a_word_opens_its_sentence_after_an_opening_quotation_mark_or_bracket():
    doc = Document("Warga datang. \u201cKinerja kantor baik,\u201d kata Rina (Ketua RT).")
    assert [doc.opens_its_sentence(doc.text.index(w)) for w in ("Warga", "Kinerja", "kantor", "Ketua")] == [
        True, True, False, False]


@pytest.mark.parametrize("text, sentences", [
    ("Rute terpadat, 1. Medan 700 orang, 2. Padang 500 orang dan 3. Jambi 90 orang. Esok ramai.", 2),
    ("Urutannya: 1. Medan 700 orang; 2. Padang 500 orang. Esok ramai.", 2),
    ("Tujuannya ada 2. Medan dan Padang ramai.", 2),
    ("Peserta naik pada 2024. Medan ramai.", 2),
    ("Indeksnya mencapai 110,25. Namun, harga naik.", 2),  # the decimals of a figure, not an item's number
])
def test_items_numbered_inside_a_sentence_end_no_sentence(text, sentences):
    """', 1. Medan', 'dan 3. Jambi': a small number after a comma, colon or 'dan' numbers an item; a number that
    closes a clause ('ada 2.', '2024.') still ends its sentence."""
    assert len(Document(text).sentences) == sentences


def test_paragraphs_split_on_newlines_and_sentence_at():
    text = "Paragraf satu di Kota Raja.\n\nParagraf dua. Kalimat tiga."
    doc = Document(text)
    assert len(doc.paragraphs) == 2
    s = doc.sentence_at(text.index("Kalimat"))
    assert text[s.begin:s.end] == "Kalimat tiga."
    assert s.paragraph == 1


def test_span_rejects_reversed_offsets():
    import pytest
    with pytest.raises(ValueError):
        Span(5, 2)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_every_token_and_sentence_is_an_exact_slice(text):
    doc = Document(text)
    for t in doc.tokens:
        assert text[t.begin:t.end] == t.text
    for s in doc.sentences:
        assert 0 <= s.begin <= s.end <= len(text)
        assert text[s.begin:s.end].strip()
    for p in doc.paragraphs:
        assert text[p.begin:p.end] == text[p.begin:p.end].strip()


def test_span_index_answers_in_the_order_of_its_list():
    spans = [Span(10, 14), Span(2, 6), Span(4, 9), Span(20, 22)]
    index = SpanIndex(spans, lambda s: s)
    assert index.beginning_in(2, 11) == [Span(10, 14), Span(2, 6), Span(4, 9)]
    assert index.beginning_in(5, 10) == []
    assert index.overlapping(Span(5, 11)) == [Span(10, 14), Span(2, 6), Span(4, 9)]
    assert index.overlapping(Span(14, 20)) == []
    assert index.containing(Span(5, 6)) == [Span(2, 6), Span(4, 9)]
    assert index.containing(Span(8, 11)) == []


def test_name_occurrences_match_a_search_of_each_window():
    text = "Kota Tegal dan Tegal-Slawi, Tegalan; (Tegal) Tegal Tegal"
    names = NameOccurrences(text)
    names.add(["Tegal", "Kota Tegal", "Tegal Tegal", "(Tegal"])
    assert names.in_window(0, len(text)) == {"Kota Tegal": [0], "Tegal": [5, 38, 45, 51], "(Tegal": [37],
                                             "Tegal Tegal": [45]}
    assert names.in_window(28, 33) == {"Tegal": [28]}  # the window ends inside 'Tegalan'
    assert names.in_window(6, 20) == {"Tegal": [15]}  # ... and before its hyphen
    assert names.in_window(6, 21) == {}


def _searched(text: str, names: list[str], begin: int, end: int) -> dict[str, list[int]]:
    found = {}
    for name in names:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        starts = [m.start() for m in pattern.finditer(text, begin, end)]
        if starts:
            found[name] = starts
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab -.", max_size=40), st.lists(st.text(alphabet="ab -", min_size=1, max_size=4), max_size=4),
       st.integers(0, 40), st.integers(0, 40))
def test_name_occurrences_agree_with_the_regular_expression(text, names, begin, end):
    occurrences = NameOccurrences(text)
    occurrences.add(names)
    begin, end = min(begin, end, len(text)), min(max(begin, end), len(text))
    assert occurrences.in_window(begin, end) == _searched(text, list(dict.fromkeys(names)), begin, end)


def test_literal_filter_rules_out_only_texts_without_the_word():
    holds = LiteralFilter("Bantuan Kartu Sehat dibagikan di Kota Palu.")
    assert holds.may_hold("Kartu Sehat") and not holds.may_hold("kartu sehat")
    assert holds.may_hold("kartu sehat", ignore_case=True) and not holds.may_hold("beasiswa", ignore_case=True)
    # re.IGNORECASE matches 'ſ' to 's': a text with such a letter is always searched
    assert LiteralFilter("Kartu ſehat").may_hold("kartu sehat", ignore_case=True)
    assert re.search("kartu sehat", "Kartu ſehat", re.IGNORECASE)


def test_the_ascii_case_variants_are_all_that_ignorecase_matches_to_ascii_letters():
    odd = {chr(c) for c in range(0x80, 0x110000) if re.fullmatch("[a-z]", chr(c), re.IGNORECASE)}
    assert odd == set(ASCII_CASE_VARIANTS)


@given(st.text(alphabet="aAbB -ſ", max_size=40), st.text(alphabet="ab", min_size=1, max_size=3), st.booleans())
def test_literal_filter_finds_what_the_pattern_finds_where_the_literal_begins(text, literal, ignore_case):
    # a look-behind before the literal and a look-ahead after it: the shape of a whole-word pattern
    pattern = re.compile(rf"(?<![\w-]){re.escape(literal)}(?![\w-])", re.IGNORECASE if ignore_case else 0)
    found = LiteralFilter(text).finditer(pattern, literal, ignore_case)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_literal_starts_overlap_and_fold_case_only_when_asked():
    holds = LiteralFilter("Aaa aaa")
    assert holds.starts("aa") == [1, 4, 5]
    assert holds.starts("aa", ignore_case=True) == [0, 1, 4, 5]
    assert LiteralFilter("Kartu ſehat").starts("sehat", ignore_case=True) is None  # only the pattern can tell


@given(st.text(alphabet="ab -", max_size=30))
def test_matches_at_the_offsets_of_the_opening_words_are_the_pattern_s_matches(text):
    words = ("ab", "b")
    pattern = re.compile(r"(?<![\w-])(?:(?:ab)\s+)?b+(?![\w-])")
    found = matches_at(pattern, text, offsets_of_any(text, words))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_offsets_of_any_refuses_an_empty_word():
    with pytest.raises(ValueError):
        offsets_of_any("teks", ("",))


def test_claimed_text_answers_for_each_offset():
    claimed = ClaimedText(10)
    assert claimed.covers_each([0, 9]) == [False, False]
    claimed.append(Span(2, 4))
    assert claimed.covers_each([1, 2, 3, 4, 12]) == [False, True, True, False, False]


def test_tokens_stay_frozen_and_compare_by_value():
    token = Document("Dinas Sosial").tokens[1]
    assert token == Token("Sosial", 6, 12, 1) and hash(token) == hash(Token("Sosial", 6, 12, 1))
    with pytest.raises(AttributeError):
        token.text = "Kesehatan"


OPENING_PATTERNS = [
    r"(?<!\w)(?:(?:pada|akhir)\s+)?(?:bulan\s+)?(?:juni|juli)\s+\d{2}",
    r"(?:(?P<cue>akhir|hingga\s+akhir)\s+)?(?P<m>juni|juli)(?!\w)",
    r"(?:ju|pa)+ni",
    r"\b(?:bulan|juli)?\s*ni",  # may open with a space: a class, so no strings
    r"(?:[jp][au]){1,2}li",
]


@pytest.mark.parametrize("source", OPENING_PATTERNS)
@settings(max_examples=150)
@given(text=st.text(alphabet="ajupnil khr1 2bde", max_size=50))
def test_matches_tried_at_the_opening_strings_are_every_match(source, text):
    pattern = re.compile(source)
    openings = opening_literals(pattern)
    if openings is None:
        return
    found = matches_at(pattern, text, offsets_of_any(text, openings))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_opening_strings_are_refused_where_a_match_may_begin_anywhere():
    assert opening_literals(re.compile(r"\w+ kata")) is None
    assert opening_literals(re.compile(r"(?:kata)?")) is None  # may match nothing
    assert opening_literals(re.compile(r"(?:kata )?\d+")) is None  # digits: one character each
    assert opening_literals(re.compile("kata", re.IGNORECASE)) is None
    assert opening_literals(re.compile(r"(?:[jp][au]){1,2}li")) is None  # a class: single characters
    assert opening_literals(re.compile(r"(?<![\w-])(?:(?:ju|pa)\s+)?(?:bulan|juli)")) == ("bulan", "ju", "pa")


def test_opening_strings_keep_a_rare_sign_and_refuse_a_group_without_case():
    assert opening_literals(re.compile(r"(?:\$|rp)\s?\d")) == ("$", "rp")
    assert opening_literals(re.compile(r"(?i:rp)\s?\d")) is None


@given(st.text(alphabet="ab_ .,)(\"”1٣²Ⅳé\u00a0\tß", max_size=20))
def test_last_word_is_what_the_search_from_the_end_finds(stretch):
    m = re.search(r"([^\W_]+)\W*$", stretch)
    if stretch.endswith("\n"):
        return
    assert last_word("zz" + stretch + "yy", 2, 2 + len(stretch)) == (m.group(1) if m else None)


def test_word_characters_are_the_letters_and_digits_of_any_script():
    word = re.compile(r"\w")
    assert all(bool(word.match(chr(c))) == (chr(c).isalnum() or chr(c) == "_") for c in range(0x110000))


def test_a_document_keeps_answers_per_lexicon():
    doc, lexicon, other = Document("Kepala Dinas Sosial"), object(), object()
    kept = doc.kept("answers", lexicon, dict)
    assert doc.kept("answers", lexicon, dict) is kept
    assert doc.kept("answers", other, dict) is not kept
    assert doc == Document("Kepala Dinas Sosial")  # what is kept is no part of the document's value


@pytest.mark.parametrize("text, end", [
    ("Dinas X Gelar Razia Pasar\nKOTA - Dinas X menggelar razia.", len("Dinas X Gelar Razia Pasar")),
    ("KOTA - Dinas X menggelar razia.\nRazia berlanjut.", 0),
    ("Warga berkata, \"Razia Lancar\"\nRazia berlanjut.", 0),
])
def test_the_headline_is_a_first_line_no_full_stop_ends(text, end):
    assert Document(text).headline_end == end


def test_a_legal_form_written_against_its_name_is_a_token_of_its_own():
    doc = Document("Kepala PT.Sinar Jaya dan CV.Maju hadir; nilai 2.5 tetap.")
    doc.split_glued_prefixes({"PT"})
    assert [t.text for t in doc.tokens][:5] == ["Kepala", "PT", ".", "Sinar", "Jaya"]
    assert "CV.Maju" in [t.text for t in doc.tokens] and "2.5" in [t.text for t in doc.tokens]
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))


def test_a_sentence_run_on_after_a_full_stop_without_a_space_is_a_sentence_of_its_own():
    doc = Document("Tahun lalu ada 5 juta wisatawan ke Kota Sukamaju.Kepala Dinas Pariwisata Budi Santoso menjelaskan itu.")
    assert [doc.slice(doc.sentence_span(s)) for s in doc.sentences] == [
        "Tahun lalu ada 5 juta wisatawan ke Kota Sukamaju.",
        "Kepala Dinas Pariwisata Budi Santoso menjelaskan itu."]
    assert [t.text for t in doc.tokens][8:11] == ["Sukamaju", ".", "Kepala"]
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))


@pytest.mark.parametrize("text", [
    "Laporan dimuat Beritakita.com dan dikutip Kab.Bogor pada hari itu.",  # a web address; an abbreviation
    "Laporan dimuat Beritakita.Com pada hari itu.",  # a web address written in title case
    "Gelarnya S.Pd dan M.Si sudah lama.",  # degrees: one letter before the dot
])
def test_a_dot_inside_a_web_address_an_abbreviation_or_a_degree_ends_no_sentence(text):
    assert len(Document(text).sentences) == 1
