"""Precision and recall of each statement rule (``Statement.rule``) on the evaluation data.

    PYTHONPATH=src python benchmarks/rule_accuracy.py            # a table per corpus
    PYTHONPATH=src python benchmarks/rule_accuracy.py --markdown  # the tables of accuracy.md

Matching follows the evaluation harness (``../shared/eval/evaluate.py``, read at run time):
a statement matches a gold one when their contents' non-space characters overlap with a
Jaccard index over 0.3, one to one, best first. Per rule:

- **found**: the statements the rule gave;
- **precision**: the share of them that overlap some gold statement;
- **recall share**: the gold statements matched by one of the rule's statements, over all
  gold statements (the rules' shares add up to the overall recall);
- **speaker**: on matched pairs, the share whose speaker span overlaps the gold speaker
  (both absent counts).

The corpora are the hand-labelled wire statements (``wire_statements.jsonl`` over
``wire_stories.jsonl``) and the PolNeAR documents (``polnear_docs.jsonl``: speech-cue
attributions count for recall, every attribution for precision, as in the harness).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import wirestory

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
THRESHOLD = 0.3


def _harness() -> ModuleType | None:
    path = SHARED / "eval" / "evaluate.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("wirestory_eval_harness", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> Iterator[dict[str, Any]]:
    path = SHARED / "data" / name
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


class Tally:
    """Counts per rule: found, matched (precision), gold matched, speaker right."""

    def __init__(self) -> None:
        self.found: Counter[str] = Counter()
        self.precise: Counter[str] = Counter()
        self.recalled: Counter[str] = Counter()
        self.speaker: Counter[str] = Counter()
        self.gold = 0

    def add(
        self,
        h: ModuleType,
        text: str,
        found: list[wirestory.Statement],
        golds: list[tuple[set[int], list[tuple[int, int]] | None, bool]],
    ) -> None:
        """Score one document: *golds* are (character set, speaker spans, counts for recall)."""
        sets = [h.char_set(text, [(s.start, s.end) for s in st.content.spans]) for st in found]
        self.gold += sum(1 for g in golds if g[2])
        pairs = []
        for i, st in enumerate(found):
            self.found[st.rule] += 1
            best = 0.0
            for j, (gset, _speaker, counts) in enumerate(golds):
                jac = h.jaccard(sets[i], gset)
                best = max(best, jac)
                if jac > THRESHOLD and counts:
                    pairs.append((jac, i, j))
            if best > THRESHOLD:
                self.precise[st.rule] += 1
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _jac, i, j in sorted(pairs, reverse=True):
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            rule = found[i].rule
            self.recalled[rule] += 1
            gold_speaker = golds[j][1]
            speaker = found[i].speaker
            if (not gold_speaker and speaker is None) or (
                gold_speaker
                and speaker is not None
                and h.spans_overlap([(speaker.span.start, speaker.span.end)], gold_speaker)
            ):
                self.speaker[rule] += 1

    def table(self, title: str, *, markdown: bool) -> str:
        """The per-rule table, weakest precision first."""
        rules = sorted(self.found, key=lambda r: (self.precise[r] / self.found[r], r))
        lines = [f"{title}: {sum(self.found.values())} statements, {self.gold} gold"]
        if markdown:
            lines = [
                f"**{title}** ({sum(self.found.values()):,} statements, {self.gold:,} gold)",
                "",
                "| rule | found | precision | recall share | speaker |",
                "|---|---:|---:|---:|---:|",
            ]
        for rule in [*rules, "all"]:
            found = sum(self.found.values()) if rule == "all" else self.found[rule]
            precise = sum(self.precise.values()) if rule == "all" else self.precise[rule]
            recalled = sum(self.recalled.values()) if rule == "all" else self.recalled[rule]
            speaker = sum(self.speaker.values()) if rule == "all" else self.speaker[rule]
            cells = (
                f"{found:,}",
                f"{precise / found:.3f}" if found else "-",
                f"{recalled / self.gold:.3f}" if self.gold else "-",
                f"{speaker / recalled:.3f}" if recalled else "-",
            )
            if markdown:
                lines.append(f"| {rule} | " + " | ".join(cells) + " |")
            else:
                lines.append(f"  {rule:<16}" + "".join(f"{c:>14}" for c in cells))
        return "\n".join(lines)


def wire(h: ModuleType) -> Tally:
    """The hand-labelled wire statements."""
    tally = Tally()
    texts = {r["id"]: r["text"] for r in _rows("wire_stories.jsonl")}
    for row in _rows("wire_statements.jsonl"):
        text = texts[row["id"]]
        golds = [
            (
                h.char_set(text, [tuple(sp) for sp in g["content_spans"]]),
                [tuple(g["speaker_span"])] if g.get("speaker_span") else None,
                True,
            )
            for g in row["statements"]
        ]
        tally.add(h, text, wirestory.find_statements(text), golds)
    return tally


def polnear(h: ModuleType) -> Tally:
    """The PolNeAR documents."""
    tally = Tally()
    for doc in _rows("polnear_docs.jsonl"):
        text = doc["text"]
        golds = []
        for a in doc["annotations"][0]["attributions"]:
            if not a.get("content"):
                continue
            cue = h.gold_text(text, a.get("cue"))
            source = None if a.get("no_source") else a.get("source")
            golds.append((h.char_set(text, a["content"]), source, h.is_speech_cue(cue)))
        tally.add(h, text, wirestory.find_statements(text), golds)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="Markdown tables")
    args = parser.parse_args()
    h = _harness()
    if h is None:
        print("../shared/eval/evaluate.py is absent: nothing to measure", file=sys.stderr)
        return 0
    for title, corpus in (("wire statements", wire), ("PolNeAR", polnear)):
        print(corpus(h).table(title, markdown=args.markdown))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
