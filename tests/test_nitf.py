"""NITF 3.6: reading (read_nitf), writing (to_nitf, valid against the IPTC schema), the round
trip between them, and refusing unsafe XML with WireFormatError.

The items here are invented in the shapes real feeds use (AP's byline with ``<byttl>``, EFE's
timestamp-only ``<dateline>``, AAP's run-in dateline); the real items are read in
``test_feeds.py``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from defusedxml.ElementTree import fromstring as parse_document
from hypothesis import given, settings
from tests.conftest import SHARED_DATA

import wirestory
from wirestory import (
    Story,
    WireFormatError,
    WireItem,
    compare_item,
    parse_item,
    parse_story,
    read_item,
    read_nitf,
    to_nitf,
)
from wirestory.strategies._story import stories

SCHEMA_PATH = SHARED_DATA.parent / "schemas" / "iptc" / "nitf-3-6.xsd"
NS = "{http://iptc.org/std/NITF/2006-10-18/}"


@functools.cache
def _schema() -> Any:
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(SCHEMA_PATH))  # compiled once per session (about 1 s)


def nitf_schema() -> Any:
    """The compiled NITF 3.6 schema; skips when xmlschema or the schema file is absent."""
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"{SCHEMA_PATH} not present")
    return _schema()


def schema_errors(document: str) -> list[str]:
    """Validation messages for *document* against NITF 3.6 (empty when valid)."""
    return [f"{error.path}: {error.reason}" for error in nitf_schema().iter_errors(document)]


def statements_of(story: Story) -> list[tuple[str, str | None, str, str]]:
    """What a statement says, independent of offsets: kind, speaker, cue, content."""
    return [
        (s.kind.value, s.speaker.text if s.speaker else None, s.cue.text, s.content.text)
        for s in story.statements
    ]


def layout(story: Story) -> str:
    """The story's parts laid out as wire copy, as NITF carries them: section, headline and
    bylines first, then paragraphs (the dateline opening the first) and furniture in text
    order, the sign-off last."""
    parts = [part.text for part in (story.section, story.headline) if part is not None]
    parts += [byline.text for byline in story.bylines]
    body = [(paragraph.span.start, paragraph.text) for paragraph in story.paragraphs]
    if story.dateline is not None:
        first = story.paragraphs[0].span.end if story.paragraphs else story.dateline.span.end
        opening = story.text[story.dateline.span.start : first]
        body[:1] = [(story.dateline.span.start, opening)]
    body += [(furniture.span.start, furniture.text) for furniture in story.furniture]
    parts += [text for _, text in sorted(body)]
    if story.signoff is not None:
        parts.append(story.signoff.text)
    return "\n\n".join(parts)


# --------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------

AP_LIKE = """<?xml version="1.0" encoding="utf-8"?>
<nitf version="-//IPTC//DTD NITF 3.4//EN" baselang="en-US">
  <head>
    <docdata>
      <doc-id id-string="story-0042"/>
      <date.issue norm="20240304T091500Z"/>
      <doc.copyright holder="AP" year="2024"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Port repairs to last
          until spring</hl1><hl2>Subhead</hl2></hedline>
      <byline>By MARA LINDQVIST<byttl>AP Business Writer</byttl></byline>
      <distributor>The Associated Press</distributor>
      <dateline><location>GDANSK</location></dateline>
      <abstract><p>A summary the copy repeats.</p></abstract>
    </body.head>
    <body.content>
      <media media-type="image">
        <media-reference source="https://example.com/crane.jpg"/>
        <media-caption>A crane at the port.</media-caption>
        <media-producer>AP Photo/Jan Kowalski</media-producer>
      </media>
      <block id="Main">
        <p>GDANSK, Poland (AP) — Repairs will last until spring, the port said.</p>
        <p>"We lost two <q>cranes</q>," harbour master Anna Wrobel
           told reporters.</p>
        <p>One result:  the terminal stays shut.</p>
      </block>
    </body.content>
    <body.end><tagline>Reporting by Tomas Okafor<br/>Editing by Hugh Bellamy</tagline></body.end>
  </body>
</nitf>
"""


def test_read_nitf_lays_out_wire_copy() -> None:
    """Headline, byline (title on its own line), paragraphs and tagline, blank lines between."""
    item = read_nitf(AP_LIKE)
    assert item.text == (
        "Port repairs to last until spring\n\n"
        "By MARA LINDQVIST\nAP Business Writer\n\n"
        "GDANSK, Poland (AP) — Repairs will last until spring, the port said.\n\n"
        '"We lost two cranes," harbour master Anna Wrobel\ntold reporters.\n\n'
        "One result:  the terminal stays shut.\n\n"
        "Reporting by Tomas Okafor\nEditing by Hugh Bellamy"
    )


def test_read_nitf_metadata() -> None:
    """The metadata the XML states, whitespace collapsed; timestamps as datetimes."""
    item = read_nitf(AP_LIKE.encode("utf-8"))
    assert item.format == "nitf"
    assert (item.item_id, item.language) == ("story-0042", "en-US")
    assert item.first_created is not None
    assert item.first_created.isoformat() == "2024-03-04T09:15:00+00:00"
    assert item.headline == "Port repairs to last until spring"
    assert item.bylines == ("By MARA LINDQVIST\nAP Business Writer",)
    assert (item.dateline, item.located) == ("GDANSK", "GDANSK")
    assert (item.distributor, item.copyright) == ("The Associated Press", "AP")
    (media,) = item.media
    assert (media.caption, media.credit) == ("A crane at the port.", "AP Photo/Jan Kowalski")
    assert media.href == "https://example.com/crane.jpg"
    assert item.oddities == ()


def test_parse_item_finds_the_parts() -> None:
    """The wire copy parses: headline, byline, dateline, statements; the item's date is the
    reference date."""
    story = parse_item(read_nitf(AP_LIKE))
    assert story.headline is not None
    assert story.headline.text == "Port repairs to last until spring"
    assert story.dateline is not None
    assert story.dateline.text == "GDANSK, Poland (AP) —"
    assert [b.names for b in story.bylines] == [("MARA LINDQVIST",)]
    assert story.statements
    assert story.lang == "en"


# EFE's NITF: only a timestamp in <dateline>, the dateline in the text ("Tegucigalpa, Jan 2
# (EFE).-"), desk initials as the byline.
EFE_LIKE = """<nitf><head><docdata><date.issue norm="20240102T222800+0000"/></docdata></head>
<body><body.head><hedline><hl1>Minister resigns</hl1></hedline><byline>ab/cd</byline>
<dateline><!-- creation date --><story.date norm="20240102T222800+0000"
>20240102T222800+0000</story.date></dateline>
</body.head><body.content><p>Lima, Jan 2 (EFE).- The minister resigned on Tuesday, the
government said.</p></body.content></body></nitf>"""


def test_timestamp_dateline_is_a_disagreement() -> None:
    """A timestamp in <dateline> is reported against the text's dateline, not an error."""
    item = read_nitf(EFE_LIKE)
    story = parse_item(item)
    assert story.dateline is not None
    assert story.dateline.text.startswith("Lima, Jan 2 (EFE)")
    found = {d.field: d for d in compare_item(item, story)}
    assert found["dateline"].item == "20240102T222800+0000"
    assert "timestamp" in found["dateline"].note


def test_namespaced_nitf_reads_the_same() -> None:
    """NITF 3.6 in its namespace reads like the plain form."""
    plain = "<nitf><body><body.content><p>A storm hit.</p></body.content></body></nitf>"
    spaced = plain.replace("<nitf>", f'<nitf xmlns="{NS[1:-1]}">')
    assert read_nitf(spaced).text == read_nitf(plain).text == "A storm hit."


def test_pre_keeps_its_layout() -> None:
    """A <pre> block (a table) keeps its line breaks and indentation."""
    item = read_nitf(
        "<nitf><body><body.content><pre>\n  Shr   1.50\n  Net   2.00\n</pre></body.content>"
        "</body></nitf>"
    )
    assert item.text == "  Shr   1.50\n  Net   2.00"


@pytest.mark.parametrize(
    ("xml", "path"),
    [
        ("<nitf><head/></nitf>", "/nitf"),  # no body
        ("<nitf><body><p>open</body></nitf>", "/nitf/body/p"),  # malformed
        ("<rss><channel/></rss>", "/"),  # not NITF
        ("", "/"),  # empty
        ("   \n", "/"),
        ("plain text, not XML", "/"),
    ],
)
def test_bad_input_is_a_wire_format_error(xml: str, path: str) -> None:
    """Bad input raises WireFormatError (a ValueError) naming the element path."""
    with pytest.raises(WireFormatError) as caught:
        read_nitf(xml)
    assert caught.value.path == path
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith(path)


def test_wrong_type_is_a_type_error() -> None:
    """Neither bytes nor str: TypeError."""
    with pytest.raises(TypeError):
        read_nitf(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_item("<nitf/>")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_nitf("text")  # type: ignore[arg-type]


def test_declared_encoding_of_a_str_is_ignored() -> None:
    """A str is decoded already: its declaration's encoding does not apply."""
    xml = '<?xml version="1.0" encoding="iso-8859-1"?><nitf><body><body.content><p>Łódź</p>'
    item = read_nitf(xml + "</body.content></body></nitf>")
    assert item.text == "Łódź"


# --------------------------------------------------------------------------------------------
# security: defusedxml refuses what could expand, read files or go to the network
# --------------------------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE nitf [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body><body.content><p>&lol4;</p></body.content></body></nitf>"""


def test_billion_laughs_is_refused() -> None:
    """Entity declarations (the billion laughs) are refused before any expansion."""
    with pytest.raises(WireFormatError, match=r"refused|internal subset"):
        read_nitf(BILLION_LAUGHS)


def test_external_entity_to_a_local_file_is_refused(tmp_path: Path) -> None:
    """An external entity pointing at a local file is refused; the file is never read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xml = (
        f'<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        "<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>"
    )
    with pytest.raises(WireFormatError) as caught:
        read_nitf(xml)
    assert "TOP SECRET" not in str(caught.value)


def test_dtd_on_the_network_is_refused() -> None:
    """A DOCTYPE whose DTD is a network URL is refused (nothing is fetched)."""
    xml = (
        '<!DOCTYPE nitf SYSTEM "http://example.com/nitf-3-6.dtd">'
        "<nitf><body><body.content><p>A storm hit.</p></body.content></body></nitf>"
    )
    with pytest.raises(WireFormatError, match="no network"):
        read_nitf(xml)


def test_local_dtd_name_is_an_oddity() -> None:
    """Old NITF names a local DTD file: ignored, read, and noted as an oddity."""
    xml = (
        '<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">'
        "<nitf><body><body.content><p>A storm hit.</p></body.content></body></nitf>"
    )
    item = read_nitf(xml)
    assert item.text == "A storm hit."
    assert any("DOCTYPE" in oddity for oddity in item.oddities)


def test_undefined_entity_is_a_wire_format_error() -> None:
    """An HTML entity XML does not define is malformed XML, refused with its path."""
    with pytest.raises(WireFormatError) as caught:
        read_nitf("<nitf><body><body.content><p>a&nbsp;b</p></body.content></body></nitf>")
    assert caught.value.path == "/nitf/body/body.content/p"


# --------------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------------

STORY = (
    "World News\n\nPort Repairs To Last Until Spring\n\nBy Mara Lindqvist, Reuters\n\n"
    "A crane at the port of Gdansk, Poland, March 3, 2024. Jan Kowalski/Pool via REUTERS\n\n"
    "GDANSK, Poland, March 4 (Reuters) - Repairs will last until spring, the port said.\n\n"
    '"We lost two cranes," harbour master Anna Wrobel told reporters. "Nobody has seen a '
    'storm like it," she said.\n\n'
    "Reporting by Mara Lindqvist; Editing by Hugh Bellamy\n"
)


@pytest.fixture(scope="module")
def written() -> tuple[Story, str, Any]:
    """The story above, its NITF document and the document parsed (ElementTree)."""
    story = parse_story(STORY)
    document = to_nitf(story, uri="urn:example:1")
    return story, document, parse_document(document)


def test_to_nitf_is_schema_valid(written: tuple[Story, str, Any]) -> None:
    """The document validates against nitf-3-6.xsd."""
    assert schema_errors(written[1]) == []


def test_to_nitf_structured_dateline(written: tuple[Story, str, Any]) -> None:
    """<dateline> keeps the text as written, the place in <location>, the date normalised."""
    _, _, root = written
    dateline = root.find(f"{NS}body/{NS}body.head/{NS}dateline")
    assert "".join(dateline.itertext()) == "GDANSK, Poland, March 4 (Reuters) -"
    assert dateline.find(f"{NS}location/{NS}city").text == "GDANSK"
    country = dateline.find(f"{NS}location/{NS}country")
    assert (country.text, country.get("iso-cc")) == ("Poland", "PL")
    assert dateline.find(f"{NS}story.date").text == "March 4"


def test_to_nitf_bylines_quotes_media_tagline(written: tuple[Story, str, Any]) -> None:
    """Byline with <person>/<byttl>, <q quote-source> in place, media, tagline, agencies."""
    story, _, root = written
    byline = root.find(f"{NS}body/{NS}body.head/{NS}byline")
    assert "".join(byline.itertext()) == "By Mara Lindqvist, Reuters"
    assert byline.find(f"{NS}person").text == "Mara Lindqvist"
    assert byline.find(f"{NS}byttl").text == "Reuters"
    quotes = root.findall(f".//{NS}q")
    assert [(q.text, q.get("quote-source")) for q in quotes] == [
        ("We lost two cranes", "Anna Wrobel"),
        ("Nobody has seen a storm like it", "Anna Wrobel"),
    ]
    media = root.find(f".//{NS}media")
    assert media.find(f"{NS}media-producer").text == "Jan Kowalski/Pool via REUTERS"
    assert media.find(f"{NS}media-caption").text.startswith("A crane at the port")
    tagline = root.find(f"{NS}body/{NS}body.end/{NS}tagline")
    assert "".join(tagline.itertext()) == story.signoff.text  # type: ignore[union-attr]
    assert root.find(f".//{NS}distributor/{NS}org").text == "Reuters"
    assert root.find(f".//{NS}doc.copyright").get("holder") == "Reuters"
    assert root.find(f".//{NS}doc-id").get("id-string") == "urn:example:1"
    assert root.find(f".//{NS}pubdata").get("position.section") == "World News"


def test_round_trip_of_the_example(written: tuple[Story, str, Any]) -> None:
    """read_nitf(to_nitf(story)) gives back the paragraphs and the statements."""
    story, document, _ = written
    back = parse_item(read_nitf(document))
    assert [p.text for p in back.paragraphs] == [p.text for p in story.paragraphs]
    assert statements_of(back) == statements_of(story)
    assert back.dateline is not None
    assert back.dateline.text == story.dateline.text  # type: ignore[union-attr]
    assert read_nitf(document).media[0].credit == "Jan Kowalski/Pool via REUTERS"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "GDANSK (Reuters) -",
        "Bad \x03 control \x1b characters and \ud800 a lone surrogate.",
        "Markup <b>&amp;</b> ]]> in text.",
        "A table:\n    Shr 1.50 vs 1.20\n    Net 2.00 vs 1.00",
    ],
)
def test_awkward_stories_stay_valid(text: str) -> None:
    """Empty stories, XML-hostile characters and tables still give valid NITF."""
    document = to_nitf(parse_story(text))
    assert schema_errors(document) == []
    read_nitf(document)


@settings(max_examples=25, deadline=None)
@given(stories())
def test_generated_stories_are_schema_valid(story: Story) -> None:
    """Every generated story exports to NITF that validates against the schema."""
    assert schema_errors(to_nitf(story)) == []


@settings(max_examples=60, deadline=None)
@given(stories())
def test_round_trip_keeps_text_and_statements(story: Story) -> None:
    """read_nitf(to_nitf(story)) gives back the story's text, laid out as wire copy, and the
    same statements when parsed."""
    item = read_nitf(to_nitf(story))
    assert item.text == layout(story)
    back = parse_item(item)
    assert statements_of(back) == statements_of(story)
    assert [p.text for p in back.paragraphs] == [p.text for p in story.paragraphs]


def test_read_item_dispatches_nitf() -> None:
    """read_item reads NITF by its root element."""
    item = read_item(AP_LIKE)
    assert isinstance(item, WireItem)
    assert item.format == "nitf"


def test_public_names() -> None:
    """The XML API is public and lazily loaded."""
    for name in ("read_nitf", "read_newsml", "read_item", "parse_item", "to_nitf"):
        assert name in wirestory.__all__
