"""Rule "subject": the speaker is the noun phrase before the verb, read backwards from it.

Shapes, with wire examples:

- ``X said (that) ...``: "The ministry said the border would reopen.";
- ``"...," X said.`` / ``..., X said.``: the content comes first;
- ``X said: "..."``: a quotation after a colon;
- ``..., which said ...``: a relative speaker, whose antecedent names it ("the ministry,
  which said ..."), unless a copula stands before the antecedent ("most participants are
  White, which suggests ...": the relative stands for the clause).
"""

from __future__ import annotations

from wirestory._lang.en import COPULAS, RELATIVE_SPEAKERS
from wirestory._speakers import scan_back
from wirestory._statements._appositive import edge_before, name_before_description
from wirestory._statements._model import Doc, Reading

__all__ = ["apply_subject"]


def _antecedent(doc: Doc, r: Reading, first: int) -> str | None:
    """The noun phrase a relative speaker at token *first* stands for, or None."""
    toks, lo, a = r.para.tokens, r.lo, r.a
    ante_end = first - 1
    if ante_end >= lo and toks.text[ante_end] == ",":
        ante_end -= 1
    ante = scan_back(toks, a, ante_end)
    if ante is None or (ante[0] > a and toks.low[ante[0] - 1] in COPULAS):
        # After a copula the relative stands for the clause: "most participants are White,
        # which suggests ...", "language has been dropped that asked ...".
        return None
    return doc.text[toks.start[ante[0]] : toks.end[ante[1]]]


def apply_subject(doc: Doc, r: Reading, j: int) -> None:
    """Fill the reading with the subject that ends at token *j* before the verb group."""
    toks, lo = r.para.tokens, r.lo
    np = scan_back(toks, lo, j)
    if np is None:
        return
    r.speaker = np
    if toks.low[np[0]] in RELATIVE_SPEAKERS and np[0] == np[1]:
        r.antecedent = _antecedent(doc, r, np[0])
    edge = np[0] - 1
    name = name_before_description(toks, lo, np)
    if name is not None:
        # '"...," Jaka Bizilj, the NGO's founder said' (no second comma).
        r.description = doc.text[toks.start[np[0]] : toks.end[np[1]]]
        r.speaker = name
        r.rule = "appositive"
        edge = name[0] - 1
    r.before_edge = edge_before(toks, lo, edge)
