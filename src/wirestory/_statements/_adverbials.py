"""What stands between a cue and its content: adverbials, the addressee, the object.

- adverbials are skipped: "said on Wednesday", "said in a statement", "said, however,";
  an outlet named in one is the statement's source ("in an interview with TASS");
- the addressee of "told" belongs to the cue: "told reporters", "told a press conference",
  "told public broadcaster RTHK";
- the object of "urged" is left out of cue and content: "urged residents to stay home"
  states "to stay home".
"""

from __future__ import annotations

from wirestory._lang.en import (
    ADDRESSEE_ENDS,
    ADDRESSEE_HEADS,
    ADDRESSEE_VERBS,
    ADVERBS,
    CLAUSE_OPENERS,
    CUE_LEMMA,
    DETERMINERS,
    GATHERING_WORDS,
    MEDIUM_WORDS,
    OBJECT_VERBS,
    OUTLET_NOUNS,
    OUTLET_PREPOSITIONS,
    PLATFORMS,
    PP_ENDS,
    PP_STARTS,
    STOP_WORDS,
    TIME_ADVERB_PREPOSITIONS,
    TIME_DETERMINERS,
    TIME_NOUNS,
    WARN_PREPOSITIONS,
    particle_lemma,
)
from wirestory._quotes import Tokens
from wirestory._relays import is_outlet
from wirestory._statements._model import Doc, Span2
from wirestory._statements._tokens import paren_close

__all__ = ["pp_end", "skip_adverbials", "skip_object_or_addressee"]


def _adverbial_step(  # noqa: PLR0911  (one arm and one return per adverbial shape)
    doc: Doc, toks: Tokens, k: int, b: int
) -> tuple[int, Span2 | None]:
    """Skip one adverbial at *k*: (next index, outlet named in it); next index -1 at none."""
    low = toks.low[k]
    if low in TIME_NOUNS and k > 0 and toks.low[k - 1] in ADVERBS:
        return k + 1, None  # "said Wednesday morning"
    if low in ADVERBS or (
        low.endswith("ly") and len(low) > 4 and toks.is_word[k] and not toks.is_cap[k]
    ):
        return k + 1, None
    if low in TIME_DETERMINERS and k + 1 < b and toks.low[k + 1] in TIME_NOUNS:
        return k + 2, None  # "he said in his speech that night"
    if toks.text[k] == "(":
        close = paren_close(toks, k + 1, min(b, k + 12))
        return (close + 1 if close >= 0 else -1), None
    if low in CLAUSE_OPENERS:
        return -1, None  # a clause, not a phrase: "told the media, when asked about ..."
    if low in PP_STARTS and toks.is_word[k]:
        if low == "to" and not (
            k + 1 < b and (toks.is_cap[k + 1] or toks.low[k + 1] in DETERMINERS)
        ):
            return -1, None
        end = pp_end(toks, k, b)
        if end is None:
            return -1, None
        return end, _outlet_in(doc, toks, k, end)
    if (
        toks.text[k] == ","
        and k + 1 < b
        and (
            toks.low[k + 1] in ADVERBS or (toks.low[k + 1] in PP_STARTS and pp_end(toks, k + 1, b))
        )
    ):
        return k + 1, None
    return -1, None


def skip_adverbials(doc: Doc, toks: Tokens, k: int, b: int) -> tuple[int, Span2 | None]:
    """Skip adverbials after a cue; return (next index, outlet span named in them)."""
    outlet: Span2 | None = None
    steps = 0
    while k < b and steps < 8:
        steps += 1
        if toks.quote[k] >= 0 or toks.mark[k] is not None:
            break
        nxt, found = _adverbial_step(doc, toks, k, b)
        if nxt < 0:
            break
        if found is not None:
            outlet = found
        k = nxt
    return k, outlet


def _extend_cap_run(toks: Tokens, j: int, limit: int) -> int:
    """The last token of the capitalised run at *j* ("Fox News", "Echo of Moscow")."""
    while (
        j + 1 < limit
        and (toks.is_cap[j + 1] or toks.low[j + 1] == "of")
        and (toks.mark[j + 1] is None)
    ):
        j += 1
    if toks.low[j] == "of":
        j -= 1
    return j


def pp_end(toks: Tokens, k: int, b: int) -> int | None:
    """End (exclusive) of the adverbial phrase starting at *k*, or None."""
    j = k + 1
    limit = min(b, k + 10)
    while j < limit:
        if (
            toks.quote[j] >= 0
            or toks.mark[j] is not None
            or toks.text[j] in ",;:."
            or toks.low[j] == "that"
        ):
            break
        if toks.is_cap[j] or toks.text[j][:1].isdigit():
            # A capitalised run ends the phrase: "in Moscow", "on Fox News", "with TASS".
            j = _extend_cap_run(toks, j, limit)
            for n in (j + 1, j + 2):
                # "on Fox News town hall", "in the Global Times report"
                if n < b and toks.low[n] in PP_ENDS and not toks.is_cap[n]:
                    if all(
                        toks.is_word[m] and not toks.is_cap[m] and toks.low[m] not in STOP_WORDS
                        for m in range(j + 1, n)
                    ):
                        j = n
                    break
            return j + 1
        if toks.low[j] in PP_ENDS:
            return j + 1
        j += 1
    return None


def _outlet_in(doc: Doc, toks: Tokens, k: int, end: int) -> Span2 | None:
    """An outlet named in an adverbial.

    As in "in an interview with TASS", "on a Fox News town hall", "in the Global Times
    report" and "broadcast by NHK".
    """
    for j in range(k, end - 1):
        if toks.low[j] not in OUTLET_PREPOSITIONS:
            continue
        n = j + 1
        while n < end and n - j <= 3 and not toks.is_cap[n] and toks.is_word[n]:
            n += 1  # "the", "a recent"
        if n >= end or not toks.is_cap[n]:
            continue
        last = n
        while last + 1 < end and (toks.is_cap[last + 1] or toks.low[last + 1] in OUTLET_NOUNS):
            last += 1
        s, e = toks.start[n], toks.end[last]
        mention = doc.text[s:e]
        if mention.lower().split()[0] in PLATFORMS:
            return None
        if is_outlet(mention) and mention.lower() not in doc.publishers:
            return (s, e)
    return None


def _addressee_name_run(toks: Tokens, last: int, b: int) -> int:
    """Extend an addressee past a head noun to the name after it: "broadcaster RTHK"."""
    while (
        last + 1 < b
        and toks.mark[last + 1] is None
        and toks.quote[last + 1] < 0
        and (
            toks.is_cap[last + 1]
            or (toks.low[last + 1] == "of" and last + 2 < b and toks.is_cap[last + 2])
        )
    ):
        last += 1
    return last


def _addressee_stops(toks: Tokens, j: int, k: int, last: int, b: int) -> bool:
    """Whether the addressee of "told" cannot go on at token *j*."""
    if (
        toks.quote[j] >= 0
        or toks.mark[j] is not None
        or (not toks.is_word[j] and toks.text[j] not in "’'")
    ):
        return True
    if toks.low[j] in ADDRESSEE_ENDS or (
        not toks.is_cap[j]
        and toks.low[j] in PP_STARTS
        and toks.low[j] not in TIME_ADVERB_PREPOSITIONS
    ):
        return True
    # "told TASS the invitation ...": the addressee ended with the name.
    return (
        last >= k
        and not toks.is_cap[j]
        and toks.low[j] not in ADDRESSEE_HEADS
        and not (j + 1 < b and toks.low[j + 1] in ADDRESSEE_HEADS)
    )


def _addressee_end(toks: Tokens, k: int, b: int) -> int:
    """The last token of the addressee of "told" starting at *k*, or -1."""
    last = -1
    for j in range(k, min(b, k + 7)):
        if _addressee_stops(toks, j, k, last, b):
            break
        if toks.low[j] in ADDRESSEE_HEADS or (
            toks.is_cap[j] and (j + 1 >= b or not toks.is_cap[j + 1])
        ):
            last = j
            if (
                toks.low[j] in MEDIUM_WORDS
                and j + 1 < b
                and toks.low[j + 1] in GATHERING_WORDS
                and toks.quote[j + 1] < 0
            ):
                last = j + 1  # "told a press conference", "told a radio station"
            if toks.low[j] in ADDRESSEE_HEADS and not toks.is_cap[j]:
                # "told public broadcaster RTHK", "told radio station Echo of Moscow".
                last = _addressee_name_run(toks, last, b)
                break
    if last == -1 and k < b and toks.is_cap[k]:
        last = k
    return last


def skip_object_or_addressee(
    toks: Tokens, ci: int, cj: int, k: int, b: int
) -> tuple[int, int, Span2 | None]:
    """Skip the addressee of "told" (kept in the cue) or the object of "urged" (dropped).

    Returns (content start, last cue token, addressee char span or None).
    """
    lemma = CUE_LEMMA.get(toks.low[ci]) or particle_lemma(toks.low[ci]) or ""
    if lemma in ADDRESSEE_VERBS and k == cj + 1:
        last = _addressee_end(toks, k, b)
        if last >= k:
            return last + 1, last, (toks.start[k], toks.end[last])
        return k, cj, None
    if lemma in OBJECT_VERBS or (lemma == "call" and toks.low[cj] == "on"):
        for j in range(k, min(b, k + 8)):
            if toks.quote[j] >= 0 or toks.mark[j] is not None or toks.text[j] in ",;:.":
                break
            if toks.low[j] == "to" and j + 1 < b and toks.is_word[j + 1] and j > k:
                return j, cj, None
            if toks.low[j] == "that" and j > k:
                return j, cj, None
        if k < b and toks.low[k] in WARN_PREPOSITIONS and lemma == "warn":
            return k + 1, cj, None
    return k, cj, None
