r"""Read NewsML-G2 items (and NewsML 1.2 wrappers): :func:`read_newsml`.

NewsML-G2 (IPTC, 2.x) carries the metadata in ``itemMeta``/``contentMeta`` and the body in
``contentSet``, as inline NITF (``inlineXML``, ``application/nitf+xml``), inline XHTML
(``application/xhtml+xml``, dpa) or plain text (``inlineData``, ANSA; sometimes with
``<p>`` markup in it). The reader takes, by element:

====================================================  =====================================
NewsML-G2                                             :class:`~wirestory.WireItem`
====================================================  =====================================
``newsItem/@guid``, ``@version``                      ``item_id``, ``version``
``@xml:lang``, ``contentMeta/language/@tag``          ``language``
``itemMeta/firstCreated`` (else ``contentCreated``)   ``first_created``
``itemMeta/versionCreated``                           ``version_created``
``contentMeta/headline`` (the first)                  ``headline``
``contentMeta/by``                                    ``bylines``
``contentMeta/dateline``                              ``dateline``
``contentMeta/located`` (``name``, ``@literal``)      ``located``
``contentMeta/creditline``                            ``creditline``
``rightsInfo/copyrightHolder``                        ``copyright``
``contentSet`` (NITF, XHTML or text)                  ``text``
picture items: ``description``, ``creditline``        ``media``
====================================================  =====================================

A ``newsMessage`` may hold several items: :func:`read_newsml` reads the first that carries
text and notes the others in ``oddities``; :func:`~wirestory.read_items` reads them all.
IPTC's own examples are sometimes fragments (a ``contentMeta`` or an ``inlineXML`` element
alone); they read the same way.

NewsML 1.2 (``<NewsML>``, Belga, TASS) is read from ``NewsLines`` (``HeadLine``, ``ByLine``,
``DateLine``, ``CreditLine``, ``CopyrightLine``), ``NewsManagement`` (``FirstCreated``,
``ThisRevisionCreated``), ``Identification`` and the first text ``ContentItem`` (inline NITF
or text, with Belga's "Lead" and "Body" components joined).
"""

from __future__ import annotations

import textwrap

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._nitf import body_paragraphs, nitf_element, wire_copy
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
    one_line,
    parse_xml,
    timestamp,
)

__all__ = ["G2_ROOTS", "newsml_item", "newsml_items", "read_newsml", "text_blocks"]

#: Root elements read as NewsML-G2: the items, the message, and the fragments IPTC's own
#: examples show alone (LISTING 25 is an ``inlineXML``, LISTING 28 a ``contentMeta``).
G2_ROOTS = frozenset(
    {"newsItem", "newsMessage", "packageItem", "conceptItem", "knowledgeItem", "planningItem",
     "contentMeta", "contentSet", "inlineXML", "inlineData"}
)  # fmt: skip
#: Item classes of pictures and graphics (``ninat:picture``, ``icls:picture``).
_PICTURE = regex.compile(r"(?:picture|graphic|photo)", regex.IGNORECASE)
#: HTML markup inside a text body (ANSA's "<p>" in ``text/plain``, Belga's escaped
#: "&lt;b&gt;"): read as XML. Only HTML's own tag names count, so that ticker tags in wire
#: copy ("<BAC>", "<TXN.N>") stay text.
_MARKUP = regex.compile(
    r"""
    </?
    (?:p|br|b|i|u|em|strong|a|span|div|ul|ol|li|h[1-6]|blockquote|table|tr|td|th|sup|sub)
    (?:\s[^<>]*)?/?>                       # attributes, self-closing slash
    """,
    regex.VERBOSE,
)


def read_newsml(xml: bytes | str) -> WireItem:
    r"""Read a NewsML-G2 item or message, or a NewsML 1.2 document, into a WireItem.

    Raises :class:`~wirestory.WireFormatError` for XML that is malformed, unsafe or not
    NewsML.

    >>> item = read_newsml(
    ...     '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="2">'
    ...     "<contentMeta><headline>Storm hits port</headline>"
    ...     "<dateline>GDANSK</dateline></contentMeta><contentSet>"
    ...     '<inlineData contenttype="text/plain">GDANSK (Reuters) - A storm hit.</inlineData>'
    ...     "</contentSet></newsItem>"
    ... )
    >>> print(item.text)
    Storm hits port
    <BLANKLINE>
    GDANSK (Reuters) - A storm hit.
    >>> item.item_id, item.version, item.dateline
    ('urn:x:1', '2', 'GDANSK')
    """
    root, oddities = parse_xml(xml)
    return newsml_item(root, oddities)


def newsml_item(root: Element, oddities: list[str]) -> WireItem:
    """The :class:`~wirestory.WireItem` of a parsed NewsML (G2 or 1.2) root element."""
    name = local(root.tag)
    if name == "NewsML":
        return _newsml_12(root, oddities)
    if name not in G2_ROOTS:
        raise WireFormatError(f"not NewsML: the root element is <{name}>", path="/")
    items = [root] if name != "newsMessage" else list(descendants(root, "newsItem"))
    items += [] if name != "newsMessage" else list(descendants(root, "packageItem"))
    if not items:
        raise WireFormatError("the message holds no newsItem", path="/newsMessage")
    chosen = next((item for item in items if _has_text(item)), items[0])
    if len(items) > 1:
        oddities.append(
            f"the message holds {len(items)} items; item {items.index(chosen) + 1} read"
        )
    path = f"/{name}" + ("" if chosen is root else f"/itemSet/{local(chosen.tag)}")
    return _g2_item(chosen, oddities, path)


def newsml_items(root: Element, oddities: list[str]) -> tuple[WireItem, ...]:
    """Every item of a parsed ``newsMessage`` (in order), or the one item of any other root."""
    if local(root.tag) != "newsMessage":
        return (newsml_item(root, oddities),)
    items = [node for node in root.iter() if local(node.tag) in {"newsItem", "packageItem"}]
    if not items:
        raise WireFormatError("the message holds no newsItem", path="/newsMessage")
    return tuple(
        _g2_item(item, list(oddities), f"/newsMessage/itemSet/{local(item.tag)}[{number}]")
        for number, item in enumerate(items, 1)
    )


def _has_text(item: Element) -> bool:
    content = descendant(item, "contentSet")
    return content is not None and any(
        local(node.tag) in {"inlineXML", "inlineData"} for node in content
    )


def _g2_item(item: Element, oddities: list[str], path: str) -> WireItem:
    meta = item if local(item.tag) == "contentMeta" else child(item, "contentMeta")
    item_meta = child(item, "itemMeta")
    headline_elements = list(children(meta, "headline")) if meta is not None else []
    main = next((h for h in headline_elements if attribute(h, "role") in {None, "hld:main"}), None)
    headline = inline_text(main if main is not None else next(iter(headline_elements), None))
    bylines = tuple(
        text for text in (byline_text(by) for by in _all(meta, "by")) if text is not None
    )
    located_element = child(meta, "located")
    located = inline_text(child(located_element, "name")) or attribute(located_element, "literal")
    if located is None and located_element is not None:
        qcode = attribute(located_element, "qcode")
        located = qcode.split(":", 1)[-1] if qcode else None
    language = attribute(item, "lang") or attribute(child(meta, "language"), "tag")
    holder = descendant(child(item, "rightsInfo"), "copyrightHolder")
    copyright_holder = inline_text(child(holder, "name")) or attribute(holder, "literal")

    paragraphs: list[str] = []
    media: list[WireMedia] = []
    nitf: WireItem | None = None
    content_set = item if local(item.tag) in _CONTENT_HOLDERS else child(item, "contentSet")
    if content_set is not None:
        paragraphs, media, nitf = _g2_body(content_set, oddities, f"{path}/contentSet")
    creditline = inline_text(child(meta, "creditline"))
    item_class = attribute(child(item_meta, "itemClass"), "qcode") or ""
    if _PICTURE.search(item_class, timeout=REGEX_TIMEOUT):
        caption = next(
            (d for d in _all(meta, "description") if "caption" in (attribute(d, "role") or "")),
            child(meta, "description"),
        )
        remote = descendant(child(item, "contentSet"), "remoteContent")
        media.append(
            WireMedia(
                caption=inline_text(caption),
                credit=creditline,
                media_type="graphic" if "graphic" in item_class else "image",
                href=attribute(remote, "href"),
            )
        )
    # What the contentMeta says first; the inline NITF's head where it says nothing.
    dateline = inline_text(child(meta, "dateline"))
    if nitf is not None:
        headline = headline or nitf.headline
        bylines = bylines or nitf.bylines
        dateline = dateline or nitf.dateline
        located = located or nitf.located
        copyright_holder = copyright_holder or nitf.copyright
    return WireItem(
        format="newsml-g2",
        text=wire_copy(headline, bylines, dateline, paragraphs, None, oddities),
        item_id=attribute(item, "guid"),
        version=attribute(item, "version"),
        language=language,
        first_created=timestamp(
            _text(child(item_meta, "firstCreated")) or _text(child(meta, "contentCreated")),
            oddities,
        ),
        version_created=timestamp(_text(child(item_meta, "versionCreated")), oddities),
        headline=headline,
        bylines=bylines,
        dateline=dateline,
        dateline_date=nitf.dateline_date if nitf is not None else None,
        located=located,
        country=nitf.country if nitf is not None else None,
        creditline=creditline,
        distributor=nitf.distributor if nitf is not None else None,
        copyright=copyright_holder,
        media=tuple(media),
        oddities=tuple(dict.fromkeys(oddities)),
    )


#: Elements that hold an item's content (IPTC's examples show the last two alone).
_CONTENT_HOLDERS = frozenset({"contentSet", "inlineXML", "inlineData"})


def _g2_body(
    content_set: Element, oddities: list[str], path: str
) -> tuple[list[str], list[WireMedia], WireItem | None]:
    """Paragraphs, media and (for inline NITF) the NITF item of the first text content."""
    holders = (
        [content_set]
        if local(content_set.tag) in {"inlineXML", "inlineData"}
        else [node for node in content_set if local(node.tag) in {"inlineXML", "inlineData"}]
    )
    for holder in holders:
        nitf = descendant(holder, "nitf")
        if nitf is not None:
            inline = nitf_element(nitf, oddities, path=f"{path}/{local(holder.tag)}/nitf")
            return body_paragraphs(inline), list(inline.media), inline
        html_body = descendant(holder, "body")
        if html_body is not None:
            main = next(
                (s for s in descendants(html_body, "section") if "main" in _classes(s)), html_body
            )
            return blocks(main, oddities), [], None
        if len(holder) and local(holder.tag) == "inlineXML":
            return blocks(holder, oddities), [], None
        text = holder.text or ""
        if text.strip():
            return text_blocks(text, oddities), [], None
    return [], [], None


def _classes(element: Element) -> list[str]:
    return (attribute(element, "class") or "").split()


def text_blocks(text: str, oddities: list[str]) -> list[str]:
    """Paragraphs of a text body; markup inside it (``<p>``, ``<b>``) is read as XML."""
    if _MARKUP.search(text, timeout=REGEX_TIMEOUT):
        oddities.append("markup inside a plain-text body, read as XML")
        try:
            fragment, _ = parse_xml(f"<div>{text}</div>")
        except WireFormatError:
            oddities.append("markup inside a plain-text body is not well formed; tags dropped")
            return _plain(_MARKUP.sub(_tag_break, text, timeout=REGEX_TIMEOUT))
        return blocks(fragment, oddities)
    return _plain(text)


def _tag_break(tag: regex.Match[str]) -> str:
    """What a dropped HTML tag leaves: a blank line for a paragraph, a line break for <br>."""
    name = tag[0].lstrip("</").lower()
    if name.startswith(("p ", "p>", "p/", "div")):
        return "\n\n"
    return "\n" if name.startswith("br") else ""


#: A blank line (white space only) between paragraphs of a plain-text body.
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")


def _plain(text: str) -> list[str]:
    r"""Split a plain-text body into paragraphs at blank lines.

    The indentation the XML's pretty-printing gave every line but the first (Belga's
    ``DataContent``) is removed.

    >>> _plain("ONE\n      two\n      three\n\n   four")
    ['ONE\ntwo\nthree', 'four']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for part in _BLANK_LINE.split(text.strip()):
        first, _, rest = part.strip().partition("\n")
        if rest:
            first = f"{first}\n{textwrap.dedent(rest)}"
        if first.strip():
            paragraphs.append(first)
    return paragraphs


def _all(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else list(children(element, name))


def _text(element: Element | None) -> str | None:
    return None if element is None else one_line(element.text)


# --------------------------------------------------------------------------------------------
# NewsML 1.2
# --------------------------------------------------------------------------------------------

#: Component roles whose content is not body text (NewsML 1.2 topic set, Belga's roles).
_NOT_BODY_ROLES = frozenset({"title", "caption", "headline", "keywords", "short"})
_MEDIA_TYPES = frozenset({"photo", "image", "picture", "graphic", "video", "audio"})


def _newsml_12(root: Element, oddities: list[str]) -> WireItem:
    oddities.append("NewsML 1.2 wrapper")
    news_item = descendant(root, "NewsItem")
    if news_item is None:
        raise WireFormatError("no NewsItem in the NewsML document", path="/NewsML")
    parents = {node: parent for parent in news_item.iter() for node in parent}
    content = next((c for c in descendants(news_item, "ContentItem") if _is_text(c, parents)), None)
    component = parents.get(content) if content is not None else None
    lines = _nearest(component, parents, "NewsLines") if component is not None else None
    lines = lines if lines is not None else descendant(news_item, "NewsLines")

    paragraphs: list[str] = []
    nitf_head: WireItem | None = None
    if component is not None:
        group = parents.get(component, component)
        for item in descendants(group, "ContentItem"):
            if not _is_text(item, parents):
                continue
            data = child(item, "DataContent")
            nitf = descendant(data, "nitf")
            if nitf is not None:
                nitf_head = nitf_element(nitf, oddities, path="/NewsML/NewsItem//DataContent/nitf")
                paragraphs.extend(body_paragraphs(nitf_head))
            elif data is not None and len(data):
                paragraphs.extend(blocks(data, oddities))
            elif data is not None and data.text and data.text.strip():
                paragraphs.extend(text_blocks(data.text, oddities))
    identifier = descendant(news_item, "NewsIdentifier")
    public = _text(child(identifier, "PublicIdentifier"))
    item_id = public if public and public.count(":") > 3 else None
    if item_id is None and identifier is not None:
        parts = [_text(child(identifier, n)) for n in ("ProviderId", "DateId", "NewsItemId")]
        item_id = ":".join(p for p in parts if p) or None
    management = child(news_item, "NewsManagement")
    location = _origin(news_item)
    language_element = descendant(news_item, "Language")
    headline = _text(child(lines, "HeadLine")) or (nitf_head.headline if nitf_head else None)
    bylines = tuple(t for t in (byline_text(b) for b in _all(lines, "ByLine")) if t)
    dateline = inline_text(child(lines, "DateLine"))
    return WireItem(
        format="newsml-1.2",
        text=wire_copy(headline, bylines, dateline, paragraphs, None, oddities),
        item_id=item_id,
        version=_text(child(identifier, "RevisionId")),
        language=attribute(language_element, "FormalName") or _lang(component, parents),
        first_created=timestamp(_text(child(management, "FirstCreated")), oddities),
        version_created=timestamp(_text(child(management, "ThisRevisionCreated")), oddities),
        headline=headline,
        bylines=bylines,
        dateline=dateline,
        located=location[0],
        country=location[1],
        creditline=inline_text(child(lines, "CreditLine")),
        copyright=inline_text(descendant(news_item, "CopyrightLine")),
        oddities=tuple(dict.fromkeys(oddities)),
    )


def _is_text(content: Element, parents: dict[Element, Element]) -> bool:
    component = parents.get(content)
    role = attribute(child(component, "Role"), "FormalName") if component is not None else None
    if role is not None and role.lower() in _NOT_BODY_ROLES:
        return False
    media = (attribute(child(content, "MediaType"), "FormalName") or "").lower()
    mime = (attribute(child(content, "MimeType"), "FormalName") or "").lower()
    if media in _MEDIA_TYPES or mime.startswith(("image/", "audio/", "video/")):
        return False
    data = child(content, "DataContent")
    return data is not None and (len(data) > 0 or bool(data.text and data.text.strip()))


def _nearest(start: Element, parents: dict[Element, Element], name: str) -> Element | None:
    node: Element | None = start
    while node is not None:
        found = child(node, name)
        if found is not None:
            return found
        node = parents.get(node)
    return None


def _origin(news_item: Element) -> tuple[str | None, str | None]:
    for location in descendants(news_item, "Location"):
        values = {
            attribute(p, "FormalName"): attribute(p, "Value")
            for p in children(location, "Property")
        }
        city = one_line(values.get("City"))
        if city:
            return city, one_line(values.get("Country"))
    return None, None


def _lang(component: Element | None, parents: dict[Element, Element]) -> str | None:
    node = component
    while node is not None:
        lang = attribute(node, "lang")
        if lang:
            return lang
        node = parents.get(node)
    return None
