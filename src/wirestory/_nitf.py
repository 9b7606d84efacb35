r"""Read NITF (News Industry Text Format, IPTC; versions 3.x): :func:`read_nitf`.

What the reader takes from a NITF document, by element (NITF 3.6 names; older 3.x and
documents without the NITF namespace read the same way):

=============================================  ============================================
NITF                                           :class:`~wirestory.WireItem`
=============================================  ============================================
``head/pubdata/@position.section``             ``section``, first block of ``text``
``body.head/hedline/hl1`` (else ``head/title``) ``headline``, next block of ``text``
``body.head/byline``, each                     ``bylines``, blocks of ``text``
``body.head/dateline``                         ``dateline`` (its text), ``located``
                                               (``location``), ``dateline_date``
                                               (``story.date/@norm``)
``body.content`` blocks (``p``, ``pre``...)    the paragraphs of ``text``
``body.content//media``                        ``media``: ``media-caption``,
                                               ``media-producer``, ``media-reference/@source``
``body.end/tagline``                           last block of ``text``
``body.head/distributor``                      ``distributor``
``docdata/doc.copyright``, ``rights.owner``    ``copyright``
``docdata/doc-id/@id-string`` (else ``@uno``)  ``item_id``
``docdata/date.issue/@norm``                   ``first_created``
``docdata/date.release/@norm``                 ``version_created``
``@baselang``, ``@xml:lang``                   ``language``
``docdata/evloc``                              ``located``, ``country`` when the dateline
                                               names no place
=============================================  ============================================

The abstract, ``hl2`` and notes are not copied into ``text``: they repeat or annotate the
story. EFE's NITF puts only a timestamp in ``<dateline>``; it is read as it is, and
:func:`~wirestory.compare_item` reports it against the text's "Tegucigalpa, Jan 2 (EFE).-".
"""

from __future__ import annotations

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._wireitem import WireFormatError, WireItem, WireMedia
from wirestory._xml import (
    Element,
    attribute,
    blocks,
    byline_text,
    child,
    children,
    descendant,
    descendants,
    inline_text,
    local,
    parse_xml,
    timestamp,
)

__all__ = ["body_paragraphs", "nitf_element", "nitf_item", "read_nitf", "wire_copy"]


def read_nitf(xml: bytes | str) -> WireItem:
    r"""Read a NITF document (``bytes`` or ``str``) into a :class:`~wirestory.WireItem`.

    Raises :class:`~wirestory.WireFormatError` for XML that is malformed, unsafe
    (entity declarations, external entities, a DTD on the network) or not NITF.

    >>> item = read_nitf(
    ...     "<nitf><body><body.head><hedline><hl1>Storm hits port</hl1></hedline>"
    ...     "<byline>By Jane Doe</byline></body.head><body.content>"
    ...     "<p>GDANSK (Reuters) - A storm hit the port.</p><p>Ships waited.</p>"
    ...     "</body.content></body></nitf>"
    ... )
    >>> print(item.text)
    Storm hits port
    <BLANKLINE>
    By Jane Doe
    <BLANKLINE>
    GDANSK (Reuters) - A storm hit the port.
    <BLANKLINE>
    Ships waited.
    >>> item.headline, item.bylines
    ('Storm hits port', ('By Jane Doe',))
    """
    root, oddities = parse_xml(xml)
    return nitf_item(root, oddities)


def nitf_item(root: Element, oddities: list[str]) -> WireItem:
    """The :class:`~wirestory.WireItem` of a parsed ``<nitf>`` root element."""
    if local(root.tag) != "nitf":
        raise WireFormatError(f"not NITF: the root element is <{local(root.tag)}>", path="/")
    return nitf_element(root, oddities, path="/nitf")


def nitf_element(nitf: Element, oddities: list[str], *, path: str) -> WireItem:
    """The :class:`~wirestory.WireItem` of a ``<nitf>`` element (also inline in NewsML)."""
    body = child(nitf, "body")
    if body is None:
        raise WireFormatError("no <body> in the NITF document", path=path)
    head = child(nitf, "head")
    body_head = child(body, "body.head")
    docdata = child(head, "docdata")

    headline = inline_text(descendant(child(body_head, "hedline"), "hl1"))
    if headline is None:
        headline = inline_text(child(head, "title"))
    bylines = tuple(
        text for text in (byline_text(item) for item in _all(body_head, "byline")) if text
    )
    dateline_element = child(body_head, "dateline")
    dateline = inline_text(dateline_element)
    located = inline_text(descendant(dateline_element, "location"))
    country = inline_text(descendant(dateline_element, "country"))
    story_date = descendant(dateline_element, "story.date")
    dateline_date = timestamp(attribute(story_date, "norm"), oddities)
    evloc = child(docdata, "evloc")
    if located is None and evloc is not None:
        located = attribute(evloc, "city") or attribute(evloc, "county-dist")
        country = country or attribute(evloc, "iso-cc")

    paragraphs: list[str] = []
    media: list[WireMedia] = []
    for content in children(body, "body.content"):
        paragraphs.extend(blocks(content, oddities))
        media.extend(_media(item) for item in descendants(content, "media"))
    tagline_element = descendant(child(body, "body.end"), "tagline")
    taglines = blocks(tagline_element) if tagline_element is not None else []
    tagline = "\n".join(taglines) or None

    copyright_element = child(docdata, "doc.copyright")
    copyright_holder = attribute(copyright_element, "holder") or inline_text(
        descendant(body_head, "rights.owner")
    )
    doc_id = child(docdata, "doc-id")
    language = attribute(nitf, "baselang") or attribute(nitf, "lang") or attribute(body, "lang")
    section = attribute(child(head, "pubdata"), "position.section")
    return WireItem(
        format="nitf",
        text=wire_copy(headline, bylines, dateline, paragraphs, tagline, oddities, section=section),
        section=section,
        item_id=attribute(doc_id, "id-string") or attribute(nitf, "uno"),
        language=language,
        first_created=timestamp(attribute(child(docdata, "date.issue"), "norm"), oddities),
        version_created=timestamp(attribute(child(docdata, "date.release"), "norm"), oddities),
        headline=headline,
        bylines=bylines,
        dateline=dateline,
        dateline_date=dateline_date,
        located=located,
        country=country,
        distributor=inline_text(child(body_head, "distributor")),
        copyright=copyright_holder,
        media=tuple(media),
        oddities=tuple(dict.fromkeys(oddities)),
    )


def _all(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else list(children(element, name))


def _media(element: Element) -> WireMedia:
    reference = child(element, "media-reference")
    return WireMedia(
        caption=inline_text(child(element, "media-caption")),
        credit=inline_text(child(element, "media-producer")),
        media_type=attribute(element, "media-type") or "image",
        href=attribute(reference, "source"),
    )


def body_paragraphs(item: WireItem) -> list[str]:
    """Return the paragraphs of *item*'s wire copy, without its head.

    The section, headline and bylines :func:`wire_copy` laid out above them are dropped, so
    that inline NITF can be laid out again inside NewsML.
    """
    parts = item.text.split("\n\n") if item.text else []
    head = [item.section, item.headline, *item.bylines]
    while parts and parts[0] in head:
        head.remove(parts[0])
        parts.pop(0)
    return parts


#: The first word of a dateline ("Peine" of "Peine (dpa/lni) -"): the body has the dateline
#: already when one of its first paragraphs names it near its start.
_WORD = regex.compile(r"\w+")
_OPENING = 80
#: Characters that end a run-in dateline: "London (dpa) - ", "Tegucigalpa (EFE).-".
_DATELINE_ENDS = ("-", "\u2013", "\u2014", ":", "_")


def wire_copy(  # noqa: PLR0917  (the parts in reading order)
    headline: str | None,
    bylines: tuple[str, ...],
    dateline: str | None,
    paragraphs: list[str],
    tagline: str | None,
    oddities: list[str],
    *,
    section: str | None = None,
) -> str:
    r"""Lay the parts out as wire copy: one block each, separated by blank lines.

    The headline is left out when the body repeats it as its first block. A run-in dateline
    the metadata states ("London (dpa) - ", ending with a dash) opens the first paragraph
    when the body does not already start with it.

    >>> print(wire_copy("Storm", ("By Jo Li",), "GDANSK (AP) -", ["A storm hit."], None, []))
    Storm
    <BLANKLINE>
    By Jo Li
    <BLANKLINE>
    GDANSK (AP) - A storm hit.
    """
    body = list(paragraphs)
    if headline is not None and body and body[0].strip() == headline:
        body.pop(0)
    body = [p for p in body if p.strip() not in bylines]
    run_in = dateline is not None and dateline.rstrip().endswith(_DATELINE_ENDS)
    if run_in and dateline is not None and body:
        first_word = _WORD.search(dateline, timeout=REGEX_TIMEOUT)
        openings = " ".join(part[:_OPENING] for part in body[:3]).casefold()
        if first_word is not None and first_word[0].casefold() not in openings:
            body[0] = f"{dateline.strip()} {body[0].lstrip()}"
            oddities.append("the dateline comes from the metadata: the body has none")
    parts = [section, headline, *bylines, *body, tagline]
    return "\n\n".join(part for part in parts if part)
