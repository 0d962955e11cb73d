"""Event codes: the PLOVER event type and mode, and the CAMEO code, of each occurrence."""

from __future__ import annotations

import pytest

import arabic_events as ae
from arabic_events.events.codes import base_code, code_of, place_country, relation
from arabic_events.lexicon import event_codes as lex
from arabic_events.types import EventStatus, EventType, Participant, Span


class _Place(Span):
    """A place with a country, as the gazetteer gives one."""

    country: str | None = None


def _place(text: str, country: str | None) -> Span:
    p = _Place(text, 0, len(text))
    object.__setattr__(p, "country", country)
    return p


@pytest.mark.parametrize(
    ("type_", "status", "want"),
    [
        (EventType.VISIT, EventStatus.HELD, ("CONSULT", "visit", "042")),
        (EventType.TALKS, EventStatus.HELD, ("CONSULT", None, "046")),
        (EventType.MEETING, EventStatus.HELD, ("CONSULT", None, "040")),
        (EventType.SUMMIT, EventStatus.ONGOING, ("CONSULT", None, "040")),
        (EventType.MEETING, EventStatus.PLANNED, ("AGREE", None, "036")),
        (EventType.VISIT, EventStatus.POSTPONED, ("CONSULT", "visit", "042")),
        (EventType.MEETING, EventStatus.CANCELLED, (None, None, None)),
        (EventType.OTHER, EventStatus.HELD, (None, None, None)),
    ],
)
def test_base_codes(type_: EventType, status: EventStatus, want: tuple[str | None, ...]) -> None:
    code = base_code(type_, status)
    assert (code.event, code.mode, code.cameo) == want


def test_every_type_and_status_has_a_row() -> None:
    for t in EventType:
        for s in EventStatus:
            code = base_code(t, s)
            assert code.event in (None, "CONSULT", "AGREE")
    assert {t for t, *_ in lex.CODES} - {"*"} <= {t.value for t in EventType}
    assert {s for _, s, *_ in lex.CODES} - {"*"} <= {s.value for s in EventStatus}


MA, DZ = Participant("أ", 0, 1, "MA"), Participant("ب", 2, 3, "DZ")


@pytest.mark.parametrize(
    ("place", "participants", "hosted", "want"),
    [
        ("MA", [MA, DZ], False, "host"),
        ("DZ", [MA, DZ], False, "visit"),
        ("FR", [MA, DZ], False, "third-party"),
        ("FR", [MA], False, "visit"),
        ("MA", [MA], False, None),
        (None, [MA, DZ], False, None),
        (None, [MA, DZ], True, "host"),
        ("FR", [Participant("x", 0, 1)], False, None),
        ("FR", [], False, None),
    ],
)
def test_relation(
    place: str | None, participants: list[Participant], hosted: bool, want: str | None
) -> None:
    assert relation(place, participants, hosted) == want


def test_the_place_refines_consult_codes() -> None:
    meeting = (EventType.MEETING, EventStatus.HELD)
    assert code_of(*meeting, _place("الرباط", "MA"), [MA, DZ]).cameo == "043"
    assert code_of(*meeting, _place("الجزائر", "DZ"), [MA, DZ]).cameo == "042"
    assert code_of(*meeting, _place("باريس", "FR"), [MA, DZ]).cameo == "044"
    assert code_of(*meeting, None, [MA, DZ]).cameo == "040"
    talks = code_of(EventType.TALKS, EventStatus.HELD, _place("باريس", "FR"), [MA, DZ])
    assert (talks.mode, talks.cameo) == ("third-party", "046")
    planned = code_of(EventType.MEETING, EventStatus.PLANNED, _place("باريس", "FR"), [MA, DZ])
    assert (planned.event, planned.mode, planned.cameo) == ("AGREE", None, "036")


def test_place_country_reads_the_attribute_then_the_name() -> None:
    assert place_country(_place("الرباط", "MA")) == "MA"
    assert place_country(Span("المغرب", 0, 6)) == "MA"
    assert place_country(Span("الرباط", 0, 6)) is None
    assert place_country(None) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("زار وزير الخارجية المغربي تونس يوم 6 مارس 2019", ("CONSULT", "visit", "042")),
        ("استقبل الرئيس التونسي أمس وفدا جزائريا", ("CONSULT", "host", "043")),
        ("جرت محادثات بين المغرب والجزائر في فرنسا أمس", ("CONSULT", "third-party", "046")),
        ("اجتمع الرئيس الجزائري مع وفد مغربي في الجزائر أمس", ("CONSULT", "host", "043")),
        ("سيعقد المجلس اجتماعا غدا", ("AGREE", None, "036")),
        ("ألغي الاجتماع الذي كان مقررا غدا", (None, None, None)),
    ],
)
def test_occurrences_get_their_codes(text: str, want: tuple[str | None, ...]) -> None:
    doc = ae.extract(text, "2019-03-10")
    [o] = doc.occurrences
    assert o.code is not None and (o.code.event, o.code.mode, o.code.cameo) == want
    d = o.to_dict()
    assert (d["plover"]["event"], d["plover"]["mode"], d["cameo"]) == want
