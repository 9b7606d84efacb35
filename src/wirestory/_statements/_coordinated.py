"""Rules "participle" and "coordinated": a cue that shares an earlier subject.

Shapes, with wire examples:

- ``..., adding that ...`` / ``..., saying ...`` (rule "participle"): "The ministry denied
  the report, saying no troops had crossed the border." The speaker is the previous
  statement's, or the subject that opens the clause.
- ``X praised ... and said ...`` (rule "coordinated"): "Wilson praised the deal and said it
  would hold." The speaker is the clause's subject ("Wilson"), or the previous statement's.

The clause's subject is a pronoun, a capitalised name or a short noun phrase, after any
connective or opening phrase ("During Saturday's debate, X ..."), and up to two asides
between commas may stand between it and its verb ("Michael J. Petrilli, president of the
Fordham Institute, tied ...").
"""

from __future__ import annotations

from wirestory._lang.en import (
    ADVERBS,
    CONNECTIVES,
    COORDINATORS,
    CUE_WORDS,
    DETERMINERS,
    PP_STARTS,
    PRONOUNS,
    RELATIVES,
    STOP_WORDS,
    SUBORDINATORS,
    VERBISH,
)
from wirestory._quotes import Tokens
from wirestory._speakers import is_abbreviation
from wirestory._statements._adverbials import skip_adverbials, skip_object_or_addressee
from wirestory._statements._bounds import content_end
from wirestory._statements._model import Doc, Draft, Reading, Span2
from wirestory._statements._pieces import pieces
from wirestory._statements._tokens import lower_verb, paren_close

__all__ = ["clause_subject", "read_coordinated", "read_participle", "second_cue"]

#: How many tokens an aside between a subject and its verb may run to.
_ASIDE_REACH = 25


def _clause_start(toks: Tokens, lo: int, limit: int) -> int:
    """Where a clause's subject may start, after connectives and an opening phrase; -1."""
    k = lo
    while k < limit and (
        toks.low[k] in CONNECTIVES or toks.low[k] in ADVERBS or toks.text[k] in ",—–-"
    ):
        k += 1  # "But", "Yesterday", "Separately," open the clause before its subject
    if k < limit and (toks.low[k] in PP_STARTS or toks.low[k] in SUBORDINATORS):
        # "During Saturday's debate, X ..." -- skip to the comma.
        n = k
        while n < min(limit, k + 25) and toks.text[n] != "," and toks.quote[n] < 0:
            n += 1
        if n >= limit or toks.text[n] != ",":
            return -1
        k = n + 1
    if k >= limit or toks.quote[k] >= 0 or toks.mark[k] is not None:
        return -1
    return k


def clause_subject(  # noqa: PLR0911  (one return per rejection)
    toks: Tokens, lo: int, limit: int
) -> Span2 | None:
    """The subject that opens a clause ("Wilson praised ... and said ..."), if any."""
    k = _clause_start(toks, lo, limit)
    if k < 0:
        return None
    np = subject_np(toks, k, limit)
    if np is None or np[1] + 1 >= limit:
        return None
    after = np[1] + 1
    if toks.text[after] == "(":
        # "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed ...".
        close = paren_close(toks, after, min(limit, after + 10))
        if close < 0 or close + 1 >= limit:
            return None
        after = close + 1
    after = skip_subject_asides(toks, after, limit)
    if after < 0:
        return None
    if not toks.is_word[after] or toks.low[after] in DETERMINERS:
        return None
    if toks.low[np[0]] not in PRONOUNS and not (
        toks.is_cap[np[0]] or toks.low[np[0]] in DETERMINERS
    ):
        return None
    return np


def _aside_end(toks: Tokens, n: int, stop: int) -> int:
    """The comma that closes an aside starting at *n* (or where the search stopped)."""
    first = n
    while (
        n < stop
        and toks.text[n] != ","
        and toks.quote[n] < 0
        and toks.mark[n] is None
        and (
            toks.low[n] not in CUE_WORDS
            # a noun after an article is no cue: "in his home state"
            or toks.low[n - 1] in DETERMINERS
            or (n - 2 >= first and toks.low[n - 2] in DETERMINERS)
        )
    ):
        n += 1
    return n


def skip_subject_asides(toks: Tokens, after: int, limit: int) -> int:
    """Skip up to two asides between commas after a subject, to its verb; -1 if none.

    "Michael J. Petrilli, president of the Fordham Institute, tied ..." and "Sen. Mark
    Kirk, R-Ill., who faces a tough race, rescinded ...": the verb is a lower-case word
    after the last comma. Quotes and cue words end the search (no aside holds them); a
    cue word after an article or a possessive is a noun ("in his home state").
    """
    for aside in range(3):
        if toks.text[after] == ",":
            n = after + 1
        elif aside and toks.low[after] in RELATIVES:
            n = after  # "Kirk, R-Ill., who faces ..., rescinded": a relative after a tag
        else:
            return after if aside == 0 or lower_verb(toks, after) else -1
        stop = min(limit, after + _ASIDE_REACH)
        end = _aside_end(toks, n, stop)
        if end >= stop or toks.text[end] != "," or end == n or end + 1 >= limit:
            return -1
        after = end + 1
    return -1


def _cap_run(toks: Tokens, k: int, limit: int) -> int:
    """The last word of the capitalised name at *k* ("Sen. Chuck Grassley"), or -1."""
    last = -1
    n = k
    while n < limit and (
        (toks.is_cap[n] and toks.is_word[n])
        or (toks.text[n] == "." and n > k and is_abbreviation(toks, n - 1))
    ):
        if toks.is_word[n]:
            last = n
        n += 1
    return last


def subject_np(toks: Tokens, k: int, limit: int) -> Span2 | None:
    """A clause-initial subject: a pronoun, a capitalised name, or a short common NP."""
    first = toks.low[k]
    if first in PRONOUNS and toks.is_word[k]:
        return (k, k)
    last = -1
    if toks.is_cap[k] and first not in DETERMINERS:
        # "Marco Rubio", "Sen. Chuck Grassley", "Rep. Hank Johnson".
        last = _cap_run(toks, k, limit)
        if last < 0 or not toks.low[last].endswith(("'s", "’s")):
            return (k, last) if last >= k else None
    if first in DETERMINERS or last >= k:
        # "The billionaire businessman began ...", "China's foreign ministry said ...":
        # up to four more words before a verb.
        last = max(last, k)
        n = last + 1
        stop = min(limit, n + 4)
        while n < stop and toks.is_word[n] and toks.mark[n] is None:
            low = toks.low[n]
            if not toks.is_cap[n] and (
                low in VERBISH or low in STOP_WORDS or low.endswith(("ed", "ing"))
            ):
                break
            last = n
            n += 1
    return (k, last) if last >= k else None


def second_cue(
    doc: Doc, r: Reading, speaker: Span2, prev: Draft | None, rule: str
) -> tuple[Draft | None, int]:
    """A cue sharing an earlier subject: ", adding that ...", "... and said ..."."""
    toks, b = r.para.tokens, r.b
    ci, cj = r.cue.first, r.cue.last
    start, _outlet = skip_adverbials(doc, toks, cj + 1, b)
    start, cue_end, _addressee = skip_object_or_addressee(toks, ci, cj, start, b)
    if start + 1 < b and toks.text[start] in ",:" and toks.mark[start + 1] == "open":
        start += 1  # '... but said, "From an investment point of view, ..."'
    that = False
    if start < b and toks.low[start] == "that":
        that = True
        start += 1
    end = content_end(toks, start, b, r.cues, cj)
    spans, quoted, regions = pieces(doc, r.para, start, end)
    if not spans:
        return None, end
    draft = Draft(
        cue=(toks.start[ci], toks.end[cue_end]),
        speaker=speaker,
        pieces=spans,
        quoted=quoted,
        that=that,
        via=prev.via if prev is not None else None,
        description=prev.description if prev is not None else None,
        regions=regions,
        rule=rule,
    )
    return draft, end


def _chars(toks: Tokens, np: Span2) -> Span2:
    return (toks.start[np[0]], toks.end[np[1]])


def read_participle(doc: Doc, r: Reading) -> Reading | tuple[Draft | None, int]:
    """Read ", adding that ...": the previous statement's speaker, or the clause's subject."""
    toks = r.para.tokens
    prev = r.drafts[-1] if r.drafts else None
    speaker = prev.speaker if prev is not None else None
    if prev is None:
        subject = clause_subject(toks, r.lo, r.cue.first)
        if subject is not None:
            speaker = _chars(toks, subject)
    if speaker is None:
        return None, r.cue.last + 1
    return second_cue(doc, r, speaker, prev, "participle")


def read_coordinated(doc: Doc, r: Reading, j: int) -> tuple[Draft | None, int] | None:
    """Read "X praised ... and said ..." when token *j* before the verb group is "and"/"but".

    None when the cue has no earlier subject to share (then other rules read it).
    """
    toks = r.para.tokens
    if j < r.lo or toks.low[j] not in COORDINATORS:
        return None
    subject = None if r.drafts else clause_subject(toks, r.lo, j)
    if not r.drafts and subject is None:
        return None
    prev = r.drafts[-1] if r.drafts else None
    span = prev.speaker if prev is not None else None
    if subject is not None:
        span = _chars(toks, subject)
    if span is None:
        return None, r.cue.last + 1
    return second_cue(doc, r, span, prev, "coordinated")
