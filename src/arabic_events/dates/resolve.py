"""Resolution: turn what the grammar read into calendar days, against a reference date.

The conventions (docs/dates.md keeps them in one place):

- a day and month without a year take the year that puts the date nearest the
  reference (ties: the past); الماضي/المقبل force the direction;
- a bare weekday is the nearest such day (ties: the past); الماضي/المقبل force it;
- weeks are ISO weeks; month parts are days 1–10, 11–20 and 21–last;
- Hijri dates use Umm al-Qura, or the arithmetic calendar (approximate) outside it.

Every function returns ``None`` for a date that does not exist, and for one that
would fall outside ``datetime.date.min``..``datetime.date.max`` (years 1–9999): such
a value is dropped, never clamped, so a reference at the edge of the calendar
cannot make resolution raise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .. import calendars as cal
from ..types import Calendar, DateValue, Grain

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(slots=True)
class DayRef:
    """A day as read: any of month and year may be missing until resolution."""

    day: int
    month: int | None = None
    calendar: str = "gregorian"
    year: int | None = None
    direction: int | None = None  # from الماضي/المقبل after the month


def _pick(candidates: list[tuple[dt.date, dt.date]], ref: dt.date, direction: int | None) -> int:
    """Index of the candidate interval nearest ``ref`` (ties: the past), or in ``direction``."""
    best, best_key = -1, (10**9, 1)
    for k, (s, e) in enumerate(candidates):
        if direction == -1 and not e < ref:
            continue
        if direction == 1 and not s > ref:
            continue
        if s <= ref <= e:
            distance, side = 0, 0
        elif e < ref:
            distance, side = (ref - e).days, 0
        else:
            distance, side = (s - ref).days, 1
        if direction in (-1, 1):  # the closest in that direction
            distance = abs((s - ref).days)
        if (distance, side) < best_key:
            best, best_key = k, (distance, side)
    return best


def day_value(ref: DayRef, reference: dt.date) -> DateValue | None:
    """A single day; the year (and month) filled from the reference when missing."""
    if ref.month is None:
        return None
    if ref.calendar == "hijri":
        years = [ref.year] if ref.year else _around(cal.gregorian_to_hijri_year(reference))
        options = []
        for y in years:
            got = cal.hijri_to_gregorian(y, ref.month, ref.day)
            if got:
                options.append((got[0], got[0], y, got[1]))
        if not options:
            return None
        k = _pick([(o[0], o[1]) for o in options], reference, ref.direction) if not ref.year else 0
        if k < 0:
            return None
        d, _, y, approx = options[k]
        return DateValue(d, d, Grain.DAY, Calendar.HIJRI, (y, ref.month, ref.day), approx)
    if ref.year:  # a written year: one candidate, nothing to pick
        day = _date(ref.year, ref.month, ref.day)
        return DateValue(day, day, Grain.DAY) if day is not None else None
    years = _around(reference.year)
    dates = [g for g in (_date(y, ref.month, ref.day) for y in years) if g is not None]
    if not dates:
        return None
    k = _pick([(d, d) for d in dates], reference, ref.direction)
    if k < 0:
        return None
    return DateValue(dates[k], dates[k], Grain.DAY)


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date, or ``None`` if it does not exist (what ``calendars.gregorian``
    says, without its Python calls: the date constructor checks the same)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_length(year: int, month: int) -> int:
    """Days in a Gregorian month (``calendars.month_length``, from a table)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def _around(year: int) -> list[int]:
    return [y for y in (year - 1, year, year + 1) if 1 <= y <= 9999]


def month_value(
    month: int, calendar: str, year: int | None, reference: dt.date, direction: int | None = None
) -> DateValue | None:
    """A whole month; without a year, the one nearest the reference (or in ``direction``)."""
    if calendar == "hijri":
        years = [year] if year else _around(cal.gregorian_to_hijri_year(reference))
        spans = [(y, s) for y in years if (s := cal.hijri_month_span(y, month))]
        if not spans:
            return None
        k = _pick([(s[0], s[1]) for _, s in spans], reference, direction) if not year else 0
        if k < 0:
            return None
        y, (start, end, approx) = spans[k]
        return DateValue(start, end, Grain.MONTH, Calendar.HIJRI, (y, month, 0), approx)
    if not 1 <= month <= 12 or (year is not None and not 1 <= year <= 9999):
        return None
    if year:  # a written year: one candidate, nothing to pick
        last = dt.date(year, month, _month_length(year, month))
        return DateValue(dt.date(year, month, 1), last, Grain.MONTH)
    years = _around(reference.year)
    if not years:
        return None
    spans2 = [(dt.date(y, month, 1), dt.date(y, month, _month_length(y, month))) for y in years]
    k = _pick(spans2, reference, direction)
    if k < 0:
        return None
    return DateValue(spans2[k][0], spans2[k][1], Grain.MONTH)


def year_value(year: int, calendar: str) -> DateValue | None:
    """A whole year (a Hijri year as the Gregorian days it covers)."""
    if calendar == "hijri":
        span = cal.hijri_year_span(year)
        if span is None:
            return None
        return DateValue(span[0], span[1], Grain.YEAR, Calendar.HIJRI, (year, 0, 0), span[2])
    if not 1 <= year <= 9999:
        return None
    return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR)


def range_value(first: DateValue, last: DateValue) -> DateValue | None:
    """From the first day of ``first`` to the last day of ``last``; ``None`` if reversed."""
    if last.end < first.start:
        return None
    hijri = first.calendar is Calendar.HIJRI or last.calendar is Calendar.HIJRI
    return DateValue(
        first.start,
        last.end,
        Grain.RANGE,
        Calendar.HIJRI if hijri else Calendar.GREGORIAN,
        first.hijri if hijri else None,
        first.approximate or last.approximate,
    )


def part_value(value: DateValue, part: str) -> DateValue:
    """The early, mid or late part of a month or year, marked approximate."""
    start, end = cal.part_of(value.start, value.end, part)
    return DateValue(start, end, Grain.RANGE, value.calendar, value.hijri, True)


def relative_day(reference: dt.date, offset: int) -> DateValue | None:
    """The reference day moved by ``offset`` days (``None`` past the calendar's ends).

    >>> relative_day(dt.date(2019, 3, 5), -1).iso()
    '2019-03-04'
    >>> relative_day(dt.date.min, -1) is None
    True
    """
    try:
        d = reference + dt.timedelta(days=offset)
    except OverflowError:
        return None
    return DateValue(d, d, Grain.DAY)


def weekday_value(weekday: int, reference: dt.date, direction: int | None) -> DateValue | None:
    """The nearest ``weekday`` to the reference, or strictly past/future, or (direction 0,
    الخميس الجاري) that day of the reference's own ISO week."""
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if direction == 0:
        offset = weekday - reference.weekday()
    elif direction == -1:
        offset = -(back or 7)
    elif direction == 1:
        offset = ahead or 7
    else:
        offset = -back if back <= ahead else ahead
    return relative_day(reference, offset)


def period_value(unit: str, direction: int, reference: dt.date) -> DateValue | None:
    """This, the last or the next week, month or year (``None`` when any of its days
    falls outside years 1–9999).

    >>> period_value("year", 1, dt.date(2019, 3, 5)).iso()
    '2020'
    >>> period_value("year", 1, dt.date.max) is None
    True
    """
    try:
        return _period_value(unit, direction, reference)
    except (ValueError, OverflowError):  # the period runs past the calendar's ends
        return None


def _period_value(unit: str, direction: int, reference: dt.date) -> DateValue:
    if unit == "week":
        start, end = cal.iso_week(reference + dt.timedelta(weeks=direction))
        return DateValue(start, end, Grain.WEEK)
    if unit == "month":
        first = reference.replace(day=1) + relativedelta(months=direction)
        last = first.replace(day=cal.month_length(first.year, first.month))
        return DateValue(first, last, Grain.MONTH)
    y = reference.year + direction
    return DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), Grain.YEAR)


def count_value(unit: str, count: int, direction: int, reference: dt.date) -> DateValue | None:
    """The day ``count`` days, weeks, months or years before or after the reference.

    A count names a point in time, so the value is one day (قبل شهرين: the same
    day of the month two months back, or its last day when shorter).
    """
    if not 0 < count <= 1000:
        return None
    n = count * direction
    step = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
        "year": relativedelta(years=n),
    }[unit]
    try:
        d = reference + step
    except (ValueError, OverflowError):
        return None
    return DateValue(d, d, Grain.DAY)


def weekday_warning(weekday: int, value: DateValue | None) -> tuple[str, ...]:
    """A warning when the weekday written does not match the day resolved."""
    if value is not None and value.grain is Grain.DAY and value.start.weekday() != weekday:
        said, actual = _WEEKDAY_NAMES[weekday], _WEEKDAY_NAMES[value.start.weekday()]
        return (f"weekday mismatch: the text says {said} but {value.iso()} is a {actual}",)
    return ()
