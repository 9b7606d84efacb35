"""From a reading to a draft: the cue's extent, the content before or after it, the checks.

After a reader found the speaker (:mod:`wirestory._statements._rules`), the same steps
apply to every shape:

1. the cue's extent: adverbials, the addressee of "told" (kept in the cue), the object of
   "urged" (dropped), "that" and a colon before the content;
2. the content's end (:func:`~wirestory._statements._bounds.content_end`), and the
   declared :data:`CONTENT_VETOES` that make what follows the cue no statement;
3. whether the content comes before the attribution, after it, or both: the declared
   :data:`TAIL_CHECKS` say when the words after a tail cue ('"...," he said on Thursday')
   are not content;
4. a lone word is no statement; an outlet reporting another party's speech is a relay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from wirestory._lang.en import (
    ANSWERS,
    CONJUNCTIONS,
    CONNECTIVES,
    CUE_LEMMA,
    DETERMINERS,
    RELATIVE_SPEAKERS,
    SCENE_OPENERS,
    SUBORDINATORS,
    WH_RELATIVES,
    WRITTEN_WORKS,
)
from wirestory._relays import is_outlet, make_source
from wirestory._statements._adverbials import skip_adverbials, skip_object_or_addressee
from wirestory._statements._bounds import (
    content_end,
    continuation_ok,
    cut_background,
    may_hold_as,
    trailing_phrase,
)
from wirestory._statements._model import CueKind, Doc, Draft, Reading, Span2
from wirestory._statements._pieces import pieces
from wirestory._statements._relay import StatementReader, relayed
from wirestory._statements._text import strip_the
from wirestory._statements._tokens import only_tail, unquoted

__all__ = ["CONTENT_VETOES", "TAIL_CHECKS", "Check", "assemble"]

_VERB_KINDS = frozenset({CueKind.VERB, CueKind.PARTICLE})
_FRONT_KINDS = frozenset({CueKind.QUOTED_AS, CueKind.PASSIVE_QUOTED, CueKind.ACCORDING})


class Check(NamedTuple):
    """A named check on the words after a cue, with a sentence where it holds."""

    name: str
    example: str
    #: (doc, reading, content start, content end, "that" seen) -> whether it holds.
    check: Callable[[Doc, Reading, int, int, bool], bool]


def _opens_with_conjunction(doc: Doc, r: Reading, start: int, end: int, that: bool) -> bool:  # noqa: ARG001
    return start < end and r.para.tokens.low[start] in CONJUNCTIONS


def _written_work(doc: Doc, r: Reading, start: int, end: int, that: bool) -> bool:  # noqa: ARG001
    toks = r.para.tokens
    return (
        CUE_LEMMA.get(toks.low[r.cue.first]) == "write"
        and start + 1 < end
        and toks.low[start] in DETERMINERS
        and not WRITTEN_WORKS.isdisjoint(toks.low[start + 1 : start + 4])
    )


def _declared_act(doc: Doc, r: Reading, start: int, end: int, that: bool) -> bool:  # noqa: ARG001
    toks = r.para.tokens
    return (
        CUE_LEMMA.get(toks.low[r.cue.first]) == "declare"
        and not that
        and start < end
        and toks.mark[start] != "open"
    )


#: Checks that leave nothing stated after the cue.
CONTENT_VETOES: tuple[Check, ...] = (
    Check("opens with a conjunction", "48 percent agreed and 44 percent disagreed.",
          _opens_with_conjunction),
    Check("a written work", "She wrote the profile on Boyle in 2019.", _written_work),
    Check("a declared act", "The governor declared a state of emergency.", _declared_act),
)  # fmt: skip


def _short_phrase(doc: Doc, r: Reading, start: int, end: int, that: bool) -> bool:  # noqa: ARG001
    toks = r.para.tokens
    # An infinitive after the object of "urged" or "asked" is the content, however short:
    # "..., and the mayor is urging residents to stay home" (the reader skipped the object).
    infinitive = start > r.cue.last + 1 and toks.low[start] == "to"
    return (
        r.before_edge > r.lo and not that and not infinitive and trailing_phrase(toks, start, end)
    )


def _writers_clause(doc: Doc, r: Reading, start: int, end: int, that: bool) -> bool:  # noqa: ARG001
    toks = r.para.tokens
    return (
        r.before_edge > r.lo
        and not that
        and toks.low[start] in SUBORDINATORS
        and unquoted(toks, start, end)
    )


def _scene_after_quote(doc: Doc, r: Reading, start: int, end: int, that: bool) -> bool:  # noqa: ARG001
    toks = r.para.tokens
    return (
        r.before_edge >= r.lo
        and toks.mark[r.before_edge] == "close"
        and r.cue.kind in _VERB_KINDS
        and not r.inverted
        and start < end
        and toks.mark[start] != "open"
        and toks.text[start - 1] != ":"
        and "open" not in toks.mark[start:end]
    )


#: Checks that make the words after a tail cue ('"...," he said ...') no content.
TAIL_CHECKS: tuple[Check, ...] = (
    Check("a short phrase", '"We will win," she said in an interview with local outlets.',
          _short_phrase),
    Check("the writer's clause", '"We will win," she said when the crowd cheered.',
          _writers_clause),
    Check("the scene after a quotation", '"We will win," she told a crowd at a bar nearby.',
          _scene_after_quote),
)  # fmt: skip


def _addressee_via(doc: Doc, r: Reading, addressee: Span2) -> None:
    """Make an outlet addressee of "told" the source: "told TASS", "told the BBC"."""
    mention = doc.text[addressee[0] : addressee[1]]
    if (
        is_outlet(mention)
        and strip_the(mention).lower() not in doc.publishers
        and any(w[:1].isupper() for w in mention.split())
    ):
        r.via = make_source(doc.text, addressee[0], addressee[1])


def _cue_extent(doc: Doc, r: Reading) -> tuple[int, bool]:
    """Read past the cue: (its last token, whether "that" opens the content); moves start."""
    toks, b = r.para.tokens, r.b
    ci, cj, kind = r.cue
    cue_end, start = cj, r.start
    outlet: Span2 | None = None
    if kind in _VERB_KINDS and not r.inverted:
        k, outlet = skip_adverbials(doc, toks, start, b)
        k, cue_end, addressee = skip_object_or_addressee(toks, ci, cj, k, b)
        if addressee is not None and r.via is None:
            _addressee_via(doc, r, addressee)
        start, outlet2 = skip_adverbials(doc, toks, k, b)
        outlet = outlet or outlet2
    elif kind in _FRONT_KINDS:
        start, outlet = skip_adverbials(doc, toks, start, b)
    if outlet is not None and r.via is None:
        r.via = make_source(doc.text, outlet[0], outlet[1])
    that = False
    if start < b and toks.low[start] == "that" and toks.quote[start] < 0:
        that = True
        start += 1
    if start < b and toks.text[start] in ":," and toks.quote[start] < 0:
        start += 1
        if start < b and toks.low[start] == "that":
            that = True
            start += 1
    r.start = start
    return cue_end, that


def _content_limit(doc: Doc, r: Reading, that: bool) -> tuple[int, int]:
    """(content end, claimed end) of the content after the cue."""
    toks, start = r.para.tokens, r.start
    end = content_end(toks, start, r.b, r.cues, r.cue.last)
    if any(veto.check(doc, r, start, end, that) for veto in CONTENT_VETOES):
        end = start
    speaker = r.speaker
    relative = speaker is not None and (
        toks.low[speaker[0]] in WH_RELATIVES
        or (speaker[0] - 1 >= r.a and toks.low[speaker[0] - 1] in RELATIVE_SPEAKERS)
    )
    claim_end = end
    if relative or (start < end and may_hold_as(doc, toks, start, end)):
        end = cut_background(toks, start, end, relative=relative)
    if relative:
        claim_end = end
    return end, claim_end


def _mid_comma(r: Reading, that: bool) -> bool:
    """Whether a comma after the cue puts it mid-sentence ('"A," he said, "B."')."""
    toks, start, lo, edge = r.para.tokens, r.start, r.lo, r.before_edge
    if not (start < r.b and toks.text[start - 1] == "," and not that):
        return False
    # 'Abe, he said, told ...' (a short parenthetical) and 'X, Wang added, a reference to
    # ...' have content before the cue; 'Asked about it, X said, "..."' and 'In an
    # interview, X said, "..."' open with the writer's scene-setting instead.
    opener = toks.low[lo] if toks.mark[lo] is None else ""
    return not (
        opener in SCENE_OPENERS
        or (toks.mark[start] == "open" and not (toks.mark[edge] == "close" or edge - lo <= 6))
    )


class _Content(NamedTuple):
    pieces: list[Span2]
    quoted: list[bool]
    regions: set[int]


def _before(doc: Doc, r: Reading) -> _Content | None:
    """The content before the attribution (connectives left out), unless already held."""
    toks, edge = r.para.tokens, r.before_edge
    first = r.lo
    while first < edge and toks.low[first] in CONNECTIVES and not toks.quote[first] >= 0:
        first += 1
        if first < edge and toks.text[first] == ",":
            first += 1
    found = pieces(doc, r.para, first, edge + (1 if toks.mark[edge] == "close" else 0))
    if found[0] and not (found[2] & doc.consumed):
        return _Content(*found)
    return None


class _Layout(NamedTuple):
    """Where a statement's content lies around its attribution."""

    #: The content comes (at least partly) before the attribution.
    before: bool
    #: Nothing after the cue is content.
    after_empty: bool
    #: The text after the cue is not this statement's: a later cue there is free.
    free_after: bool


def _content(doc: Doc, r: Reading, end: int, that: bool) -> tuple[_Content, _Layout]:
    """The content pieces, and where they lie around the attribution."""
    toks, start = r.para.tokens, r.start
    after_empty = only_tail(toks, start, end)
    if not after_empty and any(c.check(doc, r, start, end, that) for c in TAIL_CHECKS):
        after_empty = True
    mid = not after_empty and r.before_edge >= r.lo and _mid_comma(r, that)
    use_before = r.before_edge >= r.lo and (after_empty or mid)
    out = _Content([], [], set())
    if use_before:
        before = _before(doc, r)
        if before is None:
            use_before = False
        else:
            out = before
    free_after = False
    if not after_empty and (
        not use_before or continuation_ok(toks, start, end, out.quoted, r.before_edge - r.lo)
    ):
        after = pieces(doc, r.para, start, end)
        out = _Content(out.pieces + after[0], out.quoted + after[1], out.regions | after[2])
    elif use_before:
        free_after = True
    return out, _Layout(use_before, after_empty, free_after)


def _too_little(doc: Doc, content: _Content) -> bool:
    """A lone unquoted word is no statement ("reported from Gainesville, Florida")."""
    spans = content.pieces
    return (
        bool(spans)
        and not any(content.quoted)
        and sum(len(doc.text[s:e].split(maxsplit=1)) for s, e in spans) < 2
        and doc.text[spans[0][0] : spans[0][1]].lower() not in ANSWERS
    )


def assemble(doc: Doc, r: Reading, read: StatementReader) -> tuple[Draft | None, int]:
    """Cut the content of a filled reading and build its draft, with the claimed end."""
    toks, b = r.para.tokens, r.b
    ci, cj, kind = r.cue
    cue_end, that = _cue_extent(doc, r)
    end, claim_end = _content_limit(doc, r, that)
    content, layout = _content(doc, r, end, that)
    use_before = layout.before
    if layout.free_after:
        claim_end = r.start
    if _too_little(doc, content):
        return None, cj + 1
    if not content.pieces and not (toks.text[b - 1] == ":" and r.start >= b - 1):
        # 'Reporter Jomana Karadsheh says:' keeps the statement open for the quote that
        # follows in the next paragraph.
        return None, cj + 1
    speaker = r.speaker
    if speaker is not None and not use_before and not any(content.quoted) and r.start < end:
        relay = relayed(
            doc, r.para, outlet=speaker, span=(r.start, end), b=b, cues=r.cues, read=read
        )
        if relay is not None:
            return relay
    last = cj if kind in {CueKind.QUOTED_AS, CueKind.ACCORDING} else cue_end
    draft = Draft(
        cue=(toks.start[ci], toks.end[last]),
        speaker=(toks.start[speaker[0]], toks.end[speaker[1]]) if speaker else None,
        pieces=content.pieces,
        quoted=content.quoted,
        that=that and not use_before,
        via=r.via,
        description=r.description,
        antecedent=r.antecedent,
        regions=content.regions,
        before_only=use_before and layout.after_empty,
        rule=r.rule,
    )
    return draft, max(claim_end, cj + 1)
