"""``python -m wirestory``: the command line (see :mod:`wirestory.cli`)."""

from __future__ import annotations

from wirestory.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
