"""One pass over a text's tokens for every prefilter of ``extract``.

Date anchors (``dates/anchors.py``), the words of times and durations, triggers,
places, status cues, venue nouns, participant cues and the punctuation and clause
words each have a prefilter: the tokens whose key
is in a table of the words they can start with (``triggers.py``, ``places.py``,
``context.py``). Asked one by one, each prefilter looks every token up in its
own table; the trigger and place tables are large (thousands of words with their
clitics), and in a long run of texts they are seldom still in the processor's
cache, so those lookups cost far more than the rules they spare. Here one table
maps each key to the prefilters it passes (a bit each), so a token is looked up
once; each prefilter then checks only the few tokens marked for it, exactly as it
would have checked every token: the lists are those the prefilters give on their
own. ``find_dates`` keeps its own prefilter (it needs none of the others).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress, repeat
from operator import itemgetter

from ..dates import anchors
from ..dates import times as time_grammar
from ..lexical import Token
from . import context as cx
from .actors import cue_firsts
from .places import VENUE_FORMS, place_keys
from .triggers import cue_words, trigger_words

_TRIGGER, _PLACE, _CUE, _VENUE, _MARK, _DATE = 1, 2, 4, 8, 16, 32
# A token's word is its key, or (final ة) its key with ه turned back into ة. For
# each key the table says which of the two are trigger words, so the trigger test
# needs no second lookup: _TRIGGER, the key itself is one; _TRIGGER_TA, the key
# with ة at the end is one.
_TRIGGER_TA = 64
# A place name or a cue phrase may start at a key alone (a one-word name or cue has
# it) or only before certain next words: _PLACE and _CUE say so of the first, the
# _AFTER bits of the second, whose next words are then read from the phrase table.
_PLACE_AFTER, _CUE_AFTER = 128, 256
_PARTICIPANT = 512  # a participant cue may start here (``actors.cue_firsts``)
_TIME, _UNIT = 1024, 2048  # a word a time needs, a duration unit (``dates/times.py``)


def _token_key(word: str) -> str:
    """The key ``tokenize`` gives a token of this word: a final ة written ه."""
    return word[:-1] + "ه" if word.endswith("ة") else word


@cache
def _table() -> dict[str, int]:
    """Key -> the prefilters it passes (bits), built from their own tables at first use."""
    table: dict[str, int] = {}
    words = trigger_words()
    parts: tuple[tuple[int, Iterable[str]], ...] = (
        # trigger words are matched as written (see _TRIGGER_TA)
        (_TRIGGER, words),
        (_TRIGGER_TA, [_token_key(w) for w in words if w.endswith("ة")]),
        (_PLACE, [k for k, after in place_keys().items() if after is None]),
        (_PLACE_AFTER, [k for k, after in place_keys().items() if after is not None]),
        (_CUE, [k for k, after in cue_words().items() if after is None]),
        (_CUE_AFTER, [k for k, after in cue_words().items() if after is not None]),
        (_VENUE, VENUE_FORMS),
        (_MARK, cx.MARKED),
        (_DATE, anchors.anchor_keys()),
        (_PARTICIPANT, cue_firsts()),
        (_TIME, time_grammar.time_keys()),
        (_UNIT, time_grammar.unit_keys()),
    )
    for bit, keys in parts:
        for k in keys:
            table[k] = table.get(k, 0) | bit
    return table


@cache
def _afters() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Key -> the next keys a place name, and a status cue, needs after it, for the keys
    whose every name or cue is longer than one word (those with an _AFTER bit)."""

    def longer(starts: anchors.PhraseStarts) -> dict[str, frozenset[str]]:
        return {k: after for k, after in starts.items() if after is not None}

    return longer(place_keys()), longer(cue_words())


@dataclass(slots=True)
class Scan:
    """Token indexes each prefilter keeps, ascending (and the tokens' keys)."""

    keys: list[str]
    dates: list[int]  # ``anchors.date_starts``
    triggers: list[int]  # ``triggers.trigger_starts``
    places: list[int]  # ``places._place_starts``
    cues: list[int]  # ``triggers.cue_starts``
    venues: list[int]  # tokens whose key is a venue noun, bare or behind its clitics
    marks: list[int]  # ``Context.marks``
    participant_cues: list[int]  # tokens a participant cue may start at (``actors.py``)
    time_words: list[int]  # ``Prefound.time_words`` of the date parser
    unit_words: list[int]  # ``Prefound.unit_words``


def scan(tokens: list[Token], keys: list[str] | None = None) -> Scan | None:
    """The prefilters' tokens, from one lookup per token; ``None`` with the prefilters off.

    Tokens must come from ``tokenize`` (their keys are their words with a final
    ة written ه); ``keys``, their keys as ``tokenize_with_keys`` lists them.

    >>> from ..lexical import tokenize
    >>> from .triggers import cue_starts, trigger_starts
    >>> tokens = tokenize("تقرر عقد اجتماع في الرباط، بمقر الوزارة")
    >>> s = scan(tokens)
    >>> s.triggers, s.places, s.cues, s.venues, s.marks
    ([2], [4], [1], [6], [5])
    >>> s.triggers == trigger_starts(tokens) and s.cues == cue_starts(tokens)
    True
    >>> tokens = tokenize("عقد يوم 12 يوليوز")
    >>> scan(tokens).dates == anchors.date_starts(tokens) == [1, 2, 3]
    True
    """
    if not anchors.ENABLED:
        return None
    n = len(tokens)
    place_after, cue_after = _afters()
    if keys is None:
        keys = list(map(itemgetter(0), tokens))
    # one lookup a token, then the tokens some prefilter keeps (about half), grouped by
    # their bits: a text has some twenty distinct values, so each prefilter's list is
    # made of a few groups rather than a test of every kept token
    bits: list[int] = list(map(_table().get, keys, repeat(0)))
    groups: dict[int, list[int]] = {}
    for i in compress(range(n), bits):
        group = groups.get(bits[i])
        if group is None:
            groups[bits[i]] = [i]
        else:
            group.append(i)

    # each prefilter's list: the groups whose value has its bits, merged in text order
    parts: list[list[list[int]]] = [[] for _ in _PREFILTERS]
    for value, group in groups.items():
        for k in _prefilters_of(value):
            parts[k].append(group)
    dates, triggers, places, cues, venues, marks, participants, time_words, unit_words = (
        p[0].copy() if len(p) == 1 else sorted(chain.from_iterable(p)) for p in parts
    )

    # a date starts at an anchor word or at a run of digits (which no table holds);
    # a token is one class of characters (see tokenize), so isdecimal, in C, stops at
    # the first character of a word
    digits = compress(range(n), map(str.isdecimal, keys))
    return Scan(
        keys=keys,
        dates=sorted({*dates, *digits}),
        triggers=[i for i in triggers if _trigger(tokens[i], bits[i])],
        # without the one-word bit, a key has the _AFTER bit: its names or cues go on
        # only before the next words listed for it (``anchors.phrase_positions``)
        places=[
            i
            for i in places
            if bits[i] & _PLACE or (i + 1 < n and keys[i + 1] in place_after[keys[i]])
        ],
        cues=[
            i for i in cues if bits[i] & _CUE or (i + 1 < n and keys[i + 1] in cue_after[keys[i]])
        ],
        venues=venues,
        marks=marks,
        participant_cues=participants,
        time_words=time_words,
        unit_words=unit_words,
    )


_TRIGGER_BITS = _TRIGGER | _TRIGGER_TA
# the bits each list of ``Scan`` is made from, in the order ``scan`` unpacks them
_PREFILTERS = (
    _DATE,
    _TRIGGER_BITS,
    _PLACE | _PLACE_AFTER,
    _CUE | _CUE_AFTER,
    _VENUE,
    _MARK,
    _PARTICIPANT,
    _TIME,
    _UNIT,
)


@cache
def _prefilters_of(value: int) -> tuple[int, ...]:
    """The prefilters (indexes in ``_PREFILTERS``) a key with these bits passes."""
    return tuple(k for k, bits in enumerate(_PREFILTERS) if value & bits)


def _trigger(token: Token, bits: int) -> bool:
    """The token's word is a trigger word (``trigger_words``), from its key's bits."""
    if token.word == token.key:
        return bool(bits & _TRIGGER)
    return bool(bits & _TRIGGER_TA)  # the word is the key with its final ه written ة
