r"""Stories as JSON-safe dicts and back: :func:`story_to_dict` and :func:`story_from_dict`.

The format
----------
A story becomes one JSON object::

    {
      "schema_version": 1,
      "text": "Caspian Region\n\nRussia Offers ...",
      "section": {"text": "Caspian Region", "span": [0, 14]},
      "headline": {...},
      "bylines": [{"names": ["Nazarali Pirnazarov"], "organization": null, ...}],
      "photos": [...], "dateline": {...}, "paragraphs": [...], "statements": [...],
      "signoff": null, "furniture": [...]
    }

Every model is an object holding all of its fields under their Python names; a
:class:`~wirestory.Span` is a ``[start, end]`` pair of character offsets into ``"text"``;
tuples are arrays; enumerations (``StatementKind``, ``FurnitureKind``) are their string
values; dates are ISO 8601 strings (``"2021-05-05"``); absent values are ``null``. Only
strings, integers, booleans, ``null``, arrays and objects occur, so any JSON library reads it.

``"schema_version"`` is :data:`SCHEMA_VERSION`. It goes up when a field changes meaning or
is removed; new fields with defaults keep the version, and readers ignore keys they do not
know. :func:`story_from_dict` refuses a version newer than its own.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from typing import Any

import attrs

from wirestory import _models
from wirestory._models import Span, Story

__all__ = ["SCHEMA_VERSION", "story_from_dict", "story_to_dict"]

#: The version of the dict layout that :func:`story_to_dict` writes.
SCHEMA_VERSION = 1


def _to_json(value: Any) -> Any:
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_to_json(item) for item in value]
    if attrs.has(type(value)):
        return {
            field.name: _to_json(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    raise TypeError(f"cannot convert {type(value).__name__} to JSON")


def story_to_dict(story: Story) -> dict[str, Any]:
    """Return *story* as a JSON-safe dict (see the module docs for the layout).

    >>> from wirestory import Headline, Span, Story
    >>> d = story_to_dict(Story(text="Hi", headline=Headline(text="Hi", span=Span(0, 2))))
    >>> d["schema_version"], d["headline"]
    (1, {'text': 'Hi', 'span': [0, 2]})
    """
    if not isinstance(story, Story):
        raise TypeError(f"story must be a wirestory.Story, not {type(story).__name__}")
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(_to_json(story))
    return data


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(_models))


def _from_json(value: Any, hint: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = typing.get_args(hint)
        if value is None:
            if type(None) in options:
                return None
            raise ValueError(f"{path}: null is not allowed")
        (inner,) = [option for option in options if option is not type(None)]
        return _from_json(value, inner, path)
    if value is None:
        raise ValueError(f"{path}: null is not allowed")
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(f"{path}: expected an array, got {type(value).__name__}")
        (item_hint, _ellipsis) = typing.get_args(hint)
        return tuple(_from_json(item, item_hint, f"{path}[{i}]") for i, item in enumerate(value))
    if hint is Span:
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            raise ValueError(f"{path}: expected a [start, end] pair of integers, got {value!r}")
        return Span(value[0], value[1])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if isinstance(hint, type) and attrs.has(hint):
        return _model_from_json(value, hint, path)
    if hint is dt.date:
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{path}: expected an ISO date, got {value!r}") from error
    if hint is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{path}: expected true or false, got {value!r}")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{path}: expected an integer, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ValueError(f"{path}: expected a string, got {value!r}")
        return value
    raise ValueError(f"{path}: unsupported field type {hint!r}")  # pragma: no cover


def _model_from_json(value: Any, cls: type, path: str) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"{path}: expected an object, got {type(value).__name__}")  # noqa: TRY004
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in value:
            if field.default is attrs.NOTHING:
                raise ValueError(f"{path}: missing {field.name!r}")
            continue
        kwargs[field.alias] = _from_json(
            value[field.name], hints[field.name], f"{path}.{field.name}"
        )
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{path}: {error}") from error


def story_from_dict(data: dict[str, Any]) -> Story:
    r"""Rebuild a story from :func:`story_to_dict` output.

    Raises:
        ValueError: *data* is not a story dict: a field is missing or of the wrong type, a
            span is not a pair of offsets, or ``schema_version`` is newer than this library's.

    >>> from wirestory import parse_story
    >>> story = parse_story("Storm hits port\n\nThe port closed.")
    >>> story_from_dict(story_to_dict(story)) == story
    True
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a dict, got {type(data).__name__}")  # noqa: TRY004
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > SCHEMA_VERSION:
        raise ValueError(
            f"unsupported schema_version {version!r}: this wirestory reads {SCHEMA_VERSION}"
        )
    story: Story = _model_from_json(data, Story, "story")
    return story
