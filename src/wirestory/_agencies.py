"""Look-ups in the agency registry (:mod:`wirestory._agency_table`)."""

from __future__ import annotations

from functools import cache

import attrs
import regex

from wirestory._agency_table import AGENCY_ROWS
from wirestory._models import Agency, Span

__all__ = [
    "AGENCY_ALIASES",
    "AgencyInfo",
    "agency_from_text",
    "all_agencies",
    "lookup_agency",
    "registry_tag",
]


@attrs.frozen(kw_only=True)
class AgencyInfo:
    """One registry entry: canonical name, short code and every alias (code and name included).

    >>> info = lookup_agency("itar-tass")
    >>> info.name, info.code, info.aliases
    ('TASS', 'TASS', ('TASS', 'ITAR-TASS', 'ITAR TASS', 'Tass', 'ТАСС', 'ИТАР-ТАСС'))
    """

    name: str
    code: str
    aliases: tuple[str, ...]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@cache
def all_agencies() -> tuple[AgencyInfo, ...]:
    """Return every agency in the registry, in registry order.

    >>> len(all_agencies()) >= 40
    True
    """
    return tuple(
        AgencyInfo(name=name, code=code, aliases=tuple(dict.fromkeys((code, name, *aliases))))
        for name, code, aliases in AGENCY_ROWS
    )


@cache
def _by_alias() -> dict[str, AgencyInfo]:
    table: dict[str, AgencyInfo] = {}
    for info in all_agencies():
        for alias in info.aliases:
            table.setdefault(_key(alias), info)
    return table


#: Every alias in the registry, for ``regex`` named lists (``\L<agencies>``).
AGENCY_ALIASES: tuple[str, ...] = tuple(
    dict.fromkeys(alias for _n, code, aliases in AGENCY_ROWS for alias in (code, _n, *aliases))
)


def lookup_agency(text: str) -> AgencyInfo | None:
    """Return the registry entry an agency mention stands for, or ``None``.

    Case and inner whitespace are ignored.

    >>> lookup_agency("REUTERS").code
    'Reuters'
    >>> lookup_agency("Agence France-Presse").code
    'AFP'
    >>> lookup_agency("NewsFactor") is None
    True
    """
    return _by_alias().get(_key(text))


def agency_from_text(text: str, span: Span) -> Agency:
    """Build the :class:`~wirestory.Agency` for a mention; unknown ones keep their text.

    >>> agency_from_text("Reuter", Span(0, 6))
    Agency(name='Reuters', code='Reuters', text='Reuter', span=Span(start=0, end=6))
    """
    info = lookup_agency(text)
    if info is None:
        return Agency(name=text, code=text, text=text, span=span)
    return Agency(name=info.name, code=info.code, text=text, span=span)


#: One token of an agency tag: a run of characters other than white space, commas and slashes.
_TAG_TOKEN = regex.compile(r"[^\s,/]+")

#: The longest alias of the registry, in tokens ("Agence télégraphique suisse", "Thomson
#: Reuters Foundation").
_MAX_ALIAS_TOKENS = 4

#: A regional desk after its agency and a slash: two to four lower-case letters ("dpa/lni":
#: dpa's Lower Saxony service, "dpa/lby": Bavaria; "(ats/ansa)" is two agencies of the registry).
_DESK = regex.compile(r"\p{Ll}{2,4}")


def registry_tag(tag: str, offset: int) -> tuple[Agency, ...] | None:
    """Read a tag made only of registry agencies, with exact spans; ``None`` if any part is not.

    Agencies are separated by commas, slashes or white space ("(APA/dpa)", "(ats afp)",
    "(Europa Press, EFE)"); the longest alias wins ("RIA Novosti" is one agency). A regional
    desk code after an agency belongs to its text ("(dpa/lni)"). *offset* is where *tag*
    starts in the text.

    >>> [(a.code, a.text) for a in registry_tag("dpa/lni", 0)]
    [('dpa', 'dpa/lni')]
    >>> [(a.code, a.span.start) for a in registry_tag("ats afp", 10)]
    [('SDA', 10), ('AFP', 14)]
    >>> registry_tag("Daily Standard", 0) is None
    True
    """
    tokens = [(m.start(), m.end()) for m in _TAG_TOKEN.finditer(tag)]
    if not tokens:
        return None
    found: list[Agency] = []
    index = 0
    while index < len(tokens):
        for stop in range(min(len(tokens), index + _MAX_ALIAS_TOKENS), index, -1):
            start, end = tokens[index][0], tokens[stop - 1][1]
            info = lookup_agency(tag[start:end])
            if info is not None:
                found.append(
                    Agency(name=info.name, code=info.code, text=tag[start:end],
                           span=Span(offset + start, offset + end))
                )  # fmt: skip
                index = stop
                break
        else:
            start, end = tokens[index]
            if not found or tag[start - 1] != "/" or not _DESK.fullmatch(tag, start, end):
                return None
            last = found[-1]
            first = last.span.start - offset
            found[-1] = Agency(name=last.name, code=last.code, text=tag[first:end],
                               span=Span(last.span.start, offset + end))  # fmt: skip
            index += 1
    return tuple(found)
