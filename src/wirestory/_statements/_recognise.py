"""Cue recognition: which words of a sentence are speech cues, and of which kind.

A cue is found in three steps, each a declared table:

1. the multi-word cues, tried first: "according to" (:attr:`CueKind.ACCORDING`), "quoted
   ... as saying" (:attr:`CueKind.QUOTED_AS`, or :attr:`CueKind.PASSIVE_QUOTED` after "was"),
   a verb and its particle, "pointed out" (:attr:`CueKind.PARTICLE`);
2. a single verb of saying from the lexicon (:mod:`wirestory._lang.en`), unless a check of
   :data:`WORD_VETOES` says it is not speech here; an -ing form is a
   :attr:`CueKind.PARTICIPLE` after a comma or "and" (", adding that ...");
3. a finite verb, unless a check of :data:`FINITE_VETOES` says it is not speech here.

Each veto has a name and an example it rejects (the tests read each example).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from wirestory._lang.en import (
    ADDRESSEE_VERBS,
    ANONYMOUS,
    AS_FORMS,
    BASE_FORM_LEMMAS,
    CALL_FORMS,
    COPULAS,
    CUE_LEMMA,
    CUE_WORDS,
    DETERMINERS,
    NOT_REDUCED_PASSIVE,
    PARTICIPLE_OPENERS,
    PARTICIPLES,
    PARTICLE_CUES,
    PROGRESSIVE_BE,
    QUANTIFIERS,
    QUESTION_WORDS,
    QUOTED_PASSIVE_BE,
    QUOTING_VERBS,
    REPORT_FORMS,
    REPORT_VERB_NEXT,
    is_cue_form,
    particle_lemma,
)
from wirestory._quotes import Tokens
from wirestory._statements._frame import frame_cues, overrides
from wirestory._statements._model import CueKind, CueMatch
from wirestory._statements._notes import financial_notes
from wirestory._statements._tokens import indices, negated

__all__ = ["FINITE_VETOES", "WORD_VETOES", "CueSite", "Veto", "cue_at", "find_cues"]


class CueSite(NamedTuple):
    """A candidate cue word and its neighbours in the sentence ``toks[a:b]``."""

    toks: Tokens
    i: int
    a: int
    b: int
    low: str
    lemma: str
    #: The index of the token before the cue word in the sentence (-1 at its start).
    prev: int
    #: The index of the token after it (-1 at the sentence end).
    nxt: int


class Veto(NamedTuple):
    """A named check that a cue word is not speech where it stands."""

    name: str
    #: A sentence in which the check rejects the cue word.
    example: str
    check: Callable[[CueSite], bool]
    #: The only cue lemmas the check can reject (``CUE_LEMMA``; "" for a cue word without
    #: one), or None for any: a declared pre-filter, so a cue word runs only its own checks.
    lemmas: frozenset[str] | None = None


def _after_determiner(c: CueSite) -> bool:
    return c.prev >= 0 and (c.toks.low[c.prev] in DETERMINERS and c.toks.low[c.prev] != "that")


def _negated(c: CueSite) -> bool:
    return negated(c.toks, c.i, c.a)


def _passive(c: CueSite) -> bool:
    return c.prev >= 0 and c.toks.low[c.prev] in COPULAS


def _bare_base_form(c: CueSite) -> bool:
    # Base forms of rarer verbs ("deny", "claim") mostly follow a plural subject.
    return (
        c.low == CUE_LEMMA.get(c.low)
        and c.lemma not in BASE_FORM_LEMMAS
        and (c.prev < 0 or not c.toks.is_word[c.prev] or c.toks.low[c.prev] == "to")
    )


def _no_addressee(c: CueSite) -> bool:
    return c.lemma in ADDRESSEE_VERBS and (c.nxt < 0 or not c.toks.is_word[c.nxt])


def _counted_report(c: CueSite) -> bool:
    return (
        c.lemma == "report"
        and c.prev >= 0
        and (c.toks.text[c.prev][:1].isdigit() or c.toks.low[c.prev] in QUANTIFIERS)
    )


def _security_notes(c: CueSite) -> bool:
    return c.low == "notes" and financial_notes(c.toks, c.i, c.a, c.b)


def _reduced_passive(c: CueSite) -> bool:
    if not c.low.endswith("ed") or c.low in NOT_REDUCED_PASSIVE:
        return False
    toks = c.toks
    for n in range(c.i + 1, min(c.b, c.i + 6)):
        if toks.quote[n] >= 0 or toks.mark[n] is not None or toks.low[n] == "that":
            return False
        if toks.low[n] == "by":
            return True
    return False


def _report_noun(c: CueSite) -> bool:
    # A noun or adjective, unless a clause follows: "reported that", "reports on Monday".
    return (
        c.low in REPORT_FORMS
        and c.nxt >= 0
        and c.toks.is_word[c.nxt]
        and not c.toks.is_cap[c.nxt]
        and c.toks.low[c.nxt] not in REPORT_VERB_NEXT
        and (c.prev < 0 or not c.toks.is_word[c.prev])
    )


def anonymity(toks: Tokens, k: int, b: int) -> bool:
    """Whether ``toks[k:b]`` opens with "(not) to be identified" (or named, quoted, cited).

    Wire copy's formula for an anonymous source ("a trader, who asked not to be named,
    said ...") is no request that makes a statement: the source's statement has its own cue.
    """
    if k < b and toks.low[k] == "not":
        k += 1
    return (
        k + 2 < b
        and toks.low[k] == "to"
        and toks.low[k + 1] == "be"
        and toks.low[k + 2] in ANONYMOUS
    )


def _anonymity_formula(c: CueSite) -> bool:
    return c.lemma == "ask" and anonymity(c.toks, c.i + 1, c.b)


def after_quote(toks: Tokens, i: int, a: int) -> bool:
    """Whether the cue at *i* follows a closing quote mark, with at most its subject between."""
    k = i - 1
    while k >= a and k > i - 7 and toks.is_word[k] and toks.quote[k] < 0:
        k -= 1
    return k >= a and toks.mark[k] == "close"


def _asked_no_question(c: CueSite) -> bool:
    # "asked workers if they planned" and "asked him to ..." count; "asked for permission"
    # (no question, no request) does not; '"Why?" asked Bennett.' needs none.
    toks = c.toks
    return (
        c.lemma == "ask"
        and c.nxt >= 0
        and toks.is_word[c.nxt]
        and not after_quote(toks, c.i, c.a)
        and not any(
            toks.low[k] in QUESTION_WORDS or toks.mark[k] == "open" or toks.text[k] == ":"
            for k in range(c.i + 1, min(c.b, c.i + 6))
        )
    )


#: Checks on every single cue word (finite or -ing form).
WORD_VETOES: tuple[Veto, ...] = (
    Veto("after a determiner", "The reports were late.", _after_determiner),
    Veto("negated", "He did not say when talks would resume.", _negated),
)

#: Checks on a finite cue verb.
FINITE_VETOES: tuple[Veto, ...] = (
    Veto("passive", "He was told to leave the room.", _passive),
    Veto("bare base form", "Deny everything, the lawyer advised.", _bare_base_form),
    Veto("'told' with no addressee", "As he told, the vote failed.", _no_addressee,
         ADDRESSEE_VERBS),
    Veto("counted report", "There were 1.3 million reported illnesses.", _counted_report,
         frozenset({"report"})),
    Veto("'notes' the security", "The bank sold 8 pct notes due 1997.", _security_notes,
         frozenset({CUE_LEMMA.get("notes", "")})),
    Veto("reduced passive", "Footage posted on social media by a passenger showed smoke.",
         _reduced_passive),
    Veto("'reported' as an adjective", "Reported cases rose sharply in May.", _report_noun,
         frozenset(CUE_LEMMA.get(form, "") for form in REPORT_FORMS)),
    Veto("anonymity formula", "A trader, who asked not to be named, said prices fell.",
         _anonymity_formula, frozenset({"ask"})),
    Veto("'asked' with no question", "The judge asked the parties about costs.",
         _asked_no_question, frozenset({"ask"})),
)  # fmt: skip


#: The checks alone, read in a loop (no generator per cue word).
_WORD_CHECKS = tuple(veto.check for veto in WORD_VETOES)

#: The finite checks that apply to each cue lemma ("" for a cue word without one).
_FINITE_CHECKS: dict[str, tuple[Callable[[CueSite], bool], ...]] = {
    lemma: tuple(v.check for v in FINITE_VETOES if v.lemmas is None or lemma in v.lemmas)
    for lemma in {*CUE_LEMMA.values(), ""}
}


def _vetoed(checks: tuple[Callable[[CueSite], bool], ...], site: CueSite) -> bool:
    """Whether one of *checks* rejects the cue word at *site*."""
    for check in checks:  # noqa: SIM110  (a loop, not a generator per cue word)
        if check(site):
            return True
    return False


def _site(toks: Tokens, i: int, a: int, b: int) -> CueSite:
    low = toks.low[i]
    return CueSite(
        toks,
        i,
        a,
        b,
        low,
        CUE_LEMMA.get(low, ""),
        i - 1 if i > a else -1,
        i + 1 if i + 1 < b else -1,
    )


def _quoted_as(toks: Tokens, i: int, a: int, b: int) -> tuple[int, CueKind] | None:
    """'KCNA quoted Kim as saying' (or 'X was quoted as saying', passive)."""
    for k in range(i + 1, min(b - 1, i + 12)):
        if toks.low[k] == "as" and toks.low[k + 1] in AS_FORMS:
            if i > a and toks.low[i - 1] in QUOTED_PASSIVE_BE:
                return k + 1, CueKind.PASSIVE_QUOTED
            return k + 1, CueKind.QUOTED_AS
        if toks.quote[k] >= 0 or toks.text[k] in ".;:":
            break
    return None


def _multi_word(toks: Tokens, i: int, a: int, b: int) -> tuple[int, CueKind] | None:
    """A multi-word cue at *i*; (-1, VERB) when the word can be no cue at all."""
    low = toks.low[i]
    if low == "according" and i + 1 < b and toks.low[i + 1] == "to":
        return i + 1, CueKind.ACCORDING
    if low in QUOTING_VERBS:
        return _quoted_as(toks, i, a, b) or (-1, CueKind.VERB)
    plemma = particle_lemma(low)
    if plemma is not None and i + 1 < b and toks.low[i + 1] in PARTICLE_CUES[plemma]:
        if not negated(toks, i, a):
            return i + 1, CueKind.PARTICLE
        return -1, CueKind.VERB
    return None


def cue_at(  # noqa: PLR0911  (one return per recogniser step)
    toks: Tokens, i: int, a: int, b: int
) -> tuple[int, CueKind] | None:
    """Return (last token index, kind) of a cue starting at token *i*, or None."""
    if toks.quote[i] >= 0 or toks.mark[i] is not None or not toks.is_word[i]:
        return None
    multi = _multi_word(toks, i, a, b)
    if multi is not None:
        return multi if multi[0] >= 0 else None
    low = toks.low[i]
    if not is_cue_form(low) or low in CALL_FORMS:
        return None
    site = _site(toks, i, a, b)
    if _vetoed(_WORD_CHECKS, site):
        return None
    if low in PARTICIPLES:
        prev = site.prev
        if prev >= 0 and (toks.text[prev] in ",;\u2014" or toks.low[prev] in PARTICIPLE_OPENERS):
            return i, CueKind.PARTICIPLE
        if prev >= 0 and toks.low[prev] in PROGRESSIVE_BE:
            return i, CueKind.VERB
        return None
    if _vetoed(_FINITE_CHECKS[site.lemma], site):
        return None
    return i, CueKind.VERB


#: No quote frames (shared, never modified).
_NO_FRAMES: dict[int, CueMatch] = {}


def find_cues(toks: Tokens, a: int, b: int, *, quoted: bool = False) -> list[CueMatch]:
    """Every cue of the sentence ``toks[a:b]``, in order (a cue's words are not reread).

    In a *quoted* paragraph, quote frames (:mod:`~wirestory._statements._frame`) are cues
    too, where the lexicon finds none.
    """
    frames = frame_cues(toks, a, b) if quoted else _NO_FRAMES
    lows = toks.low[a:b]
    if not frames and CUE_WORDS.isdisjoint(lows):
        return []  # no cue word: one pass in C, not a loop in Python
    # The cue words' indices, found in C (a flag per token, then ``index``), and the frames'.
    flags = list(map(CUE_WORDS.__contains__, lows))
    at = [a + n for n in indices(flags, True, 0, b - a)]  # noqa: FBT003  (the flag sought)
    if frames:
        at = sorted(set(at).union(k for k in frames if a <= k < b))
    cues: list[CueMatch] = []
    free = a  # the first token no cue has read
    for i in at:
        if i < free:
            continue  # a word of the last cue read
        found = cue_at(toks, i, a, b)
        frame = frames.get(i)
        if frame is not None and overrides(toks, frame, found):
            cues.append(frame)
            free = i + 1
        elif found is not None:
            cues.append(CueMatch(i, found[0], found[1]))
            free = found[0] + 1
        else:
            free = i + 1
    return cues
