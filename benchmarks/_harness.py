"""What the per-parser benchmark scripts share (a helper module, not a benchmark itself).

The scripts beside this file (``bench_*.py``) import it as ``_harness``: a script's own folder
is the first entry of ``sys.path`` when it is run as ``python benchmarks/bench_x.py``.

It offers:

- the command line every script takes (:func:`parse_args`): ``--data DIR``, ``--repeat N``,
  ``--limit N`` (rows read from each evaluation file) and ``--quick`` (at most
  :data:`QUICK_LIMIT` rows a file and :data:`QUICK_REPEAT` repeats, unless given);
- the inputs: :func:`read_field` reads one field of a JSONL evaluation file under
  ``../shared/data`` at run time (evaluation data is never copied into this repository), and
  :func:`example_story` / :func:`example_lines` give the bundled ``examples/story.txt`` for
  when the data is absent;
- the same-run baseline, :func:`run_baseline`: one tokenising pass,
  ``regex.findall(r"\\w+|[^\\w\\s]", text)``, over the same texts;
- timing, :class:`Timer`: ``pyperf`` when it is installed (one runner a process; the worker
  processes it spawns get the script's own options back), else the best of ``--repeat``
  ``time.perf_counter`` loops;
- series: :func:`counting` turns a ``parse_*``/``find_*`` function into a series that counts
  what it found;
- figures: :func:`ratio` (a series' time over the baseline's), :func:`rate` (items per
  second), :func:`measure` (one series beside the baseline, as the JSON record the scripts
  share), :func:`header` (what every result file starts with) and :func:`series_result`;
- output: :func:`print_series`, :func:`report_series` and :func:`report`, which prints and writes
  ``benchmarks/results/<name>.json`` (in the parent process only, never in a pyperf worker).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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

#: ``--quick``: rows read from each evaluation file, and timing repeats (unless given).
QUICK_LIMIT = 200
QUICK_REPEAT = 2

#: A timed series: runs over all the texts and returns a count (found items, tokens...).
Series = Callable[[list[str]], int]


# --------------------------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """The parsed command line of a benchmark script."""

    data: Path
    repeat: int
    limit: int | None
    quick: bool
    #: Arguments left for pyperf (``--worker``, ``--values`` ...); empty without pyperf.
    rest: tuple[str, ...] = ()

    def own_args(self) -> list[str]:
        """The script's own options as arguments again (for pyperf's worker processes)."""
        args = ["--data", str(self.data), "--repeat", str(self.repeat)]
        if self.limit is not None:
            args += ["--limit", str(self.limit)]
        if self.quick:
            args.append("--quick")
        return args


def has_pyperf() -> bool:
    """Whether ``pyperf`` is installed."""
    return importlib.util.find_spec("pyperf") is not None


def parse_args(
    doc: str | None,
    *,
    repeat: int = 5,
    limit: int | None = None,
    argv: Sequence[str] | None = None,
) -> Options:
    """Parse ``--data``, ``--repeat``, ``--limit`` and ``--quick``; *doc* gives the description.

    With pyperf installed, arguments the script does not know are kept for pyperf's own
    command line (``--worker``, ``--values`` ...); without it they are an error.
    """
    parser = argparse.ArgumentParser(description=(doc or "").split("\n", 1)[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="evaluation data folder (../shared/data)"
    )
    parser.add_argument(
        "--repeat", type=int, help=f"timing repeats (default {repeat}; {QUICK_REPEAT} --quick)"
    )
    parser.add_argument(
        "--limit",
        type=int,
        help=f"rows read from each data file (default {limit or 'all'}; {QUICK_LIMIT} --quick)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a small sample and few repeats: a smoke run"
    )
    if has_pyperf():
        args, rest = parser.parse_known_args(argv)
    else:
        args, rest = parser.parse_args(argv), []
    if args.repeat is None:
        args.repeat = QUICK_REPEAT if args.quick else repeat
    if args.limit is None:
        args.limit = min(limit or QUICK_LIMIT, QUICK_LIMIT) if args.quick else limit
    if args.repeat < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--repeat and --limit must be at least 1")
    return Options(args.data, args.repeat, args.limit, args.quick, tuple(rest))


# --------------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------------


def read_field(data: Path, name: str, field: str, limit: int | None = None) -> list[str]:
    """The *field* of the first *limit* rows of ``data/name`` (empty when the file is absent)."""
    path = data / name
    if not path.is_file():
        return []
    out: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(out) >= limit:
                break
            if line.strip():
                out.append(json.loads(line)[field])
    return out


def example_story() -> str:
    """The bundled example story, ``examples/story.txt`` (stands in when data is absent)."""
    return EXAMPLE.read_text(encoding="utf-8")


def example_lines() -> list[str]:
    """The non-blank lines of the bundled example story."""
    return [line for line in example_story().splitlines() if line.strip()]


# --------------------------------------------------------------------------------------------
# timing
# --------------------------------------------------------------------------------------------


def run_baseline(texts: list[str]) -> int:
    """Tokenise every text once; return the token count."""
    findall = TOKEN.findall
    return sum(len(findall(text)) for text in texts)


def counting(parse: Callable[[str], object]) -> Series:
    """A series calling *parse* on every text; it returns how many results were not None."""

    def run(texts: list[str]) -> int:
        return sum(parse(text) is not None for text in texts)

    return run


def best_seconds(func: Series, texts: list[str], repeat: int) -> float:
    """Best wall-clock time of *repeat* runs of ``func(texts)``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(texts)
        best = min(best, time.perf_counter() - start)
    return best


class Timer:
    """Times series and the baseline: pyperf when installed (and wanted), else best of N.

    pyperf allows one runner a process and reruns the script in worker processes, each of
    which times one series: a script must make the same :meth:`seconds` calls in the same
    order whatever happens, and leave printing and writing to :func:`report` (which does
    nothing in a worker, see :attr:`worker`).
    """

    def __init__(self, options: Options, *, use_pyperf: bool = True) -> None:
        self.repeat = options.repeat
        self._runner: Any = None
        if use_pyperf and has_pyperf():
            import pyperf  # noqa: PLC0415  (optional)

            def add_cmdline_args(cmd: list[str], _args: object) -> None:
                cmd.extend(options.own_args())

            self._runner = pyperf.Runner(
                values=options.repeat, processes=1, loops=1, add_cmdline_args=add_cmdline_args
            )
            self._runner.parse_args(list(options.rest))
        elif options.rest:
            sys.exit(f"unrecognised arguments: {' '.join(options.rest)}")

    @property
    def method(self) -> str:
        """How the times were taken, for the results."""
        if self._runner is not None:
            return f"pyperf ({self.repeat} values)"
        return f"best of {self.repeat} perf_counter loops"

    @property
    def worker(self) -> bool:
        """Whether this process is a pyperf worker (which must neither print nor write)."""
        return self._runner is not None and bool(self._runner.args.worker)

    def seconds(self, name: str, func: Series, texts: list[str]) -> float:
        """Seconds one ``func(texts)`` takes: pyperf's mean, or the best of the repeats.

        NaN in a pyperf worker process that times another series.
        """
        if self._runner is None:
            return best_seconds(func, texts, self.repeat)
        bench = self._runner.bench_func(name, func, texts)
        return math.nan if bench is None or self.worker else float(bench.mean())

    def pair(self, name: str, func: Series, texts: list[str]) -> tuple[float, float]:
        """Seconds of *func* and of the tokenising baseline, on the same texts in this run."""
        return (
            self.seconds(name, func, texts),
            self.seconds(f"{name}-tokenise", run_baseline, texts),
        )


# --------------------------------------------------------------------------------------------
# figures
# --------------------------------------------------------------------------------------------


def ratio(seconds: float, baseline: float) -> float:
    """How many baseline passes a series costs (its time over the baseline's), 2 decimals."""
    return round(seconds / max(baseline, 1e-9), 2)


def rate(count: float, seconds: float, digits: int | None = None) -> float:
    """*count* a second (rounded to *digits*; to a whole number by default)."""
    per_second = count / max(seconds, 1e-9)
    return round(per_second) if digits is None else round(per_second, digits)


def measure(timer: Timer, name: str, func: Series, texts: list[str]) -> dict[str, Any]:
    """Time *func* beside the baseline on *texts*: the record the result files share.

    Keys: ``method``, ``texts``, ``characters``, ``found`` (what ``func`` returns),
    ``parse_seconds``, ``baseline_seconds``, ``per_second``, ``baseline_texts_per_second``
    and ``ratio_to_baseline``. Empty in a pyperf worker.
    """
    parse_s, base_s = timer.pair(name, func, texts)
    if timer.worker:
        return {}
    return {
        "method": timer.method,
        "texts": len(texts),
        "characters": sum(map(len, texts)),
        "found": func(texts),
        "parse_seconds": round(parse_s, 4),
        "baseline_seconds": round(base_s, 4),
        "per_second": rate(len(texts), parse_s),
        "baseline_texts_per_second": rate(len(texts), base_s),
        "ratio_to_baseline": ratio(parse_s, base_s),
    }


def series_result(
    benchmark: str, corpus: str, options: Options, series: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The result of a script timing several :func:`measure` series: header and ``series``."""
    return {**header(benchmark, corpus, options), "series": series}


def header(benchmark: str, corpus: str, options: Options) -> dict[str, Any]:
    """What every result file starts with: what was run, on what, with which versions."""
    return {
        "benchmark": benchmark,
        "corpus": corpus,
        "python": platform.python_version(),
        "wirestory": wirestory.__version__,
        "quick": options.quick,
        "limit": options.limit,
    }


# --------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------


def print_series(series: dict[str, dict[str, Any]]) -> None:
    """One line a series: items per second, ratio to the baseline, texts and method."""
    width = max(map(len, series), default=0) + 2
    for name, values in series.items():
        print(
            f"{name:{width}} {values['per_second']:>8} /s   ratio to tokenising pass "
            f"{values['ratio_to_baseline']:>6}   ({values['texts']} texts, {values['method']})"
        )


def report_series(timer: Timer, name: str, result: dict[str, Any]) -> Path | None:
    """:func:`report` a :func:`series_result`, one line a series (:func:`print_series`)."""
    return report(timer, name, result, lambda r: print_series(r["series"]))


def report(
    timer: Timer,
    name: str,
    result: dict[str, Any],
    show: Callable[[dict[str, Any]], object] | None = None,
) -> Path | None:
    """Print *result* and write it to ``benchmarks/results/<name>.json``; its path.

    *show* prints it (by default, one ``key value`` line a top-level key). Nothing is printed
    or written in a pyperf worker process (None is returned).
    """
    if timer.worker:
        return None
    if show is None:
        width = max(map(len, result), default=0) + 2
        for key, value in result.items():
            print(f"{key:{width}}{value}")
    else:
        show(result)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {path.relative_to(ROOT)}", file=sys.stderr)
    return path
