"""The person-or-organisation decision for the parts of a photo credit, as named rules.

A credit line's structure says who is who where it can (the slot after ``REUTERS/`` is a
photographer's, the part after ``via`` the distributor's; see :mod:`wirestory._credits`).
Where it says nothing, :data:`PART_RULES` decide, in order, from evidence:

1. the registries: the agency registry and the photo organisations of
   :mod:`wirestory._photo_orgs` ("Getty Images", "EPA-EFE", "JIJI");
2. the organisation words of the lexicon shared with bylines (:mod:`wirestory._lexicon`:
   "Nordic Air", "Dover PD", "Tampa Times-Union") and other marks of a name of a body;
3. the shape of a personal name: Given Surname, initials ("J.Huart"), particles ("van",
   "de", "bin", "al-");
4. capitals: a multi-word line in capitals is an organisation's, unless the line names a
   desk (whose photographer's slot is beside it) or is written in capitals as a whole.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import NamedTuple

import regex

from wirestory._agencies import AGENCY_ALIASES, lookup_agency
from wirestory._lexicon import ORG_WORDS, SURNAME_ORG_WORDS
from wirestory._photo_orgs import (
    ANONYMOUS_PHOTOGRAPHERS,
    CJK_PHOTO_ORGS,
    NAME_PARTICLES,
    PHOTO_ORGS,
)

__all__ = [
    "ABBREVIATION",
    "ANONYMOUS",
    "CONNECTORS",
    "DOMAIN",
    "LOWER_ORGS",
    "ORGANISATION",
    "PART_RULES",
    "PERSON",
    "has_org_word",
    "is_known_org",
    "is_particle",
    "key",
    "org_shaped",
    "part_rule",
]


def key(text: str) -> str:
    """*text* folded for the look-ups: case, inner white space, a final full stop.

    >>> key("Getty  Images."), key("ＡＰ")
    ('getty images', 'ap')
    """
    # NFKC for the look-up only: full-width "ＡＰ" is the registry's "AP" (the text is kept).
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split()).casefold().rstrip(".")


_ORG_KEYS: frozenset[str] = frozenset(
    key(name) for name in (*PHOTO_ORGS, *AGENCY_ALIASES, *CJK_PHOTO_ORGS)
)
#: The lexicon's organisation words, less those that are also surnames ("Emily Post").
_ORG_WORD_KEYS: frozenset[str] = ORG_WORDS - SURNAME_ORG_WORDS

_PARTICLES: frozenset[str] = frozenset(NAME_PARTICLES)
ANONYMOUS: frozenset[str] = frozenset(ANONYMOUS_PHOTOGRAPHERS)
#: Lower-case words a credit may contain besides name particles ("Museum of Fine Arts").
CONNECTORS: frozenset[str] = frozenset(("of", "and", "the", "for", "via", "by", "from", "&"))
#: Lower-case organisation names that may open a segment ("dpa", "flickr", "epa").
LOWER_ORGS: frozenset[str] = frozenset(n for n in PHOTO_ORGS if n[:1].islower())


def is_known_org(text: str) -> bool:
    """Return whether *text* names an organisation of the registry or the photo-org table.

    >>> is_known_org("REUTERS"), is_known_org("picture alliance"), is_known_org("Tom Reyes")
    (True, True, False)
    """
    return key(text) in _ORG_KEYS or lookup_agency(text) is not None


#: An initial or an abbreviation that may end with a full stop ("R.", "Jr.", "U.S.", "Ltd.").
ABBREVIATION = regex.compile(r"(?:\p{Lu}\.)+|\p{Lu}\p{Ll}{0,2}\.")

#: A web address ("GOV.SG", "markets.businessinsider.com").
DOMAIN = regex.compile(r"\p{L}{2,}\.\p{L}{2,}")


def is_particle(word: str) -> bool:
    """Whether *word* belongs inside a personal name ("de", "uz", "al-Shemaree").

    >>> is_particle("van"), is_particle("al-Shemaree"), is_particle("Images")
    (True, True, False)
    """
    low = word.casefold()
    if low in _PARTICLES:
        return True
    # "al-Shemaree", "bin-Laden", "d'Estaing": a particle joined to a capitalised name.
    head, _, tail = low.partition("-")
    if tail and head in _PARTICLES:
        return True
    return len(word) > 2 and word[1] in "'’" and word[0].islower() and word[2:3].isupper()


def _bare_parts(word: str) -> list[str]:
    """A word's parts for the lexicon, folded: "Times-Union" -> ["times", "union"]."""
    bare = word.strip(".,;:()[]\"'’").casefold()
    return bare.split("-") if "-" in bare else [bare]


def has_org_word(segment_text: str) -> bool:
    """Whether a word of the segment (or of a hyphenated word) is an organisation word."""
    return any(
        part in _ORG_WORD_KEYS for word in segment_text.split() for part in _bare_parts(word)
    )


def _org_marks(segment_text: str) -> bool:
    """Whether a segment bears an organisation's marks besides its words.

    "The", digits, "&", "'s", a web address, or a lower-case word (not a particle) in a
    capitalised phrase.
    """
    words = segment_text.split()
    if words[0].casefold() == "the":
        return True
    has_upper = any(map(str.isupper, segment_text))
    for word in words:
        bare = word.strip(".,;:()[]\"'’").casefold()
        if any(map(str.isdigit, word)) or word in {"&", "+"} or "&" in word:
            return True
        if word.endswith(("'s", "’s", "s'")):
            return True
        if "." in word and DOMAIN.search(word) and not ABBREVIATION.fullmatch(word):
            return True
        if has_upper and word[:1].islower() and not is_particle(word) and bare not in CONNECTORS:
            return True  # "Central Michigan athletics"
    return False


#: A name written with initials: "J.Huart", "P. Carril", "J.R. Smith" (ESA's and NASA's
#: credits: "ESA/J.Huart"; wire credits: "AARON P. BERNSTEIN" has its initial inside).
_INITIALS_NAME = regex.compile(
    r"""
    (?:\p{Lu}\.[\t\ ]?)+                                 # "J.", "J.R.", "P. "
    \p{Lu}[\p{Ll}\p{M}'’\-]+                                # "Huart", "O'Neil"
    (?:[\t\ ]+\p{Lu}[\p{L}\p{M}'’\-]+)*                       # "Smith Jones"
    """,
    regex.VERBOSE,
)

#: One word of a personal name: "Evan", "Kyung-Hoon", "O'Connell", "MARIN" (AFP writes
#: the surname in capitals: "Ludovic MARIN"), an initial ("C.", "W"), a particle ("de").
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*")


def _personal_name(segment_text: str) -> bool:
    """Given Surname: two or more words, each capitalised or a particle, one in mixed case."""
    words = segment_text.split()
    if len(words) < 2:
        return False
    mixed = False
    for word in words:
        if is_particle(word):
            continue
        if not _NAME_WORD.fullmatch(word):
            return False
        mixed |= any(map(str.islower, word))
    return mixed


def _capitals(segment_text: str) -> bool:
    """A line of two or more words in capitals ("HARBOUR CITY MALL", "IAN LANGSDON")."""
    return len(segment_text.split()) >= 2 and segment_text.isupper()


def _single_word(segment_text: str) -> bool:
    return len(segment_text.split()) == 1


class _PartRule(NamedTuple):
    """One step of the person-or-organisation decision for a credit's part."""

    name: str
    #: Called with the part's text and whether capitals say nothing of it: the line names a
    #: registry organisation (a desk, whose photographer's slot is beside it), a pool or a
    #: handout, or the caption or the label is in capitals.
    test: Callable[[str, bool], bool]
    verdict: str  # "person" or "organisation", when the test holds
    examples: tuple[str, ...]


PERSON, ORGANISATION = "person", "organisation"

#: The person-or-organisation decision for a part of a credit line with no role from the
#: line's structure, tried in order; the first rule whose test holds decides. A part no
#: rule decides is a person (a name in a script without capitals: "고승민", "莫京娜").
PART_RULES: tuple[_PartRule, ...] = (
    _PartRule(
        name="anonymous photographer",
        test=lambda t, _: t in ANONYMOUS,
        verdict=PERSON,
        examples=("Stringer", "STR"),
    ),
    _PartRule(
        name="registry",
        test=lambda t, _: is_known_org(t),
        verdict=ORGANISATION,
        examples=("Getty Images", "EPA-EFE", "JIJI", "picture alliance", "共同"),
    ),
    _PartRule(
        name="organisation word",
        test=lambda t, _: has_org_word(t),
        verdict=ORGANISATION,
        examples=("Nordic Air", "Dover PD", "Riverside Gyms", "Tampa Times-Union",
                  "Lakeside Daily-Herald", "HARBOUR CITY MALL"),
    ),
    _PartRule(
        name="organisation marks",
        test=lambda t, _: _org_marks(t),
        verdict=ORGANISATION,
        examples=("The Harbour Trust", "20th Century Fox", "Sotheby's",
                  "markets.example.com", "Hawthorn & Vale"),
    ),
    _PartRule(
        name="initials and surname",
        test=lambda t, _: _INITIALS_NAME.fullmatch(t) is not None,
        verdict=PERSON,
        examples=("J.Huart", "P. Carril", "J.R. Smith"),
    ),
    _PartRule(
        name="personal name",
        test=lambda t, _: _personal_name(t),
        verdict=PERSON,
        examples=("Tom Reyes", "Munir uz Zaman", "Tim de Waele", "Alaa al-Shemaree",
                  "Ludovic MARIN"),
    ),
    _PartRule(
        name="capitals at a desk",
        test=lambda t, desk: desk and _capitals(t),
        verdict=PERSON,
        examples=("IAN LANGSDON in EPA-EFE/IAN LANGSDON", "SAUL LOEB in SAUL LOEB/AFP",
                  "JET CHEN in ST PHOTO: JET CHEN"),
    ),
    _PartRule(
        name="capitals",
        test=lambda t, _: _capitals(t),
        verdict=ORGANISATION,
        examples=("WORKING TITLE", "BLUE HARBOUR"),
    ),
    _PartRule(
        name="single word",
        test=lambda t, _: _single_word(t),
        verdict=ORGANISATION,
        examples=("PureGym", "Caltech"),
    ),
)  # fmt: skip


def part_rule(segment_text: str, *, capitals_desk: bool = False) -> tuple[str, str]:
    """The name of the rule that decides a credit part, and its verdict.

    >>> part_rule("Nordic Air")
    ('organisation word', 'organisation')
    >>> part_rule("J.Huart")
    ('initials and surname', 'person')
    >>> part_rule("MARIA LOPEZ"), part_rule("MARIA LOPEZ", capitals_desk=True)
    (('capitals', 'organisation'), ('capitals at a desk', 'person'))
    """
    if not segment_text.split():
        return "default", PERSON  # no words (a control character the tokens kept)
    for rule in PART_RULES:
        if rule.test(segment_text, capitals_desk):
            return rule.name, rule.verdict
    return "default", PERSON


def org_shaped(segment_text: str, *, capitals_desk: bool = False) -> bool:
    """Return whether a segment reads as an organisation by :data:`PART_RULES`."""
    if not segment_text.split():
        return False
    return part_rule(segment_text, capitals_desk=capitals_desk)[1] == ORGANISATION
