"""German copy cut for the German reader: quote regions, tokens and sentences.

German quotations open with the low-9 mark and close with the high one („...“, DIN 5008 and
Duden), or with guillemets pointing inwards (»...«, books and some papers) or, in Swiss copy
and dpa's raw feed, outwards («...»). Nested quotations use the single forms ‚...‘ and ›...‹;
they stay inside the outer quotation here. A quotation left open ends with its paragraph.
Everything is one left-to-right pass.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from wirestory._lang import de

__all__ = ["DeToken", "quote_regions", "sentences", "tokenize"]

#: Opening double marks -> the marks that close them.
_CLOSERS: dict[str, str] = {
    "\u201e": '\u201c\u201d\u00bb\u00ab"',  # „...“ (and a stray ” or " closing it)
    "\u00bb": "\u00ab",  # »...«
    "\u00ab": "\u00bb",  # «...» (Swiss, dpa raw feed)
    "\u201c": "\u201d",  # “...” (English-style marks in German copy)
    '"': '"\u201c\u201d',  # "..."
}

_MARK = regex.compile(
    r"""
    ["\u201c\u201d\u201e\u00ab\u00bb]     # the double quote marks German copy uses
    """,
    regex.VERBOSE,
)

_TOKEN = regex.compile(
    r"""
    (?P<word>\p{L}[\p{L}\p{N}]*(?:[-'’.][\p{L}\p{N}]+)*(?:-(?![\p{L}\p{N}]))?)  # Koch-Mehrin, USGS-
    | (?P<num>\p{N}+(?:[.,:/]\p{N}+)*)                                      # 1.000, 14:30
    | (?P<other>\S)                                                         # anything else
    """,
    regex.VERBOSE,
)


class DeToken(NamedTuple):
    """A word or punctuation character: offsets, text, lower case, quote status.

    ``quote`` is the index of the region the token lies inside (-1 outside); ``mark`` is
    "open" or "close" for the region's own marks.
    """

    start: int
    end: int
    text: str
    low: str
    quote: int
    mark: str | None


class Region(NamedTuple):
    """A quotation: its opening mark, its closing mark (None: open to ``end``) and end."""

    open: int
    close: int | None
    end: int


def quote_regions(text: str, start: int, end: int) -> list[Region]:
    """The quotations of the paragraph ``text[start:end]``, in order.

    >>> [(r.open, r.close) for r in quote_regions("„Ja“, sagte er. »Nein«", 0, 22)]
    [(0, 3), (16, 21)]
    >>> [(r.open, r.close) for r in quote_regions("«Ja», sagte er.", 0, 15)]
    [(0, 3)]
    """
    regions: list[Region] = []
    opened = -1
    closers = ""
    for m in _MARK.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if opened < 0:
            if ch in _CLOSERS and (ch != '"' or i == start or not text[i - 1].isalnum()):
                opened, closers = i, _CLOSERS[ch]
            continue
        if ch in closers:
            regions.append(Region(opened, i, end))
            opened = -1
        elif ch in _CLOSERS and ch != '"' and (i == start or text[i - 1].isspace()):
            # A fresh opening mark after a space: the earlier quotation was left open.
            regions.append(Region(opened, None, i))
            opened, closers = i, _CLOSERS[ch]
    if opened >= 0:
        regions.append(Region(opened, None, end))
    return regions


def _past(region: Region, s: int) -> bool:
    """Whether offset *s* lies after the region (its closing mark, or its end)."""
    return region.close < s if region.close is not None else region.end <= s


def tokenize(text: str, start: int, end: int, regions: list[Region]) -> list[DeToken]:
    """The tokens of ``text[start:end]``, each knowing its quotation (one pass)."""
    out: list[DeToken] = []
    ri = 0
    n = len(regions)
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        while ri < n and _past(regions[ri], s):
            ri += 1
        quote, mark = -1, None
        if ri < n:
            region = regions[ri]
            if s == region.open:
                mark = "open"
            elif s == region.close:
                mark = "close"
            elif region.open < s < (region.end if region.close is None else region.close):
                quote = ri
        word = m.group()
        out.append(DeToken(s, e, word, word.lower(), quote, mark))
    return out


def _abbreviation(tokens: list[DeToken], i: int) -> bool:
    """Whether the dot at *i* closes an abbreviation or an ordinal ("Dr.", "14. Oktober")."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.end != tokens[i].start or not before.text[:1].isalnum():
        return False
    return before.low in de.ABBREVIATIONS or before.text.isdigit() or len(before.text) == 1


def sentences(tokens: list[DeToken]) -> list[tuple[int, int]]:
    """Cut a paragraph's tokens into sentences, never inside a quotation."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(tokens)
    for i in range(n - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if tok.quote >= 0:
            continue
        starts = nxt.text[:1].isupper() or nxt.mark == "open" or nxt.text[:1].isdigit()
        if not starts:
            continue
        if (
            tok.mark is None
            and tok.text in ".!?"
            and not (tok.text == "." and _abbreviation(tokens, i))
        ):
            out.append((start, i + 1))
            start = i + 1
        elif tok.mark == "close" and i > 0 and tokens[i - 1].text in ".!?":
            # „Erstens.“ „Zweitens.“ and „...“ Er: a quotation that ends its sentence (an
            # attribution after it opens in lower case: „...?“ fragte er).
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out
