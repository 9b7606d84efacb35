"""Scanning a text for a pattern only where a match can begin.

A ``regex`` scan tries its pattern at every position of the text; for a pattern whose matches
must begin with one of a few literal words ("Mr", "Photograph", a month), it is much cheaper to
find those words with ``str.find`` (in C) and try the pattern there alone. :func:`matches_at`
then gives exactly the matches ``pattern.finditer`` would: in text order, none starting inside
an earlier one, as long as the positions include every place a match can begin.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

import regex

from wirestory._checks import REGEX_TIMEOUT

__all__ = ["find_all", "matches_at", "reach_back"]


def find_all(text: str, literal: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Yield every offset where *literal* occurs in ``text[start:end]``, overlaps included.

    >>> list(find_all("Mr Mrs Mr", "Mr"))
    [0, 3, 7]
    """
    stop = len(text) if end is None else end
    at = text.find(literal, start, stop)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1, stop)


def matches_at(
    pattern: regex.Pattern[str],
    text: str,
    positions: Iterable[int],
    end: int | None = None,
) -> Iterator[regex.Match[str]]:
    r"""Yield the matches of *pattern* that begin at *positions*, as ``finditer`` would.

    The positions are tried in increasing order, each one once; a position inside an earlier
    match is skipped, and after an empty match the scan moves on by one character.

    >>> pattern = regex.compile(r"M(?:r|rs)\.?[ ]\p{Lu}\w+")
    >>> text = "Mr Smith met Mrs Jones."
    >>> [m.group() for m in matches_at(pattern, text, find_all(text, "Mr"))]
    ['Mr Smith', 'Mrs Jones']
    """
    stop = len(text) if end is None else end
    resume = 0
    for position in sorted(set(positions)):
        if position < resume:
            continue
        match = pattern.match(text, position, stop, timeout=REGEX_TIMEOUT)
        if match is not None:
            yield match
            resume = max(match.end(), position + 1)


def reach_back(text: str, at: int, lo: int, reach: int) -> Iterable[int]:
    """*at*, and the *reach* offsets before the spaces or tabs standing before *at* (if any).

    A match that may open with a word of up to *reach* characters and white space before a
    literal found at *at* ("ST PHOTO:", "March 5") begins at one of these; *lo* bounds them.

    >>> list(reach_back("on March 5", 9, 0, 5))
    [9, 3, 4, 5, 6, 7]
    >>> list(reach_back("5 March", 0, 0, 5))
    [0]
    """
    left = at
    while left > lo and text[left - 1] in "\t ":
        left -= 1
    if left == at:
        return (at,)
    return chain((at,), range(max(lo, left - reach), left))
