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
from typing import NamedTuple

import regex

from wirestory._agencies import lookup_agency
from wirestory._capitals import HEADLINE_LOWER, CapitalRuns, capital_runs
from wirestory._photo_orgs import PHOTO_ORGS
from wirestory._places import is_known_city, region_code

__all__ = ["MentionTable", "Role", "aliases", "mention_table", "role_words"]

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
     "cousin", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather",
     # AP Stylebook "titles" capitalised before a name: "Sheriff Joe Lombardo", "Alderman
     # Jason Ervin", "Archbishop Aris Shirvanian", "Air Commodore Andrew Lambert".
     "alderman", "alderwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman",
     "councilman", "councilwoman", "councillor", "councilor", "sheriff", "archbishop",
     "commodore", "constable", "marshal", "whip", "anchor", "moderator", "pastor",
     "investigator", "supervisor", "advocate", "inspector", "detective", "trooper",
     "columnist", "correspondent", "editor", "rabbi", "imam",
     "reverend", "superintendent", "sergeant", "colonel", "lieutenant", "admiral",
     # Occupations that open a sentence before a name ("Pianist Yuri Vasilyev said").
     "pianist", "guitarist", "drummer", "violinist", "cellist", "conductor", "sculptor",
     "painter", "biologist", "physicist", "chemist", "historian", "archaeologist",
     "psychologist", "sociologist", "dentist", "pharmacist", "engineer", "architect",
     "astronaut", "explorer", "mountaineer", "sailor", "soldier", "firefighter",
     "paramedic", "coroner", "pathologist", "meteorologist", "blogger", "influencer",
     "podcaster", "magician", "priest", "nun", "monk", "midwife", "surveyor", "lecturer",
     "housewife", "homemaker", "retiree", "pensioner", "hawker", "cabby", "undergraduate",
     "shopkeeper", "commuter", "motorist", "tourist", "technician", "accountant", "clerk",
     "salesman", "saleswoman", "waiter", "waitress", "fisherman", "villager", "jobseeker"}
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

#: An acronym in parentheses right after the name it abbreviates: "Federation (FIS)".
_ACRONYM = regex.compile(r"\((?P<acronym>\p{Lu}[\p{Lu}&]{1,7})\)")

#: Quote marks around a work title: “Blue Harbour Nights”, "Late Talk With Sam Reyes".
_OPEN_QUOTES = frozenset("\"“‘'")
_CLOSE_QUOTES = frozenset("\"”’'")

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


class MentionTable:
    """The people and organisations of one text (see the module docs).

    The roles given to people are read on first use: all of them for a role phrase ("the
    mayor": :meth:`role_holder`), or one person's alone (:meth:`roles_of`: the story's
    speaker list asks only about its speakers).
    """

    __slots__ = (
        "_by_name",
        "_of",
        "_people",
        "_roles",
        "_text",
        "acronyms",
        "aliases",
        "capitals",
        "orgs",
        "persons",
        "spans",
    )

    def __init__(
        self,
        text: str,
        *,
        acronyms: dict[str, str],
        orgs: tuple[tuple[int, str], ...],
        people: list[_Person],
        capitals: CapitalRuns,
        aliases: tuple[tuple[str, str], ...],
    ) -> None:
        """Keep the parts of the table; the roles are read from *people* on first use."""
        self._text = text
        self._people = people
        self._roles: tuple[Role, ...] | None = None
        self._by_name: dict[str, list[_Person]] | None = None
        self._of: dict[str, list[Role]] = {}
        self.acronyms = acronyms
        """The acronyms the text defines: {"FIS": "International Ski Federation"}."""
        self.orgs = orgs
        """Organisation mentions in text order: (offset, name)."""
        self.persons = tuple((p.run.start, p.full) for p in people)
        """Person mentions in text order: (offset, full name)."""
        self.spans = _spans_of(text, people)
        """The person mentions again, with their ends: (start, end, full name)."""
        self.capitals = capitals
        """The text's capitalised runs and lines, with its heading lines (headlines,
        subheads, "Related Story" links)."""
        self.aliases = aliases
        """Names the text gives a person besides their own: ("Jokowi", "Joko Widodo")."""

    @property
    def roles(self) -> tuple[Role, ...]:
        """The roles given to people, in text order (read once, on first use)."""
        if self._roles is None:
            found = (_role(self._text, person) for person in self._people)
            self._roles = tuple(role for role in found if role is not None)
        return self._roles

    def roles_of(self, name: str) -> list[Role]:
        """The roles given to the person of full name *name*, in text order."""
        if self._by_name is None:
            self._by_name = {}
            for person in self._people:
                self._by_name.setdefault(person.full, []).append(person)
        roles = self._of.get(name)
        if roles is None:
            if self._roles is not None:  # all read already: "the mayor" asked for them
                roles = [role for role in self._roles if role.name == name]
            else:
                found = (_role(self._text, person) for person in self._by_name.get(name, ()))
                roles = [role for role in found if role is not None]
            self._of[name] = roles
        return roles

    def in_heading(self, at: int) -> bool:
        """Whether offset *at* lies on a heading line (one that holds a capitalised run)."""
        return self.capitals.in_heading(at)

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


#: Honorifics: the one word after one is a person's surname ("Mr Lund", "Ms Berg").
_HONORIFICS: frozenset[str] = frozenset(
    {"mr", "ms", "mrs", "miss", "dr", "prof", "mme", "mdm", "sir", "dame"}
)

#: Abbreviated titles and the role nouns they stand for: "Dr Sara Quist" is "the doctor".
_TITLE_ROLES: dict[str, str] = {
    "pm": "minister", "dpm": "minister",
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


#: How far a work title in quote marks may run on after its first capitalised words.
_WORK_TITLE_REST = 40


def _work_title_rest(text: str, end: int, line_end: int) -> bool:
    """Whether a quoted run goes on in title case to its closing quote mark.

    “Latin History for Dummies”: the words after the run ("for Dummies") are capitalised or
    short function words (headline capitalisation); a quote that opens with a name goes on
    in prose ("“Holt is wrong,” he said").
    """
    close = -1
    for k in range(end, min(line_end, end + _WORK_TITLE_REST)):
        if text[k] in _CLOSE_QUOTES:
            close = k
            break
    if close < 0:
        return False
    rest = [w for w in text[end:close].split() if any(c.isalpha() for c in w)]
    return all(w[:1].isupper() or w in HEADLINE_LOWER for w in rest)  # '"... Home,"' too


#: Picture agencies of the shared photo-credit lexicon, case-folded.
_PHOTO_ORGS: frozenset[str] = frozenset(" ".join(o.split()).casefold() for o in PHOTO_ORGS)


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
    if (
        lookup_agency(name) is not None
        or (parts[0].isupper() and lookup_agency(parts[0]) is not None)
        or name.casefold() in _PHOTO_ORGS  # "Getty Images": a photo credit run into the text
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


#: A relative "who" after a name: the name is a person's ("Nelson, who runs the kitchen").
_WHO = regex.compile(r",[\ \t]+who\b")

#: An abbreviated title with its full stop right before a run (AP style: "Sen. Maria
#: Cortez", "Gov. Ned Lamont", "Mr. Holt"): the run stops at the stop, so the title is read
#: here. Each gives its role through ``_TITLE_ROLES``; an honorific gives none.
_DOTTED_TITLE = regex.compile(
    r"\b(?P<title>Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Sgt|Adm|Supt)\.[\ \t]+\Z"
)

#: A lower-case organisation noun right after a name with an article: "the Adani group".
_ORG_NOUN_AFTER = regex.compile(r"[\ \t]+(?P<noun>group|company|conglomerate|empire)\b")

#: The lower-case word right after a run: a role noun there makes the run its modifier.
_WORD_AFTER = regex.compile(r"[\ \t]+(?P<word>\p{Ll}[\p{Ll}\-]*)\b")

#: A possessive determiner right before a run: the run modifies a noun ("his Basil Fawlty
#: impersonation", "her Harry Potter books"), it is no person mentioned.
_AFTER_POSSESSIVE = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)[\ \t]+\Z")

#: An age after a name, before its appositive: ", 45, ".
_AGE = regex.compile(r",[\ \t]+\d{1,3},[\ \t]")

#: Where an appositive after a name ends.
_APPOSITIVE_END = regex.compile(r"[,.;:()\"“”]")


class _Read(NamedTuple):
    """A capitalised run, read once per distinct text (see :func:`_read_run`)."""

    shift: int
    """How far into the run its name starts ("The Governor Ned Lamont": 4)."""
    many: bool
    """Whether the run has more than one word (a quoted work title has)."""
    info: _RunInfo
    name: str
    """Its person's name (its organisation's, for an organisation)."""
    parts: tuple[str, ...]
    """The words of the name."""
    key: str
    """The name's last word, lower-cased, its possessive dropped (a surname's key)."""
    surname: str | None
    """The key of a full person name (two to four words), else None."""
    honorific: bool
    """Whether its description ends in an honorific ("Mr Lund": a one-word name is a person)."""
    idle: bool
    """Whether it is one word that names neither a person nor an organisation ("China",
    "U.S."): it counts only as an acronym the text defines."""


@functools.lru_cache(maxsize=16384)  # a pure function of the run's text: "The", "He" recur
def _read_run(run: str) -> _Read | None:
    """Read a capitalised run, or ``None`` where it names no one and no organisation.

    A title-case title ("Late Talk With Sam Reyes") and a run of sentence openers alone
    ("However", "The") name no one; "Spain May" is Spain, "Coogle's" is Coogle.

    >>> _read_run("Late Talk With Sam Reyes") is None, _read_run("The") is None
    (True, True)
    >>> read = _read_run("The Governor Ned Lamont's")
    >>> read.shift, read.info.name, read.info.description, read.surname
    (4, 'Ned Lamont', 'Governor', 'lamont')
    """
    words = run.split()
    if any(w in _TITLE_CASE_WORDS for w in words[1:-1]):
        return None  # a title-case programme or book title: "Late Talk With Sam Reyes"
    shift, kept = _clean_run(0, words)
    if kept and kept[-1].endswith(("’s", "'s")):
        kept = [*kept[:-1], kept[-1][:-2]]  # "Coogle's family": Coogle
    if not kept:
        return None
    info = _run_info(" ".join(kept))
    name = info.org if info.org is not None else info.name
    if name is None:
        return None
    parts = tuple(name.split())
    key = _bare(parts[-1]) if parts else ""
    surname = key if info.org is None and info.person and 2 <= len(parts) <= 4 else None
    titles = (info.description or "").split()
    honorific = bool(titles) and _bare(titles[-1]) in _HONORIFICS
    idle = len(parts) == 1 and info.org is None and not info.person
    return _Read(shift, len(words) > 1, info, name, parts, key, surname, honorific, idle)


def _work_title(text: str, capitals: CapitalRuns, start: int, end: int) -> bool:
    """Whether the run from *start* to *end* is a work title in quote marks.

    “Blue Harbour Nights”, “Latin History for Dummies”: a quote mark before the run, and one
    after it or after the title-case words that go on from it.
    """
    if not start or text[start - 1] not in _OPEN_QUOTES:
        return False
    if text[end : end + 1] in _CLOSE_QUOTES:
        return True
    return _work_title_rest(text, end, capitals.line_end(capitals.line_of(start)))


def _read_runs(
    text: str, capitals: CapitalRuns, acronyms: dict[str, str]
) -> tuple[list[tuple[int, int, _Read]], dict[str, str]]:
    """The runs that may name someone, and the surnames of the full person names.

    Each run is read once per distinct text (:func:`_read_run`, cached); quoted work titles
    (“Blue Harbour Nights”) and one-word runs that name no one ("China", unless the text
    defines it as an acronym) are left out. A full person name (two to four words) off the
    heading lines gives its surname (its last word, lower-cased) to the first such name. The
    other runs are kept with no heading test: :func:`_sort_runs` tests a run's line only
    where it would keep the run (most one-word runs it drops: "Reuters", "Monday").
    """
    runs: list[tuple[int, int, _Read]] = []
    surnames: dict[str, str] = {}
    heading = capitals.heading
    line_of = capitals.line_of
    for run, start, end in zip(capitals.runs, capitals.starts, capitals.ends, strict=True):
        read = _read_run(run)
        if read is None or (read.idle and read.name not in acronyms):
            continue
        if read.many and _work_title(text, capitals, start, end):
            continue
        if read.surname is not None:
            if heading(line_of(start)):
                continue  # a headline's capitals name no one
            surnames.setdefault(read.surname, read.name)
        runs.append((start + read.shift, end, read))
    return runs, surnames


def _defined_acronyms(text: str) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """The acronyms *text* defines, and (where, expansion) of each: "Federation (FIS)"."""
    defined: list[tuple[int, str]] = []
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
    return acronyms, defined


def _dotted_title(text: str, start: int) -> str | None:
    """The dotted title right before offset *start* ("Sen. ", "Mr. "), if any."""
    lo = max(0, start - 6)
    if text.find(".", lo, start) < 0:
        return None  # the pattern needs a full stop: most runs have none before them
    m = _DOTTED_TITLE.search(text, lo, start)
    return None if m is None else m.group("title")


class _Run(NamedTuple):
    """A run kept as a name: where its name starts and ends, its line, what it holds."""

    start: int
    end: int
    line_start: int
    line_end: int
    info: _RunInfo


def _one_word_person(
    text: str, capitals: CapitalRuns, run: tuple[int, int, _Read], surnames: dict[str, str]
) -> str | None:
    """The full name a one-word run stands for, if it names a person.

    A known surname ("Lamont" after "Ned Lamont"), a name before a relative "who" ("Nelson,
    who runs the kitchen"), or a name after an honorific ("Mr Lund", "Dr. Quist").
    """
    start, end, read = run
    name = read.name
    full = surnames.get(read.key)
    # ``_WHO`` opens with a comma and reads one line: tried only after a comma, and only to
    # the line's end (unbounded, ``regex`` looks for "who" in all the rest).
    if (
        full is None
        and text.startswith(",", end)
        and _WHO.match(text, end, capitals.line_end(capitals.line_of(start)))
    ):
        full = name
    if full is None and (read.honorific or _dotted_title(text, start) is not None):
        full = name
    return full


def _lead_role(text: str, run: _Run, parts: list[str]) -> list[str]:
    """The words of a role before a name: "researcher Adam Coogle", "the mayor, Maria Lind"."""
    start = run.start
    lead = text[max(run.line_start, start - _BEFORE) : start]
    lead_words = lead.split()
    if (
        lead_words
        and not lead.rstrip().endswith((",", ".", ";", ":", '"', "”"))
        and role_words(_bare(lead_words[-1]))
    ):
        # "researcher Adam Coogle", "health official Peter Mayer"; not "president of X".
        found: list[str] = []
        for word in reversed(lead_words[-3:]):
            if not word[:1].islower() or _bare(word) in _OPENERS | _POST:
                break
            found.insert(0, word)
        return found
    if lead.endswith(", ") and len(parts) >= 2:
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
            return phrase[opener:]  # "the country's monarch, King X"
    return []


def _appositive_role(text: str, run: _Run, parts: list[str]) -> list[str]:
    """The words of an appositive after a name: "Maria Lind, the mayor of Uppsala,"."""
    tail = text[run.end : min(run.line_end, run.end + _AFTER)]
    age = _AGE.match(tail)
    if age is not None:
        tail = tail[age.end() - 2 :]  # "Ana Holt, 45, a nurse at the clinic"
    if tail.startswith(", ") and len(parts) >= 2:
        phrase = _APPOSITIVE_END.split(tail[2:], maxsplit=1)[0].split()
        if phrase and _bare(phrase[0]) in _OPENERS | {"deputy", "chief", "head"}:
            return phrase  # "Maria Lind, the mayor of Uppsala,"
        if phrase and phrase[0][:1].isupper():
            return [w for w in phrase if _bare(w) not in _POST][:4]
    return []


class _Person(NamedTuple):
    """A person mention: its run, its words, its full name, the dotted title before it."""

    run: _Run
    parts: list[str]
    full: str
    dotted: str | None


def _role(text: str, person: _Person) -> Role | None:
    """The role a person is given: a title in the run, a role before it, an appositive."""
    run, parts = person.run, person.parts
    info = run.info
    desc_words = [*(info.description or "").split(), *info.titles]
    if person.dotted is not None:
        desc_words.insert(0, person.dotted)  # "Sen." gives "the senator"
    desc_words = [*_lead_role(text, run, parts), *desc_words, *_appositive_role(text, run, parts)]
    if not desc_words:
        return None
    heads, all_words = _heads(desc_words)
    return Role(run.start, person.full, heads, all_words) if heads else None


def _spans_of(text: str, people: list[_Person]) -> tuple[tuple[int, int, str], ...]:
    """The spans of the people's own names: "Ned Lamont" of "Governor Ned Lamont"."""
    spans: list[tuple[int, int, str]] = []
    for person in people:
        start, end, parts = person.run.start, person.run.end, person.parts
        first = text.find(parts[0], start, end)
        last = text.find(parts[-1], max(first, start), end)
        if 0 <= first <= last:
            spans.append((first, last + len(parts[-1]), person.full))
    return tuple(spans)


class _Found(NamedTuple):
    """The organisations and people the runs of a text name (see :class:`MentionTable`)."""

    orgs: list[tuple[int, str]]
    people: list[_Person]


def _sort_runs(
    text: str,
    capitals: CapitalRuns,
    runs: list[tuple[int, int, _Read]],
    surnames: dict[str, str],
    acronyms: dict[str, str],
) -> _Found:
    """Sort the runs into organisations and people.

    A run is kept only off the heading lines: its line is tested where it would be kept.
    """
    found = _Found([], [])
    for run in runs:
        start, end, read = run
        info, parts, name = read.info, read.parts, read.name
        if info.org is not None or (acronyms and any(part in acronyms for part in parts)):
            # "WHO Europe", where the text defined "WHO"; "WHO" alone is its expansion.
            if not capitals.heading(capitals.line_of(start)):
                found.orgs.append(
                    (start, name if info.org is not None else acronyms.get(name, name))
                )
            continue
        full = name
        if len(parts) == 1:
            if not info.person:
                continue  # a one-word run that names no person: "China", "U.S."
            known = _one_word_person(text, capitals, run, surnames)
            if known is None:
                continue  # a capitalised word, not a known surname
            full = known
        line = capitals.line_of(start)
        if capitals.heading(line):
            continue  # a headline's capitals name no one
        if text[max(0, start - 4) : start] in {"the ", "The "}:
            # "the Global South": a name with an article; "the Adani group", "the Tata
            # group": a family's business, named with its lower-case noun.
            noun = _ORG_NOUN_AFTER.match(text, end)
            found.orgs.append((start, f"{name} {noun.group('noun')}" if noun else name))
            continue
        if not info.person or _AFTER_POSSESSIVE.search(text, max(0, start - 7), start):
            continue  # "his Basil Fawlty impersonation": a name modifying a noun, no person
        word_after = _WORD_AFTER.match(text, end)
        if word_after is not None and role_words(word_after.group("word")):
            continue  # "the former Old Trafford boss", "a Holt aide": a modifier of a role
        kept = _Run(start, end, capitals.line_starts[line], capitals.line_end(line), info)
        found.people.append(_Person(kept, list(parts), full, _dotted_title(text, start)))
    return found


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
    acronyms, defined = _defined_acronyms(text)
    capitals = capital_runs(text)
    runs, surnames = _read_runs(text, capitals, acronyms)
    found = _sort_runs(text, capitals, runs, surnames, acronyms)
    return MentionTable(
        text,
        acronyms=acronyms,
        orgs=tuple(sorted([*found.orgs, *defined])),
        people=found.people,
        capitals=capitals,
        aliases=aliases(text),
    )


#: What introduces another name for a person: "Joko Widodo, popularly known as Jokowi",
#: "Alexander Petrov, known as Sasha", "nicknamed", "dubbed".
_ALIAS_CUES = ("known as ", "nicknamed ", "dubbed ")
#: The name before an alias cue ("Joko Widodo, popularly "), read in a bounded window.
_ALIAS_NAME = regex.compile(
    r"""
    (?P<name>\p{Lu}[\p{L}\-’']+(?:[\ \t]+\p{Lu}[\p{L}\-’']+){0,3})
    ,?[\ \t]+(?:(?:popularly|widely|better|also|commonly|affectionately)[\ \t]+)?\Z
    """,
    regex.VERBOSE,
)
#: The alias after its cue: one capitalised word, in quote marks or not ("Jokowi", "“Sasha”").
_ALIAS_WORD = regex.compile(r"[\"“‘']?(?P<alias>\p{Lu}[\p{L}\-’']+)")
_ALIAS_BEFORE = 60


@functools.lru_cache(maxsize=4)  # per text: the mention table and the resolver share it
def aliases(text: str) -> tuple[tuple[str, str], ...]:
    """The aliases a text gives people: (alias, full name), "Widodo, known as Jokowi".

    Each cue is found by ``str.find`` and read in a window of ``_ALIAS_BEFORE`` characters
    (linear in the text). The name has one to four capitalised words (a surname alone is
    expanded by the resolver).

    >>> aliases("Joko Widodo, popularly known as Jokowi, said so. Jokowi agreed.")
    (('Jokowi', 'Joko Widodo'),)
    """
    found: list[tuple[str, str]] = []
    for cue in _ALIAS_CUES:
        at = text.find(cue)
        while at >= 0:
            lo = max(0, at - _ALIAS_BEFORE)
            name = _ALIAS_NAME.search(text, lo, at)
            word = _ALIAS_WORD.match(text, at + len(cue))
            if name is not None and word is not None:
                full = name.group("name")
                if "\n" not in full and word.group("alias") not in full.split():
                    found.append((word.group("alias"), full))
            at = text.find(cue, at + len(cue))
    return tuple(found)
