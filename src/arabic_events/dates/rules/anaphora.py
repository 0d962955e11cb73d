"""Days said by reference to the date written before them, and either-or days.

- DAY منه, DAY من الشهر نفسه: a day of the month of the date before (وصل يوم 5
  يوليوز وغادر في 9 منه: 9 July);
- اليوم التالي، اليوم الموالي، غداة ذلك، اليوم السابق: the day after (before) the
  day date before; a written date in apposition decides (اليوم الموالي 9 يوليوز);
- WEEKDAY الموالي|التالي|الذي يليه: the first such weekday after the day date before
  (the mention is the weekday);
- DAY أو [يوم] DAY MONTH: either of two days (6 أو 7 ماي), one range marked
  approximate.

The date referred to (the *antecedent*) is the last date the scan reported
(:attr:`~arabic_events.dates.grammar.Parser.last`), written (not a deictic
word nor a bare weekday), ending at most :data:`REACH` tokens before; without
one, none of these is a date.
"""

from __future__ import annotations

import dataclasses

from ...lexical import key, unclitic
from ...lexical.calendar import ANAPHORDAY, DAYNOUN, PERIOD, WEEKDAY
from ...lexicon import calendar_words as cw
from ...lexicon.clitics import CONJUNCTIONS
from ...types import DateValue
from .. import resolve as rs
from ..grammar import DAY_STARTS, SAME_AFTER, SAME_BEFORE, Match, Parser, Rule
from . import combinators, day_month

#: How many tokens back, from the end of the antecedent, an anaphoric day reaches.
REACH = 40
FOLLOWING = tuple(tuple(key(w) for w in phrase.split()) for phrase in cw.FOLLOWING_AFTER_WEEKDAY)
OF_IT_CUES = frozenset(key(w) for w in cw.OF_IT_CUES)
_OF_IT = key("منه")
_OR = key("أو")


def antecedent(p: Parser, i: int, grains: tuple[str, ...] = ("day",)) -> Match | None:
    """The written date an anaphoric day at ``i`` refers to, or ``None``.

    The last date reported, not relative to the reference, of one of ``grains``,
    ending at most :data:`REACH` tokens before ``i``.
    """
    last = p.last
    if last is None or last.relative or last.value is None or i - last.end > REACH:
        return None
    return last if last.value.grain in grains else None


def _followed_by_object(p: Parser, j: int) -> bool:
    """A complement follows (اليوم التالي لوصوله، الأحد الموالي للانتخابات): the
    day counts from what it names, not from the date before."""
    w = p.key(j)
    return (w.startswith("ل") and len(w) > 2) or w == "على"


def rule_anaphoric_day(p: Parser, i: int) -> Match | None:
    """اليوم التالي|الموالي|السابق، غداة ذلك [اليوم]: a day counted from the date before."""
    r = p.get(i, ANAPHORDAY)
    if r is None:
        return None
    end = i + r.ntok
    app = combinators.apposed(p, end, single=True)
    if app is not None:  # اليوم الموالي 9 يوليوز: the written date decides
        inner, after = app
        return Match(i, r.clitic, after, inner.value, yearless=inner.yearless)
    last = antecedent(p, i)
    if last is None or last.value is None or _followed_by_object(p, end):
        return None
    value = rs.relative_day(last.value.start, int(r.value))
    return Match(i, r.clitic, end, value, yearless=last.yearless) if value else None


def rule_following_weekday(p: Parser, i: int) -> Match | None:
    """WEEKDAY الموالي|التالي|الذي يليه: the first such weekday after the date before.

    The mention is the weekday alone, as for a bare weekday the next such day
    after a future date of its sentence (``Parser.after_anchor``).
    """
    wd = p.get(i, WEEKDAY)
    if wd is None:
        return None
    j = i + wd.ntok
    end = next(
        (j + len(ph) for ph in FOLLOWING if all(p.key(j + n) == w for n, w in enumerate(ph))),
        None,
    )
    if end is None or _followed_by_object(p, end):
        return None
    last = antecedent(p, i)
    if last is None or last.value is None:
        return None
    start = last.value.start
    value = rs.relative_day(start, (wd.value.weekday - start.weekday()) % 7 or 7)
    return Match(i, wd.clitic, j, value, yearless=last.yearless) if value else None


def _same_month(p: Parser, j: int) -> int | None:
    """الشهر نفسه|ذاته، نفس|ذات الشهر at ``j``: its end, or ``None``."""
    before = p.key(j) in SAME_BEFORE
    per = p.get(j + 1 if before else j, PERIOD, clitic_ok=False)
    if per is None or per.value != "month":
        return None
    k = (j + 1 if before else j) + per.ntok
    if before:
        return k
    return k + 1 if p.key(k) in SAME_AFTER else None


def rule_day_of_it(p: Parser, i: int) -> Match | None:
    """[في|يوم …] DAY منه, DAY من الشهر نفسه: a day of the month of the date before.

    منه needs a cue word before the day (استفاد 9 منه is a count).
    """
    got = p.day_then(i)
    if got is None:
        return None
    d, j, after = got
    if after == _OF_IT:
        w = p.key(i - 1)
        if w not in OF_IT_CUES and unclitic(w, CONJUNCTIONS, 1) not in OF_IT_CUES:
            return None
        end: int | None = j + 1
    elif after == "من":
        end = _same_month(p, j + 1)
    else:
        end = None
    if end is None:
        return None
    last = antecedent(p, i, ("day", "month"))
    if last is None or last.value is None:
        return None
    value = _day_in_month_of(d, last.value, p)
    return Match(i, 0, end, value, yearless=last.yearless) if value else None


def _day_in_month_of(d: int, of: DateValue, p: Parser) -> DateValue | None:
    """Day ``d`` of the month ``of`` falls in (in its own calendar); ``None`` if none."""
    if of.calendar == "hijri" and of.hijri is not None:
        ref = rs.DayRef(d, of.hijri[1], "hijri", of.hijri[0])
    else:
        ref = rs.DayRef(d, of.start.month, "gregorian", of.start.year)
    return rs.day_value(ref, p.ref)


def rule_either_day(p: Parser, i: int) -> Match | None:
    """DAY أو [يوم] DAY MONTH [YEAR]: either day, one range marked approximate."""
    got = p.day_then(i)
    if got is None or got[2] != _OR:
        return None
    k = got[1] + 1
    noun = p.get(k, DAYNOUN, clitic_ok=False)
    if noun is not None:
        k += noun.ntok
    second = day_month.day_month(p, k)
    if second is None:
        return None
    ref, end = second
    last = p.day_value(ref, k)
    if last is None or got[0] >= (last.hijri[2] if last.hijri else last.start.day):
        return None
    value = combinators.resolve_range(p, rs.DayRef(got[0]), last)
    if value is None:
        return None
    yearless = ref.year is None and ref.direction is None
    return Match(i, 0, end, dataclasses.replace(value, approximate=True), yearless=yearless)


# --- the rules ---------------------------------------------------------------------

ANAPHORIC_DAY_RULE = Rule("anaphoric_day", frozenset({ANAPHORDAY}), rule_anaphoric_day)
FOLLOWING_WEEKDAY_RULE = Rule("following_weekday", frozenset({WEEKDAY}), rule_following_weekday)
DAY_OF_IT_RULE = Rule("day_of_it", DAY_STARTS, rule_day_of_it)
EITHER_DAY_RULE = Rule("either_day", DAY_STARTS, rule_either_day)

#: The rules of this module, in the order they are tried.
ANAPHORA_RULES: tuple[Rule, ...] = (
    ANAPHORIC_DAY_RULE,
    FOLLOWING_WEEKDAY_RULE,
    DAY_OF_IT_RULE,
    EITHER_DAY_RULE,
)
