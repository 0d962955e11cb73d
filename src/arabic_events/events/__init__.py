"""Events: triggers, status, date and place linking, on top of the dates."""

from .finder import analyze, find_events

__all__ = ["analyze", "find_events"]
