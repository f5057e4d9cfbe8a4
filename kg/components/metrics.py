"""Metrics: every figure outside laws, the published date and the dateline, read by `kg.metrics.MetricReader`."""
from __future__ import annotations

from kg.components import Component
from kg.components.state import ArticleState
from kg.metrics import MetricReader


def find_metrics(state: ArticleState) -> None:
    """The published date, the dateline and law numbers hold figures that are not metrics."""
    pub_span = state.published_span
    excluded = state.law_spans + ([pub_span] if pub_span else []) + ([state.dateline.span] if state.dateline else [])
    state.metrics = MetricReader(state, excluded, state.programs).read()


COMPONENT = Component("metrics", requires=("published", "published_span", "dateline", "law_mentions", "places",
                                           "place_names", "orgs", "org_mentions", "person_mentions", "quote_speakers",
                                           "programs", "program_spans"),
                      assigns=("metrics", "places", "place_names"), run=find_metrics)
