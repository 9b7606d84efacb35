"""The speech-cue lexicon, for modules outside the statement engine.

The words live in the English language pack, :mod:`wirestory._lang.en`, written once there;
this module names the ones the speaker resolver (:mod:`wirestory._speakers`) and older
imports read.
"""

from __future__ import annotations

from wirestory._lang.en import (
    ADDRESSEE_HEADS,
    ADDRESSEE_VERBS,
    AUXILIARIES,
    CONNECTIVES,
    CUE_FORMS,
    CUE_LEMMA,
    DETERMINERS,
    INVERTIBLE,
    NEGATORS,
    OBJECT_VERBS,
    PARTICIPLES,
    PARTICLE_CUES,
    PRONOUNS,
    STOP_WORDS,
    is_cue_form,
    particle_lemma,
)

__all__ = [
    "ADDRESSEE_HEADS",
    "ADDRESSEE_VERBS",
    "AUXILIARIES",
    "CONNECTIVES",
    "CUE_FORMS",
    "CUE_LEMMA",
    "DETERMINERS",
    "INVERTIBLE",
    "NEGATORS",
    "OBJECT_VERBS",
    "PARTICIPLES",
    "PARTICLE_CUES",
    "PRONOUNS",
    "STOP_WORDS",
    "is_cue_form",
    "particle_lemma",
]
