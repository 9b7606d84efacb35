"""Hypothesis strategies for attributed statements: a :class:`~wirestory.Statement` and its text.

Each draw renders one sentence in a common news shape ('"...," Lavrov said.', 'X said that ...',
'According to X, ...') and builds the statement :func:`~wirestory.find_statements` must return.

>>> from hypothesis import given
>>> from wirestory import find_statements
>>> @given(statements())
... def test_round_trip(pair):
...     statement, text = pair
...     assert find_statements(text) == [statement]
>>> test_round_trip()
"""

from __future__ import annotations

from hypothesis import strategies as st

from wirestory._models import Content, Cue, Span, Speaker, Statement, StatementKind

__all__ = ["CONTENT_WORDS", "SPEAKER_NAMES", "TITLES", "content_clauses", "statements"]

_GIVEN = ("Sergei", "Maria", "Jens", "Hua", "Ismail", "Kira", "Bernard", "Yuriko", "Armen")
_FAMILY = ("Lavrov", "Zakharova", "Stoltenberg", "Chunying", "Sabri", "Yarmysh", "Chan", "Koike")

#: Speakers' names as wires write them.
SPEAKER_NAMES: tuple[str, ...] = tuple(f"{g} {f}" for g in _GIVEN for f in _FAMILY)

#: Titles written before a name (AP Stylebook, "titles").
TITLES: tuple[str, ...] = (
    "Russian Foreign Minister",
    "NATO Secretary General",
    "Kremlin spokesman",
    "Tokyo Governor",
    "Chinese Foreign Ministry spokeswoman",
    "Prime Minister",
)

#: Words content clauses are made of: no cue words, no clause words, no capitals.
CONTENT_WORDS: tuple[str, ...] = (
    "talks", "troops", "prices", "border", "progress", "was", "were", "slow", "would",
    "continue", "resume", "ceasefire", "held", "firm", "elections", "spring", "new", "plans",
    "for", "the", "a", "of", "commission", "could", "meet", "soon", "sanctions", "remain",
    "ready", "help", "demarcation", "work", "start", "withdraw", "forces", "peace", "deal",
)  # fmt: skip

_SUBJECTS = ("talks", "troops", "prices", "negotiators", "forces", "sanctions", "elections")


@st.composite
def content_clauses(draw: st.DrawFn) -> str:
    """Draw a lower-case clause with a noun first ("talks would resume soon").

    >>> from hypothesis import given
    >>> @given(content_clauses())
    ... def check(clause):
    ...     assert clause == clause.lower() and "," not in clause
    >>> check()
    """
    subject = draw(st.sampled_from(_SUBJECTS))
    rest = draw(st.lists(st.sampled_from(CONTENT_WORDS), min_size=1, max_size=7))
    return " ".join([subject, *rest])


#: The rule that reads each shape (``Statement.rule``).
_RULES: dict[str, str] = {
    "quote_after": "subject",
    "quote_inverted": "inverted",
    "colon": "subject",
    "indirect": "subject",
    "indirect_that": "subject",
    "content_first": "subject",
    "according": "according-to",
}


def _speaker(start: int, mention: str, title: str | None) -> Speaker:
    if mention in {"He", "She", "he", "she"}:
        return Speaker(text=mention, span=Span(start, start + len(mention)))
    name = mention.removeprefix(f"{title} ") if title else mention
    return Speaker(
        text=mention, span=Span(start, start + len(mention)), name=name, description=title
    )


@st.composite
def statements(draw: st.DrawFn) -> tuple[Statement, str]:
    """Draw a statement and the sentence that states it.

    >>> from hypothesis import given
    >>> @given(statements())
    ... def check(pair):
    ...     statement, text = pair
    ...     assert (
    ...         statement.content.text
    ...         == text[statement.content.span.start : statement.content.span.end]
    ...     )
    >>> check()
    """
    name = draw(st.sampled_from(SPEAKER_NAMES))
    title = draw(st.none() | st.sampled_from(TITLES))
    shape = draw(st.sampled_from(("quote_after", "quote_inverted", "colon", "indirect",
                                  "indirect_that", "content_first", "according")))  # fmt: skip
    mention = f"{title} {name}" if title else name
    if shape in {"quote_after", "indirect", "indirect_that", "content_first"} and draw(
        st.booleans()
    ):
        mention, title = draw(st.sampled_from(("He", "She"))), None
    clause = draw(content_clauses())
    cue = draw(st.sampled_from(("said", "added", "noted", "stressed")))
    kind = StatementKind.INDIRECT
    if shape == "quote_after":
        quote = clause[0].upper() + clause[1:]
        low_mention = mention if title or mention not in {"He", "She"} else mention.lower()
        text = f'"{quote}," {low_mention} {cue}.'
        mention = low_mention
        content_start, speaker_start = 1, len(quote) + 4
        cue_start = speaker_start + len(mention) + 1
        kind = StatementKind.DIRECT
        content = quote
    elif shape == "quote_inverted":
        quote = clause[0].upper() + clause[1:]
        text = f'"{quote}," {cue} {mention}.'
        content_start, cue_start = 1, len(quote) + 4
        speaker_start = cue_start + len(cue) + 1
        kind = StatementKind.DIRECT
        content = quote
    elif shape == "colon":
        quote = clause[0].upper() + clause[1:]
        text = f'{mention} {cue}: "{quote}."'
        speaker_start, cue_start = 0, len(mention) + 1
        content_start = cue_start + len(cue) + 3
        kind = StatementKind.DIRECT
        content = quote
    elif shape in {"indirect", "indirect_that"}:
        that = "that " if shape == "indirect_that" else ""
        text = f"{mention} {cue} {that}{clause}."
        speaker_start, cue_start = 0, len(mention) + 1
        content_start = cue_start + len(cue) + 1 + len(that)
        content = clause
    elif shape == "content_first":
        first = clause[0].upper() + clause[1:]
        low_mention = mention if title or mention not in {"He", "She"} else mention.lower()
        text = f"{first}, {low_mention} {cue}."
        mention = low_mention
        content_start, speaker_start = 0, len(first) + 2
        cue_start = speaker_start + len(mention) + 1
        content = first
    else:  # according
        text = f"According to {mention}, {clause}."
        cue, cue_start, speaker_start = "According to", 0, len("According to ")
        content_start = speaker_start + len(mention) + 2
        content = clause
    speaker = _speaker(speaker_start, mention, title)
    content_span = Span(content_start, content_start + len(content))
    cue_span = Span(cue_start, cue_start + len(cue))
    edges = [speaker.span.start, speaker.span.end, cue_span.start, cue_span.end]
    edges += [content_span.start, content_span.end]
    statement = Statement(
        kind=kind,
        speaker=speaker,
        cue=Cue(text=cue, span=cue_span),
        content=Content(text=content, span=content_span, spans=(content_span,), pieces=(content,)),
        via=None,
        span=Span(min(edges), max(edges)),
        rule=_RULES[shape],
    )
    return statement, text
