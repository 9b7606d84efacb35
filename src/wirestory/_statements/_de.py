"""Who said what in German copy: the German reader of the statement engine.

The German word lists are the German pack's (:mod:`wirestory._lang.de`); the text is cut by
:mod:`~wirestory._statements._de_text`. Each sentence's cues are read left to right by the
shape they stand in (``Statement.rule``):

1. ``de-inverted``: verb second after a fronted quotation or clause,
   ``„Wir geben nicht nach“, sagte der Minister.`` / ``Die Lage sei ernst, teilte er mit.``;
2. ``de-subject``: subject, verb, then a colon and a quotation or a comma and a clause,
   ``Der Minister sagte: „...“`` / ``Er erklärte, dass ...``; after a fronted adverbial the
   subject follows the verb (``Am Montag sagte der Minister, ...``);
3. ``de-so``: ``..., so der Sprecher.``; ``de-wie``: ``Wie die Polizei mitteilte, ...``;
4. ``de-according``: ``Laut X ...``, ``Nach Angaben von X ...``, ``X zufolge ...`` (the
   content is the sentence around the phrase, in two pieces when it stands inside);
5. ``de-impersonal``: ``In der Erklärung heißt es, ...``; ``de-demnach``: ``Demnach ...``;
6. ``de-continued``: a sentence that is only a quotation continues the last speaker, and
   ``de-konjunktiv``: a sentence in the Konjunktiv I without a cue of its own (``Man werde
   alles tun.``) is the last speaker's reported speech, as the Wikinews corpus marks it.

A separable verb is a cue only when its particle closes the clause (``teilte ... mit``). All
passes are left to right with bounded look-around (a clause is read at most
``_WINDOW`` tokens away from its cue): linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import starmap

import attrs

from wirestory._lang import de
from wirestory._models import Content, Cue, Span, Speaker, Statement, StatementKind
from wirestory._statements._de_text import DeToken, quote_regions, sentences, tokenize
from wirestory._statements._paragraphs import paragraph_spans

__all__ = ["find_german_statements"]

#: How far a reader looks from a cue (tokens): a clause of news German is shorter.
_WINDOW = 30

#: Punctuation that ends a clause.
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "-", "\u2013", "\u2014"})

#: Trailing characters a content never ends with.
_TRAIL = ".,;: "


@attrs.define
class _Draft:
    """A statement being built (token offsets resolved to character offsets)."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    pieces: list[tuple[int, int]]
    rule: str
    quoted: bool = False


@attrs.define
class _Sentence:
    """A sentence being read: its tokens ``toks[a:b]`` and what is claimed already."""

    toks: list[DeToken]
    a: int
    b: int
    claimed: int = -1
    #: The first token of the sentence before it in the paragraph, or -1.
    prev: int = -1


def _word(tok: DeToken) -> bool:
    return tok.text[:1].isalnum() and tok.mark is None and tok.quote < 0


def _lower(tok: DeToken) -> bool:
    return tok.text[:1].islower()


def _noun(tok: DeToken) -> bool:
    """Whether a word is capitalised, or a compound ending in a noun ("dpa-Meldung")."""
    return tok.text[:1].isupper() or tok.text.rsplit("-", 1)[-1][:1].isupper()


def _end(s: _Sentence) -> int:
    """The sentence's last content token + 1 (a final end mark left out)."""
    b = s.b
    while b > s.a and s.toks[b - 1].mark is None and s.toks[b - 1].text in ".!?;:":
        b -= 1
    return b


def _np_forward(  # noqa: C901, PLR0911, PLR0912, PLR0915  (a branch per word class)
    toks: Sequence[DeToken], i: int, b: int, *, subject: bool = True
) -> tuple[int, int] | None:
    """The speaker's noun phrase starting at token *i*: (first, last) or None.

    "der Minister", "die Sprecherin des Ministeriums", "Schalkes Trainer Felix Magath",
    "er"; it stops at a preposition, adverb, comma or the sentence's end.
    """
    if i < b and toks[i].mark == "open":
        # laut „Computerwoche“: a quoted name.
        close = next((n for n in range(i + 1, min(b, i + 8)) if toks[n].mark == "close"), -1)
        return (i, close) if close > i + 1 else None
    if i >= b or not _word(toks[i]):
        return None
    first = toks[i]
    if first.low in de.PRONOUNS and first.low != "es":
        return (i, i)
    if first.low in de.DEMONSTRATIVES and (i + 1 >= b or not _noun(toks[i + 1])):
        return (i, i)  # "sagte dieser", "so letztere"
    if first.low in de.NP_ENDS and first.low not in de.DETERMINERS:
        return None
    if subject and first.low in {"den", "dem", "einen", "einem"}:
        return None  # an object ("wies den Vorwurf zurück"), never a subject
    if not subject and _lower(first) and "." in first.text:
        return (i, i)  # 'laut bildblog.de'
    if _lower(first) and first.low not in de.DETERMINERS and not _noun(first):
        adjective = first.low.endswith(("e", "en", "er", "es", "em"))
        if not adjective or i + 1 >= b or not _noun(toks[i + 1]):
            return None  # a source may open with an adjective: "laut vorläufigem Ergebnis"
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
        if not (_word(tok) or tok.text in {"(", ")"}):
            break
        if not subject and tok.low in {"am", "im", "vom"} and k + 1 < limit and _noun(toks[k + 1]):
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
        if _noun(tok) or tok.text[:1].isdigit():
            last = k
        elif last >= 0 and toks[last].low in de.RELAY_NOUNS and len(tok.text) <= 4:
            last = k  # "die Nachrichtenagentur dpa"
        elif tok.low in de.DETERMINERS or tok.low in de.NP_JOINS:
            if last >= 0 and tok.low not in de.NP_JOINS:
                break
        elif tok.low.endswith(("e", "en", "er", "es", "em")) and tok.low not in de.NP_ENDS:
            pass  # an adjective: "der spanische Innenminister"
        else:
            break
        k += 1
    if last < 0:
        return None
    return (i, last)


def _np_backward(toks: Sequence[DeToken], j: int, a: int) -> tuple[int, int] | None:
    """The noun phrase ending at token *j* ("Augenzeugenberichten", "der Polizei")."""
    if j < a or not _word(toks[j]) or not _noun(toks[j]):
        return None
    k = j
    while k - 1 >= a and _word(toks[k - 1]) and k > j - 8:
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
_NP_PREPOSITIONS = frozenset({"zu", "von", "vom", "aus", "in", "im", "für", "bei", "am"})


def _np_only(s: _Sentence, a: int, edge: int) -> bool:
    """Whether ``toks[a:edge]`` is only a noun phrase with appositions (no verb, no quote).

    'Henning Scherf (SPD), warnte ...' is a subject, 'Die Lage sei ernst, sagte er' a clause.
    """
    toks = s.toks
    if edge - a > 25 or edge <= a:
        return False
    for tok in toks[a:edge]:
        if tok.quote >= 0 or tok.mark is not None:
            return False
        if not _word(tok) or tok.text[:1].isupper() or tok.text[:1].isdigit():
            continue
        if tok.low in de.DETERMINERS or tok.low in de.NP_JOINS or tok.low in _NP_PREPOSITIONS:
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


def _relative_before(s: _Sentence, a: int, edge: int) -> bool:
    """Whether ``toks[a:edge]`` ends in a relative clause ('Ulla Jelpke, die ... hatte,').

    Then the verb after the comma is its antecedent's, not an inversion.
    """
    toks = s.toks
    for k in range(edge - 1, max(a, edge - _WINDOW) - 1, -1):
        if toks[k].text == "," and toks[k].quote < 0:
            nxt = toks[k + 1] if k + 1 < edge else None
            return nxt is not None and nxt.low in de.RELATIVES | {"den", "dem", "deren", "dessen"}
    return False


def _content_follows(s: _Sentence, v: int, c: int, cl: int) -> bool:
    """Whether the cue's content follows it: a colon, ", dass", or a verb-final participle.

    'Nach der Debatte, hat der Minister gefordert, ...' and '..., kritisierte er: „...“'.
    """
    toks = s.toks
    if cl + 2 >= s.b:
        return False
    nxt = toks[cl + 1]
    if nxt.text == ":":
        return True
    for n in range(cl + 1, min(s.b - 1, cl + 12)):
        # 'erklärte die Universität so: „...“': a colon and a quotation close the clause.
        if toks[n].text == ":" and toks[n + 1].mark == "open":
            return True
        if toks[n].text in _CLAUSE_ENDS or toks[n].mark is not None:
            break
    return nxt.text == "," and (toks[cl + 2].low in de.COMPLEMENTIZERS or c != v)


def _quoted_name(toks: Sequence[DeToken], n: int, close: int) -> bool:
    """Whether the quotation ``toks[n:close + 1]`` is a name: a few capitalised words."""
    words = [t for t in toks[n + 1 : close] if t.text[:1].isalnum()]
    if n > 0 and _word(toks[n - 1]) and toks[n - 1].low.endswith(de.TITLE_NOUNS):
        return True  # 'im Fachmagazin „...“': a title after its noun
    if n > 0 and toks[n - 1].low in _EVALUATIVE:
        return False  # 'nannte den Bericht eine „Zeitungsente“': an evaluation, quoted
    return 0 < len(words) <= 4 and all(not _lower(t) for t in words)


#: Words before a quoted evaluation: 'eine „Zeitungsente“', 'als „falsch“'.
_EVALUATIVE = frozenset(
    {"ein", "eine", "einen", "einem", "einer", "eines", "als", "kein", "keine", "keinen"}
)


def _not_content(toks: Sequence[DeToken], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` opens as no content can: a subordinate or relative clause.

    '..., da dieser ...', '..., bei denen ...', '..., von dem ...'.
    """
    first = toks[start]
    if first.low in de.SUBORDINATORS - {"als", "da", "während", "seit"}:
        return True
    nxt = toks[start + 1].low if start + 1 < end else ""
    return first.low in de.NP_ENDS and nxt in {"denen", "deren", "dessen"}


def _quote_before(s: _Sentence, cs: int, a: int) -> int:
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


def _clause_start(s: _Sentence, v: int) -> int:
    """The first token of the clause holding token *v* (after a comma, colon or quotation)."""
    toks = s.toks
    k = v
    lo = max(s.a, s.claimed, v - _WINDOW)
    while k - 1 >= lo:
        tok = toks[k - 1]
        if tok.text in _CLAUSE_ENDS - {"(", ")"} and tok.quote < 0:
            break  # a parenthesis stays in its clause: 'Franz Jung (CDU) kündigte an'
        if tok.mark == "close" and (k - 2 < lo or toks[k - 2].text in ".!?,"):
            break  # '„...!“ rief er': the quotation ends its own sentence
        if tok.mark == "open" and k < v and toks[k].quote >= 0 and k - 2 >= lo:
            pass  # an inline quotation: 'meldete nach „Deus caritas est“ der Sender'
        k -= 1
    return k


def _particle(s: _Sentence, i: int, particles: frozenset[str]) -> int:
    """The index of a separable verb's particle closing its clause, or -1 ("teilte ... mit")."""
    toks = s.toks
    for k in range(i + 1, min(s.b, i + _WINDOW)):
        tok = toks[k]
        if tok.quote >= 0 or tok.mark is not None or tok.text in _CLAUSE_ENDS or tok.text in ".!?":
            prev = toks[k - 1]
            if k - 1 > i and prev.low in particles:
                return k - 1
            if tok.text == "," and k + 1 < s.b and _noun(toks[k + 1]):
                continue  # 'teilte der Direktor der Behörde, Bagus Puruhito, mit'
            return -1
        if tok.low in {"dass", "daß"} and toks[k - 1].low in particles:
            return k - 1
    prev = toks[min(s.b, i + _WINDOW) - 1]
    return min(s.b, i + _WINDOW) - 1 if prev.low in particles else -1


def _auxiliary(s: _Sentence, c: int) -> int:
    """The auxiliary of a participle cue in its clause ("hatte ... erklärt"), or -1."""
    toks = s.toks
    for k in range(c - 1, max(s.a, c - 16) - 1, -1):
        tok = toks[k]
        if tok.text == "," and k + 1 < c and _noun(toks[k + 1]) and tok.quote < 0:
            continue  # 'hatte ein Talibanführer, Baitullah Mehsud, erklärt'
        if tok.quote >= 0 or tok.mark is not None or tok.text in _CLAUSE_ENDS:
            return -1
        if tok.low in de.PERFECT_AUXILIARIES:
            return k
    return -1


def _modal_before(s: _Sentence, i: int) -> bool:
    """Whether a modal or future auxiliary stands earlier in the clause of token *i*."""
    toks = s.toks
    for k in range(i - 1, max(s.a, i - 12) - 1, -1):
        tok = toks[k]
        if tok.text in _CLAUSE_ENDS and tok.quote < 0:
            return False
        if tok.low in de.MODALS and tok.quote < 0:
            return True
    return False


def _cues(s: _Sentence) -> list[tuple[int, int, int]]:
    """The verb cues of a sentence: (verb position, cue token, last cue token)."""
    toks = s.toks
    out: list[tuple[int, int, int]] = []
    for i in range(s.a, s.b):
        tok = toks[i]
        if not _word(tok) or not _lower(tok):
            continue
        low = tok.low
        if (
            low.endswith("en")
            and low not in de.PARTICIPLES
            and (_modal_before(s, i) or (i + 1 < s.b and toks[i + 1].low in de.MODALS_AFTER))
        ):
            continue  # "wird ... entscheiden", "zu schreiben", "behaupten konnte": infinitives
        if low in de.FINITE or low in de.JOINED:
            aux = _auxiliary(s, i) if low in de.PARTICIPLES else -1
            out.append((aux if aux >= 0 else i, i, i))
        elif low in de.SEPARABLE_STEMS:
            p = _particle(s, i, de.SEPARABLE_STEMS[low])
            if p >= 0:
                out.append((i, i, p))
        elif low in de.PARTICIPLES:
            aux = _auxiliary(s, i)
            if aux >= 0:
                out.append((aux, i, i))
            elif i + 1 < s.b and toks[i + 1].low in de.PERFECT_AUXILIARIES:
                out.append((i, i, i + 1))  # verb-final: "wie die FIFA bekanntgegeben hat"
    return out


def _content_pieces(
    s: _Sentence, first: int, last: int, skip: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """The character pieces of ``toks[first:last]`` (without *skip*), trimmed of marks."""
    toks = s.toks
    if first >= last:
        return []
    runs = [(first, last)] if skip is None else [(first, skip[0]), (skip[1] + 1, last)]
    pieces: list[tuple[int, int]] = []
    for x0, y0 in runs:
        x, y = x0, y0
        while x < y and (toks[x].text in _TRAIL or toks[x].text in "-\u2013\u2014"):
            x += 1
        while y > x and (toks[y - 1].text in _TRAIL or toks[y - 1].text in "-\u2013\u2014"):
            y -= 1
        if x < y:
            pieces.append((x, y))
    return pieces


def _quoted(s: _Sentence, pieces: list[tuple[int, int]]) -> bool:
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


def _draft(
    s: _Sentence,
    rule: str,
    cue: tuple[int, int],
    speaker: tuple[int, int] | None,
    pieces: list[tuple[int, int]],
) -> _Draft | None:
    """A draft from token positions, or None without content."""
    toks = s.toks
    if not pieces or sum(y - x for x, y in pieces) < 2:
        return None
    quoted = _quoted(s, pieces)
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
    return _Draft(cue_chars, spk, chars, rule, quoted)


def _verb_statement(s: _Sentence, v: int, c: int, cl: int, later: int) -> tuple[_Draft | None, int]:  # noqa: C901, PLR0911, PLR0912, PLR0915  (one branch per shape, read in order)
    """Read a verb cue (verb at *v*, cue tokens *c* to *cl*); *later*: the next cue's start."""
    toks = s.toks
    a = max(s.a, s.claimed)
    end = _end(s)
    cs = _clause_start(s, v)
    before = toks[cs - 1] if cs - 1 >= a else None
    # 1a. '...: „Ein guter Start“, sagte er.': a quotation just before the comma is the
    # content, whatever comes before it.
    quote_open = _quote_before(s, cs, a) if cs == v else -1
    if quote_open >= 0 and not _content_follows(s, v, c, cl):
        inv = _np_forward(toks, v + 1, s.b)
        if inv is not None:
            close = cs - 2 if toks[cs - 1].text == "," else cs - 1
            pieces = _content_pieces(s, quote_open, close + 1)
            return _draft(s, "de-inverted", (c, c), inv, pieces), max(inv[1], cl) + 1
    # 1. '„...“, sagte der Minister.' / 'Die Lage sei ernst, sagte er.'
    if (
        cs == v
        and before is not None
        and (before.text == "," or before.mark == "close")
        and not _np_only(s, a, cs - 1)
        and toks[a].low not in de.SUBORDINATORS
        and not _relative_before(s, a, cs - 1)
        and not _content_follows(s, v, c, cl)
    ):
        edge = cs - 1
        if before.text == "," and edge - 1 >= a and toks[edge - 1].mark == "close":
            edge -= 1
        inv = _np_forward(toks, v + 1, s.b)
        if inv is None and v + 1 < s.b and _lower(toks[v + 1]):
            inv = _np_forward(toks, v + 2, s.b)  # sagte gestern der Minister
        if inv is None and cl > c + 1 and toks[cl].low not in de.PARTICIPLES:
            inv = (c + 1, cl - 1)  # 'teilte die zur Universität gehörende Stiftung mit'
        if inv is not None:
            pieces = _content_pieces(s, a, edge + 1 if toks[edge].mark == "close" else edge)
            stop = max(inv[1], cl) + 1
            return _draft(s, "de-inverted", (c, c), inv, pieces), stop
    # 1b. '..., das teilte das Institut mit.': the demonstrative stands for the clause before.
    if cs == v - 1 and toks[cs].low in {"das", "dies"} and cs - 1 > a and toks[cs - 1].text == ",":
        inv = _np_forward(toks, v + 1, s.b)
        if inv is None and cl > c + 1:
            inv = (c + 1, cl - 1)
        if inv is not None:
            pieces = _content_pieces(s, a, cs - 1)
            return _draft(s, "de-inverted", (c, c), inv, pieces), max(inv[1], cl) + 1
    # 2. The subject before the verb, or after it behind a fronted adverbial.
    speaker: tuple[int, int] | None = None
    if cs == v and before is not None and before.text == ",":
        # 'Christel Meier, die Sprecherin der Fraktion, kritisierte: ...': the subject with
        # its apposition before the verb.
        speaker = _np_forward(toks, a, cs)
        if speaker is None or toks[a].low in de.FRONTED:
            # 'Im Brief, den er schickte, erklärt er: „...“': a fronted phrase, then the verb.
            speaker = _np_forward(toks, v + 1, s.b) or speaker
    elif cs < v and toks[cs].low in de.SUBORDINATORS - {"als", "da"}:
        return None, -1  # a subordinate or relative clause: its verb has no content
    elif (
        cs < v
        and (
            toks[cs].low not in de.FRONTED
            or (toks[cs].low in de.DETERMINERS and cs + 1 < v and _noun(toks[cs + 1]))
        )
        and not toks[cs].text[:1].isdigit()
    ):
        first = cs
        for k in range(v - 2, cs, -1):
            if toks[k].low == "und" and _lower(toks[k - 1]) and toks[k - 1].low not in de.NP_JOINS:
                first = k + 1  # "..., und die Hongkonger befürchten"
                break
        speaker = (first, v - 1)
        if toks[v - 1].low in {"und", "sowie"}:
            # 'Er sagte, ... und fügte hinzu: „...“': the verb shares the sentence's subject.
            speaker = _np_forward(toks, s.a, v)
    else:
        speaker = _np_forward(toks, v + 1, s.b)
    if speaker is None:
        return None, -1
    # The content: after the first comma or colon past the cue, or a quotation after it.
    k = max(cl, speaker[1]) + 1
    start = -1
    for n in range(k, min(end, k + _WINDOW)):
        tok = toks[n]
        if tok.text in {",", ":"} and tok.quote < 0:
            start = n + 1
            break
        if tok.mark == "open":
            # 'nannte die Bewerbung „sehr respektabel“': the quoted words alone.
            close = next((m for m in range(n + 1, end) if toks[m].mark == "close"), end - 1)
            if _quoted_name(toks, n, close):
                continue  # 'sagte der „Berliner Zeitung“': a title, not a quotation
            pieces = _content_pieces(s, n, close + 1)
            return _draft(s, "de-subject", (c, c), speaker, pieces), close + 1
        if tok.low in de.COMPLEMENTIZERS:
            start = n
            break
    if start >= 0 and later > start + 1:
        end = min(end, later)  # the next cue's own clause ends it (unless it is the content)
    if start < 0 or start >= end or _not_content(toks, start, end):
        return None, -1
    if toks[start].low in de.RELATIVES and start - 1 >= 0 and toks[start - 1].text == ",":
        nxt = toks[start + 1] if start + 1 < end else None
        if nxt is not None and _lower(nxt) and nxt.low not in de.DETERMINERS:
            return None, -1  # ", der ... ": a relative clause, not the content
    end = _coordinated_end(s, start, end)
    pieces = _content_pieces(s, start, end)
    return _draft(s, "de-subject", (c, c), speaker, pieces), end


def _coordinated_end(s: _Sentence, start: int, end: int) -> int:
    """Where a content ends before the subject's next verb.

    '..., er sei unschuldig, erkannte das Gericht nicht an' ends at the comma before
    "erkannte".
    """
    toks = s.toks
    for n in range(start + 1, min(end - 1, start + 2 * _WINDOW)):
        tok = toks[n]
        if tok.text != "," or tok.quote >= 0:
            continue
        nxt = toks[n + 1]
        if (
            _word(nxt)
            and _lower(nxt)
            and nxt.low not in de.FUNCTION_WORDS
            and (nxt.low in de.FINITE or nxt.low.endswith(("te", "ten")))
        ):
            return n
    return end


def _so_statement(s: _Sentence, i: int) -> tuple[_Draft | None, int]:
    """'..., so der Sprecher.': content before the comma, speaker after "so"."""
    toks = s.toks
    a = max(s.a, s.claimed)
    cue_end = i
    if i + 1 < s.b and (toks[i + 1].low in de.FINITE or toks[i + 1].low in de.IMPERSONAL):
        cue_end = i + 1  # "so bestätigt das Gericht", "so heißt es"
    speaker = _np_forward(toks, cue_end + 1, s.b)
    if speaker is None:
        return None, -1
    after = speaker[1] + 1
    if after < s.b and toks[after].low in {"weiter", "außerdem", "zudem", "gegenüber"}:
        after += 1
    if after < s.b and _word(toks[after]) and toks[after].low not in de.NP_ENDS:
        return None, -1  # "so der Minister weiter": still one, "so die Lage ist": no
    if after < s.b and _word(toks[after]):
        # 'so der Autor in einem Blog, ...': a phrase after the speaker, to its comma.
        after = next(
            (n for n in range(after, min(_end(s), after + 15)) if toks[n].text == ","), after
        )
    edge = i - 1
    lo, _hi = _bounds(s, a, edge, edge)
    pieces = _content_pieces(s, lo, edge + (1 if toks[edge - 1].mark == "close" else 0))
    if after < _end(s) and toks[after].text == ",":
        # 'Sein Rivale, so Obama weiter, erhalte Spenden': the content around the frame.
        pieces += _content_pieces(s, after + 1, _end(s))
    return _draft(s, "de-so", (i, cue_end), speaker, pieces), s.b


#: Marks that bound the clause a frame belongs to ('...; nach Polizeiangaben waren es ...').
_HARD_BOUNDS = frozenset({";", ":", "(", ")"})


def _bounds(s: _Sentence, lo: int, first: int, last: int) -> tuple[int, int]:
    """The clause around ``toks[first:last + 1]`` within the sentence: between ; : ( )."""
    toks = s.toks
    a = first
    while a - 1 >= lo and a > first - _WINDOW:
        tok = toks[a - 1]
        if tok.text in _HARD_BOUNDS and tok.quote < 0 and tok.mark is None:
            break
        a -= 1
    b = last + 1
    end = _end(s)
    while b < end and b < last + _WINDOW:
        tok = toks[b]
        if tok.text in _HARD_BOUNDS and tok.quote < 0 and tok.mark is None:
            break
        b += 1
    if b == last + _WINDOW:
        b = end  # a long clause: to the sentence's end
    return a, b


def _subclause(s: _Sentence, lo: int, hi: int, first: int, last: int) -> tuple[int, int]:
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
    end = next((n for n in range(last + 1, hi) if _clause_comma(toks, n)), hi)
    return k + 1, end


#: Relative pronouns after "nach" or "laut": "nach der", "laut denen", "nach welchem".
_RELATIVE_SOURCES = frozenset(
    {"der", "die", "das", "dem", "denen", "deren", "welchem", "welcher", "welchen"}
)


def _clause_comma(toks: Sequence[DeToken], n: int) -> bool:
    """Whether the comma at *n* closes a verb-final clause (a lower-case word before it).

    '..., das nach israelischen Angaben der Planung, Finanzierung und Ausbildung diene, ...':
    the enumeration's commas follow nouns; the clause's comma follows its verb.
    """
    return toks[n].text == "," and toks[n].quote < 0 and n > 0 and _lower(toks[n - 1])


def _according_noun(tok: DeToken) -> bool:
    """Whether a word is a noun of attribution: "Angaben", "UNHCR-Angaben", "Polizeiangaben"."""
    low = tok.low.rsplit("-", 1)[-1]
    return low in de.ACCORDING_NOUNS or (
        len(low) > 8 and low.endswith(de.ACCORDING_HEADS)  # "Fernsehbericht", "Polizeiangaben"
    )


def _according(s: _Sentence, i: int) -> tuple[_Draft | None, int]:
    """'Laut X ...', 'Nach Angaben von X ...', 'nach einem Bericht der FAZ ...'."""
    toks = s.toks
    a = max(s.a, s.claimed)
    low = toks[i].low
    k = i + 1
    if k < s.b and toks[k].low in _RELATIVE_SOURCES and i - 1 >= a and toks[i - 1].text == ",":
        # 'eine Klageschrift, nach der ...', 'die Pläne, laut denen ...': the relative
        # pronoun stands for the source; the content is its clause.
        end = next((n for n in range(k + 1, _end(s)) if _clause_comma(toks, n)), _end(s))
        pieces = _content_pieces(s, k + 1, end)
        return _draft(s, "de-according", (i, i), (k, k), pieces), end
    if low == "nach" and i - 1 >= a and _according_noun(toks[i - 1]):
        # 'Seiner Meinung nach ...': the postposition after its noun.
        first = i - 2 if i - 2 >= a and toks[i - 2].low in de.DETERMINERS else i - 1
        lo, hi = _bounds(s, a, first, i)
        lo, hi = _subclause(s, lo, hi, first, i)
        pieces = _content_pieces(s, lo, hi, (first, i))
        return _draft(s, "de-according", (i, i), (first, i - 1), pieces), s.b
    if low == "nach":
        while k < s.b and (
            toks[k].low in de.DETERMINERS
            or (_lower(toks[k]) and toks[k].low.endswith(("e", "en", "er", "es")))
        ):
            k += 1  # "nach eigenen Angaben", "Nach einer norwegischen Studie"
        if k + 1 < s.b and toks[k].text.endswith("s") and _noun(toks[k]):
            k += 1  # "Nach Schäubles Idee"
        if k >= s.b or not _according_noun(toks[k]):
            return None, -1
        head = k
        speaker = _np_forward(toks, k + 1, s.b, subject=False)
        speaker = (i + 1, speaker[1] if speaker is not None else head)
    else:
        np = _np_forward(toks, k, s.b, subject=False)
        if np is None:
            return None, -1
        speaker = np
    frame = (i, speaker[1])
    if frame[1] + 1 < s.b and toks[frame[1] + 1].low == "zufolge":
        return None, -1
    lo, hi = _bounds(s, a, i, speaker[1])
    lo, hi = _subclause(s, lo, hi, i, speaker[1])
    pieces = _content_pieces(s, lo, hi, frame)
    return _draft(s, "de-according", (i, i), speaker, pieces), s.b


def _zufolge(s: _Sentence, i: int) -> tuple[_Draft | None, int]:
    """'X zufolge ...' / 'Polizeiangaben zufolge ...': the source before the postposition."""
    toks = s.toks
    a = max(s.a, s.claimed)
    speaker = _np_backward(toks, i - 1, a)
    if speaker is None:
        return None, -1
    lo, hi = _bounds(s, a, speaker[0], i)
    pieces = _content_pieces(s, lo, hi, (speaker[0], i))
    return _draft(s, "de-according", (i, i), speaker, pieces), s.b


def _wie(s: _Sentence, i: int, cues: list[tuple[int, int, int]]) -> tuple[_Draft | None, int]:
    """'Wie die Polizei mitteilte, ...' and '..., wie X sagte.'."""
    toks = s.toks
    a = max(s.a, s.claimed)
    cue = next((c for c in cues if i < c[0] < i + 20), None)
    if cue is None:
        return None, -1
    v, _c, cl = cue
    if any(t.text in _CLAUSE_ENDS - {","} for t in toks[i + 1 : v]):
        return None, -1  # commas may set off an apposition: "Wie X, Sprecherin, mitteilte"
    # "Wie berichtet wurde": no speaker between; "Wie die Polizei mitteilte": the subject.
    speaker = _np_forward(toks, cl + 1, s.b) if v == i + 1 else (i + 1, v - 1)
    after = max(cl, speaker[1] if speaker else cl) + 1
    if after < s.b and toks[after].text == ",":
        pieces = _content_pieces(s, after + 1, _end(s))
    elif i - 1 >= a and toks[i - 1].text == ",":
        pieces = _content_pieces(s, a, i - 1)
    else:
        return None, -1
    return _draft(s, "de-wie", (i, cl), speaker, pieces), s.b


def _impersonal(s: _Sentence, i: int) -> tuple[_Draft | None, int]:
    """'In der Erklärung heißt es, ...': the frame before the verb is the source."""
    toks = s.toks
    a = max(s.a, s.claimed)
    es = i + 1 if i + 1 < s.b and toks[i + 1].low == "es" else -1
    if es < 0:
        return None, -1
    if i - 1 > a and toks[i - 1].text == ",":
        # '..., hieß es vom Sprecher Mark Toner.' / '..., heißt es in der Erklärung.'
        k = es + 1
        if k < s.b and toks[k].low in {"von", "vom", "aus", "in", "im", "seitens", "beim"}:
            k += 1
        src = _np_forward(toks, k, s.b, subject=False)
        pieces = _content_pieces(s, a, i - 1)
        return _draft(s, "de-impersonal", (i, es), src, pieces), s.b
    speaker = (a, i - 1) if i - 1 >= a and toks[a].mark is None else None
    k = es + 1
    while k < s.b and toks[k].text != "," and toks[k].text != ":" and k < es + 8:
        k += 1
    if k >= s.b or toks[k].text not in {",", ":"}:
        return None, -1
    pieces = _content_pieces(s, k + 1, _end(s))
    return _draft(s, "de-impersonal", (i, es), speaker, pieces), s.b


def _demnach(s: _Sentence) -> tuple[_Draft | None, int]:
    """'Demnach ...': the source is the one named before; the marker stands for it."""
    a = s.a
    pieces = _content_pieces(s, a + 1, _end(s))
    return _draft(s, "de-demnach", (a, a), (a, a), pieces), s.b


def _subject_verb(s: _Sentence, a: int, limit: int) -> tuple[tuple[int, int], int] | None:  # noqa: C901, PLR0911  (one branch per shape, read in order)
    """The subject and finite verb of the main clause ``toks[a:limit]``, or None.

    'Das Gericht ging davon aus': the noun phrase first, the verb after it; after a fronted
    adverbial ('In einem Interview äußerte sich der Minister'): the verb is the first lower-case
    word that is no article, preposition or adverb, and the subject follows it.
    """
    toks = s.toks
    if a >= limit or not _word(toks[a]):
        return None
    first = toks[a]
    if first.low in de.SUBORDINATORS and not (
        first.low in {"seit", "während"} and a + 1 < limit and _noun(toks[a + 1])
    ):
        return None  # "Seit August ..." is a preposition, "Seit er ..." a conjunction
    article = first.low in de.DETERMINERS and a + 1 < limit and _noun(toks[a + 1])
    if (first.low not in de.FRONTED or article) and first.text[:1].isupper():
        np = _np_forward(toks, a, limit)
        if np is None or np[1] + 1 >= limit:
            return None
        verb = toks[np[1] + 1]
        if not (_word(verb) and _lower(verb)) or verb.low in de.NP_ENDS:
            return None
        if verb.low in de.NOT_SPEECH and not any(
            t.low in de.OPINION_WORDS for t in toks[np[1] + 2 : limit]
        ):
            return None  # 'ist der Ansicht, dass ...' is speech, 'ist klar, dass ...' not
        if first.low in {"es", "das", "dies"} and verb.low in de.GERMAN.copulas:
            return None
        return np, np[1] + 1
    for k in range(a + 1, min(limit, a + 12)):
        tok = toks[k]
        if not _word(tok):
            continue
        if _lower(tok) and tok.low not in de.DETERMINERS and tok.low not in de.NP_ENDS:
            if (
                tok.low.endswith(("e", "en", "er", "es", "em"))
                and k + 1 < limit
                and _noun(toks[k + 1])
            ):
                continue  # an adjective before its noun
            after = k + 2 if k + 1 < limit and toks[k + 1].low == "sich" else k + 1
            np = _np_forward(toks, after, limit)  # "äußerte sich der Minister"
            return (np, k) if np is not None else None
    return None


def _structure(s: _Sentence) -> _Draft | None:  # noqa: C901, PLR0911  (one branch per shape, read in order)
    """A sentence no cue word explains, read by its shape (structure before lexicon).

    'X äußerte sich zuversichtlich: „...“' (a colon and a quotation, rule ``de-colon``) and
    'Das Gericht ging davon aus, dass ...' (a complement clause, rule ``de-clause``).
    """
    toks = s.toks
    end = _end(s)
    colon = _colon_quote(s, end)
    if colon is not None:
        return colon
    for k in range(s.a + 1, min(end, s.a + _WINDOW)):
        tok = toks[k]
        if tok.quote >= 0 or tok.mark is not None:
            return None
        if tok.text == ":" and k + 1 < end and toks[k + 1].mark == "open":
            found = _subject_verb(s, s.a, k)
            if found is None:
                # 'Nina Meier zur neuen Heimat: „...“': a name, no verb; the colon is the cue.
                np = _np_forward(toks, s.a, k) if toks[s.a].low not in de.FRONTED else None
                if np is not None and np[1] + 1 != k and toks[np[1] + 1].low not in de.NP_ENDS:
                    return None
                if np is None:
                    return None
                return _draft(s, "de-colon", (k, k), np, _content_pieces(s, k + 1, end))
            (np, v) = found
            return _draft(s, "de-colon", (v, v), np, _content_pieces(s, k + 1, end))
        if tok.text == "," and k + 1 < end:
            nxt = toks[k + 1]
            if nxt.low in {"dass", "daß"} or any(
                t.low in de.KONJUNKTIV and t.quote < 0 for t in toks[k + 1 : min(end, k + 7)]
            ):
                found = _subject_verb(s, s.a, k)
                if found is None:
                    return None
                np, v = found
                return _draft(s, "de-clause", (v, v), np, _content_pieces(s, k + 1, end))
            return None
    return None


def _colon_quote(s: _Sentence, end: int) -> _Draft | None:
    """'Der Leiter der Studie, Paulo Pinheiro, sieht die Hauptverantwortung beim Staat: „...“'.

    A colon before a quotation, after a main clause with its subject first (commas and all):
    the subject speaks; the cue is its verb, or the colon when there is none ('Erkki
    Tuomioja, Präsident des Rats: „...“').
    """
    toks = s.toks
    first = toks[s.a]
    if not _word(first) or (
        first.low in de.FRONTED
        and not (first.low in de.DETERMINERS and s.a + 1 < end and _noun(toks[s.a + 1]))
    ):
        return None
    k = next(
        (
            n
            for n in range(s.a + 1, min(end - 1, s.a + 2 * _WINDOW))
            if toks[n].text == ":" and toks[n].quote < 0 and toks[n + 1].mark == "open"
        ),
        -1,
    )
    if k < 0 or any(t.mark is not None or t.quote >= 0 for t in toks[s.a : k]):
        return None
    np = _np_forward(toks, s.a, k)
    if np is None:
        return None
    n = np[1] + 1
    while n < k and toks[n].text == ",":
        # an apposition: 'Erkki Tuomioja, Präsident des Rats der EU,'
        nxt = _np_forward(toks, n + 1, k)
        if nxt is None:
            break
        np, n = (np[0], nxt[1]), nxt[1] + 1
    if n < k and not (_word(toks[n]) and _lower(toks[n])):
        return None
    if n < k and toks[n].low in de.SUBORDINATORS | de.RELATIVES:
        return None
    cue = (n, n) if n < k else (k, k)
    return _draft(s, "de-colon", cue, np, _content_pieces(s, k + 1, end))


def _so_tail(s: _Sentence) -> _Draft | None:
    """A sentence that ends in '..., so der Sprecher.' (read before any cue in it)."""
    toks = s.toks
    end = _end(s)
    for i in range(end - 1, max(s.a + 1, end - 12) - 1, -1):
        if toks[i].text in _CLAUSE_ENDS or toks[i].mark is not None:
            return None
        if toks[i].low == "so" and toks[i - 1].text == "," and _word(toks[i]):
            draft, _claimed = _so_statement(s, i)
            return draft
    return None


def _anaphoric(s: _Sentence, cue_at: dict[int, tuple[int, int, int]]) -> _Draft | None:
    """'Das berichtete die Zeitung „Billboard“.': the sentence before is the content.

    The demonstrative opening the sentence stands for it; the content is that sentence and
    the demonstrative (as the Wikinews corpus marks it).
    """
    toks = s.toks
    if s.prev < 0 or toks[s.a].low not in {"das", "dies"} or s.a + 1 not in cue_at:
        return None
    _v, c, _cl = cue_at[s.a + 1]
    speaker = _np_forward(toks, c + 1, s.b)
    if speaker is None:
        return None
    before = _Sentence(toks, s.prev, s.a)
    pieces = [*_content_pieces(before, s.prev, _end(before)), (s.a, s.a + 1)]
    return _draft(s, "de-anaphoric", (c, c), speaker, pieces)


def _read_sentence(s: _Sentence) -> list[_Draft]:  # noqa: C901, PLR0912  (one branch per shape, read in order)
    """The statements of one sentence, cue by cue, left to right."""
    toks = s.toks
    drafts: list[_Draft] = []
    cues = _cues(s)
    if toks[s.a].low == "demnach" and _word(toks[s.a]):
        draft, _ = _demnach(s)
        return [draft] if draft is not None else []
    cue_at = {c[0]: c for c in cues}
    tail = _so_tail(s)
    if tail is not None:
        return [tail]  # '..., so der Sprecher.': cues before it are the speaker's words
    back = _anaphoric(s, cue_at)
    if back is not None:
        return [back]
    for i in range(s.a, s.b):
        if i < s.claimed:
            continue
        tok = toks[i]
        if not _word(tok):
            continue
        low = tok.low
        result: tuple[_Draft | None, int] = (None, -1)
        if low in de.ACCORDING_BEFORE or low == "nach":
            result = _according(s, i)
        elif low in de.ACCORDING_AFTER:
            result = _zufolge(s, i)
        elif low == "so" and i - 1 > s.a and toks[i - 1].text == ",":
            result = _so_statement(s, i)
        elif low == "wie" and (i == s.a or toks[i - 1].text == ","):
            result = _wie(s, i, cues)
        elif low in de.IMPERSONAL:
            result = _impersonal(s, i)
        elif i in cue_at:
            v, c, cl = cue_at[i]
            nxt = [x for x in cues if x[0] > cl]
            later = s.b
            if nxt and nxt[0][0] - 1 > cl and toks[nxt[0][0] - 1].low == "und":
                later = nxt[0][0] - 1
            elif nxt:
                # '..., Annabi sei tot, doch ein Sprecher erklärte, ...': the next cue's own
                # clause ends this content.
                cs2 = _clause_start(s, nxt[0][0])
                if (
                    cl + 2 < cs2 < nxt[0][0]
                    and toks[cs2 - 1].text == ","
                    and toks[cs2].low not in de.FUNCTION_WORDS
                ):
                    later = cs2 - 1
            result = _verb_statement(s, v, c, cl, later)
        draft, claimed = result
        if draft is not None:
            drafts.append(draft)
            s.claimed = max(s.claimed, claimed)
    if not drafts:
        draft = _structure(s) or _quoted_words(s)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _quoted_words(s: _Sentence) -> _Draft | None:
    """A quotation in a clause without a cue word: its clause's subject is the speaker.

    'Er hielt den Plan für „einen Akt der Verzweiflung“.' (rule ``de-fragment``; the Wikinews
    corpus marks such quotations as direct speech). Names and titles in quote marks are
    passed over.
    """
    toks = s.toks
    for n in range(s.a, s.b):
        if toks[n].mark != "open":
            continue
        close = next((m for m in range(n + 1, s.b) if toks[m].mark == "close"), -1)
        words = [t for t in toks[n + 1 : close] if t.text[:1].isalnum()]
        if close < 0 or not words or _quoted_name(toks, n, close):
            continue
        if len(words) < 2 and toks[n - 1].low not in _EVALUATIVE:
            continue
        found = _subject_verb(s, s.a, n)
        if found is None:
            return None
        np, v = found
        return _draft(s, "de-fragment", (v, v), np, _content_pieces(s, n, close + 1))
    return None


def _quote_only(s: _Sentence) -> bool:
    """Whether the sentence is a quotation and its end mark alone."""
    toks = s.toks
    return toks[s.a].mark == "open" and all(
        t.quote >= 0 or t.mark is not None or t.text in ".!?,;" for t in toks[s.a : s.b]
    )


def _konjunktiv(s: _Sentence) -> bool:
    """Whether a sentence without cue reads as reported speech (a Konjunktiv I verb)."""
    toks = s.toks
    for i in range(s.a, s.b):
        tok = toks[i]
        if tok.text in _CLAUSE_ENDS:
            return False  # only the main clause counts: "..., dass es so sei" is narrative
        if tok.quote < 0 and tok.low in de.KONJUNKTIV and _lower(tok):
            prev = toks[i - 1].low if i > s.a else ""
            if prev in {"als", "ob", "wenn"}:
                continue  # "als sei nichts geschehen": the writer's comparison
            return True
    return False


def _follow(s: _Sentence, last: _Draft) -> _Draft | None:
    """A sentence without a cue of its own, read as the last speaker's, or None."""
    toks = s.toks
    if _quote_only(s):
        end = s.b
        while end > s.a and toks[end - 1].mark is None and toks[end - 1].quote < 0:
            end -= 1
        draft = _draft(s, "de-continued", (s.a, s.a), None, [(s.a, end)])
    elif not last.quoted and _konjunktiv(s):
        draft = _draft(s, "de-konjunktiv", (s.a, s.a), None, _content_pieces(s, s.a, _end(s)))
    else:
        return None
    if draft is not None:
        draft.cue, draft.speaker = last.cue, last.speaker
    return draft


def _read(text: str) -> list[_Draft]:
    """Every draft of the text, paragraph by paragraph."""
    drafts: list[_Draft] = []
    last: _Draft | None = None
    for start, end in paragraph_spans(text):
        regions = quote_regions(text, start, end)
        toks = tokenize(text, start, end, regions)
        attach = last is not None
        prev = -1
        for a, b in sentences(toks):
            s = _Sentence(toks, a, b, prev=prev)
            prev = a
            found = _read_sentence(s)
            if found:
                drafts.extend(found)
                last = found[-1]
                attach = True
                continue
            follow = _follow(s, last) if (attach and last is not None) else None
            if follow is not None:
                drafts.append(follow)
                continue
            attach = False
    return drafts


#: Role nouns whose feminine form ends in "-in" ("Ministerin", "Sprecherin").
def _gender(mention: str) -> str | None:
    words = mention.split()
    if not words:
        return None
    low = [w.lower() for w in words]
    if low[0] in de.PRONOUN_GENDER and len(words) == 1:
        return de.PRONOUN_GENDER[low[0]]
    for w in low:
        if w in de.HONORIFIC_GENDER:
            return de.HONORIFIC_GENDER[w]
    heads = [w for w in words if w[:1].isupper() and w.lower() not in de.DETERMINERS]
    if heads and heads[0].endswith("in") and len(heads[0]) > 5 and low[0] in {"die", "eine"}:
        return "female"
    if low[0] in {"der", "ein"}:
        return "male"
    return None


def _name(mention: str) -> str | None:
    """The proper name at the end of a mention: "Der Minister Felix Magath" -> "Felix Magath"."""
    words = mention.split()
    if not words or words[0].lower() in de.PRONOUNS:
        return None
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or w.lower() in de.HONORIFIC_GENDER:
            break
        tail.append(w)
    tail.reverse()
    article = len(tail) < len(words) and words[-len(tail) - 1].lower() in de.DETERMINERS
    if tail and tail[0].lower() in de.DETERMINERS:
        tail, article = tail[1:], True
    if article:
        # "die Ministerin Anna Weber": a role noun and a name; "der Minister": no name.
        tail = tail[1:]
    if not tail:
        return None
    return " ".join(tail[-3:])


def _speakers(text: str, drafts: list[_Draft]) -> list[Speaker | None]:
    """Each draft's speaker, with a pronoun resolved to the last speaker of its gender."""
    out: list[Speaker | None] = []
    known: list[tuple[str, str | None]] = []  # (name, gender) of earlier speakers
    for d in drafts:
        if d.speaker is None:
            out.append(None)
            continue
        s, e = d.speaker
        mention = text[s:e]
        gender = _gender(mention)
        name = _name(mention)
        if name is None and mention.lower() in de.PRONOUN_GENDER:
            name = next((n for n, g in reversed(known) if g in {gender, None}), None)
        elif name is not None:
            known.append((name, gender))
        out.append(Speaker(text=mention, span=Span(s, e), name=name, gender=gender))
    return out


def _statement(text: str, d: _Draft, speaker: Speaker | None) -> Statement:
    pieces = sorted(set(d.pieces))
    spans = tuple(starmap(Span, pieces))
    first, last = pieces[0][0], pieces[-1][1]
    inner = any(text.find(mark, s, e) >= 0 for s, e in pieces for mark in "\u201e\u00bb\u00ab")
    kind = (
        StatementKind.DIRECT
        if d.quoted
        else (StatementKind.MIXED if inner else StatementKind.INDIRECT)
    )
    edges = [d.cue[0], d.cue[1], first, last]
    if d.speaker is not None:
        edges += list(d.speaker)
    return Statement(
        kind=kind,
        speaker=speaker,
        cue=Cue(text=text[d.cue[0] : d.cue[1]], span=Span(*d.cue)),
        content=Content(
            text=text[first:last],
            span=Span(first, last),
            spans=spans,
            pieces=tuple(text[s:e] for s, e in pieces),
        ),
        span=Span(min(edges), max(edges)),
        rule=d.rule,
        lang="de",
    )


def find_german_statements(text: str) -> list[Statement]:
    """The attributed statements of German copy, in text order.

    >>> [st] = find_german_statements("„Wir geben nicht nach“, sagte der Minister.")
    >>> st.kind.value, st.speaker.text, st.cue.text, st.content.text, st.rule, st.lang
    ('direct', 'der Minister', 'sagte', 'Wir geben nicht nach', 'de-inverted', 'de')
    """
    drafts = _read(text)
    speakers = _speakers(text, drafts)
    out = [_statement(text, d, sp) for d, sp in zip(drafts, speakers, strict=True)]
    out.sort(key=lambda st: (st.span.start, st.cue.span.start))
    return out
