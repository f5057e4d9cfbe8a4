"""Programmes: mentions of one programme grouped (by lexicon concept, name or acronym), with their provider."""
from __future__ import annotations

import re
from collections import Counter

from kg.components import Component
from kg.components.state import ArticleState, OrgEntity
from kg.document import Span, SpanIndex
from kg.extract import simple
from kg.extract.names import acronym_after
from kg.facts import Program
from kg.identity import norm, program_key
from kg.lexicon import alternation


def find_programs(state: ArticleState) -> None:
    """Programme names outside laws, organisation names, titles ('Direktur Program JKN' names a role) and
    people's names."""
    names = state.names
    blocked = state.law_spans + [o.span for o in names.orgs] + [r.span for r in names.roles] + [p.span for p in names.people]
    blocked += _short_forms_after(state, [o.span for o in names.orgs])
    mentions = [m for m in simple.programs(state.doc, state.lex, blocked)
                if not m.attrs.get("needs_provider_before") or _provider_named_before(state, m.span)]
    groups: list[dict] = []
    for m in mentions:
        concept = m.attrs.get("concept")
        acr = m.attrs.get("acronym")
        same = m.attrs.get("group")
        if concept is None:
            concept = next((c for c in state.lex.programs if norm(m.name) in {norm(f) for f in c.forms}), None)
        g = next((g for g in groups if (concept is not None and g["concept"] is concept)
                  or norm(m.name) in g["norms"] or (acr and norm(acr) in g["norms"])
                  or (same is not None and g["group"] == same)), None)
        if g is None:
            g = {"concept": concept, "names": [], "norms": set(), "spans": [], "rule": m.rule, "written": [],
                 "group": same}
            groups.append(g)
        for n in [m.name] + ([acr] if acr else []):
            if n not in g["names"]:
                g["names"].append(n)
                g["norms"].add(norm(n))
        if m.name.lower().startswith("program ") and m.name[8:] not in g["names"]:
            g["names"].append(m.name[8:])
            g["norms"].add(norm(m.name[8:]))
        g["spans"].append(m.span)
        if m.attrs.get("written", m.name) != m.name:  # "bantuan sosial beras" is also "bantuan beras"'s name
            g["written"].append(m.attrs["written"])
    out = []
    for g in groups:
        names_sorted = sorted(g["names"], key=lambda n: (n.isupper(), -len(n.split()), n[:1].islower(), n))
        if g["concept"] is not None and g["concept"].label_id not in names_sorted:
            names_sorted.append(g["concept"].label_id)
        name = names_sorted[0]
        names_sorted += [w for w in dict.fromkeys(g["written"]) if w not in names_sorted]
        provider = _provider_for(state, g["spans"], g["concept"])
        key = program_key(g["concept"].label_id if g["concept"] is not None else name)
        state.program_spans[key] = tuple(g["spans"])
        out.append(Program(key=key, name=name,
                           aliases=tuple(n for n in names_sorted[1:]), span=g["spans"][0], rule=g["rule"],
                           provider=provider, concept=g["concept"].iri if g["concept"] is not None else None))
    state.programs = sorted(out, key=lambda p: p.key)


def _short_forms_after(state: ArticleState, spans: list[Span]) -> list[Span]:
    """'Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera)': the brackets right after an organisation's name hold
    its short form (`acronym_after`, as the names scanner reads one), whose words ('Tapera') name the body there, not
    the programme."""
    toks, found = state.doc.tokens, []
    for span in spans:
        after = state.doc.token_at(span.end)
        short = acronym_after(state.doc, toks, after) if after < len(toks) else None
        if short is not None:
            found.append(Span(toks[after].begin, toks[short[1] - 1].end))
    return found


def _provider_for(state: ArticleState, spans: list[Span], concept=None) -> str | None:
    """Who runs a program: the organisation named nearest before it in a sentence that names one
    ("lima program BPJS Ketenagakerjaan, termasuk JKP"), else the organisation the article is most about.
    A program the lexicon knows to be run by a kind of organisation (JHT by a BPJS) goes to such an
    organisation when the article names one."""
    usual = state.lex.program_provider_types.get(concept.iri) if concept is not None else None
    usual_here = usual is not None and any(e.kind == "org" and e.org_type is not None and e.org_type.iri == usual for e in state.orgs)

    def providerish(e: OrgEntity) -> bool:
        top = _providing_body(e)
        if usual_here:
            return top.kind == "org" and top.org_type is not None and top.org_type.iri == usual
        return top.kind == "org"
    for span in spans:
        sent = state.doc.sentence_at(span.begin)
        near = [(s, e) for s, e, _ in _org_mentions_at(state).beginning_in(sent.begin, sent.end) if providerish(e)]
        after = _agent_named_after(state, span, [x for x in near if x[0].begin >= span.end])
        if after is not None:
            return _providing_body(after).key
        before = [x for x in near if x[0].end <= span.begin]
        while len(before) > 1 and _joined_as_companion(state, before[-2][0], before[-1][0]):
            before.pop()  # 'BPJS X bersama Dinas Y menjalankan program Z': the first named leads it
        if before:
            return _providing_body(before[-1][1]).key
        near = [x for x in near if not _passed_through(state, x[0])]
        if near:
            return _providing_body(near[0][1]).key
    counts = Counter(_providing_body(e).key for _, e, _ in state.org_mentions if providerish(e))
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None


def _agent_named_after(state: ArticleState, span: Span, after: list[tuple[Span, OrgEntity]]) -> OrgEntity | None:
    """'program X yang digagas Kementerian Y', 'program X yang dijalankan oleh Dinas Y': the body a passive verb right
    after the programme names as its agent runs it, though another is named before it."""
    if not after:
        return None
    first, body = after[0]
    return body if _PASSIVE_AGENT.fullmatch(state.doc.text, span.end, first.begin) else None


# a programme's short form in brackets, then '(yang) di…kan/i (oleh)' before its agent
_PASSIVE_AGENT = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:yang\s+)?di[a-z]{3,}(?:kan|i)?\s+(?:oleh\s+)?")


def _passed_through(state: ArticleState, mention: Span) -> bool:
    """'iuran X melalui Samsat Y': a body named after 'melalui', 'lewat' (kg/data/indonesian.json object_markers
    instruments) is one the programme's money passes through, not the body that runs it."""
    words = alternation(state.lex.words["object_markers"]["instruments"])
    return re.search(rf"\b(?:{words})\s+$", state.doc.text[max(0, mention.begin - 20):mention.begin].lower()) is not None


def _joined_as_companion(state: ArticleState, first: Span, second: Span) -> bool:
    """Whether the second body is named as the first's companion ('A bersama B', 'A didampingi B': kg/data/
    indonesian.json speech_companion_words), right after it."""
    words = alternation(state.lex.words["speech_companion_words"])
    return re.fullmatch(rf"\s*,?\s*(?:{words})\s+", state.doc.text[first.end:second.begin]) is not None


def _providing_body(e: OrgEntity) -> OrgEntity:
    """The body a programme is credited to: a branch's company or institution ('BPJS Kesehatan Cabang X' runs BPJS
    Kesehatan's programme), but a regional government's office itself ('Dinas Sosial Kota X'), not the government."""
    while e.parent is not None and e.parent.kind != "government":
        e = e.parent
    return e


def _provider_named_before(state: ArticleState, span: Span) -> bool:
    """An organisation is named earlier in the programme's sentence ('BPJS Ketenagakerjaan menggandeng … untuk
    perlindungan pekerja rentan'): what it gives, not a topic someone talks about."""
    sent = state.doc.sentence_at(span.begin)
    return any(s.end <= span.begin for s, _, _ in _org_mentions_at(state).beginning_in(sent.begin, span.begin))


def _org_mentions_at(state: ArticleState) -> SpanIndex:
    """The organisation mentions indexed by where they begin (they are only appended): a programme's sentence
    asks for its own, not for all of them."""
    cached = state.indexes.get("org_mentions")
    if cached is None or cached[0] != len(state.org_mentions):
        state.indexes["org_mentions"] = cached = (len(state.org_mentions), SpanIndex(state.org_mentions, lambda m: m[0]))
    return cached[1]


COMPONENT = Component("programs", requires=("names", "law_mentions", "orgs", "org_mentions"),
                      assigns=("programs", "program_spans"), run=find_programs)
