"""The annotated HTML view: marks per kind, nesting, the text round trip, the CLI pages."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import SHARED_DATA, assert_linear_time

import wirestory
from wirestory import (
    Content,
    Cue,
    Paragraph,
    Span,
    Speaker,
    Statement,
    StatementKind,
    Story,
    parse_story,
    render_html,
)
from wirestory._html import _CSS, KINDS, _Mark, _weave, _Weaver
from wirestory.strategies import story_texts

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "story.txt"
SEED = SHARED_DATA / "seed" / "seed.txt"

#: Elements with no end tag (HTML's void elements); the page uses br and meta.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}


class _Reader(HTMLParser):
    """Reads a page: the story's text (the ``ws-story`` element without ``ws-x`` elements),
    the marks by kind (distinct ``data-id`` per ``data-kind``), and nesting errors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool, str]] = []  # tag, in story, skipped, data-id
        self.parts: list[str] = []
        self.covers: list[frozenset[str]] = []  # per character of the story: its marks' ids
        self.marks: dict[str, set[str]] = {}
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        inside, skipped = self.stack[-1][1:3] if self.stack else (False, False)
        inside = inside or "ws-story" in classes
        skipped = skipped or "ws-x" in classes
        if inside and not skipped and attributes.get("data-kind"):
            kind, ident = attributes["data-kind"], attributes.get("data-id") or ""
            self.marks.setdefault(kind or "", set()).add(ident)
        self.stack.append((tag, inside, skipped, attributes.get("data-id") or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][1] and not self.stack[-1][2]:
            self.parts.append(data)
            ids = frozenset(entry[3] for entry in self.stack if entry[3])
            self.covers.extend([ids] * len(data))


def read_page(page: str) -> _Reader:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader


def story_text(page: str) -> str:
    """The story's own text in *page*: what the how-to page tells readers to extract."""
    return "".join(read_page(page).parts)


def mark_counts(page: str) -> dict[str, int]:
    return {kind: len(ids) for kind, ids in read_page(page).marks.items()}


def _found(text: str, names: tuple[str, ...], span: Span) -> int:
    """How many of *names* are written, in order, inside *span* (as the page marks them)."""
    count, cursor = 0, span.start
    for name in names:
        at = text.find(name, cursor, span.end) if name else -1
        if at >= 0:
            count, cursor = count + 1, at + len(name)
    return count


def expected_counts(story: Story) -> dict[str, int]:
    """The marks of each kind a page of *story* must hold, from the model alone."""
    text = story.text
    counts: Counter[str] = Counter()

    def add(kind: str, *spans: Span | None) -> None:
        counts[kind] += sum(1 for span in spans if span is not None and len(span) > 0)

    add("section", story.section.span if story.section else None)
    add("headline", story.headline.span if story.headline else None)
    for byline in story.bylines:
        add("byline", byline.span)
        counts["writer"] += _found(text, byline.names, byline.span)
    for photo in story.photos:
        add("photo", photo.span)
        if photo.caption:
            add("caption", photo.caption.span)
            add("place", photo.caption.place.span if photo.caption.place else None)
            add("date", photo.caption.date.span if photo.caption.date else None)
        if photo.credit:
            credit = photo.credit
            add("photo-credit", credit.span)
            counts["photographer"] += _found(text, credit.photographers, credit.span)
            sources = tuple(s for s in credit.sources if s != credit.distributor)
            counts["source"] += _found(text, sources, credit.span)
            if credit.distributor:
                counts["distributor"] += credit.distributor in credit.text
    if story.dateline:
        dateline = story.dateline
        add("dateline", dateline.span)
        add("place", dateline.place.span if dateline.place else None)
        add("date", dateline.date.span if dateline.date else None)
        add("agency", *(agency.span for agency in dateline.agencies))
    add("paragraph", *(paragraph.span for paragraph in story.paragraphs))
    for statement in story.statements:
        counts["statement"] += 1
        add("content", *statement.content.spans)
        add("cue", statement.cue.span)
        add("speaker", statement.speaker.span if statement.speaker else None)
        add("via", statement.via.span if statement.via else None)
    if story.signoff:
        add("signoff", story.signoff.span)
        for credit_ in story.signoff.credits:
            add("signoff-credit", credit_.span)
            counts["signoff-name"] += _found(text, credit_.names, credit_.span)
    add("furniture", *(furniture.span for furniture in story.furniture))
    return {kind: count for kind, count in counts.items() if count}


def example() -> Story:
    return parse_story(EXAMPLE.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# the bundled example and the seed story
# --------------------------------------------------------------------------------------------


def test_example_marks_every_part() -> None:
    story = example()
    page = render_html(story)
    reader = read_page(page)
    assert reader.errors == []
    assert story_text(page) == story.text
    counts = mark_counts(page)
    assert counts == expected_counts(story)
    # The example's parts, counted by hand from examples/story.txt.
    assert counts == {
        "section": 1, "headline": 1, "byline": 1, "writer": 2,
        "photo": 1, "caption": 1, "place": 2, "date": 2, "photo-credit": 1,
        "photographer": 1, "distributor": 1, "dateline": 1, "agency": 1,
        "paragraph": 5, "statement": 5, "content": 6, "cue": 5, "speaker": 5, "via": 1,
        "signoff": 1, "signoff-credit": 3, "signoff-name": 3,
    }  # fmt: skip
    assert set(counts) <= {kind for kind, _group, _meaning in KINDS}


def test_example_shows_resolved_names_and_details() -> None:
    page = render_html(example())
    # "She said ..." resolves to the harbour master named before.
    assert '<span class="ws-sr">resolves to </span>Anna Wrobel</span>' in page
    # A name already written in the speaker's text gets no arrow.
    assert page.count('class="ws-x ws-resolved"') == 1
    # Details: kind, fields and the model's span, tied to the mark for screen readers.
    assert 'aria-describedby="' in page
    assert "<strong>speaker</strong>" in page
    assert "name: Anna Wrobel" in page
    assert "role: additional reporting" in page
    assert "agency: PAP" in page
    # The side list is the story's speakers, most statements first, with a known gender.
    side = page[page.index('<ol class="ws-speakers">') :]
    assert side.index("Anna Wrobel (female)") < side.index("port authority")
    assert 'aria-label="2 statements"' in side


def test_page_is_self_contained() -> None:
    page = render_html(example())
    assert page.startswith("<!DOCTYPE html>\n<html lang=")
    for banned in ("<script", "<link", "<img", "src=", "http://", "https://", "url("):
        assert banned not in page
    # Every link points inside the page.
    assert all(part.startswith('"#') for part in page.split("href=")[1:])


@pytest.mark.skipif(not SEED.is_file(), reason="seed story in ../shared absent")
def test_seed_shows_ten_statements_with_speakers() -> None:
    story = parse_story(SEED.read_text(encoding="utf-8"))
    page = render_html(story)
    counts = mark_counts(page)
    assert counts == expected_counts(story)
    assert counts["statement"] == 10
    assert counts["speaker"] == 10
    assert story_text(page) == story.text
    assert "</span>Sergei Lavrov</span>" in page  # "He" and "Lavrov" resolve to the full name


# --------------------------------------------------------------------------------------------
# nesting: statements inside paragraphs, crossing marks split
# --------------------------------------------------------------------------------------------


def _statement(text: str, content: tuple[int, int], cue: str, speaker: str | None) -> Statement:
    start, end = content
    at = text.index(cue)
    who = None
    if speaker is not None:
        s = text.index(speaker)
        who = Speaker(text=speaker, span=Span(s, s + len(speaker)))
    return Statement(
        kind=StatementKind.INDIRECT,
        speaker=who,
        cue=Cue(text=cue, span=Span(at, at + len(cue))),
        content=Content(
            text=text[start:end], span=Span(start, end), spans=(Span(start, end),),
            pieces=(text[start:end],),
        ),
        span=Span(start, end),
        rule="test",
    )  # fmt: skip


def test_marks_that_cross_are_split_into_pieces() -> None:
    # Invented: two statements whose extents cross, and a quote running over a paragraph break.
    text = "Ana said the dam held and Ben said it leaked.\n\nIt did, Ben added."
    first_para = Span(0, 45)
    second_para = Span(47, len(text))
    one = _statement(text, (9, 23), "said", "Ana")  # "the dam held"
    two = _statement(text, (35, 51), "said it", "Ben")  # "it leaked.\n\nIt d" crosses the break
    story = Story(
        text=text,
        paragraphs=(
            Paragraph(text=first_para.slice(text), span=first_para),
            Paragraph(text=second_para.slice(text), span=second_para),
        ),
        statements=(one, two),
    )
    page = render_html(story)
    reader = read_page(page)
    assert reader.errors == []
    assert story_text(page) == text
    assert mark_counts(page)["statement"] == 2
    assert mark_counts(page)["content"] == 2
    assert "ws-cont" in page  # the second statement goes on in the next paragraph
    # Only the first piece of a mark takes keyboard focus and holds its details.
    assert page.count('tabindex="0"') == page.count('role="tooltip"')
    assert page.count('data-kind="statement"') == 3
    assert page.count('data-kind="statement" data-id') == 3
    assert "rule: test" in page


def test_rule_lang_and_gender_show_when_present() -> None:
    text = "Ana Petrov sagte, der Damm halte."
    statement = attrs.evolve(
        _statement(text, (18, 32), "sagte", "Ana Petrov"),
        rule="verb-after-speaker",
        lang="de",
    )
    assert statement.speaker is not None
    speaker = attrs.evolve(statement.speaker, name="Ana Petrov", gender="female")
    story = Story(
        text=text,
        paragraphs=(Paragraph(text=text, span=Span(0, len(text))),),
        statements=(attrs.evolve(statement, speaker=speaker),),
        lang="en",
    )
    page = render_html(story)
    assert "rule: verb-after-speaker" in page
    assert "gender: female" in page
    assert 'lang="de"' in page  # the statement's language differs from the story's
    assert story_text(page) == text


def test_overlapping_top_level_parts_stay_well_formed() -> None:
    # Not what parse_story returns, but a Story built by hand may hold anything.
    text = "First part here. Second part."
    story = Story(
        text=text,
        paragraphs=(
            Paragraph(text=text[0:20], span=Span(0, 20)),
            Paragraph(text=text[10:], span=Span(10, len(text))),
        ),
    )
    page = render_html(story)
    assert read_page(page).errors == []
    assert story_text(page) == text


def _random_marks(draw: st.DrawFn, size: int) -> list[_Mark]:
    points = st.integers(0, size)
    marks = []
    for number in range(1, draw(st.integers(0, 12)) + 1):
        start, end = sorted((draw(points), draw(points)))
        if end == start:
            continue
        block = draw(st.booleans())
        marks.append(
            _Mark(start=start, end=end, kind="statement" if not block else "paragraph",
                  block=block, tag="p" if block else "span", number=number,
                  rank=0 if block else draw(st.integers(1, 3)))
        )  # fmt: skip
    return marks


@st.composite
def texts_with_marks(draw: st.DrawFn) -> tuple[str, list[_Mark]]:
    text = draw(st.text(alphabet="ab <&>\r\n\"'", max_size=40))
    return text, _random_marks(draw, len(text))


@given(texts_with_marks())
def test_weaving_any_marks_keeps_text_and_nesting(case: tuple[str, list[_Mark]]) -> None:
    text, marks = case
    page = '<article class="ws-story">' + "".join(_weave(text, marks, _Weaver("t"))) + "</article>"
    reader = read_page(page)
    assert reader.errors == []
    assert reader.stack == []
    assert "".join(reader.parts) == text
    # Each character sits inside exactly the marks that cover it (inline ones in a block).
    for at, ids in enumerate(reader.covers):
        covering = [m for m in marks if m.start <= at < m.end]
        if not any(m.block for m in covering):
            covering = []
        assert ids == {f"t-{m.number}" for m in covering}, at


# --------------------------------------------------------------------------------------------
# the round trip on any text
# --------------------------------------------------------------------------------------------


@given(st.text(max_size=300))
def test_any_text_round_trips(text: str) -> None:
    page = render_html(parse_story(text))
    reader = read_page(page)
    assert reader.errors == []
    assert "".join(reader.parts) == text


@given(story_texts())
def test_story_texts_round_trip_with_all_marks(text: str) -> None:
    story = parse_story(text)
    for page in (render_html(story), render_html(story, standalone=False)):
        reader = read_page(page)
        assert reader.errors == []
        assert "".join(reader.parts) == text
        assert {kind: len(ids) for kind, ids in reader.marks.items()} == expected_counts(story)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("A <b>bold</b> & plain claim, the mayor said.", "&lt;b&gt;bold&lt;/b&gt; &amp; plain"),
        ("Line one\r\nLine two", "Line one&#13;\nLine two"),  # CR survives an HTML parser
        ("&amp; is not an entity here", "&amp;amp; is not"),
    ],
)
def test_text_is_escaped(text: str, escaped: str) -> None:
    page = render_html(parse_story(text))
    assert escaped in page
    assert story_text(page) == text


def test_render_is_linear() -> None:
    paragraph = '"The dam held," Ana Petrov said. She added that it would hold.\n\n'
    assert_linear_time(lambda t: render_html(parse_story(t)), lambda n: paragraph * n, 40)


# --------------------------------------------------------------------------------------------
# Jupyter, types
# --------------------------------------------------------------------------------------------


def test_repr_html_is_the_fragment() -> None:
    story = example()
    fragment = story._repr_html_()
    assert fragment == render_html(story, standalone=False)
    assert fragment.startswith('<div class="wirestory"><style>')
    assert "<!DOCTYPE" not in fragment
    assert "<h1" not in fragment
    assert "<h2 " in fragment
    assert story_text(fragment) == story.text


def test_wrong_type_raises() -> None:
    with pytest.raises(TypeError, match="Story"):
        render_html("GDANSK (Reuters) - text")  # type: ignore[arg-type]


def test_lazy_export() -> None:
    assert wirestory.render_html is render_html
    assert "render_html" in wirestory.__all__


# --------------------------------------------------------------------------------------------
# the command line
# --------------------------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wirestory", *args],
        capture_output=True, text=True, encoding="utf-8", check=False, timeout=300,
    )  # fmt: skip


def test_cli_html_to_stdout() -> None:
    result = run("parse", str(EXAMPLE), "--format", "html")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.count("<!DOCTYPE html>") == 1
    assert story_text(result.stdout) == EXAMPLE.read_text(encoding="utf-8")


def test_cli_html_folder_with_index(tmp_path: Path) -> None:
    other = tmp_path / "in" / "story.txt"  # same file name as the example: made unique
    other.parent.mkdir()
    other.write_text("RIGA (Reuters) - Trams stopped, the city said.", encoding="utf-8")
    out = tmp_path / "out"
    result = run("parse", str(EXAMPLE), str(other), "--format", "html", "-o", f"{out}/")
    assert (result.returncode, result.stderr) == (0, "")
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "story-2.html", "story.html"]
    page = (out / "story.html").read_text(encoding="utf-8")
    assert story_text(page) == EXAMPLE.read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert read_page(index).errors == []
    assert index.index('href="story.html"') < index.index('href="story-2.html"')
    assert "Harbour Authority Says Storm Repairs Will Take Until Spring" in index
    assert "GDANSK, March 4 (Reuters) -" in index
    assert '<td class="n">5</td>' in index
    assert '<td class="n">1</td>' in index


def test_cli_html_file_output(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = run("parse", str(EXAMPLE), "--format", "html", "-o", str(out))
    assert (result.returncode, result.stderr) == (0, "")
    assert story_text(out.read_text(encoding="utf-8")) == EXAMPLE.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
# contrast (WCAG AA: 4.5:1 for text)
# --------------------------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    if len(colour) == 4:  # "#fff"
        colour = "#" + "".join(c * 2 for c in colour[1:])
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(one: str, two: str) -> float:
    high, low = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_colours_meet_wcag_aa() -> None:
    """Every rule's text colour (the ink where it sets none) on its background: >= 4.5:1."""
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", _CSS)
    checked = 0
    for _selector, body in rules:
        background = re.search(r"background:(#[0-9a-f]{6}|#[0-9a-f]{3})\b", body)
        colour = re.search(r"(?<![-\w])color:(#[0-9a-f]{6}|#[0-9a-f]{3})\b", body)
        if background is None:
            continue
        ink = colour[1] if colour else "#1b1b1b"
        assert _contrast(ink, background[1]) >= 4.5, (_selector, ink, background[1])
        checked += 1
    assert checked >= 15


def test_cli_html_folder_names_pages_after_jsonl_ids(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "index", "text": "RIGA (Reuters) - Trams stopped."}\n'
        '{"id": "a/b c", "text": "OSLO (Reuters) - Ferries ran."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "pages"
    result = run("parse", str(batch), "--format", "html", "-o", str(out))
    assert (result.returncode, result.stderr) == (0, "")
    # "index" is the index's name; "a/b c" keeps its last path part, spaces made dashes.
    assert sorted(p.name for p in out.iterdir()) == ["b-c.html", "index-2.html", "index.html"]
