"""The immutable models wirestory returns.

Every model that comes from text carries a :class:`Span` (``span``) and the exact substring it
covers (``text``), so that ``source[m.span.start:m.span.end] == m.text`` always holds. The models
hold no parsing logic: the ``parse_*`` and ``find_*`` functions build them.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

__all__ = [
    "Agency",
    "Byline",
    "Caption",
    "Content",
    "Credit",
    "Cue",
    "Dateline",
    "DatelineDate",
    "Furniture",
    "FurnitureKind",
    "Headline",
    "Paragraph",
    "Photo",
    "PhotoCredit",
    "Place",
    "Section",
    "Signoff",
    "Source",
    "Span",
    "Speaker",
    "Statement",
    "StatementKind",
    "Story",
]


def _non_negative(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the text that was parsed.

    >>> s = Span(8, 16)
    >>> "LONDON, DUSHANBE (Reuters)"[s.start : s.end]
    'DUSHANBE'
    >>> len(s), s.shift(2)
    (8, Span(start=10, end=18))
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field()

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"end ({value}) must be >= start ({self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def shift(self, offset: int) -> Span:
        """Return this span moved by *offset* characters (to index a padded text)."""
        return Span(self.start + offset, self.end + offset)

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]


# --------------------------------------------------------------------------------------------
# agencies, places, datelines
# --------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Agency:
    """A news agency as written in the text, with its canonical name and short code.

    ``name`` is the canonical full name ("Agence France-Presse"), ``code`` the short form a
    wire uses in its tag ("AFP"); ``text`` is the mention as written ("AFP", "Reuter").
    Agencies that are not in the registry keep the text as written for both.
    """

    name: str
    code: str
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Place:
    """The place of a dateline or caption, as written, with ISO codes where known.

    ``city`` is as written ("DUSHANBE", "BEIJING/SEOUL"), ``region`` the state or province as
    written ("Ga."), ``country`` the country as written ("England"); ``country_code`` is the
    ISO 3166-1 alpha-2 code and ``region_code`` the ISO 3166-2 code ("US-GA") when known.
    """

    city: str
    region: str | None = None
    country: str | None = None
    country_code: str | None = None
    region_code: str | None = None
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class DatelineDate:
    """A month and day as a dateline or caption writes them ("Feb 26", "Jan. 5", "April 28, 2021").

    ``year`` is ``None`` when the text does not state it; :meth:`resolve` then picks the year.
    """

    month: int = attrs.field(
        validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(12))
    )
    day: int = attrs.field(
        validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(31))
    )
    year: int | None = None
    text: str
    span: Span

    def resolve(self, reference: dt.date) -> dt.date:
        """Return the calendar date this stands for, seen from *reference* (the story's date).

        A date with a year is returned as it is. Otherwise, the nearest such date that is not
        after ``reference`` plus one day (datelines name today's or a recent date; the day
        after allows for time zones). February 29 falls back to the nearest leap year.

        >>> import datetime
        >>> d = DatelineDate(month=12, day=30, text="Dec 30", span=Span(0, 6))
        >>> d.resolve(datetime.date(2021, 1, 4))
        datetime.date(2020, 12, 30)
        >>> DatelineDate(month=1, day=5, text="Jan 5", span=Span(0, 5)).resolve(
        ...     datetime.date(2021, 1, 4)
        ... )
        datetime.date(2021, 1, 5)
        """
        if not isinstance(reference, dt.date):
            raise TypeError(f"reference must be a datetime.date, not {type(reference).__name__}")
        if self.year is not None:
            return dt.date(self.year, self.month, self.day)
        latest = reference + dt.timedelta(days=1)
        year = latest.year
        # At most a few years back: February 29 needs a leap year, other days need one step.
        for candidate_year in range(year, year - 9, -1):
            try:
                candidate = dt.date(candidate_year, self.month, self.day)
            except ValueError:  # February 29 in a common year, April 31 ...
                continue
            if candidate <= latest:
                return candidate
        raise ValueError(f"{self.text!r} names no real calendar date")


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens a story: place, date and agency tags.

    ``span`` runs from the dateline's first character through its closing separator (the
    dash, not the space after it); ``body_start`` is where the story text after it begins.
    """

    place: Place | None = None
    date: DatelineDate | None = None
    agencies: tuple[Agency, ...] = ()
    span: Span
    text: str
    body_start: int


# --------------------------------------------------------------------------------------------
# photos, bylines, sign-offs
# --------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class PhotoCredit:
    """A photo credit line: who took the picture and which organisations carry it.

    ``sources`` are the organisations credited, as written and in order, the distributor
    (the "via X") included; ``photographers`` are the people; the flags say whether the
    line marks a pool, handout or file picture.
    """

    photographers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    distributor: str | None = None
    pool: bool = False
    handout: bool = False
    file: bool = False
    courtesy: bool = False
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Caption:
    """A photo caption without its credit, with the place and date it states, if any."""

    text: str
    span: Span
    place: Place | None = None
    date: DatelineDate | None = None


@attrs.frozen(kw_only=True)
class Photo:
    """A photo in a story: its caption and its credit (either may be missing)."""

    caption: Caption | None = None
    credit: PhotoCredit | None = None
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Byline:
    """A byline: the writers' names, their organisation and role as written.

    >>> b = Byline(
    ...     names=("Jane Doe",),
    ...     organization="Reuters",
    ...     text="By Jane Doe, Reuters",
    ...     span=Span(0, 20),
    ... )
    >>> b.names
    ('Jane Doe',)
    """

    names: tuple[str, ...] = ()
    organization: str | None = None
    role: str | None = None
    location: str | None = None
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Credit:
    """One credit of a sign-off: a role ("reporting", "editing", ...) and the names given it."""

    role: str
    names: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Signoff:
    """The closing credit lines of a story ("Reporting by X; Editing by Y", "Reuter")."""

    credits: tuple[Credit, ...] = ()
    span: Span
    text: str


# --------------------------------------------------------------------------------------------
# statements
# --------------------------------------------------------------------------------------------


class StatementKind(enum.Enum):
    """How a statement reports speech."""

    DIRECT = "direct"
    """Wholly in quote marks: ``"We will win," she said.``"""
    INDIRECT = "indirect"
    """Reported speech without quote marks: ``She said they would win.``"""
    MIXED = "mixed"
    """Reported speech with a quoted fragment: ``She said it was "a grave mistake".``"""


@attrs.frozen(kw_only=True)
class Speaker:
    """Who made a statement, as written, with the proper name it resolves to.

    ``name`` is the resolved proper name ("Sergei Lavrov" for "He", "Lavrov" and "Russian
    Foreign Minister Sergei Lavrov") or the organisation's fullest mention ("Armenia's defence
    ministry" for "the ministry"); ``description`` is a title or appositive split off the name.
    """

    text: str
    span: Span
    name: str | None = None
    description: str | None = None


@attrs.frozen(kw_only=True)
class Cue:
    """The words that mark speech: "said", "told reporters", "according to"."""

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Content:
    """What was said. A split or multi-paragraph quote has several ``spans``.

    ``span`` runs from the first piece to the last and ``text`` is the source text it covers;
    :attr:`pieces` gives the text of each piece alone.
    """

    text: str
    span: Span
    spans: tuple[Span, ...]
    pieces: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Source:
    """An outlet that relays a statement ("TASS news agency", "state media")."""

    text: str
    span: Span
    name: str | None = None
    agency: Agency | None = None


@attrs.frozen(kw_only=True)
class Statement:
    """An attributed statement: who said what, with which cue, relayed by whom."""

    kind: StatementKind
    speaker: Speaker | None
    cue: Cue
    content: Content
    via: Source | None = None
    span: Span


# --------------------------------------------------------------------------------------------
# whole stories
# --------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Section:
    """The section or kicker line above a headline ("Caspian Region", "WORLD NEWS")."""

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Headline:
    """A story's headline as written."""

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Paragraph:
    """A body paragraph; the first one starts after the dateline, which is ``Story.dateline``."""

    text: str
    span: Span


class FurnitureKind(enum.Enum):
    """Kinds of non-story text that wire copy carries around the body."""

    EDITORS_NOTE = "editors_note"
    """"(This story has been refiled to correct ...)", "EDITOR'S NOTE: ..."."""
    FILE_PHOTO = "file_photo"
    """A bare "FILE PHOTO" label."""
    STANDARDS = "standards"
    """"Our Standards: The Thomson Reuters Trust Principles."."""
    RELATED = "related"
    """A "Related coverage" heading or list."""
    TICKER = "ticker"
    """Ticker and markup residue."""
    OTHER = "other"
    """Text that belongs to no other part; kept so that nothing is dropped."""


@attrs.frozen(kw_only=True)
class Furniture:
    """Text around a story that is not the story: editor's notes, labels, link lists."""

    kind: FurnitureKind
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Story:
    """A whole wire story, segmented.

    Every non-whitespace character of ``text`` belongs to exactly one top-level part
    (section, headline, bylines, photos, dateline, paragraphs, signoff, furniture).
    """

    text: str = attrs.field(repr=False)
    section: Section | None = None
    headline: Headline | None = None
    bylines: tuple[Byline, ...] = ()
    photos: tuple[Photo, ...] = ()
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    statements: tuple[Statement, ...] = ()
    signoff: Signoff | None = None
    furniture: tuple[Furniture, ...] = ()
    date: dt.date | None = None
    """The dateline's date as a calendar date: its stated year, else resolved against the
    ``reference_date`` given to :func:`~wirestory.parse_story`; ``None`` without either."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-safe dict of this story; :meth:`from_dict` reads it back."""
        from wirestory._json import story_to_dict  # noqa: PLC0415  (keeps import light)

        return story_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        """Rebuild a story from :meth:`to_dict` output (raises ``ValueError`` if malformed)."""
        from wirestory._json import story_from_dict  # noqa: PLC0415  (keeps import light)

        return story_from_dict(data)
