"""German statements (issue 20): a table of invented sentences in the shapes of German copy.

Shapes: dpa and APA copy as seen in ../shared/data/ml_*.jsonl and the German Wikinews corpus
(Petersen-Frey and Biemann 2024); quote marks after Duden and DIN 5008 („...“, »...«) and
Swiss copy («...»). Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import assert_exact_spans

from wirestory import SpeakerKind, find_statements, parse_story
from wirestory._statements._de import find_german_statements
from wirestory._statements._de_finish import role_of

#: A quotation longer than the reader's window (30 tokens).
_LONG_QUOTE = (
    "„Wir bleiben hier, auch wenn es schwer wird, und wir kämpfen weiter um jeden Punkt, den "
    "wir in diesem Jahr noch holen können, bis zum letzten Spieltag der Saison“"
)

#: (text, rule, kind, speaker, cue, content of the first statement)
TABLE: list[tuple[str, str, str, str | None, str, str]] = [
    # verb second after a fronted quotation (dpa: '„...“, sagte der Minister.')
    ("„Wir geben nicht nach“, sagte der Minister.", "de-inverted", "direct", "der Minister",
     "sagte", "Wir geben nicht nach"),
    ("»Das ist ein guter Tag«, erklärte die Sprecherin.", "de-inverted", "direct",
     "die Sprecherin", "erklärte", "Das ist ein guter Tag"),
    ("«Wir bleiben», betonte der Bürgermeister.", "de-inverted", "direct",
     "der Bürgermeister", "betonte", "Wir bleiben"),
    ("„Die Lage ist ernst“, teilte die Polizei am Abend mit.", "de-inverted", "direct",
     "die Polizei", "teilte", "Die Lage ist ernst"),
    # Konjunktiv I clause before the verb
    ("Die Lage sei ernst, sagte er.", "de-inverted", "indirect", "er", "sagte",
     "Die Lage sei ernst"),
    # subject, verb, colon and quotation
    ("Der Minister sagte: „Wir werden nicht nachgeben.“", "de-subject", "direct",
     "Der Minister", "sagte", "Wir werden nicht nachgeben."),
    ("Die Feuerwehr teilte daraufhin mit: „Es gab keine Verletzten.“", "de-subject",
     "direct", "Die Feuerwehr", "teilte", "Es gab keine Verletzten."),
    # subject, verb, dass clause / Konjunktiv clause
    ("Die Ministerin erklärte, dass die Reform komme.", "de-subject", "indirect",
     "Die Ministerin", "erklärte", "dass die Reform komme"),
    ("Am Montag sagte der Kanzler, die Gespräche seien gescheitert.", "de-subject",
     "indirect", "der Kanzler", "sagte", "die Gespräche seien gescheitert"),
    ("Der Konzern wies die Vorwürfe am Dienstag zurück, dass er Daten verkauft habe.",
     "de-subject", "indirect", "Der Konzern", "wies", "dass er Daten verkauft habe"),
    ("Der Trainer hatte am Freitag erklärt, er bleibe im Verein.", "de-subject",
     "indirect", "Der Trainer", "erklärt", "er bleibe im Verein"),
    # so-attribution and wie X sagte
    ("Die Gespräche seien gescheitert, so der Sprecher.", "de-so", "indirect",
     "der Sprecher", "so", "Die Gespräche seien gescheitert"),
    ("Wie die Polizei mitteilte, wurde niemand verletzt.", "de-wie", "indirect",
     "die Polizei", "Wie die Polizei mitteilte", "wurde niemand verletzt"),
    # laut / nach Angaben / zufolge
    ("Laut Polizei wurden drei Menschen verletzt.", "de-according", "indirect", "Polizei",
     "Laut", "wurden drei Menschen verletzt"),
    ("Nach Angaben der Feuerwehr brach das Feuer am Morgen aus.", "de-according",
     "indirect", "Angaben der Feuerwehr", "Nach", "brach das Feuer am Morgen aus"),
    ("Augenzeugenberichten zufolge flohen viele Menschen.", "de-according", "indirect",
     "Augenzeugenberichten", "zufolge", "flohen viele Menschen"),
    # impersonal and structure-first shapes
    ("In der Mitteilung heißt es, man sei enttäuscht.", "de-impersonal", "indirect",
     "In der Mitteilung", "heißt es", "man sei enttäuscht"),
    ("Das Gericht ging davon aus, dass der Täter allein handelte.", "de-subject",
     "indirect", "Das Gericht", "ging", "dass der Täter allein handelte"),
    # shapes read by structure when no cue word explains the sentence (Wikinews corpus)
    ("Am Abend wurde bekannt, dass der Trainer den Verein verlässt.", "de-passive",
     "indirect", None, "wurde bekannt", "dass der Trainer den Verein verlässt"),
    # a passive of saying: its subject is the one spoken of, not the speaker
    ("Der Mann wird beschuldigt, Geld gestohlen zu haben.", "de-passive", "indirect", None,
     "wird beschuldigt", "Geld gestohlen zu haben"),
    # "bekannt werden" with its "dass" clause, the auxiliary closing a verb-final clause
    ("Er trat zurück, nachdem bekannt geworden war, dass er gelogen hatte.", "de-passive",
     "indirect", None, "bekannt geworden war", "dass er gelogen hatte"),
    ("Dem Bürgermeister wird vorgeworfen, Gelder veruntreut zu haben.", "de-passive",
     "indirect", None, "wird vorgeworfen", "Gelder veruntreut zu haben"),
    ("Die Reaktion bestand in der Ankündigung, man werde die Gespräche abbrechen.",
     "de-noun", "indirect", None, "Ankündigung", "man werde die Gespräche abbrechen"),
    ("Die Gewerkschaft nannte das Angebot eine „Provokation“.", "de-subject", "direct",
     "Die Gewerkschaft", "nannte", "Provokation"),
    ("Der Verband zeigte sich überzeugt, dass die Preise sinken würden.", "de-clause",
     "indirect", "Der Verband", "zeigte", "dass die Preise sinken würden"),
    ("Die Trainerin, Maria Lenz, zeigte sich zufrieden: „Wir haben gut gespielt.“",
     "de-colon", "direct", "Die Trainerin, Maria Lenz", "zeigte", "Wir haben gut gespielt."),
    ("Die Hafenbehörde teilte der Zeitung „Nordkurier“ mit, dass der Kai gesperrt bleibe.",
     "de-subject", "indirect", "Die Hafenbehörde", "teilte", "dass der Kai gesperrt bleibe"),
    ("Der Ausbau sei abgeschlossen, heißt es in der Mitteilung der Stadt.", "de-impersonal",
     "indirect", "der Mitteilung der Stadt", "heißt es", "Der Ausbau sei abgeschlossen"),
    # a long quotation before ", so X" is the content whole: direct, not cut at a window
    (_LONG_QUOTE + ", so der Trainer.", "de-so", "direct", "der Trainer", "so",
     _LONG_QUOTE[1:-1]),
    # the source after "so" runs on through a genitive, or takes an apposition at the end
    ("Die Mittel sind wirkungslos, so das Ergebnis einer gestern vorgestellten Studie.",
     "de-so", "indirect", "das Ergebnis einer gestern vorgestellten Studie", "so",
     "Die Mittel sind wirkungslos"),
    ("Die Mittel seien wirkungslos, so die Autorin der Studie, Eva Roth.", "de-so",
     "indirect", "die Autorin der Studie, Eva Roth", "so", "Die Mittel seien wirkungslos"),
    # "heißt es," after a source with a relative clause: the content follows "es"
    ("In dem Bericht, der am Montag erschien, heißt es, die Lage sei ernst.", "de-impersonal",
     "indirect", "In dem Bericht, der am Montag erschien", "heißt es", "die Lage sei ernst"),
    ("Im Schreiben der Behörde, das der Zeitung vorliegt, heißt es: „Wir prüfen alles.“",
     "de-impersonal", "direct", "Im Schreiben der Behörde, das der Zeitung vorliegt",
     "heißt es", "Wir prüfen alles."),
    # "heißt es" takes its source in a prepositional phrase ("In der Erklärung heißt es");
    # an adverb before it is none (Duden, "heißen" 4)
    ("Bisher hieß es, die Brücke sei sicher.", "de-impersonal", "indirect", None, "hieß es",
     "die Brücke sei sicher"),
    ("Aus Regierungskreisen hieß es, eine Einigung sei nahe.", "de-impersonal", "indirect",
     "Aus Regierungskreisen", "hieß es", "eine Einigung sei nahe"),
    # a sentence adverb alone before the verb: the subject follows the verb (Vorfeld)
    ("Insbesondere kritisierte die Gewerkschaft, dass die Löhne sinken.", "de-subject",
     "indirect", "die Gewerkschaft", "kritisierte", "dass die Löhne sinken"),
    ("Schließlich betonte auch der Bürgermeister, die Schule bleibe offen.", "de-subject",
     "indirect", "der Bürgermeister", "betonte", "die Schule bleibe offen"),
    ("Angesichts der hohen Kosten forderte der Verband, die Halle zu schließen.",
     "de-subject", "indirect", "der Verband", "forderte", "die Halle zu schließen"),
    ("Wegen des Streiks erklärte die Bahn, dass viele Züge ausfallen.", "de-subject",
     "indirect", "die Bahn", "erklärte", "dass viele Züge ausfallen"),
    # an apposition in commas after an inverted subject belongs to the speaker (Duden)
    ("Am Montag sagte Peter Beck, Sprecher der Stadt, die Lage sei ernst.", "de-subject",
     "indirect", "Peter Beck, Sprecher der Stadt", "sagte", "die Lage sei ernst"),
    ("Dazu sagte die Sprecherin der Stadt, Eva Roth, dass die Brücke gesperrt bleibe.",
     "de-subject", "indirect", "die Sprecherin der Stadt, Eva Roth", "sagte",
     "dass die Brücke gesperrt bleibe"),
    ("Zugleich nannte Ilse Kern, Präsidentin des Verbands, das Vorhaben „einen Irrweg“.",
     "de-subject", "direct", "Ilse Kern, Präsidentin des Verbands", "nannte", "einen Irrweg"),
    ("Am Montag sagte er, Polen, Ungarn und Tschechien seien sich einig.", "de-subject",
     "indirect", "er", "sagte", "Polen, Ungarn und Tschechien seien sich einig"),
    # an object before the verb (accusative/dative article): the subject follows the verb
    ("Den Entwurf bezeichnete die Ministerin als „Meilenstein“.", "de-subject", "direct",
     "die Ministerin", "bezeichnete", "Meilenstein"),
    ("Dem Sender sagte der Trainer, er bleibe im Verein.", "de-subject", "indirect",
     "der Trainer", "sagte", "er bleibe im Verein"),
    # "bekannt geben" written apart (2006 spelling reform, Duden): verb-final and participle
    ("Die Halle bleibt zu, wie der Verein bekannt gab.", "de-wie", "indirect", "der Verein",
     "wie der Verein bekannt gab", "Die Halle bleibt zu"),
    ("Der Verein hat am Montag bekannt gegeben, dass der Trainer geht.", "de-subject",
     "indirect", "Der Verein", "bekannt", "dass der Trainer geht"),
    # an adjective after the source's head noun opens the next phrase
    ("Die Stadt plant laut Medienberichten neue Gebühren.", "de-according", "indirect",
     "Medienberichten", "laut", "Die Stadt plant laut Medienberichten neue Gebühren"),
    # "nach" with a noun of plans or intentions (Duden, "nach" 3: "gemäß")
    ("Nach Plänen der Stadtwerke soll die Leitung im Mai fertig sein.", "de-according",
     "indirect", "Plänen der Stadtwerke", "Nach", "soll die Leitung im Mai fertig sein"),
    ("Nach den Vorstellungen des Vereins wird das Stadion erweitert.", "de-according",
     "indirect", "den Vorstellungen des Vereins", "Nach", "wird das Stadion erweitert"),
    # relay: the agency is the speaker of a sentence it reports
    ("Zwei Schüler wurden gerettet, berichtete die Nachrichtenagentur dpa.", "de-inverted",
     "indirect", "die Nachrichtenagentur dpa", "berichtete", "Zwei Schüler wurden gerettet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rule", "kind", "speaker", "cue", "content"), TABLE)
def test_german_shapes(  # noqa: PLR0917  (one argument per column)
    text: str, rule: str, kind: str, speaker: str | None, cue: str, content: str
) -> None:
    found = find_statements(text, lang="de")
    assert found, text
    first = found[0]
    assert first.rule == rule
    assert first.kind.value == kind
    if speaker is None:
        assert first.speaker is None
    else:
        assert first.speaker is not None
        assert first.speaker.text == speaker
    assert first.cue.text == cue
    assert first.content.text == content
    assert first.lang == "de"


@pytest.mark.parametrize(
    "text",
    [
        # a "zu" infinitive of purpose is no content of saying (Duden: "um ... zu")
        "Die Menschen forderten den Rücktritt der Regierung, um Neuwahlen zu erzwingen.",
        "Der Verband kritisierte die Stadt, ohne Namen zu nennen.",
    ],
)
def test_purpose_clause_is_no_content(text: str) -> None:
    """An "um/ohne ... zu" clause after a verb of saying is not what was said."""
    found = find_statements(text, lang="de")
    assert not any(st.content.text.startswith(("um ", "ohne ")) for st in found)


def test_konjunktiv_continues_the_speaker() -> None:
    text = "Die Lage sei ernst, sagte der Minister. Man werde alles tun. Das Wetter war gut."
    found = find_statements(text, lang="de")
    assert [s.rule for s in found] == ["de-inverted", "de-konjunktiv"]
    assert found[1].content.text == "Man werde alles tun"
    assert found[1].speaker is not None
    assert found[1].speaker.text == "der Minister"


def test_pronoun_takes_the_last_speaker_of_its_gender() -> None:
    text = "Die Ministerin Anna Weber sagte, die Reform komme. „Wir sind bereit“, sagte sie."
    found = find_statements(text, lang="de")
    assert found[-1].speaker is not None
    assert found[-1].speaker.name == "Anna Weber"
    assert found[-1].speaker.gender == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Der Zug kam am Abend in Berlin an.",  # no cue
        "Wenn er verurteilt wird, droht ihm die Todesstrafe.",  # subordinate clause
        "Der Konzern wies den Vorwurf zurück.",  # no content
        "Südkorea wird den Streit für sich entscheiden, sagt man.",  # infinitive
    ],
)
def test_no_statement(text: str) -> None:
    found = find_statements(text, lang="de")
    assert all(s.rule != "de-subject" or s.cue.text != "entscheiden" for s in found)
    if "sagt" not in text:
        assert found == []


def test_detected_and_forced() -> None:
    text = "„Wir helfen“, sagte der Minister, der am Montag nicht in Berlin war."
    assert find_statements(text) == find_statements(text, lang="de")
    assert find_statements(text, lang="DE-at") == find_statements(text, lang="de")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="„“»«‚‘,.:; aeEsSdrgtinDmhk\n", max_size=200))
def test_any_text_gives_exact_spans(text: str) -> None:
    assert_exact_spans(text, find_german_statements(text))


#: Words of every German shape, for random sentences that reach every reader.
_WORDS = (
    "sagte", "und", "der", "die", "Minister", "„", "“", "»", "«", ",", ".", ":", "dass",
    "so", "laut", "nach", "Angaben", "zufolge", "Wie", "wie", "mitteilte", "teilte", "mit",
    "er", "sie", "sei", "hat", "erklärt", "Demnach", "heißt", "es", "den", "Am", "Montag",
    "wird", "entscheiden", "Polizei", "(", ")", "dpa", "Nachrichtenagentur", "berichtete",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_random_german_sentences_give_exact_spans(words: list[str]) -> None:
    text = " ".join(words)
    assert_exact_spans(text, find_german_statements(text))


def test_a_demonstrative_stands_for_the_sentence_before() -> None:
    text = "Der Kai bleibt bis Freitag gesperrt. Das berichtete die Zeitung „Nordkurier“."
    [found] = find_statements(text, lang="de")
    assert found.rule == "de-anaphoric"
    assert found.speaker is not None
    assert found.speaker.text == "die Zeitung „Nordkurier“"
    assert found.content.pieces == ("Der Kai bleibt bis Freitag gesperrt", "Das")


#: (story, the speaker names of its statements in order). A name loses the titles in front
#: of it and a party in parentheses (dpa writes "Ministerpräsident Jan Ott (CDU)"); a
#: surname, a definite role phrase and a pronoun take the full name given before. Invented
#: stories in the shapes of dpa copy (issue 14: "no name is ever a title").
NAME_TABLE: list[tuple[str, list[str | None]]] = [
    (
        (
            "Bundesinnenminister Karl Weber sagte, die Pläne blieben. „Wir halten Kurs“, sagte"
            " der Minister am Montag. Weber fügte hinzu, das Geld reiche."
        ),
        ["Karl Weber", "Karl Weber", "Karl Weber"],
    ),
    (
        (
            "Ministerpräsident Jan Ott (CDU) erklärte, das Land sei bereit. Er betonte, es gebe"
            " genug Geld."
        ),
        ["Jan Ott", "Jan Ott"],
    ),
    (
        (
            "Die Vorsitzende der Grünen, Anna Berg, sagte, man werde klagen. „Das ist ein"
            " Skandal“, sagte die Vorsitzende."
        ),
        ["Anna Berg", "Anna Berg"],
    ),
    (
        "Der Leiter des Programms der WHO sagte, die Zahlen stiegen.",
        [None],
    ),
    (
        "Die Zeitung „Die Welt“ berichtete, der Vertrag sei unterschrieben.",
        ["Die Welt"],
    ),
    (
        "Ein Sprecher der Polizei sagte, die Straße bleibe gesperrt.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "names"), NAME_TABLE)
def test_names_drop_titles_and_resolve_later_mentions(text: str, names: list[str | None]) -> None:
    found = find_statements(text, lang="de")
    assert [s.speaker.name if s.speaker else None for s in found] == names


def test_a_surname_alone_is_not_cut_as_a_title() -> None:
    # "Richter" (judge) is a role head and a common surname: only titles in front are cut.
    [st] = find_statements("Hans Richter sagte, die Brücke sei sicher.", lang="de")
    assert st.speaker is not None
    assert st.speaker.name == "Hans Richter"


def test_the_story_lists_german_speakers_by_their_own_evidence() -> None:
    # A person by a pronoun, a gender or a role noun of German; otherwise unknown, never an
    # organisation for want of an English title.
    story = parse_story(
        "Ministerpräsident Jan Ott (CDU) erklärte, das Land sei bereit. Ott sagte weiter, man"
        " werde helfen. Er betonte, es gebe genug Geld. Die Polizei teilte mit, die Straße sei"
        " gesperrt."
    )
    assert story.lang == "de"
    assert [(e.name, e.kind, e.gender, e.statements) for e in story.speakers] == [
        ("Jan Ott", SpeakerKind.PERSON, "male", (0, 1, 2)),
        ("Die Polizei", SpeakerKind.UNKNOWN, None, (3,)),
    ]


_NAME_WORDS = (
    "Bundesminister", "Karl", "Weber", "(CDU)", "der", "Minister", "sagte", ",", ".", "„",
    "“", "Die", "Vorsitzende", "Anna", "Berg", "er", "sie", "\n", "die", "Zeitung", "Welt",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), max_size=40))
def test_names_are_words_of_one_line(words: list[str]) -> None:
    # Issue 14: a name is made of the story's words, within one line, never a title alone.
    text = " ".join(words)
    for s in find_statements(text, lang="de"):
        name = s.speaker.name if s.speaker else None
        if name is not None:
            assert any(all(w in line for w in name.split()) for line in text.splitlines())
            assert role_of(name) is None or " " in name
