"""The data model: frozen dataclasses and string enums.

Every result the library returns is built from these types. They are immutable,
compare by value, pickle, and their enums compare equal to their lowercase
string values (``Grain.DAY == "day"``), so they serialize as plain strings.

This module is a leaf: it imports nothing from the rest of the package.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Grain(str, Enum):
    """How much of the calendar a date covers."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"

    def __str__(self) -> str:
        return self.value


class Calendar(str, Enum):
    """The calendar the text wrote the date in."""

    GREGORIAN = "gregorian"
    HIJRI = "hijri"

    def __str__(self) -> str:
        return self.value


class EventType(str, Enum):
    """The kind of a reported event."""

    MEETING = "meeting"
    SUMMIT = "summit"
    CONFERENCE = "conference"
    FORUM = "forum"
    VISIT = "visit"
    TALKS = "talks"
    SESSION = "session"
    WORKSHOP = "workshop"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class EventStatus(str, Enum):
    """Whether the text reports the event as held, planned, and so on."""

    HELD = "held"
    PLANNED = "planned"
    ONGOING = "ongoing"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


class ActorRole(str, Enum):
    """What a participant is: a head of state, a minister, a delegation … (see docs/events.md)."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    DIPLOMAT = "diplomat"
    DELEGATION = "delegation"
    PARLIAMENT = "parliament"
    MILITARY = "military"
    ORGANIZATION = "organization"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class DateValue:
    """A resolved date: the inclusive calendar days ``start``..``end``.

    A month is its first..last day, a year 1 January..31 December, a week its
    ISO Monday..Sunday. ``calendar`` and ``hijri`` say how the text wrote it.

    >>> import datetime as dt
    >>> DateValue(dt.date(2018, 7, 1), dt.date(2018, 7, 31), Grain.MONTH).iso()
    '2018-07'
    """

    start: dt.date
    end: dt.date
    grain: Grain
    calendar: Calendar = Calendar.GREGORIAN
    hijri: tuple[int, int, int] | None = None
    approximate: bool = False

    def iso(self) -> str:
        """The ISO 8601 form: ``2018-07-12``, ``2018-07``, ``2018``, ``2018-W46`` or a range.

        A Hijri month or year does not line up with Gregorian months, so it is
        written as the range of days it covers.

        >>> import datetime as dt
        >>> DateValue(dt.date(2018, 11, 12), dt.date(2018, 11, 18), Grain.WEEK).iso()
        '2018-W46'
        >>> DateValue(dt.date(2018, 7, 10), dt.date(2018, 7, 12), Grain.RANGE).iso()
        '2018-07-10/2018-07-12'
        """
        s, e = self.start, self.end
        if self.grain is Grain.DAY and s == e:
            return s.isoformat()
        if self.grain is Grain.WEEK:
            year, week, _ = s.isocalendar()
            return f"{year}-W{week:02d}"
        gregorian_aligned = self.calendar is Calendar.GREGORIAN
        if self.grain is Grain.MONTH and gregorian_aligned:
            return f"{s.year:04d}-{s.month:02d}"
        if self.grain is Grain.YEAR and gregorian_aligned:
            return f"{s.year:04d}"
        return f"{s.isoformat()}/{e.isoformat()}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of this value."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "grain": self.grain.value,
            "calendar": self.calendar.value,
            "hijri": list(self.hijri) if self.hijri else None,
            "approximate": self.approximate,
            "iso": self.iso(),
        }


@dataclass(frozen=True)
class Span:
    """A piece of the caller's original text: ``original[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of this span."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class DateMention:
    """A date as the text wrote it, and what it resolves to.

    ``start``/``end`` index the caller's original string. ``relative`` is true
    when the value depends on the reference date (أمس، الأسبوع المقبل …).
    ``warnings`` name inconsistencies, such as a weekday that does not match.
    """

    text: str
    start: int
    end: int
    value: DateValue
    relative: bool = False
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of this mention."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value.to_dict(),
            "relative": self.relative,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class Participant(Span):
    """A participant phrase and who it names, where the phrase says so.

    ``country`` is an ISO 3166-1 alpha-2 code (``MA``), ``role`` an
    :class:`ActorRole`, ``portfolio`` a minister's field in English (``foreign
    affairs``), ``organization`` an identifier such as ``UN`` or ``AU``; each is
    ``None`` when the phrase does not say it.

    >>> p = Participant("وزير الخارجية المغربي", 0, 21, "MA", ActorRole.MINISTER, "foreign affairs")
    >>> p.to_dict()["role"], isinstance(p, Span)
    ('minister', True)
    """

    country: str | None = None
    role: ActorRole | None = None
    portfolio: str | None = None
    organization: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of this participant."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "country": self.country,
            "role": self.role.value if self.role is not None else None,
            "portfolio": self.portfolio,
            "organization": self.organization,
        }


def _participant_dict(p: Span) -> dict[str, Any]:
    """A participant's dictionary; a plain :class:`Span` gets empty actor fields."""
    if isinstance(p, Participant):
        return p.to_dict()
    return {**p.to_dict(), "country": None, "role": None, "portfolio": None, "organization": None}


@dataclass(frozen=True)
class EventMention:
    """A reported event: its trigger word as written, kind, status, date, place."""

    trigger: str
    start: int
    end: int
    type: EventType
    status: EventStatus = EventStatus.UNKNOWN
    date: DateMention | None = None
    place: Span | None = None
    participants: tuple[Participant, ...] = ()

    def to_dict(self, dates: tuple[DateMention, ...] | None = None) -> dict[str, Any]:
        """A JSON-ready dictionary; with ``dates``, the linked date is also given by index."""
        out: dict[str, Any] = {
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "type": self.type.value,
            "status": self.status.value,
            "date": self.date.to_dict() if self.date else None,
            "place": self.place.to_dict() if self.place else None,
            "participants": [_participant_dict(p) for p in self.participants],
        }
        if dates is not None:
            out["date_index"] = _first_positions(dates).get(self.date) if self.date else None
        return out


@dataclass(frozen=True)
class EventCode:
    """An occurrence's event code: the PLOVER event type and mode, and the CAMEO code.

    Each is ``None`` when the mapping gives none (see docs/events.md, *Event codes*).

    >>> EventCode("CONSULT", "visit", "042").to_dict()
    {'plover': {'event': 'CONSULT', 'mode': 'visit'}, 'cameo': '042'}
    """

    event: str | None = None
    mode: str | None = None
    cameo: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The ``plover`` and ``cameo`` fields of an occurrence's dictionary."""
        return {"plover": {"event": self.event, "mode": self.mode}, "cameo": self.cameo}


@dataclass(frozen=True)
class EventOccurrence:
    """One real-world event: the mentions of it in a text, with their values merged.

    ``id`` is ``e1``, ``e2`` … in text order of the first mention. ``type`` is
    the mentions' type; ``status``, ``date``, ``place`` and ``participants`` are
    merged from the mentions (see docs/events.md): the most specific value wins,
    and a mention keeps its own value when it says something else. ``code`` is its
    PLOVER and CAMEO event code (``None`` for an occurrence built by hand).
    """

    id: str
    mentions: tuple[EventMention, ...]
    type: EventType
    status: EventStatus = EventStatus.UNKNOWN
    date: DateMention | None = None
    place: Span | None = None
    participants: tuple[Participant, ...] = ()
    code: EventCode | None = None

    def to_dict(
        self,
        dates: tuple[DateMention, ...] | None = None,
        events: tuple[EventMention, ...] | None = None,
    ) -> dict[str, Any]:
        """A JSON-ready dictionary; with ``dates`` and ``events``, links are also indexes."""
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type.value,
            "status": self.status.value,
            "date": self.date.to_dict() if self.date else None,
            "place": self.place.to_dict() if self.place else None,
            "participants": [_participant_dict(p) for p in self.participants],
            "mentions": [
                {"trigger": m.trigger, "start": m.start, "end": m.end} for m in self.mentions
            ],
            **(self.code or EventCode()).to_dict(),
        }
        if dates is not None:
            out["date_index"] = _first_positions(dates).get(self.date) if self.date else None
        if events is not None:
            at = _first_positions(events)
            out["mention_indexes"] = [at.get(m) for m in self.mentions]
        return out


def _with(d: dict[str, Any], **fields: Any) -> dict[str, Any]:
    d.update(fields)
    return d


def _first_positions(items: tuple[Any, ...]) -> dict[Any, int]:
    """Each item's first position in ``items`` (items compare by value)."""
    at: dict[Any, int] = {}
    for k, x in enumerate(items):
        at.setdefault(x, k)
    return at


@dataclass(frozen=True)
class Document:
    """A text with its dates and events, linked: what :func:`extract` returns.

    ``events`` are the event mentions; ``occurrences`` group them, one per
    real-world event, each mention in exactly one (empty when the document was
    built by hand without them).
    """

    text: str
    reference: dt.date
    dates: tuple[DateMention, ...] = field(default_factory=tuple)
    events: tuple[EventMention, ...] = field(default_factory=tuple)
    occurrences: tuple[EventOccurrence, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary with a stable schema (see docs/document.schema.json)."""
        # links are indexes into the lists; one lookup table each keeps this linear
        date_at = _first_positions(self.dates)
        event_at = _first_positions(self.events)
        return {
            "text": self.text,
            "reference": self.reference.isoformat(),
            "dates": [d.to_dict() for d in self.dates],
            "events": [_with(e.to_dict(), date_index=date_at.get(e.date)) for e in self.events],
            "occurrences": [
                _with(
                    o.to_dict(),
                    date_index=date_at.get(o.date),
                    mention_indexes=[event_at.get(m) for m in o.mentions],
                )
                for o in self.occurrences
            ],
        }

    def to_plover(self) -> list[dict[str, Any]]:
        """PLOVER-style event records, one per occurrence (see docs/events.md, *Exports*).

        >>> import datetime as dt
        >>> Document("", dt.date(2019, 1, 1)).to_plover()
        []
        """
        from .exports import to_plover  # the exports sit above this module

        return to_plover(self)

    def to_timeml(self) -> str:
        """The text in TimeML, dates and triggers tagged inline (see docs/events.md, *Exports*).

        >>> import datetime as dt
        >>> "<TEXT>نص</TEXT>" in Document("نص", dt.date(2019, 1, 1)).to_timeml()
        True
        """
        from .exports import to_timeml

        return to_timeml(self)

    def event_table(
        self, mentions: bool = False, missing: str = "", first_id: int = 0
    ) -> tuple[list[str], list[list[str]]]:
        """The events as a table of strings: (header, rows), one row per occurrence, or
        per mention with ``mentions``; ``missing`` fills an absent date or place, and
        occurrence ids are counted from ``first_id`` (for a text read in pieces).

        >>> import datetime as dt
        >>> Document("", dt.date(2019, 1, 1)).event_table()
        (['event', 'mentions', 'type', 'status', 'date', 'place'], [])
        """
        if mentions:
            return ["trigger", "type", "status", "date", "place"], [
                [
                    e.trigger,
                    e.type.value,
                    e.status.value,
                    e.date.value.iso() if e.date else missing,
                    e.place.text if e.place else missing,
                ]
                for e in self.events
            ]
        return ["event", "mentions", "type", "status", "date", "place"], [
            [
                f"e{int(o.id[1:]) + first_id}",
                "، ".join(m.trigger for m in o.mentions),
                o.type.value,
                o.status.value,
                o.date.value.iso() if o.date else missing,
                o.place.text if o.place else missing,
            ]
            for o in self.occurrences
        ]

    def _repr_html_(self) -> str:
        """Right-to-left HTML for notebooks: the text with dates and triggers highlighted,
        then a table of the events (one row per occurrence). Everything from the text
        is escaped."""
        marks = sorted(
            [(d.start, d.end, "date", d.value.iso()) for d in self.dates]
            + [(e.start, e.end, "event", f"{e.type.value}, {e.status.value}") for e in self.events]
        )
        style = {
            "date": "background:#fde68a;border-radius:3px",
            "event": "background:#bfdbfe;border-radius:3px;font-weight:bold",
        }
        parts: list[str] = []
        cursor = 0
        for start, end, kind, title in marks:
            if start < cursor:
                continue  # overlapping marks: keep the first
            parts.append(html.escape(self.text[cursor:start]))
            parts.append(
                f'<mark style="{style[kind]}" title="{html.escape(title, quote=True)}">'
                f"{html.escape(self.text[start:end])}</mark>"
            )
            cursor = end
        parts.append(html.escape(self.text[cursor:]))
        # one row per real-world event when the mentions were grouped, else per mention
        header, cells = self.event_table(mentions=not self.occurrences)
        head = "".join(f"<th>{h}</th>" for h in header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in cells
        )
        table = f'<table dir="ltr"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        body = "".join(parts).replace("\n", "<br>")
        return (
            f'<div class="arabic-events"><div dir="rtl" lang="ar" style="line-height:1.9">'
            f"{body}</div>{table}</div>"
        )
