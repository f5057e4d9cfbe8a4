"""Drop capitals at the opening of an article or paragraph are read as the words they are, while every span of
the graph still points into the text as published."""
import pytest
from rdflib import Namespace

import kg
from kg.extract.casing import read_in_usual_case
from kg.lexicon import load
from kg.pipeline import build_graph

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
LEX = load()


@pytest.mark.parametrize("text, read", [
    ("DINAS Kesehatan Kota Malang mencatat 40 kasus.", "Dinas Kesehatan Kota Malang mencatat 40 kasus."),
    ("MALANG (ANTARA) - KOMISI Pemilihan Umum Kota Malang menetapkan 600.000 pemilih.",
     "MALANG (ANTARA) - Komisi Pemilihan Umum Kota Malang menetapkan 600.000 pemilih."),
    ("Judul berita\nKEPALA Dinas Sosial Kota Batu, Budi Santoso, hadir.",
     "Judul berita\nKepala Dinas Sosial Kota Batu, Budi Santoso, hadir."),
])
def test_a_name_opening_in_drop_capitals_is_read_in_its_usual_case(text, read):
    assert read_in_usual_case(text, LEX) == read
    assert len(read_in_usual_case(text, LEX)) == len(text)


@pytest.mark.parametrize("text", [
    "BPJS Kesehatan Cabang Malang mencatat 40 klaim.",  # the lexicon writes it in capitals: an acronym
    "BMKG Stasiun Meteorologi Malang mencatat hujan.",  # not a word a name opens with
    "DINAS KESEHATAN CATAT 40 KASUS\nMalang - Dinas Kesehatan mencatat 40 kasus.",  # a headline in capitals
    "Warga menyebut DINAS Kesehatan lambat.",  # inside a sentence it is the writer's emphasis
    "HINGGA saat ini belum ada laporan.",  # a word no name opens with
])
def test_other_capitals_stay_as_written(text):
    assert read_in_usual_case(text, LEX) == text


def test_the_organisation_is_found_and_its_spans_are_the_published_characters():
    text = "DINAS Kesehatan Kota Malang mencatat 40 kasus demam berdarah sepanjang 2024."
    facts = kg.extract(text)
    assert "Dinas Kesehatan Kota Malang" in {o.name for o in facts.organizations}
    assert facts.text == text
    g = build_graph(text)
    anchored = [(int(g.value(s, NIF.beginIndex)), int(g.value(s, NIF.endIndex)), str(a))
                for s, a in g.subject_objects(NIF.anchorOf)]
    assert anchored and all(text[b:e] == a for b, e, a in anchored)
    assert any(a.startswith("DINAS Kesehatan") for _, _, a in anchored)


@pytest.mark.parametrize("text, read", [
    ("BAZNas Kota Sukamaju menyalurkan zakat.", "Baznas Kota Sukamaju menyalurkan zakat."),
    ("Dana BaZNAS naik.", "Dana Baznas naik."),
])
def test_a_listed_short_form_in_a_mix_of_capitals_reads_as_the_list_writes_it(text, read):
    assert read_in_usual_case(text, LEX) == read


def test_a_mixed_case_word_no_institution_is_named_by_stays():
    text = "Aplikasi SiPeDe dan KemenXyz diluncurkan."
    assert read_in_usual_case(text, LEX) == text


def test_the_office_of_a_listed_body_in_a_mix_of_capitals_is_found_with_its_head():
    text = "BAZNas Kota Sukamaju menyalurkan zakat. Ketua BAZNas Kota Sukamaju, Rudi Hartono, melaporkan hasilnya."
    facts = kg.extract(text)
    office = next(o for o in facts.organizations if o.key.endswith("/kota-sukamaju"))
    assert office.parent == "badan-amil-zakat-nasional"
    assert [(m.person, m.organization) for m in facts.memberships] == [("rudi-hartono", office.key)]
    assert text[office.span.begin:office.span.end] == "BAZNas Kota Sukamaju"


def test_a_stray_a_circumflex_of_a_garbled_space_reads_as_a_space_and_names_no_one():
    text = 'Sleman - "Barang itu kami sita," kata Kepala Seksi Humas Bea Cukai Sleman Rina Wati.\u00c2\nIa menambahkan, "Ada 3 ciri," kata Rina.\u00c2\n'
    assert read_in_usual_case(text, LEX) == text.replace("\u00c2", " ")
    assert [p.name for p in kg.extract(text).people] == ["Rina Wati"]


@pytest.mark.parametrize("text", ["Âme dan Vôtre", "Kota Â Lyon", "crÂne dan ÂB"])
def test_an_a_circumflex_that_opens_or_is_inside_a_word_stays(text):
    assert read_in_usual_case(text, LEX) == text
