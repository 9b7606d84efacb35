"""Rules "transcript" and "headline-colon": a speaker's name, a colon, and the words.

Shapes, with wire examples:

- ``BOULDUAN: Why not debate?``: a line of a broadcast transcript (the speaker in capitals);
- ``Rep. Trey Gowdy (R-S.C.): "I have not heard"``: a speaker introducing a quotation with a
  colon, at a paragraph's start;
- ``Kasich: We Are Going To Go All The Way`` (rule "headline-colon"): a headline, in the
  first paragraph, giving a speaker's words.

Rubrics ("UPDATE:", "The Latest:", "Factbox:") and list labels ("US: Mac and cheese") are not
speakers; a line whose speaker holds a cue word ("She added: ...") is read by its cue.
"""

from __future__ import annotations

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._lang.en import CUE_WORDS, HEADLINE_ARTICLES, RUBRICS, VERBISH, is_cue_form
from wirestory._statements._model import Doc, Draft, Paragraph
from wirestory._statements._text import OPEN_QUOTE_CHARS, trim_span

__all__ = ["headline_colon", "transcript_line"]

#: A transcript line ("BOULDUAN: Why not debate?") or a speaker before a colon and a quotation
#: ('Rep. Trey Gowdy (R-S.C.): "I have not heard"').
_TRANSCRIPT = regex.compile(
    r"""
    [\"\u201c]?                                           # (a transcript quoted whole)
    (?P<speaker>
        (?P<caps>\p{Lu}[\p{Lu}.'\-]+(?:[\ \t]+\p{Lu}[\p{Lu}.'\-]+){0,3})  # BOULDUAN, JOEL BENENSON
        | \p{Lu}[^\n:"\u201c\u201d]{1,60}?                 # Rep. Trey Gowdy (R-S.C.)
    )
    (?P<colon>:)                                            # the colon
    [\t\p{Zs}]*
    (?P<content>\S[^\n]*)                                   # the words
    """,
    regex.VERBOSE,
)

#: A headline giving a speaker's words after a colon: "Kasich: We Are Going All The Way".
_HEADLINE_COLON = regex.compile(
    r"""
    (?P<speaker>\p{Lu}[\p{L}\p{N}.’'\-]*(?:\ [\p{L}\p{N}.’'\-]+){0,4})  # Kasich, Clinton camp
    (?P<colon>:)                                                     # the colon
    [\t\p{Zs}]+
    (?P<content>\S[^\n]*)                                            # the words given
    """,
    regex.VERBOSE,
)


def transcript_line(doc: Doc, para: Paragraph) -> Draft | None:  # noqa: PLR0911  (one return per rejection)
    """A transcript line or a speaker introducing a quotation with a colon.

    As in 'BOULDUAN: Why not debate?' and 'Rep. Trey Gowdy (R-S.C.): "I have not heard"'.
    """
    text = doc.text
    if text.find(":", para.body, para.end) < 0:
        return None  # the pattern needs a colon: most paragraphs have none
    m = _TRANSCRIPT.match(text, para.body, para.end, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    words = m.group("speaker").lower().split()
    if any(w in CUE_WORDS or w.strip(".,'") in RUBRICS for w in words):
        return None  # "She added: ..." is read by its cue; "UPDATE: ..." is a rubric
    caps = m.group("caps")
    if caps is not None and len(caps.replace(" ", "")) < 4:
        return None  # "US: Mac and cheese": a list label
    if caps is None and text[m.start("content")] not in OPEN_QUOTE_CHARS:
        return None
    s, e = trim_span(text, m.start("content"), m.end("content"), quote=True)
    if e - s < 2:
        return None
    quoted = text[m.start("content")] in OPEN_QUOTE_CHARS
    regions = {para.base + i for i, r in enumerate(para.regions) if s - 1 <= r.open < e}
    return Draft(
        cue=m.span("colon"),
        speaker=m.span("speaker"),
        pieces=[(s, e)],
        quoted=[quoted],
        regions=regions,
        rule="transcript",
    )


def headline_colon(doc: Doc, para: Paragraph) -> list[Draft]:
    """'Kasich: We Are Going To Go All The Way': a headline giving a speaker's words."""
    text = doc.text
    m = _HEADLINE_COLON.match(text, para.body, para.end, timeout=REGEX_TIMEOUT)
    if m is None:
        return []
    words = m.group("speaker").split()
    if (
        len(words) > 5
        or words[0] in HEADLINE_ARTICLES
        or any(w.lower() in VERBISH or is_cue_form(w.lower()) for w in words)
        or any(w.lower().strip(".,") in RUBRICS for w in words)
    ):
        # "The Latest: ...", "Factbox: ...", "Exclusive: ..." are rubrics, not speakers.
        return []
    s, e = trim_span(text, m.start("content"), m.end("content"))
    if e <= s:
        return []
    quoted = text[s - 1] in OPEN_QUOTE_CHARS if s > 0 else False
    return [
        Draft(
            cue=m.span("colon"),
            speaker=m.span("speaker"),
            pieces=[(s, e)],
            quoted=[quoted],
            rule="headline-colon",
        )
    ]
