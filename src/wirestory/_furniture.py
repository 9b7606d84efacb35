r"""Recognise the furniture wire copy carries around a story: notes, labels, link lists.

A paragraph is furniture when the whole of it is one of these (after trimming):

- an editor's note in parentheses, opening with the verb the desk uses ("(This story has
  been refiled to correct the spelling ...)", "(Corrects paragraph 3 ...)", "(Adds quotes)"),
  or after an "EDITOR'S NOTE:" label (AP);
- a bare "FILE PHOTO" label left over from a picture (Reuters);
- the Reuters trailer "Our Standards: The Thomson Reuters Trust Principles.";
- a "Related coverage" / "Read more" heading (the list under it is gathered by the caller);
- ticker and markup residue: a line of ``<TICKER>`` or ``[nL1N2MQ0X8]`` codes, ``(END)`` with
  the writer's address (Yonhap), ``((...))`` contact blocks, ``Keywords:`` lines;
- IPTC 7901 transmission lines (``TRANSMISSION``): the header line ``bdt0000 3 vm 831  dpa
  0000`` (service and sequence number, priority, category, word count, agency and its
  sequence number) and the date-time line after the text, ``241205 Sep 24`` (day, hour,
  minute; month; year; a zone "GMT" now and then), often after the ETX control character
  ``\x03`` (IPTC 7901 V5; dpa's digitalwires-to-iptc7901 output; Superdesk's dpa and
  Keystone-SDA fixtures).
"""

from __future__ import annotations

import regex

from wirestory._checks import REGEX_TIMEOUT, require_str
from wirestory._models import Furniture, FurnitureKind, Span

__all__ = ["furniture_kind", "parse_furniture"]

#: Verbs (and their past forms) that open a desk's note on a refiled or updated story.
_NOTE_VERBS = (
    "adds", "add", "amends", "changes", "clarifies", "corrects", "corrected", "correction",
    "deletes", "fixes", "inserts", "moves", "recasts", "refiles", "refiled", "removes",
    "repeats", "replaces", "restores", "rewrites", "updates", "updated", "withdraws",
    "writethru", "this story", "this version", "this article", "story", "attn", "eds",
    "editors", "editor's note", "note",
)  # fmt: skip

_EDITORS_NOTE = regex.compile(
    r"""
    (?:
      \(                                    # (
      \L<verbs>\b                           # Refiles / This story / Corrects
      [^()\n]*                              # ... the note, no parentheses
      (?:\([^()\n]*\)[^()\n]*)*             # ... or with a nested (aside)
      \)                                    # )
    | (?:EDITOR'?S\ NOTE|EDITOR’S\ NOTE|Editor'?s\ note|Editor’s\ note)  # AP's label
      \s*[:\u2014-]\s*\S[^\n]*              # : and the note
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    verbs=_NOTE_VERBS,
)

_FILE_PHOTO = regex.compile(
    r"""
    FILE\ PHOTO                             # Reuters' label without its caption
    \s*:?                                   # sometimes with its colon
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_STANDARDS = regex.compile(
    r"""
    Our\ Standards:?\s*                     # the Reuters trailer's label
    The\ Thomson\ Reuters\ Trust\ Principles\.?  # its title
    (?:,?\s*opens\ new\ tab)?               # link text scraped from reuters.com
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_RELATED = regex.compile(
    r"""
    (?:Related|See\ also|Read\ more|Also\ read)  # heading word ("More" alone is 1987's
                                            # "story continues" line, not a heading)
    (?:\ (?:coverage|content|stories|news|articles|links))?     # what it lists
    \s*:?                                   # optional colon
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: The heading words of _RELATED, case-folded: a text with none of them (folded as
#: :func:`wirestory._credits.caseless` folds) holds no "Related" heading.
RELATED_WORDS = ("related", "see also", "read more", "also read")

_TICKER = regex.compile(
    r"""
    (?:
      (?:\s*(?:<[^<>\n]{1,40}>|\[[^\[\]\n]{1,40}\]))+   # <BAC>, [nL1N2MQ0X8], [ID:n...]
    | \(\([^()\n]*\)\)                      # ((Reuters messaging: ...))
    | [\w.+-]{1,64}@[\w.-]{1,255}\s*\(END\) # mlee@yna.co.kr(END) (Yonhap)
    | \(END\)|END                           # a bare end marker
    | \^M                                   # a teletype carriage-return left in the text
    | Keywords:[^\n]*                       # a keyword line
    )
    """,
    regex.VERBOSE,
)

_TRANSMISSION = regex.compile(
    r"""
    \x03?[\t\p{Zs}]*                        # ETX, the end-of-text control character
    (?:
      \d{6}                                 # 241205: day, hour, minute
      (?:[\t\p{Zs}]+\p{Lu}{3})?              # GMT
      [\t\p{Zs}]+\p{L}{3}                     # Sep / dec
      [\t\p{Zs}]+\d{2}                        # 24: the year
    | \p{Ll}{2,4}\d{4}                       # bdt0000: service and sequence number
      [\t\p{Zs}]+\d                          # 3: priority
      [\t\p{Zs}]+\p{Ll}{1,3}                   # vm: category
      [\t\p{Zs}]+\d{1,5}                      # 831: word count
      [\t\p{Zs}]+\p{L}{2,6}                    # dpa: the agency
      [\t\p{Zs}]+\d{4}                        # 0000: its sequence number
    )
    """,
    regex.VERBOSE,
)

#: The longest transmission line (characters).
_MAX_TRANSMISSION = 60


def _transmission_like(text: str, start: int, end: int) -> bool:
    """A cheap test before _TRANSMISSION: short, opening with ETX, a digit or "bdt0"."""
    if end - start > _MAX_TRANSMISSION:
        return False
    first = text[start]
    return (
        first == "\x03"
        or first.isdigit()
        or (first.islower() and any(map(str.isdigit, text[start + 2 : start + 5])))
    )


_PATTERNS: tuple[tuple[FurnitureKind, regex.Pattern[str]], ...] = (
    (FurnitureKind.STANDARDS, _STANDARDS),
    (FurnitureKind.FILE_PHOTO, _FILE_PHOTO),
    (FurnitureKind.EDITORS_NOTE, _EDITORS_NOTE),
    (FurnitureKind.RELATED, _RELATED),
    (FurnitureKind.TICKER, _TICKER),
)

#: Paragraphs longer than this are never furniture (keeps the check cheap on huge text).
_MAX_LENGTH = 2000

#: How every pattern above can begin (case-folded): a cheap test before any regex runs.
_OPENINGS = (
    "our standards", "file photo", "(", "editor", "related", "see also", "read more",
    "also read", "<", "[", "keywords", "^m", "end",
)  # fmt: skip


#: The first character of each opening.
_OPENING_FIRSTS = frozenset(opening[0] for opening in _OPENINGS)


def furniture_kind(text: str, start: int, end: int) -> FurnitureKind | None:
    """Return the kind of furniture that the trimmed ``text[start:end]`` is, or ``None``.

    >>> furniture_kind("x FILE PHOTO", 2, 12)
    <FurnitureKind.FILE_PHOTO: 'file_photo'>
    """
    if end - start > _MAX_LENGTH or start >= end:
        return None
    # Most paragraphs are ruled out by their first character: case folding works character
    # by character, so the folded head starts with the fold of the first one.
    if _transmission_like(text, start, end) and _TRANSMISSION.fullmatch(
        text, start, end, timeout=REGEX_TIMEOUT
    ):
        return FurnitureKind.TRANSMISSION
    head = text[start].casefold()
    if head[0] in _OPENING_FIRSTS:
        head = text[start : start + 13].casefold()
    if not head.startswith(_OPENINGS) and not text.endswith("(END)", start, end):
        return None
    for kind, pattern in _PATTERNS:
        if pattern.fullmatch(text, start, end, timeout=REGEX_TIMEOUT):
            return kind
    return None


def parse_furniture(text: str) -> Furniture | None:
    r"""Return the :class:`~wirestory.Furniture` that *text* is, all of it, or ``None``.

    Leading and trailing whitespace are allowed; the span covers the trimmed text.

    >>> parse_furniture("(This story has been refiled to correct a typo in paragraph 2)").kind
    <FurnitureKind.EDITORS_NOTE: 'editors_note'>
    >>> parse_furniture("  Our Standards: The Thomson Reuters Trust Principles.\n").span
    Span(start=2, end=54)
    >>> parse_furniture("Moscow has offered to help.") is None
    True
    """
    require_str(text)
    stripped = text.strip()
    start = len(text) - len(text.lstrip())
    end = start + len(stripped)
    kind = furniture_kind(text, start, end)
    if kind is None:
        return None
    return Furniture(kind=kind, text=stripped, span=Span(start, end))
