"""Regenerate the documentation's screenshots of the annotated HTML view.

Renders ``examples/story.txt`` with :func:`wirestory.render_html` and shoots it with headless
Chromium (the Debian ``chromium`` package) at 1280 and 320 CSS pixels wide, into
``docs/_static/html-view-1280.png`` and ``docs/_static/html-view-320.png``. The page is
opened at the speaker "She" (a URL fragment), so that the shot shows a mark's details too.

Run from the repository root: ``python scripts/html_screenshots.py``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import wirestory

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "docs" / "_static"
#: (width, height) of each shot in CSS pixels.
SIZES = ((1280, 1000), (320, 1500))


def main() -> int:
    """Write the screenshots; return the exit status."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.stderr.write("chromium is not installed (apt-get install -y chromium)\n")
        return 1
    story = wirestory.parse_story((ROOT / "examples" / "story.txt").read_text(encoding="utf-8"))
    page = wirestory.render_html(story)
    # The first piece of the speaker mark written "She": its details show under :target.
    target = re.search(r'id="([\w-]+)" tabindex="0" aria-describedby="[\w-]+">She<', page)
    STATIC.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.html"
        path.write_text(page, encoding="utf-8")
        for width, height in SIZES:
            out = STATIC / f"html-view-{width}.png"
            fragment = f"#{target[1]}" if target and width > 600 else ""
            subprocess.run(  # noqa: S603  (the browser found on PATH, fixed arguments)
                [
                    browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                    "--force-device-scale-factor=1", f"--user-data-dir={folder}/profile",
                    f"--window-size={width},{height}", f"--screenshot={out}",
                    path.as_uri() + fragment,
                ],
                check=True, capture_output=True, timeout=180,
            )  # fmt: skip
            print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
