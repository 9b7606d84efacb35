"""wirestory: typed, character-exact structure from the plain text of news-wire stories.

>>> import wirestory
>>> wirestory.Span(0, 8).slice("DUSHANBE (Reuters) - ...")
'DUSHANBE'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    SpeakerEntity,
    SpeakerKind,
    SpeakerMention,
    Statement,
    StatementKind,
    Story,
)

if TYPE_CHECKING:  # the parsers load on first use; see __getattr__ below
    from wirestory._agencies import AgencyInfo, all_agencies, lookup_agency
    from wirestory._batch import parse_many
    from wirestory._bylines import parse_byline, render_byline
    from wirestory._credits import (
        find_photo_credit,
        parse_caption,
        parse_photo_credit,
        render_photo_credit,
    )
    from wirestory._dateline import parse_dateline, render_dateline
    from wirestory._html import render_html
    from wirestory._items import compare_item, parse_item, read_item, read_items
    from wirestory._newsml import read_newsml
    from wirestory._ninjs import to_ninjs
    from wirestory._nitf import read_nitf
    from wirestory._signoff import find_signoff, parse_signoff, render_signoff
    from wirestory._statements import find_statements
    from wirestory._story import parse_story
    from wirestory._to_nitf import to_nitf
    from wirestory._wireitem import Disagreement, WireFormatError, WireItem, WireMedia

#: Public names that live in modules loaded on first use. Importing the parsers compiles
#: their patterns, which takes a few hundred milliseconds; ``import wirestory`` itself only
#: loads the models, so that tools that merely import it (CLIs, workers) start fast.
_LAZY: dict[str, str] = {
    "AgencyInfo": "wirestory._agencies",
    "all_agencies": "wirestory._agencies",
    "lookup_agency": "wirestory._agencies",
    "parse_many": "wirestory._batch",
    "parse_byline": "wirestory._bylines",
    "render_byline": "wirestory._bylines",
    "find_photo_credit": "wirestory._credits",
    "parse_caption": "wirestory._credits",
    "parse_photo_credit": "wirestory._credits",
    "render_photo_credit": "wirestory._credits",
    "parse_dateline": "wirestory._dateline",
    "render_dateline": "wirestory._dateline",
    "render_html": "wirestory._html",
    "to_ninjs": "wirestory._ninjs",
    "find_signoff": "wirestory._signoff",
    "parse_signoff": "wirestory._signoff",
    "render_signoff": "wirestory._signoff",
    "find_statements": "wirestory._statements",
    "parse_story": "wirestory._story",
    # XML wire items (NITF, NewsML): defusedxml loads only when one is read
    "Disagreement": "wirestory._wireitem",
    "WireFormatError": "wirestory._wireitem",
    "WireItem": "wirestory._wireitem",
    "WireMedia": "wirestory._wireitem",
    "compare_item": "wirestory._items",
    "parse_item": "wirestory._items",
    "read_item": "wirestory._items",
    "read_items": "wirestory._items",
    "read_newsml": "wirestory._newsml",
    "read_nitf": "wirestory._nitf",
    "to_nitf": "wirestory._to_nitf",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wirestory' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this hook
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
    "Disagreement",
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
    "SpeakerEntity",
    "SpeakerKind",
    "SpeakerMention",
    "Statement",
    "StatementKind",
    "Story",
    "WireFormatError",
    "WireItem",
    "WireMedia",
    "__version__",
    "all_agencies",
    "compare_item",
    "find_photo_credit",
    "find_signoff",
    "find_statements",
    "lookup_agency",
    "parse_byline",
    "parse_caption",
    "parse_dateline",
    "parse_item",
    "parse_many",
    "parse_photo_credit",
    "parse_signoff",
    "parse_story",
    "read_item",
    "read_items",
    "read_newsml",
    "read_nitf",
    "render_byline",
    "render_dateline",
    "render_html",
    "render_photo_credit",
    "render_signoff",
    "to_ninjs",
    "to_nitf",
]
