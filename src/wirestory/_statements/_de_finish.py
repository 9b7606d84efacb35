"""German drafts become :class:`~wirestory.Statement` models, speakers resolved.

A pronoun (er, sie) takes the name of the last speaker of its gender; the gender comes from
honorifics (Herr, Frau) and feminine role nouns after an article ("die Ministerin").
"""

from __future__ import annotations

from itertools import starmap

from wirestory._lang import de
from wirestory._models import Content, Cue, Span, Speaker, Statement, StatementKind
from wirestory._statements._de_base import (
    DeDraft,
)

__all__ = ["make_statement", "mention_gender", "mention_name", "resolve_speakers"]


#: Role nouns whose feminine form ends in "-in" ("Ministerin", "Sprecherin").
def mention_gender(mention: str) -> str | None:
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


def mention_name(mention: str) -> str | None:
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


def resolve_speakers(text: str, drafts: list[DeDraft]) -> list[Speaker | None]:
    """Each draft's speaker, with a pronoun resolved to the last speaker of its gender."""
    out: list[Speaker | None] = []
    known: list[tuple[str, str | None]] = []  # (name, gender) of earlier speakers
    for d in drafts:
        if d.speaker is None:
            out.append(None)
            continue
        s, e = d.speaker
        mention = text[s:e]
        gender = mention_gender(mention)
        name = mention_name(mention)
        if name is None and mention.lower() in de.PRONOUN_GENDER:
            name = next((n for n, g in reversed(known) if g in {gender, None}), None)
        elif name is not None:
            known.append((name, gender))
        out.append(Speaker(text=mention, span=Span(s, e), name=name, gender=gender))
    return out


def make_statement(text: str, d: DeDraft, speaker: Speaker | None) -> Statement:
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
