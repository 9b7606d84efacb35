r"""Regex fragments shared by the parsers, each named and explained once.

The fragments are plain strings meant to be embedded in ``regex.VERBOSE`` patterns; character
classes are written without literal spaces so that they survive verbose mode.
"""

from __future__ import annotations

__all__ = [
    "CLOSE_QUOTES",
    "DASH",
    "HSPACE",
    "MONTHS",
    "MONTH_NUMBERS",
    "OPEN_QUOTES",
    "QUOTE_PAIRS",
]

#: Horizontal white space: space, tab, NBSP and the other Unicode spaces, never a line break.
HSPACE = r"[\t\p{Zs}]"

#: The separators wires put after a dateline: hyphen, double hyphen, en and em dashes (also
#: doubled), the underscore of old AP teletype copy ("WASHINGTON (AP) _ ..."), the minus sign.
DASH = r"(?:--|\u2014\u2014|[-\u2013\u2014\u2012\u2015\u2212_])"

#: Month names and the abbreviations wires use ("Jan.", "Sept."), mapped to month numbers.
#: AP style abbreviates Jan., Feb., Aug., Sept., Oct., Nov., Dec.; Reuters writes "Feb 26".
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: The month words, for ``\L<months>`` named lists (matched with ``regex.IGNORECASE``).
MONTHS: tuple[str, ...] = tuple(MONTH_NUMBERS)

#: Opening and closing quotation marks by pair: straight, curly, low-9, guillemets (both
#: directions), CJK corner brackets. Straight marks open and close.
QUOTE_PAIRS: dict[str, str] = {
    '"': '"',
    "\u201c": "\u201d",  # “ ”
    "\u201e": "\u201c",  # „ “ (German)
    "\u00ab": "\u00bb",  # « »
    "\u00bb": "\u00ab",  # » « (Danish, Swedish)
    "\u300c": "\u300d",  # 「 」
}

#: Every character that may open a double quotation.
OPEN_QUOTES = "".join(QUOTE_PAIRS)
#: Every character that may close a double quotation.
CLOSE_QUOTES = "".join(dict.fromkeys(QUOTE_PAIRS.values()))
