"""Who said each quotation (kg/quotations.py), tested without a resolver: the people are plain names, the
look-ups small dictionaries. Every sentence is written for the test; the people are invented."""
import re

import pytest

from kg.document import Document, Span
from kg.extract.simple import quotations as quotation_spans
from kg.pipeline import extract
from kg.lexicon import load
from kg.quotations import Lookup, Mention, SpeechCues, attribute

LEX = load()
CUES = SpeechCues.from_lexicon(LEX)
WORDS = LEX.words
QUOTE = "“Kami siap membantu para petani kecil tahun ini,”"


def run(text, people=(), not_names=(), titles=None):
    """(speaker, first quoted words, rule) per quotation, and the speaker mentions found. `people` are the
    full names the people component knows; a later first or last name is a mention of them."""
    doc = Document(text)
    known = list(people)
    mentions = []
    taken = []
    for name in known:
        for part in [name, *name.split()]:
            for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text):
                if not any(s.begin <= m.start() < s.end for s in taken):
                    taken.append(Span(m.start(), m.end()))
                    mentions.append(Mention(Span(m.start(), m.end()), name, "name"))

    def person_named(name, span, create):
        found = next((p for p in known if name == p or set(name.split()) <= set(p.split())), None)
        if found is None and create:
            known.append(name)
            found = name
        return found

    lookup = Lookup(person_named=person_named, holder_of_title=lambda words, before: (titles or {}).get(words))
    blocked = [Span(text.index(n), text.index(n) + len(n)) for n in not_names]
    found, speakers = attribute(doc, quotation_spans(doc), mentions, blocked, lookup, CUES)
    return [(a.speaker, " ".join(doc.slice(a.quote.inner).split()[:2]), a.rule) for a in found], speakers


def speakers_of(text, **kw):
    return [s for s, _, _ in run(text, **kw)[0]]


# ---------------------------------------------------------------- named after the quotation
@pytest.mark.parametrize("verb", [v for v in WORDS["speech_verbs_after"] if not v.endswith(WORDS["pronoun_suffix"])])
def test_every_speech_verb_after_a_quotation_names_its_speaker(verb):
    text = f"Budi Santoso dan Sari Dewi hadir.\n{QUOTE} {verb} Sari."
    assert run(text, people=["Budi Santoso", "Sari Dewi"])[0] == [("Sari Dewi", "Kami siap", "quote.after-verb-name")]


@pytest.mark.parametrize("verb", [v for v in WORDS["speech_verbs_after"] if not v.endswith(WORDS["pronoun_suffix"])])
def test_every_speech_verb_with_the_pronoun_suffix_means_the_last_speaker(verb):
    text = f"Sari Dewi hadir. Budi Santoso mengatakan panen naik.\n{QUOTE} {verb}{WORDS['pronoun_suffix']}."
    assert run(text, people=["Budi Santoso", "Sari Dewi"])[0] == [("Budi Santoso", "Kami siap", "quote.after-verb-pronoun")]


@pytest.mark.parametrize("attribution", ["jelasnya", "tutur dia"])
def test_a_pronoun_far_from_the_last_speaker_still_means_that_speaker(attribution):
    background = "\n".join(f"Pada tahun {2015 + k} jumlah pelanggan naik {k + 2} persen." for k in range(6))
    text = f"Sari Dewi hadir. Budi Santoso mengatakan panen naik.\n{background}\n{QUOTE} {attribution}."
    assert run(text, people=["Budi Santoso", "Sari Dewi"])[0] == [("Budi Santoso", "Kami siap", "quote.after-verb-pronoun")]


def test_a_pronoun_with_no_one_presented_as_speaking_before_it_is_left_unattributed():
    background = "\n".join(f"Pada tahun {2015 + k} jumlah pelanggan naik {k + 2} persen." for k in range(6))
    text = f"Budi Santoso hadir di pasar.\n{background}\n{QUOTE} jelasnya."
    assert run(text, people=["Budi Santoso"])[0] == []


def test_a_capitalised_verb_after_a_misturned_closing_mark():
    text = "Budi Santoso hadir.\n“Pembayaran dilakukan lewat bank mitra, “Jelas Budi kepada wartawan."
    assert speakers_of(text, people=["Budi Santoso"]) == ["Budi Santoso"]


def test_title_organisation_and_name_after_the_verb_gives_the_name():
    text = f"{QUOTE} kata Kepala Dinas Pertanian dan Pangan Kota Bogor Rudi Hartono di Bogor, Senin."
    assert run(text, not_names=["Kepala Dinas Pertanian dan Pangan Kota Bogor"])[0] == [
        ("Rudi Hartono", "Kami siap", "quote.after-verb-name")]


@pytest.mark.parametrize("acting", ["Plt.", "Plh.", "Pj."])
def test_an_acting_title_written_with_its_full_stop_does_not_end_the_attribution(acting):
    text = f"{QUOTE} kata {acting} Kepala Dinas Pertanian Kota Bogor Rudi Hartono di Bogor, Senin."
    assert speakers_of(text, not_names=["Kepala Dinas Pertanian Kota Bogor"]) == ["Rudi Hartono"]


def test_a_former_title_before_the_name():
    text = f"{QUOTE} ujar mantan Kepala Desa Rudi Hartono."
    assert speakers_of(text, not_names=["Kepala Desa"]) == ["Rudi Hartono"]


def test_a_title_alone_after_the_verb_means_its_holder():
    text = f"Budi Santoso memimpin rapat.\n{QUOTE} kata Kepala Dinas Sosial."
    assert speakers_of(text, people=["Budi Santoso"], titles={"Kepala Dinas Sosial": "Budi Santoso"}) == ["Budi Santoso"]


@pytest.mark.parametrize("before, speaker", [
    ("Menurut Rina Wati, pendaftaran dibuka hingga akhir bulan.", "rina-wati"),
    # the one speaking holds another title: the title that points back is someone else's
    ("Menurut Ketua DPRD Kota Blitar Rina Wati, pendaftaran dibuka hingga akhir bulan.", None),
])
def test_a_title_no_one_holds_that_points_back_means_the_one_speaking_unless_they_hold_another(before, speaker):
    f = extract("BLITAR (ANTARA) - " + before + " \u201cSilakan datang ke kantor kelurahan,\u201d tambah Kepala Dinas "
                "Sosial Kota Blitar itu.")
    assert [q.speaker for q in f.quotations] == ([speaker] if speaker else [])


def test_a_verb_that_names_no_one_leaves_the_quotation_out_rather_than_guess():
    text = f"Budi Santoso mengatakan panen naik.\n{QUOTE} kata warga."
    assert run(text, people=["Budi Santoso"])[0] == []


def test_a_one_letter_misspelling_of_a_known_name_is_that_person():
    text = f"Budi Santoso hadir.\n{QUOTE} jelas Bude."
    assert speakers_of(text, people=["Budi Santoso"]) == ["Budi Santoso"]


def test_a_name_two_letters_off_is_someone_else():
    text = f"Budi Santoso hadir.\n{QUOTE} jelas Beni."
    assert speakers_of(text, people=["Budi Santoso"]) == ["Beni"]


# ---------------------------------------------------------------- named before, in the previous sentences
@pytest.mark.parametrize("verb", WORDS["speech_verbs_before"])
def test_every_speech_verb_before_marks_its_subject_as_speaking(verb):
    text = f"Sari Dewi hadir. Kepala Dinas Sosial, Budi Santoso, {verb} panen naik."
    _, speakers = run(text, people=["Budi Santoso", "Sari Dewi"], not_names=["Kepala Dinas Sosial"])
    assert [(text[m.span.begin:m.span.end], m.person, m.how) for m in speakers] == [("Budi Santoso", "Budi Santoso", "speaker")]


@pytest.mark.parametrize("lead", WORDS["speech_verbs_passive"] + WORDS["speech_source_words"])
def test_passive_speech_verbs_and_source_words_mark_who_follows_as_speaking(lead):
    text = f"Hal itu {lead} Kepala Dinas Sosial, Sari Dewi, di Bogor."
    _, speakers = run(text, not_names=["Kepala Dinas Sosial"])
    assert [(m.person, m.how) for m in speakers] == [("Sari Dewi", "speaker")]


def test_a_speaker_named_before_a_quotation_in_the_same_sentence():
    text = "Sari Dewi hadir. Budi Santoso mengatakan, “Panen tahun ini sangat baik untuk petani.”"
    assert run(text, people=["Budi Santoso", "Sari Dewi"])[0] == [("Budi Santoso", "Panen tahun", "quote.before-verb")]


def test_a_new_speaker_in_apposition_is_the_speaker_of_the_next_pronoun():
    text = ("Kepala Dinas Sosial, Budi Santoso, meninjau dapur umum.\n"
            "Kepala Seksi Bantuan, Rudi Hartono, mengatakan anggaran naik.\n"
            f"{QUOTE} ujarnya.")
    assert speakers_of(text, people=["Budi Santoso"], not_names=["Kepala Seksi Bantuan"]) == ["Rudi Hartono"]


def test_a_speaker_named_with_kata_in_the_middle_of_a_sentence():
    text = f"Sari Dewi hadir.\nDalam rapat itu, kata Budi, OJK mencatat kredit naik.\n{QUOTE} ujarnya."
    assert speakers_of(text, people=["Budi Santoso", "Sari Dewi"]) == ["Budi Santoso"]


def test_a_single_unknown_word_before_a_verb_is_not_made_a_person_without_a_title():
    text = "Kemarin, Pemerintah mengatakan panen naik."
    assert run(text)[1] == []


def test_the_end_of_a_clause_before_a_verb_is_not_its_subject():
    text = "Salah satu warga, yang berjualan di Pasar Baru, mengaku terbantu."
    assert run(text)[1] == []


# ---------------------------------------------------------------- salience
@pytest.mark.parametrize("marker", WORDS["speech_object_markers"])
def test_a_person_named_in_passing_is_not_the_speaker(marker):
    text = (f"Budi Santoso mengatakan panen naik.\nIa menambahkan, bantuan itu sesuai arahan {marker} Joko Susilo.\n"
            f"{QUOTE} pungkasnya.")
    assert speakers_of(text, people=["Budi Santoso", "Joko Susilo"]) == ["Budi Santoso"]


def test_the_nearest_sentence_that_names_someone_decides():
    text = ("Budi Santoso mengatakan panen naik.\nDari kalangan petani, Ketua Kelompok Tani Joko Susilo menyambut baik. "
            f"Namun, ia meminta harga dijaga.\n{QUOTE} ungkapnya.")
    assert speakers_of(text, people=["Budi Santoso", "Joko Susilo"]) == ["Joko Susilo"]


def test_a_pronoun_with_no_one_named_nearby_gives_no_speaker():
    text = "Budi Santoso hadir.\n" + "Harga pupuk naik.\n" * 5 + f"{QUOTE} ujarnya."
    assert run(text, people=["Budi Santoso"])[0] == []


# ---------------------------------------------------------------- no attribution
def test_a_quotation_without_a_verb_goes_on_in_the_previous_voice():
    text = (f"Budi Santoso hadir.\n{QUOTE} kata Budi.\n"
            "“Bibit unggul akan kami bagikan pekan depan kepada seluruh kelompok tani.”")
    assert run(text, people=["Budi Santoso"])[0] == [("Budi Santoso", "Kami siap", "quote.after-verb-name"),
                                                     ("Budi Santoso", "Bibit unggul", "quote.continues")]


def test_a_quotation_does_not_go_on_in_a_voice_that_someone_else_interrupted():
    text = (f"Budi Santoso dan Sari Dewi hadir.\n{QUOTE} kata Budi. Sari Dewi menambahkan harga stabil.\n"
            "“Bibit unggul akan kami bagikan pekan depan kepada seluruh kelompok tani.”")
    assert speakers_of(text, people=["Budi Santoso", "Sari Dewi"]) == ["Budi Santoso", "Sari Dewi"]


def test_a_short_quoted_term_is_not_a_quotation():
    text = "Budi Santoso meluncurkan program “Tani Maju” di Bogor."
    assert run(text, people=["Budi Santoso"])[0] == []


@pytest.mark.parametrize("particle", WORDS["speech_verb_particles"])
def test_a_particle_between_the_speaker_and_the_verb(particle):
    text = f"Sari Dewi hadir. Budi Santoso {particle} mengatakan panen naik."
    _, speakers = run(text, people=["Budi Santoso", "Sari Dewi"])
    assert [(text[m.span.begin:m.span.end], m.how) for m in speakers] == [("Budi Santoso", "speaker")]


@pytest.mark.parametrize("agent", WORDS["speech_agent_words"])
def test_the_agent_of_a_passive_speech_verb(agent):
    text = f"Hal itu disampaikan {agent} Kepala Dinas Sosial, Sari Dewi, di Bogor.\n{QUOTE} terangnya."
    assert speakers_of(text, not_names=["Kepala Dinas Sosial"]) == ["Sari Dewi"]


@pytest.mark.parametrize("opening", ["Demikian", "Hal itu", "Hal tersebut"])
def test_a_speaker_named_only_in_the_next_sentence(opening):
    text = (f"Budi Santoso hadir.\n“Kami siap membantu para petani kecil tahun ini.”\n"
            f"{opening} disampaikan Kepala Dinas Sosial, Sari Dewi, di Bogor.")
    assert run(text, people=["Budi Santoso"], not_names=["Kepala Dinas Sosial"])[0] == [
        ("Sari Dewi", "Kami siap", "quote.named-next")]


def test_a_next_sentence_that_does_not_open_with_a_passive_speech_verb_names_no_speaker():
    text = (f"Budi Santoso mengatakan panen naik.\n“Kami siap membantu para petani kecil tahun ini.”\n"
            "Rapat itu juga disampaikan kepada Sari Dewi.")
    assert speakers_of(text, people=["Budi Santoso", "Sari Dewi"]) == ["Budi Santoso"]


@pytest.mark.parametrize("end", WORDS["title_reference_suffix"])
def test_a_description_that_points_back_means_the_person_just_named(end):
    text = f"Sari Dewi hadir.\nSalah satu petani, Budi Santoso, ikut panen.\n{QUOTE} kata pria berusia 40 tahun {end}."
    assert run(text, people=["Budi Santoso", "Sari Dewi"])[0] == [("Budi Santoso", "Kami siap", "quote.after-verb-description")]


@pytest.mark.parametrize("prefix", list(WORDS["place_prefixes"]))
def test_a_place_before_a_speech_verb_is_not_a_person(prefix):
    text = f"Salah satu petani, Budi Santoso, dari Dusun Krajan, {prefix} Sukamaju, mengaku terbantu."
    assert run(text, people=["Budi Santoso"])[1] == []


@pytest.mark.parametrize("text", [
    "Bantuan tiba. Ahmad Fauzi Lubis, S.Pd.I, menyatakan pihaknya membagikan alat bantu.",
    "Bantuan tiba. Ahmad Fauzi Lubis, SE, MM, menyatakan pihaknya membagikan alat bantu.",
    f"Bantuan tiba.\n{QUOTE} kata Ahmad Fauzi Lubis, S.Pd.I, kepada wartawan.",
])
def test_degrees_between_commas_after_a_speakers_name_leave_the_name(text):
    assert [p.key for p in extract(text).people] == ["ahmad-fauzi-lubis"]


def test_a_district_after_the_date_of_an_interview_is_where_it_was_not_who_spoke():
    f = extract("SOLOK - Kepala Dinas Sosial Kabupaten Solok, Rina Wati, Rabu (5/2) Lembah Gumanti mengatakan, bantuan "
                f"tiba.\n{QUOTE} ujarnya.")
    assert ([p.key for p in f.people], [q.speaker for q in f.quotations]) == (["rina-wati"], ["rina-wati"])


def test_a_single_unknown_word_after_menurut_is_not_made_a_person():
    text = "Menurut Dirtek, kapal baru tiba pekan depan."
    assert run(text)[1] == []


def test_an_attribution_ends_with_its_paragraph():
    text = f"Budi Santoso hadir.\n{QUOTE} kata Budi\nSari Dewi lalu menutup rapat."
    assert run(text, people=["Budi Santoso", "Sari Dewi"])[0] == [("Budi Santoso", "Kami siap", "quote.after-verb-name")]


def test_the_weekday_after_the_speakers_name_is_not_part_of_it():
    from kg.pipeline import extract as kg_extract

    f = kg_extract("“Bantuan ini untuk warga yang terdampak banjir,” kata Bupati Kendal Rahman Hadi Senin (14/8).")
    assert [(p.name) for p in f.people] == ["Rahman Hadi"]
    assert [q.speaker for q in f.quotations] == ["rahman-hadi"]


def test_a_person_named_after_a_word_of_company_does_not_take_the_pronouns_quotations():
    """'Ia yang didampingi Sekretaris Dinas X mengatakan …': the verb is the pronoun's, so 'katanya' after it goes on
    meaning the speaker named before, not the companion."""
    f = extract("SUKAMAJU - Kepala Dinas Sosial Kota Blitar Rina Wulandari mengatakan bantuan naik. \"Semua warga "
                   "terdata,\" katanya.\nIa yang siang itu didampingi Kepala Bidang Rehabilitasi (Kabid) Andi Wijaya "
                   "mengatakan blangko cukup. \"Kami ajukan sesuai kebutuhan,\" katanya.")
    assert [q.speaker for q in f.quotations] == ["rina-wulandari", "rina-wulandari"]


def test_a_person_named_in_a_sentence_the_speaker_is_the_source_of_does_not_take_the_pronouns_quotation():
    """'Menurutnya, … sesuai arahan Menteri X': the sentence reports what the speaker said, so 'ujarnya' after it
    still means the speaker, not the minister named in it."""
    f = extract("BLITAR - Kepala Dinas Sosial Kota Blitar Rina Wulandari mengatakan bantuan naik. \"Semua warga "
                "terdata,\" katanya.\nMenurutnya, penyaluran itu sejalan dengan arahan Menteri Sosial Andi Wijaya "
                "agar merata.\n\"Kami salurkan tepat waktu,\" ujarnya.")
    assert [q.speaker for q in f.quotations] == ["rina-wulandari", "rina-wulandari"]


def test_a_paragraph_opened_by_a_mark_set_apart_by_a_space_opens_a_quotation():
    text = "Kepala Satpol PP Kota Blitar Budi Santoso meninjau lokasi.\n” Pada operasi kali ini kami menurunkan 30 personel” jelasnya."
    f = extract(text)
    [q] = f.quotations
    assert q.speaker == "budi-santoso" and f.text[q.span.begin:q.span.end].startswith("Pada operasi")


@pytest.mark.parametrize("speaker", ["Pelaksana Tugas (Plt) Kepala Dinas Sosial Kota Bima Rudi Hartono",
                                     "Sekretaris Daerah (Sekda) Kota Bima Rudi Hartono",
                                     "Kepala Dinas Kesehatan (Dinkes) Kota Bima Rudi Hartono"])
def test_a_short_form_in_brackets_inside_the_speakers_title_after_the_verb(speaker):
    f = extract(f"BIMA - Gedung baru diresmikan.\n“Gedung ini siap dipakai,” kata {speaker} di Bima, Kamis.\n")
    assert [q.speaker for q in f.quotations] == ["rudi-hartono"]


def test_a_full_stop_typed_after_the_closing_mark_of_a_comma_leaves_the_attribution_after_it():
    f = extract("BIMA - Pendaftaran relawan ditutup. “Pelatihan dimulai pekan depan,”. Kata Ketua Bawaslu Kota Bima "
                "Budi Santoso seusai rapat di Bima, Senin.")
    assert [(q.speaker, q.text) for q in f.quotations] == [("budi-santoso", "Pelatihan dimulai pekan depan")]
    f = extract("BIMA - Pendaftaran relawan ditutup. “Pelatihan dimulai pekan depan”. Kata Ketua Bawaslu Kota Bima "
                "Budi Santoso seusai rapat di Bima, Senin.")
    assert [q.rule for q in f.quotations if q.rule == "quote.after-verb-name"] == []  # no comma: the quote ended


@pytest.mark.parametrize("closing", ["’’", "''"])
def test_two_single_marks_typed_for_a_closing_double_mark_close_the_quotation(closing):
    f = extract("BIMA - Ketua Bawaslu Kota Bima, Budi Santoso, hadir. ”Pendaftaran relawan ditutup pekan depan,"
                f"{closing} jelasnya.")
    assert [(q.speaker, q.text) for q in f.quotations] == [("budi-santoso", "Pendaftaran relawan ditutup pekan depan")]


@pytest.mark.parametrize("closing, quoted", [
    ("’", [("budi-santoso", "Pendaftaran relawan ditutup pekan depan")]),
    ("'", [("budi-santoso", "Pendaftaran relawan ditutup pekan depan")]),
])
def test_one_single_mark_typed_for_a_closing_double_one_before_a_speech_verb_closes_the_quotation(closing, quoted):
    f = extract("BIMA - Ketua Bawaslu Kota Bima, Budi Santoso, hadir. “Pendaftaran relawan ditutup pekan depan,"
                f"{closing} kata Budi seusai rapat pleno.")
    assert [(q.speaker, q.text) for q in f.quotations] == quoted


def test_a_single_mark_inside_a_quotation_with_no_speech_verb_after_it_closes_nothing():
    f = extract("BIMA - Ketua Bawaslu Kota Bima, Budi Santoso, hadir. “Relawan disebut ‘garda depan,’ bukan "
                "penonton,” kata Budi.")
    assert [q.text for q in f.quotations] == ["Relawan disebut ‘garda depan,’ bukan penonton"]


@pytest.mark.parametrize("title, speaker", [
    ("gubernur", ["budi-santoso"]),
    ("bupati", []),  # a title the article gave no one: the words are left out, not given to the last speaker
])
def test_a_head_title_alone_in_lower_case_names_its_holder(title, speaker):
    text = ("Gubernur Jawa Tengah Budi Santoso menilai realisasi belanja lambat. Direktur Utama Bank Jateng "
            f'Rudi Hartono hadir dalam rapat itu.\n"Serapan anggaran harus dipercepat tahun ini," pungkas {title}.')
    assert [q.speaker for q in extract(text).quotations] == speaker


@pytest.mark.parametrize("opening", ["‘’", "''"])
def test_two_single_marks_typed_for_an_opening_double_one_open_a_quotation(opening):
    text = f'Kepala Dinas Sosial Kota Sukamaju Budi Santoso hadir.\n{opening}Bantuan tahap dua cair Senin,” ujarnya.'
    assert [(q.speaker, q.text) for q in extract(text).quotations] == [
        ("budi-santoso", "Bantuan tahap dua cair Senin")]


def test_a_word_joined_by_dan_to_a_titles_words_is_no_speaker():
    """'kata Kepala Seksi Haji dan Umrah kantor …': 'Umrah' ends the title's field, it names no one."""
    f = extract('BLORA - "Antrean sampai 2030," kata Kepala Seksi Haji dan Umrah kantor Kemenag Blora, Rudi Hartono '
                "di Blora, Rabu (29/3).")
    assert "Umrah" not in [p.name for p in f.people]
    assert extract('BLORA - "Antrean panjang," kata Rudi dan Budi.').quotations[0].speaker == "budi"


@pytest.mark.parametrize("attribution", [' harap dr Rudi.', 'ujar dr Rudi.', ' kata dr. Rudi di Kendari.'])
def test_a_lower_case_honorific_before_the_name_after_the_verb_keeps_the_name(attribution):
    text = f'Direktur RSUD Mawar, dr Rudi Hartono, meninjau bangsal. "Bangsal kami butuh 30 ranjang lagi,"{attribution}'
    assert [q.speaker for q in extract(text).quotations] == ["rudi-hartono"]


@pytest.mark.parametrize("former", ["bekas", "mantan"])
def test_a_title_pointing_back_after_the_verb_names_the_speaker_named_before(former):
    """'…,” tegas bekas kepala bagian gizi Dinas X itu': a description of one already named, however long."""
    text = ('Sekretaris Daerah Kota Bima, Rudi Hartono, membuka rapat. "Kami terus mendorong percepatan belanja,” '
            f'tegas {former} kepala bagian gizi Dinas Kesehatan Kota Bima itu.')
    assert [q.speaker for q in extract(text).quotations] == ["rudi-hartono"]


def test_a_name_shortened_from_the_one_person_named_before_is_that_person():
    f = extract("Kepala Bidang Pendapatan, Rahmatullah Hasan, hadir.\n“Target tercapai tahun ini,” tutup Rahmat.")
    assert [p.key for p in f.people] == [q.speaker for q in f.quotations] == ["rahmatullah-hasan"]


def test_a_shortened_name_one_letter_off_a_word_of_anothers_title_is_still_the_shortened_ones():
    # 'Dinar' is one letter off the 'Dinas' of the first speaker's title, which is no part of his name
    text = ('Jambi (ANTARA) - "Bantuan cair pekan depan," kata Kepala Dinas Sosial Kota Jambi, Sulaiman, Senin.\n'
            '"Seleksi dibuka Oktober," ujar Dinarto, Kepala BKD Kota Jambi.\nPengumuman dijadwalkan November. '
            '"Pendaftar sudah 900 orang," kata Dinar.')
    assert [q.speaker for q in extract(text).quotations] == ["sulaiman", "dinarto", "dinarto"]


@pytest.mark.parametrize("attribution, speakers", [
    # 'Ka' (Kepala) contracted onto the short form the article gave the body: that body's head
    ("tutur Kadiskopukm Kota Kendari.", ["rina-wati", "rina-wati"]),
    # a contracted title of a body the article gave no such short form names no one it knows
    ("tutur Kadispar Kota Kendari.", ["rina-wati"]),
])
def test_a_title_contracted_onto_a_bodys_short_form_names_its_holder(attribution, speakers):
    text = ('Kendari (ANTARA) - Dinas Koperasi dan UKM (Diskopukm) Kota Kendari membuka bazar. "Peserta ada 90," '
            'kata Kepala Diskopukm Kota Kendari Rina Wati, Senin.\nPendaftaran dibuka sepekan. "Pelaku usaha diminta '
            f'membawa izin usaha," {attribution}')
    assert [q.speaker for q in extract(text).quotations] == speakers


@pytest.mark.parametrize("initials, speakers", [
    # the initials of the one person named before: that person
    ("RHW", ["rusdi-hartono-wijaya", "rusdi-hartono-wijaya"]),
    # a body's short form the article gave is no one's initials
    ("BPS", ["rusdi-hartono-wijaya"]),
])
def test_a_speaker_called_by_the_initials_of_a_person_named_before(initials, speakers):
    text = ('Palu (ANTARA) - Gubernur Sulawesi Tengah Rusdi Hartono Wijaya membuka rapat bersama Badan Pusat Statistik '
            '(BPS). "Data harus akurat," kata Rusdi.\nRapat berlangsung dua jam. "Kita perbaiki bersama," '
            f'ujar {initials}.')
    assert [q.speaker for q in extract(text).quotations] == speakers


def test_a_shortened_name_two_people_begin_with_is_no_ones_in_particular():
    f = extract("Rahmatullah Hasan dan Rahmatika Sari hadir.\n“Target tercapai tahun ini,” tutup Rahmat.")
    assert "rahmat" in [p.key for p in f.people]


@pytest.mark.parametrize("where_and_when", [" di Semarang, Rabu,", ", Senin,"])
def test_a_speaker_who_said_it_somewhere_on_a_day_is_presented_as_speaking(where_and_when):
    text = (f"Kepala Dinas Sosial Rudi Hartono{where_and_when} mengatakan bantuan naik.\n"
            "Anggaran tahun ini lebih kecil.\nDana itu cair tiap bulan.\nPenerima tercatat di kelurahan.\n"
            "Dana itu untuk lansia.\n"
            f"{QUOTE} katanya.")
    assert speakers_of(text, people=["Rudi Hartono"]) == ["Rudi Hartono"]


def test_the_agent_of_a_passive_verb_is_named_in_passing_and_no_one_a_pronoun_means():
    f = extract('Semarang - Kepala Dinas Tenaga Kerja Jawa Tengah Rudi Hartono mengatakan upah naik. Rudi Hartono '
                'menambahkan, aturan baru itu sudah siap. Aturan itu kelak disetujui Gubernur Jawa Tengah Budi '
                'Santoso.\n"Kami tinggal menunggu tanda tangan," ujarnya.')
    assert [q.speaker for q in f.quotations] == ["rudi-hartono"]


@pytest.mark.parametrize("said_by", ["Wakil Rektor I", "WR I", "Warek I"])
def test_a_speaker_named_by_a_numbered_title_or_its_short_form_is_its_holder(said_by):
    f = extract("Medan - Wakil Rektor I Universitas Harapan Bangsa, Prof. Dr. Budi Santoso, membuka acara itu.\n"
                f'"Jangan lalai belajar," tegas {said_by}.')
    assert [q.speaker for q in f.quotations] == ["budi-santoso"]


def test_a_pronoun_after_a_newcomer_who_does_not_speak_means_the_paragraphs_speaker():
    f = extract('Gowa - Kepala Kantor Kementerian Agama Kabupaten Gowa Budi Santoso menemui bupati. "Antrean calon jemaah '
                'makin panjang," kata Budi.\nKarena itu, Budi ingin jatah daerahnya ditambah. Pekan depan, Menteri Agama '
                'Rahmat Hidayat dijadwalkan berkunjung ke Riyadh.\n"Semoga ada kabar baik," tuturnya.')
    speakers = {q.speaker for q in f.quotations}
    assert speakers == {"budi-santoso"}


def test_a_weekdays_name_inside_a_persons_name_is_part_of_it():
    f = extract("Ende - Kepala Dinas Sosial Kabupaten Ende Yakobus Minggu Lado, menuturkan, bantuan sudah dibagikan.")
    assert [(m.person, m.head) for m in f.memberships] == [("yakobus-minggu-lado", True)]


def test_a_paragraph_opened_by_a_mark_never_closed_is_quoted_whole():
    f = extract("Biak - Kepala BPJS Ketenagakerjaan Cabang Biak, Rudi Santoso, menjelaskan klaim naik. "
                   "\"Klaim JHT terbanyak,\" ungkap Rudi.\n\"Namun untuk klaim JKK terbilang besar yakni 400 kasus\n"
                   "Ia menerangkan, klaim itu dibayarkan tahun ini.")
    assert [(q.speaker, q.text) for q in f.quotations] == [
        ("rudi-santoso", "Klaim JHT terbanyak"), ("rudi-santoso", "Namun untuk klaim JKK terbilang besar yakni 400 kasus")]


def test_a_person_whose_direction_is_cited_is_not_whom_a_later_pronoun_means():
    f = extract("Pati - Kepala Kantor Cabang Bulog Pati Rudi Santoso mengatakan beras sudah dikirim. "
                   "Penyaluran itu sesuai arahan Presiden Joko Susilo untuk percepatan bantuan.\n"
                   "\"Kami yakin bantuan itu cukup,\" katanya menjelaskan.")
    assert [q.speaker for q in f.quotations] == ["rudi-santoso"]
