"""Hypothesis properties of :func:`wirestory.find_statements`.

- render -> find gives back the statement (``wirestory.strategies._statements``);
- every span indexes the input exactly, on arbitrary text and on "wire soup";
- content never overlaps its speaker;
- unrelated paragraphs around a statement only shift its spans.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import iter_jsonl, soup

from wirestory import Content, Cue, Source, Span, Speaker, Statement, find_statements
from wirestory.strategies._statements import statements

#: Pieces wire copy is made of, to build adversarial but realistic text.
SOUP = (
    '"', "\u201c", "\u201d", "'", "\u2019", "\u00ab", "\u00bb", "\u201e", " said", " says",
    " told reporters", " according to", " added", ", adding that", " quoted", " as saying",
    " TASS news agency reported", " state media said", " Lavrov", " Sergei Lavrov", " He",
    " the ministry", " Armenia's defence ministry", ",", ".", ":", " that", "\n\n", "\n",
    "DUSHANBE (Reuters) - ", " (AP) \u2014 ", " talks were underway", " Mr", " Dr.", " U.S.",
    " who", ", secretary of the council,", " and", " on Wednesday", " in a statement", "?",
    " \u2014 ", "(", ")", " 6'2\"",
)  # fmt: skip

wire_soup = soup(SOUP, 60)

#: Paragraphs with no speech and no quotes, to pad a statement with.
NARRATIVE = (
    "The weather was mild in the capital.",
    "Markets opened higher on Tuesday.",
    "A ceasefire halted six weeks of fighting last year.",
    "Roads were blocked off by military vehicles.",
)


def _spans_of(statement: Statement) -> list[tuple[Span, str]]:
    out: list[tuple[Span, str]] = [(statement.cue.span, statement.cue.text)]
    out.append((statement.content.span, statement.content.text))
    out += list(zip(statement.content.spans, statement.content.pieces, strict=True))
    if statement.speaker is not None:
        out.append((statement.speaker.span, statement.speaker.text))
    if statement.via is not None:
        out.append((statement.via.span, statement.via.text))
    return out


def _check_exact(text: str) -> None:
    for statement in find_statements(text):
        for span, value in _spans_of(statement):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == value
        assert statement.span.start <= statement.content.span.start
        assert statement.content.span.end <= statement.span.end


def _shift(statement: Statement, k: int) -> Statement:
    speaker: Speaker | None = statement.speaker
    if speaker is not None:
        speaker = attrs.evolve(speaker, span=speaker.span.shift(k))
    via: Source | None = statement.via
    if via is not None:
        agency = via.agency
        if agency is not None:
            agency = attrs.evolve(agency, span=agency.span.shift(k))
        via = attrs.evolve(via, span=via.span.shift(k), agency=agency)
    content: Content = statement.content
    content = attrs.evolve(
        content, span=content.span.shift(k), spans=tuple(s.shift(k) for s in content.spans)
    )
    cue: Cue = attrs.evolve(statement.cue, span=statement.cue.span.shift(k))
    return attrs.evolve(
        statement,
        speaker=speaker,
        via=via,
        content=content,
        cue=cue,
        span=statement.span.shift(k),
    )


@given(statements())
def test_render_then_find_round_trips(pair: tuple[Statement, str]) -> None:
    """A rendered statement is found again, exactly."""
    statement, text = pair
    assert find_statements(text) == [statement]


@given(st.text(max_size=300))
def test_spans_exact_on_arbitrary_text(text: str) -> None:
    """Any string gives statements whose spans cover exactly their text."""
    _check_exact(text)


@given(wire_soup)
def test_spans_exact_on_wire_soup(text: str) -> None:
    """Quote marks, cues, names and datelines in any order give exact spans."""
    _check_exact(text)


@given(wire_soup)
def test_content_never_overlaps_speaker(text: str) -> None:
    """A statement's speaker is never inside its own content."""
    for statement in find_statements(text):
        if statement.speaker is None:
            continue
        sp = statement.speaker.span
        for piece in statement.content.spans:
            assert sp.end <= piece.start or piece.end <= sp.start


@given(
    statements(),
    st.lists(st.sampled_from(NARRATIVE), min_size=1, max_size=3),
    st.lists(st.sampled_from(NARRATIVE), max_size=3),
)
def test_unrelated_paragraphs_only_shift_spans(
    pair: tuple[Statement, str], before: list[str], after: list[str]
) -> None:
    """Padding a statement with unrelated paragraphs shifts its spans by the padding."""
    statement, text = pair
    prefix = "\n\n".join(before) + "\n\n"
    padded = prefix + text + "".join("\n\n" + p for p in after)
    assert find_statements(padded) == [_shift(statement, len(prefix))]


def test_content_never_overlaps_speaker_on_wire_stories() -> None:
    """On the modern wire stories (evaluation data), speakers and contents never overlap."""
    for row in iter_jsonl("wire_stories.jsonl"):
        text = row["text"]
        _check_exact(text)
        for statement in find_statements(text):
            if statement.speaker is not None:
                sp = statement.speaker.span
                assert all(sp.end <= p.start or p.end <= sp.start for p in statement.content.spans)
