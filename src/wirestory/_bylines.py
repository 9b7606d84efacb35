r"""Bylines: who wrote a story, for which organisation, in which role and from where.

The forms wires and publishers use (each is in ``tests/test_bylines.py`` with its source):

- ``By Chaitanya Kalbag, Reuters`` (Reuters, 1987): names, then ``, <organisation>``;
- ``By BERNARD CONDON / AP Business Writer`` (AP): names, ``/``, organisation and role;
- ``By Paulo Santalucia and Frances D'Emilio``, ``By A, B and C``: several writers;
- ``By Sam Lister, Press Association Political Correspondent`` (PA): organisation + role;
- ``By Brad Schade Reuters`` (Reuters, 1987, comma dropped): a registry agency after the names;
- ``Nazarali Pirnazarov`` alone on its line (Reuters web pages): a *bare* name line;
- ``Agence France-Presse in Ankara`` (Guardian): organisation and location, no names;
- ``Staff and agencies``, ``Daily Mail Reporter``: a role with no names;
- ``By . Ellie Zolfagharifard . PUBLISHED: ...`` (Daily Mail pages flattened to one line):
  the byline ends at the `` . `` separator;
- other languages: ``Von Marco Krefting und Sunrita Sen, dpa`` (German), ``Par`` (French),
  ``Por`` (Spanish, Portuguese), ``di`` (Italian), ``Door`` (Dutch), ``Af``/``Av``
  (Danish, Swedish, Norwegian), with "und", "et", "y", "e", "en", "og", "och", "ja" between
  the names (:data:`BY_WORDS`, :data:`NAME_CONNECTORS`); dpa's IPTC 7901 header byline ends
  with `` =`` ("By Manuel Schwarz, dpa ="), kept in the span and out of the organisation;
- Chinese, Japanese and Korean reporter lines (``新华社记者A、B``, ``(서울=연합뉴스) A 기자``):
  :mod:`wirestory._bylines_cjk`;
- desk initials that are not names (EFE's creator ``daa/mt/msr``): ``initials``, no names.

Rules
-----
*Names* are runs of one to six capitalised words (initials such as ``J.``, ``Jr.``, particles
such as ``de``, ``van``, ``bin`` between them, apostrophes and hyphens inside them:
``Frances d'Emilio``, ``NAILENE CHOU-WIEST``), joined by ``,``, ``and`` or ``&``. Every name
is a substring of the input; nothing is normalised.

The *affiliation* after the names (``, Reuters``, ``/ AP Business Writer``, ``For MailOnline``)
splits into ``organization``, ``role`` and ``location``: the role is the longest run of
role words at its end ("Business Writer", "Senior Correspondent", "Staff and agencies"), the
location an ``in <Place>`` at its very end, and the organisation what is left. Where no
separator is written, an agency from the registry ("Reuters"), a word "The" or an
all-capitals acronym inside mixed-case names ("Alan Karben NITF Network News Online") starts
the organisation.

A *bare* line (no "By") is a byline only when it cannot be much else. The line opens with
a capital, is not all in capitals (in running text "SPRINKEL DENOUNCES PROTECTIONISM" is a
headline), holds no digit, bracket, colon, quote or sentence mark, no run of spaces (table
columns), and does not end with ".", "," or a connector ("... and", the end of a wrapped
sentence: "Stefan Koren."). Then it is:

- personal names: every name has two to four capitalised words, none of them a common
  English word, title, month, weekday, role word or agency (so "Caspian Region", "Oil Prices
  Rise", "Quebec Premier Robert Bourassa" are not bylines), optionally followed by ``,`` or
  ``/`` and an organisation with evidence (a registry agency, an organisation word, a web
  address), or run into a registry agency ("Jordan Press The Canadian Press");
- or, without names, a role after at most a short organisation ("Reuters Staff", "Staff and
  agencies", "Daily Mail Reporter"), or a registry agency and a place ("Agence
  France-Presse in Ankara"). A lone agency name ("Reuter") is not a byline: at a story's end
  it is a sign-off (:func:`wirestory.parse_signoff`).

A "By" line whose names have no capital letter ("By keith grant, Reuters", a 1987 story sent
in lower case) is read by the bare-name rule.

A byline is read from the start of *text* (or *pos*) to the end of its line; in text run
together on one line it ends at the Daily Mail `` . `` separator, or where an all-capitals
dateline follows mixed-case names ("By Lee Minji SEOUL, Jan. 2 (Yonhap) -- ...").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from wirestory._agencies import AGENCY_ALIASES
from wirestory._bylines_cjk import cjk_like as _cjk_like
from wirestory._bylines_cjk import parse_cjk_byline
from wirestory._checks import REGEX_TIMEOUT, require_str
from wirestory._initials import read_initials
from wirestory._lexicon import ORG_WORDS as LEXICON_ORG_WORDS
from wirestory._models import Byline, Span
from wirestory._offsets import lstrip_offset, rstrip_offset
from wirestory._patterns import MONTHS

__all__ = [
    "NAME_PATTERN",
    "PARTICLES",
    "ROLE_HEADS",
    "ROLE_MODIFIERS",
    "parse_byline",
    "render_byline",
]

# --------------------------------------------------------------------------------------------
# word lists
# --------------------------------------------------------------------------------------------

#: Lower-case name particles that may stand between the capitalised words of a name.
PARTICLES: tuple[str, ...] = (
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "ter", "ten", "le", "la",
    "du", "dos", "das", "do", "bin", "ibn", "bint", "al", "el", "y", "zu", "af", "ben", "abu",
)  # fmt: skip

#: The nouns a byline role ends with: "Business Writer", "Political Correspondent".
ROLE_HEADS: tuple[str, ...] = (
    "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
    "editor", "editors", "staff", "columnist", "contributor", "contributors", "analyst",
    "commentator", "photographer", "producer", "journalist", "journalists", "critic",
    "reviewer", "chief", "stringer", "agencies", "desk", "team",
)  # fmt: skip

#: Words that may stand before a role head: "Senior", "Chief Political", "Staff", "Sports".
ROLE_MODIFIERS: tuple[str, ...] = (
    "senior", "chief", "deputy", "associate", "assistant", "managing", "executive",
    "contributing", "special", "staff", "political", "politics", "business", "diplomatic",
    "economics", "economic", "economy", "energy", "sports", "sport", "science", "health",
    "medical", "legal", "technology", "tech", "foreign", "security", "defence", "defense",
    "environment", "environmental", "climate", "entertainment", "investigative", "religion",
    "education", "transport", "transportation", "arts", "art", "culture", "food", "travel",
    "fashion", "aviation", "markets", "financial", "finance", "industry", "consumer", "royal",
    "crime", "parliamentary", "national", "international", "global", "regional", "world",
    "news", "general", "congressional", "court", "courts", "motoring", "music", "film",
    "media", "property", "social", "affairs", "bureau", "white", "house", "our", "and",
    "agencies", "wire", "wires", "data", "personal", "labour", "labor", "home", "digital",
)  # fmt: skip

#: Words that mark an organisation ("Michigan State University", "NITF Network News Online"):
#: the shared lexicon of :mod:`wirestory._lexicon`.
ORG_WORDS: frozenset[str] = LEXICON_ORG_WORDS

#: Words a bare personal-name line may not contain (function words, headline words, section
#: names, calendar words): the rule that keeps "Caspian Region" and "Oil Prices Rise" out.
NOT_NAME_WORDS: tuple[str, ...] = (
    # function words and auxiliaries
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or",
    "but", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "can", "could", "may", "might", "should", "must", "not", "no", "new", "after",
    "before", "over", "under", "up", "down", "out", "off", "into", "amid", "about", "against",
    "how", "why", "what", "who", "when", "where", "this", "that", "these", "those", "it",
    "its", "his", "her", "their", "our", "we", "you", "they", "he", "she", "i", "my", "more",
    "most", "all", "some", "any", "first", "last", "next", "top", "big", "says", "say",
    "said", "than", "then", "so", "too", "very", "via", "per", "vs", "v", "yes",
    # headline verbs
    "rise", "rises", "fall", "falls", "gain", "gains", "drop", "drops", "hit", "hits", "win",
    "wins", "lose", "loses", "plan", "plans", "see", "sees", "set", "sets", "get", "gets",
    "make", "makes", "take", "takes", "seek", "seeks", "urge", "urges", "warn", "warns",
    "offer", "offers", "help", "helps", "cut", "cuts", "raise", "raises", "end", "ends",
    "open", "opens", "close", "closes", "buy", "buys", "sell", "sells", "back", "backs",
    "vote", "votes", "kill", "kills", "killed", "dies", "dead", "face", "faces", "eye",
    "eyes", "call", "calls", "bid", "bids", "slump", "slumps", "surge", "surges", "jump",
    "jumps", "edge", "edges", "climb", "climbs", "slip", "slips", "ease", "eases", "hold",
    "holds", "keep", "keeps", "report", "reports", "reported", "launch", "launches",
    # headline and section nouns
    "region", "world", "news", "business", "markets", "market", "sport", "sports",
    "politics", "economy", "update", "updates", "live", "breaking", "exclusive", "analysis",
    "opinion", "factbox", "explainer", "feature", "features", "focus", "insight", "talking",
    "point", "wrapup", "snap", "brief", "briefs", "oil", "gold", "stocks", "stock", "shares",
    "share", "prices", "price", "dollar", "bank", "banks", "government", "police", "court",
    "president", "minister", "election", "elections", "war", "talks", "deal", "deals",
    "crisis", "attack", "attacks", "tax", "trade", "data", "profit", "profits", "sales",
    "results", "earnings", "rate", "rates", "dividend", "offering", "merger", "inc", "corp",
    "co", "ltd", "plc", "group", "company", "companies", "fund", "funds", "index", "u.s.",
    "us", "uk", "eu", "un", "nato", "opec", "fed", "home", "health", "science",
    "technology", "entertainment", "lifestyle", "travel", "culture", "arts", "weather",
    "video", "photos", "photo", "pictures", "gallery", "newsletter", "podcast", "editorial",
    "comment", "letters", "obituary", "obituaries", "middle", "east", "west", "north",
    "south", "central", "asia", "africa", "europe", "americas", "pacific", "caribbean",
    "latin", "america", "national", "international", "global", "local", "state", "city",
    "county", "region", "republic", "island", "islands", "coast", "border", "front",
    "covid", "coronavirus", "virus", "pandemic", "cup", "league", "open", "games", "olympics",
    "day", "week", "month", "year", "today", "tonight", "yesterday", "tomorrow", "morning",
    "evening", "night", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "more", "reuter", "reuters", "ends", "release", "statement", "agency",
    "ministry", "council", "committee", "party", "union", "association", "university",
    "department", "division", "office", "commission", "board", "authority", "bureau",
    "service", "services", "insurance", "code", "act", "bill", "law", "reserve", "reserves",
    "system", "systems", "text", "full", "mths", "qtr", "shr", "shrs", "net", "revs", "avg",
    "oper", "div", "pay", "record", "prior", "cts", "dlrs", "mln", "pct", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "second", "third", "fourth", "half", "quarter", "total", "table", "note", "notes",
    "fob", "cif", "only", "area", "crop", "former", "federal", "senate", "majority",
    "minority", "industry", "industries", "premier", "vice-president", "secretary", "leader",
    "speaker", "senator", "sen", "rep", "governor", "gov", "chairman", "chairwoman", "mayor",
    "king", "queen", "prince", "princess", "pope", "general", "gen", "col", "capt", "sir",
    "lord", "lady", "mr", "mrs", "ms", "dr", "prof", "judge", "justice", "chancellor",
    *MONTHS,
)  # fmt: skip

#: "And" between writers' names in the languages wires write bylines in: German "Von A und
#: B, dpa", French "Par A et B", Spanish "Por A y B", Italian/Portuguese "di A e B", Dutch
#: "Door A en B", Danish/Norwegian "Af A og B", Swedish "Av A och B", Finnish "A ja B".
NAME_CONNECTORS: tuple[str, ...] = ("und", "et", "y", "e", "en", "og", "och", "ja")

#: The word before the names in a byline, by language: "By" (English), "Von" (German, dpa
#: and APA: "Von Marco Krefting und Sunrita Sen, dpa"), "Par" (French, AFP), "Por" (Spanish
#: and Portuguese, EFE and Lusa), "di" (Italian, ANSA), "Door" (Dutch, ANP), "Af" (Danish,
#: Ritzau), "Av" (Swedish and Norwegian, TT and NTB).
BY_WORDS: tuple[str, ...] = ("von", "par", "por", "di", "door", "af", "av")

#: Connectors and role heads that end a name ("By STEPHEN JUKES AND PHILIP SHEHADI").
_NAME_STOPS: tuple[str, ...] = (
    "and", "in", "for", "the", "of", "at", "from", "with", "by", "on", "via",
    *(word for word in NAME_CONNECTORS if len(word) > 1),
    *ROLE_HEADS,
)  # fmt: skip

#: Particles inside a byline name: not "y", which is Spanish "and" between two writers
#: ("Por Ana Gil y Luis Mora"), and "e" is none.
_NAME_PARTICLES = tuple(p for p in PARTICLES if p not in NAME_CONNECTORS)

#: Common words that are also family or middle names (Billie Jean King, Theresa May, Peder
#: Top Poulsen, Neil Young): a bare name may hold one after its first word, never as its
#: first word ("Top Aide Quits", "May Trade Data" stay headlines).
NAME_INNER_WORDS: tuple[str, ...] = (
    "king", "may", "top", "young", "black", "white", "long", "rich", "little", "love", "hope",
)  # fmt: skip

_AGENCY_KEYS = frozenset(alias.casefold() for alias in AGENCY_ALIASES)
_INNER_KEYS = frozenset(NAME_INNER_WORDS)
_ROLE_HEAD_KEYS = frozenset(ROLE_HEADS)
_ROLE_WORD_KEYS = frozenset(ROLE_HEADS) | frozenset(ROLE_MODIFIERS)
_ORG_WORD_KEYS = frozenset(ORG_WORDS)
_NOT_NAME_KEYS = frozenset(NOT_NAME_WORDS) | _ROLE_HEAD_KEYS

# --------------------------------------------------------------------------------------------
# patterns
# --------------------------------------------------------------------------------------------

#: One word of a personal name, as a ``regex`` VERBOSE fragment (``\L<name_stops>`` needed).
NAME_WORD = r"""
    (?!(?i:\L<name_stops>)(?![\p{L}\p{M}'’\-.]))    # not "and", "in", "Writer", "Staff" ...
    (?:
        \p{Lu}\.(?:-?\p{Lu}\.)*                     # initials: J. / J.R. / J.-P.
      | (?:Jr|Sr|St|Mc|Mac|Dr)\.                    # abbreviations inside names
      | (?:\p{Lu}|\p{Ll}['’](?=\p{Lu}))            # Kalbag, O'Neill / d'Emilio, d'AFFLISIO
        [\p{L}\p{M}]*                               # ... the rest of the word
        (?:['’\-]\p{L}[\p{L}\p{M}]*)*               # ... D'Emilio, Chou-Wiest, Su-wan
      | (?:al|el|bin|abu|ibn)-\p{Lu}[\p{L}\p{M}]*   # al-Assad, bin-Laden
    )
"""

#: A personal name: one to six words, with lower-case particles between them.
NAME_PATTERN = rf"""
    {NAME_WORD}                                     # first word
    (?:
        [\t\p{{Zs}}]+                               # space
        (?:(?:\L<particles>)[\t\p{{Zs}}]+){{0,2}}   # de / van der / bin
        {NAME_WORD}                                 # next word
    ){{0,5}}                                        # up to six words in all
"""

_NAME = regex.compile(
    NAME_PATTERN,
    regex.VERBOSE | regex.VERSION1,
    name_stops=_NAME_STOPS,
    particles=_NAME_PARTICLES,
)

_BY = regex.compile(
    r"""
    (?:(?i:written|reported|story|words|text)[\t\p{Zs}]+)?  # Written by / Story by
    (?P<word>(?i:by|\L<by_words>))                  # By, BY, by / Von, Par, Por, di ...
    (?:
        (?P<colon>:)                                # By: Jane Doe
      | (?P<dot>[\t\p{Zs}]+\.)                      # Daily Mail: "By . Jane Doe ."
    )?
    [\t\p{Zs}]+                                     # space before the names
    (?=\S)                                          # something follows
    """,
    regex.VERBOSE,
    by_words=BY_WORDS,
)

#: A separator between names: ", ", " and ", ", and ", " & ".
_NAME_SEP = regex.compile(
    r"""
    (?:
        [\t\p{Zs}]*,[\t\p{Zs}]*(?:(?i:and)[\t\p{Zs}]+)?  # ", " or ", and "
      | [\t\p{Zs}]+(?i:and|\L<connectors>)[\t\p{Zs}]+  # " and " / " AND " / " und "
      | [\t\p{Zs}]*&[\t\p{Zs}]*                     # " & "
    )
    """,
    regex.VERBOSE,
    connectors=NAME_CONNECTORS,
)

#: The Daily Mail separator that ends a run-together byline: " . " or " ." at the end.
_DM_STOP = regex.compile(r"[\t\p{Zs}]+\.(?=[\t\p{Zs}]|$)", regex.VERBOSE)

#: Words of an affiliation or location, with their spans.
_TOKEN = regex.compile(r"[^\s,/|]+", regex.VERBOSE)

#: An "in <Place>" at the end of an affiliation or after the names.
_IN_PLACE = regex.compile(
    r"""
    [\t\p{Zs}]+(?i:in)[\t\p{Zs}]+                   # " in "
    (?P<place>
        \p{Lu}[\p{L}\p{M}.'’\-]*                    # Ankara, St.
        (?:[\t\p{Zs}]+(?:(?:\L<particles>)[\t\p{Zs}]+)?\p{Lu}[\p{L}\p{M}.'’\-]*){0,4}
    )                                               # New York, Rio de Janeiro
    [\t\p{Zs}]*$                                    # at the very end
    """,
    regex.VERBOSE,
    particles=PARTICLES,
)

#: An all-capitals word (an acronym or a dateline city) of two letters or more.
_ALL_CAPS = regex.compile(r"^\p{Lu}[\p{Lu}\-'’.&]+$", regex.VERBOSE)

#: An all-capitals dateline run into the byline: "SEOUL, Jan. 2", "WASHINGTON (AP)".
_RUN_IN_DATELINE = regex.compile(
    r"""
    [\t\p{Zs}]+                                     # space after the names
    \p{Lu}{2,}(?:[\t\p{Zs}]+\p{Lu}{2,}){0,3}        # SEOUL / NEW YORK
    [\t\p{Zs}]*[,(]                                 # followed by "," or "("
    """,
    regex.VERBOSE,
)

_TRAILING_PUNCT = ".,;:"

#: The longest byline read (characters after "By", or a whole bare line).
_MAX_LENGTH = 300
#: The longest byline line read when it is all in lower case.
_MAX_LOWER_CASE = 80

#: A web address as an organisation: "Faktisk.no", "Scoop.co.nz".
_DOMAIN = regex.compile(r"\p{L}\.\p{Ll}{2,}")

#: Where a comma- or slash-separated segment of a byline ends.
_SEGMENT_BREAK = regex.compile(r"[,/|]")

#: A word that keeps its final full stop: an initial ("J.") or "Jr.", "Sr.", "St.".
_KEEPS_STOP = regex.compile(r"(?:\b\p{Lu}|\b(?:Jr|Sr|St|Mc|Dr|Inc|Ltd|Co))\.$")


class _Parts(NamedTuple):
    """Spans of the parts of a byline, before they become a model."""

    names: tuple[tuple[int, int], ...]
    organization: tuple[int, int] | None
    role: tuple[int, int] | None
    location: tuple[int, int] | None
    end: int


class _Affiliation(NamedTuple):
    organization: tuple[int, int] | None
    role: tuple[int, int] | None
    location: tuple[int, int] | None


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _key(word: str) -> str:
    return word.casefold().rstrip(".")


@lru_cache(maxsize=4096)
def _is_agency(text: str) -> bool:
    """Tell whether *text* is an agency alias (short codes only when written in capitals)."""
    key = " ".join(text.split()).casefold()
    if key not in _AGENCY_KEYS:
        return False
    # "AP", "PA", "ANA", "TT": a code counts only as written by the wires, in capitals.
    return len(key) > 4 or text.isupper() or key == "dpa"


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text, start, end, timeout=REGEX_TIMEOUT)]


def _role_start(text: str, tokens: list[tuple[int, int]]) -> int | None:
    """Return the index of the first token of the role at the end of *tokens*, if any."""
    if not tokens:
        return None
    last = _key(text[tokens[-1][0] : tokens[-1][1]])
    if last not in _ROLE_HEAD_KEYS:
        return None
    index = len(tokens) - 1
    while index > 0 and _key(text[tokens[index - 1][0] : tokens[index - 1][1]]) in _ROLE_WORD_KEYS:
        index -= 1
    # "and" cannot open a role, "Staff and agencies" can.
    while _key(text[tokens[index][0] : tokens[index][1]]) in {"and", "white", "house", "our"}:
        if index == len(tokens) - 1:
            return None
        if _key(text[tokens[index][0] : tokens[index][1]]) == "our":
            break
        index += 1
    return index


def _parse_affiliation(text: str, start: int, end: int, *, strict: bool) -> _Affiliation | None:
    """Split ``text[start:end]`` into organisation, role and location (absolute spans)."""
    found = _affiliation_of(text[start:end], strict=strict)
    if found is None or start == 0:
        return found
    return _Affiliation(
        *(None if part is None else (part[0] + start, part[1] + start) for part in found)
    )


@lru_cache(maxsize=4096)
def _affiliation_of(segment: str, *, strict: bool) -> _Affiliation | None:
    return _affiliation_uncached(segment, 0, len(segment), strict=strict)


def _affiliation_uncached(text: str, start: int, end: int, *, strict: bool) -> _Affiliation | None:
    """Split ``Reuters``, ``AP Business Writer``, ``Agence France-Presse in Ankara``.

    *strict* (bare lines, or a segment after a comma that could still be a name) asks for
    evidence that this is an organisation: a registry agency, an organisation word, a
    leading "The", or a role.
    """
    start = lstrip_offset(text, start, end)
    end = rstrip_offset(text, start, end, _TRAILING_PUNCT)
    if start >= end:
        return None
    location = None
    place = _IN_PLACE.search(text, start, end, timeout=REGEX_TIMEOUT)
    if place is not None:
        location = place.span("place")
        end = place.start()
    if text[start:end].casefold().startswith(("for ", "from ")):
        start = lstrip_offset(text, text.index(" ", start, end), end)
    tokens = _tokens(text, start, end)
    if not tokens or len(tokens) > 10:
        return None
    role_index = _role_start(text, tokens)
    # "Bloomberg News Writer": a registry agency keeps its own words ("News").
    while (
        role_index is not None
        and role_index < len(tokens) - 1
        and _is_agency(text[tokens[0][0] : tokens[role_index][1]])
    ):
        role_index += 1
    role = None
    org_tokens = tokens
    if role_index is not None:
        role = (tokens[role_index][0], tokens[-1][1])
        org_tokens = tokens[:role_index]
    organization = None
    if org_tokens:
        org_start, org_end = org_tokens[0][0], org_tokens[-1][1]
        org_text = text[org_start:org_end]
        words = [_key(text[s:e]) for s, e in org_tokens]
        if not text[org_start].isupper() and words[0] != "dpa":
            return None
        evidence = (
            _is_agency(org_text)
            or words[0] == "the"
            or any(word in _ORG_WORD_KEYS for word in words)
            or _DOMAIN.search(org_text) is not None
        )
        if strict and not evidence and role is None and location is None:
            return None
        if not evidence and len(org_tokens) > 5:
            return None
        organization = (org_start, org_end)
    if organization is None and role is None:
        return None
    return _Affiliation(organization, role, location)


def _name_end(text: str, start: int, end: int, *, bare: bool) -> int:
    """Return where the name that opens ``text[start:end]`` ends (``start`` if none)."""
    return start + _name_length(text[start:end], bare=bare)


@lru_cache(maxsize=4096)
def _name_length(segment: str, *, bare: bool) -> int:
    return _name_end_uncached(segment, 0, len(segment), bare=bare)


def _name_end_uncached(text: str, start: int, end: int, *, bare: bool) -> int:
    """Return where the name that opens ``text[start:end]`` ends (``start`` if none).

    A trailing agency ("Brad Schade Reuters") or, in mixed-case names, an all-capitals word
    ("Alan Karben NITF Network News Online", "Lee Minji SEOUL") is not part of the name.
    """
    m = _NAME.match(text, start, end, timeout=REGEX_TIMEOUT)
    if m is None:
        return start
    words = _tokens(text, m.start(), m.end())
    texts = [text[s:e] for s, e in words]
    mixed = any(not w.isupper() for w in texts[:2])
    if mixed and len(texts) > 1:
        # AFP writes the family name in capitals after the given name ("Par Daphne BENOIT",
        # "Ludovic MARIN"): capitals right after the first word are the name's own.
        first = 1
        while first < len(texts) and _is_caps_word(texts[first]) and not texts[0].isupper():
            first += 1
        for index in range(first, len(texts)):
            if _is_caps_word(texts[index]):
                words = words[:index]
                break
    # a registry agency at the end of a name of three words or more: "Brad Schade Reuters"
    for size in (3, 2, 1):
        if len(words) - size >= 2:
            tail = text[words[-size][0] : words[-1][1]]
            if _is_agency(tail):
                words = words[:-size]
                break
    if bare and len(words) == 1:
        return start
    return words[-1][1] if words else start


def _is_caps_word(word: str) -> bool:
    """An all-capitals word of two letters or more: an acronym, a dateline city, a surname."""
    return _ALL_CAPS.match(word) is not None and len(word.rstrip(".")) >= 2


def _segment_is_affiliation(text: str, start: int, end: int, *, first: bool) -> bool:
    """Tell whether the segment ``text[start:end]`` is an organisation or role, not a name."""
    return _is_affiliation_segment(text[start:end], first=first)


@lru_cache(maxsize=4096)
def _is_affiliation_segment(segment: str, *, first: bool) -> bool:
    return _segment_is_affiliation_uncached(segment, 0, len(segment), first=first)


def _segment_is_affiliation_uncached(text: str, start: int, end: int, *, first: bool) -> bool:
    """Tell whether the segment at *start* is an organisation or role rather than a name.

    "Reuters", "AP Business Writer", "Press Association Political Correspondent", "The
    Canadian Press", "Staff Reporter"; after a comma also a single word ("Reutersd") or a
    phrase with an organisation word ("Michigan State University").
    """
    affiliation = _parse_affiliation(text, start, end, strict=True)
    if affiliation is None and not first:
        affiliation = _parse_affiliation(text, start, end, strict=False)
    if affiliation is None:
        return False
    if affiliation.organization is None:
        return True
    org_start, org_end = affiliation.organization
    org = text[org_start:org_end]
    if _is_agency(org) or org.casefold().startswith("the "):
        return True
    tokens = _tokens(text, org_start, org_end)
    org_word = any(_key(text[s:e]) in _ORG_WORD_KEYS for s, e in tokens)
    if first:
        return org_word and affiliation.role is not None
    return len(tokens) == 1 or org_word


def _segment_end(text: str, start: int, end: int) -> int:
    """Return where the comma- or slash-separated segment at *start* ends."""
    m = _SEGMENT_BREAK.search(text, start, end, timeout=REGEX_TIMEOUT)
    return end if m is None else m.start()


def _parse_names(
    text: str, start: int, end: int, *, bare: bool
) -> tuple[list[tuple[int, int]], int]:
    """Read the names at *start*; return their spans and where the reading stopped."""
    names: list[tuple[int, int]] = []
    pos = start
    after_comma = False
    while pos < end:
        segment_end = _segment_end(text, pos, end)
        if _segment_is_affiliation(text, pos, segment_end, first=not after_comma):
            break
        name_end = _name_end(text, pos, end, bare=bare)
        if name_end == pos:
            break
        names.append((pos, name_end))
        pos = name_end
        sep = _NAME_SEP.match(text, pos, end, timeout=REGEX_TIMEOUT)
        if sep is None:
            break
        following = _name_end(text, sep.end(), end, bare=bare)
        if following == sep.end():
            break
        after_comma = "," in text[sep.start() : sep.end()]
        if _segment_is_affiliation(
            text, sep.end(), _segment_end(text, sep.end(), end), first=not after_comma
        ):
            break
        pos = sep.end()
    return names, pos


def _bare_name_ok(text: str, spans: list[tuple[int, int]]) -> bool:
    """Apply the bare-line rule: 2-4 capitalised words per name, no common English word."""
    for start, end in spans:
        words = text[start:end].split()
        if not 2 <= len(words) <= 4:
            return False
        for index, word in enumerate(words):
            key = _key(word)
            if key in _NOT_NAME_KEYS and not (index and key in _INNER_KEYS and word[0].isupper()):
                return False
            if any(map(str.isdigit, word)):  # a digit in it (the loop in C)
                return False
            if _is_agency(word):
                return False
    return True


#: Characters no bare byline line holds: digits, brackets, colons, quote and sentence marks.
_BARE_REJECT = regex.compile(r"[\d<>()\[\]{}:;!?\"“”‘«»@#*=+]")

#: Words that cannot end a bare byline line ("... and", "... de").
_CONNECTORS = frozenset(PARTICLES) | {"and", "in", "for", "of"} | frozenset(NAME_CONNECTORS)
#: Lower-case words a bare byline line may hold: particles, "and", "in", role words.
_BARE_LOWER = _CONNECTORS | _ROLE_WORD_KEYS


def _could_be_bare(line: str) -> bool:
    """Test the shape of a bare line before the full parse.

    It opens with a capital, holds no digit, bracket, colon, quote mark or sentence mark,
    does not end a sentence or a clause ("Stefan Koren." is the end of a wrapped sentence),
    is not all in capitals (in running text a capitals line is a headline), and its
    lower-case words are particles, "and", "in" or role words only.
    """
    if not line[:1].isupper() or _BARE_REJECT.search(line) is not None:
        return False
    words = line.split()
    last = words[-1]
    if last.endswith(",") or (last.endswith(".") and last not in {"Jr.", "Sr."}):
        return False
    # A line in capitals is a headline, unless it lists names ("ANTTI AUTIO, HETA HASSINEN",
    # the NewsML-G2 <by> element of STT items).
    if _key(last) in _CONNECTORS or (line.isupper() and "," not in line) or "  " in line:
        return False
    for word in words:
        if word[0].islower() and _key(word) not in _BARE_LOWER and "'" not in word[:3]:
            return False
    return True


def _parse_lower_case(text: str, start: int, body: int, end: int) -> _Parts | None:
    """Read a byline sent all in lower case ("By keith grant, Reuters", Reuters-21578).

    When the names (up to the first comma) have no capital letter, the line is read in
    capitals (same length, same offsets), and only the safest shape is accepted: personal
    names by the bare-line rule, then at most a registry agency.
    """
    line = text[start:end]
    names_part = text[body:end].split(",", 1)[0]
    if end - start > _MAX_LOWER_CASE or any(map(str.isupper, names_part)):
        return None
    shadow = "".join(ch.upper() if len(ch.upper()) == 1 else ch for ch in line)
    parts = _parse_body(shadow, body - start, len(shadow), bare=False, by=True)
    if (
        parts is None
        or not parts.names
        or parts.end != len(shadow)
        or parts.role is not None
        or parts.location is not None
        or not _bare_name_ok(shadow, list(parts.names))
    ):
        return None
    org = parts.organization
    if org is not None and not _is_agency(shadow[org[0] : org[1]]):
        return None

    def shift(span: tuple[int, int]) -> tuple[int, int]:
        return (span[0] + start, span[1] + start)

    return _Parts(
        names=tuple(shift(name) for name in parts.names),
        organization=None if org is None else shift(org),
        role=None,
        location=None,
        end=end,
    )


def _bare_affiliation_ok(text: str, affiliation: _Affiliation) -> bool:
    """Tell whether a bare line without names is a byline.

    It is when it has a role after at most a short organisation ("Reuters Staff", "Daily
    Mail Reporter", "Staff and agencies"), or a registry agency and a place ("Agence
    France-Presse in Ankara").
    """
    org = None if affiliation.organization is None else text[slice(*affiliation.organization)]
    if affiliation.role is not None:
        return org is None or _is_agency(org) or len(org.split()) <= 3
    return affiliation.location is not None and org is not None and _is_agency(org)


def _clear_caches() -> None:
    """Empty the look-up caches (for benchmarks that time first reads)."""
    for cached in (_is_agency, _affiliation_of, _name_length, _is_affiliation_segment):
        cached.cache_clear()


def _parse_body(text: str, start: int, end: int, *, bare: bool, by: bool) -> _Parts | None:
    """Parse what follows "By" (or a whole bare line) between *start* and *end*."""
    content_end = rstrip_offset(text, start, end, ",;:")
    if text.endswith(".", start, content_end) and not _KEEPS_STOP.search(
        text, start, content_end, timeout=REGEX_TIMEOUT
    ):
        content_end = rstrip_offset(text, start, content_end - 1, _TRAILING_PUNCT)
    if content_end <= start:
        return None
    names, pos = _parse_names(text, start, content_end, bare=bare)
    location = None
    affiliation: _Affiliation | None = None
    rest = lstrip_offset(text, pos, content_end)
    stop = end
    if rest < content_end:
        sep = text[rest]
        if sep in ",/|" or text.startswith(("\u2014", "\u2013", "- "), rest):
            if not names:
                return None
            affiliation = _parse_affiliation(text, rest + 1, content_end, strict=bare)
            if affiliation is None:
                return None
        elif names and (place := _IN_PLACE.match(text, pos, content_end, timeout=REGEX_TIMEOUT)):
            location = place.span("place")
        elif by and names and not bare and _RUN_IN_DATELINE.match(text, pos, content_end):
            stop = pos
        else:
            affiliation = _parse_affiliation(text, rest, content_end, strict=bare or not by)
            if affiliation is None:
                return None
            if bare and not names and not _bare_affiliation_ok(text, affiliation):
                return None
            # Bare names run into an organisation: only a registry agency ("Jordan Press
            # The Canadian Press"), not the rest of a headline ("Bernie Sanders Pins The ...").
            org = affiliation.organization
            if bare and names and (org is None or not _is_agency(text[org[0] : org[1]])):
                return None
    if not names and affiliation is None:
        return None
    if bare and names and not _bare_name_ok(text, names):
        return None
    # "By Monday, ...", "By Contrast": a name made of common words only is no name.
    if any(all(_key(w) in _NOT_NAME_KEYS for w in text[s:e].split()) for s, e in names):
        return None
    if affiliation is not None:
        location = affiliation.location
    return _Parts(
        names=tuple(names),
        organization=affiliation.organization if affiliation else None,
        role=affiliation.role if affiliation else None,
        location=location,
        end=stop,
    )


_LINE_BREAK = regex.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


# --------------------------------------------------------------------------------------------
# public functions
# --------------------------------------------------------------------------------------------


def parse_byline(text: str, *, pos: int = 0) -> Byline | None:
    """Parse the byline that opens *text* (from *pos*, leading white space skipped).

    The byline runs to the end of its line (see the module notes for run-together text).
    Returns ``None`` when the line is not a byline. Spans index *text*.

    >>> b = parse_byline("By Chaitanya Kalbag, Reuters")
    >>> b.names, b.organization
    (('Chaitanya Kalbag',), 'Reuters')
    >>> b = parse_byline("By BERNARD CONDON / AP Business Writer")
    >>> b.names, b.organization, b.role
    (('BERNARD CONDON',), 'AP', 'Business Writer')
    >>> parse_byline("Nazarali Pirnazarov").names
    ('Nazarali Pirnazarov',)
    >>> b = parse_byline("Agence France-Presse in Ankara")
    >>> b.names, b.organization, b.location
    ((), 'Agence France-Presse', 'Ankara')
    >>> parse_byline("Caspian Region") is None
    True
    """
    require_str(text)
    if not isinstance(pos, int) or isinstance(pos, bool):
        raise TypeError(f"pos must be an int, not {type(pos).__name__}")
    start = max(pos, 0)
    length = len(text)
    while start < length and text[start].isspace():
        start += 1
    if start >= length:
        return None
    brk = _LINE_BREAK.search(text, start, timeout=REGEX_TIMEOUT)
    full_end = rstrip_offset(text, start, brk.start() if brk else length)
    initials = read_initials(text, start, full_end)
    if initials is not None:  # EFE's creator: "daa/mt/msr", initials that are not names
        return Byline(initials=initials, span=Span(start, full_end), text=text[start:full_end])
    if _cjk_like(text, start):
        cjk = parse_cjk_byline(text, start, full_end)
        if cjk is not None:
            return cjk
    # " =" ends the header block of dpa's IPTC 7901 copy: "By Manuel Schwarz, dpa =".
    line_end = full_end
    if text.endswith("=", start, full_end) and text[full_end - 2 : full_end - 1].isspace():
        line_end = rstrip_offset(text, start, full_end - 1)
    by = _BY.match(text, start, line_end, timeout=REGEX_TIMEOUT)
    parts = None
    foreign = by is not None and by["word"].casefold() != "by"
    if by is not None:
        # A byline is short: past _MAX_LENGTH characters only a run-in stop can end it.
        body_end = span_end = min(line_end, by.end() + _MAX_LENGTH)
        dm = None
        if by["dot"]:
            dm = _DM_STOP.search(text, by.end(), body_end, timeout=REGEX_TIMEOUT)
            if dm is not None:
                body_end, span_end = dm.start(), dm.end()
        parts = _parse_body(text, by.end(), body_end, bare=False, by=True)
        if parts is not None and parts.end < body_end:
            span_end = rstrip_offset(text, start, parts.end)
        elif span_end < line_end and (not by["dot"] or dm is None):
            parts = None
        if foreign and parts is not None and not _foreign_names_ok(text, parts):
            parts = None  # "Di Maio Resigns", "Von der Leyen ...": no "by" word after all
        if parts is None and not foreign:
            parts = _parse_lower_case(text, start, by.end(), line_end)
            span_end = line_end
    if by is None or (foreign and parts is None):
        if line_end - start > _MAX_LENGTH or not _could_be_bare(text[start:line_end]):
            return None
        parts = _parse_body(text, start, line_end, bare=True, by=False)
        span_end = line_end
    if parts is None:
        return None
    if span_end == line_end:
        span_end = full_end

    def part(span: tuple[int, int] | None) -> str | None:
        return None if span is None else text[span[0] : span[1]]

    return Byline(
        names=tuple(text[s:e] for s, e in parts.names),
        organization=part(parts.organization),
        role=part(parts.role),
        location=part(parts.location),
        span=Span(start, span_end),
        text=text[start:span_end],
    )


def _foreign_names_ok(text: str, parts: _Parts) -> bool:
    """After "Von", "Par", "di" ...: names of two words or more ("Di Maio" is a surname)."""
    return bool(parts.names) and all(len(text[s:e].split()) >= 2 for s, e in parts.names)


def _join_names(names: tuple[str, ...]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def render_byline(byline: Byline) -> str:
    """Render a byline model as canonical text: ``By <names>, <organization> <role> in <place>``.

    :func:`parse_byline` reads the result back to the same names, organisation, role and
    location (for organisations and roles it recognises).

    >>> from wirestory import Byline, Span
    >>> render_byline(
    ...     Byline(
    ...         names=("A B", "C D"),
    ...         organization="AP",
    ...         role="Business Writer",
    ...         span=Span(0, 0),
    ...         text="",
    ...     )
    ... )
    'By A B and C D, AP Business Writer'
    """
    if not isinstance(byline, Byline):
        raise TypeError(f"byline must be a Byline, not {type(byline).__name__}")
    affiliation = " ".join(part for part in (byline.organization, byline.role) if part)
    if byline.location:
        affiliation = f"{affiliation} in {byline.location}" if affiliation else byline.location
    if not byline.names:
        return f"By {affiliation}"
    names = _join_names(byline.names)
    if not affiliation:
        return f"By {names}"
    if not byline.organization and not byline.role:
        return f"By {names} in {byline.location}"
    return f"By {names}, {affiliation}"
