"""The command line, run as a subprocess: formats, batches, errors and exit codes."""

from __future__ import annotations

import importlib.metadata
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from wirestory import Story, cli, parse_story
from wirestory.cli import _Progress, main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "story.txt"

# A short story in Reuters layout, written for these tests.
STORY = (
    "Port Repairs To Last Until Spring\n\n"
    "GDANSK (Reuters) - Repairs will last until spring, the port said.\n\n"
    '"We lost two cranes," harbour master Anna Wrobel told reporters.\n'
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m wirestory ARGS`` and capture its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "wirestory", *args],
        input=stdin.decode("latin-1") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
    )


@pytest.fixture
def story_file(tmp_path: Path) -> Path:
    """A UTF-8 story file."""
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_json_single_file(story_file: Path) -> None:
    """One text file gives one JSON object: its id and the story dict."""
    result = run("parse", str(story_file))
    assert (result.returncode, result.stderr) == (0, "")
    record = json.loads(result.stdout)
    assert record["id"] == str(story_file)
    assert Story.from_dict(record["story"]) == parse_story(STORY)


def test_json_several_files_is_an_array(story_file: Path) -> None:
    """Several files give a JSON array in argument order."""
    result = run("parse", str(story_file), str(EXAMPLE), "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == [str(story_file), str(EXAMPLE)]
    example = parse_story(EXAMPLE.read_text(encoding="utf-8"))
    assert [Story.from_dict(r["story"]) for r in records] == [parse_story(STORY), example]


def test_jsonl_output(story_file: Path) -> None:
    """jsonl writes one compact object per line."""
    result = run("parse", str(story_file), str(story_file), "-f", "jsonl")
    assert (result.returncode, result.stderr) == (0, "")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(story_file)] * 2
    assert [r["story"]["schema_version"] for r in records] == [1, 1]
    assert [Story.from_dict(r["story"]) for r in records] == [parse_story(STORY)] * 2


def test_ninjs_output(story_file: Path) -> None:
    """ninjs writes an IPTC ninjs item with the input's id among its altIds."""
    result = run("parse", str(story_file), "--format", "ninjs")
    assert (result.returncode, result.stderr) == (0, "")
    item = json.loads(result.stdout)
    assert item["headlines"][0]["value"] == "Port Repairs To Last Until Spring"
    assert item["altIds"] == [{"role": "wirestory-input", "value": str(story_file)}]


def test_outline_of_bundled_example() -> None:
    """The README's first command: an outline naming every part of examples/story.txt."""
    result = run("parse", str(EXAMPLE), "--format", "outline")
    assert (result.returncode, result.stderr) == (0, "")
    out = result.stdout
    for label in ("section", "headline", "byline", "photo", "dateline", "paragraphs", "signoff"):
        assert f"\n  {label} " in out
    assert "credit: Jan Kowalski/Pool via REUTERS" in out
    assert "editing: Hugh Bellamy" in out


def test_stdin() -> None:
    """- reads the story from standard input."""
    result = run("parse", "-", stdin=STORY.encode("utf-8"))
    assert (result.returncode, result.stderr) == (0, "")
    record = json.loads(result.stdout)
    assert record["id"] == "<stdin>"
    assert Story.from_dict(record["story"]) == parse_story(STORY)


def test_jsonl_batch_with_bad_lines(tmp_path: Path) -> None:
    """Bad lines are reported with file and line; the good ones are still written; exit 1."""
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(
        b'{"id": "a", "text": "Headline A\\n\\nBody A."}\n'
        b"not json\n"
        b'{"id": "c"}\n'
        b"\n"
        b'{"id": "e", "text": 5}\n'
        b'["f"]\n'
        b'{"id": "g", "text": "Headline G\\n\\nBody G."}\n'
        b'{"id": "h", "text": "caf\xe9"}\n'
    )
    result = run("parse", str(batch), "-f", "jsonl")
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "g"]
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"wirestory: {batch}:2: invalid JSON")
    assert errors[1] == f'wirestory: {batch}:3: "text" must be a string (missing)'
    assert errors[2] == f'wirestory: {batch}:5: "text" must be a string (got a number)'
    assert errors[3].startswith(f"wirestory: {batch}:6: expected a JSON object")
    assert errors[4].startswith(f"wirestory: {batch}:8: not valid utf-8 text: byte 0xe9")
    assert len(errors) == 5


def test_missing_and_non_utf8_files(tmp_path: Path, story_file: Path) -> None:
    """Unreadable and non-UTF-8 files are reported clearly; other files still parse."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 Society\n\nPARIS (AFP) - Caf\xe9s reopened.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = run("parse", str(missing), str(latin), str(story_file), "-f", "jsonl")
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(story_file)]
    assert f"wirestory: {missing}: cannot read: No such file or directory" in result.stderr
    assert f"wirestory: {latin}: not valid utf-8 text: byte 0xe9 at offset 3" in result.stderr
    assert "--encoding latin-1" in result.stderr
    again = run("parse", str(latin), "--encoding", "latin-1")
    assert again.returncode == 0
    assert json.loads(again.stdout)["story"]["headline"]["text"] == "Café Society"


def test_jobs_give_the_same_output(tmp_path: Path) -> None:
    """--jobs 2 writes exactly what --jobs 1 writes."""
    batch = tmp_path / "batch.jsonl"
    rows = [
        {"id": str(n), "text": f"Headline {n}\n\nLONDON (Reuters) - Body {n}."} for n in range(30)
    ]
    batch.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    one = run("parse", str(batch), "-f", "jsonl", "--jobs", "1")
    two = run("parse", str(batch), "-f", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 30


def test_progress_only_when_asked(tmp_path: Path) -> None:
    """stderr stays clean when it is not a terminal; --progress always shows the counter."""
    batch = tmp_path / "batch.jsonl"
    text = json.dumps({"text": EXAMPLE.read_text(encoding="utf-8")})
    batch.write_text((text + "\n") * 50, encoding="utf-8")
    quiet = run("parse", str(batch), "-f", "jsonl")
    assert (quiet.returncode, quiet.stderr) == (0, "")
    shown = run("parse", str(batch), "-f", "jsonl", "--progress", "always")
    assert shown.returncode == 0
    assert "wirestory: 1 stories" in shown.stderr
    assert len(shown.stdout.splitlines()) == 50


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_progress_on_a_terminal(tmp_path: Path) -> None:
    """On a real terminal, --progress always draws the counter and clears it at the end.

    The counter's one-second wait in ``auto`` mode is tested with a fake clock below, so no
    test races the machine's speed.
    """
    pty = pytest.importorskip("pty")
    os = pytest.importorskip("os")
    batch = tmp_path / "batch.jsonl"
    text = json.dumps({"text": EXAMPLE.read_text(encoding="utf-8")})
    batch.write_text((text + "\n") * 5, encoding="utf-8")
    command = [sys.executable, "-m", "wirestory", "parse", str(batch), "-f", "jsonl"]
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [*command, "--progress", "always"],
            stdout=subprocess.DEVNULL,
            stderr=terminal,
            check=False,
            timeout=600,
        )
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal side is closed: everything has been read
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(controller)
    assert done.returncode == 0
    assert b"wirestory: 1 stories" in seen
    assert seen.endswith(b"\r\x1b[K")


class _FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_waits_a_second_then_redraws_five_times_a_second() -> None:
    """The counter stays hidden for the first second, then redraws at most every 0.2 s."""
    clock = _FakeClock()
    stream = io.StringIO()
    progress = _Progress(stream, enabled=True, total=10, delay=1.0, clock=clock)
    for _ in range(3):
        clock.now += 0.25  # binary fractions: the sums are exact
        progress.step()
    assert stream.getvalue() == ""  # 0.75 s: nothing yet
    clock.now += 0.25
    progress.step()
    assert stream.getvalue().startswith("\rwirestory: 4/10 stories")
    drawn = stream.getvalue()
    clock.now += 0.125
    progress.step()
    assert stream.getvalue() == drawn  # 0.125 s after the last draw: not redrawn
    clock.now += 0.125
    progress.step()
    assert "6/10 stories" in stream.getvalue()
    progress.clear()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_disabled_draws_nothing() -> None:
    """A disabled counter writes nothing, however long the batch runs."""
    clock = _FakeClock()
    stream = io.StringIO()
    progress = _Progress(stream, enabled=False, total=None, clock=clock)
    for _ in range(10):
        clock.now += 1.0
        progress.step()
    progress.clear()
    assert stream.getvalue() == ""


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_auto_on_a_terminal_after_a_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In auto mode, a terminal stderr gets the counter once the batch has run a second."""
    clock = _FakeClock()

    def tick() -> float:
        clock.now += 0.25  # every reading of the clock is a quarter of a second later
        return clock.now

    monkeypatch.setattr(cli, "time", types.SimpleNamespace(monotonic=tick))
    batch = tmp_path / "batch.jsonl"
    batch.write_text((json.dumps({"text": STORY}) + "\n") * 12, encoding="utf-8")
    args = cli._parser().parse_args(["parse", str(batch), "-f", "jsonl", "-j", "1"])
    terminal = _Terminal()
    assert cli._run(args, io.StringIO(), terminal) == 0
    assert "stories" in terminal.getvalue()
    quiet = io.StringIO()  # not a terminal: nothing, however long it runs
    assert cli._run(args, io.StringIO(), quiet) == 0
    assert quiet.getvalue() == ""


def test_output_file(tmp_path: Path, story_file: Path) -> None:
    """-o writes the results to a file."""
    out = tmp_path / "out.json"
    result = run("parse", str(story_file), "-o", str(out))
    assert (result.returncode, result.stdout) == (0, "")
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == str(story_file)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "usage: wirestory"),
        (["parse"], "wirestory parse: error: the following arguments are required: FILE"),
        (["parse", "x.txt", "--format", "xml"], "invalid choice: 'xml'"),
        (["parse", "x.txt", "--jobs", "-1"], "must be 0 (all cores) or more"),
        (["parse", "x.txt", "--reference-date", "May 5"], "not a YYYY-MM-DD date: 'May 5'"),
        (["parse", "x.txt", "--encoding", "klingon"], "wirestory: unknown encoding: klingon"),
        (["parse", "-", "-"], "wirestory: - (standard input) may be given only once"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    """Usage errors exit with status 2 and say what is wrong on stderr."""
    result = run(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr


def test_help_has_examples() -> None:
    """--help lists examples and the exit statuses."""
    result = run("parse", "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert "wirestory parse batch.jsonl --jobs 4" in result.stdout
    assert "exit status" in result.stdout


def test_main_in_process(story_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """main() returns the exit status instead of exiting."""
    assert main(["parse", str(story_file), "-f", "outline"]) == 0
    assert "\n  headline " in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"wirestory {importlib.metadata.version('wirestory')}\n"
