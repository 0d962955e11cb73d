"""arabic_events: dates and events in Arabic news text.

>>> import arabic_events as ae
>>> ae.normalize("إِلَى اللِّقَاءِ")
'الي اللقاء'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# eager: ``normalize`` is also the name of its module, and a submodule imported after
# the package would otherwise bind the module over the function
from .normalize import NormalizeConfig, Normalized, normalize, normalize_map
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

#: The functions and classes that live beside the data model, by the module that
#: defines them: each module is imported the first time one of its names is used,
#: so ``import arabic_events`` stays cheap (the grammar, the lexicon tables and the
#: place index are built on first use, not on import). No name here may also be the
#: name of a submodule (tests/test_import.py).
_LAZY: dict[str, str] = {
    "find_dates": ".dates",
    "parse_date": ".dates",
    "WorldEvent": ".dedupe",
    "dedupe_occurrences": ".dedupe",
    "find_events": ".events",
    "resolve_actor": ".events.actors",
    "extract": ".pipeline",
    "to_frame": ".frames",
    "resolve_place": ".geo",
    "find_durations": ".times",
    "find_times": ".times",
}

if TYPE_CHECKING:
    from .dates import find_dates, parse_date
    from .dedupe import WorldEvent, dedupe_occurrences
    from .events import find_events
    from .events.actors import resolve_actor
    from .frames import to_frame
    from .geo import resolve_place
    from .pipeline import extract
    from .times import find_durations, find_times


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups do not come back here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
