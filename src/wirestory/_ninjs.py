"""PLACEHOLDER: the story helper replaces this module."""

from __future__ import annotations

from typing import Any

from wirestory._models import Story

__all__ = ["to_ninjs"]


def to_ninjs(story: Story) -> dict[str, Any]:
    """Export a story as IPTC ninjs 3.1."""
    return {"uri": "urn:wirestory:placeholder", "bodies": [{"role": "text", "contentType": "text/plain", "value": story.text}]}
