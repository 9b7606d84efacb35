r"""Datelines: the place, date and agency tags that open a wire story.

:func:`parse_dateline` reads the conventions of the big wires::

    DUSHANBE (Reuters) -                      Reuters, place + tag
    NEW YORK, Feb 26 -                        Reuters 1987: place + date, no tag
    LONDON, March 3 (Reuters) -               Reuters: place + date + tag
    ATLANTA, Ga. (AP) —                       AP: city + state abbreviation + tag, em dash
    BEIJING, Jan. 5 (Xinhua) --               Xinhua, UPI, Yonhap: double hyphen
    MOSCOW, January 5. /TASS/.                TASS: date + period, /TASS/ + period
    IGORA /Leningrad Region/, December 26. /TASS/.   TASS: region between slashes
    SYDNEY March 22 AAP -                     AAP: no comma, bare agency name
    LONDON, England (CNN) --                  CNN: city + country
    (CNN) --   (CNN)At least ...              tag only; CNN often writes no separator
    AP -   Reuters -                          a bare agency name (AG News)
    Canadian Press - VANCOUVER (CP) -         a bare agency name, then a whole dateline
    (Reuters/AFP)   (BLOOMBERG, REUTERS)      several agencies
    BEIJING/SEOUL (Reuters) -                 several cities
    Kano (Nigeria) (AFP) -                    AFP: country in parentheses
    WASHINGTON (AP) _                         old AP teletype underscore
    (ANSA) - Rome, October 11 -               ANSA English: tag first, then place and date
    Tegucigalpa, Jan 2 (EFE).-                EFE: period and dash after the tag
    København /ritzau/:                       Ritzau: agency between slashes, colon

Separators are ``-``, ``--``, ``—``, ``–``, ``_`` (a lone hyphen or underscore needs white
space on one side, so "NEW YORK-based" is no dateline), a colon (``New Delhi (Sputnik):``),
``.-`` after a tag (EFE), the period after ``/TASS/``, and nothing at all after a known agency's
tag (CNN). Months are English (full, abbreviated, or cut short as in 1987 "APri 7").

Where this grammar finds no dateline, the national wires' own forms are tried
(:mod:`wirestory._dateline_forms`: "PARIS, 6 déc 2026 (AFP) -", "Brno 3. července (ČTK) -",
"МОСКВА, 6 декабря. /ТАСС/.", "(서울=연합뉴스)", "【ソウル共同】", "新华社北京12月31日电", with
CLDR month names); after a tag alone, ANSA's "(ANSA) - ROMA, 06 DIC -"; and after a date and
a dash, RIA Novosti's agency name ("MOSCOW, Dec 1 - RIA Novosti."). English copy that this
grammar reads is read as before.

When is an opening a dateline? The stronger its evidence, the less is asked of its place.
Everywhere, a place is one to six words (qualifiers capitalised: "Then, later that month on
CNN:" is a sentence), and a place in title case may not open with a sentence word ("The", "In")
unless it is a known city.

1. A **known agency** (a registry tag, a bare name after a date as in AAP or 1987 Reuters copy,
   ``/TASS/``): the place may be in capitals or title case. Without a separator, running text
   must follow (a lower-case letter within three words), so "The Associated Press (AP)
   reported ...", "Nikkei Opens Higher (Reuters)" and "CANADIAN PACIFIC (CP) UNIT STUDIES" are
   no datelines.
2. An **unknown tag** ("(WBKO)", "(Mental Floss)"): a separator is required, the tag's words
   must be capitalised and no editorial marker ("(Continued) -"); a place in title case must be
   known ("Washington (The Daily Standard) -", but not "Sen. Ted Cruz (R-Texas) —").
3. A **date** ("NEW YORK, Feb 26 -"): the place may be written in any case (1987 copy has
   "sioux falls, april 7 -"); without a comma before the date the place must be known
   ("SYDNEY March 22 AAP -", but not the headline "SYRIA SEEKING WHITE SUGAR ON APRIL 8 -").
   A mistyped month ("NEW YORK, Narch 2 -") is accepted in a capitals dateline, without date.
4. **Place only** ("LONDON - ...", "SIOUX FALLS, S.D. –"): the place must be known (a
   stand-alone dateline city, a country, or a city with a known state, province or country),
   and the body must start like a sentence (a capital, digit or quote mark) *and* hold a
   lower-case letter within its first three words. So **"WASHINGTON - a city ..." is not a
   dateline** (a story's first sentence starts with a capital; a lower-case word after the
   dash means the dash belongs to a sentence), and neither is a capitals headline such as
   "CHINA - TRADE SURPLUS WIDENS".
5. **No separator at all** ("WASHINGTON The U.S. Supreme Court ..."; Reuters web copy that
   lost its markup): only a stand-alone city of the place table (not a country: "US Airways"),
   in capitals, followed by a title-case word within two words ("SEOUL LG Electronics").
6. **A byline run into the lede** by flattened copy ("By Isaac Abrak ABUJA, Nov 1 (Reuters)
   -"): the dateline after it counts only with a capitals city and a known agency's tag.

Agency tags: items are separated by commas; slashes separate agencies when every part is in
the registry ("(Reuters/AFP)"), otherwise the item is one agency named after its last known
part ("(THE STAR/ASIA NEWS NETWORK)": a member paper of the Asia News Network). Reuters'
priority stars ("****LONDON, March 5 -") belong to the dateline's span but not to the city.

Spans: :attr:`~wirestory.Dateline.span` runs from the dateline's first character through its
separator; :attr:`~wirestory.Dateline.body_start` is where the story text begins (after the
separator and any white space). With ``pos=``, parsing starts at that offset and every span is
still an offset into the whole ``text``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

import regex

from wirestory._agencies import agency_from_text, lookup_agency, registry_tag
from wirestory._checks import REGEX_TIMEOUT, require_str
from wirestory._dateline_forms import parse_after_tag, parse_forms, with_agency_after_dash
from wirestory._models import Agency, Dateline, DatelineDate, Place, Span
from wirestory._patterns import DASH, HSPACE, MONTH_NUMBERS, OPEN_QUOTES
from wirestory._places import (
    coded_place,
    country_code,
    is_known_city,
    qualifier_slot,
    region_code,
)

__all__ = ["parse_dateline", "render_dateline"]

_FULL_MONTHS = [name for name in MONTH_NUMBERS if len(name) > 4 or name in {"may", "june", "july"}]


#: A month word as 1987 and modern wires write it: full, abbreviated, cut short ("APri 7") or
#: mistyped ("Narch 2"). :func:`_month_number` tells which month it is, if any; a word list
#: here would cost more to compile than the whole rest of the grammar.
_MONTH = r"[A-Za-z]{3,9}(?!\p{L})"

#: A month after the day ("AMSTERDAM, 2 March -"): only real month names and abbreviations,
#: so that "SYDNEY March 22 AAP -" does not read "22 AAP" as a date.
_MONTH_AFTER_DAY = "(?i:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")(?!\p{L})"

#: One word of a place name: letters with inner apostrophes, hyphens or periods
#: ("N'DJAMENA", "PORT-AU-PRINCE", "N.Y.", "W.Va.") and an optional final period ("ST.").
_WORD = r"\p{L}[\p{L}\p{M}'’]*+(?:[.\-]\p{L}[\p{L}\p{M}'’]*+)*+\.?(?![\p{L}\p{M}])"

#: One item of an agency tag: words of letters and digits ("Reuters", "CNN Business",
#: "OPRAH.com", "THE STAR", "Thomson Reuters Foundation").
_TAG_ITEM = r"[\p{L}\p{N}][\p{L}\p{N}.&'’\-]{0,30}(?:[ ][\p{L}\p{N}&][\p{L}\p{N}.&'’\-]{0,30}){0,5}"

#: An agency's name written bare after a date: words that start with a letter ("AAP", "Reuter").
_NAME = r"\p{L}[\p{L}\p{N}.&'’\-]{0,30}(?:[ ]\p{L}[\p{L}\p{N}.&'’\-]{0,30}){0,3}"

_DATELINE = regex.compile(
    rf"""
    (?P<flag>\*{{1,8}}{HSPACE}*)?                         # Reuters priority stars: ****LONDON
    (?P<place>
      (?P<city>{_WORD}(?:{HSPACE}{{1,2}}{_WORD}){{0,5}}    # LOS ANGELES, Port-au-Prince
        (?:/{_WORD}(?:{HSPACE}{_WORD}){{0,4}}){{0,5}})     # BEIJING/SEOUL, Hong Kong/New York
      (?:{HSPACE}+/(?P<tregion>[^/\n\r]{{1,40}})/(?={HSPACE}*,))?  # IGORA /Leningrad Region/,
      (?:{HSPACE}*,{HSPACE}*                              # , Ga.  , N.Y.  , the Netherlands
        (?P<q1>{_WORD}(?:{HSPACE}{_WORD}){{0,3}}))?
      (?:{HSPACE}*,{HSPACE}*                              # , United States (after ", DC")
        (?P<q2>{_WORD}(?:{HSPACE}{_WORD}){{0,3}}))?
      (?:{HSPACE}*\((?P<pcountry>{_WORD}(?:{HSPACE}{_WORD}){{0,3}})\))?  # Kano (Nigeria)
    )?
    (?:(?(place)(?:{HSPACE}*(?P<date_comma>,){HSPACE}*|{HSPACE}+)|)  # , or space before date
      (?P<date>
        (?P<month>{_MONTH})(?P<mdot>\.)?{HSPACE}{{1,3}}(?P<day>\d{{1,2}})(?!\d)   # Feb 26
        | (?P<day2>\d{{1,2}}){HSPACE}{{1,3}}(?P<month2>{_MONTH_AFTER_DAY})\.?   # 2 March
      )
      (?:,?{HSPACE}+(?P<year>\d{{4}})(?!\d))?             # , 2021
    )?
    (?:
      (?:{HSPACE}*,)?{HSPACE}*\({HSPACE}?                 # (Reuters)  , (Sputnik)
        (?P<tag>{_TAG_ITEM}(?:{HSPACE}*[,/]{HSPACE}*{_TAG_ITEM}){{0,5}})
      {HSPACE}?\)
    | \.?{HSPACE}*/(?P<slashtag>{_TAG_ITEM})/              # . /TASS/  /ritzau/
    | (?(date)(?:{HSPACE}*,)?{HSPACE}+(?P<bare>{_NAME})|(?!))  # March 22 AAP  , Reuter
    )?
    (?:
      (?P<tdot>(?<=/)\.)                                   # /TASS/.
      | (?P<sep>(?:(?<=\))\.)?                              # (EFE).- (Agencia EFE)
          {HSPACE}{{0,3}}(?:(?P<dash>{DASH})|(?P<colon>:)))  # - -- — – _ :
      | (?<=[)])                                           # (CNN)At least ...
    )
    """,
    regex.VERBOSE,
)

_T = TypeVar("_T")


class _Groups(NamedTuple, Generic[_T]):
    """One item per group of :data:`_DATELINE`, in the order of the pattern.

    A look-up by name on a match costs about as much as a short regex call; ``groups()`` and
    ``regs`` read every group at once (the order is checked in ``tests/test_dateline.py``).
    """

    flag: _T
    place: _T
    city: _T
    tregion: _T
    q1: _T
    q2: _T
    pcountry: _T
    date_comma: _T
    date: _T
    month: _T
    mdot: _T
    day: _T
    day2: _T
    month2: _T
    year: _T
    tag: _T
    slashtag: _T
    bare: _T
    tdot: _T
    sep: _T
    dash: _T
    colon: _T


def _groups(m: regex.Match[str]) -> tuple[_Groups[str | None], _Groups[tuple[int, int]]]:
    """The text and the span of each group of a :data:`_DATELINE` match (``None``, (-1, -1))."""
    return _Groups._make(m.groups()), _Groups._make(m.regs[1:])


#: The commonest dateline of 1987 Reuters copy, with the grammar's groups: "NEW YORK, Feb 26
#: -", "PORTLAND, Ore., Feb 26 -", "MILWAUKEE, Oct. 20 -" (19 in 20 datelines of
#: reuters_stories.jsonl). Where it matches, :data:`_DATELINE` matches the same text with the
#: same groups (:func:`_simple_groups` says why), at a fraction of the cost. Its quantifiers
#: are possessive: in a match each run ends where no character of its class follows, so
#: giving characters back could never help; a line that is no such dateline fails at once.
_SIMPLE = regex.compile(
    r"""
    (?P<place>
      (?P<city>[A-Za-z]++(?:[ ][A-Za-z]++){0,5}+)         # one to six words of ASCII letters
      (?:,[ ](?P<q1>[A-Z][A-Za-z]*+(?:\.[A-Z][A-Za-z]*+)*+\.?+))?  # , Ore.  , N.Y.  , Calif.
    )
    (?P<date_comma>,)[ ]                                  # a comma and one space
    (?P<date>
      (?P<month>[A-Za-z]{3,9}+)(?P<mdot>\.)?              # Feb  Oct.
      [ ](?P<day>\d{1,2}+)                                # one space and the day
    )
    (?P<sep>[ ](?P<dash>-))(?!-)                          # one space and a hyphen, not "--"
    """,
    regex.VERBOSE,
)


def _simple_groups(
    text: str, start: int
) -> tuple[_Groups[str | None], _Groups[tuple[int, int]], int] | None:
    r"""The groups and end of a :data:`_SIMPLE` match at *start*, as the grammar's would be.

    The grammar tries its choices in order and takes the first that matches to its end.
    On "CITY[, Q], Month D -" that is: no priority stars (a letter comes first); the whole
    city (its words end at the comma, and each word is one ``_WORD``); the qualifier Q if
    any (a ``_WORD`` up to the comma); then the month read as one more qualifier, which
    fails (after it only " D -" is left, where no date, tag or separator can start), so no
    qualifier is taken there; then the date after the comma (``[A-Za-z]{3,9}`` takes the
    whole month, ``\d{1,2}`` the whole day), no year or tag (a hyphen follows the space),
    and the separator. The choices tried before this one all fail, so this is the match.
    ``tests/test_dateline_gates.py`` checks it against the grammar on real and random text.
    """
    # No timeout: no two quantifiers here can take the same characters (words are split by
    # single spaces), so the match is linear, and the window bounds it.
    m = _SIMPLE.match(text, start, start + _WINDOW)
    if m is None:
        return None
    g = m.groups()  # place city q1 date_comma date month mdot day sep dash
    r = m.regs  # the whole match, then the same groups
    n = (-1, -1)  # no part in the match
    # Positional, in _Groups order (keywords or a map by name cost twice as much):
    # flag place city tregion q1 q2 pcountry date_comma date month mdot day day2 month2 year
    # tag slashtag bare tdot sep dash colon.
    return (
        _Groups(None, g[0], g[1], None, g[2], None, None, g[3], g[4], g[5], g[6], g[7],
                None, None, None, None, None, None, None, g[8], g[9], None),
        _Groups(n, r[1], r[2], n, r[3], n, n, r[4], r[5], r[6], r[7], r[8],
                n, n, n, n, n, n, n, r[9], r[10], n),
        m.end(),
    )  # fmt: skip


#: "AP - ", "Canadian Press - ": a bare agency name opening AG News-style copy. Names are
#: checked against the registry in Python (a ``\L<>`` list here would slow down the import).
_LEAD = regex.compile(
    rf"""
    (?P<agency>{_NAME})              # a name, as written
    {HSPACE}+(?P<dash>{DASH})         # spaced separator
    (?=\s)                            # then white space
    """,
    regex.VERBOSE,
)

#: "WASHINGTON The U.S. Supreme Court": capitals, one space, a capitalised word.
_BARE_CITY = regex.compile(
    r"""
    (?P<city>\p{Lu}[\p{Lu}.'’\-]+(?:[ ]\p{Lu}[\p{Lu}.'’\-]+){0,3})   # capitals
    [ ](?=\p{Lu}\p{L}*[ ]?\p{L}*\p{Ll})       # running text: a lower-case letter soon
    """,
    regex.VERBOSE,
)

#: "By Benjamin Kang Lim and Tony Munroe " before a dateline in capitals.
_BYLINE_RUN_IN = regex.compile(
    rf"""
    By{HSPACE}+                                                  # By
    (?:\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*\.?{HSPACE}+){{1,4}}           # Isaac Abrak
    (?:(?:and|&){HSPACE}+(?:\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*\.?{HSPACE}+){{1,4}})?   # and Tony Munroe
    (?=\p{{Lu}}[\p{{Lu}}'’.\-]+[\s,/(])                            # ABUJA, BEIJING/SEOUL
    """,
    regex.VERBOSE,
)

_WHITESPACE = regex.compile(r"\s*")

#: The most tokens of letters only that follow each other in a :data:`_DATELINE` match (six
#: words of a city and a month: :func:`_may_end_in_reach`), and how many tokens it looks at.
_MAX_LETTER_RUN = 7
_REACH_TOKENS = 24
#: Lines shorter than this (Reuters-21578 wraps at about 70 characters) rarely hold a run of
#: eight words before a separator: the check would cost more than it saves there.
_LONG_LINE = 80

#: The separators of :data:`_LEAD` as white-space-delimited tokens (``DASH`` then white space).
_DASH_TOKENS = frozenset(
    ("--", "\u2014\u2014", "-", "\u2013", "\u2014", "\u2012", "\u2015", "\u2212", "_")
)
#: Between the words of a place or tag.
_WORD_BREAKS = regex.compile(r"[\s/]+")

#: No dateline is longer than this: the grammar looks no further (bounded work on any input).
_WINDOW = 400

#: Lower-case words a place name may hold ("Port-au-Prince", "Rio de Janeiro", "KING OF").
_CONNECTORS = frozenset(
    ("de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "el",
     "al", "au", "aux", "of", "on", "upon", "the", "es", "en", "sur", "am", "an", "der", "den",
     "van", "von", "y", "i", "bin", "ibn")
)  # fmt: skip

#: First words of sentences that are never the first word of a place in title case.
_SENTENCE_STARTS = frozenset(
    ("the", "a", "an", "in", "on", "at", "but", "and", "if", "when", "as", "for", "with", "this",
     "that", "it", "he", "she", "they", "we", "i", "its", "his", "her", "our", "their", "after",
     "before", "according", "by", "from", "to", "of", "while", "since", "shares")
)  # fmt: skip

#: Editorial markers in parentheses that are no agency tag: "(Continued) -", "(Corrected) -".
_EDITORIAL_TAGS = frozenset(
    ("continued", "corrected", "correction", "correcting", "update", "updated", "updates",
     "repeat", "repeats", "refiled", "recasts", "adds", "fixes", "clarification", "clarified",
     "advisory", "urgent", "flash", "bulletin", "analysis", "feature", "factbox", "photo",
     "video", "graphic", "file", "official", "table", "note", "end")
)  # fmt: skip

_OPENERS = OPEN_QUOTES + "'‘(["

#: The last character of a dateline that ends in a dash (:data:`DASH`).
_DASH_ENDS = frozenset("-\u2013\u2014\u2012\u2015\u2212")

#: Forms of other languages that need no dash, colon or parenthesis to end: Kyodo's
#: "【ソウル共同】", Newsis' "[서울=뉴시스]" and Xinhua's "新华社北京12月31日电".
_FORM_OPENERS = frozenset("【[") | frozenset(chr(c) for c in range(0x3400, 0xA000))


def parse_dateline(text: str, *, pos: int = 0) -> Dateline | None:
    """Parse the dateline that opens *text* (leading white space skipped), or return ``None``.

    Args:
        text: the story, or its first paragraph.
        pos: where to start; spans are offsets into the whole of *text*.

    Returns:
        The :class:`~wirestory.Dateline`, or ``None`` when *text* opens with none.

    Raises:
        TypeError: if *text* is not a ``str``.

    >>> d = parse_dateline("DUSHANBE (Reuters) - Moscow has offered to help ...")
    >>> d.place.city, d.place.country_code, d.agencies[0].code, d.span
    ('DUSHANBE', 'TJ', 'Reuters', Span(start=0, end=20))
    >>> d = parse_dateline("ATLANTA, Ga., Jan. 5 (AP) — The ...")
    >>> d.place.region, d.place.region_code, (d.date.month, d.date.day), d.text
    ('Ga.', 'US-GA', (1, 5), 'ATLANTA, Ga., Jan. 5 (AP) —')
    >>> [a.code for a in parse_dateline("Canadian Press - VANCOUVER (CP) - The ...").agencies]
    ['CP', 'CP']
    >>> parse_dateline("WASHINGTON - a city that never sleeps") is None
    True
    """
    require_str(text)
    if not isinstance(pos, int) or isinstance(pos, bool):
        raise TypeError(f"pos must be an int, not {type(pos).__name__}")
    pos = max(pos, 0)
    if pos >= len(text):
        return None
    start = _skip_space(text, pos)
    line = _line_at(text, start)
    may_end = _may_end_here(line)
    if may_end and (dateline := _parse_simple(text, start)) is not None:
        # "NEW YORK, Feb 26 -": the grammar below reads the same (its gates hold wherever it
        # matches and _build accepts), and no lead can open the line (a lead's name runs up
        # to a spaced dash with no comma before it).
        return with_agency_after_dash(text, dateline)
    lead = (
        # a dash token after white space also ends a dateline: no lead without may_end
        _LEAD.match(text, start, start + _WINDOW, timeout=REGEX_TIMEOUT)
        if may_end and _may_lead(line)
        else None
    )
    if lead is not None and _lead_agency_ok(lead["agency"]):
        agency = agency_from_text(lead["agency"], Span(*lead.span("agency")))
        after = _skip_space(text, lead.end())
        inner = _parse_core(text, after, nested=False)
        if inner is not None:
            return Dateline(
                place=inner.place,
                date=inner.date,
                agencies=(agency, *inner.agencies),
                span=Span(start, inner.span.end),
                text=text[start : inner.span.end],
                body_start=inner.body_start,
            )
        if _sentence_like(text, after, strict=False):
            return Dateline(
                agencies=(agency,),
                span=Span(start, lead.end()),
                text=text[start : lead.end()],
                body_start=after,
            )
    core = _parse_core(text, start, line=line, may_end=may_end)
    if core is not None:
        if core.date is not None and not core.agencies and core.text[-1:] in _DASH_ENDS:
            # "MOSCOW, Dec 1 - RIA Novosti.": the agency after the dash (RIA Novosti)
            return with_agency_after_dash(text, core)
        return core
    if text.startswith("By", start):  # _BYLINE_RUN_IN opens with "By"
        after_byline = _parse_after_byline(text, start)
        if after_byline is not None:
            return after_byline
    # the forms of the wires' own languages (wirestory._dateline_forms), tried last so that
    # English copy reads as before
    return parse_forms(text, start) if may_end or line[:1] in _FORM_OPENERS else None


def _line_at(text: str, start: int) -> str:
    r"""The rest of the line at *start*, at most :data:`_WINDOW` characters.

    No pattern of this module matches a line break ("\n", "\r"): a match at *start* lies
    within this string, and the gates below look only at it.
    """
    end = text.find("\n", start, start + _WINDOW)
    if end < 0:
        end = start + _WINDOW
    cut = text.find("\r", start, end)
    return text[start : end if cut < 0 else cut]


def _may_lead(line: str) -> bool:
    r"""Necessary for a :data:`_LEAD` match at the start of *line*: a dash as its 2nd-5th token.

    ``_NAME`` is one to four words of non-space characters joined by single spaces; ``HSPACE+``
    (white space) and ``DASH`` followed by white space come next. So the white-space tokens of
    the line are the name's words, then exactly one of :data:`_DASH_TOKENS` (regex ``\s`` and
    ``HSPACE`` are white space to ``str.split`` too; the line may end right after the dash),
    and no word before it holds a character outside ``[\p{L}\p{N}.&'’\-]``.
    """
    tokens = line.split(None, 5)[:5]
    for index, token in enumerate(tokens):
        if token in _DASH_TOKENS:
            # a dash token is no name word (those start with a letter): the first one ends the
            # name, which holds no comma or parenthesis ("NEW YORK, March 4 -" is no lead)
            return index > 0 and not any("," in word or "(" in word for word in tokens[:index])
    return False


def _may_end_here(line: str) -> bool:
    r"""Necessary for a :data:`_DATELINE` match at the start of *line* that :func:`_build` takes.

    Such a match ends in one of its last three alternatives: ``tdot``, a ``.`` right after a
    ``/`` (were the match "." alone, with the ``/`` before it, :func:`_build` would reject it:
    no place, date or agency); ``sep``, ending in ``DASH`` or a colon; or just after a ``)``.
    :func:`_build` turns down a lone hyphen or underscore with no white space before it and
    neither white space nor the end of the text after it ("NEW YORK-based"; the character
    before the dash is in the match: a match that is only the dash has no place, date or
    agency). So the line holds a colon, a ``)``, ``/.``, ``--``, an en or em dash, figure
    dash, bar or minus, or a hyphen or underscore with white space on one side or at its end.
    """
    if (
        ":" in line
        or ")" in line
        or "\u2013" in line  # en dash
        or "\u2014" in line  # em dash
        or "\u2012" in line  # figure dash
        or "\u2015" in line  # horizontal bar
        or "\u2212" in line  # minus sign
        or "/." in line
        or "--" in line
    ):  # spelt out: a loop over the characters costs ten times as much
        return True
    last = len(line) - 1
    for dash in "-_":
        at = line.find(dash)
        while at >= 0:
            if at == last or line[at + 1].isspace() or (at > 0 and line[at - 1].isspace()):
                return True
            at = line.find(dash, at + 1)
    return False


def _may_end_in_reach(line: str) -> bool:
    """Necessary for a :data:`_DATELINE` match that :func:`_build` takes, on a long line.

    Take the line's white-space tokens. Within a match, at most seven tokens of letters only
    (``str.isalpha``) follow each other: no more than six words of a city and a month (then
    the day's digits), a qualifier's four words and a month, a month after the day and four
    words of a bare agency name, or six words of one tag item; every other part of the
    grammar begins with a comma, parenthesis, slash, star, digit, dash or colon, which no
    token of letters holds. (White space in a match is ``HSPACE``, so its tokens are the
    line's, but for a region between slashes, which may hold anything: a slash ends this
    check.) A match starts the line and ends in a dash, colon, ``.`` or ``)``, never in a
    token of letters; so it ends before the eighth token of the line's first run of eight,
    and :func:`_may_end_here` must hold for the line up to there.
    """
    run = 0
    tokens = line.split(None, _REACH_TOKENS)
    for index, token in enumerate(tokens[:_REACH_TOKENS]):
        if token.isalpha():
            run += 1
            if run == _MAX_LETTER_RUN + 1:
                rest = line.split(None, index)[-1]  # the line from this token on
                return _may_end_here(line[: len(line) - len(rest)])
        elif "/" in token:
            return True
        else:
            run = 0
    return True


def _parse_after_byline(text: str, start: int) -> Dateline | None:
    """A byline run into the lede by flattened copy: "By Isaac Abrak ABUJA, Nov 1 (Reuters) -".

    Only a full dateline counts there: a city in capitals and a known agency's tag.
    """
    match = _BYLINE_RUN_IN.match(text, start, start + _WINDOW, timeout=REGEX_TIMEOUT)
    if match is None:
        return None
    core = _parse_core(text, match.end(), nested=False)
    if core is None or core.place is None or _case_style(core.place.city) != "caps":
        return None
    if not any(lookup_agency(a.text) is not None for a in core.agencies):
        return None
    return core


def _skip_space(text: str, pos: int) -> int:
    if pos >= len(text) or not text[pos].isspace():
        return pos  # regex \s matches no character that str.isspace() refuses
    chunk = text[pos : pos + 16]
    rest = chunk.lstrip(" \t\n\r")
    if rest and not rest[0].isspace():
        # a short run of common white space, as after a separator, in indents, between lines
        return pos + len(chunk) - len(rest)
    # a run of one character class: linear, no timeout needed
    match = _WHITESPACE.match(text, pos)
    return pos if match is None else match.end()


def _lead_agency_ok(name: str) -> bool:
    """A bare agency name must be written as the registry writes it, or in capitals."""
    info = lookup_agency(name)
    if info is None:
        return False
    return name in info.aliases or (name.isupper() and len(name) > 1)


def _parse_core(
    text: str,
    start: int,
    *,
    nested: bool = True,
    line: str | None = None,
    may_end: bool | None = None,
) -> Dateline | None:
    if line is None:
        line = _line_at(text, start)
    if may_end is None:
        may_end = _may_end_here(line)
    if may_end and (len(line) < _LONG_LINE or _may_end_in_reach(line)):
        found = _simple_groups(text, start)
        if found is None:
            match = _DATELINE.match(text, start, start + _WINDOW, timeout=REGEX_TIMEOUT)
            found = None if match is None else (*_groups(match), match.end())
        if found is not None:
            dateline = _build_groups(text, start, *found)
            if dateline is not None:
                if nested and dateline.place is None and dateline.date is None:
                    return _with_inner(text, dateline)
                return dateline
    if not _may_be_bare_city(line):
        return None
    return _parse_bare_city(text, start)


def _may_be_bare_city(line: str) -> bool:
    r"""Necessary for a :data:`_BARE_CITY` match: ``\p{Lu}``, ``[\p{Lu}.'’\-]``, some ``\p{Ll}``.

    Only ASCII characters are ruled out here (an ASCII ``\p{Lu}`` is A-Z); others are left to
    the pattern, since ``str.isupper`` and ``regex`` may know different Unicode versions.
    """
    if len(line) < 2:  # the two characters checked below
        return False
    first, second = line[0], line[1]
    if first.isascii() and not ("A" <= first <= "Z"):
        return False
    if second.isascii() and not ("A" <= second <= "Z" or second in ".'-"):
        return False
    # the lookahead wants a lower-case letter, in this line: an ASCII line needs an a-z
    return not (line.isascii() and line.upper() == line)


def _with_inner(text: str, outer: Dateline) -> Dateline:
    """A tag alone may be followed by a place and date: "(ANSA) - Rome, October 11 - ...".

    ANSA's English service writes its tag first; the dateline after it must hold a place and a
    date or a tag of its own, and then belongs to the same dateline.
    """
    if outer.body_start == outer.span.end:
        return outer
    inner = _parse_core(text, outer.body_start, nested=False)
    if inner is None or inner.place is None or (inner.date is None and not inner.agencies):
        # "(ANSA) - ROMA, 06 DIC -": ANSA's Italian service, a month of another language
        inner = parse_after_tag(text, outer.body_start)
        if inner is None:
            return outer
    return Dateline(
        place=inner.place,
        date=inner.date,
        agencies=(*outer.agencies, *inner.agencies),
        span=Span(outer.span.start, inner.span.end),
        text=text[outer.span.start : inner.span.end],
        body_start=inner.body_start,
    )


def _parse_simple(text: str, start: int) -> Dateline | None:
    """The dateline :data:`_SIMPLE` reads at *start*, as :func:`_build` would make it.

    The grammar's groups for such a match are known (:func:`_simple_groups`): a city, maybe
    one qualifier, a date after a comma, a spaced hyphen; no tag. Of the rules of
    :func:`_build` these reach only: the date must be a real month and day, unless a
    mistyped month ("NEW YORK, Narch 2 -") stands in a capitals dateline; the place is no
    agency's name, and a place in title case does not open with a sentence word. (The
    hyphen has a space before it, and with a date the place need not be known.)
    ``tests/test_dateline_gates.py`` checks the result against :func:`_build`.
    """
    # No timeout: see _simple_groups.
    m = _SIMPLE.match(text, start, start + _WINDOW)
    if m is None:
        return None
    _, city, q1, _, _, month_word, _, day, _, _ = m.groups()  # the groups of _SIMPLE
    style = _case_style(city)
    month = _month_number(month_word)
    date: DatelineDate | None = None
    if month is not None:
        day_number = int(day)
        if not 1 <= day_number <= 31:
            return None
        date_start, date_end = m.span("date")
        date = DatelineDate(
            month=month,
            day=day_number,
            year=None,
            text=text[date_start:date_end],
            span=Span(date_start, date_end),
        )
    elif not month_word[0].isupper() or style != "caps":
        return None
    region = country = None
    if q1 is not None:
        if qualifier_slot(city, q1) == "region":
            region = q1
        else:
            country = q1
    place_start, place_end = m.span("place")  # the city and its qualifier
    place = coded_place(text, place_start, place_end, city=city, region=region, country=country)
    if lookup_agency(place.text) is not None:
        return None
    if style != "caps" and _first_word(city) in _SENTENCE_STARTS:
        return None
    end = m.end()
    return Dateline(
        place=place,
        date=date,
        agencies=(),
        span=Span(start, end),
        text=text[start:end],
        body_start=_skip_space(text, end),
    )


def _build(text: str, m: regex.Match[str]) -> Dateline | None:
    """Turn a grammar match into a Dateline, or reject it by the rules of the module docstring."""
    return _build_groups(text, m.start(), *_groups(m), m.end())


def _build_groups(
    text: str, start: int, g: _Groups[str | None], at: _Groups[tuple[int, int]], end: int
) -> Dateline | None:
    """:func:`_build` on the groups of a match of ``text[start:end]``."""
    agencies: list[Agency] = []
    tag_span = at.tag
    tag_text = g.tag
    pcountry = g.pcountry
    if pcountry is not None and tag_text is None:
        # "DUSHANBE (Reuters)": the parenthesis was the tag, not a country.
        tag_text, tag_span, pcountry = pcountry, at.pcountry, None
    if pcountry is not None and country_code(pcountry) is None:
        return None
    if tag_text is not None:
        found = _tag_agencies(tag_text, tag_span[0])
        if found is None:
            return None
        agencies.extend(found)
    elif g.slashtag is not None:
        found = _tag_agencies(g.slashtag, at.slashtag[0])
        if found is None:
            return None
        agencies.extend(found)
    elif g.bare is not None:
        # "SYDNEY March 22 AAP -", "ROME, March 13, Reuter -": a bare name follows a date
        if not _lead_agency_ok(g.bare) or g.date is None:
            return None
        agencies.append(agency_from_text(g.bare, Span(*at.bare)))
    known = bool(agencies) and any(
        lookup_agency(a.text) is not None or a.code != a.text for a in agencies
    )

    month_word = g.month
    garbled = (
        month_word is not None and _month_number(month_word) is None and month_word[0].isupper()
    )
    date = None if garbled else _date(text, g, at)
    if g.date is not None and not garbled and date is None:
        return None
    place = _place(text, g, at, pcountry)
    if g.city is not None and place is None:
        return None
    if garbled and (place is None or g.dash is None or _case_style(place.city) != "caps"):
        # "NEW YORK, Narch 2 -": a mistyped month in a capitals dateline (Reuters-21578)
        return None
    if place is None and date is None and not agencies:
        return None

    has_sep = g.sep is not None or g.tdot is not None
    if not has_sep and tag_text is None:
        return None
    # a lone hyphen needs white space on one side at least: "NEW YORK-based" is no dateline
    lone = g.dash in {"-", "_"}
    if lone and not _space_or_end(text, end) and not text[at.dash[0] - 1].isspace():
        return None
    body = _skip_space(text, end)

    if place is not None:
        city = place.city
        style = _case_style(city)
        if lookup_agency(place.text) is not None:
            return None
        if known:
            if style == "other":
                return None
            if (
                style == "title"
                and _first_word(city) in _SENTENCE_STARTS
                and not is_known_city(city)
            ):
                return None
        elif agencies:
            if not has_sep or style == "other":
                return None
            # "Sen. Ted Cruz (R-Texas) —", "Gould Inc (GLD) -": title case and an unknown tag
            # make a dateline only when the place is known
            if style == "title" and not _place_known(place):
                return None
        elif date is None and not garbled:
            # place only: rule 4 of the module docstring
            if g.dash is None and not (g.colon is not None and _has_known_qualifier(place)):
                return None
            if style == "other" or not _place_known(place):
                return None
            if (
                style == "title"
                and _first_word(city) in _SENTENCE_STARTS
                and not is_known_city(city)
            ):
                return None
            if not _sentence_like(text, body, strict=True):
                return None
        elif style != "caps" and _first_word(city) in _SENTENCE_STARTS:
            return None
        elif g.date_comma is None and not _place_known(place):
            # "SYDNEY March 22 AAP -" names a known city; "SYRIA SEEKING WHITE SUGAR ON APRIL 8 -
            # TRADE" is a headline
            return None
    elif agencies and not known and not has_sep:
        return None
    if not has_sep and (body >= len(text) or not _sentence_like(text, body, strict=True)):
        # "(CNN)At least ...": running text must follow; "Nikkei Opens Higher (Reuters)" and
        # "CANADIAN PACIFIC (CP) UNIT STUDIES PULP MILL" are headlines
        return None
    if agencies and not known and not _sentence_like(text, body, strict=False):
        return None
    if g.colon is not None and not agencies and date is None and place is None:
        return None
    return Dateline(
        place=place,
        date=date,
        agencies=tuple(agencies),
        span=Span(start, end),
        text=text[start:end],
        body_start=body,
    )


def _space_or_end(text: str, pos: int) -> bool:
    return pos >= len(text) or text[pos].isspace()


def _first_word(city: str) -> str:
    return city.split(maxsplit=1)[0].casefold() if city.strip() else ""


def _case_style(city: str) -> str:
    """'caps' (NEW YORK), 'title' (Port-au-Prince, Rio de Janeiro) or 'other' (sioux falls)."""
    # str.isupper() is false whenever a character is lower case: a quick yes for capitals
    if city.isupper() or not any(map(str.islower, city)):
        return "caps"
    words = _WORD_BREAKS.split(city.strip())
    if words and words[0][:1].isupper():
        rest = words[1:]
        if all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in rest):
            return "title"
    return "other"


def _titlecase(word: str) -> bool:
    """Say whether a word is a capital then lower case ("Supreme", "Electronics")."""
    return len(word) > 1 and word[0].isupper() and word[1].islower()


def _sentence_like(text: str, pos: int, *, strict: bool) -> bool:
    """Does a story sentence start at *pos*? Strict: not a capitals headline either."""
    if pos >= len(text):
        return not strict
    first = text[pos]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if not strict:
        return True
    words = text[pos : pos + 60].split()[:3]
    return any(any(map(str.islower, word)) for word in words)


def _tag_agencies(tag: str, offset: int) -> list[Agency] | None:
    """Split "(BLOOMBERG, THE STAR/ASIA NEWS NETWORK)" into agencies with exact spans.

    Items are separated by commas. Within an item, slashes separate agencies when every part
    is a known agency ("Reuters/AFP"); otherwise the item is one agency, named after its last
    part when that is known ("THE STAR/ASIA NEWS NETWORK": a member paper of the network).
    """
    agencies: list[Agency] = []
    for item_offset, raw in _runs(tag, ","):
        stripped = raw.strip()
        if not stripped:
            return None
        lead = len(raw) - len(raw.lstrip())
        item_start = offset + item_offset + lead
        parts = _runs(stripped, "/")
        infos = [lookup_agency(part.strip()) for _, part in parts]
        if len(parts) > 1 and all(info is not None for info in infos):
            for part_offset, part in parts:
                word = part.strip()
                inner = part_offset + (len(part) - len(part.lstrip()))
                agencies.append(
                    agency_from_text(word, Span(item_start + inner, item_start + inner + len(word)))
                )
            continue
        span = Span(item_start, item_start + len(stripped))
        last = infos[-1] if infos else None
        if last is not None:
            agencies.append(Agency(name=last.name, code=last.code, text=stripped, span=span))
            continue
        known = registry_tag(stripped, item_start)
        if known is not None:
            # "(dpa/lni)": dpa's regional desk; "(ats afp)": ATS relaying AFP (Keystone-ATS)
            agencies.extend(known)
            continue
        if not _tag_words_ok(stripped):
            return None
        agencies.append(agency_from_text(stripped, span))
    return agencies


def _runs(text: str, separator: str) -> list[tuple[int, str]]:
    """The non-empty runs of *text* between *separator* characters, with their offsets.

    >>> _runs("AFP,, Reuters", ",")
    [(0, 'AFP'), (5, ' Reuters')]
    """
    runs: list[tuple[int, str]] = []
    offset = 0
    for piece in text.split(separator):
        if piece:
            runs.append((offset, piece))
        offset += len(piece) + 1
    return runs


def _tag_words_ok(tag: str) -> bool:
    """An unknown agency's words start with a capital or digit ("The Daily Standard")."""
    words = _WORD_BREAKS.split(tag)
    if len(words) > 5 or len(tag) < 2 or tag.casefold() in _EDITORIAL_TAGS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CONNECTORS for w in words)


def _date(text: str, g: _Groups[str | None], at: _Groups[tuple[int, int]]) -> DatelineDate | None:
    if g.date is None:
        return None
    month_text = g.month or g.month2
    day_text = g.day or g.day2
    if month_text is None or day_text is None:  # never: one branch of the date took part
        return None
    month = _month_number(month_text)
    day = int(day_text)
    if month is None or not 1 <= day <= 31:
        return None
    year_text = g.year
    year = int(year_text) if year_text is not None else None
    start = at.date[0]
    end = at.year[1] if year_text is not None else at.date[1]
    return DatelineDate(
        month=month,
        day=day,
        year=year,
        text=text[start:end],
        span=Span(start, end),
    )


@lru_cache(maxsize=512)
def _month_number(word: str) -> int | None:
    key = word.casefold().rstrip(".")
    for name in _FULL_MONTHS:
        if name.startswith(key):
            return MONTH_NUMBERS[name]
    return None


def _place(
    text: str, g: _Groups[str | None], at: _Groups[tuple[int, int]], pcountry: str | None
) -> Place | None:
    city = g.city
    if city is None:
        return None
    tregion = g.tregion
    region: str | None = tregion.strip() if tregion is not None else None
    country: str | None = pcountry
    for qualifier in (g.q1, g.q2):
        if qualifier is None:
            continue
        if not (qualifier[:1].isupper() or qualifier.startswith("the ")):
            return None  # "Then, later that month on CNN:" is a sentence
        slot = qualifier_slot(city, qualifier)
        if slot == "region" and region is None and country is None:
            region = qualifier
        elif country is None:
            country = qualifier
        else:
            return None
    start, end = at.city
    end = max(
        end,
        at.tregion[1] + 1 if tregion is not None else -1,
        at.q1[1],
        at.q2[1],
        at.pcountry[1] + 1 if pcountry is not None else -1,
    )
    return coded_place(text, start, end, city=city, region=region, country=country)


def _place_known(place: Place) -> bool:
    return is_known_city(place.city) or _has_known_qualifier(place)


def _has_known_qualifier(place: Place) -> bool:
    return any(
        q is not None and (region_code(q) is not None or country_code(q) is not None)
        for q in (place.region, place.country)
    )


def _parse_bare_city(text: str, start: int) -> Dateline | None:
    """Rule 5: "WASHINGTON The U.S. Supreme Court ...": a known city in capitals, no separator."""
    match = _BARE_CITY.match(text, start, start + _WINDOW, timeout=REGEX_TIMEOUT)
    if match is None:
        return None
    words = match["city"].split(" ")
    for count in range(len(words), 0, -1):
        city = " ".join(words[:count])
        if not is_known_city(city, countries=False):
            continue
        end = start + len(city)
        body = end + 1
        following = text[body : body + 60].split()[:2]
        if not following or not any(_titlecase(word) for word in following):
            return None  # "SHANGHAI TYREb FACTORY TO RAISE ..." is a headline
        place = coded_place(text, start, end, city=city)
        return Dateline(place=place, span=Span(start, end), text=city, body_start=body)
    return None


def render_dateline(dateline: Dateline) -> str:
    """Render a dateline in the canonical form: ``CITY, Region, Country, Date (AG1, AG2) -``.

    Place, date and agencies are written as the model holds them; the separator is a hyphen.
    A dateline without place or date renders its tag alone (``(CNN) -``).

    >>> d = parse_dateline("BEIJING, Jan. 5 (Xinhua) -- The ...")
    >>> render_dateline(d)
    'BEIJING, Jan. 5 (Xinhua) -'
    >>> render_dateline(parse_dateline("MOSCOW, January 5. /TASS/. The ..."))
    'MOSCOW, January 5 (TASS) -'
    """
    if not isinstance(dateline, Dateline):
        raise TypeError(f"dateline must be a Dateline, not {type(dateline).__name__}")
    parts: list[str] = []
    place = dateline.place
    if place is not None:
        parts.append(place.city)
        parts.extend(q for q in (place.region, place.country) if q)
    head = ", ".join(parts)
    if dateline.date is not None:
        head = f"{head}, {dateline.date.text}" if head else dateline.date.text
    if dateline.agencies:
        tag = "(" + ", ".join(a.text for a in dateline.agencies) + ")"
        head = f"{head} {tag}" if head else tag
    return f"{head} -"
