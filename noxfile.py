"""One command per job for contributors: ``nox --session NAME`` (``nox --list`` shows them).

Each session installs exactly one dependency group of ``pyproject.toml`` (plus the package) in
a fresh virtual environment, so a session that passes proves that its group is enough for its
job. Hosted CI (``.github/workflows/ci.yml``) runs these sessions; ``.ci/run`` runs ``docs``.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lint", "typing", "tests", "docs"]

PYTHONS = ["3.11", "3.12", "3.13"]

#: The repository's root folder.
ROOT = Path(__file__).resolve().parent


def _install(session: nox.Session, *groups: str, editable: bool = True) -> None:
    """Install the package with *groups* (``pip install --group`` needs pip 25.1 or newer)."""
    session.install("--upgrade", "pip")
    args = [arg for group in groups for arg in ("--group", group)]
    session.install(*args, *(["-e", "."] if editable else ["."]))


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (the ``tests`` group), skipping the browser tests."""
    _install(session, "tests")
    session.run("pytest", "-m", "not browser", *session.posargs)


@nox.session
def browser(session: nox.Session) -> None:
    """Run the HTML view's tests in headless Chromium (Chromium must be installed)."""
    _install(session, "tests")
    session.run("pytest", "-m", "browser", "tests/test_html_browser.py", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and check the formatting with ruff (the ``lint`` group)."""
    _install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """Type-check the package, tests, benchmarks and scripts with mypy --strict."""
    _install(session, "typing")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site with -W -n and run its doctests, from the ``docs`` group alone."""
    _install(session, "docs", editable=False)
    for builder in ("html", "doctest"):
        session.run(
            "sphinx-build", "-W", "-n", "--keep-going", "-q", "-b", builder,
            "docs", f"docs/_build/{builder}",
        )  # fmt: skip


@nox.session
def package(session: nox.Session) -> None:
    """Build the sdist and wheel, check them with twine, and import the installed wheel."""
    session.install("--upgrade", "pip", "build", "twine")
    session.run("python", "-m", "build", "--outdir", "dist")
    dist = sorted(str(p) for p in (ROOT / "dist").iterdir() if p.suffix in {".whl", ".gz"})
    session.run("twine", "check", "--strict", *dist)


@nox.session
def config(session: nox.Session) -> None:
    """Validate the workflow, Read the Docs and pyproject files offline (the ``checks`` group)."""
    _install(session, "checks")
    _check_config(session)


def _check_config(session: nox.Session) -> None:
    """The offline checks themselves (also run by ``.ci/run`` from the development venv)."""
    workflows = [str(p) for p in sorted(ROOT.glob(".github/workflows/*.yml"))]
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *workflows)
    session.run("check-jsonschema", "--builtin-schema", "vendor.readthedocs", ".readthedocs.yaml")
    session.run("validate-pyproject", "pyproject.toml")
