"""A user's decisions on identity across articles, which every build honours: "same" gives two names one IRI,
"not same" keeps them apart. The builder's own rules (`kg.identity`) decide first; these decisions rewrite the
entity IRIs of each article's graph after, and record why (a bkg:IdentityDecision).

The file (`kg build --identity FILE`) holds one decision a line, three tab-separated fields:

    same        Badan Pengelola Dana Desa      BPDD
    not-same    PT Sinar Cabang Utama Jawa Tengah    PT Sinar Cabang Jawa Tengah

Each of the two may be a name as the articles write it or an entity IRI. "same A B": every entity named A or
B takes one IRI (A when it is an IRI, else the IRI made from the name A). "not same A B": every entity named B and not also A gets an IRI made from the name
B, so that it never shares A's. An article that names one entity both A and B is left as it is: the decision
compares entities across articles, it does not split what one article says is one thing. An IRI made from a
person's name keeps the office (or the article) their own IRI carries (`kg.identity.person_identity_key`), so a
decision on names never joins namesakes of two offices; a store also leaves apart the short and the full name a
"not-same" names (`kg.corpus_identity`).

A store keeps the decisions in each article's fingerprint: changing the file rebuilds every article."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.errors import KGError
from kg.extract.names import company_core
from kg.identity import identity_path, institution_named, norm, person_identity_key, person_identity_evidence, slug
from kg.vocab import BKG, NIF, ORG, SCHEMA

ENTITY_CLASSES = (ORG.Organization, SCHEMA.Person, SCHEMA.Place)
NAME_PROPERTIES = (SCHEMA.name, SCHEMA.alternateName)
VERDICTS = {"same": True, "not-same": False}


class IdentityFileError(KGError):
    """The decisions file cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Decision:
    same: bool
    first: str
    second: str


def read_decisions(path: str | Path) -> tuple[Decision, ...]:
    """The decisions of a file; raises IdentityFileError naming the line that is not `same|not-same TAB A TAB B`."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise IdentityFileError(f"cannot read the identity decisions {path} ({e}); give a UTF-8 text file") from e
    decisions = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 3 or fields[0] not in VERDICTS or not fields[1] or not fields[2]:
            raise IdentityFileError(f"{path}: line {number}: write 'same' or 'not-same', a tab, a name or IRI, "
                                    "a tab, another name or IRI")
        decisions.append(Decision(VERDICTS[fields[0]], fields[1], fields[2]))
    return tuple(decisions)


def digest(decisions: tuple[Decision, ...]) -> str:
    """What a store adds to an article's fingerprint: '' without decisions, so stores built without stay current."""
    if not decisions:
        return ""
    return hashlib.sha256(repr(decisions).encode("utf-8")).hexdigest()


def apply(dataset: Dataset, decisions: tuple[Decision, ...]) -> Dataset:
    """The article's dataset with its entity IRIs rewritten by the decisions (in place; returned for chaining)."""
    for decision in decisions:
        for graph in list(dataset.graphs()):
            _apply_one(dataset, graph, decision)
    return dataset


def _apply_one(dataset: Dataset, graph, decision: Decision) -> None:
    named = _entities_by_name(graph)
    firsts, seconds = _called(named, decision.first), _called(named, decision.second)
    for node in sorted(firsts | seconds if decision.same else seconds - firsts):
        new = _target(node, decision.first) if decision.same else _own_iri(node, decision.second)
        if new != node:
            _rename(dataset, graph.identifier, node, new)
            _record(graph, new, decision, decision.second if node in seconds else decision.first)


def _entities_by_name(graph) -> dict[URIRef, set[str]]:
    nodes = {s for c in ENTITY_CLASSES for s in graph.subjects(RDF.type, c) if isinstance(s, URIRef)}
    return {n: {norm(str(o)) for p in NAME_PROPERTIES for o in graph.objects(n, p)} for n in nodes}


def _called(named: dict[URIRef, set[str]], name_or_iri: str) -> set[URIRef]:
    return {n for n, names in named.items() if str(n) == name_or_iri or norm(name_or_iri) in names}


def _target(node: URIRef, first: str) -> URIRef:
    """The one IRI of the entities named A or B: A when it is an IRI, else the IRI made from the name A beside the
    node's (the same in every article, whatever key each article's own rules gave either name)."""
    if first.startswith(("http://", "https://")):
        return URIRef(first)
    found = institution_named([first]) if _kind(node) == "org" else None
    return _sibling(node, found[0].key if found else _name_key(node, first))


def _own_iri(node: URIRef, name: str) -> URIRef:
    return _sibling(node, _name_key(node, name))


def _name_key(node: URIRef, name: str) -> str:
    """The key the builder would give `name` in the node's place: an organisation without its company form, a
    person with the office (or the article) their key already holds, so that a decision on a person's names never
    joins namesakes of two offices."""
    if _kind(node) == "org":
        return slug(company_core(name) or name)
    if _kind(node) == "person":
        return person_identity_key(name, *person_identity_evidence(str(node).rsplit("/", 1)[-1]))
    return slug(name)


def _kind(node: URIRef) -> str:
    """'org', 'person' or 'place': the path segment an entity IRI is under."""
    parts = str(node).split("/")
    return next((p for p in parts if p in ("org", "person", "place")), "")


def _sibling(node: URIRef, key: str) -> URIRef:
    """The IRI beside `node` with the last key segment replaced: a unit stays under its parent."""
    return URIRef(str(node).rsplit("/", 1)[0] + "/" + key)


def _rename(dataset: Dataset, graph_id, old: URIRef, new: URIRef) -> None:
    graph = dataset.graph(graph_id)
    for s, p, o in list(graph.triples((None, None, None))):
        if old in (s, o):
            graph.remove((s, p, o))
            graph.add((new if s == old else s, p, new if o == old else o))


def _record(graph, node: URIRef, decision: Decision, matched: str) -> None:
    """The evidence: which decision, on which name, written where in the article."""
    article = next(graph.subjects(RDF.type, BKG.NewsArticle))
    key = str(node).split(f"/{_kind(node)}/", 1)[-1]
    evidence = URIRef(f"{article}/{identity_path(key)}--user")
    graph.add((evidence, RDF.type, BKG.IdentityDecision))
    graph.add((evidence, BKG.identifies, node))
    graph.add((evidence, BKG.matchedName, Literal(matched)))
    graph.add((evidence, BKG.extractionRule, Literal("identity.user-same" if decision.same else "identity.user-not-same")))
    text = str(graph.value(article, NIF.isString))
    at = text.casefold().find(matched.casefold())
    if at < 0:
        names = [str(o) for p in NAME_PROPERTIES for o in graph.objects(node, p)]
        at, written = next(((text.find(n), n) for n in sorted(names) if n in text), (0, text))
    else:
        written = matched
    graph.add((evidence, PROV.wasDerivedFrom, _span(graph, article, text, at, at + len(written))))


def _span(graph, article: URIRef, text: str, begin: int, end: int) -> URIRef:
    from kg.rdf import add_text_span

    return add_text_span(graph.add, article, text, begin, end)
