"""Data tables: month names, numbers, relative words, event triggers, places."""
