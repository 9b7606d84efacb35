"""The people of a German or French story, so that every mention of one gets one name.

A story introduces a speaker once with a title and a full name ("Bundesminister Karl
Weber", "le ministre de l'Intérieur Paul Martin") and then calls them by surname ("Weber",
"Martin"), by role ("der Minister", "le ministre") or by pronoun ("er", "il"). A
:class:`NameBook` records each named speaker with their role and gender, in text order,
and resolves later mentions to the fullest name:

1. a surname alone is the latest person of that surname ("Weber" -> "Karl Weber");
2. a definite role phrase is the latest person given that role, whose gender does not
   contradict it ("die Ministerin" is not Karl Weber);
3. a pronoun is the latest person of its gender (or of unknown gender).

Nothing here reads first names for gender: gender comes from honorifics, pronouns and
gendered role nouns only, as for English speakers.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

__all__ = ["NameBook", "Person"]


@attrs.frozen
class Person:
    """A named speaker: the name, "male", "female" or None, and the roles given to them."""

    name: str
    gender: str | None
    roles: frozenset[str]


@attrs.define
class NameBook:
    """The named speakers of one story, in the order they were introduced.

    >>> book = NameBook()
    >>> book.remember("Karl Weber", "male", frozenset({"minister"}))
    >>> book.by_surname("Weber"), book.by_role("minister", "male"), book.by_role("chef", None)
    ('Karl Weber', 'Karl Weber', None)
    >>> book.by_role("minister", "female") is None, book.by_gender("male")
    (True, 'Karl Weber')
    """

    people: list[Person] = attrs.field(factory=list)

    def remember(self, name: str, gender: str | None, roles: frozenset[str]) -> None:
        """Record a named speaker (again): the latest mention counts most."""
        self.people.append(Person(name, gender, roles))

    def _latest(self, test: Callable[[Person], bool]) -> str | None:
        return next((p.name for p in reversed(self.people) if test(p)), None)

    def by_surname(self, word: str) -> str | None:
        """The fullest name of the latest person whose name ends with *word*."""
        return self._latest(lambda p: " " in p.name and p.name.rsplit(" ", 1)[1] == word)

    def by_role(self, role: str, gender: str | None) -> str | None:
        """The latest person given *role*, whose known gender is not the other one."""
        return self._latest(
            lambda p: role in p.roles and (gender is None or p.gender in {gender, None})
        )

    def by_gender(self, gender: str | None) -> str | None:
        """The latest person of *gender* or of unknown gender."""
        return self._latest(lambda p: p.gender in {gender, None})
