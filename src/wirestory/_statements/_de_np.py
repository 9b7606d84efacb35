"""Noun phrases and subjects in German copy: who a German cue's speaker is.

A speaker is read forwards from a verb ("sagte der Minister", "teilte die Polizei mit")
or backwards from a postposition ("Augenzeugenberichten zufolge"); a subject before its
verb may carry appositions ("Peter Meier, Sprecher der Stadt, erklärte"). Quoted names and
titles ("die Zeitung „Die Welt“") are told from quoted words.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirestory._lang import de
from wirestory._statements._de_base import (
    WINDOW,
    DeSentence,
    is_lower,
    is_noun,
    is_word,
)
from wirestory._statements._de_text import DeToken

__all__ = [
    "EVALUATIVE",
    "NP_PREPOSITIONS",
    "not_content",
    "np_backward",
    "np_forward",
    "np_only",
    "purpose_clause",
    "quote_before",
    "quoted_name",
    "relative_before",
    "subject_verb",
]


def np_forward(
    toks: Sequence[DeToken], i: int, b: int, *, subject: bool = True
) -> tuple[int, int] | None:
    """The speaker's noun phrase starting at token *i*: (first, last) or None.

    "der Minister", "die Sprecherin des Ministeriums", "Schalkes Trainer Felix Magath",
    "er"; it stops at a preposition, adverb, comma or the sentence's end. A source (not a
    *subject*) may open with adjectives or a web name: "laut vorläufigem Ergebnis".
    """
    opened = _np_open(toks, i, b, subject=subject)
    if opened is None or isinstance(opened, tuple):
        return opened
    i = opened
    last = _np_last(toks, i, b, subject=subject)
    return None if last < 0 else (i, last)


def _np_open(  # noqa: PLR0911  (one return per way a phrase opens)
    toks: Sequence[DeToken], i: int, b: int, *, subject: bool
) -> tuple[int, int] | int | None:
    """How a noun phrase opens at *i*: a whole phrase, the index its words start at, or None.

    A pronoun or a quoted name is a whole phrase; None when no phrase opens there.
    """
    if i < b and toks[i].mark == "open":
        # laut „Computerwoche“: a quoted name.
        close = next((n for n in range(i + 1, min(b, i + 8)) if toks[n].mark == "close"), -1)
        return (i, close) if close > i + 1 else None
    if i >= b or not is_word(toks[i]):
        return None
    first = toks[i]
    if first.low in de.PRONOUNS and first.low != "es":
        return (i, i)
    if first.low in de.DEMONSTRATIVES and (i + 1 >= b or not is_noun(toks[i + 1])):
        return (i, i)  # "sagte dieser", "so letztere"
    if first.low in de.NP_ENDS and first.low not in de.DETERMINERS:
        return None
    if subject and first.low in {"den", "dem", "einen", "einem"}:
        return None  # an object ("wies den Vorwurf zurück"), never a subject
    while (
        not subject
        and _adjective(first)
        and i + 1 < b
        and _adjective(toks[i + 1])
        and first.low not in de.NP_ENDS
    ):
        i += 1  # 'laut nationalem statistischen Institut': adjectives before the noun
        first = toks[i]
    if not subject and is_lower(first) and "." in first.text:
        return (i, i)  # 'laut bildblog.de'
    if (
        is_lower(first)
        and first.low not in de.DETERMINERS
        and not is_noun(first)
        and not (_adjective(first) and i + 1 < b and is_noun(toks[i + 1]))
    ):
        return None  # a phrase may open with an adjective before its noun
    return i


def _adjective(tok: DeToken) -> bool:
    """Whether a lower-case word may be an inflected adjective: "spanische", "vorläufigem"."""
    return is_lower(tok) and tok.low.endswith(("e", "en", "er", "es", "em")) and "." not in tok.low


def _np_last(  # noqa: C901, PLR0912  (one branch per word class)
    toks: Sequence[DeToken], i: int, b: int, *, subject: bool
) -> int:
    """The last token of the noun phrase whose words start at *i*, or -1."""
    last = -1
    k = i
    limit = min(b, i + 12)
    while k < limit:
        tok = toks[k]
        if tok.mark == "open" and last >= 0:
            # der Zeitung „Die Welt“: a quoted name.
            close = next((n for n in range(k + 1, min(b, k + 8)) if toks[n].mark == "close"), -1)
            if close < 0:
                break
            last = k = close
            k += 1
            continue
        if not (is_word(tok) or tok.text in {"(", ")"}):
            break
        if (
            not subject
            and tok.low in {"am", "im", "vom"}
            and k + 1 < limit
            and is_noun(toks[k + 1])
        ):
            k += 2  # 'einer am Dienstag veröffentlichten Pressemitteilung'
            continue
        if tok.text == "(":
            close = next((n for n in range(k + 1, min(b, k + 6)) if toks[n].text == ")"), -1)
            if close < 0:
                break
            last = close
            k = close + 1
            continue
        if tok.text[:1].isdigit() and last >= 0 and toks[last].text[:1].isalpha():
            break  # 'laut UNO-Angaben 62 Zivilisten': a number after the head opens the content
        if is_noun(tok) or tok.text[:1].isdigit():
            last = k
        elif last >= 0 and toks[last].low in de.RELAY_NOUNS and len(tok.text) <= 4:
            last = k  # "die Nachrichtenagentur dpa"
        elif tok.low in de.DETERMINERS or tok.low in de.NP_JOINS:
            if last >= 0 and tok.low not in de.NP_JOINS:
                break
        elif not (tok.low.endswith(("e", "en", "er", "es", "em")) and tok.low not in de.NP_ENDS):
            break  # not an adjective ("der spanische Innenminister")
        elif not subject and last == k - 1 and toks[last].text[:1].isalpha():
            break  # 'laut Medienberichten neue Steuern': an adjective after the head opens
            # the next phrase (German adjectives precede their noun, Duden "Grammatik")
        k += 1
    return last


def np_backward(toks: Sequence[DeToken], j: int, a: int) -> tuple[int, int] | None:
    """The noun phrase ending at token *j* ("Augenzeugenberichten", "der Polizei")."""
    if j - 2 >= a and toks[j].text == ")":
        # 'Einer Presseerklärung des Verbandes (VDR) zufolge': the parenthesis belongs to it.
        opened = next((n for n in range(j - 1, max(a, j - 6) - 1, -1) if toks[n].text == "("), -1)
        inner = np_backward(toks, opened - 1, a) if opened > a else None
        return (inner[0], j) if inner is not None else None
    if j < a or not is_word(toks[j]) or not is_noun(toks[j]):
        return None
    k = j
    while k - 1 >= a and is_word(toks[k - 1]) and k > j - 8:
        prev = toks[k - 1]
        adjective = prev.low.endswith(("e", "en", "er", "es")) and prev.low not in de.NP_ENDS
        if prev.text[:1].isupper() or prev.low in de.DETERMINERS | de.NP_JOINS or adjective:
            k -= 1
        else:
            break
    while k < j and toks[k].low in de.NP_JOINS and toks[k].low not in de.DETERMINERS:
        k += 1
    return (k, j)


#: Prepositions inside a subject: "Der Doktorvater zu Guttenbergs", "Sprecher der Polizei in
#: Berlin".
NP_PREPOSITIONS = frozenset({"zu", "von", "vom", "aus", "in", "im", "für", "bei", "am"})


def np_only(s: DeSentence, a: int, edge: int) -> bool:
    """Whether ``toks[a:edge]`` is only a noun phrase with appositions (no verb, no quote).

    'Henning Scherf (SPD), warnte ...' is a subject, 'Die Lage sei ernst, sagte er' a clause.
    """
    toks = s.toks
    if edge - a > 25 or edge <= a:
        return False
    for tok in toks[a:edge]:
        if tok.quote >= 0 or tok.mark is not None:
            return False
        if not is_word(tok) or tok.text[:1].isupper() or tok.text[:1].isdigit():
            continue
        if tok.low in de.DETERMINERS or tok.low in de.NP_JOINS or tok.low in NP_PREPOSITIONS:
            continue
        if (
            tok.low.endswith(("e", "en", "er", "es", "em"))
            and tok.low not in de.NP_ENDS
            and tok.low not in de.KONJUNKTIV
            and tok.low not in de.FINITE
        ):
            continue
        return False
    return toks[a].text[:1].isupper()


def relative_before(s: DeSentence, a: int, edge: int) -> bool:
    """Whether ``toks[a:edge]`` ends in a relative clause ('Ulla Jelpke, die ... hatte,').

    Then the verb after the comma is its antecedent's, not an inversion.
    """
    toks = s.toks
    for k in range(edge - 1, max(a, edge - WINDOW) - 1, -1):
        if toks[k].text == "," and toks[k].quote < 0:
            nxt = toks[k + 1] if k + 1 < edge else None
            after = toks[k + 2] if k + 2 < edge else None
            if after is not None and after.text[:1].isdigit():
                return False  # ', den 6. Februar': a date, not a relative clause
            return nxt is not None and nxt.low in de.RELATIVES | {"den", "dem", "deren", "dessen"}
    return False


def quoted_name(toks: Sequence[DeToken], n: int, close: int) -> bool:
    """Whether the quotation ``toks[n:close + 1]`` is a name: a few capitalised words."""
    words = [t for t in toks[n + 1 : close] if t.text[:1].isalnum()]
    if n > 0 and is_word(toks[n - 1]) and toks[n - 1].low.endswith(de.TITLE_NOUNS):
        return True  # 'im Fachmagazin „...“': a title after its noun
    if n > 0 and toks[n - 1].low in EVALUATIVE:
        return False  # 'nannte den Bericht eine „Zeitungsente“': an evaluation, quoted
    if 0 < len(words) <= 4 and all(not is_lower(t) for t in words):
        return True
    # 'die Initiative „Kids' Right to Read Project“', '„Haribo - Mit dem Goldbären zur
    # Kultmarke“': a capitalised first word and mostly capitalised words make a title.
    capitals = sum(not is_lower(t) for t in words)
    return bool(words) and not is_lower(words[0]) and 2 * capitals > len(words)


#: Endings of adverbs and adjectives that open a sentence but are no subject:
#: "Problematisch", "Neuerdings", "Andererseits", "Überraschenderweise", "Natürlich".
_ADVERB_ENDS = ("isch", "lich", "weise", "dings", "seits", "falls", "mals")

#: Words before a quoted evaluation: 'eine „Zeitungsente“', 'als „falsch“'.
EVALUATIVE = frozenset(
    {"ein", "eine", "einen", "einem", "einer", "eines", "als", "kein", "keine", "keinen"}
)


def not_content(toks: Sequence[DeToken], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` opens as no content can: a subordinate or relative clause.

    '..., da dieser ...', '..., bei denen ...', '..., von dem ...'.
    """
    first = toks[start]
    if first.low in de.SUBORDINATORS - {"als", "da", "während", "seit"}:
        return True
    nxt = toks[start + 1].low if start + 1 < end else ""
    if purpose_clause(toks, start, end):
        return True
    return first.low in de.NP_ENDS and nxt in {"denen", "deren", "dessen"}


def purpose_clause(toks: Sequence[DeToken], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` is a "zu" infinitive of purpose: '..., um X zu retten'."""
    return toks[start].low in _PURPOSE and end - 2 > start and toks[end - 2].low == "zu"


#: Conjunctions of a "zu" infinitive of purpose or manner, no content of saying (Duden,
#: "Grammatik": Infinitivkonjunktionen): "um ... zu", "ohne ... zu", "statt ... zu".
_PURPOSE = frozenset({"um", "ohne", "statt", "anstatt"})


def quote_before(s: DeSentence, cs: int, a: int) -> int:
    """The opening mark of a quotation closing just before token *cs* ('„...“, sagte'), or -1."""
    toks = s.toks
    k = cs - 1
    if k >= a and toks[k].text == ",":
        k -= 1
    if k < a or toks[k].mark != "close":
        return -1
    for n in range(k - 1, a - 1, -1):
        if toks[n].mark == "open":
            return n
        if toks[n].quote < 0:
            return -1
    return -1


def subject_verb(s: DeSentence, a: int, limit: int) -> tuple[tuple[int, int], int] | None:  # noqa: C901, PLR0911, PLR0912  (a branch per shape)
    """The subject and finite verb of the main clause ``toks[a:limit]``, or None.

    'Das Gericht ging davon aus': the noun phrase first, the verb after it; after a fronted
    adverbial ('In einem Interview äußerte sich der Minister'): the verb is the first lower-case
    word that is no article, preposition or adverb, and the subject follows it.
    """
    toks = s.toks
    if a >= limit or not is_word(toks[a]):
        return None
    first = toks[a]
    if first.low in de.SUBORDINATORS and not (
        first.low in {"seit", "während"} and a + 1 < limit and is_noun(toks[a + 1])
    ):
        return None  # "Seit August ..." is a preposition, "Seit er ..." a conjunction
    article = first.low in de.DETERMINERS and a + 1 < limit and is_noun(toks[a + 1])
    if (first.low not in de.FRONTED or article) and first.text[:1].isupper():
        np = np_forward(toks, a, limit)
        if np is None or np[1] + 1 >= limit:
            return None
        if (
            np[1] + 3 < limit
            and toks[np[1] + 1].low in {"in", "aus", "bei"}
            and is_noun(toks[np[1] + 2])
        ):
            np = (np[0], np[1] + 2)  # 'Die Weltgesundheitsorganisation (WHO) in Genf hält'
        verb = toks[np[1] + 1]
        if not (is_word(verb) and is_lower(verb)) or verb.low in de.FUNCTION_WORDS:
            return None
        if verb.low in de.KONJUNKTIV or (np[0] == np[1] and first.low.endswith(_ADVERB_ENDS)):
            return None  # 'Die Leichen hätten ...' is reported speech; 'Problematisch sei'

        if verb.low in de.NOT_SPEECH and not any(
            t.low in de.OPINION_WORDS for t in toks[np[1] + 2 : limit]
        ):
            return None  # 'ist der Ansicht, dass ...' is speech, 'ist klar, dass ...' not
        if first.low in {"es", "das", "dies"} and verb.low in de.GERMAN.copulas:
            return None
        return np, np[1] + 1
    for k in range(a + 1, min(limit, a + 12)):
        tok = toks[k]
        if not is_word(tok):
            continue
        if is_lower(tok) and tok.low not in de.DETERMINERS and tok.low not in de.NP_ENDS:
            if (
                tok.low.endswith(("e", "en", "er", "es", "em"))
                and k + 1 < limit
                and is_noun(toks[k + 1])
            ):
                continue  # an adjective before its noun
            after = k + 2 if k + 1 < limit and toks[k + 1].low == "sich" else k + 1
            np = np_forward(toks, after, limit)  # "äußerte sich der Minister"
            return (np, k) if np is not None else None
    return None
