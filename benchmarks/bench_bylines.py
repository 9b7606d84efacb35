"""Benchmark byline and sign-off parsing beside a same-run tokenising baseline.

    .venv/bin/python benchmarks/bench_bylines.py [--data DIR] [--repeat N] [--limit N] [--quick]

Inputs are read at run time from ``../shared/data`` (evaluation data is never copied into
this repository): the Reuters-21578 ``<AUTHOR>`` lines and whole stories, the first
``--limit`` of each. Without them, the byline and sign-off forms quoted in issue 3 stand in.
Four series are timed on the same texts in the same run: ``parse_byline`` on byline lines
(cold: its look-up caches emptied before each pass, as when every byline is new; warm: the
same lines again, as in a corpus where writers recur), ``parse_signoff`` on the sign-off lines
found in the stories, and ``find_signoff`` on whole stories. Each is reported as items per
second and as a ratio to one tokenising pass over the same texts,
``regex.findall(r"\\w+|[^\\w\\s]", text)``. ``pyperf`` is used when installed, else the best
of ``--repeat`` ``time.perf_counter`` loops (see ``_harness.py``). Results are printed and
written to ``benchmarks/results/bench_bylines.json``.
"""

from __future__ import annotations

import _harness

import wirestory
from wirestory._bylines import _clear_caches
from wirestory._signoff import find_signoff

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


#: Parse every text as a byline; return how many were found.
run_bylines = _harness.counting(wirestory.parse_byline)

#: Parse every text as a sign-off; return how many were found.
run_signoffs = _harness.counting(wirestory.parse_signoff)

#: Find the sign-off at the end of every story; return how many were found.
run_find_signoff = _harness.counting(find_signoff)


def run_bylines_cold(texts: list[str]) -> int:
    """Parse every text as a byline with empty look-up caches (first reads)."""
    _clear_caches()
    return run_bylines(texts)


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    options = _harness.parse_args(__doc__, argv=argv)
    bylines = _harness.read_field(options.data, "reuters_bylines.jsonl", "text", options.limit)
    stories = _harness.read_field(options.data, "reuters_stories.jsonl", "text", options.limit)
    found = [find_signoff(story) for story in stories]
    signoff_lines = [s.text for s in found if s is not None]
    corpus = "evaluation data" if bylines and stories else "issue 3 forms (no data found)"
    bylines = bylines or list(FALLBACK_BYLINES)
    signoff_lines = signoff_lines or list(FALLBACK_SIGNOFFS)
    stories = stories or [
        f"LONDON - Prices rose, the company said.\n{s}" for s in FALLBACK_SIGNOFFS
    ]
    timer = _harness.Timer(options)
    series = {
        "parse_byline_cold": _harness.measure(
            timer, "parse_byline-cold", run_bylines_cold, bylines
        ),
        "parse_byline_warm": _harness.measure(timer, "parse_byline-warm", run_bylines, bylines),
        "parse_signoff": _harness.measure(timer, "parse_signoff", run_signoffs, signoff_lines),
        "find_signoff_in_stories": _harness.measure(
            timer, "find_signoff", run_find_signoff, stories
        ),
    }
    result = _harness.series_result("bylines and sign-offs", corpus, options, series)
    _harness.report_series(timer, "bench_bylines", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
