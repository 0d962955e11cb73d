"""Event cases grouped by family of real-news constructions.

Each family has two files in ``tests/cases/``: ``events_<family>_real.jsonl``
(sentences whose events must be found as given) and
``events_<family>_negative.jsonl`` (trigger words in other senses, names and
generic mentions: only the events listed are gold). The sentences are invented
or freely paraphrased. A case passes when every expected event is found with
exactly its trigger span, type, status, linked date text (``None`` = no date)
and place text (an expected ``None`` place is checked only with
``"strict_place": true``), and no other event is found.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import arabic_events

CASES_DIR = Path(__file__).parent / "cases"
FILES = sorted(
    p
    for p in CASES_DIR.glob("events_*_*.jsonl")
    if p.stem.endswith(("_real", "_negative")) and p.stem.count("_") >= 2
)
KEYS = ("trigger", "start", "end", "type", "status", "date", "place")

Case = dict[str, Any]


def _load(path: Path) -> list[Case]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            row["_where"] = f"{path.name}:{lineno}"
            rows.append(row)
    return rows


CASES: list[Case] = [c for p in FILES for c in _load(p)]


def test_family_files_exist_and_ids_are_unique() -> None:
    assert FILES, "no family case files"
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_is_well_formed(case: Case) -> None:
    text = case["text"]
    assert str(case.get("note", "")).strip(), "every case says which rule it exercises"
    date.fromisoformat(case["reference"])
    for ev in case["events"]:
        assert all(k in ev for k in KEYS), ev
        assert text[ev["start"] : ev["end"]] == ev["trigger"]
        for k in ("date", "place"):
            assert ev[k] is None or ev[k] in text


def _show(ev: Any) -> str:
    d = ev.date.text if ev.date is not None else None
    p = ev.place.text if ev.place is not None else None
    return f"{ev.trigger!r} [{ev.start}:{ev.end}] {ev.type.value} {ev.status.value} {d!r} {p!r}"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_family_case(case: Case) -> None:
    text = case["text"]
    got = arabic_events.find_events(text, reference=date.fromisoformat(case["reference"]))
    by_span = {(e.start, e.end): e for e in got}
    strict_place = case.get("strict_place", False)
    problems = []
    for want in case["events"]:
        label = f"{want['trigger']!r} [{want['start']}:{want['end']}]"
        ev = by_span.pop((want["start"], want["end"]), None)
        if ev is None:
            problems.append(f"missing event {label}")
            continue
        checks = [
            ("type", want["type"], ev.type.value),
            ("status", want["status"], ev.status.value),
            ("date", want["date"], ev.date.text if ev.date is not None else None),
        ]
        if want["place"] is not None or strict_place:
            checks.append(("place", want["place"], ev.place.text if ev.place is not None else None))
        problems += [f"{label}: {k} expected {a!r}, got {b!r}" for k, a, b in checks if a != b]
    problems += [f"extra event {_show(ev)}" for ev in by_span.values()]
    assert not problems, (
        f"\n  case: {case['id']} ({case['_where']})\n  note: {case['note']}\n  text: {text}\n"
        + "\n".join(f"    {p}" for p in problems)
    )
