"""arabic_events: dates and events in Arabic news text.

>>> import arabic_events as ae
>>> ae.normalize("إِلَى اللِّقَاءِ")
'الي اللقاء'
"""

from __future__ import annotations

from .dates import find_dates, parse_date
from .dedupe import WorldEvent, dedupe_occurrences
from .events import find_events
from .events.actors import resolve_actor
from .extract import extract
from .frames import to_frame
from .geo import resolve_place
from .normalize import NormalizeConfig, Normalized, normalize, normalize_map
from .times import find_durations, find_times
from .types import (
    ActorRole,
    Calendar,
    DateMention,
    DateValue,
    DayPart,
    Document,
    DurationMention,
    EventCode,
    EventMention,
    EventOccurrence,
    EventStatus,
    EventType,
    Grain,
    Participant,
    Place,
    PlaceKind,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "ActorRole",
    "Calendar",
    "DateMention",
    "DateValue",
    "DayPart",
    "Document",
    "DurationMention",
    "EventCode",
    "EventMention",
    "EventOccurrence",
    "EventStatus",
    "EventType",
    "Grain",
    "NormalizeConfig",
    "Normalized",
    "Participant",
    "Place",
    "PlaceKind",
    "Span",
    "WorldEvent",
    "__version__",
    "dedupe_occurrences",
    "extract",
    "find_dates",
    "find_durations",
    "find_events",
    "find_times",
    "normalize",
    "normalize_map",
    "parse_date",
    "resolve_actor",
    "resolve_place",
    "to_frame",
]
