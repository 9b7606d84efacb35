"""The mention table of a story: its people and organisations, built once per text.

Wire style introduces a person once with a title or an appositive and refers back with a
description ("Governor Ned Lamont" ... "the governor"; "his spokeswoman, Kira Yarmysh" ...
"his spokeswoman"; "the country's monarch, King Abdullah II"), and introduces an
organisation once with its acronym ("The International Ski Federation (FIS)" ... "the FIS").
:func:`mention_table` reads those introductions from the whole text in one pass over its
capitalised runs, so that the speaker resolver (:mod:`wirestory._speakers`) can look a
description up instead of guessing:

- ``roles``: each person's role nouns, from a title before the name ("Prime Minister Ana
  Holt"), a lower-case role before it ("spokeswoman Kira Yarmysh"), or an appositive before or
  after it ("the mayor, Maria Lind", "Maria Lind, the mayor of Uppsala");
- ``acronyms``: the acronyms the text defines, "Office for Budget and Planning (OBP)";
- ``orgs``: organisation names in text order, the expansion of each defined acronym too;
- ``persons``: person mentions in text order (possessives included: "Coogle's family"), for
  pronouns, never a title, a headline or title-case line, a work title in quote marks, a
  dateline run on a name ("Lee Min-ji SEOUL") or a place.

Every search is bounded (a fixed window around one run), so the table is linear in the text.
"""

from __future__ import annotations

import bisect
import functools
import operator
from typing import NamedTuple

import regex

from wirestory._agencies import lookup_agency
from wirestory._furniture import RELATED_WORDS
from wirestory._places import is_known_city, region_code

__all__ = ["MentionTable", "Role", "mention_table", "role_words"]

#: Lower-case role nouns a description can be headed by, beyond ``PERSON_NOUNS``: the titles
#: that also name a role ("the prime minister", "the mayor", "the coach").
_EXTRA_ROLES: frozenset[str] = frozenset(
    {"mayor", "governor", "senator", "minister", "premier", "monarch", "king", "queen",
     "chancellor", "president", "spokeswoman", "spokesman", "spokesperson", "chairman",
     "chairwoman", "chair", "director", "secretary", "commissioner", "judge", "coach",
     "manager", "captain", "researcher", "physician", "doctor", "surgeon", "nurse",
     "epidemiologist", "official", "envoy", "ambassador", "chief", "head", "leader", "emir",
     "sheikh", "pope", "prince", "princess", "cardinal", "bishop", "general", "commander",
     "prosecutor", "lawyer", "attorney", "ceo", "founder", "owner", "professor", "economist",
     "analyst", "adviser", "advisor", "deputy", "lawmaker", "legislator", "mp", "cleaner",
     "teacher", "principal", "headteacher", "student", "actor", "actress", "singer",
     "player", "athlete", "jumper", "runner", "skier", "host", "presenter", "farmer",
     "driver", "pilot", "artist", "photographer", "novelist", "poet", "composer", "comedian",
     "rapper", "musician", "designer", "producer", "journalist", "reporter", "filmmaker",
     "entrepreneur", "billionaire", "businessman", "businesswoman", "investor", "banker",
     "climber", "swimmer", "cyclist", "golfer", "boxer", "striker", "goalkeeper",
     "midfielder", "defender", "quarterback", "pitcher", "jockey", "dancer", "chef",
     "sister", "brother", "wife", "husband", "son", "daughter", "widow", "aunt", "uncle",
     "cousin", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather"}
)  # fmt: skip

#: Nationality nouns that stand for a person already named ("the Belgian said", "the
#: Spaniard won"): sports and foreign copy refer back to a player or visitor this way. No
#: library lists demonyms (CLDR and ISO 3166 do not), so the common ones are listed here.
DEMONYMS: frozenset[str] = frozenset(
    {"american", "argentine", "argentinian", "australian", "austrian", "belgian", "brazilian",
     "briton", "bulgarian", "canadian", "chilean", "chinese", "colombian", "croat", "czech",
     "dane", "dutchman", "dutchwoman", "egyptian", "englishman", "estonian", "ethiopian",
     "filipino", "finn", "frenchman", "frenchwoman", "georgian", "german", "ghanaian", "greek",
     "hungarian", "indian", "indonesian", "iranian", "iraqi", "irishman", "israeli", "italian",
     "jamaican", "japanese", "kenyan", "korean", "latvian", "lithuanian", "malaysian",
     "mexican", "moroccan", "nigerian", "norwegian", "pakistani", "palestinian", "pole",
     "portuguese", "romanian", "russian", "saudi", "scot", "serb", "slovak", "slovenian",
     "spaniard", "swede", "swiss", "syrian", "thai", "turk", "ukrainian", "uruguayan",
     "venezuelan", "vietnamese", "welshman"}
)  # fmt: skip

#: Role nouns that stand for any head of a state or government: "the Romanian leader" is the
#: person the story called "Romanian Prime Minister Ana Holt" or "President X".
LEADER_ROLES: frozenset[str] = frozenset(
    {"president", "minister", "premier", "chancellor", "king", "queen", "monarch", "emir",
     "leader", "sheikh", "sultan", "prince"}
)  # fmt: skip

#: Determiners and possessives that open a description ("the mayor", "his spokeswoman").
_OPENERS: frozenset[str] = frozenset({"the", "a", "an", "his", "her", "its", "their"})

#: Words that end a description's head: what follows is its post-modifier ("the mayor of
#: Uppsala", "a researcher at Human Rights Watch").
_POST: frozenset[str] = frozenset(
    {"of", "for", "at", "in", "with", "from", "to", "on", "who", "whose", "which", "that"}
)

#: Month and day names: a capitalised run cut before one ("Spain May" is Spain, then a date).
_DATES: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip

#: Pronouns that end a capitalised run: "U.S. He said" is "U.S.", then a new sentence.
_RUN_PRONOUNS: frozenset[str] = frozenset({"he", "she", "it", "we", "they", "i", "you"})

#: Capitalised words that open a sentence, not a name: "See Sexton", "Neither Donald Trump",
#: "Besides Centerview", "Despite Ms Holt" (with articles and dates: "The", "May").
_RUN_OPENERS: frozenset[str] = _DATES | frozenset(
    {"the", "a", "an", "see", "neither", "nor", "either", "besides", "despite", "unlike",
     "like", "without", "among", "including", "both", "via", "dear", "thanks",
     "meanwhile", "however", "but", "and", "or", "so", "yet", "while", "when", "after",
     "before", "since", "although", "though", "if", "as", "for", "with", "from", "by", "in",
     "on", "at", "to", "of", "under", "over", "during", "until", "because", "asked", "told",
     "said", "says", "ask", "tell", "watch", "read", "meet", "photo", "video", "update"}
)  # fmt: skip

#: Last words of a sports club's name: "Manchester United", "Hearts FC", "Bristol Rovers".
_CLUB_ENDS: frozenset[str] = frozenset(
    {"united", "fc", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers"}
)

#: Last words of a description, not of a person's name: "Kentucky Republican".
_DESCRIPTION_ENDS: frozenset[str] = frozenset(
    {"republican", "republicans", "democrat", "democrats", "conservative", "liberal",
     "socialist", "communist", "independent", "senate", "house", "police", "forces",
     "twitter", "facebook", "instagram", "youtube"}
)  # fmt: skip

#: Function words that a title-case work title capitalises ("Late Talk With Sam Reyes",
#: "Gone With the Wind"); running prose keeps them in lower case inside a name.
_TITLE_CASE_WORDS: frozenset[str] = frozenset(
    {"With", "Of", "And", "For", "In", "On", "At", "To", "From", "By", "About", "Into"}
)

#: A capitalised run, as in :mod:`wirestory._speakers`, possessive included ("Coogle's").
_RUN = regex.compile(
    r"""
    (?P<run>
      (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{N}’'\-]*)      # a capitalised word or initials
      (?:
        [\ \t]+                                         # a space (never a line break)
        (?:(?:bin|al|de|da|del|van|von|der|le|la|el|ibn|dos|du|ten|ter|di|of|for|and)[\ \t]+)?
        (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{N}’'\-]*)  # the next capitalised word
      )*
    )
    """,
    regex.VERBOSE,
)

#: An acronym in parentheses right after the name it abbreviates: "Federation (FIS)".
_ACRONYM = regex.compile(r"\((?P<acronym>\p{Lu}[\p{Lu}&]{1,7})\)")

#: Quote marks around a work title: “Blue Harbour Nights”, "Late Talk With Sam Reyes".
_OPEN_QUOTES = frozenset("\"“‘'")
_CLOSE_QUOTES = frozenset("\"”’'")

#: The longest line that may be a heading, and the characters that end a sentence line.
_MAX_HEADING = 150
_SHORT_HEADING = 6
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", ",", "-", "—")

#: Last words of place names, never a person's: "South China Sea", "Galwan Valley".
_PLACE_WORDS: frozenset[str] = frozenset(
    {"sea", "ocean", "river", "valley", "mountains", "mountain", "mount", "island", "islands",
     "strait", "gulf", "bay", "lake", "street", "square", "avenue", "road", "province",
     "region", "county", "district", "peninsula", "desert", "station", "airport", "park",
     "bridge", "coast", "border", "city", "state", "east", "west", "north", "south"}
)  # fmt: skip

#: How many roles back a description looks for its holder, how many ahead (in a lead that
#: names the person later), and how far ahead in characters.
_ROLES_BACK = 60
_ROLES_AHEAD = 30
_LEAD_REACH = 3000

#: How far a description before a name may reach (characters), and after one.
_BEFORE = 90
_AFTER = 90


class Role(NamedTuple):
    """A role given to a person: where, to whom, its head nouns and all its words."""

    start: int
    name: str
    heads: frozenset[str]
    words: frozenset[str]


class MentionTable(NamedTuple):
    """The people and organisations of one text (see the module docs)."""

    roles: tuple[Role, ...]
    acronyms: dict[str, str]
    orgs: tuple[tuple[int, str], ...]
    persons: tuple[tuple[int, str], ...]
    spans: tuple[tuple[int, int, str], ...]
    """The person mentions again, with their ends: (start, end, full name)."""
    headings: tuple[tuple[int, int], ...]
    """Heading lines (headlines, subheads, "Related Story" links) with runs: (start, end)."""

    def in_heading(self, at: int) -> bool:
        """Whether offset *at* lies on a heading line."""
        i = bisect.bisect_right(self.headings, (at, 1 << 62)) - 1
        return i >= 0 and self.headings[i][0] <= at < self.headings[i][1]

    def role_holder(self, heads: frozenset[str], words: frozenset[str], at: int) -> str | None:
        """The person given one of the role nouns *heads* nearest before *at* (else after).

        A role whose words hold all of *words* (the description's modifiers: "romanian",
        "prime") wins over one that only shares the head.
        """
        if heads & _GENERIC_HEADS:
            heads |= _HEAD_ROLES
        i = bisect.bisect_left(self.roles, (at,))
        best: str | None = None
        for k in range(i - 1, max(-1, i - _ROLES_BACK), -1):
            role = self.roles[k]
            if role.heads & heads:
                if words <= role.words:
                    return role.name
                best = best or role.name
        if best is not None and not words:
            return best
        # A lead names the role before the person ("the governor of Connecticut said ...;
        # Governor Ned Lamont tweeted"): the first holder after it.
        for role in self.roles[i : i + _ROLES_AHEAD]:
            if role.heads & heads and words <= role.words and role.start - at < _LEAD_REACH:
                return role.name
        return None


#: Role nouns that stand for any of ``_HEAD_ROLES``.
_GENERIC_HEADS: frozenset[str] = frozenset({"head", "chief"})

#: Role nouns that stand for one another: "the head of the agency" is its "director", "the UN
#: chief" its "Secretary-General", "the WHO chief" its "Director-General".
_HEAD_ROLES: frozenset[str] = frozenset(
    {"head", "chief", "director", "secretary", "president", "chairman", "chairwoman", "chair",
     "ceo", "commissioner"}
)  # fmt: skip


@functools.cache
def _all_roles() -> frozenset[str]:
    from wirestory._speakers import PERSON_NOUNS  # noqa: PLC0415  (the shared lexicon; a cycle)

    return PERSON_NOUNS | _EXTRA_ROLES


def role_words(word: str) -> bool:
    """Whether a lower-cased word is a role noun ("mayor", "spokeswoman").

    >>> role_words("spokeswoman"), role_words("mayor"), role_words("harbour")
    (True, True, False)
    """
    return word in _all_roles()


@functools.lru_cache(maxsize=16384)  # every word of every run
def _bare(word: str) -> str:
    return word.strip('.,;:()"“”‘’').lower().removesuffix("’s").removesuffix("'s")


#: Abbreviated titles and the role nouns they stand for: "Dr Sara Quist" is "the doctor".
_TITLE_ROLES: dict[str, str] = {
    "dr": "doctor", "gen": "general", "sen": "senator", "rep": "representative",
    "gov": "governor", "prof": "professor", "capt": "captain", "col": "colonel",
    "lt": "lieutenant", "adm": "admiral", "sgt": "sergeant", "supt": "superintendent",
}  # fmt: skip


def _heads(words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The role nouns of a description's head (up to its post-modifier) and all its words."""
    heads: set[str] = set()
    seen: set[str] = set()
    in_head = True
    for word in words:
        low = _bare(word)
        low = _TITLE_ROLES.get(low, low)
        if low in _POST:
            in_head = False  # "the head of the IAEA": "iaea" is a word, not a head
        parts = [low, *low.split("-")] if "-" in low else [low]  # "Secretary-General"
        seen.update(parts)
        if in_head:
            heads.update(part for part in parts if role_words(part) or part in DEMONYMS)
    return frozenset(heads), frozenset(seen)


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the line is a headline, a subhead or a "Related Story" link, not prose.

    Body paragraphs end a sentence; a short line that does not, and is either a link
    ("Related Story Schools urged to reopen", :data:`~wirestory._furniture.RELATED_WORDS`),
    short ("Poisoning claims") or in title case ("Storm Hits Port of Gdansk"), is a heading
    whose capitals name no one. A paragraph that only lacks its full stop is prose.
    """
    line = text[start:end].strip()
    if not line or len(line) > _MAX_HEADING or line.endswith(_SENTENCE_ENDS):
        return False
    words = line.split()
    if len(words) <= _SHORT_HEADING or line.lower().startswith(RELATED_WORDS):
        return True
    # ``split`` gives no empty word: each has a first letter (counted in C, by ``map``).
    return sum(map(str.isupper, map(operator.itemgetter(0), words))) >= 0.6 * len(words)


def _clean_run(start: int, words: list[str]) -> tuple[int, list[str]]:
    """Cut a run at a date word or a capitals-only word after mixed case; drop its openers.

    "Spain May" is Spain; "Lee Min-ji SEOUL" (a byline run into a dateline) is Lee Min-ji.
    """
    for k in range(1, len(words)):
        low = _bare(words[k])
        if (
            low in _DATES
            or low in _RUN_PRONOUNS
            or (words[k - 1].endswith(".") and len(words[k - 1]) > 4)  # "U.S. He": a sentence
            or (
                words[k].isupper()
                and words[k].isalpha()  # "SEOUL", not "U.S."
                and len(words[k]) > 2
                and not words[k - 1].isupper()
            )
        ):
            words = words[:k]
            break
    while words and _bare(words[0]) in _RUN_OPENERS:
        start += len(words[0]) + 1
        words = words[1:]
    return start, words


class _RunInfo(NamedTuple):
    """What a capitalised run holds: an organisation's name, or a person's name and titles."""

    org: str | None
    name: str | None
    description: str | None
    titles: tuple[str, ...]
    person: bool


@functools.lru_cache(maxsize=16384)  # a pure function of the run: "The", "Reuters" recur
def _run_info(joined: str) -> _RunInfo:
    from wirestory._speakers import (  # noqa: PLC0415  (the shared lexicons; a cycle)
        _is_org,
        _person_name,
        _run_name,
        split_name,
    )

    if _is_org(joined):
        org, desc = split_name(joined)
        if org is None or desc is None or _is_org(org) or len(org.split()) < 2:
            return _RunInfo(org, None, None, (), person=False)
        # "Kremlin Spokesman Dmitry Peskov": a person with an organisation's title.
    name = _run_name(joined)
    if name is None:
        return _RunInfo(None, None, None, (), person=False)
    split, description = _person_name(joined.split())
    parts = name.split()
    if lookup_agency(name) is not None or (
        parts[0].isupper() and lookup_agency(parts[0]) is not None
    ):
        return _RunInfo(name, None, None, (), person=False)  # "CNN Sport", "BBC Radio"
    if len(parts) > 1 and _bare(parts[-1]) in _CLUB_ENDS:
        return _RunInfo(name, None, None, (), person=False)  # "Harbour United": a club
    titles: list[str] = []
    while (len(parts) > 1 and role_words(_bare(parts[0]).split("-", 1)[0])) or (
        len(parts) > 2 and _bare(parts[0]) in DEMONYMS
    ):
        titles.append(parts.pop(0))  # "Singer Lena Moss", "Belgian Hans Kluge"
    name = " ".join(parts)
    person = not (
        len(parts) > 4
        or name.isupper()
        or _bare(parts[-1]) in _PLACE_WORDS
        or _bare(parts[-1]) in _DESCRIPTION_ENDS
        or is_known_city(name)
        or region_code(name) is not None  # "New Hampshire", "British Columbia"
    )
    return _RunInfo(None, name, description if split == name else None, tuple(titles), person)


@functools.lru_cache(maxsize=16384)  # a pure function of the run's text: "The", "He" recur
def _read_run(run: str) -> tuple[int, _RunInfo | None, bool]:
    """What a capitalised run of the text holds: (offset of its name in it, info, words > 1).

    The info is ``None`` for a title-case work title ("Late Talk With Sam Reyes") and for a
    run left empty by :func:`_clean_run` ("The", "However").
    """
    words = run.split()
    several = len(words) > 1
    if any(w in _TITLE_CASE_WORDS for w in words[1:-1]):
        return 0, None, several  # a title-case programme or book title
    shift, words = _clean_run(0, words)
    if words and words[-1].endswith(("’s", "'s")):
        words = [*words[:-1], words[-1][:-2]]  # "Coogle's family": Coogle
    if not words:
        return shift, None, several
    return shift, _run_info(" ".join(words)), several


#: A relative "who" after a name: the name is a person's ("Nelson, who runs the kitchen").
_WHO = regex.compile(r",[\ \t]+who\b")

#: An age after a name, before its appositive: ", 45, ".
_AGE = regex.compile(r",[\ \t]+\d{1,3},[\ \t]")

#: Where an appositive after a name ends.
_APPOSITIVE_END = regex.compile(r"[,.;:()\"“”]")


@functools.lru_cache(maxsize=4)  # the statement finder and the story's speakers share it
def mention_table(text: str) -> MentionTable:
    """Build the mention table of *text* (see the module docs).

    >>> t = mention_table(
    ...     "The International Ski Federation (FIS) met. Governor Ned Lamont spoke. "
    ...     "Maria Lind, the mayor of Uppsala, agreed."
    ... )
    >>> t.acronyms
    {'FIS': 'International Ski Federation'}
    >>> [(r.name, sorted(r.heads)) for r in t.roles]
    [('Ned Lamont', ['governor']), ('Maria Lind', ['mayor'])]
    """
    defined: list[tuple[int, str]] = []  # (where, expansion) of each defined acronym
    acronyms: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acronym = m.group("acronym")
        lo = max(0, m.start() - 120)
        lo = max(lo, text.rfind("\n", lo, m.start()) + 1)  # the name never crosses a line
        words = text[lo : m.start()].split()
        run: list[str] = []
        for word in reversed(words):
            if word[:1].isupper() or (word in {"of", "for", "and", "on", "the"} and run):
                run.insert(0, word)
                continue
            break
        while run and run[0] in {"of", "for", "and", "on", "the", "The"}:
            run.pop(0)
        initials = "".join(w[0] for w in run if w[:1].isupper())
        # "The International Ski Federation (FIS)": the initials, in order, spell the acronym
        # (a trailing word may be left out of it: "Organisation" in "WHO Europe" texts).
        while run and len(initials) > len(acronym) and initials.endswith(acronym):
            run.pop(0)
            initials = initials[1:]
        # Same letters, other order: "International Ski Federation (FIS)" (French order).
        same = initials == acronym or sorted(initials) == sorted(acronym)
        if run and same and acronym not in acronyms:
            acronyms[acronym] = " ".join(run)
            defined.append((m.start(), acronyms[acronym]))  # an organisation, there

    runs: list[tuple[int, int, int, int, _RunInfo]] = []  # (start, end, line, info)
    headings: list[tuple[int, int]] = []
    surnames: dict[str, str] = {}  # last word -> the first full person name ending in it
    line_start = 0
    line_end = -1
    headline = False
    for m in _RUN.finditer(text):
        start = m.start()
        if start > line_end:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            headline = _title_case_line(text, line_start, line_end)
            if headline:
                headings.append((line_start, line_end))
        if headline:
            continue
        shift, info, several = _read_run(m.group("run"))
        if several and start and text[start - 1] in _OPEN_QUOTES:
            after = text[m.end()] if m.end() < len(text) else ""
            if after in _CLOSE_QUOTES:
                continue  # a work title: “Blue Harbour Nights”
        if info is None:
            continue
        start += shift
        runs.append((start, m.end(), line_start, line_end, info))
        name = info.name
        if info.person and name is not None and 2 <= name.count(" ") + 1 <= 4:
            surnames.setdefault(_bare(name.rsplit(maxsplit=1)[-1]), name)

    roles: list[Role] = []
    orgs: list[tuple[int, str]] = []
    persons: list[tuple[int, str]] = []
    spans: list[tuple[int, int, str]] = []
    for start, end, line_start, line_end, info in runs:
        if info.org is not None:
            orgs.append((start, info.org))
            continue
        name = info.name
        if name is None:
            continue
        parts = name.split()
        if acronyms and any(part in acronyms for part in parts):
            # "WHO Europe", where the text defined "WHO"; "WHO" alone is its expansion.
            orgs.append((start, acronyms.get(name, name)))
            continue
        if len(parts) == 1:
            full = surnames.get(_bare(name))
            # ``_WHO`` opens with a comma and reads one line: tried only after a comma, and
            # only to the line's end (unbounded, ``regex`` looks for "who" in all the rest).
            if full is None and text.startswith(",", end) and _WHO.match(text, end, line_end):
                full = name  # "Nelson, who runs the kitchen": a person's name
            if full is None or not info.person:
                continue  # a capitalised word, not a known surname
        else:
            full = name
        if text[max(0, start - 4) : start] in {"the ", "The "}:
            orgs.append((start, name))  # "the Global South": a name with an article
            continue
        if not info.person:
            continue
        persons.append((start, full))
        first = text.find(parts[0], start, end)
        last = text.find(parts[-1], max(first, start), end)
        if 0 <= first <= last:  # the name's own words ("Ned Lamont" of "Governor Ned Lamont")
            spans.append((first, last + len(parts[-1]), full))
        # Roles: the title inside the run, a lower-case role before it, an appositive.
        desc_words = [*(info.description or "").split(), *info.titles]
        lead = text[max(line_start, start - _BEFORE) : start]
        lead_words = lead.split()
        if (
            lead_words
            and not lead.rstrip().endswith((",", ".", ";", ":", '"', "”"))
            and role_words(_bare(lead_words[-1]))
        ):
            # "researcher Adam Coogle", "health official Peter Mayer"; not "president of X".
            for word in reversed(lead_words[-3:]):
                if not word[:1].islower() or _bare(word) in _OPENERS | _POST:
                    break
                desc_words.insert(0, word)
        elif lead.endswith(", ") and len(parts) >= 2:
            phrase = lead[:-2].split()
            openers = [
                k for k, w in enumerate(phrase) if _bare(w) in _OPENERS or w.endswith(("’s", "'s"))
            ]
            # The last opener, unless it opens a post-modifier's object ("The head of the
            # International Atomic Energy Agency (IAEA), Rafael Grossi"): then the one before.
            while len(openers) > 1 and _bare(phrase[openers[-1] - 1]) in _POST:
                openers.pop()
            opener = openers[-1] if openers else -1
            if opener >= 0 and len(phrase) - opener <= 10:
                desc_words = phrase[opener:] + desc_words  # "the country's monarch, King X"
        tail = text[end : min(line_end, end + _AFTER)]
        age = _AGE.match(tail)
        if age is not None:
            tail = tail[age.end() - 2 :]  # "Ana Holt, 45, a nurse at the clinic"
        if tail.startswith(", ") and len(parts) >= 2:
            phrase = _APPOSITIVE_END.split(tail[2:], maxsplit=1)[0].split()
            if phrase and _bare(phrase[0]) in _OPENERS | {"deputy", "chief", "head"}:
                desc_words += phrase  # "Maria Lind, the mayor of Uppsala,"
            elif phrase and phrase[0][:1].isupper():
                desc_words += [w for w in phrase if _bare(w) not in _POST][:4]
        if desc_words:
            heads, all_words = _heads(desc_words)
            if heads:
                roles.append(Role(start, full, heads, all_words))
    orgs = sorted([*orgs, *defined])
    return MentionTable(
        tuple(roles), acronyms, tuple(orgs), tuple(persons), tuple(spans), tuple(headings)
    )
