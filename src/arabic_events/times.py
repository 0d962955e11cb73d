"""``find_times`` and ``find_durations``: times of day and lengths of time.

A time joined to a date (صباح اليوم، الخميس على الساعة العاشرة) is part of that
date's mention in :func:`~arabic_events.find_dates`. The times here are the ones
that stand alone (على الساعة العاشرة صباحا، منتصف الليل); each takes the day of
the nearest date before it in its sentence, else the reference date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .dates import times as tg
from .dates.finder import check_text, coerce_reference, matches
from .dates.grammar import Match, Parser
from .lexical import Token
from .normalize import Normalized, normalize_map
from .types import DateMention, DateValue, DurationMention, EventMention, Grain


def find_times(
    text: str, reference: dt.date | dt.datetime | str | None = None
) -> list[DateMention]:
    """The clock times and parts of the day not joined to a date, in text order.

    Each is a :class:`DateMention` of one day with ``time_start``/``time_end``
    (or only ``day_part``) and ``tz`` set; the day is that of the nearest date
    mention before it in the same sentence when that date is one day, else the
    reference (default today), and ``relative`` is true. Times joined to a date
    are in :func:`find_dates` instead. A non-``str`` text raises :class:`TypeError`.

    >>> t = find_times("يبدأ التصويت على الساعة الثامنة صباحا بتوقيت غرينتش", "2019-02-06")[0]
    >>> t.text, t.value.iso(), t.relative
    ('الساعة الثامنة صباحا بتوقيت غرينتش', '2019-02-06T08:00+00:00', True)
    >>> [m.value.timex() for m in find_times("زار الوفد المدينة يوم 12 يوليوز 2018 ثم غادر ليلا")]
    ['2018-07-12TNI']
    >>> find_times("فاز الفريق 3-1 في المباراة")
    []
    """
    text = check_text(text, "find_times")
    ref = coerce_reference(reference)
    norm = normalize_map(text)
    parser, found = matches(norm, ref)
    return lone_times(norm, parser, found)


def find_durations(text: str) -> list[DurationMention]:
    """Every length of time the text gives (لمدة ثلاثة أيام، ساعتين), in text order.

    The value is an ISO 8601 duration. A count that dates something (قبل ثلاثة
    أيام) is a date, not a duration. A non-``str`` text raises :class:`TypeError`.

    >>> text = "تستمر الدورة على مدى يومين، بمعدل ساعتين يوميا"
    >>> [(d.text, d.value) for d in find_durations(text)]
    [('على مدى يومين', 'P2D'), ('ساعتين', 'PT2H')]
    >>> find_durations("وصل الوفد قبل ثلاثة أيام")
    []
    """
    text = check_text(text, "find_durations")
    norm = normalize_map(text)
    parser, found = matches(norm, dt.date(2000, 1, 1))
    return durations(norm, parser, found)


def _span(
    norm: Normalized, tokens: list[Token], first: int, clitic: int, end: int
) -> tuple[str, int, int]:
    s, e = norm.original_span(tokens[first].start + clitic, tokens[end - 1].end)
    text = norm.original[s:e].rstrip()
    return text, s, s + len(text)


def lone_times(norm: Normalized, parser: Parser, found: list[Match]) -> list[DateMention]:
    """The times of a text not joined to its dates (``found``), as mentions."""
    out: list[DateMention] = []
    for m, clock in tg.scan_times(parser, found):
        day = _day_for(parser, found, m.first)
        value = tg.with_clock(DateValue(day, day, Grain.DAY), clock)
        text, s, e = _span(norm, parser.t, m.first, m.clitic, m.end)
        out.append(DateMention(text, s, e, value, relative=True))
    return out


def _day_for(parser: Parser, found: list[Match], i: int) -> dt.date:
    """The day of the nearest one-day date before token ``i`` in its sentence, else the
    reference date."""
    lo = tg.sentence_start(parser, i)
    for m in reversed(found):
        first, _, end = tg.outer_span(m)
        if end > i:
            continue
        if first < lo:
            break
        v = m.value
        if v is not None and v.start == v.end:
            return v.start
        break
    return parser.ref


def durations(norm: Normalized, parser: Parser, found: list[Match]) -> list[DurationMention]:
    """The durations of a text outside its dates (``found``), as mentions."""
    out = []
    for m in tg.scan_durations(parser, found):
        text, s, e = _span(norm, parser.t, m.first, m.clitic, m.end)
        out.append(DurationMention(text, s, e, m.value))
    return out


def with_durations(
    text: str, events: list[EventMention], found_durations: list[DurationMention]
) -> list[EventMention]:
    """Each event with the duration its clause gives (``EventMention.duration``).

    A duration goes to the nearest event before or after it in its sentence, with
    no other event between them. The event's date is left as it is: the date the
    text gives is the day the event starts (a date followed at once by its
    duration, الثلاثاء 28 نوفمبر، وعلى مدى يومين, is already the range in
    :func:`find_dates`); :meth:`EventMention.end_date` gives the last day.
    """
    if not found_durations or not events:
        return events
    out = list(events)
    for d in found_durations:
        best: tuple[int, int] | None = None
        for k, ev in enumerate(out):
            lo, hi = (ev.end, d.start) if ev.end <= d.start else (d.end, ev.start)
            if hi < lo or _crosses_sentence(text, lo, hi):
                continue
            if any(lo <= o.start < hi for o in out if o is not ev):
                continue  # another event between them
            distance = hi - lo
            if best is None or distance < best[1]:
                best = (k, distance)
        if best is None or out[best[0]].duration is not None:
            continue
        ev = out[best[0]]
        out[best[0]] = replace(ev, duration=d.value)
    return out


def _crosses_sentence(text: str, lo: int, hi: int) -> bool:
    return any(c in ".!?؟\n" for c in text[lo:hi])
