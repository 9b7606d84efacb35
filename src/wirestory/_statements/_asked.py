"""Rule "asked": a question put to the speaker, with no stated asker (or a named one).

Shapes, with wire examples:

- ``Asked whether ..., X said ...``: "Asked if the Kremlin knew, Peskov said ..." gives
  the question as a statement of its own, with no speaker;
- ``Asked by a reporter whether ...``: the asker is named;
- ``When asked about ..., X said``: after "when", "if", "once", "after";
- ``Asked whether Clinton "has the integrity," 75 percent ...``: a quoted question.
"""

from __future__ import annotations

from wirestory._lang.en import ASKED_OPENERS, QUESTION_WORDS
from wirestory._quotes import Tokens
from wirestory._statements._adverbials import skip_adverbials
from wirestory._statements._model import Doc, Draft, Paragraph, Span2
from wirestory._statements._pieces import pieces

__all__ = ["read_asked"]


def _asker(toks: Tokens, k: int, b: int) -> tuple[Span2 | None, int]:
    """The asker after "by" at *k* ("Asked by a reporter whether"): (span, next); next -1."""
    n = k + 1
    while n < b and toks.low[n] not in QUESTION_WORDS and n - k < 8:
        n += 1
    if n >= b or toks.low[n] not in QUESTION_WORDS or n == k + 1:
        return None, -1
    return (toks.start[k + 1], toks.end[n - 1]), n


def _question_end(toks: Tokens, k: int, b: int) -> int:
    """Where the question starting at *k* ends: its comma, past any quoted part."""
    end = k
    while end < b and toks.text[end] != "," and toks.mark[end] is None:
        end += 1
    while end < b and toks.mark[end] is not None and end - k < 60:
        # a quoted question: 'Asked whether Clinton "has the integrity," 75 percent ...'
        end += 1
        while end < b and toks.text[end] != "," and toks.mark[end] is None:
            end += 1
    return end


def read_asked(
    doc: Doc, para: Paragraph, *, lo: int, ci: int, cj: int, b: int
) -> tuple[Draft | None, int]:
    """'Asked if the Kremlin knew, Peskov said ...': a question with no stated asker."""
    toks = para.tokens
    opener = ci == lo or (ci - 1 >= lo and toks.low[ci - 1] in ASKED_OPENERS)
    if toks.low[ci] != "asked" or not opener or cj + 1 >= b:
        return None, cj + 1
    k = cj + 1
    if toks.low[k] != "by":
        k, _outlet = skip_adverbials(doc, toks, k, b)  # "Asked on Monday whether ..."
    asker: Span2 | None = None
    if k < b and toks.low[k] == "by":
        asker, k = _asker(toks, k, b)
        if k < 0:
            return None, cj + 1
    if k >= b or toks.low[k] not in QUESTION_WORDS or toks.text[k] == ",":
        return None, cj + 1
    end = _question_end(toks, k, b)
    if end - k < 2:
        return None, cj + 1
    spans, quoted, regions = pieces(doc, para, k, end)
    if not spans:
        return None, cj + 1
    draft = Draft(
        cue=(toks.start[ci], toks.end[cj]),
        speaker=asker,
        pieces=spans,
        quoted=quoted,
        regions=regions,
        rule="asked",
    )
    return draft, end
