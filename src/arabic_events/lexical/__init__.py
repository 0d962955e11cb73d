"""The lexical layer shared by dates, times and events.

- :mod:`.tokens`: the tokens of normalized text and the lookup key of a word;
- :mod:`.clitics`: one proclitic stripper (and its inverse, for prefilters),
  from the tables of ``lexicon/clitics.py``;
- :mod:`.phrases`: one index of multi-word phrases keyed by their first word,
  longest first;
- :mod:`.calendar`: the date lexicon read through them: typed readings, each of
  a :class:`~.calendar.Category`; and the :class:`~.calendar.TimeCategory` of
  each table of the time lexicon.
"""

from .calendar import (
    Category,
    MonthEntry,
    Reading,
    TimeCategory,
    UnitEntry,
    WeekdayEntry,
    readings,
)
from .clitics import clitic_forms, lam_article, strip_proclitics, unclitic, with_clitics
from .phrases import longest_first
from .tokens import Token, key, tokenize, tokenize_with_keys

__all__ = [
    "Category",
    "MonthEntry",
    "Reading",
    "TimeCategory",
    "Token",
    "UnitEntry",
    "WeekdayEntry",
    "clitic_forms",
    "key",
    "lam_article",
    "longest_first",
    "readings",
    "strip_proclitics",
    "tokenize",
    "tokenize_with_keys",
    "unclitic",
    "with_clitics",
]
