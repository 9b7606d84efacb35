"""Run every wirestory benchmark from one command and write the results as JSON.

    .venv/bin/python benchmarks/run.py            # full run (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # smaller samples, 1 MB scaling cap

Each timing sits beside a baseline measured in the same run on the same texts: one tokenising
pass, ``regex.findall(r"\\w+|[^\\w\\s]", text)``, the cheapest thing any text processor does.
A ratio of 3 means "costs as much as three tokenising passes".

What it measures:

- ``parse_story`` time per story on the seed story and on the Reuters-21578 stories, as a
  ratio to the tokenising pass (goal <= 3x, limit 5x);
- each parser's throughput (datelines/s, credits/s, captions/s, bylines/s, sign-offs/s,
  statements/s) on the evaluation inputs for that parser;
- scaling of ``parse_story`` and ``find_statements`` from 1 KB to 4 MB, on concatenated real
  stories and on one giant paragraph: time per byte must stay flat (10x input -> <= 12x time);
- ``import wirestory`` time and resident memory, and peak resident memory parsing 1,000
  stories (goal: under 30 MB over the bare interpreter);
- ``parse_many`` with two worker processes against one (serial).

The texts come from ``../shared/data`` (evaluation data: read at run time, never copied into
this repository; ``--data`` to point elsewhere). Without it, the bundled ``examples/story.txt``
stands in for every corpus, and the results say so.

Results go to ``benchmarks/results/<UTC timestamp>.json`` and ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import regex
from _harness import DEFAULT_DATA, EXAMPLE, RESULTS, ROOT, TOKEN

import wirestory

#: parse_story must cost no more than this many tokenising passes (the goal is 3).
RATIO_LIMIT = 5.0
RATIO_GOAL = 3.0
#: 10x the input may take at most this many times the time.
SCALING_LIMIT = 12.0
#: Peak memory over the bare interpreter, parsing 1,000 stories.
MEMORY_GOAL_MB = 30.0

KB = 1024
#: Inputs this large are timed once (not best of three) in the scaling series.
MB_CUTOFF = 1024 * KB


def tokenise(text: str) -> int:
    """The baseline: one ``regex.findall`` tokenising pass; returns the token count."""
    return len(TOKEN.findall(text))


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------


class Corpora:
    """The texts each benchmark runs on, from the evaluation data or the bundled example."""

    def __init__(self, data: Path, n_stories: int) -> None:
        self.data = data
        self.example = EXAMPLE.read_text(encoding="utf-8")
        self.available = (data / "reuters_stories.jsonl").is_file()
        self.n_stories = n_stories

    def rows(self, name: str, limit: int | None = None) -> list[dict[str, Any]]:
        """Return the rows of one JSONL file (empty when absent)."""
        path = self.data / name
        if not path.is_file():
            return []
        rows: list[dict[str, Any]] = []
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    rows.append(json.loads(line))
                    if limit is not None and len(rows) >= limit:
                        break
        return rows

    def seed(self) -> tuple[str, str]:
        """Return the seed story (or the bundled example) and its label."""
        seed = self.data / "seed" / "seed.txt"
        if seed.is_file():
            return seed.read_text(encoding="utf-8"), "seed story (../shared/data/seed/seed.txt)"
        return self.example, "examples/story.txt (seed story absent)"

    def stories(self) -> tuple[list[str], str]:
        """Return the Reuters-21578 stories (first ``n_stories``) or copies of the example."""
        rows = self.rows("reuters_stories.jsonl", self.n_stories)
        if rows:
            return [r["text"] for r in rows], f"first {len(rows)} Reuters-21578 stories"
        return [self.example] * self.n_stories, "examples/story.txt repeated (data absent)"

    def example_lines(self) -> list[str]:
        """Return the non-blank lines of the example story (fallback inputs)."""
        return [line for line in self.example.splitlines() if line.strip()]

    def inputs(self) -> dict[str, tuple[Callable[[str], object], list[str], str]]:
        """Return parser name -> (function, inputs, where the inputs come from)."""
        lines = self.example_lines()
        ledes = [r["text"] for r in self.rows("reuters_datelines.jsonl", 2000)]
        ledes += [r["lede"] for r in self.rows("wire_ledes.jsonl")]
        photo_credits = [r["credit"] for r in self.rows("guardian_credits.jsonl")]
        captions = [r["caption_text"] for r in self.rows("wire_captions.jsonl")]
        bylines = [r["text"] for r in self.rows("reuters_bylines.jsonl")]
        stories, _ = self.stories()
        endings = (
            ["\n".join(s.rstrip().splitlines()[-2:]) for s in stories] if self.available else []
        )
        statements = [r["text"] for r in self.rows("wire_stories.jsonl")]
        statements += [
            r["text"] for r in self.rows("polnear_docs.jsonl") if r.get("compartment") == "dev"
        ]
        fallback = "examples/story.txt lines (data absent)"
        return {
            "parse_dateline": (
                wirestory.parse_dateline,
                ledes or [lines[4]],
                "Reuters-21578 ledes (2,000) + modern wire ledes" if ledes else fallback,
            ),
            "parse_photo_credit": (
                wirestory.parse_photo_credit,
                photo_credits + captions or [lines[3]],
                "Guardian credits + wire captions" if photo_credits else fallback,
            ),
            "parse_caption": (
                wirestory.parse_caption,
                captions or [lines[3]],
                "wire captions" if captions else fallback,
            ),
            "parse_byline": (
                wirestory.parse_byline,
                bylines or [lines[2]],
                "Reuters-21578 bylines" if bylines else fallback,
            ),
            "parse_signoff": (
                wirestory.parse_signoff,
                endings or [lines[-1]],
                "last two lines of the Reuters-21578 stories" if endings else fallback,
            ),
            "find_statements": (
                wirestory.find_statements,
                statements or [self.example],
                "modern wire stories + PolNeAR dev documents" if statements else fallback,
            ),
        }


# --------------------------------------------------------------------------------------------
# timing
# --------------------------------------------------------------------------------------------


def best_time(func: Callable[[str], object], texts: Sequence[str], repeat: int) -> float:
    """Return the best of *repeat* wall-clock times (seconds) of ``func`` over all *texts*."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for text in texts:
            func(text)
        best = min(best, time.perf_counter() - start)
    return best


def paired(func: Callable[[str], object], texts: Sequence[str], repeat: int) -> tuple[float, float]:
    """Time *func* and the tokenising baseline on *texts*, interleaved; return both (s)."""
    timed = baseline = float("inf")
    for _ in range(repeat):
        timed = min(timed, best_time(func, texts, 1))
        baseline = min(baseline, best_time(tokenise, texts, 1))
    return timed, baseline


def count_results(func: Callable[[str], object], texts: Sequence[str]) -> int:
    """Return how many models *func* finds in *texts* (a list counts its items)."""
    found = 0
    for text in texts:
        result = func(text)
        if isinstance(result, list):
            found += len(result)
        elif result is not None:
            found += 1
    return found


def _story_row(
    texts: Sequence[str], label: str, repeat: int, *, statements: bool = True
) -> dict[str, Any]:
    """``parse_story`` per story on *texts*, beside the tokenising pass in the same run."""
    func = wirestory.parse_story if statements else _structure_only
    timed, baseline = paired(func, texts, repeat)
    return {
        "corpus": label if statements else f"{label}, statements=False",
        "stories": len(texts),
        "chars": sum(map(len, texts)),
        "parse_story_us": timed / len(texts) * 1e6,
        "tokenise_us": baseline / len(texts) * 1e6,
        "ratio": timed / baseline,
        "stories_per_s": len(texts) / timed,
    }


def _structure_only(text: str) -> object:
    """``parse_story`` without the statements (spaCy's ``disable=`` habit)."""
    return wirestory.parse_story(text, statements=False)


def bench_story(corpora: Corpora, repeat: int) -> dict[str, Any]:
    """``parse_story`` per story against the tokenising pass (seed, Reuters and wire stories).

    Each corpus is timed with and without the statements (``statements=False``).
    """
    out: dict[str, Any] = {}
    seed, seed_label = corpora.seed()
    seeds = [seed] * max(50, repeat * 20)
    stories, label = corpora.stories()
    wire = [r["text"] for r in corpora.rows("wire_stories.jsonl")]
    corpus = [("seed", seeds, seed_label), ("reuters", stories, label)]
    if wire:
        corpus.append(("wire", wire, f"{len(wire)} modern wire stories"))
    for key, texts, text_label in corpus:
        out[key] = _story_row(texts, text_label, repeat)
    for key, texts, text_label in corpus:
        out[f"{key}-bare"] = _story_row(texts, text_label, repeat, statements=False)
    return out


def bench_parsers(corpora: Corpora, repeat: int) -> dict[str, Any]:
    """Each parser's throughput on its own inputs, beside the tokenising pass on them."""
    out: dict[str, Any] = {}
    for name, (func, texts, label) in corpora.inputs().items():
        timed, baseline = paired(func, texts, repeat)
        found = count_results(func, texts)
        out[name] = {
            "corpus": label,
            "inputs": len(texts),
            "chars": sum(map(len, texts)),
            "found": found,
            "inputs_per_s": len(texts) / timed,
            "found_per_s": found / timed,
            "us_per_input": timed / len(texts) * 1e6,
            "tokenise_us_per_input": baseline / len(texts) * 1e6,
            "ratio": timed / baseline,
        }
    return out


def fitted_growth(points: Sequence[dict[str, Any]]) -> float | None:
    """Return 10**k for the least-squares fit of time ~ size**k over *points* (None if < 2)."""
    pairs = [(math.log(p["chars"]), math.log(p["seconds"])) for p in points if p["seconds"] > 0]
    if len(pairs) < 2:
        return None
    mean_x = statistics.fmean(x for x, _ in pairs)
    mean_y = statistics.fmean(y for _, y in pairs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in pairs) / sum(
        (x - mean_x) ** 2 for x, _ in pairs
    )
    return float(10**slope)


def scaling_inputs(corpora: Corpora, max_size: int) -> dict[str, list[str]]:
    """Return the inputs of each scaling series, 1 KB to *max_size*, by factors of 4."""
    stories, _ = corpora.stories()
    joined = "\n\n".join(stories)
    while len(joined) < max_size:
        joined = joined + "\n\n" + joined
    paragraph = " ".join(joined.split())
    while len(paragraph) < max_size:
        paragraph = paragraph + " " + paragraph
    sizes = []
    size = KB
    while size <= max_size:
        sizes.append(size)
        size *= 4
    return {
        "concatenated_stories": [joined[:n] for n in sizes],
        "one_giant_paragraph": [paragraph[:n] for n in sizes],
    }


def bench_scaling(corpora: Corpora, max_size: int, budget_s: float) -> dict[str, Any]:
    """Time per byte of ``parse_story`` and ``find_statements`` as the input grows."""
    out: dict[str, Any] = {}
    funcs: dict[str, Callable[[str], object]] = {
        "parse_story": wirestory.parse_story,
        "find_statements": wirestory.find_statements,
    }
    for series, texts in scaling_inputs(corpora, max_size).items():
        for fname, func in funcs.items():
            points: list[dict[str, Any]] = []
            errors: list[str] = []
            for text in texts:
                # Repeat small inputs so that each point takes long enough to measure.
                loops = max(1, int(200 * KB / len(text)))
                try:
                    timed = best_time(func, [text] * loops, 3 if len(text) <= MB_CUTOFF else 2)
                except Exception as error:  # noqa: BLE001  (a finding: record it, stop the series)
                    errors.append(f"{len(text):,} characters: {error!r}")
                    break
                baseline = best_time(tokenise, [text] * loops, 3)
                seconds = timed / loops
                points.append(
                    {
                        "bytes": len(text.encode("utf-8")),
                        "chars": len(text),
                        "seconds": seconds,
                        "ns_per_char": seconds / len(text) * 1e9,
                        "ratio_to_tokenise": timed / baseline,
                    }
                )
                if seconds > budget_s:
                    points[-1]["note"] = f"stopped: over the {budget_s:g} s budget per point"
                    break
            # Fit time ~ size**k by least squares on log-log over the sizes from 16 KB up (below
            # that, fixed costs per call dominate) and report 10**k: the time a 10x larger input
            # takes. One fit over all sizes is steadier on a busy machine than any one pair.
            fitted = fitted_growth([p for p in points if p["chars"] >= 16 * KB])
            out[f"{fname}/{series}"] = {
                "points": points,
                "time_for_10x_input": fitted,
                "flat": fitted is None or fitted <= SCALING_LIMIT,
                "errors": errors,
            }
    return out


#: Run in a fresh interpreter: bare RSS, import time and RSS, peak RSS parsing stories.
MEMORY_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys, time

    def rss_mb():
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def peak_mb():
        # VmHWM is this process's own peak; ru_maxrss carries the parent's over fork and exec.
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    mode = sys.argv[1]
    out = {"bare_rss_mb": rss_mb()}
    start = time.perf_counter()
    import wirestory
    out["import_s"] = time.perf_counter() - start
    out["import_rss_mb"] = rss_mb()
    if mode == "parse":
        texts = json.load(open(sys.argv[2], encoding="utf-8"))
        out["texts_loaded_rss_mb"] = rss_mb()
        keep = sys.argv[3] == "keep"
        kept = []
        for text in texts:
            story = wirestory.parse_story(text)
            if keep:
                kept.append(story)
        out["stories"] = len(texts)
        out["after_rss_mb"] = rss_mb()
    out["peak_rss_mb"] = peak_mb()
    print(json.dumps(out))
    """
)


def run_memory_script(*args: str) -> dict[str, Any]:
    """Run :data:`MEMORY_SCRIPT` in a fresh interpreter and return its JSON output."""
    done = subprocess.run(  # noqa: S603  (our own script, our own interpreter)
        [sys.executable, "-c", MEMORY_SCRIPT, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def bench_memory(corpora: Corpora, n_stories: int) -> dict[str, Any]:
    """Import time and RSS; peak RSS parsing *n_stories* stories (streamed and kept)."""
    imports = [run_memory_script("import") for _ in range(5)]
    bare = statistics.median(r["bare_rss_mb"] for r in imports)
    out: dict[str, Any] = {
        "bare_interpreter_rss_mb": bare,
        "import_s_median": statistics.median(r["import_s"] for r in imports),
        "import_rss_mb_median": statistics.median(r["import_rss_mb"] for r in imports),
        "import_added_rss_mb": statistics.median(
            r["import_rss_mb"] - r["bare_rss_mb"] for r in imports
        ),
    }
    stories, label = corpora.stories()
    texts = (stories * (n_stories // max(1, len(stories)) + 1))[:n_stories]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "texts.json"
        path.write_text(json.dumps(texts), encoding="utf-8")
        for mode in ("stream", "keep"):
            run = run_memory_script("parse", str(path), mode)
            out[f"parse_{mode}"] = {
                "corpus": label,
                "stories": run["stories"],
                "peak_rss_mb": run["peak_rss_mb"],
                "peak_over_interpreter_mb": run["peak_rss_mb"] - run["bare_rss_mb"],
                "peak_over_loaded_texts_mb": run["peak_rss_mb"] - run["texts_loaded_rss_mb"],
            }
    out["goal_mb"] = MEMORY_GOAL_MB
    out["within_goal"] = out["parse_stream"]["peak_over_interpreter_mb"] <= MEMORY_GOAL_MB
    return out


def bench_parse_many(corpora: Corpora, n_stories: int) -> dict[str, Any]:
    """``parse_many`` serially against a two-process pool on the same stories."""
    stories, label = corpora.stories()
    texts = (stories * (n_stories // max(1, len(stories)) + 1))[:n_stories]
    start = time.perf_counter()
    serial = sum(1 for _ in wirestory.parse_many(texts))
    serial_s = time.perf_counter() - start
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(abs, range(2)))  # start the workers before the clock
        start = time.perf_counter()
        pooled = sum(1 for _ in wirestory.parse_many(texts, executor=pool))
        pooled_s = time.perf_counter() - start
    assert serial == pooled == len(texts)
    return {
        "corpus": label,
        "stories": len(texts),
        "one_process_s": serial_s,
        "two_processes_s": pooled_s,
        "speedup": serial_s / pooled_s,
        "cpu_count": os.cpu_count(),
        "load_average_before": os.getloadavg(),
    }


# --------------------------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """Describe the machine and software the numbers came from."""
    cpu = platform.processor() or platform.machine()
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "regex": regex.__version__,
        "wirestory": wirestory.__version__,
        "commit": commit,
        "when_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def summary(results: dict[str, Any]) -> list[str]:
    """Return the human-readable report."""
    lines = []
    m = results["machine"]
    lines.append(
        f"machine: {m['cpu']} x{m['cpu_count']}, Python {m['python']}, {m['platform']}, "
        f"load {m['load_average'][0]:.2f}, wirestory {m['wirestory']} @ {m['commit']}"
    )
    story = results.get("parse_story")
    if story:
        lines.append("parse_story per story (ratio = time / one tokenising pass):")
        for key, row in story.items():
            verdict = "ok" if row["ratio"] <= RATIO_LIMIT else "OVER LIMIT"
            goal = "goal met" if row["ratio"] <= RATIO_GOAL else "goal missed"
            lines.append(
                f"  {key:8} {row['parse_story_us']:9.1f} us vs {row['tokenise_us']:7.1f} us "
                f"= {row['ratio']:5.2f}x ({verdict}, {goal})  [{row['corpus']}]"
            )
    parsers = results.get("parsers")
    if parsers:
        lines.append("parser throughput:")
        for name, row in parsers.items():
            lines.append(
                f"  {name:18} {row['inputs_per_s']:10.0f} inputs/s "
                f"{row['found_per_s']:10.0f} found/s  {row['ratio']:5.2f}x tokenise  "
                f"[{row['inputs']} inputs: {row['corpus']}]"
            )
    scaling = results.get("scaling")
    if scaling:
        lines.append("scaling (ns per character at each size; fitted time for a 10x input):")
        for key, row in scaling.items():
            per = " ".join(f"{p['chars'] // KB}K:{p['ns_per_char']:.0f}" for p in row["points"])
            worst = row["time_for_10x_input"]
            worst_s = "n/a" if worst is None else f"{worst:.1f}x"
            lines.append(f"  {key:38} {per}  -> {worst_s} {'flat' if row['flat'] else 'NOT FLAT'}")
            lines.extend(f"    raised at {error}" for error in row.get("errors", []))
    memory = results.get("memory")
    if memory:
        lines.append(
            f"import wirestory: {memory['import_s_median'] * 1000:.1f} ms, "
            f"+{memory['import_added_rss_mb']:.1f} MB RSS "
            f"(bare interpreter {memory['bare_interpreter_rss_mb']:.1f} MB)"
        )
        for mode in ("parse_stream", "parse_keep"):
            row = memory[mode]
            lines.append(
                f"  {mode}: {row['stories']} stories, peak {row['peak_rss_mb']:.1f} MB = "
                f"+{row['peak_over_interpreter_mb']:.1f} MB over the interpreter"
            )
    many = results.get("parse_many")
    if many:
        lines.append(
            f"parse_many: {many['stories']} stories, 1 process {many['one_process_s']:.2f} s, "
            f"2 processes {many['two_processes_s']:.2f} s = {many['speedup']:.2f}x"
        )
    return lines


def markdown(results: dict[str, Any]) -> str:
    """Return the results as Markdown tables (for the documentation's performance page)."""
    m = results["machine"]
    out = [
        (
            f"Machine: {m['cpu']}, {m['cpu_count']} cores, {m['platform']}; "
            f"Python {m['python']}, regex {m['regex']}; wirestory {m['wirestory']} "
            f"(commit `{m['commit']}`), {m['when_utc']}, load average "
            f"{m['load_average'][0]:.1f} at the start."
        ),
        "",
    ]
    story = results.get("parse_story")
    if story:
        out += [
            "| corpus | parse_story per story | tokenising pass | ratio |",
            "|---|---:|---:|---:|",
        ]
        out += [
            f"| {row['corpus']} | {row['parse_story_us']:,.0f} µs | {row['tokenise_us']:,.0f} µs "
            f"| {row['ratio']:.1f}x |"
            for row in story.values()
        ]
        out.append("")
    parsers = results.get("parsers")
    if parsers:
        out += [
            "| parser | inputs | inputs/s | found/s | ratio to tokenising | corpus |",
            "|---|---:|---:|---:|---:|---|",
        ]
        out += [
            f"| `{name}` | {row['inputs']:,} | {row['inputs_per_s']:,.0f} | "
            f"{row['found_per_s']:,.0f} | {row['ratio']:.1f}x | {row['corpus']} |"
            for name, row in parsers.items()
        ]
        out.append("")
    scaling = results.get("scaling")
    if scaling:
        sizes = [p["chars"] for p in next(iter(scaling.values()))["points"]]
        head = " | ".join(f"{n // KB:,} K" for n in sizes)
        out += [
            f"| ns per character | {head} | 10x input costs |",
            "|---|" + "---:|" * (len(sizes) + 1),
        ]
        for key, row in scaling.items():
            cells = [f"{p['ns_per_char']:,.0f}" for p in row["points"]]
            cells += [""] * (len(sizes) - len(cells))
            worst = row["time_for_10x_input"]
            worst_s = "n/a" if worst is None else f"{worst:.1f}x"
            out.append(f"| `{key}` | {' | '.join(cells)} | {worst_s} |")
            out.extend(f"|  | raised at {error} | |" for error in row.get("errors", []))
        out.append("")
    memory = results.get("memory")
    if memory:
        out += [
            (
                f"`import wirestory`: {memory['import_s_median'] * 1000:.0f} ms, "
                f"{memory['import_added_rss_mb']:.1f} MB of resident memory over the bare "
                f"interpreter's {memory['bare_interpreter_rss_mb']:.1f} MB."
            ),
            "",
        ]
        out += [
            f"Parsing {row['stories']:,} stories "
            f"({'keeping' if mode == 'parse_keep' else 'not keeping'} the results): "
            f"peak resident memory {row['peak_rss_mb']:.1f} MB, "
            f"{row['peak_over_interpreter_mb']:.1f} MB over the bare interpreter."
            for mode, row in ((k, memory[k]) for k in ("parse_stream", "parse_keep"))
        ]
        out.append("")
    many = results.get("parse_many")
    if many:
        out.append(
            f"`parse_many` on {many['stories']:,} stories: {many['one_process_s']:.2f} s in one "
            f"process, {many['two_processes_s']:.2f} s with two worker processes "
            f"({many['speedup']:.2f}x)."
        )
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks selected on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="evaluation data folder")
    parser.add_argument("--quick", action="store_true", help="small samples, 1 MB scaling cap")
    parser.add_argument("--stories", type=int, default=None, help="Reuters stories to time")
    parser.add_argument("--repeat", type=int, default=None, help="timing repeats (best of)")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["story", "parsers", "scaling", "memory", "many"],
        help="run only these benchmarks",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON results")
    parser.add_argument("--markdown", type=Path, help="also write Markdown tables here")
    args = parser.parse_args(argv)

    n_stories = args.stories or (200 if args.quick else 1000)
    repeat = args.repeat or (3 if args.quick else 5)
    max_size = MB_CUTOFF if args.quick else 4 * MB_CUTOFF
    corpora = Corpora(args.data, n_stories)
    selected = set(args.only or ["story", "parsers", "scaling", "memory", "many"])

    results: dict[str, Any] = {"machine": machine(), "data_available": corpora.available}
    steps: list[tuple[str, str, Callable[[], dict[str, Any]]]] = [
        ("story", "parse_story", lambda: bench_story(corpora, repeat)),
        ("parsers", "parsers", lambda: bench_parsers(corpora, repeat)),
        ("scaling", "scaling", lambda: bench_scaling(corpora, max_size, budget_s=60.0)),
        ("memory", "memory", lambda: bench_memory(corpora, 1000)),
        ("many", "parse_many", lambda: bench_parse_many(corpora, 400 if args.quick else 2000)),
    ]
    for key, name, step in steps:
        if key in selected:
            print(f"... {name}", file=sys.stderr, flush=True)
            try:
                results[name] = step()
            except Exception as error:  # noqa: BLE001  (report it and run the other steps)
                results.setdefault("errors", {})[name] = repr(error)
                print(f"!!! {name} failed: {error!r}", file=sys.stderr, flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    stamp = results["machine"]["when_utc"].replace(":", "")
    for path in (args.out / f"{stamp}.json", args.out / "latest.json"):
        path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown(results), encoding="utf-8")
    print("\n".join(summary(results)))
    print(f"results: {args.out / 'latest.json'}")
    return 1 if "errors" in results else 0


if __name__ == "__main__":
    raise SystemExit(main())
