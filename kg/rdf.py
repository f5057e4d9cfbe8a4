"""Facts -> RDF in the public vocabulary (W3C ORG, schema.org, PROV-O, NIF) plus the project's ontology.

IRIs are readable and stable: entities under {base}org/…, person/…, place/…, program/…, legislation/…
(shared across articles, so the union of many articles joins on them); facts under the article's IRI.
No blank nodes, so the same facts always serialise to the same bytes."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.serializers.nquads import _nq_row
from rdflib.plugins.serializers.nt import _quoteLiteral

from kg import gazetteer
from kg.facts import ArticleFacts
from kg.figures import describe, figure_from_metric
from kg.lexicon import lexicon_graph, load
from kg.ontology import superclasses
from kg.identity import entity_path, identity_path, indicator_path, membership_path, place_key_name, role_path, \
    person_identity_key, text_digest
from kg.vocab import BKG, DEFAULT_BASE, NIF, SCHEMA

PREFIXES = {"schema": SCHEMA, "org": ORG, "prov": PROV, "nif": NIF, "skos": SKOS, "bkg": BKG._NS,
            "rdfs": RDFS, "xsd": XSD, "role": Namespace("https://w3id.org/berita-kg/vocab/role/"),
            "indicator": Namespace("https://w3id.org/berita-kg/vocab/indicator/"),
            "qualifier": Namespace("https://w3id.org/berita-kg/vocab/qualifier/")}


def article_id(facts: ArticleFacts) -> str:
    """'2025-07-30-semarang-1a2b3c4d': date, dateline and a hash of the text, stable for the same text."""
    digest = text_digest(facts.text)
    parts = [facts.published.isoformat() if facts.published else "undated"]
    if facts.dateline_place:
        parts.append(place_key_name(facts.dateline_place))
    parts.append(digest)
    return "-".join(parts)


# the terms every text span states, looked up once: an rdflib namespace resolves each attribute in Python code
_SPAN_TYPES = (NIF.String, NIF.OffsetBasedString, BKG.TextSpan)
_TYPE, _BEGIN, _END, _ANCHOR, _CONTEXT = RDF.type, NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext


@lru_cache(maxsize=65536)
def _offset(n: int) -> Literal:
    """The xsd:nonNegativeInteger literal of a character offset, made once: spans of every article share
    them, and an rdflib Literal costs a type check and a cast each time it is made."""
    return Literal(n, datatype=XSD.nonNegativeInteger)


@lru_cache(maxsize=65536, typed=True)  # typed: Literal(True) and Literal(1) are not the same literal
def _literal(value: str | bool | int, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
    """The rdflib Literal of a value, made once: an rdflib Literal checks and casts its value each time it is
    made (a quarter of writing an article), and rules, units, dates, names and anchors recur within an article
    and across articles. A Literal never changes, so graphs may share one."""
    return Literal(value, lang=lang, datatype=datatype)


def add_text_span(add, article: URIRef, text: str, begin: int, end: int) -> URIRef:
    """The NIF node of the characters begin..end of the article's text, its triples given to `add`."""
    node = URIRef(f"{article}#char={begin},{end}")
    for triple in ((node, _TYPE, _SPAN_TYPES[0]), (node, _TYPE, _SPAN_TYPES[1]), (node, _TYPE, _SPAN_TYPES[2]),
                   (node, _BEGIN, _offset(begin)), (node, _END, _offset(end)),
                   (node, _ANCHOR, _literal(text[begin:end])), (node, _CONTEXT, article)):
        add(triple)
    return node


class GraphWriter:
    def __init__(self, facts: ArticleFacts, base: str = DEFAULT_BASE):
        if not base.endswith(("/", "#")):
            base += "/"
        self.f, self.base = facts, Namespace(base)
        self.aid = article_id(facts)
        self.article = self.base[f"article/{self.aid}"]
        # the triples in the order first stated, each once (as a graph keeps them): kept in plain dicts, since
        # an rdflib graph costs several index updates per triple and the store's path never needs one
        self.triples: dict[tuple, None] = {}
        self._labelled: set[URIRef] = set()  # the concepts given a skos:prefLabel (the only places that add one)
        self.lex = load()
        digest = text_digest(facts.text)
        self.person_keys = {p.key: person_identity_key(p.name, p.office, digest) for p in facts.people}

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    def add_triple(self, triple: tuple) -> None:
        self.add(*triple)

    def iri(self, kind: str, key: str) -> URIRef:
        return self.base[entity_path(kind, key)]

    def person(self, key: str) -> URIRef:
        """A person's IRI across articles from their key within this one: their name and office
        (`kg.identity.person_identity_key`)."""
        return self.iri("person", self.person_keys[key])

    def span(self, begin: int, end: int) -> URIRef:
        return add_text_span(self.add_triple, self.article, self.f.text, begin, end)

    def names(self, node, name: str, aliases) -> None:
        self.add(node, SCHEMA.name, _literal(name))
        for a in aliases:
            if a != name:
                self.add(node, SCHEMA.alternateName, _literal(a))

    def identity_evidence(self, node, key: str, name: str, at, rule: str) -> None:
        """Why `node` has the IRI it shares with other articles: the rule, the name that decided and where it is
        written (an article-scoped bkg:IdentityDecision)."""
        evidence = URIRef(f"{self.article}/{identity_path(key)}")
        self.add(evidence, RDF.type, BKG.IdentityDecision)
        self.add(evidence, BKG.identifies, node)
        self.add(evidence, BKG.matchedName, _literal(name))
        self.add(evidence, BKG.extractionRule, _literal(rule))
        self.add(evidence, PROV.wasDerivedFrom, self.span(at.begin, at.end))

    def mention(self, node) -> None:
        self.add(self.article, SCHEMA.mentions, node)
        self.add(node, BKG.mentionedIn, self.article)

    def build(self) -> Graph:
        f, a = self.f, self.article
        self.add(a, RDF.type, SCHEMA.NewsArticle)
        self.add(a, RDF.type, NIF.Context)
        self.add(a, RDF.type, BKG.NewsArticle)
        self.add(a, NIF.isString, Literal(f.text))
        if f.published:
            self.add(a, SCHEMA.datePublished, _literal(f.published.isoformat(), datatype=XSD.date))
        if f.publisher:
            self.add(a, SCHEMA.publisher, self.iri("org", f.publisher))
        if f.dateline_place:
            self.add(a, SCHEMA.locationCreated, self.iri("place", f.dateline_place))
        if f.url:
            self.add(a, SCHEMA.url, URIRef(f.url))
        if f.headline:
            self.add(a, SCHEMA.headline, Literal(f.headline))
        if f.author:  # the byline as written: a name, not a person the article is about
            self.add(a, SCHEMA.author, Literal(f.author))
        for p in f.places:
            node = self.iri("place", p.key)
            self.add(node, RDF.type, SCHEMA.Place)
            extra = {"country": SCHEMA.Country, "province": SCHEMA.State, "city": SCHEMA.City, "regency": SCHEMA.AdministrativeArea,
                     "special": SCHEMA.City, "town": SCHEMA.City, "foreign-city": SCHEMA.City,
                     "district": SCHEMA.AdministrativeArea, "village": SCHEMA.AdministrativeArea}.get(p.kind)
            if extra:
                self.add(node, RDF.type, extra)
            code = gazetteer.region_code(p.name, p.kind) if p.kind in gazetteer.KINDS else None
            if code:
                self.add(node, BKG.regionCode, _literal(code))
            self.names(node, p.name, sorted(p.aliases))
            self.mention(node)
        for o in f.organizations:
            node = self.iri("org", o.key)
            for c in o.classes:
                self.add(node, RDF.type, c)
            self.names(node, o.name, o.aliases)
            if o.org_type is not None:
                self.add(node, BKG.orgType, o.org_type)
            if o.unit_type is not None:
                self.add(node, BKG.unitType, o.unit_type)
            if o.parent:
                self.add(node, ORG.unitOf, self.iri("org", o.parent))
                self.add(self.iri("org", o.parent), ORG.hasUnit, node)
            for loc in o.locations:
                self.add(node, SCHEMA.location, self.iri("place", loc))
            if o.identified_as:
                self.identity_evidence(node, o.key, o.identified_as, o.identified_at, "identity.national-institution")
            self.mention(node)
        first_title = self._first_titles()
        for p in f.people:
            node = self.person(p.key)
            self.add(node, RDF.type, SCHEMA.Person)
            self.names(node, p.name, p.aliases)
            if p.office and p.key in first_title:  # the title that gave the IRI its office
                self.identity_evidence(node, f"person/{self.person_keys[p.key]}", p.name, first_title[p.key],
                                       "identity.person-office")
            self.mention(node)
        for p in f.programs:
            node = self.iri("program", p.key)
            self.add(node, RDF.type, SCHEMA.GovernmentService)
            self.add(node, RDF.type, BKG.Program)
            self.names(node, p.name, p.aliases)
            if p.provider:
                self.add(node, SCHEMA.provider, self.iri("org", p.provider))
            if p.concept is not None:
                self.add(node, SKOS.exactMatch, p.concept)
            self.mention(node)
        for law in f.legislation:
            node = self.iri("legislation", law.key)
            self.add(node, RDF.type, SCHEMA.Legislation)
            self.names(node, law.name, law.aliases)
            self.add(node, BKG.legislationType, law.legislation_type)
            self.add(node, BKG.legislationNumber, _literal(law.number))
            self.add(node, BKG.legislationYear, _literal(law.year, datatype=XSD.gYear))
            self.mention(node)
        self._memberships()
        self._metrics()
        self._quotations()
        self._state_superclasses()
        return self

    def graph(self) -> Graph:
        """The built triples as an rdflib graph, added in the order they were stated."""
        g = Graph()
        self._bind(g)
        for triple in self.triples:
            g.add(triple)
        return g

    def _bind(self, target: Graph) -> None:
        for p, ns in PREFIXES.items():
            target.bind(p, ns)
        target.bind("id", self.base)

    def _first_titles(self) -> dict:
        """Each person's first title in the text (its span, with the name and the organisation): the evidence of
        the office their IRI carries."""
        first = {}
        for m in sorted(self.f.memberships, key=lambda m: (m.span.begin, m.span.end)):
            first.setdefault(m.person, m.span)
        return first

    def _state_superclasses(self) -> None:
        """Each node also states every superclass of its types (the graph is closed under the ontology's
        rdfs:subClassOf), so shapes/ alone validates it and plain SPARQL finds it by the standard class."""
        rdf_type = RDF.type  # compared as text: rdflib's == on terms is Python code, run on every triple
        for node, cls in [(s, o) for s, p, o in self.triples if str.__eq__(p, rdf_type)]:
            for superclass in superclasses(cls):
                self.add(node, rdf_type, superclass)

    def _memberships(self) -> None:
        for m in self.f.memberships:
            node = self.base[membership_path(m.person, m.role_label, m.organization)]
            person, org = self.person(m.person), self.iri("org", m.organization)
            self.add(node, RDF.type, ORG.Membership)
            self.add(node, ORG.member, person)
            self.add(node, ORG.organization, org)
            role = m.role
            if role is None:  # a title more specific than the lexicon's: minted under the base, narrower than it
                role = self.base[role_path(m.role_label)]
                self.add(role, RDF.type, ORG.Role)
                self.add(role, RDF.type, SKOS.Concept)
                self.add(role, RDF.type, BKG.Role)
                self._minted_label(role, m.role_label)
                self.add(role, SKOS.broader, m.role_concept)
                self.add(role, BKG.leadsOrganization, _literal(m.head))
            else:
                self._concept(role)
            self.add(node, ORG.role, role)
            self.add(node, RDFS.label, _literal(m.label, lang="id"))
            self.add(node, PROV.wasDerivedFrom, self.span(m.span.begin, m.span.end))
            self.add(node, BKG.extractionRule, _literal(m.rule))
            self.add(person, ORG.memberOf, org)
            if m.head:
                self.add(person, ORG.headOf, org)

    def _minted_label(self, concept: URIRef, label: str) -> None:
        """The label of a concept minted from the text, once: its IRI comes from the words alone, so the same title
        written again across a line break or in capitals is the same concept, and keeps the first label (a
        concept has one skos:prefLabel per language), its spaces made single."""
        if concept not in self._labelled:
            self._labelled.add(concept)
            self.add(concept, SKOS.prefLabel, _literal(" ".join(label.split()), lang="id"))

    def _concept(self, concept: URIRef) -> None:
        """Lexicon concepts the graph uses travel with it (type and labels), so the graph reads on its own."""
        for p, o in _lexicon_statements(concept):
            self.add(concept, p, o)
            if p == SKOS.prefLabel:
                self._labelled.add(concept)

    def _metrics(self) -> list[URIRef]:
        nodes = []
        for k in range(len(self.f.metrics)):
            nodes.append(URIRef(f"{self.article}/observation/{k + 1:03d}"))
        for k, m in enumerate(self.f.metrics):
            node = nodes[k]
            self.add(node, RDF.type, SCHEMA.Observation)
            self.add(node, RDF.type, BKG.Metric)
            self.add(node, SCHEMA.observationAbout, self.iri(m.subject_kind, m.subject))
            self.add(node, SCHEMA.value, _literal(_decimal(m.value), datatype=XSD.decimal))
            if m.unit in ("count", "percent"):
                self.add(node, SCHEMA.unitCode, _literal(m.unit_code))
            else:
                self.add(node, SCHEMA.currency, _literal(m.unit))
            indicator = m.indicator
            if indicator is None:
                indicator = self.base[indicator_path(m.indicator_label)]
                self.add(indicator, RDF.type, BKG.Indicator)
                self.add(indicator, RDF.type, SKOS.Concept)
                self._minted_label(indicator, m.indicator_label)
            else:
                self._concept(indicator)
            self.add(node, SCHEMA.variableMeasured, indicator)
            self._figure_names(node, m, indicator)
            if m.period_end:
                self.add(node, SCHEMA.observationDate, _literal(m.period_end.isoformat(), datatype=XSD.date))
                self.add(node, BKG.periodStart, _literal(m.period_start.isoformat(), datatype=XSD.date))
                if m.period_label:
                    self.add(node, BKG.periodLabel, _literal(m.period_label, lang="id"))
            else:
                self.add(node, BKG.noPeriod, _literal(True))
            qualifier = self.lex.qualifier(m.qualifier).iri
            self._concept(qualifier)
            self.add(node, BKG.qualifier, qualifier)
            if m.is_target:
                self.add(node, BKG.isTarget, _literal(True))
            if m.change_of is not None:
                self.add(node, BKG.changeOf, nodes[m.change_of])
            if m.part_of is not None:
                self.add(node, BKG.partOf, nodes[m.part_of])
            self.add(node, PROV.wasDerivedFrom, self.span(m.span.begin, m.span.end))
            self.add(node, BKG.extractionRule, _literal(m.rule))
            self.add(node, SCHEMA.isPartOf, self.article)
        return nodes

    def _figure_names(self, node: URIRef, m, indicator: URIRef) -> None:
        """The figure as the press writes it ("pekerja: 45,2 juta orang (hingga akhir 2024)"), so every
        reader of the graph (a SPARQL result, a triple store's browser) shows what the article said rather
        than "45200000.0": schema:name in Indonesian, rdfs:label in Indonesian and English."""
        figure = figure_from_metric(m)
        said = f"{m.indicator_label}: {describe(figure, 'id')}"
        self.add(node, SCHEMA.name, _literal(said))
        self.add(node, RDFS.label, _literal(said, lang="id"))
        english = self.lex_label(indicator, "en") or m.indicator_label
        self.add(node, RDFS.label, _literal(f"{english}: {describe(figure, 'en')}", lang="en"))

    def lex_label(self, concept: URIRef, lang: str) -> str | None:
        """The lexicon's skos:prefLabel of `concept` in `lang`, if it has one."""
        return _lexicon_label(concept, lang)

    def _quotations(self) -> None:
        for q in self.f.quotations:
            node = URIRef(f"{self.article}/quotation/{q.span.begin}")
            self.add(node, RDF.type, SCHEMA.Quotation)
            self.add(node, RDF.type, BKG.Quotation)
            self.add(node, SCHEMA.text, Literal(q.text))
            self.add(node, SCHEMA.creator, self.person(q.speaker))
            self.add(node, SCHEMA.isPartOf, self.article)
            self.add(node, PROV.wasDerivedFrom, self.span(q.span.begin, q.span.end))
            self.add(node, PROV.wasDerivedFrom, self.span(q.evidence.begin, q.evidence.end))
            self.add(node, BKG.extractionRule, _literal(q.rule))


@lru_cache(maxsize=4096)
def _lexicon_statements(concept: URIRef) -> tuple[tuple[URIRef, object], ...]:
    """The (predicate, object) pairs a lexicon concept travels with (type, labels, scheme, whether it heads),
    in the lexicon graph's order, read once per concept: the lexicon never changes within a process, and
    looking them up in the rdflib graph for every figure and title was a tenth of writing an article."""
    lg = lexicon_graph()
    return tuple((p, o) for p in (RDF.type, SKOS.prefLabel, SKOS.inScheme, BKG.leadsOrganization)
                 for o in lg.objects(concept, p))


@lru_cache(maxsize=4096)  # bounded: an indicator minted from an article's words is asked too
def _lexicon_label(concept: URIRef, lang: str) -> str | None:
    for label in lexicon_graph().objects(concept, SKOS.prefLabel):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return None


def _decimal(v: Decimal) -> str:
    """Canonical xsd:decimal ("12400000.0", "7.25"), the form Turtle writes and reads back unchanged."""
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s + ".0" if "." not in s else s


def to_graph(facts: ArticleFacts, base: str = DEFAULT_BASE) -> Graph:
    return GraphWriter(facts, base).build().graph()


def graph_name(article: URIRef | str) -> URIRef:
    """The name of an article's graph in every format: {base}article/{id} -> {base}graph/{id}.

    Readers of triple formats (Turtle, N-Triples) name the graph of a file the same way from its article.

    >>> str(graph_name("https://w3id.org/berita-kg/id/article/2025-07-30-semarang-e0c377b2"))
    'https://w3id.org/berita-kg/id/graph/2025-07-30-semarang-e0c377b2'

    Raises ValueError for an IRI that is not an article's ({base}article/{id}).
    """
    base, marker, aid = str(article).rpartition("/article/")
    if not marker or not aid or "/" in aid or "#" in aid:
        raise ValueError(f"{article} is not an article IRI ({{base}}article/{{id}})")
    return URIRef(f"{base}/graph/{aid}")


def to_dataset(facts: ArticleFacts, base: str = DEFAULT_BASE) -> Dataset:
    """The article as a named graph {base}graph/{article-id} in a Dataset (see graph_name)."""
    w = GraphWriter(facts, base).build()
    ds = Dataset()
    w._bind(ds)
    named = ds.graph(graph_name(w.article))
    for triple in w.triples:
        named.add(triple)
    return ds


def to_nquads(facts: ArticleFacts, base: str = DEFAULT_BASE) -> str:
    """The article's named graph as N-Quads: the lines `to_dataset(...).serialize(format="nquads")` writes
    (each written by rdflib's own N-Quads row writer), in the order the facts were stated rather than in
    the order of rdflib's hash sets, and without building the dataset (what a store's workers send)."""
    w = GraphWriter(facts, base).build()
    written = "".join(_nquads_rows(w.triples, graph_name(w.article)))
    return written.encode("utf-8", "replace").decode("utf-8")  # as the serialiser encodes it


def _nquads_rows(triples, graph: URIRef):
    """The lines rdflib's N-Quads row writer (`_nq_row`) writes, each IRI written once: an article repeats
    its IRIs (the article, its graph, the predicates) hundreds of times, and rdflib checks each again."""
    written: dict[URIRef, str] = {}

    def iri(term: URIRef) -> str:
        text = written.get(term)
        if text is None:
            text = written[term] = term.n3()
        return text

    ending = f" {graph.n3()} .\n"
    for s, p, o in triples:
        if type(s) is not URIRef or type(p) is not URIRef:  # never made here; rdflib writes it as it would
            yield _nq_row((s, p, o), graph)
            continue
        if isinstance(o, Literal):
            yield f"{iri(s)} {iri(p)} {_quoteLiteral(o)}{ending}"
        elif type(o) is URIRef:
            yield f"{iri(s)} {iri(p)} {iri(o)}{ending}"
        else:
            yield f"{iri(s)} {iri(p)} {o.n3()}{ending}"
