"""The date grammar's core: the parser every rule reads tokens through, and the scan.

A rule (:class:`Rule`) is a record: a name, the :class:`~arabic_events.lexical.Category`
of readings its first token can have (its *anchors*), and a parse function that
tries one construction at a token position and returns a :class:`Match` (tokens
covered and resolved value) or ``None``. The rules live in ``dates/rules/``,
grouped by family, and compose the pieces of ``dates/rules/combinators.py``;
``dates/rules/__init__.py`` lists them (:data:`~arabic_events.dates.rules.RULES`).

:class:`Parser` holds one text's tokens and reference date and reads them for the
rules: readings (:meth:`Parser.get`), numbers, days, years, era marks, month names.
At every position that can start a date, the rules whose anchors are read there
are tried and the longest match wins (the first rule listed, on a tie); the scan
then jumps past it, so mentions never overlap. Every rule looks ahead a bounded
number of tokens, so the cost is linear in the text length. :meth:`Parser.scan`
keeps what the text said before the current position (the last date, the last
written year) for :meth:`Parser.day_value` and :meth:`Parser.same_value`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any, Literal, cast, overload

from ..lexical import Token, key, lam_article, unclitic
from ..lexical.calendar import (
    CARD,
    CARDTEN,
    DAYNOUN,
    DIGITS,
    ERA,
    FIRSTDAY,
    HUNDRED,
    MONTH,
    ORD,
    ORDTEN,
    TEEN,
    THOUSAND,
    Category,
    Entry,
    MonthEntry,
    Reading,
    UnitEntry,
    WeekdayEntry,
    lexicon_index,
    one_word_readings,
    readings,
)
from ..lexicon import calendar_words as cw
from ..types import DateValue
from . import resolve as rs

_MAX_DAY = 31
SAME_BEFORE = frozenset(key(w) for w in cw.SAME_BEFORE)
SAME_AFTER = frozenset(key(w) for w in cw.SAME_AFTER)
FUTURE_CUES = frozenset(key(w) for w in cw.FUTURE_CUES)
NAME_CUES = frozenset(key(w) for w in cw.NAME_CUES)
ANNIVERSARY_CUES = frozenset(key(w) for w in cw.ANNIVERSARY_CUES)
REPLACEMENT_CUES = tuple(tuple(map(key, w.split())) for w in cw.REPLACEMENT_CUES)
#: The last word of each replacement cue: the one word a bare weekday looks at first.
REPLACEMENT_LAST = frozenset(cue[-1] for cue in REPLACEMENT_CUES)
_SENTENCE_ENDS = frozenset({".", "؟", "?", "!", ":"})
_NARRATED_MIN_AHEAD = 60  # days: a nearer future date is left to the nearest-year rule
_CONTEXT_REACH = 40  # tokens: how far back the sentence of a date is looked at
# shared by the rules (dates/rules/)
COMMAS = ("،", ",")
DASHES = ("-", "–", "—")
GREGORIAN_YEARS = (1000, 2999)
CUE_YEARS = (1800, 2100)  # a bare number after في/خلال is a year only in this range
HIJRI_YEARS = (1000, 1600)


# The rules tell a run of digits by ``token.key.isdecimal()``: what ``Token.is_digits``
# says, without a Python call (they ask it at most tokens they read).

#: The categories a day of the month can start with (digits, an ordinal, غرة …).
DAY_STARTS = frozenset({DIGITS, ORD, ORDTEN, CARD, CARDTEN, FIRSTDAY})
_DIGITS = frozenset({DIGITS})
#: The rules to try for each set of categories read at a position, filled as met.
_RULES_BY_CATS: dict[frozenset[Category], tuple[Rule, ...]] = {}
#: The same, by token key, for the keys whose readings are the key's alone (one word).
_RULES_BY_WORD: dict[str, tuple[Rule, ...]] = {}
_CATEGORY = attrgetter("cat")  # a reading's category, in C
_UNREAD: Any = object()  # a memo's "not read yet" (None is a result: no day there)
#: The readings of a token key when all are one word long (``None``: it may begin a
#: longer phrase), kept by key for the lexicon index they come from (see word_readings).
_WORDS: tuple[object, dict[str, list[Reading[Entry]] | None]] = (None, {})
_WORDS_MAX = 16384


def word_readings() -> dict[str, list[Reading[Entry]] | None]:
    """The one-word readings kept by key (:func:`one_word_readings`), for the current
    lexicon index: a parser takes the table once and looks its keys up there.

    A new lexicon index (its cache cleared) starts an empty table.
    """
    global _WORDS
    index = lexicon_index()
    if _WORDS[0] is not index or len(_WORDS[1]) >= _WORDS_MAX:
        _WORDS = (index, {})
        _RULES_BY_WORD.clear()
    return _WORDS[1]


@lru_cache(maxsize=4096)
def _noun_forms(word: str) -> frozenset[str | None]:
    """A word as written, without its clitics, and without لـ (``Parser.in_name``'s
    forms of the noun before a date; kept by word, as news repeats its nouns)."""
    return frozenset({word, unclitic(word), lam_article(word)})


@dataclass(slots=True)
class Match:
    """A date read from tokens ``first`` (after ``clitic`` characters) to ``end`` (exclusive)."""

    first: int
    clitic: int
    end: int
    value: DateValue | None  # None: a well-formed date that does not exist (31 فبراير)
    relative: bool = False
    warnings: tuple[str, ...] = ()
    yearless: bool = False  # its year was not written (nearest year, or from the text)
    named: bool = False  # a named day (a holiday): not the date a later weekday counts from


@dataclass(frozen=True, slots=True)
class Rule:
    """One date construction: its name, the categories its first token can be read
    as (``DIGITS`` for a digit run), and its parse function."""

    name: str
    anchors: frozenset[Category]
    parse: Callable[[Parser, int], Match | None]


@cache
def rule_table() -> tuple[tuple[Rule, ...], frozenset[Category]]:
    """The rules in the order they are tried (``rules.RULES``), and every category one
    starts with, derived from them.

    Read on first use (the rule modules import this one), and kept.
    """
    from . import rules

    _RULES_BY_CATS.clear()
    _RULES_BY_WORD.clear()
    return rules.RULES, rules.anchor_categories(rules.RULES)


@dataclass(slots=True)
class Prefound:
    """What one pass over a text's tokens found before the parser runs (``events/scan.py``)."""

    keys: list[str]  # the tokens' keys
    time_words: list[int]  # tokens a time needs (``times.may_have_time``), ascending
    unit_words: list[int]  # tokens that are duration units (``times.scan_durations``)


class Parser:
    """Reads dates from the tokens of one normalized text, against one reference date."""

    def __init__(
        self, tokens: list[Token], reference: dt.date, prefound: Prefound | None = None
    ) -> None:
        """``prefound``: what a scan of the tokens found already, if one ran."""
        self.t = tokens
        self.prefound = prefound
        self._keys = None if prefound is None else prefound.keys
        self.n = len(tokens)
        self.ref = reference
        self._readings: dict[int, list[Reading[Entry]]] = {}
        self._words = word_readings()
        # see day_at: the days read at each position, without and with a و on the word
        self._days: dict[int, tuple[int, int] | None] = {}
        self._days_waw: dict[int, tuple[int, int] | None] = {}
        # what the text said before the current position (scan() keeps them)
        self.last: Match | None = None  # the last date reported
        self.year_seen: int | None = None  # the year of the last date with a written year
        self._rules, self._anchors = rule_table()
        self._by_cats = _RULES_BY_CATS
        self._by_word = _RULES_BY_WORD

    # --- lexical access --------------------------------------------------------

    @property
    def keys(self) -> list[str]:
        """The tokens' keys, in order (listed once per text; the time and duration
        scans each test them against a word set)."""
        if self._keys is None:
            self._keys = [t.key for t in self.t]
        return self._keys

    def read(self, i: int) -> list[Reading[Entry]]:
        got = self._readings.get(i)
        if got is None:
            if 0 <= i < self.n:
                # most keys: no phrase to check, and read in an earlier text
                word = self.t[i].key
                got = self._words.get(word, _UNREAD)
                if got is _UNREAD:
                    got = self._words[word] = one_word_readings(word)
                if got is None:
                    got = readings(self.t, i)
            else:
                got = []
            self._readings[i] = got
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
        got = self._readings.get(i)  # self.read(i), inlined: the rules call this most
        if got is None:
            got = self.read(i)
        for r in got:
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
            if r.cat in (THOUSAND, HUNDRED, CARDTEN, ORDTEN):
                return cast(int, r.value), j + r.ntok
            if r.cat in (CARD, ORD):
                teen = self.get(j + r.ntok, TEEN, clitic_ok=False)
                if teen:
                    return cast(int, r.value) + 10, j + r.ntok + 1
                return cast(int, r.value), j + r.ntok
        return None

    def day_at(self, i: int, waw: bool = False) -> tuple[int, int] | None:
        """A day of the month, in digits or words: value and end.

        ``waw``: the word may carry the conjunction و (وفاتح أكتوبر after بين).
        """
        # most rules begin with the day at their anchor: read once, asked again
        days = self._days_waw if waw else self._days
        got: tuple[int, int] | None = days.get(i, _UNREAD)
        if got is _UNREAD:
            got = days[i] = self._day_at(i, waw)
        return got

    def day_then(self, i: int) -> tuple[int, int, str] | None:
        """:meth:`day_at` (no و), with the key of the token after the day: what most
        rules that start with a day look at next, and reject on."""
        got = self.day_at(i)
        if got is None:
            return None
        j = got[1]
        return got[0], j, self.t[j].key if j < self.n else ""

    def _day_at(self, i: int, waw: bool) -> tuple[int, int] | None:
        tok = self.t[i] if i < self.n else None
        if tok is None:
            return None
        if tok.key == "ال" and i + 1 < self.n and self.t[i + 1].key.isdecimal():
            tok, i = self.t[i + 1], i + 1  # الـ14 من يناير: the article before digits
        if tok.key.isdecimal():
            # 0 and 32..99 read as a day too, so "32 يوليوز" is a date that does not exist
            return (int(tok.key), i + 1) if len(tok.key) <= 2 else None

        said = self.read(i)
        if not said:
            return None  # most words: no number, no غرة
        waw_ok = waw and tok.key[:1] == "و"
        if any(r.cat == FIRSTDAY and (not r.clitic or (waw_ok and r.clitic == 1)) for r in said):
            return 1, i + 1
        if not any(r.cat in (ORD, ORDTEN, CARD, CARDTEN) and not r.clitic for r in said):
            return None
        got = self.number_words(i)
        if got and 1 <= got[0] <= _MAX_DAY:
            return got
        return None

    def year_at(self, i: int, lo: int, hi: int) -> tuple[int, int] | None:
        """A year in digits or words within ``lo..hi``: value and end."""
        if i >= self.n:
            return None
        word = self.t[i].key
        if word.isdecimal():  # (Token.key.isdecimal(), without a Python call: asked at every year)
            if len(word) in (3, 4) and lo <= int(word) <= hi:
                return int(word), i + 1
            return None
        if self.get(i, THOUSAND, clitic_ok=False):
            got = self.number_words(i)
            if got and lo <= got[0] <= hi:
                return got
        return None

    def era_at(self, j: int) -> tuple[str, int] | None:
        r = self.get(j, ERA, clitic_ok=False)
        return (str(r.value), j + r.ntok) if r else None

    # --- months ----------------------------------------------------------------

    def month_at(self, i: int, clitic_ok: bool = False) -> tuple[Reading[MonthEntry], int] | None:
        """A month name, with its gloss in the other month system when written.

        The gloss is the same month in another system: in parentheses (يوليو
        (تموز)), after a slash or a dash (تموز/يوليو، يونيو - حزيران), or right
        after it (يونيو حزيران, what a tatweel dash leaves once normalized).
        """
        r = self.get(i, MONTH, clitic_ok)
        if r is None:
            return None
        j = i + r.ntok
        k = j
        mark = self.key(k)
        opened = mark == "("
        if opened or mark in ("/", "-"):
            k += 1
        elif mark.isdecimal():
            return r, j  # a year or a day after it (no lexicon word has digits): no gloss
        other = self.get(k, MONTH, clitic_ok=False)
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

    # --- constructions -----------------------------------------------------------

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

    def after_anchor(self, i: int, weekday: int, value: DateValue) -> DateValue:
        """A bare weekday after a written future day of the same sentence is the next
        such day after it (الأحد 11 سبتمبر … ويوم الاثنين; يوم الأحد الذي يليه)."""
        last = self.last
        if last is None or last.relative or last.value is None or last.value.grain != "day":
            return value  # only a written date anchors (not a deictic word or a weekday)
        anchor = last.value.start
        if anchor <= self.ref or value.start >= anchor:
            return value
        if last.first not in self._sentence_before(i):
            return value
        return rs.relative_day(anchor, (weekday - anchor.weekday()) % 7 or 7) or value

    def replaced_day(self, i: int, weekday: int, value: DateValue) -> DateValue:
        """A bare weekday after بدلا من، عوضا عن … ([يوم] WEEKDAY) is the day a day date
        written before it in its sentence replaces: the such weekday nearest that day
        (إلى الاثنين المقبل بدلا من الثلاثاء: the Tuesday after that Monday)."""
        k = i - 1 if self.get(i - 1, DAYNOUN, clitic_ok=False) else i
        if self.key(k - 1) not in REPLACEMENT_LAST or not any(
            all(self.key(k - len(cue) + m) == w for m, w in enumerate(cue))
            for cue in REPLACEMENT_CUES
        ):
            return value
        last = self.last
        if last is None or last.value is None or last.value.grain != "day":
            return value
        if last.first not in self._sentence_before(i):
            return value
        return rs.weekday_value(weekday, last.value.start, None) or value

    def same_value(self, unit: str) -> DateValue | None:
        """The day, month or year of the date mentioned just before (نفس اليوم، العام نفسه)."""
        last = self.last.value if self.last is not None else None
        if last is None:
            return None
        if unit == "day":
            return last if last.grain == "day" else None
        if unit == "month":
            if last.grain not in ("day", "month"):
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
        w = self.key(k)
        if w == "ال":
            k -= 1
            w = self.key(k)
        if k < 0:
            return False
        forms = _noun_forms(w)
        if forms & NAME_CUES:
            return True
        return m.yearless and bool(forms & ANNIVERSARY_CUES)

    def same_at(self, i: int, ntok: int) -> bool:
        """نفس|ذات before token ``i``, or نفسه|ذاته after the ``ntok`` tokens from it."""
        return self.key(i - 1) in SAME_BEFORE or self.key(i + ntok) in SAME_AFTER

    def is_anchor(self, i: int) -> bool:
        """Token ``i`` can start a date: digits, or a reading some rule anchors on.

        ``anchors.py`` finds these tokens in one pass from the same two facts.
        """
        if self.t[i].key.isdecimal():
            return True
        anchors = self._anchors
        return any(r.cat in anchors for r in self.read(i))

    def parse_at(self, i: int) -> Match | None:
        """The longest date starting at token ``i``, or ``None``.

        Only the rules whose anchors can be read at ``i`` are tried.
        """
        if i >= self.n:
            return None
        word = self.t[i].key
        rules = self._by_word.get(word)
        if rules is None:
            cats = frozenset(map(_CATEGORY, self.read(i)))
            if word.isdecimal():
                cats |= _DIGITS
            rules = self._by_cats.get(cats)
            if rules is None:
                rules = self._by_cats[cats] = tuple(
                    r for r in self._rules if not r.anchors.isdisjoint(cats)
                )
            if self._words.get(word) is not None and len(self._by_word) < _WORDS_MAX:
                self._by_word[word] = rules  # its readings are the key's alone
        best: Match | None = None
        for rule in rules:
            m = rule.parse(self, i)
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
            if s < i:
                continue  # (parse_at tries no rule where is_anchor is false)
            m = self.parse_at(s)
            if m is not None:
                if m.value is not None and not self.in_name(m):
                    out.append(m)
                    if not m.named:
                        self.last = m
                    if not (m.relative or m.yearless):
                        self.year_seen = m.value.start.year
                i = m.end
        return out
