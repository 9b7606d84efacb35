"""`import wirestory` stays light: the parsers and Hypothesis load only when used."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

import wirestory


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys; {code}; print('\\n'.join(sys.modules))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(out.split())


def test_import_loads_models_only() -> None:
    """A bare import loads the models but no parser, no place table and no Hypothesis."""
    loaded = _modules_after("import wirestory")
    assert "wirestory._models" in loaded
    for heavy in ("wirestory._statements", "wirestory._story", "wirestory._place_table"):
        assert heavy not in loaded
    assert "hypothesis" not in loaded


def test_first_use_loads_the_parser() -> None:
    """Touching a parser name imports its module, once."""
    loaded = _modules_after("import wirestory; wirestory.parse_dateline")
    assert "wirestory._dateline" in loaded
    assert "wirestory._statements" not in loaded


@pytest.mark.parametrize("name", wirestory.__all__)
def test_every_public_name_resolves(name: str) -> None:
    """Every name in __all__ resolves to the wirestory object of that name (or the version)."""
    found = getattr(wirestory, name)
    if name == "__version__":
        assert found == importlib.metadata.version("wirestory")
    else:
        assert (found.__name__, found.__module__.split(".")[0]) == (name, "wirestory")


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A misspelt name fails the ordinary way."""
    with pytest.raises(AttributeError, match="parse_datelin"):
        _ = wirestory.parse_datelin


def test_dir_lists_lazy_names() -> None:
    """dir() shows the lazily loaded names too (for completion in shells)."""
    assert {"parse_story", "find_statements", "Span"} <= set(dir(wirestory))


def test_language_tables_load_lazily() -> None:
    """The import loads no table; an English dateline of a known city loads no world table."""
    loaded = _modules_after("import wirestory")
    assert not {"wirestory._world_places", "wirestory._month_table"} & loaded
    loaded = _modules_after(
        "import wirestory; wirestory.parse_dateline('LONDON, March 3 (Reuters) - Oil rose.')"
    )
    assert "wirestory._world_places" not in loaded
    loaded = _modules_after(
        "import wirestory; wirestory.parse_dateline('Brno 3. července (ČTK) - Vláda ...')"
    )
    assert {"wirestory._world_places", "wirestory._month_table"} <= loaded
