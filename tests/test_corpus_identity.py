"""People joined across the articles of a store (kg/corpus_identity.py): a short form of a name joins the full
name of the same office by owl:sameAs with its evidence, never a namesake of another office, an ambiguous short
form or a person without an office; the same corpus gives the same bytes in any build order."""
from rdflib import Dataset, URIRef
from rdflib.namespace import OWL, PROV

from kg.cli import main
from kg.corpus_identity import Named, short_name_links
from kg.sameas import Decision
from kg.vocab import BKG

ID = "https://w3id.org/berita-kg/id/"
PERSON = ID + "person/"
KEDIRI_FULL = "Kediri (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Kediri Farah Diana membuka sosialisasi program itu.\n"
BLITAR_SHORT = "Blitar (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Blitar, Farah, meninjau layanan peserta.\n"
BANK_SHORT = "Semarang (ANTARA) - Direktur Utama Bank Jateng, Farah, meresmikan kantor baru.\n"
UNTITLED = 'Jember (ANTARA) - Pelatihan itu ramai. "Kami senang sekali," kata Farah.\n'


def _build(tmp_path, texts: dict[str, str], store: str = "S", *extra: str) -> Dataset:
    folder = tmp_path / f"in-{store}"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main(["build", *[str(folder / f"{n}.txt") for n in texts], "--store", str(tmp_path / store), "--jobs", "1",
                 "-q", *extra]) == 0
    out = tmp_path / f"{store}.trig"
    assert main(["export", "--store", str(tmp_path / store), "-f", "trig", "-o", str(out)]) == 0
    ds = Dataset()
    ds.parse(out, format="trig")
    return ds


def _same_as(ds: Dataset) -> list[tuple[str, str]]:
    return sorted((str(s), str(o)) for s, _, o, _ in ds.quads((None, OWL.sameAs, None, None)))


def test_a_short_name_joins_the_full_name_of_its_office_in_another_article_with_the_evidence(tmp_path):
    ds = _build(tmp_path, {"a": KEDIRI_FULL, "b": BLITAR_SHORT, "c": BANK_SHORT, "d": UNTITLED})
    short, full = PERSON + "farah--bpjs-ketenagakerjaan", PERSON + "farah-diana--bpjs-ketenagakerjaan"
    assert _same_as(ds) == [(short, full)]
    graph = ds.graph(URIRef(ID + "graph/identity"))
    [evidence] = list(graph.subjects(BKG.identifies, URIRef(short)))
    assert (str(graph.value(evidence, BKG.matchedName)), str(graph.value(evidence, BKG.extractionRule))) == (
        "Farah Diana", "identity.person-short-name")
    assert sorted(str(graph.value(s, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf")))
                  for s in graph.objects(evidence, PROV.wasDerivedFrom)) == ["Farah", "Farah Diana"]
    assert main(["validate", str(tmp_path / "S")]) == 0


def test_the_joins_are_the_same_bytes_in_any_build_order_and_go_with_the_article_they_rest_on(tmp_path):
    _build(tmp_path, {"a": KEDIRI_FULL, "b": BLITAR_SHORT}, "S")
    _build(tmp_path, {"b": BLITAR_SHORT, "a": KEDIRI_FULL}, "T")
    assert (tmp_path / "S.trig").read_bytes() == (tmp_path / "T.trig").read_bytes()
    (tmp_path / "in-S" / "a.txt").unlink()
    ds = _build(tmp_path, {"b": BLITAR_SHORT}, "S", "--prune")
    assert _same_as(ds) == [] and URIRef(ID + "graph/identity") not in {g.identifier for g in ds.graphs()}


def test_a_rebuild_that_changes_nothing_keeps_the_joins(tmp_path):
    first = _build(tmp_path, {"a": KEDIRI_FULL, "b": BLITAR_SHORT}, "S")
    again = _build(tmp_path, {"a": KEDIRI_FULL, "b": BLITAR_SHORT}, "S")
    assert _same_as(again) == _same_as(first) == [(PERSON + "farah--bpjs-ketenagakerjaan",
                                                   PERSON + "farah-diana--bpjs-ketenagakerjaan")]


def test_a_not_same_decision_keeps_the_short_and_the_full_name_apart(tmp_path):
    decisions = tmp_path / "identity.tsv"
    decisions.write_text("not-same\tFarah Diana\tFarah\n", encoding="utf-8")
    assert _same_as(_build(tmp_path, {"a": KEDIRI_FULL, "b": BLITAR_SHORT}, "S", "--identity", str(decisions))) == []


def _named(key: str, name: str) -> Named:
    return Named(PERSON + key, name, ID + "article/x")


def test_a_short_form_two_full_names_of_its_office_hold_is_joined_to_neither():
    budi = _named("budi--dinas-sosial-kota-blitar", "Budi")
    santoso = _named("budi-santoso--dinas-sosial-kota-blitar", "Budi Santoso")
    hartono = _named("budi-hartono--dinas-sosial-kota-blitar", "Budi Hartono")
    assert short_name_links([budi, santoso, hartono]) == []
    assert short_name_links([budi, santoso]) == [(budi, santoso)]
    assert short_name_links([budi, santoso], (Decision(False, santoso.iri, "Budi"),)) == []


def test_people_without_an_office_or_of_two_offices_are_never_joined():
    untitled = Named(PERSON + "budi--article-1a2b3c4d", "Budi", ID + "article/x")
    assert untitled.office is None
    assert short_name_links([untitled, Named(PERSON + "budi-santoso", "Budi Santoso", ID + "article/y")]) == []
    other_office = _named("budi-santoso--pemerintah-kota-blitar", "Budi Santoso")
    assert short_name_links([_named("budi--dinas-sosial-kota-blitar", "Budi"), other_office]) == []
