"""Weekdays: one, a list of them, with a direction or a date in apposition."""

from __future__ import annotations

from itertools import pairwise

from ...lexical import key
from ...lexical.calendar import DAYNOUN, MOD, NOTWEEKDAY, TEEN, WEEKDAY, Reading, WeekdayEntry
from ...lexicon import calendar_words as cw
from .. import resolve as rs
from ..grammar import Match, Parser, Rule
from . import combinators

NOT_WEEKDAY_BEFORE = frozenset(key(w) for w in cw.NOT_WEEKDAY_BEFORE_AMBIGUOUS)


def rule_weekday(p: Parser, i: int) -> Match | None:
    """WEEKDAY [و WEEKDAY …] [DIRECTION] then a date in apposition, or nothing.

    A list of weekdays without a date (الخميس والجمعة والسبت) is a range from
    the first to the last, each day the next such day after the one before.
    """
    wd = p.get(i, WEEKDAY)
    if wd is None:
        return None
    first = wd.value.weekday
    days = [first]
    j = i + wd.ntok
    while len(days) < 7 and (listed := combinators.and_next(p, j, WEEKDAY)):
        k, nxt = listed
        days.append(nxt.value.weekday)
        j = k + nxt.ntok
    mod = p.get(j, MOD, clitic_ok=False)
    after = j + mod.ntok if mod else j
    app = combinators.apposed(p, after, single=len(days) == 1)
    if app is not None:
        inner, end = app
        warn = combinators.weekday_check(first, inner.value) if len(days) == 1 else ()
        if inner.value is not None and len(days) > 1 and inner.value.grain != "day":
            warn = combinators.weekday_check(first, rs.relative_day(inner.value.start, 0))
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
    if len(days) == 1:
        value = p.replaced_day(i, first, value)
    if len(days) > 1:
        offset = sum((b - a) % 7 or 7 for a, b in pairwise(days))
        last = rs.relative_day(value.start, offset)
        if last is not None:
            value = rs.range_value(value, last) or value
    return Match(i, wd.clitic, j, value, True)


def bare_weekday_ok(p: Parser, i: int, wd: Reading[WeekdayEntry]) -> bool:
    """A weekday said alone is one: not a name (صلاة الجمعة), nor الاثنين "both" or
    الأحد "the one"."""
    if p.get(i - 1, NOTWEEKDAY, clitic_ok=True):
        return False
    if not wd.value.ambiguous:
        return True
    # الاثنين "both" after a dual (البلدين الاثنين), الأحد عشر "eleven", الواحد الأحد
    prev = p.key(i - 1)
    if p.get(i + 1, TEEN, clitic_ok=False) or prev in NOT_WEEKDAY_BEFORE:
        return False
    return not (len(prev) > 3 and prev.endswith(("ين", "ان")) and not p.get(i - 1, DAYNOUN))


# --- the rules ---------------------------------------------------------------------

WEEKDAY_RULE = Rule("weekday", frozenset({WEEKDAY}), rule_weekday)
