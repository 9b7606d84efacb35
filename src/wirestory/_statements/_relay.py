"""Rule "relay": an outlet passes on someone else's words (:mod:`wirestory._relays`).

Shapes, with wire examples:

- ``X said ..., TASS news agency reported.``: a relay at the sentence end gives every
  statement of the sentence its source (``Statement.via``); so does ``..., according to
  Interfax.`` after another cue;
- ``He affirmed that ..., the KCNA said.``: the clause before a sentence-final relay is the
  statement of its subject, whatever its verb, when the verb takes a that-clause (rule
  "relay"): the outlet's report of it is the evidence of speech (:func:`relayed_clause`);
- ``Postimees reported that Estonian companies had reported damage``: the outlet's report
  holds another party's statement, which is read as that party's, via the outlet (rule
  "relay").

The publisher of the story itself is never a relay ("told Reuters" in Reuters copy).
"""

from __future__ import annotations

from collections.abc import Callable

from wirestory._lang.en import PRONOUNS, RELAY_VERBS, STOP_WORDS
from wirestory._models import Source
from wirestory._quotes import Tokens
from wirestory._relays import is_outlet, make_source
from wirestory._speakers import scan_back
from wirestory._statements._according import according_np
from wirestory._statements._adverbials import skip_adverbials
from wirestory._statements._coordinated import clause_subject
from wirestory._statements._model import CueKind, CueMatch, Doc, Draft, Paragraph, Span2
from wirestory._statements._text import strip_the
from wirestory._statements._tokens import group_start, only_tail

__all__ = ["relay_tail", "relayed", "relayed_clause"]

#: At most this many tokens after a sentence-final relay verb: "reported on Monday in a
#: statement." (adverbials only; the golden outputs need no more than 20).
_TAIL_REACH = 40

#: Reads one cue of the sentence ``toks[a:b]`` with no statement before it: (doc, paragraph,
#: (a, b), cue, cues) -> (draft or None, claimed end).
StatementReader = Callable[
    [Doc, Paragraph, Span2, CueMatch, list[CueMatch]], tuple[Draft | None, int]
]


def _tail_mention(  # noqa: PLR0911  (one return per rejection, for two cue kinds)
    doc: Doc, toks: Tokens, a: int, b: int, cue: CueMatch
) -> tuple[int, int, int] | None:
    """(start, end, comma) of the outlet of a sentence-final relay cue, or None."""
    ci, cj, kind = cue
    if b - cj > _TAIL_REACH and kind != CueKind.ACCORDING:
        return None  # words after the cue: no sentence-final relay (most sentences)
    if kind == CueKind.ACCORDING:
        if ci - 1 <= a or toks.text[ci - 1] != ",":
            return None
        np = according_np(toks, cj + 1, b, tail=True)
        if np is None or not only_tail(toks, np[1] + 1, b):
            return None
        return toks.start[np[0]], toks.end[np[1]], ci - 1
    if kind == CueKind.VERB and toks.low[ci] in RELAY_VERBS:
        np = scan_back(toks, a, group_start(toks, ci, a) - 1)
        if np is None or np[0] - 1 <= a or toks.text[np[0] - 1] != ",":
            return None
        end, _outlet = skip_adverbials(doc, toks, cj + 1, b)
        if not only_tail(toks, end, b):
            return None
        return toks.start[np[0]], toks.end[np[1]], np[0] - 1
    return None


def relay_tail(doc: Doc, toks: Tokens, a: int, b: int, cue: CueMatch) -> tuple[Source, int] | None:
    """The source of a relay at the sentence end ("..., TASS reported."), and its comma."""
    found = _tail_mention(doc, toks, a, b, cue)
    if found is None:
        return None
    s, e, comma = found
    mention = doc.text[s:e]
    if not is_outlet(mention) or mention.lower() in doc.publishers:
        return None
    source = make_source(doc.text, s, e)
    if source is None:
        return None
    return source, comma


def relayed(
    doc: Doc,
    para: Paragraph,
    *,
    outlet: Span2,
    span: Span2,
    b: int,
    cues: list[CueMatch],
    read: StatementReader,
) -> tuple[Draft, int] | None:
    """Relay the speech an outlet reports another party making.

    'Postimees reported that Estonian companies had reported damage' gives the companies'
    statement with the newspaper as its source. *span* is the reported content's first and
    end token, *b* the sentence's end, *read* the engine's reader of one cue.
    """
    toks = para.tokens
    start, end = span
    s, e = toks.start[outlet[0]], toks.end[outlet[1]]
    mention = doc.text[s:e]
    if not is_outlet(mention) or strip_the(mention).lower() in doc.publishers:
        return None
    for cue in cues:
        if cue.first < start or cue.first >= end or cue.kind not in _VERB_KINDS:
            continue
        np = scan_back(toks, start, group_start(toks, cue.first, start) - 1)
        if np is None or np[0] != start or toks.low[np[0]] in PRONOUNS:
            return None
        draft, claim = read(doc, para, (start, b), cue, cues)
        if draft is None:
            return None
        if draft.via is None:
            draft.via = make_source(doc.text, s, e)
        draft.rule = "relay"
        return draft, claim
    return None


_VERB_KINDS = frozenset({CueKind.VERB, CueKind.PARTICLE})


def relayed_clause(doc: Doc, toks: Tokens, a: int, b: int, cue: CueMatch) -> CueMatch | None:
    """The verb of "X <verb> that ..." before a sentence-final relay, as a cue, or None.

    In "He affirmed that the army would stay, the KCNA said." the relay's cue is the only
    one the lexicon knows; "affirmed" followed by "that" after the clause's subject is the
    speech the outlet relays.
    """
    found = _tail_mention(doc, toks, a, b, cue)
    if found is None:
        return None
    comma = found[2]
    np = clause_subject(toks, a, comma)
    if np is None:
        return None
    verb = np[1] + 1
    if verb + 1 >= comma or toks.low[verb + 1] != "that":
        return None
    if (
        not toks.is_word[verb]
        or toks.is_cap[verb]
        or toks.low[verb] in STOP_WORDS
        or not toks.low[verb].endswith(("ed", "s"))
    ):
        return None
    return CueMatch(verb, verb, CueKind.VERB)
