"""The lexicon tables of docs/dates.md are generated from the lexicon
(rewrite them with ``python tools/lexicon_tables.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from arabic_events.lexicon import calendar_words, months

TOOL = Path(__file__).resolve().parents[1] / "tools" / "lexicon_tables.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lexicon_tables", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["lexicon_tables"] = module
    spec.loader.exec_module(module)
    return module


def test_the_page_matches_its_generator(tool: ModuleType) -> None:
    page = tool.PAGE.read_text(encoding="utf-8")
    assert {m["name"] for m in tool.BLOCK.finditer(page)} == set(tool.TABLES)
    assert tool.rendered(page) == page, (
        "docs/dates.md is out of date: python tools/lexicon_tables.py"
    )


def test_every_month_spelling_is_in_the_table(tool: ModuleType) -> None:
    table = tool.month_table()
    for _number, _calendar, spelling, _ambiguous in months.MONTHS:
        assert spelling in table


def test_a_new_word_changes_the_page(tool: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tool.PAGE.read_text(encoding="utf-8")
    monkeypatch.setattr(calendar_words, "YEAR_NOUNS", (*calendar_words.YEAR_NOUNS, "حول"))
    changed = tool.rendered(page)
    assert changed != page and "السنة، حول |" in changed


def test_a_value_without_a_name_is_an_error(tool: ModuleType) -> None:
    with pytest.raises(ValueError, match="no name"):
        tool.grouped({"x": 5}, {1: "one"})
