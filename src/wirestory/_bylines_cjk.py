r"""Bylines in Chinese, Japanese and Korean wire copy.

The forms (each is in ``tests/test_bylines.py``; ``docs/explanation/desk-signoffs.md`` cites
where each is seen):

- Chinese and Japanese: the agency, the word for reporter and the names, with no space or
  with spaces: ``新华社记者陈尚营、王立武`` (Xinhua: "Xinhua reporters A, B"), ``中新社记者 富田``
  (China News Service), ``共同通信記者 山田太郎`` (Kyodo); names are separated by ``、``,
  ``，`` or spaces;
- Korean: the dateline bracket, the name and 기자 ("reporter"), often with the ``=`` that
  leads into the text: ``(서울=연합뉴스) 이재영 기자`` (Yonhap), ``[서울=뉴시스] 고승민 기자 =``
  (Newsis), ``(서울=뉴스1) 김정현 기자 =`` (News1); several names are separated by ``·``,
  ``,`` or spaces. The place in the bracket is the byline's ``location``.

``role`` is the word for reporter as written (记者, 記者, 기자, 특파원 "correspondent").
Spans index the text; nothing is normalised.
"""

from __future__ import annotations

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._models import Byline, Span

__all__ = ["cjk_like", "parse_cjk_byline"]

#: Chinese and Japanese: [agency] 记者/記者 names.
_HAN_BYLINE = regex.compile(
    r"""
    (?P<org>\p{Han}{2,10}?)?                        # 新华社 / 中新社 / 共同通信
    (?P<role>记者|記者|特派记者|特派記者|特约记者)       # reporter(s)
    [\t\p{Zs}]*
    (?P<names>
        [\p{Han}\p{Katakana}ー·・]{2,12}            # 陈尚营 / 阿卜杜拉·买买提 / ジョン・スミス
        (?:(?:[\t\p{Zs}]*[、，,][\t\p{Zs}]*|[\t\p{Zs}]+)[\p{Han}\p{Katakana}ー·・]{2,12}){0,9}
    )
    """,
    regex.VERBOSE,
)

#: Korean: (place=agency) names 기자 [=].
_HANGUL_BYLINE = regex.compile(
    r"""
    (?:
        [(\[]                                       # ( or [
        (?P<place>[^=()\[\]\n]{1,20})               # 서울
        =
        (?P<org>[^=()\[\]\n]{1,20})                 # 연합뉴스 / 뉴시스 / 뉴스1
        [)\]]
        [\t\p{Zs}]*
    )?
    (?P<names>
        \p{Hangul}{2,5}                             # 이재영
        (?:(?:[\t\p{Zs}]*[·,][\t\p{Zs}]*|[\t\p{Zs}]+)\p{Hangul}{2,5}){0,9}
    )
    [\t\p{Zs}]+
    (?P<role>기자|특파원|통신원)                    # reporter / correspondent
    (?:[\t\p{Zs}]*=)?                               # "=" before the text
    """,
    regex.VERBOSE,
)

#: A separator between names, for splitting the names group.
_NAME_SPLIT = regex.compile(r"[^\t\p{Zs}、，,·]+")

#: The roles in _HANGUL_BYLINE's alternation, which the names group must not swallow.
_HANGUL_ROLES = frozenset(("기자", "특파원", "통신원"))

#: The longest CJK byline line read (characters).
_MAX_LENGTH = 120


def cjk_like(text: str, start: int) -> bool:
    """Whether the line at *start* may be a CJK byline: a CJK character or a bracket first.

    >>> cjk_like("(서울=연합뉴스) 이재영 기자", 0), cjk_like("By Jane Doe", 0)
    (True, False)
    """
    first = text[start]
    return first in "([" or "\u2e80" <= first <= "\u9fff" or "\uac00" <= first <= "\ud7a3"


def parse_cjk_byline(text: str, start: int, end: int) -> Byline | None:
    """Parse the CJK byline filling ``text[start:end]``, or ``None``.

    >>> b = parse_cjk_byline("新华社记者陈尚营、王立武", 0, 12)
    >>> b.names, b.organization, b.role
    (('陈尚营', '王立武'), '新华社', '记者')
    >>> b = parse_cjk_byline("(서울=연합뉴스) 이재영 기자", 0, 17)
    >>> b.names, b.organization, b.location, b.role
    (('이재영',), '연합뉴스', '서울', '기자')
    """
    if end - start > _MAX_LENGTH:
        return None
    m = _HAN_BYLINE.fullmatch(text, start, end, timeout=REGEX_TIMEOUT)
    place = None
    if m is None:
        m = _HANGUL_BYLINE.fullmatch(text, start, end, timeout=REGEX_TIMEOUT)
        if m is None:
            return None
        place = m["place"]
    names = tuple(
        n.group()
        for n in _NAME_SPLIT.finditer(text, *m.span("names"), timeout=REGEX_TIMEOUT)
        if n.group() not in _HANGUL_ROLES
    )
    if not names:
        return None
    return Byline(
        names=names,
        organization=m["org"],
        role=m["role"],
        location=place,
        span=Span(start, end),
        text=text[start:end],
    )
