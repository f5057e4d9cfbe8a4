"""The knowledge graph as a network: RDF in, a networkx graph of entities and facts out, plus the
analyses people ask of it (what is in it, who is most connected, how two entities are linked).

RDF spells one fact over several triples (a membership is a node with a member, an organisation and a
role; a figure is an observation with a value, a date and an indicator). A drawing or a path wants one
node per thing and one edge per relation, so this module folds literals into attributes, collapses
memberships into person -> organisation edges labelled with the role, and keeps for every node and edge
the sentence(s) it came from (the nif:anchorOf of the fact's prov:wasDerivedFrom span).

The result is a `networkx.MultiDiGraph` whose node ids are IRIs (strings), inserted in a sorted order so
that the same RDF always gives the same graph, the same drawing and the same path.

>>> from rdflib import Graph
>>> net = build_network(Graph().parse(data='''
...   @prefix schema: <https://schema.org/> . @prefix org: <http://www.w3.org/ns/org#> .
...   <http://x/o> a org:FormalOrganization ; schema:name "Dinas Sosial" .
...   <http://x/u> a org:OrganizationalUnit ; schema:name "Bidang Rehabilitasi" ; org:unitOf <http://x/o> .
... ''', format="turtle"))
>>> [(net.nodes[n]["label"], net.nodes[n]["type"]) for n in net]
[('Dinas Sosial', 'organisation'), ('Bidang Rehabilitasi', 'unit')]
>>> [(u, v, d["label"]) for u, v, d in net.edges(data=True)]
[('http://x/u', 'http://x/o', 'unit dari')]
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import networkx as nx
from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SKOS

from kg.errors import KGError
from kg.figures import LANGS, check_language, describe, figure_from_graph
from kg.identity import kind_of_iri
from kg.vocab import BKG, NIF, SCHEMA

# --- what a node is ---------------------------------------------------------------------------

#: Node types in the order they are tried (a unit is also an organisation; the more specific wins).
TYPE_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "person": (SCHEMA.Person,),
    "unit": (ORG.OrganizationalUnit, BKG.BranchOffice, BKG.RegionalOffice, BKG.OrganizationUnit),
    "organisation": (
        ORG.FormalOrganization, ORG.Organization, SCHEMA.Organization, SCHEMA.GovernmentOrganization,
        SCHEMA.NewsMediaOrganization, SCHEMA.Corporation, BKG.SocialSecurityAgency, BKG.GovernmentAgency,
        BKG.RegionalGovernment, BKG.Company, BKG.CivilSocietyOrganization, BKG.NewsPublisher,
    ),
    "program": (SCHEMA.GovernmentService, BKG.Program),
    "legislation": (SCHEMA.Legislation,),
    "place": (SCHEMA.Place, SCHEMA.City, SCHEMA.AdministrativeArea, SCHEMA.Country),
    "indicator": (BKG.Indicator,),
    "segment": (BKG.ParticipantSegment,),
    "observation": (SCHEMA.Observation, BKG.Metric),
    "quotation": (SCHEMA.Quotation, BKG.Quotation),
    "membership": (ORG.Membership,),
    "article": (SCHEMA.NewsArticle, BKG.NewsArticle, NIF.Context),
    "span": (NIF.String, NIF.OffsetBasedString, BKG.TextSpan),
    "concept": (
        SKOS.Concept, ORG.Role, BKG.Role, BKG.UnitType, BKG.OrganizationType, BKG.LegislationType,
        BKG.Qualifier,
    ),
}
_CLASS_TO_TYPE = {cls: kind for kind, classes in TYPE_CLASSES.items() for cls in classes}
_TYPE_ORDER = {kind: i for i, kind in enumerate(TYPE_CLASSES)}

#: Things the text is about; `kg stats` counts these and `kg path` looks names up among them.
ENTITY_TYPES = ("organisation", "unit", "person", "program", "place", "legislation", "indicator", "segment")
FACT_TYPES = ("observation", "quotation")
PROVENANCE_TYPES = ("article", "span")
CONCEPT_TYPES = ("concept", "class")

#: Node type names for legends and messages, per language.
TYPE_LABELS: dict[str, dict[str, str]] = {
    "organisation": {"id": "Organisasi", "en": "Organisation"},
    "unit": {"id": "Unit organisasi", "en": "Organisational unit"},
    "person": {"id": "Orang", "en": "Person"},
    "program": {"id": "Program", "en": "Programme"},
    "place": {"id": "Tempat", "en": "Place"},
    "legislation": {"id": "Peraturan", "en": "Legislation"},
    "indicator": {"id": "Indikator", "en": "Indicator"},
    "segment": {"id": "Segmen peserta", "en": "Participant segment"},
    "observation": {"id": "Angka", "en": "Figure"},
    "quotation": {"id": "Kutipan", "en": "Quotation"},
    "article": {"id": "Artikel", "en": "Article"},
    "span": {"id": "Kalimat sumber", "en": "Source text"},
    "concept": {"id": "Konsep", "en": "Concept"},
    "class": {"id": "Kelas ontologi", "en": "Ontology class"},
    "other": {"id": "Lainnya", "en": "Other"},
}

# --- what an edge is --------------------------------------------------------------------------

#: Predicates drawn as edges: predicate -> (relation key, Indonesian label, English label).
RELATIONS: dict[URIRef, tuple[str, str, str]] = {
    ORG.unitOf: ("unitOf", "unit dari", "unit of"),
    ORG.subOrganizationOf: ("subOrganizationOf", "bagian dari", "part of"),
    ORG.headOf: ("headOf", "kepala", "head of"),
    ORG.memberOf: ("memberOf", "anggota", "member of"),
    SCHEMA.location: ("location", "berlokasi di", "located in"),
    SCHEMA.provider: ("provider", "diselenggarakan oleh", "provided by"),
    SCHEMA.creator: ("creator", "diucapkan oleh", "said by"),
    SCHEMA.observationAbout: ("observationAbout", "tentang", "about"),
    SCHEMA.variableMeasured: ("variableMeasured", "mengukur", "measures"),
    BKG.segment: ("segment", "segmen", "segment"),
    BKG.changeOf: ("changeOf", "perubahan dari", "change of"),
    BKG.partOf: ("partOf", "bagian dari", "part of"),
    SCHEMA.publisher: ("publisher", "diterbitkan oleh", "published by"),
    SCHEMA.locationCreated: ("locationCreated", "ditulis di", "written in"),
    SCHEMA.mentions: ("mentions", "menyebut", "mentions"),
    SCHEMA.isPartOf: ("isPartOf", "bagian dari", "part of"),
    PROV.wasDerivedFrom: ("wasDerivedFrom", "berasal dari", "derived from"),
    NIF.referenceContext: ("referenceContext", "dalam", "in"),
}
#: Relations that only say where a fact was read; dropped with the provenance nodes.
PROVENANCE_RELATIONS = frozenset(
    {SCHEMA.publisher, SCHEMA.locationCreated, SCHEMA.mentions, SCHEMA.isPartOf, PROV.wasDerivedFrom,
     NIF.referenceContext}
)
#: Predicates pointing at a SKOS concept: folded into a fact of the node, or an edge with `concepts=True`.
CONCEPT_LINKS: dict[URIRef, tuple[str, str, str]] = {
    BKG.orgType: ("orgType", "jenis organisasi", "organisation type"),
    BKG.unitType: ("unitType", "jenis unit", "unit type"),
    BKG.legislationType: ("legislationType", "jenis peraturan", "legislation type"),
    BKG.qualifier: ("qualifier", "kualifikasi", "qualifier"),
    ORG.role: ("role", "jabatan", "role"),
    SCHEMA.variableMeasured: ("variableMeasured", "indikator", "indicator"),
    BKG.segment: ("segment", "segmen", "segment"),
}
#: Node types that are shared vocabulary (an indicator such as "pendapatan", a participant segment):
#: attributes of the figures that use them unless `concepts=True`, so that they neither join unrelated
#: organisations into one component nor carry `kg path` chains.
ATTRIBUTE_TYPES = frozenset({"indicator", "segment"})
#: Inverses of drawn relations and links out of the graph: drawing them would double every edge.
SKIPPED = frozenset({ORG.hasUnit, BKG.mentionedIn, ORG.hasSubOrganization, OWL.sameAs, SCHEMA.sameAs,
                     ORG.member, ORG.organization, RDFS.isDefinedBy, NIF.isString})

#: Predicates about the vocabulary rather than the news; their ends are not drawn unless typed.
SCHEMA_LEVEL = frozenset({RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, RDFS.seeAlso,
                          OWL.inverseOf, OWL.equivalentClass, OWL.equivalentProperty, OWL.imports,
                          SKOS.inScheme, SKOS.topConceptOf, SKOS.hasTopConcept, SKOS.broader, SKOS.narrower,
                          SKOS.exactMatch, SKOS.closeMatch, SKOS.related})

#: Literal-valued predicates shown in a node's facts: predicate -> (Indonesian, English).
FACT_NAMES: dict[URIRef, tuple[str, str]] = {
    SCHEMA.name: ("nama", "name"),
    SCHEMA.alternateName: ("nama lain", "also called"),
    RDFS.label: ("label", "label"),
    SKOS.prefLabel: ("nama", "name"),
    SKOS.altLabel: ("nama lain", "also called"),
    SCHEMA.text: ("teks", "text"),
    SCHEMA.value: ("nilai", "value"),
    SCHEMA.minValue: ("nilai minimum", "minimum value"),
    SCHEMA.maxValue: ("nilai maksimum", "maximum value"),
    SCHEMA.unitCode: ("satuan", "unit"),
    SCHEMA.currency: ("mata uang", "currency"),
    SCHEMA.observationDate: ("tanggal", "date"),
    BKG.periodStart: ("awal periode", "period start"),
    BKG.periodLabel: ("periode", "period"),
    BKG.noPeriod: ("tanpa periode", "no period"),
    BKG.isTarget: ("target", "target"),
    SCHEMA.datePublished: ("tanggal terbit", "published"),
    BKG.legislationNumber: ("nomor", "number"),
    BKG.legislationYear: ("tahun", "year"),
    BKG.extractionRule: ("aturan ekstraksi", "extraction rule"),
}
_FACT_RANK = {p: i for i, p in enumerate(FACT_NAMES)}


def _fact_order(pair: tuple) -> tuple:
    """Names first, then the other facts in FACT_NAMES order, then the rest alphabetically."""
    return (_FACT_RANK.get(pair[0], len(_FACT_RANK)), str(pair[0]), str(pair[1]))


_NOT_FACTS = frozenset({NIF.isString, NIF.anchorOf, NIF.beginIndex, NIF.endIndex})
#: A figure's raw parts, shown as one readable "angka" fact instead (kg.figures).
_RAW_FIGURE = frozenset({SCHEMA.name, SCHEMA.value, SCHEMA.unitCode, SCHEMA.currency, SCHEMA.observationDate,
                         BKG.periodStart, BKG.periodLabel, BKG.qualifier, BKG.isTarget})
_FIGURE_FACT = {"id": "angka", "en": "figure"}
_NAME_PREDICATES = (SCHEMA.name, RDFS.label, SKOS.prefLabel, SCHEMA.alternateName, SKOS.altLabel)
_MEMBER_LABEL = {"id": "anggota", "en": "member"}
_TYPE_EDGE = ("type", "jenis", "type")


# --- reading graph files ----------------------------------------------------------------------

def load_graph(source: str | Path) -> Graph:
    """Read a graph file (.ttl, .trig, .nt, .nq, .jsonld) or a folder of them into one graph.

    Named graphs are merged into one (the union), so a folder of built articles joins on the entity
    IRIs they share. Reading is kg.query's (the same files `kg query` reads, remote JSON-LD contexts
    refused). Raises KGError when the path is missing, holds no graph file or does not parse.
    """
    from kg.query import graph_files, load_dataset

    path = Path(source)
    if path.is_dir() and not graph_files([path]):
        raise KGError(f"{path} holds no graph file (.ttl, .trig, .nt, .nq, .jsonld); run `kg build` first or "
                      "pass another folder")
    return _as_graph(load_dataset([path]))


def _all_triples(graph: Graph) -> Iterable[tuple]:
    """Triples of a graph, or of every named graph of a dataset (its union)."""
    if isinstance(graph, (Dataset, ConjunctiveGraph)):
        return ((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
    return iter(graph)


# --- RDF -> networkx --------------------------------------------------------------------------

def build_network(graph: Graph, lang: str = "id", *, provenance: bool = False,
                  concepts: bool = False) -> nx.MultiDiGraph:
    """The entities and facts of `graph` as a directed multigraph, labelled in `lang` ("id" or "en").

    Nodes: id = IRI; attributes `type` (see TYPE_LABELS), `label` (in `lang`), `label_id`, `label_en`,
    `iri`, `names` (every name, for search), `sentences` (source sentences), `facts` (tuple of dicts
    with `property`, `value`, `sentence`), and for figures `value`, `unit`, `date` when known.
    Edges: key = relation key (membership edges `membership:<role>`), attributes `relation`, `label`,
    `predicate` (IRI), `sentences`, and for memberships `role`, `fact` (the membership IRI), `head`.
    `provenance=True` adds articles and text spans as nodes; `concepts=True` adds SKOS concepts (roles,
    organisation types ...) and ontology classes. Raises KGError for an unknown language.
    """
    check_language(lang)
    return _NetworkBuilder(_as_graph(graph), lang, provenance, concepts).build()


def _as_graph(graph: Graph) -> Graph:
    if isinstance(graph, (Dataset, ConjunctiveGraph)):
        union = Graph()
        for triple in _all_triples(graph):
            union.add(triple)
        return union
    return graph


def _local_name(iri: URIRef) -> str:
    text = str(iri).rstrip("/#")
    return re.split(r"[/#]", text)[-1] or text


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def type_from_iri(iri: URIRef) -> str:
    """The node type an untyped IRI's path names, or "other": CONSTRUCT results often leave out rdf:type."""
    return kind_of_iri(str(iri))


class _NetworkBuilder:
    """One pass over the RDF: classify subjects, then add nodes, then edges, all in sorted order."""

    def __init__(self, graph: Graph, lang: str, provenance: bool, concepts: bool):
        self.g = graph
        self.lang = lang
        self.provenance = provenance
        self.concepts = concepts
        self.types: dict[URIRef, str] = {}
        self.net = nx.MultiDiGraph()

    # classification
    def _classify(self) -> None:
        for subject, cls in self.g.subject_objects(RDF.type):
            if isinstance(subject, BNode):
                continue
            kind = _CLASS_TO_TYPE.get(cls)
            if kind is None:
                continue
            current = self.types.get(subject)
            if current is None or _TYPE_ORDER[kind] < _TYPE_ORDER[current]:
                self.types[subject] = kind

    def _wanted(self, kind: str) -> bool:
        if kind == "membership":
            return False
        if kind in PROVENANCE_TYPES:
            return self.provenance
        if kind in CONCEPT_TYPES or kind in ATTRIBUTE_TYPES:
            return self.concepts
        return True

    # labels
    def label(self, node: URIRef, lang: str) -> str:
        """The name a reader knows the node by: a figure by what it states, a quotation by its words,
        anything else by schema:name, then a label in `lang`, then the IRI's end."""
        kind = self.types.get(node)
        if kind == "observation":
            return self.observation_label(node, lang)
        if kind == "quotation":
            return self.quotation_label(node)
        for predicate in (SCHEMA.name, SKOS.prefLabel, RDFS.label):
            values = [v for v in self.g.objects(node, predicate) if isinstance(v, Literal)]
            if values:
                in_lang = sorted(str(v) for v in values if v.language == lang)
                untagged = sorted(str(v) for v in values if v.language is None)
                other = sorted(str(v) for v in values)
                return (in_lang or untagged or other)[0]
        if kind == "span":
            anchor = self.g.value(node, NIF.anchorOf)
            if anchor is not None:
                return _shorten(str(anchor), 60)
        if kind == "article":
            for predicate in (SCHEMA.headline, SCHEMA.name):
                value = self.g.value(node, predicate)
                if value is not None:
                    return str(value)
        return _local_name(node)

    def names(self, node: URIRef) -> tuple[str, ...]:
        found = {str(v) for p in _NAME_PREDICATES for v in self.g.objects(node, p) if isinstance(v, Literal)}
        return tuple(sorted(found))

    def observation_label(self, obs: URIRef, lang: str) -> str:
        """"peserta aktif: 12,4 juta orang (akhir 2024)": what is measured, then the figure as the press
        writes it (kg.figures.describe: qualifier, unit, period, target/change/segment marks)."""
        indicator = self.g.value(obs, SCHEMA.variableMeasured)
        what = self.label(indicator, lang) if isinstance(indicator, URIRef) else TYPE_LABELS["observation"][lang]
        figure = figure_from_graph(self.g, obs, lang)
        return f"{what}: {describe(figure, lang)}" if figure is not None else what

    def quotation_label(self, quotation: URIRef) -> str:
        """The quotation's opening words ("“Kami akan …”"), never its IRI's number."""
        text = self.g.value(quotation, SCHEMA.text) or next(iter(self.sentences_of(quotation)), None)
        if text is None:
            return TYPE_LABELS["quotation"][self.lang]
        return "“" + _shorten(str(text), 60) + "”"

    # sentences
    def spans_of(self, node: URIRef) -> list[URIRef]:
        spans = [s for s in self.g.objects(node, PROV.wasDerivedFrom) if isinstance(s, URIRef)]
        return sorted(spans, key=self._span_position)

    def _span_position(self, span: URIRef) -> tuple:
        begin = self.g.value(span, NIF.beginIndex)
        context = self.g.value(span, NIF.referenceContext)
        return (str(context or ""), int(begin) if begin is not None else -1, str(span))

    def sentences_of(self, node: URIRef) -> tuple[str, ...]:
        anchors = []
        for span in self.spans_of(node):
            anchor = self.g.value(span, NIF.anchorOf)
            if anchor is not None and str(anchor) not in anchors:
                anchors.append(str(anchor))
        return tuple(anchors)

    def _all_spans(self) -> list[tuple[str, str]]:
        if not hasattr(self, "_spans_cache"):
            spans = {s for s, kind in self.types.items() if kind == "span"}
            spans |= {s for s in self.g.subjects(NIF.anchorOf, None) if isinstance(s, URIRef)}
            self._spans_cache = [(str(self.g.value(s, NIF.anchorOf) or ""), str(s))
                                 for s in sorted(spans, key=self._span_position)]
            self._spans_cache = [(a.casefold(), a) for a, _ in self._spans_cache if a]
        return self._spans_cache

    def sentences_naming(self, a: URIRef, b: URIRef) -> tuple[str, ...]:
        """Source sentences that name both ends of a plain relation.

        The contract gives provenance to facts (memberships, figures, quotations), not to plain triples
        such as org:unitOf; the span that names both ends is the best evidence the graph holds.
        """
        names_a = [n.casefold() for n in self.names(a) if len(n) > 1]
        names_b = [n.casefold() for n in self.names(b) if len(n) > 1]
        if not names_a or not names_b:
            return ()
        found: list[str] = []
        for folded, anchor in self._all_spans():
            if any(n in folded for n in names_a) and any(n in folded for n in names_b) and anchor not in found:
                found.append(anchor)
                if len(found) == 2:
                    break
        return tuple(found)

    # facts shown in the side panel
    def facts_of(self, node: URIRef) -> tuple[dict, ...]:
        """What the side panel lists: literals and concept links, named in the language. A figure's
        number, unit and generated name are replaced by the figure as the press writes it."""
        sentence = (self.sentences_of(node) or ("",))[0]
        facts = []
        figure = figure_from_graph(self.g, node, self.lang) if self.types.get(node) == "observation" else None
        if figure is not None:
            facts.append({"property": _FIGURE_FACT[self.lang], "value": describe(figure, self.lang),
                          "sentence": sentence})
        for predicate, value in sorted(self.g.predicate_objects(node), key=_fact_order):
            if predicate in _NOT_FACTS or predicate == RDF.type or (figure is not None and predicate in _RAW_FIGURE):
                continue
            if isinstance(value, Literal):
                if predicate in (SKOS.prefLabel, RDFS.label) and value.language not in (None, self.lang):
                    continue
                names = FACT_NAMES.get(predicate)
                prop = names[LANGS.index(self.lang)] if names else _local_name(predicate)
                facts.append({"property": prop, "value": str(value), "sentence": sentence})
            elif predicate in CONCEPT_LINKS and isinstance(value, URIRef):
                prop = CONCEPT_LINKS[predicate][1 + LANGS.index(self.lang)]
                facts.append({"property": prop, "value": self.label(value, self.lang), "sentence": sentence})
        return tuple(facts)

    # the graph
    def build(self) -> nx.MultiDiGraph:
        self._classify()
        self._memberships = sorted(s for s, k in self.types.items() if k == "membership")
        nodes = [n for n, kind in self.types.items() if self._wanted(kind)]
        for node in self._relation_targets(nodes):
            self.types.setdefault(node, type_from_iri(node))
            nodes.append(node)
        if self.concepts:
            nodes.extend(self._classes(nodes))
        for node in sorted(set(nodes), key=self._node_order):
            self._add_node(node)
        for source, target, key, data in sorted(self._edges(), key=lambda e: (self._node_order(e[0]),
                                                                              self._node_order(e[1]), e[2])):
            self.net.add_edge(str(source), str(target), key=key, **data)
        self._fill_entity_sentences()
        return self.net

    def _node_order(self, node: URIRef) -> tuple:
        kind = self.types.get(node, "class")
        order = ENTITY_TYPES + FACT_TYPES + PROVENANCE_TYPES + CONCEPT_TYPES + ("other",)
        return (order.index(kind) if kind in order else len(order), self.label(node, "id").casefold(), str(node))

    def _relation_targets(self, nodes: list[URIRef]) -> list[URIRef]:
        """IRIs that no known class types but that a fact links or names: drawn as "other" rather than
        lost. This is what a CONSTRUCT result without rdf:type triples consists of."""
        untyped = [s for s in self.g.subjects() if isinstance(s, URIRef) and s not in self.types]
        extra = {s for s in untyped if (s, RDF.type, None) not in self.g and any(
            isinstance(v, Literal) for p in _NAME_PREDICATES for v in self.g.objects(s, p))}
        for subject, predicate, value in self.g:
            if (not isinstance(value, URIRef) or not isinstance(subject, URIRef) or predicate == RDF.type
                    or predicate in SKIPPED or predicate in CONCEPT_LINKS or predicate in SCHEMA_LEVEL
                    or (not self.provenance and predicate in PROVENANCE_RELATIONS)):
                continue
            for end in (subject, value):
                if end not in self.types and (end, RDF.type, None) not in self.g:
                    extra.add(end)
            if predicate in RELATIONS and subject in self.types and self._wanted(self.types[subject]) \
                    and value not in self.types:
                extra.add(value)  # typed with a class this module does not know, yet clearly linked
        return sorted(extra)

    def _classes(self, nodes: list[URIRef]) -> list[URIRef]:
        classes = {c for n in nodes for c in self.g.objects(n, RDF.type) if isinstance(c, URIRef)}
        for cls in classes:
            self.types.setdefault(cls, "class")
        return sorted(c for c in classes if self.types[c] == "class")

    def _add_node(self, node: URIRef) -> None:
        kind = self.types[node]
        attrs = {
            "type": kind,
            "label": self.label(node, self.lang),
            "label_id": self.label(node, "id"),
            "label_en": self.label(node, "en"),
            "iri": str(node),
            "names": self.names(node),
            "sentences": self.sentences_of(node),
            "facts": self.facts_of(node),
        }
        if kind == "observation":
            attrs.update(observation_values(self.g, node, self.lang))
        self.net.add_node(str(node), **attrs)

    def _relation_label(self, entry: tuple[str, str, str]) -> str:
        return entry[1 + LANGS.index(self.lang)]

    def _edges(self) -> Iterable[tuple[URIRef, URIRef, str, dict]]:
        present = {URIRef(n) for n in self.net}
        membership_pairs = set()
        for membership in self._memberships:
            edge = self._membership_edge(membership, present)
            if edge is not None:
                membership_pairs.add((edge[0], edge[1]))
                yield edge
        for source in sorted(present, key=str):
            for predicate, target in sorted(self.g.predicate_objects(source), key=lambda po: (str(po[0]), str(po[1]))):
                if not isinstance(target, URIRef) or target not in present or predicate in SKIPPED:
                    continue
                if predicate in (ORG.headOf, ORG.memberOf) and (source, target) in membership_pairs:
                    continue  # the membership edge already says "Kepala"; one edge per fact
                entry = RELATIONS.get(predicate) or CONCEPT_LINKS.get(predicate)
                if predicate == RDF.type:
                    entry = _TYPE_EDGE
                if entry is None:
                    entry = (_local_name(predicate), _local_name(predicate), _local_name(predicate))
                yield source, target, entry[0], {
                    "relation": entry[0],
                    "label": self._relation_label(entry),
                    "predicate": str(predicate),
                    "sentences": self._edge_sentences(source, target),
                }

    def _edge_sentences(self, source: URIRef, target: URIRef) -> tuple[str, ...]:
        kind = self.types.get(source)
        if kind in ("observation", "quotation", "span") or self.spans_of(source):
            own = self.sentences_of(source)
            if own:
                return own
        if kind in ENTITY_TYPES and self.types.get(target) in ENTITY_TYPES:
            return self.sentences_naming(source, target)
        return ()

    def _membership_edge(self, membership: URIRef, present: set[URIRef]):
        """person -> organisation, labelled with the role ("Kepala"), carrying the membership's sentence."""
        person = self.g.value(membership, ORG.member)
        organisation = self.g.value(membership, ORG.organization)
        if person not in present or organisation not in present:
            return None
        role = self.g.value(membership, ORG.role)
        if isinstance(role, URIRef):
            role_label = self.label(role, self.lang)
            role_key = _local_name(role)
        else:
            role_label = str(self.g.value(membership, RDFS.label) or _MEMBER_LABEL[self.lang])
            role_key = "member"
        head = (isinstance(role, URIRef) and self.g.value(role, BKG.leadsOrganization) == Literal(True)) or (
            (person, ORG.headOf, organisation) in self.g)
        return person, organisation, f"membership:{role_key}", {
            "relation": "membership",
            "label": role_label,
            "predicate": str(ORG.member),
            "sentences": self.sentences_of(membership),
            "role": role_label,
            "fact": str(membership),
            "head": bool(head),
        }

    def _fill_entity_sentences(self) -> None:
        """An entity without its own span shows the sentences of the facts about it."""
        for node, data in self.net.nodes(data=True):
            if data["sentences"]:
                continue
            found: list[str] = []
            for _, _, edge in sorted(list(self.net.out_edges(node, data=True)) + list(self.net.in_edges(node, data=True)),
                                     key=lambda e: (e[0], e[1], e[2]["relation"])):
                for sentence in edge["sentences"]:
                    if sentence not in found:
                        found.append(sentence)
            data["sentences"] = tuple(found[:5])


# --- figures ---------------------------------------------------------------------------------

def observation_values(graph: Graph, obs: URIRef, lang: str = "id") -> dict:
    """A figure's attributes for exports and pages: `value` (float), `unit` (unit or currency code),
    `date` (ISO end of period), `figure` (as the press writes it, kg.figures) and `indicator`."""
    figure = figure_from_graph(graph, obs, lang)
    found: dict = {}
    if figure is not None:
        found.update(value=float(figure.value), unit=figure.unit, figure=describe(figure, lang))
        if figure.period_end is not None:
            found["date"] = figure.period_end.isoformat()
    indicator = graph.value(obs, SCHEMA.variableMeasured)
    if isinstance(indicator, URIRef):
        labels = sorted(str(v) for v in graph.objects(indicator, SKOS.prefLabel)
                        if isinstance(v, Literal) and v.language in (lang, None))
        found["indicator"] = labels[0] if labels else _local_name(indicator)
    return found


# --- analysis ---------------------------------------------------------------------------------

def network_stats(net: nx.MultiDiGraph, top: int = 10) -> dict:
    """Counts a reader wants first: entities by type, facts by kind, the most connected entities and
    the connected components (largest first). JSON-serialisable."""
    entities = Counter(d["type"] for _, d in net.nodes(data=True) if d["type"] in ENTITY_TYPES)
    facts: Counter = Counter(d["type"] for _, d in net.nodes(data=True) if d["type"] in FACT_TYPES)
    for _, _, data in net.edges(data=True):
        if data["relation"] not in ("observationAbout", "variableMeasured", "creator"):
            facts[data["relation"]] += 1  # those three are already counted as their figure or quotation
    undirected = nx.Graph(net)
    ranked = sorted((n for n in net if net.nodes[n]["type"] in ENTITY_TYPES),
                    key=lambda n: (-net.degree(n), net.nodes[n]["label"].casefold(), n))
    components = sorted((sorted(c) for c in nx.connected_components(undirected)),
                        key=lambda c: (-len(c), c[0]))
    return {
        "nodes": net.number_of_nodes(),
        "edges": net.number_of_edges(),
        "entities_by_type": {k: entities[k] for k in ENTITY_TYPES if entities[k]},
        "facts_by_kind": dict(sorted(facts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "most_connected": [
            {"label": net.nodes[n]["label"], "type": net.nodes[n]["type"], "degree": net.degree(n), "iri": n}
            for n in ranked[:top]
        ],
        "components": {
            "count": len(components),
            "sizes": [len(c) for c in components],
            "largest": [_component_summary(net, c) for c in components[:5]],
        },
    }


def _component_summary(net: nx.MultiDiGraph, members: list[str]) -> dict:
    hub = min(members, key=lambda n: (-net.degree(n), net.nodes[n]["label"].casefold(), n))
    return {"size": len(members), "hub": net.nodes[hub]["label"]}


_STATS_TEXT = {
    "id": {"size": "{nodes} simpul, {edges} hubungan", "entities": "Entitas menurut jenis",
           "facts": "Fakta menurut jenis", "connected": "Paling banyak terhubung",
           "components": "Bagian yang terhubung: {count}", "more": "{hub} dan {more} lainnya"},
    "en": {"size": "{nodes} nodes, {edges} edges", "entities": "Entities by type", "facts": "Facts by kind",
           "connected": "Most connected", "components": "Connected components: {count}",
           "more": "{hub} and {more} more"},
}


def format_stats(stats: dict, lang: str = "id") -> str:
    """`network_stats` as aligned plain-text tables for a terminal, in `lang`."""
    text = _STATS_TEXT[check_language(lang)]
    lines = [text["size"].format(nodes=stats["nodes"], edges=stats["edges"]), ""]
    lines += _table(text["entities"], [(TYPE_LABELS[k][lang], v) for k, v in stats["entities_by_type"].items()])
    lines += _table(text["facts"], list(stats["facts_by_kind"].items()))
    lines += _table(text["connected"], [(f"{e['label']} ({TYPE_LABELS[e['type']][lang]})", e["degree"])
                                        for e in stats["most_connected"]])
    comps = stats["components"]
    lines += _table(text["components"].format(count=comps["count"]),
                    [(text["more"].format(hub=c["hub"], more=c["size"] - 1) if c["size"] > 1 else c["hub"], c["size"])
                     for c in comps["largest"]])
    return "\n".join(lines).rstrip() + "\n"


def _table(title: str, rows: list[tuple[str, int]]) -> list[str]:
    width = max([len(str(name)) for name, _ in rows] + [10])
    out = [title, "-" * len(title)]
    out += [f"  {str(name):<{width}}  {count:>6}" for name, count in rows] or ["  (none)"]
    return out + [""]


class NameNotFound(KGError):
    """No entity has that name."""


class AmbiguousName(KGError):
    """Several entities have that name."""


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def find_entity(net: nx.MultiDiGraph, name: str) -> str:
    """The node id of the one entity called `name` (any name or alternate name, case-insensitive,
    or its IRI). Raises NameNotFound or AmbiguousName listing candidates so the user can pick one."""
    if name in net:
        return name
    wanted = _fold(name)
    entities = [n for n, d in net.nodes(data=True) if d["type"] in ENTITY_TYPES]
    exact = [n for n in entities if wanted in {_fold(x) for x in net.nodes[n]["names"] + (net.nodes[n]["label"],)}]
    if len(exact) == 1:
        return exact[0]
    if exact:
        raise AmbiguousName(f"{name!r} names {len(exact)} entities: {_candidates(net, exact)}; "
                            "pass the IRI of the one you mean")
    near = [n for n in entities if any(wanted in _fold(x) for x in net.nodes[n]["names"] + (net.nodes[n]["label"],))]
    hint = f"; did you mean: {_candidates(net, near)}" if near else "; `kg stats` lists the most connected entities"
    raise NameNotFound(f"no entity is called {name!r}{hint}")


def _candidates(net: nx.MultiDiGraph, nodes: list[str], limit: int = 10) -> str:
    ordered = sorted(nodes, key=lambda n: (net.nodes[n]["label"].casefold(), n))
    shown = [f"{net.nodes[n]['label']} ({net.nodes[n]['type']}, {n})" for n in ordered[:limit]]
    more = f" and {len(ordered) - limit} more" if len(ordered) > limit else ""
    return "; ".join(shown) + more


@dataclass(frozen=True)
class Step:
    """One link of a chain: `source` -[label]-> `target` as the fact states it, with its sentence."""

    source: str
    source_label: str
    relation: str
    label: str
    target: str
    target_label: str
    sentence: str
    forward: bool  # False when the chain walks the edge against its direction


def shortest_chain(net: nx.MultiDiGraph, start: str, end: str) -> list[Step] | None:
    """The shortest chain of facts from node `start` to node `end` (edges walked either way), or None
    when they are not connected. Ties go to the first path in the graph's sorted order."""
    undirected = nx.Graph()
    undirected.add_nodes_from(net)
    undirected.add_edges_from((u, v) for u, v in net.edges())
    try:
        nodes = nx.shortest_path(undirected, start, end)
    except nx.NetworkXNoPath:
        return None
    steps = []
    for a, b in zip(nodes, nodes[1:]):
        forward = net.has_edge(a, b)
        u, v = (a, b) if forward else (b, a)
        data = min(net[u][v].values(), key=lambda d: (not d["sentences"], d["relation"], d["label"]))
        steps.append(Step(u, net.nodes[u]["label"], data["relation"], data["label"], v, net.nodes[v]["label"],
                          _step_sentence(net, u, v, data), forward))
    return steps


def _step_sentence(net: nx.MultiDiGraph, source: str, target: str, edge: dict) -> str:
    """The sentence a step rests on: the edge's own, else one both ends come from, else either end's."""
    if edge["sentences"]:
        return edge["sentences"][0]
    source_sentences, target_sentences = net.nodes[source]["sentences"], net.nodes[target]["sentences"]
    shared = [s for s in source_sentences if s in target_sentences]
    return (shared or list(source_sentences) or list(target_sentences) or [""])[0]


def format_chain(steps: list[Step]) -> str:
    """One line per step, the relation read in its own direction, then the sentence it came from."""
    lines = []
    for i, step in enumerate(steps, 1):
        lines.append(f"{i}. {step.source_label} --[{step.label}]--> {step.target_label}")
        if step.sentence:
            lines.append(f"   “{' '.join(step.sentence.split())}”")
    return "\n".join(lines) + "\n"


def stats_json(stats: dict) -> str:
    return json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


__all__ = [
    "ENTITY_TYPES", "TYPE_LABELS", "RELATIONS", "load_graph", "build_network",
    "network_stats", "format_stats", "find_entity", "shortest_chain", "format_chain", "Step",
    "NameNotFound", "AmbiguousName", "observation_values", "ATTRIBUTE_TYPES",
]
