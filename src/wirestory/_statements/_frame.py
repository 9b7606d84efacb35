"""Rule "quote-frame": structure before lexicon for direct quotes.

A quotation that ends in , ! or ? and is followed by a pronoun or a name and one verb, and
then the sentence's end, is attributed whatever the verb: the quotation and its frame are
the evidence, not the lexicon (a verb missing from it would lose a plain quote). The shapes:

- ``"...," <pronoun or name> <verb>.``: '"We cannot win this one," he conceded.';
- ``"...!" <verb> <name>.``: '"The vote is lost!" insists Okafor.' (also for lexicon verbs
  that are not read inverted, such as "insists");
- ``<name> <verb>: "..."``: 'Okafor conceded: "We cannot win this one."' (a sentence that
  opens with a name, one verb and a colon before a quotation).

Indirect speech ("He conceded the vote was lost") stays with the lexicon: there the
structure alone is no evidence of speech.
"""

from __future__ import annotations

from wirestory._lang.en import (
    DETERMINERS,
    FRAME_PRONOUNS,
    INVERTIBLE,
    STOP_WORDS,
)
from wirestory._quotes import Tokens
from wirestory._speakers import is_abbreviation, scan_forward
from wirestory._statements._model import CueKind, CueMatch, Doc, Draft, Reading
from wirestory._statements._tokens import indices

__all__ = ["frame_cues", "read_frame"]

#: At most this many words in a name before or after a frame's verb.
_NAME_WORDS = 5


def _frame_verb(toks: Tokens, k: int) -> bool:
    """Whether token *k* may be the verb of a quote frame ("conceded", "insists")."""
    low = toks.low[k]
    return (
        toks.is_word[k]
        and not toks.is_cap[k]
        and toks.quote[k] < 0
        and low not in STOP_WORDS
        and low not in DETERMINERS
        and low.endswith(("ed", "s"))
    )


def _name_end(toks: Tokens, k: int, b: int) -> int:
    """The index after the capitalised name at *k* ("Okafor", "Sen. Ruth Amadi"); k if none."""
    n = k
    words = 0
    while n < b and words <= _NAME_WORDS:
        if toks.is_cap[n] and toks.is_word[n] and toks.quote[n] < 0 and toks.mark[n] is None:
            words += 1
        elif not (toks.text[n] == "." and n > k and is_abbreviation(toks, n - 1)):
            break
        n += 1
    return n if 0 < words <= _NAME_WORDS else k


def _ends(toks: Tokens, k: int, b: int) -> bool:
    """Whether the sentence ends at token *k*: nothing, or a last end mark."""
    return k >= b or (k == b - 1 and toks.text[k] in ".!")


def _after_quote(toks: Tokens, c: int, b: int) -> CueMatch | None:
    """A frame after the closing mark at *c*: '"...," he conceded.', '"...!" insists X.'."""
    if c < 1 or toks.text[c - 1] not in ",!?" or toks.quote[c - 1] < 0 or c + 2 > b - 1:
        return None
    k = c + 1
    if toks.low[k] in FRAME_PRONOUNS and toks.is_word[k]:
        subject_end = k + 1
    else:
        subject_end = _name_end(toks, k, b)
    if subject_end > k:
        verb = subject_end
        if verb < b and _frame_verb(toks, verb) and _ends(toks, verb + 1, b):
            return CueMatch(verb, verb, CueKind.FRAME)
        return None
    if not _frame_verb(toks, k):
        return None
    np = scan_forward(toks, k + 1, b)
    if np is not None and _ends(toks, np[1] + 1, b):
        return CueMatch(k, k, CueKind.FRAME)
    return None


def _before_colon(toks: Tokens, a: int, b: int) -> CueMatch | None:
    """A frame at the sentence start: 'Okafor conceded: "..."'."""
    verb = _name_end(toks, a, b)
    if verb == a or verb + 2 >= b:
        return None
    if _frame_verb(toks, verb) and toks.text[verb + 1] == ":" and toks.mark[verb + 2] == "open":
        return CueMatch(verb, verb, CueKind.FRAME)
    return None


def frame_cues(toks: Tokens, a: int, b: int) -> dict[int, CueMatch]:
    """The quote frames of the sentence ``toks[a:b]``, by their verb's index."""
    out: dict[int, CueMatch] = {}
    first = _before_colon(toks, a, b)
    if first is not None:
        out[first.first] = first
    for c in indices(toks.mark, "close", a, b):
        found = _after_quote(toks, c, b)
        if found is not None:
            out[found.first] = found
    return out


def overrides(toks: Tokens, frame: CueMatch, lexical: tuple[int, CueKind] | None) -> bool:
    """Whether a frame reads its verb rather than the lexicon's cue there.

    It does where the lexicon finds no cue, and for an inverted verb the verb rules do not
    read inverted ('"...!" insists Okafor').
    """
    if lexical is None:
        return True
    i = frame.first
    return toks.mark[i - 1] == "close" and toks.low[i] not in INVERTIBLE


def read_frame(doc: Doc, r: Reading) -> Reading | tuple[Draft | None, int]:  # noqa: ARG001
    """Read a quote frame: the speaker beside the verb, the quotation as the content."""
    toks, a, b = r.para.tokens, r.a, r.b
    ci = r.cue.first
    r.rule = "quote-frame"
    if ci + 1 < b and toks.text[ci + 1] == ":":
        r.speaker = (a, ci - 1)  # 'Okafor conceded: "..."'
        r.start = ci + 1
        return r
    if toks.mark[ci - 1] == "close":
        np = scan_forward(toks, ci + 1, b)  # '"...!" insists Okafor.'
        if np is None:
            return None, ci + 1
        r.speaker, r.inverted, r.start = np, True, np[1] + 1
        r.before_edge = ci - 1
        return r
    first = ci - 1
    while first - 1 > a and toks.mark[first - 1] != "close":
        first -= 1  # '"...," Ruth Amadi conceded.'
    r.speaker = (first, ci - 1)
    r.before_edge = first - 1
    r.start = ci + 1
    return r
