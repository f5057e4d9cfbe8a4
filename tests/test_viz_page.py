"""The HTML graph page in headless Chromium, offline: it draws, searches, and shows a node's facts."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from kg.network import load_graph
from kg.viz import write_html

ARTICLE = Path(__file__).parent / "data" / "viz-dinsos-banyumas.ttl"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
DINSOS = "https://w3id.org/berita-kg/id/org/dinas-sosial-kabupaten-banyumas"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class OpenPage:
    """A page opened from a file:// URL with every other request refused and recorded."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-drawn=true]")

    def _route(self, route):
        self.requests.append(route.request.url)
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def drawn_pixels(self) -> int:
        return self.page.evaluate("""() => {
            const canvas = document.querySelector('#network canvas');
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 700) painted++;
            return painted;
        }""")


@pytest.fixture
def opened(browser, tmp_path):
    def open_graph(lang: str = "id") -> OpenPage:
        path = write_html(load_graph(ARTICLE), tmp_path / f"graph-{lang}.html", lang=lang)
        page = OpenPage(browser, path)
        pages.append(page)
        return page
    pages: list[OpenPage] = []
    yield open_graph
    for page in pages:
        page.context.close()


def test_page_draws_offline_without_console_errors(opened):
    page = opened()
    assert page.drawn_pixels() > 2000
    assert page.problems == []
    assert page.requests == [page.url]
    legend = page.page.inner_text("#legend")
    for kind in ("Organisasi", "Unit organisasi", "Orang", "Angka", "Kutipan"):
        assert kind in legend
    assert page.page.inner_text("#counts") == "13 simpul, 8 hubungan"


def test_search_by_alternate_name_selects_the_node_and_shows_its_facts(opened):
    page = opened()
    page.page.fill("#search", "dinsos banyumas")
    page.page.press("#search", "Enter")
    panel = page.page.locator("#panel")
    assert panel.locator("h2").inner_text() == "Dinas Sosial Kabupaten Banyumas"
    assert "Dinsos Banyumas" in panel.locator("#facts").inner_text()
    relations = panel.locator("#relations").inner_text()
    assert "Kepala Dinas Sosial Kabupaten Banyumas Sri Wahyuni mengatakan" in relations  # the source sentence
    assert page.page.evaluate("() => kgNetwork.getSelectedNodes()") == [DINSOS]
    assert page.problems == []


def test_search_for_an_unknown_name_says_so(opened):
    page = opened("en")
    page.page.fill("#search", "Joko Widodo")
    page.page.click("#search-button")
    assert page.page.inner_text("#panel .not-found") == "Nothing is called “Joko Widodo”."


def test_clicking_a_node_shows_its_sentence_and_links_to_neighbours(opened):
    page = opened("en")
    figure = next(n for n in page.page.evaluate("() => DATA.nodes") if n["type"] == "observation"
                  and n["label"].startswith("budget"))
    point = page.page.evaluate("id => kgNetwork.canvasToDOM(kgNetwork.getPosition(id))", figure["id"])
    box = page.page.locator("#network").bounding_box()
    page.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = page.page.locator("#panel")
    assert panel.locator("h2").inner_text() == "budget: IDR 4.5 billion (2024)"
    assert "Anggaran program mencapai Rp4,5 miliar pada 2024." in panel.inner_text()
    panel.get_by_text("Dinas Sosial Kabupaten Banyumas").first.click()
    assert panel.locator("h2").inner_text() == "Dinas Sosial Kabupaten Banyumas"
    assert page.problems == []


ARTIFACTS = Path(__file__).parent / "artifacts"
AGUS = "https://w3id.org/berita-kg/id/person/agus-prasetyo"
BIDANG = DINSOS + "/bidang-rehabilitasi-sosial"


def visible_nodes(page) -> list[str]:
    return sorted(page.page.evaluate("() => kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))


def test_page_opens_fitted_with_nothing_under_the_panel_or_legend(opened):
    page = opened()
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "viz-page-fitted.png"))
    graph_box = page.page.locator("#network").bounding_box()
    side_box = page.page.locator("#side").bounding_box()
    assert graph_box["x"] + graph_box["width"] <= side_box["x"]
    assert page.page.locator("#graph #legend").count() == 0  # the legend sits in the side column
    for node in page.page.evaluate("() => DATA.nodes"):
        box = page.page.evaluate("id => kgNetwork.getBoundingBox(id)", node["id"])
        for corner in ({"x": box["left"], "y": box["top"]}, {"x": box["right"], "y": box["bottom"]}):
            dom = page.page.evaluate("p => kgNetwork.canvasToDOM(p)", corner)
            assert 0 <= dom["x"] <= graph_box["width"] and 0 <= dom["y"] <= graph_box["height"], node["label"]
    loose = page.page.inner_text("#loose")
    assert "ANTARA" in loose and "Joko Susilo" in loose


def test_focus_on_one_person_then_one_period(opened):
    page = opened()
    page.page.fill("#search", "Agus")
    page.page.press("#search", "Enter")
    page.page.click("#focus-button")
    assert visible_nodes(page) == [DINSOS, BIDANG, AGUS]
    assert page.page.inner_text("#focus-text") == "Fokus: Agus Prasetyo"
    assert page.page.inner_text("#relations").startswith("Kepala Bidang → Bidang Rehabilitasi Sosial")
    page.page.screenshot(path=str(ARTIFACTS / "viz-page-focus.png"))
    page.page.click("#focus-clear")
    page.page.select_option("#period", "2024")
    figures = [n for n in page.page.evaluate("() => DATA.nodes") if n["type"] == "observation"]
    shown = set(visible_nodes(page))
    assert [n["label"] for n in figures if n["id"] in shown] == ["anggaran: Rp4,5 miliar (pada 2024)"]
    assert page.problems == []


def test_no_connector_runs_through_a_box(browser, tmp_path):
    """On the bundled article: every tree connector's segments miss every box but its own two ends."""
    from kg.paths import EXPORTS_DIR

    page = OpenPage(browser, write_html(load_graph(EXPORTS_DIR / "bpjs-ketenagakerjaan-2024.ttl"), tmp_path / "b.html"))
    crossings = page.page.evaluate("""() => {
        const boxes = DATA.nodes.map(n => [n.id, kgNetwork.getBoundingBox(n.id)]);
        const hits = [];
        let routes = 0;
        for (const edge of visibleRoutes()) {
            routes++;
            const points = connectorPoints(edge.route);
            for (let i = 0; i + 1 < points.length; i++) {
                const [[x1, y1], [x2, y2]] = [points[i], points[i + 1]];
                for (const [id, b] of boxes) {
                    if (id === edge.route.parent || id === edge.route.child) continue;
                    const inside = Math.max(x1, x2) > b.left + 1 && Math.min(x1, x2) < b.right - 1
                        && Math.max(y1, y2) > b.top + 1 && Math.min(y1, y2) < b.bottom - 1;
                    if (inside) hits.push(`${edge.route.parent} -> ${edge.route.child} through ${id}`);
                }
            }
        }
        return { routes, hits };
    }""")
    assert crossings["routes"] >= 15 and crossings["hits"] == []
    page.context.close()
