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


def test_the_outlet_a_source_speaks_to_is_the_publisher_where_the_dateline_names_none():
    f = kg.extract("BITUNG– Dinas Kesehatan mencatat kasus turun. “Kami terus memantau,” jelasnya kepada Warta "
                   "Bitung, Senin (4/3/2019).")
    assert f.publisher == "warta-bitung"
    assert [o.name for o in f.organizations if o.kind == "publisher"] == ["Warta Bitung"]


def test_the_outlet_a_source_speaks_to_is_another_name_of_the_dateline_outlet():
    f = kg.extract("TRIBUNBITUNG.CO.ID, BITUNG - Dinas Kesehatan mencatat kasus turun. “Kami terus memantau,” "
                   "ujarnya kepada Tribun Bitung, Senin (4/3/2019).")
    [outlet] = [o for o in f.organizations if o.kind == "publisher"]
    assert (outlet.name, outlet.aliases) == ("TRIBUNBITUNG.CO.ID", ("Tribun Bitung",))


def test_a_person_a_source_speaks_to_is_no_outlet():
    f = kg.extract("BITUNG– Kepala Dinas Kesehatan Kota Bitung Rina Wulandari meninjau posko. “Kami terus "
                   "memantau,” ujar Sekda kepada Rina Wulandari, Senin (4/3/2019).")
    assert f.publisher is None


@pytest.mark.parametrize("addressee", ["Bupati", "Kepala Dinas", "Dinas Sosial"])
def test_an_official_or_office_a_source_speaks_to_is_no_outlet(addressee):
    f = kg.extract(f"BITUNG– Warga mengeluhkan jalan rusak. “Kami sudah melapor,” ujarnya kepada {addressee}, "
                   "Senin (4/3/2019).")
    assert f.publisher is None


@pytest.mark.parametrize("cited, name, key", [
    ("disitat Antara", "Antara", "antara"),
    ("seperti dikutip dari Kompas, Senin", "Kompas", "kompas"),
    ("dilansir dari Detik.com", "Detik.com", "detik-com"),
    ("mengutip Republika", "Republika", "republika"),
])
def test_an_outlet_cited_as_the_source_is_a_news_organisation_not_the_publisher(cited, name, key):
    f = kg.extract(f"MAKASSAR - Dinas Sosial mencatat 70 keluarga menerima bantuan, kata Kepala Dinas Sosial Rudi "
                   f"Hartono, {cited}.")
    assert [(o.key, o.name) for o in f.organizations if o.kind == "publisher"] == [(key, name)]
    assert f.publisher is None


def test_an_outlet_cited_that_also_heads_the_dateline_is_one_organisation():
    f = kg.extract("Makassar (ANTARA) - Dinas Sosial mencatat 70 keluarga menerima bantuan, dikutip dari Antara.")
    assert [o.key for o in f.organizations if o.kind == "publisher"] == ["antara"] and f.publisher == "antara"


def test_a_person_or_report_quoted_after_mengutip_is_no_outlet():
    f = kg.extract("MAKASSAR - Dinas Sosial mencatat 70 keluarga menerima bantuan, mengutip Rudi Hartono dan "
                   "mengutip laporan Badan Pusat Statistik.")
    assert [o for o in f.organizations if o.kind == "publisher"] == []
