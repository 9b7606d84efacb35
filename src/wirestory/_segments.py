r"""Split story text into lines, blank-line blocks and paragraphs, keeping exact offsets.

Everything here works on offsets into the caller's string and runs in one linear pass: no
pattern can backtrack, so a 10 MB story or 100,000 one-line paragraphs cost what reading
them costs. Whitespace is what :meth:`str.isspace` says it is, the same definition the
losslessness check (``\S``) uses.

Two paragraph conventions meet in wire copy:

- Blank lines between paragraphs: modern copy, the seed story ("two blank lines").
- Indented first lines inside a block of wrapped lines: Reuters 1987 teletype copy
  (``"    Some analysts said they have recommended BankAmerica delay"``), where a line that
  starts flush left continues the paragraph above it.

Copy scraped from web pages often keeps one paragraph per line with single line breaks;
such a line ends a sentence and the next starts a new one, which is the third rule.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable, Iterator
from typing import NamedTuple

__all__ = [
    "Line",
    "blocks",
    "clip_lines",
    "iter_blocks",
    "iter_blocks_backwards",
    "last_block",
    "last_paragraph",
    "split_block",
    "split_block_backwards",
    "split_lines",
    "split_paragraphs",
    "teletype_paragraphs",
    "trim",
]

#: The characters :meth:`str.splitlines` breaks lines at.
_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

#: Characters that may end a paragraph when paragraphs are one line each (web copy).
_PARAGRAPH_END = frozenset(".!?\"'”’»)]:…")

#: Lines longer than this are not teletype wrapping (which breaks near 65-80 characters).
_WRAPPED_WIDTH = 100


class Line(NamedTuple):
    """One line of text: ``start``/``end`` without the line break, ``lstart``/``rend`` trimmed."""

    start: int
    end: int
    lstart: int
    rend: int

    @property
    def blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return self.lstart >= self.rend

    @property
    def indented(self) -> bool:
        """Whether the line opens with horizontal whitespace before its text."""
        return self.lstart > self.start and not self.blank


#: Builds a :class:`Line` from a tuple without the Python-level ``__new__`` of a NamedTuple.
_new_line = tuple.__new__


def _make_line(text: str, start: int, end: int) -> Line:
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip())
    if left == len(chunk):
        return _new_line(Line, (start, end, end, end))
    right = len(chunk.rstrip())
    return _new_line(Line, (start, end, start + left, start + right))


def _breaks_other_than_newline(text: str) -> bool:
    r"""Whether *text* holds a line break of :data:`_BREAK_CHARS` other than ``"\n"``."""
    return (
        "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x85" in text
        or "\u2028" in text
        or "\u2029" in text
    )  # spelt out: ``any()`` over the characters costs five times as much


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    r"""Return the lines of ``text[start:end]`` with absolute, trimmed offsets.

    Lines end where :meth:`str.splitlines` ends them.

    >>> [(ln.lstart, ln.rend) for ln in split_lines("ab \n\n  c")]
    [(0, 2), (4, 4), (7, 8)]
    """
    stop = len(text) if end is None else end
    lines: list[Line] = []
    append = lines.append
    pos = start
    chunk = text[start:stop] if start or stop != len(text) else text
    if not _breaks_other_than_newline(chunk):
        # Only "\n" breaks lines (most copy): split there, no break to strip from a piece.
        for piece in chunk.split("\n"):
            size = len(piece)
            right = len(piece.rstrip())
            if right == 0:
                line_end = pos + size
                append(_new_line(Line, (pos, line_end, line_end, line_end)))
            else:
                left = size - len(piece.lstrip())
                append(_new_line(Line, (pos, pos + size, pos + left, pos + right)))
            pos += size + 1
        return lines
    for piece in chunk.splitlines(keepends=True):
        size = len(piece)
        content = len(piece.rstrip(_BREAK_CHARS))
        right = len(piece.rstrip())
        if right == 0:
            line_end = pos + content
            append(_new_line(Line, (pos, line_end, line_end, line_end)))
        else:
            left = size - len(piece.lstrip())
            append(_new_line(Line, (pos, pos + content, pos + left, pos + right)))
        pos += size
    if pos == stop and (not lines or lines[-1].end != pos):
        lines.append(Line(pos, pos, pos, pos))  # the empty line after a final break
    return lines


def iter_blocks(lines: Iterable[Line]) -> Iterator[list[Line]]:
    """Yield blocks of non-blank lines separated by blank lines, lazily."""
    current: list[Line] = []
    for line in lines:
        if line.lstart >= line.rend:  # line.blank, without the property call
            if current:
                yield current
                current = []
        else:
            current.append(line)
    if current:
        yield current


def _blank_indices(lines: list[Line]) -> list[int]:
    """The indices of the blank lines (``lstart >= rend``)."""
    # Fields by index (2: lstart, 3: rend): faster than by name in a hot loop.
    return [index for index, line in enumerate(lines) if line[2] >= line[3]]


def iter_blocks_backwards(lines: list[Line]) -> Iterator[list[Line]]:
    r"""Yield the blocks of :func:`iter_blocks`, last first (each in reading order), lazily.

    >>> [len(b) for b in iter_blocks_backwards(split_lines("a\nb\n\n\nc"))]
    [1, 2]
    """
    stop = len(lines)
    for blank in reversed([-1, *_blank_indices(lines)]):
        if blank + 1 < stop:
            yield lines[blank + 1 : stop]
        stop = blank


def last_block(lines: list[Line]) -> list[Line] | None:
    r"""The last block of :func:`iter_blocks` (the first of :func:`iter_blocks_backwards`).

    Read from the end: the lines above the last block are not looked at.

    >>> [len(b) for b in (last_block(split_lines("a\nb\n\nc\nd\n\n")),)]
    [2]
    >>> last_block(split_lines(" \n")) is None
    True
    """
    stop = len(lines)
    while stop and lines[stop - 1][2] >= lines[stop - 1][3]:  # blank (lstart >= rend)
        stop -= 1
    if not stop:
        return None
    start = stop - 1
    while start and lines[start - 1][2] < lines[start - 1][3]:
        start -= 1
    return lines[start:stop]


def blocks(lines: Iterable[Line]) -> list[list[Line]]:
    r"""Group lines into blocks of non-blank lines separated by blank lines.

    >>> [len(b) for b in blocks(split_lines("a\nb\n\n\nc"))]
    [2, 1]
    """
    lines = lines if isinstance(lines, list) else list(lines)
    found: list[list[Line]] = []
    start = 0
    for blank in [*_blank_indices(lines), len(lines)]:
        if start < blank:
            found.append(lines[start:blank])
        start = blank + 1
    return found


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` moved inwards past whitespace (``start == end`` if blank).

    >>> trim("  ab  ", 0, 6)
    (2, 4)
    """
    chunk = text[start:end]
    stripped = chunk.lstrip()
    if not stripped:
        return end, end
    left = start + len(chunk) - len(stripped)
    return left, left + len(stripped.rstrip())


def _teletype_heads(block: list[Line]) -> list[int] | None:
    r"""The indices of a block's paragraph openings when it is teletype copy, else ``None``.

    Teletype copy: some line after the first is indented (the lines of a block are not
    blank, so ``indented`` is ``lstart > start``) and no line is wider than teletype
    wrapping; each indented line opens a paragraph. (Fields by index, 0: start, 2: lstart,
    3: rend: faster than by name.)

    >>> _teletype_heads(split_lines("A said\nthis.\n    B said\nthat."))
    [0, 2]
    >>> _teletype_heads(split_lines("One.\nTwo.")) is None
    True
    """
    heads = [index for index, line in enumerate(block) if line[2] > line[0]]
    if not heads or heads == [0]:
        return None
    if max([line[3] - line[0] for line in block]) > _WRAPPED_WIDTH:
        return None
    return heads if heads[0] == 0 else [0, *heads]


def _is_teletype(block: list[Line]) -> bool:
    """Whether :func:`teletype_heads` of *block* is not ``None``, without listing the heads.

    The indented line after the first is looked for from the end: in 1987 copy the last line
    (" Reuter") is one, so only the width check reads the whole block.
    """
    for index in range(len(block) - 1, 0, -1):
        line = block[index]
        if line[2] > line[0]:
            return max([line[3] - line[0] for line in block]) <= _WRAPPED_WIDTH
    return False


def last_paragraph(text: str, block: list[Line]) -> tuple[int, int]:
    r"""The last paragraph span of :func:`split_block`, without splitting the rest of the block.

    >>> text = "One.\nTwo."
    >>> last_paragraph(text, split_lines(text))
    (5, 9)
    """
    index = len(block) - 1
    if index and _is_teletype(block):
        # the last head: the last indented line after the first, else the first line
        while index > 0 and block[index][2] <= block[index][0]:
            index -= 1
    else:
        # the last line that the line before it ends a paragraph above, else the first
        while index > 0 and not _ends_paragraph(text, block[index - 1], block[index]):
            index -= 1
    return block[index][2], block[-1][3]


def teletype_paragraphs(block: list[Line]) -> list[tuple[int, int]] | None:
    r"""The paragraph spans of a block of teletype copy (see :func:`_teletype_heads`), or None.

    Each paragraph runs from an indented line to the line before the next one.

    >>> text = "A said\nthis.\n    B said\nthat."
    >>> [text[s:e] for s, e in teletype_paragraphs(split_lines(text))]
    ['A said\nthis.', 'B said\nthat.']
    >>> teletype_paragraphs(split_lines("One.\nTwo.")) is None
    True
    """
    heads = _teletype_heads(block) if len(block) > 1 else None
    if heads is None:
        return None
    return [
        (block[head].lstart, block[following - 1].rend)
        for head, following in itertools.pairwise([*heads, len(block)])
    ]


def split_block(text: str, block: list[Line]) -> list[tuple[int, int]]:
    r"""Split one block of non-blank lines (no blank line inside) into paragraph spans.

    The same as :func:`split_paragraphs` over the block's text.

    >>> text = "One.\nTwo."
    >>> split_block(text, split_lines(text))
    [(0, 4), (5, 9)]
    """
    if len(block) == 1:
        return [(block[0].lstart, block[0].rend)]
    teletype = teletype_paragraphs(block)
    if teletype is not None:
        return teletype
    spans: list[tuple[int, int]] = []
    first = block[0]
    para_start, para_end = first.lstart, first.rend
    previous = first
    for line in block[1:]:
        if _ends_paragraph(text, previous, line):
            spans.append((para_start, para_end))
            para_start = line.lstart
        para_end = line.rend
        previous = line
    spans.append((para_start, para_end))
    return spans


def split_block_backwards(text: str, block: list[Line]) -> Iterator[tuple[int, int]]:
    r"""Yield the paragraph spans of :func:`split_block`, last first, splitting as it goes.

    >>> text = "One.\nTwo."
    >>> list(split_block_backwards(text, split_lines(text)))
    [(5, 9), (0, 4)]
    """
    if len(block) == 1:
        yield block[0].lstart, block[0].rend
        return
    heads = _teletype_heads(block)
    if heads is not None:
        following = len(block)
        for head in reversed(heads):
            yield block[head].lstart, block[following - 1].rend
            following = head
        return
    para_end = block[-1].rend
    for index in range(len(block) - 1, 0, -1):
        line, previous = block[index], block[index - 1]
        if _ends_paragraph(text, previous, line):
            yield line.lstart, para_end
            para_end = previous.rend
    yield block[0].lstart, para_end


def _ends_paragraph(text: str, previous: Line, line: Line) -> bool:
    """Whether *previous* ends a paragraph in one-paragraph-per-line copy."""
    if text[previous.rend - 1] not in _PARAGRAPH_END:
        return False
    if previous.rend - previous.lstart > _WRAPPED_WIDTH or line.indented:
        return True
    head = text[line.lstart]
    return head.isupper() or head.isdigit() or head in "\"'“‘«(-–—•*"


def clip_lines(text: str, lines: list[Line], start: int, end: int) -> list[Line]:
    r"""Return the part of *lines* (from :func:`split_lines` of *text*) inside ``[start, end)``.

    >>> text = "ab\ncd\nef"
    >>> [text[ln.lstart : ln.rend] for ln in clip_lines(text, split_lines(text), 1, 7)]
    ['b', 'cd', 'e']
    """
    first = bisect.bisect_right(lines, start, key=_END)
    if first >= len(lines):
        return []
    # The first line, then every line that starts before *end* (starts increase).
    stop = bisect.bisect_left(lines, end, lo=first + 1, key=_START)
    clipped = lines[first:stop]
    # A line between two others lies inside: it starts after the first one ends (> start)
    # and ends before the next one starts (< end). Only the two ends may need cutting.
    for index in (0, len(clipped) - 1):
        line = clipped[index]
        if not (line.start >= start and line.end <= end):
            clipped[index] = _make_line(text, max(line.start, start), min(line.end, end))
    return clipped


#: A line's start and end, for bisection.
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


def split_paragraphs(
    text: str, start: int = 0, end: int | None = None, *, lines: list[Line] | None = None
) -> list[tuple[int, int]]:
    r"""Return the trimmed ``(start, end)`` of every paragraph of ``text[start:end]``.

    Blank lines always separate paragraphs; inside a block, an indented line opens one in
    teletype copy, and a line ending a sentence ends one in one-paragraph-per-line copy.
    *lines*, the :func:`split_lines` of the whole *text*, saves splitting it again.

    >>> text = "LONDON - One\nline.\n    Two\nlines.\n\nThree."
    >>> [text[s:e] for s, e in split_paragraphs(text)]
    ['LONDON - One\nline.', 'Two\nlines.', 'Three.']
    """
    stop = len(text) if end is None else end
    if lines is None:
        lines = split_lines(text, start, stop)
    else:
        lines = clip_lines(text, lines, start, stop)
    spans: list[tuple[int, int]] = []
    for block in blocks(lines):
        spans.extend(split_block(text, block))
    return spans
