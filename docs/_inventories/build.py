# ruff: noqa: INP001  (a script beside the data it writes, not a package)
"""Write the small intersphinx inventories the docs build reads instead of the network.

The documentation must build without network access (CI has none), so ``conf.py`` points
intersphinx at these files first. Each holds only the objects the wirestory docs refer to, with
the same targets as the live inventories of docs.python.org and attrs.org. Add a row when a new
page or signature refers to another standard-library or attrs object, then run::

    python docs/_inventories/build.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (name, domain:role, page of the Python docs' library/ folder); the anchor is the name,
#: or ``module-<name>`` for a module.
PYTHON_LIBRARY = [
    ("str", "py:class", "stdtypes"),
    ("bytes", "py:class", "stdtypes"),
    ("int", "py:class", "functions"),
    ("float", "py:class", "functions"),
    ("bool", "py:class", "functions"),
    ("dict", "py:class", "stdtypes"),
    ("list", "py:class", "stdtypes"),
    ("tuple", "py:class", "stdtypes"),
    ("object", "py:class", "functions"),
    ("None", "py:data", "constants"),
    ("TypeError", "py:exception", "exceptions"),
    ("ValueError", "py:exception", "exceptions"),
    ("TimeoutError", "py:exception", "exceptions"),
    ("datetime", "py:module", "datetime"),
    ("datetime.date", "py:class", "datetime"),
    ("datetime.datetime", "py:class", "datetime"),
    ("collections.abc.Iterable", "py:class", "collections.abc"),
    ("collections.abc.Iterator", "py:class", "collections.abc"),
    ("collections.abc.Sequence", "py:class", "collections.abc"),
    ("collections.abc.Mapping", "py:class", "collections.abc"),
    ("collections.abc.Callable", "py:class", "collections.abc"),
    ("collections.abc.Generator", "py:class", "collections.abc"),
    ("concurrent.futures.Future", "py:class", "concurrent.futures"),
    ("os.PathLike", "py:class", "os"),
    ("io.TextIOBase", "py:class", "io"),
    ("typing.IO", "py:class", "typing"),
    ("typing.TextIO", "py:class", "typing"),
    ("concurrent.futures", "py:module", "concurrent.futures"),
    ("concurrent.futures.Executor", "py:class", "concurrent.futures"),
    ("concurrent.futures.Executor.map", "py:method", "concurrent.futures"),
    ("concurrent.futures.ProcessPoolExecutor", "py:class", "concurrent.futures"),
    ("concurrent.futures.ThreadPoolExecutor", "py:class", "concurrent.futures"),
    ("enum.Enum", "py:class", "enum"),
    ("typing.Any", "py:data", "typing"),
    ("json", "py:module", "json"),
    ("json.dumps", "py:function", "json"),
    ("json.loads", "py:function", "json"),
    ("pickle", "py:module", "pickle"),
    ("pathlib.Path", "py:class", "pathlib"),
    ("signal.alarm", "py:function", "signal"),
    ("unicodedata", "py:module", "unicodedata"),
]

ATTRS = [
    ("attrs", "py:module", "api.html#module-attrs"),
    ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
    ("attrs.define", "py:function", "api.html#attrs.define"),
    ("attrs.field", "py:function", "api.html#attrs.field"),
    ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
    ("attrs.asdict", "py:function", "api.html#attrs.asdict"),
    ("attrs.fields", "py:function", "api.html#attrs.fields"),
    ("attrs.Attribute", "py:class", "api.html#attrs.Attribute"),
]


#: (name, domain:role, uri relative to hypothesis.readthedocs.io/en/latest/)
HYPOTHESIS = [
    ("hypothesis.strategies", "py:module", "reference/strategies.html"),
    ("hypothesis.strategies.SearchStrategy", "py:class", "reference/strategies.html#$"),
    ("hypothesis.strategies.DrawFn", "py:class", "reference/strategies.html#$"),
]


def write(path: Path, project: str, version: str, rows: list[tuple[str, str, str]]) -> None:
    """Write one inventory in Sphinx's version-2 format."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in sorted(rows))
    path.write_bytes(header.encode() + zlib.compress(body.encode()))


if __name__ == "__main__":
    python = [
        (name, role, f"library/{page}.html#{'module-' if role == 'py:module' else ''}{name}")
        for name, role, page in PYTHON_LIBRARY
    ]
    write(HERE / "python.inv", "Python", "3", python)
    write(HERE / "attrs.inv", "attrs", "stable", ATTRS)
    write(HERE / "hypothesis.inv", "Hypothesis", "latest", HYPOTHESIS)
