"""Organisations that appear in photo credits, and the words that mark one, as data.

:mod:`wirestory._credits` tells the people in a credit line from the organisations with these
tables (plus the agency registry of :mod:`wirestory._agency_table`) and with the line's own
structure. Nothing here is parsing logic.

Sources: the credit lines the agencies and publishers print themselves (Getty Images'
"Name/AFP via Getty Images", Reuters' "REUTERS/Name", AP's "(AP Photo/Name)", USA TODAY's
"Name-USA TODAY Sports", the Guardian's "Photograph: Name/Agency", the Straits Times'
"ST PHOTO: NAME") and the picture desks' supplier lists (IPTC photo metadata "Credit Line"
examples, agency "about" pages).
"""

from __future__ import annotations

__all__ = [
    "ANONYMOUS_PHOTOGRAPHERS",
    "NAME_PARTICLES",
    "ORG_WORDS",
    "PHOTO_ORGS",
]

#: Photo agencies, distributors, publishers, broadcasters and platforms credited on pictures,
#: as they write themselves. Matched case-insensitively with inner whitespace collapsed; the
#: news agencies of the registry (``lookup_agency``) count as well and are not repeated here.
PHOTO_ORGS: tuple[str, ...] = (
    # -- picture agencies and their brands --------------------------------------------------
    "Getty Images", "Getty", "Getty images", "WireImage", "FilmMagic", "Redferns",
    "Hulton Archive", "Hulton-Deutsch Collection", "Corbis", "Sygma", "Bettmann",
    "Gamma-Rapho", "Gamma", "Rapho", "Archive Photos", "Moment", "iStock", "iStockphoto",
    "EPA", "epa", "EPA-EFE", "EFE", "European Pressphoto Agency",
    "Alamy", "Alamy Stock Photo", "Alamy Live News",
    "Shutterstock", "Rex", "REX", "Rex Features", "Rex Shutterstock", "REX Shutterstock",
    "AP Images", "Invision", "Action Images", "Reuters TV",
    "Sipa", "Sipa Press", "Sipa USA", "SIPA", "ZUMA", "Zuma", "ZUMA Press", "ZUMA Wire",
    "ZUMA Press Wire", "ZUMAPRESS.com", "Bloomberg", "NurPhoto", "LightRocket", "SOPA Images",
    "Anadolu", "Anadolu Agency", "AA", "Xinhua", "Kyodo", "Kyodo News", "Yonhap", "KCNA",
    "KNS", "Jiji", "Jiji Press", "PA", "PA Wire", "PA Images", "PA Archive", "PA Media",
    "PA ARCHIVE IMAGES", "dpa", "picture alliance", "picture-alliance", "AAP", "AAP Image",
    "Barcroft Media", "Barcroft Images", "Splash News", "Splash", "Demotix", "Imagn",
    "USA TODAY Sports", "USA Today Sports", "USA TODAY NETWORK", "USA Today Network",
    "Allstar", "Everett", "Everett Collection", "Kobal", "The Kobal Collection",
    "Magnum", "Magnum Photos", "VII", "Panos", "Panos Pictures", "Polaris", "Redux",
    "Bridgeman", "Bridgeman Images", "Mary Evans", "Mary Evans Picture Library", "TopFoto",
    "Camera Press", "Eyevine", "Avalon", "Photoshot", "Cover Images", "SWNS", "Mercury Press",
    "Abaca", "Abaca Press", "Backgrid", "MEGA", "Bauer-Griffin", "GC Images", "Icon Sportswire",
    "Icon Sport", "Offside", "Sportsphoto", "Sportsphoto Ltd", "BPI", "Action Plus",
    "Colorsport", "ProSports", "Cal Sport Media", "CSM", "Insidefoto", "LaPresse", "Belga",
    "ANP", "Ritzau Scanpix", "Scanpix", "NTB", "NTB Scanpix", "TT", "TT News Agency",
    "Lehtikuva", "Agencja Gazeta", "Pixsell", "Keystone", "ddp", "Panoramic", "Maxppp",
    "Hans Lucas", "Photo12", "Aurimages", "Bestimage", "VCG", "Visual China Group",
    "ChinaFotoPress", "China Foto Press", "Imaginechina", "Costfoto", "Feature China",
    "CNP", "Consolidated News Photos", "MediaPunch", "UPI", "Newscom", "Pacific Press",
    "Majority World", "Universal Images Group", "Heritage Images", "Science Photo Library",
    "Startraks Photo", "Apex", "Cavan Images", "Image Source", "Tetra Images", "Hero Images",
    "Xinhua Press", "KCNA via KNS", "Planet Labs", "Maxar Technologies", "Maxar",
    "Sputnik", "Kremlin", "Anadolu Images",
    # -- newspapers, magazines and broadcasters that credit their own pictures ---------------
    "The New York Times", "New York Times", "The Washington Post", "Washington Post",
    "The Boston Globe", "Los Angeles Times", "Chicago Tribune", "The Wall Street Journal",
    "The Guardian", "Guardian", "The Observer", "Observer", "The Times", "The Sunday Times",
    "The Telegraph", "Daily Mail", "The Detroit News", "Detroit Free Press",
    "The Straits Times", "ST", "BT", "TNP", "The New Paper", "Berita Harian", "BH",
    "Lianhe Zaobao", "ZB", "The Star", "South China Morning Post", "SCMP", "The Hindu",
    "Hindustan Times", "Financial Times", "FT", "Bloomberg News", "Star Tribune",
    "The Globe and Mail", "Toronto Star", "Sydney Morning Herald", "The Age", "Fairfax",
    "Tribune News Service", "TNS", "MCT", "McClatchy", "Gannett", "The Yomiuri Shimbun",
    "The Asahi Shimbun", "Asahi Shimbun", "The Mainichi", "Yomiuri", "CNN", "BBC", "NBC",
    "CBS", "ABC", "Fox", "ITV", "Sky News", "Al Jazeera", "NHK", "CCTV", "Reuters Pictures",
    # -- platforms and public bodies often credited as the source of a picture --------------
    "Instagram", "Twitter", "Facebook", "YouTube", "TikTok", "Weibo", "Telegram", "flickr",
    "Flickr", "Guardian Witness", "NASA", "ESA", "NOAA",
)  # fmt: skip

#: Words that make a credit segment an organisation ("Japan Meteorological Agency",
#: "Dulwich Picture Gallery", "Kyung Hee Elementary School"), matched case-insensitively on
#: whole words. Surnames that are also such words (Fox, Post, Star, Court) are left out.
ORG_WORDS: tuple[str, ...] = (
    "images", "image", "photos", "photography", "pictures", "picture", "photo", "press",
    "news", "newswire", "wire", "media", "agency", "agencies", "collection", "archive",
    "archives", "library", "museum", "gallery", "foundation", "institute", "institution",
    "university", "college", "school", "ministry", "department", "office", "police",
    "government", "council", "service", "services", "network", "sports", "sport", "tv",
    "television", "radio", "channel", "studios", "studio", "films", "entertainment",
    "records", "inc", "ltd", "llc", "gmbh", "plc", "corp", "corporation", "company",
    "group", "club", "fc", "association", "society", "commission", "authority", "army",
    "navy", "forces", "command", "embassy", "presidency", "palace", "parliament", "times",
    "journal", "herald", "tribune", "globe", "gazette", "daily", "chronicle", "magazine",
    "team", "collaboration", "telescope", "observatory", "hospital", "centre", "center",
    "project", "organization", "organisation", "committee", "campaign", "witness",
    "productions", "features", "syndication", "stock", "alliance", "athletics", "federation",
    "league", "union", "zoo", "ai", "pr", "bros", "brothers", "pictures", "handout",
    "screengrab", "screenshot", "shimbun", "stiftung", "agence", "agencia", "pool",
)  # fmt: skip

#: Lower-case words that belong inside personal names ("Munir uz Zaman", "Tim de Waele",
#: "Alaa al-Shemaree") and so do not make a segment an organisation.
NAME_PARTICLES: tuple[str, ...] = (
    "de", "del", "della", "der", "den", "des", "di", "da", "do", "dos", "das", "du", "la",
    "le", "van", "von", "ter", "ten", "zu", "y", "e", "uz", "ul", "bin", "binti", "bint",
    "al", "el", "ibn", "st", "mc", "mac", "af", "av",
)  # fmt: skip

#: Words that stand for an unnamed photographer and are credited in the photographer's slot
#: ("REUTERS/Stringer", "STR/AFP/Getty Images").
ANONYMOUS_PHOTOGRAPHERS: tuple[str, ...] = ("Stringer", "STRINGER", "STR", "Str", "Staff")
