"""Figures become metrics: subject, unit, period, qualifier, target, change and breakdown."""
from datetime import date
from decimal import Decimal

import pytest

import kg
from kg.lexicon import load

ARTICLE = ("Madiun, Kamis (31/10/2024) - PT Sinar Bahari mencatat laba Rp450 miliar sepanjang 2023. "
           "Perusahaan itu juga menyalurkan bantuan Rp2 miliar. "
           "Jumlah nasabah mencapai hampir 5 juta orang pada tahun ini, dari jumlah itu sebanyak 2 juta orang di Jawa. "
           "Laba naik 5,31 persen dibandingkan periode yang sama tahun lalu. "
           "Nasabah baru lebih dari 6 juta orang pada 2025.")


@pytest.fixture(scope="module")
def metrics():
    return kg.extract(ARTICLE).metrics


def test_subject_is_the_organisation_before_the_figure(metrics):
    assert {m.subject for m in metrics} == {"sinar-bahari"}


def test_money_and_its_period(metrics):
    m = metrics[0]
    assert (m.value, m.unit, m.unit_code) == (Decimal("450000000000"), "IDR", "")
    assert (m.period_start, m.period_end, m.period_label) == (date(2023, 1, 1), date(2023, 12, 31), "sepanjang 2023")


def test_perusahaan_itu_and_carried_period(metrics):
    m = metrics[1]
    assert m.value == Decimal("2000000000") and m.subject == "sinar-bahari"
    assert m.period_end == date(2023, 12, 31)


def test_people_counts_are_IE_and_approximate_relative_year(metrics):
    m = metrics[2]
    assert (m.value, m.unit, m.unit_code, m.qualifier) == (Decimal("5000000"), "count", "IE", "approx")
    assert m.period_end == date(2024, 12, 31)  # "tahun ini" of an article published in 2024


def test_breakdown_is_part_of_the_total(metrics):
    assert metrics[3].value == Decimal("2000000") and metrics[3].part_of == 2


def test_change_is_a_percent_growth(metrics):
    m = metrics[4]
    assert (m.value, m.unit_code) == (Decimal("5.31"), "P1")
    assert m.change_of == 0 and m.indicator_label == "pertumbuhan"  # "Laba naik …" changes the first figure, the profit


def test_at_least(metrics):
    assert metrics[5].qualifier == "at_least" and metrics[5].period_end == date(2025, 12, 31)


def test_target():
    [m] = kg.extract("PT Sinar Bahari menargetkan laba Rp5 triliun pada 2025.").metrics
    assert m.is_target and m.subject == "sinar-bahari"


def test_target_with_suffix():
    [m] = kg.extract("PT Sinar Bahari mencatat laba besar. Targetnya laba Rp5 triliun pada 2025.").metrics
    assert m.is_target


def test_subject_from_the_speakers_organisation_via_pronoun():
    f = kg.extract("Direktur Utama PT Sinar Bahari Sari Melati hadir. Ia menyebut laba mencapai Rp3 triliun.")
    [m] = f.metrics
    assert m.subject == "sinar-bahari"
    assert m.period_end is None  # no period in the text and no published date


def test_subject_carried_from_previous_sentence_and_abbreviation():
    f = kg.extract("Kepala Dinas Sosial Kota Blitar Rina Wulandari hadir. Dinsos Blitar menyalurkan Rp3 miliar. "
                   "Penerima bantuan sebanyak 1.200 orang, terdiri atas 700 orang lansia.")
    assert [m.subject for m in f.metrics] == ["dinas-sosial-kota-blitar"] * 3
    assert f.metrics[2].part_of == 1


def test_evidence_span_is_the_sentence_that_holds_the_figure(metrics):
    spans = [ARTICLE[m.span.begin:m.span.end] for m in metrics]
    assert spans[0] == "Madiun, Kamis (31/10/2024) - PT Sinar Bahari mencatat laba Rp450 miliar sepanjang 2023."
    assert spans[4] == "Laba naik 5,31 persen dibandingkan periode yang sama tahun lalu."
    assert all(figure in span for figure, span in zip(["Rp450 miliar", "Rp2 miliar", "5 juta", "2 juta", "5,31 persen",
                                                       "6 juta"], spans))


def test_no_subject_no_metric():
    assert kg.extract("Warga menerima Rp2 juta.").metrics == ()


def test_a_change_refers_back_to_the_figure_it_changes():
    f = kg.extract("Kediri - PT Sinar Bahari menyalurkan kredit Rp80 miliar sepanjang 2024 kepada 1.200 nasabah. "
                   "Jumlah itu naik 12 persen dibandingkan tahun sebelumnya.")
    change = next(m for m in f.metrics if m.unit == "percent")
    assert f.metrics[change.change_of].value == Decimal("1200")


def test_a_change_without_a_figure_to_refer_to_links_nothing():
    f = kg.extract("Kediri - PT Sinar Bahari mencatat 1.200 nasabah baru. Sementara itu, ekspor naik 3 persen.")
    assert next(m for m in f.metrics if m.unit == "percent").change_of is None


def _facts(text):
    return [(m.value, m.unit, m.subject) for m in kg.extract(text).metrics]


def test_a_figure_said_again_is_one_metric():
    text = ("PT Sinar Bahari mencatat 1.200 pelanggan baru pada 2024. "
            "Untuk mencapai 1.200 pelanggan baru, perusahaan itu bekerja sama dengan pengembang.")
    assert _facts(text) == [(Decimal("1200"), "count", "sinar-bahari")]


def test_the_same_figure_for_another_period_is_another_metric():
    metrics = kg.extract("PT Sinar Bahari mencatat laba Rp5 miliar pada 2023. Laba Rp5 miliar juga dicatat pada 2024.").metrics
    assert [m.period_end for m in metrics] == [date(2023, 12, 31), date(2024, 12, 31)]


def test_a_second_organisation_with_figures_of_its_own_is_their_subject():
    text = ("Realisasi tertinggi dicapai Dinas Pendidikan dengan Rp40 miliar atau 90 persen, "
            "dan Dinas Kesehatan dengan Rp30 miliar atau 85 persen.")
    assert [s for _, _, s in _facts(text)] == ["dinas-pendidikan", "dinas-pendidikan", "dinas-kesehatan", "dinas-kesehatan"]


def test_organisations_listed_after_yaitu_are_members_not_the_subject():
    text = "Asosiasi Bank Daerah (Asbanda), yaitu Bank Jateng, Bank Jatim dan Bank DKI, menyalurkan kredit Rp12 triliun."
    assert _facts(text) == [(Decimal("12000000000000"), "IDR", "asosiasi-bank-daerah")]


def test_a_national_figure_is_about_indonesia():
    text = ("Badan Pusat Statistik (BPS) Provinsi Jambi mencatat ekonomi Jambi tumbuh 4,8 persen pada triwulan II 2024, "
            "di bawah pertumbuhan ekonomi nasional sebesar 5,05 persen.")
    facts = kg.extract(text)
    assert [m.subject for m in facts.metrics] == ["jambi", "indonesia"]
    assert [p.name for p in facts.places if p.key == "indonesia"] == ["Indonesia"]


def test_nasional_inside_a_name_does_not_make_a_figure_national():
    text = ("Badan Pusat Statistik (BPS) Provinsi Jambi mencatat hasil Survei Angkatan Kerja Nasional "
            "menunjukkan pengangguran Jambi sebesar 4,5 persen.")
    assert [s for _, _, s in _facts(text)] == ["jambi"]


def test_nasional_as_part_of_another_term_does_not_make_a_figure_national():
    text = ("Kalabahi - Polres Sumba Barat mencatat kejahatan konvensional 300 kasus pada 2023. Kejahatan trans "
            "nasional 6 kasus pada 2023.")
    assert [s for _, _, s in _facts(text)] == ["polres-sumba-barat", "polres-sumba-barat"]


def test_a_statistics_agency_without_a_region_in_a_towns_article_is_its_provinces_office():
    text = ("SAMARINDA - Badan Pusat Statistik merilis tingkat pengangguran terbuka Februari 2024 sebesar 5,2 persen. "
            "Pengangguran di Kaltim cenderung turun.")
    assert [s for _, _, s in _facts(text)] == ["kalimantan-timur"]
    # written in the capital, a bare agency's figure stays the nation's
    assert [s for _, _, s in _facts("JAKARTA - Badan Pusat Statistik merilis tingkat pengangguran terbuka Februari "
                                    "2024 sebesar 4,8 persen. Pengangguran di Kaltim cenderung turun.")] == ["indonesia"]


def test_an_office_of_a_group_of_provinces_goes_on_with_the_province_its_statistics_were_given_for():
    text = ("DENPASAR - OJK Balinusra mencatat DPK perbankan di Bali per Februari 2025 sebesar Rp150 triliun.\n"
            "Kepala OJK Bali dan Nusa Tenggara, Rudi Hartono, menyampaikan hal itu.\n"
            "“Kepercayaan warga terjaga,” kata Rudi.\nMenurut jenisnya, porsi tabungan pada DPK mencapai 58,2 persen.")
    assert [s for _, _, s in _facts(text)] == ["bali", "bali"]


def test_a_regions_fuel_quota_and_the_share_used_are_the_regions_whoever_distributes_it():
    text = ("Pekanbaru (ANTARA) - PT Sinar Energi Nusa Regional Sumbagut mengawasi penyaluran BBM subsidi. Manajer "
            "Komunikasi Sinar Energi Nusa Regional Sumbagut Rudi Hartono mengatakan stok aman.\n\"Pemakaian solar "
            "di Riau kini 35 persen dari kuota tahunan yang 80.000 KL,\" kata Rudi.\nAdapun penyaluran Pertalite di "
            "Riau hingga April 2024 sudah 25 persen dari kuota tahunan yang 300.000 KL.")
    assert [s for _, _, s in _facts(text)] == ["riau"] * 4
    # what the company itself sells, with no quota, stays its own
    text = ("Pekanbaru (ANTARA) - PT Sinar Energi Nusa Regional Sumbagut menyalurkan 9.000 KL solar di Riau "
            "selama Maret 2024.")
    assert [s for _, _, s in _facts(text)] == ["sinar-energi-nusa/regional-sumbagut"]


def test_a_regions_export_value_an_office_gives_is_the_regions():
    text = ("Blora - Kepala Dinas Perdagangan Kabupaten Blora, Rudi Hartono, menyebutkan pada 2021 nilai ekspor Blora "
            "mencapai Rp 2,1 triliun.")
    assert [s for _, _, s in _facts(text)] == ["regency-blora"]


def test_the_number_of_tourists_a_tourism_office_gives_for_its_region_is_the_regions():
    text = ("Jambi - Kepala Dinas Pariwisata Provinsi Jambi Rudi Hartono mengatakan jumlah wisatawan yang datang ke "
            "Jambi pada 2023 mencapai 2,1 juta orang.")
    assert [s for _, _, s in _facts(text)] == ["jambi"]
    # the visits a museum counts are its own
    text = "Cepu - UPT Museum Kabupaten Blora menyebut jumlah kunjungan pada Mei 2022 sebanyak 12.000 orang."
    assert [s for _, _, s in _facts(text)] == ["upt-museum-kabupaten-blora"]


def test_se_wilayah_names_the_unit_of_that_region():
    text = ("PT Jasa Raharja Cabang Jawa Timur dan PT Jasa Raharja Cabang Jawa Tengah menggelar rapat. "
            "Jasa Raharja telah membayar santunan Rp120 miliar se-wilayah Jawa Tengah sepanjang 2024.")
    assert [s for _, _, s in _facts(text)] == ["jasa-raharja/kantor-cabang-jawa-tengah"]


def test_an_amount_per_person_of_a_common_benefit_belongs_to_its_giver():
    text = ("Pemerintah Kota Madiun memberikan beasiswa kepada 300 mahasiswa. "
            "Nilai beasiswa untuk masing-masing mahasiswa sebesar Rp2,5 juta per orang.")
    assert [s for _, _, s in _facts(text)] == ["pemerintah-kota-madiun", "pemerintah-kota-madiun"]


def test_an_amount_per_person_of_a_named_programme_belongs_to_the_programme():
    text = ("BPJS Ketenagakerjaan membayar Jaminan Kematian kepada 40 ahli waris. "
            "Setiap ahli waris menerima manfaat Jaminan Kematian sebesar Rp42 juta.")
    assert [s for _, _, s in _facts(text)] == ["bpjs-ketenagakerjaan", "jaminan-kematian"]


def test_the_month_before_is_the_period_of_the_figure_after_it():
    text = ("Madiun, Kamis (5/6/2025) - Badan Pusat Statistik (BPS) Kota Madiun mencatat inflasi April 2025 "
            "sebesar 2,1 persen, turun dari bulan sebelumnya sebesar 2,4 persen.")
    assert [(m.value, m.period_end) for m in kg.extract(text).metrics] == [
        (Decimal("2.1"), date(2025, 4, 30)), (Decimal("2.4"), date(2025, 3, 31))]


def test_the_agent_after_the_figure_did_what_it_counts():
    text = ("Otoritas Jasa Keuangan (OJK) Provinsi Jambi mencatat penyaluran kredit sepanjang 2024 sebesar Rp80 miliar "
            "yang disalurkan oleh PT Bank Sinar Bahari di wilayahnya.")
    assert [s for _, _, s in _facts(text)] == ["bank-sinar-bahari"]


def test_a_count_of_things_in_a_place_that_no_one_reports_is_the_places():
    text = ("Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sleman mengusulkan tambahan insentif guru. "
            "Sedangkan jumlah SD di Sleman mencapai 300 sekolah yang tersebar di 17 kecamatan.")
    assert [(v, s) for v, _, s in _facts(text)] == [(Decimal("300"), "regency-sleman"), (Decimal("17"), "regency-sleman")]


def test_an_amount_per_person_said_for_two_groups_is_two_metrics():
    text = ("PT Sinar Bahari memberi beasiswa kepada 40 mahasiswa Strata 1 sebesar Rp3 juta per orang. "
            "Perusahaan itu juga memberi beasiswa kepada 20 mahasiswa Strata 2 sebesar Rp3 juta per orang.")
    assert [v for v, _, _ in _facts(text)] == [Decimal("40"), Decimal("3000000"), Decimal("20"), Decimal("3000000")]


def test_a_figure_pointed_back_to_is_not_measured_again():
    text = ("Pemerintah Kota Madiun menyiapkan dana Rp500 juta untuk bantuan. "
            "Sebanyak Rp200 juta dari dana Rp500 juta itu dibagikan tunai.")
    assert [v for v, _, _ in _facts(text)] == [Decimal("500000000"), Decimal("200000000")]


@pytest.mark.parametrize("sentence, code", [
    ("PT Pupuk Sinar Bahari menyalurkan 1.200 ton pupuk sepanjang 2024.", "TNE"),
    ("PLTS milik PT Sinar Bahari berkapasitas 50 MW.", "MAW"),
    ("PT Sinar Bahari menanam padi di 120 hektare sawah.", "HAR"),
    ("Perum Damri mengangkut 3.000 penumpang.", "IE"),
    ("PT Sinar Bahari memiliki 45 unit bus.", "C62"),
    ("PT Sinar Bahari menyalurkan 1.100 kiloliter (KL) solar.", "K6"),
    ("PT Sinar Bahari menyalurkan 210 MT elpiji per hari.", "TNE"),
])
def test_what_a_count_counts_gives_its_unit_code(sentence, code):
    assert [m.unit_code for m in kg.extract(sentence).metrics] == [code]


def test_a_graph_with_tonnes_conforms_to_the_shapes():
    from kg.validate import validate
    result = validate(kg.build_graph("Madiun, Kamis (31/10/2024) - PT Pupuk Sinar Bahari menyalurkan 1.200 ton pupuk."))
    assert result.conforms and result.violations == ()


def test_a_rate_dated_again_in_the_same_month_is_one_metric():
    text = ("Badan Pusat Statistik (BPS) Kota Madiun mencatat inflasi Januari 2025 sebesar 0,7 persen. "
            "Pada Januari 2025 inflasi Kota Madiun tercatat sebesar 0,7 persen. Pada Februari 2025 inflasinya juga 0,7 persen.")
    assert [(m.value, m.period_end) for m in kg.extract(text).metrics] == [
        (Decimal("0.7"), date(2025, 1, 31)), (Decimal("0.7"), date(2025, 2, 28))]


def _subjects(text: str) -> list[tuple[str, str, Decimal]]:
    return [(m.subject, m.subject_kind, m.value) for m in kg.extract(text).metrics]


def _subject_values(text: str) -> list[tuple[str, Decimal]]:
    return [(s, v) for s, _, v in _subjects(text)]


def _subject_by_value(text: str) -> dict[Decimal, str]:
    return {m.value: m.subject for m in kg.extract(text).metrics}


@pytest.mark.parametrize("text, subjects", [
    # the value a change starts from, and the change, are about whom the figure is
    ("Blitar (ANTARA) - Dinas Kesehatan Kota Blitar mencatat 125 kasus demam berdarah sepanjang 2024, naik dari 98 "
     "kasus pada 2023.", [("city-blitar", Decimal("125")), ("city-blitar", Decimal("98"))]),
    ("Blitar (ANTARA) - Dinas Kesehatan Kota Blitar mencatat 125 kasus demam berdarah sepanjang 2024, naik 27,5 persen "
     "dibandingkan tahun lalu yang sebanyak 98 kasus.",
     [("city-blitar", Decimal("125")), ("city-blitar", Decimal("27.5")), ("city-blitar", Decimal("98"))]),
    ("Blitar (ANTARA) - Dinas Kesehatan Kota Blitar mencatat kasus demam berdarah naik menjadi 125 kasus pada 2024 "
     "dari 98 kasus pada 2023.", [("city-blitar", Decimal("125")), ("city-blitar", Decimal("98"))]),
])
def test_a_figure_a_change_starts_from_and_the_change_share_the_figures_subject(text, subjects):
    assert _subject_values(text) == subjects


def test_the_value_a_target_comes_from_is_no_target():
    text = ("Blitar (ANTARA) - Pemerintah Kota Blitar menargetkan angka kemiskinan turun menjadi 6 persen pada 2025 "
            "dari 7,2 persen pada 2023.")
    assert [(m.value, m.is_target) for m in kg.extract(text).metrics] == [(Decimal("6"), True), (Decimal("7.2"), False)]


@pytest.mark.parametrize("text, periods", [
    ("Padang (ANTARA) - Kredit perbankan di Sumbar pada triwulan II 2023 mencapai Rp60 triliun, naik 9 persen "
     "dibanding tahun lalu pada periode yang sama sebesar Rp55 triliun.",
     [date(2023, 6, 30), date(2023, 6, 30), date(2022, 6, 30)]),
    ("Padang (ANTARA) - Hunian hotel di Sumbar pada Mei 2019 sebesar 52 persen. Pada bulan yang sama tahun "
     "sebelumnya hunian hotel sebesar 60 persen.", [date(2019, 5, 31), date(2018, 5, 31)]),
])
def test_the_same_part_of_last_year_is_a_year_before_the_period_its_sentence_or_the_one_before_names(text, periods):
    metrics = kg.extract(text).metrics
    assert [m.period_end for m in metrics] == periods
    assert metrics[-1].part_of is None and metrics[-1].period_label != metrics[0].period_label


@pytest.mark.parametrize("text, periods", [
    # each figure on its side of the 'dan' takes the period after it
    ("Kendal (ANTARA) - BPJS Ketenagakerjaan Cabang Kendal mencatat 1.200 peserta baru pada 2023 dan 1.500 peserta "
     "baru pada 2024.", [date(2023, 12, 31), date(2024, 12, 31)]),
    # a period after another figure is that figure's
    ("Kendal (ANTARA) - Hingga Maret 2024, BPJS Ketenagakerjaan Cabang Kendal membayar klaim Rp5 miliar, naik dari "
     "Rp4 miliar pada Maret 2023.", [date(2024, 3, 31), date(2023, 3, 31)]),
    # a period a linking word joins to the figure after it, though the next figure's period is nearer
    ("Kendal (ANTARA) - Dinas Kesehatan Kabupaten Kendal mencatat kasus TBC pada 2022 sebanyak 410 kasus pada 2023 "
     "tercatat 380 kasus.", [date(2022, 12, 31), date(2023, 12, 31)]),
])
def test_a_figure_takes_the_period_on_its_own_side_of_the_clause(text, periods):
    assert [m.period_end for m in kg.extract(text).metrics] == periods


def test_another_ones_figure_set_beside_a_figure_is_no_value_it_changed_from():
    text = ("Blitar (ANTARA) - Dinas Kesehatan Kota Blitar mencatat 125 kasus demam berdarah sepanjang 2024, naik "
            "dibanding Kabupaten Kediri yang mencatat 98 kasus.")
    assert [s for s, v in _subject_values(text) if v == 98] != ["city-blitar"]


def test_a_list_of_regions_figures_gives_each_figure_its_region():
    text = ("Semarang (ANTARA) - Dinas Kesehatan Provinsi Jawa Tengah mencatat 1.200 kasus demam berdarah sepanjang "
            "2024. Kabupaten Brebes menempati urutan pertama dengan 310 kasus, Kabupaten Tegal 205 kasus dan Kota "
            "Pekalongan 98 kasus.")
    found = _subjects(text)
    assert found[0][:2] == ("jawa-tengah", "place")  # the province's cases, as a disease's cases are
    assert [(s, k) for s, k, _ in found[1:]] == [("regency-brebes", "place"), ("regency-tegal", "place"),
                                               ("city-pekalongan", "place")]


@pytest.mark.parametrize("text", [
    # the regions an office covers, in a relative clause after it
    "Semarang (ANTARA) - BPJS Kesehatan Kantor Cabang Tegal, yang membawahi Kabupaten Tegal dan Kabupaten Brebes, "
    "membayar klaim Rp50 miliar pada 2024.",
    # the province in apposition to the office's name
    "Tegal (ANTARA) - Dinas Sosial Kabupaten Tegal, Jawa Tengah, mencatat 450 penerima bantuan pada 2024.",
    # a place after a preposition is where the office counted
    "Tegal (ANTARA) - Dinas Sosial Kota Tegal mencatat 40 penerima bantuan di Kecamatan Margadana pada 2024.",
])
def test_a_region_that_only_describes_the_office_or_where_it_counted_is_not_the_subject(text):
    assert [k for _, k, _ in _subjects(text)] == ["org"]


def test_the_dateline_place_is_not_the_subject_of_the_first_figure():
    found = _subjects("BREBES, Kabar Pantura - Sebanyak 500 pekerja PT Sinar Jaya Abadi menerima manfaat pada 2024.")
    assert found and all(s != "regency-brebes" and k != "place" for s, k, _ in found)


@pytest.mark.parametrize("dateline, period_end, label", [
    ("Surabaya, Senin (3/3/2025) (ANTARA)", date(2026, 12, 31), "tahun depan"),
    # undated: 'tahun depan' is a period the text does not date, not the sentence before's
    ("Surabaya (ANTARA)", None, ""),
])
def test_a_target_for_next_year_has_next_years_period_or_none(dateline, period_end, label):
    text = (f"{dateline} - BPJS Kesehatan Kantor Cabang Surabaya mencatat 2,5 juta peserta hingga akhir 2024.\n"
            "Kepala BPJS Kesehatan Kantor Cabang Surabaya Sinta Maharani mengatakan target tahun depan 2,8 juta peserta.")
    first, target = kg.extract(text).metrics
    assert first.period_end == date(2024, 12, 31)
    assert (target.value, target.is_target, target.period_end, target.period_label) == (
        Decimal("2800000"), True, period_end, label)


def test_a_rate_repeated_in_a_quotation_without_a_period_of_its_own_is_one_metric():
    text = ("Kupang (ANTARA) - Kepala BPJS Kesehatan Cabang Kupang Rina Wulandari mengatakan sekitar 40 persen peserta "
            "mandiri menunggak iuran dan 60 persen membayar rutin.\n"
            "\"Yang membayar rutin baru 60 persen, 40 persen menunggak,\" kata Rina.")
    assert [m.value for m in kg.extract(text).metrics] == [Decimal("40"), Decimal("60")]


def test_a_rate_said_again_far_later_is_kept():
    text = ("Kupang (ANTARA) - BPJS Kesehatan Cabang Kupang mencatat 60 persen peserta mandiri aktif membayar iuran. "
            "Peserta baru mendaftar setiap hari. Kantor itu membuka loket tambahan. Antrean pagi panjang. "
            "Petugas melayani warga hingga sore. Kini 60 persen iuran dibayar lewat aplikasi.")
    assert [m.value for m in kg.extract(text).metrics] == [Decimal("60"), Decimal("60")]


def test_the_owner_named_after_a_figure_outranks_the_speaker_quoted():
    text = ("Mataram (ANTARA) - Kepala Dinas Pendidikan Kota Mataram Hadi Pranoto mengatakan dana pokir akan dihimpun. "
            "\"Rp40 juta dikalikan 45 anggota DPRD Kota Mataram, dana yang terkumpul Rp1,8 miliar,\" katanya.")
    assert _subject_values(text) == [
        ("dinas-pendidikan-kota-mataram", Decimal("40000000")), ("dprd-kota-mataram", Decimal("45")),
        ("dprd-kota-mataram", Decimal("1800000000"))]  # the members' funds, collected: named in the quotation


def test_a_count_of_villages_or_districts_is_the_regions_while_the_office_stays_in_focus():
    text = ("Labuha (ANTARA) - Kepala BPJS Ketenagakerjaan Kabupaten Halmahera Timur, Yusuf Lamadi, menjelaskan, dari "
            "120 desa, sebanyak 98 desa telah membayar iuran. Total 2.000 pekerja rentan kini terlindungi.")
    assert [(s, k, v) for s, k, v in _subjects(text)] == [
        ("regency-halmahera-timur", "place", Decimal("120")), ("regency-halmahera-timur", "place", Decimal("98")),
        ("bpjs-ketenagakerjaan/kabupaten-halmahera-timur", "org", Decimal("2000"))]


@pytest.mark.parametrize("text, subject", [
    # the region the sentence names after the count
    ("Pontianak (ANTARA) - Dinas Kesehatan Provinsi Kalimantan Barat mencatat demam berdarah terjadi di "
     "11 kabupaten/kota se-Kalbar.", "kalimantan-barat"),
    # a regional government stands for its region
    ("Serang (ANTARA) - Pemerintah Kabupaten Serang menyalurkan bantuan beras ke 29 kecamatan.",
     "pemerintah-kabupaten-serang"),
    # the divisions in an office's working area are the office's
    ("Jayapura (ANTARA) - Sebanyak 30 kabupaten dan kota di wilayah kerja BPJS Kesehatan Kantor Cabang Jayapura "
     "telah berstatus UHC.", "bpjs-kesehatan/kantor-cabang-jayapura"),
    # villages an office aims to reach are its work
    ("Jayapura (ANTARA) - Manajer PLN Wilayah Papua Rudi Hartono menyebut 500 desa ditargetkan berlistrik tahun ini.",
     "pln/kantor-wilayah-papua"),
])
def test_whose_a_count_of_divisions_is(text, subject):
    assert [s for s, _, _ in _subjects(text)] == [subject]


def test_a_place_its_figure_follows_at_once_is_the_figures_region_even_after_a_preposition():
    text = ("Mataram (ANTARA) - Dinas Kesehatan Provinsi Nusa Tenggara Barat mencatat 900 kasus demam berdarah pada "
            "2024. Kasus berikutnya ada di Kota Bima 60 kasus dengan 2 kematian, Kabupaten Dompu 40 kasus.")
    assert [s for s, _, _ in _subjects(text)] == ["nusa-tenggara-barat", "city-bima", "city-bima", "regency-dompu"]


@pytest.mark.parametrize("noun", load().words["division_nouns"])
def test_every_division_noun_makes_a_count_the_regions_that_can_hold_them(noun):
    """A province holds regencies, cities, districts and villages, and no provinces: those stay the office's."""
    text = (f"Banda Aceh (ANTARA) - Kepala Dinas Sosial Provinsi Aceh, Yusuf Lamadi, mengatakan sebanyak 40 {noun} "
            "telah membayar iuran.")
    holder = "dinas-sosial-provinsi-aceh" if noun == "provinsi" else "aceh"
    assert _subject_values(text) == [(holder, Decimal("40"))]


@pytest.mark.parametrize("words", load().words["office_area_words"])
def test_every_office_area_word_keeps_a_count_of_divisions_the_offices(words):
    text = (f"Sigli (ANTARA) - BPJS Ketenagakerjaan Kabupaten Pidie mencatat 40 desa di {words} kantor itu telah "
            "membayar iuran.")
    assert _subject_values(text) == [("bpjs-ketenagakerjaan/kabupaten-pidie", Decimal("40"))]


@pytest.mark.parametrize("text, subjects", [
    # the quoted words name the organisation the figures are about
    ("Jambi (ANTARA) - Asisten Perekonomian Provinsi Jambi Rina Marlina menyampaikan laporan realisasi anggaran 2023.\n"
     "\"Selanjutnya, Dinas Kehutanan Provinsi Jambi, realisasi keuangannya Rp10,5 miliar atau 80,2 persen,\" kata Rina.",
     ["dinas-kehutanan-provinsi-jambi", "dinas-kehutanan-provinsi-jambi"]),
    # a partner named after 'bersama' in the quotation leaves the figure to the speaker's office
    ("Batam (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Batam Sinta Dewi mengatakan kerja sama terus berjalan.\n"
     "\"Kami bersama Pemerintah Kota Batam menyalurkan santunan Rp2 miliar,\" kata Sinta.",
     ["bpjs-ketenagakerjaan/kantor-cabang-batam"]),
])
def test_an_organisation_the_quoted_words_name_outranks_the_speakers(text, subjects):
    assert [s for s, _, _ in _subjects(text)] == subjects


@pytest.mark.parametrize("joiner", load().words["list_joiners"])
def test_two_items_joined_before_one_figure_of_a_list_each_have_it(joiner):
    text = ("Jambi (ANTARA) - Badan Pusat Statistik Kota Jambi mencatat inflasi Kota Jambi pada Maret 2024 sebesar "
            f"0,5 persen. Penyumbangnya bawang merah 0,21 persen, {joiner} telur ayam dan gula pasir 0,08 persen.")
    shared = [m for m in kg.extract(text).metrics if m.value == Decimal("0.08")]
    assert [m.indicator_label.split()[-2:] for m in shared] == [["telur", "ayam"], ["gula", "pasir"]]


@pytest.mark.parametrize("text", [
    # one item whose name holds 'dan', with a word that leads to its figure
    "Batam (ANTARA) - BPS Kepri mencatat perikanan tumbuh 16,5 persen, lalu hotel dan restoran "
    "sebesar 4,2 persen.",
    # the second 'item' holds a word that leads to the figure
    "Jambi (ANTARA) - BPS Kota Jambi mencatat inflasi kelompok kesehatan 0,5 persen, kelompok sandang dan jasa "
    "sebanyak 4,2 persen.",
    # the first figure of a sentence heads no list
    "Jambi (ANTARA) - Penyumbang inflasi Kota Jambi pada Maret 2024 adalah telur ayam dan gula pasir 0,08 persen.",
])
def test_a_figure_that_ends_no_list_of_items_is_one_metric(text):
    assert len([m for m in kg.extract(text).metrics if m.value in (Decimal("4.2"), Decimal("0.08"))]) == 1


@pytest.mark.parametrize("bureau", load().words["secretariat_bureau_types"])
def test_a_secretariat_bureau_speaking_of_a_programme_gives_its_figures_to_its_government(bureau):
    text = ("Mataram (ANTARA) - Pemerintah Provinsi Nusa Tenggara Barat menyiapkan beasiswa bagi mahasiswa. "
            f"Kepala {bureau} Kesejahteraan Rakyat Pemprov NTB, Lalu Hamzah, mengatakan beasiswa itu diterima "
            "320 mahasiswa dengan nilai Rp4 juta per orang.")
    assert _subject_values(text) == [("pemerintah-provinsi-nusa-tenggara-barat", Decimal("320")),
                                     ("pemerintah-provinsi-nusa-tenggara-barat", Decimal("4000000"))]


@pytest.mark.parametrize("noun", load().words["body_member_nouns"])
def test_what_each_member_of_a_body_gives_is_the_bodys_figure(noun):
    text = ("Bima (ANTARA) - Kepala Dinas Sosial Kabupaten Bima Rahmat Hidayat membahas bantuan lansia bersama "
            f"{noun} DPRD Kabupaten Bima. Rahmat mengatakan masing-masing {noun} menyumbang Rp25 juta untuk "
            "bantuan itu.")
    assert _subject_values(text) == [("dprd-kabupaten-bima", Decimal("25000000"))]


def test_the_same_count_of_the_same_things_said_again_is_one_metric_whoever_it_would_go_to():
    text = ("Palu (ANTARA) - Pemerintah Provinsi Sulawesi Tengah mencatat belanja dari 21 organisasi perangkat daerah "
            "pada 2024. Realisasi tertinggi dicapai Dinas Pertanian sebesar 95 persen. Sementara itu, dari 21 "
            "organisasi perangkat daerah, yang paling rendah adalah Dinas Perikanan sebesar 40 persen.")
    counts = [(s, v) for s, _, v in _subjects(text) if v == Decimal("21")]
    assert counts == [("pemerintah-provinsi-sulawesi-tengah", Decimal("21"))]


def test_an_amount_per_month_said_again_just_after_is_one_metric():
    text = ("Kendari (ANTARA) - Dinas Pendidikan Kota Kendari memberikan insentif guru mengaji Rp150 ribu per bulan. "
            "\"Guru mengaji kami beri Rp150 ribu per bulan,\" kata Kepala Dinas Pendidikan Kota Kendari Ruslan.")
    assert [v for _, _, v in _subjects(text)] == [Decimal("150000")]


def test_of_two_place_names_that_start_together_the_longer_is_where_the_figure_is():
    text = ("Jakarta (ANTARA) - Badan Pusat Statistik mencatat inflasi tahunan per Agustus 2024. Untuk kawasan Pulau "
            "Kalimantan, angka paling tinggi ada di Kalimantan Selatan yang mencapai 2,4 persen.")
    assert _subject_values(text) == [("kalimantan-selatan", Decimal("2.4"))]


@pytest.mark.parametrize("link", load().words["figure_links"])
def test_a_place_linked_to_its_figure_after_a_preposition_is_the_figures_topic(link):
    text = ("Jakarta (ANTARA) - Badan Pusat Statistik mencatat inflasi tahunan per Agustus 2024. Di kawasan Pulau "
            f"Kalimantan, angka paling tinggi ada di Kalimantan Selatan {link} 2,4 persen.")
    assert _subject_values(text) == [("kalimantan-selatan", Decimal("2.4"))]


@pytest.mark.parametrize("opener", load().words["pointing_back_openers"])
def test_a_figure_pointing_back_to_a_statistic_of_a_region_is_the_regions(opener):
    text = ("Jakarta (ANTARA) - Badan Pusat Statistik mencatat inflasi tahunan per Agustus 2024. Inflasi tertinggi "
            f"terjadi di Sulawesi Tengah. {opener.capitalize()} mencapai 3,9 persen.")
    assert _subject_values(text) == [("sulawesi-tengah", Decimal("3.9"))]


@pytest.mark.parametrize("budget", load().words["regional_budget_words"])
def test_a_figure_of_a_regions_budget_is_its_governments(budget):
    text = (f"Palu (ANTARA) - Serapan {budget} Provinsi Sulawesi Tengah pada triwulan I 2024 baru 18 persen. Gubernur "
            "meminta Pemerintah Provinsi Sulawesi Tengah mempercepat lelang.")
    assert _subject_values(text) == [("pemerintah-provinsi-sulawesi-tengah", Decimal("18"))]


@pytest.mark.parametrize("text, expected", [
    # a secretariat bureau whose sentence speaks of no programme keeps its own figure
    ("Mataram (ANTARA) - Pemerintah Provinsi Nusa Tenggara Barat menggelar rapat kerja. Kepala Biro Organisasi "
     "Pemprov NTB, Lalu Hamzah, mengatakan 27 jabatan struktural masih kosong.",
     [("biro-organisasi-provinsi-ntb", Decimal("27"))]),
    # 'masing-masing anggota' where no sentence before named a body's members: the speaker's office
    ("Bima (ANTARA) - Kepala Dinas Sosial Kabupaten Bima Rahmat Hidayat membahas bantuan lansia bersama "
     "DPRD Kabupaten Bima. Rahmat mengatakan masing-masing anggota menyumbang Rp25 juta untuk bantuan itu.",
     [("dinas-sosial-kabupaten-bima", Decimal("25000000"))]),
    # the same count of the same things that a sentence gives to someone it names is counted again
    ("Palu (ANTARA) - Kabupaten Donggala memiliki 16 kecamatan yang tersebar di pesisir. "
     "Kabupaten Sigi juga memiliki 16 kecamatan yang tersebar di lembah.",
     [("regency-donggala", Decimal("16")), ("regency-sigi", Decimal("16"))]),
    # a place linked to a figure that an organisation before it reports leaves the figure to the organisation
    ("Bima (ANTARA) - BPJS Ketenagakerjaan Cabang Bima membayar klaim di Kota Bima sebesar Rp5 miliar "
     "sepanjang 2024.",
     [("bpjs-ketenagakerjaan/kantor-cabang-bima", Decimal("5000000000"))]),
    # a figure pointing back to what an office did, not to a region's statistic, stays the office's
    ("Kendari (ANTARA) - BPJS Ketenagakerjaan Cabang Kendari membayar klaim di Kota Kendari. Jumlahnya mencapai "
     "Rp5 miliar.",
     [("bpjs-ketenagakerjaan/kantor-cabang-kendari", Decimal("5000000000"))]),
    # a region's statistic that is no budget stays the region's
    ("Palu (ANTARA) - Pertumbuhan ekonomi Provinsi Sulawesi Tengah pada triwulan I 2024 mencapai 5,1 persen. "
     "Gubernur meminta Pemerintah Provinsi Sulawesi Tengah mempercepat lelang.",
     [("sulawesi-tengah", Decimal("5.1"))]),
])
def test_where_a_subject_rule_has_no_trigger_the_figure_keeps_its_subject(text, expected):
    assert _subject_values(text) == expected


@pytest.mark.parametrize("text, subject", [
    ("Lubuk Basung (ANTARA) - Dinas Kependudukan dan Pencatatan Sipil Kabupaten Agam mencatat 2.450 orang warga "
     "belum memiliki akta kelahiran.", "regency-agam"),
    ("Lubuk Basung (ANTARA) - Berdasarkan data Dinas Kesehatan Kabupaten Agam, sepanjang 2024 ada 4 orang "
     "meninggal akibat diare.", "regency-agam"),
    ("Lubuk Basung (ANTARA) - Dinas Kesehatan Kabupaten Agam hadir di posko. Sedangkan jumlah masyarakat terserang "
     "diare sepanjang 2024 sebanyak 310 orang.", "regency-agam"),
    ("Solok (ANTARA) - Dinas Kependudukan dan Pencatatan Sipil Kota Solok mencatat 640 jiwa belum memiliki kartu "
     "keluarga.", "city-solok"),
    ("Lubuk Basung (ANTARA) - Menurut Dinas Kesehatan Kabupaten Agam, tercatat 85 penduduk terserang campak pada "
     "2024.", "regency-agam"),
])
def test_residents_a_regional_office_records_are_its_regions(text, subject):
    assert [(s, k) for s, k, _ in _subjects(text)] == [(subject, "place")]


@pytest.mark.parametrize("text", [
    # the office's recipients, not a record of the region's residents
    "Lubuk Basung (ANTARA) - Dinas Sosial Kabupaten Agam menyalurkan bantuan kepada 300 warga.",
    "Lubuk Basung (ANTARA) - Dinas Sosial Kabupaten Agam mencatat 300 warga menerima bantuan beras.",
    # not a regional office
    "Lubuk Basung (ANTARA) - PT Tirta Agam Lestari mencatat 5.000 warga berlangganan air bersih.",
    # residents who join the office's programme
    "Padang (ANTARA) - Dinas Kesehatan Provinsi Sumatera Barat mencatat 52.300 warga telah mengikuti program "
    "Skrining Sehat Bersama sejak Maret 2025.",
    "Lubuk Basung (ANTARA) - Dinas Sosial Kabupaten Agam mencatat 200 warga penerima beras.",
    "Lubuk Basung (ANTARA) - Dinas Sosial Kabupaten Agam mencatat kursi roda tersedia bagi 40 warga.",
    "Lubuk Basung (ANTARA) - Dinas Kesehatan Kabupaten Agam mencatat obat disiapkan untuk 500 warga.",
    "Lubuk Basung (ANTARA) - Dinas Kesehatan Kabupaten Agam mencatat 150 warga menjadi peserta senam.",
    "Lubuk Basung (ANTARA) - Dinas Kependudukan Kabupaten Agam mencatat 60 warga memakai layanan keliling.",
    # residents the office trains are its own work
    "Lubuk Basung (ANTARA) - Dinas Koperasi Kabupaten Agam mencatat 120 warga mengikuti pelatihan menjahit.",
])
def test_residents_an_office_serves_stay_the_offices(text):
    assert [k for _, k, _ in _subjects(text)] == ["org"]


@pytest.mark.parametrize("text, subjects", [
    ("Garut (ANTARA) - Badan Penanggulangan Bencana Daerah Kabupaten Garut mencatat 120 rumah yang terendam banjir.",
     ["regency-garut"]),
    ("Garut (ANTARA) - BPBD Kabupaten Garut menyebut 45 KK harus mengungsi ke balai desa.", ["regency-garut"]),
    ("Garut (ANTARA) - Kepala Pelaksana BPBD Kabupaten Garut Rudi Hartono mengatakan 45 keluarga mengungsi.",
     ["regency-garut"]),
    ("Klaten (ANTARA) - Dinas Pertanian Kabupaten Klaten mencatat luas panen 12.000 hektare dengan produksi gabah "
     "70.000 ton pada 2024.", ["regency-klaten", "regency-klaten"]),
    ("Klaten (ANTARA) - Dinas Pertanian Kabupaten Klaten menyebut produksi tahun ini 70.000 ton.", ["regency-klaten"]),
    # the place the clause names, before the figure or after it
    ("Bandung (ANTARA) - Dinas Pertanian Provinsi Jawa Barat mencatat produksi padi Kabupaten Indramayu 1,4 juta ton.",
     ["regency-indramayu"]),
    ("Bandung (ANTARA) - BPBD Provinsi Jawa Barat mencatat 120 rumah terendam banjir di Kabupaten Bekasi.",
     ["regency-bekasi"]),
    # the province said again after the office's town is not where
    ("Garut (ANTARA) - BPBD Kabupaten Garut, Jawa Barat, mencatat 120 rumah terendam banjir.", ["regency-garut"]),
    # said, not only recorded
    ("Garut (ANTARA) - BPBD Kabupaten Garut menyatakan bahwa 45 warga mengungsi akibat banjir.", ["regency-garut"]),
    # the part of its area the sentence before names (a district named like one in another province too)
    ("Bogor (ANTARA) - Banjir melanda Kecamatan Cisarua, Kabupaten Bogor. Menurut BPBD Kabupaten Bogor, 120 rumah "
     "warga rusak.", ["kecamatan-cisarua"]),
    # the event's verb before what it struck, and the next thing listed after it
    ("Garut (ANTARA) - Menurut BPBD Kabupaten Garut, banjir merendam 640 rumah warga dan 300 hektare sawah.",
     ["regency-garut", "regency-garut"]),
    # those it struck, which a record verb confirms
    ("Garut (ANTARA) - BPBD Kabupaten Garut mengonfirmasi 410 KK di tiga desa ikut menjadi korban banjir.",
     ["regency-garut"]),
    # disasters counted, and what they cost
    ("Cianjur (ANTARA) - BPBD Kabupaten Cianjur mencatat jumlah bencana sepanjang tahun ini mencapai 212 kasus.",
     ["regency-cianjur"]),
    ("Cianjur (ANTARA) - BPBD Kabupaten Cianjur mencatat 44 kejadian tanah longsor selama Maret.",
     ["regency-cianjur"]),
    ("Cianjur (ANTARA) - BPBD Kabupaten Cianjur mencatat kerugian akibat banjir itu Rp3 miliar.", ["regency-cianjur"]),
])
def test_what_a_regional_body_records_as_happening_in_its_area_is_the_areas(text, subjects):
    assert [s for s, k, _ in _subjects(text) if k == "place"] == subjects


@pytest.mark.parametrize("text, subjects", [
    # land an office works on is land of its area
    ("Jambi (ANTARA) - Dinas Kehutanan Provinsi Jambi menanami kembali hutan gundul seluas 640 hektare.", ["jambi"]),
    ("Cilacap (ANTARA) - Dinas Pertanian Kabupaten Cilacap memperkirakan luas tanam jagung tahun ini 21.000 ha.",
     ["regency-cilacap"]),
    # the part of its area the clause names
    ("Cilacap (ANTARA) - Dinas Pertanian Kabupaten Cilacap menyebut sawah di Kecamatan Kroya seluas 900 ha siap "
     "panen.", ["kecamatan-kroya"]),
])
def test_land_in_hectares_a_regional_office_reports_is_its_areas(text, subjects):
    assert [s for s, k, _ in _subjects(text) if k == "place"] == subjects


@pytest.mark.parametrize("text", [
    # the reach of a work an office builds: its project's figure, not a region's land (nor the nation's)
    "Jakarta (ANTARA) - Kementerian PUPR merehabilitasi tiga daerah irigasi yang mampu mengairi sawah seluas "
    "52.000 hektare.",
    "Cilacap (ANTARA) - Dinas PUPR Kabupaten Cilacap menyelesaikan saluran baru yang kelak mengaliri 75 hektare sawah.",
])
def test_land_that_a_work_waters_is_the_offices_project(text):
    assert [k for _, k, _ in _subjects(text)] == ["org"]


def test_land_a_company_plants_stays_the_companys():
    text = "Palembang (ANTARA) - PT Sinar Bahari menanam sawit di lahan seluas 640 hektare di Kabupaten Banyuasin."
    assert [k for _, k, _ in _subjects(text)] == ["org"]


@pytest.mark.parametrize("text", [
    # the parcels the office hands out, for residents who suffered
    "Garut (ANTARA) - BPBD Kabupaten Garut mencatat 500 paket bagi warga yang terdampak banjir sudah dikirim.",
    # a company's own assets
    "Garut (ANTARA) - PT Listrik Priangan Garut mencatat 30 gardu yang terendam banjir.",
    # cases a police office handles are its own work
    "Garut (ANTARA) - Polres Garut menangani 15 kasus pencurian sepanjang 2024.",
    # a target the office sets
    "Klaten (ANTARA) - Dinas Pertanian Kabupaten Klaten menargetkan produksi gabah 80.000 ton pada 2025.",
    # a share is not a count of what happened
    "Klaten (ANTARA) - Dinas Pertanian Kabupaten Klaten mencatat produksi gabah naik 4 persen.",
    # what the office does to damaged things, or its own damaged things
    "Bandung (ANTARA) - Dinas PUPR Kabupaten Bandung memperbaiki 40 rumah yang rusak diterjang angin.",
    "Garut (ANTARA) - BPBD Kabupaten Garut menyebut 3 unit mobil operasional rusak.",
    # what the office gives to those struck
    "Garut (ANTARA) - Dinas Sosial Kabupaten Garut mencatat 1.200 KK terdampak telah menerima bantuan.",
    # a listed company's assets
    "Garut (ANTARA) - PLN UP3 Garut mencatat 30 gardu distribusi terendam banjir.",
    # a harvest counted in things, not weighed or measured
    "Garut (ANTARA) - Untuk produksi padi Dinas Pertanian Kabupaten Garut membagikan 300 unit pompa air.",
    # a harvest of a body that is not a Dinas
    "Garut (ANTARA) - Lapas Kelas IIB Garut mencatat produksi sayuran warga binaan 2 ton per bulan.",
])
def test_what_a_body_does_or_owns_stays_the_bodys(text):
    assert [k for _, k, _ in _subjects(text)] == ["org"]


@pytest.mark.parametrize("text, subjects", [
    # what a Dinas says of things its sentence places in an area, after 'di' or 'se-'
    ("Kendari (ANTARA) - Kepala Dinas Bina Marga Provinsi Sulawesi Tenggara Budi Santoso mengatakan jalan di Kabupaten "
     "Konawe yang mantap sepanjang 310 km atau 61 persen.", ["regency-konawe", "regency-konawe"]),
    ("Kendari (ANTARA) - Dinas Kesehatan Provinsi Sulawesi Tenggara mencatat kasus DBD se-Kabupaten Muna 120 kasus.",
     ["regency-muna"]),
    # the office's own area, pointed back to
    ("Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe mencatat produksi ikan di daerah itu 9.000 ton.",
     ["regency-konawe"]),
    # a figure measured against a target stays the area's, and so does the target
    ("Ungaran (ANTARA) - Dinas Pertanian Kabupaten Semarang mencatat panen kedelai di Kecamatan Getasan 900 ton "
     "dari target 1.000 ton.", ["kecamatan-getasan", "kecamatan-getasan"]),
    # a quota of goods the region is given, the place named or the office's own, and the figures it goes on with
    ("Jambi (ANTARA) - Dinas Pertanian Provinsi Jambi mencatat kuota pupuk bersubsidi di Kabupaten Kerinci 5.000 ton.",
     ["regency-kerinci"]),
    ("Ungaran (ANTARA) - Kepala Dinas Pertanian Kabupaten Semarang Budi Santoso mengatakan alokasi pupuk urea naik "
     "dari 4.100 ton menjadi 4.600 ton.", ["regency-semarang", "regency-semarang"]),
    ("Ungaran (ANTARA) - Alokasi pupuk urea di Kabupaten Semarang tahun ini sebanyak 9.100 ton.",
     ["regency-semarang"]),
])
def test_what_a_dinas_says_of_things_placed_in_an_area_is_the_areas(text, subjects):
    assert [s for s, _, _ in _subjects(text)] == subjects


@pytest.mark.parametrize("text", [
    # its money
    "Kendari (ANTARA) - Dinas Bina Marga Provinsi Sulawesi Tenggara mencatat perbaikan jalan di Kabupaten Konawe "
    "menelan Rp12 miliar.",
    # what it gives, and to whom
    "Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe mencatat perahu di Kecamatan Soropia yang disalurkan 40 unit.",
    "Kendari (ANTARA) - Dinas Sosial Kabupaten Konawe menyebut warga di Kecamatan Soropia penerima beras 300 orang.",
    # what it does to the things it counts
    "Kendari (ANTARA) - Dinas Bina Marga Kabupaten Konawe memperbaiki jalan di Kecamatan Soropia sepanjang 40 km.",
    # a target it sets, or that is set
    "Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe menargetkan produksi ikan di Kecamatan Soropia 900 ton.",
    "Kendari (ANTARA) - Kepala Dinas Perikanan Kabupaten Konawe Budi Santoso mengatakan produksi ikan di Kecamatan "
    "Soropia ditargetkan 900 ton.",
    # a body that is not a Dinas: its figures of an area are its own work
    "Kendari (ANTARA) - PLN UP3 Kendari mencatat pelanggan di Kabupaten Konawe 40.000 pelanggan.",
    # its aims, named as nouns
    "Jambi (ANTARA) - Dinas Kesehatan Provinsi Jambi mencatat sasaran vaksinasi di Kabupaten Kerinci 12.000 orang.",
    # a quota counted in money is a budget, the office's
    "Jambi (ANTARA) - Dinas Pertanian Provinsi Jambi mencatat alokasi anggaran pupuk di Kabupaten Kerinci Rp5 miliar.",
    # its own staff, with the possessive suffix
    "Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe mencatat pegawainya yang bertugas di Kecamatan Soropia 40 orang.",
    # a place outside the office's region
    "Kendari (ANTARA) - Dinas Kesehatan Kabupaten Konawe mencatat kasus DBD yang dirujuk di Kota Makassar 12 kasus.",
    # the area pointed back to is another place the text names just before
    "Kendari (ANTARA) - Banjir melanda Kecamatan Soropia. Dinas Sosial Kabupaten Konawe mencatat rumah rusak di daerah "
    "itu 40 unit.",
])
def test_a_dinas_figure_of_its_own_doing_or_of_a_body_that_is_no_dinas_stays_the_bodys(text):
    assert [k for _, k, _ in _subjects(text)] == ["org"]


@pytest.mark.parametrize("word", load().words["office_own_figure_words"])
def test_every_word_of_an_offices_own_figure_keeps_a_dinas_figure_the_offices(word):
    text = f"Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe mencatat {word} di Kecamatan Soropia 40 unit."
    assert [k for _, k, _ in _subjects(text)] == ["org"]


@pytest.mark.parametrize("words", load().words["own_area_anaphors"])
def test_every_word_pointing_to_an_offices_area_gives_a_dinas_figure_its_area(words):
    text = f"Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe mencatat produksi ikan di {words} 9.000 ton."
    assert [s for s, _, _ in _subjects(text)] == ["regency-konawe"]


@pytest.mark.parametrize("verb", load().words["target_verbs"])
def test_every_target_verb_keeps_a_dinas_figure_the_offices(verb):
    text = f"Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe mencatat produksi ikan di Kecamatan Soropia {verb} 900 ton."
    assert [k for _, k, _ in _subjects(text)] == ["org"]


@pytest.mark.parametrize("cue", load().words["total_cues"])
def test_every_total_cue_keeps_the_total_from_the_place(cue):
    text = f"Sleman (ANTARA) - Dinas Kesehatan Kabupaten Sleman mencatat kasus di Kecamatan Mlati 40 kasus {cue} 300 kasus."
    assert [s for s, _, v in _subjects(text) if v == 300] == ["dinas-kesehatan-kabupaten-sleman"]


def test_a_total_a_places_figure_is_a_share_of_is_not_the_places():
    f = kg.extract("Sleman (ANTARA) - Dinas Kesehatan Kabupaten Sleman mencatat kasus DBD di Kecamatan Mlati 40 kasus dari "
                   "total 300 kasus.")
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("kecamatan-mlati", 40), ("dinas-kesehatan-kabupaten-sleman", 300)]


def test_a_figure_of_another_item_after_a_places_figure_is_not_the_places():
    f = kg.extract("Ungaran (ANTARA) - Dinas Kesehatan Kabupaten Semarang mencatat kasus di Kecamatan Getasan 63 kasus, "
                   "TBC 40 kasus, dan HIV 12 kasus.")
    assert [(m.subject, m.value) for m in f.metrics][0] == ("kecamatan-getasan", 63)
    assert "kecamatan-getasan" not in [m.subject for m in f.metrics][1:]


@pytest.mark.parametrize("written", ["dua puluh lima ton", "seratus lima ton", "lima hingga enam ton"])
def test_a_number_word_that_ends_a_longer_number_or_a_range_is_no_figure_alone(written):
    f = kg.extract(f"Kendari (ANTARA) - Dinas Perikanan Kabupaten Konawe mencatat produksi ikan di daerah itu {written}.")
    assert [m.value for m in f.metrics if m.value in (5, 6)] == []


def test_items_of_a_list_of_areas_with_their_figures_and_targets_are_each_their_own():
    f = kg.extract("Ungaran (ANTARA) - Dinas Pertanian Kabupaten Semarang menyebut panen kedelai tertinggi di "
                   "Kecamatan Getasan 900 ton dari target 1.000 ton, Kecamatan Tengaran 700 ton dari target 800 ton, "
                   "Suruh 60 ton dari target 90 ton, dan Jambu enam ton dari target 10 ton.")
    assert [p.name for p in f.places][-4:] == ["Kecamatan Getasan", "Kecamatan Tengaran", "Suruh", "Jambu"]
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("kecamatan-getasan", 900), ("kecamatan-getasan", 1000), ("kecamatan-tengaran", 700),
        ("kecamatan-tengaran", 800), ("suruh", 60), ("suruh", 90), ("jambu", 6), ("jambu", 10)]


def test_a_list_item_whose_name_is_unknown_leaves_its_figures_out_rather_than_give_them_to_the_item_before():
    f = kg.extract("Ungaran (ANTARA) - Dinas Kesehatan Kabupaten Semarang mencatat kasus DBD terbanyak di Kecamatan "
                   "Getasan 63 kasus, Kecamatan Tengaran 59 kasus, Sukamakmur Lor 20 kasus dari 30 kasus, Ngemplak Baru 12 "
                   "kasus, dan Kecamatan Suruh 9 kasus.")
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("kecamatan-getasan", 63), ("kecamatan-tengaran", 59), ("kecamatan-suruh", 9)]


@pytest.mark.parametrize("item", ["Februari", "Senin", "Triwulan II", "Tahun 2024"])
def test_a_month_or_a_weekday_in_a_list_of_a_places_figures_is_no_unknown_name(item):
    f = kg.extract("Ungaran (ANTARA) - Dinas Kesehatan Kabupaten Semarang mencatat kasus DBD di Kecamatan Getasan "
                   f"Januari 63 kasus, {item} 59 kasus.")
    assert [(m.subject, m.value) for m in f.metrics] == [("kecamatan-getasan", 63), ("kecamatan-getasan", 59)]


@pytest.mark.parametrize("item, kept", [("TBC", "TBC"), ("Covid-19", "Covid-19")])
def test_an_acronym_or_a_name_with_digits_in_a_list_of_districts_is_not_left_out_as_an_unknown_place(item, kept):
    f = kg.extract("Ungaran (ANTARA) - Dinas Kesehatan Kabupaten Semarang mencatat kasus di Kecamatan Getasan 63 kasus, "
                   f"{item} 40 kasus.")
    assert [m.value for m in f.metrics] == [63, 40]


def test_a_left_out_items_next_figure_is_left_out_only_within_the_item():
    f = kg.extract("Ungaran (ANTARA) - Dinas Pertanian Kabupaten Semarang mencatat produksi di Kecamatan Getasan 90 ton, "
                   "Sukamakmur Lor 8 ton dari target 30 ton sedangkan Kecamatan Suruh 60 ton.")
    assert [(m.subject, m.value) for m in f.metrics] == [("kecamatan-getasan", 90), ("kecamatan-suruh", 60)]


def test_an_unknown_name_after_a_regions_figure_is_not_left_out():
    """Regencies and provinces are all in the gazetteer: a name the list of them goes on with is some other thing."""
    f = kg.extract("Semarang (ANTARA) - Ekspor Provinsi Jawa Tengah tumbuh 20 persen, Tekstil 15 persen.")
    assert [m.value for m in f.metrics] == [20, 15]


def test_an_unknown_name_among_the_parts_of_a_total_of_things_not_places_stays_with_the_total():
    f = kg.extract("Mataram (ANTARA) - PT Bank Negara Indonesia menyalurkan kredit usaha rakyat Rp6 triliun. Rinciannya, "
                   "KUR Mikro Rp4 triliun, KUR Kecil Rp1,5 triliun, dan KUR Super Mikro Rp0,5 triliun.")
    assert {m.subject for m in f.metrics} == {"bank-negara-indonesia"}
    assert len(f.metrics) == 4


def test_where_a_dinas_head_spoke_is_not_where_a_dinas_figure_is():
    f = kg.extract("Kendari (ANTARA) - Kepala Dinas Kesehatan Kabupaten Konawe Budi Santoso di Kota Kendari, Senin, "
                   "mengatakan kasus DBD tahun ini 120 kasus.")
    assert [m.subject for m in f.metrics] == ["regency-konawe"]  # the cases of the office's area


@pytest.mark.parametrize("said", ["Di Jakarta, Senin, disebutkan", "Di Jakarta, dalam rapat kerja, disebutkan"])
def test_an_opening_place_that_says_where_something_was_said_moves_nothing(said):
    f = kg.extract(f"Jakarta (ANTARA) - Kuota haji Provinsi Jawa Barat tahun ini 38.000 jemaah. {said} ada kuota "
                   "tambahan 500 jemaah untuk provinsi itu.")
    assert [m.subject for m in f.metrics] == ["jawa-barat", "jawa-barat"]


@pytest.mark.parametrize("text, subjects", [
    ("Kendal (ANTARA) - Dinas Kesehatan Kabupaten Kendal mencatat 90 kasus campak selama Mei.", ["regency-kendal"]),
    ("Kendal (ANTARA) - Dinkes Kabupaten Kendal menyebut penderita TBC tahun ini sebanyak 1.100 orang.",
     ["regency-kendal"]),
    # the disease named as what the cases are of in the sentence before
    ("Kendal (ANTARA) - Kasus demam berdarah di Kabupaten Kendal naik, kata Dinas Kesehatan Kabupaten Kendal. "
     "Hingga Mei tercatat ada 640 kasus.", ["regency-kendal"]),
])
def test_cases_of_a_disease_a_regional_office_records_are_the_areas(text, subjects):
    assert [s for s, k, _ in _subjects(text) if k == "place"] == subjects


@pytest.mark.parametrize("text", [
    # a disease merely named before: the cases are the office's claims
    "Kendal (ANTARA) - Klaim naik sejak pandemi COVID-19, kata Dinas Sosial Kabupaten Kendal. Klaim itu terdiri atas "
    "900 kasus.",
    # what the office does to the cases is its own work
    "Kendal (ANTARA) - Dinas Kesehatan Kabupaten Kendal menangani 40 kasus campak selama Mei.",
])
def test_cases_that_are_no_diseases_record_stay_the_offices(text):
    assert [k for _, k, _ in _subjects(text)] == ["org"]


def test_cases_of_an_area_carry_the_area_to_the_months_quoted_after():
    f = kg.extract("Kendal (ANTARA) - Dinas Kesehatan Kabupaten Kendal mencatat 900 kasus DBD sampai April. "
                   "\"Jumlah kasus Januari 410, Februari 490,\" kata Kepala Dinkes Kabupaten Kendal Rudi Hartono.")
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("regency-kendal", Decimal("900")), ("regency-kendal", Decimal("410")), ("regency-kendal", Decimal("490"))]


@pytest.mark.parametrize("text, subjects", [
    # a village written before the office's regency, through its district
    ("Bogor (ANTARA) - Longsor melanda Desa Sukamaju, Kecamatan Cisarua, Kabupaten Bogor. Data BPBD Kabupaten Bogor "
     "mencatat 50 rumah rusak berat.", ["desa-sukamaju"]),
    # a national agency serves no area: where the sentence before says it happened, two sentences back at most
    ("Jakarta (ANTARA) - Badan Nasional Penanggulangan Bencana melaporkan banjir di Desa Sukamaju, Kabupaten Garut, "
     "terjadi sejak Jumat. Air setinggi dua meter merendam rumah warga. Sebanyak 40 rumah terendam.",
     ["desa-sukamaju"]),
])
def test_a_record_is_of_the_part_of_the_area_the_text_places_it_in(text, subjects):
    assert [s for s, k, _ in _subjects(text) if k == "place"] == subjects


def test_what_an_office_records_of_its_area_leaves_the_office_in_focus():
    f = kg.extract("Garut (ANTARA) - BPBD Kabupaten Garut mencatat 340 rumah terendam banjir. Petugas juga mendirikan "
                   "10 tenda darurat.")
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("regency-garut", Decimal("340")), ("bpbd-kabupaten-garut", Decimal("10"))]


def test_a_sentence_opening_with_where_moves_a_regions_figures_to_the_region_it_names():
    f = kg.extract("Jakarta (ANTARA) - Kuota haji Provinsi Jawa Timur tahun ini 35.000 jemaah. Di Provinsi Bali kuota "
                   "tahun ini 700 jemaah, termasuk tambahan 60 jemaah.")
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("jawa-timur", Decimal("35000")), ("bali", Decimal("700")), ("bali", Decimal("60"))]


@pytest.mark.parametrize("text", [
    # the focus is an office: its figures stay its own wherever the sentence opens
    "Malang (ANTARA) - Kantor Kementerian Agama Kota Malang melayani 1.200 jemaah. Di Kota Batu tercatat 300 jemaah.",
    # someone named after the place says the figure: theirs
    "Jakarta (ANTARA) - Kuota haji Provinsi Jawa Timur tahun ini 35.000 jemaah. Di Provinsi Bali Kepala Kanwil "
    "Kementerian Agama Bali Ahmad Yani menyebut kuota 700 jemaah.",
])
def test_an_opening_place_leaves_a_figure_someone_else_owns(text):
    assert [k for _, k, _ in _subjects(text)][-1] == "org"


def test_a_division_named_after_a_count_of_such_divisions_is_not_their_region():
    text = ("Sigi (ANTARA) - Dinas Kesehatan Kabupaten Sigi mencatat diare tersebar di 12 kecamatan, "
            "terbanyak di Kecamatan Dolo.")
    assert [(s, k) for s, k, _ in _subjects(text)] == [("regency-sigi", "place")]


def test_a_figure_ending_its_clause_restates_the_count_its_lead_names():
    text = ("Solok (ANTARA) - Sebanyak 900 warga Kota Solok belum memiliki kartu keluarga. "
            "Kepala Dinas Kependudukan Kota Solok, Andi Saputra mengatakan, jumlah warga yang belum memiliki "
            "kartu keluarga ada 900.")
    assert [(s, v) for s, _, v in _subjects(text)] == [("city-solok", Decimal("900"))]


def test_a_place_in_the_dateline_does_not_outrank_the_place_the_sentence_names():
    text = "Kupang (ANTARA) - Sebanyak 120.000 keluarga penerima manfaat Nusa Tenggara Timur akan mendapat bantuan pangan."
    assert _subject_values(text) == [("nusa-tenggara-timur", Decimal("120000"))]


@pytest.mark.parametrize("noun", load().words["numbered_region_words"])
def test_a_statistic_of_a_numbered_area_is_the_areas_not_the_citys(noun):
    text = (f"Malang (ANTARA) - Kepala Otoritas Jasa Keuangan (OJK) Malang, Budi Santoso, menyebutkan kredit perbankan "
            f"di {noun} 4 Malang tumbuh 6,5 persen. Pada bank syariah, DPK naik menjadi Rp5 triliun, kata Budi dalam "
            f"paparan akhir tahun OJK Malang. Aset BPR di {noun.capitalize()} IV Malang naik 3,2 persen.")
    facts = kg.extract(text)
    area = f"{noun}-iv-malang"
    assert [(m.subject, m.value) for m in facts.metrics] == [
        (area, Decimal("6.5")), (area, Decimal("5000000000000")), (area, Decimal("3.2"))]  # the '4' counts nothing
    assert [p.name for p in facts.places if p.key == area] == [f"{noun} IV Malang"]


@pytest.mark.parametrize("verb", load().words["occurrence_verbs"])
@pytest.mark.parametrize("link", load().words["occurrence_figure_links"])
def test_a_place_where_its_figure_occurs_is_where_the_figure_is_even_after_the_speaker(verb, link):
    text = ("Surabaya (ANTARA) - Kepala Dinas Kesehatan Provinsi Jawa Timur, Rina Wulandari, mengatakan kasus campak "
            f"terbanyak {verb} di Kabupaten Jember {link} 210 kasus.")
    assert _subject_values(text) == [("regency-jember", Decimal("210"))]


def test_a_place_where_an_office_does_its_work_leaves_the_figure_to_the_office():
    text = ("Surabaya (ANTARA) - Kepala Dinas Sosial Provinsi Jawa Timur, Rina Wulandari, mengatakan dinasnya "
            "menyalurkan bantuan di Kabupaten Jember dengan 210 paket.")
    assert "regency-jember" not in [s for s, _ in _subject_values(text)]


@pytest.mark.parametrize("marker", load().words["nation_place_markers"])
def test_a_count_its_clause_places_in_the_nation_is_the_nations_not_the_region_in_focus(marker):
    text = ("Surabaya (ANTARA) - Dinas Kesehatan Provinsi Jawa Timur mencatat 900 kasus campak. Kasus terbanyak ada di "
            f"Kabupaten Jember. Adapun jumlah kasus campak {marker} selama 2024 mencapai 3.100 kasus.")
    assert _subject_values(text)[-1] == ("indonesia", Decimal("3100"))


@pytest.mark.parametrize("sentence", [
    "Adapun BI Kediri menyediakan Rp40 miliar uang baru menjelang Lebaran.",
    "Adapun BI Kediri menyiapkan Rp40 miliar uang baru menjelang Lebaran.",
    "Adapun uang baru yang disiapkan BI Kediri sebanyak Rp40 miliar.",
    "Adapun uang baru yang disediakan BI Kediri sebanyak Rp40 miliar.",
])
def test_what_a_regional_office_of_a_statistics_reporter_provides_is_its_own(sentence):
    text = ("Kediri (ANTARA) - Kepala Kantor Perwakilan Bank Indonesia Kediri, Andi Wijaya, mengatakan kebutuhan uang di "
            f"Kediri naik. {sentence}")
    assert _subject_values(text) == [("bank-indonesia/kantor-perwakilan-kediri", Decimal("40000000000"))]


def test_a_count_called_national_after_a_branchs_is_the_nations():
    # no office of one region counts the nation: the figure is the country's (GOLD: 'nasional' is Indonesia)
    text = ("Jakarta (ANTARA) - BPJS Kesehatan Cabang Jakarta Timur mencatat 900 peserta baru. Peserta baru "
            "secara nasional mencapai 3.100 orang.")
    assert _subject_values(text) == [("bpjs-kesehatan/kantor-cabang-jakarta-timur", Decimal("900")),
                                     ("indonesia", Decimal("3100"))]


def test_a_count_a_national_body_calls_national_stays_its_own():
    text = ("Jakarta (ANTARA) - BPJS Kesehatan mencatat 900 peserta baru di Jakarta. Peserta baru "
            "secara nasional mencapai 3.100 orang.")
    assert ("bpjs-kesehatan", Decimal("3100")) in _subject_values(text)


@pytest.mark.parametrize("marker", ["di Tanah Air", "di tanah air"])
def test_a_statistic_in_the_homeland_is_the_nations(marker):
    text = (f"Padang (ANTARA) - Badan Pusat Statistik Provinsi Sumatera Barat mencatat inflasi {marker} pada Mei 2024 "
            "sebesar 2,8 persen.")
    assert _subject_values(text) == [("indonesia", Decimal("2.8"))]


@pytest.mark.parametrize("text, expected", [
    # the national statistics agency's statistic that names no region is the nation's
    ("Jakarta (ANTARA) - Badan Pusat Statistik (BPS) melaporkan laju inflasi Agustus 2025 sebesar 0,31 persen.",
     [("indonesia", Decimal("0.31"))]),
    ("Jakarta (ANTARA) - BPS mencatat inflasi Agustus 2025 sebesar 0,31 persen, kata Kepala BPS Rudi Santosa.",
     [("indonesia", Decimal("0.31"))]),
    # one of its provincial offices compiles its province's
    ("Medan (ANTARA) - BPS Provinsi Sumatera Utara mencatat inflasi pada Agustus 2025 sebesar 0,31 persen.",
     [("sumatera-utara", Decimal("0.31"))]),
    # a region the sentence names is the statistic's, whoever compiles it
    ("Jakarta (ANTARA) - BPS mencatat inflasi di Provinsi Bengkulu pada Agustus 2025 sebesar 0,31 persen.",
     [("bengkulu", Decimal("0.31"))]),
])
def test_the_national_statistics_agency_describes_the_nation(text, expected):
    assert _subject_values(text) == expected


@pytest.mark.parametrize("tail, expected", [
    # the nation's figure, said in a clause that opens with 'yang' after the national marker and its comma
    ("Angka itu lebih rendah dibandingkan kredit bermasalah secara nasional, yang mencapai 3,1 persen.",
     ("indonesia", Decimal("3.1"))),
    # the region's share of the nation's whole: 'terhadap … nasional' names what it is a share of
    ("Penyaluran itu memberi kontribusi terhadap kredit perbankan nasional sebesar 4,7 persen.",
     ("sulawesi-tengah", Decimal("4.7"))),
])
def test_a_national_marker_names_the_nation_only_where_it_says_whose_the_figure_is(tail, expected):
    text = ("Palu (ANTARA) - OJK Sulawesi Tengah mencatat kredit bermasalah perbankan di Sulawesi Tengah sebesar "
            f"2,2 persen. {tail}")
    assert _subject_values(text)[-1] == expected


@pytest.mark.parametrize("quoted, expected", [
    # the quotation goes on counting the region's cases: the region's
    ('"Jumlah kasus Maret 300, jumlah April 640,"', ["city-bogor", "city-bogor", "city-bogor"]),
    # the quotation counts the office's own work: the office's
    ('"Kami menurunkan 300 petugas,"', ["city-bogor", "dinas-kesehatan-kota-bogor"]),
])
def test_a_quotation_that_goes_on_with_a_regions_count_is_the_regions(quoted, expected):
    text = ("Bogor (ANTARA) - Dinas Kesehatan Kota Bogor mencatat kasus campak. Adapun jumlah kasus campak di Kota Bogor "
            f"sampai Mei mencapai 940 kasus. {quoted} kata Kepala Dinkes Kota Bogor, Dedi Kurnia.")
    assert [s for s, _ in _subject_values(text)] == expected


@pytest.mark.parametrize("text", [
    "Singaraja (ANTARA) - Sebanyak 500 pedagang meramaikan pasar malam selama sepekan.",
    "Denpasar (ANTARA) - Di Singaraja, sebanyak 300 rumah terendam banjir dan 1.200 warga mengungsi.",
])
def test_a_regency_seat_is_a_place_but_no_figure_is_given_to_it(text):
    facts = kg.extract(text)
    assert ("Singaraja", "town") in [(p.name, p.kind) for p in facts.places]
    assert [m.subject for m in facts.metrics if m.subject.endswith("singaraja")] == []


# ------------------------------------------------------------ subjects said before the figure's sentence
CASH_OFFICE = "bank-indonesia/kantor-perwakilan-kota-madiun"


@pytest.mark.parametrize("cue", load().words["breakdown_cues"])
def test_a_part_of_a_total_is_about_whom_the_total_is_about(cue):
    text = (f"Madiun (ANTARA) - Kantor Perwakilan Bank Indonesia Madiun mengedarkan uang Rp2,5 triliun selama Lebaran, "
            f"{cue} Rp400 miliar uang baru.")
    metrics = kg.extract(text).metrics
    assert [(m.subject, m.value) for m in metrics] == [(CASH_OFFICE, Decimal("2500000000000")),
                                                       (CASH_OFFICE, Decimal("400000000000"))]
    assert metrics[1].part_of == 0


def test_a_sentence_breaking_down_the_total_before_it_gives_the_parts_the_totals_subject():
    text = ("Madiun (ANTARA) - Kantor Perwakilan Bank Indonesia Madiun menyediakan Rp2,5 triliun bagi penukaran jelang "
            "Natal 2024 di empat kabupaten. Keempat kabupaten itu antara lain Ponorogo dan Magetan. Jumlah tersebut "
            "terdiri dari Rp400 miliar pecahan kecil dan Rp2,1 triliun pecahan besar.")
    metrics = kg.extract(text).metrics
    assert [m.subject for m in metrics] == [CASH_OFFICE] * 3
    assert [m.part_of for m in metrics] == [None, 0, 0]


BREAKDOWN_AFTER_A_QUOTE = (
    "Ternate (ANTARA) - BPJS Kesehatan Maluku Utara menyalurkan dana kapitasi Rp50 miliar pada 2023. \"Dana cair tepat "
    "waktu,\" kata Kepala BPJS Kesehatan Cabang Tidore Andi Wijaya. {lead} meliputi dana puskesmas Rp40 miliar untuk "
    "3.100 dokter dan dana klinik Rp10 miliar untuk 85 dokter.")


@pytest.mark.parametrize("lead", ["Ia merinci penyaluran dana tersebut", "Menurutnya, dana itu"])
def test_words_naming_no_one_that_point_back_before_a_breakdown_give_the_parts_the_totals_subject(lead):
    metrics = kg.extract(BREAKDOWN_AFTER_A_QUOTE.format(lead=lead)).metrics
    assert [m.subject for m in metrics] == ["bpjs-kesehatan/maluku-utara"] * 5
    assert [m.part_of for m in metrics] == [None, 0, None, 0, None]


def test_a_count_beside_each_part_of_a_breakdown_is_about_whom_the_part_is():
    text = BREAKDOWN_AFTER_A_QUOTE.format(lead="Ia merinci penyaluran dana tersebut")
    assert _subject_values(text)[1:] == [("bpjs-kesehatan/maluku-utara", v) for v in
                                         (Decimal("40000000000"), Decimal("3100"), Decimal("10000000000"), Decimal("85"))]


@pytest.mark.parametrize("text", [
    "BPJS Kesehatan Ambon membayar klaim Rp50 miliar pada 2023. Dinas Kesehatan Kota Ambon menyiapkan anggaran baru. "
    "Anggaran tahun ini yakni Rp5 miliar.",
    "BPJS Kesehatan Ambon membayar klaim Rp50 miliar pada 2023. Dinas Kesehatan Kota Ambon menyiapkan anggaran baru. "
    "Ia menyebut program itu meliputi bantuan Rp2 miliar.",
    "Dinas Sosial Kota Ambon membantu 500 warga. Pemerintah Kabupaten Buru juga menggelar pelatihan kerja. Menurutnya, "
    "pelatihan itu meliputi 30 peserta.",
])
def test_words_pointing_to_something_other_than_the_total_make_no_part_of_it(text):
    metrics = kg.extract("Ambon (ANTARA) - " + text).metrics
    assert metrics[1].part_of is None and metrics[1].subject != metrics[0].subject


def test_a_breakdown_after_words_that_name_another_office_is_not_the_totals():
    text = ("Palu (ANTARA) - BPJS Ketenagakerjaan Sulawesi Tengah membayar klaim Rp50 miliar pada 2023. "
            "BPJS Ketenagakerjaan Cabang Luwuk menyebut klaim itu terdiri atas Jaminan Pensiun Rp40 miliar.")
    assert [m.subject for m in kg.extract(text).metrics][1:] == ["bpjs-ketenagakerjaan/kantor-cabang-luwuk"]


def test_a_part_that_names_its_own_region_keeps_it():
    text = ("Surabaya (ANTARA) - Badan Pusat Statistik mencatat 900 penduduk miskin baru, terdiri dari Kabupaten Blitar "
            "500 orang dan Kabupaten Tulungagung 400 orang.")
    assert [s for s, _ in _subject_values(text)][1:] == ["regency-blitar", "regency-tulungagung"]


@pytest.mark.parametrize("opener", load().words["pointing_back_openers"])
def test_a_figure_pointing_back_to_the_figure_before_keeps_its_subject(opener):
    text = ("Madiun (ANTARA) - Data dari BI Madiun, permintaan uang baru jelang Natal 2022 sebesar Rp31 miliar. "
            f"{opener[0].upper() + opener[1:]} naik menjadi Rp35 miliar pada Natal 2023.")
    assert [s for s, _ in _subject_values(text)] == ["bank-indonesia/madiun"] * 2


@pytest.mark.parametrize("cue", load().words["source_data_cues"])
def test_an_office_cited_as_the_source_of_a_figure_owns_it(cue):
    text = f"Madiun (ANTARA) - Menurut {cue} BI Madiun, permintaan uang baru jelang Natal 2022 sebesar Rp31 miliar."
    assert _subject_values(text) == [("bank-indonesia/madiun", Decimal("31000000000"))]


@pytest.mark.parametrize("text, subject", [
    # a statistics agency only compiles statistics about regions
    ("Madiun (ANTARA) - Data dari BPS Kota Madiun, jumlah wisatawan pada 2023 mencapai 120.000 orang.", "city-madiun"),
    # a statistic of a region stays the region's, whoever is its source
    ("Madiun (ANTARA) - Data dari BI Madiun, inflasi tahunan pada Mei 2024 sebesar 2,1 persen.", "city-madiun"),
])
def test_a_cited_source_leaves_a_regions_statistic_to_the_region(text, subject):
    assert [s for s, _ in _subject_values(text)] == [subject]


@pytest.mark.parametrize("verb", load().words["operation_verbs"])
@pytest.mark.parametrize("auxiliary", ["", *load().words["verb_auxiliaries"]])
def test_what_an_office_does_as_its_own_work_is_its_own_where_a_place_is_named(verb, auxiliary):
    text = f"Kediri (ANTARA) - Kantor Perwakilan Bank Indonesia Kediri {auxiliary} {verb} Rp20 miliar di Kabupaten Blitar."
    assert _subject_values(" ".join(text.split())) == [("bank-indonesia/kantor-perwakilan-kota-kediri",
                                                        Decimal("20000000000"))]


@pytest.mark.parametrize("text", [
    "Garut (ANTARA) - Kepala OJK Tasikmalaya Rudi Hartono mengatakan pengawasan Otoritas Jasa Keuangan (OJK) "
    "Tasikmalaya terhadap 38 BPR di Kabupaten Garut berjalan baik.",
    "Garut (ANTARA) - Kepala OJK Tasikmalaya Rudi Hartono mengatakan pembinaan Otoritas Jasa Keuangan (OJK) "
    "Tasikmalaya terhadap 38 BPR di Kabupaten Garut berjalan baik.",
    "Garut (ANTARA) - Otoritas Jasa Keuangan (OJK) Tasikmalaya mencatat 38 BPR yang diawasi kantor itu di Kabupaten Garut.",
    "Garut (ANTARA) - Otoritas Jasa Keuangan (OJK) Tasikmalaya mencatat 38 BPR yang dibina kantor itu di Kabupaten Garut.",
    "Garut (ANTARA) - Otoritas Jasa Keuangan (OJK) Tasikmalaya mengawasi 38 BPR di Kabupaten Garut.",
])
def test_what_a_supervising_office_supervises_is_the_offices(text):
    assert [s.split("/")[0] for s, _ in _subject_values(text)] == ["otoritas-jasa-keuangan"]


def test_complaints_an_office_receives_are_its_own_work_however_the_press_words_them():
    text = ("Bandung (ANTARA) - Kepala OJK Jawa Barat Rudi Hartono mengatakan aduan terbanyak berasal dari sektor "
            "perbankan, yakni 410 laporan.")
    assert [s.split("/")[0] for s, _ in _subject_values(text)] == ["otoritas-jasa-keuangan"]


def test_a_number_inside_a_name_counts_nothing():
    text = "Semarang (ANTARA) - PT KAI Daerah Operasi 4 Semarang (Daop 4 Semarang) telah melayani 640.000 penumpang."
    assert [v for _, v in _subject_values(text)] == [Decimal("640000")]


@pytest.mark.parametrize("verb", load().words["occurrence_verbs"])
def test_a_place_where_something_occurs_with_its_figure_in_a_sentence_naming_no_one_is_the_figures(verb):
    text = ("Surabaya (ANTARA) - Dinas Kesehatan Provinsi Jawa Timur mencatat 640 kasus campak sepanjang 2024. "
            f"Selanjutnya, kasus terbanyak {verb} di Kabupaten Jember dengan 120 kasus.")
    assert [s for s, _ in _subject_values(text)] == ["jawa-timur", "regency-jember"]


@pytest.mark.parametrize("each", load().words["distributive_words"])
def test_a_figure_each_of_a_list_of_places_has_is_each_places(each):
    text = ("Kupang (ANTARA) - Dinas Kesehatan Provinsi Nusa Tenggara Timur mencatat 40 kasus malaria pada Maret 2024. "
            f"Kabupaten Alor, Kabupaten Belu, dan Kabupaten Sikka {each} 5 kasus.")
    assert _subject_values(text)[1:] == [("regency-alor", Decimal("5")), ("regency-belu", Decimal("5")),
                                         ("regency-sikka", Decimal("5"))]


def test_a_spelled_out_figure_each_of_a_list_has_goes_to_the_names_the_article_knows():
    text = ("Kupang (ANTARA) - Dinas Kesehatan Provinsi Nusa Tenggara Timur mencatat 40 kasus malaria pada Maret 2024. "
            "Kabupaten Alor, Wolotopo dan Kabupaten Sikka masing-masing dua kasus.")
    assert _subject_values(text)[1:] == [("regency-alor", Decimal("2")), ("regency-sikka", Decimal("2"))]


@pytest.mark.parametrize("text", [
    # no list of names before 'masing-masing': a spelled-out number stays no figure
    "Kupang (ANTARA) - Dinas Kesehatan Provinsi Nusa Tenggara Timur mencatat 40 kasus malaria pada Maret 2024. "
    "Petugas memberikan masing-masing dua paket obat.",
    # one name is no list
    "Kupang (ANTARA) - Dinas Kesehatan Provinsi Nusa Tenggara Timur mencatat 40 kasus malaria pada Maret 2024. "
    "Kabupaten Alor masing-masing dua kasus.",
])
def test_masing_masing_after_no_list_of_names_distributes_nothing(text):
    assert _subject_values(text) == [("nusa-tenggara-timur", Decimal("40"))]


def test_organisations_in_a_list_each_have_the_figure():
    text = "Surabaya (ANTARA) - Bank Sinar Jaya dan Bank Bahari Makmur masing-masing sebesar Rp5 miliar menyalurkan kredit."
    assert _subject_values(text) == [("bank-sinar-jaya", Decimal("5000000000")),
                                     ("bank-bahari-makmur", Decimal("5000000000"))]


@pytest.mark.parametrize("text, subject", [
    ("Jakarta (ANTARA) - Badan Pusat Statistik mencatat inflasi Mei 2024 sebesar 0,4 persen.", "indonesia"),
    ("Jakarta (ANTARA) - \"Inflasi Mei 2024 sebesar 0,4 persen,\" kata Kepala Badan Pusat Statistik Rina Sari.",
     "indonesia"),
    # a regional office of the agency: its region
    ("Kupang (ANTARA) - Badan Pusat Statistik Provinsi Nusa Tenggara Timur mencatat inflasi Mei 2024 sebesar 0,4 persen.",
     "nusa-tenggara-timur"),
    # a central bank's figures may be its own work: not given to the nation
    ("Jakarta (ANTARA) - Bank Indonesia mencatat inflasi Mei 2024 sebesar 0,4 persen.", "bank-indonesia"),
])
def test_a_statistic_of_the_national_statistics_agency_with_no_region_is_the_nations(text, subject):
    assert [s for s, _ in _subject_values(text)] == [subject]


@pytest.mark.parametrize("verb", load().words["speech_verbs_before"])
def test_a_region_that_opens_a_reported_clause_is_its_figures_topic(verb):
    text = (f"Waingapu (ANTARA) - Kepala Dinas Pendidikan Kabupaten Sumba Timur Yohanes Lado {verb}, Kabupaten Sumba "
            "Timur membutuhkan 900 guru.")
    assert _subject_values(text) == [("regency-sumba-timur", Decimal("900"))]


@pytest.mark.parametrize("verb", load().words["speech_verbs_after"])
def test_where_a_quotation_was_said_is_not_what_its_figure_is_about(verb):
    text = (f'Surabaya (ANTARA) - "Tahun ini santunan yang kami bayarkan mencapai Rp3 miliar," {verb} Direktur '
            "Keuangan Sinar Bahari Andi Wijaya di Kota Malang.")
    assert "city-malang" not in [s for s, _ in _subject_values(text)]


@pytest.mark.parametrize("to", load().words["distributive_pair_prepositions"])
def test_figures_each_for_a_list_of_names_pair_in_order(to):
    text = ("Kupang (ANTARA) - Pemerintah Provinsi Nusa Tenggara Timur menyalurkan bantuan Rp5 miliar, Rp4 miliar dan "
            f"Rp3 miliar masing-masing {to} Kabupaten Alor, Kabupaten Belu dan Kabupaten Sikka.")
    assert _subject_values(text) == [("regency-alor", Decimal("5000000000")), ("regency-belu", Decimal("4000000000")),
                                     ("regency-sikka", Decimal("3000000000"))]


@pytest.mark.parametrize("names", ["Kabupaten Alor, Kabupaten Belu dan Kabupaten Sikka", "Kabupaten Alor dan Wolotopo"])
def test_figures_and_names_that_do_not_pair_stay_with_whoever_gives_them(names):
    text = ("Kupang (ANTARA) - Pemerintah Provinsi Nusa Tenggara Timur menyalurkan bantuan Rp5 miliar dan Rp3 miliar "
            f"masing-masing untuk {names}.")
    assert {s for s, _ in _subject_values(text)} == {"pemerintah-provinsi-nusa-tenggara-timur"}


@pytest.mark.parametrize("word", ["Wilayah", "Kawasan", "Daerah"])
def test_a_place_ending_a_name_the_article_does_not_know_is_no_topic(word):
    text = ("Kupang (ANTARA) - PT Sinar Bahari Kantor Wilayah Kupang meraih penghargaan. Target pencapaian Kantor Sinar "
            f"{word} Kupang sebesar Rp4 triliun.")
    assert _subject_values(text) == [("sinar-bahari/kantor-wilayah-kupang", Decimal("4000000000000"))]


@pytest.mark.parametrize("province", ["Provinsi Nusa Tenggara Timur", "Nusa Tenggara Timur"])
def test_a_place_set_off_by_commas_after_another_only_locates_it(province):
    text = f"Waingapu (ANTARA) - Kabupaten Sumba Timur, {province}, kekurangan 900 guru."
    assert _subject_values(text) == [("regency-sumba-timur", Decimal("900"))]


def test_a_bare_statistics_agency_in_an_article_about_its_regional_office_is_not_the_nation():
    text = ("Kepala BPS Kota Kediri Sari Lestari mengatakan harga cabai naik. Menurut dia, BPS mencatat inflasi Juli "
            "0,4 persen.")
    assert "indonesia" not in [s for s, _ in _subject_values(text)]


@pytest.mark.parametrize("text", [
    # the province only says where the first regency lies: no list of one kind
    "Sekolah rusak di Kabupaten Blora, Jawa Tengah dan Kabupaten Sleman masing-masing 4 unit.",
    # the list says where the recipients live, after 'kepada'
    "Pemkab Blora menyalurkan bantuan kepada 300 warga Kecamatan Cepu dan Kecamatan Randublatung masing-masing Rp2 juta.",
])
def test_a_list_that_is_no_set_of_holders_shares_no_figure(text):
    subjects = [s for s, _ in _subject_values(text)]
    assert "jawa-tengah" not in subjects and not any(s.startswith("kecamatan-") for s in subjects)


def test_a_city_abroad_is_no_figures_subject():
    text = "Kepala Dinas Tenaga Kerja Blora Sari Lestari mengatakan 40 pekerja migran dipulangkan dari Kuala Lumpur."
    assert "kuala-lumpur" not in [s for s, _ in _subject_values(text)]


def test_a_price_per_measure_of_a_good_is_its_areas_statistic_not_the_monitoring_offices():
    by_value = _subject_by_value(
        "Tegal (ANTARA) - Kepala Dinas Perdagangan Kota Tegal Budi Santoso mengatakan harga cabai rawit "
        "Rp38.000 per kilogram dan daging sapi Rp120.000/kg. Dinas itu juga menyalurkan bantuan Rp50 juta kepada pedagang.")
    assert by_value[Decimal("38000")] == by_value[Decimal("120000")] == "city-tegal"
    assert by_value[Decimal("50000000")] == "dinas-perdagangan-kota-tegal"  # the office's own spending stays its own


@pytest.mark.parametrize("prices", [
    "harga gula Rp16.000, minyak goreng Rp18.500 dan telur Rp28.000 per kilogramnya",
    "harga cabai mulai dari Rp40.000 sampai Rp45.000 per kilogram",
])
def test_prices_of_a_list_or_a_range_share_the_measure_after_the_last(prices):
    f = kg.extract(f"Tegal (ANTARA) - Kepala Dinas Perdagangan Kota Tegal Budi Santoso mengatakan {prices}.")
    assert {m.subject for m in f.metrics} == {"city-tegal"}


def test_an_amount_before_a_list_of_other_things_shares_no_measure():
    f = kg.extract("Tegal (ANTARA) - Kepala Dinas Perdagangan Kota Tegal Budi Santoso mengatakan harga stabil. "
                   "Dinas itu menyalurkan bantuan Rp50 juta, beras 10 ton dan minyak 200 liter.")
    assert [m.subject for m in f.metrics if m.unit == "IDR"] == ["dinas-perdagangan-kota-tegal"]


def test_a_price_per_measure_of_a_programmes_good_is_no_amount_the_programme_pays_each():
    """'beras SPHP Rp12.500 per kilogram': 'per kilogram' is the good's measure, not a recipient the programme pays
    for each; the price is the area's, as the next one is."""
    f = kg.extract("Malang (ANTARA) - Dinas Perdagangan Kota Batu memantau harga di pasar tradisional. Ia menyebutkan "
                   "harga beras SPHP Rp12.500 per kilogram. \"Gula pasir Rp17.000 per kilogram,\" katanya.")
    assert [(m.value, m.subject) for m in f.metrics] == [
        (Decimal("12500"), "city-batu"), (Decimal("17000"), "city-batu")]


def test_a_slash_after_a_figure_is_a_price_measure_only_before_a_measure_word():
    f = kg.extract("Tegal (ANTARA) - Dinas Perdagangan Kota Tegal mencatat harga telur Rp1.300/butir. "
                   "Aturan itu tertuang dalam PMK 70/PMK.05/2021.")
    assert [m.value for m in f.metrics] == [Decimal("1300")]


@pytest.mark.parametrize("text, subject", [
    ("Bontang (ANTARA) - PT Pupuk Borneo menjual pupuk nonsubsidi Rp9.000 per kilogram.", "pupuk-borneo"),
    ("Bima (ANTARA) - Perum Bulog Cabang Bima membeli gabah petani Rp6.000 per kg.", "bulog/kantor-cabang-bima"),
    ("Medan (ANTARA) - Dinas Perdagangan Kota Medan menggelar pasar murah. Beras dijual Rp12.500 per kilogram.",
     "dinas-perdagangan-kota-medan"),
    # bought after the figure, in its own clause
    ("Tegal (ANTARA) - Dinas Perdagangan Kota Tegal mencatat harga gabah Rp6.500 per kg yang dibeli Bulog dari petani.",
     "dinas-perdagangan-kota-tegal"),
    # the area's price, where the clause says the province is where it is
    ("Mataram (ANTARA) - Dinas Perdagangan Kota Mataram mencatat harga beras di Provinsi Nusa Tenggara Barat rata-rata "
     "Rp14.000 per kg.",
     "nusa-tenggara-barat"),
])
def test_a_price_someone_sells_buys_or_sets_at_is_theirs_not_the_areas(text, subject):
    assert [m.subject for m in kg.extract(text).metrics] == [subject]


def test_a_range_gives_its_two_bounds_as_the_least_and_the_most():
    f = kg.extract("Jambi (ANTARA) - Kepala Perwakilan BI Jambi Budi Santoso memperkirakan ekonomi Jambi tumbuh "
                   "4,5-5,3 persen pada 2025.")
    bounds = sorted((m.value, m.qualifier, m.indicator_label) for m in f.metrics)
    assert [(v, q) for v, q, _ in bounds] == [(Decimal("4.5"), "at_least"), (Decimal("5.3"), "at_most")]
    assert bounds[0][2] == bounds[1][2] is not None


@pytest.mark.parametrize("text", [
    "Tegal (ANTARA) - Dinas Perdagangan Kota Tegal, Jawa Tengah, mencatat harga bawang merah Rp38.000 per kg.",
    "Tegal (ANTARA) - Dinas Perdagangan Kota Tegal mencatat harga minyak goreng Rp17.000 per liter, di atas harga "
    "eceran tertinggi yang ditetapkan pemerintah.",
])
def test_a_market_price_goes_to_the_offices_town_before_the_province_and_a_price_set_after_it_does_not_count(text):
    assert [m.subject for m in kg.extract(text).metrics] == ["city-tegal"]


def test_each_bound_of_a_range_is_read_as_the_whole_range_for_what_it_counts():
    f = kg.extract("Surabaya (ANTARA) - Produksi padi Jawa Timur pada 2024 mencapai 9-10 juta ton.")
    assert sorted((m.value, m.indicator_label, m.period_end) for m in f.metrics) == [
        (Decimal("9000000"), "ton", date(2024, 12, 31)), (Decimal("10000000"), "ton", date(2024, 12, 31))]


def test_a_regional_offices_own_work_stays_its_own():
    f = kg.extract("SOLOK - Kepala Dinas Pertanian Kabupaten Solok Rina Wulandari mengatakan pihaknya menyalurkan "
                   "2.400 ton pupuk pada 2023.")
    assert [m.subject for m in f.metrics] == ["dinas-pertanian-kabupaten-solok"]


def test_a_body_that_gives_what_a_figure_counts_is_its_subject():
    f = kg.extract("JAMBI - Tahun ini 450 pelajar mendapat bantuan pendidikan dari Pemerintah Provinsi Jambi.")
    assert [(m.subject, m.value) for m in f.metrics] == [("pemerintah-provinsi-jambi", Decimal(450))]


def test_personnel_counted_by_force_go_to_no_force_the_list_does_not_know_as_one():
    f = kg.extract("PALU - Sebanyak 300 personel TNI dan 450 personel Polri disiagakan di pelabuhan.")
    assert [m.subject for m in f.metrics if "kepolisian" in m.subject] == []


@pytest.mark.parametrize("sentence, label", [
    ("KPU Kota Blitar menetapkan 412.300 pemilih untuk pemilu tahun depan.", "pemilih"),
    ("Target penyaluran Bank Jateng naik dari Rp12 triliun menjadi Rp15 triliun lebih.", "nilai"),
])
def test_a_label_minted_from_the_words_after_a_figure_never_ends_on_a_function_word(sentence, label):
    labels = [m.indicator_label for m in kg.extract(sentence).metrics if m.indicator is None]
    assert labels and labels[0] == label and not any(l.split()[-1] in ("untuk", "dan", "rp", "menjadi") for l in labels)


def test_a_round_figure_written_with_its_suffix_is_approximate():
    f = kg.extract("SURABAYA (ANTARA) - Koperasi Sejahtera Mandiri mencatat anggotanya 200-an ribu orang pada 2024.")
    assert [(m.value, m.qualifier) for m in f.metrics] == [(Decimal("200000"), "approx")]


def test_a_scale_word_written_with_its_suffix_makes_a_round_figure():
    f = kg.extract("SURABAYA (ANTARA) - Koperasi Sejahtera Mandiri mencatat tunggakan anggota Rp 45 miliaran pada 2024.")
    assert [(m.value, m.qualifier) for m in f.metrics] == [(Decimal("45000000000"), "approx")]


@pytest.mark.parametrize("word, value", [("delapan", 8), ("sembilan", 9)])
def test_a_number_word_that_ends_like_a_scale_suffix_is_no_round_figure(word, value):
    """'delapan ton': the '-an' of 'delapan' is the word's own, not the suffix of 'miliaran'."""
    f = kg.extract(f"Kendal (ANTARA) - Dinas Pertanian Kabupaten Kendal menyalurkan {word} ton benih padi.")
    assert [(m.value, m.qualifier) for m in f.metrics] == [(Decimal(value), "exact")]


def test_the_sum_a_face_value_is_listed_with_stays_a_figure():
    f = kg.extract("SURABAYA (ANTARA) - Bank Indonesia menyediakan uang tunai Rp 2 triliun pada 2024 dalam pecahan "
                   "Rp 100 ribu dan Rp 50 ribu, sedangkan pecahan kecil Rp 300 miliar.")
    assert sorted(m.value for m in f.metrics) == [Decimal("300000000000"), Decimal("2000000000000")]


@pytest.mark.parametrize("text, expected", [
    # a marker opening the sentence before its comma: the nation's, after a province's figure
    ("Ambon (ANTARA) - Inflasi Provinsi Maluku pada Mei 2024 sebesar 0,52 persen. Secara nasional, inflasi tahun "
     "kalender tercatat 1,2 persen.", [("maluku", Decimal("0.52")), ("indonesia", Decimal("1.2"))]),
    # the nation by its name in the figure's clause; the province's figure after it stays the province's
    ("Ambon (ANTARA) - Tingkat pengangguran terbuka di Indonesia tercatat 4,9 persen, sedangkan di Provinsi Maluku "
     "6,1 persen.", [("indonesia", Decimal("4.9")), ("maluku", Decimal("6.1"))]),
    ("Ambon (ANTARA) - Tingkat pengangguran Indonesia pada Agustus 2024 tercatat 4,9 persen.",
     [("indonesia", Decimal("4.9"))]),
    # inside an organisation's name the nation's name is no scope: the province's statistics go on
    ("Ambon (ANTARA) - Inflasi Provinsi Maluku pada Mei 2024 sebesar 0,52 persen. Data Bank Indonesia mencatat "
     "inflasi Juni 0,3 persen.", [("maluku", Decimal("0.52")), ("maluku", Decimal("0.3"))]),
    # the opener's scope ends at the first place named after it
    ("Ambon (ANTARA) - Secara nasional, inflasi di Provinsi Maluku lebih tinggi, yakni 3 persen.",
     [("maluku", Decimal("3"))]),
    # the marker after a word or two of the opener's own
    ("Ambon (ANTARA) - Inflasi Provinsi Maluku pada Mei 2024 sebesar 0,52 persen. Pada skala nasional, inflasi "
     "tercatat 1,2 persen.", [("maluku", Decimal("0.52")), ("indonesia", Decimal("1.2"))]),
    ("Ambon (ANTARA) - Inflasi Provinsi Maluku pada Mei 2024 sebesar 0,52 persen. Dibandingkan angka provinsi lain "
     "dan nasional, inflasi itu 1,2 persen.", [("maluku", Decimal("0.52")), ("maluku", Decimal("1.2"))]),
])
def test_a_statistic_the_sentence_says_is_the_nations(text, expected):
    assert _subject_values(text) == expected


def test_a_place_inside_an_offices_name_is_where_the_office_is_not_what_a_statistic_is_about():
    # a bank's branch reports its own bad-loan ratio, not the city's
    text = "Lubuklinggau (ANTARA) - Rasio kredit bermasalah BNI Lubuklinggau tercatat 1,9 persen pada Juni 2024."
    assert _subject_values(text) == [("bank-negara-indonesia/lubuklinggau", Decimal("1.9"))]


@pytest.mark.parametrize("text, expected", [
    # the place after a figure that has a figure of its own is that figure's
    ("BPBD Kabupaten Semarang mencatat banjir merendam desa di Kecamatan Getasan 3 desa, Tengaran 5 desa, dan "
     "Kecamatan Suruh 2 desa.", [("kecamatan-getasan", 3), ("tengaran", 5), ("kecamatan-suruh", 2)]),
    ("BPBD Kabupaten Semarang mencatat banjir merendam 3 desa, sedangkan Kecamatan Suruh sebanyak 2 desa.",
     [("regency-semarang", 3), ("kecamatan-suruh", 2)]),
    # an item no place known names is a place the gazetteer lacks: its figure is neither the place's before it nor
    # the regency's (4 of the regency's villages would understate it), so it is left out
    ("BPBD Kabupaten Semarang mencatat banjir merendam desa di Kecamatan Getasan 3 desa, Bengkulah 4 desa, dan "
     "Kecamatan Suruh 2 desa.", [("kecamatan-getasan", 3), ("kecamatan-suruh", 2)]),
    ("BPBD Kabupaten Semarang mencatat banjir merendam desa di Kecamatan Getasan 3 desa dan Bengkulah sebanyak 4 desa.",
     [("kecamatan-getasan", 3)]),
    ("BPBD Kabupaten Semarang mencatat banjir merendam desa di Kecamatan Getasan 3 desa, dan Bengkulah 4 desa.",
     [("kecamatan-getasan", 3)]),
])
def test_each_item_of_a_list_of_places_with_figures_has_its_own(text, expected):
    assert _subject_values("Semarang (ANTARA) - " + text) == [(k, Decimal(v)) for k, v in expected]


@pytest.mark.parametrize("joiner", [", dan", ",", " dan"])
def test_a_list_item_that_names_its_place_after_its_figure_is_that_places(joiner):
    text = (f"Semarang (ANTARA) - Pekan ini demam berdarah tercatat di Kota Semarang sebanyak 12 kasus{joiner} 4 kasus di "
            "Kabupaten Kendal.")
    assert _subject_values(text) == [("city-semarang", Decimal(12)), ("regency-kendal", Decimal(4))]


@pytest.mark.parametrize("text", [
    "Longsor terjadi di 7 titik, Kecamatan Getasan 3 titik, Kecamatan Tengaran, dan Kecamatan Suruh 2 titik.",
    "Rob merendam 6 desa, yakni Kecamatan Getasan 4 desa dan Kecamatan Tengaran.",
])
def test_a_total_before_a_list_of_places_with_figures_is_no_listed_places(text):
    listed = {"kecamatan-getasan", "kecamatan-tengaran", "kecamatan-suruh"}
    assert [(s, v) for s, v in _subject_values("Semarang (ANTARA) - " + text) if v in (6, 7) and s in listed] == []


@pytest.mark.parametrize("text", [
    "Polda Jateng meringkus 9 pelaku, terbagi atas kelompok Brebes sebanyak 4 orang serta kelompok Kendal sebanyak "
    "5 orang.",
    "Polda Jateng meringkus 9 pelaku. Polisi menyita dari komplotan Kendal 7 sepeda motor.",
])
def test_a_place_that_names_a_group_is_not_what_its_figure_is_about(text):
    assert {s for s, _ in _subject_values("Semarang (ANTARA) - " + text)} == {"polda-jateng"}


@pytest.mark.parametrize("text", ["Polisi menyita 7 sepeda motor milik komplotan Kendal.",
                                  "Sebanyak 5 mobil disita dari sindikat Medan."])
def test_a_place_after_the_figure_that_names_a_group_is_not_its_subject(text):
    assert not {"regency-kendal", "city-medan"} & {s for s, _ in _subject_values("Semarang (ANTARA) - " + text)}


def _metrics_of(sentence):
    return kg.extract("Palembang (ANTARA) - " + sentence + "\n").metrics


@pytest.mark.parametrize("sentence", [
    "Penumpang KM Bahari Jaya tujuan Pelabuhan Tanjung Perak, Surabaya yang naik kemarin sore tercatat 210 orang.",
    "Penumpang KM Bahari Jaya tujuan Jakarta yang naik kemarin sore tercatat 210 orang.",
    "Sebanyak 210 penumpang KM Bahari Jaya berangkat menuju Kota Batam.",
])
def test_a_place_people_travel_to_is_not_what_the_figure_is_about(sentence):
    assert not any(m.subject in ("dki-jakarta", "city-surabaya", "city-batam") for m in _metrics_of(sentence))


def test_a_place_that_names_a_post_or_a_port_is_not_what_the_figures_after_it_are_about():
    for where in ("lintas Lahat-Baturaja", "Kabupaten Lahat"):
        f = kg.extract(f"JAKARTA - PT Kapal Nusantara mencatat peningkatan kendaraan di {where}.\nData Posko Lahat "
                       "menunjukkan bahwa pada H-4, total penumpang mencapai 17.743 orang.")
        assert [m.subject for m in f.metrics] == ["kapal-nusantara"]


def test_the_chair_of_a_bodys_board_holds_office_in_the_body_named_after_the_title():
    f = kg.extract("Jakarta (ANTARA) - Ketua Dewan Komisioner Lembaga Penjamin Simpanan (LPS) Rudi Hartono mengatakan "
                   "klaim naik. \"Hingga saat ini, LPS telah membayarkan klaim sebesar Rp32 miliar,\" kata Rudi.")
    assert [(o.key, o.name) for o in f.organizations if o.key != "antara"] == [
        ("lembaga-penjamin-simpanan", "Lembaga Penjamin Simpanan")]
    assert [(m.person, m.organization, m.role_label, m.head) for m in f.memberships] == [
        ("rudi-hartono", "lembaga-penjamin-simpanan", "Ketua Dewan Komisioner", True)]
    assert [m.subject for m in f.metrics] == ["lembaga-penjamin-simpanan"]


def test_a_rules_limit_is_no_figure_of_the_place_it_is_compared_with():
    f = kg.extract("JAKARTA - Prevalensi stunting di Kabupaten Lahat 28 persen. Angka ini tinggi karena batas maksimal "
                   "adalah 20 persen.")
    assert [(m.subject, m.value) for m in f.metrics] == [("regency-lahat", Decimal("28"))]


def test_a_figure_after_the_word_for_a_requirement_is_the_requirements():
    f = kg.extract("JAKARTA - Dinas Pemberdayaan Masyarakat Desa Kabupaten Lahat menyalurkan dana desa Rp120 miliar. "
                   "\"Syaratnya paling sedikit 80 persen pekerjaan fisik rampung,\" katanya.")
    assert [m.value for m in f.metrics] == [Decimal("120000000000")]


def test_the_counts_of_a_list_share_what_the_last_one_says_befell_them():
    f = kg.extract("Lahat (ANTARA) - Kepala BPBD Kabupaten Lahat Rudi Hartono mengatakan banjir melanda sejak Senin.\n"
                   "Tercatat 1.200 rumah, 340 kepala keluarga dan 900 jiwa terdampak banjir.")
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("regency-lahat", Decimal("1200")), ("regency-lahat", Decimal("340")), ("regency-lahat", Decimal("900"))]


def test_a_count_of_a_group_in_indonesia_after_the_figure_is_the_nations():
    f = kg.extract("Sebanyak 3,1 juta rumah tangga penerima bantuan di Indonesia sudah terdata.")
    assert [(m.subject, m.value) for m in f.metrics] == [("indonesia", Decimal("3100000"))]


@pytest.mark.parametrize("counted", ["balita mengalami stunting", "anak gizi buruk", "warga terjangkit DBD",
                                     "ekor sapi yang positif PMK", "ekor kambing terjangkit antraks"])
def test_a_count_of_residents_who_have_a_disease_is_the_areas_not_the_offices(counted):
    f = kg.extract(f"Lahat (ANTARA) - Dinas Kesehatan Kabupaten Lahat mencatat 420 {counted} pada 2024.")
    assert [(m.subject, m.value) for m in f.metrics] == [("regency-lahat", Decimal("420"))]


def test_a_loss_broken_down_by_month_and_its_series_in_the_next_sentence_are_the_areas():
    f = kg.extract("Lahat (ANTARA) - Kerugian akibat kebakaran di Kabupaten Lahat mencapai Rp9 miliar.\n"
                   "Kepala Bidang Pemadam Kebakaran Satpol PP Lahat, Rudi Hartono, mengatakan kebakaran terjadi di "
                   "semua kecamatan.\nIa merinci, kerugian kebakaran Rp9 miliar tersebut tercatat pada Januari senilai "
                   "Rp2 miliar, Februari Rp3 miliar.\nAdapun Maret Rp1 miliar, April Rp3 miliar.")
    assert [(m.subject, m.value) for m in f.metrics if m.unit == "IDR" and m.value < 9 * 10 ** 9] == [
        ("regency-lahat", Decimal(v) * 10 ** 9) for v in (2, 3, 1, 3)]


def test_incidents_counted_by_what_burned_and_their_list_in_the_next_sentence_are_the_areas():
    f = kg.extract("Lahat (ANTARA) - Dinas Pemadam Kebakaran Kabupaten Lahat mencatat 300 kebakaran sepanjang 2024.\n"
                   "Ia merinci, objek yang paling banyak terbakar adalah rumah tinggal dengan 120 kejadian, gudang "
                   "80 kejadian.\nBerikutnya, kendaraan 40 kejadian dan lahan kosong 60 kejadian.")
    assert {m.subject for m in f.metrics} == {"regency-lahat"} and len(f.metrics) == 5


def test_a_province_after_a_regency_and_its_short_form_in_brackets_only_says_where_the_regency_lies():
    f = kg.extract("Sendawar - Anggaran sekolah Kabupaten Kutai Barat (Kubar) Kalimantan Timur (Kaltim) yang berasal "
                   "dari APBD pada 2024 tercatat Rp90 miliar.")
    assert [m.subject for m in f.metrics] == ["regency-kutai-barat"]


def test_a_number_that_ends_a_toll_gates_name_counts_nothing():
    f = kg.extract("JAKARTA - PT Tol Sriwijaya mencatat 46.000 kendaraan melintas di Gerbang Tol (GT) Kramasan 2 arah "
                   "Palembang.\nKemudian, 12.000 kendaraan melintas di GT Kayuagung 6.")
    assert [m.value for m in f.metrics] == [Decimal("46000"), Decimal("12000")]


@pytest.mark.parametrize("clause", [
    "kendaraan yang bergerak kembali ke Palembang dari arah Baturaja dan Lahat",
    "kendaraan dari arah Lahat",
    "kendaraan yang meninggalkan Lahat",
    "kendaraan yang masuk melalui Lahat",
])
def test_the_places_traffic_comes_from_goes_to_or_passes_through_are_not_what_its_count_is_about(clause):
    f = kg.extract("JAKARTA - PT Tol Sriwijaya mencatat peningkatan volume kendaraan pada 5 April 2025.\n"
                   f"Pada periode tersebut, {clause} tercatat sebanyak 46.000 kendaraan.")
    assert [m.subject for m in f.metrics] == ["tol-sriwijaya"]


@pytest.mark.parametrize("sentence, subject", [
    ("Kunjungan wisatawan ke Kabupaten Lahat mencapai 95.000 orang pada 2023.", "regency-lahat"),
    ("Investasi yang masuk ke Kota Prabumulih pada 2023 mencapai Rp2 triliun.", "city-prabumulih"),
])
def test_a_place_visited_or_invested_in_is_what_the_figure_is_about(sentence, subject):
    assert [m.subject for m in _metrics_of(sentence)] == [subject]


@pytest.mark.parametrize("sentence, subject", [
    ("Produksi gabah di Kabupaten Musi Rawas, Sumatera Selatan, mencapai 412.000 ton pada 2023.", "regency-musi-rawas"),
    ("Harga cabai merah di Kabupaten Ogan Ilir, Provinsi Sumatera Selatan, naik menjadi Rp62.000 per kilogram.",
     "regency-ogan-ilir"),
    # with its short form in brackets
    ("Warga yang mengungsi dari Kabupaten Ogan Ilir, Provinsi Sumatera Selatan (Sumsel), kini 260 keluarga.",
     "regency-ogan-ilir"),
    ("Warga yang mengungsi dari Kabupaten Ogan Ilir, Sumatera Selatan (Sumsel), kini 260 keluarga.",
     "regency-ogan-ilir"),
])
def test_a_place_that_only_says_where_the_one_before_lies_is_not_the_subject(sentence, subject):
    assert [m.subject for m in _metrics_of(sentence)] == [subject]


def test_a_figure_after_naik_menjadi_is_the_new_level_not_a_change():
    [m] = _metrics_of("Harga cabai merah di Kabupaten Ogan Ilir naik menjadi Rp62.000 per kilogram.")
    assert m.indicator_label != "pertumbuhan" and m.change_of is None
    [m] = _metrics_of("Suku bunga kredit Bank Sinar Bahari turun menjadi 6 persen mulai Januari 2024.")
    assert m.indicator_label not in ("penurunan", "mulai januari")


@pytest.mark.parametrize("sentence, subject", [
    ("Kakanwil Kemenag Jambi Rudi Hartono menyebut, jatah jemaah bagi Indonesia pada musim depan sebanyak 230 ribu "
     "orang.", "indonesia"),
    ("Kepala BPJS Kesehatan Cabang Bekasi Rina Wati mengatakan, sebanyak 180.000.000 penduduk telah terdaftar program "
     "JKN di seluruh Indonesia.", "bpjs-kesehatan"),
    ("Kepala BPJS Kesehatan Cabang Bekasi Rina Wati mengatakan, sebanyak 300.000 penduduk telah terdaftar program JKN.",
     "bpjs-kesehatan/kantor-cabang-bekasi"),
    ("Kepala BPJS Kesehatan Cabang Bekasi Rina Wati mengatakan, penerima Kartu Indonesia Sehat di kota itu sebanyak "
     "300.000 orang.", "bpjs-kesehatan/kantor-cabang-bekasi"),
    ("Kantor Wilayah BPN Jambi menerbitkan 9.000 sertifikat tanah pada 2023 untuk mendukung program PTSL di seluruh "
     "Indonesia.", "kementerian-agraria-dan-tata-ruang/kantor-wilayah-jambi"),
])
def test_a_figure_its_clause_gives_the_whole_nation_is_not_the_regional_offices(sentence, subject):
    assert [m.subject for m in _metrics_of(sentence)] == [subject]


def test_a_figure_of_the_quarter_before_takes_no_period_of_the_others():
    before, now = _metrics_of("Dana pihak ketiga di Provinsi Bengkulu melambat, dari 7,1 persen pada triwulan "
                              "sebelumnya menjadi 5,3 persen pada triwulan I 2024.")
    assert before.value == Decimal("7.1") and before.period_end is None
    assert now.value == Decimal("5.3") and now.period_end == date(2024, 3, 31)


def test_the_period_compared_with_dates_the_figures_after_it_not_before():
    served, growth, base = _metrics_of(
        "PT Sinar Bahari mencatat peningkatan penumpang pada Maret 2024. Tercatat 1,2 juta penumpang terlayani atau "
        "tumbuh 14 persen dibandingkan Maret 2023 sebanyak 1,05 juta penumpang.")
    assert served.period_end == date(2024, 3, 31)
    assert base.value == Decimal("1050000") and base.period_end == date(2023, 3, 31)


@pytest.mark.parametrize("sentence, targets", [
    ("Realisasi pajak daerah Kota Palembang mencapai Rp80 miliar dari target Rp100 miliar.", [False, True]),
    ("\"Penerimaan kami baru Rp4,1 triliun atau 63,5 persen dari target,\" kata Kepala Kanwil DJP Jambi Rudi Hartono.",
     [False, False]),
    ("Walaupun posisinya masih jauh dari target, kredit PT Sinar Bahari tahun ini tumbuh 8,4 persen.", [False]),
    ("Pemprov Jambi menargetkan kemiskinan turun menjadi 6 persen.", [True]),
    ("Realisasi PAD Kota Jambi mencapai Rp520 miliar, melampaui target Rp500 miliar.", [False, True]),
])
def test_a_figure_measured_against_a_target_is_what_was_reached(sentence, targets):
    assert [m.is_target for m in _metrics_of(sentence)] == targets


@pytest.mark.parametrize("sentence, labels", [
    ("Polres Ogan Ilir mengungkap 12 kasus narkoba dengan 15 tersangka dan menyita 3.400 butir ekstasi.",
     ["kasus", "tersangka", "ekstasi"]),
    ("Dinkes mencatat dari 900 kasus yang terjadi sepanjang 2025, ada sebanyak 5 pasien yang meninggal dunia.",
     ["kasus", "pasien"]),
    ("Baznas Kota Jambi mencatat 420 mustahik di tiga kecamatan.", ["mustahik"]),
    ("BPJS Kesehatan Cabang Bekasi mencatat 214.600 jiwa terdaftar dalam program JKN.", ["jiwa terdaftar"]),
    ("BPJS Ketenagakerjaan Cabang Bekasi mencatat 312 peserta aktif dari 6.215 perusahaan.",
     ["peserta aktif", "perusahaan"]),
])
def test_the_noun_right_after_a_count_names_what_it_counts(sentence, labels):
    assert [m.indicator_label for m in _metrics_of(sentence)] == labels


@pytest.mark.parametrize("text, subject", [
    ("Kepala BPS Provinsi Jawa Tengah Sari Puspita di Kota Salatiga, Senin, mengatakan inflasi mencapai 2,1 persen.",
     "jawa-tengah"),
    ("Kepala BPS Provinsi Jawa Tengah Sari Puspita di Salatiga mengatakan inflasi mencapai 2,1 persen.", "jawa-tengah"),
    ("Inflasi di Kota Salatiga, Senin, tercatat 2,1 persen.", "city-salatiga"),
    ("Kepala BPS Provinsi Jawa Tengah Sari Puspita mengatakan inflasi di Kota Salatiga mencapai 2,1 persen.",
     "city-salatiga"),
])
def test_the_town_where_a_speaker_spoke_is_not_what_the_figure_is_about(text, subject):
    assert [m.subject for m in kg.extract(text).metrics] == [subject]


def subjects(text):
    return [(str(m.value), m.subject) for m in kg.extract(text).metrics]


def test_a_statistic_of_a_bare_agency_is_the_region_of_its_one_office_in_the_article():
    text = ("Jambi (ANTARA) - Kepala BPS Provinsi Jambi Budi Santoso hadir di Jambi. BPS mencatat komoditas "
            "andalan daerah itu adalah kopi dengan nilai 12,4 juta dolar.")
    assert subjects(text) == [("12400000", "jambi")]


def test_a_bare_agency_named_before_its_office_is_not_that_office():
    text = ("Jakarta (ANTARA) - BPS mencatat inflasi Mei 2,8 persen. Adapun BPS Provinsi Jawa Barat mencatat inflasi di "
            "provinsi itu 3 persen.")
    assert subjects(text) == [("2.8", "badan-pusat-statistik"), ("3", "jawa-barat")]


def test_a_body_something_passes_through_is_not_whom_the_next_figures_are_about():
    text = ("Jambi (ANTARA) - BPS Provinsi Jambi mencatat nilai perdagangan naik. Selanjutnya melalui Bank Indonesia "
            "laporan itu dikirim ke kantor pusat. Komoditas andalan daerah itu adalah kopi dengan nilai 12,4 juta dolar.")
    assert subjects(text) == [("12400000", "jambi")]


def test_the_body_data_are_cited_from_is_whom_the_next_figures_are_about():
    text = ("Garut (ANTARA) - Data dari BPS Kabupaten Garut menunjukkan penduduk miskin turun. Angka itu mencapai "
            "200.000 orang.")
    assert subjects(text) == [("200000", "regency-garut")]


def test_the_nation_as_a_yardstick_leaves_the_region_in_focus():
    text = ("Kupang (ANTARA) - OJK Provinsi NTT mencatat rasio NPL di NTT 2,1 persen, lebih baik dibanding nasional "
            "sebesar 2,6 persen. Aset, kredit, dan DPK BPR tumbuh masing-masing 9 persen, 11 persen, dan "
            "8 persen. Rasio NPL BPR sebesar 4,2 persen, di bawah angka nasional yakni 6 persen.")
    assert subjects(text) == [("2.1", "nusa-tenggara-timur"), ("2.6", "indonesia"), ("9", "nusa-tenggara-timur"),
                              ("11", "nusa-tenggara-timur"), ("8", "nusa-tenggara-timur"),
                              ("4.2", "nusa-tenggara-timur"), ("6", "indonesia")]


def test_a_national_average_after_a_regions_figure_is_the_nations():
    text = ("Garut (ANTARA) - Di Kabupaten Garut terdapat 120 desa wisata pada 2024. Padahal rata-rata nasional hanya "
            "45 desa.")
    assert subjects(text) == [("120", "regency-garut"), ("45", "indonesia")]


def test_a_body_named_after_a_building_is_not_whom_the_next_figures_are_about():
    text = ("Sekadau (ANTARA) - Pemerintah Provinsi Kalbar menyalurkan 480.000 kilogram beras ke Kabupaten Sekadau. "
            "Penyaluran dimulai di Kantor Camat Sekadau, Senin. Setiap keluarga mendapatkan 15 kilogram beras.")
    assert [s for _, s in subjects(text)] == ["pemerintah-provinsi-kalimantan-barat"] * 2


def test_a_number_before_a_capitalised_word_other_figures_also_count_is_a_count():
    text = "Kediri (ANTARA) - Kantor Imigrasi Kediri mencatat Jepang 7 WNA, Korea Selatan 4 WNA, Jerman 3 WNA."
    assert [v for v, _ in subjects(text)] == ["7", "4", "3"]


def test_the_numbers_of_schools_are_no_counts():
    text = "Garut (ANTARA) - SMA Negeri 1 Garut dan SMA Negeri 2 Garut mengirim 40 siswa ke lomba itu."
    assert [v for v, _ in subjects(text)] == ["40"]


def test_a_number_that_describes_the_item_counted_after_sebanyak_is_no_figure():
    text = ("Kediri (ANTARA) - Dinas Pendidikan Kota Kediri mencetak buku 32 halaman sebanyak 400 eksemplar dan "
            "modul 16 halaman sebanyak 250 eksemplar. Dinas Sosial mencatat korban banjir di 8 desa sebanyak 1.200 jiwa.")
    assert [v for v, _ in subjects(text)] == ["400", "250", "8", "1200"]


def test_a_place_announced_as_the_topic_of_a_reported_clause_is_the_figures_subject():
    text = ("Baubau (ANTARA) - Kantor Pelayanan Perbendaharaan Negara (KPPN) Baubau menyalurkan dana desa Rp300 miliar. "
            "Kepala KPPN Baubau Budi Santoso hadir. Budi mengatakan, untuk Kabupaten Muna dengan jumlah 150 desa, "
            "sudah tersalurkan dana desa Rp88,5 miliar.")
    assert subjects(text) == [("300000000000", "kantor-pelayanan-perbendaharaan-negara-baubau"),
                              ("150", "regency-muna"), ("88500000000", "regency-muna")]


def test_a_place_announced_as_a_topic_before_someone_acts_is_where_not_whose():
    text = ("Kendari (ANTARA) - Kepala Dinas Kesehatan Sulawesi Tenggara Budi Santoso mengatakan, untuk Kabupaten Muna "
            "pihaknya mengirim 20 dokter.")
    assert subjects(text) == [("20", "dinas-kesehatan-sulawesi-tenggara")]


def test_the_nations_figure_after_a_regions_in_one_sentence_leaves_the_region_in_focus():
    text = ("Yogyakarta (ANTARA) - OJK DIY mencatat kredit perbankan di DI Yogyakarta tumbuh. Untuk sektor "
            "kredit, pertumbuhannya 9,12 persen sedang nasional 6,5 persen. Kemudian untuk tabungan 11,2 persen.")
    assert subjects(text) == [("9.12", "di-yogyakarta"), ("6.5", "indonesia"), ("11.2", "di-yogyakarta")]


def test_a_place_a_speaker_names_after_kata_dia_is_the_figures_subject():
    text = ("Makassar (ANTARA) - Ketua KPU Kota Makassar Budi Santoso menetapkan daftar pemilih. Dalam daftar itu, kata "
            "dia, pemilih paling banyak tercatat di Kecamatan Tamalate yakni 41.250 pemilih.")
    assert subjects(text)[-1] == ("41250", "kecamatan-tamalate")


def test_a_place_the_figures_own_sentence_names_outranks_the_region_in_focus():
    text = ("Pati (ANTARA) - Piutang terbesar kedua berasal dari Kabupaten Blora senilai Rp8 miliar. Sebanyak Rp5,5 "
            "miliar lainnya merupakan piutang Kabupaten Rembang.")
    assert subjects(text) == [("8000000000", "regency-blora"), ("5500000000", "regency-rembang")]


def test_a_currency_after_a_figure_names_no_indicator():
    found = kg.extract("Jambi (ANTARA) - BPS Provinsi Jambi mencatat penjualan ke Singapura 3,5 juta dolar Singapura.")
    assert [(m.unit, "dolar" in m.indicator_label) for m in found.metrics] == [("SGD", False)]


def test_a_central_banks_bare_figure_is_no_region_of_its_office():
    text = ("Kediri (ANTARA) - Kantor Perwakilan Bank Indonesia Kediri menggelar pameran UMKM. Bank Indonesia "
            "mempertahankan suku bunga acuan 6 persen.")
    assert [s.split("/")[0] for _, s in subjects(text)] == ["bank-indonesia"]


@pytest.mark.parametrize("text, subjects", [
    ("Data Dinas Kesehatan per 1 Mei 2024 menunjukkan Kota Tegal menjadi daerah terbanyak dengan 120 kasus.",
     ["city-tegal"]),
    ("Dari seluruh wilayah kerja Dinas Kesehatan, data per akhir April 2024 memperlihatkan Kota Tegal menjadi "
     "daerah terbanyak dengan 120 kasus.", ["city-tegal"]),
    ("Dinas Kesehatan Provinsi Jawa Tengah setelah berkunjung ke lokasi mengatakan Kabupaten Brebes mencatat 28 persen "
     "balita stunting.", ["regency-brebes"]),
    ("Dinas Sosial Jawa Tengah, yang kemarin menyebut Kabupaten Brebes sebagai daerah rawan, menyalurkan 200 paket "
     "bantuan.", ["dinas-sosial-jawa-tengah"]),
    ("Pemerintah Provinsi Jawa Tengah dalam rapat itu mendorong Kabupaten Brebes membangun 14 puskesmas baru.",
     ["pemerintah-provinsi-jawa-tengah"]),
])
def test_a_place_opening_a_reported_clause_is_its_topic_only_after_a_verb_that_reports(text, subjects):
    assert [m.subject for m in kg.extract("Semarang (ANTARA) - " + text).metrics] == subjects


@pytest.mark.parametrize("then", [", lebih rendah dari angka nasional 9,4 persen", " sedang angka nasional 9,4 persen"])
def test_a_national_figure_after_a_breakdown_is_the_nations(then):
    text = ("Blitar (ANTARA) - Badan Pusat Statistik Kota Blitar mencatat 9.000 penduduk miskin pada 2023, terdiri dari "
            f"5.000 laki-laki dan 4.000 perempuan{then}.")
    assert [m.subject for m in kg.extract(text).metrics][-1] == "indonesia"


def test_a_headlines_figure_that_the_story_repeats_is_read_once_where_the_story_says_it():
    text = ("Penumpang Kapal PT Sinar Bahari Naik 12 Persen\n"
            "Tanjung Harapan - PT Sinar Bahari mencatat penumpang naik 12 persen selama libur sekolah.")
    assert [(m.value, m.span.begin > text.index("\n")) for m in kg.extract(text).metrics] == [(12, True)]
    # a figure only the headline gives stays a figure
    text = "Laba PT Sinar Bahari Rp3 Miliar\nTanjung Harapan - PT Sinar Bahari mencatat penumpang naik 12 persen."
    assert sorted(m.value for m in kg.extract(text).metrics) == [12, 3000000000]


@pytest.mark.parametrize("text", [
    "Bank Jateng, salah satu bank milik Pemprov Jawa Tengah, membukukan laba Rp15 miliar pada 2019.",
    "Bank Jateng, bank kepunyaan Pemerintah Provinsi Jawa Tengah, membukukan laba Rp15 miliar.",
])
def test_the_owner_after_milik_is_not_whose_figure_it_is(text):
    assert [m.subject for m in kg.extract(text).metrics] == ["bank-pembangunan-daerah-jawa-tengah"]


@pytest.mark.parametrize("indicator", ["realisasi investasi", "realisasi PMDN", "penanaman modal asing",
                                       "penanaman modal dalam negeri"])
def test_investment_realised_in_a_region_is_the_regions(indicator):
    text = (f"Semarang (ANTARA) - Dinas Penanaman Modal Provinsi Jawa Tengah mencatat {indicator} di Jawa Tengah "
            "mencapai Rp20 triliun hingga Juni.")
    assert [m.subject for m in kg.extract(text).metrics] == ["jawa-tengah"]


def test_a_figure_pointed_back_to_is_said_again_though_its_sentence_dates_it():
    f = kg.extract("Kendari (ANTARA) - PLN Unit Sultra memberikan diskon 30 persen kepada 2 juta pelanggan.\nIa mengatakan "
                   "program potongan 30 persen ini berlaku hingga Februari 2025.")
    assert [m.value for m in f.metrics if m.unit == "percent"] == [Decimal("30")]


def test_a_range_joined_by_a_word_gives_its_two_bounds():
    f = kg.extract("Jambi (ANTARA) - Bank Indonesia memperkirakan ekonomi Jambi tumbuh 4,5 hingga 5,3 persen pada "
                   "2025.")
    assert sorted((m.value, m.unit, m.qualifier) for m in f.metrics) == [
        (Decimal("4.5"), "percent", "at_least"), (Decimal("5.3"), "percent", "at_most")]


def test_the_figures_after_the_nations_in_its_sentence_are_the_nations_after_a_regions():
    text = ("Padang (ANTARA) - BPS Provinsi Sumatera Barat melaporkan angka pengangguran Kota Padang 7,1 persen pada "
            "Agustus 2024. Secara umum, BPS menyebut tingkat pengangguran di Indonesia 4,9 persen atau 7,4 juta "
            "orang, turun 0,3 persen dibanding Agustus 2023.")
    assert _subject_values(text) == [("city-padang", Decimal("7.1")), ("indonesia", Decimal("4.9")),
                                     ("indonesia", Decimal("7400000")), ("indonesia", Decimal("0.3"))]


def test_a_statistic_an_office_is_cited_for_in_its_own_sentence_is_its_regions_after_the_nations():
    text = ("Denpasar (ANTARA) - Kepala BPS Provinsi Bali mengatakan, jika kunjungan wisman nasional mencapai satu "
            "juta orang, separuhnya ke Bali. Menurut data BPS Provinsi Bali, kunjungan wisman pada Juni 2024 naik 2,1 "
            "persen.")
    assert _subject_values(text)[-1] == ("bali", Decimal("2.1"))


def test_the_towns_of_a_trains_route_are_not_whose_figure_it_is():
    text = ("Solo (ANTARA) - Daop 6 Yogyakarta mencatat kereta paling laris pada Mei 2024.\n"
            "KA Fajar Utama relasi Yogyakarta - Banyuwangi dengan okupansi 140 persen.\n"
            "KA Sinar Pagi rute Solo-Madiun dengan okupansi 120 persen.")
    assert {s for s, _ in _subject_values(text)} == {"daop-6-yogyakarta"}


def test_the_towns_a_dash_joins_into_a_route_are_not_whose_figure_it_is():
    """'A – B – A jadi jalur kedua tersibuk dengan 52.310 orang': the route's word comes after its towns; the figure is
    still the airport's, not the first town's."""
    text = ("Padang (ANTARA) - Bandara Internasional Minangkabau mencatat 90.000 penumpang selama 2023.\n"
            "Padang \u2013 Batam \u2013 Padang jadi jalur kedua tersibuk dengan 52.310 orang.")
    assert {s for s, _ in _subject_values(text)} == {"bandara-minangkabau"}


def test_guests_a_sentence_lists_are_not_whom_the_figures_after_it_are_about():
    """'Kegiatan itu dihadiri … Manajer Bank X, Nama.': the guests listed after an attendance word do not take the
    focus from the office whose figures go on after them."""
    text = ("Palu (ANTARA) - Kepala OJK Sulawesi Tengah Rudi Hartono memaparkan kinerja perbankan di Palu. "
            "Kegiatan tersebut juga dihadiri Manajer Bank Sinar Palu, Sunarno. "
            "Pada September 2022 aset perbankan tercatat Rp61,31 triliun.")
    assert [m.subject for m in kg.extract(text).metrics] == ["sulawesi-tengah"]


def test_a_banks_ratio_in_a_quotation_opening_with_a_capitalised_word_is_the_banks():
    """'“Kinerja Bank X …': the capital of the quotation's first word makes no longer name of the bank the article
    spells out, so its bad-loan ratio stays its own, not its province's."""
    text = ("Pontianak (ANTARA) - PT Bank Kalbar mencatat laba Rp300 miliar. "
            "\u201cKinerja Bank Kalbar membaik karena NPL turun menjadi 2,7 persen,\u201d kata Rina Wati.")
    assert {s for s, _ in _subject_values(text)} == {"bank-pembangunan-daerah-kalbar"}


def test_an_airport_its_initials_and_its_name_without_internasional_are_one_place_and_keep_its_figures():
    f = kg.extract("KUPANG - Bandara Internasional Raden Sutomo (BIRS) menutup posko angkutan Lebaran. Selama posko, "
                   "Bandara Raden Sutomo melayani 10.000 penumpang. Peningkatan itu didukung 12 penerbangan tambahan "
                   "dari maskapai Garuda Indonesia, Sinar Air, dan Wira Air pada rute Denpasar, Makassar, dan Ende. "
                   "Sepanjang 2024, BIRS melayani 12.400 pergerakan pesawat.")
    airport = next(p for p in f.places if p.name == "Bandara Internasional Raden Sutomo")
    assert set(airport.aliases) == {"BIRS", "Bandara Raden Sutomo"}
    # the first airline of a list shares the extra flights, and the towns of the route are where they fly to
    assert [(m.subject, int(m.value)) for m in f.metrics] == [(airport.key, 10000), (airport.key, 12), (airport.key, 12400)]


def test_a_body_listed_as_an_example_of_what_is_counted_is_not_whose_figure_it_is():
    """'lewat 40 penyalur, baik BRI maupun koperasi desa': the body after the comma and 'baik' is one of the
    distributors counted; the figure stays with the office in focus."""
    text = ("Sleman (ANTARA) - Kepala Dinas Pertanian Kabupaten Sleman Rudi Hartono mengatakan pupuk cukup.\n"
            "Pupuk disalurkan lewat 40 penyalur, baik BRI maupun koperasi desa.")
    assert _subject_by_value(text)[40] == "dinas-pertanian-kabupaten-sleman"


def test_the_towns_a_list_of_routes_ranks_are_not_whose_figures_they_are():
    """'… rute terpadat, 1. A 700 orang, 2. B …': each town is a route's far end, the figures the airport's; and the
    next sentence's figure is not carried to the last town listed."""
    text = ("Padang (ANTARA) - Bandara Internasional Minangkabau mencatat 90.000 penumpang selama libur panjang.\n"
            "\"Rute terpadat, 1. Medan 7.100 orang, 2. Batam 6.400 orang dan 3. Pekanbaru 2.900 orang,\" kata Rina.\n"
            "Puncak arus balik terjadi Minggu dengan 4.800 penumpang.")
    assert {s for s, _ in _subject_values(text)} == {"bandara-minangkabau"}


def test_the_body_a_speaker_proposes_to_is_not_whose_figure_it_is():
    text = ("Solok (ANTARA) - Kepala Dinas Pendidikan Kabupaten Solok, Rina Wati, mengatakan dana beasiswa naik. "
            "\"Untuk 2026, kami ajukan kepada Badan Perencanaan Pembangunan Daerah (Bappeda) tambahan sampai Rp20 "
            "miliar,\" ujar mantan lurah itu.")
    assert [m.subject for m in kg.extract(text).metrics] == ["dinas-pendidikan-kabupaten-solok"]


HARVEST_OPENING = ("Solok (ANTARA) - Produksi padi di Kabupaten Solok sepanjang 2023 mencapai 200.000 ton. \"Panen "
                   "tersebar di 14 kecamatan,\" kata Kepala Dinas Pertanian Solok, Rudi Hartono. ")


@pytest.mark.parametrize("rest, expected", [
    # the months of the region's harvest stay the region's while its office is in focus
    ("Pada Mei, produksi gabah sebanyak 20.000 ton dengan luas panen 4.000 hektare, Juni 18.000 ton dengan luas "
     "panen 3.500 hektare. Selain itu, Juli 21.000 ton dengan luas panen 4.100 hektare.", ("regency-solok", "4100")),
    # two sentences on, a measure is no longer of the region's series
    ("Ia menambahkan petani menanam bibit unggul. Gudang dinas kini menyimpan 300 ton benih.",
     ("dinas-pertanian-solok", "300")),
])
def test_a_measure_continues_a_regions_series_only_from_the_sentence_before(rest, expected):
    values = _subject_values(HARVEST_OPENING + rest)
    assert values[-1] == (expected[0], Decimal(expected[1]))
    if expected[0] == "regency-solok":
        assert {s for s, _ in values} == {"regency-solok"}


def test_a_measure_after_a_regions_series_in_a_sentence_that_names_its_owner_is_the_owners():
    text = ("Solok (ANTARA) - Produksi padi di Kabupaten Solok sepanjang 2023 mencapai 200.000 ton, kata Kepala Dinas "
            "Pertanian Kabupaten Solok, Rudi Hartono. Bulog Solok menyerap 5.000 ton beras petani.")
    assert _subject_values(text)[-1][1] == Decimal("5000") and _subject_values(text)[-1][0] != "regency-solok"


@pytest.mark.parametrize("marker", load().words["source_markers_after"]["words"])
def test_a_body_named_after_a_figure_as_its_source_is_not_whom_it_is_about(marker):
    text = (f"Surabaya (ANTARA) - Pada 2024 jumlah calon haji tercatat 140 orang {marker} keputusan Gubernur Jawa "
            "Timur tentang kuota haji.")
    assert "pemerintah-provinsi-jawa-timur" not in {s for s, _ in _subject_values(text)}


@pytest.mark.parametrize("figures, expected", [
    ("7,2 persen dan 5,1 persen", [("city-madiun", Decimal("7.2")), ("city-blitar", Decimal("5.1"))]),
    ("5 persen", [("city-madiun", Decimal("5")), ("city-blitar", Decimal("5"))]),
])
def test_figures_after_masing_masing_go_to_the_names_before_it_in_order_or_each_has_the_one(figures, expected):
    text = f"Madiun (ANTARA) - Angka tertinggi terjadi di Kota Madiun dan Kota Blitar masing-masing {figures}."
    assert _subject_values(text) == expected


@pytest.mark.parametrize("office", [
    "Badan Pendapatan Daerah (Bapenda) Kabupaten Sumbawa",
    "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kabupaten Sumbawa",
    *(f"{form} Kabupaten Sumbawa" for form in load().words["regional_finance_offices"]["short_forms"]),
])
def test_sums_and_rates_a_regional_finance_office_gives_are_its_governments(office):
    text = ("Sumbawa (ANTARA) - Pemerintah Kabupaten Sumbawa mengejar target pendapatan tahun ini. "
            f"\"Realisasi pendapatan kita sudah Rp120 miliar atau 57 persen,\" kata Kepala {office}, Lalu Ahmad.")
    assert _subject_values(text) == [("pemerintah-kabupaten-sumbawa", Decimal("120000000000")),
                                     ("pemerintah-kabupaten-sumbawa", Decimal("57"))]


def test_a_regional_finance_office_keeps_a_share_its_sentence_names_as_its_own_and_its_counts():
    text = ("Sumbawa (ANTARA) - Pemerintah Kabupaten Sumbawa mengejar target pendapatan tahun ini. "
            "Kepala Badan Pendapatan Daerah Kabupaten Sumbawa, Lalu Ahmad, mengatakan Badan Pendapatan Daerah "
            "Kabupaten Sumbawa merealisasikan Rp80 miliar. Ia menambahkan kantornya menurunkan 45 petugas pajak.")
    office = "badan-pendapatan-daerah-kabupaten-sumbawa"
    assert _subject_values(text) == [(office, Decimal("80000000000")), (office, Decimal("45"))]


@pytest.mark.parametrize("later", [
    "Pajak kendaraan bermotor menyumbang Rp45 miliar.",
    "Realisasi pajak daerah Kabupaten Sumbawa menyumbang Rp45 miliar.",
])
def test_a_regional_finance_offices_sums_stay_its_own_where_no_government_is_named(later):
    """The office collected the revenue: its own work, not a statistic of its region."""
    text = ("Sumbawa (ANTARA) - Kepala Badan Pendapatan Daerah Kabupaten Sumbawa, Lalu Ahmad, mengatakan realisasi "
            f"pendapatan asli daerah mencapai Rp120 miliar. {later}")
    office = "badan-pendapatan-daerah-kabupaten-sumbawa"
    assert _subject_values(text) == [(office, Decimal("120000000000")), (office, Decimal("45000000000"))]


def test_a_finance_office_named_without_its_region_gives_the_sums_of_the_one_government_named():
    text = ("Sumbawa (ANTARA) - Pemkab Sumbawa menargetkan pendapatan daerah naik. \"Pendapatan daerah sudah "
            "terealisasi Rp300 miliar,\" kata Kepala Badan Pengelolaan Keuangan Daerah (BPKD) Lalu Ahmad.")
    assert _subject_values(text) == [("pemerintah-kabupaten-sumbawa", Decimal("300000000000"))]


@pytest.mark.parametrize("statistic", [
    "UMK Kabupaten Sumbawa tahun depan diusulkan Rp2.400.000",
    "realisasi tanam padi di Kabupaten Sumbawa mencapai 8.100 hektare",
    "luas panen jagung di Kabupaten Sumbawa tercatat 6.300 hektare",
])
def test_a_regions_minimum_wage_and_harvests_that_its_office_gives_are_the_regions(statistic):
    """A region's minimum wage, planted and harvested land are the region's statistics (GOLD.md), whichever office
    says them."""
    text = f"Sumbawa (ANTARA) - Kepala Dinas Pertanian Kabupaten Sumbawa, Lalu Ahmad, mengatakan {statistic}."
    assert [s for s, _ in _subject_values(text)] == ["regency-sumbawa"]


@pytest.mark.parametrize("kind", ["Bank Umum", "Bank Perkreditan Rakyat"])
def test_what_every_bank_of_a_kind_in_a_province_holds_is_the_provinces(kind):
    text = (f"Padang (ANTARA) - Penyaluran kredit oleh {kind} di Provinsi Sumatera Barat tercatat Rp18 triliun, "
            f"kata Kepala OJK Sumatera Barat, Rudi Hartono. Simpanan yang dihimpun oleh {kind} naik 9 persen.")
    assert _subject_values(text) == [("sumatera-barat", Decimal("18000000000000")), ("sumatera-barat", Decimal("9"))]
    assert kind not in [o.name for o in kg.extract(text).organizations]


def test_the_budget_a_regional_parliament_passes_is_its_governments():
    """The parliament in focus passes the budget; its sums are the government's (a sentence on the region's budget)."""
    text = ("Sumbawa (ANTARA) - DPRD Kabupaten Sumbawa mengesahkan APBD Perubahan bersama Pemerintah Kabupaten "
            "Sumbawa. Belanja daerah naik menjadi Rp2,1 triliun. Rapat itu dihadiri 40 anggota.")
    assert _subject_values(text) == [("pemerintah-kabupaten-sumbawa", Decimal("2100000000000")),
                                     ("dprd-kabupaten-sumbawa", Decimal("40"))]


def test_a_regional_parliament_keeps_sums_outside_a_budget_sentence():
    text = ("Sumbawa (ANTARA) - DPRD Kabupaten Sumbawa menggelar reses bersama Pemerintah Kabupaten Sumbawa. "
            "Kegiatan itu menghabiskan Rp300 juta.")
    assert _subject_values(text) == [("dprd-kabupaten-sumbawa", Decimal("300000000"))]


@pytest.mark.parametrize("sentence", [
    "DPRD Kabupaten Sumbawa mengesahkan APBD 2025 sebesar Rp2,1 triliun.",
    "Badan Anggaran DPRD Kabupaten Sumbawa menyepakati APBD Perubahan naik menjadi Rp2,1 triliun.",
    "Tim Anggaran Pemerintah Daerah (TAPD) Kabupaten Sumbawa menyebut pajak daerah mencapai Rp2,1 triliun.",
])
def test_a_budget_a_parliament_its_committee_or_the_budget_team_handles_is_the_regions(sentence):
    """The parliament, its budget committee and the government's budget team draft and pass the budget; with no
    government named, the sum is the region's, even where the sentence names the body before the figure."""
    assert _subject_values(f"Sumbawa (ANTARA) - {sentence}") == [("regency-sumbawa", Decimal("2100000000000"))]


def test_a_rate_of_the_budget_a_parliament_passes_is_the_regions_only_where_its_sentence_names_the_budget():
    text = ("Sumbawa (ANTARA) - DPRD Kabupaten Sumbawa menggelar rapat paripurna. Realisasi PAD mencapai 43 persen. "
            "Kehadiran anggota mencapai 90 persen.")
    assert _subject_values(text) == [("regency-sumbawa", Decimal("43")), ("dprd-kabupaten-sumbawa", Decimal("90"))]


def test_a_parliaments_own_sum_that_the_budget_is_named_before_stays_its_own():
    text = "Sumbawa (ANTARA) - Dari APBD 2025, anggaran DPRD Kabupaten Sumbawa mencapai Rp50 miliar."
    assert _subject_values(text) == [("dprd-kabupaten-sumbawa", Decimal("50000000000"))]


def test_a_scaled_figure_after_a_revenue_word_is_money():
    text = "Sumbawa (ANTARA) - Pemkab Sumbawa menyebut PAD tahun lalu 41 miliar, lalu naik menjadi 44 miliar."
    assert [m.unit for m in kg.extract(text).metrics] == ["IDR", "IDR"]


@pytest.mark.parametrize("opening", [
    "Pemkab Sumbawa menyajikan indikator makro.",
    "Dinas Kesehatan Kabupaten Sumbawa memaparkan data gizi.",
])
def test_an_area_statistic_a_regional_government_or_its_office_gives_with_no_place_named_is_its_regions(opening):
    text = f"Sumbawa (ANTARA) - {opening} Tahun ini angka stunting turun menjadi 12,4 persen dan IPM naik 0,5 persen."
    assert _subject_values(text) == [("regency-sumbawa", Decimal("12.4")), ("regency-sumbawa", Decimal("0.5"))]


def test_a_numbered_lists_item_numbers_count_nothing():
    text = ("Sumbawa (ANTARA) - Pemkab Sumbawa memaparkan capaiannya, yakni (1) Indeks Pembangunan Manusia "
            "70,1 persen dan (2) Angka Kemiskinan 12,4 persen. Data per kecamatan:\n1.Alas 14,2 persen\n"
            "2.Utan 9,8 persen")
    assert [v for _, v in _subject_values(text)] == [Decimal("70.1"), Decimal("12.4"), Decimal("14.2"), Decimal("9.8")]


def test_a_hotels_star_class_is_no_figure():
    text = ("Manado (ANTARA) - BPS Provinsi Sulawesi Utara mencatat tingkat penghunian kamar hotel bintang 5 mencapai "
            "57,4 persen pada Mei 2024, hotel bintang 3 mencapai 41 persen.")
    assert [v for _, v in _subject_values(text)] == [Decimal("57.4"), Decimal("41")]


def test_a_figure_pointed_back_to_a_few_words_after_it_is_said_again_whoever_had_it_first():
    """'Upah Rp2.400.000 per bulan itu': the regency's wage the article gave before, not the office's anew."""
    text = ("Sumbawa (ANTARA) - Dinas Tenaga Kerja Kabupaten Sumbawa mencatat UMK Kabupaten Sumbawa naik menjadi "
            "Rp2.400.000. Kepala Dinas Tenaga Kerja Kabupaten Sumbawa, Lalu Ahmad, mengatakan upah Rp2.400.000 "
            "per bulan itu berlaku mulai Januari bagi 640 pekerja.")
    assert _subject_values(text) == [("regency-sumbawa", Decimal("2400000")),
                                     ("dinas-tenaga-kerja-kabupaten-sumbawa", Decimal("640"))]


@pytest.mark.parametrize("label", ["polio dosis 1 dan 2", "pada pemakaian blok 2", "pasca pandemi COVID- 19"])
def test_the_number_of_a_dose_a_tariff_block_or_a_diseases_name_is_no_figure(label):
    text = f"Tanjungpinang (ANTARA) - Dinas Kesehatan Kepri mencatat capaian {label} mencapai 90 persen."
    assert [v for _, v in _subject_values(text)] == [Decimal("90")]


@pytest.mark.parametrize("operation", [
    "pergerakan uang tunai pada Mei mengalami net outflow sebesar Rp275 miliar",
    "kantornya menerima setoran uang kartal rata-rata Rp275 miliar per bulan",
    "layanan kas keliling dibuka di 14 lokasi",
    "uang yang keluar pada Januari mencapai Rp275 miliar",
    "uang masuk kembali sebanyak Rp275 miliar",
])
def test_the_cash_a_central_banks_office_handles_is_its_own_work(operation):
    """The cash an institution prepares or takes in is its own operation (GOLD.md), not a statistic of its region."""
    text = f"Banjarmasin (ANTARA) - Rudi Hartono, Kepala Kantor Perwakilan BI Kalsel, mengatakan {operation}."
    assert [s for s, _ in _subject_values(text)] == ["bank-indonesia/kantor-perwakilan-kalimantan-selatan"]


def test_tourist_arrivals_a_tourism_office_records_are_its_regions():
    """Arrivals in an area are a statistic of the area (GOLD.md); the retribution the office collects is its own."""
    text = ("Sumbawa (ANTARA) - Dinas Pariwisata Kabupaten Sumbawa menyebut kunjungan wisatawan tahun ini sebanyak "
            "640.000 orang. Dinas Pariwisata Kabupaten Sumbawa juga memungut retribusi Rp2 miliar.")
    assert _subject_values(text) == [("regency-sumbawa", Decimal("640000")),
                                     ("dinas-pariwisata-kabupaten-sumbawa", Decimal("2000000000"))]


def test_a_distinctive_figure_said_again_in_a_later_sentence_is_one_fact():
    """A count of three significant digits or more said again (here in a quote) is the same figure, not a second one of
    whoever is in focus; a round figure, or one whose own clause names who has it, may be another's."""
    text = ("Sumbawa (ANTARA) - Dinas Pariwisata Kabupaten Sumbawa menyebut kunjungan wisatawan tahun ini sebanyak "
            "1.274.306 orang. Dinas Pariwisata Kabupaten Sumbawa juga memungut retribusi Rp2 miliar. \"Tahun ini ada "
            "1.274.306 orang yang datang, 900 di antaranya wisman,\" kata Kepala Dinas Pariwisata Kabupaten Sumbawa, "
            "Lalu Ahmad. Kecamatan Moyo Hilir juga mencatat 900 wisman.")
    values = [v for _, v in _subject_values(text)]
    assert values.count(Decimal("1274306")) == 1 and values.count(Decimal("900")) == 2


def test_the_spending_a_treasury_office_reports_for_its_province_is_the_provinces():
    """The regional treasury (DJPb) reports the state's revenue and spending in its province, as BPS and BI report
    other statistics of it: the province's figures."""
    text = ("Mataram (ANTARA) - Kantor Wilayah Direktorat Jenderal Perbendaharaan (DJPb) Provinsi Nusa Tenggara Barat "
            "mencatat realisasi belanja negara hingga Oktober mencapai Rp14,2 triliun.")
    assert _subject_values(text) == [("nusa-tenggara-barat", Decimal("14200000000000"))]


@pytest.mark.parametrize("link", ["terdapat", "ada"])
def test_a_place_after_di_with_an_existential_word_before_its_figure_has_the_figure(link):
    """'…, di Kabupaten B terdapat 47 rombel': the place its figure follows through 'terdapat' or 'ada' is what the
    figure counts, not the place the sentence opened with."""
    text = (f"Sumbawa (ANTARA) - Dinas Pendidikan NTB menetapkan daya tampung SMA. Kabupaten Sumbawa {link} 119 "
            f"rombel, di Kabupaten Dompu {link} 47 rombel.")
    assert _subject_values(text) == [("regency-sumbawa", Decimal("119")), ("regency-dompu", Decimal("47"))]


def test_homes_struck_where_the_clause_says_where_they_lie_are_the_areas():
    """'58 unit rumah warga di empat desa pesisir terendam': the event word may come after where the homes lie."""
    text = ("Sumbawa (ANTARA) - BPBD Kabupaten Sumbawa menyebut sebanyak 58 unit rumah warga di empat desa di "
            "pesisir terendam banjir.")
    assert _subject_values(text) == [("regency-sumbawa", Decimal("58"))]


def test_claims_a_branch_paid_broken_down_by_regency_stay_the_branchs():
    text = ("Blitar (ANTARA) - BPJS Ketenagakerjaan Kantor Cabang Blitar membayar klaim Rp90 miliar pada 2024. "
            "Klaim peserta asal Kabupaten Tulungagung mencapai Rp50 miliar, lalu Kabupaten Trenggalek Rp20 miliar.")
    assert {s for s, _ in _subject_values(text)} == {"bpjs-ketenagakerjaan/kantor-cabang-blitar"}


def test_tax_each_district_paid_in_where_the_district_opens_its_clause_is_the_districts():
    """'Kecamatan A realisasi penyetoran Rp…': a district that opens its clause, with what is counted after it, is what
    the money measures, as its percentage is; the office's own total stays the office's."""
    text = ("Sleman (ANTARA) - Badan Keuangan Daerah Sleman mencatat realisasi pajak Rp500 juta. Kecamatan Mlati "
            "sebesar 8,5 persen realisasi penyetoran Rp 41.250.000, serta Kecamatan Godean dengan realisasi "
            "Rp 12.600.000 atau 4,2 persen.")
    assert _subject_values(text) == [("badan-keuangan-daerah-sleman", Decimal("500000000")),
                                     ("kecamatan-mlati", Decimal("8.5")), ("kecamatan-mlati", Decimal("41250000")),
                                     ("kecamatan-godean", Decimal("12600000")), ("kecamatan-godean", Decimal("4.2"))]


def test_a_companys_stock_listed_by_province_stays_the_companys():
    text = ("Jakarta (ANTARA) - Perum Bulog mencatat stok beras 1,2 juta ton pada Juni 2024. Stok terbesar ada di "
            "Jawa Timur dengan 300.000 ton, Jawa Barat 210.000 ton, dan Sulawesi Selatan 95.000 ton.")
    assert {s for s, _ in _subject_values(text)} == {"bulog"}


def test_money_regions_are_said_to_receive_from_a_company_is_each_regions():
    text = ("Denpasar (ANTARA) - PT Sinar Bahari membagikan dividen Rp150 miliar. Provinsi Bali mendapatkan "
            "Rp100 miliar, Kabupaten Badung Rp50 miliar.")
    assert [s for s, _ in _subject_values(text)][1:] == ["bali", "regency-badung"]


def test_a_regional_statistic_a_company_lists_by_province_is_each_provinces():
    text = ("Pontianak (ANTARA) - PT PLN (Persero) mencatat kenaikan penjualan listrik. Untuk Kalimantan Barat, "
            "rasio elektrifikasinya mencapai 92 persen, Kalimantan Tengah 95 persen.")
    assert _subject_values(text)[-2:] == [("kalimantan-barat", Decimal("92")), ("kalimantan-tengah", Decimal("95"))]


def test_a_companys_passengers_listed_by_facility_are_each_facilitys():
    text = ("Surabaya (ANTARA) - PT Angkasa Pura I melayani 3 juta penumpang pada Mei 2024. Bandara Juanda "
            "melayani 1,2 juta penumpang, Bandara Ngurah Rai 900.000 penumpang.")
    assert [s for s, _ in _subject_values(text)][1:] == ["bandara-juanda", "bandara-ngurah-rai"]


def test_money_regencies_are_said_to_receive_from_an_office_is_each_regencys():
    text = ("Madiun (ANTARA) - Kantor Pelayanan Perbendaharaan Negara Madiun menyalurkan dana Rp90 miliar. "
            "Kabupaten Ngawi mendapatkan alokasi dana desa Rp50 miliar, Kabupaten Magetan Rp30 miliar.")
    assert _subject_values(text)[1:] == [("regency-ngawi", Decimal("50000000000")),
                                         ("regency-magetan", Decimal("30000000000"))]


def test_money_for_a_regency_an_office_channels_is_the_regencys():
    text = ("Madiun (ANTARA) - Kantor Pelayanan Perbendaharaan Negara Madiun menyalurkan dana Rp90 miliar. "
            "Untuk Kabupaten Ngawi, dana desa yang cair Rp50 miliar.")
    assert _subject_values(text)[-1] == ("regency-ngawi", Decimal("50000000000"))


@pytest.mark.parametrize("city, key", [("Kota Pare-Pare (Sulawesi Selatan)", "city-parepare"),
                                       ("Kota Kendari (Sulawesi Tenggara)", "city-kendari")])
def test_a_province_in_brackets_after_a_city_only_says_where_the_city_lies(city, key):
    text = f"Ambon (ANTARA) - BPS mencatat inflasi nasional. Deflasi paling dalam terjadi di {city}, 1,25 persen."
    assert _subject_values(text)[-1] == (key, Decimal("1.25"))


def test_the_regencies_an_area_is_said_to_cover_are_not_its_figures_subject():
    text = ("Madiun (ANTARA) - Pertamina mencatat konsumsi BBM naik. Di eks Karesidenan Madiun, yang meliputi "
            "Kabupaten Ngawi, Kabupaten Magetan, dan Kabupaten Ponorogo, menurut dia konsumsi BBM naik 6,5 persen.")
    assert _subject_values(text)[-1][0] not in {"regency-ngawi", "regency-magetan", "regency-ponorogo"}


def test_a_region_a_relative_clause_says_grew_has_the_growth():
    text = ("Surabaya (ANTARA) - Bank Indonesia mencatat laju pertumbuhan ekonomi (LPE) Jawa Timur sebesar 4,9 "
            "persen.\nKepala BI Jatim Rudi Hartono menyebut, hasil itu lebih lambat dari 2022 yang tumbuh "
            "sebesar 5,3 persen. LPE Jatim itu lebih rendah dari kawasan Jawa yang naik sebesar 5,1 persen.")
    assert _subject_values(text)[-1] == ("jawa", Decimal("5.1"))


def test_a_national_opener_with_its_period_makes_the_figures_after_it_the_nations():
    text = ("Ambon (ANTARA) - BPS Provinsi Maluku mencatat inflasi di Kota Ambon pada Mei 2024 sebesar 0,4 persen. "
            "Secara nasional pada Mei 2024, dari 150 kota amatan, 60 kota mengalami inflasi.")
    assert [s for s, v in _subject_values(text) if v in (150, 60)] == ["indonesia", "indonesia"]


def test_each_regency_of_a_list_with_a_name_the_gazetteer_lacks_has_the_figure_each_has():
    text = ("Semarang (ANTARA) - Dinas Kesehatan mencatat 9 kasus baru. Kabupaten Batang, Pekalongn, Tegal, dan "
            "Brebes masing-masing satu kasus baru.")
    assert [s for s, v in _subject_values(text) if v == 1] == [
        "regency-batang", "kabupaten-pekalongn", "regency-tegal", "regency-brebes"]


def test_service_requests_a_regional_office_receives_are_its_own_work():
    text = ("Palu (ANTARA) - Kepala OJK Sulawesi Tengah Rudi Hartono di Palu, Senin, mengatakan hingga Mei 2024 "
            "pihaknya menerima sebanyak 420 permintaan layanan dari masyarakat.")
    assert _subject_values(text) == [("otoritas-jasa-keuangan/sulawesi-tengah", Decimal("420"))]


def test_the_nation_named_as_its_clauses_topic_has_the_figure():
    text = ("Sampit (ANTARA) - BPS Kabupaten Kotawaringin Timur mencatat 400.000 penduduk. Hasil sensus menunjukkan, "
            "pada 2020, Indonesia berpenduduk 280 juta jiwa.")
    assert _subject_values(text)[-1] == ("indonesia", Decimal("280000000"))


def test_a_place_where_a_head_spoke_on_a_weekday_is_not_what_the_statistic_is_about():
    text = ("Kendari (ANTARA) - Jumlah penduduk miskin di Sulawesi Tenggara berkurang. Menurut Kepala BPS Sulawesi "
            "Tenggara Rudi Hartono di Kendari, Senin, persentase penduduk miskin turun menjadi 10,5 persen.")
    assert _subject_values(text)[-1] == ("sulawesi-tenggara", Decimal("10.5"))


def test_the_nations_name_after_guests_is_their_nationality_not_where_the_figure_is():
    """'wisatawan asing dan Indonesia' counts guests of a nationality in the province the office reports on."""
    f = kg.extract("PADANG - BPS Sumatera Barat mencatat hunian hotel naik. Wisatawan asing dan Indonesia menginap "
                   "di hotel melati selama 2,10 hari pada Mei.")
    assert [m.subject for m in f.metrics] == ["sumatera-barat"]


@pytest.mark.parametrize("sentence, subject", [
    ("SINTANG - Kepala BPJS Kesehatan Cabang Sintang Budi mengatakan 88 persen penduduk Kabupaten Melawi sudah menjadi "
     "peserta JKN.", "regency-melawi"),
    ("SINTANG - Sebanyak 210.000 dari 260.000 jiwa warga Kabupaten Melawi telah terdaftar di BPJS Kesehatan.",
     "regency-melawi"),
    ("SINTANG - BPJS Kesehatan Cabang Sintang menyebut 90 persen penduduk Indonesia sudah terdaftar.", "indonesia"),
])
def test_a_share_of_a_named_places_residents_is_that_places(sentence, subject):
    """GOLD.md: statistics about an area have the area as subject, whoever reports them."""
    assert {m.subject for m in kg.extract(sentence).metrics} == {subject}


def test_a_bare_count_of_residents_an_office_brought_back_stays_the_offices():
    f = kg.extract("SINTANG - BPJS Kesehatan Cabang Sintang mencatat hingga Mei 2024 sebanyak 1.250 warga Sintang "
                   "kembali aktif sebagai peserta.")
    assert [m.subject for m in f.metrics] == ["bpjs-kesehatan/kantor-cabang-sintang"]


def test_consumption_in_a_named_region_is_the_regions_statistic():
    """'Di Kepri, konsumsi solar …': what an area consumes describes the area, whichever company reports it; what the
    company supplies stays its own."""
    f = kg.extract("BATAM - PT Nusa Energi mencatat konsumsi turun. Di wilayah Kepri, konsumsi solar harian merosot "
                   "dari 1.200 KL menjadi 1.100 KL. PT Nusa Energi menyalurkan 900 KL BBM di Kepri.")
    assert [m.subject for m in f.metrics] == ["kepulauan-riau", "kepulauan-riau", "nusa-energi"]


def test_a_figure_after_a_list_of_a_regions_parts_is_the_regions():
    """'Untuk wilayah Keresidenan X, meliputi Kabupaten A dan Kabupaten B, …': the figures after the list describe the
    residency as a whole; items that carry figures of their own keep them."""
    f = kg.extract("KUDUS - Untuk wilayah Keresidenan Banyumas, meliputi Kabupaten Banyumas, Kabupaten Cilacap, dan "
                   "Kabupaten Purbalingga, kata dia, konsumsi harian BBM naik 4,5 persen.")
    assert [m.subject for m in f.metrics] == ["keresidenan-banyumas"]
    f = kg.extract("SEMARANG - BPS mencatat inflasi di Jawa Tengah, yakni Kota Semarang 0,5 persen dan Kota Solo 0,3 "
                   "persen.")
    assert [m.subject for m in f.metrics] == ["city-semarang", "city-surakarta"]


def test_banking_assets_are_a_regions_statistic():
    f = kg.extract("MAKASSAR - OJK Sulselbar mencatat aset perbankan di Sulampua mencapai Rp500 triliun.")
    assert [m.subject for m in f.metrics] == ["sulawesi-maluku-dan-papua"]


@pytest.mark.parametrize("text, low, high, code", [
    ("BMKG Stasiun Bitung mencatat tinggi gelombang di Laut Maluku mencapai 2 meter-3 meter.", "2", "3", "MTR"),
    ("BMKG Stasiun Bitung memperkirakan angin bertiup 12 knot–28 knot di Laut Maluku.", "12", "28", "KNT"),
    ("BMKG Stasiun Bitung mencatat tinggi gelombang di Laut Maluku mencapai 2-3 meter.", "2", "3", "MTR"),
])
def test_a_range_whose_bounds_each_carry_the_measure_gives_both_bounds(text, low, high, code):
    f = kg.extract(text)
    assert [(str(m.value), m.qualifier, m.unit_code) for m in f.metrics] == [
        (low, "at_least", code), (high, "at_most", code)]


def test_a_listed_district_of_a_regency_named_before_with_its_figure_is_a_place_and_that_figures_subject():
    """'…, diantaranya Cepogo, 40 peristiwa, Musuk 52 peristiwa': districts of the regency the article named, each
    with a figure, though no cue ('di') says a place follows."""
    f = kg.extract("Boyolali (ANTARA) - Kantor Kementerian Agama Kabupaten Boyolali mencatat 400 peristiwa nikah pada "
                   "2023, diantaranya Cepogo, 40 peristiwa, Musuk 52 peristiwa, dan Selo 18 peristiwa.")
    assert [(str(m.value), m.subject) for m in f.metrics][1:] == [("40", "cepogo"), ("52", "musuk"), ("18", "selo")]


def test_a_district_of_a_regency_the_article_never_named_needs_a_cue_before_its_figure():
    f = kg.extract("Boyolali (ANTARA) - Kantor Kementerian Agama Kabupaten Boyolali mencatat 400 peristiwa nikah, "
                   "diantaranya Kajoran, 40 peristiwa.")
    assert "kajoran" not in {p.key for p in f.places}


def test_after_a_ranking_of_a_provinces_parts_the_figures_naming_no_place_are_the_provinces_again():
    text = ("Serang (ANTARA) - BPS Banten melaporkan angka pengangguran 7,1 persen per Agustus 2024. "
            "Kabupaten Lebak berada di posisi teratas di Banten dengan 9,1 persen dan terendah Kota Cilegon "
            "sebesar 5,2 persen. Jumlah warga usia kerja per Agustus 2024 mencapai 9,1 juta orang, dan angkatan "
            "kerja 5,8 juta orang.")
    by_value = {str(m.value): m.subject for m in kg.extract(text).metrics}
    assert (by_value["9.1"], by_value["5.2"]) == ("regency-lebak", "city-cilegon")
    assert by_value["9100000"] == by_value["5800000"] == "banten"


def test_the_size_a_product_is_sold_in_is_no_figure():
    f = kg.extract("Kupang (ANTARA) - Pertamina Patra Niaga menjamin stok elpiji 3 kg aman. Kuota LPG 3 kg tahun ini "
                   "50.000 MT, dan penjualan tabung gas 12 kilogram naik 4 persen. Stok beras di gudang 800 kg.")
    assert [str(m.value) for m in f.metrics] == ["50000", "4", "800"]


def test_a_connections_rating_is_no_figure():
    f = kg.extract("Palu (ANTARA) - PLN UP3 Palu mencatat 41.200 pelanggan daya 2.200 VA. Sebagian pelanggan itu "
                   "memilih daya 1.300 VA.")
    assert [str(m.value) for m in f.metrics] == ["41200"]


def test_a_statistic_a_regional_planning_agency_gives_is_its_regions():
    text = ("Cibinong (ANTARA) - Bappeda Kabupaten Bogor mencatat penambahan warga miskin.\n"
            "Angka kemiskinan tersebut naik dari 7,1 menjadi 8,4 persen selama setahun.")
    assert {m.subject for m in kg.extract(text).metrics} == {"regency-bogor"}


@pytest.mark.parametrize("tail, expected", [
    # goods set aside for the poor: the office's own handout, no count of the poor
    ("Ia menyebutkan, untuk warga miskin disiapkan 300 paket.", "dinas-sosial-kabupaten-bogor"),
    # the poor counted: the region's statistic
    ("Ia menyebutkan, jumlah warga miskin tahun ini 300 orang.", "regency-bogor"),
])
def test_a_people_marker_makes_a_statistic_only_of_a_count_of_people(tail, expected):
    text = ("Cibinong (ANTARA) - Dinas Sosial Kabupaten Bogor menggelar bazar sembako murah. Kepala Dinas Sosial "
            f"Kabupaten Bogor Rina Wati mengatakan paket dibagi menurut kategori penerima. {tail}")
    assert kg.extract(text).metrics[-1].subject == expected


def test_a_statistic_of_an_offices_work_area_is_no_figure_of_its_town():
    text = ("Kediri (ANTARA) - OJK Kediri mencatat kinerja perbankan tetap stabil. Secara nasional kredit tumbuh 8 persen. "
            "Pembiayaan bank di seluruh wilayah kerja OJK Kediri naik 12 persen menjadi Rp40 triliun.")
    assert [(m.subject, str(m.value)) for m in kg.extract(text).metrics] == [
        ("indonesia", "8"), ("otoritas-jasa-keuangan/kediri", "12"), ("otoritas-jasa-keuangan/kediri", "40000000000000")]


def test_a_named_port_or_airport_with_its_town_after_it_is_the_topic_of_its_figure():
    text = ("Kupang (ANTARA) - Pelindo mencatat arus mudik. Terbanyak di Pelabuhan Tenau Kupang dengan 5.300 "
            "penumpang, lalu Pelabuhan Lembar dengan 1.800 penumpang dan di Bandara Adi Sumarmo Surakarta dengan "
            "900 penumpang.")
    f = kg.extract(text)
    assert [m.subject for m in f.metrics] == ["pelabuhan-tenau", "pelabuhan-lembar", "bandara-adi-sumarmo"]
    port = next(p for p in f.places if p.key == "pelabuhan-tenau")
    assert "Pelabuhan Tenau Kupang" in port.aliases


def test_the_spending_a_treasury_office_reports_by_category_is_its_provinces():
    """'Belanja Pegawai' names a category of the region's public spending, not the office's own staff; the office
    named 'Ditjen Perbendaharaan' in full reports regional statistics as 'DJPb' does."""
    text = ("Mataram (ANTARA) - Kepala Kanwil Ditjen Perbendaharaan Provinsi NTB, Rudi Hartono, mengatakan realisasi "
            "belanja negara di NTB naik. Realisasi itu terdiri atas Belanja Pegawai sebesar Rp2,4 triliun dan Belanja "
            "Modal sebesar Rp900 miliar.")
    assert {m.subject for m in kg.extract(text).metrics} == {"nusa-tenggara-barat"}


def test_a_figure_whose_sentence_names_its_bodies_after_it_is_the_first_ones():
    f = kg.extract("Kendal (ANTARA) - Sebanyak 300 paket beras murah dibagikan Pemerintah Kabupaten Kendal dalam kerja "
                   "sama dengan Perusahaan Umum Badan Urusan Logistik (Bulog) di kota itu.")
    assert [m.subject for m in f.metrics] == ["pemerintah-kabupaten-kendal"]


@pytest.mark.parametrize("attribution, subjects", [
    ("Hal itu disampaikan Kepala Humas RSUD Kota Bitung, Rudi Hartono.", ["rsud-kota-bitung"] * 2),
    ("Data tersebut dijelaskan Dinas Kesehatan Kota Bitung.", ["dinas-kesehatan-kota-bitung"] * 2),
    # a sentence that does not say who conveyed the figures attributes nothing
    ("Hal itu membuat antrean panjang di RSUD Kota Bitung.", []),
])
def test_figures_nothing_attributes_are_whose_the_sentence_after_says_conveyed_them(attribution, subjects):
    f = kg.extract("BITUNG - Pasien yang berobat membludak usai libur. Dari data pekan lalu, tercatat 350 pasien. "
                   f"Pada Senin ada 720 pasien. {attribution}")
    assert [m.subject for m in f.metrics] == subjects


def test_a_rate_said_again_with_the_same_verb_is_not_measured_again():
    # the later sentence names a period, of another figure after them ('tahun ini'): still the rates said again
    f = kg.extract("BITUNG - Realisasi penerimaan KPP Pratama Bitung naik 12% dari realisasi tahun sebelumnya. "
                   "Kepala KPP Pratama Bitung Rudi Hartono menyebut realisasi pada semester I mencapai 31%. "
                   "\"Kami bersyukur,\" ujarnya pada Senin (12/8/2019). Walau naik 12% dan tercapai 31% dari target, "
                   "target penerimaan tahun ini bertambah menjadi Rp900 miliar.")
    assert [m.value for m in f.metrics] == [Decimal("12"), Decimal("31"), Decimal("900000000000")]


def test_a_distinctive_figure_dated_only_when_said_again_is_not_measured_again():
    f = kg.extract("Semarang (ANTARA) - Kanwil Bea Cukai Jawa Tengah mencatat penerimaan Rp40,71 triliun. \"Target "
                   "kami Rp60 triliun, per 31 Agustus 2025 posisinya Rp40,71 triliun,\" ujar Rudi Hartono, pimpinan "
                   "kantor itu.")
    assert [m.value for m in f.metrics] == [Decimal("40710000000000"), Decimal("60000000000000")]


@pytest.mark.parametrize("text, expected", [
    # residents a national ministry counts, with no place named: the nation's, whoever said it
    ("Jakarta (ANTARA) - Direktur Jenderal Kependudukan Kementerian Dalam Negeri Rudi Hartono mengatakan jumlah "
     "penduduk tercatat 281.600.000 jiwa pada Juni 2025.", [("281600000", "indonesia")]),
    # land burnt that a ministry measures, with no place named: the nation's land
    ("Jakarta (ANTARA) - Kementerian Kehutanan mencatat lahan yang terbakar sepanjang 2023 seluas 1.160.000 "
     "hektare.", [("1160000", "indonesia")]),
])
def test_what_a_national_ministry_records_of_an_area_with_no_place_named_is_the_nations(text, expected):
    assert subjects(text) == expected


def test_a_ministry_known_by_its_short_name_alone_records_the_nations_residents():
    text = ("Jakarta (ANTARA) - Data Kemendagri menunjukkan jumlah penduduk mencapai 281.600.000 jiwa pada Juni 2025, "
            "kata Rudi Hartono.")
    assert subjects(text) == [("281600000", "indonesia")]


def test_a_ministry_that_names_a_regional_office_of_it_keeps_its_records():
    text = ("Mataram (ANTARA) - Kepala Kantor Wilayah Kementerian Hukum Nusa Tenggara Barat Rina Wati mengatakan "
            "Kementerian Hukum mencatat 1.250 penduduk mengurus izin tinggal pada 2025.")
    assert ("1250", "indonesia") not in subjects(text)


def test_a_share_after_a_count_and_atau_is_about_whom_the_count_is():
    text = ('Jakarta (ANTARA) - Jumlah penduduk Kota Bogor tercatat 1.100.000 jiwa. "Jumlah tersebut terdiri 600.000 '
            'warga usia kerja atau 54,5 persen, serta 500.000 warga usia lain atau 45,5 persen," kata Kepala Dinas '
            'Kependudukan Kota Bogor Rina Wati.')
    assert subjects(text) == [(v, "city-bogor") for v in ("1100000", "600000", "54.5", "500000", "45.5")]


def test_migrant_workers_of_the_nation_are_no_figure_of_the_nation():
    text = ("Praya (ANTARA) - Warga Kabupaten Lombok Timur banyak merantau ke luar negeri. Sepanjang 2024 tercatat "
            "Pekerja Migran Indonesia (PMI) asal daerah itu 9.200 orang, kata Kepala Disnaker Lotim Rudi Hartono.")
    assert subjects(text) == [("9200", "regency-lombok-timur")]


@pytest.mark.parametrize("short, code", [("Loteng", "52.02"), ("Lotim", "52.03"), ("KLU", "52.08"), ("Barut", "62.05")])
def test_regency_short_forms_of_the_press_are_known(short, code):
    from kg import gazetteer
    assert [p.code for p in gazetteer.lookup(short)] == [code]


def test_migrant_workers_a_regional_office_records_are_its_areas_residents():
    text = ("Praya (ANTARA) - Dinas Tenaga Kerja Kabupaten Lombok Barat mencatat jumlah PMI asal daerah itu yang kini "
            "bekerja di Malaysia sepanjang 2024 sebanyak 4.300 orang.")
    assert subjects(text) == [("4300", "regency-lombok-barat")]


def test_a_digit_that_numbers_an_office_after_its_place_is_its_name_and_no_figure():
    text = ("Surabaya (ANTARA) - Balai Karantina Ikan (BKI) Surabaya 2 kembali melepas ekspor ikan. Layanan di BKI "
            "Surabaya 2 sudah daring, dan ekspor pekan ini 1.200 ton.")
    found = kg.extract(text)
    assert [o.name for o in found.organizations if o.kind != "publisher"] == ["Balai Karantina Ikan Surabaya 2"]
    assert [str(m.value) for m in found.metrics] == ["1200"]


def test_a_count_after_a_place_said_once_stays_a_figure():
    text = "Surabaya (ANTARA) - Dinas Sosial Kota Surabaya 2 kali menyalurkan bantuan kepada 1.200 keluarga."
    found = kg.extract(text)
    assert [o.name for o in found.organizations if o.kind != "publisher"] == ["Dinas Sosial Kota Surabaya"]
    assert [str(m.value) for m in found.metrics] == ["1200"]


def test_a_national_body_whose_region_was_just_named_does_not_count_the_nation():
    text = ("Sukadana (ANTARA) - Kepesertaan program JKN di Kabupaten Lampung Timur mencapai 98 persen warganya. "
            "Berdasarkan data Maret 2025, masyarakat yang ikut Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan "
            "mencapai 900.000 jiwa.")
    assert ("900000", "indonesia") not in subjects(text)


def test_figures_after_a_list_of_districts_each_with_its_own_figure_are_the_regencys_again():
    """Kaliwungu is the name of districts in three regencies; here it is Kabupaten Semarang's, the regency the
    article named, so the figures after the list, which name no place, are that regency's, not its last district's."""
    f = kg.extract("Ungaran - Retribusi pasar di Kabupaten Semarang naik. Setoran terbesar datang dari empat kecamatan "
                   "yakni, Getasan dipatok sebesar Rp1,2 miliar, Tengaran (Rp1,1 miliar), Bancak (Rp1,4 miliar) dan "
                   "Kaliwungu (Rp1,5 miliar).\nAdapun 15 kecamatan sisanya, dipatok antara Rp200 juta sampai Rp900 "
                   "juta.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [
        ("getasan", 1200000000), ("tengaran", 1100000000), ("bancak", 1400000000), ("kaliwungu", 1500000000),
        ("regency-semarang", 15), ("regency-semarang", 200000000), ("regency-semarang", 900000000)]


def test_a_count_of_divisions_is_no_region_that_cannot_hold_them():
    """A city holds no provinces: the three provinces an office in the city covers are the office's count."""
    f = kg.extract("Kantor Wilayah DJP Kota Manado kini mengawasi 3 provinsi di utara.")
    office = "direktorat-jenderal-pajak/kantor-wilayah-kota-manado"
    assert [(m.subject, int(m.value)) for m in f.metrics] == [(office, 3)]


def test_a_regions_own_revenue_reported_by_its_finance_office_is_the_regions_where_no_government_is_named():
    text = ("PAD Kabupaten Ngawi tahun ini naik. Menurut Kepala BPKD Rudi Hartono, PAD ditargetkan Rp90 miliar, "
            "sementara yang masuk baru Rp70 miliar.")
    assert subjects(text) == [("90000000000", "regency-ngawi"), ("70000000000", "regency-ngawi")]


def test_a_tax_a_revenue_office_collected_stays_the_offices_own_work():
    text = ("Badan Pendapatan Daerah (Bapenda) Kabupaten Ngawi mencatat pajak hotel Rp2 miliar. Kepala Bapenda "
            "Rudi Hartono mengatakan, pajak restoran terkumpul Rp3 miliar.")
    office = "badan-pendapatan-daerah-kabupaten-ngawi"
    assert subjects(text) == [("2000000000", office), ("3000000000", office)]


@pytest.mark.parametrize("opener", ['"Proyeksi ini', '"Hal ini membuat kebutuhan', "Capaian itu"])
def test_a_sentence_that_points_back_past_one_without_figures_keeps_that_figures_subject(opener):
    text = ("Jambi - Kantor Perwakilan Bank Indonesia Provinsi Jambi mengedarkan Rp3 triliun jelang Natal. "
            "Angka ini belum termasuk layanan keliling. "
            f'{opener} naik 10 persen dari tahun lalu sebesar Rp2,7 triliun," kata Rudi Hartono.')
    office = "bank-indonesia/kantor-perwakilan-jambi"
    assert subjects(text) == [("3000000000000", office), ("10", office), ("2700000000000", office)]


def test_cash_in_denominations_an_office_prepares_is_its_own_work():
    text = ("Jambi - Kantor Perwakilan Bank Indonesia Provinsi Jambi mengedarkan uang tunai jelang Natal. "
            "Sebagian besar berupa uang pecahan Rp100 ribu, senilai Rp2,5 triliun.")
    office = "bank-indonesia/kantor-perwakilan-jambi"
    assert {s for _, s in subjects(text)} == {office}


def test_the_official_who_speaks_outranks_a_body_named_after_a_preposition():
    text = ("Sekretaris Dinas Sosial Kabupaten Ngawi Rudi Hartono mengatakan, dana yang diterima dari Kementerian "
            "Sosial mencapai Rp12 miliar.")
    assert subjects(text) == [("12000000000", "dinas-sosial-kabupaten-ngawi")]


def test_a_record_in_a_village_located_by_its_district_is_the_villages():
    text = ("Kendal - BPBD Kabupaten Kendal mencatat banjir merendam permukiman. Di Desa Sidomulyo, Kecamatan "
            "Weleri, 1.200 jiwa terdampak banjir.")
    assert subjects(text) == [("1200", "desa-sidomulyo")]


def test_a_products_size_after_a_word_of_size_is_no_amount_but_an_amount_of_the_product_is():
    text = ("Medan - Pertamina meminta warga tidak memborong elpiji bersubsidi ukuran 3 kg. Pertamina juga menyalurkan "
            "elpiji sebanyak 900 kg ke pasar murah.")
    assert subjects(text) == [("900", "pertamina")]


@pytest.mark.parametrize("act", ["dipulangkan", "diberangkatkan ke luar negeri"])
def test_workers_a_national_agency_sends_or_brings_home_are_its_own_work(act):
    text = ("Jakarta - Badan Pelindungan Pekerja Migran Indonesia (BP2MI) bekerja sepanjang tahun. Pada 2021 jumlah "
            f"PMI yang {act} tercatat 3.400 orang.")
    assert subjects(text) == [("3400", "badan-pelindungan-pekerja-migran-indonesia")]


def test_immunisation_coverage_a_health_office_records_is_a_statistic_of_its_city():
    text = ("Dinas Kesehatan Kota Sukabumi mencatat cakupan imunisasi dasar lengkap hingga Oktober mencapai 91 persen. "
            "Dinas itu juga melatih 40 kader posyandu.")
    assert subjects(text) == [("91", "city-sukabumi"), ("40", "dinas-kesehatan-kota-sukabumi")]


def test_disasters_and_their_damage_a_provincial_disaster_office_records_are_the_provinces():
    text = ("Semarang: Hujan deras memicu 45 kejadian bencana di Jawa Tengah sepanjang Maret 2024. Menurut Badan "
            "Penanggulangan Bencana Daerah Jawa Tengah, bencana tersebut meliputi 12 peristiwa banjir dan 31 tanah "
            "longsor. Warga yang mengungsi mencapai 900 orang atau 250 kepala keluarga. Tercatat kerusakan rumah "
            "sebanyak 210 unit. Pemerintah Provinsi Jawa Tengah menetapkan status siaga darurat.")
    assert subjects(text) == [("45", "jawa-tengah"), ("12", "jawa-tengah"), ("31", "jawa-tengah"),
                              ("900", "jawa-tengah"), ("250", "jawa-tengah"), ("210", "jawa-tengah")]


def test_aid_the_disaster_office_hands_out_stays_its_own():
    text = ("Semarang: BPBD Provinsi Jawa Tengah membagikan 400 paket sembako kepada warga yang terdampak banjir. "
            "Pemerintah Provinsi Jawa Tengah menetapkan status siaga darurat.")
    assert subjects(text) == [("400", "bpbd-provinsi-jawa-tengah")]


def test_evacuees_counted_before_the_figure_and_said_again_in_other_units_are_the_areas():
    text = ("Kendal - Banjir melanda Kabupaten Kendal. Menurut BPBD Kabupaten Kendal, jumlah warga yang harus "
            "mengungsi mencapai 900 orang atau 250 kepala keluarga.")
    assert subjects(text) == [("900", "regency-kendal"), ("250", "regency-kendal")]


def test_an_indicator_word_inside_a_programmes_name_marks_no_statistic():
    text = ("Surabaya - Pemerintah Provinsi Jawa Timur memperluas bantuan. Untuk Program Pengentasan Kemiskinan Desa "
            "(PKD), tambahan 2.000 keluarga dengan anggaran Rp 5 miliar.")
    assert subjects(text) == [("2000", "pemerintah-provinsi-jawa-timur"),
                              ("5000000000", "pemerintah-provinsi-jawa-timur")]


def test_a_body_named_after_a_word_of_time_says_when_not_who():
    text = ("Medan - Pertamina membentuk Satuan Tugas Ramadan dan Idul Fitri (Satgas RAFI). Pertamina mencatat "
            "penjualan elpiji selama Satgas RAFI naik 5 persen.")
    assert subjects(text) == [("5", "pertamina")]


def test_a_figure_said_again_rounded_is_one_figure():
    text = ("Ambon - BPJS Kesehatan Cabang Ambon membayar klaim Rp 1.204.530.000 atau sekitar Rp1,2 miliar pada 2024. "
            "Kantor itu melayani 5.108 orang atau lebih dari 5 ribu peserta, dan 312 klinik atau 12 persen.")
    assert [value for value, _ in subjects(text)] == ["1204530000", "5108", "312", "12"]


def test_a_second_figure_after_atau_that_is_not_a_rounding_stays():
    text = ("Ambon - BPJS Kesehatan Cabang Ambon mencatat 5.108 peserta baru atau 4.000 peserta lebih banyak "
            "dari tahun lalu. Iuran Rp 35.000 atau Rp 42.000 berlaku bagi kelas III dan kelas II.")
    assert [value for value, _ in subjects(text)] == ["5108", "4000", "35000", "42000"]


def test_banknotes_listed_after_a_denomination_and_its_words_are_face_values_not_figures():
    f = kg.extract("Ternate - Bank Indonesia menyediakan uang tunai Rp1 triliun. Yang disiapkan ialah uang pecahan baru "
                   "dengan nominal mulai dari Rp 2.000, Rp 50.000 dan Rp 100.000.")
    assert [int(m.value) for m in f.metrics] == [10 ** 12]


def test_places_before_each_with_words_between_take_the_figures_in_order():
    f = kg.extract("Padang - Bulan lalu Kota Bukittinggi dan Padang masing-masing mencatat inflasi 0,31 persen dan "
                   "deflasi 0,12 persen.")
    assert [(m.subject, str(m.value)) for m in f.metrics] == [("city-bukittinggi", "0.31"), ("city-padang", "0.12")]


def test_residents_a_regional_office_records_in_a_place_its_sentence_names_are_that_places():
    f = kg.extract("Kupang - Kepala Dinas Kesehatan Provinsi NTT Rudi Hartono menyebut warga yang terjangkit campak "
                   "tersebar di 20 kabupaten. Jumlah pasien terbanyak, tambah Rudi, ada di Kabupaten Ende yakni sebanyak "
                   "310 jiwa dan meninggal 4 orang.")
    assert [(m.subject, int(m.value)) for m in f.metrics][1:] == [("regency-ende", 310), ("regency-ende", 4)]


def test_a_count_spread_across_the_nation_is_the_nations():
    f = kg.extract("Batam - Permintaan uang tunai di Sumatera naik menjadi Rp41 triliun. Kini tersedia 3.150 loket "
                   "penukaran yang tersebar di seluruh Indonesia, ujar Rudi.")
    assert [(m.subject, int(m.value)) for m in f.metrics][-1] == ("indonesia", 3150)


def test_homes_struck_in_a_village_with_a_rounding_word_before_the_count_are_the_villages():
    f = kg.extract("Sintang - Menurut BPBD Kabupaten Sintang, rumah warga yang terdampak longsor di Desa Sukamaju kurang "
                   "lebih 24 unit.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("desa-sukamaju", 24)]


def test_a_bare_district_of_the_articles_regency_before_its_figure_is_that_district():
    f = kg.extract("Klungkung - Dinas Pertanian Klungkung menyuntik babi ternak. Kecamatan Banjarangkan sebanyak 300 "
                   "ekor. Berikutnya Nusa Penida sebanyak 210 ekor.")
    assert [(m.subject, int(m.value)) for m in f.metrics][-1] == ("nusa-penida", 210)


def test_an_office_listed_by_its_regional_short_form_holds_its_figure():
    f = kg.extract("Purbalingga - Serapan anggaran paling tinggi dicapai Badan Kesbangpol sebesar 91,2 persen, BPPKAD "
                   "84,5 persen dan Dindukcapil 80,1 persen.")
    assert [m.subject for m in f.metrics] == ["badan-kesbangpol", "bppkad", "dindukcapil"]


@pytest.mark.parametrize("compared", ["dari ekspor September 2021", "terhadap September 2021"])
def test_a_change_against_a_period_named_after_its_comparing_word_is_dated_by_its_own(compared):
    f = kg.extract(f"Ambon - BPS Maluku mencatat ekspor Maluku pada Oktober 2021 sebanyak 3.100 ton, naik sebesar 4,5 "
                   f"persen {compared}.")
    change = next(m for m in f.metrics if m.unit == "percent")
    assert change.period_end == date(2021, 10, 31)


def test_a_period_after_dari_and_a_source_dates_the_figure():
    f = kg.extract("Jambi - Kredit perbankan di Jambi dari data Triwulan II 2022 mencapai Rp40 triliun, tumbuh 7 persen.")
    assert {m.period_end for m in f.metrics} == {date(2022, 6, 30)}


def test_road_condition_from_a_ministrys_data_is_the_provinces():
    f = kg.extract("Jambi - Kepala Dinas PUPR Jambi, Rudi Santoso, menyebut berdasarkan data Kementerian PUPR, kondisi "
                   "jalan mantap di Jambi baru 64,5 persen.")
    assert [m.subject for m in f.metrics] == ["jambi"]


def test_the_condition_of_national_roads_in_indonesia_is_the_nations():
    f = kg.extract("Jakarta (ANTARA) - Direktorat Jenderal Bina Marga Kementerian PUPR melaporkan kemantapan jalan "
                   "nasional di Indonesia kini mencapai 92,5 persen.")
    assert [m.subject for m in f.metrics] == ["indonesia"]


@pytest.mark.parametrize("clause, subject", [
    ("Kementerian Energi dan Sumber Daya Mineral mencatat kapasitas pembangkit listrik tenaga surya bertambah 120 "
     "megawatt sepanjang 2023.", "indonesia"),
    # investment realised is what investors put into the country, a statistic of it, whoever records it
    ("Kementerian Investasi mencatat realisasi penanaman modal asing mencapai Rp 300 triliun pada triwulan I 2024.",
     "indonesia"),
    ("Kementerian Investasi mencatat realisasi anggaran mencapai Rp 300 miliar pada triwulan I 2024.",
     "kementerian-investasi"),
])
def test_a_ministrys_record_of_the_country_is_the_nations_its_own_realisation_its_own(clause, subject):
    assert [m.subject for m in kg.extract("Jakarta (ANTARA) - " + clause).metrics] == [subject]


def test_the_size_of_a_package_is_no_figure():
    f = kg.extract("Palembang - Warga antre membeli gula kemasan 2 kilogram di pasar murah, sementara Bulog Sumsel "
                   "sudah menyalurkan 32.000 ton.")
    assert [int(m.value) for m in f.metrics] == [32000]


def test_the_price_a_body_buys_at_is_its_own_not_the_markets():
    f = kg.extract("Dompu - Jagung petani kini diserap Bulog Cabang Dompu dengan harga Rp 5.200 per kilogram.")
    assert [m.subject for m in f.metrics] == ["bulog/kantor-cabang-dompu"]


def test_the_next_count_of_a_list_of_homes_struck_after_dan_and_where_is_that_places():
    f = kg.extract("Sintang - Menurut BPBD Kabupaten Sintang, rumah warga yang terdampak longsor di Desa Sukamaju kurang "
                   "lebih 24 unit dan di Desa Sukaraja sekitar 16 unit.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("desa-sukamaju", 24), ("desa-sukaraja", 16)]


def test_a_sentence_opening_with_a_level_word_pointing_back_is_about_that_place():
    f = kg.extract("Klungkung - Vaksinasi babi terbanyak dilakukan di Kecamatan Banjarangkan sebanyak 300 ekor. Kecamatan "
                   "ini juga wilayah dengan populasi babi terbesar di Klungkung yang jumlahnya 9.400 ekor.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("kecamatan-banjarangkan", 300),
                                                              ("kecamatan-banjarangkan", 9400)]


def test_a_part_named_after_the_parts_were_ranked_leaves_the_figures_after_it_to_the_region():
    f = kg.extract("Mamuju - BPS Provinsi Sulawesi Barat mencatat inflasi Sulawesi Barat 1,2 persen. Inflasi tertinggi "
                   "terjadi di Kabupaten Majene sebesar 2,1 persen, sedangkan yang paling rendah Kabupaten Pasangkayu sebesar 0,4 "
                   "persen. Kabupaten Mamasa mengalami deflasi sebesar 0,3 persen. Kelompok pendidikan naik 1,5 persen.")
    assert [(m.subject, str(m.value)) for m in f.metrics] == [
        ("sulawesi-barat", "1.2"), ("regency-majene", "2.1"), ("regency-pasangkayu", "0.4"),
        ("regency-mamasa", "0.3"), ("sulawesi-barat", "1.5")]


def test_the_figure_after_a_part_named_alone_stays_that_parts():
    f = kg.extract("Mamuju - BPS Provinsi Sulawesi Barat mencatat inflasi Sulawesi Barat 1,2 persen. Kabupaten Mamasa "
                   "mengalami deflasi sebesar 0,3 persen. Kelompok pendidikan di sana turun 1,5 persen.")
    assert [m.subject for m in f.metrics][-1] == "regency-mamasa"


def test_the_province_after_a_port_named_without_its_word_says_where_the_port_is():
    f = kg.extract("Jambi - BPS Provinsi Jambi mencatat ekspor Provinsi Jambi naik. Ekspor melalui Talang Duku atau "
                   "Muara Sabak Provinsi Riau sekitar 3,2 juta dolar AS.")
    assert [m.subject for m in f.metrics] == ["jambi"]


def test_a_body_that_set_a_target_is_no_subject_of_the_figures_around_it():
    f = kg.extract("Bandung - Capaian vaksinasi nasional dirilis. Sedangkan Jawa Barat mencatat 51.000 peserta vaksinasi "
                   "dari sasaran 48.000 orang yang ditetapkan Kementerian Kesehatan atau 106 persen.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("jawa-barat", 51000), ("jawa-barat", 48000),
                                                              ("jawa-barat", 106)]


def test_the_leads_figure_said_again_in_a_quote_is_one_metric():
    f = kg.extract("Semarang - Setoran pajak ke Kanwil DJP Jawa Tengah III sampai akhir semester tahun ini baru mencapai "
                   "64,31 persen. \"Sampai saat ini capaian setoran pajak kita baru Rp 7,2 triliun, kira-kira 64,31 "
                   "persen dari target 2018,\" ujar Kepala Kanwil DJP Jawa Tengah III Rudi Santoso, Selasa (13/11).")
    assert [str(m.value) for m in f.metrics] == ["64.31", "7200000000000"]


def test_a_port_goods_passed_through_is_no_subject_of_their_value():
    f = kg.extract("Jambi - BPS Provinsi Jambi mencatat ekspor Jambi naik. Ekspor melalui pelabuhan Talang Duku 2,1 juta "
                   "dolar AS, pelabuhan Muara Sabak 1,4 juta dolar AS.")
    assert {m.subject for m in f.metrics} == {"jambi"}


def test_a_wider_level_named_after_a_village_only_says_where_it_lies():
    f = kg.extract("Cianjur - Dinas Sosial Kabupaten Cianjur mencatat warga miskin tersebar di sejumlah wilayah. "
                   "Kelurahan Sukamaju, Kecamatan Cibeber sebanyak 320 KK, Kelurahan Sukaraja, Kecamatan Cibeber "
                   "sebanyak 210 KK.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("kelurahan-sukamaju", 320), ("kelurahan-sukaraja", 210)]


def test_a_disaster_offices_record_of_a_place_struck_named_after_the_figure_is_that_places():
    f = kg.extract("Mamuju - Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Sulawesi Barat (Sulbar) menyebut 20 KK "
                   "mengungsi ke rumah kerabat setelah banjir merendam Desa Sukamaju, Kecamatan Tappalang, Kabupaten "
                   "Mamuju.\nPetugas masih berjaga di lokasi.\nHujan turun sejak sore.\nKarena banjir itu, 64 jiwa "
                   "mengungsi.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("desa-sukamaju", 20), ("desa-sukamaju", 64)]


def test_the_region_holding_the_districts_an_event_struck_is_where_its_losses_are():
    f = kg.extract("Mataram - BPBD Provinsi NTB meninjau banjir yang melanda Kecamatan Wawo dan Kecamatan Lambitu, "
                   "Kabupaten Bima. BPBD NTB memperkirakan kerugian akibat banjir di dua kecamatan itu mencapai Rp 12 "
                   "miliar.")
    assert [m.subject for m in f.metrics] == ["regency-bima"]


def test_the_damage_listed_after_the_place_a_flood_struck_is_that_places():
    f = kg.extract("Mataram - BPBD Provinsi NTB meninjau banjir yang melanda Kecamatan Wawo dan Kecamatan Lambitu, "
                   "Kabupaten Bima. Sebanyak 40 rumah rusak. Selanjutnya 4 unit jembatan putus dengan kerugian Rp 8 "
                   "miliar. Kerusakan pipa air bersih ditaksir Rp 150 juta.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [
        ("regency-bima", 40), ("regency-bima", 4), ("regency-bima", 8000000000), ("regency-bima", 150000000)]


def test_a_loss_with_no_disaster_in_the_article_stays_with_the_office():
    f = kg.extract("Mataram - Dinas Perhubungan Kota Mataram mencatat kerugian Rp 150 juta akibat kerusakan lampu "
                   "lalu lintas.")
    assert [m.subject for m in f.metrics] == ["dinas-perhubungan-kota-mataram"]


def test_a_body_named_inside_an_events_name_does_not_take_the_focus():
    f = kg.extract("Brebes - Sebanyak 1.200 kasus TBC hingga Mei 2024 ditemukan di Kabupaten Brebes. Hal itu diungkapkan "
                   "Rudi Hartono pada acara Lokakarya Perencanaan Tim Percepatan Eliminasi Malaria (TPEM) di Brebes. "
                   "Angka kesembuhan mencapai 85 persen.")
    assert [m.subject for m in f.metrics] == ["regency-brebes", "regency-brebes"]


def test_a_body_named_after_dalam_is_where_something_was_said_not_whom_the_figures_after_are_about():
    f = kg.extract("TUBAN - PT Semen Nusantara (Persero) menyediakan 4.000 ton semen bagi proyek Kabupaten Tuban. "
                   "Persediaan itu cukup.\nManajer Penjualan Wilayah II Semen Nusantara, Rudi Santoso dalam Forum Ikatan "
                   "Kepala Sekolah (IKS) Kabupaten Tuban di Tuban, Senin (6/3/2023) mengatakan stok itu berupa semen "
                   "curah dan semen kantong. Rinciannya, semen curah sebanyak 1.500 ton.")
    assert [m.subject for m in f.metrics] == ["semen-nusantara", "semen-nusantara"]


def test_the_area_a_ranking_runs_over_is_not_what_it_ranks():
    f = kg.extract("Padang - BPS merilis angka pengangguran. Kota Padang pada 2023 menjadi kota dengan pengangguran "
                   "tertinggi di Pulau Sumatera sebesar 6,4 persen. Pengangguran tertinggi di Kota Solok 5,3 persen.")
    assert [(m.subject, m.value) for m in f.metrics] == [
        ("city-padang", Decimal("6.4")), ("city-solok", Decimal("5.3"))]


def test_a_list_of_deaths_by_place_after_the_disease_gives_each_place_its_count_and_the_total_the_province():
    f = kg.extract("Ambon - Dinas Kesehatan Provinsi Maluku mencatat 2.100 kasus malaria sepanjang 2024.\n\"Kasus "
                   "terbanyak di Buru 700 kasus, Seram Bagian Barat 450 kasus, dan Kota Ambon 300 kasus,\" kata Kepala "
                   "Dinkes Maluku Rudi Hartono.\nRudi lalu merinci lima kasus kematian karena malaria, yakni 3 kasus di "
                   "Buru, dan 2 kasus di Kota Ambon.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [
        ("maluku", 2100), ("regency-buru", 700), ("regency-seram-bagian-barat", 450),
        ("city-ambon", 300), ("maluku", 5), ("regency-buru", 3), ("city-ambon", 2)]


def test_a_total_named_again_after_dari_or_with_a_demonstrative_is_no_new_figure():
    f = kg.extract("Kendari - Kantor SAR Kendari menangani 45 kejadian sepanjang 2023. Katanya, dari 45 misi pencarian "
                   "yang digelar, 300 orang selamat. Sebanyak 45 misi SAR itu mencakup kecelakaan kapal 20 kejadian.")
    assert [int(m.value) for m in f.metrics] == [45, 300, 20]


def test_where_a_speaker_spoke_after_the_weekday_and_who_speaks_in_a_tag_do_not_take_the_figure():
    f = kg.extract("Lhokseumawe - KIP Aceh menetapkan daftar pemilih sebanyak 3,7 juta orang. Anggota KIP Aceh, Rudi "
                   "Hartono, Kamis (6/7/2023) di Lhokseumawe, kepada wartawan menjelaskan bahwa pemilih itu tersebar di 290 "
                   "kecamatan di Aceh. Menurut daftar itu, lanjut Rudi, pemilih paling banyak berasal dari Kabupaten Pidie "
                   "dengan jumlah 400.000 orang.")
    assert [(m.subject, int(m.value)) for m in f.metrics][1:] == [("aceh", 290), ("regency-pidie", 400000)]


def test_a_count_of_hotspots_a_disaster_agency_gives_for_a_province_is_the_provinces():
    f = kg.extract("Jakarta - Pusat data BNPB memantau titik api di enam provinsi. Menurut "
                   "data BNPB, jumlah hotspot di Kalbar pekan lalu mencapai 4.200.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("kalimantan-barat", 4200)]


def test_a_regions_catch_and_what_its_production_is_worth_are_the_regions():
    f = kg.extract("Cilacap - Dinas Perikanan Kabupaten Cilacap mencatat produksi ikan laut pada 2023 sebanyak 12.000 ton "
                   "dengan nilai produksi Rp 300 miliar. Pada 2022 hasil tangkapan nelayan 11.000 ton.")
    assert [m.subject for m in f.metrics] == ["regency-cilacap"] * 3


def test_families_a_flood_affected_and_bridges_written_broken_or_cut_are_the_struck_regions():
    f = kg.extract("Palembang - Kepala BPBD Provinsi Sumatera Selatan Rudi Hartono menyebut banjir di Kabupaten Lahat "
                   "membuat 3.200 rumah terendam dan berdampak pada 3.500 KK. Selain itu 9 jembatan rusak/putus.")
    assert [m.subject for m in f.metrics] == ["regency-lahat"] * 3


def test_counts_of_a_disaster_named_earlier_in_the_sentence_or_the_one_before_are_the_regions():
    f = kg.extract("Palangka Raya - Titik api paling banyak di Kabupaten Katingan sebanyak 120 titik.\nSementara kejadian "
                   "karhutla, BPBD Provinsi Kalimantan Tengah mencatat sebanyak 300 kejadian. Pada Juni, sebanyak 90 "
                   "kejadian.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [
        ("regency-katingan", 120), ("kalimantan-tengah", 300), ("kalimantan-tengah", 90)]
    # the incidents an office handled are its own work, a disaster named in the sentence before or not
    f = kg.extract("Kendari - Kantor SAR Kendari sibuk sepanjang 2024. Banjir dan kecelakaan kapal paling sering "
                   "terjadi.\nKepala Kantor SAR Kendari Rudi Hartono menyebut kejadian yang sudah ditangani Kantor SAR "
                   "Kendari pada 2024 sebanyak 57 kejadian.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("kantor-sar-kendari", 57)]


def test_deaths_of_mothers_and_infants_a_health_office_counts_are_its_areas():
    f = kg.extract("Sampit - Dinas Kesehatan Kabupaten Kotawaringin Barat mencatat pada 2023 terdapat 14 kasus kematian ibu "
                   "dan 60 kematian bayi.")
    assert [m.subject for m in f.metrics] == ["regency-kotawaringin-barat"] * 2


def test_a_count_of_the_same_thing_for_another_year_after_a_regions_is_the_regions():
    f = kg.extract("Lumajang - Dinas Kesehatan Kabupaten Lumajang mendapati penderita TBC bertambah. Kepala Bidang P2P "
                   "Dinas Kesehatan Lumajang mengatakan jumlah penderita TBC di Kabupaten Lumajang bertambah. Sepanjang "
                   "2022 terdata 1.240 kasus TBC, adapun pada 2021 ada 930.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("regency-lumajang", 1240), ("regency-lumajang", 930)]


def test_fields_a_flood_struck_lie_in_the_place_the_article_says_it_struck():
    f = kg.extract("Mamuju - BPBD Provinsi Sulawesi Barat menyebut banjir merendam Desa Sukamaju, Kecamatan Tappalang, "
                   "Kabupaten Mamuju.\nPetugas masih berjaga.\n\"Sekitar 12 hektare sawah ikut terendam,\" jelasnya.")
    assert [(m.subject, int(m.value)) for m in f.metrics] == [("desa-sukamaju", 12)]


def test_a_district_and_its_regency_in_one_sentence_are_no_parts_ranked_in_their_province():
    text = ("Purworejo - Dinas Lingkungan Hidup Kabupaten Purworejo, Jawa Tengah, mencatat sampah turun. "
            "\"Sampah di Kecamatan Bagelen berkurang 12 persen,\" ujar Kepala Dinas Lingkungan Hidup Kabupaten "
            "Purworejo, Rudi Santoso. Sebelumnya sampah yang masuk 3.900 ton.")
    assert "jawa-tengah" not in {s for _, s in subjects(text)}


def test_a_body_that_a_sum_is_handed_to_later_in_the_sentence_is_not_whose_it_is():
    text = ("Rembang - Perumda Air Minum Tirta Jaya mencatat pendapatan naik. Tahun lalu keuntungan perusahaan Rp 500 juta, "
            "sebagian diserahkan kepada Pemerintah Kabupaten Rembang.")
    [company] = [o.key for o in kg.extract(text).organizations if o.name.startswith("Perumda")]
    assert subjects(text) == [("500000000", company)]


def test_after_figures_of_two_places_in_turn_the_next_figure_is_not_the_last_places():
    text = ("Jakarta - Penumpang kapal naik paling banyak di Pelabuhan Tanjung Emas, 21 persen, disusul Ambon 14 persen. "
            "Posko angkutan laut menghitung 700.000 penumpang berangkat.")
    assert ("700000", "city-ambon") not in subjects(text)


def test_the_values_a_change_ran_from_and_to_are_about_whom_the_change_is():
    text = ("Jakarta - Menurut data yang dihimpun Kementerian Kesehatan, angka penurunan prevalensi anemia Indonesia 0,4 "
            "persen dari 18,2 persen pada 2022 menjadi 17,8 persen pada 2023.")
    assert subjects(text) == [("0.4", "indonesia"), ("18.2", "indonesia"), ("17.8", "indonesia")]


def test_the_nations_target_written_with_a_capital_after_a_word_in_lower_case():
    text = ("Kupang - Kepemilikan akta kelahiran di Kota Kupang sudah 81,5 persen. Sedangkan target akta secara Nasional "
            "tahun ini 60 persen.")
    assert subjects(text) == [("81.5", "city-kupang"), ("60", "indonesia")]


def test_a_village_written_with_its_district_after_it_is_whose_figure_it_is():
    text = ("Sragen - Realisasi pajak di sejumlah desa masih rendah. Desa Karanganyar Kecamatan Sumberlawang baru "
            "Rp12.500.000 atau 21,5 persen dari baku Rp58.000.000.")
    assert {s for _, s in subjects(text)} == {"desa-karanganyar"}


def test_figures_the_regions_office_gives_right_after_its_regions_statistic_go_on_being_the_regions():
    text = ("Klaten - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Klaten mencatat realisasi "
            "investasi di Kabupaten Klaten pada semester I 2024 mencapai Rp 900 miliar. \"Pada triwulan pertama "
            "Rp 400 miliar dan triwulan kedua Rp 500 miliar,\" kata Kepala Dinas Penanaman Modal dan Pelayanan "
            "Terpadu Satu Pintu Kabupaten Klaten, Rudi Hartono.")
    assert {s for _, s in subjects(text)} == {"regency-klaten"}
    # the office's own work after the statistic stays its own
    text = ("Klaten - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Klaten mencatat realisasi "
            "investasi di Kabupaten Klaten pada semester I 2024 mencapai Rp 900 miliar. \"Kami juga melayani 320 "
            "permohonan izin,\" kata Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Klaten, "
            "Rudi Hartono.")
    assert [s for v, s in subjects(text) if v == "320"] == [
        "dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu-kabupaten-klaten"]


def test_a_regions_statistic_goes_on_where_its_office_is_cited_as_the_source_of_the_data():
    text = ("Kendari - Kemiskinan di Sulawesi Tenggara pada 2023 turun menjadi 11 persen. Sementara berdasarkan data "
            "Dinas Sosial Provinsi Sulawesi Tenggara, jumlah lansia terlantar saat ini mencapai 3.000 orang.")
    assert subjects(text) == [("11", "sulawesi-tenggara"), ("3000", "sulawesi-tenggara")]
    # an office named as whose figure it is keeps it
    text = ("Kendari - Kemiskinan di Sulawesi Tenggara pada 2023 turun menjadi 11 persen. Penyerapan anggaran di "
            "Dinas Sosial Provinsi Sulawesi Tenggara baru 40 persen.")
    assert subjects(text)[1] == ("40", "dinas-sosial-provinsi-sulawesi-tenggara")


def test_figures_after_a_regional_office_announced_its_regions_statistic_are_the_regions():
    text = ("Klaten - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Klaten mencatat realisasi "
            "investasi asing dan dalam negeri. Hingga triwulan III 2024 mencapai Rp 900 miliar atau 80 persen dari "
            "target.")
    assert {s for _, s in subjects(text)} == {"regency-klaten"}


def test_how_many_hospitals_and_doctors_a_regional_office_counts_are_its_areas():
    text = ("Mataram - Berdasarkan data Dinas Kesehatan Provinsi Nusa Tenggara Barat, dari 14 rumah sakit pemerintah, "
            "baru 9 rumah sakit yang lengkap. Secara keseluruhan terdapat 150 dokter spesialis.")
    assert {s for _, s in subjects(text)} == {"nusa-tenggara-barat"}
    # schools an office plans to fit out are its work, not the area's count
    text = ("Bandung - Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Barat mencatat 40 sekolah akan dipasangi "
            "panel surya tahun ini.")
    assert subjects(text) == [("40", "dinas-energi-dan-sumber-daya-mineral-provinsi-jawa-barat")]


def test_prices_a_regional_office_gives_right_after_its_regions_market_price_are_the_regions():
    text = ("Jambi - Dinas Perkebunan Provinsi Jambi mengumumkan harga sawit pekan ini. Menurut Kepala Dinas "
            "Perkebunan Provinsi Jambi Rudi Hartono, harga TBS umur sepuluh tahun kini Rp 2.100 per kilogram. "
            "Rudi menjelaskan bahwa harga paling tinggi yang disepakati ialah Rp 2.400.")
    assert subjects(text) == [("2100", "jambi"), ("2400", "jambi")]


def test_the_nation_compared_in_a_sentence_leaves_its_regions_next_figures_to_the_region():
    text = ("Kupang (ANTARA) - Kepala Otoritas Jasa Keuangan Provinsi Nusa Tenggara Timur Rudi Hartono menyampaikan "
            "kondisi perbankan di wilayah itu. Menurut Rudi, pertumbuhan kredit bank umum sebesar 11,2 persen jauh di "
            "atas nasional sebesar 6,1 persen dengan NPL sebesar 2,3 persen.")
    assert _subject_values(text) == [("nusa-tenggara-timur", Decimal("11.2")), ("indonesia", Decimal("6.1")),
                                     ("nusa-tenggara-timur", Decimal("2.3"))]


def test_a_sentence_that_opens_with_the_nation_after_a_regions_figures_is_about_the_nation():
    text = ("Kupang (ANTARA) - Otoritas Jasa Keuangan Provinsi Nusa Tenggara Timur mencatat kredit perbankan di Nusa "
            "Tenggara Timur tumbuh 11,2 persen, di atas nasional sebesar 6,1 persen. \"Di Indonesia rasio kecukupan "
            "modal 24,5 persen. Lalu rasio kredit bermasalah 2,7 persen,\" kata dia.")
    assert _subject_values(text)[2:] == [("indonesia", Decimal("24.5")), ("indonesia", Decimal("2.7"))]


def test_a_rate_after_the_nations_rate_is_no_change_of_it():
    text = ("Kupang (ANTARA) - Otoritas Jasa Keuangan Provinsi Nusa Tenggara Timur mencatat aset bank umum di Nusa "
            "Tenggara Timur naik 8,4 persen, lebih tinggi dari nasional yang tumbuh 5,2 persen, sedangkan dana pihak "
            "ketiga bertambah 6,6 persen.")
    assert _subject_values(text)[2] == ("nusa-tenggara-timur", Decimal("6.6"))


@pytest.mark.parametrize("ministry", ["Kementerian Kesehatan Republik Indonesia (Kemenkes RI)", "Kementerian Kesehatan"])
def test_cases_a_ministry_records_with_no_region_are_the_nations(ministry):
    text = (f"Jakarta (ANTARA) - {ministry} mencatat hingga pekan ke-10 tahun ini ditemukan 41.250 kasus demam "
            "berdarah di Indonesia. Sebanyak 318 kasus di antaranya meninggal dunia.")
    assert [s for s, _ in _subject_values(text)] == ["indonesia", "indonesia"]


def test_a_ministry_named_with_its_country_is_the_ministry():
    f = kg.extract("Jakarta (ANTARA) - Kementerian Kesehatan Republik Indonesia (Kemenkes RI) menerbitkan pedoman baru. "
                   "Kemenkes meminta dinas kesehatan mematuhinya.")
    assert [o.key for o in f.organizations if o.kind != "publisher"] == ["kementerian-kesehatan"]


def test_a_harvest_a_ministry_records_for_the_country_is_the_nations():
    text = ("Jakarta (ANTARA) - Kementerian Pertanian mencatat produksi kedelai tahun lalu mencapai 2,4 juta ton. "
            "Produksi itu ditopang petani di seluruh Indonesia.")
    assert _subject_values(text) == [("indonesia", Decimal("2400000"))]


def test_a_figure_ranked_across_the_nation_stays_the_offices():
    text = ("Surabaya (ANTARA) - Kanwil DJP Jawa Timur III membukukan pajak Rp41 triliun tahun lalu, berada di urutan "
            "ketiga se-Indonesia.")
    [(subject, _)] = _subject_values(text)
    assert subject.startswith("direktorat-jenderal-pajak/")


def test_a_count_of_regencies_after_a_citys_statistics_is_the_province_that_holds_them():
    text = ("Kediri (ANTARA) - Badan Pusat Statistik Kota Kediri mencatat indeks pembangunan manusia Kota Kediri naik "
            "menjadi 79,6 poin. Di wilayah Jawa Timur, kota itu berada di urutan kelima. \"Kota Kediri terus membaik,\" "
            "ujarnya. Sementara itu, sebanyak 21 kabupaten kota telah menuntaskan program itu.")
    assert _subject_values(text)[-1] == ("jawa-timur", Decimal("21"))


@pytest.mark.parametrize("bounds", ["dengan skor antara 65-75", "jika di bawah 50 poin",
                                    "dengan skor berkisar 55-65"])
def test_a_figure_that_bounds_a_category_is_no_metric(bounds):
    text = (f"Kediri (ANTARA) - Badan Pusat Statistik mencatat 14 kabupaten masuk kategori IPM sedang {bounds}.")
    assert [v for _, v in _subject_values(text)] == [Decimal("14")]


def test_the_next_items_of_a_list_that_leave_out_its_noun_are_about_whom_the_first_is():
    text = ("Mataram (ANTARA) - Badan Penanggulangan Bencana Daerah Kabupaten Lombok Utara mencatat banjir merusak 120 "
            "rumah rusak berat, 85 rusak sedang, dan 240 rusak ringan.")
    subjects = {s for s, _ in _subject_values(text)}
    assert len(subjects) == 1 and subjects != {"badan-penanggulangan-bencana-daerah-kabupaten-lombok-utara"}


def test_the_province_written_after_an_offices_regency_is_where_it_lies_not_what_its_statistic_is_about():
    text = ("Lubuk Basung (ANTARA) - Dinas Pertanian Kabupaten Pasaman, Sumatera Barat melaporkan produksi padi mencapai "
            "98.400 ton dari luas panen 19.250 hektare selama 2023.")
    assert [s for s, _ in _subject_values(text)] == ["regency-pasaman", "regency-pasaman"]



def test_a_unit_named_only_in_passing_does_not_take_its_bodys_figures():
    text = ("Jakarta (ANTARA) - Badan Kepegawaian Negara (BKN) menyiapkan lokasi ujian seleksi calon pegawai. Untuk "
            "peserta di Jawa Timur, ujian digelar di Kantor Regional II BKN Surabaya. BKN mencatat ada 2,9 juta peserta "
            "seleksi tahun ini.")
    assert _subject_values(text) == [("badan-kepegawaian-negara", Decimal("2900000"))]


def test_a_unit_the_article_opens_with_takes_its_bodys_figures():
    text = ("Surabaya (ANTARA) - Kantor Regional II BKN Surabaya menyiapkan lokasi ujian seleksi calon pegawai. BKN "
            "mencatat ada 90.000 peserta seleksi tahun ini.")
    [(subject, _)] = _subject_values(text)
    assert subject.startswith("badan-kepegawaian-negara/")


def test_investment_achieved_in_a_region_that_an_official_speaks_of_is_the_regions():
    text = ("Semarang (ANTARA) - Kepala Dinas Penanaman Modal Provinsi Jawa Tengah Rudi Hartono membuka forum investor. "
            "Ia menyebutkan pada triwulan II capaian investasi di Jawa Tengah adalah Rp9,4 triliun.")
    assert _subject_values(text) == [("jawa-tengah", Decimal("9400000000000"))]


def test_a_place_in_a_trains_name_is_not_what_its_passengers_figure_is_about():
    f = kg.extract("Padang (ANTARA) - Penumpang KAI Divre II Sumbar naik pada masa libur.\n\"Kenaikan terjadi pada KA Lestari "
                   "Raya tujuan Padang - Pariaman,\" kata Kepala Humas KAI Divre II Sumbar, Rudi Hartono.\nKereta itu membawa "
                   "640 orang.\nAdapun KA Pariaman Jaya mengangkut 5.300 penumpang atau naik 18 persen dibanding pekan lalu.")
    assert {m.subject for m in f.metrics} == {"kereta-api-indonesia/divisi-regional-ii-sumbar"}


def test_the_parts_of_a_rate_break_down_the_last_rate_before_them_even_where_they_are_larger():
    f = kg.extract("Kendari (ANTARA) - BPS mencatat penurunan terbesar terjadi di provinsi Papua sebesar 1,5 persen.\n"
                   "Di bulan itu, Sulawesi Tengah mencatat inflasi 0,04 persen karena harga naik.\n"
                   "Yakni, kelompok pakaian 0,3 persen; kelompok air minum 0,07 persen; serta kelompok obat 0,12 persen.")
    by_value = {str(m.value): m.subject for m in f.metrics}
    assert [by_value[v] for v in ("0.3", "0.07", "0.12")] == ["sulawesi-tengah"] * 3


def test_a_government_named_in_lower_case_after_a_preposition_takes_no_figure():
    f = kg.extract("Bengkulu (ANTARA) - PT Bank Sukamaju mencatat laba Rp180 miliar. Laba itu dikurangi pajak Rp40 "
                   "miliar dan setoran dividen kepada pemerintah Provinsi Bengkulu sebesar Rp95 miliar.")
    assert {m.subject for m in f.metrics} == {"bank-sukamaju"}
    assert "pemerintah-provinsi-bengkulu" in {o.key for o in f.organizations}


def test_cases_an_office_finds_are_the_areas_and_so_are_the_cases_counted_later_in_the_article():
    f = kg.extract("Singaraja (ANTARA) - Dinas Kesehatan Kabupaten Buleleng menemukan 120 kasus baru DBD sepanjang "
                   "tahun ini.\nKepala Dinas Kesehatan Buleleng Rina Wati mengatakan warga perlu waspada.\n\"Pada 2023 "
                   "ditemukan 98 kasus positif,\" ujarnya.")
    assert {m.subject for m in f.metrics} == {"regency-buleleng"}


def test_a_finance_office_that_records_the_regions_budget_realisation_does_not_own_it():
    f = kg.extract("Muara Bungo (ANTARA) - Menurut data APBD Kabupaten Bungo per Oktober, BPKAD Bungo mencatat serapan "
                   "anggaran baru 48,5 persen.")
    [m] = f.metrics
    assert m.subject == "regency-bungo"


def test_a_harvest_reached_against_a_target_is_the_areas_and_the_target_the_offices():
    by_value = _subject_by_value(
        "Kupang (ANTARA) - Kepala Bidang Perikanan Tangkap Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara "
        "Timur Rudi Hartono mengatakan produksi ikan tangkap sampai semester I mencapai 41.200 ton dari "
        "target tahun ini 90.500 ton.")
    assert by_value[Decimal("41200")] == "nusa-tenggara-timur"
    assert by_value[Decimal("90500")].startswith("dinas-kelautan-dan-perikanan")


def test_a_fish_catch_an_office_speaks_of_is_the_areas_production():
    f = kg.extract("Ambon (ANTARA) - Kepala Dinas Kelautan dan Perikanan Provinsi Maluku Rudi Hartono mengatakan "
                   "produksi ikan terus naik. \"Tahun lalu total tangkapan perikanan sebesar 510.300 ton,\" katanya.")
    assert [m.subject for m in f.metrics] == ["maluku"]


def test_the_top_of_a_ranking_takes_its_own_figures_but_not_the_articles_focus():
    by_value = _subject_by_value(
        "KENDARI - Menurut Kepala BPS Kota Kendari Budi Santoso, inflasi tahunan Kota Kendari pada Mei 2024 "
        "2,31 persen dan IHK 110,25. Adapun inflasi paling tinggi tercatat di Sorong, yakni 4,75 persen dan IHK "
        "121,40, sedangkan inflasi paling rendah terjadi di Ternate, 0,95 persen.\n\"Kenaikan itu datang dari "
        "kelompok makanan (3,62 persen) serta kelompok transportasi (1,85 persen),\" kata Budi Santoso.")
    assert [by_value[Decimal(v)] for v in ("2.31", "110.25", "4.75", "121.40", "0.95", "3.62", "1.85")] == [
        "city-kendari", "city-kendari", "city-sorong", "city-sorong", "city-ternate", "city-kendari", "city-kendari"]


def test_the_place_a_ranking_runs_in_stays_the_focus_of_the_figures_after_it():
    by_value = _subject_by_value(
        "Cikarang (ANTARA) - BPS Kabupaten Bekasi mencatat TPT Agustus 2025 sebesar 6,1 persen.\nSecara "
        "nasional, TPT Indonesia sebesar 4,9 persen.\nMenurut pendidikan, TPT tertinggi di Kabupaten Bekasi "
        "berasal dari lulusan SMK sebesar 10,2 persen. Adapun TPT lulusan universitas 4,4 persen.")
    assert by_value[Decimal("4.4")] == "regency-bekasi"


@pytest.mark.parametrize("sentence", [
    "Dinas Kependudukan dan Pencatatan Sipil Kota Bontang mencatat 1.240 kelahiran sepanjang 2024.",
    "Dinas Kependudukan dan Pencatatan Sipil Kota Bontang mencatat jumlah pernikahan tahun ini 860 pasangan.",
])
def test_births_and_marriages_a_registry_office_records_are_the_areas(sentence):
    assert {m.subject for m in kg.extract("Bontang (ANTARA) - " + sentence).metrics} == {"city-bontang"}


def test_a_town_written_as_a_city_takes_its_own_figure_and_a_bare_town_none():
    by_value = _subject_by_value(
        "Kupang (ANTARA) - BPS NTT mencatat inflasi Mei 0,4 persen. Kota Kupang mengalami inflasi 0,31 persen, "
        "Kota Atambua mengalami inflasi 0,92 persen.\nDi Atambua, harga beras naik 3 persen.")
    assert by_value[Decimal("0.31")] == "city-kupang" and by_value[Decimal("0.92")] == "atambua"
    assert by_value[Decimal("3")] != "atambua"


def test_the_staff_a_statistics_office_sends_out_are_its_own_not_the_regions():
    by_value = _subject_by_value(
        "Cibinong (ANTARA) - BPS Kabupaten Bogor mencatat penduduk miskin 7,2 persen. Untuk survei tahun ini "
        "BPS Kabupaten Bogor menerjunkan 2.100 petugas lapangan.")
    assert by_value[Decimal("7.2")] == "regency-bogor"
    assert by_value[Decimal("2100")] == "badan-pusat-statistik/kabupaten-bogor"


def test_the_count_of_a_named_places_residents_is_the_places_whoever_gives_it():
    by_value = _subject_by_value(
        "Watampone (ANTARA) - Kepala BPJS Kesehatan Cabang Watampone Rudi Hartono mengatakan jumlah penduduk "
        "Kabupaten Bone saat ini tercatat 812 ribu jiwa, sementara peserta JKN 790 ribu jiwa.")
    assert by_value[Decimal("812000")] == "regency-bone"
    assert by_value[Decimal("790000")] != "regency-bone"


@pytest.mark.parametrize("opening, subject", [
    ("Sampai Juni", "bpjs-ketenagakerjaan/kantor-cabang-singaraja"),
    # a national figure said before a unit's head speaks stays the body's
    ("Secara nasional", "bpjs-ketenagakerjaan"),
])
def test_figures_said_before_the_unit_the_next_sentence_attributes_them_to_are_the_units(opening, subject):
    f = kg.extract(f"SINGARAJA - {opening}, BPJS Ketenagakerjaan sudah membayar klaim Rp41 miliar. Hal itu dikatakan "
                   "Kepala BPJS Ketenagakerjaan Cabang Singaraja Rudi Hartono, Senin.")
    assert [m.subject for m in f.metrics] == [subject]


def test_a_range_a_category_is_described_with_defines_it_and_is_no_ones_figure():
    f = kg.extract("Sangatta (ANTARA) - PDAM Tirta Sukamaju menaikkan tarif. Untuk pelanggan kategori B2 dengan "
                   "pemakaian 11-20 meter kubik, tarifnya naik dari Rp2.400 menjadi Rp3.900 per meter kubik. Pelanggan "
                   "kategori niaga dengan jumlah 1.250 sambungan tidak terdampak.")
    assert sorted(m.value for m in f.metrics) == [Decimal("1250"), Decimal("2400"), Decimal("3900")]


def test_cash_an_office_prepares_for_a_places_people_is_the_offices_not_the_places():
    by_value = _subject_by_value(
        "Mataram (ANTARA) - Kantor Perwakilan Bank Indonesia NTB menyiapkan uang tunai menjelang Lebaran. "
        "\"Persediaan uang untuk memenuhi kebutuhan masyarakat Lombok Timur sekitar Rp 2,4 triliun,\" kata "
        "Kepala Perwakilan BI NTB Rudi Hartono.\nSementara itu, inflasi Lombok Timur 2,1 persen.")
    assert by_value[Decimal("2400000000000")].startswith("bank-indonesia/")
    assert by_value[Decimal("2.1")] == "regency-lombok-timur"


# --- people an event killed or hurt, which an office records, are the area's ---------------------------------------


@pytest.mark.parametrize("text, subject", [
    ("Cianjur (ANTARA) - BPBD Kabupaten Cianjur mencatat korban meninggal akibat banjir mencapai 12 orang.",
     "regency-cianjur"),
    ("Cianjur (ANTARA) - Dinas Kesehatan Kabupaten Cianjur mencatat 7 orang meninggal dunia akibat demam berdarah.",
     "regency-cianjur"),
    # the police's accidents are its cases, a rescue office's casualties its operations', a payer's its claims
    ("Cianjur (ANTARA) - Polres Cianjur mencatat 120 orang tewas dalam kecelakaan di jalan raya tahun ini.",
     "polres-cianjur"),
    ("Cianjur (ANTARA) - Kantor SAR Bandung mencatat korban meninggal dari kecelakaan yang ditangani 12 orang.",
     "kantor-sar-bandung"),
    ("Cianjur (ANTARA) - BPBD Kabupaten Cianjur mencatat ada tiga operasi pencarian, total korban 9 orang meninggal.",
     "bpbd-kabupaten-cianjur"),
])
def test_people_an_event_killed_that_an_office_records_are_the_areas(text, subject):
    [(value, found)] = _subject_by_value(text).items()
    assert found == subject


def test_a_body_something_passes_through_does_not_outrank_the_speakers():
    text = ("Denpasar (ANTARA) - Kepala PT Jasa Raharja Cabang Bali Made Sudarta mengatakan santunan naik. Sudarta "
            "menambahkan, penerimaan iuran melalui Samsat Badung mencapai Rp 120 miliar.")
    assert _subject_by_value(text)[Decimal("120000000000")] == "jasa-raharja/kantor-cabang-bali"
    # a body's own unit named after 'melalui' acts for it
    acting = _subject_by_value("Semarang (ANTARA) - Kementerian Ketenagakerjaan (Kemnaker) melalui Balai Besar Pelatihan "
                               "Vokasi dan Produktivitas (BBPVP) Semarang menargetkan 4.200 peserta pelatihan.")
    assert acting[Decimal("4200")].startswith("balai-besar-pelatihan-vokasi-dan-produktivitas")


def test_a_body_named_in_the_speakers_former_post_is_not_what_the_next_figures_are_about():
    text = ("Kediri (ANTARA) - Kepala Kantor Kemenag Kediri, Slamet Riyadi, mengatakan kuota bertambah. “Kami siapkan "
            "manasik,” ujar mantan Kepala Kantor Kemenag Blitar itu. Sebelumnya ada 980 jemaah yang akan berangkat.")
    assert _subject_by_value(text)[Decimal("980")] == "kementerian-agama/kediri"


def test_a_number_like_a_year_between_a_figure_word_and_a_counter_is_a_count():
    by_value = _subject_by_value("Bandar Lampung (ANTARA) - Dinas Koperasi Provinsi Lampung mencatat pada 2019 ada "
                                 "sebanyak 2016 unit koperasi. Sejak 2016 unit usaha naik 5 persen.")
    assert sorted(by_value) == [Decimal("5"), Decimal("2016")]


@pytest.mark.parametrize("text, value, subject", [
    ("Jambi (ANTARA) - PLN UP3 Jambi tahun ini memasang lampu jalan di 24 desa wilayah Muaro Jambi.", "24",
     "pln/unit-pelaksana-pelayanan-pelanggan-jambi"),
    ("Manokwari (ANTARA) - KPPN Manokwari mencatat 412 desa sudah menerima penyaluran Dana Desa tahap pertama.", "412",
     "kppn-manokwari"),
    # how many divisions a region has is the region's
    ("Manokwari (ANTARA) - KPPN Manokwari mencatat Kabupaten Manokwari terdiri atas 29 distrik.", "29",
     "regency-manokwari"),
])
def test_divisions_a_body_works_in_or_serves_are_its_own_work(text, value, subject):
    assert _subject_by_value(text)[Decimal(value)] == subject


def test_a_national_bodys_official_giving_a_regional_statistic_with_no_region_speaks_of_the_nation():
    by_value = _subject_by_value("Jakarta (ANTARA) - Kepala Badan Kebijakan Pembangunan Kesehatan Kementerian Kesehatan "
                                 "Rina Wulandari mengungkapkan, angka stunting tahun lalu sebesar 20,1 persen.")
    assert by_value[Decimal("20.1")] == "indonesia"
    # so does a body named as the clause's subject (GOLD.md: a statistic of the whole country); its official's
    # target stays the body's
    assert _subject_by_value("Jakarta (ANTARA) - Kementerian Kesehatan mencatat angka stunting tahun lalu sebesar "
                             "20,1 persen.")[Decimal("20.1")] == "indonesia"
    assert _subject_by_value("Jakarta (ANTARA) - Kepala Badan Kebijakan Pembangunan Kesehatan Kementerian Kesehatan Rina "
                             "Wulandari mengatakan, target angka stunting tahun depan 14 persen.")[Decimal("14")] \
        != "indonesia"


def test_a_province_said_to_receive_a_quota_in_an_officials_words_receives_it():
    text = ("Mataram (ANTARA) - Kepala Seksi Haji Kemenag Provinsi Bali, Rudi Hartono mengatakan, dari jumlah itu, "
            "Provinsi Bali mendapatkan sebanyak 4.100 kuota.")
    assert _subject_values(text) == [("bali", Decimal("4100"))]


def test_people_of_an_area_who_receive_money_leave_it_with_the_office():
    text = ("Madiun (ANTARA) - BPJS Ketenagakerjaan Cabang Madiun membayar klaim Rp20 miliar. Sepanjang tahun, "
            "sebanyak 15 anak di wilayah Madiun menerima beasiswa senilai Rp210 juta.")
    assert {s for s, _ in _subject_values(text)} == {"bpjs-ketenagakerjaan/kantor-cabang-madiun"}


@pytest.mark.parametrize("sentence, area", [
    ("Disdukcapil Kabupaten Ngawi mencatat wajib KTP 640.000 orang.", "regency-ngawi"),
    ("Dinas Koperasi Kota Madiun mencatat koperasi aktif 310 unit.", "city-madiun"),
])
def test_counts_of_an_areas_people_and_cooperatives_an_office_gives_are_the_areas(sentence, area):
    assert [s for s, _ in _subject_values("Madiun (ANTARA) - " + sentence)] == [area]


def test_the_speakers_office_at_work_in_a_quotation_is_not_the_regions_count():
    text = ("Madiun (ANTARA) - Disdukcapil Kabupaten Ngawi mencatat penduduk miskin di daerah itu 64.000 orang. "
            "“Hari ini kami melayani 200 orang,” kata Kepala Disdukcapil Kabupaten Ngawi Rudi Hartono.")
    assert [s for s, _ in _subject_values(text)] == ["regency-ngawi", "disdukcapil-kabupaten-ngawi"]


def test_the_number_of_a_school_names_it_and_counts_nothing():
    """'SDN 01 Sukamaju', 'SD Harapan 1', 'SMPN 80', 'SLB 5 Sukamaju': the number after a kind of school's short form,
    or after the name that follows one, is part of the school's name."""
    f = kg.extract("JAKARTA - Dinas Pendidikan mencatat 2.900 siswa dari 9 sekolah ikut lomba, antara lain SDN 01 "
                   "Sukamaju, SD Harapan 1, SMPN 80, MTsN 14 dan SLB 5 Sukamaju.")
    assert sorted(m.value for m in f.metrics) == [9, 2900]


def test_a_count_of_schools_of_a_kind_is_still_a_count():
    f = kg.extract("JAKARTA - Dinas Pendidikan mencatat 45 SMA dan 30 SMK di kota itu, serta 120 siswa SD.")
    assert sorted(m.value for m in f.metrics) == [30, 45, 120]


@pytest.mark.parametrize("sentence", [
    "Capaian baru 85 persen, namun Kanwil DJP Sukamaju optimis target 100 persen terpenuhi pada akhir 2024.",
    '"Semoga realisasi sampai 100 persen," ujar Kepala Kanwil DJP Sukamaju, Rudi Hartono.',
    '"Kami berharap tembus 100 persen, meski perkiraan kami 90 persen," kata Rudi Hartono.',
])
def test_a_whole_hoped_for_is_no_figure(sentence):
    values = [m.value for m in kg.extract("Sukamaju - Penerimaan pajak Kanwil DJP Sukamaju tahun ini Rp5 triliun. " + sentence).metrics]
    assert Decimal(100) not in values and Decimal(5000000000000) in values


@pytest.mark.parametrize("sentence", [
    "Penyaluran bantuan oleh Dinas Sosial Kota Bogor sudah mencapai 100 persen.",
    "Cakupan layanan air bersih Dinas Sosial Kota Bogor diharapkan 100 persen pada 2026.",
    "Dinas Sosial Kota Bogor yakin penyaluran bantuan sudah 100 persen.",
])
def test_a_whole_reached_expected_or_claimed_is_a_figure(sentence):
    f = kg.extract("Bogor - " + sentence)
    assert [m.value for m in f.metrics] == [Decimal(100)]


def test_a_figure_pointed_to_at_once_in_a_later_sentence_is_the_figure_again_though_dated_anew():
    f = kg.extract("Sleman - Tercatat 1.250 warga Kabupaten Sleman terjangkit campak sepanjang Januari sampai Oktober 2024.\n"
                   "Kepala Dinkes Sleman, Rina Wati mengatakan, angka 1.250 itu dihitung dari pekan pertama sampai pekan "
                   "ke-44 tahun 2024.")
    assert [m.value for m in f.metrics] == [Decimal(1250)]


def test_a_figure_pointed_to_in_another_year_is_measured_again():
    f = kg.extract("Sleman - Sebanyak 1.250 warga di Kabupaten Sleman terjangkit campak sepanjang 2023.\n"
                   "Kepala Dinkes Sleman, Rina Wati menjelaskan, angka 1.250 itu juga tercatat lagi pada tahun 2024.")
    assert [m.value for m in f.metrics] == [Decimal(1250), Decimal(1250)]


@pytest.mark.parametrize("budget", ["APBD", "APBK"])
def test_a_regions_budget_by_any_of_its_names_is_its_governments(budget):
    text = (f"Sukamaju - Pemerintah Kabupaten Sleman mempercepat belanja. Realisasi belanja {budget} Kabupaten Sleman "
            "hingga akhir Oktober 2024 baru 58,2 persen.")
    assert _subject_values(text) == [("pemerintah-kabupaten-sleman", Decimal("58.2"))]


@pytest.mark.parametrize("clause, subject", [
    # a production measured against its target is still the country's production, which the clause names
    ("Kementerian Pertanian melaporkan hingga Oktober 2025 produksi jagung Indonesia mencapai 14 juta ton atau 90 "
     "persen dari target.", "indonesia"),
    # a target set for the country is the ministry's
    ("Kementerian Pertanian menargetkan produksi jagung Indonesia mencapai 16 juta ton pada 2026.",
     "kementerian-pertanian"),
])
def test_a_figure_measured_against_a_target_keeps_the_place_its_clause_names(clause, subject):
    assert [m.subject for m in kg.extract("Jakarta (ANTARA) - " + clause).metrics][0] == subject


def test_investment_in_a_region_an_office_reports_against_its_target_is_the_regions():
    f = kg.extract("Magelang (ANTARA) - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Magelang "
                   "melaporkan sepanjang 2024 nilai investasi tercatat Rp3 triliun sehingga sudah melampaui target "
                   "Rp2,5 triliun.")
    assert [(int(m.value), m.subject) for m in f.metrics] == [(3000000000000, "regency-magelang"),
                                                             (2500000000000, "regency-magelang")]
    # what the office itself realises against its target stays its own
    f = kg.extract("Magelang (ANTARA) - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Magelang "
                   "melaporkan realisasi anggaran sepanjang 2024 tercatat Rp3 miliar sehingga sudah melampaui target "
                   "Rp2,5 miliar.")
    assert {m.subject for m in f.metrics} != {"regency-magelang"}


@pytest.mark.parametrize("verb", ["memantau", "menghimpun data", "mengidentifikasi"])
def test_a_body_that_monitors_an_event_records_what_it_struck_it_does_not_act_on_it(verb):
    f = kg.extract(f"Jakarta (ANTARA) - Badan Nasional Penanggulangan Bencana (BNPB) {verb} banjir bandang yang sejak "
                   "Senin merendam 240 rumah di Kabupaten Karawang.")
    assert [m.subject for m in f.metrics] == ["regency-karawang"]
