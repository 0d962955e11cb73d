"""The pure calendar-structure and holiday functions (dates/calendar_structure.py,
dates/holidays.py) against values computed here with the standard library,
dateutil and hijridate, and their properties over random input."""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import itertools

import pytest
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_events.dates import calendar_structure as cs
from arabic_events.dates import holidays as hol
from arabic_events.lexicon.calendar_parts import DECADES, SEASONS, YEAR_PARTS
from arabic_events.lexicon.holidays import HOLIDAYS, Holiday
from arabic_events.types import Calendar, DateValue, Grain

HAS_OWH = importlib.util.find_spec("holidays") is not None

years = st.integers(min_value=-50, max_value=10050)
months = st.integers(min_value=-2, max_value=14)
weekdays = st.integers(min_value=-1, max_value=7)
positions = st.integers(min_value=-3, max_value=7)


def _within(v: DateValue) -> bool:
    return dt.date.min <= v.start <= v.end <= dt.date.max


# ---------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("year", "month", "weekday", "n", "expected"),
    [
        (2017, 3, 3, 4, dt.date(2017, 3, 23)),  # الخميس الرابع من شهر آذار من عام 2017
        (2019, 11, 2, 2, dt.date(2019, 11, 13)),  # ثاني أربعاء من نوفمبر 2019
        (2019, 11, 2, 1, dt.date(2019, 11, 6)),
        (2020, 2, 5, 5, dt.date(2020, 2, 29)),  # a fifth Saturday in a leap February
        (2019, 5, 4, -1, dt.date(2019, 5, 31)),  # آخر جمعة من مايو: the last day itself
        (2019, 6, 4, -1, dt.date(2019, 6, 28)),
    ],
)
def test_nth_weekday(year: int, month: int, weekday: int, n: int, expected: dt.date) -> None:
    v = cs.nth_weekday(year, month, weekday, n)
    assert v is not None and (v.start, v.end, v.grain) == (expected, expected, Grain.DAY)


def test_nth_weekday_that_does_not_exist() -> None:
    assert cs.nth_weekday(2021, 2, 0, 5) is None  # February 2021 has four Mondays
    assert cs.nth_weekday(2021, 2, 0, 0) is None
    assert cs.nth_weekday(2021, 2, 7, 1) is None


@settings(deadline=None, database=None)
@given(years, months, weekdays, positions)
def test_nth_weekday_is_that_weekday_in_that_month(
    year: int, month: int, weekday: int, n: int
) -> None:
    v = cs.nth_weekday(year, month, weekday, n)
    if v is None:
        return
    assert _within(v) and v.start == v.end
    assert (v.start.year, v.start.month, v.start.weekday()) == (year, month, weekday)
    same = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]
    assert v.start.day == (same[-1] if n == -1 else same[n - 1])


@settings(deadline=None, database=None)
@given(years, months, weekdays, positions)
def test_nth_weekday_is_none_only_when_there_is_no_such_day(
    year: int, month: int, weekday: int, n: int
) -> None:
    valid = 1 <= year <= 9999 and 1 <= month <= 12 and 0 <= weekday <= 6 and (n >= 1 or n == -1)
    if not valid:
        assert cs.nth_weekday(year, month, weekday, n) is None
    elif n in (-1, 1, 2, 3, 4):
        assert cs.nth_weekday(year, month, weekday, n) is not None


# ---------------------------------------------------------------- weeks and days


def test_weeks_of_a_month_are_blocks_of_its_days() -> None:
    got = [cs.nth_week(2018, 5, n) for n in (1, 2, 3, 4, 5, -1)]
    assert [(v.start.day, v.end.day) for v in got if v is not None] == [
        (1, 7),
        (8, 14),
        (15, 21),
        (22, 28),
        (29, 31),
        (25, 31),
    ]
    assert {v.grain for v in got if v is not None} == {Grain.RANGE}
    assert cs.nth_week(2021, 2, 5) is None
    assert cs.nth_week(2021, 2, 0) is None


@settings(deadline=None, database=None)
@given(years, months, positions)
def test_a_week_of_a_month_stays_in_the_month(year: int, month: int, n: int) -> None:
    v = cs.nth_week(year, month, n)
    if v is None:
        return
    assert _within(v)
    assert (v.start.year, v.start.month) == (v.end.year, v.end.month) == (year, month)
    assert 1 <= (v.end - v.start).days + 1 <= 7


@settings(deadline=None, database=None)
@given(years, months)
def test_last_day_of_month(year: int, month: int) -> None:
    v = cs.last_day_of_month(year, month)
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        assert v is None
        return
    assert v is not None and v.start == v.end
    assert (v.start.year, v.start.month) == (year, month)
    assert v.start.day == calendar.monthrange(year, month)[1]


# ---------------------------------------------------------------- parts of a year


@pytest.mark.parametrize(
    ("n", "parts", "start", "end", "timex"),
    [
        (1, 4, "2018-01-01", "2018-03-31", "2018-Q1"),  # الربع الأول من عام 2018
        (3, 4, "2018-07-01", "2018-09-30", "2018-Q3"),
        (-1, 4, "2018-10-01", "2018-12-31", "2018-Q4"),  # الربع الأخير
        (1, 2, "2018-01-01", "2018-06-30", "2018-H1"),  # النصف الأول من العام
        (2, 2, "2018-07-01", "2018-12-31", "2018-H2"),
        (2, 3, "2018-05-01", "2018-08-31", "2018-05-01/2018-08-31"),  # الثلث الثاني
    ],
)
def test_year_parts(n: int, parts: int, start: str, end: str, timex: str) -> None:
    v = cs.year_part(2018, n, parts)
    assert v is not None
    assert (v.start.isoformat(), v.end.isoformat(), v.timex()) == (start, end, timex)


@settings(deadline=None, database=None)
@given(years, positions, st.integers(min_value=0, max_value=6))
def test_year_parts_tile_the_year(year: int, n: int, parts: int) -> None:
    v = cs.year_part(year, n, parts)
    if v is None:
        return
    assert _within(v) and v.start.year == v.end.year == year
    pieces = [cs.year_part(year, i, parts) for i in range(1, parts + 1)]
    assert pieces[0] is not None and pieces[0].start == dt.date(year, 1, 1)
    assert pieces[-1] is not None and pieces[-1].end == dt.date(year, 12, 31)
    for a, b in itertools.pairwise(pieces):
        assert a is not None and b is not None and a.end + dt.timedelta(days=1) == b.start


def test_every_year_part_word_resolves() -> None:
    for word in YEAR_PARTS:
        v = cs.year_part(2020, 1, word.parts)
        assert v is not None and v.grain is word.grain, word


def test_quarter_of_a_day_moves_across_years() -> None:
    v = cs.quarter_of(dt.date(2019, 1, 15), -1)
    assert v is not None and (v.start, v.end) == (dt.date(2018, 10, 1), dt.date(2018, 12, 31))
    assert cs.quarter_of(dt.date(9999, 12, 1), 1) is None


# ---------------------------------------------------------------- seasons, decades


def test_seasons_are_meteorological() -> None:
    got = {m: cs.season(2019, m) for m in set(SEASONS.values())}
    assert {m: (v.start, v.end, v.timex()) for m, v in got.items() if v is not None} == {
        3: (dt.date(2019, 3, 1), dt.date(2019, 5, 31), "2019-SP"),
        6: (dt.date(2019, 6, 1), dt.date(2019, 8, 31), "2019-SU"),
        9: (dt.date(2019, 9, 1), dt.date(2019, 11, 30), "2019-FA"),
        12: (dt.date(2019, 12, 1), dt.date(2020, 2, 29), "2019-WI"),
    }
    assert cs.season(9999, 12) is None


@settings(deadline=None, database=None)
@given(years, months)
def test_season_properties(year: int, month: int) -> None:
    v = cs.season(year, month)
    if v is None:
        return
    assert _within(v) and v.grain is Grain.SEASON
    assert 89 <= (v.end - v.start).days + 1 <= 92


def test_decades() -> None:
    v = cs.decade_nearest(DECADES["التسعينيات"], dt.date(2019, 5, 1))
    assert v is not None and (v.start, v.end, v.timex()) == (
        dt.date(1990, 1, 1),
        dt.date(1999, 12, 31),
        "199",
    )
    # ثمانينيات القرن الماضي, said in 2019 and in 2000
    for said in (dt.date(2019, 1, 1), dt.date(2000, 6, 1)):
        century = cs.century_of_reference(said, -1)
        v = cs.decade_of_century(DECADES["الثمانينيات"], century)
        assert v is not None and v.start == dt.date(1980, 1, 1)
    v = cs.decade_of_reference(dt.date(2019, 6, 1), -1)  # العقد الماضي
    assert v is not None and (v.start, v.end) == (dt.date(2000, 1, 1), dt.date(2009, 12, 31))
    assert cs.decade_of_century(85, 20) is None


@settings(deadline=None, database=None)
@given(st.integers(min_value=-100, max_value=10100))
def test_decade_and_century_stay_in_range(year: int) -> None:
    for v in (cs.decade(year), cs.century(year // 100)):
        if v is not None:
            assert _within(v)
            assert v.start.month == 1 and v.start.day == 1


# ---------------------------------------------------------------- holidays


def _row(key: str, country: str | None = None) -> Holiday:
    return next(h for h in HOLIDAYS if h.key == key and h.country == country)


def _hijri(year: int, month: int, day: int) -> dt.date:
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


@pytest.mark.parametrize(
    ("key", "year", "expected"),
    [
        ("eid-al-fitr", 2019, _hijri(1440, 10, 1)),
        ("eid-al-adha", 2019, _hijri(1440, 12, 10)),
        ("arafah", 2023, _hijri(1444, 12, 9)),
        ("mawlid", 2020, _hijri(1442, 3, 12)),
        ("ashura", 2022, _hijri(1444, 1, 10)),
        ("hijri-new-year", 2021, _hijri(1443, 1, 1)),
        ("easter", 2021, easter(2021, EASTER_WESTERN)),
        ("orthodox-easter", 2021, easter(2021, EASTER_ORTHODOX)),
        ("christmas", 2020, dt.date(2020, 12, 25)),
        ("coptic-christmas", 2020, dt.date(2020, 1, 7)),
        ("new-year", 2020, dt.date(2020, 1, 1)),
    ],
)
def test_holiday_in_a_year(key: str, year: int, expected: dt.date) -> None:
    v = hol.holiday_value(_row(key), year)
    assert v is not None and (v.start, v.end, v.grain) == (expected, expected, Grain.DAY)
    assert v.approximate is (_row(key).calendar is Calendar.HIJRI)


def test_feast_days_are_a_range() -> None:
    v = hol.holiday_value(_row("eid-al-adha"), 2019, feast_days=True)
    assert v is not None and v.grain is Grain.RANGE
    assert (v.start, v.end) == (_hijri(1440, 12, 10), _hijri(1440, 12, 13))


def test_nearest_occurrence_and_its_tie() -> None:
    fitr = _row("eid-al-fitr")
    v = hol.holiday_value(fitr, reference=dt.date(2019, 12, 1))
    assert v is not None and v.start == _hijri(1441, 10, 1)  # May 2020 is nearer than June 2019
    xmas = _row("christmas")
    said = dt.date(2020, 6, 25)
    assert (said - dt.date(2019, 12, 25)).days == (dt.date(2020, 12, 25) - said).days
    v = hol.holiday_value(xmas, reference=said)  # a tie: the past one
    assert v is not None and v.start == dt.date(2019, 12, 25)
    assert hol.holiday_value(xmas) is None


def test_national_days_need_their_country_and_their_years() -> None:
    assert hol.resolve_holiday("عيد الاستقلال", 2019) is None
    got = {
        c: hol.resolve_holiday("عيد الاستقلال", 2019, country=c)
        for c in ("MA", "DZ", "TN", "JO", "LB", "LY", "SD", "MR")
    }
    assert {c: (v.start.month, v.start.day) for c, v in got.items() if v is not None} == {
        "MA": (11, 18),
        "DZ": (7, 5),
        "TN": (3, 20),
        "JO": (5, 25),
        "LB": (11, 22),
        "LY": (12, 24),
        "SD": (1, 1),
        "MR": (11, 28),
    }
    assert hol.resolve_holiday("يوم التأسيس", 2020, country="SA") is None
    v = hol.resolve_holiday("العيد الوطني العماني", 2025, country="OM")
    assert v is not None and v.start == dt.date(2025, 11, 20)
    v = hol.resolve_holiday("العيد الوطني العماني", 2019, country="OM")
    assert v is not None and v.start == dt.date(2019, 11, 18)


def test_hijri_month_in_a_gregorian_year() -> None:
    v = hol.hijri_month_in_year(9, 2021)
    assert v is not None and (v.start, v.end) == (_hijri(1442, 9, 1), _hijri(1442, 9, 30))
    assert v.grain is Grain.MONTH and v.calendar is Calendar.HIJRI
    v = hol.hijri_month_in_year(1, 2008)  # Muharram began twice in 2008
    assert v is not None and v.start == _hijri(1429, 1, 1)


@settings(deadline=None, database=None)
@given(st.integers(min_value=-5, max_value=16), st.integers(min_value=-10, max_value=10010))
def test_hijri_month_in_year_properties(month: int, year: int) -> None:
    v = hol.hijri_month_in_year(month, year)
    if v is None:
        assert not (1 <= month <= 12 and 623 <= year <= 9000)
        return
    assert _within(v) and v.start.year == year and 29 <= (v.end - v.start).days + 1 <= 30


@settings(deadline=None, database=None)
@given(
    st.sampled_from(HOLIDAYS),
    st.one_of(st.none(), st.integers(min_value=-10, max_value=10010)),
    st.dates(),
    st.sampled_from([None, "MA", "EG", "SA", "DZ", "XX"]),
    st.booleans(),
)
def test_holiday_value_never_raises(
    entry: Holiday, year: int | None, reference: dt.date, country: str | None, days: bool
) -> None:
    if country is not None and year is None:
        year = reference.year  # the package reads one year at a time: keep it cheap
    v = hol.holiday_value(entry, year, reference, country=country, feast_days=days)
    if v is not None:
        assert _within(v)
        if year is not None:
            assert v.start.year == year


# ---------------------------------------------------------------- the holidays package


@pytest.mark.skipif(not HAS_OWH, reason="the optional holidays package is not installed")
def test_a_known_country_reads_its_observed_day() -> None:
    v = hol.holiday_value(_row("eid-al-fitr"), 2021, country="EG")
    assert v is not None and v.start == dt.date(2021, 5, 13) and not v.approximate


def test_without_the_package_a_country_keeps_the_computed_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hol, "_observed", lambda *args: [])
    v = hol.holiday_value(_row("eid-al-fitr"), 2021, country="EG")
    assert v is not None and v.start == _hijri(1442, 10, 1) and v.approximate
