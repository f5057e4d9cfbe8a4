"""A user's identity decisions (kg/sameas.py, `kg build --identity FILE`): "same" gives two names one IRI across
articles, "not-same" keeps them apart, each with its evidence; a store rebuilds its articles when the file changes."""
import pytest
from rdflib import Dataset

from kg.cli import main
from kg.sameas import Decision, IdentityFileError, read_decisions
from kg.vocab import BKG

ID = "https://w3id.org/berita-kg/id/"
MAIN_BRANCH = "SEMARANG - PT Asuransi Sejahtera Cabang Utama Jawa Tengah membayar santunan Rp 3 miliar.\n"
BRANCH = "SEMARANG - PT Asuransi Sejahtera Cabang Jawa Tengah membayar santunan Rp 2 miliar.\n"
FULL_NAME = "JAKARTA - Badan Penyelenggara Jaminan Sosial Kesehatan mencatat 1.200 peserta baru.\n"
ACRONYM = "JAKARTA - BPJS Kesehatan mencatat 900 peserta baru.\n"


def _corpus(tmp_path, **texts) -> str:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return str(folder)


def _decisions(tmp_path, text: str, name: str = "identity.tsv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _org_iris(tmp_path, store: str) -> dict[str, set[str]]:
    """Each article's organisation IRIs, by the article's graph."""
    out = tmp_path / "all.trig"
    assert main(["export", "--store", store, "-f", "trig", "-o", str(out)]) == 0
    ds = Dataset()
    ds.parse(out, format="trig")
    found = {}
    for g in ds.graphs():
        orgs = {str(s) for s in g.subjects(BKG.mentionedIn, None) if "/org/" in str(s)}
        if orgs:
            found[g.identifier] = orgs
    return found


def _build(tmp_path, corpus: str, identity: str | None) -> int:
    args = ["build", corpus, "--store", str(tmp_path / "S"), "--jobs", "1", "-q"]
    return main(args + (["--identity", identity] if identity else []))


def test_the_file_has_one_decision_a_line_and_comments(tmp_path):
    path = _decisions(tmp_path, "# ours\nsame\tBadan Pengelola Dana Desa\tBPDD\n\nnot-same\tA B\tC D\n")
    assert read_decisions(path) == (Decision(True, "Badan Pengelola Dana Desa", "BPDD"), Decision(False, "A B", "C D"))


def test_a_line_that_is_not_a_decision_is_an_error_naming_it(tmp_path, capsys):
    path = _decisions(tmp_path, "same\tBadan Pengelola Dana Desa\tBPDD\nsama\tA\tB\n")
    with pytest.raises(IdentityFileError, match="line 2: write 'same' or 'not-same'"):
        read_decisions(path)
    assert _build(tmp_path, _corpus(tmp_path, a=BRANCH), path) == 2
    assert capsys.readouterr().err.startswith(f"error: {path}: line 2:")


def test_same_gives_two_names_one_iri_across_articles_with_its_evidence(tmp_path):
    corpus = _corpus(tmp_path, a=MAIN_BRANCH, b=BRANCH)
    decisions = _decisions(tmp_path, "same\tPT Asuransi Sejahtera Cabang Utama Jawa Tengah\tPT Asuransi Sejahtera Cabang Jawa Tengah\n")
    assert _build(tmp_path, corpus, decisions) == 0
    unit = ID + "org/asuransi-sejahtera/asuransi-sejahtera-cabang-utama-jawa-tengah"
    assert sorted(_org_iris(tmp_path, str(tmp_path / "S")).values(), key=sorted) == [
        {ID + "org/asuransi-sejahtera", unit}] * 2
    out = tmp_path / "b.ttl"
    assert main(["build", str(tmp_path / "in" / "b.txt"), "-o", str(out), "--identity", decisions, "-q"]) == 0
    ds = Dataset()
    ds.parse(out, format="turtle")
    [evidence] = [s for s in ds.subjects(BKG.identifies, None)]
    assert (str(ds.value(evidence, BKG.identifies)), str(ds.value(evidence, BKG.extractionRule)),
            str(ds.value(evidence, BKG.matchedName))) == (unit, "identity.user-same", "PT Asuransi Sejahtera Cabang Jawa Tengah")


def test_not_same_keeps_apart_what_the_rules_would_join(tmp_path):
    corpus = _corpus(tmp_path, a=FULL_NAME, b=ACRONYM)
    assert _build(tmp_path, corpus, None) == 0
    assert sorted(map(sorted, _org_iris(tmp_path, str(tmp_path / "S")).values())) == [[ID + "org/bpjs-kesehatan"]] * 2
    decisions = _decisions(tmp_path, "not-same\tBPJS Kesehatan\tBadan Penyelenggara Jaminan Sosial Kesehatan\n")
    assert _build(tmp_path, corpus, decisions) == 0
    assert sorted(map(sorted, _org_iris(tmp_path, str(tmp_path / "S")).values())) == [
        [ID + "org/badan-penyelenggara-jaminan-sosial-kesehatan"], [ID + "org/bpjs-kesehatan"]]


def test_a_store_rebuilds_every_article_when_the_decisions_change_and_none_when_not(tmp_path, capsys):
    corpus = _corpus(tmp_path, a=MAIN_BRANCH, b=BRANCH)
    first = _decisions(tmp_path, "same\tPT Asuransi Sejahtera Cabang Utama Jawa Tengah\tPT Asuransi Sejahtera Cabang Jawa Tengah\n")
    args = ["build", corpus, "--store", str(tmp_path / "S"), "--jobs", "1", "--identity", first]
    assert main(args) == 0 and "unchanged" not in capsys.readouterr().err
    assert main(args) == 0 and capsys.readouterr().err.strip() == "built 0, 2 unchanged (already in the store)"
    (tmp_path / "identity.tsv").write_text("", encoding="utf-8")
    assert main(args) == 0 and "unchanged" not in capsys.readouterr().err
    assert sorted(map(sorted, _org_iris(tmp_path, str(tmp_path / "S")).values())) == [
        [ID + "org/asuransi-sejahtera", ID + "org/asuransi-sejahtera/kantor-cabang-jawa-tengah"],
        [ID + "org/asuransi-sejahtera", ID + "org/asuransi-sejahtera/kantor-cabang-utama-jawa-tengah"]]


KEDIRI_HEAD = "Kediri (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Kediri Farah Diana membuka sosialisasi program itu.\n"
BLITAR_SHORT = "Blitar (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Blitar, Farah, meninjau layanan peserta.\n"
BANK_HEAD = "Semarang (ANTARA) - Direktur Utama Bank Jateng Farah Diana meresmikan kantor baru.\n"
NO_TITLE = 'Jember (ANTARA) - Pelatihan itu ramai. "Kami senang sekali," kata Farah Diana.\n'


def _person_iris(tmp_path, store: str) -> list[list[str]]:
    """Each article's person IRIs, the articles in the order of their first person."""
    out = tmp_path / "all.trig"
    assert main(["export", "--store", store, "-f", "trig", "-o", str(out)]) == 0
    ds = Dataset()
    ds.parse(out, format="trig")
    found = [sorted(str(s) for s in g.subjects(BKG.mentionedIn, None) if "/person/" in str(s)) for g in ds.graphs()]
    return sorted(f for f in found if f)


def test_same_joins_a_short_name_to_the_full_one_in_its_office_and_never_a_namesake_of_another(tmp_path):
    corpus = _corpus(tmp_path, a=KEDIRI_HEAD, b=BLITAR_SHORT, c=BANK_HEAD)
    assert _build(tmp_path, corpus, None) == 0
    assert _person_iris(tmp_path, str(tmp_path / "S")) == [
        [ID + "person/farah--bpjs-ketenagakerjaan"], [ID + "person/farah-diana--bank-pembangunan-daerah-jawa-tengah"],
        [ID + "person/farah-diana--bpjs-ketenagakerjaan"]]
    assert _build(tmp_path, corpus, _decisions(tmp_path, "same\tFarah Diana\tFarah\n")) == 0
    assert _person_iris(tmp_path, str(tmp_path / "S")) == [
        [ID + "person/farah-diana--bank-pembangunan-daerah-jawa-tengah"], [ID + "person/farah-diana--bpjs-ketenagakerjaan"],
        [ID + "person/farah-diana--bpjs-ketenagakerjaan"]]


def test_same_with_iris_joins_a_person_without_a_title_to_an_offices_and_records_why(tmp_path):
    corpus = _corpus(tmp_path, a=KEDIRI_HEAD, c=BANK_HEAD, d=NO_TITLE)
    office, untitled = ID + "person/farah-diana--bpjs-ketenagakerjaan", ID + "person/farah-diana"
    assert _build(tmp_path, corpus, _decisions(tmp_path, f"same\t{office}\t{untitled}\n")) == 0
    assert _person_iris(tmp_path, str(tmp_path / "S")) == [[ID + "person/farah-diana--bank-pembangunan-daerah-jawa-tengah"], [office], [office]]
    out = tmp_path / "d.ttl"
    assert main(["build", str(tmp_path / "in" / "d.txt"), "-o", str(out), "--identity", str(tmp_path / "identity.tsv"), "-q"]) == 0
    ds = Dataset()
    ds.parse(out, format="turtle")
    [evidence] = [s for s in ds.subjects(BKG.identifies, None)]
    assert (str(ds.value(evidence, BKG.identifies)), str(ds.value(evidence, BKG.extractionRule)),
            str(ds.value(evidence, BKG.matchedName))) == (office, "identity.user-same", untitled)
