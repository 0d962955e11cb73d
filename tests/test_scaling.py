"""Scaling recipes run for real: a Dask bag, a Dask DataFrame and Spark in local mode.

The Dask and Spark tests skip where those packages are not installed
(``pip install -e ".[dask,spark]"``; Spark also needs Java 17).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import arabic_events as ae
from arabic_events.scaling import (
    EVENT_ROW_META,
    EVENT_ROW_SPARK_SCHEMA,
    event_rows,
    extract_partition,
    iter_event_rows,
)

pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame"),  # Dask and pandas 3
]

SENTENCES = [
    "انعقد أمس بالرباط اجتماع اللجنة المشتركة.",
    "تحتضن القاهرة يوم 3 أكتوبر 2019 منتدى الاستثمار.",
    "ألغيت الندوة التي كانت مقررة غدا في تونس.",
    "عقد مجلس الوزراء اجتماعه يوم 5 رمضان 1440 هـ بالرياض.",
    "تقرر تأجيل القمة العربية التي كان مقررا عقدها في بيروت مطلع مارس المقبل.",
    "زار وزير الخارجية الجزائر يومي 12 و13 شتنبر 2019.",
    "لا شيء هنا.",
]
DATES = ["2019-03-05", "2019-01-17", "2018-12-28", "2019-09-30", None]
REFERENCE = "2019-06-01"  # for the articles without a date


def make_articles(n: int = 40) -> list[dict[str, Any]]:
    """``n`` articles of one to three sentences, each with an id and (mostly) a date."""
    out = []
    for k in range(n):
        text = " ".join(SENTENCES[(k + j * 3) % len(SENTENCES)] for j in range(1 + k % 3))
        out.append({"id": k, "date": DATES[k % len(DATES)], "text": text})
    return out


def expected_dicts(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the bag recipe must give: plain ``ae.extract`` of each record."""
    out = []
    for r in records:
        doc = ae.extract(r["text"], r["date"] or REFERENCE)
        out.append({"id": r["id"], "date": r["date"], **doc.to_dict()})
    return out


def expected_rows(records: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What the frame recipes must give: the events of plain ``ae.extract``, one tuple each."""
    rows = []
    for r in records:
        doc = ae.extract(r["text"], r["date"] or REFERENCE)
        for e in doc.events:
            v = e.date.value if e.date else None
            rows.append(
                (str(r["id"]), doc.reference, e.trigger, e.start, e.end, e.type.value,
                 e.status.value, v and v.start, v and v.end, v and v.iso(),
                 e.place.text if e.place else None, e.place.country if e.place else None,
                 "; ".join(dict.fromkeys(p.country for p in e.participants if p.country))
                 or None)
            )  # fmt: skip
    return rows


def frame_tuples(frame: Any) -> list[tuple[Any, ...]]:
    """Rows of a pandas frame as tuples, missing values as ``None``."""
    pd = pytest.importorskip("pandas")
    return [
        tuple(None if not isinstance(v, (str, dt.date)) and pd.isna(v) else v for v in row)
        for row in frame.itertuples(index=False, name=None)
    ]


def write_json_lines(path: Path, records: list[dict[str, Any]]) -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text(lines, encoding="utf-8")


# --- results cross process boundaries: they pickle -------------------------------------


def test_results_pickle_round_trip() -> None:
    doc = ae.extract(" ".join(SENTENCES), "2019-03-05")
    assert doc.dates and doc.events
    for value in (doc, doc.dates[0], doc.events[0], doc.events[0].place, doc.dates[0].value):
        copy = pickle.loads(pickle.dumps(value))
        assert copy == value
        assert type(copy) is type(value)
    copy = pickle.loads(pickle.dumps(doc))
    assert copy.to_dict() == doc.to_dict()
    # an event's date is still one of the document's dates, not a copy of it
    assert all(any(e.date is d for d in copy.dates) for e in copy.events if e.date)
    n = ae.normalize_map("الاجتماعُ في ﻷول مرة يوم ١٢ يوليوز")
    m = pickle.loads(pickle.dumps(n))
    assert (m.text, m.original) == (n.text, n.original)
    assert [m.to_original(i) for i in range(len(m.text) + 1)] == [
        n.to_original(i) for i in range(len(n.text) + 1)
    ]
    assert m.original_span(0, 8) == n.original_span(0, 8)


# --- the helpers, without Dask or Spark --------------------------------------------------


def test_extract_partition_matches_extract() -> None:
    records = make_articles(12)
    assert extract_partition(records, reference=REFERENCE) == expected_dicts(records)
    assert extract_partition([], reference=REFERENCE) == []


def test_extract_partition_reports_bad_records() -> None:
    when = dt.date(2019, 3, 5)
    out = extract_partition(
        [
            {"id": 1, "body": "انعقد الاجتماع أمس", "published": when},
            {"id": 2, "published": when},
            {"id": 3, "body": "انعقد الاجتماع أمس", "published": "5 March"},
            {"id": 4, "body": 42, "error": "old"},
            42,  # type: ignore[list-item]
            '["a list"]',
            b'{"id": 5, "body": "\xd8\xa3\xd9\x85\xd8\xb3", "published": "2019-03-05"}\n',
            b"\xff\n",
            "",
        ],
        text_field="body",
        date_field="published",
    )
    assert out[0]["published"] == "2019-03-05"
    assert out[0]["dates"][0]["value"]["iso"] == "2019-03-04"
    assert out[1] == {"error": "no field 'body'", "id": 2, "published": "2019-03-05"}
    assert (
        out[2]["id"] == 3
        and "'published' is not a date" in out[2]["error"]
        and "events" not in out[2]
    )
    assert out[3] == {"error": "field 'body' is a int, not a string", "id": 4}
    assert out[4] == {"error": "the record is not a mapping (int)"}
    assert out[5] == {"error": "the line is not a JSON object"}
    assert out[6]["id"] == 5 and out[6]["dates"][0]["text"] == "أمس"
    assert out[7] == {"error": "not valid UTF-8"}
    assert len(out) == 8  # the blank line is skipped


def test_event_rows_matches_extract() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    records = make_articles(20)
    rows = event_rows(pd.DataFrame(records), reference=REFERENCE)
    assert list(rows.columns) == list(EVENT_ROW_META)
    assert rows.dtypes.astype(str).to_dict() == EVENT_ROW_META
    assert frame_tuples(rows) == expected_rows(records)
    assert len(rows) > 20


def test_event_rows_empty_and_odd_partitions() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    empty = event_rows(pd.DataFrame({"id": [], "text": [], "date": []}))
    assert list(empty.columns) == list(EVENT_ROW_META) and len(empty) == 0
    assert empty.dtypes.astype(str).to_dict() == EVENT_ROW_META
    # no id column: the index is the id; timestamps and missing texts and dates are fine
    pdf = pd.DataFrame(
        {
            "body": ["انعقد الاجتماع أمس", None, "عقد المجلس جلسة أمس"],
            "published": pd.to_datetime(["2019-03-05", "2019-03-06", None]),
        },
        index=[10, 11, 12],
    )
    rows = event_rows(pdf, "body", "published", reference=dt.date(2019, 1, 2))
    assert rows["doc_id"].tolist() == ["10", "12"]
    assert rows["date_start"].tolist() == [dt.date(2019, 3, 4), dt.date(2019, 1, 1)]
    bad = pd.DataFrame({"id": ["a", "b"], "text": ["انعقد الاجتماع أمس"] * 2, "date": ["x", ""]})
    with pytest.raises(ValueError, match="article 'a'"):
        event_rows(bad)
    assert event_rows(bad, errors="skip", reference="2019-03-05")["doc_id"].tolist() == ["b"]
    with pytest.raises(ValueError, match="errors must be"):
        event_rows(bad, errors="ignore")  # type: ignore[arg-type]


def test_spark_schema_names_the_meta_columns() -> None:
    assert EVENT_ROW_SPARK_SCHEMA == (
        "doc_id string, reference date, trigger string, start bigint, end bigint, "
        "type string, status string, date_start date, date_end date, date_iso string, "
        "place string, place_country string, participant_countries string"
    )


def test_one_machine_recipe_of_the_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    write_json_lines(tmp_path / "corpus.jsonl", make_articles(40))

    # docs/scaling.md, "One machine"
    import json

    import arabic_events as ae

    with open("corpus.jsonl", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    docs = {r["id"]: ae.extract(r["text"], r["date"] or "2019-06-01") for r in records}
    events = ae.to_frame(docs)  # one row per event
    dates = ae.to_frame(docs, kind="dates")  # one row per date
    events.to_parquet("events.parquet")
    print(events[["doc_id", "trigger", "type", "status", "date_iso", "place"]].head(4))
    # end of the recipe

    assert capsys.readouterr().out.splitlines()[1].split() == [
        "0", "0", "اجتماع", "meeting", "held", "2019-03-04", "الرباط"
    ]  # fmt: skip
    assert len(pd.read_parquet("events.parquet")) == len(expected_rows(make_articles(40)))
    assert len(dates) == sum(
        len(ae.extract(r["text"], r["date"] or REFERENCE).dates) for r in make_articles(40)
    )


# --- Dask ------------------------------------------------------------------------------


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_bag_recipe(scheduler: str) -> None:
    db = pytest.importorskip("dask.bag")
    records = [*make_articles(40), {"id": 40, "date": "2019-03-05"}]
    bag = db.from_sequence(records, npartitions=4)
    results = bag.map_partitions(extract_partition, reference=REFERENCE).compute(
        scheduler=scheduler, num_workers=2
    )
    assert results[:40] == expected_dicts(records[:40])
    assert results[40] == {"error": "no field 'text'", "id": 40, "date": "2019-03-05"}
    failures = [r for r in results if "error" in r]
    assert len(failures) == 1
    pids = bag.map_partitions(lambda part: [os.getpid()]).compute(
        scheduler=scheduler, num_workers=2
    )
    assert (set(pids) == {os.getpid()}) == (scheduler == "synchronous")


def test_dask_bag_recipe_of_the_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.bag")
    monkeypatch.chdir(tmp_path)
    records = make_articles(40)
    write_json_lines(tmp_path / "corpus-1.jsonl", records[:20])
    write_json_lines(tmp_path / "corpus-2.jsonl", [*records[20:], {"id": 40, "date": None}])
    with open(tmp_path / "corpus-2.jsonl", "a", encoding="utf-8") as f:
        f.write('{"id": 41, oops}\n')  # a line that is not JSON

    # docs/scaling.md, "Dask bag" (there in a main() guarded by `if __name__ == "__main__"`)
    import json

    import dask.bag as db

    from arabic_events.scaling import extract_partition

    lines = db.read_text("corpus-*.jsonl", encoding="utf-8", blocksize="16MiB")
    results = lines.map_partitions(extract_partition, reference="2019-06-01")
    results.map(json.dumps, ensure_ascii=False).to_textfiles("out/*.jsonl", encoding="utf-8")

    written = db.read_text("out/*.jsonl", encoding="utf-8").map(json.loads)
    failures = written.filter(lambda r: "error" in r).compute()
    # end of the recipe

    assert failures == [
        {"error": "no field 'text'", "id": 40, "date": None},
        {"error": "not JSON (Expecting property name enclosed in double quotes)"},
    ]
    out = [
        json.loads(line)
        for path in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert out[:40] == expected_dicts(records)
    assert len(out) == 42


def test_dask_dataframe_recipe() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    pdf = pd.DataFrame(make_articles(40))
    events = dd.from_pandas(pdf, npartitions=4).map_partitions(
        event_rows, meta=EVENT_ROW_META, reference=REFERENCE
    )
    assert events.dtypes.astype(str).to_dict() == EVENT_ROW_META
    computed = events.compute()
    plain = event_rows(pdf, reference=REFERENCE)
    pd.testing.assert_frame_equal(computed.reset_index(drop=True), plain)
    assert frame_tuples(computed) == expected_rows(make_articles(40))


def test_dask_dataframe_recipe_of_the_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)
    pdf = pd.DataFrame(make_articles(40))
    dd.from_pandas(pdf, npartitions=4).to_parquet("articles/")

    # docs/scaling.md, "Dask DataFrame" (there in a main() run under the same config)
    import dask
    import dask.dataframe as dd

    from arabic_events.scaling import EVENT_ROW_META, event_rows

    with dask.config.set(scheduler="processes", num_workers=2):
        articles = dd.read_parquet("articles/")  # columns id, date, text
        events = articles.map_partitions(event_rows, meta=EVENT_ROW_META, reference="2019-06-01")
        events.to_parquet("events/")

        events = dd.read_parquet("events/")
        counts = (
            events.assign(held=events["status"] == "held")
            .groupby("doc_id")
            .agg(events=("trigger", "count"), held=("held", "sum"))
        )
        articles = articles.assign(doc_id=articles["id"].astype("string"))
        articles = articles.merge(counts, left_on="doc_id", right_index=True, how="left")
        articles = articles.fillna({"events": 0, "held": 0}).astype(
            {"events": "int64", "held": "int64"}
        )
        articles.to_parquet("articles-with-counts/")
    # end of the recipe

    written = pd.read_parquet("events/")
    assert written.dtypes.astype(str).to_dict() == EVENT_ROW_META  # Parquet keeps the dtypes
    assert frame_tuples(written) == expected_rows(make_articles(40))
    table = pd.read_parquet("articles-with-counts/").set_index("id").sort_index()
    assert list(table.columns) == ["date", "text", "doc_id", "events", "held"]
    for r in make_articles(40):
        doc = ae.extract(r["text"], r["date"] or REFERENCE)
        assert table.loc[r["id"], "events"] == len(doc.events)
        assert table.loc[r["id"], "held"] == sum(e.status == "held" for e in doc.events)


# --- Spark -----------------------------------------------------------------------------


def _java_home() -> str | None:
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    if java is None:
        return None
    return str(Path(java).resolve().parent.parent)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    java_home = _java_home()
    if java_home is None:
        pytest.skip("Spark needs Java (17)")
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JAVA_HOME", java_home)
        mp.setenv("PYSPARK_PYTHON", sys.executable)  # the workers run this interpreter
        session = (
            SparkSession.builder.master("local[2]")
            .appName("arabic-events-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.memory", "1g")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        try:
            yield session
        finally:
            session.stop()


def test_spark_map_in_pandas_recipe(spark: Any) -> None:
    pd = pytest.importorskip("pandas")
    records = [r for r in make_articles(40) if r["date"]]
    pdf = pd.DataFrame(records)
    df = spark.createDataFrame(pdf, schema="id long, date string, text string").repartition(3)
    events = df.mapInPandas(iter_event_rows, schema=EVENT_ROW_SPARK_SCHEMA)
    assert events.columns == list(EVENT_ROW_META)
    collected = sorted(tuple(row) for row in events.collect())
    assert collected == sorted(frame_tuples(event_rows(pdf)))
    assert collected == sorted(expected_rows(records))


def test_spark_recipe_of_the_docs(spark: Any, tmp_path: Path) -> None:
    write_json_lines(tmp_path / "corpus.jsonl", make_articles(40))
    corpus, out = str(tmp_path / "corpus.jsonl"), str(tmp_path / "spark-events")

    # docs/scaling.md, "Spark" (the paths there are relative)
    import functools

    from arabic_events.scaling import EVENT_ROW_SPARK_SCHEMA, iter_event_rows

    articles = spark.read.json(corpus)  # columns date, id, text
    extract_events = functools.partial(iter_event_rows, reference="2019-06-01")
    events = articles.mapInPandas(extract_events, schema=EVENT_ROW_SPARK_SCHEMA)
    events.write.parquet(out)

    events = spark.read.parquet(out)
    per_status = events.groupBy("status").count().orderBy("status").collect()
    # end of the recipe

    rows = expected_rows(make_articles(40))
    assert sorted(tuple(row) for row in events.collect()) == sorted(rows)
    statuses = sorted({r[6] for r in rows})
    assert [tuple(r) for r in per_status] == [(s, sum(r[6] == s for r in rows)) for s in statuses]


def test_spark_dates_and_other_fields(spark: Any) -> None:
    import functools

    from pyspark.sql import functions as F

    pd = pytest.importorskip("pandas")
    pdf = pd.DataFrame(make_articles(40)).rename(columns={"text": "body", "id": "article"})
    df = spark.createDataFrame(pdf, schema="article long, date string, body string")
    df = df.withColumn("published", F.to_date("date")).drop("date")
    extract_events = functools.partial(
        iter_event_rows,
        text_field="body",
        date_field="published",
        id_field="article",
        reference="2019-06-01",
    )
    events = df.mapInPandas(extract_events, schema=EVENT_ROW_SPARK_SCHEMA)
    collected = sorted(tuple(row) for row in events.collect())
    assert collected == sorted(expected_rows(make_articles(40)))


# --- robustness: NaN, byte order marks, edge dates, field names -------------------------


def test_extract_partition_nan_bom_and_edge_dates() -> None:
    out = extract_partition(
        [
            {"id": 1, "text": "انعقد الاجتماع أمس", "date": "0001-01-01", "score": float("nan")},
            '\ufeff{"id": 2, "text": "انعقد الاجتماع أمس", "date": "2019-03-05"}',
            {"id": 3, "text": float("nan"), "weight": float("inf")},
            {"id": 4, "text": "وصل أمس", "dates": ["x"]},
        ]
    )
    assert out[0]["reference"] == "0001-01-01" and out[0]["dates"] == []
    assert out[0]["score"] is None
    assert out[1]["id"] == 2 and out[1]["dates"][0]["value"]["iso"] == "2019-03-04"
    assert out[2] == {"error": "field 'text' is null", "id": 3, "weight": None}
    assert out[3]["error"].startswith("the record has a field 'dates'")
    assert out[3]["dates"] == ["x"]  # the record's own field, kept
    for row in out:
        json.dumps(row, allow_nan=False)


def test_extract_partition_unexpected_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    import arabic_events.corpus as corpus_module

    def broken(text: str, reference: object = None) -> ae.Document:
        raise RuntimeError("exploded")

    monkeypatch.setattr(corpus_module, "extract", broken)
    out = extract_partition([{"id": 1, "text": "أمس"}, {"id": 2, "text": "غدا"}])
    assert out == [
        {"error": "RuntimeError: exploded", "id": 1},
        {"error": "RuntimeError: exploded", "id": 2},
    ]


def test_event_rows_edge_dates_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    import arabic_events.scaling as scaling_module

    pdf = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "body": ["انعقد الاجتماع أمس", "انعقد الاجتماع أمس", 5],
            "published": ["0001-01-01", "2019-03-05", "2019-03-05"],
        }
    )
    with pytest.raises(ValueError, match="article 'c': field 'body' is a int, not a string"):
        event_rows(pdf, "body", "published")
    rows = event_rows(pdf, "body", "published", errors="skip")
    assert rows["doc_id"].tolist() == ["a", "b"]
    assert rows["date_iso"].isna().tolist() == [True, False]
    bad = pdf.assign(published=["2019-03-05", "5 March", "2019-03-05"])
    with pytest.raises(ValueError, match="article 'b': field 'published' is not a date"):
        event_rows(bad.iloc[:2], "body", "published")

    real = scaling_module.extract

    def flaky(text: str, reference: object = None) -> ae.Document:
        if reference == dt.date(2019, 3, 6):
            raise RuntimeError("exploded")
        return real(text, reference)  # type: ignore[arg-type]

    monkeypatch.setattr(scaling_module, "extract", flaky)
    odd = pdf.iloc[:2].assign(published=["2019-03-06", "2019-03-05"])
    assert event_rows(odd, "body", "published", errors="skip")["doc_id"].tolist() == ["b"]
    with pytest.raises(ValueError, match="article 'a': RuntimeError: exploded"):
        event_rows(odd, "body", "published")
