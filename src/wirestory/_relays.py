"""Relays: outlets that pass on someone else's words ("..., TASS news agency reported").

A wire story often cites another outlet for a statement it did not witness: "X said ..., the
Interfax news agency reported", "X told TASS", "KCNA quoted Kim as saying". The outlet is the
statement's :class:`~wirestory.Source` (``Statement.via``), not its speaker.
"""

from __future__ import annotations

import functools

import regex

from wirestory._agencies import agency_from_text, lookup_agency
from wirestory._checks import REGEX_TIMEOUT
from wirestory._models import Source, Span

__all__ = ["is_outlet", "make_source"]

#: Words that make a noun phrase an outlet ("news agency", "state media", "newspaper").
_MEDIA_WORDS: frozenset[str] = frozenset(
    {
        "agency", "media", "newspaper", "paper", "daily", "weekly", "broadcaster", "television",
        "tv", "radio", "website", "site", "outlet", "channel", "newswire", "wire", "tabloid",
        "magazine", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette",
        "news", "press", "sinmun", "network", "station", "broadcasting", "programme",
        "program", "show", "dispatch", "guardian", "insider", "today", "echo", "global",
        "mediazona", "bbc", "cnn", "nhk", "rthk", "kcna", "irna", "fox",
    }
)  # fmt: skip

_CAP_RUN = regex.compile(
    r"""
    \p{Lu}[\p{L}\p{N}’'\-&.]*                         # a capitalised word (TASS, Interfax)
    (?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}’'\-&.]*)*       # more of them (Echo of Moscow)
    """,
    regex.VERBOSE,
)


@functools.lru_cache(maxsize=4096)  # a pure function of short mentions that recur ("the company")
def is_outlet(text: str) -> bool:
    """Whether a noun phrase names a news outlet.

    >>> is_outlet("TASS news agency"), is_outlet("state media"), is_outlet("the ministry")
    (True, True, False)
    """
    words = [w.strip(".,’'").lower().removesuffix("’s").removesuffix("'s") for w in text.split()]
    if any(w in _MEDIA_WORDS for w in words):
        return True
    return any(
        lookup_agency(m.group()) is not None for m in _CAP_RUN.finditer(text, timeout=REGEX_TIMEOUT)
    )


def make_source(text: str, start: int, end: int) -> Source | None:
    """Build the :class:`~wirestory.Source` for the outlet mention ``text[start:end]``.

    A leading article is left out of the source's span and text.

    >>> s = "TASS news agency reported"
    >>> src = make_source(s, 0, 16)
    >>> src.text, src.name, src.agency.code
    ('TASS news agency', 'TASS', 'TASS')
    """
    mention = text[start:end]
    for article in ("the ", "The ", "THE "):
        if mention.startswith(article):
            start += len(article)
            mention = mention[len(article) :]
            break
    if not mention.strip():
        return None
    info = lookup_agency(mention)
    if info is not None:
        agency = agency_from_text(mention, Span(start, end))
        return Source(text=mention, span=Span(start, end), name=info.name, agency=agency)
    for m in _CAP_RUN.finditer(mention, timeout=REGEX_TIMEOUT):
        info = lookup_agency(m.group())
        if info is not None:
            span = Span(start + m.start(), start + m.end())
            agency = agency_from_text(m.group(), span)
            return Source(text=mention, span=Span(start, end), name=info.name, agency=agency)
    return Source(text=mention, span=Span(start, end), name=None, agency=None)
