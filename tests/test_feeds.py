"""Real XML items: the feed items in ``../shared/data/feeds/`` (NITF, NewsML 1.2, NewsML-G2
from Reuters, AP, AFP, AAP, dpa, EFE, ANSA, TASS and others), IPTC's own examples, and NITF
export of the evaluation stories validated against the NITF 3.6 schema.

Everything here reads ``../shared`` when present and skips cleanly otherwise; no item is
copied into the tests.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
from tests.conftest import SHARED_DATA, iter_jsonl
from tests.test_nitf import nitf_schema

from wirestory import Story, WireFormatError, parse_item, parse_story, read_item, to_nitf

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


def test_wire_stories_export_valid_nitf() -> None:
    """Every modern wire story (wire_stories.jsonl) exports valid NITF."""
    schema = nitf_schema()
    invalid = [
        row["id"]
        for row in iter_jsonl("wire_stories.jsonl")
        if not schema.is_valid(to_nitf(parse_story(row["text"])))
    ]
    assert invalid == []


def test_reuters_stories_export_valid_nitf() -> None:
    """Every Reuters-21578 story (reuters_stories.jsonl) exports valid NITF.

    Stories are parsed without timing the schema; the schema is compiled once.
    """
    schema = nitf_schema()
    started = time.perf_counter()
    invalid = []
    count = 0
    for row in iter_jsonl("reuters_stories.jsonl"):
        count += 1
        if not schema.is_valid(to_nitf(parse_story(row["text"]))):
            invalid.append(row["id"])
    assert count > 0
    assert invalid == [], (
        f"{len(invalid)} of {count} invalid in {time.perf_counter() - started:.0f} s"
    )
