"""Where the time of ``parse_story`` goes, in tokenising passes, step by step.

    PYTHONPATH=src python benchmarks/story_breakdown.py [--data DIR] [--limit N] [--repeat N]
        [--corpus reuters|wire|seed] [--structure]

Each step of the statement finder (paragraphs, tokens, rules, speakers, models...) is timed
by wrapping the function that does it, in CPU time (``time.process_time``: other jobs on a
shared machine count less than in wall-clock time), over the first ``--limit`` stories of
the corpus, the best of ``--repeat`` loops (the loop with the least total time gives every
row). Every figure is a ratio to one tokenising pass over the same stories, measured in the
same process: ``regex.findall(r"\\w+|[^\\w\\s]", text)``. The stories are parsed once before
timing, so name caches are warm, as in ``benchmarks/run.py``. Rows marked "of which" are
parts of the row above them; nested calls are counted in each wrapper, so the rows overlap
slightly. To compare two checkouts, run the script under each in turn, alternating, and
compare the ratios (see ``docs/performance.md``).

``--structure`` times the steps of ``parse_story(text, statements=False)`` instead: the
sign-off, the dateline, the header's bylines and photos, the body's paragraphs and captions
(the rows "of which" are the part parsers those steps call), and the full parse is not run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _harness import DEFAULT_DATA, TOKEN, read_field

import wirestory
from wirestory import _credits, _signoff, _speakers, _story
from wirestory._statements import _engine, _finish

#: (module, function name, row label) of each step timed, in reading order.
STEPS: tuple[tuple[Any, str, str], ...] = (
    (_story, "detect_language", "language guess"),
    (_engine, "read_paragraphs", "paragraphs and quote regions"),
    (_engine, "tokenize", "tokens of the paragraphs with a cue word"),
    (_engine, "sentences", "sentences"),
    (_engine, "analyze", "rules (cues, readers, content)"),
    (_finish, "_speakers", "speaker resolution"),
    (_speakers, "mention_table", "  of which: the mention table"),
    (_speakers, "_index_names", "  of which: the name index"),
    (_finish, "_statement", "models"),
    (_story, "list_speakers", "the story's speaker list"),
)

#: The same for ``--structure``: the steps of ``parse_story(text, statements=False)``.
STRUCTURE_STEPS: tuple[tuple[Any, str, str], ...] = (
    (_story, "split_lines", "lines"),
    (_credits, "caseless", "case folds (story, credit marks)"),
    (_story, "_find_signoff", "sign-off and trailer"),
    (_signoff, "find_signoff", "  of which: the sign-off finder"),
    (_story, "_find_dateline", "dateline"),
    (_story, "_header", "header lines"),
    (_story, "_byline", "  of which: bylines"),
    (_story, "_photo", "  of which: photos (captions and credits)"),
    (_story, "_body", "body paragraphs"),
    (_story, "split_paragraphs", "  of which: paragraph split"),
    (_story, "furniture_kind", "  of which: furniture kinds (header and body)"),
    (_story, "_fill_gaps", "gaps"),
)

#: The corpora: (file under the data folder, JSONL field), or the seed story's text file.
CORPORA = {
    "reuters": "reuters_stories.jsonl",
    "wire": "wire_stories.jsonl",
    "seed": "seed/seed.txt",
}


def _timed(func: Callable[..., Any], label: str, spent: dict[str, float]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start

    return timed


def _best(
    run: Callable[[], object], repeat: int, spent: dict[str, float]
) -> tuple[float, dict[str, float]]:
    """The least CPU time of *repeat* runs, with the step times of that run."""
    best, steps = float("inf"), dict[str, float]()
    for _ in range(repeat):
        spent.clear()
        start = time.process_time()
        run()
        seconds = time.process_time() - start
        if seconds < best:
            best, steps = seconds, dict(spent)
    return best, steps


def _texts(data: Path, corpus: str, limit: int) -> list[str]:
    if corpus == "seed":
        path = data / CORPORA["seed"]
        return [path.read_text(encoding="utf-8")] * 20 if path.is_file() else []
    return read_field(data, CORPORA[corpus], "text", limit)


def main() -> int:
    """Print the breakdown of one corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="reuters")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--structure", action="store_true", help="time statements=False")
    args = parser.parse_args()
    texts = _texts(args.data, args.corpus, args.limit)
    if not texts:
        print(f"no {args.corpus} texts under {args.data}")
        return 1
    if args.structure:
        return _structure(texts, args)
    spent: dict[str, float] = {}
    for module, name, label in STEPS:
        setattr(module, name, _timed(getattr(module, name), label, spent))
    for text in texts:
        wirestory.parse_story(text)  # warm the caches, as benchmarks/run.py does
    base, _ = _best(lambda: [TOKEN.findall(text) for text in texts], args.repeat, spent)
    bare, _ = _best(
        lambda: [wirestory.parse_story(t, statements=False) for t in texts], args.repeat, spent
    )
    total, steps = _best(lambda: [wirestory.parse_story(t) for t in texts], args.repeat, spent)
    head = [("parse_story", total), ("the story without statements", bare)]
    _report(args.corpus, len(texts), base, head=head, table=STEPS, steps=steps)
    top = sum(seconds for label, seconds in steps.items() if not label.startswith(" "))
    print(f"{'the rest (engine loop, masking, sorting)':44} {(total - bare - top) / base:6.2f}")
    return 0


def _report(
    corpus: str,
    count: int,
    base: float,
    *,
    head: list[tuple[str, float]],
    table: tuple[tuple[Any, str, str], ...],
    steps: dict[str, float],
) -> None:
    """Print the head rows and each step of *table*, in tokenising passes."""
    print(f"{corpus}: {count} stories, one tokenising pass {base / count * 1e6:.0f} µs")
    for label, seconds in head:
        print(f"{label:44} {seconds / base:6.2f}")
    for _module, _name, label in table:
        print(f"{label:44} {steps.get(label, 0.0) / base:6.2f}")


def _structure(texts: list[str], args: argparse.Namespace) -> int:
    """Print the breakdown of ``parse_story(text, statements=False)``."""
    spent: dict[str, float] = {}

    def bare() -> object:
        return [wirestory.parse_story(t, statements=False) for t in texts]

    bare()  # warm the caches
    base, _ = _best(lambda: [TOKEN.findall(text) for text in texts], args.repeat, spent)
    plain, _ = _best(bare, args.repeat, spent)
    for module, name, label in STRUCTURE_STEPS:
        setattr(module, name, _timed(getattr(module, name), label, spent))
    wrapped, steps = _best(bare, args.repeat, spent)
    head = [("the story without statements", plain), ("  (with the steps wrapped)", wrapped)]
    _report(args.corpus, len(texts), base, head=head, table=STRUCTURE_STEPS, steps=steps)
    top = sum(seconds for label, seconds in steps.items() if not label.startswith(" "))
    print(f"{'the rest (models, sorting)':44} {(wrapped - top) / base:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
