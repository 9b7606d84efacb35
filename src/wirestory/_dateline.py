"""PLACEHOLDER: the dateline helper replaces this module."""

from __future__ import annotations

from wirestory._checks import require_str
from wirestory._models import Dateline

__all__ = ["parse_dateline", "render_dateline"]


def parse_dateline(text: str, *, pos: int = 0) -> Dateline | None:
    """Parse the dateline that opens *text*."""
    require_str(text)
    del pos
    return None


def render_dateline(dateline: Dateline) -> str:
    """Render a dateline model as canonical text."""
    return dateline.text
