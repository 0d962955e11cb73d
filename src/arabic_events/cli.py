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
from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import Any, TextIO

from . import __version__
from .dates.finder import coerce_reference
from .extract import extract
from .normalize import NormalizeConfig, normalize
from .types import DateMention, Document


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


def _date_row(m: DateMention) -> dict[str, Any]:
    return m.to_dict()


def _cmd_dates(args: argparse.Namespace, out: TextIO) -> int:
    ref = _reference(args.reference)
    from .dates.finder import find_dates

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
                        "dates": [_date_row(m) for m in mentions],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
                + "\n"
            )
        else:
            for m in mentions:
                out.write(json.dumps({"file": label, **_date_row(m)}, ensure_ascii=False) + "\n")
    return 0


def _table(out: TextIO, header: list[str], rows: list[list[str]]) -> None:
    widths = [max([len(h)] + [len(r[k]) for r in rows]) for k, h in enumerate(header)]
    out.write("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _write_document(
    out: TextIO, label: str, doc: Document, fmt: str, extra: dict[str, Any] | None = None
) -> None:
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
    payload = (
        {**(extra or {}), **doc.to_dict()}
        if extra is not None
        else {"file": label, **doc.to_dict()}
    )
    indent = 2 if fmt == "json" else None
    out.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    ref = _reference(args.reference) if args.reference else None
    failures = 0
    for name in args.files or ["-"]:
        label, data = _read_bytes(name)
        if args.jsonl or name.endswith(".jsonl"):
            failures += _extract_jsonl(label, data, args, ref, out, err)
            continue
        text = _decode(label, data)
        _write_document(out, label, extract(text, ref), args.format)
    return 1 if failures else 0


def _extract_jsonl(
    label: str, data: bytes, args: argparse.Namespace, ref: dt.date | None, out: TextIO, err: TextIO
) -> int:
    """One output line per input line; a bad line is reported and skipped."""
    failures = 0
    fmt = "jsonl" if args.format == "table" else args.format
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("the line is not a JSON object")
            text = record.get(args.text_field)
            if not isinstance(text, str):
                raise ValueError(f"no string field {args.text_field!r}")
            when = record.get(args.date_field)
            reference = coerce_reference(when) if when is not None else ref
            doc = extract(text, reference)
        except (UnicodeDecodeError, ValueError, TypeError) as exc:
            err.write(f"{label}:{number}: {exc}\n")
            failures += 1
            continue
        extra = {k: v for k, v in record.items() if k not in (args.text_field,)}
        _write_document(out, label, doc, fmt, extra)
    return failures


# --- parser -----------------------------------------------------------------------------


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
        description="Dates and events of each FILE. Files ending in .jsonl (or all, with "
        "--jsonl) hold one JSON object per line with the text and its publication "
        "date; each gives one output line, other fields copied.",
    )
    e.add_argument("files", nargs="*", metavar="FILE")
    add_reference(e)
    e.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    e.add_argument("--jsonl", action="store_true", help="read every input as JSON lines")
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
