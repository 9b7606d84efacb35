"""Argument checks shared by the public entry points."""

from __future__ import annotations

__all__ = ["REGEX_TIMEOUT", "require_str"]

#: Seconds any single ``regex`` call may take before it is abandoned. Every pattern in the
#: package is linear-time; the timeout is a backstop so that a mistake fails loudly instead
#: of hanging a batch job.
REGEX_TIMEOUT = 5.0


def require_str(value: object, name: str = "text") -> str:
    """Return *value* if it is a ``str``; raise ``TypeError`` naming the expected type if not.

    >>> require_str(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: text must be a str, not bytes (decode bytes first, e.g. data.decode('utf-8'))
    """
    if isinstance(value, str):
        return value
    hint = (
        " (decode bytes first, e.g. data.decode('utf-8'))"
        if isinstance(value, bytes | bytearray)
        else ""
    )
    raise TypeError(f"{name} must be a str, not {type(value).__name__}{hint}")
