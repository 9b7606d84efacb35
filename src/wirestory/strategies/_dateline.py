"""Hypothesis strategies for datelines: a :class:`~wirestory.Dateline` and its text.

:func:`datelines` draws the conventions of the big wires (Reuters, AP, AFP, TASS, AAP, CNN,
Xinhua, UPI, Yonhap, AG News bare tags) over every agency in the registry, and returns the
model together with the text it stands for; the text parses back to the model. With
``languages=``, it draws the forms of the national wires in their own languages too
(``DATELINE_LANGUAGES``): AFP's "PARIS, 6 déc. 2026 (AFP) -", EFE's "Madrid, 6 dic
(EFE).-", ANSA's "(ANSA) - ROMA, 06 DIC -", ČTK's "Brno 3. července (ČTK) -", TASS's
"МОСКВА, 6 декабря. /ТАСС/.", RIA Novosti's "москва, 1 дек — риа новости.", Yonhap's
"(서울=연합뉴스) 홍길동 기자 =", Kyodo's "【ソウル共同】" and Xinhua's "新华社北京12月31日电".
Month names come from the CLDR table the parser reads (:mod:`wirestory._month_table`).

>>> from hypothesis import given
>>> from wirestory import parse_dateline
>>> @given(datelines())
... def test_round_trip(pair):
...     dateline, text = pair
...     assert parse_dateline(text + " The story begins.") == dateline
>>> test_round_trip()
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from wirestory._agencies import agency_from_text, all_agencies, lookup_agency
from wirestory._dateline_forms import month_number
from wirestory._models import Agency, Dateline, DatelineDate, Place, Span
from wirestory._month_table import MONTH_FORMS
from wirestory._places import world_place_codes

__all__ = [
    "DATELINE_CITIES",
    "DATELINE_COUNTRIES",
    "DATELINE_LANGUAGES",
    "DATELINE_REGIONS",
    "datelines",
]

#: Dateline cities as wires write them: capitals (AP, Reuters, AFP) and title case (CNN, dpa).
DATELINE_CITIES: tuple[str, ...] = (
    "DUSHANBE", "NEW YORK", "WASHINGTON", "ATLANTA", "RENO", "BEIJING", "SEOUL", "MOSCOW",
    "LOS ANGELES", "ST. LOUIS", "PORT-AU-PRINCE", "N'DJAMENA", "RIO DE JANEIRO", "KUALA LUMPUR",
    "BEIJING/SEOUL", "GENEVA/LONDON", "UNITED NATIONS", "COEUR D'ALENE", "WINSTON-SALEM",
    "EDWARDS AIR FORCE BASE", "Berlin", "London", "Milan", "New Delhi", "Port-au-Prince",
    "Hong Kong/New York", "Rio de Janeiro", "Sydney", "Washington", "Vacaville",
)  # fmt: skip

#: States and provinces as AP and Reuters write them after a city.
DATELINE_REGIONS: tuple[str, ...] = (
    "Ga.", "Nev.", "Calif.", "N.Y.", "W.Va.", "Texas", "Ohio", "Minn.", "Ont.", "B.C.",
    "British Columbia", "Florida", "Mass.", "Que.",
)  # fmt: skip

#: Countries as datelines write them after a city.
DATELINE_COUNTRIES: tuple[str, ...] = (
    "England", "Iraq", "Italy", "South Korea", "Japan", "West Germany", "Mexico", "Turkey",
    "Israel", "Australia", "the Netherlands",
)  # fmt: skip

_MONTHS = (
    ("Jan.", 1), ("Jan", 1), ("January", 1), ("Feb.", 2), ("Feb", 2), ("March", 3),
    ("April", 4), ("May", 5), ("June", 6), ("July", 7), ("Aug.", 8), ("Aug", 8),
    ("Sept.", 9), ("Sept", 9), ("Oct.", 10), ("Oct", 10), ("Nov.", 11), ("Dec.", 12),
    ("December", 12),
)  # fmt: skip

_SEPARATORS = ("-", "--", "—", "–", "_")


def _agency_texts() -> list[str]:
    return [alias for info in all_agencies() for alias in info.aliases]


class _Builder:
    """Accumulates text pieces and the spans of the parts drawn."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text))


@st.composite
def _dateline_pairs(draw: st.DrawFn) -> tuple[Dateline, str]:
    style = draw(st.sampled_from(("wire", "wire", "wire", "tass", "aap", "tag_only", "bare")))
    names = _agency_texts()
    out = _Builder()
    agencies: list[Agency] = []
    place: Place | None = None
    date: DatelineDate | None = None

    if style == "bare":
        # AG News: "AP - ", "Canadian Press - VANCOUVER (CP) - "
        name = draw(st.sampled_from(names))
        agencies.append(agency_from_text(name, out.add(name)))
        out.add(" ")
        out.add(draw(st.sampled_from(_SEPARATORS[:4])))
        if not draw(st.booleans()):
            text = out.text
            return Dateline(
                agencies=tuple(agencies),
                span=Span(0, len(text)),
                text=text,
                body_start=len(text) + 1,
            ), text
        out.add(" ")

    if style != "tag_only":
        city = draw(st.sampled_from(DATELINE_CITIES))
        place_start = len(out.text)
        out.add(city)
        region = country = None
        if style in {"wire", "bare"} and "/" not in city:
            qualifier = draw(st.sampled_from(("none", "none", "region", "country", "both")))
            if qualifier in {"region", "both"}:
                region = draw(st.sampled_from(DATELINE_REGIONS))
                out.add(", " + region)
            if qualifier in {"country", "both"}:
                country = draw(st.sampled_from(DATELINE_COUNTRIES))
                out.add(", " + country)
        country_code, region_code = world_place_codes(city, region, country)
        place = Place(
            city=city,
            region=region,
            country=country,
            country_code=country_code,
            region_code=region_code,
            span=Span(place_start, len(out.text)),
            text=out.text[place_start:],
        )

    with_date = style in {"tass", "aap"} or draw(st.booleans())
    if with_date:
        month_text, month = draw(st.sampled_from(_MONTHS))
        day = draw(st.integers(1, 28))
        year = draw(st.none() | st.integers(1980, 2030)) if style in {"wire", "tag_only"} else None
        if place is not None:
            out.add(" " if style == "aap" else ", ")
        date_text = f"{month_text} {day}" + (f", {year}" if year is not None else "")
        date = DatelineDate(
            month=month, day=day, year=year, text=date_text, span=out.add(date_text)
        )

    if style == "tass":
        out.add(". /")
        agencies.append(agency_from_text("TASS", out.add("TASS")))
        out.add("/.")
    elif style == "aap":
        out.add(" ")
        name = draw(st.sampled_from(names))
        agencies.append(agency_from_text(name, out.add(name)))
        out.add(" " + draw(st.sampled_from(_SEPARATORS)))
    else:
        tags = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
        joiner = draw(st.sampled_from((", ", "/"))) if len(tags) > 1 else ", "
        out.add(" (" if out.text else "(")
        for index, name in enumerate(tags):
            if index:
                out.add(joiner)
            agencies.append(agency_from_text(name, out.add(name)))
        out.add(") " + draw(st.sampled_from(_SEPARATORS)))
    return _done(out, place, date, agencies)


def datelines(*, languages: Sequence[str] = ("en",)) -> st.SearchStrategy[tuple[Dateline, str]]:
    """Draw ``(dateline, text)``: a dateline model and the text it was built from.

    ``text`` ends with the separator; append a space and a sentence to make a lede (the
    model's ``body_start`` expects exactly one space). *languages* picks the forms: ``"en"``
    for the English conventions, any key of ``DATELINE_LANGUAGES`` for a national wire's.

    >>> from hypothesis import given
    >>> from wirestory import parse_dateline
    >>> @given(datelines(languages=("cs", "ru", "ko")))
    ... def test_czech_russian_korean(pair):
    ...     dateline, text = pair
    ...     assert parse_dateline(text + " Text začíná.") == dateline
    >>> test_czech_russian_korean()

    >>> from hypothesis import given
    >>> @given(datelines())
    ... def test_text(pair):
    ...     dateline, text = pair
    ...     assert dateline.text == text and dateline.span.end == len(text)
    >>> test_text()
    """
    unknown = [lang for lang in languages if lang != "en" and lang not in DATELINE_LANGUAGES]
    if unknown or not languages:
        raise ValueError(f"no dateline forms for {unknown or 'no language'}")
    drawn: list[st.SearchStrategy[tuple[Dateline, str]]] = []
    if "en" in languages:
        drawn.append(_dateline_pairs())
    drawn.extend(_language_pairs(lang) for lang in languages if lang != "en")
    return st.one_of(drawn)


# -- the national wires in their own languages -----------------------------------------------


class _Form:
    """How one wire writes a place-first dateline (its own style, as seen in its copy)."""

    def __init__(
        self,
        tags: tuple[str, ...],
        *,
        comma: str = ", ",
        ordinal: str = "",
        separators: tuple[str, ...] = ("-",),
        year: bool = False,
        upper_month: bool = False,
    ) -> None:
        self.tags = tags
        self.comma = comma
        self.ordinal = ordinal
        self.separators = separators
        self.year = year
        self.upper_month = upper_month


#: Place-first forms by language, and the cities each wire writes in its own language.
#: AFP "PARIS, 6 déc. 2026 (AFP) -"; EFE "Madrid, 6 dic (EFE).-"; Lusa "Odivelas, 11 jun
#: (Lusa) --"; ANSA "ROMA, 06 DIC"; dpa "MOSKAU, 6. Dezember (dpa) -", "(dpa/lni)"; ANP
#: "Den Haag, 6 december (ANP) -"; ČTK "Brno 3. července (ČTK) -"; PAP "Warszawa, 6
#: grudnia (PAP) -".
_FORMS: dict[str, tuple[_Form, tuple[str, ...]]] = {
    "fr": (_Form(("AFP", "ats", "Belga", "ats afp"), year=True),
           ("PARIS", "Paris", "Genève", "Bruxelles", "Marseille", "Lyon")),
    "es": (_Form(("EFE", "Europa Press"), separators=(".-", " -")),
           ("Madrid", "MADRID", "Ginebra", "Bogotá", "Sevilla", "Buenos Aires")),
    "pt": (_Form(("Lusa", "Agência Brasil"), separators=("--", "-")),
           ("Lisboa", "Odivelas", "Porto", "São Paulo", "Luanda")),
    "it": (_Form(("ANSA", "ats"), upper_month=True), ("ROMA", "MILANO", "NAPOLI", "Firenze")),
    "de": (_Form(("dpa", "dpa/lni", "APA", "APA/dpa", "sda", "AFP"), ordinal="."),
           ("Berlin", "München", "Wien", "Genf", "MOSKAU", "Köln", "Zürich")),
    "nl": (_Form(("ANP", "Belga")), ("Amsterdam", "Den Haag", "Rotterdam", "Brussel")),
    "cs": (_Form(("ČTK",), comma=" ", ordinal="."), ("Praha", "PRAHA", "Brno", "Vídeň", "Moskva")),
    "pl": (_Form(("PAP",)), ("Warszawa", "Kraków", "Gdańsk")),
    "ru": (_Form(("ТАСС",)), ("МОСКВА", "Москва", "москва", "Санкт-Петербург", "Владивосток")),
    "ko": (_Form(("연합뉴스", "뉴스1", "뉴시스")), ("서울", "부산", "파리", "런던", "도쿄")),
    "ja": (_Form(("共同", "時事")), ("北京", "パリ", "ロンドン", "ドーハ", "ソウル")),
    "zh": (_Form(("新华社", "中新社", "中新网")), ("北京", "上海", "广州", "莫斯科", "华盛顿")),
}  # fmt: skip

#: The languages :func:`datelines` draws national wires' forms for.
DATELINE_LANGUAGES: tuple[str, ...] = tuple(_FORMS)

#: Korean reporters' names and roles: "(서울=연합뉴스) 홍길동 기자 =" (invented names).
_KOREAN_REPORTERS = ("홍길동 기자", "김철수 특파원", "이영희 박민수 기자")


def _month_forms(language: str, month: int) -> list[str]:
    """The CLDR forms of *month* in *language* that the parser reads as that month."""
    return [form for form in MONTH_FORMS[language][month - 1] if month_number(form) == month]


def _agency(text: str, span: Span) -> Agency:
    info = lookup_agency(text)
    if info is None:  # never: the forms name registry agencies
        return agency_from_text(text, span)
    return Agency(name=info.name, code=info.code, text=text, span=span)


def _place_model(out: _Builder, city: str) -> Place:
    span = out.add(city)
    country_code, region_code = world_place_codes(city)
    return Place(
        city=city, country_code=country_code, region_code=region_code, span=span, text=city
    )


def _tag_agencies(tag: str, start: int) -> list[Agency]:
    """The agencies of a tag as the parser splits it (desk codes stay with their agency)."""
    from wirestory._agencies import registry_tag  # noqa: PLC0415

    found = registry_tag(tag, start)
    return (
        list(found) if found is not None else [agency_from_text(tag, Span(start, start + len(tag)))]
    )


@st.composite
def _language_pairs(draw: st.DrawFn, language: str) -> tuple[Dateline, str]:
    form, cities = _FORMS[language]
    out = _Builder()
    city = draw(st.sampled_from(cities))
    if language == "ko":
        opener, closer = draw(st.sampled_from((("(", ")"), ("[", "]"))))
        out.add(opener)
        place = _place_model(out, city)
        out.add("=")
        tag = draw(st.sampled_from(form.tags))
        agencies = [_agency(tag, out.add(tag))]
        out.add(closer)
        if draw(st.booleans()):
            out.add(" " + draw(st.sampled_from(_KOREAN_REPORTERS)) + " =")
        return _done(out, place, None, agencies)
    if language == "ja":
        out.add("【")
        place = _place_model(out, city)
        tag = draw(st.sampled_from(form.tags))
        agencies = [_agency(tag, out.add(tag))]
        out.add("】")
        return _done(out, place, None, agencies)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    if language == "zh":
        tag = draw(st.sampled_from(form.tags))
        agencies = [_agency(tag, out.add(tag))]
        place = _place_model(out, city)
        date_text = f"{month}月{day}日"
        date = DatelineDate(month=month, day=day, text=date_text, span=out.add(date_text))
        out.add(draw(st.sampled_from(("电", "专电"))))
        return _done(out, place, date, agencies)
    month_text = draw(st.sampled_from(_month_forms(language, month)))
    if form.upper_month:
        month_text = draw(st.sampled_from((month_text, month_text.upper())))
    style = draw(st.sampled_from(("place", "place", "tag_first", "tass", "ria", "dash")))
    if style == "tag_first" and language == "it":
        # ANSA's Italian service writes its tag first, then the place and a two-digit day
        out.add("(")
        agencies = [_agency("ANSA", out.add("ANSA"))]
        out.add(") - ")
        place = _place_model(out, city)
        out.add(", ")
        date_text = f"{day:02d} {month_text}"
        date = DatelineDate(month=month, day=day, text=date_text, span=out.add(date_text))
        out.add(" -")
        return _done(out, place, date, agencies)
    if style == "tass" and language == "ru":
        place = _place_model(out, city)
        out.add(", ")
        date_text = f"{day} {MONTH_FORMS['ru'][month - 1][0]}"
        date = DatelineDate(month=month, day=day, text=date_text, span=out.add(date_text))
        out.add(". /")
        agencies = [_agency("ТАСС", out.add("ТАСС"))]
        out.add("/.")
        return _done(out, place, date, agencies)
    if style == "dash" and language == "ru":
        # Interfax writes a period after the place and the date, then its name and a dash
        place = _place_model(out, city)
        out.add(". ")
        date_text = f"{day} {MONTH_FORMS['ru'][month - 1][0]}"
        date = DatelineDate(month=month, day=day, text=date_text, span=out.add(date_text))
        out.add(". ")
        name = draw(st.sampled_from(("ИНТЕРФАКС", "INTERFAX.RU")))
        agencies = [_agency(name, out.add(name))]
        out.add(" -")
        return _done(out, place, date, agencies)
    if style == "tass" and language == "es":
        # Europa Press: "MADRID, 14 (EUROPA PRESS) -": the day alone, then the tag
        place = _place_model(out, city)
        out.add(f", {day} (")
        agencies = [_agency("EUROPA PRESS", out.add("EUROPA PRESS"))]
        out.add(") -")
        return _done(out, place, None, agencies)
    if style == "ria" and language == "ru":
        lower = city.lower()
        place = _place_model(out, lower)
        out.add(", ")
        date_text = f"{day} {month_text.lower()}"
        date = DatelineDate(month=month, day=day, text=date_text, span=out.add(date_text))
        out.add(draw(st.sampled_from(("\u00a0\u2014 ", " \u2014 ", "- "))))
        name = draw(st.sampled_from(("риа новости", "РИА Новости")))
        agencies = [_agency(name, out.add(name))]
        out.add(".")
        return _done(out, place, date, agencies)
    if style == "dash" and language == "de":
        # APA copy in Der Standard: "Linz – " (a known city)
        place = _place_model(out, city)
        out.add(" \u2013")
        return _done(out, place, None, [])
    place = _place_model(out, city)
    out.add(form.comma)
    date_text = f"{day}{form.ordinal} {month_text}"
    if language == "fr" and day == 1:
        date_text = f"1er {month_text}"
    year = draw(st.integers(1990, 2030)) if form.year and draw(st.booleans()) else None
    if year is not None:
        date_text += f" {year}"
    date = DatelineDate(month=month, day=day, year=year, text=date_text, span=out.add(date_text))
    out.add(" (")
    tag = draw(st.sampled_from(form.tags))
    agencies = _tag_agencies(tag, len(out.text))
    out.add(tag)
    separator = draw(st.sampled_from(form.separators))
    out.add(")" + (separator if separator.startswith(".") else " " + separator.strip()))
    return _done(out, place, date, agencies)


def _done(
    out: _Builder, place: Place | None, date: DatelineDate | None, agencies: list[Agency]
) -> tuple[Dateline, str]:
    text = out.text
    return Dateline(
        place=place,
        date=date,
        agencies=tuple(agencies),
        span=Span(0, len(text)),
        text=text,
        body_start=len(text) + 1,
    ), text
