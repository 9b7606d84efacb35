"""The statements engine's token lists (:class:`wirestory._quotes.Tokens`).

:func:`~wirestory._quotes.tokenize` builds the parallel lists in C (one ``findall`` of white
space and token pieces, ``accumulate`` for offsets, quote regions by bisection). Checked here
against a plain per-token loop written from the definitions, on invented wire-shaped text and
on arbitrary text.
"""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirestory._quotes import _TOKEN, SPACES, Token, Tokens, quote_regions, tokenize


def _reference(text: str, start: int, end: int, *, single: bool = False) -> list[Token]:
    """One token at a time, from the definitions: quoted strictly inside a region, marks."""
    regions = quote_regions(text, start, end, single=single)
    marks = {r.open: "open" for r in regions}
    marks.update({r.close: "close" for r in regions if r.close is not None})
    out = []
    for m in _TOKEN.finditer(text, start, end):
        s, e, word = m.start(), m.end(), m.group()
        mark = marks.get(s)
        inside = next((n for n, r in enumerate(regions) if r.open < s < r.inner_end), -1)
        quote = -1 if mark is not None else inside
        first = word[0]
        out.append(Token(s, e, word, word.lower(), quote, mark, first.isalnum(), first.isupper()))
    return out


def test_spaces_are_the_pattern_white_space() -> None:
    r"""``SPACES`` is exactly what ``regex`` reads as ``\s`` (not ``str.isspace``)."""
    white = regex.compile(r"\s")
    found = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if white.match(c))
    assert sorted(found) == sorted(SPACES)
    assert not white.match("\x1c")  # a token of its own, though ``str.isspace`` says space


@pytest.mark.parametrize(
    ("text", "words", "quote", "mark"),
    [
        ('"We will win," she said.',
         ['"', "We", "will", "win", ",", '"', "she", "said", "."],
         [-1, 0, 0, 0, 0, -1, -1, -1, -1],
         ["open", None, None, None, None, "close", None, None, None]),
        ("The U.S. envoy said talks won't resume.",
         ["The", "U.S", ".", "envoy", "said", "talks", "won't", "resume", "."],
         [-1] * 9, [None] * 9),
        ("\u201cNo,\u201d Ruiz said. \u201cNever",
         ["\u201c", "No", ",", "\u201d", "Ruiz", "said", ".", "\u201c", "Never"],
         [-1, 0, 0, -1, -1, -1, -1, -1, 1],
         ["open", None, None, "close", None, None, None, "open", None]),
    ],
)  # fmt: skip
def test_token_lists(text: str, words: list[str], quote: list[int], mark: list[str]) -> None:
    toks = tokenize(text, 0, len(text), quote_regions(text, 0, len(text)))
    assert (toks.text, toks.quote, toks.mark) == (words, quote, mark)
    assert [text[s:e] for s, e in zip(toks.start, toks.end, strict=True)] == words
    assert list(toks) == _reference(text, 0, len(text))


#: Wire copy's characters and the awkward ones: quote marks of every style, white space that
#: ``str.isspace`` and the pattern disagree on, a letter whose lower case is longer.
_ALPHABET = st.sampled_from(
    list("ab AZ.,'\"\u201c\u201d\u201e\u00ab\u00bb\t\n\x1c\u2009\u00a0-1\u0130")
)


@given(st.text(alphabet=_ALPHABET, max_size=60), st.booleans(), st.integers(0, 5))
def test_lists_match_the_token_loop(text: str, single: bool, start: int) -> None:
    start = min(start, len(text))
    regions = quote_regions(text, start, len(text), single=single)
    toks = tokenize(text, start, len(text), regions)
    assert list(toks) == _reference(text, start, len(text), single=single)
    assert len(toks) == len(toks.low) == len(toks.is_cap)
    if len(toks):
        assert toks[-1] == toks[len(toks) - 1]
        assert toks[1:3] == list(toks)[1:3]


def test_empty_and_cleared() -> None:
    toks = Tokens.empty()
    assert len(toks) == 0
    toks.load(tokenize("He said no.", 0, 11, []))
    assert toks.low == ["he", "said", "no", "."]
    toks.clear()
    assert len(toks) == 0
    with pytest.raises(IndexError):
        toks[0]
