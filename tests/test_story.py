"""Whole stories: segmentation into parts, losslessness, furniture, and bad input."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import SHARED_DATA, assert_linear_time, iter_jsonl

from wirestory import FurnitureKind, Span, Story, parse_story
from wirestory._furniture import parse_furniture
from wirestory._segments import split_lines, split_paragraphs
from wirestory.strategies._story import story_texts

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "story.txt"


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def top_level_spans(story: Story) -> list[Span]:
    """Spans of every top-level part of *story*."""
    spans = [p.span for p in (story.section, story.headline, story.dateline, story.signoff) if p]
    for group in (story.bylines, story.photos, story.paragraphs, story.furniture):
        spans.extend(item.span for item in group)
    return sorted(spans, key=lambda span: (span.start, span.end))


def assert_lossless(text: str, story: Story) -> None:
    """Every non-whitespace character is in exactly one top-level part."""
    position = 0
    for span in top_level_spans(story):
        assert span.start >= position, f"overlap at {span}"
        assert not text[position : span.start].strip(), f"dropped {text[position : span.start]!r}"
        position = span.end
    assert not text[position:].strip(), f"dropped {text[position:]!r}"


def assert_exact(text: str, story: Story) -> None:
    """Every part's text is the substring its span covers."""
    for part in (story.section, story.headline, story.dateline, story.signoff):
        if part is not None:
            assert part.span.slice(text) == part.text
    for group in (story.bylines, story.photos, story.paragraphs, story.furniture):
        for item in group:
            assert item.span.slice(text) == item.text
    for statement in story.statements:
        assert statement.cue.span.slice(text) == statement.cue.text


def seed() -> tuple[str, dict[str, object]]:
    """The seed story and its expected parse (skips when the evaluation data is absent)."""
    folder = SHARED_DATA / "seed"
    if not (folder / "seed.txt").is_file():
        pytest.skip("seed story not present")
    text = (folder / "seed.txt").read_text(encoding="utf-8")
    expected = json.loads((folder / "seed_expected.json").read_text(encoding="utf-8"))
    return text, expected


# --------------------------------------------------------------------------------------------
# the seed story (../shared/data/seed, a Reuters story of May 2021)
# --------------------------------------------------------------------------------------------


def test_seed_parts_match_expected() -> None:
    """Section, headline, byline, photo, dateline and paragraphs match seed_expected.json."""
    text, expected = seed()
    story = parse_story(text)
    exp: dict[str, object] = expected
    section = exp["section"]
    assert isinstance(section, dict)
    assert story.section is not None
    assert (story.section.text, [story.section.span.start, story.section.span.end]) == (
        section["text"],
        section["span"],
    )
    headline = exp["headline"]
    assert isinstance(headline, dict)
    assert story.headline is not None
    assert story.headline.text == headline["text"]
    assert [b.names for b in story.bylines] == [("Nazarali Pirnazarov",)]
    assert len(story.photos) == 1
    photo = story.photos[0]
    assert photo.caption is not None
    assert photo.credit is not None
    assert (photo.caption.span, photo.credit.span) == (Span(115, 258), Span(259, 290))
    assert story.dateline is not None
    assert story.dateline.span == Span(292, 312)
    paragraphs = exp["paragraphs"]
    assert isinstance(paragraphs, dict)
    assert len(story.paragraphs) == paragraphs["count"]
    for paragraph, prefix in zip(story.paragraphs, paragraphs["prefixes"], strict=True):
        assert paragraph.text.startswith(prefix)
    assert story.signoff is None
    assert_lossless(text, story)
    assert_exact(text, story)


def test_seed_paragraph_spans_exclude_trailing_spaces() -> None:
    """Paragraph spans end at the last visible character, not the trailing spaces."""
    text, _ = seed()
    story = parse_story(text)
    assert all(p.text == p.text.strip() for p in story.paragraphs)
    assert story.paragraphs[1].span.end == 713  # "... last year.    " keeps four spaces out


def test_first_paragraph_starts_after_dateline() -> None:
    """The dateline and the first paragraph do not overlap: the body starts after the dash."""
    text, _ = seed()
    story = parse_story(text)
    assert story.dateline is not None
    assert story.paragraphs[0].span.start == story.dateline.body_start
    assert story.paragraphs[0].text.startswith("Moscow has offered")


# --------------------------------------------------------------------------------------------
# layouts of real copy
# --------------------------------------------------------------------------------------------

# The layout of Reuters-21578 stories (1987), as the evaluation data README describes it:
# TITLE in capitals, blank line, "By X, Reuters", blank line, dateline and body with
# indented paragraphs wrapped near 65 columns, then " Reuter". Text written for this test.
TELETYPE = """\
HARBOUR BOARD SEES REPAIRS LASTING TO SPRING

By Mara Lindqvist, Reuters

GDANSK, March 4 - The harbour board said repairs to the
storm-damaged terminal would last until the spring.
    It said shipping lines had diverted vessels to Gdynia and
that two cranes were lost in the storm.
    "Nobody here has seen a storm like it," a harbour official
said.
 Reuter
"""


def test_teletype_layout() -> None:
    """A 1987-style story: capitals headline, byline, dateline, indented paragraphs, Reuter."""
    story = parse_story(TELETYPE)
    assert story.headline is not None
    assert story.headline.text == "HARBOUR BOARD SEES REPAIRS LASTING TO SPRING"
    assert [b.names for b in story.bylines] == [("Mara Lindqvist",)]
    assert story.dateline is not None
    assert story.dateline.text == "GDANSK, March 4 -"
    assert [p.text.split()[0] for p in story.paragraphs] == ["The", "It", '"Nobody']
    assert story.signoff is not None
    assert story.signoff.text == "Reuter"
    assert_lossless(TELETYPE, story)


def test_bundled_example() -> None:
    """examples/story.txt: every part found, the caption with its pool credit."""
    text = EXAMPLE.read_text(encoding="utf-8")
    story = parse_story(text)
    assert story.section is not None
    assert story.section.text == "World News"
    assert story.headline is not None
    assert story.headline.text == "Harbour Authority Says Storm Repairs Will Take Until Spring"
    assert [b.names for b in story.bylines] == [("Mara Lindqvist", "Tomas Okafor")]
    assert len(story.photos) == 1
    assert story.photos[0].credit is not None
    assert story.photos[0].credit.pool is True
    assert story.dateline is not None
    assert story.dateline.text == "GDANSK, March 4 (Reuters) -"
    assert len(story.paragraphs) == 5
    assert story.signoff is not None
    assert story.signoff.text == (
        "Reporting by Mara Lindqvist in Gdansk; Additional reporting by Tomas Okafor in Warsaw;"
        " Editing by Hugh Bellamy"
    )
    assert story.furniture == ()
    assert_lossless(text, story)


# Modern web copy keeps one paragraph per line (huffingtonpost.com carrying Reuters copy,
# wire_stories.jsonl story-cced743b has this shape). Text written for this test.
ONE_PER_LINE = (
    "SEOUL, Aug 30 (Reuters) - The United Nations condemned the launch.\n"
    "North Korea said the launch was a first step.\n"
    "“It was stubborn,” he said.\n"
)


def test_one_paragraph_per_line() -> None:
    """Single line breaks after full sentences separate paragraphs in web copy."""
    story = parse_story(ONE_PER_LINE)
    assert [p.text for p in story.paragraphs] == [
        "The United Nations condemned the launch.",
        "North Korea said the launch was a first step.",
        "“It was stubborn,” he said.",
    ]
    assert story.headline is None


def test_single_paragraph_snippet() -> None:
    """A lede alone (AG News style snippet) is a dateline and one paragraph."""
    text = "NEW YORK (AP) -- Stocks rose on Monday as oil prices fell."
    story = parse_story(text)
    assert story.headline is None
    assert story.dateline is not None
    assert story.dateline.text == "NEW YORK (AP) --"
    assert [p.text for p in story.paragraphs] == ["Stocks rose on Monday as oil prices fell."]


def test_headline_with_slash_is_not_a_credit() -> None:
    """ "TALKING POINT/..." headlines (Reuters-21578) carry a slash but are no photo credit."""
    text = "TALKING POINT/AUTO SUPPLIER STOCKS\n\nDETROIT, March 3 - Sales were mixed.\n Reuter\n"
    story = parse_story(text)
    assert story.headline is not None
    assert story.headline.text == "TALKING POINT/AUTO SUPPLIER STOCKS"
    assert story.photos == ()


def test_headline_line_is_not_a_byline() -> None:
    """A capitals headline is never read as names ("MAGMA LOWERS COPPER ...", 1987)."""
    text = "MAGMA LOWERS COPPER 0.75 CENT TO 66 CTS\n\nNEW YORK, Feb 26 - Magma said.\n Reuter\n"
    story = parse_story(text)
    assert story.headline is not None
    assert story.bylines == ()


# --------------------------------------------------------------------------------------------
# furniture (Reuters and Yonhap conventions; texts written after their published forms)
# --------------------------------------------------------------------------------------------

FURNITURE = [
    # Reuters refile notes open the story: "(This story has been refiled to ...)".
    ("(This story has been refiled to correct the spelling of Gdynia)", FurnitureKind.EDITORS_NOTE),
    ("(Corrects paragraph 3 to say two cranes, not three)", FurnitureKind.EDITORS_NOTE),
    ("(Adds quotes from harbour master in paragraphs 4-5)", FurnitureKind.EDITORS_NOTE),
    # AP puts notes after a label.
    ("EDITOR'S NOTE: This story contains graphic descriptions.", FurnitureKind.EDITORS_NOTE),
    # Reuters web copy ends with the Trust Principles link.
    ("Our Standards: The Thomson Reuters Trust Principles.", FurnitureKind.STANDARDS),
    ("FILE PHOTO", FurnitureKind.FILE_PHOTO),
    ("Related coverage", FurnitureKind.RELATED),
    # Yonhap ends its copy with the writer's address and "(END)".
    ("mlee@yna.co.kr(END)", FurnitureKind.TICKER),
    ("<BAC> <CHEM>", FurnitureKind.TICKER),
]


@pytest.mark.parametrize(("text", "kind"), FURNITURE)
def test_furniture_kinds(text: str, kind: FurnitureKind) -> None:
    """Whole-paragraph furniture is recognised by kind."""
    found = parse_furniture(text)
    assert found is not None
    assert (found.kind, found.text) == (kind, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has offered to help.",
        "(He said the port would reopen.)",  # a parenthesised sentence, not a desk note
        "Related companies fell sharply on Monday after the report.",
    ],
)
def test_not_furniture(text: str) -> None:
    """Ordinary sentences are not furniture."""
    assert parse_furniture(text) is None


def test_story_with_furniture_around_it() -> None:
    """Notes above and trailers below are furniture, not paragraphs; the body is untouched."""
    text = (
        "(This story has been refiled to fix a typo in paragraph 2)\n\n"
        "LONDON (Reuters) - Prices rose on Monday.\n\n"
        "Traders said demand was strong.\n\n"
        "Reporting by Mara Lindqvist; Editing by Hugh Bellamy\n\n"
        "Related coverage\n\nPrices fall in Asia\n\nOil steadies\n\n"
        "Our Standards: The Thomson Reuters Trust Principles."
    )
    story = parse_story(text)
    kinds = [f.kind for f in story.furniture]
    assert kinds == [FurnitureKind.EDITORS_NOTE, FurnitureKind.RELATED, FurnitureKind.STANDARDS]
    assert story.furniture[1].text.endswith("Oil steadies")
    assert [p.text for p in story.paragraphs] == [
        "Prices rose on Monday.",
        "Traders said demand was strong.",
    ]
    assert story.signoff is not None
    assert story.signoff.text == "Reporting by Mara Lindqvist; Editing by Hugh Bellamy"
    assert_lossless(text, story)


# --------------------------------------------------------------------------------------------
# paragraph splitting
# --------------------------------------------------------------------------------------------


def test_split_lines_offsets_with_crlf() -> None:
    """CRLF counts as one break; offsets stay exact."""
    text = "ab\r\n\r\n cd \r\n"
    assert [(ln.lstart, ln.rend) for ln in split_lines(text)] == [(0, 2), (4, 4), (7, 9), (12, 12)]


def test_split_paragraphs_teletype_and_blank_lines() -> None:
    """Indented lines open paragraphs in wrapped blocks; blank lines always separate."""
    text = "One\nwrapped.\n    Two\nwrapped.\n\n\nThree."
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["One\nwrapped.", "Two\nwrapped.", "Three."]


# --------------------------------------------------------------------------------------------
# bad input
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n \u00a0"])
def test_blank_text(text: str) -> None:
    """Blank text gives an empty story."""
    assert parse_story(text) == Story(text=text)


def test_headline_only() -> None:
    """A story that is only a headline keeps it as the headline."""
    story = parse_story("Storm Hits Port\n")
    assert story.headline is not None
    assert story.headline.text == "Storm Hits Port"
    assert story.paragraphs == ()


def test_binary_junk_decoded_as_latin1() -> None:
    """Random bytes read as latin-1 parse without raising and lose nothing."""
    rng = random.Random(1987)  # noqa: S311  (reproducible junk, not secrets)
    text = bytes(rng.randrange(256) for _ in range(100_000)).decode("latin-1")
    story = parse_story(text)
    assert_lossless(text, story)
    assert_exact(text, story)


HUGE_PARAGRAPH = "The harbour board said repairs would last until the spring, officials said.\n\n"


def _huge_story(size: int) -> str:
    """A headline, a dateline and *size* characters of repeated paragraphs."""
    return "STORM REPAIRS\n\nGDANSK (Reuters) - " + HUGE_PARAGRAPH * (size // len(HUGE_PARAGRAPH))


def test_megabyte_story_in_linear_time() -> None:
    """A 1 MB story parses in 8x the time of a 125 KB one, every paragraph kept."""
    story = assert_linear_time(parse_story, _huge_story, 125_000)
    text = _huge_story(1_000_000)
    assert len(story.paragraphs) == text.count("\n\n") - 1
    assert_lossless(text, story)


def test_hundred_thousand_one_line_paragraphs() -> None:
    """100,000 one-line paragraphs are 100,000 paragraphs, in time linear in their number."""
    text = "\n".join(f"Line {i} ends here." for i in range(100_000))
    story = assert_linear_time(
        parse_story, lambda n: "\n".join(f"Line {i} ends here." for i in range(n)), 12_500
    )
    assert story.text == text
    assert len(story.paragraphs) + (story.headline is not None) == 100_000
    assert_lossless(text, story)


# 1 MB of each of these (and more) is parsed within a budget in tests/test_robustness.py; here
# 25 KB against 200 KB shows the time grows linearly.
@pytest.mark.parametrize("char", ['"', "“", "-", "—", "(", ")", "A", "\n", " \n", "/"])
def test_runs_of_one_character_in_linear_time(char: str) -> None:
    """Runs of quote marks, dashes, parentheses or capitals parse in linear time, losslessly."""

    def make(size: int) -> str:
        return char * (size // len(char))

    story = assert_linear_time(parse_story, make, 25_000)
    assert_lossless(make(200_000), story)


def test_type_errors() -> None:
    """Non-str text and a non-date reference_date raise TypeError."""
    with pytest.raises(TypeError, match="str"):
        parse_story(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference_date"):
        parse_story("x", reference_date="2021-05-05")  # type: ignore[arg-type]
    assert parse_story("x", reference_date=dt.date(2021, 5, 5)).text == "x"


# --------------------------------------------------------------------------------------------
# properties
# --------------------------------------------------------------------------------------------


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_is_lossless(text: str) -> None:
    """Any text parses without raising; parts are exact and cover every visible character."""
    story = parse_story(text)
    assert story.text is text
    assert_lossless(text, story)
    assert_exact(text, story)


# One test for two properties of generated stories: each example is generated and parsed once.
@given(story_texts(), st.integers(1, 3))
def test_story_texts_are_lossless_and_shift_with_blank_lines(text: str, lines: int) -> None:
    """Generated stories: exact parts covering everything, shifted as a whole by blank lines."""
    plain = parse_story(text)
    assert_lossless(text, plain)
    assert_exact(text, plain)
    assert plain.paragraphs
    padded = parse_story("\n" * lines + text)
    assert [s.shift(lines) for s in top_level_spans(plain)] == top_level_spans(padded)


# --------------------------------------------------------------------------------------------
# evaluation data (read at test time; skipped when absent)
# --------------------------------------------------------------------------------------------


def test_wire_stories_lossless() -> None:
    """Modern wire stories (wire_stories.jsonl) are cut without loss or overlap."""
    for row in iter_jsonl("wire_stories.jsonl"):
        story = parse_story(row["text"])
        assert_lossless(row["text"], story)
        assert_exact(row["text"], story)


def test_reuters_stories_sample() -> None:
    """The first 300 Reuters-21578 stories: headline found and nothing dropped."""
    for number, row in enumerate(iter_jsonl("reuters_stories.jsonl")):
        if number == 300:
            break
        story = parse_story(row["text"])
        assert story.headline is not None
        assert re.sub(r"\s+", " ", story.headline.text) == re.sub(r"\s+", " ", row["headline"])
        assert_lossless(row["text"], story)


# The resolution rule is DatelineDate.resolve's: the nearest such day not after the reference
# plus one (Reuters datelines name the day of filing or a recent one).
@pytest.mark.parametrize(
    ("dateline", "reference", "expected"),
    [
        ("GDANSK, Dec 30 (Reuters) -", dt.date(2021, 1, 4), dt.date(2020, 12, 30)),
        ("GDANSK, March 4 (Reuters) -", dt.date(2024, 3, 4), dt.date(2024, 3, 4)),
        ("GDANSK, March 4 (Reuters) -", None, None),
        ("GDANSK (Reuters) -", dt.date(2024, 3, 4), None),
    ],
)
def test_story_date(dateline: str, reference: dt.date | None, expected: dt.date | None) -> None:
    """story.date is the dateline's day resolved against reference_date."""
    story = parse_story(f"Storm\n\n{dateline} Repairs began.", reference_date=reference)
    assert story.date == expected


def test_dash_headline_is_not_the_dateline() -> None:
    """A headline with " - " before the real dateline stays the headline (Reuters-21578 form
    "U.S., ARGENTINA SETTLE SOYPRODUCT CASE - YEUTTER"; text written for this test)."""
    text = (
        "U.S., CANADA SETTLE LUMBER CASE - YEUTTER\n\n"
        "WASHINGTON, April 1 - The United States and Canada have settled\n"
        "the lumber case, officials said.\n Reuter\n"
    )
    story = parse_story(text)
    assert story.headline is not None
    assert story.headline.text == "U.S., CANADA SETTLE LUMBER CASE - YEUTTER"
    assert story.dateline is not None
    assert story.dateline.text == "WASHINGTON, April 1 -"


def test_table_rows_are_not_photos() -> None:
    """Slashes in 1987 commodity tables ("Baltimore/", "Oct/Dec") do not make photo credits."""
    text = (
        "GRAIN SHIPS LOADING\n\nNEW YORK, March 2 - Ships loading grain were:\n"
        "    Baltimore/\n    Oct/Dec            Jan/Dec\n Reuter\n"
    )
    story = parse_story(text)
    assert story.photos == ()
    assert_lossless(text, story)


def test_run_in_byline_before_dateline() -> None:
    """Flattened copy with the byline run into the dateline line (Reuters NewsML body text in
    the Superdesk fixtures: "By Marwan Makdisi DAMASCUS (Reuters) - ..."; text written here)."""
    text = "By Mara Lindqvist GDANSK (Reuters) - Repairs will last until the spring, it said."
    story = parse_story(text)
    assert [b.names for b in story.bylines] == [("Mara Lindqvist",)]
    assert story.dateline is not None
    assert story.dateline.text == "GDANSK (Reuters) -"
    assert story.furniture == ()


def test_run_in_byline_after_flattened_headline() -> None:
    """Yonhap copy as scraped: headline, note and byline run into the dateline's line."""
    text = (
        "(2nd LD) Port repairs to last until spring (ATTN: ADDS details)By Lee Minji "
        "SEOUL, Jan. 2 (Yonhap) -- Repairs will last until spring, officials said."
    )
    story = parse_story(text)
    assert story.headline is not None
    assert story.headline.text.startswith("(2nd LD) Port repairs")
    assert [b.names for b in story.bylines] == [("Lee Minji",)]
    assert story.dateline is not None
    assert story.dateline.text == "SEOUL, Jan. 2 (Yonhap) --"
    assert_lossless(text, story)


def test_long_single_paragraph_is_body() -> None:
    """One long paragraph without a dateline is body, even with a slash in it."""
    text = "Officials said on Monday that repairs would take months. " * 5 + "Photo/AP."
    story = parse_story(text)
    assert story.headline is None
    assert [p.text for p in story.paragraphs] == [text]


@pytest.mark.parametrize(
    ("first", "is_section"),
    [
        ("Caspian Region", True),  # the seed story's section line
        ("WORLD NEWS", True),
        ("U.S. Legal News", True),
        ("Storm hits port", False),  # a short headline in sentence case
        ("Harbour Authority Says Storm Repairs Will Last", False),  # too long for a label
    ],
)
def test_section_or_headline(first: str, is_section: bool) -> None:
    """A short capitalised line above the headline is its section; other lines are not."""
    text = f"{first}\n\nRepairs To The Storm-Damaged Terminal Will Last Until Spring And Beyond\n\n"
    text += "GDANSK (Reuters) - Repairs will last until spring, the port said."
    story = parse_story(text)
    assert (story.section.text if story.section else None) == (first if is_section else None)
    assert story.headline is not None
    assert story.headline.text == (text.split("\n\n")[1] if is_section else first)


@pytest.mark.parametrize(
    ("lines", "organization", "role"),
    [
        # AP layout: the byline's organisation or role on the line under the names.
        ("By JOHN DOE\nAssociated Press", "Associated Press", None),
        ("By BERNARD CONDON\nAP Business Writer", None, "AP Business Writer"),
    ],
)
def test_two_line_byline(lines: str, organization: str | None, role: str | None) -> None:
    """An affiliation line under a byline extends that byline instead of becoming another."""
    text = f"Storm hits port\n\n{lines}\n\nWASHINGTON (AP) — The storm hit the port."
    story = parse_story(text)
    (byline,) = story.bylines
    assert (byline.text, byline.organization, byline.role) == (lines, organization, role)
    assert story.headline is not None
    assert story.headline.text == "Storm hits port"
    assert_exact(text, story)
