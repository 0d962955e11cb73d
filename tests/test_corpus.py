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
