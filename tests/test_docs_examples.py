"""The documentation's examples run, and the API reference covers the whole public API.

Python examples in ``docs/`` are ``{doctest}``/``{testcode}`` blocks that the Sphinx doctest
builder runs (``sphinx-build -b doctest docs docs/_build/doctest``). The shell examples
(```` ```console ```` blocks whose commands call ``wirestory``) run here: each ``$ command`` is
run in a folder holding the files the pages name, and its output must be what the page shows.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import wirestory

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)

#: A fenced block: opening fence (3+ backticks or colons), info string, body, same fence.
FENCE = regex.compile(
    r"""
    ^(?P<fence>`{3,}|:{3,})        # ``` or ::: (colon fence)
    (?P<info>[^\n]*)\n              # language or {directive} and arguments
    (?P<body>.*?)                   # the block, lazily
    ^(?P=fence)[ \t]*$              # the same fence closes it
    """,
    regex.VERBOSE | regex.MULTILINE | regex.DOTALL,
)

#: Block languages that hold no code to run (prose, data, directives) or that Sphinx runs.
ALLOWED = {
    "{doctest}",
    "{testcode}",
    "{testoutput}",
    "{testsetup}",
    "{testcleanup}",
    "{toctree}",
    "{include}",
    "{eval-rst}",
    "{note}",
    "{warning}",
    "{tip}",
    "{seealso}",
    "{literalinclude}",
    "console",
    "text",
    "json",
    "toml",
}

#: Commands in console blocks that the tests run (others, such as ``pip install``, are shown
#: for the reader only).
RUNNABLE = ("wirestory ", "echo ", "cat ", "printf ")

#: The JSON Lines batch the CLI page uses.
BATCH_JSONL = (
    '{"id": "a", "text": "TALLINN (Reuters) - Ferries will run again on Monday, '
    'the operator said."}\n'
    '{"id": "b", "text": "RIGA, Jan. 5 (Reuters) - Trams stopped."}\n'
)


def fenced_blocks(page: Path) -> Iterator[tuple[str, str, int]]:
    """Yield ``(info, body, line number)`` for every fenced block of *page*."""
    source = page.read_text(encoding="utf-8")
    for match in FENCE.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        yield match["info"].strip(), match["body"], line


def tutorial_story() -> str:
    """Return the story text that the tutorial's ``{testcode}`` block defines."""
    for info, body, _line in fenced_blocks(DOCS / "tutorial.md"):
        if info == "{testcode}":
            namespace: dict[str, Any] = {}
            exec(body, namespace)  # noqa: S102  (our own documentation)
            text = namespace["text"]
            assert isinstance(text, str)
            return text
    raise AssertionError("the tutorial defines no story")


def console_examples() -> Iterator[Any]:
    """Yield a pytest param per runnable ``$ command`` of every console block."""
    for page in PAGES:
        for info, body, line in fenced_blocks(page):
            if info != "console":
                continue
            # Split into (command, expected output) pairs at each "$ " prompt.
            pieces = regex.split(r"^\$ ", body, flags=regex.MULTILINE)
            for index, piece in enumerate(pieces[1:], start=1):
                command, _, output = piece.partition("\n")
                if command.startswith(RUNNABLE):
                    name = f"{page.relative_to(DOCS)}:{line}:{index}"
                    yield pytest.param(command, output, id=name)


@pytest.fixture(scope="module")
def example_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the files the console examples name."""
    folder = tmp_path_factory.mktemp("docs-examples")
    (folder / "story.txt").write_text(tutorial_story(), encoding="utf-8")
    (folder / "batch.jsonl").write_text(BATCH_JSONL, encoding="utf-8")
    (folder / "archive.jsonl").write_text(BATCH_JSONL, encoding="utf-8")  # howto/batch.md
    examples = folder / "examples"
    examples.mkdir()
    (examples / "story.txt").write_text(
        (ROOT / "examples" / "story.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize(("command", "expected"), list(console_examples()))
def test_console_example_prints_what_the_page_shows(
    command: str, expected: str, example_folder: Path
) -> None:
    """A shell example in the docs runs and prints exactly the output shown under it."""
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(  # noqa: S602  (the documented command line, as a user types it)
        command,
        shell=True,
        cwd=example_folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    if expected.strip():  # a command shown without output must still run
        assert done.stdout.rstrip() == expected.rstrip()


def test_console_examples_are_collected() -> None:
    """The console-example collector finds the CLI page's examples (guards the regex)."""
    ids = [param.id for param in console_examples()]
    assert any(str(i).startswith("howto/cli.md") for i in ids)


#: Pages with code blocks that neither Sphinx nor this module runs, and why.
UNRUN_PAGES = {
    "howto/batch.md": "Dask-cluster, S3 and Spark recipes (```python blocks) need a cluster",
}


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            page,
            id=str(page.relative_to(DOCS)),
            marks=[pytest.mark.xfail(strict=True, reason=UNRUN_PAGES[str(page.relative_to(DOCS))])]
            if str(page.relative_to(DOCS)) in UNRUN_PAGES
            else [],
        )
        for page in PAGES
    ],
)
def test_every_code_block_is_run_or_inert(page: Path) -> None:
    """Every fenced block is run by the doctest builder, run here, or holds no code."""
    bad = [
        f"line {line}: {info or '(no language)'}"
        for info, _body, line in fenced_blocks(page)
        if info.split()[0] not in ALLOWED
        if info
    ]
    bad += [f"line {line}: (no language)" for info, _body, line in fenced_blocks(page) if not info]
    assert not bad, bad


# --------------------------------------------------------------------------------------------
# the API reference covers __all__, and each public name has an example
# --------------------------------------------------------------------------------------------

API_PAGE = (DOCS / "api.md").read_text(encoding="utf-8")
DOCUMENTED = set(
    regex.findall(r"^\.\. (?:auto\w+|py:\w+):: (\w+)", API_PAGE, flags=regex.MULTILINE)
)


@pytest.mark.parametrize("name", sorted(wirestory.__all__))
def test_public_name_is_in_the_api_reference(name: str) -> None:
    """Every name in ``wirestory.__all__`` has an entry in docs/api.md."""
    assert name in DOCUMENTED


def has_example(obj: object) -> bool:
    """Return whether *obj*'s docstring holds a doctest example."""
    return ">>>" in (inspect.getdoc(obj) or "")


@pytest.mark.parametrize("name", sorted(set(wirestory.__all__) - {"__version__"}))
def test_public_name_has_an_example(name: str) -> None:
    """Every public function and class has a docstring with a doctest example."""
    assert has_example(getattr(wirestory, name))
