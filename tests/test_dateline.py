"""Datelines: example tables of real wire conventions, round-trips and robustness.

Each group of the tables cites where the convention comes from: the wires' style guides,
public wire copy (a dateline as printed, followed by a short body of our own), or the
evaluation data by row id (``../shared/data``; the texts themselves stay there).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import HOSTILE_UNITS, assert_linear_time, iter_jsonl, repeat_to, soup

from wirestory import Dateline, Span, all_agencies, lookup_agency, parse_dateline, render_dateline
from wirestory.strategies._dateline import datelines

Row = tuple[str, dict[str, Any]]


def summary(dateline: Dateline | None) -> dict[str, Any] | None:
    """The fields a table row states, read off a parsed dateline."""
    if dateline is None:
        return None
    place = dateline.place
    date = dateline.date
    return {
        "text": dateline.text,
        "city": place.city if place else None,
        "region": place.region if place else None,
        "country": place.country if place else None,
        "codes": (place.country_code, place.region_code) if place else None,
        "date": (date.month, date.day, date.year) if date else None,
        "agencies": [(a.code, a.text) for a in dateline.agencies],
    }


def expect(text: str, **fields: Any) -> dict[str, Any]:
    """A table row's expectation; unstated fields are empty."""
    base: dict[str, Any] = {
        "text": text,
        "city": None,
        "region": None,
        "country": None,
        "codes": None,
        "date": None,
        "agencies": [],
    }
    base.update(fields)
    return base


CONVENTIONS: list[Row] = [
    # Reuters, modern: "CITY (Reuters) -" (README example; Reuters copy, e.g. wire_ledes
    # modern-b3b391eb "TORONTO (Reuters) -")
    (
        "DUSHANBE (Reuters) - Moscow has offered to help.",
        expect("DUSHANBE (Reuters) -", city="DUSHANBE", codes=("TJ", None),
               agencies=[("Reuters", "Reuters")]),
    ),
    # Reuters 1987 (Reuters-21578: "NEW YORK, Feb 26 -", no tag)
    (
        "NEW YORK, Feb 26 - Shares rose.",
        expect("NEW YORK, Feb 26 -", city="NEW YORK", codes=("US", "US-NY"), date=(2, 26, None)),
    ),
    # Reuters 1987 with a state (Reuters-21578 reuters21578-7 "PORTLAND, Ore., Feb 26 -")
    (
        "PORTLAND, Ore., Feb 26 - Red Lion said it filed.",
        expect("PORTLAND, Ore., Feb 26 -", city="PORTLAND", region="Ore.",
               codes=("US", "US-OR"), date=(2, 26, None)),
    ),
    # Reuters with date and tag (issue; wire_ledes modern-ac444921
    # "ERIMO, Japan, Oct 19 (Reuters) -")
    (
        "LONDON, March 3 (Reuters) - The pound fell.",
        expect("LONDON, March 3 (Reuters) -", city="LONDON", codes=("GB", "GB-ENG"),
               date=(3, 3, None), agencies=[("Reuters", "Reuters")]),
    ),
    # AP: city, state abbreviation, tag, em dash (AP Stylebook "datelines"; wire_ledes
    # modern-de3580e1 "RALEIGH, N.C. (AP) —")
    (
        "ATLANTA, Ga. (AP) — A jury found.",
        expect("ATLANTA, Ga. (AP) —", city="ATLANTA", region="Ga.", codes=("US", "US-GA"),
               agencies=[("AP", "AP")]),
    ),
    (
        "RENO, Nev. (AP) — Casinos reopened.",
        expect("RENO, Nev. (AP) —", city="RENO", region="Nev.", codes=("US", "US-NV"),
               agencies=[("AP", "AP")]),
    ),
    # AP, old teletype underscore ("WASHINGTON (AP) _", AP copy of the 1990s)
    (
        "WASHINGTON (AP) _ The Senate voted.",
        expect("WASHINGTON (AP) _", city="WASHINGTON", codes=("US", "US-DC"),
               agencies=[("AP", "AP")]),
    ),
    # AFP (wire_ledes modern-8aa24f2c "LAGOS (AFP) –", en dash)
    (
        "PARIS (AFP) - Le president a dit.",
        expect("PARIS (AFP) -", city="PARIS", codes=("FR", None), agencies=[("AFP", "AFP")]),
    ),
    (
        "LAGOS (AFP) – The UN said.",
        expect("LAGOS (AFP) –", city="LAGOS", codes=("NG", None), agencies=[("AFP", "AFP")]),
    ),
    # AFP, country in parentheses (wire_ledes: "Kano (Nigeria) (AFP) -")
    (
        "Kano (Nigeria) (AFP) - Villagers came out.",
        expect("Kano (Nigeria) (AFP) -", city="Kano", country="Nigeria", codes=("NG", None),
               agencies=[("AFP", "AFP")]),
    ),
    # Xinhua, double hyphen (wire_ledes modern-2a5a1b29 "GAZA, Feb. 22 (Xinhua) --")
    (
        "BEIJING, Jan. 5 (Xinhua) -- China said.",
        expect("BEIJING, Jan. 5 (Xinhua) --", city="BEIJING", codes=("CN", None),
               date=(1, 5, None), agencies=[("Xinhua", "Xinhua")]),
    ),
    # TASS (tass.com; wire_ledes modern-6aaf2789 "HANOI, December 26. /TASS/.")
    (
        "MOSCOW, January 5. /TASS/. The Kremlin said.",
        expect("MOSCOW, January 5. /TASS/.", city="MOSCOW", codes=("RU", None),
               date=(1, 5, None), agencies=[("TASS", "TASS")]),
    ),
    # TASS, region between slashes (wire_ledes modern-e732af97)
    (
        "IGORA /Leningrad Region/, December 26. /TASS/. Presidents met.",
        expect("IGORA /Leningrad Region/, December 26. /TASS/.", city="IGORA",
               region="Leningrad Region", codes=(None, None), date=(12, 26, None),
               agencies=[("TASS", "TASS")]),
    ),
    # UPI (wire_ledes modern-d1127c53 "LAS VEGAS, Feb. 19 (UPI) --")
    (
        "WASHINGTON, Jan. 5 (UPI) -- Congress met.",
        expect("WASHINGTON, Jan. 5 (UPI) --", city="WASHINGTON", codes=("US", "US-DC"),
               date=(1, 5, None), agencies=[("UPI", "UPI")]),
    ),
    # UPI, date with country (wire_ledes modern-773c7b80 "TEL AVIV, Israel, June 19 (UPI) --")
    (
        "TEL AVIV, Israel, June 19 (UPI) -- Talks began.",
        expect("TEL AVIV, Israel, June 19 (UPI) --", city="TEL AVIV", country="Israel",
               codes=("IL", None), date=(6, 19, None), agencies=[("UPI", "UPI")]),
    ),
    # Yonhap (wire_ledes modern-c731a466 "SEOUL, Dec. 31 (Yonhap) --")
    (
        "SEOUL, Jan. 5 (Yonhap) -- The central bank said.",
        expect("SEOUL, Jan. 5 (Yonhap) --", city="SEOUL", codes=("KR", None),
               date=(1, 5, None), agencies=[("Yonhap", "Yonhap")]),
    ),
    # PTI, no separator after the tag (issue: "NEW DELHI, Jan 5 (PTI)")
    (
        "NEW DELHI, Jan 5 (PTI) The government said.",
        expect("NEW DELHI, Jan 5 (PTI)", city="NEW DELHI", codes=("IN", None),
               date=(1, 5, None), agencies=[("PTI", "PTI")]),
    ),
    # APP, colon separator (wire_ledes modern-5d78c6d5 "SOUTH WAZIRISTAN, April 5 (APP):")
    (
        "SOUTH WAZIRISTAN, April 5 (APP):Chief of Army Staff visited.",
        expect("SOUTH WAZIRISTAN, April 5 (APP):", city="SOUTH WAZIRISTAN",
               codes=(None, None), date=(4, 5, None), agencies=[("APP", "APP")]),
    ),
    # dpa, mixed case (WMT news test sets: "London (dpa) - Der ...")
    (
        "Berlin (dpa) - Die Regierung hat.",
        expect("Berlin (dpa) -", city="Berlin", codes=("DE", None), agencies=[("dpa", "dpa")]),
    ),
    # AAP: no comma, bare agency name (issue: "SYDNEY March 22 AAP -")
    (
        "SYDNEY March 22 AAP - Rain fell.",
        expect("SYDNEY March 22 AAP -", city="SYDNEY", codes=("AU", "AU-NSW"),
               date=(3, 22, None), agencies=[("AAP", "AAP")]),
    ),
    # Reuters 1987 irregular (reuters_dateline_irregular reuters21578-4881
    # "ROME, March 13, Reuter -")
    (
        "ROME, March 13, Reuter - Italy's rate rose.",
        expect("ROME, March 13, Reuter -", city="ROME", codes=("IT", None), date=(3, 13, None),
               agencies=[("Reuters", "Reuter")]),
    ),
    # CNN: city + country (CNN/DailyMail sample; wire_ledes modern-83261d4a)
    (
        "LONDON, England (CNN) -- Police said.",
        expect("LONDON, England (CNN) --", city="LONDON", country="England",
               codes=("GB", "GB-ENG"), agencies=[("CNN", "CNN")]),
    ),
    # CNN: tag only, with and without separator (wire_ledes modern-3fc649aa, modern-bb10396d)
    (
        "(CNN) -- If you're on Twitter.",
        expect("(CNN) --", agencies=[("CNN", "CNN")]),
    ),
    (
        "(CNN)At least 64 people were killed.",
        expect("(CNN)", agencies=[("CNN", "CNN")]),
    ),
    # CNN: title-case place, sub-brand, no separator (wire_ledes modern-36cb15da)
    (
        "Sydney (CNN Business) Australia is famous.",
        expect("Sydney (CNN Business)", city="Sydney", codes=("AU", "AU-NSW"),
               agencies=[("CNN", "CNN Business")]),
    ),
    # AG News bare tags (ag_news_agency agnews-test-2 "AP - ...", agnews-test-41 "Reuters - ...")
    ("AP - A company said.", expect("AP -", agencies=[("AP", "AP")])),
    ("Reuters - Apparel retailers hope.", expect("Reuters -", agencies=[("Reuters", "Reuters")])),
    # AG News nested (agnews-test-32 "Canadian Press - VANCOUVER (CP) - ...")
    (
        "Canadian Press - VANCOUVER (CP) - The sister said.",
        expect("Canadian Press - VANCOUVER (CP) -", city="VANCOUVER", codes=("CA", "CA-BC"),
               agencies=[("CP", "Canadian Press"), ("CP", "CP")]),
    ),
    # several agencies (The Straits Times: wire_ledes modern-02d44e05 "(BLOOMBERG, REUTERS,
    # XINHUA)"; "(Reuters/AFP)" in the issue)
    (
        "HONG KONG (BLOOMBERG, REUTERS, XINHUA) - Protests grew.",
        expect("HONG KONG (BLOOMBERG, REUTERS, XINHUA) -", city="HONG KONG", codes=("HK", None),
               agencies=[("Bloomberg", "BLOOMBERG"), ("Reuters", "REUTERS"),
                         ("Xinhua", "XINHUA")]),
    ),
    (
        "GAZA (Reuters/AFP) - Talks resumed.",
        expect("GAZA (Reuters/AFP) -", city="GAZA", codes=("PS", None),
               agencies=[("Reuters", "Reuters"), ("AFP", "AFP")]),
    ),
    # Asia News Network member papers (wire_ledes modern-7be47d9c)
    (
        "PUTRAJAYA (THE STAR/ASIA NEWS NETWORK) - Malaysian authorities said.",
        expect("PUTRAJAYA (THE STAR/ASIA NEWS NETWORK) -", city="PUTRAJAYA", codes=("MY", None),
               agencies=[("ANN", "THE STAR/ASIA NEWS NETWORK")]),
    ),
    # Reuters Breakingviews and multi-city datelines (wire_ledes modern-80f58bf2, modern-c86ddba9)
    (
        "HONG KONG (Reuters Breakingviews) - It has never been truer.",
        expect("HONG KONG (Reuters Breakingviews) -", city="HONG KONG", codes=("HK", None),
               agencies=[("Reuters", "Reuters Breakingviews")]),
    ),
    (
        "BEIJING/SEOUL (Reuters) - North Korea said.",
        expect("BEIJING/SEOUL (Reuters) -", city="BEIJING/SEOUL", codes=(None, None),
               agencies=[("Reuters", "Reuters")]),
    ),
    # unknown agencies keep their text (CONTRACT.md; wire_ledes modern-9c28a59a "(WBKO) --")
    (
        "EDMONTON, Ky. (WBKO) -- One man is dead.",
        expect("EDMONTON, Ky. (WBKO) --", city="EDMONTON", region="Ky.", codes=("US", "US-KY"),
               agencies=[("WBKO", "WBKO")]),
    ),
    # place only (wire_ledes modern-f4b251e3 "ROME —", modern-7b1e8a11 "SIOUX FALLS, S.D. –")
    ("ROME — South Korea's capital closed.", expect("ROME —", city="ROME", codes=("IT", None))),
    (
        "SIOUX FALLS, S.D. – People across the nation.",
        expect("SIOUX FALLS, S.D. –", city="SIOUX FALLS", region="S.D.", codes=("US", "US-SD")),
    ),
    # glued double hyphen (wire_ledes modern-3ca88e18 "NEW YORK-- Hillary ...")
    ("NEW YORK-- Hillary Clinton will.", expect("NEW YORK--", city="NEW YORK",
                                                 codes=("US", "US-NY"))),
    # no separator, Reuters web copy (wire_ledes modern-83c2ea9b "WASHINGTON The U.S. ...")
    (
        "WASHINGTON The U.S. Supreme Court ruled.",
        expect("WASHINGTON", city="WASHINGTON", codes=("US", "US-DC")),
    ),
    # date with a year (AG News "KHARTOUM, Sudan Sept. 19, 2004 -")
    (
        "KHARTOUM, Sudan Sept. 19, 2004 - A resolution passed.",
        expect("KHARTOUM, Sudan Sept. 19, 2004 -", city="KHARTOUM", country="Sudan",
               codes=("SD", None), date=(9, 19, 2004)),
    ),
    # date first (wire_ledes modern-79aa1fbe "Oct 6 (Reuters) -", modern-e2f32a71
    # "July 25 (UPI) --")
    (
        "Oct 6 (Reuters) - Hewlett-Packard said.",
        expect("Oct 6 (Reuters) -", date=(10, 6, None), agencies=[("Reuters", "Reuters")]),
    ),
    # 1987 lower case and day-first dates (Reuters-21578 "sioux falls, april 7 -",
    # "AMSTERDAM, 2 March -")
    (
        "sioux falls, april 7 - Cattle prices rose.",
        expect("sioux falls, april 7 -", city="sioux falls", codes=("US", None),
               date=(4, 7, None)),
    ),
    (
        "AMSTERDAM, 2 March - Dutch banks said.",
        expect("AMSTERDAM, 2 March -", city="AMSTERDAM", codes=("NL", None), date=(3, 2, None)),
    ),
    # ANSA English service: tag first, then place and date (superdesk-core ingest fixtures,
    # superdesk_wire_fixtures.jsonl: "(ANSA) - Rome, October 11 - ...")
    (
        "(ANSA) - Rome, October 11 - Italy's foreign minister said.",
        expect("(ANSA) - Rome, October 11 -", city="Rome", codes=("IT", None),
               date=(10, 11, None), agencies=[("ANSA", "ANSA")]),
    ),
    # EFE: ".-" after the tag (superdesk-core fixtures: "Tegucigalpa, Jan 2 (EFE).- ...")
    (
        "Tegucigalpa, Jan 2 (EFE).- The congress met.",
        expect("Tegucigalpa, Jan 2 (EFE).-", city="Tegucigalpa", codes=("HN", None),
               date=(1, 2, None), agencies=[("EFE", "EFE")]),
    ),
    # Ritzau: agency between slashes, colon (superdesk-core fixtures: "København /ritzau/: ...")
    (
        "København /ritzau/: En mand blev anholdt.",
        expect("København /ritzau/:", city="København", codes=("DK", None),
               agencies=[("Ritzau", "ritzau")]),
    ),
    # byline run into the lede by flattened copy (wire_ledes modern-f818927a)
    (
        "By Jane Roe ABUJA, Nov 1 (Reuters) - A man said.",
        expect("ABUJA, Nov 1 (Reuters) -", city="ABUJA", codes=("NG", None), date=(11, 1, None),
               agencies=[("Reuters", "Reuters")]),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CONVENTIONS)
def test_conventions(text: str, expected: dict[str, Any]) -> None:
    """Each wire convention parses to the stated place, date and agencies."""
    assert summary(parse_dateline(text)) == expected


@pytest.mark.parametrize(("text", "_expected"), CONVENTIONS)
def test_spans_exact(text: str, _expected: dict[str, Any]) -> None:
    """Every span of a parsed dateline covers exactly its text."""
    dateline = parse_dateline(text)
    assert dateline is not None
    assert text[dateline.span.start : dateline.span.end] == dateline.text
    if dateline.place is not None:
        place = dateline.place
        assert text[place.span.start : place.span.end] == place.text
        assert place.text.startswith(place.city)
    if dateline.date is not None:
        assert text[dateline.date.span.start : dateline.date.span.end] == dateline.date.text
    for agency in dateline.agencies:
        assert text[agency.span.start : agency.span.end] == agency.text
    assert not text[dateline.span.end : dateline.body_start].strip()
    assert not text[dateline.body_start].isspace()


NOT_DATELINES: list[str] = [
    # the judgement call of the module docstring: a lower-case word after the dash
    "WASHINGTON - a city that never sleeps, they say.",
    # ordinary sentences (wire_ledes negatives: shapes of modern-* rows with kind "negative")
    "Uzo Aduba (Suzanne in Orange is the New Black) is fierce.",
    "Yahoo Inc (YHOO.O) Chief Executive Marissa Mayer is set to reveal cost cuts.",
    "Islamic State (Isis) is thought to have obtained chemical weapons.",
    "The Associated Press (AP) reported the figures on Monday.",
    "Then, later that month on CNN: he said it again.",
    "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015",
    # capitals headlines (Reuters-21578 titles; AG News titles)
    "SYRIA SEEKING WHITE SUGAR ON APRIL 8 - TRADE",
    "CANADIAN PACIFIC (CP) UNIT STUDIES PULP MILL",
    "SHANGHAI TYREb FACTORY TO RAISE 30 MLN U.S. DLRS",
    "CHINA - TRADE SURPLUS WIDENS",
    "Nikkei Opens Higher (Reuters)",
    "US Airways asked a judge to throw out contracts.",
    # compounds and editorial markers (Reuters-21578 tables)
    "NEW YORK-based Acme Corp said.",
    "(Continued) - The India State Trading Corp bought wheat.",
    "(A) - Firm sales to a declared destination.",
    "Gould Inc (GLD) - Offering of two mln shares.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    """Sentences, headlines and table lines are not datelines."""
    assert parse_dateline(text) is None


KNOWN_MISSES: list[Any] = [
    # Reuters-21578 reuters21578-4784: a typo ",." between state and date
    pytest.param("Hauppauge, N.Y,. March 13 - Walker said.", "Hauppauge, N.Y,. March 13 -",
                 marks=pytest.mark.xfail(strict=True)),
    # Reuters-21578 reuters21578-5058: a dash between state and date
    pytest.param("KANSAS CITY, Mo. - March 13 - American City said.",
                 "KANSAS CITY, Mo. - March 13 -", marks=pytest.mark.xfail(strict=True)),
    # Reuters-21578 reuters21578-3295: a stray letter and spaces before the city
    pytest.param("c    CHICAGO, March 9 - Johnson Products said.", "c    CHICAGO, March 9 -",
                 marks=pytest.mark.xfail(strict=True)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dateline_text"), KNOWN_MISSES)
def test_known_misses(text: str, dateline_text: str) -> None:
    """Garbled 1987 datelines we do not read yet."""
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.text == dateline_text


def test_pos_gives_absolute_spans() -> None:
    """``pos=`` parses from an offset and keeps spans absolute."""
    text = "HEADLINE\n\nDUSHANBE (Reuters) - Moscow has offered to help."
    dateline = parse_dateline(text, pos=10)
    assert dateline is not None
    assert dateline.span == Span(10, 30)
    assert dateline.agencies[0].span == Span(20, 27)
    assert dateline.body_start == 31
    assert parse_dateline(text, pos=len(text) + 5) is None
    assert parse_dateline(text, pos=-3) is None  # clamped to 0: "HEADLINE" is no dateline


def test_leading_whitespace_skipped() -> None:
    """Leading white space, CRLF and NBSP are skipped; spans index the original text."""
    text = "\r\n\u00a0 LONDON (Reuters) - Shares fell."
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.span == Span(4, 22)
    assert dateline.text == "LONDON (Reuters) -"


def test_type_errors() -> None:
    """Non-str text and non-int pos raise TypeError naming the type."""
    with pytest.raises(TypeError, match="str"):
        parse_dateline(b"LONDON (Reuters) -")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="int"):
        parse_dateline("LONDON (Reuters) -", pos="0")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Dateline"):
        render_dateline("LONDON (Reuters) -")  # type: ignore[arg-type]


RENDERINGS: list[tuple[str, str]] = [
    # canonical rendering: place, date, tags in parentheses, hyphen (tables above)
    ("BEIJING, Jan. 5 (Xinhua) -- China said.", "BEIJING, Jan. 5 (Xinhua) -"),
    ("MOSCOW, January 5. /TASS/. The Kremlin said.", "MOSCOW, January 5 (TASS) -"),
    ("ATLANTA, Ga. (AP) — A jury found.", "ATLANTA, Ga. (AP) -"),
    ("SYDNEY March 22 AAP - Rain fell.", "SYDNEY, March 22 (AAP) -"),
    ("(CNN)At least 64 people were killed.", "(CNN) -"),
    ("GAZA (Reuters/AFP) - Talks resumed.", "GAZA (Reuters, AFP) -"),
]


@pytest.mark.parametrize(("text", "rendered"), RENDERINGS)
def test_render_canonical(text: str, rendered: str) -> None:
    """render_dateline writes the canonical form, which parses back to the same fields."""
    dateline = parse_dateline(text)
    assert dateline is not None
    assert render_dateline(dateline) == rendered
    again = parse_dateline(rendered + " Body.")
    assert again is not None
    assert summary(again)["agencies"] == summary(dateline)["agencies"]  # type: ignore[index]


@given(datelines())
def test_round_trip(pair: tuple[Dateline, str]) -> None:
    """A drawn dateline's text parses back to an equal model whose span covers the text."""
    dateline, text = pair
    parsed = parse_dateline(text + " The story begins.")
    assert parsed == dateline
    assert parsed.span == Span(0, len(text))


@given(datelines(), st.text(alphabet=" \t\n\u00a0", max_size=5), st.text(max_size=5))
def test_padding_shifts_spans(pair: tuple[Dateline, str], padding: str, prefix: str) -> None:
    """Leading white space shifts every span by its length; ``pos`` skips a prefix."""
    dateline, text = pair
    padded = parse_dateline(padding + text + " The story begins.")
    assert padded is not None
    assert padded.span == dateline.span.shift(len(padding))
    assert [a.span for a in padded.agencies] == [
        a.span.shift(len(padding)) for a in dateline.agencies
    ]
    offset = len(prefix) + len(padding)
    at_pos = parse_dateline(prefix + padding + text + " The story begins.", pos=len(prefix))
    assert at_pos is not None
    assert at_pos.span == dateline.span.shift(offset)
    assert at_pos.body_start == dateline.body_start + offset


@given(st.text())
def test_any_text(text: str) -> None:
    """Any string gives a dateline or None, never an exception; spans are exact."""
    dateline = parse_dateline(text)
    if dateline is not None:
        assert text[dateline.span.start : dateline.span.end] == dateline.text
        assert dateline.span.end <= dateline.body_start <= len(text)


DATELINE_PIECES = [
    "LONDON", "NEW YORK", "Ga.", ",", " ", "(", ")", "Reuters", "AP", "-", "--", "—", "/", "TASS",
    ".", "Jan.", "5", "March", "\n", "(CNN)", "By", "Jane",
]  # fmt: skip


@given(soup(DATELINE_PIECES, 25))
def test_wire_soup(text: str) -> None:
    """Runs of dateline tokens never raise and give exact spans."""
    dateline = parse_dateline(text)
    if dateline is not None:
        assert text[dateline.span.start : dateline.span.end] == dateline.text
        for agency in dateline.agencies:
            assert text[agency.span.start : agency.span.end] == agency.text


DATELINE_UNITS = [
    *HOSTILE_UNITS.values(), "NEW YORK ", "A (", "(A", "A, ", "A/", "By Aa ", " ", "\ud800",
    "A (B) ", "\r\n", "\u00a0", "&#39;", "AP - ", "May 5 ", "\x00", "Reuters/",
]  # fmt: skip


@pytest.mark.parametrize("unit", DATELINE_UNITS)
def test_runs_of_one_token_in_linear_time(unit: str) -> None:
    """Runs of one token are read in linear time, spans exact (1 MB: tests/test_robustness.py)."""
    dateline = assert_linear_time(parse_dateline, lambda size: repeat_to(unit, size), 25_000)
    if dateline is not None:
        text = repeat_to(unit, 200_000)
        assert text[dateline.span.start : dateline.span.end] == dateline.text


def test_reuters_1987_spans_exact() -> None:
    """On every Reuters-21578 lede, a returned dateline's spans are exact; >= 99 % are gold."""
    total = gold = 0
    for row in iter_jsonl("reuters_datelines.jsonl"):
        text = row["text"]
        total += 1
        dateline = parse_dateline(text)
        if dateline is None:
            continue
        assert text[dateline.span.start : dateline.span.end] == dateline.text
        gold += (dateline.text, [dateline.span.start, dateline.span.end]) == (
            row["dateline"],
            row["dateline_span"],
        )
        if dateline.place is not None:
            span = dateline.place.span
            assert text[span.start : span.end] == dateline.place.text
    assert total > 10_000
    assert gold / total >= 0.99  # 99.7 % on last reading


def test_wire_ledes_agencies_exact() -> None:
    """On modern wire ledes, agency spans are exact and negatives stay clean."""
    for row in iter_jsonl("wire_ledes.jsonl"):
        text = row["lede"]
        dateline = parse_dateline(text)
        if row["kind"] == "negative":
            assert dateline is None, row["id"]
            continue
        assert dateline is not None, row["id"]
        for agency in dateline.agencies:
            assert text[agency.span.start : agency.span.end] == agency.text


REGISTRY_ALIASES = [(alias, info.code) for info in all_agencies() for alias in info.aliases]


@pytest.mark.parametrize(("alias", "code"), REGISTRY_ALIASES)
def test_every_registry_alias_in_a_tag(alias: str, code: str) -> None:
    """Every alias of the agency registry is read in a tag, with and without a place."""
    expected = lookup_agency(alias)
    assert expected is not None
    assert expected.code == code  # no alias is shared by two agencies of the registry
    for text in (f"LONDON ({alias}) - The story.", f"({alias}) -- The story.",
                 f"BEIJING, Jan. 5 ({alias}) -- The story."):  # fmt: skip
        dateline = parse_dateline(text)
        assert dateline is not None, text
        assert [a.code for a in dateline.agencies] == [expected.code], text
        assert dateline.agencies[0].text == alias


@given(st.text(st.characters(categories=["Cs", "Cc", "Zs", "Zl", "Lu", "Ll", "Pd", "Ps", "Pe"])))
def test_surrogates_and_controls(text: str) -> None:
    """Lone surrogates, control characters, odd spaces and dashes never raise."""
    dateline = parse_dateline(text)
    if dateline is not None:
        assert text[dateline.span.start : dateline.span.end] == dateline.text
