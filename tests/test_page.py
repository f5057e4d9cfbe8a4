"""The query page in headless Chromium: pick a bundled question, run it, see the rows; draw a resource
and a CONSTRUCT with the vendored vis-network; click a node and read its details. Screenshots go to
tests/artifacts/. Every request the page makes must go to the server itself (no CDN)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from kg.pipeline import build
from test_server import Running, SETTINGS, write_graphs

ARTIFACTS = Path(__file__).parent / "artifacts"
B = "https://w3id.org/berita-kg/id/"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def running(tmp_path_factory) -> Running:
    server = Running(write_graphs(tmp_path_factory.mktemp("graphs")), SETTINGS)
    yield server
    server.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Running:
    """A server over a graph the builder wrote from an invented article with figures."""
    folder = tmp_path_factory.mktemp("built")
    text = ("Surabaya (ANTARA) - BPJS Kesehatan Kantor Cabang Surabaya mencatat 2,5 juta peserta hingga akhir "
            "2024.\n\nKepala BPJS Kesehatan Kantor Cabang Surabaya Sinta Maharani menyebut ada 1.250 fasilitas "
            "kesehatan yang bekerja sama.\n")
    (folder / "article.trig").write_bytes(build(text).serialize(format="trig", encoding="utf-8"))
    server = Running(folder, SETTINGS)
    yield server
    server.close()


@pytest.fixture()
def page(browser, running) -> Page:
    """A fresh query page in English; fails the test on script errors or any request off the server."""
    yield from opened_page(browser, running, "?lang=en")


def opened_page(browser, running: Running, query_string: str = ""):
    """The query page of `running`, fresh; fails the test on script errors or any request off the server."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda msg: problems.append(f"console: {msg.text}")
            if msg.type == "error" and not msg.text.startswith("Failed to load resource") else None)  # 4xx answers

    def only_our_server(route):
        if route.request.url.startswith(running.url):
            route.continue_()
        else:
            problems.append(f"request off the server: {route.request.url}")
            route.abort()

    page.route("**/*", only_our_server)
    page.goto(running.url + query_string)
    expect(page.locator("#examples option")).to_have_count(1 + 7)
    yield page
    context.close()
    assert problems == []


def node_position(page: Page, node_id: str) -> tuple[float, float]:
    """Where a node is drawn on the screen, from vis-network's own coordinates."""
    point = page.evaluate("""(id) => {
        const network = window.kgNetwork;
        const dom = network.canvasToDOM(network.getPosition(id));
        const box = document.querySelector('#graph canvas').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""", node_id)
    return point[0], point[1]


def test_a_bundled_question_runs_into_a_table(page: Page):
    page.select_option("#examples", "who-leads-what")
    assert "org:headOf" in page.locator("#query").input_value()
    expect(page.locator("#example-description")).to_contain_text("Who leads")
    page.click("#run")
    rows = page.locator("#results tbody tr")
    expect(rows).to_have_count(3)
    expect(page.locator("#status")).to_contain_text("3 rows")
    headers = page.locator("#results thead th").all_inner_texts()
    assert headers[:3] == ["personName", "roleLabel", "orgName"]
    assert rows.nth(1).locator("td").first.inner_text() == "Rina Wulandari"
    expect(rows.nth(1).locator("a[data-iri]").first).to_have_text("id:person/rina-wulandari")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-table.png"), full_page=True)


def test_clicking_a_resource_draws_it_and_clicking_a_node_shows_its_details(page: Page):
    page.select_option("#examples", "provider-programs")
    page.click("#run")
    expect(page.locator("#results tbody tr")).to_have_count(2)
    page.locator(f'a[data-iri="{B}org/taspen"]').click()
    expect(page.locator("#graph")).to_have_attribute("data-state", "ready")
    expect(page.locator("#graph canvas")).to_be_visible()
    expect(page.locator("#status")).to_contain_text("id:org/taspen")
    x, y = node_position(page, B + "person/dewi-kartika")
    page.mouse.click(x, y)
    info = page.locator("#node-info")
    expect(info.locator("h2")).to_have_text("Dewi Kartika")
    expect(info).to_contain_text(B + "person/dewi-kartika")
    assert info.get_attribute("data-node") == B + "person/dewi-kartika"
    page.screenshot(path=str(ARTIFACTS / "page-describe.png"), full_page=True)


def test_a_construct_query_is_drawn_as_a_graph(page: Page):
    page.fill("#query", """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
# people and what they lead
CONSTRUCT { ?person org:headOf ?org ; a schema:Person ; schema:name ?name .
            ?org a org:Organization ; schema:name ?orgName . }
WHERE { ?person org:headOf ?org ; schema:name ?name . ?org schema:name ?orgName . }""")
    page.click("#run")
    expect(page.locator("#graph")).to_have_attribute("data-state", "ready")
    expect(page.locator("#status")).to_contain_text("6 nodes, 3 edges")
    x, y = node_position(page, B + "org/taspen")
    page.mouse.click(x, y)
    expect(page.locator("#node-info h2")).to_have_text("PT Taspen")
    page.screenshot(path=str(ARTIFACTS / "page-construct.png"), full_page=True)


def test_errors_from_the_server_are_shown_with_their_message(page: Page):
    page.fill("#query", "SELECT * WHERE {\n  ?s ?p\n}")
    page.click("#run")
    expect(page.locator("#status")).to_contain_text("line 3, column 1")
    expect(page.locator("#status")).to_have_class("error")
    page.fill("#query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    page.click("#run")
    expect(page.locator("#status")).to_contain_text("SERVICE is not allowed")


def test_the_page_speaks_indonesian_by_default_and_writes_figures_as_the_press_does(browser, built):
    for page in opened_page(browser, built):
        expect(page.locator("#run")).to_have_text("Jalankan kueri")
        expect(page.locator("#dataset-info")).to_have_text(re.compile(r"^1 artikel, \d+ tripel$"))
        assert page.evaluate("document.documentElement.lang") == "id"
        page.select_option("#examples", "organisation-metrics")
        expect(page.locator("#example-description")).to_contain_text("Angka yang dilaporkan")
        page.click("#run")
        expect(page.locator("#status")).to_contain_text("2 baris")
        headers = page.locator("#results thead th").all_inner_texts()
        assert headers[:5] == ["orgName", "unitName", "figure", "indicator", "value"]
        first = page.locator("#results tbody tr").first.locator("td").all_inner_texts()
        assert first[:5] == ["BPJS Kesehatan", "BPJS Kesehatan Kantor Cabang Surabaya",
                             "peserta: 2,5 juta orang (hingga akhir 2024)", "peserta", "2.500.000"]
        second = page.locator("#results tbody tr").nth(1).locator("td").all_inner_texts()
        assert second[2:5] == ["rumah sakit mitra: 1.250 (hingga akhir 2024)", "rumah sakit mitra", "1.250"]
        assert "xsd:decimal" not in page.locator("#results").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "page-figures-id.png"), full_page=True)


def test_the_english_page_writes_numbers_the_english_way(browser, built):
    for page in opened_page(browser, built, "?lang=en"):
        expect(page.locator("#run")).to_have_text("Run query")
        expect(page.locator("#dataset-info")).to_have_text(re.compile(r"^1 article, \d+ triples$"))
        page.select_option("#examples", "organisation-metrics")
        expect(page.locator("#example-description")).to_contain_text("The figures reported")
        page.click("#run")
        expect(page.locator("#status")).to_contain_text("2 rows")
        first = page.locator("#results tbody tr").first.locator("td").all_inner_texts()
        assert first[4] == "2,500,000"
        page.screenshot(path=str(ARTIFACTS / "page-figures-en.png"), full_page=True)
