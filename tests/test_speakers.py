"""Speaker helpers of :mod:`wirestory._speakers`: the gendered-title scan.

``_surname_genders`` promises the matches of ``_GENDERED.finditer``, found faster (only where a
title's letters, or in ASCII text its whole word, occur); these tests hold it to that.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory._speakers import (
    _FEMALE_TITLES,
    _GENDERED,
    _TITLE_STARTS,
    _TITLE_WORDS,
    _bare,
    _surname_genders,
)


def _reference(text: str) -> dict[str, str]:
    """The genders read by a plain ``finditer`` over the whole text."""
    genders: dict[str, str] = {}
    for m in _GENDERED.finditer(text):
        gender = "f" if m.group("title").lower() in _FEMALE_TITLES else "m"
        genders.setdefault(_bare(m.group("surname")), gender)
    return genders


@pytest.mark.parametrize("title", sorted(_TITLE_WORDS))
def test_every_title_word_is_read(title: str) -> None:
    """Each listed title is a whole ``_GENDERED`` title and starts with a listed literal."""
    m = _GENDERED.match(f"{title} Smith")
    assert m is not None
    assert m.group("title") == title
    assert title.startswith(_TITLE_STARTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reuters style, 1987 (evaluation data): "company spokesman" with a name after it.
        ("A company spokesman, John Smith, said the sale was done.", {"smith": "m"}),
        ("A company spokesman said the sale was done.", {}),
        ("said spokesman John Smith of the company.", {"smith": "m"}),
        # The seed story: "spokeswoman Maria Zakharova", "Mr Lavrov".
        ("Foreign Ministry spokeswoman Maria Zakharova said. Mr Lavrov added.",
         {"zakharova": "f", "lavrov": "m"}),
        # Title words inside other words are no titles: "Germany", "reason", "contract".
        ("Germany Smith, the reason Jones and contract Brown.", {}),
        # Non-ASCII copy takes the literal scan: "Mme" is no title, "Ms Müller" is.
        ("Ms Müller said \u201cno\u201d.", {"müller": "f"}),
    ],
)  # fmt: skip
def test_surname_genders_examples(text: str, expected: dict[str, str]) -> None:
    """Gendered titles give their surnames' genders, and only whole titles count."""
    assert _surname_genders(text) == expected == _reference(text)


_PIECES = st.sampled_from(
    [*sorted(_TITLE_WORDS), "Smith", "Lavrov", "J.", "Anne", "Ms.", "Mr.", ",", ".", " ", "\t",
     "\n", "5", "_", "woman", "Germany", "reason", "chairmanship", "actors", "M\u00fcller",
     "\u00e9", "\u2014"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_surname_genders_match_the_plain_scan(text: str) -> None:
    """The fast scan finds what ``_GENDERED.finditer`` finds, in ASCII and other text."""
    assert _surname_genders(text) == _reference(text)
