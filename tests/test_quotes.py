"""The letter-run fold (:data:`wirestory._quotes.NON_LETTERS`) the statements' cue gate reads.

An ASCII text after ``str.translate(NON_LETTERS)`` must split into exactly the text's runs of
letters (``\\p{L}+``, the scan it stands in for); other text is read by that scan.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirestory._quotes import NON_LETTERS

_LETTER_RUN = regex.compile(r"\p{L}+")

#: Characters of wire copy: ASCII (letters, digits, punctuation, controls), the punctuation the
#: fold covers, and letters and marks it does not (accented Latin, Cyrillic, a combining mark).
_ALPHABET = st.sampled_from(
    [chr(c) for c in range(128)]
    + list("\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026")
    + list("\u00e9\u00fc\u0414\u0430\u0301\u212a\u0130\u00b7\u2010")
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Reuters-21578 copy (evaluation data, reuters_stories.jsonl): wrapped lines, <tags>.
        ("Computer Terminal Systems Inc said\nit has completed",
         "Computer Terminal Systems Inc said it has completed"),
        ("to\n<Sedio N.V.> of Lugano, Switzerland for 50,000 dlrs.",
         "to Sedio N V of Lugano Switzerland for dlrs"),
        # Modern copy with curly quotes and dashes (the seed story's marks).
        ("\u201cWe will help,\u201d Lavrov\u2019s aide said \u2014 twice.",
         "We will help Lavrov s aide said twice"),
    ],
)  # fmt: skip
def test_fold_gives_letter_runs(text: str, words: str) -> None:
    """Folded ASCII-able copy splits into its letter runs."""
    folded = text.translate(NON_LETTERS)
    assert folded.isascii()
    assert folded.split() == words.split() == _LETTER_RUN.findall(text)


@given(st.text(_ALPHABET, max_size=80))
def test_fold_matches_letter_scan(text: str) -> None:
    """Wherever the fold leaves only ASCII, its words are the ``\\p{L}+`` runs."""
    folded = text.translate(NON_LETTERS)
    assert len(folded) == len(text)
    if folded.isascii():
        assert folded.split() == _LETTER_RUN.findall(text)
        assert folded.lower().split() == [w.lower() for w in _LETTER_RUN.findall(text)]
