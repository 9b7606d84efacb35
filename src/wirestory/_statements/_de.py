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
   alles tun.``) is the last speaker's reported speech, as the Wikinews corpus marks it;
7. a sentence no cue word explains is read by its shape: ``de-colon`` (a main clause, a
   colon and a quotation), ``de-clause`` (a subject, any verb and a ``dass`` or Konjunktiv
   clause), ``de-fragment`` (quoted words in a clause: its subject's), ``de-passive``
   (``Es wurde bekannt, dass ...``, ``Ihm wird vorgeworfen, ...``), ``de-wonach``
   (``..., wonach ...``), ``de-anaphoric`` (``Das berichtete die Zeitung.``: the sentence
   before is the content).

A separable verb is a cue only when its particle closes the clause (``teilte ... mit``). All
passes are left to right with bounded look-around (a clause is read at most
``WINDOW`` tokens away from its cue): linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wirestory._lang import de
from wirestory._models import Statement
from wirestory._statements._de_base import (
    CLAUSE_ENDS,
    WINDOW,
    DeDraft,
    DeSentence,
    clause_comma,
    clause_start,
    content_end,
    content_pieces,
    is_lower,
    is_noun,
    is_word,
    make_draft,
)
from wirestory._statements._de_finish import (
    make_statement,
    resolve_speakers,
    role_of,
)
from wirestory._statements._de_frames import (
    according,
    anaphoric,
    demnach,
    impersonal,
    so_statement,
    so_tail,
    wie_clause,
    zufolge,
)
from wirestory._statements._de_np import (
    EVALUATIVE,
    not_content,
    np_backward,
    np_forward,
    np_only,
    purpose_clause,
    quote_before,
    quoted_name,
    relative_before,
    subject_verb,
)
from wirestory._statements._de_text import DeToken, quote_regions, sentences, tokenize
from wirestory._statements._paragraphs import paragraph_spans

__all__ = ["find_german_statements"]


def _content_follows(s: DeSentence, v: int, c: int, cl: int) -> bool:
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
        if toks[n].text in CLAUSE_ENDS or toks[n].mark is not None:
            break
    return nxt.text == "," and (toks[cl + 2].low in de.COMPLEMENTIZERS or c != v or cl != c)


#: Articles of the accusative and dative only: a phrase they open before the verb is an object,
#: and the subject follows the verb ('Den Plan bezeichnete er als ...'; Duden, "Grammatik":
#: the declension of the article).
_OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})


#: Focus particles before a subject: "Auch einige Parteien haben angekündigt, ...".
_FOCUS = frozenset({"auch", "nur", "selbst", "sogar", "gerade", "besonders"})


def _np_to(toks: Sequence[DeToken], first: int, v: int) -> bool:
    """Whether a noun phrase from *first* reaches the token before *v*: 'Das deutsche Komitee'."""
    np = np_forward(toks, first, v)
    return np is not None and np[1] == v - 1


def _to_comma(toks: Sequence[DeToken], first: int, b: int) -> tuple[int, int] | None:
    """An article and the words up to the next comma, ending in a noun, or None."""
    if first >= b or toks[first].low not in de.DETERMINERS:
        return None
    for k in range(first + 1, min(b, first + 10)):
        if toks[k].text in ",.;:" or toks[k].mark is not None:
            return (first, k - 1) if is_noun(toks[k - 1]) and k - 1 > first else None
    return None


def _particle(s: DeSentence, i: int, particles: frozenset[str]) -> int:
    """The index of a separable verb's particle closing its clause, or -1 ("teilte ... mit")."""
    toks = s.toks
    for k in range(i + 1, min(s.b, i + WINDOW)):
        tok = toks[k]
        if tok.quote >= 0 or tok.mark is not None or tok.text in {"(", ")"}:
            continue  # 'teilte das „Space Telescope Institute“ (STSI) mit': names, asides
        if tok.text in CLAUSE_ENDS or tok.text in ".!?":
            prev = toks[k - 1]
            if k - 1 > i and prev.low in particles:
                return k - 1
            if tok.text == "," and k + 1 < s.b and is_noun(toks[k + 1]):
                continue  # 'teilte der Direktor der Behörde, Bagus Puruhito, mit'
            if (
                tok.text == ","
                and k + 2 < s.b
                and toks[k + 1].low in particles
                and toks[k + 2].text in ".,;:!?"
            ):
                return k + 1  # '..., Bagus Puruhito, mit.': the particle after the apposition
            return -1
        if tok.low in {"dass", "daß"} and toks[k - 1].low in particles:
            return k - 1
    prev = toks[min(s.b, i + WINDOW) - 1]
    return min(s.b, i + WINDOW) - 1 if prev.low in particles else -1


def _auxiliary(s: DeSentence, c: int) -> int:
    """The auxiliary of a participle cue in its clause ("hatte ... erklärt"), or -1."""
    toks = s.toks
    for k in range(c - 1, max(s.a, c - 16) - 1, -1):
        tok = toks[k]
        if tok.text == "," and k + 1 < c and is_noun(toks[k + 1]) and tok.quote < 0:
            continue  # 'hatte ein Talibanführer, Baitullah Mehsud, erklärt'
        if tok.quote >= 0 or tok.mark is not None or tok.text in CLAUSE_ENDS:
            return -1
        if tok.low in de.PERFECT_AUXILIARIES or (
            toks[c].low in de.SEIN_PARTICIPLES and tok.low in de.SEIN_AUXILIARIES
        ):
            return k  # "hatte erklärt"; "war davon ausgegangen"
    return -1


def _passive_aux(s: DeSentence, i: int) -> int:
    """The "wird"/"wurde" of a passive of quoting in the clause of token *i*, or -1."""
    toks = s.toks
    for k in range(i - 1, max(s.a, i - 10) - 1, -1):
        if toks[k].text in CLAUSE_ENDS or toks[k].quote >= 0:
            return -1
        if toks[k].low in {"wird", "wurde"}:
            return k
    return -1


def _modal_before(s: DeSentence, i: int) -> bool:
    """Whether a modal or future auxiliary stands earlier in the clause of token *i*."""
    toks = s.toks
    for k in range(i - 1, max(s.a, i - 12) - 1, -1):
        tok = toks[k]
        if tok.text in CLAUSE_ENDS and tok.quote < 0:
            return False
        if tok.low in de.MODALS and tok.quote < 0:
            return True
    return False


def _cues(s: DeSentence) -> list[tuple[int, int, int]]:  # noqa: C901  (one branch per verb form)
    """The verb cues of a sentence: (verb position, cue token, last cue token)."""
    toks = s.toks
    out: list[tuple[int, int, int]] = []
    for i in range(s.a, s.b):
        tok = toks[i]
        if not is_word(tok) or not is_lower(tok):
            continue
        low = tok.low
        split = _split_cue(s, i)
        if split is not None:
            out.append(split)
            continue
        if (
            low.endswith("en")
            and low not in de.PARTICIPLES
            and (_modal_before(s, i) or (i + 1 < s.b and toks[i + 1].low in de.MODALS_AFTER))
        ):
            continue  # "wird ... entscheiden", "zu schreiben", "behaupten konnte": infinitives
        if low in de.PASSIVE_PARTICIPLES and low in de.PARTICIPLES and _passive_aux(s, i) >= 0:
            continue  # 'Der Mann wird beschuldigt, ...': a passive (its subject is no speaker)
        if low in de.FINITE or low in de.JOINED:
            aux = _auxiliary(s, i) if low in de.PARTICIPLES else -1
            if aux < 0 and low == "zitiert":
                aux = _passive_aux(s, i)  # '„...“, wird der Minister zitiert.'
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


def _split_cue(s: DeSentence, i: int) -> tuple[int, int, int] | None:
    """A verb after its particle written apart ("bekannt gab"): (verb, cue, last cue token).

    :data:`wirestory._lang.de.SPLIT_PARTICLES`: 'wie der Verband am Montag bekannt gab':
    the verb closes its clause; 'hat ... bekannt gegeben': the participle after its
    auxiliary.
    """
    toks = s.toks
    if i <= s.a or not is_word(toks[i - 1]):
        return None
    prev, low = toks[i - 1].low, toks[i].low
    if low in de.SPLIT_PARTICIPLES.get(prev, ()):
        aux = _auxiliary(s, i - 1)
        if aux >= 0:
            return (aux, i - 1, i)
        if i + 1 < s.b and toks[i + 1].low in de.PERFECT_AUXILIARIES:
            return (i - 1, i - 1, i + 1)  # 'wie die Stadt bekannt gegeben hat'
        return None
    nxt = toks[i + 1].text if i + 1 < s.b else "."
    if low in de.SPLIT_PARTICLES.get(prev, ()) and (nxt in CLAUSE_ENDS or nxt in ".!?"):
        return (i - 1, i - 1, i)
    return None


#: A reader's result: a draft (or None) and where the free text starts.
_Result = tuple[DeDraft | None, int]


def _verb_statement(s: DeSentence, v: int, c: int, cl: int, later: int) -> _Result:
    """Read a verb cue (verb at *v*, cue tokens *c* to *cl*); *later*: the next cue's start.

    The verb before its subject after a quotation or clause first (:func:`_inverted`), then
    the subject (:func:`_subject`) and the content after the cue (:func:`_content_after`).
    """
    a = max(s.a, s.claimed)
    cs = clause_start(s, v)
    inverted = _inverted(s, (v, c, cl), cs, a)
    if inverted is not None:
        return inverted
    ok, speaker = _subject(s, v, cs, a)
    if not ok or speaker is None:
        return None, -1
    return _content_after(s, (v, c, cl), cs, speaker, later)


def _inverted_speaker(s: DeSentence, v: int, c: int, cl: int) -> tuple[int, int] | None:
    """The subject after an inverted verb: 'sagte (gestern) der Minister', 'teilte X mit'."""
    toks = s.toks
    inv = np_forward(toks, v + 1, s.b)
    if inv is None and v + 1 < s.b and is_lower(toks[v + 1]):
        inv = np_forward(toks, v + 2, s.b)  # sagte gestern der Minister
    if inv is None and cl > c + 1 and toks[cl].low not in de.PARTICIPLES:
        inv = (c + 1, cl - 1)  # 'teilte die zur Universität gehörende Stiftung mit'
    if inv is None:
        inv = _to_comma(toks, v + 1, s.b)  # 'schrieb die in New York geborene Lopez, die'
    return inv


def _inverted(s: DeSentence, cue: tuple[int, int, int], cs: int, a: int) -> _Result | None:
    """Verb second after the content, or None when the cue (verb, first, last) is not inverted.

    '„...“, sagte der Minister.', 'Die Lage sei ernst, sagte er.', '..., das teilte das
    Institut mit.'
    """
    v, c, cl = cue
    toks = s.toks
    before = toks[cs - 1] if cs - 1 >= a else None
    # 1a. '...: „Ein guter Start“, sagte er.': a quotation just before the comma is the
    # content, whatever comes before it.
    quote_open = quote_before(s, cs, a) if cs == v else -1
    if quote_open >= 0 and not _content_follows(s, v, c, cl):
        inv = np_forward(toks, v + 1, s.b)
        if inv is not None:
            close = cs - 2 if toks[cs - 1].text == "," else cs - 1
            pieces = content_pieces(s, quote_open, close + 1)
            return make_draft(s, "de-inverted", (c, c), inv, pieces), max(inv[1], cl) + 1
    # 1. '„...“, sagte der Minister.' / 'Die Lage sei ernst, sagte er.'
    if (
        cs == v
        and before is not None
        and (before.text == "," or before.mark == "close")
        and not np_only(s, a, cs - 1)
        and toks[a].low not in de.SUBORDINATORS
        and not relative_before(s, a, cs - 1)
        and not _content_follows(s, v, c, cl)
    ):
        edge = cs - 1
        if before.text == "," and edge - 1 >= a and toks[edge - 1].mark == "close":
            edge -= 1
        inv = _inverted_speaker(s, v, c, cl)
        if inv is not None:
            pieces = content_pieces(s, a, edge + 1 if toks[edge].mark == "close" else edge)
            return make_draft(s, "de-inverted", (c, c), inv, pieces), max(inv[1], cl) + 1
    # 1b. '..., das teilte das Institut mit.': the demonstrative stands for the clause before.
    if cs == v - 1 and toks[cs].low in {"das", "dies"} and cs - 1 > a and toks[cs - 1].text == ",":
        inv = np_forward(toks, v + 1, s.b)
        if inv is None and cl > c + 1:
            inv = (c + 1, cl - 1)
        if inv is not None:
            pieces = content_pieces(s, a, cs - 1)
            return make_draft(s, "de-inverted", (c, c), inv, pieces), max(inv[1], cl) + 1
    return None


def _subject(s: DeSentence, v: int, cs: int, a: int) -> tuple[bool, tuple[int, int] | None]:
    """The subject before the verb, or after it behind a fronted adverbial: (ok, speaker).

    Not ok in a subordinate clause, whose verb has no content.
    """
    toks = s.toks
    before = toks[cs - 1] if cs - 1 >= a else None
    if cs == v and before is not None and before.text == ",":
        # 'Christel Meier, die Sprecherin der Fraktion, kritisierte: ...': the subject with
        # its apposition before the verb.
        head = a + 1 if toks[a].low in _FOCUS else a  # 'Auch die Delegationsleiterin, X,'
        speaker = np_forward(toks, head, cs)
        if speaker is None or toks[head].low in de.FRONTED:
            # 'Im Brief, den er schickte, erklärt er: „...“': a fronted phrase, then the verb.
            after = v + 2 if v + 1 < s.b and toks[v + 1].low == "sich" else v + 1
            speaker = np_forward(toks, after, s.b) or speaker
        return True, speaker
    if cs < v and toks[cs].low in de.SUBORDINATORS - {"als", "da"}:
        return False, None
    if (
        cs < v
        and toks[cs].low not in _OBJECT_ARTICLES
        and (
            toks[cs].low not in de.FRONTED
            or (toks[cs].low in de.DETERMINERS and _np_to(toks, cs, v))
            or (toks[cs].low in _FOCUS and _np_to(toks, cs + 1, v))
            or (toks[cs].low in de.DEMONSTRATIVES and cs + 1 == v)
        )
        and not toks[cs].text[:1].isdigit()
    ):
        if toks[v - 1].low in {"und", "sowie"}:
            # 'Er sagte, ... und fügte hinzu: „...“': the verb shares the sentence's subject.
            return True, np_forward(toks, s.a, v)
        first = cs + 1 if toks[cs].low in _FOCUS and cs + 1 < v else cs
        for k in range(v - 2, cs, -1):
            if (
                toks[k].low == "und"
                and is_lower(toks[k - 1])
                and toks[k - 1].low not in de.NP_JOINS
            ):
                first = k + 1  # "..., und die Hongkonger befürchten"
                break
        return True, (first, v - 1)
    speaker = np_forward(toks, v + 1, s.b)
    if speaker is None and v + 2 < s.b and is_word(toks[v + 1]) and is_lower(toks[v + 1]):
        # 'Schließlich kritisierte auch der Verband, ...': an adverb before the subject.
        speaker = np_forward(toks, v + 2, s.b)
    return True, speaker


def _content_after(  # noqa: C901  (one branch per shape of content)
    s: DeSentence,
    cue: tuple[int, int, int],
    cs: int,
    speaker: tuple[int, int],
    later: int,
) -> _Result:
    """The content after a cue: after its comma or colon, a quotation, or a fronted quotation."""
    toks = s.toks
    _v, c, cl = cue
    end = content_end(s)
    k = max(cl, speaker[1]) + 1
    start = -1
    if speaker[0] > c:
        speaker, k, start = _after_apposition(toks, speaker, k, end)
    for n in range(k, min(end, k + WINDOW) if start < 0 else k):
        tok = toks[n]
        if tok.text in {",", ":"} and tok.quote < 0:
            start = n + 1
            break
        if tok.mark == "open":
            # 'nannte die Bewerbung „sehr respektabel“': the quoted words alone.
            close = next((m for m in range(n + 1, end) if toks[m].mark == "close"), end - 1)
            if quoted_name(toks, n, close):
                continue  # 'sagte der „Berliner Zeitung“': a title, not a quotation
            pieces = content_pieces(s, n, close + 1)
            return make_draft(s, "de-subject", (c, c), speaker, pieces), close + 1
        if tok.low in de.COMPLEMENTIZERS:
            start = n
            break
    if start < 0 and _infinitive_end(toks, k, end):
        # 'hatte angekündigt(,) bei der Wahl erneut anzutreten': the comma is optional.
        start = k
    if start < 0:
        return _fronted_quotation(s, cue, cs, speaker)
    if later > start + 1:
        end = min(end, later)  # the next cue's own clause ends it (unless it is the content)
    if start >= end or not_content(toks, start, end):
        return None, -1
    if (
        toks[start].low in de.RELATIVES
        and start - 1 >= 0
        and toks[start - 1].text == ","
        and not _infinitive_end(toks, start, end)  # '..., der Klage stattzugeben'
    ):
        nxt = toks[start + 1] if start + 1 < end else None
        if nxt is not None and is_lower(nxt) and nxt.low not in de.DETERMINERS:
            return None, -1  # ", der ... ": a relative clause, not the content
    end = _coordinated_end(s, start, end)
    pieces = content_pieces(s, start, end)
    return make_draft(s, "de-subject", (c, c), speaker, pieces), end


def _apposition(toks: Sequence[DeToken], speaker: tuple[int, int], end: int) -> int:
    """The last token of an apposition in commas after a speaker read after its verb, or -1.

    'sagte Peter Beck, Sprecher der Stadt, ...' and 'sagte der Sprecher der Stadt, Peter
    Beck, ...': an apposition stands in a pair of commas (Duden, "Grammatik"); one side is a
    role noun ("Sprecher", "Geschäftsführer"), so that a list ('Deutschland, Frankreich, ...')
    is none.
    """
    k = speaker[1] + 1
    if k + 2 >= end or toks[k].text != "," or toks[k].quote >= 0:
        return -1
    nxt = np_forward(toks, k + 1, end)
    if nxt is None or nxt[1] + 1 >= end or toks[nxt[1] + 1].text != ",":
        return -1
    roles = [role_of(t.text) for t in toks[speaker[0] : nxt[1] + 1] if is_noun(t)]
    return nxt[1] if any(roles) else -1


def _after_apposition(
    toks: Sequence[DeToken], speaker: tuple[int, int], k: int, end: int
) -> tuple[tuple[int, int], int, int]:
    """The speaker with its apposition, where to read on, and the content's start (or -1).

    'sagte Peter Beck, Sprecher der Stadt, die Lage sei ernst': the content starts after
    the apposition's closing comma; 'nannte Hans Jung, Chef des Verbands, den Plan „...“':
    the quotation is read on from.
    """
    app = _apposition(toks, speaker, end)
    if app < 0:
        return speaker, k, -1
    k = app + 2
    n = next((m for m in range(k, min(end, k + WINDOW)) if toks[m].text in ",:("), end)
    opened = next((m for m in range(k, n) if toks[m].mark == "open"), -1)
    return (speaker[0], app), (k if opened < 0 else opened), (k if opened < 0 else -1)


#: A "zu" infinitive with a separable prefix: "anzutreten", "niederzulegen", "vorzugehen".
_INFIX_INFINITIVE = regex.compile(
    r"""
    (?:an|auf|aus|ein|mit|vor|zurück|nieder|ab|bei|fest|her|hin|los|weg|fort|weiter|durch)
    zu\p{Ll}{2,}en                 # the infinitive after "zu"
    """,
    regex.VERBOSE,
)


def _infinitive_end(toks: Sequence[DeToken], k: int, end: int) -> bool:
    """Whether ``toks[k:end]`` is an infinitive clause: it ends in "zu" and a verb."""
    if end - k < 2 or end - k > WINDOW:
        return False
    last = toks[end - 1]
    return is_lower(last) and (
        toks[end - 2].low == "zu" or _INFIX_INFINITIVE.fullmatch(last.low) is not None
    )


def _fronted_quotation(
    s: DeSentence, cue: tuple[int, int, int], cs: int, speaker: tuple[int, int]
) -> _Result:
    """'Von einer „gezielten Indiskredition“ sprach der Politiker.': the quotation fronted."""
    toks = s.toks
    v, c, cl = cue
    if cs >= v:
        return None, -1
    opened = next((n for n in range(cs, v) if toks[n].mark == "open"), -1)
    close = next((n for n in range(opened + 1, v) if toks[n].mark == "close"), -1)
    if 0 <= opened < close and not quoted_name(toks, opened, close):
        pieces = content_pieces(s, opened, close + 1)
        return make_draft(s, "de-subject", (c, c), speaker, pieces), max(cl, speaker[1]) + 1
    return None, -1


def _coordinated_end(s: DeSentence, start: int, end: int) -> int:
    """Where a content ends before the subject's next verb.

    '..., er sei unschuldig, erkannte das Gericht nicht an' ends at the comma before
    "erkannte".
    """
    toks = s.toks
    for n in range(start + 1, min(end - 1, start + 2 * WINDOW)):
        tok = toks[n]
        if tok.text != "," or tok.quote >= 0:
            continue
        nxt = toks[n + 1]
        if (
            is_word(nxt)
            and is_lower(nxt)
            and nxt.low not in de.FUNCTION_WORDS
            and (nxt.low in de.FINITE or nxt.low.endswith(("te", "ten")))
        ):
            return n
    return end


def _structure(s: DeSentence) -> DeDraft | None:  # noqa: C901, PLR0911  (one branch per shape, read in order)
    """A sentence no cue word explains, read by its shape (structure before lexicon).

    'X äußerte sich zuversichtlich: „...“' (a colon and a quotation, rule ``de-colon``) and
    'Das Gericht ging davon aus, dass ...' (a complement clause, rule ``de-clause``).
    """
    toks = s.toks
    end = content_end(s)
    colon = _colon_quote(s, end)
    if colon is not None:
        return colon
    for k in range(s.a + 1, min(end, s.a + WINDOW)):
        tok = toks[k]
        if tok.quote >= 0 or tok.mark is not None:
            return None
        if tok.text == ":" and k + 1 < end and toks[k + 1].mark == "open":
            found = subject_verb(s, s.a, k)
            if found is None:
                # 'Nina Meier zur neuen Heimat: „...“': a name, no verb; the colon is the cue.
                np = np_forward(toks, s.a, k) if toks[s.a].low not in de.FRONTED else None
                if np is not None and np[1] + 1 != k and toks[np[1] + 1].low not in de.NP_ENDS:
                    return None
                if np is None:
                    return None
                return make_draft(s, "de-colon", (k, k), np, content_pieces(s, k + 1, end))
            (np, v) = found
            return make_draft(s, "de-colon", (v, v), np, content_pieces(s, k + 1, end))
        if tok.text == "," and k + 1 < end:
            nxt = toks[k + 1]
            if (
                nxt.low in {"dass", "daß"}
                or any(
                    t.low in de.KONJUNKTIV and t.quote < 0 for t in toks[k + 1 : min(end, k + 7)]
                )
                or (end - 2 > k and toks[end - 2].low == "zu")  # '..., zu verhandeln.'
            ):
                found = subject_verb(s, s.a, k)
                if found is None or purpose_clause(toks, k + 1, end):
                    return None
                np, v = found
                if toks[k + 1].low not in {"dass", "daß"} and not any(
                    t.low in de.KONJUNKTIV for t in toks[k + 1 : min(end, k + 7)]
                ):
                    # An infinitive clause is speech only after a stance: 'ist zuversichtlich,
                    # ... zu können', 'kündigte an, ... zu ...'.
                    stance = toks[v].low in de.CUE_LEMMA or any(
                        t.low in de.OPINION_WORDS for t in toks[v:k]
                    )
                    if not stance:
                        return None
                return make_draft(s, "de-clause", (v, v), np, content_pieces(s, k + 1, end))
            return None
    return None


def _colon_quote(s: DeSentence, end: int) -> DeDraft | None:
    """'Der Leiter der Studie, Paulo Pinheiro, sieht die Hauptverantwortung beim Staat: „...“'.

    A colon before a quotation, after a main clause with its subject first (commas and all):
    the subject speaks; the cue is its verb, or the colon when there is none ('Erkki
    Tuomioja, Präsident des Rats: „...“').
    """
    toks = s.toks
    first = toks[s.a]
    if not is_word(first) or (
        first.low in de.FRONTED
        and not (first.low in de.DETERMINERS and s.a + 1 < end and is_noun(toks[s.a + 1]))
    ):
        return None
    k = next(
        (
            n
            for n in range(s.a + 1, min(end - 1, s.a + 2 * WINDOW))
            if toks[n].text == ":" and toks[n].quote < 0 and toks[n + 1].mark == "open"
        ),
        -1,
    )
    if k < 0 or any(t.mark is not None or t.quote >= 0 for t in toks[s.a : k]):
        return None
    np = np_forward(toks, s.a, k)
    if np is None:
        return None
    n = np[1] + 1
    while n < k and toks[n].text == ",":
        # an apposition: 'Erkki Tuomioja, Präsident des Rats der EU,'
        nxt = np_forward(toks, n + 1, k)
        if nxt is None:
            break
        np, n = (np[0], nxt[1]), nxt[1] + 1
    if n + 1 < k and toks[n].text == ",":
        n += 1  # the comma closing the apposition: 'Maria Lenz, Trainerin, zeigte sich ...'
    if n < k and not (is_word(toks[n]) and is_lower(toks[n])):
        return None
    if n < k and toks[n].low in de.SUBORDINATORS | de.RELATIVES:
        return None
    cue = (n, n) if n < k else (k, k)
    return make_draft(s, "de-colon", cue, np, content_pieces(s, k + 1, end))


def _read_sentence(s: DeSentence) -> list[DeDraft]:  # noqa: C901, PLR0912  (one branch per shape, read in order)
    """The statements of one sentence, cue by cue, left to right."""
    toks = s.toks
    drafts: list[DeDraft] = []
    cues = _cues(s)
    if toks[s.a].low == "demnach" and is_word(toks[s.a]):
        draft, _ = demnach(s)
        return [draft] if draft is not None else []
    cue_at = {c[0]: c for c in cues}
    tail = so_tail(s)
    if tail is not None:
        return [tail]  # '..., so der Sprecher.': cues before it are the speaker's words
    back = anaphoric(s, cue_at)
    if back is not None:
        return [back]
    for i in range(s.a, s.b):
        if i < s.claimed:
            continue
        tok = toks[i]
        if not is_word(tok):
            continue
        low = tok.low
        result: tuple[DeDraft | None, int] = (None, -1)
        if low in de.ACCORDING_BEFORE or low == "nach":
            result = according(s, i)
        elif low in de.ACCORDING_AFTER:
            result = zufolge(s, i)
        elif low == "so" and i - 1 > s.a and toks[i - 1].text == ",":
            result = so_statement(s, i)
        elif low == "wie" and (i == s.a or toks[i - 1].text == ","):
            result = wie_clause(s, i, cues)
        elif low in de.IMPERSONAL:
            result = impersonal(s, i)
        elif i in cue_at:
            v, c, cl = cue_at[i]
            nxt = [x for x in cues if x[0] > cl]
            later = s.b
            if nxt and nxt[0][0] - 1 > cl and toks[nxt[0][0] - 1].low == "und":
                later = nxt[0][0] - 1
            elif nxt:
                # '..., Annabi sei tot, doch ein Sprecher erklärte, ...': the next cue's own
                # clause ends this content.
                cs2 = clause_start(s, nxt[0][0])
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
        draft = _structure(s) or _quoted_words(s) or _passive(s) or _wonach(s) or _speech_noun(s)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _passive(s: DeSentence) -> DeDraft | None:
    """'Es wurde bekannt, dass ...', 'Ihm wird vorgeworfen, ...' (rule ``de-passive``).

    A passive of saying has no speaker, or its agent after "von": 'wurde von der Polizei
    bestätigt, dass ...'. The content is the clause after the participle's comma.
    """
    toks = s.toks
    end = content_end(s)
    for i in range(s.a + 1, end - 1):
        tok = toks[i]
        if tok.low not in de.PASSIVE_PARTICIPLES or tok.quote >= 0:
            continue
        k = i + 1
        after = -1
        if k < end and toks[k].low == "gegeben":
            k += 1  # "bekannt gegeben"
        elif tok.low == "bekannt" and k < end and toks[k].low == "geworden":
            # "bekannt werden" (Duden: become known): '..., nachdem bekannt geworden war, dass'
            k += 1
            if k < end and toks[k].low in de.SEIN_AUXILIARIES:
                after, k = k, k + 1  # the auxiliary closes a verb-final clause
        if k >= end - 1 or toks[k].text != ",":
            continue
        aux = next(
            (n for n in range(i - 1, max(s.a, i - 8) - 1, -1) if toks[n].low in de.PASSIVE_AUX),
            -1,
        )
        if aux < 0 and after >= 0 and toks[k + 1].low in de.COMPLEMENTIZERS:
            aux = i
        if aux < 0:
            continue
        agent = None
        von = next((n for n in range(aux + 1, i) if toks[n].low in {"von", "vom"}), -1)
        if von >= 0:
            agent = np_forward(toks, von + 1, i, subject=False)
        pieces = content_pieces(s, k + 1, _coordinated_end(s, k + 1, end))
        return make_draft(s, "de-passive", (aux, k - 1), agent, pieces)
    return None


def _speech_noun(s: DeSentence) -> DeDraft | None:
    """'Die Reaktion bestand in der Ankündigung, der Iran werde ...' (rule ``de-noun``).

    A noun of saying, its source in the genitive when there is one ('die Forderung des
    Verbandes'), then a comma and reported speech: a ``dass`` clause, a clause in the
    Konjunktiv I or an infinitive clause. The content is that clause.
    """
    toks = s.toks
    end = content_end(s)
    for i in range(s.a, end - 2):
        tok = toks[i]
        if tok.low not in de.SPEECH_NOUNS or tok.quote >= 0 or not is_noun(tok):
            continue
        source = None
        k = i + 1
        if toks[k].low in {"des", "der", "eines", "einer"} or (
            is_noun(toks[k]) and toks[k].text.endswith("s")
        ):
            source = np_forward(toks, k, end, subject=False)
            k = source[1] + 1 if source is not None else k
        if k >= end - 1 or toks[k].text != ",":
            continue
        close = next((n for n in range(k + 1, end) if clause_comma(toks, n)), end)
        clause = toks[k + 1 : close]
        reported = (
            toks[k + 1].low in de.COMPLEMENTIZERS
            or any(t.low in de.KONJUNKTIV and t.quote < 0 for t in clause)
            or (close - 2 > k and toks[close - 2].low == "zu")
        )
        if reported:
            return make_draft(s, "de-noun", (i, i), source, content_pieces(s, k + 1, close))
    return None


def _wonach(s: DeSentence) -> DeDraft | None:
    """'..., Berichte zurückgewiesen, wonach X verlangt hätten': the clause is the content."""
    toks = s.toks
    end = content_end(s)
    for i in range(s.a + 2, end - 1):
        if toks[i].low == "wonach" and toks[i - 1].text == "," and toks[i].quote < 0:
            close = next((n for n in range(i + 1, end) if clause_comma(toks, n)), end)
            source = np_backward(toks, i - 2, s.a)
            return make_draft(s, "de-wonach", (i, i), source, content_pieces(s, i + 1, close))
    return None


def _quoted_words(s: DeSentence) -> DeDraft | None:
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
        if close < 0 or not words or quoted_name(toks, n, close):
            continue
        if len(words) < 2 and toks[n - 1].low not in EVALUATIVE:
            continue
        found = subject_verb(s, s.a, n)
        if found is None:
            return None
        np, v = found
        return make_draft(s, "de-fragment", (v, v), np, content_pieces(s, n, close + 1))
    return None


def _quote_only(s: DeSentence) -> bool:
    """Whether the sentence is a quotation and its end mark alone."""
    toks = s.toks
    return toks[s.a].mark == "open" and all(
        t.quote >= 0 or t.mark is not None or t.text in ".!?,;" for t in toks[s.a : s.b]
    )


def _konjunktiv(s: DeSentence) -> bool:
    """Whether a sentence without cue reads as reported speech (a Konjunktiv I verb)."""
    toks = s.toks
    for i in range(s.a, s.b):
        tok = toks[i]
        if tok.text in CLAUSE_ENDS:
            return False  # only the main clause counts: "..., dass es so sei" is narrative
        if tok.quote < 0 and tok.low in de.KONJUNKTIV and is_lower(tok):
            prev = toks[i - 1].low if i > s.a else ""
            if prev in {"als", "ob", "wenn"}:
                continue  # "als sei nichts geschehen": the writer's comparison
            return True
    return False


def _follow(s: DeSentence, last: DeDraft) -> DeDraft | None:
    """A sentence without a cue of its own, read as the last speaker's, or None."""
    toks = s.toks
    if _quote_only(s):
        end = s.b
        while end > s.a and toks[end - 1].mark is None and toks[end - 1].quote < 0:
            end -= 1
        draft = make_draft(s, "de-continued", (s.a, s.a), None, [(s.a, end)])
    elif _konjunktiv(s):
        draft = make_draft(
            s, "de-konjunktiv", (s.a, s.a), None, content_pieces(s, s.a, content_end(s))
        )
    else:
        return None
    if draft is not None:
        draft.cue, draft.speaker = last.cue, last.speaker
    return draft


def _read(text: str) -> list[DeDraft]:
    """Every draft of the text, paragraph by paragraph."""
    drafts: list[DeDraft] = []
    last: DeDraft | None = None
    for start, end in paragraph_spans(text):
        regions = quote_regions(text, start, end)
        toks = tokenize(text, start, end, regions)
        attach = last is not None
        prev = -1
        for a, b in sentences(toks):
            s = DeSentence(toks, a, b, prev=prev)
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


def find_german_statements(text: str) -> list[Statement]:
    """The attributed statements of German copy, in text order.

    >>> [st] = find_german_statements("„Wir geben nicht nach“, sagte der Minister.")
    >>> st.kind.value, st.speaker.text, st.cue.text, st.content.text, st.rule, st.lang
    ('direct', 'der Minister', 'sagte', 'Wir geben nicht nach', 'de-inverted', 'de')
    """
    drafts = _read(text)
    speakers = resolve_speakers(text, drafts)
    out = [make_statement(text, d, sp) for d, sp in zip(drafts, speakers, strict=True)]
    out.sort(key=lambda st: (st.span.start, st.cue.span.start))
    return out
