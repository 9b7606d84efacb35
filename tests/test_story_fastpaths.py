"""Fast paths of parse_story: each gives what the plain reading it replaces gives.

``parse_story`` skips work that cannot change its answer (credit marks looked up only when the
story holds them, the trailer read block by block). Each test here holds a fast path against a
plain, slow reading of the same rule, on built text and on the evaluation data.
"""

from __future__ import annotations

import sys
from itertools import islice

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import iter_jsonl, soup

from wirestory import _credits, _story, parse_story
from wirestory._credits import caseless
from wirestory._furniture import _MAX_LENGTH as _MAX_FURNITURE
from wirestory._furniture import _OPENINGS, RELATED_WORDS, furniture_kind
from wirestory._furniture import _PATTERNS as _FURNITURE_PATTERNS
from wirestory._models import FurnitureKind
from wirestory._segments import Line, iter_blocks_backwards, split_block, split_lines
from wirestory._story import (
    _MARK_NEEDLES,
    _MAX_RELATED_ITEMS,
    _MAX_TRAILER_BLOCKS,
    _Marks,
    _related_item,
    _trailer_start,
)

#: Pieces of stories around credit marks and trailers: slashes, credit words in any case
#: (and inside other words: "aviation"), letters caseless() folds, furniture and link titles.
_PIECES = [
    "/", "via", "VIA", "aviation", "Photo", "PICTURES", "image", "Handout", "pool", "Courtesy",
    "\u0130", "\u0131", "ph", "oto", " ", "\n", "\n\n", "Reuters", "said.", " Reuter",
    "Related coverage", "See also:", "Our Standards: The Thomson Reuters Trust Principles.",
    "(Reporting by Jane Doe)", "<BAC>", "Link title", "(Corrects paragraph 2)", "    Two",
]  # fmt: skip


def _naive_within(text: str, start: int, end: int) -> bool:
    """A credit mark lies inside ``text[start:end]``, looked for in the slice itself."""
    lowered = caseless(text[start:end])
    return any(needle in lowered for needle in _MARK_NEEDLES)


@given(soup(_PIECES, 12), st.data())
def test_marks_within_equals_a_plain_search(text: str, data: st.DataObject) -> None:
    """_Marks.within (marks found once per story) says what a search of the slice says."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _Marks(text).within(start, end) == _naive_within(text, start, end)


def test_marks_within_on_reuters_paragraphs() -> None:
    """On the lines of 300 Reuters-21578 stories, _Marks.within agrees with a plain search."""
    for row in islice(iter_jsonl("reuters_stories.jsonl"), 300):
        text = row["text"]
        marks = _Marks(text)
        for line in split_lines(text):
            assert marks.within(line.lstart, line.rend) == _naive_within(
                text, line.lstart, line.rend
            )


def _reference_trailer_start(text: str, lines: list[Line]) -> int:
    """_trailer_start read plainly: every paragraph of the last blocks split first."""
    blocks = list(islice(iter_blocks_backwards(lines), _MAX_TRAILER_BLOCKS))
    tail = [span for block in blocks for span in reversed(split_block(text, block))]

    def at(index: int) -> tuple[int, int] | None:
        return tail[index] if index < len(tail) else None

    cut, back = len(text), 0
    while (span := at(back)) is not None:
        if furniture_kind(text, *span) is not None:
            cut, back = span[0], back + 1
            continue
        heading = back
        while (item := at(heading)) is not None and heading - back < _MAX_RELATED_ITEMS:
            if furniture_kind(text, *item) is FurnitureKind.RELATED:
                break
            if not _related_item(text, *item):
                item = None
                break
            heading += 1
        if item is None or heading - back >= _MAX_RELATED_ITEMS:
            break
        cut, back = item[0], heading + 1
    return cut


#: Story ends as paragraphs: link titles under a "Related" heading, the Reuters trailer, a
#: sign-off, sentences, a paragraph too long for a link title; broken by blank lines or not.
_PARAGRAPHS = [
    "Related coverage", "See also", "Link title", "Another link", "said.", " Reuter",
    "Our Standards: The Thomson Reuters Trust Principles.", "(Reporting by Jane Doe)",
    "<BAC>", "    Two", "x" * 170, "Read more:", "    Reuter", "(END)", "\u017fee also",
    "A sentence that ends.", "RELATED", "FILE PHOTO", "FILE PHOTO\n:", "EDITOR'S NOTE\n: a note",
]  # fmt: skip
_TAILS = st.lists(
    st.tuples(st.sampled_from(_PARAGRAPHS), st.sampled_from(["\n\n", "\n", "\n \n"])),
    max_size=20,
).map(lambda pairs: "".join(paragraph + brk for paragraph, brk in pairs))


@given(st.one_of(_TAILS, soup(_PIECES, 24)))
def test_trailer_start_equals_plain_reading(text: str) -> None:
    """The trailer found block by block is the trailer of a plain reading."""
    lines = split_lines(text)
    assert _trailer_start(text, lines, caseless(text)) == _reference_trailer_start(text, lines)


def test_trailer_start_on_wire_stories() -> None:
    """On the wire stories and 300 Reuters-21578 stories, the trailer is the plain reading's."""
    rows = [*iter_jsonl("wire_stories.jsonl"), *islice(iter_jsonl("reuters_stories.jsonl"), 300)]
    for row in rows:
        text = row["text"]
        lines = split_lines(text)
        assert _trailer_start(text, lines, caseless(text)) == _reference_trailer_start(text, lines)


def _reference_furniture_kind(text: str, start: int, end: int) -> FurnitureKind | None:
    """furniture_kind without its first-character gate: the folded head, then the patterns."""
    if end - start > _MAX_FURNITURE or start >= end:
        return None
    head = text[start : start + 13].casefold()
    if not head.startswith(_OPENINGS) and not text.endswith("(END)", start, end):
        return None
    for kind, pattern in _FURNITURE_PATTERNS:
        if pattern.fullmatch(text, start, end):
            return kind
    return None


#: Furniture, with first letters that fold to an opening's only under full case folding
#: (the "fi" ligature, the long s, the Kelvin sign) and ordinary text.
_FURNITURE_PIECES = [
    "Related coverage", "RELATED", "\ufb01le photo", "FILE PHOTO", "\u017fee also", "See also",
    "\u212aeywords: x", "Keywords: x", "(Corrects paragraph 2)", "<BAC>", "(END)", "END",
    "Our Standards: The Thomson Reuters Trust Principles.", "^M", "The", " ", "\n", "x",
]  # fmt: skip


@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=6))
def test_furniture_first_character_gate(pieces: list[str]) -> None:
    """Ruling a paragraph out by its first character gives the answer of the full test."""
    text = "".join(pieces)
    bounds = [sum(map(len, pieces[:count])) for count in range(len(pieces) + 1)]
    for start in bounds:
        for end in bounds:
            assert furniture_kind(text, start, end) == _reference_furniture_kind(text, start, end)


def test_trailer_pattern_opens_with_o_only() -> None:
    """Only "o" and "O" match the first letter of the "Our Standards" trailer case-blind."""
    letters = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(regex.findall(r"(?i:o)", letters)) == {"o", "O"}


#: Story ends: a sign-off, white space of all kinds, and furniture or text after it.
_ENDINGS = [
    "(Reporting by Jane Doe)", " Reuter", "said.", "\n", " ", "\t", "\u00a0", "\x1c",
    "Our Standards: The Thomson Reuters Trust Principles.", "\n\nRelated coverage",
    "\n\nLink title",
]  # fmt: skip


@given(soup(_ENDINGS, 8))
def test_blank_tail_gate(text: str) -> None:
    """Skipping the body after a sign-off when only white space follows changes nothing."""
    gated = repr(parse_story(text))
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(_story, "_blank_from", lambda _text, _start: False)
        assert repr(parse_story(text)) == gated


@given(soup(["Related", "RELATED", "See also", "\u017fee also", "Read more", "Also read",
             "coverage", " ", ":", "\n", "x", "\u0130", "r"], 5))  # fmt: skip
def test_related_words_name_every_heading(text: str) -> None:
    """Every "Related" heading holds one of RELATED_WORDS once folded (the trailer's gate)."""
    if furniture_kind(text, 0, len(text)) is FurnitureKind.RELATED:
        assert any(word in caseless(text) for word in RELATED_WORDS)


#: Story ends whose last paragraph is furniture over two lines, the second of which alone is
#: none (Reuters' "FILE PHOTO" label, AP's editor's note), and ends with no furniture.
TRAILER_ROWS = [
    "Prices rose.\n\nFILE PHOTO\n:",
    "said.\nFILE PHOTO\n:",
    "Prices rose.\n\nEDITOR'S NOTE\n: a note",
    "Prices rose.\n    Reuter\n",
    "Prices rose.\n\nOur Standards: The Thomson Reuters Trust Principles.\n",
    "Prices rose.\n\nRelated coverage\n\nLink title\n",
]


@pytest.mark.parametrize("text", TRAILER_ROWS)
def test_trailer_start_rows(text: str) -> None:
    """The trailer of these story ends is the plain reading's (the last paragraph decides)."""
    lines = split_lines(text)
    assert _trailer_start(text, lines, caseless(text)) == _reference_trailer_start(text, lines)


#: Pieces of 1987 Reuters copy around slashes (fractions, seasons, tables) and of credits
#: (agencies after a slash, labels, tags, parentheses), invented in the same shapes.
_SLASH_PIECES = st.sampled_from(
    ["1", "16", "1-1", "87", "1986", "5", "8.", "8th", "Dec", "shr", "/", " / ", "/ ", " ",
     "\n", ", ", "|", ". ", "said.", "Reuters", "REUTERS", "AFP", "Kevin Lamarque", "Getty",
     "Images", "pct", "bond", "(", ")", "TPX", "SEARCH", "PHOTO:", "Photo by", "pic", "via",
     "for", "Jr.", "U.S.", "A.", "\u00e9", "Pool", "File"]
)  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_SLASH_PIECES, min_size=1, max_size=30).map("".join))
def test_slashes_no_credit_holds(text: str) -> None:
    """Where the gate skips the credit search, the search finds no credit a photo keeps."""
    if not (_story._slashes_only(text) and _credits.slash_in_no_credit(text)):
        return
    credit = _credits.find_photo_credit(text)
    assert credit is None or not _story._credit_like(credit.text)


def test_slashes_gate_on_reuters_paragraphs() -> None:
    """Every Reuters-21578 paragraph the gate skips has no credit a photo keeps."""
    rows = list(islice(iter_jsonl("reuters_stories.jsonl"), 2000))
    skipped = 0
    for row in rows:
        for paragraph in row["text"].split("\n\n"):
            if "/" not in paragraph or not _story._slashes_only(paragraph):
                continue
            if _credits.slash_in_no_credit(paragraph):
                skipped += 1
                credit = _credits.find_photo_credit(paragraph)
                assert credit is None or not _story._credit_like(credit.text), paragraph
    assert skipped  # the gate does skip 1987 copy's fractions
