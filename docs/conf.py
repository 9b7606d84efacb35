"""Sphinx configuration for the wirestory documentation.

Build (as CI does)::

    .venv/bin/sphinx-build -W -n --keep-going -q -b html docs docs/_build/html
    .venv/bin/sphinx-build -W -n --keep-going -q -b doctest docs docs/_build/doctest

No page needs the network: intersphinx reads the small inventories in ``_inventories/``
(regenerate them with ``python docs/_inventories/build.py``) before it would try the live ones.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

project = "wirestory"
author = "The wirestory developers"
copyright = "2026, The wirestory developers"  # noqa: A001
release = importlib.metadata.version("wirestory")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "sphinx.ext.doctest",
    "sphinx_copybutton",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_inventories", "Thumbs.db", ".DS_Store"]
nitpicky = True

# -- MyST --------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# -- autodoc -----------------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"exclude-members": "__init__, __new__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- intersphinx: local inventories first, the live ones only if a local file is missing ----------
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", ("_inventories/python.inv", None)),
    "attrs": ("https://www.attrs.org/en/stable", ("_inventories/attrs.inv", None)),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/latest",
        ("_inventories/hypothesis.inv", None),
    ),
}
intersphinx_timeout = 5

# -- doctest -----------------------------------------------------------------------------------
# The ninjs how-to validates against the IPTC schema when the evaluation checkout beside this
# repository has it (``../shared/schemas``); without it, that one example is skipped.
_SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas"
_NINJS_SCHEMA_DIR = str(_SCHEMA_DIR) if (_SCHEMA_DIR / "ninjs-schema_3.1.json").is_file() else None
doctest_global_setup = f"""
import wirestory
NINJS_SCHEMA_DIR = {_NINJS_SCHEMA_DIR!r}
"""
doctest_test_doctest_blocks = ""  # only the explicit {doctest}/{testcode} blocks run

# -- HTML --------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"wirestory {release}"
html_static_path: list[str] = []

# -- copybutton: copy the code, not the prompts or the output ------------------------------------
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True


# -- cross-references to private modules --------------------------------------------------------
# Type hints are evaluated where they are defined, so a signature names ``wirestory._models.Span``
# or ``concurrent.futures._base.Executor``; both are documented under their public path. Resolve a
# missing reference again with the private module segments dropped.


def _public_path(target: str) -> str:
    parts = target.split(".")
    kept = [p for i, p in enumerate(parts) if i == len(parts) - 1 or not p.startswith("_")]
    return ".".join(kept)


def _resolve_private(app, env, node, contnode):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
    target = node.get("reftarget", "")
    public = _public_path(target)
    if node.get("refdomain") != "py" or public == target:
        return None
    retry = node.deepcopy()
    retry["reftarget"] = public
    domain = env.get_domain("py")
    found = domain.resolve_xref(
        env, node.get("refdoc", ""), app.builder, node["reftype"], public, retry, contnode
    )
    if found is not None:
        return found
    from sphinx.ext.intersphinx import missing_reference

    return missing_reference(app, env, retry, contnode)


# Napoleon reads an attribute docstring such as ``Wholly in quote marks: "..."`` (an enum
# member's) as ``type: description``. No attribute docstring here states a type: keep them as
# written.
_ATTRIBUTE_DOCSTRINGS: dict[str, list[str]] = {}


def _keep_attribute_docstring(app, what, name, obj, options, lines):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202, ARG001, PLR0913
    if what == "attribute":
        _ATTRIBUTE_DOCSTRINGS[name] = list(lines)


def _restore_attribute_docstring(app, what, name, obj, options, lines):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202, ARG001, PLR0913
    if what == "attribute" and name in _ATTRIBUTE_DOCSTRINGS:
        lines[:] = _ATTRIBUTE_DOCSTRINGS.pop(name)


def setup(app):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
    app.connect("missing-reference", _resolve_private)
    app.connect("autodoc-process-docstring", _keep_attribute_docstring, priority=100)
    app.connect("autodoc-process-docstring", _restore_attribute_docstring, priority=900)
    return {"parallel_read_safe": True}
