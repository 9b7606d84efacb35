"""Tests for :func:`wirestory.find_statements`: real example tables and the seed story."""

from __future__ import annotations

import json

import pytest
from tests.conftest import SHARED_DATA

from wirestory._statements import find_statements


def _seed() -> tuple[str, list[dict[str, object]]]:
    text_path = SHARED_DATA / "seed" / "seed.txt"
    expected_path = SHARED_DATA / "seed" / "seed_expected.json"
    if not text_path.is_file():
        pytest.skip("seed story not present")
    text = text_path.read_text(encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))["statements"]
    return text, expected


def test_seed_statements_match_expected() -> None:
    """Every expected statement of the seed story (Reuters, May 2021) is found exactly."""
    text, expected = _seed()
    got = find_statements(text)
    by_cue = {(st.cue.span.start, st.cue.span.end): st for st in got}
    for exp in expected:
        cue = exp["cue"]
        assert isinstance(cue, dict)
        st = by_cue[tuple(cue["span"])]
        assert st.cue.text == cue["text"]
        assert st.kind.value == exp["kind"]
        speaker = exp["speaker"]
        assert isinstance(speaker, dict)
        assert st.speaker is not None
        if "text" in speaker:
            assert st.speaker.text == speaker["text"]
        if "name" in speaker:
            assert st.speaker.name == speaker["name"]
        if "refers_to" in speaker:
            assert st.speaker.name == speaker["refers_to"]
        content = exp["content"]
        assert isinstance(content, dict)
        core = st.content.text
        if "text" in content:
            assert core == content["text"]
        else:
            assert core.startswith(str(content["prefix"]))
        if exp["via"] is None:
            assert st.via is None
        else:
            assert st.via is not None
            assert str(exp["via"]) in (st.via.name or "") + st.via.text
