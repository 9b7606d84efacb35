"""The story's one scan of capitalised runs (:mod:`wirestory._capitals`).

The mention table and the resolver's name index read the same runs and the same heading
lines; these tests hold the shared scan to what each used to find on its own: the matches of
a plain ``finditer`` of the run pattern, the name runs of ``_NAME_RUN`` over the whole text,
and the heading lines of a line-by-line walk over the runs. Every sentence is invented.
"""

from __future__ import annotations

import operator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory._capitals import _RUN, CapitalRuns, capital_runs, heading_line
from wirestory._furniture import RELATED_WORDS
from wirestory._speakers import _NAME_RUN, _run_entries, _run_name

#: The heading rule as first written (a slice of the text per line; every word listed).
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", ",", "-", "—")
_LOWER = {"a", "an", "the", "and", "or", "nor", "but", "for", "of", "in", "on", "at", "to",
          "by", "with", "from", "after", "as", "vs", "vs.", "into", "over", "about", "up",
          "off", "via"}  # fmt: skip


def _reference_heading(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 150:
        return False
    words = line.split()
    if line.endswith(_SENTENCE_ENDS):
        lettered = [w for w in words if w[:1].isalpha()]
        return (
            line.endswith((".", "?", "!"))
            and len(lettered) >= 5
            and all(w[:1].isupper() or w in _LOWER for w in lettered)
            and sum(1 for w in lettered if w[:1].isupper()) >= 0.6 * len(lettered)
        )
    if len(words) <= 6 or line.lower().startswith(RELATED_WORDS):
        return True
    return sum(map(str.isupper, map(operator.itemgetter(0), words))) >= 0.6 * len(words)


def _reference_headings(text: str) -> list[tuple[int, int]]:
    """The heading lines found by walking the runs line by line: (start, end)."""
    headings: list[tuple[int, int]] = []
    line_end = -1
    for m in _RUN.finditer(text):
        if m.start() > line_end:
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
            if _reference_heading(text[line_start:line_end]):
                headings.append((line_start, line_end))
    return headings


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Storm Hits Port of Gdansk", True),  # title case, no full stop
        ("Poisoning claims", True),  # a short subhead
        ("Related Story Schools urged to reopen after the storm on the coast", True),
        ("Did Rick Perry Just Quit Over the Report?", True),  # title case with "?"
        ("Host Karl Ibsen spoke on Late Talk With Sam Reyes on Friday.", False),  # prose
        ("the port authority said it would reopen the harbour later this week", False),
        ("Mr Holt said.", False),  # a sentence of fewer than five words
        ("   ", False),
    ],
)
def test_heading_line_examples(line: str, heading: bool) -> None:
    """Headlines, subheads and links are headings; prose is not."""
    assert heading_line(line) is heading is _reference_heading(line)


_PIECES = st.sampled_from(
    ["Ana", "Holt", "Bank", "of", "for", "and", "England", "van", "de", "U.S.", "R.V.",
     "Coogle's", "the", "said", "The", "Related", "Story", "Port", "storm", " ", " ", "\t",
     "\n", "\n\n", ".", ",", "?", '"', "\u201c", "\u201d", "5", "M\u00fcller", "\u00c9mile"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_runs_are_the_plain_scan(text: str) -> None:
    """The split scan gives the spans and texts of ``finditer``."""
    runs = CapitalRuns(text)
    found = list(zip(runs.starts, runs.ends, runs.runs, strict=True))
    assert found == [(m.start(), m.end(), m.group()) for m in _RUN.finditer(text)]
    assert all(text[s:e] == run for s, e, run in found)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_name_runs_are_the_plain_scan(text: str) -> None:
    """The name runs cut from the capitalised runs are those of ``_NAME_RUN`` over the text."""
    runs = CapitalRuns(text)
    cut = [
        (start + m.start(), m.group())
        for run, start in zip(runs.runs, runs.starts, strict=True)
        for m in _NAME_RUN.finditer(run)
    ]
    assert cut == [(m.start(), m.group()) for m in _NAME_RUN.finditer(text)]
    named = [
        (start + offset, entry.name)
        for run, start in zip(runs.runs, runs.starts, strict=True)
        for offset, entry, _short in _run_entries(run)
    ]
    assert named == [
        (m.start(), name) for m in _NAME_RUN.finditer(text) if (name := _run_name(m.group()))
    ]


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_in_heading_is_the_line_walk(text: str) -> None:
    """Each offset is on a heading line exactly when the line-by-line walk says so."""
    headings = _reference_headings(text)
    runs = capital_runs(text)
    for at in range(-1, len(text) + 2):
        expected = any(start <= at < end for start, end in headings)
        assert runs.in_heading(at) is expected
