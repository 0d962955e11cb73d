"""Place names from the gazetteer, found in tokens, with the role their context gives them.

A place can host an event when a preposition governs it (في الرباط، بمدينة طنجة),
when it is the subject of a hosting verb (احتضنت طنجة، تستضيف بيروت), after
"مدينة", or, for visits, after إلى or as the object of the visit verb.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from operator import itemgetter

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
_VENUE_NOUNS = {key(w) for w in cues.VENUE_NOUNS}
_VENUE_STOPS = {key(w) for w in cues.VENUE_STOPS}
_VENUE_PREPOSITIONS = {key(w) for w in ("في", "فى", "داخل")}
_KEY = itemgetter(0)  # a token's key, in C
_COMMA_OR_END = frozenset({"،", ",", ".", "!", "?", "؟", "؛", ":"})
_VENUE_CLITICS = ("ب", "وب", "فب")
VENUE_FORMS = frozenset(_VENUE_NOUNS | {c + v for v in _VENUE_NOUNS for c in _VENUE_CLITICS})


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
    return _lam_article(tokens, i, _with_ambiguous() if ambiguous else _index())


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
def place_keys() -> anchors.PhraseStarts:
    """Every key a place name (ambiguous ones included) can start with, clitics and all.

    The value is ``None`` when a one-word name has that key, else the keys the
    second word of its names can have (ان is a place only before اميناس). Built
    from the gazetteer indexes :func:`_match` reads: a token that fails this
    starts no place name, so :func:`find_places` looks only at the others.
    """
    return anchors.phrase_starts(
        (surface, keys)
        for first, names in _with_ambiguous().items()
        # للسعودية: ل before the article drops its alif (see _lam_article)
        for surface in (
            first,
            *(c + first for c in _CLITICS),
            *(("لل" + first[2:],) if first.startswith("ال") else ()),
        )
        for keys in names
    )


def _place_starts(tokens: list[Token]) -> Iterable[int]:
    """Indexes of the tokens a place name may start at (all of them with the prefilter off)."""
    return anchors.phrase_positions(tokens, place_keys())


def _lam_article(
    tokens: list[Token], i: int, index: dict[str, list[tuple[str, ...]]]
) -> tuple[int, int, str] | None:
    """للسعودية: ل before the article drops its alif; the span keeps the whole word."""
    word = tokens[i].key
    if not word.startswith("لل") or len(word) < 5:
        return None
    for keys in index.get("ال" + word[2:], ()):
        n = len(keys)
        if i + n <= len(tokens) and all(tokens[i + k].key == keys[k] for k in range(1, n)):
            return i + n, 0, "ل"
    return None


def find_places(
    tokens: list[Token], starts: Iterable[int] | None = None, venues: list[int] | None = None
) -> list[PlaceHit]:
    """Every gazetteer place in the tokens, left to right, with its role.

    ``starts`` and ``venues``: the tokens a place name and a venue noun may start at,
    when already found (``scan.py``).
    """
    out: list[PlaceHit] = []
    i = 0
    for start in _place_starts(tokens) if starts is None else starts:
        if start < i:
            continue
        got = _match(tokens, start)
        if got is None:
            continue
        end, clitic_len, clitic = got
        out.append(PlaceHit(start, end, clitic_len, _role(tokens, start, clitic)))
        i = end
    return _with_venues(_demote_appositions(out), tokens, venues)


def _demote_appositions(places: list[PlaceHit]) -> list[PlaceHit]:
    """في مدينة جدة بالمملكة العربية السعودية: the country right after a city only says
    where the city is; the city is the venue."""
    out = list(places)
    for k in range(1, len(out)):
        prev, here = out[k - 1], out[k]
        if prev.role and here.first == prev.end and here.clitic:
            out[k] = PlaceHit(here.first, here.end, here.clitic, "")
    return out


def _venue_noun(tokens: list[Token], i: int) -> int | None:
    """Clitic length of a venue noun after ب or في at token ``i`` (بمقر، في قاعة), else None."""
    k = tokens[i].key
    if k in _VENUE_NOUNS and i > 0 and tokens[i - 1].key in _VENUE_PREPOSITIONS:
        return 0
    for clitic in _VENUE_CLITICS:
        if k.startswith(clitic) and k[len(clitic) :] in _VENUE_NOUNS:
            return len(clitic)
    return None


def _venue_word(t: Token) -> bool:
    k = t.key
    if not k[:1].isalpha() or k in _VENUE_STOPS:
        return False
    if k[:1] == "ب" and (k[1:3] == "ال" or k[1:] in _VENUE_NOUNS):
        return False  # بمقر المجلس بالرياض: a new place phrase
    from .triggers import surface_forms

    return t.word not in surface_forms()


def _city_reach(tokens: list[Token], end: int) -> int:
    """Last token after a venue where a city still names the venue's town (في قصر
    (بسمان) في العاصمة عمان، بمقر المجلس أمس (الأحد) بالرياض): up to the next comma."""
    j = end
    while (
        j < len(tokens) and j - end < cues.VENUE_CITY_REACH and tokens[j].key not in _COMMA_OR_END
    ):
        j += 1
    return j


def _with_venues(
    places: list[PlaceHit], tokens: list[Token], candidates: list[int] | None = None
) -> list[PlaceHit]:
    """Add the venues written out (بمقر الجهة، في قاعة إيوارت التذكارية) that no
    gazetteer name able to host stands in or right after; a gazetteer name inside a
    kept venue that could not host (بمقر جماعة المنصورة) gives way to it."""
    # places come in text order and never overlap, so their ends are sorted too
    hosting = [p for p in places if p.role]
    hosting_ends = [p.end for p in hosting]
    venues = []
    # _venue_noun is None on every token whose key is no venue noun, bare or behind
    # its clitics: only the others are asked
    if candidates is None:
        candidates = [i for i, t in enumerate(tokens) if t.key in VENUE_FORMS]
    for i in candidates:
        clitic = _venue_noun(tokens, i)
        if clitic is None or not _NOT_VENUE.isdisjoint(map(_KEY, tokens[max(0, i - 4) : i])):
            continue
        end = i + 1
        while end < len(tokens) and end - i <= cues.VENUE_REACH and _venue_word(tokens[end]):
            end += 1
        reach = _city_reach(tokens, end)
        k = bisect_right(hosting_ends, i)  # the first hosting place that ends after i
        if k < len(hosting) and hosting[k].first <= reach:
            continue  # the city wins: بمقر المجلس بالرياض، بمقر الأمانة العامة في القاهرة
        venues.append(PlaceHit(i, end, clitic, "prep"))
    if not venues:
        return places
    # venues come in order of their first token; the furthest end among them so far
    starts = [v.first for v in venues]
    ends = list(accumulate((v.end for v in venues), max))
    kept = [p for p in places if not _inside(starts, ends, p.first)]
    return sorted(kept + venues, key=lambda p: p.first)


def _inside(starts: list[int], ends: list[int], i: int) -> bool:
    """Token ``i`` is inside one of the spans (``ends``: the furthest end so far)."""
    k = bisect_right(starts, i) - 1
    return k >= 0 and ends[k] > i


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
    if not _NOT_VENUE.isdisjoint(map(_KEY, tokens[max(0, i - 4) : i])):
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
        if k in _HOST_VERBS or (k[:1] in ("و", "ف") and k[1:] in _HOST_VERBS):
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
