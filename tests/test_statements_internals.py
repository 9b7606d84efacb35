"""Internal shortcuts of :mod:`wirestory._statements` against the patterns they stand in for."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory._statements import _LINE_TEXT, _line_spans

#: White space and line breaks of every kind, with words: the pieces of any line layout.
_PIECES = st.sampled_from(
    ["said", "Lavrov", ".", " ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f",
     "\x85", "\u00a0", "\u2028", "\u3000", "\u201c"]
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Reuters-21578 layout (evaluation data, reuters_stories.jsonl): indented wrapped lines.
        "    Computer Terminal Systems Inc said\nit has completed the sale.\n       \n",
        # Blank lines between paragraphs, as in modern wire copy (the seed story).
        'MOSCOW (Reuters) - Lavrov said.\n\n"We will help," he added.\n',
        "",
    ],
)
def test_line_spans_examples(text: str) -> None:
    """Lines of wire layouts are the pattern's lines."""
    assert _line_spans(text) == [m.span() for m in _LINE_TEXT.finditer(text)]


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_line_spans_match_the_pattern(text: str) -> None:
    """The ``str`` cut of lines gives the ``_LINE_TEXT`` spans on any layout."""
    assert _line_spans(text) == [m.span() for m in _LINE_TEXT.finditer(text)]
