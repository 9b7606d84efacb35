"""Token-level predicates the readers share: verb groups, adverbs, tails of a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from wirestory._lang.en import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    LY_NOUNS,
    NEGATORS,
    PP_STARTS,
    RELATIVES,
)
from wirestory._quotes import Token

#: "and", "or", "but": no verb after a subject's asides.
_AND_OR_BUT = CONJUNCTIONS - {"nor"}

__all__ = [
    "group_start",
    "lower_verb",
    "manner_adverb",
    "negated",
    "only_tail",
    "paren_close",
]


def manner_adverb(low: str) -> bool:
    """Whether a lower-case word is an adverb in -ly ("has categorically denied").

    >>> manner_adverb("categorically"), manner_adverb("family")
    (True, False)
    """
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


def group_start(toks: Sequence[Token], ci: int, a: int) -> int:
    """Where the verb group of the cue at *ci* starts: auxiliaries and adverbs before it."""
    g = ci
    while (
        g - 1 >= a
        and (toks[g - 1].low in AUXILIARIES or manner_adverb(toks[g - 1].low))
        and toks[g - 1].quote < 0
        and (not toks[g - 1].is_cap)
    ):
        g -= 1
    return g


def negated(toks: Sequence[Token], i: int, a: int) -> bool:
    """Whether one of the two words before *i* negates it: "did not say", "declined to say"."""
    for k in (i - 1, i - 2):
        if k >= a:
            low = toks[k].low
            if low in NEGATORS or low.endswith(("n't", "n’t")):
                return True
    return False


def only_tail(toks: Sequence[Token], k: int, b: int) -> bool:
    """Whether nothing but punctuation (no word, no quote mark) is left in ``toks[k:b]``."""
    return all(not t.is_word and t.mark is None for t in toks[k:b])


def lower_verb(tok: Token) -> bool:
    """Whether *tok* may be a finite verb after a subject's asides (lower case, no article)."""
    return (
        tok.is_word
        and not tok.is_cap
        and tok.low not in DETERMINERS
        and tok.low not in PP_STARTS
        and tok.low not in _AND_OR_BUT
        and tok.low not in RELATIVES
    )


def paren_close(toks: Sequence[Token], k: int, limit: int) -> int:
    """The index of the first ")" in ``toks[k:limit]``, or -1."""
    return next((n for n in range(k, limit) if toks[n].text == ")"), -1)
