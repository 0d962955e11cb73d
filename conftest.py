"""Doctests that need an optional extra are skipped where it is not installed, so
that ``pip install -e ".[test]" && python -m pytest`` passes without the extras
(their tests skip the same way, with ``pytest.importorskip``)."""

from __future__ import annotations

import importlib.util

import pytest

#: doctest name -> the modules it needs beyond the ``test`` extra
DOCTEST_NEEDS: dict[str, tuple[str, ...]] = {
    "arabic_events.scaling.event_rows": ("pyarrow",),
    "arabic_events.scaling.iter_event_rows": ("pyarrow",),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        missing = [m for m in DOCTEST_NEEDS.get(item.name, ()) if not importlib.util.find_spec(m)]
        if missing:
            extra = ", ".join(missing)
            item.add_marker(pytest.mark.skip(reason=f"needs {extra} (not installed)"))
