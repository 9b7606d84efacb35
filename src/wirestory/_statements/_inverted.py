"""Rule "inverted": the subject after its verb ('"...," said X.').

Shapes, with wire examples:

- ``"...," said X.``: '"We will not back down," said Foreign Minister Sergei Lavrov.'
- ``"...," said X, a spokesman for Y.``: the words after the comma describe the speaker;
- ``"The risk," said X, an economist at UCLA, "is that we lose."``: the quotation goes on
  after the appositive;
- ``"...," said Rep. Jim Clyburn (D-S.C.), ...``: a party tag after the name;
- ``"...," said Shapatava who, like every player, ...``: the writer's background follows.
"""

from __future__ import annotations

from wirestory._lang.en import ADVERBS, CUE_WORDS, PP_STARTS, RESTRICTIVE_RELATIVES, WH_RELATIVES
from wirestory._quotes import Tokens
from wirestory._relays import make_source
from wirestory._speakers import scan_forward
from wirestory._statements._adverbials import skip_adverbials
from wirestory._statements._model import Doc, Reading, Span2
from wirestory._statements._text import trim_span
from wirestory._statements._tokens import paren_close, unquoted

__all__ = ["apply_inverted", "inverted_subject"]

#: How many tokens an appositive between a speaker and a resumed quote may run to.
_APPOSITIVE_REACH = 30


def _after_party_tag(doc: Doc, toks: Tokens, np: Span2, after: int, b: int) -> tuple[Span2, int]:
    """Skip a parenthesis after the name: "Rep. Jim Clyburn (D-S.C.)"; (name, next index)."""
    close = paren_close(toks, after, min(b, after + 10))
    after = close + 1 if close > 0 else after
    if after < b and toks.is_cap[after] and toks.is_word[after]:
        # a title in parentheses: said Senior Minister (Defence cluster) Ismail Sabri
        rest = scan_forward(toks, after, b)
        if rest is not None:
            np = (np[0], rest[1])
            after, _o = skip_adverbials(doc, toks, rest[1] + 1, b)
    return np, after


def inverted_subject(  # noqa: PLR0911  (one return per rejection)
    doc: Doc, toks: Tokens, k: int, b: int
) -> Span2 | None:
    """The subject after an inverted cue ('"...," said Lavrov.'), if the clause ends there."""
    if k >= b or toks.low[k] in PP_STARTS or toks.low[k] in ADVERBS:
        return None
    np = scan_forward(toks, k, b)
    if np is None or toks.low[np[0]] == "that":
        return None
    after_np, _o = skip_adverbials(doc, toks, np[1] + 1, b)
    if after_np < b and toks.text[after_np] == "(":
        np, after_np = _after_party_tag(doc, toks, np, after_np, b)
    if after_np < b and toks.low[after_np] in RESTRICTIVE_RELATIVES and toks.is_word[after_np]:
        if toks.is_cap[np[0]]:
            return np  # "said Shapatava who, like every player, ...": non-restrictive
        # A restrictive relative belongs to the speaker: "a member who supports Trump".
        n = after_np
        while n < b and toks.text[n] not in ",;." and toks.quote[n] < 0 and toks.mark[n] is None:
            n += 1
        if n - after_np > 15:
            return None
        return (np[0], n - 1)
    if after_np < b and toks.text[after_np] not in ",;.!?":
        return None
    return np


def _quote_after_appositive(toks: Tokens, k: int, b: int) -> int | None:
    """Where a quote resumes after ', <appositive>, "' at *k*, or None.

    In '"The risk," said Edward Leamer, an economist at UCLA, "is that we lose."' the
    words between the commas describe the speaker and the quotation goes on after them.
    """
    if k + 3 >= b or toks.text[k] != ",":
        return None
    for n in range(k + 1, min(b, k + _APPOSITIVE_REACH)):
        if toks.mark[n] == "open":
            return n if n - 2 > k and toks.text[n - 1] == "," else None
        if toks.quote[n] >= 0 or toks.mark[n] is not None or toks.low[n] in CUE_WORDS:
            return None
    return None


def _describe(doc: Doc, r: Reading, start: int, end: int) -> None:
    """Set the reading's description to the trimmed text of tokens *start* .. *end*."""
    toks = r.para.tokens
    s, e = trim_span(doc.text, toks.start[start], toks.end[end])
    if e > s:
        r.description = doc.text[s:e]


def apply_inverted(doc: Doc, r: Reading, inv: Span2, j: int) -> None:
    """Fill the reading for the inverted subject *inv*; *j* is the comma before the cue."""
    toks, b = r.para.tokens, r.b
    r.inverted = True
    r.rule = "inverted"
    r.speaker = inv
    r.before_edge = j
    k = inv[1] + 1
    k_adv, inv_outlet = skip_adverbials(doc, toks, k, b)
    if inv_outlet is not None:
        r.via = make_source(doc.text, inv_outlet[0], inv_outlet[1])
        k = k_adv
    if k < b and toks.text[k] == "(":
        # a parenthetical party tag: "said Rep. Jim Clyburn (D-S.C.), a member"
        close = paren_close(toks, k, min(b, k + 10))
        k = close + 1 if close > 0 else k
    if k < b and toks.low[k] in WH_RELATIVES:
        # "said Shapatava who, like every player, ...": the writer's background.
        k = b
    # ", a spokesman for the ministry." runs to the end: an appositive.
    if k < b and toks.text[k] == "," and k + 1 < b and unquoted(toks, k + 1, b):
        _describe(doc, r, k + 1, b - 1)
        r.start = b
        return
    r.start = k
    resume = _quote_after_appositive(toks, k, b)
    if resume is not None:
        # '"The risk," said X, an economist, "is that ...": the quote goes on.
        _describe(doc, r, k + 1, resume - 2)
        r.start = resume
