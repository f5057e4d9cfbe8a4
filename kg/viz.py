"""Drawing the knowledge graph: an interactive offline HTML page, static SVG/PNG for reports, and
GraphML/GEXF for Gephi and Cytoscape.

Every drawing starts from `kg.network.build_network` and one layout, `layout_positions`, computed
in Python: an organisation chart (units under their parent, people beside the unit they lead, figures,
programmes and quotations hanging below what they are about). Computing it here rather than with the
browser's physics makes the HTML and the PNG agree, keeps output byte-for-byte deterministic, and costs
nothing at page load.

>>> from rdflib import Graph
>>> data = to_vis_data(Graph())
>>> sorted(data)
['edges', 'nodes']
"""
from __future__ import annotations

import io
import json
import re
import textwrap
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.errors import KGError
from kg.figures import check_language
from kg.network import TYPE_LABELS, build_network
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

    def __init__(self, width: float, height: int, cells: dict[str, tuple[float, int]]):
        self.width, self.height, self.cells = width, height, cells


def _layout_subtree(node: str, kids: dict[str, list[str]], beside_kids: dict[str, list[str]]) -> _Box:
    block = [node] + beside_kids.get(node, [])
    boxes = []
    for member in block:  # what hangs from a person beside the unit stays under that person
        below = kids.get(member, [])
        leaves = [k for k in below if not kids.get(k) and not beside_kids.get(k)]
        boxes += [_column_box(leaves[i:i + _LEAF_COLUMN_ROWS]) for i in range(0, len(leaves), _LEAF_COLUMN_ROWS)]
        boxes += [_layout_subtree(k, kids, beside_kids) for k in below if k not in leaves]
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
    return _Box(width, height, cells)


def _column_box(leaves: list[str]) -> _Box:
    return _Box(1, len(leaves), {leaf: (0, row) for row, leaf in enumerate(leaves)})


def layout_positions(net: nx.MultiDiGraph, max_columns: int = 12) -> dict[str, tuple[float, float]]:
    """Grid positions (column, row; row grows downwards) of every node, deterministic for a given graph.

    Trees (one per top-level organisation, unconnected entity ...) are packed left to right into
    rows no wider than `max_columns` cells (or the widest tree), largest tree first, so a report page
    is not one endless strip.
    """
    parent, beside = _placement_tree(net)
    kids: dict[str, list[str]] = {}
    beside_kids: dict[str, list[str]] = {}
    for node in net:  # net's node order is sorted, so children are too
        if parent[node] is not None:
            (beside_kids if beside[node] else kids).setdefault(parent[node], []).append(node)
    roots = [n for n in net if parent[n] is None]
    boxes = sorted((_layout_subtree(r, kids, beside_kids) for r in roots),
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
    return positions


# --- vis-network ------------------------------------------------------------------------------

_CELL_X, _CELL_Y = 230, 120


def to_vis_data(graph: Graph, lang: str = "id", *, provenance: bool = False, concepts: bool = False) -> dict:
    """The graph in vis-network's DataSet format: {"nodes": [...], "edges": [...]}, JSON-serialisable.

    Nodes carry vis fields (`id`, `label`, `title` tooltip, `color`, `shape`, `x`, `y`) and the facts a
    page needs: `type`, `typeLabel`, `iri`, `names`, `sentences`, `facts` (list of {property, value,
    sentence}). Edges carry `id`, `from`, `to`, `label`, `title`, `relation` and `sentences`. Raises
    KGError for an unknown language.
    """
    return _vis_data(build_network(graph, lang, provenance=provenance, concepts=concepts), lang)


def _vis_data(net: nx.MultiDiGraph, lang: str) -> dict:
    positions = layout_positions(net)
    nodes = []
    for node, data in net.nodes(data=True):
        kind = data["type"]
        x, y = positions[node]
        tooltip = "\n".join([f"{data['label']} ({TYPE_LABELS[kind][lang]})"] +
                            [textwrap.fill(s, 80) for s in data["sentences"][:3]])
        nodes.append({
            "id": node,
            "label": _wrap(data["label"], 28),
            "title": tooltip,
            "type": kind,
            "typeLabel": TYPE_LABELS[kind][lang],
            "iri": data["iri"],
            "names": list(data["names"]),
            "sentences": list(data["sentences"]),
            "facts": [dict(f) for f in data["facts"]],
            "color": {"background": TYPE_COLOURS[kind], "border": "#444444",
                      "highlight": {"background": TYPE_COLOURS[kind], "border": "#000000"}},
            "font": {"color": font_colour(kind)},
            "shape": "box" if kind in _BOX_TYPES else "ellipse",
            "x": round(x * _CELL_X, 1),
            "y": round(y * _CELL_Y, 1),
        })
    edges = []
    for i, (source, target, key, data) in enumerate(net.edges(keys=True, data=True)):
        tooltip = "\n".join([data["label"]] + [textwrap.fill(s, 80) for s in data["sentences"][:3]])
        same_row = positions[source][1] == positions[target][1]
        edges.append({
            **({"smooth": False} if same_row else {}),  # a vertical curve between neighbours hides its label
            "id": f"e{i}",
            "from": source,
            "to": target,
            "label": data["label"],
            "title": tooltip,
            "relation": data["relation"],
            "sentences": list(data["sentences"]),
        })
    return {"nodes": nodes, "edges": edges}


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


# --- writing files ----------------------------------------------------------------------------

def _write_atomically(path: Path, data: bytes) -> None:
    """Drawings are written like every other output: next to the target, then renamed."""
    from kg.formats import write_atomically
    write_atomically(path, data)


_UI_TEXT = {
    "id": {"title": "Graf pengetahuan", "search": "Cari nama…", "legend": "Keterangan", "facts": "Fakta",
           "relations": "Hubungan", "sentences": "Kalimat sumber", "notFound": "Tidak ada yang bernama",
           "hint": "Klik simpul untuk melihat fakta dan kalimat sumbernya.", "nodes": "simpul",
           "edges": "hubungan", "find": "Cari"},
    "en": {"title": "Knowledge graph", "search": "Search a name…", "legend": "Legend", "facts": "Facts",
           "relations": "Relations", "sentences": "Source sentences", "notFound": "Nothing is called",
           "hint": "Click a node to see its facts and the sentences they came from.", "nodes": "nodes",
           "edges": "edges", "find": "Find"},
}


def _script_json(value) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can appear in it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def html_page(graph: Graph, lang: str = "id", *, provenance: bool = False, concepts: bool = False,
              title: str | None = None) -> str:
    """The interactive page as one self-contained HTML string (vis-network inlined, no network use)."""
    check_language(lang)
    net = build_network(graph, lang, provenance=provenance, concepts=concepts)
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
               concepts: bool = False, title: str | None = None) -> Path:
    """Write the interactive page to `path` (atomically) and return the path. Same graph, same bytes."""
    page = html_page(graph, lang, provenance=provenance, concepts=concepts, title=title)
    _write_atomically(Path(path), page.encode("utf-8"))
    return Path(path)


# --- static images ----------------------------------------------------------------------------

A4_WIDTH_INCHES = 8.27
IMAGE_DPI = 200
_FONT = "DejaVu Sans"


def write_image(graph: Graph, path: str | Path, lang: str = "id", *, provenance: bool = False,
                concepts: bool = False) -> Path:
    """Draw the graph to an SVG or PNG (by suffix) as wide as an A4 page, atomically; returns the path.

    Same layout as the HTML page. The PNG is 200 dpi; SVG text stays text (searchable, scalable).
    Raises KGError for another suffix or an unknown language.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("svg", "png"):
        raise KGError(f"cannot draw {path.name}: write_image makes .svg or .png files")
    check_language(lang)
    net = build_network(graph, lang, provenance=provenance, concepts=concepts)
    _write_atomically(path, _render_image(net, lang, fmt))
    return path


def _render_image(net: nx.MultiDiGraph, lang: str, fmt: str) -> bytes:
    import matplotlib  # imported here: `kg stats` and the HTML page need none of it
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend in the caller's process
    from matplotlib.patches import Patch

    positions = layout_positions(net, max_columns=8)
    columns = max([x for x, _ in positions.values()], default=1) + 0.5
    rows = max([y for _, y in positions.values()], default=0) + 1
    width = A4_WIDTH_INCHES
    cell_w = width / max(columns, 1)
    font_size = max(3.0, min(7.0, cell_w * 72 / 15))  # about 15 characters of text per cell
    cell_h = max(0.55, font_size / 72 * 5.5)
    legend_h = 0.5
    height = min(max(rows * cell_h + legend_h, 2.5), 60)
    rc = {"font.family": _FONT, "svg.fonttype": "none", "svg.hashsalt": "berita-kg"}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(width, height), dpi=IMAGE_DPI)
        ax = fig.add_axes((0, 0, 1, 1 - legend_h / height))
        ax.set_xlim(0, columns)
        ax.set_ylim(rows - 0.5, -0.5)
        ax.axis("off")
        for source, target, data in net.edges(data=True):
            (x1, y1), (x2, y2) = positions[source], positions[target]
            ax.annotate("", xy=(x2, y2), xytext=(x1, y1),
                        arrowprops={"arrowstyle": "-|>", "color": "#888888", "lw": 0.5, "shrinkA": 8,
                                    "shrinkB": 8, "mutation_scale": 5})
            if data["relation"] == "membership" or font_size >= 5:
                ax.text((x1 + x2) / 2, (y1 + y2) / 2, data["label"], fontsize=font_size * 0.7, color="#555555",
                        ha="center", va="center", zorder=3,
                        bbox={"boxstyle": "square,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.8})
        for node, data in net.nodes(data=True):
            x, y = positions[node]
            kind = data["type"]
            ax.text(x, y, "\n".join(textwrap.wrap(data["label"], 18)[:4]), fontsize=font_size,
                    color=font_colour(kind), ha="center", va="center", zorder=4,
                    bbox={"boxstyle": "round,pad=0.3" if kind in _BOX_TYPES else "round4,pad=0.3",
                          "fc": TYPE_COLOURS[kind], "ec": "#444444", "lw": 0.4})
        kinds = [k for k in TYPE_COLOURS if any(d["type"] == k for _, d in net.nodes(data=True))]
        if kinds:
            fig.legend(handles=[Patch(facecolor=TYPE_COLOURS[k], edgecolor="#444444", label=TYPE_LABELS[k][lang])
                                for k in kinds],
                       loc="upper center", ncol=min(len(kinds), 5), fontsize=6, frameon=False,
                       bbox_to_anchor=(0.5, 1.0))
        buffer = io.BytesIO()
        metadata = {"Date": None, "Creator": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buffer, format=fmt, dpi=IMAGE_DPI, metadata=metadata, facecolor="white")
    return buffer.getvalue()


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
                       concepts: bool = False) -> Path:
    """Write GraphML or GEXF (by suffix) with `type`, `label` and the other attributes, atomically."""
    path = Path(path)
    writer = _NETWORK_WRITERS.get(path.suffix.lower())
    if writer is None:
        raise KGError(f"cannot export {path.name}: use a .graphml or .gexf file name")
    net = export_network(build_network(graph, lang, provenance=provenance, concepts=concepts))
    _write_atomically(path, writer(net))
    return path


#: Output suffixes `kg viz` understands, and what writes each.
OUTPUT_WRITERS = {".html": write_html, ".svg": write_image, ".png": write_image,
                  ".graphml": write_network_file, ".gexf": write_network_file}


def write_drawing(graph: Graph, path: str | Path, lang: str = "id", *, provenance: bool = False,
                  concepts: bool = False) -> Path:
    """Write whichever output `path`'s suffix names (.html, .svg, .png, .graphml, .gexf)."""
    writer = OUTPUT_WRITERS.get(Path(path).suffix.lower())
    if writer is None:
        raise KGError(f"cannot write {Path(path).name}: use one of {', '.join(OUTPUT_WRITERS)}")
    return writer(graph, path, lang, provenance=provenance, concepts=concepts)


__all__ = ["to_vis_data", "write_html", "write_image", "write_network_file", "write_drawing", "html_page",
           "layout_positions", "export_network", "TYPE_COLOURS", "VIS_NETWORK_JS", "OUTPUT_WRITERS"]
