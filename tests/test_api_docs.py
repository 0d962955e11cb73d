"""docs/api.md documents exactly the public names: ``ae.__all__`` is the names of
its sections up to *Large corpora* (plus ``__version__``), the names under *Large
corpora* are the public names of ``arabic_events.scaling`` and
``arabic_events.corpus``, and no subpackage exports a name the page does not show."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest

import arabic_events as ae

PAGE = Path(__file__).resolve().parents[1] / "docs" / "api.md"
CORPORA = "Large corpora"


def _entries() -> dict[str, list[str]]:
    """The ``::: dotted.path`` entries of the page, by the ``##`` section they are in."""
    sections: dict[str, list[str]] = {}
    section = ""
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        if heading := re.match(r"## (.+)", line):
            section = heading.group(1).strip()
        elif entry := re.match(r":::\s*(\S+)\s*$", line):
            sections.setdefault(section, []).append(entry.group(1))
    return sections


def _resolve(path: str) -> Any:
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


ENTRIES = _entries()
TOP = [path for section, paths in ENTRIES.items() if section != CORPORA for path in paths]


def test_the_page_has_both_parts() -> None:
    assert TOP and ENTRIES.get(CORPORA), f"no ::: entries before and under '## {CORPORA}'"


def test_all_is_exactly_the_names_up_to_large_corpora() -> None:
    names = [path.rpartition(".")[2] for path in TOP]
    assert len(names) == len(set(names)), "a name is documented twice"
    assert sorted(names) == sorted(set(ae.__all__) - {"__version__"})


@pytest.mark.parametrize("path", TOP)
def test_each_top_level_entry_is_the_public_object(path: str) -> None:
    assert getattr(ae, path.rpartition(".")[2]) is _resolve(path)


def test_large_corpora_names_are_the_public_names_of_their_modules() -> None:
    by_module: dict[str, set[str]] = {}
    for path in ENTRIES[CORPORA]:
        module, _, name = path.rpartition(".")
        by_module.setdefault(module, set()).add(name)
        _resolve(path)
    assert set(by_module) == {"arabic_events.scaling", "arabic_events.corpus"}
    for module, names in by_module.items():
        public = getattr(importlib.import_module(module), "__all__", None)
        assert public is None or names == set(public), module
        assert not any(name.startswith("_") for name in names), module


@pytest.mark.parametrize("package", ["arabic_events.dates", "arabic_events.events"])
def test_subpackages_export_only_documented_names(package: str) -> None:
    exported = set(importlib.import_module(package).__all__)
    documented = {path.rpartition(".")[2] for path in TOP}
    assert exported <= documented, f"{package} exports {sorted(exported - documented)}"
