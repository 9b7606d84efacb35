"""Bad input for :func:`wirestory.find_statements`: huge, repetitive or unbalanced text.

Every case must return a list without raising, in time growing linearly with the input
(``assert_linear_time``: 25 KB against 200 KB) and inside a wall-clock budget (``SIGALRM``;
``WIRESTORY_BUDGET`` seconds, default 60) -- a catastrophic regex or a quadratic loop fails the
test instead of hanging CI. Each regex call also carries ``REGEX_TIMEOUT`` as a backstop.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

import pytest
from tests.conftest import assert_linear_time

from wirestory import find_statements

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


def _repeat(unit: str) -> Callable[[int], str]:
    """A maker of *unit* repeated to a given number of characters."""
    return lambda size: (unit * (size // len(unit) + 1))[:size]


# 1 MB of quote marks, cues, dashes, capitals and parentheses is also run within a budget by
# tests/test_robustness.py; here 25 KB against 200 KB shows the time grows linearly.
CASES: dict[str, Callable[[int], str]] = {
    "straight quote marks": _repeat('"'),
    "curly quote marks": _repeat("\u201c\u201d"),
    "mixed quote marks": _repeat('\u201c"\u00ab\u201e\u201d\u00bb'),
    '"said"': _repeat("said "),
    '"he said"': _repeat("he said "),
    "an unclosed quote before words": lambda size: 'He said: "' + _repeat("word ")(size),
    "split quotes without end": _repeat('"A," he said, '),
    "participles": _repeat(", adding"),
    "according to": _repeat("according to "),
    "dashes": _repeat("\u2014"),
    "capitals": _repeat("ABC DEF "),
    "parentheses": _repeat("("),
    "commas before a cue": lambda size: _repeat("Smith, ")(size) + "said it.",
    "apostrophes and inch marks": _repeat("6'2\" Russia's "),
}


@pytest.mark.parametrize("make", CASES.values(), ids=list(CASES))
def test_bad_input_in_linear_time(make: Callable[[int], str]) -> None:
    """Degenerate inputs return a list of exact statements, never raise, in linear time."""
    with _budget(BUDGET):
        found = assert_linear_time(find_statements, make, 25_000)
    text = make(200_000)
    for statement in found:
        assert text[statement.content.span.start : statement.content.span.end] == (
            statement.content.text
        )


def _quadratic(text: str) -> int:
    """Deliberately quadratic work, to show the linearity check catches it."""
    n = len(text) // 80
    return sum(1 for _ in range(n) for _ in range(n))


def test_linear_time_check_catches_quadratic_work() -> None:
    """assert_linear_time fails on quadratic work and passes on linear work."""
    with pytest.raises(AssertionError, match="200000 characters"):
        assert_linear_time(_quadratic, _repeat("a"), 25_000)
    assert assert_linear_time(len, _repeat("a"), 25_000) == 200_000


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
