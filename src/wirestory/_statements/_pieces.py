"""A content's pieces: a whole quotation (with its multi-paragraph continuations) or plain text.

A quotation that opens where the content starts gives the quoted words of each of its parts
(AP Stylebook: a quotation that runs on into the next paragraph has no closing mark). Plain
content is one stretch of text, less any non-restrictive relative clause on a noun of it
('..., who is believed to have ..., ...': the writer's background).
"""

from __future__ import annotations

from collections.abc import Iterable

from wirestory._lang.en import PERSONAL_RELATIVES
from wirestory._quotes import Token
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
    close_ok = region.close is None or all(
        (t.start >= region.close and not t.is_word and t.mark in {None, "close"})
        or t.start < region.close
        for t in toks[k:end]
    )
    inner_end = region.inner_end
    if not close_ok or any(t.start > inner_end and t.is_word for t in toks[k:end]):
        return None
    spans = chain_pieces(doc, parts)
    return spans, [True] * len(spans), set(parts)


def _plain(doc: Doc, toks: list[Token], k: int, end: int) -> list[Span2]:
    """The stretches of ``toks[k:end]`` outside non-restrictive who-clauses, trimmed."""
    text = doc.text
    spans: list[Span2] = []
    piece_start = k
    n = k + 1
    if "who" not in text[toks[k].start : toks[end - 1].end].lower():
        n = end  # no "who" or "whose" (nor any other case of them): no relative clause
    while n < end:
        tok = toks[n]
        if (
            tok.text == ","
            and tok.quote < 0
            and n + 1 < end
            and toks[n + 1].low in PERSONAL_RELATIVES
            and n - piece_start >= 3
        ):
            # '..., who is believed to have ..., as he sounded weaker': a non-restrictive
            # relative is the writer's background; the content goes on after it.
            close = n + 2
            while close < end and toks[close].text != "," and toks[close].mark is None:
                close += 1
            spans.append((toks[piece_start].start, toks[n - 1].end))
            if close >= end or toks[close].text != ",":
                piece_start = end
                break
            piece_start = n = close + 1
            continue
        n += 1
    if piece_start < end:
        spans.append((toks[piece_start].start, toks[end - 1].end))
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
    first = toks[k]
    region_index = -1
    if first.mark == "open":
        region_index = para.opens.get(first.start, -1)
    elif first.quote >= 0 and k == 0:
        region_index = first.quote
    if region_index >= 0:
        found = _quotation(doc, para, k, end, region_index)
        if found is not None:
            return found
    regions = {para.base + t.quote for t in toks[k:end] if t.quote >= 0} if para.regions else set()
    spans = _plain(doc, toks, k, end)
    return spans, [False] * len(spans), regions
