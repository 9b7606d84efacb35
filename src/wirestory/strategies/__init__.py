"""Hypothesis strategies for wirestory models, for use in your own tests.

Requires the ``strategies`` extra (``pip install wirestory[strategies]``), which brings
Hypothesis; ``import wirestory`` never imports this module. Each strategy draws a model
together with the canonical text it renders to, so a test can check a parser, or code built
on one, against known structure:

>>> from hypothesis import given
>>> import wirestory
>>> from wirestory.strategies import datelines
>>> @given(datelines())
... def test_round_trip(pair):
...     dateline, text = pair  # text ends with the separator: add a sentence
...     assert wirestory.parse_dateline(text + " The minister said.") == dateline
>>> test_round_trip()
"""

from __future__ import annotations

from wirestory.strategies._bylines import (
    bylines,
    desk_signoffs,
    intl_bylines,
    signoffs,
    writer_names,
)
from wirestory.strategies._credits import photo_credits, photographer_names
from wirestory.strategies._dateline import datelines
from wirestory.strategies._statements import content_clauses, statements
from wirestory.strategies._story import stories, story_texts

__all__ = [
    "bylines",
    "content_clauses",
    "datelines",
    "desk_signoffs",
    "intl_bylines",
    "photo_credits",
    "photographer_names",
    "signoffs",
    "statements",
    "stories",
    "story_texts",
    "writer_names",
]
