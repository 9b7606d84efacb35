"""Secure, lenient XML reading shared by the NITF and NewsML readers.

* :func:`parse_xml` parses untrusted XML with :mod:`defusedxml`: entity declarations
  (billion laughs), external entities and DTDs that point at the network are refused with
  :class:`~wirestory.WireFormatError`; nothing is ever fetched. A DOCTYPE that only names a
  local DTD ("nitf-3-2.dtd", as older NITF feeds write) is ignored and noted as an oddity.
  Malformed XML is refused with the path of the element that was open where it broke.
* :func:`blocks` lays a body (NITF ``<body.content>``, XHTML ``<body>``) out as wire copy:
  one string per block (paragraph, heading, list item), inline markup dropped, ``<br/>``
  kept as a line break; whitespace that only indents the XML is removed.
* :func:`parse_timestamp` reads ISO 8601 timestamps in the forms feeds really use, and says
  when the form is not the standard one (an offset without a colon, "+1000").
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import regex
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from wirestory._checks import REGEX_TIMEOUT
from wirestory._wireitem import WireFormatError

__all__ = [
    "Element",
    "blocks",
    "byline_text",
    "child",
    "children",
    "descendant",
    "descendants",
    "inline_text",
    "local",
    "one_line",
    "parse_timestamp",
    "parse_xml",
    "timestamp",
]

Element = ET.Element

#: A system identifier that would make a validating parser go to the network.
_REMOTE = regex.compile(r"^\s*(?:[a-z][a-z0-9+.\-]*:)?//|^\s*(?:https?|ftp|file):", regex.I)


#: How deep elements may nest. News items nest a few dozen levels at most (a NewsML 1.2
#: wrapper around inline NITF around a table); the cap keeps every walk over the tree
#: linear and far from Python's recursion limit.
MAX_DEPTH = 200


class _PathTarget:
    """A tree builder that remembers the path of open elements (for error messages)."""

    def __init__(self) -> None:
        self.builder = ET.TreeBuilder()
        self.stack: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> Element:
        if len(self.stack) >= MAX_DEPTH:
            raise WireFormatError(f"elements nest deeper than {MAX_DEPTH}", path=self.path())
        self.stack.append(local(tag))
        return self.builder.start(tag, attrib)

    def end(self, tag: str) -> Element:
        if self.stack:
            self.stack.pop()
        return self.builder.end(tag)

    def data(self, data: str) -> None:
        self.builder.data(data)

    def close(self) -> Element:
        return self.builder.close()

    def path(self) -> str:
        return "/" + "/".join(self.stack)


class _Parser(DefusedXMLParser):
    """defusedxml's parser, with DTDs checked instead of refused outright."""

    def __init__(self, target: _PathTarget) -> None:
        super().__init__(target=target, forbid_dtd=True, forbid_entities=True)
        self.oddities: list[str] = []

    def defused_start_doctype_decl(
        self, name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool
    ) -> None:
        if sysid and _REMOTE.search(sysid):
            raise WireFormatError(f"DOCTYPE {name} points at {sysid!r}: refused (no network)")
        if has_internal_subset:
            raise WireFormatError(f"DOCTYPE {name} has an internal subset: refused")
        self.oddities.append(f"DOCTYPE {name} ({sysid or pubid or 'no identifier'}) ignored")


def parse_xml(xml: bytes | str) -> tuple[Element, list[str]]:
    """Parse *xml* securely; return its root element and the oddities met on the way.

    >>> root, oddities = parse_xml("<nitf><body/></nitf>")
    >>> root.tag, oddities
    ('nitf', [])
    >>> parse_xml("<nitf><body></nitf>")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    wirestory._wireitem.WireFormatError: /nitf/body: not well-formed XML: mismatched tag: ...
    """
    if isinstance(xml, str):
        # A str has been decoded already: its declared encoding no longer applies.
        return _parse(_without_encoding(xml.encode("utf-8", "surrogatepass")))
    if not isinstance(xml, bytes | bytearray | memoryview):
        raise TypeError(f"xml must be bytes or str, not {type(xml).__name__}")
    data = bytes(xml)
    try:
        return _parse(data)
    except WireFormatError as error:
        if not error.message.startswith("not well-formed") or not _claims_utf8(data):
            raise
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            # Declared (or defaulting to) UTF-8 but written in a Windows code page: a common
            # fault of newsroom exports. Read as Windows-1252, and say so.
            root, oddities = _parse(_without_encoding(data.decode("cp1252", "replace").encode()))
            return root, [*oddities, "not UTF-8 as declared; read as Windows-1252"]
        raise


def _parse(data: bytes) -> tuple[Element, list[str]]:
    if not data.strip():
        raise WireFormatError("empty document")
    target = _PathTarget()
    parser = _Parser(target)
    try:
        parser.feed(data)
        root = parser.close()
    except WireFormatError:
        raise
    except DefusedXmlException as error:
        raise WireFormatError(f"refused: {type(error).__name__}: {error}") from None
    except ET.ParseError as error:
        raise WireFormatError(f"not well-formed XML: {error}", path=target.path()) from None
    except (ValueError, LookupError, UnicodeError) as error:  # unknown declared encoding ...
        raise WireFormatError(f"cannot decode: {error}", path=target.path()) from None
    if not isinstance(root, ET.Element):
        raise WireFormatError("no root element")
    return root, parser.oddities


#: The XML declaration, when the document opens with one (after a byte order mark or white
#: space), and its encoding pseudo-attribute.
_DECLARATION = regex.compile(rb"(?:\xef\xbb\xbf)?\s*<\?xml\b[^>]{0,200}\?>")
_ENCODING = regex.compile(rb"\s+encoding\s*=\s*['\"](?P<name>[^'\"]*)['\"]")


def _without_encoding(data: bytes) -> bytes:
    """*data* (UTF-8) with the encoding dropped from its XML declaration, if any."""
    declaration = _DECLARATION.match(data)
    if declaration is None:
        return data
    end = declaration.end()
    return _ENCODING.sub(b"", data[:end], count=1) + data[end:]


def _claims_utf8(data: bytes) -> bool:
    declaration = _DECLARATION.match(data)
    encoding = _ENCODING.search(declaration[0]) if declaration is not None else None
    return encoding is None or encoding["name"].lower().replace(b"_", b"-") in {b"utf-8", b"utf8"}


# --------------------------------------------------------------------------------------------
# navigation by local name (feeds mix namespaced and plain tags)
# --------------------------------------------------------------------------------------------


def local(tag: Any) -> str:
    """The local part of an element tag: ``"{http://...}p"`` -> ``"p"``."""
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1]


def children(element: Element, name: str) -> Iterator[Element]:
    """The direct children of *element* with local name *name*."""
    return (item for item in element if local(item.tag) == name)


def child(element: Element | None, name: str) -> Element | None:
    """The first direct child of *element* with local name *name*, or ``None``."""
    if element is None:
        return None
    return next(children(element, name), None)


def descendants(element: Element, name: str) -> Iterator[Element]:
    """Every element under *element* (itself included) with local name *name*."""
    return (item for item in element.iter() if local(item.tag) == name)


def descendant(element: Element | None, name: str) -> Element | None:
    """The first element under *element* with local name *name*, or ``None``."""
    if element is None:
        return None
    return next(descendants(element, name), None)


def attribute(element: Element | None, name: str) -> str | None:
    """The attribute *name* of *element* whatever its namespace (``xml:lang`` as ``lang``)."""
    if element is None:
        return None
    for key, value in element.attrib.items():
        if local(key) == name:
            return value
    return None


# --------------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------------

_SPACES = regex.compile(r"\s+")
#: A run of white space that holds a line break: the break is kept, the indentation goes.
_BREAKING_SPACE = regex.compile(r"[^\S\n]*\n\s*")


def one_line(text: str | None) -> str | None:
    """Collapse each run of white space in *text* to one space and strip the ends.

    ``None`` for ``None`` or blank text.
    """
    if text is None:
        return None
    collapsed = _SPACES.sub(" ", text, timeout=REGEX_TIMEOUT).strip()
    return collapsed or None


def byline_text(element: Element | None) -> str | None:
    r"""Return a byline's text, its child elements kept apart from their neighbours.

    A ``<person>`` run into the text gets a space; a ``<byttl>`` run in goes on a line of
    its own, as AP sends "By BERNARD CONDON" with "AP Business Writer" under it.

    >>> root, _ = parse_xml("<byline>By<person>Jo Li</person><byttl>AP Writer</byttl></byline>")
    >>> byline_text(root)
    'By Jo Li\nAP Writer'
    """
    if element is None:
        return None
    parts = [element.text or ""]
    for item in element:
        text = "".join(item.itertext())
        before = next((part[-1] for part in reversed(parts) if part), "")
        # A separator only where the markup alone kept two words apart ("By<person>").
        if before and not before.isspace() and text[:1].isalnum():
            parts.append("\n" if local(item.tag) == "byttl" else " ")
        parts.append(text)
        parts.append(item.tail or "")
    lines = (one_line(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line) or None


def inline_text(element: Element | None) -> str | None:
    """The text of *element* and all its descendants on one line (``None`` if blank)."""
    if element is None:
        return None
    return one_line("".join(element.itertext()))


#: Elements that are blocks of a body: each becomes a paragraph of the wire copy.
#: NITF 3.6 ``blockContent`` (``p``, ``hl2``, ``pre``, ``li``...) and the XHTML blocks.
BLOCK_TAGS = frozenset(
    {
        "p", "hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "dt", "dd",
        "tr", "address", "caption", "figcaption",
    }
)  # fmt: skip
#: Elements whose content is no part of the story text: metadata, scripts, media (read
#: apart as captions), XHTML page headers (slug lines, the headline again).
SKIP_TAGS = frozenset(
    {
        "head", "meta", "title", "script", "style", "media", "figure", "header", "nav",
        "footer", "img", "object", "noscript", "hedline", "byline", "dateline", "abstract",
        "note", "rights", "series", "distributor", "body.head", "body.end", "aside",
    }
)  # fmt: skip


def blocks(element: Element, oddities: list[str] | None = None) -> list[str]:
    r"""The blocks of a body as wire-copy paragraphs, in document order.

    Inline markup (``<q>``, ``<em>``, ``<span class="dateline">``) is dropped and its text
    kept; ``<br/>`` becomes a line break; white space that holds a line break becomes one
    line break (pretty-printed XML indents its text); ``<pre>`` keeps its text as it is.
    Text directly inside a container (``<block>``, ``<div>``) is a paragraph of its own.

    >>> root, _ = parse_xml(
    ...     "<body.content><p>A <q>storm</q> hit.</p><div>Ships<br/>waited.</div></body.content>"
    ... )
    >>> blocks(root)
    ['A storm hit.', 'Ships\nwaited.']
    """
    out: list[str] = []
    _walk(element, out, oddities if oddities is not None else [], top=True)
    return out


#: Classes of XHTML blocks that are no part of the copy: dpa digitalwires marks its summary
#: ``<p class="teaser">`` (a repeat of ``description role="drol:teaser"``, six dpa items)
#: and its ``<ul class="slugline">``, like NITF's ``<abstract>`` the reader leaves out.
SKIP_CLASSES = frozenset({"teaser", "slugline", "notepad"})


def _skipped(element: Element) -> bool:
    classes = element.get("class")
    return classes is not None and not SKIP_CLASSES.isdisjoint(classes.split())


def _walk(element: Element, out: list[str], oddities: list[str], *, top: bool = False) -> None:
    name = local(element.tag)
    if not top and (name in SKIP_TAGS or _skipped(element)):
        if name == "meta":
            note = "XHTML <meta> inside the body, ignored"
            if note not in oddities:
                oddities.append(note)
        return
    if not top and name in BLOCK_TAGS:
        _add(out, _block_text(element), preformatted=name == "pre")
        return
    # A container: its loose text and each child's tail are paragraphs of their own.
    pieces = [element.text or ""]
    for item in element:
        item_name = local(item.tag)
        if item_name in BLOCK_TAGS or _has_block(item):
            _add(out, "".join(pieces))
            pieces = []
            _walk(item, out, oddities)
        elif item_name in SKIP_TAGS or _skipped(item):
            _walk(item, out, oddities)  # notes a <meta>
        else:
            pieces.append(_inline(item))
        pieces.append(item.tail or "")
    _add(out, "".join(pieces))


#: Table cells (NITF and XHTML): read as the cells of a line.
_CELLS = frozenset({"td", "th"})


def _has_block(element: Element) -> bool:
    return any(local(item.tag) in BLOCK_TAGS for item in element.iter())


def _inline(element: Element) -> str:
    """The text of an inline element, ``<br/>`` as a line break, skipped parts dropped."""
    name = local(element.tag)
    if name == "br":
        return "\n"
    if name in SKIP_TAGS:
        return ""
    if name in _CELLS:  # a table cell: cells of a row apart by a tab
        return "".join(element.itertext()) + "\t"
    parts = [element.text or ""]
    for item in element:
        parts.append(_inline(item))
        parts.append(item.tail or "")
    return "".join(parts)


def _block_text(element: Element) -> str:
    parts = [element.text or ""]
    for item in element:
        parts.append(_inline(item))
        parts.append(item.tail or "")
    return "".join(parts)


def _add(out: list[str], text: str, *, preformatted: bool = False) -> None:
    if preformatted:
        text = text.strip("\n").rstrip()
    else:
        text = _BREAKING_SPACE.sub("\n", text.strip(), timeout=REGEX_TIMEOUT)
    if text.strip():
        out.append(text)


# --------------------------------------------------------------------------------------------
# timestamps
# --------------------------------------------------------------------------------------------

#: ISO 8601 as feeds write it: extended ("2022-10-11T11:14:42+02:00") or basic
#: ("20170102T222800+0000", NITF's ``norm``), fractions ("13:51:00.000Z"), an offset with
#: or without its colon ("+1000": ANSA; "+0000": EFE), or none (NewsML 1.2's local time).
_TIMESTAMP = regex.compile(
    r"""
    \s*
    (?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})        # 2022-10-11 or 20221011
    (?:
        [T\ ]
        (?P<hour>\d{2}):?(?P<minute>\d{2})                    # 11:14 or 1114
        (?::?(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?    # :42.000
    )?
    (?P<offset>
        Z
        | (?P<sign>[+-])(?P<oh>\d{2})(?P<colon>:?)(?P<om>\d{2})?  # +02:00, +0200, +02
    )?
    \s*
    """,
    regex.VERBOSE,
)


def timestamp(value: str | None, oddities: list[str]) -> dt.datetime | None:
    """:func:`parse_timestamp`, its note (if any) added to *oddities*."""
    stamp, note = parse_timestamp(value)
    if note is not None:
        oddities.append(note)
    return stamp


def parse_timestamp(value: str | None) -> tuple[dt.datetime | None, str | None]:
    """Read an ISO 8601 timestamp; return it and an oddity note (or ``None``).

    A timestamp without an offset is returned naive. A malformed one gives ``(None, note)``.

    >>> stamp, note = parse_timestamp("2017-02-24T13:51:00+1000")
    >>> stamp.isoformat(), note
    ('2017-02-24T13:51:00+10:00', 'timestamp offset without a colon: 2017-02-24T13:51:00+1000')
    >>> parse_timestamp("20170102T222800+0000")[0].isoformat()
    '2017-01-02T22:28:00+00:00'
    """
    if value is None or not value.strip():
        return None, None
    match = _TIMESTAMP.fullmatch(value, timeout=REGEX_TIMEOUT)
    if match is None:
        return None, f"unreadable timestamp: {value.strip()!r}"
    note = None
    tz: dt.tzinfo | None = None
    if match["offset"] == "Z":
        tz = dt.UTC
    elif match["sign"]:
        minutes = int(match["oh"]) * 60 + int(match["om"] or 0)
        tz = dt.timezone(dt.timedelta(minutes=-minutes if match["sign"] == "-" else minutes))
        extended = "-" in value.strip()[:10]
        if extended and not match["colon"]:
            note = f"timestamp offset without a colon: {value.strip()}"
    try:
        stamp = dt.datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            int(match["second"] or 0),
            int((match["fraction"] or "0")[:6].ljust(6, "0")),
            tzinfo=tz,
        )
    except ValueError:
        return None, f"impossible timestamp: {value.strip()!r}"
    return stamp, note
