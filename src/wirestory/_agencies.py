"""Look-ups in the agency registry (:mod:`wirestory._agency_table`)."""

from __future__ import annotations

from functools import cache

import attrs

from wirestory._agency_table import AGENCY_ROWS
from wirestory._models import Agency, Span

__all__ = ["AGENCY_ALIASES", "AgencyInfo", "agency_from_text", "all_agencies", "lookup_agency"]


@attrs.frozen(kw_only=True)
class AgencyInfo:
    """One registry entry: canonical name, short code and every alias (code and name included).

    >>> info = lookup_agency("itar-tass")
    >>> info.name, info.code, info.aliases
    ('TASS', 'TASS', ('TASS', 'ITAR-TASS', 'ITAR TASS', 'Tass'))
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
