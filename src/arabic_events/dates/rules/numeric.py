"""Dates in digits: day first (12/07/2018) and ISO (2018-07-12)."""

from __future__ import annotations

from ...lexical import key
from ...lexical.calendar import DIGITS
from ...lexicon import calendar_words as cw
from .. import resolve as rs
from ..grammar import Match, Parser, Rule

DATE_NOUNS = frozenset(key(w) for w in cw.DATE_NOUNS)
NUMERIC_SEPARATORS = ("/", "-", ".")
HIJRI_DIGIT_YEARS = (1300, 1500)  # a numeric date with such a year and no era is Hijri


def rule_numeric(p: Parser, i: int) -> Match | None:
    """12/07/2018, 12-7-2018, 12.07.2018 (day first) and 2018-07-12, 2018/07/12.

    Spaces around the separators are allowed (22 / 7 / 1439هـ، 17/ 2/ 2026م)
    when the year has four digits.
    """
    return numeric(p, i)


def numeric(p: Parser, i: int, yearless: bool = False) -> Match | None:
    """A numeric date at ``i``; with ``yearless``, also DAY/MONTH (after الموافق)."""
    if i + 2 >= p.n or not p.t[i].is_digits:
        return None
    sep = p.key(i + 1)
    if sep not in NUMERIC_SEPARATORS or not p.t[i + 2].is_digits:
        return None
    three = p.key(i + 3) == sep and i + 4 < p.n and p.t[i + 4].is_digits
    last = i + 4 if three else i + 2
    tight = all(p.adjacent(k) for k in range(i, last))
    if p.adjacent(last) and p.key(last + 1) in NUMERIC_SEPARATORS and p.key(last + 2).isdecimal():
        return None  # a longer number chain (1/1/1/1): not a date
    if not three:
        a, b = p.t[i].key, p.t[i + 2].key
        yearless = yearless or p.key(i - 1) in DATE_NOUNS
        if not yearless or len(a) > 2 or len(b) > 2 or not 1 <= int(b) <= 12:
            return None
        value = rs.day_value(rs.DayRef(int(a), int(b)), p.ref)
        return Match(i, 0, last + 1, value, relative=True)
    a, b, c = (p.t[i + k].key for k in (0, 2, 4))
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        y, m, d = int(a), int(b), int(c)
    elif len(a) <= 2 and len(b) <= 2 and (len(c) == 4 or (tight and len(c) == 3)):
        d, m, y = int(a), int(b), int(c)
    else:
        return None
    era = p.era_at(last + 1)
    # Saudi papers write Hijri dates in digits too: 15/9/1440هـ
    hijri = era[0] == "hijri" if era else HIJRI_DIGIT_YEARS[0] <= y <= HIJRI_DIGIT_YEARS[1]
    calendar = "hijri" if hijri else "gregorian"
    value = rs.day_value(rs.DayRef(d, m, calendar, y), p.ref) if 1 <= m <= 12 else None
    return Match(i, 0, era[1] if era else last + 1, value)


# --- the rules ---------------------------------------------------------------------

NUMERIC_RULE = Rule("numeric", frozenset({DIGITS}), rule_numeric)
