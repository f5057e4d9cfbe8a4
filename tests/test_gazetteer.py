"""The gazetteer file is well formed and its look-ups find places in the forms news writes them."""
from __future__ import annotations

from collections import Counter

import pytest

from kg.gazetteer import (
    GAZETTEER_FILE,
    HEADER,
    KINDS,
    GazetteerError,
    Place,
    canonical_name,
    is_place,
    longest_prefix,
    lookup,
    places,
    read_places,
)

PROVINCE_ABBREVIATIONS = {
    "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur", "Jabar": "Jawa Barat",
    "DIY": "DI Yogyakarta", "Daerah Istimewa Yogyakarta": "DI Yogyakarta", "Yogyakarta": "DI Yogyakarta",
    "DKI Jakarta": "DKI Jakarta", "Jakarta": "DKI Jakarta",
    "Kaltim": "Kalimantan Timur", "Kalsel": "Kalimantan Selatan", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kaltara": "Kalimantan Utara",
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Sumsel": "Sumatera Selatan",
    "Sulsel": "Sulawesi Selatan", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur",
    "Babel": "Kepulauan Bangka Belitung", "Kepri": "Kepulauan Riau",
    "Pabar": "Papua Barat", "Malut": "Maluku Utara", "NAD": "Aceh",
}


def by_kind(kind: str) -> list[Place]:
    return [p for p in places() if p.kind == kind]


def names(found: tuple[Place, ...]) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in found]


# --- the file ------------------------------------------------------------------------------------


def test_file_is_utf8_tab_separated_with_header():
    lines = GAZETTEER_FILE.read_text(encoding="utf-8").splitlines()
    assert tuple(lines[0].split("\t")) == HEADER
    assert all(line.count("\t") == 3 for line in lines)
    assert len(lines) - 1 == len(places())


def test_rows_are_sorted_by_kind_then_name():
    order = [(KINDS.index(p.kind), p.name) for p in places()]
    assert order == sorted(order)


def test_every_row_has_a_valid_kind_and_no_stray_spaces():
    for p in places():
        assert p.kind in KINDS
        assert p.name == p.name.strip() and "  " not in p.name
        assert all(a == a.strip() and a for a in p.aliases)


def test_no_duplicate_name_and_kind():
    counts = Counter((p.name, p.kind) for p in places())
    assert [key for key, n in counts.items() if n > 1] == []


def test_regencies_and_cities_name_a_province_in_the_file():
    provinces = {p.name for p in by_kind("province")}
    for p in places():
        if p.kind in ("regency", "city", "special"):
            assert p.province in provinces, p
        else:
            assert p.province == "", p


def test_counts_match_the_administrative_divisions():
    assert "Indonesia" in {p.name for p in by_kind("country")}  # and the countries news names most (Jepang, Malaysia …)
    assert len(by_kind("province")) == 38
    # 416 kabupaten and 98 kota, Jakarta's administrative ones counted as "special".
    assert len(by_kind("regency")) + 1 == 416
    assert len(by_kind("city")) + 5 == 98
    assert {p.name for p in by_kind("special")} == {
        "Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan", "Jakarta Timur", "Kepulauan Seribu"}
    assert {p.name for p in by_kind("island-region")} == {
        "Jawa", "Sumatera", "Kalimantan", "Sulawesi", "Papua", "Bali", "Nusa Tenggara", "Maluku"}


def test_both_kabupaten_and_kota_exist_where_both_do():
    for name in ("Magelang", "Malang", "Semarang", "Bandung", "Bekasi", "Kupang", "Sorong", "Jayapura"):
        assert [kind for _, kind in names(lookup(name))] == ["city", "regency"], name


def test_malformed_files_are_rejected_with_the_line(tmp_path):
    bad = tmp_path / "g.tsv"
    bad.write_text("name\tkind\tprovince\taliases\nMagelang\tkabupaten\tJawa Tengah\t\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"g\.tsv:2: kind 'kabupaten'"):
        read_places(bad)
    bad.write_text("nama\tjenis\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="header"):
        read_places(bad)
    with pytest.raises(GazetteerError, match="restore it"):
        read_places(tmp_path / "missing.tsv")


# --- look-ups ------------------------------------------------------------------------------------


def test_every_name_and_alias_resolves_back_to_its_row():
    for p in places():
        for form in (p.name, *p.aliases):
            assert p in lookup(form), (form, p)


@pytest.mark.parametrize("abbreviation, province", sorted(PROVINCE_ABBREVIATIONS.items()))
def test_province_abbreviations_resolve(abbreviation, province):
    found = lookup(abbreviation)
    assert found[0] == Place(province, "province", "", found[0].aliases)


def test_every_province_resolves_by_name_and_with_provinsi():
    for p in by_kind("province"):
        assert lookup(p.name)[0] == p
        assert lookup(f"Provinsi {p.name}") == (p,)


def test_prefixed_forms_filter_by_kind():
    assert names(lookup("Kota Malang")) == [("Malang", "city")]
    assert names(lookup("Kabupaten Malang")) == [("Malang", "regency")]
    assert names(lookup("Kab. Magelang")) == [("Magelang", "regency")]
    assert names(lookup("Provinsi Jawa Tengah")) == [("Jawa Tengah", "province")]
    assert names(lookup("Kota Solo")) == [("Surakarta", "city")]
    assert names(lookup("Kota Jakarta Selatan")) == [("Jakarta Selatan", "special")]
    assert lookup("Kota Jawa Tengah") == ()
    assert lookup("Kabupaten Surabaya") == ()
    assert lookup("Kota") == ()


def test_bare_names_order_province_city_regency_then_others():
    assert names(lookup("Gorontalo")) == [
        ("Gorontalo", "province"), ("Gorontalo", "city"), ("Gorontalo", "regency")]
    assert names(lookup("Bali")) == [("Bali", "province"), ("Bali", "island-region")]
    assert names(lookup("Yogyakarta")) == [("DI Yogyakarta", "province"), ("Yogyakarta", "city")]


def test_well_known_city_aliases():
    assert names(lookup("Solo")) == [("Surakarta", "city")]
    assert names(lookup("Jogja")) == [("Yogyakarta", "city")]
    assert names(lookup("Yogya")) == [("Yogyakarta", "city")]
    assert names(lookup("Jaksel")) == [("Jakarta Selatan", "special")]
    assert names(lookup("Sumatra")) == [("Sumatera", "island-region")]


def test_lookup_ignores_case_and_spacing():
    assert names(lookup("SEMARANG")) == names(lookup("Semarang")) == [("Semarang", "city"), ("Semarang", "regency")]
    assert names(lookup("JAKARTA")) == [("DKI Jakarta", "province")]
    assert lookup("  jawa   tengah ") == lookup("Jawa Tengah")
    assert lookup("KOTA malang") == lookup("Kota Malang")


@pytest.mark.parametrize("word", ["Pemuda", "Joko", "Sinta Maharani", "Kantor Cabang", "BPJS", "", "   "])
def test_streets_people_and_organisations_are_not_places(word):
    assert not is_place(word)
    assert lookup(word) == ()


def test_is_place():
    assert is_place("Kabupaten Magelang")
    assert is_place("Sulsel")
    assert is_place("indonesia")


# --- longest_prefix ------------------------------------------------------------------------------


def test_longest_prefix_splits_place_from_the_rest():
    n, found = longest_prefix(["Semarang", "Majapahit"])
    assert n == 1 and names(found) == [("Semarang", "city"), ("Semarang", "regency")]
    n, found = longest_prefix(["Jawa", "Tengah", "Wahyu"])
    assert n == 2 and names(found) == [("Jawa Tengah", "province")]


def test_longest_prefix_prefers_the_longer_name():
    assert longest_prefix(["Padang", "Pariaman", "hari", "ini"])[0] == 2
    assert longest_prefix(["Ogan", "Komering", "Ulu", "Selatan"]) == (4, lookup("Ogan Komering Ulu Selatan"))
    assert longest_prefix(["Kota", "Semarang", "Majapahit"]) == (2, lookup("Kota Semarang"))
    assert longest_prefix(["Kab.", "Magelang"]) == (2, lookup("Kabupaten Magelang"))
    assert longest_prefix(["Jakarta", "Selatan", "pada"])[0] == 2


def test_longest_prefix_without_a_place():
    assert longest_prefix(["Majapahit", "Semarang"]) == (0, ())
    assert longest_prefix([]) == (0, ())
    assert longest_prefix(["Kota"]) == (0, ())


# --- canonical names -----------------------------------------------------------------------------


def test_canonical_names_are_the_full_forms_news_uses():
    assert canonical_name(lookup("Kab. Magelang")[0]) == "Kabupaten Magelang"
    assert canonical_name(lookup("Kota Malang")[0]) == "Kota Malang"
    assert canonical_name(lookup("Jateng")[0]) == "Jawa Tengah"
    assert canonical_name(lookup("Jakarta")[0]) == "DKI Jakarta"
    assert canonical_name(lookup("Jaksel")[0]) == "Jakarta Selatan"
    assert canonical_name(lookup("RI")[0]) == "Indonesia"


def test_canonical_names_resolve_back_to_their_place():
    for p in places():
        assert p in lookup(canonical_name(p)), p
