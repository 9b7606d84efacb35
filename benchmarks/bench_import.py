"""Measure what ``import wirestory`` costs, and what the first dateline parses load later.

    .venv/bin/python benchmarks/bench_import.py [--runs N]

Each run is a fresh interpreter (``python -c``) that records its resident memory (``VmRSS``)
bare, after ``import wirestory``, after the first English dateline ("LONDON, March 3 (Reuters)
-": the dateline parser and the English place table) and after the first dateline in another
language ("Brno 3. července (ČTK) -": the CLDR month table and the world place table of
GeoNames and pycountry names). The medians of ``--runs`` runs are printed and written to
``benchmarks/results/bench_import.json``.

Goals (issue 19): ``import wirestory`` under 100 ms and 15 MB over the bare interpreter, and
neither place table loaded by the import.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results" / "bench_import.json"
IMPORT_GOAL_S = 0.100
IMPORT_GOAL_MB = 15.0

#: Run in a fresh interpreter; prints one JSON object.
SCRIPT = textwrap.dedent(
    """
    import json, sys, time

    def rss_mb():
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    out = {"bare_mb": rss_mb()}
    start = time.perf_counter()
    import wirestory
    out["import_s"] = time.perf_counter() - start
    out["import_mb"] = rss_mb()
    out["tables_after_import"] = sorted(
        name for name in sys.modules
        if name in {"wirestory._place_table", "wirestory._world_places", "wirestory._month_table"}
    )
    start = time.perf_counter()
    wirestory.parse_dateline("LONDON, March 3 (Reuters) - Oil rose.")
    out["english_s"] = time.perf_counter() - start
    out["english_mb"] = rss_mb()
    start = time.perf_counter()
    wirestory.parse_dateline("Brno 3. července (ČTK) - Město schválilo rozpočet.")
    out["language_s"] = time.perf_counter() - start
    out["language_mb"] = rss_mb()
    print(json.dumps(out))
    """
)


def one_run() -> dict[str, Any]:
    """Run :data:`SCRIPT` once in a fresh interpreter."""
    done = subprocess.run(  # noqa: S603  (our own script, our own interpreter)
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results; exit 1 when the import misses its goals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters (median)")
    options = parser.parse_args(argv)
    runs = [one_run() for _ in range(options.runs)]

    def median(key: str) -> float:
        return float(statistics.median(run[key] for run in runs))

    bare = median("bare_mb")
    result = {
        "runs": options.runs,
        "python": sys.version.split()[0],
        "bare_interpreter_mb": round(bare, 1),
        "import_ms": round(median("import_s") * 1000, 1),
        # the best run: the machine's own cost, without other processes' noise
        "import_ms_best": round(min(run["import_s"] for run in runs) * 1000, 1),
        "import_added_mb": round(statistics.median(r["import_mb"] - r["bare_mb"] for r in runs), 1),
        "tables_after_import": runs[0]["tables_after_import"],
        "first_english_dateline_ms": round(median("english_s") * 1000, 1),
        "first_english_dateline_added_mb": round(
            statistics.median(r["english_mb"] - r["import_mb"] for r in runs), 1
        ),
        "first_language_dateline_ms": round(median("language_s") * 1000, 1),
        "first_language_dateline_added_mb": round(
            statistics.median(r["language_mb"] - r["english_mb"] for r in runs), 1
        ),
        "goals": {"import_ms": IMPORT_GOAL_S * 1000, "import_added_mb": IMPORT_GOAL_MB},
    }
    within = (
        result["import_ms"] <= IMPORT_GOAL_S * 1000
        and result["import_added_mb"] <= IMPORT_GOAL_MB
        and not result["tables_after_import"]
    )
    result["within_goals"] = within
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
