"""Who takes part: participant phrases resolved to a country, a role and an organization.

A participant phrase (وزير الخارجية المغربي، الحكومة الجزائرية، الأمين العام للأمم
المتحدة، وفد مصري) is read word by word against the tables of
``lexicon/actors.py``; each word may carry the clitics و، ف، ب، ل، ك and the
article. What the words give:

* a named institution (الجامعة الأمريكية في بيروت): an organization with the
  country it is in, whatever adjective its name holds;
* an organization (الأمم المتحدة، الاتحاد الإفريقي، الأممي): its identifier;
* a state body (قصر المرادية، الإليزيه، الكرملين): its country and role;
* a country name (المغرب، سفير اليابان): the country;
* a role word (الرئيس، رئيس الحكومة، وزير، وفد): the role, and after a minister
  word its portfolio (وزير الخارجية: ``foreign affairs``);
* a nationality adjective (المغربي، المغاربة، الأميركية، مصري): the country, but
  not after a personal name (محمد المغربي is a surname: the word before a
  definite adjective must itself be definite, carry a pronoun, or be a role
  word), not after the head of a name, a company or a product (الشركة الفرنسية،
  القهوة التركية), and an indefinite adjective only after an indefinite noun
  (وفد مصري; الأمير تركي is a name).

The first value of each kind wins (سفير الولايات المتحدة لدى المغرب is a US
diplomat). Two actors joined by و (المغرب والجزائر، وزير الخارجية المغربي ونظيره
الجزائري) become two participants, each with its own span. A counterpart (نظيره)
takes the role and portfolio of the event's first participant that has one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, count, islice
from typing import TypeVar

from ..lexical import key, lam_article, unclitic, with_clitics
from ..lexicon import actors as lex
from ..lexicon.clitics import CONJUNCTIONS, PREPOSITIONS
from ..normalize import Normalized
from ..types import ActorRole, Participant, Span
from . import context as cx

_WORD_RE = re.compile(r"[^\s،,.:؛;!?؟()\[\]\"«»]+")
_MAX_WORDS = 8  # the longest table entry, in words
_BARE_RULER = "رئيس"  # رئيس + a country: a head of state; + an organization: an official
_BARE_RULERS = frozenset({("رئيس",), ("رئيسه",)})
_COUNTERPART = ("نظير", "نظرا")


_V = TypeVar("_V")


class _Phrases(dict[tuple[str, ...], _V]):
    """A table of word phrases, with the lengths of its phrases by first word (longest
    first): a word no phrase starts with costs one lookup, not one per length."""

    def __init__(self, items: Mapping[tuple[str, ...], _V]) -> None:
        super().__init__(items)
        lengths: dict[str, set[int]] = {}
        for k in self:
            if k and len(k) <= _MAX_WORDS:
                lengths.setdefault(k[0], set()).add(len(k))
        self.lengths = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


@dataclass(frozen=True)
class _Tables:
    institutions: _Phrases[tuple[str, str]]
    organizations: _Phrases[str]
    bodies: _Phrases[tuple[str, ActorRole, str | None]]
    names: _Phrases[str]
    roles: _Phrases[tuple[ActorRole, str | None]]
    portfolios: dict[tuple[str, ...], str]
    adjectives: _Phrases[str]
    non_state: frozenset[str]
    not_after_organization: frozenset[str]
    name_parts: frozenset[str]
    minister_heads: frozenset[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(key(w) for w in phrase.split())


def _undefined(word: str) -> str:
    """A word without its article (المغربي → مغربي)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _adjective_forms(adjective: str) -> list[tuple[str, ...]]:
    """Every inflected form of a (possibly two-word) masculine adjective, without the article."""
    words = _words(adjective)
    endings = ("ي", "يه", "يا", "يين", "يان", "يتين", "يتان", "يون", "يات", "يتا")
    # only the words that are adjectives inflect: كوري جنوبي، جنوب أفريقي
    return [tuple(w[:-1] + e if w.endswith("ي") else w for w in words) for e in endings]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The lexicon tables as lookup dictionaries, built once."""
    institutions = {_words(n): (i, c) for n, i, c in lex.NAMED_INSTITUTIONS}
    organizations = {_words(n): i for i, names in lex.ORGANIZATIONS for n in names}
    bodies = {_words(n): (c, ActorRole(r), p or None) for n, c, r, p in lex.STATE_BODIES if r}
    names = {_words(n): c for c, ns, _, _ in lex.COUNTRIES for n in ns}
    adjectives: dict[tuple[str, ...], str] = {}
    for code, _, adjs, plurals in lex.COUNTRIES:
        forms = [f for a in adjs for f in _adjective_forms(a)] + [_words(p) for p in plurals]
        for form in forms:
            adjectives.setdefault(form, code)
            adjectives.setdefault(tuple("ال" + w for w in form), code)
    roles = {_words(n): (ActorRole(r), p or None) for n, r, p in lex.ROLES}
    portfolios: dict[tuple[str, ...], str] = {}
    for n, p in lex.PORTFOLIOS:
        w = _words(n)
        portfolios[w] = p
        portfolios[tuple([_undefined(w[0]), *w[1:]])] = p  # وزير خارجية المغرب
    minister_heads = frozenset(
        k[0] for k, (r, _) in roles.items() if r is ActorRole.MINISTER and len(k) == 1
    )
    return _Tables(
        _Phrases(institutions),
        _Phrases(organizations),
        _Phrases(bodies),
        _Phrases(names),
        _Phrases(roles),
        portfolios,
        _Phrases(adjectives),
        frozenset(_undefined(key(w)) for w in lex.NON_STATE_HEADS),
        frozenset(key(w) for w in lex.NOT_AFTER_ORGANIZATION),
        frozenset(key(w) for w in lex.NAME_PARTS),
        minister_heads - {key("الخارجية"), key("الدبلوماسية")},
    )


@lru_cache(maxsize=16384)
def _variants(word: str) -> tuple[tuple[str, bool], ...]:
    """The readings of a word with its clitics taken off: (word, whether و/ف was one).
    Cached: every table asks it of every word."""
    out = [(word, False)]
    bare = unclitic(word, CONJUNCTIONS, 3)
    if bare is not word:
        out.append((bare, True))
    for w, conj in list(out):
        article = lam_article(w, 4)
        if article is not None:
            out.append((article, conj))
        elif (bare := unclitic(w, PREPOSITIONS, 3)) is not w:
            out.append((bare, conj))
    return tuple(out)


def _longest(table: _Phrases[_V], keys: Sequence[str], i: int) -> tuple[int, bool] | None:
    """(number of words, whether the first word carried و/ف) of the longest entry of
    ``table`` at word ``i``, or None."""
    lengths = table.lengths
    room = len(keys) - i
    for first, conj in _variants(keys[i]):
        for n in lengths.get(first, ()):
            if n <= room and (first, *keys[i + 1 : i + n]) in table:
                return n, conj
    return None


@dataclass
class _Actor:
    first: int  # word index
    clitic: int = 0  # characters of و/ف before the first word
    country: str | None = None
    role: ActorRole | None = None
    portfolio: str | None = None
    organization: str | None = None
    counterpart: bool = False
    locked: bool = False  # a named institution: its country stands

    def said(self) -> bool:
        return self.counterpart or any(
            v is not None for v in (self.country, self.role, self.organization)
        )


def _definite(word: str) -> bool:
    return any(w.startswith("ال") for w, _ in _variants(word))


def _adjective_ok(keys: Sequence[str], i: int, t: _Tables) -> bool:
    """Whether the nationality adjective at word ``i`` says the actor's country."""
    if i == 0:
        return True
    before = keys[i - 1]
    bare = {_undefined(w) for w, _ in _variants(before)}
    if bare & t.non_state:
        return False  # الجامعة الأمريكية، شركة فرنسية: a name or a thing
    if not _definite(keys[i]):
        return not _definite(before)  # وفد مصري; الأمير تركي is a name
    if i >= 2 and keys[i - 2] in t.name_parts:
        return False  # عبد الرحمن المغربي
    if _definite(before) or before.endswith(lex.PRONOUN_ENDINGS):
        return True
    # a role word without the article (وفد، سفير) may still take a definite adjective
    return any((w,) in t.roles for w, _ in _variants(before))


def _parse(keys: Sequence[str]) -> list[_Actor]:
    """The actors a phrase's words name, in order."""
    t = tables()
    actors = [_Actor(0)]
    i = 0
    while i < len(keys):
        cur = actors[-1]
        step, conj = 1, False
        found: tuple[int, bool] | None
        if found := _longest(t.institutions, keys, i):
            step, conj = found
            ident, code = t.institutions[_entry(t.institutions, keys, i, step)]
            cur = _split(actors, i, conj)
            cur.organization = cur.organization or ident
            cur.role = cur.role or ActorRole.ORGANIZATION
            if not cur.locked:
                cur.country, cur.locked = code, True
        elif (found := _longest(t.organizations, keys, i)) and not (
            i + found[0] < len(keys) and keys[i + found[0]] in t.not_after_organization
        ):
            step, conj = found
            cur = _split(actors, i, conj)
            cur.organization = (
                cur.organization or t.organizations[_entry(t.organizations, keys, i, step)]
            )
            if cur.role is None:
                cur.role = ActorRole.ORGANIZATION
        elif found := _longest(t.bodies, keys, i):
            step, conj = found
            code, role, portfolio = t.bodies[_entry(t.bodies, keys, i, step)]
            cur = _split(actors, i, conj)
            if cur.country is None:
                cur.country = code
            if cur.role is None:
                cur.role, cur.portfolio = role, portfolio
        elif found := _longest(t.names, keys, i):
            step, conj = found
            cur = _split(actors, i, conj)
            if cur.country is None:
                cur.country = t.names[_entry(t.names, keys, i, step)]
            if cur.role is ActorRole.OTHER and cur.portfolio == _BARE_RULER:
                cur.role = ActorRole.HEAD_OF_STATE  # رئيس فرنسا
        elif found := _longest(t.roles, keys, i):
            step, conj = found
            entry = _entry(t.roles, keys, i, step)
            role, portfolio = t.roles[entry]
            cur = _split(actors, i, conj)
            if cur.role is None:
                cur.role, cur.portfolio = role, portfolio
                if entry in _BARE_RULERS:
                    # رئيس + what follows decides; marked until then
                    cur.role, cur.portfolio = ActorRole.OTHER, _BARE_RULER
                if entry[-1] in t.minister_heads:
                    more = _portfolio_at(keys, i + step, t)
                    if more is not None:
                        cur.portfolio, extra = more
                        step += extra
        elif found := _longest(t.adjectives, keys, i):
            step = found[0]
            if cur.country is None and not cur.locked and _adjective_ok(keys, i, t):
                cur.country = t.adjectives[_entry(t.adjectives, keys, i, step)]
        elif any(w.startswith(_COUNTERPART) for w, _ in _variants(keys[i])):
            conj = keys[i][:1] in CONJUNCTIONS and not keys[i].startswith(_COUNTERPART)
            cur = _split(actors, i, conj)
            cur.counterpart = True
        if cur.organization is not None and cur.role is ActorRole.OTHER:
            cur.role = ActorRole.ORGANIZATION  # رئيس مفوضية الاتحاد الإفريقي
        i += step
    for a in actors:
        if a.portfolio == _BARE_RULER:
            a.portfolio = None
    return actors


def _entry(
    table: Mapping[tuple[str, ...], object], keys: Sequence[str], i: int, n: int
) -> tuple[str, ...]:
    """The key of ``table`` that matched ``n`` words at ``i``."""
    for first, _ in _variants(keys[i]):
        k = (first, *keys[i + 1 : i + n])
        if k in table:
            return k
    raise KeyError(keys[i])  # pragma: no cover - only called after a match


def _split(actors: list[_Actor], i: int, conj: bool) -> _Actor:
    """The actor word ``i`` belongs to: a new one after و when the current one already
    names someone."""
    cur = actors[-1]
    if conj and i > cur.first and cur.said():
        actors.append(_Actor(i, clitic=1))
    return actors[-1]


def _portfolio_at(keys: Sequence[str], i: int, t: _Tables) -> tuple[str, int] | None:
    """The portfolio named at word ``i`` (after a minister word) and its length in words."""
    for n in range(min(4, len(keys) - i), 0, -1):
        p = t.portfolios.get(tuple(keys[i : i + n]))
        if p is not None:
            return p, n
    return None


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def _participants_of(span: Span) -> list[Participant]:
    """The participants one phrase names: one, or one per actor joined by و."""
    return [
        Participant(span.text[s:e], span.start + s, span.start + e, country, role, portfolio, org)
        for s, e, country, role, portfolio, org in _actors_of(span.text)
    ]


_Found = tuple[int, int, str | None, ActorRole | None, str | None, str | None]


@lru_cache(maxsize=8192)
def _actors_of(phrase: str) -> tuple[_Found, ...]:
    """What :func:`_participants_of` finds in a phrase, as offsets in the phrase: cached,
    as it depends on the phrase's text alone and news repeats its participants."""
    words = _word_spans(phrase)
    if not words or len(words) > 64:
        return ((0, len(phrase), None, None, None, None),)
    keys = [key(phrase[s:e]) for s, e in words]
    actors = _parse(keys)
    if len(actors) == 1:
        a = actors[0]
        return ((0, len(phrase), a.country, a.role, a.portfolio, a.organization),)
    out = []
    for k, a in enumerate(actors):
        s = words[a.first][0] + a.clitic
        while s < len(phrase) and _is_mark(phrase[s]):
            s += 1
        last = actors[k + 1].first - 1 if k + 1 < len(actors) else len(words) - 1
        e = words[last][1]
        if s >= e:
            continue
        out.append((s, e, a.country, a.role, a.portfolio, a.organization))
    return tuple(out)


def _is_mark(ch: str) -> bool:
    return "\u064b" <= ch <= "\u065f" or ch in "\u0670\u0640"


def _counterparts(found: list[Participant], counterpart: list[bool]) -> list[Participant]:
    """A counterpart (نظيره) takes the role and portfolio of the first participant with one."""
    model = next(
        (p for p, c in zip(found, counterpart, strict=True) if not c and p.role is not None),
        None,
    )
    if model is None:
        return found
    return [
        replace(p, role=model.role, portfolio=model.portfolio) if c and p.role is None else p
        for p, c in zip(found, counterpart, strict=True)
    ]


def _extended(span: Span, text: str) -> Span:
    """A phrase that ends in a role word, taken on to the country, organization or state
    body right after it (سفير + اليابان، وفد + من البنك الدولي، وفد + من الكرملين): the
    place finder claims a country name, so the phrase scan stops before it."""
    last = _role_at_end(span.text)
    if last is None or span.end > len(text) or text[span.start : span.end] != span.text:
        return span
    t = tables()
    after = [(m.start(), m.end()) for m in islice(_WORD_RE.finditer(text, span.end), _MAX_WORDS)]
    if not after or text[span.end : after[0][0]].strip():
        return span  # punctuation between
    keys = [key(text[s:e]) for s, e in after]
    at = 1 if keys[0] == "من" else 0
    if at >= len(keys):
        return span
    if at == 0 and _definite(last) and not keys[0].startswith("ل"):
        return span  # الوفد المغرب is not a phrase; الوفد من المغرب، المدير العام لمنظمة … are
    for found in (
        _longest(t.names, keys, at),
        _longest(t.organizations, keys, at),
        _longest(t.bodies, keys, at),
    ):
        if found is not None and not found[1]:
            end = after[at + found[0] - 1][1]
            return Span(text[span.start : end], span.start, end)
    return span


@lru_cache(maxsize=8192)
def _role_at_end(phrase: str) -> str | None:
    """The key of a phrase's last word when the phrase ends in a role word (or a
    counterpart), else ``None``: cached, as news repeats its phrases."""
    t = tables()
    words = _word_spans(phrase)
    if not words:
        return None
    last = key(phrase[words[-1][0] : words[-1][1]])
    tail = [key(phrase[s:e]) for s, e in words[-2:]]
    if not (
        any((w,) in t.roles or w.startswith(_COUNTERPART) for w, _ in _variants(last))
        or (len(tail) == 2 and tuple(tail) in t.roles)  # المدير العام
    ):
        return None
    return last


def resolve_participants(spans: Iterable[Span], text: str | None = None) -> tuple[Participant, ...]:
    """The participants of one event: each phrase resolved (and split at و between two
    actors), in text order, each span once. With the ``text`` the spans index, a phrase
    ending in a role word is taken on to the country or organization after it.

    >>> from arabic_events.types import Span
    >>> [(p.text, p.country) for p in resolve_participants([Span("المغرب والجزائر", 9, 24)])]
    [('المغرب', 'MA'), ('الجزائر', 'DZ')]
    >>> text = "استقبل الوزير سفير اليابان"
    >>> [(p.text, p.country) for p in resolve_participants([Span("سفير", 14, 18)], text)]
    [('سفير اليابان', 'JP')]
    """
    found: list[Participant] = []
    counterpart: list[bool] = []
    seen: set[tuple[int, int]] = set()
    if text is not None:
        spans = [_extended(s, text) for s in spans]
    for span in sorted(spans, key=_span_order):
        start, end = span.start, span.end
        if seen and any(s <= start and end <= e for s, e in seen):
            continue  # inside a phrase already read
        seen.add((start, end))
        for p in _participants_of(span):
            found.append(p)
            counterpart.append(_is_counterpart(p.text))
    if True not in counterpart:
        return tuple(found)  # no counterpart to give a role to
    return tuple(_counterparts(found, counterpart))


def _span_order(span: Span) -> tuple[int, int]:
    """Text order, the longer of two spans that start together first."""
    return span.start, -span.end


@lru_cache(maxsize=8192)
def _is_counterpart(text: str) -> bool:
    first = text.split(maxsplit=1)
    return bool(first) and any(w.startswith(_COUNTERPART) for w, _ in _variants(key(first[0])))


def cue_countries(ctx: cx.Context, norm: Normalized, first: int, reach: int) -> list[Span]:
    """Country names right after a participant cue (بين المغرب والجزائر، مع مصر) in the
    ``reach`` tokens from token ``first``: the place finder claims them, so the phrase
    scan stops before them."""
    keys = ctx.keys
    cues = ctx.memo.get(_CUE_POSITIONS) or _cue_positions(ctx)
    limit = min(len(keys), first + reach)
    if cues[bisect_left(cues, first)] >= limit:
        return []  # no cue word in reach (most events)
    tokens = ctx.tokens
    out: list[Span] = []
    j = first
    while j < limit:
        # the next word a cue may start with (clitic or not); none after a mark (a
        # token that is no word: the few tokens up to the cue are read, cues being rare)
        c = cues[bisect_left(cues, j)]
        if c >= limit or not all(map(str.isalnum, keys[j:c])):
            break
        j = c
        n = ctx.phrase_at(cx.PARTICIPANT_CUES, j)
        if not n:
            j += 1
            continue
        k = j + n
        at = 0
        while k + at < len(keys):
            found = _country_at(keys, k + at, conj=at > 0)
            if found is None:
                break
            size, clitic = found
            s, e = norm.original_span(tokens[k + at].start + clitic, tokens[k + at + size - 1].end)
            out.append(Span(norm.original[s:e], s, e))
            at += size
        j = k + max(at, 1)
    return out


_CUE_POSITIONS = "actors.cue_positions"


def _cue_positions(ctx: cx.Context, starts: list[int] | None = None) -> list[int]:
    """The tokens a participant cue may start at, ending in ``len(tokens)``: found once
    per text and kept in ``ctx.memo``.

    ``starts``: the tokens whose key is in :func:`cue_firsts`, when the caller has
    found them (``scan.py``)."""
    got: list[int] | None = ctx.memo.get(_CUE_POSITIONS)
    if got is None:
        keys, n = ctx.keys, len(ctx.keys)
        if starts is None:
            starts = list(compress(count(), map(cue_firsts().__contains__, keys)))
        got = ctx.memo[_CUE_POSITIONS] = [*starts, n]
    return got


def index_cues(ctx: cx.Context, starts: list[int]) -> None:
    """Keep the tokens a participant cue may start at, found by the caller (ascending),
    for :func:`cue_countries` to read."""
    _cue_positions(ctx, starts)


@lru_cache(maxsize=1)
def cue_firsts() -> frozenset[str]:
    """First words of the participant cues, bare and after و or ف."""
    firsts = frozenset(cx.PARTICIPANT_CUES)
    return with_clitics(firsts, CONJUNCTIONS, lam_article=False)


def _country_at(keys: Sequence[str], i: int, conj: bool) -> tuple[int, int] | None:
    """(tokens, clitic length) of a country name at token ``i``, after و when ``conj``."""
    first = keys[i]
    if conj:
        if not first.startswith("و"):
            return None
        first = first[1:]
    names = tables().names
    room = len(keys) - i
    for n in names.lengths.get(first, ()):
        if n <= room and (first, *keys[i + 1 : i + n]) in names:
            return n, int(conj)
    return None


def resolve_actor(phrase: str) -> Participant | None:
    """Who a phrase names: its country, role, portfolio and organization, as a
    :class:`Participant` spanning the whole phrase; ``None`` when the phrase names none
    of them. When it joins several actors with و, the first one is given. Any ``str``
    is accepted; a non-``str`` raises :class:`TypeError`.

    >>> p = resolve_actor("وزير الخارجية المغربي")
    >>> p.country, p.role.value, p.portfolio
    ('MA', 'minister', 'foreign affairs')
    >>> resolve_actor("الأمين العام للأمم المتحدة").organization
    'UN'
    >>> resolve_actor("محمد المغربي") is None
    True
    >>> resolve_actor("الجامعة الأمريكية في بيروت").country
    'LB'
    """
    if not isinstance(phrase, str):
        raise TypeError(f"resolve_actor expects a str, not {type(phrase).__name__}")
    keys = [key(phrase[s:e]) for s, e in _word_spans(phrase)][:64]
    if not keys:
        return None
    a = _parse(keys)[0]
    if a.country is None and a.role is None and a.organization is None:
        return None
    return Participant(phrase, 0, len(phrase), a.country, a.role, a.portfolio, a.organization)
