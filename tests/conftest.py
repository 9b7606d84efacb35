"""Shared test configuration: Hypothesis profiles and access to the evaluation data.

The evaluation data lives in ``../shared/data`` beside the checkout (research use only, never
copied into this repository). Tests that read it skip cleanly when it is absent.
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

if TYPE_CHECKING:
    from wirestory import Statement

# No profile lets the machine's speed decide a test: no deadline, and no "too slow" health
# check (it times the generation of examples, so a busy machine failed it in the default
# profile, the one README's test command runs).
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def iter_jsonl(name: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of ``../shared/data/<name>``; skip the test if the file is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"evaluation data {path} not present")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


T = TypeVar("T")


def _timed(run: Callable[[str], T], text: str) -> tuple[float, T]:
    """CPU seconds of one ``run(text)`` (garbage collector paused) and its result.

    CPU time of this process (``time.process_time``), not wall-clock time: another job on
    the machine delays a run without adding to it, so a busy machine cannot fail the
    comparison (as ``tests/test_scaling.py`` does).
    """
    gc.disable()
    try:
        started = time.process_time()
        result = run(text)
        return time.process_time() - started, result
    finally:
        gc.enable()


def assert_linear_time(
    run: Callable[[str], T], make: Callable[[int], str], size: int, factor: int = 8
) -> T:
    """Run *run* on ``make(size)`` and ``make(factor * size)``; return the larger result.

    Fails when the larger input takes more than ``4 * factor`` times as long as the smaller
    (best of three; the larger is timed again once before failing, against a busy machine):
    linear work takes about *factor* times as long, quadratic work *factor* squared. This proves
    linearity on inputs of a few hundred KB instead of an absolute budget on 1 MB.
    """
    small, large = make(size), make(factor * size)
    best_small = min(_timed(run, small)[0] for _ in range(3))
    limit = 4 * factor * best_small + 0.05
    took, result = _timed(run, large)
    if took > limit:
        took = min(took, _timed(run, large)[0])
    assert took <= limit, f"{len(large)} characters: {took:.3f}s; {len(small)}: {best_small:.3f}s"
    return result


def assert_exact_spans(text: str, statements: Sequence[Statement]) -> None:
    """Every content piece, cue and speaker of *statements* is the text at its span."""
    for s in statements:
        assert s.content.pieces
        for span, piece in zip(s.content.spans, s.content.pieces, strict=True):
            assert text[span.start : span.end] == piece
        assert text[s.cue.span.start : s.cue.span.end] == s.cue.text
        if s.speaker is not None:
            assert text[s.speaker.span.start : s.speaker.span.end] == s.speaker.text


def soup(pieces: Sequence[str], max_size: int) -> st.SearchStrategy[str]:
    """Strings joined from up to *max_size* of *pieces*, in any order, repeats allowed."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


def repeat_to(unit: str, size: int) -> str:
    """*unit* repeated to exactly *size* characters (cut at the end)."""
    return (unit * (size // len(unit) + 1))[:size]


#: Runs of one hostile unit that every parser must read in linear time (name -> unit).
HOSTILE_UNITS: dict[str, str] = {
    "quotes": '"',
    "curly-quotes": "\u201c",
    "dashes": "\u2014",
    "hyphens": "-",
    "open-parens": "(",
    "close-parens": ")",
    "capital": "A",
    "caps-words": "AB ",
    "semicolons": ";",
    "newlines": "\n",
    "by": "By ",
}
