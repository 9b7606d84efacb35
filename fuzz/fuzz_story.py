# ruff: noqa: INP001  (a script folder, not a package)
"""Coverage-guided fuzzing of ``wirestory.parse_story`` and the other public parsers (atheris).

Run (see fuzz/README.md)::

    mkdir -p fuzz/corpus fuzz/findings
    .venv/bin/python fuzz/fuzz_story.py fuzz/corpus fuzz/seeds \
        -dict=fuzz/wire.dict -max_len=4096 -timeout=10 -artifact_prefix=fuzz/findings/ \
        -max_total_time=1800

Each input is decoded as UTF-8 with ``surrogateescape`` (so invalid bytes become lone
surrogates, which a ``str`` may hold) and must satisfy, for every public parser, the invariants
the robustness suite checks (``tests/test_robustness.py::check``):

- the call returns (no exception, no time-out: ``-timeout`` turns a slow input into a finding);
- every span lies inside the input and ``text[span.start:span.end] == model.text``;
- ``parse_story`` keeps the input as ``Story.text`` and drops nothing: every non-white-space
  character belongs to a top-level part, and the parts do not overlap.

A violated invariant raises, and libFuzzer saves the input under ``-artifact_prefix``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

# ``import wirestory`` loads only the models; the parsers load on first use. Import every
# module of the package here, inside the instrumentation block, so that libFuzzer sees the
# coverage of all of them (the Hypothesis strategies and the command line are left out).
with atheris.instrument_imports(include=["wirestory"]):
    import wirestory

    for module in pkgutil.iter_modules(wirestory.__path__, "wirestory."):
        if module.name not in {"wirestory.strategies", "wirestory.cli", "wirestory.__main__"}:
            importlib.import_module(module.name)

from test_robustness import PARSERS, check  # type: ignore[import-not-found]  # tests/ on the path


def test_one_input(data: bytes) -> None:
    """Check every parser's invariants on one input."""
    text = data.decode("utf-8", errors="surrogateescape")
    for name in PARSERS:
        check(name, text)


def main() -> None:
    """Hand the command line to libFuzzer."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
