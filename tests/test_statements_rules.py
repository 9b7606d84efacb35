"""Each statement names the rule that found it; languages; ``parse_story(statements=False)``.

The sentences are invented in the shapes of wire copy (AP and Reuters attribution style).
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory import find_statements, parse_story
from wirestory._lang import detect_language, supported

#: (sentence, the rule of its one statement, its speaker as written).
RULE_TABLE = [
    ('"We will rebuild the bridge," Mayor Ines Kovac said.', "subject", "Mayor Ines Kovac"),
    ("The ministry said the border would reopen on Monday.", "subject", "The ministry"),
    ('"The port stays shut," said Harbour Master Tom Berg.', "inverted", "Harbour Master Tom Berg"),
    (
        "Lena Park, a spokeswoman for the utility, said repairs would take a week.",
        "appositive",
        "Lena Park",
    ),
    ("According to the coast guard, four boats were missing.", "according-to", "the coast guard"),
    (
        "Local radio quoted Governor Ruth Amadi as saying the dam had held.",
        "quoted-as",
        "Governor Ruth Amadi",
    ),
    (
        "Asked whether the dam would hold, engineers were silent.",
        "asked",
        None,
    ),
    (
        "Ruth Amadi praised the rescue teams and said the dam had held.",
        "coordinated",
        "Ruth Amadi",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rule", "speaker"), RULE_TABLE)
def test_each_shape_names_its_rule(text: str, rule: str, speaker: str | None) -> None:
    found = [s for s in find_statements(text) if s.rule == rule]
    assert found, [(s.rule, s.cue.text) for s in find_statements(text)]
    assert (found[0].speaker.text if found[0].speaker else None) == speaker


def test_participle_after_a_statement() -> None:
    text = "The mayor said the bridge would reopen, adding that repairs were cheap."
    assert [s.rule for s in find_statements(text)] == ["subject", "participle"]


def test_transcript_lines() -> None:
    text = "Lede.\n\nKOVAC: We rebuild.\n\nBERG: The port stays shut."
    assert [s.rule for s in find_statements(text)] == ["transcript", "transcript"]


def test_every_statement_has_a_rule_and_a_language() -> None:
    text = (
        '"We will rebuild," Kovac said. According to Berg, the port stays shut.\n\n'
        "Park, who runs the utility, said repairs would take a week, adding that costs rose."
    )
    found = find_statements(text)
    assert len(found) >= 3
    assert all(s.rule and s.lang == "en" for s in found)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister said the talks would resume next week.", "en"),
        ("Der Minister sagte, die Gespräche würden nicht fortgesetzt, und das ist gut.", "de"),
        ("« Nous ne céderons pas », a déclaré le ministre dans un entretien avec les élus.", "fr"),
        ("El ministro dijo que las conversaciones se reanudarán por la tarde.", "es"),
        ("", "en"),
        ("12 34 56", "en"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_language_without_a_pack_gives_no_statements() -> None:
    # German and French have a pack since issue 20; Spanish has none yet.
    spanish = "«Ayudaremos», dijo el ministro, que no estaba en Madrid con los diputados."
    assert find_statements(spanish) == []
    english = '"We will help," the minister said.'
    assert find_statements(english, lang="es") == []
    assert find_statements(english, lang="en") == find_statements(english)
    assert supported("en-GB")
    assert not supported("es")


def test_lang_must_be_a_string() -> None:
    with pytest.raises(TypeError):
        find_statements("He said so.", lang=1)  # type: ignore[arg-type]


STORY = (
    "PORT TOWN, May 5 (Reuters) - The harbour stays shut, the port authority said on "
    'Tuesday.\n\n"We will reopen when it is safe," said Harbour Master Tomas Berg.\n\nReuters\n'
)


def test_parse_story_without_statements_is_the_same_story() -> None:
    full = parse_story(STORY)
    bare = parse_story(STORY, statements=False)
    assert full.statements
    assert full.lang == "en"
    assert bare.statements == ()
    assert bare.lang is None
    assert full.speakers
    assert bare.speakers == ()  # the speakers are those of the statements
    assert attrs.evolve(full, statements=(), speakers=(), lang=None) == bare


@given(st.text(max_size=300))
def test_statements_false_keeps_every_other_part(text: str) -> None:
    full = parse_story(text)
    bare = parse_story(text, statements=False)
    assert attrs.evolve(full, statements=(), speakers=(), lang=None) == bare


#: Quote frames: a quotation, then a pronoun or name and any verb (structure before lexicon).
FRAME_TABLE = [
    ('"We cannot win this one," he conceded.', "he", "conceded", "We cannot win this one"),
    ('"The vote is lost!" insists Okafor.', "Okafor", "insists", "The vote is lost!"),
    ('"Fine," Ruth Amadi shrugged.', "Ruth Amadi", "shrugged", "Fine"),
    ('"Why now?" she wondered.', "she", "wondered", "Why now?"),
    ('Okafor conceded: "We cannot win this one."', "Okafor", "conceded", "We cannot win this one"),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), FRAME_TABLE)
def test_quote_frames_need_no_lexicon(text: str, speaker: str, cue: str, content: str) -> None:
    [found] = find_statements(text)
    assert found.rule == "quote-frame"
    assert found.speaker is not None
    assert (found.speaker.text, found.cue.text, found.content.text) == (speaker, cue, content)
    assert found.kind.value == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "He conceded the vote was lost.",  # indirect speech: the lexicon decides
        '"Ghosts" premiered in 1882 and ran for weeks.',  # no frame: the sentence goes on
        'The film "Ghosts," Hall directed, ran for weeks.',  # the quotation ends no clause
    ],
)
def test_no_frame_without_its_structure(text: str) -> None:
    assert [st for st in find_statements(text) if st.rule == "quote-frame"] == []


def test_a_continuation_quote_attaches_its_pieces() -> None:
    text = (
        '"It is over," said Ana Ruiz, a lawyer who has followed the case since 2019. '
        '"They will appeal."'
    )
    [found] = find_statements(text)
    assert found.speaker is not None
    assert found.speaker.text == "Ana Ruiz"
    assert found.content.pieces == ("It is over", "They will appeal")
    assert [text[s.start : s.end] for s in found.content.spans] == list(found.content.pieces)


def test_a_relayed_clause_speaks_via_the_outlet() -> None:
    text = (
        "Kim Yong Su stressed the need for talks, KCNA said.\n\n"
        "He affirmed that the army would stay, the KCNA said."
    )
    first, second = find_statements(text)
    assert first.speaker is not None
    assert first.via is not None
    assert second.speaker is not None
    assert (first.speaker.text, first.via.text) == ("Kim Yong Su", "KCNA")
    assert (second.rule, second.speaker.text, second.cue.text) == ("relay", "He", "affirmed")
    assert second.speaker.name == "Kim Yong Su"
    assert second.content.text == "the army would stay"
    assert second.via is not None
    assert second.via.text == "KCNA"


def test_state_media_reporting_speak_themselves() -> None:
    [found] = find_statements("Troops crossed the border overnight, state media reported.")
    assert found.speaker is not None
    assert found.speaker.text == "state media"
    assert found.content.text == "Troops crossed the border overnight"


def test_no_relayed_clause_without_that() -> None:
    found = find_statements("Prices rose sharply that month, the newspaper said.")
    assert [st.speaker.text if st.speaker else None for st in found] == ["the newspaper"]
