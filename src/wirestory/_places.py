"""Place normalisation: ISO 3166 codes for the places a dateline names.

The names and codes live in the generated data module :mod:`wirestory._place_table` (built
by ``scripts/generate_place_table.py`` from ``pycountry`` and ``us``, plus curated tables of
AP abbreviations and stand-alone dateline cities). It is imported on first use, so that
``import wirestory`` stays light.

Places are matched by :func:`place_key`: accents, punctuation, spaces and case are ignored,
so "N.Y.", "NY" and "n. y." are one place, as are "W. Va." and "W.Va.".
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

from wirestory._models import Place, Span

if TYPE_CHECKING:
    from types import ModuleType

__all__ = [
    "city_codes",
    "coded_place",
    "country_code",
    "is_known_city",
    "place_codes",
    "place_key",
    "qualifier_slot",
    "region_code",
]


@cache
def _table() -> ModuleType:
    from wirestory import _place_table  # noqa: PLC0415  (lazy: keeps ``import wirestory`` light)

    return _place_table


def _key(text: str) -> str:
    return _cached_key(text)


def place_key(text: str) -> str:
    """Return the look-up key of a place name: its letters, without accents, case-folded.

    >>> place_key("N.Y."), place_key("São Paulo"), place_key("W. Va.")
    ('ny', 'saopaulo', 'wva')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalpha()).casefold()


#: Dateline places repeat ("NEW YORK", "Ga."): normalise each spelling once.
_cached_key = lru_cache(maxsize=16384)(place_key)


def country_code(name: str) -> str | None:
    """Return the ISO 3166-1 alpha-2 code of a country as a dateline writes it, or ``None``.

    UK nations ("England", "Scotland") give ``"GB"``.

    >>> country_code("South Korea"), country_code("the Netherlands"), country_code("England")
    ('KR', 'NL', 'GB')
    >>> country_code("Narnia") is None
    True
    """
    key = _key(name)
    if key.startswith("the") and key[3:] in _table().COUNTRY_NAMES:
        key = key[3:]
    code = _table().COUNTRY_NAMES.get(key)
    if code is not None:
        return str(code)
    nation = _table().NATION_NAMES.get(key)
    return None if nation is None else str(nation)[:2]


def region_code(name: str) -> str | None:
    """Return the ISO 3166-2 code of a US state, Canadian province, Australian state or UK nation.

    AP abbreviations, postal codes and full names are all understood.

    >>> region_code("Ga."), region_code("Calif."), region_code("N.Y."), region_code("Ont.")
    ('US-GA', 'US-CA', 'US-NY', 'CA-ON')
    >>> region_code("British Columbia"), region_code("England")
    ('CA-BC', 'GB-ENG')
    """
    key = _key(name)
    code = _table().REGION_NAMES.get(key) or _table().NATION_NAMES.get(key)
    return None if code is None else str(code)


def city_codes(city: str) -> tuple[str | None, str | None]:
    """Return ``(country_code, region_code)`` of a city that stands alone in datelines.

    A slash-joined multi-city dateline ("BEIJING/SEOUL") gets a country code only when all
    its cities share one. A city written as a country ("SINGAPORE", "AUSTRALIA") gets that
    country's code.

    >>> city_codes("DUSHANBE"), city_codes("ATLANTA")
    (('TJ', None), ('US', 'US-GA'))
    >>> city_codes("GENEVA/LONDON"), city_codes("Kokomo")
    ((None, None), (None, None))
    """
    parts = [part for part in city.split("/") if part.strip()]
    if not parts:
        return None, None
    found = [_one_city(part) for part in parts]
    countries = {country for country, _region in found}
    if len(countries) != 1:
        return None, None
    regions = {region for _country, region in found}
    return found[0][0], (found[0][1] if len(regions) == 1 else None)


def _one_city(city: str) -> tuple[str | None, str | None]:
    key = _key(city)
    codes = _table().CITY_CODES.get(key)
    if codes is not None:
        return codes[0], codes[1]
    country = country_code(city)
    if country is not None:
        return country, None
    return None, None


def is_known_city(city: str, *, countries: bool = True) -> bool:
    """Say whether a place stands alone in datelines (a known city, or a country's name).

    With ``countries=False``, only the cities of the table count ("SINGAPORE" is one, "US" is not).

    >>> is_known_city("WASHINGTON"), is_known_city("Kuala Lumpur"), is_known_city("AUSTRALIA")
    (True, True, True)
    >>> is_known_city("KOKOMO")
    False
    """
    parts = [part for part in city.split("/") if part.strip()]
    return bool(parts) and all(
        _key(part) in _table().CITY_CODES or (countries and country_code(part) is not None)
        for part in parts
    )


def qualifier_slot(city: str, qualifier: str) -> Literal["region", "country"]:
    """Say whether a dateline qualifier ("Ga.", "Iraq", "Georgia") is a region or a country.

    A name that is both (Georgia) is a country when the city is known to lie in it, else the
    US state (domestic datelines are the commoner case). Unknown qualifiers count as regions.

    >>> qualifier_slot("ATLANTA", "Ga."), qualifier_slot("BAGHDAD", "Iraq")
    ('region', 'country')
    >>> qualifier_slot("TBILISI", "Georgia"), qualifier_slot("MACON", "Georgia")
    ('country', 'region')
    """
    return _qualifier_slot(city, qualifier)


@lru_cache(maxsize=8192)
def _qualifier_slot(city: str, qualifier: str) -> Literal["region", "country"]:
    region = region_code(qualifier)
    country = country_code(qualifier)
    if _key(qualifier) in _table().NATION_NAMES:
        return "country"
    if country is None:
        return "region"
    if region is None:
        return "country"
    return "country" if city_codes(city)[0] == country else "region"


def coded_place(
    text: str,
    start: int,
    end: int,
    *,
    city: str,
    region: str | None = None,
    country: str | None = None,
) -> Place:
    """Return the :class:`~wirestory.Place` that ``text[start:end]`` writes, with its ISO codes.

    >>> coded_place("ATLANTA, Ga. (AP)", 0, 12, city="ATLANTA", region="Ga.").region_code
    'US-GA'
    """
    country_code, region_code = place_codes(city, region, country)
    return Place(
        city=city,
        region=region,
        country=country,
        country_code=country_code,
        region_code=region_code,
        span=Span(start, end),
        text=text[start:end],
    )


def place_codes(
    city: str, region: str | None = None, country: str | None = None
) -> tuple[str | None, str | None]:
    """Return ``(country_code, region_code)`` for a place as written; ``None`` for unknowns.

    The region and country as written win over what the city alone would suggest.

    >>> place_codes("DUSHANBE")
    ('TJ', None)
    >>> place_codes("ATLANTA", "Ga.")
    ('US', 'US-GA')
    >>> place_codes("LONDON", country="England")
    ('GB', 'GB-ENG')
    >>> place_codes("VANCOUVER", "British Columbia"), place_codes("ERIE", "Pa.")
    (('CA', 'CA-BC'), ('US', 'US-PA'))
    >>> place_codes("IGORA", "Leningrad Region")
    (None, None)
    """
    return _place_codes(city, region, country)


@lru_cache(maxsize=8192)
def _place_codes(
    city: str, region: str | None, country: str | None
) -> tuple[str | None, str | None]:
    country_out: str | None = None
    region_out: str | None = None
    if region:
        region_out = region_code(region)
        country_out = region_out[:2] if region_out else country_code(region)
    if country:
        named = country_code(country)
        if named is not None:
            if region_out is not None and region_out[:2] != named:
                region_out = None
            country_out = named
            nation = _table().NATION_NAMES.get(_key(country))
            region_out = region_out or (None if nation is None else str(nation))
        elif region_out is None:
            region_out = region_code(country)
            country_out = country_out or (region_out[:2] if region_out else None)
    if region or country:
        if country_out is not None and region_out is None:
            city_country, city_region = city_codes(city)
            if city_country == country_out:
                region_out = city_region
        return country_out, region_out
    city_country, city_region = city_codes(city)
    if city_country is None and city_region is None:
        state = region_code(city)
        if state is not None:
            return state[:2], state
    return city_country, city_region
