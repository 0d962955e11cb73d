"""Months: a month with its year or a cue, parts of a month or year, numbered months,
two months together, and a month alone (for ``parse_date``)."""

from __future__ import annotations

from ...lexical.calendar import (
    MONTH,
    MONTHCUE,
    MONTHNOUN,
    MONTHPAIR,
    PART,
    PERIOD,
    MonthEntry,
    Reading,
)
from ...types import DateValue
from .. import resolve as rs
from ..grammar import Match, Parser, Rule
from . import combinators, relative, years

_MAX_LISTED = 11  # months after the first in a list (a year has twelve)
LIST_COMMAS = frozenset({"،", ","})


def rule_month(p: Parser, i: int) -> Match | None:
    """[شهر] MONTH (YEAR [ERA] | DIRECTION | after a cue)."""
    j, clitic, noun = i, 0, False
    r = p.get(i, MONTHNOUN)
    if r:
        j, clitic, noun = i + 1, r.clitic, True
    got = p.month_at(j, clitic_ok=not noun)
    if got is None:
        return None
    month, j = got
    if not noun:
        clitic = month.clitic
    year, calendar, end, direction = combinators.year_tail(p, month, j)
    ambiguous = month.value.ambiguous
    if year is None and direction is None and not ambiguous:
        listed = listed_value(p, month, end)
        if listed is not None:  # نيسان، وتموز 2019: the year of the list
            return Match(i, clitic, end, listed)
    # without a year, a month needs شهر before it, or (unless its name is also a
    # common word) a direction word after it or a cue before it
    if (
        year is None
        and not noun
        and (ambiguous or (direction is None and not month_cue(p, i, month.clitic)))
    ):
        return None
    value = rs.month_value(month.value.number, calendar, year, p.ref, direction)
    if value is None:
        return None
    return Match(i, clitic, end, value, relative=year is None)


def listed_value(p: Parser, month: Reading[MonthEntry], j: int) -> DateValue | None:
    """The month in the year of the list it begins, when it ends in a month with a
    year: نيسان، وتموز 2019، يناير وفبراير ومارس 2021، مارس، أبريل، مايو 2020.

    The months are joined by a comma, و, or both; all of one calendar. The month
    takes the year of the last one, or the year before when it would fall after it
    (ديسمبر ويناير 2020: December 2019). ``None`` when the list ends otherwise.
    """
    calendar, number = month.value.calendar, month.value.number
    for _ in range(_MAX_LISTED):
        comma = p.key(j) in LIST_COMMAS
        k, attached = p.conj(j + comma)
        got = p.month_at(k, clitic_ok=attached)
        if got is None or got[0].value.calendar != calendar:
            return None
        nxt, j = got
        waw = nxt.clitic == 1 and p.key(k)[:1] == "و"
        if (nxt.clitic and not waw) or (attached and not comma and not waw):
            return None  # بتموز، or two months side by side: no list
        year, _calendar, _end, direction = combinators.year_tail(p, nxt, j)
        if direction is not None:
            return None
        if year is not None:
            last = rs.month_value(nxt.value.number, calendar, year, p.ref)
            if last is None:
                return None
            return combinators.backfill_year(
                last, year, lambda y: rs.month_value(number, calendar, y, p.ref)
            )
    return None


def month_cue(p: Parser, i: int, clitic: int) -> bool:
    """A lone month counts after a cue word (في يونيو) or with a clitic ب (بيونيو)."""
    if clitic and p.key(i)[:1] == "ب":
        return True
    return p.get(i - 1, MONTHCUE) is not None or p.get(i - 1, PART) is not None


def rule_part(p: Parser, i: int) -> Match | None:
    """مطلع|منتصف|أواخر … [شهر] MONTH-or-PERIOD."""
    r = p.get(i, PART)
    if r is None:
        return None
    j = i + r.ntok
    inner = (
        rule_month(p, j)
        or relative.rule_period(p, j)
        or years.rule_year_noun(p, j)
        or years.bare_year(p, j, cue=True)
    )
    if inner is None:
        return None
    value = inner.value
    if value is None:
        return None
    if value.grain == "week":
        value = DateValue(value.start, value.end, value.grain, approximate=True)
    elif value.grain in ("month", "year"):
        value = rs.part_value(value, str(r.value))
    else:
        return None
    return Match(i, r.clitic, inner.end, value, inner.relative)


def rule_numbered_month(p: Parser, i: int) -> Match | None:
    """الشهر السابع من عام 2018، شهر 7 2018: a month by its number, with its year.

    Without a year a numbered month is no date (الشهر السابع of a pregnancy).
    """
    period = p.get(i, PERIOD)
    noun = p.get(i, MONTHNOUN)
    if period is not None and period.value == "month":
        got = p.number_words(i + period.ntok)
        clitic = period.clitic
    elif noun is not None and i + 1 < p.n and p.t[i + 1].key.isdecimal():
        got, clitic = (int(p.t[i + 1].key), i + 2), noun.clitic
    else:
        return None
    if got is None or not 1 <= got[0] <= 12:
        return None
    month, j = got
    if p.key(j) == "من":
        j += 1
    year = (
        years.rule_year_noun(p, j) or years.bare_year(p, j, cue=True) or relative.rule_period(p, j)
    )
    if year is None or year.value is None or year.value.grain != "year":
        return None
    value = rs.month_value(month, "gregorian", year.value.start.year, p.ref)
    return Match(i, clitic, year.end, value, year.relative) if value else None


def rule_month_pair(p: Parser, i: int) -> Match | None:
    """شهري يوليو وأغسطس 2018: two months, first day of the first to last of the second."""
    r = p.get(i, MONTHPAIR)
    if r is None:
        return None
    a = p.month_at(i + r.ntok)
    if a is None:
        return None
    j, attached = p.conj(a[1])
    b = p.month_at(j, clitic_ok=attached)
    if b is None or (attached and b[0].clitic != 1) or b[0].value.calendar != a[0].value.calendar:
        return None
    year, calendar, end, direction = combinators.year_tail(p, b[0], b[1])
    last = rs.month_value(b[0].value.number, calendar, year, p.ref, direction)
    if last is None:
        return None
    first_year = year if year is not None else (last.hijri[0] if last.hijri else last.start.year)
    number_a = a[0].value.number
    first = combinators.backfill_year(
        last, first_year, lambda y: rs.month_value(number_a, calendar, y, p.ref)
    )
    value = rs.range_value(first, last) if first else None
    return Match(i, r.clitic, end, value, relative=year is None) if value else None


def rule_month_alone(p: Parser, i: int) -> Match | None:
    """A month with nothing around it (for :func:`parse_date`, where the string is the cue)."""
    got = p.month_at(i)
    if got is None:
        return None
    year, calendar, end, direction = combinators.year_tail(p, got[0], got[1])
    value = rs.month_value(got[0].value.number, calendar, year, p.ref, direction)
    return Match(i, got[0].clitic, end, value, relative=year is None) if value else None


# --- the rules ---------------------------------------------------------------------

PART_RULE = Rule("part", frozenset({PART}), rule_part)
MONTH_RULE = Rule("month", frozenset({MONTH, MONTHNOUN}), rule_month)
NUMBERED_MONTH_RULE = Rule("numbered_month", frozenset({PERIOD, MONTHNOUN}), rule_numbered_month)
MONTH_PAIR_RULE = Rule("month_pair", frozenset({MONTHPAIR}), rule_month_pair)
MONTH_ALONE_RULE = Rule("month_alone", frozenset({MONTH}), rule_month_alone)
