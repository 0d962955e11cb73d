"""One index of multi-word phrases: keyed by the first word's key, longest first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from .tokens import Token

V = TypeVar("V")

#: first key -> (the phrase's keys, its value), longest phrase first.
PhraseIndex = dict[str, list[tuple[tuple[str, ...], V]]]


def longest_first(entries: Iterable[tuple[tuple[str, ...], V]]) -> PhraseIndex[V]:
    """Index phrases (given as their token keys, with a value) by their first key.

    Each bucket lists the longer phrases first, and in the order given among
    phrases of one length; a repeated (keys, value) pair is kept once. Empty
    phrases are skipped.

    >>> longest_first([(("كانون", "الثاني"), 1), (("كانون",), 0), (("كانون",), 0)])
    {'كانون': [(('كانون', 'الثاني'), 1), (('كانون',), 0)]}
    """
    index: PhraseIndex[V] = {}
    for keys, value in entries:
        if not keys:
            continue
        bucket = index.setdefault(keys[0], [])
        if (keys, value) not in bucket:
            bucket.append((keys, value))
    for bucket in index.values():
        bucket.sort(key=lambda e: -len(e[0]))
    return index


def continues(tokens: Sequence[Token], i: int, keys: tuple[str, ...]) -> bool:
    """The tokens after ``i`` carry ``keys[1:]`` (the first key is the caller's lookup).

    >>> from .tokens import tokenize
    >>> continues(tokenize("كانون الثاني"), 0, ("كانون", "الثاني"))
    True
    """
    n = len(keys)
    return n == 1 or (
        i + n <= len(tokens) and all(tokens[i + k].key == keys[k] for k in range(1, n))
    )
