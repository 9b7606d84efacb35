"""Whether "notes" is the verb ("the report notes that") or a debt security ("8 pct notes")."""

from __future__ import annotations

from wirestory._lang.en import DETERMINERS, PRONOUNS
from wirestory._quotes import Tokens
from wirestory._speakers import DOCUMENT_NOUNS, MEDIA_NOUNS, ORG_WORDS, PERSON_NOUNS

__all__ = ["NOTE_SUBJECTS", "financial_notes"]

#: Lower-case words that can head the subject of the verb "notes" ("the report notes"): the
#: speaker resolver's nouns of persons, documents, media and organisations, the pronouns, and
#: "analysts".
NOTE_SUBJECTS: frozenset[str] = (
    PERSON_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS | ORG_WORDS | PRONOUNS | {"analysts"}
)


def financial_notes(toks: Tokens, i: int, a: int, b: int) -> bool:
    """Whether "notes" at *i* is the debt security, not the verb ("the report notes that").

    Business copy uses the noun far more than the verb: "8-3/8 pct notes due March 1, 1997",
    "floating rate notes", "Treasury Notes", "cash and notes" (Reuters-21578). The verb is
    never capitalised inside a sentence; it follows its subject (a name, a pronoun, or a noun
    such as "report" or "analyst", never a modifier such as "pct", "senior" or "seven-year")
    and comes before its object ("that", "the", a name, a comma), never before another
    lower-case word ("notes due", "notes would", "notes paying").
    """
    if i > a and toks.is_cap[i]:
        return True  # "Senior Notes", "Treasury Notes", "NOTES" in a headline
    if i + 1 < b:
        if toks.low[i + 1].replace("\u2019", "'").split("'", 1)[0] in PRONOUNS:
            return False  # "the email notes that ...", "but notes he'll have to wait"
        if (
            toks.is_word[i + 1]
            and not toks.is_cap[i + 1]
            and toks.low[i + 1] not in DETERMINERS
            and not toks.low[i + 1].endswith("ly")
        ):
            return True
    k = i - 1
    while k > a and toks.low[k].endswith("ly") and not toks.is_cap[k]:
        k -= 1  # "O'Malley frequently notes"
    if k < a:
        return False
    return toks.text[k][:1].isdigit() or (
        toks.is_word[k] and not toks.is_cap[k] and toks.low[k] not in NOTE_SUBJECTS
    )
