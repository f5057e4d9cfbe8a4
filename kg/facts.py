"""Plain, frozen facts: what the article says, where (character spans), and by which rule.

These are the only objects the RDF stage reads; entity keys are readable slugs that become IRIs."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal

from rdflib import URIRef

from kg.document import Span


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # country, foreign-city, province, city, regency, district, village, island-region, special, unknown
    span: Span


@dataclass(frozen=True)
class Organization:
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # org, unit, government, publisher
    classes: tuple[URIRef, ...]
    span: Span
    rule: str
    org_type: URIRef | None = None
    unit_type: URIRef | None = None
    parent: str | None = None
    locations: tuple[str, ...] = ()
    identified_as: str | None = None  # the name by which the national institution list gave its key
    identified_at: Span | None = None  # where the article writes that name


@dataclass(frozen=True)
class Person:
    """`key` names the person within the article (memberships and quotations refer to it); `office` is the
    organisation their first title names, at the top of its units, which their IRI across articles carries
    (`kg.identity.person_identity_key`)."""

    key: str
    name: str
    aliases: tuple[str, ...]
    span: Span
    rule: str
    office: str | None = None


@dataclass(frozen=True)
class Program:
    key: str
    name: str
    aliases: tuple[str, ...]
    span: Span
    rule: str
    provider: str | None = None
    concept: URIRef | None = None


@dataclass(frozen=True)
class Legislation:
    key: str
    name: str
    aliases: tuple[str, ...]
    span: Span
    rule: str
    legislation_type: URIRef
    number: str
    year: str


@dataclass(frozen=True)
class Membership:
    person: str
    organization: str
    role: URIRef | None  # the lexicon concept, or None when the title is more specific (the RDF stage mints it)
    role_label: str  # the title as written ("Deputi Direktur Bidang Pelayanan")
    role_concept: URIRef  # the lexicon concept the title falls under
    label: str  # title and organisation as written
    head: bool
    span: Span
    rule: str


@dataclass(frozen=True)
class Metric:
    span: Span
    value: Decimal
    unit: str  # ISO 4217 code, "percent" or "count"
    unit_code: str  # IE person, C62 one, P1 percent ('' for money)
    subject: str  # key of an organisation or place
    subject_kind: str  # "org" or "place"
    indicator_label: str
    indicator: URIRef | None  # lexicon concept, or None when the label is minted
    period_start: date | None
    period_end: date | None
    period_label: str
    qualifier: str  # exact, approx, at_least, at_most
    is_target: bool
    change_of: int | None  # index of the metric this one changes
    part_of: int | None  # index of the total this one breaks down
    rule: str


@dataclass(frozen=True)
class Quotation:
    span: Span  # the quoted words, without marks
    text: str
    speaker: str
    evidence: Span  # the quotation with its attribution
    rule: str


@dataclass(frozen=True)
class ArticleFacts:
    text: str
    published: date | None
    publisher: str | None
    dateline_place: str | None
    places: tuple[Place, ...]
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    programs: tuple[Program, ...]
    legislation: tuple[Legislation, ...]
    memberships: tuple[Membership, ...]
    metrics: tuple[Metric, ...]
    quotations: tuple[Quotation, ...]
    # what the article's source says about it (a saved page, a JSON record); None for plain text
    url: str | None = None
    headline: str | None = None
    author: str | None = None


def placed_in(facts: ArticleFacts, text: str, offset: int) -> ArticleFacts:
    """The facts of a story that begins at `offset` in `text` (a headline line before it, set apart so that its
    title-case words are not read as names), with every span moved to index `text`: a user checks each fact
    against the file they gave, headline and all."""
    if not offset:
        return facts

    def moved(fact):
        spans = {f.name: Span(v.begin + offset, v.end + offset) for f in fields(fact)
                 if isinstance(v := getattr(fact, f.name), Span)}
        return replace(fact, **spans)

    groups = {f.name: tuple(moved(x) for x in getattr(facts, f.name)) for f in fields(facts)
              if isinstance(getattr(facts, f.name), tuple)}
    return replace(facts, text=text, **groups)
