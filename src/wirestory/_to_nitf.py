r"""Write a parsed story as NITF 3.6: :func:`to_nitf`.

NITF can carry inline what wirestory finds in the text, so the document keeps the text as
written and marks it up in place:

==========================================  ================================================
NITF 3.6                                    from the story
==========================================  ================================================
``head/title``, ``hedline/hl1``             the headline
``pubdata/@position.section``               the section
``docdata/doc-id/@id-string``               the ``uri`` argument, else a URN from the text
``docdata/doc.copyright/@holder``           the first agency (dateline, else sign-off)
``body.head/byline``, one per byline        the byline as written, names in ``<person>``,
                                            organisation and role in ``<byttl>``
``body.head/distributor``                   the dateline's agencies, each in ``<org>``
``body.head/dateline``                      the dateline as written, its place in
                                            ``<location>`` (``<city>``, ``<state>``,
                                            ``<country iso-cc>``), its date in
                                            ``<story.date norm="YYYYMMDDT000000">``
``body.content/media``, one per photo       ``<media-caption>`` (caption) and
                                            ``<media-producer>`` (credit)
``body.content/p``                          each paragraph, the first one opening with the
                                            dateline; each direct quotation wrapped in
                                            ``<q quote-source="resolved name">`` in place;
                                            furniture paragraphs in their place
``body.content/pre``                        a paragraph whose line breaks or indentation
                                            carry meaning (tables)
``body.end/tagline``                        the sign-off, lines kept with ``<br/>``
==========================================  ================================================

The output validates against ``nitf-3-6.xsd``; :func:`~wirestory.read_nitf` reads it back
to the same paragraphs. Characters XML 1.0 cannot hold (C0 controls such as Reuters-21578's
``\x03``) are left out.
"""

from __future__ import annotations

import hashlib
from xml.sax.saxutils import escape, quoteattr

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._models import Byline, Dateline, Photo, Span, StatementKind, Story

__all__ = ["NITF_NAMESPACE", "to_nitf"]

#: The NITF 3.6 namespace (``targetNamespace`` of ``nitf-3-6.xsd``).
NITF_NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"
#: The fixed attributes of the ``<nitf>`` root in 3.6.
_ROOT = (
    f'<nitf xmlns="{NITF_NAMESPACE}" version="-//IPTC//DTD NITF 3.6//EN"'
    ' change.date="September 11, 2009" change.time="12:26"'
)
#: Characters XML 1.0 does not allow (C0 controls but tab and line breaks, surrogates,
#: U+FFFE and U+FFFF).
_NOT_XML = regex.compile(r"[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
#: White space next to a line break, or a carriage return: the reader would fold it away, so
#: such a paragraph goes out as ``<pre>``.
_FOLDED = regex.compile(r"[^\S\n]\n|\n[^\S\n]|\r|\A\s|\s\Z")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text, timeout=REGEX_TIMEOUT)


def _text(text: str) -> str:
    return escape(_clean(text))


def _attr(text: str) -> str:
    return quoteattr(" ".join(_clean(text).split()))


def _default_uri(story: Story) -> str:
    digest = hashlib.sha1(story.text.encode("utf-8", "surrogatepass")).hexdigest()  # noqa: S324
    return f"urn:wirestory:sha1:{digest}"


def _agencies(story: Story) -> list[str]:
    names: list[str] = []
    if story.dateline is not None:
        names.extend(agency.name for agency in story.dateline.agencies)
    agency = getattr(story.signoff, "agency", None)  # Signoff.agency (second round)
    if agency is not None:
        names.append(agency.name)
    return list(dict.fromkeys(names))


def _marked(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """*text* escaped, with each ``(start, end, open, close)`` mark wrapped around its part.

    Marks are offsets into *text*, sorted and not overlapping.
    """
    out: list[str] = []
    position = 0
    for start, end, opening, closing in marks:
        out.append(_text(text[position:start]))
        out.append(opening + _text(text[start:end]) + closing)
        position = end
    out.append(_text(text[position:]))
    return "".join(out)


def _location(dateline: Dateline) -> tuple[int, int, str] | None:
    """The dateline's place as ``<location>`` markup, with its offsets in the dateline."""
    place = dateline.place
    if place is None:
        return None
    inner: list[tuple[int, int, str, str]] = []
    for value, tag in ((place.city, "city"), (place.region, "state"), (place.country, "country")):
        if not value:
            continue
        at = place.text.find(value, inner[-1][1] if inner else 0)
        if at < 0:
            continue
        attributes = ""
        if tag == "country" and place.country_code:
            attributes = f" iso-cc={_attr(place.country_code)}"
        if tag == "state" and place.region_code:
            attributes = f" state-code={_attr(place.region_code)}"
        inner.append((at, at + len(value), f"<{tag}{attributes}>", f"</{tag}>"))
    markup = _marked(place.text, inner)
    if place.country_code and place.country is None:
        markup += f"<country iso-cc={_attr(place.country_code)}/>"
    start = place.span.start - dateline.span.start
    return start, start + len(place.text), f"<location>{markup}</location>"


def _dateline(story: Story, dateline: Dateline) -> str:
    text = dateline.text
    parts: list[tuple[int, int, str]] = []
    location = _location(dateline)
    if location is not None:
        parts.append(location)
    date = dateline.date
    if date is not None:
        start = date.span.start - dateline.span.start
        norm = f" norm={_attr(story.date.strftime('%Y%m%dT000000'))}" if story.date else ""
        markup = f"<story.date{norm}>{_text(date.text)}</story.date>"
        parts.append((start, start + len(date.text), markup))
    out: list[str] = []
    position = 0
    for start, end, markup in sorted(parts):
        if start < position or end > len(text) or start < 0:
            continue
        out.extend((_text(text[position:start]), markup))
        position = end
    out.append(_text(text[position:]))
    return f"<dateline>{''.join(out)}</dateline>"


def _byline(byline: Byline) -> str:
    text = byline.text
    marks: list[tuple[int, int, str, str]] = []
    position = 0
    for name in byline.names:
        at = text.find(name, position)
        if at >= 0:
            marks.append((at, at + len(name), "<person>", "</person>"))
            position = at + len(name)
    title = byline.role or byline.organization
    if title:
        at = text.find(title, position)
        if at >= 0:
            marks.append((at, at + len(title), "<byttl>", "</byttl>"))
    return f"<byline>{_marked(text, marks)}</byline>"


def _media(photo: Photo) -> str:
    parts = ['<media media-type="image"><media-reference/>']
    caption = photo.caption.text if photo.caption is not None else None
    credit = photo.credit.text if photo.credit is not None else None
    if caption is None and credit is None:
        caption = photo.text
    if caption:
        parts.append(f"<media-caption>{_text(caption)}</media-caption>")
    if credit:
        parts.append(f"<media-producer>{_text(credit)}</media-producer>")
    parts.append("</media>")
    return "".join(parts)


def _quotes(story: Story) -> list[tuple[int, int, str]]:
    """``(start, end, quote-source)`` of each direct quotation piece, sorted, no overlap."""
    found: list[tuple[int, int, str]] = []
    for statement in story.statements:
        if statement.kind is not StatementKind.DIRECT:
            continue
        speaker = statement.speaker
        source = (speaker.name or speaker.text) if speaker is not None else ""
        found.extend((span.start, span.end, source) for span in statement.content.spans)
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for start, end, source in found:
        if end > start and (not kept or start >= kept[-1][1]):
            kept.append((start, end, source))
    return kept


def _paragraph(story: Story, span: Span, quotes: list[tuple[int, int, str]]) -> str:
    text = story.text[span.start : span.end]
    if _FOLDED.search(text, timeout=REGEX_TIMEOUT):
        return f"<pre>{_text(text)}</pre>"
    marks = []
    for start, end, source in quotes:
        if span.start <= start and end <= span.end:
            attribute = f" quote-source={_attr(source)}" if source.strip() else ""
            marks.append((start - span.start, end - span.start, f"<q{attribute}>", "</q>"))
    return f"<p>{_marked(text, marks)}</p>"


def to_nitf(story: Story, *, uri: str | None = None) -> str:
    r"""Write *story* as a NITF 3.6 document (a ``str``; valid against ``nitf-3-6.xsd``).

    Args:
        story: A parsed story.
        uri: The document's identifier (``doc-id/@id-string``); by default a
            ``urn:wirestory:sha1:...`` URN of the story text, stable across runs.

    >>> from wirestory import parse_story
    >>> story = parse_story('LONDON (Reuters) - "We will rebuild," Mayor Anna Novak said.')
    >>> document = to_nitf(story, uri="urn:x:1")
    >>> print(document[document.index("<dateline>") : document.index("</dateline>") + 11])
    <dateline><location><city>LONDON</city><country iso-cc="GB"/></location> (Reuters) -</dateline>
    >>> print(document[document.index("<p>") : document.index(" Mayor")])
    <p>LONDON (Reuters) - "<q quote-source="Anna Novak">We will rebuild</q>,"
    """
    if not isinstance(story, Story):
        raise TypeError(f"story must be a wirestory.Story, not {type(story).__name__}")
    if uri is not None and not isinstance(uri, str):
        raise TypeError(f"uri must be a str, not {type(uri).__name__}")
    lang = f" baselang={_attr(story.lang)}" if story.lang else ""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f"{_ROOT}{lang}>", "<head>"]
    if story.headline is not None:
        out.append(f"<title>{_text(story.headline.text)}</title>")
    agencies = _agencies(story)
    out.append("<docdata>")
    out.append(f"<doc-id id-string={_attr(uri if uri is not None else _default_uri(story))}/>")
    if agencies:
        out.append(f"<doc.copyright holder={_attr(agencies[0])}/>")
    out.append("</docdata>")
    if story.section is not None:
        out.append(f"<pubdata position.section={_attr(story.section.text)}/>")
    out.append("</head>")
    out.append("<body>")
    out.append("<body.head>")
    if story.headline is not None:
        out.append(f"<hedline><hl1>{_text(story.headline.text)}</hl1></hedline>")
    out.extend(_byline(byline) for byline in story.bylines)
    if agencies:
        out.append(
            "<distributor>"
            + "; ".join(f"<org>{_text(name)}</org>" for name in agencies)
            + "</distributor>"
        )
    if story.dateline is not None:
        out.append(_dateline(story, story.dateline))
    out.append("</body.head>")
    out.append("<body.content>")
    out.extend(_media(photo) for photo in story.photos)
    quotes = _quotes(story)
    blocks: list[tuple[int, str]] = []
    for number, paragraph in enumerate(story.paragraphs):
        span = paragraph.span
        if number == 0 and story.dateline is not None:
            span = Span(story.dateline.span.start, span.end)
        blocks.append((span.start, _paragraph(story, span, quotes)))
    if not story.paragraphs and story.dateline is not None:
        blocks.append((story.dateline.span.start, _paragraph(story, story.dateline.span, [])))
    blocks.extend((item.span.start, _paragraph(story, item.span, [])) for item in story.furniture)
    out.extend(markup for _, markup in sorted(blocks, key=lambda block: block[0]))
    out.append("</body.content>")
    if story.signoff is not None:
        lines = [_text(line.strip()) for line in story.signoff.text.splitlines() if line.strip()]
        out.append(f"<body.end><tagline>{'<br/>'.join(lines)}</tagline></body.end>")
    out.append("</body>")
    out.append("</nitf>")
    return "\n".join(out) + "\n"
