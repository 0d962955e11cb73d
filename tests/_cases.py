"""The case corpus: every ``tests/cases/<family>_<kind>.jsonl`` file, read one way.

The file name says what a case is for: ``<family>`` is the function its cases
check (``dates``, ``events``, ``normalize``, …; ``tests/test_cases.py`` says how
each family runs a case) and ``<kind>`` one of :data:`KINDS`.  A new file named
so is picked up by its name alone.  A case the library is known to get wrong
says so itself, ``"expect": "fail"`` with a ``"reason"``, and runs as a strict
xfail: fixing the library makes the suite fail until the mark is removed.
The format is described in ``tests/cases/README.md``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

CASES_DIR = Path(__file__).parent / "cases"
KINDS = ("real", "synthetic", "negative")
#: The keys every case has (``expect`` and ``reason`` only on a known failure).
COMMON_KEYS = frozenset({"id", "text", "note"})
EXPECT_KEYS = frozenset({"expect", "reason"})
EXPECTS = ("pass", "fail")


@dataclass(frozen=True)
class CaseFile:
    """One ``<family>_<kind>.jsonl`` file (``kind`` is what follows the last ``_``)."""

    path: Path

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def family(self) -> str:
        return self.path.stem.rpartition("_")[0]

    @property
    def kind(self) -> str:
        return self.path.stem.rpartition("_")[2]


@dataclass(frozen=True)
class Case:
    """One line of a case file: the JSON object as written, and where it is."""

    data: dict[str, Any]
    file: CaseFile
    line: int

    @property
    def id(self) -> str:
        return str(self.data.get("id"))

    @property
    def where(self) -> str:
        return f"{self.file.name}:{self.line} {self.id}"

    @property
    def expect(self) -> Any:
        return self.data.get("expect", "pass")

    def param(self) -> Any:
        """This case as a pytest parameter; a known failure is a strict xfail."""
        marks = []
        if self.expect == "fail":
            marks.append(pytest.mark.xfail(strict=True, reason=str(self.data.get("reason"))))
        return pytest.param(self, id=f"{self.file.path.stem}:{self.id}", marks=marks)


def case_files(folder: Path = CASES_DIR) -> list[CaseFile]:
    """Every ``.jsonl`` file of ``folder``, by name."""
    return [CaseFile(path) for path in sorted(folder.glob("*.jsonl"))]


def load(file: CaseFile) -> list[Case]:
    """The cases of ``file``, in order (blank lines skipped); a line that is not a
    JSON object raises ``ValueError`` naming it."""
    cases = []
    for lineno, line in enumerate(file.path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{file.name}:{lineno}: not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError(f"{file.name}:{lineno}: not a JSON object")
        cases.append(Case(data, file, lineno))
    return cases


def common_problems(case: Case, family_keys: frozenset[str]) -> list[str]:
    """What is wrong with the keys every case shares (``family_keys``: the keys
    the case's family allows besides them)."""
    data, where = case.data, case.where
    keys = set(data)
    out = [f"{where}: missing key {k!r}" for k in sorted(COMMON_KEYS - keys)]
    unknown = keys - COMMON_KEYS - EXPECT_KEYS - family_keys
    if unknown:
        out.append(f"{where}: unknown keys {sorted(unknown)}")
    for key in sorted(COMMON_KEYS & keys):
        if not isinstance(data[key], str) or not data[key].strip():
            out.append(f"{where}: {key} must be a non-empty string")
    if case.expect not in EXPECTS:
        out.append(f"{where}: expect must be one of {EXPECTS}, not {case.expect!r}")
    reason = data.get("reason")
    if case.expect == "fail" and not (isinstance(reason, str) and reason.strip()):
        out.append(f"{where}: a known failure needs a reason")
    if case.expect != "fail" and "reason" in data:
        out.append(f'{where}: a reason without "expect": "fail"')
    return out


def generators(folder: Path = CASES_DIR) -> list[Path]:
    """The scripts that write case files: ``make_*.py``."""
    return sorted(folder.glob("make_*.py"))


def load_generator(path: Path) -> ModuleType:
    """Import a generator script (its ``build()`` returns its rows by file name)."""
    spec = importlib.util.spec_from_file_location(f"_gen_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module
