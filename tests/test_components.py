"""Each extraction component (kg/components/) on a short sentence written for its test: the pipeline is run up to
and including the component, and the layer it assigns is checked, with the layers after it still empty."""
from decimal import Decimal

import pytest

from kg.components import metrics as metrics_component, people
from kg.components.state import ArticleState, OrgEntity
from kg.document import Span
from kg.pipeline import run

DATELINE = "Madiun (ANTARA) - "
ROLE = "Kepala Dinas Sosial Kota Blitar Rina Wulandari membuka pelatihan kerja itu."


def test_mentions_reads_the_dateline_the_laws_and_the_names():
    text = DATELINE + ROLE + " Pelatihan itu merujuk PP Nomor 6 Tahun 2025."
    state = run(text, until="mentions")
    assert (state.dateline.place.name, state.dateline.publisher.name) == ("Madiun", "ANTARA")
    assert [m.name for m in state.law_mentions] == ["PP Nomor 6 Tahun 2025"]
    assert [p.name for p in state.names.people] == ["Rina Wulandari"]
    assert state.places == {}


def test_places_gives_a_qualified_name_and_the_bare_name_one_key():
    state = run("Bantuan itu dibagikan di Kota Blitar. Warga Blitar menyambutnya.", until="places")
    assert list(state.places) == ["city-blitar"]
    assert state.place_names["city-blitar"] == {"Kota Blitar", "Blitar"}
    assert state.orgs == []


def test_organisations_joins_an_acronym_to_the_name_it_abbreviates():
    text = "Otoritas Jasa Keuangan (OJK) membuka kantor baru. Pada Senin, OJK menggelar pelatihan untuk pedagang."
    state = run(text, until="organisations")
    assert [(e.key, e.acronyms) for e in state.orgs] == [("otoritas-jasa-keuangan", ["OJK"])]
    mentions = sorted(state.org_mentions, key=lambda m: m[0].begin)
    assert [(text[s.begin:s.end], e.key) for s, e, _ in mentions] == \
        [("Otoritas Jasa Keuangan", "otoritas-jasa-keuangan"), ("OJK", "otoritas-jasa-keuangan"),
         ("OJK", "otoritas-jasa-keuangan")]
    assert state.people == []


def test_people_makes_a_person_of_a_name_and_joins_a_part_of_it_to_that_person():
    text = "Salah satu peserta, Sari Mulyani, mengaku senang."
    state = run(text, until="people")
    assert [(p.name, s) for s, p, how in state.person_mentions] == [("Sari Mulyani", Span(20, 32))]
    sari = people.person_for_name(state, "Sari", Span(0, 0), "test", create=False)
    assert sari is state.people[0] and sari.aliases == ["Sari"]
    assert people.person_for_name(state, "Dewi Anggraini", Span(0, 0), "test", create=False) is None
    assert state.memberships == []


def test_roles_makes_the_title_a_membership_in_its_organisation():
    state = run(ROLE, until="roles")
    assert [(m.role.title, m.person.name, m.org.name) for m in state.memberships] == \
        [("Kepala", "Rina Wulandari", "Dinas Sosial Kota Blitar")]


def test_references_finds_the_person_by_part_of_the_name():
    text = ROLE + " Menurut Rina, pelatihan itu diikuti warga."
    state = run(text, until="references")
    later = text.index("Rina,")
    assert (Span(later, later + 4), "rina-wulandari", "name") in \
        [(s, p.key, how) for s, p, how in state.person_mentions]
    assert state.quotations == []


def test_quotations_gives_each_quotation_its_speaker():
    text = ROLE + " “Kami ingin warga cepat mendapat kerja,” kata Rina."
    state = run(text, until="quotations")
    assert [(q.text, q.speaker) for q in state.quotations] == [("Kami ingin warga cepat mendapat kerja", "rina-wulandari")]
    assert state.programs == []


def test_programs_groups_a_name_and_its_acronym_and_finds_the_provider():
    text = "BPJS Ketenagakerjaan membayar Jaminan Hari Tua (JHT) kepada pekerja. Klaim JHT dapat diajukan daring."
    state = run(text, until="programs")
    assert [(p.key, p.name, p.aliases, p.provider) for p in state.programs] == \
        [("jaminan-hari-tua", "Jaminan Hari Tua", ("JHT",), "bpjs-ketenagakerjaan")]
    assert state.metrics == []


def test_metrics_takes_the_organisation_before_the_figure_as_its_subject():
    state = run("BPJS Ketenagakerjaan membayar klaim Rp7 miliar sepanjang 2024.", until="metrics")
    assert [(m.value, m.unit, m.subject, m.period_label) for m in state.metrics] == \
        [(Decimal("7000000000"), "IDR", "bpjs-ketenagakerjaan", "sepanjang 2024")]


def test_metrics_reads_a_state_whose_layers_were_set_by_hand():
    """The metric reader needs no earlier component: only the layers it requires."""
    text = "Dinas Sosial menyalurkan bantuan Rp3 miliar sepanjang 2023."
    state = ArticleState.of(text)
    dinas = OrgEntity(key="dinas-sosial", names=["Dinas Sosial"], kind="org", span=Span(0, 12), rule="test")
    state.orgs, state.org_mentions = [dinas], [(Span(0, 12), dinas, False)]
    metrics_component.COMPONENT.run(state)
    assert [(m.value, m.subject, m.subject_kind) for m in state.metrics] == [(Decimal("3000000000"), "dinas-sosial", "org")]


def test_publisher_is_the_outlet_of_the_dateline():
    state = run(DATELINE + ROLE, until="publisher")
    assert state.publisher == "antara"
    assert [e.kind for e in state.orgs if e.key == "antara"] == ["publisher"]


def test_laws_keys_a_regulation_by_type_number_and_year():
    state = run("Program itu merujuk PP Nomor 6 Tahun 2025. PP Nomor 6 Tahun 2025 berlaku sejak Maret.", until="laws")
    assert [(law.key, law.number, law.year) for law in state.legislation] == [("peraturan-pemerintah-6-2025", "6", "2025")]
    assert state.facts is None


def test_facts_collects_every_layer():
    facts = run(DATELINE + ROLE).facts
    assert facts.publisher == "antara" and facts.dateline_place == "city-madiun"
    assert [m.person for m in facts.memberships] == ["rina-wulandari"]
    assert [o.key for o in facts.organizations] == ["antara", "dinas-sosial-kota-blitar"]


def test_part_of_a_name_joins_the_person_mentioned_last_even_after_the_mentions_are_sorted():
    text = "Budi Santoso hadir. Budi Hartono juga hadir. Lalu Budi bicara, dan Budi Santoso menjawab. Budi lagi."
    state = ArticleState.of(text)
    santoso = people.person_for_name(state, "Budi Santoso", Span(0, 12), "test", create=True)
    state.person_mentions.append((Span(0, 12), santoso, "name"))
    hartono = people.person_for_name(state, "Budi Hartono", Span(20, 32), "test", create=True)
    state.person_mentions.append((Span(20, 32), hartono, "name"))
    assert people.person_for_name(state, "Budi", Span(50, 54), "test", create=False) is hartono
    later = text.index("Budi Santoso menjawab")
    state.person_mentions.insert(0, (Span(later, later + 12), santoso, "name"))  # out of order, then sorted
    state.person_mentions.sort(key=lambda m: m[0].begin)
    assert people.person_for_name(state, "Budi", Span(92, 96), "test", create=False) is santoso
    assert people.person_for_name(state, "budi santoso", Span(92, 96), "test", create=False) is santoso


def test_the_person_before_an_offset_is_found_again_after_the_mentions_are_sorted_in_place():
    text = "Budi Santoso hadir. Rina Wati juga hadir."
    state = ArticleState.of(text)
    budi = people.person_for_name(state, "Budi Santoso", Span(0, 12), "test", create=True)
    rina = people.person_for_name(state, "Rina Wati", Span(20, 29), "test", create=True)
    state.person_mentions += [(Span(20, 29), rina, "name"), (Span(0, 12), budi, "name")]  # out of text order
    assert people.speaker_before(state, 18) is budi
    state.person_mentions.sort(key=lambda m: m[0].begin)  # as references and quotations do: same length, new order
    assert people.speaker_before(state, 18) is budi
    assert people.speaker_before(state, len(text)) is rina



@pytest.mark.parametrize("province", ["Jawa Tengah", "Nusa Tenggara Barat", "Kalimantan Selatan", "Sulawesi Utara"])
def test_quotations_take_no_word_of_a_place_the_article_knows_for_a_speaker(province):
    text = DATELINE + f"Pemerintah Kabupaten Kudus, {province} menyebutkan sebanyak 5.000 keluarga menerima bantuan."
    assert run(text, until="quotations").people == []


def test_quotations_still_take_the_name_after_a_place_in_a_speakers_title():
    text = DATELINE + '"Bantuan sudah cair," kata Kepala Dinas Sosial Kabupaten Kudus Jawa Tengah Budi Santoso.'
    state = run(text, until="quotations")
    assert [(p.name, speaker.name) for p in state.people for _, speaker in state.quote_speakers] == [
        ("Budi Santoso", "Budi Santoso")]


def test_roles_gives_one_membership_node_one_title_however_many_readings_it_had():
    """A membership's IRI is its person, title as written and organisation (kg.identity.membership_path): two readings
    of one title under different roles would give that one node two org:role, which the shapes refuse."""
    from dataclasses import replace as replaced

    from kg.components import roles
    from kg.components.state import FoundMembership

    state = run("Semarang (ANTARA) - Kepala Kantor Cabang BPJS Kesehatan Semarang Budi Santoso hadir.", until="roles")
    found = state.memberships[0]
    other = next(r for r in state.lex.roles if r.iri != found.role.role.iri and r.leads)
    state.memberships.append(FoundMembership(replaced(found.role, role=other), found.person, found.org))
    facts = roles.membership_facts(state)
    assert len(facts) == 1 and facts[0].role_concept == min(found.role.role.iri, other.iri)  # the same in every run
