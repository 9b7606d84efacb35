"""Header lines of a story: section, headline and byline are told apart by their own rules."""

from __future__ import annotations

import pytest

import wirestory

# Header layouts of Reuters web copy (section label, title-case headline, byline) and of the
# 1987 wire (capitals headline, "By X, Reuters"); the stories are written for these tests.
HEADERS = [
    pytest.param(
        "WORLD NEWS\n\nOil Prices Rise Sharply\n\nBy Jane Doe\n\nLONDON (Reuters) - Oil rose.",
        "WORLD NEWS",
        "Oil Prices Rise Sharply",
        [("Jane Doe",)],
        id="section-headline-by",
    ),
    pytest.param(
        "Markets\n\nOil Prices Rise\n\nLONDON (Reuters) - Oil rose.",
        "Markets",
        "Oil Prices Rise",
        [],
        id="title-case-headline-is-no-bare-byline",
    ),
    pytest.param(
        "Caspian Region\n\nBorder Talks Resume in Dushanbe\n\nNazarali Pirnazarov\n\n"
        "DUSHANBE (Reuters) - Talks resumed.",
        "Caspian Region",
        "Border Talks Resume in Dushanbe",
        [("Nazarali Pirnazarov",)],
        id="bare-name-byline",
    ),
    pytest.param(
        "OIL PRICES RISE\n\nBy Jane Doe, Reuters\n\nLONDON, March 3 - Oil rose.\n\nReuter",
        None,
        "OIL PRICES RISE",
        [("Jane Doe",)],
        id="1987-wire",
    ),
]


@pytest.mark.parametrize(("text", "section", "headline", "names"), HEADERS)
def test_header_parts(
    text: str, section: str | None, headline: str, names: list[tuple[str, ...]]
) -> None:
    """Section, headline and byline names come out as a reader would label them."""
    story = wirestory.parse_story(text)
    assert (story.section.text if story.section else None) == section
    assert story.headline is not None
    assert story.headline.text == headline
    assert [byline.names for byline in story.bylines] == names
