"""Weekdays: one, a list of them, with a direction or a date in apposition."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from ...lexical.calendar import Category, Reading
from .. import resolve as rs
from ..grammar import NOT_WEEKDAY_BEFORE, Match, Parser, Rule
from . import combinators


def rule_weekday(p: Parser, i: int) -> Match | None:
    """WEEKDAY [و WEEKDAY …] [DIRECTION] then a date in apposition, or nothing.

    A list of weekdays without a date (الخميس والجمعة والسبت) is a range from
    the first to the last, each day the next such day after the one before.
    """
    wd = p.get(i, Category.WEEKDAY)
    if wd is None:
        return None
    first = wd.value.weekday
    days = [first]
    j = i + wd.ntok
    while len(days) < 7:
        k, attached = p.conj(j)
        nxt = p.get(k, Category.WEEKDAY, clitic_ok=attached)
        if nxt is None or (attached and not (nxt.clitic == 1 and p.key(k)[:1] == "و")):
            break
        days.append(nxt.value.weekday)
        j = k + nxt.ntok
    mod = p.get(j, Category.MOD, clitic_ok=False)
    after = j + mod.ntok if mod else j
    app = combinators.apposed(p, after, single=len(days) == 1)
    if app is not None:
        inner, end = app
        warn = combinators.weekday_check(p, first, inner.value) if len(days) == 1 else ()
        if inner.value is not None and len(days) > 1 and inner.value.grain.value != "day":
            warn = combinators.weekday_check(p, first, rs.relative_day(inner.value.start, 0))
        return Match(i, wd.clitic, end, inner.value, False, warn, inner.yearless)
    if mod:
        value = rs.weekday_value(first, p.ref, int(mod.value))
        return Match(i, wd.clitic, after, value, True)
    if len(days) == 1 and not bare_weekday_ok(p, i, wd):
        return None
    nearest = rs.weekday_value(first, p.ref, None)
    if nearest is None:
        return None  # past the ends of the calendar
    value = p.after_anchor(i, first, nearest)
    if len(days) > 1:
        offset = sum((b - a) % 7 or 7 for a, b in pairwise(days))
        last = rs.relative_day(value.start, offset)
        if last is not None:
            value = rs.range_value(value, last) or value
    return Match(i, wd.clitic, j, value, True)


def bare_weekday_ok(p: Parser, i: int, wd: Reading[Any]) -> bool:
    if p.get(i - 1, Category.NOTWEEKDAY, clitic_ok=True):
        return False
    if not wd.value.ambiguous:
        return True
    # الاثنين "both" after a dual (البلدين الاثنين), الأحد عشر "eleven", الواحد الأحد
    prev = p.key(i - 1)
    if p.get(i + 1, Category.TEEN, clitic_ok=False) or prev in NOT_WEEKDAY_BEFORE:
        return False
    return not (
        len(prev) > 3 and prev.endswith(("ين", "ان")) and not p.get(i - 1, Category.DAYNOUN)
    )


# --- the rules ---------------------------------------------------------------------

WEEKDAY = Rule("weekday", frozenset({Category.WEEKDAY}), rule_weekday)
