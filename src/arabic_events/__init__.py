"""arabic_events: dates and events in Arabic news text.

>>> import arabic_events as ae
>>> ae.normalize("إِلَى اللِّقَاءِ")
'الي اللقاء'
"""

from __future__ import annotations

from .dates import find_dates, parse_date
from .events import find_events
from .events.actors import resolve_actor
from .extract import extract
from .frames import to_frame
from .normalize import NormalizeConfig, Normalized, normalize, normalize_map
from .types import (
    ActorRole,
    Calendar,
    DateMention,
    DateValue,
    Document,
    EventCode,
    EventMention,
    EventOccurrence,
    EventStatus,
    EventType,
    Grain,
    Participant,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "ActorRole",
    "Calendar",
    "DateMention",
    "DateValue",
    "Document",
    "EventCode",
    "EventMention",
    "EventOccurrence",
    "EventStatus",
    "EventType",
    "Grain",
    "NormalizeConfig",
    "Normalized",
    "Participant",
    "Span",
    "__version__",
    "extract",
    "find_dates",
    "find_events",
    "normalize",
    "normalize_map",
    "parse_date",
    "resolve_actor",
    "to_frame",
]
