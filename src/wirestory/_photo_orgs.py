"""Organisations that appear in photo credits, and the words that mark one, as data.

:mod:`wirestory._credits` tells the people in a credit line from the organisations with these
tables (plus the agency registry of :mod:`wirestory._agency_table`) and with the line's own
structure. The words that make a name an organisation's ("Images", "Ministry", "Times") are
the shared lexicon of :mod:`wirestory._lexicon`. Nothing here is parsing logic.

Sources: the credit lines the agencies and publishers print themselves (Getty Images'
"Name/AFP via Getty Images", Reuters' "REUTERS/Name", AP's "(AP Photo/Name)", USA TODAY's
"Name-USA TODAY Sports", the Guardian's "Photograph: Name/Agency", the Straits Times'
"ST PHOTO: NAME") and the picture desks' supplier lists (IPTC photo metadata "Credit Line"
examples, agency "about" pages).
"""

from __future__ import annotations

__all__ = [
    "ANONYMOUS_PHOTOGRAPHERS",
    "CJK_PHOTO_ORGS",
    "NAME_PARTICLES",
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
    "ChinaFotoPress", "China Foto Press", "Imaginechina", "cnsphoto", "Costfoto", "Feature China",
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

#: Organisations that East Asian captions credit in their own scripts: Kyodo (共同),
#: Jiji (時事), Reuters (ロイター), Xinhua (新华社, 新華社), China News Service (中新社),
#: Yonhap (연합뉴스, 聯合), Newsis (뉴시스) and News1 (뉴스1):
#: "（ロイター＝共同）", "新华社发（莫京娜摄）", "(서울=연합뉴스) 홍길동 기자 =".
CJK_PHOTO_ORGS: tuple[str, ...] = (
    "共同", "共同通信", "時事", "時事通信", "ロイター", "ゲッティ", "新華社", "新华社", "中新社",
    "中国新闻社", "人民网", "人民日报", "聯合", "연합뉴스", "뉴시스", "뉴스1", "연합뉴스TV",
)  # fmt: skip
