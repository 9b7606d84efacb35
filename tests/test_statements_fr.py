"""French statements (issue 20): a table of invented sentences in the shapes of French copy.

Every sentence is invented. Where each shape is documented or seen:

- [GUIL] French quotation marks « » with a (non-breaking) space inside, nested ‹ ›:
  https://franco.wiki/fr/Guillemet.html and https://gallika.net/?Composition-et-ponctuation-sur
  (the espace insécable inside « »);
- [INCISE] the reporting clause after a quotation inverts verb and subject, with the
  euphonic t ("a-t-il", "« Je viens demain », a-t-il promis"), a colon before direct speech,
  and the dialogue dash: https://elon.io/grammar/french/syntax/quotation-and-dashes and
  https://viewer.joomag.com/bcarlington-news-magazine-3/0206448001542618479/p50 (which also
  gives the multi-paragraph rule: « opens every paragraph, » closes only the last);
- [WIRE] French wire copy: "..., annonce samedi la famille du musicien" (Reuters French,
  ../shared/data/ml_ledes.jsonl, id ml-2e719cc2e5), "selon le site de suivi des vols ...",
  "a prévenu sur Twitter que ..." (AP copy in French, https://n3k6.wordpress.com/tag/nord-est/).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import assert_exact_spans

from wirestory import SpeakerKind, find_statements, parse_story
from wirestory._statements._fr import find_french_statements

N = "\u00a0"  # the non-breaking space inside « » [GUIL]
T = "\u202f"  # the narrow one some systems use

#: (text, rule, kind, speaker, cue, content of the first statement); shape source in the comment.
TABLE = [
    # inverted after a quotation [INCISE][GUIL]
    (
        f"«{N}Nous ne céderons pas{N}», a déclaré le ministre.",
        "fr-inverted",
        "direct",
        "le ministre",
        "a déclaré",
        "Nous ne céderons pas",
    ),
    (
        f"«{N}C'est inacceptable{N}», a-t-il ajouté.",
        "fr-inverted",
        "direct",
        "il",
        "a-t-il ajouté",
        "C'est inacceptable",
    ),
    (
        f"«{N}Rien n'est décidé{N}», a-t-elle précisé.",
        "fr-inverted",
        "direct",
        "elle",
        "a-t-elle précisé",
        "Rien n'est décidé",
    ),
    (
        f"«{N}Nous partirons demain{N}», dit-il.",
        "fr-inverted",
        "direct",
        "il",
        "dit-il",
        "Nous partirons demain",
    ),
    (
        f"«{N}La situation est grave{N}», estime-t-elle.",
        "fr-inverted",
        "direct",
        "elle",
        "estime-t-elle",
        "La situation est grave",
    ),
    (
        f"«{N}Nous sommes prêts{N}», a précisé Mme Dupont à l'AFP.",
        "fr-inverted",
        "direct",
        "Mme Dupont",
        "a précisé",
        "Nous sommes prêts",
    ),
    (
        f"«{N}Le dialogue reste ouvert{N}», a assuré M. Martin.",
        "fr-inverted",
        "direct",
        "M. Martin",
        "a assuré",
        "Le dialogue reste ouvert",
    ),
    (
        f"«{N}Il faut agir vite{N}», a souligné le porte-parole du gouvernement.",
        "fr-inverted",
        "direct",
        "le porte-parole du gouvernement",
        "a souligné",
        "Il faut agir vite",
    ),
    (
        f"«{N}Ce n'est qu'un début{N}», ont affirmé les manifestants.",
        "fr-inverted",
        "direct",
        "les manifestants",
        "ont affirmé",
        "Ce n'est qu'un début",
    ),
    (
        f"«{N}Je resterai{N}», déclare le maire.",
        "fr-inverted",
        "direct",
        "le maire",
        "déclare",
        "Je resterai",
    ),
    (
        f"«{N}Tout est calme{N}», indique la préfecture.",
        "fr-inverted",
        "direct",
        "la préfecture",
        "indique",
        "Tout est calme",
    ),
    (
        f"«{N}Nous verrons{N}», a répondu Jean Moreau lundi.",
        "fr-inverted",
        "direct",
        "Jean Moreau",
        "a répondu",
        "Nous verrons",
    ),
    (
        f"«{N}Le pays tiendra{N}», a martelé le président ivoirien.",
        "fr-inverted",
        "direct",
        "le président ivoirien",
        "a martelé",
        "Le pays tiendra",
    ),
    (
        f"«{N}Les négociations avancent{N}», a-t-on appris de source diplomatique.",
        "fr-inverted",
        "direct",
        "on",
        "a-t-on",
        "Les négociations avancent",
    ),
    (
        f"«{N}Il n'y aura pas de hausse{N}», a promis la ministre du Budget.",
        "fr-inverted",
        "direct",
        "la ministre du Budget",
        "a promis",
        "Il n'y aura pas de hausse",
    ),
    (
        f"«{T}Nous reviendrons{T}», a lancé l'entraîneur.",
        "fr-inverted",
        "direct",
        "l'entraîneur",
        "a lancé",
        "Nous reviendrons",
    ),
    (
        "“Nous reviendrons”, a lancé le capitaine.",
        "fr-inverted",
        "direct",
        "le capitaine",
        "a lancé",
        "Nous reviendrons",
    ),
    (
        f"«{N}Je n'ai rien vu{N}», raconte une habitante.",
        "fr-inverted",
        "direct",
        "une habitante",
        "raconte",
        "Je n'ai rien vu",
    ),
    (
        f"«{N}C'est une victoire{N}», a réagi le syndicat.",
        "fr-inverted",
        "direct",
        "le syndicat",
        "a réagi",
        "C'est une victoire",
    ),
    (
        f"«{N}Ils ont dit ‹{N}non{N}›{N}», a rappelé l'avocat.",
        "fr-inverted",
        "direct",
        "l'avocat",
        "a rappelé",
        f"Ils ont dit ‹{N}non{N}›",
    ),
    (
        f"«{N}Nous ne céderons pas{N}», a déclaré mardi soir le ministre de l'Intérieur.",
        "fr-inverted",
        "direct",
        "le ministre de l'Intérieur",
        "a déclaré",
        "Nous ne céderons pas",
    ),
    # inverted after a clause, as Reuters and AFP French copy write it [WIRE]
    (
        "Le guitariste est mort à 73 ans, annonce la famille du musicien.",
        "fr-inverted",
        "indirect",
        "la famille du musicien",
        "annonce",
        "Le guitariste est mort à 73 ans",
    ),
    (
        "La réunion a été reportée, a indiqué le ministère.",
        "fr-inverted",
        "indirect",
        "le ministère",
        "a indiqué",
        "La réunion a été reportée",
    ),
    (
        "Trois personnes ont été blessées, a précisé la police.",
        "fr-inverted",
        "indirect",
        "la police",
        "a précisé",
        "Trois personnes ont été blessées",
    ),
    (
        "Le projet sera abandonné, a-t-il assuré.",
        "fr-inverted",
        "indirect",
        "il",
        "a-t-il assuré",
        "Le projet sera abandonné",
    ),
    (
        "Les secours sont sur place, ajoute-t-elle.",
        "fr-inverted",
        "indirect",
        "elle",
        "ajoute-t-elle",
        "Les secours sont sur place",
    ),
    (
        "Le vote aura lieu jeudi, a confirmé Mme Lefèvre.",
        "fr-inverted",
        "indirect",
        "Mme Lefèvre",
        "a confirmé",
        "Le vote aura lieu jeudi",
    ),
    # the subject and its verb, a colon and a quotation [INCISE]
    (
        f"Le ministre a déclaré{N}: «{N}Nous ne céderons pas.{N}»",
        "fr-subject",
        "direct",
        "Le ministre",
        "a déclaré",
        "Nous ne céderons pas",
    ),
    (
        f"Mme Dupont a ajouté{N}: «{N}Le texte sera voté.{N}»",
        "fr-subject",
        "direct",
        "Mme Dupont",
        "a ajouté",
        "Le texte sera voté",
    ),
    (
        f"Le président a lancé{N}: «{N}Vive la République{N}!{N}»",
        "fr-subject",
        "direct",
        "Le président",
        "a lancé",
        f"Vive la République{N}!",
    ),
    (
        f"Elle a écrit sur Twitter{N}: «{N}Je démissionne.{N}»",
        "fr-subject",
        "direct",
        "Elle",
        "a écrit",
        "Je démissionne",
    ),
    (
        f"Le syndicat affirme{N}: «{N}La grève continue.{N}»",
        "fr-subject",
        "direct",
        "Le syndicat",
        "affirme",
        "La grève continue",
    ),
    # subject, verb, que clause [WIRE]
    (
        "Le président a affirmé qu'il ne démissionnerait pas.",
        "fr-subject",
        "indirect",
        "Le président",
        "a affirmé",
        "il ne démissionnerait pas",
    ),
    (
        "M. Macron a indiqué lundi que la réforme serait maintenue.",
        "fr-subject",
        "indirect",
        "M. Macron",
        "a indiqué",
        "la réforme serait maintenue",
    ),
    (
        "Le maire a prévenu sur Twitter que la neige tomberait toute la nuit.",
        "fr-subject",
        "indirect",
        "Le maire",
        "a prévenu",
        "la neige tomberait toute la nuit",
    ),
    (
        "La ministre a souligné que les écoles resteraient ouvertes.",
        "fr-subject",
        "indirect",
        "La ministre",
        "a souligné",
        "les écoles resteraient ouvertes",
    ),
    (
        "Il a ajouté qu'aucune décision n'avait été prise.",
        "fr-subject",
        "indirect",
        "Il",
        "a ajouté",
        "aucune décision n'avait été prise",
    ),
    (
        "Elle a assuré que le calendrier serait tenu.",
        "fr-subject",
        "indirect",
        "Elle",
        "a assuré",
        "le calendrier serait tenu",
    ),
    (
        "L'armée a annoncé que deux soldats avaient été tués.",
        "fr-subject",
        "indirect",
        "L'armée",
        "a annoncé",
        "deux soldats avaient été tués",
    ),
    (
        "Les enquêteurs estiment que l'incendie est criminel.",
        "fr-subject",
        "indirect",
        "Les enquêteurs",
        "estiment",
        "l'incendie est criminel",
    ),
    (
        "Le gouvernement a reconnu que des erreurs avaient été commises.",
        "fr-subject",
        "indirect",
        "Le gouvernement",
        "a reconnu",
        "des erreurs avaient été commises",
    ),
    (
        "Mardi, le Premier ministre a répété qu'il n'y aurait pas de report.",
        "fr-subject",
        "indirect",
        "le Premier ministre",
        "a répété",
        "il n'y aurait pas de report",
    ),
    (
        "La direction a confirmé à l'AFP que l'usine fermerait.",
        "fr-subject",
        "indirect",
        "La direction",
        "a confirmé",
        "l'usine fermerait",
    ),
    # mixed: que clause with a quotation inside
    (
        f"Le ministre a dit que la réforme était «{N}indispensable{N}».",
        "fr-subject",
        "mixed",
        "Le ministre",
        "a dit",
        f"la réforme était «{N}indispensable{N}»",
    ),
    (
        f"Elle a estimé que le texte était «{N}une erreur{N}» grave.",
        "fr-subject",
        "mixed",
        "Elle",
        "a estimé",
        f"le texte était «{N}une erreur{N}» grave",
    ),
    # selon / d'après, relays [WIRE]
    (
        "Selon l'agence Tass, trois soldats ont été tués.",
        "fr-according",
        "indirect",
        "l'agence Tass",
        "Selon",
        "trois soldats ont été tués",
    ),
    (
        "Trois soldats ont été tués, selon l'agence Tass.",
        "fr-according",
        "indirect",
        "l'agence Tass",
        "selon",
        "Trois soldats ont été tués",
    ),
    (
        "D'après la police, le suspect a été arrêté mardi.",
        "fr-according",
        "indirect",
        "la police",
        "D'après",
        "le suspect a été arrêté mardi",
    ),
    (
        "Quelque 3400 vols ont été annulés, selon le site FlightAware.",
        "fr-according",
        "indirect",
        "le site FlightAware",
        "selon",
        "Quelque 3400 vols ont été annulés",
    ),
    (
        "Selon le ministère de la Santé, l'épidémie recule.",
        "fr-according",
        "indirect",
        "le ministère de la Santé",
        "Selon",
        "l'épidémie recule",
    ),
    (
        "Selon lui, la crise est terminée.",
        "fr-according",
        "indirect",
        "lui",
        "Selon",
        "la crise est terminée",
    ),
    (
        "Selon l'agence officielle KCNA, le tir a réussi.",
        "fr-according",
        "indirect",
        "l'agence officielle KCNA",
        "Selon",
        "le tir a réussi",
    ),
    (
        "Le bilan s'élève à douze morts, d'après les secours.",
        "fr-according",
        "indirect",
        "les secours",
        "d'après",
        "Le bilan s'élève à douze morts",
    ),
    (
        "D'après Reuters, la banque a perdu un milliard.",
        "fr-according",
        "indirect",
        "Reuters",
        "D'après",
        "la banque a perdu un milliard",
    ),
    (
        f"«{N}Nous tenons bon{N}», selon le capitaine.",
        "fr-according",
        "direct",
        "le capitaine",
        "selon",
        "Nous tenons bon",
    ),
    (
        "Selon Belga, le train est reparti.",
        "fr-according",
        "indirect",
        "Belga",
        "Selon",
        "le train est reparti",
    ),
    (
        "Le cessez-le-feu tient, selon des sources locales.",
        "fr-according",
        "indirect",
        "des sources locales",
        "selon",
        "Le cessez-le-feu tient",
    ),
    # dialogue dash [INCISE]
    (
        "— Nous partirons demain, a dit le maire.",
        "fr-dash",
        "direct",
        "le maire",
        "a dit",
        "Nous partirons demain",
    ),
    (
        "– Je ne sais pas, répond-elle.",
        "fr-dash",
        "direct",
        "elle",
        "répond-elle",
        "Je ne sais pas",
    ),
    (
        "— Rien ne change, a-t-il conclu.",
        "fr-dash",
        "direct",
        "il",
        "a-t-il conclu",
        "Rien ne change",
    ),
    (
        "— La porte reste ouverte, explique le médiateur.",
        "fr-dash",
        "direct",
        "le médiateur",
        "explique",
        "La porte reste ouverte",
    ),
]


@pytest.mark.parametrize(("text", "rule", "kind", "speaker", "cue", "content"), TABLE)
def test_french_shapes(  # noqa: PLR0917  (one argument per column)
    text: str, rule: str, kind: str, speaker: str, cue: str, content: str
) -> None:
    found = find_statements(text, lang="fr")
    assert found, text
    first = found[0]
    assert (first.rule, first.kind.value) == (rule, kind)
    assert first.speaker is not None
    assert first.speaker.text == speaker
    assert first.cue.text == cue
    assert first.content.text == content
    assert first.lang == "fr"


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 60


def test_multi_paragraph_quotation_continues_the_speaker() -> None:
    # « opens every paragraph of a long quotation [INCISE]
    text = (
        f"Le ministre a déclaré{N}: «{N}Nous ne céderons pas.\n\n"
        f"«{N}Nous irons jusqu'au bout.{N}»\n\nLa séance a été levée."
    )
    found = find_statements(text, lang="fr")
    assert [s.rule for s in found] == ["fr-subject", "fr-continued"]
    assert found[1].content.text == "Nous irons jusqu'au bout"
    assert found[1].speaker is not None
    assert found[1].speaker.text == "Le ministre"


def test_pronoun_takes_the_last_speaker_of_its_gender() -> None:
    text = (
        "La ministre Claire Petit a indiqué que le texte serait retiré. "
        f"«{N}Nous écoutons{N}», a-t-elle ajouté."
    )
    found = find_statements(text, lang="fr")
    assert found[-1].speaker is not None
    assert found[-1].speaker.text == "elle"
    assert found[-1].speaker.gender == "female"
    assert found[-1].speaker.name == "Claire Petit"


@pytest.mark.parametrize(
    "text",
    [
        "Le train est arrivé à Lyon à midi.",  # no cue
        "Il a déclaré forfait avant la finale.",  # no content
    ],
)
def test_no_statement(text: str) -> None:
    assert find_statements(text, lang="fr") == []


def test_detected() -> None:
    text = f"«{N}Nous ne céderons pas{N}», a déclaré le ministre lors d'une conférence."
    assert find_statements(text) == find_statements(text, lang="fr")


_WORDS = (
    "«", "»", "\u00a0", ",", ".", ":", "a", "déclaré", "a-t-il", "ajouté", "dit-elle",
    "selon", "d'après", "le", "ministre", "Mme", "M.", "Dupont", "que", "qu'il", "—", "l'agence",
    "Tass", "Nous", "partirons", "ont", "indiqué",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_random_french_sentences_give_exact_spans(words: list[str]) -> None:
    text = " ".join(words)
    assert_exact_spans(text, find_french_statements(text))


#: (story, the speaker names and genders of its statements in order). AFP writes titles in
#: lower case before the name ("le ministre de l'Intérieur Paul Martin") and a woman's
#: office with the feminine article ("la ministre"); a surname, "le ministre" and a pronoun
#: take the full name given before. Invented stories in the shapes of AFP copy.
NAME_TABLE: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        (
            "Le ministre de l'Intérieur Paul Martin a déclaré que la police était prête."
            " « Rien ne changera », a dit le ministre. Martin a ajouté que le plan tenait."
        ),
        [("Paul Martin", "male"), ("Paul Martin", "male"), ("Paul Martin", None)],
    ),
    (
        (
            "« Nous ne céderons pas », a affirmé mardi la ministre Anne Roux."
            " Elle a ajouté que le texte passerait."
        ),
        [("Anne Roux", "female"), ("Anne Roux", "female")],
    ),
    (
        ("Le porte-parole du gouvernement, Gabriel Lenoir, a déclaré que la réforme serait votée."),
        [("Gabriel Lenoir", "male")],  # "le porte-parole": the article says it
    ),
    (
        "La présidente de la région a déclaré que tout allait bien.",
        [(None, "female")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_TABLE)
def test_names_resolve_later_mentions(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    found = find_statements(text, lang="fr")
    assert [(s.speaker.name, s.speaker.gender) if s.speaker else None for s in found] == expected


def test_the_story_lists_french_speakers_by_their_own_evidence() -> None:
    story = parse_story(
        "Le ministre de l'Intérieur Paul Martin a déclaré que la police était prête. Martin a"
        " ajouté que le plan tenait. L'agence Reuters a indiqué que le bilan était lourd."
    )
    assert story.lang == "fr"
    assert [(e.name, e.kind, e.gender) for e in story.speakers] == [
        ("Paul Martin", SpeakerKind.PERSON, "male"),
        ("L'agence Reuters", SpeakerKind.UNKNOWN, None),
    ]
