"""The command line, run as a subprocess: formats, batches, errors and exit codes."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirestory import Story, parse_story
from wirestory.cli import main

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
    """With stderr on a terminal, a batch that runs over a second shows a counter there."""
    pty = pytest.importorskip("pty")
    os = pytest.importorskip("os")
    batch = tmp_path / "batch.jsonl"
    text = json.dumps({"text": EXAMPLE.read_text(encoding="utf-8") * 10})
    batch.write_text((text + "\n") * 80, encoding="utf-8")
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "wirestory", "parse", str(batch), "-f", "jsonl"],
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
    assert b"stories" in seen


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
