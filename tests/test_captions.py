"""Captions: the caption split from its credit, with the place and date it states."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import iter_jsonl

from wirestory import Photo, PhotoCredit, parse_caption
from wirestory.strategies._credits import photo_credits

SEED_CAPTION = (
    "Russia's Foreign Minister Sergei Lavrov speaks during a meeting with Mexico's Foreign "
    "Minister Marcelo Ebrard in Moscow, Russia April 28, 2021."
)
SEED_CREDIT = "Yuri Kochetkov/Pool via REUTERS"

#: (caption text, credit text, (city, region, country) or None, (month, day, year) or None)
CAPTIONS: list[Any] = [
    # Seed story (Reuters, May 2021): "City, Country Month day, year." then the credit.
    (f"{SEED_CAPTION} {SEED_CREDIT}", SEED_CREDIT, ("Moscow", None, "Russia"), (4, 28, 2021)),
    # Reuters caption style: "in City, State, Country Month day, year."
    (
        "A sign is seen in San Diego, California, U.S. November 6, 2017. REUTERS/Mike Blake",
        "REUTERS/Mike Blake",
        ("San Diego", "California", "U.S."),
        (11, 6, 2017),
    ),
    (
        "Workers leave the plant in Fremont, Calif., May 12, 2020. REUTERS/Stephen Lam",
        "REUTERS/Stephen Lam",
        ("Fremont", "Calif.", None),
        (5, 12, 2020),
    ),
    (
        "Liverpool, Britain, May 14, 2020. REUTERS/Phil Noble",
        "REUTERS/Phil Noble",
        ("Liverpool", None, "Britain"),
        (5, 14, 2020),
    ),
    (
        "A man sits in the city of Mosul June 12, 2014. REUTERS/Stringer",
        "REUTERS/Stringer",
        ("Mosul", None, None),
        (6, 12, 2014),
    ),
    # AP caption style: "..., Friday, May 15, 2020, in Baltimore." then "(AP Photo/Name)".
    (
        (
            "A rider sprays water on a horse at Pimlico Race Course, Friday, May 15, 2020, in "
            "Baltimore. (AP Photo/Julio Cortez)"
        ),
        "(AP Photo/Julio Cortez)",
        ("Baltimore", None, None),
        (5, 15, 2020),
    ),
    # Getty Images caption: a date without a year.
    (
        "Volunteers walk to a practice in Berlin, on March 27. Sean Gallup/Getty Images",
        "Sean Gallup/Getty Images",
        ("Berlin", None, None),
        (3, 27, None),
    ),
    # A caption without place or date.
    ("Airbnb CEO Brian Chesky. REUTERS/Mike Segar", "REUTERS/Mike Segar", None, None),
]


@pytest.mark.parametrize(("text", "credit_text", "place", "date"), CAPTIONS)
def test_caption_table(
    text: str,
    credit_text: str,
    place: tuple[str | None, ...] | None,
    date: tuple[int | None, ...] | None,
) -> None:
    """The caption ends before its credit and states its own place and date."""
    photo = parse_caption(text)
    assert photo is not None
    assert photo.credit is not None
    assert photo.caption is not None
    assert photo.credit.text == credit_text
    assert photo.caption.text == text[: photo.credit.span.start].rstrip()
    got_place = photo.caption.place
    got_date = photo.caption.date
    assert (
        (got_place.city, got_place.region, got_place.country) == place if got_place else not place
    )
    assert (got_date.month, got_date.day, got_date.year) == date if got_date else not date


def test_seed_caption_spans() -> None:
    """The seed story's caption: the caption span excludes the separating space."""
    photo = parse_caption(f"{SEED_CAPTION} {SEED_CREDIT}")
    assert photo is not None
    assert photo.caption is not None
    assert photo.credit is not None
    assert (photo.caption.span.start, photo.caption.span.end) == (0, len(SEED_CAPTION))
    assert photo.credit.span.start == len(SEED_CAPTION) + 1
    assert photo.credit.photographers == ("Yuri Kochetkov",)
    assert (photo.credit.distributor, photo.credit.pool) == ("REUTERS", True)
    place = photo.caption.place
    assert place is not None
    assert (place.text, place.country_code) == ("Moscow, Russia", "RU")


def test_bbc_layout() -> None:
    """BBC web layout: the credit leads, the caption follows "Image caption"."""
    text = "Image copyright Getty Images Image caption The factory also makes biscuits"
    photo = parse_caption(text)
    assert photo is not None
    assert photo.credit is not None
    assert photo.caption is not None
    assert photo.credit.text == "Image copyright Getty Images"
    assert photo.caption.text == "The factory also makes biscuits"


def test_caption_without_credit() -> None:
    """A caption with no credit is a Photo with only a caption."""
    photo = parse_caption("  Crowds gather in Kyiv, Ukraine, March 3, 2022.  ")
    assert photo is not None
    assert photo.credit is None
    assert photo.caption is not None
    assert photo.caption.text == "Crowds gather in Kyiv, Ukraine, March 3, 2022."
    assert photo.caption.place is not None
    assert photo.caption.place.city == "Kyiv"


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_is_none(text: str) -> None:
    """Blank text has no photo."""
    assert parse_caption(text) is None


def _check_spans(text: str, photo: Photo) -> None:
    assert text[photo.span.start : photo.span.end] == photo.text
    for part in (photo.caption, photo.credit):
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text
    if photo.caption is not None:
        for sub in (photo.caption.place, photo.caption.date):
            if sub is not None:
                assert text[sub.span.start : sub.span.end] == sub.text


@given(photo_credits(), st.sampled_from([c[0].rsplit(". ", 1)[0] + "." for c in CAPTIONS]))
def test_caption_plus_drawn_credit(pair: tuple[PhotoCredit, str], caption: str) -> None:
    """Any caption sentence followed by a drawn credit splits back into the two."""
    credit, credit_text = pair
    text = f"{caption} {credit_text}"
    photo = parse_caption(text)
    assert photo is not None
    assert photo.caption is not None
    assert photo.caption.text == caption
    assert photo.credit == attrs.evolve(credit, span=credit.span.shift(len(caption) + 1))
    _check_spans(text, photo)


@given(st.text(max_size=300))
def test_arbitrary_text_spans(text: str) -> None:
    """Any string gives None or a Photo whose spans all index the text exactly."""
    photo = parse_caption(text)
    if photo is not None:
        _check_spans(text, photo)


@pytest.mark.parametrize(
    "text",
    ["April 28, 2021 in Moscow, " * 40_000, "in Moscow, Russia " * 60_000, ", " * 500_000],
    ids=["dates", "places", "commas"],
)
def test_megabyte_captions(text: str) -> None:
    """1 MB of caption-like repetition is one caption without a credit, spans exact."""
    photo = parse_caption(text)
    assert photo is not None
    assert photo.credit is None
    assert photo.caption is not None
    assert photo.caption.text == text.strip()
    _check_spans(text, photo)


def test_non_str_is_a_type_error() -> None:
    """Anything but a str is a TypeError."""
    with pytest.raises(TypeError, match="must be a str"):
        parse_caption(b"caption")  # type: ignore[arg-type]


def test_wire_captions_split() -> None:
    """Real captions (wire_captions.jsonl): the caption part never overlaps the credit."""
    for row in iter_jsonl("wire_captions.jsonl"):
        text = row["caption_text"]
        photo = parse_caption(text)
        assert photo is not None, row["id"]
        _check_spans(text, photo)
        if photo.caption is not None and photo.credit is not None:
            a, b = photo.caption.span.start, photo.caption.span.end
            assert b <= photo.credit.span.start or a >= photo.credit.span.end, row["id"]


def test_month_after_the_city_is_no_region() -> None:
    """A month word after the city ("in Moscow, April's ...") is no region of Moscow."""
    photo = parse_caption(
        "Snow falls on April 28, 2021 in Moscow, April's coldest day in years. REUTERS/Jane Doe"
    )
    assert photo is not None
    assert photo.caption is not None
    place = photo.caption.place
    assert place is not None
    assert (place.text, place.region, place.country) == ("Moscow", None, None)
