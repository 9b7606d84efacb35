"""Generate ``src/wirestory/_month_table.py``: month and weekday names of the wires' languages.

Run from the project root (needs the ``data`` dependency group)::

    python scripts/generate_month_table.py

Everything comes from CLDR through ``babel`` (nothing is typed by hand here): for each language
of :data:`LANGUAGES`, the wide and abbreviated month names in their format context (the
genitive "prosince", "декабря" that follows a day) and stand-alone context ("prosinec"), and
the weekday names. Keys are case-folded with a final period dropped ("déc." -> "déc", "DIC" ->
"dic"), so lower-cased and capitals copy ("москва, 1 дек", "(ANSA) - ROMA, 06 DIC -") match.

Wires also cut month names where CLDR does not ("ноя" in RIA Novosti copy, CLDR "нояб."; "DIC"
in ANSA copy): every prefix of three or more letters of a wide name is a key too, unless it is
a whole CLDR word of another month. Where two languages give one key different months (Czech
and Polish "listopad" is November, Croatian October), the language listed first wins: the
order below is the order of the wires' volume of copy (an agency's own language first).
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import babel
from babel import Locale

_BABEL = importlib.metadata.version("babel")
OUT = Path(__file__).resolve().parent.parent / "src" / "wirestory" / "_month_table.py"

#: The languages of the national agencies of the registry, in order of priority.
LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "pl", "ru", "uk", "be", "bg", "sr",
    "sr_Latn", "hr", "sl", "bs", "mk", "ro", "hu", "el", "tr", "da", "sv", "nb", "nn", "fi",
    "et", "lv", "lt", "ca", "gl", "eu", "is", "sq", "ga", "cy", "lb", "id", "ms",
)  # fmt: skip

#: Shortest month key: two letters would be too ambiguous a date word ("ma", "li").
MIN_KEY = 3


def month_key(word: str) -> str:
    """The look-up key of a month word (same rule as ``wirestory._intl_dateline``)."""
    return word.casefold().rstrip(".")


def _letters_only(word: str) -> bool:
    return bool(word) and all(ch.isalpha() for ch in word)


def month_words() -> dict[str, int]:
    """Every month form of every language -> month number, whole words before prefixes."""
    whole: dict[str, int] = {}
    wide: list[tuple[str, int]] = []
    for code in LANGUAGES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    key = month_key(name)
                    if len(key) >= MIN_KEY and _letters_only(key):
                        whole.setdefault(key, number)
                        if width == "wide":
                            wide.append((key, number))
    table = dict(whole)
    for key, number in wide:
        for size in range(MIN_KEY, len(key)):
            table.setdefault(key[:size], number)
    return dict(sorted(table.items()))


def month_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Per language, each month's forms as written after a day (CLDR format context)."""
    table: dict[str, tuple[tuple[str, ...], ...]] = {}
    for code in LANGUAGES:
        locale = Locale.parse(code)
        months = []
        for number in range(1, 13):
            forms = (locale.months["format"][width][number] for width in ("wide", "abbreviated"))
            kept = [form for form in forms if _letters_only(month_key(form))]
            months.append(tuple(dict.fromkeys(kept)))
        table[code] = tuple(months)
    return table


def weekday_words() -> dict[str, int]:
    """Every weekday form -> ISO weekday number (Monday 1 ... Sunday 7)."""
    table: dict[str, int] = {}
    for code in LANGUAGES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.days[context][width].items():
                    key = month_key(name)
                    if len(key) >= MIN_KEY and _letters_only(key):
                        table.setdefault(key, number + 1)  # babel counts Monday as 0
    return dict(sorted(table.items()))


def render() -> str:
    """Return the source text of the generated module."""
    months = month_words()
    days = weekday_words()
    lines = [
        '"""Month and weekday names in the wires\' languages, from CLDR. GENERATED: do not edit.',
        "",
        "Regenerate with ``python scripts/generate_month_table.py`` (sources and rules are",
        "documented there). Keys are case-folded, without a final period.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        '__all__ = ["LANGUAGES", "MONTH_FORMS", "MONTH_WORDS", "WEEKDAY_WORDS"]',
        "",
        f"# Made with babel {_BABEL} (CLDR {babel.core.get_cldr_version()}).",
        "LANGUAGES: tuple[str, ...] = (",
        *(f'    "{code}",' for code in LANGUAGES),
        ")",
        "",
        f"# Month word -> month number ({len(months)} keys: whole CLDR forms, then prefixes).",
        "MONTH_WORDS: dict[str, int] = {",
        *(f'    "{k}": {v},' for k, v in months.items()),
        "}",
        "",
        "# Language -> the forms of each month after a day, January first (CLDR format).",
        "MONTH_FORMS: dict[str, tuple[tuple[str, ...], ...]] = {",
        *(f'    "{code}": {forms!r},' for code, forms in month_forms().items()),
        "}",
        "",
        f"# Weekday word -> ISO weekday (1 = Monday; {len(days)} keys).",
        "WEEKDAY_WORDS: dict[str, int] = {",
        *(f'    "{k}": {v},' for k, v in days.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Write the table module and report its size."""
    text = render()
    OUT.write_text(text, encoding="utf-8")
    # ruff writes the nested tuples of MONTH_FORMS out one per line, as the project's style
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(OUT)], check=True)  # noqa: S603
    print(f"wrote {OUT} ({len(text)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
