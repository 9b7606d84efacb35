"""The engine: reads a text paragraph by paragraph, sentence by sentence, cue by cue.

For each paragraph, in order:

1. a paragraph with no cue word, quote mark or colon only decides whether quotes after it
   may still continue the last statement (a paragraph of no words at all lets them);
2. a transcript line ('BOULDUAN: Why not debate?') is a statement of its own;
3. a paragraph with no cue word: a headline with a colon in the first paragraph, else its
   leading quotes continue the last statement (multi-paragraph quotes, AP style);
4. otherwise its tokens are cut into sentences and each sentence's cues are read by the
   rule table (:mod:`wirestory._statements._rules`): a sentence-final relay ("..., TASS
   reported") first, then a tail attribution governing the sentence before it, then each
   cue left; a sentence of only a quotation continues the last statement.
"""

from __future__ import annotations

import bisect

import attrs

from wirestory._lang.en import CUE_WORDS
from wirestory._models import Source
from wirestory._quotes import tokenize
from wirestory._statements._asked import read_asked
from wirestory._statements._assemble import assemble
from wirestory._statements._colon import headline_colon, transcript_line
from wirestory._statements._model import CueKind, CueMatch, Doc, Draft, Paragraph, Reading
from wirestory._statements._paragraphs import read_paragraphs, sentences
from wirestory._statements._pieces import (
    chain,
    chain_consumed,
    chain_pieces,
    consume,
    link_chains,
)
from wirestory._statements._recognise import find_cues
from wirestory._statements._relay import relay_tail, relayed_clause
from wirestory._statements._rules import RULES
from wirestory._statements._text import WORD

__all__ = ["read_statements", "statement"]


def statement(
    doc: Doc,
    para: Paragraph,
    sentence: tuple[int, int],
    cue: CueMatch,
    cues: list[CueMatch],
    *,
    drafts: list[Draft] | None = None,
    claimed: int | None = None,
) -> tuple[Draft | None, int]:
    """Read one cue of the *sentence* ``tokens[a:b]``: (draft or None, claimed end).

    *drafts* are the sentence's statements before it, *claimed* where the text still free
    starts.
    """
    a, b = sentence
    lo = a if claimed is None else max(a, claimed)
    reading = Reading(para, a, b, cue, cues, [] if drafts is None else drafts, lo)
    out = RULES[cue.kind](doc, reading)
    if isinstance(out, tuple):
        return out
    return assemble(doc, out, statement)


def _tail_first(
    doc: Doc, para: Paragraph, a: int, b: int, cues: list[CueMatch]
) -> tuple[list[Draft], list[CueMatch], int]:
    """A tail attribution ("..., X said.") governing the whole sentence before it.

    Cues inside that content are nested speech. Participle cues after it (", adding that
    ...") are separate statements of the same speaker. Returns the drafts, the cues left to
    read and where the free text starts.
    """
    first_part = next((n for n, c in enumerate(cues) if c.kind == CueKind.PARTICIPLE), len(cues))
    main = cues[:first_part]
    if len(main) <= 1:
        return [], cues, a
    tail = main[-1]
    mb = b if first_part == len(cues) else max(tail.last + 1, cues[first_part].first - 1)
    draft, _end = statement(doc, para, (a, mb), tail, main)
    if draft is None or not draft.before_only:
        return [], cues, a
    drafts = [draft]
    toks = para.tokens
    for cue in main:
        if cue.first > tail.first and toks.low[cue.first] == "asked":
            # '"...," he said when asked whether ...': the question after the tail.
            asked, _claim = read_asked(doc, para, lo=a, ci=cue.first, cj=cue.last, b=b)
            if asked is not None:
                drafts.append(asked)
    return drafts, cues[first_part:], mb


def analyze(doc: Doc, para: Paragraph, a: int, b: int) -> list[Draft]:
    """The statements of the sentence ``tokens[a:b]``."""
    cues = find_cues(para.tokens, a, b, quoted=bool(para.regions))
    if not cues:
        return []
    via = None
    clause = relayed_clause(doc, para.tokens, a, b, cues[0]) if len(cues) == 1 else None
    if clause is not None:
        cues = [clause, cues[0]]  # "He affirmed that ..., the KCNA said."
    # A relay at the end: "..., TASS news agency reported." with other cues before it.
    if len(cues) > 1:
        relay = relay_tail(doc, para.tokens, a, b, cues[-1])
        if relay is not None:
            via, b = relay
            cues = cues[:-1]
    drafts, cues, claimed = _tail_first(doc, para, a, b, cues)
    for cue in cues:
        if cue.first < claimed:
            continue
        draft, end = statement(doc, para, (a, b), cue, cues, drafts=drafts, claimed=claimed)
        if draft is None:
            continue
        drafts.append(draft)
        claimed = max(claimed, end)
    if via is not None:
        _relay_all(drafts, via, relayed=clause is not None)
    return drafts


def _relay_all(drafts: list[Draft], via: Source, *, relayed: bool) -> None:
    """Give a sentence-final relay's source to every statement of the sentence without one.

    *relayed*: the statements were found through the relay itself (rule "relay").
    """
    for draft in drafts:
        if draft.via is None:
            draft.via = via
        if relayed:
            draft.rule = "relay"


@attrs.define
class _State:
    """What the engine carries from paragraph to paragraph."""

    drafts: list[Draft] = attrs.field(factory=list)
    #: The last statement, which quotes without a cue may continue.
    last: Draft | None = None
    #: Whether they may (no narrative since).
    attach: bool = False


def _extend(doc: Doc, draft: Draft, regions: range) -> None:
    """Continue *draft* with the quote regions *regions* (a multi-paragraph quote)."""
    for s, e in chain_pieces(doc, regions):
        draft.pieces.append((s, e))
        draft.quoted.append(True)
    consume(doc, regions)
    draft.regions.update(regions)


def _cued_later(doc: Doc, regions: range) -> bool:
    """Whether a multi-paragraph quote is attributed where it closes ('"...," he said')."""
    if len(regions) < 2:
        return False
    last = doc.regions[regions[-1]]
    para = doc.paragraphs[doc.region_para[regions[-1]]]
    return (
        not para.lazy
        and last.close is not None
        and WORD.search(doc.text, last.close, para.end) is not None
    )


def _attach_quotes(doc: Doc, para: Paragraph, last: Draft | None) -> bool:
    """Attach the leading quotes of a paragraph without cues to *last*.

    Returns whether attachment may go on (no narrative met).
    """
    text = doc.text
    pos = para.body
    for index, region in enumerate(para.regions):
        if WORD.search(text, pos, region.open) is not None:
            return False
        g = para.base + index
        regions = chain(doc, g)
        if _cued_later(doc, regions):
            return True  # the quote's own cue comes later: leave it to that statement
        if last is not None and not chain_consumed(doc, g):
            _extend(doc, last, regions)
        elif g not in doc.consumed:
            return False
        pos = region.inner_end + 1
    return last is not None and WORD.search(text, pos, para.end) is None


def _trailing_remark(para: Paragraph, a: int, b: int, ri: int) -> bool:
    """Whether the words of ``tokens[a:b]`` outside region *ri* are a short remark after it.

    '"...," which votes June 7.': the writer's; the quote still continues the statement.
    """
    toks = para.tokens
    region = para.regions[ri]
    outside = [k for k in range(a, b) if toks.is_word[k] and toks.quote[k] != ri]
    if not outside:
        return True
    close = region.close
    if close is None:
        return False
    after = range(bisect.bisect_right(toks.start, close, a, b), b)
    return not (
        len(outside) > 8
        or toks.start[outside[0]] < region.open
        or not after
        or toks.text[after[0]] != ","
        or any(toks.low[k] in CUE_WORDS or toks.mark[k] is not None for k in after)
    )


def _quote_only(para: Paragraph, a: int, b: int) -> int | None:
    """The region of a sentence that is only a quotation (and a short remark), or None."""
    toks = para.tokens
    if a >= b:
        return None
    if toks.mark[a] == "open":
        ri = para.opens.get(toks.start[a], -1)
    elif toks.quote[a] >= 0:
        ri = toks.quote[a]
    else:
        return None
    if ri < 0 or not _trailing_remark(para, a, b, ri):
        return None
    region = para.regions[ri]
    if (
        region.close is not None
        and "open" in toks.mark[bisect.bisect_right(toks.start, region.close, a, b) : b]
    ):
        return None
    return para.base + ri


def _sentence(doc: Doc, state: _State, pi: int, para: Paragraph, span: tuple[int, int]) -> None:
    """Read one sentence of a tokenized paragraph."""
    a, b = span
    found = analyze(doc, para, a, b)
    if not found and pi == 0 and a == 0:
        found = headline_colon(doc, para)
    found = [d for d in found if not (d.regions & doc.consumed)]
    if found:
        for d in found:
            consume(doc, d.regions)
        state.drafts.extend(found)
        state.last = found[-1]
        state.attach = True
        return
    quote_only = _quote_only(para, a, b)
    if quote_only is not None and state.attach and state.last is not None:
        regions = chain(doc, quote_only)
        if not chain_consumed(doc, quote_only) and not _cued_later(doc, regions):
            _extend(doc, state.last, regions)
        return
    if quote_only is not None and quote_only in doc.consumed:
        return
    state.attach = False


def _lazy_paragraph(doc: Doc, state: _State, pi: int, para: Paragraph) -> None:
    """Read a paragraph with no cue word: a headline's colon, or quotes continuing."""
    if pi == 0:
        found = headline_colon(doc, para)
        if found:
            state.drafts.extend(found)
            state.last, state.attach = found[-1], True
            return
    state.attach = _attach_quotes(doc, para, state.last if state.attach else None)


def _paragraph(doc: Doc, state: _State, pi: int, para: Paragraph) -> None:
    """Read one paragraph."""
    text = doc.text
    if pi > 0 and para.lazy and not para.regions and text.find(":", para.body, para.end) < 0:
        # The commonest paragraph: no cue, no quote, no colon (so no transcript line).
        # Only a paragraph of no words at all lets quotes after it continue a statement.
        state.attach = (
            state.attach
            and state.last is not None
            and WORD.search(text, para.body, para.end) is None
        )
        return
    spoken = transcript_line(doc, para) if pi > 0 else None
    if spoken is not None:
        state.drafts.append(spoken)
        consume(doc, spoken.regions)
        state.last, state.attach = spoken, True
        return
    if para.lazy:
        _lazy_paragraph(doc, state, pi, para)
        return
    # Tokens are made here, one paragraph at a time, and let go after it: a long text never
    # holds the tokens of all its paragraphs at once (less for the collector).
    toks = para.tokens
    toks.load(tokenize(text, para.body, para.end, para.regions))
    for span in sentences(toks, plain=not para.regions):
        _sentence(doc, state, pi, para, span)
    toks.clear()


def read_statements(doc: Doc) -> list[Draft]:
    """Every statement draft of the document, in reading order (empty ones left out)."""
    read_paragraphs(doc)
    link_chains(doc)
    state = _State()
    for pi, para in enumerate(doc.paragraphs):
        _paragraph(doc, state, pi, para)
    return [d for d in state.drafts if d.pieces]
