"""The German language pack: the words the German statement reader reads, as data.

German news copy (dpa, APA, Keystone-SDA; the style of the German Wikinews corpus of
Petersen-Frey and Biemann, LREC-COLING 2024) attributes speech in a few fixed shapes:

- verb second after a fronted quotation or clause: ``„...“, sagte der Minister.`` and
  ``Die Lage sei ernst, sagte er.`` (the finite verb, then its subject);
- subject, verb, then a colon and a quotation or a comma and a clause, often in the
  Konjunktiv I: ``Der Minister sagte: „...“``, ``Er sagte, die Lage sei ernst.``;
- separable verbs whose particle closes the clause: ``teilte ... mit``, ``wies ... zurück``,
  ``räumte ... ein`` (Duden, "Grammatik", verb brackets, the *Satzklammer*);
- the ``so`` attribution of news German, ``..., so der Sprecher.``, and ``wie X sagte``;
- prepositional attribution: ``laut X``, ``nach Angaben von X``, ``X zufolge``.

Each verb of saying lists its finite third-person forms (present and past, singular and
plural) and its participle, so look-ups stay set membership.
"""

from __future__ import annotations

from wirestory._lang._pack import LanguagePack

__all__ = ["GERMAN"]


def _weak(stem: str, participle: str | None = None) -> tuple[str, ...]:
    """The third-person forms and participle of a weak verb: "sag" -> sagt ... gesagt."""
    part = participle if participle is not None else "ge" + stem + "t"
    if stem.endswith(("t", "d", "chn", "gn", "ffn", "tm", "dm")):  # bezeichnete, entgegnete
        return (stem + "et", stem + "en", stem + "ete", stem + "eten", part)
    plural = stem + "n" if stem.endswith(("er", "el")) else stem + "en"  # fordern, tadeln
    return (stem + "t", plural, stem + "te", stem + "ten", part)


#: lemma -> third person present (sg, pl), past (sg, pl), participle. Verbs of saying in
#: news German (dpa: "sagte", "erklärte", "betonte", "kritisierte"); beliefs ("glaubt") are
#: left out, as in the English pack.
VERBS: dict[str, tuple[str, ...]] = {
    "sagen": _weak("sag"),
    "erklären": _weak("erklär", "erklärt"),
    "betonen": _weak("beton", "betont"),
    "berichten": _weak("bericht", "berichtet"),
    "bestätigen": _weak("bestätig", "bestätigt"),
    "kritisieren": _weak("kritisier", "kritisiert"),
    "meinen": _weak("mein"),
    "warnen": _weak("warn"),
    "fordern": _weak("forder"),
    "erläutern": _weak("erläuter", "erläutert"),
    "behaupten": _weak("behaupt", "behauptet"),
    "versichern": _weak("versicher", "versichert"),
    "melden": _weak("meld"),
    "äußern": _weak("äußer", "geäußert"),
    "antworten": _weak("antwort"),
    "kommentieren": _weak("kommentier", "kommentiert"),
    "ergänzen": _weak("ergänz", "ergänzt"),
    "mahnen": _weak("mahn"),
    "verlangen": _weak("verlang", "verlangt"),
    "unterstreichen": (
        "unterstreicht",
        "unterstreichen",
        "unterstrich",
        "unterstrichen",
        "unterstrichen",
    ),
    "bekräftigen": _weak("bekräftig", "bekräftigt"),
    "verkünden": _weak("verkünd", "verkündet"),
    "twittern": _weak("twitter"),
    "klagen": _weak("klag"),
    "beklagen": _weak("beklag", "beklagt"),
    "verdeutlichen": _weak("verdeutlich", "verdeutlicht"),
    "argumentieren": _weak("argumentier", "argumentiert"),
    "erzählen": _weak("erzähl", "erzählt"),
    "berichtigen": _weak("berichtig", "berichtigt"),
    "zitieren": _weak("zitier", "zitiert"),
    "bezeichnen": _weak("bezeichn", "bezeichnet"),
    "begründen": _weak("begründ", "begründet"),
    "kontern": _weak("konter"),
    "verlauten": _weak("verlaut", "verlautet"),
    "erwidern": _weak("erwider", "erwidert"),
    "entgegnen": _weak("entgegn", "entgegnet"),
    "schreiben": ("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben"),
    "sprechen": ("spricht", "sprechen", "sprach", "sprachen", "gesprochen"),
    "rufen": ("ruft", "rufen", "rief", "riefen", "gerufen"),
    "nennen": ("nennt", "nennen", "nannte", "nannten", "genannt"),
    "versprechen": ("verspricht", "versprechen", "versprach", "versprachen", "versprochen"),
    "beschreiben": ("beschreibt", "beschreiben", "beschrieb", "beschrieben", "beschrieben"),
    "bestreiten": ("bestreitet", "bestreiten", "bestritt", "bestritten", "bestritten"),
    "verweisen": ("verweist", "verweisen", "verwies", "verwiesen", "verwiesen"),
    # Opinions, estimates and decisions with a clause: the Wikinews quotation corpus marks
    # them as cues ("Brown schätzt, dass ...", "Das Gericht entschied, dass ...").
    "schätzen": _weak("schätz", "geschätzt"),
    "hoffen": _weak("hoff"),
    "befürchten": _weak("befürcht", "befürchtet"),
    "fürchten": _weak("fürcht"),
    "vermuten": _weak("vermut", "vermutet"),
    "bezweifeln": _weak("bezweifel", "bezweifelt"),
    "glauben": _weak("glaub"),
    "drohen": _weak("droh"),
    "entscheiden": ("entscheidet", "entscheiden", "entschied", "entschieden", "entschieden"),
    "beschließen": ("beschließt", "beschließen", "beschloss", "beschlossen", "beschlossen"),
    "urteilen": _weak("urteil", "geurteilt"),
    "empfehlen": ("empfiehlt", "empfehlen", "empfahl", "empfahlen", "empfohlen"),
    "raten": ("rät", "raten", "riet", "rieten", "geraten"),
    "werten": _weak("wert", "gewertet"),
    "loben": _weak("lob"),
    "bemängeln": _weak("bemängel", "bemängelt"),
    "besagen": _weak("besag", "besagt"),
    "vermelden": _weak("vermeld", "vermeldet"),
    "beteuern": _weak("beteuer", "beteuert"),
    # More verbs of saying and of stance from the Duden list of "Verben des Sagens":
    "appellieren": _weak("appellier", "appelliert"),
    "spekulieren": _weak("spekulier", "spekuliert"),
    "mutmaßen": _weak("mutmaß", "gemutmaßt"),
    "prognostizieren": _weak("prognostizier", "prognostiziert"),
    "bilanzieren": _weak("bilanzier", "bilanziert"),
    "resümieren": _weak("resümier", "resümiert"),
    "folgern": _weak("folger", "gefolgert"),
    "präzisieren": _weak("präzisier", "präzisiert"),
    "dementieren": _weak("dementier", "dementiert"),
    "schildern": _weak("schilder", "geschildert"),
    "konstatieren": _weak("konstatier", "konstatiert"),
    "monieren": _weak("monier", "moniert"),
    "rügen": _weak("rüg", "gerügt"),
    "beanstanden": _weak("beanstand", "beanstandet"),
    "bitten": ("bittet", "bitten", "bat", "baten", "gebeten"),
    "erwarten": _weak("erwart", "erwartet"),
    "bedauern": _weak("bedauer", "bedauert"),
    "begrüßen": _weak("begrüß", "begrüßt"),
    "verteidigen": _weak("verteidig", "verteidigt"),
    "rechtfertigen": _weak("rechtfertig", "gerechtfertigt"),
    "widersprechen": (
        "widerspricht",
        "widersprechen",
        "widersprach",
        "widersprachen",
        "widersprochen",
    ),
    "beschuldigen": _weak("beschuldig", "beschuldigt"),
    "unterstellen": _weak("unterstell", "unterstellt"),
    "plädieren": _weak("plädier", "plädiert"),
    "erinnern": _weak("erinner", "erinnert"),
    "ergeben": ("ergibt", "ergeben", "ergab", "ergaben", "ergeben"),  # "wie sich ... ergab"
    "fragen": _weak("frag"),
    "gestehen": ("gesteht", "gestehen", "gestand", "gestanden", "gestanden"),
    "bemerken": _weak("bemerk", "bemerkt"),
    "bezeugen": _weak("bezeug", "bezeugt"),
    "informieren": _weak("informier", "informiert"),
    "protestieren": _weak("protestier", "protestiert"),
    "schimpfen": _weak("schimpf"),
    "tadeln": _weak("tadel", "getadelt"),
    "verraten": ("verrät", "verraten", "verriet", "verrieten", "verraten"),
    "wiederholen": _weak("wiederhol", "wiederholt"),
    "drängen": _weak("dräng"),
    "garantieren": _weak("garantier", "garantiert"),
    "bescheinigen": _weak("bescheinig", "bescheinigt"),
    "attestieren": _weak("attestier", "attestiert"),
}

#: Separable verbs: finite stem forms -> the particle that closes the clause, and the
#: joined participle ("teilte ... mit", "mitgeteilt"). Duden: trennbare Verben.
SEPARABLE: dict[str, tuple[tuple[str, ...], str, str]] = {
    "mitteilen": (("teilt", "teilen", "teilte", "teilten"), "mit", "mitgeteilt"),
    "zurückweisen": (("weist", "weisen", "wies", "wiesen"), "zurück", "zurückgewiesen"),
    "einräumen": (("räumt", "räumen", "räumte", "räumten"), "ein", "eingeräumt"),
    "ankündigen": (("kündigt", "kündigen", "kündigte", "kündigten"), "an", "angekündigt"),
    "angeben": (("gibt", "geben", "gab", "gaben"), "an", "angegeben"),
    "bekanntgeben": (("gibt", "geben", "gab", "gaben"), "bekannt", "bekanntgegeben"),
    "zugeben": (("gibt", "geben", "gab", "gaben"), "zu", "zugegeben"),
    "hinzufügen": (("fügt", "fügen", "fügte", "fügten"), "hinzu", "hinzugefügt"),
    "ausführen": (("führt", "führen", "führte", "führten"), "aus", "ausgeführt"),
    "feststellen": (("stellt", "stellen", "stellte", "stellten"), "fest", "festgestellt"),
    "klarstellen": (("stellt", "stellen", "stellte", "stellten"), "klar", "klargestellt"),
    "hinweisen": (("weist", "weisen", "wies", "wiesen"), "hin", "hingewiesen"),
    "vorwerfen": (("wirft", "werfen", "warf", "warfen"), "vor", "vorgeworfen"),
    "auffordern": (("fordert", "fordern", "forderte", "forderten"), "auf", "aufgefordert"),
    "vorschlagen": (("schlägt", "schlagen", "schlug", "schlugen"), "vor", "vorgeschlagen"),
    "anmerken": (("merkt", "merken", "merkte", "merkten"), "an", "angemerkt"),
    "einwenden": (("wendet", "wenden", "wandte", "wandten"), "ein", "eingewandt"),
    "festhalten": (("hält", "halten", "hielt", "hielten"), "fest", "festgehalten"),
    "anprangern": (("prangert", "prangern", "prangerte", "prangerten"), "an", "angeprangert"),
    "hervorheben": (("hebt", "heben", "hob", "hoben"), "hervor", "hervorgehoben"),
    "ausschließen": (("schließt", "schließen", "schloss", "schlossen"), "aus", "ausgeschlossen"),
    "abstreiten": (("streitet", "streiten", "stritt", "stritten"), "ab", "abgestritten"),
    "anfügen": (("fügt", "fügen", "fügte", "fügten"), "an", "angefügt"),
    "zusichern": (("sichert", "sichern", "sicherte", "sicherten"), "zu", "zugesichert"),
    "bekanntmachen": (("macht", "machen", "machte", "machten"), "bekannt", "bekanntgemacht"),
    "klarmachen": (("macht", "machen", "machte", "machten"), "klar", "klargemacht"),
    "ausgehen": (("geht", "gehen", "ging", "gingen"), "aus", "ausgegangen"),  # davon aus
    "hervorgehen": (("geht", "gehen", "ging", "gingen"), "hervor", "hervorgegangen"),
    "darlegen": (("legt", "legen", "legte", "legten"), "dar", "dargelegt"),
    "nachdenken": (("denkt", "denken", "dachte", "dachten"), "nach", "nachgedacht"),
    "anbieten": (("bietet", "bieten", "bot", "boten"), "an", "angeboten"),
    "vorgeben": (("gibt", "geben", "gab", "gaben"), "vor", "vorgegeben"),
    "einwerfen": (("wirft", "werfen", "warf", "warfen"), "ein", "eingeworfen"),
    "entgegenhalten": (("hält", "halten", "hielt", "hielten"), "entgegen", "entgegengehalten"),
    "vorbringen": (("bringt", "bringen", "brachte", "brachten"), "vor", "vorgebracht"),
    "herausstellen": (("stellt", "stellen", "stellte", "stellten"), "heraus", "herausgestellt"),
    "zusagen": (("sagt", "sagen", "sagte", "sagten"), "zu", "zugesagt"),
    "ablehnen": (("lehnt", "lehnen", "lehnte", "lehnten"), "ab", "abgelehnt"),
    "anmahnen": (("mahnt", "mahnen", "mahnte", "mahnten"), "an", "angemahnt"),
    "kundtun": (("tut", "tun", "tat", "taten"), "kund", "kundgetan"),
    "anregen": (("regt", "regen", "regte", "regten"), "an", "angeregt"),
    "annehmen": (("nimmt", "nehmen", "nahm", "nahmen"), "an", "angenommen"),
    "voraussagen": (("sagt", "sagen", "sagte", "sagten"), "voraus", "vorausgesagt"),
    "einschätzen": (("schätzt", "schätzen", "schätzte", "schätzten"), "ein", "eingeschätzt"),
    "aufrufen": (("ruft", "rufen", "rief", "riefen"), "auf", "aufgerufen"),
    "durchblicken": (("lässt", "lassen", "ließ", "ließen"), "durchblicken", "durchblicken"),
}  # fmt: skip

#: Separable verbs joined in a verb-final clause: "wie die Polizei mitteilte", "bekanntgab".
JOINED: frozenset[str] = frozenset(
    entry[1] + stem for entry in SEPARABLE.values() for stem in entry[0]
)

#: Every finite form of a plain verb of saying: "sagte", "erklärten", "schrieb".
FINITE: frozenset[str] = frozenset(f for forms in VERBS.values() for f in forms[:4])

#: Participles of verbs of saying, after "hat"/"hatte": "hatte erklärt", "hat mitgeteilt".
PARTICIPLES: frozenset[str] = frozenset(
    [forms[4] for forms in VERBS.values()] + [entry[2] for entry in SEPARABLE.values()]
)

#: Finite stems of separable verbs -> the particles that make them a cue: "teilte" -> {"mit"}.
SEPARABLE_STEMS: dict[str, frozenset[str]] = {}
for _stems, _particle, _part in SEPARABLE.values():
    for _stem in _stems:
        SEPARABLE_STEMS[_stem] = SEPARABLE_STEMS.get(_stem, frozenset()) | {_particle}

#: Particles written apart from their verb since the 2006 spelling reform (Duden: "bekannt
#: geben", "bekannt machen", "klar machen"): particle -> the finite forms that follow it in a
#: verb-final clause ("wie der Verband bekannt gab").
SPLIT_PARTICLES: dict[str, frozenset[str]] = {}
#: Their participles written apart: "hat ... bekannt gegeben", "hatte klar gemacht".
SPLIT_PARTICIPLES: dict[str, frozenset[str]] = {}
for _stems, _particle, _part in SEPARABLE.values():
    if _particle in {"bekannt", "klar"}:
        SPLIT_PARTICLES[_particle] = SPLIT_PARTICLES.get(_particle, frozenset()) | set(_stems)
        SPLIT_PARTICIPLES[_particle] = SPLIT_PARTICIPLES.get(_particle, frozenset()) | {
            _part[len(_particle) :]
        }

#: Cue form -> lemma, for the pack: "sagte" -> "sagen", "teilte" -> "mitteilen".
CUE_LEMMA: dict[str, str] = {f: lemma for lemma, forms in VERBS.items() for f in forms}
for _lemma, (_stems, _particle, _part) in SEPARABLE.items():
    CUE_LEMMA.update(dict.fromkeys(_stems, _lemma))
    CUE_LEMMA[_part] = _lemma

#: Auxiliaries of the compound past: "hat gesagt", "hatte erklärt", "habe betont".
PERFECT_AUXILIARIES: frozenset[str] = frozenset(
    {"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten"}
)

#: Participles of speech verbs whose perfect takes "sein": "war davon ausgegangen".
SEIN_PARTICIPLES: frozenset[str] = frozenset({"ausgegangen"})

#: Forms of "sein" as a perfect auxiliary: "ist", "war", "sei".
SEIN_AUXILIARIES: frozenset[str] = frozenset({"ist", "war", "sind", "waren", "sei", "wäre"})

#: Participles of a passive of saying with a clause: "wurde bekannt, dass", "wird
#: vorgeworfen, ...", "es wird angenommen, dass" (the Wikinews corpus marks them as cues).
PASSIVE_PARTICIPLES: frozenset[str] = frozenset(
    {"bekannt", "beschlossen", "vermutet", "angenommen", "erwartet", "befürchtet",
     "berichtet", "gemeldet", "gefordert", "kritisiert", "vorgeworfen", "beschuldigt",
     "verdächtigt", "aufgefordert", "bekanntgegeben", "festgestellt", "entschieden",
     "mitgeteilt", "bestätigt", "angekündigt", "betont", "erklärt", "behauptet", "geäußert",
     "genannt", "gemutmaßt", "spekuliert", "verlangt", "beklagt", "bemängelt"}
)  # fmt: skip

#: Auxiliaries of the passive: "wird", "wurde", "war ... worden".
PASSIVE_AUX: frozenset[str] = frozenset({"wird", "wurde", "werden", "wurden", "war", "ist"})

#: Nouns of saying that take reported speech after a comma: "die Ankündigung, der Iran
#: werde ...", "der Vorwurf, er habe ...", "die Forderung, ... zu ..." (Duden: nouns of the
#: verbs of saying).
SPEECH_NOUNS: frozenset[str] = frozenset(
    {"ankündigung", "behauptung", "information", "forderung", "aussage", "erklärung",
     "hinweis", "vorwurf", "warnung", "mitteilung", "meldung", "drohung", "zusage",
     "vermutung", "befürchtung", "überzeugung", "these", "begründung", "aufforderung",
     "appell", "nachricht", "mutmaßung", "einschätzung", "versicherung", "beteuerung",
     "stellungnahme", "bitte", "angabe", "feststellung", "prognose", "annahme"}
)  # fmt: skip

#: Impersonal attribution: "heißt es", "hieß es" ("In der Erklärung heißt es, ...").
IMPERSONAL: frozenset[str] = frozenset({"heißt", "hieß", "hiess", "heisst", "geheißen"})

#: Prepositions that open the source of "heißt es": "In der Erklärung heißt es", "Aus
#: Regierungskreisen hieß es", "Im Bericht hatte es geheißen" (Duden, "heißen" 4: "in dem
#: Brief heißt es"). Any other word before the verb is an adverbial, no source: "Bisher
#: hieß es", "Nun heißt es".
IMPERSONAL_SOURCES: frozenset[str] = frozenset(
    {"in", "im", "aus", "auf", "bei", "beim", "von", "vom", "seitens", "unter", "laut"}
)

#: Prepositions of attribution before their source: "laut Polizei", "gemäß dem Bericht".
ACCORDING_BEFORE: frozenset[str] = frozenset({"laut", "gemäß"})

#: Nouns of "nach Angaben von X": "Nach Angaben der Polizei", "nach einem Bericht der FAZ".
ACCORDING_NOUNS: frozenset[str] = frozenset(
    {"angaben", "aussagen", "informationen", "bericht", "berichten", "worten", "darstellung",
     "einschätzung", "ansicht", "auffassung", "meinung", "schätzungen", "mitteilung",
     "erkenntnissen", "meldungen", "aussage", "darstellungen", "recherchen", "medienberichten",
     "polizeiangaben", "behördenangaben", "augenzeugenberichten", "expertenschätzungen",
     "veröffentlichung", "meldung", "studie", "untersuchung", "untersuchungen", "umfrage",
     "schätzung", "erklärung", "quellen", "auskunft", "angabe", "ermittlungen", "zählung",
     "idee", "überzeugung", "erfahrungen", "stellungnahme", "vorhersage", "prognose",
     "urteil", "einschätzungen", "berechnungen", "statistik", "zahlen", "medien", "kreisen",
     "sicherheitskreisen", "regierungskreisen", "augenzeugen", "experten", "beobachtern",
     # Duden, "nach" (Präposition) 3: "gemäß, entsprechend": plans, intentions and the
     # state of knowledge are sources too ("Nach Plänen der Behörde soll ...", "nach den
     # Vorstellungen der Regierung", "Nach dem Stand der Ermittlungen ...").
     "plänen", "planungen", "vorstellungen", "ankündigung", "ankündigungen", "stand",
     "zeugenaussagen", "ergebnissen", "berechnung", "analyse", "analysen"}
)  # fmt: skip

#: Demonstratives that stand for a person alone: "sagte dieser", "so letztere".
DEMONSTRATIVES: frozenset[str] = frozenset(
    {"dieser", "diese", "jener", "jene", "letzterer", "letztere", "ersterer", "erstere"}
)

#: Heads of compound nouns of attribution: "Fernsehbericht", "Polizeiangaben".
ACCORDING_HEADS: tuple[str, ...] = (
    "angaben", "bericht", "berichten", "berichts", "mitteilung", "meldung", "meldungen",
    "informationen", "schätzungen", "erklärung", "aussagen", "darstellung", "recherchen",
)  # fmt: skip

#: Endings of nouns a quoted title follows: 'die Zeitung „Die Welt“', 'der Film „...“'.
TITLE_NOUNS: tuple[str, ...] = (
    "zeitung", "blatt", "magazin", "sender", "film", "buch", "titel", "album", "song",
    "lied", "projekt", "operation", "motto", "programm", "partei", "initiative", "verein",
    "kampagne", "sendung", "serie", "studie", "zeitschrift", "portal", "kolumne", "roman",
    "stück", "gesetz", "plan", "bündnis", "gruppe", "organisation", "firma", "marke",
)  # fmt: skip

#: Postpositions of attribution after their source: "Polizeiangaben zufolge".
ACCORDING_AFTER: frozenset[str] = frozenset({"zufolge"})

#: Articles, possessives and demonstratives that open a noun phrase: "der", "seine".
DETERMINERS: frozenset[str] = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
     "einen", "sein", "seine", "seiner", "seines", "ihr", "ihre", "ihrer", "ihres", "dieser",
     "diese", "dieses", "diesem", "diesen", "mehrere", "zwei", "drei", "viele", "einige",
     "seinen", "seinem", "ihren", "ihrem", "unserer", "unseren", "deren", "dessen"}
)  # fmt: skip

#: Personal pronouns that can be a speaker, with their gender ("er" -> "male").
PRONOUN_GENDER: dict[str, str] = {"er": "male", "sie": "female"}

#: Pronouns that can be a speaker: "er", "sie", "man", "wir".
PRONOUNS: frozenset[str] = frozenset({"er", "sie", "man", "wir", "ich", "es"})

#: Relative pronouns: "der Minister, der sagte ...".
RELATIVES: frozenset[str] = frozenset({"der", "die", "das", "welcher", "welche"})

#: Prepositions and other words that end a speaker's noun phrase read forwards from a
#: verb ("sagte der Minister am Montag", "sagte er gegenüber der Zeitung").
NP_ENDS: frozenset[str] = frozenset(
    {"am", "im", "in", "auf", "an", "gegenüber", "zu", "zur", "zum", "bei", "beim", "vor",
     "nach", "mit", "über", "unter", "aus", "und", "oder", "dass", "daß", "ob", "nicht",
     "auch", "jedoch", "aber", "dabei", "dazu", "zudem", "außerdem", "weiter", "noch",
     "bereits", "schon", "gestern", "heute", "morgen", "damals", "später", "nun",
     "jetzt", "ebenfalls", "dann", "daher", "deshalb", "allerdings", "sogar",
     "wörtlich", "so", "als", "wie", "per", "via", "vom", "durch", "während",
     "seit", "bis", "um", "für", "gegen", "ohne", "unterdessen", "inzwischen"}
)  # fmt: skip

#: Words inside a noun phrase that join its parts: "Sprecher des Ministeriums",
#: "Chef der Polizei von Hamburg".
NP_JOINS: frozenset[str] = frozenset({"des", "der", "von", "vom", "für", "und", "eines", "einer"})

#: Fronted adverbials after which the verb comes before its subject (verb second):
#: "Dazu sagte der Minister", "Am Montag erklärte sie".
FRONTED: frozenset[str] = frozenset(
    {"am", "im", "in", "auf", "an", "bei", "beim", "nach", "vor", "zu", "zum", "zur",
     "gegenüber", "dazu", "dabei", "zudem", "außerdem", "auch", "weiter", "später",
     "gestern", "heute", "damals", "nun", "jetzt", "daraufhin", "anschließend", "zuvor",
     "allerdings", "deshalb", "daher", "dennoch", "jedoch", "trotzdem", "so", "ebenso",
     "ferner", "zugleich", "gleichzeitig", "zuletzt", "bereits", "schon",
     "erst", "inzwischen", "unterdessen", "mittlerweile", "hierzu", "darüber", "darauf",
     "dies", "das", "diese", "dieses", "über", "als", "mit", "unter", "während", "seit",
     "kürzlich", "zunächst", "weiterhin", "ebenfalls", "hingegen", "dagegen", "zwar",
     "wörtlich", "vergangene", "vergangenen", "letzte", "letzten", "wie", "einem",
     "laut", "aus", "durch", "für", "gegen", "um", "noch", "dort", "hier",
     # sentence adverbs that fill the field before the verb alone (Duden, "Grammatik":
     # Vorfeld): "Insbesondere kritisierte er ...", "Bisher hieß es ...".
     "insbesondere", "bisher", "vorerst", "seinerzeit", "ursprünglich", "schließlich",
     "letztlich", "überdies", "indessen", "derweil", "offenbar", "tatsächlich",
     "vielmehr", "immerhin", "jedenfalls", "ohnehin", "stellvertretend", "ausdrücklich",
     # prepositions: a prepositional phrase fills the field before the verb, never a
     # subject ("Angesichts der Lage forderte der Verband ..."); not "von", which may open a
     # part of the subject ("Von den Befragten sagten 40 Prozent, ...")
     "angesichts", "wegen", "trotz", "aufgrund", "infolge",
     "bezüglich", "hinsichtlich", "anlässlich"}
)  # fmt: skip

#: Konjunktiv I (and the Konjunktiv II of reported speech) forms that mark a sentence as
#: reported speech without a cue of its own ("Man werde alles tun"): the reported-speech
#: continuation the Wikinews corpus annotates as IndirectFreeIndirect.
KONJUNKTIV: frozenset[str] = frozenset(
    {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
     "gebe", "wisse", "komme", "gehe", "stehe", "liege", "bleibe", "brauche", "lasse",
     "hätten", "würden", "wären", "seist", "handle", "handele", "gelte", "fehle", "halte",
     "sehe", "plane", "arbeite", "trage", "erwarte", "bestehe", "befinde"}
)  # fmt: skip

#: Subordinating conjunctions: a clause they open is no statement's content, and a cue after
#: it is the main clause's verb ("Wenn er verurteilt wird, droht ihm die Todesstrafe").
SUBORDINATORS: frozenset[str] = frozenset(
    {"wenn", "da", "weil", "obwohl", "als", "nachdem", "falls", "während", "sobald", "bevor",
     "damit", "indem", "seit", "seitdem", "obgleich", "sodass", "solange", "sofern"}
)  # fmt: skip

#: Modal and future auxiliaries: a cue form in -en after one is an infinitive ("wird ...
#: entscheiden"), no statement.
MODALS: frozenset[str] = frozenset(
    {"wird", "werden", "will", "wollen", "soll", "sollen", "kann", "können", "muss",
     "müssen", "sollte", "sollten", "würde", "würden", "dürfte", "möchte", "wollte", "zu"}
)  # fmt: skip

#: Modals after an infinitive at a clause's end: "wie er behaupten konnte".
MODALS_AFTER: frozenset[str] = frozenset(
    {"konnte", "könne", "kann", "wollte", "will", "wolle", "musste", "muss", "müsse",
     "sollte", "soll", "solle", "durfte", "darf", "werde", "wird", "würde", "lassen", "ließ"}
)  # fmt: skip

#: Words that make a copula or "haben" a verb of opinion: "ist der Ansicht, dass",
#: "zeigte sich überzeugt, dass", "hält es für möglich, dass".
OPINION_WORDS: frozenset[str] = frozenset(
    {"ansicht", "meinung", "auffassung", "überzeugung", "überzeugt", "zuversichtlich",
     "sicher", "optimistisch", "besorgt", "möglich", "wahrscheinlich", "unwahrscheinlich",
     "eindruck", "standpunkt", "hoffnung", "sorge", "befürchtung", "gewiss", "davon", "darauf",
     "vorwurf", "behauptung", "angst", "fest"}
)  # fmt: skip

#: Verbs that never carry a complement clause of speech: "Es ist klar, dass ...".
NOT_SPEECH: frozenset[str] = frozenset(
    {"ist", "war", "sind", "waren", "hat", "hatte", "haben", "hatten", "wird", "wurde",
     "werden", "wurden", "kommt", "kam", "gibt", "gab", "bleibt", "blieb", "liegt", "lag",
     "steht", "stand", "geht", "ging", "zeigt", "zeigte", "sorgt", "sorgte", "führt",
     "führte", "macht", "machte", "bedeutet", "bedeutete", "scheint", "schien", "besteht",
     "bestand", "wollte", "sollte", "konnte", "musste", "bietet", "bot"}
)  # fmt: skip

#: Connectives a content may open with that are kept ("dass" is part of the content in
#: the Wikinews gold: "sagte, dass ...").
COMPLEMENTIZERS: frozenset[str] = frozenset({"dass", "daß", "ob"})

#: Function words that never open a new main clause after a comma (a content goes on).
FUNCTION_WORDS: frozenset[str] = (
    DETERMINERS
    | RELATIVES
    | SUBORDINATORS
    | COMPLEMENTIZERS
    | NP_ENDS
    | PRONOUNS
    | frozenset({"dem", "den", "denen", "deren", "dessen", "welche", "welcher", "weil"})
)

#: Honorifics and role nouns that give a speaker's gender ("Frau Merkel", "die Ministerin").
HONORIFIC_GENDER: dict[str, str] = {"herr": "male", "herrn": "male", "frau": "female"}

#: Role nouns, as the heads German compounds end with (Duden, "Grammatik": a determinative
#: compound's head is its last part), so that "Bundesinnenminister", "Regierungssprecher" and
#: "Vereinschef" are all roles: "Bundesminister Karl Weber" is Karl Weber, and a later "der
#: Minister" is he. A feminine form adds "-in" ("Ministerin", "Sprecherin"). Dropped from
#: the front of a name only, never its last word: "Hans Richter" keeps his surname.
ROLE_HEADS: tuple[str, ...] = (
    "minister", "präsident", "kanzler", "sprecher", "chef", "vorsitzende", "vorsitzender",
    "bürgermeister", "leiter", "direktor", "sekretär", "beauftragte", "beauftragter",
    "botschafter", "general", "kommandeur", "richter", "anwalt", "trainer", "manager",
    "experte", "abgeordnete", "abgeordneter", "senator", "gouverneur", "premier", "gründer",
    "intendant", "kommissar", "bischof", "papst", "könig", "professor", "forscher",
    "analyst", "ökonom", "vize", "funktionär", "diplomat", "regisseur",
)  # fmt: skip

#: Relay nouns: "berichtete die Nachrichtenagentur dpa".
RELAY_NOUNS: frozenset[str] = frozenset(
    {"nachrichtenagentur", "agentur", "zeitung", "sender", "fernsehsender", "rundfunk",
     "nachrichtenportal", "tageszeitung", "wochenzeitung", "magazin", "nachrichtenmagazin"}
)  # fmt: skip

#: Every word that makes a paragraph worth reading.
CUE_WORDS: frozenset[str] = (
    FINITE
    | PARTICIPLES
    | frozenset(SEPARABLE_STEMS)
    | JOINED
    | IMPERSONAL
    | ACCORDING_BEFORE
    | ACCORDING_AFTER
    | {"angaben", "so", "wie"}
)

#: Abbreviations whose dot ends no sentence: "Dr. Meier", "ca. 98 Millionen", "z. B.".
ABBREVIATIONS: frozenset[str] = frozenset(
    {"dr", "prof", "ca", "bzw", "nr", "st", "str", "vgl", "bspw", "z", "b", "u", "a", "d",
     "h", "s", "evtl", "inkl", "ggf", "sog", "usw", "etc", "jh", "mio", "mrd", "hr", "fr",
     "abs", "art", "min", "max", "v", "chr", "geb", "gest", "mr", "mrs", "ms", "jr", "gen"}
)  # fmt: skip

GERMAN = LanguagePack(
    code="de",
    quote_pairs=(("\u201e", "\u201c"), ("\u00bb", "\u00ab"), ("\u00ab", "\u00bb"),
                 ("\u201a", "\u2018"), ("\u203a", "\u2039"), ('"', '"')),
    cue_lemma=CUE_LEMMA,
    cue_words=CUE_WORDS,
    participles=PARTICIPLES,
    invertible=FINITE | frozenset(SEPARABLE_STEMS),
    particle_cues={lemma: frozenset({p}) for lemma, (_s, p, _pp) in SEPARABLE.items()},
    auxiliaries=PERFECT_AUXILIARIES,
    negators=frozenset({"nicht", "kein", "keine", "nie"}),
    determiners=DETERMINERS,
    pronouns=PRONOUNS,
    pronoun_gender=PRONOUN_GENDER,
    relatives=RELATIVES,
    copulas=frozenset({"ist", "sind", "war", "waren", "sei", "seien"}),
    connectives=frozenset({"aber", "doch", "jedoch", "und"}),
    stop_words=NP_ENDS,
    according=("laut",),
    perfect_auxiliaries=PERFECT_AUXILIARIES,
    verb_second=True,
    dash_inserted=False,
)  # fmt: skip
