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

from wirestory._agencies import agency_from_text
from wirestory._bylines import render_byline
from wirestory._models import Agency, Byline, Credit, DatelineDate, Signoff, Span
from wirestory._signoff import CONTRIBUTING, SIGNOFF_ROLES, render_signoff

__all__ = [
    "BYLINE_LANGUAGES",
    "BYLINE_ORGANIZATIONS",
    "BYLINE_ROLES",
    "DESK_AGENCIES",
    "DESK_CODES",
    "DESK_INITIALS",
    "INTL_ORGANIZATIONS",
    "PLACES",
    "SIGNOFF_AGENCIES",
    "WRITER_NAMES",
    "bylines",
    "desk_signoffs",
    "intl_bylines",
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

#: Agency codes that close a story with desk marks ("dpa kre/su", "AFP sn", "(APA, 4.9.2015)").
DESK_AGENCIES: tuple[str, ...] = ("dpa", "AFP", "EFE", "APA", "SDA", "ANSA", "ATS", "Kyodo")

#: Invented desk initials in the shapes the desks use (two to four lower-case letters).
DESK_INITIALS: tuple[str, ...] = (
    "ab", "kre", "su", "lön", "mda", "xy", "jdo", "wh", "tib", "pid", "sj", "mt", "daa", "red",
)  # fmt: skip

#: dpa service and ressort codes ("yy" prefix, or a letter and a digit).
DESK_CODES: tuple[str, ...] = ("yysw", "yyno", "yyzz", "a3", "n1", "b2")


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


#: A byline's opening word and its "and", by language (German, French, Spanish, Italian,
#: Dutch, Danish, Swedish): "Von A und B, dpa", "Par A et B, AFP", "Por A y B".
BYLINE_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("Von", "und"), ("Par", "et"), ("Por", "y"), ("di", "e"), ("Door", "en"), ("Af", "og"),
    ("Av", "och"),
)  # fmt: skip

#: Agencies named after the writers in those bylines.
INTL_ORGANIZATIONS: tuple[str, ...] = (
    "dpa", "AFP", "EFE", "ANSA", "ANP", "Ritzau", "TT", "NTB", "APA", "Lusa",
)  # fmt: skip

#: Invented Chinese and Korean reporters' names, agencies and places for CJK bylines.
_HAN_NAMES = ("张明", "李华", "王一", "陈静怡", "刘洋")
_HAN_ORGS = ("新华社", "中新社", "共同通信")
_HANGUL_NAMES = ("김민수", "박지훈", "이서연", "최준호")
_HANGUL_ORGS = ("연합뉴스", "뉴시스", "뉴스1")
_HANGUL_PLACES = ("서울", "부산", "워싱턴")


def _byline(text: str, **parts: object) -> tuple[Byline, str]:
    return Byline(span=Span(0, len(text)), text=text, **parts), text  # type: ignore[arg-type]


@st.composite
def _intl_pairs(draw: st.DrawFn) -> tuple[Byline, str]:
    kind = draw(st.sampled_from(("latin", "han", "hangul")))
    if kind == "han":  # 新华社记者张明、李华
        names = tuple(draw(st.lists(st.sampled_from(_HAN_NAMES), min_size=1, max_size=3)))
        org = draw(st.sampled_from(_HAN_ORGS))
        role = "記者" if org == "共同通信" else "记者"
        sep = draw(st.sampled_from(("", " ")))
        text = f"{org}{role}{sep}{'、'.join(names)}"
        return _byline(text, names=names, organization=org, role=role)
    if kind == "hangul":  # (서울=연합뉴스) 김민수 기자 =
        names = tuple(draw(st.lists(st.sampled_from(_HANGUL_NAMES), min_size=1, max_size=2)))
        org, place = draw(st.sampled_from(_HANGUL_ORGS)), draw(st.sampled_from(_HANGUL_PLACES))
        opening, closing = draw(st.sampled_from((("(", ")"), ("[", "]"))))
        tail = draw(st.sampled_from(("", " =")))
        text = f"{opening}{place}={org}{closing} {' '.join(names)} 기자{tail}"
        return _byline(text, names=names, organization=org, role="기자", location=place)
    by, conjunction = draw(st.sampled_from(BYLINE_LANGUAGES))
    names = tuple(
        draw(st.lists(st.sampled_from(WRITER_NAMES), min_size=1, max_size=3, unique=True))
    )
    written = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
    agency = draw(st.none() | st.sampled_from(INTL_ORGANIZATIONS))
    text = f"{by} {written}" + ("" if agency is None else f", {agency}")
    text += draw(st.sampled_from(("", " =")))
    return _byline(text, names=names, organization=agency)


def intl_bylines() -> st.SearchStrategy[tuple[Byline, str]]:
    """Draw ``(byline, text)`` for a byline in another language or script.

    ``Von A und B, dpa``, ``Par A et B, AFP``, ``Por A y B``, ``di A e B``, ``Door A en B``,
    ``Af A, Ritzau``, ``Av A och B`` (with dpa's ``" ="`` header terminator now and then),
    ``新华社记者张明、李华`` and ``(서울=연합뉴스) 김민수 기자 =``; ``parse_byline(text) ==
    byline`` holds for every pair drawn.

    >>> from hypothesis import given
    >>> from wirestory import parse_byline
    >>> @given(intl_bylines())
    ... def check(pair):
    ...     byline, text = pair
    ...     assert parse_byline(text) == byline
    >>> check()
    """
    return _intl_pairs()


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


def _desk(text: str, **parts: object) -> tuple[Signoff, str]:
    return Signoff(span=Span(0, len(text)), text=text, **parts), text  # type: ignore[arg-type]


def _agency_at(start: int, written: str) -> Agency:
    return agency_from_text(written, Span(start, start + len(written)))


@st.composite
def _desk_pairs(draw: st.DrawFn) -> tuple[Signoff, str]:
    """A desk sign-off: initials, an agency's closing line, a group, a marker."""
    kind = draw(st.sampled_from(("initials", "agency-desk", "group", "marker")))
    initials = tuple(draw(st.lists(st.sampled_from(DESK_INITIALS), min_size=2, max_size=4)))
    if kind == "initials":  # asl/tib/pid/cac
        return _desk("/".join(initials), initials=initials)
    if kind == "agency-desk":  # dpa kre/su yysw a3 lön
        code = draw(st.sampled_from(DESK_AGENCIES))
        codes = tuple(draw(st.lists(st.sampled_from(DESK_CODES), max_size=2)))
        text = f"{code} {'/'.join(initials[:2])} {' '.join(codes)} {' '.join(initials[2:])}"
        text = " ".join(text.split())
        found = _agency_at(0, code)
        return _desk(text, agency=found, agencies=(found,), initials=initials, codes=codes)
    if kind == "marker":  # ==Kyodo / Enditem / Fin
        text = draw(st.sampled_from(("==Kyodo", "Enditem", "ENDITEM", "Fin")))
        if text.startswith("=="):
            found = _agency_at(2, "Kyodo")
            return _desk(text, agency=found, agencies=(found,))
        return _desk(text)
    # (APA, 11.9.2015) / (APA/red - 8.8. 2015) / (SDA/sj). / (red, 16.5.2016)
    agency = draw(st.none() | st.sampled_from(DESK_AGENCIES))
    day, month = draw(st.integers(1, 28)), draw(st.integers(1, 12))
    year = draw(st.none() | st.integers(2000, 2030))
    date_text = f"{day}.{month}." + ("" if year is None else str(year))
    with_date = draw(st.booleans()) or (agency is None and len(initials) < 2)
    items = ([agency] if agency else []) + list(initials[: draw(st.integers(0, 2))])
    if with_date:
        items.append(date_text)
    if not agency and not with_date and len(items) < 2:
        items = list(initials)
    text = "(" + ", ".join(items) + ")" + draw(st.sampled_from(("", ".")))
    agencies = (_agency_at(1, agency),) if agency else ()
    date = None
    if with_date:
        at = text.rindex(date_text)
        span = Span(at, at + len(date_text))
        date = DatelineDate(month=month, day=day, year=year, text=date_text, span=span)
    desk_initials = tuple(item for item in items[1 if agency else 0 :] if item.islower())
    return _desk(
        text,
        agency=agencies[0] if agencies else None,
        agencies=agencies,
        initials=desk_initials,
        date=date,
    )


def desk_signoffs() -> st.SearchStrategy[tuple[Signoff, str]]:
    """Draw ``(signoff, text)`` for an agency desk's sign-off.

    Desk initials (``kre/su/ab``), an agency's closing line (``dpa kre/su yysw a3 lön``,
    ``AFP sn``), a parenthesised group (``(APA, 11.9.2015)``, ``(SDA, sj).``, ``(red, jdo,
    16.5.2016)``) or an end marker (``==Kyodo``, ``Enditem``); ``parse_signoff(text) ==
    signoff`` holds for every pair drawn.

    >>> from hypothesis import given
    >>> from wirestory import parse_signoff
    >>> @given(desk_signoffs())
    ... def check(pair):
    ...     signoff, text = pair
    ...     assert parse_signoff(text) == signoff
    >>> check()
    """
    return _desk_pairs()


@st.composite
def _signoff_pairs(draw: st.DrawFn) -> tuple[Signoff, str]:
    kind = draw(st.sampled_from(("credits", "contributing", "agency", "desk")))
    if kind == "desk":
        return draw(_desk_pairs())
    if kind == "agency":
        text = draw(st.sampled_from(SIGNOFF_AGENCIES))
        found = _agency_at(0, text)
        return _desk(text, agency=found, agencies=(found,))
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
    this report." sentence, a bare 1987 agency line ("REUTER") or an agency desk's sign-off
    (:func:`desk_signoffs`). ``parse_signoff(text) ==
    signoff`` holds for every pair drawn.

    >>> from hypothesis import given
    >>> @given(signoffs())
    ... def check(pair):
    ...     signoff, text = pair
    ...     assert all(text[c.span.start : c.span.end] == c.text for c in signoff.credits)
    >>> check()
    """
    return _signoff_pairs()
