"""An annotated HTML view of a story: its own text, with every part the parse found marked.

:func:`render_html` writes the story's text once, in reading order, HTML-escaped, and wraps
each part the parse found in an element where it stands: block parts (headline, paragraphs,
sign-off ...) in block elements, the parts inside them (dateline tags, photo credits,
statements with their content, cue, speaker and relay) in nested inline marks. Marks that
overlap without nesting are split into pieces, so the markup is always well-formed.

Everything the page adds to the story's text (the details shown on hover or focus, the
resolved speaker names, the statement badges) sits in elements of class ``ws-x``; the legend
and the speaker list sit outside the ``ws-story`` article. So the story's text is exactly the
text of the ``ws-story`` element without its ``ws-x`` elements: see ``docs/howto/html.md``.

The markup (kept stable for tests and for style sheets of one's own):

- every mark has ``class="ws-m ws-KIND"``, ``data-kind="KIND"`` and ``data-id``; a mark split
  into pieces repeats its ``data-id`` and its later pieces carry the class ``ws-cont``;
- the first piece has ``id``, ``tabindex="0"`` and ``aria-describedby`` naming its details,
  a ``ws-tip`` element shown by CSS alone on hover or keyboard focus.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

import attrs

from wirestory._models import Span, Speaker, Statement, Story

__all__ = ["KINDS", "render_html"]

#: Every mark kind, in legend order, with its group, its label and what it marks. The class
#: ``ws-KIND`` styles it; the tests count marks per kind in the browser's DOM.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("section", "Story", "section or kicker line"),
    ("headline", "Story", "headline"),
    ("byline", "Story", "byline"),
    ("writer", "Story", "a writer named in a byline"),
    ("photo", "Photo", "photo caption with its credit"),
    ("caption", "Photo", "caption text"),
    ("photo-credit", "Photo", "photo credit line"),
    ("photographer", "Photo", "photographer"),
    ("source", "Photo", "credited organisation"),
    ("distributor", "Photo", "distributor (the 'via X')"),
    ("dateline", "Dateline", "dateline"),
    ("place", "Dateline", "place (dateline or caption)"),
    ("date", "Dateline", "date (dateline or caption)"),
    ("agency", "Dateline", "news agency tag"),
    ("paragraph", "Story", "body paragraph"),
    ("statement", "Statements", "attributed statement"),
    ("content", "Statements", "what was said"),
    ("cue", "Statements", "speech cue ('said', 'according to')"),
    ("speaker", "Statements", "speaker, with the name it resolves to"),
    ("via", "Statements", "relaying outlet"),
    ("signoff", "Sign-off", "sign-off"),
    ("signoff-credit", "Sign-off", "one credit of the sign-off, with its role"),
    ("signoff-name", "Sign-off", "a person credited"),
    ("furniture", "Story", "text around the story (notes, labels, links)"),
)

#: Nesting order of marks that cover the same text: lower ranks go outside.
_RANK = {"statement": 1, "dateline": 1, "caption": 1, "photo-credit": 1, "signoff-credit": 1}
_INNER_RANK = 2
#: Marks kept inside a statement that go inside its content when they share its span.
_LEAF_RANK = {"cue": 3, "speaker": 3, "via": 3}


@attrs.frozen(kw_only=True, eq=False)
class _Mark:
    """One element to wrap around ``text[start:end]`` (``eq=False``: marks compare by identity)."""

    start: int
    end: int
    kind: str | None  # None: a plain wrapper with no details (a dateline on a line of its own)
    block: bool  # a block element (one top-level part); inline marks nest inside blocks
    tag: str
    number: int
    details: tuple[tuple[str, str], ...] = ()
    span: Span | None = None
    before: str = ""  # HTML (class ws-x) put first in the first piece
    after: str = ""  # HTML (class ws-x) put last in the last piece
    lang: str | None = None
    rank: int = _INNER_RANK


def _escape(text: str) -> str:
    # A carriage return must be a character reference: HTML parsers turn raw CR and CRLF
    # into LF before tokenising.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _attr(value: str) -> str:
    return html.escape(value, quote=True).replace("\r", "&#13;")


# --------------------------------------------------------------------------------------------
# what to mark
# --------------------------------------------------------------------------------------------


class _Builder:
    """Collects the marks of one story, numbering them in the order they are added."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[_Mark] = []
        self.statements: list[_Mark | None] = []  # each statement's mark, in story order

    def add(
        self,
        kind: str | None,
        start: int,
        end: int,
        *,
        block: bool = False,
        tag: str = "mark",
        details: Iterable[tuple[str, str | None]] = (),
        span: Span | None = None,
        before: str = "",
        after: str = "",
        lang: str | None = None,
    ) -> _Mark | None:
        start, end = max(0, start), min(end, len(self.text))
        if end <= start:
            return None
        rank = 0 if block else _LEAF_RANK.get(kind or "", _RANK.get(kind or "", _INNER_RANK))
        mark = _Mark(
            start=start,
            end=end,
            kind=kind,
            block=block,
            tag=tag,
            number=len(self.marks) + 1,
            details=tuple((key, value) for key, value in details if value),
            span=span,
            before=before,
            after=after,
            lang=lang,
            rank=rank,
        )
        self.marks.append(mark)
        return mark

    def add_names(self, kind: str, names: Iterable[str], span: Span) -> None:
        """Mark each of *names* where it is written inside *span*, searching left to right.

        The models keep names without their own spans; a name is marked at its first
        occurrence after the previous one, and a name not written as given is not marked.
        """
        cursor = span.start
        for name in names:
            if not name:
                continue
            found = self.text.find(name, cursor, span.end)
            if found < 0:
                continue
            self.add(kind, found, found + len(name), details=[("name", name)])
            cursor = found + len(name)


def _span_text(span: Span) -> str:
    return f"{span.start}\u2013{span.end}"


def _flags(**flags: bool) -> str | None:
    return ", ".join(name for name, value in flags.items() if value) or None


def _place_details(place: object) -> list[tuple[str, str | None]]:
    return [
        (field, getattr(place, field))
        for field in ("city", "region", "country", "country_code", "region_code")
    ]


def _resolved(speaker: Speaker) -> str | None:
    """The name to show beside a speaker, when the text written does not already say it."""
    name = speaker.name
    if not name or name in speaker.text:
        return None
    return name


def _statement_marks(builder: _Builder, statement: Statement, number: int, story: Story) -> None:
    speaker = statement.speaker
    parts = [statement.span, statement.cue.span, *statement.content.spans]
    if speaker is not None:
        parts.append(speaker.span)
    if statement.via is not None:
        parts.append(statement.via.span)
    # The statement's mark covers all of its parts (the model's span covers what was said);
    # its details give the model's span.
    start = min(part.start for part in parts)
    end = max(part.end for part in parts)
    who = (speaker.name or speaker.text) if speaker else None
    lang = statement.lang if statement.lang and statement.lang != story.lang else None
    mark = builder.add(
        "statement",
        start,
        end,
        tag="span",
        details=[
            ("number", f"S{number}"),
            ("kind", statement.kind.value),
            ("rule", statement.rule),
            ("speaker", who or "(none found)"),
            ("via", statement.via.text if statement.via else None),
            ("lang", statement.lang),
        ],
        span=statement.span,
        before=f'<span class="ws-x ws-badge">S{number}</span>',
        lang=lang,
    )
    builder.statements.append(mark)
    pieces = statement.content.spans
    for index, piece in enumerate(pieces, 1):
        builder.add(
            "content",
            piece.start,
            piece.end,
            details=[("statement", f"S{number}"), ("piece", f"{index} of {len(pieces)}")],
            span=piece,
        )
    builder.add(
        "cue", statement.cue.span.start, statement.cue.span.end,
        details=[("statement", f"S{number}")], span=statement.cue.span,
    )  # fmt: skip
    if speaker is not None:
        resolved = _resolved(speaker)
        after = (
            '<span class="ws-x ws-resolved"><span class="ws-sr">resolves to </span>'
            f"{_escape(resolved)}</span>"
            if resolved
            else ""
        )
        builder.add(
            "speaker",
            speaker.span.start,
            speaker.span.end,
            details=[
                ("statement", f"S{number}"),
                ("name", speaker.name or "(unresolved)"),
                ("description", speaker.description),
                ("gender", speaker.gender),
            ],
            span=speaker.span,
            after=after,
        )
    if statement.via is not None:
        via = statement.via
        builder.add(
            "via",
            via.span.start,
            via.span.end,
            details=[
                ("statement", f"S{number}"),
                ("name", via.name),
                ("agency", via.agency.code if via.agency else None),
            ],
            span=via.span,
        )


def _marks(story: Story, heading: str = "h1") -> _Builder:
    """Every mark of *story*: its top-level parts as blocks, the parts inside them inline."""
    builder = _Builder(story.text)
    add = builder.add
    if story.section:
        add("section", *_se(story.section.span), block=True, tag="p", span=story.section.span)
    if story.headline:
        add(
            "headline", *_se(story.headline.span), block=True, tag=heading, span=story.headline.span
        )
    for byline in story.bylines:
        add(
            "byline", *_se(byline.span), block=True, tag="p", span=byline.span,
            details=[("names", ", ".join(byline.names)), ("organization", byline.organization),
                     ("role", byline.role), ("location", byline.location)],
        )  # fmt: skip
        builder.add_names("writer", byline.names, byline.span)
    for photo in story.photos:
        credit = photo.credit
        add(
            "photo", *_se(photo.span), block=True, tag="figcaption", span=photo.span,
            details=[("flags", _flags(pool=credit.pool, handout=credit.handout,
                                      file=credit.file, courtesy=credit.courtesy)
                      if credit else None)],
        )  # fmt: skip
        if photo.caption:
            caption = photo.caption
            add("caption", *_se(caption.span), tag="span", span=caption.span)
            if caption.place:
                add("place", *_se(caption.place.span), span=caption.place.span,
                    details=_place_details(caption.place))  # fmt: skip
            if caption.date:
                date = caption.date
                add("date", *_se(date.span), span=date.span, details=_date_details(date))
        if credit:
            add(
                "photo-credit", *_se(credit.span), tag="span", span=credit.span,
                details=[("photographers", ", ".join(credit.photographers)),
                         ("sources", ", ".join(credit.sources)),
                         ("distributor", credit.distributor)],
            )  # fmt: skip
            builder.add_names("photographer", credit.photographers, credit.span)
            sources = [s for s in credit.sources if s != credit.distributor]
            builder.add_names("source", sources, credit.span)
            if credit.distributor:
                # The distributor ends the credit ("... via REUTERS"): its last occurrence.
                found = story.text.rfind(credit.distributor, credit.span.start, credit.span.end)
                if found >= 0:
                    add("distributor", found, found + len(credit.distributor),
                        details=[("name", credit.distributor)])  # fmt: skip
    body_starts = _dateline_marks(builder, story)
    for number, paragraph in enumerate(story.paragraphs, 1):
        start = body_starts.get(paragraph.span.start, paragraph.span.start)
        add("paragraph", start, paragraph.span.end, block=True, tag="p", span=paragraph.span,
            details=[("number", str(number))])  # fmt: skip
    for number, statement in enumerate(story.statements, 1):
        _statement_marks(builder, statement, number, story)
    if story.signoff:
        signoff = story.signoff
        add("signoff", *_se(signoff.span), block=True, tag="footer", span=signoff.span)
        for credit_ in signoff.credits:
            add(
                "signoff-credit", *_se(credit_.span), tag="span", span=credit_.span,
                details=[("role", credit_.role), ("names", ", ".join(credit_.names)),
                         ("locations", ", ".join(credit_.locations))],
            )  # fmt: skip
            builder.add_names("signoff-name", credit_.names, credit_.span)
    for furniture in story.furniture:
        add(
            "furniture", *_se(furniture.span), block=True, tag="div", span=furniture.span,
            details=[("type", furniture.kind.value.replace("_", " "))],
            before=f'<span class="ws-x ws-label">{_escape(furniture.kind.value)}</span>',
        )  # fmt: skip
    return builder


def _se(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _date_details(date: object) -> list[tuple[str, str | None]]:
    month, day, year = (getattr(date, name) for name in ("month", "day", "year"))
    iso = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return [("date", iso)]


def _dateline_marks(builder: _Builder, story: Story) -> dict[int, int]:
    """Mark the dateline; return {paragraph start: new start} for the paragraph it opens.

    A dateline on the same line as the first paragraph ("GDANSK (Reuters) - Repairs ...")
    is shown inside that paragraph's block; one on a line of its own gets a plain block.
    """
    dateline = story.dateline
    if dateline is None:
        return {}
    text = story.text
    span = dateline.span
    details: list[tuple[str, str | None]] = [
        ("agencies", ", ".join(a.code for a in dateline.agencies))
    ]
    if story.date:
        details.append(("story date", story.date.isoformat()))
    builder.add("dateline", span.start, span.end, tag="span", span=span, details=details)
    if dateline.place:
        place = dateline.place
        builder.add("place", *_se(place.span), span=place.span, details=_place_details(place))
    if dateline.date:
        builder.add("date", *_se(dateline.date.span), span=dateline.date.span,
                    details=_date_details(dateline.date))  # fmt: skip
    for agency in dateline.agencies:
        builder.add("agency", *_se(agency.span), span=agency.span,
                    details=[("name", agency.name), ("code", agency.code)])  # fmt: skip
    following = next((p for p in story.paragraphs if p.span.start >= span.end), None)
    if following is not None and "\n" not in text[span.end : following.span.start]:
        return {following.span.start: span.start}
    builder.add(None, span.start, span.end, block=True, tag="p")
    return {}


# --------------------------------------------------------------------------------------------
# weaving marks into the text
# --------------------------------------------------------------------------------------------


def _order(mark: _Mark) -> tuple[int, int, int, int, int]:
    """Outer marks first: blocks, then earlier starts, later ends, lower ranks, earlier marks."""
    return (0 if mark.block else 1, mark.start, -mark.end, mark.rank, mark.number)


class _Weaver:
    """Writes the text with its marks as properly nested elements, splitting where they cross."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.opened: set[int] = set()
        self.tipped: set[int] = set()

    def ident(self, mark: _Mark) -> str:
        return f"{self.prefix}-{mark.number}"

    def open(self, mark: _Mark) -> str:
        ident = self.ident(mark)
        if mark.kind is None:
            return f'<{mark.tag} class="ws-line">'
        classes = f"ws-m ws-{mark.kind}"
        attributes = f' data-kind="{mark.kind}" data-id="{ident}"'
        if mark.span is not None:
            attributes += f' data-span="{mark.span.start}-{mark.span.end}"'
        if mark.lang:
            attributes += f' lang="{_attr(mark.lang)}"'
        first = mark.number not in self.opened
        if first:
            self.opened.add(mark.number)
            attributes += f' id="{ident}" tabindex="0" aria-describedby="{ident}-tip"'
        else:
            classes += " ws-cont"
        element = f'<{mark.tag} class="{classes}"{attributes}>'
        if mark.tag == "figcaption":
            element = '<figure class="ws-figure">' + element
        return element + (mark.before if first else "")

    def close(self, mark: _Mark, position: int) -> str:
        if mark.kind is None:
            return f"</{mark.tag}>"
        parts = []
        if mark.number not in self.tipped:
            self.tipped.add(mark.number)
            parts.append(self.tip(mark))
        if position >= mark.end:
            parts.append(mark.after)
        parts.append(f"</{mark.tag}>")
        if mark.tag == "figcaption":
            parts.append("</figure>")
        return "".join(parts)

    def tip(self, mark: _Mark) -> str:
        fields = [f"<strong>{_escape(mark.kind or '')}</strong>"]
        fields += [
            f'<span class="ws-field">{_escape(key)}: {_escape(value)}</span>'
            for key, value in mark.details
        ]
        if mark.span is not None:
            fields.append(f'<span class="ws-field">span: {_span_text(mark.span)}</span>')
        return (
            f'<span class="ws-x ws-tip" role="tooltip" id="{self.ident(mark)}-tip">'
            + " \u00b7 ".join(fields)
            + "</span>"
        )


def _weave(text: str, marks: Sequence[_Mark], weaver: _Weaver) -> Iterator[str]:
    """Yield the HTML of *text* with *marks*, every character once, elements well-nested.

    Between two consecutive mark boundaries the set of covering marks is constant; the
    elements open there are those marks in :func:`_order`. Going to the next stretch closes
    the open elements down to the longest common prefix and opens the rest: a mark that
    outlives one it sits inside is closed and reopened as a continuation piece. Inline marks
    open only inside a block, so that the whitespace between blocks stays bare.
    """
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pending = sorted(marks, key=lambda m: m.start)
    index = 0
    active: list[_Mark] = []
    stack: list[_Mark] = []
    for start, end in pairwise(points):
        while index < len(pending) and pending[index].start <= start:
            active.append(pending[index])
            index += 1
        active = [mark for mark in active if mark.end > start]
        wanted = sorted(active, key=_order)
        if not wanted or not wanted[0].block:
            wanted = []
        common = 0
        while common < min(len(stack), len(wanted)) and stack[common] is wanted[common]:
            common += 1
        while len(stack) > common:
            yield weaver.close(stack.pop(), start)
        for mark in wanted[common:]:
            yield weaver.open(mark)
            stack.append(mark)
        yield _escape(text[start:end])
    while stack:
        yield weaver.close(stack.pop(), len(text))


# --------------------------------------------------------------------------------------------
# the page around the story
# --------------------------------------------------------------------------------------------


def _speaker_groups(story: Story) -> dict[str, list[int]]:
    """Statement numbers (from 1) by speaker.

    The story's speaker entities come first, in their order, then any statement no entity
    holds, by the speaker's text.
    """
    groups: dict[str, list[int]] = {}
    for entity in story.speakers:
        label = entity.name if entity.gender is None else f"{entity.name} ({entity.gender})"
        groups.setdefault(label, []).extend(i + 1 for i in entity.statements)
    held = {number for numbers in groups.values() for number in numbers}
    for number, statement in enumerate(story.statements, 1):
        if number not in held:
            speaker = statement.speaker
            key = (speaker.name or speaker.text) if speaker else "(no speaker found)"
            groups.setdefault(key, []).append(number)
    return groups


def _speaker_list(story: Story, statement_ids: Sequence[str]) -> str:
    groups = _speaker_groups(story)
    if not groups:
        return '<p class="ws-none">No statements found.</p>'
    ranked = sorted(groups.items(), key=lambda item: -len(item[1]))  # stable: first seen first
    rows = []
    for name, numbers in ranked:
        links = " ".join(
            f'<a href="#{statement_ids[n - 1]}">S{n}</a>' if statement_ids[n - 1] else f"S{n}"
            for n in numbers
        )
        count = len(numbers)
        rows.append(
            f'<li><span class="ws-who">{_escape(name)}</span> '
            f'<span class="ws-count" aria-label="{count} statement{"s" * (count != 1)}">'
            f'{count}</span><br><span class="ws-links">{links}</span></li>'
        )
    return '<ol class="ws-speakers">' + "".join(rows) + "</ol>"


def _legend() -> str:
    groups: dict[str, list[str]] = {}
    for kind, group, meaning in KINDS:
        if kind in {"section", "headline", "byline", "paragraph", "photo", "signoff"}:
            continue  # block parts are plain to see: their layout is their legend
        sample = f'<span class="ws-sample ws-{kind}">{_escape(kind.replace("-", " "))}</span>'
        groups.setdefault(group, []).append(f"<li>{sample} {_escape(meaning)}</li>")
    sections = "".join(
        f'<li><span class="ws-group">{_escape(group)}</span><ul>{"".join(items)}</ul></li>'
        for group, items in groups.items()
    )
    return (
        '<ul class="ws-legend">' + sections + "</ul>"
        '<p class="ws-hint">Hover over a mark, or move to it with the Tab key, to see its '
        "details: kind, rule, name and span (character offsets).</p>"
    )


def _summary(story: Story) -> str:
    counts: dict[str, int] = {}
    for statement in story.statements:
        counts[statement.kind.value] = counts.get(statement.kind.value, 0) + 1
    kinds = ", ".join(f"{count} {kind}" for kind, count in counts.items())
    rows = [
        ("statements", f"{len(story.statements)}" + (f" ({kinds})" if kinds else "")),
        ("paragraphs", str(len(story.paragraphs))),
        ("language", story.lang or ""),
        ("date", story.date.isoformat() if story.date else ""),
        ("characters", str(len(story.text))),
    ]
    return '<dl class="ws-summary">' + "".join(
        f"<dt>{key}</dt><dd>{_escape(value)}</dd>" for key, value in rows if value
    ) + "</dl>"  # fmt: skip


_CSS = """
.wirestory{--ink:#1b1b1b;--muted:#4d4d4d;--line:#6b6b6b;color:var(--ink);background:#fff;
 font:1rem/1.9 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 text-align:left;overflow-wrap:anywhere}
.wirestory *{box-sizing:border-box}
.wirestory .ws-layout{display:grid;grid-template-columns:minmax(0,1fr);gap:1.25rem 2.5rem;
 max-width:74rem;margin:0 auto;padding:1rem}
@media (min-width:60rem){.wirestory .ws-layout{grid-template-columns:minmax(0,46rem) 19rem}
 .wirestory .ws-side{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);
 overflow:auto}}
.wirestory .ws-story p,.wirestory .ws-story figure,.wirestory .ws-story footer,
.wirestory .ws-story div{margin:0 0 1rem}
.wirestory .ws-story h1,.wirestory .ws-story h2{font-size:clamp(1.3rem,5vw,1.6rem);line-height:1.3;
 margin:.25rem 0 1rem}
.wirestory .ws-section{display:block;text-transform:uppercase;letter-spacing:.06em;
 font-size:.8rem;font-weight:700;color:var(--muted)}
.wirestory .ws-byline{font-style:italic}
.wirestory .ws-figure{margin:0 0 1.25rem;padding:.5rem .75rem;border-left:4px solid #8a8a8a;
 background:#f6f6f6;font-size:.92rem;line-height:1.7}
.wirestory .ws-photo-credit{color:#333}
.wirestory .ws-signoff{border-top:1px solid #bbb;padding-top:.5rem;font-size:.92rem}
.wirestory div.ws-furniture{border:1px dashed #8a8a8a;padding:.25rem .5rem;white-space:pre-line;
 color:#333;font-size:.9rem}
.wirestory .ws-label,.wirestory .ws-badge{font:700 .68rem/1 system-ui,sans-serif;
 letter-spacing:.02em;padding:.12rem .3rem;border-radius:.25rem;margin-right:.2rem;
 vertical-align:.15em;background:#4a4a4a;color:#fff;font-style:normal;text-transform:none}
.wirestory .ws-label{background:#fff;color:#333;border:1px solid #8a8a8a}
.wirestory mark{color:inherit;background:none;padding:0 .05em}
.wirestory .ws-statement{padding-bottom:.3em;border-bottom:2px solid var(--line);
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
.wirestory .ws-content{background:#fdf0b0;border-bottom:3px double #7a5d00}
.wirestory .ws-speaker{background:#dbe8ff;border-bottom:2px solid #1f4e9c;font-weight:650}
.wirestory .ws-cue{background:#d5f2db;border-bottom:2px dotted #1b6630;font-style:italic}
.wirestory .ws-via{background:#ecdff9;border-bottom:2px dashed #5b2d8e}
.wirestory .ws-place{background:#d2efec;border-bottom:2px solid #0b6a63}
.wirestory .ws-date{background:#ffe3cf;border-bottom:2px dotted #8a4200}
.wirestory .ws-agency{background:#fadbe7;border-bottom:2px dashed #8c1d4a}
.wirestory .ws-writer,.wirestory .ws-photographer,.wirestory .ws-signoff-name{
 background:#ececec;border-bottom:2px solid #333}
.wirestory .ws-source,.wirestory .ws-distributor{background:#ececec;border-bottom:2px dashed #333}
.wirestory .ws-distributor{font-weight:650}
.wirestory .ws-signoff-credit{border-bottom:1px dotted #333}
.wirestory .ws-caption,.wirestory .ws-dateline{border-bottom:1px solid #8a8a8a}
.wirestory .ws-dateline{font-weight:650}
.wirestory .ws-resolved{font:600 .78rem/1 system-ui,sans-serif;background:#1f4e9c;color:#fff;
 border-radius:.7rem;padding:.1rem .4rem;margin-left:.25rem;vertical-align:.1em;
 font-style:normal;white-space:nowrap}
.wirestory .ws-resolved::before{content:"\\2192\\00a0";content:"\\2192\\00a0"/""}
.wirestory .ws-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
 white-space:nowrap}
.wirestory .ws-m[tabindex]:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.wirestory .ws-tip{display:none;position:fixed;z-index:10;left:.5rem;right:.5rem;bottom:.5rem;
 max-width:40rem;margin:0 auto;padding:.5rem .75rem;border-radius:.4rem;background:#1b1b1b;
 color:#fff;font:400 .875rem/1.45 system-ui,sans-serif;text-transform:none;letter-spacing:0;
 text-align:left;box-shadow:0 2px 8px rgba(0,0,0,.35)}
.wirestory .ws-tip strong{color:#ffd86b;text-transform:uppercase;letter-spacing:.04em}
.wirestory .ws-m:hover:not(:has(.ws-m:hover))>.ws-tip,.wirestory .ws-m:focus>.ws-tip,
.wirestory .ws-m:target>.ws-tip{display:block}
.wirestory .ws-m:target{outline:3px solid #0b57d0;outline-offset:2px}
.wirestory .ws-side{font-size:.9rem;line-height:1.5}
.wirestory .ws-side h2{font-size:1rem;margin:1rem 0 .4rem}
.wirestory .ws-side ul,.wirestory .ws-side ol{margin:0;padding:0;list-style:none}
.wirestory .ws-speakers li{padding:.3rem 0;border-bottom:1px solid #ddd}
.wirestory .ws-who{font-weight:650}
.wirestory .ws-count{float:right;min-width:1.6rem;text-align:center;border-radius:.8rem;
 background:#1f4e9c;color:#fff;font-weight:700;padding:0 .4rem}
.wirestory .ws-links a{color:#0b4fb3;margin-right:.35rem}
.wirestory .ws-legend ul li{margin:.3rem 0;display:grid;grid-template-columns:7.5rem 1fr;
 gap:.5rem;align-items:start}
.wirestory .ws-group{display:block;font-weight:700;margin-top:.5rem}
.wirestory .ws-sample{justify-self:start;padding:0 .2rem;line-height:1.4}
.wirestory .ws-sample.ws-statement{padding-bottom:.2em}
.wirestory .ws-hint{color:var(--muted);margin-top:.75rem}
.wirestory .ws-summary{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem;margin:0}
.wirestory .ws-summary dt{color:var(--muted)}
.wirestory .ws-summary dd{margin:0}
"""


def _prefix(text: str) -> str:
    # Element ids derive from the text, so that a page stays the same for the same story
    # and two stories shown in one notebook do not share ids.
    return (
        "ws"
        + hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:8]
    )


def render_html(story: Story, *, standalone: bool = True) -> str:
    r"""Return an annotated HTML view of *story*: its text with every part found marked.

    With ``standalone=True`` (the default) the result is a whole HTML5 document with its
    style sheet inline and no script or external asset; with ``standalone=False`` it is one
    ``<div class="wirestory">`` (with its ``<style>``) to put into another page, as Jupyter
    does with ``Story._repr_html_()``.

    The story's text appears once, in order, HTML-escaped; everything added to it has the
    class ``ws-x`` or sits outside the ``<article class="ws-story">``.

    >>> import wirestory
    >>> story = wirestory.parse_story(
    ...     "GDANSK (Reuters) - The port will reopen, harbour master Anna Wrobel said."
    ... )
    >>> page = render_html(story)
    >>> page.startswith("<!DOCTYPE html>"), page.count('data-kind="speaker"')
    (True, 1)
    """
    if not isinstance(story, Story):
        raise TypeError(f"story must be a wirestory.Story, not {type(story).__name__}")
    text = story.text
    prefix = _prefix(text)
    built = _marks(story, "h1" if standalone else "h2")
    weaver = _Weaver(prefix)
    body = "".join(_weave(text, built.marks, weaver))
    statement_ids = [
        weaver.ident(mark) if mark is not None and mark.number in weaver.opened else ""
        for mark in built.statements
    ]
    lang = f' lang="{_attr(story.lang)}"' if story.lang else ""
    heading = "h2" if standalone else "h3"
    fragment = (
        '<div class="ws-layout">'
        f'<article class="ws-story"{lang}>{body}</article>'
        f'<aside class="ws-side" aria-label="Speakers and legend">'
        f"<{heading}>Speakers</{heading}>{_speaker_list(story, statement_ids)}"
        f"<{heading}>Found</{heading}>{_summary(story)}"
        f"<{heading}>Legend</{heading}>{_legend()}"
        "</aside></div>"
    )
    if not standalone:
        return f'<div class="wirestory"><style>{_CSS}</style>{fragment}</div>'
    title = story.headline.text if story.headline else "Story"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_attr(story.lang or "en")}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="wirestory">'
        f"<title>{_escape(' '.join(title.split()))} \u00b7 wirestory</title>"
        f'<style>{_CSS}</style></head><body style="margin:0">'
        f'<div class="wirestory">{fragment}</div></body></html>\n'
    )
