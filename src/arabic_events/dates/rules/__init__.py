"""The date rules, by family, and the order they are tried in.

Each rule is a :class:`~arabic_events.dates.grammar.Rule` record declared next to
its parse function: ``numeric`` (digits), ``day_month``, ``ranges``, ``relative``
(deictic days, periods, counts), ``weekday``, ``years``, ``months`` and
``anaphora`` (days said by the date before them: في 9 منه، اليوم التالي). The
pieces they share are in :mod:`.combinators`.

:data:`RULES` is the list the scan tries, in order (the first wins a tie of
lengths); :data:`ANCHOR_CATEGORIES`, the categories any of them starts with, is
derived from it, and the prefilter (``dates/anchors.py``) from that. Adding a
rule is one record here and nothing else.
"""

from __future__ import annotations

from ...lexical.calendar import DIGITS, Category
from ..grammar import Rule
from . import (
    anaphora,
    calendar,
    day_month,
    holidays,
    months,
    numeric,
    ranges,
    relative,
    weekday,
    years,
)

#: Every rule the scan tries at a position, in order.
RULES: tuple[Rule, ...] = (
    *calendar.CALENDAR_RULES,
    *holidays.HOLIDAY_RULES,  # first: they win a tie
    *anaphora.ANAPHORA_RULES,
    relative.RELATIVE_DAY_RULE,
    weekday.WEEKDAY_RULE,
    ranges.RANGE_FROM_RULE,
    ranges.RANGE_BETWEEN_RULE,
    numeric.NUMERIC_RULE,
    numeric.DOTTED_DAY_MONTH_RULE,
    ranges.RANGE_PAIR_RULE,
    ranges.RANGE_MONTH_DAYS_RULE,
    day_month.DAY_MONTH_RULE,
    months.PART_RULE,
    months.MONTH_RULE,
    relative.PERIOD_RULE,
    relative.COUNT_RULE,
    years.YEAR_NOUN_RULE,
    years.BARE_YEAR_RULE,
    years.YEAR_RANGE_RULE,
    months.NUMBERED_MONTH_RULE,
    months.MONTH_PAIR_RULE,
)

#: Rules for a whole string that is one date (``parse_date``): the string is the
#: cue a lone month or year needs in running text.
STANDALONE: tuple[Rule, ...] = (months.MONTH_ALONE_RULE, years.YEAR_ALONE_RULE)


def anchor_categories(rules: tuple[Rule, ...]) -> frozenset[Category]:
    """The reading categories the rules start with (digit runs aside).

    >>> Category.MONTH in anchor_categories(RULES), Category.TO in anchor_categories(RULES)
    (True, False)
    """
    return frozenset(c for rule in rules for c in rule.anchors if c is not DIGITS)


#: The reading categories a date can start with (digit runs aside), from :data:`RULES`.
ANCHOR_CATEGORIES: frozenset[Category] = anchor_categories(RULES)

__all__ = ["ANCHOR_CATEGORIES", "RULES", "STANDALONE", "anchor_categories"]
