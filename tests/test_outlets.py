"""News outlets in the dateline forms the regional press uses."""
import pytest

import kg


@pytest.mark.parametrize("text, publisher, place", [
    ("SultengTerkini.Com, PALU- Kantor OJK mencatat kredit naik.", "sultengterkini-com", "city-palu"),
    # an outlet's name run together in one word, alone or beside a town; a web address before the town
    ("KabarTimur - Dinas Kesehatan mencatat kasus naik.", "kabartimur", None),
    ("Ambon, KabarTimur - Dinas Kesehatan mencatat kasus naik.", "kabartimur", "city-ambon"),
    ("suaratimur.today Kupang,  – Dinas Kesehatan mencatat kasus naik.", "suaratimur-today", "city-kupang"),
    ("Manado, WARTA.SULUT.CO.ID SULUT. CO. ID. - Kota Manado merayakan hari jadinya.", "warta-sulut-co-id", "city-manado"),
    ("KOTAMOBAGU– Dinas Kesehatan mencatat kasus naik.", None, "city-kotamobagu"),
    ("TEMPO.CO, Jakarta - Dinas Kesehatan mencatat kasus naik.", "tempo-co", "dki-jakarta"),
    ("TEMPO.CO , Pekalongan:Dinas Kesehatan mencatat kasus naik.", "tempo-co", "city-pekalongan"),
    ("Kompas.com, Salatiga: Dinas Kesehatan mencatat kasus naik.", "kompas-com", "city-salatiga"),
    ("Catatan: Dinas Kesehatan mencatat kasus naik.", None, None),
    ("Salatiga, Senin: Dinas Kesehatan mencatat kasus naik.", None, None),
    ("Catatan Redaksi, Tribun: Dinas Kesehatan mencatat kasus naik.", None, None),
    ("Bisnis.com, Salatiga-Ratusan warga antre bantuan beras.", "bisnis-com", "city-salatiga"),
    ("Semarang-Solo dilanda banjir, kata petugas.", None, None),
    ("Rantau, BP – Ratusan warga antre bantuan beras.", "bp", "rantau"),
    ("Kendari (SKT)\nKepala Dinas Sosial mengatakan bantuan tiba.", "skt", "city-kendari"),
    ("BANDUNG, 12/3 (kabarjabar.tv) – Dinas Sosial mencatat bantuan naik.", "kabarjabar-tv", "city-bandung"),
    ("PADANG, 12/3 (kabarminang.info) – Dinas Sosial mencatat bantuan naik.", "kabarminang-info", "city-padang"),
    ("Sleman, Warta Merapi| Dinas Sosial mencatat bantuan naik.", "warta-merapi", "regency-sleman"),
    ("SUMSEL POST, PALEMBANG-Ratusan warga antre bantuan beras.", "sumsel-post", "city-palembang"),
    ("Hasil Rapat Kerja | Dinas Sosial mencatat bantuan naik.", None, None),
    ("OJK, PALEMBANG-Ratusan warga antre kredit.", None, None),
    ("Laporan Dinas Sosial (Dinsos)\nRatusan warga antre bantuan beras.", None, None),
    ("PALEMBANG, POLDA SUMSEL-Ratusan warga antre bantuan beras.", None, None),
    ("PALEMBANG, HUMAS PEMKOT-Ratusan warga antre bantuan beras.", None, None),
    ("Kendari (Ist)\nRatusan warga antre bantuan beras.", None, None),
    ("SOLO(KABARSOLO.ID)-Dinas Sosial mencatat bantuan naik.", "kabarsolo-id", "city-surakarta"),
    ("MERAPINEWS – Dinas Sosial mencatat bantuan naik.", "merapinews", None),
    ("MERAPITIMES – Dinas Sosial mencatat bantuan naik.", "merapitimes", None),
    # an outlet's brand word run into a place the gazetteer knows; a town written as one word stays a town
    ("DAILYKENDARI – Dinas Sosial mencatat bantuan naik.", "dailykendari", None),
    ("RADARBOGOR – Dinas Sosial mencatat bantuan naik.", "radarbogor", None),
    ("SUKAMAJU – Dinas Sosial mencatat bantuan naik.", None, "sukamaju"),
    ("Kendari (PEMKOT)\nRatusan warga antre bantuan beras.", None, None),
    ("Bandung (Jabar)\nRatusan warga antre bantuan beras.", None, None),
    ("Kupang, NTT | Ratusan warga antre bantuan beras.", None, None),
    ("KABAR KAPUAS – Dinas Sosial mencatat bantuan naik.", "kabar-kapuas", None),
    ("BERITA KAPUAS – Dinas Sosial mencatat bantuan naik.", "berita-kapuas", None),
    ("KABAR GEMBIRA – Dinas Sosial mencatat bantuan naik.", None, None),
    ("Kendari, Harian Anoa\nKepala Dinas Sosial mengatakan bantuan tiba.", "harian-anoa", "city-kendari"),
    ("Kendari, Gelombang\nKepala Dinas Sosial mengatakan bantuan tiba.", None, None),
    ("Jakarta, Nasional\nKepala Dinas Sosial mengatakan bantuan tiba.", None, None),
    ("Kendari, Sultra\nKepala Dinas Sosial mengatakan bantuan tiba.", None, None),
    ("Kendari, Senin\nKepala Dinas Sosial mengatakan bantuan tiba.", None, None),
    ("Kendari, Dinkes\nKepala Dinas Sosial mengatakan bantuan tiba.", None, None),
    ("Kendari, Bulog\nKepala Dinas Sosial mengatakan bantuan tiba.", None, None),
    ("SOLOK, MENTARI–Dinas Sosial mencatat bantuan naik.", "mentari", "city-solok"),  # a dash the word touches
    ("Gelora, Kendari--Kepala Dinas Sosial mengatakan bantuan tiba.", "gelora", "city-kendari"),
    ("Kendari–Kolaka dilanda banjir, kata petugas.", None, None),  # two towns, no outlet
    ("Gebyar Ramadhan, Bazar Murah–Warga antre bantuan beras.", None, None),  # no town: a kicker
    ("JURNAL KENDARI – Dinas Sosial mencatat bantuan naik.", "jurnal-kendari", None),  # a brand word, a town
    # the town, then the outlet's name run together, no comma; the outlet, a town, then a hyphen the word touches
    ("Ambon KabarTimur - Dinas Kesehatan mencatat kasus naik.", "kabartimur", "city-ambon"),
    ("Ambon Sukamaju - Dinas Kesehatan mencatat kasus naik.", None, "ambon-sukamaju"),  # no outlet name
    ("GELORA, Kendari -Kepala Dinas Sosial mengatakan bantuan tiba.", "gelora", "city-kendari"),
    ("Kendari -Kolaka dilanda banjir, kata petugas.", None, None),
    # a kicker and the outlet's web address after a bar, on a line of their own
    ("Kota Bunga | kabarkota.id\nDinas Sosial mencatat bantuan naik.", "kabarkota-id", "kota-bunga"),
    ("Kota Bunga | Rapat Kerja\nDinas Sosial mencatat bantuan naik.", None, None),
    # a page's byline date above the dateline: the date is no outlet
    ("Selasa, 21 Mei 2024 - 09.15 WIB\nWartasultra.co, Kendari - Dinas Sosial mencatat bantuan naik.",
     "wartasultra-co", "city-kendari"),
    ("04 Juli 2024 – 14:40 WIB\nWartasultra.co, KENDARI - Dinas Sosial mencatat bantuan naik.",
     "wartasultra-co", "city-kendari"),
    ("Jumat, 5 Juli 2024 pukul 08.30 WITA\nWartasultra.co, KENDARI - Dinas Sosial mencatat bantuan naik.",
     "wartasultra-co", "city-kendari"),
    # the outlet's web address, then a long dash the first word touches
    ("KABARKOTA.ID—Dinas Sosial mencatat bantuan naik.", "kabarkota-id", None),
    ("kabarkota.id–Kepala Dinas Sosial mengatakan bantuan naik.", "kabarkota-id", None),
    ("KALTARABISNIS – Dinas Sosial mencatat bantuan naik.", "kaltarabisnis", None),  # a business outlet's name
    # the outlet's web address alone before a colon; the town and the outlet parted by a slash
    ("KABARKOTA.COM : Dinas Sosial mencatat bantuan naik.", "kabarkota-com", None),
    ("Catatan Kota : Dinas Sosial mencatat bantuan naik.", None, None),
    ("KENDARI/kabarkota.com – Dinas Sosial mencatat bantuan naik.", "kabarkota-com", "city-kendari"),
    # the outlet first, then the town with its province in brackets and a doubled dash the word touches
    ("KK.com, Kendari (Sulawesi Tenggara)--Dinas Sosial mencatat bantuan naik.", "kk-com", "city-kendari"),
    # the town and an outlet's name run together on a line of their own
    ("KENDARI, KabarAnoa\nKepala Dinas Sosial mengatakan bantuan tiba.", "kabaranoa", "city-kendari"),
    # on the line after a headline
    ("Bantuan Sosial di Kendari Naik\nKendari (ANTARA) - Dinas Sosial mencatat bantuan naik.", "antara",
     "city-kendari"),
    ("Bantuan Sosial Naik 5 Persen\nKABARKOTA.ID | KENDARI – Dinas Sosial mencatat bantuan naik.", "kabarkota-id",
     "city-kendari"),
    # an outlet the gazetteer does not know beside a district's town, in either order
    ("Gema, Sekayu – Dinas Sosial mencatat bantuan naik.", "gema", "sekayu"),
    ("Sekayu, Gema – Dinas Sosial mencatat bantuan naik.", "gema", "sekayu"),
    # one part: a region's short form and a word that names no place is a regional outlet; a compass point is not
    ("KALTIM JAYA – Dinas Sosial mencatat bantuan naik.", "kaltim-jaya", None),
    ("SUMSEL RAYA – Dinas Sosial mencatat bantuan naik.", "sumsel-raya", None),
    ("MALANG SELATAN – Dinas Sosial mencatat bantuan naik.", None, "malang-selatan"),
    ("TANA PIDIE – Dinas Sosial mencatat bantuan naik.", None, "tana-pidie"),  # a town named after its region
    # a town, its province and the site, each after a dash; the site before a bar; a town, the paper and its site;
    # a site written with a capital suffix; a district's town; a page title before a bar names no outlet
    ("Kendari – Sultra – Suaralaut.id –Dinas Kesehatan mencatat kasus naik.", "suaralaut-id", "city-kendari"),
    ("Kendari – Sultra – Dinas Kesehatan mencatat kasus naik.", None, "city-kendari"),
    ("Beritalaut.co | Dinas Kesehatan mencatat kasus naik.", "beritalaut-co", None),
    ("Judul Berita | Dinas Kesehatan mencatat kasus naik.", None, None),
    ("WATAMPONE, KORAN TIMUR, KORANTIMUR.CO.ID--Dinas Kesehatan mencatat kasus naik.", "koran-timur", "watampone"),
    ("Padang,kabarlaut.Co–Dinas Kesehatan mencatat kasus naik.", "kabarlaut-co", "city-padang"),
    ("Melonguane, KILAT--Dinas Kesehatan mencatat kasus naik.", "kilat", "melonguane"),
    # the town and the site, each with a dash touching it and a space after
    ("KENDARI- suaralaut.com- Kepala Dinas Kesehatan mencatat kasus naik.", "suaralaut-com", "city-kendari"),
    # an outlet's name beside a town the gazetteer knows, though its first word may open a kicker; a web address
    # with a hyphen before a colon; a name run together glued to the story by a hyphen
    ("Berita Lestari, Palangkaraya – Dinas Kesehatan mencatat kasus naik.", "berita-lestari", "city-palangka-raya"),
    ("Kendari, Warta-Sultra.com : Dinas Kesehatan mencatat kasus naik.", "warta-sultra-com", "city-kendari"),
    ("Kendari, WartaKita-Dinas Kesehatan mencatat kasus naik.", "wartakita", "city-kendari"),
    # the date after the town, written with its month's name, is no outlet
    ("KENDARI, 12 Maret 2024 – Dinas Kesehatan mencatat kasus naik.", None, "city-kendari"),
    # a first line that ends with a full stop is the story's own: no headline, no dateline after it
    ("Dinas Sosial mencatat bantuan naik.\nKendari (ANTARA) - Petugas menyalurkan bantuan.", None, None),
])
def test_dateline_forms(text, publisher, place):
    f = kg.extract(text)
    assert (f.publisher, f.dateline_place) == (publisher, place)


def test_a_place_named_at_a_lines_end_keeps_no_line_break_in_its_names():
    f = kg.extract("Bantuan Sosial Naik di Kota Kendari\nKendari (ANTARA) - Dinas Sosial mencatat bantuan naik.")
    assert [p.aliases for p in f.places if p.key == "city-kendari"] == [("Kendari",)]


def test_an_outlet_named_as_a_town_is_is_no_place():
    f = kg.extract("SOLOK, METRO–Dinas Sosial Kota Solok mencatat bantuan naik 5 persen pada 2024.")
    assert (f.publisher, f.dateline_place) == ("metro", "city-solok")
    assert "city-metro" not in {p.key for p in f.places}


def test_the_outlet_a_source_speaks_to_is_the_publisher_where_the_dateline_names_none():
    f = kg.extract("BITUNG– Dinas Kesehatan mencatat kasus turun. “Kami terus memantau,” jelasnya kepada Warta "
                   "Bitung, Senin (4/3/2019).")
    assert f.publisher == "warta-bitung"
    assert [o.name for o in f.organizations if o.kind == "publisher"] == ["Warta Bitung"]


def test_the_outlet_a_source_speaks_to_is_another_name_of_the_dateline_outlet():
    f = kg.extract("TRIBUNBITUNG.CO.ID, BITUNG - Dinas Kesehatan mencatat kasus turun. “Kami terus memantau,” "
                   "ujarnya kepada Tribun Bitung, Senin (4/3/2019).")
    [outlet] = [o for o in f.organizations if o.kind == "publisher"]
    assert (outlet.name, outlet.aliases) == ("TRIBUNBITUNG.CO.ID", ("Tribun Bitung",))


def test_a_person_a_source_speaks_to_is_no_outlet():
    f = kg.extract("BITUNG– Kepala Dinas Kesehatan Kota Bitung Rina Wulandari meninjau posko. “Kami terus "
                   "memantau,” ujar Sekda kepada Rina Wulandari, Senin (4/3/2019).")
    assert f.publisher is None


@pytest.mark.parametrize("said, outlet", [
    ("kata Kepala Dinas Sosial Rudi Hartono kepada Radar Bitung, kemarin (4/3).", "Radar Bitung"),
    ("kata Rudi Hartono kepada Bitung Post, Senin (4/3/2019).", "Bitung Post"),
    ("kata Rudi Hartono kepada detikcom, Senin (4/3/2019).", "detikcom"),
    ("kata Kepala Dinas Sosial Rudi Hartono kepada Bitung Post (4/3).", "Bitung Post"),
    ("ujar Rudi Hartono ketika dikonfirmasi Lintas di Bitung, Senin (4/3).", "Lintas"),
    ("kata Rudi Hartono dalam keterangan tertulis yang diterima LINTAS, Minggu sore.", "LINTAS"),
])
def test_an_outlet_a_named_source_speaks_to_is_the_publisher_where_the_dateline_names_none(said, outlet):
    f = kg.extract(f"BITUNG– Dinas Sosial mencatat bantuan naik. Penyaluran itu lancar, {said}")
    assert [o.name for o in f.organizations if o.kind == "publisher"] == [outlet]


@pytest.mark.parametrize("said", ["kata Rudi Hartono kepada Rina Wulandari (4/3).",
                                  "kata Rudi Hartono kepada Rina Wulandari di Bitung, Senin."])
def test_a_person_spoken_to_before_a_date_or_a_place_is_no_outlet(said):
    f = kg.extract(f"BITUNG– Dinas Sosial mencatat bantuan naik. Penyaluran itu lancar, {said}")
    assert [o.name for o in f.organizations if o.kind == "publisher"] == []


def test_a_person_a_named_source_speaks_to_is_no_outlet():
    f = kg.extract("BITUNG– Dinas Sosial mencatat bantuan naik. Penyaluran itu lancar, kata Rudi Hartono kepada "
                   "Rina Wulandari, Senin (4/3/2019).")
    assert f.publisher is None


@pytest.mark.parametrize("addressee", ["Bupati", "Kepala Dinas", "Dinas Sosial"])
def test_an_official_or_office_a_source_speaks_to_is_no_outlet(addressee):
    f = kg.extract(f"BITUNG– Warga mengeluhkan jalan rusak. “Kami sudah melapor,” ujarnya kepada {addressee}, "
                   "Senin (4/3/2019).")
    assert f.publisher is None


@pytest.mark.parametrize("cited, name, key", [
    ("disitat Antara", "Antara", "antara"),
    ("seperti dikutip dari Kompas, Senin", "Kompas", "kompas"),
    ("dilansir dari Detik.com", "Detik.com", "detik-com"),
    ("mengutip Republika", "Republika", "republika"),
    ("mengutip dari Tribunnews.com", "Tribunnews.com", "tribunnews-com"),
    ("seperti dimuat Kupangnews", "Kupangnews", "kupangnews"),
])
def test_an_outlet_cited_as_the_source_is_a_news_organisation_not_the_publisher(cited, name, key):
    f = kg.extract(f"MAKASSAR - Dinas Sosial mencatat 70 keluarga menerima bantuan, kata Kepala Dinas Sosial Rudi "
                   f"Hartono, {cited}.")
    assert [(o.key, o.name) for o in f.organizations if o.kind == "publisher"] == [(key, name)]
    assert f.publisher is None


def test_a_web_outlet_that_receives_a_press_release_is_a_news_organisation():
    f = kg.extract("BLORA - \u201cKami siap,\u201d kata Rudi Hartono melalui siaran pers yang diterima KabarBlora.com, "
                   "Kamis.")
    assert [(o.key, o.name, o.kind) for o in f.organizations] == [("kabarblora-com", "KabarBlora.com", "publisher")]


@pytest.mark.parametrize("text, publisher", [
    ("Blora (LINTAS MURIA) : Sebanyak 27 warga menerima bantuan.", "LINTAS MURIA"),
    ("XYZChannel - PT Bank Sinar memastikan dividen naik.", "XYZChannel"),
])
def test_an_outlet_in_brackets_before_a_colon_or_an_acronym_run_into_a_word_heads_the_dateline(text, publisher):
    assert [o.name for o in kg.extract(text).organizations if o.kind == "publisher"] == [publisher]


def test_an_outlet_cited_that_also_heads_the_dateline_is_one_organisation():
    f = kg.extract("Makassar (ANTARA) - Dinas Sosial mencatat 70 keluarga menerima bantuan, dikutip dari Antara.")
    assert [o.key for o in f.organizations if o.kind == "publisher"] == ["antara"] and f.publisher == "antara"


def test_a_person_or_report_quoted_after_mengutip_is_no_outlet():
    f = kg.extract("MAKASSAR - Dinas Sosial mencatat 70 keluarga menerima bantuan, mengutip Rudi Hartono dan "
                   "mengutip laporan Badan Pusat Statistik.")
    assert [o for o in f.organizations if o.kind == "publisher"] == []


def test_a_dateline_that_gives_one_word_of_an_outlet_the_text_names_in_full_is_the_outlet():
    f = kg.extract("KABARBARU- Antrean layanan naik. Kepala Kantor Pos, Budi Santoso, saat dikonfirmasi Koran "
                   "Kabarbaru, Selasa (3/4), mengatakan antrean berkurang.")
    [outlet] = [o for o in f.organizations if o.kind == "publisher"]
    assert (f.publisher, f.dateline_place, outlet.aliases) == ("kabarbaru", None, ("Koran Kabarbaru",))


def test_a_known_outlet_that_meets_the_source_is_the_publisher():
    f = kg.extract("Bukittinggi - Kepala Humas Pegadaian, Joni Prasetyo, seusai ditemui detikcom di posko, membenarkan "
                   "kenaikan itu.")
    assert f.publisher == "detikcom"


def test_reporters_met_by_a_source_are_no_outlet():
    f = kg.extract("Bukittinggi - Kepala Humas Pegadaian, Joni Prasetyo, seusai ditemui wartawan di posko, membenarkan "
                   "kenaikan itu.")
    assert f.publisher is None


@pytest.mark.parametrize("after", ["Selasa (4/3)", "Bukittinggi, Selasa"])
def test_the_day_or_place_after_an_outlet_that_met_the_source_is_no_part_of_its_name(after):
    f = kg.extract(f"Bukittinggi - Hal itu dikatakan Andi Wijaya saat dihubungi Kompas {after}.")
    assert f.publisher == "kompas"


@pytest.mark.parametrize("site, key", [("kabarkota.asia", "kabarkota-asia"), ("SuaraTepian.id", "suaratepian-id")])
def test_a_web_address_that_met_the_source_is_the_publisher(site, key):
    f = kg.extract(f"Bukittinggi - Kepala Humas Pegadaian, Joni Prasetyo, saat dibincangi {site} melalui pesan "
                   "tertulis, membenarkan kenaikan itu.")
    assert f.publisher == key


def test_a_regional_edition_of_a_known_outlet_spoken_to_is_an_outlet():
    f = kg.extract("Sumbawa - Gabah petani mulai dibeli Bulog. \"Harganya sesuai ketentuan,\" ucap Kepala Bulog Cabang "
                   "Sumbawa Agus Salim kepada detikSumbawa, Selasa (4/2/2025).")
    assert [o.name for o in f.organizations if o.kind == "publisher"] == ["detikSumbawa"]


@pytest.mark.parametrize("dateline", ["SURAKARTAVOICE –", "KALTIMPOS –"])
def test_a_place_run_into_an_outlets_name_ending_is_an_outlet_not_a_town(dateline):
    f = kg.extract(f"{dateline} Dinas Perhubungan Kabupaten Malang menggali pendapatan dari parkir.")
    assert [o.name for o in f.organizations if o.kind == "publisher"] == [dateline.split()[0]]
    assert dateline.split()[0] not in [p.name for p in f.places]


def test_one_word_alone_before_the_dash_that_names_no_place_is_the_outlet():
    f = kg.extract("Wartakita – Kepala Dinas Kesehatan Kota Sorong, Rudi Santoso, mengatakan kasus turun.")
    assert (f.publisher, f.dateline_place) == ("wartakita", None)


def test_one_word_alone_before_the_dash_that_the_story_names_as_a_place_is_the_town():
    f = kg.extract("Wellington – Duta Besar Rudi Santoso mengatakan pameran di Wellington ramai.")
    assert f.publisher is None


def test_a_letter_l_between_the_town_and_the_site_is_the_bar():
    f = kg.extract("SURABAYA l situsku.co – Dinas Kesehatan Jawa Timur mencatat 20 kasus.")
    assert (f.publisher, f.dateline_place) == ("situsku-co", "city-surabaya")
