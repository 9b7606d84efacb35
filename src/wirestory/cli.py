"""The ``wirestory`` command line: parse story files into JSON, ninjs or a readable outline.

Run ``wirestory parse --help`` for the options; :func:`main` is the entry point.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from wirestory import __version__
from wirestory._batch import map_ordered
from wirestory._html import render_html
from wirestory._html_pages import HtmlDirectory, is_html_directory
from wirestory._models import Story
from wirestory._ninjs import to_ninjs
from wirestory._story import parse_story

if TYPE_CHECKING:
    from wirestory._wireitem import WireItem

__all__ = ["main"]

EXIT_OK = 0
EXIT_ITEM_FAILED = 1
EXIT_USAGE = 2

_JSON_TYPES: dict[type, str] = {
    type(None): "null",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
}
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_WIDTH = 100

_EXAMPLES = """\
examples:
  wirestory parse story.txt                    one story as JSON
  wirestory parse story.txt --format outline   a readable tree of its parts
  wirestory parse *.txt --format html -o out/  annotated pages and out/index.html
  wirestory parse a.txt b.txt --format jsonl   one JSON object per line
  cat story.txt | wirestory parse -            read the story from standard input
  wirestory parse batch.jsonl --jobs 4         JSON Lines input: {"id": ..., "text": ...}
  wirestory parse old.txt --encoding latin-1   input that is not UTF-8
  wirestory parse item.xml --format nitf       a NITF or NewsML item in, NITF 3.6 out

exit status: 0 all items parsed, 1 some items failed (reported on stderr, the others
are still written), 2 usage error.
"""


# --------------------------------------------------------------------------------------------
# input
# --------------------------------------------------------------------------------------------


class _Item(NamedTuple):
    """One story to parse, or the reason it could not be read."""

    id: str
    where: str
    text: str | None
    error: str | None
    wire: WireItem | None = None  # an XML item, parsed with its metadata as evidence


class _Result(NamedTuple):
    id: str
    where: str
    story: Story | None
    error: str | None


def _decode_error(where: str, error: UnicodeDecodeError, encoding: str) -> str:
    byte = error.object[error.start : error.start + 1].hex()
    hint = " (pass --encoding, e.g. --encoding latin-1)" if encoding.lower() in {
        "utf-8", "utf8"
    } else ""  # fmt: skip
    return f"{where}: not valid {encoding} text: byte 0x{byte} at offset {error.start}{hint}"


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _label(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _text_item(path: str, encoding: str) -> _Item:
    where = _label(path)
    try:
        data = _read_bytes(path)
    except OSError as error:
        return _Item(where, where, None, f"{where}: cannot read: {error.strerror or error}")
    if _is_xml(path, data):
        return _xml_item(where, data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        return _Item(where, where, None, _decode_error(where, error, encoding))
    return _Item(where, where, text, None)


#: What marks a file as an XML wire item (NITF, NewsML): its suffix or its declaration.
_XML_SUFFIXES = (".xml", ".nitf", ".newsml")


def _is_xml(path: str, data: bytes) -> bool:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return path.lower().endswith(_XML_SUFFIXES) or head.startswith(b"<?xml")


def _xml_item(where: str, data: bytes) -> _Item:
    """An XML item (NITF, NewsML), or why it cannot be read."""
    from wirestory._items import read_item  # noqa: PLC0415  (XML support loads on demand)
    from wirestory._wireitem import WireFormatError  # noqa: PLC0415

    try:
        item = read_item(data)
    except WireFormatError as error:
        return _Item(where, where, None, f"{where}: {error}")
    return _Item(item.item_id or where, where, item.text, None, item)


def _jsonl_items(path: str, encoding: str) -> Iterator[_Item]:
    where = _label(path)
    try:
        handle: IO[bytes] = sys.stdin.buffer if path == "-" else Path(path).open("rb")  # noqa: SIM115
    except OSError as error:
        yield _Item(where, where, None, f"{where}: cannot read: {error.strerror or error}")
        return
    try:
        for number, raw in enumerate(handle, 1):
            yield _jsonl_item(raw, f"{where}:{number}", encoding)
    except OSError as error:
        yield _Item(where, where, None, f"{where}: read failed: {error.strerror or error}")
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _jsonl_item(raw: bytes, where: str, encoding: str) -> _Item:
    try:
        line = raw.decode(encoding)
    except UnicodeDecodeError as error:
        return _Item(where, where, None, _decode_error(where, error, encoding))
    if not line.strip():
        return _Item(where, where, None, None)  # blank line: skipped silently
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return _Item(
            where, where, None, f"{where}: invalid JSON: {error.msg} (column {error.colno})"
        )
    if not isinstance(record, dict):
        return _Item(where, where, None, f'{where}: expected a JSON object with a "text" key')
    text = record.get("text")
    if not isinstance(text, str):
        found = f"got {_JSON_TYPES.get(type(text), 'a number')}" if "text" in record else "missing"
        return _Item(where, where, None, f'{where}: "text" must be a string ({found})')
    item_id = record.get("id", where)
    return _Item(str(item_id), where, text, None)


def _items(paths: Sequence[str], input_format: str, encoding: str) -> Iterator[_Item]:
    for path in paths:
        is_jsonl = input_format == "jsonl" or (
            input_format == "auto" and path.lower().endswith(_JSONL_SUFFIXES)
        )
        if is_jsonl:
            yield from _jsonl_items(path, encoding)
        else:
            yield _text_item(path, encoding)


# --------------------------------------------------------------------------------------------
# parsing (module level, so that worker processes can run it)
# --------------------------------------------------------------------------------------------


def _parse_wire(item: WireItem, reference_date: dt.date | None) -> Story:
    from wirestory._items import parse_item  # noqa: PLC0415  (XML support loads on demand)

    return parse_item(item, reference_date=reference_date)


def _parse_items(items: list[_Item], reference_date: dt.date | None = None) -> list[_Result]:
    results = []
    for item in items:
        if item.text is None:
            results.append(_Result(item.id, item.where, None, item.error))
            continue
        try:
            story = (
                parse_story(item.text, reference_date=reference_date)
                if item.wire is None
                else _parse_wire(item.wire, reference_date)
            )
        except Exception as error:  # noqa: BLE001  (one bad item must not stop the batch)
            results.append(_Result(item.id, item.where, None, f"{item.where}: {error!r}"))
        else:
            results.append(_Result(item.id, item.where, story, None))
    return results


class _ParseItems:
    """Picklable ``_parse_items`` with a fixed reference date."""

    def __init__(self, reference_date: dt.date | None) -> None:
        self.reference_date = reference_date

    def __call__(self, items: list[_Item]) -> list[_Result]:
        return _parse_items(items, self.reference_date)


# --------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3].rstrip() + "..."


def _outline(result_id: str, story: Story) -> str:
    lines = [result_id]
    pad = 13

    def row(label: str, value: str) -> None:
        lines.append(f"  {label:<{pad}}{_clip(value, _WIDTH - pad - 2)}")

    def sub(value: str) -> None:
        lines.append(f"  {'':<{pad}}  {_clip(value, _WIDTH - pad - 4)}")

    if story.section:
        row("section", story.section.text)
    if story.headline:
        row("headline", story.headline.text)
    for byline in story.bylines:
        row("byline", ", ".join(byline.names) or byline.text)
        details = [f"{key} {value}" for key, value in (
            ("organization", byline.organization), ("role", byline.role),
            ("location", byline.location)) if value]  # fmt: skip
        if details:
            sub("; ".join(details))
    for photo in story.photos:
        row("photo", photo.caption.text if photo.caption else "(no caption)")
        if photo.credit:
            credit = photo.credit
            flags = [
                name for name in ("pool", "handout", "file", "courtesy") if getattr(credit, name)
            ]
            details = [
                *(f"photographer {name}" for name in credit.photographers),
                *(f"source {name}" for name in credit.sources),
                *([f"via {credit.distributor}"] if credit.distributor else []),
                *flags,
            ]
            sub(f"credit: {credit.text}" + (f"  ({'; '.join(details)})" if details else ""))
    if story.dateline:
        dateline = story.dateline
        details = []
        if dateline.place:
            place = dateline.place
            codes = ", ".join(code for code in (place.country_code, place.region_code) if code)
            details.append(f"place {place.text}" + (f" ({codes})" if codes else ""))
        if dateline.date:
            details.append(f"date {dateline.date.text}")
        details.extend(f"agency {agency.name}" for agency in dateline.agencies)
        row("dateline", dateline.text + (f"  [{'; '.join(details)}]" if details else ""))
    if story.date:
        row("date", story.date.isoformat())
    row("paragraphs", str(len(story.paragraphs)))
    for number, paragraph in enumerate(story.paragraphs, 1):
        sub(f"{number:>2}  {paragraph.text}")
    if story.statements:
        row("statements", str(len(story.statements)))
        for statement in story.statements:
            speaker = statement.speaker
            who = speaker.text if speaker else "(no speaker)"
            if speaker and speaker.name and speaker.name != speaker.text:
                who += f" = {speaker.name}"
            via = f"  via {statement.via.text}" if statement.via else ""
            sub(
                f"{statement.kind.value:<9}{who} | {statement.cue.text}{via} "
                f"[{statement.rule}] | {statement.content.text}"
            )
    if story.speakers:
        row("speakers", str(len(story.speakers)))
        for entity in story.speakers:
            gender = f", {entity.gender}" if entity.gender else ""
            said, named = len(entity.statements), len(entity.mentions)
            sub(
                f"{entity.name} ({entity.kind.value}{gender}): {said} statement"
                f"{'s' if said != 1 else ''}, {named} mention{'s' if named != 1 else ''}"
            )
    if story.signoff:
        row("signoff", story.signoff.text)
        for signoff_credit in story.signoff.credits:
            locations = signoff_credit.locations
            where = f" ({', '.join(locations)})" if locations else ""
            sub(f"{signoff_credit.role}: {', '.join(signoff_credit.names)}{where}")
    for furniture in story.furniture:
        row(furniture.kind.value.replace("_", " "), furniture.text)
    return "\n".join(lines)


def _record(result: _Result, output_format: str) -> Any:
    assert result.story is not None  # noqa: S101  (only successes are written)
    if output_format == "nitf":
        from wirestory._to_nitf import to_nitf  # noqa: PLC0415  (XML on demand)

        return to_nitf(result.story)
    if output_format == "ninjs":
        item = to_ninjs(result.story)
        item["altIds"] = [{"role": "wirestory-input", "value": result.id}]
        return item
    return {"id": result.id, "story": result.story.to_dict()}


class _Writer:
    """Writes results as they come: one object, an array, JSON Lines or an outline."""

    def __init__(self, stream: IO[str], output_format: str, *, single: bool) -> None:
        self.stream = stream
        self.format = output_format
        self.single = single
        self.count = 0
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        # Escape everything but ASCII when the stream could not encode it.
        self.ascii = encoding not in {"utf-8", "utf8", "utf-16", "utf-32"}

    def write(self, result: _Result, story: Story) -> None:
        if self.format == "html":
            self.stream.write(render_html(story))
        elif self.format == "outline":
            self.stream.write(("\n" if self.count else "") + _outline(result.id, story) + "\n")
        elif self.format == "nitf":  # one NITF document per story
            self.stream.write(_record(result, self.format))
        elif self.format == "jsonl":
            self.stream.write(json.dumps(_record(result, "json"), ensure_ascii=self.ascii) + "\n")
        else:
            text = json.dumps(_record(result, self.format), ensure_ascii=self.ascii, indent=2)
            if not self.single:
                text = ("[\n" if self.count == 0 else ",\n") + text
            self.stream.write(text if not self.single else text + "\n")
        self.count += 1

    def close(self) -> None:
        if self.format in {"json", "ninjs"} and not self.single:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class _Progress:
    """A one-line counter on stderr, redrawn at most five times a second.

    In ``auto`` mode it appears only once a batch has run for a second, so that short runs
    leave the terminal alone.
    """

    def __init__(
        self,
        stream: IO[str],
        *,
        enabled: bool,
        total: int | None,
        delay: float = 1.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = total
        self.delay = delay
        #: Seconds on a monotonic clock (``time.monotonic`` unless given): tests pass a fake one
        #: instead of racing the real one.
        self.clock = clock if clock is not None else time.monotonic
        self.start = self.clock()
        self.last = -1.0
        self.shown = False
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = self.clock()
        if now - self.start < self.delay or now - self.last < 0.2:
            return
        self.last = now
        rate = self.done / max(now - self.start, 1e-6)
        of = f"/{self.total}" if self.total else ""
        self.stream.write(f"\rwirestory: {self.done}{of} stories, {rate:,.0f}/s ")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


# --------------------------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------------------------


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (all cores) or more")
    return jobs


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirestory",
        description="Typed, character-exact structure from the plain text of news-wire stories.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wirestory {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse story files",
        description="Parse wire stories: one per text file, XML item (NITF, NewsML-G2, NewsML 1.2: "
        "a .xml file or one that opens with <?xml), or line of a JSON Lines "
        'file ({"id": ..., "text": ...}). Results go to standard output in input order; '
        "items that fail are reported on standard error and the rest still run.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="a story file, or - for stdin")
    parse.add_argument(
        "-f", "--format", choices=("json", "jsonl", "ninjs", "nitf", "outline", "html"),
        default="json",
        help="json: one object per story (an array for several), jsonl: one compact object "
        "per line, ninjs: IPTC ninjs 3.1, nitf: NITF 3.6 XML, outline: a readable tree, html: "
        "an annotated page per story; with -o DIR, one file each and an index.html "
        "(default: json)",
    )  # fmt: skip
    parse.add_argument(
        "--input", choices=("auto", "text", "jsonl"), default="auto",
        help='text: each FILE is one story; jsonl: each line is {"id", "text"}; '
        "auto: jsonl for .jsonl/.ndjson names, else text (default: auto)",
    )  # fmt: skip
    parse.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N",
        help="worker processes; 0 = one per core (default: 1, in-process)",
    )  # fmt: skip
    parse.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    parse.add_argument(
        "--reference-date", type=_date, metavar="YYYY-MM-DD",
        help="the day the stories were filed",
    )  # fmt: skip
    parse.add_argument(
        "--progress", choices=("auto", "always", "never"), default="auto",
        help="a progress line on stderr; auto: when stderr is a terminal and the batch runs "
        "for more than a second (default: auto)",
    )  # fmt: skip
    parse.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    return parser


def _results(
    items: Iterable[_Item], jobs: int, reference_date: dt.date | None
) -> Iterator[_Result]:
    function = _ParseItems(reference_date)
    if jobs == 1:
        for item in items:
            yield from function([item])
        return
    workers = jobs or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from map_ordered(function, items, executor=pool, chunk_size=8)


def _run(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    try:
        "".encode(args.encoding)
    except LookupError:
        stderr.write(f"wirestory: unknown encoding: {args.encoding}\n")
        return EXIT_USAGE
    if args.files.count("-") > 1:
        stderr.write("wirestory: - (standard input) may be given only once\n")
        return EXIT_USAGE
    text_only = args.input == "text" or (
        args.input == "auto" and not any(f.lower().endswith(_JSONL_SUFFIXES) for f in args.files)
    )
    single = text_only and len(args.files) == 1
    show = args.progress == "always" or (args.progress == "auto" and stderr.isatty())
    progress = _Progress(
        stderr,
        enabled=show,
        total=len(args.files) if text_only else None,
        delay=0.0 if args.progress == "always" else 1.0,
    )
    writer: _Writer | HtmlDirectory = (
        HtmlDirectory(Path(args.output))
        if _html_folder(args)
        else _Writer(stdout, args.format, single=single)
    )
    failed = 0
    items = _items(args.files, args.input, args.encoding)
    for result in _results(items, args.jobs, args.reference_date):
        if result.error is not None:
            progress.clear()
            stderr.write(f"wirestory: {result.error}\n")
            failed += 1
        elif result.story is not None:
            writer.write(result, result.story)
        progress.step()
    progress.clear()
    writer.close()
    return EXIT_ITEM_FAILED if failed else EXIT_OK


def _html_folder(args: argparse.Namespace) -> bool:
    """``--format html -o PATH``: PATH is a folder of pages unless it names an .html file."""
    return args.format == "html" and bool(args.output) and is_html_directory(args.output)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status.

    >>> main(["parse", "--format", "xml", "story.txt"])  # usage errors go to stderr
    2
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    stdout: IO[str] = sys.stdout
    if isinstance(stdout, io.TextIOWrapper):
        # A lone surrogate (from a JSON "\\ud800" escape) is written as that escape.
        stdout.reconfigure(errors="backslashreplace")
    try:
        if _html_folder(args):
            try:
                Path(args.output).mkdir(parents=True, exist_ok=True)
            except OSError as error:
                sys.stderr.write(f"wirestory: cannot write {args.output}: {error.strerror}\n")
                return EXIT_USAGE
        elif args.output:
            try:
                stdout = Path(args.output).open("w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
            except OSError as error:
                sys.stderr.write(f"wirestory: cannot write {args.output}: {error.strerror}\n")
                return EXIT_USAGE
        return _run(args, stdout, sys.stderr)
    except BrokenPipeError:
        # The reader went away (``wirestory parse ... | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ITEM_FAILED
    except KeyboardInterrupt:
        sys.stderr.write("wirestory: interrupted\n")
        return 130
    finally:
        if stdout is not sys.stdout:
            stdout.close()
