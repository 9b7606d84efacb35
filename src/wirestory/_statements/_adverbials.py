"""What stands between a cue and its content: adverbials, the addressee, the object.

- adverbials are skipped: "said on Wednesday", "said in a statement", "said, however,";
  an outlet named in one is the statement's source ("in an interview with TASS");
- the addressee of "told" belongs to the cue: "told reporters", "told a press conference",
  "told public broadcaster RTHK";
- the object of "urged" is left out of cue and content: "urged residents to stay home"
  states "to stay home".
"""

from __future__ import annotations

from collections.abc import Sequence

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
from wirestory._quotes import Token
from wirestory._relays import is_outlet
from wirestory._statements._model import Doc, Span2
from wirestory._statements._tokens import paren_close

__all__ = ["pp_end", "skip_adverbials", "skip_object_or_addressee"]


def _adverbial_step(  # noqa: C901, PLR0911  (one arm and one return per adverbial shape)
    doc: Doc, toks: Sequence[Token], k: int, b: int
) -> tuple[int, Span2 | None]:
    """Skip one adverbial at *k*: (next index, outlet named in it); next index -1 at none."""
    tok = toks[k]
    low = tok.low
    if low in TIME_NOUNS and k > 0 and toks[k - 1].low in ADVERBS:
        return k + 1, None  # "said Wednesday morning"
    if low in ADVERBS or (low.endswith("ly") and len(low) > 4 and tok.is_word and not tok.is_cap):
        return k + 1, None
    if low in TIME_DETERMINERS and k + 1 < b and toks[k + 1].low in TIME_NOUNS:
        return k + 2, None  # "he said in his speech that night"
    if tok.text == "(":
        close = paren_close(toks, k + 1, min(b, k + 12))
        return (close + 1 if close >= 0 else -1), None
    if low in CLAUSE_OPENERS:
        return -1, None  # a clause, not a phrase: "told the media, when asked about ..."
    if low in PP_STARTS and tok.is_word:
        if low == "to" and not (
            k + 1 < b and (toks[k + 1].is_cap or toks[k + 1].low in DETERMINERS)
        ):
            return -1, None
        end = pp_end(toks, k, b)
        if end is None:
            return -1, None
        return end, _outlet_in(doc, toks, k, end)
    if tok.text == "," and k + 1 < b:
        nxt = toks[k + 1]
        if nxt.low in ADVERBS or (nxt.low in PP_STARTS and pp_end(toks, k + 1, b)):
            return k + 1, None
    return -1, None


def skip_adverbials(doc: Doc, toks: Sequence[Token], k: int, b: int) -> tuple[int, Span2 | None]:
    """Skip adverbials after a cue; return (next index, outlet span named in them)."""
    outlet: Span2 | None = None
    steps = 0
    while k < b and steps < 8:
        steps += 1
        if toks[k].quote >= 0 or toks[k].mark is not None:
            break
        nxt, found = _adverbial_step(doc, toks, k, b)
        if nxt < 0:
            break
        if found is not None:
            outlet = found
        k = nxt
    return k, outlet


def _extend_cap_run(toks: Sequence[Token], j: int, limit: int) -> int:
    """The last token of the capitalised run at *j* ("Fox News", "Echo of Moscow")."""
    while (
        j + 1 < limit
        and (toks[j + 1].is_cap or toks[j + 1].low == "of")
        and (toks[j + 1].mark is None)
    ):
        j += 1
    if toks[j].low == "of":
        j -= 1
    return j


def pp_end(toks: Sequence[Token], k: int, b: int) -> int | None:
    """End (exclusive) of the adverbial phrase starting at *k*, or None."""
    j = k + 1
    limit = min(b, k + 10)
    while j < limit:
        tok = toks[j]
        if tok.quote >= 0 or tok.mark is not None or tok.text in ",;:." or tok.low == "that":
            break
        if tok.is_cap or tok.text[:1].isdigit():
            # A capitalised run ends the phrase: "in Moscow", "on Fox News", "with TASS".
            j = _extend_cap_run(toks, j, limit)
            for n in (j + 1, j + 2):
                # "on Fox News town hall", "in the Global Times report"
                if n < b and toks[n].low in PP_ENDS and not toks[n].is_cap:
                    if all(
                        toks[m].is_word and not toks[m].is_cap and toks[m].low not in STOP_WORDS
                        for m in range(j + 1, n)
                    ):
                        j = n
                    break
            return j + 1
        if tok.low in PP_ENDS:
            return j + 1
        j += 1
    return None


def _outlet_in(doc: Doc, toks: Sequence[Token], k: int, end: int) -> Span2 | None:
    """An outlet named in an adverbial.

    As in "in an interview with TASS", "on a Fox News town hall", "in the Global Times
    report" and "broadcast by NHK".
    """
    for j in range(k, end - 1):
        if toks[j].low not in OUTLET_PREPOSITIONS:
            continue
        n = j + 1
        while n < end and n - j <= 3 and not toks[n].is_cap and toks[n].is_word:
            n += 1  # "the", "a recent"
        if n >= end or not toks[n].is_cap:
            continue
        last = n
        while last + 1 < end and (toks[last + 1].is_cap or toks[last + 1].low in OUTLET_NOUNS):
            last += 1
        s, e = toks[n].start, toks[last].end
        mention = doc.text[s:e]
        if mention.lower().split()[0] in PLATFORMS:
            return None
        if is_outlet(mention) and mention.lower() not in doc.publishers:
            return (s, e)
    return None


def _addressee_name_run(toks: Sequence[Token], last: int, b: int) -> int:
    """Extend an addressee past a head noun to the name after it: "broadcaster RTHK"."""
    while (
        last + 1 < b
        and toks[last + 1].mark is None
        and toks[last + 1].quote < 0
        and (
            toks[last + 1].is_cap
            or (toks[last + 1].low == "of" and last + 2 < b and toks[last + 2].is_cap)
        )
    ):
        last += 1
    return last


def _addressee_stops(toks: Sequence[Token], j: int, k: int, last: int, b: int) -> bool:
    """Whether the addressee of "told" cannot go on at token *j*."""
    tok = toks[j]
    if tok.quote >= 0 or tok.mark is not None or (not tok.is_word and tok.text not in "’'"):
        return True
    if tok.low in ADDRESSEE_ENDS or (
        not tok.is_cap and tok.low in PP_STARTS and tok.low not in TIME_ADVERB_PREPOSITIONS
    ):
        return True
    # "told TASS the invitation ...": the addressee ended with the name.
    return (
        last >= k
        and not tok.is_cap
        and tok.low not in ADDRESSEE_HEADS
        and not (j + 1 < b and toks[j + 1].low in ADDRESSEE_HEADS)
    )


def _addressee_end(toks: Sequence[Token], k: int, b: int) -> int:
    """The last token of the addressee of "told" starting at *k*, or -1."""
    last = -1
    for j in range(k, min(b, k + 7)):
        if _addressee_stops(toks, j, k, last, b):
            break
        tok = toks[j]
        if tok.low in ADDRESSEE_HEADS or (tok.is_cap and (j + 1 >= b or not toks[j + 1].is_cap)):
            last = j
            if (
                tok.low in MEDIUM_WORDS
                and j + 1 < b
                and toks[j + 1].low in GATHERING_WORDS
                and toks[j + 1].quote < 0
            ):
                last = j + 1  # "told a press conference", "told a radio station"
            if tok.low in ADDRESSEE_HEADS and not tok.is_cap:
                # "told public broadcaster RTHK", "told radio station Echo of Moscow".
                last = _addressee_name_run(toks, last, b)
                break
    if last == -1 and k < b and toks[k].is_cap:
        last = k
    return last


def skip_object_or_addressee(
    toks: Sequence[Token], ci: int, cj: int, k: int, b: int
) -> tuple[int, int, Span2 | None]:
    """Skip the addressee of "told" (kept in the cue) or the object of "urged" (dropped).

    Returns (content start, last cue token, addressee char span or None).
    """
    lemma = CUE_LEMMA.get(toks[ci].low) or particle_lemma(toks[ci].low) or ""
    if lemma in ADDRESSEE_VERBS and k == cj + 1:
        last = _addressee_end(toks, k, b)
        if last >= k:
            return last + 1, last, (toks[k].start, toks[last].end)
        return k, cj, None
    if lemma in OBJECT_VERBS or (lemma == "call" and toks[cj].low == "on"):
        for j in range(k, min(b, k + 8)):
            tok = toks[j]
            if tok.quote >= 0 or tok.mark is not None or tok.text in ",;:.":
                break
            if tok.low == "to" and j + 1 < b and toks[j + 1].is_word and j > k:
                return j, cj, None
            if tok.low == "that" and j > k:
                return j, cj, None
        if k < b and toks[k].low in WARN_PREPOSITIONS and lemma == "warn":
            return k + 1, cj, None
    return k, cj, None
