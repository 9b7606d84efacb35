"""Generate ``src/wirestory/_place_table.py`` from ``pycountry`` and ``us``.

Run from the project root (needs the ``data`` dependency group)::

    python scripts/generate_place_table.py

What comes from the libraries (never typed by hand here):

- country names: ``pycountry.countries`` ``name``, ``official_name`` and ``common_name``, with
  the ISO "Name, Qualifier of" form also inverted ("Korea, Republic of" -> "Republic of Korea")
  and a leading "the" dropped; withdrawn ISO 3166-3 names from ``pycountry.historic_countries``;
- US states, DC and territories: ``us.states`` ``name``, postal ``abbr`` and AP ``ap_abbr``
  ("Ga.", "Calif.", "N.Y."), and each state's ``capital`` as a known city;
- Canadian provinces and territories, Australian states, the four UK nations: subdivision names
  and codes from ``pycountry.subdivisions`` (the code's suffix is also the postal abbreviation).

What no library holds, so it is curated below, each table commented with its source: AP
abbreviations of Canadian provinces, older (GPO) US state abbreviations still seen in 1980s
copy, English country names that ISO does not use ("Britain", "Russia", "West Germany"), and
the capitals and big cities that stand alone in datelines.

Keys are normalised by :func:`wirestory._places.place_key` (accents and everything but letters
dropped, case folded), so "N.Y.", "NY" and "n. y." share a key.
"""

from __future__ import annotations

import importlib.metadata
import sys
import unicodedata
from pathlib import Path

import pycountry
import us

OUT = Path(__file__).resolve().parent.parent / "src" / "wirestory" / "_place_table.py"


def place_key(text: str) -> str:
    """Return the look-up key of a place name (same rule as ``wirestory._places.place_key``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalpha()).casefold()


# -- curated: AP Stylebook abbreviations of Canadian provinces ("Ont.", "B.C."); AP Stylebook,
#    entry "Canada" / "datelines". Codes are ISO 3166-2 (checked against pycountry below).
CANADIAN_AP_ABBREVIATIONS: dict[str, str] = {
    "Alta.": "CA-AB",
    "B.C.": "CA-BC",
    "Man.": "CA-MB",
    "N.B.": "CA-NB",
    "Nfld.": "CA-NL",
    "Newfoundland": "CA-NL",
    "N.S.": "CA-NS",
    "N.W.T.": "CA-NT",
    "Ont.": "CA-ON",
    "P.E.I.": "CA-PE",
    "Que.": "CA-QC",
    "Québec": "CA-QC",
    "Sask.": "CA-SK",
}

# -- curated: US state abbreviations of the GPO style that 1980s wire copy used where AP now
#    writes the full name or another form (Reuters-21578: "ANGLETON, Tex.", "MINNETONKA, Minn.").
OLD_US_ABBREVIATIONS: dict[str, str] = {
    "Tex.": "US-TX",
    "Penn.": "US-PA",
    "Penna.": "US-PA",
    "Wisc.": "US-WI",
    "Cal.": "US-CA",
    "Oreg.": "US-OR",
    "Nebr.": "US-NE",
    "N. Dak.": "US-ND",
    "S. Dak.": "US-SD",
    "N. Mex.": "US-NM",
    "Ida.": "US-ID",
    "Wash. D.C.": "US-DC",
    "Washington, D.C.": "US-DC",
}

# -- curated: English country names in wire use that ISO 3166 does not list (AP Stylebook
#    country entries; Reuters-21578 "West Germany"; the UK nations are subdivisions below).
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "Britain": "GB",
    "Great Britain": "GB",
    "U.K.": "GB",
    "UK": "GB",
    "Russia": "RU",
    "Soviet Union": "SU",
    "USSR": "SU",
    "West Germany": "DE",
    "East Germany": "DD",
    "Holland": "NL",
    "Ivory Coast": "CI",
    "Burma": "MM",
    "Vatican": "VA",
    "Vatican City": "VA",
    "Macau": "MO",
    "Bosnia": "BA",
    "Bosnia-Herzegovina": "BA",
    "Czech Republic": "CZ",
    "Macedonia": "MK",
    "Swaziland": "SZ",
    "Cape Verde": "CV",
    "East Timor": "TL",
    "Palestine": "PS",
    "Gaza": "PS",
    "Gaza Strip": "PS",
    "West Bank": "PS",
    "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD",
    "Republic of Congo": "CG",
    "Zaire": "CD",
    "Micronesia": "FM",
    "Brunei": "BN",
    "Turkey": "TR",
    "Yugoslavia": "YU",
    "Czechoslovakia": "CS",
}

# -- curated: cities that stand alone in datelines, with ISO codes. Sources: the AP Stylebook
#    "datelines" entry (30 US cities, the international list), national capitals (CIA World
#    Factbook, "capital" field), the largest cities of wire datelines (Reuters, AFP, Xinhua).
#    ``None`` as a country code: a dateline place with no single ISO country (UNITED NATIONS,
#    JERUSALEM, whose status the AP and Reuters style guides leave open).
STANDALONE_CITIES: dict[str, tuple[str | None, str | None]] = {
    # AP Stylebook, US cities that stand alone
    "Atlanta": ("US", "US-GA"),
    "Baltimore": ("US", "US-MD"),
    "Boston": ("US", "US-MA"),
    "Chicago": ("US", "US-IL"),
    "Cincinnati": ("US", "US-OH"),
    "Cleveland": ("US", "US-OH"),
    "Dallas": ("US", "US-TX"),
    "Denver": ("US", "US-CO"),
    "Detroit": ("US", "US-MI"),
    "Honolulu": ("US", "US-HI"),
    "Houston": ("US", "US-TX"),
    "Indianapolis": ("US", "US-IN"),
    "Las Vegas": ("US", "US-NV"),
    "Los Angeles": ("US", "US-CA"),
    "Miami": ("US", "US-FL"),
    "Milwaukee": ("US", "US-WI"),
    "Minneapolis": ("US", "US-MN"),
    "New Orleans": ("US", "US-LA"),
    "New York": ("US", "US-NY"),
    "Oklahoma City": ("US", "US-OK"),
    "Philadelphia": ("US", "US-PA"),
    "Phoenix": ("US", "US-AZ"),
    "Pittsburgh": ("US", "US-PA"),
    "St. Louis": ("US", "US-MO"),
    "Salt Lake City": ("US", "US-UT"),
    "San Antonio": ("US", "US-TX"),
    "San Diego": ("US", "US-CA"),
    "San Francisco": ("US", "US-CA"),
    "Seattle": ("US", "US-WA"),
    "Washington": ("US", "US-DC"),
    # Other large US and Canadian dateline cities (Reuters, Bloomberg)
    "Austin": ("US", "US-TX"),
    "Charlotte": ("US", "US-NC"),
    "Portland": ("US", "US-OR"),
    "Orlando": ("US", "US-FL"),
    "Tampa": ("US", "US-FL"),
    "Nashville": ("US", "US-TN"),
    "Sacramento": ("US", "US-CA"),
    "Silicon Valley": ("US", "US-CA"),
    "San Jose": ("US", "US-CA"),
    "Wall Street": ("US", "US-NY"),
    "Cape Canaveral": ("US", "US-FL"),
    "Vancouver": ("CA", "CA-BC"),
    "Calgary": ("CA", "CA-AB"),
    "Winnipeg": ("CA", "CA-MB"),
    "Halifax": ("CA", "CA-NS"),
    # AP Stylebook, international cities that stand alone
    "Baghdad": ("IQ", None),
    "Bangkok": ("TH", None),
    "Beijing": ("CN", None),
    "Beirut": ("LB", None),
    "Berlin": ("DE", None),
    "Brussels": ("BE", None),
    "Cairo": ("EG", None),
    "Djibouti": ("DJ", None),
    "Dublin": ("IE", None),
    "Geneva": ("CH", None),
    "Gibraltar": ("GI", None),
    "Guatemala City": ("GT", None),
    "Havana": ("CU", None),
    "Helsinki": ("FI", None),
    "Hong Kong": ("HK", None),
    "Islamabad": ("PK", None),
    "Istanbul": ("TR", None),
    "Jerusalem": (None, None),
    "Johannesburg": ("ZA", None),
    "Kabul": ("AF", None),
    "Kuwait City": ("KW", None),
    "London": ("GB", "GB-ENG"),
    "Luxembourg": ("LU", None),
    "Macao": ("MO", None),
    "Madrid": ("ES", None),
    "Mexico City": ("MX", None),
    "Monaco": ("MC", None),
    "Montreal": ("CA", "CA-QC"),
    "Moscow": ("RU", None),
    "New Delhi": ("IN", None),
    "Ottawa": ("CA", "CA-ON"),
    "Panama City": ("PA", None),
    "Paris": ("FR", None),
    "Prague": ("CZ", None),
    "Quebec City": ("CA", "CA-QC"),
    "Rio de Janeiro": ("BR", None),
    "Rome": ("IT", None),
    "San Marino": ("SM", None),
    "Sao Paulo": ("BR", None),
    "São Paulo": ("BR", None),
    "Shanghai": ("CN", None),
    "Singapore": ("SG", None),
    "Stockholm": ("SE", None),
    "Sydney": ("AU", "AU-NSW"),
    "Taipei": ("TW", None),
    "Tokyo": ("JP", None),
    "Toronto": ("CA", "CA-ON"),
    "Vatican City": ("VA", None),
    "Vienna": ("AT", None),
    "Zurich": ("CH", None),
    "United Nations": (None, None),
    # National capitals (CIA World Factbook) -- Europe
    "Amsterdam": ("NL", None),
    "The Hague": ("NL", None),
    "Andorra la Vella": ("AD", None),
    "Athens": ("GR", None),
    "Belgrade": ("RS", None),
    "Bern": ("CH", None),
    "Berne": ("CH", None),
    "Bratislava": ("SK", None),
    "Bucharest": ("RO", None),
    "Budapest": ("HU", None),
    "Chisinau": ("MD", None),
    "Copenhagen": ("DK", None),
    "Edinburgh": ("GB", "GB-SCT"),
    "Cardiff": ("GB", "GB-WLS"),
    "Belfast": ("GB", "GB-NIR"),
    "Kiev": ("UA", None),
    "Kyiv": ("UA", None),
    "Lisbon": ("PT", None),
    "Ljubljana": ("SI", None),
    "Minsk": ("BY", None),
    "Nicosia": ("CY", None),
    "Oslo": ("NO", None),
    "Podgorica": ("ME", None),
    "Pristina": (None, None),
    "Reykjavik": ("IS", None),
    "Riga": ("LV", None),
    "Sarajevo": ("BA", None),
    "Skopje": ("MK", None),
    "Sofia": ("BG", None),
    "Tallinn": ("EE", None),
    "Tirana": ("AL", None),
    "Valletta": ("MT", None),
    "Vaduz": ("LI", None),
    "Vilnius": ("LT", None),
    "Warsaw": ("PL", None),
    "Zagreb": ("HR", None),
    # Europe, big dateline cities
    "Frankfurt": ("DE", None),
    "Munich": ("DE", None),
    "Hamburg": ("DE", None),
    "Bonn": ("DE", None),
    "Milan": ("IT", None),
    "Turin": ("IT", None),
    "Naples": ("IT", None),
    "Barcelona": ("ES", None),
    "Marseille": ("FR", None),
    "Lyon": ("FR", None),
    "Strasbourg": ("FR", None),
    "Manchester": ("GB", "GB-ENG"),
    "Glasgow": ("GB", "GB-SCT"),
    "Rotterdam": ("NL", None),
    "Antwerp": ("BE", None),
    "St. Petersburg": ("RU", None),
    "Davos": ("CH", None),
    # Former Soviet Union and Middle East
    "Tbilisi": ("GE", None),
    "Yerevan": ("AM", None),
    "Baku": ("AZ", None),
    "Astana": ("KZ", None),
    "Almaty": ("KZ", None),
    "Bishkek": ("KG", None),
    "Dushanbe": ("TJ", None),
    "Tashkent": ("UZ", None),
    "Ashgabat": ("TM", None),
    "Ankara": ("TR", None),
    "Tehran": ("IR", None),
    "Damascus": ("SY", None),
    "Amman": ("JO", None),
    "Riyadh": ("SA", None),
    "Jeddah": ("SA", None),
    "Doha": ("QA", None),
    "Manama": ("BH", None),
    "Muscat": ("OM", None),
    "Abu Dhabi": ("AE", None),
    "Dubai": ("AE", None),
    "Sanaa": ("YE", None),
    "Aden": ("YE", None),
    "Tel Aviv": ("IL", None),
    "Ramallah": ("PS", None),
    "Gaza City": ("PS", None),
    "Basra": ("IQ", None),
    "Erbil": ("IQ", None),
    # Asia and the Pacific
    "Seoul": ("KR", None),
    "Pyongyang": ("KP", None),
    "Ulaanbaatar": ("MN", None),
    "Hanoi": ("VN", None),
    "Ho Chi Minh City": ("VN", None),
    "Vientiane": ("LA", None),
    "Phnom Penh": ("KH", None),
    "Yangon": ("MM", None),
    "Rangoon": ("MM", None),
    "Naypyitaw": ("MM", None),
    "Kuala Lumpur": ("MY", None),
    "Putrajaya": ("MY", None),
    "Jakarta": ("ID", None),
    "Manila": ("PH", None),
    "Dili": ("TL", None),
    "Bandar Seri Begawan": ("BN", None),
    "Kathmandu": ("NP", None),
    "Thimphu": ("BT", None),
    "Dhaka": ("BD", None),
    "Colombo": ("LK", None),
    "Male": ("MV", None),
    "Mumbai": ("IN", None),
    "Bombay": ("IN", None),
    "Kolkata": ("IN", None),
    "Calcutta": ("IN", None),
    "Chennai": ("IN", None),
    "Bengaluru": ("IN", None),
    "Bangalore": ("IN", None),
    "Karachi": ("PK", None),
    "Lahore": ("PK", None),
    "Guangzhou": ("CN", None),
    "Shenzhen": ("CN", None),
    "Wuhan": ("CN", None),
    "Osaka": ("JP", None),
    "Canberra": ("AU", "AU-ACT"),
    "Melbourne": ("AU", "AU-VIC"),
    "Brisbane": ("AU", "AU-QLD"),
    "Perth": ("AU", "AU-WA"),
    "Wellington": ("NZ", None),
    "Auckland": ("NZ", None),
    "Suva": ("FJ", None),
    "Port Moresby": ("PG", None),
    # Africa
    "Abuja": ("NG", None),
    "Lagos": ("NG", None),
    "Accra": ("GH", None),
    "Dakar": ("SN", None),
    "Nairobi": ("KE", None),
    "Addis Ababa": ("ET", None),
    "Kampala": ("UG", None),
    "Kigali": ("RW", None),
    "Kinshasa": ("CD", None),
    "Brazzaville": ("CG", None),
    "Khartoum": ("SD", None),
    "Juba": ("SS", None),
    "Tripoli": ("LY", None),
    "Tunis": ("TN", None),
    "Algiers": ("DZ", None),
    "Rabat": ("MA", None),
    "Casablanca": ("MA", None),
    "Pretoria": ("ZA", None),
    "Cape Town": ("ZA", None),
    "Harare": ("ZW", None),
    "Lusaka": ("ZM", None),
    "Maputo": ("MZ", None),
    "Luanda": ("AO", None),
    "Windhoek": ("NA", None),
    "Gaborone": ("BW", None),
    "Dar es Salaam": ("TZ", None),
    "Dodoma": ("TZ", None),
    "Mogadishu": ("SO", None),
    "Asmara": ("ER", None),
    "Bamako": ("ML", None),
    "Niamey": ("NE", None),
    "N'Djamena": ("TD", None),
    "Ouagadougou": ("BF", None),
    "Abidjan": ("CI", None),
    "Conakry": ("GN", None),
    "Freetown": ("SL", None),
    "Monrovia": ("LR", None),
    "Yaounde": ("CM", None),
    "Libreville": ("GA", None),
    "Bangui": ("CF", None),
    "Antananarivo": ("MG", None),
    "Lilongwe": ("MW", None),
    "Bujumbura": ("BI", None),
    "Nouakchott": ("MR", None),
    "Lome": ("TG", None),
    "Cotonou": ("BJ", None),
    # The Americas
    "Buenos Aires": ("AR", None),
    "Santiago": ("CL", None),
    "Lima": ("PE", None),
    "Bogota": ("CO", None),
    "Caracas": ("VE", None),
    "Quito": ("EC", None),
    "La Paz": ("BO", None),
    "Asuncion": ("PY", None),
    "Montevideo": ("UY", None),
    "Brasilia": ("BR", None),
    "Managua": ("NI", None),
    "San Salvador": ("SV", None),
    "Tegucigalpa": ("HN", None),
    "Port-au-Prince": ("HT", None),
    "Santo Domingo": ("DO", None),
    "Kingston": ("JM", None),
    "San Juan": ("PR", None),
    "Nassau": ("BS", None),
    "Port of Spain": ("TT", None),
    "Georgetown": ("GY", None),
    "Paramaribo": ("SR", None),
    "Bridgetown": ("BB", None),
    "Belmopan": ("BZ", None),
    "Guadalajara": ("MX", None),
    "Monterrey": ("MX", None),
}


COUNTRY_CODES = frozenset(country.alpha_2 for country in pycountry.countries)
HISTORIC_CODES = frozenset(country.alpha_2 for country in pycountry.historic_countries)
SUBDIVISION_CODES = frozenset(sub.code for sub in pycountry.subdivisions)


def _clean(name: str) -> str:
    """Drop bracketed notes ("Wales [Cymru GB-CYM]") and a leading "the"."""
    name = name.split("[", 1)[0].strip()
    return name[4:] if name.casefold().startswith("the ") else name


def _inverted(name: str) -> str | None:
    """Invert an ISO name: "Korea, Republic of" -> "Republic of Korea"; else None."""
    head, sep, tail = name.partition(", ")
    if not sep or "," in tail:
        return None
    return f"{tail} {head}"


def country_names() -> dict[str, str]:
    """Country name key -> ISO 3166-1 alpha-2, from pycountry plus the curated aliases."""
    table: dict[str, str] = {}

    def add(name: str | None, code: str) -> None:
        if name:
            for form in (_clean(name), _inverted(_clean(name))):
                if form and place_key(form):
                    table.setdefault(place_key(form), code)

    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            add(getattr(country, attr, None), country.alpha_2)
    for old in pycountry.historic_countries:
        add(old.name.split(",", 1)[0], old.alpha_2)
    for name, code in COUNTRY_ALIASES.items():
        if code not in COUNTRY_CODES and code not in HISTORIC_CODES:
            raise SystemExit(f"unknown country code {code} for {name}")
        table[place_key(name)] = code
    return dict(sorted(table.items()))


def nation_names() -> dict[str, str]:
    """UK nations ("England") key -> ISO 3166-2 code; they are written as countries."""
    return {
        place_key(_clean(sub.name)): sub.code
        for sub in pycountry.subdivisions
        if sub.country_code == "GB" and sub.type in {"Country", "Province"}
    }


def region_names() -> dict[str, str]:
    """State/province name or abbreviation key -> ISO 3166-2 code."""
    table: dict[str, str] = {}
    for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
        code = f"US-{state.abbr}"
        for form in (state.name, state.abbr, state.ap_abbr):
            if form:
                table.setdefault(place_key(form), code)
    for sub in pycountry.subdivisions:
        if sub.country_code in {"CA", "AU"}:
            table.setdefault(place_key(_clean(sub.name)), sub.code)
        if sub.country_code == "CA":
            table.setdefault(place_key(sub.code.split("-")[1]), sub.code)
    for name, code in {**CANADIAN_AP_ABBREVIATIONS, **OLD_US_ABBREVIATIONS}.items():
        if code.startswith("CA-") and code not in SUBDIVISION_CODES:
            raise SystemExit(f"unknown subdivision {code}")
        table[place_key(name)] = code
    return dict(sorted(table.items()))


def city_codes() -> dict[str, tuple[str | None, str | None]]:
    """Known dateline city key -> (country code, region code)."""
    table: dict[str, tuple[str | None, str | None]] = {}
    for name, codes in STANDALONE_CITIES.items():
        country = codes[0]
        if country is not None and country not in COUNTRY_CODES:
            raise SystemExit(f"unknown country code {country} for {name}")
        table[place_key(name)] = codes
    for state in us.states.STATES:
        if state.capital:
            table.setdefault(place_key(state.capital), ("US", f"US-{state.abbr}"))
    return dict(sorted(table.items()))


def render() -> str:
    """Return the source text of the generated module."""
    lines = [
        '"""Place names and ISO codes for dateline places. GENERATED: do not edit.',
        "",
        "Regenerate with ``python scripts/generate_place_table.py`` (sources and curated tables",
        "are documented there). Keys are :func:`wirestory._places.place_key` forms.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        '__all__ = ["CITY_CODES", "COUNTRY_NAMES", "NATION_NAMES", "REGION_NAMES"]',
        "",
        f"# Made with pycountry {_version('pycountry')} and us {_version('us')}.",
        "# Country name -> ISO 3166-1 alpha-2.",
        "COUNTRY_NAMES: dict[str, str] = {",
        *(f'    "{k}": "{v}",' for k, v in country_names().items()),
        "}",
        "",
        "# UK nations, written as countries in datelines -> ISO 3166-2.",
        "NATION_NAMES: dict[str, str] = {",
        *(f'    "{k}": "{v}",' for k, v in sorted(nation_names().items())),
        "}",
        "",
        "# US states (names, postal and AP abbreviations), Canadian provinces, Australian states.",
        "REGION_NAMES: dict[str, str] = {",
        *(f'    "{k}": "{v}",' for k, v in region_names().items()),
        "}",
        "",
        "# Cities that stand alone in datelines -> (country code, region code).",
        "CITY_CODES: dict[str, tuple[str | None, str | None]] = {",
        *(f'    "{k}": ({_lit(c)}, {_lit(r)}),' for k, (c, r) in city_codes().items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def _version(distribution: str) -> str:
    return importlib.metadata.version(distribution)


def _lit(value: str | None) -> str:
    return "None" if value is None else f'"{value}"'


def main() -> int:
    """Write the table module and report its size."""
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
