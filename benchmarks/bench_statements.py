"""Benchmark ``find_statements`` throughput on whole stories beside a tokenising baseline.

    .venv/bin/python benchmarks/bench_statements.py [--data DIR] [--repeat N] [--limit N] [--quick]

The stories are read at run time from ``../shared/data`` (evaluation data is never copied into
this repository): the modern wire stories (``wire_stories.jsonl``), the PolNeAR articles
(``polnear_docs.jsonl``, the first 200 unless ``--limit`` says otherwise) and the seed story
(``seed/seed.txt``). Without them, ``examples/story.txt`` stands in. Each series times
``find_statements`` over whole stories and reports stories per second, statements found and
the ratio to one tokenising pass over the same texts in the same run,
``regex.findall(r"\\w+|[^\\w\\s]", text)``. ``pyperf`` is used when installed, else the best of
``--repeat`` ``time.perf_counter`` loops (see ``_harness.py``). Results are printed and written
to ``benchmarks/results/bench_statements.json``.
"""

from __future__ import annotations

from typing import Any

import _harness

import wirestory

#: PolNeAR articles timed when no ``--limit`` is given (the whole file takes minutes).
POLNEAR_LIMIT = 200


def run_statements(texts: list[str]) -> int:
    """Find the statements of every text; return how many were found."""
    find = wirestory.find_statements
    return sum(len(find(text)) for text in texts)


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    options = _harness.parse_args(__doc__, argv=argv)
    wire = _harness.read_field(options.data, "wire_stories.jsonl", "text", options.limit)
    polnear = _harness.read_field(
        options.data, "polnear_docs.jsonl", "text", options.limit or POLNEAR_LIMIT
    )
    seed_path = options.data / "seed" / "seed.txt"
    seed = [seed_path.read_text(encoding="utf-8")] if seed_path.is_file() else []
    inputs = {"seed_story": seed, "wire_stories": wire, "polnear": polnear}
    inputs = {name: texts for name, texts in inputs.items() if texts}
    corpus = "evaluation data"
    if not inputs:
        inputs = {"example_story": [_harness.example_story()]}
        corpus = "examples/story.txt (data absent)"
    timer = _harness.Timer(options)
    series: dict[str, Any] = {}
    for name, texts in inputs.items():
        values = _harness.measure(timer, f"find_statements-{name}", run_statements, texts)
        if values:
            values["statements"] = values.pop("found")
            values["statements_per_second"] = _harness.rate(
                values["statements"], values["parse_seconds"]
            )
        series[name] = values
    result = _harness.series_result("find_statements", corpus, options, series)
    _harness.report_series(timer, "bench_statements", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
