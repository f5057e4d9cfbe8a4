"""News outlets in the dateline forms the regional press uses."""
import pytest

import kg


@pytest.mark.parametrize("text, publisher, place", [
    ("SultengTerkini.Com, PALU- Kantor OJK mencatat kredit naik.", "sultengterkini-com", "city-palu"),
    ("Manado, WARTA.SULUT.CO.ID SULUT. CO. ID. - Kota Manado merayakan hari jadinya.", "warta-sulut-co-id", "city-manado"),
    ("KOTAMOBAGU– Dinas Kesehatan mencatat kasus naik.", None, "city-kotamobagu"),
    ("TEMPO.CO, Jakarta - Dinas Kesehatan mencatat kasus naik.", "tempo-co", "dki-jakarta"),
    ("SERANG, beritabanten.com - Dinas Kesehatan mencatat kasus naik.", "beritabanten-com", "city-serang"),
    ("PALU, kabarsulteng.id – Dinas Kesehatan mencatat kasus naik.", "kabarsulteng-id", "city-palu"),
])
def test_dateline_forms(text, publisher, place):
    f = kg.extract(text)
    assert (f.publisher, f.dateline_place) == (publisher, place)


def test_a_sentence_that_opens_with_a_dash_is_no_dateline():
    f = kg.extract("Warga menerima bantuan - kata petugas dinas kemarin.")
    assert (f.publisher, f.dateline_place) == (None, None)
