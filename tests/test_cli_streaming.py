"""Large plain texts: read in pieces at paragraph boundaries, in bounded memory, with
spans into the whole text; Ctrl-C ends a run cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from arabic_events import cli, find_dates, find_events, normalize
from arabic_events.cli import main, split_point, text_pieces

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article_ma.txt").read_text(encoding="utf-8").strip() + "\n\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- cutting a text into pieces ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "limit", "piece"),
    [
        ("first para\n\nsecond\nthird line", 25, "first para\n\n"),  # a blank line first
        ("first para\n \t\nsecond\nthird", 30, "first para\n \t\n"),  # blank with spaces
        ("one line\nanother line", 15, "one line\n"),  # else a line break
        ("words  and   more words", 13, "words  and"),  # else before a whitespace run
        ("abcdefgh", 5, "abcde"),  # else at the limit
        ("abcde\u064ef", 5, "abcd"),  # not before a combining mark
    ],
)
def test_split_point(text: str, limit: int, piece: str) -> None:
    assert text[: split_point(text, limit)] == piece


def blocks_of(text: str, size: int, consumed: list[int]) -> Iterator[str]:
    for k in range(0, len(text), size):
        consumed[0] = k + size
        yield text[k : k + size]


@pytest.mark.parametrize("block", [7, 100, 5000])
def test_pieces_join_to_the_text_and_stay_bounded(block: int) -> None:
    text = (ARTICLE + "سطر بلا نهاية " * 300 + "\n" + ARTICLE) * 3
    consumed = [0]
    threshold, limit = 2000, 500
    pieces = []
    for offset, piece in text_pieces(blocks_of(text, block, consumed), threshold, limit):
        # what has been read but not handed out is at most the threshold and one block
        assert consumed[0] - offset <= threshold + block
        assert 0 < len(piece) <= limit
        pieces.append((offset, piece))
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(p.endswith(("\n", "\u0020")) or text[o + len(p)] == " " for o, p in pieces[:-1])


def test_a_text_below_the_threshold_is_one_piece() -> None:
    text = ARTICLE * 3
    consumed = [0]
    assert list(text_pieces(blocks_of(text, 100, consumed), len(text), 50)) == [(0, text)]


# --- spans are offsets into the whole file ---------------------------------------------------


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "WHOLE_CHARS", 3000)
    monkeypatch.setattr(cli, "PIECE_CHARS", 1000)


def test_dates_of_a_large_file_index_the_whole_text(
    small_pieces: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ARTICLE * 8
    f = tmp_path / "big.txt"
    f.write_bytes(b"\xef\xbb\xbf" + text.encode())  # the byte-order mark is not counted
    code, out, _ = run(capsys, "dates", str(f), "--reference", "2019-02-14", "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    whole = [{"file": str(f), **m.to_dict()} for m in find_dates(text, "2019-02-14")]
    assert rows == whole  # no date crosses a paragraph here


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_extract_of_a_large_file_is_one_document(
    fmt: str, small_pieces: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ARTICLE * 6
    f = tmp_path / "big.txt"
    f.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--reference", "2019-02-14", "--format", fmt)
    assert code == 0
    assert len(out.splitlines()) == (1 if fmt == "jsonl" else len(out.splitlines()))
    doc = json.loads(out)
    assert doc["file"] == str(f) and doc["text"] == text and doc["reference"] == "2019-02-14"
    assert len(doc["dates"]) == 6 * len(find_dates(ARTICLE, "2019-02-14"))
    assert all(text[d["start"] : d["end"]] == d["text"] for d in doc["dates"])
    assert doc["events"]
    for e in doc["events"]:
        assert text[e["start"] : e["end"]] == e["trigger"]
        if e["place"]:
            assert text[e["place"]["start"] : e["place"]["end"]] == e["place"]["text"]
        if e["date"]:
            assert doc["dates"][e["date_index"]] == e["date"]
    # occurrences are counted in the whole text: ids in order, every mention in one
    occurrences = doc["occurrences"]
    assert [o["id"] for o in occurrences] == [f"e{k}" for k in range(1, len(occurrences) + 1)]
    indexes = sorted(k for o in occurrences for k in o["mention_indexes"])
    assert indexes == list(range(len(doc["events"])))
    for o in occurrences:
        for k, m in zip(o["mention_indexes"], o["mentions"], strict=True):
            assert doc["events"][k]["start"] == m["start"] and text[m["start"] : m["end"]]
        if o["date"]:
            assert doc["dates"][o["date_index"]] == o["date"]
    schema = json.loads((Path(__file__).parents[1] / "docs" / "document.schema.json").read_text())
    del doc["file"]
    jsonschema.validate(doc, schema)


def test_extract_table_of_a_large_file(
    small_pieces: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "big.txt"
    f.write_text(ARTICLE * 6, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--reference", "2019-02-14", "--quiet")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"== {f} (reference 2019-02-14)" and lines[1] == "dates:"
    assert lines.count("dates:") == lines.count("events:") == 1
    assert sum(line.startswith("text ") for line in lines) == 1  # one header per table
    assert sum(line.startswith("event ") for line in lines) == 1
    n_dates = lines.index("events:") - 3
    assert n_dates == 6 * len(find_dates(ARTICLE, "2019-02-14"))
    ids = [line.split()[0] for line in lines[lines.index("events:") + 2 :]]
    assert ids == [f"e{k}" for k in range(1, len(ids) + 1)]  # one row per occurrence
    code, out, _ = run(
        capsys, "extract", str(f), "--reference", "2019-02-14", "--quiet", "--mentions"
    )
    lines = out.splitlines()
    assert sum(line.startswith("trigger ") for line in lines) == 1
    assert len(lines) - lines.index("events:") - 2 == 6 * len(find_events(ARTICLE, "2019-02-14"))


def test_normalize_of_a_large_file_is_the_whole_text_normalized(
    small_pieces: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ("إِلَى  الاجتماعِ   يوم ١٢ يوليوز\n" * 40 + "\n") * 5 + "ﻷ" * 2500
    f = tmp_path / "big.txt"
    f.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "normalize", str(f))
    assert code == 0
    assert out == normalize(text)


# --- memory -----------------------------------------------------------------------------------


def peak_rss_kib(argv: list[str]) -> int:
    """The peak resident memory of one run of the command, in KiB (Linux)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "arabic_events", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0
    return usage.ru_maxrss


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4")
@pytest.mark.parametrize(("command", "small", "large"), [("dates", 100, 800), ("extract", 40, 320)])
def test_memory_does_not_grow_with_a_large_file(
    command: str, small: int, large: int, tmp_path: Path
) -> None:
    paths = tmp_path / "small.txt", tmp_path / "large.txt"
    paths[0].write_text(ARTICLE * small, encoding="utf-8")  # below the piece threshold
    paths[1].write_text(ARTICLE * large, encoding="utf-8")  # 8 times as large
    argv = [command, "--quiet", "--reference", "2019-02-14", "--format", "jsonl"]
    before = peak_rss_kib([*argv, str(paths[0])])
    after = peak_rss_kib([*argv, str(paths[1])])
    # reading and analysing the larger file whole takes tens of MiB more
    assert after - before < 10 * 1024, (before, after)


# --- Ctrl-C -------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT")
@pytest.mark.parametrize(
    "argv",
    [
        ["dates", "--format", "jsonl"],
        ["dates"],
        ["normalize"],
        ["extract"],
    ],
)
def test_ctrl_c_ends_cleanly(argv: list[str]) -> None:
    """The command reads a large text from a pipe that stays open; Ctrl-C (SIGINT to its
    process group) comes while it works or waits for more input."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "arabic_events", *argv, "--reference", "2019-02-14"][
            : None if argv[0] != "normalize" else -2
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    out, err = bytearray(), bytearray()
    first_line = threading.Event()

    def feed() -> None:
        try:
            proc.stdin.write((ARTICLE * 120).encode())  # above the piece threshold
            proc.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass

    def collect(stream: object, into: bytearray, signal_line: bool) -> None:
        while chunk := stream.read1(65536):  # type: ignore[attr-defined]
            into.extend(chunk)
            if signal_line and b"\n" in chunk:
                first_line.set()

    threads = [
        threading.Thread(target=feed),
        threading.Thread(target=collect, args=(proc.stdout, out, True)),
        threading.Thread(target=collect, args=(proc.stderr, err, False)),
    ]
    for t in threads:
        t.start()
    first_line.wait(timeout=120)  # no output at all is a failure below, not a hang
    os.killpg(proc.pid, signal.SIGINT)
    code = proc.wait(timeout=120)
    for t in threads[1:]:
        t.join(timeout=120)
    proc.stdin.close()
    threads[0].join(timeout=120)

    stderr = err.decode()
    assert code == 130, stderr
    assert "Traceback" not in stderr
    assert out, "some output came before Ctrl-C"
    assert out.endswith(b"\n")
    text = out.decode("utf-8")
    if argv == ["dates", "--format", "jsonl"]:
        assert all(json.loads(line) for line in text.splitlines())
    if argv[0] == "normalize":
        assert normalize(ARTICLE * 120).startswith(text)
    if argv[0] == "extract":
        assert text.startswith("== <stdin> (reference 2019-02-14)\ndates:\n")
    if argv[0] != "normalize":
        assert stderr.startswith("interrupted: ")
