"""The corpus store: articles as named graphs in one Oxigraph store, built incrementally, in parallel (a
process pool or a Dask cluster), exported with the same bytes for the same corpus."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.ingest import Article
from kg.pipeline import build
from kg.store import CorpusStore, StoreError, article_fingerprint, build_into_store, is_store
from kg.vocab import DEFAULT_BASE

ARTICLES = {
    "a.txt": "Semarang (ANTARA) - Kepala Dinas Sosial Kota Semarang Rina Astuti mengatakan dinasnya menyalurkan "
             "bantuan kepada 1.200 keluarga sepanjang 2024.\n",
    "b.txt": "Surabaya (ANTARA) - BPJS Kesehatan Cabang Surabaya mencatat 350.000 peserta baru hingga akhir 2024.\n",
    "c.txt": "Medan (ANTARA) - Direktur Utama PT Taspen (Persero) Budi Santoso mengatakan Taspen membayar "
             "Rp2,5 triliun kepada pensiunan pada 2024.\n",
}


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(source, source.removesuffix(".txt"), text) for source, text in texts.items()]


def _graphs(store: CorpusStore) -> set[str]:
    return {str(g.value) for g in store.oxigraph.named_graphs()}


def _default_graph_is_the_union(store: CorpusStore) -> bool:
    default = {(q.subject, q.predicate, q.object) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    return default == {(q.subject, q.predicate, q.object) for q in store.article_quads()}


def test_an_article_is_stored_as_its_own_named_graph(tmp_path):
    with CorpusStore(tmp_path / "s") as store:
        graph = store.put("a.txt", ARTICLES["a.txt"], build(ARTICLES["a.txt"]))
        assert graph.startswith(DEFAULT_BASE + "graph/")
        assert _graphs(store) == {graph}
        assert len(store) == len(build(ARTICLES["a.txt"]))
    assert is_store(tmp_path / "s")


def test_unchanged_sources_are_skipped_and_changed_ones_replaced(tmp_path):
    with CorpusStore(tmp_path / "s") as store:
        first = build_into_store(store, _articles(ARTICLES), DEFAULT_BASE)
        assert [o.status for o in first] == ["built", "built", "built"]
        old_graph = store.sources()["b.txt"].graph
        changed = dict(ARTICLES, **{"b.txt": ARTICLES["b.txt"].replace("350.000", "410.000")})
        second = build_into_store(store, _articles(changed), DEFAULT_BASE)
        assert [o.status for o in second] == ["unchanged", "built", "unchanged"]
        assert old_graph not in _graphs(store)
        assert store.sources()["b.txt"].graph in _graphs(store)
        assert len(_graphs(store)) == 3
        assert _default_graph_is_the_union(store)


def test_prune_removes_sources_that_are_gone_and_graphs_nobody_names(tmp_path):
    with CorpusStore(tmp_path / "s") as store:
        build_into_store(store, _articles(ARTICLES), DEFAULT_BASE)
        orphan = ox.NamedNode(DEFAULT_BASE + "graph/left-by-a-killed-build")
        store.oxigraph.add(ox.Quad(orphan, orphan, ox.Literal("x"), orphan))
        assert store.prune({"a.txt", "c.txt"}) == ["b.txt"]
        assert set(store.sources()) == {"a.txt", "c.txt"}
        assert _graphs(store) == {a.graph for a in store.sources().values()}
        assert _default_graph_is_the_union(store)


def test_a_build_killed_between_graph_and_manifest_is_repaired_by_the_next(tmp_path, monkeypatch):
    with CorpusStore(tmp_path / "s") as store:
        build_into_store(store, _articles({"a.txt": ARTICLES["a.txt"]}), DEFAULT_BASE)
        changed = ARTICLES["a.txt"].replace("1.200", "1.500")
        real_execute = store._manifest.execute

        class Killed(Exception):
            pass

        class ManifestThatDies:
            def execute(self, sql, *args):
                if sql.startswith("INSERT OR REPLACE"):
                    raise Killed()
                return real_execute(sql, *args)

            def close(self):
                pass

        monkeypatch.setattr(store, "_manifest", ManifestThatDies())
        with pytest.raises(Killed):
            build_into_store(store, _articles({"a.txt": changed}), DEFAULT_BASE)
        monkeypatch.undo()
        assert not store.is_current("a.txt", article_fingerprint(_articles({"a.txt": changed})[0]))
        outcome = build_into_store(store, _articles({"a.txt": changed}), DEFAULT_BASE)
        assert [o.status for o in outcome] == ["built"]
        store.prune({"a.txt"})
        assert _graphs(store) == {store.sources()["a.txt"].graph}
        assert b"1.500" in store.nquads() and b"1.200" not in store.nquads()


def test_an_interrupted_build_writes_the_articles_it_built_before_stopping(tmp_path, monkeypatch):
    import kg.store as store_module
    built = []
    real_build = store_module.build_batch_nquads

    def build_then_interrupt(batch, base, check):
        if built:
            raise KeyboardInterrupt  # Ctrl-C while the second batch is being built
        built.extend(a.source for a in batch)
        return real_build(batch, base, check)

    monkeypatch.setattr(store_module, "build_batch_nquads", build_then_interrupt)
    with CorpusStore(tmp_path / "s") as store:
        with pytest.raises(KeyboardInterrupt):
            build_into_store(store, _articles(ARTICLES), DEFAULT_BASE, batch_size=1)
        assert built and set(store.sources()) == set(built)  # waiting to be written in a larger commit, yet kept
        assert _default_graph_is_the_union(store)


def test_a_build_killed_halfway_through_writing_quads_is_repaired_by_the_next(tmp_path, monkeypatch):
    """The bulk loader is not a transaction: a kill can leave part of a batch's quads. The manifest does
    not name them yet, so the next build drops them before writing the articles again."""
    class Killed(Exception):
        pass

    real_load = CorpusStore._load

    def load_half_then_die(self, nquads):
        nquads = nquads.decode("utf-8") if isinstance(nquads, bytes) else nquads  # the writer passes UTF-8
        lines = nquads.splitlines(keepends=True)
        real_load(self, "".join(lines[: len(lines) // 2]))
        if " <" + DEFAULT_BASE + "graph/" in nquads:  # the quads; the default graph's triples come after them
            raise Killed()

    with CorpusStore(tmp_path / "s") as store:
        monkeypatch.setattr(CorpusStore, "_load", load_half_then_die)
        with pytest.raises(Killed):
            build_into_store(store, _articles(ARTICLES), DEFAULT_BASE, batch_size=3)
        monkeypatch.undo()
        assert store.sources() == {} and 0 < len(store) < sum(len(build(text)) for text in ARTICLES.values())
        outcomes = build_into_store(store, _articles(ARTICLES), DEFAULT_BASE, batch_size=3)
        assert [o.status for o in outcomes] == ["built", "built", "built"]
        assert _graphs(store) == {a.graph for a in store.sources().values()}
        assert _default_graph_is_the_union(store)
        assert len(store) == sum(len(build(text)) for text in ARTICLES.values())


def test_export_is_the_same_bytes_whatever_the_build_order_or_parallelism(tmp_path):
    with CorpusStore(tmp_path / "serial") as serial:
        build_into_store(serial, _articles(ARTICLES), DEFAULT_BASE)
        expected = {f: serial.export(f) for f in ("nquads", "trig", "turtle")}
    with CorpusStore(tmp_path / "pool") as pooled, ProcessPoolExecutor(2) as pool:
        outcomes = build_into_store(pooled, list(reversed(_articles(ARTICLES))), DEFAULT_BASE, executor=pool)
        assert {o.status for o in outcomes} == {"built"}
        assert {f: pooled.export(f) for f in expected} == expected
    assert expected["nquads"].count(b"\n") == len(set(expected["nquads"].splitlines()))


def test_a_dask_cluster_builds_the_same_store(tmp_path):
    import distributed

    with CorpusStore(tmp_path / "serial") as serial:
        build_into_store(serial, _articles(ARTICLES), DEFAULT_BASE)
        expected = serial.nquads()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client, CorpusStore(tmp_path / "dask") as store:
        outcomes = build_into_store(store, _articles(ARTICLES), DEFAULT_BASE, executor=client.get_executor())
        assert [o.status for o in outcomes] == ["built"] * 3
        assert store.nquads() == expected


def _count_shacl_runs(monkeypatch) -> tuple[list[int], list[int]]:
    """Wrap both validators so that the test sees how many articles each fast check (compiled shapes) was
    given, and how many times pySHACL wrote a report."""
    from kg import validate as validation

    real_fast, real_full, fast_runs, full_runs = validation.check_nquads, validation.validate, [], []

    def fast(texts):
        fast_runs.append(len(texts))
        return real_fast(texts)

    def full(data):
        full_runs.append(1)
        return real_full(data)

    monkeypatch.setattr(validation, "check_nquads", fast)
    monkeypatch.setattr(validation, "validate", full)
    return fast_runs, full_runs


def test_a_batch_that_conforms_is_validated_in_one_fast_run_without_pyshacl(tmp_path, monkeypatch):
    fast_runs, full_runs = _count_shacl_runs(monkeypatch)
    with CorpusStore(tmp_path / "s") as store:
        outcomes = build_into_store(store, _articles(ARTICLES), DEFAULT_BASE, batch_size=3)
        assert [o.status for o in outcomes] == ["built", "built", "built"]
    assert (fast_runs, full_runs) == ([3], [])


def test_an_article_failing_its_shapes_in_a_batch_is_named_and_kept_out(tmp_path, monkeypatch):
    from kg import rdf
    from kg.vocab import SCHEMA

    real_add = rdf.GraphWriter.add

    def writer_losing_names_in_taspen_article(self, s, p, o):
        if p != SCHEMA.name or "Taspen" not in self.f.text:  # an organisation without a name breaks bkgsh:Organization-name
            real_add(self, s, p, o)

    monkeypatch.setattr(rdf.GraphWriter, "add", writer_losing_names_in_taspen_article)
    fast_runs, full_runs = _count_shacl_runs(monkeypatch)
    with CorpusStore(tmp_path / "s") as store:
        outcomes = build_into_store(store, _articles(ARTICLES), DEFAULT_BASE, batch_size=3)
        assert [(o.source, o.status) for o in outcomes] == [("a.txt", "built"), ("b.txt", "built"), ("c.txt", "failed")]
        assert outcomes[2].message.startswith("the graph of c.txt does not conform to the shapes; nothing stored")
        assert "schema:name" in outcomes[2].message
        assert set(store.sources()) == {"a.txt", "b.txt"}
        assert b"Taspen" not in store.nquads() and b"Semarang" in store.nquads()
    # the batch, its first half (a), its second (b, c), then b and c alone; pySHACL reports on c only
    assert (fast_runs, full_runs) == ([3, 1, 2, 1, 1], [1])


def test_a_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not a corpus store"):
        CorpusStore(tmp_path)
    with pytest.raises(StoreError, match="not a corpus store"):
        CorpusStore(tmp_path / "missing", read_only=True)


def test_kg_export_writes_the_corpus(tmp_path, capsysbinary):
    with CorpusStore(tmp_path / "s") as store:
        build_into_store(store, _articles(ARTICLES), DEFAULT_BASE)
        expected = store.nquads()
    assert main(["export", "--store", str(tmp_path / "s"), "-f", "nquads"]) in (0, None)
    assert capsysbinary.readouterr().out == expected
    out = tmp_path / "all.trig"
    assert main(["export", "--store", str(tmp_path / "s"), "-f", "trig", "-o", str(out)]) in (0, None)
    from rdflib import Dataset
    read_back = Dataset()
    read_back.parse(out, format="trig")
    assert len({c.identifier for c in read_back.contexts() if len(c)}) == 3
    assert main(["export", "--store", str(tmp_path / "nothing")]) == 2


def test_kg_build_into_a_store_is_incremental_and_prunes(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    store_dir = str(tmp_path / "store")
    assert main(["build", str(corpus), "--store", store_dir, "--jobs", "1", "-q"]) == 0
    assert main(["build", str(corpus), "--store", store_dir, "--jobs", "2"]) == 0
    assert "built 0, 3 unchanged" in capsys.readouterr().err
    (corpus / "b.txt").unlink()
    assert main(["build", str(corpus), "--store", store_dir, "--prune", "-q"]) == 0
    with CorpusStore(store_dir, read_only=True) as store:
        assert sorted(store.sources()) == [str((corpus / "a.txt").resolve()), str((corpus / "c.txt").resolve())]
        assert len(_graphs(store)) == 2
    assert main(["build", str(corpus), "--store", store_dir, "-o", "x.ttl"]) == 2
    assert main(["build", str(corpus), "--prune"]) == 2


def test_the_builder_digest_follows_the_files_that_decide_the_output(tmp_path, monkeypatch):
    """A store rebuilds an article when the builder changes; a new lexicon entry or rule changes the builder even
    within one release, a compiled cache does not."""
    import kg.paths
    from kg import store
    package, ontology, shapes = (tmp_path / name for name in ("kg", "ontology", "shapes"))
    for folder in (package / "data", ontology, shapes):
        folder.mkdir(parents=True)
    (package / "rules.py").write_text("RULE = 1\n")
    (package / "data" / "words.json").write_text('["kantor"]\n')
    monkeypatch.setattr(kg.paths, "PACKAGE_DIR", package)
    monkeypatch.setattr(kg.paths, "resource_dir", lambda name: {"ontology": ontology, "shapes": shapes}[name])
    first = store._builder_digest()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\x00")
    assert store._builder_digest() == first
    (package / "data" / "words.json").write_text('["kantor", "dinas"]\n')
    assert store._builder_digest() != first
