"""Agency desks' sign-offs: the forms, whole stories that end with them, and bad input.

Every text here is invented in the shape of real copy; the source of each form is named
beside it (and in docs/explanation/desk-signoffs.md).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import assert_linear_time, repeat_to
from tests.test_story import assert_exact, assert_lossless

from wirestory import FurnitureKind, Story, parse_signoff, parse_story
from wirestory._desk import read_desk_signoff, run_in_desk_signoff
from wirestory._signoff import find_signoff
from wirestory.strategies._bylines import desk_signoffs

#: (sign-off, agency code, initials, codes, (day, month, year) or None, [(role, names)])
DESK: list[Any] = [
    # AFP and EFE desk initials on the last line (Superdesk's AFP and EFE fixtures).
    ("abc/de/fgh", None, ("abc", "de", "fgh"), (), None, []),
    ("xy/zz", None, ("xy", "zz"), (), None, []),
    # dpa's closing line (dpa digitalwires "closingline" ednote; its IPTC 7901 rendering).
    ("dpa abc/de yysw a3 fgh", "dpa", ("abc", "de", "fgh"), ("yysw", "a3"), None, []),
    ("dpa xyz yyno n1 uvw", "dpa", ("xyz", "uvw"), ("yyno", "n1"), None, []),
    ("dpa abc def", "dpa", ("abc", "def"), (), None, []),
    ("AFP xy", "AFP", ("xy",), (), None, []),
    # APA copy in Der Standard (10kGNAD), Keystone-SDA (Superdesk ATS fixture), ANSA.
    ("(APA, 3.4.2016)", "APA", (), (), (3, 4, 2016), []),
    ("(APA 3.4.2016)", "APA", (), (), (3, 4, 2016), []),
    ("(APA; 3.4.2016)", "APA", (), (), (3, 4, 2016), []),
    ("(APA/dpa, 3.4.2016)", "APA", (), (), (3, 4, 2016), []),
    ("(APA/red \u2013 3.4. 2016)", "APA", ("red",), (), (3, 4, 2016), []),
    ("(red, 3. 4. 2016)", None, ("red",), (), (3, 4, 2016), []),
    ("(xy, 03.04.16)", None, ("xy",), (), (3, 4, 2016), []),
    ("(ab, cde, fg)", None, ("ab", "cde", "fg"), (), None, []),
    ("(Reuters, APA, red)", "Reuters", ("red",), (), None, []),
    ("(3.4.2016)", None, (), (), (3, 4, 2016), []),
    ("(SDA\\/ab)", "SDA", ("ab",), (), None, []),
    ("(ANSA).", "ANSA", (), (), None, []),
    ("(EFE)", "EFE", (), (), None, []),
    ("(Eva Gruber, 3.4.2016)", None, (), (), (3, 4, 2016), [("writing", ("Eva Gruber",))]),
    (
        "(Eva Gruber aus Wien, 3.4.2016)",
        None,
        (),
        (),
        (3, 4, 2016),
        [("writing", ("Eva Gruber",))],
    ),
    (
        "(Text: Eva Gruber, Video: Max Maria von Berg, 3.4.2016)",
        None,
        (),
        (),
        (3, 4, 2016),
        [("writing", ("Eva Gruber",)), ("video", ("Max Maria von Berg",))],
    ),
    (
        "(Eva Gruber, Videos: Max Berg & Ida Roth, 3.4.2016)",
        None,
        (),
        (),
        (3, 4, 2016),
        [("writing", ("Eva Gruber",)), ("video", ("Max Berg", "Ida Roth"))],
    ),
    (
        "(Eva Gruber, DER STANDARD, 3.4.2016)",
        None,
        (),
        (),
        (3, 4, 2016),
        [("writing", ("Eva Gruber",))],
    ),
    # End markers: Kyodo's English service, Xinhua's, EFE's Spanish service.
    ("==Kyodo", "Kyodo", (), (), None, []),
    ("Enditem", None, (), (), None, []),
    ("Fin", None, (), (), None, []),
    # A Yonhap reporter's e-mail address on the last line.
    ("abc@yna.co.kr", None, (), (), None, []),
]


@pytest.mark.parametrize(("text", "expected"), [(row[0], row[1:]) for row in DESK])
def test_desk_signoff_table(text: str, expected: tuple[Any, ...]) -> None:
    """Each form gives its agency, initials, codes, date and credits as written."""
    agency, initials, codes, date, people = expected
    signoff = parse_signoff(text)
    assert signoff is not None
    assert signoff.span.slice(text) == signoff.text == text
    assert (signoff.agency.code if signoff.agency else None) == agency
    assert (signoff.initials, signoff.codes) == (initials, codes)
    got_date = signoff.date and (signoff.date.day, signoff.date.month, signoff.date.year)
    assert got_date == date
    assert [(c.role, c.names) for c in signoff.credits] == people
    for part in (*signoff.agencies, *signoff.credits, signoff.date):
        if part is not None:
            assert part.span.slice(text) == part.text


NOT_DESK = [
    "(Jane Doe)",  # a name alone: no agency, no date
    "(red)",  # one lower-case word: "(sic)", "(ots)"
    "and/or",  # a common word pair
    "Reuters staff",  # an agency and a word
    "(the minister said, 3 times)",
    "Fin de semana",  # Spanish words, not the end marker
    "==",
    "(APA",
    "asl/tib/pid/cac/and more text here",
]


@pytest.mark.parametrize("text", NOT_DESK)
def test_not_a_desk_signoff(text: str) -> None:
    assert parse_signoff(text) is None


#: (story, the sign-off text found at its end)
STORY_ENDS = [
    ("Der Minister sprach am Montag.\n\nabc/de/fgh\n", "abc/de/fgh"),
    (
        "Der Minister sprach.\n\ndpa abc/de yysw a3 fgh\n\n\x03241205 Sep 24\n",
        "dpa abc/de yysw a3 fgh",
    ),
    ("The minister spoke.\n\ndpa xyz uvw\n\n\x03131137 GMT Nov 13", "dpa xyz uvw"),
    ("Le ministre a parl\u00e9.\n \n(SDA\\/ab) \n \n\x03091223 dec 18", "(SDA\\/ab)"),
    ("Der Minister sprach.  (APA, 3.4.2016)", "(APA, 3.4.2016)"),
    ("Der Minister sprach (APA, 3.4.2016)", "(APA, 3.4.2016)"),
    ("El ministro habl\u00f3 el lunes. EFE", "EFE"),
    ("El ministro habl\u00f3.\n\nFin", "Fin"),
    ("The minister spoke on Monday.\n==Kyodo", "==Kyodo"),
    ("The minister spoke on Monday. Enditem", "Enditem"),  # Xinhua, run in
    ("The minister spoke on Monday.\nEnditem", "Enditem"),
    ("The minister said Enditem", None),  # no sentence end before it
    ("장관은 말했다. abc@yna.co.kr", "abc@yna.co.kr"),
    # APA copy with a match preview run on after the sign-off (Der Standard, flattened).
    ("Er sprach. (APA, 3.4.2016) Rapid: Gruber \u2013 Berg, Roth", "(APA, 3.4.2016)"),
    ("Der Minister sprach (am Montag).", None),
    ("The talks ended (Reuters reported).", None),
    # An agency named in running text is an apposition, not a sign-off.
    ("The talks ended, said the official news agency (IRNA).", None),
    ("Das meldete die Nachrichtenagentur (APA).", None),
    ("Das meldete die Nachrichtenagentur. (APA, 3.4.2016)", "(APA, 3.4.2016)"),
]


@pytest.mark.parametrize(("story", "expected"), STORY_ENDS)
def test_find_desk_signoff_at_story_end(story: str, expected: str | None) -> None:
    signoff = parse_story(story).signoff
    if expected is None:
        assert signoff is None
        return
    assert signoff is not None
    assert signoff.text == expected
    assert signoff.span.slice(story) == expected


#: A dpa story in IPTC 7901 form (invented text in the shape of dpa's digitalwires output).
IPTC_STORY = (
    "bdt0042 4 pl 215  dpa 0042\n\n"
    "Politik/Deutschland/\n"
    "Minister besucht Hafen\n"
    "Von Jana Beck, dpa =\n\n"
    "Hamburg (dpa) - Der Minister hat am Montag den Hafen besucht. \u00abDas ist ein guter "
    "Tag\u00bb, sagte er.\n\n"
    "Er sprach mit Arbeitern.\n\n"
    "dpa jb/xy yyno a3 ol\n\n"
    "\x03121530 Sep 24\n"
)


def test_iptc_story_parts() -> None:
    """Header line and date-time line are furniture; byline and closing line are read."""
    story = parse_story(IPTC_STORY)
    assert_lossless(IPTC_STORY, story)
    assert_exact(IPTC_STORY, story)
    assert story.signoff is not None
    assert story.signoff.text == "dpa jb/xy yyno a3 ol"
    assert story.signoff.agency is not None
    assert story.signoff.agency.code == "dpa"
    assert story.signoff.initials == ("jb", "xy", "ol")
    transmission = [f.text for f in story.furniture if f.kind is FurnitureKind.TRANSMISSION]
    assert transmission == ["bdt0042 4 pl 215  dpa 0042", "\x03121530 Sep 24"]
    assert all("dpa jb" not in p.text and "Sep 24" not in p.text for p in story.paragraphs)


def test_signoff_json_round_trip() -> None:
    """Signoff.agency, initials, codes and date survive to_dict/from_dict."""
    story = parse_story("Er sprach.\n\n(APA/red, 3.4.2016)\n")
    assert story.signoff is not None
    assert story.signoff.date is not None
    assert Story.from_dict(story.to_dict()) == story
    story = parse_story(IPTC_STORY)
    assert Story.from_dict(story.to_dict()) == story


@given(desk_signoffs(), st.sampled_from(["Der Minister sprach.", "El ministro habl\u00f3."]))
def test_desk_signoff_after_a_story(pair: tuple[Any, str], body: str) -> None:
    """A desk sign-off on its own last line is the story's sign-off; nothing is dropped."""
    signoff, text = pair
    story_text = f"{body}\n\n{text}\n"
    story = parse_story(story_text)
    assert story.signoff is not None
    assert story.signoff.text == signoff.text
    assert story.signoff.initials == signoff.initials
    assert_lossless(story_text, story)


@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    for found in (
        read_desk_signoff(text, 0, len(text)),
        run_in_desk_signoff(text, 0, len(text)),
        find_signoff(text),
    ):
        if found is not None:
            assert found.span.slice(text) == found.text


#: Sign-off-like lines repeated to 128 KB must be read in linear time.
DESK_RUNS = {
    "dpa-lines": "dpa kre/su yysw a3 l\u00f6n\n\n",
    "initials": "asl/tib/pid/cac\n\n",
    "groups": "Er sprach. (APA, 11.9.2015)\n\n",
    "open-groups": "(APA, red, ",
    "markers": "==Kyodo\n",
    "transmission": "\x03241205 Sep 24\n\n",
    "header": "bdt0000 3 vm 831  dpa 0000\n\n",
    "emails": "Er sprach. abc@yna.co.kr\n\n",
}


@pytest.mark.parametrize("unit", DESK_RUNS.values(), ids=list(DESK_RUNS))
def test_signoff_like_lines_in_linear_time(unit: str) -> None:
    """parse_story on sign-off-like lines repeated to 128 KB takes linear time."""
    story = assert_linear_time(parse_story, lambda size: repeat_to(unit, size), 16_000)
    assert_lossless(repeat_to(unit, 128_000), story)
