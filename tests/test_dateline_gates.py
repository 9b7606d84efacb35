"""The cheap gates before the dateline grammar: necessary conditions that change no answer.

``parse_dateline`` runs on the first lines of every story and paragraph, and most of those
lines are ordinary sentences. Before a grammar pattern runs, a plain ``str`` check rules out
lines that cannot match it (the docstrings of ``_may_end_here``, ``_may_end_in_reach``,
``_may_lead`` and ``_may_be_bare_city`` give the reasoning). These tests check each gate
against its pattern, and the gated parser against the same parser with every gate open.
"""

from __future__ import annotations

import sys
from itertools import islice, product

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import iter_jsonl, soup

from wirestory import _dateline
from wirestory._dateline import (
    _BARE_CITY,
    _DATELINE,
    _LEAD,
    _WHITESPACE,
    _WINDOW,
    _build,
    _Groups,
    _groups,
    _line_at,
    _may_be_bare_city,
    _may_end_here,
    _may_end_in_reach,
    _may_lead,
    _parse_simple,
    _simple_groups,
    _skip_space,
    parse_dateline,
)

#: Every code point but the surrogates, as one string (regex look-ups over it run in C).
ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def line_starts(text: str) -> list[int]:
    """Where find_statements and parse_story call parse_dateline: each line's first character."""
    return [0, *(i + 1 for i, ch in enumerate(text) if ch in "\n\r" and i + 1 < len(text))]


def open_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every gate say "maybe", so that each grammar pattern runs."""
    monkeypatch.setattr(_dateline, "_may_end_here", lambda _line: True)
    monkeypatch.setattr(_dateline, "_may_end_in_reach", lambda _line: True)
    monkeypatch.setattr(_dateline, "_may_lead", lambda _line: True)
    monkeypatch.setattr(_dateline, "_may_be_bare_city", lambda _line: True)


def check_gates(text: str, start: int) -> None:
    """Each gate holds wherever its pattern matches (and, for the grammar, _build accepts)."""
    start = _skip_space(text, start)
    line = _line_at(text, start)
    end = start + _WINDOW
    match = _DATELINE.match(text, start, end)
    if match is not None and _build(text, match) is not None:
        assert _may_end_here(line), line
        assert _may_end_in_reach(line), line
    if _LEAD.match(text, start, end) is not None:
        assert _may_lead(line), line
        assert _may_end_here(line), line  # parse_dateline asks _may_lead only after this
    if _BARE_CITY.match(text, start, end) is not None:
        assert _may_be_bare_city(line), line


def test_groups_follow_the_pattern() -> None:
    """_Groups names the grammar's groups in their order, as match.groups() gives them."""
    index = _DATELINE.groupindex
    assert _Groups._fields == tuple(sorted(index, key=index.__getitem__))


def test_regex_space_is_str_space() -> None:
    r"""Regex ``\s`` is ``str.isspace`` but for \x1c-\x1f: the premise of the white-space gates."""
    regex_space = set(regex.findall(r"\s", ALL_CHARS))
    str_space = {ch for ch in ALL_CHARS if ch.isspace()}
    assert regex_space <= str_space
    assert str_space - regex_space == set("\x1c\x1d\x1e\x1f")


def test_hspace_is_str_space() -> None:
    """Every HSPACE character is white space to str.split (the premise of the _LEAD gate)."""
    hspace = regex.findall(r"[\t\p{Zs}]", ALL_CHARS)
    assert all(ch.isspace() for ch in hspace)


# Lines of Reuters-21578 story 4 (reuters21578-4 in ../shared/data) and other ordinary text:
# each holds no dateline, and each gate of the grammar rules it out.
ORDINARY_LINES = [
    "pressure to act quickly on its proposed equity offering and",  # reuters21578-4, line 2
    "would do well to delay it because of the stock's recent poor",  # reuters21578-4, line 3
    "The 1986 projection of 1.45 mln tonnes is up from a",  # wrapped Reuters-style line
    "bank, is seeking a 200 mln dlr, eight-year multi-currency",  # hyphen inside a word
    "    The company said it expects earnings to rise.",  # indented paragraph start
]


@pytest.mark.parametrize("line", ORDINARY_LINES)
def test_ordinary_lines_gated_out(line: str) -> None:
    """An ordinary line passes none of the gates, and holds no dateline."""
    text = f"PARIS, March 3 - The minister said.\n{line}\nmore text"
    start = _skip_space(text, text.index(line))
    gated = _line_at(text, start)
    assert not _may_end_here(gated)
    assert not _may_lead(gated)
    assert not _may_be_bare_city(gated)
    assert parse_dateline(text, pos=text.index(line)) is None


# Where the gates must let the grammar run: one row per way a dateline can end (the module
# docstring of wirestory._dateline lists the conventions and their sources).
OPEN_LINES = [
    "LOS ANGELES, Feb 26 - BankAmerica Corp is not under",  # reuters21578-4: spaced hyphen
    "NEW YORK, Feb 26 -",  # Reuters-21578: the hyphen ends the line
    "BEIJING, Jan. 5 (Xinhua) -- The ...",  # Xinhua: double hyphen
    "ATLANTA, Ga. (AP) \u2014 The ...",  # AP: em dash
    "MOSCOW, January 5. /TASS/. The ...",  # TASS: /TASS/.
    "(CNN)At least ...",  # CNN: tag, no separator
    "New Delhi (Sputnik): The ...",  # Sputnik: colon
    "WASHINGTON (AP) _ The ...",  # old AP teletype underscore
    "LONDON -The minister said",  # a lone hyphen after white space
    "LONDON- The minister said",  # a lone hyphen before white space
    "WASHINGTON--The president said",  # flattened copy: double hyphen, no white space
    "LONDON\u2014The minister said",  # em dash, no white space
]


@pytest.mark.parametrize("line", OPEN_LINES)
def test_separators_open_the_gate(line: str) -> None:
    """A line with a dateline's ending passes _may_end_here, and the dateline is found."""
    assert _may_end_here(line)
    assert parse_dateline(line) is not None


# Long lines of modern copy hold a dash or parenthesis somewhere; a dateline ends before eight
# words of letters only (sentences written for these tests, in the style of wire copy).
LONG_LINES = [
    "The central bank said on Tuesday that it would keep rates on hold (for now) - analysts",
    "Officials in the capital said that the talks would resume next week: the minister",
    "Shares of the company rose sharply in early trading after the report -- traders said",
]


@pytest.mark.parametrize("line", LONG_LINES)
def test_long_lines_out_of_reach(line: str) -> None:
    """A terminator after a run of eight words of letters is out of a dateline's reach."""
    assert _may_end_here(line)
    assert not _may_end_in_reach(line)
    assert parse_dateline(line) is None


def test_reach_takes_seven_words() -> None:
    """Six words of a city and a month make seven tokens of letters, and still a dateline."""
    line = "SAN FRANCISCO BAY AREA NORTH SIDE March 5 (Reuters) - The company said"
    assert _may_end_in_reach(line)
    dateline = parse_dateline(line)
    assert dateline is not None
    assert dateline.text == "SAN FRANCISCO BAY AREA NORTH SIDE March 5 (Reuters) -"


def test_reach_stops_at_a_slash() -> None:
    """A slash may open a region between slashes, which holds anything: no verdict there."""
    line = "IGORA /a b c d e f g h i j/, December 26. /TASS/. The"
    assert _may_end_in_reach(line)
    assert parse_dateline(line) is not None  # ten words between the slashes


def test_lead_gate() -> None:
    """_may_lead wants a dash token after one to four name words, none with a comma."""
    assert _may_lead("AP - The ...")  # AG News (module docstring)
    assert _may_lead("Canadian Press - VANCOUVER (CP) - The ...")
    assert not _may_lead("NEW YORK, March 4 - General Motors Corp said")  # reuters21578
    assert not _may_lead("- AP said")
    assert not _may_lead("one two three four five - six")


def test_bare_city_gate() -> None:
    """_may_be_bare_city wants two capitals and, in ASCII, a lower-case letter."""
    assert _may_be_bare_city("WASHINGTON The U.S. Supreme Court")
    assert not _may_be_bare_city("AIR WIS SERVICES INC <ARWS> 4TH QTR NET")  # reuters21578
    assert not _may_be_bare_city("The company said")
    assert _may_be_bare_city("\u00c9VRY \u00c9tait")  # non-ASCII: left to the pattern


@given(soup(["LONDON", "NEW YORK", "Ga.", ",", " ", "(", ")", "Reuters", "AP", "-", "--",
             "\u2014", "_", "/", "TASS", ".", ":", "Jan.", "5", "March", "\n", "\r", "(CNN)",
             "By", "Jane", "\u00a0", "\x1c", "\t", "The", "said", "AAP"], 20))  # fmt: skip
def test_gates_hold_on_dateline_soup(text: str) -> None:
    """On runs of dateline pieces, each gate holds wherever its pattern matches."""
    for start in line_starts(text):
        check_gates(text, start)


@given(st.text(max_size=60), st.integers(min_value=0, max_value=60))
def test_gates_hold_on_any_text(text: str, pos: int) -> None:
    """On arbitrary text, each gate holds wherever its pattern matches; white space agrees."""
    check_gates(text, min(pos, len(text)))
    if pos < len(text):
        match = _WHITESPACE.match(text, pos)
        assert match is not None
        assert _skip_space(text, pos) == match.end()


@given(soup(["LONDON", "NEW YORK", ",", " ", "(AP)", "Reuters", "-", "\u2014", ":", "Feb 26",
             "\n", "By", "Jane", "The", "said", "AP -"], 16))  # fmt: skip
def test_gated_equals_ungated_on_soup(text: str) -> None:
    """With the gates open, parse_dateline gives the same answer at every line start."""
    gated = [repr(parse_dateline(text, pos=start)) for start in line_starts(text)]
    with pytest.MonkeyPatch.context() as monkeypatch:
        open_gates(monkeypatch)
        ungated = [repr(parse_dateline(text, pos=start)) for start in line_starts(text)]
    assert gated == ungated


def test_gated_equals_ungated_on_reuters(monkeypatch: pytest.MonkeyPatch) -> None:
    """On every line start of 300 Reuters-21578 stories, the gates change no answer."""
    texts = [row["text"] for row in islice(iter_jsonl("reuters_stories.jsonl"), 300)]
    calls = [(text, start) for text in texts for start in line_starts(text)]
    gated = [repr(parse_dateline(text, pos=start)) for text, start in calls]
    open_gates(monkeypatch)
    ungated = [repr(parse_dateline(text, pos=start)) for text, start in calls]
    assert len(calls) > 3000
    assert gated == ungated


def check_simple(text: str, start: int) -> bool:
    """Where the 1987 fast path matches, the grammar matches the same, group by group, and
    the fast path's dateline (or refusal) is _build's."""
    found = _simple_groups(text, start)
    if found is None:
        assert _parse_simple(text, start) is None
        return False
    match = _DATELINE.match(text, start, start + _WINDOW)
    assert match is not None, text[start:]
    assert found == (*_groups(match), match.end())
    assert _parse_simple(text, start) == _build(text, match), text[start:]
    return True


# The 1987 Reuters forms the fast path reads, and near misses the grammar reads otherwise
# (reuters_stories.jsonl: reuters21578-4, -5, -7 and the Oct. dates of later stories).
SIMPLE_LINES = [
    ("LOS ANGELES, Feb 26 - BankAmerica Corp is not under", True),
    ("PORTLAND, Ore., Feb 26 - Red Lion Inns Limited Partnership", True),
    ("SOUTH BELOIT, Ill., Oct. 20 - The company said", True),
    ("Toronto, Feb 26 - The bank said", True),
    ("WASHINGTON, D.C., March 2 -\n    Shr 50 cts", True),
    ("NEW YORK, March 2 -- The", False),  # a double hyphen
    ("NEW YORK, March 2 (Reuters) - The", False),  # a tag
    ("NEW YORK, March 2, 1987 - The", False),  # a year
    ("ST. LOUIS, March 2 - The", False),  # a period in the city
    ("****RIO DE JANEIRO, March 5 - The", False),  # priority stars
    ("A B C D E F G, March 5 - The", False),  # seven words: no city
    ("NEW YORK,  March 2 - The", False),  # two spaces
]


@pytest.mark.parametrize(("line", "simple"), SIMPLE_LINES)
def test_simple_dateline_rows(line: str, simple: bool) -> None:
    """The fast path takes the plain 1987 forms and agrees with the grammar on them."""
    assert check_simple(line, 0) == simple
    assert parse_dateline(line) is not None or not simple


#: "CITY, Q, Month D -", slot by slot: forms the fast path takes and near misses of each.
_SIMPLE_SLOTS = (
    ["", "*"],
    ["NEW YORK", "ST. LOUIS", "A B C D E F G", "Reuters", "The Hague", "sioux falls",
     "\u00c9VRY", "Ab"],
    ["", ", Ore.", ", N.y.", ",Calif", " (Ga.)", ", Georgia"],
    [", ", ",", " "],
    ["Feb", "Oct.", "Septembers", "Ma", "Jan..", "Narch", "narch"],
    [" ", ""],
    ["5", "123", "32"],
    [" - The", " -- The", " (Reuters) - The", ", 1987 - The", "- The", " \u2013 The"],
)  # fmt: skip


def test_simple_groups_equal_grammar_on_built_lines() -> None:
    """On every 1987-like dateline and near miss built from the slots, the groups agree."""
    hits = sum(check_simple("".join(parts), 0) for parts in product(*_SIMPLE_SLOTS))
    assert hits > 100


@given(soup(["NEW", "YORK", "Feb", "Oct.", ",", ", ", " ", "-", "--", "26", "\n", "Ore.",
             "(AP)", "\u00e9"], 16))  # fmt: skip
def test_simple_groups_equal_grammar_on_soup(text: str) -> None:
    """Anywhere in runs of 1987 dateline pieces, the fast path's groups are the grammar's."""
    for start in range(len(text)):
        check_simple(text, start)


def test_simple_groups_equal_grammar_on_reuters() -> None:
    """On every line start of 2,000 Reuters-21578 stories, the fast path agrees."""
    texts = [row["text"] for row in islice(iter_jsonl("reuters_stories.jsonl"), 2000)]
    hits = sum(check_simple(text, start) for text in texts for start in line_starts(text))
    assert hits > 1500
