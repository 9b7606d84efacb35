"""German attribution frames: "so", "laut", "nach Angaben", "zufolge", "wie", "heißt es".

Each reader takes a sentence and the frame's first token and returns a draft and where the
free text starts (rules ``de-so``, ``de-according``, ``de-wie``, ``de-impersonal``,
``de-demnach``; ``de-inverted`` for "Das berichtete X." after the sentence it stands for).
"""

from __future__ import annotations

from wirestory._lang import de
from wirestory._statements._de_base import (
    CLAUSE_ENDS,
    DeDraft,
    DeSentence,
    clause_bounds,
    clause_comma,
    content_end,
    content_pieces,
    is_lower,
    is_noun,
    is_word,
    make_draft,
    subclause,
)
from wirestory._statements._de_np import (
    np_backward,
    np_forward,
    quote_before,
)
from wirestory._statements._de_text import DeToken

__all__ = [
    "RELATIVE_SOURCES",
    "according",
    "according_noun",
    "anaphoric",
    "demnach",
    "impersonal",
    "so_statement",
    "so_tail",
    "wie_clause",
    "zufolge",
]


def so_statement(s: DeSentence, i: int) -> tuple[DeDraft | None, int]:
    """'..., so der Sprecher.': content before the comma, speaker after "so"."""
    toks = s.toks
    a = max(s.a, s.claimed)
    cue_end = i
    if i + 1 < s.b and (toks[i + 1].low in de.FINITE or toks[i + 1].low in de.IMPERSONAL):
        cue_end = i + 1  # "so bestätigt das Gericht", "so heißt es"
    speaker = np_forward(toks, cue_end + 1, s.b)
    if speaker is None:
        return None, -1
    speaker, after = _so_source(s, speaker)
    if after < s.b and toks[after].low in {"weiter", "außerdem", "zudem", "gegenüber"}:
        after += 1
    if after < s.b and is_word(toks[after]) and toks[after].low not in de.NP_ENDS:
        return None, -1  # "so der Minister weiter": still one, "so die Lage ist": no
    if after < s.b and is_word(toks[after]):
        # 'so der Autor in einem Blog, ...': a phrase after the speaker, to its comma.
        after = next(
            (n for n in range(after, min(content_end(s), after + 15)) if toks[n].text == ","), after
        )
    edge = i - 1
    lo, _hi = clause_bounds(s, a, edge, edge)
    opened = quote_before(s, i, a)
    if opened >= 0 and (opened == a or toks[opened - 1].text == ":"):
        # '„Wir bleiben, auch wenn ... .“, so der Trainer.': a whole quotation before the frame
        # is the content however long it is (a clause's window would cut it).
        lo = opened
    pieces = content_pieces(s, lo, edge + (1 if toks[edge - 1].mark == "close" else 0))
    if after < content_end(s) and toks[after].text == ",":
        # 'Sein Rivale, so Obama weiter, erhalte Spenden': the content around the frame.
        pieces += content_pieces(s, after + 1, content_end(s))
    return make_draft(s, "de-so", (i, cue_end), speaker, pieces), s.b


def _so_source(s: DeSentence, speaker: tuple[int, int]) -> tuple[tuple[int, int], int]:
    """The source after "so" with what its noun phrase leaves out, and the token after it.

    'so das Ergebnis einer gestern vorgestellten Studie.': a genitive goes on past an adverb
    in its participle, to the comma or the end; 'so die Autorin der Studie, Eva Roth.': an
    apposition closing the sentence.
    """
    toks = s.toks
    after = speaker[1] + 1
    end = content_end(s)
    if after < end and toks[after].low in de.NP_JOINS and is_word(toks[after]):
        stop = next((n for n in range(after, min(end, after + 15)) if toks[n].text == ","), end)
        return (speaker[0], stop - 1), stop
    if after < end and toks[after].text == ",":
        app = np_forward(toks, after + 1, end)
        if app is not None and app[1] == end - 1:
            return (speaker[0], app[1]), end
    return speaker, after


#: Relative pronouns after "nach" or "laut": "nach der", "laut denen", "nach welchem".
RELATIVE_SOURCES = frozenset(
    {"der", "die", "das", "dem", "denen", "deren", "welchem", "welcher", "welchen"}
)


def according_noun(tok: DeToken) -> bool:
    """Whether a word is a noun of attribution: "Angaben", "UNHCR-Angaben", "Polizeiangaben"."""
    low = tok.low.rsplit("-", 1)[-1]
    return low in de.ACCORDING_NOUNS or (
        len(low) > 8 and low.endswith(de.ACCORDING_HEADS)  # "Fernsehbericht", "Polizeiangaben"
    )


def according(s: DeSentence, i: int) -> tuple[DeDraft | None, int]:
    """'Laut X ...', 'Nach Angaben von X ...', 'nach einem Bericht der FAZ ...'."""
    toks = s.toks
    a = max(s.a, s.claimed)
    low = toks[i].low
    k = i + 1
    if k < s.b and toks[k].low in RELATIVE_SOURCES and i - 1 >= a and toks[i - 1].text == ",":
        # 'eine Klageschrift, nach der ...', 'die Pläne, laut denen ...': the relative
        # pronoun stands for the source; the content is its clause.
        end = next(
            (n for n in range(k + 1, content_end(s)) if clause_comma(toks, n)), content_end(s)
        )
        pieces = content_pieces(s, k + 1, end)
        return make_draft(s, "de-according", (i, i), (k, k), pieces), end
    if low == "nach" and i - 1 >= a and according_noun(toks[i - 1]):
        # 'Seiner Meinung nach ...': the postposition after its noun.
        first = i - 2 if i - 2 >= a and toks[i - 2].low in de.DETERMINERS else i - 1
        lo, hi = clause_bounds(s, a, first, i)
        lo, hi = subclause(s, lo, hi, first, i)
        pieces = content_pieces(s, lo, hi, (first, i))
        return make_draft(s, "de-according", (i, i), (first, i - 1), pieces), s.b
    if low == "nach":
        while k < s.b and (
            toks[k].low in de.DETERMINERS
            or (is_lower(toks[k]) and toks[k].low.endswith(("e", "en", "er", "es")))
        ):
            k += 1  # "nach eigenen Angaben", "Nach einer norwegischen Studie"
        if k + 1 < s.b and toks[k].text.endswith("s") and is_noun(toks[k]):
            k += 1  # "Nach Schäubles Idee"
        if k >= s.b or not according_noun(toks[k]):
            return None, -1
        head = k
        after = k + 2 if k + 2 < s.b and toks[k + 1].low in {"von", "vom"} else k + 1
        speaker = np_forward(toks, after, s.b, subject=False)  # 'Nach Ansicht von X'

        speaker = (i + 1, speaker[1] if speaker is not None else head)
    else:
        np = np_forward(toks, k, s.b, subject=False)
        if np is None and k < s.b and is_word(toks[k]) and toks[k].low not in de.FUNCTION_WORDS:
            np = (k, k)  # 'laut taz': a lower-case name
        if np is None:
            return None, -1
        speaker = np
    frame = (i, speaker[1])
    if frame[1] + 1 < s.b and toks[frame[1] + 1].low == "zufolge":
        return None, -1
    lo, hi = clause_bounds(s, a, i, speaker[1])
    lo, hi = subclause(s, lo, hi, i, speaker[1])
    pieces = content_pieces(s, lo, hi, frame)
    return make_draft(s, "de-according", (i, i), speaker, pieces), s.b


def zufolge(s: DeSentence, i: int) -> tuple[DeDraft | None, int]:
    """'X zufolge ...' / 'Polizeiangaben zufolge ...': the source before the postposition."""
    toks = s.toks
    a = max(s.a, s.claimed)
    speaker = np_backward(toks, i - 1, a)
    if speaker is None:
        return None, -1
    lo, hi = clause_bounds(s, a, speaker[0], i)
    pieces = content_pieces(s, lo, hi, (speaker[0], i))
    return make_draft(s, "de-according", (i, i), speaker, pieces), s.b


def wie_clause(
    s: DeSentence, i: int, cues: list[tuple[int, int, int]]
) -> tuple[DeDraft | None, int]:
    """'Wie die Polizei mitteilte, ...' and '..., wie X sagte.'."""
    toks = s.toks
    a = max(s.a, s.claimed)
    cue = next((c for c in cues if i < c[0] < i + 20), None)
    if cue is None:
        return None, -1
    v, _c, cl = cue
    if any(t.text in CLAUSE_ENDS - {","} for t in toks[i + 1 : v]):
        return None, -1  # commas may set off an apposition: "Wie X, Sprecherin, mitteilte"
    # "Wie berichtet wurde": no speaker between; "Wie die Polizei mitteilte": the subject.
    speaker = np_forward(toks, cl + 1, s.b) if v == i + 1 else (i + 1, v - 1)
    after = max(cl, speaker[1] if speaker else cl) + 1
    if after < s.b and toks[after].text == ",":
        pieces = content_pieces(s, after + 1, content_end(s))
    elif i == s.a and after < s.b and is_word(toks[after]) and is_lower(toks[after]):
        # 'Wie die Sender berichten sind zwei Polizisten ...': the comma left out.
        pieces = content_pieces(s, after, content_end(s))
    elif i - 1 >= a and toks[i - 1].text == ",":
        pieces = content_pieces(s, a, i - 1)
    else:
        return None, -1
    return make_draft(s, "de-wie", (i, cl), speaker, pieces), s.b


def impersonal(s: DeSentence, i: int) -> tuple[DeDraft | None, int]:
    """'In der Erklärung heißt es, ...': the frame before the verb is the source."""
    toks = s.toks
    a = max(s.a, s.claimed)
    es = i + 1 if i + 1 < s.b and toks[i + 1].low == "es" else -1
    if es < 0 and toks[i].low == "geheißen" and i - 1 > a and toks[i - 1].low == "es":
        # 'In den Berichten hatte es geheißen, dass ...': the perfect, "es" before the verb.
        speaker = (
            (a, i - 3)
            if i - 3 >= a
            and toks[i - 2].low in de.PERFECT_AUXILIARIES
            and toks[a].low in de.IMPERSONAL_SOURCES
            else None
        )
        k = i + 1
        if k < content_end(s) and toks[k].text in {",", ":"}:
            pieces = content_pieces(s, k + 1, content_end(s))
            return make_draft(s, "de-impersonal", (i - 1, i), speaker, pieces), s.b
    if es < 0:
        return None, -1
    forward = es + 2 < content_end(s) and toks[es + 1].text in {",", ":"}
    if i - 1 > a and toks[i - 1].text == "," and not forward:
        # '..., hieß es vom Sprecher Mark Toner.' / '..., heißt es in der Erklärung.'
        k = es + 1
        if k < s.b and toks[k].low in {"von", "vom", "aus", "in", "im", "seitens", "beim"}:
            k += 1
        src = np_forward(toks, k, s.b, subject=False)
        pieces = content_pieces(s, a, i - 1)
        return make_draft(s, "de-impersonal", (i, es), src, pieces), s.b
    # 'In dem Bericht, der am Montag erschien, heißt es, ...': the comma before the verb
    # closes a relative clause of the source; the content follows "es" (two forms in the
    # Wikinews corpus: "heißt es," and "heißt es:").
    edge = i - 1 if toks[i - 1].text != "," else i - 2
    speaker = (a, edge) if edge >= a and toks[a].low in de.IMPERSONAL_SOURCES else None
    k = es + 1
    while k < s.b and toks[k].text != "," and toks[k].text != ":" and k < es + 8:
        k += 1
    if k >= s.b or toks[k].text not in {",", ":"}:
        return None, -1
    pieces = content_pieces(s, k + 1, content_end(s))
    return make_draft(s, "de-impersonal", (i, es), speaker, pieces), s.b


def demnach(s: DeSentence) -> tuple[DeDraft | None, int]:
    """'Demnach ...': the source is the one named before; the marker stands for it."""
    a = s.a
    pieces = content_pieces(s, a + 1, content_end(s))
    return make_draft(s, "de-demnach", (a, a), (a, a), pieces), s.b


def so_tail(s: DeSentence) -> DeDraft | None:
    """A sentence that ends in '..., so der Sprecher.' (read before any cue in it)."""
    toks = s.toks
    end = content_end(s)
    for i in range(end - 1, max(s.a + 1, end - 12) - 1, -1):
        if toks[i].text in CLAUSE_ENDS or toks[i].mark is not None:
            return None
        if toks[i].low == "so" and toks[i - 1].text == "," and is_word(toks[i]):
            draft, _claimed = so_statement(s, i)
            return draft
    return None


def anaphoric(s: DeSentence, cue_at: dict[int, tuple[int, int, int]]) -> DeDraft | None:
    """'Das berichtete die Zeitung „Billboard“.': the sentence before is the content.

    The demonstrative opening the sentence stands for it; the content is that sentence and
    the demonstrative (as the Wikinews corpus marks it).
    """
    toks = s.toks
    if s.prev < 0 or toks[s.a].low not in {"das", "dies"} or s.a + 1 not in cue_at:
        return None
    _v, c, _cl = cue_at[s.a + 1]
    after = c + 2 if c + 1 < s.b and toks[c + 1].low == "aus" else c + 1  # geht aus ... hervor
    speaker = np_forward(toks, after, s.b, subject=after == c + 1)
    if speaker is None:
        return None
    before = DeSentence(toks, s.prev, s.a)
    pieces = [*content_pieces(before, s.prev, content_end(before)), (s.a, s.a + 1)]
    return make_draft(s, "de-anaphoric", (c, c), speaker, pieces)
