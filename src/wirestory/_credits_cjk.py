r"""Photo credits in the forms of Korean, Chinese and Japanese captions.

These captions write no "/" between photographer and organisation; each desk has a form of
its own, read here by one pattern each:

- Korean agencies open the caption with a block: Yonhap ``(강릉=연합뉴스) 유형재 기자 =``,
  Newsis ``[서울=뉴시스] 고승민 기자 =``, News1 ``(서울=뉴스1) 이승배 기자 =``: place, agency,
  the photographers and 기자 ("reporter"); ``(공동취재)`` and ``사진공동취재단`` mark a pool
  picture, ``[... 제공]`` ("provided by ...") a handout, which may be the only credit;
- Chinese captions put the credit on a line of its own: Xinhua ``新华社记者 李四 摄``
  ("photographed by Xinhua reporter ..."), ``新华社发（莫京娜摄）`` ("released by Xinhua"),
  China News Service ``中新社记者 富田 摄``, ``新华社发 商海春 作`` (an illustration, "made by"),
  or the name alone, ``马铭言 摄``;
- Japanese newspapers close the caption with the source and the distributor in full-width
  parentheses: ``（ＡＰ＝共同）``, ``（ロイター＝共同）``, ``（共同）``.

Every pattern is anchored to the text's start or end and bounded, so each runs in time
linear in the input.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._models import PhotoCredit, Span

__all__ = ["cjk_credit"]

#: Look this far from the text's start or end for a credit (no real credit block is longer).
_WINDOW = 200

#: Korean agencies' leading block: "[서울=뉴시스] 고승민 기자 =", "(강릉=연합뉴스) 유형재 기자 =".
_KOREAN_LEAD = regex.compile(
    r"""
    [\[(（]                                             # "[" (Newsis) or "(" (Yonhap, News1)
    (?P<place>[^\[\]()（）=\n]{1,20})                   # "서울", "강릉", "워싱턴"
    =
    (?P<org>[^\[\]()（）=\n]{1,20})                     # "뉴시스", "연합뉴스", "뉴스1"
    [\])）]
    [\t\ ]*
    (?:
        (?P<pool>사진공동취재단)                         # the photo pool, no names
      | (?P<names>\p{Hangul}{2,5}(?:(?:[\t\ ]*[,·][\t\ ]*|[\t\ ]+)\p{Hangul}{2,5}){0,5})
        [\t\ ]*(?:기자|특파원|통신원)                    # "reporter", "correspondent"
    )
    [\t\ ]*=                                            # the block's closing "="
    """,
    regex.VERBOSE,
)

#: A Korean handout credit: "[양평군 제공]", "[독자 제공. 재판매 및 DB 금지]" ("provided by").
_KOREAN_HANDOUT = regex.compile(
    r"""
    [\[(（]
    (?P<org>[^\[\]()（）\n]{1,30}?)[\t\ ]*제공              # "양평군 제공"
    (?:[.,][^\[\]()（）\n]{0,40})?                       # ". 재판매 및 DB 금지" (no resale)
    [\])）]
    """,
    regex.VERBOSE,
)

#: What may follow a Korean handout credit at the end: a date, an e-mail address.
_KOREAN_TAIL = regex.compile(r"[\s\d./:-]*(?:[\w.+-]+@[\w.-]+)?\s*\Z")

#: Korean pool marks: "(공동취재)" in the caption, "사진공동취재단" in the block.
_KOREAN_POOL = ("공동취재",)

#: A Chinese credit line: "新华社记者 李四 摄", "新华社发（莫京娜摄）", "马铭言 摄", perhaps
#: in parentheses as a whole.
_CHINESE_LINE = regex.compile(
    r"""
    (?:(?<=\n)|\A)[\t\ ]*
    (?P<credit>
        (?P<outer>[（(])?                               # "（新华社记者 李贺 摄）"
        (?:
            (?P<org>\p{Han}{1,6}?(?:社|网|报|台))         # "新华社", "中新社", "人民网"
            (?:特约记者|记者|通讯员|发)?                  # "reporter", "released by"
            [\t\ ]*
        )?
        (?P<open>[（(])?
        (?P<names>\p{Han}{2,4}(?:[\t\ 、，,]+\p{Han}{2,4}){0,4})   # the photographers
        [\t\ ]*(?:摄|作)                                 # "photographed" / "made" (a drawing)
        (?(open)[）)])
        (?(outer)[）)])
    )
    [\t\ ]*\Z
    """,
    regex.VERBOSE,
)

#: A Japanese closing credit: "（ＡＰ＝共同）" (source＝distributor), "（共同）".
_JAPANESE_CLOSE = regex.compile(
    r"""
    [（(]
    (?P<source>[^（）()＝=\n]{1,15})                    # "ＡＰ", "ロイター", "共同"
    (?:[＝=](?P<distributor>[^（）()＝=\n]{1,15}))?      # "＝共同"
    [）)]
    [\t\ ]*\Z
    """,
    regex.VERBOSE,
)

#: Separators between Korean and Chinese names.
_NAME_SPLIT = regex.compile(r"[\t\ 、，,·]+")


def _cjk(text: str) -> bool:
    """Whether *text* holds a Hangul, Han or kana character (else no form here can match)."""
    return _CJK_CHAR.search(text) is not None


#: A Hangul jamo, kana, Han, Hangul syllable or full-width form character (one scan in C).
_CJK_CHAR = regex.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _names(text: str, start: int, end: int) -> tuple[str, ...]:
    return tuple(name for name in _NAME_SPLIT.split(text[start:end]) if name)


def _korean(text: str, start: int, end: int) -> PhotoCredit | None:
    head = _KOREAN_LEAD.match(text, start, min(end, start + _WINDOW), timeout=REGEX_TIMEOUT)
    pool = any(mark in text for mark in _KOREAN_POOL)
    tail_from = max(start, end - _WINDOW)
    handouts = list(_KOREAN_HANDOUT.finditer(text, tail_from, end, timeout=REGEX_TIMEOUT))
    if head is not None:
        names = () if head.group("pool") else _names(text, *head.span("names"))
        return PhotoCredit(
            photographers=names,
            sources=(head.group("org"),),
            pool=pool or bool(head.group("pool")),
            handout=bool(handouts),
            span=Span(head.start(), head.end()),
            text=head.group(),
        )
    # No block: a closing "[... 제공]" is the credit (a handout picture).
    if handouts and _KOREAN_TAIL.match(text, handouts[-1].end(), end) is not None:
        last = handouts[-1]
        return PhotoCredit(
            sources=(last.group("org"),),
            courtesy=True,
            handout=True,
            pool=pool,
            span=Span(last.start(), last.end()),
            text=last.group(),
        )
    return None


def _chinese(text: str, start: int, end: int) -> PhotoCredit | None:
    lo = max(start, end - _WINDOW)
    line_start = text.rfind("\n", lo, end) + 1 or lo
    m = _CHINESE_LINE.match(text, line_start, end, timeout=REGEX_TIMEOUT)
    if m is None or (m.start("credit") == start and "\n" not in text[start:end]):
        return None  # a credit line follows a caption
    return PhotoCredit(
        photographers=_names(text, *m.span("names")),
        sources=(m.group("org"),) if m.group("org") else (),
        span=Span(m.start("credit"), m.end("credit")),
        text=m.group("credit"),
    )


def _japanese(text: str, start: int, end: int, is_org: Callable[[str], bool]) -> PhotoCredit | None:
    m = _JAPANESE_CLOSE.search(text, max(start, end - 40), end, timeout=REGEX_TIMEOUT)
    if m is None or not is_org(m.group("source")):
        return None
    distributor = m.group("distributor")
    if distributor is not None and not is_org(distributor):
        return None
    sources = (m.group("source"),) if distributor is None else (m.group("source"), distributor)
    stop = m.end() - (len(m.group()) - len(m.group().rstrip()))
    return PhotoCredit(
        sources=sources,
        distributor=distributor,
        span=Span(m.start(), stop),
        text=text[m.start() : stop],
    )


def cjk_credit(
    text: str, start: int, end: int, is_org: Callable[[str], bool]
) -> PhotoCredit | None:
    r"""The credit of a Korean, Chinese or Japanese caption ``text[start:end]``, if any.

    *is_org* tells a known organisation's name (the registries of :mod:`wirestory._credits`).

    >>> c = cjk_credit("(강릉=연합뉴스) 유형재 기자 = 해가 뜬다.", 0, 22, lambda s: True)
    >>> c.photographers, c.sources, c.text
    (('유형재',), ('연합뉴스',), '(강릉=연합뉴스) 유형재 기자 =')
    >>> cjk_credit("舰艇列队。\n新华社发（莫京娜摄）", 0, 16, lambda s: True).sources
    ('新华社',)
    """
    if not _cjk(text[start : min(end, start + _WINDOW)]) and not _cjk(
        text[max(start, end - _WINDOW) : end]
    ):
        return None
    return (
        _korean(text, start, end)
        or _chinese(text, start, end)
        or _japanese(text, start, end, is_org)
    )
