"""The finishing step: drafts become :class:`~wirestory.Statement` models.

Speakers are resolved to names by :class:`wirestory._speakers.Resolver` (a cataphoric "the
head of state" in a standfirst takes the name given later); each statement's kind is
direct (all quoted), mixed (a quoted fragment) or indirect.
"""

from __future__ import annotations

from itertools import starmap

import attrs
import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._lang.en import CATAPHORIC_HEADS
from wirestory._models import Content, Cue, Span, Speaker, Statement, StatementKind
from wirestory._quotes import SINGLE_OPEN
from wirestory._speakers import PERSON_NOUNS, Resolver
from wirestory._statements._model import Doc, Draft

__all__ = ["finish"]

#: Every character ``_QUOTED_FRAGMENT`` can match first: where none occurs it cannot match.
_FRAGMENT_CHARS = ('"', "\u201c", "\u201e", "\u00ab", "''", "``", "\u2018")

#: A quoted fragment inside reported speech ('called it "a grave mistake"', "‘natural
#: poisoning’"); a term after "so-called" is only mentioned, not quoted, and does not count.
_QUOTED_FRAGMENT = regex.compile(
    r"""
    (?<!so-called\ )                               # not "the so-called "..."
    (?:["\u201c\u201e\u00ab]|''|``)(?=[\p{L}\p{N}])  # an opening double mark before a word
    | (?<!so-called\ )(?<![\p{L}\p{N}])\u2018(?=\p{L})  # or an opening single curly mark
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: The same in British-style copy, where single marks quote: "called it 'a grave mistake'".
_QUOTED_SINGLE_FRAGMENT = regex.compile(
    rf"""
    (?<!so-called\ )                               # not "the so-called '...'"
    {SINGLE_OPEN.pattern}                          # an opening single mark before a word
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _cataphoric(mention: str) -> bool:
    words = mention.lower().split()
    return words[0] in CATAPHORIC_HEADS and (
        len(words) == 1 or words[-1] in PERSON_NOUNS or words[-1] == "state"
    )


def _speakers(doc: Doc, drafts: list[Draft]) -> list[Speaker | None]:
    """Each draft's speaker, resolved to a name where the text gives one."""
    text = doc.text
    resolver = Resolver(text)
    speakers: list[Speaker | None] = []
    pending: list[int] = []
    for d in drafts:
        if d.speaker is None:
            speakers.append(None)
            continue
        s, e = d.speaker
        mention = text[s:e]
        name, description = resolver.resolve(mention, d.antecedent, e, appositive=d.description)
        speaker = Speaker(
            text=mention, span=Span(s, e), name=name, description=d.description or description
        )
        if name is None and _cataphoric(mention) and not resolver.unnamed_antecedent(mention, e):
            pending.append(len(speakers))
        elif name is not None and pending and resolver.is_person(name):
            # "There is always something new ..., the head of state emphasized" in a
            # standfirst names its speaker only later: give the earlier mentions the name. A
            # pronoun takes the name only when the gender fits ("she" is no Magic Johnson).
            for index in pending:
                earlier = speakers[index]
                if earlier is not None and resolver.agrees(earlier.text, name):
                    speakers[index] = attrs.evolve(earlier, name=name)
            pending = []
        speakers.append(speaker)
    return speakers


def _kind(  # noqa: PLR0911  (one return per decision: direct, mixed, indirect)
    doc: Doc, d: Draft, pieces: list[tuple[int, int]], *, fragments: bool
) -> StatementKind:
    """Direct, mixed or indirect; *fragments* False when the text has no quote mark."""
    if all(d.quoted) and not d.that:
        return StatementKind.DIRECT
    if any(d.quoted):
        return StatementKind.MIXED
    if not fragments:
        return StatementKind.INDIRECT
    text = doc.text
    if doc.single:
        # No ``timeout``: one character with fixed-width look-arounds, it cannot backtrack.
        single = _QUOTED_SINGLE_FRAGMENT.search
        if any(single(text, s, e) is not None for s, e in pieces):
            return StatementKind.MIXED
        return StatementKind.INDIRECT
    for s, e in pieces:
        piece = text[s:e]
        if any(mark in piece for mark in _FRAGMENT_CHARS) and (
            _QUOTED_FRAGMENT.search(text, s, e, timeout=REGEX_TIMEOUT) is not None
        ):
            return StatementKind.MIXED
    return StatementKind.INDIRECT


def _statement(doc: Doc, d: Draft, speaker: Speaker | None, *, fragments: bool) -> Statement:
    text = doc.text
    pieces = sorted(set(d.pieces))
    spans = tuple(starmap(Span, pieces))
    first_start, last_end = pieces[0][0], pieces[-1][1]
    content = Content(
        text=text[first_start:last_end],
        # One piece: its span is the content's (a frozen value, shared).
        span=spans[0] if len(spans) == 1 else Span(first_start, last_end),
        spans=spans,
        pieces=tuple([text[s:e] for s, e in pieces]),
    )
    edges = [d.cue[0], d.cue[1], first_start, last_end]
    if d.speaker is not None:
        edges += list(d.speaker)
    return Statement(
        kind=_kind(doc, d, pieces, fragments=fragments),
        speaker=speaker,
        cue=Cue(text=text[d.cue[0] : d.cue[1]], span=Span(*d.cue)),
        content=content,
        via=d.via,
        span=Span(min(edges), max(edges)),
        rule=d.rule,
    )


def finish(doc: Doc, drafts: list[Draft]) -> list[Statement]:
    """The statements of *drafts*, in text order."""
    if not drafts:
        return []
    speakers = _speakers(doc, drafts)
    # A quoted fragment needs a quote mark: most texts of plain reported speech have none.
    fragments = doc.single or any(mark in doc.text for mark in _FRAGMENT_CHARS)
    out = [
        _statement(doc, d, speaker, fragments=fragments)
        for d, speaker in zip(drafts, speakers, strict=True)
    ]
    out.sort(key=lambda st: (st.span.start, st.cue.span.start))
    return out
