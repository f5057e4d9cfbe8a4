"""Extraction as an ordered list of components over one article state (`kg.components.state.ArticleState`).

Each component reads the layers earlier components assigned and adds its own, as spaCy threads a `Doc`
through its pipes; `kg.pipeline.COMPONENTS` is the order, checked by `check_order` when it is built."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable


@dataclass(frozen=True)
class Component:
    """One step of extraction: the state's layers it reads (`requires`) and the ones it writes (`assigns`)."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[object], None]


class PipelineOrderError(ValueError):
    """A component reads a layer that no component before it assigns."""


def check_order(components: Iterable[Component], given: Iterable[str]) -> None:
    """Raise PipelineOrderError naming the first component that requires a layer not given or assigned earlier,
    so that reordering the list cannot silently run a component on layers that are still empty."""
    available = set(given)
    for component in components:
        missing = [layer for layer in component.requires if layer not in available]
        if missing:
            raise PipelineOrderError(f"component {component.name!r} requires {', '.join(missing)}, "
                                     "which no earlier component assigns; move it after the component that does")
        available.update(component.assigns)
