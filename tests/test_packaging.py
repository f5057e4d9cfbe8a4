"""A regular install works: a wheel built from the checkout, installed into a fresh virtualenv outside it,
gives a `kg` that builds, lists the bundled queries, validates and serves, reading ontology/, shapes/ and
queries/ from the package data it carries (never from the checkout)."""
from __future__ import annotations

import re
import subprocess
import sys
import urllib.parse
import urllib.request
import venv
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import formats
from kg.ingest import read_article
from kg.paths import BUNDLED_ARTICLE, QUERIES_DIR, ROOT, RESOURCE_FOLDERS
from kg.pipeline import build


def _run(args: list, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(bin folder of a fresh virtualenv with the wheel installed, an empty working folder outside the checkout)."""
    where = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", where / "dist", ROOT], cwd=where)
    wheels = sorted((where / "dist").glob("berita_kg-*.whl"))
    assert len(wheels) == 1
    venv.EnvBuilder(with_pip=True).create(where / "venv")
    bin_dir = where / "venv" / "bin"
    _run([bin_dir / "python", "-m", "pip", "install", "-q", wheels[0]], cwd=where)
    work = where / "work"
    work.mkdir()
    return bin_dir, work


def test_the_wheel_carries_the_top_level_folders(installed):
    bin_dir, work = installed
    shown = _run([bin_dir / "python", "-c", "import kg.paths as p; print(p.ONTOLOGY_DIR); print(p.SHAPES_DIR); print(p.QUERIES_DIR)"],
                 cwd=work).stdout.split()
    site = (bin_dir.parent / "lib").resolve()
    for name, folder in zip(RESOURCE_FOLDERS, shown):
        assert Path(folder).resolve().is_relative_to(site), folder
        assert Path(folder).name == name
        packaged = sorted(p.name for p in Path(folder).iterdir())
        assert packaged == sorted(p.name for p in (ROOT / name).iterdir())


def test_installed_kg_builds_the_bundled_article_like_the_checkout(installed):
    bin_dir, work = installed
    _run([bin_dir / "kg", "build"], cwd=work)
    built = Graph().parse(work / "exports" / "bpjs-ketenagakerjaan-2024.ttl")
    expected = Graph().parse(data=formats.serialize(build(read_article(BUNDLED_ARTICLE)), formats.TURTLE), format="turtle")
    assert isomorphic(built, expected)
    assert sorted(p.name for p in (work / "exports").iterdir()) == [
        "bpjs-ketenagakerjaan-2024.jsonld", "bpjs-ketenagakerjaan-2024.ttl", "graph.html", "graph.png"]


def test_installed_kg_lists_the_bundled_queries(installed):
    bin_dir, work = installed
    listed = _run([bin_dir / "kg", "query", "--list"], cwd=work).stdout.splitlines()
    assert [line.split()[0] for line in listed] == sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def test_installed_kg_validates(installed, tmp_path):
    bin_dir, work = installed
    _run([bin_dir / "kg", "build", BUNDLED_ARTICLE, "-o", tmp_path / "a.ttl"], cwd=work)
    result = _run([bin_dir / "kg", "validate", tmp_path / "a.ttl"], cwd=work)
    assert result.stdout == "conforms: 0 violations\n"
    broken = tmp_path / "broken.ttl"
    broken.write_text("<https://example.org/o> a <http://www.w3.org/ns/org#Organization> .\n", encoding="utf-8")
    failed = _run([bin_dir / "kg", "validate", broken], cwd=work, check=False)
    assert failed.returncode == 1
    assert failed.stdout.splitlines()[0] == "does not conform: 1 violation"


def test_installed_kg_serves_sparql(installed, tmp_path):
    bin_dir, work = installed
    _run([bin_dir / "kg", "build", BUNDLED_ARTICLE, "-o", tmp_path / "a.ttl"], cwd=work)
    server = subprocess.Popen([bin_dir / "kg", "serve", "--port", "0", tmp_path / "a.ttl"], cwd=work,
                              stderr=subprocess.PIPE, text=True)
    try:
        url = None
        for line in server.stderr:
            found = re.search(r"SPARQL endpoint (http://\S+/sparql)", line)
            if found:
                url = found.group(1)
                break
        assert url, "kg serve did not say where it listens"
        query = "SELECT (COUNT(?m) AS ?n) WHERE { ?m a <http://www.w3.org/ns/org#Membership> }"
        request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}",
                                         headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200
            body = response.read().decode("utf-8")
        assert body.splitlines() == ["n", "2"]
    finally:
        server.terminate()
        server.wait(timeout=30)
