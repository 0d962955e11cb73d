"""Dates: the grammar built from the lexicon, its resolution, and the finder."""

from .finder import find_dates, parse_date

__all__ = ["find_dates", "parse_date"]
