"""The credit finder's shortcuts find exactly what the plain pattern scans find."""

from __future__ import annotations

import string

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import iter_jsonl

from wirestory import _credits
from wirestory._credits import caseless

#: Pieces of captions and credit lines (wire_captions.jsonl, guardian_credits.jsonl): agency
#: names glued to slashes and "via", labels with and without publishers, dates, sentence
#: ends, and the characters a case-blind match folds unusually (İ, ı, ſ, the Kelvin sign).
_PIECES = st.sampled_from(
    ["REUTERS", "Reuters", "reuters", "AFP", "Getty Images", "AP", "ST", "EPA", " ", "  ", "\t",
     "/", " / ", " via ", " VIA ", "via", "Pool", "Photo", "PHOTO:", "Photograph:", "photo by",
     "Image copyright", "pictures", "Kevin Lamarque", "Jan.", "January", " 5", "28", " 2021",
     ", ", ". ", "\n", "(", ")", "İ", "ı", "ſ", "\u212a", "x", "-", "Credit:", "Pics"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def test_caseless_folds_case_blind_letters() -> None:
    """Every character a case-blind pattern matches to an ASCII letter folds onto it."""
    letter = regex.compile(r"(?i)[a-z]")
    for code in range(0x110000):
        char = chr(code)
        assert len(caseless(char)) == 1
        if letter.fullmatch(char):
            folded = caseless(char)
            assert regex.fullmatch(f"(?i){folded}", char)
            assert folded in string.ascii_lowercase


@settings(max_examples=300)
@given(_TEXTS)
def test_caseless_is_the_table_fold(text: str) -> None:
    """The fold by str.replace is the fold by the translation table, on any text."""
    assert caseless(text) == text.translate(_credits._ASCII_FOLD).lower()


@settings(max_examples=300)
@given(_TEXTS)
def test_label_positions(text: str) -> None:
    """Labels tried at their possible openings are the labels a scan finds."""
    folded = _credits._folded(text, 0, len(text))
    fast = [m.span() for m in _credits._labels(text, 0, len(text), folded)]
    assert fast == [m.span() for m in _credits._LABEL.finditer(text)]


@settings(max_examples=300)
@given(_TEXTS, st.data())
def test_organisation_windows(text: str, data: st.DataObject) -> None:
    """Organisations found next to "/" and "via" are those a scan finds (after the bound)."""
    hopeless = data.draw(st.integers(-1, len(text)))
    folded = _credits._folded(text, 0, len(text))
    fast = [m.span() for m in _credits._org_starts(text, 0, len(text), folded, hopeless)]
    full = [m.span() for m in _credits._ORG_START.finditer(text)]
    assert [span for span in fast if span[0] > hopeless] == [
        span for span in full if span[0] > hopeless
    ]
    if hopeless < 0:
        assert fast == full


@settings(max_examples=300)
@given(_TEXTS)
def test_caption_date_positions(text: str) -> None:
    """Dates tried at digit runs (and the month reach before them) are the scan's dates."""
    fast = [m.span() for m in _credits._caption_dates(text, 0, len(text))]
    assert fast == [m.span() for m in _credits._CAPTION_DATE.finditer(text)]


@settings(max_examples=300)
@given(_TEXTS)
def test_hopeless_bound(text: str) -> None:
    """No strict credit line starts at or before the bound: every start there is refused."""
    hopeless = _credits._hopeless_before(text, 0, len(text))
    for start in range(max(hopeless + 1, 0)):
        a, b = _credits._strip(text, start, len(text))
        if a < b and a <= hopeless:
            assert not _credits._valid_chain(
                text, a, b, strict=True, need_separator=False, first_exact_org=False
            )


#: Pieces of caption text before a date: openers, places, line breaks (wire_captions.jsonl).
_PLACE_PIECES = st.sampled_from(
    ["in ", "at ", "In ", ", ", " - ", " — ", "\n", "\r\n", "Moscow", "Russia", "Old Trafford",
     "the city of ", "on ", "Monday", " ", "x", "Calif.", "U.S.", "and", "main", ",", "-"]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(_PLACE_PIECES, max_size=25).map("".join), st.data())
def test_place_before_positions(text: str, data: st.DataObject) -> None:
    """The place before a date, tried at its possible openings, is the one a search finds."""
    lo = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(lo, len(text)))
    fast = _credits._place_before(text, lo, end)
    full = _credits._PLACE_BEFORE.search(text, lo, end)
    assert (fast and (fast.span(), fast.groups())) == (full and (full.span(), full.groups()))


#: Reuters picture captions of 2008-2015 end in a tags group (wire_captions.jsonl); near
#: misses: spaces, tabs and line breaks after it, a second parenthesis, no "Tags:".
_TAG_ENDINGS = st.sampled_from(
    [" (KENYA - Tags: POLITICS)", "(Tags: SPORT)", " (USA - TAGS: X) ", "(Tags: X)\t", "(X)",
     "(Tags: X)\n", "(Tags: X) .", "(Tags: (X))", " (tag: Y)", ""]
)  # fmt: skip


def _tags_group_agrees(caption: str) -> bool:
    """_tags_group finds what a plain search finds where find_photo_credit looks."""
    start, end = _credits._strip(caption, 0, len(caption))
    if start >= end:
        return False
    tags = _credits._TAGS.search(caption, max(start, end - _credits._WINDOW), end)
    found = _credits._tags_group(caption, start, end)
    assert (found and found.span()) == (tags and tags.span()), caption
    return tags is not None


@settings(max_examples=300)
@given(_TEXTS, _TAG_ENDINGS)
def test_tags_group_gate(text: str, ending: str) -> None:
    """The tags group, looked for only when a caption ends in ")", is the plain search's."""
    _tags_group_agrees(text + ending)


def test_tags_group_gate_on_captions() -> None:
    """On the wire captions with tags groups added, the gated search agrees."""
    rows = list(iter_jsonl("wire_captions.jsonl"))
    found = sum(_tags_group_agrees(row["caption_text"] + ending) for row in rows
                for ending in ("", " (KENYA - Tags: POLITICS)", " (X - Tags: Y) \t"))  # fmt: skip
    assert found >= len(rows)
