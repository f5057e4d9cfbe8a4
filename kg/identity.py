"""The one policy for names and keys. `norm` compares names as a reader would (case, punctuation and spacing
aside); every entity key is made here from the names a component chose, and every IRI the RDF stage writes is
`<base><kind>/<key>` or a path under the article made here, so that the writer, the drawings and the store
agree on what an IRI says (a key is readable: `regency-madiun`, `bpjs-ketenagakerjaan/kantor-cabang-blitar`).

>>> unit_key("bpjs-ketenagakerjaan", "Kantor Cabang Blitar")
'bpjs-ketenagakerjaan/kantor-cabang-blitar'
>>> place_key("regency", "Madiun"), place_key("province", "Jawa Timur")
('regency-madiun', 'jawa-timur')
"""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.paths import DATA_DIR

INSTITUTIONS_FILE = DATA_DIR / "institutions.tsv"

# places whose bare name a city and a regency share carry their kind in the key ("city-madiun", "regency-madiun")
KIND_IN_PLACE_KEY = ("city", "regency")

# a person key that holds in one article only ('budi--article-1a2b3c4d'): a single name and no office
ARTICLE_SCOPE = "article-"


def slug(text: str) -> str:
    """'Dinas Sosial Kota Blitar' -> 'dinas-sosial-kota-blitar': ASCII, lower case, hyphens; 'x' when nothing is left."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


@lru_cache(maxsize=65536)  # asked about the same names again and again in a long article
def norm(text: str) -> str:
    """'Kemnaker,' and 'kemnaker' compare equal: case-folded, punctuation as space, spacing collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()


def text_digest(text: str) -> str:
    """The first 8 hex digits of the text's SHA-256: what tells one article's text from another's in its IRIs."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


# ---------------------------------------------------------------- entity keys
def place_key(kind: str | None, name: str) -> str:
    """A place of the official list by its kind and name; a place not on it (kind None) by its name alone."""
    return kind_and_name_key(kind, name) if kind in KIND_IN_PLACE_KEY else slug(name)


def kind_and_name_key(kind: str, name: str) -> str:
    """The key of a place that carries its kind: 'city-madiun'."""
    return f"{kind}-{slug(name)}"


def place_key_name(key: str) -> str:
    """The name part of a place key: 'city-madiun' -> 'madiun'."""
    return key.split("-", 1)[-1] if key.startswith(tuple(k + "-" for k in KIND_IN_PLACE_KEY)) else key


def org_key(name: str) -> str:
    """An organisation by its name ('PT Sinar Bahari Tbk' is keyed by the name without the company form)."""
    return slug(name)


@dataclass(frozen=True)
class Institution:
    """A national institution of the curated list: its official name keys its IRI; every name it goes by."""

    name: str
    acronym: str
    other_names: tuple[str, ...]
    regional_offices: bool = False  # offices named by region: 'BPS Provinsi Jambi'

    @property
    def key(self) -> str:
        """The official name without a company's legal form ('PT Taspen (Persero)' -> 'taspen'), as every company
        is keyed (`org_key`): an enterprise keeps the IRI it had before the list named it."""
        return slug(without_company_form(self.name))


def without_company_form(name: str) -> str:
    """A company's name without its legal form, as the press also calls it: 'PT Sinar Bahari (Persero) Tbk' ->
    'Sinar Bahari', 'Perum Jaya Abadi' -> 'Jaya Abadi'; any other name as it is."""
    m = re.fullmatch(r"(?:PT|Perum|Perumda)\s+(.+?)(?:\s*\((?:Persero|Tbk)\))?(?:\s+Tbk)?", name)
    return m.group(1) if m else name


@lru_cache(maxsize=1)
def institutions() -> dict[str, Institution]:
    """Every name of every institution of kg/data/institutions.tsv (compared by `norm`) -> its institution."""
    with INSTITUTIONS_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    by_name: dict[str, Institution] = {}
    for row in rows:
        inst = Institution(row["name"], row["acronym"], tuple(n for n in (row["other_names"] or "").split("|") if n),
                           regional_offices=row["regional_offices"] == "yes")
        for n in (inst.name, inst.acronym, *inst.other_names):
            by_name.setdefault(norm(n), inst)
    return by_name


def institution_named(names) -> tuple[Institution, str] | None:
    """The national institution one of `names` is ('BPJS Kesehatan', 'Badan Penyelenggara Jaminan Sosial
    Kesehatan'), with the name that showed it; None when none is a name of the list.

    >>> institution_named(["Bank Sentral", "BI"])[0].key
    'bank-indonesia'
    """
    table = institutions()
    for n in names:
        if norm(n) in table:
            return table[norm(n)], n
    return None


def unit_key(parent_key: str, own_name: str) -> str:
    """A unit under its parent's key: 'bpjs-ketenagakerjaan/kantor-cabang-blitar'."""
    return f"{parent_key}/{slug(own_name)}"


def government_key(level: str | None, place_name: str) -> str:
    """A regional government by its level and region: 'pemerintah-kabupaten-jember'."""
    return slug(f"pemerintah {level or ''} {place_name}")


def person_key(name: str) -> str:
    """A person within their article, by their name as first written in full."""
    return slug(name)


def person_identity_key(name: str, office_key: str | None = None, article_digest: str | None = None) -> str:
    """A person across articles (the key of their IRI): their name and the evidence the article gives of who they are.

    With an office (the organisation their first title names, at the top of its units), the name and the office:
    the same name in one office is one person across articles, namesakes of two offices are two people; the top
    and not the unit, because the press moves a branch head from one branch to another and names the branch
    loosely. Without an office a name of two words or more alone keys the person (the only evidence there is),
    and a single word ('Budi', a resident quoted) keys them within their article only: a first name alone says
    nothing across articles, and two people wrongly made one is worse than one person kept as two.

    >>> person_identity_key("Farah Diana", "bpjs-ketenagakerjaan"), person_identity_key("Farah Diana")
    ('farah-diana--bpjs-ketenagakerjaan', 'farah-diana')
    >>> person_identity_key("Budi", article_digest="1a2b3c4d")
    'budi--article-1a2b3c4d'
    """
    if office_key:
        return f"{slug(name)}--{office_key}"
    if article_digest and len(name.split()) < 2:
        return f"{slug(name)}--{ARTICLE_SCOPE}{article_digest}"
    return slug(name)


def person_identity_evidence(key: str) -> tuple[str | None, str | None]:
    """The office and the article digest a person key carries (`person_identity_key` read back), each None when it has none.

    >>> person_identity_evidence("farah-diana--bpjs-ketenagakerjaan"), person_identity_evidence("budi--article-1a2b3c4d")
    (('bpjs-ketenagakerjaan', None), (None, '1a2b3c4d'))
    """
    _, _, evidence = key.partition("--")
    if evidence.startswith(ARTICLE_SCOPE):
        return None, evidence[len(ARTICLE_SCOPE):]
    return evidence or None, None


def program_key(name: str) -> str:
    """A programme by its lexicon concept's label, else by the name it is given."""
    return slug(name)


def law_key(type_label: str, number: str, year: str) -> str:
    """'Peraturan Pemerintah' 6 of 2025 -> 'peraturan-pemerintah-6-2025'; a number with its year ('88/PMK.05/2019')
    is not given the year twice."""
    numbered = slug(number) if number.endswith(f"/{year}") else f"{slug(number)}-{year}"
    return f"{slug(type_label)}-{numbered}"


def unique_key(key: str, used: set[str]) -> str:
    """The key, or the key with -2, -3 … when an entity of the article already has it; adds it to `used`."""
    base, n = key, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    used.add(key)
    return key


# ---------------------------------------------------------------- IRI paths under the base
def entity_path(kind: str, key: str) -> str:
    """'org', 'person', 'place', 'program', 'legislation' and a key: the entity's IRI after the base."""
    return f"{kind}/{key}"


def identity_path(key: str) -> str:
    """The evidence of an entity's identity, under its article: 'identity/bpjs-kesehatan' (a unit's '/' becomes '--')."""
    return f"identity/{key.replace('/', '--')}"


def role_path(role_label: str) -> str:
    """A title more specific than the lexicon's role ('Deputi Direktur Bidang Pelayanan') gets a role of its own."""
    return f"role/{slug(role_label)}"


def indicator_path(indicator_label: str) -> str:
    """An indicator the lexicon lacks, by the label read beside the figure."""
    return f"indicator/{slug(indicator_label)}"


def membership_path(person_key_: str, role_label: str, org_key_: str) -> str:
    """A membership: who, in which title, in which organisation (a unit's '/' becomes '--'). Like the person and
    the organisation it joins, it is one node for the whole corpus, not one per article: every article that
    reports it adds its own span and rule in its own graph, and a corpus of ten thousand articles asking "who
    leads what" reads each relationship once instead of once per report."""
    return f"membership/{person_key_}--{slug(role_label)}--{org_key_.replace('/', '--')}"


# the kind an entity path names (`entity_path`), as the drawings read an IRI back without its rdf:type
PATH_KINDS = {"person": "person", "place": "place", "program": "program", "legislation": "legislation",
              "indicator": "indicator", "segment": "segment"}


def kind_of_iri(iri: str) -> str:
    """The node type an IRI made by this module names: '.../person/budi' a person, '.../org/a' an organisation,
    '.../org/a/b' a unit of a; "other" for anything else.

    >>> kind_of_iri("https://example.org/id/org/bpjs-ketenagakerjaan/kantor-cabang-blitar")
    'unit'
    """
    parts = [p for p in iri.split("#")[0].split("/") if p]
    for i, part in enumerate(parts[:-1]):
        if part == "org":
            return "unit" if len(parts) - i > 2 else "organisation"
        if part in PATH_KINDS:
            return PATH_KINDS[part]
    return "other"
