"""PLACEHOLDER: the statements helper replaces this module."""

from __future__ import annotations

from wirestory._checks import require_str
from wirestory._models import Statement

__all__ = ["find_statements"]


def find_statements(text: str) -> list[Statement]:
    """Find attributed statements."""
    require_str(text)
    return []
