"""Offset arithmetic shared by the parsers: trimming a ``[start, end)`` range in place.

The parsers never slice and re-search; they move offsets into the text they were given, so
every span they build indexes that text.
"""

from __future__ import annotations

__all__ = ["lstrip_offset", "rstrip_offset"]


def rstrip_offset(text: str, start: int, end: int, chars: str = "") -> int:
    """Return *end* moved left over white space (and *chars*), never before *start*.

    >>> rstrip_offset("By Jane Doe,  ", 0, 14, ",")
    11
    """
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return end


def lstrip_offset(text: str, start: int, end: int) -> int:
    """Return *start* moved right over white space, never past *end*.

    >>> lstrip_offset("   Reuter", 0, 9)
    3
    """
    while start < end and text[start].isspace():
        start += 1
    return start
