"""People joined across the articles of a corpus store: a short form of a name in one article ("Farah") and the
full name in another ("Farah Diana"), both of one office, are one person. Each article's graph keeps the IRI its
own text gives (`kg.identity.person_identity_key`: name and office), since an article's graph never depends on
the others; the store states the join beside them, in one graph of its own ({base}graph/identity), as
`<short> owl:sameAs <full>` with a bkg:IdentityDecision that names the full name and the two spans it rests on.

Only within one office, and only when the short form's words are in exactly one full name of that office: "Budi"
beside "Budi Santoso" and "Budi Hartono" of one office is left alone (prefer a split to a false merge), and a
person without an office is never joined. The graph is recomputed from the store after every build, so it is the
same for the same corpus whatever order its articles were built in."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF

from kg.identity import norm, person_identity_evidence
from kg.ontology import superclasses
from kg.vocab import BKG, NIF, SCHEMA

RULE = "identity.person-short-name"
GRAPH_PATH = "graph/identity"

# the people whose IRI carries an office or an article ('--'), from the union of the articles (the default graph)
PEOPLE_QUERY = f"""SELECT ?person ?name ?article WHERE {{
  ?person a <{SCHEMA.Person}> ; <{BKG.mentionedIn}> ?article ; <{SCHEMA.name}> ?name .
  FILTER(CONTAINS(STR(?person), "--"))
}}"""


@dataclass(frozen=True)
class Named:
    """A person IRI of the store, one of its names, and the first article (by IRI) that writes it."""

    iri: str
    name: str
    article: str

    @cached_property
    def base(self) -> str:
        return self.iri.rsplit("person/", 1)[0]

    @cached_property
    def office(self) -> str | None:
        return person_identity_evidence(self.iri.rsplit("/", 1)[-1])[0]

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(norm(self.name).split())


def people_named(rows) -> list[Named]:
    """Each (IRI, name) of a person, with the first article that names them, in IRI order."""
    first: dict[tuple[str, str], str] = {}
    for iri, name, article in rows:
        key = (iri, name)
        first[key] = min(first.get(key, article), article)
    found = [Named(iri, name, article) for (iri, name), article in first.items()]
    return sorted(found, key=lambda n: (n.iri, n.name))


def short_name_links(people: list[Named], decisions=()) -> list[tuple[Named, Named]]:
    """(short, full) pairs of one office: the short form's words are in the full name's and in no other full name
    of the office, and no "not-same" decision of the user (`kg.sameas.Decision`) names the two."""
    by_office: dict[tuple[str, str], list[Named]] = defaultdict(list)
    for n in people:
        if n.office:
            by_office[(n.base, n.office)].append(n)
    links = []
    for names in by_office.values():
        by_word: dict[str, set[Named]] = defaultdict(set)
        for n in names:
            for word in n.words:
                by_word[word].add(n)
        for short in names:
            holders = set.intersection(*(by_word[w] for w in short.words)) if short.words else set()
            # by IRI: the short form's own IRI with a longer name (a user's "same" joined it) needs no join
            fuller: dict[str, Named] = {}
            for n in sorted(holders, key=lambda n: (n.iri, n.name)):
                if short.words < n.words:
                    fuller.setdefault(n.iri, n)
            full = next(iter(fuller.values()), None)
            if len(fuller) == 1 and short.iri not in fuller and not _kept_apart(short, full, decisions):
                links.append((short, full))
    return sorted(dict(((s.iri, f.iri), (s, f)) for s, f in links).values(), key=lambda p: (p[0].iri, p[1].iri))


def _kept_apart(short: Named, full: Named, decisions) -> bool:
    def called(n: Named, name_or_iri: str) -> bool:
        return name_or_iri == n.iri or norm(name_or_iri) == norm(n.name)

    return any(not d.same and ((called(short, d.first) and called(full, d.second)) or
                               (called(full, d.first) and called(short, d.second))) for d in decisions)


def links_dataset(links: list[tuple[Named, Named]], texts: dict[str, str]) -> Dataset:
    """The graph of the joins, one per base: owl:sameAs and its evidence, spans included (each article's text
    by its IRI in `texts`)."""
    ds = Dataset()
    for short, full in links:
        graph = ds.graph(URIRef(short.base + GRAPH_PATH))
        node, other = URIRef(short.iri), URIRef(full.iri)
        evidence = URIRef(f"{short.base}identity/person/{short.iri.rsplit('/', 1)[-1]}--same-as--"
                          f"{full.iri.rsplit('/', 1)[-1]}")
        graph.add((node, OWL.sameAs, other))
        for cls in (BKG.IdentityDecision, *superclasses(BKG.IdentityDecision)):
            graph.add((evidence, RDF.type, cls))
        graph.add((evidence, BKG.identifies, node))
        graph.add((evidence, BKG.matchedName, Literal(full.name)))
        graph.add((evidence, BKG.extractionRule, Literal(RULE)))
        for named in (short, full):
            span = _name_span(graph, named, texts[named.article])
            if span is not None:
                graph.add((evidence, PROV.wasDerivedFrom, span))
    return ds


def _name_span(graph, named: Named, text: str) -> URIRef | None:
    from kg.rdf import add_text_span

    found = re.search(rf"(?<![\w-]){re.escape(named.name)}(?![\w-])", text)
    if found is None:
        return None
    return add_text_span(graph.add, URIRef(named.article), text, found.start(), found.end())


def link_people(store, decisions=()) -> int:
    """Recompute the store's graph of people joined across articles (`kg.store.CorpusStore`), leaving apart the
    people the user's "not-same" decisions name; returns how many joins it holds."""
    rows = [(r["person"].value, r["name"].value, r["article"].value) for r in store.oxigraph.query(PEOPLE_QUERY)]
    links = short_name_links(people_named(rows), decisions)
    articles = sorted({n.article for pair in links for n in pair})
    texts = {a: store.article_text(a) for a in articles}
    ds = links_dataset([(s, f) for s, f in links if texts[s.article] is not None and texts[f.article] is not None],
                       texts)
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    store.replace_corpus_graphs(sorted(_stale_graphs(store) | graphs), ds.serialize(format="nquads") if graphs else "")
    return len(links)


def _stale_graphs(store) -> set[str]:
    """The store's graphs of joins from an earlier build, whichever base they are under."""
    return {str(g.value) for g in store.oxigraph.named_graphs() if str(g.value).endswith("/" + GRAPH_PATH)}
