"""The English language pack: every English word the statement rules read, as data.

The speech-cue lexicon comes first: verbs of saying in every form, and the words around them.
The verbs are the reporting verbs of news copy (AP and Reuters style prefer "said"; agencies
such as TASS vary them: "stressed", "pointed out", "recalled"). Beliefs ("thinks"), findings
("showed") and commissives ("vowed", "promised") are deliberately absent: they are not speech.
Each lemma lists its forms so that look-ups are plain set membership (no stemming). Then come
the closed classes the rules read around a cue (determiners, pronouns, auxiliaries,
connectives), the words of adverbials and addressees, and the small sets single rules name.

Every set is written once, here; :data:`ENGLISH` gathers the ones another language must
fill (:class:`wirestory._lang.LanguagePack`). The speaker resolver keeps its own lists
(:mod:`wirestory._speakers`: person nouns, honorifics, organisation words).
"""

from __future__ import annotations

from wirestory._lang._pack import LanguagePack

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

#: Forms of verbs that are cues only with their particle -> lemma: "pointed" (out) -> "point".
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


# -- words around a cue -----------------------------------------------------------------------

#: Words after a cue that start an adverbial to skip: "said on Wednesday", "told ... during".
PP_STARTS: frozenset[str] = frozenset(
    {"on", "in", "at", "during", "via", "through", "after", "before", "while", "over", "late",
     "early", "to", "from", "by", "when", "earlier", "later", "with", "as",
     "ahead", "following", "under", "inside", "outside", "near", "amid", "upon", "since",
     "broadcast", "aired", "carried", "published", "televised", "obtained", "released",
     "issued", "sent", "posted", "quoted", "cited", "seen", "reviewed"}
)  # fmt: skip

#: Single adverbs skipped after a cue: "said Wednesday", "said, however, that".
ADVERBS: frozenset[str] = frozenset(
    {"today", "yesterday", "tonight", "earlier", "later", "also", "again", "separately",
     "publicly", "repeatedly", "recently", "previously", "then", "too", "now", "once",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "afterward", "afterwards", "further", "here", "there", "privately", "confidently",
     "firmly", "bluntly", "simply", "flatly", "explicitly", "directly", "quickly",
     # discourse adverbs between commas: "He said, however, that talks would resume." (not
     # "though", a conjunction too: "..., though he added that ...")
     "however", "nonetheless", "nevertheless", "meanwhile", "moreover", "furthermore"}
)  # fmt: skip

#: Forms of "be": a relative after its complement stands for the clause ("are White, which").
COPULAS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})

#: Nouns that end an adverbial phrase after a cue: "said in a statement", "on Monday".
PP_ENDS: frozenset[str] = frozenset(
    {
        "statement", "statements", "interview", "speech", "address", "post", "tweet",
        "letter", "message", "briefing", "conference", "video", "broadcast", "comments",
        "remarks", "report", "meeting", "session", "hearing", "event", "summit", "forum",
        "rally", "visit", "trip", "ceremony", "appearance", "call", "talks", "parliament",
        "program", "programme", "show", "podcast", "channel", "television", "radio",
        "website", "blog", "platform", "release", "day", "week", "month", "year", "morning",
        "afternoon", "evening", "night", "weekend", "time", "occasion", "sidelines", "media",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "today", "yesterday", "tonight",
        "earlier", "later", "ago", "debate", "testimony", "filing",
        "document", "documents", "court", "email", "emails", "newsletter", "op-ed", "column",
        "article", "book", "memoir", "note", "notes", "transcript", "update", "posting",
        "account", "page", "thread", "announcement", "hours", "days", "weeks", "months",
        "years", "minutes", "reporters", "journalists", "audience", "crowd", "supporters",
        "agency", "press", "briefings", "speeches", "tv", "newspaper", "decree",
        "telephone", "phone", "videolink", "livestream", "webcast", "hall",
    }
)  # fmt: skip

#: Social platforms, never an outlet that relays: "in a post on Telegram".
PLATFORMS: frozenset[str] = frozenset(
    {"twitter", "facebook", "telegram", "weibo", "instagram", "x", "youtube", "tiktok",
     "wechat", "linkedin", "threads", "vkontakte", "vk", "truth", "social"}
)  # fmt: skip

#: Publishers whose own reporting is never a relay ("told CNN" in CNN's copy).
PUBLISHERS: frozenset[str] = frozenset(
    {"cnn", "cnn sport", "cnn travel", "cnn business", "cnn international"}
)  # fmt: skip

#: Nouns of time after a time adverb or "that": "said Wednesday morning", "that night".
TIME_NOUNS: frozenset[str] = frozenset(
    {"night", "day", "morning", "afternoon", "evening", "week", "weekend", "month", "year",
     "time", "summer", "winter", "spring", "fall", "autumn"}
)  # fmt: skip

#: Written works: "wrote the profile on Boyle" writes a work, not a statement.
WRITTEN_WORKS: frozenset[str] = frozenset(
    {"profile", "article", "letter", "book", "op-ed", "column", "report", "post", "piece",
     "memo", "story", "essay", "editorial", "bill", "law", "legislation", "song", "script",
     "foreword", "introduction", "memoir", "blog", "paper", "review", "biography"}
)  # fmt: skip

#: Rubrics before a colon, never a speaker: "UPDATE: ...", "The Latest: ...".
RUBRICS: frozenset[str] = frozenset(
    {"latest", "guide", "watch", "update", "updates", "analysis", "review", "explainer",
     "opinion", "exclusive", "breaking", "live", "factbox", "timeline", "editorial", "photos",
     "video", "videos", "q&a", "commentary", "column", "obituary", "correction", "recap",
     "preview", "chronology", "graphic", "related", "watched", "must", "note", "editor's",
     "transcript", "photo", "credit", "source", "sources", "caption", "warning"}
)  # fmt: skip

#: Words after which an "according to" source goes on: "exit polls for AP and networks".
NP_CONTINUERS: frozenset[str] = frozenset(
    {"and", "or", "for", "in", "on", "at", "by", "from", "of", "with", "to"}
)

#: Words that join a new clause with its own speaker: ", while other voters said".
CLAUSE_JOINS: frozenset[str] = frozenset({"while", "whereas", "but", "although", "and"})

#: Words that end the addressee of "told": "told CNN Sport via Skype", "told TASS that".
ADDRESSEE_ENDS: frozenset[str] = frozenset(
    {"that", "about", "of", "if", "whether", "how", "what", "why", "when", "where", "who",
     "via", "he", "she", "it", "they", "we", "i"}
)  # fmt: skip

#: Lower-case nouns that end an outlet's mention: "Today Nicaragua website".
OUTLET_NOUNS: frozenset[str] = frozenset(
    {"website", "site", "newspaper", "paper", "daily", "weekly", "broadcaster", "channel",
     "agency", "news", "television", "tv", "radio"}
)  # fmt: skip

#: Words before "reported" that make it an adjective: "1.3 million reported illnesses".
QUANTIFIERS: frozenset[str] = frozenset(
    {"million", "billion", "thousand", "hundred", "first", "newly", "officially", "many",
     "more", "fewer", "most", "all", "any", "other", "of", "and", "or", "total", "confirmed",
     "previously", "widely", "recently", "unconfirmed"}
)  # fmt: skip

#: Addressee heads that also modify a following head: "a press conference", "radio station".
MEDIUM_WORDS: frozenset[str] = frozenset({"press", "news", "radio", "television", "tv", "media"})

#: The heads they modify: "told a press conference" ends the addressee at "conference".
GATHERING_WORDS: frozenset[str] = frozenset(
    {"conference", "briefing", "station", "network", "channel", "program", "programme", "show"}
)

#: Words that make a paragraph worth tokenising: every cue form and the first word of a
#: multi-word cue ("according to", "pointed out", "quoted as saying").
CUE_WORDS: frozenset[str] = CUE_FORMS | {
    "according", "quoted", "cited", "pointed", "points", "singled", "ruled", "pushing", "pushed",
}  # fmt: skip

#: Words that open the question after "asked": "asked whether", "asked him to".
QUESTION_WORDS: frozenset[str] = frozenset(
    {"if", "whether", "why", "how", "what", "when", "where", "who", "which", "to", ","}
)  # fmt: skip

#: Words that open the writer's scene before a cue: "Asked about it, X said, ...".
SCENE_OPENERS: frozenset[str] = frozenset(
    {"asked", "when", "speaking", "responding", "addressing", "in", "on", "at", "during",
     "after", "before", "while", "writing", "referring", "answering", "commenting"}
)  # fmt: skip

#: Subordinators that open a clause of the writer's: "X said when Boyle asked him".
SUBORDINATORS: frozenset[str] = frozenset(
    {"when", "as", "while", "after", "before", "because", "since", "although", "though",
     "until", "whereas", "citing", "referring", "speaking", "noting"}
)  # fmt: skip

#: Auxiliaries and "not": words of a verb group, never of a name ("the ministry has said").
VERBISH: frozenset[str] = frozenset(
    {"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
     "should", "may", "might", "must", "do", "does", "did", "be", "been", "not"}
)  # fmt: skip

#: Words in -ly that are no adverbs: "the royal family said", "the assembly denied".
LY_NOUNS: frozenset[str] = frozenset(
    {"family", "supply", "rally", "ally", "assembly", "reply", "monopoly", "anomaly", "bully",
     "daily", "weekly", "monthly", "quarterly", "early", "likely", "only", "holy", "jelly",
     "belly", "folly", "lily", "italy", "elderly", "friendly", "lonely", "lovely", "ugly",
     "silly", "deadly", "costly", "orderly", "homily", "panoply"}
)  # fmt: skip

#: Relative pronouns that open a clause on a noun phrase: "Kirk, who faces ...".
RELATIVES: frozenset[str] = frozenset({"who", "which", "whose"})

#: Verbs of a relay at a sentence's end: "..., TASS news agency reported."
RELAY_VERBS: frozenset[str] = frozenset({"reported", "said", "reports", "says", "added"})

#: "who asked not to be identified": the words a source's plea for anonymity ends with.
ANONYMOUS: frozenset[str] = frozenset({"identified", "named", "quoted", "cited"})


# -- the small sets single rules name ---------------------------------------------------------

#: Verbs of "X quoted Y as saying": "KCNA quoted Kim as saying", "was cited as saying".
QUOTING_VERBS: frozenset[str] = frozenset({"quoted", "cited"})

#: The -ing forms after "quoted ... as": "as saying", "as telling", "as writing".
AS_FORMS: frozenset[str] = frozenset({"saying", "telling", "writing"})

#: Forms of "be" that make "quoted as saying" passive: "X was quoted as saying".
QUOTED_PASSIVE_BE: frozenset[str] = frozenset({"was", "were", "is", "been", "being"})

#: Forms of "be" before an -ing cue that make it a finite verb: "is saying", "were warning".
PROGRESSIVE_BE: frozenset[str] = frozenset({"is", "was", "are", "were", "been"})

#: Forms of "call", a cue only with its particle: "called for", "calls on" (not "called it").
CALL_FORMS: frozenset[str] = frozenset({"called", "calls", "calling"})

#: Words before an -ing cue that make it a participle clause: ", saying", "and adding".
PARTICIPLE_OPENERS: frozenset[str] = frozenset({"and", "while", "when"})

#: Lemmas whose base form is a cue after a subject: "they say", "officials warn".
BASE_FORM_LEMMAS: frozenset[str] = frozenset({"warn", "urge", "say"})

#: Past forms that are never a reduced passive: "said", "told" ("posted by" is one).
NOT_REDUCED_PASSIVE: frozenset[str] = frozenset(
    {"said", "told", "added", "stated", "reported", "asked"}
)

#: Forms of "report" that are often a noun or adjective: "reported cases", "reports suggest".
REPORT_FORMS: frozenset[str] = frozenset({"reported", "reports"})

#: Words after "reported" that show a verb: "reported that", "reported on Monday".
REPORT_VERB_NEXT: frozenset[str] = frozenset(
    {"that", "on", "in", "at", "earlier", "late", "last", "this"}
)

#: Determiners of a time noun after a cue: "said in his speech that night", "said last week".
TIME_DETERMINERS: frozenset[str] = frozenset({"that", "this", "last", "next", "each", "every"})

#: Conjunctions that open a clause, ending an adverbial: "told the media, when asked ...".
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"when", "while", "as", "because", "although", "though", "whereas"}
)

#: Prepositions that may introduce an outlet: "in an interview with TASS", "broadcast by NHK".
OUTLET_PREPOSITIONS: frozenset[str] = frozenset({"with", "on", "to", "in", "by"})

#: Coordinators that give a cue an earlier subject: "X praised ... and said ...".
COORDINATORS: frozenset[str] = frozenset({"and", "but"})

#: Conjunctions before "asked" opening a question: "When asked whether ...", "If asked ...".
ASKED_OPENERS: frozenset[str] = frozenset({"when", "if", "once", "after"})

#: Relatives that may stand as a speaker: "the ministry, which said ...".
RELATIVE_SPEAKERS: frozenset[str] = frozenset({"who", "which", "that"})

#: Words before "as" that make it no clause: "such as", "as well as", "just as".
NOT_CLAUSE_AS: frozenset[str] = frozenset({"such", "as", "so", "same", "just", "well"})

#: Articles: "as the city faces ..." opens an as-clause.
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})

#: Indefinite articles: "a Hollywood, Fla., rabbi" is one appositive.
INDEFINITES: frozenset[str] = frozenset({"a", "an"})

#: One-word answers that are statements: "75 percent said yes".
ANSWERS: frozenset[str] = frozenset({"yes", "no"})

#: Conjunctions that open no content: "48 percent agreed and 44 percent disagreed".
CONJUNCTIONS: frozenset[str] = frozenset({"and", "or", "nor", "but"})

#: Words of "told ... late on Monday" that are adverbs, not prepositions.
TIME_ADVERB_PREPOSITIONS: frozenset[str] = frozenset({"late", "early"})

#: Prepositions after "warned": "warned of", "warned about", "warned against".
WARN_PREPOSITIONS: frozenset[str] = frozenset({"of", "about", "against"})

#: Relatives that stand for a speaker: "said Shapatava who, like every player, ...".
WH_RELATIVES: frozenset[str] = frozenset({"who", "which"})

#: Relatives of a restrictive clause on an inverted subject: "said a member who supports it".
RESTRICTIVE_RELATIVES: frozenset[str] = frozenset({"who", "that"})

#: Contrastive conjunctions that open a clause with its own speaker: "while others said".
CONTRASTIVE: frozenset[str] = frozenset({"while", "whereas"})

#: Relatives that cut a content at its comma: "X, who is believed ..., said".
PERSONAL_RELATIVES: frozenset[str] = frozenset({"who", "whose"})

#: Relatives that open a clause of the writer's after a content: "according to Lowe, who says".
ALL_RELATIVES: frozenset[str] = frozenset({"who", "which", "whose", "whom"})

#: Headline articles, never a speaker before a colon: "The Latest: ...".
HEADLINE_ARTICLES: frozenset[str] = frozenset({"The", "A", "An"})

#: Cataphoric mentions that a later name may resolve: "..., the head of state emphasized".
CATAPHORIC_HEADS: frozenset[str] = frozenset({"he", "she", "the"})

#: Pronouns that speak in a quote frame: '"We cannot win this one," he conceded.'
FRAME_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})

#: Personal pronouns with their gender, for the speaker resolver and later packs.
PRONOUN_GENDER: dict[str, str] = {"he": "male", "him": "male", "she": "female", "her": "female"}

# -- quotation -------------------------------------------------------------------------------

#: The quote-mark pairs of English copy: straight and curly doubles, and the singles of
#: British style ("'We will,' he said"); :mod:`wirestory._quotes` reads every pair.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("''", "''"),
    ("``", "''"),
    ("\u2018", "\u2019"),
    ("'", "'"),
)

#: The English pack, for code that reads a language through its interface.
ENGLISH = LanguagePack(
    code="en",
    quote_pairs=QUOTE_PAIRS,
    cue_lemma=CUE_LEMMA,
    cue_words=CUE_WORDS,
    participles=PARTICIPLES,
    invertible=INVERTIBLE,
    particle_cues=PARTICLE_CUES,
    auxiliaries=AUXILIARIES,
    negators=NEGATORS,
    determiners=DETERMINERS,
    pronouns=PRONOUNS,
    pronoun_gender=PRONOUN_GENDER,
    relatives=RELATIVES,
    copulas=COPULAS,
    connectives=CONNECTIVES,
    stop_words=STOP_WORDS,
    according=("according", "to"),
    perfect_auxiliaries=frozenset(),
    verb_second=False,
    dash_inserted=False,
)
