"""The models of an XML wire item (NITF, NewsML-G2, NewsML 1.2) and its typed error.

A :class:`WireItem` is what :func:`~wirestory.read_nitf` and :func:`~wirestory.read_newsml`
find in a newsroom's XML: the body laid out as plain wire copy (``text``, the layout
:func:`~wirestory.parse_story` reads) and the metadata the XML states, as it states it.
:func:`~wirestory.parse_item` turns it into a :class:`~wirestory.Story`, and
:func:`~wirestory.compare_item` lists where the text and the metadata disagree
(:class:`Disagreement`). Like every model here, these hold no parsing logic.
"""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["Disagreement", "WireFormatError", "WireItem", "WireMedia"]


class WireFormatError(ValueError):
    """XML that cannot be read as a wire item, with the path of the element at fault.

    ``path`` is the element path where reading stopped (``"/nitf/body/body.content"``), or
    ``"/"`` when the document itself is at fault (not XML, a forbidden DTD or entity).

    >>> error = WireFormatError("no <body> in the NITF document", path="/nitf")
    >>> str(error), error.path
    ('/nitf: no <body> in the NITF document', '/nitf')
    >>> isinstance(error, ValueError)
    True
    """

    def __init__(self, message: str, *, path: str = "/") -> None:
        super().__init__(f"{path}: {message}")
        self.message = message
        self.path = path


@attrs.frozen(kw_only=True)
class WireMedia:
    """A photo (or other media) an item carries: its caption and credit as the XML gives them.

    >>> WireMedia(caption="Fans cheer in Kyiv.", credit="REUTERS/Gleb Garanich").credit
    'REUTERS/Gleb Garanich'
    """

    caption: str | None = None
    credit: str | None = None
    media_type: str = "image"
    """``image``, ``video``, ``audio``... as the XML classifies it (``image`` by default)."""
    href: str | None = None
    """Where the media file is, when the XML says (``media-reference/@source``,
    ``remoteContent/@href``)."""


@attrs.frozen(kw_only=True)
class WireItem:
    r"""A wire item read from XML: the body as wire copy plus the metadata the XML states.

    ``text`` lays the item out as a wire editor would send it: headline, bylines, then the
    paragraphs (the first one carrying the dateline when the copy has one) and the tagline,
    separated by blank lines. The metadata fields hold what the XML says, whitespace
    collapsed, ``None`` where it says nothing. ``oddities`` lists what was read leniently
    (a timestamp offset without a colon, XHTML ``<meta>`` inside a body, several items in
    one message...).

    >>> item = WireItem(text="Storm hits port\n\nGDANSK (Reuters) - A storm hit.", format="nitf")
    >>> item.text.split("\n\n")[0], item.headline, item.oddities
    ('Storm hits port', None, ())
    """

    text: str = attrs.field(repr=False)
    format: str
    """``"nitf"``, ``"newsml-g2"`` or ``"newsml-1.2"``."""
    item_id: str | None = None
    version: str | None = None
    language: str | None = None
    """The language tag the XML states (``"en-US"``, ``"de"``)."""
    first_created: dt.datetime | None = None
    version_created: dt.datetime | None = None
    section: str | None = None
    """The section the item is filed under, when the XML says (NITF
    ``pubdata/@position.section``); it opens ``text`` as wire copy's kicker line does."""
    headline: str | None = None
    bylines: tuple[str, ...] = ()
    """Each byline as the XML writes it (``<byline>``, ``<by>``, ``<ByLine>``)."""
    dateline: str | None = None
    """The dateline element's text ("MOSCOW, Monday (Reuters)", or just a date)."""
    dateline_date: dt.datetime | None = None
    """The date the dateline element states in machine form (``story.date/@norm``)."""
    located: str | None = None
    """Where the story was written, as the metadata names it ("London", "MOSCOW")."""
    country: str | None = None
    """The located country as the metadata gives it ("RUS", "Russia"), if it does."""
    creditline: str | None = None
    distributor: str | None = None
    copyright: str | None = None
    media: tuple[WireMedia, ...] = ()
    oddities: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Disagreement:
    """Where an item's metadata and its text say different things (data, not an error).

    ``field`` names what disagrees (``"dateline"``, ``"headline"``, ``"date"``...), ``item``
    is what the XML states and ``text`` what the story text says (``None``: says nothing).

    >>> Disagreement(field="dateline", item="January 21", text="MOSCOW, January 21. /TASS/.")
    Disagreement(field='dateline', item='January 21', text='MOSCOW, January 21. /TASS/.', note='')
    """

    field: str
    item: str | None
    text: str | None
    note: str = ""
