"""Language packs: the words and marks the statement rules read, one pack per language.

English (:mod:`wirestory._lang.en`), German (:mod:`wirestory._lang.de`, read by its own
reader, :mod:`wirestory._statements._de`) and French (:mod:`wirestory._lang.fr`, read by
:mod:`wirestory._statements._fr`) have a pack; :func:`detect_language` guesses a
story's language, and a text in a language with no pack has no statements found in it
(English rules read into Spanish copy find only noise).
"""

from __future__ import annotations

from wirestory._lang._detect import detect_language
from wirestory._lang._pack import LanguagePack

__all__ = ["SUPPORTED", "LanguagePack", "detect_language", "pack", "supported"]

#: The ISO 639-1 codes of the languages with a pack.
SUPPORTED: frozenset[str] = frozenset({"en", "de", "fr"})


def supported(code: str) -> bool:
    """Whether statements can be read in the language *code* ("en", "EN", "en-GB").

    >>> supported("en"), supported("en-GB"), supported("de"), supported("es")
    (True, True, True, False)
    """
    return code.lower().split("-", 1)[0] in SUPPORTED


def pack(code: str) -> LanguagePack | None:
    """The language pack for *code*, or None when the language has none yet.

    >>> pack("en").code, pack("de").code, pack("fr").code, pack("es")
    ('en', 'de', 'fr', None)
    """
    if not supported(code):
        return None
    if code.lower().split("-", 1)[0] == "de":
        from wirestory._lang.de import GERMAN  # noqa: PLC0415  (loaded with the German reader)

        return GERMAN
    if code.lower().split("-", 1)[0] == "fr":
        from wirestory._lang.fr import FRENCH  # noqa: PLC0415  (loaded with the French reader)

        return FRENCH
    from wirestory._lang.en import ENGLISH  # noqa: PLC0415  (loaded with the statement rules)

    return ENGLISH
