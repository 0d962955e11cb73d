"""The structure of the calendar: nth weekdays, weeks of a month, parts of a year,
seasons, decades and centuries, each as a :class:`DateValue`.

Pure functions: no text, no reference date unless they take one. Every function
returns ``None`` for what does not exist (a fifth Monday in a month with four,
a quarter 5, a year outside 1..9999) instead of raising. The conventions are
those of docs/dates.md, "Holidays and calendar structure":

- a week of a month is a block of days of that month: the first is days 1–7,
  the second 8–14, …, the fifth 29 to the end; the last week is the last seven
  days (grain RANGE, since the block is not an ISO week);
- a third of a year is four months (grain RANGE: TIMEX3 has no unit for it);
- seasons are meteorological, for the northern hemisphere: spring March–May,
  summer June–August, autumn September–November, winter December of the year
  to February of the next (TIMEX3 ``2019-WI``);
- a decade is a calendar decade (التسعينيات: 1990–1999) and "the last decade"
  is the calendar decade before the reference's;
- a century is a calendar century counted as spoken: the twentieth century is
  1900–1999 (grain RANGE).
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..types import DateValue, Grain

_MIN_YEAR, _MAX_YEAR = dt.MINYEAR, dt.MAXYEAR


def _valid(year: int, month: int | None = None) -> bool:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    return month is None or 1 <= month <= 12


def _span(start: dt.date, end: dt.date, grain: Grain) -> DateValue:
    return DateValue(start, end, grain)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> DateValue | None:
    """The ``n``-th ``weekday`` (Monday = 0) of a month; ``n = -1`` is the last.

    ``None`` when the month has no such day (a fifth Wednesday) or the input is
    out of range (``n`` 0 or below -1, a weekday outside 0..6).

    >>> nth_weekday(2017, 3, 3, 4).start  # الخميس الرابع من شهر آذار من عام 2017
    datetime.date(2017, 3, 23)
    >>> nth_weekday(2019, 11, 2, 2).start  # ثاني أربعاء من نوفمبر 2019
    datetime.date(2019, 11, 13)
    >>> nth_weekday(2019, 5, 4, -1).start  # آخر جمعة من مايو 2019
    datetime.date(2019, 5, 31)
    >>> nth_weekday(2019, 2, 0, 5) is None
    True
    """
    if not (_valid(year, month) and 0 <= weekday <= 6) or n == 0 or n < -1:
        return None
    length = calendar.monthrange(year, month)[1]
    if n == -1:
        last = dt.date(year, month, length)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    else:
        first = dt.date(year, month, 1)
        offset = (weekday - first.weekday()) % 7 + 7 * (n - 1)
        if offset >= length:
            return None
        day = first + dt.timedelta(days=offset)
    return _span(day, day, Grain.DAY)


def last_weekday(year: int, month: int, weekday: int) -> DateValue | None:
    """The last ``weekday`` (Monday = 0) of a month (آخر جمعة من الشهر).

    >>> last_weekday(2018, 12, 4).start
    datetime.date(2018, 12, 28)
    >>> last_weekday(2018, 13, 4) is None
    True
    """
    return nth_weekday(year, month, weekday, -1)


def nth_week(year: int, month: int, n: int) -> DateValue | None:
    """The ``n``-th week of a month as a block of its days (days 1–7, 8–14, …;
    the fifth is day 29 to the end); ``n = -1`` is the last seven days.

    Grain RANGE: the block is not an ISO week. ``None`` for a fifth week of a
    28-day February, ``n`` outside 1..5 and -1, or a bad month.

    >>> v = nth_week(2018, 5, 2)  # الأسبوع الثاني من مايو 2018
    >>> v.start, v.end, v.grain.value
    (datetime.date(2018, 5, 8), datetime.date(2018, 5, 14), 'range')
    >>> v = nth_week(2018, 5, -1)  # الأسبوع الأخير من مايو
    >>> v.start, v.end
    (datetime.date(2018, 5, 25), datetime.date(2018, 5, 31))
    >>> nth_week(2021, 2, 5) is None
    True
    """
    if not _valid(year, month) or not (1 <= n <= 5 or n == -1):
        return None
    length = calendar.monthrange(year, month)[1]
    if n == -1:
        return _span(dt.date(year, month, length - 6), dt.date(year, month, length), Grain.RANGE)
    first = 7 * (n - 1) + 1
    if first > length:
        return None
    last = length if n == 5 else first + 6
    return _span(dt.date(year, month, first), dt.date(year, month, last), Grain.RANGE)


def last_day_of_month(year: int, month: int) -> DateValue | None:
    """The last day of a month (آخر يوم من فبراير 2020), or ``None`` for a bad month.

    >>> last_day_of_month(2020, 2).start
    datetime.date(2020, 2, 29)
    >>> last_day_of_month(2020, 0) is None
    True
    """
    if not _valid(year, month):
        return None
    day = dt.date(year, month, calendar.monthrange(year, month)[1])
    return _span(day, day, Grain.DAY)


def year_part(year: int, n: int, parts: int) -> DateValue | None:
    """The ``n``-th of ``parts`` equal parts of a year: 4 quarters (grain QUARTER),
    2 halves (HALF) or 3 thirds of four months (RANGE); ``n = -1`` is the last.

    ``None`` for ``parts`` other than 2, 3, 4, ``n`` out of range or a bad year.

    >>> v = year_part(2018, 1, 4)  # الربع الأول من عام 2018
    >>> v.start, v.end, v.timex()
    (datetime.date(2018, 1, 1), datetime.date(2018, 3, 31), '2018-Q1')
    >>> year_part(2016, 2, 2).timex()  # النصف الثاني من 2016
    '2016-H2'
    >>> v = year_part(2020, -1, 3)
    >>> v.start, v.end, v.grain.value
    (datetime.date(2020, 9, 1), datetime.date(2020, 12, 31), 'range')
    >>> year_part(2018, 5, 4) is None
    True
    """
    grains = {4: Grain.QUARTER, 2: Grain.HALF, 3: Grain.RANGE}
    if parts not in grains or not _valid(year):
        return None
    if n == -1:
        n = parts
    if not 1 <= n <= parts:
        return None
    months = 12 // parts
    first = (n - 1) * months + 1
    last = first + months - 1
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return _span(dt.date(year, first, 1), end, grains[parts])


def quarter(year: int, n: int) -> DateValue | None:
    """Quarter ``n`` (1..4, -1 the last) of a year; see :func:`year_part`.

    >>> quarter(2016, 3).timex()
    '2016-Q3'
    """
    return year_part(year, n, 4)


def half(year: int, n: int) -> DateValue | None:
    """Half ``n`` (1, 2, -1 the last) of a year; see :func:`year_part`.

    >>> half(2019, 1).end
    datetime.date(2019, 6, 30)
    """
    return year_part(year, n, 2)


def quarter_of(day: dt.date, offset: int = 0) -> DateValue | None:
    """The quarter of ``day``, moved by ``offset`` quarters (الربع الماضي: -1).

    ``None`` when the result leaves the years 1..9999.

    >>> quarter_of(dt.date(2019, 1, 15), -1).timex()
    '2018-Q4'
    """
    index = day.year * 4 + (day.month - 1) // 3 + offset
    return quarter(index // 4, index % 4 + 1)


def season(year: int, first_month: int) -> DateValue | None:
    """The meteorological season that starts in ``first_month`` (3, 6, 9 or 12)
    of ``year``; winter runs into February of the next year.

    ``None`` for another month or when the season leaves the years 1..9999.

    >>> v = season(2019, 6)  # صيف 2019
    >>> v.start, v.end, v.timex()
    (datetime.date(2019, 6, 1), datetime.date(2019, 8, 31), '2019-SU')
    >>> v = season(2019, 12)  # شتاء 2019
    >>> v.start, v.end, v.timex()
    (datetime.date(2019, 12, 1), datetime.date(2020, 2, 29), '2019-WI')
    >>> season(2019, 4) is None
    True
    """
    if first_month not in (3, 6, 9, 12) or not _valid(year):
        return None
    end_year, end_month = (year + 1, 2) if first_month == 12 else (year, first_month + 2)
    if not _valid(end_year):
        return None
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return _span(dt.date(year, first_month, 1), end, Grain.SEASON)


def decade(first_year: int) -> DateValue | None:
    """The calendar decade that contains ``first_year`` (1990 → 1990–1999).

    ``None`` when the decade leaves the years 1..9999 (the decade of year 0).

    >>> v = decade(1990)  # التسعينيات
    >>> v.start, v.end, v.timex()
    (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31), '199')
    >>> decade(5) is None
    True
    """
    start = first_year - first_year % 10
    if not (_valid(start) and _valid(start + 9)):
        return None
    return _span(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), Grain.DECADE)


def decade_of_reference(reference: dt.date, offset: int = 0) -> DateValue | None:
    """The calendar decade of ``reference`` moved by ``offset`` decades:
    العقد الماضي is ``-1``, العقد الحالي ``0``, العقد المقبل ``1``.

    >>> decade_of_reference(dt.date(2019, 6, 1), -1).timex()
    '200'
    """
    return decade(reference.year - reference.year % 10 + 10 * offset)


def century(n: int) -> DateValue | None:
    """Century ``n`` as spoken: the twentieth is 1900–1999 (grain RANGE).

    ``None`` when it leaves the years 1..9999 (the first century starts at year 0).

    >>> v = century(20)
    >>> v.start, v.end
    (datetime.date(1900, 1, 1), datetime.date(1999, 12, 31))
    """
    start = (n - 1) * 100
    if not (_valid(start) and _valid(start + 99)):
        return None
    return _span(dt.date(start, 1, 1), dt.date(start + 99, 12, 31), Grain.RANGE)


def century_of_reference(reference: dt.date, offset: int = 0) -> int:
    """The number of the century of ``reference`` moved by ``offset`` (القرن
    الماضي: -1), counted as spoken: 2000–2099 is the twenty-first.

    >>> century_of_reference(dt.date(2019, 1, 1), -1)
    20
    """
    return reference.year // 100 + 1 + offset


def decade_of_century(tens: int, century_number: int) -> DateValue | None:
    """A decade named by its tens within a century (ثمانينيات القرن العشرين:
    80 of the twentieth, 1980–1989).

    ``None`` for ``tens`` not a multiple of 10 in 0..90 or a century outside the
    years 1..9999.

    >>> v = decade_of_century(80, 20)
    >>> v.start, v.end
    (datetime.date(1980, 1, 1), datetime.date(1989, 12, 31))
    """
    if tens % 10 or not 0 <= tens <= 90:
        return None
    return decade((century_number - 1) * 100 + tens)


def decade_nearest(tens: int, reference: dt.date) -> DateValue | None:
    """A decade said without its century (التسعينيات): the latest one that
    starts before or at the reference (in 2019, التسعينيات is 1990–1999 and
    العشرينيات 1920–1929; in 2021, 2020–2029).

    >>> decade_nearest(90, dt.date(2019, 5, 1)).start
    datetime.date(1990, 1, 1)
    >>> decade_nearest(20, dt.date(2021, 5, 1)).start
    datetime.date(2020, 1, 1)
    """
    if tens % 10 or not 0 <= tens <= 90:
        return None
    start = reference.year - reference.year % 100 + tens
    if start > reference.year:
        start -= 100
    return decade(start)
