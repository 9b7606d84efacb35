"""ninjs 3.1 export: validation against the IPTC schema and the mapping of parts."""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest
from hypothesis import given
from tests.conftest import SHARED_DATA, iter_jsonl

from wirestory import Story, parse_story, to_ninjs
from wirestory.strategies._story import stories

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = SHARED_DATA.parent / "schemas" / "ninjs-schema_3.1.json"


@functools.cache
def _validator() -> Any:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.Draft202012Validator
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture
def validator() -> Any:
    """A draft 2020-12 validator for ninjs 3.1 with format checks (skips without the schema)."""
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"{SCHEMA_PATH} not present")
    return _validator()


def errors(validator: Any, item: dict[str, Any]) -> list[str]:
    """Validation messages for *item* (empty when valid)."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(item)]


# A story in the layout of the seed story, written for this test.
STORY = (
    "World News\n\nPort Repairs To Last Until Spring\n\nBy Mara Lindqvist and Tomas Okafor\n\n"
    "A crane at the port of Gdansk, Poland, March 3, 2024. Jan Kowalski/Pool via REUTERS\n\n"
    "GDANSK, March 4 (Reuters) - Repairs will last until spring, the port said.\n\n"
    '"We lost two cranes," harbour master Anna Wrobel told reporters.\n\n'
    "The ministry would cover part of the cost, the PAP news agency reported.\n\n"
    "Reporting by Mara Lindqvist; Editing by Hugh Bellamy\n"
)


def test_mapping(validator: Any) -> None:
    """Headline, section, by, located, body, photo association and people are mapped."""
    story = parse_story(STORY)
    item = to_ninjs(story, uri="https://example.com/stories/1")
    assert errors(validator, item) == []
    assert item["uri"] == "https://example.com/stories/1"
    assert item["headlines"] == [
        {"role": "main", "value": "Port Repairs To Last Until Spring"},
        {"role": "section", "value": "World News"},
    ]
    assert item["by"] == "By Mara Lindqvist and Tomas Okafor"
    assert item["located"] == "GDANSK"
    body = item["bodies"][0]["value"]
    assert body.startswith("GDANSK, March 4 (Reuters) - Repairs will last")
    assert body.count("\n\n") == len(story.paragraphs) - 1
    assert "Reporting by" not in body
    (photo,) = item["associations"]
    assert photo["type"] == "picture"
    assert photo["by"] == "Jan Kowalski/Pool via REUTERS"
    assert photo["descriptions"][0]["value"].startswith("A crane at the port of Gdansk")
    authors = [p["name"] for p in item["people"] if p["rel"] == "author"]
    assert authors == ["Mara Lindqvist", "Tomas Okafor"]
    assert {"name": "Reuters", "role": "originator"} in item["infoSources"]


def test_default_uri_is_stable(validator: Any) -> None:
    """Without a uri the item gets a URN derived from the text, the same on every run."""
    first, second = to_ninjs(parse_story(STORY)), to_ninjs(parse_story(STORY))
    assert first["uri"] == second["uri"]
    assert first["uri"].startswith("urn:wirestory:sha1:")
    assert errors(validator, first) == []


def test_empty_story_validates(validator: Any) -> None:
    """An empty story still exports a valid item with an empty body."""
    item = to_ninjs(parse_story(""))
    assert errors(validator, item) == []
    assert item["bodies"][0]["value"] == ""


def test_seed(validator: Any) -> None:
    """The seed story: valid, located in DUSHANBE (TJ), quoted people and relays listed."""
    path = SHARED_DATA / "seed" / "seed.txt"
    if not path.is_file():
        pytest.skip("seed story not present")
    story = parse_story(path.read_text(encoding="utf-8"))
    item = to_ninjs(story)
    assert errors(validator, item) == []
    assert item["places"] == [
        {"name": "DUSHANBE", "rel": "located", "uri": "http://cvx.iptc.org/iso3166-1a2/tj"}
    ]
    quoted = {p["name"] for p in item.get("people", []) if p["rel"] == "quoted"}
    assert "Sergei Lavrov" in quoted
    relays = {s["name"] for s in item["infoSources"] if s["role"] == "relay"}
    assert {"TASS", "Interfax"} <= relays
    assert item["associations"][0]["by"] == "Yuri Kochetkov/Pool via REUTERS"


def test_wire_stories_validate(validator: Any) -> None:
    """Every modern wire story (wire_stories.jsonl) exports valid ninjs."""
    for row in iter_jsonl("wire_stories.jsonl"):
        assert errors(validator, to_ninjs(parse_story(row["text"]))) == [], row["id"]


def test_reuters_stories_validate(validator: Any) -> None:
    """The first 500 Reuters-21578 dev stories export valid ninjs."""
    for number, row in enumerate(iter_jsonl("reuters_stories.jsonl")):
        if number == 500:
            break
        assert errors(validator, to_ninjs(parse_story(row["text"]))) == [], row["id"]


@given(stories())
def test_generated_stories_validate(story: Story) -> None:
    """Generated stories export valid ninjs."""
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"{SCHEMA_PATH} not present")
    assert errors(_validator(), to_ninjs(story)) == []


def test_type_errors() -> None:
    """A non-story or a non-str uri raises TypeError."""
    with pytest.raises(TypeError, match="Story"):
        to_ninjs("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="uri"):
        to_ninjs(parse_story("x"), uri=5)  # type: ignore[arg-type]
