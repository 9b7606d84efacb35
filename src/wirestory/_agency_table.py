"""The agency registry, as data: canonical name, short code and the other ways wires write them.

One row per agency: ``(name, code, aliases)``. ``name`` is the canonical full name, ``code``
the form used in dateline tags; ``aliases`` are further spellings seen in copy (matched
case-insensitively, so "REUTERS" needs no row of its own). Sources: each agency's own style
(its datelines and "About us" pages) and the forms seen in the evaluation corpora.
"""

from __future__ import annotations

__all__ = ["AGENCY_ROWS"]

AGENCY_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # -- global wires ------------------------------------------------------------------------
    ("Reuters", "Reuters", ("Reuter", "Thomson Reuters", "Reuters Breakingviews")),
    ("Associated Press", "AP", ("The Associated Press",)),
    ("Agence France-Presse", "AFP", ("Agence France Presse", "France-Presse", "AFP-JIJI")),
    ("United Press International", "UPI", ()),
    ("Bloomberg", "Bloomberg", ("Bloomberg News",)),
    ("Dow Jones Newswires", "Dow Jones", ("Dow Jones", "DJ Newswires")),
    ("AFX News", "AFX", ("AFX News",)),
    # -- Europe -------------------------------------------------------------------------------
    ("Deutsche Presse-Agentur", "dpa", ("DPA", "Deutsche Presse Agentur", "dpa-AFX")),
    ("Agenzia Nazionale Stampa Associata", "ANSA", ()),
    ("Agencia EFE", "EFE", ("EFE-EPA",)),
    ("Europa Press", "Europa Press", ()),
    ("PA Media", "PA", ("Press Association", "PA Media", "The Press Association")),
    ("Agência Lusa", "Lusa", ("Agencia Lusa",)),
    ("Austria Presse Agentur", "APA", ()),
    ("Keystone-SDA", "SDA", ("Keystone-ATS", "ATS", "Keystone SDA")),
    ("Belga", "Belga", ()),
    ("Algemeen Nederlands Persbureau", "ANP", ()),
    ("Tidningarnas Telegrambyrå", "TT", ()),
    ("Norsk Telegrambyrå", "NTB", ()),
    ("Ritzau", "Ritzau", ()),
    ("Finnish News Agency", "STT", ("STT-FNB",)),
    ("Polish Press Agency", "PAP", ()),
    ("Czech News Agency", "CTK", ("ČTK",)),
    ("Hungarian News Agency", "MTI", ()),
    ("Bulgarian News Agency", "BTA", ()),
    ("Agerpres", "Agerpres", ()),
    ("Croatian News Agency", "HINA", ()),
    ("Tanjug", "Tanjug", ()),
    ("Athens-Macedonian News Agency", "ANA-MPA", ("ANA", "AMNA")),
    ("Irish Press Association", "IPA", ()),
    # -- Russia and the former Soviet Union ---------------------------------------------------
    ("TASS", "TASS", ("ITAR-TASS", "ITAR TASS", "Tass")),
    ("Interfax", "Interfax", ("Interfax-Ukraine",)),
    ("RIA Novosti", "RIA", ("RIA Novosti", "RIA-Novosti")),
    ("Sputnik", "Sputnik", ("Sputnik News",)),
    ("Ukrinform", "Ukrinform", ()),
    ("UNIAN", "UNIAN", ()),
    ("Belta", "BelTA", ("Belarusian Telegraph Agency",)),
    ("Kazinform", "Kazinform", ()),
    ("Trend News Agency", "Trend", ()),
    ("Armenpress", "Armenpress", ()),
    # -- Asia and the Pacific -----------------------------------------------------------------
    ("Xinhua", "Xinhua", ("Xinhua News Agency", "New China News Agency")),
    ("China News Service", "CNS", ()),
    ("Kyodo News", "Kyodo", ("Kyodo News",)),
    ("Jiji Press", "Jiji", ("Jiji Press", "JIJI")),
    ("Yonhap", "Yonhap", ("Yonhap News Agency",)),
    ("Korean Central News Agency", "KCNA", ()),
    ("Press Trust of India", "PTI", ()),
    ("Indo-Asian News Service", "IANS", ()),
    ("United News of India", "UNI", ()),
    ("Asian News International", "ANI", ()),
    ("Associated Press of Pakistan", "APP", ()),
    ("Bangladesh Sangbad Sangstha", "BSS", ()),
    ("Vietnam News Agency", "VNA", ()),
    ("Philippine News Agency", "PNA", ()),
    ("Central News Agency", "CNA", ()),
    ("Bernama", "Bernama", ()),
    ("Antara", "Antara", ("Antara News",)),
    ("Australian Associated Press", "AAP", ()),
    ("Montsame", "Montsame", ()),
    # Asia News Network: member papers tag copy "THE STAR/ASIA NEWS NETWORK" (The Straits Times)
    ("Asia News Network", "ANN", ()),
    # -- Middle East and Africa ---------------------------------------------------------------
    ("Anadolu Agency", "AA", ("Anadolu",)),
    ("Islamic Republic News Agency", "IRNA", ()),
    ("Fars News Agency", "FNA", ("Fars",)),
    ("Mehr News Agency", "MNA", ("Mehr",)),
    ("Tasnim News Agency", "Tasnim", ()),
    ("Middle East News Agency", "MENA", ()),
    ("WAFA", "WAFA", ()),
    ("Kuwait News Agency", "KUNA", ()),
    ("Saudi Press Agency", "SPA", ()),
    ("Emirates News Agency", "WAM", ()),
    ("Qatar News Agency", "QNA", ()),
    ("Petra", "Petra", ()),
    ("Algeria Press Service", "APS", ()),
    ("Maghreb Arabe Presse", "MAP", ()),
    ("News Agency of Nigeria", "NAN", ()),
    ("South African Press Association", "SAPA", ()),
    # -- the Americas -------------------------------------------------------------------------
    ("The Canadian Press", "CP", ("Canadian Press",)),
    ("Notimex", "Notimex", ()),
    ("Agência Brasil", "Agencia Brasil", ("Agência Brasil",)),
    ("Télam", "Telam", ("Télam",)),
    ("Prensa Latina", "Prensa Latina", ()),
    # -- broadcasters and papers that tag their own copy like a wire --------------------------
    (
        "CNN",
        "CNN",
        ("CNN Business", "CNN Money", "CNN Travel", "CNN Sport", "CNN Style", "CNN Wire"),
    ),
    ("BBC", "BBC", ()),
    ("NHK", "NHK", ()),
    # newspapers whose copy other papers carry with a wire-style tag ("WASHINGTON (NYTIMES) -",
    # The Straits Times)
    ("The New York Times", "NYT", ("New York Times", "NYTimes", "NYT News Service")),
    ("The Washington Post", "Washington Post", ("Washington Post",)),
    # the Thomson Reuters Foundation's own news service (news.trust.org), not Reuters copy
    ("Thomson Reuters Foundation", "Thomson Reuters Foundation", ("TRF",)),
)
