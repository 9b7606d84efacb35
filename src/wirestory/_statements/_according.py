"""Rule "according-to": the source after "according to".

Shapes, with wire examples:

- ``According to X, ...``: "According to the Interior Ministry, 12 people were detained."
- ``..., according to X.``: "Twelve people were detained, according to the ministry."
- ``That's according to X and Y``: the source runs on to the sentence end ("exit polls
  conducted for AP and the networks"), and nothing is stated after it.
"""

from __future__ import annotations

from wirestory._lang.en import NP_CONTINUERS
from wirestory._quotes import Tokens
from wirestory._speakers import scan_forward
from wirestory._statements._model import Doc, Draft, Reading, Span2

__all__ = ["according_np", "read_according"]


def according_np(toks: Tokens, k: int, b: int, *, tail: bool) -> Span2 | None:
    """The source after "according to": to the next comma (to the end in a tail)."""
    if not tail:
        return scan_forward(toks, k, b)
    last = -1
    n = k
    while n < b and toks.text[n] not in ",;:(" and toks.mark[n] is None and toks.quote[n] < 0:
        if toks.is_word[n]:
            last = n
        n += 1
    if last < k:
        return None
    return (k, last)


def read_according(doc: Doc, r: Reading) -> Reading | tuple[Draft | None, int]:  # noqa: ARG001
    """Read "according to X": X speaks; the content is before it (a tail) or after it."""
    toks, b, lo = r.para.tokens, r.b, r.lo
    ci, cj = r.cue.first, r.cue.last
    tail = ci - 1 >= lo and (toks.text[ci - 1] == "," or toks.mark[ci - 1] == "close")
    np = according_np(toks, cj + 1, b, tail=tail)
    if np is not None and not tail:
        after = np[1] + 1
        if after < b and toks.low[after] in NP_CONTINUERS:
            # "That's according to exit polls conducted for X and Y": no "According to X,
            # ..." comma, so the source runs to the end and nothing is stated after.
            np = according_np(toks, cj + 1, b, tail=True)
    if np is None:
        return None, cj + 1
    r.rule = "according-to"
    r.speaker = np
    if tail:
        r.before_edge = ci - 1
    start = np[1] + 1
    if start < b and toks.text[start] == ",":
        start += 1
    r.start = start
    return r
