"""Event codes: each occurrence's PLOVER event type and mode, and its CAMEO code.

The tables are ``lexicon/event_codes.py``: the type and status give the event
type, mode and code (a visit is CONSULT/visit/042, talks CONSULT/046, a planned
meeting AGREE/036 …); then, for a CONSULT, the place's country against the
participants' countries refines the mode and the code: the source's own country
is a hosted visit (043), another participant's country a visit (042), a country
none of them is from a meeting at a third location (044).

The place's country is its ``country`` attribute when it has one, else the
country a place name such as تونس or المغرب names itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..lexical import key
from ..lexicon import event_codes as lex
from ..normalize import normalize
from ..types import EventCode, EventMention, EventStatus, EventType, Participant, Span
from .actors import tables


@lru_cache(maxsize=1)
def _host_triggers() -> frozenset[str]:
    return frozenset(key(normalize(w)) for w in lex.HOST_TRIGGERS)


@lru_cache(maxsize=4096)
def _hosts(trigger: str) -> bool:
    """استقبل: the subject hosted the other side."""
    return key(normalize(trigger)) in _host_triggers()


@lru_cache(maxsize=256)
def base_code(type_: EventType, status: EventStatus) -> EventCode:
    """The code of a type and status, from the first matching row of the table.

    >>> base_code(EventType.VISIT, EventStatus.HELD)
    EventCode(event='CONSULT', mode='visit', cameo='042')
    >>> base_code(EventType.MEETING, EventStatus.PLANNED).cameo
    '036'
    >>> base_code(EventType.MEETING, EventStatus.CANCELLED)
    EventCode(event=None, mode=None, cameo=None)
    """
    for t, s, event, mode, cameo in lex.CODES:
        if t in ("*", type_.value) and s in ("*", status.value):
            return EventCode(event or None, mode or None, cameo or None)
    return EventCode()


def place_country(place: Span | None) -> str | None:
    """The ISO code of a place: its ``country`` attribute, else the country its name is.

    >>> place_country(Span("تونس", 0, 4)), place_country(Span("الرباط", 0, 6))
    ('TN', None)
    """
    if place is None:
        return None
    country = getattr(place, "country", None)
    if isinstance(country, str) and country:
        return country
    return tables().names.get(tuple(key(w) for w in place.text.split()))


def relation(
    place: str | None, participants: Sequence[Participant], hosted: bool = False
) -> str | None:
    """How the place's country stands to the participants' countries: ``host`` (the
    source's own country, another participant from elsewhere, or a reception),
    ``third-party`` (none of two or more participants' countries), ``visit`` (a
    country not the source's) or ``None`` (not known).

    >>> p = [Participant("a", 0, 1, "MA"), Participant("b", 2, 3, "DZ")]
    >>> relation("MA", p), relation("DZ", p), relation("FR", p), relation(None, p)
    ('host', 'visit', 'third-party', None)
    """
    countries = [p.country for p in participants if p.country is not None]
    source = participants[0].country if participants else None
    if hosted and source is not None and (place is None or place == source):
        return "host"
    if place is None or not countries:
        return None
    others = [c for c in countries if c != source]
    if source == place and others:
        return "host"
    if len(countries) >= 2 and place not in countries:
        return "third-party"
    if source is not None and source != place:
        return "visit"
    return None


def code_of(
    type_: EventType,
    status: EventStatus,
    place: Span | None,
    participants: Sequence[Participant],
    mentions: Sequence[EventMention] = (),
) -> EventCode:
    """The code of an occurrence from its type, status, place and participants.

    >>> p = [Participant("الرئيس التونسي", 0, 14, "TN"), Participant("نظيره", 20, 25, "DZ")]
    >>> code_of(EventType.MEETING, EventStatus.HELD, Span("الجزائر", 40, 47), p)
    EventCode(event='CONSULT', mode='visit', cameo='042')
    >>> code_of(EventType.TALKS, EventStatus.HELD, Span("فرنسا", 40, 45), p)
    EventCode(event='CONSULT', mode='third-party', cameo='046')
    """
    code = base_code(type_, status)
    if code.event != "CONSULT":
        return code
    hosted = any(_hosts(m.trigger) for m in mentions)
    rel = relation(place_country(place), participants, hosted)
    for name, mode, cameo in lex.PLACE_MODES:
        if name == rel:
            refined = cameo if code.cameo in lex.REFINED_CAMEO else code.cameo
            return EventCode(code.event, mode, refined)
    return code
