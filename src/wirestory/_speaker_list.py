"""Who is quoted: the speakers of a story's statements, one entry per entity, with gender.

:func:`list_speakers` groups the statements of a text by their speaker's resolved name
(:mod:`wirestory._speakers`), adds the other mentions of each person that the mention table
(:mod:`wirestory._mentions`) found, and gives each person a gender from the text alone.

The gender rule (:attr:`wirestory.Speaker.gender`), in order, the first that decides:

1. an honorific or gendered title before the person's surname ("Mr Lavrov", "Ms Yarmysh",
   "Queen Margrethe"), unless several people of the story share that surname;
2. a gendered role noun given to the person ("spokeswoman Kira Yarmysh", "the chairman");
3. the gendered pronouns ("he", "she") that resolve to the person as the speaker of a
   statement, by majority;
4. the gendered pronouns that follow the person's mentions, each up to the next mention of
   someone else ("Holt said talks would resume. She was hopeful"), by majority.

Otherwise ``None``. First names are never read: no list of names says who is a woman.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs

from wirestory._capitals import capital_runs
from wirestory._lang import fr
from wirestory._mentions import MentionTable, mention_table, role_words
from wirestory._models import Span, Speaker, SpeakerEntity, SpeakerKind, SpeakerMention, Statement
from wirestory._speakers import (
    _ANY_ORG_NOUNS,
    _COMMON_WORDS,
    _COMPANY_NOUNS,
    _CONTRACTION,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    Resolver,
    _bare,
    _is_org,
)
from wirestory._statements._de_finish import role_of

__all__ = ["list_speakers"]

#: Role nouns that say a person's gender ("spokeswoman", "chairman"): Reuters and AP use
#: "spokeswoman" for women, "spokesman" for men.
_FEMALE_ROLES: frozenset[str] = frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess",
     "actress", "mother", "daughter", "wife", "sister", "widow", "grandmother", "girl",
     "woman", "ms", "mrs", "miss", "madam", "madame", "mme", "mdm", "dame", "lady", "she", "her"}
)  # fmt: skip
_MALE_ROLES: frozenset[str] = frozenset(
    {"spokesman", "chairman", "congressman", "businessman", "king", "prince", "actor",
     "father", "son", "husband", "brother", "widower", "grandfather", "boy", "man", "mr",
     "sir", "lord", "he", "him"}
)  # fmt: skip

#: The kind of an unnamed speaker by its head noun: documents ("the statement"),
#: organisations ("the ministry", "the port authority") and people ("a spokeswoman").
_UNNAMED_KINDS: dict[str, SpeakerKind] = {
    **dict.fromkeys(PERSON_NOUNS, SpeakerKind.PERSON),
    **dict.fromkeys(ORG_WORDS, SpeakerKind.ORGANISATION),
    **dict.fromkeys(MEDIA_NOUNS | _ANY_ORG_NOUNS | _COMPANY_NOUNS, SpeakerKind.ORGANISATION),
    **dict.fromkeys(DOCUMENT_NOUNS, SpeakerKind.DOCUMENT),
}

_GENDERED = frozenset({"he", "she", "him", "her"})

#: Speaker mentions that name no one by themselves and are left out when unresolved.
_PRONOUNS = frozenset({"he", "she", "him", "her", "it", "they", "we", "i", "you", "who",
                       "which", "that", "whose", "them"})  # fmt: skip


#: Prepositions that open a post-modifier: the head noun is the word before the first one.
_POST = frozenset({"of", "for", "from", "at", "in", "with", "to", "on"})


def _head_noun(phrase: str) -> str:
    """The head noun of a description, before any post-modifier, lower-cased.

    >>> _head_noun("a letter from the union"), _head_noun("Secretary of State")
    ('letter', 'secretary')
    """
    words = phrase.split()
    for k, word in enumerate(words[1:], 1):
        if word in _POST:
            return _bare(words[k - 1])
    return _bare(words[-1]) if words else ""


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether *span* lies inside the last of the sorted *spans* that starts before it."""
    i = bisect.bisect_right(spans, (span[0], 1 << 62)) - 1
    return i >= 0 and spans[i][1] >= span[1]


def _vote(words: set[str]) -> str:
    female, male = bool(words & _FEMALE_ROLES), bool(words & _MALE_ROLES)
    if female == male:
        return ""
    return "f" if female else "m"


def _strip_article(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0].lower() in {"the", "a", "an"}:
        return " ".join(words[1:])
    return text


def _fr_role(word: str) -> bool:
    return word.lower() in fr.ROLE_NOUNS


#: The role-noun test of each language whose speakers are read here: "Bundesminister",
#: "Regierungssprecherin" (German compound heads), "ministre", "présidente" (French).
_FOREIGN_ROLE: dict[str, Callable[[str], bool]] = {
    "de": lambda word: role_of(word) is not None,
    "fr": _fr_role,
}


def _foreign_kind(
    speakers: Sequence[Speaker], langs: Sequence[str | None]
) -> tuple[SpeakerKind, str | None] | None:
    """The kind and gender of a German or French speaker, from its own statements' evidence.

    The English mention table cannot read German or French copy ("Ott" is no organisation
    because no English title named him), so a speaker of such statements is a person when
    one of its mentions has a gender (an honorific, a pronoun, the article of a role noun:
    :mod:`wirestory._statements._de_finish`, :mod:`wirestory._statements._fr`) or a role
    noun of its language; otherwise its kind is unknown. None for English speakers.
    """
    tests = [_FOREIGN_ROLE.get(lang or "en") for lang in langs]
    if not speakers or any(test is None for test in tests):
        return None
    genders = [s.gender for s in speakers if s.gender in {"female", "male"}]
    roles = any(
        test is not None and any(test(w) for w in s.text.split())
        for s, test in zip(speakers, tests, strict=True)
    )
    if not genders and not roles:
        return SpeakerKind.UNKNOWN, None
    female = genders.count("female")
    male = len(genders) - female
    gender = None if female == male else ("female" if female > male else "male")
    return SpeakerKind.PERSON, gender


def _groups(
    text: str, statements: Sequence[Statement]
) -> tuple[dict[str, list[int]], dict[str, str]]:
    """The statements' indices by speaker (case-folded name), and each group's name.

    A resolved speaker is grouped by its name, an unresolved one by its words without the
    article ("the ministry": "ministry"); a pronoun ("It's"), a number or function word
    ("Several") or a headline's words ("Rick Perry Just") name no one and are left out.
    """
    groups: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for index, statement in enumerate(statements):
        speaker = statement.speaker
        if speaker is None:
            continue
        name = speaker.name
        if name is None:
            if (
                speaker.text.lower() in _PRONOUNS
                or _CONTRACTION.match(speaker.text)
                or _bare(speaker.text) in _COMMON_WORDS
                or capital_runs(text).in_heading(speaker.span.start)
            ):
                continue
            name = _strip_article(speaker.text)
        key = name.casefold()
        names.setdefault(key, name)
        groups.setdefault(key, []).append(index)
    return groups, names


class _Known(NamedTuple):
    """What the story's mention table says of its names, read once per story."""

    table: MentionTable
    resolver: Resolver
    persons: set[str]
    orgs: set[str]
    spans: dict[str, list[tuple[int, int]]]


class _Lazy:
    """The story's :class:`_Known`, built on first use.

    An unnamed speaker that is no person ("the company", "the statement") needs nothing
    from the mention table.
    """

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        """Remember the text; build nothing yet."""
        self._text = text
        self._known: _Known | None = None

    def __call__(self) -> _Known:
        """The story's names, read from its mention table once."""
        if self._known is None:
            table = mention_table(self._text)
            spans: dict[str, list[tuple[int, int]]] = {}
            for start, end, full in table.spans:
                spans.setdefault(full, []).append((start, end))
            self._known = _Known(
                table,
                Resolver(self._text),
                {name for _at, name in table.persons},
                {name for _at, name in table.orgs} | set(table.acronyms.values()),
                spans,
            )
        return self._known


def _words(known: _Known, name: str, speakers: list[Speaker]) -> set[str]:
    """The words that describe a speaker: its roles in the table, titles and descriptions."""
    words = {word for role in known.table.roles_of(name) for word in role.words}
    for s in speakers:
        words.update(_bare(w) for w in (s.description or "").split())
        if s.name is not None and s.text.lower() not in _PRONOUNS:
            words.update(_bare(w) for w in s.text.split()[:-1])
    return words


def _kind(
    known: _Known, name: str, *, pronouns: list[str], titled: str | None, words: set[str]
) -> SpeakerKind:
    """A named speaker's kind: how the story names it."""
    if name in known.orgs or _is_org(name):
        return SpeakerKind.ORGANISATION
    if name in known.persons or pronouns or titled or any(role_words(w) for w in words):
        return SpeakerKind.PERSON  # named as one, a pronoun, a title or a role noun
    return SpeakerKind.ORGANISATION  # a name never given to a person ("Beijing")


def _gender(
    known: _Known, name: str, found: str, pronouns: list[str], *, resolved: bool
) -> str | None:
    """A person's gender: a title or role word (*found*), else the pronouns (module docs)."""
    if not found and pronouns:
        female = sum(p in _FEMALE_ROLES for p in pronouns)
        male = len(pronouns) - female
        found = "" if female == male else ("f" if female > male else "m")
    if not found and resolved:
        # Only a name's own mentions vote: "Secretary of State" is no surname "State".
        found = known.resolver._pronoun_votes(name)  # noqa: SLF001
    return {"f": "female", "m": "male"}.get(found)


def _entity(
    text: str, known: _Lazy, name: str, indices: list[int], statements: Sequence[Statement]
) -> SpeakerEntity:
    """The speaker list's entry for the statements *indices*, spoken by *name*."""
    speakers = [s for i in indices if (s := statements[i].speaker) is not None]
    resolved = any(s.name is not None for s in speakers)
    mentions = {(s.span.start, s.span.end) for s in speakers}
    pronouns = [s.text.lower() for s in speakers if s.text.lower() in _GENDERED]
    langs = [statements[i].lang for i in indices if statements[i].speaker is not None]
    foreign = _foreign_kind(speakers, langs)
    if foreign is not None:  # German and French speakers: their own evidence
        return _listed(text, name, indices, mentions, foreign)
    gender: str | None = None
    # An unnamed speaker is known by its head noun: "the statement" is a document, "the
    # ministry" an organisation, "a spokeswoman" a person.
    kind = None if resolved else _UNNAMED_KINDS.get(_head_noun(name), SpeakerKind.UNKNOWN)
    if kind is None or kind is SpeakerKind.PERSON:
        words = _words(known(), name, speakers)
        titled = known().resolver._titled_gender(name) if resolved else None  # noqa: SLF001
        if kind is None:
            kind = _kind(known(), name, pronouns=pronouns, titled=titled, words=words)
        if kind is SpeakerKind.PERSON:
            said = sorted(mentions)
            mentions.update(
                span for span in known().spans.get(name, ()) if not _inside(span, said)
            )  # not "Holt" of the speaker "Mr Holt" again
            found = titled or _vote(words)
            gender = _gender(known(), name, found, pronouns, resolved=resolved)
    return _listed(text, name, indices, mentions, (kind, gender))


def _listed(
    text: str,
    name: str,
    indices: list[int],
    mentions: set[tuple[int, int]],
    kind: tuple[SpeakerKind, str | None],
) -> SpeakerEntity:
    """The speaker list's entry: its mentions in text order, its kind and gender."""
    ordered = tuple(SpeakerMention(text=text[s:e], span=Span(s, e)) for s, e in sorted(mentions))
    return SpeakerEntity(
        name=name, kind=kind[0], mentions=ordered, statements=tuple(indices), gender=kind[1]
    )


def list_speakers(
    text: str, statements: Sequence[Statement]
) -> tuple[tuple[Statement, ...], tuple[SpeakerEntity, ...]]:
    """The statements with each person speaker's gender, and the story's speaker list.

    *text* is the text the statements were found in (their spans index it). A story with
    no one to list, or only unnamed speakers that are no person ("the company"), builds no
    mention table.

    >>> from wirestory import find_statements
    >>> text = "Mr Holt said talks would resume. He added that the port was shut."
    >>> statements, speakers = list_speakers(text, find_statements(text))
    >>> [(s.name, s.kind.value, s.statements, s.gender) for s in speakers]
    [('Holt', 'person', (0, 1), 'male')]
    >>> [m.text for m in speakers[0].mentions]
    ['Mr Holt', 'He']
    """
    groups, names = _groups(text, statements)
    if not groups:
        return tuple(statements), ()
    known = _Lazy(text)
    entities = [
        _entity(text, known, names[key], indices, statements) for key, indices in groups.items()
    ]
    genders = {entity.name: entity.gender for entity in entities}
    entities.sort(key=lambda entity: entity.mentions[0].span.start)
    out: list[Statement] = []
    for statement in statements:
        who: Speaker | None = statement.speaker
        gender = genders.get(who.name) if who is not None and who.name is not None else None
        if who is not None and gender:
            out.append(attrs.evolve(statement, speaker=attrs.evolve(who, gender=gender)))
        else:
            out.append(statement)
    return tuple(out), tuple(entities)
