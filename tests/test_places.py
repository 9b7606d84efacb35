"""Place normalisation: ISO codes for dateline places, and the generated table's freshness."""

from __future__ import annotations

import importlib.util
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import pytest

from wirestory._places import (
    city_codes,
    country_code,
    is_known_city,
    place_codes,
    place_key,
    qualifier_slot,
    region_code,
)

ROOT = Path(__file__).resolve().parent.parent

PLACES: list[tuple[tuple[str, str | None, str | None], tuple[str | None, str | None]]] = [
    # README doctest: Reuters "DUSHANBE (Reuters) -"
    (("DUSHANBE", None, None), ("TJ", None)),
    # AP state abbreviations (AP Stylebook "state names"): "ATLANTA, Ga.", "RENO, Nev."
    (("ATLANTA", "Ga.", None), ("US", "US-GA")),
    (("RENO", "Nev.", None), ("US", "US-NV")),
    (("COMMACK", "N.Y.", None), ("US", "US-NY")),
    (("NITRO", "W.Va.", None), ("US", "US-WV")),
    (("BLUEFIELD", "W. Va.", None), ("US", "US-WV")),
    # postal codes and capitals in 1987 copy (Reuters-21578 "MINNETONKA, MINN.", "North
    # Brunswick, NJ", "ANGLETON, Tex.")
    (("MINNETONKA", "MINN.", None), ("US", "US-MN")),
    (("North Brunswick", "NJ", None), ("US", "US-NJ")),
    (("ANGLETON", "Tex.", None), ("US", "US-TX")),
    # full state names (AP: "AMES, Iowa", CNN: "Vacaville, California")
    (("AMES", "Iowa", None), ("US", "US-IA")),
    (("Vacaville", "California", None), ("US", "US-CA")),
    # Canadian provinces, AP abbreviations and names (AG News "ST. CATHARINES, Ont. (CP)",
    # Reuters-21578 "VANCOUVER, British Columbia", "KINDERSLEY, SASK.")
    (("ST. CATHARINES", "Ont.", None), ("CA", "CA-ON")),
    (("TROIS-RIVIERES", "Que.", None), ("CA", "CA-QC")),
    (("VANCOUVER", "British Columbia", None), ("CA", "CA-BC")),
    (("KINDERSLEY", "SASK.", None), ("CA", "CA-SK")),
    (("PORTAPIQUE", "NOVA SCOTIA", None), ("CA", "CA-NS")),
    # countries as datelines write them (AP "BAGHDAD, Iraq", CNN "LONDON, England",
    # Reuters-21578 "ESCHBORN, West Germany", "GRONINGEN, the Netherlands")
    (("BAGHDAD", None, "Iraq"), ("IQ", None)),
    (("LONDON", None, "England"), ("GB", "GB-ENG")),
    (("ESCHBORN", None, "West Germany"), ("DE", None)),
    (("GRONINGEN", None, "the Netherlands"), ("NL", None)),
    (("SEOUL", None, "South Korea"), ("KR", None)),
    (("KENOSHA", None, "UNITED STATES"), ("US", None)),
    (("Washington", "DC", "United States"), ("US", "US-DC")),
    # stand-alone cities (AP Stylebook "datelines"; national capitals)
    (("WASHINGTON", None, None), ("US", "US-DC")),
    (("NEW YORK", None, None), ("US", "US-NY")),
    (("BEIJING", None, None), ("CN", None)),
    (("Kuala Lumpur", None, None), ("MY", None)),
    (("N'DJAMENA", None, None), ("TD", None)),
    (("SAO PAULO", None, None), ("BR", None)),
    (("São Paulo", None, None), ("BR", None)),
    # a place written as a country (wire_ledes "AUSTRALIA —", "SINGAPORE -")
    (("AUSTRALIA", None, None), ("AU", None)),
    (("SINGAPORE", None, None), ("SG", None)),
    # US state capitals come from the ``us`` package (Reuters-21578 "TALLAHASSEE, Fla.")
    (("TALLAHASSEE", None, None), ("US", "US-FL")),
    # multi-city datelines: a country code only when all cities share it
    (("BEIJING/SEOUL", None, None), (None, None)),
    (("TOKYO/OSAKA", None, None), ("JP", None)),
    # unknowns stay unknown (TASS "IGORA /Leningrad Region/"; wire_ledes "OFER PRISON")
    (("IGORA", "Leningrad Region", None), (None, None)),
    (("KOKOMO", None, None), (None, None)),
    (("", None, None), (None, None)),
]


@pytest.mark.parametrize(("place", "codes"), PLACES)
def test_place_codes(
    place: tuple[str, str | None, str | None], codes: tuple[str | None, str | None]
) -> None:
    """Places as written get the ISO 3166 codes a reader expects."""
    assert place_codes(*place) == codes


SLOTS: list[tuple[str, str, str]] = [
    # the qualifier after a city: a state/province or a country (AP Stylebook "datelines")
    ("ATLANTA", "Ga.", "region"),
    ("BAGHDAD", "Iraq", "country"),
    ("LONDON", "England", "country"),
    ("TBILISI", "Georgia", "country"),
    ("MACON", "Georgia", "region"),
    ("OFER PRISON", "West Bank", "country"),
    ("GEORGETOWN", "Grand Cayman", "region"),
]


@pytest.mark.parametrize(("city", "qualifier", "slot"), SLOTS)
def test_qualifier_slot(city: str, qualifier: str, slot: str) -> None:
    """Georgia is a country after Tbilisi and a state elsewhere; unknowns are regions."""
    assert qualifier_slot(city, qualifier) == slot


def test_lookups() -> None:
    """The single look-ups agree with the table and ignore case, accents and dots."""
    assert place_key("Québec") == "quebec"
    assert country_code("Russia") == "RU"
    assert country_code("Republic of Korea") == "KR"
    assert region_code("P.E.I.") == "CA-PE"
    assert region_code("Narnia") is None
    assert city_codes("Jerusalem") == (None, None)
    assert is_known_city("Jerusalem")
    assert is_known_city("US")
    assert not is_known_city("US", countries=False)
    assert not is_known_city("")


def _load_generator() -> ModuleType:
    pytest.importorskip("pycountry")
    pytest.importorskip("us")
    path = ROOT / "scripts" / "generate_place_table.py"
    spec = importlib.util.spec_from_file_location("generate_place_table", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_table_is_fresh() -> None:
    """The committed table is what the generator makes from the installed pycountry and us."""
    generator = _load_generator()
    committed = (ROOT / "src" / "wirestory" / "_place_table.py").read_text(encoding="utf-8")
    made_with = f"# Made with pycountry {version('pycountry')} and us {version('us')}."
    if made_with not in committed:
        pytest.skip("the table was made with other versions of pycountry and us")
    assert generator.render() == committed


def test_generator_key_matches_library() -> None:
    """The generator and the library normalise place names the same way."""
    generator = _load_generator()
    for name in ("N.Y.", "São Paulo", "W. Va.", "Côte d'Ivoire", "N'Djamena"):
        assert generator.place_key(name) == place_key(name)
