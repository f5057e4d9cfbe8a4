"""Language knowledge, loaded once: the SKOS lexicons in ontology/lexicon-*.ttl and kg/data/indonesian.json.

Recognisers never hard-code a title, an organisation type or a number word; they ask this module,
so a user extends the builder by adding a lexicon entry.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg import gazetteer
from kg.paths import DATA_DIR, ONTOLOGY_DIR
from kg.vocab import BKG


@dataclass(frozen=True)
class Concept:
    """A SKOS concept: its IRI, labels, and the surface forms (all labels) that signal it in text."""

    iri: URIRef
    label_id: str
    label_en: str
    forms: tuple[str, ...]


@dataclass(frozen=True)
class RoleTitle(Concept):
    leads: bool
    leads_unit_type: URIRef | None
    government_level: str | None
    broader: URIRef | None
    lowercase: bool
    held_by_many: bool = False  # a body has several at once ('Wakil Ketua DPRD'): a list of names after it holds it


@dataclass(frozen=True)
class OrgType(Concept):
    cls: URIRef
    head_words: tuple[str, ...]
    anaphors: tuple[str, ...]
    government_level: str | None
    named_with_region: bool = False  # "Dinas Kesehatan Kabupaten Jember": a name may end with the region served
    only_regional: bool = False  # only regional governments have one: a place after the name is the office's own
    operates_facilities: bool = False  # runs airports, ports and stations as units of its own ("PT X Bandara Y")
    ends_before_another_organisation: bool = False  # "Partai X DPRD Y": the name ends where another's head word starts
    part_of_the_organisation_after: bool = False  # "Fakultas Hukum Universitas X": a part of the organisation after it
    single_site: bool = False  # "Universitas X (UX) Solo": the town is where it is, not an office of it there
    named_only_by_region: bool = False  # "DPRD Kabupaten X": only the region follows the head word, never a name
    serves_segments: bool = False  # "BPJS Kesehatan PBI APBD": a participant segment's name ends its name
    numbered: bool = False  # a number follows the head word ("Kodim 0712/Pati", "Kodam IV/Diponegoro")


@dataclass(frozen=True)
class UnitType(Concept):
    cls: URIRef
    anaphors: tuple[str, ...]
    numbered: bool = False  # a number follows the type's name ("Daop 2 Jakarta", "Divre III Sumut")


@dataclass(frozen=True)
class Qualifier(Concept):
    key: str


@dataclass(frozen=True)
class Lexicon:
    roles: tuple[RoleTitle, ...]
    org_types: tuple[OrgType, ...]
    unit_types: tuple[UnitType, ...]
    segments: tuple[Concept, ...]
    qualifiers: tuple[Qualifier, ...]
    legislation_types: tuple[Concept, ...]
    programs: tuple[Concept, ...]
    indicators: tuple[Concept, ...]
    words: dict
    program_provider_types: dict  # program concept IRI -> the organisation type that usually runs it

    def role_by_iri(self, iri: URIRef) -> RoleTitle:
        return next(r for r in self.roles if r.iri == iri)

    def qualifier(self, key: str) -> Qualifier:
        return next(q for q in self.qualifiers if q.key == key)

    def unit_type_by_iri(self, iri: URIRef) -> UnitType:
        return next(u for u in self.unit_types if u.iri == iri)


def _labels(g: Graph, s, lang: str) -> list[str]:
    return sorted(str(o) for o in g.objects(s, SKOS.prefLabel) if isinstance(o, Literal) and o.language == lang)


def _forms(g: Graph, s) -> tuple[str, ...]:
    """Every form a concept is written in: its Indonesian label, its other names and the misspellings the press
    makes often enough to be recognised but never shown (skos:hiddenLabel: 'Sekertaris')."""
    forms = {str(o) for o in g.objects(s, SKOS.prefLabel) if getattr(o, "language", None) == "id"}
    forms |= {str(o) for o in g.objects(s, SKOS.altLabel)}
    forms |= {str(o) for o in g.objects(s, SKOS.hiddenLabel)}
    # longest first, so the most specific form wins when recognisers try them in order
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def _scheme_members(g: Graph, scheme: str) -> list[URIRef]:
    scheme_iri = URIRef(f"https://w3id.org/berita-kg/vocab/{scheme}")
    return sorted(s for s in g.subjects(SKOS.inScheme, scheme_iri) if isinstance(s, URIRef))


def _concept_args(g: Graph, s) -> dict:
    return dict(iri=s, label_id=(_labels(g, s, "id") or [""])[0], label_en=(_labels(g, s, "en") or [""])[0], forms=_forms(g, s))


_PER_LEXICON: dict[tuple[str, int], tuple] = {}


def per_lexicon(what: str, lex: "Lexicon", make):
    """`make(lex)`, made once for each lexicon and kept under the name `what`: the tables and patterns a rule
    derives from the lexicon alone, which every article would otherwise derive again. Kept by the lexicon's
    identity, with the lexicon itself, so that a new one at a reused address is not mistaken for it."""
    cached = _PER_LEXICON.get((what, id(lex)))
    if cached is None or cached[0] is not lex:
        cached = _PER_LEXICON[(what, id(lex))] = (lex, make(lex))
    return cached[1]


def never_a_name_word(lex: "Lexicon", word: str) -> bool:
    """A word no person's name holds: a common noun of titles and bodies ('Tahun', 'Daerah', 'Humas'), or a
    nominalisation, a prefix and the suffix of kg/data/indonesian.json never_name_words around a stem ('Pelayanan',
    'Keuangan', 'Perencanaan'; no place's name either)."""
    data = lex.words["never_name_words"]
    if word in data["words"] or word in data["english_department_words"]:
        return True
    low = word.lower()
    return len(word) >= data["min_length"] and word[:1].isupper() and low.endswith(data["nominalisation_suffix"]) \
        and low.startswith(tuple(data["nominalisation_prefixes"])) and not gazetteer.is_place(word)


def alternation(words) -> str:
    """A regular-expression alternation of lexicon words, longest first ('kabupaten/kota' before 'kabupaten'),
    so a longer entry wins where a shorter one starts it; ties in alphabetical order, so the pattern is the same
    in every run."""
    return _alternation_of(tuple(words))


@lru_cache(maxsize=1024)
def _alternation_of(words: tuple[str, ...]) -> str:
    """Made once for each list of words: the rules ask for the same lists for every article (ten thousand
    times over two hundred articles), and sorting and escaping them was two per cent of extracting one."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def with_undotted_forms(degrees: list[str]) -> list[str]:
    """The degrees as listed, then each dotted one as the regional press also writes it, without its dots ('S.Sos' is
    also 'SSos', 'S.S.' also 'SS'), in the list's order and once each."""
    undotted = [d.replace(".", "") for d in degrees if "." in d]
    return list(dict.fromkeys([*degrees, *(u for u in undotted if len(u) > 1)]))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    g = lexicon_graph()
    words = json.loads((DATA_DIR / "indonesian.json").read_text(encoding="utf-8"))
    words["academic_suffixes"] = with_undotted_forms(words["academic_suffixes"])

    def one(s, p):
        return next(iter(sorted(g.objects(s, p))), None)

    def flag(s, p) -> bool:
        """A boolean property of a concept, false where the concept does not state it."""
        value = one(s, p)
        return bool(value is not None and value.toPython())

    roles = tuple(RoleTitle(**_concept_args(g, s), leads=flag(s, BKG.leadsOrganization),
                            leads_unit_type=one(s, BKG.leadsUnitType),
                            government_level=str(one(s, BKG.governmentLevel)) if one(s, BKG.governmentLevel) else None,
                            broader=one(s, SKOS.broader),
                            lowercase=_labels(g, s, "id")[0][:1].islower(),
                            held_by_many=flag(s, BKG.heldByMany))
                  for s in _scheme_members(g, "role"))
    from rdflib.namespace import RDFS
    org_types = tuple(OrgType(**_concept_args(g, s), cls=one(s, RDFS.seeAlso),
                              head_words=tuple(sorted((str(o) for o in g.objects(s, BKG.headWord)), key=lambda w: (-len(w), w))),
                              anaphors=tuple(sorted(str(o) for o in g.objects(s, BKG.anaphor))),
                              government_level=str(one(s, BKG.governmentLevel)) if one(s, BKG.governmentLevel) else None,
                              named_with_region=flag(s, BKG.namedWithRegion), only_regional=flag(s, BKG.onlyRegional),
                              operates_facilities=flag(s, BKG.operatesFacilities),
                              ends_before_another_organisation=flag(s, BKG.endsBeforeAnotherOrganisation),
                              part_of_the_organisation_after=flag(s, BKG.partOfTheOrganisationAfter),
                              single_site=flag(s, BKG.singleSite),
                              named_only_by_region=flag(s, BKG.namedOnlyByRegion),
                              serves_segments=flag(s, BKG.servesSegments),
                              numbered=flag(s, BKG.numbered))
                      for s in _scheme_members(g, "org-type"))
    unit_types = tuple(UnitType(**_concept_args(g, s), cls=one(s, RDFS.seeAlso),
                                anaphors=tuple(sorted(str(o) for o in g.objects(s, BKG.anaphor))),
                                numbered=flag(s, BKG.numbered))
                       for s in _scheme_members(g, "unit-type"))
    qualifiers = tuple(Qualifier(**_concept_args(g, s), key=str(one(s, SKOS.notation))) for s in _scheme_members(g, "qualifier"))
    plain = {name: tuple(Concept(**_concept_args(g, s)) for s in _scheme_members(g, name))
             for name in ("segment", "legislation-type", "program", "indicator")}
    return Lexicon(roles=roles, org_types=org_types, unit_types=unit_types, segments=plain["segment"],
                   qualifiers=qualifiers, legislation_types=plain["legislation-type"], programs=plain["program"],
                   indicators=plain["indicator"], words=words,
                   program_provider_types={s: o for s, o in g.subject_objects(BKG.typicalProviderType)})


@lru_cache(maxsize=1)
def lexicon_graph() -> Graph:
    """All lexicon files as one graph, parsed once (the lexicon, and the concepts a built graph carries).

    The returned graph is shared: copy it before adding triples.
    """
    g = Graph()
    for path in sorted(ONTOLOGY_DIR.glob("lexicon-*.ttl")):
        g.parse(path, format="turtle")
    return g
