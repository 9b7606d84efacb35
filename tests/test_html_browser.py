"""The annotated page in a real browser: headless Chromium loads it, dumps its DOM, shoots it.

Skipped when Chromium is not installed, except when the environment variable ``CI`` is set:
CI installs it (``apt-get install -y chromium``) and a missing browser there is a failure.
Nothing here measures time; every browser run gets a generous timeout.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from tests.test_html import EXAMPLE, SEED, expected_counts, mark_counts, read_page, story_text

from wirestory import Story, parse_story, render_html

pytestmark = pytest.mark.browser

WIDTHS = (320, 1280)
TIMEOUT = 180  # seconds for one browser run: a cold start on a busy machine is slow
HEIGHT = 900


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail(
            "Chromium is missing, and CI must run the browser test (apt-get install -y chromium)"
        )
    pytest.skip("Chromium is not installed")


def chromium(page: Path, profile: Path, width: int, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on *page* at *width* CSS pixels, isolated from the network."""
    command = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
        f"--user-data-dir={profile}", f"--window-size={width},{HEIGHT}",
        *args, page.as_uri(),
    ]  # fmt: skip
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=TIMEOUT, check=False,
    )  # fmt: skip


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG: width, height and its RGB pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, chunks, header = 8, [], b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        at += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0), (depth, interlace)
    assert colour in {2, 6}, colour
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            left = row[x - step] if x >= step else 0
            up = previous[x]
            if kind == 1:
                row[x] = (row[x] + left) & 255
            elif kind == 2:
                row[x] = (row[x] + up) & 255
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 255
            elif kind == 4:
                corner = previous[x - step] if x >= step else 0
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                guess = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                row[x] = (row[x] + guess) & 255
        rows.append(bytes(row))
        previous = row
    pixels = [bytes(row[x : x + 3]) for row in rows for x in range(0, stride, step)]
    return width, height, pixels


def _story(name: str) -> Story:
    if name == "seed" and not SEED.is_file():
        pytest.skip("seed story in ../shared absent")  # it lives beside the checkout
    return parse_story((SEED if name == "seed" else EXAMPLE).read_text(encoding="utf-8"))


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["example", "seed"])
def test_page_in_chromium(tmp_path: Path, name: str, width: int) -> None:
    story = _story(name)
    page = tmp_path / f"{name}.html"
    page.write_text(render_html(story), encoding="utf-8")

    loaded = chromium(page, tmp_path / "profile-dom", width, "--dump-dom")
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    dom = loaded.stdout
    assert "Uncaught" not in loaded.stderr
    assert ":CONSOLE(" not in loaded.stderr
    assert '<article class="ws-story"' in dom
    assert dom.rstrip().endswith("</html>")
    assert read_page(dom).errors == []
    assert mark_counts(dom) == expected_counts(story)
    assert story_text(dom) == story.text
    if name == "seed":
        assert mark_counts(dom)["statement"] == mark_counts(dom)["speaker"] == 10

    shot = tmp_path / f"{name}-{width}.png"
    taken = chromium(page, tmp_path / "profile-shot", width, f"--screenshot={shot}")
    assert taken.returncode == 0, taken.stderr[-2000:]
    shot_width, shot_height, pixels = png_pixels(shot.read_bytes())
    assert (shot_width, shot_height) == (width, HEIGHT)
    colours = set(pixels)
    background = max(colours, key=pixels.count) if len(colours) < 4 else b"\xff\xff\xff"
    inked = sum(1 for pixel in pixels if pixel != background)
    assert len(colours) > 16, f"{len(colours)} colours: blank or flat"
    assert inked > 0.02 * len(pixels), f"only {inked} of {len(pixels)} pixels differ from white"
