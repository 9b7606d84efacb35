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
    # dpa's sports service and the German sports agency it owns (dpa copy: "(SID) -")
    ("Sport-Informations-Dienst", "SID", ()),
    ("Agenzia Nazionale Stampa Associata", "ANSA", ()),
    ("Agencia EFE", "EFE", ("EFE-EPA",)),
    ("Europa Press", "Europa Press", ()),
    ("PA Media", "PA", ("Press Association", "PA Media", "The Press Association")),
    ("Agência Lusa", "Lusa", ("Agencia Lusa",)),
    ("Austria Presse Agentur", "APA", ()),
    # Swiss: German copy "(sda)", French "(ats)", Italian "(ats)"; agency's own names
    (
        "Keystone-SDA",
        "SDA",
        (
            "Keystone-ATS",
            "ATS",
            "Keystone SDA",
            "SDA-ATS",
            "ATS-SDA",
            "Schweizerische Depeschenagentur",
            "Agence télégraphique suisse",
        ),
    ),
    ("Belga", "Belga", ("Agence Belga", "Belga News Agency")),
    ("Algemeen Nederlands Persbureau", "ANP", ()),
    ("Tidningarnas Telegrambyrå", "TT", ()),
    ("Norsk Telegrambyrå", "NTB", ("Norsk Telegrambyrå AS",)),
    ("Ritzau", "Ritzau", ()),
    ("Finnish News Agency", "STT", ("STT-FNB", "Suomen Tietotoimisto")),
    ("Polish Press Agency", "PAP", ("Polska Agencja Prasowa",)),
    ("Czech News Agency", "CTK", ("ČTK", "Česká tisková kancelář")),
    ("Hungarian News Agency", "MTI", ("Magyar Távirati Iroda",)),
    ("Bulgarian News Agency", "BTA", ("БТА",)),
    ("Agerpres", "Agerpres", ()),
    ("Croatian News Agency", "HINA", ("Hrvatska izvještajna novinska agencija",)),
    ("Slovenian Press Agency", "STA", ("Slovenska tiskovna agencija",)),
    ("Tanjug", "Tanjug", ("Танјуг",)),
    ("Athens-Macedonian News Agency", "ANA-MPA", ("ANA", "AMNA", "ΑΠΕ-ΜΠΕ")),
    ("Irish Press Association", "IPA", ()),
    # -- Russia and the former Soviet Union ---------------------------------------------------
    ("TASS", "TASS", ("ITAR-TASS", "ITAR TASS", "Tass", "ТАСС", "ИТАР-ТАСС")),
    # its site writes "Москва. 1 декабря. INTERFAX.RU - ..."
    ("Interfax", "Interfax", ("Interfax-Ukraine", "Интерфакс", "Интерфакс-Украина", "INTERFAX.RU")),
    ("RIA Novosti", "RIA", ("RIA Novosti", "RIA-Novosti", "РИА Новости", "РИА")),
    # RIA Novosti's sports service
    ("R-Sport", "R-Sport", ("Р-Спорт",)),
    ("Sputnik", "Sputnik", ("Sputnik News",)),
    ("Ukrinform", "Ukrinform", ("Укрінформ",)),
    ("UNIAN", "UNIAN", ("УНІАН",)),
    ("Belta", "BelTA", ("Belarusian Telegraph Agency", "БелТА")),
    ("Kazinform", "Kazinform", ()),
    ("Trend News Agency", "Trend", ()),
    ("Armenpress", "Armenpress", ()),
    # -- Asia and the Pacific -----------------------------------------------------------------
    # Chinese copy opens "新华社北京12月31日电" (Xinhua, Beijing, Dec 31, cable)
    (
        "Xinhua",
        "Xinhua",
        ("Xinhua News Agency", "New China News Agency", "新华社", "新華社", "新华网"),
    ),
    # Chinese national papers and broadcaster date their own reports "人民网北京12月1日电"
    ("People's Daily", "People's Daily", ("People's Daily Online", "人民日报", "人民网")),
    ("China Central Television", "CCTV", ("央视", "央视网", "央视新闻")),
    # "中新社银川7月26日电"; its website chinanews.com writes "中新网"
    ("China News Service", "CNS", ("中国新闻社", "中新社", "中新网", "Chinanews")),
    # Japanese copy opens "【北京共同】" (place, then the agency, in lenticular brackets)
    ("Kyodo News", "Kyodo", ("Kyodo News", "共同", "共同通信", "共同通信社")),
    ("Jiji Press", "Jiji", ("Jiji Press", "JIJI", "時事", "時事通信", "時事通信社")),
    # Korean copy opens "(서울=연합뉴스)" (place = agency), Newsis "[서울=뉴시스]"
    ("Yonhap", "Yonhap", ("Yonhap News Agency", "연합뉴스")),
    ("Newsis", "Newsis", ("뉴시스",)),
    ("News1 Korea", "News1", ("뉴스1",)),
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
    ("Anadolu Agency", "AA", ("Anadolu", "Anadolu Ajansı")),
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
    # US syndicate whose copy German papers carry with dpa: "San Diego (tca/dpa) -"
    ("Tribune Content Agency", "TCA", ()),
    ("Agência Brasil", "Agencia Brasil", ("Agência Brasil", "ABr")),
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
