"""Indonesian place names as data: the country, island regions, 38 provinces, every kabupaten and kota.

Recognisers need to know that "Semarang" in "Kantor Cabang Semarang Pemuda" is a place and
"Pemuda" (a street) is not, and that "Jateng" means Jawa Tengah. That knowledge lives in
kg/data/gazetteer.tsv (name, kind, province, |-separated aliases), read once and indexed by
lower-cased name and alias, so each look-up is one dict access.

Matching ignores case, as the spec asks, so common words that are also place names ("Batu",
"Batang", "Puncak", "Metro", "Bone") match too: callers that scan running text should only try
capitalised tokens.

    >>> [p.kind for p in lookup("Malang")]
    ['city', 'regency']
    >>> canonical_name(lookup("Kab. Malang")[0])
    'Kabupaten Malang'
    >>> longest_prefix(["Jawa", "Tengah", "Wahyu"])[0]
    2
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.errors import KGError
from kg.paths import DATA_DIR

GAZETTEER_FILE = DATA_DIR / "gazetteer.tsv"
HEADER = ("name", "kind", "province", "aliases")

#: The kinds in the order the file is sorted by (then by name).
KINDS = ("country", "island-region", "province", "regency", "city", "special")

#: Look-up results come in this order: a bare "Malang" most often means the province or the
#: city in news, so those come before the regency; then the rest.
RESULT_ORDER = ("province", "city", "regency", "special", "island-region", "country")

#: Words before a name that say which kind of place is meant ("Kota Malang" vs "Kabupaten Malang").
PREFIX_KINDS: dict[str, frozenset[str]] = {
    "kabupaten": frozenset({"regency"}),
    "kab.": frozenset({"regency"}),
    "kab": frozenset({"regency"}),
    "kota": frozenset({"city"}),
    "provinsi": frozenset({"province"}),
    "prov.": frozenset({"province"}),
}

#: How news writes each kind in full; the special Jakarta areas and the rest go by their name.
CANONICAL_PREFIX = {"regency": "Kabupaten ", "city": "Kota "}


class GazetteerError(KGError):
    """The gazetteer file is missing or malformed."""


@dataclass(frozen=True)
class Place:
    """One row of the gazetteer. `province` is empty for provinces, island regions and the country."""

    name: str
    kind: str
    province: str
    aliases: tuple[str, ...]


class _Index(NamedTuple):
    places: tuple[Place, ...]
    by_key: dict[str, tuple[Place, ...]]
    max_tokens: int


def _key(text: str) -> str:
    """Case- and spacing-insensitive form of a name: the index key."""
    return " ".join(text.split()).casefold()


def _sort_key(place: Place) -> tuple[int, str, str]:
    return (RESULT_ORDER.index(place.kind), place.name, place.province)


def read_places(path: Path = GAZETTEER_FILE) -> tuple[Place, ...]:
    """Parse the gazetteer file; raises GazetteerError naming the file and line that is wrong."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"cannot read {path} ({e}); restore it from git") from e
    if not rows or tuple(rows[0]) != HEADER:
        header = "\t".join(HEADER)
        raise GazetteerError(f"{path}: the first line must be the header {header!r}")
    places = []
    for line_no, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADER):
            raise GazetteerError(f"{path}:{line_no}: expected {len(HEADER)} tab-separated fields, got {len(row)}")
        name, kind, province, aliases = (field.strip() for field in row)
        if kind not in KINDS:
            raise GazetteerError(f"{path}:{line_no}: kind {kind!r} is not one of {', '.join(KINDS)}")
        if not name:
            raise GazetteerError(f"{path}:{line_no}: the name is empty")
        places.append(Place(name, kind, province, tuple(a.strip() for a in aliases.split("|") if a.strip())))
    return tuple(places)


@lru_cache(maxsize=1)
def _index() -> _Index:
    places = read_places()
    grouped: dict[str, list[Place]] = {}
    for place in places:
        for form in dict.fromkeys((place.name, *place.aliases)):
            grouped.setdefault(_key(form), []).append(place)
    by_key = {key: tuple(sorted(found, key=_sort_key)) for key, found in grouped.items()}
    longest_prefix_words = max(len(p.split()) for p in PREFIX_KINDS)
    max_tokens = max(len(key.split()) for key in by_key) + longest_prefix_words
    return _Index(places, by_key, max_tokens)


def places() -> tuple[Place, ...]:
    """Every row of the gazetteer, in file order."""
    return _index().places


def lookup(text: str) -> tuple[Place, ...]:
    """The places whose name or alias is exactly `text` (ignoring case and extra spaces).

    A leading "Kabupaten", "Kab.", "Kota", "Provinsi" or "Prov." keeps only that kind:
    "Kota Malang" is the city, "Kabupaten Malang" the regency. Order: province, city, regency,
    then the rest. Unknown text gives ().
    """
    index = _index()
    key = _key(text)
    found = list(index.by_key.get(key, ()))
    head, _, rest = key.partition(" ")
    kinds = PREFIX_KINDS.get(head)
    if kinds and rest:
        found.extend(p for p in index.by_key.get(rest, ()) if p.kind in kinds and p not in found)
    return tuple(sorted(found, key=_sort_key))


def longest_prefix(tokens: list[str]) -> tuple[int, tuple[Place, ...]]:
    """How many leading tokens form the longest place name, and its places; (0, ()) if none.

    Splits "Semarang Pemuda" into Semarang + rest and "Jawa Tengah Wahyu" into Jawa Tengah +
    rest. Tokens are words without surrounding punctuation ("Kab." keeps its dot).
    """
    for n in range(min(len(tokens), _index().max_tokens), 0, -1):
        found = lookup(" ".join(tokens[:n]))
        if found:
            return n, found
    return 0, ()


def is_place(text: str) -> bool:
    """Whether `text` is, as a whole, a name or alias in the gazetteer."""
    return bool(lookup(text))


def canonical_name(place: Place) -> str:
    """The form news uses in full: "Kabupaten Blitar", "Kota Malang", "Jawa Tengah", "DKI Jakarta"."""
    return CANONICAL_PREFIX.get(place.kind, "") + place.name
