"""Rule "appositive": a speaker with an appositive before the cue, "X, a spokesman for Y, said".

Shapes, with wire examples:

- ``X, APPOSITIVE, said ...``: "Maria Zakharova, the ministry's spokeswoman, said ...";
  the appositive is the speaker's description;
- ``X, who ..., said``: "Sen. Mark Kirk, who faces a tough race, said ..." (a relative
  clause is no description);
- ``"...," X, the NGO's founder said``: the writer left out the comma after the appositive
  (:func:`name_before_description`, read by the subject rule).

Commas inside the appositive ("Jeffrey Salkin, a Hollywood, Fla., rabbi, said") are passed
over: the name is the noun phrase that opens the clause.
"""

from __future__ import annotations

from wirestory._lang.en import CONNECTIVES, DETERMINERS, INDEFINITES, RELATIVES
from wirestory._quotes import Tokens
from wirestory._speakers import scan_back
from wirestory._statements._model import Doc, Span2
from wirestory._statements._text import trim_span

__all__ = ["appositive", "edge_before", "name_before_description", "relative_after"]


def edge_before(toks: Tokens, lo: int, edge: int) -> int:
    """The comma or closing mark that ends a content before the attribution, or -1.

    It is at *edge*, or just before a connective there ('"...," but X said').
    """
    if edge >= lo and (toks.text[edge] == "," or toks.mark[edge] == "close"):
        return edge
    if (
        edge >= lo
        and toks.low[edge] in CONNECTIVES
        and edge - 1 >= lo
        and (toks.text[edge - 1] == "," or toks.mark[edge - 1] == "close")
    ):
        return edge - 1
    return -1


def relative_after(toks: Tokens, last: int, j: int) -> bool:
    """Whether ", who ..." (or which, whose) follows token *last* and runs to token *j*."""
    return last + 2 < j and toks.text[last + 1] == "," and toks.low[last + 2] in RELATIVES


def _comma_before(toks: Tokens, lo: int, comma_hi: int) -> int:
    """The comma before *comma_hi* within 40 tokens, with no quote between; -1."""
    k = comma_hi - 1
    limit = max(lo, comma_hi - 40)
    while k >= limit and toks.text[k] != "," and toks.quote[k] < 0 and toks.mark[k] is None:
        k -= 1
    if k < limit or toks.text[k] != "," or k + 1 >= comma_hi:
        return -1
    return k


def _opens_clause(toks: Tokens, lo: int, np: Span2) -> bool:
    """Whether the noun phrase *np* opens its clause (a name, not inside an appositive)."""
    edge = np[0] - 1
    at_start = np[0] == lo or (
        edge >= lo
        and (toks.text[edge] == "," or toks.mark[edge] == "close" or toks.low[edge] in CONNECTIVES)
    )
    # "Eddie Griffin, who was a member of the AfroSpear, a group of bloggers, said", "Jeffrey
    # Salkin, a Hollywood, Fla., rabbi ..., said": the comma was inside the appositive (an
    # indefinite phrase is one).
    return at_start and not (
        toks.low[np[0]] in INDEFINITES and edge >= lo and toks.text[edge] == ","
    )


def appositive(doc: Doc, toks: Tokens, lo: int, j: int) -> tuple[Span2, str | None, int] | None:
    """'NAME, APPOSITIVE, said': the name, the appositive as description, the edge before."""
    text = doc.text
    comma_hi = j
    description: str | None = None
    for _round in range(4):
        k = _comma_before(toks, lo, comma_hi)
        if k < 0:
            return None
        comma_hi = k  # unless this comma opens the appositive, look one comma further back
        np = scan_back(toks, lo, k - 1)
        if np is None:
            continue  # "a Hollywood, Fla., rabbi": a comma inside a place name
        first_app = toks.low[k + 1]
        s, e = trim_span(text, toks.start[k + 1], toks.end[j - 1])
        if first_app not in RELATIVES:
            description = text[s:e] if e > s else None
        if not _opens_clause(toks, lo, np):
            continue
        edge = np[0] - 1
        if edge >= lo and toks.text[edge] == "," and first_app in RELATIVES:
            # "Piao Minghua, deputy head of Harbin customs, which oversees ..., told": the
            # relative clause belongs to the appositive; the name is one step back.
            continue
        return np, description, edge_before(toks, lo, edge)
    return None


def name_before_description(toks: Tokens, lo: int, np: Span2) -> Span2 | None:
    """The name before a speaker phrase that is really its appositive.

    As in '"...," NAME, the NGO's founder said', where the writer left out the comma after
    the appositive; None when the speaker phrase stands alone.
    """
    comma = np[0] - 1
    if comma - 1 < lo or toks.text[comma] != "," or toks.low[np[0]] not in DETERMINERS:
        return None
    name = scan_back(toks, lo, comma - 1)
    if name is None or not all(toks.is_cap[k] for k in range(name[0], name[1] + 1)):
        return None
    edge = name[0] - 1
    if edge < lo or not (toks.mark[edge] == "close" or toks.text[edge] == ","):
        return None
    return name
