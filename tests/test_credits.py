"""Photo credit lines: real forms from the wires and publishers, round trips, bad input."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import HOSTILE_UNITS, assert_linear_time, iter_jsonl, repeat_to, soup

from wirestory import PhotoCredit, Span, parse_photo_credit, render_photo_credit
from wirestory._credits import find_photo_credit
from wirestory.strategies._credits import photo_credits

P, H, F, C = "pool", "handout", "file", "courtesy"

#: (credit line, photographers, sources, distributor, flags)
CREDITS: list[Any] = [
    # Issue 3 (forms quoted from Reuters, AP, AFP/Getty, EPA, Xinhua and Guardian copy).
    ("Yuri Kochetkov/Pool via REUTERS", ("Yuri Kochetkov",), ("REUTERS",), "REUTERS", {P}),
    ("REUTERS/Kevin Lamarque", ("Kevin Lamarque",), ("REUTERS",), None, set()),
    ("REUTERS/Kevin Lamarque/File Photo", ("Kevin Lamarque",), ("REUTERS",), None, {F}),
    (
        "Sputnik/Mikhail Klimentyev/Kremlin via REUTERS",
        ("Mikhail Klimentyev",),
        ("Sputnik", "Kremlin", "REUTERS"),
        "REUTERS",
        set(),
    ),
    ("Handout via REUTERS", (), ("REUTERS",), "REUTERS", {H}),
    ("(AP Photo/Evan Vucci)", ("Evan Vucci",), ("AP",), None, set()),
    ("AP Photo/Evan Vucci, File", ("Evan Vucci",), ("AP",), None, {F}),
    (
        "(Brian Gottesman/The New York Times via AP)",
        ("Brian Gottesman",),
        ("The New York Times", "AP"),
        "AP",
        set(),
    ),
    ("Photograph: Alex Wong/Getty Images", ("Alex Wong",), ("Getty Images",), None, set()),
    ("Photograph: Reuters", (), ("Reuters",), None, set()),
    ("AFP via Getty Images", (), ("AFP", "Getty Images"), "Getty Images", set()),
    ("Munir uz Zaman/AFP/Getty Images", ("Munir uz Zaman",), ("AFP", "Getty Images"), None, set()),
    ("EPA-EFE/ABC DEF", ("ABC DEF",), ("EPA-EFE",), None, set()),
    ("Xinhua/Li Ran", ("Li Ran",), ("Xinhua",), None, set()),
    ("Photo: AFP", (), ("AFP",), None, set()),
    (
        "Credit: Doug Mills for The New York Times",
        ("Doug Mills",),
        ("The New York Times",),
        None,
        set(),
    ),
    (
        "(Photo credit should read MUNIR UZ ZAMAN/AFP/Getty Images)",
        ("MUNIR UZ ZAMAN",),
        ("AFP", "Getty Images"),
        None,
        set(),
    ),
    # Getty Images credit lines (gettyimages.com editorial captions): "Photo by X/Getty Images",
    # "X/AFP via Getty Images" (since 2019), "Getty Images for <client>" (assignment work).
    (
        "Photo by Chip Somodevilla/Getty Images",
        ("Chip Somodevilla",),
        ("Getty Images",),
        None,
        set(),
    ),
    (
        "MANDEL NGAN/AFP via Getty Images",
        ("MANDEL NGAN",),
        ("AFP", "Getty Images"),
        "Getty Images",
        set(),
    ),
    (
        "Theo Wargo/Getty Images for Spike TV",
        ("Theo Wargo",),
        ("Getty Images for Spike TV",),
        None,
        set(),
    ),
    (
        "Pool/Samir Hussein via Getty Images",
        ("Samir Hussein",),
        ("Getty Images",),
        "Getty Images",
        {P},
    ),
    # AP style (AP Stylebook "photo credits"): member photos, handouts, file pictures.
    (
        "(AP Photo/The Canadian Press, Adrian Wyld)",
        ("Adrian Wyld",),
        ("AP", "The Canadian Press"),
        None,
        set(),
    ),
    ("(AFP Photo)", (), ("AFP",), None, set()),
    ("Thomas Peter/Pool Photo via AP", ("Thomas Peter",), ("AP",), "AP", {P}),
    # AP pool and Kremlin pool pictures ("Name/Sputnik/Kremlin Pool Photo via AP").
    ("Pool photo by Evan Vucci", ("Evan Vucci",), (), None, {P}),
    (
        "Alexei Nikolsky/Sputnik/Kremlin Pool Photo via AP",
        ("Alexei Nikolsky",),
        ("Sputnik", "Kremlin", "AP"),
        "AP",
        {P},
    ),
    ("Japan Pool/AFP", (), ("Japan Pool", "AFP"), None, {P}),
    # White House and government handouts: "Provided by ..." names the provider.
    ("Provided by the White House", (), ("the White House",), None, {C}),
    ("U.S. Navy/Handout via REUTERS", (), ("U.S. Navy", "REUTERS"), "REUTERS", {H}),
    # USA TODAY network style: "Name-USA TODAY Sports", "(Photo: Name, Outlet)".
    (
        "(Photo: Ken Blaze-USA TODAY Sports)",
        ("Ken Blaze",),
        ("USA TODAY Sports",),
        None,
        set(),
    ),
    (
        "(Photo: Clarence Tabb Jr., The Detroit News)",
        ("Clarence Tabb Jr.",),
        ("The Detroit News",),
        None,
        set(),
    ),
    # Reuters: stringers, pool and partner pictures ("Action Images via Reuters").
    ("REUTERS/Stringer", ("Stringer",), ("REUTERS",), None, set()),
    ("Reuters/Pool", (), ("Reuters",), None, {P}),
    (
        "Action Images via Reuters/Lee Smith/File Photo",
        ("Lee Smith",),
        ("Action Images", "Reuters"),
        "Reuters",
        {F},
    ),
    # Reuters pictures: handouts named by their provider ("REUTERS/SANA/Handout via Reuters").
    (
        "REUTERS/SANA/Handout via Reuters",
        (),
        ("REUTERS", "SANA", "Reuters"),
        "Reuters",
        {H},
    ),
    # The Guardian: "Photograph: <byline>/<supplier>" (its picture desk joins the two fields).
    ("Photograph: Alex Hern for the Guardian", ("Alex Hern",), ("the Guardian",), None, set()),
    ("Photograph: Metropolitan Police/PA", ("Metropolitan Police",), ("PA",), None, set()),
    ("Photograph: HO/EPA", (), ("EPA",), None, {H}),
    # The Straits Times: "ST PHOTO: NAME", "PHOTO: COURTESY OF X", "PHOTO: X FOR THE STRAITS TIMES".
    ("ST PHOTO: JEFF HUTTON", ("JEFF HUTTON",), ("ST",), None, set()),
    ("PHOTO: COURTESY OF GRAB", (), ("GRAB",), None, {C}),
    (
        "PHOTO: CRISTINA MENINA FOR THE STRAITS TIMES",
        ("CRISTINA MENINA",),
        ("THE STRAITS TIMES",),
        None,
        set(),
    ),
    # BBC web layout: "Image copyright <credit>".
    ("Image copyright Getty Images", (), ("Getty Images",), None, set()),
    ("Image copyright NASA-JPL/Caltech", (), ("NASA-JPL", "Caltech"), None, set()),
]

KNOWN_MISSES: list[Any] = [
    # No separator and no punctuation between caption and a person-first credit: the caption's
    # capitalised words run into the photographer's name.
    pytest.param(
        "Chinese President Xi Jinping Kevin Lamarque/Reuters",
        ("Kevin Lamarque",),
        ("Reuters",),
        None,
        set(),
        marks=pytest.mark.xfail(strict=True),
    ),
    # A bare name after a caption (no "/" or label) is not recognisable as a credit.
    pytest.param(
        "The minister leaves the meeting. Kevin Lamarque",
        ("Kevin Lamarque",),
        (),
        None,
        set(),
        marks=pytest.mark.xfail(strict=True),
    ),
]


@pytest.mark.parametrize(
    ("line", "photographers", "sources", "distributor", "flags"), CREDITS + KNOWN_MISSES
)
def test_credit_table(
    line: str,
    photographers: tuple[str, ...],
    sources: tuple[str, ...],
    distributor: str | None,
    flags: set[str],
) -> None:
    """Each real credit form gives its people, organisations, distributor and flags."""
    credit = parse_photo_credit(line)
    assert credit is not None
    got_flags = {f for f in (P, H, F, C) if getattr(credit, f)}
    expected = (photographers, sources, distributor, flags)
    assert (credit.photographers, credit.sources, credit.distributor, got_flags) == expected


@pytest.mark.parametrize("line", [row[0] for row in CREDITS])
def test_credit_spans_are_exact(line: str) -> None:
    """The credit span indexes the text, and every name is a substring of it."""
    credit = parse_photo_credit(line)
    assert credit is not None
    assert line[credit.span.start : credit.span.end] == credit.text
    assert all(name in credit.text for name in (*credit.photographers, *credit.sources))


@pytest.mark.parametrize(
    ("caption", "credit_text"),
    [
        # Seed story (Reuters, May 2021): the credit ends the caption after ". ".
        (
            (
                "Russia's Foreign Minister Sergei Lavrov speaks during a meeting with Mexico's "
                "Foreign Minister Marcelo Ebrard in Moscow, Russia April 28, 2021. "
                "Yuri Kochetkov/Pool via REUTERS"
            ),
            "Yuri Kochetkov/Pool via REUTERS",
        ),
        # Reuters captions glued to their credit or run into it without punctuation.
        ("A man walks past in Tokyo, Japan, May 19, 2020.REUTERS/Issei Kato", "REUTERS/Issei Kato"),
        ("Chinese President Xi Jinping Reuters/Pool", "Reuters/Pool"),
        ("FILE PHOTO: A sign is seen in Paris. REUTERS/Gonzalo Fuentes", "REUTERS/Gonzalo Fuentes"),
        # AP/Yahoo layout: the credit in parentheses; a copyright holder before them (AFP).
        (
            "Rescuers search the rubble. (AP Photo/Hussein Malla, File)",
            "(AP Photo/Hussein Malla, File)",
        ),
        ("President Hollande speaks ©Michel Euler (Pool/AFP)", "©Michel Euler (Pool/AFP)"),
        # Reuters pictures of 2008-2015 carry country and topic tags after the credit.
        (
            "Supporters cheer in Nairobi. REUTERS/Thomas Mukoya (KENYA - Tags: POLITICS)",
            "REUTERS/Thomas Mukoya",
        ),
        # The Straits Times: the label runs to the end, even without a full stop before it.
        ("SHOP OWNER TAN AH KOW PHOTO: JASON QUAH", "PHOTO: JASON QUAH"),
        # BBC web layout: the credit leads, "Image caption" follows.
        (
            "Image copyright Getty Images Image caption The factory makes biscuits",
            "Image copyright Getty Images",
        ),
    ],
)
def test_credit_found_in_caption(caption: str, credit_text: str) -> None:
    """A credit at the end, in parentheses, after a label or leading a caption is found."""
    credit = find_photo_credit(caption)
    assert credit is not None
    assert credit.text == credit_text
    assert caption[credit.span.start : credit.span.end] == credit_text


@pytest.mark.parametrize(
    ("caption", "flag"),
    [
        # Reuters "FILE PHOTO:" opener, AP "FILE -" opener, Getty "In this file photo".
        ("FILE PHOTO: A sign in Paris, France. REUTERS/Gonzalo Fuentes", F),
        ("FILE - A sign in Paris, France. (AP Photo/Michel Euler)", F),
        ("In this file photo, a sign in Paris. Joe Raedle/Getty Images", F),
        # Handout and pool pictures named in the caption text.
        ("The king in an undated handout photo. PHOTOS: REUTERS", H),
        ("Leaders meet in a pool photo. Evan Vucci/AP", P),
    ],
)
def test_caption_wording_sets_flags(caption: str, flag: str) -> None:
    """The caption's own "FILE PHOTO"/"handout photo" wording sets the credit's flags."""
    credit = parse_photo_credit(caption)
    assert credit is not None
    assert {f for f in (P, H, F, C) if getattr(credit, f)} == {flag}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "The minister spoke on Tuesday.",
        "Shares rose 3% in New York (Reuters)",  # a dateline tag, not a credit: no "/"
        "He said prices rose (COVID-19).",
        "By John Doe",  # a byline, not a credit
        "Peter and Jane",
    ],
)
def test_no_credit(text: str) -> None:
    """Text without a credit gives None."""
    assert parse_photo_credit(text) is None


@given(photo_credits())
def test_render_parse_round_trip(pair: tuple[PhotoCredit, str]) -> None:
    """Rendering a drawn credit and parsing the text gives back the same model."""
    credit, text = pair
    assert render_photo_credit(credit) == text
    assert parse_photo_credit(text) == credit


@given(photo_credits(), st.integers(0, 5), st.integers(0, 5))
def test_padding_shifts_spans(pair: tuple[PhotoCredit, str], left: int, right: int) -> None:
    """Padding a credit line with spaces shifts its span by exactly the left padding."""
    credit, text = pair
    padded = parse_photo_credit(" " * left + text + " " * right)
    assert padded == attrs.evolve(credit, span=credit.span.shift(left))


@given(photo_credits())
def test_credit_after_caption(pair: tuple[PhotoCredit, str]) -> None:
    """A drawn credit after a caption sentence is found with the right span."""
    credit, text = pair
    caption = "A man walks past a mural in Kyiv, Ukraine, March 3, 2022. "
    found = parse_photo_credit(caption + text)
    assert found == attrs.evolve(credit, span=credit.span.shift(len(caption)))


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    """Any string parses to a credit or None; names are substrings, spans exact."""
    credit = parse_photo_credit(text)
    if credit is not None:
        assert text[credit.span.start : credit.span.end] == credit.text
        assert all(name in credit.text for name in (*credit.photographers, *credit.sources))


CREDIT_PIECES = ["/", " via ", "(", ")", "Photo: ", "AP ", "REUTERS", "Jane Doe", ", File"]


@given(soup(CREDIT_PIECES, 40))
def test_credit_like_noise_never_raises(text: str) -> None:
    """Strings built from credit pieces parse without error, with exact spans."""
    credit = parse_photo_credit(text)
    if credit is not None:
        assert text[credit.span.start : credit.span.end] == credit.text


#: Credit-like runs (name -> repeated unit) besides the hostile units of conftest.
CREDIT_RUNS: dict[str, str] = {
    **HOSTILE_UNITS,
    "slashes": "/",
    "caps-words-3": "ABC ",
    "via": "via ",
    "names": "Jane Doe/",
    "labels": "PHOTO: ",
    "ap": "(AP Photo/",
}


@pytest.mark.parametrize("unit", CREDIT_RUNS.values(), ids=list(CREDIT_RUNS))
def test_hostile_runs_in_linear_time(unit: str) -> None:
    """Credit-like or hostile runs are read in linear time (1 MB: tests/test_robustness.py)."""
    credit = assert_linear_time(parse_photo_credit, lambda size: repeat_to(unit, size), 25_000)
    if credit is not None:
        text = repeat_to(unit, 200_000)
        assert text[credit.span.start : credit.span.end] == credit.text


@pytest.mark.parametrize("bad", [None, 3, b"REUTERS/Kevin Lamarque", ["AP"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    """Anything but a str is a TypeError."""
    with pytest.raises(TypeError, match="must be a str"):
        parse_photo_credit(bad)  # type: ignore[arg-type]


def test_render_rejects_non_models() -> None:
    """render_photo_credit wants a PhotoCredit."""
    with pytest.raises(TypeError, match="PhotoCredit"):
        render_photo_credit("REUTERS/Kevin Lamarque")  # type: ignore[arg-type]


def test_render_canonical_forms() -> None:
    """The canonical rendering puts people, organisations, flags, then "via" and File Photo."""
    credit = PhotoCredit(
        photographers=("Jane Doe",),
        sources=("AFP", "Getty Images"),
        distributor="Getty Images",
        handout=True,
        file=True,
        span=Span(0, 0),
        text="",
    )
    assert render_photo_credit(credit) == "Jane Doe/AFP/Handout via Getty Images/File Photo"


# -- evaluation data (../shared/data, read at test time only) ----------------------------------


def _parts(value: str) -> set[str]:
    return {p.strip() for p in value.casefold().replace(" via ", "/").split("/") if p.strip()}


def test_guardian_credits_meet_targets() -> None:
    """Guardian credits (guardian_credits.jsonl): photographer >= 98.5 %, source >= 99 %."""
    rows = [r for r in iter_jsonl("guardian_credits.jsonl") if not r.get("gold_quirk")]
    photographer = source = 0
    for row in rows:
        credit = parse_photo_credit(row["credit"])
        assert credit is not None, row["id"]
        assert all(n in row["credit"] for n in (*credit.photographers, *credit.sources))
        names = {" ".join(p.split()).casefold() for p in credit.photographers}
        photographer += " ".join(row["photographer"].split()).casefold() in names
        got = set().union(*(_parts(s) for s in credit.sources)) if credit.sources else set()
        source += bool(_parts(row["source"])) and _parts(row["source"]) <= got
    assert photographer / len(rows) >= 0.985
    assert source / len(rows) >= 0.99


def test_wire_captions_spans_and_flags() -> None:
    """Real captions (wire_captions.jsonl): credit span and flags right for >= 95 %."""
    rows = list(iter_jsonl("wire_captions.jsonl"))
    span_ok = flags_ok = 0
    for row in rows:
        text = row["caption_text"]
        credit = parse_photo_credit(text)
        if credit is None:
            continue
        assert text[credit.span.start : credit.span.end] == credit.text
        start, end = row["credit_span"]
        got = (credit.span.start, credit.span.end)
        span_ok += got in {(start, end), (start - 1, end + 1), (start + 1, end - 1)}
        flags_ok += (credit.pool, credit.handout, credit.file) == (
            row["pool"],
            row["handout"],
            row["file"],
        )
    assert span_ok / len(rows) >= 0.95
    assert flags_ok / len(rows) >= 0.95
