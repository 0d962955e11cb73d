"""Tokens of normalized text and their readings in the date lexicon.

The lexicon tables (``lexicon/``) are compiled once, on first use, into
:func:`lexicon_index`: every
word normalized the way the text is, with a final ة/ه folded, keyed by its first
word so multi-word names (كانون الثاني، جمادى الأولى، أول أمس) match greedily.
A token may carry one-letter clitics (و ف ب ل ك, and لل for ل + ال) that the
lookup strips; the reading says how many characters it stripped so spans can
start after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import accumulate
from typing import Any, NamedTuple

from ..lexicon import calendar_words as cw
from ..lexicon import characters as ch
from ..lexicon import months as mo
from ..lexicon import numbers as nu
from ..normalize import normalize

# words, digit runs, single marks: three disjoint classes, the most frequent first
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
#: Clitics the lookup strips from the front of a word (and لل, read as ل + ال).
TWO_LETTER_CLITICS = frozenset({"وب", "ول", "فب", "فل", "وك"})
ONE_LETTER_CLITICS = frozenset("وفبلك")


class Token(NamedTuple):
    """A token of the normalized text: its lookup key (final ة folded), the word, offsets.

    A named tuple rather than a dataclass: a text has one token per word, and
    :func:`tokenize` builds them all without a Python call per token.
    """

    key: str
    start: int
    end: int
    word: str

    @property
    def is_digits(self) -> bool:
        return self.key.isdecimal()


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read the tokens from a position: a category and its value."""

    cat: str
    value: Any
    ntok: int  # how many tokens it covers
    clitic: int  # characters of clitics stripped from the first token


# Lexicon words are plain letters and digits: the folds of the default
# normalization that can touch them, as one table (cheaper at import than
# building the whole normalization plan).
_KEY_TABLE = str.maketrans(
    {**ch.ALEF_FOLDS, **ch.ALEF_MAKSURA_FOLDS, **ch.DIGIT_FOLDS, **ch.PERSIAN_LETTER_FOLDS}
    | {chr(c): None for lo, hi in ch.DIACRITIC_RANGES for c in range(lo, hi + 1)}
    | {ch.TATWEEL: None}
)


def key(word: str) -> str:
    """The lookup key of a lexicon word: normalized as text is, final ة folded into ه.

    >>> key("إبريل"), key("المقبلة"), key("ذُو الحِجّة")
    ('ابريل', 'المقبله', 'ذو الحجه')
    """
    w = word.translate(_KEY_TABLE)
    return w[:-1] + "ه" if w.endswith("ة") else w


_new_token = partial(tuple.__new__, Token)


def tokenize(text: str) -> list[Token]:
    """Split normalized text into words, digit runs and single punctuation marks.

    Each token's key is its word with a final ة written ه. Any ``str`` is
    accepted (spaces and other separators make no token).

    >>> [(t.key, t.start, t.end) for t in tokenize("في قمة 2018.")]
    [('في', 0, 2), ('قمه', 3, 6), ('2018', 7, 11), ('.', 11, 12)]
    """
    # A text has a token every few characters, so the work runs in C: one split
    # gives the gaps and the tokens in turn, and their running lengths the offsets.
    parts = _TOKEN_SPLIT_RE.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    keys = [w if w[-1] != "ة" else w[:-1] + "ه" for w in words] if "ة" in text else words
    return list(map(_new_token, zip(keys, offsets[1:-1:2], offsets[2::2], words, strict=True)))


# Category of each lexicon table, for the index below.
_VALUED_TABLES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("relday", cw.RELATIVE_DAYS),
    ("mod", cw.MODIFIERS),
    ("period", cw.PERIODS),
    ("countdir", cw.COUNT_DIRECTIONS),
    ("part", cw.MONTH_PARTS),
    ("era", cw.ERA_MARKS),
    ("ord", nu.ORDINALS),
    ("ordten", nu.ORDINAL_TENS),
    ("card", nu.CARDINALS),
    ("cardten", nu.CARDINAL_TENS),
    ("hundred", nu.HUNDREDS),
    ("thousand", nu.THOUSANDS),
)
_WORD_LISTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("this", cw.THIS_WORDS),
    ("yearnoun", cw.YEAR_NOUNS),
    ("monthnoun", cw.MONTH_NOUNS),
    ("daynoun", cw.DAY_NOUNS),
    ("from", cw.RANGE_FROM),
    ("to", cw.RANGE_TO),
    ("between", cw.RANGE_BETWEEN),
    ("yearcue", cw.YEAR_CUES),
    ("monthcue", cw.MONTH_CUES),
    ("general", cw.GENERAL_NOUNS),
    ("notweekday", cw.NOT_DATE_BEFORE_WEEKDAY),
    ("counted", cw.COUNTED_NOUNS),
    ("adverb", cw.ADVERBS),
    ("equivalent", cw.EQUIVALENT_WORDS),
    ("yearpair", cw.YEAR_PAIR_NOUNS),
    ("monthpair", cw.MONTH_PAIR_NOUNS),
    ("yearspan", cw.YEAR_SPAN_CUES),
)


@cache
def lexicon_index() -> dict[str, list[tuple[tuple[str, ...], str, Any]]]:
    """The date lexicon keyed by first word, built on first use."""
    index: dict[str, list[tuple[tuple[str, ...], str, Any]]] = {}

    def add(phrase: str, cat: str, value: Any) -> None:
        keys = tuple(t.key for t in tokenize(normalize(phrase)))
        entry = (keys, cat, value)
        bucket = index.setdefault(keys[0], [])
        if entry not in bucket:
            bucket.append(entry)

    for number, cal, spelling, ambiguous in mo.MONTHS:
        add(spelling, "month", (number, cal, ambiguous))
    for word, wd in cw.WEEKDAYS.items():
        add(word, "weekday", (wd, word in cw.AMBIGUOUS_WEEKDAYS))
    for word, (unit, n) in cw.COUNTED_UNITS.items():
        add(word, "unit", (unit, n))
    for cat, table in _VALUED_TABLES:
        for word, value in table.items():
            add(word, cat, value)
    for cat, words in _WORD_LISTS:
        for word in words:
            add(word, cat, 0)
    for word in nu.TEEN_WORDS:
        add(word, "teen", 10)
    for word in nu.FIRST_DAY_WORDS:
        add(word, "firstday", 1)
    for bucket in index.values():
        bucket.sort(key=lambda e: -len(e[0]))
    return index


def _strip(word: str) -> list[tuple[str, int]]:
    """The word and its clitic-stripped forms, with how many characters were stripped."""
    forms = [(word, 0)]
    if len(word) < 3:
        return forms
    if word[:2] == "لل" and len(word) > 3:
        # ل + ال written لل: no clean split, so the span keeps the whole word
        forms.append(("ال" + word[2:], 0))
    if word[:2] in TWO_LETTER_CLITICS and len(word) >= 4:
        forms.append((word[2:], 2))
    if word[0] in ONE_LETTER_CLITICS:
        forms.append((word[1:], 1))
    return forms


@lru_cache(maxsize=16384)
def _entries(first: str) -> tuple[tuple[tuple[str, ...], Reading], ...]:
    """The lexicon entries a token key can begin, each with its reading, longest first.

    Cached by key: news text repeats its words, and a reading depends on the
    key and the words after it only.
    """
    index = lexicon_index()
    return tuple(
        (keys, Reading(cat, value, len(keys), clitic))
        for form, clitic in _strip(first)
        for keys, cat, value in index.get(form, ())
    )


def readings(tokens: list[Token], i: int) -> list[Reading]:
    """Every lexicon reading that starts at token ``i``, longest first."""
    out: list[Reading] = []
    for keys, reading in _entries(tokens[i].key):
        n = reading.ntok
        if n == 1 or (
            i + n <= len(tokens) and all(tokens[i + k].key == keys[k] for k in range(1, n))
        ):
            out.append(reading)
    return out
