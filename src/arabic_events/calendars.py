"""Calendar arithmetic: Gregorian validation, Hijri conversion, weeks and month parts.

Hijri dates convert with the Umm al-Qura calendar (``hijridate``, years
1343–1500 AH). Outside that range the arithmetic (tabular) Islamic calendar is
used and the result is marked approximate. Every function returns ``None`` for
a date that does not exist instead of raising.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hijridate import Gregorian, Hijri

# Umm al-Qura range of hijridate.
_UMM_AL_QURA_YEARS = (1343, 1500)
# Julian day number of 1 Muharram 1 AH in the arithmetic calendar (civil epoch).
_ISLAMIC_EPOCH_JDN = 1948440
_ORDINAL_TO_JDN = 1721425  # date.toordinal() + this = Julian day number


def gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date, or ``None`` if it does not exist (31 February …).

    >>> gregorian(2019, 2, 29) is None
    True
    >>> gregorian(2020, 2, 29)
    datetime.date(2020, 2, 29)
    """
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def month_length(year: int, month: int) -> int:
    """Days in a Gregorian month."""
    return calendar.monthrange(year, month)[1]


def _arithmetic_month_length(year: int, month: int) -> int:
    if month % 2 == 1:
        return 30
    if month < 12:
        return 29
    return 30 if (14 + 11 * year) % 30 < 11 else 29


def _arithmetic_to_gregorian(year: int, month: int, day: int) -> dt.date:
    jdn = (
        day
        + (59 * (month - 1) + 1) // 2
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + _ISLAMIC_EPOCH_JDN
        - 1
    )
    return dt.date.fromordinal(jdn - _ORDINAL_TO_JDN)


def hijri_month_length(year: int, month: int) -> tuple[int, bool] | None:
    """Days in a Hijri month and whether the figure is approximate (arithmetic calendar).

    >>> hijri_month_length(1439, 9)
    (30, False)
    """
    if not (1 <= month <= 12 and 1 <= year <= 9000):
        return None
    if _UMM_AL_QURA_YEARS[0] <= year <= _UMM_AL_QURA_YEARS[1]:
        return Hijri(year, month, 1).month_length(), False
    return _arithmetic_month_length(year, month), True


def hijri_to_gregorian(year: int, month: int, day: int) -> tuple[dt.date, bool] | None:
    """The Gregorian day of a Hijri date and whether it is approximate; ``None`` if invalid.

    >>> hijri_to_gregorian(1440, 1, 3)
    (datetime.date(2018, 9, 13), False)
    >>> hijri_to_gregorian(1440, 1, 30) is None
    True
    """
    length = hijri_month_length(year, month)
    if length is None or not 1 <= day <= length[0]:
        return None
    if not length[1]:
        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day), False
    try:
        return _arithmetic_to_gregorian(year, month, day), True
    except (ValueError, OverflowError):
        return None


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date, bool] | None:
    """First and last Gregorian days of a Hijri month, and whether approximate."""
    length = hijri_month_length(year, month)
    if length is None:
        return None
    first = hijri_to_gregorian(year, month, 1)
    last = hijri_to_gregorian(year, month, length[0])
    if first is None or last is None:
        return None
    return first[0], last[0], length[1]


def hijri_year_span(year: int) -> tuple[dt.date, dt.date, bool] | None:
    """First and last Gregorian days of a Hijri year, and whether approximate.

    >>> hijri_year_span(1439)
    (datetime.date(2017, 9, 21), datetime.date(2018, 9, 10), False)
    """
    first = hijri_month_span(year, 1)
    last = hijri_month_span(year, 12)
    if first is None or last is None:
        return None
    return first[0], last[1], first[2] or last[2]


def gregorian_to_hijri_year(day: dt.date) -> int:
    """The Hijri year a Gregorian day falls in (arithmetic outside Umm al-Qura)."""
    try:
        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except (ValueError, OverflowError):
        jdn = day.toordinal() + _ORDINAL_TO_JDN
        return (30 * (jdn - _ISLAMIC_EPOCH_JDN) + 10646) // 10631


def iso_week(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday..Sunday of the ISO week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def part_of(start: dt.date, end: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """The early (days 1–10), mid (11–20) or late (21–last) part of a month.

    For a Gregorian year, January–April, May–August or September–December; for any
    other longer period (a Hijri year), the first, middle or last third of its days.

    >>> part_of(dt.date(2019, 9, 1), dt.date(2019, 9, 30), "late")
    (datetime.date(2019, 9, 21), datetime.date(2019, 9, 30))
    >>> part_of(dt.date(2017, 9, 21), dt.date(2018, 9, 10), "early")
    (datetime.date(2017, 9, 21), datetime.date(2018, 1, 16))
    """
    days = (end - start).days + 1
    if days <= 31:
        if part == "early":
            return start, start + dt.timedelta(days=9)
        if part == "mid":
            return start + dt.timedelta(days=10), start + dt.timedelta(days=19)
        return start + dt.timedelta(days=20), end
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or start.year != end.year:
        third = days // 3
        if part == "early":
            return start, start + dt.timedelta(days=third - 1)
        if part == "mid":
            return start + dt.timedelta(days=third), start + dt.timedelta(days=2 * third - 1)
        return start + dt.timedelta(days=2 * third), end
    # a Gregorian year: January–April, May–August, September–December
    y = start.year
    if part == "early":
        return dt.date(y, 1, 1), dt.date(y, 4, 30)
    if part == "mid":
        return dt.date(y, 5, 1), dt.date(y, 8, 31)
    return dt.date(y, 9, 1), end
