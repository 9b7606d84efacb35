"""PLACEHOLDER: the byline helper replaces this module."""

from __future__ import annotations

from wirestory._checks import require_str
from wirestory._models import Byline

__all__ = ["parse_byline", "render_byline"]


def parse_byline(text: str) -> Byline | None:
    """Parse a byline."""
    require_str(text)
    return None


def render_byline(byline: Byline) -> str:
    """Render a byline model as canonical text."""
    return byline.text
