"""Namespaces of the graph: the public vocabulary (W3C ORG, schema.org, PROV-O, NIF, SKOS) and our own.

`BKG` is closed: a misspelt term raises at import time of the code that uses it, and
tests/test_ontology.py checks that every term listed here is declared in ontology/*.ttl.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, ORG, PROV, RDF, RDFS, SKOS, XSD, OWL  # noqa: F401
from rdflib import URIRef

SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

ONTOLOGY_IRI = "https://w3id.org/berita-kg/ontology"
VOCAB_IRI = "https://w3id.org/berita-kg/vocab/"
DEFAULT_BASE = "https://w3id.org/berita-kg/id/"


class BKG(DefinedNamespace):
    """The project's ontology: classes and properties that refine the public vocabulary."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    SocialSecurityAgency: URIRef  # BPJS, Taspen, Asabri, Jasa Raharja ...
    GovernmentAgency: URIRef  # ministries, national agencies, dinas, badan
    RegionalGovernment: URIRef  # Pemerintah Provinsi/Kabupaten/Kota
    Company: URIRef  # PT ..., state-owned enterprises
    CivilSocietyOrganization: URIRef  # unions, federations, research institutes, NGOs
    NewsPublisher: URIRef
    BranchOffice: URIRef  # Kantor Cabang
    RegionalOffice: URIRef  # Kantor Wilayah, Kantor Perwakilan
    OrganizationUnit: URIRef  # any other unit (Bidang, Bagian, Dinas of a government)
    Program: URIRef  # a program or benefit, subclass of schema:GovernmentService
    Role: URIRef  # a role title, subclass of org:Role and skos:Concept
    Indicator: URIRef  # what a metric measures, subclass of skos:Concept
    ParticipantSegment: URIRef  # Penerima Upah, Bukan Penerima Upah ...
    UnitType: URIRef  # SKOS concept: Kantor Cabang, Kantor Wilayah ...
    OrganizationType: URIRef  # SKOS concept: BPJS, PT, Kementerian, Dinas ...
    LegislationType: URIRef  # SKOS concept: Undang-Undang, Peraturan Pemerintah ...
    Qualifier: URIRef  # SKOS concept: exact, approximately, at least, at most
    Metric: URIRef  # subclass of schema:Observation
    Quotation: URIRef  # subclass of schema:Quotation
    TextSpan: URIRef  # subclass of nif:String (nif:OffsetBasedString)
    NewsArticle: URIRef  # subclass of schema:NewsArticle and nif:Context
    IdentityDecision: URIRef  # why an entity has the IRI it shares across articles (subclass of prov:Entity)

    # object properties
    orgType: URIRef  # organisation -> OrganizationType concept
    unitType: URIRef  # unit -> UnitType concept
    legislationType: URIRef  # legislation -> LegislationType concept
    qualifier: URIRef  # metric -> Qualifier concept
    changeOf: URIRef  # a change metric -> the metric it changes
    partOf: URIRef  # a breakdown metric -> its total
    segment: URIRef  # metric -> ParticipantSegment it is restricted to
    mentionedIn: URIRef  # entity -> article (inverse of schema:mentions)
    identifies: URIRef  # IdentityDecision -> the entity whose IRI it decided

    # datatype properties
    extractionRule: URIRef  # the rule that produced a fact (a string)
    matchedName: URIRef  # on an IdentityDecision: the name that decided the IRI
    periodLabel: URIRef  # the period as the text says it ("sepanjang tahun 2024")
    periodStart: URIRef  # xsd:date, first day of the period
    noPeriod: URIRef  # true when the text gives no period for a metric
    isTarget: URIRef  # true when a metric is a target, not an achievement
    leadsOrganization: URIRef  # on a Role concept: true when the holder heads the organisation
    heldByMany: URIRef  # on a Role concept: true when a body has several holders of it at once
    typicalProviderType: URIRef  # on a program concept: the organisation type that usually runs it
    leadsUnitType: URIRef  # on a Role concept: the unit type it heads ("Deputi Direktur Wilayah" -> Kantor Wilayah)
    governmentLevel: URIRef  # on a Role concept: the regional government it serves (provinsi, kabupaten, kota)
    numbered: URIRef  # on a UnitType concept: true when a number follows the type's name ("Daop 2", "Divre III")
    namedWithRegion: URIRef  # on an OrganizationType concept: names may end with the region served ("Dinas X Kota Y")
    onlyRegional: URIRef  # on an OrganizationType concept: only regional governments have one ("Dinas")
    endsBeforeAnotherOrganisation: URIRef  # on an OrganizationType concept: the name ends where another's head word starts
    partOfTheOrganisationAfter: URIRef  # on an OrganizationType concept: a part of the organisation named right after it
    namedOnlyByRegion: URIRef  # on an OrganizationType concept: only the region may follow its head word ("DPRD X")
    servesSegments: URIRef  # on an OrganizationType concept: a participant segment's name ends its name ("BPJS X PBI")
    singleSite: URIRef  # on an OrganizationType concept: a town after its name is where it is, not an office of it
    operatesFacilities: URIRef  # on an OrganizationType concept: runs airports, ports and stations as its units
    anaphor: URIRef  # on an OrganizationType/UnitType concept: a noun that refers back to it ("perusahaan", "badan")
    headWord: URIRef  # on an OrganizationType concept: a word that starts such a name ("Kementerian")
    programHeadWord: URIRef  # on the Program class: a word that starts a program name ("Jaminan")
    reportsRegionalStatistics: URIRef  # on an organisation: its figures are about the region they name
    legislationNumber: URIRef
    legislationYear: URIRef
    unitCode: URIRef  # on an Indicator/segment helper: default UN/CEFACT unit
    regionCode: URIRef  # on a Place: the Kemendagri region code ("33.74")
