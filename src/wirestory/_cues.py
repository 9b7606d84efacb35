"""The speech-cue lexicon, as data: verbs of saying in every form, and the words around them.

The verbs are the reporting verbs of news copy (AP and Reuters style prefer "said"; agencies such
as TASS vary them: "stressed", "pointed out", "recalled"). Beliefs ("thinks"), findings
("showed") and commissives ("vowed", "promised") are deliberately absent: they are not speech.
Each lemma lists its forms so that look-ups are plain set membership (no stemming).
"""

from __future__ import annotations

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
]

#: lemma -> (base, third person, past, participle -ing). Regular past participles equal the past.
_VERBS: dict[str, tuple[str, str, str, str]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "deny": ("deny", "denies", "denied", "denying"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "warn": ("warn", "warns", "warned", "warning"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "note": ("note", "notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "write": ("write", "writes", "wrote", "writing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("post", "posts", "posted", "posting"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing"),
    "emphasise": ("emphasise", "emphasises", "emphasised", "emphasising"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "urge": ("urge", "urges", "urged", "urging"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "describe": ("describe", "describes", "described", "describing"),
    "state": ("state", "states", "stated", "stating"),
    "report": ("report", "reports", "reported", "reporting"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "continue": ("continue", "continues", "continued", "continuing"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "respond": ("respond", "responds", "responded", "responding"),
    "reply": ("reply", "replies", "replied", "replying"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "reemphasize": ("reemphasize", "reemphasizes", "reemphasized", "reemphasizing"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining"),
    "ask": ("ask", "asks", "asked", "asking"),
    "advise": ("advise", "advises", "advised", "advising"),
    "caution": ("caution", "cautions", "cautioned", "cautioning"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "recommend": ("recommend", "recommends", "recommended", "recommending"),
    "blame": ("blame", "blames", "blamed", "blaming"),
    "dismiss": ("dismiss", "dismisses", "dismissed", "dismissing"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "observe": ("observe", "observes", "observed", "observing"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "contend": ("contend", "contends", "contended", "contending"),
    "counter": ("counter", "counters", "countered", "countering"),
    "agree": ("agree", "agrees", "agreed", "agreeing"),
    "indicate": ("indicate", "indicates", "indicated", "indicating"),
    "estimate": ("estimate", "estimates", "estimated", "estimating"),
    "ponder": ("ponder", "ponders", "pondered", "pondering"),
    "call": ("call", "calls", "called", "calling"),
}

#: Every cue form -> its lemma ("told" -> "tell").
CUE_LEMMA: dict[str, str] = {form: lemma for lemma, forms in _VERBS.items() for form in forms}

#: Every single-word cue form.
CUE_FORMS: frozenset[str] = frozenset(CUE_LEMMA)

#: The -ing forms (", adding that ...", ", saying ...").
PARTICIPLES: frozenset[str] = frozenset(forms[3] for forms in _VERBS.values())

#: Lemmas whose base/third-person/past forms are too often something else (nouns: "a call", "a
#: post", "reports"; non-speech senses: "states", "continues", "maintains") to count without a
#: particle or a clear subject-verb shape. They count only in the forms listed here.
_AMBIGUOUS_OK: dict[str, frozenset[str]] = {
    "call": frozenset({"called", "calls", "calling"}),  # only with a particle or "X Y" complement
    "post": frozenset({"posted"}),
    "report": frozenset({"reported", "reports", "reporting"}),
    "state": frozenset({"stated"}),
    "continue": frozenset({"continued"}),
    "maintain": frozenset({"maintained", "maintains"}),
    "counter": frozenset({"countered"}),
    "agree": frozenset({"agreed"}),
    "estimate": frozenset({"estimated"}),
    "note": frozenset({"noted", "notes", "noting"}),
    "remark": frozenset({"remarked"}),
    "demand": frozenset({"demanded", "demanding"}),
    "caution": frozenset({"cautioned"}),
    "observe": frozenset({"observed"}),
    "indicate": frozenset({"indicated", "indicates"}),
}


def is_cue_form(word: str) -> bool:
    """Return whether a lower-cased word is a usable speech-cue form.

    >>> is_cue_form("said"), is_cue_form("states"), is_cue_form("stated")
    (True, False, True)
    """
    lemma = CUE_LEMMA.get(word)
    if lemma is None:
        return False
    allowed = _AMBIGUOUS_OK.get(lemma)
    return allowed is None or word in allowed


#: Multi-word cues: a verb form followed by a particle ("pointed out", "called for").
PARTICLE_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on"}),
    "point": frozenset({"out"}),
    "single": frozenset({"out"}),
    "rule": frozenset({"out"}),
    "push": frozenset({"for"}),
    "ask": frozenset({"for"}),
    "admit": frozenset({"to"}),
}
_PARTICLE_VERBS: dict[str, str] = {
    "point": "point",
    "points": "point",
    "pointed": "point",
    "pointing": "point",
    "singled": "single",
    "ruled": "rule",
    "rules": "rule",
    "pushing": "push",
    "pushed": "push",
}


def particle_lemma(word: str) -> str | None:
    """Return the lemma of a verb that is a cue only with a particle ("pointed" -> "point").

    >>> particle_lemma("pointed"), particle_lemma("called"), particle_lemma("went")
    ('point', 'call', None)
    """
    return _PARTICLE_VERBS.get(word) or (
        CUE_LEMMA[word] if CUE_LEMMA.get(word) in PARTICLE_CUES else None
    )


#: Cue forms that may come before their subject: '"...," said Lavrov.'
INVERTIBLE: frozenset[str] = frozenset(
    {
        "said", "says", "added", "adds", "continued", "explained", "explains", "wrote", "writes",
        "asked", "asks", "noted", "notes", "recalled", "recalls", "stressed", "replied",
        "responded", "declared", "insisted", "warned", "tweeted", "posted", "remarked",
        "concluded", "argued", "argues", "stated", "quipped", "countered", "observed",
        "acknowledged", "admitted", "admits", "reported", "emphasized", "emphasised",
    }
)  # fmt: skip

#: Verbs whose addressee belongs to the cue ("told reporters", "tells CNN").
ADDRESSEE_VERBS: frozenset[str] = frozenset({"tell"})

#: Verbs followed by an object and a to-infinitive or that-clause; the object (addressee) is
#: left out of cue and content ("urged residents to stay home" -> content "to stay home").
OBJECT_VERBS: frozenset[str] = frozenset({"urge", "advise", "ask", "warn", "call", "remind"})

#: Nouns that end the addressee of "told" ("told reporters", "told a news conference").
ADDRESSEE_HEADS: frozenset[str] = frozenset(
    {
        "reporters", "journalists", "media", "press", "conference", "briefing", "newspaper",
        "paper", "daily", "weekly", "television", "tv", "radio", "station", "broadcaster",
        "agency", "outlet", "website", "channel", "parliament", "lawmakers", "legislators",
        "audience", "crowd", "crowds", "supporters", "delegates", "correspondents",
        "interviewer", "senators", "committee", "meeting", "summit", "forum", "rally",
        "him", "her", "them", "us", "me", "reporter", "journalist", "magazine", "podcast",
        "program", "programme", "show", "network", "service", "gathering", "session",
        "hearing", "congress", "assembly", "students", "residents", "people", "viewers",
        "listeners", "readers", "employees", "staff", "colleagues", "officials", "followers",
        "members", "court", "jury", "judge",
    }
)  # fmt: skip

#: Auxiliaries and adverbs that belong to the cue's verb group ("has so far reported").
AUXILIARIES: frozenset[str] = frozenset(
    {
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "will",
        "would", "could", "can", "may", "might", "should", "shall", "must", "did", "does", "do",
        "also", "since", "so", "far", "long", "later", "earlier", "previously", "repeatedly",
        "again", "further", "then", "recently", "once", "already", "separately", "publicly",
        "reportedly", "strongly", "often", "frequently", "always", "still", "just", "now",
        "first", "last", "even", "too", "similarly", "likewise", "subsequently", "initially",
        "originally", "clearly", "explicitly", "flatly", "firmly", "privately", "openly",
        "widely", "quickly", "immediately", "angrily", "bluntly", "simply", "only",
        "however", "meanwhile", "nonetheless", "nevertheless", "instead", "therefore", "though",
        "here", "there",
    }
)  # fmt: skip

#: Words that negate a following cue ("did not say", "declined to say").
NEGATORS: frozenset[str] = frozenset(
    {"not", "n't", "never", "declined", "refused", "without", "no", "nor", "cannot", "to"}
)

#: Determiners: a cue right after one is a noun ("the said", "a report").
DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
     "my", "your", "some", "any", "each", "every", "no"}
)  # fmt: skip

#: Personal and relative pronouns that can be a speaker.
PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "him", "her", "them"}
)

#: Leading connectives left out of content ("However, ...", "But ...").
CONNECTIVES: frozenset[str] = frozenset(
    {"however", "but", "and", "separately", "meanwhile", "still", "yet", "also", "moreover",
     "furthermore", "besides", "nevertheless", "nonetheless", "so", "thus", "instead",
     "additionally", "further", "indeed", "now", "then"}
)  # fmt: skip

#: Words that end a speaker noun phrase scanned backwards from its cue.
STOP_WORDS: frozenset[str] = frozenset(
    {
        "that", "which", "but", "because", "after", "before", "while", "as", "when", "if",
        "whether", "since", "although", "though", "so", "than", "where", "until", "unless",
        "and", "or", "nor", "yet", "meanwhile", "however", "also", "then", "once", "whereas",
        "why", "how", "what", "whom", "whose", "not", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must", "do", "does", "did", "to", "on", "by", "into", "onto", "upon", "over", "under",
        "about", "against", "between", "through", "during", "without", "within", "amid",
        "among", "despite", "like", "unlike", "towards", "toward", "per", "via", "said",
        "says", "told", "added", "there", "here", "now", "even", "just", "only", "still",
        "already", "indeed", "thus", "hence", "therefore", "instead", "otherwise", "perhaps",
        "maybe", "reportedly", "apparently", "allegedly", "today", "yesterday", "tonight",
        "earlier", "later", "previously", "recently", "again", "first", "finally", "too",
        "i", "we", "you",
    }
)  # fmt: skip
