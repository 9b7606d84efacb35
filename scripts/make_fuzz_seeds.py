"""Write one fuzz seed per scaling family (``tests/test_scaling.py``) into ``fuzz/seeds/``.

Each seed is its family at :data:`SIZE` characters, under the harness's ``-max_len=4096``, so
libFuzzer starts from every shape the scaling suite guards. Run it after adding a family::

    .venv/bin/python scripts/make_fuzz_seeds.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_scaling import MAKERS  # noqa: E402  (the repository root must be importable first)

#: Characters in each seed.
SIZE = 2_000


def main() -> None:
    """Write ``fuzz/seeds/scaling-<family>.txt`` for every family, and remove stale ones."""
    seeds = ROOT / "fuzz" / "seeds"
    wanted = {f"scaling-{name}.txt": make(SIZE) for name, make in MAKERS.items()}
    for stale in seeds.glob("scaling-*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    for name, text in wanted.items():
        (seeds / name).write_text(text, encoding="utf-8", newline="")
    print(f"{len(wanted)} scaling seeds in {seeds}")


if __name__ == "__main__":
    main()
