"""The French language pack: the words the French statement reader reads, as data.

French wire copy (AFP, Belga, Keystone-ATS; see the AFP French items in
../shared/data/ml_ledes.jsonl) attributes speech in a few fixed shapes, described by the
French typographic and press style guides (Lexique des règles typographiques en usage à
l'Imprimerie nationale; the AFP's "Manuel de l'agencier"):

- a quotation in guillemets with non-breaking spaces inside, « ... », then the verb before
  its subject: ``« ... », a déclaré le ministre``, with a pronoun joined by hyphens:
  ``a-t-il ajouté``, ``précise-t-elle``, ``dit-il``;
- subject, verb, then a colon and a quotation or a "que" clause:
  ``Le ministre a déclaré : « ... »``, ``Il a affirmé qu'il ne céderait pas``;
- ``selon X`` and ``d'après X`` (according to), also relays: ``selon l'agence Tass``;
- the dialogue dash opening a line of quoted speech: ``— Nous partirons, a dit le maire.``

Verbs are listed in the forms news copy uses: the past participle after ``a``/``ont``
(passé composé) and the present third person (présent de narration).
"""

from __future__ import annotations

from wirestory._lang._pack import LanguagePack

__all__ = ["FRENCH"]

#: lemma -> (present 3sg, present 3pl, past participle). Verbs of saying of French copy.
VERBS: dict[str, tuple[str, str, str]] = {
    "dire": ("dit", "disent", "dit"),
    "déclarer": ("déclare", "déclarent", "déclaré"),
    "ajouter": ("ajoute", "ajoutent", "ajouté"),
    "préciser": ("précise", "précisent", "précisé"),
    "affirmer": ("affirme", "affirment", "affirmé"),
    "indiquer": ("indique", "indiquent", "indiqué"),
    "souligner": ("souligne", "soulignent", "souligné"),
    "expliquer": ("explique", "expliquent", "expliqué"),
    "annoncer": ("annonce", "annoncent", "annoncé"),
    "assurer": ("assure", "assurent", "assuré"),
    "estimer": ("estime", "estiment", "estimé"),
    "confier": ("confie", "confient", "confié"),
    "marteler": ("martèle", "martèlent", "martelé"),
    "insister": ("insiste", "insistent", "insisté"),
    "prévenir": ("prévient", "préviennent", "prévenu"),
    "avertir": ("avertit", "avertissent", "averti"),
    "rappeler": ("rappelle", "rappellent", "rappelé"),
    "poursuivre": ("poursuit", "poursuivent", "poursuivi"),
    "conclure": ("conclut", "concluent", "conclu"),
    "reconnaître": ("reconnaît", "reconnaissent", "reconnu"),
    "juger": ("juge", "jugent", "jugé"),
    "dénoncer": ("dénonce", "dénoncent", "dénoncé"),
    "regretter": ("regrette", "regrettent", "regretté"),
    "répondre": ("répond", "répondent", "répondu"),
    "commenter": ("commente", "commentent", "commenté"),
    "écrire": ("écrit", "écrivent", "écrit"),
    "confirmer": ("confirme", "confirment", "confirmé"),
    "démentir": ("dément", "démentent", "démenti"),
    "raconter": ("raconte", "racontent", "raconté"),
    "témoigner": ("témoigne", "témoignent", "témoigné"),
    "lancer": ("lance", "lancent", "lancé"),
    "réagir": ("réagit", "réagissent", "réagi"),
    "protester": ("proteste", "protestent", "protesté"),
    "rapporter": ("rapporte", "rapportent", "rapporté"),
    "signaler": ("signale", "signalent", "signalé"),
    "promettre": ("promet", "promettent", "promis"),
    "répéter": ("répète", "répètent", "répété"),
    "admettre": ("admet", "admettent", "admis"),
    "avouer": ("avoue", "avouent", "avoué"),
    "noter": ("note", "notent", "noté"),
    "observer": ("observe", "observent", "observé"),
    "tweeter": ("tweete", "tweetent", "tweeté"),
    "interroger": ("interroge", "interrogent", "interrogé"),
    "demander": ("demande", "demandent", "demandé"),
    "s'interroger": ("s'interroge", "s'interrogent", "interrogé"),
}

#: Every form of a verb of saying: "déclaré", "ajoute", "dit".
FORMS: frozenset[str] = frozenset(f for forms in VERBS.values() for f in forms)

#: Present forms that may stand before their subject after a quotation: « ... », dit-il.
PRESENT: frozenset[str] = frozenset(f for forms in VERBS.values() for f in forms[:2])

#: Past participles: "a déclaré", "ont indiqué".
PARTICIPLES: frozenset[str] = frozenset(forms[2] for forms in VERBS.values())

#: Auxiliaries of the passé composé and the plus-que-parfait: "a", "ont", "avait".
AUXILIARIES: frozenset[str] = frozenset({"a", "ont", "avait", "avaient", "aurait"})

#: Subject pronouns joined to an inverted verb: "a-t-il", "dit-elle"; with their gender.
CLITIC_GENDER: dict[str, str | None] = {
    "il": "male", "elle": "female", "ils": None, "elles": None, "on": None,
}  # fmt: skip

#: Personal pronouns as speakers: "il", "elle", "ils", "elles", "on", "lui" (selon lui).
PRONOUNS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "on", "lui", "eux"})

#: Articles and possessives that open a noun phrase: "le", "la", "l'", "un", "son".
DETERMINERS: frozenset[str] = frozenset(
    {"le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette",
     "plusieurs", "des", "du"}
)  # fmt: skip

#: Words that join the parts of a noun phrase: "le porte-parole du gouvernement".
NP_JOINS: frozenset[str] = frozenset({"de", "du", "des", "d", "et"})

#: Words that end a speaker's noun phrase: "a déclaré le ministre lundi à Paris".
NP_ENDS: frozenset[str] = frozenset(
    {"à", "au", "aux", "dans", "lors", "en", "sur", "devant", "pendant", "après", "avant",
     "auprès", "qui", "que", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
     "dimanche", "mais", "car", "ou", "par", "pour", "selon", "avec", "sans", "hier",
     "aujourd'hui", "vers", "alors", "ainsi", "encore", "aussi", "également"}
)  # fmt: skip

#: Words of time between an inverted verb and its subject: "a déclaré mardi soir le maire".
TIME_WORDS: frozenset[str] = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
     "aujourd'hui", "matin", "soir", "midi", "encore", "également", "aussi", "ensuite"}
)  # fmt: skip

#: Honorifics and titles with their gender: "M. Macron", "Mme Dupont".
HONORIFIC_GENDER: dict[str, str] = {"m": "male", "mme": "female", "mlle": "female"}

#: Role nouns of French copy with the role they name, masculine and feminine forms alike
#: (AFP writes titles in lower case: "le ministre de l'Intérieur Paul Martin", "la
#: présidente"), so that a later "le ministre" or "la présidente" is the person given it.
ROLE_NOUNS: dict[str, str] = {
    "ministre": "ministre", "président": "président", "présidente": "président",
    "porte-parole": "porte-parole", "maire": "maire", "directeur": "directeur",
    "directrice": "directeur", "chef": "chef", "cheffe": "chef", "secrétaire": "secrétaire",
    "ambassadeur": "ambassadeur", "ambassadrice": "ambassadeur", "procureur": "procureur",
    "procureure": "procureur", "avocat": "avocat", "avocate": "avocat", "juge": "juge",
    "député": "député", "députée": "député", "sénateur": "sénateur", "sénatrice": "sénateur",
    "gouverneur": "gouverneur", "général": "général", "patron": "patron", "patronne": "patron",
    "dirigeant": "dirigeant", "dirigeante": "dirigeant", "commissaire": "commissaire",
    "préfet": "préfet", "préfète": "préfet", "entraîneur": "entraîneur", "chancelier":
    "chancelier", "chancelière": "chancelier", "roi": "roi", "reine": "roi",
}  # fmt: skip

#: The words of "according to": "selon X", "d'après X".
ACCORDING: frozenset[str] = frozenset({"selon", "d'après", "d’après"})

#: Complementizers that open reported speech: "que", "qu'" (qu'il, qu'elle).
COMPLEMENTIZERS: frozenset[str] = frozenset({"que", "qu"})

#: Every word that makes a paragraph worth reading.
CUE_WORDS: frozenset[str] = FORMS | ACCORDING

FRENCH = LanguagePack(
    code="fr",
    quote_pairs=(("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u2039", "\u203a"), ('"', '"')),
    cue_lemma={f: lemma for lemma, forms in VERBS.items() for f in forms},
    cue_words=CUE_WORDS,
    participles=PARTICIPLES,
    invertible=FORMS,
    particle_cues={},
    auxiliaries=AUXILIARIES,
    negators=frozenset({"ne", "n", "pas", "jamais"}),
    determiners=DETERMINERS,
    pronouns=PRONOUNS,
    pronoun_gender={k: v for k, v in CLITIC_GENDER.items() if v is not None},
    relatives=frozenset({"qui", "que", "dont", "lequel", "laquelle"}),
    copulas=frozenset({"est", "sont", "était", "étaient"}),
    connectives=frozenset({"mais", "et", "or", "donc"}),
    stop_words=NP_ENDS,
    according=("selon",),
    perfect_auxiliaries=AUXILIARIES,
    verb_second=False,
    dash_inserted=False,
)  # fmt: skip
