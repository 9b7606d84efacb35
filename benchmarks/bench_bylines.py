"""Benchmark byline and sign-off parsing beside a same-run tokenising baseline.

    .venv/bin/python benchmarks/bench_bylines.py [--data DIR] [--repeat N]

Inputs are read at run time from ``../shared/data`` (evaluation data is never copied into
this repository): the Reuters-21578 ``<AUTHOR>`` lines and whole stories. Without them, the
byline and sign-off forms quoted in issue 3 stand in. Four series are timed on the same texts
in the same run: ``parse_byline`` on byline lines (cold: its look-up caches emptied before
each pass, as when every byline is new; warm: the same lines again, as in a corpus where
writers recur), ``parse_signoff`` on the sign-off lines
found in the stories, and ``find_signoff`` on whole stories. Each is reported as items per
second and as a ratio to one tokenising pass over the same texts,
``regex.findall(r"\\w+|[^\\w\\s]", text)``. ``pyperf`` is used when installed, else the best
of ``--repeat`` ``time.perf_counter`` loops. Results are printed and written to
``benchmarks/results/bench_bylines.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

import wirestory
from wirestory._bylines import _clear_caches
from wirestory._signoff import find_signoff

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"

#: The baseline: one tokenising pass.
TOKEN = regex.compile(r"\w+|[^\w\s]")

#: Stand-in bylines when the evaluation data is absent: the forms listed in issue 3.
FALLBACK_BYLINES = (
    "By Chaitanya Kalbag, Reuters",
    "By BERNARD CONDON / AP Business Writer",
    "By Paulo Santalucia and Frances D'Emilio",
    "Nazarali Pirnazarov",
    "Agence France-Presse in Ankara",
    "Staff and agencies",
)

#: Stand-in sign-offs: the forms listed in issue 3.
FALLBACK_SIGNOFFS = (
    (
        "Reporting by Anna Lee in Moscow; Additional reporting by Bo Kim; Writing by Cy Roe; "
        "Editing by Di Fox"
    ),
    "Reuter",
    "Compiled by Gdansk Newsroom",
    "Associated Press writer Jon Gambrell in Dubai contributed to this report.",
)


def read_field(data: Path, name: str, field: str) -> list[str]:
    """The *field* of every row of ``data/name`` (empty when the file is absent)."""
    path = data / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)[field] for line in handle if line.strip()]


def run_bylines(texts: list[str]) -> int:
    """Parse every text as a byline; return how many were found."""
    parse = wirestory.parse_byline
    return sum(parse(text) is not None for text in texts)


def run_bylines_cold(texts: list[str]) -> int:
    """Parse every text as a byline with empty look-up caches (first reads)."""
    _clear_caches()
    return run_bylines(texts)


def run_signoffs(texts: list[str]) -> int:
    """Parse every text as a sign-off; return how many were found."""
    parse = wirestory.parse_signoff
    return sum(parse(text) is not None for text in texts)


def run_find_signoff(texts: list[str]) -> int:
    """Find the sign-off at the end of every story; return how many were found."""
    return sum(find_signoff(text) is not None for text in texts)


def run_baseline(texts: list[str]) -> int:
    """Tokenise every text once; return the token count."""
    findall = TOKEN.findall
    return sum(len(findall(text)) for text in texts)


def best_seconds(func: Callable[[list[str]], int], texts: list[str], repeat: int) -> float:
    """Best wall-clock time of *repeat* runs of ``func(texts)``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(texts)
        best = min(best, time.perf_counter() - start)
    return best


def measure(
    name: str, func: Callable[[list[str]], int], texts: list[str], repeat: int
) -> dict[str, Any]:
    """Time *func* and the baseline on *texts*; pyperf when installed."""
    method = f"best of {repeat} perf_counter loops"
    try:
        import pyperf  # noqa: PLC0415  (optional)
    except ImportError:
        parse_s = best_seconds(func, texts, repeat)
        base_s = best_seconds(run_baseline, texts, repeat)
    else:
        runner = pyperf.Runner(values=3, processes=1, loops=1)
        parsed = runner.bench_func(name, func, texts)
        baseline = runner.bench_func(f"{name}-tokenise", run_baseline, texts)
        if parsed is None or baseline is None:  # in a pyperf worker process
            sys.exit(0)
        method = "pyperf"
        parse_s, base_s = float(parsed.mean()), float(baseline.mean())
    return {
        "method": method,
        "texts": len(texts),
        "characters": sum(map(len, texts)),
        "found": func(texts),
        "parse_seconds": round(parse_s, 4),
        "baseline_seconds": round(base_s, 4),
        "per_second": round(len(texts) / parse_s),
        "baseline_texts_per_second": round(len(texts) / base_s),
        "ratio_to_baseline": round(parse_s / base_s, 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    bylines = read_field(args.data, "reuters_bylines.jsonl", "text")
    stories = read_field(args.data, "reuters_stories.jsonl", "text")
    found = [find_signoff(story) for story in stories]
    signoff_lines = [s.text for s in found if s is not None]
    corpus = "evaluation data" if bylines and stories else "issue 3 forms (no data found)"
    bylines = bylines or list(FALLBACK_BYLINES)
    signoff_lines = signoff_lines or list(FALLBACK_SIGNOFFS)
    stories = stories or [
        f"LONDON - Prices rose, the company said.\n{s}" for s in FALLBACK_SIGNOFFS
    ]
    repeat = args.repeat
    series = {
        "parse_byline_cold": measure("parse_byline-cold", run_bylines_cold, bylines, repeat),
        "parse_byline_warm": measure("parse_byline-warm", run_bylines, bylines, repeat),
        "parse_signoff": measure("parse_signoff", run_signoffs, signoff_lines, repeat),
        "find_signoff_in_stories": measure("find_signoff", run_find_signoff, stories, repeat),
    }
    result: dict[str, Any] = {
        "benchmark": "bylines and sign-offs",
        "corpus": corpus,
        "python": platform.python_version(),
        "wirestory": wirestory.__version__,
        "series": series,
    }
    for name, values in series.items():
        print(
            f"{name:24} {values['per_second']:>8} /s   ratio to tokenising pass "
            f"{values['ratio_to_baseline']:>6}   ({values['texts']} texts, {values['method']})"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench_bylines.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
