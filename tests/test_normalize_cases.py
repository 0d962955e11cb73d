"""Table-driven normalization cases from ``tests/cases/normalize_*.jsonl``.

Each line is one JSON object::

    {"id": "...", "text": "...", "config": {...} | "search", "expected": "...", "note": "..."}

``config`` is optional: absent means the default config, a string names a preset
(:meth:`NormalizeConfig.preset`), an object switches steps relative to the
default (``{"alef": false}``). The expected values are written from the spec,
not produced by running the library.

Cases in ``normalize_known_failures.jsonl`` (same format plus a ``reason``) are
known spec disagreements: they run as strict xfails, so fixing the library makes
them fail loudly until they are moved back to a regular file.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from arabic_events.normalize import NormalizeConfig, normalize, normalize_map

CASES_DIR = Path(__file__).parent / "cases"
CASE_FILES = (
    "normalize_real.jsonl",
    "normalize_synthetic.jsonl",
    "normalize_negative.jsonl",
)
KNOWN_FAILURES = "normalize_known_failures.jsonl"

STEPS = frozenset(f.name for f in fields(NormalizeConfig))
REQUIRED_KEYS = frozenset({"id", "text", "expected", "note"})
OPTIONAL_KEYS = frozenset({"config", "reason"})


def _load(name: str) -> list[dict[str, Any]]:
    path = CASES_DIR / name
    cases = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        case = json.loads(line)
        case["_where"] = f"{name}:{lineno}"
        cases.append(case)
    return cases


def _config(spec: object) -> NormalizeConfig:
    if spec is None:
        return NormalizeConfig()
    if isinstance(spec, str):
        return NormalizeConfig.preset(spec)
    if isinstance(spec, dict):
        return NormalizeConfig(**spec)
    raise TypeError(f"config must be a preset name or an object of steps, got {spec!r}")


REGULAR = [case for name in CASE_FILES for case in _load(name)]
KNOWN = _load(KNOWN_FAILURES) if (CASES_DIR / KNOWN_FAILURES).exists() else []


def _params() -> list[Any]:
    params = [pytest.param(case, id=case["id"]) for case in REGULAR]
    for case in KNOWN:
        mark = pytest.mark.xfail(strict=True, reason=case["reason"])
        params.append(pytest.param(case, id=case["id"], marks=mark))
    return params


@pytest.mark.parametrize("case", _params())
def test_normalize_case(case: dict[str, Any]) -> None:
    config = _config(case.get("config"))
    text = case["text"]
    expected = case["expected"]
    assert normalize(text, config) == expected, case["note"]
    assert normalize_map(text, config).text == expected, case["note"]


def test_case_files_are_well_formed() -> None:
    for name in CASE_FILES:
        assert _load(name), f"{name} has no cases"
    ids = [case["id"] for case in REGULAR + KNOWN]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate case ids: {duplicates}"
    for case in REGULAR + KNOWN:
        where = case["_where"]
        keys = set(case) - {"_where"}
        assert keys >= REQUIRED_KEYS, f"{where}: missing {sorted(REQUIRED_KEYS - keys)}"
        assert keys <= REQUIRED_KEYS | OPTIONAL_KEYS, f"{where}: unknown keys"
        for key in REQUIRED_KEYS:
            assert isinstance(case[key], str), f"{where}: {key} must be a string"
        spec = case.get("config")
        if isinstance(spec, dict):
            assert set(spec) <= STEPS, f"{where}: unknown steps {sorted(set(spec) - STEPS)}"
            assert all(isinstance(v, bool) for v in spec.values()), f"{where}: non-boolean step"
        else:
            assert spec is None or spec in ("default", "search", "identity"), where
    for case in KNOWN:
        assert isinstance(case.get("reason"), str), f"{case['_where']}: needs a reason"
        assert case["reason"].strip(), f"{case['_where']}: needs a reason"
