"""Rule "quoted-as": "X quoted Y as saying" (X relays Y) and "Y was quoted as saying".

Shapes, with wire examples:

- ``KCNA quoted Kim as saying ...``: Kim speaks, via KCNA;
- ``..., the agency quoted X as saying.``: the content comes first;
- ``X was quoted as saying ... by state news agency IRNA`` (read with the verb rules, as
  :attr:`CueKind.PASSIVE_QUOTED`: the subject is before "was").
"""

from __future__ import annotations

from wirestory._relays import make_source
from wirestory._speakers import scan_back, scan_forward
from wirestory._statements._model import Doc, Draft, Reading

__all__ = ["read_quoted_as"]


def read_quoted_as(doc: Doc, r: Reading) -> Reading | tuple[Draft | None, int]:
    """Read "X quoted Y as saying": Y speaks (if named), X is the source."""
    toks, lo = r.para.tokens, r.lo
    ci, cj = r.cue.first, r.cue.last
    r.rule = "quoted-as"
    r.speaker = scan_forward(toks, ci + 1, cj - 1)
    relay_np = scan_back(toks, lo, ci - 1)
    if relay_np is not None:
        s, e = toks.start[relay_np[0]], toks.end[relay_np[1]]
        if doc.text[s:e].lower() not in doc.publishers:
            r.via = make_source(doc.text, s, e)
        edge = relay_np[0] - 1
    else:
        edge = ci - 1
    if edge >= lo and (toks.text[edge] == "," or toks.mark[edge] == "close"):
        r.before_edge = edge
    r.start = cj + 1
    return r
