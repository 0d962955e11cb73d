"""Find the events a text reports: trigger, type, status, date, place, participants.

The steps, each a small function below:

1. triggers (``triggers.py``) and places (``places.py``) over the tokens the
   date grammar already made, and the dates themselves;
2. every status cue and date goes to the trigger nearest to it in its sentence
   (``context.py`` says how near), so two events in one sentence keep their own;
   only the triggers around it are weighed (``_Nearby``), so the cost stays
   linear in the length of the text, however many triggers a sentence has;
3. an event with no date of its own borrows one: a verb joined by و to the event
   before it, an event referred back to (هذا الاجتماع), or the first held event of
   an article from the date of its lead sentence;
4. the status comes from the strongest cue (cancelled, postponed, ongoing,
   planned), else from the linked date against the reference, else from weaker
   cues and the verb's tense.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from heapq import heappop, heappush

from ..dates.finder import check_text, coerce_reference, matches, mention_from_match
from ..dates.grammar import Match, Prefound
from ..lexical import (
    Category,
    Token,
    key,
    lam_article,
    readings,
    tokenize_with_keys,
    unclitic,
)
from ..lexicon import event_cues as cues
from ..lexicon.clitics import ARTICLE, COMMON_CLITICS, CONJUNCTIONS, PREPOSITIONS
from ..normalize import Normalized, normalize_map
from ..times import durations, lone_times, with_durations
from ..types import DateMention, DurationMention, EventMention, EventStatus, EventType, Place, Span
from . import context as cx
from .actors import cue_countries, index_cues, resolve_participants
from .places import PlaceHit, PlaceResolver, find_places
from .scan import scan
from .triggers import Hit, cue_starts, find_triggers, surface_forms

# value -> member, as EventType(value) gives, without the enum's call machinery
_EVENT_TYPES = {t.value: t for t in EventType}
_STATUSES = {s.value: s for s in EventStatus}
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
_FUTURE_REACH = 8  # tokens from a trigger to a future verb that is its cue
_END_BOUND_PENALTY = 10  # a date after حتى / لغاية ends the event
_REPORT_REACH = 25  # tokens from a reporting verb back from the date it dates
_FRAME_REACH = 25  # tokens from a meeting verb to the في + noun that names it
_TARGET_FILLERS = frozenset({"يوم", "يومي", "غايه", "تاريخ", key("الأسبوع")})
_LONGEST_EVENT_DAYS = 366  # a date spanning more days frames a period, not an event
_THAT_REACH = 3  # tokens from a trigger to the أن that opens a statement's content
_STATEMENT_REACH = 4  # tokens from a reporting verb to the خلال / في before an event
_RELATIVE_CLAUSE_REACH = 10  # tokens of a relative clause read for its verbs
_NAME_QUOTES = frozenset(key(w) for w in cues.NAME_QUOTES)
_PERIOD_GRAINS = frozenset({"year", "decade"})
_OUTCOME_HEADS = frozenset(key(w) for w in cues.OUTCOME_HEADS)
_PERIOD_HEADS = frozenset(c + key(w) for w in cues.PERIOD_HEADS for c in ("", "و", "ب", "ل"))
_PROCEEDINGS = tuple(key(w) for w in cues.PROCEEDINGS_WORDS)
_OPENED_WITH_REACH = 5  # tokens from فعالياته to the event behind ب that closes them
_NAME_WORDS = 4  # tokens of an event's name before its proceedings (المعرض الجهوي للكتاب)
_CLOSING_VERBS = frozenset(key(w) for w in cues.CLOSING_VERBS)
_CLOSED_BREAKS = frozenset(key(w) for w in cues.CLOSED_SITTING_BREAKS)
_CLOSED_REACH = 8  # tokens from ورفع to the sitting it closes
_OCCASION_WORDS = frozenset(key(w) for w in cues.OCCASION_WORDS)
_HOLDING_CLAUSE_REACH = 25  # tokens from …، الذي تنظمه to a date the clause binds
_SETTING_WORDS = frozenset(c + key(w) for w in cues.SETTING_WORDS for c in ("", "و"))
_SETTING_PARTS = frozenset(key(w) for w in cues.SETTING_PARTS)
_SETTING_VERBS = frozenset(key(w) for w in cues.SETTING_VERBS)
_PERIOD_REACH = 20  # tokens from a trigger to a bare year that can date it


@dataclass(slots=True)
class _Event:
    """An event while it is being built."""

    hit: Hit
    complement: bool = False  # _complement_of_other, read by several rules: found once
    cues: dict[str, int] = field(default_factory=dict)  # label -> distance of its nearest cue
    date: int | None = None  # index into the dates
    date_distance: int = 10**9
    place: int | None = None
    place_distance: int = 10**9
    habitual: bool = False
    sitting: _Event | None = None  # a dated sitting of this session (_sitting_of)
    topic: bool = False  # _topic_of_previous
    until: int | None = None  # a date joined to the event's date by و (اليوم وغدا)
    to_come: bool = False  # a demonstrative for an undated event to come (_announced_after)


@dataclass(slots=True)
class Analysis:
    """Dates and events of one text, before they become public objects."""

    dates: list[DateMention]
    events: list[EventMention]
    times: list[DateMention] = field(default_factory=list)  # lone times (times.py)
    durations: list[DurationMention] = field(default_factory=list)


def analyze(text: str, reference: dt.date) -> Analysis:
    """Dates and events of ``text`` in one pass over its tokens."""
    norm = normalize_map(text)
    tokens, keys = tokenize_with_keys(norm.text)
    # the prefilters' tokens, date anchors included, one table lookup each (None: the
    # prefilters are off); the dates are then those ``dates.finder.matches`` reads
    starts = scan(tokens, keys)
    if starts is None:
        parser, found = matches(norm, reference, tokens)
    else:
        prefound = Prefound(starts.keys, starts.time_words, starts.unit_words)
        parser, found = matches(norm, reference, tokens, starts.dates, prefound)
    dates = [mention_from_match(norm, tokens, m) for m in found]
    # --- lone times and durations (times.py) ---
    times, lengths = lone_times(norm, parser, found), durations(norm, parser, found)
    hits = (
        find_triggers(tokens)
        if starts is None
        else find_triggers(tokens, starts.triggers, starts.keys)
    )
    if not hits:
        return Analysis(dates, [], times, lengths)
    if starts is None:
        ctx = cx.Context(norm.text, tokens)
    else:
        ctx = cx.Context(norm.text, tokens, starts.marks, starts.keys)
        index_cues(ctx, starts.participant_cues)
    events = [_Event(h, _complement_of_other(ctx, h)) for h in hits]
    _topic_of_previous(ctx, events)
    nearby = _Nearby(events, range(len(events)))
    cue_at = _cue_hits(ctx, _in_trigger_sentences(ctx, events, starts.cues if starts else None))
    _assign_cues(ctx, events, nearby, cue_at)
    _future_verbs(ctx, events, nearby)
    chains = _relative_clause_cues(ctx, events, nearby, cue_at)
    _statement_settings(ctx, events)
    _opening_settings(ctx, events)
    _closed_sittings(ctx, events)
    _clause_cues(ctx, events, cue_at)
    _agenda_items(ctx, events)
    _periodic_singulars(ctx, events)
    _link_dates(ctx, events, found, nearby, cue_at, reference)
    _share_chains(events, chains)
    _listed_parts(ctx, events, found)
    places = (
        find_places(tokens) if starts is None else find_places(tokens, starts.places, starts.venues)
    )
    _link_places(ctx, events, places, nearby)
    _borrow_dates(ctx, events, found)
    _share_frames(ctx, events, found)
    _moved_to_later_mention(ctx, events, found)
    out = []
    # participant phrases stop at a place or a date
    stop_set = {p.first for p in places}
    for m in found:  # each date's tokens added as a range, not one by one by a generator
        stop_set.update(range(m.first, m.end))
    stops = frozenset(stop_set)
    resolver = PlaceResolver(norm.text, tokens, places)
    place_spans: dict[int, Place] = {}  # events that share a place share its span
    for ev in events:
        date = dates[ev.date] if ev.date is not None else None
        place = None
        if ev.place is not None:
            place = place_spans.get(ev.place)
            if place is None:
                place = place_spans[ev.place] = _place_span(norm, tokens, resolver, ev.place)
        trigger_text, trigger_start, trigger_end = _text_span(
            norm, tokens, ev.hit.first, ev.hit.end
        )
        spans = _participants(ctx, norm, ev.hit, stops) + tuple(
            cue_countries(ctx, norm, ev.hit.end, _PARTICIPANT_REACH)
        )
        out.append(
            EventMention(
                trigger=trigger_text,
                start=trigger_start,
                end=trigger_end,
                type=_EVENT_TYPES[ev.hit.type],
                status=_status(
                    ev, date, reference, dates[ev.until] if ev.until is not None else None
                )
                if ev.sitting is None or ev.sitting.date is None
                else _sitting_status(ev, dates[ev.sitting.date], reference),
                date=date,
                place=place,
                # (many events name no participant: nothing to resolve)
                participants=resolve_participants(spans, text) if spans else (),
            )
        )
    out = with_durations(text, out, lengths)  # an event's duration (times.py)
    return Analysis(dates, out, times, lengths)


def _span(norm: Normalized, tokens: list[Token], first: int, end: int, clitic: int = 0) -> Span:
    return Span(*_text_span(norm, tokens, first, end, clitic))


def _text_span(
    norm: Normalized, tokens: list[Token], first: int, end: int, clitic: int = 0
) -> tuple[str, int, int]:
    """The original text of tokens ``first``..``end`` and its offsets (a trigger's fields)."""
    s, e = norm.original_span(tokens[first].start + clitic, tokens[end - 1].end)
    text = norm.original[s:e].rstrip()
    return text, s, s + len(text)


def _place_span(norm: Normalized, tokens: list[Token], places: PlaceResolver, i: int) -> Place:
    p = places.places[i]
    return places.place(i, *_text_span(norm, tokens, p.first, p.end, p.clitic))


# --- status cues ----------------------------------------------------------------


_CueHits = dict[int, Sequence[tuple[int, str]]]
# key -> its cues, for the keys whose cue phrases (bare or behind و/ف) are all one
# word long: what labelled_phrases_at gives them does not depend on the next words
_ONE_WORD_CUES: dict[str, tuple[tuple[int, str], ...]] = {}


def _one_word_cues_only(k: str) -> bool:
    forms = {k, unclitic(k, CONJUNCTIONS, 3)}
    return all(len(keys) == 1 for form in forms for keys, _ in cx.CUE_INDEX.get(form, ()))


def _cue_hits(ctx: cx.Context, starts: Iterable[int] | None = None) -> _CueHits:
    """Token -> (length, label) of the status or habitual cues starting there, for every
    token where one does, in text order.

    Read once per text; the rules that ask whether a cue starts at a token look here.
    ``cue_starts`` keeps every token a cue phrase can start at, so a token missing here
    has no cue (``labelled_phrases_at`` would give it nothing)."""
    out: _CueHits = {}
    keys = ctx.keys
    for i in cue_starts(ctx.tokens) if starts is None else starts:
        found = _ONE_WORD_CUES.get(keys[i])
        if found is None:
            found = tuple(ctx.labelled_phrases_at(cx.CUE_INDEX, i))
            if found and _one_word_cues_only(keys[i]):  # (kept for cue words only)
                _ONE_WORD_CUES[keys[i]] = found
        if found:
            out[i] = found
    return out


def _trigger_sentences(ctx: cx.Context, events: list[_Event]) -> set[int]:
    """The sentences with a trigger: the only ones where a cue, date or place can be
    weighed against one (``Context.distance`` spans one sentence)."""
    return {ctx.sentence[ev.hit.first] for ev in events}


def _in_trigger_sentences(
    ctx: cx.Context, events: list[_Event], positions: list[int] | None
) -> list[int] | None:
    """The positions whose token, or a token next to it, is in a sentence with a trigger.

    A status cue is weighed against triggers of its sentence only (and the rules that
    look one token on may cross into the next sentence): cues elsewhere in the text,
    most of an article's, need not be read at all. ``None`` stays ``None`` (every token)."""
    if positions is None:
        return None
    sentence = ctx.sentence
    last = len(sentence) - 1
    with_triggers = _trigger_sentences(ctx, events)
    return [
        i
        for i in positions
        if sentence[i] in with_triggers
        or (i > 0 and sentence[i - 1] in with_triggers)
        or (i < last and sentence[i + 1] in with_triggers)
    ]


class _Nearby:
    """Events in text order, found by token position.

    ``find_triggers`` gives triggers in text order that never overlap, so their
    first and end tokens are both sorted and a bisection finds the few events
    around an item. Should that ever not hold, every event is weighed (slower, but
    the same result).
    """

    def __init__(
        self, events: list[_Event], indices: Sequence[int], within_ordered: bool = False
    ) -> None:
        """``within_ordered``: ``indices`` pick from events known to be ordered (a
        ``_Nearby`` of them is), so these are too and need no check."""
        self.indices = indices  # positions in ``events``, ascending
        self.firsts = [events[k].hit.first for k in indices]
        self.ends = [events[k].hit.end for k in indices]
        self.ordered = within_ordered or all(
            e <= f for e, f in zip(self.ends, self.firsts[1:], strict=False)
        )

    def around(self, first: int, end: int, before: int, after: int) -> Sequence[int]:
        """Events near tokens ``first``..``end``, in text order.

        These are the events that end at most ``before`` tokens before the item,
        that start at most ``after`` tokens after it or overlap it, and the
        nearest event on each side wherever it is. A distance that grows with the
        gap (``Context.distance``) is smallest on one of them, so weighing these
        alone gives the same nearest event as weighing every event of the text.
        """
        if not self.ordered:
            return self.indices
        lo = bisect_left(self.ends, first - before)
        nearest_before = bisect_right(self.ends, first) - 1
        if 0 <= nearest_before < lo:
            lo = nearest_before
        hi = bisect_right(self.firsts, end + after)
        nearest_after = bisect_left(self.firsts, end)
        if hi <= nearest_after < len(self.firsts):
            hi = nearest_after + 1
        return self.indices[lo:hi]

    def any_within(self, first: int, end: int, reach: int) -> bool:
        """Some event ends at most ``reach`` tokens before tokens ``first``..``end``,
        starts at most ``reach`` tokens after them, or overlaps them."""
        if not self.ordered:
            return True
        lo = bisect_left(self.ends, first - reach)
        return lo < len(self.firsts) and self.firsts[lo] <= end + reach

    def next_from(self, i: int) -> Sequence[int]:
        """The first event that starts at or after token ``i`` (none, or one)."""
        if not self.ordered:
            return self.indices
        k = bisect_left(self.firsts, i)
        return self.indices[k : k + 1]

    def first_before(self, i: int, holds: Callable[[int], bool]) -> Sequence[int]:
        """The first event ending at or before token ``i`` for which ``holds`` is true.

        ``holds`` must be true of a suffix of these events (false far from ``i``,
        true near it), so a bisection finds where it starts.
        """
        if not self.ordered:
            return self.indices
        lo, hi = 0, bisect_right(self.ends, i)
        end = hi
        while lo < hi:
            mid = (lo + hi) // 2
            if holds(self.indices[mid]):
                hi = mid
            else:
                lo = mid + 1
        return self.indices[lo : lo + 1] if lo < end else ()

    def covers(self, i: int) -> bool:
        """Token ``i`` is part of a trigger."""
        if not self.ordered:
            return any(f <= i < e for f, e in zip(self.firsts, self.ends, strict=True))
        k = bisect_right(self.firsts, i) - 1
        return k >= 0 and i < self.ends[k]

    def starts_in(self, lo: int, hi: int) -> bool:
        """Some event starts at a token in [lo, hi)."""
        if not self.ordered:
            return any(lo <= f < hi for f in self.firsts)
        k = bisect_left(self.firsts, lo)
        return k < len(self.firsts) and self.firsts[k] < hi


def _closest_cue(
    ctx: cx.Context, events: list[_Event], candidates: Iterable[int], first: int, end: int
) -> tuple[int, int] | None:
    """(index, distance) of the candidate event nearest to a cue at tokens ``first``..``end``
    (None: out of reach); of two at the same distance the first in text order wins.

    A cue is weighed against a few triggers, and this runs for every cue of the text."""
    best: tuple[int, int] | None = None
    item = (first, end)
    for k in candidates:
        hit = events[k].hit
        # a cue before a trigger is as near as one after it (من المقرر أن يعقد اجتماع)
        d = ctx.distance((hit.first, hit.end), item, before_penalty=0)
        if d is not None and (best is None or d < best[1]):
            best = (k, d)
    return best


def _assign_cues(ctx: cx.Context, events: list[_Event], nearby: _Nearby, cue_at: _CueHits) -> None:
    for first, got in cue_at.items():
        if nearby.covers(first):
            continue  # the trigger word itself is not a cue
        for n, label in got:
            end = first + n
            # a cue further than _CUE_REACH tokens from a trigger is further by distance too
            if not nearby.any_within(first, end, _CUE_REACH):
                continue
            near = nearby.around(first, end, _CUE_REACH, _CUE_REACH)
            closest = _closest_cue(ctx, events, near, first, end)
            if closest is None or closest[1] > _CUE_REACH:
                continue
            ev = events[closest[0]]
            if label == "habitual":
                reach = _HABITUAL_REACH_VERB if ev.hit.pos == "verb" else _HABITUAL_REACH_NOUN
                ev.habitual = ev.habitual or 0 <= first - ev.hit.end <= reach
            elif (
                label in ("postponed", "cancelled")
                and first < ev.hit.first
                and _target(ctx, ev.hit)
            ):
                # تأجيل البحث إلى الجلسة المقبلة: the session is where it goes, not what moves
                continue
            elif not _cancelled_by_context(ctx, first):
                ev.cues[label] = min(closest[1], ev.cues.get(label, closest[1]))
    for ev in events:  # a verb trigger is its own cue
        if ev.hit.pos == "verb":
            ev.cues[{"past": "held", "future": "planned"}.get(ev.hit.tense, "planned_weak")] = 0


_TENSE_LABELS = ("held", "planned", "planned_weak", "ongoing", "opening")
_TENSE_LABEL_SET = frozenset(_TENSE_LABELS)


def _told(ev: _Event) -> bool:
    """The event has a cue of tense or status (one of ``_TENSE_LABELS``)."""
    return not _TENSE_LABEL_SET.isdisjoint(ev.cues)


def _clause_cues(ctx: cx.Context, events: list[_Event], cue_at: _CueHits) -> None:
    """يشرف الرئيس، مساء اليوم …، على اجتماع: an event with no status cue in reach takes
    the first one its sentence opens with before it, however far (the main verb)."""
    opening: dict[int, tuple[int, list[str]]] = {}  # sentence -> its first cue
    wanted = {ctx.sentence[ev.hit.first] for ev in events if ev.hit.lasting or not _told(ev)}
    for i, got in cue_at.items():  # the tokens with a cue, in text order
        sentence = ctx.sentence[i]
        if sentence in wanted and sentence not in opening:
            opening[sentence] = (i, [label for _, label in got])
    for ev in events:
        told = _told(ev)
        if told and not ev.hit.lasting:
            continue
        at, labels = opening.get(ctx.sentence[ev.hit.first], (ev.hit.first, []))
        if at >= ev.hit.first:
            continue
        for label in labels:
            # a lasting event opened by the sentence's main verb (بدأ البرلمان، …، أعماله
            # بدورة) is under way even with other cues nearer
            if label in _TENSE_LABELS and (not told or label == "opening"):
                ev.cues.setdefault(label, _CUE_REACH + 1)


def _future_verbs(ctx: cx.Context, events: list[_Event], nearby: _Nearby) -> None:
    """سنعمل خلال المؤتمر، اللقاء الذي سيتوج …، وستتواصل الأشغال بجلسة: a verb with the
    future prefix near a trigger (not in the cue lists) is a `planned` cue."""
    t, keys = ctx.tokens, ctx.keys
    sentence = ctx.sentence
    for ev in events:
        if "planned" in ev.cues:
            continue
        first, end = ev.hit.first, ev.hit.end
        own = sentence[first]
        # the words on either side of the trigger, in text order
        around = (
            *range(max(0, first - _FUTURE_REACH), first),
            *range(end, min(len(t), end + _FUTURE_REACH)),
        )
        for j in around:
            # _future_form needs س first, or second after و/ف: cheap tests first (on the
            # key, which differs from the word only in a final ة); most words have no س
            k = keys[j]
            if "س" not in k or "س" not in k[:2] or sentence[j] != own:
                continue
            if _future_form(t[j].word) and _same_clause(ctx, nearby, ev, j):
                ev.cues["planned"] = abs(j - ev.hit.first)
                break


def _agenda_items(ctx: cx.Context, events: list[_Event]) -> None:
    """نشرت الدائرة جدول أعمال الجلسة الثانية: an agenda is drawn up before its sitting,
    so an event it heads, with no status cue of its own, is told as to come (a
    linked past date still makes it held). Outcomes come after their event
    (لمتابعة مخرجات مؤتمر برلين، توصيات الندوة): an event they head was held."""
    for ev in events:
        if not ev.complement or _told(ev):
            continue
        j = ev.hit.first - 1
        while j >= 0 and ctx.keys[j] in cx.FRAME_FILLERS:
            j -= 1
        if j >= 0 and ctx.keys[j] in cx.AGENDA_HEADS:
            ev.cues["planned_weak"] = ev.hit.first - j
        elif j >= 0 and ctx.keys[j] in _OUTCOME_HEADS:
            ev.cues["held"] = ev.hit.first - j


def _statement_settings(ctx: cx.Context, events: list[_Event]) -> None:
    """قالت الوزيرة خلال ندوة صحفية، أكد في كلمة خلال الملتقى: an event noun after خلال / في
    that a past reporting verb right before it governs is where the statement was
    made: held, whatever tense the statement's own verbs have."""
    for ev in events:
        hit = ev.hit
        if hit.pos != "noun":
            continue
        j = hit.first - 1
        while j >= 0 and ctx.keys[j] in cx.FRAME_FILLERS:
            j -= 1
        if j < 1 or ctx.keys[j] not in cx.STATEMENT_FRAMES:
            continue
        lo = max(0, j - _STATEMENT_REACH)
        verb = ctx.next_of(cx.PAST_REPORTING, lo)
        if verb < j and ctx.sentence[verb] == ctx.sentence[hit.first]:
            # the tense cues after it are the statement's (… أنه سيتم رفع الحجر)
            for label in _TENSE_LABELS:
                ev.cues.pop(label, None)
            ev.cues["held"] = hit.first - verb


def _opening_settings(ctx: cx.Context, events: list[_Event]) -> None:
    """في بداية الجلسة هنأ المجلس …، وخلال الاجتماع، نوه الوزير …: an event noun after
    خلال / أثناء, or في بداية / مستهل / ختام …, right before a past verb of statement
    or decision is where that was said or decided: held, when nothing else tells its
    tense."""
    keys = ctx.keys
    n = len(keys)
    for ev in events:
        hit = ev.hit
        if hit.pos != "noun" or hit.first < 1 or _told(ev):
            continue
        before = keys[hit.first - 1]
        if before not in _SETTING_WORDS and not (
            before in _SETTING_PARTS
            and hit.first > 1
            and keys[hit.first - 2] in ("في", "فى", "وفي", "وفى")
        ):
            continue
        for j in range(hit.end, min(hit.end + 3, n)):
            if keys[j] in _SETTING_VERBS:
                ev.cues["held"] = j - hit.end + 1
                break


def _closed_sittings(ctx: cx.Context, events: list[_Event]) -> None:
    """ورفع رئيس مجلس الأمة … الجلسة الختامية: a sitting that a closing verb before it
    takes as its object was held, whatever other tense cues are near it (على أن يعود
    المجلس إلى الانعقاد في أكتوبر المقبل tells of the next sitting)."""
    keys = ctx.keys
    for ev in events:
        hit = ev.hit
        if hit.type != "session" or hit.pos != "noun" or hit.lasting:
            continue
        if keys[hit.first][:1] in ("ب", "ل"):
            continue  # بالجلسة، للجلسة: a preposition's object
        for j in range(hit.first - 1, max(-1, hit.first - 1 - _CLOSED_REACH), -1):
            k = keys[j]
            if k in _CLOSING_VERBS:
                for label in _TENSE_LABELS:  # (على أن يعود المجلس …: the next sitting's)
                    ev.cues.pop(label, None)
                ev.cues["held"] = hit.first - j
                break
            if not k[:1].isalnum() or k in _CLOSED_BREAKS:
                break


def _relative_clause_cues(
    ctx: cx.Context, events: list[_Event], nearby: _Nearby, cue_at: _CueHits
) -> list[list[int]]:
    """…، والتي بدأت اليوم وتستمر حتى …، الندوة التي سيحضرها …، المؤتمر …، الذي سينطلق:
    a relative clause whose verb is a status cue tells the tense of the event it
    describes, the nearest trigger before it with no status cue between them. Its
    cues (the verb's, and those of verbs joined to it by و up to the clause end) are
    the event's at distance 0, over the main verb's (يشارك المجلس في الجلسة التي
    بدأت اليوم). Events joined to that trigger (والاجتماعات، الدورة … لمؤتمر) are
    described by the clause too.

    Returns the chains of events each such clause describes, last event first, for
    ``_share_chains``. Relative words are few and found through ``Context.marked``."""
    n = len(ctx.tokens)
    chains: list[list[int]] = []
    cue_positions = sorted(cue_at)
    # the antecedent is in the relative word's sentence: none in a sentence with no trigger
    with_triggers = _trigger_sentences(ctx, events)
    for j in ctx.marked(cx.RELATIVE_FORMS):
        if j + 1 >= n:
            continue
        if ctx.sentence[j] not in with_triggers:
            continue
        labels = _clause_labels(ctx, cue_at, j + 1)
        if not labels:
            continue
        k = _antecedent(ctx, events, nearby, cue_positions, j)
        if k is None:
            continue
        chain = _conjuncts(ctx, events, cue_positions, k)
        for m in chain:
            ev = events[m]
            for label in labels:
                ev.cues[label] = 0
        chains.append(chain)
    return chains


def _clause_labels(ctx: cx.Context, cue_at: _CueHits, v: int) -> list[str]:
    """Tense labels of the verb at ``v`` (a cue, or a future form) and of the verbs
    after it joined by و, up to the end of the clause."""
    t = ctx.tokens
    first = cue_at.get(v)
    if first is None and not _future_form(t[v].word):
        return []
    labels = [label for _, label in first or () if label in _TENSE_LABEL_SET]
    if first is None:
        labels.append("planned")
    if not labels:
        return []
    sentence = ctx.sentence[v]
    for i in range(v + 1, min(len(t), v + _RELATIVE_CLAUSE_REACH)):
        if ctx.sentence[i] != sentence or t[i].key in cx.COMMAS:
            break
        if t[i].word[:1] == "و" and i in cue_at:
            labels.extend(label for _, label in cue_at[i] if label in _TENSE_LABEL_SET)
    return labels


def _antecedent(
    ctx: cx.Context, events: list[_Event], nearby: _Nearby, cue_positions: list[int], j: int
) -> int | None:
    """The noun trigger a relative word at ``j`` describes: the nearest one ending
    before it in its sentence, within cue reach, with no status cue between them."""
    k = _last_ending_by(events, nearby, j)
    if k is None:
        return None
    hit = events[k].hit
    if hit.pos != "noun" or ctx.sentence[hit.first] != ctx.sentence[j] or j - hit.end > _CUE_REACH:
        return None
    if _any_in(cue_positions, hit.end, j):
        return None
    # without a comma before it, a relative word after a preposition's object describes
    # that object (اجتماع مع ممثلي الشركات التي ستشارك …)
    if not _after_comma(ctx.tokens, j) and not cx.NOUN_PHRASE_BREAKS.isdisjoint(
        ctx.keys[hit.end : j]
    ):
        return None
    return k


def _last_ending_by(events: list[_Event], nearby: _Nearby, j: int) -> int | None:
    """The last event (in text order) that ends at or before token ``j``."""
    if not nearby.ordered:
        best = None
        for k in nearby.indices:
            if events[k].hit.end <= j and (
                best is None or events[k].hit.end > events[best].hit.end
            ):
                best = k
        return best
    i = bisect_right(nearby.ends, j) - 1
    return nearby.indices[i] if i >= 0 else None


def _conjuncts(
    ctx: cx.Context, events: list[_Event], cue_positions: list[int], k: int
) -> list[int]:
    """Event ``k`` and the events it is joined to before it: a trigger behind و joins
    the one before it when no status cue stands between them, a conference its دورة
    right before it (الدورة الخامسة لمؤتمر)."""
    chain = [k]
    while k > 0:
        hit, prev = events[k].hit, events[k - 1].hit
        if ctx.sentence[prev.first] != ctx.sentence[hit.first]:
            break
        joined = (
            ctx.tokens[hit.first].word[:1] == "و"
            and hit.first - prev.end <= _CUE_REACH
            and not _any_in(cue_positions, prev.end, hit.first)
        )
        edition = (
            hit.type == "conference"
            and prev.type == "session"
            and prev.lasting
            and hit.first - prev.end <= 3
        )
        if not (joined or edition):
            break
        k -= 1
        chain.append(k)
    return chain


def _listed_parts(ctx: cx.Context, events: list[_Event], found: list[Match]) -> None:
    """وتستمر فعاليات الملتقى من 14 إلى 18 …، وتشتمل على محاضرات وندوات ومعرض: undated
    events listed after an inclusion verb are parts of the dated lasting event before
    the verb in their sentence, and take its date (a date told in that sentence)."""
    host: _Event | None = None
    for ev in events:
        hit = ev.hit
        if ev.date is not None or hit.pos != "noun" or ev.habitual:
            host = ev if ev.date is not None and hit.lasting else host
            continue
        verb = ctx.next_of(cx.INCLUSION, max(0, hit.first - _CUE_REACH))
        if (
            host is None
            or host.date is None
            or not host.hit.end <= verb < hit.first
            or ctx.sentence[verb] != ctx.sentence[hit.first]
            or ctx.sentence[found[host.date].first] != ctx.sentence[hit.first]
        ):
            continue
        ev.date = host.date


def _share_chains(events: list[_Event], chains: list[list[int]]) -> None:
    """The events a relative clause describes share the date its first event got."""
    for chain in chains:
        date = events[chain[0]].date
        if date is None:
            continue
        for k in chain[1:]:
            ev = events[k]
            if ev.date is None and not ev.habitual:
                ev.date = date


def _same_clause(ctx: cx.Context, nearby: _Nearby, ev: _Event, j: int) -> bool:
    """No comma, relative word or other trigger between the trigger and token ``j``."""
    lo, hi = (ev.hit.end, j) if j >= ev.hit.end else (j + 1, ev.hit.first)
    t = ctx.tokens
    if any(t[i].key in cx.COMMAS or _relative(t[i].key) for i in range(lo, hi)):
        return False
    return not nearby.starts_in(lo, hi)  # the trigger itself starts outside [lo, hi)


@lru_cache(maxsize=4096)
def _future_form(word: str) -> bool:
    """سيعملون، ستتواصل، سنعمل، وسيحضرها: س and a person prefix before a verb stem
    (cached by word: asked of the words around every trigger, which news repeats)."""
    bare = unclitic(word, CONJUNCTIONS, 2)
    if bare[:1] == "س":
        word = bare
    rest = word[1:]
    return (
        word[:1] == "س"
        and rest[:1] in ("ي", "ت", "ن")
        and len(rest) >= 4
        and not word.endswith("ة")  # سيادة، سيطرة
        and not word.startswith(("سياس", "سياح"))  # سياسات، سياحيون
        and word not in cx.NOT_FUTURE
    )


def _periodic_singulars(ctx: cx.Context, events: list[_Event]) -> None:
    """عقدت اجتماعها الدوري، يترأس اليوم اجتماعا دوريا: one sitting of a periodic meeting
    is a specific occurrence; only plurals (اجتماعات دورية) are habitual."""
    for ev in events:
        if not ev.habitual or ev.hit.pos != "noun" or _plural(ctx.keys[ev.hit.first]):
            continue
        nxt = ctx.keys[ev.hit.end] if ev.hit.end < len(ctx.tokens) else ""
        if nxt in cx.PERIODIC:
            ev.habitual = False


def _plural(word: str) -> bool:
    return any(word.endswith("ات" + p) for p in ("", "ه", "ها", "هم", "هما", "نا", "كم"))


def _target(ctx: cx.Context, hit: Hit) -> bool:
    """The trigger follows إلى/حتى: the destination of a postponement."""
    return hit.first > 0 and ctx.keys[hit.first - 1] in cx.TARGET_WORDS


def _cancelled_by_context(ctx: cx.Context, i: int) -> bool:
    """A cue word in a fixed phrase that means something else (من أجل: "for")."""
    before = cx.NOT_CUE_AFTER.get(ctx.keys[i])
    return before is not None and i > 0 and ctx.keys[i - 1] in before


def _status(
    ev: _Event, date: DateMention | None, reference: dt.date, until: DateMention | None = None
) -> EventStatus:
    """``until``: a date joined to ``date`` by و (اليوم وغدا), the end of the event."""
    if ev.habitual:
        return EventStatus.UNKNOWN
    # cancelled and postponed outrank the rest (تأجيل الاجتماع الذي كان مقررا …);
    # between ongoing and planned, the nearer cue wins.
    groups: tuple[tuple[str, ...], ...] = (("cancelled", "postponed"), ("ongoing", "planned"))
    for group in groups:
        if "ongoing" in group and _under_way(ev, date, reference):
            return EventStatus.ONGOING
        present = [label for label in group if label in ev.cues]
        if present:
            status = _STATUSES[min(present, key=lambda label: ev.cues[label])]
            if status is EventStatus.ONGOING and date is not None and date.value.start > reference:
                return EventStatus.PLANNED  # تنطلق غدا … التي تتواصل إلى …: not yet under way
            return status
    if date is not None:
        if _spans(date, reference) or (
            until is not None
            and date.value.start <= reference <= until.value.end
            and date.value.start < until.value.end
        ):
            # القمة من 25 إلى 27 شتنبر, published on the 26th; تنعقد اليوم وغدا
            return EventStatus.ONGOING
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


def _sitting_status(ev: _Event, date: DateMention, reference: dt.date) -> EventStatus:
    """A session (دورة) whose dated sitting is to come is to come; one whose sitting
    is today, or whose later sitting is past, is under way; one whose first sitting
    (the session's date) is past is held."""
    if date.value.start > reference:
        return EventStatus.PLANNED
    if date.value.end < reference and ev.date is not None:
        return EventStatus.HELD
    return EventStatus.ONGOING


def _first_sitting(ctx: cx.Context, sitting: _Event) -> bool:
    """الجلسة الأولى، جلسته الافتتاحية: the first sitting of its session."""
    end = sitting.hit.end
    return not cx.FIRST_SITTING.isdisjoint(ctx.keys[end : end + 2])


def _under_way(ev: _Event, date: DateMention | None, reference: dt.date) -> bool:
    """A lasting event that an opening word opened lately, or a visit told in the present
    (يزور، يقوم بزيارة), is ongoing: افتتح أمس الدورة، حل اليوم في زيارة، يزورون المنطقة."""
    hit = ev.hit
    if not hit.lasting or "planned" in ev.cues:
        return False
    if date is not None and (
        date.value.start > reference or (reference - date.value.end).days > cues.OPENING_DAYS
    ):
        return False
    if "opening" in ev.cues:
        return True
    return hit.type == "visit" and hit.pos == "verb" and hit.tense == "present"


def _spans(date: DateMention, reference: dt.date) -> bool:
    """A range of days (من 10 إلى 12 فيفري) that the reference falls in."""
    v = date.value
    return v.grain.value == "range" and v.start < v.end and v.start <= reference <= v.end


# --- dates ------------------------------------------------------------------------


def _linkable(ctx: cx.Context, m: Match, cue_at: _CueHits) -> bool:
    """A date says when something happens: a temporal word or a clause start before it."""
    i = m.first
    if _not_a_time_of(ctx, m):
        return False
    if m.relative or m.clitic or (m.value is not None and m.value.grain.value == "range"):
        return True
    if any(r.cat is Category.WEEKDAY for r in readings(ctx.tokens, i)):
        return True
    if i == 0 or ctx.keys[i] in cx.TEMPORAL:
        return True  # انطلقت اليوم الاثنين 20 أكتوبر: a deictic word opens the date
    prev = ctx.keys[i - 1]
    if i - 1 in cue_at:
        return True  # عقدت 12 يوليوز …: right after a status verb
    if ctx.tokens[i - 1].word in surface_forms():
        return True  # جلسة 24 ديسمبر: right after the event noun
    if (
        i > 1
        and ctx.keys[i - 2] in ("في", "فى")
        and prev[:1].isalpha()
        and m.value is not None
        and m.value.grain.value == "day"
    ):
        return True  # جرت في سوتشي 12 مايو: a day right after في and a place
    if prev == "من" and i > 1:
        prev = ctx.keys[i - 2]  # ابتداء من 20 ديسمبر، اعتبارا من …
    if not prev[:1].isalnum() or prev in cx.TEMPORAL:
        return True
    return unclitic(prev, COMMON_CLITICS, 2) in cx.TEMPORAL


def _says_no_time(m: Match, reference: dt.date) -> bool:
    """هذا العام، العام الجاري، خلال 2018-2019: a year that holds the reference, or a span of
    more than a year, frames a period; it does not say when a meeting is held."""
    v = m.value
    if v is None:
        return False
    if v.grain.value == "year" and v.start <= reference <= v.end:
        return True
    return (v.end - v.start).days > _LONGEST_EVENT_DAYS


def _not_a_time_of(ctx: cx.Context, m: Match) -> bool:
    """منذ عام 2011، الدورة العادية لشهر فبراير، برسم شهر ماي، المؤرخ في 16 أوت: a "since"
    phrase, a date naming a session's month or year, or a name (حركة «20 فبراير», its
    date quoted or not), the period of a report or budget (حصيلة السنة المنصرمة)
    or a document's date says when nothing happens."""
    if not m.first:
        return False
    prev = ctx.keys[m.first - 1]
    here = ctx.keys[m.first]
    if here in ("قبل", "بعد") and m.end < len(ctx.tokens) and ctx.keys[m.end] == "من":
        return True  # قبل يوم من انعقاد القمة: counted from another event
    if prev == "من" and m.first > 1 and ctx.keys[m.first - 2] in cx.INSTEAD:
        return True  # بدلا من الثلاثاء: the date given up
    if prev in cx.DOCUMENT_DATE or (
        prev in ("في", "فى", "بتاريخ") and m.first > 1 and ctx.keys[m.first - 2] in cx.DOCUMENT_DATE
    ):
        return True  # القانون المؤرخ في 16 أوت 2016، المرسوم (صدر في 11 آب): a document's date
    if prev in _PERIOD_HEADS:
        return True  # لعرض حصيلة السنة المنصرمة، ميزانية 2025: the period a report covers
    if prev in _NAME_QUOTES and m.first > 1 and ctx.keys[m.first - 2] in cx.NAMING_BEFORE:
        return True  # لقوى "14 آذار": a name word, then the quoted date of the name
    return prev in cx.SINCE or prev in cx.NAMING_BEFORE or here in cx.NAMING_BEFORE


def _bound(ctx: cx.Context, hit: Hit, m: Match, triggers: frozenset[int]) -> bool:
    """الاجتماع الذي انعقد في 12 يوليوز: a relative clause after the trigger binds the date.

    The relative word must follow this trigger with no other trigger between them.
    """
    keys = ctx.keys
    for j in range(hit.end, min(hit.end + _BINDER_REACH, m.first)):
        if j in triggers:
            return False
        k = keys[j]
        if k in cx.BINDERS:
            # (… السفير الذي سيزور الجنوب الشهر المقبل: a trigger in the clause has the date)
            return 0 <= m.first - j <= _BOUND_DATE_REACH and not any(
                i in triggers for i in range(j + 1, m.first)
            )
        if k in cx.COMMAS and j + 1 < m.first:
            return _holding_clause_binds(ctx, j + 1, m, triggers)
        if not k[:1].isalnum() or k in cx.NOUN_PHRASE_BREAKS:
            return False  # جلساته بعد الانتخابات التي جرت في نوفمبر: the clause is another noun's
    return False


def _holding_clause_binds(ctx: cx.Context, j: int, m: Match, triggers: frozenset[int]) -> bool:
    """للمعرض …، الذي تنظمه الوزارة ويفتتحه الأمير …، ابتداء من 14 فبراير: a relative
    clause after a comma that opens with a verb holding an event tells of the event
    before it; a date in it (no other trigger, no sentence end before the date) binds
    to that event, however long the clause's subject."""
    if ctx.keys[j] not in cx.RELATIVE_FORMS or not _holds(ctx, j):
        return False
    if m.first - j > _HOLDING_CLAUSE_REACH or ctx.sentence[j] != ctx.sentence[m.first]:
        return False
    return not any(k in triggers for k in range(j + 1, m.first))


def _reported(ctx: cx.Context, hit: Hit, m: Match) -> bool:
    """أعلن … أمس، أن …: the date dates the statement, not the event after أن."""
    if m.end > hit.first:
        return False
    # a reporting verb (bare or behind و/ف) within reach before the date, in its
    # sentence: sentence numbers never go down, so the sentence's tokens before the
    # date are those from its first token on, and the first such verb from there is
    # found by bisection
    opening = bisect_left(ctx.sentence, ctx.sentence[m.first])
    verb = ctx.next_of(cx.REPORTING_FORMS, max(0, m.first - _REPORT_REACH, opening)) < m.first
    # … أن الاجتماع، or a quotation: “سنعمل خلال المؤتمر …”
    return verb and ctx.next_of(cx.THAT_OR_QUOTE, m.end) < hit.first


def _in_report(ctx: cx.Context, hit: Hit, m: Match) -> bool:
    """قالت الوزيرة خلال ندوة صحفية أنه بداية من يوم الاثنين …: after a reporting verb,
    a date past أن after the trigger is the statement's content."""
    if m.first < hit.end:
        return False
    opening = bisect_left(ctx.sentence, ctx.sentence[hit.first])
    verb = ctx.next_of(cx.REPORTING_FORMS, max(0, hit.first - _REPORT_REACH, opening))
    if verb >= hit.first:
        return False
    # أن right after the trigger's phrase (not كان من المقرر أن in a relative clause)
    that = ctx.next_of(cx.THAT_WORDS, hit.end)
    return that < m.first and that - hit.end <= _THAT_REACH


def _across_clauses(ctx: cx.Context, hit: Hit, m: Match) -> bool:
    """A clause boundary (كما، على أن، قبيل، حيث …) between a trigger and a date, or a
    relative clause between them that describes another noun: the date belongs to
    another predicate (وصل اليوم … قبيل إطلاق محادثات، الصراع الذي دخل عامه السابع في
    مارس، المجلس الذي انتخب في تموز … بدورة).

    Reads positions indexed once per text, so each (date, trigger) pair costs a few
    binary searches, not a scan of the tokens between them."""
    ix = _clause_index(ctx)
    lo, hi = (hit.end, m.first) if m.first >= hit.end else (m.end, hit.first)
    if _any_in(ix.boundaries, lo, hi) or _any_in(ix.boundary_pairs, lo, hi - 1):
        return True
    if m.first >= hit.end:
        # …، الذي دخل …: a relative clause after a comma, whose verb does not hold an
        # event, describes the noun before it; so does one right after a preposition's
        # object (جلساته بعد الانتخابات التي جرت في نوفمبر)
        if _any_in(ix.comma_relatives, lo, hi):
            return True
        k = bisect_left(ix.other_nouns, lo)
        return k < len(ix.other_nouns) and _any_in(ix.plain_relatives, ix.other_nouns[k] + 1, hi)
    # the date sits in a relative clause before the trigger, closed by a comma:
    # المجلس الذي انتخب أعضاؤه في تموز، … بدورة
    return _any_in(ix.relatives, max(0, m.first - 6), m.first) and _any_in(ix.commas, lo, hi)


@dataclass(slots=True)
class _ClauseIndex:
    """Sorted token positions of the words clause rules look for, in one text."""

    boundaries: list[int]
    boundary_pairs: list[int]
    comma_relatives: list[int]  # …، الذي + a verb that holds no event
    plain_relatives: list[int]  # a relative word with no comma before it
    relatives: list[int]  # any relative word whose verb holds no event
    other_nouns: list[int]  # بعد، قبل، منذ …
    commas: list[int]


def _clause_index(ctx: cx.Context) -> _ClauseIndex:
    ix: _ClauseIndex | None = ctx.memo.get("clauses")
    if ix is not None:
        return ix
    t = ctx.tokens
    keys = ctx.keys
    boundaries: list[int] = []
    boundary_pairs: list[int] = []
    comma_relatives: list[int] = []
    plain_relatives: list[int] = []
    not_holding: list[int] = []
    other_nouns: list[int] = []
    commas: list[int] = []
    n = len(keys)
    # one pass over the clause words (all among Context.marks), each list filled in
    # text order as if it had read every token
    for j in ctx.marked(cx.CLAUSE_WORDS):
        k = keys[j]
        if k in cx.CLAUSE_BOUNDARIES:
            boundaries.append(j)
        if (
            k in cx.CLAUSE_PAIR_FIRSTS
            and j + 1 < n
            and (k, keys[j + 1]) in cx.CLAUSE_BOUNDARY_PAIRS
        ):
            boundary_pairs.append(j)
        if k in cx.RELATIVE_FORMS:
            comma = _after_comma(t, j)
            if not comma:
                plain_relatives.append(j)
            if not _holds(ctx, j):
                not_holding.append(j)
                if comma:
                    comma_relatives.append(j)
        if k in cx.OTHER_NOUN_BEFORE:
            other_nouns.append(j)
        if k in cx.COMMAS:
            commas.append(j)
    ix = _ClauseIndex(
        boundaries=boundaries,
        boundary_pairs=boundary_pairs,
        comma_relatives=comma_relatives,
        plain_relatives=plain_relatives,
        relatives=not_holding,
        other_nouns=other_nouns,
        commas=commas,
    )
    ctx.memo["clauses"] = ix
    return ix


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    """Some position in [lo, hi)."""
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] < hi


def _holds(ctx: cx.Context, binder: int) -> bool:
    """The relative clause opens with a status verb (الذي افتتح، التي عقدها، الذي سينطلق):
    it tells of an event, not of another noun."""
    keys = ctx.keys
    return any(map(_holding, keys[binder + 1 : binder + 3]))


@lru_cache(maxsize=8192)
def _holding(k: str) -> bool:
    """A verb that holds an event, bare or behind و/ف (asked of every relative word's
    next two words: cached by word)."""
    return k in cx.HOLDING or unclitic(k, CONJUNCTIONS, 2) in cx.HOLDING


def _relative(k: str) -> bool:
    return k in cx.RELATIVE_FORMS


def _after_comma(t: list[Token], j: int) -> bool:
    """The word at ``j`` follows a comma, or a comma and و (، و الذي)."""
    return j > 0 and (
        t[j - 1].key in cx.COMMAS or (j > 1 and t[j - 1].key == "و" and t[j - 2].key in cx.COMMAS)
    )


def _link_dates(
    ctx: cx.Context,
    events: list[_Event],
    found: list[Match],
    nearby: _Nearby,
    cue_at: _CueHits,
    reference: dt.date,
) -> None:
    """Each linkable date goes to the trigger it is nearest to (``_date_distance``).

    Only a few triggers can be nearest, whatever the length of the sentence. Before
    the date, the distance grows with the gap, and a trigger cut off by a clause
    boundary (``_across_clauses``) leaves every one further back cut off too, except
    those a relative clause binds (``_bound``, close to the date). After the date,
    the same holds of reported speech (``_reported``), while the complement of
    another head (``_other_head``) is skipped, so the first trigger after the date
    that is no such complement is the one to weigh. A postponed event takes a new
    date (after إلى) at distance 0 from wherever it is in the sentence: the first
    postponed trigger on each side that the date can reach is weighed too.
    """
    triggers = frozenset(ev.hit.first for ev in events)
    plain = [k for k, ev in enumerate(events) if not ev.complement]
    heads = _Nearby(events, plain, nearby.ordered)
    postponed = [k for k, ev in enumerate(events) if "postponed" in ev.cues]
    # (read only when there is a postponed event; most texts have none)
    postponed_before = postponed_after = heads
    if postponed:
        postponed_before = _Nearby(events, postponed, nearby.ordered)
        not_complements = set(plain)
        postponed_after = _Nearby(
            events, [k for k in postponed if k in not_complements], nearby.ordered
        )
    # a date in a sentence with no trigger is at no distance from any (Context.distance):
    # most dates of an article, skipped before the rules below are read
    sentence = ctx.sentence
    with_triggers = _trigger_sentences(ctx, events)
    for di, m in enumerate(found):
        if sentence[m.first] not in with_triggers:
            continue
        if not _linkable(ctx, m, cue_at) or _says_no_time(m, reference):
            continue
        near = {*nearby.around(m.first, m.end, _BINDER_REACH + _BOUND_DATE_REACH, 0)}
        near.update(heads.next_from(m.end))
        target = _after_target(ctx, m)
        if postponed and target:
            near.update(postponed_after.next_from(m.end))
            near.update(postponed_before.first_before(m.first, partial(_reaches, ctx, events, m)))
        # the nearest candidate (the first in text order of two as near), written out:
        # this runs for every date of a sentence with a trigger
        best: _Event | None = None
        best_distance = 0
        for k in sorted(near):
            ev = events[k]
            d = _date_distance(ctx, m, triggers, target, ev)
            if d is not None and (best is None or d < best_distance):
                best, best_distance = ev, d
        if best is not None and best_distance < best.date_distance:
            best.date, best.date_distance = di, best_distance
    for ev in events:
        if ev.habitual:
            ev.date = None
        elif ev.date is not None:
            ev.until = _joined_date(ctx, found, ev.date)


def _joined_date(ctx: cx.Context, found: list[Match], di: int) -> int | None:
    """اليوم وغدا: the date right after date ``di`` behind و, which ends the span."""
    if di + 1 >= len(found):
        return None
    nxt = found[di + 1]
    if nxt.first != found[di].end or ctx.keys[nxt.first][:1] != "و":
        return None
    return di + 1


def _reaches(ctx: cx.Context, events: list[_Event], m: Match, k: int) -> bool:
    """A trigger before the date is in its sentence and no clause boundary cuts it off."""
    hit = events[k].hit
    if ctx.sentence[hit.first] != ctx.sentence[m.first]:
        return False
    return not _across_clauses(ctx, hit, m)


def _date_distance(
    ctx: cx.Context, m: Match, triggers: frozenset[int], target: bool, ev: _Event
) -> int | None:
    """``target``: ``_after_target(ctx, m)``, the same for every trigger weighed."""
    distance = ctx.distance((ev.hit.first, ev.hit.end), (m.first, m.end))
    if distance is None:
        return None  # another sentence: no need to read the rules below
    if _reported(ctx, ev.hit, m) or _other_head(ev, m) or _in_report(ctx, ev.hit, m):
        return None
    bound = _bound(ctx, ev.hit, m, triggers)
    if ev.topic and m.first >= ev.hit.end and not bound:
        return None  # لقاء تعريفي بالمعرض في 17 محرم: the date is the meeting's
    if not bound and _across_clauses(ctx, ev.hit, m):
        return None
    if _far_period(ev.hit, m):
        return None
    if "postponed" in ev.cues:
        # أرجئ المؤتمر الذي كان مقررا في العشرين إلى الأسبوع الأول من نيسان: the new date
        if target:
            return 0
        if bound:
            return 1
    if target and m.first > ev.hit.end and _end_bound(ctx, m):
        # يستمر حتى 3 جمادى الآخرة: the end of the event, weaker than its start
        return distance + _END_BOUND_PENALTY
    if bound:
        return 0
    return distance


def _far_period(hit: Hit, m: Match) -> bool:
    """في مستهل الجلسة، أشاد المجلس … بتوافد ملايين الزوار … خلال عام 2023: a bare year
    (or decade) many words from the trigger frames the period of another predicate;
    a year that dates an event stands in its clause (القمة … التي احتضنتها الجزائر في
    2019)."""
    v = m.value
    if v is None or v.grain.value not in _PERIOD_GRAINS:
        return False
    gap = m.first - hit.end if m.first >= hit.end else hit.first - m.end
    return gap > _PERIOD_REACH


def _end_bound(ctx: cx.Context, m: Match) -> bool:
    return any(ctx.keys[j] in cx.END_BOUNDS for j in range(max(0, m.first - 2), m.first))


def _after_target(ctx: cx.Context, m: Match) -> bool:
    """The date follows إلى، حتى، لغاية، إلى غاية: an end or a new date, not a start."""
    j = m.first - 1
    if j > 0 and ctx.keys[j] in _TARGET_FILLERS:
        j -= 1  # إلى يوم 15 أبريل، إلى غاية …، إلى الأسبوع الأول من نيسان
    return j >= 0 and ctx.keys[j] in cx.TARGET_WORDS


def _other_head(ev: _Event, m: Match) -> bool:
    """تسلمت اليوم رئاسة القمة: a date before a trigger that is the complement of another
    noun (رئاسة، جدول أعمال، مخرجات …) dates that noun's act, not the event."""
    return m.end <= ev.hit.first and ev.complement


def _complement_of_other(ctx: cx.Context, hit: Hit) -> bool:
    """The trigger is the complement of رئاسة، جدول أعمال، مخرجات …"""
    j = hit.first - 1
    while j >= 0 and ctx.keys[j] in cx.FRAME_FILLERS:
        j -= 1
    return j >= 0 and ctx.keys[j] in cx.OTHER_HEADS


def _topic_of_previous(ctx: cx.Context, events: list[_Event]) -> None:
    """لقاء تعريفي بالمعرض، ندوة حول المؤتمر: an event noun behind ب, or after حول / عن,
    right after another trigger (and an adjective) is that event's topic: a date
    after it dates the other event."""
    keys = ctx.keys
    for k in range(1, len(events)):
        hit, prev = events[k].hit, events[k - 1].hit
        if hit.pos != "noun" or not 0 <= hit.first - prev.end <= 2:
            continue
        word = keys[hit.first]
        if (word[:1] == "ب" and word[1:3] == "ال") or keys[hit.first - 1] in cx.TOPIC_WORDS:
            events[k].topic = True


def _anaphoric(ctx: cx.Context, hit: Hit) -> bool:
    t = ctx.tokens
    before = t[hit.first - 1].key if hit.first else ""
    after = t[hit.end].key if hit.end < len(t) else ""
    return before in cx.ANAPHORA_BEFORE or after in cx.ANAPHORA_AFTER


def _borrow_dates(ctx: cx.Context, events: list[_Event], found: list[Match]) -> None:
    """Dates for events that have none in their sentence (see the module docs).

    One pass in text order: the events before the current one are final, so the
    types seen so far and the first dated event of each type are all it needs.
    """
    lead = _lead_date(ctx, found)
    seen: set[str] = set()  # types of the events before this one
    first_dated: dict[str, _Event] = {}  # type -> its first event with a date, so far
    last: dict[str, _Event] = {}  # type -> its last event, so far
    for k, ev in enumerate(events):
        if ev.date is None and not ev.habitual:
            _borrow(ctx, events, k, lead, seen, first_dated, last.get(ev.hit.type))
        seen.add(ev.hit.type)
        last[ev.hit.type] = ev
        if ev.date is not None:
            first_dated.setdefault(ev.hit.type, ev)


def _borrow(
    ctx: cx.Context,
    events: list[_Event],
    k: int,
    lead: int | None,
    seen: set[str],
    first_dated: dict[str, _Event],
    last: _Event | None = None,
) -> None:
    """``last``: the last event of the type before this one."""
    ev = events[k]
    hit = ev.hit
    prev = events[k - 1] if k else None
    word = ctx.keys[hit.first]
    if (
        prev is not None
        and hit.pos == "verb"
        and word[:1] == "و"
        and ctx.sentence[prev.hit.first] == ctx.sentence[hit.first]
        and prev.date is not None
    ):
        ev.date = prev.date  # زار … في 27 دجنبر، والتقى …
        return
    if (
        prev is not None
        and prev.date is not None
        and hit.pos == "noun"
        and word[:1] == "ب"
        and ctx.sentence[prev.hit.first] == ctx.sentence[hit.first]
        and _opened_with(ctx, prev.hit, hit)
    ):
        ev.date = prev.date  # ويختتم المعرض فعالياته اليوم بندوة: the closing event
        return
    if (
        prev is not None
        and prev.date is not None
        and _visiting_guest(ctx, hit)
        and ctx.sentence[prev.hit.first] == ctx.sentence[hit.first]
    ):
        ev.date = prev.date  # استقبل اليوم … الذين يزورون المنطقة: their visit is under way
        return
    earlier = first_dated.get(hit.type)
    if _anaphoric(ctx, hit):
        if last is not None and earlier is not None and _announced_after(last, earlier):
            # يزور اليوم رام الله … سيزور القدس … هذه الزيارة: the visit to come, undated
            ev.to_come = True
            _fill(ev, last)
            return
        # هذا الاجتماع: the article's main event, its first dated mention of the type
        _inherit(ev, earlier)
        return
    if (
        hit.definite
        and earlier is not None
        and ctx.sentence[earlier.hit.first] < ctx.sentence[hit.first]
    ):
        # وتناولت المباحثات …: a definite mention in a later sentence is, in news, the
        # article's main event of that type: its first dated mention (when that is in
        # this sentence, every later one is too, and none is in an earlier sentence)
        _inherit(ev, earlier)
        return
    first_of_type = hit.type not in seen
    held = hit.tense == "past" or "held" in ev.cues
    announced = any(label in ev.cues for label in _ANNOUNCED)
    if lead is not None and first_of_type and held and not announced and ctx.sentence[hit.first]:
        ev.date = lead


_ANNOUNCED = ("cancelled", "postponed", "ongoing", "planned")


def _visiting_guest(ctx: cx.Context, hit: Hit) -> bool:
    """الذي يزور، الذين يزورون: a visit told in the present in a relative clause, the
    guest's visit under way when the event before it in the sentence met them."""
    return (
        hit.type == "visit"
        and hit.pos == "verb"
        and hit.tense == "present"
        and hit.first > 0
        and ctx.keys[hit.first - 1] in cx.RELATIVE_FORMS
    )


def _opened_with(ctx: cx.Context, opened: Hit, hit: Hit) -> bool:
    """ويختتم المعرض فعالياته اليوم بندوة، افتتح المعرض الجهوي للكتاب فعالياته يوم الأحد
    بحفل: at most a few words (its name) after an event, its proceedings with a
    pronoun (فعالياته، أشغالها، أعماله), then at most a few words (their date) and the
    event behind ب that opens, continues or closes them, that day."""
    keys = ctx.keys
    for j in range(opened.end, min(opened.end + _NAME_WORDS, hit.first)):
        k = keys[j]
        if not k[:1].isalnum():
            return False
        if any(k.startswith(p) and len(k) > len(p) for p in _PROCEEDINGS):
            return hit.first - j <= _OPENED_WITH_REACH
    return False


def _announced_after(last: _Event, earlier: _Event) -> bool:
    """The last event of a type, undated and told as to come (سيزور، من المقرر أن), after
    a dated one that is not: another event, the one a demonstrative after it means."""
    return (
        last is not earlier
        and last.date is None
        and "planned" in last.cues
        and "planned" not in earlier.cues
    )


def _share_frames(ctx: cx.Context, events: list[_Event], found: list[Match]) -> None:
    """Mentions of one event share its date, place and status cues.

    - a noun after في right after a meeting verb is that meeting (اجتمع المجلس اليوم في
      جلسته العادية);
    - an event inside a host (على هامش القمة، خلال أشغال المنتدى) takes the host's date
      and place when it has none;
    - a definite or demonstrative mention with no date, and no dated mention of its type
      before it, is the dated one after it (الزيارة المذكورة … الزيارة المزمع إجراؤها يوم 12).

    One pass in text order; what each mention asks of the others is kept up to date
    in a ``_Mentions``, so no mention looks through every other one.
    """
    mentions = _Mentions(ctx, events)
    for k in range(len(events)):
        mentions.done(k, _share_frame(ctx, events, k, mentions, found))
    _same_event_cues(events)
    _one_phrase(ctx, events)


def _moved_to_later_mention(ctx: cx.Context, events: list[_Event], found: list[Match]) -> None:
    """تأجيل الندوة التي كان من المفترض أن تقام أمس …، حيث تقرر أن تقام هذه الندوة غد السبت:
    a postponed event dated before a later demonstrative mention of its type in its
    sentence, dated later, takes that later date: its new one."""
    last: dict[tuple[str, int], _Event] = {}  # (type, sentence) -> last postponed, dated
    for ev in events:
        hit = ev.hit
        where = (hit.type, ctx.sentence[hit.first])
        if "postponed" in ev.cues and ev.date is not None:
            last[where] = ev
            continue
        moved = last.get(where)
        if moved is None or ev.date is None or moved.date is None:
            continue
        old, new = found[moved.date].value, found[ev.date].value
        if _anaphoric(ctx, hit) and old is not None and new is not None and new.start > old.end:
            moved.date = ev.date


def _one_phrase(ctx: cx.Context, events: list[_Event]) -> None:
    """هذه الزيارة "زيارة عمل …"، حفل افتتاح المهرجان: two triggers with only quotation
    marks between them (the same type: an apposition), or a ceremony and the event it
    opens or closes, are one occasion: each takes the date and place the other has and
    it lacks, and an apposition the status cues too."""
    keys = ctx.keys
    for k in range(1, len(events)):
        a, b = events[k - 1], events[k]
        between = keys[a.hit.end : b.hit.first]
        if a.habitual or b.habitual or len(between) > 2:
            continue
        apposition = a.hit.type == b.hit.type and not any(w[:1].isalnum() for w in between)
        ceremony = a.hit.type == "other" and len(between) == 1 and between[0] in cx.CEREMONY_OF
        if apposition or ceremony:
            # (a ceremony's own status stays its own: إلغاء حفل افتتاح المعرض)
            _fill(a, b, cues=apposition)
            _fill(b, a, cues=apposition)


def _share_frame(
    ctx: cx.Context, events: list[_Event], k: int, mentions: _Mentions, found: list[Match]
) -> int | None:
    """Fill in mention ``k`` from the others; the index of another mention it filled in."""
    ev = events[k]
    if ev.habitual or ev.to_come:
        return None
    verb = _governing_verb(ctx, events, k)
    if verb is not None:
        _fill(ev, verb)
        _fill(verb, ev)
        return k - 1
    edition = _edition_of(ctx, events, k)
    if edition is not None:
        _fill(ev, edition)
        _fill(edition, ev)
        return k - 1
    sitting = _sitting_of(ctx, events, k)
    if sitting is not None:
        if ev.place is None:
            ev.place = sitting.place
        if sitting.date is None or sitting.date == ev.date:
            sitting.date, ev.date = ev.date, None  # the date is its sitting's
        if sitting.date is None:
            ev.cues.setdefault("opening", _CUE_REACH + 1)  # its sitting is under way
        else:
            # the session is where its sitting is in time (see _sitting_status); a
            # date told before its first sitting is its start too (عقد … يوم الجمعة 7
            # فبراير الجلسة الأولى من الدورة), one after the session is the sitting's alone
            ev.sitting = sitting
            if _first_sitting(ctx, sitting) and found[sitting.date].end <= sitting.hit.first:
                ev.date = sitting.date
        return k - 1
    h = mentions.host(k)
    if h is not None:
        host = events[h]
        _fill(ev, host, cues=False)
        if host.date is None and _on_visit(ctx, host):
            host.date = ev.date
        return h
    # (not جدول أعمال الاجتماع السنوي: another meeting, the topic)
    # (not … بمناسبة الاجتماع الأول: an occasion named, not an event told again)
    again = not ev.complement and not _occasion(ctx, ev.hit)
    lacks = ev.date is None or ev.place is None
    if lacks and ev.hit.definite and again:
        # ويستمر الملتقى …، وانتهت الجلسة …: a definite mention after a dated or
        # placed one in the same sentence
        j = mentions.known_before(k)
        if j is not None:
            _fill(ev, events[j], cues=False)
            return None
    if ev.place is None:
        # ندوة … وجرت الندوة بالمقر الوطني للحزب: the venue told in a later mention
        j = mentions.placed_after(k)
        if j is not None:
            ev.place = events[j].place
    if ev.date is None:
        j = mentions.dated_after(k)
        if j is not None and (
            ev.hit.definite or _anaphoric(ctx, ev.hit) or mentions.first_of_type(k)
        ):
            if not _one_of_series(ctx, ev, events[j]):
                _fill(ev, events[j])
                return None
            if not _told(ev):
                ev.cues.update(events[j].cues)  # the series is told as its sitting is
        # بزيارة رسمية … في زيارة رسمية: a later dated mention of the type with the same
        # word after it is the same event
        j = mentions.twin_after(k)
        if j is not None:
            _fill(ev, events[j])
            return None
    if ev.date is None and not ev.hit.lasting and ev.hit.type == "session" and again:
        # افتتح اليوم المجلس الدورة العادية … وانطلقت مراسم جلسة الافتتاح: the opening
        # sitting of the session opened, on its first day
        j = mentions.dated_before(k)
        if j is not None and events[j].hit.lasting and _first_sitting(ctx, ev):
            ev.date = events[j].date
            return None
    told_again = ev.hit.definite or _anaphoric(ctx, ev.hit)
    if ev.date is None and told_again and again:
        # هذه الدورة … after الدورة that took its date from a frame above
        j = mentions.dated_before(k)
        if j is not None and _same_tense(ev, events[j]):
            _fill(ev, events[j])
    return None


def _occasion(ctx: cx.Context, hit: Hit) -> bool:
    """يزورون المنطقة بمناسبة الاجتماع الأول: the trigger right after بمناسبة names the
    occasion of what is told before it, another event."""
    return hit.first > 0 and ctx.keys[hit.first - 1] in _OCCASION_WORDS


def _one_of_series(ctx: cx.Context, ev: _Event, later: _Event) -> bool:
    """يتضمن البرنامج جلسات علمية … الجلسة الأولى يوم الجمعة: a plural mention (a series
    of sittings, meetings, workshops) is not the singular mention after it, one of
    them: it takes that mention's tense, not its date. Talks (محادثات، مفاوضات) are
    one event whatever their form."""
    if ev.hit.type == "talks" or ev.hit.pos != "noun":
        return False
    keys = ctx.keys
    return _plural(keys[ev.hit.first]) and not _plural(keys[later.hit.first])


_Tense = tuple[bool, bool]  # (told as past, told as future)
_TENSES: tuple[_Tense, ...] = ((False, False), (False, True), (True, False), (True, True))
_PAST = frozenset({"held"})
_FUTURE = frozenset({"planned", "planned_weak"})


def _tense(ev: _Event) -> _Tense:
    return (not _PAST.isdisjoint(ev.cues), not _FUTURE.isdisjoint(ev.cues))


def _same_tense(a: _Event, b: _Event) -> bool:
    """Neither is told as past while the other is told as future."""
    return _agree(_tense(a), _tense(b))


def _agree(a: _Tense, b: _Tense) -> bool:
    return not ((a[0] and b[1]) or (a[1] and b[0]))


class _Mentions:
    """What ``_share_frame`` asks of the mentions before and after mention ``k``.

    Mentions before ``k`` are done: each only gains a date or place after its turn,
    so the first of a kind stays first once found. A mention after ``k`` keeps its
    place and its cues until its turn and only gains a date (from the event it
    frames), so each kind of later mention is a heap of indices from which those
    at or before ``k`` are dropped as ``k`` moves on.
    """

    def __init__(self, ctx: cx.Context, events: list[_Event]) -> None:
        self.ctx = ctx
        self.events = events
        t = ctx.tokens
        self.sentence = [ctx.sentence[ev.hit.first] for ev in events]
        self.tense = [_tense(ev) for ev in events]  # of mentions not yet done
        self.nxt = [t[ev.hit.end].key if ev.hit.end < len(t) else "" for ev in events]
        self.first_of: dict[str, int] = {}
        self.known: dict[
            tuple[str, int], int
        ] = {}  # (type, sentence) -> first done, dated or placed
        self.dated: dict[str, int] = {}  # type -> first done mention with a date
        self.placed: dict[tuple[str, _Tense], list[int]] = {}
        self.dated_later: dict[tuple[str, _Tense], list[int]] = {}  # heaps
        self.twins: dict[tuple[str, str, _Tense], list[int]] = {}  # heaps
        self.frames: dict[int, list[int]] = {}  # sentence -> its first two frames
        self.lasting_before: list[int | None] = []  # the last lasting event before, in the sentence
        last_lasting: dict[int, int] = {}
        for j, ev in enumerate(events):
            hit = ev.hit
            self.first_of.setdefault(hit.type, j)
            if ev.place is not None and hit.definite and not ev.habitual:
                self.placed.setdefault((hit.type, self.tense[j]), []).append(j)
            self._offer(j)
            if _frames(ctx, ev):
                frames = self.frames.setdefault(self.sentence[j], [])
                if len(frames) < 2:
                    frames.append(j)
            self.lasting_before.append(last_lasting.get(self.sentence[j]))
            if hit.lasting:
                last_lasting[self.sentence[j]] = j

    def _offer(self, j: int) -> None:
        """Mention ``j``, not yet done, has a date: later-mention lookups may find it."""
        ev = self.events[j]
        if ev.date is None:
            return
        hit = ev.hit
        if not ev.habitual and (hit.definite or _anaphoric(self.ctx, hit)):
            heappush(self.dated_later.setdefault((hit.type, self.tense[j]), []), j)
        heappush(self.twins.setdefault((hit.type, self.nxt[j], self.tense[j]), []), j)

    def _note(self, j: int) -> None:
        """Mention ``j`` is done, or gained a date or place after it was."""
        ev = self.events[j]
        if ev.habitual:
            return
        if ev.date is not None or ev.place is not None:
            key = (ev.hit.type, self.sentence[j])
            self.known[key] = min(self.known.get(key, j), j)
        if ev.date is not None:
            self.dated[ev.hit.type] = min(self.dated.get(ev.hit.type, j), j)

    def done(self, k: int, changed: int | None) -> None:
        """Mention ``k`` has had its turn; it filled in mention ``changed``."""
        self._note(k)
        if changed is not None:
            if changed < k:
                self._note(changed)
            else:
                self._offer(changed)

    def first_of_type(self, k: int) -> bool:
        return self.first_of[self.events[k].hit.type] == k

    def host(self, k: int) -> int | None:
        """The event mention ``k`` is held within (``_frames``), or the lasting event
        before it that خلالها refers to."""
        for j in self.frames.get(self.sentence[k], ()):
            if j != k:
                return j
        first = self.events[k].hit.first
        if not cx.DURING_IT.isdisjoint(self.ctx.keys[max(0, first - 3) : first]):
            # بزيارة عمل إلى تونس يترأس خلالها أعمال الدورة
            return self.lasting_before[k]
        return None

    def known_before(self, k: int) -> int | None:
        """The first earlier mention of the type in the sentence with a date or place."""
        return self.known.get((self.events[k].hit.type, self.sentence[k]))

    def dated_before(self, k: int) -> int | None:
        """The first earlier mention of the type with a date."""
        return self.dated.get(self.events[k].hit.type)

    def placed_after(self, k: int) -> int | None:
        """The first later definite mention of the type, in the same tense, with a place."""
        found = []
        for tense in self._agreeing(k):
            got = self.placed.get((self.events[k].hit.type, tense), [])
            i = bisect_right(got, k)
            if i < len(got):
                found.append(got[i])
        return min(found, default=None)

    def dated_after(self, k: int) -> int | None:
        """The first later definite or demonstrative mention of the type, in the same
        tense, with a date."""
        kind = self.events[k].hit.type
        return self._first_after(k, [self.dated_later.get((kind, t)) for t in self._agreeing(k)])

    def twin_after(self, k: int) -> int | None:
        """The first later mention of the type with a date, in the same tense, and the
        same word after it."""
        nxt = self.nxt[k]
        if not nxt[:1].isalpha():
            return None
        kind = self.events[k].hit.type
        return self._first_after(k, [self.twins.get((kind, nxt, t)) for t in self._agreeing(k)])

    def _agreeing(self, k: int) -> list[_Tense]:
        own = _tense(self.events[k])
        return [t for t in _TENSES if _agree(own, t)]

    @staticmethod
    def _first_after(k: int, heaps: list[list[int] | None]) -> int | None:
        found = []
        for heap in heaps:
            while heap and heap[0] <= k:
                heappop(heap)
            if heap:
                found.append(heap[0])
        return min(found, default=None)


def _frames(ctx: cx.Context, ev: _Event) -> bool:
    """A lasting event after على هامش / خلال / في إطار (with أشغال، أعمال، فعاليات
    between), or a visit told with في / ب: the events of its sentence are held within it."""
    j = ev.hit.first - 1
    while j >= 0 and ctx.keys[j] in cx.FRAME_FILLERS:
        j -= 1
    return (j >= 0 and ctx.keys[j] in cx.FRAME_WORDS and ev.hit.lasting) or _on_visit(ctx, ev)


def _edition_of(ctx: cx.Context, events: list[_Event], k: int) -> _Event | None:
    """الدورة الخامسة للمؤتمر: a conference and its دورة right before it are one event."""
    ev = events[k]
    if not k or ev.hit.type != "conference":
        return None
    prev = events[k - 1]
    if prev.hit.type == "session" and prev.hit.lasting and ev.hit.first - prev.hit.end <= 3:
        return prev
    return None


def _sitting_of(ctx: cx.Context, events: list[_Event], k: int) -> _Event | None:
    """جلسته العاشرة من الدورة العادية: the session (دورة) a sitting belongs to."""
    ev = events[k]
    if not k or not ev.hit.lasting or ev.hit.type != "session":
        return None
    prev = events[k - 1]
    if prev.hit.type != "session" or prev.hit.lasting or ev.hit.first - prev.hit.end > 4:
        return None
    between = {t.key for t in ctx.tokens[prev.hit.end : ev.hit.first]}
    return prev if between & {"من", "في", "فى"} else None


def _on_visit(ctx: cx.Context, ev: _Event) -> bool:
    """في زيارة، بزيارة: a visit that frames the other events of its sentence."""
    hit = ev.hit
    word = ctx.keys[hit.first]
    prev = ctx.keys[hit.first - 1] if hit.first else ""
    return hit.type == "visit" and hit.pos == "noun" and (word[:1] == "ب" or prev in ("في", "فى"))


def _same_event_cues(events: list[_Event]) -> None:
    """هذا الاجتماع after يترأس اليوم اجتماعا: a mention that borrowed an earlier mention's
    date, and has no status cue of its own, is told in that mention's tense.

    One pass: the cues of a mention are final after its turn, so the first mention
    with cues of each type and date is all a later one needs."""
    first: dict[tuple[str, int], _Event] = {}  # (type, date) -> first mention with cues
    for ev in events:
        if ev.date is None:
            continue
        key = (ev.hit.type, ev.date)
        if not _told(ev):
            earlier = first.get(key)
            if earlier is not None:
                ev.cues.update(earlier.cues)
        if ev.cues:
            first.setdefault(key, ev)


def _fill(ev: _Event, other: _Event, cues: bool = True) -> None:
    """Give ``ev`` what it lacks of ``other``: date, place and, with ``cues``, status cues."""
    if ev.date is None:
        ev.date = other.date
    if ev.place is None:
        ev.place = other.place
    if cues and not _told(ev):
        ev.cues.update(other.cues)


def _governing_verb(ctx: cx.Context, events: list[_Event], k: int) -> _Event | None:
    """The meeting verb that a noun after في names (اجتمع الوزراء أمس في جلسة طارئة)."""
    hit = events[k].hit
    if hit.pos != "noun" or not k or hit.first == 0:
        return None
    if ctx.keys[hit.first - 1] not in ("في", "فى"):
        return None
    prev = events[k - 1]
    if (
        prev.hit.pos == "verb"
        and prev.hit.type == "meeting"
        and ctx.sentence[prev.hit.first] == ctx.sentence[hit.first]
        and hit.first - prev.hit.end <= _FRAME_REACH
    ):
        return prev
    return None


def _inherit(ev: _Event, earlier: _Event | None) -> None:
    """Take the date (and the place, if it has none) of an earlier dated event."""
    if earlier is not None:
        ev.date = earlier.date
        if ev.place is None:
            ev.place = earlier.place


def _lead_date(ctx: cx.Context, found: list[Match]) -> int | None:
    """The date of the lead sentence: its only date, when that is a day (a holiday
    named there is the time of what the lead reports, not the day it is told)."""
    in_lead = [k for k, m in enumerate(found) if ctx.sentence[m.first] == 0 and not m.named]
    if len(in_lead) != 1:
        return None
    value = found[in_lead[0]].value
    if value is None or value.grain.value != "day":
        return None
    return in_lead[0]


# --- places -----------------------------------------------------------------------


def _link_places(
    ctx: cx.Context, events: list[_Event], places: list[PlaceHit], nearby: _Nearby
) -> None:
    """Each place goes to the trigger it is nearest to (``_place_distance``).

    Only a few triggers can be nearest, whatever the length of the sentence: the
    nearest on each side, those right before it (its name: قمة الرياض; a visit
    verb's object) and the overlapping ones (``_Nearby.around``). Before the place
    the distance grows with the gap for every trigger that can host it. After it,
    the complement of another head is skipped and a visit is further by a penalty,
    so the first other trigger and the first visit after it are weighed; a trip's
    destination (إلى …) hosts the visits on both sides and, after a purpose word
    (للمشاركة), the first other event after that word.
    """
    if not places:
        return  # (until now no event has a place, and none can take one)
    # a place in a sentence with no trigger is at no distance from any (_place_distance)
    sentence = ctx.sentence
    with_triggers = _trigger_sentences(ctx, events)
    linkable = [pi for pi, p in enumerate(places) if sentence[p.first] in with_triggers]
    if linkable:
        _link_to_nearest(ctx, events, places, nearby, linkable)
    for ev in events:
        if ev.place is not None and places[ev.place].venue:
            ev.place = _town_after_venue(ctx, places, ev.place)
    _share_along_lists(ctx, events, places)
    _same_event_again(ctx, events, places)


def _link_to_nearest(
    ctx: cx.Context,
    events: list[_Event],
    places: list[PlaceHit],
    nearby: _Nearby,
    linkable: list[int],
) -> None:
    """The nearest trigger of each of the ``linkable`` places (those in a sentence
    with a trigger) takes it, unless it has a nearer one (``_link_places``)."""
    visit_ks = [k for k, ev in enumerate(events) if ev.hit.type == "visit"]
    visits = _Nearby(events, visit_ks, nearby.ordered)
    visits_after = _Nearby(
        events, [k for k in visit_ks if not events[k].complement], nearby.ordered
    )
    others_after = _Nearby(
        events,
        [k for k, ev in enumerate(events) if not ev.complement and ev.hit.type != "visit"],
        nearby.ordered,
    )
    keys = ctx.keys
    explaining = [  # (Context.marks has these words)
        i
        for i in ctx.marks
        if keys[i] in cx.EXPLAINING or (keys[i] == cx.EXPLAINING_APART and i and keys[i - 1] == "و")
    ]
    sentence = ctx.sentence
    # with no visit, a place no preposition or host verb governs can only be in the
    # name of an event right before it (قمة الرياض): no other can host it (_can_host)
    noun_ends = {ev.hit.end for ev in events if ev.hit.pos == "noun"}
    for pi in linkable:
        p = places[pi]
        if not (p.role or visit_ks or p.first in noun_ends):
            continue
        here = sentence[p.first]
        near = {*nearby.around(p.first, p.end, _VISIT_OBJECT_REACH, 0)}
        if visit_ks:  # (most texts report no visit)
            near.update(visits_after.next_from(p.end))
        if p.role == "visit":
            near.update(visits.around(p.first, p.end, 0, 0))
            near.update(others_after.next_from(ctx.next_of(cx.PURPOSE, p.end) + 1))
        elif p.role:
            near.update(others_after.next_from(p.end))
        # the nearest candidate (the first in text order of two as near), written out:
        # this runs for every place of a sentence with a trigger
        best: _Event | None = None
        best_distance = 0
        for k in sorted(near):
            ev = events[k]
            if sentence[ev.hit.first] != here:
                continue  # (no distance: the cheapest test first)
            d = _place_distance(ctx, p, ev)
            if d is not None and (best is None or d < best_distance):
                best, best_distance = ev, d
        announced = _announced_by(ctx, nearby, explaining, p)
        if announced is not None and _place_distance(ctx, p, events[announced]) is not None:
            best, best_distance = events[announced], 0
        if best is not None and best_distance < best.place_distance:
            best.place, best.place_distance = pi, best_distance


def _announced_by(
    ctx: cx.Context, nearby: _Nearby, explaining: list[int], p: PlaceHit
) -> int | None:
    """حفل توزيع الجوائز، وذلك يوم الثلاثاء في مسرح …: the event right before وذلك
    takes the place written after it, when no other event stands between them."""
    k = bisect_left(explaining, p.first) - 1
    if k < 0:
        return None
    w = explaining[k]
    if p.first - w > cues.EXPLAINED_PLACE_REACH or not nearby.ordered:
        return None
    if ctx.sentence[w] != ctx.sentence[p.first]:
        return None
    if bisect_left(nearby.firsts, p.first) != bisect_left(nearby.firsts, w):
        return None  # an event between وذلك and the place hosts it
    before = bisect_right(nearby.ends, w) - 1
    if before < 0 or ctx.sentence[nearby.firsts[before]] != ctx.sentence[w]:
        return None
    return nearby.indices[before]


def _town_after_venue(ctx: cx.Context, places: list[PlaceHit], pi: int) -> int:
    """بقاعة الأمير سلمان بمدارس الرياض: a venue followed, before the next comma, by a
    gazetteer town named after a ب noun gives way to the town, as it does to a town
    that can host (``_with_venues``). A venue after it does not: a hall in a building
    stays the hall (قاعة المحاضرات بمبنى البلدية)."""
    if pi + 1 == len(places):
        return pi
    here, there = places[pi], places[pi + 1]
    if (
        there.first - here.end <= cues.VENUE_CHAIN_REACH
        and ctx.commas_before[there.first] == ctx.commas_before[here.end - 1]
        and ctx.sentence[there.first] == ctx.sentence[here.first]
        and not there.venue
        and _genitive_of_b(ctx, there)
    ):
        return pi + 1
    return pi


def _genitive_of_b(ctx: cx.Context, p: PlaceHit) -> bool:
    """بمدارس الرياض: a place named right after a noun that carries ب."""
    if p.first == 0 or p.clitic:
        return False
    k = ctx.keys[p.first - 1]
    return k[:1] == "ب" and k[1:3] != "ال" and k not in _NOT_CHAIN and k[1:2].isalpha()


_NOT_CHAIN = frozenset(key(w) for w in cues.PARTICIPANT_CUES)


@lru_cache(maxsize=8192)
def _stem(k: str) -> str:
    """الندوة، وللمؤتمر، بندوة -> ندوة، مؤتمر: the noun without its clitics and article
    (kept by word: a text repeats its trigger words)."""
    k = unclitic(k, CONJUNCTIONS)
    article = lam_article(k, 5)
    if article is not None:
        return article[2:]
    bare = unclitic(k, PREPOSITIONS, 3)
    if bare[:2] == ARTICLE:
        k = bare
    return k[2:] if k[:2] == ARTICLE and len(k) > 4 else k


def _same_event_again(ctx: cx.Context, events: list[_Event], places: list[PlaceHit]) -> None:
    """The same event named again takes the place it was given first, or gives it.

    هذه الندوة، هذا الاجتماع: a trigger after a demonstrative takes the place of the
    last earlier trigger of the same noun, or, when there is none and it has no place
    of its own, the last place before its sentence that no event took (… بالقصر
    الملكي بفاس مجلسا للوزراء. ويعتبر هذا الاجتماع …). A trigger with no place takes
    the place written after the next trigger of the same noun, with the article
    (ندوة إعلامية … . وجرت الندوة بالمقر الوطني للحزب). The place before the
    sentence and the next trigger are at most ``SAME_EVENT_REACH_TOKENS`` tokens
    away; the earlier trigger of a demonstrative may be anywhere before it. A
    demonstrative's own place written like the earlier one (في واشنطن) stays its own.
    """
    keys = ctx.keys
    sentence = ctx.sentence
    last_placed: dict[str, int] = {}  # stem -> the last event of that noun with a place
    taken = {ev.place for ev in events if ev.place is not None}
    place_sentences = [sentence[p.first] for p in places]
    stems = [_stem(keys[ev.hit.first]) for ev in events]
    for k, ev in enumerate(events):
        first = ev.hit.first
        stem = stems[k]
        if first and keys[first - 1] in _DEMONSTRATIVES and ev.hit.pos == "noun":
            earlier = last_placed.get(stem)
            if earlier is not None and not _same_name(ctx, places, ev.place, events[earlier].place):
                ev.place = events[earlier].place
            elif ev.place is None:
                j = bisect_left(place_sentences, sentence[first]) - 1
                if (
                    j >= 0
                    and first - places[j].end <= cues.SAME_EVENT_REACH_TOKENS
                    and places[j].role
                    and j not in taken
                ):
                    ev.place = j
        if ev.place is None:
            nexts = stems[k + 1 : k + 1 + cues.SAME_EVENT_REACH]
            if stem in nexts:
                other = events[k + 1 + nexts.index(stem)]
                word = keys[other.hit.first]
                if (
                    other.place is not None
                    and other.hit.first - first <= cues.SAME_EVENT_REACH_TOKENS
                    and "ال" in word[:4]
                    and places[other.place].first >= other.hit.end
                ):
                    ev.place = other.place
        if ev.place is not None:
            last_placed[stem] = k


def _same_name(ctx: cx.Context, places: list[PlaceHit], a: int | None, b: int | None) -> bool:
    """Places ``a`` and ``b`` are written alike (في واشنطن … بواشنطن)."""
    if a is None or b is None:
        return False
    pa, pb = places[a], places[b]
    keys = ctx.keys
    return pa.end - pa.first == pb.end - pb.first and all(
        _stem(keys[pa.first + i]) == _stem(keys[pb.first + i]) for i in range(pa.end - pa.first)
    )


_DEMONSTRATIVES = frozenset(key(w) for w in cues.DEMONSTRATIVES)


def _share_along_lists(ctx: cx.Context, events: list[_Event], places: list[PlaceHit]) -> None:
    """الدورة السابعة لمؤتمر …، والاجتماعات المصاحبة، التي بدأت في الجزائر: an event
    with no place of its own takes the place written after the next event when that
    one is joined to it (a noun after و, or a ل noun right after it)."""
    for k in range(len(events) - 2, -1, -1):
        a, b = events[k], events[k + 1]
        if a.place is not None or b.place is None or a.hit.pos != "noun" or b.hit.pos != "noun":
            continue
        if b.hit.first - a.hit.end > cues.LIST_PLACE_REACH:
            continue
        if ctx.sentence[a.hit.first] != ctx.sentence[b.hit.first]:
            continue
        word = ctx.tokens[b.hit.first].word
        joined = word[:1] == "و" or (word[:1] == "ل" and b.hit.first - a.hit.end <= 2)
        if not joined:
            continue
        if places[b.place].first >= b.hit.end:  # written after it: not b's own opening
            a.place, a.place_distance = b.place, b.place_distance


def _place_distance(ctx: cx.Context, p: PlaceHit, ev: _Event) -> int | None:
    """How far place ``p`` is from event ``ev``, penalties included; ``None`` when the
    event cannot take it, or it is in another sentence (``Context.distance``)."""
    hit = ev.hit
    if not _can_host(hit, p) and not _destination_of_purpose(ctx, hit, p):
        return None
    before = p.end <= hit.first
    if before and ev.complement:
        return None  # اليوم بالجزائر العاصمة، رئاسة القمة: the handover's place
    d = ctx.distance((hit.first, hit.end), (p.first, p.end))
    if d is None:
        return None
    if before:
        if hit.type == "visit" and not _arrived_at(ctx, p):
            d += _NAME_PENALTY  # a visit's place is its destination, written after it
        if _new_clause_between(ctx, p, hit):
            d += _NAME_PENALTY  # …عدم التصعيد في سوريا، وشارك في محادثات أستانة: its own name wins
    elif hit.end <= p.first:
        if p.role == "" and p.first == hit.end and hit.pos == "noun":
            d += _NAME_PENALTY
        if _hosts_what_follows(ctx, p):
            d += _NAME_PENALTY  # الزيارة … بعد احتضان الجزائر اجتماع …: the meeting's host
    return d


def _new_clause_between(ctx: cx.Context, p: PlaceHit, hit: Hit) -> bool:
    """في سوريا بعد اعتراضات من تركيا، وشارك في محادثات أستانة: a comma and a word
    with و, after the place and at most ``NEW_CLAUSE_REACH`` tokens before the trigger,
    start the trigger's own clause; a place before them is another clause's."""
    lo = max(p.end, hit.first - cues.NEW_CLAUSE_REACH)
    if ctx.commas_before[hit.first] == ctx.commas_before[lo]:
        return False  # no comma between (a ؛ in one sentence is inside a number)
    keys = ctx.keys
    for j in range(hit.first - 1, lo - 1, -1):
        if keys[j] in _COMMAS:
            return keys[j + 1][:1] == "و"
    return False


_COMMAS = frozenset({"،", ",", "؛"})


def _arrived_at(ctx: cx.Context, p: PlaceHit) -> bool:
    """حل صباح اليوم بالجزائر في زيارة: the place an arrival verb reaches is the
    destination of the visit written after it."""
    keys = ctx.keys
    return any(
        keys[j] in _ARRIVAL
        for j in range(p.first - 1, max(-1, p.first - 1 - cues.ARRIVAL_REACH), -1)
    )


_ARRIVAL = frozenset(key(w) for w in cues.ARRIVAL_VERBS)


def _hosts_what_follows(ctx: cx.Context, p: PlaceHit) -> bool:
    """احتضنت طنجة ملتقى، احتضان الجزائر اجتماع: a host verb without an object pronoun
    before the place hosts the event after it (الذي تحتضنه تونس hosts the one before)."""
    if p.role != "host":
        return False
    for j in range(p.first - 1, max(-1, p.first - 4), -1):
        k = ctx.tokens[j].key
        base = unclitic(k, CONJUNCTIONS, 2)
        if base not in cx.HOST_VERBS:
            base = k
        if base in cx.HOST_VERBS:  # استضافة ends in ة, not in a pronoun
            return ctx.tokens[j].word.endswith("ة") or not base.endswith(("ه", "ها"))
    return False


def _destination_of_purpose(ctx: cx.Context, hit: Hit, p: PlaceHit) -> bool:
    """وصل إلى الجزائر للمشاركة في اجتماع: the destination of a trip made for an event
    hosts it."""
    return p.role == "visit" and p.end <= hit.first and ctx.next_of(cx.PURPOSE, p.end) < hit.first


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
    """Who takes part: the subject of اجتمع/التقى/زار, and the phrases after بمشاركة، بحضور،
    برئاسة، بين، مع in the trigger's clause.

    Kept short on purpose: a phrase stops at punctuation, a stop word (في، حول …), a
    date, a place or a prepositional phrase (بالرباط); a verb's subject is its first
    noun and the definite words that follow it (وزير الخارجية الأردني).
    """
    t, keys = ctx.tokens, ctx.keys
    out: list[Span] = []

    def ends(k: int) -> bool:
        key = keys[k]
        return (
            not key[:1].isalnum()
            or key in cx.PARTICIPANT_STOPS
            or k in stops
            or key.startswith("بال")
        )

    j = hit.end
    if hit.pos == "verb" and hit.type in ("meeting", "visit") and j < len(t) and not ends(j):
        end = j + 1  # the subject: a noun, then its definite complements and adjectives
        while end < len(t) and end - j < _SUBJECT_MAX and not ends(end):
            if not keys[end].startswith(("ال", "لل")):
                break
            end += 1
        out.append(_span(norm, t, j, end))
        j = end
    limit = min(len(t), hit.end + _PARTICIPANT_REACH)
    while j < limit:
        k = keys[j]
        if not k[:1].isalnum() and k != "(":
            break
        # phrase_at finds nothing at a token whose key starts no cue, bare or behind و/ف
        n = ctx.phrase_at(cx.PARTICIPANT_CUES, j) if k in _PARTICIPANT_FIRSTS else 0
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


_PARTICIPANT_FIRSTS = frozenset(c + first for first in cx.PARTICIPANT_CUES for c in ("", "و", "ف"))


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
