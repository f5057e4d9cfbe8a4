"""Properties that hold for any text: the builder does not crash, every span's anchor is exactly the text
between its offsets, and the graph conforms to the project's own shapes (a fact the builder cannot
complete is dropped or weakened, never written half-made).

The texts are made by Hypothesis from pieces of the genre written for this test (titles, organisations
and units with and without their parent, names, figures, dates possible and impossible, quotation marks),
joined by arbitrary punctuation and noise."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.namespace import RDF

from kg.pipeline import build
from kg.validate import validate
from kg.vocab import NIF

PIECES = [
    "Jakarta (ANTARA) -", "Surabaya, KOMPAS.com -", "Kantor Cabang Surakarta", "UID Jatim", "KCP Bantul",
    "BPJS Ketenagakerjaan", "BPJS Kesehatan", "Dinas Kesehatan (Dinkes) Kota Bitung", "Pemerintah Provinsi Jawa Timur",
    "Kepala", "Direktur Utama", "Plt. Kepala Dinas", "Gubernur Kaltim", "Bupati", "Komisi IX DPR RI",
    "Rina Astuti", "dr. Sinta Wulandari, Sp.PD", "I Made Sukarta", "Prof. Dr. Hendra Gunawan, M.Si",
    "mengatakan", "ujarnya", "kata dia", "menurut", "selaku", "yang juga",
    "mencatat", "menyalurkan santunan", "peserta aktif", "sebanyak", "sebesar", "naik", "turun", "target",
    "Rp12,5 miliar", "45,2 juta orang", "14,01 persen", "1.250 ton", "300 MW", "sekitar 2.000", "lebih dari 10",
    "pada 2024", "hingga akhir 2023", "per Maret 2025", "36 September 2024", "31 Februari 2023", "triwulan III 2024",
    "Senin (30/7)", "Rabu (32/13)", "Undang-Undang Nomor 24 Tahun 2011", "Perpres Nomor 7 Tahun 2099",
    "program Jaminan Hari Tua", "Kota Semarang", "Kabupaten Sleman", "Kaltim", "Bali dan Nusa Tenggara",
]
GLUE = st.sampled_from([" ", ", ", ". ", "\n", " (", ") ", " - ", "\"", "“", "”", " dan ", "/", ": "])
TEXTS = st.lists(st.tuples(st.sampled_from(PIECES), GLUE), min_size=1, max_size=40).map(
    lambda parts: "".join(p + g for p, g in parts))


def _span_mismatches(dataset, text: str) -> list[str]:
    bad = []
    for s in set(dataset.subjects(RDF.type, NIF.String)):
        begin, end, anchor = (dataset.value(s, p) for p in (NIF.beginIndex, NIF.endIndex, NIF.anchorOf))
        if text[int(begin):int(end)] != str(anchor):
            bad.append(str(s))
    return bad


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_builds_a_conforming_graph_with_exact_spans(text):
    dataset = build(text)
    assert _span_mismatches(dataset, text) == []
    result = validate(dataset)
    assert result.conforms, result.text()


def test_a_unit_named_without_its_organisation_still_conforms():
    text = "Solo (ANTARA) - Kantor Cabang Surakarta mencatat 1.200 peserta baru pada 2024.\n"
    assert validate(build(text)).conforms


def test_an_impossible_date_is_not_a_crash():
    text = "Jakarta (ANTARA) - Dinas Sosial mencatat 300 penerima bantuan pada 36 September 2024.\n"
    assert validate(build(text)).conforms
