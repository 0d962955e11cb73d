"""The command line on awkward inputs: several files, record files for ``dates``,
``--reference``, tables with line breaks, the closing summary."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from arabic_events import extract, find_dates
from arabic_events.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- --reference takes exactly YYYY-MM-DD ----------------------------------------------


@pytest.mark.parametrize("command", ["dates", "extract"])
@pytest.mark.parametrize("bad", ["", "2019-02-14garbage", "2019-02-14T10:00", "20190214", " "])
def test_reference_is_exactly_a_date(
    command: str, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "a.txt", "انعقد الاجتماع أمس")
    code, out, err = run(capsys, command, f, "--reference", bad)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--reference" in err and repr(bad) in err


def test_reference_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "a.txt", "انعقد الاجتماع أمس")
    code, out, _ = run(capsys, "dates", f, "--reference", "2019-02-14", "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["value"]["iso"] == "2019-02-13"


# --- several files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["normalize"], ["dates"], ["extract"], ["dates", "--format", "jsonl"]]
)
@pytest.mark.parametrize("bad", ["missing", "directory", "not_utf8"])
def test_a_bad_later_file_stops_before_any_output(
    argv: list[str], bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.txt", "انعقد الاجتماع أمس\n")
    if bad == "missing":
        later = str(tmp_path / "missing.txt")
    elif bad == "directory":
        later = str(tmp_path)
    else:
        (tmp_path / "bad.txt").write_bytes(b"x" * 100_000 + b"\xff")
        later = str(tmp_path / "bad.txt")
    code, out, err = run(capsys, *argv, good, later)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and later in err


def test_not_utf8_offset_counts_from_the_file_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a two-byte letter straddles the first 64 KiB block; the bad byte comes later
    body = b"a" * 65535 + "ب".encode() + b"c" * 10
    f = tmp_path / "bad.txt"
    f.write_bytes(b"\xef\xbb\xbf" + body + b"\xff")
    code, _, err = run(capsys, "normalize", str(f))
    assert code == 2
    assert f"byte offset {3 + len(body)}" in err


def test_normalize_keeps_files_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(tmp_path / "a.txt", "إِلَى")
    b = write(tmp_path / "b.txt", "مدرسةٍ\n")
    c = write(tmp_path / "c.txt", "١٢")
    code, out, _ = run(capsys, "normalize", a, b, c)
    assert code == 0
    assert out == "الي\nمدرسة\n12"  # the last file's text is written as it is


# --- dates reads corpora like extract ----------------------------------------------------


def corpus_lines() -> list[str]:
    return [
        json.dumps(
            {"id": "a", "text": "عقد المجلس جلسة أمس", "date": "2019-03-05"}, ensure_ascii=False
        ),
        "{not json",
        json.dumps({"id": "b", "body": "no text field"}),
        json.dumps({"id": "c", "text": "تنعقد القمة يوم 12 يوليوز"}, ensure_ascii=False),
    ]


def test_dates_reads_json_lines_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "corpus.jsonl", "\n".join(corpus_lines()) + "\n")
    code, out, err = run(capsys, "dates", f, "--reference", "2020-01-01")
    assert code == 1  # some records failed
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "c"]
    # the record's own date is its reference, and is not reported as a mention
    assert rows[0]["reference"] == "2019-03-05"
    assert [d["value"]["iso"] for d in rows[0]["dates"]] == ["2019-03-04"]
    assert rows[1]["reference"] == "2020-01-01"
    expected = find_dates("تنعقد القمة يوم 12 يوليوز", "2020-01-01")
    assert rows[1]["dates"] == [m.to_dict() for m in expected] and expected
    errors = [line for line in err.splitlines() if line.startswith(f)]
    assert [e.split(":")[1] for e in errors] == ["2", "3"]
    assert "2 documents, 2 dates, 2 failures" in err


def test_dates_and_extract_share_the_record_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "corpus.jsonl", corpus_lines()[0] + "\n" + corpus_lines()[3] + "\n")
    _, dates_out, _ = run(capsys, "dates", f, "--reference", "2020-01-01", "--quiet")
    _, extract_out, _ = run(capsys, "extract", f, "--reference", "2020-01-01", "--quiet")
    for d_line, e_line in zip(dates_out.splitlines(), extract_out.splitlines(), strict=True):
        d, e = json.loads(d_line), json.loads(e_line)
        # extract adds the events, and the times and durations not joined to a date
        del e["events"], e["occurrences"], e["times"], e["durations"]
        assert list(d) == list(e)
        assert d == e


def test_dates_reads_csv_with_other_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "news.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "published", "body"])
        w.writerow(["7", "2019-02-14", "وصل الوفد أمس"])
    code, out, _ = run(
        capsys,
        "dates",
        str(path),
        "--text-field",
        "body",
        "--date-field",
        "published",
        "--format",
        "json",
        "--quiet",
    )
    assert code == 0
    row = json.loads(out)
    assert row["id"] == "7" and row["published"] == "2019-02-14" and "body" not in row
    assert row["text"] == "وصل الوفد أمس"
    assert [d["value"]["iso"] for d in row["dates"]] == ["2019-02-13"]


def test_dates_reads_any_file_as_records_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "corpus.txt", corpus_lines()[0] + "\n")
    code, out, _ = run(capsys, "dates", "--jsonl", f, "--quiet")
    assert code == 0
    assert json.loads(out)["id"] == "a"


# --- tables and the summary -----------------------------------------------------------------


LINE_BREAK_TEXT = "انعقد الاجتماع يوم 12\nيوليوز 2018 بالرباط\n"


def test_dates_table_keeps_a_span_with_a_line_break_on_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "a.txt", LINE_BREAK_TEXT)
    (mention,) = find_dates(LINE_BREAK_TEXT, "2019-01-01")
    assert "\n" in mention.text  # the case this test is about
    code, out, _ = run(capsys, "dates", f, "--reference", "2019-01-01")
    assert code == 0
    _header, row = out.splitlines()
    assert row.split("  ")[0] == "12\\nيوليوز 2018"
    assert row.split()[-2:] == [str(mention.start), str(mention.end)]


def test_extract_table_keeps_a_span_with_a_line_break_on_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "a.txt", LINE_BREAK_TEXT)
    code, out, _ = run(capsys, "extract", f, "--reference", "2019-01-01", "--quiet")
    assert code == 0
    lines = out.splitlines()
    dates = lines[lines.index("dates:") + 1 : lines.index("events:")]
    assert len(dates) == 2 and dates[1].startswith("12\\nيوليوز 2018  ")


def test_summary_counts_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "a.txt", "انعقد الاجتماع أمس بالرباط")
    doc = extract("انعقد الاجتماع أمس بالرباط", "2019-02-14")
    assert (len(doc.dates), len(doc.events)) == (1, 1)
    code, _, err = run(capsys, "extract", f, "--reference", "2019-02-14", "--format", "jsonl")
    assert code == 0
    assert err.startswith("1 document, 1 date, 1 event, 0 failures, ")
    code, _, err = run(capsys, "dates", f, f, "--reference", "2019-02-14")
    assert err.startswith("2 documents, 2 dates, 0 failures, ")
