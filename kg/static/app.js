// The query page: runs SPARQL against this server's /sparql, shows SELECT/ASK answers as a table and
// draws CONSTRUCT/DESCRIBE answers (and any IRI clicked in the table) with the vendored vis-network.
// Everything it loads comes from this server: no CDN, works offline.
"use strict";

const page = {
  prefixes: {},
  examples: [],
  network: null,
  nodes: null,
  lang: "id",
};

// The page speaks Indonesian (the default, as the drawings do) or English: ?lang=en. Figures in the
// table are written the way each language writes numbers; the drawings follow the same choice.
const TEXTS = {
  id: {
    tagline: "tanya graf",
    examples: "Contoh pertanyaan",
    pick: "— pilih pertanyaan bawaan —",
    query: "Kueri SPARQL",
    run: "Jalankan kueri",
    hint: "SELECT dan ASK menjawab dalam tabel; CONSTRUCT dan DESCRIBE digambar sebagai graf. Klik IRI di tabel "
      + "untuk menggambar apa yang dikatakan graf tentangnya; klik simpul untuk rinciannya, klik dua kali untuk "
      + "memperluasnya.",
    dataset: (graphs, triples) => `${graphs} artikel, ${triples} tripel`,
    running: "menjalankan…",
    rows: (count, ms) => `${count} baris dalam ${ms} ms`,
    drawn: (nodes, edges, ms) => `${nodes} simpul, ${edges} sisi dalam ${ms} ms`,
    drawing: (name) => `menggambar ${name}…`,
    described: (name, nodes, edges) => `${name}: ${nodes} simpul, ${edges} sisi`,
    noAnswer: (message) => `server tidak menjawab: ${message}`,
    noExamples: (message) => `contoh pertanyaan tidak dapat dimuat: ${message}`,
    clickIri: "klik untuk menggambar apa yang dikatakan graf tentangnya",
    sentence: "kalimat",
    yes: "ya",
    no: "tidak",
  },
  en: {
    tagline: "ask the graph",
    examples: "Example questions",
    pick: "— pick a bundled question —",
    query: "SPARQL query",
    run: "Run query",
    hint: "SELECT and ASK answer in the table; CONSTRUCT and DESCRIBE are drawn as a graph. Click an IRI in the "
      + "table to draw what the graph says about it; click a node for its details, double-click it to expand.",
    dataset: (graphs, triples) => `${graphs} article${graphs === 1 ? "" : "s"}, ${triples} triple${triples === 1 ? "" : "s"}`,
    running: "running…",
    rows: (count, ms) => `${count} row${count === 1 ? "" : "s"} in ${ms} ms`,
    drawn: (nodes, edges, ms) => `${nodes} nodes, ${edges} edges in ${ms} ms`,
    drawing: (name) => `drawing ${name}…`,
    described: (name, nodes, edges) => `${name}: ${nodes} nodes, ${edges} edges`,
    noAnswer: (message) => `the server did not answer: ${message}`,
    noExamples: (message) => `could not load the examples: ${message}`,
    clickIri: "click to draw what the graph says about it",
    sentence: "sentence",
    yes: "true",
    no: "false",
  },
};

function t(key, ...args) {
  const text = TEXTS[page.lang][key];
  return typeof text === "function" ? text(...args) : text;
}

function chooseLanguage() {
  const asked = new URLSearchParams(window.location.search).get("lang");
  page.lang = asked in TEXTS ? asked : "id";
  document.documentElement.lang = page.lang;
  document.title = `berita-kg · ${t("tagline")}`;
  for (const element of document.querySelectorAll("[data-text]")) element.textContent = t(element.dataset.text);
  for (const link of document.querySelectorAll("#languages a")) {
    link.setAttribute("aria-current", link.dataset.lang === page.lang ? "true" : "false");
  }
}

function $(id) { return document.getElementById(id); }

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

// The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) after comments and PREFIX/BASE declarations.
function queryForm(text) {
  const body = text
    .replace(/(^|\s)#[^\n]*/g, "$1")
    .replace(/\b(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)/gi, " ");
  const match = body.match(/^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
  return match ? match[1].toUpperCase() : "SELECT";
}

function shortName(iri) {
  let best = "";
  let bestPrefix = "";
  for (const [prefix, ns] of Object.entries(page.prefixes)) {
    if (iri.startsWith(ns) && ns.length > best.length) { best = ns; bestPrefix = prefix; }
  }
  return best ? `${bestPrefix}:${iri.slice(best.length)}` : iri;
}

async function errorMessage(response) {
  try {
    const body = await response.json();
    return body.error ? body.error.message : response.statusText;
  } catch (e) {
    return `${response.status} ${response.statusText}`;
  }
}

async function loadExamples() {
  const response = await fetch("queries");
  const data = await response.json();
  page.prefixes = data.prefixes;
  page.examples = data.queries;
  const select = $("examples");
  for (const example of data.queries) {
    const option = document.createElement("option");
    option.value = example.name;
    option.textContent = example.name;
    option.title = description(example);
    select.appendChild(option);
  }
  const health = await (await fetch("health")).json();
  $("dataset-info").textContent = t("dataset", health.graphs, health.triples);
}

function description(example) {
  return (page.lang === "id" && example.description_id) || example.description;
}

function pickExample() {
  const example = page.examples.find((e) => e.name === $("examples").value);
  if (!example) return;
  $("query").value = example.query;
  $("example-description").textContent = description(example);
}

function clearOutput() {
  $("results").querySelector("thead").replaceChildren();
  $("results").querySelector("tbody").replaceChildren();
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const link = document.createElement("a");
    link.href = "#";
    link.dataset.iri = term.value;
    link.title = `${term.value} — ${t("clickIri")}`;
    link.textContent = shortName(term.value);
    td.appendChild(link);
    return td;
  }
  td.textContent = literalText(term);
  // The datatype or language of a literal is there on hover, not as clutter in every cell.
  const kind = term["xml:lang"] ? `@${term["xml:lang"]}` : term.datatype ? shortName(term.datatype) : "";
  if (kind) td.title = kind;
  if (NUMERIC.has(term.datatype)) td.className = "number";
  return td;
}

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["decimal", "integer", "double", "float", "long", "int", "nonNegativeInteger"]
  .map((name) => XSD + name));

// A literal as a reader expects it: numbers with the language's separators ("45.200.000" in Indonesian,
// "45,200,000" in English), booleans as words; anything else as the graph has it.
function literalText(term) {
  if (NUMERIC.has(term.datatype)) {
    const number = Number(term.value);
    if (Number.isFinite(number)) {
      return new Intl.NumberFormat(page.lang, { maximumFractionDigits: 20 }).format(number);
    }
  }
  if (term.datatype === XSD + "boolean") return term.value === "true" || term.value === "1" ? t("yes") : t("no");
  return term.value;
}

function renderTable(json) {
  clearOutput();
  const head = $("results").querySelector("thead");
  const body = $("results").querySelector("tbody");
  if ("boolean" in json) {
    const tr = document.createElement("tr");
    const td = document.createElement("td");
    td.textContent = json.boolean ? t("yes") : t("no");
    tr.appendChild(td);
    body.appendChild(tr);
    return 1;
  }
  const vars = json.head.vars;
  const headRow = document.createElement("tr");
  for (const name of vars) {
    const th = document.createElement("th");
    th.textContent = name;
    headRow.appendChild(th);
  }
  head.appendChild(headRow);
  for (const binding of json.results.bindings) {
    const tr = document.createElement("tr");
    for (const name of vars) tr.appendChild(cell(binding[name]));
    body.appendChild(tr);
  }
  return json.results.bindings.length;
}

async function post(path, query, accept) {
  return fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
    body: new URLSearchParams({ query }),
  });
}

async function runQuery() {
  const text = $("query").value;
  const form = queryForm(text);
  const started = performance.now();
  $("run").disabled = true;
  setStatus(t("running"));
  try {
    if (form === "CONSTRUCT" || form === "DESCRIBE") {
      const response = await post(`graph?lang=${page.lang}`, text, "application/json");
      if (!response.ok) { setStatus(await errorMessage(response), true); return; }
      const data = await response.json();
      clearOutput();
      drawGraph(data);
      setStatus(t("drawn", data.nodes.length, data.edges.length, Math.round(performance.now() - started)));
    } else {
      const response = await post("sparql", text, "application/sparql-results+json");
      if (!response.ok) { setStatus(await errorMessage(response), true); return; }
      const count = renderTable(await response.json());
      setStatus(t("rows", count, Math.round(performance.now() - started)));
    }
  } catch (e) {
    setStatus(t("noAnswer", e.message), true);
  } finally {
    $("run").disabled = false;
  }
}

async function describe(iri) {
  setStatus(t("drawing", shortName(iri)));
  const response = await fetch(`describe?iri=${encodeURIComponent(iri)}&lang=${page.lang}`);
  if (!response.ok) { setStatus(await errorMessage(response), true); return; }
  const data = await response.json();
  drawGraph(data);
  setStatus(t("described", shortName(iri), data.nodes.length, data.edges.length));
}

function drawGraph(data) {
  const wrap = $("graph-wrap");
  const container = $("graph");
  wrap.hidden = false;
  container.dataset.state = "drawing";
  $("node-info").replaceChildren();
  if (page.network) page.network.destroy();
  page.nodes = new vis.DataSet(data.nodes);
  // Positions come laid out from the server (kg.viz), so physics stays off: same graph, same picture.
  page.network = new vis.Network(container, { nodes: page.nodes, edges: new vis.DataSet(data.edges) }, {
    physics: false,
    layout: { randomSeed: 1, improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 200 },
    nodes: { font: { face: "DejaVu Sans, Verdana, sans-serif", size: 13 }, margin: 8, borderWidth: 1,
             widthConstraint: { maximum: 210 } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, color: { color: "#9a9a9a", highlight: "#333333" },
             font: { size: 11, color: "#555555", strokeWidth: 3, align: "middle" },
             smooth: { enabled: true, type: "cubicBezier", forceDirection: "vertical", roundness: 0.4 } },
  });
  window.kgNetwork = page.network; // for scripted clicks (tests) and the browser console
  page.network.once("afterDrawing", () => { container.dataset.state = "ready"; });
  page.network.fit({ animation: false });
  page.network.on("click", (params) => { if (params.nodes.length) showNode(params.nodes[0]); });
  page.network.on("doubleClick", (params) => {
    const node = params.nodes.length ? page.nodes.get(params.nodes[0]) : null;
    if (node && node.iri) describe(node.iri);
  });
}

function showNode(id) {
  const node = page.nodes.get(id);
  const info = $("node-info");
  info.replaceChildren();
  const title = document.createElement("h2");
  title.textContent = node.label.replace(/\n/g, " ");
  const type = document.createElement("p");
  type.className = "type";
  type.textContent = node.typeLabel || "";
  info.append(title, type);
  const list = document.createElement("dl");
  const add = (term, value) => {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    list.append(dt, dd);
  };
  if (node.iri) add("IRI", node.iri);
  for (const fact of node.facts || []) add(fact.property, fact.value);
  for (const sentence of (node.sentences || []).slice(0, 3)) add(t("sentence"), sentence);
  info.appendChild(list);
  info.dataset.node = id;
}

document.addEventListener("DOMContentLoaded", () => {
  chooseLanguage();
  $("examples").addEventListener("change", pickExample);
  $("run").addEventListener("click", runQuery);
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runQuery();
  });
  $("results").addEventListener("click", (event) => {
    const link = event.target.closest("a[data-iri]");
    if (!link) return;
    event.preventDefault();
    describe(link.dataset.iri);
  });
  loadExamples().catch((e) => setStatus(t("noExamples", e.message), true));
});
