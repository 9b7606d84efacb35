"""The engine's working values: cue kinds, cue matches, drafts, paragraphs and the document.

Nothing here parses: these are the values the rules pass between them. A :class:`Doc` holds
what the engine knows about one text while it reads it (its quote regions, which of them a
statement already holds, the publishers whose own reporting is no relay).
"""

from __future__ import annotations

import enum
from typing import NamedTuple

import attrs

from wirestory._lang.en import PUBLISHERS
from wirestory._models import Source
from wirestory._quotes import QuoteRegion, Tokens
from wirestory._segments import Line

__all__ = ["CueKind", "CueMatch", "Doc", "Draft", "Paragraph", "Reading", "Span2"]

#: A pair of offsets or token indices: (start, end) or (first, last).
Span2 = tuple[int, int]


class CueKind(enum.Enum):
    """The shape of a speech cue, which decides the reader of its sentence (``RULES``)."""

    #: A verb of saying: "said", "has denied", "told reporters".
    VERB = "verb"
    #: A verb with its particle: "pointed out", "called for".
    PARTICLE = "particle"
    #: An -ing form after a comma or "and": ", adding that ...", ", saying ...".
    PARTICIPLE = "participle"
    #: "according to X".
    ACCORDING = "according"
    #: "KCNA quoted Kim as saying".
    QUOTED_AS = "quoted_as"
    #: "X was quoted as saying".
    PASSIVE_QUOTED = "passive_quoted"
    #: Any verb in a quotation's frame: '"...," he conceded.', '"...!" insists Okafor.'
    FRAME = "frame"

    #: Members are singletons: hashed by identity, in C (``Enum`` hashes the name in Python,
    #: and the engine looks kinds up in sets and the rule table for every cue).
    __hash__ = object.__hash__


class CueMatch(NamedTuple):
    """A cue found in a sentence: its first and last token, and its kind."""

    first: int
    last: int
    kind: CueKind


@attrs.define
class Draft:
    """A statement being built: spans as offsets, kind decided at the end."""

    cue: Span2
    speaker: Span2 | None
    pieces: list[Span2]
    quoted: list[bool]
    that: bool = False
    via: Source | None = None
    description: str | None = None
    antecedent: str | None = None
    regions: set[int] = attrs.field(factory=set)
    before_only: bool = False
    #: The name of the rule that found it (``Statement.rule``).
    rule: str = ""


class Paragraph(NamedTuple):
    """A paragraph the engine reads: its offsets, quote regions and (while read) tokens."""

    start: int
    body: int
    end: int
    regions: list[QuoteRegion]
    base: int  # global index of this paragraph's first region
    tokens: Tokens  # filled while the engine reads the paragraph, emptied after (shared)
    opens: dict[int, int]  # opening mark offset -> region index
    lazy: bool  # no cue word: not tokenized


@attrs.define
class Doc:
    """What the engine knows about one text while it reads it."""

    text: str
    #: Whether the first paragraphs may open with a dateline to skip.
    datelines: bool = True
    #: The text whose lines give the paragraphs, when *text* is a masked copy of it.
    layout: str | None = None
    #: The layout's lines (:func:`~wirestory._segments.split_lines`), when known.
    lines: list[Line] | None = None
    publishers: set[str] = attrs.field(factory=lambda: set(PUBLISHERS))
    paragraphs: list[Paragraph] = attrs.field(factory=list)
    regions: list[QuoteRegion] = attrs.field(factory=list)
    #: Regions some statement holds.
    consumed: set[int] = attrs.field(factory=set)
    #: The first region of every multi-paragraph chain that holds a consumed region, so that
    #: "does this chain hold one?" needs no walk of the chain.
    consumed_chains: set[int] = attrs.field(factory=set)
    #: Region index -> the first and the last region of its chain (a quote whose parts each
    #: ``follows`` the one before), filled once the paragraphs are read.
    chain_first: list[int] = attrs.field(factory=list)
    chain_last: list[int] = attrs.field(factory=list)
    #: Region index -> paragraph index.
    region_para: list[int] = attrs.field(factory=list)
    #: The text with every non-letter a space, lower-cased when ``folded_ascii``.
    folded: str = ""
    folded_ascii: bool = False
    #: Whether the text quotes with single marks (British style).
    single: bool = False


@attrs.define
class Reading:
    """One cue's reading of its sentence, filled by the rule that reads the cue's shape.

    Token indices throughout: ``speaker`` is (first, last) token, ``start`` is where content
    after the attribution may start, ``before_edge`` the comma or closing mark before it (-1
    when content cannot come first).
    """

    para: Paragraph
    a: int
    b: int
    cue: CueMatch
    cues: list[CueMatch]
    drafts: list[Draft]
    lo: int
    rule: str = "subject"
    speaker: Span2 | None = None
    start: int = 0
    before_edge: int = -1
    description: str | None = None
    antecedent: str | None = None
    via: Source | None = None
    inverted: bool = False
