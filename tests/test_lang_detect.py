"""The language guess: its shortcut for copy with English function words only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wirestory._lang import _detect
from wirestory._lang._detect import detect_language

#: Words of the function-word lists of every language (and "il", in two of them), words of
#: no list, the quote marks that vote, and punctuation glued to a word ("said," votes not).
_WORDS = st.sampled_from(
    ["the", "The", "said", "said,", "of", "der", "und", "sagte", "les", "le", "il", "est",
     "los", "dijo", "della", "che", "não", "disse", "het", "zei", "minister", "Berlin",
     "„Wir", "«", "»", "talks", "resume.", "\n", "a", "d'après"]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, max_size=120).map(" ".join)


def _every_vote(text: str) -> str:
    """The guess with every language's votes counted (no shortcut for English copy)."""
    sample = text[: _detect._SAMPLE]
    words = set(sample.lower().split())
    votes = {code: len(words & listed) for code, listed in _detect._FUNCTION_WORDS.items()}
    for mark, codes in _detect._MARK_VOTES:
        if mark in sample:
            for code in codes:
                votes[code] += 2
    best = max(votes, key=votes.__getitem__)
    if best != "en" and votes[best] >= _detect._MIN_VOTES and votes[best] > 2 * votes["en"]:
        return best
    return "en"


@settings(max_examples=500)
@given(_TEXTS)
def test_guess_is_the_full_vote(text: str) -> None:
    """Skipping the per-language count when only English words vote changes no guess."""
    assert detect_language(text) == _every_vote(text)


def test_guesses_on_invented_copy() -> None:
    """Each language's copy is told apart, and English wins ties and thin evidence."""
    assert detect_language("The talks, the minister said, would resume with the rebels.") == "en"
    assert detect_language("Die Gespräche werden nach Angaben der Regierung fortgesetzt.") == "de"
    assert detect_language("Le ministre a déclaré que les négociations sont suspendues.") == "fr"
    assert detect_language("Il governo ha detto che della riforma non si parla.") == "it"
    assert detect_language("Berlin Paris Rom") == "en"
