"""The date families read from real news copy: ``tests/cases/dates_<family>_*.jsonl``.

Each file holds invented or paraphrased sentences for one family of
constructions (year tails, separators, apposition, ranges, years from the
text …), ``*_real`` for what must be read and ``*_negative`` for look-alikes
that must not. Each case checks that ``(text, start, end, from, to, grain)``
of every mention ``find_dates`` reports equals the gold list, in order, the
same assertion as ``test_date_cases.py``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from arabic_events import find_dates

CASES_DIR = Path(__file__).parent / "cases"
FAMILY_FILES = sorted(
    p
    for p in CASES_DIR.glob("dates_*_*.jsonl")
    if p.stem.endswith(("_real", "_negative")) and p.stem.count("_") >= 2
)
KEYS = ("text", "start", "end", "from", "to", "grain")


def _cases() -> list[Any]:
    out = []
    for path in FAMILY_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                out.append(pytest.param(case, id=case["id"]))
    return out


def test_family_files_exist() -> None:
    names = {p.name for p in FAMILY_FILES}
    assert "dates_yeartail_real.jsonl" in names
    assert all(p.read_text(encoding="utf-8").strip() for p in FAMILY_FILES)


@pytest.mark.parametrize("case", _cases())
def test_family_case(case: dict[str, Any]) -> None:
    text = case["text"]
    for d in case["dates"]:
        assert text[d["start"] : d["end"]] == d["text"], d
    expected = [tuple(d[k] for k in KEYS) for d in case["dates"]]
    got = [
        (
            m.text,
            m.start,
            m.end,
            m.value.start.isoformat(),
            m.value.end.isoformat(),
            m.value.grain.value,
        )
        for m in find_dates(text, reference=date.fromisoformat(case["reference"]))
    ]
    assert got == expected, f"{case['id']}: {case.get('note', '')}\n{text}"
