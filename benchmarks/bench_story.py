"""Benchmark whole-story parsing, in one process and on two, beside a same-run baseline.

    .venv/bin/python benchmarks/bench_story.py [--data DIR] [--limit N] [--repeat N]

Inputs are read at run time from ``../shared/data`` (evaluation data is never copied into
this repository): the Reuters-21578 stories (``reuters_stories.jsonl``, the first ``--limit``)
and the modern wire stories (``wire_stories.jsonl``). Without them, the bundled
``examples/story.txt`` stands in. Series, all on the same texts in the same run:

- ``baseline``: one tokenising pass, ``regex.findall(r"\\w+|[^\\w\\s]", text)``, per text;
- ``parse_story``: one process, one story after another;
- ``parse_many_2_jobs``: :func:`wirestory.parse_many` on a two-process pool (pool start-up
  excluded: it is paid once per batch, not per story);
- ``segmentation_only``: ``parse_story`` with statement finding switched off, to show what
  the segmentation itself costs next to the part parsers.

Each series reports stories/s, MB/s (UTF-8) and its time as a ratio to the baseline. The best
of ``--repeat`` ``time.perf_counter`` loops is kept (``pyperf`` is not used: the two-process
series needs a pool that outlives the timed loop). Results are printed and written to
``benchmarks/results/bench_story.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any
from unittest import mock

import regex

import wirestory

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
EXAMPLE = ROOT / "examples" / "story.txt"

#: The baseline: one tokenising pass.
TOKEN = regex.compile(r"\w+|[^\w\s]")


def read_texts(data: Path, name: str, limit: int | None) -> list[str]:
    """The ``text`` of the first *limit* rows of ``data/name`` (empty when absent)."""
    path = data / name
    if not path.is_file():
        return []
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def run_baseline(texts: list[str]) -> int:
    """Tokenise every text once."""
    findall = TOKEN.findall
    return sum(len(findall(text)) for text in texts)


def run_parse_story(texts: list[str]) -> int:
    """Parse every text in this process."""
    return sum(len(wirestory.parse_story(text).paragraphs) for text in texts)


def run_segmentation_only(texts: list[str]) -> int:
    """Parse every text with statement finding replaced by a no-op."""
    with mock.patch("wirestory._statements.find_statements", return_value=[]):
        return run_parse_story(texts)


def best_seconds(func: Callable[[list[str]], int], texts: list[str], repeat: int) -> float:
    """Best wall-clock time of *repeat* runs of ``func(texts)``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(texts)
        best = min(best, time.perf_counter() - start)
    return best


def series(seconds: float, baseline: float, texts: list[str], megabytes: float) -> dict[str, Any]:
    """Throughput figures of one series."""
    return {
        "seconds": round(seconds, 4),
        "stories_per_second": round(len(texts) / seconds, 1),
        "megabytes_per_second": round(megabytes / seconds, 3),
        "ratio_to_baseline": round(seconds / baseline, 2),
    }


def bench_corpus(texts: list[str], repeat: int, pool: ProcessPoolExecutor) -> dict[str, Any]:
    """All series on one corpus."""
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    baseline = best_seconds(run_baseline, texts, repeat)

    def run_two_jobs(items: list[str]) -> int:
        stories = wirestory.parse_many(items, executor=pool, chunk_size=16)
        return sum(len(story.paragraphs) for story in stories)

    run_two_jobs(texts[:64])  # warm the workers up (imports, caches)
    out: dict[str, Any] = {
        "stories": len(texts),
        "megabytes": round(megabytes, 3),
        "baseline": series(baseline, baseline, texts, megabytes),
    }
    for name, func in (
        ("parse_story", run_parse_story),
        ("parse_many_2_jobs", run_two_jobs),
        ("segmentation_only", run_segmentation_only),
    ):
        out[name] = series(best_seconds(func, texts, repeat), baseline, texts, megabytes)
    single = out["parse_story"]["seconds"]
    out["speedup_2_jobs"] = round(single / out["parse_many_2_jobs"]["seconds"], 2)
    return out


def main() -> int:
    """Run the benchmark and write ``benchmarks/results/bench_story.json``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=2000, help="Reuters stories to use")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    corpora = {
        "reuters_stories": read_texts(args.data, "reuters_stories.jsonl", args.limit),
        "wire_stories": read_texts(args.data, "wire_stories.jsonl", None),
    }
    corpora = {name: texts for name, texts in corpora.items() if texts}
    source = "evaluation data"
    if not corpora:
        corpora = {"example_story": [EXAMPLE.read_text(encoding="utf-8")] * 200}
        source = "examples/story.txt (evaluation data absent)"

    results: dict[str, Any] = {
        "benchmark": "whole stories",
        "corpus": source,
        "python": platform.python_version(),
        "wirestory": wirestory.__version__,
        "cpus": os.cpu_count(),
        "method": f"best of {args.repeat} perf_counter loops",
        "series": {},
    }
    with ProcessPoolExecutor(max_workers=2) as pool:
        for name, texts in corpora.items():
            results["series"][name] = bench_corpus(texts, args.repeat, pool)

    for name, figures in results["series"].items():
        print(f"{name}: {figures['stories']} stories, {figures['megabytes']} MB")
        for key in ("baseline", "parse_story", "parse_many_2_jobs", "segmentation_only"):
            row = figures[key]
            print(
                f"  {key:<20} {row['stories_per_second']:>10,.1f} stories/s "
                f"{row['megabytes_per_second']:>8.3f} MB/s  x{row['ratio_to_baseline']} baseline"
            )
        print(f"  two jobs speed-up: {figures['speedup_2_jobs']}x")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "bench_story.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
