"""The public frozen types build like the dataclasses they are (see ``types._stored_at_once``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import pickle

import pytest

from arabic_events import types as t

STORED_AT_ONCE = [
    t.DateValue,
    t.Span,
    t.Place,
    t.DateMention,
    t.DurationMention,
    t.Participant,
    t.EventMention,
    t.EventCode,
    t.EventOccurrence,
]


@pytest.mark.parametrize("cls", STORED_AT_ONCE, ids=lambda c: c.__name__)
def test_the_parameters_are_the_fields(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, (cls.__name__, f.name)


def test_a_value_is_stored_frozen_compared_hashed_and_pickled() -> None:
    day = dt.date(2019, 2, 6)
    a = t.DateValue(day, day, t.Grain.DAY)
    b = t.DateValue(start=day, end=day, grain=t.Grain.DAY)
    assert a == b and hash(a) == hash(b)
    assert (a.calendar, a.hijri, a.approximate, a.tz) == (t.Calendar.GREGORIAN, None, False, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = day  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(a)) == a
    span = t.Span("الرباط", 3, 9)
    assert (span.text, span.start, span.end) == ("الرباط", 3, 9)
    assert dataclasses.replace(span, start=4).start == 4
    assert t.DateValue(day, day, t.Grain.DAY, approximate=True) != a


def test_a_missing_field_is_refused_as_before() -> None:
    with pytest.raises(TypeError):
        t.Span("الرباط", 3)  # type: ignore[call-arg]
