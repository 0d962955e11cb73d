"""The data model: frozen dataclasses and string enums.

Every result the library returns is built from these types. They are immutable,
compare by value, pickle, and their enums compare equal to their lowercase
string values (``Grain.DAY == "day"``), so they serialize as plain strings.

This module is a leaf: it imports nothing from the rest of the package.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar


class _StrEnum(str, Enum):
    """A string enum whose members compare equal to, and print as, their values."""

    def __str__(self) -> str:
        return str(self.value)


class Grain(_StrEnum):
    """How much of the calendar a date covers."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    DECADE = "decade"


class DayPart(_StrEnum):
    """A part of the day said without a clock time (صباح اليوم، مساء أمس، ليلة الخميس).

    Its hours, used by :meth:`DateValue.datetimes`, are :data:`DAY_PART_HOURS`.
    """

    MORNING = "morning"
    NOON = "noon"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


#: The hours of each part of the day, ``[start, end)``: the night runs into the next day.
DAY_PART_HOURS: dict[DayPart, tuple[dt.time, dt.time]] = {
    DayPart.MORNING: (dt.time(6, 0), dt.time(12, 0)),
    DayPart.NOON: (dt.time(12, 0), dt.time(14, 0)),
    DayPart.AFTERNOON: (dt.time(14, 0), dt.time(18, 0)),
    DayPart.EVENING: (dt.time(18, 0), dt.time(22, 0)),
    DayPart.NIGHT: (dt.time(22, 0), dt.time(6, 0)),
}
_TIMEX_DAY_PARTS = {
    DayPart.MORNING: "MO",
    DayPart.NOON: "MI",
    DayPart.AFTERNOON: "AF",
    DayPart.EVENING: "EV",
    DayPart.NIGHT: "NI",
}
_TIMEX_SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


class Calendar(_StrEnum):
    """The calendar the text wrote the date in."""

    GREGORIAN = "gregorian"
    HIJRI = "hijri"


class EventType(_StrEnum):
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


class EventStatus(_StrEnum):
    """Whether the text reports the event as held, planned, and so on."""

    HELD = "held"
    PLANNED = "planned"
    ONGOING = "ongoing"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class ActorRole(_StrEnum):
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


_Frozen = TypeVar("_Frozen")


def _stored_at_once(cls: type[_Frozen]) -> type[_Frozen]:
    """Give a frozen dataclass an ``__init__`` that stores its fields with one update of
    the instance's ``__dict__``.

    The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field through
    ``object.__setattr__``, one call a field. This one is the same in every other
    respect: the same parameters in the same order, the same defaults, and the
    instance stays frozen, compared and hashed as before. It is about three times as
    cheap, and ``extract`` builds thousands of these a text. Only for dataclasses
    whose fields all have plain defaults or none, and no ``__post_init__``;
    anything else is refused when the module is imported.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if not cls.__dataclass_params__.frozen or hasattr(cls, "__post_init__"):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__}: only for frozen dataclasses without __post_init__")
    defaults: dict[str, Any] = {}
    params = []
    for f in fields:
        if not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: a field this __init__ cannot store")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    stored = ", ".join(f"{f.name}={f.name}" for f in fields)
    source = f"def __init__(self, {', '.join(params)}):\n    self.__dict__.update({stored})\n"
    exec(source, defaults)  # as dataclasses itself writes __init__
    init = defaults["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@_stored_at_once
@dataclass(frozen=True, repr=False)
class DateValue:
    """A resolved date: the inclusive calendar days ``start``..``end``, and maybe a time.

    A month is its first..last day, a year 1 January..31 December, a week its
    ISO Monday..Sunday. ``calendar`` and ``hijri`` say how the text wrote it.

    When the text gives a time of day, ``time_start``/``time_end`` hold it (a
    point in time has ``time_start == time_end``); when it only names a part of
    the day (صباح اليوم), ``day_part`` does. ``tz`` is the time zone the text
    states: an IANA name (``Asia/Riyadh``) or a fixed offset (``+01:00``).
    ``approximate`` is true for vague words (الساعات الأولى من الصباح) and for
    Hijri dates outside the Umm al-Qura tables.

    >>> import datetime as dt
    >>> DateValue(dt.date(2018, 7, 1), dt.date(2018, 7, 31), Grain.MONTH).iso()
    '2018-07'
    >>> day = dt.date(2019, 2, 6)
    >>> ten = dt.time(10)
    >>> v = DateValue(day, day, Grain.DAY, time_start=ten, time_end=ten, tz="+00:00")
    >>> v.iso(), v.timex()
    ('2019-02-06T10:00+00:00', '2019-02-06T10:00')
    >>> DateValue(day, day, Grain.DAY, day_part=DayPart.EVENING).timex()
    '2019-02-06TEV'
    """

    start: dt.date
    end: dt.date
    grain: Grain
    calendar: Calendar = Calendar.GREGORIAN
    hijri: tuple[int, int, int] | None = None
    approximate: bool = False
    time_start: dt.time | None = None
    time_end: dt.time | None = None
    day_part: DayPart | None = None
    tz: str | None = None

    def __repr__(self) -> str:
        """The fields, the time fields only when set (so a plain date reads as before)."""
        parts = [
            f"start={self.start!r}",
            f"end={self.end!r}",
            f"grain={self.grain!r}",
            f"calendar={self.calendar!r}",
            f"hijri={self.hijri!r}",
            f"approximate={self.approximate!r}",
        ]
        for name in ("time_start", "time_end", "day_part", "tz"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={value!r}")
        return f"DateValue({', '.join(parts)})"

    def _date_iso(self) -> str:
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

    def _clock(self, zone: bool) -> str | None:
        """The days with their clock times (``zone``: with the UTC offset), or None."""
        if self.time_start is None or self.grain not in (Grain.DAY, Grain.RANGE):
            return None
        a = self.time_start
        b = self.time_end if self.time_end is not None else a
        off_a = off_b = ""
        if zone and self.tz is not None:
            off_a, off_b = _offset(self.tz, self.start, a), _offset(self.tz, self.end, b)
        first = f"{self.start.isoformat()}T{a:%H:%M}{off_a}"
        if a == b and self.start == self.end:
            return first
        last = self.end
        if b < a and self.start == self.end:
            last += dt.timedelta(days=1)  # من العاشرة ليلا إلى الثانية صباحا
        return f"{first}/{last.isoformat()}T{b:%H:%M}{off_b}"

    def iso(self) -> str:
        """The ISO 8601 form: ``2018-07-12``, ``2018-07``, ``2018``, ``2018-W46`` or a range.

        A Hijri month or year does not line up with Gregorian months, so it is
        written as the range of days it covers. A clock time is written after
        the day, with the UTC offset when the zone is known (an IANA zone needs
        :mod:`zoneinfo` data; without it the offset is left out). A part of the
        day has no ISO form: see :meth:`timex`.

        >>> import datetime as dt
        >>> DateValue(dt.date(2018, 11, 12), dt.date(2018, 11, 18), Grain.WEEK).iso()
        '2018-W46'
        >>> DateValue(dt.date(2018, 7, 10), dt.date(2018, 7, 12), Grain.RANGE).iso()
        '2018-07-10/2018-07-12'
        >>> d = dt.date(2019, 2, 6)
        >>> DateValue(d, d, Grain.DAY, time_start=dt.time(9), time_end=dt.time(12)).iso()
        '2019-02-06T09:00/2019-02-06T12:00'
        """
        return self._clock(zone=True) or self._date_iso()

    def timex(self) -> str:
        """The TIMEX3 ``value``: ``2019-02-06T10:00``, ``2019-02-06TEV``, ``2019-W06``,
        ``2016-Q3``, ``2016-H2``, ``2016-SU``, ``201`` (a decade), or an ISO range.

        The zone is not part of a TIMEX3 value (see :attr:`tz`).

        >>> import datetime as dt
        >>> DateValue(dt.date(2016, 7, 1), dt.date(2016, 9, 30), Grain.QUARTER).timex()
        '2016-Q3'
        >>> DateValue(dt.date(2019, 2, 4), dt.date(2019, 2, 10), Grain.WEEK).timex()
        '2019-W06'
        """
        s = self.start
        if self.grain is Grain.QUARTER:
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if self.grain is Grain.HALF:
            return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
        if self.grain is Grain.SEASON:
            month = 12 if s.month in (1, 2) else s.month - (s.month % 3)
            return f"{s.year if s.month > 2 else s.year - 1:04d}-{_TIMEX_SEASONS[month]}"
        if self.grain is Grain.DECADE:
            return f"{s.year // 10:03d}"
        clock = self._clock(zone=False)
        if clock is not None:
            return clock
        if self.day_part is not None and self.grain is Grain.DAY and s == self.end:
            return f"{s.isoformat()}T{_TIMEX_DAY_PARTS[self.day_part]}"
        return self._date_iso()

    def datetimes(self) -> tuple[dt.datetime, dt.datetime] | None:
        """``(start, end)`` as datetimes when the value has a time, else ``None``.

        A clock time gives its own start and end (equal for a point); a part of
        the day gives its hours (:data:`DAY_PART_HOURS`, end exclusive). An end
        before the start (من العاشرة ليلا إلى الثانية صباحا) falls on the next day.
        The datetimes are aware when ``tz`` is known and its zone is available
        (an IANA zone needs :mod:`zoneinfo` data), naive otherwise.

        >>> import datetime as dt
        >>> d = dt.date(2019, 2, 6)
        >>> ten = dt.time(10)
        >>> v = DateValue(d, d, Grain.DAY, time_start=ten, time_end=ten, tz="+01:00")
        >>> v.datetimes()[0].isoformat()
        '2019-02-06T10:00:00+01:00'
        >>> DateValue(d, d, Grain.DAY).datetimes() is None
        True
        """
        if self.time_start is not None:
            a = self.time_start
            b = self.time_end if self.time_end is not None else a
        elif self.day_part is not None:
            a, b = DAY_PART_HOURS[self.day_part]
        else:
            return None
        zone = _tzinfo(self.tz) if self.tz is not None else None
        first = dt.datetime.combine(self.start, a, tzinfo=zone)
        last = dt.datetime.combine(self.end, b, tzinfo=zone)
        if last < first or (self.time_start is None and b <= a):
            last += dt.timedelta(days=1)
        return first, last

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
            "time_start": f"{self.time_start:%H:%M}" if self.time_start is not None else None,
            "time_end": f"{self.time_end:%H:%M}" if self.time_end is not None else None,
            "day_part": self.day_part.value if self.day_part is not None else None,
            "tz": self.tz,
            "timex": self.timex(),
        }


def _tzinfo(tz: str) -> dt.tzinfo | None:
    """The tzinfo of a fixed offset (``+01:00``) or an IANA name; None when unavailable."""
    if tz[:1] in ("+", "-") and len(tz) == 6 and tz[3] == ":":
        try:
            minutes = int(tz[1:3]) * 60 + int(tz[4:6])
        except ValueError:
            return None
        if minutes >= 24 * 60:
            return None
        return dt.timezone(dt.timedelta(minutes=-minutes if tz[0] == "-" else minutes))
    try:
        from zoneinfo import ZoneInfo
    except ImportError:  # pragma: no cover - Python without zoneinfo
        return None
    try:
        return ZoneInfo(tz)
    except Exception:  # no tz database on this system, or an unknown or malformed name
        return None


def _offset(tz: str, day: dt.date, time: dt.time) -> str:
    """The UTC offset (``+03:00``) of ``tz`` at that moment, or ``""`` when unknown."""
    zone = _tzinfo(tz)
    if zone is None:
        return ""
    delta = dt.datetime.combine(day, time, tzinfo=zone).utcoffset()
    if delta is None:
        return ""
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@_stored_at_once
@dataclass(frozen=True)
class Span:
    """A piece of the caller's original text: ``original[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of this span."""
        return {"text": self.text, "start": self.start, "end": self.end}


class PlaceKind(_StrEnum):
    """What kind of place a :class:`Place` is."""

    CITY = "city"
    COUNTRY = "country"
    REGION = "region"
    VENUE = "venue"
    UNKNOWN = "unknown"


@_stored_at_once
@dataclass(frozen=True)
class Place(Span):
    """A place as the text wrote it (a :class:`Span`), resolved to the world when it can be.

    ``country`` is the ISO 3166-1 alpha-2 code, ``geonames_id`` the GeoNames id of
    the city or state, ``latitude``/``longitude`` and ``tz`` (IANA zone) those of
    the city (a state's are its capital's; a venue's its town's). What could not be
    resolved is ``None``; ``kind`` says what the place is (see docs/events.md).

    >>> Place("الرباط", 0, 6, country="MA", kind=PlaceKind.CITY).to_dict()["country"]
    'MA'
    """

    geonames_id: int | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    tz: str | None = None
    kind: PlaceKind = PlaceKind.UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary: the span, then where the place is."""
        return {
            **super().to_dict(),
            "country": self.country,
            "geonames_id": self.geonames_id,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "tz": self.tz,
            "kind": self.kind.value,
        }


@_stored_at_once
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


@_stored_at_once
@dataclass(frozen=True)
class DurationMention:
    """A length of time as the text wrote it (لمدة ثلاثة أيام، ساعتين).

    ``value`` is the ISO 8601 duration (``P3D``, ``PT2H``, ``PT1H30M``);
    ``start``/``end`` index the caller's original string.
    """

    text: str
    start: int
    end: int
    value: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of this mention."""
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value}


def _end_date(date: DateMention | None, duration: str | None) -> dt.date | None:
    """The last day of an event dated ``date`` that lasts ``duration`` (days or weeks
    only: a length in hours or months leaves the date's own end)."""
    if date is None:
        return None
    value = date.value
    length = duration or ""
    days_per = {"D": 1, "W": 7}.get(length[-1:])
    if days_per is None or not length.startswith("P") or "T" in length:
        return value.end
    try:
        days = int(length[1:-1]) * days_per
    except ValueError:
        return value.end
    return max(value.end, value.start + dt.timedelta(days=max(days, 1) - 1))


@_stored_at_once
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
            **super().to_dict(),
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


@_stored_at_once
@dataclass(frozen=True)
class EventMention:
    """A reported event: its trigger word as written, kind, status, date, place.

    ``duration`` is the ISO 8601 length of the event when its clause says it
    (لمدة ثلاثة أيام → ``P3D``), else ``None``.
    """

    trigger: str
    start: int
    end: int
    type: EventType
    status: EventStatus = EventStatus.UNKNOWN
    date: DateMention | None = None
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    duration: str | None = None

    def end_date(self) -> dt.date | None:
        """The last day of the event: its date's end, or the start moved on by its
        ``duration`` when that is in days or weeks (and reaches further).

        ``None`` when the event has no date.

        >>> import arabic_events as ae
        >>> text = "انطلقت أمس بالرباط أشغال المؤتمر الدولي على مدى ثلاثة أيام"
        >>> ev = ae.find_events(text, "2019-02-06")[0]
        >>> ev.date.value.iso(), ev.duration, ev.end_date().isoformat()
        ('2019-02-05', 'P3D', '2019-02-07')
        """
        return _end_date(self.date, self.duration)

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
            "duration": self.duration,
        }
        if dates is not None:
            out["date_index"] = _first_positions(dates).get(self.date) if self.date else None
        return out


@_stored_at_once
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


@_stored_at_once
@dataclass(frozen=True)
class EventOccurrence:
    """One real-world event: the mentions of it in a text, with their values merged.

    ``id`` is ``e1``, ``e2`` … in text order of the first mention. ``type`` is
    the mentions' type; ``status``, ``date``, ``place`` and ``participants`` are
    merged from the mentions (see docs/events.md): the most specific value wins,
    and a mention keeps its own value when it says something else. ``duration`` is
    the first one a mention gives; ``code`` is its PLOVER and CAMEO event code
    (``None`` for an occurrence built by hand).
    """

    id: str
    mentions: tuple[EventMention, ...]
    type: EventType
    status: EventStatus = EventStatus.UNKNOWN
    date: DateMention | None = None
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    duration: str | None = None
    code: EventCode | None = None

    def end_date(self) -> dt.date | None:
        """The last day of the event, as :meth:`EventMention.end_date` reckons it.

        >>> import arabic_events as ae
        >>> text = "انطلقت أمس أشغال المؤتمر على مدى يومين. ويشارك في المؤتمر خبراء."
        >>> occ = ae.extract(text, "2019-02-06").occurrences[0]
        >>> occ.duration, occ.end_date().isoformat()
        ('P2D', '2019-02-06')
        """
        return _end_date(self.date, self.duration)

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
            "duration": self.duration,
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
    built by hand without them). ``times`` are the clock times and parts of the
    day that are not joined to a date (each resolved to the day it most likely
    falls on, see docs/dates.md), ``durations`` the lengths of time the text gives.
    """

    text: str
    reference: dt.date
    dates: tuple[DateMention, ...] = field(default_factory=tuple)
    events: tuple[EventMention, ...] = field(default_factory=tuple)
    occurrences: tuple[EventOccurrence, ...] = field(default_factory=tuple)
    times: tuple[DateMention, ...] = field(default_factory=tuple)
    durations: tuple[DurationMention, ...] = field(default_factory=tuple)

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
            "times": [t.to_dict() for t in self.times],
            "durations": [d.to_dict() for d in self.durations],
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
        per mention with ``mentions``; ``country`` is the place's ISO code; ``missing``
        fills an absent date, place or country, and occurrence ids are counted from
        ``first_id`` (for a text read in pieces).

        >>> import datetime as dt
        >>> Document("", dt.date(2019, 1, 1)).event_table()
        (['event', 'mentions', 'type', 'status', 'date', 'place', 'country'], [])
        """
        if mentions:
            return ["trigger", "type", "status", "date", "place", "country"], [
                [
                    e.trigger,
                    e.type.value,
                    e.status.value,
                    e.date.value.iso() if e.date else missing,
                    e.place.text if e.place else missing,
                    (e.place.country if e.place else None) or missing,
                ]
                for e in self.events
            ]
        return ["event", "mentions", "type", "status", "date", "place", "country"], [
            [
                f"e{int(o.id[1:]) + first_id}",
                "، ".join(m.trigger for m in o.mentions),
                o.type.value,
                o.status.value,
                o.date.value.iso() if o.date else missing,
                o.place.text if o.place else missing,
                (o.place.country if o.place else None) or missing,
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
