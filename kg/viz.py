"""Drawing the knowledge graph: an interactive offline HTML page, static SVG/PNG for reports, and
GraphML/GEXF for Gephi and Cytoscape.

Every drawing starts from `kg.network.build_network` and one layout, `drawing_layout`, computed
in Python: an organisation chart (units under their parent, people beside the unit they lead with their
role in their own box, figures, programmes and quotations hanging below what they are about, stacked in
columns). What hangs from what is drawn as connectors that run only in the gaps between rows and columns
(`connector_points`; the page draws the same routes on its canvas), so no line crosses a box; other
relations are light arcs behind the boxes. Entities related to nothing are listed, not drawn. Computing
the layout here rather than with the browser's physics makes the HTML and the PNG agree, keeps output
byte-for-byte deterministic, and costs nothing at page load.

>>> from rdflib import Graph
>>> data = to_vis_data(Graph())
>>> sorted(data)
['edges', 'loose', 'nodes']
"""
from __future__ import annotations

import io
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.errors import KGError
from kg.figures import check_language
from kg.network import TYPE_LABELS, build_network, find_entity
from kg.paths import STATIC_DIR

VIS_NETWORK_JS = STATIC_DIR / "vendor" / "vis-network.min.js"
HTML_TEMPLATE = STATIC_DIR / "viz-template.html"

#: Fill colour per node type (the legend shows the same); dark fills get white text.
TYPE_COLOURS = {
    "organisation": "#1f5fa8",
    "unit": "#7fb3e6",
    "person": "#f28e2b",
    "program": "#59a14f",
    "place": "#9c755f",
    "legislation": "#8e6bbf",
    "indicator": "#e17fb0",
    "segment": "#f4c1d9",
    "observation": "#edc948",
    "quotation": "#76c7c0",
    "article": "#8c8c8c",
    "span": "#cfcfcf",
    "concept": "#dddddd",
    "class": "#b8b8b8",
    "other": "#e6e6e6",
}
_DARK_FILLS = {"organisation", "legislation", "place", "article"}
#: Types drawn as a box (things); facts and provenance are drawn as ellipses.
_BOX_TYPES = {"organisation", "unit", "person", "program", "place", "legislation", "indicator", "segment"}


def font_colour(kind: str) -> str:
    return "#ffffff" if kind in _DARK_FILLS else "#1a1a1a"


# --- layout -----------------------------------------------------------------------------------

#: For each type, the relations (as (relation, direction)) that name the node it hangs from, tried in
#: order. "out" follows the edge from the node, "in" walks it backwards.
_ANCHORS = {
    "unit": [("unitOf", "out"), ("subOrganizationOf", "out")],
    "organisation": [("unitOf", "out"), ("subOrganizationOf", "out")],
    "person": [("membership-head", "out"), ("headOf", "out"), ("membership", "out")],
    "program": [("provider", "out")],
    "observation": [("observationAbout", "out"), ("changeOf", "out"), ("partOf", "out")],
    "quotation": [("creator", "out")],
    "indicator": [("variableMeasured", "in")],
    "segment": [("segment", "in")],
    "place": [("location", "in"), ("observationAbout", "in"), ("locationCreated", "in")],
    "span": [("wasDerivedFrom", "in")],
    "concept": [("*", "in")],
    "class": [("type", "in")],
    "legislation": [("*", "any")],
    "other": [("*", "in")],
}
_LEAF_COLUMN_ROWS = 6


def _anchor(net: nx.MultiDiGraph, node: str) -> str | None:
    kind = net.nodes[node]["type"]
    for relation, direction in _ANCHORS.get(kind, []):
        candidates = []
        if direction in ("out", "any"):
            candidates += [(d, v) for _, v, d in net.out_edges(node, data=True)]
        if direction in ("in", "any"):
            candidates += [(d, u) for u, _, d in net.in_edges(node, data=True)]
        for data, other in sorted(candidates, key=lambda c: c[1]):
            if other == node:
                continue
            if relation == "*" or data["relation"] == relation or (
                    relation == "membership-head" and data["relation"] == "membership" and data.get("head")):
                return other
    return None


def _placement_tree(net: nx.MultiDiGraph) -> tuple[dict[str, str | None], dict[str, bool]]:
    """Each node's parent in the drawing, and whether it sits beside its parent (people beside the
    unit they lead) rather than below it. Chains that would loop are cut into roots."""
    parent: dict[str, str | None] = {n: _anchor(net, n) for n in net}
    for node in net:
        seen = {node}
        current = parent[node]
        while current is not None:
            if current in seen:
                parent[node] = None
                break
            seen.add(current)
            current = parent[current]
    beside = {n: (net.nodes[n]["type"] == "person" and parent[n] is not None
                  and net.nodes[parent[n]]["type"] in ("organisation", "unit")) for n in net}
    return parent, beside


class _Box:
    """A laid-out subtree: width and height in grid cells, node -> (column, row) inside it."""

    def __init__(self, width: float, height: int, cells: dict[str, tuple[float, int]], stacked=frozenset()):
        self.width, self.height, self.cells, self.stacked = width, height, cells, frozenset(stacked)


def _layout_subtree(node: str, kids: dict[str, list[str]], beside_kids: dict[str, list[str]],
                    leaf_rows: int) -> _Box:
    block = [node] + beside_kids.get(node, [])
    boxes = []
    for member in block:  # what hangs from a person beside the unit stays under that person
        below = kids.get(member, [])
        leaves = [k for k in below if not kids.get(k) and not beside_kids.get(k)]
        boxes += [_column_box(leaves[i:i + leaf_rows]) for i in range(0, len(leaves), leaf_rows)]
        boxes += [_layout_subtree(k, kids, beside_kids, leaf_rows) for k in below if k not in leaves]
    children_width = sum(b.width for b in boxes)
    width = max(len(block), children_width)
    cells: dict[str, tuple[float, int]] = {}
    start = (width - len(block)) / 2
    for i, member in enumerate(block):
        cells[member] = (start + i, 0)
    x = (width - children_width) / 2
    for box in boxes:
        for n, (cx, cy) in box.cells.items():
            cells[n] = (x + cx, cy + 1)
        x += box.width
    height = 1 + max((b.height for b in boxes), default=0)
    return _Box(width, height, cells, frozenset().union(*(b.stacked for b in boxes)))


def _column_box(leaves: list[str]) -> _Box:
    """Leaves of one parent stacked in a column; the drawing reaches them along the column's left side."""
    return _Box(1, len(leaves), {leaf: (0, row) for row, leaf in enumerate(leaves)},
                leaves if len(leaves) > 1 else ())


@dataclass(frozen=True)
class Layout:
    """Where each node is drawn and how it hangs from its parent.

    `positions`: node -> (column centre, row), row growing downwards. `parent`: the node each one hangs
    from (None for a root). `beside`: people drawn beside the organisation they lead, with their role in
    their own box. `stacked`: leaves drawn in a column under their parent (reached from the left).
    `loose`: entities with no relation at all: listed under the drawing instead of floating in it.
    """

    positions: dict[str, tuple[float, float]]
    parent: dict[str, str | None]
    beside: dict[str, bool]
    stacked: frozenset[str]
    loose: tuple[str, ...]


def drawing_layout(net: nx.MultiDiGraph, max_columns: int = 12, leaf_rows: int = _LEAF_COLUMN_ROWS) -> Layout:
    """The layout of every connected node, deterministic for a given graph.

    Trees (one per top-level organisation ...) are packed left to right into rows no wider than
    `max_columns` cells (or the widest tree), largest tree first, so a report page is not one endless
    strip. Nodes without any edge are not placed: they are `loose`.
    """
    loose = tuple(n for n in net if net.degree(n) == 0)
    drawn = net.subgraph([n for n in net if net.degree(n) > 0])
    parent, beside = _placement_tree(drawn)
    kids: dict[str, list[str]] = {}
    beside_kids: dict[str, list[str]] = {}
    for node in drawn:  # net's node order is sorted, so children are too
        if parent[node] is not None:
            (beside_kids if beside[node] else kids).setdefault(parent[node], []).append(node)
    roots = [n for n in drawn if parent[n] is None]
    boxes = sorted((_layout_subtree(r, kids, beside_kids, leaf_rows) for r in roots),
                   key=lambda b: (-len(b.cells), -b.width))
    limit = max([max_columns] + [b.width for b in boxes])
    positions: dict[str, tuple[float, float]] = {}
    x = y = 0.0
    row_height = 0
    for box in boxes:
        if x > 0 and x + box.width > limit:
            x, y, row_height = 0.0, y + row_height + 0.5, 0
        for node, (cx, cy) in box.cells.items():
            positions[node] = (x + cx + 0.5, y + cy)
        x += box.width
        row_height = max(row_height, box.height)
    return Layout(positions, parent, beside, frozenset().union(*(b.stacked for b in boxes)), loose)


def layout_positions(net: nx.MultiDiGraph, max_columns: int = 12) -> dict[str, tuple[float, float]]:
    """Grid positions (column centre, row) of every connected node (see `drawing_layout`)."""
    return drawing_layout(net, max_columns).positions


def drawn_labels(net: nx.MultiDiGraph, layout: Layout) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """Node labels as drawn, and the edges whose label is already in a box.

    A person beside the organisation they lead carries the role in their own box ("Farah Diana" /
    "Kepala"): an edge label squeezed between two neighbouring boxes is unreadable or clipped.
    """
    labels = {n: net.nodes[n]["label"] for n in layout.positions}
    inside: set[tuple[str, str, str]] = set()
    for node in layout.positions:
        if not layout.beside.get(node):
            continue
        roles = [(key, d["label"]) for key, d in sorted(net[node].get(layout.parent[node], {}).items())
                 if d["relation"] == "membership"]
        if roles:
            labels[node] += "\n" + ", ".join(label for _, label in roles)
            inside |= {(node, layout.parent[node], key) for key, _ in roles}
    return labels, inside


def tree_child(layout: Layout, source: str, target: str) -> str | None:
    """The end of an edge that hangs from the other in the layout (drawn as a connector), or None."""
    if layout.parent.get(source) == target:
        return source
    if layout.parent.get(target) == source:
        return target
    return None


def connector_kind(layout: Layout, child: str) -> str:
    """How a child is reached from its parent: "beside" (same row), "stacked" (along its column's left
    side) or "below" (down into the row under the parent)."""
    if layout.beside.get(child):
        return "beside"
    return "stacked" if child in layout.stacked else "below"


def bus_row(layout: Layout, parent: str) -> float:
    """The row (between the parent's row and the next) where connectors to the parent's children run;
    a person beside an organisation gets a bus slightly lower, so the two can be told apart."""
    return layout.positions[parent][1] + 0.5 + (0.05 if layout.beside.get(parent) else 0)


#: Horizontal offsets in cells shared by the PNG and the page: stacked leaves sit right of their
#: column's centre; their connector (the trunk) runs in the gap on the left.
_STACK_SHIFT = 0.06
_TRUNK_X = -0.47


@dataclass(frozen=True)
class Focus:
    """Draw part of the graph: what is within `steps` relations of the entity named `around` (a name or
    an IRI, as `kg path` takes them), and of the figures only those of `period` ("2024", "2025-03")."""

    around: str | None = None
    period: str | None = None
    steps: int = 2


def focused_network(graph: Graph, lang: str = "id", *, provenance: bool = False, concepts: bool = False,
                    focus: Focus | None = None) -> nx.MultiDiGraph:
    """`build_network`, cut down to `focus` when one is given. Raises NameNotFound / AmbiguousName
    (KGError) when `focus.around` names no entity or several."""
    net = build_network(graph, lang, provenance=provenance, concepts=concepts)
    if focus is None:
        return net
    keep = [n for n, d in net.nodes(data=True)
            if not (focus.period and d["type"] == "observation" and not d.get("date", "").startswith(focus.period))]
    net = net.subgraph(keep)
    if focus.around:
        centre = find_entity(net, focus.around)
        near = nx.single_source_shortest_path_length(nx.Graph(net), centre, cutoff=focus.steps)
        net = net.subgraph([n for n in net if n in near])
    return nx.MultiDiGraph(net)


# --- vis-network ------------------------------------------------------------------------------

_CELL_X, _CELL_Y = 230, 150


def to_vis_data(graph: Graph, lang: str = "id", *, provenance: bool = False, concepts: bool = False) -> dict:
    """The graph in vis-network's DataSet format: {"nodes": [...], "edges": [...], "loose": [...]},
    JSON-serialisable.

    Nodes carry vis fields (`id`, `label`, `title` tooltip, `color`, `shape`, `x`, `y`) and the facts a
    page needs: `type`, `typeLabel`, `iri`, `names`, `sentences`, `facts` (list of {property, value,
    sentence}), `period` (a figure's year). Edges carry `id`, `from`, `to`, `label`, `title`, `relation`
    and `sentences`. Unconnected nodes are drawn in a row under the rest here (a query result may be
    nothing else); the graph page lists them instead (`loose`). Raises KGError for an unknown language.
    """
    return _vis_data(build_network(graph, lang, provenance=provenance, concepts=concepts), lang, list_loose=False)


def _vis_data(net: nx.MultiDiGraph, lang: str, *, list_loose: bool = True) -> dict:
    layout = drawing_layout(net)
    positions = dict(layout.positions)
    if not list_loose:
        below = max((y for _, y in positions.values()), default=-1.5) + 1.5
        for i, node in enumerate(layout.loose):
            positions[node] = (i % 12 + 0.5, below + i // 12)
    labels, inside = drawn_labels(net, layout)
    nodes, loose = [], []
    for node, data in net.nodes(data=True):
        entry = _vis_node(node, data, labels.get(node, data["label"]), lang)
        if node in positions:
            x, y = positions[node]
            shift = _STACK_SHIFT if node in layout.stacked else 0
            nodes.append({**entry, "x": round((x + shift) * _CELL_X, 1), "y": round(y * _CELL_Y, 1)})
        else:
            loose.append(entry)
    edges = []
    routed = set()
    for i, (source, target, key, data) in enumerate(net.edges(keys=True, data=True)):
        tooltip = "\n".join([data["label"]] + [textwrap.fill(s, 80) for s in data["sentences"][:3]])
        same_row = positions[source][1] == positions[target][1]
        child = tree_child(layout, source, target) if list_loose else None
        route = None
        if child is not None and frozenset((source, target)) not in routed:
            routed.add(frozenset((source, target)))
            route = _vis_route(layout, positions, child)
        edges.append({
            **({"smooth": False} if same_row else {}),  # a vertical curve between neighbours hides its label
            **({"route": route, "hidden": True} if route else {}),  # drawn by the page, in the gaps
            "id": f"e{i}",
            "from": source,
            "to": target,
            "label": "" if (source, target, key) in inside else data["label"],
            "relationLabel": data["label"],
            "title": tooltip,
            "relation": data["relation"],
            "sentences": list(data["sentences"]),
        })
    return {"nodes": nodes, "edges": edges, "loose": loose}


def _vis_route(layout: Layout, positions: dict, child: str) -> dict:
    """What the page needs to draw a tree connector as the PNG does: kind, ends, bus row, trunk column."""
    parent = layout.parent[child]
    cx, _ = positions[child]
    return {"kind": connector_kind(layout, child), "parent": parent, "child": child,
            "bus": round(bus_row(layout, parent) * _CELL_Y, 1), "trunk": round((cx + _TRUNK_X) * _CELL_X, 1)}


def _vis_node(node: str, data: dict, label: str, lang: str) -> dict:
    kind = data["type"]
    tooltip = "\n".join([f"{data['label']} ({TYPE_LABELS[kind][lang]})"] +
                        [textwrap.fill(s, 80) for s in data["sentences"][:3]])
    return {
        "id": node,
        "label": label,  # the page wraps it to the box width
        "name": data["label"],
        "title": tooltip,
        "type": kind,
        "typeLabel": TYPE_LABELS[kind][lang],
        "iri": data["iri"],
        "names": list(data["names"]),
        "sentences": list(data["sentences"]),
        "facts": [dict(f) for f in data["facts"]],
        "period": data.get("date", "")[:4],
        "color": {"background": TYPE_COLOURS[kind], "border": "#444444",
                  "highlight": {"background": TYPE_COLOURS[kind], "border": "#000000"}},
        "font": {"color": font_colour(kind)},
        "shape": "box",
        "shapeProperties": {"borderRadius": 2 if kind in _BOX_TYPES else 8},
    }


# --- writing files ----------------------------------------------------------------------------

def _write_atomically(path: Path, data: bytes) -> None:
    """Drawings are written like every other output: next to the target, then renamed."""
    from kg.formats import write_atomically
    write_atomically(path, data)


_UI_TEXT = {
    "id": {"title": "Graf pengetahuan", "search": "Cari nama…", "legend": "Keterangan", "facts": "Fakta",
           "relations": "Hubungan", "sentences": "Kalimat sumber", "notFound": "Tidak ada yang bernama",
           "hint": "Klik simpul untuk melihat fakta dan kalimat sumbernya.", "nodes": "simpul",
           "edges": "hubungan", "find": "Cari", "alsoMentioned": "Juga disebut", "focus": "Fokus pada ini",
           "focusOn": "Fokus", "showAll": "Tampilkan semua", "period": "Periode angka", "allPeriods": "semua"},
    "en": {"title": "Knowledge graph", "search": "Search a name…", "legend": "Legend", "facts": "Facts",
           "relations": "Relations", "sentences": "Source sentences", "notFound": "Nothing is called",
           "hint": "Click a node to see its facts and the sentences they came from.", "nodes": "nodes",
           "edges": "edges", "find": "Find", "alsoMentioned": "Also mentioned", "focus": "Focus on this",
           "focusOn": "Focus", "showAll": "Show all", "period": "Figures of", "allPeriods": "all"},
}


def _script_json(value) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can appear in it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def html_page(graph: Graph, lang: str = "id", *, provenance: bool = False, concepts: bool = False,
              title: str | None = None, focus: Focus | None = None) -> str:
    """The interactive page as one self-contained HTML string (vis-network inlined, no network use)."""
    check_language(lang)
    net = focused_network(graph, lang, provenance=provenance, concepts=concepts, focus=focus)
    return _html_from_network(net, lang, title)


def _html_from_network(net: nx.MultiDiGraph, lang: str, title: str | None) -> str:
    data = _vis_data(net, lang)
    ui = dict(_UI_TEXT[lang], lang=lang)
    page_title = title or ui["title"]
    legend = [{"type": k, "label": TYPE_LABELS[k][lang], "color": TYPE_COLOURS[k], "font": font_colour(k)}
              for k in TYPE_COLOURS if any(n["type"] == k for n in data["nodes"])]
    script = VIS_NETWORK_JS.read_text(encoding="utf-8")
    replacements = {
        "__LANG__": lang,
        "__TITLE__": _html_escape(page_title),
        "/*__VIS_NETWORK__*/": script.replace("</script", "<\\/script"),
        "/*__GRAPH_DATA__*/null": _script_json(data),
        "/*__LEGEND__*/null": _script_json(legend),
        "/*__UI_TEXT__*/null": _script_json(ui),
    }
    page = HTML_TEMPLATE.read_text(encoding="utf-8")
    for marker, value in replacements.items():
        if marker not in page:
            raise RuntimeError(f"{HTML_TEMPLATE} lost its {marker} marker")
        page = page.replace(marker, value)
    return page


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_html(graph: Graph, path: str | Path, lang: str = "id", *, provenance: bool = False,
               concepts: bool = False, title: str | None = None, focus: Focus | None = None) -> Path:
    """Write the interactive page to `path` (atomically) and return the path. Same graph, same bytes."""
    page = html_page(graph, lang, provenance=provenance, concepts=concepts, title=title, focus=focus)
    _write_atomically(Path(path), page.encode("utf-8"))
    return Path(path)


# --- static images ----------------------------------------------------------------------------

#: A4 landscape, the page a report prints the drawing on.
A4_WIDTH_INCHES, A4_HEIGHT_INCHES = 11.69, 8.27
IMAGE_DPI = 200
_FONT = "DejaVu Sans"
_MARGIN_INCHES = 0.25
_HEADER_INCHES = 0.45  # the legend
_FOOTER_INCHES = 0.35  # the entities mentioned but not related to anything
_BOX_HALF_WIDTH = 0.43  # of a cell: the gap between boxes carries connectors and their labels
_CHAR_WIDTH_EM = 0.64  # average width of a DejaVu Sans character, in font sizes
_LINE_HEIGHT_EM = 1.25
_MAX_CELL_INCHES = (2.0, 1.3)  # a small graph stays at reading size in the middle of the page


def write_image(graph: Graph, path: str | Path, lang: str = "id", *, provenance: bool = False,
                concepts: bool = False, focus: Focus | None = None) -> Path:
    """Draw the graph to an SVG or PNG (by suffix) on an A4 landscape page, atomically; returns the path.

    Same layout as the HTML page. The PNG is 200 dpi; SVG text stays text (searchable, scalable).
    Raises KGError for another suffix or an unknown language.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("svg", "png"):
        raise KGError(f"cannot draw {path.name}: write_image makes .svg or .png files")
    check_language(lang)
    net = focused_network(graph, lang, provenance=provenance, concepts=concepts, focus=focus)
    _write_atomically(path, _render_image(net, lang, fmt))
    return path


@dataclass(frozen=True)
class _Page:
    """A layout fitted to the page: grid size, cell size in inches, font size in points."""

    layout: Layout
    columns: float
    rows: float
    cell_w: float
    cell_h: float
    font: float

    def chars_per_line(self) -> int:
        return max(8, int((2 * _BOX_HALF_WIDTH - 0.06) * self.cell_w * 72 / (_CHAR_WIDTH_EM * self.font)))

    def lines_per_box(self) -> int:
        return max(2, min(5, int(0.62 * self.cell_h * 72 / (_LINE_HEIGHT_EM * self.font))))


def fit_page(net: nx.MultiDiGraph) -> _Page:
    """The packing (trees per row, leaves per column) whose cells come out largest on the page."""
    area_w = A4_WIDTH_INCHES - 2 * _MARGIN_INCHES
    area_h = A4_HEIGHT_INCHES - 2 * _MARGIN_INCHES - _HEADER_INCHES - _FOOTER_INCHES
    best = None
    for leaf_rows in (3, 4, 6):
        for max_columns in range(4, 25, 2):
            layout = drawing_layout(net, max_columns, leaf_rows)
            columns = max([x for x, _ in layout.positions.values()], default=0.5) + 0.5
            rows = max([y for _, y in layout.positions.values()], default=0) + 1
            cell_w, cell_h = min(area_w / columns, _MAX_CELL_INCHES[0]), min(area_h / rows, _MAX_CELL_INCHES[1])
            font = max(4.0, min(9.0, cell_w * 6.0, cell_h * 11.0))
            score = (font, -columns * rows)
            if best is None or score > best[0]:
                best = (score, _Page(layout, columns, rows, cell_w, cell_h, font))
    return best[1]


def _render_image(net: nx.MultiDiGraph, lang: str, fmt: str) -> bytes:
    import matplotlib  # imported here: `kg stats` and the HTML page need none of it
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend in the caller's process

    page = fit_page(net)
    rc = {"font.family": _FONT, "svg.fonttype": "none", "svg.hashsalt": "berita-kg"}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(A4_WIDTH_INCHES, A4_HEIGHT_INCHES), dpi=IMAGE_DPI)
        top = 1 - (_MARGIN_INCHES + _HEADER_INCHES) / A4_HEIGHT_INCHES
        bottom = (_MARGIN_INCHES + _FOOTER_INCHES) / A4_HEIGHT_INCHES
        left = _MARGIN_INCHES / A4_WIDTH_INCHES
        ax = fig.add_axes((left, bottom, 1 - 2 * left, top - bottom))
        spare_x = (A4_WIDTH_INCHES - 2 * _MARGIN_INCHES) / page.cell_w - page.columns
        spare_y = (top - bottom) * A4_HEIGHT_INCHES / page.cell_h - page.rows
        ax.set_xlim(-spare_x / 2, page.columns + spare_x / 2)
        ax.set_ylim(page.rows - 0.5 + spare_y / 2, -0.5 - spare_y / 2)
        ax.axis("off")
        sheet = sheet_geometry(net, page)
        _draw_nodes(ax, net, sheet)
        _draw_edges(ax, net, sheet)
        _draw_legend(fig, net, page, lang)
        _draw_loose(fig, net, page, lang)
        buffer = io.BytesIO()
        metadata = {"Date": None, "Creator": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buffer, format=fmt, dpi=IMAGE_DPI, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def _box_text(label: str, page: _Page) -> str:
    lines: list[str] = []
    for part in label.split("\n"):
        lines += textwrap.wrap(part, page.chars_per_line()) or [part]
    limit = page.lines_per_box()
    if len(lines) > limit:
        lines = lines[:limit]
        lines[-1] = lines[-1][: page.chars_per_line() - 1].rstrip() + "…"
    return "\n".join(lines)


def _node_x(node: str, page: _Page) -> float:
    x, _ = page.layout.positions[node]
    return x + _STACK_SHIFT if node in page.layout.stacked else x


@dataclass(frozen=True)
class Sheet:
    """Where everything goes on the page, in grid units, before anything is painted: the text of each
    box, each box as (left, top, right, bottom), and the edges whose label already sits in a box."""

    page: _Page
    texts: dict[str, str]
    boxes: dict[str, tuple[float, float, float, float]]
    inside: frozenset


def sheet_geometry(net: nx.MultiDiGraph, page: _Page | None = None) -> Sheet:
    """Boxes of one width per cell, as tall as their wrapped text."""
    page = page or fit_page(net)
    labels, inside = drawn_labels(net, page.layout)
    half_width = _BOX_HALF_WIDTH - (_STACK_SHIFT if page.layout.stacked else 0)
    texts, boxes = {}, {}
    for node, (_, y) in page.layout.positions.items():
        texts[node] = _box_text(labels[node], page)
        half_h = ((texts[node].count("\n") + 1) * _LINE_HEIGHT_EM * page.font / 72 + 0.08) / 2 / page.cell_h
        x = _node_x(node, page)
        boxes[node] = (x - half_width, y - half_h, x + half_width, y + half_h)
    return Sheet(page, texts, boxes, frozenset(inside))


def _draw_nodes(ax, net: nx.MultiDiGraph, sheet: Sheet) -> None:
    from matplotlib.patches import FancyBboxPatch

    for node, (left, top, right, bottom) in sheet.boxes.items():
        kind = net.nodes[node]["type"]
        ax.add_patch(FancyBboxPatch((left, top), right - left, bottom - top,
                                    boxstyle="round,pad=0,rounding_size=0.03", fc=TYPE_COLOURS[kind],
                                    ec="#444444", lw=0.5 if kind in _BOX_TYPES else 0.3, zorder=4))
        ax.text((left + right) / 2, (top + bottom) / 2, sheet.texts[node], fontsize=sheet.page.font,
                color=font_colour(kind), ha="center", va="center", zorder=5, linespacing=_LINE_HEIGHT_EM - 0.05)


def connector_points(sheet: Sheet, parent: str, child: str) -> list[tuple[float, float]]:
    """The polyline from a parent's box to a child's: along the gaps between rows and columns only."""
    layout = sheet.page.layout
    (px, py), (cx, cy) = layout.positions[parent], layout.positions[child]
    parent_box, child_box = sheet.boxes[parent], sheet.boxes[child]
    kind = connector_kind(layout, child)
    if kind == "beside":
        return [(parent_box[2], py), (child_box[0], cy)] if px < cx else [(parent_box[0], py), (child_box[2], cy)]
    bus = bus_row(layout, parent)
    if kind == "stacked":
        trunk = cx + _TRUNK_X
        return [(px, parent_box[3]), (px, bus), (trunk, bus), (trunk, cy), (child_box[0], cy)]
    return [(px, parent_box[3]), (px, bus), (cx, bus), (cx, child_box[1])]


def _draw_edges(ax, net: nx.MultiDiGraph, sheet: Sheet) -> None:
    """Tree connectors run in the gaps between rows and columns, so no line crosses a box; the other
    relations are dashed arcs behind the boxes. Labels sit in the gaps, on a white ground."""
    layout = sheet.page.layout
    line = {"color": "#7a7a7a", "lw": 0.7, "zorder": 2, "solid_capstyle": "butt"}
    label_size = max(4.0, sheet.page.font * 0.8)
    drawn_pairs = set()
    for source, target, key, data in net.edges(keys=True, data=True):
        if source not in layout.positions or target not in layout.positions:
            continue
        pair = frozenset((source, target))
        child = tree_child(layout, source, target)
        label = "" if (source, target, key) in sheet.inside else data["label"]
        if child is not None and pair not in drawn_pairs:
            drawn_pairs.add(pair)
            points = connector_points(sheet, layout.parent[child], child)
            ax.plot([x for x, _ in points], [y for _, y in points], **line)
            kind = connector_kind(layout, child)
            if kind == "beside":
                _label(ax, (points[0][0] + points[1][0]) / 2, points[0][1] - 0.06, label, label_size, va="bottom")
            elif kind == "below":
                _label(ax, points[-1][0], points[-1][1] - 0.03, label, label_size, va="bottom")
        else:
            _cross_edge(ax, sheet.page, source, target, label, label_size)


def _label(ax, x: float, y: float, text: str, size: float, **kw) -> None:
    if text:
        ax.text(x, y, text, fontsize=size, color="#333333", zorder=6, **{"ha": "center", "va": "center", **kw},
                bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"})


def _cross_edge(ax, page: _Page, source: str, target: str, label: str, size: float) -> None:
    (x1, y1), (x2, y2) = page.layout.positions[source], page.layout.positions[target]
    x1, x2 = _node_x(source, page), _node_x(target, page)
    if abs(x1 - x2) < 0.01:  # one above the other in a column: a bracket on the right, outside the boxes
        right = x1 + _BOX_HALF_WIDTH - _STACK_SHIFT
        ax.plot([right, right + 0.05, right + 0.05, right], [y1, y1, y2, y2], color="#b0b0b0", lw=0.6,
                ls=(0, (3, 2)), zorder=3)
        _label(ax, right + 0.05, (y1 + y2) / 2, label, size * 0.85, rotation=90)
        return
    ax.annotate("", xy=(x2, y2), xytext=(x1, y1), zorder=1,
                arrowprops={"arrowstyle": "-", "color": "#b0b0b0", "lw": 0.6, "ls": (0, (3, 2)),
                            "connectionstyle": "arc3,rad=0.15", "shrinkA": 0, "shrinkB": 0})
    _label(ax, (x1 + x2) / 2, (y1 + y2) / 2, label, size * 0.9)


def _draw_legend(fig, net: nx.MultiDiGraph, page: _Page, lang: str) -> None:
    from matplotlib.patches import Patch

    kinds = [k for k in TYPE_COLOURS if any(net.nodes[n]["type"] == k for n in page.layout.positions)]
    if kinds:
        fig.legend(handles=[Patch(facecolor=TYPE_COLOURS[k], edgecolor="#444444", label=TYPE_LABELS[k][lang])
                            for k in kinds],
                   loc="upper center", ncol=len(kinds), fontsize=8, frameon=False,
                   bbox_to_anchor=(0.5, 1 - 0.5 * _MARGIN_INCHES / A4_HEIGHT_INCHES), handlelength=1.2,
                   columnspacing=1.2)


_ALSO_MENTIONED = {"id": "Juga disebut", "en": "Also mentioned"}


def _draw_loose(fig, net: nx.MultiDiGraph, page: _Page, lang: str) -> None:
    if page.layout.loose:
        names = [f"{net.nodes[n]['label']} ({TYPE_LABELS[net.nodes[n]['type']][lang].lower()})"
                 for n in page.layout.loose]
        line_chars = int((A4_WIDTH_INCHES - 2 * _MARGIN_INCHES) * 72 / (0.52 * 7))
        lines = textwrap.wrap(f"{_ALSO_MENTIONED[lang]}: " + "; ".join(names), line_chars)
        text = "\n".join(lines[:2]) + (" …" if len(lines) > 2 else "")
        fig.text(_MARGIN_INCHES / A4_WIDTH_INCHES, _MARGIN_INCHES / A4_HEIGHT_INCHES, text, fontsize=7,
                 color="#333333", ha="left", va="bottom")


# --- GraphML / GEXF ---------------------------------------------------------------------------

def export_network(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy as Gephi, Gephi Lite (graphology) and Cytoscape expect: every edge keyed by a unique id
    ("e0", "e1" ... in the network's sorted order; graphology refuses a file with duplicate edge ids),
    its relation kept as the `relation` attribute; only str/int/float/bool attributes and no None
    (lists joined with " | ", facts become "property: value" lines, booleans stay booleans)."""
    out = nx.MultiDiGraph()
    for node, data in net.nodes(data=True):
        out.add_node(node, **_flat(data))
    for i, (source, target, data) in enumerate(net.edges(data=True)):
        out.add_edge(source, target, key=f"e{i}", **_flat(data))
    return out


def _flat(data: dict) -> dict:
    flat = {}
    for name, value in data.items():
        if value is None:
            continue
        if name == "facts":
            value = "\n".join(f"{f['property']}: {f['value']}" for f in value)
        elif isinstance(value, (list, tuple)):
            value = " | ".join(str(v) for v in value)
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        flat[name] = value
    return flat


def _graphml(net: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(net, buffer, encoding="utf-8")
    return buffer.getvalue()


def _gexf(net: nx.MultiDiGraph) -> bytes:
    """GEXF without networkx's private `networkx_key` attribute: the edge id already is the key."""
    buffer = io.BytesIO()
    keyed = nx.MultiDiGraph(net)
    for _, _, key, data in keyed.edges(keys=True, data=True):
        data["id"] = key  # GEXF takes the edge id from this attribute, GraphML from the key
    nx.write_gexf(keyed, buffer, encoding="utf-8")
    text = buffer.getvalue().decode("utf-8")
    declared = re.search(r'\s*<attribute id="(\d+)" title="networkx_key" type="string" />', text)
    if declared:
        text = text.replace(declared.group(0), "")
        text = re.sub(rf'\s*<attvalue for="{declared.group(1)}" value="[^"]*" />', "", text)
    return text.encode("utf-8")


_NETWORK_WRITERS = {".graphml": _graphml, ".gexf": _gexf}


def write_network_file(graph: Graph, path: str | Path, lang: str = "id", *, provenance: bool = False,
                       concepts: bool = False, focus: Focus | None = None) -> Path:
    """Write GraphML or GEXF (by suffix) with `type`, `label` and the other attributes, atomically."""
    path = Path(path)
    writer = _NETWORK_WRITERS.get(path.suffix.lower())
    if writer is None:
        raise KGError(f"cannot export {path.name}: use a .graphml or .gexf file name")
    net = export_network(focused_network(graph, lang, provenance=provenance, concepts=concepts, focus=focus))
    _write_atomically(path, writer(net))
    return path


#: Output suffixes `kg viz` understands, and what writes each.
OUTPUT_WRITERS = {".html": write_html, ".svg": write_image, ".png": write_image,
                  ".graphml": write_network_file, ".gexf": write_network_file}


def write_drawing(graph: Graph, path: str | Path, lang: str = "id", *, provenance: bool = False,
                  concepts: bool = False, focus: Focus | None = None) -> Path:
    """Write whichever output `path`'s suffix names (.html, .svg, .png, .graphml, .gexf)."""
    writer = OUTPUT_WRITERS.get(Path(path).suffix.lower())
    if writer is None:
        raise KGError(f"cannot write {Path(path).name}: use one of {', '.join(OUTPUT_WRITERS)}")
    return writer(graph, path, lang, provenance=provenance, concepts=concepts, focus=focus)


__all__ = ["to_vis_data", "write_html", "write_image", "write_network_file", "write_drawing", "html_page",
           "layout_positions", "drawing_layout", "drawn_labels", "Focus", "focused_network", "sheet_geometry", "connector_points",
           "export_network", "TYPE_COLOURS", "VIS_NETWORK_JS", "OUTPUT_WRITERS"]
