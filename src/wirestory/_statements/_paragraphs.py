"""Paragraphs and sentences: where the engine reads, and the quote regions of each paragraph.

A paragraph is a line, or the wrapped lines of a teletype paragraph (Reuters 1987 copy).
The first paragraphs may open with a dateline ("MOSCOW, May 5 (Reuters) -"), skipped and
its agencies noted as publishers. Each paragraph's quote regions are read once; only a
paragraph that holds a cue word is tokenized, and its tokens are cut into sentences that
never break inside a quotation.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._lang.en import CUE_WORDS
from wirestory._models import Dateline
from wirestory._quotes import (
    QuoteRegion,
    Tokens,
    fold_letters,
    quote_marks,
    quote_regions,
    single_quote_marks,
)
from wirestory._segments import Line, blocks, split_lines, teletype_paragraphs, trim
from wirestory._speakers import is_abbreviation
from wirestory._statements._model import Doc, Paragraph
from wirestory._statements._tokens import indices

__all__ = ["cut_long", "paragraph_spans", "read_paragraphs", "sentences"]

_GUARD_TAG = regex.compile(
    r"""
    [/(]                        # an opening slash or parenthesis
    ([^/()]{1,40})              # the tag
    [/)]                        # the closing one
    """,
    regex.VERBOSE,
)

#: A dateline-like line start the dateline parser did not read: "IGORA, December 26. /TASS/.",
#: "DUSHANBE -", "(CNN) --".
_DATELINE_GUARD = regex.compile(
    r"""
    [\t\p{Zs}]*
    (?:
        [^\n]{0,80}?/\p{Lu}{2,10}/\.?[\t\p{Zs}]+                  # IGORA, December 26. /TASS/.
        | \p{Lu}[\p{Lu}\p{Lt}\ .,'/\-]{1,60}                       # DUSHANBE, ATLANTA, Ga.
          (?:,[\t\p{Zs}][^\n()\-\u2013\u2014]{1,30})?              # , Ga. / , May 5
          [\t\p{Zs}]*(?:\([^\n()]{1,40}\)[\t\p{Zs}]*)?              # (Reuters)
          (?:--|[-\u2013\u2014_])[\t\p{Zs}]+                      # the dash
        | \([^\n()]{1,40}\)[\t\p{Zs}]*(?:--|[-\u2013\u2014])[\t\p{Zs}]+  # (CNN) --
    )
    """,
    regex.VERBOSE,
)


def paragraph_spans(text: str, lines: list[Line] | None = None) -> Sequence[tuple[int, int]]:
    """The paragraphs the extractor reads: each line, or a teletype paragraph's wrapped lines.

    Most copy keeps a paragraph on one line. Teletype copy (Reuters 1987: an indented line
    opens each paragraph, and the lines are wrapped near 70 characters) breaks sentences, and
    quotations, across lines: there the lines from one indented line to the next are one
    paragraph (:func:`~wirestory._segments.teletype_paragraphs`, as ``parse_story`` reads them).
    Other blocks are read line by line (a headline line is not joined to the body under it).
    A paragraph longer than ``_LONG_PARAGRAPH`` is read in pieces (:func:`cut_long`).
    *lines* are the text's :func:`~wirestory._segments.split_lines`, when already known.
    """
    spans: list[tuple[int, int]] = []
    for block in blocks(split_lines(text) if lines is None else lines):
        teletype = teletype_paragraphs(block)
        if teletype is None:
            spans.extend((line.lstart, line.rend) for line in block)
        else:
            spans.extend(teletype)
    return cut_all(text, spans)


def cut_all(text: str, spans: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """*spans* with every paragraph longer than ``_LONG_PARAGRAPH`` cut (:func:`cut_long`)."""
    if any(end - start > _LONG_PARAGRAPH for start, end in spans):
        return [piece for start, end in spans for piece in cut_long(text, start, end)]
    return spans


#: Paragraphs longer than this many characters are read in pieces: a story's paragraphs are a
#: few hundred characters, but text whose line breaks were stripped is one paragraph of the
#: whole story, or of a whole corpus.
_LONG_PARAGRAPH = 1 << 16

#: Where a long paragraph may be cut: white space after a sentence's end mark (and any closing
#: quote marks or brackets), before a capital or an opening quote mark.
_SENTENCE_GAP = regex.compile(
    r"""
    (?<=[.!?]["\u201d\u2019\u00bb)]{0,3})    # after an end mark and what closes with it
    \s++                                    # the white space between them (possessive)
    (?=[\p{Lu}"\u201c\u00ab])                # before a capital or an opening quote mark
    """,
    regex.VERBOSE,
)


#: One white-space character.
_SPACE = regex.compile(r"\s")


def cut_long(
    text: str, start: int, end: int, limit: int = _LONG_PARAGRAPH
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of about *limit* characters.

    Each piece but the last ends at the first sentence gap past *limit* characters (at the
    first white space when no sentence gap comes within as many characters again). The
    extractor then holds the tokens of one piece at a time: a 4 MB paragraph read whole held
    200 MB of tokens at its peak.

    >>> text = "One said so. " * 10_000
    >>> pieces = cut_long(text, 0, len(text) - 1)
    >>> [(e - s, text[e - 1], text[s]) for s, e in pieces]
    [(65545, '.', 'O'), (64453, '.', 'O')]
    """
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        at = start + limit
        gap = _SENTENCE_GAP.search(text, at, min(end, at + limit), timeout=REGEX_TIMEOUT)
        if gap is None:
            # No ``timeout``: one character class, no repetition.
            space = _SPACE.search(text, at, end)
            if space is None:
                break  # no white space left: the rest is one piece
            cut, resume = space.start(), space.end()
        else:
            cut, resume = gap.start(), gap.end()
        pieces.append(trim(text, start, cut))
        start = resume
    pieces.append(trim(text, start, end))
    return [(s, e) for s, e in pieces if e > s]


#: Shared by every paragraph without quote marks or tokens (never modified).
_NO_REGIONS: list[QuoteRegion] = []
_NO_OPENS: dict[int, int] = {}
_NO_TOKENS = Tokens.empty()

_LETTERS = regex.compile(
    r"""
    \p{L}+                     # a run of letters
    """,
    regex.VERBOSE,
)


def _parse_dateline(text: str, pos: int) -> Dateline | None:
    try:
        from wirestory._dateline import parse_dateline  # noqa: PLC0415

        return parse_dateline(text, pos=pos)
    except Exception:  # noqa: BLE001  (another module's bug must not break statements)
        return None


def _body_start(doc: Doc, start: int, end: int) -> int:
    """Where a paragraph's text begins: after a dateline, in the first few paragraphs."""
    if len(doc.paragraphs) >= 8:
        return start
    dateline = _parse_dateline(doc.text, start)
    if dateline is not None and start <= dateline.body_start <= end:
        for agency in dateline.agencies:
            doc.publishers.add(agency.name.lower())
            doc.publishers.add(agency.code.lower())
        return dateline.body_start
    m = _DATELINE_GUARD.match(doc.text, start, end, timeout=REGEX_TIMEOUT)
    if m is not None:
        head = m.group()
        tag = _GUARD_TAG.search(head, timeout=REGEX_TIMEOUT)
        if tag is not None:
            doc.publishers.add(tag.group(1).strip().lower())
        if tag is not None or head.strip()[:3].isupper():
            return m.end()
    return start


def _fold(doc: Doc) -> None:
    """Fill ``doc.folded``: the text with every non-letter a space (lower-cased if ASCII).

    The cue-word gate reads words from this copy where it can: ASCII letters between
    spaces, lower-cased at once when the whole text is ASCII (``str.lower`` of other text
    may change its length, so other lines are lower-cased one by one).
    """
    folded = fold_letters(doc.text)
    all_ascii = folded.isascii()
    if all_ascii:
        folded = folded.lower()
    doc.folded, doc.folded_ascii = folded, all_ascii


def _spans(doc: Doc) -> Sequence[tuple[int, int]]:
    """The paragraphs' (start, end), of the layout when the text is a masked copy of it."""
    if doc.layout is None:
        return paragraph_spans(doc.text)
    # The paragraphs of the unmasked text, trimmed to what the masked text shows.
    layout = paragraph_spans(doc.layout, doc.lines)
    trimmed = (trim(doc.text, s, e) for s, e in layout)
    return [(s, e) for s, e in trimmed if s < e]


def _link_regions(doc: Doc, regions: list[QuoteRegion], body: int, base: int) -> None:
    """Mark regions that continue an unclosed one (multi-paragraph quotes) in place."""
    all_regions, paragraphs = doc.regions, doc.paragraphs
    if all_regions and paragraphs:
        last = all_regions[-1]
        first = regions[0]
        if last.close is None and last.end == paragraphs[-1].end and first.open == body:
            regions[0] = first._replace(follows=base - 1)
    for index in range(1, len(regions)):
        before, region = regions[index - 1], regions[index]
        if before.close is None and before.end == region.open:
            # '"A. "B."' in one paragraph (its break lost): B continues A.
            regions[index] = region._replace(follows=base + index - 1)


#: What follows a quotation's closing mark in a quote frame (:mod:`._frame`): a pronoun or
#: a name and a verb, or a verb and a name, then the sentence's end ('," he conceded.').
_FRAME_TAIL = regex.compile(
    r"""
    [\t\p{Zs}]+
    (?:
        (?:\p{Lu}[\p{L}.'’\-]*[\t\p{Zs}]+){1,5}\p{Ll}+(?:ed|s)    # Ruth Amadi conceded
        | (?:he|she|they|we|I)[\t\p{Zs}]+\p{Ll}+(?:ed|s)           # he conceded
        | \p{Ll}+(?:ed|s)(?:[\t\p{Zs}]+[\p{L}.'’\-]+){1,5}        # insists Okafor
    )
    [\t\p{Zs}]*[.!]                                             # the sentence's end
    """,
    regex.VERBOSE,
)

#: A paragraph that opens with a name, a verb and a colon before a quotation.
_FRAME_HEAD = regex.compile(
    r"""
    (?:\p{Lu}[\p{L}.'’\-]*[\t\p{Zs}]+){1,5}\p{Ll}+(?:ed|s):[\t\p{Zs}]*["\u201c]  # Okafor said: "
    """,
    regex.VERBOSE,
)


#: Characters a quote frame may span ("Ruth Amadi conceded." after a quotation): each match
#: is bounded to this window, because ``regex`` looks ahead for a pattern's required
#: character (the colon, the full stop) before matching, which without an end position
#: scans the rest of the text at every paragraph: a square on long input.
_FRAME_WINDOW = 300


def _framed(doc: Doc, body: int, end: int, regions: list[QuoteRegion]) -> bool:
    """Whether a quotation of the paragraph may have a quote frame (so it needs tokens)."""
    text = doc.text
    # No ``timeout``: bounded repetitions of character classes, no nested quantifier runs.
    if _FRAME_HEAD.match(text, body, min(end, body + _FRAME_WINDOW)) is not None:
        return True
    return any(
        region.close is not None
        and _FRAME_TAIL.match(text, region.close + 1, min(end, region.close + _FRAME_WINDOW))
        is not None
        for region in regions
    )


def _lazy(doc: Doc, body: int, end: int, regions: list[QuoteRegion]) -> bool:
    """Whether a paragraph holds no cue word (so it needs no tokens: only its quotes matter).

    This keeps quote-heavy input fast. A paragraph whose quotation has a quote frame is read
    too.
    """
    if end - body < 3:
        return True
    if regions and _framed(doc, body, end, regions):
        return False
    if doc.folded_ascii:
        return CUE_WORDS.isdisjoint(doc.folded[body:end].split())
    chunk = doc.folded[body:end]
    # No ``timeout`` on this scan: ``regex`` reads the process clock (a system call) on each
    # match, several times the cost of matching ``\p{L}+``, which cannot backtrack.
    return CUE_WORDS.isdisjoint(
        chunk.lower().split()
        if chunk.isascii()
        else map(str.lower, _LETTERS.findall(doc.text, body, end))
    )


def read_paragraphs(doc: Doc) -> None:
    """Fill ``doc.paragraphs`` and ``doc.regions`` (one pass for the quote marks)."""
    text = doc.text
    new = tuple.__new__
    # One pass for the quote marks of the whole text; paragraphs without any skip the
    # quote scanner.
    marks = quote_marks(text)
    # British-style copy quotes with single marks (and nests double ones inside them).
    single_marks = single_quote_marks(text, marks)
    single = doc.single = single_marks is not None
    if single_marks is not None:
        marks = single_marks
    n_marks = len(marks)
    _fold(doc)
    # The paragraphs with a cue word share one token lists object: the engine reads one
    # paragraph at a time, filling it and letting it go after (no object per paragraph).
    shared = Tokens.empty()
    for start, end in _spans(doc):
        body = _body_start(doc, start, end) if doc.datelines else start
        regions: list[QuoteRegion] = _NO_REGIONS
        opens: dict[int, int] = _NO_OPENS
        base = len(doc.regions)
        if n_marks:
            first_mark = bisect.bisect_left(marks, body)
            if first_mark < n_marks and marks[first_mark] < end:
                regions = quote_regions(text, body, end, single=single)
        if regions:
            _link_regions(doc, regions, body, base)
            doc.regions.extend(regions)
            opens = {region.open: index for index, region in enumerate(regions)}
            doc.region_para.extend([len(doc.paragraphs)] * len(regions))
        lazy = _lazy(doc, body, end, regions)
        tokens = _NO_TOKENS if lazy else shared
        # Built directly, not through the named tuple's ``__new__`` (a Python call).
        doc.paragraphs.append(
            new(Paragraph, (start, body, end, regions, base, tokens, opens, lazy))
        )


def _end_marks(tokens: Tokens) -> list[int]:
    """The indices of the end marks . ! ? among *tokens*, in order."""
    texts = tokens.text
    n = len(texts)
    return sorted(indices(texts, ".", 0, n) + indices(texts, "!", 0, n) + indices(texts, "?", 0, n))


def _ends_sentence(tokens: Tokens, i: int) -> bool:
    """Whether token *i* (an end mark or a closing quote mark) ends a sentence."""
    if tokens.quote[i] >= 0:
        return False
    text, mark, nxt_mark = tokens.text[i], tokens.mark[i], tokens.mark[i + 1]
    if mark != "close" and (mark is not None or text not in ".!?"):
        return False  # only an end mark or a closing quote can end a sentence
    if not (tokens.is_cap[i + 1] or nxt_mark == "open" or tokens.text[i + 1][:1].isdigit()):
        return False
    if text in ".!?" and mark is None:
        return not (
            text == "." and i > 0 and is_abbreviation(tokens, i - 1) and (nxt_mark != "open")
        )
    return (
        mark == "close"
        and i > 0
        and tokens.text[i - 1] in ".!?"
        and not _attribution_follows(tokens, i + 1)
    )


def sentences(tokens: Tokens, *, plain: bool = False) -> list[tuple[int, int]]:
    """Cut a paragraph's tokens into sentences (*plain*: the paragraph has no quotes)."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(tokens)
    # Only an end mark or a closing quote mark can end a sentence (found in C: most tokens
    # are neither); without quotes only an end mark.
    candidates = _end_marks(tokens)
    if not plain:
        candidates = sorted(candidates + indices(tokens.mark, "close", 0, n))
    for i in candidates:
        if i + 1 < n and _ends_sentence(tokens, i):
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out


def _attribution_follows(tokens: Tokens, k: int) -> bool:
    """Whether a short attribution follows a quote ending in ? or ! ('"...?" Lavrov asked.')."""
    texts, marks = tokens.text, tokens.mark
    for n in range(k, min(len(tokens), k + 7)):
        if texts[n] == "." and n > k and is_abbreviation(tokens, n - 1):
            continue  # '"...?" Mrs. Clinton asked.'
        if marks[n] is not None or texts[n] in ".!?;":
            return False
        if tokens.low[n] in CUE_WORDS:
            # ... and the sentence ends soon after: '"...?" Lavrov asked on Friday.'
            for m in range(n + 1, min(len(tokens), n + 6)):
                if texts[m] in ".!?" or marks[m] is not None:
                    return texts[m] in ".!?"
            return n + 1 >= len(tokens)
    return False
