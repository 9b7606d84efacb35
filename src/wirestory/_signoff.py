r"""Sign-offs: the closing credit lines of a story.

The forms wires use (each is in ``tests/test_signoff.py`` with its source):

- Reuters, since the 2000s: ``(Reporting by Arpan Varghese in Bengaluru; Editing by Joseph
  Radford and Richard Pullin)``, in parentheses or not, on one line or several, clauses
  separated by ``;``, by line breaks or by ``,`` before the next role ("Reporting by Tom
  Perry, editing by John Stonestreet");
- Reuters, 1987: the agency's name alone on the last line, ``Reuter`` / ``REUTER``
  (``REUTER...``, ``REUTER^M`` with transmission noise);
- ``Compiled by ...``, ``Additional reporting by ...``, ``Writing by ...``;
- AP and CNN: ``Associated Press writer Jon Gambrell in Dubai contributed to this report.``,
  ``Associated Press writers A and B contributed.``, ``CNN's Suzanne Presto contributed to this
  report.``, ``A and B of The Associated Press contributed.`` as the last sentence; the New
  York Times' ``Reporting was contributed by A and B.``

Model
-----
Each clause becomes a :class:`~wirestory.Credit`: ``role`` is a canonical lower-case role
(:data:`SIGNOFF_ROLES` maps the written forms: "Reported by" and "Reporting by" give
``"reporting"``, "Edited by" gives ``"editing"``, "Compiled by" gives ``"compiling"``, a
"... contributed" sentence gives ``"contributing"``), ``names`` the people as written, and
``locations`` the places of its ``in <Place>`` phrases, in text order ("Reporting by A in
Moscow, B in Kyiv" has two; "Reporting by A and B in Moscow" has one).

A bare agency sign-off ("Reuter") has **no credits**: it names no people, only the agency,
which is the sign-off's ``text`` (look it up with :func:`wirestory.lookup_agency`). A credit
role "agency" was considered and rejected: ``Credit.names`` holds people, and an agency in it
would be counted as an author by code that lists a story's writers.

A misspelt agency ("REUITER", "RUTER") is not a sign-off: no name is guessed.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from wirestory._agencies import AGENCY_ALIASES, agency_from_text
from wirestory._bylines import NAME_PATTERN, PARTICLES
from wirestory._checks import REGEX_TIMEOUT, require_str
from wirestory._desk import embedded_desk_signoff, read_desk_signoff, run_in_desk_signoff
from wirestory._models import Agency, Credit, Signoff, Span
from wirestory._offsets import lstrip_offset, rstrip_offset

__all__ = ["SIGNOFF_ROLES", "find_signoff", "parse_signoff", "render_signoff"]

#: Written role phrases (before "by", lower case) and the canonical role each stands for.
SIGNOFF_ROLES: dict[str, str] = {
    "reporting": "reporting",
    "reported": "reporting",
    "additional reporting": "additional reporting",
    "with additional reporting": "additional reporting",
    "additional writing": "additional writing",
    "additional editing": "additional editing",
    "writing": "writing",
    "written": "writing",
    "editing": "editing",
    "edited": "editing",
    "compiled": "compiling",
    "compiling": "compiling",
    "reporting and writing": "reporting and writing",
    "writing and reporting": "reporting and writing",
    "writing and editing": "writing and editing",
    "editing and writing": "writing and editing",
    "research": "research",
    "researched": "research",
    "additional research": "additional research",
    "translated": "translation",
    "translation": "translation",
    "translating": "translation",
    "produced": "production",
    "production": "production",
    "graphics": "graphics",
    "graphic": "graphics",
    "photography": "photography",
    "photos": "photography",
    "pictures": "photography",
    "video": "video",
    "fact-checking": "fact-checking",
    "fact-checked": "fact-checking",
    "reporting was contributed": "contributing",
    "additional reporting was contributed": "contributing",
    "sub-edited": "editing",
    "sub-editing": "editing",
}

#: The role of an AP/CNN "... contributed to this report." sentence.
CONTRIBUTING = "contributing"

_NAME = regex.compile(
    NAME_PATTERN,
    regex.VERBOSE | regex.VERSION1,
    name_stops=(
        "and", "in", "for", "the", "of", "at", "from", "with", "by", "on", "via",
        "contributed", "also", *(w for phrase in SIGNOFF_ROLES for w in phrase.split()),
    ),
    particles=PARTICLES,
)  # fmt: skip

#: "Reporting by ", "Additional reporting by ", "Compiled by ".
_ROLE_BY = regex.compile(
    r"""
    (?P<role>(?i:\L<roles>))                        # Reporting / Additional reporting ...
    [\t\p{Zs}]+(?i:by)                              # by
    (?:[\t\p{Zs}]*:)?                               # "Editing by:" now and then
    [\t\p{Zs}]+                                     # space before the first name
    """,
    regex.VERBOSE,
    roles=tuple(SIGNOFF_ROLES),
)

#: A place after "in": "Moscow", "New York", "Rio de Janeiro", "Washington, D.C.".
_PLACE = regex.compile(
    r"""
    \p{Lu}[\p{L}\p{M}'’\-]*\.?                      # Moscow, St.
    (?:
        [\t\p{Zs}]+                                 # space
        (?:(?:\L<particles>)[\t\p{Zs}]+)?           # de
        \p{Lu}[\p{L}\p{M}'’\-]*\.?                  # Janeiro, York
    ){0,4}                                          # up to five words
    (?:
        ,[\t\p{Zs}]*                                # ", " and a state abbreviation:
        (?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\p{Ll}{1,4}\.)  # D.C. / Calif. / Fla.
    )?
    """,
    regex.VERBOSE,
    particles=PARTICLES,
)

#: A comma and the space after it.
_COMMA = regex.compile(r",[\t\p{Zs}]*")

#: " in " before a place.
_IN = regex.compile(r"[\t\p{Zs}]+(?i:in)[\t\p{Zs}]+", regex.VERBOSE)

#: A separator between names: ", ", " and ", ", and ", " & ".
_NAME_SEP = regex.compile(
    r"""
    (?:
        [\t\p{Zs}]*,[\t\p{Zs}]*(?:(?i:and)[\t\p{Zs}]+)?  # ", " or ", and "
      | [\t\p{Zs}]+(?i:and)[\t\p{Zs}]+              # " and "
      | [\t\p{Zs}]*&[\t\p{Zs}]*                     # " & "
    )
    """,
    regex.VERBOSE,
)

#: A separator between credit clauses: ";", a line break, or ",", "and", "." before a role.
_CLAUSE_SEP = regex.compile(
    r"""
    [\t\p{Zs}]*
    (?:
        [;\n\r|]+                                   # ; or a line break (or several)
      | [,.](?=[\t\p{Zs}]*(?i:\L<roles>)[\t\p{Zs}]+(?i:by)\b)   # , editing by
      | (?i:and)(?=[\t\p{Zs}]+(?i:\L<roles>)[\t\p{Zs}]+(?i:by)\b)  # and editing by
    )
    [\s]*                                           # space, blank lines
    """,
    regex.VERBOSE,
    roles=tuple(SIGNOFF_ROLES),
)

#: The contributors' organisation before their names: "Associated Press writer",
#: "AP reporters", "CNN's", "The Associated Press's".
_CONTRIB_LEAD = regex.compile(
    r"""
    (?:
        (?:The[\t\p{Zs}]+)?                         # The
        \p{Lu}[\p{L}\p{M}.&\-]*                     # Associated / AP / CNN
        (?:[\t\p{Zs}]+\p{Lu}[\p{L}\p{M}.&\-]*){0,3} # Press / News Service
        (?:
            ['’]s?[\t\p{Zs}]+                       # CNN's
            (?:(?i:staff[\t\p{Zs}]+)?(?i:writers?|reporters?|correspondents?|journalists?)
               [\t\p{Zs}]+)?                        # ... writer
          | [\t\p{Zs}]+                             # Associated Press
            (?i:(?:staff[\t\p{Zs}]+)?(?:writers?|reporters?|correspondents?|journalists?))
            [\t\p{Zs}]+                             # writer(s)
        )
    )
    """,
    regex.VERBOSE,
)

#: The contributors' organisation after their names: "of The Associated Press".
_OF_ORG = regex.compile(
    r"""
    [\t\p{Zs}]+of[\t\p{Zs}]+                        # of
    (?:[Tt]he[\t\p{Zs}]+)?                          # The
    \p{Lu}[\p{L}\p{M}.&\-]*                          # Associated
    (?:[\t\p{Zs}]+\p{Lu}[\p{L}\p{M}.&\-]*){0,4}       # Press
    """,
    regex.VERBOSE,
)

#: The end of a contribution sentence: "contributed to this report."
_CONTRIB_TAIL = regex.compile(
    r"""
    ,?[\t\p{Zs}]+(?:also[\t\p{Zs}]+)?contributed    # contributed
    (?:[\t\p{Zs}]+(?:reporting|to[\t\p{Zs}]+this[\t\p{Zs}]+(?:report|story|article)))?
    (?:[\t\p{Zs}]+from[\t\p{Zs}]+                   # from Washington
       \p{Lu}[\p{L}\p{M}'’\-]*(?:[\t\p{Zs}]+\p{Lu}[\p{L}\p{M}'’\-]*){0,3})?
    [\t\p{Zs}]*\.?                                  # the full stop (". " in CNN/DM copy)
    """,
    regex.VERBOSE,
)

#: Where a contribution sentence may start: after ". " or a line break.
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?\"'”’)][\t\p{Zs}]+)|(?<=\n))(?=\S)", regex.MULTILINE)

#: A bare agency sign-off: "Reuter", "REUTER...", "REUTER^M" (1987 transmission noise).
_AGENCY_LINE = regex.compile(
    r"""
    (?P<agency>(?i:\L<agencies>))                   # Reuter / REUTER / Reuters
    (?:\.{1,3}|…)?                                  # REUTER...
    (?:\^M|\r)*                                     # ^M carriage-return residue
    """,
    regex.VERBOSE,
    agencies=AGENCY_ALIASES,
)

#: Dashes some publishers put before a credit line ("--additional reporting by ...").
_LEAD_DASH = regex.compile(r"(?:--|[\u2014\u2013])+[\t\p{Zs}]*")

#: Lines after the sign-off that belong to the page, not the story.
_TRAILER = regex.compile(
    r"""
    (?i:our[\t\p{Zs}]+standards:[\t\p{Zs}]*the[\t\p{Zs}]+thomson[\t\p{Zs}]+reuters
        [\t\p{Zs}]+trust[\t\p{Zs}]+principles\.?)   # Reuters web pages
    [\t\p{Zs}]*$
    """,
    regex.VERBOSE,
)

#: How far back from a story's end a sign-off is looked for (characters).
_WINDOW = 3000
#: The longest sign-off read (characters): the longest Reuters credit lists run to a few
#: hundred characters; a longer "sign-off" is body text.
_MAX_SIGNOFF = 2000


#: How far a local pattern (a name, a separator, a role) may reach from where it starts. The
#: ``regex`` module looks for a pattern's required text ("in", "by") through the whole range
#: it is given, so an unbounded range makes a loop of matches quadratic.
_NEAR = 400


def _near(pos: int, end: int) -> int:
    """Return the end of the range a local pattern at *pos* may look at."""
    return min(end, pos + _NEAR)


class _Names(NamedTuple):
    names: tuple[tuple[int, int], ...]
    locations: tuple[tuple[int, int], ...]
    end: int


def _name_at(text: str, pos: int, end: int) -> int:
    """Return the end of the name at *pos*, or *pos* when there is none."""
    m = _NAME.match(text, pos, _near(pos, end), timeout=REGEX_TIMEOUT)
    return pos if m is None else m.end()


def _place_at(text: str, pos: int, end: int, *, contributed: bool) -> int:
    """Return the end of the ``in <Place>`` at *pos*, or *pos* when there is none."""
    m_in = _IN.match(text, pos, _near(pos, end), timeout=REGEX_TIMEOUT)
    if m_in is None:
        return pos
    m = _PLACE.match(text, m_in.end(), _near(m_in.end(), end), timeout=REGEX_TIMEOUT)
    if m is None:
        return pos
    place_end = m.end()
    if contributed:
        # AP: "... in Dubai, United Arab Emirates, contributed" - the country is part of it.
        more = _COMMA.match(text, place_end, _near(place_end, end), timeout=REGEX_TIMEOUT)
        if more is not None:
            country = _PLACE.match(text, more.end(), _near(more.end(), end), timeout=REGEX_TIMEOUT)
            if country is not None and _CONTRIB_TAIL.match(
                text, country.end(), _near(country.end(), end), timeout=REGEX_TIMEOUT
            ):
                place_end = country.end()
    return place_end


def _read_names(text: str, pos: int, end: int, *, contributed: bool = False) -> _Names | None:
    """Read "A in X, B and C in Y" at *pos*: names, places and where the reading stopped."""
    names: list[tuple[int, int]] = []
    locations: list[tuple[int, int]] = []
    while True:
        name_end = _name_at(text, pos, end)
        if name_end == pos:
            return None if not names else _Names(tuple(names), tuple(locations), pos)
        names.append((pos, name_end))
        pos = name_end
        place_end = _place_at(text, pos, end, contributed=contributed)
        if place_end > pos:
            m_in = _IN.match(text, pos, _near(pos, end), timeout=REGEX_TIMEOUT)
            assert m_in is not None  # noqa: S101  (just matched in _place_at)
            locations.append((m_in.end(), place_end))
            pos = place_end
        sep = _NAME_SEP.match(text, pos, _near(pos, end), timeout=REGEX_TIMEOUT)
        if sep is None or _ROLE_BY.match(
            text, sep.end(), _near(sep.end(), end), timeout=REGEX_TIMEOUT
        ):
            return _Names(tuple(names), tuple(locations), pos)
        if _name_at(text, sep.end(), end) == sep.end():
            return _Names(tuple(names), tuple(locations), pos)
        pos = sep.end()


def _credit(text: str, role: str, start: int, end: int, people: _Names | None) -> Credit:
    return Credit(
        role=role,
        names=tuple(text[s:e] for s, e in people.names) if people else (),
        locations=tuple(text[s:e] for s, e in people.locations) if people else (),
        span=Span(start, end),
        text=text[start:end],
    )


def _read_clauses(text: str, start: int, end: int) -> list[Credit] | None:
    """Read ``Role by names[; Role by names ...]`` filling all of ``text[start:end]``."""
    found: list[Credit] = []
    pos = lstrip_offset(text, start, end)
    end = rstrip_offset(text, pos, end, ".;,")
    while True:
        role_by = _ROLE_BY.match(text, pos, _near(pos, end), timeout=REGEX_TIMEOUT)
        if role_by is None:
            return None
        people = _read_names(text, role_by.end(), end)
        if people is None:
            return None
        role = SIGNOFF_ROLES[" ".join(role_by["role"].split()).casefold()]
        found.append(_credit(text, role, pos, people.end, people))
        pos = people.end
        if pos >= end:
            return found
        sep = _CLAUSE_SEP.match(text, pos, _near(pos, end), timeout=REGEX_TIMEOUT)
        if sep is None or sep.end() == pos:
            return None
        pos = sep.end()


def _read_contribution(text: str, start: int, end: int) -> Credit | None:
    """Read an AP/CNN "X contributed to this report." sentence filling ``text[start:end]``."""
    if text.find("contributed", start, end) < 0:
        return None  # _CONTRIB_TAIL, which must match inside, holds the word as written
    pos = start
    lead = _CONTRIB_LEAD.match(text, pos, _near(pos, end), timeout=REGEX_TIMEOUT)
    people = None
    if lead is not None:
        people = _read_names(text, lead.end(), end, contributed=True)
    if people is None:
        people = _read_names(text, pos, end, contributed=True)
    if people is not None:
        after = people.end
        # "Jane Doe and John Roe of The Associated Press contributed."
        of_org = _OF_ORG.match(text, after, _near(after, end), timeout=REGEX_TIMEOUT)
        if of_org is not None:
            after = of_org.end()
        tail = _CONTRIB_TAIL.match(text, after, _near(after, end), timeout=REGEX_TIMEOUT)
        if tail is not None and rstrip_offset(text, start, end) == tail.end():
            return _credit(text, CONTRIBUTING, start, tail.end(), people)
    return None


@functools.lru_cache(maxsize=4096)
def _agency_line(line: str) -> bool:
    """Whether *line* (at most ``_NEAR`` characters) is a bare agency line ("Reuter").

    Cached: the same few lines ("Reuter", "REUTER", "AP") close most stories, and the
    case-blind list match costs microseconds. The pattern has no look-around, so matching
    the slice is matching the text between its offsets.
    """
    return _AGENCY_LINE.fullmatch(line, timeout=REGEX_TIMEOUT) is not None


class _Block(NamedTuple):
    credits: tuple[Credit, ...]
    start: int
    end: int


def _read_block(text: str, start: int, end: int) -> _Block | None:
    """Read a whole sign-off block in ``text[start:end]`` (white space around allowed)."""
    start = lstrip_offset(text, start, end)
    end = rstrip_offset(text, start, end)
    if start >= end or end - start > _MAX_SIGNOFF:
        return None
    # (Reporting by ...; Editing by ...)
    if text[start] == "(" and text[end - 1] == ")" and text.count("(", start + 1, end) == 0:
        found = _read_clauses(text, start + 1, end - 1)
        if found:
            return _Block(tuple(found), start, end)
        return None
    if end - start <= _NEAR and _agency_line(text[start:end]):
        return _Block((), start, end)
    # "--additional reporting by Linh Tat." (Politico): a dash before the credits.
    dash = _LEAD_DASH.match(text, start, _near(start, end), timeout=REGEX_TIMEOUT)
    found = _read_clauses(text, start if dash is None else dash.end(), end)
    if found:
        return _Block(tuple(found), start, end)
    contribution = _read_contribution(text, start, end)
    if contribution is not None:
        return _Block((contribution,), start, end)
    return None


@functools.lru_cache(maxsize=1024)
def _line_agency(line: str) -> Agency | None:
    """The agency a bare agency line ("Reuter", "REUTER...") names, spanning *line*.

    Cached like :func:`_agency_line`: the same few lines close most stories.
    """
    m = _AGENCY_LINE.match(line, timeout=REGEX_TIMEOUT)
    return None if m is None else agency_from_text(m["agency"], Span(*m.span("agency")))


def _signoff(text: str, block: _Block) -> Signoff:
    agencies: tuple[Agency, ...] = ()
    if not block.credits and block.end - block.start <= _NEAR:
        found = _line_agency(text[block.start : block.end])
        if found is not None:
            span = Span(found.span.start + block.start, found.span.end + block.start)
            agencies = (Agency(name=found.name, code=found.code, text=found.text, span=span),)
    return Signoff(
        credits=block.credits,
        agency=agencies[0] if agencies else None,
        agencies=agencies,
        span=Span(block.start, block.end),
        text=text[block.start : block.end],
    )


def parse_signoff(text: str) -> Signoff | None:
    """Parse *text* as a whole sign-off (one line or several); ``None`` if it is not one.

    White space around it is allowed; a text of more than 2,000 characters is no sign-off.

    >>> s = parse_signoff("(Reporting by Tom Perry in Beirut; Editing by Peter Graff)")
    >>> [(c.role, c.names, c.locations) for c in s.credits]
    [('reporting', ('Tom Perry',), ('Beirut',)), ('editing', ('Peter Graff',), ())]
    >>> parse_signoff("REUTER").credits
    ()
    >>> parse_signoff("Associated Press writer Jon Gambrell contributed.").credits[0].names
    ('Jon Gambrell',)
    >>> parse_signoff("The minister said.") is None
    True
    """
    require_str(text)
    block = _read_block(text, 0, len(text))
    if block is not None:
        return _signoff(text, block)
    return read_desk_signoff(text, 0, len(text))


def _last_line_start(text: str, end: int, floor: int) -> int:
    """Return where the line that ends at *end* begins (not before *floor*)."""
    return max(text.rfind("\n", floor, end) + 1, floor)


def find_signoff(text: str) -> Signoff | None:
    r"""Find the sign-off at the end of a whole story; spans index *text*.

    Looks, from the end (a trailing "Our Standards: ..." line is skipped), for a
    parenthesised credit group, credit lines, a bare agency line ("Reuter") or an AP/CNN
    "... contributed to this report." sentence.

    >>> story = "LONDON - Prices rose.\n(Reporting by Jane Doe; Editing by Tom Roe)\n"
    >>> s = find_signoff(story)
    >>> s.text, s.span.start
    ('(Reporting by Jane Doe; Editing by Tom Roe)', 22)
    >>> find_signoff("NEW YORK, March 2 - Shares rose.\n Reuter\n").text
    'Reuter'
    >>> find_signoff("Prices rose, the company said.") is None
    True
    """
    require_str(text)
    floor = max(0, len(text) - _WINDOW)
    end = rstrip_offset(text, floor, len(text))
    if end <= floor:
        return None
    line_start = _last_line_start(text, end, floor)
    trailer_at = lstrip_offset(text, line_start, end)
    # _TRAILER opens with "our", case-blind: only "o" and "O" match its first letter.
    if (
        line_start > floor
        and text.startswith(("o", "O"), trailer_at)
        and _TRAILER.match(text, trailer_at, end)
    ):
        end = rstrip_offset(text, floor, line_start)
        line_start = _last_line_start(text, end, floor)
    if end <= floor:
        return None
    # a parenthesised group at the very end: "... said. (Reporting by X; Editing by Y)"
    if text[end - 1] == ")":
        open_at = text.rfind("(", floor, end)
        if open_at >= 0:
            block = _read_block(text, open_at, end)
            if block is not None:
                return _signoff(text, block)
    # whole lines at the end: "Reuter", or "Reporting by X" / "Editing by Y" lines
    block = _read_block(text, line_start, end)
    if block is not None:
        first = block
        while first.credits and line_start > floor:
            prev_end = rstrip_offset(text, floor, line_start)
            prev_start = _last_line_start(text, prev_end, floor)
            prev = _read_block(text, prev_start, prev_end)
            if prev is None or not prev.credits or prev.credits[0].role == CONTRIBUTING:
                break
            first, line_start = prev, prev_start
        if first is block:
            return _signoff(text, block)
        found = _read_clauses(text, first.start, block.end)
        if found:
            return _signoff(text, _Block(tuple(found), first.start, block.end))
        return _signoff(text, block)
    # an agency desk's line: "dpa kre/su yysw a3", "asl/tib/pid", "==Kyodo", "(APA, 4.9.2015)"
    desk = read_desk_signoff(text, line_start, end)
    if desk is None:
        desk = run_in_desk_signoff(text, line_start, end)
    if desk is not None:
        return desk
    # the last sentence: "CNN's Suzanne Presto contributed to this report."
    tail_window = max(line_start, end - 600)
    if text.find("contributed", tail_window, end) < 0:
        # APA copy with a fact box after its "(APA, 1.3.2016)" on the same line
        return embedded_desk_signoff(text, line_start, end)
    for m in _SENTENCE_START.finditer(text, tail_window, end, timeout=REGEX_TIMEOUT):
        contribution = _read_contribution(text, m.start(), end)
        if contribution is not None:
            return _signoff(text, _Block((contribution,), m.start(), contribution.span.end))
    return embedded_desk_signoff(text, line_start, end)


def _people(names: tuple[str, ...], locations: tuple[str, ...]) -> str:
    def join(items: list[str]) -> str:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

    if not names:
        return ""
    if len(locations) == len(names) and len(names) > 1:
        return join([f"{n} in {p}" for n, p in zip(names, locations, strict=True)])
    text = join(list(names))
    if locations:
        text += " in " + " and ".join(locations)
    return text


#: The canonical written form of each canonical role, for :func:`render_signoff`.
_ROLE_TEXT = {role: role.capitalize() for role in SIGNOFF_ROLES.values()}


def render_signoff(signoff: Signoff) -> str:
    """Render a sign-off model as canonical text.

    Credits are written ``<Role> by <names> in <place>`` and joined with ``"; "``; a
    "contributing" credit is written ``<names> contributed to this report.``; a sign-off
    without credits (a bare agency) or an agency desk's ("(Eva Gruber, 3.4.2016)") is its
    text.

    >>> s = parse_signoff("(Reporting by Tom Perry, editing by John Stonestreet)")
    >>> render_signoff(s)
    'Reporting by Tom Perry; Editing by John Stonestreet'
    """
    if not isinstance(signoff, Signoff):
        raise TypeError(f"signoff must be a Signoff, not {type(signoff).__name__}")
    if not signoff.credits or signoff.agencies or signoff.initials or signoff.date:
        return signoff.text  # a bare agency or a desk's sign-off: as written
    parts = []
    for credit in signoff.credits:
        people = _people(credit.names, credit.locations)
        if credit.role == CONTRIBUTING:
            parts.append(f"{people} contributed to this report.")
        else:
            parts.append(f"{_ROLE_TEXT.get(credit.role, credit.role.capitalize())} by {people}")
    return "; ".join(parts)
