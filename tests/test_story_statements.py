"""Statements inside parse_story: the dateline's agency is the publisher, never a relay.

``find_statements`` on a whole story reads the dateline itself and knows that "told Reuters" in
Reuters copy is the agency's own reporting. ``parse_story`` reads the dateline first and hands
the body alone to the statement finder, so it must pass the dateline's agencies on.
"""

from __future__ import annotations

import pytest
from tests.conftest import iter_jsonl

from wirestory import Statement, find_statements, parse_story

# Written in the form of the wire copy in ../shared/data/wire_stories.jsonl (Reuters'
# "told Reuters" interviews, AFP's "told AFP"); the other agency is a relay.
EXAMPLES = [
    (
        "MOSCOW (Reuters) - The talks will resume, a senior diplomat told Reuters on Monday.",
        None,
    ),
    (
        "PARIS (AFP) - The strike will go on, union leader Marie Dubois told AFP.",
        None,
    ),
    (
        "PARIS (AFP) - The strike will go on, union leader Marie Dubois told Reuters.",
        "Reuters",
    ),
]


def _told(statements: tuple[Statement, ...] | list[Statement]) -> list[Statement]:
    return [st for st in statements if st.cue.text.startswith("told ")]


@pytest.mark.parametrize(("text", "via"), EXAMPLES)
def test_told_the_publishing_agency_is_no_relay(text: str, via: str | None) -> None:
    [statement] = _told(parse_story(text).statements)
    assert (statement.via.text if statement.via else None) == via
    [alone] = _told(find_statements(text))
    assert alone.via == statement.via


def test_story_and_finder_agree_on_told_agency_relays() -> None:
    """On real wire stories, every "told <agency>" statement parse_story keeps has the same
    relay as find_statements gives it on the whole text (../shared/data/wire_stories.jsonl)."""
    checked = 0
    for row in iter_jsonl("wire_stories.jsonl"):
        text = row["text"]
        alone = {st.cue.span: st.via for st in _told(find_statements(text))}
        for statement in _told(parse_story(text).statements):
            if statement.cue.span in alone:
                assert statement.via == alone[statement.cue.span], (row["id"], statement.cue)
                checked += 1
    assert checked >= 5
