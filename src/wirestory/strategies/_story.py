"""Hypothesis strategies for whole stories: texts built from parts, and parsed stories.

:func:`story_texts` lays a section, headline, byline, dateline, paragraphs and sign-off out
the way wires do (blank lines between parts, Reuters-style dateline and credit line), each
part optional, so that tests meet both complete and fragmentary copy. :func:`stories` parses
such texts into :class:`~wirestory.Story` models.
"""

from __future__ import annotations

from hypothesis import strategies as st

from wirestory._models import Story
from wirestory._story import parse_story

__all__ = ["stories", "story_texts"]

_FIRST_NAMES = ("Mara", "Tomas", "Anna", "Sergei", "Nazarali", "Hugh", "Li", "Aisha", "Jean-Yves")
_LAST_NAMES = ("Lindqvist", "Okafor", "Wrobel", "Lavrov", "Pirnazarov", "Bellamy", "Wei", "Khan")
_CITIES = ("GDANSK", "DUSHANBE", "LONDON", "NEW YORK", "TOKYO", "NAIROBI", "SAO PAULO")
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct")
_AGENCIES = ("Reuters", "AP", "AFP")
_WORDS = (
    "port", "storm", "ministry", "talks", "border", "ceasefire", "repairs", "ships", "prices",
    "officials", "report", "week", "terminal", "government", "election", "market", "troops",
)  # fmt: skip
_SECTIONS = ("World News", "Business", "Caspian Region", "Markets", "Sports")


@st.composite
def _name(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12))
    subject = draw(st.sampled_from(["The ministry", "Officials", draw(_name())]))
    body = " ".join(words)
    if draw(st.booleans()):
        return f'"{body.capitalize()}," {subject} said.'
    return f"{subject} said the {body}."


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(_sentence(), min_size=1, max_size=3)))


@st.composite
def _headline(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=9))
    text = " ".join(word.capitalize() for word in words)
    return text.upper() if draw(st.booleans()) else text


@st.composite
def _dateline(draw: st.DrawFn) -> str:
    city = draw(st.sampled_from(_CITIES))
    agency = draw(st.sampled_from(_AGENCIES))
    if draw(st.booleans()):
        month = draw(st.sampled_from(_MONTHS))
        day = draw(st.integers(1, 28))
        return f"{city}, {month} {day} ({agency}) -"
    return f"{city} ({agency}) -"


@st.composite
def story_texts(draw: st.DrawFn) -> str:
    r"""Draw the text of a wire story assembled from optional parts.

    >>> from hypothesis import find
    >>> find(story_texts(), lambda text: "By " in text).split("\n\n")[0]
    'By Mara Lindqvist'

    """
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(_SECTIONS)))
    if draw(st.booleans()):
        parts.append(draw(_headline()))
    if draw(st.booleans()):
        names = draw(st.lists(_name(), min_size=1, max_size=2, unique=True))
        parts.append("By " + " and ".join(names))
    paragraphs = draw(st.lists(_paragraph(), min_size=1, max_size=5))
    if draw(st.booleans()):
        paragraphs[0] = f"{draw(_dateline())} {paragraphs[0]}"
    parts.extend(paragraphs)
    if draw(st.booleans()):
        parts.append(f"Reporting by {draw(_name())}; Editing by {draw(_name())}")
    separator = draw(st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n"]))
    return separator.join(parts) + draw(st.sampled_from(["", "\n", "  \n"]))


def stories() -> st.SearchStrategy[Story]:
    """Draw :class:`~wirestory.Story` models parsed from :func:`story_texts`.

    >>> from hypothesis import find
    >>> find(stories(), lambda story: story.dateline is not None).dateline.text[-1]
    '-'
    """
    return story_texts().map(parse_story)
