"""The model layer: spans, immutability, date resolution, the agency registry."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirestory
from wirestory import DatelineDate, Span


def test_span_rejects_reversed_offsets() -> None:
    """A span whose end precedes its start is an error, not a model."""
    with pytest.raises(ValueError, match="end"):
        Span(5, 4)
    with pytest.raises(ValueError, match="start"):
        Span(-1, 4)


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 1000))
def test_span_shift_keeps_length(a: int, b: int, k: int) -> None:
    """Shifting a span moves both ends and keeps its length."""
    start, end = min(a, b), max(a, b)
    span = Span(start, end)
    assert span.shift(k) == Span(start + k, end + k)
    assert len(span.shift(k)) == len(span)


def test_models_are_frozen_and_picklable() -> None:
    """Models cannot be mutated and survive pickling (for process pools)."""
    d = DatelineDate(month=2, day=26, text="Feb 26", span=Span(10, 16))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.month = 3  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(d)) == d


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (12, 30, dt.date(2021, 1, 4), dt.date(2020, 12, 30)),  # story filed after New Year
        (1, 5, dt.date(2021, 1, 4), dt.date(2021, 1, 5)),  # datelined a day ahead (time zones)
        (1, 6, dt.date(2021, 1, 4), dt.date(2020, 1, 6)),  # two days ahead: last year
        (2, 29, dt.date(2023, 3, 1), dt.date(2020, 2, 29)),  # nearest leap year
        (2, 26, dt.date(1987, 2, 26), dt.date(1987, 2, 26)),  # Reuters-21578 "Feb 26"
    ],
)
def test_dateline_date_resolve(month: int, day: int, reference: dt.date, expected: dt.date) -> None:
    """A yearless date resolves to the nearest such date not after the reference plus a day."""
    date = DatelineDate(month=month, day=day, text="x", span=Span(0, 1))
    assert date.resolve(reference) == expected


def test_dateline_date_with_year_ignores_reference() -> None:
    """A stated year wins over the reference."""
    date = DatelineDate(month=4, day=28, year=2021, text="April 28, 2021", span=Span(0, 14))
    assert date.resolve(dt.date(1999, 1, 1)) == dt.date(2021, 4, 28)


def test_dateline_date_resolve_rejects_non_date() -> None:
    """resolve() names the type it wants."""
    date = DatelineDate(month=4, day=28, text="April 28", span=Span(0, 8))
    with pytest.raises(TypeError, match=r"datetime\.date"):
        date.resolve("2021-04-28")  # type: ignore[arg-type]


def test_impossible_date_is_rejected_by_resolve() -> None:
    """April 31 is no calendar date in any year."""
    date = DatelineDate(month=4, day=31, text="April 31", span=Span(0, 8))
    with pytest.raises(ValueError, match="no real calendar date"):
        date.resolve(dt.date(2021, 5, 1))


@pytest.mark.parametrize(
    ("alias", "code", "name"),
    [
        ("Reuter", "Reuters", "Reuters"),  # 1987 Reuters sign-off form
        ("REUTERS", "Reuters", "Reuters"),
        ("Associated Press", "AP", "Associated Press"),
        ("Agence France-Presse", "AFP", "Agence France-Presse"),
        ("ITAR-TASS", "TASS", "TASS"),
        ("Canadian Press", "CP", "The Canadian Press"),
        ("Yonhap News Agency", "Yonhap", "Yonhap"),
    ],
)
def test_registry_aliases(alias: str, code: str, name: str) -> None:
    """Aliases map to the canonical name and code, whatever their case."""
    info = wirestory.lookup_agency(alias)
    assert info is not None
    assert (info.code, info.name) == (code, name)


def test_registry_is_large_and_unambiguous() -> None:
    """At least 40 agencies, and no alias names two of them."""
    agencies = wirestory.all_agencies()
    assert len(agencies) >= 40
    seen: dict[str, str] = {}
    for info in agencies:
        for alias in info.aliases:
            key = alias.casefold()
            assert seen.setdefault(key, info.name) == info.name, alias
