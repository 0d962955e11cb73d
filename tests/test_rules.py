"""The date rules are records: the list the scan tries and the prefilter derive from them.

Adding a construction is one :class:`Rule` in ``dates/rules/`` and its entry in
``RULES``; nothing else (no anchor table, no prefilter word list) is kept by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

import arabic_events as ae
from arabic_events.dates import anchors, grammar, rules
from arabic_events.dates import resolve as rs
from arabic_events.dates.grammar import Match, Parser, Rule
from arabic_events.lexical import Category

TEXT = "يعمل الفريق حاليا على المشروع"


def _now(p: Parser, i: int) -> Match | None:
    """A toy construction: حاليا ("currently") as the reference day."""
    r = p.get(i, Category.ADVERB, clitic_ok=False)
    if r is None or p.key(i) != "حاليا":
        return None
    return Match(i, 0, i + r.ntok, rs.relative_day(p.ref, 0), relative=True)


def _clear() -> None:
    grammar.rule_table.cache_clear()
    anchors.anchor_keys.cache_clear()


@pytest.fixture
def with_toy_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    toy = Rule("now", frozenset({Category.ADVERB}), _now)
    monkeypatch.setattr(rules, "RULES", (*rules.RULES, toy))
    _clear()
    yield
    monkeypatch.undo()
    _clear()


def test_rule_names_are_unique_and_every_rule_anchors() -> None:
    names = [r.name for r in (*rules.RULES, *rules.STANDALONE)]
    assert len(names) == len(set(names))
    assert all(r.anchors for r in rules.RULES)


def test_anchor_categories_come_from_the_rules() -> None:
    assert rules.anchor_categories(rules.RULES) == rules.ANCHOR_CATEGORIES
    assert Category.DIGITS not in rules.ANCHOR_CATEGORIES
    # a category no rule starts with is no anchor: الى starts no date
    assert Category.TO not in rules.ANCHOR_CATEGORIES
    assert "الى" not in anchors.anchor_keys()


def test_the_toy_construction_is_not_read_without_its_rule() -> None:
    assert ae.find_dates(TEXT, "2019-01-15") == []


@pytest.mark.usefixtures("with_toy_rule")
@pytest.mark.parametrize("prefilter", [True, False])
def test_a_new_rule_is_one_record(monkeypatch: pytest.MonkeyPatch, prefilter: bool) -> None:
    """A rule added to RULES is tried, and its anchor reaches the prefilter, unchanged."""
    monkeypatch.setattr(anchors, "ENABLED", prefilter)
    assert "حاليا" in anchors.anchor_keys()
    found = ae.find_dates(TEXT, "2019-01-15")
    assert [(m.text, m.value.start) for m in found] == [("حاليا", dt.date(2019, 1, 15))]
