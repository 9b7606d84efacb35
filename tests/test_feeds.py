"""Real XML items: the feed items in ``../shared/data/feeds/`` (NITF, NewsML 1.2, NewsML-G2
from Reuters, AP, AFP, AAP, dpa, EFE, ANSA, TASS and others), IPTC's own examples, and NITF
export of the evaluation stories validated against the NITF 3.6 schema.

Everything here reads ``../shared`` when present and skips cleanly otherwise; no item is
copied into the tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
from defusedxml.ElementTree import fromstring as parse_document
from tests.conftest import SHARED_DATA, iter_jsonl
from tests.test_nitf import nitf_schema

from wirestory import (
    Story,
    WireFormatError,
    parse_item,
    parse_story,
    read_item,
    read_items,
    read_nitf,
    to_nitf,
)

FEEDS = SHARED_DATA / "feeds"
IPTC = SHARED_DATA.parent / "schemas" / "iptc"
#: Root elements of the wire items wirestory reads; the manifest's other roots (RSS, Atom,
#: Ritzau's formats) must be refused with a WireFormatError.
WIRE_ROOTS = frozenset({"nitf", "NewsML", "newsItem", "newsMessage", "packageItem"})


def _manifest() -> list[dict[str, Any]]:
    path = FEEDS / "manifest.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


MANIFEST = _manifest()
ITEMS = [row for row in MANIFEST if row["root"] in WIRE_ROOTS]
OTHERS = [row for row in MANIFEST if row["root"] not in WIRE_ROOTS]
EXAMPLES = sorted(IPTC.glob("LISTING_*.xml")) if IPTC.is_dir() else []

#: A dateline-shaped opening, told by its agency tag within the first 60 characters of a
#: paragraph, whatever the place looks like: "NEW YORK (AP) —", "Athen (dpa) -",
#: "Tegucigalpa, Jan 2 (EFE).-", "MOSCOW, January 21. /TASS/.", "SEOUL, Nov 26 AFP -",
#: "(ANSA) - ROME, JUL 11 -". Independent of the dateline parser, so that the test can fail.
_TAGGED_OPENING = regex.compile(
    r"""
    ^.{0,60}?
    (?:
        \( \p{L} [\p{L}\ /.\-]{0,24} \)             # (AP), (dpa/lni), (Sports Network)
        | / \p{Lu}{2,} /                            # /TASS/
        | \b (?:AFP|AAP|AP|EFE|ANSA|dpa|Reuters) \b # SEOUL, Nov 26 AFP -
    )
    [\s.]* (?: [\-—–_:] | \.- ) \s                  # the separator: - — – _ : .-
    """,
    regex.VERBOSE | regex.V1,
)


def _read(path: Path) -> bytes:
    if not path.is_file():
        pytest.skip(f"{path} not present")
    return path.read_bytes()


def _has_tagged_dateline(text: str) -> bool:
    return any(_TAGGED_OPENING.search(part) for part in text.split("\n\n")[:4])


def _check_spans(story: Story) -> None:
    parts: list[Any] = [story.headline, story.section, story.dateline, story.signoff]
    parts += [*story.paragraphs, *story.bylines, *story.furniture, *story.photos]
    if story.dateline is not None and story.dateline.place is not None:
        parts.append(story.dateline.place)
    for part in parts:
        if part is not None:
            assert story.text[part.span.start : part.span.end] == part.text


def _ids(rows: list[dict[str, Any]]) -> Iterator[str]:
    return (f"{row['id']}-{row['root']}" for row in rows)


@pytest.mark.skipif(not MANIFEST, reason="../shared/data/feeds not present")
def test_manifest_covers_both_kinds() -> None:
    """The feed folder holds wire items and other formats (sanity check of the split)."""
    assert len(ITEMS) >= 90
    assert {row["root"] for row in OTHERS} >= {"rss", "feed"}


@pytest.mark.parametrize("row", ITEMS, ids=list(_ids(ITEMS)))
def test_feed_item_reads_and_parses(row: dict[str, Any]) -> None:
    """Every NITF and NewsML item reads without exception; its body parses, spans exact, and
    a dateline is found wherever the text opens with an agency-tagged one."""
    item = read_item(_read(FEEDS / row["file"]))
    expected = (
        "nitf"
        if row["root"] == "nitf"
        else "newsml-1.2"
        if row["root"] == "NewsML"
        else "newsml-g2"
    )
    assert item.format == expected
    story = parse_item(item)
    assert story.text == item.text
    _check_spans(story)
    if _has_tagged_dateline(item.text):
        assert story.dateline is not None, item.text[:200]


MESSAGES = [row for row in ITEMS if row["root"] == "newsMessage"]


@pytest.mark.parametrize("row", MESSAGES, ids=list(_ids(MESSAGES)))
def test_every_item_of_a_message_reads(row: dict[str, Any]) -> None:
    """Every item of each newsMessage reads and parses, spans exact."""
    items = read_items(_read(FEEDS / row["file"]))
    assert items
    for item in items:
        story = parse_item(item)
        _check_spans(story)
        if _has_tagged_dateline(item.text):
            assert story.dateline is not None, item.text[:200]


@pytest.mark.parametrize("row", OTHERS, ids=list(_ids(OTHERS)))
def test_other_formats_are_refused(row: dict[str, Any]) -> None:
    """RSS, Atom and agency-specific formats get a WireFormatError naming the root."""
    with pytest.raises(WireFormatError) as caught:
        read_item(_read(FEEDS / row["file"]))
    assert caught.value.path == f"/{row['root']}"
    assert "not a wire item" in str(caught.value)


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.name[:12] for path in EXAMPLES])
def test_iptc_example_reads(path: Path) -> None:
    """IPTC's own examples (items and fragments) read, and their bodies parse."""
    item = read_item(_read(path))
    story = parse_item(item)
    _check_spans(story)
    if _has_tagged_dateline(item.text):
        assert story.dateline is not None


@pytest.mark.parametrize("row", ITEMS, ids=list(_ids(ITEMS)))
def test_feed_item_exports_valid_nitf(row: dict[str, Any]) -> None:
    """Each feed item, parsed, writes NITF 3.6 that validates."""
    schema = nitf_schema()
    story = parse_item(read_item(_read(FEEDS / row["file"])))
    errors = [str(error.reason) for error in schema.iter_errors(to_nitf(story))]
    assert errors == []


def test_seed_exports_valid_nitf() -> None:
    """The seed story's NITF validates and carries its structure."""
    path = SHARED_DATA / "seed" / "seed.txt"
    schema = nitf_schema()
    story = parse_story(_read(path).decode("utf-8"))
    document = to_nitf(story)
    assert [str(error.reason) for error in schema.iter_errors(document)] == []
    assert "<city>DUSHANBE</city>" in document
    assert 'quote-source="Sergei Lavrov"' in document


def _said(story: Story) -> list[tuple[str, ...]]:
    """Statements as kind, speaker, cue and content, white space collapsed."""
    return [
        tuple(
            " ".join(part.split())
            for part in (
                s.kind.value,
                s.speaker.text if s.speaker else "",
                s.cue.text,
                s.content.text,
            )
        )
        for s in story.statements
    ]


def test_wire_stories_round_trip() -> None:
    """Each wire story comes back from NITF with the same paragraphs and, where it has no
    photos (NITF carries them as media, not in the copy), the same statements."""
    for row in iter_jsonl("wire_stories.jsonl"):
        story = parse_story(row["text"])
        back = parse_item(read_nitf(to_nitf(story)))
        assert [p.text for p in back.paragraphs] == [p.text for p in story.paragraphs], row["id"]
        if not story.photos:
            assert _said(back) == _said(story), row["id"]


def test_wire_stories_export_valid_nitf() -> None:
    """Every modern wire story (wire_stories.jsonl) exports valid NITF."""
    schema = nitf_schema()
    invalid = [
        row["id"]
        for row in iter_jsonl("wire_stories.jsonl")
        if not schema.is_valid(to_nitf(parse_story(row["text"])))
    ]
    assert invalid == []


#: XML Schema's string type: an attribute of this type, without a fixed value, accepts any text.
_XS_STRING = "{http://www.w3.org/2001/XMLSchema}string"


class _Shapes:
    """Documents told apart by what NITF 3.6 validation can depend on, so that a batch of
    documents is validated once per distinct shape.

    Two documents with the same element tree (names and nesting), the same attribute names,
    the same values where an attribute's type is not a free ``xs:string`` (fixed values,
    enumerations, IDs, NMTOKENs) and character data in the same places validate alike:
    character data in mixed content and the values of free string attributes constrain
    nothing. Elements that are not mixed keep their text in the shape, so their content type
    is still checked.
    """

    def __init__(self, schema: Any) -> None:
        self.schema = schema
        self.free: dict[tuple[str, str], bool] = {}
        self.mixed: dict[str, bool] = {}

    def _is_free(self, tag: str, name: str) -> bool:
        key = (tag, name)
        if key not in self.free:
            element = self.schema.elements.get(tag)
            attribute = element.attributes.get(name) if element is not None else None
            self.free[key] = (
                attribute is not None
                and attribute.type is not None
                and attribute.type.name == _XS_STRING
                and attribute.fixed is None
            )
        return self.free[key]

    def _is_mixed(self, tag: str) -> bool:
        if tag not in self.mixed:
            element = self.schema.elements.get(tag)
            self.mixed[tag] = element is not None and bool(element.type.mixed)
        return self.mixed[tag]

    def key(self, element: Any) -> tuple[Any, ...]:
        """The shape of *element* and everything under it."""
        tag = element.tag.rsplit("}", 1)[-1]
        attributes = tuple(
            sorted(
                (name, None if self._is_free(tag, name) else value)
                for name, value in element.attrib.items()
            )
        )
        text = element.text or ""
        content: Any = bool(text.strip()) if self._is_mixed(tag) else text
        tails = tuple(bool((child.tail or "").strip()) for child in element)
        children = tuple(self.key(child) for child in element)
        return (tag, attributes, content, tails, children)


def test_reuters_stories_export_valid_nitf() -> None:
    """Every Reuters-21578 story (reuters_stories.jsonl) exports valid NITF.

    The 11,288 documents fall into far fewer shapes (see :class:`_Shapes`); one document of
    each shape is validated, which keeps the test to the time parsing the stories takes.
    """
    schema = nitf_schema()
    shapes = _Shapes(schema)
    seen: dict[tuple[Any, ...], str] = {}
    count = 0
    for row in iter_jsonl("reuters_stories.jsonl"):
        count += 1
        document = to_nitf(parse_story(row["text"]))
        key = shapes.key(parse_document(document))
        if key not in seen:
            seen[key] = row["id"]
            assert schema.is_valid(document), row["id"]
    assert count > 0
    assert len(seen) < count  # the shapes do save work


def test_shapes_tell_invalid_documents_apart() -> None:
    """A document made invalid (a wrong fixed value, an element out of place, text where no
    text may go) gets a shape of its own, so validating one document per shape would catch
    it."""
    schema = nitf_schema()
    shapes = _Shapes(schema)
    document = to_nitf(parse_story("GDANSK (Reuters) - A storm hit, officials said."))
    assert schema.is_valid(document)
    key = shapes.key(parse_document(document))
    same = document.replace("A storm hit", "Ships waited").replace("sha1:", "sha1:x")
    assert shapes.key(parse_document(same)) == key
    for broken in (
        document.replace("12:26", "12:27"),  # a fixed attribute value
        document.replace("<body.content>", "<body.content><doc-id/>"),  # out of place
        document.replace("<docdata>", "<docdata>loose text"),  # text in element content
    ):
        assert not schema.is_valid(broken)
        assert shapes.key(parse_document(broken)) != key
