"""NewsML-G2 and NewsML 1.2: read_newsml, read_item's dispatch, and compare_item.

Every item here is invented in the shape of a real feed (noted on each): dpa's XHTML bodies
with ``<span class="dateline">``, ANSA's ``text/plain`` body holding ``<p>`` markup and its
offsets without a colon, AP's multi-item ``newsMessage``, TASS's NewsML 1.2 wrapper whose
``<DateLine>`` names only the date.
"""

from __future__ import annotations

import contextlib
import json
import xml.etree.ElementTree as ET  # builds test input; reading is defused
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirestory import (
    WireFormatError,
    compare_item,
    parse_item,
    read_item,
    read_items,
    read_newsml,
    read_nitf,
)
from wirestory.cli import main

G2 = "http://iptc.org/std/nar/2006-10-01/"

# dpa digitalwires shape: XHTML body in inlineXML, the dateline in a span, a teaser paragraph
# and a <meta> in the XHTML head and body.
DPA_LIKE = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="{G2}"><header><sent>2024-10-11T11:14:42+02:00</sent></header>
<itemSet><newsItem guid="urn:newsml:example.com:20240101:1" version="3" xml:lang="de">
<rightsInfo><copyrightHolder><name>Beispiel Presse-Agentur</name></copyrightHolder></rightsInfo>
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-10-11T11:14:42+02:00</versionCreated>
<firstCreated>2024-10-11T10:00:00+02:00</firstCreated></itemMeta>
<contentMeta><located><name>Hamburg</name></located>
<headline>Hafen bleibt bis Freitag geschlossen</headline>
<by>Von Anna Wrobel, dpa</by><dateline>Hamburg (dpa) - </dateline><creditline>dpa</creditline>
<language tag="de"/></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title><meta charset="utf-8"/></head>
<body><header><ul class="slugline"><li>Hafen</li></ul>
<h1>Hafen bleibt bis Freitag geschlossen</h1></header>
<section class="main"><p class="teaser">Ein Sturm hat den Hafen getroffen.</p>
<p><span class="dateline">Hamburg <span class="credit">(dpa)</span> - </span>Der Hafen bleibt
bis Freitag geschlossen, teilte die Hafenbehörde mit.</p><meta name="x" content="y"/>
<p>«Wir haben zwei Kräne verloren», sagte Hafenmeisterin Anna Wrobel.</p></section>
</body></html></inlineXML></contentSet></newsItem></itemSet></newsMessage>"""


def test_g2_xhtml_body() -> None:
    """The XHTML body becomes wire copy; header, slug line and teaser stay out."""
    item = read_newsml(DPA_LIKE)
    assert item.format == "newsml-g2"
    assert item.text == (
        "Hafen bleibt bis Freitag geschlossen\n\n"
        "Von Anna Wrobel, dpa\n\n"
        "Hamburg (dpa) - Der Hafen bleibt\nbis Freitag geschlossen, teilte die Hafenbehörde mit."
        "\n\n«Wir haben zwei Kräne verloren», sagte Hafenmeisterin Anna Wrobel."
    )


def test_g2_metadata() -> None:
    """guid, version, language, timestamps, located, creditline, copyright; the <meta> in the
    body is an oddity."""
    item = read_newsml(DPA_LIKE.encode("utf-8"))
    assert (item.item_id, item.version, item.language) == (
        "urn:newsml:example.com:20240101:1",
        "3",
        "de",
    )
    assert item.first_created is not None
    assert item.first_created.isoformat() == "2024-10-11T10:00:00+02:00"
    assert item.version_created is not None
    assert (item.located, item.creditline, item.copyright) == (
        "Hamburg",
        "dpa",
        "Beispiel Presse-Agentur",
    )
    assert item.dateline == "Hamburg (dpa) -"
    assert any("<meta>" in oddity for oddity in item.oddities)


def test_g2_parse_item() -> None:
    """The body parses with the dateline found; no disagreement on place or dateline."""
    item = read_newsml(DPA_LIKE)
    story = parse_item(item)
    assert story.dateline is not None
    assert story.dateline.text == "Hamburg (dpa) -"
    assert [d.field for d in compare_item(item, story)] in ([], ["byline"], ["language"])


# ANSA shape: text/plain inlineData whose CDATA holds <p> markup; an offset without a colon.
ANSA_LIKE = f"""<newsMessage xmlns="{G2}"><itemSet>
<newsItem guid="tag:example.it,2024:1" version="1" xml:lang="it-IT">
<itemMeta><itemClass qcode="icls:text"/><versionCreated>2024-02-24T13:51:00+1000</versionCreated>
</itemMeta><contentMeta><located literal="NAPOLI"/><headline>Porto chiuso</headline>
</contentMeta><contentSet><inlineData contenttype="text/plain"><![CDATA[
<p>
   (ANSA) - NAPOLI, 24 FEB - Il porto resta chiuso fino a venerdì,
ha detto il sindaco.(ANSA).
</p>]]></inlineData></contentSet></newsItem></itemSet></newsMessage>"""


def test_markup_in_plain_text_and_colonless_offset() -> None:
    """<p> markup in a text/plain body is read as XML; "+1000" is read and noted."""
    item = read_newsml(ANSA_LIKE)
    assert item.text == (
        "Porto chiuso\n\n"
        "(ANSA) - NAPOLI, 24 FEB - Il porto resta chiuso fino a venerdì,\n"
        "ha detto il sindaco.(ANSA)."
    )
    assert item.version_created is not None
    assert item.version_created.utcoffset() is not None
    assert item.version_created.isoformat() == "2024-02-24T13:51:00+10:00"
    assert any("without a colon" in oddity for oddity in item.oddities)
    assert any("markup" in oddity for oddity in item.oddities)
    assert item.located == "NAPOLI"


# AP shape: several newsItems in one newsMessage, inline NITF bodies; a picture item first.
AP_LIKE = f"""<newsMessage xmlns="{G2}"><itemSet>
<newsItem guid="urn:x:photo" version="1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
<contentMeta><description role="drol:caption">A crane at the port.</description>
<creditline>AP Photo/Jan Kowalski</creditline></contentMeta>
<contentSet><remoteContent href="https://example.com/crane.jpg"/></contentSet></newsItem>
<newsItem guid="urn:x:text" version="2"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
<contentMeta><headline>Port closed until spring</headline><dateline>GDANSK, Poland</dateline>
</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml">
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head>
<byline>By MARA LINDQVIST<byttl>AP Writer</byttl></byline></body.head><body.content>
<p>GDANSK, Poland (AP) _ The port will stay closed until spring, officials said.</p>
<p>_____</p></body.content></body></nitf></inlineXML></contentSet></newsItem>
</itemSet></newsMessage>"""


def test_message_reads_the_first_text_item() -> None:
    """Of several items, the first with text is read, and the others are noted."""
    item = read_newsml(AP_LIKE)
    assert item.item_id == "urn:x:text"
    assert item.text == (
        "Port closed until spring\n\nBy MARA LINDQVIST\nAP Writer\n\n"
        "GDANSK, Poland (AP) _ The port will stay closed until spring, officials said.\n\n_____"
    )
    assert item.bylines == ("By MARA LINDQVIST\nAP Writer",)
    assert any("2 items" in oddity for oddity in item.oddities)
    story = parse_item(item)
    assert story.dateline is not None
    assert story.dateline.place is not None
    assert story.dateline.place.city == "GDANSK"
    assert compare_item(item, story) == ()


def test_read_items_reads_every_item() -> None:
    """read_items gives every item of a message, in order; read_item the first with text."""
    items = read_items(AP_LIKE)
    assert [item.item_id for item in items] == ["urn:x:photo", "urn:x:text"]
    assert items[0].media[0].credit == "AP Photo/Jan Kowalski"
    assert items[1].text == read_newsml(AP_LIKE).text
    assert read_items(TASS_LIKE)[0].text == read_item(TASS_LIKE).text


def test_picture_item_is_media() -> None:
    """A picture item's caption and credit line become its media entry."""
    picture = (
        AP_LIKE.split('<newsItem guid="urn:x:text"', maxsplit=1)[0] + "</itemSet></newsMessage>"
    )
    item = read_newsml(picture)
    (media,) = item.media
    assert (media.caption, media.credit, media.href) == (
        "A crane at the port.",
        "AP Photo/Jan Kowalski",
        "https://example.com/crane.jpg",
    )
    assert item.text == ""


# NewsML 1.2 shape (TASS): DateLine with the date only; the body as inline NITF.
TASS_LIKE = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>example.ru</ProviderId>
<DateId>20240121</DateId><NewsItemId>77</NewsItemId><RevisionId>2</RevisionId>
</NewsIdentifier></Identification>
<NewsManagement><FirstCreated>20240121T102708</FirstCreated>
<ThisRevisionCreated>20240121T103000</ThisRevisionCreated></NewsManagement>
<NewsComponent xml:lang="en"><NewsLines><DateLine>January 21</DateLine>
<HeadLine>Kremlin criticises sanctions</HeadLine><CopyrightLine>(c) Example 2024</CopyrightLine>
</NewsLines><DescriptiveMetadata><Location HowPresent="Origin">
<Property FormalName="Country" Value="RUS"/><Property FormalName="City" Value="MOSCOW"/>
</Location></DescriptiveMetadata>
<ContentItem><MimeType FormalName="text/vnd.IPTC.NITF"/><DataContent><nitf><body>
<body.head><hedline><hl1>Kremlin criticises sanctions</hl1></hedline></body.head><body.content>
<p>MOSCOW, January 21. /TASS/. The Kremlin does not support the decision, a spokesman said.</p>
</body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"""


def test_newsml_12_wrapper() -> None:
    """NewsML 1.2: lines, identification, management, location and the NITF body."""
    item = read_newsml(TASS_LIKE)
    assert item.format == "newsml-1.2"
    assert item.text == (
        "Kremlin criticises sanctions\n\n"
        "MOSCOW, January 21. /TASS/. The Kremlin does not support the decision, a spokesman said."
    )
    assert (item.item_id, item.version, item.language) == ("example.ru:20240121:77", "2", "en")
    assert (item.located, item.country, item.dateline) == ("MOSCOW", "RUS", "January 21")
    assert item.first_created is not None
    assert item.first_created.isoformat() == "2024-01-21T10:27:08"
    assert "NewsML 1.2 wrapper" in item.oddities


def test_date_only_dateline_is_a_disagreement() -> None:
    """TASS's <DateLine> names the date only: a disagreement with the text, not an error."""
    item = read_newsml(TASS_LIKE)
    story = parse_item(item)
    assert story.dateline is not None
    assert story.date is not None
    assert story.date.isoformat() == "2024-01-21"
    (found,) = [d for d in compare_item(item, story) if d.field == "dateline"]
    assert (found.item, found.text) == ("January 21", story.dateline.text)
    assert "MOSCOW" in found.note


def test_stated_run_in_dateline_is_evidence() -> None:
    """A run-in dateline the metadata states and the text opens with is taken as the dateline
    even when the text's grammar does not know its agency tag (dpa's regional "(dpa/lni)")."""
    xml = (
        f'<newsItem xmlns="{G2}"><contentMeta><located><name>Celle</name></located>'
        "<dateline>Celle (dpa/xyz) -</dateline></contentMeta><contentSet>"
        '<inlineData contenttype="text/plain">Celle (dpa/xyz) - Ein Baum blockiert die '
        "Strecke.</inlineData></contentSet></newsItem>"
    )
    item = read_newsml(xml)
    story = parse_item(item)
    assert story.dateline is not None
    assert story.dateline.text == "Celle (dpa/xyz) -"
    assert story.dateline.place is not None
    assert story.dateline.place.city == "Celle"
    assert [agency.code for agency in story.dateline.agencies] == ["dpa"]
    assert [p.text for p in story.paragraphs] == ["Ein Baum blockiert die Strecke."]
    parts: list[Any] = [story.dateline, story.dateline.place, *story.paragraphs]
    for part in parts:
        assert story.text[part.span.start : part.span.end] == part.text


def test_fragments_read() -> None:
    """IPTC's examples show fragments alone (contentMeta, inlineXML): they read."""
    meta = read_newsml(f'<contentMeta xmlns="{G2}"><dateline>OSLO, Monday</dateline></contentMeta>')
    assert (meta.dateline, meta.text) == ("OSLO, Monday", "")
    inline = read_newsml(
        f'<inlineXML xmlns="{G2}" contenttype="application/nitf+xml"><nitf><body><body.content>'
        "<p>OSLO (NTB) - Snow fell.</p></body.content></body></nitf></inlineXML>"
    )
    assert inline.text == "OSLO (NTB) - Snow fell."


@pytest.mark.parametrize(
    ("xml", "what"),
    [
        ('<rss version="2.0"><channel><item/></channel></rss>', "RSS"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>', "Atom"),
        ("<RBNews><Text>x</Text></RBNews>", "Ritzau"),
        ("<XMLNewsQueuedResponse/>", "Ritzau"),
        ("<something/>", "<something>"),
    ],
)
def test_other_formats_get_a_clear_error(xml: str, what: str) -> None:
    """XML that is not NITF or NewsML is refused with a message saying what it is."""
    with pytest.raises(WireFormatError, match=what):
        read_item(xml)
    with pytest.raises(WireFormatError):
        read_newsml(xml)


def test_read_item_dispatches() -> None:
    """read_item tells NITF, NewsML-G2 and NewsML 1.2 apart by the root element."""
    assert read_item(DPA_LIKE).format == "newsml-g2"
    assert read_item(TASS_LIKE).format == "newsml-1.2"
    assert read_item("<nitf><body/></nitf>").format == "nitf"


def test_empty_message_is_an_error() -> None:
    """A message without items is refused, with its path."""
    with pytest.raises(WireFormatError) as caught:
        read_newsml(f'<newsMessage xmlns="{G2}"><itemSet/></newsMessage>')
    assert caught.value.path == "/newsMessage"


# --------------------------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------------------------


def test_cli_reads_an_item_and_writes_nitf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``wirestory parse item.xml`` reads the item; ``--format nitf`` writes NITF 3.6."""
    path = tmp_path / "item.xml"
    path.write_bytes(DPA_LIKE.encode("utf-8"))
    assert main(["parse", str(path), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "urn:newsml:example.com:20240101:1"
    assert record["story"]["dateline"]["text"] == "Hamburg (dpa) -"
    assert main(["parse", str(path), "--format", "nitf"]) == 0
    document = capsys.readouterr().out
    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert read_nitf(document).headline == "Hafen bleibt bis Freitag geschlossen"


def test_cli_refuses_other_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An RSS file is reported on stderr with exit status 1; the other items still run."""
    rss = tmp_path / "feed.xml"
    rss.write_text('<rss version="2.0"><channel/></rss>', encoding="utf-8")
    item = tmp_path / "item.xml"
    item.write_text(TASS_LIKE, encoding="utf-8")
    assert main(["parse", str(rss), str(item), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "an RSS feed, not a wire item" in captured.err
    assert len(captured.out.splitlines()) == 1


# --------------------------------------------------------------------------------------------
# robustness: any tree of the formats' elements reads, or is refused with WireFormatError
# --------------------------------------------------------------------------------------------

#: Element names of NITF, NewsML-G2, NewsML 1.2 and XHTML bodies, mixed freely.
_TAGS = (
    "head", "docdata", "doc-id", "date.issue", "pubdata", "body", "body.head",
    "body.content", "body.end", "hedline", "hl1", "hl2", "byline", "byttl", "person",
    "dateline", "location", "city", "story.date", "p", "q", "media", "media-caption",
    "media-producer", "media-reference", "tagline", "pre", "br", "block", "table", "tr", "td",
    "itemSet", "newsItem", "itemMeta", "itemClass", "contentMeta", "contentSet", "inlineXML",
    "inlineData", "headline", "by", "located", "name", "creditline", "description", "html",
    "section", "header", "meta", "nitf", "NewsItem", "NewsComponent", "NewsLines", "HeadLine",
    "DateLine", "ByLine", "ContentItem", "DataContent", "Role", "Location", "Property",
    "MimeType", "NewsIdentifier", "RevisionId", "FirstCreated",
)  # fmt: skip
_ATTRIBUTES = (
    "norm", "id-string", "guid", "version", "FormalName", "Value", "class", "contenttype",
    "qcode", "role", "literal", "source", "position.section", "baselang",
)  # fmt: skip
_ROOTS = ("nitf", "newsItem", "newsMessage", "NewsML", "contentMeta", "inlineXML", "packageItem")
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
    | st.sampled_from("\n -(),.:/<>&\"'«»—"),
    max_size=40,
)


@st.composite
def _elements(draw: st.DrawFn, depth: int = 0, tag: str | None = None) -> ET.Element:
    element = ET.Element(tag or draw(st.sampled_from(_TAGS)))
    for name in draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=2, unique=True)):
        element.set(name, draw(_TEXT))
    element.text = draw(_TEXT)
    if depth < 4:
        for child in draw(st.lists(_elements(depth + 1), max_size=3)):
            child.tail = draw(_TEXT)
            element.append(child)
    return element


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_ROOTS).flatmap(lambda root: _elements(tag=root)))
def test_any_tree_reads_or_is_refused(root: ET.Element) -> None:
    """Any tree of these elements reads into an item whose story keeps exact spans, or is
    refused with a WireFormatError; nothing else escapes."""
    xml = ET.tostring(root, encoding="unicode")
    try:
        item = read_item(xml)
    except WireFormatError:
        return
    story = parse_item(item)
    assert story.text == item.text
    for paragraph in story.paragraphs:
        assert story.text[paragraph.span.start : paragraph.span.end] == paragraph.text
    compare_item(item, story)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda text: text.encode()))
def test_any_bytes_read_or_are_refused(data: bytes) -> None:
    """Arbitrary bytes never raise anything but WireFormatError."""
    for candidate in (b"<nitf>" + data, data):
        with contextlib.suppress(WireFormatError):
            read_item(candidate)


def test_deep_nesting_is_refused() -> None:
    """Nesting far deeper than any news item is refused, not a RecursionError."""
    with pytest.raises(WireFormatError, match="nest deeper"):
        read_item("<nitf>" + "<block>" * 5000 + "</block>" * 5000 + "</nitf>")


@pytest.mark.parametrize(
    ("meta", "copy", "field", "stated"),
    [
        # located somewhere else than the dateline (AP's fixtures place FORT WASHINGTON in
        # Pittsburgh's metadata)
        (
            "<located><name>Warsaw</name></located>",
            "GDANSK (Reuters) - Ships waited.",
            "located",
            "Warsaw",
        ),
        # a stated byline the copy does not show as one
        ("<by>ab/cd</by>", "GDANSK (Reuters) - Ships waited.", "byline", "ab/cd"),
        # a dateline stated, none in the copy
        ("<dateline>GDANSK</dateline>", "Ships waited in the port.", "dateline", "GDANSK"),
    ],
)
def test_disagreements(meta: str, copy: str, field: str, stated: str) -> None:
    """Each kind of disagreement between the metadata and the copy is reported."""
    item = read_newsml(
        f'<newsItem xmlns="{G2}"><contentMeta>{meta}</contentMeta><contentSet>'
        f'<inlineData contenttype="text/plain">{copy}</inlineData></contentSet></newsItem>'
    )
    found = {d.field: d for d in compare_item(item)}
    assert found[field].item == stated


def test_agreement_is_silent() -> None:
    """Metadata that says what the copy says gives no disagreement."""
    item = read_newsml(
        f'<newsItem xmlns="{G2}" xml:lang="en"><contentMeta><headline>Port shut</headline>'
        "<located><name>Gdansk</name></located><dateline>GDANSK</dateline></contentMeta>"
        '<contentSet><inlineData contenttype="text/plain">GDANSK (Reuters) - Ships waited, '
        "the port said.</inlineData></contentSet></newsItem>"
    )
    assert compare_item(item) == ()
