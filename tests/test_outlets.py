"""News outlets in the dateline forms the regional press uses."""
import pytest

import kg


@pytest.mark.parametrize("text, publisher, place", [
    ("SultengTerkini.Com, PALU- Kantor OJK mencatat kredit naik.", "sultengterkini-com", "city-palu"),
    ("Manado, WARTA.SULUT.CO.ID SULUT. CO. ID. - Kota Manado merayakan hari jadinya.", "warta-sulut-co-id", "city-manado"),
    ("KOTAMOBAGU– Dinas Kesehatan mencatat kasus naik.", None, "city-kotamobagu"),
    ("TEMPO.CO, Jakarta - Dinas Kesehatan mencatat kasus naik.", "tempo-co", "dki-jakarta"),
])
def test_dateline_forms(text, publisher, place):
    f = kg.extract(text)
    assert (f.publisher, f.dateline_place) == (publisher, place)
