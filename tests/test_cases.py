"""Every case of ``tests/cases/`` run against the function its file is named for.

The harness (finding, reading and marking the cases) is ``tests/_cases.py``; the
format is described in ``tests/cases/README.md``.  This module says, for each
family, which keys its cases have, what makes one well formed and how it is
checked:

* ``dates``: ``find_dates(text, reference)`` gives exactly the gold list of
  ``(text, start, end, from, to, grain)``, in order;
* ``events``: ``find_events(text, reference)`` finds every expected event with
  exactly its trigger span, type, status, linked date text (``None``: no date)
  and place text, and no other event.  An expected ``None`` place is only
  checked when the case has ``"strict_place": true``;
* ``times``: ``find_dates`` gives exactly the gold ``dates`` (with their times),
  ``find_times`` the gold ``times`` and ``find_durations`` the gold ``durations``;
* ``places``: ``find_events(text, reference)`` reports ``place`` (its text) as the
  place of an event, resolved to ``country`` (ISO alpha-2, ``null``: none); a
  ``null`` place means no event has a place;
* ``normalize``: ``normalize(text, config)`` and ``normalize_map(text, config).text``
  are ``expected``; ``config`` absent is the default, a string names a preset, an
  object switches steps relative to the default (``{"alef": false}``);
* ``actors``: among the participants of every event ``find_events(text, reference)``
  finds, each expected one is there with exactly its text, and its ``country`` and
  ``role`` (``None``: none), and its ``portfolio`` and ``organization`` when the case
  gives them; other participants are not judged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from _cases import (
    CASES_DIR,
    KINDS,
    Case,
    CaseFile,
    case_files,
    common_problems,
    generators,
    load,
    load_generator,
)

import arabic_events
from arabic_events.normalize import NormalizeConfig, normalize, normalize_map


@dataclass(frozen=True)
class Family:
    keys: frozenset[str]
    """The keys its cases may have besides ``id``, ``text``, ``note``, ``expect``, ``reason``."""
    problems: Callable[[Case], list[str]]
    """What is wrong with a case (the keys every case shares are checked apart)."""
    check: Callable[[dict[str, Any]], None]
    """Runs the case: an ``AssertionError`` when the library does something else."""
    id_prefixes: dict[str, str] | None = None
    """The id prefix of each kind (``syn-0001``), or ``None`` for free ids."""


def _reference_problems(case: Case) -> list[str]:
    try:
        date.fromisoformat(case.data["reference"])
    except (KeyError, TypeError, ValueError):
        return [f"{case.where}: reference {case.data.get('reference')!r} is not an ISO date"]
    return []


def _span_problems(label: str, text: str, start: Any, end: Any, span: Any) -> list[str]:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"{label}: bad offsets {start}:{end} for a text of length {len(text)}"]
    out = []
    if text[start:end] != span:
        out.append(f"{label}: text[{start}:{end}] == {text[start:end]!r}, not {span!r}")
    if span != span.strip():
        out.append(f"{label}: {span!r} has surrounding whitespace")
    return out


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

GRAINS = frozenset({"day", "week", "month", "year", "range", "quarter", "half", "season", "decade"})
DATE_KEYS = ("text", "start", "end", "from", "to", "grain")
DateRow = tuple[str, int, int, str, str, str]


def _dates_problems(case: Case) -> list[str]:
    out = _reference_problems(case)
    dates = case.data.get("dates")
    if not isinstance(dates, list):
        return [*out, f"{case.where}: dates must be a list"]
    text, previous_end = case.data["text"], 0
    for i, d in enumerate(dates):
        label = f"{case.where} date #{i}"
        missing = [k for k in DATE_KEYS if k not in d]
        if missing:
            out.append(f"{label}: missing keys {missing}")
            continue
        spans = _span_problems(label, text, d["start"], d["end"], d["text"])
        out += spans
        if spans and "bad offsets" in spans[0]:
            continue
        if d["start"] < previous_end:
            out.append(f"{label}: spans overlap or are out of text order")
        previous_end = d["end"]
        if d["grain"] not in GRAINS:
            out.append(f"{label}: grain {d['grain']!r} not in {sorted(GRAINS)}")
        try:
            lo, hi = date.fromisoformat(d["from"]), date.fromisoformat(d["to"])
        except (TypeError, ValueError):
            out.append(f"{label}: from/to {d['from']!r}/{d['to']!r} are not ISO dates")
            continue
        if lo > hi:
            out.append(f"{label}: from {lo} is after to {hi}")
        if d["grain"] == "day" and lo != hi:
            out.append(f"{label}: a day grain must have from == to")
    return out


def _show_dates(rows: list[DateRow]) -> str:
    if not rows:
        return "    (none)"
    return "\n".join(f"    {r[0]!r} [{r[1]}:{r[2]}] {r[3]}..{r[4]} {r[5]}" for r in rows)


def _check_dates(case: dict[str, Any]) -> None:
    expected: list[DateRow] = [tuple(d[k] for k in DATE_KEYS) for d in case["dates"]]  # type: ignore[misc]
    mentions = arabic_events.find_dates(
        case["text"], reference=date.fromisoformat(case["reference"])
    )
    got = [
        (
            m.text,
            m.start,
            m.end,
            m.value.start.isoformat(),
            m.value.end.isoformat(),
            m.value.grain.value,
        )
        for m in mentions
    ]
    assert got == expected, (
        f"\n  note:      {case['note']}"
        f"\n  text:      {case['text']}"
        f"\n  reference: {case['reference']}"
        f"\n  expected:\n{_show_dates(expected)}"
        f"\n  got:\n{_show_dates(got)}"
        f"\n  missing:\n{_show_dates([r for r in expected if r not in got])}"
        f"\n  extra:\n{_show_dates([r for r in got if r not in expected])}"
    )


# --------------------------------------------------------------------------
# events
# --------------------------------------------------------------------------

TYPES = frozenset(
    {"meeting", "summit", "conference", "forum", "visit", "talks", "session", "workshop", "other"}
)
STATUSES = frozenset({"held", "planned", "ongoing", "postponed", "cancelled", "unknown"})
EVENT_KEYS = ("trigger", "start", "end", "type", "status", "date", "place")


def _events_problems(case: Case) -> list[str]:
    out = _reference_problems(case)
    if not isinstance(case.data.get("strict_place", False), bool):
        out.append(f"{case.where}: strict_place must be a boolean")
    events = case.data.get("events")
    if not isinstance(events, list):
        return [*out, f"{case.where}: events must be a list"]
    text, previous_end = case.data["text"], 0
    for i, ev in enumerate(events):
        label = f"{case.where} event #{i}"
        missing = [k for k in EVENT_KEYS if k not in ev]
        if missing:
            out.append(f"{label}: missing keys {missing}")
            continue
        spans = _span_problems(label, text, ev["start"], ev["end"], ev["trigger"])
        out += spans
        if spans and "bad offsets" in spans[0]:
            continue
        if ev["start"] < previous_end:
            out.append(f"{label}: triggers overlap or are out of text order")
        previous_end = ev["end"]
        if ev["type"] not in TYPES:
            out.append(f"{label}: type {ev['type']!r} not in {sorted(TYPES)}")
        if ev["status"] not in STATUSES:
            out.append(f"{label}: status {ev['status']!r} not in {sorted(STATUSES)}")
        for key in ("date", "place"):
            value = ev[key]
            if value is not None and (not isinstance(value, str) or value not in text):
                out.append(f"{label}: {key} {value!r} is not a piece of the text")
    return out


def _show_event(ev: Any) -> str:
    d = ev.date.text if ev.date is not None else None
    p = ev.place.text if ev.place is not None else None
    where = f"{ev.trigger!r} [{ev.start}:{ev.end}]"
    return f"{where} {ev.type.value} {ev.status.value} date={d!r} place={p!r}"


def _check_events(case: dict[str, Any]) -> None:
    text = case["text"]
    got = arabic_events.find_events(text, reference=date.fromisoformat(case["reference"]))
    by_span = {(e.start, e.end): e for e in got}
    strict_place = case.get("strict_place", False)
    problems = []
    for want in case["events"]:
        label = f"{want['trigger']!r} [{want['start']}:{want['end']}]"
        ev = by_span.pop((want["start"], want["end"]), None)
        if ev is None:
            problems.append(f"missing event {label}")
            continue
        checks = [
            ("type", want["type"], ev.type.value),
            ("status", want["status"], ev.status.value),
            ("date", want["date"], ev.date.text if ev.date is not None else None),
        ]
        if want["place"] is not None or strict_place:
            checks.append(("place", want["place"], ev.place.text if ev.place is not None else None))
        problems += [f"{label}: {k} expected {a!r}, got {b!r}" for k, a, b in checks if a != b]
    problems += [f"extra event {_show_event(ev)}" for ev in by_span.values()]
    assert not problems, (
        f"\n  note:      {case['note']}"
        f"\n  text:      {text}"
        f"\n  reference: {case['reference']}"
        f"\n  got:\n"
        + ("\n".join(f"    {_show_event(e)}" for e in got) or "    (none)")
        + "\n  problems:\n"
        + "\n".join(f"    {p}" for p in problems)
    )


# --------------------------------------------------------------------------
# times
# --------------------------------------------------------------------------

TIME_KEYS = ("text", "start", "end", "from", "to", "time_start", "time_end", "day_part", "tz")
DURATION_KEYS = ("text", "start", "end", "value")
DAY_PARTS = frozenset({"morning", "noon", "afternoon", "evening", "night", None})


def _times_problems(case: Case) -> list[str]:
    out = _reference_problems(case)
    text = case.data["text"]
    for kind, keys in (("dates", TIME_KEYS), ("times", TIME_KEYS), ("durations", DURATION_KEYS)):
        items = case.data.get(kind)
        if not isinstance(items, list):
            out.append(f"{case.where}: {kind} must be a list")
            continue
        for i, d in enumerate(items):
            label = f"{case.where} {kind} #{i}"
            missing = [k for k in keys if k not in d]
            if missing:
                out.append(f"{label}: missing keys {missing}")
                continue
            out += _span_problems(label, text, d["start"], d["end"], d["text"])
            if kind != "durations" and d["day_part"] not in DAY_PARTS:
                out.append(f"{label}: day_part {d['day_part']!r}")
    return out


def _time_row(m: Any) -> tuple[Any, ...]:
    v = m.value
    return (
        m.text, m.start, m.end, v.start.isoformat(), v.end.isoformat(),
        f"{v.time_start:%H:%M}" if v.time_start else None,
        f"{v.time_end:%H:%M}" if v.time_end else None,
        v.day_part.value if v.day_part else None, v.tz, v.approximate,
    )  # fmt: skip


def _check_times(case: dict[str, Any]) -> None:
    text, ref = case["text"], date.fromisoformat(case["reference"])
    got = {
        "dates": [_time_row(m) for m in arabic_events.find_dates(text, ref)],
        "times": [_time_row(m) for m in arabic_events.find_times(text, ref)],
        "durations": [
            (d.text, d.start, d.end, d.value) for d in arabic_events.find_durations(text)
        ],
    }
    for kind in ("dates", "times"):
        expected = [(*(d[k] for k in TIME_KEYS), d.get("approximate", False)) for d in case[kind]]
        assert got[kind] == expected, f"{case['note']}\n  {kind}: {got[kind]} != {expected}"
    expected_durations = [tuple(d[k] for k in DURATION_KEYS) for d in case["durations"]]
    assert got["durations"] == expected_durations, case["note"]


# places
# --------------------------------------------------------------------------


def _places_problems(case: Case) -> list[str]:
    out = _reference_problems(case)
    place, country = case.data.get("place"), case.data.get("country")
    if place is not None and (not isinstance(place, str) or place not in case.data["text"]):
        out.append(f"{case.where}: place {place!r} is not a piece of the text")
    if country is not None and not (
        isinstance(country, str) and len(country) == 2 and country.isupper()
    ):
        out.append(f"{case.where}: country {country!r} is not an ISO 3166-1 alpha-2 code")
    if place is None and "country" in case.data:
        out.append(f"{case.where}: a country without a place")
    return out


def _check_places(case: dict[str, Any]) -> None:
    text = case["text"]
    events = arabic_events.find_events(text, reference=date.fromisoformat(case["reference"]))
    got = [(e.place.text, e.place.country) for e in events if e.place is not None]
    if case["place"] is None:
        assert not got, f"\n  note: {case['note']}\n  text: {text}\n  places: {got}"
    else:
        want = (case["place"], case.get("country"))
        assert want in got, (
            f"\n  note: {case['note']}\n  text: {text}\n  want: {want}\n  got: {got}"
        )


# --------------------------------------------------------------------------
# normalize
# --------------------------------------------------------------------------

STEPS = frozenset(f.name for f in fields(NormalizeConfig))
PRESETS = ("default", "search", "identity")


def _normalize_problems(case: Case) -> list[str]:
    out = []
    if not isinstance(case.data.get("expected"), str):
        out.append(f"{case.where}: expected must be a string")
    spec = case.data.get("config")
    if isinstance(spec, dict):
        if not set(spec) <= STEPS:
            out.append(f"{case.where}: unknown steps {sorted(set(spec) - STEPS)}")
        if not all(isinstance(v, bool) for v in spec.values()):
            out.append(f"{case.where}: a step is switched with true or false")
    elif spec is not None and spec not in PRESETS:
        out.append(f"{case.where}: config {spec!r} is neither a preset {PRESETS} nor steps")
    return out


def _config(spec: object) -> NormalizeConfig:
    if spec is None:
        return NormalizeConfig()
    if isinstance(spec, str):
        return NormalizeConfig.preset(spec)
    assert isinstance(spec, dict)
    return NormalizeConfig(**spec)


def _check_normalize(case: dict[str, Any]) -> None:
    config = _config(case.get("config"))
    assert normalize(case["text"], config) == case["expected"], case["note"]
    assert normalize_map(case["text"], config).text == case["expected"], case["note"]


# --------------------------------------------------------------------------
# actors
# --------------------------------------------------------------------------

ROLES = frozenset(r.value for r in arabic_events.ActorRole)
PARTICIPANT_KEYS = ("text", "country", "role")
PARTICIPANT_OPTIONAL = ("portfolio", "organization")


def _actors_problems(case: Case) -> list[str]:
    out = _reference_problems(case)
    participants = case.data.get("participants")
    if not isinstance(participants, list) or not participants:
        return [*out, f"{case.where}: participants must be a non-empty list"]
    for i, p in enumerate(participants):
        label = f"{case.where} participant #{i}"
        if not isinstance(p, dict):
            out.append(f"{label}: not an object")
            continue
        missing = [k for k in PARTICIPANT_KEYS if k not in p]
        unknown = set(p) - set(PARTICIPANT_KEYS) - set(PARTICIPANT_OPTIONAL)
        if missing or unknown:
            out.append(f"{label}: missing keys {missing}, unknown keys {sorted(unknown)}")
            continue
        if not isinstance(p["text"], str) or p["text"] not in case.data["text"]:
            out.append(f"{label}: text {p['text']!r} is not a piece of the text")
        if p["country"] is not None and not (
            isinstance(p["country"], str) and len(p["country"]) == 2 and p["country"].isupper()
        ):
            out.append(f"{label}: country {p['country']!r} is not an ISO alpha-2 code")
        if p["role"] is not None and p["role"] not in ROLES:
            out.append(f"{label}: role {p['role']!r} not in {sorted(ROLES)}")
    return out


def _show_participant(p: Any) -> str:
    role = p.role.value if p.role is not None else None
    return (
        f"{p.text!r} country={p.country!r} role={role!r} "
        f"portfolio={p.portfolio!r} organization={p.organization!r}"
    )


def _check_actors(case: dict[str, Any]) -> None:
    text = case["text"]
    events = arabic_events.find_events(text, reference=date.fromisoformat(case["reference"]))
    got = [p for e in events for p in e.participants]
    problems = []
    for want in case["participants"]:
        match = next((p for p in got if p.text == want["text"]), None)
        if match is None:
            problems.append(f"missing participant {want['text']!r}")
            continue
        values = {
            "country": match.country,
            "role": match.role.value if match.role is not None else None,
            "portfolio": match.portfolio,
            "organization": match.organization,
        }
        for k in (*PARTICIPANT_KEYS[1:], *PARTICIPANT_OPTIONAL):
            if k in want and want[k] != values[k]:
                problems.append(f"{want['text']!r}: {k} expected {want[k]!r}, got {values[k]!r}")
    assert not problems, (
        f"\n  note:      {case['note']}"
        f"\n  text:      {text}"
        f"\n  got:\n"
        + ("\n".join(f"    {_show_participant(p)}" for p in got) or "    (none)")
        + "\n  problems:\n"
        + "\n".join(f"    {p}" for p in problems)
    )


# --------------------------------------------------------------------------
# the families and their cases
# --------------------------------------------------------------------------

FAMILIES: dict[str, Family] = {
    "dates": Family(
        frozenset({"reference", "dates"}),
        _dates_problems,
        _check_dates,
        {"synthetic": "syn", "real": "real", "negative": "neg"},
    ),
    "events": Family(
        frozenset({"reference", "events", "strict_place"}),
        _events_problems,
        _check_events,
        {"synthetic": "evs", "real": "evr", "negative": "evn"},
    ),
    "times": Family(
        frozenset({"reference", "dates", "times", "durations"}),
        _times_problems,
        _check_times,
        {"real": "tr", "negative": "tn", "synthetic": "ts"},
    ),
    "normalize": Family(frozenset({"expected", "config"}), _normalize_problems, _check_normalize),
    "places": Family(
        frozenset({"reference", "place", "country"}),
        _places_problems,
        _check_places,
        {"synthetic": "syn", "real": "real", "negative": "neg"},
    ),
    "actors": Family(
        frozenset({"reference", "participants"}),
        _actors_problems,
        _check_actors,
        {"synthetic": "acs", "real": "acr", "negative": "acn"},
    ),
}


def family_of(file: CaseFile) -> str:
    """The family a file's name starts with: ``dates_yeartail_real.jsonl`` is a ``dates``
    file on the topic ``yeartail``; the name itself when no family matches."""
    name = file.family
    while name and name not in FAMILIES:
        name = name.rpartition("_")[0]
    return name or file.family


def topic_of(file: CaseFile) -> str:
    """What follows the family in a file's name (``yeartail``), or ``""``."""
    return file.family[len(family_of(file)) + 1 :]


FILES = case_files()
CASES = {file.name: load(file) for file in FILES}


@pytest.mark.parametrize("case", [case.param() for file in FILES for case in CASES[file.name]])
def test_case(case: Case) -> None:
    family = FAMILIES.get(family_of(case.file))
    assert family is not None, f"{case.file.name}: no family {case.file.family!r} in FAMILIES"
    family.check(case.data)


# --------------------------------------------------------------------------
# the corpus itself
# --------------------------------------------------------------------------


def _file_problems(file: CaseFile) -> list[str]:
    if file.path.stem.endswith("_known_failures"):
        return [f'{file.name}: mark a known failure on its case ("expect": "fail") instead']
    family = FAMILIES.get(family_of(file))
    if family is None:
        return [f"{file.name}: the file name names no family of {sorted(FAMILIES)}"]
    if file.kind not in KINDS:
        return [f"{file.name}: the kind {file.kind!r} is not one of {KINDS}"]
    cases = CASES[file.name]
    if not cases:
        return [f"{file.name}: no cases"]
    out = []
    for case in cases:
        problems = common_problems(case, family.keys)
        out += problems or family.problems(case)
        if family.id_prefixes is not None:
            topic = topic_of(file)
            prefix = (f"{topic}-" if topic else "") + family.id_prefixes[file.kind] + "-"
            if not case.id.startswith(prefix):
                out.append(f"{case.where}: the id should start with {prefix}")
    return out


@pytest.mark.parametrize("name", [file.name for file in FILES])
def test_case_file_is_well_formed(name: str) -> None:
    problems = _file_problems(CaseFile(CASES_DIR / name))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_family_has_case_files_with_unique_ids(family: str) -> None:
    cases = [case for file in FILES if family_of(file) == family for case in CASES[file.name]]
    assert cases, f"no tests/cases/{family}_<kind>.jsonl file"
    seen: dict[str, str] = {}
    duplicates = []
    for case in cases:
        if case.id in seen:
            duplicates.append(f"{case.id}: {seen[case.id]} and {case.where}")
        seen[case.id] = case.where
    assert not duplicates, "\n".join(duplicates)


@pytest.mark.parametrize("script", generators(), ids=lambda path: path.stem)
def test_generated_files_match_their_generator(script: Path) -> None:
    """A generated .jsonl changes through its script, never by hand."""
    built = load_generator(script).build()
    assert built, f"{script.name} builds no file"
    for name, rows in built.items():
        assert name in CASES, f"{script.name} builds {name}, which is not in tests/cases/"
        on_disk = [case.data for case in CASES[name]]
        assert on_disk == rows, (
            f"{name} is stale or hand-edited: run python tests/cases/{script.name}"
        )


# --------------------------------------------------------------------------
# the harness itself
# --------------------------------------------------------------------------


def test_a_new_case_file_is_picked_up_by_its_name(tmp_path: Path) -> None:
    rows = [{"id": "x-1", "text": "نص", "note": "n"}, {"id": "x-2", "text": "نص", "note": "n"}]
    (tmp_path / "speeches_real.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8"
    )
    (tmp_path / "notes.txt").write_text("not a case file", encoding="utf-8")
    [file] = case_files(tmp_path)
    assert (file.family, file.kind) == ("speeches", "real")
    assert [(c.id, c.line, c.data) for c in load(file)] == [
        ("x-1", 1, rows[0]),
        ("x-2", 2, rows[1]),
    ]
    assert _file_problems(file) == [
        f"speeches_real.jsonl: the file name names no family of {sorted(FAMILIES)}"
    ]
    assert (CaseFile(tmp_path / "parse_date_synthetic.jsonl").family) == "parse_date"


def test_a_known_failure_is_a_strict_xfail_with_its_reason() -> None:
    file = CaseFile(CASES_DIR / "dates_real.jsonl")
    data = {"id": "real-999", "text": "أمس", "note": "n", "expect": "fail", "reason": "why"}
    [mark] = Case(data, file, 1).param().marks
    assert (mark.name, mark.kwargs) == ("xfail", {"strict": True, "reason": "why"})
    assert not Case({**data, "expect": "pass"}, file, 1).param().marks
    bad = Case({k: v for k, v in data.items() if k != "reason"}, file, 1)
    assert common_problems(bad, frozenset()) == [
        "dates_real.jsonl:1 real-999: a known failure needs a reason"
    ]


def test_a_separate_known_failures_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dates_known_failures.jsonl"
    path.write_text('{"id": "syn-0001", "text": "أمس", "note": "n"}\n', encoding="utf-8")
    assert _file_problems(CaseFile(path)) == [
        'dates_known_failures.jsonl: mark a known failure on its case ("expect": "fail") instead'
    ]


def test_a_case_whose_gold_does_not_match_its_text_is_reported() -> None:
    file = CaseFile(CASES_DIR / "dates_real.jsonl")
    gold = {"text": "أمس", "start": 4, "end": 7, "from": "2019-01-01", "to": "2019-01-01"}
    data = {"id": "real-1", "text": "وقع أمس", "reference": "2019-01-02", "note": "n"}
    good = Case({**data, "dates": [{**gold, "grain": "day"}]}, file, 1)
    assert _dates_problems(good) == []
    bad = Case({**data, "dates": [{**gold, "start": 3, "grain": "days"}]}, file, 1)
    assert _dates_problems(bad) == [
        "dates_real.jsonl:1 real-1 date #0: text[3:7] == ' أمس', not 'أمس'",
        "dates_real.jsonl:1 real-1 date #0: grain 'days' not in " + str(sorted(GRAINS)),
    ]


def test_an_actors_case_with_a_bad_role_or_country_is_reported() -> None:
    file = CaseFile(CASES_DIR / "actors_countries_real.jsonl")
    data = {"id": "countries-acr-999", "text": "وفد مصري", "reference": "2019-01-02", "note": "n"}
    good = Case(
        {**data, "participants": [{"text": "وفد مصري", "country": "EG", "role": "delegation"}]},
        file,
        1,
    )
    assert _actors_problems(good) == []
    bad = Case(
        {**data, "participants": [{"text": "وفد", "country": "egy", "role": "team"}]}, file, 1
    )
    assert _actors_problems(bad) == [
        "actors_countries_real.jsonl:1 countries-acr-999 participant #0: "
        "country 'egy' is not an ISO alpha-2 code",
        "actors_countries_real.jsonl:1 countries-acr-999 participant #0: role 'team' not in "
        + str(sorted(ROLES)),
    ]


def test_an_actors_case_fails_on_a_wrong_country() -> None:
    case = {
        "text": "عقد المجلس اجتماعه بحضور وفد قطري",
        "reference": "2019-01-02",
        "note": "n",
        "participants": [{"text": "وفد قطري", "country": "QA", "role": "delegation"}],
    }
    _check_actors(case)
    with pytest.raises(AssertionError, match="country expected 'KW', got 'QA'"):
        _check_actors({**case, "participants": [{**case["participants"][0], "country": "KW"}]})
