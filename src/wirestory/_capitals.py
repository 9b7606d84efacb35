"""The capitalised runs of a text and its heading lines, scanned once per story.

The mention table (:mod:`wirestory._mentions`) and the speaker resolver's name index
(:mod:`wirestory._speakers`) both read a story's capitalised runs ("Prime Minister Ana Holt",
"Bank of England", "Coogle's") and both leave out the runs on heading lines (headlines,
subheads, "Related Story" links). :func:`capital_runs` scans the text once, with one compiled
pattern (``split`` gives the runs and the text between them; their offsets are the running
sum of the pieces' lengths), and splits it into lines once; a line's heading test runs only
when a reader asks about a run on it, and once.

Both scans are linear: one pattern that cannot backtrack past a word, one ``str.split``, and
a bisection per question.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator

import regex

from wirestory._furniture import RELATED_WORDS

__all__ = ["HEADLINE_LOWER", "CapitalRuns", "capital_runs"]

#: A capitalised run: capitalised words or initials, joined by spaces (never a line break),
#: with the lower-case particles of names ("bin", "van", "de") and of organisations ("of",
#: "for", "and": "Bank of England") between them; a possessive stays on ("Coogle's").
_RUN = regex.compile(
    r"""
    (?P<run>
      (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{N}’'\-]*)      # a capitalised word or initials
      (?:
        [\ \t]+                                         # a space (never a line break)
        (?:(?:bin|al|de|da|del|van|von|der|le|la|el|ibn|dos|du|ten|ter|di|of|for|and)[\ \t]+)?
        (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{N}’'\-]*)  # the next capitalised word
      )*
    )
    """,
    regex.VERBOSE,
)

#: The longest line that may be a heading, and the most words of a short heading.
_MAX_HEADING = 150
_SHORT_HEADING = 6
#: A line ending like a sentence is a title-case headline from this many words, this share
#: of them capitalised (prose capitalises about one word in five).
_TITLE_CASE_MIN = 5
_TITLE_CASE_SHARE = 0.6
#: The words a title-case headline leaves in lower case: articles, short conjunctions and
#: prepositions (AP and Chicago headline capitalisation).
HEADLINE_LOWER: frozenset[str] = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "for", "of", "in", "on", "at", "to", "by",
     "with", "from", "after", "as", "vs", "vs.", "into", "over", "about", "up", "off", "via"}
)  # fmt: skip
#: The last characters of a line that ends like a sentence (or a clause run on below it).
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", ",", "-", "—")
#: The last characters of a sentence a title-case headline may end with.
_HEADLINE_ENDS = (".", "?", "!")


def _prose_word(word: str) -> bool:
    """Whether a word is lower-case prose: a letter first, not capitalised, no function word."""
    return word[:1].isalpha() and not word[:1].isupper() and word not in HEADLINE_LOWER


def heading_line(raw: str) -> bool:
    """Whether a line is a headline, a subhead or a "Related Story" link, not prose.

    Body paragraphs end a sentence; a short line that does not, and is either a link
    ("Related Story Schools urged to reopen", :data:`~wirestory._furniture.RELATED_WORDS`),
    short ("Poisoning claims") or in title case ("Storm Hits Port of Gdansk"), is a heading
    whose capitals name no one. A paragraph that only lacks its full stop is prose; a line in
    title case (no lower-case word but articles, conjunctions and prepositions) is a
    headline even with a full stop.

    >>> heading_line("Storm Hits Port of Gdansk"), heading_line("Poisoning claims")
    (True, True)
    >>> heading_line("Mike Pence Calls for Special Prosecutor after Report Reveals Emails.")
    True
    >>> heading_line("Host Karl Ibsen spoke on Late Talk With Sam Reyes on Friday.")
    False
    """
    line = raw.strip()
    if not line or len(line) > _MAX_HEADING:
        return False
    if line.endswith(_SENTENCE_ENDS):
        # A headline in title case keeps its heading look with a full stop or a question
        # mark ("Did Rick Perry Just Quit?"). Title case (AP, Chicago headline style)
        # capitalises every word but articles, short conjunctions and prepositions: prose has
        # lower-case verbs and nouns, and its first one ends the test.
        if not line.endswith(_HEADLINE_ENDS):
            return False
        words = line.split()
        if any(map(_prose_word, words)):
            return False
        lettered = [w for w in words if w[:1].isalpha()]
        capitalised = sum(1 for w in lettered if w[:1].isupper())
        return len(lettered) >= _TITLE_CASE_MIN and capitalised >= _TITLE_CASE_SHARE * len(lettered)
    words = line.split()
    if len(words) <= _SHORT_HEADING or line.lower().startswith(RELATED_WORDS):
        return True
    # ``split`` gives no empty word: each has a first letter (counted in C, by ``map``).
    return sum(map(str.isupper, map(operator.itemgetter(0), words))) >= 0.6 * len(words)


class CapitalRuns:
    """The capitalised runs of one text, in text order, and its lines (see the module docs).

    ``runs[i]`` is the text of run ``i``, from ``starts[i]`` to ``ends[i]``; line ``k`` is
    ``lines[k]``, from ``line_starts[k]`` (its line break not included).
    """

    __slots__ = ("_headings", "ends", "line_starts", "lines", "runs", "starts")

    def __init__(self, text: str) -> None:
        """Scan *text* once for its runs and its lines."""
        pieces = _RUN.split(text)  # the text before each run, the run, ..., the text after
        offsets = list(itertools.accumulate(map(len, pieces), initial=0))
        self.runs: list[str] = pieces[1::2]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2:-1:2]
        self.lines: list[str] = text.split("\n")
        self.line_starts: list[int] = list(
            itertools.accumulate((len(line) + 1 for line in self.lines[:-1]), initial=0)
        )
        self._headings: dict[int, bool] = {}

    def line_of(self, at: int) -> int:
        """The index of the line holding offset *at* (-1 before the text)."""
        return bisect.bisect_right(self.line_starts, at) - 1

    def line_end(self, line: int) -> int:
        """The offset of the line break that ends line *line* (the text's end for the last)."""
        return self.line_starts[line] + len(self.lines[line])

    def heading(self, line: int) -> bool:
        """Whether line *line* is a heading (:func:`heading_line`), tested once."""
        found = self._headings.get(line)
        if found is None:
            found = self._headings[line] = heading_line(self.lines[line])
        return found

    def in_heading(self, at: int) -> bool:
        r"""Whether offset *at* lies on a heading line that holds a capitalised run.

        >>> runs = capital_runs("Storm Hits Port\nThe port was shut on Monday, officials said.")
        >>> runs.in_heading(3), runs.in_heading(20), runs.in_heading(15)
        (True, False, False)
        """
        line = self.line_of(at)
        if line < 0 or at >= self.line_end(line):
            return False  # before the text, or a line break
        first = bisect.bisect_left(self.starts, self.line_starts[line])
        if first == len(self.starts) or self.starts[first] >= self.line_end(line):
            return False  # a line without a run is never read as a heading
        return self.heading(line)


@functools.lru_cache(maxsize=4)  # per text: the mention table and the name index share it
def capital_runs(text: str) -> CapitalRuns:
    """The capitalised runs and lines of *text*, scanned once.

    >>> runs = capital_runs("Governor Ned Lamont of Connecticut met the Bank of England.")
    >>> list(zip(runs.starts, runs.runs))
    [(0, 'Governor Ned Lamont of Connecticut'), (43, 'Bank of England')]
    """
    return CapitalRuns(text)
