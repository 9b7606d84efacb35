"""Benchmark photo-credit and caption parsing beside a same-run tokenising baseline.

    .venv/bin/python benchmarks/bench_credits.py [--data DIR] [--repeat N] [--limit N] [--quick]

Inputs are read at run time from ``../shared/data`` (the Guardian credit lines and the wire
captions, the first ``--limit`` of each; evaluation data is never copied into this
repository); without them, the credit forms quoted in issue 3 stand in. Three series are timed
on the same texts in the same run: ``parse_photo_credit`` on credit lines,
``parse_photo_credit`` on whole captions (the credit is searched for), and ``parse_caption``.
Each is reported as items per second and as a ratio to one tokenising pass over the same
texts, ``regex.findall(r"\\w+|[^\\w\\s]", text)``. ``pyperf`` is used when installed, else the
best of ``--repeat`` ``time.perf_counter`` loops (see ``_harness.py``). Results are printed and
written to ``benchmarks/results/bench_credits.json``.
"""

from __future__ import annotations

import _harness

import wirestory

#: Stand-in inputs when the evaluation data is absent: the credit forms listed in issue 3.
FALLBACK = (
    "Yuri Kochetkov/Pool via REUTERS",
    "REUTERS/Kevin Lamarque/File Photo",
    "Sputnik/Mikhail Klimentyev/Kremlin via REUTERS",
    "(AP Photo/Evan Vucci, File)",
    "Photograph: Alex Wong/Getty Images",
    "Munir uz Zaman/AFP/Getty Images",
    "(Photo credit should read MUNIR UZ ZAMAN/AFP/Getty Images)",
)


#: Parse every text as a credit; return how many credits were found.
run_credits = _harness.counting(wirestory.parse_photo_credit)


def run_captions(texts: list[str]) -> int:
    """Split every text into caption and credit; return how many credits were found."""
    parse = wirestory.parse_caption
    return sum((photo := parse(text)) is not None and photo.credit is not None for text in texts)


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    options = _harness.parse_args(__doc__, argv=argv)
    lines = _harness.read_field(options.data, "guardian_credits.jsonl", "credit", options.limit)
    captions = _harness.read_field(
        options.data, "wire_captions.jsonl", "caption_text", options.limit
    )
    corpus = "evaluation data" if lines and captions else "issue 3 credit forms (no data found)"
    lines = lines or list(FALLBACK)
    captions = captions or [f"A man walks past a mural in Kyiv. {c}" for c in FALLBACK]
    timer = _harness.Timer(options)
    series = {
        "credit_lines": _harness.measure(timer, "parse_photo_credit-lines", run_credits, lines),
        "credits_in_captions": _harness.measure(
            timer, "parse_photo_credit-captions", run_credits, captions
        ),
        "parse_caption": _harness.measure(timer, "parse_caption", run_captions, captions),
    }
    result = _harness.series_result("photo credits and captions", corpus, options, series)
    _harness.report_series(timer, "bench_credits", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
