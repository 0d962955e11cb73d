"""``to_frame``: documents as a pandas DataFrame, one row per event, occurrence or date.

pandas is an optional dependency (``pip install 'arabic-events[pandas]'``),
imported only when this function is called.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .types import DateMention, Document, EventCode, Span

if TYPE_CHECKING:
    import pandas

EVENT_COLUMNS = (
    "doc_id", "reference", "trigger", "start", "end", "type", "status", "date_text",
    "date_start", "date_end", "date_grain", "date_iso", "place", "place_country",
    "participants", "date_time", "date_tz", "duration", "participant_countries",
)  # fmt: skip
OCCURRENCE_COLUMNS = (
    "doc_id", "reference", "id", "type", "status", "mentions", "date_text", "date_start",
    "date_end", "date_grain", "date_iso", "place", "place_country", "participants",
    "date_time", "date_tz", "duration", "participant_countries", "plover_event", "plover_mode",
    "cameo",
)  # fmt: skip
DATE_COLUMNS = (
    "doc_id", "reference", "text", "start", "end", "date_start", "date_end", "grain",
    "calendar", "iso", "relative", "approximate", "time_start", "time_end", "day_part",
    "tz", "timex",
)  # fmt: skip

_COLUMNS = {"events": EVENT_COLUMNS, "occurrences": OCCURRENCE_COLUMNS, "dates": DATE_COLUMNS}


def _pairs(
    documents: Iterable[Document] | Mapping[Any, Document],
) -> Iterable[tuple[Any, Document]]:
    if isinstance(documents, Mapping):
        return documents.items()
    out = []
    for k, item in enumerate(documents):
        if isinstance(item, Document):
            out.append((k, item))
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Document):
            out.append((item[0], item[1]))
        else:
            raise TypeError(
                "to_frame() expects Documents, (id, Document) pairs or a mapping, "
                f"got {type(item).__name__}"
            )
    return out


def participant_countries(participants: Iterable[Span]) -> str | None:
    """The participants' country codes, each once in order, joined by "; " (None: none)."""
    codes = dict.fromkeys(c for p in participants if (c := getattr(p, "country", None)))
    return "; ".join(codes) or None


def _date_cells(d: DateMention | None) -> list[Any]:
    if d is None:
        return [None, None, None, None, None]
    v = d.value
    return [d.text, v.start, v.end, v.grain.value, v.iso()]


def _time_cells(d: DateMention | None) -> list[Any]:
    """``date_time`` (``10:00``, ``09:00-12:00`` or a part of the day) and ``date_tz``."""
    if d is None:
        return [None, None]
    v = d.value
    when: str | None
    if v.time_start is not None:
        end = v.time_end if v.time_end is not None else v.time_start
        when = f"{v.time_start:%H:%M}" + (f"-{end:%H:%M}" if end != v.time_start else "")
    else:
        when = v.day_part.value if v.day_part is not None else None
    return [when, v.tz]


def _clock(t: Any) -> str | None:
    return f"{t:%H:%M}" if t is not None else None


def to_frame(
    documents: Iterable[Document] | Mapping[Any, Document], kind: str = "events"
) -> pandas.DataFrame:
    """A DataFrame with one row per event mention (``kind="events"``), per real-world
    event (``kind="occurrences"``: its mentions' triggers joined by ``; ``) or per
    date (``kind="dates"``).

    ``documents`` is an iterable of :class:`Document` (their position is the
    document id), of ``(id, Document)`` pairs, or a mapping from id to
    Document. Dates are ``datetime.date`` values; enums are plain strings. The
    country of an event's place is ``place_country`` (ISO alpha-2). The
    time of an event's date is ``date_time`` (``10:00``, ``09:00-12:00``, or the
    part of the day, ``evening``) and ``date_tz``; a date row has ``time_start``,
    ``time_end`` (``HH:MM``), ``day_part``, ``tz`` and ``timex``.
    Raises :class:`ImportError` without pandas, :class:`ValueError` for an
    unknown ``kind`` and :class:`TypeError` for anything that is not a Document.

    >>> import arabic_events as ae
    >>> docs = {"a": ae.extract("عقد المجلس جلسة أمس بالرباط", "2019-03-05")}
    >>> row = to_frame(docs).iloc[0]
    >>> row["doc_id"], row["type"], row["status"], row["date_iso"], row["place"]
    ('a', 'session', 'held', '2019-03-04', 'الرباط')
    >>> row["place_country"]
    'MA'
    >>> list(to_frame(docs, kind="dates")["iso"])
    ['2019-03-04']
    >>> to_frame(docs, kind="occurrences")[["id", "mentions", "date_iso"]].values.tolist()
    [['e1', 'جلسة', '2019-03-04']]
    """
    columns = _COLUMNS.get(kind)
    if columns is None:
        raise ValueError(f"kind must be 'events', 'occurrences' or 'dates', got {kind!r}")
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("to_frame needs pandas: pip install 'arabic-events[pandas]'") from None
    rows: list[list[Any]] = []
    for doc_id, doc in _pairs(documents):
        if kind == "events":
            for e in doc.events:
                place = [e.place.text, e.place.country] if e.place else [None, None]
                participants = "; ".join(p.text for p in e.participants)
                rows.append(
                    [doc_id, doc.reference, e.trigger, e.start, e.end, e.type.value, e.status.value,
                     *_date_cells(e.date), *place, participants, *_time_cells(e.date),
                     e.duration, participant_countries(e.participants)]
                )  # fmt: skip
        elif kind == "occurrences":
            for o in doc.occurrences:
                place = [o.place.text, o.place.country] if o.place else [None, None]
                participants = "; ".join(p.text for p in o.participants)
                mentions = "; ".join(m.trigger for m in o.mentions)
                code = o.code or EventCode()
                rows.append(
                    [doc_id, doc.reference, o.id, o.type.value, o.status.value, mentions,
                     *_date_cells(o.date), *place, participants, *_time_cells(o.date),
                     o.duration, participant_countries(o.participants), code.event, code.mode,
                     code.cameo]
                )  # fmt: skip
        else:
            for d in doc.dates:
                v = d.value
                rows.append(
                    [doc_id, doc.reference, d.text, d.start, d.end, v.start, v.end, v.grain.value,
                     v.calendar.value, v.iso(), d.relative, v.approximate, _clock(v.time_start),
                     _clock(v.time_end), v.day_part.value if v.day_part else None, v.tz,
                     v.timex()]
                )  # fmt: skip
    return pd.DataFrame(rows, columns=list(columns))
