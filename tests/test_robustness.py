"""Robustness: every public parser is total, linear-time and span-exact on any string.

Three kinds of test, over every public parser (``parse_dateline``, ``parse_photo_credit``,
``find_photo_credit``, ``parse_caption``, ``parse_byline``, ``parse_signoff``, ``find_signoff``,
``find_statements``, ``parse_story``):

- an adversarial corpus of 1 MB inputs (quote marks, dashes, capitals, agency tags, speech cues,
  nested parentheses, empty lines, mixed and right-to-left scripts, combining marks, lone
  surrogates, NULs) that must return without raising within a wall-clock budget: a SIGALRM
  fails the test instead of letting a catastrophic pattern hang CI (``WIRESTORY_BUDGET``
  seconds per test, default 60);
- Hypothesis properties over arbitrary text and over "wire soup" (random runs of the tokens
  wire copy is made of): never raises, every span lies in the input and covers exactly the
  model's ``text``, ``parse_story`` drops nothing, and white-space padding shifts every span by
  exactly the padding;
- regression tests for inputs the fuzz harness (``fuzz/fuzz_story.py``) found.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import FrameType
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wirestory
from wirestory import Span, Story

EXAMPLE_STORY = Path(__file__).resolve().parent.parent / "examples" / "story.txt"

#: Seconds one test may take before it fails (the whole adversarial input, or one example).
BUDGET = float(os.environ.get("WIRESTORY_BUDGET", "60"))

#: Every public parser, called with one string argument.
PARSERS: dict[str, Callable[[str], object]] = {
    "parse_dateline": wirestory.parse_dateline,
    "parse_photo_credit": wirestory.parse_photo_credit,
    "find_photo_credit": wirestory.find_photo_credit,
    "parse_caption": wirestory.parse_caption,
    "parse_byline": wirestory.parse_byline,
    "parse_signoff": wirestory.parse_signoff,
    "find_signoff": wirestory.find_signoff,
    "find_statements": wirestory.find_statements,
    "parse_story": wirestory.parse_story,
}

#: The size of each adversarial input; ``WIRESTORY_ADVERSARIAL_MB=0.1`` for a quick local run.
MB = int(float(os.environ.get("WIRESTORY_ADVERSARIAL_MB", "1")) * 1_000_000)


def _repeat(unit: str, size: int = MB) -> str:
    """Return *unit* repeated to *size* characters (cut at the end)."""
    return (unit * (size // len(unit) + 1))[:size]


#: The adversarial corpus: name -> builder of a ~1 MB input (built once, on first use).
ADVERSARIAL: dict[str, Callable[[], str]] = {
    # Quote marks: unbalanced runs are the classic trap for quote pairing.
    "straight_double_quotes": lambda: _repeat('"'),
    "straight_single_quotes": lambda: _repeat("'"),
    "curly_quotes": lambda: _repeat("\u201c\u201d\u2018\u2019"),
    "open_curly_quotes": lambda: _repeat("\u201c"),
    "guillemets": lambda: _repeat("\u00ab \u00bb"),
    "unclosed_quote_then_words": lambda: '"' + _repeat("word ", MB - 1),
    "quotes_and_said": lambda: _repeat('"We will," he said. '),
    # British-style single quotes: pairs, possessive-looking closing marks, reopened quotes.
    "single_quotes_and_said": lambda: _repeat("'We will,' he said. "),
    "single_quote_pairs": lambda: _repeat("'a' "),
    "possessive_closing_marks": lambda: _repeat("\u2018cats\u2019 a "),
    "reopened_single_quotes": lambda: _repeat("said: 'A. 'B "),
    # Dashes: datelines end with one; a run of them must not be a run of datelines.
    "hyphens": lambda: _repeat("-"),
    "double_hyphens_spaced": lambda: _repeat(" -- "),
    "em_dashes": lambda: _repeat("\u2014"),
    "underscores": lambda: _repeat("_"),
    # Capitals: dateline cities and sign-offs are written in capitals.
    "capital_letter": lambda: _repeat("W"),
    "capital_words": lambda: _repeat("WASHINGTON "),
    "capital_words_commas": lambda: _repeat("NEW YORK, "),
    "title_case_words": lambda: _repeat("Prime Minister Jane Doe "),
    # A pronoun speaker after a long capitalised run: the name index once kept every sub-run
    # of every run (killed for memory on 14 KB).
    "capitalised_run_then_pronoun": lambda: _repeat("Li Lin ", MB - 40) + '"Yes," she said.',
    # Agency tags and cues.
    "agency_tags": lambda: _repeat("(AP) -"),
    "agency_tags_spaced": lambda: _repeat("(AP) - "),
    "reuters_tags": lambda: _repeat("(Reuters) - "),
    "said": lambda: _repeat("said"),
    "said_spaced": lambda: _repeat("said "),
    "according_to": lambda: _repeat("according to "),
    "by_lines": lambda: _repeat("By "),
    "reporting_by": lambda: _repeat("Reporting by Jane Doe; "),
    "credit_slashes": lambda: _repeat("REUTERS/"),
    "credit_via": lambda: _repeat("Jane Doe/Pool via "),
    "dates": lambda: _repeat("Jan. 5 "),
    # Brackets.
    "nested_parentheses": lambda: "(" * (MB // 2) + ")" * (MB // 2),
    "open_parentheses": lambda: _repeat("("),
    # Lines and spaces.
    "empty_lines_100k": lambda: "\n" * 100_000,
    "crlf_lines": lambda: _repeat("\r\n"),
    "spaces": lambda: _repeat(" "),
    "one_giant_word": lambda: _repeat("a"),
    "one_giant_paragraph": lambda: _repeat("The harbour master said the port would reopen. "),
    "short_lines": lambda: _repeat("A\n"),
    # Scripts.
    "mixed_scripts": lambda: _repeat("Москва Beijing 北京 القاهرة Αθήνα मुंबई Tōkyō 서울 "),
    "rtl_text": lambda: _repeat("\u200fقال المتحدث \u05d0\u05de\u05e8 \u202e(AP) -\u202c "),
    "combining_marks": lambda: _repeat("\u0301"),
    "combining_on_letters": lambda: _repeat("a\u0301\u0323"),
    "lone_surrogates": lambda: _repeat("\ud800"),
    "lone_surrogates_in_text": lambda: _repeat('said \udc00 "\ud83d" (AP) - '),
    "nuls": lambda: _repeat("\x00"),
    "control_chars": lambda: _repeat("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    # Real-looking copy, repeated: a story of 1 MB.
    "example_story_repeated": lambda: _repeat(EXAMPLE_STORY.read_text(encoding="utf-8") + "\n\n"),
}


@cache
def adversarial(name: str) -> str:
    """Return the adversarial input *name* (cached: several parsers read each)."""
    return ADVERSARIAL[name]()


class BudgetExceededError(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` swallows it."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Fail (raise :class:`BudgetExceededError`) if the block runs longer than *seconds*."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows
        yield
        return

    def on_alarm(_signum: int, _frame: FrameType | None) -> None:
        raise BudgetExceededError(f"over the {seconds:g} s wall-clock budget")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def budget() -> Iterator[None]:
    """Fail the test, rather than hang, if it runs over ``BUDGET`` seconds."""
    try:
        with time_budget(BUDGET):
            yield
    except BudgetExceededError as error:
        pytest.fail(str(error))


# --------------------------------------------------------------------------------------------
# checks shared by all tests
# --------------------------------------------------------------------------------------------


def iter_models(value: object, path: str = "result") -> Iterator[tuple[str, Any]]:
    """Yield ``(path, model)`` for every attrs model reachable from *value*."""
    cls = type(value)
    if attrs.has(cls):
        yield path, value
        for field in attrs.fields(cls):
            yield from iter_models(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from iter_models(item, f"{path}[{index}]")


def span_errors(source: str, result: object) -> list[str]:
    """Return what is wrong with the spans of *result* as an index into *source*."""
    errors: list[str] = []
    for path, model in iter_models(result):
        if isinstance(model, Span):
            if not 0 <= model.start <= model.end <= len(source):
                errors.append(f"{path} = {model} is outside the input of length {len(source)}")
            continue
        span = getattr(model, "span", None)
        text = getattr(model, "text", None)
        if isinstance(span, Span) and isinstance(text, str) and span.slice(source) != text:
            errors.append(f"{path}.text = {text!r} but the span covers {span.slice(source)!r}")
        if isinstance(model, wirestory.Content):
            if len(model.spans) != len(model.pieces):
                errors.append(f"{path}: {len(model.spans)} spans but {len(model.pieces)} pieces")
            pairs = zip(model.spans, model.pieces, strict=False)
            for index, (piece_span, piece) in enumerate(pairs):
                if piece_span.slice(source) != piece:
                    errors.append(f"{path}.pieces[{index}] = {piece!r} is not its span's text")
        if isinstance(model, wirestory.Dateline) and not (
            model.span.end <= model.body_start <= len(source)
        ):
            errors.append(f"{path}.body_start = {model.body_start} is not after the span")
    return errors


#: The top-level parts of a story that must together cover its text.
TOP_LEVEL = (
    "section",
    "headline",
    "bylines",
    "photos",
    "dateline",
    "paragraphs",
    "signoff",
    "furniture",
)


def top_level_spans(story: Story) -> list[tuple[str, Span]]:
    """Return ``(part, span)`` for every top-level part of *story*."""
    spans: list[tuple[str, Span]] = []
    for name in TOP_LEVEL:
        value = getattr(story, name)
        items = value if isinstance(value, tuple) else (value,)
        spans.extend((name, item.span) for item in items if item is not None)
    return spans


def dropped_characters(story: Story) -> list[int]:
    """Return the offsets of non-whitespace characters that no top-level part covers."""
    covered = bytearray(len(story.text))
    for _name, span in top_level_spans(story):
        covered[span.start : span.end] = b"\x01" * len(span)
    return [i for i, ch in enumerate(story.text) if not covered[i] and not ch.isspace()]


def overlapping_parts(story: Story) -> list[str]:
    """Return top-level parts that overlap (the dateline sits inside the first paragraph)."""
    parts = sorted(
        (span.start, span.end, name)
        for name, span in top_level_spans(story)
        if name != "dateline" and len(span)
    )
    return [
        f"{a_name} {a_start}:{a_end} overlaps {b_name} {b_start}:{b_end}"
        for (a_start, a_end, a_name), (b_start, b_end, b_name) in itertools.pairwise(parts)
        if b_start < a_end
    ]


def shifted(value: Any, offset: int, text: str, body_limit: int | None = None) -> Any:
    """Return *value* with every span (and ``body_start``) moved by *offset*; a
    :class:`~wirestory.Story` gets *text* as its text. With *body_limit*, a ``body_start``
    beyond it is set to it (white space after a dateline moves the body's start)."""
    if isinstance(value, Span):
        return value.shift(offset)
    if isinstance(value, tuple):
        return tuple(shifted(item, offset, text, body_limit) for item in value)
    if isinstance(value, list):
        return [shifted(item, offset, text, body_limit) for item in value]
    cls = type(value)
    if attrs.has(cls):
        changes: dict[str, Any] = {}
        for field in attrs.fields(cls):
            current = getattr(value, field.name)
            if field.name == "body_start" and isinstance(current, int):
                moved = current + offset
                changes[field.name] = moved if body_limit is None else min(moved, body_limit)
            elif isinstance(value, Story) and field.name == "text":
                changes[field.name] = text
            else:
                changes[field.name] = shifted(current, offset, text, body_limit)
        return attrs.evolve(value, **changes)
    return value


def check(name: str, text: str) -> object:
    """Run parser *name* on *text* and assert its result is well-formed; return the result."""
    result = PARSERS[name](text)
    if name == "find_statements":
        assert isinstance(result, list)
    elif name == "parse_story":
        assert isinstance(result, Story)
        assert result.text == text
    errors = span_errors(text, result)
    assert not errors, errors[:5]
    if isinstance(result, Story):
        dropped = dropped_characters(result)
        assert not dropped, f"{len(dropped)} characters dropped, first at {dropped[:5]}"
        overlaps = overlapping_parts(result)
        assert not overlaps, overlaps[:5]
    return result


# --------------------------------------------------------------------------------------------
# adversarial corpus
# --------------------------------------------------------------------------------------------


#: Known failures on the adversarial corpus: (parser, corpus) -> what goes wrong. Each is a
#: real bug in the parser, kept visible by a strict xfail (a fix makes the test XPASS and
#: fail, so that the entry is removed). A known-slow case gets a short budget, not a long one.
KNOWN_ADVERSARIAL_FAILURES: dict[tuple[str, str], str] = {}
KNOWN_FAILURE_BUDGET = 10.0


def adversarial_cases() -> Iterator[Any]:
    """Yield a pytest param per (parser, corpus), known failures marked."""
    for parser in sorted(PARSERS):
        for corpus in sorted(ADVERSARIAL):
            reason = KNOWN_ADVERSARIAL_FAILURES.get((parser, corpus))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(parser, corpus, marks=marks, id=f"{parser}-{corpus}")


@pytest.mark.parametrize(("parser", "corpus"), list(adversarial_cases()))
def test_adversarial_input_returns_within_budget(parser: str, corpus: str) -> None:
    """A 1 MB adversarial input returns a well-formed result within the wall-clock budget."""
    text = adversarial(corpus)
    known = (parser, corpus) in KNOWN_ADVERSARIAL_FAILURES
    try:
        with time_budget(KNOWN_FAILURE_BUDGET if known else BUDGET):
            check(parser, text)
    except BudgetExceededError as error:
        pytest.fail(f"{parser} on {len(text):,} characters of {corpus}: {error}")


@pytest.mark.parametrize("corpus", ["straight_double_quotes", "nested_parentheses", "said"])
def test_adversarial_inputs_are_one_megabyte(corpus: str) -> None:
    """The corpus inputs are as large as the suite claims."""
    assert len(adversarial(corpus)) == MB
    assert MB >= 1_000_000 or "WIRESTORY_ADVERSARIAL_MB" in os.environ


def test_budget_fails_a_slow_block() -> None:
    """The wall-clock guard interrupts a block that runs past its budget."""

    def sleep_past_budget() -> None:
        with time_budget(0.05):
            time.sleep(5)

    with pytest.raises(BudgetExceededError):
        sleep_past_budget()


@pytest.mark.parametrize("parser", sorted(PARSERS))
@pytest.mark.parametrize("value", [b"DUSHANBE (Reuters) -", None, 42, ["text"]])
def test_non_str_raises_type_error(parser: str, value: object) -> None:
    """Anything but a ``str`` raises TypeError."""
    with pytest.raises(TypeError, match="str"):
        PARSERS[parser](value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Hypothesis properties
# --------------------------------------------------------------------------------------------

#: The stuff wire copy is made of: runs of these find the parsers' corner cases faster than
#: uniformly random text does.
WIRE_TOKENS = [
    "WASHINGTON",
    "NEW YORK",
    "ST. LOUIS",
    "Ga.",
    "England",
    "BEIJING/SEOUL",
    ", ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "(AP)",
    "(Reuters)",
    "(AFP)",
    "(Xinhua)",
    "(CP)",
    "AP",
    "Reuter",
    "REUTERS",
    "TASS",
    " - ",
    " -- ",
    " \u2014 ",
    " _ ",
    "-",
    "\u2013",
    "Jan. 5",
    "Feb 26",
    "March 4",
    "2021",
    '"',
    "\u201c",
    "\u201d",
    "'",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "(",
    ")",
    ".",
    ",",
    ";",
    ":",
    "/",
    "By ",
    "by ",
    " and ",
    "Jane Doe",
    "Tomas Okafor",
    "Reporting by ",
    "Editing by ",
    "Additional reporting by ",
    " in ",
    "Photo",
    "AP Photo/",
    "Pool",
    " via ",
    "Getty Images",
    "File",
    "Handout",
    "said",
    " said ",
    "says",
    "told reporters",
    "according to",
    "added",
    "he",
    "She",
    "the ministry",
    "Foreign Minister",
    "the TASS news agency reported",
    "We will win",
    "Caspian Region",
    "Harbour Authority Says Storm Repairs Will Take Until Spring",
]

wire_soup = st.lists(st.sampled_from(WIRE_TOKENS), max_size=60).map("".join)
any_text = st.text(st.characters(exclude_categories=()), max_size=300)
texts = st.one_of(wire_soup, any_text)

#: White space that may pad a text without changing its meaning.
PADDING = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", " \n \n", "\u00a0"])

HYPOTHESIS = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)


@pytest.mark.parametrize("parser", sorted(PARSERS))
@HYPOTHESIS
@given(text=texts)
def test_any_text_parses_with_exact_spans(parser: str, text: str) -> None:
    """Any string returns a well-formed result: spans in range and exact, nothing dropped."""
    with time_budget(BUDGET):
        check(parser, text)


@pytest.mark.parametrize("parser", sorted(PARSERS))
@HYPOTHESIS
@given(text=texts, padding=PADDING)
def test_leading_padding_shifts_spans_by_its_length(parser: str, text: str, padding: str) -> None:
    """White space before the text moves every span by exactly its length."""
    with time_budget(BUDGET):
        plain = PARSERS[parser](text)
        padded_text = padding + text
        padded = PARSERS[parser](padded_text)
    assert padded == shifted(plain, len(padding), padded_text)


@pytest.mark.parametrize("parser", sorted(PARSERS))
@HYPOTHESIS
@given(text=texts, padding=PADDING)
def test_trailing_padding_leaves_spans_unchanged(parser: str, text: str, padding: str) -> None:
    """White space after the text changes no span (a dateline's body may not start in it)."""
    with time_budget(BUDGET):
        plain = PARSERS[parser](text)
        padded_text = text + padding
        padded = PARSERS[parser](padded_text)
    limit = len(text)
    assert shifted(padded, 0, padded_text, limit) == shifted(plain, 0, padded_text, limit)


@HYPOTHESIS
@given(text=texts)
def test_any_story_round_trips_through_json(text: str) -> None:
    """Any parsed story survives ``to_dict`` -> JSON text -> ``from_dict`` unchanged."""
    with time_budget(BUDGET):
        story = wirestory.parse_story(text)
        data = json.loads(json.dumps(story.to_dict()))
    assert Story.from_dict(data) == story


@HYPOTHESIS
@given(text=texts)
def test_any_story_exports_ninjs(text: str) -> None:
    """Any parsed story exports to a ninjs dict that JSON can write."""
    with time_budget(BUDGET):
        item = wirestory.to_ninjs(wirestory.parse_story(text))
    assert isinstance(json.dumps(item), str)
    assert item["uri"]


# --------------------------------------------------------------------------------------------
# the example story, padded and repeated
# --------------------------------------------------------------------------------------------


def test_example_story_is_lossless_and_exact() -> None:
    """The bundled example story parses with exact spans and nothing dropped."""
    check("parse_story", EXAMPLE_STORY.read_text(encoding="utf-8"))


@pytest.mark.parametrize("padding", ["\n", "\n\n\n", "   \n", "\r\n\r\n"])
def test_example_story_padding_shifts_spans(padding: str) -> None:
    """Blank lines before the example story shift every span by exactly their length."""
    text = EXAMPLE_STORY.read_text(encoding="utf-8")
    padded_text = padding + text
    assert wirestory.parse_story(padded_text) == shifted(
        wirestory.parse_story(text), len(padding), padded_text
    )


# --------------------------------------------------------------------------------------------
# regressions found by the fuzz harness (fuzz/fuzz_story.py)
# --------------------------------------------------------------------------------------------

FUZZ_REGRESSIONS: list[Any] = [
    # (id, input) pairs go here as the harness finds them; each must pass ``check``.
    pytest.param("", id="empty"),
]


@pytest.mark.usefixtures("budget")
@pytest.mark.parametrize("parser", sorted(PARSERS))
@pytest.mark.parametrize("text", FUZZ_REGRESSIONS)
def test_fuzz_regressions(parser: str, text: str) -> None:
    """Inputs the fuzz harness once broke now parse well-formed."""
    check(parser, text)
