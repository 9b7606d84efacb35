"""The statement engine's declared tables, each entry tried on its own example, and its shape.

The cue vetoes (:mod:`wirestory._statements._recognise`), the content vetoes and tail checks
(:mod:`wirestory._statements._assemble`) and the rule table
(:mod:`wirestory._statements._rules`) are data with names and examples: every example is
read here, so a check that stops rejecting its own example fails.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory import find_statements
from wirestory._lang import en
from wirestory._quotes import quote_regions, tokenize
from wirestory._statements._assemble import CONTENT_VETOES, TAIL_CHECKS
from wirestory._statements._model import CueKind
from wirestory._statements._recognise import (
    FINITE_VETOES,
    WORD_VETOES,
    Veto,
    _site,
    cue_at,
)
from wirestory._statements._rules import RULES

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "wirestory" / "_statements"


@pytest.mark.parametrize("veto", WORD_VETOES + FINITE_VETOES, ids=lambda v: v.name)
def test_each_veto_rejects_its_example(veto: Veto) -> None:
    text = veto.example
    toks = tokenize(text, 0, len(text), quote_regions(text, 0, len(text)))
    held = [
        i
        for i, tok in enumerate(toks)
        if tok.low in en.CUE_WORDS and veto.check(_site(toks, i, 0, len(toks)))
    ]
    assert held, f"{veto.name!r} does not hold in its example"
    assert all(cue_at(toks, i, 0, len(toks)) is None for i in held)


def test_vetoes_have_unique_names() -> None:
    names = [v.name for v in WORD_VETOES + FINITE_VETOES + CONTENT_VETOES + TAIL_CHECKS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("check", CONTENT_VETOES, ids=lambda c: c.name)
def test_each_content_veto_leaves_nothing_stated(check: object) -> None:
    assert find_statements(check.example) == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("check", TAIL_CHECKS, ids=lambda c: c.name)
def test_each_tail_check_keeps_the_quote_alone(check: object) -> None:
    found = find_statements(check.example)  # type: ignore[attr-defined]
    assert [st.content.text for st in found] == ["We will win"]


#: An object-and-infinitive verb ("urged", "asked", "called on") after a clause of the
#: writer's: the infinitive is the content, never the clause before the verb. Shapes seen in
#: Reuters and AP copy ("..., and the city is asking residents to stay indoors") and in
#: political copy ("In a speech on Monday, he urged voters to ..."); invented sentences.
INFINITIVE_AFTER_OBJECT = [
    (
        "Crews are still searching the river, and the city is asking residents to stay away.",
        ("asking", "to stay away"),
    ),
    (
        "In a speech at the port on Monday, the mayor urged dock workers to return.",
        ("urged", "to return"),
    ),
    (
        "During the rally in Lyon, she called on supporters to vote early.",
        ("called on", "to vote early"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_AFTER_OBJECT)
def test_an_infinitive_after_the_object_is_the_content(
    text: str, expected: tuple[str, str]
) -> None:
    found = find_statements(text)
    assert [(st.cue.text, st.content.text) for st in found] == [expected]


def test_the_rule_table_reads_every_cue_kind() -> None:
    assert set(RULES) == set(CueKind)


def test_cue_words_are_recognised_cues_or_their_first_words() -> None:
    text = '"Yes," said Kovac. According to Berg, the port pointed out nothing.'
    toks = tokenize(text, 0, len(text), quote_regions(text, 0, len(text)))
    kinds = [
        found[1] for i in range(len(toks)) if (found := cue_at(toks, i, 0, len(toks))) is not None
    ]
    assert kinds == [CueKind.VERB, CueKind.ACCORDING, CueKind.PARTICLE]


def _definitions() -> list[tuple[str, ast.AST]]:
    out: list[tuple[str, ast.AST]] = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out += [
            (f"{path.name}:{node.name}", node)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.ClassDef)
        ]
    return out


def test_no_function_over_60_lines_and_no_class_over_300() -> None:
    too_long = [
        name
        for name, node in _definitions()
        if (node.end_lineno or 0) - node.lineno + 1  # type: ignore[attr-defined]
        > (60 if isinstance(node, ast.FunctionDef) else 300)
    ]
    assert too_long == []


def test_every_english_word_list_is_commented_and_written_once() -> None:
    source = (Path(en.__file__)).read_text(encoding="utf-8")
    lines = source.splitlines()
    names = re.findall(r"^([A-Z_]+): (?:frozenset|dict)", source, flags=re.MULTILINE)
    assert len(names) > 40
    assert len(names) == len(set(names))
    for name in names:
        at = next(n for n, line in enumerate(lines) if line.startswith(f"{name}:"))
        assert lines[at - 1].startswith("#:"), name
    # The package writes no English word list of its own: sets of words come from the pack.
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(
            r"^_?[A-Z_]+: frozenset\[str\] = frozenset\(\s*\{\"", text, re.MULTILINE
        ), path.name


def test_the_english_pack_fills_the_interface() -> None:
    from wirestory._lang import LanguagePack, pack  # noqa: PLC0415

    english = pack("en")
    assert isinstance(english, LanguagePack)
    assert english is en.ENGLISH
    assert pack("es") is None  # no Spanish statement pack yet
    assert english.invertible <= set(english.cue_lemma)
    assert english.participles <= set(english.cue_lemma)
    assert ('"', '"') in english.quote_pairs
    assert set(english.pronoun_gender) <= english.pronouns | {"him", "her"}
    assert not english.verb_second
    assert not english.dash_inserted


#: Words to build sentences from: every veto example's words and some cue forms of other
#: lemmas, so that a gated check meets cue words outside its lemmas in its own contexts.
_VETO_WORDS = sorted(
    {w for v in WORD_VETOES + FINITE_VETOES for w in v.example.split()}
    | {"said", "says", "told", "reported", "notes", "asked", "added", "warned", "denied"}
)


@given(st.lists(st.sampled_from(_VETO_WORDS), min_size=1, max_size=12))
def test_gated_vetoes_hold_only_on_their_lemmas(words: list[str]) -> None:
    """A veto's declared lemmas are a pure pre-filter: outside them its check never holds."""
    text = " ".join(words)
    toks = tokenize(text, 0, len(text), quote_regions(text, 0, len(text)))
    for i, low in enumerate(toks.low):
        if low not in en.CUE_WORDS:
            continue
        site = _site(toks, i, 0, len(toks))
        for veto in FINITE_VETOES:
            if veto.lemmas is not None and site.lemma not in veto.lemmas:
                assert not veto.check(site), (veto.name, text)
