"""The date rules, by family, and the order they are tried in.

Each rule is a :class:`~arabic_events.dates.grammar.Rule` record declared next to
its parse function: ``numeric`` (digits), ``day_month``, ``ranges``, ``relative``
(deictic days, periods, counts), ``weekday``, ``years`` and ``months``. The
pieces they share are in :mod:`.combinators`.

:data:`RULES` is the list the scan tries, in order (the first wins a tie of
lengths); :data:`ANCHOR_CATEGORIES`, the categories any of them starts with, is
derived from it, and the prefilter (``dates/anchors.py``) from that. Adding a
rule is one record here and nothing else.
"""

from __future__ import annotations

from ...lexical.calendar import Category
from ..grammar import Rule
from . import day_month, months, numeric, ranges, relative, weekday, years

#: Every rule the scan tries at a position, in order.
RULES: tuple[Rule, ...] = (
    relative.RELATIVE_DAY,
    weekday.WEEKDAY,
    ranges.RANGE_FROM,
    ranges.RANGE_BETWEEN,
    numeric.NUMERIC,
    ranges.RANGE_PAIR,
    day_month.DAY_MONTH,
    months.PART,
    months.MONTH,
    relative.PERIOD,
    relative.COUNT,
    years.YEAR_NOUN,
    years.BARE_YEAR,
    years.YEAR_RANGE,
    months.NUMBERED_MONTH,
    months.MONTH_PAIR,
)

#: Rules for a whole string that is one date (``parse_date``): the string is the
#: cue a lone month or year needs in running text.
STANDALONE: tuple[Rule, ...] = (months.MONTH_ALONE, years.YEAR_ALONE)


def anchor_categories(rules: tuple[Rule, ...]) -> frozenset[Category]:
    """The reading categories the rules start with (digit runs aside).

    >>> Category.MONTH in anchor_categories(RULES), Category.TO in anchor_categories(RULES)
    (True, False)
    """
    return frozenset(c for rule in rules for c in rule.anchors if c is not Category.DIGITS)


#: The reading categories a date can start with (digit runs aside), from :data:`RULES`.
ANCHOR_CATEGORIES: frozenset[Category] = anchor_categories(RULES)

__all__ = ["ANCHOR_CATEGORIES", "RULES", "STANDALONE", "anchor_categories"]
