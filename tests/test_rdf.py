"""Facts to RDF (kg/rdf.py): concepts minted from the text stay valid however the text spells them."""


def test_a_minted_title_written_again_across_a_line_break_keeps_one_label_and_conforms():
    from rdflib.namespace import SKOS

    import kg
    from kg.validate import check

    text = ("JAKARTA - Direktur Jenderal Penataan Kawasan Pesisir Kementerian Kelautan, Budi Hartono, mengatakan "
            "300 desa ditata.\nDirektur\nJenderal Penataan Kawasan Pesisir Kementerian Kelautan, Sri Wulan, "
            "menambahkan 40 desa selesai.")
    g = kg.build_graph(text)
    roles = {s for s in g.subjects(SKOS.prefLabel, None) if "/role/direktur-jenderal-penataan" in str(s)}
    assert [[str(label) for label in g.objects(role, SKOS.prefLabel)] for role in roles] == [
        ["Direktur Jenderal Penataan Kawasan Pesisir"]]
    assert check(g).conforms


def test_nquads_written_from_the_facts_are_the_lines_of_the_serialised_dataset():
    from kg.pipeline import extract
    from kg.rdf import to_dataset, to_nquads

    text = ("Bandung (ANTARA) - Kepala Dinas Sosial Kota Bandung Rina Kartika mengatakan 1.250 keluarga menerima "
            "bantuan pangan pada 2024, naik 12,5 persen.\n\"Penyaluran tahap dua selesai Maret,\" kata Rina.")
    facts = extract(text)
    written = to_nquads(facts)
    serialised = to_dataset(facts).serialize(format="nquads")
    assert sorted(written.splitlines()) == sorted(line for line in serialised.splitlines() if line)
    assert len(written.splitlines()) == len(set(written.splitlines())) > 100
    assert all(kind in written for kind in ("schema.org/Quotation", "schema.org/Observation", "org#Membership", '\\"'))
    assert to_nquads(facts) == written  # the same facts, the same bytes


def test_literals_made_once_keep_their_type_and_language():
    """Literals are shared between triples and articles; True and 1, or one word in two languages, stay apart."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.rdf import _literal

    assert _literal(True) is _literal(True) and _literal(True) == Literal(True)
    assert _literal(1).datatype == XSD.integer and _literal(True).datatype == XSD.boolean
    assert _literal("tahun", lang="id") != _literal("tahun", lang="en")
    assert _literal("2024-06-30", datatype=XSD.date) == Literal("2024-06-30", datatype=XSD.date)


def test_a_district_named_in_full_or_read_bare_in_a_list_is_a_district_with_its_official_code():
    from rdflib import URIRef
    from rdflib.namespace import RDF

    import kg
    from kg.validate import check
    from kg.vocab import BKG, SCHEMA

    text = ("Ungaran (ANTARA) - Dinas Kesehatan Kabupaten Semarang mencatat kasus di Kecamatan Bawen 63 kasus, "
            "Tengaran 20 kasus, dan Desa Sukamaju 3 kasus.")
    f = kg.extract(text)
    assert [(p.key, p.kind) for p in f.places if p.key != "ungaran"] == [
        ("regency-semarang", "regency"), ("kecamatan-bawen", "district"), ("tengaran", "district"),
        ("desa-sukamaju", "village")]
    g = kg.build_graph(text)
    place = "https://w3id.org/berita-kg/id/place/"
    assert {str(g.value(URIRef(place + key), BKG.regionCode)) for key in ("kecamatan-bawen", "tengaran")} == {
        "33.22.11", "33.22.02"}
    assert (URIRef(place + "desa-sukamaju"), RDF.type, SCHEMA.AdministrativeArea) in g
    assert g.value(URIRef(place + "desa-sukamaju"), BKG.regionCode) is None  # no village is on the list
    assert check(g).conforms
