"""Sign-offs: real closing credit lines, the 1987 "Reuter" line, round trips, bad input."""

from __future__ import annotations

import csv
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import (
    HOSTILE_UNITS,
    SHARED_DATA,
    assert_linear_time,
    iter_jsonl,
    repeat_to,
    soup,
)

from wirestory import Agency, Signoff, Span, parse_signoff, render_signoff
from wirestory._signoff import find_signoff
from wirestory.strategies._bylines import signoffs

#: (sign-off text, [(role, names, locations), ...])
SIGNOFFS: list[Any] = [
    # Issue 3 (the Reuters sign-off form, with placeholder names).
    (
        "Reporting by X in Moscow; Additional reporting by Y; Writing by Z; Editing by W",
        [
            ("reporting", ("X",), ("Moscow",)),
            ("additional reporting", ("Y",), ()),
            ("writing", ("Z",), ()),
            ("editing", ("W",), ()),
        ],
    ),
    # Superdesk ingest fixtures: Reuters NewsML-G2 items (2014-2017).
    (
        "(Reporting by Arpan Varghese in Bengaluru; Editing by Joseph Radford and Richard Pullin)",
        [
            ("reporting", ("Arpan Varghese",), ("Bengaluru",)),
            ("editing", ("Joseph Radford", "Richard Pullin"), ()),
        ],
    ),
    (
        (
            "(Additional reporting by Sylvia Westall, Laila Bassam, Oliver Holmes, Mariam Karouny "
            "and Tom Perry in Beirut; Editing by Peter Graff)"
        ),
        [
            (
                "additional reporting",
                ("Sylvia Westall", "Laila Bassam", "Oliver Holmes", "Mariam Karouny", "Tom Perry"),
                ("Beirut",),
            ),
            ("editing", ("Peter Graff",), ()),
        ],
    ),
    (
        "(Reporting by Tom Perry, editing by John Stonestreet)",
        [("reporting", ("Tom Perry",), ()), ("editing", ("John Stonestreet",), ())],
    ),
    (
        (
            "(Reporting by David Bailey in Minneapolis, Erwin Seba in Houston and Tim Ghianni in "
            "Nashville; Editing by Dan Grebler)"
        ),
        [
            (
                "reporting",
                ("David Bailey", "Erwin Seba", "Tim Ghianni"),
                ("Minneapolis", "Houston", "Nashville"),
            ),
            ("editing", ("Dan Grebler",), ()),
        ],
    ),
    # Reuters sign-off variants (Reuters Handbook of Journalism, "Sign-offs"; reuters.com).
    ("Compiled by Gdansk Newsroom", [("compiling", ("Gdansk Newsroom",), ())]),
    ("Editing by Peter Graff and Tom Brown", [("editing", ("Peter Graff", "Tom Brown"), ())]),
    ("Reporting and writing by Tom Perry", [("reporting and writing", ("Tom Perry",), ())]),
    ("Writing by Ayumu Murano", [("writing", ("Ayumu Murano",), ())]),
    (
        "Reporting by Jane Doe and John Roe in Washington, D.C.; Editing by Tom Brown",
        [
            ("reporting", ("Jane Doe", "John Roe"), ("Washington, D.C.",)),
            ("editing", ("Tom Brown",), ()),
        ],
    ),
    (
        "(Reporting by Jane Doe;\nEditing by Tom Roe)",
        [("reporting", ("Jane Doe",), ()), ("editing", ("Tom Roe",), ())],
    ),
    (
        "Reporting by Jane Doe\nEditing by Tom Roe",
        [("reporting", ("Jane Doe",), ()), ("editing", ("Tom Roe",), ())],
    ),
    # AP ("Associated Press writer X in Y contributed to this report.", AP Stylebook).
    (
        (
            "Associated Press writer Jon Gambrell in Dubai, United Arab Emirates, contributed to "
            "this report."
        ),
        [("contributing", ("Jon Gambrell",), ("Dubai, United Arab Emirates",))],
    ),
    (
        "Associated Press writers Anna Smith and Bob Jones contributed.",
        [("contributing", ("Anna Smith", "Bob Jones"), ())],
    ),
    # wire_stories.jsonl story-69fb8041 (PBS, AP copy).
    (
        "AP reporters Mary Clare Jalonick, Zeke Miller and Elana Schor contributed to this report.",
        [("contributing", ("Mary Clare Jalonick", "Zeke Miller", "Elana Schor"), ())],
    ),
    # CNN/DailyMail sample (CNN articles).
    (
        "CNN's Suzanne Presto contributed to this report.",
        [("contributing", ("Suzanne Presto",), ())],
    ),
    (
        "CNN's Hamdi Alkhshali and Yousuf Basil contributed to this report .",
        [("contributing", ("Hamdi Alkhshali", "Yousuf Basil"), ())],
    ),
    ("CNN's Emily Smith contributed to this story.", [("contributing", ("Emily Smith",), ())]),
    # PolNeAR articles (Politico, NYT, Breitbart): other publishers' closing credits.
    ("--additional reporting by Linh Tat.", [("additional reporting", ("Linh Tat",), ())]),
    ("Translated by Karim Traboulsi.", [("translation", ("Karim Traboulsi",), ())]),
    ("Nolan McCaskill contributed.", [("contributing", ("Nolan McCaskill",), ())]),
    (
        "Bryant Rousseau and Caryn Wilson contributed reporting.",
        [("contributing", ("Bryant Rousseau", "Caryn Wilson"), ())],
    ),
    (
        (
            "(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; Editing by "
            "Matthew Lewis)"
        ),
        [
            ("reporting", ("Amanda Becker",), ("Washington",)),
            ("writing", ("Luciana Lopez",), ()),
            ("editing", ("Matthew Lewis",), ()),
        ],
    ),
    # AP and New York Times contribution forms (names constructed).
    (
        "Jane Doe and John Roe of The Associated Press contributed.",
        [("contributing", ("Jane Doe", "John Roe"), ())],
    ),
    (
        "Reporting was contributed by Jane Doe and John Roe.",
        [("contributing", ("Jane Doe", "John Roe"), ())],
    ),
    # Reuters-21578 (1987): the agency alone on the last line, with transmission noise.
    ("Reuter", []),
    ("REUTER", []),
    ("reuter", []),
    ("REUTERS", []),
    ("REUTER...", []),
    ("REUTER^M", []),
    ("REUTER...^M", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNOFFS)
def test_signoff_table(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    """Each real sign-off gives its credits: canonical role, names and places as written."""
    signoff = parse_signoff(text)
    assert signoff is not None
    assert [(c.role, c.names, c.locations) for c in signoff.credits] == expected
    assert signoff.span == Span(0, len(text))
    for credit in signoff.credits:
        assert text[credit.span.start : credit.span.end] == credit.text
        assert all(name in credit.text for name in credit.names)


#: Texts that are not sign-offs.
NOT_SIGNOFFS = [
    "The minister said.",
    "REUITER",  # Reuters-21578 typo: gold says no sign-off; no name is guessed
    "RUTER",
    "More",  # Reuters-21578 continuation marker
    "Reporting by",
    "(Reporting by)",
    "Reporting by the ministry showed prices rose.",
    "Editing by Peter Graff; and then some",
    "pbr@yna.co.kr(END)",
    "",
    "  \n ",
]


@pytest.mark.parametrize("text", NOT_SIGNOFFS)
def test_not_a_signoff(text: str) -> None:
    """Sentences, typos and markers are no sign-offs."""
    assert parse_signoff(text) is None


#: (story text, sign-off text found at its end)
STORY_ENDS = [
    # Reuters-21578 story ends.
    ("...the company said.\n Reuter\n", "Reuter"),
    ("    Record April 10\n REUTER...^M\n", "REUTER...^M"),
    ("...the company said.\n More\n", None),
    # An agency code run in after the last sentence closes the story too (EFE's form, "...
    # ejemplares. EFE"; read for every registry agency written in capitals).
    ("...billion dlrs. REUTER\n", "REUTER"),
    ("...billion dlrs, Reuter said\n", None),  # no sentence end before it: body text
    # Reuters NewsML-G2 body text flattened to one paragraph (Superdesk fixtures).
    (
        (
            "Official returns gave him 88.7 percent of the vote. (Additional reporting by Sylvia "
            "Westall in Beirut; Editing by Peter Graff)"
        ),
        "(Additional reporting by Sylvia Westall in Beirut; Editing by Peter Graff)",
    ),
    # reuters.com page: the standards line after the sign-off is skipped.
    (
        (
            "Prices rose.\n(Reporting by Jane Doe; Editing by Tom Roe)\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n"
        ),
        "(Reporting by Jane Doe; Editing by Tom Roe)",
    ),
    # sign-off on several lines.
    (
        "Prices rose.\n\nReporting by Jane Doe in Paris\nEditing by Tom Roe\n",
        "Reporting by Jane Doe in Paris\nEditing by Tom Roe",
    ),
    # CNN (wire_stories.jsonl story-eacfcac7; CNN/DailyMail sample).
    (
        "... bring them back to Earth.\n\nCNN's Jeff Greene contributed to this report.",
        "CNN's Jeff Greene contributed to this report.",
    ),
    (
        (
            "If convicted, Mata could face life in prison. CNN's Suzanne Presto contributed to "
            "this report."
        ),
        "CNN's Suzanne Presto contributed to this report.",
    ),
    ("A paragraph (with an aside) ends here.", None),
    ("He said (quoting the minister).", None),
]


@pytest.mark.parametrize(("story", "expected"), STORY_ENDS)
def test_find_signoff_at_story_end(story: str, expected: str | None) -> None:
    """find_signoff finds the closing block with absolute spans, or nothing."""
    signoff = find_signoff(story)
    if expected is None:
        assert signoff is None
        return
    assert signoff is not None
    assert signoff.text == expected
    assert story[signoff.span.start : signoff.span.end] == expected
    for credit in signoff.credits:
        assert story[credit.span.start : credit.span.end] == credit.text


@given(signoffs())
def test_render_parse_round_trip(pair: tuple[Signoff, str]) -> None:
    """render -> parse gives back the model drawn."""
    signoff, text = pair
    assert render_signoff(signoff) == text
    assert parse_signoff(text) == signoff


def _shifted(signoff: Signoff, offset: int) -> Signoff:
    def agency(a: Agency) -> Agency:
        return attrs.evolve(a, span=a.span.shift(offset))

    return attrs.evolve(
        signoff,
        credits=tuple(attrs.evolve(c, span=c.span.shift(offset)) for c in signoff.credits),
        agency=None if signoff.agency is None else agency(signoff.agency),
        agencies=tuple(agency(a) for a in signoff.agencies),
        date=None
        if signoff.date is None
        else attrs.evolve(signoff.date, span=signoff.date.span.shift(offset)),
        span=signoff.span.shift(offset),
    )


@given(signoffs(), st.text(" \t\n", max_size=3), st.text(" \t\n", max_size=3))
def test_padding_shifts_spans(pair: tuple[Signoff, str], left: str, right: str) -> None:
    """White space around a sign-off shifts every span by exactly the padding."""
    signoff, text = pair
    assert parse_signoff(left + text + right) == _shifted(signoff, len(left))


@given(signoffs())
def test_find_signoff_after_a_story(pair: tuple[Signoff, str]) -> None:
    """A sign-off on the last line of a story is found with absolute spans."""
    signoff, text = pair
    body = "LONDON (Reuters) - Prices rose on Monday, the company said.\n"
    assert find_signoff(body + text + "\n") == _shifted(signoff, len(body))


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    """Any str gives a Signoff with exact spans or None; names are substrings of the input."""
    for signoff in (parse_signoff(text), find_signoff(text)):
        if signoff is not None:
            assert text[signoff.span.start : signoff.span.end] == signoff.text
            for credit in signoff.credits:
                assert text[credit.span.start : credit.span.end] == credit.text
                assert all(name in credit.text for name in credit.names)


SIGNOFF_PIECES = [
    "dpa",
    "kre/su",
    " yysw a3",
    "(APA, ",
    "11.9.2015",
    "==Kyodo",
    "Enditem",
    " EFE",
    "ab@yna.co.kr",
    "\x03241205 Sep 24",
    "asl/tib",
    "Reporting by",
    "Editing by",
    " ",
    ";",
    "\n",
    "(",
    ")",
    ",",
    " and ",
    " in ",
    "Ann Lee",
    "Moscow",
    "Reuter",
    " contributed to this report.",
    "CNN's ",
]


@given(soup(SIGNOFF_PIECES, 25))
def test_signoff_like_noise_never_raises(text: str) -> None:
    """Text made of sign-off pieces never raises and keeps spans exact."""
    for signoff in (parse_signoff(text), find_signoff(text)):
        if signoff is not None:
            assert text[signoff.span.start : signoff.span.end] == signoff.text


#: Sign-off-like runs (name -> (prefix, repeated unit)) besides the hostile units of conftest.
SIGNOFF_RUNS: dict[str, tuple[str, str]] = {
    **{name: ("", unit) for name, unit in HOSTILE_UNITS.items()},
    "reporting-by": ("", "Reporting by "),
    "credits": ("", "(Reporting by Ann Lee in Paris; "),
    "contributed": ("", "Ann Lee contributed "),
    "reuter-lines": ("", "Reuter\n"),
    "dots": ("", ". "),
    "capital-words-commas": ("", "NEW YORK, "),
    "names-places": ("Reporting by ", "Ann Lee, Bob Hope in Rome and "),
    "clauses": ("", "Reporting by Ann Lee in Paris; "),
    "dpa-lines": ("", "dpa kre/su yysw a3\n"),
    "initials": ("", "asl/tib/"),
    "initial-lines": ("", "asl/tib\n"),
    "apa-groups": ("", "(APA, 11.9.2015) "),
    "group-items": ("(", "red, 1.2.2015, "),
    "markers": ("", "==Kyodo\n"),
    "emails": ("", "Er sprach. ab@yna.co.kr "),
    "transmission": ("", "\x03241205 Sep 24\n"),
}


def _both(text: str) -> tuple[Signoff | None, Signoff | None]:
    return parse_signoff(text), find_signoff(text)


@pytest.mark.parametrize(("prefix", "unit"), SIGNOFF_RUNS.values(), ids=list(SIGNOFF_RUNS))
def test_hostile_runs_in_linear_time(prefix: str, unit: str) -> None:
    """Sign-off-like or hostile runs are read in linear time (1 MB: tests/test_robustness.py)."""
    found = assert_linear_time(_both, lambda size: prefix + repeat_to(unit, size), 25_000)
    text = prefix + repeat_to(unit, 200_000)
    for signoff in found:
        if signoff is not None:
            assert text[signoff.span.start : signoff.span.end] == signoff.text


@pytest.mark.parametrize("size", [200, 1_990])
def test_long_name_lists_are_read_whole(size: int) -> None:
    """A long run of names and places (under the length cap) gives every name."""
    unit = "Ann Lee in Paris, "
    text = "Reporting by " + unit * (size // len(unit)) + "Bo Kim"
    signoff = parse_signoff(text)
    assert signoff is not None
    assert len(signoff.credits[0].names) == size // len(unit) + 1


@pytest.mark.parametrize("bad", [None, b"Reuter", 3, ["Reuter"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    """A non-str input raises TypeError in both entry points."""
    with pytest.raises(TypeError, match="must be a str"):
        parse_signoff(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        find_signoff(bad)  # type: ignore[arg-type]


def test_render_rejects_non_models() -> None:
    """render_signoff accepts only Signoff models."""
    with pytest.raises(TypeError, match="must be a Signoff"):
        render_signoff("Reuter")  # type: ignore[arg-type]


def test_render_canonical_forms() -> None:
    """Canonical rendering: "Role by names in place" joined with "; "."""
    signoff = parse_signoff("(Reporting by Tom Perry, editing by John Stonestreet)")
    assert signoff is not None
    assert render_signoff(signoff) == "Reporting by Tom Perry; Editing by John Stonestreet"
    reuter = parse_signoff("REUTER")
    assert reuter is not None
    assert render_signoff(reuter) == "REUTER"


def test_reuters_1987_signoff_agreement() -> None:
    """find_signoff agrees with the gold sign-off flag of Reuters-21578 stories (>= 99 %)."""
    total = agree = 0
    for row in iter_jsonl("reuters_stories.jsonl"):
        signoff = find_signoff(row["text"])
        if signoff is not None:
            assert row["text"][signoff.span.start : signoff.span.end] == signoff.text
            assert signoff.credits == ()
        if row["signoff"] is None:  # unclear typo ("REUTE"): not scored
            continue
        total += 1
        agree += (signoff is not None) == row["signoff"]
    assert total > 10_000
    assert agree / total >= 0.99


def test_modern_stories_signoffs_are_exact() -> None:
    """On modern stories every sign-off found is exact and names only text that is there."""
    texts = [row["text"] for row in iter_jsonl("wire_stories.jsonl")]
    texts += [
        body
        for row in iter_jsonl("superdesk_wire_fixtures.jsonl")
        for body in row["fields"].get("body_text") or []
    ]
    dm_path = SHARED_DATA / "cnn_dm_sample.csv"
    if dm_path.is_file():
        with dm_path.open(encoding="utf-8") as handle:
            texts += [row["article"] for row in csv.DictReader(handle)]
    found = 0
    for text in texts:
        signoff = find_signoff(text)
        if signoff is None:
            continue
        found += 1
        assert text[signoff.span.start : signoff.span.end] == signoff.text
        assert text.rstrip().endswith(signoff.text)
        for credit in signoff.credits:
            assert credit.names
            assert all(name in credit.text for name in credit.names)
    # Reuters fixtures (4), CNN and PBS "contributed" lines (13 on last reading)
    assert found >= 12
