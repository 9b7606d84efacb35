"""PLACEHOLDER: the byline helper replaces this module."""

from __future__ import annotations

from wirestory._checks import require_str
from wirestory._models import Signoff

__all__ = ["parse_signoff", "render_signoff"]


def parse_signoff(text: str) -> Signoff | None:
    """Parse a sign-off."""
    require_str(text)
    return None


def render_signoff(signoff: Signoff) -> str:
    """Render a sign-off model as canonical text."""
    return signoff.text
