"""Language packs: the words and marks the statement rules read, one pack per language.

Only English has a pack so far (:mod:`wirestory._lang.en`); :func:`detect_language` guesses a
story's language, and a text in a language with no pack has no statements found in it
(English rules read into German or French copy find only noise).
"""

from __future__ import annotations

from wirestory._lang._detect import detect_language

__all__ = ["SUPPORTED", "detect_language", "supported"]

#: The ISO 639-1 codes of the languages with a pack.
SUPPORTED: frozenset[str] = frozenset({"en"})


def supported(code: str) -> bool:
    """Whether statements can be read in the language *code* ("en", "EN", "en-GB").

    >>> supported("en"), supported("en-GB"), supported("de")
    (True, True, False)
    """
    return code.lower().split("-", 1)[0] in SUPPORTED
