"""Find the events a text reports: trigger, type, status, date, place, participants.

The steps, each a small function below:

1. triggers (``triggers.py``) and places (``places.py``) over the tokens the
   date grammar already made, and the dates themselves;
2. every status cue and date goes to the trigger nearest to it in its sentence
   (``context.py`` says how near), so two events in one sentence keep their own;
3. an event with no date of its own borrows one: a verb joined by و to the event
   before it, an event referred back to (هذا الاجتماع), or the first held event of
   an article from the date of its lead sentence;
4. the status comes from the strongest cue (cancelled, postponed, ongoing,
   planned), else from the linked date against the reference, else from weaker
   cues and the verb's tense.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from ..dates.finder import check_text, coerce_reference, matches, mention_from_match
from ..dates.grammar import Match
from ..dates.lexer import Token, readings
from ..normalize import Normalized, normalize_map
from ..times import durations, lone_times, with_durations
from ..types import DateMention, DurationMention, EventMention, EventStatus, EventType, Span
from . import context as cx
from .places import PlaceHit, find_places
from .triggers import Hit, find_triggers

_CUE_REACH = 12  # a status cue further than this from every trigger is ignored
_HABITUAL_REACH_NOUN = 2  # اجتماعات منتظمة
_HABITUAL_REACH_VERB = 5  # يجتمع المجلس الأعلى للأمن كل شهر
_NAME_PENALTY = 15  # a place in the event's name (مؤتمر بغداد) gives way to a venue
_BINDER_REACH = 6  # tokens from a trigger to a relative-clause word
_BOUND_DATE_REACH = 8  # tokens from that word to the date it binds
_VISIT_OBJECT_REACH = 5
_PARTICIPANT_REACH = 10
_PARTICIPANT_MAX = 6
_SUBJECT_MAX = 4


@dataclass
class _Event:
    """An event while it is being built."""

    hit: Hit
    cues: dict[str, int] = field(default_factory=dict)  # label -> distance of its nearest cue
    date: int | None = None  # index into the dates
    date_distance: int = 10**9
    place: int | None = None
    place_distance: int = 10**9
    habitual: bool = False


@dataclass(frozen=True)
class Analysis:
    """Dates and events of one text, before they become public objects."""

    dates: list[DateMention]
    events: list[EventMention]
    times: list[DateMention] = field(default_factory=list)  # lone times (times.py)
    durations: list[DurationMention] = field(default_factory=list)


def analyze(text: str, reference: dt.date) -> Analysis:
    """Dates and events of ``text`` in one pass over its tokens."""
    norm = normalize_map(text)
    parser, found = matches(norm, reference)
    tokens = parser.t
    dates = [mention_from_match(norm, tokens, m) for m in found]
    # --- lone times and durations (times.py) ---
    times, lengths = lone_times(norm, parser, found), durations(norm, parser, found)
    hits = find_triggers(tokens)
    if not hits:
        return Analysis(dates, [], times, lengths)
    ctx = cx.Context(norm.text, tokens)
    events = [_Event(h) for h in hits]
    _assign_cues(ctx, events)
    _link_dates(ctx, events, found)
    places = find_places(tokens)
    _link_places(ctx, events, places)
    _borrow_dates(ctx, events, found)
    out = []
    # participant phrases stop at a place or a date
    stops = frozenset(p.first for p in places) | frozenset(
        k for m in found for k in range(m.first, m.end)
    )
    for ev in events:
        date = dates[ev.date] if ev.date is not None else None
        place = _place_span(norm, tokens, places[ev.place]) if ev.place is not None else None
        trigger = _span(norm, tokens, ev.hit.first, ev.hit.end)
        out.append(
            EventMention(
                trigger=trigger.text,
                start=trigger.start,
                end=trigger.end,
                type=EventType(ev.hit.type),
                status=_status(ev, date, reference),
                date=date,
                place=place,
                participants=_participants(ctx, norm, ev.hit, stops),
            )
        )
    out = with_durations(text, out, lengths)  # an event's duration (times.py)
    return Analysis(dates, out, times, lengths)


def _span(norm: Normalized, tokens: list[Token], first: int, end: int, clitic: int = 0) -> Span:
    s, e = norm.original_span(tokens[first].start + clitic, tokens[end - 1].end)
    text = norm.original[s:e].rstrip()
    return Span(text, s, s + len(text))


def _place_span(norm: Normalized, tokens: list[Token], p: PlaceHit) -> Span:
    return _span(norm, tokens, p.first, p.end, p.clitic)


# --- status cues ----------------------------------------------------------------


def _cue_hits(ctx: cx.Context) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of every status or habitual cue."""
    return [
        (i, i + n, label)
        for i in range(len(ctx.tokens))
        for n, label in ctx.labelled_phrases_at(cx.CUE_INDEX, i)
    ]


def _closest(
    events: list[_Event], distance_of: Callable[[_Event], int | None]
) -> tuple[int, int] | None:
    """(index, distance) of the event with the smallest distance (None: out of reach)."""
    best: tuple[int, int] | None = None
    for k, ev in enumerate(events):
        d = distance_of(ev)
        if d is not None and (best is None or d < best[1]):
            best = (k, d)
    return best


def _cue_distance(ctx: cx.Context, item: tuple[int, int], ev: _Event) -> int | None:
    # a cue before a trigger is as near as one after it (من المقرر أن يعقد اجتماع)
    return ctx.distance((ev.hit.first, ev.hit.end), item, before_penalty=0)


def _assign_cues(ctx: cx.Context, events: list[_Event]) -> None:
    for first, end, label in _cue_hits(ctx):
        if any(ev.hit.first <= first < ev.hit.end for ev in events):
            continue  # the trigger word itself is not a cue
        got = _closest(events, partial(_cue_distance, ctx, (first, end)))
        if got is None or got[1] > _CUE_REACH:
            continue
        ev = events[got[0]]
        if label == "habitual":
            reach = _HABITUAL_REACH_VERB if ev.hit.pos == "verb" else _HABITUAL_REACH_NOUN
            ev.habitual = ev.habitual or 0 <= first - ev.hit.end <= reach
        elif label in ("postponed", "cancelled") and first < ev.hit.first and _target(ctx, ev.hit):
            continue  # تأجيل البحث إلى الجلسة المقبلة: the session is where it goes, not what moves
        elif not _cancelled_by_context(ctx, first):
            ev.cues[label] = min(got[1], ev.cues.get(label, got[1]))
    for ev in events:  # a verb trigger is its own cue
        if ev.hit.pos == "verb":
            ev.cues[{"past": "held", "future": "planned"}.get(ev.hit.tense, "planned_weak")] = 0


def _target(ctx: cx.Context, hit: Hit) -> bool:
    """The trigger follows إلى/حتى: the destination of a postponement."""
    return hit.first > 0 and ctx.tokens[hit.first - 1].key in cx.TARGET_WORDS


def _cancelled_by_context(ctx: cx.Context, i: int) -> bool:
    """A cue word in a fixed phrase that means something else (من أجل: "for")."""
    before = cx.NOT_CUE_AFTER.get(ctx.tokens[i].key)
    return before is not None and i > 0 and ctx.tokens[i - 1].key in before


def _status(ev: _Event, date: DateMention | None, reference: dt.date) -> EventStatus:
    if ev.habitual:
        return EventStatus.UNKNOWN
    # cancelled and postponed outrank the rest (تأجيل الاجتماع الذي كان مقررا …);
    # between ongoing and planned, the nearer cue wins.
    for group in (("cancelled", "postponed"), ("ongoing", "planned")):
        present = [label for label in group if label in ev.cues]
        if present:
            status = EventStatus(min(present, key=lambda label: ev.cues[label]))
            if status is EventStatus.ONGOING and date is not None and date.value.start > reference:
                return EventStatus.PLANNED  # تنطلق غدا … التي تتواصل إلى …: not yet under way
            return status
    if date is not None:
        if date.value.end < reference:
            return EventStatus.HELD
        if date.value.start > reference:
            return EventStatus.PLANNED
        return (
            EventStatus.PLANNED
            if "planned_weak" in ev.cues and "held" not in ev.cues
            else EventStatus.HELD
        )
    if "held" in ev.cues:
        return EventStatus.HELD
    if "planned_weak" in ev.cues:
        return EventStatus.PLANNED
    return EventStatus.UNKNOWN


# --- dates ------------------------------------------------------------------------


def _linkable(ctx: cx.Context, m: Match) -> bool:
    """A date says when something happens: a temporal word or a clause start before it."""
    i = m.first
    if m.relative or m.clitic or (m.value is not None and m.value.grain.value == "range"):
        return True
    if any(r.cat == "weekday" for r in readings(ctx.tokens, i)):
        return True
    if i == 0:
        return True
    prev = ctx.tokens[i - 1].key
    if prev == "من" and i > 1:
        prev = ctx.tokens[i - 2].key  # ابتداء من 20 ديسمبر، اعتبارا من …
    if not prev[:1].isalnum() or prev in cx.TEMPORAL:
        return True
    return prev[:1] in ("و", "ف", "ب", "ل") and prev[1:] in cx.TEMPORAL


def _bound(ctx: cx.Context, hit: Hit, m: Match, triggers: frozenset[int]) -> bool:
    """الاجتماع الذي انعقد في 12 يوليوز: a relative clause after the trigger binds the date.

    The relative word must follow this trigger with no other trigger between them.
    """
    t = ctx.tokens
    for j in range(hit.end, min(hit.end + _BINDER_REACH, m.first)):
        if j in triggers:
            return False
        if t[j].key in cx.BINDERS:
            return 0 <= m.first - j <= _BOUND_DATE_REACH
        if not t[j].key[:1].isalnum():
            return False
    return False


def _reported(ctx: cx.Context, hit: Hit, m: Match) -> bool:
    """أعلن … أمس، أن …: the date dates the statement, not the event after أن."""
    if m.end > hit.first:
        return False
    t = ctx.tokens
    verb = any(t[j].key in cx.REPORTING for j in range(max(0, m.first - 6), m.first))
    return verb and any(t[j].key in ("ان", "بان") for j in range(m.end, hit.first))


def _link_dates(ctx: cx.Context, events: list[_Event], found: list[Match]) -> None:
    triggers = frozenset(ev.hit.first for ev in events)
    for di, m in enumerate(found):
        if not _linkable(ctx, m):
            continue
        best = _closest(events, partial(_date_distance, ctx, m, triggers))
        if best is None:
            continue
        ev = events[best[0]]
        if best[1] < ev.date_distance:
            ev.date, ev.date_distance = di, best[1]
    for ev in events:
        if ev.habitual:
            ev.date = None


def _date_distance(ctx: cx.Context, m: Match, triggers: frozenset[int], ev: _Event) -> int | None:
    if _reported(ctx, ev.hit, m):
        return None
    if _bound(ctx, ev.hit, m, triggers):
        return 0
    return ctx.distance((ev.hit.first, ev.hit.end), (m.first, m.end))


def _anaphoric(ctx: cx.Context, hit: Hit) -> bool:
    t = ctx.tokens
    before = t[hit.first - 1].key if hit.first else ""
    after = t[hit.end].key if hit.end < len(t) else ""
    return before in cx.ANAPHORA_BEFORE or after in cx.ANAPHORA_AFTER


def _borrow_dates(ctx: cx.Context, events: list[_Event], found: list[Match]) -> None:
    """Dates for events that have none in their sentence (see the module docs)."""
    lead = _lead_date(ctx, found)
    for k, ev in enumerate(events):
        if ev.date is not None or ev.habitual:
            continue
        hit = ev.hit
        prev = events[k - 1] if k else None
        word = ctx.tokens[hit.first].key
        if (
            prev is not None
            and hit.pos == "verb"
            and word[:1] == "و"
            and ctx.sentence[prev.hit.first] == ctx.sentence[hit.first]
            and prev.date is not None
        ):
            ev.date = prev.date  # زار … في 27 دجنبر، والتقى …
            continue
        if _anaphoric(ctx, hit):
            # هذا الاجتماع: the article's main event, its first dated mention of the type
            _inherit(ev, (e for e in events[:k] if e.hit.type == hit.type))
            continue
        if hit.definite:
            # وتناولت المباحثات …: a definite mention in a later sentence is, in news, the
            # article's main event of that type: its first dated mention
            earlier = [
                e for e in events[:k]
                if e.hit.type == hit.type and ctx.sentence[e.hit.first] < ctx.sentence[hit.first]
            ]  # fmt: skip
            if _inherit(ev, earlier):
                continue
        first_of_type = all(e.hit.type != hit.type for e in events[:k])
        held = hit.tense == "past" or "held" in ev.cues
        announced = any(label in ev.cues for label in _ANNOUNCED)
        if (
            lead is not None
            and first_of_type
            and held
            and not announced
            and ctx.sentence[hit.first]
        ):
            ev.date = lead


_ANNOUNCED = ("cancelled", "postponed", "ongoing", "planned")


def _inherit(ev: _Event, candidates: Iterable[_Event]) -> bool:
    """Take the date (and the place, if it has none) of the first dated candidate."""
    for earlier in candidates:
        if earlier.date is not None:
            ev.date = earlier.date
            if ev.place is None:
                ev.place = earlier.place
            return True
    return False


def _lead_date(ctx: cx.Context, found: list[Match]) -> int | None:
    """The date of the lead sentence: its only date, when that is a day."""
    in_lead = [k for k, m in enumerate(found) if ctx.sentence[m.first] == 0]
    if len(in_lead) != 1:
        return None
    value = found[in_lead[0]].value
    if value is None or value.grain.value != "day":
        return None
    return in_lead[0]


# --- places -----------------------------------------------------------------------


def _link_places(ctx: cx.Context, events: list[_Event], places: list[PlaceHit]) -> None:
    for pi, p in enumerate(places):
        best = _closest(events, partial(_place_distance, ctx, p))
        if best is None:
            continue
        ev = events[best[0]]
        if best[1] < ev.place_distance:
            ev.place, ev.place_distance = pi, best[1]


def _place_distance(ctx: cx.Context, p: PlaceHit, ev: _Event) -> int | None:
    hit = ev.hit
    if not _can_host(hit, p):
        return None
    d = ctx.distance((hit.first, hit.end), (p.first, p.end))
    if d is not None and p.role == "" and p.first == hit.end:
        d += _NAME_PENALTY
    return d


def _can_host(hit: Hit, p: PlaceHit) -> bool:
    if p.role in ("prep", "host", "noun"):
        return True
    if hit.pos == "noun" and p.first == hit.end:
        return True  # the place in the event's name: منتدى سان بطرسبورغ، قمة الرياض
    if hit.type != "visit":
        return False
    if p.role == "visit":
        return True
    # the object of a visit verb: زار وزير الخارجية الكويتي القاهرة
    return hit.pos == "verb" and 0 <= p.first - hit.end <= _VISIT_OBJECT_REACH


# --- participants -----------------------------------------------------------------


def _participants(
    ctx: cx.Context,
    norm: Normalized,
    hit: Hit,
    stops: frozenset[int],
) -> tuple[Span, ...]:
    """Who takes part: the subject of اجتمع/التقى, and the phrases after بمشاركة، بحضور،
    برئاسة، بين، مع in the trigger's clause.

    Kept short on purpose: a phrase stops at punctuation, a stop word (في، حول …), a
    date, a place or a prepositional phrase (بالرباط); a verb's subject is its first
    noun and the definite words that follow it (وزير الخارجية الأردني).
    """
    t = ctx.tokens
    out: list[Span] = []

    def ends(k: int) -> bool:
        key = t[k].key
        return (
            not key[:1].isalnum()
            or key in cx.PARTICIPANT_STOPS
            or k in stops
            or key.startswith("بال")
        )

    j = hit.end
    if hit.pos == "verb" and hit.type == "meeting" and j < len(t) and not ends(j):
        end = j + 1  # the subject: a noun, then its definite complements and adjectives
        while end < len(t) and end - j < _SUBJECT_MAX and not ends(end):
            if not t[end].key.startswith(("ال", "لل")):
                break
            end += 1
        out.append(_span(norm, t, j, end))
        j = end
    limit = min(len(t), hit.end + _PARTICIPANT_REACH)
    while j < limit:
        if not t[j].key[:1].isalnum() and t[j].key not in ("(",):
            break
        n = ctx.phrase_at(cx.PARTICIPANT_CUES, j)
        if n:
            start = end = j + n
            while end < len(t) and end - start < _PARTICIPANT_MAX and not ends(end):
                end += 1
            if end > start:
                out.append(_span(norm, t, start, end))
            j = end
            continue
        j += 1
    return tuple(out)


def find_events(
    text: str, reference: dt.date | dt.datetime | str | None = None
) -> list[EventMention]:
    """Every event the text reports, in text order.

    Each :class:`EventMention` has the trigger word as written (clitics
    included), its type, its status, the date it happens on (one of
    :func:`find_dates`' mentions of the same text) and its place. ``reference``
    is the publication date, as for :func:`find_dates`. A non-``str`` text
    raises :class:`TypeError`.

    >>> ev = find_events("انعقد في 12 يوليوز 2018 بالرباط الاجتماع الوزاري", "2018-11-15")[0]
    >>> ev.trigger, ev.type.value, ev.status.value, ev.date.text, ev.place.text
    ('الاجتماع', 'meeting', 'held', '12 يوليوز 2018', 'الرباط')
    >>> [e.status.value for e in find_events("ألغي الاجتماع الذي كان مقررا غدا", "2019-01-01")]
    ['cancelled']
    >>> find_events("قصر المؤتمرات بالرباط")
    []
    """
    text = check_text(text, "find_events")
    return analyze(text, coerce_reference(reference)).events
