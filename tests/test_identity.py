"""The one key and IRI policy (kg/identity.py): keys are readable and stable, and the drawings read back the
kind of any IRI the writer makes."""
import pytest

from kg.identity import (entity_path, government_key, kind_of_iri, law_key, membership_path, place_key, place_key_name,
                         unique_key, unit_key)

BASE = "https://example.org/id/"


def test_a_city_and_a_regency_carry_their_kind_other_places_do_not():
    assert [place_key("city", "Madiun"), place_key("regency", "Madiun"), place_key("province", "Jawa Timur"),
            place_key(None, "Ciayumajakuning")] == ["city-madiun", "regency-madiun", "jawa-timur", "ciayumajakuning"]
    assert [place_key_name("regency-madiun"), place_key_name("jawa-timur")] == ["madiun", "jawa-timur"]


def test_organisation_keys():
    assert unit_key("bpjs-kesehatan", "Kantor Cabang Jember") == "bpjs-kesehatan/kantor-cabang-jember"
    assert government_key("kabupaten", "Jember") == "pemerintah-kabupaten-jember"
    assert government_key(None, "Jember") == "pemerintah-jember"


def test_a_law_number_that_holds_its_year_is_not_given_the_year_twice():
    assert law_key("Peraturan Pemerintah", "6", "2025") == "peraturan-pemerintah-6-2025"
    assert law_key("Peraturan Menteri Keuangan", "12/PMK.02/2024", "2024") == "peraturan-menteri-keuangan-12-pmk-02-2024"


def test_a_key_taken_gets_the_next_free_number():
    used = set()
    assert [unique_key("dinas-sosial", used) for _ in range(3)] == ["dinas-sosial", "dinas-sosial-2", "dinas-sosial-3"]
    assert used == {"dinas-sosial", "dinas-sosial-2", "dinas-sosial-3"}


def test_a_membership_path_flattens_a_units_key():
    assert membership_path("rina-wati", "Kepala", "bpjs-kesehatan/kantor-cabang-jember") == \
        "membership/rina-wati--kepala--bpjs-kesehatan--kantor-cabang-jember"


@pytest.mark.parametrize("kind, key, expected", [
    ("person", "rina-wati", "person"), ("place", "city-madiun", "place"), ("program", "jaminan-hari-tua", "program"),
    ("legislation", "peraturan-pemerintah-6-2025", "legislation"), ("org", "dinas-sosial", "organisation"),
    ("org", "bpjs-kesehatan/kantor-cabang-jember", "unit"), ("indicator", "kredit", "indicator")])
def test_the_kind_of_an_iri_the_writer_makes_is_read_back(kind, key, expected):
    assert kind_of_iri(BASE + entity_path(kind, key)) == expected


def test_an_iri_of_another_scheme_is_other():
    assert kind_of_iri("https://example.org/id/article/2025-01-02-madiun-abc") == "other"
