"""The command line: ``arabic-events`` and ``python -m arabic_events``.

Subcommands read files (standard input when none is given) and write to
standard output. Exit status: 0 on success, 1 when some input lines of a
JSON-lines run failed, 2 for bad usage or an input that cannot be read (a
missing file, bytes that are not UTF-8, a malformed ``--reference``), which
is reported on one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import fields
from itertools import chain
from typing import TextIO

from . import __version__
from .corpus import available_cpus, extract_records, format_of, read_records
from .dates.finder import coerce_reference, find_dates
from .extract import extract
from .normalize import NormalizeConfig, normalize
from .types import Document


class InputError(Exception):
    """An input that cannot be read; the message is the one line shown to the user."""


def _read_bytes(name: str) -> tuple[str, bytes]:
    if name == "-":
        return "<stdin>", sys.stdin.buffer.read()
    try:
        with open(name, "rb") as f:
            return name, f.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None


def _decode(label: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: not valid UTF-8 at byte offset {exc.start}") from None


def _inputs(files: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(label, text) of each input file, standard input when there is none."""
    for name in files or ["-"]:
        label, data = _read_bytes(name)
        yield label, _decode(label, data)


def _reference(value: str | None) -> dt.date:
    try:
        return coerce_reference(value)
    except ValueError:
        raise InputError(f"--reference: not a date in the form YYYY-MM-DD: {value!r}") from None


# --- normalize ----------------------------------------------------------------------


def _config(args: argparse.Namespace) -> NormalizeConfig:
    config = NormalizeConfig.preset(args.preset)
    changes = {
        f.name: getattr(args, f.name)
        for f in fields(NormalizeConfig)
        if getattr(args, f.name) is not None
    }
    return config.with_steps(**changes)


def _cmd_normalize(args: argparse.Namespace, out: TextIO) -> int:
    config = _config(args)
    for _label, text in _inputs(args.files):
        out.write(normalize(text, config))
    return 0


# --- dates and extract ----------------------------------------------------------------


def _cmd_dates(args: argparse.Namespace, out: TextIO) -> int:
    ref = _reference(args.reference)
    for label, text in _inputs(args.files):
        mentions = find_dates(text, ref)
        if args.format == "table":
            if len(args.files) > 1:
                out.write(f"== {label}\n")
            _table(
                out,
                ["text", "value", "grain", "start", "end"],
                [
                    [m.text, m.value.iso(), m.value.grain.value, str(m.start), str(m.end)]
                    for m in mentions
                ],
            )
        elif args.format == "json":
            out.write(
                json.dumps(
                    {
                        "file": label,
                        "reference": ref.isoformat(),
                        "dates": [m.to_dict() for m in mentions],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
                + "\n"
            )
        else:
            for m in mentions:
                out.write(json.dumps({"file": label, **m.to_dict()}, ensure_ascii=False) + "\n")
    return 0


def _table(out: TextIO, header: list[str], rows: list[list[str]]) -> None:
    widths = [max([len(h)] + [len(r[k]) for r in rows]) for k, h in enumerate(header)]
    out.write("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _write_document(out: TextIO, label: str, doc: Document, fmt: str) -> None:
    if fmt == "table":
        out.write(f"== {label} (reference {doc.reference.isoformat()})\n")
        out.write("dates:\n")
        _table(
            out,
            ["text", "value", "grain"],
            [[d.text, d.value.iso(), d.value.grain.value] for d in doc.dates],
        )
        out.write("events:\n")
        _table(
            out,
            ["trigger", "type", "status", "date", "place"],
            [
                [
                    e.trigger,
                    e.type.value,
                    e.status.value,
                    e.date.value.iso() if e.date else "-",
                    e.place.text if e.place else "-",
                ]
                for e in doc.events
            ],
        )
        return
    payload = {"file": label, **doc.to_dict()}
    indent = 2 if fmt == "json" else None
    out.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    ref = _reference(args.reference) if args.reference else None
    cpus = available_cpus()
    if args.jobs > cpus and not args.quiet:
        err.write(f"arabic-events: --jobs {args.jobs} is more than the {cpus} CPUs available; ")
        err.write(f"using {cpus}\n")
    stats = _Stats(err, quiet=args.quiet)
    try:
        for name in args.files or ["-"]:
            fmt = _record_format(args, name)
            if fmt is None:
                label, data = _read_bytes(name)
                doc = extract(_decode(label, data), ref)
                _write_document(out, label, doc, args.format)
                stats.add(len(doc.dates), len(doc.events))
                continue
            _extract_records(name, fmt, args, ref, out, err, stats)
    except KeyboardInterrupt:
        out.flush()
        stats.close(interrupted=True)
        return 130
    out.flush()
    stats.close()
    return 1 if stats.failures else 0


def _record_format(args: argparse.Namespace, name: str) -> str | None:
    for flag in ("jsonl", "csv", "parquet"):
        if getattr(args, flag):
            return flag
    return format_of(name)


def _extract_records(
    name: str,
    fmt: str,
    args: argparse.Namespace,
    ref: dt.date | None,
    out: TextIO,
    err: TextIO,
    stats: _Stats,
) -> None:
    """One output line per record, in input order; a bad record is reported and skipped."""
    try:
        records = read_records(name, fmt)
        first = next(records, None)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except (OSError, ImportError) as exc:
        raise InputError(f"{name}: {exc}") from None
    if first is None:
        return
    results = extract_records(
        chain([first], records),
        text_field=args.text_field,
        date_field=args.date_field,
        reference=ref,
        jobs=args.jobs,
        json_lines=args.format != "json",
    )
    for r in results:
        if r.error is not None:
            stats.fail(f"{'<stdin>' if r.source == '-' else r.source}:{r.number}: {r.error}")
            continue
        line = r.line if r.line is not None else json.dumps(r.result, ensure_ascii=False, indent=2)
        # one write per line, so an interrupted run leaves complete lines only
        out.write(line + "\n")
        stats.add(r.dates, r.events)


class _Stats:
    """Counts, a progress line on a terminal, and the closing summary on standard error."""

    def __init__(self, err: TextIO, quiet: bool) -> None:
        self.err = err
        self.quiet = quiet
        self.progress = not quiet and err.isatty()
        self.documents = self.dates = self.events = self.failures = 0
        self.started = time.perf_counter()
        self._shown = 0.0

    def add(self, dates: int, events: int) -> None:
        self.documents += 1
        self.dates += dates
        self.events += events
        self._tick()

    def fail(self, message: str) -> None:
        self.failures += 1
        self._clear()
        self.err.write(message + "\n")
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.progress and now - self._shown >= 0.2:
            self._shown = now
            rate = self.documents / max(now - self.started, 1e-9)
            self.err.write(f"\r{self.documents:,} documents, {self.failures} failed, {rate:,.0f}/s")
            self.err.flush()

    def _clear(self) -> None:
        if self.progress and self._shown:
            self.err.write("\r\033[K")

    def close(self, interrupted: bool = False) -> None:
        self._clear()
        if self.quiet:
            return
        seconds = time.perf_counter() - self.started
        self.err.write(
            ("interrupted: " if interrupted else "")
            + f"{self.documents} documents, {self.dates} dates, {self.events} events, "
            f"{self.failures} failures, {seconds:.2f} seconds\n"
        )


# --- parser -----------------------------------------------------------------------------


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``arabic-events`` (exposed for the docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="arabic-events",
        description="Normalize Arabic news text, find its dates, and find the events it reports.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "normalize",
        help="normalize Arabic script (files or standard input)",
        description="Write the normalized text of each FILE (standard input when none).",
    )
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument(
        "--preset",
        choices=["default", "search", "identity"],
        default="default",
        help="the steps to start from (default: %(default)s)",
    )
    steps = p.add_argument_group("steps", "switch single steps on or off, after the preset")
    for f in fields(NormalizeConfig):
        flag = f.name.replace("_", "-")
        steps.add_argument(
            f"--{flag}", dest=f.name, action="store_true", default=None, help=f"turn {f.name} on"
        )
        steps.add_argument(
            f"--no-{flag}", dest=f.name, action="store_false", help=f"turn {f.name} off"
        )

    def add_reference(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--reference",
            metavar="YYYY-MM-DD",
            help="publication date that relative dates resolve against (default: today)",
        )

    d = sub.add_parser(
        "dates",
        help="find every date in the text",
        description="List the dates each FILE mentions (standard input when none).",
    )
    d.add_argument("files", nargs="*", metavar="FILE")
    add_reference(d)
    d.add_argument("--format", choices=["table", "json", "jsonl"], default="table")

    e = sub.add_parser(
        "extract",
        help="find dates and events",
        description="Dates and events of each FILE (standard input when none). Files "
        "ending in .jsonl, .csv or .parquet (or any file, with --jsonl, --csv, --parquet) "
        "hold one record per line or row, with the text and its publication date; each "
        "record gives one JSON output line, in input order, its other fields copied. A bad "
        "record is reported on standard error with its line number and the run goes on; "
        "the exit status is 1 when any record failed.",
    )
    e.add_argument("files", nargs="*", metavar="FILE")
    add_reference(e)
    e.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    e.add_argument("--jsonl", action="store_true", help="read every input as JSON lines")
    e.add_argument("--csv", action="store_true", help="read every input as CSV with a header row")
    e.add_argument(
        "--parquet", action="store_true", help="read every input as Parquet (needs pyarrow)"
    )
    e.add_argument(
        "--jobs", type=_positive, default=1, metavar="N", help="processes to use (default: 1)"
    )
    e.add_argument("--quiet", action="store_true", help="no progress line and no closing summary")
    e.add_argument(
        "--text-field", default="text", help="JSON-lines field with the text (default: text)"
    )
    e.add_argument(
        "--date-field",
        default="date",
        help="JSON-lines field with the publication date (default: date)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "normalize":
            return _cmd_normalize(args, out)
        if args.command == "dates":
            return _cmd_dates(args, out)
        return _cmd_extract(args, out, err)
    except InputError as exc:
        err.write(f"arabic-events: {exc}\n")
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
