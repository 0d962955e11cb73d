"""Tokens of normalized text and the lookup key of a lexicon word."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, repeat
from typing import NamedTuple

from ..lexicon import characters as ch

# words, digit runs, single marks: three disjoint classes, the most frequent first
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")


def _spelled_out(pattern: str, below: int) -> str:
    """The characters under ``below`` that ``pattern`` matches, as a class of ranges."""
    test = re.compile(pattern)
    runs: list[list[int]] = []
    for c in range(below):
        if test.fullmatch(chr(c)):
            if runs and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


# The same three classes spelled out for the characters up to the end of the Arabic
# block: a class of listed characters is a bitmap lookup for the regex engine, where
# [^\W\d_] asks Unicode's tables about every character. A text with no other
# character (news text nearly always is) is split by it into the same tokens.
_BLOCK_END = 0x700
_BLOCK_LETTERS, _BLOCK_DIGITS, _BLOCK_MARKS = (
    _spelled_out(p, _BLOCK_END) for p in (r"[^\W\d_]", r"\d", r"[^\w\s]")
)
# A token's first character is read from one class of all three, which the regex
# engine uses to skip the gaps between tokens without trying a match at each; the
# class of that character (looked behind at) says which run goes on after it: more
# letters, more digits, or nothing after a mark. Possessive runs never give back.
_BLOCK_SPLIT_RE = re.compile(
    f"([{_BLOCK_LETTERS}{_BLOCK_DIGITS}{_BLOCK_MARKS}]"
    f"(?:(?<=[{_BLOCK_LETTERS}])[{_BLOCK_LETTERS}]*+|(?<=[{_BLOCK_DIGITS}])[{_BLOCK_DIGITS}]*+|))"
)
_OUTSIDE_BLOCK_RE = re.compile(f"[^\\x00-\\u{_BLOCK_END - 1:04x}]")
# a ة that ends a word token: the next character is no letter of a word token
_FINAL_TA_RE = re.compile(r"ة(?![^\W\d_])")


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


def tokenize(text: str) -> list[Token]:
    """Split normalized text into words, digit runs and single punctuation marks.

    Each token's key is its word with a final ة written ه. Any ``str`` is
    accepted (spaces and other separators make no token).

    >>> [(t.key, t.start, t.end) for t in tokenize("في قمة 2018.")]
    [('في', 0, 2), ('قمه', 3, 6), ('2018', 7, 11), ('.', 11, 12)]
    """
    return tokenize_with_keys(text)[0]


def tokenize_with_keys(text: str) -> tuple[list[Token], list[str]]:
    """:func:`tokenize`, and the tokens' keys as a list (what the prefilter scan reads).

    >>> tokenize_with_keys("قمة 2018")[1]
    ['قمه', '2018']
    """
    # A text has a token every few characters, so the work runs in C: one split
    # gives the gaps and the tokens in turn, and their running lengths the offsets.
    split = _BLOCK_SPLIT_RE if _OUTSIDE_BLOCK_RE.search(text) is None else _TOKEN_SPLIT_RE
    parts = split.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    ends = offsets[2::2]
    keys = words
    if "ة" in text:
        # one word in eight or so ends in ة: the regex finds them in C, and each one's
        # token is found by its end offset, rather than every word asked in Python
        keys = words.copy()
        for m in _FINAL_TA_RE.finditer(text):
            k = bisect_left(ends, m.end())
            keys[k] = keys[k][:-1] + "ه"
    # (tuple.__new__ called by map itself, with the class repeated: no Python call a token)
    fields = zip(keys, offsets[1:-1:2], ends, words, strict=True)
    return list(map(tuple.__new__, repeat(Token), fields)), keys
