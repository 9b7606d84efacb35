"""Hypothesis strategies for datelines: a :class:`~wirestory.Dateline` and its text.

:func:`datelines` draws the conventions of the big wires (Reuters, AP, AFP, TASS, AAP, CNN,
Xinhua, UPI, Yonhap, AG News bare tags) over every agency in the registry, and returns the
model together with the text it stands for; the text parses back to the model.

>>> from hypothesis import given
>>> from wirestory import parse_dateline
>>> @given(datelines())
... def test_round_trip(pair):
...     dateline, text = pair
...     assert parse_dateline(text + " The story begins.") == dateline
>>> test_round_trip()
"""

from __future__ import annotations

from hypothesis import strategies as st

from wirestory._agencies import agency_from_text, all_agencies
from wirestory._models import Agency, Dateline, DatelineDate, Place, Span
from wirestory._places import place_codes

__all__ = ["DATELINE_CITIES", "DATELINE_COUNTRIES", "DATELINE_REGIONS", "datelines"]

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
        country_code, region_code = place_codes(city, region, country)
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

    text = out.text
    return Dateline(
        place=place,
        date=date,
        agencies=tuple(agencies),
        span=Span(0, len(text)),
        text=text,
        body_start=len(text) + 1,
    ), text


def datelines() -> st.SearchStrategy[tuple[Dateline, str]]:
    """Draw ``(dateline, text)``: a dateline model and the text it was built from.

    ``text`` ends with the separator; append a space and a sentence to make a lede (the
    model's ``body_start`` expects exactly one space).

    >>> from hypothesis import given
    >>> @given(datelines())
    ... def test_text(pair):
    ...     dateline, text = pair
    ...     assert dateline.text == text and dateline.span.end == len(text)
    >>> test_text()
    """
    return _dateline_pairs()
