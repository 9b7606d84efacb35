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

from typing import NamedTuple

import regex

from wirestory._checks import REGEX_TIMEOUT

__all__ = ["Line", "blocks", "split_lines", "split_paragraphs", "trim"]

#: A line break: CRLF first so that it counts once, then the single-character breaks that
#: :meth:`str.splitlines` also knows (NEL and the Unicode line/paragraph separators).
_LINE_BREAK = regex.compile(
    r"""
    \r\n                        # Windows
    | [\n\r\x85\u2028\u2029]    # Unix, old Mac, NEL, LINE/PARAGRAPH SEPARATOR
    """,
    regex.VERBOSE,
)

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


def _make_line(text: str, start: int, end: int) -> Line:
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip())
    if left == len(chunk):
        return Line(start, end, end, end)
    right = len(chunk.rstrip())
    return Line(start, end, start + left, start + right)


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    r"""Return the lines of ``text[start:end]`` with absolute, trimmed offsets.

    >>> [(ln.lstart, ln.rend) for ln in split_lines("ab \n\n  c")]
    [(0, 2), (4, 4), (7, 8)]
    """
    stop = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    for match in _LINE_BREAK.finditer(text, start, stop, timeout=REGEX_TIMEOUT):
        lines.append(_make_line(text, pos, match.start()))
        pos = match.end()
    lines.append(_make_line(text, pos, stop))
    return lines


def blocks(lines: list[Line]) -> list[list[Line]]:
    r"""Group lines into blocks of non-blank lines separated by blank lines.

    >>> [len(b) for b in blocks(split_lines("a\nb\n\n\nc"))]
    [2, 1]
    """
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                out.append(current)
                current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


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


def _split_block(text: str, block: list[Line]) -> list[tuple[int, int]]:
    """Split one block of non-blank lines into paragraph spans."""
    if len(block) == 1:
        return [(block[0].lstart, block[0].rend)]
    teletype = any(line.indented for line in block[1:]) and all(
        line.rend - line.start <= _WRAPPED_WIDTH for line in block
    )
    spans: list[tuple[int, int]] = []
    first = block[0]
    para_start, para_end = first.lstart, first.rend
    previous = first
    for line in block[1:]:
        new_paragraph = line.indented if teletype else _ends_paragraph(text, previous, line)
        if new_paragraph:
            spans.append((para_start, para_end))
            para_start = line.lstart
        para_end = line.rend
        previous = line
    spans.append((para_start, para_end))
    return spans


def _ends_paragraph(text: str, previous: Line, line: Line) -> bool:
    """Whether *previous* ends a paragraph in one-paragraph-per-line copy."""
    if text[previous.rend - 1] not in _PARAGRAPH_END:
        return False
    if previous.rend - previous.lstart > _WRAPPED_WIDTH or line.indented:
        return True
    head = text[line.lstart]
    return head.isupper() or head.isdigit() or head in "\"'“‘«(-–—•*"


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    r"""Return the trimmed ``(start, end)`` of every paragraph of ``text[start:end]``.

    Blank lines always separate paragraphs; inside a block, an indented line opens one in
    teletype copy, and a line ending a sentence ends one in one-paragraph-per-line copy.

    >>> text = "LONDON - One\nline.\n    Two\nlines.\n\nThree."
    >>> [text[s:e] for s, e in split_paragraphs(text)]
    ['LONDON - One\nline.', 'Two\nlines.', 'Three.']
    """
    spans: list[tuple[int, int]] = []
    for block in blocks(split_lines(text, start, end)):
        spans.extend(_split_block(text, block))
    return spans
