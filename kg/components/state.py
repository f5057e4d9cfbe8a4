"""The article state every component reads and extends: the text, its `Document`, the lexicon, the mentions
recognisers found, and the entity registries and fact layers the components add. Like spaCy's `Doc`, it is
the one object that goes through the pipeline; a layer's name is the field a component `assigns`."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kg.document import Document, Span
from kg.extract.casing import read_in_usual_case
from kg.extract.mentions import RoleMention, SimpleMention
from kg.extract.names import NameScan
from kg.extract.simple import Dateline
from kg.facts import ArticleFacts, Legislation, Metric, Place, Program, Quotation
from kg.lexicon import Lexicon, RoleTitle, load

# what a state holds before any component runs
GIVEN = ("text", "doc", "lex", "source")


@dataclass
class OrgEntity:
    """An organisation, unit, regional government or publisher while the article is read; `key` is set once
    every mention is known (`kg.components.organisations.assign_keys`)."""

    key: str
    names: list[str]
    kind: str
    span: Span
    rule: str
    org_type: object = None
    unit_type: object = None
    parent: "OrgEntity | None" = None
    places: list[str] = field(default_factory=list)  # place keys
    mentions: list[Span] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    level: str | None = None
    region_named: bool = False  # its own name ends with its region ("Dinas Kesehatan Kota Malang")
    own_name: str | None = None  # a numbered unit named without a place: its type and number ("Regional 4")

    @property
    def name(self) -> str:
        return self.names[0]

    def top(self) -> "OrgEntity":
        return self.parent.top() if self.parent else self


@dataclass
class PersonEntity:
    """A person while the article is read; `orgs` are the organisations their titles name, in the order the titles were read."""

    key: str
    name: str
    aliases: list[str]
    span: Span
    rule: str
    orgs: list[OrgEntity] = field(default_factory=list)


@dataclass(eq=False)
class FoundMembership:
    """A title read as a person's role in an organisation, before it becomes a `kg.facts.Membership`."""

    role: RoleMention
    person: PersonEntity
    org: OrgEntity


@dataclass(eq=False)
class ArticleState:
    """The text and every layer found in it; each field is a layer a component assigns (see `kg.pipeline.COMPONENTS`)."""

    text: str  # what the components read: the published text with drop capitals in their usual case
    doc: Document
    lex: Lexicon
    source: str  # the text as published, of the same length: what the facts' spans point into
    # recognisers (component "mentions")
    published: date | None = None
    published_span: Span | None = None
    dateline: Dateline | None = None
    law_mentions: list[SimpleMention] = field(default_factory=list)
    names: NameScan | None = None
    # places: one Place per key, and every name the article gives each
    places: dict[str, Place] = field(default_factory=dict)
    place_names: dict[str, set[str]] = field(default_factory=dict)
    # organisations and their mentions (span, entity, inside a person's title)
    orgs: list[OrgEntity] = field(default_factory=list)
    org_mentions: list[tuple[Span, OrgEntity, bool]] = field(default_factory=list)
    # people and their mentions (span, person, how: "name", "title", "quote", "speaker")
    people: list[PersonEntity] = field(default_factory=list)
    person_mentions: list[tuple[Span, PersonEntity, str]] = field(default_factory=list)
    memberships: list[FoundMembership] = field(default_factory=list)
    title_refs: list[tuple[Span, RoleTitle, str]] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    quote_speakers: list[tuple[Span, PersonEntity]] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    program_spans: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    metrics: list[Metric] = field(default_factory=list)
    publisher: str | None = None
    legislation: list[Legislation] = field(default_factory=list)
    facts: ArticleFacts | None = None
    # look-up tables components rebuild when the mentions they index grow (name -> (size, index))
    indexes: dict = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, lex: Lexicon | None = None) -> "ArticleState":
        lex = lex or load()
        reading = read_in_usual_case(text, lex)
        return cls(text=reading, doc=Document(reading), lex=lex, source=text)

    @property
    def law_spans(self) -> list[Span]:
        return [m.span for m in self.law_mentions]
