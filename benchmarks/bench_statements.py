"""Benchmark statement extraction beside a same-run tokenising baseline.

    .venv/bin/python benchmarks/bench_statements.py [--data DIR] [--repeat N]

Inputs are read at run time from ``../shared/data`` (evaluation data is never copied into this
repository): the modern wire stories (``wire_stories.jsonl``) and the PolNeAR articles
(``polnear_docs.jsonl``, first 200). Without them, ``examples/story.txt`` stands in. Each
series times ``find_statements`` over whole stories and reports statements per second,
characters per second and the ratio to one tokenising pass over the same texts,
``regex.findall(r"\\w+|[^\\w\\s]", text)``. ``pyperf`` is used when installed, else the best of
``--repeat`` ``time.perf_counter`` loops. Results are printed and written to
``benchmarks/results/bench_statements.json``.
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

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
EXAMPLE = ROOT / "examples" / "story.txt"

#: The baseline: one tokenising pass.
TOKEN = regex.compile(r"\w+|[^\w\s]")


def read_field(data: Path, name: str, field: str, limit: int | None = None) -> list[str]:
    """The *field* of the first *limit* rows of ``data/name`` (empty when absent)."""
    path = data / name
    if not path.is_file():
        return []
    out: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                out.append(json.loads(line)[field])
                if limit is not None and len(out) >= limit:
                    break
    return out


def run_statements(texts: list[str]) -> int:
    """Find the statements of every text; return how many were found."""
    find = wirestory.find_statements
    return sum(len(find(text)) for text in texts)


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


def measure(name: str, texts: list[str], repeat: int) -> dict[str, Any]:
    """Time ``find_statements`` and the baseline on *texts*; pyperf when installed."""
    method = f"best of {repeat} perf_counter loops"
    try:
        import pyperf  # noqa: PLC0415  (optional)
    except ImportError:
        parse_s = best_seconds(run_statements, texts, repeat)
        base_s = best_seconds(run_baseline, texts, repeat)
    else:
        runner = pyperf.Runner(values=3, processes=1, loops=1)
        parsed = runner.bench_func(name, run_statements, texts)
        baseline = runner.bench_func(f"{name}-tokenise", run_baseline, texts)
        if parsed is None or baseline is None:  # in a pyperf worker process
            sys.exit(0)
        method = "pyperf"
        parse_s, base_s = float(parsed.mean()), float(baseline.mean())
    found = run_statements(texts)
    characters = sum(map(len, texts))
    return {
        "method": method,
        "texts": len(texts),
        "characters": characters,
        "statements": found,
        "parse_seconds": round(parse_s, 4),
        "baseline_seconds": round(base_s, 4),
        "statements_per_second": round(found / parse_s),
        "stories_per_second": round(len(texts) / parse_s, 1),
        "characters_per_second": round(characters / parse_s),
        "ratio_to_baseline": round(parse_s / base_s, 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    wire = read_field(args.data, "wire_stories.jsonl", "text")
    polnear = read_field(args.data, "polnear_docs.jsonl", "text", limit=200)
    series: dict[str, Any] = {}
    if wire:
        series["wire_stories"] = measure("find_statements-wire", wire, args.repeat)
    if polnear:
        series["polnear_200"] = measure("find_statements-polnear", polnear, args.repeat)
    if not series:
        example = EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.is_file() else ""
        series["example_story"] = measure("find_statements-example", [example], args.repeat)
    result: dict[str, Any] = {
        "benchmark": "find_statements",
        "corpus": "evaluation data" if wire or polnear else "examples/story.txt",
        "python": platform.python_version(),
        "wirestory": wirestory.__version__,
        "series": series,
    }
    for name, values in series.items():
        print(
            f"{name:14} {values['statements_per_second']:>7} statements/s  "
            f"{values['characters_per_second']:>9} chars/s  ratio to tokenising pass "
            f"{values['ratio_to_baseline']:>7}   ({values['texts']} texts, {values['method']})"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench_statements.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
