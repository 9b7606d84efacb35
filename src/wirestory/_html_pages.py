"""A folder of annotated story pages and an ``index.html``: ``parse --format html -o DIR``.

One page per story (:func:`~wirestory.render_html`), named after the story's input (its file
name or JSON Lines id), and an index listing them in input order with headline, dateline and
statement count.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Protocol

from wirestory._html import render_html
from wirestory._models import Story

__all__ = ["HtmlDirectory", "is_html_directory"]

#: Characters kept in a page's file name; every other run becomes one "-".
#: "examples/story.txt" -> "story.html", "batch.jsonl:3" -> "batch.jsonl-3.html".
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_HTML_SUFFIXES = (".html", ".htm")


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def is_html_directory(path: str) -> bool:
    """Whether ``-o PATH`` names a folder of pages: anything but a ``.html``/``.htm`` file.

    >>> is_html_directory("out/"), is_html_directory("out"), is_html_directory("story.html")
    (True, True, False)
    """
    return not path.lower().endswith(_HTML_SUFFIXES)


def _file_name(item_id: str) -> str:
    base = item_id.replace("\\", "/").rsplit("/", 1)[-1]
    if base.lower().endswith(".txt"):
        base = base[:-4]
    return _UNSAFE.sub("-", base).strip("-.") or "story"


class HtmlDirectory:
    """Writes each story's page into *folder* as it comes, and ``index.html`` on close."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.rows: list[str] = []
        self.used: set[str] = {"index"}

    def write(self, result: _Identified, story: Story) -> None:
        """Write *story*'s page, named after ``result.id`` (made unique with a number)."""
        item_id = result.id
        name = _file_name(item_id)
        candidate, number = name, 1
        while candidate.lower() in self.used:
            number += 1
            candidate = f"{name}-{number}"
        self.used.add(candidate.lower())
        path = self.folder / f"{candidate}.html"
        path.write_text(render_html(story), encoding="utf-8", errors="backslashreplace")
        headline = story.headline.text if story.headline else "(no headline)"
        dateline = story.dateline.text if story.dateline else ""
        self.rows.append(
            f'<tr><td><a href="{html.escape(path.name)}">{_cell(headline)}</a>'
            f'<br><span class="id">{_cell(item_id)}</span></td>'
            f'<td>{_cell(dateline)}</td><td class="n">{len(story.statements)}</td></tr>'
        )

    def close(self) -> None:
        """Write ``index.html``: one row per page, in input order."""
        rows = "".join(self.rows) or '<tr><td colspan="3">No stories.</td></tr>'
        page = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>Stories \u00b7 wirestory</title><style>"
            "body{margin:0;padding:1rem;font:1rem/1.5 system-ui,sans-serif;color:#1b1b1b;"
            "background:#fff;overflow-wrap:anywhere}table{border-collapse:collapse;width:100%;"
            "max-width:60rem}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;"
            "border-bottom:1px solid #ccc}th{font-size:.85rem;color:#4d4d4d}"
            "a{color:#0b4fb3;font-weight:600}.id{font-size:.8rem;color:#4d4d4d}"
            ".n{text-align:right}</style></head><body><main><h1>Stories</h1>"
            f"<p>{len(self.rows)} parsed by wirestory. Each page marks the parts found.</p>"
            '<table><thead><tr><th scope="col">Headline</th><th scope="col">Dateline</th>'
            f'<th scope="col" class="n">Statements</th></tr></thead><tbody>{rows}</tbody>'
            "</table></main></body></html>\n"
        )
        (self.folder / "index.html").write_text(page, encoding="utf-8", errors="backslashreplace")


def _cell(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=False)
