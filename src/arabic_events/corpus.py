"""Corpora: stream records from JSON lines, CSV or Parquet and extract them, in parallel.

Records are read lazily and processed in batches, so memory stays flat however
large the corpus is, and results come back in input order. Each record is a
mapping with a text field and, optionally, a publication-date field; its other
fields are copied to the result. A record that cannot be processed, for any
reason, gives an error message instead of a result, and the run goes on.

>>> rows = [{"id": 1, "text": "انعقد الاجتماع أمس", "date": "2019-03-05"}, {"id": 2}]
>>> results = list(extract_records(rows))
>>> [(r.number, r.result and r.result["events"][0]["status"], r.error) for r in results]
[(1, 'held', None), (2, None, "no field 'text'")]
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
import math
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any, BinaryIO

from .dates.finder import coerce_reference, find_dates
from .pipeline import extract
from .types import Document

#: Input formats by file ending.
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
#: The fields a result adds to the record's own; a record may not carry them itself
#: (except its text field under ``text`` and its date field under ``reference``).
RESULT_FIELDS = tuple(Document("", dt.date(2000, 1, 1)).to_dict())
#: The longest CSV field read, in characters; a longer one is its row's error.
CSV_FIELD_LIMIT = 16 * 1024 * 1024
_CHUNK = 32  # records a worker takes at a time
_CHUNKS_PER_JOB = 8  # chunks in flight per worker
_BOM = b"\xef\xbb\xbf"
_POLL = 0.2  # seconds between chances for Ctrl-C while waiting for a worker


@dataclass(frozen=True)
class Record:
    """One input record: where it came from, and its fields or why it could not be read."""

    source: str
    number: int  # 1-based line (JSON lines, CSV: where the row starts) or row (Parquet)
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


def available_cpus() -> int:
    """The number of CPUs this process may run on (at least 1): the cap on ``jobs``.

    >>> available_cpus() >= 1
    True
    """
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def read_records(path: str, fmt: str) -> Iterator[Record]:
    """Stream the records of a file (``-`` is standard input for JSON lines and CSV).

    Raises :class:`OSError` when the file cannot be opened (or, for Parquet, is
    not a Parquet file) and :class:`ImportError` for Parquet without ``pyarrow``.
    Anything wrong with one line or row (not UTF-8, not JSON, bad CSV, a CSV
    field over :data:`CSV_FIELD_LIMIT`, a Parquet value Python cannot hold) is
    a :class:`Record` with an error, and reading goes on with the next one.
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


def _close(path: str, f: BinaryIO) -> None:
    if path != "-":
        f.close()


def _read_jsonl(path: str) -> Iterator[Record]:
    f = _open_binary(path)
    try:
        for number, raw in enumerate(f, start=1):
            if number == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield Record(
                    path, number, None, f"not valid UTF-8 at byte offset {exc.start} of the line"
                )
                continue
            except (json.JSONDecodeError, RecursionError) as exc:
                reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deep"
                yield Record(path, number, None, f"not JSON ({reason})")
                continue
            if not isinstance(value, dict):
                yield Record(path, number, None, "the line is not a JSON object")
                continue
            yield Record(path, number, value)
    finally:
        _close(path, f)


_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")


class _CsvLines:
    """The physical lines of a CSV file, decoded one by one.

    A line that is not UTF-8 is decoded with replacement characters, so the CSV
    structure around it survives, and remembered as bad: the row it belongs to
    becomes an error. Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as with
    ``newline=""``.
    """

    def __init__(self, f: BinaryIO) -> None:
        self._f = f
        self._pending: deque[bytes] = deque()
        self.number = 0
        self.bad: dict[int, int] = {}  # line number -> byte offset of its first bad byte

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        if not self._pending:
            raw = self._f.readline()
            if not raw:
                raise StopIteration
            if self.number == 0 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            if b"\r" in raw[:-2]:  # a lone \r inside: more than one line
                self._pending.extend(piece for piece in _LONE_CR.split(raw) if piece)
            else:
                self._pending.append(raw)
        raw = self._pending.popleft()
        self.number += 1
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.bad[self.number] = exc.start
            return raw.decode("utf-8", "replace")

    def first_bad(self, first: int, last: int) -> tuple[int, int] | None:
        """The first bad line from ``first`` to ``last`` and its byte offset, forgetting them."""
        if not self.bad:
            return None
        found = None
        for number in sorted(k for k in self.bad if k <= last):
            offset = self.bad.pop(number)
            if found is None and number >= first:
                found = number, offset
        return found


@contextmanager
def _csv_field_limit(limit: int) -> Iterator[None]:
    old = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _read_csv(path: str) -> Iterator[Record]:
    f = _open_binary(path)
    lines = _CsvLines(f)
    reader = csv.reader(lines)
    header: list[str] | None = None
    done = 0  # the last physical line of the previous row
    try:
        while True:
            limit = CSV_FIELD_LIMIT
            error = None
            with _csv_field_limit(limit):
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    row, error = [], str(exc)
            first, done = done + 1, reader.line_num
            bad = lines.first_bad(first, done)
            if error is not None:
                if "field larger than field limit" in error:
                    error = f"a field is longer than {limit:,} characters"
                else:
                    error = f"bad CSV ({error})"
                yield Record(path, first, None, error)
                continue
            if not row:
                continue  # a blank line
            if bad is not None:
                where = "the line" if bad[0] == first else f"line {bad[0]}"
                yield Record(
                    path, first, None, f"not valid UTF-8 at byte offset {bad[1]} of {where}"
                )
                if header is None:
                    header = row  # read on: the text field's name may be intact
                continue
            if header is None:
                header = row
                continue
            fields: dict[str | None, Any] = dict(zip(header, row, strict=False))
            if len(row) > len(header):
                fields[None] = row[len(header) :]  # as csv.DictReader does
            for name in header[len(row) :]:
                fields[name] = None
            yield Record(path, first, fields)  # type: ignore[arg-type]
    finally:
        _close(path, f)


def _read_parquet(path: str) -> Iterator[Record]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "reading Parquet needs pyarrow: pip install 'arabic-events[parquet]'"
        ) from None
    with open(path, "rb") as f:  # OSError for a file that cannot be opened
        try:
            parquet = pq.ParquetFile(f)
        except (pa.ArrowException, OSError) as exc:
            raise OSError(f"not a Parquet file ({' '.join(str(exc).split())})") from None
        number = 0
        for group in range(parquet.num_row_groups):
            size = parquet.metadata.row_group(group).num_rows
            seen = 0
            try:
                for batch in parquet.iter_batches(batch_size=1024, row_groups=[group]):
                    for fields, error in _batch_rows(batch):
                        seen += 1
                        yield Record(path, number + seen, fields, error)
            except (pa.ArrowException, OSError, ValueError) as exc:
                first, last = number + seen + 1, number + size
                reason = " ".join(str(exc).split())
                yield Record(path, first, None, f"cannot read rows {first} to {last} ({reason})")
            number += size


def _batch_rows(batch: Any) -> Iterator[tuple[dict[str, Any] | None, str | None]]:
    """The rows of an Arrow record batch as dicts; a value Python cannot hold (a
    timestamp past year 9999) makes its row an error naming the column."""
    try:
        rows = batch.to_pylist()
    except (ValueError, OverflowError, ArithmeticError):
        for k in range(batch.num_rows):
            fields: dict[str, Any] = {}
            error = None
            for name, column in zip(batch.schema.names, batch.columns, strict=True):
                try:
                    fields[name] = column[k].as_py()
                except (ValueError, OverflowError, ArithmeticError) as exc:
                    error = f"column {name!r}: {exc}"
                    break
            yield (None, error) if error else (fields, None)
        return
    for row in rows:
        yield row, None


# --- one record ----------------------------------------------------------------------


def is_null(value: Any) -> bool:
    """``None``, a float or Decimal NaN, pandas' ``NA`` or ``NaT``: a missing value.

    >>> [is_null(v) for v in (None, float("nan"), 0.0, "", Decimal("NaN"))]
    [True, True, False, False, True]
    """
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, Decimal):
        return value.is_nan()
    return type(value).__name__ in ("NAType", "NaTType")


def json_value(value: Any) -> Any:
    """A value made JSON-ready, as the corpus runner writes record fields.

    Missing values (NaN, NA, NaT) and infinities become ``None``; dates, times
    and datetimes ISO strings; durations seconds; Decimals strings (no digit
    lost); bytes base64 strings; mappings and sequences are converted through;
    anything else unknown becomes its ``str``.

    >>> json_value({"a": float("nan"), "b": [b"\\x00\\xff", Decimal("1.50")]})
    {'a': None, 'b': ['AP8=', '1.50']}
    >>> json_value(dt.time(9, 15)), json_value(dt.timedelta(minutes=1, seconds=30))
    ('09:15:00', 90.0)
    """
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if is_null(value):
        return None
    if isinstance(value, (dt.date, dt.time)):  # datetimes are dates
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Mapping):
        return {_json_key(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_value(v) for v in value]
    item = getattr(value, "item", None)  # a NumPy scalar
    if callable(item) and type(value).__module__ == "numpy":
        return json_value(item())
    if hasattr(value, "tolist") and type(value).__module__ == "numpy":  # an array
        return json_value(value.tolist())
    return str(value)


def _json_key(key: Any) -> Any:
    return key if key is None or isinstance(key, (str, int, float, bool)) else str(key)


def record_text(fields: Mapping[str, Any], text_field: str = "text") -> str:
    """The text of a record; :class:`ValueError` saying what is wrong when there is none.

    >>> record_text({"text": None})
    Traceback (most recent call last):
    ValueError: field 'text' is null
    """
    if text_field not in fields:
        raise ValueError(f"no field {text_field!r}")
    text = fields[text_field]
    if is_null(text):
        raise ValueError(f"field {text_field!r} is null")
    if not isinstance(text, str):
        raise ValueError(f"field {text_field!r} is a {type(text).__name__}, not a string")
    return text


def record_reference(
    fields: Mapping[str, Any], date_field: str = "date", reference: object = None
) -> dt.date:
    """The publication date of a record: its date field (an ISO string, a date or a
    datetime), else ``reference`` (today when ``None``) when the field is missing,
    null or empty. A bad date field raises :class:`ValueError` naming the field.

    >>> record_reference({"published": "5 March"}, "published")
    Traceback (most recent call last):
    ValueError: field 'published' is not a date in the form YYYY-MM-DD: '5 March'
    """
    when = fields.get(date_field)
    if is_null(when) or (isinstance(when, str) and not when.strip()):
        return coerce_reference(reference)
    if isinstance(when, (str, dt.date)):
        try:
            return coerce_reference(when)
        except ValueError:
            pass
        raise ValueError(f"field {date_field!r} is not a date in the form YYYY-MM-DD: {when!r}")
    raise ValueError(f"field {date_field!r} is a {type(when).__name__}, not a date")


def _check_names(fields: Mapping[str, Any], text_field: str, date_field: str) -> None:
    for name in RESULT_FIELDS:
        if name not in fields or name == text_field:
            continue
        if name == "reference" and date_field == "reference":
            continue
        raise ValueError(
            f"the record has a field {name!r}, which the result would overwrite: rename it "
            f"(results add {', '.join(RESULT_FIELDS)})"
        )


def process_record(
    fields: Mapping[str, Any],
    text_field: str = "text",
    date_field: str = "date",
    reference: str | None = None,
) -> tuple[dict[str, Any], int, int]:
    """Extract one record: (result dict, number of dates, number of events).

    The result holds the record's other fields (made JSON-ready by
    :func:`json_value`: NaN is ``None``), then the fields of
    :meth:`Document.to_dict`. The record's own date field wins over
    ``reference``. Raises :class:`ValueError` for a record without a text, with
    a bad date, or with a field of its own named like a result field
    (:data:`RESULT_FIELDS`), which would be overwritten; the text field may be
    ``text`` and the date field ``reference``.

    >>> out, n_dates, n_events = process_record({"id": 1, "text": "وصل أمس", "date": "2019-03-05"})
    >>> out["id"], out["date"], out["reference"], n_dates
    (1, '2019-03-05', '2019-03-05', 1)
    >>> process_record({"text": "وصل أمس", "dates": []})
    Traceback (most recent call last):
    ValueError: the record has a field 'dates', which the result would overwrite: ...
    """
    text, ref, extra = _record_parts(fields, text_field, date_field, reference)
    doc = extract(text, ref)
    return {**extra, **doc.to_dict()}, len(doc.dates), len(doc.events)


def record_dates(
    fields: Mapping[str, Any],
    text_field: str = "text",
    date_field: str = "date",
    reference: object = None,
) -> tuple[dict[str, Any], int]:
    """The dates of one record: (result dict, number of dates), read by the same rules
    as :func:`process_record`; the result holds the record's other fields, then
    ``text``, ``reference`` and ``dates``.

    >>> out, n = record_dates({"id": 7, "text": "وصل أمس", "date": "2019-03-05"})
    >>> list(out), out["dates"][0]["value"]["iso"], n
    (['id', 'date', 'text', 'reference', 'dates'], '2019-03-04', 1)
    """
    text, ref, extra = _record_parts(fields, text_field, date_field, reference)
    mentions = find_dates(text, ref)
    result = {**extra, "text": text, "reference": ref.isoformat()}
    result["dates"] = [m.to_dict() for m in mentions]
    return result, len(mentions)


def _record_parts(
    fields: Mapping[str, Any], text_field: str, date_field: str, reference: object
) -> tuple[str, dt.date, dict[str, Any]]:
    """A record's text, publication date and other fields (JSON-ready), checked."""
    text = record_text(fields, text_field)
    ref = record_reference(fields, date_field, reference)
    _check_names(fields, text_field, date_field)
    return text, ref, {k: json_value(v) for k, v in fields.items() if k != text_field}


def error_message(exc: Exception) -> str:
    """How a record's failure is reported: the message of a :class:`ValueError` (the
    reasons this module gives), the exception's type and message for anything else.

    >>> error_message(ValueError("no field 'text'")), error_message(KeyError("id"))
    ("no field 'text'", "KeyError: 'id'")
    """
    if type(exc) is ValueError:
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


_Task = tuple[Record, str, str, "str | None", bool]


def _work(task: _Task) -> Result:
    record, text_field, date_field, reference, json_lines = task
    if record.fields is None:
        return Result(record.source, record.number, None, record.error)
    try:
        result, n_dates, n_events = process_record(record.fields, text_field, date_field, reference)
        line = json.dumps(result, ensure_ascii=False, allow_nan=False) if json_lines else None
    except Exception as exc:  # one record must never end the run
        return Result(record.source, record.number, None, error_message(exc))
    if line is not None:
        return Result(record.source, record.number, None, None, n_dates, n_events, line)
    return Result(record.source, record.number, result, None, n_dates, n_events)


def _work_chunk(chunk: list[_Task]) -> list[Result]:
    return [_work(task) for task in chunk]


# --- many records ---------------------------------------------------------------------


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold back SIGINT in this thread: it is delivered when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _ignore_interrupts() -> None:
    """Worker start-up: Ctrl-C is the parent's to handle; workers end when it ends them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _result_of(pending: AsyncResult[list[Result]], chunk: list[_Task]) -> list[Result]:
    """The results of a chunk, waiting with Ctrl-C held back so that an interrupt never
    lands inside the pool's locks; a chunk the pool could not run (a record that
    does not pickle) is run here."""
    while True:
        with interrupts_held():
            pending.wait(_POLL)
            if pending.ready():
                try:
                    return pending.get()
                except Exception:
                    break
    return _work_chunk(chunk)


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
    ``jobs`` is capped at :func:`available_cpus`: the work is all computation,
    so more processes than CPUs only cost memory. Any exception one record
    raises becomes its :attr:`Result.error`; the run goes on.

    Ctrl-C (:class:`KeyboardInterrupt`) is handled by the calling process only:
    the worker processes ignore it, and are ended and reaped when the
    interrupt leaves this generator (or when it is closed).
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
    jobs = min(jobs, available_cpus())
    if jobs <= 1:
        yield from map(_work, tasks)
        return
    import multiprocessing

    with interrupts_held():  # workers start with SIGINT held back, then ignore it
        pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts)
    try:
        pending: deque[tuple[AsyncResult[list[Result]], list[_Task]]] = deque()
        while True:
            while len(pending) < jobs * _CHUNKS_PER_JOB:
                chunk = list(islice(tasks, _CHUNK))
                if not chunk:
                    break
                with interrupts_held():
                    pending.append((pool.apply_async(_work_chunk, (chunk,)), chunk))
            if not pending:
                return
            yield from _result_of(*pending.popleft())
    finally:
        with interrupts_held():
            pool.terminate()
            pool.join()
