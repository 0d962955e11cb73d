"""Dates relative to the reference: deictic days (أمس الأربعاء), periods (الشهر المقبل),
counts (قبل ثلاثة أيام)."""

from __future__ import annotations

from ...lexical import key, unclitic
from ...lexical.calendar import (
    CARD,
    CARDTEN,
    COUNTDIR,
    GENERAL,
    MOD,
    MONTH,
    ORD,
    ORDTEN,
    PERIOD,
    RELDAY,
    THIS,
    THOUSAND,
    UNIT,
    WEEKDAY,
    Reading,
)
from ...lexicon import calendar_words as cw
from ...lexicon.clitics import ONE_LETTER_CLITICS
from .. import resolve as rs
from ..grammar import SAME_AFTER, Match, Parser, Rule
from . import combinators, years

NOT_DATE_AFTER_RELATIVE = frozenset(key(w) for w in cw.NOT_DATE_AFTER_RELATIVE)
TIME_OF_DAY = frozenset(key(w) for w in cw.TIME_OF_DAY_NOUNS)
DAY_EVENT_NOUNS = frozenset(key(w) for w in cw.DAY_EVENT_NOUNS)
COUNT_ANCHORS = frozenset(key(w) for w in cw.COUNT_ANCHORS)
COUNT_FROM_NOW = frozenset(key(w) for w in cw.COUNT_FROM_NOW)


def rule_relative_day(p: Parser, i: int) -> Match | None:
    """اليوم، أمس، غدا … [WEEKDAY | (WEEKDAY)] [an explicit date in apposition].

    Also a list of them (اليوم السبت وغدا الأحد): first to last day.
    """
    r = p.get(i, RELDAY)
    if r is None:
        return None
    if r.value == 0 and r.ntok == 1 and p.same_at(i, 1):
        same = p.same_value("day")  # في نفس اليوم، اليوم ذاته
        end = i + 2 if p.key(i + 1) in SAME_AFTER else i + 1
        return Match(i, r.clitic, end, same, True) if same else None
    if r.value == 0 and not is_today(p, i, r):
        return None
    if not relative_day_ok(p, i, r):
        return None
    value = rs.relative_day(p.ref, int(r.value))
    if value is None:
        return None  # past the ends of the calendar
    j, weekday = combinators.weekday_gloss(p, i + r.ntok)
    # اليوم السبت وغدا الأحد، غد الثلاثاء وبعد غد الأربعاء: a list of days, each
    # with its weekday (اليوم وغدا stay two mentions)
    listed = combinators.and_next(p, j, RELDAY)
    last = value
    if listed is not None and weekday is not None and int(listed[1].value) > int(r.value):
        k, nxt = listed
        after, second = combinators.weekday_gloss(p, k + nxt.ntok)
        if second is not None:
            last = rs.relative_day(p.ref, int(nxt.value)) or value
            j = after
    # a bare deictic word takes only a date in digits (غدا 15 ماي): in "غدا غرة
    # رمضان" the date is what tomorrow is, not a gloss of it
    app = combinators.apposed(p, j, single=last is value)
    bare = weekday is None and j == i + r.ntok
    if app is not None and not (bare and not combinators.digits_at(p, j)):
        inner, end = app
        warn = combinators.weekday_check(weekday, inner.value)
        return Match(i, r.clitic, end, inner.value, False, warn, inner.yearless)
    warn = combinators.weekday_check(weekday, value)
    if last is not value:
        value = rs.range_value(value, last) or value
    return Match(i, r.clitic, j, value, True, warn)


def relative_day_ok(p: Parser, i: int, r: Reading[int]) -> bool:
    """أمس الحاجة ("in most need") and غدا + subject + predicate ("became") are no dates."""
    j = i + r.ntok
    nxt = p.key(j)
    if nxt in NOT_DATE_AFTER_RELATIVE:
        return False
    word = p.key(i)[r.clitic :]
    if word == "غد" and r.ntok == 1:
        return p.get(j, WEEKDAY, clitic_ok=False) is not None
    if word == "الغد" and r.ntok == 1:
        # مساء الغد، الغد الخميس: tomorrow; مغرب الغد، جيل الغد: the future
        before = p.key(i - 1)
        time_of_day = (
            before in TIME_OF_DAY or unclitic(before, ONE_LETTER_CLITICS, 1) in TIME_OF_DAY
        )
        # جلسة الغد، في مباراة الغد: the day of an event
        of_event = not r.clitic and (
            before in DAY_EVENT_NOUNS or unclitic(before) in DAY_EVENT_NOUNS
        )
        return time_of_day or of_event or p.get(j, WEEKDAY, clitic_ok=False) is not None
    if r.ntok == 1 and r.value == 1 and nxt.startswith("ال") and not p.read(j):
        pred = p.key(j + 1)
        return not (len(pred) > 2 and pred.endswith("ا") and not pred.startswith("ال"))
    return True


def is_today(p: Parser, i: int, r: Reading[int]) -> bool:
    """اليوم is today, not "the day" of لليوم الخامس or اليوم الوطني."""
    if r.clitic and p.key(i)[:1] not in ("و", "ف"):
        return False
    nxt = p.read(i + 1)
    if any(x.cat in (ORD, ORDTEN) for x in nxt):
        return False
    k = p.key(i + 1)
    return not (k.startswith("ال") and (k.endswith("ي") or k.endswith("يه")) and len(k) > 4)


def rule_period(p: Parser, i: int) -> Match | None:
    """الأسبوع|الشهر|العام|السنة + direction, or هذا/هذه + period."""
    this = p.get(i, THIS)
    if this:
        per = p.get(i + 1, PERIOD, clitic_ok=False)
        if per is None:
            return None
        end = i + 1 + per.ntok
        if per.value == "year":  # لهذا العام 1440هـ: the year written
            year = years.rule_year_noun(p, i + 1)
            if year is not None:
                return Match(i, this.clitic, year.end, year.value)
        value = rs.period_value(str(per.value), 0, p.ref)
        return Match(i, this.clitic, end, value, relative=True)
    per = p.get(i, PERIOD)
    if per is None:
        return None
    if p.same_at(i, per.ntok):  # العام نفسه، في نفس الشهر
        same = p.same_value(str(per.value))
        end = i + per.ntok + (1 if p.key(i + per.ntok) in SAME_AFTER else 0)
        return Match(i, per.clitic, end, same, True) if same else None
    mod = p.get(i + per.ntok, MOD, clitic_ok=False)
    if mod is None:
        return None
    if per.clitic == 0 and p.get(i - 1, GENERAL, clitic_ok=False):
        return None  # الأمين العام السابق: "general", not "year"
    value = rs.period_value(str(per.value), int(mod.value), p.ref)
    return Match(i, per.clitic, i + per.ntok + mod.ntok, value, relative=True)


def rule_count(p: Parser, i: int) -> Match | None:
    """قبل|بعد|منذ + [COUNT] + UNIT (قبل ثلاثة أيام، بعد أسبوعين، منذ 3 سنوات)."""
    d = p.get(i, COUNTDIR)
    if d is None:
        return None
    j = i + d.ntok
    count = 0
    tok = p.t[j] if j < p.n else None
    if tok is not None and tok.key.isdecimal() and len(tok.key) <= 3:
        count, j = int(tok.key), j + 1
    elif tok is not None and any(r.cat in (CARD, CARDTEN) and not r.clitic for r in p.read(j)):
        got = p.number_words(j)
        if got:
            count, j = got
    unit = p.get(j, UNIT, clitic_ok=False)
    if unit is None:
        return None
    name, implied = unit.value.unit, unit.value.implied
    if count and implied:
        return None  # "3 يومين" is not a phrase
    count = count or implied
    if not count:
        return None
    after = j + unit.ntok
    if implied and names_period(p, after):
        return None  # قبل شهر رمضان، منذ عام 2015: the noun names a period, no count
    if p.key(after) in COUNT_ANCHORS and p.key(after + 1) not in COUNT_FROM_NOW:
        return None  # بعد أسبوع من انعقاد القمة: a week from another moment, not from now
    value = rs.count_value(name, count, int(d.value), p.ref)
    return Match(i, d.clitic, j + unit.ntok, value, relative=True) if value else None


def names_period(p: Parser, j: int) -> bool:
    """The token after a unit noun makes it name a period (شهر رمضان، عام 2015)."""
    if j >= p.n:
        return False
    return p.t[j].key.isdecimal() or any(
        r.cat in (MONTH, THOUSAND) and not r.clitic for r in p.read(j)
    )


# --- the rules ---------------------------------------------------------------------

RELATIVE_DAY_RULE = Rule("relative_day", frozenset({RELDAY}), rule_relative_day)
PERIOD_RULE = Rule("period", frozenset({PERIOD, THIS}), rule_period)
COUNT_RULE = Rule("count", frozenset({COUNTDIR}), rule_count)
