r"""From an XML wire item to a story: :func:`read_item`, :func:`parse_item`, :func:`compare_item`.

:func:`read_item` reads any item the library knows by its root element (NITF, NewsML-G2,
NewsML 1.2) and refuses other XML (RSS, Atom, agency formats) with a
:class:`~wirestory.WireFormatError` that says what it is. :func:`parse_item` parses the
item's wire copy with the item's own timestamps as the reference date, and takes what the
XML states as evidence where the text is silent (the date of the dateline, the language).
:func:`compare_item` lists where the two disagree (:class:`~wirestory.Disagreement`):
data for the user, never an error.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from wirestory._agencies import agency_from_text, lookup_agency
from wirestory._checks import REGEX_TIMEOUT
from wirestory._models import Dateline, Paragraph, Place, Span, Story
from wirestory._newsml import G2_ROOTS, newsml_item, newsml_items
from wirestory._nitf import nitf_item
from wirestory._wireitem import Disagreement, WireFormatError, WireItem
from wirestory._xml import Element, local, one_line, parse_timestamp, parse_xml

__all__ = ["compare_item", "item_reference", "parse_item", "read_item", "read_items"]

#: Root elements of XML that is not a wire item the library reads, with what it is; each
#: is met in newsroom feeds (superdesk's ingest fixtures hold all of them).
OTHER_FORMATS: dict[str, str] = {
    "rss": "an RSS feed",  # <rss version="2.0">, WordPress WXR exports
    "feed": "an Atom feed",  # <feed xmlns="http://www.w3.org/2005/Atom">
    "RDF": "an RSS 1.0 (RDF) feed",  # <rdf:RDF>
    "RBNews": "a Ritzau RBNews item",  # Ritzau's own format
    "XMLNewsQueuedResponse": "a Ritzau queue response",  # Ritzau's feed envelope
    "html": "an HTML page",  # <html>
}


def read_item(xml: bytes | str) -> WireItem:
    r"""Read a NITF, NewsML-G2 or NewsML 1.2 item, told apart by its root element.

    >>> item = read_item(
    ...     "<nitf><body><body.content><p>Ships waited.</p></body.content></body></nitf>"
    ... )
    >>> item.format, item.text
    ('nitf', 'Ships waited.')
    >>> read_item('<rss version="2.0"><channel/></rss>')
    Traceback (most recent call last):
    ...
    wirestory._wireitem.WireFormatError: /rss: an RSS feed, not a wire item (NITF or NewsML)
    """
    root, oddities = parse_xml(xml)
    return _item(root, oddities)


def _item(root: Element, oddities: list[str]) -> WireItem:
    name = local(root.tag)
    if name == "nitf":
        return nitf_item(root, oddities)
    if name == "NewsML" or name in G2_ROOTS:
        return newsml_item(root, oddities)
    what = OTHER_FORMATS.get(name, f"<{name}>")
    raise WireFormatError(f"{what}, not a wire item (NITF or NewsML)", path=f"/{name}")


def read_items(xml: bytes | str) -> tuple[WireItem, ...]:
    r"""Read every item of a NewsML-G2 ``newsMessage`` (one item for any other document).

    :func:`read_item` reads the first item of a message that carries text; AP and Reuters
    send several stories in one message, and this reads them all, in order.

    >>> message = (
    ...     '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
    ...     '<newsItem guid="urn:x:1"><contentSet><inlineData>One.</inlineData></contentSet>'
    ...     '</newsItem><newsItem guid="urn:x:2"><contentSet><inlineData>Two.</inlineData>'
    ...     "</contentSet></newsItem></itemSet></newsMessage>"
    ... )
    >>> [(item.item_id, item.text) for item in read_items(message)]
    [('urn:x:1', 'One.'), ('urn:x:2', 'Two.')]
    """
    root, oddities = parse_xml(xml)
    if local(root.tag) == "newsMessage":
        return newsml_items(root, oddities)
    return (_item(root, oddities),)


def item_reference(item: WireItem) -> dt.date | None:
    """The date an item was written: first created, else this version, else its dateline's."""
    for stamp in (item.first_created, item.version_created, item.dateline_date):
        if stamp is not None:
            return stamp.date()
    return None


def parse_item(item: WireItem, *, reference_date: dt.date | None = None) -> Story:
    r"""Parse *item*'s wire copy into a :class:`~wirestory.Story`, the XML as evidence.

    The item's creation time (``first_created``, else ``version_created``) is the reference
    date for a dateline that names no year, unless *reference_date* is given. Where the text
    is silent, the XML's word is taken: the dateline's ``norm`` date for ``Story.date``, the
    item's language for ``Story.lang``. The text is never changed, so every span still
    indexes ``item.text``.

    >>> from wirestory import read_nitf
    >>> item = read_nitf(
    ...     "<nitf><head><docdata><date.issue norm='20210104T101500Z'/></docdata></head>"
    ...     "<body><body.content><p>BEIJING, Jan. 3 (Xinhua) -- China said it would help.</p>"
    ...     "</body.content></body></nitf>"
    ... )
    >>> story = parse_item(item)
    >>> story.dateline.place.city, story.date
    ('BEIJING', datetime.date(2021, 1, 3))
    """
    if not isinstance(item, WireItem):
        raise TypeError(f"item must be a wirestory.WireItem, not {type(item).__name__}")
    from wirestory._story import parse_story  # noqa: PLC0415  (the parsers load on first use)

    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    story = parse_story(item.text, reference_date=reference_date or item_reference(item))
    if story.dateline is None and item.dateline:
        story = _stated_dateline(item, story)
    if story.date is None and item.dateline_date is not None and story.dateline is not None:
        story = attrs.evolve(story, date=item.dateline_date.date())
    if story.lang is None and item.language:
        story = attrs.evolve(story, lang=item.language.split("-")[0].lower())
    return story


#: The agency tag of a run-in dateline the metadata states: "(dpa/lni)", "(EFE)"; each
#: "/"-separated mention is looked up in the agency registry.
_TAG = regex.compile(r"\((?P<tag>[^()]{1,40})\)")
_MENTION = regex.compile(r"[^/\s]+")  # "dpa" and "lni" of "dpa/lni"


def _stated_dateline(item: WireItem, story: Story) -> Story:
    """Take the metadata's dateline where the text opens its first paragraph with it.

    dpa's regional services tag their copy "(dpa/lni)", which the text's dateline grammar
    does not know; the ``<dateline>`` element states "Peine (dpa/lni) -" and the first
    paragraph opens with exactly that, so that string is the dateline. The first paragraph
    then starts after it, as :func:`~wirestory.parse_story` would have cut it.
    """
    stated = (item.dateline or "").strip()
    if not stated or not story.paragraphs or not stated.endswith(_RUN_IN_ENDS):
        return story
    first = story.paragraphs[0]
    if not first.text.startswith(stated):
        return story
    start = first.span.start
    end = start + len(stated)
    body_start = end
    while body_start < first.span.end and story.text[body_start].isspace():
        body_start += 1
    tag = _TAG.search(stated, timeout=REGEX_TIMEOUT)
    located = (item.located or "").strip()
    if not (located and stated.startswith(located)) and tag is not None:
        located = stated[: tag.start()].strip()  # the words before the tag: "Peine"
    place = None
    if located and stated.startswith(located) and _PLACE.fullmatch(located, timeout=REGEX_TIMEOUT):
        place = Place(city=located, span=Span(start, start + len(located)), text=located)
    agencies = []
    if tag is not None:
        offset = start + tag.start("tag")
        for mention in _MENTION.finditer(tag["tag"], timeout=REGEX_TIMEOUT):
            if lookup_agency(mention[0]) is not None:
                span = Span(offset + mention.start(), offset + mention.end())
                agencies.append(agency_from_text(mention[0], span))
    dateline = Dateline(
        place=place,
        agencies=tuple(agencies),
        span=Span(start, end),
        text=stated,
        body_start=body_start,
    )
    rest = Paragraph(
        text=story.text[body_start : first.span.end], span=Span(body_start, first.span.end)
    )
    paragraphs = (rest, *story.paragraphs[1:]) if rest.text else story.paragraphs[1:]
    return attrs.evolve(story, dateline=dateline, paragraphs=paragraphs)


#: A place name as a run-in dateline opens with it: one to four capitalised words
#: ("Peine", "Bad Homburg", "Tel Aviv/Beirut").
_PLACE = regex.compile(r"\p{Lu}[\p{L}.'\-]*(?:[\ /]\p{Lu}[\p{L}.'\-]*){0,3}")

#: What ends a run-in dateline: "Peine (dpa/lni) -", "Madrid (EFE).-".
_RUN_IN_ENDS = ("-", "\u2013", "\u2014", "_", ":")


def _fold(text: str | None) -> str:
    return (one_line(text) or "").casefold()


def compare_item(item: WireItem, story: Story | None = None) -> tuple[Disagreement, ...]:
    r"""List where *item*'s metadata and its text disagree.

    The text is read as *story* (by default ``parse_item(item)``); compared are the
    headline, the dateline's place and date, the located place, bylines and language.

    >>> from wirestory import read_newsml
    >>> item = read_newsml(
    ...     "<NewsML><NewsItem><NewsComponent><NewsLines><DateLine>January 21</DateLine>"
    ...     "</NewsLines><ContentItem><DataContent>MOSCOW, January 21. /TASS/. The Kremlin said"
    ...     " it was negative.</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"
    ... )
    >>> [(d.field, d.item, d.text) for d in compare_item(item)]
    [('dateline', 'January 21', 'MOSCOW, January 21. /TASS/.')]
    """
    if not isinstance(item, WireItem):
        raise TypeError(f"item must be a wirestory.WireItem, not {type(item).__name__}")
    story = parse_item(item) if story is None else story
    found: list[Disagreement] = []
    text_headline = story.headline.text if story.headline is not None else None
    if item.headline and _fold(item.headline) != _fold(text_headline):
        found.append(
            Disagreement(
                field="headline",
                item=item.headline,
                text=text_headline,
                note="the text's headline differs" if text_headline else "no headline found",
            )
        )
    found.extend(_dateline(item, story))
    if item.bylines and not story.bylines:
        found.append(
            Disagreement(
                field="byline",
                item="; ".join(item.bylines),
                text=None,
                note="the text has no byline the parser recognises",
            )
        )
    language = (item.language or "").split("-")[0].lower()
    if language and story.lang and story.lang != language:
        found.append(Disagreement(field="language", item=item.language, text=story.lang))
    return tuple(found)


def _dateline(item: WireItem, story: Story) -> list[Disagreement]:
    dateline = story.dateline
    found: list[Disagreement] = []
    if item.dateline and dateline is None:
        found.append(
            Disagreement(
                field="dateline",
                item=item.dateline,
                text=None,
                note="the text has no dateline",
            )
        )
        return found
    if dateline is None:
        return found
    place = dateline.place.city if dateline.place is not None else None
    if item.dateline:
        stamp, _ = parse_timestamp(item.dateline)
        if stamp is not None:
            note = "the metadata's dateline is a timestamp, not a dateline"
        elif place and place.casefold() not in item.dateline.casefold():
            note = f"the metadata's dateline does not name the text's place ({place})"
        else:
            note = ""
        if note:
            found.append(
                Disagreement(field="dateline", item=item.dateline, text=dateline.text, note=note)
            )
    located = _fold(item.located)
    if located and place and located not in place.casefold() and place.casefold() not in located:
        found.append(
            Disagreement(
                field="located",
                item=item.located,
                text=place,
                note="the metadata places the story elsewhere than the dateline",
            )
        )
    stated = item.dateline_date
    if stated is not None and story.date is not None and stated.date() != story.date:
        found.append(
            Disagreement(
                field="date",
                item=stated.date().isoformat(),
                text=story.date.isoformat(),
                note="the dateline's date differs from the metadata's",
            )
        )
    return found
