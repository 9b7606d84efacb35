"""The interface a language pack fills: the words and marks the statement rules read.

English fills it first (:data:`wirestory._lang.en.ENGLISH`). The fields are chosen for the
languages of the wires that come next, German, French, Italian and Spanish:

- ``quote_pairs``: the opening and closing marks, « » and ‹ › (French, with spaces inside),
  „ “ and ‚ ‘ (German), » « (German books), alongside " " and ' ';
- ``cue_lemma``: every form of every verb of saying, to its lemma ("sagte" -> "sagen",
  "déclaré" -> "déclarer"), so look-ups stay set membership;
- ``verb_second``: whether a fronted quotation or phrase puts the verb before its subject
  ('„...“, sagte der Minister': German and Dutch), so the inverted reading is the rule, not
  the exception;
- ``perfect_auxiliaries``: auxiliaries of a compound past that carry the attribution
  ("a déclaré", "hat gesagt", "ha affermato"): the cue is auxiliary plus participle;
- ``dash_inserted``: whether attribution may sit inside a quotation between dashes
  ('"Serve - ha affermato il sindaco - una risposta"', Italian and Spanish copy).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["LanguagePack"]


@attrs.frozen
class LanguagePack:
    """The words and marks of one language that the statement rules read."""

    #: ISO 639-1 code: "en".
    code: str
    #: (opening, closing) quote marks: ('"', '"'), ("«", "»"), ("„", "“").
    quote_pairs: tuple[tuple[str, str], ...]
    #: Every form of a verb of saying -> its lemma: "told" -> "tell".
    cue_lemma: Mapping[str, str]
    #: Words that make a paragraph worth reading: every cue form, "according".
    cue_words: frozenset[str]
    #: Participle forms that continue a statement: ", adding that ...".
    participles: frozenset[str]
    #: Cue forms that may come before their subject: '"...," said Lavrov.'
    invertible: frozenset[str]
    #: lemma -> the particles that make it a cue: "point" -> {"out"}.
    particle_cues: Mapping[str, frozenset[str]]
    #: Auxiliaries and adverbs of a verb group: "has so far reported".
    auxiliaries: frozenset[str]
    #: Words that negate a following cue: "did not say", "declined to say".
    negators: frozenset[str]
    #: Determiners: a cue after one is a noun ("the report").
    determiners: frozenset[str]
    #: Pronouns that can be a speaker: "he", "they", "who".
    pronouns: frozenset[str]
    #: Personal pronouns with their gender: "she" -> "female".
    pronoun_gender: Mapping[str, str]
    #: Relative pronouns: "who", "which".
    relatives: frozenset[str]
    #: Forms of the copula: "is", "was".
    copulas: frozenset[str]
    #: Leading connectives left out of content: "However", "But".
    connectives: frozenset[str]
    #: Words that end a speaker's noun phrase read backwards from its cue.
    stop_words: frozenset[str]
    #: The words of the "according to X" phrase: ("according", "to"), ("selon",).
    according: tuple[str, ...]
    #: Auxiliaries of a compound past carrying a cue: "a" (a déclaré), "hat" (hat gesagt).
    perfect_auxiliaries: frozenset[str]
    #: Whether a fronted phrase inverts verb and subject: '„...“, sagte der Minister'.
    verb_second: bool
    #: Whether attribution may stand inside a quotation between dashes (Italian, Spanish).
    dash_inserted: bool
