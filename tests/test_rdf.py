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
