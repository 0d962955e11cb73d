"""Holidays resolved to calendar days, and Hijri months inside a Gregorian year.

Pure functions over the rows of :mod:`arabic_events.lexicon.holidays`. The
conventions are those of docs/dates.md, "Holidays and calendar structure":

- a holiday with a year (عيد الأضحى 2019) is its first occurrence in that
  Gregorian year; without one, the occurrence nearest the reference date, the
  past one on a tie;
- an Islamic holiday is computed in the Umm al-Qura calendar (``hijridate``)
  and marked ``approximate``: states observe it a day apart. When the country
  is known and the optional ``holidays`` package (extra ``[holidays]``) is
  installed and gives that country's day under the same name, its day is used
  and is not approximate unless the package itself calls it estimated;
- Easter is :func:`dateutil.easter.easter`, western or orthodox.

Every function returns ``None`` for what cannot be resolved (a national day
without its country, a year outside the holiday's years or outside 1..9999).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Literal

from dateutil.easter import EASTER_ORTHODOX as _DU_ORTHODOX
from dateutil.easter import EASTER_WESTERN as _DU_WESTERN
from dateutil.easter import easter

from ..calendars import gregorian, gregorian_to_hijri_year, hijri_month_span, hijri_to_gregorian
from ..lexicon.holidays import EASTER_ORTHODOX, EASTER_WESTERN, HOLIDAYS, Holiday
from ..types import Calendar, DateValue, Grain

_EASTER_METHODS: dict[str, Literal[1, 2, 3]] = {
    EASTER_WESTERN: _DU_WESTERN,
    EASTER_ORTHODOX: _DU_ORTHODOX,
}
_ESTIMATED = " (estimated)"
_OBSERVED = " (observed)"


def holidays_named(spelling: str, country: str | None = None) -> tuple[Holiday, ...]:
    """The rows written ``spelling`` that hold in ``country``: that country's
    rows when it has any, else the rows without a country; with no country,
    the rows of a name only one country uses (عيد العرش).

    >>> [h.key for h in holidays_named("عيد الاستقلال", "DZ")]
    ['dz-independence']
    >>> holidays_named("عيد الاستقلال")
    ()
    >>> [h.country for h in holidays_named("ذكرى المسيرة الخضراء")]
    ['MA']
    >>> [h.month for h in holidays_named("عيد الميلاد المجيد")]
    [12]
    >>> [h.month for h in holidays_named("عيد الميلاد المجيد", "EG")]
    [1]
    """
    rows = [h for h in HOLIDAYS if h.spelling == spelling]
    own = tuple(h for h in rows if country is not None and h.country == country)
    anywhere = tuple(h for h in rows if h.country is None)
    if own or anywhere:
        return own or anywhere
    if country is None and len({h.country for h in rows}) == 1:
        return tuple(rows)  # a name of one country's day names its country
    return ()


def entry_for_year(entries: Iterable[Holiday], year: int) -> Holiday | None:
    """The row among ``entries`` whose years include Gregorian ``year``.

    >>> throne = holidays_named("عيد العرش", "MA")
    >>> [(e.month, e.day) for y in (1995, 2019) if (e := entry_for_year(throne, y))]
    [(3, 3), (7, 30)]
    """
    for h in entries:
        if (h.first_year is None or year >= h.first_year) and (
            h.last_year is None or year <= h.last_year
        ):
            return h
    return None


def hijri_month_in_year(month: int, year: int) -> DateValue | None:
    """The Hijri ``month`` whose first day falls in Gregorian ``year`` (رمضان 2021);
    the earlier one when two do (a Hijri year is eleven days shorter).

    Grain MONTH, calendar HIJRI, ``hijri=(year, month, 0)`` as a Hijri month
    written with its year. ``None`` for a month outside 1..12 or a year the
    Hijri calendar does not cover (before 622, after about 9300).

    >>> v = hijri_month_in_year(9, 2021)
    >>> v.start, v.end, v.hijri
    (datetime.date(2021, 4, 13), datetime.date(2021, 5, 12), (1442, 9, 0))
    >>> hijri_month_in_year(1, 2008).start  # 1 Muharram 1429; 1430 began on 29 Dec
    datetime.date(2008, 1, 10)
    >>> hijri_month_in_year(13, 2021) is None
    True
    """
    if not 1 <= month <= 12 or not 2 <= year <= 9998:
        return None
    first = gregorian_to_hijri_year(dt.date(year, 1, 1))
    for hijri_year in (first, first + 1):
        span = hijri_month_span(hijri_year, month)
        if span is not None and span[0].year == year:
            return DateValue(
                span[0],
                span[1],
                Grain.MONTH,
                calendar=Calendar.HIJRI,
                hijri=(hijri_year, month, 0),
                approximate=span[2],
            )
    return None


def _observed(entry: Holiday, country: str, year: int) -> list[tuple[dt.date, bool]]:
    """The days the ``holidays`` package gives ``entry`` in ``country`` and
    ``year``, each with whether it is estimated; ``[]`` without the package."""
    if entry.owh_name is None:
        return []
    try:
        import holidays as owh  # optional extra [holidays]
    except ImportError:
        return []
    try:
        table: Any = owh.country_holidays(country, years=year, language="en_US")
        items = list(table.items())
    except (NotImplementedError, KeyError, ValueError, OverflowError):
        return []
    out = []
    for day, names in items:
        for name in str(names).split("; "):
            estimated = _ESTIMATED in name
            bare = name.replace(_ESTIMATED, "").replace(_OBSERVED, "")
            if bare == entry.owh_name and _OBSERVED not in name:
                out.append((day, estimated))
    out.sort()
    # the first day of each run of consecutive days: one feast, one day
    firsts = [d for i, d in enumerate(out) if i == 0 or (d[0] - out[i - 1][0]).days > 1]
    return firsts


def _first_days(
    entry: Holiday, year: int
) -> list[tuple[dt.date, bool, tuple[int, int, int] | None]]:
    """Every first day of ``entry`` in Gregorian ``year``: (day, approximate, hijri)."""
    if entry.rule is not None:
        method = _EASTER_METHODS.get(entry.rule)
        if method is None or not 1 <= year <= 9999:
            return []
        try:
            day = easter(year, method) + dt.timedelta(days=entry.offset)
        except (ValueError, OverflowError):
            return []
        return [(day, False, None)]
    if entry.calendar is Calendar.GREGORIAN:
        day_or_none = gregorian(year, entry.month, entry.day)
        return [] if day_or_none is None else [(day_or_none, False, None)]
    if not 2 <= year <= 9998:
        return []
    out: list[tuple[dt.date, bool, tuple[int, int, int] | None]] = []
    first = gregorian_to_hijri_year(dt.date(year, 1, 1))
    for hijri_year in (first, first + 1):
        converted = hijri_to_gregorian(hijri_year, entry.month, entry.day)
        if converted is not None and converted[0].year == year:
            out.append((converted[0], True, (hijri_year, entry.month, entry.day)))
    return out


def _in_years(entry: Holiday, year: int) -> bool:
    return (entry.first_year is None or year >= entry.first_year) and (
        entry.last_year is None or year <= entry.last_year
    )


def _value(
    entry: Holiday,
    day: dt.date,
    approximate: bool,
    hijri: tuple[int, int, int] | None,
    feast_days: bool,
) -> DateValue | None:
    length = entry.days if feast_days else 1
    try:
        end = day + dt.timedelta(days=length - 1)
    except OverflowError:
        return None
    return DateValue(
        day,
        end,
        Grain.DAY if length == 1 else Grain.RANGE,
        calendar=entry.calendar,
        hijri=hijri,
        approximate=approximate,
    )


def _occurrences(
    entry: Holiday, year: int, country: str | None, feast_days: bool
) -> list[DateValue]:
    if not _in_years(entry, year):
        return []
    country = entry.country or country
    out = []
    if entry.calendar is Calendar.HIJRI and country is not None:
        for day, estimated in _observed(entry, country, year):
            hijri_year = gregorian_to_hijri_year(day)
            value = _value(entry, day, estimated, None, feast_days)
            if value is not None:
                out.append(replace(value, hijri=(hijri_year, entry.month, entry.day)))
        if out:
            return out
    for day, approximate, hijri in _first_days(entry, year):
        value = _value(entry, day, approximate, hijri, feast_days)
        if value is not None:
            out.append(value)
    return out


def holiday_value(
    entry: Holiday,
    year: int | None = None,
    reference: dt.date | None = None,
    *,
    country: str | None = None,
    feast_days: bool = False,
) -> DateValue | None:
    """The day (or, with ``feast_days``, the days: أيام العيد) of a holiday.

    With ``year``: its first occurrence in that Gregorian year. Without it: the
    occurrence nearest ``reference``, the past one on a tie. ``country`` is the
    country the text speaks of (a national day has its own). ``None`` without
    both ``year`` and ``reference``, or when the holiday has no day in that
    year (a national day before it existed, a year outside 1..9999).

    >>> [fitr] = holidays_named("عيد الفطر")
    >>> v = holiday_value(fitr, 2019)
    >>> v.start, v.grain.value, v.hijri, v.approximate
    (datetime.date(2019, 6, 4), 'day', (1440, 10, 1), True)
    >>> v = holiday_value(fitr, 2019, feast_days=True)
    >>> v.start, v.end, v.grain.value
    (datetime.date(2019, 6, 4), datetime.date(2019, 6, 6), 'range')
    >>> [xmas] = holidays_named("عيد الميلاد")
    >>> holiday_value(xmas, reference=dt.date(2020, 6, 25)).start  # 183 days each way
    datetime.date(2019, 12, 25)
    >>> [easter_day] = holidays_named("عيد الفصح الشرقي")
    >>> holiday_value(easter_day, 2021).start
    datetime.date(2021, 5, 2)
    >>> holiday_value(fitr) is None
    True
    """
    if year is not None:
        found = _occurrences(entry, year, country, feast_days)
        return found[0] if found else None
    if reference is None:
        return None
    candidates: list[DateValue] = []
    for y in (reference.year - 1, reference.year, reference.year + 1):
        if 1 <= y <= 9999:
            candidates += _occurrences(entry, y, country, feast_days)
    if not candidates:
        return None
    return min(candidates, key=lambda v: (abs((v.start - reference).days), v.start > reference))


def resolve_holiday(
    spelling: str,
    year: int | None = None,
    reference: dt.date | None = None,
    *,
    country: str | None = None,
    feast_days: bool = False,
) -> DateValue | None:
    """A holiday by its name as written: the row that holds in ``country`` and in
    the year, resolved as :func:`holiday_value` does. ``None`` for an unknown
    name or a national day without its country.

    >>> resolve_holiday("عيد العرش", 2019, country="MA").start
    datetime.date(2019, 7, 30)
    >>> resolve_holiday("عيد الاستقلال", 2020) is None
    True
    >>> resolve_holiday("عيد الاستقلال", 2020, country="DZ").start
    datetime.date(2020, 7, 5)
    """
    entries: Sequence[Holiday] = holidays_named(spelling, country)
    if not entries:
        return None
    if year is not None:
        entry = entry_for_year(entries, year)
        if entry is None:
            return None
        return holiday_value(entry, year, country=country, feast_days=feast_days)
    found = [
        v
        for e in entries
        if (v := holiday_value(e, None, reference, country=country, feast_days=feast_days))
        is not None
    ]
    if not found or reference is None:
        return None
    return min(found, key=lambda v: (abs((v.start - reference).days), v.start > reference))
