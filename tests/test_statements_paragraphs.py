"""The paragraphs the statement finder reads: teletype paragraphs whole, long ones in pieces.

Reuters' 1987 copy (the Reuters-21578 corpus) wraps its lines near 70 characters and opens each
paragraph with an indented line. The statement finder reads such a paragraph as one, as
``parse_story`` does, so a cue on the third line governs the words on the first two. Text whose
line breaks were stripped is one long paragraph: it is read in pieces cut between sentences.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import iter_jsonl

from wirestory import Statement, find_statements, parse_story
from wirestory._statements._paragraphs import cut_long as _cut_long
from wirestory._statements._paragraphs import paragraph_spans as _paragraph_spans
from wirestory.strategies import statements

# Paragraphs of reuters21578-4 (../shared/data/reuters_stories.jsonl), as wrapped there.
BANKAMERICA = (
    "LOS ANGELES, Feb 26 - BankAmerica Corp is not under\n"
    "pressure to act quickly on its proposed equity offering and\n"
    "would do well to delay it because of the stock's recent poor\n"
    "performance, banking analysts said.\n"
    "    Some analysts said they have recommended BankAmerica delay\n"
    "its up to one-billion-dlr equity offering, which has yet to be\n"
    "approved by the Securities and Exchange Commission.\n"
    '    "The circumstances at the time will determine what we do,"\n'
    "said Arthur Miller, BankAmerica's Vice President for Financial\n"
    "Communications, when asked if BankAmerica would proceed with\n"
    "the offer immediately after it receives SEC approval.\n"
)

EXPECTED = [
    # (kind, speaker, cue, content with its line breaks read as spaces)
    (
        "indirect",
        "banking analysts",
        "said",
        (
            "BankAmerica Corp is not under pressure to act quickly on its proposed equity"
            " offering and would do well to delay it because of the stock's recent poor"
            " performance"
        ),
    ),
    (
        "indirect",
        "Some analysts",
        "said",
        (
            "they have recommended BankAmerica delay its up to one-billion-dlr equity"
            " offering, which has yet to be approved by the Securities and Exchange Commission"
        ),
    ),
    (
        "direct",
        "Arthur Miller",
        "said",
        "The circumstances at the time will determine what we do",
    ),
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _summary(found: list[Statement] | tuple[Statement, ...]) -> list[tuple[str, ...]]:
    return [
        (
            st.kind.value,
            _flat(st.speaker.text) if st.speaker else "",
            _flat(st.cue.text),
            _flat(st.content.text),
        )
        for st in found
    ]


def test_wrapped_statements_are_whole() -> None:
    """A cue governs the wrapped lines before it, and a quote runs on past a line break."""
    assert _summary(find_statements(BANKAMERICA)) == EXPECTED


def test_story_reads_the_same_statements() -> None:
    """parse_story finds the same whole statements in the body of the teletype story."""
    assert _summary(parse_story(BANKAMERICA).statements) == EXPECTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Teletype: the indented lines open paragraphs; flush-left lines continue them.
        ("A said\nthis.\n    B said\nthat.", ["A said\nthis.", "B said\nthat."]),
        # One paragraph per line (web copy, PolNeAR): every line is read alone.
        ("Kasich: We Go On\nBy Jo Doe\nHe said.", ["Kasich: We Go On", "By Jo Doe", "He said."]),
        # Blank lines between paragraphs (modern wire copy, the seed story).
        ("One said.\n\n\nTwo said.\n", ["One said.", "Two said."]),
        # Lines wider than teletype wrapping are not teletype copy, indented or not.
        ("    " + "x " * 60 + "\n    y said.", ["x " * 59 + "x", "y said."]),
    ],
)  # fmt: skip
def test_paragraph_spans(text: str, expected: list[str]) -> None:
    """Paragraphs are lines, except the wrapped lines of a teletype paragraph."""
    assert [text[s:e] for s, e in _paragraph_spans(text)] == expected


_LAYOUT = st.lists(
    st.sampled_from(["said", "Lavrov", ".", " ", "    ", "\n", "\r\n", "\u2028", "\u201c", "x"]),
    max_size=60,
).map("".join)


@given(_LAYOUT)
def test_paragraph_spans_cover_the_text(text: str) -> None:
    """Paragraphs are trimmed, in order, and hold every non-space character exactly once."""
    spans = _paragraph_spans(text)
    assert all(s < e for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    inside = "".join(text[s:e] for s, e in spans)
    assert "".join(inside.split()) == "".join(text.split())


def _wrap(sentence: str, width: int) -> str:
    """*sentence* as an indented teletype paragraph, its lines broken near *width*."""
    lines: list[str] = []
    line = "   "
    for word in sentence.split(" "):
        if len(line) + 1 + len(word) > width and line.strip():
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


@given(statements(), st.integers(min_value=12, max_value=70))
def test_wrapping_keeps_statements(pair: tuple[Statement, str], width: int) -> None:
    """A statement wrapped over teletype lines reads as it does on one line."""
    _statement, sentence = pair
    lead = "    The port was closed on Monday."
    flat = f"{lead}\n    {sentence}"
    wrapped = f"{lead}\n{_wrap(sentence, width)}"
    assert _summary(find_statements(wrapped)) == _summary(find_statements(flat))


def test_reuters_21578_statements_span_wrapped_lines() -> None:
    """In Reuters-21578 stories (../shared/data/reuters_stories.jsonl), statements run over
    line breaks: a third of the statements parse_story finds hold a wrapped line or more."""
    found = wrapped = 0
    for index, row in enumerate(iter_jsonl("reuters_stories.jsonl")):
        if index >= 300:
            break
        for statement in parse_story(row["text"]).statements:
            found += 1
            wrapped += "\n" in statement.content.text
    assert found > 600
    assert wrapped > found / 3


@given(
    st.lists(st.sampled_from(["Lavrov said so.", " ", "  ", "\n", ".", "\u201d", "x", "A"])).map(
        "".join
    ),
    st.integers(min_value=1, max_value=30),
)
def test_cut_long_pieces(text: str, limit: int) -> None:
    """Pieces are trimmed, in order, hold every non-space character once, and each but the
    last is longer than the limit (the cut comes after it)."""
    pieces = _cut_long(text, 0, len(text), limit)
    assert all(s < e and text[s:e] == text[s:e].strip() for s, e in pieces)
    assert all(e1 < s2 for (_, e1), (s2, _) in itertools.pairwise(pieces))
    assert "".join("".join(text[s:e] for s, e in pieces).split()) == "".join(text.split())
    assert len(pieces) <= len(text) // (limit + 1) + 1


@pytest.mark.parametrize("size", [200_000, 1_000_000])
def test_long_paragraph_reads_like_its_sentences(size: int) -> None:
    """A paragraph of many sentences gives what its sentences give on their own lines."""
    sentence = '"We will help," Lavrov said. Talks resume on Monday, the ministry said. '
    text = (sentence * (size // len(sentence))).strip()
    found = find_statements(text)
    assert len(found) == 2 * (size // len(sentence))
    assert {(st.cue.text, st.content.text) for st in found} == {
        ("said", "We will help"),
        ("said", "Talks resume on Monday"),
    }


# reuters21578-1092 (../shared/data/reuters_stories.jsonl): one paragraph, flush left; only the
# indented sign-off " Reuter" marks the block as teletype copy.
AUSIMONT = (
    "AUSIMONT COMPO <AUS> TO CHANGE NAME\n\n"
    "WALTHAM, Mass., March 3 - Ausimont Compo NV said it will\n"
    "change its name to Ausimont NV on May Six, subject to\n"
    "shareholder approval.\n"
    " Reuter\n"
)


def test_story_reads_a_one_paragraph_teletype_story_whole() -> None:
    """parse_story blanks the sign-off out before reading statements, yet reads the paragraph
    above it as one (the story's own lines show it is teletype copy)."""
    [statement] = parse_story(AUSIMONT).statements
    assert _flat(statement.content.text) == (
        "it will change its name to Ausimont NV on May Six, subject to shareholder approval"
    )
    assert find_statements(AUSIMONT)[0].content == statement.content
