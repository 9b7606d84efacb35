"""The rule table: which reader reads a sentence around each kind of cue.

Every cue kind (:class:`CueKind`) has one reader (:data:`RULES`), in the manner of h11's
``READERS`` table. A reader fills a :class:`Reading` (speaker, where the content may start,
the edge before the attribution) or returns a finished result; the engine then cuts the
content (:mod:`wirestory._statements._assemble`). A verb cue is read by the shapes in this
order, the first that fits winning:

1. "coordinated": "X praised ... and said ..." (the clause's subject);
2. "appositive": "X, a spokesman for Y, said ...";
3. "inverted": '"...," said X.' (an appositive wins only when the words after the cue are
   not a name: '"...," said the minister' is an inversion unless a relative clause closes
   on the subject, "Nelson, who coordinates visits, says");
4. "subject": the noun phrase before the verb ("The ministry said ...");
5. "asked": "Asked whether ..., X said" (no speaker before the cue).
"""

from __future__ import annotations

from collections.abc import Callable

from wirestory._lang.en import DETERMINERS, INVERTIBLE
from wirestory._relays import make_source
from wirestory._speakers import scan_forward
from wirestory._statements._according import read_according
from wirestory._statements._appositive import appositive, relative_after
from wirestory._statements._asked import read_asked
from wirestory._statements._coordinated import read_coordinated, read_participle
from wirestory._statements._frame import read_frame
from wirestory._statements._inverted import apply_inverted, inverted_subject
from wirestory._statements._model import CueKind, Doc, Draft, Reading
from wirestory._statements._quoted_as import read_quoted_as
from wirestory._statements._subject import apply_subject
from wirestory._statements._tokens import group_start

__all__ = ["RULES", "Reader", "read_verb"]

#: A reader: fills the reading, or returns (draft or None, claimed end) itself.
Reader = Callable[[Doc, Reading], Reading | tuple[Draft | None, int]]


def _attribute(doc: Doc, r: Reading, j: int) -> None:
    """Find the speaker of a verb cue: appositive, inverted or subject (*j*: before the verb)."""
    toks, lo, b = r.para.tokens, r.lo, r.b
    ci, cj, kind = r.cue
    inv = None
    if (
        j >= lo
        and (toks.text[j] == "," or toks.mark[j] == "close")
        and (toks.low[ci] in INVERTIBLE and kind != CueKind.PASSIVE_QUOTED)
    ):
        inv = inverted_subject(doc, toks, cj + 1, b)
    app = None
    if j >= lo and toks.text[j] == ",":
        app = appositive(doc, toks, lo, j)
        if (
            app is not None
            and inv is not None
            and (toks.is_cap[inv[0]] or toks.low[inv[0]] in DETERMINERS)
            and not relative_after(toks, app[0][1], j)
        ):
            app = None  # '"...," said the minister': an inversion
    if app is not None:
        r.speaker, r.description, r.before_edge = app
        r.rule = "appositive"
    elif inv is not None:
        apply_inverted(doc, r, inv, j)
    if r.speaker is None and not (j >= lo and toks.text[j] == ","):
        apply_subject(doc, r, j)


def read_verb(doc: Doc, r: Reading) -> Reading | tuple[Draft | None, int]:
    """Read a verb cue ("said", "pointed out", "was quoted as saying") by the shapes above."""
    toks, b = r.para.tokens, r.b
    ci, cj, kind = r.cue
    j = group_start(toks, ci, r.lo) - 1
    coordinated = read_coordinated(doc, r, j)
    if coordinated is not None:
        return coordinated
    _attribute(doc, r, j)
    if r.speaker is None:
        return read_asked(doc, r.para, lo=r.lo, ci=ci, cj=cj, b=b)
    if kind == CueKind.PASSIVE_QUOTED:
        r.rule = "quoted-as"
    if not r.inverted:
        r.start = cj + 1
    if kind == CueKind.PASSIVE_QUOTED and r.start + 1 < b and toks.low[r.start] == "by":
        # "... was quoted as saying by state news agency IRNA".
        np = scan_forward(toks, r.start + 1, b)
        if np is not None:
            r.via = make_source(doc.text, toks.start[np[0]], toks.end[np[1]])
            r.start = np[1] + 1
    return r


#: Cue kind -> the reader of its sentence.
RULES: dict[CueKind, Reader] = {
    CueKind.ACCORDING: read_according,
    CueKind.QUOTED_AS: read_quoted_as,
    CueKind.PARTICIPLE: read_participle,
    CueKind.VERB: read_verb,
    CueKind.PARTICLE: read_verb,
    CueKind.PASSIVE_QUOTED: read_verb,
    CueKind.FRAME: read_frame,
}
