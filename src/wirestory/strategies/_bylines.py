"""Hypothesis strategies for bylines and sign-offs: a model and the canonical text it renders to.

>>> from hypothesis import given
>>> from wirestory import parse_byline, parse_signoff
>>> @given(bylines(), signoffs())
... def test_round_trip(byline_pair, signoff_pair):
...     byline, text = byline_pair
...     assert parse_byline(text) == byline
...     signoff, text = signoff_pair
...     assert parse_signoff(text) == signoff
>>> test_round_trip()
"""

from __future__ import annotations

from hypothesis import strategies as st

from wirestory._bylines import render_byline
from wirestory._models import Byline, Credit, Signoff, Span
from wirestory._signoff import CONTRIBUTING, SIGNOFF_ROLES, render_signoff

__all__ = [
    "BYLINE_ORGANIZATIONS",
    "BYLINE_ROLES",
    "PLACES",
    "SIGNOFF_AGENCIES",
    "WRITER_NAMES",
    "bylines",
    "signoffs",
    "writer_names",
]

_GIVEN = (
    "Chaitanya", "Bernard", "Paulo", "Frances", "Nazarali", "Sam", "Linda", "Tom", "Maria",
    "Jean-Pierre", "Ayumu", "Mohamed", "Solange", "Arpan", "Sylvia", "Jo", "Aaron J.",
)  # fmt: skip
_FAMILY = (
    "Kalbag", "Condon", "Santalucia", "D'Emilio", "Pirnazarov", "Lister", "Sieg", "Perry",
    "De Santis", "Yun-jeung", "Murano", "Elfatih Sidahmed", "O'Neill", "van der Berg",
    "Varghese", "Westall", "Chou-Wiest", "d'Afflisio",
)  # fmt: skip

#: Writers' names as bylines and sign-offs write them (from the examples in the tests).
WRITER_NAMES: tuple[str, ...] = tuple(f"{g} {f}" for g in _GIVEN for f in _FAMILY)

#: Organisations a byline names after the writers, as the wires write them.
BYLINE_ORGANIZATIONS: tuple[str, ...] = (
    "Reuters", "REUTERS", "Reuter", "AP", "Associated Press", "The Associated Press", "AFP",
    "Agence France-Presse", "Press Association", "The Canadian Press", "Bloomberg News",
    "Xinhua", "Kyodo News", "Yonhap", "dpa",
)  # fmt: skip

#: Byline roles, as written after the organisation.
BYLINE_ROLES: tuple[str, ...] = (
    "Writer", "Business Writer", "Staff Writer", "Sports Writer", "Senior Correspondent",
    "Political Correspondent", "Chief Economics Correspondent", "Reporter", "Staff",
    "Correspondent", "Diplomatic Editor",
)  # fmt: skip

#: Places after "in" in bylines and credits.
PLACES: tuple[str, ...] = (
    "Moscow", "Ankara", "Beirut", "New York", "Bengaluru", "Rio de Janeiro", "Kyiv", "Seoul",
    "Washington", "Sao Paulo", "Dubai",
)  # fmt: skip

#: Bare agency sign-offs as 1987 Reuters copy ends ("Reuter", "REUTER").
SIGNOFF_AGENCIES: tuple[str, ...] = ("Reuter", "REUTER", "Reuters", "REUTERS", "reuter")


def writer_names() -> st.SearchStrategy[str]:
    """Draw a writer's name as written, mixed case or capitals ("BERNARD CONDON").

    >>> from hypothesis import given
    >>> @given(writer_names())
    ... def check(name):
    ...     assert name.casefold() in {n.casefold() for n in WRITER_NAMES}
    >>> check()
    """
    return st.sampled_from(WRITER_NAMES).flatmap(lambda n: st.sampled_from((n, n.upper())))


@st.composite
def _byline_pairs(draw: st.DrawFn) -> tuple[Byline, str]:
    names = tuple(draw(st.lists(writer_names(), max_size=3, unique=True)))
    organization = draw(st.none() | st.sampled_from(BYLINE_ORGANIZATIONS))
    role = draw(st.none() | st.sampled_from(BYLINE_ROLES))
    location = draw(st.none() | st.sampled_from(PLACES))
    if not names and organization is None and role is None:
        organization = draw(st.sampled_from(BYLINE_ORGANIZATIONS))
    template = Byline(
        names=names,
        organization=organization,
        role=role,
        location=location,
        span=Span(0, 0),
        text="",
    )
    text = render_byline(template)
    byline = Byline(
        names=names,
        organization=organization,
        role=role,
        location=location,
        span=Span(0, len(text)),
        text=text,
    )
    return byline, text


def bylines() -> st.SearchStrategy[tuple[Byline, str]]:
    """Draw ``(byline, text)``: a byline model and the canonical line it renders to.

    ``parse_byline(text) == byline`` holds for every pair drawn.

    >>> from hypothesis import given
    >>> @given(bylines())
    ... def check(pair):
    ...     byline, text = pair
    ...     assert text.startswith("By ") and byline.text == text
    >>> check()
    """
    return _byline_pairs()


_ROLES = tuple(sorted(set(SIGNOFF_ROLES.values()) - {CONTRIBUTING}))


@st.composite
def _credit_parts(draw: st.DrawFn) -> tuple[tuple[str, ...], tuple[str, ...]]:
    names = tuple(draw(st.lists(writer_names(), min_size=1, max_size=3, unique=True)))
    shape = draw(st.sampled_from(("none", "one", "each")))
    if shape == "one":
        return names, (draw(st.sampled_from(PLACES)),)
    if shape == "each" and len(names) > 1:
        return names, tuple(draw(st.sampled_from(PLACES)) for _ in names)
    return names, ()


def _with_spans(text: str, drafts: list[Credit]) -> tuple[Credit, ...]:
    """Give each credit the span where its own rendering sits in *text*."""
    placed = []
    pos = 0
    for credit in drafts:
        piece = render_signoff(Signoff(credits=(credit,), span=Span(0, 0), text=""))
        start = text.index(piece, pos)
        pos = start + len(piece)
        placed.append(
            Credit(
                role=credit.role,
                names=credit.names,
                locations=credit.locations,
                span=Span(start, pos),
                text=piece,
            )
        )
    return tuple(placed)


@st.composite
def _signoff_pairs(draw: st.DrawFn) -> tuple[Signoff, str]:
    kind = draw(st.sampled_from(("credits", "contributing", "agency")))
    if kind == "agency":
        text = draw(st.sampled_from(SIGNOFF_AGENCIES))
        return Signoff(credits=(), span=Span(0, len(text)), text=text), text
    if kind == "contributing":
        roles = [CONTRIBUTING]
    else:
        roles = draw(st.lists(st.sampled_from(_ROLES), min_size=1, max_size=4, unique=True))
    drafts = []
    for role in roles:
        names, locations = draw(_credit_parts())
        drafts.append(Credit(role=role, names=names, locations=locations, span=Span(0, 0), text=""))
    text = render_signoff(Signoff(credits=tuple(drafts), span=Span(0, 0), text=""))
    return Signoff(credits=_with_spans(text, drafts), span=Span(0, len(text)), text=text), text


def signoffs() -> st.SearchStrategy[tuple[Signoff, str]]:
    """Draw ``(signoff, text)``: a sign-off model and the canonical text it renders to.

    Credit lists ("Reporting by A in Moscow; Editing by B"), an AP-style "... contributed to
    this report." sentence, or a bare 1987 agency line ("REUTER"). ``parse_signoff(text) ==
    signoff`` holds for every pair drawn.

    >>> from hypothesis import given
    >>> @given(signoffs())
    ... def check(pair):
    ...     signoff, text = pair
    ...     assert all(text[c.span.start : c.span.end] == c.text for c in signoff.credits)
    >>> check()
    """
    return _signoff_pairs()
