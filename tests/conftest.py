"""Shared test configuration: Hypothesis profiles and access to the evaluation data.

The evaluation data lives in ``../shared/data`` beside the checkout (research use only, never
copied into this repository). Tests that read it skip cleanly when it is absent.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def iter_jsonl(name: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of ``../shared/data/<name>``; skip the test if the file is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"evaluation data {path} not present")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
