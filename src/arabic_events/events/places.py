"""Place names from the gazetteer, found in tokens, with the role their context gives them.

A place can host an event when a preposition governs it (في الرباط، بمدينة طنجة),
when it is the subject of a hosting verb (احتضنت طنجة، تستضيف بيروت), after
"مدينة", or, for visits, after إلى or as the object of the visit verb.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..dates import anchors
from ..dates.lexer import Token, key
from ..lexicon import event_cues as cues

_CLITICS = frozenset({"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"})


@cache
def _index() -> dict[str, list[tuple[str, ...]]]:
    """The gazetteer keyed by first word, built on first use (the table is large)."""
    from ..lexicon.places import PLACES

    index: dict[str, list[tuple[str, ...]]] = {}
    for name, _kind, variants in PLACES:
        for spelling in (name, *variants):
            keys = tuple(key(w) for w in spelling.split())
            if keys and keys not in index.setdefault(keys[0], []):
                index[keys[0]].append(keys)
    return _longest_first(index)


@cache
def _ambiguous_index() -> dict[str, list[tuple[str, ...]]]:
    """Place names that are also common words: places only after مدينة and the like."""
    from ..lexicon.places import AMBIGUOUS

    index: dict[str, list[tuple[str, ...]]] = {}
    for spelling in AMBIGUOUS:
        keys = tuple(key(w) for w in spelling.split())
        if keys:
            index.setdefault(keys[0], []).append(keys)
    return _longest_first(index)


def _longest_first(index: dict[str, list[tuple[str, ...]]]) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word names first, so الجزائر العاصمة wins over الجزائر."""
    for bucket in index.values():
        bucket.sort(key=len, reverse=True)
    return index


_PREPOSITIONS = {key(w) for w in cues.PLACE_PREPOSITIONS}
_VISIT_PREPOSITIONS = {key(w) for w in cues.VISIT_PLACE_PREPOSITIONS}
_PLACE_NOUNS = {key(w) for w in cues.PLACE_NOUNS}
_SETTLEMENT_NOUNS = {key(w) for w in cues.SETTLEMENT_NOUNS}
_HOST_VERBS = {key(w) for w in cues.HOST_VERBS}
_NOT_VENUE = {key(w) for w in cues.NOT_VENUE_BEFORE}
_TOPIC_NOUNS = {key(w) for w in cues.TOPIC_NOUNS}


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place name at tokens ``first``..``end``; ``clitic`` characters precede it in ``first``."""

    first: int
    end: int
    clitic: int
    role: str  # "prep", "visit", "host", "noun", or "" (named, but not as a venue)


def _match(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    """(end, clitic length, the clitic) of the longest place name at token ``i``."""
    ambiguous = i > 0 and _unclitic(tokens[i - 1].key) in _PLACE_NOUNS
    for keys, clitic in _entries(tokens[i].key, ambiguous):
        n = len(keys)
        if n == 1 or (
            i + n <= len(tokens) and all(tokens[i + k].key == keys[k] for k in range(1, n))
        ):
            return i + n, len(clitic), clitic
    return None


@lru_cache(maxsize=16384)
def _entries(word: str, ambiguous: bool) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The names a token key can begin, with the clitic before them, in the order to try.

    ``ambiguous``: after مدينة and the like, where names that are also common
    words count. Cached by key: news text repeats its words.
    """
    index = _with_ambiguous() if ambiguous else _index()
    forms = [(word, "")]
    if len(word) > 3 and word[:2] in _CLITICS:
        forms.append((word[2:], word[:2]))
    if len(word) > 2 and word[:1] in _CLITICS:
        forms.append((word[1:], word[:1]))
    return tuple((keys, clitic) for form, clitic in forms for keys in index.get(form, ()))


@cache
def _place_keys() -> dict[str, frozenset[str] | None]:
    """Every key a place name (ambiguous ones included) can start with, clitics and all.

    The value is ``None`` when a one-word name has that key, else the keys the
    second word of its names can have (ان is a place only before اميناس). Built
    from the gazetteer indexes :func:`_match` reads: a token that fails this
    starts no place name, so :func:`find_places` looks only at the others.
    """
    seconds: dict[str, set[str] | None] = {}
    for first, names in _with_ambiguous().items():
        for surface in (first, *(c + first for c in _CLITICS)):
            for keys in names:
                got = seconds.setdefault(surface, set())
                if len(keys) == 1 or got is None:
                    seconds[surface] = None
                else:
                    got.add(keys[1])
    return {k: None if v is None else frozenset(v) for k, v in seconds.items()}


def _place_starts(tokens: list[Token]) -> Iterable[int]:
    """Indexes of the tokens a place name may start at (all of them with the prefilter off)."""
    if not anchors.ENABLED:
        return range(len(tokens))
    keys = _place_keys()
    n = len(tokens)
    return [
        i
        for i, t in enumerate(tokens)
        if t.key in keys
        and ((after := keys[t.key]) is None or (i + 1 < n and tokens[i + 1].key in after))
    ]


def find_places(tokens: list[Token]) -> list[PlaceHit]:
    """Every gazetteer place in the tokens, left to right, with its role."""
    out: list[PlaceHit] = []
    i = 0
    for start in _place_starts(tokens):
        if start < i:
            continue
        got = _match(tokens, start)
        if got is None:
            continue
        end, clitic_len, clitic = got
        out.append(PlaceHit(start, end, clitic_len, _role(tokens, start, clitic)))
        i = end
    return out


@cache
def _with_ambiguous() -> dict[str, list[tuple[str, ...]]]:
    merged = {k: list(v) for k, v in _index().items()}
    for k, v in _ambiguous_index().items():
        merged.setdefault(k, []).extend(v)
    return _longest_first(merged)


def _unclitic(k: str) -> str:
    return k[1:] if k[:1] in ("ب", "ل", "و", "ف") and len(k) > 3 else k


def _role(tokens: list[Token], i: int, clitic: str) -> str:
    """Why this place could be an event's venue, from the words before it.

    Looks back over at most three tokens, across place nouns and adjectives
    (في العاصمة الأردنية عمان), for a preposition or a hosting verb.
    """
    if any(t.key in _NOT_VENUE for t in tokens[max(0, i - 4) : i]):
        return ""  # سفير جمهورية كوريا بالمغرب: a post, not a venue
    if clitic.endswith("ب"):
        return "prep"
    if clitic.endswith("ل"):
        return "visit"
    saw_noun = False
    j = i - 1
    while j >= 0 and i - j <= 3:
        k = tokens[j].key
        if k in _PREPOSITIONS:
            # حول الوضع في ليبيا: the topic's place, not the venue
            return "" if j > 0 and tokens[j - 1].key in _TOPIC_NOUNS else "prep"
        if k in _VISIT_PREPOSITIONS:
            return "visit"
        if k in _HOST_VERBS:
            return "host"
        base = k[1:] if k[:1] in ("ب", "ل", "و", "ف") else k
        if k in _PLACE_NOUNS or base in _PLACE_NOUNS:
            if k[:1] == "ب" and base in _PLACE_NOUNS:
                return "prep"
            saw_noun = saw_noun or base in _SETTLEMENT_NOUNS or k in _SETTLEMENT_NOUNS
        elif not (k.startswith("ال") and (k.endswith("يه") or k.endswith("ي"))):
            break
        j -= 1
    return "noun" if saw_noun else ""
