"""Who said what in French copy: the French reader of the statement engine.

The French word lists are the French pack's (:mod:`wirestory._lang.fr`); the text is cut
by :mod:`~wirestory._statements._de_text` (guillemets « » with their non-breaking spaces are
quote marks there, and a non-breaking space is white space). Each sentence's cues are read
by the shape they stand in (``Statement.rule``):

1. ``fr-inverted``: the verb before its subject after a quotation or clause,
   ``« ... », a déclaré le ministre.``, ``« ... », a-t-il ajouté.``, ``..., dit-elle.``;
2. ``fr-subject``: subject, verb, then a colon and a quotation or a "que" clause,
   ``Le ministre a déclaré : « ... »``, ``Elle a affirmé qu'elle resterait.``;
3. ``fr-according``: ``Selon X, ...``, ``..., selon X.``, ``D'après X, ...`` (also relays:
   ``selon l'agence Tass``);
4. ``fr-dash``: a line opened by a dialogue dash, ``— Nous partirons, a dit le maire.``;
5. ``fr-continued``: a sentence or paragraph that is only a quotation continues the last
   speaker (multi-paragraph quotations, « on every paragraph).

All passes are left to right with bounded look-around: linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wirestory._lang import fr
from wirestory._models import Span, Speaker, Statement
from wirestory._statements._de_base import DeDraft
from wirestory._statements._de_finish import make_statement
from wirestory._statements._de_text import DeToken, quote_regions, sentences, tokenize
from wirestory._statements._names import NameBook
from wirestory._statements._paragraphs import paragraph_spans

__all__ = ["find_french_statements"]

#: How far a reader looks from a cue (tokens).
_WINDOW = 30

#: Punctuation that ends a clause.
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")"})

#: Dialogue dashes that open a line of quoted speech.
_DASHES = frozenset({"\u2014", "\u2013", "-"})

#: An inverted verb with its subject pronoun: "a-t-il", "dit-elle", "ajoute-t-on".
_CLITIC = regex.compile(
    r"""
    (?P<verb>[\p{L}']+?)                 # the verb: a, dit, ajoute, précise
    -(?:t-)?                             # the hyphen, with the euphonic t
    (?P<pronoun>il|elle|ils|elles|on)    # the subject pronoun
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Characters a content never starts or ends with.
_TRIM = " ,.;:\u00a0\u202f\u2014\u2013-"


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without the separators at its edges."""
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _word(tok: DeToken) -> bool:
    return tok.text[:1].isalnum() and tok.mark is None and tok.quote < 0


def _elided(low: str) -> bool:
    """Whether a word opens with an elided article or preposition: "l'agence", "d'État"."""
    return len(low) > 2 and low[0] in "ld" and low[1] in "'\u2019"


def _np_forward(toks: Sequence[DeToken], i: int, b: int) -> tuple[int, int] | None:
    """The speaker's noun phrase from token *i*: "le ministre de l'Intérieur", "M. Dupont"."""
    if i >= b or not _word(toks[i]):
        return None
    first = toks[i]
    if first.low in fr.PRONOUNS:
        return (i, i)
    if first.low in fr.NP_ENDS or first.low in fr.COMPLEMENTIZERS:
        return None
    last = -1
    k = i
    while k < min(b, i + 10):
        tok = toks[k]
        if tok.text == "." and k > i and toks[k - 1].low in fr.HONORIFIC_GENDER:
            k += 1  # "M. Dupont"
            continue
        if not _word(tok) or tok.low in fr.NP_ENDS:
            break
        if tok.low in fr.DETERMINERS or tok.low in fr.NP_JOINS:
            after_join = k > i and toks[k - 1].low in fr.NP_JOINS
            if last >= 0 and tok.low not in fr.NP_JOINS and not after_join:
                break  # "le ministère de la Santé": an article after "de" goes on
        else:
            last = k
        k += 1
    return (i, last) if last >= 0 else None


def _clitic(tok: DeToken) -> tuple[str, tuple[int, int]] | None:
    """An inverted verb and its pronoun's span: "a-t-il" -> ("a", span of "il")."""
    m = _CLITIC.fullmatch(tok.text)
    if m is None:
        return None
    return m.group("verb").lower(), (tok.start + m.start("pronoun"), tok.start + m.end("pronoun"))


def _span(toks: Sequence[DeToken], np: tuple[int, int]) -> tuple[int, int]:
    return toks[np[0]].start, toks[np[1]].end


def _content(
    text: str, toks: Sequence[DeToken], a: int, b: int
) -> tuple[list[tuple[int, int]], bool]:
    """The content of ``toks[a:b]`` in characters, and whether it is one quotation."""
    if a >= b:
        return [], False
    if (
        toks[a].mark == "open"
        and (toks[b - 1].mark == "close" or b == len(toks))
        and all(t.quote >= 0 for t in toks[a + 1 : b - 1])
    ):
        end = toks[b - 1].start if toks[b - 1].mark == "close" else toks[b - 1].end
        return [_trim(text, toks[a].end, end)], True
    return [_trim(text, toks[a].start, toks[b - 1].end)], False


def _end(toks: Sequence[DeToken], a: int, b: int) -> int:
    while b > a and toks[b - 1].mark is None and toks[b - 1].text in ".!?;:":
        b -= 1
    return b


def _inverted(  # noqa: C901  (one branch per shape of the inverted verb)
    text: str, toks: Sequence[DeToken], a: int, b: int, i: int
) -> DeDraft | None:
    """'« ... », a déclaré le ministre' / '..., a-t-il ajouté' with the verb at *i*."""
    edge = i - 1
    if edge <= a or toks[edge].text != ",":
        return None
    tok = toks[i]
    clitic = _clitic(tok)
    if clitic is not None:
        verb, pronoun = clitic
        cue_end = tok.end
        if verb in fr.AUXILIARIES and i + 1 < b and toks[i + 1].low in fr.PARTICIPLES:
            cue_end = toks[i + 1].end  # "a-t-il ajouté"
        elif verb not in fr.PRESENT and verb not in fr.AUXILIARIES:
            return None
        speaker: tuple[int, int] | None = pronoun
        cue = (tok.start, cue_end)
    else:
        c = i
        if tok.low in fr.AUXILIARIES and i + 1 < b and toks[i + 1].low in fr.PARTICIPLES:
            c = i + 1
        elif tok.low not in fr.PRESENT:
            return None
        after = c + 1
        while after < b and after < c + 3 and toks[after].low in fr.TIME_WORDS:
            after += 1  # 'a déclaré mardi soir le ministre'
        np = _np_forward(toks, after, b)
        if np is None:
            return None
        speaker = _span(toks, np)
        cue = (tok.start, toks[c].end)
    first = a
    if toks[edge - 1].mark == "close":
        # The quotation just before the comma is the content.
        first = next((n for n in range(edge - 1, a - 1, -1) if toks[n].mark == "open"), a)
    elif toks[a].text in _DASHES:
        first = a + 1
    pieces, quoted = _content(text, toks, first, edge)
    if not pieces or pieces[0][0] >= pieces[0][1]:
        return None
    rule = "fr-dash" if toks[a].text in _DASHES and not quoted else "fr-inverted"
    return DeDraft(cue, speaker, pieces, rule, quoted=quoted or rule == "fr-dash")


def _appositive_start(toks: Sequence[DeToken], a: int, i: int) -> int:
    """Where to scan a subject back from, before the verb at *i*: past a name in commas.

    "Le porte-parole du gouvernement, Gabriel Attal, a déclaré": the scan goes on from
    the comma before the name (one to four capitalised words); otherwise from *i*.
    """
    if i - 1 < a or toks[i - 1].text != ",":
        return i
    j = i - 2
    while j >= a and j > i - 7 and _word(toks[j]) and toks[j].text[:1].isupper():
        j -= 1
    if j < a or j == i - 2 or toks[j].text != ",":
        return i
    return j


def _subject(  # noqa: C901, PLR0911  (one return per shape that fails)
    text: str, toks: Sequence[DeToken], a: int, b: int, i: int
) -> DeDraft | None:
    """'Le ministre a déclaré : « ... »' / 'Il a affirmé qu'il resterait' (verb at *i*)."""
    tok = toks[i]
    c = i
    if tok.low in fr.AUXILIARIES:
        if i + 1 >= b or toks[i + 1].low not in fr.PARTICIPLES:
            return None
        c = i + 1
    elif tok.low not in fr.PRESENT:
        return None
    # The subject: from the clause start to the verb, over a name in commas before it.
    k = _appositive_start(toks, a, i)
    while (k - 1 >= a and _word(toks[k - 1])) or (k - 1 >= a and toks[k - 1].text == "."):
        if k - 1 < a or (toks[k - 1].text == "." and toks[k - 2].low not in fr.HONORIFIC_GENDER):
            break
        k -= 1
    if k >= i or k < a or toks[k].text == ",":
        return None
    if toks[k].low in fr.NP_ENDS or toks[k].low in {"ne", "n"}:
        return None
    last = i - 2 if toks[i - 1].text == "," else i - 1  # not the comma after a name
    speaker = (toks[k].start, toks[last].end)
    end = _end(toks, a, b)
    for n in range(c + 1, min(end, c + _WINDOW)):
        t = toks[n]
        if t.text == ":" and t.quote < 0:
            pieces, quoted = _content(text, toks, n + 1, end)
            return DeDraft((tok.start, toks[c].end), speaker, pieces, "fr-subject", quoted=quoted)
        low = t.low
        if t.quote < 0 and (low == "que" or low.startswith(("qu'", "qu\u2019"))):
            start = t.end if low == "que" else t.start + 3
            pieces = [_trim(text, start, toks[end - 1].end)]
            return DeDraft((tok.start, toks[c].end), speaker, pieces, "fr-subject")
        if t.quote >= 0 or t.mark is not None or t.text in _CLAUSE_ENDS:
            return None
    return None


def _according(text: str, toks: Sequence[DeToken], a: int, b: int, i: int) -> DeDraft | None:
    """'Selon X, ...', '..., selon X.', "D'après X, ..."."""
    tok = toks[i]
    if tok.low.startswith(("d'", "d\u2019")):
        np = _np_forward(toks, i + 1, b)
    else:
        np = _np_forward(toks, i + 1, b)
    if np is None:
        return None
    end = _end(toks, a, b)
    before = _trim(text, toks[a].start, tok.start) if i > a else (0, 0)
    after = _trim(text, toks[np[1]].end, toks[end - 1].end) if np[1] + 1 < end else (0, 0)
    pieces = [p for p in (before, after) if p[1] > p[0]]
    if not pieces:
        return None
    quoted = False
    if i > a and toks[a].mark == "open" and toks[i - 2].mark == "close":
        pieces, quoted = _content(text, toks, a, i - 1)
    return DeDraft((tok.start, tok.end), _span(toks, np), pieces, "fr-according", quoted=quoted)


def _sentence(text: str, toks: list[DeToken], a: int, b: int) -> list[DeDraft]:
    """The statements of the sentence ``toks[a:b]``."""
    for i in range(a, b):
        tok = toks[i]
        if not _word(tok):
            continue
        low = tok.low
        draft = None
        if low in fr.ACCORDING:
            draft = _according(text, toks, a, b, i)
        elif low in fr.FORMS or low in fr.AUXILIARIES or _clitic(tok) is not None:
            draft = _inverted(text, toks, a, b, i) or _subject(text, toks, a, b, i)
        if draft is not None:
            return [draft]
    return []


def _quote_only(toks: Sequence[DeToken], a: int, b: int) -> bool:
    return toks[a].mark == "open" and all(
        t.quote >= 0 or t.mark is not None or t.text in ".!?,;" for t in toks[a:b]
    )


def _read(text: str) -> list[DeDraft]:
    drafts: list[DeDraft] = []
    last: DeDraft | None = None
    for start, end in paragraph_spans(text):
        toks = tokenize(text, start, end, quote_regions(text, start, end))
        attach = last is not None
        for a, b in sentences(toks):
            found = _sentence(text, toks, a, b)
            if found:
                drafts.extend(found)
                last, attach = found[-1], True
                continue
            if attach and last is not None and _quote_only(toks, a, b):
                e = b
                while e > a and toks[e - 1].mark is None and toks[e - 1].quote < 0:
                    e -= 1
                pieces, _quoted = _content(text, toks, a, e)
                if pieces and pieces[0][1] > pieces[0][0]:
                    drafts.append(
                        DeDraft(last.cue, last.speaker, pieces, "fr-continued", quoted=True)
                    )
                    continue
            attach = False
    return drafts


def _gender(mention: str) -> str | None:
    """A speaker's gender from a pronoun, an honorific, or the article of a role noun.

    French names a woman's office with the feminine article ("la ministre", "la
    présidente"; the feminisation guide "Femme, j'écris ton nom", 1999, now AFP usage).
    """
    words = mention.lower().replace(".", " ").split()
    if not words:
        return None
    if len(words) == 1 and words[0] in fr.CLITIC_GENDER:
        return fr.CLITIC_GENDER[words[0]]
    honorific = next((fr.HONORIFIC_GENDER[w] for w in words if w in fr.HONORIFIC_GENDER), None)
    if honorific is not None:
        return honorific
    role = _definite_role(mention)
    return role[1] if role is not None else None


def _name(mention: str) -> str | None:
    """The proper name at the end of a mention: "le ministre Jean Dupont" -> "Jean Dupont"."""
    words = mention.split()
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or w.rstrip(".").lower() in fr.HONORIFIC_GENDER:
            break
        tail.append(w)
    tail.reverse()
    return " ".join(tail) if tail and len(tail) < len(words) + 1 else None


def _roles(mention: str) -> frozenset[str]:
    words = mention.lower().replace("\u2019", "'").split()
    return frozenset(fr.ROLE_NOUNS[w] for w in words if w in fr.ROLE_NOUNS)


def _definite_role(mention: str) -> tuple[str, str | None] | None:
    """The role and gender of a definite role phrase: "le ministre", "la présidente"."""
    words = mention.lower().replace("\u2019", "'").split()
    if not words:
        return None
    if words[0] in {"le", "la"} and len(words) > 1:
        head, gender = words[1], ("male" if words[0] == "le" else "female")
    elif words[0].startswith("l'"):
        head, gender = words[0][2:], None  # "l'ambassadeur"
    else:
        return None
    role = fr.ROLE_NOUNS.get(head)
    return (role, gender) if role is not None else None


def _speaker(text: str, span: tuple[int, int], book: NameBook) -> Speaker:
    """The speaker of a draft, its name resolved against the story's earlier speakers.

    A surname alone takes the full name given before ("Martin" -> "Paul Martin"), a
    definite role phrase the person given that role ("le ministre"), a pronoun the last
    speaker of its gender.
    """
    s, e = span
    mention = text[s:e]
    gender = _gender(mention)
    name = _name(mention)
    if mention.lower() in fr.CLITIC_GENDER and gender is not None:
        name = book.by_gender(gender)
    elif name is not None:
        if " " not in name:
            name = book.by_surname(name) or name
        book.remember(name, gender, _roles(mention))
    elif (role := _definite_role(mention)) is not None:
        name = book.by_role(*role)
    return Speaker(text=mention, span=Span(s, e), name=name, gender=gender)


def _statements(text: str, drafts: list[DeDraft]) -> list[Statement]:
    out: list[Statement] = []
    book = NameBook()
    for d in drafts:
        speaker = None if d.speaker is None else _speaker(text, d.speaker, book)
        out.append(make_statement(text, d, speaker, lang="fr", inner_marks="\u00ab"))
    out.sort(key=lambda st: (st.span.start, st.cue.span.start))
    return out


def find_french_statements(text: str) -> list[Statement]:
    """The attributed statements of French copy, in text order.

    >>> [st] = find_french_statements("« Nous ne céderons pas », a déclaré le ministre.")
    >>> st.kind.value, st.speaker.text, st.cue.text, st.content.text, st.rule, st.lang
    ('direct', 'le ministre', 'a déclaré', 'Nous ne céderons pas', 'fr-inverted', 'fr')
    """
    drafts = [d for d in _read(text) if d.pieces and all(e > s for s, e in d.pieces)]
    return _statements(text, drafts)
