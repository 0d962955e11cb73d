"""Corpus runs: JSON lines, CSV and Parquet inputs, --jobs, order, summary, to_frame."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import arabic_events as ae
from arabic_events.cli import main
from arabic_events.corpus import extract_records

SENTENCES = [
    "انعقد أمس بالرباط اجتماع اللجنة المشتركة",
    "تحتضن القاهرة يوم 3 أكتوبر 2019 منتدى الاستثمار",
    "ألغيت الندوة التي كانت مقررة غدا في تونس",
    "لا شيء هنا",
]


def corpus(n: int) -> list[dict[str, str]]:
    return [
        {"id": f"doc-{k}", "text": SENTENCES[k % len(SENTENCES)], "date": "2019-09-30"}
        for k in range(n)
    ]


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_jobs_keep_input_order_and_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "c.jsonl"
    write_jsonl(f, corpus(300))
    code1, out1, _ = run(capsys, "extract", str(f))
    code2, out2, err2 = run(capsys, "extract", str(f), "--jobs", "2")
    assert code1 == code2 == 0
    assert out1 == out2
    ids = [json.loads(line)["id"] for line in out2.splitlines()]
    assert ids == [f"doc-{k}" for k in range(300)]
    summary = err2.strip().splitlines()[-1]
    assert (
        summary.startswith("300 documents, ") and "0 failures" in summary and "seconds" in summary
    )


def test_quiet_prints_nothing_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.jsonl"
    write_jsonl(f, corpus(3))
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 0 and err == "" and len(out.splitlines()) == 3


def test_csv_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.csv"
    with f.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "body", "published"])
        writer.writeheader()
        writer.writerow({"id": "x", "body": "زار الوزير القاهرة أمس", "published": "2020-01-02"})
        writer.writerow({"id": "y", "body": "", "published": "not a date"})
    code, out, err = run(
        capsys, "extract", str(f), "--text-field", "body", "--date-field", "published"
    )
    assert code == 1  # the second row has a bad date
    row = json.loads(out)
    assert row["id"] == "x" and row["events"][0]["type"] == "visit"
    assert f"{f}:3:" in err


def test_parquet_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    f = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist(corpus(10)), f)
    code, out, _ = run(capsys, "extract", str(f), "--jobs", "2")
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == [f"doc-{k}" for k in range(10)]


def test_extract_records_mappings_and_errors() -> None:
    rows = [*corpus(2), {"id": "bad"}, {"text": 5}]
    results = list(extract_records(rows, jobs=1))
    assert [r.error is None for r in results] == [True, True, False, False]
    assert results[0].result is not None and results[0].result["id"] == "doc-0"


def test_interrupt_leaves_complete_lines(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    write_jsonl(f, corpus(20000))
    out = tmp_path / "out.jsonl"
    with out.open("wb") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-m", "arabic_events", "extract", str(f), "--quiet"],
            stdout=handle,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while out.stat().st_size < 20000 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    assert proc.returncode == 130
    data = out.read_bytes().decode("utf-8")
    assert data.endswith("\n")
    lines = data.splitlines()
    assert 0 < len(lines) < 20000
    for line in lines:
        json.loads(line)


def test_to_frame_events_and_dates() -> None:
    pd = pytest.importorskip("pandas")
    docs = [ae.extract(r["text"], r["date"]) for r in corpus(4)]
    events = ae.to_frame(docs)
    assert isinstance(events, pd.DataFrame)
    assert list(events["doc_id"]) == [0, 1, 2]
    assert list(events["status"]) == ["held", "planned", "cancelled"]
    assert events.loc[1, "place"] == "القاهرة"
    assert list(events["place_country"].fillna("-")) == ["MA", "EG", "TN"]
    occurrences = ae.to_frame(docs, kind="occurrences")
    assert list(occurrences["place_country"].fillna("-")) == ["MA", "EG", "TN"]
    dates = ae.to_frame([("a", docs[0]), ("b", docs[1])], kind="dates")
    assert list(dates["doc_id"]) == ["a", "b"] and list(dates["iso"]) == [
        "2019-09-29",
        "2019-10-03",
    ]
    with pytest.raises(ValueError):
        ae.to_frame(docs, kind="nope")
    with pytest.raises(TypeError):
        ae.to_frame(["not a document"])  # type: ignore[list-item]


@pytest.mark.skipif(os.name != "posix", reason="fork start method")
def test_extract_records_parallel_matches_serial() -> None:
    rows = corpus(200)
    serial = [r.result for r in extract_records(rows, jobs=1)]
    parallel = [r.result for r in extract_records(rows, jobs=2)]
    assert serial == parallel


# --- robustness: one record never stops a run -----------------------------------------


def strict_json(line: str) -> dict[str, object]:
    """Parse a line as strict JSON: NaN and Infinity are refused."""

    def refuse(name: str) -> object:
        raise ValueError(f"not JSON: {name}")

    value = json.loads(line, parse_constant=refuse)
    assert isinstance(value, dict)
    return value


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_record_dated_year_one_does_not_stop_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    rows = corpus(80)
    rows[10] = {"id": "placeholder", "text": "انعقد الاجتماع أمس", "date": "0001-01-01"}
    rows[11] = {"id": "far", "text": "تعقد القمة في مارس المقبل", "date": "9999-12-31"}
    f = tmp_path / "c.jsonl"
    write_jsonl(f, rows)
    code, out, err = run(capsys, "extract", str(f), "--jobs", jobs, "--quiet")
    assert code == 0 and "Traceback" not in err
    lines = [strict_json(line) for line in out.splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in rows]
    assert lines[10]["reference"] == "0001-01-01" and lines[10]["dates"] == []
    assert lines[11]["reference"] == "9999-12-31" and lines[11]["dates"] == []


@pytest.mark.skipif(os.name != "posix", reason="fork start method")
@pytest.mark.parametrize("jobs", [1, 2])
def test_unexpected_exception_is_that_records_error(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    import arabic_events.corpus as corpus_module

    real = corpus_module.extract

    def flaky(text: str, reference: object = None) -> ae.Document:
        if text == "boom":
            raise RuntimeError("exploded")
        return real(text, reference)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus_module, "extract", flaky)
    rows = corpus(100)
    rows[3] = {"id": "x", "text": "boom"}
    results = list(extract_records(rows, jobs=jobs, json_lines=True))
    assert len(results) == 100
    assert results[3].number == 4 and results[3].error == "RuntimeError: exploded"
    assert all(r.error is None for k, r in enumerate(results) if k != 3)


def write_csv_bytes(path: Path, rows: list[bytes]) -> None:
    path.write_bytes(b"id,text,date\r\n" + b"".join(r + b"\r\n" for r in rows))


def csv_rows(n: int) -> list[bytes]:
    return [f"doc-{k},{SENTENCES[k % len(SENTENCES)]},2019-09-30".encode() for k in range(1, n + 1)]


@pytest.mark.parametrize(("n", "bad"), [(300, 150), (3000, 1500)])
def test_csv_bad_byte_costs_only_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], n: int, bad: int
) -> None:
    rows = csv_rows(n)
    rows[bad - 1] = rows[bad - 1].replace(b",", b",\xff", 1)
    f = tmp_path / "c.csv"
    write_csv_bytes(f, rows)
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 1
    ids = [strict_json(line)["id"] for line in out.splitlines()]
    assert ids == [f"doc-{k}" for k in range(1, n + 1) if k != bad]
    # the header is line 1, so data row k is line k + 1
    offset = len(f"doc-{bad},")
    assert err.splitlines() == [
        f"{f}:{bad + 1}: not valid UTF-8 at byte offset {offset} of the line"
    ]


def test_csv_lines_count_physical_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = csv_rows(5)
    rows[1] = 'doc-2,"زار الوزير القاهرة\r\nأمس",2019-09-30'.encode()  # two lines
    rows[3] = b"doc-4,\xfe,2019-09-30"
    f = tmp_path / "c.csv"
    write_csv_bytes(f, rows)
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 1
    assert [strict_json(line)["id"] for line in out.splitlines()] == [
        "doc-1",
        "doc-2",
        "doc-3",
        "doc-5",
    ]
    assert err.startswith(f"{f}:6: not valid UTF-8")  # header, doc-1, doc-2 (2 lines), doc-3


def test_csv_over_long_field_is_that_rows_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import arabic_events.corpus as corpus_module

    rows = csv_rows(6)
    rows[2] = f"doc-3,{'كلمة ' * 40_000},2019-09-30".encode()  # 200,000 characters
    f = tmp_path / "c.csv"
    write_csv_bytes(f, rows)
    code, out, _ = run(capsys, "extract", str(f), "--quiet")
    assert code == 0 and len(out.splitlines()) == 6  # over the csv module's default limit
    monkeypatch.setattr(corpus_module, "CSV_FIELD_LIMIT", 100_000)
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 1
    assert [strict_json(line)["id"] for line in out.splitlines()] == [
        "doc-1",
        "doc-2",
        "doc-4",
        "doc-5",
        "doc-6",
    ]
    assert err.splitlines() == [f"{f}:4: a field is longer than 100,000 characters"]
    assert csv.field_size_limit() == 131072  # the csv module's own setting is left alone


def test_jsonl_byte_order_mark_keeps_the_first_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "c.jsonl"
    write_jsonl(f, corpus(3))
    f.write_bytes(b"\xef\xbb\xbf" + f.read_bytes())
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 0 and err == ""
    assert [strict_json(line)["id"] for line in out.splitlines()] == ["doc-0", "doc-1", "doc-2"]


def test_nan_is_written_as_null(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(
        '{"id": 1, "score": NaN, "rank": Infinity, "date": NaN, "text": "انعقد الاجتماع أمس"}\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "extract", str(f), "--quiet", "--reference", "2019-03-05")
    assert code == 0
    row = strict_json(out)
    assert row["score"] is None and row["rank"] is None and row["date"] is None
    assert row["reference"] == "2019-03-05"


def test_errors_name_the_field_and_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "c.jsonl"
    lines = [
        {"id": 1, "date": "2019-03-05"},
        {"id": 2, "text": None},
        {"id": 3, "text": 42},
        {"id": 4, "text": "أمس", "published": "March 5th"},
    ]
    write_jsonl(f, lines)  # type: ignore[arg-type]
    code, out, err = run(capsys, "extract", str(f), "--date-field", "published", "--quiet")
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{f}:1: no field 'text'",
        f"{f}:2: field 'text' is null",
        f"{f}:3: field 'text' is a int, not a string",
        f"{f}:4: field 'published' is not a date in the form YYYY-MM-DD: 'March 5th'",
    ]


def test_result_fields_never_overwrite_the_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "c.jsonl"
    lines = [
        {"id": 1, "text": "أمس", "dates": ["2019-03-04"]},
        {"id": 3, "text": "أمس", "reference": "ours"},
        {"id": 4, "text": "أمس", "events": []},
        {"id": 5, "text": "أمس", "reference": "2019-03-05"},
    ]
    write_jsonl(f, lines)  # type: ignore[arg-type]
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 1 and out == ""
    reasons = [line.split(": ", 1)[1] for line in err.splitlines()]
    assert [r.split("'")[1] for r in reasons] == ["dates", "reference", "events", "reference"]
    assert all("would overwrite" in r for r in reasons)
    g = tmp_path / "body.jsonl"
    write_jsonl(g, [{"id": 2, "body": "أمس", "text": "a title"}])
    code, out, err = run(capsys, "extract", str(g), "--quiet", "--text-field", "body")
    assert code == 1 and out == "" and "field 'text', which the result would overwrite" in err
    # the text field may be called text, and the date field reference: both are the record's
    g = tmp_path / "own.jsonl"
    write_jsonl(g, [{"id": 6, "text": "أمس", "reference": "2019-03-05T08:00"}])
    code, out, err = run(capsys, "extract", str(g), "--quiet", "--date-field", "reference")
    assert code == 0 and err == ""
    row = strict_json(out)
    assert row["reference"] == "2019-03-05" and row["dates"][0]["value"]["iso"] == "2019-03-04"
    write_jsonl(g, [{"id": 7, "body": "أمس", "date": "2019-03-05"}])
    code, out, err = run(capsys, "extract", str(g), "--quiet", "--text-field", "body")
    assert code == 0 and strict_json(out)["text"] == "أمس" and "body" not in strict_json(out)


def test_jobs_above_the_cpus_are_capped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    import arabic_events.corpus as corpus_module

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("no process pool expected with one CPU")

    import arabic_events.cli as cli_module

    monkeypatch.setattr(corpus_module, "available_cpus", lambda: 1)
    monkeypatch.setattr(cli_module, "available_cpus", lambda: 1)
    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    f = tmp_path / "c.jsonl"
    write_jsonl(f, corpus(40))
    code, out, err = run(capsys, "extract", str(f), "--jobs", "64")
    assert code == 0 and len(out.splitlines()) == 40
    assert err.splitlines()[0] == (
        "arabic-events: --jobs 64 is more than the 1 CPUs available; using 1"
    )
    code, _, err = run(capsys, "extract", str(f), "--jobs", "64", "--quiet")
    assert code == 0 and err == ""


# --- Parquet ---------------------------------------------------------------------------


def test_parquet_types_serialize(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt
    from decimal import Decimal

    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "id": [1, 2],
            "text": ["انعقد الاجتماع أمس", "لا شيء"],
            "date": pa.array([dt.datetime(2019, 3, 5, 10, 30)] * 2, type=pa.timestamp("ms")),
            "blob": [b"\x00\xff", None],
            "price": pa.array([Decimal("12.50"), None], type=pa.decimal128(5, 2)),
            "at": [dt.time(9, 15), dt.time(23, 59, 59, 5)],
            "took": [dt.timedelta(seconds=90), None],
            "score": [float("nan"), 1.5],
            "tags": [["a", "b"], []],
            "meta": [{"k": "v"}, {"k": None}],
        }
    )
    f = tmp_path / "c.parquet"
    pq.write_table(table, f)
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 0 and err == ""
    first, second = (strict_json(line) for line in out.splitlines())
    assert first["blob"] == "AP8=" and second["blob"] is None  # base64
    assert first["price"] == "12.50"
    assert first["at"] == "09:15:00" and second["at"] == "23:59:59.000005"
    assert first["took"] == 90.0 and second["took"] is None
    assert first["score"] is None and second["score"] == 1.5
    assert first["tags"] == ["a", "b"] and first["meta"] == {"k": "v"}
    assert first["date"] == "2019-03-05T10:30:00" and first["reference"] == "2019-03-05"


@pytest.mark.parametrize("content", [b"hello, not parquet", b"PAR1" + b"\x00" * 64 + b"PAR1"])
def test_not_parquet_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    pytest.importorskip("pyarrow")
    f = tmp_path / "c.parquet"
    f.write_bytes(content)
    code, out, err = run(capsys, "extract", str(f))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith(f"arabic-events: {f}: not a Parquet file")
    assert "Traceback" not in err


def test_parquet_damaged_row_group_costs_only_its_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    f = tmp_path / "c.parquet"
    table = pa.Table.from_pylist(corpus(300))
    pq.write_table(table, f, row_group_size=100, compression="NONE", use_dictionary=False)
    offset = pq.ParquetFile(f).metadata.row_group(1).column(1).data_page_offset
    data = bytearray(f.read_bytes())
    data[offset : offset + 40] = b"\xab" * 40  # the page header of the second group's texts
    f.write_bytes(bytes(data))
    code, out, err = run(capsys, "extract", str(f), "--quiet")
    assert code == 1
    ids = [strict_json(line)["id"] for line in out.splitlines()]
    assert ids == [f"doc-{k}" for k in [*range(100), *range(200, 300)]]
    assert err.startswith(f"{f}:101: cannot read rows 101 to 200 (")
    assert len(err.splitlines()) == 1


# --- interrupts ------------------------------------------------------------------------


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(os.name != "posix", reason="process groups and SIGINT")
def test_interrupt_with_jobs_stops_cleanly(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    write_jsonl(f, corpus(20000))
    for attempt in range(4):
        out = tmp_path / f"out-{attempt}.jsonl"
        with out.open("wb") as handle:
            proc = subprocess.Popen(
                [sys.executable, "-m", "arabic_events", "extract", str(f), "--jobs", "2"],
                stdout=handle,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
            deadline = time.monotonic() + 60
            while out.stat().st_size < 5000 * (attempt + 1) and time.monotonic() < deadline:
                time.sleep(0.02)
            os.killpg(proc.pid, signal.SIGINT)
            try:
                _, err = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                pytest.fail(f"attempt {attempt}: still running 60 s after SIGINT")
        stderr = err.decode("utf-8")
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
        assert stderr.startswith("interrupted: ")
        data = out.read_bytes().decode("utf-8")
        assert data.endswith("\n")
        lines = data.splitlines()
        assert 0 < len(lines) < 20000
        assert [strict_json(line)["id"] for line in lines] == [
            f"doc-{k}" for k in range(len(lines))
        ]
        deadline = time.monotonic() + 10
        while group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not group_alive(proc.pid), f"attempt {attempt}: worker processes left behind"


@pytest.mark.skipif(os.name != "posix", reason="fork start method")
def test_record_that_does_not_pickle_is_run_in_the_main_process() -> None:
    import threading

    rows: list[dict[str, object]] = [*corpus(100)]
    rows[5] = {**rows[5], "lock": threading.Lock()}  # cannot be sent to a worker
    results = list(extract_records(rows, jobs=2, json_lines=True))
    assert [r.error for r in results] == [None] * 100
    assert results[5].line is not None and '"lock": "<unlocked' in results[5].line
