"""Character-level helpers: trimming a content or description, and the word test."""

from __future__ import annotations

import regex

__all__ = ["OPEN_QUOTE_CHARS", "WORD", "strip_the", "trim_span"]

#: Opening quote marks a content may start with: '"', “, „, «, 「.
OPEN_QUOTE_CHARS = '"\u201c\u201e\u00ab\u300c'
#: Closing quote marks trimmed off a content's end.
_CLOSE_TRIM = "\"\u201d\u201c\u00bb\u00ab\u300d’'"
#: Punctuation trimmed off a content's end: "talks will resume," -> "talks will resume".
_TRAIL_TRIM = " \t,.;:\u2014\u2013-"

#: Searched without ``timeout`` (``regex`` would read the process clock per call): a single
#: character class cannot backtrack.
WORD = regex.compile(
    r"""
    [\p{L}\p{N}]             # a letter or digit: narrative, not just punctuation
    """,
    regex.VERBOSE,
)


def trim_span(text: str, start: int, end: int, *, quote: bool = False) -> tuple[int, int]:
    """Trim white space, trailing , . ; : and closing quote marks (and opening ones if *quote*).

    >>> trim_span('"We will win," ', 0, 15, quote=True)
    (1, 12)
    """
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1] in _TRAIL_TRIM or text[end - 1].isspace()):
            end -= 1
        changed = False
        if end > start and text[end - 1] in _CLOSE_TRIM:
            end -= 1
            changed = True
        if quote and start < end and text[start] in OPEN_QUOTE_CHARS + "'`":
            start += 1
            changed = True
        if not changed:
            return start, end


def strip_the(text: str) -> str:
    """*text* without a leading "the " (any case): "the Interfax agency" -> "Interfax agency"."""
    return text[4:] if text[:4].lower() == "the " else text
