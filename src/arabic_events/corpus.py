"""Corpora: stream records from JSON lines, CSV or Parquet and extract them, in parallel.

Records are read lazily and processed in batches, so memory stays flat however
large the corpus is, and results come back in input order. Each record is a
mapping with a text field and, optionally, a publication-date field; its other
fields are copied to the result. A record that cannot be processed gives an
error message instead of a result, and the run goes on.

>>> rows = [{"id": 1, "text": "انعقد الاجتماع أمس", "date": "2019-03-05"}, {"id": 2}]
>>> results = list(extract_records(rows))
>>> [(r.number, r.result and r.result["events"][0]["status"], r.error) for r in results]
[(1, 'held', None), (2, None, "no string field 'text'")]
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any, BinaryIO

from .dates.finder import coerce_reference
from .extract import extract

#: Input formats by file ending.
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_CHUNK = 32  # records a worker takes at a time
_CHUNKS_PER_JOB = 8  # chunks in flight per worker


@dataclass(frozen=True)
class Record:
    """One input record: where it came from, and its fields or why it could not be read."""

    source: str
    number: int  # 1-based line (JSON lines), row (CSV) or row index + 1 (Parquet)
    fields: Mapping[str, Any] | None
    error: str | None = None


@dataclass(frozen=True)
class Result:
    """The outcome for one record: the extracted document as a dict, or an error.

    With ``json_lines=True`` (see :func:`extract_records`) the document comes as
    ``line``, its JSON text, made in the worker process, and ``result`` is None.
    """

    source: str
    number: int
    result: dict[str, Any] | None
    error: str | None
    dates: int = 0
    events: int = 0
    line: str | None = None


def format_of(path: str) -> str | None:
    """The input format a file name implies (``jsonl``, ``csv``, ``parquet``), if any."""
    for ending, fmt in FORMATS.items():
        if path.lower().endswith(ending):
            return fmt
    return None


def read_records(path: str, fmt: str) -> Iterator[Record]:
    """Stream the records of a file (``-`` is standard input for JSON lines and CSV).

    Raises :class:`OSError` when the file cannot be opened and :class:`ImportError`
    for Parquet without ``pyarrow``; a bad line is a :class:`Record` with an error.
    """
    if fmt == "jsonl":
        yield from _read_jsonl(path)
    elif fmt == "csv":
        yield from _read_csv(path)
    elif fmt == "parquet":
        yield from _read_parquet(path)
    else:
        raise ValueError(f"unknown input format {fmt!r}")


def _open_binary(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


def _read_jsonl(path: str) -> Iterator[Record]:
    with _open_binary(path) as f:
        for number, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield Record(
                    path, number, None, f"not valid UTF-8 at byte offset {exc.start} of the line"
                )
                continue
            except json.JSONDecodeError as exc:
                yield Record(path, number, None, f"not JSON ({exc.msg})")
                continue
            if not isinstance(value, dict):
                yield Record(path, number, None, "the line is not a JSON object")
                continue
            yield Record(path, number, value)


def _read_csv(path: str) -> Iterator[Record]:
    binary = _open_binary(path)
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
    try:
        reader = csv.DictReader(text)
        number = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                yield Record(
                    path, number + 1, None, f"not valid UTF-8 (byte {exc.start} of a block)"
                )
                return
            except csv.Error as exc:
                yield Record(path, reader.line_num, None, f"bad CSV ({exc})")
                return
            number += 1
            yield Record(path, number, row)
    finally:
        text.detach() if path == "-" else text.close()


def _read_parquet(path: str) -> Iterator[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "reading Parquet needs pyarrow: pip install 'arabic-events[parquet]'"
        ) from None
    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            yield Record(path, number, row)


def process_record(
    fields: Mapping[str, Any],
    text_field: str = "text",
    date_field: str = "date",
    reference: str | None = None,
) -> tuple[dict[str, Any], int, int]:
    """Extract one record: (result dict, number of dates, number of events).

    The result holds the record's other fields, then the document's. The
    record's own date field wins over ``reference``. Raises :class:`ValueError`
    for a record without a text or with a bad date.
    """
    text = fields.get(text_field)
    if not isinstance(text, str):
        raise ValueError(f"no string field {text_field!r}")
    when = fields.get(date_field)
    if isinstance(when, (dt.date, dt.datetime, str)) and when != "":
        ref = coerce_reference(when)
    elif when is None or when == "":
        ref = coerce_reference(reference)
    else:
        raise ValueError(f"field {date_field!r} is not a date")
    doc = extract(text, ref)
    extra = {k: _jsonable(v) for k, v in fields.items() if k != text_field}
    return {**extra, **doc.to_dict()}, len(doc.dates), len(doc.events)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


_Task = tuple[Record, str, str, "str | None", bool]


def _work(task: _Task) -> Result:
    record, text_field, date_field, reference, json_lines = task
    if record.fields is None:
        return Result(record.source, record.number, None, record.error)
    try:
        result, n_dates, n_events = process_record(record.fields, text_field, date_field, reference)
    except (ValueError, TypeError) as exc:
        return Result(record.source, record.number, None, str(exc))
    if json_lines:
        line = json.dumps(result, ensure_ascii=False)
        return Result(record.source, record.number, None, None, n_dates, n_events, line)
    return Result(record.source, record.number, result, None, n_dates, n_events)


def _work_chunk(chunk: list[_Task]) -> list[Result]:
    return [_work(task) for task in chunk]


def extract_records(
    records: Iterable[Record | Mapping[str, Any]],
    *,
    text_field: str = "text",
    date_field: str = "date",
    reference: dt.date | str | None = None,
    jobs: int = 1,
    json_lines: bool = False,
) -> Iterator[Result]:
    """Extract every record, in input order, with ``jobs`` processes.

    ``records`` may be :class:`Record` objects or plain mappings. With
    ``json_lines`` each result is its JSON text (``Result.line``), serialized in
    the worker. Memory stays bounded: at most ``jobs × 8`` chunks of
    ``_CHUNK`` records are in flight, and reading overlaps with extraction.
    """
    ref = reference.isoformat() if isinstance(reference, dt.date) else reference
    tasks: Iterator[_Task] = (
        (
            r if isinstance(r, Record) else Record("<records>", k, r),
            text_field,
            date_field,
            ref,
            json_lines,
        )
        for k, r in enumerate(records, start=1)
    )
    if jobs <= 1:
        yield from map(_work, tasks)
        return
    import multiprocessing

    with multiprocessing.get_context().Pool(jobs) as pool:
        pending: deque[AsyncResult[list[Result]]] = deque()
        while True:
            while len(pending) < jobs * _CHUNKS_PER_JOB:
                chunk = list(islice(tasks, _CHUNK))
                if not chunk:
                    break
                pending.append(pool.apply_async(_work_chunk, (chunk,)))
            if not pending:
                return
            yield from pending.popleft().get()
