"""The German reader's working values: drafts, sentences, token tests and clause limits.

Nothing here reads a shape: these are the values and small tests the readers of
:mod:`~wirestory._statements._de` share (a clause's start, the pieces of a content, the
limits ; and : and verb-final commas set; a parenthesis, "(CDU)", stays in its clause).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from wirestory._lang import de
from wirestory._statements._de_text import DeToken

__all__ = [
    "CLAUSE_ENDS",
    "HARD_BOUNDS",
    "TRAIL",
    "WINDOW",
    "DeDraft",
    "DeSentence",
    "clause_bounds",
    "clause_comma",
    "clause_start",
    "content_end",
    "content_pieces",
    "is_lower",
    "is_noun",
    "is_word",
    "make_draft",
    "one_quotation",
    "subclause",
]


#: How far a reader looks from a cue (tokens): a clause of news German is shorter.
WINDOW = 30


#: Punctuation that ends a clause.
CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "-", "\u2013", "\u2014"})


#: Trailing characters a content never ends with.
TRAIL = ".,;: "


@attrs.define
class DeDraft:
    """A statement being built (token offsets resolved to character offsets).

    The French reader builds the same drafts (:mod:`wirestory._statements._fr`).
    """

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    pieces: list[tuple[int, int]]
    rule: str
    quoted: bool = False


@attrs.define
class DeSentence:
    """A sentence being read: its tokens ``toks[a:b]`` and what is claimed already."""

    toks: list[DeToken]
    a: int
    b: int
    claimed: int = -1
    #: The first token of the sentence before it in the paragraph, or -1.
    prev: int = -1


def is_word(tok: DeToken) -> bool:
    return tok.text[:1].isalnum() and tok.mark is None and tok.quote < 0


def is_lower(tok: DeToken) -> bool:
    return tok.text[:1].islower()


def is_noun(tok: DeToken) -> bool:
    """Whether a word is capitalised, or a compound ending in a noun ("dpa-Meldung")."""
    return tok.text[:1].isupper() or tok.text.rsplit("-", 1)[-1][:1].isupper()


def content_end(s: DeSentence) -> int:
    """The sentence's last content token + 1 (a final end mark left out)."""
    b = s.b
    while b > s.a and s.toks[b - 1].mark is None and s.toks[b - 1].text in ".!?;:":
        b -= 1
    return b


def content_pieces(
    s: DeSentence, first: int, last: int, skip: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """The character pieces of ``toks[first:last]`` (without *skip*), trimmed of marks."""
    toks = s.toks
    if first >= last:
        return []
    runs = [(first, last)] if skip is None else [(first, skip[0]), (skip[1] + 1, last)]
    pieces: list[tuple[int, int]] = []
    for x0, y0 in runs:
        x, y = x0, y0
        while x < y and (toks[x].text in TRAIL or toks[x].text in "-\u2013\u2014"):
            x += 1
        while y > x and (toks[y - 1].text in TRAIL or toks[y - 1].text in "-\u2013\u2014"):
            y -= 1
        if x < y:
            pieces.append((x, y))
    return pieces


def one_quotation(s: DeSentence, pieces: list[tuple[int, int]]) -> bool:
    """Whether the content is one quotation: it opens and closes with the region's marks."""
    toks = s.toks
    if len(pieces) != 1:
        return False
    x, y = pieces[0]
    return (
        toks[x].mark == "open"
        and (toks[y - 1].mark == "close" or y == s.b)
        and all(t.quote >= 0 for t in toks[x + 1 : y - 1])
    )


def make_draft(
    s: DeSentence,
    rule: str,
    cue: tuple[int, int],
    speaker: tuple[int, int] | None,
    pieces: list[tuple[int, int]],
) -> DeDraft | None:
    """A draft from token positions, or None without content."""
    toks = s.toks
    if not pieces or sum(y - x for x, y in pieces) < 2:
        return None
    quoted = one_quotation(s, pieces)
    chars = []
    for x, y in pieces:
        start, end = toks[x].start, toks[y - 1].end
        if quoted:
            start, end = toks[x].end, (toks[y - 1].start if toks[y - 1].mark else toks[y - 1].end)
        chars.append((start, end))
    if speaker is not None and speaker[0] > speaker[1]:
        speaker = None
    cue_chars = (toks[cue[0]].start, toks[cue[1]].end)
    spk = None if speaker is None else (toks[speaker[0]].start, toks[speaker[1]].end)
    return DeDraft(cue_chars, spk, chars, rule, quoted)


def clause_start(s: DeSentence, v: int) -> int:
    """The first token of the clause holding token *v* (after a comma, colon or quotation)."""
    toks = s.toks
    k = v
    lo = max(s.a, s.claimed, v - WINDOW)
    while k - 1 >= lo:
        tok = toks[k - 1]
        if tok.text in CLAUSE_ENDS - {"(", ")"} and tok.quote < 0:
            break  # a parenthesis stays in its clause: 'Franz Jung (CDU) kündigte an'
        if tok.mark == "close" and (k - 2 < lo or toks[k - 2].text in ".!?,"):
            break  # '„...!“ rief er': the quotation ends its own sentence
        if tok.mark == "open" and k < v and toks[k].quote >= 0 and k - 2 >= lo:
            pass  # an inline quotation: 'meldete nach „Deus caritas est“ der Sender'
        k -= 1
    return k


#: Marks that bound the clause a frame belongs to ('...; nach Polizeiangaben waren es ...'); a
#: parenthesis does not: 'nach Ansicht von Christian Wulff (CDU) ist ...'.
#: Marks that bound the clause a frame belongs to ('...; nach Polizeiangaben waren es ...').
HARD_BOUNDS = frozenset({";", ":"})


def clause_bounds(s: DeSentence, lo: int, first: int, last: int) -> tuple[int, int]:
    """The clause around ``toks[first:last + 1]`` within the sentence: between ; and :."""
    toks = s.toks
    a = first
    while a - 1 >= lo and a > first - WINDOW:
        tok = toks[a - 1]
        if tok.text in HARD_BOUNDS and tok.quote < 0 and tok.mark is None:
            break
        a -= 1
    b = last + 1
    end = content_end(s)
    while b < end and b < last + WINDOW:
        tok = toks[b]
        if tok.text in HARD_BOUNDS and tok.quote < 0 and tok.mark is None:
            break
        b += 1
    if b == last + WINDOW:
        b = end  # a long clause: to the sentence's end
    return a, b


def clause_comma(toks: Sequence[DeToken], n: int) -> bool:
    """Whether the comma at *n* closes a verb-final clause (a lower-case word before it).

    '..., das nach israelischen Angaben der Planung, Finanzierung und Ausbildung diene, ...':
    the enumeration's commas follow nouns; the clause's comma follows its verb.
    """
    return toks[n].text == "," and toks[n].quote < 0 and n > 0 and is_lower(toks[n - 1])


def subclause(s: DeSentence, lo: int, hi: int, first: int, last: int) -> tuple[int, int]:
    """The relative or subordinate clause around a frame, when it stands in one.

    '..., die nach kubanischen Aussagen zu Unrecht verurteilt wurden, ...': the content is
    the clause from its relative pronoun to its closing comma.
    """
    toks = s.toks
    k = first - 1
    while k > lo and not (toks[k].text == "," and toks[k].quote < 0):
        k -= 1
    if k <= lo or toks[k].text != ",":
        return lo, hi
    head = toks[k + 1].low if k + 1 < first else ""
    if head not in de.RELATIVES | de.SUBORDINATORS | de.COMPLEMENTIZERS | {"den", "dem"}:
        return lo, hi
    end = next((n for n in range(last + 1, hi) if clause_comma(toks, n)), hi)
    return k + 1, end
