"""Participants: short spans after بمشاركة/بحضور/برئاسة/بين/مع and the subject of meeting verbs."""

from __future__ import annotations

import pytest

import arabic_events as ae

CASES = [
    ("التقى وزير الخارجية الأردني نظيره العراقي في عمان", "التقى", ["وزير الخارجية الأردني"]),
    ("اجتمع وزراء الداخلية العرب البارحة في تونس", "اجتمع", ["وزراء الداخلية العرب"]),
    ("عقد اجتماع بمشاركة 40 خبيرا من عدة دول", "اجتماع", ["40 خبيرا"]),
    ("انعقدت الجلسة برئاسة رئيس المجلس في مقره", "الجلسة", ["رئيس المجلس"]),
    ("أجرى الوزير مباحثات مع نظيره الموريتاني بالرباط", "مباحثات", ["نظيره الموريتاني"]),
    ("جرت محادثات بين وفدي البلدين يوم 3 مارس 2019", "محادثات", ["البلدين"]),
    ("اجتمعوا في واشنطن", "اجتمعوا", []),
]


@pytest.mark.parametrize(("text", "trigger", "want"), CASES)
def test_participants(text: str, trigger: str, want: list[str]) -> None:
    events = [e for e in ae.find_events(text, "2019-04-15") if e.trigger == trigger]
    assert len(events) == 1
    got = events[0].participants
    assert [p.text for p in got] == want
    for p in got:
        assert text[p.start : p.end] == p.text
