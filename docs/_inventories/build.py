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

#: (name, domain:role, uri relative to the project's docs root)
PYTHON = [
    ("str", "py:class", "library/stdtypes.html#str"),
    ("bytes", "py:class", "library/stdtypes.html#bytes"),
    ("int", "py:class", "library/functions.html#int"),
    ("float", "py:class", "library/functions.html#float"),
    ("bool", "py:class", "library/functions.html#bool"),
    ("dict", "py:class", "library/stdtypes.html#dict"),
    ("list", "py:class", "library/stdtypes.html#list"),
    ("tuple", "py:class", "library/stdtypes.html#tuple"),
    ("object", "py:class", "library/functions.html#object"),
    ("None", "py:data", "library/constants.html#None"),
    ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
    ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
    ("TimeoutError", "py:exception", "library/exceptions.html#TimeoutError"),
    ("datetime", "py:module", "library/datetime.html#module-datetime"),
    ("datetime.date", "py:class", "library/datetime.html#datetime.date"),
    ("datetime.datetime", "py:class", "library/datetime.html#datetime.datetime"),
    ("collections.abc.Iterable", "py:class", "library/collections.abc.html#collections.abc.Iterable"),
    ("collections.abc.Iterator", "py:class", "library/collections.abc.html#collections.abc.Iterator"),
    ("collections.abc.Sequence", "py:class", "library/collections.abc.html#collections.abc.Sequence"),
    ("collections.abc.Mapping", "py:class", "library/collections.abc.html#collections.abc.Mapping"),
    ("collections.abc.Callable", "py:class", "library/collections.abc.html#collections.abc.Callable"),
    ("concurrent.futures", "py:module", "library/concurrent.futures.html#module-concurrent.futures"),
    ("concurrent.futures.Executor", "py:class", "library/concurrent.futures.html#concurrent.futures.Executor"),
    ("concurrent.futures.Executor.map", "py:method", "library/concurrent.futures.html#concurrent.futures.Executor.map"),
    ("concurrent.futures.ProcessPoolExecutor", "py:class", "library/concurrent.futures.html#concurrent.futures.ProcessPoolExecutor"),
    ("concurrent.futures.ThreadPoolExecutor", "py:class", "library/concurrent.futures.html#concurrent.futures.ThreadPoolExecutor"),
    ("enum.Enum", "py:class", "library/enum.html#enum.Enum"),
    ("typing.Any", "py:data", "library/typing.html#typing.Any"),
    ("json", "py:module", "library/json.html#module-json"),
    ("json.dumps", "py:function", "library/json.html#json.dumps"),
    ("json.loads", "py:function", "library/json.html#json.loads"),
    ("pickle", "py:module", "library/pickle.html#module-pickle"),
    ("pathlib.Path", "py:class", "library/pathlib.html#pathlib.Path"),
    ("signal.alarm", "py:function", "library/signal.html#signal.alarm"),
    ("unicodedata", "py:module", "library/unicodedata.html#module-unicodedata"),
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
    write(HERE / "python.inv", "Python", "3", PYTHON)
    write(HERE / "attrs.inv", "attrs", "stable", ATTRS)
