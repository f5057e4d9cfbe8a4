"""Banks of kg/data/banks.tsv: named with 'Bank', by a brand that stands alone, or in a list of banks; a brand that is
also a word or a place is never a bank by itself."""
import importlib.util
import re
import sys
from pathlib import Path

import pytest

import kg
from kg import gazetteer
from kg.identity import BANKS_FILE, banks, institution_named, norm

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_banks.py"
ROWS = sorted({b.institution.name: b for b in banks().values()}.values(), key=lambda b: b.institution.name)


def _orgs(text: str) -> list[tuple[str, str]]:
    return sorted((o.key, o.name) for o in kg.extract(text).organizations if o.kind == "org")


def _keys(text: str) -> list[str]:
    return [key for key, _ in _orgs(text)]


def test_the_file_is_what_the_script_generates(tmp_path):
    pytest.importorskip("bank", reason="scripts/build_banks.py reads the p1-bank package (test extras)")
    if not Path("/usr/share/hunspell/id_ID.dic").exists():
        pytest.skip("the script reads the hunspell Indonesian dictionary (hunspell-id)")
    spec = importlib.util.spec_from_file_location("build_banks", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_banks"] = module
    spec.loader.exec_module(module)
    date = re.search(r"^# generated: (\S+)$", BANKS_FILE.read_text(encoding="utf-8"), re.M).group(1)
    out = tmp_path / "banks.tsv"
    assert module.main(["--date", date, "--output", str(out)]) == 0
    assert out.read_bytes() == BANKS_FILE.read_bytes()


def test_the_file_names_its_source_and_version():
    text = BANKS_FILE.read_text(encoding="utf-8")
    assert re.search(r"^# source: p1-bank \d+\.\d+\.\d+ \(PyPI\)", text, re.M)


@pytest.mark.parametrize("bank", ROWS, ids=[b.institution.name for b in ROWS])
def test_every_bank_named_with_its_head_word_gets_its_key(bank):
    form = next(f for f in bank.institution.other_names if f.startswith("Bank ") or f.endswith(" Bank"))
    assert institution_named([form])[0].key == bank.institution.key
    assert bank.institution.key in _keys(f"JAKARTA - Jumlah nasabah {form} di Kota Depok bertambah tahun ini.")


@pytest.mark.parametrize("bank", [b for b in ROWS if b.brand_alone], ids=lambda b: b.brand)
def test_a_brand_that_stands_alone_is_no_word_and_no_place(bank):
    assert not gazetteer.is_place(bank.brand)
    assert bank.kind != "regional"  # a regional bank's brand is its region's name


def test_a_brand_that_stands_alone_names_the_bank():
    assert _orgs("JAKARTA - Jumlah nasabah OCBC NISP di Kota Depok bertambah 5.000 orang tahun ini.") == [
        ("bank-ocbc-nisp", "OCBC NISP")]


def test_brands_that_are_words_are_banks_in_a_list_of_banks():
    keys = _keys("MEDAN - Lima bank itu adalah Bank Nagari, BNI, Mega, Panin, dan Danamon.")
    assert {"bank-mega", "panin-bank", "bank-danamon-indonesia", "bank-negara-indonesia", "bank-nagari"} <= set(keys)


def test_a_brand_that_is_a_word_is_no_bank_outside_a_list_of_banks():
    text = ("MEDAN - Warga Desa Mandiri berlatih usaha. Kata Mega, pelatihan itu membantu. "
            "Mega, Rina, dan Sari ikut berlatih.")
    assert not any(b in _keys(text) for b in ("bank-mega", "bank-mandiri"))


def test_a_regional_banks_brand_alone_is_its_region():
    f = kg.extract("KENDARI - Bank Sultra menyalurkan kredit di Sultra tahun ini.")
    assert [o.key for o in f.organizations if o.kind == "org"] == ["bank-pembangunan-daerah-sulawesi-tenggara"]
    assert "sulawesi-tenggara" in {p.key for p in f.places}


def test_a_regional_bank_named_with_its_region_in_full_is_the_bank_of_its_short_form():
    f = kg.extract("PONTIANAK - Bank Pembangunan Daerah Kalimantan Barat menambah dua kantor kas. Direksi Bank Kalbar "
                   "menargetkan kredit tumbuh 8 persen.")
    assert [(o.key, o.name) for o in f.organizations if o.kind == "org"] == [
        ("bank-pembangunan-daerah-kalbar", "Bank Pembangunan Daerah Kalimantan Barat")]


def test_a_branch_in_lower_case_is_a_unit_of_the_bank_in_its_town():
    f = kg.extract("MEDAN - Anggota dewan mengunjungi Bank Sumut cabang Sibolga, kemarin.")
    units = [(o.key, o.name) for o in f.organizations if o.kind == "unit"]
    assert units == [("bank-pembangunan-daerah-sumut/kantor-cabang-sibolga", "Bank Sumut cabang Sibolga")]


def test_a_state_bank_keeps_the_key_of_the_institutions_list():
    assert norm(banks()["mandiri"].institution.name) == norm("PT Bank Mandiri (Persero) Tbk")
    assert institution_named(["Bank Mandiri"])[0].key == "bank-mandiri"


@pytest.mark.parametrize("text, units", [
    ("MEDAN - Iuran dibayar di BPJS Kesehatan cabang Binjai, kemarin.", ["bpjs-kesehatan/kantor-cabang-binjai"]),
    ("MEDAN - Dewan mengunjungi Bank Sumut cabang Tanjungkarang, kemarin.",
     ["bank-pembangunan-daerah-sumut/kantor-cabang-tanjungkarang"]),
    ("MEDAN - Bank Sumut cabang Syariah Binjai menyalurkan kredit.", []),
    ("MEDAN - Bank Sumut cabang pembantu Pasar Merah menyalurkan kredit.", []),
])
def test_a_branch_in_lower_case_needs_its_town_right_after_it(text, units):
    assert [o.key for o in kg.extract(text).organizations if o.kind == "unit"] == units
