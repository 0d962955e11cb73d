"""Events: triggers, status, date and place linking, on top of the dates."""

from .finder import find_events

__all__ = ["find_events"]
