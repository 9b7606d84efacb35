"""Benchmark photo-credit and caption parsing beside a same-run tokenising baseline.

    .venv/bin/python benchmarks/bench_credits.py [--data DIR] [--repeat N]

Inputs are read at run time from ``../shared/data`` (the Guardian credit lines and the wire
captions; evaluation data is never copied into this repository); without them, the credit
forms quoted in issue 3 stand in. Three series are timed on the same texts in the same run:
``parse_photo_credit`` on credit lines, ``parse_photo_credit`` on whole captions (the credit
is searched for), and ``parse_caption``. Each is reported as items per second and as a ratio
to one tokenising pass over the same texts, ``regex.findall(r"\\w+|[^\\w\\s]", text)``.
``pyperf`` is used when installed, else the best of ``--repeat`` ``time.perf_counter`` loops.
Results are printed and written to ``benchmarks/results/bench_credits.json``.
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

#: The baseline: one tokenising pass.
TOKEN = regex.compile(r"\w+|[^\w\s]")

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


def read_field(data: Path, name: str, field: str) -> list[str]:
    """The *field* of every row of ``data/name`` (empty when the file is absent)."""
    path = data / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)[field] for line in handle if line.strip()]


def run_credits(texts: list[str]) -> int:
    """Parse every text as a credit; return how many credits were found."""
    parse = wirestory.parse_photo_credit
    return sum(parse(text) is not None for text in texts)


def run_captions(texts: list[str]) -> int:
    """Split every text into caption and credit; return how many credits were found."""
    parse = wirestory.parse_caption
    return sum((photo := parse(text)) is not None and photo.credit is not None for text in texts)


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
    lines = read_field(args.data, "guardian_credits.jsonl", "credit")
    captions = read_field(args.data, "wire_captions.jsonl", "caption_text")
    corpus = "evaluation data" if lines and captions else "issue 3 credit forms (no data found)"
    lines = lines or list(FALLBACK)
    captions = captions or [f"A man walks past a mural in Kyiv. {c}" for c in FALLBACK]
    repeat = args.repeat
    series = {
        "credit_lines": measure("parse_photo_credit-lines", run_credits, lines, repeat),
        "credits_in_captions": measure(
            "parse_photo_credit-captions", run_credits, captions, repeat
        ),
        "parse_caption": measure("parse_caption", run_captions, captions, repeat),
    }
    result: dict[str, Any] = {
        "benchmark": "photo credits and captions",
        "corpus": corpus,
        "python": platform.python_version(),
        "wirestory": wirestory.__version__,
        "series": series,
    }
    for name, values in series.items():
        print(
            f"{name:22} {values['per_second']:>8} /s   ratio to tokenising pass "
            f"{values['ratio_to_baseline']:>6}   ({values['texts']} texts, {values['method']})"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench_credits.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
