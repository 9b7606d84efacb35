"""Hypothesis strategies for photo credits: a :class:`~wirestory.PhotoCredit` and its text.

>>> from hypothesis import given
>>> from wirestory import parse_photo_credit
>>> @given(photo_credits())
... def test_round_trip(pair):
...     credit, text = pair
...     assert parse_photo_credit(text) == credit
>>> test_round_trip()
"""

from __future__ import annotations

from hypothesis import strategies as st

from wirestory._credits import render_photo_credit
from wirestory._models import PhotoCredit, Span

__all__ = [
    "LEXICON_SOURCES",
    "PHOTOGRAPHER_NAMES",
    "PHOTO_SOURCES",
    "photo_credits",
    "photographer_names",
]

_GIVEN = (
    "Yuri", "Kevin", "Evan", "Brian", "Alex", "Munir", "Li", "Mikhail", "Andrea", "Kim",
    "Sergio", "Lucy", "Kamran", "Maria", "Ahn", "Jae", "Denise", "Olivier", "Hyung", "Ozan",
)  # fmt: skip
_FAMILY = (
    "Kochetkov", "Lamarque", "Vucci", "Gottesman", "Wong", "uz Zaman", "Ran", "Klimentyev",
    "Solaro", "Kyung-Hoon", "Perez", "Nicholson", "Jebreili", "Alejandra Villa", "Young-joon",
    "C. Hong", "Truscello", "Douliery", "Min-woo", "Kose", "de Luca", "O'Connell",
)  # fmt: skip

#: Names written with initials, as ESA and NASA credit them ("ESA/J.Huart").
_INITIALLED = ("J.Huart", "P.Carril", "A. Lindqvist", "M.K. Osei")

#: Photographers' names as credit lines write them (from the credits quoted in the docs).
PHOTOGRAPHER_NAMES: tuple[str, ...] = (
    *(f"{g} {f}" for g in _GIVEN for f in _FAMILY),
    *_INITIALLED,
)

#: Organisations credited on pictures, written as their own credit lines write them.
PHOTO_SOURCES: tuple[str, ...] = (
    "REUTERS", "Reuters", "AP", "AFP", "Getty Images", "EPA-EFE", "EPA", "Xinhua", "Kyodo",
    "Yonhap", "Bloomberg", "NurPhoto", "Anadolu Agency", "Alamy", "Shutterstock", "Sipa USA",
    "ZUMA Press", "The New York Times", "The Washington Post", "SOPA Images", "LightRocket",
    "USA TODAY Sports", "TT News Agency", "Sputnik", "TASS", "Invision", "WireImage",
)  # fmt: skip

#: Organisations known by a word of the shared lexicon (:mod:`wirestory._lexicon`), not by
#: the registry: invented names in the shapes of issue 15. Drawn before a registry
#: organisation ("Nordic Air/Getty Images"); alone, after a caption, no line says it is a
#: credit.
LEXICON_SOURCES: tuple[str, ...] = (
    "Nordic Air", "Dover PD", "Riverside Gyms", "Lakeside Daily-Herald", "Tampa Times-Union",
    "Harbour City Mall", "Northgate University", "Kestrel Sports Club",
)  # fmt: skip


def photographer_names() -> st.SearchStrategy[str]:
    """Draw a photographer's name ("Yuri Kochetkov", "Munir uz Zaman").

    >>> from hypothesis import given
    >>> @given(photographer_names())
    ... def check(name):
    ...     assert name in PHOTOGRAPHER_NAMES
    >>> check()
    """
    return st.sampled_from(PHOTOGRAPHER_NAMES)


@st.composite
def _credit_pairs(draw: st.DrawFn) -> tuple[PhotoCredit, str]:
    photographers = draw(st.lists(photographer_names(), max_size=2))
    # At least one organisation: a bare name is no recognisable credit after a caption.
    sources = draw(st.lists(st.sampled_from(PHOTO_SOURCES), min_size=1, max_size=3))
    if draw(st.booleans()):
        sources.insert(0, draw(st.sampled_from(LEXICON_SOURCES)))
    distributor = sources[-1] if draw(st.booleans()) else None
    courtesy = bool(sources) and sources[0] != distributor and draw(st.booleans())
    flags = draw(st.fixed_dictionaries({"pool": st.booleans(), "handout": st.booleans(),
                                        "file": st.booleans()}))  # fmt: skip
    template = PhotoCredit(
        photographers=tuple(photographers),
        sources=tuple(sources),
        distributor=distributor,
        courtesy=courtesy,
        span=Span(0, 0),
        text="",
        **flags,
    )
    text = render_photo_credit(template)
    credit = PhotoCredit(
        photographers=template.photographers,
        sources=template.sources,
        distributor=template.distributor,
        pool=template.pool,
        handout=template.handout,
        file=template.file,
        courtesy=template.courtesy,
        span=Span(0, len(text)),
        text=text,
    )
    return credit, text


def photo_credits() -> st.SearchStrategy[tuple[PhotoCredit, str]]:
    """Draw ``(credit, text)``: a credit model and the canonical line it renders to.

    ``parse_photo_credit(text) == credit`` holds for every pair drawn.

    >>> from hypothesis import given
    >>> @given(photo_credits())
    ... def check(pair):
    ...     credit, text = pair
    ...     assert text == credit.text
    >>> check()
    """
    return _credit_pairs()
