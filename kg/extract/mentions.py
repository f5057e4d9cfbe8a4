"""Plain mention objects that recognisers return and the resolver reads."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.document import Span
from kg.lexicon import OrgType, RoleTitle, UnitType


@dataclass(eq=False)
class OrgMention:
    span: Span
    name: str  # the text as written, without a trailing "(ACRONYM)"
    kind: str  # "org", "unit", "government", "publisher", "anaphor"
    rule: str
    org_type: OrgType | None = None
    unit_type: UnitType | None = None
    parent: "OrgMention | None" = None
    places: tuple[str, ...] = ()  # place names the mention itself gives (its location)
    level: str | None = None  # provinsi / kabupaten / kota, for governments
    in_title: bool = False  # part of a person's title ("Kepala BPJS ... Sinta Maharani")
    acronym: str | None = None
    region_org: bool = False  # a regional body whose name ends with its region ("Dinas ... Kota Malang")
    own_name: str | None = None  # a unit's name without its parent's, when no place names it ("Regional 4")


@dataclass(eq=False)
class PersonMention:
    span: Span
    name: str
    rule: str
    pronoun: bool = False
    role_ref: "RoleMention | None" = None  # "Dirut PT X itu": a reference by title


@dataclass(eq=False)
class RoleMention:
    span: Span  # the title with its organisation, as written
    title: str  # the title as written, with its qualifier ("Deputi Direktur Bidang Pelayanan")
    role: RoleTitle
    org: OrgMention | None
    person: PersonMention | None
    rule: str
    unit_place: str | None = None  # "Deputi Direktur Wilayah Kalimantan": the unit's place
    unit_label: str | None = None  # the unit's own name when it is more than its place ("Papua dan Papua Barat")
    org_type_alone: object = None  # "Wakil Ketua DPRD Ani …": the organisation only by its type (an OrgType)


@dataclass(eq=False)
class SimpleMention:
    """A place, program, law or segment mention."""

    span: Span
    name: str
    kind: str
    rule: str
    attrs: dict = field(default_factory=dict)
