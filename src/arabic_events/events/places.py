"""Place names from the gazetteer, found in tokens, with the role their context gives them.

A place can host an event when a preposition governs it (في الرباط، بمدينة طنجة),
when it is the subject of a hosting verb (احتضنت طنجة، تستضيف بيروت), after
"مدينة", or, for visits, after إلى or as the object of the visit verb.

:class:`PlaceResolver` then resolves the places of one document to the world, each
with the help of the others (a venue without a town, an ambiguous city name).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from .. import geo
from ..dates import anchors
from ..lexical import Token, clitic_forms, key, lam_article, strip_proclitics, unclitic
from ..lexicon import event_cues as cues
from ..lexicon.clitics import CONJUNCTIONS, LOCATIVE_CLITICS
from ..types import Place, PlaceKind
from .triggers import surface_forms


@cache
def _index() -> dict[str, list[tuple[str, ...]]]:
    """The gazetteer keyed by first word, built on first use (the table is large)."""
    from ..lexicon.places import PLACES

    index: dict[str, list[tuple[str, ...]]] = {}
    # the press names (العاصمة الاقتصادية) are found like the gazetteer's
    entries = [*PLACES, *((name, "press", ()) for name in geo.press_names())]
    for name, _kind, variants in entries:
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


@cache
def _geonames_index() -> dict[str, list[tuple[str, ...]]]:
    """The GeoNames names the hand-kept gazetteer lacks, keyed by first word.

    Built on first use from the generated table ``lexicon/geonames_places.tsv``
    (keys folded as :func:`.geo.place_key` folds them); a hand-kept spelling
    keeps its own rules (an ambiguous name only after مدينة and the like).
    """
    hand = _with_ambiguous()
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in geo.table():
        keys = tuple(name.split(" "))
        # ولاية وهران: the noun is the cue, the name after it is the place
        if keys not in hand.get(keys[0], ()) and keys[0] not in _PLACE_NOUNS:
            index.setdefault(keys[0], []).append(keys)
    return _longest_first(index)


def _words() -> dict[str, str]:
    """GeoNames name key -> its tier (``noun``, ``cue``, ``word``): :func:`.geo.word_tiers`."""
    return geo.word_tiers()


WORDS_TABLE = geo.WORDS_TABLE


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
VENUE_FORMS = frozenset(_VENUE_NOUNS | {c + v for v in _VENUE_NOUNS for c in LOCATIVE_CLITICS})


@dataclass(slots=True)
class PlaceHit:
    """A place name at tokens ``first``..``end``; ``clitic`` characters precede it in ``first``."""

    first: int
    end: int
    clitic: int
    role: str  # "prep", "visit", "host", "noun", or "" (named, but not as a venue)
    venue: bool = False  # written out (بمقر الجهة), not a gazetteer name
    town: PlaceHit | None = None  # a venue's town, when the text names it


@lru_cache(maxsize=8192)
def _place_noun(k: str) -> bool:
    """The word is a place noun (مدينة، بولاية), behind its clitic or not (kept by word)."""
    return unclitic(k) in _PLACE_NOUNS


def _match(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    """(end, clitic length, the clitic) of the longest place name at token ``i``:
    a hand-kept name, else a GeoNames name its cue allows (:func:`_geonames_match`)."""
    ambiguous = i > 0 and _place_noun(tokens[i - 1].key)
    nxt = tokens[i + 1].key if i + 1 < len(tokens) else None
    names = _names(tokens[i].key, ambiguous)
    if not (names.alone or nxt in names.seconds):
        return None  # ان، كان: a name only before certain words, or after مدينة
    # a word can begin many names: their second words are compared to the next token
    # here, and only the names it fits are read on
    for keys, clitic_len, clitic in names.hand:
        n = len(keys)
        if n == 1 or (keys[1] == nxt and _spelled(tokens, i, keys)):
            return i + n, clitic_len, clitic
    return _geonames_match(tokens, i, ambiguous, names.geonames) if names.geonames else None


def _spelled(tokens: list[Token], i: int, keys: tuple[str, ...]) -> bool:
    """The tokens after token ``i`` are the words of ``keys`` (two or more) after its first.

    The second word is compared alone first: most names fail there, and most have
    two words, so the generator over the others is seldom made.
    """
    n = len(keys)
    return (
        i + n <= len(tokens)
        and tokens[i + 1].key == keys[1]
        and (n == 2 or all(tokens[i + k].key == keys[k] for k in range(2, n)))
    )


def _geonames_match(
    tokens: list[Token], i: int, noun: bool, entries: tuple[_GeoNamesEntry, ...]
) -> tuple[int, int, str] | None:
    """The longest GeoNames name of ``entries`` (:func:`_geonames_entries`) at token
    ``i`` that its context allows.

    A name that is no common word is a place alone; one of tier ``cue`` only after
    a locative cue (a preposition, a hosting verb, a place noun, or the clitic ب or
    ل on it); one of tier ``noun`` only after a place noun (``noun``). A token that
    is itself a common word (ببيان) is not read as a clitic and a name.
    """
    nxt = tokens[i + 1].key if i + 1 < len(tokens) else None  # (as in _match)
    named: bool | None = None  # (worked out for the first name that fits)
    for keys, clitic, clitic_len, tier in entries:
        if tier not in _CUE_TIERS and not noun:
            continue
        n = len(keys)
        if n > 1 and not (keys[1] == nxt and _spelled(tokens, i, keys)):
            continue
        if not clitic:
            if named is None:
                # قصر أجا، فندق جميرا: a venue's own name, not its town (القاعة بالرباط is)
                named = i > 0 and unclitic(tokens[i - 1].key) in _NAMED_VENUES
            if named:
                continue
        if tier is None or noun or _cued(tokens, i, clitic):
            return i + n, clitic_len, clitic
    return None


_CUE_TIERS = (None, "cue")  # the tiers a name may have outside a place noun


_GeoNamesEntry = tuple[tuple[str, ...], str, int, str | None]  # (keys, clitic, its length, tier)
_HandEntry = tuple[tuple[str, ...], int, str]  # (keys, clitic length, the clitic)


def _geonames_entries(word: str) -> tuple[_GeoNamesEntry, ...]:
    """The GeoNames names a token key can begin, with the clitic before them and its
    length in the span (as :func:`_entries`; للسعودية's ل before the article too, and
    the span keeps the whole word) and the name's tier (:func:`_words`; ``None``: a
    place alone)."""
    index = _geonames_index()
    words = _words()
    # ببيان is a word of its own, كايين a name of its own: not ب or ك and a one-word
    # name (بأديس أبابا still is)
    word_itself = words.get(word) == "word" or (word,) in index.get(word, ())
    forms = _clitic_forms(word)
    article = lam_article(word, 5)
    if article is not None:
        forms.append((article, "ل"))
    return tuple(
        # للرباط: the span keeps the whole word
        (
            keys,
            clitic,
            0 if clitic == "ل" and keys[0] != word[1:] else len(clitic),
            words.get(" ".join(keys)),
        )
        for form, clitic in forms
        for keys in index.get(form, ())
        if not (clitic and word_itself and len(keys) == 1)
    )


# the venue nouns a building's own name follows (العاصمة and عمالة are towns')
_NAMED_VENUES = _VENUE_NOUNS - {key(w) for w in ("العاصمة", "عاصمة", "عمالة")}
_LOCATIVE = frozenset(
    {key(w) for w in ("من", "عن", "نحو", "داخل", "قرب", "بين", "حتى", "الى", "إلى", "فى")}
)


def _cued(tokens: list[Token], i: int, clitic: str) -> bool:
    """A locative cue stands right before the name at token ``i``: its clitic ب or
    ل, a preposition, a hosting verb or a place noun (and the adjectives after it)."""
    if clitic.endswith(("ب", "ل")):
        return True
    if i == 0:
        return False
    k = tokens[i - 1].key
    if k in _LOCATIVE or k in _PREPOSITIONS or _place_noun(k):
        return True
    # the role is read back from the word before, and most words end it at once
    return _role_word(k) != "" and _role(tokens, i, clitic) != ""


def _entries(word: str, ambiguous: bool) -> tuple[_HandEntry, ...]:
    """The names a token key can begin, with the clitic before them and its length in
    the span, in the order to try: behind each clitic, then behind ل before the
    article (للسعودية: ل drops the article's alif, and the span keeps the whole word).

    ``ambiguous``: after مدينة and the like, where names that are also common
    words count.
    """
    index = _with_ambiguous() if ambiguous else _index()
    out = [
        (keys, len(clitic), clitic)
        for form, clitic in _clitic_forms(word)
        for keys in index.get(form, ())
    ]
    article = lam_article(word, 5)
    if article is not None:
        out += [(keys, 0, "ل") for keys in index.get(article, ())]
    return tuple(out)


class _Names(NamedTuple):
    """The names a token key can begin (:func:`_names`)."""

    hand: tuple[_HandEntry, ...]  # :func:`_entries`
    geonames: tuple[_GeoNamesEntry, ...]  # :func:`_geonames_entries`
    seconds: frozenset[str]  # the second words of those of two words or more
    alone: bool  # one of one word can be a place here, whatever comes after it


@lru_cache(maxsize=16384)
def _names(word: str, ambiguous: bool) -> _Names:
    """The names a token key can begin, after a place noun (``ambiguous``) or not.

    A one-word name can be a place whatever comes after it after a place noun, or
    when it is hand-kept, or a GeoNames name of tier ``None`` or ``cue``; the others
    only before one of ``seconds``. Cached by key: news text repeats its words.
    """
    hand = _entries(word, ambiguous)
    geonames = _geonames_entries(word)
    seconds = frozenset(
        keys[1] for keys in (*(e[0] for e in hand), *(e[0] for e in geonames)) if len(keys) > 1
    )
    alone = ambiguous or any(
        len(keys) == 1
        for keys in (*(e[0] for e in hand), *(e[0] for e in geonames if e[3] in _CUE_TIERS))
    )
    return _Names(hand, geonames, seconds, alone)


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
        for index in (_with_ambiguous(), _geonames_index())
        for first, names in index.items()
        # للسعودية: ل before the article drops its alif (see _lam_article)
        for surface, _clitic in clitic_forms(first, lam_article=True)
        for keys in names
    )


def _place_starts(tokens: list[Token]) -> Iterable[int]:
    """Indexes of the tokens a place name may start at (all of them with the prefilter off)."""
    return anchors.phrase_positions(tokens, place_keys())


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
    where the city is; the city is the venue. The list is changed in place."""
    for k in range(1, len(places)):
        prev, here = places[k - 1], places[k]
        if prev.role and here.first == prev.end and here.clitic:
            places[k] = PlaceHit(here.first, here.end, here.clitic, "")
    return places


def _venue_noun(tokens: list[Token], i: int) -> int | None:
    """Clitic length of a venue noun after ب or في at token ``i`` (بمقر، في قاعة), else None."""
    k = tokens[i].key
    if k in _VENUE_NOUNS and i > 0 and tokens[i - 1].key in _VENUE_PREPOSITIONS:
        return 0
    for clitic in LOCATIVE_CLITICS:
        if k.startswith(clitic) and k[len(clitic) :] in _VENUE_NOUNS:
            return len(clitic)
    return None


def _venue_word(t: Token) -> bool:
    k = t.key
    if not k[:1].isalpha() or k in _VENUE_STOPS:
        return False
    if k[:1] == "ب" and (k[1:3] == "ال" or k[1:] in _VENUE_NOUNS):
        return False  # بمقر المجلس بالرياض: a new place phrase
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
    # _venue_noun is None on every token whose key is no venue noun, bare or behind
    # its clitics: only the others are asked
    if candidates is None:
        candidates = [i for i, t in enumerate(tokens) if t.key in VENUE_FORMS]
    if not candidates:
        return places
    # places come in text order and never overlap, so their ends are sorted too
    hosting = [p for p in places if p.role]
    hosting_ends = [p.end for p in hosting]
    firsts = [p.first for p in places]
    venues = []
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
        venues.append(PlaceHit(i, end, clitic, "prep", True, _town(places, firsts, i, reach)))
    if not venues:
        return places
    # venues come in order of their first token; the furthest end among them so far
    starts = [v.first for v in venues]
    ends = list(accumulate((v.end for v in venues), max))
    kept = [p for p in places if not _inside(starts, ends, p.first)]
    return sorted(kept + venues, key=lambda p: p.first)


def _town(places: list[PlaceHit], firsts: list[int], first: int, reach: int) -> PlaceHit | None:
    """The first gazetteer place in a venue or right after it (``first``..``reach``):
    the venue's town (قاعة المحاضرات في مبنى بلدية عنيزة). ``firsts``: the places' first tokens."""
    k = bisect_right(firsts, first - 1)
    return places[k] if k < len(places) and places[k].first <= reach else None


def _hit_name(tokens: list[Token], hit: PlaceHit) -> str:
    """The words of a place hit, without the clitic before it."""
    if hit.end - hit.first == 1:  # most names: one word
        return tokens[hit.first].word[hit.clitic :]
    return " ".join(map(_WORD, tokens[hit.first : hit.end]))[hit.clitic :]


_WORD = itemgetter(3)  # a token's word


_UNKNOWN = geo.Where(PlaceKind.UNKNOWN)
_DATELINE_ENDS = frozenset({"-", "–", "—", ":", "،", ",", "(", "/"})
_NO_COUNTRY = frozenset({PlaceKind.VENUE, PlaceKind.UNKNOWN})


class PlaceResolver:
    """The places of one document resolved to the world, each with the help of the others.

    A place whose name alone says where it is keeps that (an ambiguous city name,
    المنصورة or طرابلس, takes its namesake in the document's country, when it has
    one). A place that does not (a venue with no town, an institution's seat)
    takes its country from, in turn:

    1. the town or state named inside it or right after it (up to the next comma);
    2. a nationality adjective or a body of one state inside or right after it
       (رئاسة الجمهورية التونسية، مقر المجلس الشعبي الوطني);
    3. the nearest place named before it in the same paragraph;
    4. the dateline: a place at the very start of the text, before a comma, a
       dash, a colon or a parenthesis (الرباط - ...);
    5. the document's country: the dateline's, else the one most of its places
       lie in.

    A town right after a word that only one state uses for its communes or
    prefectures (جماعة المنصورة) lies in that state. The work is one pass over
    the places, done on the first request.
    """

    def __init__(self, text: str, tokens: list[Token], places: list[PlaceHit]) -> None:
        self.text = text
        self.tokens = tokens
        self.places = places
        self._resolved: list[geo.Where] | None = None

    def place(self, i: int, text: str, start: int, end: int) -> Place:
        """Place ``i`` of the document, written ``text`` at ``start``..``end`` of the
        caller's text."""
        if self._resolved is None:
            self._resolved = self._resolve()
        return self._resolved[i].written(text, start, end)

    def _own(self, hit: PlaceHit, name: str | None = None) -> geo.Where | None:
        if name is None:
            name = _hit_name(self.tokens, hit)
        admin = _admin_country(self.tokens, hit.first) if not hit.venue else None
        if admin is not None:
            return geo.where_in(name, admin) or geo.Where(PlaceKind.CITY, admin)
        return geo.where_of(name)

    def _resolve(self) -> list[geo.Where]:
        tokens, places = self.tokens, self.places
        names = [_hit_name(tokens, p) for p in places]
        own = list(map(self._own, places, names))
        votes: dict[str, int] = {}
        for w in own:
            if w is not None and w.country and w.kind not in _NO_COUNTRY:
                votes[w.country] = votes.get(w.country, 0) + 1
        dateline = self._dateline(own)
        country = dateline.country if dateline is not None else _majority(votes)
        if country is not None:  # an ambiguous name: its namesake in the document's country
            own = [
                _prefer(w, name, country)
                if w is not None and w.kind is PlaceKind.CITY and w.country != country
                else w
                for name, w in zip(names, own, strict=True)
            ]
        out: list[geo.Where] = []
        last: geo.Where | None = None  # the nearest place before, in the paragraph
        for i, (p, w) in enumerate(zip(places, own, strict=True)):
            if i > 0 and (
                self.text.find("\n", tokens[places[i - 1].end - 1].end, tokens[p.first].start) >= 0
            ):
                last = None
            if p.venue and p.town is not None:  # 1. the town the venue names
                town = self._own(p.town)
                if town is not None and country is not None:
                    town = _prefer(town, _hit_name(tokens, p.town), country)
                if town is not None and town.country:
                    w = geo.venue_in(town)
            if w is None or (w.kind in _NO_COUNTRY and w.country is None):
                w = self._in_context(i, own, last, dateline, country) or w or _UNKNOWN
            out.append(w)
            if w.country and w.kind not in _NO_COUNTRY:
                last = w
        return out

    def _in_context(
        self,
        i: int,
        own: list[geo.Where | None],
        last: geo.Where | None,
        dateline: geo.Where | None,
        country: str | None,
    ) -> geo.Where | None:
        p = self.places[i]
        reach = _city_reach(self.tokens, p.end)
        # 1. a town or a state right after it
        if i + 1 < len(self.places) and self.places[i + 1].first <= reach:
            got = own[i + 1]
            if got is not None and got.country and got.kind not in _NO_COUNTRY:
                return geo.venue_in(got)
        # 2. a nationality adjective or a state's body
        code = geo.country_named(" ".join(map(_WORD, self.tokens[p.first : reach])))
        if code is not None:
            return _venue(code)
        # 3.-5. the place before it in the paragraph, the dateline, the document
        for near in (last, dateline):
            if near is not None:
                return geo.venue_in(near) if near.kind is PlaceKind.CITY else _venue(near.country)
        return _venue(country) if country is not None else None

    def _dateline(self, own: list[geo.Where | None]) -> geo.Where | None:
        """The place a text starts with, before a comma, dash, colon or parenthesis."""
        if not self.places or self.places[0].first != 0 or self.places[0].clitic:
            return None
        p, w = self.places[0], own[0]
        after = self.tokens[p.end].key if p.end < len(self.tokens) else ""
        if w is None or not w.country or w.kind in _NO_COUNTRY:
            return None
        return w if after[:1] in _DATELINE_ENDS or after[:1].isdigit() else None


def _prefer(w: geo.Where, name: str, country: str) -> geo.Where:
    """A city ``w`` of another country than ``country``: its namesake there, if any."""
    if w.kind is not PlaceKind.CITY or w.country == country:
        return w
    return geo.where_in(name, country) or w


def _venue(country: str | None) -> geo.Where:
    return geo.Where(PlaceKind.VENUE, country)


def _majority(votes: dict[str, int]) -> str | None:
    """The country with more votes than any other, else ``None``."""
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _admin_country(tokens: list[Token], first: int) -> str | None:
    """The state whose commune or prefecture word stands right before token ``first``."""
    return _administrative(tokens[first - 1].key) if first else None


@lru_cache(maxsize=8192)
def _administrative(k: str) -> str | None:
    """The state that alone calls its communes or prefectures by this word (kept by word)."""
    return geo.administrative_nouns().get(unclitic(k))


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


def _clitic_forms(word: str) -> list[tuple[str, str]]:
    """The word and its clitic-stripped forms, each with the clitic (لل not read)."""
    return [(form, word[:n]) for form, n in strip_proclitics(word, lam_article_from=None)]


def _role(tokens: list[Token], i: int, clitic: str) -> str:
    """Why this place could be an event's venue, from the words before it.

    Looks back over at most three tokens, across place nouns and adjectives
    (في العاصمة الأردنية عمان), for a preposition or a hosting verb.
    """
    role = _role_before(tokens, i, clitic)
    if role and not _NOT_VENUE.isdisjoint(map(_KEY, tokens[max(0, i - 4) : i])):
        return ""  # سفير جمهورية كوريا بالمغرب: a post, not a venue
    return role


def _role_before(tokens: list[Token], i: int, clitic: str) -> str:
    """:func:`_role`, the words that can deny any role (سفير) aside."""
    if clitic.endswith("ب"):
        return "prep"
    if clitic.endswith("ل"):
        return "visit"
    saw_noun = False
    for j in range(i - 1, max(-1, i - 4), -1):
        said = _role_word(tokens[j].key)
        if said == "prep":
            # حول الوضع في ليبيا: the topic's place, not the venue
            return "" if j > 0 and tokens[j - 1].key in _TOPIC_NOUNS else "prep"
        if said == "visit" or said == "host":
            return said
        if said == "at":
            return "prep"
        if said == "settlement":
            saw_noun = True
        elif said != "noun":
            break
    return "noun" if saw_noun else ""


@lru_cache(maxsize=8192)
def _role_word(k: str) -> str:
    """What a word before a place says of its role (:func:`_role`), kept by word:
    ``prep``, ``visit`` (إلى), ``host`` (a hosting verb, و or ف before it or not),
    ``at`` (a place noun with ب: بمدينة), ``settlement`` (مدينة), ``noun`` (another
    place noun, or a definite adjective: الأردنية), or ``""``: the look-back stops."""
    if k in _PREPOSITIONS:
        return "prep"
    if k in _VISIT_PREPOSITIONS:
        return "visit"
    if k in _HOST_VERBS or unclitic(k, CONJUNCTIONS, 1) in _HOST_VERBS:
        return "host"
    base = unclitic(k, min_length=1)
    if k in _PLACE_NOUNS or base in _PLACE_NOUNS:
        if k[:1] == "ب" and base in _PLACE_NOUNS:
            return "at"
        return "settlement" if base in _SETTLEMENT_NOUNS or k in _SETTLEMENT_NOUNS else "noun"
    return "noun" if k.startswith("ال") and (k.endswith("يه") or k.endswith("ي")) else ""
