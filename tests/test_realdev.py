"""Accuracy floors on the evaluation sets kept beside the repository.

``shared/eval/`` (next to the repository folder, or next to the folder that
holds the working trees) has ``score.py`` and two gold files: ``dev.jsonl``
(authored sentences) and ``realdev.jsonl`` (published news passages). The
scorer is imported by path and run on both; each figure must stay at or above
the floor reached when it was last raised. The module skips when the folder is
absent (a source checkout on its own).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

import arabic_events

_CANDIDATES = (
    Path(__file__).parents[1] / ".." / "shared" / "eval",
    Path(__file__).parents[2] / ".." / "shared" / "eval",
)
EVAL = next((p.resolve() for p in _CANDIDATES if (p / "score.py").is_file()), None)

pytestmark = pytest.mark.skipif(EVAL is None, reason="shared/eval is not beside the repository")

# date value F1, overall and per region
DATE_FLOORS = {
    "realdev.jsonl": {
        "all": 0.994,
        "DZ": 0.993,
        "EGGULF": 0.999,
        "HIJRI": 0.999,
        "LEV": 0.969,
        "MA": 1.0,
        "MIXED": 1.0,
    },
    "dev.jsonl": {"all": 0.99},
}
# event figures on realdev: trigger F1, then accuracies over matched pairs
EVENT_FLOORS = {
    "realdev.jsonl": {
        "trigger": 0.992,
        "type_acc": 0.996,
        "status_acc": 0.901,
        "date_link_acc": 0.929,
        "no_date_acc": 0.886,  # events listed after an inclusion verb: one passage dates them, another not
        "place_acc": 0.81,
    },
    "dev.jsonl": {
        "trigger": 0.999,
        "type_acc": 0.999,
        "status_acc": 0.999,
        "date_link_acc": 0.999,
        "no_date_acc": 0.999,
        "place_acc": 0.999,
    },
}


def _scorer() -> Any:
    assert EVAL is not None
    spec = importlib.util.spec_from_file_location("_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    assert EVAL is not None
    score = _scorer()
    out = {}
    for name in DATE_FLOORS:
        with (EVAL / name).open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        out[name] = score.score(records, arabic_events)
    return out


@pytest.mark.parametrize("name", sorted(DATE_FLOORS))
def test_no_crash(results: dict[str, Any], name: str) -> None:
    assert results[name]["crashes"] == 0


@pytest.mark.parametrize(
    ("name", "region"), [(n, r) for n, floors in DATE_FLOORS.items() for r in floors]
)
def test_date_value_f1(results: dict[str, Any], name: str, region: str) -> None:
    got = results[name]
    f1 = (
        got["dates"]["value_prf"][2]
        if region == "all"
        else got["dates_by_region"][region]["value_prf"][2]
    )
    assert f1 >= DATE_FLOORS[name][region], f"{name} {region}: date value F1 {f1}"


@pytest.mark.parametrize(
    ("name", "figure"), [(n, f) for n, floors in EVENT_FLOORS.items() for f in floors]
)
def test_event_figures(results: dict[str, Any], name: str, figure: str) -> None:
    events = results[name]["events"]
    got = events["trigger_prf"][2] if figure == "trigger" else events[figure]
    assert got is not None and got >= EVENT_FLOORS[name][figure], f"{name} {figure}: {got}"
