"""The outlet named in the dateline ('Semarang (ANTARA) -') becomes the article's publisher organisation."""
from __future__ import annotations

from kg.components import Component
from kg.components.state import ArticleState, OrgEntity
from kg.identity import org_key


def find_publisher(state: ArticleState) -> None:
    """The outlet joins the organisations only after the metrics are read: it is not what the figures are about."""
    if not (state.dateline and state.dateline.publisher):
        return
    m = state.dateline.publisher
    e = OrgEntity(key=org_key(m.name), names=[m.name], kind="publisher", span=m.span, rule=m.rule)
    state.orgs.append(e)
    state.publisher = e.key


COMPONENT = Component("publisher", requires=("dateline", "orgs"), assigns=("publisher", "orgs"), run=find_publisher)
