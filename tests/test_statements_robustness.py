"""Bad input for :func:`wirestory.find_statements`: huge, repetitive or unbalanced text.

Every case must return a list without raising, inside a wall-clock budget (``SIGALRM``;
``WIRESTORY_BUDGET`` seconds, default 60) -- a catastrophic regex or a quadratic loop fails the
test instead of hanging CI. Each regex call also carries ``REGEX_TIMEOUT`` as a backstop.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest

from wirestory import find_statements

MB = 1_000_000
BUDGET = int(os.environ.get("WIRESTORY_BUDGET", "60"))


@contextmanager
def _budget(seconds: int) -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def _fail(_signum: int, _frame: FrameType | None) -> None:
        raise AssertionError(f"find_statements took longer than {seconds}s")

    previous = signal.signal(signal.SIGALRM, _fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _paragraphs(n: int) -> str:
    return "\n\n".join(
        f'"Quote number {i} is here," said John Smith{i % 50}. He added that it was fine.'
        for i in range(n)
    )


CASES = {
    "1 MB of straight quote marks": '"' * MB,
    "1 MB of curly quote marks": "\u201c\u201d" * (MB // 2),
    "1 MB of mixed quote marks": '\u201c"\u00ab\u201e\u201d\u00bb' * (MB // 6),
    '1 MB of "said"': "said " * (MB // 5),
    '1 MB of "he said"': "he said " * (MB // 8),
    "an unclosed quote before 1 MB of words": 'He said: "' + "word " * (MB // 5),
    "split quotes without end": '"A," he said, ' * (MB // 70),
    "participles": ", adding" * (MB // 40),
    "according to": "according to " * (MB // 65),
    "dashes": "\u2014" * (MB // 5),
    "capitals": "ABC DEF " * (MB // 40),
    "parentheses": "(" * (MB // 5),
    "commas before a cue": "Smith, " * (MB // 35) + "said it.",
    "apostrophes and inch marks": "6'2\" Russia's " * (MB // 75),
}


@pytest.mark.parametrize("text", CASES.values(), ids=list(CASES))
def test_bad_input_returns_in_time(text: str) -> None:
    """Huge and degenerate inputs return a list of statements, never raise, never hang."""
    with _budget(BUDGET):
        found = find_statements(text)
    assert isinstance(found, list)
    for statement in found:
        assert text[statement.content.span.start : statement.content.span.end] == (
            statement.content.text
        )


def test_ten_thousand_paragraphs_find_every_statement() -> None:
    """10,000 quote paragraphs give 20,000 statements (a quote and an "added" each)."""
    with _budget(BUDGET):
        found = find_statements(_paragraphs(10_000))
    assert len(found) == 20_000


def test_unclosed_quote_does_not_swallow_later_paragraphs() -> None:
    """An unclosed quote in the first paragraph leaves later statements intact."""
    text = 'He said: "We are ready\n\n' + "Talks begin soon, the ministry said.\n\n" * 1000
    with _budget(BUDGET):
        found = find_statements(text)
    assert len(found) == 1001
