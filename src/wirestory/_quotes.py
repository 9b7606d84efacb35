"""Quote-mark scanning: which stretches of a paragraph are quoted, and the tokens around them.

News copy marks direct speech with double quotes (straight, curly, low-9 or guillemets). Single
quotes nest inside them (``"He said 'no'"``) and double as apostrophes ("Russia's", "’90s"), so
they never open a quotation here. A straight ``"`` opens when it follows a space or a bracket and
closes otherwise; ``5'10"`` (an inch mark after a digit, outside any quote) is ignored.

A quote left open at the end of a paragraph ends there (an unbalanced mark never swallows the
rest of a story); when the next paragraph opens with a quote mark, the news convention for
multi-paragraph quotes applies and the two regions are linked (AP Stylebook, "quotation marks":
"If a full paragraph of quoted material is followed by a paragraph that continues the quotation,
do not put close-quote marks at the end of the first paragraph").
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterator, Sequence
from itertools import accumulate, repeat
from typing import NamedTuple, overload

import regex

__all__ = [
    "NON_LETTERS",
    "SINGLE_OPEN",
    "QuoteRegion",
    "Token",
    "Tokens",
    "fold_letters",
    "quote_marks",
    "quote_regions",
    "single_quote_marks",
    "tokenize",
]

_OPENERS: dict[str, str] = {
    '"': '"',  # straight: opens and closes
    "\u201c": "\u201d",  # “ ... ”
    "\u201e": "\u201c\u201d",  # „ ... “ (German) or „ ... ”
    "\u00ab": "\u00bb",  # « ... »
    "\u300c": "\u300d",  # 「 ... 」
}
_CLOSERS = frozenset("\u201d\u00bb\u300d")

_QUOTE_MARK = regex.compile(
    r"""
    ["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d]    # every double quote mark we read
    | ''|``                                        # and the typewriter forms ''...'' ``...''
    """,
    regex.VERBOSE,
)

#: The first characters of every ``_QUOTE_MARK`` match: a text holding none has no quote mark.
_QUOTE_MARK_STARTS = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u300c", "\u300d",
                      "''", "``")  # fmt: skip


def quote_marks(text: str) -> list[int]:
    """Return the offsets of every quote mark :func:`quote_regions` reads in *text*, in order.

    >>> quote_marks("He said “yes” and ``no.")
    [8, 12, 18]
    >>> quote_marks("He is 6 ft tall.")
    []
    """
    if not any(mark in text for mark in _QUOTE_MARK_STARTS):
        return []  # no scan at all (``str`` searches run in C)
    # No ``timeout``: the pattern is a set of one- and two-character literals.
    return [m.start() for m in _QUOTE_MARK.finditer(text)]


#: A single quote mark that opens a quotation in British-style copy ("Mr Smith said: 'We will
#: win.'", "‘What I think,’ he said"): at the start or after a space, a bracket or a dash, and
#: before a word. Elisions that look the same ('em, rock 'n' roll, 'til, 'cause) are left out.
SINGLE_OPEN = regex.compile(
    r"""
    (?<![^\s(\[{\u2014\u2013/-])                 # at the start or after a space, bracket, dash
    [\u2018']                                    # an opening single mark
    (?=[\p{L}\p{N}"\u201c])                      # before a word or a nested double quote
    (?!(?i:em|n|til|cause|tis|twas|bout|cos|round|s)(?![\p{L}\p{N}]))  # not an elision,
    (?!\p{N}{2}s?(?![\p{L}\p{N}]))                # nor a year cut short ('90s, '08)
    """,
    regex.VERBOSE,
)

#: A single quote mark that may close one: after a visible character, before no letter or digit
#: (so not the apostrophe of "don't" or "Russia's"), or standing alone between spaces.
_SINGLE_CLOSE = regex.compile(
    r"""
    (?<=\S)[\u2019'](?![\p{L}\p{N}])             # after a visible character, not in a word
    | (?<=[\ \t])[\u2019'](?=\s)                  # or on its own between spaces ('workers, ')
    """,
    regex.VERBOSE,
)

#: Either kind, for one pass over a text.
_SINGLE_MARK = regex.compile(
    rf"""
    (?P<open>{SINGLE_OPEN.pattern})
    | (?P<close>{_SINGLE_CLOSE.pattern})
    """,
    regex.VERBOSE,
)


def single_quote_marks(text: str, double_marks: Sequence[int]) -> list[int] | None:
    """The offsets of a text's single quote marks, if it quotes with them (British style).

    *double_marks* are the offsets of the double quote marks in *text* (:func:`quote_marks`).
    A single mark quotes when it opens a quotation that the next single mark closes, outside
    any double quotation (an even number of double marks before it). Single quotes take over
    when such quotations outnumber the double ones; then every single mark that may open or
    close one is returned, else ``None``. So American-style copy keeps its double quotes,
    nested and scare-quoted terms and all, and a lone apostrophe that looks like an opening
    mark (the transliterated "Bir 'Ali") closes nothing and counts for nothing.

    >>> single_quote_marks("He said: 'We can't.' It's 'done'", [])
    [9, 19, 26, 31]
    >>> text = "‘He told me “go away”,’ she said. ‘Then he left.’"
    >>> single_quote_marks(text, quote_marks(text))
    [0, 22, 34, 48]
    >>> text = "He said: “It is the ‘nuclear option’, and the ‘last resort’.”"
    >>> print(single_quote_marks(text, quote_marks(text)))
    None
    >>> print(single_quote_marks("A terminal at Bir 'Ali on the Gulf of Aden.", []))
    None
    """
    if "'" not in text and "\u2018" not in text:
        return None  # no opening mark, no scan
    marks: list[int] = []
    quoted = 0
    opened = -1
    # No ``timeout``: single characters with fixed-width look-arounds, it cannot backtrack.
    for m in _SINGLE_MARK.finditer(text):
        at = m.start()
        marks.append(at)
        if m.lastgroup == "open":
            opened = at
            continue
        if opened >= 0 and bisect.bisect_left(double_marks, opened) % 2 == 0:
            quoted += 1
        opened = -1
    return marks if 2 * quoted > len(double_marks) else None


#: Every ASCII character but a letter, and the commonest other punctuation and spaces of wire
#: copy, made a space (a ``str.translate`` table): the words of an ASCII text after it are
#: exactly its runs of letters, ``\p{L}+``, found without a ``regex`` match per word.
#: The characters beyond ASCII that ``NON_LETTERS`` makes a space: a no-break space,
#: guillemets, dashes, curly quotes, the ellipsis ("« Non »", "“Yes” — twice…").
_FOLDED_MARKS = "\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026"

NON_LETTERS = str.maketrans(
    dict.fromkeys(
        [chr(c) for c in range(128) if not ("A" <= chr(c) <= "Z" or "a" <= chr(c) <= "z")]
        + list(_FOLDED_MARKS),
        " ",
    )
)


@functools.lru_cache(maxsize=4)  # per text: the cue-word gate and the title genders share it
def fold_letters(text: str) -> str:
    """``text.translate(NON_LETTERS)``, computed faster when the text is not all ASCII.

    ``str.translate`` runs in C only over an ASCII string; on any other it looks every
    character up in the table one by one (a ``KeyError`` raised and caught for each letter),
    ten times slower. The marks of wire copy (curly quotes, dashes) are made spaces first,
    by ``str.replace``; then the whole text, or else each line that is ASCII, takes the fast
    path, and only the lines with other letters ("Zelenskyy's aide Andriy Yermak" spelled
    with accents) are translated the slow way.

    >>> fold_letters("“Go,” she said — twice.")
    ' Go   she said   twice '
    """
    if text.isascii():
        return text.translate(NON_LETTERS)
    for mark in _FOLDED_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    if text.isascii():
        return text.translate(NON_LETTERS)
    return "".join([line.translate(NON_LETTERS) for line in text.splitlines(keepends=True)])


_TOKEN = regex.compile(
    r"""
    (?:\p{L}\.)+\p{L}(?![\p{L}\p{N}])          # initialisms: U.S, p.m, R.V (the last dot apart)
    | \p{N}+(?:[.,:]\p{N}+)*(?:[-/][\p{L}\p{N}]+)*  # numbers: 1,000, 3.5, 10:30, 10-15
    | [\p{L}\p{N}]+(?:[-’'&/][\p{L}\p{N}]+)*     # words: Lavrov's, Jong-un, AT&T
      (?:n[’']t)?                              # a clitic glued on: don't -> one token
    | ''|``                                    # doubled apostrophes or backticks: a quote mark
    | [^\s\p{L}\p{N}]                          # any other visible character on its own
    """,
    regex.VERBOSE,
)

#: ``_TOKEN`` with the white space before it, as one piece: every character that is not white
#: space starts a token, so ``findall`` gives the text's pieces and, summing their lengths, the
#: offset just past each token.
_PIECE = regex.compile(
    rf"""
    \s*                        # the white space before the token
    (?:{_TOKEN.pattern})        # the token
    """,
    regex.VERBOSE,
)

#: The characters ``regex`` reads as ``\s`` (Unicode White_Space): stripped from the left of a
#: piece they leave the token. Not ``str.lstrip()``'s default, which also strips U+001C-U+001F
#: (tokens of their own here). ``tests/test_quotes.py`` checks the set against the pattern.
SPACES = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

#: The first character of a string, read in C.
_FIRST = operator.itemgetter(0)


class QuoteRegion(NamedTuple):
    """A quoted stretch: the opening mark at ``open``, the closing mark at ``close``.

    ``close`` is ``None`` when the paragraph ends first (then the quote runs to ``end``, the
    paragraph's end). ``follows`` is the index of the region it continues (multi-paragraph quote).
    """

    open: int
    close: int | None
    end: int
    follows: int | None = None

    @property
    def inner_end(self) -> int:
        """Offset just past the quoted words (the closing mark or the paragraph end)."""
        return self.end if self.close is None else self.close


class Token(NamedTuple):
    """A word or punctuation character of a paragraph, with its quote status.

    ``quote`` is the index of the region the token lies inside (-1 outside); ``mark`` is "open"
    or "close" for the quote marks themselves.
    """

    start: int
    end: int
    text: str
    low: str
    quote: int
    mark: str | None
    is_word: bool
    is_cap: bool


class Tokens:
    """A paragraph's tokens as parallel lists: token *k* is ``start[k]``, ``low[k]``...

    The fields are :class:`Token`'s, one list each, built in C (one ``findall``, then ``map``
    and ``accumulate``) with no object per token; the rules read the lists around a cue
    (``toks.low[k]``). ``toks[k]`` still gives a :class:`Token` (built on demand, for tests
    and cold paths), and a slice a list of them.

    >>> toks = tokenize('"Go," he said.', 0, 14, quote_regions('"Go," he said.', 0, 14))
    >>> toks.text[:4], toks.quote[:4], toks.mark[:4]
    (['"', 'Go', ',', '"'], [-1, 0, 0, -1], ['open', None, None, 'close'])
    >>> toks[5]
    Token(start=9, end=13, text='said', low='said', quote=-1, mark=None, is_word=True, is_cap=False)
    """

    __slots__ = ("end", "is_cap", "is_word", "low", "mark", "quote", "start", "text")

    def __init__(  # noqa: PLR0917  (one list per field)
        self,
        start: list[int],
        end: list[int],
        text: list[str],
        low: list[str],
        quote: list[int],
        mark: list[str | None],
        is_word: list[bool],
        is_cap: list[bool],
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        #: The index of the region the token lies inside (-1 outside).
        self.quote = quote
        #: "open" or "close" for the quote marks themselves, else None.
        self.mark = mark
        self.is_word = is_word
        self.is_cap = is_cap

    @classmethod
    def empty(cls) -> Tokens:
        """No tokens (a paragraph's, until the engine reads it)."""
        return cls([], [], [], [], [], [], [], [])

    def load(self, other: Tokens) -> None:
        """Take the lists of *other*: the engine fills a paragraph's tokens in place."""
        self.start, self.end, self.text, self.low = other.start, other.end, other.text, other.low
        self.quote, self.mark = other.quote, other.mark
        self.is_word, self.is_cap = other.is_word, other.is_cap

    def clear(self) -> None:
        """Let the lists go (a long text never holds the tokens of all its paragraphs)."""
        self.load(_NO_TOKENS)

    def __len__(self) -> int:
        return len(self.start)

    def _token(self, k: int) -> Token:
        return Token(
            self.start[k],
            self.end[k],
            self.text[k],
            self.low[k],
            self.quote[k],
            self.mark[k],
            self.is_word[k],
            self.is_cap[k],
        )

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if isinstance(k, slice):
            return [self._token(n) for n in range(*k.indices(len(self.start)))]
        if k < 0:
            k += len(self.start)
        if not 0 <= k < len(self.start):
            raise IndexError(k)
        return self._token(k)

    def __iter__(self) -> Iterator[Token]:
        return map(self._token, range(len(self.start)))


#: No tokens, shared (never modified).
_NO_TOKENS = Tokens.empty()


def _straight_opens(text: str, i: int, start: int) -> bool:
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{\u2014\u2013-/:;," or i == start:
        return not nxt.isspace() or i == start
    return False


def quote_regions(text: str, start: int, end: int, *, single: bool = False) -> list[QuoteRegion]:
    r"""Return the double-quoted regions of the paragraph ``text[start:end]``, in order.

    With *single* (a text :func:`single_quote_marks` finds quoting British style), the
    single-quoted regions instead.

    >>> [(r.open, r.close) for r in quote_regions('"Yes," he said. "No', 0, 19)]
    [(0, 5), (16, None)]
    >>> quote_regions("He is 6'2\" tall", 0, 16)
    []
    >>> [(r.open, r.close) for r in quote_regions("'Yes,' he said.", 0, 15, single=True)]
    [(0, 5)]
    """
    if single:
        return _single_regions(text, start, end)
    regions: list[QuoteRegion] = []
    opened_at = -1
    closers = ""
    # No ``timeout``: the pattern is a set of one- and two-character literals.
    marks = [m.start() for m in _QUOTE_MARK.finditer(text, start, end)]
    for i in marks:
        ch = text[i]
        if ch in "'`":
            ch = '"'  # '' and `` behave as a straight double quote
        if opened_at < 0:
            if ch == '"':
                if _straight_opens(text, i, start):
                    opened_at, closers = i, '"'
            elif ch in _OPENERS:
                opened_at, closers = i, _OPENERS[ch]
            continue
        if (
            ch in _OPENERS
            and ch not in _CLOSERS
            and ch != '"'
            and not text[i - 1].isspace()
            and (i + 1 >= end or not text[i + 1].isalnum())
        ):
            # A wrong-way curly mark after a word closes: '"...,“ said Jim Clyburn'.
            regions.append(QuoteRegion(opened_at, i, end))
            opened_at = -1
            continue
        if (
            ch not in closers
            and (ch == '"' or ch in _CLOSERS)
            and not text[i - 1].isspace()
            and (i + 1 >= end or not text[i + 1].isalnum())
        ):
            # Mixed marks: a straight mark after a word closes a curly quote, and a curly
            # closing mark a straight one ('“...," he said', '"...,” he said').
            regions.append(QuoteRegion(opened_at, i, end))
            opened_at = -1
            continue
        if ch in closers:
            if ch == '"' and text[i - 1].isspace() and i + 1 < end and text[i + 1].isalnum():
                # A straight mark between a space and a word opens: the earlier quote was
                # never closed. End it here and open anew.
                regions.append(QuoteRegion(opened_at, None, i))
                opened_at = i
                continue
            regions.append(QuoteRegion(opened_at, i, end))
            opened_at = -1
        elif ch in _OPENERS and ch not in _CLOSERS and text[i - 1].isspace():
            # A fresh opening mark after a space while a quote is open: the earlier quote was
            # left unclosed (common in hand-edited copy). End it before this mark.
            regions.append(QuoteRegion(opened_at, None, i))
            opened_at, closers = i, _OPENERS[ch]
    if opened_at >= 0:
        regions.append(QuoteRegion(opened_at, None, end))
    return regions


#: An end mark and a space: a straight opening mark after them inside a quotation starts a new one.
_SENTENCE_ENDS = frozenset({". ", "! ", "? "})


def _possessive(text: str, i: int, end: int) -> bool:
    """Whether the mark at *i* may be a plural possessive's apostrophe ("the players' union")."""
    return text[i - 1] in "sS" and i + 2 < end and text[i + 1] == " " and text[i + 2].isalpha()


def _single_regions(text: str, start: int, end: int) -> list[QuoteRegion]:
    """The single-quoted regions of the paragraph ``text[start:end]`` (British-style copy).

    An opening mark pairs with the next closing one. A closing mark that may be a plural
    possessive's apostrophe ("‘The players’ union is strong,’ he said") is passed over when
    another closing mark follows before the next opening one. A straight mark that looks like an
    opening one inside a quotation is an apostrophe ('em), unless it starts a sentence; a curly
    one, or one that starts a sentence, means the earlier quotation was left open, and it ends
    there.
    """
    # No ``timeout``: single characters with fixed-width look-arounds.
    events = [(m.start(), m.lastgroup == "open") for m in _SINGLE_MARK.finditer(text, start, end)]
    possessive = [not opens and _possessive(text, i, end) for i, opens in events]
    # For each mark: whether a plain closing mark comes before any opening one after it (one
    # pass from the end, so a paragraph of many possessives stays linear).
    closer_follows = [False] * len(events)
    follows = False
    for k in range(len(events) - 1, -1, -1):
        closer_follows[k] = follows
        if not possessive[k]:
            follows = not events[k][1]
    regions: list[QuoteRegion] = []
    opened = -1
    for k, (i, opens) in enumerate(events):
        if opened < 0:
            if opens:
                opened = i
            continue
        if opens:
            if text[i] == "\u2018" or text[i - 2 : i] in _SENTENCE_ENDS:
                regions.append(QuoteRegion(opened, None, i))
                opened = i
            continue
        if possessive[k] and closer_follows[k]:
            continue  # a plainer closing mark follows before any opening one
        regions.append(QuoteRegion(opened, i, end))
        opened = -1
    if opened >= 0:
        regions.append(QuoteRegion(opened, None, end))
    return regions


def tokenize(text: str, start: int, end: int, regions: list[QuoteRegion]) -> Tokens:
    """Split ``text[start:end]`` into tokens that know whether they are quoted.

    >>> regs = quote_regions('"Go," he said.', 0, 14)
    >>> [(t.text, t.quote, t.mark) for t in tokenize('"Go," he said.', 0, 14, regs)][:4]
    [('"', -1, 'open'), ('Go', 0, None), (',', 0, None), ('"', -1, 'close')]
    """
    # The hottest scan of the package, so all in C: one ``findall`` of white space and token
    # pieces (no groups, no match objects; no ``timeout``: ``regex`` reads the process clock,
    # a system call, on every match, and the pattern cannot backtrack catastrophically), then
    # one ``map`` per field.
    pieces = _PIECE.findall(text, start, end)
    words = list(map(str.lstrip, pieces, repeat(SPACES)))
    ends = list(accumulate(map(len, pieces), initial=start))
    del ends[0]
    starts = list(map(operator.sub, ends, map(len, words)))
    firsts = list(map(_FIRST, words))
    n = len(words)
    quote = [-1] * n
    mark: list[str | None] = [None] * n
    for index, region in enumerate(regions):
        # Regions are in order and apart: the tokens strictly inside one are a run.
        lo = bisect.bisect_right(starts, region.open)
        hi = bisect.bisect_left(starts, region.inner_end, lo)
        quote[lo:hi] = [index] * (hi - lo)
        _mark(starts, mark, region.open, "open")
        if region.close is not None:
            _mark(starts, mark, region.close, "close")
    return Tokens(
        starts,
        ends,
        words,
        list(map(str.lower, words)),
        quote,
        mark,
        list(map(str.isalnum, firsts)),
        list(map(str.isupper, firsts)),
    )


def _mark(starts: list[int], mark: list[str | None], at: int, kind: str) -> None:
    """Mark the token starting at offset *at*, if one does, as a quote mark of *kind*."""
    k = bisect.bisect_left(starts, at)
    if k < len(starts) and starts[k] == at:
        mark[k] = kind
