"""PLACEHOLDER: the story helper replaces this module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Executor

from wirestory._models import Story
from wirestory._story import parse_story

__all__ = ["parse_many"]


def parse_many(texts: Iterable[str], *, executor: Executor | None = None) -> Iterator[Story]:
    """Parse many stories, in order."""
    del executor
    for text in texts:
        yield parse_story(text)
