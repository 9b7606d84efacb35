"""Dump every statement found on the evaluation inputs, to diff before and after a change.

    PYTHONPATH=src python benchmarks/golden_statements.py /tmp/golden-before.jsonl
    ... change the engine ...
    PYTHONPATH=src python benchmarks/golden_statements.py /tmp/golden-after.jsonl
    diff /tmp/golden-before.jsonl /tmp/golden-after.jsonl

One JSON line per input: its label and every field of every statement (``attrs.asdict``),
and for ``parse_story`` inputs every field of every entry of ``Story.speakers``.
``--no-rule`` leaves out ``Statement.rule`` and ``Statement.lang``, to compare with output from
before those fields were filled. The inputs are read at run time from ``../shared/data`` (never
copied here): PolNeAR documents, the hand-labelled wire stories, the first 1,000
Reuters-21578 stories, the seed story and the CNN/Daily Mail sample, through both
``find_statements`` and ``parse_story``; and every sentence-like string literal of the
statement tests (``tests/test_statements*.py`` and the story and speaker tests).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

import wirestory

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
TESTS = (
    "test_statements*.py",
    "test_story*.py",
    "test_quotes_single.py",
    "test_speaker_names.py",
    "test_speakers.py",
)


def _jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


def _test_strings() -> Iterator[tuple[str, str]]:
    for pattern in TESTS:
        for path in sorted((ROOT / "tests").glob(pattern)):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and len(node.value) >= 12
                    and " " in node.value
                ):
                    yield f"{path.name}:{node.lineno}", node.value


def inputs() -> Iterator[tuple[str, str, str]]:
    """(label, function name, text) for every input."""
    for row in _jsonl(DATA / "polnear_docs.jsonl"):
        yield f"polnear:{row['id']}", "find_statements", row["text"]
    for row in _jsonl(DATA / "wire_stories.jsonl"):
        yield f"wire:{row['id']}", "find_statements", row["text"]
        yield f"wire:{row['id']}", "parse_story", row["text"]
    for row in _jsonl(DATA / "reuters_stories.jsonl", 1000):
        yield f"reuters:{row['id']}", "parse_story", row["text"]
    seed = DATA / "seed" / "seed.txt"
    if seed.is_file():
        yield "seed", "parse_story", seed.read_text(encoding="utf-8")
    cnn = DATA / "cnn_dm_sample.csv"
    if cnn.is_file():
        with cnn.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield f"cnn_dm:{row['id']}", "find_statements", row["article"]
    for label, text in _test_strings():
        yield f"test:{label}", "find_statements", text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--no-rule", action="store_true", help="leave out rule and lang")
    args = parser.parse_args()
    drop = {"rule", "lang"} if args.no_rule else set()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for label, name, text in inputs():
            speakers: list[dict[str, Any]] = []
            if name == "parse_story":
                story = wirestory.parse_story(text)
                found = list(story.statements)
                speakers = [attrs.asdict(entity) for entity in story.speakers]
            else:
                found = wirestory.find_statements(text)
            rows = [{k: v for k, v in attrs.asdict(st).items() if k not in drop} for st in found]
            count += len(rows)
            line = [label, name, rows, speakers] if speakers else [label, name, rows]
            out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
    print(f"{count} statements written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
