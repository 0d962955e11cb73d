"""The date grammar: which token sequences are dates, read left to right.

Each ``_rule`` method tries one construction at a token position and returns a
:class:`Match` (tokens covered and resolved value) or ``None``. At every
position that can start a date, all rules are tried and the longest match
wins; the scan then jumps past it, so mentions never overlap. Every rule looks
ahead a bounded number of tokens, so the cost is linear in the text length.

Constructions (docs/dates.md has an example of each):

- day month [year] [era], with a weekday, a dual month name, a direction;
- month year; a lone month after a cue (في يونيو، شهر رمضان) or with a direction;
- numeric day-first and ISO dates;
- ranges: من … إلى …، بين … و …، 10-12 …، 13 و14 …;
- parts of a month or year (مطلع، منتصف، أواخر …);
- a year after a year noun (سنة، عام), a cue (في، خلال) or with an era mark;
- relative days (أمس الأربعاء), weekdays, periods (الشهر المقبل), counts (قبل ثلاثة أيام).

Pieces shared by every rule, each written once: :meth:`Parser.year_tail` (what
follows a month up to its year: epithets, fillers, glosses, era marks),
:meth:`Parser.apposed` (an explicit date after a deictic word or a weekday),
:meth:`Parser.weekday_check`, :meth:`Parser.range_end`, :meth:`Parser.resolve_range`
and :meth:`Parser.year_before` (ranges). :meth:`Parser.scan` keeps what the text
said before the current position (the last date, the last written year) for
:meth:`Parser.day_value` and :meth:`Parser.same_value`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal, TypeAlias, cast, overload

from .. import calendars as cal
from ..lexical import Token, key
from ..lexical.calendar import (
    Category,
    Entry,
    MonthEntry,
    Reading,
    UnitEntry,
    WeekdayEntry,
    readings,
)
from ..lexicon import calendar_words as cw
from ..types import DateValue
from . import resolve as rs

_MAX_DAY = 31
NOT_WEEKDAY_BEFORE = frozenset(key(w) for w in cw.NOT_WEEKDAY_BEFORE_AMBIGUOUS)
NOT_DATE_AFTER_RELATIVE = frozenset(key(w) for w in cw.NOT_DATE_AFTER_RELATIVE)
MONTH_EPITHETS = frozenset(key(w) for w in cw.MONTH_EPITHETS)
SAME_BEFORE = frozenset(key(w) for w in cw.SAME_BEFORE)
DATE_NOUNS = frozenset(key(w) for w in cw.DATE_NOUNS)
TIME_OF_DAY = frozenset(key(w) for w in cw.TIME_OF_DAY_NOUNS)
SAME_AFTER = frozenset(key(w) for w in cw.SAME_AFTER)
FUTURE_CUES = frozenset(key(w) for w in cw.FUTURE_CUES)
NAME_CUES = frozenset(key(w) for w in cw.NAME_CUES)
ANNIVERSARY_CUES = frozenset(key(w) for w in cw.ANNIVERSARY_CUES)
_SENTENCE_ENDS = frozenset({".", "؟", "?", "!", ":"})
_NARRATED_MIN_AHEAD = 60  # days: a nearer future date is left to the nearest-year rule
_CONTEXT_REACH = 40  # tokens: how far back the sentence of a date is looked at
_NUMERIC_SEPARATORS = ("/", "-", ".")
_COMMAS = ("،", ",")
_DASHES = ("-", "–", "—")
End: TypeAlias = "rs.DayRef | DateValue"  # a range end: a day still to resolve, or a resolved day
_GREGORIAN_YEARS = (1000, 2999)
_CUE_YEARS = (1800, 2100)  # a bare number after في/خلال is a year only in this range
_HIJRI_YEARS = (1000, 1600)
_HIJRI_DIGIT_YEARS = (1300, 1500)  # a numeric date with such a year and no era is Hijri
#: Reading categories a date can start with (besides digits); ``anchors.py`` reads it.
ANCHOR_CATEGORIES = _ANCHORS = frozenset(
    {
        Category.MONTH,
        Category.WEEKDAY,
        Category.RELDAY,
        Category.PERIOD,
        Category.THIS,
        Category.PART,
        Category.COUNTDIR,
        Category.YEARNOUN,
        Category.MONTHNOUN,
        Category.FROM,
        Category.BETWEEN,
        Category.ORD,
        Category.ORDTEN,
        Category.CARD,
        Category.CARDTEN,
        Category.FIRSTDAY,
        Category.THOUSAND,
        Category.YEARPAIR,
        Category.MONTHPAIR,
    }
)


_DAY_STARTS = frozenset(
    {
        Category.DIGITS,
        Category.ORD,
        Category.ORDTEN,
        Category.CARD,
        Category.CARDTEN,
        Category.FIRSTDAY,
    }
)
#: The readings (or ``digits``) a rule's first token can have: the other rules are
#: not tried at a position (a rule added to ``Parser.RULES`` needs a row here).
RULE_STARTS: dict[str, frozenset[Category]] = {
    "rule_relative_day": frozenset({Category.RELDAY}),
    "rule_weekday": frozenset({Category.WEEKDAY}),
    "rule_range_from": frozenset({Category.FROM}),
    "rule_range_between": frozenset({Category.BETWEEN}),
    "rule_numeric": frozenset({Category.DIGITS}),
    "rule_range_pair": _DAY_STARTS,
    "rule_day_month": _DAY_STARTS,
    "rule_part": frozenset({Category.PART}),
    "rule_month": frozenset({Category.MONTH, Category.MONTHNOUN}),
    "rule_period": frozenset({Category.PERIOD, Category.THIS}),
    "rule_count": frozenset({Category.COUNTDIR}),
    "rule_year_noun": frozenset({Category.YEARNOUN}),
    "rule_bare_year": frozenset({Category.DIGITS}),
    "rule_year_range": frozenset(
        {Category.BETWEEN, Category.FROM, Category.YEARPAIR, Category.DIGITS}
    ),
    "rule_numbered_month": frozenset({Category.PERIOD, Category.MONTHNOUN}),
    "rule_month_pair": frozenset({Category.MONTHPAIR}),
}


@dataclass(frozen=True, slots=True)
class Match:
    """A date read from tokens ``first`` (after ``clitic`` characters) to ``end`` (exclusive)."""

    first: int
    clitic: int
    end: int
    value: DateValue | None  # None: a well-formed date that does not exist (31 فبراير)
    relative: bool = False
    warnings: tuple[str, ...] = ()
    yearless: bool = False  # its year was not written (nearest year, or from the text)


class Parser:
    """Reads dates from the tokens of one normalized text, against one reference date."""

    def __init__(self, tokens: list[Token], reference: dt.date) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.ref = reference
        self._readings: dict[int, list[Reading[Entry]]] = {}
        # what the text said before the current position (scan() keeps them)
        self.last: Match | None = None  # the last date reported
        self.year_seen: int | None = None  # the year of the last date with a written year

    # --- lexical access --------------------------------------------------------

    def read(self, i: int) -> list[Reading[Entry]]:
        if i >= self.n or i < 0:
            return []
        got = self._readings.get(i)
        if got is None:
            got = self._readings[i] = readings(self.t, i)
        return got

    @overload
    def get(  # type: ignore[overload-overlap]
        self, i: int, cat: Literal[Category.MONTH], clitic_ok: bool = True
    ) -> Reading[MonthEntry] | None: ...
    @overload
    def get(  # type: ignore[overload-overlap]
        self, i: int, cat: Literal[Category.WEEKDAY], clitic_ok: bool = True
    ) -> Reading[WeekdayEntry] | None: ...
    @overload
    def get(  # type: ignore[overload-overlap]
        self, i: int, cat: Literal[Category.UNIT], clitic_ok: bool = True
    ) -> Reading[UnitEntry] | None: ...
    @overload
    def get(  # type: ignore[overload-overlap]
        self,
        i: int,
        cat: Literal[Category.PERIOD, Category.PART, Category.ERA],
        clitic_ok: bool = True,
    ) -> Reading[str] | None: ...
    @overload
    def get(self, i: int, cat: Category, clitic_ok: bool = True) -> Reading[int] | None: ...
    def get(self, i: int, cat: Category, clitic_ok: bool = True) -> Reading[Any] | None:
        """The first (longest) reading of category ``cat`` at ``i``; with ``clitic_ok``
        false, only one written without a clitic. Its value is typed by the category:
        a :class:`MonthEntry`, :class:`WeekdayEntry`, :class:`UnitEntry`, a name
        (a period, a part, an era) or a number."""
        for r in self.read(i):
            if r.cat is cat and (clitic_ok or r.clitic == 0):
                return r
        return None

    def key(self, i: int) -> str:
        return self.t[i].key if 0 <= i < self.n else ""

    def adjacent(self, i: int) -> bool:
        """Tokens ``i`` and ``i + 1`` touch (no space between them)."""
        return i + 1 < self.n and self.t[i].end == self.t[i + 1].start

    def conj(self, i: int) -> tuple[int, bool]:
        """Skip a standalone "و" at ``i``; also report whether the next token carries it."""
        if self.key(i) == "و":
            return i + 1, False
        return i, True

    # --- numbers ---------------------------------------------------------------

    def number_words(self, i: int) -> tuple[int, int] | None:
        """A number in words up to 9999 (ألفين وثمانية عشر): value and end."""
        total, j, parts = 0, i, 0
        while j < self.n:
            step = self._number_part(j, first=parts == 0)
            if step is None:
                break
            value, j = step
            total += value
            parts += 1
        return (total, j) if parts else None

    def _number_part(self, j: int, first: bool) -> tuple[int, int] | None:
        for r in self.read(j):
            if not first and r.clitic != 1:
                continue  # later parts are joined by و
            if first and r.clitic:
                continue
            if r.cat in (Category.THOUSAND, Category.HUNDRED, Category.CARDTEN, Category.ORDTEN):
                return cast(int, r.value), j + r.ntok
            if r.cat in (Category.CARD, Category.ORD):
                teen = self.get(j + r.ntok, Category.TEEN, clitic_ok=False)
                if teen:
                    return cast(int, r.value) + 10, j + r.ntok + 1
                return cast(int, r.value), j + r.ntok
        return None

    def day_at(self, i: int, waw: bool = False) -> tuple[int, int] | None:
        """A day of the month, in digits or words: value and end.

        ``waw``: the word may carry the conjunction و (وفاتح أكتوبر after بين).
        """
        tok = self.t[i] if i < self.n else None
        if tok is None:
            return None
        if tok.key == "ال" and i + 1 < self.n and self.t[i + 1].is_digits:
            tok, i = self.t[i + 1], i + 1  # الـ14 من يناير: the article before digits
        if tok.is_digits:
            # 0 and 32..99 read as a day too, so "32 يوليوز" is a date that does not exist
            return (int(tok.key), i + 1) if len(tok.key) <= 2 else None

        waw_ok = waw and tok.key[:1] == "و"
        if any(
            r.cat == Category.FIRSTDAY and (not r.clitic or (waw_ok and r.clitic == 1))
            for r in self.read(i)
        ):
            return 1, i + 1
        if not any(
            r.cat in (Category.ORD, Category.ORDTEN, Category.CARD, Category.CARDTEN)
            and not r.clitic
            for r in self.read(i)
        ):
            return None
        got = self.number_words(i)
        if got and 1 <= got[0] <= _MAX_DAY:
            return got
        return None

    def year_at(self, i: int, lo: int, hi: int) -> tuple[int, int] | None:
        """A year in digits or words within ``lo..hi``: value and end."""
        if i >= self.n:
            return None
        tok = self.t[i]
        if tok.is_digits:
            if len(tok.key) in (3, 4) and lo <= int(tok.key) <= hi:
                return int(tok.key), i + 1
            return None
        if self.get(i, Category.THOUSAND, clitic_ok=False):
            got = self.number_words(i)
            if got and lo <= got[0] <= hi:
                return got
        return None

    def era_at(self, j: int) -> tuple[str, int] | None:
        r = self.get(j, Category.ERA, clitic_ok=False)
        return (str(r.value), j + r.ntok) if r else None

    # --- months ----------------------------------------------------------------

    def month_at(self, i: int, clitic_ok: bool = False) -> tuple[Reading[MonthEntry], int] | None:
        """A month name, with its gloss in the other month system when written.

        The gloss is the same month in another system: in parentheses (يوليو
        (تموز)), after a slash or a dash (تموز/يوليو، يونيو - حزيران), or right
        after it (يونيو حزيران, what a tatweel dash leaves once normalized).
        """
        r = self.get(i, Category.MONTH, clitic_ok)
        if r is None:
            return None
        j = i + r.ntok
        k = j
        opened = self.key(k) == "("
        if opened or self.key(k) in ("/", "-"):
            k += 1
        other = self.get(k, Category.MONTH, clitic_ok=False)
        if (
            other
            and other.value.number == r.value.number
            and other.value.calendar == r.value.calendar
        ):
            k += other.ntok
            if not opened:
                j = k
            elif self.key(k) == ")":
                j = k + 1
        return r, j

    def year_tail(
        self, month: Reading[MonthEntry], j: int
    ) -> tuple[int | None, str, int, int | None]:
        """What may follow a month name, up to its year: ONE reading used by every rule.

        [EPITHET] [DIRECTION] [من] [هذا|لهذا] [عام|سنة|العام|لعام] YEAR [ERA]:
        رمضان المبارك 1440هـ، مايو عام 2016، جانفي سنة 2011، نيسان لعام 2021،
        ذي الحجة من العام 1440هـ، شعبان لهذا العام، المحرم القادم 1438هـ; or a
        direction alone (مارس الماضي), or a relative year (فبراير من العام الماضي).

        Returns the year (or None), the calendar, the end, and the direction.
        """
        calendar = str(month.value.calendar)
        if calendar == "hijri" and self.key(j) in MONTH_EPITHETS:
            j += 1
        direction = None
        mod = self.get(j, Category.MOD, clitic_ok=False)
        if mod:
            direction, j = int(mod.value), j + mod.ntok
        got = self.year_after(j, calendar)
        this_year = self.get(j, Category.THIS) or (
            self.key(j) == "من" and self.get(j + 1, Category.THIS)
        )
        if (
            got
            and month.value.ambiguous
            and got[1] > j + 1
            and not (self.era_at(got[1] - 1) or this_year)
        ):
            # a month name that is also a common word (التمور، صفر) takes a year after
            # a filler only when an era mark closes it (صفر عام 1438هـ) or the filler
            # is "this year" (رمضان لهذا العام)
            got = self.year_after(j, calendar, fillers=False)
        if got:
            return got[0], calendar, got[1], None
        if direction is None and calendar == "gregorian" and self.key(j) == "من":
            # فبراير من العام الماضي
            year_match = self.rule_period(j + 1)
            value = year_match.value if year_match is not None else None
            if year_match is not None and value is not None and value.grain.value == "year":
                return value.start.year, calendar, year_match.end, None
        return None, calendar, j, direction

    def year_after(self, j: int, calendar: str, fillers: bool = True) -> tuple[int, int] | None:
        """[من] [هذا|لهذا] [عام|سنة|لعام …] YEAR [ERA], or (لهذا العام) the current year."""
        k = j
        if not fillers:
            got = self.year_at(k, *(_HIJRI_YEARS if calendar == "hijri" else _GREGORIAN_YEARS))
            era = self.era_at(got[1]) if got else None
            return (got[0], era[1] if era else got[1]) if got else None
        opener = self.get(k, Category.FROM, clitic_ok=False)
        if opener:
            k += opener.ntok
        same_before = self.key(k) in SAME_BEFORE
        if same_before:
            k += 1
        noun = self.get(k, Category.YEARNOUN, clitic_ok=False)
        if (same_before or opener) and noun and (same_before or self.key(k + 1) in SAME_AFTER):
            # من العام نفسه، من نفس العام: the year of the date before
            same = self.same_value("year")
            if same is None:
                return None
            year = same.start.year
            if calendar == "hijri":
                year = same.hijri[0] if same.hijri else cal.gregorian_to_hijri_year(same.start)
            return year, k + noun.ntok + (0 if same_before else 1)
        if same_before:
            return None
        this = self.get(k, Category.THIS)
        if this and this.clitic in (0, 1) and self.key(k)[:1] in ("ل", "ه"):
            k += this.ntok
        else:
            this = None
        noun = self.get(k, Category.YEARNOUN)
        if noun and (noun.clitic == 0 or self.key(k)[:1] == "ل"):
            k += noun.ntok
        elif opener or this:
            return None
        lo, hi = _HIJRI_YEARS if calendar == "hijri" else _GREGORIAN_YEARS
        got = self.year_at(k, lo, hi)
        if got is None:
            if this and noun and self.get(k - 1, Category.PERIOD, clitic_ok=False):
                if calendar == "hijri":
                    return cal.gregorian_to_hijri_year(self.ref), k
                return self.ref.year, k
            return None
        year, k = got
        era = self.era_at(k)
        return year, era[1] if era else k

    # --- constructions -----------------------------------------------------------

    def day_month(self, i: int, waw: bool = False) -> tuple[rs.DayRef, int] | None:
        """DAY [من] [شهر] MONTH [YEAR [ERA] | DIRECTION]."""
        day = self.day_at(i, waw)
        if day is None:
            return None
        d, j = day
        if self.key(j) == "من":  # الأول من مارس
            j += 1
            period = self.get(j, Category.PERIOD, clitic_ok=False)
            mod = period and self.get(j + period.ntok, Category.MOD, clitic_ok=False)
            if period is not None and period.value == "month" and mod:
                # في 10 من الشهر الجاري
                this_month = rs.period_value("month", int(mod.value), self.ref)
                if this_month is None:
                    return None  # a month past the calendar's ends
                first = this_month.start
                return rs.DayRef(
                    d, first.month, "gregorian", first.year
                ), j + period.ntok + mod.ntok
        if self.get(j, Category.MONTHNOUN, clitic_ok=False):
            j += 1
        got = self.month_at(j)
        if got is None:
            return None
        month, j = got
        year, calendar, j, direction = self.year_tail(month, j)
        return rs.DayRef(d, month.value.number, calendar, year, direction), j

    def _day_only(self, i: int) -> tuple[rs.DayRef, int] | None:
        """A day that may take its month and year from the other end of a range."""
        full = self.day_month(i)
        if full:
            return full
        day = self.day_at(i)
        if day is None:
            return None
        return rs.DayRef(day[0]), day[1]

    def range_end(self, j: int, waw: bool = False) -> tuple[End, int, int | None] | None:
        """One end of a range: the ONE reader used by every range rule.

        [يوم] then a deictic or weekday date (يوم الخميس الموافق 19 مارس 2026، غدا
        السبت، الخميس المقبل), or a day with or without its month (25 شتنبر، 25).
        Returns the end, where it stops, and the weekday when it is a bare weekday
        (to be read as the next such day after the other end).
        """
        k = j

        def joined(r: Reading[Any] | None) -> bool:
            return r is not None and (r.clitic == 0 or (waw and self.key(k)[:1] == "و"))

        noun = self.get(k, Category.DAYNOUN, clitic_ok=waw)
        if noun is not None and joined(noun):
            k, waw = k + noun.ntok, False
        wd = self.get(k, Category.WEEKDAY, clitic_ok=waw)
        if joined(wd) or joined(self.get(k, Category.RELDAY, clitic_ok=waw)):
            m = self.rule_relative_day(k) or self.rule_weekday(k)
            if m is not None and m.value is not None and m.value.grain.value == "day":
                bare = wd is not None and m.relative and m.end == k + wd.ntok
                if not (bare and self.day_at(m.end) is not None):
                    return m.value, m.end, wd.value.weekday if bare and wd else None
            if wd is not None and joined(wd):
                k, waw = k + wd.ntok, False
        got = self.day_month(k, waw) or (None if waw else self._day_only(k))
        return (got[0], got[1], None) if got else None

    def _range_to(self, j: int) -> int | None:
        """[،] [و]إلى|حتى|لغاية …: the end of the word between two range ends."""
        if self.key(j) in _COMMAS:
            j += 1
        k, attached = self.conj(j)
        to = self.get(k, Category.TO, clitic_ok=attached)
        if to is None or (attached and to.clitic and self.key(k)[:1] != "و"):
            return None
        return k + to.ntok

    def _skip_weekday(self, i: int, clitic_ok: bool = False) -> int:
        r = self.get(i, Category.WEEKDAY, clitic_ok)
        return i + r.ntok if r else i

    def year_before(
        self, last: DateValue, year: int, make: Callable[[int], DateValue | None]
    ) -> DateValue | None:
        """The ONE range fix-up: the first end in ``year``, or the year before when it
        would fall after the last end (28 ديسمبر - 3 يناير 2019)."""
        first = make(year)
        if first is not None and first.start > last.start:
            first = make(year - 1)
        return first

    def resolve_range(self, a: End, b: End, weekday_b: int | None = None) -> DateValue | None:
        """From end ``a`` to end ``b``: a day without a month or year takes them from ``b``."""
        if isinstance(b, rs.DayRef):
            second = rs.day_value(b, self.ref)
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
            in_hijri = second.calendar.value == "hijri" and second.hijri is not None
            month = second.hijri[1] if in_hijri and second.hijri else second.start.month
            a = rs.DayRef(a.day, month, "hijri" if in_hijri else "gregorian", None, None)
        if a.year is not None:
            first = rs.day_value(a, self.ref)
        else:
            hijri = a.calendar == "hijri" and second.hijri
            year = second.hijri[0] if hijri and second.hijri else second.start.year
            first = self.year_before(
                second,
                year,
                lambda y: rs.day_value(rs.DayRef(a.day, a.month, a.calendar, y, None), self.ref),
            )
        return rs.range_value(first, second) if first is not None else None

    def rule_range_from(self, i: int) -> Match | None:
        """من END إلى|حتى|لغاية END (ends as :meth:`range_end` reads them); also months."""
        r = self.get(i, Category.FROM)
        if r is None:
            return None
        a = self.range_end(i + r.ntok)
        if a is None:
            return self._month_range(i, r.clitic)
        k = self._range_to(a[1])
        if k is None:
            return None
        b = self.range_end(k)
        if b is None or (isinstance(b[0], rs.DayRef) and b[0].month is None):
            return None
        return Match(i, r.clitic, b[1], self.resolve_range(a[0], b[0], b[2]))

    def _month_range(self, i: int, clitic: int, between: bool = False) -> Match | None:
        """من MONTH [YEAR] إلى MONTH YEAR, and بين MONTH [YEAR] و MONTH YEAR."""
        a = self.month_at(i + 1)
        if a is None:
            return None
        year_a, cal_a, j, _ = self.year_tail(a[0], a[1])
        if between:
            j, attached = self.conj(j)
            b = self.month_at(j, clitic_ok=attached)
            if b is not None and attached and b[0].clitic != 1:
                return None
        else:
            k = self._range_to(j)
            if k is None:
                return None
            b = self.month_at(k)
        if b is None:
            return None
        year_b, cal_b, end, _ = self.year_tail(b[0], b[1])
        if year_b is None:
            return None
        last = rs.month_value(b[0].value.number, cal_b, year_b, self.ref)
        if last is None:
            return None
        number_a = a[0].value.number
        if year_a is not None:
            first = rs.month_value(number_a, cal_a, year_a, self.ref)
        else:
            first = self.year_before(
                last, year_b, lambda y: rs.month_value(number_a, cal_a, y, self.ref)
            )
        if first is None:
            return None
        value = rs.range_value(first, last)
        return Match(i, clitic, end, value) if value else None

    def rule_range_between(self, i: int) -> Match | None:
        """بين END و END (وفاتح أكتوبر: the و may be written on the second end)."""
        r = self.get(i, Category.BETWEEN)
        if r is None:
            return None
        a = self.range_end(i + r.ntok)
        if a is None:
            return self._month_range(i, r.clitic, between=True)
        j, attached = self.conj(a[1])
        b = self.range_end(j, waw=attached)
        if b is None or (isinstance(b[0], rs.DayRef) and b[0].month is None):
            return None
        return Match(i, r.clitic, b[1], self.resolve_range(a[0], b[0], b[2]))

    def rule_range_pair(self, i: int) -> Match | None:
        """DAY-DAY[-DAY …] MONTH [YEAR] and DAY و DAY [و DAY …] MONTH [YEAR]: first to last.

        Also with a spaced dash or an en dash between the last two (5 - 7 شوال
        1430هـ); a dash between two full days is read by :meth:`rule_day_month`.
        """
        a = self.day_at(i)
        if a is None:
            return None
        j = a[1]
        for _ in range(8):
            tight = self.t[j - 1].is_digits and self.adjacent(j - 1) and self.adjacent(j)
            dash = self.key(j) in _DASHES
            if not ((dash and tight) or self.key(j) == "و" or dash):
                return None
            k = j + 1
            b = self.day_month(k)
            if b is not None:
                return Match(i, 0, b[1], self.resolve_range(rs.DayRef(a[0]), b[0]))
            if dash and not tight:
                return None  # a spaced dash only before the last day (5 - 7 شوال)
            nxt = self.day_at(k)
            if nxt is None:
                return None
            j = nxt[1]
        return None

    def rule_day_month(self, i: int) -> Match | None:
        """DAY [من] MONTH [YEAR [ERA] | DIRECTION] [– DAY MONTH [YEAR]].

        A dash or an en dash between two full days makes a range (3 مارس – 17
        أبريل، 28 رجب - 3 شعبان 1431هـ).
        """
        got = self.day_month(i)
        if got is None:
            return None
        ref, end = got
        if self.key(end) in _DASHES:
            b = self.day_month(end + 1)
            if b is not None:
                return Match(i, 0, b[1], self.resolve_range(ref, b[0]))
        yearless = ref.year is None and ref.direction is None
        return Match(i, 0, end, self.day_value(ref, i), yearless=yearless)

    # --- the text around a date --------------------------------------------------

    def _sentence_before(self, i: int) -> range:
        """Token positions before ``i`` in its sentence, at most :data:`_CONTEXT_REACH`."""
        k = i - 1
        while k >= 0 and i - k <= _CONTEXT_REACH and self.key(k) not in _SENTENCE_ENDS:
            k -= 1
        return range(k + 1, i)

    def _future_before(self, i: int) -> bool:
        """A future cue or verb (سيعقد، ستجرى، المقرر) earlier in the sentence of ``i``."""
        for k in self._sentence_before(i):
            w = self.key(k)
            if w in FUTURE_CUES or (len(w) > 3 and w[0] == "س" and w[1] in "يتنا"):
                return True
        return False

    def day_value(self, ref: rs.DayRef, i: int) -> DateValue | None:
        """A day; a yearless day in a passage that narrates a past year takes that year.

        Limits (docs/dates.md, "Years from the text"): the day has no year and no
        direction and is Gregorian; the nearest-year rule puts it more than
        :data:`_NARRATED_MIN_AHEAD` days after the reference; an earlier date of
        the text wrote the year, and that year is the reference year or the one
        before; in that year the day is not after the reference; and no future
        cue stands before it in its sentence.
        """
        value = rs.day_value(ref, self.ref)
        if (
            value is None
            or ref.year is not None
            or ref.direction is not None
            or ref.calendar != "gregorian"
            or self.year_seen is None
            or self.year_seen not in (self.ref.year, self.ref.year - 1)
            or (value.start - self.ref).days <= _NARRATED_MIN_AHEAD
            or self._future_before(i)
        ):
            return value
        moved = rs.day_value(rs.DayRef(ref.day, ref.month, "gregorian", self.year_seen), self.ref)
        return moved if moved is not None and moved.start <= self.ref else value

    def _after_anchor(self, i: int, weekday: int, value: DateValue) -> DateValue:
        """A bare weekday after a written future day of the same sentence is the next
        such day after it (الأحد 11 سبتمبر … ويوم الاثنين; يوم الأحد الذي يليه)."""
        last = self.last
        if last is None or last.relative or last.value is None or last.value.grain.value != "day":
            return value  # only a written date anchors (not a deictic word or a weekday)
        anchor = last.value.start
        if anchor <= self.ref or value.start >= anchor:
            return value
        if last.first not in self._sentence_before(i):
            return value
        return rs.relative_day(anchor, (weekday - anchor.weekday()) % 7 or 7) or value

    def same_value(self, unit: str) -> DateValue | None:
        """The day, month or year of the date mentioned just before (نفس اليوم، العام نفسه)."""
        last = self.last.value if self.last is not None else None
        if last is None:
            return None
        if unit == "day":
            return last if last.grain.value == "day" else None
        if unit == "month":
            if last.grain.value not in ("day", "month"):
                return None
            return rs.month_value(last.start.month, "gregorian", last.start.year, self.ref)
        if unit == "year":
            return rs.year_value(last.start.year, "gregorian")
        return None

    def in_name(self, m: Match) -> bool:
        """The date is part of a name (قوى 14 آذار، ثورة 25 يناير، مدينة 6 أكتوبر).

        The noun before it (its clitics and a written article الـ aside) is one of
        the name cues, or an anniversary cue when the date has no written year.
        """
        if m.relative or m.clitic or m.value is None:
            return False
        k = m.first - 1
        if self.key(k) == "ال":
            k -= 1
        if k < 0:
            return False
        w = self.key(k)
        forms = {w, w[1:]} if w[:1] in "وفبل" and len(w) > 3 else {w}
        if w.startswith("لل"):
            forms.add("ال" + w[2:])
        if forms & NAME_CUES:
            return True
        return m.yearless and bool(forms & ANNIVERSARY_CUES)

    def _same_at(self, i: int, ntok: int) -> bool:
        """نفس|ذات before token ``i``, or نفسه|ذاته after the ``ntok`` tokens from it."""
        return self.key(i - 1) in SAME_BEFORE or self.key(i + ntok) in SAME_AFTER

    def rule_numeric(self, i: int) -> Match | None:
        """12/07/2018, 12-7-2018, 12.07.2018 (day first) and 2018-07-12, 2018/07/12.

        Spaces around the separators are allowed (22 / 7 / 1439هـ، 17/ 2/ 2026م)
        when the year has four digits.
        """
        return self.numeric(i)

    def numeric(self, i: int, yearless: bool = False) -> Match | None:
        """A numeric date at ``i``; with ``yearless``, also DAY/MONTH (after الموافق)."""
        if i + 2 >= self.n or not self.t[i].is_digits:
            return None
        sep = self.key(i + 1)
        if sep not in _NUMERIC_SEPARATORS or not self.t[i + 2].is_digits:
            return None
        three = self.key(i + 3) == sep and i + 4 < self.n and self.t[i + 4].is_digits
        last = i + 4 if three else i + 2
        tight = all(self.adjacent(k) for k in range(i, last))
        if (
            self.adjacent(last)
            and self.key(last + 1) in _NUMERIC_SEPARATORS
            and self.key(last + 2).isdecimal()
        ):
            return None  # a longer number chain (1/1/1/1): not a date
        if not three:
            a, b = self.t[i].key, self.t[i + 2].key
            yearless = yearless or self.key(i - 1) in DATE_NOUNS
            if not yearless or len(a) > 2 or len(b) > 2 or not 1 <= int(b) <= 12:
                return None
            value = rs.day_value(rs.DayRef(int(a), int(b)), self.ref)
            return Match(i, 0, last + 1, value, relative=True)
        a, b, c = (self.t[i + k].key for k in (0, 2, 4))
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif len(a) <= 2 and len(b) <= 2 and (len(c) == 4 or (tight and len(c) == 3)):
            d, m, y = int(a), int(b), int(c)
        else:
            return None
        era = self.era_at(last + 1)
        # Saudi papers write Hijri dates in digits too: 15/9/1440هـ
        hijri = era[0] == "hijri" if era else _HIJRI_DIGIT_YEARS[0] <= y <= _HIJRI_DIGIT_YEARS[1]
        calendar = "hijri" if hijri else "gregorian"
        value = rs.day_value(rs.DayRef(d, m, calendar, y), self.ref) if 1 <= m <= 12 else None
        return Match(i, 0, era[1] if era else last + 1, value)

    def rule_month(self, i: int) -> Match | None:
        """[شهر] MONTH (YEAR [ERA] | DIRECTION | after a cue)."""
        j, clitic, noun = i, 0, False
        r = self.get(i, Category.MONTHNOUN)
        if r:
            j, clitic, noun = i + 1, r.clitic, True
        got = self.month_at(j, clitic_ok=not noun)
        if got is None:
            return None
        month, j = got
        if not noun:
            clitic = month.clitic
        year, calendar, end, direction = self.year_tail(month, j)
        ambiguous = month.value.ambiguous
        # without a year, a month needs شهر before it, or (unless its name is also a
        # common word) a direction word after it or a cue before it
        if (
            year is None
            and not noun
            and (ambiguous or (direction is None and not self._month_cue(i, month.clitic)))
        ):
            return None
        value = rs.month_value(month.value.number, calendar, year, self.ref, direction)
        if value is None:
            return None
        return Match(i, clitic, end, value, relative=year is None)

    def _month_cue(self, i: int, clitic: int) -> bool:
        """A lone month counts after a cue word (في يونيو) or with a clitic ب (بيونيو)."""
        if clitic and self.key(i)[:1] == "ب":
            return True
        return (
            self.get(i - 1, Category.MONTHCUE) is not None
            or self.get(i - 1, Category.PART) is not None
        )

    def rule_part(self, i: int) -> Match | None:
        """مطلع|منتصف|أواخر … [شهر] MONTH-or-PERIOD."""
        r = self.get(i, Category.PART)
        if r is None:
            return None
        j = i + r.ntok
        inner = (
            self.rule_month(j)
            or self.rule_period(j)
            or self.rule_year_noun(j)
            or self._bare_year(j, cue=True)
        )
        if inner is None:
            return None
        value = inner.value
        if value is None:
            return None
        if value.grain.value == "week":
            value = DateValue(value.start, value.end, value.grain, approximate=True)
        elif value.grain.value in ("month", "year"):
            value = rs.part_value(value, str(r.value))
        else:
            return None
        return Match(i, r.clitic, inner.end, value, inner.relative)

    def rule_period(self, i: int) -> Match | None:
        """الأسبوع|الشهر|العام|السنة + direction, or هذا/هذه + period."""
        this = self.get(i, Category.THIS)
        if this:
            p = self.get(i + 1, Category.PERIOD, clitic_ok=False)
            if p is None:
                return None
            end = i + 1 + p.ntok
            if p.value == "year":  # لهذا العام 1440هـ: the year written
                year = self.rule_year_noun(i + 1)
                if year is not None:
                    return Match(i, this.clitic, year.end, year.value)
            value = rs.period_value(str(p.value), 0, self.ref)
            return Match(i, this.clitic, end, value, relative=True)
        p = self.get(i, Category.PERIOD)
        if p is None:
            return None
        if self._same_at(i, p.ntok):  # العام نفسه، في نفس الشهر
            same = self.same_value(str(p.value))
            end = i + p.ntok + (1 if self.key(i + p.ntok) in SAME_AFTER else 0)
            return Match(i, p.clitic, end, same, True) if same else None
        mod = self.get(i + p.ntok, Category.MOD, clitic_ok=False)
        if mod is None:
            return None
        if p.clitic == 0 and self.get(i - 1, Category.GENERAL, clitic_ok=False):
            return None  # الأمين العام السابق: "general", not "year"
        value = rs.period_value(str(p.value), int(mod.value), self.ref)
        return Match(i, p.clitic, i + p.ntok + mod.ntok, value, relative=True)

    def rule_count(self, i: int) -> Match | None:
        """قبل|بعد|منذ + [COUNT] + UNIT (قبل ثلاثة أيام، بعد أسبوعين، منذ 3 سنوات)."""
        d = self.get(i, Category.COUNTDIR)
        if d is None:
            return None
        j = i + d.ntok
        count = 0
        tok = self.t[j] if j < self.n else None
        if tok is not None and tok.is_digits and len(tok.key) <= 3:
            count, j = int(tok.key), j + 1
        elif tok is not None and any(
            r.cat in (Category.CARD, Category.CARDTEN) and not r.clitic for r in self.read(j)
        ):
            got = self.number_words(j)
            if got:
                count, j = got
        unit = self.get(j, Category.UNIT, clitic_ok=False)
        if unit is None:
            return None
        name, implied = unit.value.unit, unit.value.implied
        if count and implied:
            return None  # "3 يومين" is not a phrase
        count = count or implied
        if not count:
            return None
        after = j + unit.ntok
        if implied and self._names_period(after):
            return None  # قبل شهر رمضان، منذ عام 2015: the noun names a period, no count
        value = rs.count_value(name, count, int(d.value), self.ref)
        return Match(i, d.clitic, j + unit.ntok, value, relative=True) if value else None

    def _names_period(self, j: int) -> bool:
        """The token after a unit noun makes it name a period (شهر رمضان، عام 2015)."""
        if j >= self.n:
            return False
        return self.t[j].is_digits or any(
            r.cat in (Category.MONTH, Category.THOUSAND) and not r.clitic for r in self.read(j)
        )

    def rule_year_noun(self, i: int) -> Match | None:
        """سنة|عام|العام YEAR [ERA]."""
        r = self.get(i, Category.YEARNOUN)
        if r is None:
            return None
        got = self.year_at(i + r.ntok, *_GREGORIAN_YEARS)
        if got is None:
            return None
        year, end = got
        era = self.era_at(end)
        calendar = "gregorian"
        if era:
            calendar, end = era
        value = rs.year_value(year, calendar)
        return Match(i, r.clitic, end, value) if value else None

    def _bare_year(self, i: int, cue: bool) -> Match | None:
        """YEAR ERA (2018م، 1439 هـ), or YEAR after a cue when no counted noun follows."""
        if i >= self.n or not self.t[i].is_digits or len(self.t[i].key) != 4:
            return None
        year = int(self.t[i].key)
        era = self.era_at(i + 1)
        if era:
            value = rs.year_value(year, era[0])
            return Match(i, 0, era[1], value) if value else None
        if not (cue or self.get(i - 1, Category.YEARCUE)):
            return None
        if not _CUE_YEARS[0] <= year <= _CUE_YEARS[1] or self._counted_after(i + 1):
            return None
        value = rs.year_value(year, "gregorian")
        return Match(i, 0, i + 1, value) if value else None

    def _counted_after(self, j: int) -> bool:
        """The word after a number is a counted noun (2018 مشاركا، 2000 جندي)."""
        if j >= self.n:
            return False
        if self.get(j, Category.COUNTED, clitic_ok=False):
            return True
        k, word = self.key(j), self.t[j].word
        if k.startswith("ال") or self.get(j, Category.ADVERB):
            return False
        # an indefinite accusative (مشاركا) or a feminine noun (مدرسة) after the number
        return len(k) > 2 and (k.endswith("ا") or word.endswith("ة"))

    def rule_year_range(self, i: int) -> Match | None:
        """بين عامي 2015 و2018، من عام 2015 إلى عام 2018، (خلال الفترة) 2015-2018."""
        j, clitic = i, 0
        opener = self.get(i, Category.BETWEEN) or self.get(i, Category.FROM)
        if opener is not None:
            j, clitic = i + opener.ntok, opener.clitic
        pair = self.get(j, Category.YEARPAIR, clitic_ok=opener is None)
        if pair is not None:
            clitic = clitic if opener is not None else pair.clitic
            j += pair.ntok
        elif opener is None and not (
            self.t[i].is_digits and self.get(i - 1, Category.YEARSPAN) and self.key(i + 1) == "-"
        ):
            return None
        else:
            j += 1 if self.get(j, Category.YEARNOUN, clitic_ok=False) else 0
        first = self.year_at(j, *_CUE_YEARS)
        if first is None:
            return None
        y1, j = first
        dash = self.key(j) == "-" and self.adjacent(j - 1)
        pair_and = self.key(j) == "و" and (
            pair is not None or bool(opener and opener.cat == Category.BETWEEN)
        )
        if dash or pair_and:
            j += 1
        elif (
            opener is not None
            and opener.cat == Category.FROM
            and self.get(j, Category.TO, clitic_ok=False)
        ):
            j += 1
            j += 1 if self.get(j, Category.YEARNOUN, clitic_ok=False) else 0
        else:
            return None
        second = self.year_at(j, *_CUE_YEARS)
        if second is None or second[0] <= y1 or self._counted_after(second[1]):
            return None  # بين 2000 و2500 دينار: counts
        a, b = rs.year_value(y1, "gregorian"), rs.year_value(second[0], "gregorian")
        value = rs.range_value(a, b) if a and b else None
        return Match(i, clitic, second[1], value) if value else None

    def rule_numbered_month(self, i: int) -> Match | None:
        """الشهر السابع من عام 2018، شهر 7 2018: a month by its number, with its year.

        Without a year a numbered month is no date (الشهر السابع of a pregnancy).
        """
        period = self.get(i, Category.PERIOD)
        noun = self.get(i, Category.MONTHNOUN)
        if period is not None and period.value == "month":
            got = self.number_words(i + period.ntok)
            clitic = period.clitic
        elif noun is not None and i + 1 < self.n and self.t[i + 1].is_digits:
            got, clitic = (int(self.t[i + 1].key), i + 2), noun.clitic
        else:
            return None
        if got is None or not 1 <= got[0] <= 12:
            return None
        month, j = got
        if self.key(j) == "من":
            j += 1
        year = self.rule_year_noun(j) or self._bare_year(j, cue=True) or self.rule_period(j)
        if year is None or year.value is None or year.value.grain.value != "year":
            return None
        value = rs.month_value(month, "gregorian", year.value.start.year, self.ref)
        return Match(i, clitic, year.end, value, year.relative) if value else None

    def rule_bare_year(self, i: int) -> Match | None:
        return self._bare_year(i, cue=False)

    def rule_relative_day(self, i: int) -> Match | None:
        """اليوم، أمس، غدا … [WEEKDAY | (WEEKDAY)] [an explicit date in apposition].

        Also a list of them (اليوم السبت وغدا الأحد): first to last day.
        """
        r = self.get(i, Category.RELDAY)
        if r is None:
            return None
        if r.value == 0 and r.ntok == 1 and self._same_at(i, 1):
            same = self.same_value("day")  # في نفس اليوم، اليوم ذاته
            end = i + 2 if self.key(i + 1) in SAME_AFTER else i + 1
            return Match(i, r.clitic, end, same, True) if same else None
        if r.value == 0 and not self._is_today(i, r):
            return None
        if not self._relative_day_ok(i, r):
            return None
        value = rs.relative_day(self.ref, int(r.value))
        if value is None:
            return None  # past the ends of the calendar
        j, weekday = self._weekday_gloss(i + r.ntok)
        # اليوم السبت وغدا الأحد، غد الثلاثاء وبعد غد الأربعاء: a list of days, each
        # with its weekday (اليوم وغدا stay two mentions)
        k, attached = self.conj(j)
        nxt = self.get(k, Category.RELDAY, clitic_ok=attached)
        last = value
        joined = nxt is not None and (not attached or (nxt.clitic == 1 and self.key(k)[:1] == "و"))
        if nxt is not None and joined and weekday is not None and int(nxt.value) > int(r.value):
            after, second = self._weekday_gloss(k + nxt.ntok)
            if second is not None:
                last = rs.relative_day(self.ref, int(nxt.value)) or value
                j = after
        # a bare deictic word takes only a date in digits (غدا 15 ماي): in "غدا غرة
        # رمضان" the date is what tomorrow is, not a gloss of it
        app = self.apposed(j, single=last is value)
        bare = weekday is None and j == i + r.ntok
        if app is not None and not (bare and not self._digits_at(j)):
            inner, end = app
            warn = self.weekday_check(weekday, inner.value)
            return Match(i, r.clitic, end, inner.value, False, warn, inner.yearless)
        warn = self.weekday_check(weekday, value)
        if last is not value:
            value = rs.range_value(value, last) or value
        return Match(i, r.clitic, j, value, True, warn)

    def _weekday_gloss(self, j: int) -> tuple[int, int | None]:
        """A weekday after a deictic word: أمس الأربعاء، غدا، الخميس، أمس (الأحد)."""
        k = j + 1 if self.key(j) in _COMMAS else j
        wd = self.get(k, Category.WEEKDAY, clitic_ok=False)
        if wd is not None:
            return k + wd.ntok, wd.value.weekday
        if self.key(j) == "(":
            wd = self.get(j + 1, Category.WEEKDAY, clitic_ok=False)
            if wd is not None and self.key(j + 1 + wd.ntok) == ")":
                return j + 2 + wd.ntok, wd.value.weekday
        return j, None

    def weekday_check(self, weekday: int | None, value: DateValue | None) -> tuple[str, ...]:
        """The ONE weekday check: the written date decides, a weekday that disagrees warns."""
        if weekday is None or value is None:
            return ()
        return rs.weekday_warning(weekday, value)

    def _digits_at(self, j: int) -> bool:
        k = j + 1 if self.key(j) in _COMMAS or self.key(j) == "(" else j
        return k < self.n and self.t[k].is_digits

    def apposed(self, j: int, single: bool = False) -> tuple[Match, int] | None:
        """An explicit date in apposition after a deictic word or a weekday.

        [،] [(] [الموافق|المقابل|الواقع فيه [ل]] DATE [)]: أمس 13/08/2011،
        الأربعاء، الموافق 5 يوليو، اليوم الثلاثاء (7 أغسطس / آب 2012)، الأحد
        الموافق لـ 2021/7/18. After الموافق or inside parentheses a day and
        month in digits without a year count too (الثلاثاء الموافق 20/11).
        With ``single`` (the head names one day) a range is no gloss of it.
        Returns the inner date and the end of the whole (closing parenthesis included).
        """
        k = j + 1 if self.key(j) in _COMMAS else j
        paren = self.key(k) == "("
        if paren:
            k += 1
        eq = self.get(k, Category.EQUIVALENT, clitic_ok=False)
        if eq is not None:
            k += eq.ntok
            if self.key(k) == "ل":
                k += 1
        inner: Match | None = None
        for rule in (self.rule_range_pair, self.rule_numeric, self.rule_day_month):
            m = rule(k)
            if m is not None and (inner is None or m.end > inner.end):
                inner = m
        if inner is None and (eq is not None or paren):
            inner = self.numeric(k, yearless=True)
        if inner is None:
            return None
        if single and inner.value is not None and inner.value.grain.value == "range":
            return None
        end = inner.end
        if paren:
            if self.key(end) != ")":
                return None
            end += 1
        return inner, end

    def _relative_day_ok(self, i: int, r: Reading[Any]) -> bool:
        """أمس الحاجة ("in most need") and غدا + subject + predicate ("became") are no dates."""
        j = i + r.ntok
        if self.key(j) in NOT_DATE_AFTER_RELATIVE:
            return False
        if self.key(i)[r.clitic :] == "غد" and r.ntok == 1:
            return self.get(j, Category.WEEKDAY, clitic_ok=False) is not None
        if self.key(i)[r.clitic :] == "الغد" and r.ntok == 1:
            # مساء الغد، الغد الخميس: tomorrow; مغرب الغد، جيل الغد: the future
            before = self.key(i - 1)
            time_of_day = before in TIME_OF_DAY or before[1:] in TIME_OF_DAY
            return time_of_day or self.get(j, Category.WEEKDAY, clitic_ok=False) is not None
        nxt = self.key(j)
        if r.ntok == 1 and r.value == 1 and nxt.startswith("ال") and not self.read(j):
            pred = self.key(j + 1)
            return not (len(pred) > 2 and pred.endswith("ا") and not pred.startswith("ال"))
        return True

    def _is_today(self, i: int, r: Reading[Any]) -> bool:
        """اليوم is today, not "the day" of لليوم الخامس or اليوم الوطني."""
        if r.clitic and self.key(i)[:1] not in ("و", "ف"):
            return False
        nxt = self.read(i + 1)
        if any(x.cat in (Category.ORD, Category.ORDTEN) for x in nxt):
            return False
        k = self.key(i + 1)
        return not (k.startswith("ال") and (k.endswith("ي") or k.endswith("يه")) and len(k) > 4)

    def rule_weekday(self, i: int) -> Match | None:
        """WEEKDAY [و WEEKDAY …] [DIRECTION] then a date in apposition, or nothing.

        A list of weekdays without a date (الخميس والجمعة والسبت) is a range from
        the first to the last, each day the next such day after the one before.
        """
        wd = self.get(i, Category.WEEKDAY)
        if wd is None:
            return None
        first = wd.value.weekday
        days = [first]
        j = i + wd.ntok
        while len(days) < 7:
            k, attached = self.conj(j)
            nxt = self.get(k, Category.WEEKDAY, clitic_ok=attached)
            if nxt is None or (attached and not (nxt.clitic == 1 and self.key(k)[:1] == "و")):
                break
            days.append(nxt.value.weekday)
            j = k + nxt.ntok
        mod = self.get(j, Category.MOD, clitic_ok=False)
        after = j + mod.ntok if mod else j
        app = self.apposed(after, single=len(days) == 1)
        if app is not None:
            inner, end = app
            warn = self.weekday_check(first, inner.value) if len(days) == 1 else ()
            if inner.value is not None and len(days) > 1 and inner.value.grain.value != "day":
                warn = self.weekday_check(first, rs.relative_day(inner.value.start, 0))
            return Match(i, wd.clitic, end, inner.value, False, warn, inner.yearless)
        if mod:
            value = rs.weekday_value(first, self.ref, int(mod.value))
            return Match(i, wd.clitic, after, value, True)
        if len(days) == 1 and not self._bare_weekday_ok(i, wd):
            return None
        nearest = rs.weekday_value(first, self.ref, None)
        if nearest is None:
            return None  # past the ends of the calendar
        value = self._after_anchor(i, first, nearest)
        if len(days) > 1:
            offset = sum((b - a) % 7 or 7 for a, b in pairwise(days))
            last = rs.relative_day(value.start, offset)
            if last is not None:
                value = rs.range_value(value, last) or value
        return Match(i, wd.clitic, j, value, True)

    def _bare_weekday_ok(self, i: int, wd: Reading[Any]) -> bool:
        if self.get(i - 1, Category.NOTWEEKDAY, clitic_ok=True):
            return False
        if not wd.value.ambiguous:
            return True
        # الاثنين "both" after a dual (البلدين الاثنين), الأحد عشر "eleven", الواحد الأحد
        prev = self.key(i - 1)
        if self.get(i + 1, Category.TEEN, clitic_ok=False) or prev in NOT_WEEKDAY_BEFORE:
            return False
        return not (
            len(prev) > 3 and prev.endswith(("ين", "ان")) and not self.get(i - 1, Category.DAYNOUN)
        )

    def rule_month_pair(self, i: int) -> Match | None:
        """شهري يوليو وأغسطس 2018: two months, first day of the first to last of the second."""
        r = self.get(i, Category.MONTHPAIR)
        if r is None:
            return None
        a = self.month_at(i + r.ntok)
        if a is None:
            return None
        j, attached = self.conj(a[1])
        b = self.month_at(j, clitic_ok=attached)
        if (
            b is None
            or (attached and b[0].clitic != 1)
            or b[0].value.calendar != a[0].value.calendar
        ):
            return None
        year, calendar, end, direction = self.year_tail(b[0], b[1])
        last = rs.month_value(b[0].value.number, calendar, year, self.ref, direction)
        if last is None:
            return None
        first_year = (
            year if year is not None else (last.hijri[0] if last.hijri else last.start.year)
        )
        number_a = a[0].value.number
        first = self.year_before(
            last, first_year, lambda y: rs.month_value(number_a, calendar, y, self.ref)
        )
        value = rs.range_value(first, last) if first else None
        return Match(i, r.clitic, end, value, relative=year is None) if value else None

    def rule_month_alone(self, i: int) -> Match | None:
        """A month with nothing around it (for :func:`parse_date`, where the string is the cue)."""
        got = self.month_at(i)
        if got is None:
            return None
        year, calendar, end, direction = self.year_tail(got[0], got[1])
        value = rs.month_value(got[0].value.number, calendar, year, self.ref, direction)
        return Match(i, got[0].clitic, end, value, relative=year is None) if value else None

    def rule_year_alone(self, i: int) -> Match | None:
        """A four-digit year with nothing around it (for :func:`parse_date`)."""
        return self._bare_year(i, cue=True)

    RULES = (
        "rule_relative_day",
        "rule_weekday",
        "rule_range_from",
        "rule_range_between",
        "rule_numeric",
        "rule_range_pair",
        "rule_day_month",
        "rule_part",
        "rule_month",
        "rule_period",
        "rule_count",
        "rule_year_noun",
        "rule_bare_year",
        "rule_year_range",
        "rule_numbered_month",
        "rule_month_pair",
    )

    def is_anchor(self, i: int) -> bool:
        """Token ``i`` can start a date: digits, or a reading in ``ANCHOR_CATEGORIES``.

        ``anchors.py`` finds these tokens in one pass from the same two facts.
        """
        if self.t[i].is_digits:
            return True
        return any(r.cat in _ANCHORS for r in self.read(i))

    def parse_at(self, i: int) -> Match | None:
        """The longest date starting at token ``i``, or ``None``.

        Only the rules whose first word can be read at ``i`` are tried (:data:`RULE_STARTS`).
        """
        cats = {r.cat for r in self.read(i)}
        if i < self.n and self.t[i].is_digits:
            cats.add(Category.DIGITS)
        best: Match | None = None
        for name in self.RULES:
            if RULE_STARTS[name].isdisjoint(cats):
                continue
            m: Match | None = getattr(self, name)(i)
            if m is not None and (best is None or m.end > best.end):
                best = m
        return best

    def scan(self, starts: Iterable[int] | None = None) -> list[Match]:
        """Every date in the text, left to right, not overlapping.

        ``starts``: ascending token indexes to try instead of every token. When
        they include every anchor (``anchors.date_starts`` finds them in one pass)
        the result is the same as without them.
        """
        out: list[Match] = []
        i = 0
        for s in range(self.n) if starts is None else starts:
            if s < i or not self.is_anchor(s):
                continue
            m = self.parse_at(s)
            if m is not None:
                if m.value is not None and not self.in_name(m):
                    out.append(m)
                    self.last = m
                    if not (m.relative or m.yearless):
                        self.year_seen = m.value.start.year
                i = m.end
        return out
