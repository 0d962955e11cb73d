"""The command line: ``arabic-events`` and ``python -m arabic_events``.

Subcommands read files (standard input when none is given) and write to
standard output. Exit status: 0 on success, 1 when some records of a corpus
failed, 2 for bad usage or an input that cannot be read (a missing file, bytes
that are not UTF-8, a malformed ``--reference``), which is reported on one
line, never as a traceback, and 130 when interrupted with Ctrl-C. Every named
file is checked before any output is written.

A plain text file longer than :data:`WHOLE_CHARS` characters is read and
processed in pieces of at most :data:`PIECE_CHARS` characters, cut at paragraph
boundaries (see :func:`split_point`), so memory stays bounded however large the
file; spans are still character offsets into the whole decoded text.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import io
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import fields, replace
from itertools import chain
from typing import IO, Any, TextIO, TypeVar

from . import __version__
from .corpus import (
    Record,
    Result,
    available_cpus,
    error_message,
    extract_records,
    format_of,
    interrupts_held,
    json_value,
    read_records,
    record_dates,
    record_reference,
    record_text,
)
from .dates.finder import find_dates
from .dedupe import Deduper, WorldEvent, record_items
from .normalize import NormalizeConfig, normalize
from .pipeline import extract
from .types import DateMention, Document, EventMention, EventOccurrence, Span

#: A plain text of at most this many characters is processed whole, as before.
WHOLE_CHARS = 1 << 16
#: A longer text is processed in pieces of at most this many characters.
PIECE_CHARS = 1 << 13
_READ_BYTES = 1 << 16  # bytes read from a file at a time
_SPOOL_CHARS = 1 << 20  # output kept in memory before it goes to a temporary file


class InputError(Exception):
    """An input that cannot be read; the message is the one line shown to the user."""


# --- output -------------------------------------------------------------------------


def _emit(out: TextIO, text: str) -> None:
    with interrupts_held():
        out.write(text)


def _flush(out: TextIO) -> None:
    with interrupts_held():
        out.flush()


class _Spool:
    """Text that grows piece by piece: in memory while small, then in a temporary file."""

    def __init__(self) -> None:
        self.file: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in copy_to
            max_size=_SPOOL_CHARS, mode="w+", encoding="utf-8", newline=""
        )

    def write(self, text: str) -> None:
        self.file.write(text)

    def copy_to(self, out: TextIO) -> None:
        self.file.seek(0)
        with interrupts_held():
            shutil.copyfileobj(self.file, out, _READ_BYTES)
        self.file.close()


class _JsonList:
    """The items of a JSON list in an object's field, written one at a time.

    The text is the one ``json.dumps(obj, ensure_ascii=False, indent=indent)``
    gives for the whole object; the caller writes ``"key": [`` before the first
    item and :meth:`end` after the last.
    """

    def __init__(self, sink: _Spool, indent: int | None) -> None:
        self.sink = sink
        self.indent = indent
        self.count = 0

    def add(self, item: dict[str, Any]) -> None:
        if self.indent is None:
            text = json.dumps(item, ensure_ascii=False)
            self.sink.write((", " if self.count else "") + text)
        else:
            pad = "\n" + " " * (2 * self.indent)
            text = json.dumps(item, ensure_ascii=False, indent=self.indent).replace("\n", pad)
            self.sink.write(("," if self.count else "") + pad + text)
        self.count += 1

    def end(self) -> str:
        if self.indent is None or not self.count:
            return "]"
        return "\n" + " " * self.indent + "]"


def _json_head(indent: int | None, items: Sequence[tuple[str, Any]]) -> str:
    """``{`` and the first fields of an object as ``json.dumps`` writes them, with a separator
    after each, ready for the next key."""
    sep = ", " if indent is None else ",\n" + " " * indent
    start = "{" if indent is None else "{\n" + " " * indent
    return start + "".join(
        f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{sep}" for k, v in items
    )


def _json_sep(indent: int | None) -> str:
    return ", " if indent is None else ",\n" + " " * indent


def _json_tail(indent: int | None) -> str:
    return "}\n" if indent is None else "\n}\n"


_CELL_ESCAPES = str.maketrans(
    {
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        "\v": "\\v",
        "\f": "\\f",
        "\x1c": "\\x1c",
        "\x1d": "\\x1d",
        "\x1e": "\\x1e",
        "\x85": "\\x85",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def _table(header: list[str], rows: list[list[str]], show_header: bool = True) -> str:
    """Rows as aligned columns, under the header line when ``show_header``; a line break
    or tab inside a cell is shown as its escape, so every row stays on one line."""
    cells = [[c.translate(_CELL_ESCAPES) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[k]) for r in cells]) for k, h in enumerate(header)]
    lines = [header] if show_header else []
    return "".join(
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n"
        for r in lines + cells
    )


# --- input ----------------------------------------------------------------------------


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _open(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None


def _decoded_blocks(name: str) -> Iterator[str]:
    """The text of a file or standard input, decoded from UTF-8 block by block.

    A byte-order mark at the start is skipped; bytes that are not UTF-8 raise
    :class:`InputError` with the offset of the first bad byte in the file.
    """
    f = _open(name)
    decoder = codecs.getincrementaldecoder("utf-8")()
    fed = 0  # bytes given to the decoder so far
    first = True
    try:
        while True:
            try:
                data = f.read(_READ_BYTES)
            except OSError as exc:
                raise InputError(f"{_label(name)}: cannot read ({exc.strerror})") from None
            if first:
                first = False
                if data.startswith(codecs.BOM_UTF8):
                    data = data[len(codecs.BOM_UTF8) :]
                    fed = len(codecs.BOM_UTF8)
            held = len(decoder.getstate()[0])
            try:
                text = decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                at = fed - held + exc.start
                raise InputError(f"{_label(name)}: not valid UTF-8 at byte offset {at}") from None
            fed += len(data)
            if text:
                yield text
            if not data:
                return
    finally:
        if name != "-":
            f.close()


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def split_point(text: str, limit: int) -> int:
    """Where to cut ``text`` so that its first piece holds at most ``limit`` characters.

    The cut goes after the last blank line within the limit; failing that, after
    the last line break; failing that, before the last run of whitespace (a run
    is never split); failing that (one word longer than the limit), at the limit,
    moved back before any combining marks. Always between 1 and ``limit``
    (``limit`` must be positive).

    >>> split_point("one\\n\\ntwo\\nthree four", 14)
    5
    >>> split_point("one two three", 9)
    7
    >>> split_point("abcdef", 4)
    4
    """
    window = text[:limit]
    blank_end = 0
    for match in _BLANK_LINE.finditer(window):
        blank_end = match.end()
    if blank_end:
        return blank_end
    newline = window.rfind("\n")
    if newline >= 0:
        return newline + 1
    end = len(window)
    while end > 0 and not window[end - 1].isspace():
        end -= 1
    while end > 0 and window[end - 1].isspace():
        end -= 1
    if end > 0:
        return end
    cut = limit
    while 1 < cut < len(text) and unicodedata.combining(text[cut]):
        cut -= 1
    return cut


def text_pieces(
    blocks: Iterable[str], threshold: int = WHOLE_CHARS, limit: int = PIECE_CHARS
) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a text given as blocks: the whole text as one piece when it
    has at most ``threshold`` characters, else pieces of at most ``limit`` characters
    (``limit <= threshold``) cut by :func:`split_point`. The pieces join to the text;
    ``offset`` is the character offset of the piece in it. At most ``threshold``
    characters plus one block are held at a time.

    >>> list(text_pieces(["ab\\n\\ncd", "\\nef"], threshold=4, limit=4))
    [(0, 'ab\\n\\n'), (4, 'cd\\n'), (7, 'ef')]
    >>> list(text_pieces(["ab\\n\\ncd", "\\nef"], threshold=9, limit=4))
    [(0, 'ab\\n\\ncd\\nef')]
    >>> list(text_pieces([]))
    [(0, '')]
    """
    pending = ""
    offset = 0
    whole = True
    for block in blocks:
        pending += block
        if whole and len(pending) > threshold:
            whole = False
        while not whole and len(pending) > limit:
            cut = split_point(pending, limit)
            yield offset, pending[:cut]
            offset += cut
            pending = pending[cut:]
    if pending or offset == 0:
        yield offset, pending


def _pieces(name: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a plain text file, with this module's current sizes."""
    return text_pieces(_decoded_blocks(name), WHOLE_CHARS, PIECE_CHARS)


def _check_inputs(names: Sequence[str], fmt_of: Callable[[str], str | None]) -> list[str]:
    """The input names (``-`` when none), each named file checked before any output:
    it must open, and a plain text file must be UTF-8 throughout."""
    checked = list(names) or ["-"]
    for name in checked:
        if name == "-":
            continue
        if fmt_of(name) is None:
            for _ in _decoded_blocks(name):
                pass
        else:
            _open(name).close()
    return checked


def _reference(value: str | None) -> dt.date:
    """The ``--reference`` date: exactly ``YYYY-MM-DD``, today when not given."""
    if value is None:
        return dt.date.today()
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--reference: not a date in the form YYYY-MM-DD: {value!r}") from None


# --- spans of a piece, moved to the whole text -------------------------------------------


_S = TypeVar("_S", bound=Span)


def _moved_span(span: _S, by: int) -> _S:
    return replace(span, start=span.start + by, end=span.end + by)


def _moved_date(mention: DateMention, by: int) -> DateMention:
    return replace(mention, start=mention.start + by, end=mention.end + by) if by else mention


def _moved_document(doc: Document, by: int) -> Document:
    """The document of a piece, its spans moved by the piece's offset ``by``."""
    if not by:
        return doc
    dates = tuple(_moved_date(d, by) for d in doc.dates)
    moved = {id(old): new for old, new in zip(doc.dates, dates, strict=True)}
    events = tuple(
        replace(
            e,
            start=e.start + by,
            end=e.end + by,
            date=moved.get(id(e.date), _moved_date(e.date, by)) if e.date else None,
            place=_moved_span(e.place, by) if e.place else None,
            participants=tuple(_moved_span(p, by) for p in e.participants),
        )
        for e in doc.events
    )
    moved_events = {id(old): new for old, new in zip(doc.events, events, strict=True)}
    occurrences = tuple(
        replace(
            o,
            mentions=tuple(moved_events[id(m)] for m in o.mentions),
            date=moved.get(id(o.date), _moved_date(o.date, by)) if o.date else None,
            place=_moved_span(o.place, by) if o.place else None,
            participants=tuple(_moved_span(p, by) for p in o.participants),
        )
        for o in doc.occurrences
    )
    times = tuple(_moved_date(t, by) for t in doc.times)
    durations = tuple(replace(d, start=d.start + by, end=d.end + by) for d in doc.durations)
    return replace(
        doc,
        dates=dates,
        events=events,
        occurrences=occurrences,
        times=times,
        durations=durations,
    )


def _event_dict(event: EventMention, dates: tuple[DateMention, ...], first: int) -> dict[str, Any]:
    """``event.to_dict(dates)``, its ``date_index`` counted in the whole text (``dates`` of
    a piece start at index ``first``)."""
    out = event.to_dict(dates)
    if out["date_index"] is not None:
        out["date_index"] += first
    return out


def _occurrence_dict(
    doc: Document, o: EventOccurrence, counts: tuple[int, int, int]
) -> dict[str, Any]:
    """``o.to_dict(…)`` of a piece's document, its id and indexes counted in the whole text
    (the piece's dates, events and occurrences start at the indexes in ``counts``)."""
    first_date, first_event, first_occurrence = counts
    out = o.to_dict(doc.dates, doc.events)
    out["id"] = f"e{int(o.id[1:]) + first_occurrence}"
    if out["date_index"] is not None:
        out["date_index"] += first_date
    out["mention_indexes"] = [k + first_event for k in out["mention_indexes"]]
    return out


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
    names = _check_inputs(args.files, lambda name: None)
    for k, name in enumerate(names):
        last = ""
        for _offset, piece in _pieces(name):
            result = normalize(piece, config)
            _emit(out, result)
            last = result[-1:] or last
        if last and last != "\n" and k < len(names) - 1:
            _emit(out, "\n")  # the next file starts on a line of its own
    return 0


# --- the closing summary ---------------------------------------------------------------


def _count(n: int, noun: str, grouped: bool = False) -> str:
    return (f"{n:,}" if grouped else str(n)) + f" {noun}" + ("" if n == 1 else "s")


class _Stats:
    """Counts, a progress line on a terminal, and the closing summary on standard error."""

    def __init__(self, err: TextIO, quiet: bool, events: bool) -> None:
        self.err = err
        self.quiet = quiet
        self.with_events = events
        self.progress = not quiet and err.isatty()
        self.documents = self.dates = self.events = self.failures = 0
        self.started = time.perf_counter()
        self._shown = 0.0

    def add(self, dates: int, events: int = 0) -> None:
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
            done = _count(self.documents, "document", grouped=True)
            self.err.write(f"\r{done}, {self.failures:,} failed, {rate:,.0f}/s")
            self.err.flush()

    def _clear(self) -> None:
        if self.progress and self._shown:
            self.err.write("\r\033[K")

    def close(self, interrupted: bool = False) -> None:
        self._clear()
        if self.quiet:
            return
        seconds = time.perf_counter() - self.started
        counts = [_count(self.documents, "document"), _count(self.dates, "date")]
        if self.with_events:
            counts.append(_count(self.events, "event"))
        counts.append(_count(self.failures, "failure"))
        self.err.write(
            ("interrupted: " if interrupted else "")
            + ", ".join(counts)
            + f", {seconds:.2f} seconds\n"
        )
        self.err.flush()


# --- records: JSON lines, CSV, Parquet ---------------------------------------------------


def _record_format(args: argparse.Namespace, name: str) -> str | None:
    for flag in ("jsonl", "csv", "parquet"):
        if getattr(args, flag):
            return flag
    return format_of(name)


def _records(name: str, fmt: str) -> Iterator[Record] | None:
    """The records of a file, or None when it has none."""
    try:
        records = read_records(name, fmt)
        first = next(records, None)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except (OSError, ImportError) as exc:
        raise InputError(f"{name}: {exc}") from None
    return None if first is None else chain([first], records)


def _write_results(results: Iterable[Result], out: TextIO, stats: _Stats) -> None:
    """One output line (or indented object) per record, in input order; a failed record
    is reported on standard error as ``FILE:LINE: reason``."""
    for r in results:
        if r.error is not None:
            stats.fail(f"{_label(r.source)}:{r.number}: {r.error}")
            continue
        line = r.line if r.line is not None else json.dumps(r.result, ensure_ascii=False, indent=2)
        # one write per line, so an interrupted run leaves complete lines only
        _emit(out, line + "\n")
        stats.add(r.dates, r.events)


def _dates_of_records(
    records: Iterable[Record], args: argparse.Namespace, reference: dt.date
) -> Iterator[Result]:
    json_lines = args.format != "json"
    for r in records:
        if r.fields is None:
            yield Result(r.source, r.number, None, r.error)
            continue
        try:
            result, n = record_dates(r.fields, args.text_field, args.date_field, reference)
        except Exception as exc:  # one record never stops the run
            yield Result(r.source, r.number, None, error_message(exc))
            continue
        if json_lines:
            line = json.dumps(result, ensure_ascii=False)
            yield Result(r.source, r.number, None, None, n, 0, line)
        else:
            yield Result(r.source, r.number, result, None, n, 0)


# --- dates ------------------------------------------------------------------------------


_DATE_COLUMNS = ["text", "value", "grain", "start", "end"]


def _dates_of_text(
    name: str, args: argparse.Namespace, ref: dt.date, out: TextIO, stats: _Stats, many: bool
) -> None:
    """The dates of one plain text, piece by piece, in the chosen format."""
    label = _label(name)
    indent = 2 if args.format == "json" else None
    listed = _JsonList(_Spool(), indent)
    count = 0
    if args.format == "table" and many:
        _emit(out, f"== {label}\n")
    for offset, piece in _pieces(name):
        mentions = [_moved_date(m, offset) for m in find_dates(piece, ref)]
        if args.format == "table":
            rows = [
                [m.text, m.value.iso(), m.value.grain.value, str(m.start), str(m.end)]
                for m in mentions
            ]
            _emit(out, _table(_DATE_COLUMNS, rows, show_header=offset == 0))
        elif args.format == "jsonl":
            lines = (
                json.dumps({"file": label, **m.to_dict()}, ensure_ascii=False) for m in mentions
            )
            _emit(out, "".join(line + "\n" for line in lines))
        else:
            for m in mentions:
                listed.add(m.to_dict())
        count += len(mentions)
    if args.format == "json":
        head = _json_head(indent, [("file", label), ("reference", ref.isoformat())])
        with interrupts_held():
            out.write(head + '"dates": [')
            listed.sink.copy_to(out)
            out.write(listed.end() + _json_tail(indent))
    stats.add(count)


# --- extract ------------------------------------------------------------------------------


def _extract_text(
    name: str, args: argparse.Namespace, ref: dt.date, out: TextIO, stats: _Stats
) -> None:
    """Dates and events of one plain text, piece by piece, as one document."""
    label = _label(name)
    table = args.format == "table"
    indent = 2 if args.format == "json" else None
    text, dates = _Spool(), _JsonList(_Spool(), indent)
    events, occurrences = _JsonList(_Spool(), indent), _JsonList(_Spool(), indent)
    times, durations = _JsonList(_Spool(), indent), _JsonList(_Spool(), indent)
    n_dates = n_events = n_occurrences = 0
    for offset, piece in _pieces(name):
        doc = _moved_document(extract(piece, ref), offset)
        if table:
            if offset == 0:
                _emit(out, f"== {label} (reference {ref.isoformat()})\ndates:\n")
            rows = [[d.text, d.value.iso(), d.value.grain.value] for d in doc.dates]
            _emit(out, _table(["text", "value", "grain"], rows, show_header=offset == 0))
            header, event_rows = doc.event_table(args.mentions, "-", n_occurrences)
            events.sink.write(_table(header, event_rows, show_header=offset == 0))
        else:
            text.write(json.dumps(piece, ensure_ascii=False)[1:-1])
            for d in doc.dates:
                dates.add(d.to_dict())
            for e in doc.events:
                events.add(_event_dict(e, doc.dates, n_dates))
            for o in doc.occurrences:
                occurrences.add(_occurrence_dict(doc, o, (n_dates, n_events, n_occurrences)))
            for t in doc.times:
                times.add(t.to_dict())
            for span in doc.durations:
                durations.add(span.to_dict())
        n_dates += len(doc.dates)
        n_events += len(doc.events)
        n_occurrences += len(doc.occurrences)
    with interrupts_held():
        if table:
            out.write("events:\n")
            events.sink.copy_to(out)
        else:
            out.write(_json_head(indent, [("file", label)]) + '"text": "')
            text.copy_to(out)
            sep = _json_sep(indent)
            out.write(f'"{sep}"reference": "{ref.isoformat()}"{sep}"dates": [')
            dates.sink.copy_to(out)
            out.write(f'{dates.end()}{sep}"events": [')
            events.sink.copy_to(out)
            out.write(f'{events.end()}{sep}"occurrences": [')
            occurrences.sink.copy_to(out)
            out.write(f'{occurrences.end()}{sep}"times": [')
            times.sink.copy_to(out)
            out.write(f'{times.end()}{sep}"durations": [')
            durations.sink.copy_to(out)
            out.write(durations.end() + _json_tail(indent))
    stats.add(n_dates, n_events)


def _extract_results(
    records: Iterator[Record], args: argparse.Namespace, reference: dt.date
) -> Iterator[Result]:
    return extract_records(
        records,
        text_field=args.text_field,
        date_field=args.date_field,
        reference=reference,
        jobs=args.jobs,
        json_lines=args.format != "json",
    )


# --- extract --format plover | timeml ------------------------------------------------------

_EXPORTS = ("plover", "timeml")


def _whole_document(name: str, ref: dt.date) -> tuple[Document, int]:
    """The document of a whole plain text read in pieces, occurrence ids counted through
    the text, and the number of occurrences."""
    text: list[str] = []
    dates: list[DateMention] = []
    events: list[EventMention] = []
    occurrences: list[EventOccurrence] = []
    for offset, piece in _pieces(name):
        doc = _moved_document(extract(piece, ref), offset)
        text.append(piece)
        dates += doc.dates
        events += doc.events
        occurrences += [
            replace(o, id=f"e{int(o.id[1:]) + len(occurrences)}") for o in doc.occurrences
        ]
    whole = Document("".join(text), ref, tuple(dates), tuple(events), tuple(occurrences))
    return whole, len(occurrences)


def _export_text(
    name: str, args: argparse.Namespace, ref: dt.date, out: TextIO, stats: _Stats
) -> None:
    """PLOVER records (one JSON line per occurrence, with the file) or the TimeML
    document of one plain text."""
    doc, _ = _whole_document(name, ref)
    label = _label(name)
    if args.format == "plover":
        lines = [json.dumps({"file": label, **r}, ensure_ascii=False) for r in doc.to_plover()]
        _emit(out, "".join(line + "\n" for line in lines))
    else:
        _emit(out, doc.to_timeml())
    stats.add(len(doc.dates), len(doc.events))


def _export_records(
    records: Iterable[Record], args: argparse.Namespace, reference: dt.date
) -> Iterator[Result]:
    """Per record: its PLOVER records as JSON lines (one per occurrence), or one JSON line
    with its TimeML; the record's other fields are under ``record``."""
    for r in records:
        if r.fields is None:
            yield Result(r.source, r.number, None, r.error)
            continue
        try:
            text = record_text(r.fields, args.text_field)
            ref = record_reference(r.fields, args.date_field, reference)
            extra = {k: json_value(v) for k, v in r.fields.items() if k != args.text_field}
            doc = extract(text, ref)
            if args.format == "plover":
                rows = [{"record": extra, **x} for x in doc.to_plover()]
            else:
                rows = [{"record": extra, "timeml": doc.to_timeml()}]
            line = "\n".join(json.dumps(x, ensure_ascii=False, allow_nan=False) for x in rows)
        except Exception as exc:  # one record never stops the run
            yield Result(r.source, r.number, None, error_message(exc))
            continue
        yield Result(r.source, r.number, None, None, len(doc.dates), len(doc.events), line)


def _write_export(results: Iterable[Result], out: TextIO, stats: _Stats) -> None:
    for r in results:
        if r.error is not None:
            stats.fail(f"{_label(r.source)}:{r.number}: {r.error}")
            continue
        if r.line:
            _emit(out, r.line + "\n")
        stats.add(r.dates, r.events)


# --- dates and extract: one loop over the inputs --------------------------------------------


def _cmd_dates_or_extract(args: argparse.Namespace, out: TextIO, stats: _Stats) -> int:
    """Every input in turn, after all are checked: a plain text as one document, a
    record file as one output line per record. Status 1 when a record failed."""
    ref = _reference(args.reference)
    names = _check_inputs(args.files, lambda name: _record_format(args, name))
    dates = args.command == "dates"
    for name in names:
        fmt = _record_format(args, name)
        export = not dates and args.format in _EXPORTS
        if fmt is None:
            if dates:
                _dates_of_text(name, args, ref, out, stats, many=len(names) > 1)
            elif export:
                _export_text(name, args, ref, out, stats)
            else:
                _extract_text(name, args, ref, out, stats)
            continue
        records = _records(name, fmt)
        if records is not None and export:
            _write_export(_export_records(records, args, ref), out, stats)
        elif records is not None:
            results = (_dates_of_records if dates else _extract_results)(records, args, ref)
            _write_results(results, out, stats)
    _flush(out)
    return 1 if stats.failures else 0


# --- dedupe ---------------------------------------------------------------------------------

_WORLD_COLUMNS = [
    "id", "type", "start", "end", "place", "countries", "documents", "confidence", "sources",
]  # fmt: skip


def _world_cells(event: WorldEvent) -> list[str]:
    return [
        event.id,
        event.type,
        event.start.isoformat() if event.start else "",
        event.end.isoformat() if event.end else "",
        event.place or "",
        ",".join(event.countries),
        str(event.documents),
        f"{event.confidence:.3f}",
        ";".join(f"{doc}:{occ}" for doc, occ in event.sources),
    ]


def _cmd_dedupe(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """World events of the extract output in every input, after all are checked. A record
    that cannot be read is reported on standard error and skipped; status 1 when any was."""
    names = _check_inputs(args.files, lambda name: "jsonl")
    started = time.perf_counter()
    deduper = Deduper(args.window)
    documents = failures = 0
    for name in names:
        records = _records(name, "jsonl")
        for r in records or ():
            where = f"{_label(r.source)}:{r.number}"
            try:
                if r.fields is None:
                    raise ValueError(r.error)
                items = record_items(r.fields, r.number, args.id_field, default_id=where)
            except ValueError as exc:
                failures += 1
                err.write(f"{where}: {exc}\n")
                continue
            documents += 1
            deduper.add(items)
    events = deduper.events()
    if args.format == "jsonl":
        for e in events:
            _emit(out, json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif args.format == "csv":
        sink = io.StringIO()
        writer = csv.writer(sink, lineterminator="\n")
        writer.writerow(_WORLD_COLUMNS)
        writer.writerows(_world_cells(e) for e in events)
        _emit(out, sink.getvalue())
    else:
        _emit(out, _table(_WORLD_COLUMNS, [_world_cells(e) for e in events]))
    _flush(out)
    if not args.quiet:
        seconds = time.perf_counter() - started
        counts = [
            _count(documents, "document"),
            _count(deduper.items, "occurrence"),
            _count(len(events), "world event"),
            _count(failures, "failure"),
        ]
        err.write(", ".join(counts) + f", {seconds:.2f} seconds\n")
    return 1 if failures else 0


def _window(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a whole number of days, 0 or more: {value!r}")
    return n


# --- parser -----------------------------------------------------------------------------


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return n


def _add_corpus_options(q: argparse.ArgumentParser) -> None:
    q.add_argument("--jsonl", action="store_true", help="read every input as JSON lines")
    q.add_argument("--csv", action="store_true", help="read every input as CSV with a header row")
    q.add_argument(
        "--parquet", action="store_true", help="read every input as Parquet (needs pyarrow)"
    )


def _add_field_options(q: argparse.ArgumentParser) -> None:
    q.add_argument("--quiet", action="store_true", help="no progress line and no closing summary")
    q.add_argument(
        "--text-field", default="text", help="JSON-lines field with the text (default: text)"
    )
    q.add_argument(
        "--date-field",
        default="date",
        help="JSON-lines field with the publication date (default: date)",
    )


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
        description="List the dates each FILE mentions (standard input when none). Files "
        "ending in .jsonl, .csv or .parquet (or any file, with --jsonl, --csv, --parquet) "
        "hold one record per line or row, as for extract; each record gives one JSON "
        "output line with its dates, in input order, its other fields copied. A bad record "
        "is reported on standard error with its line number and the run goes on; the exit "
        "status is 1 when any record failed.",
    )
    d.add_argument("files", nargs="*", metavar="FILE")
    add_reference(d)
    d.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    _add_corpus_options(d)
    _add_field_options(d)

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
    e.add_argument(
        "--format",
        choices=["table", "json", "jsonl", *_EXPORTS],
        default="table",
        help="table, json or jsonl documents; plover: one JSON line per event occurrence; "
        "timeml: the text with dates and events tagged (default: %(default)s)",
    )
    e.add_argument(
        "--mentions",
        action="store_true",
        help="table: one row per event mention instead of one per event occurrence",
    )
    _add_corpus_options(e)
    e.add_argument(
        "--jobs", type=_positive, default=1, metavar="N", help="processes to use (default: 1)"
    )
    _add_field_options(e)

    w = sub.add_parser(
        "dedupe",
        help="one row per real-world event of extract output",
        description="Group the event occurrences of extract output (JSON lines, one record "
        "per article, from `arabic-events extract FILE.jsonl`) that report the same "
        "real-world event: same type family, dates within --window days, and the same "
        "place or participant countries. Writes one row per world event, sorted by date. "
        "A record that cannot be read (not JSON, no occurrences) is reported on standard "
        "error with its line number and skipped; the exit status is then 1.",
    )
    w.add_argument("files", nargs="*", metavar="FILE")
    w.add_argument(
        "--window",
        type=_window,
        default=1,
        metavar="DAYS",
        help="days two reports' dates may be apart (default: 1; 0: they must overlap)",
    )
    w.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    w.add_argument(
        "--id-field", default="id", help="field with the document id (default: id; else FILE:LINE)"
    )
    w.add_argument("--quiet", action="store_true", help="no closing summary")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    out, err = sys.stdout, sys.stderr
    stats: _Stats | None = None
    try:
        if args.command == "normalize":
            return _cmd_normalize(args, out)
        if args.command == "dedupe":
            return _cmd_dedupe(args, out, err)
        stats = _Stats(err, quiet=args.quiet, events=args.command == "extract")
        jobs, cpus = getattr(args, "jobs", 1), available_cpus()
        if jobs > cpus and not args.quiet:
            err.write(f"arabic-events: --jobs {jobs} is more than the {cpus} CPUs available; ")
            err.write(f"using {cpus}\n")
        code = _cmd_dates_or_extract(args, out, stats)
        stats.close()
        return code
    except InputError as exc:
        _flush(out)
        err.write(f"arabic-events: {exc}\n")
        return 2
    except KeyboardInterrupt:
        with suppress(OSError, KeyboardInterrupt):
            _flush(out)
        if stats is not None:
            stats.close(interrupted=True)
        return 130
    except BrokenPipeError:  # e.g. piped into head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
