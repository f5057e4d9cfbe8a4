"""National institutions of kg/data/institutions.tsv: every name of one institution gives one key, in any article."""
import pytest
from rdflib import RDF, URIRef

import kg
from kg.identity import institution_named, institutions
from kg.vocab import BKG, NIF, PROV

ROWS = sorted({inst.name: inst for inst in institutions().values()}.values(), key=lambda i: i.name)


def _key_of(name: str) -> str:
    f = kg.extract(f"JAKARTA - Data {name} menunjukkan layanan bagi warga membaik sepanjang tahun ini.")
    return next(o.key for o in f.organizations if o.kind == "org")


@pytest.mark.parametrize("inst", ROWS, ids=[i.name for i in ROWS])
def test_every_name_of_an_institution_gives_its_key(inst):
    assert _key_of(inst.name) == inst.key
    other = [inst.acronym, *inst.other_names] if inst.acronym else list(inst.other_names)
    assert [institution_named(["Kantor Lain", n.upper()])[0].key for n in other] == [inst.key] * len(other)


def test_the_acronym_and_the_name_in_full_share_one_iri_across_articles():
    short = kg.extract("JAKARTA - BPJS Kesehatan Cabang Bantul mencatat 1.200 peserta baru.")
    full = kg.extract("BANTUL - Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Bantul mencatat 900 peserta baru.")
    assert sorted(o.key for o in short.organizations) == sorted(o.key for o in full.organizations) == [
        "bpjs-kesehatan", "bpjs-kesehatan/kantor-cabang-bantul"]


def test_a_name_off_the_list_keeps_its_own_key():
    assert institution_named(["Badan Penyelenggara Jaminan Sosial Daerah", "BPJSD"]) is None
    assert _key_of("Badan Riset Daerah") == "badan-riset-daerah"


def test_the_graph_says_which_name_gave_the_shared_iri_and_where_it_is_written():
    text = "JAKARTA - Badan Penyelenggara Jaminan Sosial Kesehatan mencatat 1.200 peserta baru. BPJS Kesehatan senang."
    g = kg.build_graph(text)
    org = URIRef("https://w3id.org/berita-kg/id/org/bpjs-kesehatan")
    [evidence] = list(g.subjects(BKG.identifies, org))
    [span] = list(g.objects(evidence, PROV.wasDerivedFrom))
    assert ((evidence, RDF.type, BKG.IdentityDecision) in g, str(g.value(evidence, BKG.extractionRule)),
            str(g.value(evidence, BKG.matchedName)), str(g.value(span, NIF.anchorOf))) == (
        True, "identity.national-institution", "Badan Penyelenggara Jaminan Sosial Kesehatan",
        "Badan Penyelenggara Jaminan Sosial Kesehatan")


def test_an_article_that_writes_both_names_has_one_entity():
    f = kg.extract("JAKARTA - BPJS Kesehatan mencatat 1.200 peserta baru, kata Badan Penyelenggara Jaminan Sosial Kesehatan.")
    assert [(o.key, o.kind) for o in f.organizations] == [("bpjs-kesehatan", "org")]


@pytest.mark.parametrize("text, org, person", [
    ("Direktur Utama Perum Damri Sutrisno Adi Prakoso meninjau terminal. “Armada siap,” kata Adi.",
     "damri", "Sutrisno Adi Prakoso"),
    ("Direktur Utama PT Taspen Lukas Hendra Wibisono meninjau kantor layanan.", "taspen",
     "Lukas Hendra Wibisono"),
    ("Direktur Utama PT Pegadaian Rina Marlina meninjau kantor layanan.", "pegadaian", "Rina Marlina"),
    ("Direktur Utama PT Pos Indonesia (Persero) Yusuf Dwi Saputra meninjau kantor pos.", "pos-indonesia",
     "Yusuf Dwi Saputra"),
])
def test_a_listed_enterprise_ends_where_the_list_says_and_the_whole_rest_is_the_name(text, org, person):
    f = kg.extract("SEMARANG - " + text)
    assert ([o.key for o in f.organizations if o.kind == "org"], [p.name for p in f.people]) == ([org], [person])


def test_a_company_off_the_list_keeps_the_name_of_two_words():
    f = kg.extract("SEMARANG - Direktur Utama PT Sinar Bahari Lukas Hendra Wibisono meninjau gudang.")
    assert [p.name for p in f.people] == ["Hendra Wibisono"]


@pytest.mark.parametrize("text, key", [
    ("Badan Amil Zakat Nasional menyalurkan zakat kepada 300 mustahik.", "badan-amil-zakat-nasional"),
    ("Baznas menyalurkan zakat kepada 300 mustahik.", "badan-amil-zakat-nasional"),
    ("Perum Bulog menyalurkan beras kepada 300 keluarga.", "bulog"),
    ("Bulog menyalurkan beras kepada 300 keluarga.", "bulog"),
    ("Bank BRI menyalurkan kredit kepada 300 pelaku usaha.", "bank-rakyat-indonesia"),
    ("Pertamina menambah pasokan elpiji 3 kilogram.", "pertamina"),
])
def test_a_state_enterprise_or_national_body_named_by_its_short_name_alone_is_the_listed_one(text, key):
    assert [o.key for o in kg.extract("SEMARANG - " + text).organizations if o.kind == "org"] == [key]


def test_a_body_written_without_its_national_word_then_a_province_is_its_office_there():
    """'Badan Kependudukan dan Keluarga Berencana (BKKBN) Sulawesi Tenggara (Sultra)': the press drops 'Nasional';
    the listed name without it is still the national body, the province names its office, and the province's
    short form in brackets is the province's, no organisation."""
    f = kg.extract("Kendari (ANTARA) - Badan Kependudukan dan Keluarga Berencana (BKKBN) Sulawesi Tenggara (Sultra) "
                   "mencatat 12 desa bebas stunting. BKKBN Sultra terus mendampingi keluarga.")
    assert sorted((o.key, o.kind) for o in f.organizations) == [
        ("antara", "publisher"), ("badan-kependudukan-dan-keluarga-berencana-nasional", "org"),
        ("badan-kependudukan-dan-keluarga-berencana-nasional/sultra", "unit")]
