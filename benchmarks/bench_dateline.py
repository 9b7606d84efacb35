"""Benchmark ``parse_dateline`` throughput on the evaluation ledes beside a tokenising baseline.

    .venv/bin/python benchmarks/bench_dateline.py [--data DIR] [--repeat N]

The ledes are read at run time from ``../shared/data`` (Reuters-21578 ledes, modern wire ledes,
AG News descriptions; evaluation data is never copied into this repository). The baseline is
one tokenising pass over the same texts in the same run,
``regex.findall(r"\\w+|[^\\w\\s]", text)``; the ratio says how many tokenising passes one
``parse_dateline`` call costs. ``pyperf`` is used when installed, else the best of ``--repeat``
``time.perf_counter`` loops. Results are printed and written to
``benchmarks/results/bench_dateline.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

import wirestory

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"

#: The baseline: one tokenising pass.
TOKEN = regex.compile(r"\w+|[^\w\s]")

#: (file, field holding the lede)
SOURCES = (
    ("reuters_datelines.jsonl", "text"),
    ("wire_ledes.jsonl", "lede"),
    ("ag_news_agency.jsonl", "text"),
)


def iter_ledes(data: Path) -> Iterator[str]:
    """Yield the ledes of the evaluation files that exist under *data*."""
    for name, field in SOURCES:
        path = data / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)[field]


def run_parser(texts: list[str]) -> int:
    """Parse every text; return how many datelines were found."""
    parse = wirestory.parse_dateline
    return sum(parse(text) is not None for text in texts)


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


def pyperf_seconds(texts: list[str]) -> tuple[float, float] | None:
    """Mean seconds per pass of parser and baseline measured by pyperf, if it is installed."""
    try:
        import pyperf  # noqa: PLC0415  (optional)
    except ImportError:
        return None
    runner = pyperf.Runner(values=3, processes=1, loops=1)
    parser = runner.bench_func("parse_dateline", run_parser, texts)
    baseline = runner.bench_func("tokenise", run_baseline, texts)
    if parser is None or baseline is None:  # in a pyperf worker process
        return None
    return float(parser.mean()), float(baseline.mean())


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    texts = list(iter_ledes(args.data))
    if not texts:
        print(f"no evaluation ledes under {args.data}", file=sys.stderr)
        return 1
    found = run_parser(texts)
    measured = pyperf_seconds(texts)
    method = "pyperf"
    if measured is None:
        method = f"best of {args.repeat} perf_counter loops"
        measured = (
            best_seconds(run_parser, texts, args.repeat),
            best_seconds(run_baseline, texts, args.repeat),
        )
    parse_s, base_s = measured
    result: dict[str, Any] = {
        "benchmark": "parse_dateline",
        "method": method,
        "python": platform.python_version(),
        "wirestory": wirestory.__version__,
        "ledes": len(texts),
        "datelines_found": found,
        "characters": sum(map(len, texts)),
        "parse_seconds": round(parse_s, 4),
        "baseline_seconds": round(base_s, 4),
        "datelines_per_second": round(len(texts) / parse_s),
        "baseline_texts_per_second": round(len(texts) / base_s),
        "ratio_to_baseline": round(parse_s / base_s, 2),
    }
    for key, value in result.items():
        print(f"{key:26} {value}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench_dateline.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
