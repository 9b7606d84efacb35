"""Segment a whole wire story into its parts: :func:`parse_story`.

The story is cut in reading order, and every non-whitespace character lands in exactly one
top-level part:

1. the sign-off at the end ("Reuter", "Reporting by X; Editing by Y"), above any trailing
   furniture ("Related coverage", "Our Standards: ..."), found first so that the body stops
   before it;
2. the dateline, looked for at the start of each of the first lines ("DUSHANBE (Reuters) -");
3. the header above it, line by line: furniture (editor's notes), bylines, photos (a caption
   with its credit, under the headline), then the section and headline from the lines left;
4. the body from the end of the dateline (``dateline.body_start``) up to the sign-off, split
   into paragraphs (:mod:`wirestory._segments`); whole paragraphs that are furniture or photo
   captions are set apart;
5. whatever is left after the sign-off, and any text no rule claimed, as
   :class:`~wirestory.Furniture` (``OTHER`` when nothing better fits): nothing is dropped.

The first paragraph starts where the dateline ends, so parts never overlap; the dateline
stays available as ``story.dateline``. The parsers of the parts (datelines, bylines,
captions, sign-offs, statements) live in their own modules; this one only decides where
each of them is asked to look.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import regex

from wirestory import _bylines, _credits, _dateline, _signoff, _statements
from wirestory._agencies import lookup_agency
from wirestory._checks import REGEX_TIMEOUT, require_str
from wirestory._furniture import RELATED_WORDS, furniture_kind
from wirestory._lang import detect_language, supported
from wirestory._models import (
    Byline,
    Dateline,
    Furniture,
    FurnitureKind,
    Headline,
    Paragraph,
    Photo,
    Section,
    Signoff,
    Span,
    SpeakerEntity,
    Statement,
    Story,
)
from wirestory._segments import (
    Line,
    iter_blocks,
    iter_blocks_backwards,
    last_block,
    last_paragraph,
    split_block,
    split_lines,
    split_paragraphs,
    trim,
)
from wirestory._speaker_list import list_speakers

__all__ = ["parse_story"]

_M = TypeVar("_M")

#: How far down a story its dateline may sit: after a section, headline, bylines, photos
#: and notes, but never below the first lines (a mid-story "WASHINGTON -" is not one).
_MAX_HEADER_LINES = 12
_MAX_HEADER_CHARS = 6000
#: A header line longer than this is body text, so no dateline can follow it.
_MAX_HEADER_LINE = 600
#: Section labels are short ("Caspian Region", "WORLD NEWS", "Business").
_MAX_SECTION_CHARS = 40
_MAX_SECTION_WORDS = 4
#: A line longer than this (or ending a sentence) is not a headline in dateline-less copy.
_MAX_HEADLINE_CHARS = 200
#: Captions and link-list items in the body are short.
_MAX_CAPTION_CHARS = 800
_MIN_CAPTION_WORDS = 4
_MAX_RELATED_ITEM = 160
_MAX_RELATED_ITEMS = 12
_SENTENCE_END = frozenset('.!?"”')
#: How many trailing blocks may hold furniture below the sign-off.
_MAX_TRAILER_BLOCKS = 30

#: "By" and a capital, run into other text: "(ATTN: ADDS details)By Lee Minji SEOUL, ...".
_RUN_IN_BY = regex.compile(r"(?<![\p{L}\p{N}])By\ (?=\p{Lu})")


def _run_in_by(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_RUN_IN_BY.search(text, start, end)``; no search where "By " does not occur."""
    if text.find("By ", start, end) < 0:
        return None
    return _RUN_IN_BY.search(text, start, end, timeout=REGEX_TIMEOUT)


#: How many first lines may hold a run-in byline and dateline.
_RUN_IN_LINES = 3
#: A line that opens with "By" is a byline wherever it stands ("By Cal Mankowski, Reuters").
_BY = regex.compile(r"by\b", regex.IGNORECASE)
_BY_OPENINGS = frozenset(("by", "By", "bY", "BY"))
#: A writer's role on the line under a byline: "AP Business Writer", "Chief Correspondent".
_ROLE_LINE = regex.compile(
    r"""
    (?:[\p{L}.\-]+\ ){0,4}                   # AP Business, Chief, Staff
    (?:Writer|Correspondent|Editor|Reporter|Columnist|Contributor)  # the role noun
    s?                                      # Writers
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: What marks a line as a photo credit: "REUTERS/Kevin Lamarque", "Pool via REUTERS",
#: "(AP Photo/Evan Vucci)", "Getty Images", "Handout", "Courtesy of ...".
_CREDIT_MARK = regex.compile(
    r"""
    /                                       # Photographer/AGENCY
    | \b(?:via|photo|photograph|pictures?|images?|handout|pool|courtesy)\b  # credit words
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: A part of every word of _CREDIT_MARK, in lower case (a cheap test before the pattern).
_CREDIT_WORDS = ("via", "photo", "picture", "image", "handout", "pool", "courtesy")
#: The credit marks :class:`_Marks` looks for: the slash and the credit words.
_MARK_NEEDLES = ("/", *_CREDIT_WORDS)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _shift(model: _M, offset: int) -> _M:
    """Return *model* with every span (and ``body_start``) moved by *offset* characters."""
    if offset == 0:
        return model
    return _shift_value(model, offset)  # type: ignore[no-any-return]


def _shift_value(value: Any, offset: int) -> Any:
    cls = type(value)
    if cls in _PLAIN:
        return value  # no span in it (names, texts, flags, codes)
    if cls is Span:
        return Span(value.start + offset, value.end + offset)
    if cls is tuple:
        return tuple([_shift_value(item, offset) for item in value])
    fields = _init_fields(cls)
    if fields is None:
        return value.shift(offset) if isinstance(value, Span) else value
    # What attrs.evolve does, without its per-call look-ups: every init field, shifted.
    values: dict[str, Any] = {}
    for name, alias in fields:
        item = getattr(value, name)
        if type(item) not in _PLAIN:
            item = _shift_value(item, offset)
        elif name == "body_start" and isinstance(item, int):
            item += offset
        values[alias] = item
    return cls(**values)


#: Types whose values hold no span: shifted as they are (the test is one set look-up).
_PLAIN: frozenset[type] = frozenset((type(None), str, int, float, bool))


def _init_fields(cls: type) -> tuple[tuple[str, str], ...] | None:
    """The (name, alias) of each init field of an attrs class, or ``None`` for other types."""
    if cls in _FIELDS:
        return _FIELDS[cls]
    fields = (
        tuple((field.name, field.alias) for field in attrs.fields(cls) if field.init)
        if attrs.has(cls)
        else None
    )
    _FIELDS[cls] = fields
    return fields


#: :func:`_init_fields` by class, filled as classes are met.
_FIELDS: dict[type, tuple[tuple[str, str], ...] | None] = {}


def _within(span: Span, start: int, end: int) -> bool:
    return start <= span.start <= span.end <= end


def _call(function: Callable[[str], _M | None], text: str, start: int, end: int) -> _M | None:
    """Run a part parser on ``text[start:end]``; return its result in absolute offsets.

    A result whose span falls outside the slice is refused, so that parts never overlap.
    """
    try:
        result = function(text[start:end])
    except TimeoutError:  # a part parser's regex backstop (REGEX_TIMEOUT) fired: no part
        return None
    if result is None:
        return None
    shifted = _shift(result, start)
    span = getattr(shifted, "span", None)
    if not isinstance(span, Span) or not _within(span, start, end):
        return None
    return shifted


def _blank_from(text: str, start: int) -> bool:
    """Whether ``text[start:]`` is white space only (no paragraph there: every line is blank).

    Blank is what :meth:`str.isspace` says (as for :func:`~wirestory._segments.split_lines`);
    most stories end in a line break after their sign-off.
    """
    return start >= len(text) or text[start:].isspace()


def _check_date(reference_date: object) -> None:
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )


# --------------------------------------------------------------------------------------------
# sign-off and dateline
# --------------------------------------------------------------------------------------------


class _Tail:
    """The paragraphs of the last ``_MAX_TRAILER_BLOCKS`` blocks, split only as far as read.

    ``tail[j]`` is the *j*-th paragraph from the end (``tail[0]`` the last), ``None`` past
    the first of those blocks; blocks are split from the end only as far as they are read,
    so a story whose trailer check stops at its last paragraphs never splits the rest. A
    block is split whole (:func:`~wirestory._segments.split_block`, its paragraphs then
    read last first): one list costs less than a generator per paragraph.
    """

    def __init__(self, text: str, lines: list[Line]) -> None:
        self._text = text
        self._blocks = itertools.islice(iter_blocks_backwards(lines), _MAX_TRAILER_BLOCKS)
        self._read: list[tuple[int, int]] = []  # paragraphs so far, last first

    def __getitem__(self, index: int) -> tuple[int, int] | None:
        read = self._read
        while index >= len(read):
            block = next(self._blocks, None)
            if block is None:
                return None
            read.extend(reversed(split_block(self._text, block)))
        return read[index]


def _trailer_start(text: str, lines: list[Line], lowered: str) -> int:
    """Where the furniture trailing a story begins, or ``len(text)``.

    "Related coverage" lists and "Our Standards: ..." lines follow the sign-off, which is
    looked for above them. Paragraphs are counted from the end (``back``); a run of
    "Related" link titles may reach up to ``_MAX_RELATED_ITEMS`` paragraphs above.

    Most stories hold no "Related" heading (*lowered*, the story folded by
    :func:`~wirestory._credits.caseless`, has none of its words): then link titles are never
    cut, only furniture at the very end, and a last paragraph that is none ends the search
    before any block is split whole.
    """
    if not any(map(lowered.__contains__, RELATED_WORDS)):
        block = last_block(lines)
        if block is None or furniture_kind(text, *last_paragraph(text, block)) is None:
            return len(text)
    tail = _Tail(text, lines)
    cut = len(text)
    back = 0
    while (span := tail[back]) is not None:
        start, end = span
        kind = furniture_kind(text, start, end)
        if kind is not None:
            cut, back = start, back + 1
            continue
        # No furniture, so no "Related" heading: the run of link titles starts here, if any.
        if not _related_item(text, start, end):
            break
        heading = back + 1
        while (item := tail[heading]) is not None and heading - back < _MAX_RELATED_ITEMS:
            if furniture_kind(text, *item) is FurnitureKind.RELATED:
                break
            if not _related_item(text, *item):
                item = None
                break
            heading += 1
        if item is None or heading - back >= _MAX_RELATED_ITEMS:
            break
        cut, back = item[0], heading + 1
    return cut


def _related_item(text: str, start: int, end: int) -> bool:
    """Whether a paragraph looks like a link title in a "Related coverage" list."""
    return (
        end - start <= _MAX_RELATED_ITEM
        and "\n" not in text[start:end]
        and text[end - 1] not in _SENTENCE_END
    )


def _find_signoff(text: str, lines: list[Line], lowered: str) -> Signoff | None:
    """The closing credit lines, from the sign-off finder, with absolute spans."""
    cut = _trailer_start(text, lines, lowered)
    try:
        found = _signoff.find_signoff(text[:cut] if cut < len(text) else text)
    except TimeoutError:  # the regex backstop fired: no sign-off
        return None
    if found is not None and _within(found.span, 0, cut):
        return found
    return None


def _find_dateline(text: str, content: list[Line], limit: int) -> tuple[Dateline | None, int]:
    """The dateline opening one of the first lines, and the index of that line.

    A headline with a dash can read as a dateline ("U.S., ARGENTINA SETTLE SOYPRODUCT CASE
    - YEUTTER", Reuters-21578): a line whose text after the "dateline" is a short fragment,
    not a sentence, is taken only when no later line opens with a dateline.
    """
    fallback: tuple[Dateline | None, int] = (None, -1)
    for index, line in enumerate(content[:_MAX_HEADER_LINES]):
        if line.lstart >= limit or line.lstart > _MAX_HEADER_CHARS:
            break
        try:
            dateline = _dateline.parse_dateline(text, pos=line.lstart)
        except TimeoutError:  # the regex backstop fired: no dateline here
            dateline = None
        if (
            dateline is not None
            and line.lstart <= dateline.span.start
            and dateline.span.end <= dateline.body_start <= limit
            and dateline.span.start < line.rend
        ):
            if not _title_like_rest(text, line, dateline, content, index):
                return dateline, index
            if fallback[0] is None:
                fallback = (dateline, index)
        if line.rend - line.lstart > _MAX_HEADER_LINE:
            break
    if fallback[0] is not None:
        return fallback
    return _run_in_dateline(text, content, limit)


def _run_in_dateline(text: str, content: list[Line], limit: int) -> tuple[Dateline | None, int]:
    """A dateline after a byline run into the first line of flattened copy.

    Yonhap pages as scraped: "(3rd LD) NK leader-mausoleum ... (ATTN: REWRITES lead)By Lee
    Minji SEOUL, Jan. 2 (Yonhap) -- North Korean leader ...".
    """
    for index, line in enumerate(content[:_RUN_IN_LINES]):
        stop = min(line.rend, line.lstart + _MAX_HEADER_LINE, limit)
        match = _run_in_by(text, line.lstart, stop)
        if match is None:
            continue
        try:
            dateline = _dateline.parse_dateline(text, pos=match.start())
        except TimeoutError:  # the regex backstop fired: no dateline here
            continue
        if (
            dateline is not None
            and match.end() < dateline.span.start < line.rend
            and dateline.body_start <= limit
        ):
            return dateline, index
    return None, -1


def _segments_before(text: str, line: Line, end: int) -> list[Line]:
    """The text of *line* before *end* as header lines: a title and a run-in byline."""
    start, stop = trim(text, line.lstart, end)
    if start >= stop:
        return []
    match = _run_in_by(text, start, stop)
    cuts = [start, stop] if match is None else [start, match.start(), stop]
    segments = []
    for left, right in itertools.pairwise(cuts):
        seg_start, seg_end = trim(text, left, right)
        if seg_start < seg_end:
            segments.append(Line(left, right, seg_start, seg_end))
    return segments


def _title_like_rest(
    text: str, line: Line, dateline: Dateline, content: list[Line], index: int
) -> bool:
    """Whether a dateline's line goes on with a headline's tail rather than a story."""
    if index + 1 >= len(content):
        return False
    next_line = content[index + 1]
    if text.count("\n", line.rend, next_line.lstart) < 2:
        return False  # the line runs on into the next: a wrapped first paragraph
    rest = text[dateline.span.end : line.rend].strip()
    return len(rest) <= _MAX_SECTION_CHARS and (not rest or rest[-1] not in _SENTENCE_END)


# --------------------------------------------------------------------------------------------
# header: section, headline, bylines, photos
# --------------------------------------------------------------------------------------------


@attrs.define
class _Parts:
    """The parts collected so far (mutable while the story is being cut)."""

    section: Section | None = None
    headline: Headline | None = None
    bylines: list[Byline] = attrs.Factory(list)
    photos: list[Photo] = attrs.Factory(list)
    paragraphs: list[Paragraph] = attrs.Factory(list)
    furniture: list[Furniture] = attrs.Factory(list)

    def other(self, text: str, start: int, end: int) -> None:
        """Keep ``text[start:end]`` as furniture of the best kind, ``OTHER`` by default."""
        start, end = trim(text, start, end)
        if start >= end:
            return
        kind = furniture_kind(text, start, end) or FurnitureKind.OTHER
        self.furniture.append(_furniture(text, start, end, kind))


def _furniture(text: str, start: int, end: int, kind: FurnitureKind) -> Furniture:
    return Furniture(kind=kind, text=text[start:end], span=Span(start, end))


class _Marks:
    """Where a story may carry a credit mark: a "/" or one of ``_CREDIT_WORDS``.

    Looked for case-blind in the folded story (:func:`~wirestory._credits.caseless` maps
    every character to one character on its own, so a word lies in the folded slice exactly
    when it lies in the slice of the folded story); a paragraph holding none of them is no
    credit (:func:`_credit_like` needs one). Most stories hold no mark at all (four in five
    of Reuters-21578): an ``in`` test per mark says so at once. Otherwise each paragraph is
    searched for the marks the story holds (``str.find`` bounded by the paragraph: linear).
    """

    def __init__(self, text: str, lowered: str | None = None) -> None:
        if lowered is None:
            lowered = _credits.caseless(text)
        self._lowered = lowered
        self._needles: list[str] | None = None
        if len(lowered) != len(text):
            return  # never (see caseless); then every paragraph is checked in full
        self._needles = [needle for needle in _MARK_NEEDLES if needle in lowered]

    def within(self, start: int, end: int) -> bool:
        """Whether a mark lies wholly inside ``[start, end)`` (always true when unknown)."""
        needles = self._needles
        if needles is None:
            return True
        if not needles:
            return False
        lowered = self._lowered
        return any(lowered.find(needle, start, end) >= 0 for needle in needles)


def _credit_like(text: str, start: int = 0, end: int | None = None) -> bool:
    stop = len(text) if end is None else end
    chunk = text[start:stop]
    if "/" in chunk:
        return True  # _CREDIT_MARK's first alternative
    # Each of _CREDIT_MARK's words holds one of these, found case-blind by caseless().
    lowered = _credits.caseless(chunk)
    for word in _CREDIT_WORDS:
        if word in lowered:
            return _CREDIT_MARK.search(text, start, stop, timeout=REGEX_TIMEOUT) is not None
    return False


def _photo(text: str, start: int, end: int, *, caption_needed: bool = False) -> Photo | None:
    """A caption with its credit (or, unless *caption_needed*, a credit alone).

    The credit parser reads any line it is given as a credit; in a story a line is taken
    for one only when it carries a credit's marks (a slash, "via", "Photo", "Getty"...).
    In the body a credit must follow a caption of a few words: a table row such as
    "Baltimore/" or "Oct/Dec   Jan/Dec" (Reuters-21578) is no photo.

    The credit is found once; the caption is read only when the credit passes (a line
    with no credit is no photo, with or without a caption).
    """
    if not _credit_like(text, start, end):
        return None
    chunk = text[start:end]
    # A credit the photo keeps holds a slash or a credit word (_credit_like of its text); a
    # paragraph whose only marks are slashes no credit can hold ("1-1/16", "1986/87": 1987
    # Reuters copy's fractions and seasons) has none, and the credit is not searched for.
    if _slashes_only(chunk) and _credits.slash_in_no_credit(chunk):
        return None
    try:
        credit = _credits.find_photo_credit(chunk)
        if credit is None or not _credit_like(credit.text):
            return None
        if caption_needed:
            bounds = _credits.caption_bounds(chunk, credit)
            if bounds is None or not _caption_like(chunk[bounds.start : bounds.end]):
                return None
        photo = _credits.caption_photo(chunk, credit)
    except TimeoutError:  # a part parser's regex backstop (REGEX_TIMEOUT) fired: no part
        return None
    return None if photo is None else _shift(photo, start)


def _slashes_only(chunk: str) -> bool:
    """Whether *chunk* holds none of ``_CREDIT_WORDS`` (case-blind): only slashes mark it."""
    lowered = _credits.caseless(chunk)
    return not any(map(lowered.__contains__, _CREDIT_WORDS))


def _caption_like(text: str) -> bool:
    """Whether a caption reads as a sentence of a few words (not a table row)."""
    words = text.split()
    return len(words) >= _MIN_CAPTION_WORDS and any(map(str.islower, text))


def _byline(text: str, start: int, end: int, *, after_title: bool) -> Byline | None:
    """A byline line: one opening with "By", or (under a title) any line parse_byline reads.

    :func:`~wirestory.parse_byline` owns the rule for a line of names alone ("Nazarali
    Pirnazarov" is a byline, "Oil Prices Rise" is not); above any title only "By" counts.
    """
    # _BY needs "by" case-blind first; only "b"/"B" and "y"/"Y" match those letters so.
    if after_title or (
        text[start : start + 2] in _BY_OPENINGS
        and _BY.match(text, start, end, timeout=REGEX_TIMEOUT)
    ):
        return _call(_bylines.parse_byline, text, start, end)
    return None


def _header(text: str, lines: list[Line], parts: _Parts) -> None:
    """Classify the header lines above the dateline (or above the body)."""
    titles: list[tuple[int, int]] = []
    previous_byline = False
    for line in lines:
        start, end = line.lstart, line.rend
        if previous_byline:
            extended = _affiliation(text, parts.bylines[-1], start, end)
            if extended is not None:
                parts.bylines[-1] = extended
                continue
        previous_byline = False
        kind = furniture_kind(text, start, end)
        # A line of ticker codes above everything else is a 1987 headline: "<CONSOLIDATED
        # PLANTATIONS BHD>" (Reuters-21578 names companies that way).
        if kind is not None and (titles or kind is not FurnitureKind.TICKER):
            parts.furniture.append(_furniture(text, start, end, kind))
            continue
        byline = _byline(text, start, end, after_title=bool(titles))
        if byline is not None:
            parts.bylines.append(byline)
            previous_byline = True
            continue
        # Photos sit under the headline; above it, a slash is a headline's ("TALKING POINT/").
        photo = _photo(text, start, end) if titles else None
        if photo is not None:
            parts.photos.append(photo)
            continue
        titles.append((start, end))
    if not titles:
        return
    first = titles[0]
    if len(titles) >= 2 and _is_section(text, *first, other=titles[1]):
        parts.section = Section(text=text[first[0] : first[1]], span=Span(*first))
        titles = titles[1:]
    start, end = titles[0]
    parts.headline = Headline(text=text[start:end], span=Span(start, end))
    for start, end in titles[1:]:
        parts.other(text, start, end)


def _affiliation(text: str, byline: Byline, start: int, end: int) -> Byline | None:
    """*byline* extended over the line under it, when that line is an affiliation.

    AP puts the organisation or the role on its own line: "By JOHN DOE" then "Associated
    Press" or "AP Business Writer".
    """
    line = text[start:end]
    span = Span(byline.span.start, end)
    if byline.organization is None and lookup_agency(line) is not None:
        return attrs.evolve(byline, organization=line, span=span, text=span.slice(text))
    if byline.role is None and _ROLE_LINE.fullmatch(line, timeout=REGEX_TIMEOUT):
        return attrs.evolve(byline, role=line, span=span, text=span.slice(text))
    return None


def _is_section(text: str, start: int, end: int, *, other: tuple[int, int]) -> bool:
    """Whether a short title line above a longer one is a section label.

    Labels are a few capitalised words ("Caspian Region", "WORLD NEWS", "U.S. Legal News");
    a short headline in sentence case ("Storm hits port") is no label.
    """
    words = text[start:end].split()
    return (
        end - start <= _MAX_SECTION_CHARS
        and len(words) <= _MAX_SECTION_WORDS
        and end - start < other[1] - other[0]
        and all(not word[0].isalpha() or word[0].isupper() for word in words)
    )


def _headline_like(text: str, line: Line) -> bool:
    """Whether a line could head a story that has no dateline."""
    length = line.rend - line.lstart
    return 0 < length <= _MAX_HEADLINE_CHARS and text[line.rend - 1] not in ".,;:"


def _guess_header(text: str, lines: list[Line], limit: int) -> list[Line]:
    """The header lines of a story without a dateline: leading one-line blocks."""
    header: list[Line] = []
    chunks = iter_blocks(itertools.takewhile(lambda line: line.rend <= limit, lines))
    block = next(chunks, None)
    while block is not None:
        following = next(chunks, None)
        if len(block) != 1 or len(header) >= _MAX_HEADER_LINES:
            break
        line = block[0]
        if (
            not _headline_like(text, line)
            and furniture_kind(text, line.lstart, line.rend) is None
            and (not header or _photo(text, line.lstart, line.rend) is None)
        ):
            break  # body text (a caption counts only under a headline)
        if following is None and header:
            break  # a headline, then one line of body
        header.append(line)
        block = following
    return header


# --------------------------------------------------------------------------------------------
# body
# --------------------------------------------------------------------------------------------


def _body(
    text: str,
    lines: list[Line],
    start: int,
    end: int,
    parts: _Parts,
    *,
    has_dateline: bool,
    marks: _Marks,
) -> None:
    """Split ``text[start:end]`` into paragraphs, setting furniture and captions apart."""
    spans = split_paragraphs(text, start, end, lines=lines)
    paragraphs = parts.paragraphs
    listed = 0  # the spans before this one are read (a "Related" list reads ahead)
    for index, (p_start, p_end) in enumerate(spans):
        if index < listed:
            continue
        kind = furniture_kind(text, p_start, p_end)
        if kind is not None:
            stop = p_end
            if kind is FurnitureKind.RELATED:
                listed, stop = _related_list(text, spans, index + 1, p_end)
            parts.furniture.append(_furniture(text, p_start, stop, kind))
            continue
        # The opening paragraph after a dateline is no caption; and a credit needs one of its
        # marks (see _credit_like): most paragraphs hold none.
        if (
            (index or not has_dateline)
            and p_end - p_start <= _MAX_CAPTION_CHARS
            and marks.within(p_start, p_end)
            and (photo := _photo(text, p_start, p_end, caption_needed=True)) is not None
        ):
            parts.photos.append(photo)
            continue
        paragraphs.append(Paragraph(text=text[p_start:p_end], span=Span(p_start, p_end)))


def _related_list(text: str, spans: list[tuple[int, int]], index: int, end: int) -> tuple[int, int]:
    """Extend a "Related coverage" heading over the short link titles under it."""
    first = index
    while index < len(spans) and index - first < _MAX_RELATED_ITEMS:
        start, stop = spans[index]
        if not _related_item(text, start, stop):
            break
        end = stop
        index += 1
    return index, end


# --------------------------------------------------------------------------------------------
# statements
# --------------------------------------------------------------------------------------------

#: A run of characters other than line breaks (blanked out, one run at a time).
_NOT_LINE_BREAK = regex.compile(r"[^\r\n]+")


def _blank(text: str) -> str:
    """*text* with every character but line breaks replaced by a space (same length)."""
    if not text:
        return text
    # No ``timeout``: one character class, repeated, cannot backtrack (``regex`` would read
    # the process clock on every match).
    return _NOT_LINE_BREAK.sub(lambda run: " " * len(run[0]), text)


def _body_statements(
    text: str, lines: list[Line], paragraphs: list[Paragraph], dateline: Dateline | None
) -> tuple[tuple[Statement, ...], tuple[SpeakerEntity, ...]]:
    """Statements in the body, with absolute spans.

    The text above the first paragraph and below the last is blanked out (same length,
    line breaks kept), so that headlines and captions are not read as speech. The dateline
    was read already: the body is not searched for one, and its agencies are the publishers
    (their own reporting, "told Reuters", is no relay). The speakers of the statements are
    listed from the same text (:func:`wirestory._speaker_list.list_speakers`).
    """
    if not paragraphs:
        return (), ()
    first, last = paragraphs[0].span.start, paragraphs[-1].span.end
    masked = _blank(text[:first]) + text[first:last] + _blank(text[last:])
    publishers = [
        name
        for agency in (dateline.agencies if dateline else ())
        for name in (agency.name, agency.code)
    ]
    try:
        found = _statements.find_body_statements(masked, publishers, layout=text, lines=lines)
    except TimeoutError:  # the regex backstop fired on pathological text: no statements
        return (), ()
    statements = [
        statement
        for statement in found
        if first <= statement.span.start and statement.span.end <= last
    ]
    try:
        return list_speakers(masked, statements)
    except TimeoutError:  # the regex backstop: the statements, without their speaker list
        return tuple(statements), ()


# --------------------------------------------------------------------------------------------
# the whole story
# --------------------------------------------------------------------------------------------


def _story_date(dateline: Dateline | None, reference_date: dt.date | None) -> dt.date | None:
    """The dateline's date as a calendar date, when the text or the reference fixes a year."""
    if dateline is None or dateline.date is None:
        return None
    if dateline.date.year is None and reference_date is None:
        return None
    try:
        return dateline.date.resolve(reference_date or dt.date.max)
    except ValueError:  # "Feb 30", "April 31": a typo names no calendar day
        return None


#: The sort key of a span: its start, then its end (a C-level getter).
_span_key: Callable[[Span], tuple[int, int]] = operator.attrgetter("start", "end")
#: The same for a part with a span (a photo, a piece of furniture).
_part_key: Callable[[Photo | Furniture], tuple[int, int]] = operator.attrgetter(
    "span.start", "span.end"
)


def _fill_gaps(text: str, parts: _Parts, claimed: list[Span]) -> None:
    """Keep every run of text no part claimed as furniture, so that nothing is dropped."""
    spans = sorted(claimed, key=_span_key)
    position = 0
    for span in spans:
        # A gap of white space only (most of them) is no furniture: other() would trim it away.
        if span.start > position and not text[position : span.start].isspace():
            parts.other(text, position, span.start)
        position = max(position, span.end)
    if position < len(text) and not text[position:].isspace():
        parts.other(text, position, len(text))


def parse_story(
    text: str, *, reference_date: dt.date | None = None, statements: bool = True
) -> Story:
    r"""Parse a whole wire story into its parts.

    The parts: section, headline, bylines, photos, dateline, paragraphs, statements,
    sign-off and furniture.

    Every non-whitespace character of *text* belongs to exactly one of those top-level
    parts; text no rule recognises is kept as :class:`~wirestory.Furniture` of kind
    ``OTHER``. Empty or odd input gives a sparse :class:`~wirestory.Story`, never an error.

    Args:
        text: The story as plain text.
        reference_date: The day the story was filed, if known (a :class:`datetime.date`).
            The dateline's month and day are resolved against it
            (:meth:`wirestory.DatelineDate.resolve`) into ``story.date``; a dateline that
            states its year needs no reference. It does not change the segmentation.
        statements: Whether to find the statements (spaCy's ``disable=`` habit): with
            ``False`` the story is the same but for ``statements=()`` and ``lang=None``,
            at a fraction of the cost. With ``True`` the story's language is guessed
            (``story.lang``) and statements are read when it has a language pack.

    >>> story = parse_story("WORLD NEWS\n\nStorm hits port\n\nPort closed.\n\nMore later.")
    >>> story.section.text, story.headline.text, [p.text for p in story.paragraphs]
    ('WORLD NEWS', 'Storm hits port', ['Port closed.', 'More later.'])
    >>> parse_story("").paragraphs
    ()
    """
    require_str(text)
    _check_date(reference_date)
    lang = detect_language(text) if statements else None
    read = lang is not None and supported(lang)
    lines = split_lines(text)
    content = [line for line in lines if line.lstart < line.rend]  # not line.blank
    if not content:
        return Story(text=text)  # no words, no language
    parts = _Parts()

    lowered = _credits.caseless(text)
    signoff = _find_signoff(text, lines, lowered)
    limit = signoff.span.start if signoff is not None else len(text)

    dateline, index = _find_dateline(text, content, limit)
    if dateline is not None:
        # Text before the dateline on its own line is header: a run-in byline ("By Marwan
        # Makdisi DAMASCUS (Reuters) - ..." in flattened copy) or a flattened headline.
        header = content[:index] + _segments_before(text, content[index], dateline.span.start)
        body_start = dateline.body_start
    else:
        header = _guess_header(text, lines, limit)
        body_start = header[-1].end if header else 0
    _header(text, header, parts)
    marks = _Marks(text, lowered)
    _body(text, lines, body_start, limit, parts, has_dateline=dateline is not None, marks=marks)
    if signoff is not None and not _blank_from(text, signoff.span.end):
        _body(text, lines, signoff.span.end, len(text), parts, has_dateline=False, marks=marks)

    claimed = [
        *(part.span for part in (parts.section, parts.headline, dateline, signoff) if part),
        *(byline.span for byline in parts.bylines),
        *(photo.span for photo in parts.photos),
        *(paragraph.span for paragraph in parts.paragraphs),
        *(furniture.span for furniture in parts.furniture),
    ]
    _fill_gaps(text, parts, claimed)
    found, speakers = (
        _body_statements(text, lines, parts.paragraphs, dateline) if read else ((), ())
    )

    return Story(
        text=text,
        section=parts.section,
        headline=parts.headline,
        bylines=tuple(parts.bylines),
        photos=tuple(sorted(parts.photos, key=_part_key)),
        dateline=dateline,
        paragraphs=tuple(parts.paragraphs),
        statements=found,
        speakers=speakers,
        signoff=signoff,
        furniture=tuple(sorted(parts.furniture, key=_part_key)),
        date=_story_date(dateline, reference_date),
        lang=lang,
    )
