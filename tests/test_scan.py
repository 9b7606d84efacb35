"""``matches_at`` gives ``finditer``'s matches when the positions hold every possible start."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirestory._scan import find_all, matches_at, reach_back

# Patterns of the shape the parsers scan this way: each match opens with a literal word (a
# title, a label, a digit), and none matches the empty string.
PATTERNS = [
    regex.compile(r"M(?:r|rs|s)\.?[ ]+(?:\p{Lu}\w*[ ]+){0,2}\p{Lu}\w+"),
    regex.compile(r"\d+(?:[ ]\p{L}+)?"),
    regex.compile(r"ab|b"),
    regex.compile(r"Mr[ ]Mr"),  # overlapping candidates: "Mr Mr Mr"
]

texts = st.text(alphabet="Mrs. ABab12 \n", max_size=60)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern)
@given(text=texts)
def test_every_position_gives_finditer(pattern: regex.Pattern[str], text: str) -> None:
    expected = [m.span() for m in pattern.finditer(text)]
    found = [m.span() for m in matches_at(pattern, text, range(len(text) + 1))]
    assert found == expected


@given(text=texts)
def test_literal_positions_give_finditer(text: str) -> None:
    """A title pattern needs only the places where its literal starts ("M")."""
    pattern = PATTERNS[0]
    positions = find_all(text, "M")
    assert [m.span() for m in matches_at(pattern, text, positions)] == [
        m.span() for m in pattern.finditer(text)
    ]


@given(text=texts, literal=st.sampled_from(["M", "Mr", "ab", " "]))
def test_find_all_is_every_occurrence(text: str, literal: str) -> None:
    expected = [i for i in range(len(text)) if text.startswith(literal, i)]
    assert list(find_all(text, literal)) == expected


def test_end_bounds_the_matches() -> None:
    text = "Mr Smith and Mrs Jones"
    pattern = PATTERNS[0]
    assert [m.group() for m in matches_at(pattern, text, find_all(text, "M"), end=10)] == [
        "Mr Smith"
    ]


def test_a_missing_start_loses_its_match() -> None:
    """The caller must list every start: a position left out is never tried."""
    text = "1 a 22 b"
    pattern = PATTERNS[1]
    assert [m.group() for m in matches_at(pattern, text, [4])] == ["22 b"]


#: A label that may open with a short word before white space ("ST PHOTO", "AP PHOTO").
LABEL = regex.compile(r"(?:[A-Z]{1,3}[ \t]+)?PHOTO")


@given(text=st.text(alphabet="ABST PHOTO\t.", max_size=50))
def test_reach_back_positions_give_finditer(text: str) -> None:
    positions = {
        at for found in find_all(text, "PHOTO") for at in reach_back(text, found, 0, reach=3)
    }
    assert [m.span() for m in matches_at(LABEL, text, positions)] == [
        m.span() for m in LABEL.finditer(text)
    ]
