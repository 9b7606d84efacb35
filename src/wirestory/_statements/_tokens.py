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
from wirestory._quotes import Tokens

#: "and", "or", "but": no verb after a subject's asides.
_AND_OR_BUT = CONJUNCTIONS - {"nor"}

__all__ = [
    "group_start",
    "indices",
    "lower_verb",
    "manner_adverb",
    "negated",
    "only_tail",
    "paren_close",
    "unquoted",
]


def manner_adverb(low: str) -> bool:
    """Whether a lower-case word is an adverb in -ly ("has categorically denied").

    >>> manner_adverb("categorically"), manner_adverb("family")
    (True, False)
    """
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


def group_start(toks: Tokens, ci: int, a: int) -> int:
    """Where the verb group of the cue at *ci* starts: auxiliaries and adverbs before it."""
    g = ci
    while (
        g - 1 >= a
        and (toks.low[g - 1] in AUXILIARIES or manner_adverb(toks.low[g - 1]))
        and toks.quote[g - 1] < 0
        and (not toks.is_cap[g - 1])
    ):
        g -= 1
    return g


def negated(toks: Tokens, i: int, a: int) -> bool:
    """Whether one of the two words before *i* negates it: "did not say", "declined to say"."""
    for k in (i - 1, i - 2):
        if k >= a:
            low = toks.low[k]
            if low in NEGATORS or low.endswith(("n't", "n’t")):
                return True
    return False


def unquoted(toks: Tokens, k: int, b: int) -> bool:
    """Whether no token of ``toks[k:b]`` is quoted or a quote mark."""
    return max(toks.quote[k:b], default=-1) < 0 and not any(toks.mark[k:b])


def indices(values: Sequence[object], item: object, lo: int, hi: int) -> list[int]:
    """The indices of *item* in ``values[lo:hi]``, in order: found in C (``count``, ``index``).

    >>> indices(["a", ".", "b", "."], ".", 0, 4)
    [1, 3]
    """
    whole = lo == 0 and hi >= len(values)
    found: list[int] = []
    at = lo - 1
    for _ in range(values.count(item) if whole else values[lo:hi].count(item)):
        at = values.index(item, at + 1, hi)
        found.append(at)
    return found


def only_tail(toks: Tokens, k: int, b: int) -> bool:
    """Whether nothing but punctuation (no word, no quote mark) is left in ``toks[k:b]``."""
    return not any(toks.is_word[k:b]) and not any(toks.mark[k:b])


def lower_verb(toks: Tokens, k: int) -> bool:
    """Whether token *k* may be a finite verb after a subject's asides (lower case, no article)."""
    low = toks.low[k]
    return (
        toks.is_word[k]
        and not toks.is_cap[k]
        and low not in DETERMINERS
        and low not in PP_STARTS
        and low not in _AND_OR_BUT
        and low not in RELATIVES
    )


def paren_close(toks: Tokens, k: int, limit: int) -> int:
    """The index of the first ")" in ``toks[k:limit]``, or -1."""
    try:
        return toks.text.index(")", k, max(k, limit))
    except ValueError:
        return -1
