"""The date lexicon as the grammar reads it: typed readings of token positions.

The lexicon tables (``lexicon/``) are compiled once, on first use, into
:func:`lexicon_index`: every word normalized the way the text is, with a final
ة/ه folded, keyed by its first word so multi-word names (كانون الثاني، جمادى
الأولى، أول أمس) match greedily. A token may carry proclitics
(:func:`~.clitics.strip_proclitics`); a reading says how many characters were
stripped so spans can start after them.

Each table is one :class:`Category`; a month, a weekday and a counted unit carry
a typed entry (:class:`MonthEntry`, :class:`WeekdayEntry`, :class:`UnitEntry`),
the other tables a number or a name, and word lists ``0``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from typing import Final, Generic, NamedTuple, TypeAlias, TypeVar

from ..lexicon import calendar_parts as cp
from ..lexicon import calendar_words as cw
from ..lexicon import holidays as ho
from ..lexicon import months as mo
from ..lexicon import numbers as nu
from ..normalize import normalize
from ..types import Calendar
from .clitics import strip_proclitics
from .phrases import PhraseIndex, continues, longest_first
from .tokens import Token, tokenize


class Category(str, Enum):
    """What a lexicon phrase is to the date grammar (one per table), and ``DIGITS``
    for a run of digits (no lexicon entry: rules that start at a number anchor on it).

    A string enum, like the library's other enums: the scan hashes categories at
    every anchor, and a ``str`` hash is computed once per member.
    """

    DIGITS = "digits"
    MONTH = "month"
    WEEKDAY = "weekday"
    UNIT = "unit"
    RELDAY = "relday"
    MOD = "mod"
    PERIOD = "period"
    COUNTDIR = "countdir"
    PART = "part"
    ERA = "era"
    ORD = "ord"
    ORDTEN = "ordten"
    CARD = "card"
    CARDTEN = "cardten"
    HUNDRED = "hundred"
    THOUSAND = "thousand"
    TEEN = "teen"
    FIRSTDAY = "firstday"
    THIS = "this"
    YEARNOUN = "yearnoun"
    MONTHNOUN = "monthnoun"
    DAYNOUN = "daynoun"
    FROM = "from"
    TO = "to"
    BETWEEN = "between"
    YEARCUE = "yearcue"
    MONTHCUE = "monthcue"
    GENERAL = "general"
    NOTWEEKDAY = "notweekday"
    COUNTED = "counted"
    ADVERB = "adverb"
    EQUIVALENT = "equivalent"
    YEARPAIR = "yearpair"
    MONTHPAIR = "monthpair"
    YEARSPAN = "yearspan"
    HOLIDAY = "holiday"
    FEASTDAYS = "feastdays"
    HOLIDAYEVE = "holidayeve"
    COUNTRY = "country"
    POSBEFORE = "posbefore"
    POSAFTER = "posafter"
    BAREWEEKDAY = "bareweekday"
    WEEKNOUN = "weeknoun"
    YEARPART = "yearpart"
    SEASON = "season"
    SEASONNOUN = "seasonnoun"
    DECADE = "decade"
    DECADENOUN = "decadenoun"
    CENTURYNOUN = "centurynoun"
    CENTURY = "century"
    MONTHNUMBER = "monthnumber"
    ANAPHORDAY = "anaphorday"


# The members as module constants, for the rules to import: looking a member up on
# the enum class runs the enum metaclass on Python < 3.12, several times the cost
# of a global, and the rules look categories up at every token they read.
DIGITS: Final = Category.DIGITS
MONTH: Final = Category.MONTH
WEEKDAY: Final = Category.WEEKDAY
UNIT: Final = Category.UNIT
RELDAY: Final = Category.RELDAY
MOD: Final = Category.MOD
PERIOD: Final = Category.PERIOD
COUNTDIR: Final = Category.COUNTDIR
PART: Final = Category.PART
ERA: Final = Category.ERA
ORD: Final = Category.ORD
ORDTEN: Final = Category.ORDTEN
CARD: Final = Category.CARD
CARDTEN: Final = Category.CARDTEN
HUNDRED: Final = Category.HUNDRED
THOUSAND: Final = Category.THOUSAND
TEEN: Final = Category.TEEN
FIRSTDAY: Final = Category.FIRSTDAY
THIS: Final = Category.THIS
YEARNOUN: Final = Category.YEARNOUN
MONTHNOUN: Final = Category.MONTHNOUN
DAYNOUN: Final = Category.DAYNOUN
FROM: Final = Category.FROM
TO: Final = Category.TO
BETWEEN: Final = Category.BETWEEN
YEARCUE: Final = Category.YEARCUE
MONTHCUE: Final = Category.MONTHCUE
GENERAL: Final = Category.GENERAL
NOTWEEKDAY: Final = Category.NOTWEEKDAY
COUNTED: Final = Category.COUNTED
ADVERB: Final = Category.ADVERB
EQUIVALENT: Final = Category.EQUIVALENT
YEARPAIR: Final = Category.YEARPAIR
MONTHPAIR: Final = Category.MONTHPAIR
YEARSPAN: Final = Category.YEARSPAN
HOLIDAY: Final = Category.HOLIDAY
FEASTDAYS: Final = Category.FEASTDAYS
HOLIDAYEVE: Final = Category.HOLIDAYEVE
COUNTRY: Final = Category.COUNTRY
POSBEFORE: Final = Category.POSBEFORE
POSAFTER: Final = Category.POSAFTER
BAREWEEKDAY: Final = Category.BAREWEEKDAY
WEEKNOUN: Final = Category.WEEKNOUN
YEARPART: Final = Category.YEARPART
SEASON: Final = Category.SEASON
SEASONNOUN: Final = Category.SEASONNOUN
DECADE: Final = Category.DECADE
DECADENOUN: Final = Category.DECADENOUN
CENTURYNOUN: Final = Category.CENTURYNOUN
CENTURY: Final = Category.CENTURY
MONTHNUMBER: Final = Category.MONTHNUMBER
ANAPHORDAY: Final = Category.ANAPHORDAY


class TimeCategory(str, Enum):
    """What a phrase of the time lexicon (``lexicon/times.py``) is to the time
    grammar: one per table, as :class:`Category` is to the date grammar.
    """

    HOUR = "hour"  # an hour word (العاشرة، 10)
    HOUR_NOUN = "hournoun"  # الساعة
    APPROX = "approx"  # حوالي، نحو
    EXACT = "exact"  # تمام
    FRACTION = "fraction"  # a part of an hour (والنصف، إلا ربعا)
    MINUTE_NOUN = "minnoun"  # دقيقة
    SEP = "sep"  # a clock separator (: h)
    MERIDIEM = "meridiem"  # صباحا، مساء
    PART_NOUN = "partnoun"  # a part of the day before a date (صباح، مساء)
    PART_ALONE = "partalone"  # a part of the day said alone (صباحا، ليلا)
    IDIOM = "idiom"  # ليلا ونهارا and the like: no time
    PART_REL = "partrel"  # الغد، أمس after a part of the day
    NAMED = "named"  # a named time (منتصف الليل)
    VAGUE = "vague"  # an approximate part of the day (في وقت متأخر)
    JOINER = "joiner"  # a word joining a time to a date (على، في)
    LINK = "link"  # a word between a time and its date (من، يوم)
    FROM = "from"  # a range's opener (من)
    TO = "to"  # a range's second bound (إلى، حتى)
    BETWEEN = "between"  # بين، ما بين
    ZONE_NOUN = "zonenoun"  # بتوقيت، حسب توقيت
    FIXED_ZONE = "fixedzone"  # a zone of its own (غرينتش)
    LOCAL_ZONE = "local"  # بالتوقيت المحلي
    ZONE_PLACE = "zoneplace"  # a place whose time is a zone (مكة)
    UNIT = "unit"  # a duration's unit (ساعة، دقائق)
    DUR_CUE = "durcue"  # a duration's cue (لمدة، طيلة)
    DUR_FRAC = "durfrac"  # a fraction of a unit (ربع، نصف)
    DUR_HALF = "durhalf"  # ونصف after a unit
    NOT_DUR = "notdur"  # a word before which no duration is read


class MonthEntry(NamedTuple):
    """A month name: its number in its calendar, and whether it is also a common word."""

    number: int
    calendar: Calendar
    ambiguous: bool


class WeekdayEntry(NamedTuple):
    """A weekday name: Python's weekday number (Monday = 0), and whether it is also
    a common word (الاثنين "both", الأحد "the one")."""

    weekday: int
    ambiguous: bool


class UnitEntry(NamedTuple):
    """A counted unit (أيام، أسبوعين): the period, and how many the word itself means
    (0: it needs a count)."""

    unit: str
    implied: int


#: A reading's value: a typed entry, a number (ordinals, directions …) or a name
#: (a period, a part of a month, an era); ``0`` for a word list.
Entry: TypeAlias = MonthEntry | WeekdayEntry | UnitEntry | int | str
V = TypeVar("V", MonthEntry, WeekdayEntry, UnitEntry, int, str, Entry)


@dataclass(frozen=True, slots=True)
class Reading(Generic[V]):
    """One way to read the tokens from a position: a category and its value."""

    cat: Category
    value: V
    ntok: int  # how many tokens it covers
    clitic: int  # characters of clitics stripped from the first token


#: Tables of numbers or names, and their category.
_VALUED_TABLES: tuple[tuple[Category, dict[str, int] | dict[str, str]], ...] = (
    (Category.RELDAY, cw.RELATIVE_DAYS),
    (Category.MOD, cw.MODIFIERS),
    (Category.PERIOD, cw.PERIODS),
    (Category.COUNTDIR, cw.COUNT_DIRECTIONS),
    (Category.PART, cw.MONTH_PARTS),
    (Category.ERA, cw.ERA_MARKS),
    (Category.ORD, nu.ORDINALS),
    (Category.ORDTEN, nu.ORDINAL_TENS),
    (Category.CARD, nu.CARDINALS),
    (Category.CARDTEN, nu.CARDINAL_TENS),
    (Category.HUNDRED, nu.HUNDREDS),
    (Category.THOUSAND, nu.THOUSANDS),
    # holidays (lexicon/holidays.py): a name is its spelling, looked up in the table
    (Category.HOLIDAY, ho.HOLIDAY_NAMES),
    (Category.HOLIDAYEVE, ho.HOLIDAY_EVE_WORDS),
    (Category.COUNTRY, ho.COUNTRY_WORDS),
    # calendar structure (lexicon/calendar_parts.py)
    (Category.POSBEFORE, cp.ORDINALS_BEFORE),
    (Category.POSAFTER, cp.ORDINALS_AFTER),
    (Category.BAREWEEKDAY, cp.WEEKDAYS_BARE),
    (Category.YEARPART, {part.spelling: n for n, part in enumerate(cp.YEAR_PARTS)}),
    (Category.SEASON, cp.SEASONS),
    (Category.DECADE, cp.DECADES),
    (Category.CENTURY, cp.CENTURIES),
    (Category.MONTHNUMBER, cp.MONTH_NUMBER_CARDINALS),
    (Category.ANAPHORDAY, cw.ANAPHORIC_DAYS),
)
#: Word lists, and their category.
_WORD_LISTS: tuple[tuple[Category, tuple[str, ...]], ...] = (
    (Category.THIS, cw.THIS_WORDS),
    (Category.YEARNOUN, cw.YEAR_NOUNS),
    (Category.MONTHNOUN, cw.MONTH_NOUNS),
    (Category.DAYNOUN, cw.DAY_NOUNS),
    (Category.FROM, cw.RANGE_FROM),
    (Category.TO, cw.RANGE_TO),
    (Category.BETWEEN, cw.RANGE_BETWEEN),
    (Category.YEARCUE, cw.YEAR_CUES),
    (Category.MONTHCUE, cw.MONTH_CUES),
    (Category.GENERAL, cw.GENERAL_NOUNS),
    (Category.NOTWEEKDAY, cw.NOT_DATE_BEFORE_WEEKDAY),
    (Category.COUNTED, cw.COUNTED_NOUNS),
    (Category.ADVERB, cw.ADVERBS),
    (Category.EQUIVALENT, cw.EQUIVALENT_WORDS),
    (Category.YEARPAIR, cw.YEAR_PAIR_NOUNS),
    (Category.MONTHPAIR, cw.MONTH_PAIR_NOUNS),
    (Category.YEARSPAN, cw.YEAR_SPAN_CUES),
    (Category.FEASTDAYS, ho.FEAST_DAYS_WORDS),
    (Category.WEEKNOUN, cp.WEEK_NOUNS),
    (Category.SEASONNOUN, cp.SEASON_NOUNS),
    # العقد only: عقد without the article is "to hold" (عقد اجتماع) far more often
    # than a decade, and عقد التسعينيات reads as التسعينيات
    (Category.DECADENOUN, tuple(w for w in cp.DECADE_NOUNS if w.startswith("ال"))),
    (Category.CENTURYNOUN, cp.CENTURY_NOUNS),
)


def _phrases() -> Iterator[tuple[str, Category, Entry]]:
    for number, calendar, spelling, ambiguous in mo.MONTHS:
        yield spelling, Category.MONTH, MonthEntry(number, Calendar(calendar), ambiguous)
    for word, wd in cw.WEEKDAYS.items():
        yield word, Category.WEEKDAY, WeekdayEntry(wd, word in cw.AMBIGUOUS_WEEKDAYS)
    for word, (unit, n) in cw.COUNTED_UNITS.items():
        yield word, Category.UNIT, UnitEntry(unit, n)
    for cat, table in _VALUED_TABLES:
        for word, value in table.items():
            yield word, cat, value
    for cat, words in _WORD_LISTS:
        for word in words:
            yield word, cat, 0
    for word in nu.TEEN_WORDS:
        yield word, Category.TEEN, 10
    for word in nu.FIRST_DAY_WORDS:
        yield word, Category.FIRSTDAY, 1


@cache
def lexicon_index() -> PhraseIndex[tuple[Category, Entry]]:
    """The date lexicon keyed by first word, longest phrase first, built on first use."""
    return longest_first(
        (tuple(t.key for t in tokenize(normalize(phrase))), (cat, value))
        for phrase, cat, value in _phrases()
    )


@lru_cache(maxsize=16384)
def entries(first: str) -> tuple[tuple[tuple[str, ...], Reading[Entry]], ...]:
    """The lexicon entries a token key can begin, each with its reading, longest first.

    Cached by key: news text repeats its words, and a reading depends on the
    key and the words after it only.
    """
    index = lexicon_index()
    return tuple(
        (keys, Reading(cat, value, len(keys), clitic))
        for form, clitic in strip_proclitics(first)
        for keys, (cat, value) in index.get(form, ())
    )


_ONE_WORD: dict[str, tuple[object, list[Reading[Entry]] | None]] = {}
_ONE_WORD_MAX = 16384


def one_word_readings(first: str) -> list[Reading[Entry]] | None:
    """The readings of a token key when every entry it begins is one word long (they
    then depend on the key alone), else ``None``. Shared: not to be changed.

    Kept by key along with the :func:`entries` they come from, so they follow
    that cache when it is cleared.

    >>> [r.cat.name for r in one_word_readings("يوليوز")], one_word_readings("كانون")
    (['MONTH'], None)
    """
    got = entries(first)
    kept = _ONE_WORD.get(first)
    if kept is not None and kept[0] is got:
        return kept[1]
    out = None if any(r.ntok != 1 for _keys, r in got) else [r for _keys, r in got]
    if len(_ONE_WORD) >= _ONE_WORD_MAX:
        _ONE_WORD.clear()
    _ONE_WORD[first] = (got, out)
    return out


def readings(tokens: list[Token], i: int) -> list[Reading[Entry]]:
    """Every lexicon reading that starts at token ``i``, longest first.

    >>> from .tokens import tokenize
    >>> [(r.cat.name, r.value) for r in readings(tokenize("وفي يوليوز"), 1)]
    [('MONTH', MonthEntry(number=7, calendar=<Calendar.GREGORIAN: 'gregorian'>, ambiguous=False))]
    """
    out: list[Reading[Entry]] = []
    for keys, reading in entries(tokens[i].key):
        n = reading.ntok
        if n == 1 or continues(tokens, i, keys):
            out.append(reading)
    return out
