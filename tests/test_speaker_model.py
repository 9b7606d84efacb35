"""The per-story speaker model: role phrases, organisation descriptions, acronyms, pronouns,
names that are never titles or headings, ``Story.speakers`` and ``Speaker.gender``.

Every sentence here is invented, in the shape of the error classes of issue 14 (wire copy
of AP, Reuters, AFP, CNN and TASS: titles before names, appositives, acronyms in
parentheses, pronouns after a paragraph's subject).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import assert_linear_time

from wirestory import SpeakerKind, Story, find_statements, parse_story
from wirestory._mentions import mention_table
from wirestory._speakers import split_name


def _names(text: str, speaker: str) -> list[str | None]:
    """The names given to each *speaker* mention (as written) of *text*, in text order."""
    return [
        s.speaker.name for s in find_statements(text) if s.speaker and s.speaker.text == speaker
    ]


# A title becomes the name: a role phrase goes to the person given that role.
@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # Title before the name (AP Stylebook "titles"), then the bare title.
        (("Romanian Prime Minister Ana Holt met unions on Monday. The Prime Minister said "
         "talks would resume."), "The Prime Minister", "Ana Holt"),
        # A nationality and a generic role noun for a head of government.
        (("Romanian Prime Minister Ana Holt met unions on Monday. The Romanian leader said "
         "talks would resume."), "The Romanian leader", "Ana Holt"),
        # An appositive after the name gives the role.
        (("Maria Lind, the mayor of Uppsala, opened the bridge. The mayor said traffic "
         "would ease."), "The mayor", "Maria Lind"),
        # An appositive before the name.
        (("On Friday the club's coach, Tomas Berg, named his squad. The coach said the "
         "team was ready."), "The coach", "Tomas Berg"),
        # "head"/"chief" stand for an organisation's top role; an acronym is a modifier.
        (("The head of the Coastal Energy Agency (CEA), Rafael Gomes, said inspectors were "
          "ready. The CEA chief said access was vital."), "The CEA chief", "Rafael Gomes"),
        (("UN Secretary-General Ana Holt called for calm. The UN chief said violence must "
          "end."), "The UN chief", "Ana Holt"),
        # Family roles: "the sister".
        (("Lise Berg, the sister of the jailed leader, said talks were over. The sister said "
          "the ministry was to blame."), "The sister", "Lise Berg"),
        # A nationality noun for a person already named (sports and foreign copy).
        (('Belgian Jan Claes won the stage on Sunday. "It was a hard day," the Belgian '
          "said."), "the Belgian", "Jan Claes"),
        # A hyphenated role: "the president-elect".
        (("President-elect Ana Holt met advisers on Monday. The president-elect said the "
          "cabinet was ready."), "The president-elect", "Ana Holt"),
        # An abbreviated title gives its role: "Dr" is "the doctor".
        (("Dr Sara Quist treats patients at the clinic. The doctor said most had mild "
          "symptoms."), "The doctor", "Sara Quist"),
        # An age between the name and its appositive.
        (("Ana Holt, 45, a nurse at the clinic, worked all night. The nurse said the ward "
          "was full."), "The nurse", "Ana Holt"),
        # A lead gives the role before the name: the first holder after it.
        (("A child has died of the virus, the governor of the state said on Tuesday.\n\n"
         "Governor Paul Reyes tweeted that the news was heartbreaking."),
         "the governor of the state", "Paul Reyes"),
    ],
)  # fmt: skip
def test_role_phrase_goes_to_role_holder(text: str, speaker: str, name: str) -> None:
    assert _names(text, speaker)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister said talks would resume.",
        "The Romanian Prime Minister said talks would resume.",
    ],
)
def test_title_alone_is_never_a_name(text: str) -> None:
    """No one was given the role: the title names no one (it is not "Prime Minister")."""
    [statement] = find_statements(text)
    assert statement.speaker is not None
    assert statement.speaker.name is None


# Definite descriptions of organisations go to the nearest compatible organisation.
@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (('Nordic Air Airlines cancelled 40 flights on Sunday.\n\n"We regret the delays," '
         "the company said."), "the company", "Nordic Air Airlines"),
        (("Staff at the Norwegian Embassy in Riga were told to stay home. The embassy said "
         "it would reopen on Monday."), "The embassy", "Norwegian Embassy"),
        (("The Baltic Rowing Federation postponed the regatta. The federation said the "
         "weather was too poor."), "The federation", "Baltic Rowing Federation"),
        # "the agency", "the club": any organisation, the nearest (an acronym's too).
        (("The Federal Roads Administration (FRA) closed the bridge. The agency said repairs "
          "would take a week."), "The agency", "Federal Roads Administration"),
        (("Harbour United dismissed its coach on Sunday. The club said a successor would be "
          "named soon."), "The club", "Harbour United"),
        (("The U.S. Embassy in Oslo closed on Monday. The embassy said it would reopen on "
          "Friday."), "The embassy", "U.S. Embassy"),
        # "Org of Department": the whole name, not its last word.
        (("The Ministry of Foreign Affairs summoned the envoy. The ministry said the remarks "
          "were unacceptable."), "The ministry", "Ministry of Foreign Affairs"),
        # An acronym or a short name for an organisation the story named in full before.
        (('The Nordic Nations Council met in Oslo. "We agreed," the NNC said.'),
         "the NNC", "Nordic Nations Council"),
        (("Lundia News Agency reported the fire on Monday. Lundia said the port was shut."),
         "Lundia", "Lundia News Agency"),
        # "It" before any organisation spoke: the one opening the sentence before.
        (("The Lundia Port Authority closed the harbour on Monday. It said the storm was too "
          "strong."), "It", "Lundia Port Authority"),
        # A "-based" adjective is no part of the name to match.
        (("The Organisation for Coastal Trade (OCT) cut its forecast. The Paris-based "
          "organisation said trade would slow."), "The Paris-based organisation",
         "Organisation for Coastal Trade"),
        # The organisation named after the description, in a lead above the dateline.
        (("Sanctions hurt ordinary people, the ministry said.\n\nOSLO - The Norwegian "
         "Foreign Ministry said the sanctions were unlawful."), "the ministry",
         "Norwegian Foreign Ministry"),
    ],
)  # fmt: skip
def test_organisation_description(text: str, speaker: str, name: str) -> None:
    assert _names(text, speaker)[0] == name


# Acronyms and their expansions are one entity.
@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # The letters in another order (French): Fédération Internationale de Ski.
        (("The International Ski Federation (FIS) met in Oslo. The FIS said races would go "
         "ahead."), "The FIS", "International Ski Federation"),
        (("The country's Office for Budget and Planning (OBP) published its forecast. The OBP "
         "said costs would rise."), "The OBP", "Office for Budget and Planning"),
    ],
)  # fmt: skip
def test_acronym_is_its_expansion(text: str, speaker: str, name: str) -> None:
    assert _names(text, speaker)[0] == name


@pytest.mark.parametrize(
    ("mention", "name", "description"),
    [
        # Party labels describe the person (AP: "Sen. Rand Paul, R-Ky."; "Kentucky Republican").
        ("Ohio Republican Jan Berg", "Jan Berg", "Ohio Republican"),
        ("Democrat Ana Holt", "Ana Holt", "Democrat"),
        # Hyphenated titles.
        ("NATO Secretary-General Jan Berg", "Jan Berg", "NATO Secretary-General"),
        # Name particles: Dutch "ten", Italian "di".
        ("club manager Erik ten Berg", "Erik ten Berg", "club manager"),
        # An organisation named "X of Y" stays whole; a person after it does not.
        ("the Ministry of Foreign Affairs", "Ministry of Foreign Affairs", None),
        ("Bank of Lundia Governor Ana Holt", "Ana Holt", "Bank of Lundia Governor"),
        # A party's own name stays whole.
        ("the Republican Party", "Republican Party", None),
    ],
)
def test_split_name_titles(mention: str, name: str, description: str | None) -> None:
    assert split_name(mention) == (name, description)


def test_acronym_table() -> None:
    table = mention_table("The Office for Budget and Planning (OBP) and the Lake Board (LB) met.")
    assert table.acronyms == {"OBP": "Office for Budget and Planning", "LB": "Lake Board"}


# Pronouns go to the salient person, never to a title, heading or dateline run.
@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # The subject of the paragraph before, not the official quoted two paragraphs up.
        (('"We are ready," said health official Peter Mayer.\n\nThe clinic was full.\n\n'
         "Dr Sara Quist, a surgeon at the clinic, worked through the night.\n\n"
         '"It was hard," she said.'), "she", "Sara Quist"),
        # The subject of the sentence itself: a possessive ("Berg's family").
        (('"The rules are clear," Minister Ola Dahl said on Monday.\n\nA day later, Jon '
         "Berg's family ran out of food, he told reporters."), "he", "Jon Berg"),
        # A song title in quote marks is no person.
        (('Singer Lena Moss released a record. "Blue Harbour Nights" was its first song.\n\n'
         '"It is about home," she said.'), "she", "Lena Moss"),
        # A title-case programme name is no person.
        (("Host Karl Ibsen spoke on Late Talk With Sam Reyes on Friday.\n\n"
         '"I was nervous," he said.'), "he", "Karl Ibsen"),
        # A month abbreviation without its full stop is a given name ("Jan. 5" is a date).
        (("Football coach Jan Berg signed with a club in Spain May 3. He said he was "
          "excited."), "He", "Jan Berg"),
        # An occupation opening the sentence is no part of the name.
        (("Comedian Tom Reyes appeared on Late Talk With Sam Reyes on Friday. He said the "
          "show was fun."), "He", "Tom Reyes"),
        # "Her deputy, Jon Berg": the owner, not the deputy, is who "she" is.
        (("Mayor Ana Holt opened the bridge. Her deputy, Jon Berg, was absent. She said "
          "traffic would ease."), "She", "Ana Holt"),
        # A pronoun resolved once makes its person the last speaker: "she said ... she added".
        (('Despite her doubts, Lise Dahl sent her son back to school.\n\n"He is happy," she '
          'said. "We are happy.\n\n"Things must start somewhere," she added.'), "she",
         "Lise Dahl"),
        # A surname spelt two ways in one story (transliteration): one letter apart.
        (('Ambassador Viktor Karelli met the minister. "We agree," Karolli said.'),
         "Karolli", "Viktor Karelli"),
        (("Ukrainian President Ivan Zelenskiy spoke on Monday. Zelensky said the army would "
          "hold."), "Zelensky", "Ivan Zelenskiy"),
        # "He added" continues the last speaker, whoever the sentence between is about.
        (('"We are ready," Mayor Jon Berg said. Governor Per Lund is due to visit on '
          "Friday. He added that the roads were clear."), "He", "Jon Berg"),
        # "Holt's colleague, Dr Erik Lund, agreed": the colleague, not the owner.
        (('Dr Ana Holt is a virologist in Oslo. "This virus is new," Holt told reporters. '
          "Holt's colleague, Dr Erik Lund, agreed. \"We know little,\" he said."), "he",
         "Erik Lund"),
        # A one-word name before "who" is a person's: "she" can be her.
        (("Kari Dahl leads the station. Nilsen, who runs the kitchen, says food is rationed. "
          '"We plan every meal," she explains.'), "she", "Nilsen"),
        # A heading line is no person.
        (("Farmer Nils Holm planted early this year.\n\nRelated Story Storm Warning Issued\n\n"
         '"The soil was ready," he said.'), "he", "Nils Holm"),
    ],
)  # fmt: skip
def test_pronoun_antecedent(text: str, speaker: str, name: str) -> None:
    assert _names(text, speaker)[-1] == name


def test_relative_who_after_name() -> None:
    text = (
        "Runner Kaja Lund won in 2019. The diagnosis came late, according to Lund, who says "
        "the doctor told her it was nothing."
    )
    assert "Kaja Lund" in _names(text, "who")


@pytest.mark.parametrize(
    "text",
    [
        "Lee Min-ji SEOUL (Reuters) - North Korea fired a missile, officials said.",
        "Voters in Spain May elect a new parliament, officials said.",
        "BLUE HARBOUR NIGHTS TOPS CHARTS\n\nThe song sold well, the label said.",
    ],
)
def test_dateline_and_heading_runs_are_no_people(text: str) -> None:
    names = {name for _at, name in mention_table(text).persons}
    assert not names & {"Lee Min-ji SEOUL", "Spain May", "Blue Harbour Nights"}


# Story.speakers and Speaker.gender.
_STORY = (
    "Nordic Ferry Talks Resume\n\n"
    "OSLO (Reuters) - Romanian Prime Minister Ana Holt said on Monday that talks would "
    'resume. "We are hopeful," she said.\n\n'
    "Mr Jon Berg, the mayor of Bergen, said the port was ready. The mayor added that ships "
    "were waiting.\n\n"
    "Nordic Air Airlines said flights were delayed. The company said it regretted it.\n\n"
    "The statement said passengers would be refunded."
)


def test_story_speakers() -> None:
    story = parse_story(_STORY)
    by_name = {e.name: e for e in story.speakers}
    assert by_name["Ana Holt"].kind is SpeakerKind.PERSON
    assert by_name["Ana Holt"].gender == "female"  # "she" resolves to her as a speaker
    assert by_name["Jon Berg"].gender == "male"  # the honorific "Mr"
    assert by_name["Nordic Air Airlines"].kind is SpeakerKind.ORGANISATION
    assert by_name["Nordic Air Airlines"].gender is None
    assert by_name["statement"].kind is SpeakerKind.DOCUMENT
    for entity in story.speakers:
        assert entity.mentions
        for mention in entity.mentions:
            assert story.text[mention.span.start : mention.span.end] == mention.text
        for index in entity.statements:
            speaker = story.statements[index].speaker
            assert speaker is not None
            assert (speaker.name or "").casefold() == entity.name.casefold() or (
                speaker.name is None
            )
    # Every statement's speaker is listed, with its gender on the statement too.
    listed = {i for e in story.speakers for i in e.statements}
    assert listed == {i for i, s in enumerate(story.statements) if s.speaker is not None}
    genders = {s.speaker.name: s.speaker.gender for s in story.statements if s.speaker}
    assert genders["Ana Holt"] == "female"
    assert genders["Jon Berg"] == "male"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A one-word name with a role noun is a person; without one, an organisation or place.
        ("OSLO (Reuters) - Pop singer Lumi said the tour was over.", "Lumi", SpeakerKind.PERSON),
        ("OSLO (Reuters) - Beijing said the talks were useful.", "Beijing",
         SpeakerKind.ORGANISATION),
        ("OSLO (Reuters) - Analysts said the deal was good.", "Analysts", SpeakerKind.UNKNOWN),
        ("OSLO (Reuters) - A report said the deal was good.", "report", SpeakerKind.DOCUMENT),
    ],
)  # fmt: skip
def test_speaker_kind(text: str, name: str, kind: SpeakerKind) -> None:
    [entity] = parse_story(text).speakers
    assert (entity.name, entity.kind) == (name, kind)


def test_gender_never_from_first_names() -> None:
    """No honorific, role noun or pronoun: no gender, whatever the first name."""
    story = parse_story("OSLO (Reuters) - Maria Lind said the port was ready.")
    assert [e.gender for e in story.speakers] == [None]


def test_speakers_round_trip_json() -> None:
    story = parse_story(_STORY)
    assert story.speakers
    assert Story.from_dict(story.to_dict()) == story


# Hypothesis: names are made of the story's words, within one line, never a heading.
_WORDS = ["Ana", "Holt", "Mayor", "The", "Prime", "Minister", "said", "she", "he", "Mr", "the",
          "mayor", "company", "Nordic", "Air", "Airlines", "(NA)", ",", ".", "\n", "\n\n", '"',
          "“", "”", "talks", "would", "resume", "OSLO", "(Reuters)", "-", "May", "Spain",
          "Late", "Talk", "With", "according", "to", "who", "its", "leader",
          "Romanian"]  # fmt: skip


def _in_one_line(name: str, text: str) -> bool:
    """Whether every word of *name* occurs in one line of *text* (as a word or a part)."""
    return any(all(word in line for word in name.split()) for line in text.splitlines())


_TITLES_ONLY = {"prime minister", "minister", "president", "the prime minister", "mayor"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_names_are_words_of_one_line(text: str) -> None:
    """No name is a title alone, crosses a line break or holds a word not in the story."""
    story = parse_story(text)
    find = find_statements(text)
    named = [s.speaker.name for s in (*story.statements, *find) if s.speaker and s.speaker.name]
    # An entity with no name found is named by its mention ("the mayor"): not a name claim
    # (its kind comes from its head noun, so a person's kind says nothing of a name).
    named += [
        e.name
        for e in story.speakers
        if any((s := story.statements[i].speaker) and s.name for i in e.statements)
    ]
    for name in named:
        assert _in_one_line(name, text), name
        assert "\n" not in name
        assert name.casefold() not in _TITLES_ONLY, name
    for entity in story.speakers:
        assert _in_one_line(entity.name, text), entity.name
    for entity in story.speakers:
        for mention in entity.mentions:
            assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize(
    "text",
    [
        # A name split over two lines is read from one line only.
        "The World Health\nOrganisation (WHO) met. The WHO said cases rose.",
        "Oslo mayor Ana\nHolt said the port was ready.",
        # A headline in capitals and title case names no one.
        (
            "STORM HITS PORT OF GDANSK\n\nPort Director Says Damage Is Heavy\n\nA storm hit, "
            "the port said."
        ),
    ],
)
def test_names_never_cross_lines(text: str) -> None:
    for statement in find_statements(text):
        if statement.speaker and statement.speaker.name:
            assert _in_one_line(statement.speaker.name, text), statement.speaker.name


def _long(size: int) -> str:
    unit = "Deputy Minister Ana Holt Of The Nordic Council Said ATLAS Spain May Berg "
    text = (unit * (size // len(unit) + 1))[:size]
    return text + "\n\nThe minister said talks would resume. He said so."


def _many_descriptions(size: int) -> str:
    """Many organisations, acronyms, roles and descriptions that look them up."""
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        code = f"{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}{chr(65 + n // 676 % 26)}"
        words = " ".join(f"{c}x" for c in code)
        piece = (
            f"The {words} Agency ({code}) met. The agency said talks went well. "
            f"Mayor Ana {code.title()}son said so. The mayor said she agreed. "
        )
        parts.append(piece)
        total += len(piece)
        n += 1
    return "".join(parts)


def test_mention_table_linear_time() -> None:
    """A long file of capitalised runs, acronyms and descriptions does not go quadratic."""
    assert_linear_time(lambda t: mention_table(t + " "), _long, 30_000)
    assert_linear_time(find_statements, _long, 30_000)
    assert_linear_time(find_statements, _many_descriptions, 20_000)
    assert_linear_time(lambda t: parse_story(t).speakers, _many_descriptions, 20_000)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # An unnamed speaker is known by its head noun (AP style: "the ministry said").
        ("The harbour authority said repairs would take months.", "organisation"),
        ("The ministry said the talks would resume.", "organisation"),
        ("A spokeswoman said the plant was safe.", "person"),
        ("The statement said the plant was safe.", "document"),
    ],
)
def test_unnamed_speakers_kind_by_head_noun(text: str, kind: str) -> None:
    """An unnamed speaker is an organisation, a person or a document by its head noun."""
    story = parse_story(text)
    assert [entity.kind.value for entity in story.speakers] == [kind]


@pytest.mark.parametrize(
    ("text", "builds"),
    [
        # Unnamed speakers that are no person: a document, an organisation, a group.
        ("Prices will rise, the statement said. Exports fell, the ministry said.", False),
        # An unnamed person ("a spokeswoman") and a named one need the table.
        ("Prices will rise, a spokeswoman said.", True),
        ("Prices will rise, Ana Holt said.", True),
    ],
)
def test_speaker_list_builds_the_table_only_when_it_reads_it(text: str, builds: bool) -> None:
    """The speaker list reads the mention table only for named or person speakers."""
    from wirestory._speaker_list import list_speakers  # noqa: PLC0415  (a private helper)

    statements = find_statements(text)
    assert statements
    mention_table.cache_clear()
    list_speakers(text, statements)
    assert (mention_table.cache_info().misses > 0) is builds
