"""Photo credits desk by desk (issue 15, issue 19): one table per desk, invented names.

Each row cites where the convention is documented or seen; the names are invented in the
desk's shape, never copied from the evaluation data. See docs/explanation/photo-desks.md.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from tests.conftest import assert_linear_time, repeat_to

from wirestory import PhotoCredit, parse_caption, parse_photo_credit
from wirestory._credit_parts import PART_RULES, part_rule
from wirestory.strategies._credits import LEXICON_SOURCES, PHOTO_SOURCES, photo_credits

P, H, F = "pool", "handout", "file"

#: (desk, caption with credit, credit text, photographers, sources, distributor, flags, where)
DESKS: list[Any] = [
    # Reuters: "REUTERS/Name", "/File Photo", "via REUTERS", "TPX IMAGES OF THE DAY"
    # (Reuters Handbook of Journalism, pictures; TPX: Reuters' top-pictures tag, issue 15).
    ("reuters", "Fans cheer in Lyon, France, May 3, 2021. REUTERS/Tomas Reyk",
     "REUTERS/Tomas Reyk", ("Tomas Reyk",), ("REUTERS",), None, set(), "Reuters handbook"),
    ("reuters", "A crane at a port. REUTERS/Tomas Reyk/File Photo",
     "REUTERS/Tomas Reyk/File Photo", ("Tomas Reyk",), ("REUTERS",), None, {F}, "issue 15"),
    ("reuters", "Crowds gather in Oslo, May 3, 2021. REUTERS/Tomas Reyk TPX IMAGES OF THE DAY",
     "REUTERS/Tomas Reyk", ("Tomas Reyk",), ("REUTERS",), None, set(), "issue 15"),
    ("reuters", "Workers assemble phones. orchidpix via REUTERS",
     "orchidpix via REUTERS", (), ("orchidpix", "REUTERS"), "REUTERS", set(),
     "issue 15: lower-case providers ('imagechina via REUTERS', 'cnsphoto via REUTERS')"),
    ("reuters", ('A rainbow over Lima, Peru, May 4, 2019. REUTERS/Ivo Alvar/File Photo SEARCH '
     '"GLOBAL POY" FOR THIS STORY. SEARCH "REUTERS POY" FOR ALL BEST OF 2019 PACKAGES. TPX '
     "IMAGES OF THE DAY."), "REUTERS/Ivo Alvar/File Photo", ("Ivo Alvar",), ("REUTERS",), None,
     {F}, "Reuters pictures of the year 2019 (huffingtonpost.kr, 2019-12-18)"),
    ("reuters", "A mother rests in Agats, Indonesia. Antara Foto/M Budi Santo/ via REUTERS",
     "Antara Foto/M Budi Santo/ via REUTERS", ("M Budi Santo",), ("Antara Foto", "REUTERS"),
     "REUTERS", set(), "reuters.com Editor's Choice Pictures, 2018-01-23"),
    ("reuters", "Smoke rises over the port. Social media via REUTERS",
     "Social media via REUTERS", (), ("Social media", "REUTERS"), "REUTERS", set(),
     "Reuters credits for pictures from social media (as 'imagechina via REUTERS')"),
    # The New York Times: "Name for The New York Times" (a freelance on assignment).
    ("nyt", "Voters queue in Macon, Ga. Iris Dunmore for The New York Times",
     "Iris Dunmore for The New York Times", ("Iris Dunmore",), ("The New York Times",), None,
     set(), "nytimes.com captions; the Guardian's 'Name for the Guardian' likewise"),
    # AP: "(AP Photo/Name, File)"; member photos "(Name/The Paper via AP)" (AP Stylebook
    # 2017, photo captions: https://gottesmanpr.com/2017/07/).
    ("ap", "A float passes by. (AP Photo/Dana Orlov, File)", "(AP Photo/Dana Orlov, File)",
     ("Dana Orlov",), ("AP",), None, {F}, "AP Stylebook"),
    ("ap", "Fans cheer. (Ana Ruel/Bayport Times-Union via AP)",
     "(Ana Ruel/Bayport Times-Union via AP)", ("Ana Ruel",), ("Bayport Times-Union", "AP"),
     "AP", set(), "AP Stylebook 2017: (Name/The Newspaper via AP)"),
    # AFP: "Name / AFP", "NAME/AFP via Getty Images", "STR/AFP" (Getty's AFP credit lines).
    ("afp", "Troops march. MARIA LOPEZ | AFP via Getty Images",
     "MARIA LOPEZ | AFP via Getty Images", ("MARIA LOPEZ",), ("AFP", "Getty Images"),
     "Getty Images", set(), "issue 15: the pipe of CNBC"),
    ("afp", "A market in Accra. STR/AFP via Getty Images", "STR/AFP via Getty Images",
     ("STR",), ("AFP", "Getty Images"), "Getty Images", set(), "issue 15: STR"),
    ("afp", "© AFP/ Luc MORANE", "© AFP/ Luc MORANE", ("Luc MORANE",), ("AFP",), None,
     set(), "issue 19: AFP's own '© AFP/ Name SURNAME'"),
    # AFP's Japanese service (AFPBB News): "…(2019年3月13日撮影)。(c)Name SURNAME / AFP".
    ("afpbb", "男性が水をくむ(2019年3月13日撮影)。(c)Fede PARRAS / AFP", "(c)Fede PARRAS / AFP",
     ("Fede PARRAS",), ("AFP",), None, set(), "afpbb.com captions, as bookmarked on hatena"),
    ("afpbb", "首脳ら(2024年6月6日撮影)。(c)Luc MORANE / POOL / AFP",
     "(c)Luc MORANE / POOL / AFP", ("Luc MORANE",), ("AFP",), None, {P},
     "afpbb.com captions, as bookmarked on hatena"),
    ("afpbb", "海軍が公開した(2023年3月13日公開)。(c)AFP PHOTO / PERUVIAN NATIONAL NAVY",
     "(c)AFP PHOTO / PERUVIAN NATIONAL NAVY", (), ("AFP", "PERUVIAN NATIONAL NAVY"), None,
     set(), "afpbb.com captions: a handout body after 'AFP PHOTO /'"),
    # EPA-EFE: "EPA-EFE/NAME" in capitals; captions open with the picture id "epa01234567".
    ("epa", "epa01234567 Supporters gather in Rome, Italy, 20 June 2019. EPA-EFE/LUCA BERTI",
     "EPA-EFE/LUCA BERTI", ("LUCA BERTI",), ("EPA-EFE",), None, set(), "issue 19"),
    ("epa", ("epaselect epa07654321 A boy waits in Chantilly, Virginia, USA, 01 May 2021. "
     "EPA-EFE/MIKA REYNA"), "EPA-EFE/MIKA REYNA", ("MIKA REYNA",), ("EPA-EFE",), None, set(),
     "epaimages.com photographer pages: 'epaselect epa09440847 ... EPA-EFE/NAME'"),
    ("epa", "Dancers in Atlanta, Georgia, USA, 05 May 2013. EPA/ERIK S. LESSAR",
     "EPA/ERIK S. LESSAR", ("ERIK S. LESSAR",), ("EPA",), None, set(),
     "epa.eu photo essays 2013: 'EPA/NAME S. NAME'"),
    ("efe", "Un acto en Madrid. (Foto: EFE/Juana Pardo)", "(Foto: EFE/Juana Pardo)",
     ("Juana Pardo",), ("EFE",), None, set(), "issue 19: '(Foto: EFE/X)'"),
    # dpa: "Foto: Name/dpa" (issue 19; dpa creditline fields, data README).
    ("dpa", "Der Kanzler spricht. Foto: Kai Nordmann/dpa", "Foto: Kai Nordmann/dpa",
     ("Kai Nordmann",), ("dpa",), None, set(), "issue 19"),
    ("dpa", "Ali Haddad/XinHua/dpa", "Ali Haddad/XinHua/dpa", ("Ali Haddad",),
     ("XinHua", "dpa"), None, set(), "dpa creditline (data README, ml_captions)"),
    # Getty: "Name/Getty Images", "X via Getty Images", "picture alliance via Getty Images".
    ("getty", "Skiers wait at the lift. Fjord Air via Getty Images",
     "Fjord Air via Getty Images", (), ("Fjord Air", "Getty Images"), "Getty Images", set(),
     "issue 15: 'Nordic Air via Getty Images'"),
    ("getty", "Fans wave flags. picture alliance via Getty Images",
     "picture alliance via Getty Images", (), ("picture alliance", "Getty Images"),
     "Getty Images", set(), "issue 15"),
    # Bloomberg and CNBC: "Name | Bloomberg via Getty Images".
    ("bloomberg", "Traders work. Lena Moritz | Bloomberg via Getty Images",
     "Lena Moritz | Bloomberg via Getty Images", ("Lena Moritz",),
     ("Bloomberg", "Getty Images"), "Getty Images", set(), "issue 15: CNBC's pipe"),
    # BBC: "Image copyright X Image caption ...".
    ("bbc", "Image copyright Hillside Gyms Image caption Members train",
     "Image copyright Hillside Gyms", (), ("Hillside Gyms",), None, set(), "issue 15"),
    ("bbc", "Image copyright ESA/K.Lemaire/D.Osei/Nasa Image caption A comet",
     "Image copyright ESA/K.Lemaire/D.Osei/Nasa", ("K.Lemaire", "D.Osei"), ("ESA", "Nasa"),
     None, set(), "issue 15: initials + surname"),
    # The Guardian: "Photograph: Name/Agency".
    ("guardian", "Photograph: Tess Arlow/AFP/Getty Images",
     "Photograph: Tess Arlow/AFP/Getty Images", ("Tess Arlow",), ("AFP", "Getty Images"),
     None, set(), "Guardian CMS credits"),
    ("guardian", "Photograph: Ines Vale for the Observer/Observer",
     "Photograph: Ines Vale for the Observer/Observer", ("Ines Vale for the Observer",),
     ("Observer",), None, set(), "Guardian CMS: the byline field holds 'Name for the Observer'"),
    ("guardian", "Photograph: Jon Arlo/courtesy Film Box Films",
     "Photograph: Jon Arlo/courtesy Film Box Films", ("Jon Arlo",),
     ("courtesy Film Box Films",), None, set(), "Guardian CMS: the supplier's credit as written"),
    ("guardian", "Photograph: Ana Bel o Su rez/Demotix/Corbis",
     "Photograph: Ana Bel o Su rez/Demotix/Corbis", ("Ana Bel o Su rez",),
     ("Demotix", "Corbis"), None, set(), "Guardian CMS: a byline with mangled characters"),
    # Xinhua: "(Xinhua/Name)"; Chinese "新华社记者 X 摄", "新华社发（X摄）".
    ("xinhua", "Dancers perform in Beijing. (Xinhua/Zhao Lin)", "(Xinhua/Zhao Lin)",
     ("Zhao Lin",), ("Xinhua",), None, set(), "Xinhua English captions"),
    ("xinhua", "舞者在北京表演。\n新华社记者 赵林 摄", "新华社记者 赵林 摄", ("赵林",),
     ("新华社",), None, set(), "data README: trailing_line"),
    ("xinhua", "舰艇参加庆祝活动。\n新华社发（钱明摄）", "新华社发（钱明摄）", ("钱明",),
     ("新华社",), None, set(), "data README: trailing_line"),
    ("xinhua", "舞者在北京表演。\n（新华社记者 赵林 摄）", "（新华社记者 赵林 摄）", ("赵林",),
     ("新华社",), None, set(), "Xinhua's Chinese credit line, parenthesised as a whole"),
    ("people's daily", "舞者在北京表演。\n本报记者 孙悦摄", "本报记者 孙悦摄", ("孙悦",), ("本报",),
     None, set(), "Chinese papers' '本报记者 Name 摄' ('our reporter'), the same form"),
    # Japanese papers: "（ＡＰ＝共同）" source＝distributor.
    ("kyodo", "首相が会見した（ロイター＝共同）", "（ロイター＝共同）", (), ("ロイター", "共同"),
     "共同", set(), "data README: trailing"),
    # Korean agencies: "(서울=연합뉴스) 홍길동 기자 =", "[X 제공]", "(공동취재)".
    ("yonhap", "(부산=연합뉴스) 김하늘 기자 = 해변에서 해돋이를 본다. 2025.1.1",
     "(부산=연합뉴스) 김하늘 기자 =", ("김하늘",), ("연합뉴스",), None, set(),
     "data README: korean_photo"),
    ("newsis", "[서울=뉴시스] 박바다 기자 = 의원들이 회의한다. (공동취재) 2025.1.2.",
     "[서울=뉴시스] 박바다 기자 =", ("박바다",), ("뉴시스",), None, {P},
     "data README: korean_photo, (공동취재) is a pool"),
    ("korean handout", "해돋이 행사가 열렸다. [가평군 제공]", "[가평군 제공]", (), ("가평군",),
     None, {H}, "issue 19: '[X 제공]'"),
    # Pool, handout and courtesy forms.
    ("pool", "Leaders meet. Ivan Petrov/Pool via REUTERS", "Ivan Petrov/Pool via REUTERS",
     ("Ivan Petrov",), ("REUTERS",), "REUTERS", {P}, "Reuters pool credits"),
    ("handout", "A rocket lifts off. Bayside Police/Handout via REUTERS",
     "Bayside Police/Handout via REUTERS", (), ("Bayside Police", "REUTERS"), "REUTERS", {H},
     "Reuters handout credits"),
    # Organisations read by the shared lexicon (issue 15).
    ("lexicon", "Shoppers queue outside. (Picture: Dover PD)", "(Picture: Dover PD)", (),
     ("Dover PD",), None, set(), "issue 15"),
    ("lexicon", "A ferry docks. (Photo: Lakeside Daily-Herald)",
     "(Photo: Lakeside Daily-Herald)", (), ("Lakeside Daily-Herald",), None, set(), "issue 15"),
    ("lexicon", "PHOTO: HARBOUR POINT MALL", "PHOTO: HARBOUR POINT MALL", (),
     ("HARBOUR POINT MALL",), None, set(), "issue 15"),
    ("japan times", "PHOTO: AFP - JIJI", "PHOTO: AFP - JIJI", (), ("AFP", "JIJI"), None,
     set(), "issue 15"),
    # A credit glued to a closing quote mark.
    ("boundary", 'A banner reads "record profits" Nora Dietz/Reuters', "Nora Dietz/Reuters",
     ("Nora Dietz",), ("Reuters",), None, set(), "issue 15"),
    ("boundary", 'A banner reads "record profits"Nora Dietz/Reuters', "Nora Dietz/Reuters",
     ("Nora Dietz",), ("Reuters",), None, set(), "issue 15"),
]  # fmt: skip


@pytest.mark.parametrize("row", DESKS, ids=[f"{row[0]}:{row[2]}" for row in DESKS])
def test_desk_table(row: tuple[Any, ...]) -> None:
    desk, caption, credit_text, photographers, sources, distributor, flags, _where = row
    credit = parse_photo_credit(caption)
    assert credit is not None, desk
    assert credit.text == credit_text
    assert caption[credit.span.start : credit.span.end] == credit.text
    assert credit.photographers == photographers
    assert credit.sources == sources
    assert credit.distributor == distributor
    assert {f for f in (P, H, F) if getattr(credit, f)} == flags


@pytest.mark.parametrize("rule", PART_RULES, ids=[rule.name for rule in PART_RULES])
def test_part_rule_examples(rule: Any) -> None:
    """Every rule decides its own examples (it is the first rule that holds for them)."""
    for example in rule.examples:
        text = example.split(" in ", 1)[0]
        desk = " in " in example
        assert part_rule(text, capitals_desk=desk) == (rule.name, rule.verdict), example


@given(photo_credits())
def test_rendered_credit_keeps_people_and_organisations_apart(
    pair: tuple[PhotoCredit, str],
) -> None:
    """Render a credit from the strategies and parse it back: no person becomes an
    organisation and no organisation a person."""
    credit, text = pair
    parsed = parse_photo_credit(text)
    assert parsed is not None
    assert set(parsed.photographers) == set(credit.photographers)
    assert set(parsed.sources) == set(credit.sources)
    assert not set(parsed.photographers) & {*PHOTO_SOURCES, *LEXICON_SOURCES}


@pytest.mark.parametrize(
    "unit",
    ["A/B/C/", "Ab Cd | ", 'x "y" Z/', "AFP - JIJI ", "新华社发（莫京娜摄）\n", "[가 제공] ",
     "(서울=연합뉴스) 홍길동 기자 = ", "（ＡＰ＝共同）", "Foto: A/"],
)  # fmt: skip
def test_new_forms_run_in_linear_time(unit: str) -> None:
    assert_linear_time(parse_photo_credit, lambda n: repeat_to(unit, n), 16_000)


#: (caption, caption text, place (city, region, country), date (day, month, year), flags):
#: dpa's "ARCHIV - dd.mm.yyyy, Country, Place: ..." heads, EPA's picture number
#: "epa01234567" (issue 19).
CAPTION_HEADS: list[Any] = [
    ("ARCHIV - 05.11.2018, USA, Norfolk: Ein Frachter liegt im Hafen. Foto: Ina Brandt/dpa",
     "05.11.2018, USA, Norfolk: Ein Frachter liegt im Hafen.", ("Norfolk", None, "USA"),
     (5, 11, 2018), {F}),
    ("14.03.2020, Bayern, Passau: Ein Boot treibt. Foto: -/Wasserwacht/dpa",
     "14.03.2020, Bayern, Passau: Ein Boot treibt.", ("Passau", "Bayern", None),
     (14, 3, 2020), set()),
    ("02.02.2021, Hamburg: Menschen gehen spazieren. Foto: Kai Nordmann/dpa",
     "02.02.2021, Hamburg: Menschen gehen spazieren.", ("Hamburg", None, None),
     (2, 2, 2021), set()),
    ("epaselect epa01234567 Fans gather in Madrid, Spain, 12 May 2019. EPA-EFE/JUAN PARDO",
     "Fans gather in Madrid, Spain, 12 May 2019.", ("Madrid", None, "Spain"), (12, 5, 2019),
     set()),
]  # fmt: skip


@pytest.mark.parametrize("row", CAPTION_HEADS, ids=[row[1][:30] for row in CAPTION_HEADS])
def test_caption_heads(row: tuple[Any, ...]) -> None:
    text, caption_text, (city, region, country), (day, month, year), flags = row
    photo = parse_caption(text)
    assert photo is not None
    assert photo.caption is not None
    assert photo.caption.text == caption_text
    assert text[photo.caption.span.start : photo.caption.span.end] == caption_text
    place, date = photo.caption.place, photo.caption.date
    assert place is not None
    assert (place.city, place.region, place.country) == (city, region, country)
    assert date is not None
    assert (date.day, date.month, date.year) == (day, month, year)
    assert photo.credit is not None
    assert {f for f in (P, H, F) if getattr(photo.credit, f)} == flags
    assert "-" not in photo.credit.sources  # dpa's placeholder names no one


def test_reuters_tags_stay_out_of_the_caption() -> None:
    text = (
        "Lima, May 4, 2019. REUTERS/Ivo Alvar/File Photo "
        'SEARCH "GLOBAL POY" FOR THIS STORY. SEARCH "REUTERS POY" FOR ALL BEST OF 2019 '
        "PACKAGES. TPX IMAGES OF THE DAY."
    )
    photo = parse_caption(text)
    assert photo is not None
    assert photo.caption is not None
    assert photo.caption.text == "Lima, May 4, 2019."
