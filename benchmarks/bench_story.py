"""Benchmark whole-story parsing, in one process and on two, beside a same-run baseline.

    .venv/bin/python benchmarks/bench_story.py [--data DIR] [--limit N] [--repeat N] [--quick]

Inputs are read at run time from ``../shared/data`` (evaluation data is never copied into
this repository): the Reuters-21578 stories (``reuters_stories.jsonl``) and the modern wire
stories (``wire_stories.jsonl``), the first ``--limit`` (2,000) of each. Without them, the
bundled ``examples/story.txt`` stands in. Series, all on the same texts in the same run:

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

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any
from unittest import mock

import _harness

import wirestory

#: (corpus name, file) of the stories read, each its first ``--limit`` rows.
SOURCES = (
    ("reuters_stories", "reuters_stories.jsonl"),
    ("wire_stories", "wire_stories.jsonl"),
)

#: The series printed, in order.
SHOWN = ("baseline", "parse_story", "parse_many_2_jobs", "segmentation_only")


def run_parse_story(texts: list[str]) -> int:
    """Parse every text in this process."""
    return sum(len(wirestory.parse_story(text).paragraphs) for text in texts)


def run_segmentation_only(texts: list[str]) -> int:
    """Parse every text with statement finding replaced by a no-op."""
    with mock.patch("wirestory._statements.find_statements", return_value=[]):
        return run_parse_story(texts)


def series(seconds: float, baseline: float, texts: list[str], megabytes: float) -> dict[str, Any]:
    """Throughput figures of one series."""
    return {
        "seconds": round(seconds, 4),
        "stories_per_second": _harness.rate(len(texts), seconds, 1),
        "megabytes_per_second": _harness.rate(megabytes, seconds, 3),
        "ratio_to_baseline": _harness.ratio(seconds, baseline),
    }


def bench_corpus(
    texts: list[str], timer: _harness.Timer, pool: ProcessPoolExecutor
) -> dict[str, Any]:
    """All series on one corpus."""
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6

    def run_two_jobs(items: list[str]) -> int:
        stories = wirestory.parse_many(items, executor=pool, chunk_size=16)
        return sum(len(story.paragraphs) for story in stories)

    run_two_jobs(texts[:64])  # warm the workers up (imports, caches)
    baseline = timer.seconds("tokenise", _harness.run_baseline, texts)
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
        out[name] = series(timer.seconds(name, func, texts), baseline, texts, megabytes)
    single = out["parse_story"]["seconds"]
    out["speedup_2_jobs"] = _harness.ratio(single, out["parse_many_2_jobs"]["seconds"])
    return out


def show(results: dict[str, Any]) -> None:
    """Print each corpus's series: stories/s, MB/s and ratio to the baseline."""
    for name, figures in results["series"].items():
        print(f"{name}: {figures['stories']} stories, {figures['megabytes']} MB")
        for key in SHOWN:
            row = figures[key]
            print(
                f"  {key:<20} {row['stories_per_second']:>10,.1f} stories/s "
                f"{row['megabytes_per_second']:>8.3f} MB/s  x{row['ratio_to_baseline']} baseline"
            )
        print(f"  two jobs speed-up: {figures['speedup_2_jobs']}x")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write ``benchmarks/results/bench_story.json``."""
    options = _harness.parse_args(__doc__, repeat=3, limit=2000, argv=argv)
    corpora = {
        name: _harness.read_field(options.data, file, "text", options.limit)
        for name, file in SOURCES
    }
    corpora = {name: texts for name, texts in corpora.items() if texts}
    source = "evaluation data"
    if not corpora:
        corpora = {"example_story": [_harness.example_story()] * 200}
        source = "examples/story.txt (evaluation data absent)"

    timer = _harness.Timer(options, use_pyperf=False)
    results: dict[str, Any] = {
        **_harness.header("whole stories", source, options),
        "cpus": os.cpu_count(),
        "method": timer.method,
        "series": {},
    }
    with ProcessPoolExecutor(max_workers=2) as pool:
        for name, texts in corpora.items():
            results["series"][name] = bench_corpus(texts, timer, pool)
    _harness.report(timer, "bench_story", results, show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
