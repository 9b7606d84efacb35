"""PLACEHOLDER: the photo-credit helper replaces this module."""

from __future__ import annotations

from wirestory._checks import require_str
from wirestory._models import Photo, PhotoCredit

__all__ = ["parse_caption", "parse_photo_credit", "render_photo_credit"]


def parse_photo_credit(text: str) -> PhotoCredit | None:
    """Parse a photo credit line, alone or at the end of a caption."""
    require_str(text)
    return None


def parse_caption(text: str) -> Photo | None:
    """Split a caption from its credit."""
    require_str(text)
    return None


def render_photo_credit(credit: PhotoCredit) -> str:
    """Render a credit model as canonical text."""
    return credit.text
