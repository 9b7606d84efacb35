"""PLACEHOLDER: the dateline helper replaces this module (place normalisation)."""

from __future__ import annotations

__all__ = ["place_codes"]


def place_codes(
    city: str, region: str | None = None, country: str | None = None
) -> tuple[str | None, str | None]:
    """Return ``(country_code, region_code)`` for a place as written, or ``None`` for unknowns."""
    del city, region, country
    return None, None
