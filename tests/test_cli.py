"""The command line, run in-process through ``main`` and once as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from arabic_events.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "article_ma.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_normalize_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("إِلَى الاجتماعِ ١٢", encoding="utf-8")
    code, out, _ = run(capsys, "normalize", str(f))
    assert code == 0
    assert out == "الي الاجتماع 12"


def test_normalize_flags_and_preset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("مدرسة أحمد", encoding="utf-8")
    assert run(capsys, "normalize", "--preset", "search", str(f))[1] == "مدرسه احمد"
    assert run(capsys, "normalize", "--no-alef", str(f))[1] == "مدرسة أحمد"
    assert run(capsys, "normalize", "--preset", "identity", "--alef", str(f))[1] == "مدرسة احمد"


def test_not_utf8_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes("اجتماع".encode() + b"\xff\xfe")
    code, out, err = run(capsys, "normalize", str(f))
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert str(f) in err and "byte offset 12" in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "dates", "/no/such/file.txt")
    assert code == 2
    assert err.strip() == "arabic-events: /no/such/file.txt: no such file"


def test_dates_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("انعقد الاجتماع يوم 12 يوليوز 2018 وأمس الأربعاء", encoding="utf-8")
    code, out, _ = run(capsys, "dates", str(f), "--reference", "2019-01-17")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["text", "value", "grain", "start", "end"]
    assert "2018-07-12" in lines[1] and "day" in lines[1]
    assert "2019-01-16" in lines[2]
    code, out, _ = run(capsys, "dates", str(f), "--reference", "2019-01-17", "--format", "json")
    data = json.loads(out)
    assert [d["value"]["iso"] for d in data["dates"]] == ["2018-07-12", "2019-01-16"]
    code, out, _ = run(capsys, "dates", str(f), "--reference", "2019-01-17", "--format", "jsonl")
    assert [json.loads(x)["text"] for x in out.splitlines()] == ["12 يوليوز 2018", "أمس الأربعاء"]


@pytest.mark.parametrize("bad", ["2019-13-01", "yesterday", "17/01/2019"])
def test_bad_reference(bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("أمس", encoding="utf-8")
    code, out, err = run(capsys, "dates", str(f), "--reference", bad)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--reference" in err


def test_extract_article_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(ARTICLE), "--reference", "2019-02-14")
    assert code == 0
    assert "events:" in out and "meeting" in out and "postponed" in out and "cancelled" in out
    header = next(line for line in out.splitlines() if line.startswith("event "))
    assert header.split()[-2:] == ["place", "country"]
    addis = next(line for line in out.splitlines() if "أديس أبابا" in line)
    assert addis.split()[-1] == "ET"


def test_extract_jsonl_streams_and_reports_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {"id": "a", "text": "عقد المجلس جلسة أمس", "date": "2019-03-05"}, ensure_ascii=False
        ),
        "{not json",
        json.dumps({"id": "b", "body": "no text field"}),
        json.dumps(
            {"id": "c", "text": "تنعقد القمة غدا", "date": "2019-03-05"}, ensure_ascii=False
        ),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f))
    assert code == 1  # some lines failed
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "c"]
    assert rows[0]["events"][0]["date"]["value"]["iso"] == "2019-03-04"
    assert rows[1]["events"][0]["status"] == "planned"
    assert err.splitlines()[0].startswith(f"{f}:2:")
    assert err.splitlines()[1].startswith(f"{f}:3:")


def test_extract_jsonl_custom_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.txt"
    f.write_text(
        json.dumps(
            {"body": "زار الوزير القاهرة أمس", "published": "2020-01-02"}, ensure_ascii=False
        )
    )
    code, out, _ = run(
        capsys, "extract", "--jsonl", "--text-field", "body", "--date-field", "published", str(f)
    )
    assert code == 0
    row = json.loads(out)
    assert row["reference"] == "2020-01-02"
    assert row["events"][0]["place"]["text"] == "القاهرة"


def test_python_dash_m_runs() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "arabic_events",
            "extract",
            str(ARTICLE),
            "--reference",
            "2019-02-14",
            "--format",
            "json",
        ],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout.decode("utf-8"))
    assert doc["events"] and doc["dates"]


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("normalize", "dates", "extract"):
        assert command in out
