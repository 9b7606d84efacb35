"""German drafts become :class:`~wirestory.Statement` models, speakers resolved.

Names drop the titles in front of them and a party in parentheses ("Bundesminister Karl
Weber", "Ministerpräsident Jan Ott (CDU)": dpa's forms), or come from a name in commas after
a role phrase ("Die Vorsitzende der Grünen, Anna Berg, sagte"). Later mentions resolve
against the story's earlier speakers (:mod:`~wirestory._statements._names`): a surname to
the full name, "der Minister" to the person given that role, a pronoun (er, sie) to the
last speaker of its gender. The gender comes from honorifics (Herr, Frau) and the article
and ending of a role noun ("der Minister", "die Ministerin").
"""

from __future__ import annotations

from itertools import starmap

import regex

from wirestory._lang import de
from wirestory._models import Content, Cue, Span, Speaker, Statement, StatementKind
from wirestory._statements._de_base import DeDraft
from wirestory._statements._names import NameBook

__all__ = ["make_statement", "mention_gender", "mention_name", "resolve_speakers"]


#: Role nouns whose feminine form ends in "-in" ("Ministerin", "Sprecherin").
def mention_gender(mention: str) -> str | None:
    words = mention.split()
    if not words:
        return None
    low = [w.lower() for w in words]
    if low[0] in de.PRONOUN_GENDER and len(words) == 1:
        return de.PRONOUN_GENDER[low[0]]
    for w in low:
        if w in de.HONORIFIC_GENDER:
            return de.HONORIFIC_GENDER[w]
    heads = [w for w in words if w[:1].isupper() and w.lower() not in de.DETERMINERS]
    if heads and heads[0].endswith("in") and len(heads[0]) > 5 and low[0] in {"die", "eine"}:
        return "female"
    if low[0] in {"der", "ein"}:
        return "male"
    return None


#: A role noun at the end of a word: "Bundesinnenministerin" -> "minister" (the heads of
#: :data:`wirestory._lang.de.ROLE_HEADS`, with the feminine "-in" and the endings of case
#: and number).
_ROLE = regex.compile(
    r"(?P<role>" + "|".join(sorted(de.ROLE_HEADS, key=len, reverse=True)) + r")"
    r"(?:in(?:nen)?|en|n|s)?\Z",  # feminine, plural and genitive: "des Ministers"
    regex.IGNORECASE,
)

#: A party or place in parentheses after a name, as dpa writes it: "Jan Ott (CDU)".
_TRAILING_PARENS = regex.compile(r"\s*\([^()\n]{1,40}\)\W*\Z")

#: A quoted name that ends a mention, as German copy quotes titles of papers and groups:
#: 'die Zeitung „Die Welt“', 'die Organisation „Reporter ohne Grenzen“'.
_QUOTED_TITLE = regex.compile(
    r"[\u201e\"](?P<title>\p{Lu}[^\u201c\u201d\u201e\"\n]{0,60}?)[\u201c\u201d\"]\W*\Z"
)

_CLOSING_QUOTES = ("\u201c", "\u201d", '"')

#: A name in commas after a role phrase: "Die Vorsitzende der Grünen, Anna Berg, sagte".
_APPOSITIVE_NAME = regex.compile(
    r"""
    \s*,\s*
    (?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})   # two or three capitalised words
    \s*(?:\([^()\n]{1,40}\)\s*)?                              # "(SPD)"
    ,
    """,
    regex.VERBOSE,
)


def role_of(word: str) -> str | None:
    """The role a German noun names, or None: "Regierungssprecherin" -> "sprecher".

    >>> role_of("Bundesinnenminister"), role_of("Vereinschefin"), role_of("Weber")
    ('minister', 'chef', None)
    """
    m = _ROLE.search(word.strip(",.;:"))
    return m.group("role").lower() if m is not None else None


def _initials(words: list[str]) -> str:
    """The initials of capitalised words and their hyphenated parts: "Presse-Agentur" -> "PA"."""
    return "".join(part[:1] for w in words for part in w.split("-") if part[:1].isupper())


def _tail(words: list[str]) -> tuple[list[str], list[str]]:
    """The capitalised words that end *words* (honorifics stop them), and the words before."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in de.HONORIFIC_GENDER:
        k -= 1
    tail, lead = words[k:], words[:k]
    if tail and tail[0].lower() in de.DETERMINERS:
        tail, lead = tail[1:], [*lead, tail[0]]
    return tail, lead


def _quoted_title(part: str) -> str | None:
    """The quoted name that ends *part*: 'die Zeitung „Die Welt“' -> "Die Welt".

    Not a quoted phrase ('sprach von einer „gezielten Kampagne“') nor a word something is
    called ('als „Fest“'): those give None.
    """
    title = _QUOTED_TITLE.search(part)
    if title is None or part[: title.start()].split()[-1:] == ["als"]:
        return None
    return title.group("title")


def _acronym_name(tail: list[str], parens: str) -> str | None:
    """The organisation named by *tail* when *parens* is its acronym ("(dpa)"), or None."""
    letters = parens.strip(" ()")
    if tail and letters.isalpha() and _initials(tail).lower().endswith(letters.lower()):
        return " ".join(tail)  # "die Deutsche Presse-Agentur (dpa)"
    return None


def _person_name(tail: list[str], lead: list[str]) -> list[str]:
    """The words of *tail* that name the speaker, titles and the described noun left out."""
    roles = [k for k, w in enumerate(tail[:-1]) if role_of(w) is not None]
    if roles:
        return tail[roles[-1] + 1 :]  # "Niedersachsens Ministerpräsident Christian Wulff"
    if not lead or lead[-1].lower() not in de.DETERMINERS:
        return tail
    rest = tail[1:]  # "der Schauspieler Tom Hanks": the noun after the article
    if len(lead) > 1 and len(rest) < 2 and any(role_of(w) is not None for w in lead):
        return []  # a person's complement: "Der Leiter des Programms der WHO"
    return rest


def _part_name(part: str) -> str | None:
    """The name in one comma-free part of a mention (see :func:`mention_name`)."""
    if part.rstrip(" ,;:.").endswith(_CLOSING_QUOTES):
        return _quoted_title(part)
    parens = _TRAILING_PARENS.search(part)
    bare = part[: parens.start()] if parens is not None else part
    words = [w.strip(',;:\u201e\u201c\u201d"') for w in bare.split()]
    if not words or words[0].lower() in de.PRONOUNS:
        return None
    tail, lead = _tail(words)
    if parens is not None and (org := _acronym_name(tail, parens.group())) is not None:
        return org
    tail = _person_name(tail, lead)
    if not tail or tail[-1].lower() in de.ABBREVIATIONS:
        return None  # "der Minister"; "Klinikdirektor Prof. ..." cut at its dot
    one = len(tail) == 1
    if one and (tail[0].lower() in de.FUNCTION_WORDS or role_of(tail[0]) or parens):
        return None  # "Angaben des Verbands (VDA)": an organisation's word, not a name
    return " ".join(tail[-3:])


def mention_name(mention: str) -> str | None:
    """The proper name in a mention, without titles and a party in parentheses.

    A mention in commas gives the name of its first part that has a full one: "Die
    Vorsitzende der Grünen, Anna Berg" is Anna Berg, "Erkki Mäki, Präsident des Rates" is
    Erkki Mäki.

    >>> mention_name("Der Minister Felix Magath"), mention_name("Bundesminister Karl Weber")
    ('Felix Magath', 'Karl Weber')
    >>> mention_name("Ministerpräsident Jan Ott (CDU)"), mention_name("der Minister")
    ('Jan Ott', None)
    >>> mention_name("Der Leiter des Programms der WHO") is None
    True
    >>> mention_name("die Deutsche Presse-Agentur (dpa)")
    'Deutsche Presse-Agentur'
    """
    parts = [p for p in mention.split(",") if p.strip()]
    names = [_part_name(p) for p in parts]
    full = next((n for n in names if n is not None and " " in n), None)
    return full or next((n for n in names if n is not None), None)


def _appositive_name(text: str, end: int) -> str | None:
    """A name in commas right after a role phrase ending at *end*, or None."""
    m = _APPOSITIVE_NAME.match(text, end, min(len(text), end + 80))
    if m is None:
        return None
    words = m.group("name").split()
    if any(role_of(w) is not None or w.lower() in de.DETERMINERS for w in words):
        return None
    return " ".join(words)


def _definite_role(mention: str) -> tuple[str, str | None] | None:
    """The role of a singular definite role phrase and its gender: "die Ministerin".

    Only "der" + role (masculine) and "die" + a feminine role, in "-in" or an adjectival
    "-e" ("die Ministerin", "die Vorsitzende"), are singular for sure; "die Minister" and
    "die Abgeordneten" may be several.
    """
    words = mention.split()
    if len(words) < 2 or words[0].lower() not in {"der", "die"}:
        return None
    role = role_of(words[-1]) if len(words) == 2 else role_of(words[1])
    if role is None:
        return None
    if words[0].lower() == "der":
        return role, "male"
    head = words[-1] if len(words) == 2 else words[1]
    return (role, "female") if head.lower().endswith(("in", "e")) else None


def _roles(mention: str) -> frozenset[str]:
    return frozenset(r for w in mention.split() if (r := role_of(w)) is not None)


def resolve_speakers(text: str, drafts: list[DeDraft]) -> list[Speaker | None]:
    """Each draft's speaker, its name resolved against the story's earlier speakers.

    A surname alone takes the full name given before ("Weber" -> "Karl Weber"), a definite
    role phrase the person given that role ("der Minister"), a pronoun the last speaker of
    its gender (:class:`~wirestory._statements._names.NameBook`).
    """
    out: list[Speaker | None] = []
    book = NameBook()
    for d in drafts:
        if d.speaker is None:
            out.append(None)
            continue
        s, e = d.speaker
        mention = text[s:e]
        gender = mention_gender(mention)
        name = mention_name(mention) or _appositive_name(text, e)
        if name is not None:
            if " " not in name:
                name = book.by_surname(name) or name
            book.remember(name, gender, _roles(mention))
        elif mention.lower() in de.PRONOUN_GENDER:
            name = book.by_gender(gender)
        elif (role := _definite_role(mention)) is not None:
            name = book.by_role(*role)
        out.append(Speaker(text=mention, span=Span(s, e), name=name, gender=gender))
    return out


def make_statement(
    text: str,
    d: DeDraft,
    speaker: Speaker | None,
    *,
    lang: str = "de",
    inner_marks: str = "\u201e\u00bb\u00ab",
) -> Statement:
    """The model of a German or French draft (French passes ``lang="fr"`` and its «).

    The kind is direct for a draft that is one quotation, mixed when an opening mark of
    *inner_marks* stands inside its content, indirect otherwise.
    """
    pieces = sorted(set(d.pieces))
    spans = tuple(starmap(Span, pieces))
    first, last = pieces[0][0], pieces[-1][1]
    inner = any(text.find(mark, s, e) >= 0 for s, e in pieces for mark in inner_marks)
    kind = (
        StatementKind.DIRECT
        if d.quoted
        else (StatementKind.MIXED if inner else StatementKind.INDIRECT)
    )
    edges = [d.cue[0], d.cue[1], first, last]
    if d.speaker is not None:
        edges += list(d.speaker)
    return Statement(
        kind=kind,
        speaker=speaker,
        cue=Cue(text=text[d.cue[0] : d.cue[1]], span=Span(*d.cue)),
        content=Content(
            text=text[first:last],
            span=Span(first, last),
            spans=spans,
            pieces=tuple(text[s:e] for s, e in pieces),
        ),
        span=Span(min(edges), max(edges)),
        rule=d.rule,
        lang=lang,
    )
