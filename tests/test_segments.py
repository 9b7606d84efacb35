"""Line, block and paragraph splitting: the fast paths agree with plain per-line readings."""

from __future__ import annotations

from itertools import islice

from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import iter_jsonl

from wirestory._segments import (
    _BREAK_CHARS,
    Line,
    _breaks_other_than_newline,
    blocks,
    clip_lines,
    iter_blocks,
    iter_blocks_backwards,
    last_block,
    last_paragraph,
    split_block,
    split_block_backwards,
    split_lines,
    split_paragraphs,
)

#: Pieces of text that exercise every rule: the line breaks str.splitlines knows, indents,
#: white space str.strip removes (no-break space, unit separator), sentence ends, capitals.
_PIECES = st.sampled_from(
    ["a", "B", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\x0c", "\x1c", "\x1f", "\x85",
     "\u2028", "\u00a0", "x.", "    Y", "said.", " Reuter", "-"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _reference_lines(text: str) -> list[Line]:
    """split_lines read the plain way: one str.splitlines piece at a time."""
    lines: list[Line] = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        body = piece.rstrip("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        if not body.strip():
            lines.append(Line(pos, pos + len(body), pos + len(body), pos + len(body)))
        else:
            left = len(body) - len(body.lstrip())
            lines.append(Line(pos, pos + len(body), pos + left, pos + len(body.rstrip())))
        pos += len(piece)
    if not lines or lines[-1].end != pos:
        lines.append(Line(pos, pos, pos, pos))
    return lines


@given(_TEXTS)
def test_split_lines_matches_splitlines(text: str) -> None:
    """The newline-only fast path and the general path both give str.splitlines' lines."""
    assert split_lines(text) == _reference_lines(text)


@given(_TEXTS)
def test_blocks_backwards_reverse_blocks(text: str) -> None:
    """Blocks found backwards (by blank-line indices) are the forward blocks, reversed."""
    lines = split_lines(text)
    forward = list(iter_blocks(lines))
    assert blocks(lines) == forward
    assert list(iter_blocks_backwards(lines)) == forward[::-1]
    # the last block alone, read from the end
    assert last_block(lines) == (forward[-1] if forward else None)


@given(_TEXTS)
def test_block_split_backwards_reverses_split(text: str) -> None:
    """Splitting a block from its end yields its paragraphs, last first."""
    for block in blocks(split_lines(text)):
        spans = split_block(text, block)
        assert list(split_block_backwards(text, block)) == spans[::-1]
        assert spans[0][0] == block[0].lstart
        assert spans[-1][1] == block[-1].rend


def _reference_clip(text: str, lines: list[Line], start: int, end: int) -> list[Line]:
    """clip_lines read line by line: every line touching the range, cut to it."""
    clipped: list[Line] = []
    for line in lines:
        if line.end <= start:
            continue
        if line.start >= end and clipped:
            break
        cut_start, cut_end = max(line.start, start), min(line.end, end)
        if cut_start == line.start and cut_end == line.end:
            clipped.append(line)
        else:
            chunk = text[cut_start:cut_end]
            left = len(chunk) - len(chunk.lstrip())
            if left == len(chunk):
                clipped.append(Line(cut_start, cut_end, cut_end, cut_end))
            else:
                right = cut_start + len(chunk.rstrip())
                clipped.append(Line(cut_start, cut_end, cut_start + left, right))
    return clipped


@given(_TEXTS, st.data())
def test_clip_lines_by_bisection(text: str, data: st.DataObject) -> None:
    """Clipping by bisection cuts only the first and last lines, like a line-by-line pass."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lines = split_lines(text)
    assert clip_lines(text, lines, start, end) == _reference_clip(text, lines, start, end)
    assert split_paragraphs(text, start, end, lines=lines) == split_paragraphs(text, start, end)


def test_teletype_paragraphs() -> None:
    """Reuters 1987 teletype copy: indented lines open paragraphs (reuters_stories.jsonl)."""
    text = (
        "LOS ANGELES, Feb 26 - BankAmerica Corp is not under\n"
        "pressure to act quickly.\n"
        "    Some analysts said they have recommended BankAmerica delay\n"
        "its offering.\n"
        " Reuter\n"
    )
    spans = split_paragraphs(text)
    assert [text[a:b].split(maxsplit=1)[0] for a, b in spans] == ["LOS", "Some", "Reuter"]
    assert list(split_block_backwards(text, blocks(split_lines(text))[0])) == spans[::-1]


@given(_TEXTS)
def test_break_check_spelt_out(text: str) -> None:
    """The spelt-out test for line breaks other than "\\n" is any() over _BREAK_CHARS."""
    expected = any(char in text for char in _BREAK_CHARS[1:])
    assert _breaks_other_than_newline(text) == expected


def test_break_check_knows_every_break() -> None:
    """Each break str.splitlines knows, but "\\n", is caught alone (the spelt-out list is whole)."""
    assert _BREAK_CHARS[0] == "\n"
    assert not _breaks_other_than_newline("a\nb")
    for char in _BREAK_CHARS[1:]:
        assert len(f"a{char}b".splitlines()) == 2
        assert _breaks_other_than_newline(f"a{char}b"), repr(char)


@given(_TEXTS)
def test_last_paragraph_is_the_last_split(text: str) -> None:
    """The last paragraph found from the end is the last one split_block gives."""
    for block in blocks(split_lines(text)):
        assert last_paragraph(text, block) == split_block(text, block)[-1]


def test_last_paragraph_on_reuters() -> None:
    """On the blocks of 300 Reuters-21578 stories, the last paragraph is split_block's last."""
    for row in islice(iter_jsonl("reuters_stories.jsonl"), 300):
        for block in blocks(split_lines(row["text"])):
            assert last_paragraph(row["text"], block) == split_block(row["text"], block)[-1]
