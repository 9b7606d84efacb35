"""Content boundaries: where a statement's content ends, and what of it is the writer's.

- content runs to the sentence end, or stops before a participle cue (", adding that ..."),
  a coordinated cue (", and said ...") or a new clause with its own speaker (", while other
  voters said ...");
- a trailing as-clause after plain content is background ("urged residents to stay home as
  the city faces a rise in cases"), and so is a relative clause's tail;
- after a tail cue ('"...," he said'), a short verbless phrase ("on Thursday") or a clause of
  the writer's ("when Boyle asked him") is not more content; after a mid-sentence cue
  ('"A," he said, "B."') the content goes on.
"""

from __future__ import annotations

import bisect
import operator

from wirestory._lang.en import (
    ALL_RELATIVES,
    ANSWERS,
    ARTICLES,
    CLAUSE_JOINS,
    CONTRASTIVE,
    COORDINATORS,
    DETERMINERS,
    NOT_CLAUSE_AS,
    PP_STARTS,
    PRONOUNS,
    VERBISH,
)
from wirestory._quotes import Tokens
from wirestory._speakers import scan_back
from wirestory._statements._model import CueKind, CueMatch, Doc
from wirestory._statements._tokens import group_start

__all__ = [
    "content_end",
    "continuation_ok",
    "cut_background",
    "may_hold_as",
    "trailing_phrase",
]

#: A cue's (first token, last token): cues sort by it.
_CUE_POSITION = operator.itemgetter(0, 1)


def content_end(toks: Tokens, k: int, b: int, cues: list[CueMatch], cj: int) -> int:
    """Where content that starts at *k* ends.

    That is the sentence end, or before a participle cue (", adding that") or a coordinated
    cue (", and said").
    """
    first = bisect.bisect_right(cues, (max(cj, k - 1), b), key=_CUE_POSITION)
    for ci2, _cj2, kind2 in cues[first : first + 8]:
        # Only the next few cues can end this content (keeps long sentences linear).
        if ci2 <= cj or ci2 < k or ci2 >= b:
            continue
        if kind2 == CueKind.PARTICIPLE:
            return ci2 - 1
        g = group_start(toks, ci2, k)
        if g - 1 >= k and toks.low[g - 1] in COORDINATORS:
            cut = g - 1
            if cut - 1 >= k and toks.text[cut - 1] == ",":
                cut -= 1
            return cut
        if kind2 == CueKind.VERB and g - 1 > k:
            cut = _new_clause(toks, k, g)
            if cut >= 0:
                return cut
    return b


def _new_clause(toks: Tokens, k: int, g: int) -> int:
    """Where a clause with its own speaker starts before the verb group at *g*, or -1."""
    # ", while other voters said ...": a new clause with its own speaker.
    np = scan_back(toks, k, g - 1)
    if np is not None and np[0] - 1 > k:
        cut = np[0] - 1
        if toks.low[cut] in CLAUSE_JOINS and cut - 1 > k and toks.text[cut - 1] == ",":
            return cut - 1
        if toks.text[cut] == ";" or toks.low[cut] in CONTRASTIVE:
            return cut
    return -1


def may_hold_as(doc: Doc, toks: Tokens, start: int, end: int) -> bool:
    """Whether a token after *start* and before the last one can be "as" (in any case).

    Without a relative clause only such an "as" lets :func:`cut_background` cut; in a
    lower-cased ASCII fold it stands between spaces.
    """
    s, e = toks.start[start], toks.end[end - 1]
    if doc.folded_ascii:
        return " as " in doc.folded[s:e]
    return "as" in doc.text[s:e].lower()


def cut_background(toks: Tokens, start: int, end: int, *, relative: bool) -> int:
    """Cut the writer's background off plain content that follows its cue.

    A relative clause's content ends at its closing comma ("Kishida, who has announced
    his intention to stand, came last"); a trailing as-clause is background ("urged
    residents to stay home as the city faces a rise in cases").
    """
    if start >= end or toks.mark[start] == "open":
        return end
    # Only the content's first "as" may cut (found in C); without a relative clause, only it
    # is read.
    try:
        first_as = toks.low.index("as", start, end)
    except ValueError:
        first_as = -1
    for k in range(start + 1, end) if relative else (first_as,):
        if k <= start or toks.quote[k] >= 0 or toks.mark[k] is not None:
            continue
        if relative and toks.text[k] == ",":
            return k
        if (
            k == first_as
            and k - start >= 3
            and k + 1 < end
            and toks.low[k - 1] not in NOT_CLAUSE_AS
            and (toks.low[k + 1] in ARTICLES or toks.is_cap[k + 1])
        ):
            return k - 1 if toks.text[k - 1] == "," else k
    return end


def continuation_ok(
    toks: Tokens, start: int, end: int, quoted_before: list[bool], before_len: int
) -> bool:
    """Whether text after a mid-sentence cue continues the content.

    It does in '"A," he said, "B."' and 'Abe, he said, told Trump ...'; it does not when
    the writer adds background after a long stretch of narrative.
    """
    while start < end and toks.text[start] == ",":
        start += 1
    if start >= end:
        return False
    if toks.mark[start] == "open":
        return True
    first, cap = toks.low[start], toks.is_cap[start]
    if first in ALL_RELATIVES:
        return False  # "according to Lowe, who says ...": the speaker's relative clause
    if first.endswith("ing") and not cap:
        return False  # "Wang said, commenting on the statements": the writer's framing
    if any(quoted_before) or end - start < 3:
        return False
    # 'Bringing the show back, he said, feels right': a verb continues the sentence; 'X,
    # Wang added, a reference to ...' is the writer's appositive.
    return before_len <= 6 or (not cap and first not in DETERMINERS and first not in PP_STARTS)


def trailing_phrase(toks: Tokens, start: int, end: int) -> bool:
    """A short verbless phrase after a tail cue ("outlets on Thursday"), not content."""
    if start < end and toks.low[start] in ANSWERS:
        return False  # "75 percent said yes"
    words = 0
    for k in range(start, end):
        if toks.quote[k] >= 0 or toks.mark[k] is not None:
            return False
        if toks.is_word[k]:
            words += 1
            low = toks.low[k]
            if low in VERBISH or low in PRONOUNS or low.endswith("ed"):
                return False
    return 0 < words <= 5 and toks.low[start] not in DETERMINERS
