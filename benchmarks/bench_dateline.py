"""Benchmark ``parse_dateline`` throughput on the evaluation ledes beside a tokenising baseline.

    .venv/bin/python benchmarks/bench_dateline.py [--data DIR] [--repeat N] [--limit N] [--quick]

The ledes are read at run time from ``../shared/data`` (Reuters-21578 ledes, modern wire ledes,
AG News descriptions; the first ``--limit`` of each; evaluation data is never copied into this
repository); without them, the lines of ``examples/story.txt`` stand in. The baseline is one
tokenising pass over the same texts in the same run, ``regex.findall(r"\\w+|[^\\w\\s]", text)``;
the ratio says how many tokenising passes one ``parse_dateline`` call costs. ``pyperf`` is
used when installed, else the best of ``--repeat`` ``time.perf_counter`` loops (see
``_harness.py``). Results are printed and written to ``benchmarks/results/bench_dateline.json``.
"""

from __future__ import annotations

from typing import Any

import _harness

import wirestory

#: (file, field holding the lede)
SOURCES = (
    ("reuters_datelines.jsonl", "text"),
    ("wire_ledes.jsonl", "lede"),
    ("ag_news_agency.jsonl", "text"),
)


#: Parse every text; return how many datelines were found.
run_parser = _harness.counting(wirestory.parse_dateline)


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    options = _harness.parse_args(__doc__, argv=argv)
    texts = [
        lede
        for name, field in SOURCES
        for lede in _harness.read_field(options.data, name, field, options.limit)
    ]
    corpus = "evaluation data"
    if not texts:
        texts, corpus = _harness.example_lines(), "examples/story.txt lines (data absent)"
    timer = _harness.Timer(options)
    series = _harness.measure(timer, "parse_dateline", run_parser, texts)
    if timer.worker:
        return 0
    result: dict[str, Any] = {
        **_harness.header("parse_dateline", corpus, options),
        "method": series["method"],
        "ledes": series["texts"],
        "datelines_found": series["found"],
        "characters": series["characters"],
        "parse_seconds": series["parse_seconds"],
        "baseline_seconds": series["baseline_seconds"],
        "datelines_per_second": series["per_second"],
        "baseline_texts_per_second": series["baseline_texts_per_second"],
        "ratio_to_baseline": series["ratio_to_baseline"],
    }
    _harness.report(timer, "bench_dateline", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
