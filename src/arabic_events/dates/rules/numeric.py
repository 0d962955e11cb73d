"""Dates in digits: day first (12/07/2018), ISO (2018-07-12), month and year
(11/2017، 2017/11), a day and month without a year after a cue (يوم 22/04), and a
day and a month name between dots (21. مارس. 2017)."""

from __future__ import annotations

from ...lexical import key
from ...lexical.calendar import DIGITS, EQUIVALENT, WEEKDAY
from ...lexicon import calendar_words as cw
from .. import resolve as rs
from ..grammar import COMMAS, DASHES, Match, Parser, Rule
from . import combinators

DATE_NOUNS = frozenset(key(w) for w in cw.DATE_NOUNS)
DAY_MONTH_CUES = frozenset(key(w) for w in cw.DAY_MONTH_CUES)
SLASH_DATE_CUES = frozenset(key(w) for w in cw.SLASH_DATE_CUES)
NUMBER_NOUNS = frozenset(key(w) for w in cw.NUMBER_NOUNS)
NOT_DATE_AFTER_FRACTION = frozenset(key(w) for w in cw.NOT_DATE_AFTER_FRACTION)
NUMERIC_SEPARATORS = ("/", "-", ".")
HIJRI_DIGIT_YEARS = (1300, 1500)  # a numeric date with such a year and no era is Hijri
MONTH_YEARS = (1900, 2100)  # the years a month and year in digits is read with


def rule_numeric(p: Parser, i: int) -> Match | None:
    """12/07/2018, 12-7-2018, 12.07.2018 (day first) and 2018-07-12, 2018/07/12.

    Spaces around the separators are allowed (22 / 7 / 1439هـ، 17/ 2/ 2026م)
    when the year has four digits. A month and year (11/2017، 2017/11، 11-2017,
    and with a dot 2016.7 after a cue) is the month; a day and month without a
    year is a date after a cue (see :func:`two_numbers`); there, when only one
    order of day and month exists, it is read that way (4/22: 22 April). With a
    year, a date in digits is day first only (12/13/2019 is none).
    """
    return numeric(p, i)


def cue(p: Parser, i: int) -> str | None:
    """What the word before token ``i`` makes of a date in digits without a year.

    ``"dated"``: any separator (بتاريخ، الموافق); ``"day"``: any separator, but a
    dash between two single digits is a score (يوم، a weekday: الأحد 3-1);
    ``"slash"``: only a slash (في، منذ، خلال); ``None``: no cue.
    """
    k = i - 1
    if p.key(k) in COMMAS:
        k -= 1
    w = p.key(k)
    if w in DATE_NOUNS or p.get(k, EQUIVALENT, clitic_ok=False):
        return "dated"
    if w in DAY_MONTH_CUES or p.get(k, WEEKDAY, clitic_ok=False):
        return "day"
    return "slash" if k == i - 1 and w in SLASH_DATE_CUES else None


def dateline(p: Parser, i: int, end: int) -> bool:
    """The date of a wire dateline: the text opens with a place of one or two words,
    a dash, the day and month, and the agency in parentheses (الكويت - 12 - 12 (كونا))."""
    if p.key(i - 1) not in DASHES or p.key(end) != "(" or i - 1 not in (1, 2):
        return False
    return all(p.t[k].key.isalpha() for k in range(i - 1))


def day_and_month(a: int, b: int) -> tuple[int, int]:
    """Day and month from two numbers: day first, unless only the other order exists."""
    if b > 12 and 1 <= a <= 12 and b <= 31:
        return b, a  # 4/22: 22 April
    return a, b


def numeric(p: Parser, i: int, yearless: bool = False) -> Match | None:
    """A numeric date at ``i``; with ``yearless``, also DAY/MONTH (after الموافق)."""
    if i + 2 >= p.n or not p.t[i].key.isdecimal():
        return None
    sep = p.key(i + 1)
    if sep not in NUMERIC_SEPARATORS or not p.t[i + 2].key.isdecimal():
        return None
    three = p.key(i + 3) == sep and i + 4 < p.n and p.t[i + 4].key.isdecimal()
    last = i + 4 if three else i + 2
    tight = all(p.adjacent(k) for k in range(i, last))
    if p.adjacent(last) and p.key(last + 1) in NUMERIC_SEPARATORS and p.key(last + 2).isdecimal():
        return None  # a longer number chain (1/1/1/1): not a date
    if not three:
        return two_numbers(p, i, sep, tight, yearless)
    a, b, c = (p.t[i + k].key for k in (0, 2, 4))
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        y, m, d = int(a), int(b), int(c)
    elif len(a) <= 2 and len(b) <= 2 and (len(c) == 4 or (tight and len(c) == 3 and sep != ".")):
        # with a year, day first only (12/13/2019 is no date); three digits
        # between dots number a decree (المرسوم 2.12.349)
        d, m, y = int(a), int(b), int(c)
    else:
        return None
    era = p.era_at(last + 1)
    # Saudi papers write Hijri dates in digits too: 15/9/1440هـ
    hijri = era[0] == "hijri" if era else HIJRI_DIGIT_YEARS[0] <= y <= HIJRI_DIGIT_YEARS[1]
    calendar = "hijri" if hijri else "gregorian"
    value = rs.day_value(rs.DayRef(d, m, calendar, y), p.ref) if 1 <= m <= 12 else None
    return Match(i, 0, era[1] if era else last + 1, value)


def two_numbers(p: Parser, i: int, sep: str, tight: bool, yearless: bool) -> Match | None:
    """Two numbers: a month and year (11/2017، 2017/11), or a day and month after a cue
    (:func:`cue`) or in a wire dateline (:func:`dateline`).

    Not after a noun that numbers a text (القرار رقم 11/2017), and not a
    season or school year (2010/11: the second number is the next year's).
    """
    if p.key(i - 1) in NUMBER_NOUNS:
        return None
    a, b = p.t[i].key, p.t[i + 2].key
    end = i + 3
    said = cue(p, i)
    if len(a) == 4 or len(b) == 4:
        if not tight or (sep == "." and said is None):
            return None  # 2016.7 is a decimal number unless a cue says it is a date
        (y, m) = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        if len(a) == 4 and int(b) == (y + 1) % 100:
            return None  # الموسم 2010/11: two years
        if len(str(m)) > 2 or not 1 <= m <= 12:
            return None
        era = p.era_at(end)
        if not MONTH_YEARS[0] <= y <= MONTH_YEARS[1] and not (era and era[0] == "hijri"):
            return None  # a Hijri month and year needs its era mark (9/1440هـ)
        return month_year(p, i, end, m, y)
    if len(a) > 2 or len(b) > 2:
        return None
    score = sep == "-" and len(a) == 1 and len(b) == 1
    if not (
        yearless
        or said == "dated"
        or (said == "day" and not score)
        or (said == "slash" and sep == "/")
        or dateline(p, i, end)
    ):
        return None
    if p.key(end) in NOT_DATE_AFTER_FRACTION:
        return None  # في 1/8 النهائي
    d, m = day_and_month(int(a), int(b))
    if not 1 <= m <= 12:
        return None
    value = rs.day_value(rs.DayRef(d, m), p.ref)
    return Match(i, 0, end, value, relative=True, yearless=True)


def month_year(p: Parser, i: int, end: int, month: int, year: int) -> Match:
    """The month of a month and year in digits (Hijri with an era mark or a Hijri year)."""
    era = p.era_at(end)
    hijri = era[0] == "hijri" if era else HIJRI_DIGIT_YEARS[0] <= year <= HIJRI_DIGIT_YEARS[1]
    value = rs.month_value(month, "hijri" if hijri else "gregorian", year, p.ref)
    return Match(i, 0, era[1] if era else end, value)


def rule_dotted_day_month(p: Parser, i: int) -> Match | None:
    """DAY. MONTH[.] YEAR: a day and a month name with dots after them (21. مارس. 2017)."""
    if p.key(i + 1) != "." or not p.adjacent(i):
        return None
    day = p.day_at(i)
    if day is None or not p.t[i].key.isdecimal():
        return None
    got = p.month_at(day[1] + 1)
    if got is None:
        return None
    month, j = got
    if p.key(j) == ".":
        j += 1
    year, calendar, end, _ = combinators.year_tail(p, month, j)
    if year is None:
        return None
    value = rs.day_value(rs.DayRef(day[0], month.value.number, calendar, year), p.ref)
    return Match(i, 0, end, value)


# --- the rules ---------------------------------------------------------------------

NUMERIC_RULE = Rule("numeric", frozenset({DIGITS}), rule_numeric)
DOTTED_DAY_MONTH_RULE = Rule("dotted_day_month", frozenset({DIGITS}), rule_dotted_day_month)
