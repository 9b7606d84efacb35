r"""Photo credits and captions: who took a picture, who carries it, and what the caption says.

A credit line is a chain of *segments* joined by ``/``, ``via``, ``for`` and commas:
``Yuri Kochetkov/Pool via REUTERS``, ``(AP Photo/Evan Vucci, File)``,
``Photograph: Alex Wong/Getty Images``. Each segment is a person, an organisation or a flag
(pool, handout, file). People are told from organisations by the line's structure (the slot
after a wire's name in ``REUTERS/Name`` is the photographer's, the segment after ``via`` is the
distributor, ``X for Y`` credits a person for an outlet) and, where it says nothing, by the
named rules of :mod:`wirestory._credit_parts` (registries, organisation words, the shape of a
personal name, capitals). Korean, Chinese and Japanese forms are read by
:mod:`wirestory._credits_cjk`.

The Guardian's label ``Photograph:`` joins two fields of its picture desk, the byline and the
supplier's credit line (``Photograph: Ik Aldama/Ik Aldama/Demotix/Corbis``): after it, the
first segment is the byline (a person, or the body that made the picture, "Metropolitan
Police/PA") and every later segment is the supplier's credit, kept as written.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from wirestory._agencies import AGENCY_ALIASES
from wirestory._checks import REGEX_TIMEOUT, require_str
from wirestory._credit_parts import (
    ABBREVIATION,
    CONNECTORS,
    LOWER_ORGS,
    PERSON,
    has_org_word,
    is_known_org,
    is_particle,
    org_shaped,
    part_rule,
)
from wirestory._credits_cjk import cjk_credit
from wirestory._models import Caption, DatelineDate, Photo, PhotoCredit, Place, Span
from wirestory._patterns import MONTH_NUMBERS, MONTHS
from wirestory._photo_orgs import PHOTO_ORGS
from wirestory._places import coded_place, qualifier_slot
from wirestory._scan import find_all, matches_at, reach_back

__all__ = [
    "caption_bounds",
    "caption_photo",
    "caseless",
    "find_photo_credit",
    "parse_caption",
    "parse_photo_credit",
    "render_photo_credit",
]

#: A credit is searched for in this many characters at the end (or start) of a text; no real
#: credit line is longer, and the bound keeps every search linear in the input size.
_WINDOW = 400


# --------------------------------------------------------------------------------------------
# patterns
# --------------------------------------------------------------------------------------------

#: Labels that introduce a credit. ``byline`` marks the Guardian's "<byline>/<credit>" labels.
_LABEL = regex.compile(
    r"""
    (?<![\p{L}\p{N}])                                   # starts a word
    (?:(?P<org>\L<orgs>)[\t\ ]+)?                       # "ST PHOTO:", "BT PHOTO:" (publisher)
    (?P<label>
        (?P<byline>(?i:photograph|illustration|composite)):   # the Guardian: "Photograph: X/Y"
      | (?i:photo(?:graph)?s?|pictures?|pics?|images?|credits?|graphic)[\t\ ]*:  # "PHOTO:"
      | (?i:fotos?)[\t\ ]*:                              # dpa "Foto: Kay Nietfeld/dpa", EFE
                                                        # "(Foto: EFE/Name)", dts "Foto: X"
      | (?i:photo[\t\ ]+credit[\t\ ]+should[\t\ ]+read)       # AFP: "(Photo credit should read X)"
      | (?i:photo[\t\ ]+credit)[\t\ ]*:?                # "Photo credit: X"
      | (?P<pool>(?i:pool)[\t\ ]+)?                     # "Pool photo by X"
        (?i:(?:photo[\t\ ]+)?illustration|photo(?:graph)?s?|pictures?|images?)[\t\ ]+(?i:by)
                                                        # "Photo by X", "Photo Illustration by X"
      | Image[\t\ ]+(?:copyright|source),?              # BBC: "Image copyright X Image caption"
    )
    [\t\ ]*                                             # the space before the credit itself
    """,
    regex.VERBOSE,
    orgs=[n for n in PHOTO_ORGS if n.isupper() and len(n) <= 6],
)

#: The characters a _LABEL match can start with, folded by :func:`caseless`: a label word's
#: first letter ("photo", "pictures", "illustration", "image", "composite", "credit",
#: "graphic", "pool", "foto") or a publisher's (its case as listed).
_LABEL_INITIALS = frozenset(
    (
        "p",
        "i",
        "c",
        "g",
        "f",
        *(name[0] for name in PHOTO_ORGS if name.isupper() and len(name) <= 6),
    )
)


def _label_at(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_LABEL.match(text, start, end)``, skipped where no label can begin."""
    if start >= end or (
        text[start] not in _LABEL_INITIALS and caseless(text[start]) not in _LABEL_INITIALS
    ):
        return None
    return _LABEL.match(text, start, end, timeout=REGEX_TIMEOUT)


#: Where a trailing credit may begin: after a sentence's end, a line break or a spaced dash.
_BOUNDARY = regex.compile(
    r"""
    (?:
        [.!?;:]["”’'\)\]]*                              # "... April 28, 2021." / '... ."'
        (?:[\t\ ]+|(?=\p{Lu}))                          # then a space, or a capital at once
                                                        # ("...May 19, 2020.REUTERS/Kim")
      | [。．！？][」』）\)]*[\t\ ]*                          # a Japanese or Chinese full stop:
                                                        # AFP's Japanese captions, "...(2019年
                                                        # 3月13日撮影)。(c)Name SURNAME / AFP"
      | (?<=[\p{L}\p{N}])["”][\t\ ]*(?=\p{Lu})             # a closing quote mark: '... "record
                                                        # profits" Nora Diaz/Reuters'
      | \n[\t\ ]*                                       # a line break
      | [\t\ ]+[-–—|]{1,2}[\t\ ]+                       # " - ", " -- ", " | "
    )
    """,
    regex.VERBOSE,
)

#: Every character a _BOUNDARY match may hold.
_BOUNDARY_CHARS = frozenset(".!?;:\"”’')]\n\t -–—|。．！？」』）")

#: A known organisation that may open a credit glued to its caption ("... Xi Jinping
#: Reuters/Pool", "...May 19, 2020.REUTERS/Kim Kyung-Hoon"): followed by "/" or "via".
_ORG_START = regex.compile(
    r"""
    (?<![\p{L}\p{N}'’-])                                # starts a word
    (?P<org>\L<orgs>)                                   # "Reuters", "Action Images"
    (?=[\t\ ]*/|[\t\ ]+(?i:via)[\t\ ])                  # ... then "/" or " via "
    """,
    regex.VERBOSE | regex.IGNORECASE,
    orgs=sorted({*PHOTO_ORGS, *AGENCY_ALIASES}),
)

#: The words and separators of a credit line: "/", "," and the pipe of CNBC's and Bloomberg's
#: credits ("Lena Park | Bloomberg via Getty Images", "MARIA LOPEZ | AFP via Getty Images").
_TOKEN = regex.compile(r"[^\s/,|]+|[/,|]")

#: The one-character separators of a credit line's segments.
_SEPARATORS = frozenset("/,|")

#: A segment that is only a flag: "Pool", "File Photo", "HO" (Reuters' old handout tag).
_FLAG_SEGMENT = regex.compile(
    r"""
    (?:(?P<pool>(?i:pool))                              # "Pool"
      | (?P<file>(?i:file))                             # "File", "FILE"
      | (?P<handout>(?i:handout)|HO)                    # "Handout", "HO" (never "Ho", a name)
    )
    (?:[\t\ ]+(?i:photo(?:graph)?|picture))?            # "Pool Photo", "File Photo"
    """,
    regex.VERBOSE,
)

#: Segments that stand for a name not given: dpa writes "-" in the photographer's slot
#: ("Foto: -/dpa", "-/XinHua/dpa").
_PLACEHOLDERS = frozenset(("-", "–", "—"))

#: Words inside a segment that set a flag ("Japan Pool", "Family handout").
_FLAG_WORD = regex.compile(
    r"(?<![\p{L}])(?:(?P<pool>(?i:pool))|(?P<handout>(?i:handout)))(?![\p{L}])"
)

#: What opens a segment and says how to read the rest.
_SEGMENT_PREFIX = regex.compile(
    r"""
    (?:
        (?P<courtesy>(?i:courtesy)(?:[\t\ ]+(?i:of))?)  # "Courtesy of X": X provided it
      | (?P<provided>(?i:provided|supplied)[\t\ ]+(?i:by))  # "Provided by the White House"
      | (?P<grab>(?i:screen[\t\ ]?grabs?|screenshots?)  # "SCREENGRAB FROM site"
            (?:[\t\ ]+(?i:from|of|via))?)
      | (?P<copyright>©|\((?i:c)\)|(?i:copyright))      # "©Michel Euler", "Copyright X"
      | (?P<by>(?P<pool>(?i:pool)[\t\ ]+)?             # "Pool photo by X"
            (?i:(?:photo[\t\ ]+)?illustration|photo(?:graph)?s?|pictures?)[\t\ ]+(?i:by))
    )
    [\t\ ]*
    """,
    regex.VERBOSE,
)

#: The characters _SEGMENT_PREFIX can start with (a cheap test before the pattern).
_PREFIX_INITIALS = frozenset("cCsS©(pPiI")
#: How every _SEGMENT_PREFIX match begins, folded by :func:`caseless` (a cheaper test).
_PREFIX_OPENINGS = (
    "courtesy", "provided", "supplied", "screen", "©", "(c)", "copyright", "pool", "photo",
    "illustration", "picture",
)  # fmt: skip
_PREFIX_LONGEST = max(len(opening) for opening in _PREFIX_OPENINGS)


def _segment_prefix(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_SEGMENT_PREFIX.match(text, start, end)``, skipped where no opening word begins."""
    if start >= end or not caseless(text[start : start + _PREFIX_LONGEST]).startswith(
        _PREFIX_OPENINGS
    ):
        return None
    return _SEGMENT_PREFIX.match(text, start, end, timeout=REGEX_TIMEOUT)


#: "AP Photo", "AFP PHOTO", "Pool Photo": an organisation or flag followed by "Photo".
_PHOTO_SUFFIX = regex.compile(
    r"""
    [\t\ ]+
    (?:(?P<pool>(?i:pool))(?:[\t\ ]+(?i:photos?|pictures?))?   # "Kremlin Pool Photo"
      | (?i:photos?|pictures?)                          # "AP Photo", "AFP PHOTO"
    )
    \Z
    """,
    regex.VERBOSE,
)


def _photo_word_in(lowered: str) -> bool:
    """Whether a folded segment holds a word _PHOTO_SUFFIX ends with (else it cannot match)."""
    return "photo" in lowered or "picture" in lowered or "pool" in lowered


#: Name suffixes written after a comma ("Greg E Mathieson, Sr").
_SUFFIX = regex.compile(r"(?:Jr|Sr|JR|SR|II|III|IV)\.?")

#: "Name-USA TODAY Sports": USA TODAY's style joins photographer and outlet with a hyphen.
_HYPHEN = regex.compile(r"-")

#: A word that ends a sentence ("France.", "said!"), not an initial or an abbreviation.
_SENTENCE_END = regex.compile(r"[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*[.!?]")

#: Words of running text that no credit line contains.
_FUNCTION_WORDS = frozenset(
    ("a", "an", "is", "are", "was", "were", "be", "been", "in", "on", "at", "during", "after",
     "before", "with", "as", "his", "her", "their", "its", "to", "this", "that", "who", "which",
     "seen", "said", "says")
)  # fmt: skip

#: A short capitalised word with a full stop: inside a labelled credit an abbreviation
#: ("Warner Bros. Pictures", "Corp."), not a sentence's end.
_SHORT_WORD = regex.compile(r"\p{Lu}\p{Ll}{0,3}\.")

#: A lone segment that is no credit line: a byline ("By John Doe") or a phrase with "and".
_BARE_NOT_CREDIT = regex.compile(r"(?i:by)(?:\s|\Z)|.*\s(?:and|und|et|y)\s", regex.DOTALL)

#: An all-capital short word: an organisation's initials ("SANA", "KCNA"), not a name.
_ACRONYM = regex.compile(r"\p{Lu}{2,5}")

#: Reuters' picture tags after the credit: "(KENYA - Tags: POLITICS ELECTIONS)".
_TAGS = regex.compile(
    r"""
    [\t\ ]*\(                                          # the opening parenthesis
    [^()\n]{0,80}?                                      # "KENYA - " (the country), optional
    (?i:tags?):[^()\n]{0,200}                            # "Tags: POLITICS ELECTIONS"
    \)[\t\ ]*\Z                                         # closes the text
    """,
    regex.VERBOSE,
)

#: Reuters' desk tags after the credit: "REUTERS/Tom Reyes TPX IMAGES OF THE DAY" (TPX marks
#: the Top Pictures selection) and the package pointers before it, 'REUTERS/Name/File Photo
#: SEARCH "GLOBAL POY" FOR THIS STORY. SEARCH "REUTERS POY" FOR ALL BEST OF 2019 PACKAGES.
#: TPX IMAGES OF THE DAY.' (Reuters' pictures of the year, 2019).
_DESK_TAG = regex.compile(
    r"""
    (?:[\t\ ]+SEARCH[\t\ ]+["“][^"”\n]{1,40}["”][\t\ ]+FOR[\t\ ]+[\p{Lu}\d\t\ ]{1,60}\.?)*
                                                        # 'SEARCH "X" FOR THIS STORY.'
    (?:[\t\ ]+TPX(?:[\t\ ]+IMAGES[\t\ ]+OF[\t\ ]+THE[\t\ ]+DAY)?\.?)?   # the top-pictures tag
    [\t\ ]*\Z                                           # closes the text
    """,
    regex.VERBOSE,
)

#: Phrases of a caption that make the picture a file, handout or pool picture.
_CAPTION_FLAGS = regex.compile(
    r"""
    (?P<file>
        (?i:\bfile[\t\ ]+(?:photo(?:graph)?|picture|image|footage)s?\b)  # "In this file photo"
      | \bFILE[\t\ ]*[-–—:]                             # AP: "FILE - In this ..."
      | \([\t\ ]*(?i:file)[\t\ ]*\)                     # "(File)"
    )
  | (?:\A|\n)[\t\ ]*(?P<archive>ARCHIV)[\t\ ]*[-–]   # dpa: "ARCHIV - 07.12.2019, ..."
  | (?P<handout>(?i:\bhandout[\t\ ]+(?:photo(?:graph)?|picture|image|still|video)s?\b))
                                                        # "an undated handout photo"
  | (?P<pool>(?i:\bpool[\t\ ]+(?:photo(?:graph)?|picture|image)s?\b))  # "a pool photo"
    """,
    regex.VERBOSE,
)

#: BBC web layout: "Image copyright <credit> Image caption <caption>".
_IMAGE_CAPTION = regex.compile(r"[\t\ ]+Image[\t\ ]+caption[\t\ ]+")


# --------------------------------------------------------------------------------------------
# segments
# --------------------------------------------------------------------------------------------


class _Segment(NamedTuple):
    """One segment of a credit line, with what separates it from the one before."""

    start: int
    end: int
    sep: str | None = None  # "/", ",", "via", "for", "-" or None (first)
    role: str | None = None  # forced role: "org" or "person"


class _Word(NamedTuple):
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=4)
def _words(text: str, start: int, end: int) -> tuple[_Word, ...]:
    """The tokens of ``text[start:end]`` with their offsets.

    Cached: a credit line is validated, then read, from the same tokens, one call after the
    other. Four entries are enough for that, and the cache keeps no more than four texts alive.

    ``findall`` gives the strings at a fraction of the cost of match objects; each token is
    the next non-space text after the previous one (only white space lies between), so
    ``str.find`` from the previous end lands on it.
    """
    words: list[_Word] = []
    append = words.append
    pos = start
    # No timeout: _TOKEN is a character-class run or one character, linear on any input.
    for token in _TOKEN.findall(text, start, end):
        pos = text.find(token, pos)
        append(_new_word(_Word, (pos, pos + len(token), token)))
        pos += len(token)
    return tuple(words)


#: Builds a :class:`_Word` from a tuple without the Python-level ``__new__`` of a NamedTuple.
_new_word = tuple.__new__


def _segments(text: str, start: int, end: int) -> list[_Segment]:
    """Split ``text[start:end]`` into segments at "/", ",", "via" and "for" (a new list)."""
    return list(_segments_of(text, start, end))


@functools.lru_cache(maxsize=4)
def _segments_of(text: str, start: int, end: int) -> tuple[_Segment, ...]:
    """:func:`_segments`, cached like :func:`_words` (a line is validated, then read)."""
    segments: list[_Segment] = []
    current: list[_Word] = []
    current_sep: str | None = None
    sep: str | None = None  # the separator seen since the last segment
    for word in _words(text, start, end):
        if word.text in _SEPARATORS:
            if current:
                segments.append(
                    _Segment(start=current[0].start, end=current[-1].end, sep=current_sep)
                )
                current = []
            if sep not in {"via", "for"}:
                sep = word.text
            continue
        if word.text in {"via", "VIA", "Via", "for", "FOR", "For"}:
            if current:
                segments.append(
                    _Segment(start=current[0].start, end=current[-1].end, sep=current_sep)
                )
                current = []
            sep = word.text.casefold()
            continue
        if not current:
            current_sep, sep = sep, None
        current.append(word)
    if current:
        segments.append(_Segment(start=current[0].start, end=current[-1].end, sep=current_sep))
    return tuple(segments)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n\r\u00a0":
        start += 1
    while end > start and text[end - 1] in " \t\n\r\u00a0":
        end -= 1
    return start, end


def _word_texts(segment_text: str) -> list[str]:
    return segment_text.split()


def _flag_match(segment_text: str) -> regex.Match[str] | None:
    # No timeout: fixed words and one optional run of spaces, linear on any input.
    return _FLAG_SEGMENT.fullmatch(segment_text)


# --------------------------------------------------------------------------------------------
# validation: does a stretch of text read as a credit line?
# --------------------------------------------------------------------------------------------


#: Characters no credit word holds (but "(c)"; a label's colon when not strict), the
#: full-width punctuation of Chinese and Japanese sentences among them.
_NOT_IN_WORDS = frozenset('"“”:;()[]{}<>!?。，、；：！？「」『』【】（）')


def _valid_word(word: str, *, strict: bool) -> bool:
    if not _NOT_IN_WORDS.isdisjoint(word):
        if word[:3] in {"(c)", "(C)"}:  # "(c)", and AFP's Japanese "(c)Noel CELIS / AFP"
            return _NOT_IN_WORDS.isdisjoint(word[3:])
        return not strict and word.endswith(":")
    if strict and word.endswith(".") and not ABBREVIATION.fullmatch(word):
        return False
    return not (strict and word.isdigit())


def _lower_word(word: str) -> bool:
    """A lower-case word that is neither a name particle, a connector nor a known org."""
    if not word[:1].islower():
        return False
    low = word.casefold()
    return not (is_particle(word) or low in CONNECTORS or word in LOWER_ORGS)


def _valid_chain(
    text: str, start: int, end: int, *, strict: bool, need_separator: bool, first_exact_org: bool
) -> bool:
    """Return whether ``text[start:end]`` reads as a credit line.

    *strict* applies to unlabelled text found after a caption: no lower-case words in the
    first segment, no sentence words; *need_separator* asks for a "/" or "via" (an unlabelled
    single name is no credit); *first_exact_org* asks that the first segment be exactly a
    known organisation (a credit found by its organisation, glued to its caption).
    """
    words = _words(text, start, end)
    names = [w.text for w in words if w.text not in _SEPARATORS]
    if not names or len(names) > (_MAX_STRICT_WORDS if strict else 36):
        return False
    if not all(_valid_word(w, strict=strict) for w in names):
        return False
    segments = _segments_of(text, start, end)
    if len(segments) > 9 or any(len(_word_texts(text[s.start : s.end])) > 8 for s in segments):
        return False
    if not segments:
        return False
    first_start = segments[0].start
    prefix = _segment_prefix(text, first_start, segments[0].end)
    if prefix is not None and prefix.end() < segments[0].end:
        first_start = prefix.end()  # "Courtesy of X", "Photo by X": read X
    first = text[first_start : segments[0].end]
    separated = (
        any(w.text in {"/", "|"} for w in words)
        or any(s.sep == "via" for s in segments)
        or (len(segments) == 1 and first[:1].isupper() and is_known_org(first))  # ". AFP"
        # "Name for The New York Times" (the Times' credit for a freelance), "Name for the
        # Guardian": "for" and an organisation of the registry
        or any(s.sep == "for" and is_known_org(text[s.start : s.end]) for s in segments[1:])
    )
    if need_separator and not separated:
        return False
    if strict and not separated and _BARE_NOT_CREDIT.match(first):
        return False  # "By John Doe", "Peter and Jane": a byline or a phrase, not a credit
    first_words = _word_texts(first)
    if first_exact_org and not is_known_org(first):
        return False
    lower = [w for w in names if _lower_word(w)]
    if strict:
        # A known organisation opens the line ("picture alliance via Getty Images"), or one
        # lower-case word or a short capitalised phrase before "via" and a known distributor:
        # Reuters and Getty credit providers as they write themselves ("cnsphoto via
        # REUTERS", "imagechina via REUTERS", "Social media via REUTERS").
        named = is_known_org(first) or (
            # one lower-case word ("imagechina"), or a short capitalised phrase with an
            # organisation word ("Social media")
            (
                len(first_words) == 1
                or (len(first_words) <= 3 and first[:1].isupper() and has_org_word(first))
            )
            and len(segments) > 1
            and segments[1].sep == "via"
            and is_known_org(text[segments[1].start : segments[1].end])
        )
        if named:
            lower = [w for w in lower if w not in first_words]
        elif any(_lower_word(w) and w.casefold() not in LOWER_ORGS for w in first_words):
            return False
        # A first segment that ends with a known organisation after other words is caption
        # text run into the credit ("... Xi Jinping Reuters/Pool"): the organisation opens it.
        if len(first_words) > 1 and not is_known_org(first):
            for i in range(1, len(first_words)):
                if is_known_org(" ".join(first_words[i:])):
                    return False
        return len(lower) <= 1
    # Labelled or parenthesised: a sentence inside ("PHOTO: A sign in Paris. REUTERS/X") is
    # caption text after a label-like opener, not a credit.
    if any(
        w[-1] in ".!?" and _SENTENCE_END.fullmatch(w) and not _SHORT_WORD.fullmatch(w)
        for w in names[:-1]
    ):
        return False
    if any(w in _FUNCTION_WORDS for w in names):
        return False
    return len(lower) <= 3


# --------------------------------------------------------------------------------------------
# building the model
# --------------------------------------------------------------------------------------------


@attrs.define
class _Parts:
    """What a credit line says, gathered while reading its segments."""

    photographers: list[str] = attrs.field(factory=list)
    sources: list[str] = attrs.field(factory=list)
    distributor: str | None = None
    pool: bool = False
    handout: bool = False
    file: bool = False
    courtesy: bool = False


def _refine(
    text: str, seg: _Segment, parts: _Parts, *, as_written: bool = False
) -> _Segment | None:
    """Strip a segment's prefix/suffix words (Courtesy of, ©, Photo by, AP *Photo*).

    The flags those words (and flag segments, "Pool", "Handout") set are added to *parts*.
    *as_written* reads a Guardian segment: the byline keeps dpa's and AFP's placeholder "-"
    ("Photograph: -/AFP"), the supplier's credit its "courtesy" ("Name/courtesy Music Box
    Films"), as the picture desk wrote them.
    """
    start, end = seg.start, seg.end
    role = seg.role
    m = _segment_prefix(text, start, end) if text[start] in _PREFIX_INITIALS else None
    if m is not None and m.end() < end:
        if m.group("courtesy") or m.group("grab") or m.group("provided"):
            role = "org"
            parts.courtesy |= bool(m.group("courtesy") or m.group("provided"))
        parts.pool |= bool(m.group("pool"))
        if not (as_written and m.group("courtesy") and seg.sep is not None):
            start = m.end()
    suffix = (
        _PHOTO_SUFFIX.search(text, start, end, timeout=REGEX_TIMEOUT)
        if text[end - 1] in "oOsSeElL" and _photo_word_in(caseless(text[start:end]))
        else None
    )
    if suffix is not None and suffix.start() > start and not is_known_org(text[start:end]):
        head = text[start : suffix.start()]
        if is_known_org(head) or _flag_match(head):
            end = suffix.start()
            parts.pool |= bool(suffix.group("pool"))
    body = text[start:end]
    if body in _PLACEHOLDERS and not as_written:
        return None  # dpa's "Foto: -/dpa", "-/XinHua/dpa": no photographer named
    flag = _flag_match(body)
    if flag is not None:
        parts.pool |= bool(flag.group("pool"))
        parts.file |= bool(flag.group("file"))
        parts.handout |= bool(flag.group("handout"))
        return None
    lowered = caseless(body)
    if "pool" in lowered or "handout" in lowered:  # else _FLAG_WORD finds nothing
        for w in _FLAG_WORD.finditer(body, timeout=REGEX_TIMEOUT):
            parts.pool |= bool(w.group("pool"))
            parts.handout |= bool(w.group("handout"))
    return _Segment(start, end, seg.sep, role)


def _split_hyphen(text: str, seg: _Segment) -> list[_Segment]:
    """Split "Ken Blaze-USA TODAY Sports" (person-outlet) into its two segments."""
    if "-" not in text[seg.start : seg.end] or is_known_org(text[seg.start : seg.end]):
        return [seg]  # "EPA-EFE", "Gamma-Rapho": one organisation
    for m in _HYPHEN.finditer(text, seg.start, seg.end, timeout=REGEX_TIMEOUT):
        left, right = text[seg.start : m.start()], text[m.end() : seg.end]
        left_end = _strip(text, seg.start, m.start())[1]
        right_start = _strip(text, m.end(), seg.end)[0]
        if is_known_org(left) and is_known_org(right):
            # Two organisations: the Japan Times' "AFP-JIJI", "PHOTO: AFP - JIJI".
            return [
                seg._replace(end=left_end, role="org"),
                _Segment(start=right_start, end=seg.end, sep="-", role="org"),
            ]
        if (
            len(left.split()) >= 2
            and is_known_org(right)
            and not is_known_org(left)
            and not org_shaped(left, capitals_desk=True)  # the right is a desk
        ):
            return [
                seg._replace(end=m.start()),
                _Segment(start=m.end(), end=seg.end, sep="-", role="org"),
            ]
    return [seg]


def _is_person(text: str, seg: _Segment, *, capitals_desk: bool = False) -> bool:
    if seg.role is not None:
        return seg.role == "person"
    return part_rule(text[seg.start : seg.end], capitals_desk=capitals_desk)[1] == PERSON


def _read(
    text: str,
    segments: list[_Segment],
    *,
    byline: bool,
    parts: _Parts | None = None,
    capitals: bool = False,
) -> _Parts:
    """Turn the segments of a credit line into people, organisations and flags.

    *capitals* says that the caption around the line is written in capitals too (the Straits
    Times' "SHOP OWNER WANG JING PHOTO: JET CHEN"): capitals then say nothing of a part.
    """
    out = parts if parts is not None else _Parts()
    refined: list[_Segment] = []
    for index, seg in enumerate(segments):
        guardian = byline and len(segments) > 1
        new = _refine(text, seg, out, as_written=guardian)
        if new is None:
            continue
        if guardian and seg.sep == "for" and refined and index == 1 and len(segments) > 2:
            # "Photograph: Name for the Observer/Observer": the byline is "Name for the
            # Observer" when the supplier's credit follows it ("Photograph: Name for the
            # Guardian" alone is the photographer and the paper).
            refined[-1] = refined[-1]._replace(end=new.end)
            continue
        if seg.sep == "via":
            new = _Segment(new.start, new.end, new.sep, "org")
        elif byline and len(segments) > 1:
            # The Guardian's byline slot holds the creator; the rest is the supplier's line.
            role = new.role or ("person" if index == 0 else "org")
            new = _Segment(new.start, new.end, new.sep, role)
        if seg.sep == "," and refined and _SUFFIX.fullmatch(text, new.start, new.end):
            refined[-1] = refined[-1]._replace(end=new.end)  # "Greg E Mathieson, Sr"
            continue
        refined.extend(_split_hyphen(text, new))
    if not refined:
        return out
    # The photographer's slot after a wire's name: "REUTERS/Kham", "Xinhua/Str".
    if (
        not byline
        and len(refined) > 1
        and refined[1].sep == "/"
        and refined[1].role is None
        and is_known_org(text[refined[0].start : refined[0].end])
        and len(text[refined[1].start : refined[1].end].split()) == 1
        and not is_known_org(text[refined[1].start : refined[1].end])
        and not out.handout  # "REUTERS/SANA/Handout": the slot names who handed it out
        and not _ACRONYM.fullmatch(text, refined[1].start, refined[1].end)
    ):
        refined[1] = refined[1]._replace(role="person")  # "REUTERS/Kham", "Xinhua/Str"
    # A registry organisation in the line: the desk's photographer slot is beside it, and
    # desks write photographers in capitals ("EPA-EFE/IAN LANGSDON", "SAUL LOEB/AFP").
    desk = (
        capitals
        or bool(out.sources)
        or out.pool  # "JOHN SMITH/POOL": a pool names its photographer
        or out.handout
        or out.file
        or any(is_known_org(text[s.start : s.end]) for s in refined)
    )
    # "X for Y": a person for an outlet, or an organisation's assignment for a client.
    merged: list[_Segment] = []
    for seg in refined:
        if seg.sep == "for" and merged:
            left = merged[-1]
            if _is_person(text, left, capitals_desk=desk):
                merged.append(seg._replace(role="org"))
            else:
                merged[-1] = left._replace(end=seg.end, role="org")
            continue
        if byline and seg.sep == "," and len(merged) > 1:
            merged[-1] = merged[-1]._replace(end=seg.end)  # "Museum of Fine Arts, Boston"
            continue
        merged.append(seg)
    for seg in merged:
        body = text[seg.start : seg.end]
        if _is_person(text, seg, capitals_desk=desk):
            out.photographers.append(body)
        else:
            out.sources.append(body)
        if seg.sep == "via":
            out.distributor = body
    return out


@attrs.frozen(kw_only=True)
class _Found:
    """Where a credit sits in a text and how to read it."""

    start: int  # the credit's span, label and parentheses included
    end: int
    pieces: tuple[tuple[int, int], ...]  # stretches of segments (after labels)
    byline: bool = False
    prefix_org: tuple[int, int] | None = None  # "ST" of "ST PHOTO:"
    pool: bool = False  # "Pool photo by X"
    capitals: bool = False  # a label in capitals ("PHOTO:"): the credit is in capitals too


def _found_after_label(m: regex.Match[str], body_start: int, body_end: int) -> _Found:
    """The credit after a label match *m* ("Photograph:", "ST PHOTO:", "Pool photo by")."""
    org = m.span("org") if m.group("org") else None
    return _Found(
        start=m.start(),
        end=body_end,
        pieces=((body_start, body_end),),
        byline=bool(m.group("byline")),
        prefix_org=org,
        pool=bool(m.group("pool")),
        # After a label in capitals ("PHOTO:") or one that says who made the picture
        # ("Photo by"), capitals say nothing of the credit.
        capitals=m.group("label").isupper() or caseless(m.group("label")).rstrip().endswith("by"),
    )


#: Two letters in a row: a caption with words (whose case can be told), not only digits.
_CAPTION_LETTERS = regex.compile(r"\p{L}{2}")


def _build(text: str, found: _Found) -> PhotoCredit:
    parts = _Parts()
    if found.prefix_org is not None:
        parts.sources.append(text[found.prefix_org[0] : found.prefix_org[1]])
    segments: list[_Segment] = []
    for a, b in found.pieces:
        piece = _segments(text, a, b)
        if segments and piece:
            piece[0] = piece[0]._replace(sep=piece[0].sep or "/")
        segments.extend(piece)
    parts.pool = found.pool
    outside = text[: found.start] + "\n" + text[found.end :]
    # Capitals say nothing of a part when the whole caption is in capitals, or after a label
    # in capitals: the Straits Times writes every credit so ("PHOTO: JET CHEN", "PHOTO: THE
    # PONTIAC", "ST PHOTO: ELIZABETH LAW").
    capitals = found.capitals or (
        _CAPTION_LETTERS.search(outside) is not None and outside.isupper()
    )
    _read(text, segments, byline=found.byline, parts=parts, capitals=capitals)
    if len(outside) > 1:
        lowered = caseless(outside)
        # Every _CAPTION_FLAGS match holds "file", "handout", "pool" or "archiv"
        # (case-blind).
        matches = (
            _CAPTION_FLAGS.finditer(outside, timeout=REGEX_TIMEOUT)
            if "file" in lowered or "handout" in lowered or "pool" in lowered or "archiv" in lowered
            else ()
        )
        for m in matches:
            parts.file |= bool(m.group("file") or m.group("archive"))
            parts.handout |= bool(m.group("handout"))
            parts.pool |= bool(m.group("pool"))
    return PhotoCredit(
        photographers=tuple(parts.photographers),
        sources=tuple(parts.sources),
        distributor=parts.distributor,
        pool=parts.pool,
        handout=parts.handout,
        file=parts.file,
        courtesy=parts.courtesy,
        span=Span(found.start, found.end),
        text=text[found.start : found.end],
    )


# --------------------------------------------------------------------------------------------
# finding the credit
# --------------------------------------------------------------------------------------------


def _labelled(text: str, m: regex.Match[str], end: int) -> _Found | None:
    """A credit that opens with a label ("Photograph:", "PHOTO:", "Photo by") and runs to *end*."""
    body_start, body_end = _strip(text, m.end(), end)
    if body_start >= body_end:
        return None
    if not _valid_chain(
        text, body_start, body_end, strict=False, need_separator=False, first_exact_org=False
    ):
        return None
    return _found_after_label(m, body_start, body_end)


def _after_sentence(text: str, lo: int, pos: int) -> bool:
    """Whether *pos* opens the text or follows a sentence's end ("... Kabul. (Reuters)")."""
    before = text[max(lo, pos - 4) : pos].rstrip()
    return pos <= lo or not before or before[-1] in ".!?\n"


def _parenthesised(text: str, lo: int, end: int) -> _Found | None:
    """A credit in parentheses at the end: "(AP Photo/Evan Vucci, File)", "©X (Pool/AFP)"."""
    if end - lo < 3 or text[end - 1] != ")":
        return None
    opening = text.rfind("(", lo, end - 1)
    if opening < 0 or ")" in text[opening + 1 : end - 1]:
        return None
    inner_start, inner_end = _strip(text, opening + 1, end - 1)
    if inner_start >= inner_end:
        return None
    label = _label_at(text, inner_start, inner_end)
    pieces: list[tuple[int, int]] = []
    byline = pool = capitals = False
    if label is not None and label.end() < inner_end:
        body = _strip(text, label.end(), inner_end)
        if not _valid_chain(text, *body, strict=False, need_separator=False, first_exact_org=False):
            return None
        pieces.append(body)
        byline = bool(label.group("byline"))
        pool = bool(label.group("pool"))
        capitals = _found_after_label(label, *body).capitals
    else:
        segments = _segments(text, inner_start, inner_end)
        first = text[segments[0].start : segments[0].end] if segments else ""
        photo_org = _PHOTO_SUFFIX.search(first) is not None
        credit_like = (
            "/" in text[inner_start:inner_end]
            or any(s.sep == "via" for s in segments)
            or photo_org
            or (len(segments) == 1 and is_known_org(first) and _after_sentence(text, lo, opening))
        )
        if not credit_like or not _valid_chain(
            text, inner_start, inner_end, strict=False, need_separator=False, first_exact_org=False
        ):
            return None
        pieces.append((inner_start, inner_end))
    start = opening
    # "©Michel Euler (Pool/AFP)": the copyright holder written before the parentheses.
    holder = _COPYRIGHT_HOLDER.search(text, max(lo, opening - 80), opening, timeout=REGEX_TIMEOUT)
    if holder is not None:
        start = holder.start()
        pieces.insert(0, holder.span("name"))
    return _Found(
        start=start, end=end, pieces=tuple(pieces), byline=byline, pool=pool, capitals=capitals
    )


#: "©Dmitry Astakhov " just before a parenthesised credit.
_COPYRIGHT_HOLDER = regex.compile(
    r"""
    ©[\t\ ]*                                            # the copyright sign
    (?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[\t\ ]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,4})  # a name
    [\t\ ]*\Z                                           # right before "("
    """,
    regex.VERBOSE,
)


def _trailing(text: str, lo: int, end: int, *, text_start: int) -> _Found | None:
    """The credit that ends ``text[:end]``, searched for in ``text[lo:end]``."""
    found = _parenthesised(text, lo, end)
    if found is not None:
        return found
    candidates: list[_Found] = []
    folded = _folded(text, lo, end)
    if folded is None or any(word in folded for word in _LABEL_WORDS):
        for m in _labels(text, lo, end, folded):
            labelled = _labelled(text, m, end)
            if labelled is not None:
                candidates.append(labelled)
                break  # the earliest valid label gives the longest credit
    starts = [lo] if lo == text_start else []
    hopeless = _hopeless_before(text, lo, end)
    # Only a boundary ending after *hopeless* gives a start worth reading (a start is the
    # boundary's end moved over white space, and the word at *hopeless* is no white space).
    # When that word's first character is none _BOUNDARY matches, no boundary runs across
    # it, so the scan may begin there and finds the same boundaries after it.
    scan_from = hopeless if hopeless >= lo and text[hopeless] not in _BOUNDARY_CHARS else lo
    starts += [m.end() for m in _BOUNDARY.finditer(text, scan_from, end, timeout=REGEX_TIMEOUT)]
    for start in starts:
        a, b = _strip(text, start, end)
        if a <= hopeless:
            continue  # its words include one no strict credit has, or too many of them
        if a < b and _valid_chain(
            text, a, b, strict=True, need_separator=a > text_start, first_exact_org=False
        ):
            candidates.append(_Found(start=a, end=b, pieces=((a, b),)))
            break
    for m in _org_starts(text, lo, end, folded, hopeless):
        org = m.group("org")
        if not (org[:1].isupper() or org in LOWER_ORGS):
            continue
        a, b = m.start(), end
        if a <= hopeless:
            continue  # as above: _valid_chain(strict=True) would say no
        if _valid_chain(text, a, b, strict=True, need_separator=True, first_exact_org=True):
            candidates.append(_Found(start=a, end=b, pieces=((a, b),)))
            break
    if not candidates:
        return None
    return min(candidates, key=lambda f: f.start)


#: Characters that ``regex``'s IGNORECASE matches to an ASCII letter but :meth:`str.lower`
#: maps elsewhere (checked over every code point): the dotted and dotless i, the long s and
#: the Kelvin sign. With them mapped, ``lower()`` keeps every length, and a character matches
#: a letter of a label word or an organisation name case-blind only if it folds to the same.
_ASCII_FOLD_PAIRS = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))
_ASCII_FOLD = str.maketrans(dict(_ASCII_FOLD_PAIRS))

#: Words one of which every _LABEL match contains (lower-case): "photo", "pictures", "pics",
#: "image", "credit", "graphic", "illustration", "composite"; a text with none has no label.
_LABEL_WORDS = (
    "photo", "pic", "image", "credit", "graphic", "illustration", "composite", "foto",
)  # fmt: skip


def caseless(text: str) -> str:
    """Return *text* lower-cased to the same length, for case-blind ``in`` tests.

    ``word in caseless(text)`` holds for any ASCII *word* that a case-blind (``regex``
    IGNORECASE) pattern finds in *text*.

    >>> caseless("REUTERS/Kım")
    'reuters/kim'
    """
    if text.isascii():  # no character of _ASCII_FOLD: lower() alone (much faster)
        return text.lower()
    # What ``text.translate(_ASCII_FOLD)`` gives, in C: ``str.translate`` with a table runs
    # in C only over ASCII text and looks up every other character one at a time (a
    # ``KeyError`` raised and caught per letter of wire copy with curly quotes).
    for char, letter in _ASCII_FOLD_PAIRS:
        if char in text:
            text = text.replace(char, letter)
    return text.lower()


#: The longest publisher name that may stand before a label ("ST PHOTO:"): see _LABEL.
_LONGEST_LABEL_ORG = max(len(n) for n in PHOTO_ORGS if n.isupper() and len(n) <= 6)


def _labels(text: str, lo: int, end: int, folded: str | None) -> Iterator[regex.Match[str]]:
    """``_LABEL.finditer(text, lo, end)``, trying only where a label can begin.

    A label opens with one of ``_LABEL_WORDS`` or "pool" (folded), or with a publisher's
    name of at most ``_LONGEST_LABEL_ORG`` characters and white space before such a word.
    A scan finds, from where it stands, the match at the first position where the pattern
    matches; so trying those positions in order, each from the end of the last match on,
    gives the same matches.
    """
    if folded is None:
        yield from _LABEL.finditer(text, lo, end, timeout=REGEX_TIMEOUT)
        return
    positions: set[int] = set()
    for word in (*_LABEL_WORDS, "pool"):
        for found in find_all(folded, word):
            positions.update(reach_back(text, lo + found, lo, _LONGEST_LABEL_ORG))
    yield from matches_at(_LABEL, text, positions, end)


def _folded(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` lower-cased so that ``in`` finds whatever ``(?i:...)`` matches.

    ``None`` when the folding would change the length (never for the table above; a guard).
    """
    folded = caseless(text[start:end])
    return folded if len(folded) == end - start else None


def _hopeless_before(text: str, lo: int, end: int) -> int:
    """A position at or before which no strict credit running to *end* can start.

    :func:`_valid_chain` with ``strict=True`` refuses a stretch if any of its words fails
    :func:`_valid_word` or if it has more than 30 words. The words of ``text[a:end]`` include
    every word of ``text[lo:end]`` that starts at or after *a* (tokenising from *a* only may
    cut the first word short; after it the two tokenisations agree), so a start *a* at or
    before such a word, or before the 31st word from the end, is refused: returns the
    larger of the two positions (the first met reading words backwards), or ``lo - 1``.
    """
    count = 0
    # No timeout: a character-class run or one character, linear on any input; read
    # backwards, a maximal run is the same run as read forwards.
    for m in _TOKEN_BACKWARDS.finditer(text, lo, end):
        word = m.group()
        if word in _SEPARATORS:
            continue
        count += 1
        if count > _MAX_STRICT_WORDS or not _valid_word(word, strict=True):
            return m.start()
    return lo - 1


#: _TOKEN read from the end backwards (the same tokens, last first).
_TOKEN_BACKWARDS = regex.compile(r"(?r)[^\s/,|]+|[/,|]")


#: The most words a strict (unlabelled) credit line may have (see :func:`_valid_chain`).
_MAX_STRICT_WORDS = 30

#: The names _ORG_START matches, folded as :func:`_folded` folds text, and their lengths.
_FOLDED_ORGS = frozenset(
    name.translate(_ASCII_FOLD).lower() for name in {*PHOTO_ORGS, *AGENCY_ALIASES}
)
_ORG_LENGTHS = sorted({len(name) for name in _FOLDED_ORGS})
#: The longest organisation name _ORG_START can match (its match is this long at most).
_LONGEST_ORG = _ORG_LENGTHS[-1]


#: The lengths of the folded names, by their last character.
_ORG_LENGTHS_BY_LAST: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({len(name) for name in _FOLDED_ORGS if name[-1] == last}))
    for last in {name[-1] for name in _FOLDED_ORGS}
}


def _org_ends_at(folded: str, stop: int) -> bool:
    """Whether some organisation name could end at ``folded[stop]`` (a case-blind match does)."""
    if stop <= 0:
        return False
    return any(
        folded[stop - size : stop] in _FOLDED_ORGS
        for size in _ORG_LENGTHS_BY_LAST.get(folded[stop - 1], ())
        if size <= stop
    )


def _org_starts(
    text: str, lo: int, end: int, folded: str | None, hopeless: int
) -> Iterator[regex.Match[str]]:
    r"""``_ORG_START.finditer(text, lo, end)``, scanning only next to a "/" or a "via".

    Every match ends where ``[\t ]*/`` or ``[\t ]+via[\t ]`` follows, so it lies within
    ``_LONGEST_ORG`` characters before the spaces before such an anchor; the scan runs over
    those windows only (merged where they overlap). A match from the whole scan lies in one
    window, and its look-ahead ends inside it, so each window yields exactly the matches
    the whole scan finds there; the look-behind sees text before the window as before.
    Windows in which every match would start at or before *hopeless* are skipped, and so are
    windows with no anchor that an organisation name (folded) ends right before.
    """
    if folded is None:
        yield from _ORG_START.finditer(text, lo, end, timeout=REGEX_TIMEOUT)
        return
    windows: list[tuple[int, int, int, int]] = []  # window start and stop, anchor span
    for anchor, size, spaced in (("/", 1, False), ("via", 4, True)):
        for found in find_all(folded, anchor):
            at = lo + found
            left = at
            while left > lo and text[left - 1] in "\t ":
                left -= 1
            if left < at or not spaced:
                windows.append((max(lo, left - _LONGEST_ORG), min(end, at + size), left, at))
    windows.sort()
    merged: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, stop, left, at in windows:
        if merged and start < merged[-1][1]:
            first, last, anchors = merged[-1]
            anchors.append((left, at))
            merged[-1] = (first, max(last, stop), anchors)
        else:
            merged.append((start, stop, [(left, at)]))
    for start, stop, anchors in merged:
        if stop - 1 <= hopeless:
            continue  # every match would start at or before it
        if not any(
            _org_ends_at(folded, position - lo)
            for left, at in anchors
            for position in range(left, at + 1)
        ):
            continue  # no name ends before any of its anchors: no match in it
        yield from _ORG_START.finditer(text, start, stop, timeout=REGEX_TIMEOUT)


def _leading(text: str, start: int, end: int) -> _Found | None:
    """A credit that opens the text: "Image copyright X Image caption ...", "Photograph: X"."""
    m = _label_at(text, start, end)
    if m is None:
        return None
    stop = text.find("\n", m.end(), end)
    stop = end if stop < 0 else stop
    caption = (  # BBC's label, written as such ("Image" with its capital)
        _IMAGE_CAPTION.search(text, m.end(), stop, timeout=REGEX_TIMEOUT)
        if text.find("Image", m.end(), stop) >= 0
        else None
    )
    if caption is not None:
        stop = caption.start()
    return _labelled(text, m, stop)


def find_photo_credit(text: str) -> PhotoCredit | None:
    """Find the credit of a caption: at its end, in parentheses, after a label, or leading.

    The same as :func:`parse_photo_credit`; the name says that the credit may sit inside a
    longer caption.

    >>> find_photo_credit("Airbnb CEO Brian Chesky. REUTERS/Mike Segar").span
    Span(start=25, end=43)
    """
    require_str(text)
    start, end = _strip(text, 0, len(text))
    if start >= end:
        return None
    if not text.isascii():
        # Korean, Chinese and Japanese captions write credits of their own forms.
        cjk = cjk_credit(text, start, end, is_known_org)
        if cjk is not None:
            return cjk
    head_end = min(end, start + _WINDOW)
    found = _leading(text, start, head_end)
    if found is None:
        # The Guardian's one-line "Photograph: <byline>/<supplier's credit>" is a credit as a
        # whole, whatever words it holds ("Photograph: Hugo Ortu o Su rez/Demotix/Corbis").
        line = _labelled_line(text, start, end)
        found = line if line is not None and line.byline else None
    if found is None or (found.end < end and _IMAGE_CAPTION.match(text, found.end) is None):
        stop = _credit_stop(text, start, end)
        trailing = _trailing(text, max(start, stop - _WINDOW), stop, text_start=start)
        if trailing is not None:
            found = trailing
    if found is None:
        found = _labelled_line(text, start, end)
    return None if found is None else _build(text, found)


#: A slash and the token after it, as :data:`_TOKEN` reads it (empty when none follows).
_SLASH_TOKEN = regex.compile(r"/([^\s/,|]*)")


def slash_in_no_credit(text: str) -> bool:
    """Whether no credit :func:`find_photo_credit` can find in *text* holds a slash.

    True when *text* is ASCII (no Korean, Chinese or Japanese form), holds no label word
    (every label holds one of ``_LABEL_WORDS``, "photo" or "pictures" among them), does not
    end in ")" (no parenthesised credit, no Reuters tags group) and holds no "TPX" or
    "SEARCH" (no desk tag ends the credit early), and every slash in it is followed at once
    by a token no strict credit holds ("1-1/16", "1986/87", "5/8."; see
    :func:`_valid_word`). Then the credit can only be an unlabelled chain read strictly,
    running to the end of *text*: one that holds a slash also holds the token after it,
    and is refused. Wire copy's fractions and seasons ("1986/87 budget") are such slashes.

    >>> slash_in_no_credit("Issue price is 100-5/8. Lead manager is the bank.")
    True
    >>> slash_in_no_credit("Fans cheer. REUTERS/Gleb Garanich")
    False
    """
    if (
        not text.isascii()
        or text.rstrip(" \t\n\r\u00a0").endswith(")")
        or "TPX" in text
        or "SEARCH" in text
    ):
        return False
    lowered = text.lower()
    if any(map(lowered.__contains__, _LABEL_WORDS)) or "pool" in lowered:
        return False
    # No timeout: a literal and one character-class run, linear on any input.
    return all(m[1] and not _valid_word(m[1], strict=True) for m in _SLASH_TOKEN.finditer(text))


def _credit_stop(text: str, start: int, end: int) -> int:
    """Where a trailing credit of ``text[start:end]`` may end: before Reuters' tags.

    Reuters pictures of 2008-2015 end "... REUTERS/Name (KENYA - Tags: POLITICS)"; later ones
    "... REUTERS/Name TPX IMAGES OF THE DAY" (see _DESK_TAG).
    """
    tags = _tags_group(text, start, end)
    stop = _strip(text, start, tags.start())[1] if tags is not None else end
    lo = max(start, stop - 240)
    if "TPX" not in text[lo:stop] and "SEARCH" not in text[lo:stop]:
        return stop  # every _DESK_TAG match that is not empty holds one of them
    tag = _DESK_TAG.search(text, lo, stop, timeout=REGEX_TIMEOUT)
    if tag is not None and tag.start() < stop:
        stop = _strip(text, start, tag.start())[1]
    return stop


def _tags_group(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_TAGS.search`` over the last ``_WINDOW`` characters of ``text[start:end]`` (stripped).

    _TAGS ends in ")" and tabs or spaces, which :func:`_strip` took off: a text that does not
    end in ")" holds no tags group, and most captions do not.
    """
    if text[end - 1] != ")":
        return None
    return _TAGS.search(text, max(start, end - _WINDOW), end, timeout=REGEX_TIMEOUT)


def _labelled_line(text: str, start: int, end: int) -> _Found | None:
    """A one-line text that opens with a credit label is a credit line, whatever follows it.

    The Guardian credits a title card or a museum as written ("Photograph: Countdown: Do
    Yourself a Favour/ABC TV"): words a caption test would reject are the credit here.
    """
    if end - start > _WINDOW or "\n" in text[start:end]:
        return None
    m = _label_at(text, start, end)
    if m is None or not m.group("label").rstrip().endswith((":", ",")):
        return None
    body_start, body_end = _strip(text, m.end(), end)
    if body_start >= body_end or len(text[body_start:body_end].split()) > 36:
        return None
    return _found_after_label(m, body_start, body_end)


def parse_photo_credit(text: str) -> PhotoCredit | None:
    """Parse a photo credit line, alone or at the end (or start) of a caption.

    People are told from organisations with the agency registry, a table of photo agencies
    and publishers, and the line's structure; every name returned is a substring of *text*.
    When the credit ends a caption, the caption's own "FILE PHOTO:" or "handout photo"
    wording sets the flags too.

    >>> c = parse_photo_credit("Yuri Kochetkov/Pool via REUTERS")
    >>> c.photographers, c.sources, c.distributor, c.pool
    (('Yuri Kochetkov',), ('REUTERS',), 'REUTERS', True)
    >>> parse_photo_credit("(AP Photo/Evan Vucci, File)").file
    True
    >>> parse_photo_credit("Photograph: Alex Wong/Getty Images").sources
    ('Getty Images',)
    >>> parse_photo_credit("The minister spoke on Tuesday.") is None
    True
    """
    return find_photo_credit(text)


# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------


def render_photo_credit(credit: PhotoCredit) -> str:
    """Render a credit in the canonical "Name/Org/Pool via Distributor/File Photo" form.

    Photographers come first, then the organisations other than the distributor, then the
    flags, then "via" the distributor; :func:`parse_photo_credit` reads the result back to the
    same people, organisations and flags.

    >>> c = parse_photo_credit("Yuri Kochetkov/Pool via REUTERS")
    >>> render_photo_credit(c)
    'Yuri Kochetkov/Pool via REUTERS'
    """
    if not isinstance(credit, PhotoCredit):
        raise TypeError(f"credit must be a PhotoCredit, not {type(credit).__name__}")
    sources = list(credit.sources)
    if credit.distributor is not None and credit.distributor in sources:
        del sources[len(sources) - 1 - sources[::-1].index(credit.distributor)]
    if credit.courtesy and sources:
        sources[0] = f"Courtesy of {sources[0]}"
    head = [*credit.photographers, *sources]
    if credit.handout:
        head.append("Handout")
    if credit.pool:
        head.append("Pool")
    line = "/".join(head)
    if credit.distributor is not None:
        line = f"{line} via {credit.distributor}" if line else f"via {credit.distributor}"
    if credit.file:
        line = f"{line}/File Photo" if line else "File Photo"
    return line


# --------------------------------------------------------------------------------------------
# captions
# --------------------------------------------------------------------------------------------

_CAP = r"\p{Lu}[\p{L}\p{M}.'’\-]*"
_PLACE_WORDS = rf"{_CAP}(?:[\t\ ]+(?:{_CAP}|of|de|del|la|el|du|am|upon|on-\p{{Lu}}\p{{L}}*))*"

#: A date as captions write it: "April 28, 2021", "Jan. 5", "28 April 2021".
_CAPTION_DATE = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?:
        (?P<month>\L<months>)\.?[\t\ ]+(?P<day>\d{1,2})(?!\d)   # "April 28", "Sept. 1"
        (?:(?:st|nd|rd|th)\b)?
        (?:,?[\t\ ]+(?P<year>(?:19|20)\d\d)(?!\d))?    # ", 2021"
      | (?P<day2>\d{1,2})[\t\ ]+(?P<month2>\L<months>)\.?  # "28 April"
        (?:,?[\t\ ]+(?P<year2>(?:19|20)\d\d)(?!\d))?    # " 2021"
    )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=MONTHS,
)

#: The place right before a caption's date: "in Moscow, Russia " + date.
_PLACE_BEFORE = regex.compile(
    rf"""
    (?:
        (?<![\p{{L}}])(?P<opener>in|at)[\t\ ]+            # "in Moscow", "at Old Trafford"
        (?:the[\t\ ]+(?:city|town|village)[\t\ ]+of[\t\ ]+)?   # "in the city of Mosul"
      | ,[\t\ ]+                                        # ", Liverpool, Britain, May 14"
      | [-–—][\t\ ]+                                     # "- Old Trafford, Manchester, Britain -"
      | (?P<line>^[\t\ ]*)                              # "Liverpool, Britain, May 14, 2020."
    )
    (?P<city>{_PLACE_WORDS})                            # the city
    (?:,[\t\ ]*(?P<second>{_PLACE_WORDS}))?             # ", Calif." / ", Russia"
    (?:,[\t\ ]*(?P<third>{_PLACE_WORDS}))?              # ", U.S."
    (?:,?[\t\ ]+|[\t\ ]+[-–—][\t\ ]+)                # the gap before the date
    (?:(?:on[\t\ ]+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[\t\ ]+)?
    (?:on[\t\ ]+)?                                      # "on April 15"
    \Z
    """,
    regex.VERBOSE | regex.MULTILINE,
)

#: The place right after a caption's date (AP: "..., May 15, 2020, in Baltimore").
_PLACE_AFTER = regex.compile(
    rf"""
    ,?[\t\ ]+in[\t\ ]+
    (?P<city>{_PLACE_WORDS})
    (?:,[\t\ ]*(?P<second>{_PLACE_WORDS}))?
    (?:,[\t\ ]*(?P<third>{_PLACE_WORDS}))?
    """,
    regex.VERBOSE,
)

#: AP's state abbreviations, whose full stop belongs to the word ("Fremont, Calif.").
_STATEABBREVIATIONS = frozenset(
    ("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
     "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
     "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Vt.", "Va.", "Wash.", "Wis.", "Wyo.", "NY.")
)  # fmt: skip
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
_WEEKDAYS = frozenset(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)


#: A run of digits (where a caption date's day may begin).
_DIGIT_RUN = regex.compile(r"\d+")
#: The longest month word and its full stop: a month-first date starts this close before
#: the white space before its day.
_MONTH_REACH = max(len(month) for month in MONTHS) + 1


def _caption_dates(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``_CAPTION_DATE.finditer(text, start, end)``, trying only where a date can begin.

    A date's day opens a run of digits; a day-first date starts there, a month-first one
    within ``_MONTH_REACH`` characters before the white space before it. Tried in order,
    each from the end of the last match on, those positions give the scan's matches.
    """
    positions: set[int] = set()
    # No timeout: a character-class run, linear on any input.
    for digits in _DIGIT_RUN.finditer(text, start, end):
        at = digits.start()
        positions.add(at)
        left = at
        while left > start and text[left - 1] in "\t ":
            left -= 1
        if left < at:
            # Of the positions reach_back() gives, only a word's start can open a month
            # (_MONTH_OPENING): one scan in C instead of a match tried at each.
            lo = max(start, left - _MONTH_REACH)
            positions.update(m.start() for m in _MONTH_OPENING.finditer(text, lo, left))
    yield from matches_at(_CAPTION_DATE, text, positions, end)


#: Where _CAPTION_DATE's month-first form can begin: its look-behind wants no letter or
#: digit before, and a month (ASCII letters, matched case-blind, so a few other letters
#: such as the long s) opens with a letter. The test is ASCII-only and lets every other
#: character pass (``\p{L}`` and ``str.isalpha`` need not agree outside ASCII), so it
#: keeps every position where the pattern can match.
_MONTH_OPENING = regex.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]|[^\x00-\x7f])")


def _caption_date(text: str, start: int, end: int) -> DatelineDate | None:
    for m in _caption_dates(text, start, end):
        month_word = m.group("month") or m.group("month2")
        day = int(m.group("day") or m.group("day2"))
        year_text = m.group("year") or m.group("year2")
        month = MONTH_NUMBERS[month_word.casefold().rstrip(".")]
        if not 1 <= day <= 31 or (month_word.casefold() == "may" and month_word[0].islower()):
            continue
        return DatelineDate(
            month=month,
            day=day,
            year=int(year_text) if year_text else None,
            text=m.group(),
            span=Span(m.start(), m.end()),
        )
    return None


def _date_word(name: str) -> bool:
    """Whether a place part is the start of a date: a weekday or a month ("Moscow, April 28")."""
    word = "".join(itertools.takewhile(str.isalpha, name.lstrip()))  # "April's" -> "April"
    return name in _WEEKDAYS or word.casefold() in MONTH_NUMBERS


def _place(m: regex.Match[str]) -> Place | None:
    text = m.string
    parts = [list(m.span(g)) for g in ("city", "second", "third") if m.group(g)]
    while parts and _date_word(text[parts[-1][0] : parts[-1][1]]):
        parts.pop()  # "Pimlico Race Course, Friday, May 15": the weekday is the date's
    if not parts or ("line" in m.re.groupindex and m.group("line") is not None and len(parts) < 2):
        return None  # a line's first words alone ("By Jan. 5") are no place
    last = text[parts[-1][0] : parts[-1][1]].split()[-1]
    if last.endswith(".") and last not in _STATEABBREVIATIONS and not _INITIALS.fullmatch(last):
        parts[-1][1] -= 1  # "..., in Baltimore." ends the sentence; "Calif." keeps its stop
    names = [text[a:b] for a, b in parts]
    city = names[0]
    region: str | None = None
    country: str | None = None
    if len(names) == 3:
        region, country = names[1], names[2]
    elif len(names) == 2:
        # "Moscow, Russia" / "Fremont, Calif.": the place table says which ("Georgia" both).
        if qualifier_slot(city, names[1]) == "region":
            region = names[1]
        else:
            country = names[1]
    start, end = parts[0][0], parts[-1][1]
    return coded_place(text, start, end, city=city, region=region, country=country)


#: What a _PLACE_BEFORE match can start with: its openers ("in", "at", a comma, a dash)
#: or, for a line's first words, a line break before it.
_PLACE_OPENERS = ("in", "at", ",", "-", "–", "—", *"\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


#: The lower-case words a _PLACE_BEFORE match read from a line's start may hold: the
#: place words' connectors ("Isle of Man", "Rio de Janeiro") and "on" before the date.
_PLACE_LOWER_WORDS = frozenset(("of", "de", "del", "la", "el", "du", "am", "upon", "on"))
_WEEKDAY_KEYS = frozenset(day.casefold() for day in _WEEKDAYS)


def _line_place_may(text: str, lo: int, end: int) -> bool:
    r"""Whether _PLACE_BEFORE may match at *lo* (only a line's start or an opener can open it).

    From a line's start the match reads ``text[lo:end]`` whole: capitalised place words,
    their connectors, commas, a spaced dash, a weekday and "on". A word (between white space
    and commas) of any other shape rules it out: an ASCII one that opens with no capital,
    is no connector, no "on-..." place word, no weekday and no dash ("Lavrov speaks during
    a meeting in Moscow, Russia": "speaks"). Words that open with another character are
    left to the pattern (``\p{Lu}`` and :meth:`str.isupper` need not agree outside ASCII).
    """
    if text.startswith(_PLACE_OPENER_WORDS, lo) or not (lo == 0 or text[lo - 1] in _BREAKS):
        return text.startswith(_PLACE_OPENER_WORDS, lo)  # ^ matches nowhere else
    for word in text[lo:end].replace(",", " ").split():
        first = word[0]
        if (
            not first.isascii()
            or "A" <= first <= "Z"
            or word in _PLACE_LOWER_WORDS
            or word.startswith("on-")
            or word == "-"
            or word.casefold() in _WEEKDAY_KEYS
        ):
            continue
        return False
    return True


#: What a _PLACE_BEFORE match opens with when it does not open at a line's start.
_PLACE_OPENER_WORDS = ("in", "at", ",", "-", "–", "—")

#: Any of _PLACE_OPENERS (literals).
_OPENER_SCAN = regex.compile("|".join(regex.escape(opener) for opener in _PLACE_OPENERS))


def _place_before(text: str, lo: int, end: int) -> regex.Match[str] | None:
    """``_PLACE_BEFORE.search(text, lo, end)``, trying only where a match can begin.

    A search returns the match at the first position where the pattern matches; a match
    opens with one of ``_PLACE_OPENERS`` or at a line's start (*lo*, or after a break),
    so trying those positions in order gives the same match.
    """
    # At *lo* itself a match opens with an opener (found by the scan below) or at a line's
    # start, where the whole stretch up to the date must read as a place (_line_place_may).
    positions = {lo} if lo >= end or _line_place_may(text, lo, end) else set()
    # One scan for all openers (none overlaps another or itself: the same offsets as a
    # str.find loop per opener). No timeout: an alternation of literals, linear.
    for m in _OPENER_SCAN.finditer(text, lo, end):
        found = m.start()
        opener = m.group()
        if opener in _BREAKS:
            positions.add(found + 1)
        elif len(opener) == 1 or (
            # "in"/"at" opens no word's middle (the look-behind) and spaces follow
            not (found and text[found - 1].isalpha()) and text[found + 2 : found + 3] in {"\t", " "}
        ):
            positions.add(found)
    tried = (position for position in positions if position < end or position == lo)
    return next(matches_at(_PLACE_BEFORE, text, tried, end), None)


#: Line breaks (after which ``^`` matches).
_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


#: Furniture that opens a caption before its text: EPA's picture number ("epa07670048 ...")
#: and dpa's archive flag ("ARCHIV - ").
_CAPTION_FURNITURE = regex.compile(
    r"""
    (?:epaselect[\t\ ]+)?                                # EPA's pick of the day
    (?:epa\d{8}[\t\ ]+)?                                 # EPA: "epa07670048 Supporters ..."
    (?:ARCHIV[\t\ ]*[-–][\t\ ]*)?                          # dpa: "ARCHIV - "
    """,
    regex.VERBOSE,
)

#: dpa's caption head: "07.12.2019, USA, Newport News: ..." (date, country or state, place).
_DPA_HEAD = regex.compile(
    r"""
    (?P<date>(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d))   # "07.12.2019"
    ,[\t\ ]*(?P<first>\p{Lu}[^,:\n]{0,40}?)                # "USA", "Berlin", "Bayern"
    (?:,[\t\ ]*(?P<second>\p{Lu}[^,:\n]{0,40}?))?         # "Newport News"
    [\t\ ]*:[\t\ ]                                        # the colon before the text
    """,
    regex.VERBOSE,
)


def _dpa_caption(text: str, start: int, end: int) -> Caption | None:
    """A caption in dpa's form: "07.12.2019, USA, Newport News: Ein Schiff ..."."""
    m = _DPA_HEAD.match(text, start, end, timeout=REGEX_TIMEOUT)
    if m is None or not (1 <= int(m.group("month")) <= 12 and 1 <= int(m.group("day")) <= 31):
        return None
    date = DatelineDate(
        month=int(m.group("month")),
        day=int(m.group("day")),
        year=int(m.group("year")),
        text=m.group("date"),
        span=Span(*m.span("date")),
    )
    first, second = m.group("first"), m.group("second")
    if second is None:
        place = coded_place(text, *m.span("first"), city=first)
    else:  # the country (or a German state) first, then the place
        slot = qualifier_slot(second, first)
        place = coded_place(
            text,
            m.start("first"),
            m.end("second"),
            city=second,
            region=first if slot == "region" else None,
            country=first if slot == "country" else None,
        )
    return Caption(text=text[start:end], span=Span(start, end), place=place, date=date)


def _caption(text: str, start: int, end: int) -> Caption:
    dpa = _dpa_caption(text, start, end)
    if dpa is not None:
        return dpa
    date = _caption_date(text, start, end)
    place: Place | None = None
    if date is not None:
        lo = max(start, date.span.start - 160)
        before = _place_before(text, lo, date.span.start)
        after = _PLACE_AFTER.match(text, date.span.end, end, timeout=REGEX_TIMEOUT)
        # "in Moscow, Russia April 28" first; AP's "..., May 15, 2020, in Baltimore" names the
        # city after the date, so a venue before it ("at Pimlico Race Course") comes last.
        if before is not None and before.group("opener") == "in":
            place = _place(before)
        if place is None and after is not None:
            place = _place(after)
        if place is None and before is not None:
            place = _place(before)
    return Caption(text=text[start:end], span=Span(start, end), place=place, date=date)


def caption_bounds(text: str, credit: PhotoCredit | None) -> Span | None:
    """Where the caption beside *credit* (found in *text*) sits in *text*, if anywhere.

    Without a credit the whole text is the caption; a leading credit has the caption after
    it (after BBC's "Image caption" label if any), a trailing one before it.

    >>> text = "Fans cheer. REUTERS/Gleb Garanich"
    >>> caption_bounds(text, find_photo_credit(text))
    Span(start=0, end=11)
    """
    start, end = _strip(text, 0, len(text))
    if start >= end:
        return None
    if credit is None:
        return Span(start, end)
    if credit.span.start - start <= _credit_stop(text, start, end) - credit.span.end:
        after = credit.span.end
        label = _IMAGE_CAPTION.match(text, after, end, timeout=REGEX_TIMEOUT)
        a, b = _strip(text, label.end() if label is not None else after, end)
    else:
        a, b = _strip(text, start, credit.span.start)
    if a < b:
        # EPA's picture number and dpa's "ARCHIV - " open the text, not the caption.
        furniture = _CAPTION_FURNITURE.match(text, a, b, timeout=REGEX_TIMEOUT)
        if furniture is not None:  # always (the pattern matches the empty string)
            a = _strip(text, furniture.end(), b)[0]
    return Span(a, b) if a < b else None


def caption_photo(text: str, credit: PhotoCredit | None) -> Photo | None:
    """The :class:`~wirestory.Photo` of *text* given its credit (from :func:`find_photo_credit`).

    :func:`parse_caption` is ``caption_photo(text, find_photo_credit(text))``; a caller that
    found the credit already saves finding it again.

    >>> text = "Fans cheer. REUTERS/Gleb Garanich"
    >>> caption_photo(text, find_photo_credit(text)).caption.text
    'Fans cheer.'
    """
    start, end = _strip(text, 0, len(text))
    if start >= end:
        return None
    bounds = caption_bounds(text, credit)
    caption = None if bounds is None else _caption(text, bounds.start, bounds.end)
    return Photo(caption=caption, credit=credit, span=Span(start, end), text=text[start:end])


def parse_caption(text: str) -> Photo | None:
    """Split a caption from its credit, with the place and date the caption states.

    >>> p = parse_caption(
    ...     "Lavrov speaks in Moscow, Russia April 28, 2021. Yuri Kochetkov/Pool via REUTERS"
    ... )
    >>> p.caption.text, p.credit.text
    ('Lavrov speaks in Moscow, Russia April 28, 2021.', 'Yuri Kochetkov/Pool via REUTERS')
    >>> p.caption.place.city, p.caption.place.country, p.caption.date.day
    ('Moscow', 'Russia', 28)
    """
    require_str(text)
    start, end = _strip(text, 0, len(text))
    if start >= end:
        return None
    return caption_photo(text, find_photo_credit(text))
