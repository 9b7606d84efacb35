"""The test suite's own settings: no outcome may depend on how fast the machine is (issue 16).

Hypothesis times two things by default: each example against a deadline, and the generation
of examples against its "too slow" health check. Both fail on a busy machine, so neither
profile the suite runs under (``dev``, README's command; ``ci``, ``.ci/run``) uses them.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings


@pytest.mark.parametrize("name", ["dev", "ci"])
def test_no_profile_times_anything(name: str) -> None:
    profile = settings.get_profile(name)
    assert profile.deadline is None
    assert HealthCheck.too_slow in profile.suppress_health_check
