"""Day and month: DAY [من] [شهر] MONTH [YEAR [ERA] | DIRECTION], and a dash between two."""

from __future__ import annotations

from ...lexical.calendar import MOD, MONTHNOUN, PERIOD
from .. import resolve as rs
from ..grammar import DASHES, DAY_STARTS, Match, Parser, Rule
from . import combinators


def day_month(p: Parser, i: int, waw: bool = False) -> tuple[rs.DayRef, int] | None:
    """DAY [من] [شهر] MONTH [YEAR [ERA] | DIRECTION]."""
    day = p.day_at(i, waw)
    if day is None:
        return None
    d, j = day
    if p.key(j) == "من":  # الأول من مارس
        j += 1
        period = p.get(j, PERIOD, clitic_ok=False)
        mod = period and p.get(j + period.ntok, MOD, clitic_ok=False)
        if period is not None and period.value == "month" and mod:
            # في 10 من الشهر الجاري
            this_month = rs.period_value("month", int(mod.value), p.ref)
            if this_month is None:
                return None  # a month past the calendar's ends
            first = this_month.start
            return rs.DayRef(d, first.month, "gregorian", first.year), j + period.ntok + mod.ntok
    if p.get(j, MONTHNOUN, clitic_ok=False):
        j += 1
    got = p.month_at(j)
    if got is None:
        return None
    month, j = got
    year, calendar, j, direction = combinators.year_tail(p, month, j)
    return rs.DayRef(d, month.value.number, calendar, year, direction), j


def rule_day_month(p: Parser, i: int) -> Match | None:
    """DAY [من] MONTH [YEAR [ERA] | DIRECTION] [– DAY MONTH [YEAR]].

    A dash or an en dash between two full days makes a range (3 مارس – 17
    أبريل، 28 رجب - 3 شعبان 1431هـ).
    """
    got = day_month(p, i)
    if got is None:
        return None
    ref, end = got
    if p.key(end) in DASHES:
        b = day_month(p, end + 1)
        if b is not None:
            return Match(i, 0, b[1], combinators.resolve_range(p, ref, b[0]))
    yearless = ref.year is None and ref.direction is None
    return Match(i, 0, end, p.day_value(ref, i), yearless=yearless)


# --- the rules ---------------------------------------------------------------------

DAY_MONTH_RULE = Rule("day_month", DAY_STARTS, rule_day_month)
