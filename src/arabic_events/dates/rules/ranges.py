"""Ranges of days and months: من … إلى …، بين … و …، 10-12 يوليو، 13 و14 يوليو، مارس 3-5."""

from __future__ import annotations

from ...lexical.calendar import BETWEEN, FROM, MONTH
from .. import resolve as rs
from ..grammar import COMMAS, DASHES, DAY_STARTS, Match, Parser, Rule
from . import combinators, day_month


def rule_range_from(p: Parser, i: int) -> Match | None:
    """من END إلى|حتى|لغاية END (ends as :func:`.combinators.range_end` reads them); also
    months, and من before a range written with a dash (من 4-9 تموز)."""
    r = p.get(i, FROM)
    if r is None or (r.ntok == 1 and not _may_start_end(p, i + 1)):
        return None
    a = combinators.range_end(p, i + r.ntok)
    if a is None:
        return month_range(p, i, r.clitic)
    k = combinators.range_to(p, a[1])
    if k is None:
        # من 4-9 شهر تموز، من 3 مارس – 17 أبريل: the من of a range with a dash
        dashed = rule_range_pair(p, i + r.ntok) or day_month.rule_day_month(p, i + r.ntok)
        if dashed is None or dashed.value is None or dashed.value.grain != "range":
            return None
        return Match(i, r.clitic, dashed.end, dashed.value)
    b = combinators.range_end(p, k)
    if b is None or (isinstance(b[0], rs.DayRef) and b[0].month is None):
        return None
    return Match(i, r.clitic, b[1], combinators.resolve_range(p, a[0], b[0], b[2]))


def _may_start_end(p: Parser, j: int) -> bool:
    """Token ``j`` may start a range end or a month: it has a reading, or is digits
    or the article الـ before them (most words after من have neither)."""
    return j < p.n and (bool(p.read(j)) or p.t[j].key.isdecimal() or p.key(j) == "ال")


def month_range(p: Parser, i: int, clitic: int, between: bool = False) -> Match | None:
    """من MONTH [YEAR] إلى MONTH YEAR, and بين MONTH [YEAR] و MONTH YEAR."""
    a = p.month_at(i + 1)
    if a is None:
        return None
    year_a, cal_a, j, _ = combinators.year_tail(p, a[0], a[1])
    if between:
        j, attached = p.conj(j)
        b = p.month_at(j, clitic_ok=attached)
        if b is not None and attached and b[0].clitic != 1:
            return None
    else:
        k = combinators.range_to(p, j)
        if k is None:
            return None
        b = p.month_at(k)
    if b is None:
        return None
    year_b, cal_b, end, _ = combinators.year_tail(p, b[0], b[1])
    if year_b is None:
        return None
    last = rs.month_value(b[0].value.number, cal_b, year_b, p.ref)
    if last is None:
        return None
    number_a = a[0].value.number
    if year_a is not None:
        first = rs.month_value(number_a, cal_a, year_a, p.ref)
    else:
        first = combinators.backfill_year(
            last, year_b, lambda y: rs.month_value(number_a, cal_a, y, p.ref)
        )
    if first is None:
        return None
    value = rs.range_value(first, last)
    return Match(i, clitic, end, value) if value else None


def rule_range_between(p: Parser, i: int) -> Match | None:
    """بين END و END (وفاتح أكتوبر: the و may be written on the second end)."""
    r = p.get(i, BETWEEN)
    if r is None or (r.ntok == 1 and not _may_start_end(p, i + 1)):
        return None
    a = combinators.range_end(p, i + r.ntok)
    if a is None:
        return month_range(p, i, r.clitic, between=True)
    j, attached = p.conj(a[1])
    b = combinators.range_end(p, j, waw=attached)
    if b is None or (isinstance(b[0], rs.DayRef) and b[0].month is None):
        return None
    return Match(i, r.clitic, b[1], combinators.resolve_range(p, a[0], b[0], b[2]))


def rule_range_pair(p: Parser, i: int) -> Match | None:
    """DAY-DAY[-DAY …] MONTH [YEAR] and DAY و DAY [و DAY …] MONTH [YEAR]: first to last.

    Also with a spaced dash or an en dash between the last two (5 - 7 شوال
    1430هـ); a dash between two full days is read by :func:`.day_month.rule_day_month`.
    """
    a = p.day_then(i)
    if a is None:
        return None
    first, j, between = a
    for _ in range(8):
        dash = between in DASHES
        if not (dash or between == "و"):
            return None
        tight = dash and p.t[j - 1].key.isdecimal() and p.adjacent(j - 1) and p.adjacent(j)
        k = j + 1
        b = day_month.day_month(p, k)
        if b is not None:
            return Match(i, 0, b[1], combinators.resolve_range(p, rs.DayRef(first), b[0]))
        if dash and not tight:
            return None  # a spaced dash only before the last day (5 - 7 شوال)
        nxt = p.day_at(k)
        if nxt is None:
            return None
        j = nxt[1]
        between = p.key(j)
    return None


def rule_month_days(p: Parser, i: int) -> Match | None:
    """MONTH DAY-DAY [،] [YEAR]: a month written before its days (مارس 3-5، أيار 12 - 14 2019).

    The days are digits, the first before the last; without a year the nearest
    such days are meant, and a month name that is also a common word or a name
    needs its year (ماي 3-5 2019).
    """
    r = p.get(i, MONTH, clitic_ok=False)
    if r is None:
        return None
    after = i + r.ntok
    if after >= p.n or not (p.t[after].key.isdecimal() or p.key(after) in ("(", "/", "-")):
        return None  # no day, nor a gloss before one
    got = p.month_at(i)
    if got is None:
        return None
    month, j = got
    if j >= p.n or not p.t[j].key.isdecimal() or p.key(j + 1) not in DASHES:
        return None
    a, b = p.day_at(j), p.day_at(j + 2)
    if a is None or b is None or not p.t[j + 2].key.isdecimal() or not 1 <= a[0] < b[0] <= 31:
        return None
    k = b[1] + 1 if p.key(b[1]) in COMMAS else b[1]
    year, calendar, end, direction = combinators.year_tail(p, month, k)
    if year is None and month.value.ambiguous:
        return None  # ناصر 6-3: a name (a Libyan month) before a score
    if year is None and direction is None:
        end = b[1]
    number = month.value.number
    last = rs.DayRef(b[0], number, calendar, year, direction)
    first = rs.DayRef(a[0], number, calendar, year, direction)
    value = combinators.resolve_range(p, first, last)
    return Match(i, month.clitic, end, value, yearless=year is None and direction is None)


# --- the rules ---------------------------------------------------------------------

RANGE_FROM_RULE = Rule("range_from", frozenset({FROM}), rule_range_from)
RANGE_BETWEEN_RULE = Rule("range_between", frozenset({BETWEEN}), rule_range_between)
RANGE_PAIR_RULE = Rule("range_pair", DAY_STARTS, rule_range_pair)
RANGE_MONTH_DAYS_RULE = Rule("range_month_days", frozenset({MONTH}), rule_month_days)
