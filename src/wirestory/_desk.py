r"""Desk sign-offs: the agency name, desk initials and codes that close a wire story.

Reuters and AP close a story with credits ("Reporting by ...", :mod:`wirestory._signoff`);
most other agencies close it with their desk's marks. The forms (each is in
``tests/test_signoff.py``, and ``docs/explanation/desk-signoffs.md`` cites where each is
documented or seen):

- desk initials alone on the last line, slash-separated: ``asl/tib/pid/cac`` (AFP),
  ``daa/mt/msr`` (EFE); the roles are not written, so none is guessed;
- an agency code and its desk marks: ``dpa kre/su yysw a3 lön mda`` (dpa's closing line: the
  authors' and editors' initials and, with a digit or dpa's ``yy`` prefix, its service and
  ressort codes), ``AFP sn``;
- a parenthesised group at the end of the text: ``(APA, 11.9.2015)``, ``(APA/dpa,
  1.11.2015)``, ``(red, 16. 5. 2016)``, ``(nim, krud, mika)``, ``(SDA\/sj)``, ``(ANSA).``,
  ``(Markus Bernath aus Sofia, 1.11.2015)``, ``(Text: A B, Video: C D, 1.10.2015)``
  (Austrian and Swiss copy: APA, Der Standard, Keystone-SDA; ANSA);
- a marker line: ``==Kyodo`` (Kyodo's English service), ``Enditem`` (Xinhua), ``Fin`` (EFE);
- the agency or Xinhua's marker run in after the last sentence: ``... unos 500 ejemplares.
  EFE``, ``... was strongly felt in Osaka. Enditem``;
- a reporter's e-mail address after the last sentence or alone on the last line:
  ``jandi@yna.co.kr`` (Yonhap);
- an agency-and-date group with a fact box after it on the same line, as APA copy carried by
  Der Standard runs a match preview's line-ups after the text: ``... versprach er. (APA,
  1.3.2016) SK Rapid Wien – SV Mattersburg ...``. Only the strict form (a registry agency
  and a full date) is read there.

A group is read only when it carries evidence: a registry agency, a date, or at least two
desk initials ("(Jane Doe)" or "(red)" alone is no sign-off). ``agency`` is filled in only
when the sign-off writes one: desk initials alone give ``None``.
"""

from __future__ import annotations

import functools

import regex

from wirestory._agencies import agency_from_text, lookup_agency
from wirestory._bylines import NAME_PATTERN, PARTICLES
from wirestory._checks import REGEX_TIMEOUT
from wirestory._initials import NOT_INITIALS, read_initials
from wirestory._models import Agency, Credit, DatelineDate, Signoff, Span
from wirestory._offsets import lstrip_offset, rstrip_offset

__all__ = [
    "APPOSITION_NOUNS",
    "DESK_LABELS",
    "DESK_MARKERS",
    "embedded_desk_signoff",
    "read_desk_signoff",
    "run_in_desk_signoff",
]

#: The longest desk sign-off read (characters): the longest seen run to some 80.
_MAX_DESK = 300

#: Role labels inside a parenthesised group (Der Standard: "(Text: A, Video: B, 1.10.2015)")
#: and the canonical credit role each gives; a name without a label is the writer's.
DESK_LABELS: dict[str, str] = {
    "text": "writing",
    "texte": "writing",
    "video": "video",
    "videos": "video",
    "foto": "photography",
    "fotos": "photography",
    "bild": "photography",
    "bilder": "photography",
    "grafik": "graphics",
    "recherche": "research",
}

#: End-of-story words (case-folded) that name no agency; the ``==<agency>`` form ("==Kyodo",
#: Kyodo's English service: "... to lead the attack.\n==Kyodo") names one.
DESK_MARKERS: tuple[str, ...] = (
    "enditem",  # Xinhua's English service: "... the ministry said. Enditem"
    "fin",  # EFE, Spanish: "... dijo el ministro.\nFin"
)

#: An agency code and its desk marks: "dpa kre/su yysw a3 lön mda", "AFP sn".
_AGENCY_DESK = regex.compile(
    r"""
    (?P<agency>[\p{L}][\p{L}\-]{1,11})              # dpa / AFP / EFE (checked in the registry)
    (?P<marks>
        (?:[\t\p{Zs}]+
           \p{Ll}[\p{Ll}\d]{0,5}                    # kre / yysw / a3 / lön
           (?:/\p{Ll}[\p{Ll}\d]{0,5})*              # kre/su
        ){1,12}
    )
    """,
    regex.VERBOSE,
)

#: One desk mark of _AGENCY_DESK's marks, with its span.
_MARK = regex.compile(r"\p{Ll}[\p{Ll}\d]{0,5}")

#: A dpa service or ressort code among the marks: a digit ("a3", "n1") or the "yy" prefix
#: ("yysw", "yyno"), as in the closing lines of dpa's digitalwires test items.
_CODE = regex.compile(r"\p{Ll}*\d[\p{Ll}\d]*|yy\p{Ll}{1,4}")

#: "==Kyodo", "Enditem", "Fin", alone on the line.
_MARKER = regex.compile(
    r"""
    (?P<marker>={2}[\t\p{Zs}]*\p{L}+|(?i:enditem)|Fin|FIN)   # ==Kyodo / Enditem / Fin
    [\t\p{Zs}]*\.?                                  # "Fin." now and then
    """,
    regex.VERBOSE,
)

#: A separator between the items of a parenthesised group: ",", ";", "/", "\/" (escaped as
#: transmitted), " – ".
_ITEM_SEP = regex.compile(r"[\t\p{Zs}]*(?:[,;]|\\?/|[\t\p{Zs}][\u2013\u2014-])[\t\p{Zs}]*")

#: A numeric date: "11.9.2015", "16. 5. 2016", "8.8. 2015", "13.02.16", "7.9.2015".
_DATE = regex.compile(
    r"""
    (?P<day>\d{1,2})\.[\t\p{Zs}]?                   # 16.
    (?P<month>\d{1,2})\.                            # 5.
    (?:[\t\p{Zs}]?(?P<year>\d{4}|\d{2}))?           # 2016 / 16
    """,
    regex.VERBOSE,
)

#: An agency then a date without a comma: "APA 4.9.2015".
_AGENCY_DATE = regex.compile(r"(?P<agency>\p{Lu}[\p{L}\-]{1,11})[\t\p{Zs}]+(?=\d)")

#: Desk initials inside a group: "red", "wh", "jdo", "tasch", "sj".
_GROUP_INITIALS = regex.compile(r"\p{Ll}{1,6}")

#: A label before names: "Text:", "Videos:".
_LABEL = regex.compile(r"(?P<label>\p{Lu}\p{Ll}{2,9})[\t\p{Zs}]*:[\t\p{Zs}]*")

#: A publication in capitals inside a group: "DER STANDARD".
_CAPS_OUTLET = regex.compile(r"\p{Lu}{2,}(?:[\t\p{Zs}]+\p{Lu}{2,}){0,3}")

_NAME = regex.compile(
    NAME_PATTERN,
    regex.VERBOSE | regex.VERSION1,
    name_stops=("and", "und", "et", "aus", "in", "from"),
    particles=PARTICLES,
)

#: Between two names: " & ", " und ", " and ".
_NAMES_JOIN = regex.compile(r"[\t\p{Zs}]*(?:&|\band\b|\bund\b)[\t\p{Zs}]*")

#: Where the writer is: "aus Moskau", "in Wien" (German), "from Kyiv".
_FROM_PLACE = regex.compile(
    r"""
    [\t\p{Zs}]+(?:aus|in|from)[\t\p{Zs}]+
    (?P<place>\p{Lu}[\p{L}\p{M}\-]*(?:[\t\p{Zs}]+\p{Lu}[\p{L}\p{M}\-]*){0,2})
    """,
    regex.VERBOSE,
)

#: A reporter's e-mail address: "jandi@yna.co.kr".
_EMAIL = regex.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}")

#: Nouns that name an agency before its code in running text ("the news agency (IRNA).",
#: "die Nachrichtenagentur (dpa)."): a lone agency group after one is an apposition.
APPOSITION_NOUNS: frozenset[str] = frozenset(
    (
        "agency", "agencies", "service", "wire", "agentur", "nachrichtenagentur",
        "presseagentur", "agence", "agenzia", "agencia", "agência", "agentschap", "bureau",
        "persbureau", "telegrambyrå", "nyhedsbureau",
    )
)  # fmt: skip

#: The end of a sentence before a run-in sign-off, and the space after it.
_SENTENCE_END = frozenset(".!?\"'»«”’)")


def _agency_code(word: str) -> bool:
    """Whether *word* is a registry agency written as the wires write their code."""
    info = lookup_agency(word)
    return info is not None and (word in (info.code, info.name) or word.isupper())


def _agencies(text: str, spans: list[tuple[int, int]]) -> tuple[Agency, ...]:
    return tuple(agency_from_text(text[s:e], Span(s, e)) for s, e in spans)


def _date(text: str, m: regex.Match[str]) -> DatelineDate | None:
    day, month = int(m["day"]), int(m["month"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    year = None
    if m["year"] is not None:
        year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
    start, end = m.span()
    return DatelineDate(
        month=month, day=day, year=year, text=text[start:end], span=Span(start, end)
    )


def _signoff(
    text: str,
    start: int,
    end: int,
    *,
    agencies: tuple[Agency, ...] = (),
    initials: tuple[str, ...] = (),
    codes: tuple[str, ...] = (),
    found: tuple[Credit, ...] = (),
    date: DatelineDate | None = None,
) -> Signoff:
    return Signoff(
        credits=found,
        agency=agencies[0] if agencies else None,
        agencies=agencies,
        initials=initials,
        codes=codes,
        date=date,
        span=Span(start, end),
        text=text[start:end],
    )


# --------------------------------------------------------------------------------------------
# the forms
# --------------------------------------------------------------------------------------------


def _initials_line(text: str, start: int, end: int) -> Signoff | None:
    initials = read_initials(text, start, end)
    return None if initials is None else _signoff(text, start, end, initials=initials)


def _agency_desk(text: str, start: int, end: int) -> Signoff | None:
    m = _AGENCY_DESK.fullmatch(text, start, end, timeout=REGEX_TIMEOUT)
    if m is None or not _agency_code(m["agency"]):
        return None
    initials: list[str] = []
    codes: list[str] = []
    for mark in _MARK.finditer(text, m.start("marks"), m.end("marks"), timeout=REGEX_TIMEOUT):
        word = mark.group()
        if word in NOT_INITIALS:
            return None
        (codes if _CODE.fullmatch(word) else initials).append(word)
    return _signoff(
        text,
        start,
        end,
        agencies=_agencies(text, [m.span("agency")]),
        initials=tuple(initials),
        codes=tuple(codes),
    )


def _marker(text: str, start: int, end: int) -> Signoff | None:
    m = _MARKER.fullmatch(text, start, end, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    marker = m["marker"]
    key = "".join(marker.split()).casefold()
    if key.startswith("=="):
        word_start = start + len(marker) - len(marker.lstrip("= \t"))
        if not _agency_code(text[word_start : m.end("marker")]):
            return None
        return _signoff(text, start, end, agencies=_agencies(text, [(word_start, m.end("marker"))]))
    if key not in DESK_MARKERS:
        return None
    return _signoff(text, start, end)


def _email(text: str, start: int, end: int) -> Signoff | None:
    if _EMAIL.fullmatch(text, start, end, timeout=REGEX_TIMEOUT) is None:
        return None
    return _signoff(text, start, end)


def _names(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Read "A B & C D" filling ``text[start:end]``: names and places, or nothing."""
    names: list[tuple[int, int]] = []
    places: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        m = _NAME.match(text, pos, end, timeout=REGEX_TIMEOUT)
        if m is None or len(m.group().split()) < 2:
            return [], []
        names.append(m.span())
        pos = m.end()
        place = _FROM_PLACE.match(text, pos, end, timeout=REGEX_TIMEOUT)
        if place is not None:
            places.append(place.span("place"))
            pos = place.end()
        if pos == end:
            break
        join = _NAMES_JOIN.match(text, pos, end, timeout=REGEX_TIMEOUT)
        if join is None or join.end() == pos:
            return [], []
        pos = join.end()
    return names, places


def _group(text: str, start: int, end: int) -> Signoff | None:
    """Read a parenthesised group ``(...)`` or ``(...).`` that fills ``text[start:end]``."""
    close = end - 1 if text.endswith(").", start, end) else end
    if not (text.startswith("(", start) and text.endswith(")", start, close)):
        return None
    inner_start, inner_end = start + 1, close - 1
    if text.count("(", inner_start, inner_end) or text.count(")", inner_start, inner_end):
        return None
    agencies: list[tuple[int, int]] = []
    initials: list[str] = []
    people: list[Credit] = []
    date: DatelineDate | None = None
    pos = lstrip_offset(text, inner_start, inner_end)
    inner_end = rstrip_offset(text, pos, inner_end)
    while pos < inner_end:
        sep = _ITEM_SEP.search(text, pos, inner_end, timeout=REGEX_TIMEOUT)
        item_end = inner_end if sep is None else sep.start()
        if sep is not None and sep.start() == pos:
            return None
        item = text[pos:item_end]
        lead = _AGENCY_DATE.match(text, pos, item_end, timeout=REGEX_TIMEOUT)
        if lead is not None and _agency_code(lead["agency"]):
            agencies.append(lead.span("agency"))
            pos = lead.end()
            item = text[pos:item_end]
        day = _DATE.fullmatch(text, pos, item_end, timeout=REGEX_TIMEOUT)
        label = _LABEL.match(text, pos, item_end, timeout=REGEX_TIMEOUT)
        if day is not None and date is None and (found := _date(text, day)) is not None:
            date = found
        elif _agency_code(item):
            agencies.append((pos, item_end))
        elif _GROUP_INITIALS.fullmatch(item) is not None:
            initials.append(item)
        elif label is not None and label["label"].casefold() in DESK_LABELS:
            names, places = _names(text, label.end(), item_end)
            if not names:
                return None
            role = DESK_LABELS[label["label"].casefold()]
            people.append(_credit(text, role, pos, item_end, names, places))
        elif _CAPS_OUTLET.fullmatch(item) is not None:
            pass  # a publication in capitals: "DER STANDARD"
        elif (names_places := _names(text, pos, item_end))[0]:
            people.append(_credit(text, "writing", pos, item_end, *names_places))
        else:
            return None
        if sep is None:
            break
        pos = sep.end()
    if not agencies and date is None and len(initials) < 2:
        return None
    return _signoff(
        text,
        start,
        end,
        agencies=_agencies(text, agencies),
        initials=tuple(initials),
        found=tuple(people),
        date=date,
    )


def _credit(
    text: str,
    role: str,
    start: int,
    end: int,
    *people: list[tuple[int, int]],
) -> Credit:
    names, places = people
    return Credit(
        role=role,
        names=tuple(text[s:e] for s, e in names),
        locations=tuple(text[s:e] for s, e in places),
        span=Span(start, end),
        text=text[start:end],
    )


#: The whole-line forms, by name, in the order they are tried.
_LINE_FORMS = (
    ("initials", _initials_line),  # asl/tib/pid/cac
    ("agency-desk", _agency_desk),  # dpa kre/su yysw a3 lön mda
    ("marker", _marker),  # ==Kyodo / Enditem / Fin
    ("group", _group),  # (APA, 11.9.2015)
    ("email", _email),  # jandi@yna.co.kr
)


def read_desk_signoff(text: str, start: int, end: int) -> Signoff | None:
    """Read ``text[start:end]`` (white space around allowed) as one desk sign-off, or ``None``.

    >>> read_desk_signoff("  asl/tib/pid/cac", 0, 17).initials
    ('asl', 'tib', 'pid', 'cac')
    >>> s = read_desk_signoff("(APA, 11.9.2015)", 0, 16)
    >>> s.agency.code, (s.date.day, s.date.month, s.date.year)
    ('APA', (11, 9, 2015))
    >>> read_desk_signoff("(Jane Doe)", 0, 10) is None
    True
    """
    start = lstrip_offset(text, start, end)
    end = rstrip_offset(text, start, end)
    if start >= end or end - start > _MAX_DESK:
        return None
    found = _read_desk_cached(text[start:end])
    return None if found is None else _shift(found, start, text)


@functools.lru_cache(maxsize=1024)
def _read_desk_cached(piece: str) -> Signoff | None:
    for _name, form in _LINE_FORMS:
        found = form(piece, 0, len(piece))
        if found is not None:
            return found
    return None


def _shift(signoff: Signoff, offset: int, text: str) -> Signoff:
    """*signoff*, read from a slice, with spans into *text* (the slice starts at *offset*)."""

    def span(s: Span) -> Span:
        return Span(s.start + offset, s.end + offset)

    def agency(a: Agency) -> Agency:
        return Agency(name=a.name, code=a.code, text=a.text, span=span(a.span))

    return Signoff(
        credits=tuple(
            Credit(
                role=c.role, names=c.names, locations=c.locations, span=span(c.span), text=c.text
            )
            for c in signoff.credits
        ),
        agency=None if signoff.agency is None else agency(signoff.agency),
        agencies=tuple(agency(a) for a in signoff.agencies),
        initials=signoff.initials,
        codes=signoff.codes,
        date=None
        if signoff.date is None
        else DatelineDate(
            month=signoff.date.month,
            day=signoff.date.day,
            year=signoff.date.year,
            text=signoff.date.text,
            span=span(signoff.date.span),
        ),
        span=span(signoff.span),
        text=text[signoff.span.start + offset : signoff.span.end + offset],
    )


def _lone_agency(signoff: Signoff) -> bool:
    """A group that names agencies and nothing else: "(IRNA)", "(ANSA)."."""
    return not (signoff.initials or signoff.date or signoff.credits)


def _after_apposition_noun(text: str, line_start: int, at: int) -> bool:
    """Whether the word before *at* names an agency: "the news agency (IRNA)"."""
    before = rstrip_offset(text, line_start, at)
    word_start = max(text.rfind(" ", line_start, before) + 1, line_start)
    return text[word_start:before].casefold() in APPOSITION_NOUNS


def run_in_desk_signoff(text: str, line_start: int, end: int) -> Signoff | None:
    """Find a desk sign-off run in at the end of the line ``text[line_start:end]``.

    A parenthesised group after a space ("... zu erwarten (APA, 29.4.2016)"), an agency code
    or an e-mail address after the last sentence ("... ejemplares. EFE").

    >>> text = "Der Minister sprach. (APA, 4.10.2015)"
    >>> run_in_desk_signoff(text, 0, len(text)).text
    '(APA, 4.10.2015)'
    >>> text = "El ministro habló. EFE"
    >>> run_in_desk_signoff(text, 0, len(text)).agency.code
    'EFE'
    """
    end = rstrip_offset(text, line_start, end)
    floor = max(line_start, end - _MAX_DESK)
    if end <= floor:
        return None
    # "(APA, 11.9.2015)" / "(ANSA)." after a space
    close = end - 1 if text.endswith(").", floor, end) else end
    if text.endswith(")", floor, close):
        open_at = text.rfind("(", floor, close)
        if open_at > line_start and text[open_at - 1].isspace():
            found = read_desk_signoff(text, open_at, end)
            if (
                found is not None
                and found.span.start == open_at
                and not (_lone_agency(found) and _after_apposition_noun(text, line_start, open_at))
            ):
                return found
    # "... ejemplares. EFE" / "... 말했다. jandi@yna.co.kr": the last word after a sentence
    space = max(
        text.rfind(" ", floor, end), text.rfind("\t", floor, end), text.rfind("\xa0", floor, end)
    )
    if space <= line_start:
        return None
    word_start = space + 1
    before = rstrip_offset(text, line_start, space)
    if before <= line_start:
        return None
    word = text[word_start:end]
    if _EMAIL.fullmatch(word) is not None and text[before - 1] in _SENTENCE_END:
        return _signoff(text, word_start, end)
    if text[before - 1] not in _SENTENCE_END:
        return None
    if word.isupper() and _agency_code(word):
        return _signoff(text, word_start, end, agencies=_agencies(text, [(word_start, end)]))
    if word.casefold() == "enditem":  # Xinhua: "... the ministry said. Enditem"
        return _signoff(text, word_start, end)
    return None


#: The strict agency-and-date group that may stand before an appended fact box:
#: "(APA, 1.3.2016)", "(APA/dpa, 1.11.2015)".
_STRICT_GROUP = regex.compile(
    r"""
    (?<=[\t\p{Zs}])                               # after a space
    \(
    (?P<agency>\p{Lu}[\p{L}\-]{1,11})              # APA
    (?:/\p{L}[\p{L}\-]{1,11})?                      # /dpa
    [,;]?[\t\p{Zs}]*                              # ", "
    \d{1,2}\.[\t\p{Zs}]?\d{1,2}\.[\t\p{Zs}]?\d{4}      # 1.3.2016
    \)
    """,
    regex.VERBOSE,
)

#: How far from the end a group before a fact box is looked for (characters).
_EMBEDDED_WINDOW = 1500


def embedded_desk_signoff(text: str, floor: int, end: int) -> Signoff | None:
    """Find the last strict ``(AGENCY, D.M.YYYY)`` group in the last stretch of the text.

    For copy that runs a fact box after the sign-off on the same line; the text after the
    group is not part of the sign-off.

    >>> text = "Er sprach. (APA, 1.3.2016) Rapid: Strebinger - Pavelic, Hofmann"
    >>> embedded_desk_signoff(text, 0, len(text)).text
    '(APA, 1.3.2016)'
    """
    found = None
    start = max(floor, end - _EMBEDDED_WINDOW)
    for m in _STRICT_GROUP.finditer(text, start, end, timeout=REGEX_TIMEOUT):
        if _agency_code(m["agency"]):
            found = m
    if found is None:
        return None
    return read_desk_signoff(text, found.start(), found.end())
