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
    "SpeakerEntity",
    "SpeakerKind",
    "SpeakerMention",
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

    >>> import wirestory
    >>> wirestory.parse_dateline("PARIS (AFP) - The minister said ...").agencies[0]
    Agency(name='Agence France-Presse', code='AFP', text='AFP', span=Span(start=7, end=10))
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

    >>> import wirestory
    >>> place = wirestory.parse_dateline("ATLANTA, Ga. (AP) — Officials said ...").place
    >>> place.city, place.region, place.country_code, place.region_code
    ('ATLANTA', 'Ga.', 'US', 'US-GA')
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

    >>> import wirestory
    >>> wirestory.parse_dateline("BEIJING, Jan. 5 (Xinhua) -- China said ...").date
    DatelineDate(month=1, day=5, year=None, text='Jan. 5', span=Span(start=9, end=15))
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

    >>> import wirestory
    >>> text = "LONDON, March 3 (Reuters) - Oil rose."
    >>> dateline = wirestory.parse_dateline(text)
    >>> dateline.text, dateline.span, text[dateline.body_start :]
    ('LONDON, March 3 (Reuters) -', Span(start=0, end=27), 'Oil rose.')
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

    >>> import wirestory
    >>> credit = wirestory.parse_photo_credit("(AP Photo/Evan Vucci, File)")
    >>> credit.photographers, credit.sources, credit.file
    (('Evan Vucci',), ('AP',), True)
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
    """A photo caption without its credit, with the place and date it states, if any.

    >>> import wirestory
    >>> photo = wirestory.parse_caption(
    ...     "Fans cheer in Kyiv, Ukraine, May 2, 2022. REUTERS/Gleb Garanich"
    ... )
    >>> photo.caption.text
    'Fans cheer in Kyiv, Ukraine, May 2, 2022.'
    >>> photo.caption.place.country_code, photo.caption.date.year
    ('UA', 2022)
    """

    text: str
    span: Span
    place: Place | None = None
    date: DatelineDate | None = None


@attrs.frozen(kw_only=True)
class Photo:
    """A photo in a story: its caption and its credit (either may be missing).

    >>> import wirestory
    >>> photo = wirestory.parse_caption("Fans cheer in Kyiv. REUTERS/Gleb Garanich")
    >>> photo.caption.text, photo.credit.text
    ('Fans cheer in Kyiv.', 'REUTERS/Gleb Garanich')
    """

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
    initials: tuple[str, ...] = ()
    """Desk initials standing for the writers, as written (EFE's ``daa/mt/msr``)."""
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Credit:
    """One credit of a sign-off: a role ("reporting", "editing", ...) and the names given it.

    >>> import wirestory
    >>> credit = wirestory.parse_signoff(
    ...     "Reporting by Jane Doe in Oslo; Editing by Max Li"
    ... ).credits[0]
    >>> credit.role, credit.names, credit.locations, credit.span
    ('reporting', ('Jane Doe',), ('Oslo',), Span(start=0, end=29))
    """

    role: str
    names: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Signoff:
    """The closing credit lines of a story ("Reporting by X; Editing by Y", "Reuter").

    >>> import wirestory
    >>> signoff = wirestory.parse_signoff("Reporting by Jane Doe; Editing by John Smith")
    >>> [(credit.role, credit.names) for credit in signoff.credits]
    [('reporting', ('Jane Doe',)), ('editing', ('John Smith',))]

    Agency desks close a story with their name, desk initials and codes instead
    (``docs/explanation/desk-signoffs.md``): ``agency`` is the first agency the sign-off
    writes (``agencies`` all of them, in text order), ``initials`` the desk initials as
    written, whose roles the form does not say, ``codes`` dpa's service and ressort codes,
    ``date`` a date the sign-off writes ("(APA, 11.9.2015)").

    >>> signoff = wirestory.parse_signoff("dpa kre/su yysw a3 lön")
    >>> signoff.agency.code, signoff.initials, signoff.codes
    ('dpa', ('kre', 'su', 'lön'), ('yysw', 'a3'))
    """

    credits: tuple[Credit, ...] = ()
    agency: Agency | None = None
    agencies: tuple[Agency, ...] = ()
    initials: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    date: DatelineDate | None = None
    span: Span
    text: str


# --------------------------------------------------------------------------------------------
# statements
# --------------------------------------------------------------------------------------------


class StatementKind(enum.Enum):
    """How a statement reports speech.

    >>> import wirestory
    >>> [s.kind.value for s in wirestory.find_statements('"We will rebuild," the mayor said.')]
    ['direct']
    """

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

    >>> import wirestory
    >>> text = '"We will rebuild," Mayor Anna Novak said. She added that the port would reopen.'
    >>> [(s.speaker.text, s.speaker.name) for s in wirestory.find_statements(text)]
    [('Mayor Anna Novak', 'Anna Novak'), ('She', 'Anna Novak')]
    """

    text: str
    span: Span
    name: str | None = None
    description: str | None = None
    gender: str | None = None
    """``"female"``, ``"male"`` or ``None``, from evidence in the text only (honorifics,
    gendered pronouns that resolve to the speaker, gendered role nouns), never from lists of
    first names."""


@attrs.frozen(kw_only=True)
class Cue:
    """The words that mark speech: "said", "told reporters", "according to".

    >>> import wirestory
    >>> wirestory.find_statements("The mayor told reporters the port would reopen.")[0].cue
    Cue(text='told reporters', span=Span(start=10, end=24))
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Content:
    """What was said. A split or multi-paragraph quote has several ``spans``.

    ``span`` runs from the first piece to the last and ``text`` is the source text it covers;
    :attr:`pieces` gives the text of each piece alone.

    >>> import wirestory
    >>> text = '"We lost two cranes," she said. "Nobody has seen a storm like it."'
    >>> wirestory.find_statements(text)[0].content.pieces
    ('We lost two cranes', 'Nobody has seen a storm like it')
    """

    text: str
    span: Span
    spans: tuple[Span, ...]
    pieces: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Source:
    """An outlet that relays a statement ("TASS news agency", "state media").

    >>> import wirestory
    >>> text = "The ministry said talks were underway, the Interfax news agency reported."
    >>> via = wirestory.find_statements(text)[0].via
    >>> via.text, via.name
    ('Interfax news agency', 'Interfax')
    """

    text: str
    span: Span
    name: str | None = None
    agency: Agency | None = None


@attrs.frozen(kw_only=True)
class Statement:
    """An attributed statement: who said what, with which cue, relayed by whom.

    >>> import wirestory
    >>> [statement] = wirestory.find_statements("Lavrov said on Wednesday that Moscow would help.")
    >>> statement.kind.value, statement.speaker.text, statement.cue.text, statement.content.text
    ('indirect', 'Lavrov', 'said', 'Moscow would help')
    """

    kind: StatementKind
    speaker: Speaker | None
    cue: Cue
    content: Content
    via: Source | None = None
    span: Span
    rule: str = ""
    """The short, stable name of the rule that found the statement ("inverted",
    "according-to", "relay", ...): the answer to "why was this found?"."""
    lang: str = "en"
    """The ISO 639-1 code of the language the statement was read in."""


class SpeakerKind(enum.Enum):
    r"""What a speaker of a story is.

    >>> import wirestory
    >>> story = wirestory.parse_story(
    ...     "OSLO (Reuters) - Nordic Air Airlines said flights were delayed. Analysts said "
    ...     "fares would rise."
    ... )
    >>> [(e.name, e.kind.value) for e in story.speakers]
    [('Nordic Air Airlines', 'organisation'), ('Analysts', 'unknown')]
    """

    PERSON = "person"
    """A named person: "Sergei Lavrov", also when quoted as "he" or "the minister"."""
    ORGANISATION = "organisation"
    """A named organisation or outlet: "Russian Foreign Ministry", "S7 Airlines"."""
    DOCUMENT = "document"
    """A document that speaks for no named author: "the statement", "a report"."""
    UNKNOWN = "unknown"
    """Anything else: a group ("analysts"), a description no name was found for."""


@attrs.frozen(kw_only=True)
class SpeakerMention:
    r"""One place where a story mentions a speaker: a name, a title, a pronoun.

    >>> import wirestory
    >>> text = "OSLO - Mayor Jon Berg said the port was ready. He added that ships waited."
    >>> [entity] = wirestory.parse_story(text).speakers
    >>> [(m.text, m.span.slice(text)) for m in entity.mentions]
    [('Mayor Jon Berg', 'Mayor Jon Berg'), ('He', 'He')]
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class SpeakerEntity:
    r"""One speaker of a story, with every mention of it and the statements it made.

    ``name`` is the fullest proper name the story gives it ("Ana Holt" for "Romanian Prime
    Minister Ana Holt", "Holt" and "the Prime Minister"), or, for a speaker no name was found
    for, the mention itself without its article ("analysts", "statement").
    ``statements`` are indices into :attr:`Story.statements`; ``gender`` follows the rule of
    :attr:`Speaker.gender` and is ``None`` for anything but a person.

    >>> import wirestory
    >>> story = wirestory.parse_story(
    ...     "OSLO (Reuters) - Romanian Prime Minister Ana Holt said talks would resume. "
    ...     "The Prime Minister said she was hopeful."
    ... )
    >>> [(e.name, e.kind.value, e.statements, e.gender) for e in story.speakers]
    [('Ana Holt', 'person', (0, 1), 'female')]
    """

    name: str
    kind: SpeakerKind
    mentions: tuple[SpeakerMention, ...]
    statements: tuple[int, ...] = ()
    gender: str | None = None


# --------------------------------------------------------------------------------------------
# whole stories
# --------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Section:
    r"""The section or kicker line above a headline ("Caspian Region", "WORLD NEWS").

    >>> import wirestory
    >>> story = wirestory.parse_story(
    ...     "World News\n\nStorm Hits Port of Gdansk\n\nGDANSK (Reuters) - A storm hit."
    ... )
    >>> story.section.text, story.headline.text
    ('World News', 'Storm Hits Port of Gdansk')
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Headline:
    r"""A story's headline as written.

    >>> import wirestory
    >>> wirestory.parse_story(
    ...     "Storm Hits Port\n\nGDANSK (Reuters) - A storm hit the port."
    ... ).headline
    Headline(text='Storm Hits Port', span=Span(start=0, end=15))
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Paragraph:
    r"""A body paragraph; the first one starts after the dateline, which is ``Story.dateline``.

    >>> import wirestory
    >>> story = wirestory.parse_story("GDANSK (Reuters) - A storm hit.\n\nShips waited.")
    >>> [p.text for p in story.paragraphs]
    ['A storm hit.', 'Ships waited.']
    """

    text: str
    span: Span


class FurnitureKind(enum.Enum):
    r"""Kinds of non-story text that wire copy carries around the body.

    >>> import wirestory
    >>> text = (
    ...     "GDANSK (Reuters) - A storm hit.\n\n"
    ...     + "Our Standards: The Thomson Reuters Trust Principles."
    ... )
    >>> [f.kind for f in wirestory.parse_story(text).furniture]
    [<FurnitureKind.STANDARDS: 'standards'>]
    """

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
    TRANSMISSION = "transmission"
    """IPTC 7901 transmission lines: the header ("bdt0000 3 vm 831  dpa 0000") and the
    date-time line after the text ("241205 Sep 24", after the ETX control character)."""
    OTHER = "other"
    """Text that belongs to no other part; kept so that nothing is dropped."""


@attrs.frozen(kw_only=True)
class Furniture:
    r"""Text around a story that is not the story: editor's notes, labels, link lists.

    >>> import wirestory
    >>> text = "(This story has been refiled to fix a typo)\n\nGDANSK (Reuters) - A storm hit."
    >>> [(f.kind.value, f.text) for f in wirestory.parse_story(text).furniture]
    [('editors_note', '(This story has been refiled to fix a typo)')]
    """

    kind: FurnitureKind
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Story:
    r"""A whole wire story, segmented.

    Every non-whitespace character of ``text`` belongs to exactly one top-level part
    (section, headline, bylines, photos, dateline, paragraphs, signoff, furniture).

    >>> import wirestory
    >>> story = wirestory.parse_story(
    ...     "Storm Hits Port\n\nGDANSK (Reuters) - A storm hit, officials said."
    ... )
    >>> story.headline.text, story.dateline.place.city, len(story.statements)
    ('Storm Hits Port', 'GDANSK', 1)
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
    speakers: tuple[SpeakerEntity, ...] = ()
    """Who is quoted: one entry per speaker of ``statements``, with its mentions."""
    lang: str | None = None
    """The ISO 639-1 code of the story's language, as detected or as given; ``None`` when
    the story was parsed without its statements and no language was asked for."""
    date: dt.date | None = None
    """The dateline's date as a calendar date: its stated year, else resolved against the
    ``reference_date`` given to :func:`~wirestory.parse_story`; ``None`` without either."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-safe dict of this story; :meth:`from_dict` reads it back."""
        from wirestory._json import story_to_dict  # noqa: PLC0415  (keeps import light)

        return story_to_dict(self)

    def _repr_html_(self) -> str:
        """Show the story in Jupyter: :func:`~wirestory.render_html` in its fragment form."""
        from wirestory._html import render_html  # noqa: PLC0415  (keeps import light)

        return render_html(self, standalone=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        """Rebuild a story from :meth:`to_dict` output (raises ``ValueError`` if malformed)."""
        from wirestory._json import story_from_dict  # noqa: PLC0415  (keeps import light)

        return story_from_dict(data)
