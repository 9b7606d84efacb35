"""The organisation-word lexicon: words that make a capitalised name an organisation's.

One table for every parser that tells people from organisations: photo credits
(:mod:`wirestory._credits`), bylines (:mod:`wirestory._bylines`) and speakers
(:mod:`wirestory._speakers`, :data:`SPEAKER_ORG_WORDS`).
Each group is a tuple of lower-case words with the names it was drawn from; the words are
matched case-insensitively on whole words (a hyphenated word counts by its parts:
"Times-Union", "Daily-Herald").

Some organisation words are also surnames ("Post", "Star", "Fox", "Court"): those are
listed in :data:`SURNAME_ORG_WORDS` as well, and a parser that sees a name-shaped
"Emily Post" should not call it an organisation on that word alone.

Nothing here is parsing logic.
"""

from __future__ import annotations

__all__ = [
    "BUSINESS_WORDS",
    "CREDIT_LINE_WORDS",
    "INSTITUTION_WORDS",
    "MEDIA_WORDS",
    "ORG_WORDS",
    "PICTURE_WORDS",
    "PUBLIC_WORDS",
    "RUNNING_TEXT_ORG_WORDS",
    "SPEAKER_ORG_WORDS",
    "SURNAME_ORG_WORDS",
]

#: Newspapers, broadcasters and agencies ("Tampa Times-Union", "Lakeside Daily-Herald",
#: "NITF Network News Online", "Press Association", "Kyodo News").
MEDIA_WORDS: tuple[str, ...] = (
    "press", "news", "newswire", "newswires", "wire", "wires", "media", "agency", "agencies",
    "agence", "agencia", "agentur", "times", "post", "journal", "herald", "tribune", "gazette",
    "chronicle", "globe", "daily", "weekly", "observer", "independent", "express", "standard",
    "review", "telegraph", "guardian", "mail", "mailonline", "online", "magazine",
    "newspaper", "newspapers", "shimbun", "sinmun", "dispatch", "network", "networks",
    "publishing", "publishers", "publications",
    "broadcasting", "broadcaster", "television", "tv", "radio", "channel", "bureau",
)  # fmt: skip

#: Picture agencies and the words of their names ("SOPA Images", "Panos Pictures",
#: "Alamy Stock Photo", "Everett Collection", "Mary Evans Picture Library", Antara's
#: "Antara Foto/Name via REUTERS").
PICTURE_WORDS: tuple[str, ...] = (
    "images", "image", "photos", "photo", "foto", "photography", "pictures", "picture",
    "collection",
    "archive", "archives", "library", "stock", "features", "syndication", "studios",
    "studio", "films", "productions", "entertainment", "records", "screengrab",
    "screenshot", "handout", "pool",
)  # fmt: skip

#: Public bodies ("Japan Meteorological Agency", "Dover PD", "Foreign Ministry", "Air Force",
#: "National Guard", "Central Bank", "Labour Party", "World Food Programme Mission").
PUBLIC_WORDS: tuple[str, ...] = (
    "ministry", "department", "dept", "office", "police", "pd", "government", "council",
    "committee", "commission", "authority", "administration", "division", "army", "navy",
    "force", "forces", "military", "guard", "command", "embassy", "mission", "presidency",
    "palace", "parliament", "senate", "congress", "assembly", "secretariat", "cabinet",
    "board", "bank", "fund", "party", "nations", "railway", "railways", "charity", "ngo",
)  # fmt: skip

#: Companies, their legal forms and their press offices ("Nordic Air", "Acme Inc",
#: "Riverside Gyms", "Stability AI", the Guardian's "Name/PR" for a press-release picture).
BUSINESS_WORDS: tuple[str, ...] = (
    "inc", "ltd", "llc", "gmbh", "plc", "corp", "corporation", "company", "group",
    "airlines", "airways", "air", "motors", "bros", "brothers", "mall", "gym", "gyms",
    "hotel", "hotels", "resort", "airport", "ai", "pr",
)  # fmt: skip

#: Schools, museums, clubs and other institutions ("Kyung Hee Elementary School",
#: "Dulwich Picture Gallery", "Leeds United FC").
INSTITUTION_WORDS: tuple[str, ...] = (
    "museum", "gallery", "foundation", "institute", "institution", "university", "college",
    "school", "academy", "hospital", "centre", "center", "zoo", "observatory", "telescope",
    "club", "clubs", "fc", "association", "society", "federation", "league", "union",
    "team", "athletics", "sports", "sport", "collaboration", "project", "organization",
    "organisation", "campaign", "witness", "alliance", "service", "services", "stiftung",
)  # fmt: skip

#: Every organisation word.
ORG_WORDS: frozenset[str] = frozenset(
    (*MEDIA_WORDS, *PICTURE_WORDS, *PUBLIC_WORDS, *BUSINESS_WORDS, *INSTITUTION_WORDS)
)

#: Words that make a name an organisation's or an event's in running text, though a credit
#: line never carries them: "the Kremlin", "the Council of Ministers", "the Joint Chiefs of
#: Staff", "the Supreme Court", "the White House", "Statistics Canada", "Human Rights Watch",
#: "the Czech Republic", "the G20 summit", "the Munich Security Conference", "Acme Co".
#: Speakers read them (:mod:`wirestory._speakers`) with :data:`ORG_WORDS`.
RUNNING_TEXT_ORG_WORDS: tuple[str, ...] = (
    "kremlin", "ministers", "chiefs", "staff", "court", "house", "state", "republic",
    "nation", "statistics", "watch", "co", "site", "website", "summit", "conference",
    "forum", "festival",
)  # fmt: skip

#: Words of the desks' credit lines that running text uses as common nouns or in names
#: that are no organisation's ("Mrs Clinton's campaign", "stock", "services", "a witness",
#: "Archive XL", "Air Marshal", "the records show"), and plurals that name a group, not
#: one body ("TV networks", "six newspapers"): a speaker's name is not an organisation's for
#: one of them.
CREDIT_LINE_WORDS: frozenset[str] = frozenset(
    {"ai", "air", "archive", "archives", "athletics", "bros", "brothers", "campaign",
     "chronicle", "clubs", "collaboration", "collection", "dept", "division",
     "entertainment", "express", "features", "films", "foto", "globe", "gym", "gyms",
     "handout", "hotel", "hotels", "image", "images", "independent", "library", "mail",
     "mailonline", "mall", "newswires", "observatory", "observer", "online", "pd", "photo",
     "photography", "photos", "picture", "pictures", "pool", "pr", "productions", "project",
     "publications", "publishers", "publishing", "railways", "records", "resort",
     "screengrab", "screenshot", "services", "sport", "sports", "standard", "stiftung",
     "stock", "studio", "studios", "syndication", "telescope", "wire", "wires", "witness",
     "zoo", "agence", "agencia", "agentur", "gallery", "agencies", "networks", "newspapers"}
)  # fmt: skip

#: Every organisation word of a speaker's name: the desks' words that running text uses the
#: same way, and the running text's own.
SPEAKER_ORG_WORDS: frozenset[str] = (ORG_WORDS - CREDIT_LINE_WORDS) | frozenset(
    RUNNING_TEXT_ORG_WORDS
)

#: Organisation words that are also surnames ("Emily Post", "Vicente Fox", "Margaret Court",
#: "Freya Star"): a parser may ask for other evidence before it calls a name-shaped phrase
#: with one of them an organisation. (Only the first five are in :data:`ORG_WORDS`; the
#: others are listed so that no one adds them there.)
SURNAME_ORG_WORDS: frozenset[str] = frozenset(
    ("post", "standard", "express", "review", "mail", "star", "court", "house", "fox")
)
