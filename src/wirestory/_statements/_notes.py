"""Whether "notes" is the verb ("the report notes that") or a debt security ("8 pct notes")."""

from __future__ import annotations

from collections.abc import Sequence

from wirestory._lang.en import DETERMINERS, PRONOUNS
from wirestory._quotes import Token
from wirestory._speakers import DOCUMENT_NOUNS, MEDIA_NOUNS, ORG_WORDS, PERSON_NOUNS

__all__ = ["NOTE_SUBJECTS", "financial_notes"]

#: Lower-case words that can head the subject of the verb "notes" ("the report notes"): the
#: speaker resolver's nouns of persons, documents, media and organisations, the pronouns, and
#: "analysts".
NOTE_SUBJECTS: frozenset[str] = (
    PERSON_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS | ORG_WORDS | PRONOUNS | {"analysts"}
)


def financial_notes(toks: Sequence[Token], i: int, a: int, b: int) -> bool:
    """Whether "notes" at *i* is the debt security, not the verb ("the report notes that").

    Business copy uses the noun far more than the verb: "8-3/8 pct notes due March 1, 1997",
    "floating rate notes", "Treasury Notes", "cash and notes" (Reuters-21578). The verb is
    never capitalised inside a sentence; it follows its subject (a name, a pronoun, or a noun
    such as "report" or "analyst", never a modifier such as "pct", "senior" or "seven-year")
    and comes before its object ("that", "the", a name, a comma), never before another
    lower-case word ("notes due", "notes would", "notes paying").
    """
    tok = toks[i]
    if i > a and tok.is_cap:
        return True  # "Senior Notes", "Treasury Notes", "NOTES" in a headline
    if i + 1 < b:
        nxt = toks[i + 1]
        if nxt.low.replace("\u2019", "'").split("'", 1)[0] in PRONOUNS:
            return False  # "the email notes that ...", "but notes he'll have to wait"
        if (
            nxt.is_word
            and not nxt.is_cap
            and nxt.low not in DETERMINERS
            and not nxt.low.endswith("ly")
        ):
            return True
    k = i - 1
    while k > a and toks[k].low.endswith("ly") and not toks[k].is_cap:
        k -= 1  # "O'Malley frequently notes"
    if k < a:
        return False
    prev = toks[k]
    return prev.text[:1].isdigit() or (
        prev.is_word and not prev.is_cap and prev.low not in NOTE_SUBJECTS
    )
