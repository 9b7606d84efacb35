"""A content's pieces: a whole quotation (with its multi-paragraph continuations) or plain text.

A quotation that opens where the content starts gives the quoted words of each of its parts
(AP Stylebook: a quotation that runs on into the next paragraph has no closing mark). Plain
content is one stretch of text, less any non-restrictive relative clause on a noun of it
('..., who is believed to have ..., ...': the writer's background).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from wirestory._lang.en import PERSONAL_RELATIVES
from wirestory._quotes import Tokens
from wirestory._statements._model import Doc, Paragraph, Span2
from wirestory._statements._text import trim_span

__all__ = [
    "Pieces",
    "chain",
    "chain_consumed",
    "chain_pieces",
    "consume",
    "link_chains",
    "pieces",
]

#: Content pieces (offsets), whether each is quoted, and the quote regions they hold.
Pieces = tuple[list[Span2], list[bool], set[int]]


def link_chains(doc: Doc) -> None:
    """Record each region's chain bounds, once: a region ``follows`` only the one before it.

    Walking the chain from every region instead costs the square of its length on a
    transcript that reopens a quotation in each paragraph and never closes it (100 KB took
    0.44 s, 1 MB minutes).
    """
    regions = doc.regions
    first = doc.chain_first = list(range(len(regions)))
    for g in range(1, len(regions)):
        if regions[g].follows == g - 1:
            first[g] = first[g - 1]
    last = doc.chain_last = list(range(len(regions)))
    for g in range(len(regions) - 2, -1, -1):
        if first[g + 1] == first[g]:
            last[g] = last[g + 1]


def chain(doc: Doc, gi: int) -> range:
    """The region *gi* with the regions before and after it in a multi-paragraph quote."""
    return range(doc.chain_first[gi], doc.chain_last[gi] + 1)


def consume(doc: Doc, regions: Iterable[int]) -> None:
    """Mark *regions* as held by a statement."""
    for g in regions:
        doc.consumed.add(g)
        doc.consumed_chains.add(doc.chain_first[g])


def chain_consumed(doc: Doc, gi: int) -> bool:
    """Whether any region of *gi*'s chain is held by a statement (constant time)."""
    return doc.chain_first[gi] in doc.consumed_chains


def chain_pieces(doc: Doc, regions: Iterable[int]) -> list[Span2]:
    """The quoted words of each region of a chain, trimmed (empty ones left out)."""
    out: list[Span2] = []
    for g in regions:
        r = doc.regions[g]
        s, e = trim_span(doc.text, r.open + 1, r.inner_end, quote=True)
        if e > s:
            out.append((s, e))
    return out


def _quotation(doc: Doc, para: Paragraph, k: int, end: int, region_index: int) -> Pieces | None:
    """The pieces of the quotation opening at token *k*, if it fills ``toks[k:end]``."""
    toks = para.tokens
    gi = para.base + region_index
    # Parts of a multi-paragraph chain another statement already holds stay there (an
    # unclosed quote in one paragraph does not take the next one's speaker).
    parts = [g for g in chain(doc, gi) if g == gi or g not in doc.consumed]
    # The quote's last part in this paragraph: a quote reopened in the same paragraph (its
    # paragraph break lost) continues it.
    here = range(para.base, para.base + len(para.regions))
    region = doc.regions[max((g for g in parts if g in here), default=gi)]
    if region.close is not None:
        # Nothing after the closing mark but punctuation (no word, no new quotation).
        at = bisect.bisect_left(toks.start, region.close, k, end)
        if any(toks.is_word[at:end]) or "open" in toks.mark[at:end]:
            return None
    if any(toks.is_word[bisect.bisect_right(toks.start, region.inner_end, k, end) : end]):
        return None
    spans = chain_pieces(doc, parts)
    return spans, [True] * len(spans), set(parts)


def _plain(doc: Doc, toks: Tokens, k: int, end: int) -> list[Span2]:
    """The stretches of ``toks[k:end]`` outside non-restrictive who-clauses, trimmed."""
    text = doc.text
    spans: list[Span2] = []
    piece_start = k
    n = k + 1
    if "who" not in text[toks.start[k] : toks.end[end - 1]].lower():
        n = end  # no "who" or "whose" (nor any other case of them): no relative clause
    while n < end:
        if (
            toks.text[n] == ","
            and toks.quote[n] < 0
            and n + 1 < end
            and toks.low[n + 1] in PERSONAL_RELATIVES
            and n - piece_start >= 3
        ):
            # '..., who is believed to have ..., as he sounded weaker': a non-restrictive
            # relative is the writer's background; the content goes on after it.
            close = n + 2
            while close < end and toks.text[close] != "," and toks.mark[close] is None:
                close += 1
            spans.append((toks.start[piece_start], toks.end[n - 1]))
            if close >= end or toks.text[close] != ",":
                piece_start = end
                break
            piece_start = n = close + 1
            continue
        n += 1
    if piece_start < end:
        spans.append((toks.start[piece_start], toks.end[end - 1]))
    trimmed = [trim_span(text, s, e) for s, e in spans]
    return [(s, e) for s, e in trimmed if e > s]


def pieces(doc: Doc, para: Paragraph, k: int, end: int) -> Pieces:
    """Content pieces for tokens [k, end).

    A whole quotation gives its text (and its multi-paragraph continuations); anything else
    gives the plain stretch of text.
    """
    toks = para.tokens
    if k >= end:
        return [], [], set()
    region_index = -1
    if toks.mark[k] == "open":
        region_index = para.opens.get(toks.start[k], -1)
    elif toks.quote[k] >= 0 and k == 0:
        region_index = toks.quote[k]
    if region_index >= 0:
        found = _quotation(doc, para, k, end, region_index)
        if found is not None:
            return found
    regions = {para.base + q for q in set(toks.quote[k:end]) if q >= 0} if para.regions else set()
    spans = _plain(doc, toks, k, end)
    return spans, [False] * len(spans), regions
