"""The pieces the date rules compose, each written once.

- the year tail: :func:`year_tail`, :func:`year_after_era`, :func:`year_with_era` (what
  follows a month up to its year: epithets, fillers, glosses, era marks);
- the weekday check: :func:`weekday_gloss`, :func:`weekday_check`;
- apposition: :func:`apposed` (an explicit date after a deictic word or a weekday);
- ranges: :func:`range_end`, :func:`range_to`, :func:`resolve_range`, and the
  backfill of the year, :func:`backfill_year` ("first > last -> year - 1");
- lists: :func:`and_next` (و then one more of a category).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from ... import calendars as cal
from ...lexical import key
from ...lexical.calendar import (
    DAYNOUN,
    EQUIVALENT,
    FROM,
    MOD,
    MONTH,
    MONTHNOUN,
    MONTHNUMBER,
    ORD,
    PERIOD,
    RELDAY,
    THIS,
    TO,
    WEEKDAY,
    YEARNOUN,
    Category,
    MonthEntry,
    Reading,
)
from ...lexicon import calendar_words as cw
from ...types import Calendar, DateValue
from .. import resolve as rs
from ..grammar import (
    COMMAS,
    GREGORIAN_YEARS,
    HIJRI_YEARS,
    SAME_AFTER,
    SAME_BEFORE,
    Match,
    Parser,
)
from . import day_month, numeric, ranges, relative, weekday, years

MONTH_EPITHETS = frozenset(key(w) for w in cw.MONTH_EPITHETS)
End: TypeAlias = "rs.DayRef | DateValue"  # a range end: a day still to resolve, or a resolved day


def year_tail(
    p: Parser, month: Reading[MonthEntry], j: int
) -> tuple[int | None, str, int, int | None]:
    """What may follow a month name, up to its year (the year tail every month rule reads).

    [EPITHET] [DIRECTION] [من] [هذا|لهذا] [عام|سنة|العام|لعام] YEAR [ERA]:
    رمضان المبارك 1440هـ، مايو عام 2016، جانفي سنة 2011، نيسان لعام 2021،
    ذي الحجة من العام 1440هـ، شعبان لهذا العام، المحرم القادم 1438هـ; or a
    direction alone (مارس الماضي), or a relative year (فبراير من العام الماضي).

    Returns the year (or None), the calendar, the end, and the direction.
    """
    calendar = month.value.calendar
    if calendar == "hijri" and p.key(j) in MONTH_EPITHETS:
        j += 1
    if p.key(j).isdecimal():  # the year right after the month (digits: no filler, no cue)
        years = HIJRI_YEARS if calendar == "hijri" else GREGORIAN_YEARS
        year = year_with_era(p, j, *years)
        return (year[0], calendar, year[2], None) if year else (None, calendar, j, None)
    direction = None
    mod = p.get(j, MOD, clitic_ok=False)
    if mod:
        direction, j = int(mod.value), j + mod.ntok
    got = year_after_era(p, j, calendar)
    if (
        got
        and month.value.ambiguous
        and got[2] > j + 1
        and not (
            p.era_at(got[2] - 1) or p.get(j, THIS) or (p.key(j) == "من" and p.get(j + 1, THIS))
        )
    ):
        # a month name that is also a common word (التمور، صفر) takes a year after
        # a filler only when an era mark closes it (صفر عام 1438هـ) or the filler
        # is "this year" (رمضان لهذا العام)
        got = year_after_era(p, j, calendar, fillers=False)
    if got:
        return got[0], calendar, got[2], None
    if direction is None and calendar == "gregorian" and p.key(j) == "من":
        # فبراير من العام الماضي
        year_match = relative.rule_period(p, j + 1)
        value = year_match.value if year_match is not None else None
        if year_match is not None and value is not None and value.grain == "year":
            return value.start.year, calendar, year_match.end, None
    return None, calendar, j, direction


def year_after_era(
    p: Parser, j: int, calendar: str, fillers: bool = True
) -> tuple[int, str | None, int] | None:
    """[من] [هذا|لهذا] [عام|سنة|لعام …] YEAR [ERA], or (لهذا العام) the current year:
    the year, the calendar of the era mark that closes it (``None`` when none
    does), the end."""
    k = j
    if not fillers or not (p.read(k) or p.key(k) in SAME_BEFORE):
        # (a token with no reading, the year in digits most often, is no filler:
        # it can only be the year itself)
        return year_with_era(p, k, *(HIJRI_YEARS if calendar == "hijri" else GREGORIAN_YEARS))
    opener = p.get(k, FROM, clitic_ok=False)
    if opener:
        k += opener.ntok
    same_before = p.key(k) in SAME_BEFORE
    if same_before:
        k += 1
    noun = p.get(k, YEARNOUN, clitic_ok=False)
    if (same_before or opener) and noun and (same_before or p.key(k + 1) in SAME_AFTER):
        # من العام نفسه، من نفس العام: the year of the date before
        same = p.same_value("year")
        if same is None:
            return None
        year = same.start.year
        if calendar == "hijri":
            year = same.hijri[0] if same.hijri else cal.gregorian_to_hijri_year(same.start)
        return year, None, k + noun.ntok + (0 if same_before else 1)
    if same_before:
        return None
    this = p.get(k, THIS)
    if this and this.clitic in (0, 1) and p.key(k)[:1] in ("ل", "ه"):
        k += this.ntok
    else:
        this = None
    noun = p.get(k, YEARNOUN)
    if noun and (noun.clitic == 0 or p.key(k)[:1] == "ل"):
        k += noun.ntok
    elif opener or this:
        return None
    lo, hi = HIJRI_YEARS if calendar == "hijri" else GREGORIAN_YEARS
    got = year_with_era(p, k, lo, hi)
    if got is None:
        if this and noun and p.get(k - 1, PERIOD, clitic_ok=False):
            if calendar == "hijri":
                return cal.gregorian_to_hijri_year(p.ref), None, k
            return p.ref.year, None, k
        return None
    return got


def weekday_gloss(p: Parser, j: int) -> tuple[int, int | None]:
    """A weekday after a deictic word: أمس الأربعاء، غدا، الخميس، أمس (الأحد)."""
    after = p.key(j)
    k = j + 1 if after in COMMAS else j
    wd = p.get(k, WEEKDAY, clitic_ok=False)
    if wd is not None:
        return k + wd.ntok, wd.value.weekday
    if after == "(":
        wd = p.get(j + 1, WEEKDAY, clitic_ok=False)
        if wd is not None and p.key(j + 1 + wd.ntok) == ")":
            return j + 2 + wd.ntok, wd.value.weekday
    return j, None


def weekday_check(weekday: int | None, value: DateValue | None) -> tuple[str, ...]:
    """The weekday check of every rule: the written date decides, a weekday that disagrees warns."""
    if weekday is None or value is None:
        return ()
    return rs.weekday_warning(weekday, value)


def apposed(p: Parser, j: int, single: bool = False) -> tuple[Match, int] | None:
    """An explicit date in apposition after a deictic word or a weekday.

    [،] [(] [الموافق|المقابل|الواقع فيه [ل]] DATE [)]: أمس 13/08/2011،
    الأربعاء، الموافق 5 يوليو، اليوم الثلاثاء (7 أغسطس / آب 2012)، الأحد
    الموافق لـ 2021/7/18. After الموافق or inside parentheses a day and
    month in digits without a year count too (الثلاثاء الموافق 20/11).
    With ``single`` (the head names one day) a range is no gloss of it.
    Returns the inner date and the end of the whole (closing parenthesis included).
    """
    k = j + 1 if p.key(j) in COMMAS else j
    paren = p.key(k) == "("
    if paren:
        k += 1
    eq = p.get(k, EQUIVALENT, clitic_ok=False)
    if eq is not None:
        k += eq.ntok
        if p.key(k) == "ل":
            k += 1
    if not (k < p.n and p.t[k].key.isdecimal()) and p.day_at(k) is None:
        return None  # every date read here starts with a number or a day
    inner: Match | None = None
    for rule in (ranges.RANGE_PAIR_RULE, numeric.NUMERIC_RULE, day_month.DAY_MONTH_RULE):
        m = rule.parse(p, k)
        if m is not None and (inner is None or m.end > inner.end):
            inner = m
    if inner is None and (eq is not None or paren):
        inner = numeric.numeric(p, k, yearless=True)
    if inner is None:
        return None
    if single and inner.value is not None and inner.value.grain == "range":
        return None
    end = inner.end
    if paren:
        if p.key(end) != ")":
            return None
        end += 1
    return inner, end


def range_end(p: Parser, j: int, waw: bool = False) -> tuple[End, int, int | None] | None:
    """One end of a range: read the same way by every range rule.

    [يوم] then a deictic or weekday date (يوم الخميس الموافق 19 مارس 2026، غدا
    السبت، الخميس المقبل), or a day with or without its month (25 شتنبر، 25).
    Returns the end, where it stops, and the weekday when it is a bare weekday
    (to be read as the next such day after the other end).
    """
    k = j

    def joined(r: Reading[Any] | None) -> bool:
        return r is not None and (r.clitic == 0 or (waw and p.key(k)[:1] == "و"))

    noun = p.get(k, DAYNOUN, clitic_ok=waw)
    if noun is not None and joined(noun):
        k, waw = k + noun.ntok, False
    wd = p.get(k, WEEKDAY, clitic_ok=waw)
    if joined(wd) or joined(p.get(k, RELDAY, clitic_ok=waw)):
        m = relative.rule_relative_day(p, k) or weekday.rule_weekday(p, k)
        if m is not None and m.value is not None and m.value.grain == "day":
            bare = wd is not None and m.relative and m.end == k + wd.ntok
            if not (bare and p.day_at(m.end) is not None):
                return m.value, m.end, wd.value.weekday if bare and wd else None
        if wd is not None and joined(wd):
            k, waw = k + wd.ntok, False
    got = day_month.day_month(p, k, waw)
    if got is None and not waw:  # day_only(p, k), its day and month just read
        day = p.day_at(k)
        got = (rs.DayRef(day[0]), day[1]) if day is not None else None
    return (got[0], got[1], None) if got else None


def range_to(p: Parser, j: int) -> int | None:
    """[،] [و]إلى|حتى|لغاية …: the end of the word between two range ends."""
    if p.key(j) in COMMAS:
        j += 1
    k, attached = p.conj(j)
    to = p.get(k, TO, clitic_ok=attached)
    if to is None or (attached and to.clitic and p.key(k)[:1] != "و"):
        return None
    return k + to.ntok


def backfill_year(
    last: DateValue, year: int, make: Callable[[int], DateValue | None]
) -> DateValue | None:
    """The backfill of the year, for every range: the first end (``make(year)``) in the
    year of the last, or the year before when it would fall after the last end
    (28 ديسمبر - 3 يناير 2019)."""
    first = make(year)
    if first is not None and first.start > last.start:
        first = make(year - 1)
    return first


def resolve_range(p: Parser, a: End, b: End, weekday_b: int | None = None) -> DateValue | None:
    """From end ``a`` to end ``b``: a day without a month or year takes them from ``b``."""
    if isinstance(b, rs.DayRef):
        second = rs.day_value(b, p.ref)
    elif weekday_b is not None and isinstance(a, DateValue):
        # من السبت حتى الخميس: the first such weekday after the first end
        second = rs.relative_day(a.start, (weekday_b - a.start.weekday()) % 7 or 7)
    else:
        second = b
    if second is None:
        return None
    if isinstance(a, DateValue):
        return rs.range_value(a, second)
    if a.month is None:
        if a.day > (second.hijri[2] if second.hijri else second.start.day):
            return None  # 3 - 1 مارس: a day after the last day of its own month
        in_hijri = second.calendar == "hijri" and second.hijri is not None
        month = second.hijri[1] if in_hijri and second.hijri else second.start.month
        a = rs.DayRef(a.day, month, "hijri" if in_hijri else "gregorian", None, None)
    if a.year is not None:
        first = rs.day_value(a, p.ref)
    else:
        hijri = a.calendar == "hijri" and second.hijri
        year = second.hijri[0] if hijri and second.hijri else second.start.year
        first = backfill_year(
            second,
            year,
            lambda y: rs.day_value(rs.DayRef(a.day, a.month, a.calendar, y, None), p.ref),
        )
    return rs.range_value(first, second) if first is not None else None


def day_only(p: Parser, i: int) -> tuple[rs.DayRef, int] | None:
    """A day that may take its month and year from the other end of a range."""
    full = day_month.day_month(p, i)
    if full:
        return full
    day = p.day_at(i)
    if day is None:
        return None
    return rs.DayRef(day[0]), day[1]


def digits_at(p: Parser, j: int) -> bool:
    k = j + 1 if p.key(j) in COMMAS or p.key(j) == "(" else j
    return k < p.n and p.t[k].key.isdecimal()


# --- lists --------------------------------------------------------------------------


def and_next(p: Parser, j: int, cat: Category) -> tuple[int, Reading[Any]] | None:
    """و then a reading of ``cat``: a standalone و, or و written on the word (والجمعة).

    Returns where the reading starts and the reading, or ``None``.
    """
    k, attached = p.conj(j)
    nxt = p.get(k, cat, clitic_ok=attached)
    if nxt is None or (attached and not (nxt.clitic == 1 and p.key(k)[:1] == "و")):
        return None
    return k, nxt


def year_with_era(p: Parser, j: int, lo: int, hi: int) -> tuple[int, str | None, int] | None:
    """YEAR [ERA]: the year (digits or words, within ``lo..hi``), the era's calendar
    when an era mark follows, and the end."""
    got = p.year_at(j, lo, hi)
    if got is None:
        return None
    era = p.era_at(got[1])
    return (got[0], era[0], era[1]) if era else (got[0], None, got[1])


# --- what a part of the calendar is "of" ------------------------------------------

#: The words between a part and the month or year it is of (الأسبوع الثاني من مايو،
#: آخر أسبوع في يناير).
OF_WORDS = ("من", "في")


def of_word(p: Parser, j: int) -> int | None:
    """من|في at ``j``: where the month or year after it starts, or ``None``."""
    return j + 1 if p.key(j) in OF_WORDS else None


def month_number(p: Parser, j: int, day: bool = False) -> tuple[int, int, int, bool] | None:
    """شهر|الشهر then a month's number: a cardinal word (شهر سبعة، with or without its
    year) or digits (شهر 7 2018, with its year only), then the year tail. After a
    day (``day``: 15 شهر 7، الخامس من الشهر السابع 2018) digits and ordinals need
    no year.

    Returns the year, the month, the end, and whether the year was not written.
    """
    noun = p.get(j, MONTHNOUN, clitic_ok=False)
    period = p.get(j, PERIOD, clitic_ok=False)
    if noun is None and (period is None or period.value != "month"):
        return None
    k = j + 1
    word = p.get(k, MONTHNUMBER, clitic_ok=False) or (
        p.get(k, ORD, clitic_ok=False) if day else None
    )
    if word is not None:
        number, k = int(word.value), k + word.ntok
    elif k < p.n and p.t[k].key.isdecimal() and len(p.t[k].key) <= 2:
        number, k = int(p.t[k].key), k + 1
    else:
        return None
    if not 1 <= number <= 12:
        return None
    month = Reading(MONTH, MonthEntry(number, Calendar.GREGORIAN, False), 1, 0)
    year, calendar, end, direction = year_tail(p, month, k)
    if year is None and word is None and not day:
        return None  # شهر 7 alone: a count as often as a month
    value = rs.month_value(number, calendar, year, p.ref, direction)
    return (value.start.year, number, end, year is None) if value else None


def month_of(p: Parser, j: int) -> tuple[int, int, int, bool] | None:
    """The Gregorian month a part of it is of: [شهر] MONTH with its year tail (نوفمبر،
    شهر آذار من عام 2017، أكتوبر المقبل), a month by its number (شهر سبعة), the
    current, last or next month (الشهر الجاري، هذا الشهر) or الشهر alone (the
    current one; not before an adjective: الشهر الفضيل is Ramadan). A month
    without its year is the nearest, as a lone month is.

    Returns the year, the month, the end, and whether the year was not written.
    """
    noun = p.get(j, MONTHNOUN, clitic_ok=False)
    got = p.month_at(j + 1 if noun else j)
    if got is not None and got[0].value.calendar == "gregorian":
        month = got[0]
        year, calendar, end, direction = year_tail(p, month, got[1])
        value = rs.month_value(month.value.number, calendar, year, p.ref, direction)
        return (value.start.year, value.start.month, end, year is None) if value else None
    numbered = month_number(p, j)
    if numbered is not None:
        return numbered
    period = relative.rule_period(p, j)
    if period is not None and period.value is not None and period.value.grain == "month":
        return period.value.start.year, period.value.start.month, period.end, True
    per = p.get(j, PERIOD, clitic_ok=False)
    if per is not None and per.value == "month" and not p.key(j + per.ntok).startswith("ال"):
        return p.ref.year, p.ref.month, j + per.ntok, True  # not الشهر الفضيل (Ramadan)
    return None


def year_of(p: Parser, j: int) -> tuple[int, int, bool] | None:
    """The Gregorian year a part of it is of: عام 2018، 2020، العام الجاري، السنة
    الماضية، or العام|السنة alone (the current one; not before an adjective: العام
    الدراسي، السنة المالية).

    Returns the year, the end, and whether the year was not written.
    """
    written = years.rule_year_noun(p, j) or years.bare_year(p, j, cue=True)
    if written is not None and written.value is not None and written.value.calendar != "hijri":
        return written.value.start.year, written.end, False
    period = relative.rule_period(p, j)
    if period is not None and period.value is not None and period.value.grain == "year":
        return period.value.start.year, period.end, True
    per = p.get(j, PERIOD, clitic_ok=False)
    if per is not None and per.value == "year" and not p.key(j + per.ntok).startswith("ال"):
        return p.ref.year, j + per.ntok, True  # not العام الدراسي، السنة المالية
    return None
