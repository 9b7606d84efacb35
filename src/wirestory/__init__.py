"""wirestory: typed, character-exact structure from the plain text of news-wire stories.

>>> import wirestory
>>> wirestory.Span(0, 8).slice("DUSHANBE (Reuters) - ...")
'DUSHANBE'
"""

from __future__ import annotations

from wirestory._agencies import AgencyInfo, all_agencies, lookup_agency
from wirestory._batch import parse_many
from wirestory._bylines import parse_byline, render_byline
from wirestory._credits import parse_caption, parse_photo_credit, render_photo_credit
from wirestory._dateline import parse_dateline, render_dateline
from wirestory._models import (
    Agency,
    Byline,
    Caption,
    Content,
    Credit,
    Cue,
    Dateline,
    DatelineDate,
    Furniture,
    FurnitureKind,
    Headline,
    Paragraph,
    Photo,
    PhotoCredit,
    Place,
    Section,
    Signoff,
    Source,
    Span,
    Speaker,
    Statement,
    StatementKind,
    Story,
)
from wirestory._ninjs import to_ninjs
from wirestory._signoff import parse_signoff, render_signoff
from wirestory._statements import find_statements
from wirestory._story import parse_story

__version__ = "0.1.0"

__all__ = [
    "Agency",
    "AgencyInfo",
    "Byline",
    "Caption",
    "Content",
    "Credit",
    "Cue",
    "Dateline",
    "DatelineDate",
    "Furniture",
    "FurnitureKind",
    "Headline",
    "Paragraph",
    "Photo",
    "PhotoCredit",
    "Place",
    "Section",
    "Signoff",
    "Source",
    "Span",
    "Speaker",
    "Statement",
    "StatementKind",
    "Story",
    "__version__",
    "all_agencies",
    "find_statements",
    "lookup_agency",
    "parse_byline",
    "parse_caption",
    "parse_dateline",
    "parse_many",
    "parse_photo_credit",
    "parse_signoff",
    "parse_story",
    "render_byline",
    "render_dateline",
    "render_photo_credit",
    "render_signoff",
    "to_ninjs",
]
