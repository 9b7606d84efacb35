"""``fold_letters``: the fast path gives exactly ``str.translate(NON_LETTERS)``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory._quotes import NON_LETTERS, fold_letters

#: Invented wire-shaped lines: ASCII, curly quotes and dashes only, accented letters, other
#: scripts, and line breaks of every kind (``str.splitlines`` splits on more than "\n").
CASES = [
    "",
    "The minister said talks would resume.",
    "“We will not yield,” she said — twice… «Non»",
    "Zoë Brandt’s aide, José Núñez, said: “No.”\nHe left.",
    "Line one\r\nLine two\u2028line three\x0bfour\x1cfive\u0085six",
    "Москва — «Да», сказал он.\n\n“Yes,” he said.",
    "İstanbul’s mayor ΟΔΟΣ said\u00a0no",
]


@pytest.mark.parametrize("text", CASES)
def test_fold_letters_matches_translate(text: str) -> None:
    assert fold_letters(text) == text.translate(NON_LETTERS)
    assert len(fold_letters(text)) == len(text)


_WIRE_CHARS = st.sampled_from(
    list("aZ .,\n\r\"'-") + list("\u00a0«»–—‘’“”„…") + ["é", "ł", "Д", "\u2028", "\x85", "中"]
)


@given(st.lists(_WIRE_CHARS, max_size=60).map("".join))
def test_fold_letters_matches_translate_on_mixed_text(text: str) -> None:
    assert fold_letters(text) == text.translate(NON_LETTERS)


@given(st.text(max_size=80))
def test_fold_letters_matches_translate_on_any_text(text: str) -> None:
    assert fold_letters(text) == text.translate(NON_LETTERS)
