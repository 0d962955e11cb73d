"""The prefilter: the few tokens a date can start at, found in one pass over the keys.

Most words of a news text can start no date. The grammar tries its rules only
at an *anchor*: a run of digits, or a word with a reading in one of the
categories its rules anchor on (:data:`~.rules.ANCHOR_CATEGORIES`, derived from
the rule records: a month, a weekday, من، قبل …).
Looking up every token in the lexicon to find those costs more than the parse
itself, so this module builds, once, the set of every surface key an anchor
can have (the first word of each anchor entry of the lexicon index, bare and
behind each clitic the lexer strips), and keeps the tokens whose key is in it.

The set is built from the lexicon index and the rules' anchor categories at
first use, never kept by hand: a month spelling added to the lexicon, or a rule
declared with a new anchor category, is covered here without any change. The
set may let through a token that is no anchor (a clitic the lexer would not
strip from so short a word, the first word of a longer phrase without the
rest); the parser checks each one, so the dates found are exactly those of a
scan over every token. :data:`ENABLED`
switches the prefilter off, for tests that compare both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from ..lexical import Token, with_clitics
from ..lexical.calendar import lexicon_index
from .grammar import rule_table

#: Use the prefilters (dates here; trigger, cue and place words in ``events/``).
#: Off, every token is tried, as the rules are written; the results are the same.
ENABLED = True


@cache
def anchor_keys() -> frozenset[str]:
    """Every token key that may read as an anchor word (see the module docs).

    >>> {"يوليوز", "ويوليوز", "بعد", "الاربعاء", "للاربعاء"} <= anchor_keys()
    True
    >>> "الاجتماع" in anchor_keys()
    False
    """
    categories = rule_table()[1]
    firsts = {
        keys[0]
        for bucket in lexicon_index().values()
        for keys, (cat, _value) in bucket
        if cat in categories
    }
    return frozenset(with_clitics(firsts))


def date_starts(tokens: Sequence[Token]) -> list[int] | None:
    """Indexes of the tokens a date may start at, or ``None`` when the prefilter is off.

    >>> from ..lexical import tokenize
    >>> date_starts(tokenize("اجتمع الوزراء يوم 12 يوليوز 2018"))  # يوم: يوم غد
    [2, 3, 4, 5]
    """
    if not ENABLED:
        return None
    keys = anchor_keys()
    return [i for i, t in enumerate(tokens) if t.key in keys or t.key.isdecimal()]


#: The first word a phrase can start with -> ``None`` when a one-word phrase has it,
#: else the keys the phrase's second word can have.
PhraseStarts = dict[str, "frozenset[str] | None"]


def phrase_starts(phrases: Iterable[tuple[str, tuple[str, ...]]]) -> PhraseStarts:
    """The start table of phrases given as (first word as it may be written, the
    phrase's keys) pairs: a word is kept when it can begin a phrase, and, when it only
    begins longer ones, only before a word that can follow it (ان only before اميناس).

    >>> phrase_starts([("من", ("من", "المقرر")), ("ومن", ("من", "المقرر")), ("تقرر", ("تقرر",))])
    {'من': frozenset({'المقرر'}), 'ومن': frozenset({'المقرر'}), 'تقرر': None}
    """
    seconds: dict[str, set[str] | None] = {}
    for surface, keys in phrases:
        got = seconds.setdefault(surface, set())
        if len(keys) == 1 or got is None:
            seconds[surface] = None
        else:
            got.add(keys[1])
    return {k: None if v is None else frozenset(v) for k, v in seconds.items()}


def phrase_positions(tokens: Sequence[Token], starts: PhraseStarts) -> Iterable[int]:
    """Indexes of the tokens a phrase of ``starts`` may begin at (every token with the
    prefilter off)."""
    if not ENABLED:
        return range(len(tokens))
    n = len(tokens)
    return [
        i
        for i, t in enumerate(tokens)
        if t.key in starts
        and ((after := starts[t.key]) is None or (i + 1 < n and tokens[i + 1].key in after))
    ]
