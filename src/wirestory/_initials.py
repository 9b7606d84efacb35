"""Desk initials: the lower-case abbreviations a wire desk signs with ("asl/tib/pid/cac").

AFP and EFE put them, slash-separated, on the last line of a story (``asl/tib/pid/cac``);
EFE's items carry them as their creator (``daa/mt/msr``, Superdesk's EFE fixtures). They
name people without saying who wrote and who edited, so they are kept as written, in order.
"""

from __future__ import annotations

import regex

from wirestory._checks import REGEX_TIMEOUT

__all__ = ["NOT_INITIALS", "read_initials"]

#: Lower-case words that are not desk initials ("and/or", "Reuters staff").
NOT_INITIALS: frozenset[str] = frozenset(
    ("staff", "said", "says", "news", "wire", "and", "und", "et", "with", "mit", "via", "the", "or")
)

#: Desk initials, slash-separated: "asl/tib/pid/cac", "daa/mt/msr".
_INITIALS = regex.compile(
    r"""
    \p{Ll}{1,5}                                     # asl
    (?:/\p{Ll}{1,5})+                               # /tib/pid/cac
    """,
    regex.VERBOSE,
)


def read_initials(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """Return the desk initials filling ``text[start:end]``, or ``None``.

    >>> read_initials("daa/mt/msr", 0, 10)
    ('daa', 'mt', 'msr')
    >>> read_initials("and/or", 0, 6) is None
    True
    """
    # _INITIALS needs a slash: most lines (names, headlines) have none, and no match is tried.
    if text.find("/", start, end) < 0 or (
        _INITIALS.fullmatch(text, start, end, timeout=REGEX_TIMEOUT) is None
    ):
        return None
    initials = tuple(text[start:end].split("/"))
    if any(word in NOT_INITIALS for word in initials):
        return None
    return initials
