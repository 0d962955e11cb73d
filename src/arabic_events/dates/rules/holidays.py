"""Holidays (عيد الفطر، عيد الأضحى 2019، اليوم الوطني السعودي) and a Hijri month with a
Gregorian year (رمضان 2021).

The names are ``lexicon/holidays.py``; the days are computed by
:mod:`arabic_events.dates.holidays`. A name several countries use (عيد
الاستقلال) takes its country from the words right after it, then from a country
word in its sentence; without one it is no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...lexical import key, unclitic
from ...lexical.calendar import (
    COUNTRY,
    FEASTDAYS,
    HOLIDAY,
    HOLIDAYEVE,
    MONTH,
    MONTHNOUN,
    POSBEFORE,
    THIS,
)
from ...lexicon import holidays as ho
from ...lexicon.calendar_parts import LAST
from ...lexicon.clitics import CONJUNCTIONS, ONE_LETTER_CLITICS
from ...types import DateValue, Grain
from .. import holidays as hd
from .. import resolve as rs
from ..grammar import Match, Parser, Rule
from . import combinators

EVENT_NAMES = frozenset(ho.EVENT_NAMES)
NIGHT_WORDS = frozenset(ho.NIGHT_WORDS)
ANNIVERSARY_WORDS = frozenset(key(w) for w in ho.ANNIVERSARY_WORDS)
TIME_CUES = frozenset(key(w) for w in ho.TIME_CUES)
#: The names some country's row has, and the (name, country) pairs of the table.
COUNTRY_NAMES = frozenset(h.spelling for h in ho.HOLIDAYS if h.country)
COUNTRY_ROWS = frozenset((h.spelling, h.country) for h in ho.HOLIDAYS if h.country)
_SENTENCE_ENDS = frozenset({".", "؟", "?", "!", ":"})
_COUNTRY_REACH = 40  # tokens after the name looked at for its country


def countries(p: Parser, i: int, j: int) -> list[str]:
    """The countries a holiday name at ``i..j`` may be of, nearest first: a country
    word right after it, then the country words before it in its sentence
    (nearest first), then those after it."""
    out: list[str] = []
    right = p.get(j, COUNTRY)
    if right is not None:
        out.append(str(right.value))
    for k in reversed(p._sentence_before(i)):
        r = p.get(k, COUNTRY)
        if r is not None:
            out.append(str(r.value))
    k = j
    while k < p.n and k - j < _COUNTRY_REACH and p.key(k) not in _SENTENCE_ENDS:
        r = p.get(k, COUNTRY)
        if r is not None:
            out.append(str(r.value))
        k += 1
    return out


def _time_cue_before(p: Parser, i: int) -> bool:
    """A time word right before token ``i`` (في، خلال، وبعد …), so a holiday named
    there without its year is the time of something."""
    if i == 0:
        return False
    before = p.key(i - 1)
    return before in TIME_CUES or unclitic(before, CONJUNCTIONS, 1) in TIME_CUES


def in_hijri_year(entry: ho.Holiday, year: int, feast_days: bool) -> DateValue | None:
    """A Hijri holiday in a Hijri year (عيد الفطر لعام 1441هـ), approximate."""
    value = rs.day_value(rs.DayRef(entry.day, entry.month, "hijri", year, None), dt.date.today())
    if value is None:
        return None
    if feast_days and entry.days > 1:
        try:
            end = value.start + dt.timedelta(days=entry.days - 1)
        except OverflowError:
            return None
        return replace(value, end=end, grain=Grain.RANGE, approximate=True)
    return replace(value, approximate=True)


def rule_holiday(p: Parser, i: int) -> Match | None:
    """[أيام|عطلة|إجازة | عشية|غداة | أول|ثاني … أيام] HOLIDAY [COUNTRY] [YEAR [ERA]].

    A name alone is the occurrence nearest the reference; with a Gregorian year
    its first occurrence in that year; with a Hijri year (1441هـ، or a year up to
    1600 after a Hijri holiday) its day in that year. The days of a feast (أيام
    عيد الفطر) are a range and one of them (ثاني أيام عيد الأضحى) its day; the
    eve (عشية عيد الفطر) is the day before, and the night of a Hijri day (ليلة
    القدر) the evening it begins: the Gregorian day before.
    """
    j, clitic, feast, offset = i, None, False, 0
    nth = p.get(i, POSBEFORE)
    if nth is not None:
        # أول أيام عيد الأضحى، ثاني أيام العيد، آخر أيام عيد الفطر: one day of the feast
        if p.get(i + 1, FEASTDAYS, clitic_ok=False) is None:
            return None
        i_days = i + 1
    else:
        i_days = i
    days = p.get(i_days, FEASTDAYS, clitic_ok=nth is None)
    eve = p.get(i, HOLIDAYEVE)
    if nth is not None and days is not None and p.get(i + 2, HOLIDAY, clitic_ok=False):
        j, clitic = i + 2, nth.clitic
    elif nth is not None:
        return None
    elif days is not None and p.get(i + 1, HOLIDAY, clitic_ok=False):
        j, clitic, feast = i + 1, days.clitic, True
    elif eve is not None and p.get(i + 1, HOLIDAY, clitic_ok=False):
        j, clitic, offset = i + 1, eve.clitic, int(eve.value)
    name = p.get(j, HOLIDAY, clitic_ok=clitic is None)
    if name is None:
        return None
    if clitic is None:
        clitic = name.clitic
    spelling = str(name.value)
    if spelling in EVENT_NAMES and j == i:
        before = p.key(i - 1)
        bare = unclitic(before, ONE_LETTER_CLITICS, 1)
        if before not in ANNIVERSARY_WORDS and bare not in ANNIVERSARY_WORDS:
            return None  # المسيرة الخضراء of 1975, not its anniversary
    end = j + name.ntok
    country = None
    if spelling in COUNTRY_NAMES:
        country = next((c for c in countries(p, j, end) if (spelling, c) in COUNTRY_ROWS), None)
    rows = hd.holidays_named(spelling, country)
    if not rows:
        return None  # a national day without its country
    right = p.get(end, COUNTRY, clitic_ok=False)
    if right is not None and str(right.value) == (country or rows[0].country):
        end += right.ntok
    if p.key(end) in combinators.MONTH_EPITHETS:
        end += 1  # عيد الأضحى المبارك
    # a year after "this" (عيد الفطر لهذا العام 1433هـ) is a mention of its own
    this = p.get(end, THIS) or (p.key(end) == "من" and p.get(end + 1, THIS))
    got = None if this else combinators.year_after_era(p, end, "gregorian")
    value: DateValue | None
    if got is not None:
        year, era, end = got
        hijri = era == "hijri" or (era is None and rows[0].calendar == "hijri" and year <= 1600)
        if hijri:
            entry = rows[0]
            if entry.calendar != "hijri":
                return None
            value = in_hijri_year(entry, year, feast and offset == 0)
        else:
            value = hd.resolve_holiday(spelling, year, country=country, feast_days=feast)
    elif eve is None and not _time_cue_before(p, i):
        return None  # the occasion a sentence is about, not a time (lexicon TIME_CUES)
    else:
        value = hd.resolve_holiday(spelling, None, p.ref, country=country, feast_days=feast)
    night = spelling.split()[0] in NIGHT_WORDS and rows[0].calendar == "hijri"
    offset -= 1 if night else 0
    if nth is not None and value is not None:
        length = rows[0].days
        n = length if int(nth.value) == LAST else int(nth.value)
        if not 1 <= n <= length:
            return None
        offset += n - 1
    if value is not None and offset:
        shifted = rs.relative_day(value.start, offset)
        value = replace(shifted, approximate=value.approximate) if shifted else None
    if value is None:
        return None
    return Match(i, clitic, end, value, relative=got is None, named=True)


def rule_hijri_month_year(p: Parser, i: int) -> Match | None:
    """[شهر] HIJRI-MONTH [EPITHET] [عام|سنة …] GREGORIAN-YEAR: رمضان 2021، شهر رمضان
    المبارك لعام 2020: the Hijri month that begins in that Gregorian year.

    A month name that is also a common word or a name (صفر، رمضان) takes the year
    right after it, or شهر before it.
    """
    noun = p.get(i, MONTHNOUN)
    j = i + 1 if noun is not None else i
    r = p.get(j, MONTH, clitic_ok=noun is None)
    if r is None or r.value.calendar != "hijri":
        return None  # a Gregorian month: checked before its gloss is read
    got = p.month_at(j, clitic_ok=noun is None)
    if got is None:
        return None
    month, j = got
    if p.key(j) in combinators.MONTH_EPITHETS:
        j += 1
    # a month name that is also a common word or a name (رمضان، صفر) takes its year
    # right after it, as in the month rule
    fillers = noun is not None or not month.value.ambiguous
    year = combinators.year_after_era(p, j, "gregorian", fillers=fillers)
    if year is None or year[1] == "hijri" or year[0] <= 1600:
        return None
    value = hd.hijri_month_in_year(month.value.number, year[0])
    clitic = noun.clitic if noun is not None else month.clitic
    return Match(i, clitic, year[2], value) if value else None


# --- the rules ---------------------------------------------------------------------

HOLIDAY_RULE = Rule("holiday", frozenset({HOLIDAY, FEASTDAYS, HOLIDAYEVE, POSBEFORE}), rule_holiday)
HIJRI_MONTH_YEAR_RULE = Rule(
    "hijri_month_year", frozenset({MONTH, MONTHNOUN}), rule_hijri_month_year
)

#: The holiday rules, in the order they are tried.
HOLIDAY_RULES: tuple[Rule, ...] = (HOLIDAY_RULE, HIJRI_MONTH_YEAR_RULE)
