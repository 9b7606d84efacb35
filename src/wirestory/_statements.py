"""Attributed statements: who said what, with which cue, relayed by whom.

The extractor reads a story paragraph by paragraph (a line, or the wrapped lines of a teletype
paragraph). Each paragraph is scanned for quote marks
(:mod:`wirestory._quotes`), cut into sentences that never break inside a quotation, and each
sentence is searched for speech cues (:mod:`wirestory._cues`). Around a cue it reads the shapes of
news reporting:

- ``"...," X said.`` / ``"...," said X.`` / ``X said: "..."`` / ``"A," X said, "B."``
- ``X said (that) ...`` / ``..., X said.`` / ``According to X, ...`` / ``..., according to X.``
- ``X said the move was "a grave mistake".`` (mixed)
- follow-on quote sentences and paragraphs without a cue continue the last statement;
- ``..., TASS news agency reported.`` / ``X told TASS`` / ``KCNA quoted X as saying`` become
  ``Statement.via`` (:mod:`wirestory._relays`);
- ``X, who ..., said`` / ``X, a spokesman for Y, said`` (the appositive is the description);
- ``X praised ... and said ...`` / ``..., saying ...`` (the clause's subject speaks);
- ``Asked whether ..., X said ...`` (a question with no stated asker);
- ``Kasich: We Are Going ...`` (a headline) and ``BOULDUAN: Why not debate?`` (a transcript);
- speakers are resolved to names by :class:`wirestory._speakers.Resolver`.

The rules follow the labelling guide of the project's hand-labelled wire statements (content
without a complementizer "that", never ending in ``,`` ``.`` or a quote mark; "told" keeps its
addressee in the cue; the writer's background is cut) and AP/Reuters attribution style.

Everything is a left-to-right pass over tokens with bounded look-around: linear in the length
of the text.
"""

from __future__ import annotations

import bisect
import enum
import operator
from collections.abc import Iterable, Sequence
from itertools import starmap
from typing import NamedTuple

import attrs
import regex

from wirestory._checks import REGEX_TIMEOUT, require_str
from wirestory._cues import (
    ADDRESSEE_HEADS,
    ADDRESSEE_VERBS,
    AUXILIARIES,
    CONNECTIVES,
    CUE_FORMS,
    CUE_LEMMA,
    DETERMINERS,
    INVERTIBLE,
    NEGATORS,
    OBJECT_VERBS,
    PARTICIPLES,
    PARTICLE_CUES,
    PRONOUNS,
    STOP_WORDS,
    is_cue_form,
    particle_lemma,
)
from wirestory._lang import detect_language, supported
from wirestory._models import (
    Content,
    Cue,
    Dateline,
    Source,
    Span,
    Speaker,
    Statement,
    StatementKind,
)
from wirestory._quotes import (
    NON_LETTERS,
    SINGLE_OPEN,
    QuoteRegion,
    Token,
    quote_marks,
    quote_regions,
    single_quote_marks,
    tokenize,
)
from wirestory._relays import is_outlet, make_source
from wirestory._segments import Line, blocks, split_lines, teletype_paragraphs, trim
from wirestory._speakers import (
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    Resolver,
    is_abbreviation,
    scan_back,
    scan_forward,
)

__all__ = ["CueKind", "find_body_statements", "find_statements"]


class CueKind(enum.Enum):
    """The shape of a speech cue, which decides the reader of its sentence."""

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


#: Verbs of a relay at a sentence's end: "..., TASS news agency reported."
_RELAY_VERBS: frozenset[str] = frozenset({"reported", "said", "reports", "says", "added"})

#: A cue's (first token, last token): cues sort by it.
_CUE_POSITION = operator.itemgetter(0, 1)


#: The agency tag inside a ``_DATELINE_GUARD`` match: "/TASS/", "(Reuters)".
_GUARD_TAG = regex.compile(
    r"""
    [/(]                        # an opening slash or parenthesis
    ([^/()]{1,40})              # the tag
    [/)]                        # the closing one
    """,
    regex.VERBOSE,
)

_DATELINE_GUARD = regex.compile(
    r"""
    [\t\p{Zs}]*
    (?:
        [^\n]{0,80}?/\p{Lu}{2,10}/\.?[\t\p{Zs}]+                  # IGORA, December 26. /TASS/.
        | \p{Lu}[\p{Lu}\p{Lt}\ .,'/\-]{1,60}                       # DUSHANBE, ATLANTA, Ga.
          (?:,[\t\p{Zs}][^\n()\-\u2013\u2014]{1,30})?              # , Ga. / , May 5
          [\t\p{Zs}]*(?:\([^\n()]{1,40}\)[\t\p{Zs}]*)?              # (Reuters)
          (?:--|[-\u2013\u2014_])[\t\p{Zs}]+                      # the dash
        | \([^\n()]{1,40}\)[\t\p{Zs}]*(?:--|[-\u2013\u2014])[\t\p{Zs}]+  # (CNN) --
    )
    """,
    regex.VERBOSE,
)

#: Words after a cue that start an adverbial to skip ("said on Wednesday", "told ... during").
_PP_STARTS: frozenset[str] = frozenset(
    {"on", "in", "at", "during", "via", "through", "after", "before", "while", "over", "late",
     "early", "to", "from", "by", "when", "earlier", "later", "with", "as",
     "ahead", "following", "under", "inside", "outside", "near", "amid", "upon", "since",
     "broadcast", "aired", "carried", "published", "televised", "obtained", "released",
     "issued", "sent", "posted", "quoted", "cited", "seen", "reviewed"}
)  # fmt: skip

#: Single adverbs skipped after a cue.
#: Forms of "be": a relative after its complement stands for the clause.
_COPULAS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})

_ADVERBS: frozenset[str] = frozenset(
    {"today", "yesterday", "tonight", "earlier", "later", "also", "again", "separately",
     "publicly", "repeatedly", "recently", "previously", "then", "too", "now", "once",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "afterward", "afterwards", "further", "here", "there", "privately", "confidently",
     "firmly", "bluntly", "simply", "flatly", "explicitly", "directly", "quickly",
     # discourse adverbs between commas: "He said, however, that talks would resume." (not
     # "though", a conjunction too: "..., though he added that ...")
     "however", "nonetheless", "nevertheless", "meanwhile", "moreover", "furthermore"}
)  # fmt: skip

#: Nouns that end an adverbial prepositional phrase after a cue.
_PP_ENDS: frozenset[str] = frozenset(
    {
        "statement", "statements", "interview", "speech", "address", "post", "tweet",
        "letter", "message", "briefing", "conference", "video", "broadcast", "comments",
        "remarks", "report", "meeting", "session", "hearing", "event", "summit", "forum",
        "rally", "visit", "trip", "ceremony", "appearance", "call", "talks", "parliament",
        "program", "programme", "show", "podcast", "channel", "television", "radio",
        "website", "blog", "platform", "release", "day", "week", "month", "year", "morning",
        "afternoon", "evening", "night", "weekend", "time", "occasion", "sidelines", "media",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "today", "yesterday", "tonight",
        "earlier", "later", "ago", "debate", "testimony", "filing",
        "document", "documents", "court", "email", "emails", "newsletter", "op-ed", "column",
        "article", "book", "memoir", "note", "notes", "transcript", "update", "posting",
        "account", "page", "thread", "announcement", "hours", "days", "weeks", "months",
        "years", "minutes", "reporters", "journalists", "audience", "crowd", "supporters",
        "agency", "press", "briefings", "speeches", "tv", "newspaper", "decree",
        "telephone", "phone", "videolink", "livestream", "webcast", "hall",
    }
)  # fmt: skip

_PLATFORMS: frozenset[str] = frozenset(
    {"twitter", "facebook", "telegram", "weibo", "instagram", "x", "youtube", "tiktok",
     "wechat", "linkedin", "threads", "vkontakte", "vk", "truth", "social"}
)  # fmt: skip

#: Publishers whose own reporting is never a relay ("told Reuters" in Reuters copy).
_PUBLISHERS: frozenset[str] = frozenset(
    {"cnn", "cnn sport", "cnn travel", "cnn business", "cnn international"}
)  # fmt: skip

#: Words that end the addressee of "told" ("told CNN Sport via Skype").
_TIME_NOUNS: frozenset[str] = frozenset(
    {"night", "day", "morning", "afternoon", "evening", "week", "weekend", "month", "year",
     "time", "summer", "winter", "spring", "fall", "autumn"}
)  # fmt: skip

_WRITTEN_WORKS: frozenset[str] = frozenset(
    {"profile", "article", "letter", "book", "op-ed", "column", "report", "post", "piece",
     "memo", "story", "essay", "editorial", "bill", "law", "legislation", "song", "script",
     "foreword", "introduction", "memoir", "blog", "paper", "review", "biography"}
)  # fmt: skip

_RUBRICS: frozenset[str] = frozenset(
    {"latest", "guide", "watch", "update", "updates", "analysis", "review", "explainer",
     "opinion", "exclusive", "breaking", "live", "factbox", "timeline", "editorial", "photos",
     "video", "videos", "q&a", "commentary", "column", "obituary", "correction", "recap",
     "preview", "chronology", "graphic", "related", "watched", "must", "note", "editor's",
     "transcript", "photo", "credit", "source", "sources", "caption", "warning"}
)  # fmt: skip

#: Words after which an "according to" source goes on ("exit polls for AP and networks").
_NP_CONTINUERS: frozenset[str] = frozenset(
    {"and", "or", "for", "in", "on", "at", "by", "from", "of", "with", "to"}
)

_CLAUSE_JOINS: frozenset[str] = frozenset({"while", "whereas", "but", "although", "and"})


_ADDRESSEE_ENDS: frozenset[str] = frozenset(
    {"that", "about", "of", "if", "whether", "how", "what", "why", "when", "where", "who",
     "via", "he", "she", "it", "they", "we", "i"}
)  # fmt: skip

#: Lower-case nouns that end an outlet's mention ("Today Nicaragua website").
_OUTLET_NOUNS: frozenset[str] = frozenset(
    {"website", "site", "newspaper", "paper", "daily", "weekly", "broadcaster", "channel",
     "agency", "news", "television", "tv", "radio"}
)  # fmt: skip

_QUANTIFIERS: frozenset[str] = frozenset(
    {"million", "billion", "thousand", "hundred", "first", "newly", "officially", "many",
     "more", "fewer", "most", "all", "any", "other", "of", "and", "or", "total", "confirmed",
     "previously", "widely", "recently", "unconfirmed"}
)  # fmt: skip

#: Lower-case words that can head the subject of the verb "notes" ("the report notes").
_NOTE_SUBJECTS: frozenset[str] = (
    PERSON_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS | ORG_WORDS | PRONOUNS | {"analysts"}
)

#: Addressee heads that also modify a following head: "a press conference", "radio station".
_MEDIUM_WORDS: frozenset[str] = frozenset({"press", "news", "radio", "television", "tv", "media"})

#: The heads they modify ("told a press conference": the addressee ends with "conference").
_GATHERING_WORDS: frozenset[str] = frozenset(
    {"conference", "briefing", "station", "network", "channel", "program", "programme", "show"}
)

#: Words whose presence makes a paragraph worth tokenising.
_CUE_WORDS: frozenset[str] = CUE_FORMS | {
    "according", "quoted", "cited", "pointed", "points", "singled", "ruled", "pushing", "pushed",
}  # fmt: skip

#: Every character ``_QUOTED_FRAGMENT`` can match first: where none occurs it cannot match.
_FRAGMENT_CHARS = ('"', "\u201c", "\u201e", "\u00ab", "''", "``", "\u2018")

_LETTERS = regex.compile(
    r"""
    \p{L}+                     # a run of letters
    """,
    regex.VERBOSE,
)


#: Searched without ``timeout`` (``regex`` would read the process clock per call): a single
#: character class cannot backtrack.
_WORD = regex.compile(
    r"""
    [\p{L}\p{N}]             # a letter or digit: narrative, not just punctuation
    """,
    regex.VERBOSE,
)

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

_TRANSCRIPT = regex.compile(
    r"""
    [\"\u201c]?                                           # (a transcript quoted whole)
    (?P<speaker>
        (?P<caps>\p{Lu}[\p{Lu}.'\-]+(?:[\ \t]+\p{Lu}[\p{Lu}.'\-]+){0,3})  # BOULDUAN, JOEL BENENSON
        | \p{Lu}[^\n:"\u201c\u201d]{1,60}?                 # Rep. Trey Gowdy (R-S.C.)
    )
    (?P<colon>:)                                            # the colon
    [\t\p{Zs}]*
    (?P<content>\S[^\n]*)                                   # the words
    """,
    regex.VERBOSE,
)

_HEADLINE_COLON = regex.compile(
    r"""
    (?P<speaker>\p{Lu}[\p{L}\p{N}.’'\-]*(?:\ [\p{L}\p{N}.’'\-]+){0,4})  # Kasich, Clinton camp
    (?P<colon>:)                                                     # the colon
    [\t\p{Zs}]+
    (?P<content>\S[^\n]*)                                            # the words given
    """,
    regex.VERBOSE,
)

_QUESTION_WORDS: frozenset[str] = frozenset(
    {"if", "whether", "why", "how", "what", "when", "where", "who", "which", "to", ","}
)  # fmt: skip

_SCENE_OPENERS: frozenset[str] = frozenset(
    {"asked", "when", "speaking", "responding", "addressing", "in", "on", "at", "during",
     "after", "before", "while", "writing", "referring", "answering", "commenting"}
)  # fmt: skip

_SUBORDINATORS: frozenset[str] = frozenset(
    {"when", "as", "while", "after", "before", "because", "since", "although", "though",
     "until", "whereas", "citing", "referring", "speaking", "noting"}
)  # fmt: skip

_VERBISH: frozenset[str] = frozenset(
    {"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
     "should", "may", "might", "must", "do", "does", "did", "be", "been", "not"}
)  # fmt: skip

#: Words in -ly that are no adverbs: "the royal family said", "the assembly denied".
_LY_NOUNS: frozenset[str] = frozenset(
    {"family", "supply", "rally", "ally", "assembly", "reply", "monopoly", "anomaly", "bully",
     "daily", "weekly", "monthly", "quarterly", "early", "likely", "only", "holy", "jelly",
     "belly", "folly", "lily", "italy", "elderly", "friendly", "lonely", "lovely", "ugly",
     "silly", "deadly", "costly", "orderly", "homily", "panoply"}
)  # fmt: skip

#: Relative pronouns that open a clause on a noun phrase ("Kirk, who faces ...").
_RELATIVES: frozenset[str] = frozenset({"who", "which", "whose"})

#: How many tokens an aside between a subject and its verb may run to.
_ASIDE_REACH = 25

#: How many tokens an appositive between a speaker and a resumed quote may run to.
_APPOSITIVE_REACH = 30

_OPEN_QUOTE_CHARS = '"\u201c\u201e\u00ab\u300c'
_CLOSE_TRIM = "\"\u201d\u201c\u00bb\u00ab\u300d’'"
_TRAIL_TRIM = " \t,.;:\u2014\u2013-"


@attrs.define
class _Draft:
    """A statement being built: spans as offsets, kind decided at the end."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    pieces: list[tuple[int, int]]
    quoted: list[bool]
    that: bool = False
    via: Source | None = None
    description: str | None = None
    antecedent: str | None = None
    regions: set[int] = attrs.field(factory=set)
    before_only: bool = False
    #: The name of the rule that found it (``Statement.rule``).
    rule: str = ""


class _Paragraph(NamedTuple):
    start: int
    body: int
    end: int
    regions: list[QuoteRegion]
    base: int  # global index of this paragraph's first region
    tokens: list[Token]  # filled while run() reads the paragraph, emptied after
    opens: dict[int, int]  # opening mark offset -> region index
    lazy: bool  # no cue word: not tokenized


def _paragraph_spans(text: str, lines: list[Line] | None = None) -> Sequence[tuple[int, int]]:
    """The paragraphs the extractor reads: each line, or a teletype paragraph's wrapped lines.

    Most copy keeps a paragraph on one line. Teletype copy (Reuters 1987: an indented line
    opens each paragraph, and the lines are wrapped near 70 characters) breaks sentences, and
    quotations, across lines: there the lines from one indented line to the next are one
    paragraph (:func:`~wirestory._segments.teletype_paragraphs`, as ``parse_story`` reads them).
    Other blocks are read line by line (a headline line is not joined to the body under it).
    A paragraph longer than ``_LONG_PARAGRAPH`` is read in pieces (:func:`_cut_long`).
    *lines* are the text's :func:`~wirestory._segments.split_lines`, when already known.
    """
    spans: list[tuple[int, int]] = []
    for block in blocks(split_lines(text) if lines is None else lines):
        teletype = teletype_paragraphs(block)
        if teletype is None:
            spans.extend((line.lstart, line.rend) for line in block)
        else:
            spans.extend(teletype)
    return _cut_all(text, spans)


def _cut_all(text: str, spans: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """*spans* with every paragraph longer than ``_LONG_PARAGRAPH`` cut (:func:`_cut_long`)."""
    if any(end - start > _LONG_PARAGRAPH for start, end in spans):
        return [piece for start, end in spans for piece in _cut_long(text, start, end)]
    return spans


#: Paragraphs longer than this many characters are read in pieces: a story's paragraphs are a
#: few hundred characters, but text whose line breaks were stripped is one paragraph of the
#: whole story, or of a whole corpus.
_LONG_PARAGRAPH = 1 << 16

#: Where a long paragraph may be cut: white space after a sentence's end mark (and any closing
#: quote marks or brackets), before a capital or an opening quote mark.
_SENTENCE_GAP = regex.compile(
    r"""
    (?<=[.!?]["\u201d\u2019\u00bb)]{0,3})    # after an end mark and what closes with it
    \s++                                    # the white space between them (possessive)
    (?=[\p{Lu}"\u201c\u00ab])                # before a capital or an opening quote mark
    """,
    regex.VERBOSE,
)


#: One white-space character.
_SPACE = regex.compile(r"\s")


def _cut_long(
    text: str, start: int, end: int, limit: int = _LONG_PARAGRAPH
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of about *limit* characters.

    Each piece but the last ends at the first sentence gap past *limit* characters (at the
    first white space when no sentence gap comes within as many characters again). The
    extractor then holds the tokens of one piece at a time: a 4 MB paragraph read whole held
    200 MB of tokens at its peak.

    >>> text = "One said so. " * 10_000
    >>> pieces = _cut_long(text, 0, len(text) - 1)
    >>> [(e - s, text[e - 1], text[s]) for s, e in pieces]
    [(65545, '.', 'O'), (64453, '.', 'O')]
    """
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        at = start + limit
        gap = _SENTENCE_GAP.search(text, at, min(end, at + limit), timeout=REGEX_TIMEOUT)
        if gap is None:
            # No ``timeout``: one character class, no repetition.
            space = _SPACE.search(text, at, end)
            if space is None:
                break  # no white space left: the rest is one piece
            cut, resume = space.start(), space.end()
        else:
            cut, resume = gap.start(), gap.end()
        pieces.append(trim(text, start, cut))
        start = resume
    pieces.append(trim(text, start, end))
    return [(s, e) for s, e in pieces if e > s]


_TOKEN_TEXT = operator.itemgetter(2)  # ``Token.text``, read in C

#: Shared by every paragraph without quote marks or tokens (never modified).
_NO_REGIONS: list[QuoteRegion] = []
_NO_OPENS: dict[int, int] = {}
_NO_TOKENS: list[Token] = []


def _trim(text: str, start: int, end: int, *, quote: bool = False) -> tuple[int, int]:
    """Trim white space, trailing , . ; : and closing quote marks (and opening ones if *quote*)."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1] in _TRAIL_TRIM or text[end - 1].isspace()):
            end -= 1
        changed = False
        if end > start and text[end - 1] in _CLOSE_TRIM:
            end -= 1
            changed = True
        if quote and start < end and text[start] in _OPEN_QUOTE_CHARS + "'`":
            start += 1
            changed = True
        if not changed:
            return start, end


class _Extractor:
    def __init__(
        self,
        text: str,
        *,
        datelines: bool = True,
        publishers: Iterable[str] = (),
        layout: str | None = None,
        lines: list[Line] | None = None,
    ) -> None:
        self.text = text
        #: The text whose lines give the paragraphs, when *text* is a masked copy of it.
        self.layout = layout
        #: The layout's lines (:func:`~wirestory._segments.split_lines`), when known.
        self.lines = lines
        self.paragraphs: list[_Paragraph] = []
        self.regions: list[QuoteRegion] = []
        self.consumed: set[int] = set()
        self.region_para: list[int] = []  # region index -> paragraph index
        self.publishers: set[str] = set(_PUBLISHERS) | {name.lower() for name in publishers}
        self.datelines = datelines
        #: The text with every non-letter a space, lower-cased when ``folded_ascii``.
        self.folded = text
        self.folded_ascii = False
        #: Whether the text quotes with single marks (British style); set with the paragraphs.
        self.single = False

    # -- paragraphs, quotes, sentences ---------------------------------------------------------

    def _body_start(self, start: int, end: int) -> int:
        """Where a paragraph's text begins: after a dateline, in the first few paragraphs."""
        if len(self.paragraphs) >= 8:
            return start
        dateline = _parse_dateline(self.text, start)
        if dateline is not None and start <= dateline.body_start <= end:
            for agency in dateline.agencies:
                self.publishers.add(agency.name.lower())
                self.publishers.add(agency.code.lower())
            return dateline.body_start
        m = _DATELINE_GUARD.match(self.text, start, end, timeout=REGEX_TIMEOUT)
        if m is not None:
            head = m.group()
            tag = _GUARD_TAG.search(head, timeout=REGEX_TIMEOUT)
            if tag is not None:
                self.publishers.add(tag.group(1).strip().lower())
            if tag is not None or head.strip()[:3].isupper():
                return m.end()
        return start

    def _read_paragraphs(self) -> None:
        text = self.text
        paragraphs = self.paragraphs
        all_regions = self.regions
        region_para = self.region_para
        new = tuple.__new__
        datelines = self.datelines
        # One pass for the quote marks of the whole text; paragraphs without any skip the
        # quote scanner.
        marks = quote_marks(text)
        # British-style copy quotes with single marks (and nests double ones inside them).
        single_marks = single_quote_marks(text, marks)
        single = self.single = single_marks is not None
        if single_marks is not None:
            marks = single_marks
        n_marks = len(marks)
        # The cue-word gate below reads words from this copy where it can: ASCII letters
        # between spaces, lower-cased at once when the whole text is ASCII (``str.lower`` of
        # other text may change its length, so other lines are lower-cased one by one).
        folded = text.translate(NON_LETTERS)
        all_ascii = folded.isascii()
        if all_ascii:
            folded = folded.lower()
        self.folded, self.folded_ascii = folded, all_ascii
        if self.layout is None:
            spans = _paragraph_spans(text)
        else:
            # The paragraphs of the unmasked text, trimmed to what the masked text shows.
            layout = _paragraph_spans(self.layout, self.lines)
            trimmed = (trim(text, s, e) for s, e in layout)
            spans = [(s, e) for s, e in trimmed if s < e]
        for start, end in spans:
            body = self._body_start(start, end) if datelines else start
            regions: list[QuoteRegion] = _NO_REGIONS
            opens: dict[int, int] = _NO_OPENS
            base = len(all_regions)
            if n_marks:
                first_mark = bisect.bisect_left(marks, body)
                if first_mark < n_marks and marks[first_mark] < end:
                    regions = quote_regions(text, body, end, single=single)
            if regions:
                if all_regions and paragraphs:
                    last = all_regions[-1]
                    first = regions[0]
                    if last.close is None and last.end == paragraphs[-1].end and first.open == body:
                        regions[0] = first._replace(follows=base - 1)
                for index in range(1, len(regions)):
                    before, region = regions[index - 1], regions[index]
                    if before.close is None and before.end == region.open:
                        # '"A. "B."' in one paragraph (its break lost): B continues A.
                        regions[index] = region._replace(follows=base + index - 1)
                all_regions.extend(regions)
                opens = {region.open: index for index, region in enumerate(regions)}
                region_para.extend([len(paragraphs)] * len(regions))
            # Paragraphs without a cue word need no tokens: only their quotes matter (they may
            # continue the statement before them). This keeps quote-heavy input fast.
            if end - body < 3:
                lazy = True
            elif all_ascii:
                lazy = _CUE_WORDS.isdisjoint(folded[body:end].split())
            else:
                chunk = folded[body:end]
                # No ``timeout`` on this scan: ``regex`` reads the process clock (a system
                # call) on each match, several times the cost of matching ``\p{L}+``, which
                # cannot backtrack.
                lazy = _CUE_WORDS.isdisjoint(
                    chunk.lower().split()
                    if chunk.isascii()
                    else map(str.lower, _LETTERS.findall(text, body, end))
                )
            # A paragraph with a cue word gets its own list, filled when ``run`` reads it.
            tokens = _NO_TOKENS if lazy else []
            # Built directly, not through the named tuple's ``__new__`` (a Python call).
            paragraphs.append(
                new(_Paragraph, (start, body, end, regions, base, tokens, opens, lazy))
            )

    @staticmethod
    def _sentences(tokens: Sequence[Token], *, plain: bool = False) -> list[tuple[int, int]]:
        """Cut a paragraph's tokens into sentences (*plain*: the paragraph has no quotes)."""
        out: list[tuple[int, int]] = []
        start = 0
        n = len(tokens)
        candidates: Iterable[int] = range(n)
        if plain:
            # Without quotes only an end mark can end a sentence: find those in C.
            texts = list(map(_TOKEN_TEXT, tokens))
            found: list[int] = []
            for end_mark in ".!?":
                at = -1
                for _ in range(texts.count(end_mark)):
                    at = texts.index(end_mark, at + 1)
                    found.append(at)
            candidates = sorted(found)
        for i in candidates:
            tok = tokens[i]
            if i + 1 >= n or tok.quote >= 0:
                continue
            if tok.mark != "close" and (tok.mark is not None or tok.text not in ".!?"):
                continue  # only an end mark or a closing quote can end a sentence
            nxt = tokens[i + 1]
            starts_sentence = nxt.is_cap or nxt.mark == "open" or nxt.text[:1].isdigit()
            if not starts_sentence:
                continue
            if tok.text in ".!?" and tok.mark is None:
                if (
                    tok.text == "."
                    and i > 0
                    and is_abbreviation(tokens[i - 1])
                    and (nxt.mark != "open")
                ):
                    continue
                out.append((start, i + 1))
                start = i + 1
            elif (
                tok.mark == "close"
                and i > 0
                and tokens[i - 1].text in ".!?"
                and not _attribution_follows(tokens, i + 1)
            ):
                out.append((start, i + 1))
                start = i + 1
        if start < n:
            out.append((start, n))
        return out

    # -- cues ------------------------------------------------------------------------------------

    def _cue_at(self, toks: Sequence[Token], i: int, a: int, b: int) -> tuple[int, CueKind] | None:
        """Return (last token index, kind) of a cue starting at token *i*, or None."""
        tok = toks[i]
        if tok.quote >= 0 or tok.mark is not None or not tok.is_word:
            return None
        low = tok.low
        prev = toks[i - 1] if i > a else None
        if low == "according" and i + 1 < b and toks[i + 1].low == "to":
            return i + 1, CueKind.ACCORDING
        if low in {"quoted", "cited"}:
            # "KCNA quoted Kim as saying", "X was quoted as saying".
            for k in range(i + 1, min(b - 1, i + 12)):
                if toks[k].low == "as" and toks[k + 1].low in {"saying", "telling", "writing"}:
                    if prev is not None and prev.low in {"was", "were", "is", "been", "being"}:
                        return k + 1, CueKind.PASSIVE_QUOTED
                    return k + 1, CueKind.QUOTED_AS
                if toks[k].quote >= 0 or toks[k].text in ".;:":
                    break
            return None
        plemma = particle_lemma(low)
        if plemma is not None and i + 1 < b and toks[i + 1].low in PARTICLE_CUES[plemma]:
            if not self._negated(toks, i, a):
                return i + 1, CueKind.PARTICLE
            return None
        if not is_cue_form(low) or low in {"called", "calls", "calling"}:
            return None
        if prev is not None and (prev.low in DETERMINERS and prev.low != "that"):
            return None
        if self._negated(toks, i, a):
            return None
        lemma = CUE_LEMMA[low]
        nxt = toks[i + 1] if i + 1 < b else None
        if low in PARTICIPLES:
            if prev is not None and (
                prev.text in ",;\u2014" or prev.low in {"and", "while", "when"}
            ):
                return i, CueKind.PARTICIPLE
            if prev is not None and prev.low in {"is", "was", "are", "were", "been"}:
                return i, CueKind.VERB
            if i == a and low == "asked":
                return None
            return None
        if prev is not None and prev.low in {"was", "were", "been", "being", "be", "is", "are"}:
            # Passive: "He was told", "are said to" -- not this speaker's speech.
            return None
        if (
            low == CUE_LEMMA.get(low)
            and lemma not in {"warn", "urge", "say"}
            and (prev is None or not prev.is_word or prev.low == "to")
        ):
            # Base forms of rarer verbs ("deny", "claim") mostly follow a plural subject.
            return None
        if lemma in ADDRESSEE_VERBS and (nxt is None or not nxt.is_word):
            return None
        if (
            lemma == "report"
            and prev is not None
            and (prev.text[:1].isdigit() or prev.low in _QUANTIFIERS)
        ):
            # "1.3 million reported U.S. illnesses", "the first reported case".
            return None
        if low == "notes" and _financial_notes(toks, i, a, b):
            return None
        if low.endswith("ed") and low not in {
            "said",
            "told",
            "added",
            "stated",
            "reported",
            "asked",
        }:
            # A reduced passive: "Footage posted on social media by a passenger showed ...".
            for n in range(i + 1, min(b, i + 6)):
                if toks[n].quote >= 0 or toks[n].mark is not None or toks[n].low == "that":
                    break
                if toks[n].low == "by":
                    return None
        if (
            low in {"reported", "reports"}
            and nxt is not None
            and nxt.is_word
            and not nxt.is_cap
            and nxt.low not in {"that", "on", "in", "at", "earlier", "late", "last", "this"}
            and (prev is None or not prev.is_word)
        ):
            # "reported cases", "reports suggest": a noun or adjective, unless a clause follows.
            return None
        if lemma == "ask" and _anonymity(toks, i + 1, b):
            return None
        if (
            lemma == "ask"
            and nxt is not None
            and nxt.is_word
            and not _after_quote(toks, i, a)  # '"Why?" asked Bennett.', '"Why?" he asked him.'
            and not any(
                toks[k].low in _QUESTION_WORDS or toks[k].mark == "open" or toks[k].text == ":"
                for k in range(i + 1, min(b, i + 6))
            )
        ):
            # "asked workers if they planned" and "asked him to ..." count; "asked for
            # permission" (no question, no request) does not.
            return None
        return i, CueKind.VERB

    @staticmethod
    def _negated(toks: Sequence[Token], i: int, a: int) -> bool:
        for k in (i - 1, i - 2):
            if k >= a:
                low = toks[k].low
                if low in NEGATORS or low.endswith(("n't", "n’t")):
                    return True
        return False

    # -- adverbials and content boundaries ---------------------------------------------------------

    def _skip_adverbials(
        self, toks: Sequence[Token], k: int, b: int
    ) -> tuple[int, tuple[int, int] | None]:
        """Skip adverbials after a cue; return (next index, outlet span named in them)."""
        outlet: tuple[int, int] | None = None
        steps = 0
        while k < b and steps < 8:
            steps += 1
            tok = toks[k]
            if tok.quote >= 0 or tok.mark is not None:
                break
            low = tok.low
            if low in _TIME_NOUNS and k > 0 and toks[k - 1].low in _ADVERBS:
                k += 1  # "said Wednesday morning"
                continue
            if low in _ADVERBS or (
                low.endswith("ly") and len(low) > 4 and tok.is_word and not tok.is_cap
            ):
                k += 1
                continue
            if (
                low in {"that", "this", "last", "next", "each", "every"}
                and k + 1 < b
                and toks[k + 1].low in _TIME_NOUNS
            ):
                k += 2  # "he said in his speech that night"
                continue
            if tok.text == "(":
                close = next((n for n in range(k + 1, min(b, k + 12)) if toks[n].text == ")"), -1)
                if close < 0:
                    break
                k = close + 1
                continue
            if low in {"when", "while", "as", "because", "although", "though", "whereas"}:
                break  # a clause, not a phrase: "told the media, when asked about ..."
            if low in _PP_STARTS and tok.is_word:
                if low == "to" and not (
                    k + 1 < b and (toks[k + 1].is_cap or toks[k + 1].low in DETERMINERS)
                ):
                    break
                end = self._pp_end(toks, k, b)
                if end is None:
                    break
                found = self._outlet_in(toks, k, end)
                if found is not None:
                    outlet = found
                k = end
                continue
            if tok.text == "," and k + 1 < b:
                nxt = toks[k + 1]
                if nxt.low in _ADVERBS or (nxt.low in _PP_STARTS and self._pp_end(toks, k + 1, b)):
                    k += 1
                    continue
            break
        return k, outlet

    @staticmethod
    def _pp_end(toks: Sequence[Token], k: int, b: int) -> int | None:
        """End (exclusive) of the adverbial phrase starting at *k*, or None."""
        j = k + 1
        limit = min(b, k + 10)
        while j < limit:
            tok = toks[j]
            if tok.quote >= 0 or tok.mark is not None or tok.text in ",;:." or tok.low == "that":
                break
            if tok.is_cap or tok.text[:1].isdigit():
                # A capitalised run ends the phrase: "in Moscow", "on Fox News", "with TASS".
                while (
                    j + 1 < limit
                    and (toks[j + 1].is_cap or toks[j + 1].low == "of")
                    and (toks[j + 1].mark is None)
                ):
                    j += 1
                if toks[j].low == "of":
                    j -= 1
                for n in (j + 1, j + 2):
                    # "on Fox News town hall", "in the Global Times report"
                    if n < b and toks[n].low in _PP_ENDS and not toks[n].is_cap:
                        if all(
                            toks[m].is_word and not toks[m].is_cap and toks[m].low not in STOP_WORDS
                            for m in range(j + 1, n)
                        ):
                            j = n
                        break
                return j + 1
            if tok.low in _PP_ENDS:
                return j + 1
            j += 1
        return None

    def _outlet_in(self, toks: Sequence[Token], k: int, end: int) -> tuple[int, int] | None:
        """An outlet named in an adverbial.

        As in "in an interview with TASS", "on a Fox News town hall", "in the Global Times
        report" and "broadcast by NHK".
        """
        for j in range(k, end - 1):
            if toks[j].low not in {"with", "on", "to", "in", "by"}:
                continue
            n = j + 1
            while n < end and n - j <= 3 and not toks[n].is_cap and toks[n].is_word:
                n += 1  # "the", "a recent"
            if n >= end or not toks[n].is_cap:
                continue
            last = n
            while last + 1 < end and (toks[last + 1].is_cap or toks[last + 1].low in _OUTLET_NOUNS):
                last += 1
            s, e = toks[n].start, toks[last].end
            mention = self.text[s:e]
            if mention.lower().split()[0] in _PLATFORMS:
                return None
            if is_outlet(mention) and mention.lower() not in self.publishers:
                return (s, e)
        return None

    # -- the sentence ------------------------------------------------------------------------

    def _analyze(self, para: _Paragraph, a: int, b: int) -> list[_Draft]:
        toks = para.tokens
        cues: list[tuple[int, int, CueKind]] = []
        i = a
        while i < b:
            if toks[i].low not in _CUE_WORDS:
                i += 1
                continue
            found = self._cue_at(toks, i, a, b)
            if found is not None:
                cues.append((i, found[0], found[1]))
                i = found[0] + 1
            else:
                i += 1
        if not cues:
            return []
        via: Source | None = None
        # A relay at the end: "..., TASS news agency reported." with other cues before it.
        if len(cues) > 1:
            relay = self._relay_tail(toks, a, b, cues[-1])
            if relay is not None:
                via, comma = relay
                cues = cues[:-1]
                b = comma
        drafts: list[_Draft] = []
        claimed = a
        first_part = next((n for n, c in enumerate(cues) if c[2] == CueKind.PARTICIPLE), len(cues))
        main = cues[:first_part]
        if len(main) > 1:
            # A tail attribution ("..., X said.") governs the whole sentence before it; cues
            # inside that content are nested speech. Participle cues after it (", adding
            # that ...") are separate statements of the same speaker.
            ci, cj, kind = main[-1]
            mb = b if first_part == len(cues) else max(cj + 1, cues[first_part][0] - 1)
            draft, _end = self._statement(
                para, a=a, b=mb, ci=ci, cj=cj, kind=kind, drafts=[], claimed=a, cues=main
            )
            if draft is not None and draft.before_only:
                drafts.append(draft)
                # '"...," he said when asked whether ...': the question after the tail.
                for ci2, cj2, _kind2 in main:
                    if ci2 > ci and toks[ci2].low == "asked":
                        asked, _claim = self._asked(para, a, ci2, cj2, b)
                        if asked is not None:
                            drafts.append(asked)
                cues = cues[first_part:]
                claimed = mb
        for ci, cj, kind in cues:
            if ci < claimed:
                continue
            draft, end = self._statement(
                para, a=a, b=b, ci=ci, cj=cj, kind=kind, drafts=drafts, claimed=claimed, cues=cues
            )
            if draft is None:
                continue
            if via is not None and draft.via is None:
                draft.via = via
            drafts.append(draft)
            claimed = max(claimed, end)
        if via is not None:
            for draft in drafts:
                if draft.via is None:
                    draft.via = via
        return drafts

    def _relay_tail(
        self, toks: Sequence[Token], a: int, b: int, cue: tuple[int, int, CueKind]
    ) -> tuple[Source, int] | None:
        ci, cj, kind = cue
        if kind == CueKind.ACCORDING:
            if ci - 1 <= a or toks[ci - 1].text != ",":
                return None
            np = self._according_np(toks, cj + 1, b, tail=True)
            if np is None or not self._only_tail(toks, np[1] + 1, b):
                return None
            s, e = toks[np[0]].start, toks[np[1]].end
            comma = ci - 1
        elif kind == CueKind.VERB and toks[ci].low in _RELAY_VERBS:
            g = self._group_start(toks, ci, a)
            np = scan_back(toks, a, g - 1)
            if np is None or np[0] - 1 <= a or toks[np[0] - 1].text != ",":
                return None
            end, _outlet = self._skip_adverbials(toks, cj + 1, b)
            if not self._only_tail(toks, end, b):
                return None
            s, e = toks[np[0]].start, toks[np[1]].end
            comma = np[0] - 1
        else:
            return None
        mention = self.text[s:e]
        if not is_outlet(mention) or mention.lower() in self.publishers:
            return None
        source = make_source(self.text, s, e)
        if source is None:
            return None
        return source, comma

    def _subject(self, toks: Sequence[Token], lo: int, limit: int) -> tuple[int, int] | None:
        """The subject that opens a clause ("Wilson praised ... and said ..."), if any."""
        k = lo
        while k < limit and (
            toks[k].low in CONNECTIVES or toks[k].low in _ADVERBS or toks[k].text in ",—–-"
        ):
            k += 1  # "But", "Yesterday", "Separately," open the clause before its subject
        if k < limit and (toks[k].low in _PP_STARTS or toks[k].low in _SUBORDINATORS):
            # "During Saturday's debate, X ..." -- skip to the comma.
            n = k
            while n < min(limit, k + 25) and toks[n].text != "," and toks[n].quote < 0:
                n += 1
            if n >= limit or toks[n].text != ",":
                return None
            k = n + 1
        if k >= limit or toks[k].quote >= 0 or toks[k].mark is not None:
            return None
        np = self._subject_np(toks, k, limit)
        if np is None or np[1] + 1 >= limit:
            return None
        after = np[1] + 1
        if toks[after].text == "(":
            # "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed ...".
            close = next(
                (n for n in range(after, min(limit, after + 10)) if toks[n].text == ")"), -1
            )
            if close < 0 or close + 1 >= limit:
                return None
            after = close + 1
        after = self._skip_subject_asides(toks, after, limit)
        if after < 0:
            return None
        nxt = toks[after]
        if not nxt.is_word or nxt.low in DETERMINERS:
            return None
        if toks[np[0]].low not in PRONOUNS and not (
            toks[np[0]].is_cap or toks[np[0]].low in DETERMINERS
        ):
            return None
        return np

    @staticmethod
    def _skip_subject_asides(toks: Sequence[Token], after: int, limit: int) -> int:
        """Skip up to two asides between commas after a subject, to its verb; -1 if none.

        "Michael J. Petrilli, president of the Fordham Institute, tied ..." and "Sen. Mark
        Kirk, R-Ill., who faces a tough race, rescinded ...": the verb is a lower-case word
        after the last comma. Quotes and cue words end the search (no aside holds them); a
        cue word after an article or a possessive is a noun ("in his home state").
        """
        for _aside in range(3):
            tok = toks[after]
            if tok.text == ",":
                n = after + 1
            elif _aside and tok.low in _RELATIVES:
                n = after  # "Kirk, R-Ill., who faces ..., rescinded": a relative after a tag
            else:
                return after if _aside == 0 or _lower_verb(tok) else -1
            first = n
            stop = min(limit, after + _ASIDE_REACH)
            while (
                n < stop
                and toks[n].text != ","
                and toks[n].quote < 0
                and toks[n].mark is None
                and (
                    toks[n].low not in _CUE_WORDS
                    # a noun after an article is no cue: "in his home state"
                    or toks[n - 1].low in DETERMINERS
                    or (n - 2 >= first and toks[n - 2].low in DETERMINERS)
                )
            ):
                n += 1
            if n >= stop or toks[n].text != "," or n == first or n + 1 >= limit:
                return -1
            after = n + 1
        return -1

    @staticmethod
    def _subject_np(toks: Sequence[Token], k: int, limit: int) -> tuple[int, int] | None:
        """A clause-initial subject: a pronoun, a capitalised name, or a short common NP."""
        first = toks[k]
        if first.low in PRONOUNS and first.is_word:
            return (k, k)
        last = -1
        n = k
        if first.is_cap and first.low not in DETERMINERS:
            # "Marco Rubio", "Sen. Chuck Grassley", "Rep. Hank Johnson".
            while n < limit and (
                (toks[n].is_cap and toks[n].is_word)
                or (toks[n].text == "." and n > k and is_abbreviation(toks[n - 1]))
            ):
                if toks[n].is_word:
                    last = n
                n += 1
            if last < 0 or not toks[last].low.endswith(("'s", "’s")):
                return (k, last) if last >= k else None
        if first.low in DETERMINERS or last >= k:
            # "The billionaire businessman began ...", "China's foreign ministry said ...":
            # up to four more words before a verb.
            last = max(last, k)
            n = last + 1
            stop = min(limit, n + 4)
            while n < stop and toks[n].is_word and toks[n].mark is None:
                low = toks[n].low
                if not toks[n].is_cap and (
                    low in _VERBISH or low in STOP_WORDS or low.endswith(("ed", "ing"))
                ):
                    break
                last = n
                n += 1
        return (k, last) if last >= k else None

    @staticmethod
    def _according_np(
        toks: Sequence[Token], k: int, b: int, *, tail: bool
    ) -> tuple[int, int] | None:
        """The source after "according to": to the next comma (to the end in a tail)."""
        if not tail:
            return scan_forward(toks, k, b)
        last = -1
        n = k
        while n < b and toks[n].text not in ",;:(" and toks[n].mark is None and toks[n].quote < 0:
            if toks[n].is_word:
                last = n
            n += 1
        if last < k:
            return None
        return (k, last)

    @staticmethod
    def _only_tail(toks: Sequence[Token], k: int, b: int) -> bool:
        return all(not t.is_word and t.mark is None for t in toks[k:b])

    @staticmethod
    def _group_start(toks: Sequence[Token], ci: int, a: int) -> int:
        """Where the verb group of the cue at *ci* starts: auxiliaries and adverbs before it."""
        g = ci
        while (
            g - 1 >= a
            and (toks[g - 1].low in AUXILIARIES or _manner_adverb(toks[g - 1].low))
            and toks[g - 1].quote < 0
            and (not toks[g - 1].is_cap)
        ):
            g -= 1
        return g

    def _statement(
        self,
        para: _Paragraph,
        *,
        a: int,
        b: int,
        ci: int,
        cj: int,
        kind: CueKind,
        drafts: list[_Draft],
        claimed: int,
        cues: list[tuple[int, int, CueKind]],
    ) -> tuple[_Draft | None, int]:
        toks = para.tokens
        text = self.text
        speaker: tuple[int, int] | None = None
        description: str | None = None
        antecedent: str | None = None
        via: Source | None = None
        cue_first = ci
        before_edge = -1  # token index of the comma/close quote before the attribution
        inverted = False
        rule = "subject"
        lo = max(a, claimed)
        if kind == CueKind.ACCORDING:
            tail = ci - 1 >= lo and (toks[ci - 1].text == "," or toks[ci - 1].mark == "close")
            np = self._according_np(toks, cj + 1, b, tail=tail)
            if np is not None and not tail:
                after = np[1] + 1
                if after < b and toks[after].low in _NP_CONTINUERS:
                    # "That's according to exit polls conducted for X and Y": no "According to
                    # X, ..." comma, so the source runs to the end and nothing is stated after.
                    np = self._according_np(toks, cj + 1, b, tail=True)
            if np is None:
                return None, cj + 1
            rule = "according-to"
            speaker = (np[0], np[1])
            after_np = np[1] + 1
            if (ci - 1 >= lo and toks[ci - 1].text == ",") or (
                ci - 1 >= lo and toks[ci - 1].mark == "close"
            ):
                before_edge = ci - 1
            start_after = after_np
            if start_after < b and toks[start_after].text == ",":
                start_after += 1
        elif kind == CueKind.QUOTED_AS:
            rule = "quoted-as"
            np = scan_forward(toks, ci + 1, cj - 1)
            speaker = (np[0], np[1]) if np is not None else None
            relay_np = scan_back(toks, lo, ci - 1)
            if relay_np is not None:
                s, e = toks[relay_np[0]].start, toks[relay_np[1]].end
                if self.text[s:e].lower() not in self.publishers:
                    via = make_source(text, s, e)
                edge = relay_np[0] - 1
            else:
                edge = ci - 1
            if edge >= lo and (toks[edge].text == "," or toks[edge].mark == "close"):
                before_edge = edge
            start_after = cj + 1
        elif kind == CueKind.PARTICIPLE:
            prev = drafts[-1] if drafts else None
            speaker_span = prev.speaker if prev is not None else None
            if prev is None:
                subject = self._subject(toks, lo, ci)
                if subject is not None:
                    speaker_span = (toks[subject[0]].start, toks[subject[1]].end)
            draft_speaker = speaker_span
            if draft_speaker is None:
                return None, cj + 1
            return self._second_cue(
                para,
                ci=ci,
                cj=cj,
                b=b,
                cues=cues,
                speaker=draft_speaker,
                prev=prev,
                rule="participle",
            )
        else:
            g = self._group_start(toks, ci, lo)
            # The cue is the verb itself: the seed story's "has denied" has the cue "denied".
            cue_first = ci
            j = g - 1
            if kind == CueKind.PASSIVE_QUOTED:
                j = g - 1
            subject = None
            if j >= lo and toks[j].low in {"and", "but"} and not drafts:
                subject = self._subject(toks, lo, j)
            if j >= lo and toks[j].low in {"and", "but"} and (drafts or subject is not None):
                prev = drafts[-1] if drafts else None
                span = prev.speaker if prev is not None else None
                if subject is not None:
                    span = (toks[subject[0]].start, toks[subject[1]].end)
                if span is None:
                    return None, cj + 1
                return self._second_cue(
                    para,
                    ci=ci,
                    cj=cj,
                    b=b,
                    cues=cues,
                    speaker=span,
                    prev=prev,
                    rule="coordinated",
                )
            inv = None
            if (
                j >= lo
                and (toks[j].text == "," or toks[j].mark == "close")
                and (toks[ci].low in INVERTIBLE and kind != CueKind.PASSIVE_QUOTED)
            ):
                inv = self._inverted(toks, cj + 1, b)
            app = None
            if j >= lo and toks[j].text == ",":
                app = self._appositive(toks, lo, j)
                if (
                    app is not None
                    and inv is not None
                    and (toks[inv[0]].is_cap or toks[inv[0]].low in DETERMINERS)
                    and not self._relative_after(toks, app[0][1], j)
                ):
                    # '"...," said the minister': an inversion, unless the comma closes a
                    # relative clause on the subject ("Nelson, who coordinates visits, says").
                    app = None
            if app is not None:
                speaker, description, before_edge = app
                rule = "appositive"
            elif inv is not None:
                inverted = True
                rule = "inverted"
                speaker = inv
                before_edge = j
                k = inv[1] + 1
                k_adv, inv_outlet = self._skip_adverbials(toks, k, b)
                if inv_outlet is not None:
                    via = make_source(text, inv_outlet[0], inv_outlet[1])
                    k = k_adv
                if k < b and toks[k].text == "(":
                    # a parenthetical party tag: "said Rep. Jim Clyburn (D-S.C.), a member"
                    close = next((n for n in range(k, min(b, k + 10)) if toks[n].text == ")"), -1)
                    k = close + 1 if close > 0 else k
                if k < b and toks[k].low in {"who", "which"}:
                    # "said Shapatava who, like every player, ...": the writer's background.
                    k = b
                # ", a spokesman for the ministry." runs to the end: an appositive.
                if (
                    k < b
                    and toks[k].text == ","
                    and k + 1 < b
                    and not any(t.quote >= 0 or t.mark for t in toks[k + 1 : b])
                ):
                    s, e = _trim(text, toks[k + 1].start, toks[b - 1].end)
                    if e > s:
                        description = text[s:e]
                    start_after = b
                else:
                    start_after = k
                    resume = self._quote_after_appositive(toks, k, b)
                    if resume is not None:
                        # '"The risk," said X, an economist, "is that ...": the quote goes on.
                        s, e = _trim(text, toks[k + 1].start, toks[resume - 2].end)
                        if e > s:
                            description = text[s:e]
                        start_after = resume
            if speaker is None:
                if j >= lo and toks[j].text == ",":
                    pass
                else:
                    np = scan_back(toks, lo, j)
                    if np is not None:
                        speaker = np
                        if toks[np[0]].low in {"who", "which", "that"} and np[0] == np[1]:
                            ante_end = np[0] - 1
                            if ante_end >= lo and toks[ante_end].text == ",":
                                ante_end -= 1
                            ante = scan_back(toks, a, ante_end)
                            if ante is not None and not (
                                ante[0] > a and toks[ante[0] - 1].low in _COPULAS
                            ):
                                # After a copula the relative stands for the clause: "most
                                # participants are White, which suggests ...", "language has
                                # been dropped that asked ...".
                                antecedent = text[toks[ante[0]].start : toks[ante[1]].end]
                        edge = np[0] - 1
                        name = self._name_before_description(toks, lo, np)
                        if name is not None:
                            # '"...," Jaka Bizilj, the NGO's founder said' (no second comma).
                            s, e = toks[np[0]].start, toks[np[1]].end
                            description = text[s:e]
                            speaker = name
                            rule = "appositive"
                            edge = name[0] - 1
                        if edge >= lo and (toks[edge].text == "," or toks[edge].mark == "close"):
                            before_edge = edge
                        elif (
                            edge >= lo
                            and toks[edge].low in CONNECTIVES
                            and edge - 1 >= lo
                            and (toks[edge - 1].text == "," or toks[edge - 1].mark == "close")
                        ):
                            before_edge = edge - 1
            if speaker is None:
                return self._asked(para, lo, ci, cj, b)
            if kind == CueKind.PASSIVE_QUOTED:
                rule = "quoted-as"
            if not inverted:
                start_after = cj + 1
            if (
                kind == CueKind.PASSIVE_QUOTED
                and start_after + 1 < b
                and toks[start_after].low == "by"
            ):
                # "... was quoted as saying by state news agency IRNA".
                np2 = scan_forward(toks, start_after + 1, b)
                if np2 is not None:
                    via = make_source(text, toks[np2[0]].start, toks[np2[1]].end)
                    start_after = np2[1] + 1
        # -- the cue's extent: addressee of "told", particle --------------------------------
        cue_end_tok = cj
        that = False
        outlet: tuple[int, int] | None = None
        if kind in {CueKind.VERB, CueKind.PARTICLE} and not inverted:
            k, outlet = self._skip_adverbials(toks, start_after, b)
            k, cue_end_tok, addressee = self._skip_object_or_addressee(toks, ci, cj, k, b)
            if addressee is not None and via is None:
                mention = text[addressee[0] : addressee[1]]
                if (
                    is_outlet(mention)
                    and _strip_the(mention).lower() not in self.publishers
                    and any(w[:1].isupper() for w in mention.split())
                ):
                    via = make_source(text, addressee[0], addressee[1])
            k2, outlet2 = self._skip_adverbials(toks, k, b)
            outlet = outlet or outlet2
            start_after = k2
        elif kind in {CueKind.QUOTED_AS, CueKind.PASSIVE_QUOTED, CueKind.ACCORDING}:
            start_after, outlet = self._skip_adverbials(toks, start_after, b)
        if outlet is not None and via is None:
            via = make_source(text, outlet[0], outlet[1])
        if start_after < b and toks[start_after].low == "that" and toks[start_after].quote < 0:
            that = True
            start_after += 1
        if start_after < b and toks[start_after].text in ":," and toks[start_after].quote < 0:
            start_after += 1
            if start_after < b and toks[start_after].low == "that":
                that = True
                start_after += 1
        end = self._content_end(toks, start_after, b, cues, cj)
        if start_after < end and toks[start_after].low in {"and", "or", "nor", "but"}:
            end = start_after  # "48 percent agreed and 44 percent disagreed": nothing stated
        if (
            CUE_LEMMA.get(toks[ci].low) == "write"
            and start_after + 1 < end
            and toks[start_after].low in DETERMINERS
            and any(t.low in _WRITTEN_WORKS for t in toks[start_after + 1 : start_after + 4])
        ):
            end = start_after  # "wrote the profile on Boyle": a work, not a statement
        if (
            CUE_LEMMA.get(toks[ci].low) == "declare"
            and not that
            and start_after < end
            and toks[start_after].mark != "open"
        ):
            end = start_after  # "declared a state of emergency": an act, not a statement
        relative = speaker is not None and (
            toks[speaker[0]].low in {"who", "which"}
            or (speaker[0] - 1 >= a and toks[speaker[0] - 1].low in {"which", "who", "that"})
        )
        claim_end = end
        if relative or (start_after < end and self._may_hold_as(toks, start_after, end)):
            end = self._cut_background(toks, start_after, end, relative=relative)
        if relative:
            claim_end = end
        # -- content before the attribution, after it, or both --------------------------------
        pieces: list[tuple[int, int]] = []
        quoted: list[bool] = []
        regions: set[int] = set()
        after_empty = start_after >= end or all(
            not t.is_word and t.mark is None for t in toks[start_after:end]
        )
        if (
            not after_empty
            and before_edge > lo
            and not that
            and self._trailing_phrase(toks, start_after, end)
        ):
            # "... stated in an interview with domestic and foreign media outlets on Thursday."
            after_empty = True
        if (
            not after_empty
            and before_edge > lo
            and not that
            and toks[start_after].low in _SUBORDINATORS
            and not any(t.quote >= 0 or t.mark is not None for t in toks[start_after:end])
        ):
            # '"...," Trump said when Boyle asked him a question.': a trailing clause.
            after_empty = True
        if (
            not after_empty
            and before_edge >= lo
            and toks[before_edge].mark == "close"
            and kind in {CueKind.VERB, CueKind.PARTICLE}
            and not inverted
            and start_after < end
            and toks[start_after].mark != "open"
            and toks[start_after - 1].text != ":"
            and not any(t.mark == "open" for t in toks[start_after:end])
        ):
            # '"...," Sanders told a crowd at a bar that spilled onto the street.': after a
            # quotation, what follows its cue is the writer's scene, not more speech.
            after_empty = True
        mid_comma = start_after < b and toks[start_after - 1].text == "," and not that
        if mid_comma and not after_empty and before_edge >= lo:
            # '"A," he said, "B."' (a split quote), 'Abe, he said, told ...' (a short
            # parenthetical) and 'X, Wang added, a reference to ...' have content before the
            # cue; 'Asked about it, X said, "..."' and 'In an interview, X said, "..."' open
            # with the writer's scene-setting instead.
            opener = toks[lo].low if toks[lo].mark is None else ""
            if opener in _SCENE_OPENERS or (
                toks[start_after].mark == "open"
                and not (toks[before_edge].mark == "close" or before_edge - lo <= 6)
            ):
                mid_comma = False
        use_before = before_edge >= lo and (after_empty or mid_comma)
        if use_before:
            first = lo
            while (
                first < before_edge
                and toks[first].low in CONNECTIVES
                and not toks[first].quote >= 0
            ):
                first += 1
                if first < before_edge and toks[first].text == ",":
                    first += 1
            bp, bq, br = self._pieces(
                para, first, before_edge + (1 if toks[before_edge].mark == "close" else 0)
            )
            if bp and not (br & self.consumed):
                pieces += bp
                quoted += bq
                regions |= br
            else:
                use_before = False
        if not after_empty and (
            not use_before
            or self._continuation_ok(toks, start_after, end, quoted, before_edge - lo)
        ):
            ap, aq, ar = self._pieces(para, start_after, end)
            pieces += ap
            quoted += aq
            regions |= ar
        elif use_before:
            # The text after the cue is not this statement's: a later cue there is free.
            claim_end = start_after
        if (
            pieces
            and not any(quoted)
            and sum(len(self.text[s:e].split(maxsplit=1)) for s, e in pieces) < 2
            and self.text[pieces[0][0] : pieces[0][1]].lower() not in {"yes", "no"}
        ):
            # "reported from Gainesville, Florida": a lone word is no statement.
            return None, cj + 1
        if not pieces and not (toks[b - 1].text == ":" and start_after >= b - 1):
            # 'Reporter Jomana Karadsheh says:' keeps the statement open for the quote that
            # follows in the next paragraph.
            return None, cj + 1
        if speaker is not None and not use_before and not any(quoted) and start_after < end:
            relayed = self._relayed(
                para, outlet=speaker, start=start_after, end=end, b=b, cues=cues
            )
            if relayed is not None:
                return relayed
        speaker_span = (toks[speaker[0]].start, toks[speaker[1]].end) if speaker else None
        cue_span = (toks[cue_first].start, toks[cue_end_tok].end)
        if kind == CueKind.QUOTED_AS:
            cue_span = (toks[ci].start, toks[cj].end)
        if kind == CueKind.ACCORDING:
            cue_span = (toks[ci].start, toks[cj].end)
        draft = _Draft(
            cue=cue_span,
            speaker=speaker_span,
            pieces=pieces,
            quoted=quoted,
            that=that and not use_before,
            via=via,
            description=description,
            antecedent=antecedent,
            regions=regions,
            before_only=use_before and after_empty,
            rule=rule,
        )
        return draft, max(claim_end, cj + 1)

    def _relayed(
        self,
        para: _Paragraph,
        *,
        outlet: tuple[int, int],
        start: int,
        end: int,
        b: int,
        cues: list[tuple[int, int, CueKind]],
    ) -> tuple[_Draft, int] | None:
        """Relay the speech an outlet reports another party making.

        'Postimees reported that Estonian companies had reported damage' gives the companies'
        statement with the newspaper as its source.
        """
        toks = para.tokens
        s, e = toks[outlet[0]].start, toks[outlet[1]].end
        mention = self.text[s:e]
        if not is_outlet(mention) or _strip_the(mention).lower() in self.publishers:
            return None
        for ci2, cj2, kind2 in cues:
            if ci2 < start or ci2 >= end or kind2 not in {CueKind.VERB, CueKind.PARTICLE}:
                continue
            np = scan_back(toks, start, self._group_start(toks, ci2, start) - 1)
            if np is None or np[0] != start or toks[np[0]].low in PRONOUNS:
                return None
            draft, claim = self._statement(
                para,
                a=start,
                b=b,
                ci=ci2,
                cj=cj2,
                kind=kind2,
                drafts=[],
                claimed=start,
                cues=cues,
            )
            if draft is None:
                return None
            if draft.via is None:
                draft.via = make_source(self.text, s, e)
            draft.rule = "relay"
            return draft, claim
        return None

    def _asked(
        self, para: _Paragraph, lo: int, ci: int, cj: int, b: int
    ) -> tuple[_Draft | None, int]:
        """'Asked if the Kremlin knew, Peskov said ...': a question with no stated asker."""
        toks = para.tokens
        opener = ci == lo or (ci - 1 >= lo and toks[ci - 1].low in {"when", "if", "once", "after"})
        if toks[ci].low != "asked" or not opener or cj + 1 >= b:
            return None, cj + 1
        k = cj + 1
        if toks[k].low != "by":
            k, _outlet = self._skip_adverbials(toks, k, b)  # "Asked on Monday whether ..."
        asker: tuple[int, int] | None = None
        if k < b and toks[k].low == "by":
            # "Asked by a reporter whether ...": the asker is named.
            n = k + 1
            while n < b and toks[n].low not in _QUESTION_WORDS and n - k < 8:
                n += 1
            if n >= b or toks[n].low not in _QUESTION_WORDS or n == k + 1:
                return None, cj + 1
            asker = (toks[k + 1].start, toks[n - 1].end)
            k = n
        if k >= b or toks[k].low not in _QUESTION_WORDS or toks[k].text == ",":
            return None, cj + 1
        end = k
        while end < b and toks[end].text != "," and toks[end].mark is None:
            end += 1
        while end < b and toks[end].mark is not None and end - k < 60:
            # a quoted question: 'Asked whether Clinton "has the integrity," 75 percent ...'
            end += 1
            while end < b and toks[end].text != "," and toks[end].mark is None:
                end += 1
        if end - k < 2:
            return None, cj + 1
        pieces, quoted, regions = self._pieces(para, k, end)
        if not pieces:
            return None, cj + 1
        draft = _Draft(
            cue=(toks[ci].start, toks[cj].end),
            speaker=asker,
            pieces=pieces,
            quoted=quoted,
            regions=regions,
            rule="asked",
        )
        return draft, end

    @staticmethod
    def _name_before_description(
        toks: Sequence[Token], lo: int, np: tuple[int, int]
    ) -> tuple[int, int] | None:
        """The name before a speaker phrase that is really its appositive.

        As in '"...," NAME, the NGO's founder said', where the writer left out the comma after
        the appositive; None when the speaker phrase stands alone.
        """
        comma = np[0] - 1
        if comma - 1 < lo or toks[comma].text != "," or toks[np[0]].low not in DETERMINERS:
            return None
        name = scan_back(toks, lo, comma - 1)
        if name is None or not all(toks[k].is_cap for k in range(name[0], name[1] + 1)):
            return None
        edge = name[0] - 1
        if edge < lo or not (toks[edge].mark == "close" or toks[edge].text == ","):
            return None
        return name

    def _second_cue(
        self,
        para: _Paragraph,
        *,
        ci: int,
        cj: int,
        b: int,
        cues: list[tuple[int, int, CueKind]],
        speaker: tuple[int, int],
        prev: _Draft | None,
        rule: str,
    ) -> tuple[_Draft | None, int]:
        """A cue sharing an earlier subject: ", adding that ...", "... and said ..."."""
        toks = para.tokens
        start, _outlet = self._skip_adverbials(toks, cj + 1, b)
        start, cue_end, _addressee = self._skip_object_or_addressee(toks, ci, cj, start, b)
        if start + 1 < b and toks[start].text in ",:" and toks[start + 1].mark == "open":
            start += 1  # '... but said, "From an investment point of view, ..."'
        that = False
        if start < b and toks[start].low == "that":
            that = True
            start += 1
        end = self._content_end(toks, start, b, cues, cj)
        pieces, quoted, regions = self._pieces(para, start, end)
        if not pieces:
            return None, end
        draft = _Draft(
            cue=(toks[ci].start, toks[cue_end].end),
            speaker=speaker,
            pieces=pieces,
            quoted=quoted,
            that=that,
            via=prev.via if prev is not None else None,
            description=prev.description if prev is not None else None,
            regions=regions,
            rule=rule,
        )
        return draft, end

    def _inverted(self, toks: Sequence[Token], k: int, b: int) -> tuple[int, int] | None:
        """The subject after an inverted cue ('"...," said Lavrov.'), if the clause ends there."""
        if k >= b or toks[k].low in _PP_STARTS or toks[k].low in _ADVERBS:
            return None
        np = scan_forward(toks, k, b)
        if np is None or toks[np[0]].low == "that":
            return None
        after_np, _o = self._skip_adverbials(toks, np[1] + 1, b)
        if after_np < b and toks[after_np].text == "(":
            # A party tag after the name: said Rep. Jim Clyburn (D-S.C.), a member of ...
            close = next(
                (n for n in range(after_np, min(b, after_np + 10)) if toks[n].text == ")"), -1
            )
            after_np = close + 1 if close > 0 else after_np
            if after_np < b and toks[after_np].is_cap and toks[after_np].is_word:
                # a title in parentheses: said Senior Minister (Defence cluster) Ismail Sabri
                rest = scan_forward(toks, after_np, b)
                if rest is not None:
                    np = (np[0], rest[1])
                    after_np, _o = self._skip_adverbials(toks, rest[1] + 1, b)
        if after_np < b and toks[after_np].low in {"who", "that"} and toks[after_np].is_word:
            if toks[np[0]].is_cap:
                return np  # "said Shapatava who, like every player, ...": non-restrictive
            # A restrictive relative belongs to the speaker: "a member who supports Trump".
            n = after_np
            while (
                n < b and toks[n].text not in ",;." and toks[n].quote < 0 and toks[n].mark is None
            ):
                n += 1
            if n - after_np > 15:
                return None
            return (np[0], n - 1)
        if after_np < b and toks[after_np].text not in ",;.!?":
            return None
        return np

    @staticmethod
    def _quote_after_appositive(toks: Sequence[Token], k: int, b: int) -> int | None:
        """Where a quote resumes after ', <appositive>, "' at *k*, or None.

        In '"The risk," said Edward Leamer, an economist at UCLA, "is that we lose."' the
        words between the commas describe the speaker and the quotation goes on after them.
        """
        if k + 3 >= b or toks[k].text != ",":
            return None
        for n in range(k + 1, min(b, k + _APPOSITIVE_REACH)):
            tok = toks[n]
            if tok.mark == "open":
                return n if n - 2 > k and toks[n - 1].text == "," else None
            if tok.quote >= 0 or tok.mark is not None or tok.low in _CUE_WORDS:
                return None
        return None

    @staticmethod
    def _relative_after(toks: Sequence[Token], last: int, j: int) -> bool:
        """Whether ", who ..." (or which, whose) follows token *last* and runs to token *j*."""
        return last + 2 < j and toks[last + 1].text == "," and toks[last + 2].low in _RELATIVES

    def _appositive(
        self, toks: Sequence[Token], lo: int, j: int
    ) -> tuple[tuple[int, int], str | None, int] | None:
        """'NAME, APPOSITIVE, said': the name, the appositive as description, the edge before."""
        text = self.text
        comma_hi = j
        description: str | None = None
        for _round in range(4):
            k = comma_hi - 1
            limit = max(lo, comma_hi - 40)
            while k >= limit and toks[k].text != "," and toks[k].quote < 0 and toks[k].mark is None:
                k -= 1
            if k < limit or toks[k].text != "," or k + 1 >= comma_hi:
                return None
            np = scan_back(toks, lo, k - 1)
            if np is None:
                comma_hi = k  # "a Hollywood, Fla., rabbi": a comma inside a place name
                continue
            first_app = toks[k + 1].low
            s, e = _trim(text, toks[k + 1].start, toks[j - 1].end)
            if first_app not in _RELATIVES:
                description = text[s:e] if e > s else None
            edge = np[0] - 1
            at_start = np[0] == lo or (
                edge >= lo
                and (
                    toks[edge].text == ","
                    or toks[edge].mark == "close"
                    or toks[edge].low in CONNECTIVES
                )
            )
            if not at_start or (
                toks[np[0]].low in {"a", "an"} and edge >= lo and toks[edge].text == ","
            ):
                # "Eddie Griffin, who was a member of the AfroSpear, a group of bloggers, said",
                # "Jeffrey Salkin, a Hollywood, Fla., rabbi ..., said": the comma was inside
                # the appositive (an indefinite phrase is one); look one comma further back.
                comma_hi = k
                continue
            if edge >= lo and toks[edge].text == "," and first_app in _RELATIVES:
                # "Piao Minghua, deputy head of Harbin customs, which oversees ..., told":
                # the relative clause belongs to the appositive; the name is one step back.
                comma_hi = k
                continue
            before_edge = -1
            if edge >= lo and (toks[edge].text == "," or toks[edge].mark == "close"):
                before_edge = edge
            elif (
                edge >= lo
                and toks[edge].low in CONNECTIVES
                and edge - 1 >= lo
                and (toks[edge - 1].text == "," or toks[edge - 1].mark == "close")
            ):
                before_edge = edge - 1
            return np, description, before_edge
        return None

    def _may_hold_as(self, toks: Sequence[Token], start: int, end: int) -> bool:
        """Whether a token after *start* and before the last one can be "as" (in any case).

        Without a relative clause only such an "as" lets ``_cut_background`` cut; in a
        lower-cased ASCII fold it stands between spaces.
        """
        s, e = toks[start].start, toks[end - 1].end
        if self.folded_ascii:
            return " as " in self.folded[s:e]
        return "as" in self.text[s:e].lower()

    @staticmethod
    def _cut_background(toks: Sequence[Token], start: int, end: int, *, relative: bool) -> int:
        """Cut the writer's background off plain content that follows its cue.

        A relative clause's content ends at its closing comma ("Kishida, who has announced
        his intention to stand, came last"); a trailing as-clause is background ("urged
        residents to stay home as the city faces a rise in cases").
        """
        if start >= end or toks[start].mark == "open":
            return end
        for k in range(start + 1, end):
            tok = toks[k]
            if tok.quote >= 0 or tok.mark is not None:
                continue
            if relative and tok.text == ",":
                return k
            if (
                tok.low == "as"
                and k - start >= 3
                and k + 1 < end
                and toks[k - 1].low not in {"such", "as", "so", "same", "just", "well"}
                and (toks[k + 1].low in {"the", "a", "an"} or toks[k + 1].is_cap)
                and not any(t.low == "as" for t in toks[start:k])
            ):
                return k - 1 if toks[k - 1].text == "," else k
        return end

    @staticmethod
    def _continuation_ok(
        toks: Sequence[Token], start: int, end: int, quoted_before: list[bool], before_len: int
    ) -> bool:
        """Whether text after a mid-sentence cue continues the content.

        It does in '"A," he said, "B."' and 'Abe, he said, told Trump ...'; it does not when
        the writer adds background after a long stretch of narrative.
        """
        while start < end and toks[start].text == ",":
            start += 1
        first = toks[start] if start < end else None
        if first is None:
            return False
        if first.mark == "open":
            return True
        if first.low in {"who", "which", "whose", "whom"}:
            return False  # "according to Lowe, who says ...": the speaker's relative clause
        if first.low.endswith("ing") and not first.is_cap:
            return False  # "Wang said, commenting on the statements": the writer's framing
        if any(quoted_before) or end - start < 3:
            return False
        # 'Bringing the show back, he said, feels right': a verb continues the sentence; 'X,
        # Wang added, a reference to ...' is the writer's appositive.
        return before_len <= 6 or (
            not first.is_cap and first.low not in DETERMINERS and first.low not in _PP_STARTS
        )

    @staticmethod
    def _trailing_phrase(toks: Sequence[Token], start: int, end: int) -> bool:
        """A short verbless phrase after a tail cue ("outlets on Thursday"), not content."""
        if start < end and toks[start].low in {"yes", "no"}:
            return False  # "75 percent said yes"
        words = 0
        for t in toks[start:end]:
            if t.quote >= 0 or t.mark is not None:
                return False
            if t.is_word:
                words += 1
                if t.low in _VERBISH or t.low in PRONOUNS or t.low.endswith("ed"):
                    return False
        return 0 < words <= 5 and toks[start].low not in DETERMINERS

    def _skip_object_or_addressee(
        self, toks: Sequence[Token], ci: int, cj: int, k: int, b: int
    ) -> tuple[int, int, tuple[int, int] | None]:
        """Skip the addressee of "told" (kept in the cue) or the object of "urged" (dropped).

        Returns (content start, last cue token, addressee char span or None).
        """
        lemma = CUE_LEMMA.get(toks[ci].low) or particle_lemma(toks[ci].low) or ""
        if lemma in ADDRESSEE_VERBS and k == cj + 1:
            last = -1
            j = k
            while j < min(b, k + 7):
                tok = toks[j]
                if (
                    tok.quote >= 0
                    or tok.mark is not None
                    or (not tok.is_word and tok.text not in "’'")
                ):
                    break
                if tok.low in _ADDRESSEE_ENDS or (
                    not tok.is_cap and tok.low in _PP_STARTS and tok.low not in {"late", "early"}
                ):
                    break
                if (
                    last >= k
                    and not tok.is_cap
                    and tok.low not in ADDRESSEE_HEADS
                    and not (j + 1 < b and toks[j + 1].low in ADDRESSEE_HEADS)
                ):
                    break  # "told TASS the invitation ...": the addressee ended with the name
                if tok.low in ADDRESSEE_HEADS or (
                    tok.is_cap and (j + 1 >= b or not toks[j + 1].is_cap)
                ):
                    last = j
                    if (
                        tok.low in _MEDIUM_WORDS
                        and j + 1 < b
                        and toks[j + 1].low in _GATHERING_WORDS
                        and toks[j + 1].quote < 0
                    ):
                        last = j + 1  # "told a press conference", "told a radio station"
                    if tok.low in ADDRESSEE_HEADS and not tok.is_cap:
                        # "told public broadcaster RTHK", "told radio station Echo of Moscow".
                        while (
                            last + 1 < b
                            and toks[last + 1].mark is None
                            and toks[last + 1].quote < 0
                            and (
                                toks[last + 1].is_cap
                                or (
                                    toks[last + 1].low == "of"
                                    and last + 2 < b
                                    and toks[last + 2].is_cap
                                )
                            )
                        ):
                            last += 1
                        break
                j += 1
            if last == -1 and k < b and toks[k].is_cap:
                last = k
            if last >= k:
                span = (toks[k].start, toks[last].end)
                return last + 1, last, span
            return k, cj, None
        if lemma in OBJECT_VERBS or (lemma == "call" and toks[cj].low == "on"):
            for j in range(k, min(b, k + 8)):
                tok = toks[j]
                if tok.quote >= 0 or tok.mark is not None or tok.text in ",;:.":
                    break
                if tok.low == "to" and j + 1 < b and toks[j + 1].is_word and j > k:
                    return j, cj, None
                if tok.low == "that" and j > k:
                    return j, cj, None
            if k < b and toks[k].low in {"of", "about", "against"} and lemma == "warn":
                return k + 1, cj, None
        return k, cj, None

    def _content_end(
        self,
        toks: Sequence[Token],
        k: int,
        b: int,
        cues: list[tuple[int, int, CueKind]],
        cj: int,
    ) -> int:
        """Where content that starts at *k* ends.

        That is the sentence end, or before a participle cue (", adding that") or a coordinated
        cue (", and said").
        """
        first = bisect.bisect_right(cues, (max(cj, k - 1), b), key=_CUE_POSITION)
        for ci2, _cj2, kind2 in cues[first : first + 8]:
            # Only the next few cues can end this content (keeps long sentences linear).
            if ci2 <= cj or ci2 < k or ci2 >= b:
                continue
            if kind2 == CueKind.PARTICIPLE:
                return ci2 - 1
            g = self._group_start(toks, ci2, k)
            if g - 1 >= k and toks[g - 1].low in {"and", "but"}:
                cut = g - 1
                if cut - 1 >= k and toks[cut - 1].text == ",":
                    cut -= 1
                return cut
            if kind2 == CueKind.VERB and g - 1 > k:
                # ", while other voters said ...": a new clause with its own speaker.
                np = scan_back(toks, k, g - 1)
                if np is not None and np[0] - 1 > k:
                    cut = np[0] - 1
                    if toks[cut].low in _CLAUSE_JOINS and cut - 1 > k and toks[cut - 1].text == ",":
                        return cut - 1
                    if toks[cut].text == ";" or toks[cut].low in {"while", "whereas"}:
                        return cut
        return b

    def _pieces(
        self, para: _Paragraph, k: int, end: int
    ) -> tuple[list[tuple[int, int]], list[bool], set[int]]:
        """Content pieces for tokens [k, end).

        A whole quotation gives its text (and its multi-paragraph continuations); anything else
        gives the plain stretch of text.
        """
        toks = para.tokens
        text = self.text
        if k >= end:
            return [], [], set()
        first = toks[k]
        # Skip an opening mark, note the region.
        region_index = -1
        if first.mark == "open":
            region_index = para.opens.get(first.start, -1)
        elif first.quote >= 0 and k == 0:
            region_index = first.quote
        if region_index >= 0:
            gi = para.base + region_index
            # Parts of a multi-paragraph chain another statement already holds stay there
            # (an unclosed quote in one paragraph does not take the next one's speaker).
            chain = [g for g in self._chain(gi) if g == gi or g not in self.consumed]
            # The quote's last part in this paragraph: a quote reopened in the same paragraph
            # (its paragraph break lost) continues it.
            here = range(para.base, para.base + len(para.regions))
            region = self.regions[max((g for g in chain if g in here), default=gi)]
            close_ok = region.close is None or all(
                (t.start >= region.close and not t.is_word and t.mark in {None, "close"})
                or t.start < region.close
                for t in toks[k:end]
            )
            inner_end = region.inner_end
            tail_words = [t for t in toks[k:end] if t.start > inner_end and t.is_word]
            if close_ok and not tail_words:
                pieces: list[tuple[int, int]] = []
                quoted: list[bool] = []
                for g in chain:
                    r = self.regions[g]
                    s, e = _trim(text, r.open + 1, r.inner_end, quote=True)
                    if e > s:
                        pieces.append((s, e))
                        quoted.append(True)
                return pieces, quoted, set(chain)
        regions = (
            {para.base + t.quote for t in toks[k:end] if t.quote >= 0} if para.regions else set()
        )
        spans: list[tuple[int, int]] = []
        piece_start = k
        n = k + 1
        if "who" not in text[first.start : toks[end - 1].end].lower():
            n = end  # no "who" or "whose" (nor any other case of them): no relative clause
        while n < end:
            tok = toks[n]
            if (
                tok.text == ","
                and tok.quote < 0
                and n + 1 < end
                and toks[n + 1].low in {"who", "whose"}
                and n - piece_start >= 3
            ):
                # '..., who is believed to have ..., as he sounded weaker': a non-restrictive
                # relative is the writer's background; the content goes on after it.
                close = n + 2
                while close < end and toks[close].text != "," and toks[close].mark is None:
                    close += 1
                spans.append((toks[piece_start].start, toks[n - 1].end))
                if close >= end or toks[close].text != ",":
                    piece_start = end
                    break
                piece_start = close + 1
                n = close + 1
                continue
            n += 1
        if piece_start < end:
            spans.append((toks[piece_start].start, toks[end - 1].end))
        trimmed = [_trim(text, s, e) for s, e in spans]
        trimmed = [(s, e) for s, e in trimmed if e > s]
        return trimmed, [False] * len(trimmed), regions

    def _chain(self, gi: int) -> list[int]:
        """The region *gi* with the regions before and after it in a multi-paragraph quote."""
        back: list[int] = []
        g: int | None = gi
        seen = 0
        while g is not None and seen < len(self.regions):
            back.append(g)
            g = self.regions[g].follows
            seen += 1
        chain = back[::-1]
        nxt = gi + 1
        while nxt < len(self.regions) and self.regions[nxt].follows == chain[-1]:
            chain.append(nxt)
            nxt += 1
        return chain

    # -- the whole text ------------------------------------------------------------------------

    def run(self) -> list[Statement]:
        self._read_paragraphs()
        drafts: list[_Draft] = []
        last: _Draft | None = None
        attach = False
        text = self.text
        for pi, para in enumerate(self.paragraphs):
            if (
                pi > 0
                and para.lazy
                and not para.regions
                and text.find(":", para.body, para.end) < 0
            ):
                # The commonest paragraph: no cue, no quote, no colon (so no transcript line).
                # Only a paragraph of no words at all lets quotes after it continue a statement.
                attach = (
                    attach and last is not None and _WORD.search(text, para.body, para.end) is None
                )
                continue
            toks = para.tokens
            spoken = self._transcript_line(para) if pi > 0 else None
            if spoken is not None:
                drafts.append(spoken)
                self.consumed |= spoken.regions
                last, attach = spoken, True
                continue
            if para.lazy:
                if pi == 0:
                    found = self._headline_colon(para)
                    if found:
                        drafts.extend(found)
                        last, attach = found[-1], True
                        continue
                attach = self._attach_quotes(para, last if attach else None)
                continue
            # Tokens are made here, one paragraph at a time, and let go after it: a long text
            # never holds the tokens of all its paragraphs at once (less for the collector).
            toks.extend(tokenize(text, para.body, para.end, para.regions))
            for a, b in self._sentences(toks, plain=not para.regions):
                found = self._analyze(para, a, b)
                if not found and pi == 0 and a == 0:
                    found = self._headline_colon(para)
                found = [d for d in found if not (d.regions & self.consumed)]
                if found:
                    for d in found:
                        self.consumed |= d.regions
                    drafts.extend(found)
                    last = found[-1]
                    attach = True
                    continue
                quote_only = self._quote_only(para, a, b)
                if quote_only is not None and attach and last is not None:
                    chain = self._chain(quote_only)
                    if not (set(chain) & self.consumed) and not self._cued_later(chain):
                        for g in chain:
                            r = self.regions[g]
                            s, e = _trim(self.text, r.open + 1, r.inner_end, quote=True)
                            if e > s:
                                last.pieces.append((s, e))
                                last.quoted.append(True)
                        self.consumed |= set(chain)
                        last.regions |= set(chain)
                    continue
                if quote_only is not None and quote_only in self.consumed:
                    continue
                attach = False
            toks.clear()
        return self._finish([d for d in drafts if d.pieces])

    def _cued_later(self, chain: list[int]) -> bool:
        """Whether a multi-paragraph quote is attributed where it closes ('"...," he said')."""
        if len(chain) < 2:
            return False
        last = self.regions[chain[-1]]
        para = self.paragraphs[self.region_para[chain[-1]]]
        return (
            not para.lazy
            and last.close is not None
            and _WORD.search(self.text, last.close, para.end) is not None
        )

    def _attach_quotes(self, para: _Paragraph, last: _Draft | None) -> bool:
        """Attach the leading quotes of a paragraph without cues to *last*.

        Returns whether attachment may go on (no narrative met).
        """
        text = self.text
        pos = para.body
        for index, region in enumerate(para.regions):
            if _WORD.search(text, pos, region.open) is not None:
                return False
            g = para.base + index
            chain = self._chain(g)
            if self._cued_later(chain):
                return True  # the quote's own cue comes later: leave it to that statement
            if last is not None and not (set(chain) & self.consumed):
                for c in chain:
                    r = self.regions[c]
                    s, e = _trim(text, r.open + 1, r.inner_end, quote=True)
                    if e > s:
                        last.pieces.append((s, e))
                        last.quoted.append(True)
                self.consumed |= set(chain)
                last.regions |= set(chain)
            elif g not in self.consumed:
                return False
            pos = region.inner_end + 1
        return last is not None and _WORD.search(text, pos, para.end) is None

    def _transcript_line(self, para: _Paragraph) -> _Draft | None:
        """A transcript line or a speaker introducing a quotation with a colon.

        As in 'BOULDUAN: Why not debate?' and 'Rep. Trey Gowdy (R-S.C.): "I have not heard"'.
        """
        if self.text.find(":", para.body, para.end) < 0:
            return None  # the pattern needs a colon: most paragraphs have none
        m = _TRANSCRIPT.match(self.text, para.body, para.end, timeout=REGEX_TIMEOUT)
        if m is None:
            return None
        words = m.group("speaker").lower().split()
        if any(w in _CUE_WORDS or w.strip(".,'") in _RUBRICS for w in words):
            return None  # "She added: ..." is read by its cue; "UPDATE: ..." is a rubric
        caps = m.group("caps")
        if caps is not None and len(caps.replace(" ", "")) < 4:
            return None  # "US: Mac and cheese": a list label
        if caps is None and self.text[m.start("content")] not in _OPEN_QUOTE_CHARS:
            return None
        s, e = _trim(self.text, m.start("content"), m.end("content"), quote=True)
        if e - s < 2:
            return None
        quoted = self.text[m.start("content")] in _OPEN_QUOTE_CHARS
        regions = {para.base + i for i, r in enumerate(para.regions) if s - 1 <= r.open < e}
        return _Draft(
            cue=m.span("colon"),
            speaker=m.span("speaker"),
            pieces=[(s, e)],
            quoted=[quoted],
            regions=regions,
            rule="transcript",
        )

    def _headline_colon(self, para: _Paragraph) -> list[_Draft]:
        """'Kasich: We Are Going To Go All The Way': a headline giving a speaker's words."""
        m = _HEADLINE_COLON.match(self.text, para.body, para.end, timeout=REGEX_TIMEOUT)
        if m is None:
            return []
        words = m.group("speaker").split()
        if (
            len(words) > 5
            or words[0] in {"The", "A", "An"}
            or any(w.lower() in _VERBISH or is_cue_form(w.lower()) for w in words)
            or any(w.lower().strip(".,") in _RUBRICS for w in words)
        ):
            # "The Latest: ...", "Factbox: ...", "Exclusive: ..." are rubrics, not speakers.
            return []
        s, e = _trim(self.text, m.start("content"), m.end("content"))
        if e <= s:
            return []
        quoted = self.text[s - 1] in _OPEN_QUOTE_CHARS if s > 0 else False
        return [
            _Draft(
                cue=m.span("colon"),
                speaker=m.span("speaker"),
                pieces=[(s, e)],
                quoted=[quoted],
                rule="headline-colon",
            )
        ]

    def _quote_only(self, para: _Paragraph, a: int, b: int) -> int | None:
        toks = para.tokens
        if a >= b:
            return None
        first = toks[a]
        if first.mark == "open":
            ri = para.opens.get(first.start, -1)
        elif first.quote >= 0:
            ri = first.quote
        else:
            return None
        if ri < 0:
            return None
        region = para.regions[ri]
        outside = [t for t in toks[a:b] if t.is_word and t.quote != ri]
        if outside:
            # '"...," which votes June 7.': a short trailing remark after the quote is the
            # writer's; the quote still continues the statement before it.
            after = [t for t in toks[a:b] if region.close is not None and t.start > region.close]
            if (
                region.close is None
                or len(outside) > 8
                or any(t.start < region.open for t in outside)
                or not after
                or after[0].text != ","
                or any(t.low in _CUE_WORDS or t.mark is not None for t in after)
            ):
                return None
        if region.close is not None and any(
            t.start > region.close and t.mark == "open" for t in toks[a:b]
        ):
            return None
        return para.base + ri

    def _finish(self, drafts: list[_Draft]) -> list[Statement]:
        text = self.text
        if not drafts:
            return []
        resolver = Resolver(text)
        out: list[Statement] = []
        speakers: list[Speaker | None] = []
        pending: list[int] = []
        for d in drafts:
            speaker: Speaker | None = None
            if d.speaker is not None:
                s, e = d.speaker
                mention = text[s:e]
                name, description = resolver.resolve(
                    mention, d.antecedent, e, appositive=d.description
                )
                speaker = Speaker(
                    text=mention,
                    span=Span(s, e),
                    name=name,
                    description=d.description or description,
                )
                if name is None and _cataphoric(mention):
                    pending.append(len(speakers))
                elif name is not None and pending and resolver.is_person(name):
                    # "There is always something new ..., the head of state emphasized" in a
                    # standfirst names its speaker only later: give the earlier mentions the name.
                    # A pronoun takes the name only when the gender fits ("she" is no Magic
                    # Johnson).
                    for index in pending:
                        earlier = speakers[index]
                        if earlier is not None and resolver.agrees(earlier.text, name):
                            speakers[index] = attrs.evolve(earlier, name=name)
                    pending = []
            speakers.append(speaker)
        # A quoted fragment needs a quote mark: most texts of plain reported speech have none.
        fragments = self.single or any(mark in text for mark in _FRAGMENT_CHARS)
        for d, speaker in zip(drafts, speakers, strict=True):
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
            kind = self._kind(d, pieces, fragments=fragments)
            cue = Cue(text=text[d.cue[0] : d.cue[1]], span=Span(*d.cue))
            edges = [d.cue[0], d.cue[1], first_start, last_end]
            if d.speaker is not None:
                edges += list(d.speaker)
            out.append(
                Statement(
                    kind=kind,
                    speaker=speaker,
                    cue=cue,
                    content=content,
                    via=d.via,
                    span=Span(min(edges), max(edges)),
                    rule=d.rule,
                )
            )
        out.sort(key=lambda st: (st.span.start, st.cue.span.start))
        return out

    def _kind(
        self, d: _Draft, pieces: list[tuple[int, int]], *, fragments: bool = True
    ) -> StatementKind:
        """Direct, mixed or indirect; *fragments* False when the text has no quote mark."""
        if all(d.quoted) and not d.that:
            return StatementKind.DIRECT
        text = self.text
        if any(d.quoted):
            return StatementKind.MIXED
        if not fragments:
            return StatementKind.INDIRECT
        if self.single:
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


def _financial_notes(toks: Sequence[Token], i: int, a: int, b: int) -> bool:
    """Whether "notes" at *i* is the debt security, not the verb ("the report notes that").

    Business copy uses the noun far more than the verb: "8-3/8 pct notes due March 1, 1997",
    "floating rate notes", "Treasury Notes", "cash and notes" (Reuters-21578). The verb is
    never capitalised inside a sentence; it follows its subject (a name, a pronoun, or a noun
    such as "report" or "analyst", never a modifier such as "pct", "senior" or "seven-year")
    and comes before its object ("that", "the", a name, a comma), never before another
    lower-case word ("notes due", "notes would", "notes paying").
    """
    tok = toks[i]
    if i > a and tok.is_cap:
        return True  # "Senior Notes", "Treasury Notes", "NOTES" in a headline
    if i + 1 < b:
        nxt = toks[i + 1]
        if nxt.low.replace("\u2019", "'").split("'", 1)[0] in PRONOUNS:
            return False  # "the email notes that ...", "but notes he'll have to wait"
        if (
            nxt.is_word
            and not nxt.is_cap
            and nxt.low not in DETERMINERS
            and not nxt.low.endswith("ly")
        ):
            return True
    k = i - 1
    while k > a and toks[k].low.endswith("ly") and not toks[k].is_cap:
        k -= 1  # "O'Malley frequently notes"
    if k < a:
        return False
    prev = toks[k]
    return prev.text[:1].isdigit() or (
        prev.is_word and not prev.is_cap and prev.low not in _NOTE_SUBJECTS
    )


#: "who asked not to be identified": the words a source's plea for anonymity ends with.
_ANONYMOUS: frozenset[str] = frozenset({"identified", "named", "quoted", "cited"})


def _anonymity(toks: Sequence[Token], k: int, b: int) -> bool:
    """Whether ``toks[k:b]`` opens with "(not) to be identified" (or named, quoted, cited).

    Wire copy's formula for an anonymous source ("a trader, who asked not to be named,
    said ...") is no request that makes a statement: the source's statement has its own cue.
    """
    if k < b and toks[k].low == "not":
        k += 1
    return (
        k + 2 < b
        and toks[k].low == "to"
        and toks[k + 1].low == "be"
        and toks[k + 2].low in _ANONYMOUS
    )


def _after_quote(toks: Sequence[Token], i: int, a: int) -> bool:
    """Whether the cue at *i* follows a closing quote mark, with at most its subject between."""
    k = i - 1
    while k >= a and k > i - 7 and toks[k].is_word and toks[k].quote < 0:
        k -= 1
    return k >= a and toks[k].mark == "close"


def _manner_adverb(low: str) -> bool:
    """Whether a lower-case word is an adverb in -ly ("has categorically denied")."""
    return low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS


def _lower_verb(tok: Token) -> bool:
    """Whether *tok* may be a finite verb after a subject's asides (lower case, no article)."""
    return (
        tok.is_word
        and not tok.is_cap
        and tok.low not in DETERMINERS
        and tok.low not in _PP_STARTS
        and tok.low not in {"and", "or", "but"}
        and tok.low not in _RELATIVES
    )


def _attribution_follows(tokens: Sequence[Token], k: int) -> bool:
    """Whether a short attribution follows a quote ending in ? or ! ('"...?" Lavrov asked.')."""
    for n in range(k, min(len(tokens), k + 7)):
        tok = tokens[n]
        if tok.text == "." and n > k and is_abbreviation(tokens[n - 1]):
            continue  # '"...?" Mrs. Clinton asked.'
        if tok.mark is not None or tok.text in ".!?;":
            return False
        if tok.low in _CUE_WORDS:
            # ... and the sentence ends soon after: '"...?" Lavrov asked on Friday.'
            for m in range(n + 1, min(len(tokens), n + 6)):
                if tokens[m].text in ".!?" or tokens[m].mark is not None:
                    return tokens[m].text in ".!?"
            return n + 1 >= len(tokens)
    return False


def _cataphoric(mention: str) -> bool:
    words = mention.lower().split()
    return words[0] in {"he", "she", "the"} and (
        len(words) == 1 or words[-1] in PERSON_NOUNS or words[-1] == "state"
    )


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _parse_dateline(text: str, pos: int) -> Dateline | None:
    try:
        from wirestory._dateline import parse_dateline  # noqa: PLC0415

        return parse_dateline(text, pos=pos)
    except Exception:  # noqa: BLE001  (another module's bug must not break statements)
        return None


def find_statements(text: str, *, lang: str | None = None) -> list[Statement]:
    """Find the attributed statements of a story, in text order.

    *lang* is the ISO 639-1 code of the text's language; by default it is guessed
    (:func:`~wirestory._lang.detect_language`). Only English is read so far: a text in
    another language gives no statements (English rules find only noise in it).

    >>> [st] = find_statements('"We will help," Lavrov told reporters.')
    >>> st.kind.value, st.speaker.text, st.cue.text, st.content.text, st.rule
    ('direct', 'Lavrov', 'told reporters', 'We will help', 'subject')
    >>> find_statements("„Wir helfen“, sagte der Minister, der nicht in Berlin war.")
    []
    """
    require_str(text)
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"lang must be a str or None, not {type(lang).__name__}")
    if not supported(detect_language(text) if lang is None else lang):
        return []
    return _Extractor(text).run()


def find_body_statements(
    text: str,
    publishers: Iterable[str] = (),
    layout: str | None = None,
    lines: list[Line] | None = None,
) -> list[Statement]:
    """:func:`find_statements` for a story body whose dateline was already read and removed.

    The paragraphs are not searched for datelines; *publishers* are the names and codes of
    the dateline's agencies ("Reuters"), whose own reporting ("told Reuters") is no relay.
    When *text* is a copy of a story with its header and trailer blanked out, *layout* is the
    story itself: its lines give the paragraphs (in a one-paragraph Reuters story, the
    indented sign-off " Reuter" is what marks the block as teletype copy); *lines* are the
    layout's :func:`~wirestory._segments.split_lines`, when the caller has them.
    """
    extractor = _Extractor(text, datelines=False, publishers=publishers, layout=layout, lines=lines)
    return extractor.run()
