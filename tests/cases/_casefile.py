"""What every ``make_*.py`` generator in this folder shares: marking known
failures on their cases and writing the ``.jsonl`` files.

A generator is a script with a ``build()`` that returns its files' rows by file
name (``{"dates_real.jsonl": [...]}``); ``tests/test_cases.py`` checks that the
files on disk are exactly what ``build()`` returns.  See README.md here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

Row = dict[str, Any]


def expect_fail(row: Row, reason: str | None) -> Row:
    """``row`` marked as a known failure (``"expect": "fail"`` and its ``reason``),
    or ``row`` itself when ``reason`` is ``None``."""
    if reason is None:
        return row
    if not reason.strip():
        raise ValueError(f"{row.get('id')}: a known failure needs a reason")
    return {**row, "expect": "fail", "reason": reason}


def mark_known_failures(rows: Sequence[Row], reasons: Mapping[str, str]) -> list[Row]:
    """``rows`` with the cases named in ``reasons`` (id -> reason) marked as known
    failures; an id that names no row raises ``ValueError``."""
    unknown = sorted(set(reasons) - {row["id"] for row in rows})
    if unknown:
        raise ValueError(f"known failures name no case: {unknown}")
    return [expect_fail(row, reasons.get(row["id"])) for row in rows]


def write(files: Mapping[str, Sequence[Row]]) -> None:
    """Write each file of ``files`` (name -> rows) here, one JSON object a line."""
    for name, rows in files.items():
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} cases to {HERE / name}")


def build_cases(cases: list[dict[str, object]], prefix: str) -> list[dict[str, object]]:
    """Gold date records for hand-written cases: offsets found in the text, ids numbered;
    a case with ``fails`` is a known failure."""
    out: list[dict[str, object]] = []
    for i, case in enumerate(cases, 1):
        text = str(case["text"])
        date.fromisoformat(str(case["ref"]))
        dates = []
        for gold in case.get("dates", []):  # type: ignore[attr-defined]
            span, start, end, grain, *rest = gold
            occurrence = rest[0] if rest else 0
            pos = -1
            for _ in range(occurrence + 1):
                pos = text.find(span, pos + 1)
                assert pos >= 0, (span, text)
            assert date.fromisoformat(start) <= date.fromisoformat(end)
            dates.append(
                {
                    "text": span,
                    "start": pos,
                    "end": pos + len(span),
                    "from": start,
                    "to": end,
                    "grain": grain,
                }
            )
        dates.sort(key=lambda d: d["start"])
        row = {
            "id": f"{prefix}-{i:03d}",
            "text": text,
            "reference": case["ref"],
            "dates": dates,
            "note": case["note"],
        }
        out.append(expect_fail(row, case.get("fails")))  # type: ignore[arg-type]
    return out
