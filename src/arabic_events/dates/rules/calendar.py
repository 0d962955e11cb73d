"""The structure of the calendar: the nth weekday, week or day of a month, parts of a
year, seasons, decades, and months said by their number (with a day before them).

The arithmetic is :mod:`arabic_events.dates.calendar_structure`; the words are
``lexicon/calendar_parts.py``. What a part is of (a month, a year) is read by
:func:`~.combinators.month_of` and :func:`~.combinators.year_of`.
"""

from __future__ import annotations

import datetime as dt

from ...lexical import key
from ...lexical.calendar import (
    BAREWEEKDAY,
    CENTURY,
    CENTURYNOUN,
    DAYNOUN,
    DECADE,
    DECADENOUN,
    MOD,
    MONTH,
    MONTHNOUN,
    PERIOD,
    POSAFTER,
    POSBEFORE,
    RELDAY,
    SEASON,
    SEASONNOUN,
    WEEKDAY,
    WEEKNOUN,
    YEARPART,
)
from ...lexicon import calendar_parts as cp
from ...types import DateValue
from .. import calendar_structure as cs
from .. import resolve as rs
from ..grammar import DAY_STARTS, Match, Parser, Rule
from . import combinators

MONTH_NUMBER_NOUNS = frozenset(key(w) for w in cp.MONTH_NUMBER_NOUNS)
NOT_SEASON_AFTER = frozenset(key(w) for w in cp.NOT_SEASON_AFTER)
NOT_DECADE_AFTER = frozenset(key(w) for w in cp.NOT_DECADE_AFTER)
AGE_AFTER = frozenset(tuple(key(w) for w in phrase.split()) for phrase in cp.NOT_DECADE_AGE_AFTER)


def weekday_of_month(p: Parser, i: int) -> Match | None:
    """ثاني أربعاء من نوفمبر، آخر جمعة من الشهر الجاري، الخميس الرابع من شهر آذار
    من عام 2017: the nth (or last) weekday of a month.

    After a weekday with its article, an ordinal word that is also a day of that
    month falling on that weekday is the date (الخميس الرابع من مارس 2021 is 4
    March, a Thursday), and is left to the day-and-month rule.
    """
    pos = p.get(i, POSBEFORE)
    if pos is not None:
        bare = p.get(i + pos.ntok, BAREWEEKDAY, clitic_ok=False)
        if bare is None:
            return None
        n, weekday, clitic, j = int(pos.value), int(bare.value), pos.clitic, i + pos.ntok + 1
    else:
        wd = p.get(i, WEEKDAY)
        after = p.get(i + wd.ntok, POSAFTER, clitic_ok=False) if wd is not None else None
        if wd is None or after is None:
            return None
        n, weekday, clitic = int(after.value), wd.value.weekday, wd.clitic
        j = i + wd.ntok + after.ntok
    k = combinators.of_word(p, j)
    month = combinators.month_of(p, k) if k is not None else None
    if month is None:
        return None
    year, number, end, relative = month
    if pos is None and n > 0 and dt.date(year, number, 1).replace(day=n).weekday() == weekday:
        return None  # الخميس الرابع من مارس 2021: Thursday 4 March
    value = cs.nth_weekday(year, number, weekday, n)
    return Match(i, clitic, end, value, relative) if value else None


def week_of_month(p: Parser, i: int) -> Match | None:
    """الأسبوع الثاني من مايو 2018، الأسبوع الأخير من شهر أكتوبر، آخر أسبوع في يناير:
    a week of a month as a block of its days. Without a month, no date (آخر أسبوع
    له في المنصب)."""
    pos = p.get(i, POSBEFORE)
    if pos is not None:
        if p.get(i + pos.ntok, WEEKNOUN, clitic_ok=False) is None:
            return None
        n, clitic, j = int(pos.value), pos.clitic, i + pos.ntok + 1
    else:
        per = p.get(i, PERIOD)
        after = p.get(i + 1, POSAFTER, clitic_ok=False) if per is not None else None
        if per is None or per.value != "week" or after is None:
            return None
        n, clitic, j = int(after.value), per.clitic, i + 1 + after.ntok
    k = combinators.of_word(p, j)
    month = combinators.month_of(p, k) if k is not None else None
    if month is None:
        return None
    year, number, end, relative = month
    value = cs.nth_week(year, number, n)
    return Match(i, clitic, end, value, relative) if value else None


def day_of_month(p: Parser, i: int) -> Match | None:
    """آخر يوم من فبراير 2020، اليوم الأخير من الشهر، آخر يوم من شهر سبعة: the last
    day of a month."""
    pos = p.get(i, POSBEFORE)
    if pos is not None and pos.value == cp.LAST and p.get(i + pos.ntok, DAYNOUN, clitic_ok=False):
        clitic, j = pos.clitic, i + pos.ntok + 1
    else:
        today = p.get(i, RELDAY)
        after = None if today is None or today.value != 0 else p.get(i + 1, POSAFTER, False)
        if today is None or after is None or after.value != cp.LAST:
            return None
        clitic, j = today.clitic, i + 1 + after.ntok
    k = combinators.of_word(p, j)
    month = combinators.month_of(p, k) if k is not None else None
    if month is None:
        return None
    year, number, end, relative = month
    value = cs.last_day_of_month(year, number)
    return Match(i, clitic, end, value, relative) if value else None


def part_of_year(p: Parser, i: int) -> Match | None:
    """الربع الأول من عام 2018، النصف الأول من العام الجاري، الثلث الأخير من 2020،
    الفصل الثالث من سنة 2019: a quarter, half or third of a year.

    The ordinal and the year are both needed (الربع الشمالي من الملعب، نصف الحضور
    are no dates); الفصل، الثلاثي and السداسي need the year written (الفصل الأول
    من الرواية is a chapter)."""
    r = p.get(i, YEARPART)
    if r is None:
        return None
    part = cp.YEAR_PARTS[int(r.value)]
    after = p.get(i + r.ntok, POSAFTER, clitic_ok=False)
    if after is None:
        return None
    k = combinators.of_word(p, i + r.ntok + after.ntok)
    year = combinators.year_of(p, k) if k is not None else None
    if year is None or (part.needs_year and year[2]):
        return None
    value = cs.year_part(year[0], int(after.value), part.parts)
    return Match(i, r.clitic, year[1], value, year[2]) if value else None


def season_value(first_month: int, direction: int, ref: dt.date) -> DateValue | None:
    """The season next (1), last (-1) or current (0) from ``ref``."""
    year = ref.year - (1 if first_month == 12 and ref.month <= 2 else 0)
    here = cs.season(year, first_month)
    if here is None:
        return None
    if direction > 0 and here.start <= ref:
        return cs.season(year + 1, first_month)
    if direction < 0 and here.end >= ref:
        return cs.season(year - 1, first_month)
    return here


def rule_season(p: Parser, i: int) -> Match | None:
    """[فصل|موسم] SEASON (YEAR | DIRECTION): صيف 2019، فصل الشتاء المقبل، الربيع
    الماضي. A season alone is no date (قضت العائلة الصيف). الربيع and الصيف with a
    year of the Libyan calendar (1986–2011) are its months (الصيف 2010)."""
    noun = p.get(i, SEASONNOUN)
    j = i + 1 if noun is not None else i
    r = p.get(j, SEASON, clitic_ok=noun is None)
    if r is None:
        return None
    clitic = noun.clitic if noun is not None else r.clitic
    j += r.ntok
    if p.key(j) in NOT_SEASON_AFTER:
        return None  # ربيع الأول (a Hijri month), الربيع العربي
    mod = p.get(j, MOD, clitic_ok=False)
    if mod is not None:
        value = season_value(int(r.value), int(mod.value), p.ref)
        return Match(i, clitic, j + mod.ntok, value, True) if value else None
    got = combinators.year_after_era(p, j, "gregorian")
    if got is None or got[1] == "hijri":
        return None
    lo, hi = cp.LIBYAN_MONTH_YEARS
    if noun is None and p.get(i, MONTH) is not None and lo <= got[0] <= hi:
        return None  # الصيف 2010: the Libyan month of June
    value = cs.season(got[0], int(r.value))
    return Match(i, clitic, got[2], value) if value else None


def rule_decade(p: Parser, i: int) -> Match | None:
    """[العقد] DECADE [القرن (الماضي | العشرين …)] or العقد DIRECTION: التسعينيات،
    ثمانينيات القرن الماضي، العقد الماضي.

    A decade plural without its century is the latest one that starts by the
    reference year; one followed by من عمره is an age, and العقد without a
    direction a contract."""
    noun = p.get(i, DECADENOUN)
    j = i + 1 if noun is not None else i
    r = p.get(j, DECADE, clitic_ok=noun is None)
    clitic = noun.clitic if noun is not None else (r.clitic if r is not None else 0)
    if r is None:
        if noun is None:
            return None
        mod = p.get(j, MOD, clitic_ok=False)
        if mod is None or p.key(j) in NOT_DECADE_AFTER:
            return None
        value = cs.decade_of_reference(p.ref, int(mod.value))
        return Match(i, clitic, j + mod.ntok, value, True) if value else None
    j += r.ntok
    if (p.key(j), p.key(j + 1)) in AGE_AFTER:
        return None  # في الستينيات من عمره
    if p.get(j, CENTURYNOUN, clitic_ok=False):
        mod = p.get(j + 1, MOD, clitic_ok=False)
        named = p.get(j + 1, CENTURY, clitic_ok=False)
        if mod is not None:
            century = cs.century_of_reference(p.ref, int(mod.value))
            value = cs.decade_of_century(int(r.value), century)
            return Match(i, clitic, j + 1 + mod.ntok, value, True) if value else None
        if named is not None:
            value = cs.decade_of_century(int(r.value), int(named.value))
            return Match(i, clitic, j + 1 + named.ntok, value) if value else None
    value = cs.decade_nearest(int(r.value), p.ref)
    return Match(i, clitic, j, value, True) if value else None


def rule_month_number(p: Parser, i: int) -> Match | None:
    """شهر سبعة، شهر سبعة 2018، بشهر اثنين من العام المقبل: a month said by its number
    in words (with digits, the numbered-month rule needs the year)."""
    got = combinators.month_number(p, i)
    if got is None:
        return None
    year, number, end, relative = got
    noun = p.get(i, MONTHNOUN) or p.get(i, PERIOD)
    value = rs.month_value(number, "gregorian", year, p.ref)
    return Match(i, noun.clitic if noun else 0, end, value, relative) if value else None


def day_of_numbered_month(p: Parser, i: int) -> Match | None:
    """DAY [من] شهر|الشهر NUMBER [YEAR]: 15 شهر 7 2018، الخامس من شهر سبعة، 5 من
    الشهر السابع 2018. The day makes the numbered month a date, with or without
    its year (the nearest such day without one)."""
    day = p.day_then(i)
    if day is None:
        return None
    d, j, after = day
    if after == "من":
        j += 1
        after = p.key(j)
    if after not in MONTH_NUMBER_NOUNS:
        return None  # most digits: checked on the key before any lookup
    got = combinators.month_number(p, j, day=True)
    if got is None:
        return None
    year, number, end, relative = got
    ref = rs.DayRef(d, number, "gregorian", None if relative else year, None)
    return Match(i, 0, end, p.day_value(ref, i), yearless=relative)


# --- the rules ---------------------------------------------------------------------

WEEKDAY_OF_MONTH_RULE = Rule("weekday_of_month", frozenset({POSBEFORE, WEEKDAY}), weekday_of_month)
WEEK_OF_MONTH_RULE = Rule("week_of_month", frozenset({POSBEFORE, PERIOD}), week_of_month)
DAY_OF_MONTH_RULE = Rule("day_of_month", frozenset({POSBEFORE, RELDAY}), day_of_month)
PART_OF_YEAR_RULE = Rule("part_of_year", frozenset({YEARPART}), part_of_year)
SEASON_RULE = Rule("season", frozenset({SEASON, SEASONNOUN}), rule_season)
DECADE_RULE = Rule("decade", frozenset({DECADE, DECADENOUN}), rule_decade)
MONTH_NUMBER_RULE = Rule("month_number", frozenset({MONTHNOUN, PERIOD}), rule_month_number)
DAY_OF_NUMBERED_MONTH_RULE = Rule("day_of_numbered_month", DAY_STARTS, day_of_numbered_month)

#: The calendar-structure rules, in the order they are tried.
CALENDAR_RULES: tuple[Rule, ...] = (
    WEEKDAY_OF_MONTH_RULE,
    WEEK_OF_MONTH_RULE,
    DAY_OF_MONTH_RULE,
    PART_OF_YEAR_RULE,
    SEASON_RULE,
    DECADE_RULE,
    MONTH_NUMBER_RULE,
    DAY_OF_NUMBERED_MONTH_RULE,
)
