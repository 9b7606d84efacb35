"""Speakers: the noun phrase next to a cue, its name and title, and what later mentions refer to.

Wire style introduces a speaker once with title and full name ("Russian Foreign Minister Sergei
Lavrov", AP Stylebook "titles": capitalise a formal title before a name) and refers back by
surname ("Lavrov"), pronoun ("He added") or description ("the ministry", "the Russian
diplomat"). :class:`Resolver` follows those references: against the story's mention table
(:mod:`wirestory._mentions`: the roles given to people, the acronyms the text defines, its
organisations and person mentions) for role phrases ("the Prime Minister"), organisation
descriptions ("the company"), acronyms ("the FIS") and pronouns (the subject before them),
else to the nearest compatible earlier speaker.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable
from typing import NamedTuple

import regex

from wirestory._agencies import lookup_agency
from wirestory._capitals import CapitalRuns, capital_runs
from wirestory._checks import REGEX_TIMEOUT
from wirestory._cues import DETERMINERS, PRONOUNS, STOP_WORDS
from wirestory._lexicon import SPEAKER_ORG_WORDS
from wirestory._mentions import DEMONYMS, LEADER_ROLES, MentionTable, mention_table, role_words
from wirestory._mentions import aliases as text_aliases
from wirestory._places import is_known_city
from wirestory._quotes import Tokens, fold_letters
from wirestory._scan import find_all, matches_at

__all__ = ["Resolver", "scan_back", "scan_forward", "split_name"]

#: Capitalised words that are titles or roles, not names ("Foreign Minister", "Gen.").
TITLES: frozenset[str] = frozenset(
    {
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "governor", "ambassador", "aide", "speaker", "deputy", "chairman", "chairwoman",
        "chair", "director", "chief", "general", "gen", "senator", "sen", "rep", "gov",
        "pm", "dpm",
        "representative", "mr", "ms", "mrs", "miss", "mme", "mdm", "madame", "dr", "prof",
        "professor", "prime", "premier", "treasurer",
        "chancellor", "king", "queen", "prince", "princess", "leader", "mayor", "judge",
        "justice", "commissioner", "envoy", "adviser", "advisor", "head", "officer", "ceo",
        "cfo", "coo", "founder", "executive", "manager", "commander", "colonel", "col",
        "lieutenant", "lt", "captain", "capt", "major", "maj", "sergeant", "sgt", "admiral",
        "adm", "vice", "assistant", "associate", "undersecretary", "attorney", "counsel",
        "coach", "analyst", "economist", "strategist", "editor", "correspondent", "sheikh",
        "emir", "ayatollah", "pope", "cardinal", "bishop", "rabbi", "imam", "reverend", "rev",
        "father", "sister", "brother", "madam", "datuk", "seri", "sri", "dato", "commodore",
        "brigadier", "pc", "dci",
        "lord", "lady", "sir", "dame", "mp", "mep", "councillor", "councilor", "consul",
        "delegate", "official", "spokes", "superintendent", "inspector", "detective", "chef",
        "senior", "first", "former", "acting", "interim", "incumbent", "then", "top",
        "foreign", "defence", "defense", "finance", "interior", "health",
        "state", "national", "security", "economy", "trade", "energy", "education",
    }
)  # fmt: skip

#: Party and political labels that describe a person before the name ("Republican Rand Paul",
#: "Labour's", "Democrat Hillary Clinton"), never part of it.
AFFILIATIONS: frozenset[str] = frozenset(
    {"republican", "democrat", "democratic", "conservative", "labour", "labor", "tory",
     "liberal", "socialist", "communist", "green", "centrist", "nationalist", "independent",
     "opposition", "populist", "libertarian", "progressive", "separatist", "royalist"}
)  # fmt: skip

#: Capitalised words that make a name an organisation's ("Foreign Ministry", "Times"): the
#: lexicon that photo credits and bylines read too (:mod:`wirestory._lexicon`).
ORG_WORDS: frozenset[str] = SPEAKER_ORG_WORDS

#: Lower-case nouns that name a kind of person ("the ambassador", "the Russian leader").
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "leader", "president", "minister", "diplomat", "ambassador", "official", "spokesman",
        "spokeswoman", "spokesperson", "lawmaker", "governor", "chief", "aide", "head",
        "secretary", "envoy", "premier", "chancellor", "mayor", "senator", "prosecutor",
        "general", "commander", "director", "chairman", "chairwoman", "officer", "expert",
        "analyst", "scientist", "professor", "doctor", "lawyer", "attorney", "adviser",
        "advisor", "candidate", "politician", "monarch", "king", "queen", "prince", "pope",
        "emir", "judge", "student", "teacher", "mother", "father", "woman", "man", "owner",
        "founder", "executive", "ceo", "boss", "manager", "coach", "player", "actor",
        "author", "writer", "researcher", "economist", "witness", "resident", "survivor",
        "activist", "campaigner", "critic", "opponent", "legislator", "deputy", "mp",
        "representative", "negotiator", "strategist", "veteran", "victim", "worker", "chef",
        "diplomats", "convenor", "epidemiologist", "virologist", "physician", "nurse",
    }
)  # fmt: skip

#: Lower-case nouns of outlets: "the paper", "the news agency".
MEDIA_NOUNS: frozenset[str] = frozenset(
    {"paper", "newspaper", "agency", "broadcaster", "daily", "weekly", "outlet", "tabloid",
     "channel", "network", "station", "website", "site", "newswire", "magazine", "media"}
)  # fmt: skip

#: Lower-case nouns of documents: "the statement" names no speaker.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {"statement", "report", "reports", "article", "commentary", "editorial", "letter",
     "document", "study", "survey", "filing", "complaint", "release", "memo", "notice",
     "post", "tweet", "message", "communique", "transcript", "readout", "column", "analysis"}
)  # fmt: skip

_GENERIC_HEADS: frozenset[str] = frozenset(
    {"officials", "analysts", "experts", "sources", "diplomats", "residents", "witnesses",
     "media", "people", "observers", "critics", "authorities", "scientists", "researchers",
     "police", "doctors", "activists", "lawmakers", "economists", "forecasters", "traders",
     "investors", "reports", "others", "some", "many", "data", "both"}
)  # fmt: skip

_TIME_WORDS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
     "month", "year", "earlier", "later", "last", "this", "next", "late", "early", "recently",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "on", "in", "at", "during", "after", "before",
     "meanwhile", "separately", "however", "but", "and", "also", "still", "yet", "so",
     "elsewhere", "then", "now", "for", "with", "from", "of", "moreover", "finally",
     "instead", "indeed", "thus", "similarly", "likewise", "again"}
)  # fmt: skip

_ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "ms", "mrs", "dr", "st", "jr", "sr", "gen", "lt", "col", "sen", "rep", "gov",
     "prof", "capt", "sgt", "maj", "adm", "rev", "u.s", "u.n", "u.k", "e.u", "inc", "corp",
     "p.m", "a.m",
     "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "mt", "ft"}
)  # fmt: skip

#: Words that open a post-modifier after a noun phrase's head: "data from the UN".
_POST_MODIFIERS: frozenset[str] = frozenset(
    {"of", "for", "from", "to", "at", "in", "on", "with", "by", "around", "about", "near",
     "inside", "outside", "within", "among", "across", "over", "under", "into", "like",
     "than", "via", "against", "behind", "after", "before", "since", "during"}
)  # fmt: skip

#: Lower-case nouns of places: "the Japanese capital of Tokyo" is Tokyo, "the South Asian
#: nation" is a description.
_PLACE_NOUNS: frozenset[str] = frozenset(
    {"capital", "city", "town", "village", "state", "province", "country", "island", "region",
     "county", "district", "port", "kingdom", "republic", "nation", "territory", "enclave"}
)  # fmt: skip

#: Days and months: a preposition before one opens a time, not part of a name ("in November").
_DATE_WORDS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip

_FORWARD_STOPS: frozenset[str] = frozenset(
    {"late", "early", "this", "last", "next", "earlier", "later", "today", "yesterday",
     "tonight", "on", "in", "during", "when", "while", "after", "before", "as", "because"}
)  # fmt: skip
#: Words that open a description: "the mayor", "his spokeswoman", "this agency".
_OPENERS: frozenset[str] = frozenset({"the", "this", "his", "her", "its", "their"})

#: An age standing for a person: "the 45-year-old", "the 72-year-old".
_AGED = regex.compile(r"\d{1,3}-year-old\Z")

#: Organisation nouns a description may use for a company ("the company" is "S7 Airlines").
_COMPANY_NOUNS: frozenset[str] = frozenset(
    {
        "company",
        "firm",
        "carrier",
        "airline",
        "group",
        "maker",
        "manufacturer",
        "lender",
        "bank",
        "insurer",
    }
)
#: Words of a company's name that the company nouns fit ("S7 Airlines", "Acme Motors Inc").
_COMPANY_WORDS: frozenset[str] = frozenset(
    {"airlines", "airways", "air", "motors", "inc", "corp", "corporation", "co", "ltd", "plc",
     "llc", "group", "bank", "company", "holdings", "industries", "technologies", "ag", "sa",
     "gmbh", "energy", "pharma", "pharmaceuticals", "systems", "partners"}
)  # fmt: skip
#: Nouns that say nothing of an organisation's kind: the nearest one is meant.
_GENERIC_ORG_NOUNS: frozenset[str] = frozenset({"organisation", "organization", "body"})
#: Nouns of organisations that have a place rather than a name: "the embassy", "the clinic".
_PLACE_ORG_NOUNS: frozenset[str] = frozenset(
    {
        "embassy",
        "clinic",
        "club",
        "journal",
        "consulate",
        "hospital",
        "school",
        "university",
        "federation",
    }
)
#: Nouns that fit any organisation: "the organisation", "the body", "the group".
_ANY_ORG_NOUNS: frozenset[str] = frozenset(
    {"organisation", "organization", "body", "group", "institution", "watchdog", "regulator",
     "agency", "club", "team", "side"}
)  # fmt: skip
_NP_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "from", "at", "in", "with", "to"})
_MAX_NP = 22
#: The shortest surname read as a spelling variant of another, and how many of a text's
#: surnames are compared (a bounded search).
#: Two sets of initials joined by "and": a company whose "&" the wire spelled out, as
#: Reuters' 1987 teletype copy does throughout ("S and P" for S&P, "LL and E", "B and C"),
#: one name, not two people.
_INITIALS_AND = regex.compile(r"(?P<left>\p{Lu}{1,3})\ and\ (?P<right>\p{Lu}{1,3})")

_VARIANT_MIN = 6
_VARIANT_NAMES = 400
#: How many earlier speakers a later mention may refer back to (keeps resolution linear).
_RECENT = 60
#: How many whole-text searches one text may trigger (appositive names, acronyms).
_MAX_SEARCHES = 40


#: Endings of hyphenated adjectives that describe an organisation or person: "Texas-based",
#: "state-run", "Saudi-owned".
_PLACE_ADJECTIVES = ("-based", "-run", "-owned", "-led", "-backed", "-born", "-controlled")

#: Nouns for a newspaper, and the words of newspapers' names ("Orlando Sentinel", "The
#: Plain Dealer" aside): "the newspaper" is the Sentinel, not a wire agency quoted near it.
_NEWSPAPER_NOUNS: frozenset[str] = frozenset({"newspaper", "paper", "daily", "tabloid", "weekly"})
_NEWSPAPER_WORDS: frozenset[str] = frozenset(
    {"times", "daily", "post", "sinmun", "sentinel", "chronicle", "observer", "examiner",
     "inquirer", "courier", "mirror", "express", "gazette", "tribune", "telegraph", "herald",
     "journal", "globe", "mail", "dispatch", "bulletin", "register", "standard", "guardian",
     "independent", "star", "sun", "record", "review", "ilbo", "shimbun", "zeitung", "weekly",
     "tabloid", "newspaper", "paper"}
)  # fmt: skip
#: Nouns of a news outlet that a lead may name only later ("China's state-run news agency
#: said ... Xinhua reported"); not "website", "site" or "media" ("Belgium's government
#: website" is no outlet).
_OUTLET_NOUNS: frozenset[str] = frozenset(
    {"agency", "newspaper", "paper", "broadcaster", "daily", "tabloid", "outlet", "channel",
     "network", "station", "newswire", "magazine", "weekly"}
)  # fmt: skip
#: Lower-case modifiers an outlet's description may have: "the state news agency".
_MEDIA_MODIFIERS: frozenset[str] = frozenset(
    {"news", "state", "official", "national", "local", "online", "daily", "weekly",
     "independent", "conservative", "liberal", "leading", "influential", "tabloid"}
)  # fmt: skip
#: How far before "the journal" a one-word outlet that spoke may be (characters).
_OUTLET_REACH = 1500

#: Party nouns an epithet ends with: "the Ohio Republican", "the Vermont independent".
_PARTY_EPITHETS: frozenset[str] = frozenset(
    {"democrat", "republican", "independent", "conservative", "socialist", "tory"}
)

#: What an owner publishes in its own voice: "Adani Power's website", "Holt's Twitter account".
_OWNED_SOURCES: frozenset[str] = frozenset(
    {"website", "site", "blog", "account", "page", "feed", "newsletter", "channel"}
)

#: What a person says in their own voice: "Kahl's paper" (an economist's study), "James
#: Comey's news conference", "the senator's prepared remarks" (Reuters-21578, PolNeAR): the
#: owner speaks, and the surname alone later is the owner's, never "Kahl's paper".
_OWNED_WORDS: frozenset[str] = frozenset(
    {"paper", "conference", "speech", "remarks", "testimony", "interview", "briefing"}
)

#: An indefinite noun phrase's head: "a senior administration official", "an aide", "one
#: banking analyst" ("one" and "another" introduce an unnamed person as "a" does: "one fund
#: manager said ... the manager added", "another trader said").
_INDEFINITE_HEAD = regex.compile(
    r"""
    \b(?:[Aa]n?|[Oo]ne|[Aa]nother)[\ \t]+        # "a", "an", "one", "another"
    (?:[\p{Ll}\-]+[\ \t]+){0,3}?                 # up to three modifiers ("senior")
    (?P<head>[\p{Ll}\-]+)\b                     # the head noun ("official")
    (?=[\ \t]*[,.;:]|[\ \t]+(?:who|told|said|says|with|for|at|in|of)\b)  # where it ends
    """,
    regex.VERBOSE,
)

#: A transcript's speaker label with a given name: "JAKE TAPPER:" at a line's start.
_TRANSCRIPT_LABEL = regex.compile(
    r"(?m)^\p{Lu}[\p{Lu}.\-']*[\ \t]+(?P<surname>\p{Lu}[\p{Lu}\-']+):"
)

#: Verbs and adverbs a title-case headline capitalises after a name, never a name's word:
#: "Donald Trump Is Right", "Kasich Just Revealed", "Lindsey Graham Says" (not "Will", "May":
#: given names and surnames).
_HEADLINE_VERBS: frozenset[str] = frozenset(
    {"Is", "Are", "Was", "Were", "Says", "Said", "Just", "Has", "Have", "Had", "Tells", "Told",
     "Calls", "Wants", "Gets", "Slams", "Reveals", "Revealed", "Announces", "Announced",
     "Explains", "Defends", "Responds", "Responded", "Admits", "Claims", "Warns", "Urges"}
)  # fmt: skip

#: Honorifics before a surname: "Mr. Morgan of the Sierra Club" is Morgan.
_HONORIFIC_WORDS: frozenset[str] = frozenset(
    {"mr", "ms", "mrs", "miss", "dr", "prof", "mme", "mdm"}
)

#: Peerage titles, named for a place: "the Duke of Edinburgh", "the Earl of Wessex" (not
#: in ``TITLES``: "David Duke", "Marty Baron" are names).
_PEERAGE: frozenset[str] = frozenset(
    {"duke", "duchess", "earl", "countess", "baron", "baroness", "marquess", "viscount"}
)

#: Gendered role nouns an epithet may use ("the actress", "the businessman").
_FEMALE_EPITHETS: frozenset[str] = frozenset(
    {"actress", "businesswoman", "chairwoman", "spokeswoman", "congresswoman", "widow",
     "mother", "grandmother", "sister", "daughter", "wife", "queen", "princess"}
)  # fmt: skip
_MALE_EPITHETS: frozenset[str] = frozenset(
    {"actor", "businessman", "chairman", "spokesman", "congressman", "father", "grandfather",
     "brother", "son", "husband", "king", "prince"}
)  # fmt: skip

#: A pronoun's contraction, never a name: "It's", "He's", "I've", "They're".
_CONTRACTION = regex.compile(
    r"(?i)(?:he|she|it|i|we|you|they|there|that|what|who|here)['’](?:s|ve|m|re|ll|d)\Z"
)

#: Single capitalised words that name no one: numbers, quantities, dates and function words
#: opening a sentence ("Six said", "Several told", "According to ...", "Other reports").
_COMMON_WORDS: frozenset[str] = (
    STOP_WORDS
    | _DATE_WORDS
    | frozenset(
        {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "dozens", "hundreds", "thousands", "several", "many", "some",
         "most", "all", "both", "few", "other", "others", "another", "according", "for",
         "back", "look", "last", "next", "this", "these", "those", "each", "every", "wow"}
    )
)  # fmt: skip


#: Plural agent nouns that market and commodity copy quotes as a group ("Dealers said",
#: "Brokers said", "Growers said": Reuters-21578; Reuters' market reports cite "dealers",
#: "traders" and "brokers" unnamed): capitalised at a sentence's start, never a name.
_MARKET_SOURCES: frozenset[str] = frozenset(
    {"dealers", "traders", "brokers", "bankers", "growers", "exporters", "importers",
     "producers", "buyers", "sellers", "shippers", "refiners", "lenders", "creditors",
     "underwriters", "arbitragers", "arbitrageurs", "forecasters", "strategists"}
)  # fmt: skip


def is_abbreviation(tokens: Tokens, k: int) -> bool:
    """Whether the word token *k*, followed by ".", is an abbreviation ("Mr", "U.S", "A")."""
    text = tokens.text[k]
    return tokens.low[k] in _ABBREVIATIONS or (len(text) == 1 and text.isupper())


_QUANTITIES: frozenset[str] = frozenset(
    {"percent", "%", "many", "some", "most", "all", "half", "majority", "minority", "number",
     "none", "few", "several", "one", "two", "three", "each", "both", "dozens", "hundreds",
     "thousands", "millions", "quarter", "third", "share", "rest"}
)  # fmt: skip

#: Stop words that stay stop words when capitalised at a sentence start ("When asked, ...").
_CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"but", "and", "as", "when", "while", "if", "after", "before", "once", "although",
     "though", "because", "since", "where", "whether", "then", "so", "yet", "or", "nor",
     "however", "meanwhile", "until", "unless", "whereas", "why", "how", "what"}
)  # fmt: skip


def _np_word(tokens: Tokens, k: int) -> bool:
    if not tokens.is_word[k]:
        return tokens.text[k] in "’'&"
    low = tokens.low[k]
    return low not in STOP_WORDS or (tokens.is_cap[k] and low not in _CLAUSE_OPENERS)


def scan_back(tokens: Tokens, lo: int, j: int) -> tuple[int, int] | None:
    """Return ``(first, last)`` token indexes of the noun phrase ending at token *j*.

    Scanning stops at punctuation, at clause words ("that", "because", "and" between lower-case
    words) and at *lo*. A leading time or place adverbial is dropped ("On Wednesday the
    ministry" -> "the ministry"). ``None`` when no noun phrase ends at *j*.
    """
    if j >= lo and tokens.text[j] == ")":
        # "Rep. Hank Johnson (D-Ga.) said": the name comes before the parenthesis ...
        opener = next(
            (n for n in range(j - 1, max(lo - 1, j - 10), -1) if tokens.text[n] == "("), -1
        )
        if opener > lo:
            # ... but is left out of the speaker, as a parenthetical acronym is ("KCNA").
            return scan_back(tokens, lo, opener - 1)
    if j < lo or tokens.quote[j] >= 0 or tokens.mark[j] is not None:
        return None
    if tokens.text[j] == "." and j - 1 >= lo and is_abbreviation(tokens, j - 1):
        j -= 1  # "... Jackson, Miss.," -- the phrase ends with an abbreviation
    if tokens.low[j] in PRONOUNS and tokens.is_word[j]:
        return (j, j)
    k = j
    first = -1
    count = 0
    lows, texts = tokens.low, tokens.text
    while k >= lo and count < _MAX_NP:
        low, text = lows[k], texts[k]
        if tokens.quote[k] >= 0 or tokens.mark[k] is not None:
            break
        if first != -1 and low in {"his", "her", "its", "their", "my", "our", "your"}:
            first = k  # a possessive determiner: "her friend"
            k -= 1
            count += 1
            continue
        if text == "." and k > lo and is_abbreviation(tokens, k - 1) and first != -1:
            k -= 1
            continue
        if low == "and" and first != -1:
            if (
                k > lo
                and (tokens.is_cap[k - 1] or lows[k - 1].endswith(("'s", "’s")))
                and (
                    tokens.is_cap[first]
                    or lows[first].endswith(("'s", "’s"))
                    or lows[first] == "the"
                )
            ):
                first = k
                k -= 1
                count += 1
                continue
            break
        if low in _NP_PREPOSITIONS and first != -1:
            first = k
            k -= 1
            count += 1
            continue
        if not _np_word(tokens, k):
            break
        if (
            low in PRONOUNS
            and first != -1
            and low not in {"it", "that"}
            and not (text.isupper() and len(text) > 1)  # "WHO Europe director"
        ):
            break
        first = k
        k -= 1
        count += 1
    if first == -1:
        return None
    # Trim leading adverbials and prepositions: "On Wednesday the ministry", "In Beijing".
    while first <= j and (
        tokens.low[first] in _TIME_WORDS
        or not tokens.is_word[first]
        or tokens.low[first] in _NP_PREPOSITIONS
    ):
        if tokens.low[first] in _NP_PREPOSITIONS:
            # Skip the preposition's object up to the next determiner or capitalised run start.
            nxt = first + 1
            while nxt <= j and tokens.low[nxt] not in DETERMINERS and not tokens.is_cap[nxt]:
                nxt += 1
            # "In Beijing officials said": skip the capitalised object too.
            first = nxt + 1 if nxt < j and tokens.is_cap[nxt] else nxt
            continue
        first += 1
    if first > j:
        return None
    # A capitalised article inside the phrase starts a new one: "Andrew Kelly / Reuters The
    # United Nations Security Council" (a photo credit run into the text).
    for k in range(j, first, -1):
        if tokens.text[k] in {"The", "A", "An"}:
            first = k
            break
    # A determiner never ends a noun phrase; a trailing preposition neither.
    if tokens.low[j] in DETERMINERS or tokens.low[j] in _NP_PREPOSITIONS:
        return None
    return (first, j)


def scan_forward(tokens: Tokens, i: int, hi: int) -> tuple[int, int] | None:
    """Return ``(first, last)`` of the noun phrase starting at token *i* ('said Lavrov, ...').

    >>> from wirestory._quotes import tokenize
    >>> toks = tokenize("said Sergei Lavrov on Friday", 0, 28, [])
    >>> scan_forward(toks, 1, len(toks))
    (1, 2)
    """
    if i < hi and tokens.low[i] in PRONOUNS and tokens.is_word[i]:
        return (i, i)
    k = i
    last = -1
    lows, texts, is_cap = tokens.low, tokens.text, tokens.is_cap
    while k < hi and k - i < _MAX_NP:
        low, text = lows[k], texts[k]
        if tokens.quote[k] >= 0 or tokens.mark[k] is not None:
            break
        if k > i and low in _FORWARD_STOPS and not is_cap[k]:
            break
        if text == "." and k > i and is_abbreviation(tokens, k - 1):
            k += 1
            continue
        if not tokens.is_word[k] and text not in "’'&":
            break
        if low in {"of", "for", "from", "with", "at"} and last != -1:
            k += 1
            continue
        if (
            low == "to"
            and last != -1
            and k + 1 < hi
            and (tokens.is_cap[k + 1] or tokens.low[k + 1] in DETERMINERS)
        ):
            k += 1  # "a longtime adviser to Trump", "ambassador to the UN"
            continue
        if low in STOP_WORDS and not is_cap[k]:
            break
        if low in {"in", "who", "which", "adding", "saying", "according"} and not is_cap[k]:
            break
        last = k
        k += 1
    if last == -1:
        return None
    while last > i and tokens.low[last] in (_NP_PREPOSITIONS | DETERMINERS):
        last -= 1
    return (i, last)


_NAME_RUN = regex.compile(
    r"""
    (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{N}’'\-]*)      # a capitalised word or initials (R.V.)
    (?:
        [\ \t]+                                         # a space (never a line break)
        (?:(?:bin|al|de|da|del|van|von|der|le|la|el|ibn|dos|du|ten|ter|di)[\ \t]+)?  # particle
        (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{N}’'\-]*)  # the next capitalised word
    )*
    """,
    regex.VERBOSE,
)

_PARTICLES = frozenset({"bin", "al", "de", "da", "del", "van", "von", "der", "le", "la", "el",
                        "ibn", "dos", "du", "ten", "ter", "di"})  # fmt: skip


@functools.lru_cache(maxsize=16384)  # called for every word of every name run of a text
def _bare(word: str) -> str:
    return word.strip(".,;:").lower().removesuffix("’s").removesuffix("'s")


def _is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def _strip_article(text: str) -> str:
    for article in ("the ", "The ", "THE "):
        if text.startswith(article):
            return text[len(article) :]
    return text


@functools.lru_cache(maxsize=4096)
def _is_org(text: str) -> bool:
    return any(_bare(w) in ORG_WORDS for w in text.split())


def _trailing_run(words: list[str]) -> int:
    """Index where the trailing run of capitalised non-title words starts."""
    cut = len(words)
    while cut > 0:
        word = words[cut - 1]
        if word.lower() in _PARTICLES and cut < len(words):
            cut -= 1
            continue
        if (
            word in {"of", "for"}
            and cut < len(words)
            and cut >= 2
            and words[cut - 2][:1].isupper()
            and (_is_org(" ".join(words[cut:])) or _is_org(words[cut - 2]))
        ):
            # "Office for National Statistics", "Joint Chiefs of Staff".
            cut -= 1
            continue
        if _is_title(word) and cut == len(words) and _surname_title(words, cut - 1):
            cut -= 1  # "Julie Bishop", "Ms Bishop", "John Major": a surname, not a title
            continue
        if not word[:1].isupper() or _is_title(word) or _is_possessive(word):
            break
        if _bare(word) in AFFILIATIONS and len(words) - cut >= 2:
            break  # "Kentucky Republican Rand Paul": a party label before the name
        cut -= 1
    return cut


#: Titles that are also common surnames: "Julie Bishop", "John Major", "Stephen King",
#: "Mike Judge". Last in a run after a given name or an honorific, they are the surname.
_SURNAME_TITLES: frozenset[str] = frozenset(
    {"bishop", "major", "king", "judge", "marshal", "chancellor", "cardinal", "mayor", "pastor"}
)  # fmt: skip


def _surname_title(words: list[str], k: int) -> bool:
    """Whether the title ``words[k]``, last in the run, is a surname ("Ms Bishop")."""
    if _bare(words[k]) not in _SURNAME_TITLES or not words[k][:1].isupper() or k == 0:
        return False
    before = words[k - 1]
    low = _bare(before)
    if low in {"mr", "ms", "mrs", "miss", "dr", "sir", "dame", "lady", "mme", "mdm"}:
        return True  # "Ms Bishop", "Mr Major"
    return (
        before[:1].isupper()
        and not _is_title(before)
        and low not in DEMONYMS
        and low not in AFFILIATIONS
        and not is_known_city(before)
        and before not in {"The", "A", "An"}
        and not _is_org(before)
    )  # "Julie Bishop"; not "Prime Minister", "Jordanian King", "The Mayor"


def _is_title(word: str) -> bool:
    """A title word, hyphenated ones too: "Minister", "Secretary-General", "President-elect"."""
    low = _bare(word)
    return low in TITLES or ("-" in low and low.split("-", 1)[0] in TITLES)


#: Role nouns that are kin words, never read as a title inside a run: "Son Heung Min" is a
#: name (Korean surname Son), not "son" + "Heung Min".
_KIN_ROLES: frozenset[str] = frozenset(
    {"son", "sister", "brother", "wife", "husband", "daughter", "widow", "aunt", "uncle",
     "cousin", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather",
     "mother", "father", "man", "woman", "host", "owner", "head", "general", "chief"}
)  # fmt: skip

#: Post-nominal letters, no part of a name: "Natalie Adams SC" (Senior Counsel), "QC", "KC",
#: "MP", and British honours ("OBE").
_POST_NOMINALS: frozenset[str] = frozenset(
    {"SC", "QC", "KC", "MP", "MEP", "MSP", "TD", "OBE", "MBE", "CBE", "KBE", "DBE"}
)

#: Capitalised words before a name that describe it, beyond role nouns: "Even Lindsey Graham"
#: (a sentence adverb), "Rival Hillary Clinton", "Texas-based Matt Mackowiak".
_LEADING_MODIFIERS: frozenset[str] = frozenset({"even", "rival", "only", "also", "fellow"})


#: Nouns of nationality before a name of two or more words are an appositive, no part of the
#: name (AP Stylebook, "nationalities and races"): "Spaniard Natividad Andres" (CNN/DailyMail),
#: "Briton Tom Reyes", "Swede Ana Lind". Not the adjectives: "American Stock Exchange",
#: "Canadian Pacific Air Lines", "British Information Services" (Reuters-21578) are names.
_NATIONALITY_NOUNS: frozenset[str] = frozenset(
    {"spaniard", "briton", "dane", "swede", "finn", "pole", "scot", "serb", "croat", "turk",
     "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "irishman",
     "welshman"}
)  # fmt: skip
#: Adjectives of regions: "Latin American", "Saudi Arabian" end no person's name.
_REGION_ADJECTIVES: frozenset[str] = frozenset(
    {"american", "arabian", "african", "asian", "european", "caribbean", "latin", "arab"}
)  # fmt: skip
#: Regions named with "the" ("the Caribbean", "the Gulf"): after "the", the region ends a
#: title's place and the name follows ("director for Latin America and the Caribbean Rainer
#: Steckhan", Reuters-21578; "the bank's man for the Gulf Omar Haddad").
_THE_REGIONS: frozenset[str] = frozenset(
    {"caribbean", "baltic", "balkans", "pacific", "atlantic", "mediterranean", "gulf",
     "arctic", "antarctic", "sahel", "maghreb"}
)  # fmt: skip


def _leading_title(word: str) -> bool:
    """Whether a capitalised word inside a run is a title or description, not a name's.

    AP Stylebook, "titles": a formal title is capitalised before a name ("Clark County
    Sheriff Joe Lombardo", "Assemblywoman Claudia Tenney", "Co-anchor Norah Lee"); an
    occupation is too at a sentence's start ("Journalist Carl Lee").
    """
    low = _bare(word)
    if low.endswith(("-based", "-born")) or low in _LEADING_MODIFIERS:
        return True
    parts = low.split("-") if "-" in low else [low]
    return any(part not in _KIN_ROLES and role_words(part) for part in parts)


def _person_name(words: list[str]) -> tuple[str | None, str | None]:
    """Split words into (name, description): the trailing capitalised run after any title.

    A title word inside the run before a name of two or more words ends the description:
    "Transport Safety Investigator Neil Campbell" is Neil Campbell.
    """
    if len(words) > 2 and words[-1] in _POST_NOMINALS:
        words = words[:-1]  # "Natalie Adams SC", "Tom Reyes MP": letters after a name
    cut = _trailing_run(words)
    while len(words) - cut > 1 and _bare(words[cut]).endswith(_PLACE_ADJECTIVES):
        cut += 1  # "California-based Baker", "French-controlled Schlumberger": a description
    name_words = words[cut:]
    if not name_words:
        return None, None
    for k in range(len(name_words) - 3, -1, -1):
        if (
            (
                _leading_title(name_words[k])
                or _bare(name_words[k]) in _NATIONALITY_NOUNS
                or (
                    _bare(name_words[k]) in _THE_REGIONS
                    and (name_words[k - 1] if k else words[cut - 1] if cut else "") == "the"
                )
            )
            and name_words[k][:1].isupper()
            and not _is_org(" ".join(name_words[k + 1 :]))
        ):
            cut += k + 1
            name_words = name_words[k + 1 :]
            break
    if (
        cut > 0
        and words[cut - 1].lower() in {"to", "of", "for", "in", "at"}
        and len(name_words) > 2
    ):
        # "Ambassador to Havana Viktor Koronelli": the place belongs to the title.
        cut = len(words) - 2
        name_words = words[cut:]
    elif (
        name_words[0] in {"of", "for"} and len(name_words) > 3 and not _is_org(" ".join(words[-2:]))
    ):
        # "Minister of State for Media Affairs Amjad Adayleh": the department is the title's.
        cut = len(words) - 2
        name_words = words[cut:]
    description = " ".join(words[:cut]) or None
    return " ".join(name_words), description


#: Capitalised words of a department's name that are also in ``TITLES`` ("Ministry of Foreign
#: Affairs", "Department of Homeland Security"): part of the organisation, not a person's title.
_DEPARTMENT_WORDS: frozenset[str] = frozenset(
    {"foreign", "defence", "defense", "finance", "interior", "health", "state", "national",
     "security", "economy", "trade", "energy", "education", "justice", "general"}
)  # fmt: skip


def _org_of(words: list[str]) -> str | None:
    """An organisation named "Org-word of/for Capitalised ..." as a whole, or ``None``.

    "Ministry of Foreign Affairs", "Office for Budget and Planning", "Bank of England"; not
    when a person's title and name follow ("Bank of England Governor Andrew Bailey").
    """
    start = 1 if words[0] in {"the", "a", "an"} else 0
    while start < len(words) - 1 and _is_possessive(words[start]):
        start += 1  # "the country's Office for Budget and Planning", "China's Bank of ..."
    if (
        len(words) - start < 3
        or words[start + 1] not in {"of", "for"}
        or _bare(words[start]) not in ORG_WORDS
        or not words[start][:1].isupper()
    ):
        return None
    for k in range(start + 2, len(words)):
        word = words[k]
        if word in {"of", "for", "and", "the"}:
            continue
        if not word[:1].isupper():
            return None
        low = _bare(word)
        if _is_title(word) and low not in _DEPARTMENT_WORDS:
            return None  # "... Governor Andrew Bailey": a person after the organisation
    return " ".join(words[start:])


def _head(words: list[str]) -> tuple[int, bool]:
    """The index of a mention's head word, and whether a participle or a date follows it.

    The head is the last word before the first post-modifier: a preposition after a
    lower-case word ("data from the UN", while "Office for National Statistics" keeps its
    "for"), a preposition opening a date ("CNN Business in November 2019"), or a participle
    opening a phrase ("a commentary published in ...", "James Wan writing in ...").
    """
    for i in range(1, len(words)):
        word = words[i]
        after = _bare(words[i + 1]) if i + 1 < len(words) else ""
        if word in _POST_MODIFIERS:
            if word in {"in", "on", "during", "since"} and (
                after in _DATE_WORDS or after[:1].isdigit()
            ):
                return i - 1, True
            if not words[i - 1][:1].isupper():
                return i - 1, False
        elif word[:1].islower() and word.endswith(("ing", "ed")) and after in _POST_MODIFIERS:
            return i - 1, True
    return len(words) - 1, False


def _names_no_one(words: list[str], head: int) -> bool:
    """Whether a mention whose head word is lower case (or a number) names no one.

    A common noun heads a description ("Malaysian employers", "a spokesman for Mr Duterte",
    "recent data from the United Nations"); an organisation's noun heads a name the style
    keeps ("China's foreign ministry", "Kyodo news agency"), unless indefinite ("a catering
    association"). A name after the head's prepositional phrase is the speaker's own ("Chairman
    of the Joint Chiefs of Staff Gen. Mark Milley"), one right after the preposition (and its
    titles) is the phrase's ("a spokesman for Mr Duterte").
    """
    noun = _bare(words[head])
    if words[head][:1].isupper() or (words[head][:1].isdigit() and head == len(words) - 1):
        return False
    if words[0].lower() in {"a", "an"}:
        return True
    if noun in ORG_WORDS or noun in MEDIA_NOUNS:
        return False
    cut = _trailing_run(words)
    if cut >= len(words) or cut <= head + 1:
        return True
    if noun in _PLACE_NOUNS and words[head + 1] == "of":
        return False  # "the Japanese capital of Tokyo": the place's own name
    # The name is the speaker's own only after an organisation's name ("of the Joint Chiefs of
    # Staff Gen. Mark Milley"); else it is the phrase's ("from China National Radio").
    return not any(_bare(w) in ORG_WORDS for w in words[head + 1 : -1])


def _title_place(words: list[str], of: int) -> bool:
    """Whether the words after a title's "of" are its place alone ("Duke of Edinburgh").

    One or two capitalised words, no organisation's ("Governor of the Bank of England Andrew
    Bailey" is a person), no name after them ("President of Ukraine Volodymyr Zelensky").
    """
    cut = _trailing_run(words)
    place = words[cut:]
    right_after = cut == of + 1 or (cut == of + 2 and words[of + 1].lower() == "the")
    return right_after and 1 <= len(place) <= 2 and not _is_org(" ".join(place))


def _surname_of_the(words: list[str], i: int, head: str) -> bool:
    """Whether one capitalised word before "of the" at *i* is a surname.

    "Bollag of the project team", "Johnson of the Corn Growers" (Reuters-21578: a full name
    cut at a line break), "Heiserman of the CORE Teachers" (PolNeAR). Not a title, a role,
    an organisation's word or a plural ("Secretary of the Treasury", "Leaders of the
    organization", "Members of the press"), nor a sentence's common word.
    """
    low = _bare(head)
    return (
        i == 1  # the mention opens with the one word
        and not (words[-1][:1].isupper() and _is_org(" ".join(words)))  # "Fruit of the Loom Inc"
        and len(words) > i + 2
        and words[i] == "of"
        and words[i + 1] == "the"
        and head.isalpha()
        and not head.isupper()
        and not low.endswith("s")
        and not _is_title(head)
        and not role_words(low)
        and low not in ORG_WORDS
        and low not in _PEERAGE
        and low not in _COMMON_WORDS
        and low not in DEMONYMS
    )


@functools.lru_cache(maxsize=4096)  # a pure function of a mention: "the company" recurs
def split_name(text: str) -> tuple[str | None, str | None]:
    """Split a speaker phrase into its proper name and its description (title, role).

    >>> split_name("Russian Foreign Minister Sergei Lavrov")
    ('Sergei Lavrov', 'Russian Foreign Minister')
    >>> split_name("the Russian Foreign Ministry")
    ('Russian Foreign Ministry', None)
    >>> split_name("Chinese Foreign Ministry spokeswoman Hua Chunying")
    ('Hua Chunying', 'Chinese Foreign Ministry spokeswoman')
    >>> split_name("analysts")
    (None, None)
    """
    words = text.split()
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS and not words[0].isupper()):
        return None, None
    if words[0] in {"The", "A", "An"}:
        words[0] = words[0].lower()  # "The ITF": a sentence's first word, no part of the name
    if "of" in words[1:]:
        before_of = words[words.index("of", 1) - 1].lower()
        if before_of in _QUANTITIES or before_of[:1].isdigit():
            return None, None  # "75 percent of Democrats", "many of the residents"
    org = _org_of(words)
    if org is not None:
        return org, None
    # Restrictive post-modifier: "David Wright of the Union of Concerned Scientists".
    for i, word in enumerate(words):
        if word in {"of", "with", "from", "at"} and i > 0 and words[i - 1][:1].isupper():
            head_name, head_desc = _person_name(words[:i])
            honoured = head_desc is not None and _bare(head_desc.split()[-1]) in _HONORIFIC_WORDS
            if (
                head_name
                and not _is_org(head_name)
                and (
                    len(head_name.split()) >= 2
                    or honoured  # "Mr. Morgan of the Club"
                    or _surname_of_the(words, i, head_name)  # "Bollag of the project team"
                )
            ):
                return head_name, head_desc
            title = words[i - 1]
            if (
                word == "of"
                and head_name in {None, title}
                and (_is_title(title) or _bare(title) in _PEERAGE or role_words(_bare(title)))
                and _title_place(words, i)
            ):
                # "the Duke of Edinburgh", "the Mayor of London": the place is the title's.
                return None, None
            break
    if not any(w[:1].isupper() for w in words if w.lower() not in DETERMINERS):
        return None, None
    last = _bare(words[-1])
    if last in DOCUMENT_NOUNS:
        # "the Xinhua report": the capitalised part names the speaker; not a name before a
        # preposition ("directed CNN to an online statement").
        start = max((k + 1 for k, w in enumerate(words) if w in _POST_MODIFIERS), default=0)
        run = [w for w in words[start:-1] if w[:1].isupper() and w.lower() not in DETERMINERS]
        if run and run[-1].endswith(("’s", "'s")) and len(run[-1]) > 4:
            # "the U.S. Embassy's annual report", "the Fund's latest survey": the owner
            # speaks, and its possessive mark is no part of its name.
            run[-1] = run[-1][:-2]
        return (" ".join(run) if run else None), None
    if len(words) == 1 and last.endswith("s") and (last in PERSON_NOUNS or last in _GENERIC_HEADS):
        return None, None  # "Diplomats say ...": capitalised only to open the sentence
    if words[0].lower() == "both":
        return None, None  # "Both Abe and Tillerson": a group
    head, clipped = _head(words)
    if _names_no_one(words, head):
        return None, None
    if clipped:
        return split_name(" ".join(words[: head + 1]))
    name, description = _person_name(words)
    cut = len(words) - len(name.split()) if name is not None else 0
    if (
        name is not None
        and cut >= 2
        and words[cut - 1].lower() == "the"
        and words[cut - 2].lower() in {"to", "of", "for", "at", "in"}
    ):
        return _strip_article(text), None  # "the Ethiopian Mission to the UN"
    if name is not None and not _is_org(name):
        if description is not None and _bare(description) in DETERMINERS:
            description = None
        return name, description
    if (
        name is not None
        and description is not None
        and description.split()[-1][:1].islower()
        and _bare(description.split()[-1]) not in DETERMINERS
        and description.split()[-1] not in {"of", "for", "to", "in", "at", "from"}
    ):
        # "state media Xinhua", "national broadcaster NHK".
        return name, description
    if last in _GENERIC_HEADS:
        return None, None
    if words[0].lower() in {"a", "an", "one", "some", "several", "two", "three", "another"}:
        return None, None
    lower = [k for k, w in enumerate(words) if w[:1].islower() and w not in _PARTICLES]
    if lower and lower[-1] < len(words) - 1:
        noun = words[lower[-1]]
        if _bare(noun) not in DETERMINERS and noun not in _POST_MODIFIERS and noun != "and":
            # "valuation experts Brand Finance": a common noun describes the name after it.
            return " ".join(words[lower[-1] + 1 :]), " ".join(words[: lower[-1] + 1])
    lead = 1 if words[0] == "the" else 0
    cap = next((k for k in range(lead, len(words)) if words[k][:1].isupper()), lead)
    if lead and cap > lead and not any(w in _POST_MODIFIERS for w in words[lead:cap]):
        # "the authoritative Business Day newspaper": an adjective before the name describes
        # it ("the influential Globe magazine"), no part of it.
        return " ".join(words[cap:]), " ".join(words[lead:cap])
    return _strip_article(text), None


#: A name right after a description: "spokeswoman Kira Yarmysh", "convenor, Bernard Chan".
_NAME_AFTER = regex.compile(
    r",?[\ \t]+(?P<name>" + _NAME_RUN.pattern + r")",
    regex.VERBOSE,
)
#: A name right before a description: "Bernard Chan, the convenor of ...".
_NAME_BEFORE = regex.compile(
    r"(?P<name>" + _NAME_RUN.pattern + r"),[\ \t]+(?:(?:the|a|an|his|her|its)[\ \t]+)?\Z",
    regex.VERBOSE,
)

#: An organisation's name in apposition after a description: ", the Liaison Office,".
_ORG_APPOSITIVE = regex.compile(
    r",[\ \t]+(?:the[\ \t]+)?(?P<name>" + _NAME_RUN.pattern + r"),",
    regex.VERBOSE,
)

#: A name right before a relative pronoun: "according to Lowe, " (before "who says").
_NAME_BEFORE_RELATIVE = regex.compile(
    r"(?P<name>" + _NAME_RUN.pattern + r"),[\ \t]*\Z",
    regex.VERBOSE,
)

#: A sentence opening with a possessive phrase in apposition to a name: "Her deputy, " (Jon
#: Berg, was absent): the name is someone of the owner's, not the pronoun's subject. Not after
#: a preposition: "Despite her earlier misgivings, Paulsen" is Paulsen.
_OWNED_APPOSITIVE = regex.compile(
    r"\s*[\"“]?(?:His|Her|Their)[\ \t]+[\p{L}\-]+(?:[\ \t]+[\p{L}\-]+)?,[\ \t]+\Z"
)
#: A pronoun before a cue that continues the last speaker's statement: "He added".
_CONTINUATION = regex.compile(
    r"(?:[Hh]e|[Ss]he)[\ \t]+(?:also[\ \t]+)?(?:added|adds|continued|continues|went[\ \t]+on)\b"
)
#: Prepositions of place: a city after one is where something is ("in Denver, who ...").
_LOCATIVES: frozenset[str] = frozenset({"in", "near", "from", "at"})
#: A relative "who" right after a mention: the mention is a person ("Nelson, who runs ...").
_RELATIVE_WHO = regex.compile(r",?[\ \t]+who\b")


def _relative_who(text: str, end: int) -> bool:
    """Whether a relative "who" follows offset *end* ("Nelson, who runs the kitchen").

    The pattern reads one line, so it is matched to the line's end only: unbounded,
    ``regex`` first looks for "who" in all the rest of the text, at every name.
    """
    line_end = text.find("\n", end)
    return _RELATIVE_WHO.match(text, end, len(text) if line_end < 0 else line_end) is not None


#: A possessive name whose noun has an appositive name: "Holt's colleague, " (Dr Per Lund).
_OWNER_OF_APPOSITIVE = regex.compile(
    r"""
    \p{Lu}[\p{L}\-]*(?:[\ \t]+\p{Lu}[\p{L}\-]*){0,3}   # the owner's name
    (?:’s|'s)[\ \t]+                                    # its possessive
    [\p{Ll}\-]+(?:[\ \t]+[\p{Ll}\-]+)?,[\ \t]+           # "colleague, ", "longtime friend, "
    (?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[\ \t]+)?\p{Lu}              # a name follows
    """,
    regex.VERBOSE,
)
#: How far into a sentence its opening subject may start ("The ", "On Monday, the ").
_OPENING = 12
#: How far back a pronoun's subject is looked for (characters).
_SUBJECT_REACH = 700
#: A sentence's end: a full stop, "?" or "!" (and a closing quote) before a space and a
#: capital, or a line break.
_SENTENCE_END = regex.compile(
    r"""
    (?<!\b(?:Mr|Ms|Mrs|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|No|Jr|Sr|[A-Z]))  # no abbreviation
    [.!?]["”’]?[\ \t]+(?=["“‘]?\p{Lu})
    | \n+
    """,
    regex.VERBOSE,
)
_QUOTE_CHARS = ('"', "“", "”")
#: A quotation's end in British copy, which quotes with single marks: "... at all.' One fan".
#: Not a sentence end for :meth:`Resolver._subject` (its quote reads as one sentence with the
#: words around it), only where an unnamed person may open the sentence after it.
_SINGLE_QUOTE_END = regex.compile(r"[.!?]['’][\ \t]+(?=\p{Lu})")

#: A sentence opening with an unnamed person: "One fan, who lives nearby, was ...", "A witness
#: said ...", "Another trader told ...". A pronoun after it is that person's, who has no name
#: (AP and Reuters keep a source unnamed this way: "a senior official", "one diplomat").
_UNNAMED_OPENING = regex.compile(
    r"""
    [\ \t]*(?:A|An|One|Another)[\ \t]+              # an indented paragraph's opening too
    (?:[\p{L}.\-]+[\ \t]+){0,3}?                    # modifiers ("senior", "Wolves", "U.S.")
    (?P<head>\p{L}[\p{Ll}\-]*)                        # the head noun ("fan", "Banker")
    (?:
        (?P<who>,[\ \t]+who\b)                        # ", who lives ...": a person
        | (?P<spoke>(?=[\ \t]+(?:said|says|told|tells|added)\b))  # "One trader said": a source
        | (?=[\ \t]+(?:was|is|had|has)\b)                # the verb
        | (?=,[\ \t]+\p{Ll})                            # ", speaking on condition ..."
    )
    """,
    regex.VERBOSE,
)

_PRONOUN = regex.compile(
    r"""
    \b(?P<pronoun>[Hh]e|[Ss]he)             # a subject pronoun
    [\ \t]+(?:also[\ \t]+|then[\ \t]+)?        # (also, then)
    (?:said|says|added|adds|told|tells|noted|explained|continued|stressed|wrote|warned)\b
    """,
    regex.VERBOSE,
)

#: A gendered personal pronoun: who a name is, read from the pronouns after its mentions.
_GENDER_PRONOUN = regex.compile(
    r"""
    \b(?:
      (?P<m>[Hh]e|[Hh]im|[Hh]is|[Hh]imself)       # masculine
      | (?P<f>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)   # feminine
    )\b
    """,
    regex.VERBOSE,
)
#: A capitalised word (not a sentence's first) right before a pronoun: the pronoun's owner.
_OTHER_OWNER = regex.compile(r"[\p{Ll},][\ \t]+\p{Lu}[\p{L}’'\-]+[\ \t]+\Z")
#: How far after a mention of a name its pronoun is looked for, and in how many mentions.
_VOTE_WINDOW = 200
_VOTE_MENTIONS = 12
#: How far from a name's first mention its other mentions are looked for (in characters).
_VOTE_REACH = 20_000

_GENDERED = regex.compile(
    r"""
    \b(?P<title>                 # a gendered title, grouped by first letter (a faster scan):
      M(?:r|s|rs|adam|adame|iss|me|dm)  # Mr, Ms, Mrs, Madam, Madame, Miss, Mme, Mdm
      | S(?:ir) | D(?:ame) | L(?:ady|ord) | K(?:ing) | Q(?:ueen) | P(?:rince|rincess)
      | s(?:pokesman|pokeswoman|on|ister)  # spokesman, spokeswoman, son, sister
      | c(?:hairman|hairwoman|ongressman|ongresswoman)  # chairman ... congresswoman
      | b(?:usinessman|usinesswoman|rother|oy)  # businessman, businesswoman, brother, boy
      | a(?:ctor|ctress) | f(?:ather) | d(?:aughter) | h(?:usband)  # actor ... husband
      | m(?:other|an) | w(?:ife|idow|oman)  # mother, man, wife, widow, woman
      | g(?:randmother|randfather|irl)  # grandmother, grandfather, girl
    )
    \.?,?[\ \t]+
    (?:(?:\p{Lu}\.){1,3}[\ \t]*|\p{Lu}[\p{L}’'\-]*[\ \t]+){0,3}
    (?P<surname>\p{Lu}[\p{L}’'\-]+)                    # the name's last word
    """,
    regex.VERBOSE,
)
#: The honorifics among them, the surest sign of gender: "Ms Yarmysh" decides over an earlier
#: "his spokesman Kira Yarmysh" (Reuters style uses "spokesman" for a woman too).
#: "Mdm": Singapore and Malaysian style for a married woman who keeps her own name ("Mdm
#: Chua"), as the Straits Times writes it.
_HONORIFICS = frozenset({"mr", "ms", "mrs", "madam", "madame", "miss", "mme", "mdm"})
_FEMALE_TITLES = frozenset(
    {"ms", "mrs", "madam", "madame", "miss", "mme", "mdm", "dame", "lady", "spokeswoman",
     "chairwoman",
     "businesswoman", "congresswoman", "queen", "princess", "actress", "mother", "daughter",
     "wife", "sister", "widow", "grandmother", "girl", "woman"}
)  # fmt: skip


#: Month abbreviations that, written without their full stop before another capitalised
#: word, are a given name, not a date: "Jan Berg", "Jun Tanaka" (AP style dates "Jan. 5").
_UNDOTTED_MONTHS: frozenset[str] = frozenset({"Jan", "Jun"})

#: Words stripped from the front of a capitalised run before it is read as a name.
_RUN_SKIPS = STOP_WORDS | _TIME_WORDS | DETERMINERS


#: Literal starts of every ``_GENDERED`` title: a match can begin only where one occurs
#: ("Mr" covers "Mrs", "Madam" "Madame", "man" "woman"'s tail is rejected by ``\b``).
_TITLE_STARTS = (
    "Mr", "Ms", "Madam", "Miss", "Mme", "Mdm", "Sir", "Dame", "Lady", "Lord", "King", "Queen",
    "Prince",
    "spokes", "son", "sister", "chair", "congress", "business", "brother", "boy", "act",
    "father", "daughter", "husband", "mother", "man", "wife", "widow", "woman", "grand", "girl",
)  # fmt: skip


#: Every title ``_GENDERED`` reads, whole: a match's title is a whole word (a letter cannot
#: come before it, nor after it: only ".", "," or a space).
_TITLE_WORDS: frozenset[str] = frozenset(
    {"Mr", "Ms", "Mrs", "Madam", "Madame", "Miss", "Mme", "Mdm", "Sir", "Dame", "Lady", "Lord",
     "King", "Queen", "Prince", "Princess", "spokesman", "spokeswoman", "son", "sister", "chairman",
     "chairwoman", "congressman", "congresswoman", "businessman", "businesswoman", "brother",
     "boy", "actor", "actress", "father", "daughter", "husband", "mother", "man", "wife",
     "widow", "woman", "grandmother", "grandfather", "girl"}
)  # fmt: skip


@functools.lru_cache(maxsize=4)  # per text: the statement finder and the speaker list share it
def _surname_genders(text: str) -> dict[str, str]:
    """Surnames after a gendered title ("Mr Lavrov", "spokeswoman Maria Zakharova").

    The first title before a surname gives its gender, unless an honorific comes later: "Ms
    Yarmysh" decides over an earlier "his spokesman Kira Yarmysh".

    The same matches as ``_GENDERED.finditer`` over *text*, found faster: a match can only
    start where a title's first letters occur, so ``str.find`` (in C) lists those places and
    the pattern is tried there alone, in text order, never inside an earlier match. In an
    ASCII text, only the titles that occur as words need looking for (often none).
    """
    literals: Iterable[str] = _TITLE_STARTS
    folded = fold_letters(text)
    if folded.isascii():
        # Each title starts with one of ``_TITLE_STARTS``: its places are among theirs.
        literals = _TITLE_WORDS.intersection(folded.split())
    starts = {at for literal in literals for at in find_all(text, literal)}
    genders: dict[str, str] = {}
    honoured: set[str] = set()  # surnames an honorific gave their gender
    for m in matches_at(_GENDERED, text, starts):
        title = m.group("title").lower()
        gender = "f" if title in _FEMALE_TITLES else "m"
        key = _bare(m.group("surname"))
        if title in _HONORIFICS and key not in honoured:
            honoured.add(key)
            genders[key] = gender  # the first honorific decides over any other title
        else:
            genders.setdefault(key, gender)
    return genders


@functools.lru_cache(maxsize=8192)
def _run_name(run: str) -> str | None:
    """The person's or organisation's name a capitalised run holds, if any.

    A pure function of the run's text, cached: "The", "Reuters" and "He" recur in every story.
    """
    words = run.split()
    for k in range(1, len(words)):
        if words[k] in _HEADLINE_VERBS:
            words = words[:k]  # "Donald Trump Is Right", "Kasich Just Revealed": title case
            break
    for k in range(len(words) - 1, -1, -1):
        if _is_possessive(words[k]) or (words[k] in {"The", "A", "An"} and k > 0):
            words = words[k + 1 :] if _is_possessive(words[k]) else words[k:]
            break
    while (
        words
        and _bare(words[0]) in _RUN_SKIPS
        and not (words[0] in _UNDOTTED_MONTHS and len(words) > 1)
    ):
        words = words[1:]
    if len(words) > 2 and all(word.isupper() for word in words):
        return None  # a headline or a slug in capitals ("BUNDESBANK CHANGES REPURCHASE PACT")
    name, _desc = _person_name(words)
    if name is not None:
        parts = name.split()
        while len(parts) > 2 and (role_words(_bare(parts[0])) or _bare(parts[0]) in DEMONYMS):
            parts.pop(0)  # "Singer Lena Moss", "Belgian Hans Kluge": a role or nationality
        name = " ".join(parts)
    return name


@functools.lru_cache(maxsize=8192)
def _name_parts(name: str) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """A name's words, whether it is an organisation's, and its runs of two or more words.

    Only a name of at most five words is indexed by its runs: a longer run of capitalised
    words (a headline, a list) would have quadratically many.
    """
    parts = tuple(name.split())
    if len(parts) > 5:  # the index's longest full name
        return parts, _is_org(name), ()
    keys = tuple(
        " ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 2, len(parts) + 1)
    )
    return parts, _is_org(name), keys


class _Entry(NamedTuple):
    """A name of a capitalised run: its words, whether an organisation's, its runs of words."""

    name: str
    parts: tuple[str, ...]
    org: bool
    keys: tuple[str, ...]
    bare: tuple[str, ...]
    """Its words, lower-cased, possessives dropped (the index's keys)."""
    indexed: bool
    """Whether the name is a person's of at most five words (the index holds those)."""


def _entry(name: str) -> _Entry:
    parts, org, keys = _name_parts(name)
    bare = tuple(_bare(part) for part in parts)
    return _Entry(name, parts, org, keys, bare, not org and len(parts) <= 5)


class _NameIndex:
    """The names of a text, for resolving short mentions to full names."""

    __slots__ = (
        "_capitals",
        "_entries",
        "_first",
        "_owners",
        "by_word",
        "fullest",
        "mentions",
        "votes",
    )

    def __init__(
        self,
        capitals: CapitalRuns,
        entries: list[tuple[int, _Entry]],
        by_word: tuple[dict[str, str], dict[str, str], dict[str, str]],
        fullest: dict[str, str],
        mentions: list[tuple[int, str]],
    ) -> None:
        """Keep the index; where each name is first mentioned is found on first use."""
        self._capitals = capitals
        self._entries = entries
        self._first: dict[str, list[int]] | None = None
        self.by_word = by_word
        """Full names (of two to five words) by their last, first and middle words."""
        self.fullest = fullest
        """The longest full name holding each run of two or more of its words."""
        self.mentions = mentions
        """Person mentions in text order: (offset, full name), for pronouns."""
        self._owners: dict[str, int] | None = None
        self.votes: dict[tuple[str, int], str] = {}
        """The pronouns' votes on each name's gender (see ``Resolver._pronoun_votes``)."""

    def owners(self) -> dict[str, int]:
        """How many first names each surname has among the full names ("Roger", "Jeremy")."""
        if self._owners is None:
            owners: dict[str, set[str]] = {}
            for _offset, full in self.mentions:
                parts = full.split()
                if len(parts) >= 2:
                    owners.setdefault(_bare(parts[-1]), set()).add(_bare(parts[0]))
            self._owners = {k: len(v) for k, v in owners.items()}
        return self._owners

    def first(self, name: str, default: int) -> int:
        """Where *name* is first mentioned off the heading lines, else *default*."""
        if self._first is None:
            self._first = {}
            for start, entry in self._entries:
                self._first.setdefault(entry.name, []).append(start)
        capitals = self._capitals
        for start in self._first.get(name, ()):
            if not capitals.heading(capitals.line_of(start)):
                return start
        return default


@functools.lru_cache(maxsize=16384)  # a pure function of a capitalised run's text
def _run_entries(run: str) -> tuple[tuple[int, _Entry, _Entry | None], ...]:
    """The names in a capitalised run of :mod:`wirestory._capitals`, with their offsets.

    A capitalised run joins words with "of", "for" and "and" ("Bank of England"); a name
    run does not, so the one is cut there into the others: the same runs as
    ``_NAME_RUN.finditer`` over the whole text (between capitalised runs it finds nothing).
    Each name of three words or more comes with its last two words, the name to use after a
    preposition ("Ambassador to Havana Viktor Koronelli").

    >>> [(at, e.name) for at, e, _short in _run_entries("Bank of England")]
    [(0, 'Bank'), (8, 'England')]
    """
    found: list[tuple[int, _Entry, _Entry | None]] = []
    # No ``timeout``: each repetition of the pattern opens on its own separator (a space or
    # tab) and its two alternatives cannot both match a word, so it cannot backtrack;
    # ``regex`` would read the process clock on every one of the matches.
    for m in _NAME_RUN.finditer(run):
        name = _run_name(m.group())
        if name is None:
            continue
        entry = _entry(name)
        short = _entry(" ".join(entry.parts[-2:])) if len(entry.parts) >= 3 else None
        found.append((m.start(), entry, short))
    return tuple(found)


def _entries(text: str, capitals: CapitalRuns) -> list[tuple[int, _Entry]]:
    """Every name of every capitalised run of *text*, in text order: (offset, entry)."""
    entries: list[tuple[int, _Entry]] = []
    for run, run_start in zip(capitals.runs, capitals.starts, strict=True):
        for offset, entry, short in _run_entries(run):
            start = run_start + offset
            before = text[max(0, start - 4) : start].lower()
            if short is not None and (
                before.endswith(("to ", "of ", "for ", "in ", "at "))
                or (before.endswith("the ") and _bare(entry.parts[0]) in _THE_REGIONS)
            ):
                # "Ambassador to Havana Viktor Koronelli", "director for ... the Caribbean
                # Rainer Steckhan": the place is not part of the name.
                entries.append((start, short))
            else:
                entries.append((start, entry))
    return entries


@functools.lru_cache(maxsize=4)  # per text: the statement finder and the speaker list share it
def _index_names(text: str) -> _NameIndex:
    """Index the names of *text*: every capitalised run that holds a name, off the headings.

    The runs come from the story's one scan (:func:`wirestory._capitals.capital_runs`),
    shared with the mention table. A headline run is no one's fullest name ("Lena Moss Says
    No"): a run's line is tested where the run would count, once per line.
    """
    last_words: dict[str, str] = {}
    first_words: dict[str, str] = {}
    middle_words: dict[str, str] = {}
    fullest: dict[str, str] = {}
    capitals = capital_runs(text)
    heading, line_of = capitals.heading, capitals.line_of
    entries = _entries(text, capitals)
    kept: list[tuple[int, _Entry]] = []  # the full names off the headings, and the rest
    for start, entry in entries:
        if not entry.indexed:
            continue
        bare = entry.bare
        if len(bare) >= 2:
            if heading(line_of(start)):
                continue
            name = entry.name
            last_words.setdefault(bare[-1], name)
            first_words.setdefault(bare[0], name)
            for word in bare[1:-1]:
                middle_words.setdefault(word, name)
            for key in entry.keys:
                if len(name) > len(fullest.get(key, "")):
                    fullest[key] = name
        kept.append((start, entry))
    mentions: list[tuple[int, str]] = []
    for start, entry in kept:
        one = len(entry.bare) == 1
        full = last_words.get(entry.bare[0]) if one else entry.name
        if full is not None and (not one or not heading(line_of(start))):
            mentions.append((start, fullest.get(full, full)))
    by_word = (last_words, first_words, middle_words)
    return _NameIndex(capitals, entries, by_word, fullest, mentions)


class Resolver:
    """Resolves speaker mentions to names, remembering the speakers seen so far in a text."""

    def __init__(self, text: str) -> None:
        """Start with no speakers seen; the text's names are indexed when first needed."""
        self._text = text
        self._people: list[tuple[str, str | None]] = []  # (name, description), text order
        self._person_names: set[str] = set()  # the names in ``_people``, for a constant lookup
        self._orgs: list[tuple[str, str]] = []  # (name, mention text)
        self._gender: dict[str, str] = {}
        self._appositive: str | None = None
        self._genders: dict[str, str] | None = None  # built on first use
        self._index: _NameIndex | None = None  # built on first use
        self._mentions: MentionTable | None = None  # built on first use
        self._known_names: set[str] | None = None  # the body's names, on first use
        self._spoken_orgs: list[tuple[int, str]] = []  # (mention end, name) of speaking orgs
        self._searches = 0
        self._labels: set[str] | None = None  # transcript labels' surnames, on first use
        self._unnamed: set[int] = set()  # starts of pronouns that stand for an unnamed person
        self._spoke_at: list[int] = []  # where each named person spoke (mention ends), in order
        self._end = 0

    @property
    def _names(self) -> _NameIndex:
        """The text's names, indexed when a mention first needs them.

        Statements whose speakers are descriptions ("analysts", "the company") never do.
        """
        if self._index is None:
            self._index = _index_names(self._text)
        return self._index

    @property
    def _table(self) -> MentionTable:
        """The text's mention table (roles, acronyms, organisations, person mentions)."""
        if self._mentions is None:
            self._mentions = mention_table(self._text)
        return self._mentions

    @property
    def _surname_gender(self) -> dict[str, str]:
        """Surnames after a gendered title, indexed on first use; an honorific decides."""
        if self._genders is None:
            self._genders = _surname_genders(self._text)
        return self._genders

    def _titled_gender(self, name: str) -> str | None:
        """The gender a title gives the name's surname, unless several people share it.

        "Mrs Triantafilo" says nothing of Roger or Jeremy Triantafilo.
        """
        key = _bare(name.rsplit(maxsplit=1)[-1])
        gender = self._surname_gender.get(key)
        if gender is None:
            return None
        return gender if self._names.owners().get(key, 0) <= 1 else None

    def _pronoun_votes(self, name: str) -> str:
        """The gender of the pronouns that follow a name's mentions, by majority, or "".

        Each mention of the name's last word votes with the first "he/his/him" or
        "she/her" after it, within ``_VOTE_WINDOW`` characters and before the next mention of
        someone else ("Lowe tells CNN as she reflects", "drove Lowe to visit the doctor when
        she was 34").
        """
        # Mentions within ``_VOTE_REACH`` characters of the name's first one: the whole text of
        # any news story, and a bounded search (linear time overall) in a long file of them.
        first = self._names.first(name, self._end)
        found = self._names.votes.get((name, first))
        if found is None:  # counted once per text: the story's speaker list asks again
            found = self._names.votes[name, first] = self._count_votes(name, first)
        return found

    def _count_votes(self, name: str, first: int) -> str:
        """The votes of :meth:`_pronoun_votes`, from the name's first mention at *first*."""
        text = self._text
        surname = name.rsplit(maxsplit=1)[-1]
        key = _bare(surname)
        mentions = self._names.mentions
        votes = {"m": 0, "f": 0}
        stop = first + _VOTE_REACH
        at = text.find(surname, max(0, first - _VOTE_REACH), stop)
        seen = tries = 0
        while at >= 0 and seen < _VOTE_MENTIONS and tries < 20 * _VOTE_MENTIONS:
            tries += 1  # inside other words ("Li" in "Lin") too: a bounded search
            end = at + len(surname)
            if (at == 0 or not text[at - 1].isalpha()) and not text[end : end + 1].isalpha():
                seen += 1
                limit = end + _VOTE_WINDOW
                line_end = text.find("\n", end, limit)
                if line_end >= 0:
                    limit = line_end  # a new paragraph may be about someone else
                i = bisect.bisect_left(mentions, (end, ""))
                for offset, other in mentions[i : i + 4]:
                    if offset < limit and _bare(other.rsplit(maxsplit=1)[-1]) != key:
                        limit = offset
                        break
                hit = _GENDER_PRONOUN.search(text, end, limit, timeout=REGEX_TIMEOUT)
                while hit is not None and _OTHER_OWNER.search(
                    text, max(end, hit.start() - 30), hit.start(), timeout=REGEX_TIMEOUT
                ):
                    # "sent Arthur to school ... Arthur himself", "told Reyes he": the
                    # pronoun right after another name is that name's.
                    hit = _GENDER_PRONOUN.search(text, hit.end(), limit, timeout=REGEX_TIMEOUT)
                if hit is not None:
                    votes["m" if hit.group("m") else "f"] += 1
            at = text.find(surname, end, stop)
        if votes["m"] == votes["f"]:
            return ""
        return "m" if votes["m"] > votes["f"] else "f"

    def _surname(self, word: str, *, aliases: bool = True) -> str | None:
        for alias, full in text_aliases(self._text) if aliases else ():
            if alias == word:
                # "Jokowi" after "Joko Widodo, popularly known as Jokowi" ("Widodo, ...").
                return full if " " in full else self._surname(full, aliases=False) or full
        if word.isupper() and len(word) > 1:
            # An acronym ("UN", "NHK") is no surname: "Un" of "Kim Jong Un" is not "UN".
            for name, _mention in reversed(self._orgs[-_RECENT:]):
                if word in name.split():
                    return name
            return None
        key = _bare(word)
        for position in (-1, 0):
            for name, _desc in reversed(self._people[-_RECENT:]):
                if _bare(name.split()[position]) == key:
                    return name
        for name, _desc in reversed(self._people[-_RECENT:]):
            if key in {_bare(w) for w in name.split()}:
                return name
        for name, _mention in reversed(self._orgs[-_RECENT:]):
            if key in name.lower().split() and len(name.split()) > 1:
                return name
        i = bisect.bisect_left(self._table.orgs, (self._end, ""))
        for _at, name in reversed(self._table.orgs[max(0, i - _RECENT) : i]):
            parts = name.split()
            if (
                len(parts) > 1
                and _bare(parts[0]) == key
                and all(_bare(w) in ORG_WORDS or _bare(w) in MEDIA_NOUNS for w in parts[1:])
            ):
                return name  # "Xinhua" after "Xinhua News Agency": its fullest mention
        if is_known_city(word):
            return None  # "Beijing" is no part of "Hurt Beijing", "China" of "South China Sea"
        for table in self._names.by_word:
            if key in table:
                return table[key]
        return self._variant(key)

    def _variant(self, key: str) -> str | None:
        """The one person whose surname is a spelling variant of *key*, else ``None``.

        Wire copy spells a transliterated name two ways in one story ("Koronelli" and
        "Koronolli", "Adayleh" and "Adaileh", "Zelensky" and "Zelenskiy"): one letter
        changed, added or dropped, in a surname of six letters or more, the first letter kept.
        A respelling refers back: the full name comes first, so a mention before it is someone
        else ("President Reagan" early in a story that names "Donald Regan" only later).
        """
        if len(key) < _VARIANT_MIN or not key.isalpha():
            return None
        found: set[str] = set()
        for surname, full in itertools.islice(self._names.by_word[0].items(), _VARIANT_NAMES):
            if (
                surname[:1] == key[:1]
                and _one_edit(surname, key)
                and self._names.first(full, -1) < self._end
            ):
                found.add(full)
        return found.pop() if len(found) == 1 else None

    def _acronym(self, name: str) -> str | None:
        """Expand an acronym ("KCNA", "WHO") from an earlier organisation or the registry."""
        if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
            return None
        defined = self._table.acronyms.get(name)
        if defined is not None:
            return defined  # "The International Ski Federation (FIS)"
        for org, _mention in reversed(self._orgs[-_RECENT:]):
            initials = "".join(w[0] for w in org.split() if w[:1].isupper())
            if initials == name:
                return org
        i = bisect.bisect_left(self._table.orgs, (self._end, ""))
        for _at, org in reversed(self._table.orgs[max(0, i - _RECENT) : i]):
            # "the United Nations" ... "the UN": the story's own earlier full name.
            initials = "".join(w[0] for w in org.split() if w[:1].isupper())
            if initials == name and len(org.split()) > 1:
                return org
        at = -1
        if self._searches < _MAX_SEARCHES:
            self._searches += 1
            at = self._text.find("(" + name + ")")
        if at > 0:
            lo = max(0, at - 120)
            lo = max(lo, self._text.rfind("\n", lo, at) + 1)  # never across a line break
            words = self._text[lo:at].split()
            run: list[str] = []
            for word in reversed(words):
                if word[:1].isupper() or (word in {"of", "for", "and", "on"} and run):
                    run.insert(0, word)
                    continue
                break
            while run and run[0] in {"of", "for", "and", "on"}:
                run.pop(0)
            if run and "".join(w[0] for w in run if w[:1].isupper()) == name:
                return " ".join(run)
        return None

    def _appositive_name(self, description: str) -> str | None:
        """A name given to a description elsewhere: "Bernard Chan, the convenor of ..."."""
        core = _strip_article(description)
        for article in ("his ", "her ", "its ", "their "):
            core = core.removeprefix(article)
        if len(core) < 6 or self._searches >= _MAX_SEARCHES:
            return None
        self._searches += 1
        text = self._text
        run = ""
        at = text.find(core)
        tries = 0
        while at >= 0 and not run and tries < 8:
            tries += 1
            after = _NAME_AFTER.match(text, at + len(core), timeout=REGEX_TIMEOUT)
            before = _NAME_BEFORE.search(text, max(0, at - 80), at, timeout=REGEX_TIMEOUT)
            if before is not None:
                run = before.group("name")
            elif after is not None:
                run = after.group("name")
            at = text.find(core, at + 1)
        if not run:
            return None
        name = _run_name(run)  # "On Monday, the country's monarch": no name
        if name is None or _is_org(name) or len(name.split()) < 2:
            return None
        return self._names.fullest.get(name, name)

    def resolve(
        self,
        text: str,
        antecedent: str | None = None,
        end: int = 0,
        *,
        appositive: str | None = None,
    ) -> tuple[str | None, str | None]:
        """Return ``(name, description)`` for a speaker mention and remember it.

        >>> r = Resolver("")
        >>> r.resolve("Russian Foreign Minister Sergei Lavrov")
        ('Sergei Lavrov', 'Russian Foreign Minister')
        >>> r.resolve("He")
        ('Sergei Lavrov', None)
        >>> r.resolve("Lavrov")
        ('Sergei Lavrov', None)
        """
        given = ""  # a given name the line before ends with: "Larry\nJohnson of the ..."
        if "\n" in text or "\r" in text:
            lines = text.splitlines()
            text = lines[-1]  # a name never crosses a line: the mention's last line
            last = lines[-2].split()[-1:]
            given = last[0] if last and last[0].istitle() and last[0].isalpha() else ""
        words = text.split()
        low = text.lower()
        self._end = end
        self._appositive = appositive
        if not words or (len(words) > 2 and text.isupper()):
            # Nothing, or a headline in capitals ("U.S. TREASURY OFFICIAL SAYS ..."): no name,
            # and none for the pronouns after it to take.
            return None, None
        if _INITIALS_AND.fullmatch(text):
            return text, None  # "S and P", "LL and E": one company, its "&" spelled out
        if low in {"who", "which", "that", "whose"} and not text.isupper():
            if antecedent is None and low == "who":
                antecedent = self._name_before(end - len(text))
            if antecedent is None:
                return None, None
            # The antecedent is a mention like any other: "Fletcher, who" is Darren Fletcher.
            name, _desc = self.resolve(antecedent, None, end, appositive=appositive)
            if low == "who" and name is not None and is_known_city(name):
                # "who" stands for a person, never a place: "pictured with her husband in
                # Denver, who claims ..." (the antecedent read back stops at the city).
                return None, None
            return name, None
        if low in {"he", "she", "him", "her"}:
            gender = "f" if low in {"she", "her"} else "m"
            found = self._pronoun(gender, end - len(text))
            if found is not None:
                # The pronoun is evidence of the speaker's gender, and the speaker is now the
                # last one ("she said ... she added" after a subject found in prose).
                if not self._gender.get(found):
                    self._gender[found] = gender
                if not self._people or self._people[-1][0] != found:
                    self._people.append((found, None))
                    self._person_names.add(found)
            return found, None
        if low in {"it", "its"}:
            if self._orgs:
                return self._orgs[-1][0], None
            return self._org_subject(end - len(text)), None
        if low in PRONOUNS and not (len(text) > 1 and text.isupper()):  # "WHO" is no "who"
            return None, None
        first = words[0].lower()
        head = _bare(words[-1])
        start = end - len(text)
        if (
            text.isupper()
            and self._text[end : end + 1] == ":"
            and (start == 0 or self._text[start - 1] == "\n")
            and len(words) == 1  # "JAKE TAPPER:" labels a transcript's speaker
            and not self._known(text.title())  # "FALLIN:" after "Governor Mary Fallin"
            and not self._transcript_label(text)  # "TAPPER:" after "JAKE TAPPER:"
        ):
            return None, None  # "CRICKET: England won ...": a digest's section label
        owned = next((k for k in range(len(words) - 2, -1, -1) if _is_possessive(words[k])), -1)
        if (
            owned >= 0
            and (words[owned][:1].isupper() or (owned == 1 and _bare(words[0]) in _OPENERS))
            and (
                (
                    _bare(words[-1]) in _OWNED_SOURCES
                    and all(w[:1].isupper() for w in words[owned + 1 : -1])  # "Twitter"
                )
                or (
                    _bare(words[-1]) in _OWNED_WORDS
                    and words[owned][:1].isupper()
                    and all(w[:1].islower() for w in words[owned + 1 :])  # "news conference"
                )
            )
        ):
            # "Adani Power's website", "Ana Holt's Twitter account": the owner speaks.
            owner = " ".join(words[: owned + 1])
            return self.resolve(owner, None, start + len(owner))
        if words[-1][:1].islower() and len(words) > 1:
            # "Beijing's top representative office in the city, the Liaison Office, said": a
            # description with its organisation's name in apposition is that name.
            named = _ORG_APPOSITIVE.match(self._text, end, end + 80, timeout=REGEX_TIMEOUT)
            if named is not None and _is_org(named.group("name")):
                self._add_org(named.group("name"), text)
                return named.group("name"), None
        if first == "the" and head in PERSON_NOUNS and self.unnamed_antecedent(text, end):
            return None, None  # "a senior official told CNN ... The official said": unnamed
        if first in _OPENERS or (_is_possessive(words[0]) and len(words) > 1):
            found = (
                self._appositive_name(text)
                if words[-1][:1].islower() and _bare(words[-1]) in PERSON_NOUNS
                else None
            )
            if found is not None:
                self._remember(found, text)
                return found, None
            found, titled = self._role_phrase(words, start)
            if found is not None:
                self._remember(found, text)
                return found, None
            if titled:
                return None, None  # "the Prime Minister": a title is never a name
            found = self._org_description(words, start)
            if found is not None:
                return found, None
        if (
            (
                first in {"the", "this", "his", "her", "its", "their"}
                or (_is_possessive(words[0]) and head in PERSON_NOUNS)
            )
            and (
                head in PERSON_NOUNS or head in MEDIA_NOUNS or head in ORG_WORDS or head == "state"
            )
            and words[-1][:1].islower()
        ):
            found = self._appositive_name(text) if head in PERSON_NOUNS else None
            if found is not None:
                self._remember(found, text)
                return found, None
            found = self._description(head, words)
            own = [
                k
                for k, w in enumerate(words[1:-1], 1)
                if w[:1].isupper()
                and not _is_possessive(w)
                and _bare(w) not in DEMONYMS
                and not _bare(w).endswith(_PLACE_ADJECTIVES)
            ]
            if (
                own
                and found is not None
                and head not in PERSON_NOUNS
                and not {_bare(w) for w in words[own[0] : -1]} <= {_bare(w) for w in found.split()}
            ):
                # "The North's official Rodong Sinmun newspaper" names itself: not the KCNA
                # that spoke before it.
                name = " ".join(words[own[0] :])
                self._add_org(name, text)
                return name, None
            if (
                found is None
                and head not in PERSON_NOUNS
                and head not in _PLACE_NOUNS
                and any(
                    w[:1].isupper()
                    and w.lower() not in DETERMINERS
                    and not _bare(w).endswith(_PLACE_ADJECTIVES)  # "The Paris-based body"
                    for w in words
                )
            ):
                # "the Syrian government": no earlier organisation; the mention is the name.
                found, _desc = split_name(text)
                if found is not None:
                    self._add_org(found, text)
            return found, None
        if (
            words[-1][:1].islower()
            and len(words) > 1
            and all(w[:1].islower() or _bare(w).endswith(_PLACE_ADJECTIVES) for w in words)
            and any(_bare(w).endswith("-based") for w in words)
            and head not in MEDIA_NOUNS  # "state-run media reported": the speaker is state media
        ):
            # "Texas-based company said" (AP earnings copy: "the Fort Worth, Texas-based
            # company", its speaker cut at the comma), "London-based firm": a description
            # of an organisation named before, never a name itself.
            return self._org_description(["the", *words], start), None
        if first in {"the", "this"} and len(words) > 2:
            # "The president of World Athletics", "the head of fire department in Shiraz".
            for k in range(1, len(words) - 1):
                if words[k] in {"of", "in", "at", "for"}:
                    noun = _bare(words[k - 1])
                    if noun in PERSON_NOUNS and words[k - 1][:1].islower():
                        found = self._appositive_name(text)
                        if found is not None:
                            self._remember(found, text)
                            return found, None
                        return None, None
                    break
        name, description = split_name(text)
        if name is None:
            return None, description
        if capital_runs(self._text).in_heading(start) and not self._known(name):
            # "Related Story Schools urged to reopen": a heading's capitals name no one the
            # story's body does not.
            return None, description
        parts = name.split()
        if _CONTRACTION.match(parts[-1]):
            return None, description  # "It's", "He's", "I've": a pronoun, no name
        if _is_possessive(parts[-1]) and words[-1] == parts[-1]:
            # "Dencia's claim", "Despite Holt's": the owner is the speaker.
            owner = parts[-1][:-1] if parts[-1][-1] in "'’" else parts[-1][:-2]
            if not owner or len(owner) < 2:
                return None, description
            lead = list(itertools.dropwhile(lambda w: _bare(w) in _COMMON_WORDS, parts[:-1]))
            return self.resolve(" ".join([*lead, owner]), None, end)  # not "Despite Holt"
        expanded = self._acronym(name)
        if expanded is not None:
            self._add_org(expanded, text)
            return expanded, description
        if len(parts) == 1 or all(_bare(p) in TITLES for p in parts[:-1]):
            full = self._surname(parts[-1])
            if given and full is not None and given not in full.split() and not _is_org(full):
                full = None  # "Larry\nJohnson" is not the Robbin Johnson named before
            if full is not None:
                name = full
            elif len(parts) == 1 and self._common_word(parts[0]):
                return None, description  # "Voters said", "Several said": no name
        elif not _is_org(name):
            fullest = self._names.fullest
            if parts[0].lower() in _PARTICLES and parts[0][:1].isupper():
                # "Van Gaal said" after "Louis van Gaal", "Von der Leyen" after "Ursula von
                # der Leyen": Dutch and German style capitalise the particle of a surname
                # standing alone (and a sentence's first word is capitalised anyway).
                lowered = " ".join([parts[0].lower(), *parts[1:]])
                full = fullest.get(lowered) or self._surname(parts[-1])
                if full is not None and full.endswith(lowered):
                    name = full
            name = fullest.get(name, name)
        if all(_is_title(w) for w in name.split() if w not in {"of", "for", "the", "and"}):
            # "Mayor said", "Secretary of State said": a title given to no one is no name.
            return None, description
        if (
            _is_org(name)
            or (first == "the" and description is None)  # "the American Cancer Society"
            or (not _looks_like_person(name.split()) and len(name.split()) > 1)
            or (
                len(name.split()) == 1
                and not (description and _bare(description.split()[-1]) in TITLES)
                and not _relative_who(self._text, end)  # "Nelson, who runs ...": a person
            )
        ):
            self._add_org(name, text)
            if not _is_org(name) and len(name.split()) == 1:
                self._spoke_at.append(end)  # "Sladoje said": a surname, a person most likely
        else:
            self._remember(name, description)
        return name, description

    def _transcript_label(self, word: str) -> bool:
        """Whether a capitals-only word labels a transcript's speaker: "JAKE TAPPER:" before.

        The last words of the text's two-word capitals labels are read once, on first use.
        """
        if self._labels is None:
            found = _TRANSCRIPT_LABEL.finditer(self._text, timeout=REGEX_TIMEOUT)
            self._labels = {m.group("surname") for m in found}
        return word in self._labels

    def _common_word(self, word: str) -> bool:
        """Whether a capitalised single word is a common word, not a name.

        A number, quantity or date word ("Six", "Several", "Friday"), a function word
        ("According", "There"), a plural nationality, party or role ("Saudis",
        "Democrats", "Prosecutors"), or a word the text also writes in lower case ("Voters said"
        where the story has "voters"): capitals at a sentence's start are no evidence of a
        name. A name the story or the agency registry knows is kept.
        """
        low = _bare(word)
        if low in _COMMON_WORDS or low in _MARKET_SOURCES:
            return True
        if low in DEMONYMS:
            return True  # "Nigerian" alone: a nationality, no name
        single = low.removesuffix("s")
        if low != single and (single in DEMONYMS or single in AFFILIATIONS or role_words(single)):
            return True  # "Saudis say", "Democrats said", "Prosecutors said": a group
        if word.isupper() or not low.isalpha() or self._known(word):
            return False
        if lookup_agency(word) is not None or self._searches >= _MAX_SEARCHES:
            return False
        self._searches += 1
        text = self._text
        at = text.find(low)
        tries = 0
        while at >= 0 and tries < 8:
            tries += 1
            end = at + len(low)
            if (at == 0 or not text[at - 1].isalpha()) and not text[end : end + 1].isalpha():
                return True
            at = text.find(low, end)
        return False

    def _org_subject(self, start: int) -> str | None:
        """The organisation opening the sentence before "it", if no organisation spoke yet.

        "The Lundia Port Authority closed the harbour. It said ..." is the port authority.
        """
        lo = max(0, start - _SUBJECT_REACH)
        ends = _SENTENCE_END.finditer(self._text, lo, start + 1, timeout=REGEX_TIMEOUT)
        bounds = [m.end() for m in ends if m.end() <= start]
        if not bounds:
            return None
        a = bounds[-2] if len(bounds) > 1 else lo
        orgs = self._table.orgs
        i = bisect.bisect_left(orgs, (a, ""))
        if i < len(orgs) and orgs[i][0] < bounds[-1] and orgs[i][0] - a < _OPENING:
            return orgs[i][1]
        return None

    def _add_org(self, name: str, mention: str) -> None:
        """Remember an organisation that spoke, and where (for "the journal" after it)."""
        self._orgs.append((name, mention))
        self._spoken_orgs.append((self._end, name))

    def _has_role(self, name: str) -> bool:
        """Whether the mention table gave *name* a role (a title, an appositive)."""
        return bool(self._table.roles_of(name))

    def _known(self, name: str) -> bool:
        """Whether the body of the text mentions *name* (or its last word) as a name."""
        if self._known_names is None:
            table = self._table
            known = {n for _at, n in table.persons} | {n for _at, n in table.orgs}
            known |= set(table.acronyms) | set(table.acronyms.values())
            self._known_names = known | {_bare(n.rsplit(maxsplit=1)[-1]) for n in known}
        return name in self._known_names or _bare(name.rsplit(maxsplit=1)[-1]) in (
            self._known_names
        )

    def _name_before(self, start: int) -> str | None:
        """The name right before a relative pronoun: "according to Lowe, who says ..."."""
        lo = max(0, start - 60)
        m = _NAME_BEFORE_RELATIVE.search(self._text[lo:start], timeout=REGEX_TIMEOUT)
        if m is None:
            return None
        before = self._text[max(lo, lo + m.start() - 8) : lo + m.start()].split()
        if before and before[-1] in _LOCATIVES and is_known_city(m.group("name")):
            # "pictured with her husband in Denver, who claims ...": "who" is a person, and a
            # city after "in" is the place of the clause before (never the relative's antecedent).
            return None
        # Only a person the mention table knows: "are White, which" names no one.
        persons = self._table.persons
        i = bisect.bisect_left(persons, (lo + m.start(), ""))
        if i < len(persons) and persons[i][0] < lo + m.end():
            return persons[i][1]
        return None

    def _role_phrase(self, words: list[str], start: int) -> tuple[str | None, bool]:
        """Resolve "the Prime Minister", "his spokeswoman", "the Romanian leader".

        Returns the person the mention table gave that role to, and whether the phrase is
        a title (capitalised role words only) that must not become a name.
        """
        body = words[1:] if _bare(words[0]) in _OPENERS else words
        if not body:
            return None, False
        heads: set[str] = set()
        modifiers: set[str] = set()
        head_at = len(body)
        for k, word in enumerate(body):
            low = _bare(word)
            if low in _POST_MODIFIERS or word in {"and", "or"}:
                head_at = k
                break
        for word in body[:head_at]:
            low = _bare(word)
            if role_words(low) or _AGED.match(low):
                heads.add(low)
            elif "-" in low and role_words(low.split("-")[0]):
                heads.add(low.split("-")[0])  # "the president-elect", "the co-founder"
                heads.add(low)
            elif low not in _OPENERS:
                modifiers.add(low)
        last = _bare(body[head_at - 1]) if head_at else ""
        if head_at == 1 and last in DEMONYMS and body[0][:1].isupper():
            # "the Belgian said": the person the story called "Belgian Hans Kluge", else the
            # one a pronoun there would be.
            holder = self._table.role_holder(frozenset({last}), frozenset(), start)
            return holder or self._pronoun("", start), False
        if (
            last in _PARTY_EPITHETS
            and _bare(words[0]) == "the"
            and head_at == len(body)
            and len(body) >= 2  # a state before the party: not "the Independent" (a paper)
        ):
            # AP style names a lawmaker by state and party after the name: "the New Mexico
            # Democrat", "the Ohio Republican", "the Vermont independent": that person.
            return self._pronoun("", start), False
        if last not in heads:
            return None, False  # "the mayor's office", "the ministry": not a person's role
        if "leader" in heads:
            heads |= LEADER_ROLES
        if _AGED.match(last):
            # "The 45-year-old": the person the paragraph is about, as a pronoun would be.
            return self._pronoun("", start), False
        titled = all(w[:1].isupper() for w in body[:head_at])
        if head_at < len(body) and not titled:
            # "The president of World Athletics": the name the text gives that description.
            found = self._appositive_name(" ".join(words))
            if found is not None:
                return found, False
        holder = self._table.role_holder(frozenset(heads), frozenset(modifiers), start)
        if holder is not None:
            return self._names.fullest.get(holder, holder), titled
        if (
            not titled
            and head_at == len(body)
            and _bare(words[0]) == "the"
            and last not in PERSON_NOUNS
            and self._text.rfind(last, max(0, start - _VOTE_REACH), start) < 0  # bounded
        ):
            # An epithet: "Mr Lund later withdrew the offer, but the entrepreneur said ...",
            # "the actress said". A role noun the story uses for the first time, given to no
            # one, stands for the person the sentence or paragraph is about (as a pronoun).
            gender = "f" if last in _FEMALE_EPITHETS else "m" if last in _MALE_EPITHETS else ""
            return self._pronoun(gender, start), False
        return None, titled

    def _org_description(self, words: list[str], start: int) -> str | None:
        """Resolve "the company", "the embassy", "the Indian newspaper" to an organisation.

        The nearest organisation before the mention whose name holds the noun ("the
        ministry": "Russian Foreign Ministry"), else whose kind fits it ("the company": "S7
        Airlines"; "the paper": a news outlet; "the organisation": any); a lead that names the
        organisation only later ("..., the ministry said" above the dateline) takes the first
        one after it whose name holds the noun.
        """
        head = _bare(words[-1])
        if words[-1][:1].isupper() or len(words) > 4 or head in DOCUMENT_NOUNS:
            return None
        if not (
            head in ORG_WORDS
            or head in MEDIA_NOUNS
            or head in _COMPANY_NOUNS
            or head in _ANY_ORG_NOUNS
            or head in _PLACE_ORG_NOUNS
        ):
            return None
        modifiers = {
            _bare(w)
            for w in words[1:-1]
            if w[:1].isupper() and not w.lower().endswith(("-based", "-run", "-owned", "-led"))
        }  # "the Indian newspaper"; not "the Paris-based organisation"
        # The organisations around the mention (a bounded window of the text's, in text
        # order) and those that spoke lately.
        everyone = self._table.orgs
        k = bisect.bisect_left(everyone, (start, ""))
        orgs = [*everyone[max(0, k - _RECENT) : k + 20], *self._spoken_orgs[-_RECENT:]]
        orgs.sort()
        # A one-word outlet ("Qiushi noted ...") only just before "the journal".
        spoken_near = {
            name for at, name in self._spoken_orgs[-_RECENT:] if start - at < _OUTLET_REACH
        }
        i = bisect.bisect_left(orgs, (start, ""))

        # A possessive owner makes a generic noun its own body ("China's top legislative
        # body" is no nearby university); lower-case modifiers say what kind an outlet is.
        described = {
            _bare(w)
            for w in words[1:-1]
            if w[:1].islower() and not w.lower().endswith(_PLACE_ADJECTIVES)
        }
        owned = _is_possessive(words[0])

        def generic(low: set[str]) -> bool:
            # Lower-case modifiers name a kind ("the conservative advocacy group" is Citizens
            # United), but a possessive owner a particular body of its own.
            del low
            return not owned

        def rank(name: str) -> int:
            low = {_bare(w) for w in name.split()}
            if modifiers and not modifiers <= low:
                return 9
            if head in low or (head in _GENERIC_ORG_NOUNS and not _is_media(name) and generic(low)):
                return 0  # "the ministry": "Foreign Ministry"; "the organisation": the nearest
            if head in _COMPANY_NOUNS and low & _COMPANY_WORDS:
                return 1
            if (
                (head in MEDIA_NOUNS or head == "journal")
                and _is_media(name)
                and described <= _MEDIA_MODIFIERS  # not "the maritime agency"
            ):
                if head in _NEWSPAPER_NOUNS and not low & _NEWSPAPER_WORDS:
                    return 2  # "the newspaper": the Orlando Sentinel before a wire agency
                return 1
            if (
                head in _ANY_ORG_NOUNS
                and (head in MEDIA_NOUNS or not _is_media(name))
                and generic(low)
            ):
                # "the agency": any organisation (a news agency first, above); "the body",
                # "the group" never the outlet that reported it ("China's top legislative
                # body" is not Xinhua).
                return 2
            if modifiers and head in MEDIA_NOUNS | {"journal"} and not _is_org(name):
                return 1  # "the Indian Express" ... "the Indian newspaper"
            if (
                head in MEDIA_NOUNS | {"journal"}
                and name in spoken_near
                and " " not in name
                and not name.endswith("s")  # "Saudis say": people, no outlet
                and not _is_org(name)
                and not is_known_city(name)
            ):
                return 1  # "Qiushi noted ...": a one-word name that spoke, then "the journal"
            return 9

        best: tuple[int, str] | None = None
        for at, name in reversed(orgs[max(0, i - 60) : i]):
            if start - at > 6000:
                break
            r = rank(name)
            if r < 9 and (best is None or r < best[0]):
                best = (r, name)
                if r == 0:
                    break
        if best is None:
            for at, name in orgs[i : i + 20]:
                if at - start < 3000 and (
                    rank(name) == 0
                    or (head in _OUTLET_NOUNS and _is_media(name) and rank(name) == 1)
                ):
                    return name  # "China's state-run news agency said ... Xinhua reported"
            return None
        return best[1]

    def _description(self, head: str, words: list[str]) -> str | None:
        if head in DOCUMENT_NOUNS:
            return None
        if head in PERSON_NOUNS or head == "state":  # "the head of state"
            if head.endswith("s") and head != "boss":
                return None
            mention = " ".join(words[1:-1]).lower()
            for name, desc in reversed(self._people[-_RECENT:]):
                if desc is not None and (
                    head in desc.lower() or (mention and mention in desc.lower())
                ):
                    return name
            return self._people[-1][0] if self._people else None
        if head in MEDIA_NOUNS or head in {"news", "agency"}:
            for name, mention in reversed(self._orgs[-_RECENT:]):
                if _is_media(name) or _is_media(mention):
                    return name
        for name, mention in reversed(self._orgs[-_RECENT:]):
            if head in mention.lower() or head in name.lower():
                return name
        return None

    def _gender_of(self, name: str) -> str:
        known = self._gender.get(name) or self._titled_gender(name)
        if known is not None:
            return known
        at = self._names.first(name, -1)
        # Only a speaker's mentions vote: a place's or an outlet's would borrow the pronouns
        # of the people around it ("Business Insider India cited her as saying").
        guess = self._pronoun_votes(name) if self.is_person(name) else ""
        if not guess and at >= 0:
            window = self._text[at + len(name) : at + len(name) + 1000]
            m = _PRONOUN.search(window, timeout=REGEX_TIMEOUT)
            if m is not None:
                guess = "m" if m.group("pronoun").lower() == "he" else "f"
        self._gender[name] = guess
        return guess

    def _person_gender(self, name: str) -> str:
        """A person's gender from a title, else the pronouns after the name's mentions."""
        known = self._gender.get(name)
        if known is None:
            known = self._titled_gender(name) or self._pronoun_votes(name)
            self._gender[name] = known
        return known

    def _fullest(self, name: str) -> str:
        """A one-word person of the mention table ("Mr. Rubio") as the story's full name."""
        if " " in name:
            first, rest = name.split(" ", 1)
            if first.lower() in _PARTICLES and first[:1].isupper():
                return self._names.fullest.get(f"{first.lower()} {rest}", name)  # "Van Gaal"
            return name
        key = _bare(name)  # a last word, a first one ("Mr. Lou": Lou Jiwei) or a middle one
        for table in self._names.by_word:
            if key in table:
                return table[key]  # "Senator Marco Rubio of Florida"
        return name

    def _nearest(self, gender: str, start: int) -> str | None:
        """The person mentioned last before *start* whose gender fits."""
        persons = self._table.persons
        i = bisect.bisect_left(persons, (start, ""))
        fallback: str | None = None
        for k in range(i - 1, max(-1, i - 40), -1):
            offset, name = persons[k]
            if start - offset > 3000:
                break
            if _never_a_person(name):
                continue
            found = self._gender_of(name)
            if found == gender:
                return self._fullest(name)
            if not found and fallback is None:
                fallback = self._fullest(name)
        return fallback

    def _subject(self, gender: str, start: int) -> str | None:
        r"""The subject of the sentence a pronoun is in, or of the sentences before it.

        The first person mentioned in the pronoun's own sentence (before it), else in each
        sentence before it, back to the start of the paragraph before: "After the lockdown,
        Coogle's family ran out of medicine, he told CNN" is Coogle; "Mr Navalny, a lawyer,
        has served stints in jail.\n\nHe has helped investigations" is Navalny. A sentence
        with a quote mark is skipped (the names in a quote are not its subject), and so is a
        person whose known gender does not fit. A sentence opening with an unnamed person ("One
        fan, who lives nearby, ...", "A witness said ...") gives ``""``: the pronoun is theirs.
        """
        text = self._text
        persons = self._table.persons
        lo = max(0, start - _SUBJECT_REACH)
        ends = _SENTENCE_END.finditer(text, lo, start + 1, timeout=REGEX_TIMEOUT)
        bounds = [m.end() for m in ends if m.end() <= start]  # a sentence the pronoun opens
        edges = [lo, *bounds, start]
        breaks = 0
        named = False  # a sentence passed over names someone
        mentions = self._names.mentions
        for k in range(len(edges) - 1, 0, -1):
            a, b = edges[k - 1], edges[k]
            breaks += text.count("\n\n", a, b)
            if breaks > 1:
                break  # no further back than the paragraph before
            opens = [a, *(m.end() for m in _SINGLE_QUOTE_END.finditer(text, a, b))]
            opening = _UNNAMED_OPENING.match(text, opens[-1], b, timeout=REGEX_TIMEOUT)
            if (
                opening is not None
                and (
                    opening["head"].lower() in PERSON_NOUNS
                    or (
                        opening["head"].islower()  # not "A defensive Obama said"
                        and (opening.group("who") is not None or opening.group("spoke") is not None)
                    )
                )
                and not named
                and not (self._spoke_at and self._spoke_at[-1] > opens[-1])  # "..., Sladoje said."
            ):
                return ""  # "One fan, who lives nearby, was travelling home. He said": unnamed
            i = bisect.bisect_left(persons, (a, ""))
            # A person named in a sentence passed over ("'...,' Yu Ming, a judge, was quoted as
            # saying", "Lord Belstead, a junior minister, told ...") may be the one the
            # pronoun stands for, or the unnamed person's name: no unnamed subject before it.
            if not named:
                j = bisect.bisect_left(mentions, (a, ""))
                named = any(
                    at < b and " " in who and not _is_org(who) and not _never_a_person(who)
                    for at, who in mentions[j : j + 8]
                )
            if any(q in text[a:b] for q in _QUOTE_CHARS):
                continue
            for offset, name in persons[i : i + 8]:
                if offset >= b:
                    break
                lead = text[max(a, offset - 12) : offset].split()
                if lead and (lead[-1] in _POST_MODIFIERS or _is_possessive(lead[-1])):
                    continue  # "In an interview with CNN's Matthew Chance, Navalny said"
                if _never_a_person(name):
                    continue  # "U.S. Dlrs", "Volkswagen AG": no "he" or "she"
                if offset - a < 60 and _OWNED_APPOSITIVE.match(text, a, offset):
                    continue  # "Her deputy, Jon Berg, was absent": the owner is the subject
                if _OWNER_OF_APPOSITIVE.match(text, offset, min(b, offset + 80)):
                    continue  # "Holt's colleague, Dr Per Lund, agreed": the colleague is
                found = self._person_gender(name)
                if (
                    not found
                    and name not in self._person_names
                    and not self._has_role(name)
                    and (gender or " " not in name or offset - a > _OPENING)
                ):  # an epithet ("the Australian") is a person's sign itself: a full name
                    # opening the sentence is its subject (not "Old Trafford" inside it)
                    continue  # no sign that the run names a person ("Quicken Loans")
                if not gender or not found or found == gender:
                    return self._fullest(name)
                break
        return None

    def _pronoun(self, gender: str, start: int) -> str | None:
        """The subject before a pronoun, else the last speaker or person whose gender fits.

        A pronoun before a cue that continues ("He added", "she went on") is the last
        speaker whose gender fits, whatever the sentences between are about.
        """
        after = _CONTINUATION.match(self._text, start, start + 40, timeout=REGEX_TIMEOUT)
        if after is not None:
            for name, _desc in reversed(self._people[-_RECENT:]):
                found = self._gender_of(name)
                if not found or found == gender:
                    return name
        subject = self._subject(gender, start)
        if subject == "":
            self._unnamed.add(start)  # the subject before is an unnamed person: no name later
            return None
        if subject is not None:
            return subject
        for name, _desc in reversed(self._people[-_RECENT:]):
            if self._gender_of(name) == gender:
                return name
        nearest = self._nearest(gender, start)
        if nearest is not None and self._gender_of(nearest) == gender:
            return nearest
        for name, _desc in reversed(self._people[-_RECENT:]):
            if not self._gender_of(name):
                return name
        return nearest

    def _remember(self, name: str, description: str | None) -> None:
        """Add a person, guessing the gender from a title or the first pronoun after it."""
        self._people.append((name, description))
        self._spoke_at.append(self._end)
        self._person_names.add(name)
        if name in self._gender:
            return
        honorific = self._titled_gender(name)
        if honorific is not None:
            self._gender[name] = honorific
            return
        words = {_bare(w) for w in f"{description or ''} {self._appositive or ''}".split()}
        if words & {"mr", "spokesman", "chairman", "king", "prince", "sir", "lord", "father"}:
            self._gender[name] = "m"
            return
        if words & {
            "ms",
            "mrs",
            "madam",
            "spokeswoman",
            "chairwoman",
            "queen",
            "princess",
            "lady",
            "dame",
            "sister",
        }:
            self._gender[name] = "f"
            return
        voted = self._pronoun_votes(name)
        if voted:
            self._gender[name] = voted
            return
        window = self._text[self._end : self._end + 1000]
        m = _PRONOUN.search(window, timeout=REGEX_TIMEOUT)
        if m is not None:
            self._gender[name] = "m" if m.group("pronoun").lower() == "he" else "f"

    def agrees(self, mention: str, name: str) -> bool:
        """Whether the pronoun *mention* may stand for *name*: its gender, where known, fits.

        >>> r = Resolver("Mr Lavrov said so. He added more.")
        >>> r.resolve("Mr Lavrov")
        ('Lavrov', 'Mr')
        >>> r.agrees("she", "Lavrov"), r.agrees("he", "Lavrov"), r.agrees("the minister", "Lavrov")
        (False, True, True)
        """
        low = mention.lower()
        if low not in {"he", "she", "him", "her"}:
            return True
        gender = self._gender_of(name)
        return not gender or gender == ("f" if low in {"she", "her"} else "m")

    def unnamed_antecedent(self, mention: str, end: int) -> bool:
        """Whether a definite description refers back to an unnamed one: "The official".

        Its head noun came before it with "a" or "an" ("a senior official told CNN ... The
        official said"). Such a mention has no name to wait for: a name given later is
        someone else's.

        >>> r = Resolver("A senior official told CNN the troops would go. The official said so.")
        >>> r.unnamed_antecedent("The official", 62), r.unnamed_antecedent("The minister", 62)
        (True, False)
        """
        words = mention.split()
        if end - len(mention) in self._unnamed:
            return True  # "One fan, who lives nearby, was travelling home. He said"
        if len(words) < 2 or _bare(words[0]) != "the" or not words[-1][:1].islower():
            return False
        head = words[-1]
        start = end - len(mention)
        lo = max(0, start - _SUBJECT_REACH)
        found = _INDEFINITE_HEAD.search(self._text, lo, start, timeout=REGEX_TIMEOUT)
        while found is not None:
            before = self._text[max(0, found.start() - 8) : found.start()]
            named = before.endswith(", ") or before.split()[-1:] in (["is"], ["was"], ["as"])
            if found.group("head") == head and not named:
                return True  # not "Ana Holt, 45, a nurse", "Holt, who is a nurse"
            found = _INDEFINITE_HEAD.search(self._text, found.end(), start, timeout=REGEX_TIMEOUT)
        return False

    def is_person(self, name: str) -> bool:
        """Whether *name* was resolved as a person's name."""
        return name in self._person_names


#: Dotted abbreviations of countries and unions: a run holding one names no person ("U.S.
#: Dlrs", "U.K. Suggestion", "U.S. Leading": Reuters-21578 headline and table runs).
_COUNTRY_ABBREVIATIONS: frozenset[str] = frozenset({"u.s.", "u.k.", "u.n.", "e.u.", "u.s.a."})


def _never_a_person(name: str) -> bool:
    """Whether a run of the mention table can never be a person a pronoun stands for.

    A pronoun goes only to a person (issue 14): not a run with a country's abbreviation, a
    company's legal form ("Volkswagen AG", "Fairchild Computer Corp") or a nationality
    adjective at its end ("Latin American", "Saudi Arabian": an adjective's noun cut off).
    """
    words = name.split()
    last = _bare(words[-1])
    return (
        any(w.lower() in _COUNTRY_ABBREVIATIONS for w in words)
        or (len(words) > 1 and last in _COMPANY_WORDS)
        or (len(words) > 1 and (last in DEMONYMS or last in _REGION_ADJECTIVES))
    )


def _one_edit(a: str, b: str) -> bool:
    """Whether *a* and *b* differ by exactly one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _looks_like_person(parts: list[str]) -> bool:
    # ``_is_org`` of the joined words: the same test, cached.
    return 1 <= len(parts) <= 4 and not _is_org(" ".join(parts))


def _is_media(name: str) -> bool:
    if lookup_agency(name) is not None:
        return True
    return any(
        _bare(w) in MEDIA_NOUNS
        or _bare(w) in _NEWSPAPER_WORDS
        or _bare(w) in {"news", "kcna", "tass", "xinhua"}
        for w in name.split()
    )
