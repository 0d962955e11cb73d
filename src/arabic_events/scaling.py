"""Helpers for running the extractor over large corpora on Dask or Spark.

Each helper takes one partition (a list of records, or a pandas DataFrame) and
returns its results, so it plugs into ``dask.bag.Bag.map_partitions``,
``dask.dataframe.DataFrame.map_partitions`` or Spark's ``DataFrame.mapInPandas``
as it is. See the Scaling page of the documentation for the full recipes.

Nothing needs setting up on the workers: the library builds its tables when a
process first imports and uses it, and keeps them in module-level caches for the
life of that process. The first partition a worker runs pays about a tenth of a
second once; every later call is as fast as in a warm interpreter. So the
helpers just call :func:`arabic_events.extract`, and are plain module-level
functions that pickle by reference, as does everything they take and return.

pandas and pyarrow are needed by :func:`event_rows` and :func:`iter_event_rows`
only, and are imported when they are called; this module never imports Dask or
Spark.

>>> rows = extract_partition([{"id": 1, "text": "انعقد الاجتماع أمس", "date": "2019-03-05"}])
>>> rows[0]["id"], rows[0]["events"][0]["status"], rows[0]["dates"][0]["value"]["iso"]
(1, 'held', '2019-03-04')
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

from .corpus import error_message, json_value, process_record, record_reference
from .dates.finder import coerce_reference
from .dedupe import (
    Fragment,
    Item,
    WorldEvent,
    block_items,
    dedupe_block,
    merge_fragments,
    record_items,
)
from .frames import participant_countries
from .pipeline import extract
from .types import Document

if TYPE_CHECKING:
    import pandas

__all__ = [
    "DEDUPE_ROW_COLUMNS",
    "DEDUPE_ROW_SPARK_SCHEMA",
    "EVENT_ROW_META",
    "EVENT_ROW_SPARK_SCHEMA",
    "dedupe_block_frame",
    "dedupe_block_rows",
    "dedupe_group",
    "dedupe_item_rows",
    "event_rows",
    "extract_partition",
    "iter_event_rows",
    "world_events_from_rows",
]

#: The columns of :func:`event_rows` and their pandas dtypes, in order: pass it
#: as ``meta=`` to ``dask.dataframe.DataFrame.map_partitions``. Dates are Arrow
#: dates (``datetime.date`` values, which Parquet and Spark store as dates);
#: ``start``/``end`` index the document's text; a missing value is ``<NA>``.
EVENT_ROW_META: Final[dict[str, str]] = {
    "doc_id": "string",
    "reference": "date32[day][pyarrow]",
    "trigger": "string",
    "start": "int64",
    "end": "int64",
    "type": "string",
    "status": "string",
    "date_start": "date32[day][pyarrow]",
    "date_end": "date32[day][pyarrow]",
    "date_iso": "string",
    "place": "string",
    "place_country": "string",
    "participant_countries": "string",
}

_SPARK_TYPES: Final[dict[str, str]] = {
    "string": "string",
    "date32[day][pyarrow]": "date",
    "int64": "bigint",
}

#: The same columns as a Spark DDL schema string, for ``DataFrame.mapInPandas``.
EVENT_ROW_SPARK_SCHEMA: Final[str] = ", ".join(
    f"{name} {_SPARK_TYPES[dtype]}" for name, dtype in EVENT_ROW_META.items()
)

Errors = Literal["raise", "skip"]


def extract_partition(
    records: Iterable[Mapping[str, Any] | str | bytes],
    text_field: str = "text",
    date_field: str = "date",
    reference: dt.date | str | None = None,
) -> list[dict[str, Any]]:
    """Extract every record of a partition: one JSON-ready dict per record, in order.

    Made for ``dask.bag.Bag.map_partitions``. A record is a mapping, or a line
    of JSON (``str`` or UTF-8 ``bytes``, as ``dask.bag.read_text`` gives them;
    blank lines are skipped). Each result holds the record's other fields, then
    the fields of :meth:`Document.to_dict`, exactly as a line of
    ``arabic-events extract`` on a JSON-lines corpus. The record's own date
    field is its publication date; ``reference`` is used for records without
    one (today when ``None``). Field values are made JSON-ready as the command
    line writes them (NaN is ``None``, a Decimal a string, bytes base64: see
    :func:`arabic_events.corpus.json_value`). A record that cannot be processed,
    for any reason (no text, a bad date, a field of its own named like a result
    field, a line that is not a JSON object), gives ``{"error": reason, **its
    other fields}`` (its text and any field of its own named ``error`` left
    out) instead of raising, so one bad record does not stop a run.

    >>> out = extract_partition([{"id": 1, "text": "عقد المجلس جلسة أمس"}, {"id": 2}],
    ...                         reference="2019-03-05")
    >>> [(r["id"], r.get("error"), r.get("reference")) for r in out]
    [(1, None, '2019-03-05'), (2, "no field 'text'", None)]
    >>> extract_partition(['{"text": "انعقد الاجتماع أمس"}', " ", "{oops}"])[1]
    {'error': 'not JSON (Expecting property name enclosed in double quotes)'}
    """
    ref = reference.isoformat() if isinstance(reference, dt.date) else reference
    out: list[dict[str, Any]] = []
    for record in records:
        if isinstance(record, (str, bytes)):
            if isinstance(record, str):
                record = record.removeprefix("\ufeff")  # a byte order mark
            if not record.strip():
                continue
            try:
                fields = json.loads(record)
            except UnicodeDecodeError:
                out.append({"error": "not valid UTF-8"})
                continue
            except json.JSONDecodeError as exc:
                out.append({"error": f"not JSON ({exc.msg})"})
                continue
            except RecursionError:
                out.append({"error": "not JSON (nested too deep)"})
                continue
            if not isinstance(fields, dict):
                out.append({"error": "the line is not a JSON object"})
                continue
        elif isinstance(record, Mapping):
            fields = record
        else:
            out.append({"error": f"the record is not a mapping ({type(record).__name__})"})
            continue
        try:
            result, _, _ = process_record(fields, text_field, date_field, ref)
        except Exception as exc:  # one bad record must not end the partition
            others = {k: json_value(v) for k, v in fields.items() if k not in (text_field, "error")}
            out.append({"error": error_message(exc), **others})
            continue
        out.append(result)
    return out


def _is_missing(value: Any) -> bool:
    import pandas as pd

    if value is None or isinstance(value, str):
        return value is None
    return bool(pd.api.types.is_scalar(value) and pd.isna(value))


def _reference_of(value: Any, default: dt.date | str | None, date_field: str) -> dt.date:
    if _is_missing(value):
        return coerce_reference(default)
    if not isinstance(value, (str, dt.date)) and type(value).__name__ == "datetime64":
        import pandas as pd

        return pd.Timestamp(value).date()  # type: ignore[no-any-return]
    return record_reference({date_field: value}, date_field, default)


def event_rows(
    pdf: pandas.DataFrame,
    text_field: str = "text",
    date_field: str = "date",
    id_field: str = "id",
    *,
    reference: dt.date | str | None = None,
    errors: Errors = "raise",
) -> pandas.DataFrame:
    """One row per event of the articles in ``pdf``, with the columns of :data:`EVENT_ROW_META`.

    Made for ``dask.dataframe.DataFrame.map_partitions`` (with
    ``meta=EVENT_ROW_META``) and, through :func:`iter_event_rows`, for Spark's
    ``mapInPandas``. Each row of ``pdf`` is an article: its text in
    ``text_field``, its publication date in ``date_field`` (an ISO string, a
    date or a timestamp; ``reference`` is used where it is missing, and today
    when that is ``None`` too) and its id in ``id_field`` (written as a string
    in ``doc_id``; the frame's index is used when there is no such column).
    An article whose text is missing (``None``, NaN) has no events.

    The columns and their dtypes are the same for every partition, an empty one
    included. With ``errors="raise"`` an article that cannot be processed (its
    text is not a string, its date cannot be read, or anything else goes wrong
    with it) raises :class:`ValueError` naming its id and the field; with
    ``errors="skip"`` it gives no rows and the partition goes on.

    >>> import pandas as pd
    >>> articles = pd.DataFrame({"id": [7, 8], "date": ["2019-03-05", "2019-03-06"],
    ...                          "text": ["عقد المجلس جلسة أمس بالرباط", "لا شيء هنا"]})
    >>> rows = event_rows(articles)
    >>> rows[["doc_id", "trigger", "type", "status", "date_iso", "place"]].values.tolist()
    [['7', 'جلسة', 'session', 'held', '2019-03-04', 'الرباط']]
    >>> event_rows(articles.iloc[:0]).dtypes.astype(str).to_dict() == EVENT_ROW_META
    True
    """
    try:
        import pandas as pd
        import pyarrow  # noqa: F401  # the date columns are Arrow dates
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "event_rows needs pandas and pyarrow: pip install 'arabic-events[pandas,parquet]'"
        ) from None
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    n = len(pdf)
    texts = pdf[text_field].tolist() if text_field in pdf.columns else [None] * n
    whens = pdf[date_field].tolist() if date_field in pdf.columns else [None] * n
    ids = pdf[id_field].tolist() if id_field in pdf.columns else pdf.index.tolist()
    columns: dict[str, list[Any]] = {name: [] for name in EVENT_ROW_META}
    for doc_id, text, when in zip(ids, texts, whens, strict=True):
        if _is_missing(text):
            continue
        try:
            if not isinstance(text, str):
                raise ValueError(f"field {text_field!r} is a {type(text).__name__}, not a string")
            doc = extract(text, _reference_of(when, reference, date_field))
        except Exception as exc:  # one article must not end the partition silently
            if errors == "skip":
                continue
            raise ValueError(f"article {json_value(doc_id)!r}: {error_message(exc)}") from exc
        _add_events(columns, None if _is_missing(doc_id) else str(doc_id), doc)
    return pd.DataFrame(
        {name: pd.Series(values, dtype=EVENT_ROW_META[name]) for name, values in columns.items()}
    )


def _add_events(columns: dict[str, list[Any]], doc_id: str | None, doc: Document) -> None:
    for e in doc.events:
        date = e.date.value if e.date else None
        values = (
            doc_id, doc.reference, e.trigger, e.start, e.end, e.type.value, e.status.value,
            date.start if date else None, date.end if date else None,
            date.iso() if date else None, e.place.text if e.place else None,
            getattr(e.place, "country", None), participant_countries(e.participants),
        )  # fmt: skip
        for name, value in zip(EVENT_ROW_META, values, strict=True):
            columns[name].append(value)


def iter_event_rows(
    batches: Iterator[pandas.DataFrame],
    text_field: str = "text",
    date_field: str = "date",
    id_field: str = "id",
    *,
    reference: dt.date | str | None = None,
    errors: Errors = "raise",
) -> Iterator[pandas.DataFrame]:
    """:func:`event_rows` of each batch: the function for Spark's ``DataFrame.mapInPandas``.

    Use it with ``schema=EVENT_ROW_SPARK_SCHEMA``; bind other field names with
    :func:`functools.partial`.

    >>> import pandas as pd
    >>> batch = pd.DataFrame({"id": ["a"], "text": ["انعقد الاجتماع أمس"], "date": ["2019-03-05"]})
    >>> [len(frame) for frame in iter_event_rows(iter([batch, batch.iloc[:0]]))]
    [1, 0]
    """
    for batch in batches:
        yield event_rows(
            batch, text_field, date_field, id_field, reference=reference, errors=errors
        )


# --- deduplication of events over a corpus ------------------------------------------------

#: The columns of the rows of :func:`dedupe_item_rows` and :func:`dedupe_block_rows`:
#: ``block`` is the block key (``""`` for an item in no block), ``fragment`` the group
#: the block put the item in (empty before :func:`dedupe_block_rows`), ``start``/``end``
#: proleptic day ordinals, ``countries``/``participant_countries`` comma-joined codes.
DEDUPE_ROW_COLUMNS: Final[tuple[str, ...]] = (
    "block", "fragment", "doc_id", "occurrence_id", "type", "start", "end", "place",
    "place_key", "countries", "participant_countries", "participant_key",
)  # fmt: skip

#: The same columns as a Spark DDL schema string, for ``applyInPandas``.
DEDUPE_ROW_SPARK_SCHEMA: Final[str] = ", ".join(
    f"{name} {'bigint' if name in ('start', 'end') else 'string'}" for name in DEDUPE_ROW_COLUMNS
)


def _item_row(block: str, fragment: str, item: Item) -> dict[str, Any]:
    return {
        "block": block,
        "fragment": fragment,
        "doc_id": item.doc_id,
        "occurrence_id": item.occurrence_id,
        "type": item.type,
        "start": item.start,
        "end": item.end,
        "place": item.place,
        "place_key": item.place_key,
        "countries": ",".join(item.countries),
        "participant_countries": ",".join(item.participant_countries),
        "participant_key": item.participant_key,
    }


def _none(value: Any) -> Any:
    """``None`` for a missing value as pandas or Spark give it (NaN, NA), else the value."""
    if value is None or isinstance(value, (str, int)):
        return value
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        return value
    return None if pd.isna(value) else int(value)


def _row_item(row: Mapping[str, Any]) -> Item:
    def codes(value: Any) -> tuple[str, ...]:
        value = _none(value)
        return tuple(value.split(",")) if value else ()

    return Item(
        str(row["doc_id"]), str(row["occurrence_id"]), str(row["type"]),
        _none(row["start"]), _none(row["end"]), _none(row["place"]), _none(row["place_key"]),
        codes(row["countries"]), codes(row["participant_countries"]),
        _none(row["participant_key"]),
    )  # fmt: skip


def dedupe_item_rows(
    records: Iterable[Mapping[str, Any] | str | bytes],
    window: int = 1,
    id_field: str = "id",
    *,
    errors: Errors = "raise",
) -> list[dict[str, Any]]:
    """The map step of deduplication on Dask or Spark: one row (:data:`DEDUPE_ROW_COLUMNS`)
    per block each occurrence goes into, or one with ``block == ""`` for an occurrence in
    no block (undated, vague, or without place or participants).

    ``records`` are lines of ``arabic-events extract`` output (JSON text, or the
    dicts :func:`extract_partition` gives; blank lines are skipped). A record that
    cannot be read (not JSON, an ``error`` record, no ``occurrences``) raises
    :class:`ValueError` naming its position in the partition, or with
    ``errors="skip"`` is left out. A record without ``id_field`` gets the id
    ``#POSITION``, which is only unique within the partition: give records ids.

    >>> rec = {"id": "a", "occurrences": [{"type": "summit", "place": {"text": "بالرباط"},
    ...     "date": {"value": {"start": "2019-03-04", "end": "2019-03-04"}}}]}
    >>> [(r["block"], r["place_key"]) for r in dedupe_item_rows([rec])]
    [('meeting|pl:الرباط|92140', 'pl:الرباط')]
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    out: list[dict[str, Any]] = []
    for position, record in enumerate(records):
        try:
            if isinstance(record, (str, bytes)):
                if not record.strip():
                    continue
                try:
                    record = json.loads(record)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    raise ValueError(f"not JSON ({exc})") from None
            items = record_items(record, position, id_field)
        except ValueError as exc:
            if errors == "skip":
                continue
            raise ValueError(f"record {position}: {exc}") from None
        for item in items:
            blocks = [key for key, _ in block_items(item, window)] or [""]
            out.extend(_item_row(block, "", item) for block in blocks)
    return out


def dedupe_block_rows(rows: Iterable[Mapping[str, Any]], window: int = 1) -> list[dict[str, Any]]:
    """The reduce step: the rows of one block (all with the same ``block``), each with its
    ``fragment`` filled in (the first ``doc_id|occurrence_id`` of the group the block put
    it in, or its own). Rows of the block ``""`` each stay alone. Give the same
    ``window`` as to :func:`dedupe_item_rows`.

    >>> rec = lambda d: {"id": d, "occurrences": [{"type": "talks", "place": {"text": "تونس"},
    ...     "date": {"value": {"start": "2019-03-04", "end": "2019-03-04"}}}]}
    >>> rows = dedupe_item_rows([rec("a"), rec("b")])
    >>> [r["fragment"] for r in dedupe_block_rows(rows)]
    ['a|e1', 'a|e1']
    """
    rows = list(rows)
    items = [_row_item(r) for r in rows]
    label = {i.ref: f"{i.doc_id}|{i.occurrence_id}" for i in items}
    if rows and rows[0]["block"]:
        for fragment in dedupe_block(items, window):
            first = label[fragment.items[0].ref]
            for i in fragment.items:
                label[i.ref] = first
    return [{**r, "fragment": label[i.ref]} for r, i in zip(rows, items, strict=True)]


def dedupe_group(
    group: tuple[Any, Iterable[Mapping[str, Any]]], window: int = 1
) -> list[dict[str, Any]]:
    """:func:`dedupe_block_rows` of a ``(key, rows)`` pair, as ``dask.bag.Bag.groupby``
    gives them.

    >>> dedupe_group(("", []))
    []
    """
    return dedupe_block_rows(group[1], window)


def dedupe_block_frame(pdf: pandas.DataFrame, *, window: int = 1) -> pandas.DataFrame:
    """:func:`dedupe_block_rows` of a pandas frame: the function for Spark's
    ``groupBy("block").applyInPandas`` with ``schema=DEDUPE_ROW_SPARK_SCHEMA``.
    ``window`` is keyword-only because Spark passes the group's key as well to a
    function of two positional parameters; bind it with :func:`functools.partial`."""
    import pandas as pd

    rows = dedupe_block_rows(pdf.to_dict("records"), window)
    # object columns: Python ints and None, which Arrow turns into nullable bigints
    return pd.DataFrame(rows, columns=list(DEDUPE_ROW_COLUMNS), dtype=object)


def world_events_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[WorldEvent]:
    """The world events of every block's rows (from :func:`dedupe_block_rows`, or their
    pandas or Spark rows as mappings), the same as :func:`~arabic_events.dedupe.dedupe_occurrences`
    gives for those records.

    >>> rec = lambda d: {"id": d, "occurrences": [{"type": "talks", "place": {"text": "تونس"},
    ...     "date": {"value": {"start": "2019-03-04", "end": "2019-03-04"}}}]}
    >>> rows = dedupe_block_rows(dedupe_item_rows([rec("a"), rec("b")]))
    >>> [e.sources for e in world_events_from_rows(rows)]
    [(('a', 'e1'), ('b', 'e1'))]
    """
    by_fragment: dict[str, list[Item]] = {}
    for row in rows:
        by_fragment.setdefault(str(row["fragment"]), []).append(_row_item(row))
    return merge_fragments(Fragment(tuple(items)) for items in by_fragment.values())
