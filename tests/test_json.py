"""Stories as JSON: story_to_dict / story_from_dict round trips and error handling."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from tests.conftest import SHARED_DATA, iter_jsonl

from wirestory import Headline, Span, Story, parse_story
from wirestory._json import SCHEMA_VERSION, story_from_dict, story_to_dict
from wirestory.strategies._story import stories

# Layout of a Reuters web story (section, headline, byline, caption with credit, dateline),
# written for this test after the form of the seed story.
STORY = (
    "World News\n\nPort Repairs To Last Until Spring\n\nBy Mara Lindqvist\n\n"
    "A crane at the port of Gdansk, Poland, March 3, 2024. Jan Kowalski/Pool via REUTERS\n\n"
    "GDANSK, March 4 (Reuters) - Repairs will last until spring, the port said.\n\n"
    '"We lost two cranes," harbour master Anna Wrobel told reporters.\n\n'
    "Reporting by Mara Lindqvist; Editing by Hugh Bellamy\n"
)


def json_types_only(value: Any) -> bool:
    """Whether *value* holds only what JSON has: dicts with str keys, lists, scalars."""
    if value is None or isinstance(value, str | bool | int):
        return True
    if isinstance(value, list):
        return all(json_types_only(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and json_types_only(v) for k, v in value.items())
    return False


def test_round_trip_of_full_story() -> None:
    """A story with every kind of part survives to_dict -> JSON -> from_dict unchanged."""
    story = parse_story(STORY)
    data = json.loads(json.dumps(story.to_dict()))
    assert Story.from_dict(data) == story
    assert json_types_only(story.to_dict())


def test_layout() -> None:
    """The dict has the documented version field, fields by name and spans as pairs."""
    story = parse_story(STORY)
    data = story_to_dict(story)
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["text"] == STORY
    assert data["headline"] == {"text": "Port Repairs To Last Until Spring", "span": [12, 45]}
    assert data["paragraphs"][0]["span"] == [
        story.paragraphs[0].span.start,
        story.paragraphs[0].span.end,
    ]
    assert set(data) == {"schema_version", *(field.name for field in attrs.fields(Story))}


def test_seed_round_trip() -> None:
    """The seed story (with its nine statements) round-trips."""
    path = SHARED_DATA / "seed" / "seed.txt"
    if not path.is_file():
        pytest.skip("seed story not present")
    story = parse_story(path.read_text(encoding="utf-8"))
    assert story_from_dict(json.loads(json.dumps(story_to_dict(story)))) == story


def test_wire_stories_round_trip() -> None:
    """Every modern wire story (wire_stories.jsonl) round-trips."""
    for row in iter_jsonl("wire_stories.jsonl"):
        story = parse_story(row["text"])
        assert story_from_dict(json.loads(json.dumps(story_to_dict(story)))) == story


@given(stories())
def test_round_trip_property(story: Story) -> None:
    """Generated stories round-trip through JSON text."""
    text = json.dumps(story.to_dict(), ensure_ascii=False)
    assert Story.from_dict(json.loads(text)) == story


def test_unknown_keys_are_ignored() -> None:
    """Keys a newer writer adds (with the same version) are ignored by this reader."""
    data = story_to_dict(Story(text="Hi", headline=Headline(text="Hi", span=Span(0, 2))))
    data["headline"]["style"] = "bold"
    data["source"] = "feed-7"
    assert story_from_dict(data).headline == Headline(text="Hi", span=Span(0, 2))


def good() -> dict[str, Any]:
    """A valid story dict to break in the tests below."""
    return story_to_dict(parse_story(STORY))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("text"), "missing 'text'"),
        (lambda d: d.update(schema_version=SCHEMA_VERSION + 1), "schema_version"),
        (lambda d: d.update(schema_version="1"), "schema_version"),
        (lambda d: d["headline"].update(span=[5, 2]), "end"),
        (lambda d: d["headline"].update(span=[1]), "pair"),
        (lambda d: d["headline"].update(span=[True, 2]), "pair"),
        (lambda d: d["headline"].update(text=7), "string"),
        (lambda d: d.update(paragraphs={"text": "x"}), "array"),
        (lambda d: d.update(headline=None, section=[]), "object"),
        (
            lambda d: d["furniture"].append({"kind": "banner", "text": "x", "span": [0, 1]}),
            "banner",
        ),
        (lambda d: d["photos"][0]["credit"].update(pool="yes"), "true or false"),
        (lambda d: d["dateline"].update(body_start="12"), "integer"),
        (lambda d: d.update(bylines=None), "null is not allowed"),
        (lambda d: d["headline"].update(text=None), "null is not allowed"),
    ],
)
def test_malformed_dicts_raise_value_error(change: Any, message: str) -> None:
    """A malformed dict raises ValueError naming the problem."""
    data = good()
    change(data)
    with pytest.raises(ValueError, match=message):
        story_from_dict(data)


def test_not_a_dict() -> None:
    """from_dict of a non-dict is a ValueError; to_dict of a non-story a TypeError."""
    with pytest.raises(ValueError, match="dict"):
        story_from_dict([])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Story"):
        story_to_dict("story")  # type: ignore[arg-type]
