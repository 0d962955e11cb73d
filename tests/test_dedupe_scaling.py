"""Deduplication keyed by block on Dask and Spark gives the rows of the plain function.

The Dask and Spark tests skip where those packages are not installed
(``pip install -e ".[dask,spark]"``; Spark also needs Java 17).
"""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedupe_corpus import make_corpus
from test_scaling import spark  # noqa: F401  # the local Spark session fixture

from arabic_events.dedupe import dedupe_occurrences
from arabic_events.scaling import (
    DEDUPE_ROW_COLUMNS,
    DEDUPE_ROW_SPARK_SCHEMA,
    dedupe_block_frame,
    dedupe_block_rows,
    dedupe_group,
    dedupe_item_rows,
    extract_partition,
    world_events_from_rows,
)

pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame"),
]


def corpus_records() -> list[dict[str, Any]]:
    """Extract output of the synthetic corpus, with some undated and unplaced occurrences."""
    articles, _ = make_corpus(seed=2, events=15)
    articles.append({"id": "x1", "date": "2019-02-01", "text": "عقد اجتماع."})
    articles.append({"id": "x2", "date": "2019-02-01", "text": "انعقد الاجتماع أمس."})
    return extract_partition(articles)


def expected(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in dedupe_occurrences(records)]


def partitions(records: list[Any], n: int) -> Iterator[list[Any]]:
    for k in range(n):
        yield records[k::n]


def test_map_group_reduce_by_hand_gives_the_plain_rows() -> None:
    records = corpus_records()
    rows: list[dict[str, Any]] = []
    for part in partitions(records, 3):
        rows.extend(dedupe_item_rows(part))
    assert all(set(r) == set(DEDUPE_ROW_COLUMNS) for r in rows)
    blocks: dict[str, list[dict[str, Any]]] = {}
    for r in reversed(rows):  # the order of rows within a block does not matter
        blocks.setdefault(r["block"], []).append(r)
    reduced = [row for group in blocks.items() for row in dedupe_group(group)]
    events = world_events_from_rows(reduced)
    assert [e.to_dict() for e in events] == expected(records)
    assert any(e.documents > 2 for e in events)
    pickle.loads(pickle.dumps((dedupe_item_rows, dedupe_block_rows, events)))


def test_item_rows_bad_records() -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in corpus_records()[:3]]
    with pytest.raises(ValueError, match="record 1: not JSON"):
        dedupe_item_rows([lines[0], "{oops", lines[1]])
    with pytest.raises(ValueError, match="record 0: no field 'occurrences'"):
        dedupe_item_rows([{"id": 1, "error": "no field 'text'"}])
    skipped = dedupe_item_rows([lines[0], "{oops", " ", lines[1]], errors="skip")
    assert skipped == dedupe_item_rows(lines[:2])


def test_block_frame_keeps_missing_values() -> None:
    pd = pytest.importorskip("pandas")
    rows = [r for r in dedupe_item_rows(corpus_records()) if r["block"] == ""]
    assert rows and any(r["start"] is None for r in rows)
    frame = dedupe_block_frame(pd.DataFrame(rows, columns=list(DEDUPE_ROW_COLUMNS)))
    assert list(frame.columns) == list(DEDUPE_ROW_COLUMNS)
    back = world_events_from_rows(frame.to_dict("records"))
    assert back == world_events_from_rows(dedupe_block_rows(rows))


def test_dask_bag_groupby(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    import dask

    records = corpus_records()
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")

    # docs/scaling.md, "Deduplicating events"
    import functools

    from arabic_events.scaling import dedupe_group, dedupe_item_rows, world_events_from_rows

    with dask.config.set(scheduler="processes", num_workers=2):
        lines = db.read_text(str(path), encoding="utf-8", blocksize=20_000)
        rows = lines.map_partitions(dedupe_item_rows, window=1)
        grouped = rows.groupby(lambda row: row["block"], shuffle="tasks")
        reduced = grouped.map(functools.partial(dedupe_group, window=1)).flatten()
        events = world_events_from_rows(reduced.compute())
    # end of the recipe

    assert lines.npartitions > 1
    assert [e.to_dict() for e in events] == expected(records)


def test_spark_group_by_apply_in_pandas(spark: Any, tmp_path: Path) -> None:  # noqa: F811
    records = corpus_records()
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")

    # docs/scaling.md, "Deduplicating events"
    from pyspark.sql import types as T

    from arabic_events.scaling import (
        dedupe_block_frame,
        dedupe_item_rows,
        world_events_from_rows,
    )

    lines = spark.sparkContext.textFile(str(path), minPartitions=3)
    rows = lines.mapPartitions(dedupe_item_rows)
    items = spark.createDataFrame(rows, schema=T._parse_datatype_string(DEDUPE_ROW_SPARK_SCHEMA))
    reduced = items.groupBy("block").applyInPandas(dedupe_block_frame, DEDUPE_ROW_SPARK_SCHEMA)
    events = world_events_from_rows(row.asDict() for row in reduced.toLocalIterator())
    # end of the recipe

    assert [e.to_dict() for e in events] == expected(records)
    assert DEDUPE_ROW_SPARK_SCHEMA.startswith("block string, fragment string")
