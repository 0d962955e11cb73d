"""Times of day, time zones and durations, read from the tokens of the lexical layer.

The grammar is a list of :class:`Rule` records (a name, the words that can start
it, a parse function); the tables of ``lexicon/times.py`` become rules through
the helpers below. Two uses:

- :func:`attach` joins a time to the date next to it (صباح اليوم، … 2026 على
  الساعة الحادية عشرة صباحا، التاسعة صباحا من يوم الجمعة …): the date mention keeps
  its days, its span grows over the time, its value gains the time;
- :func:`scan_times` and :func:`scan_durations` find the times that stand alone
  and the durations, for ``find_times`` and the events.

Every rule looks ahead a bounded number of tokens, and :func:`attach` only looks
around the dates already found, so the cost stays linear in the text.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import cache
from itertools import compress, count
from operator import attrgetter
from typing import Any, Final

from ..lexical import (
    Category,
    TimeCategory,
    Token,
    clitic_forms,
    longest_first,
    strip_proclitics,
    tokenize,
    with_clitics,
)
from ..lexical.phrases import continues
from ..lexicon import times as lx
from ..lexicon.clitics import TIME_LAM_ARTICLE_FROM
from ..normalize import normalize
from ..types import DateValue, DayPart, Grain
from . import resolve as rs
from .grammar import Match, Parser

LOCAL = "local"  # the zone of بالتوقيت المحلي, resolved from the place the sentence names
_MAX_LOOKBACK = 9  # tokens before a date where a time joined to it may start
_SENTENCE_ENDS = frozenset({".", "!", "?", "؟", "؛", ";"})
_CLOCK_CUES_BEFORE = frozenset(
    {"في", "على", "عند", "حتى", "الى", "من", "حوالي", "نحو", "قرابه", "تمام", "منذ", "بعد", "قبل"}
)
_COUNT_WORDS = (Category.CARD, Category.CARDTEN)  # a count in words starts with these
_GLUE = frozenset({"-", "/", ":", ".", ",", "،", "+"})
_HALVES = {"TH": "30M", "TM": "30S", "D": "T12H", "M": "15D", "Y": "6M"}  # half a unit
_NEEDS_ZONE_NOUN = frozenset({"العالمي"})  # a zone only after التوقيت
_LINK_WORDS = frozenset({"من", "يوم", "يومه", "ليوم"})
_RULES_BY_PART = {
    "morning": "am",
    "noon": "noon",
    "afternoon": "pm",
    "evening": "pm",
    "night": "night",
}


# The categories as module constants: a global is read faster than a member of the
# enum class (see lexical/calendar.py).
HOUR: Final = TimeCategory.HOUR
HOUR_NOUN: Final = TimeCategory.HOUR_NOUN
APPROX: Final = TimeCategory.APPROX
EXACT: Final = TimeCategory.EXACT
FRACTION: Final = TimeCategory.FRACTION
MINUTE_NOUN: Final = TimeCategory.MINUTE_NOUN
SEP: Final = TimeCategory.SEP
MERIDIEM: Final = TimeCategory.MERIDIEM
PART_NOUN: Final = TimeCategory.PART_NOUN
PART_ALONE: Final = TimeCategory.PART_ALONE
IDIOM: Final = TimeCategory.IDIOM
PART_REL: Final = TimeCategory.PART_REL
NAMED: Final = TimeCategory.NAMED
VAGUE: Final = TimeCategory.VAGUE
JOINER: Final = TimeCategory.JOINER
LINK: Final = TimeCategory.LINK
FROM: Final = TimeCategory.FROM
TO: Final = TimeCategory.TO
BETWEEN: Final = TimeCategory.BETWEEN
ZONE_NOUN: Final = TimeCategory.ZONE_NOUN
FIXED_ZONE: Final = TimeCategory.FIXED_ZONE
LOCAL_ZONE: Final = TimeCategory.LOCAL_ZONE
ZONE_PLACE: Final = TimeCategory.ZONE_PLACE
UNIT: Final = TimeCategory.UNIT
DUR_CUE: Final = TimeCategory.DUR_CUE
DUR_FRAC: Final = TimeCategory.DUR_FRAC
DUR_HALF: Final = TimeCategory.DUR_HALF
NOT_DUR: Final = TimeCategory.NOT_DUR


@dataclass(frozen=True, slots=True)
class Clock:
    """What a time expression says: clock times, a part of the day, a zone."""

    start: dt.time | None = None
    end: dt.time | None = None
    part: DayPart | None = None
    tz: str | None = None
    approximate: bool = False
    meridiem: bool = False  # the clock time says its half of the day (صباحا، 15:30)


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time read from tokens ``first`` (after ``clitic`` characters) to ``end``."""

    first: int
    clitic: int
    end: int
    clock: Clock
    day: int | None = None  # days from the reference said inside (مساء الغد)
    needs_date: bool = False  # a part-of-day noun (صباح): a time only before a date
    day_first: int = -1  # the token where that day word starts


@dataclass(frozen=True, slots=True)
class DurationMatch:
    """A duration read from tokens ``first`` to ``end``: its ISO 8601 value."""

    first: int
    clitic: int
    end: int
    value: str


@dataclass(slots=True)
class TimedMatch(Match):
    """A date with the time joined to it: ``first``/``clitic``/``end`` stay the date's
    own tokens (what the event linker reads), ``outer`` is the span with the time."""

    outer: tuple[int, int, int] | None = None  # first, clitic, end


def outer_span(m: Match) -> tuple[int, int, int]:
    """The tokens a date mention covers, with its time: (first, clitic, end)."""
    if isinstance(m, TimedMatch) and m.outer is not None:
        return m.outer
    return m.first, m.clitic, m.end


@dataclass(frozen=True, slots=True)
class Rule:
    """One time construction: its name, the words that can start it, its parse function."""

    name: str
    anchors: frozenset[str]
    parse: Callable[[TimeScanner, int], TimeMatch | None]


# --- the lexicon, as phrases keyed by their first word ------------------------------


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(normalize(phrase)))


_TABLES: tuple[tuple[TimeCategory, Any], ...] = (
    (HOUR, lx.HOUR_WORDS),
    (HOUR_NOUN, lx.HOUR_NOUNS),
    (APPROX, lx.APPROXIMATE_CUES),
    (EXACT, lx.EXACT_CUES),
    (FRACTION, lx.MINUTE_FRACTIONS),
    (MINUTE_NOUN, lx.MINUTE_NOUNS),
    (SEP, lx.CLOCK_SEPARATORS),
    (MERIDIEM, lx.MERIDIEM_WORDS),
    (PART_NOUN, lx.DAY_PART_NOUNS),
    (PART_ALONE, lx.DAY_PART_ALONE),
    (IDIOM, lx.DAY_PART_IDIOM_WORDS),
    (PART_REL, lx.PART_RELATIVE_DAYS),
    (NAMED, lx.NAMED_TIMES),
    (VAGUE, lx.VAGUE_TIMES),
    (JOINER, lx.TIME_JOINERS),
    (LINK, lx.TIME_DATE_LINKS),
    (FROM, lx.RANGE_FROM),
    (TO, lx.RANGE_TO),
    (BETWEEN, lx.RANGE_BETWEEN),
    (ZONE_NOUN, lx.ZONE_NOUNS),
    (FIXED_ZONE, lx.FIXED_ZONES),
    (LOCAL_ZONE, lx.LOCAL_ZONE),
    (ZONE_PLACE, lx.ZONE_PLACES),
    (UNIT, lx.DURATION_UNITS),
    (DUR_CUE, lx.DURATION_CUES),
    (DUR_FRAC, lx.DURATION_FRACTIONS),
    (DUR_HALF, lx.DURATION_HALVES),
    (NOT_DUR, lx.NOT_DURATION_BEFORE),
)


@cache
def phrase_index() -> dict[str, list[tuple[tuple[str, ...], TimeCategory, Any]]]:
    """Every phrase of ``lexicon/times.py`` keyed by its first word, longest first."""
    by_cat = longest_first(
        (_keys(phrase), (cat, value))
        for cat, table in _TABLES
        for phrase, value in (table.items() if isinstance(table, dict) else ((w, 0) for w in table))
    )
    return {
        first: [(keys, cat, value) for keys, (cat, value) in bucket]
        for first, bucket in by_cat.items()
    }


@cache
def category_index() -> dict[TimeCategory, dict[str, list[tuple[tuple[str, ...], Any]]]]:
    """The phrases of each category keyed by their first word, longest first."""
    out: dict[TimeCategory, dict[str, list[tuple[tuple[str, ...], Any]]]] = {
        cat: {} for cat, _ in _TABLES
    }
    for first, bucket in phrase_index().items():
        for keys, cat, value in bucket:  # the bucket is sorted longest first
            out[cat].setdefault(first, []).append((keys, value))
    return out


# --- the scanner ----------------------------------------------------------------------


class TimeScanner:
    """Reads times and durations from the tokens of a date :class:`Parser`."""

    def __init__(self, parser: Parser) -> None:
        self.p = parser
        self.t = parser.t
        self.n = parser.n

    def key(self, i: int) -> str:
        return self.t[i].key if 0 <= i < self.n else ""

    def phrase(
        self, i: int, cat: TimeCategory, clitic_ok: bool = False
    ) -> tuple[int, Any, int] | None:
        """``(tokens, value, clitic)`` of the longest ``cat`` phrase at ``i``, or None."""
        if not 0 <= i < self.n:
            return None
        table = category_index()[cat]
        word = self.t[i].key
        forms = strip_proclitics(word, TIME_LAM_ARTICLE_FROM) if clitic_ok else ((word, 0),)
        for form, clitic in forms:
            for keys, value in table.get(form, ()):  # longest first
                if len(keys) == 1 or continues(self.t, i, keys):
                    return len(keys), value, clitic
        return None

    def has(self, i: int, cat: TimeCategory, clitic_ok: bool = False) -> int:
        got = self.phrase(i, cat, clitic_ok)
        return got[0] if got else 0

    def adjacent(self, i: int) -> bool:
        return self.p.adjacent(i)

    # --- clock points -----------------------------------------------------------

    def clock_point(self, i: int, clitic_ok: bool = False) -> _Point | None:
        """[تمام|حوالي] [الساعة] HOUR [:MM | FRACTION] [MERIDIEM] [ZONE], or a named time."""
        j, approx, strong, clitic = i, False, False, 0
        for cat in (EXACT, APPROX):
            got = self.phrase(j, cat, clitic_ok and j == i)
            if got:
                clitic = got[2] if j == i else clitic
                approx = approx or cat == APPROX
                j += got[0]
        named = self.phrase(j, NAMED, clitic_ok and j == i)
        if named:
            clitic = named[2] if j == i else clitic
            h, m = named[1]
            j += named[0]
            zone = self.zone_at(j)
            if zone:
                j = zone[1]
            return _Point(
                i, clitic, j, h * 60 + m, None, None, zone[0] if zone else None, approx, True
            )
        noun = self.phrase(j, HOUR_NOUN, clitic_ok and j == i)
        if noun:
            clitic = noun[2] if j == i else clitic
            j += noun[0]
            strong = True
        tok = self.t[j] if j < self.n else None
        if tok is None:
            return None
        minute: int | None = None
        if tok.is_digits and j > 0 and self.key(j - 1) in _GLUE and self.adjacent(j - 1):
            return None  # the second number of 3-1, 10/10, 3:16
        if tok.is_digits:
            if len(tok.key) > 2 or int(tok.key) > 24:
                return None
            hour = int(tok.key)
            j += 1
            sep = self.phrase(j, SEP)
            if (
                sep
                and self.adjacent(j - 1)
                and self.adjacent(j)
                and j + 1 < self.n
                and self.t[j + 1].is_digits
                and len(self.t[j + 1].key) == 2
                and int(self.t[j + 1].key) < 60
                and hour < 24
            ):
                minute = int(self.t[j + 1].key)
                j += 2
                if self.key(j) == ":" and self.adjacent(j - 1):
                    return None  # 10:30:15, or a reference 3:16:2
                if self.key(i - 1) in _CLOCK_CUES_BEFORE or sep[1] != ":":
                    strong = True  # 10h30 and 10س30 are clock times wherever they stand
            elif sep:
                return None  # 3:1 is a score or a verse
            elif not noun and self.key(j) in ("-", "/", ".") and self.adjacent(j - 1):
                return None  # 3-1, 10/10, 3.5: scores, ratios and decimals
        else:
            got = self.phrase(j, HOUR, clitic_ok and j == i)
            if got is None:
                return None
            if j == i:
                clitic = got[2]
            hour = int(got[1])
            j += got[0]
        frac = self.phrase(j, FRACTION)
        if frac and minute is None:
            minute = int(frac[1])
            j += frac[0]
            strong = strong or not tok.is_digits
        elif (
            minute is None
            and self.key(j) == "و"
            and j + 2 < self.n
            and self.t[j + 1].is_digits
            and self.has(j + 2, MINUTE_NOUN)
            and int(self.t[j + 1].key) < 60
        ):
            minute = int(self.t[j + 1].key)  # العاشرة و20 دقيقة
            j += 3
        meridiem = self.phrase(j, MERIDIEM)
        rule = part = None
        if meridiem:
            rule, part = meridiem[1]
            j += meridiem[0]
            strong = True
        zone = self.zone_at(j)
        if zone:
            j = zone[1]
            strong = True
        if minute is None:
            minute = 0
        total = _to_minutes(hour, minute, rule)
        if total is None:
            return None
        return _Point(
            i,
            clitic,
            j,
            total,
            rule,
            DayPart(part) if part else None,
            zone[0] if zone else None,
            approx,
            strong,
            hour=hour,
            minute=minute,
        )

    def zone_at(self, j: int) -> tuple[str, int] | None:
        """A zone phrase at ``j``: (fixed offset, IANA name or LOCAL) and its end."""
        local = self.phrase(j, LOCAL_ZONE, clitic_ok=True)
        if local:
            return LOCAL, j + local[0]
        start = j
        noun = self.phrase(j, ZONE_NOUN, clitic_ok=True)
        if noun:
            j += noun[0]
        fixed = self.phrase(j, FIXED_ZONE)
        if fixed and not noun and self.t[j].key in _NEEDS_ZONE_NOUN:
            fixed = None  # العالمي alone is "world", not a zone
        if fixed:
            offset, j = str(fixed[1]), j + fixed[0]
            # GMT+1, UTC -3
            if self.key(j) in ("+", "-") and j + 1 < self.n and self.t[j + 1].is_digits:
                hours = int(self.t[j + 1].key)
                if len(self.t[j + 1].key) <= 2 and hours <= 14:
                    offset = f"{self.key(j)}{hours:02d}:00"
                    j += 2
            return offset, j
        if noun:
            place = self.phrase(j, ZONE_PLACE)
            if place:
                return str(place[1]), j + place[0]
        del start
        return None

    # --- rules ----------------------------------------------------------------------

    def rule_clock(self, i: int) -> TimeMatch | None:
        """A clock time: الساعة العاشرة صباحا، 10:30، 10h30، التاسعة مساء بتوقيت مكة."""
        p = self.clock_point(i, clitic_ok=True)
        if p is None:
            return None
        p = self._with_part_after(p)
        if not p.strong:
            return None
        rel = self.phrase(p.end, PART_REL) if p.part is not None else None
        if rel and self.key(p.end - 1) != "من" and self.has(p.end - 1, PART_NOUN):
            return TimeMatch(i, p.clitic, p.end + rel[0], p.clock(), int(rel[1]), day_first=p.end)
        return TimeMatch(i, p.clitic, p.end, p.clock())

    def _with_part_after(self, p: _Point) -> _Point:
        """الثامنة من مساء …: the part of the day after من sets the half of the day."""
        if p.rule is not None or self.key(p.end) != "من":
            return p
        got = self.phrase(p.end + 1, PART_NOUN)
        if got is None:
            return p
        part = str(got[1])
        total = _to_minutes(p.hour, p.minute, _RULES_BY_PART[part])
        if total is None:
            return p
        return replace(
            p,
            end=p.end + 1 + got[0],
            total=total,
            part=DayPart(part),
            strong=True,
            rule=_RULES_BY_PART[part],
        )

    def rule_range(self, i: int) -> TimeMatch | None:
        """من 9 إلى 12 ظهرا، بين الساعة الثانية بعد الزوال ومنتصف الليل."""
        opener = self.phrase(i, FROM, clitic_ok=True)
        between = opener is None
        if opener is None:
            opener = self.phrase(i, BETWEEN, clitic_ok=True)
            if opener is None and self.key(i) == "ما":
                got = self.phrase(i + 1, BETWEEN)
                opener = (got[0] + 1, 0, 0) if got else None
        if opener is None:
            return None
        a = self.clock_point(i + opener[0])
        if a is None:
            return None
        j = a.end
        b: _Point | None
        if between:
            if self.key(j) == "و":
                b = self.clock_point(j + 1)
            else:
                b = self.clock_point(j, clitic_ok=True)
                if b is not None and b.clitic != 1:
                    b = None
        else:
            to = self.phrase(j, TO)
            b = self.clock_point(j + to[0]) if to else None
        if b is None or not (a.strong or b.strong):
            return None
        if b.rule is not None and a.rule is None and a.hour is not None:
            shifted = _to_minutes(a.hour, a.minute, b.rule)
            if shifted is not None and shifted <= b.total:
                a = replace(a, total=shifted)
        elif (
            a.rule is not None
            and b.rule is None
            and 1 <= b.hour <= 12
            and b.total < a.total
            and b.total + 720 < 1440
        ):
            b = replace(b, total=b.total + 720)
        clock = Clock(
            _time(a.total),
            _time(b.total),
            a.part or b.part,
            b.tz or a.tz,
            a.approx or b.approx,
            a.said_half() or b.said_half(),
        )
        return TimeMatch(i, opener[2], b.end, clock)

    def rule_vague(self, i: int) -> TimeMatch | None:
        """الساعات الأولى من الصباح، في وقت متأخر من الليل: a part of the day, approximate."""
        got = self.phrase(i, VAGUE, clitic_ok=True)
        if got is None:
            return None
        return TimeMatch(i, got[2], i + got[0], Clock(part=DayPart(got[1]), approximate=True))

    def rule_part_noun(self, i: int) -> TimeMatch | None:
        """صباح، مساء، ليلة … before a date; مساء الغد, where الغد is only a date here."""
        got = self.phrase(i, PART_NOUN, clitic_ok=True)
        if got is None:
            return None
        j = i + got[0]
        clock = Clock(part=DayPart(got[1]))
        rel = self.phrase(j, PART_REL)
        if rel:
            return TimeMatch(i, got[2], j + rel[0], clock, day=int(rel[1]), day_first=j)
        return TimeMatch(i, got[2], j, clock, needs_date=True)

    def rule_part_alone(self, i: int) -> TimeMatch | None:
        """صباحا، منذ الصباح، ليلا: a part of the day said alone (not ليلا ونهارا)."""
        got = self.phrase(i, PART_ALONE, clitic_ok=False)
        if got is None:
            return None
        end = i + got[0]
        if self.has(end, IDIOM) or self.has(i - 1, IDIOM) or self.has(i - 1, PART_ALONE):
            return None
        if self.has(end, PART_ALONE, clitic_ok=True):
            return None
        return TimeMatch(i, 0, end, Clock(part=DayPart(got[1])))

    def parse_at(self, i: int) -> TimeMatch | None:
        """The longest time starting at token ``i``."""
        best: TimeMatch | None = None
        if i >= self.n:
            return None
        tok = self.t[i]
        forms = (
            ("#",)
            if tok.is_digits
            else (*(f for f, _ in strip_proclitics(tok.key, TIME_LAM_ARTICLE_FROM)),)
        )
        if not any(f in _all_anchors() for f in forms):
            return None
        for rule in rules():
            if not any(f in rule.anchors for f in forms):
                continue
            m = rule.parse(self, i)
            if m is not None and (best is None or m.end > best.end):
                best = m
        return best

    # --- durations --------------------------------------------------------------------

    def duration_at(self, i: int) -> DurationMatch | None:
        """[لمدة|على مدى|طيلة] COUNT UNIT [ونصف]: ثلاثة أيام → P3D، ساعتين → PT2H."""
        j, clitic = i, 0
        cue = self.phrase(i, DUR_CUE, clitic_ok=True)
        if cue:
            j, clitic = i + cue[0], cue[2]
        elif self.has(i - 1, NOT_DUR, clitic_ok=True) or self.has(i - 2, NOT_DUR):
            return None
        count = 0
        tok = self.t[j] if j < self.n else None
        if tok is None:
            return None
        if tok.is_digits:
            if len(tok.key) > 4:
                return None
            count, j = int(tok.key), j + 1
        elif self.has(j, DUR_FRAC):
            got = self.phrase(j, DUR_FRAC)
            assert got is not None
            unit = self.phrase(j + got[0], UNIT)
            if unit is None or unit[1][0] != "H" or unit[1][2] != 1:
                return None
            return DurationMatch(i, clitic, j + got[0] + unit[0], f"PT{int(got[1])}M")
        elif any(r.cat in _COUNT_WORDS and not r.clitic for r in self.p.read(j)):
            got_n = self.p.number_words(j)
            if got_n is None:
                return None
            count, j = got_n
        unit = self.phrase(j, UNIT)
        if unit is None:
            return None
        designator, is_time, implied = unit[1]
        if count and implied == 2:
            return None  # "3 يومين" is not a phrase
        if not count:
            halved = implied == 1 and self.has(j + unit[0], DUR_HALF)  # ساعة ونصف
            if implied == 2 or (implied == 1 and (cue or halved)):
                count = implied
            else:
                return None
        end = j + unit[0]
        if count <= 0:
            return None
        unit_key = ("T" if is_time else "") + designator
        value = f"PT{count}{designator}" if is_time else f"P{count}{designator}"
        half = self.phrase(end, DUR_HALF)
        if half and unit_key in _HALVES:
            end += half[0]  # ساعة ونصف، يومين ونصف
            value += _HALVES[unit_key]
        return DurationMatch(i, clitic, end, value)


@dataclass(frozen=True, slots=True)
class _Point:
    """One clock time while it is being read: minutes after midnight and what qualified it."""

    first: int
    clitic: int
    end: int
    total: int
    rule: str | None
    part: DayPart | None
    tz: str | None
    approx: bool
    strong: bool
    hour: int = 0
    minute: int = 0

    def clock(self) -> Clock:
        t = _time(self.total)
        return Clock(t, t, self.part, self.tz, self.approx, self.said_half())

    def said_half(self) -> bool:
        """The half of the day is known: a meridiem word, a named time, or an hour past 12."""
        return self.rule is not None or self.hour > 12 or self.hour == 0


def _in_part(t: dt.time, part: DayPart) -> dt.time:
    total = _to_minutes(t.hour, t.minute, _RULES_BY_PART[part.value])
    return t if total is None else _time(total)


def _time(total: int) -> dt.time:
    total %= 24 * 60
    return dt.time(total // 60, total % 60)


def _to_minutes(hour: int, minute: int, rule: str | None) -> int | None:
    """Minutes after midnight of HOUR:MINUTE said with a meridiem rule (see the lexicon)."""
    if hour > 24 or minute >= 60:
        return None
    h = 0 if hour == 24 else hour
    if rule is not None and 1 <= hour <= 12:
        if rule == "am":
            h = 0 if hour == 12 else hour
        elif rule == "pm":
            h = hour if hour == 12 else hour + 12
        elif rule == "noon":
            h = hour if hour in (11, 12) else hour + 12
        elif rule == "night":
            h = 0 if hour == 12 else (hour + 12 if hour >= 6 else hour)
    return (h * 60 + minute) % (24 * 60)


def _rule_from_table(
    name: str,
    parse: Callable[[TimeScanner, int], TimeMatch | None],
    cats: tuple[TimeCategory, ...],
    extra: tuple[str, ...] = (),
) -> Rule:
    """A rule whose anchors are the first words of the phrases of ``cats`` (and ``extra``)."""
    index = phrase_index()
    anchors = {first for first, bucket in index.items() if any(c in cats for _, c, _ in bucket)}
    return Rule(name, frozenset(anchors | set(extra)), parse)


@cache
def rules() -> tuple[Rule, ...]:
    """The time rules, built from the lexicon tables on first use."""
    return (
        _rule_from_table("range", TimeScanner.rule_range, (FROM, BETWEEN), ("ما",)),
        _rule_from_table(
            "clock",
            TimeScanner.rule_clock,
            (HOUR, HOUR_NOUN, APPROX, EXACT, NAMED),
            ("#",),
        ),
        _rule_from_table("vague", TimeScanner.rule_vague, (VAGUE,)),
        _rule_from_table("part_noun", TimeScanner.rule_part_noun, (PART_NOUN,)),
        _rule_from_table("part_alone", TimeScanner.rule_part_alone, (PART_ALONE,)),
    )


@cache
def _all_anchors() -> frozenset[str]:
    return frozenset().union(*(rule.anchors for rule in rules()))


@cache
def _anchor_keys() -> frozenset[str]:
    """The words that can start a time, with their clitic forms."""
    return with_clitics(set(_all_anchors()))


@cache
def _before_date_keys() -> frozenset[str]:
    """Last words of a time that can stand right before a date."""
    index = phrase_index()
    cats = (PART_NOUN, VAGUE, MERIDIEM, HOUR, NAMED, FRACTION, MINUTE_NOUN)
    last = {keys[-1] for bucket in index.values() for keys, c, _ in bucket if c in cats}
    return with_clitics(last | {"المحلي"})


@cache
def _zone_last_keys() -> frozenset[str]:
    """Last words of a zone phrase (they follow بتوقيت and the like, with no clitic)."""
    index = phrase_index()
    cats = (FIXED_ZONE, ZONE_PLACE, LOCAL_ZONE)
    return frozenset(keys[-1] for bucket in index.values() for keys, c, _ in bucket if c in cats)


@cache
def _zone_noun_keys() -> frozenset[str]:
    index = phrase_index()
    return with_clitics(
        {k for k, bucket in index.items() if any(c == ZONE_NOUN for _, c, _ in bucket)}
    )


@cache
def _durcue_keys() -> frozenset[str]:
    index = phrase_index()
    return with_clitics(
        {k for k, bucket in index.items() if any(c == DUR_CUE for _, c, _ in bucket)}
    )


def may_have_time(parser: Parser) -> bool:
    """Some token is a word a joined time needs (:func:`time_keys`): from the
    parser's scan when it ran, else checked here (in C)."""
    if parser.prefound is not None:
        return bool(parser.prefound.time_words)
    return not time_keys().isdisjoint(parser.keys)


@cache
def time_keys() -> frozenset[str]:
    """Words without which no time or duration can join a date: a clock time has
    الساعة, a separator (10:30), a 12-hour word, minutes (والنصف), a zone or a part of
    the day with it; an hour word or a number alone is no time. A phrase of several
    words is represented by its last word, the rarest."""
    cats = (
        HOUR_NOUN, NAMED, MERIDIEM, PART_NOUN, PART_ALONE, VAGUE, SEP, DUR_CUE,
        FRACTION, ZONE_NOUN, LOCAL_ZONE,
    )  # fmt: skip
    single: set[str] = set()
    last: set[str] = set()
    for bucket in phrase_index().values():
        for keys, c, _ in bucket:
            if c in cats:
                (single if len(keys) == 1 else last).add(keys[-1])
    zones = {k for k in category_index()[FIXED_ZONE] if k not in _NEEDS_ZONE_NOUN}
    return with_clitics(single) | last | zones


@cache
def _single_part_nouns() -> dict[str, tuple[DayPart, int]]:
    """One-word parts of the day before a date, with their clitic forms: (part, clitic)."""
    out: dict[str, tuple[DayPart, int]] = {}
    for first, bucket in category_index()[PART_NOUN].items():
        for keys, part in bucket:
            if len(keys) == 1:
                for form, clitic in clitic_forms(first):
                    out.setdefault(form, (DayPart(part), clitic))
    return out


@cache
def _time_words() -> frozenset[str]:
    """Every word of a time phrase (and the links to a date), with its clitic forms."""
    index = phrase_index()
    words = {k for bucket in index.values() for keys, c, _ in bucket if c != JOINER for k in keys}
    return with_clitics(words) | {":", "h", "H", "س", "سا", "+", "-", "(", ")", "يوم", "يومه"}


@cache
def _joiner_keys() -> frozenset[str]:
    index = phrase_index()
    return with_clitics(
        {k for k, bucket in index.items() if any(c == JOINER for _, c, _ in bucket)}
    )


@cache
def _key_sets() -> tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    tuple[frozenset[str], frozenset[str]],
]:
    """The word sets :func:`attach` looks a date's neighbours up in, built once."""
    index = phrase_index()
    openers = {
        k for k, bucket in index.items() if any(c in (JOINER, FROM, BETWEEN) for _, c, _ in bucket)
    }
    strong = {
        k
        for k, bucket in index.items()
        if any(c in (HOUR_NOUN, HOUR, NAMED, APPROX, EXACT) for _, c, _ in bucket)
    }
    return (
        _before_date_keys(),
        _after_date_keys(),
        _durcue_keys(),
        with_clitics(openers),
        with_clitics(strong) | {"ما", "بين"},
        (_zone_last_keys(), _zone_noun_keys()),
    )


@cache
def _clock_keys() -> frozenset[str]:
    """First words of a clock time or a range of them."""
    return with_clitics(
        {a for rule in rules() if rule.name in ("range", "clock") for a in rule.anchors}
    )


@cache
def _after_date_keys() -> frozenset[str]:
    """First words of a time that can join the date before it."""
    index = phrase_index()
    joiners = {keys[0] for bucket in index.values() for keys, c, _ in bucket if c == JOINER}
    meridiem = {keys[0] for bucket in index.values() for keys, c, _ in bucket if c == MERIDIEM}
    clock = {a for rule in rules() if rule.name in ("range", "clock") for a in rule.anchors}
    return with_clitics(joiners | meridiem | clock)


def _keyed(sc: TimeScanner, i: int, keys: frozenset[str]) -> bool:
    """Token ``i`` is a digit run (``#`` in ``keys``) or one of ``keys``, maybe with a clitic."""
    if not 0 <= i < sc.n:
        return False
    tok = sc.t[i]
    return tok.key in keys or ("#" in keys and tok.key.isdecimal())


@cache
def unit_keys() -> frozenset[str]:
    """The unit words of durations (يوم، ساعتين …), as written (no clitic)."""
    return frozenset(category_index()[UNIT])


# --- joining times to dates ---------------------------------------------------------


def with_clock(value: DateValue, clock: Clock) -> DateValue:
    """``value`` with what ``clock`` says of its time; a clock time that does not say its
    half of the day takes it from the part of the day already known (مساء أمس على الساعة
    الثامنة → 20:00)."""
    start, end = clock.start, clock.end
    part = value.day_part
    if start is not None and end is not None and not clock.meridiem and part is not None:
        start, end = _in_part(start, part), _in_part(end, part)
    return replace(
        value,
        time_start=start if start is not None else value.time_start,
        time_end=end if end is not None else value.time_end,
        day_part=clock.part if clock.part is not None else value.day_part,
        tz=clock.tz if clock.tz is not None else value.tz,
        approximate=value.approximate or clock.approximate,
    )


def _resolve_zone(sc: TimeScanner, clock: Clock, at: int) -> Clock:
    if clock.tz != LOCAL:
        return clock
    return replace(clock, tz=local_zone(sc, at))


def local_zone(sc: TimeScanner, at: int) -> str | None:
    """The zone of the place named nearest to token ``at`` in its sentence, or None."""
    lo = at
    while lo > 0 and sc.key(lo - 1) not in _SENTENCE_ENDS:
        lo -= 1
    hi = at
    while hi < sc.n and sc.key(hi) not in _SENTENCE_ENDS:
        hi += 1
    best: tuple[int, str] | None = None
    for k in range(lo, hi):
        got = sc.phrase(k, ZONE_PLACE, clitic_ok=True)
        if got is None:
            continue
        if k > 0 and sc.has(k - 1, ZONE_NOUN, clitic_ok=True):
            continue  # بتوقيت القاهرة names the zone itself
        distance = abs(k - at)
        if best is None or distance < best[0]:
            best = (distance, str(got[1]))
    return best[1] if best else None


def _time_after(sc: TimeScanner, j: int, limit: int, day: bool = True) -> TimeMatch | None:
    """A time right after a date (``j``), maybe after على/في/عند, ending by ``limit``
    (the next date, or the end of the text). ``day``: the date is one day, so a bare
    part of the day after it (الخميس مساء) is its time."""
    if not _keyed(sc, j, _after_date_keys()):
        return None
    start = j
    joiner = sc.phrase(j, JOINER, clitic_ok=True)
    if joiner:
        j += joiner[0]
        if not _keyed(sc, j, _clock_keys()):
            return None
    for m in (sc.rule_range(j), sc.rule_clock(j)):
        if m is not None and m.end <= limit:
            return replace(m, first=start, clitic=0) if joiner else m
    if not joiner and day:
        got = sc.phrase(j, MERIDIEM)  # الخميس مساء
        end = j + got[0] if got is not None else j
        # not the part of the day of the next date (… مساء يوم الثلاثاء)
        next_date = limit < sc.n and all(sc.key(x) in _LINK_WORDS for x in range(end, limit))
        if got is not None and not next_date and not sc.has(end, IDIOM):
            part = DayPart(got[1][1])
            return TimeMatch(j, 0, end, Clock(part=part))
    return None


def _time_before(sc: TimeScanner, m: Match, lo: int) -> tuple[int, int, Clock, int] | None:
    """A time that ends right before the date ``m`` (or before من/يوم and the date).

    Returns (first token, clitic, clock, days said inside) of the earliest such time
    that starts at or after ``lo``.
    """
    # the words a time can be made of reach back from the date without a gap: only
    # there can the time start
    inside = _time_words()
    first = m.first
    while first > max(lo, m.first - _MAX_LOOKBACK):
        word = sc.t[first - 1].key
        if word not in inside and not word.isdecimal():
            break
        first -= 1
    if first == m.first - 1 or (first == m.first - 2 and sc.key(m.first - 1) in _LINK_WORDS):
        one = _single_part_nouns().get(sc.t[first].key)  # صباح اليوم، مساء يوم الخميس
        if one is not None:
            return first, one[1], Clock(part=one[0]), 0
    starts = _anchor_keys()
    for s in range(first, m.first):
        word = sc.t[s].key
        if word not in starts and not word.isdecimal():
            continue
        got = sc.parse_at(s)
        if got is None:
            continue
        if got.day is not None:
            if got.day_first == m.first:  # مساء أمس: أمس is the date found
                return s, got.clitic, got.clock, 0
            continue
        j = got.end
        link = sc.phrase(j, LINK)
        if (link and j + link[0] == m.first) or (sc.key(j) in ("يوم", "يومه") and j + 1 == m.first):
            j = m.first
        if j != m.first:
            continue
        if got.needs_date or got.clock.start is not None or link or got.clock.approximate:
            return s, got.clitic, got.clock, 0
    return None


def attach(parser: Parser, found: list[Match], text: str) -> list[Match]:
    """The dates of ``found`` with the times joined to them: same days, wider spans.

    A time joins the date it touches: before it (صباح اليوم، التاسعة صباحا من يوم
    الجمعة …) or after it, maybe after على/في/عند (… 2026 على الساعة 11). A part of
    the day before الغد (مساء الغد) is a date of its own. ليلة الخميس إلى الجمعة is one
    range. A time never takes in another date. ``text`` is the normalized text of
    the tokens (where غد is looked for, for مساء الغد).
    """
    if not found and "غد" not in text:
        return found
    before_keys, after_keys, durcue_keys, opener_keys, clock_keys, zones = _key_sets()
    tokens, n = parser.t, parser.n
    if not may_have_time(parser):
        return found  # no word of the text can say a time: most texts
    zone_keys, zone_nouns = zones
    sc = TimeScanner(parser)
    out: list[Match] = []
    prev_end = last_end = 0
    for k, m in enumerate(found):
        # the common case, in a few set lookups: no word around the date can start or
        # end a time, a zone or a duration
        b = m.first - 1
        while b >= 0 and b >= m.first - 3 and tokens[b].key in _LINK_WORDS:
            b -= 1
        e = m.end
        if e < n and tokens[e].key in (",", "،"):
            e += 1
        word = tokens[b].key if b >= 0 else ""
        before_hit = (
            word in before_keys
            or (word.isdecimal() and len(word) <= 2)  # الساعة 10 يوم الخميس
            or (
                word in zone_keys  # … بتوقيت مكة المكرمة يوم الخميس
                and any(tokens[x].key in zone_nouns for x in range(max(0, b - 3), b))
            )
        )
        after = tokens[m.end].key if m.end < n else ""
        after_hit = after in after_keys or after.isdecimal()
        if after_hit and after in opener_keys:
            # على، في، من، بين … open a time only before a clock time: one of the next
            # two words starts one
            after_hit = any(
                x < n and (tokens[x].key in clock_keys or tokens[x].key.isdecimal())
                for x in (m.end + 1, m.end + 2)
            )
        if not (before_hit or after_hit or (e < n and tokens[e].key in durcue_keys)):
            if last_end <= m.first:
                out.append(m)
                prev_end = last_end = m.end
            continue
        nxt = found[k + 1].first if k + 1 < len(found) else parser.n
        first, clitic, end, value = m.first, m.clitic, m.end, m.value
        assert value is not None
        before = _time_before(sc, m, prev_end) if before_hit else None
        if before is not None:
            first, clitic = before[0], before[1]
            value = with_clock(value, _resolve_zone(sc, before[2], m.first))
        one_day = value.grain is Grain.DAY and value.start == value.end
        joined = _time_after(sc, m.end, nxt, one_day) if after_hit else None
        if joined is not None:
            end = joined.end
            value = with_clock(value, _resolve_zone(sc, joined.clock, m.end))
        value = _spread(sc, end, value)
        merged = _night_range(sc, m, found, k, before)
        if merged is not None:
            out.append(merged)
            prev_end = last_end = outer_span(merged)[2]
            continue
        if last_end > m.first:  # taken in by the range before
            continue
        if (first, end, value) != (m.first, m.end, m.value):
            m = _timed(m, value, (first, clitic, end))
        out.append(m)
        prev_end = last_end = end
    if "غد" not in text:
        return out
    return _part_relative_days(sc, out, text)


def _spread(sc: TimeScanner, j: int, value: DateValue) -> DateValue:
    """A day followed by a duration in days (الثلاثاء 28 نوفمبر، وعلى مدى يومين): the days
    it covers. The duration is not taken into the span: it is a duration mention."""
    if value.grain is not Grain.DAY or value.start != value.end:
        return value
    if sc.key(j) in (",", "،"):
        j += 1
    if not _keyed(sc, j, _durcue_keys()) or not sc.has(j, DUR_CUE, clitic_ok=True):
        return value
    d = sc.duration_at(j)
    if d is None or d.value[:1] != "P" or d.value[-1:] not in ("D", "W") or "T" in d.value:
        return value
    days = int(d.value[1:-1]) * (7 if d.value.endswith("W") else 1)
    if days <= 1:
        return value
    return replace(value, end=value.start + dt.timedelta(days=days - 1), grain=Grain.RANGE)


def _night_range(
    sc: TimeScanner,
    m: Match,
    found: list[Match],
    k: int,
    before: tuple[int, int, Clock, int] | None,
) -> Match | None:
    """ليلة الخميس إلى الجمعة: one range of the two days, at night."""
    if before is None or before[2].part is not DayPart.NIGHT or k + 1 >= len(found):
        return None
    nxt = found[k + 1]
    to = sc.phrase(m.end, TO)
    if to is None or m.end + to[0] != nxt.first or m.value is None or nxt.value is None:
        return None
    if m.value.grain is not Grain.DAY or nxt.value.grain is not Grain.DAY:
        return None
    if nxt.value.start != m.value.start + dt.timedelta(days=1):
        return None
    value = rs.range_value(m.value, nxt.value)
    if value is None:
        return None
    value = replace(value, day_part=DayPart.NIGHT)
    return _timed(replace(m, end=nxt.end), value, (before[0], before[1], nxt.end))


def _timed(m: Match, value: DateValue, outer: tuple[int, int, int]) -> TimedMatch:
    """``m`` with a new value and the span of its time (every other field kept)."""
    kept = {name: getattr(m, name) for name in _MATCH_FIELDS}
    return TimedMatch(**kept, value=value, outer=outer)


_MATCH_FIELDS = tuple(f.name for f in fields(Match) if f.name != "value")


def _part_relative_days(sc: TimeScanner, found: list[Match], text: str) -> list[Match]:
    """مساء الغد، صباح الغد: dates the date grammar leaves to the time grammar.

    Only the tokens where ``text`` (the normalized text) has غد are looked at.
    """
    taken = [(outer_span(m)[0], outer_span(m)[2]) for m in found]
    extra: list[Match] = []
    merged: set[int] = set()
    k = 0
    candidates: list[int] = []
    at = text.find("غد")
    while at >= 0:
        i = bisect_right(sc.t, at, key=attrgetter("start")) - 1
        if i >= 0 and (not candidates or candidates[-1] != i):
            candidates.append(i)
        at = text.find("غد", at + 2)
    for i in candidates:
        if not sc.has(i, PART_REL):
            continue
        while k < len(taken) and taken[k][1] <= i:
            k += 1
        if k < len(taken) and taken[k][0] <= i:
            continue
        for s in range(max(0, i - 6), i):
            got = sc.parse_at(s)
            if got is None or got.day is None or got.end != i + 1:
                continue
            if any(a < got.end and s < b for a, b in taken):
                continue
            day: DateValue | None = rs.relative_day(sc.p.ref, got.day)
            if day is None:
                continue  # past the ends of the calendar
            value = with_clock(day, got.clock)
            core = Match(first=got.day_first, clitic=0, end=got.end, value=value, relative=True)
            nxt = k if k < len(found) and taken[k][0] == got.end else None
            if nxt is not None and found[nxt].value is not None:
                # مساء غد الاثنين: one mention, the day said by غد, checked against the weekday
                other = found[nxt]
                assert other.value is not None
                if other.relative:
                    warn = rs.weekday_warning(other.value.start.weekday(), value)
                    core = replace(other, first=got.day_first, clitic=0, value=value, warnings=warn)
                else:  # مساء غد الاثنين 26 يوليوز: the full date says the day
                    value = with_clock(other.value, got.clock)
                    core = replace(other, first=got.day_first, clitic=0, value=value)
                merged.add(nxt)
            extra.append(_timed(core, value, (s, got.clitic, core.end)))
            break
    if not extra:
        return found
    kept = [m for k, m in enumerate(found) if k not in merged]
    return sorted(kept + extra, key=lambda m: outer_span(m)[0])


# --- lone times and durations -----------------------------------------------------------


def scan_times(parser: Parser, dates: list[Match]) -> list[tuple[TimeMatch, Clock]]:
    """The times not joined to any date, left to right, their zones resolved."""
    tokens = parser.t
    if not may_have_time(parser):
        return []
    sc = TimeScanner(parser)
    covered = _covered(dates)
    starts = _anchor_keys()
    out: list[tuple[TimeMatch, Clock]] = []
    # the tokens that may start a time (an anchor word or a number), found in C
    keys = parser.keys
    may_start = set(compress(count(), map(starts.__contains__, keys)))
    may_start.update(compress(count(), map(str.isdecimal, keys)))
    i = 0  # tokens before this one are taken by a time already found
    for i0 in sorted(may_start):
        if i0 < i or i0 in covered or not worth_parsing(tokens, i0):
            continue
        m = sc.parse_at(i0)
        if m is None or m.needs_date or m.day is not None:
            continue
        if any(k in covered for k in range(m.first, m.end)):
            continue
        out.append((m, _resolve_zone(sc, m.clock, m.first)))
        i = m.end
    return out


def worth_parsing(tokens: list[Token], i: int) -> bool:
    """Cheap checks before the grammar, at a token that may start a lone time: a number
    or an hour word is a time only with a separator, a 12-hour word, minutes or a zone
    after it (or من and a part of the day); من and بين open a range only before a clock
    time."""
    openers, clock_starts, followers, hours = _lone_time_sets()
    word = tokens[i].key
    nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
    if word.isdecimal() or word in hours:
        return nxt in followers or nxt == "من"
    if word in openers and nxt not in clock_starts and not nxt.isdecimal():
        nxt2 = tokens[i + 2].key if i + 2 < len(tokens) else ""
        return nxt2 in clock_starts or nxt2.isdecimal()
    return True


@cache
def _lone_time_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Range openers, words that start a clock time, words that may follow an hour
    (and the rest of a two-word hour, الحادية عشرة), and the hour words."""
    cat = category_index()
    openers = with_clitics({k for c in (FROM, BETWEEN) for k in cat[c]})
    starts = with_clitics({k for c in (HOUR_NOUN, HOUR, NAMED, APPROX, EXACT) for k in cat[c]})
    follow = {k for c in (SEP, MERIDIEM, FRACTION, FIXED_ZONE) for k in cat[c]}
    follow |= {k for c in (ZONE_NOUN, LOCAL_ZONE) for k in with_clitics(set(cat[c]))}
    follow |= {keys[1] for bucket in cat[HOUR].values() for keys, _ in bucket if len(keys) > 1}
    hours = frozenset(cat[HOUR])
    return openers, starts, frozenset(follow | {"و"}), hours


_DURATION_REACH = 4  # tokens from the start of a duration (its cue, its count) to its unit


def scan_durations(parser: Parser, dates: list[Match]) -> list[DurationMatch]:
    """The durations outside the dates (قبل ثلاثة أيام is a date), left to right.

    Found from their unit words (يوم، ساعات …): a duration starts at most a few
    tokens before its unit.
    """
    # the unit words' positions (a text has few, and many tokens): from the parser's
    # scan when it ran, else found here in C
    if parser.prefound is not None:
        at_units = parser.prefound.unit_words
    else:
        at_units = list(compress(count(), map(unit_keys().__contains__, parser.keys)))
    if not at_units:
        return []
    sc = TimeScanner(parser)
    covered = _covered(dates)
    out: list[DurationMatch] = []
    done = 0  # tokens before this one are taken by a duration already found
    for u in at_units:
        if u < done or u in covered:
            continue
        for s in range(max(done, u - _DURATION_REACH), u + 1):
            if s in covered:
                continue
            m = sc.duration_at(s)
            if m is None or m.end <= u or any(k in covered for k in range(m.first, m.end)):
                continue
            out.append(m)
            done = m.end
            break
    return out


def _covered(dates: list[Match]) -> set[int]:
    out: set[int] = set()
    for m in dates:
        first, _, end = outer_span(m)
        out.update(range(first, end))
    return out


def sentence_start(parser: Parser, i: int) -> int:
    """The first token of the sentence of token ``i``."""
    while i > 0 and parser.key(i - 1) not in _SENTENCE_ENDS:
        i -= 1
    return i
