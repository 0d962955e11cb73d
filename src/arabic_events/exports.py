"""Exports of a :class:`Document`: PLOVER-style event records and TimeML.

:func:`to_plover` gives one JSON-ready record per occurrence, :func:`to_timeml` the
text with its dates and event triggers tagged inline. ``Document.to_plover()`` and
``Document.to_timeml()`` call them.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .events.codes import place_country
from .events.triggers import surface_forms
from .lexical import key
from .normalize import normalize
from .types import (
    Calendar,
    DateMention,
    DateValue,
    Document,
    EventCode,
    EventMention,
    EventOccurrence,
    EventStatus,
    Grain,
    Span,
)

#: Characters XML 1.0 does not allow; each is written as U+FFFD, one for one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _actor(p: Span) -> dict[str, Any]:
    role = getattr(p, "role", None)
    return {
        "text": p.text,
        "start": p.start,
        "end": p.end,
        "country": getattr(p, "country", None),
        "role": role.value if role is not None else None,
        "portfolio": getattr(p, "portfolio", None),
        "organization": getattr(p, "organization", None),
    }


def _offsets(span: Span | DateMention | None) -> list[int] | None:
    return [span.start, span.end] if span is not None else None


def plover_record(o: EventOccurrence) -> dict[str, Any]:
    """One occurrence as a PLOVER-style record (the fields are in docs/events.md)."""
    code = o.code or EventCode()
    actors = [_actor(p) for p in o.participants]
    return {
        "id": o.id,
        "event_type": code.event,
        "mode": code.mode,
        "cameo": code.cameo,
        "type": o.type.value,
        "status": o.status.value,
        "source": actors[:1],
        "target": actors[1:],
        "date": o.date.value.iso() if o.date is not None else None,
        "place": (
            {"text": o.place.text, "country": place_country(o.place)}
            if o.place is not None
            else None
        ),
        "evidence": {
            "trigger": [[m.start, m.end] for m in o.mentions],
            "date": _offsets(o.date),
            "place": _offsets(o.place),
            "participants": [[p.start, p.end] for p in o.participants],
        },
    }


def to_plover(doc: Document) -> list[dict[str, Any]]:
    """PLOVER-style records of a document, one per occurrence, in occurrence order.

    >>> import arabic_events as ae
    >>> doc = ae.extract("زار وزير الخارجية المغربي تونس يوم 6 مارس 2019", "2019-03-10")
    >>> r = to_plover(doc)[0]
    >>> r["event_type"], r["mode"], r["cameo"], r["date"], r["source"][0]["country"]
    ('CONSULT', 'visit', '042', '2019-03-06', 'MA')
    """
    return [plover_record(o) for o in doc.occurrences]


def timex_value(value: DateValue) -> tuple[str, str]:
    """The TIMEX3 ``type`` and ``value`` of a date: a day, month, year or ISO week is a
    ``DATE`` (``2019-03-06``, ``2019-03``, ``2019``, ``2019-W10``); a range, or a Hijri
    month or year, is a ``DURATION`` of its days (``P3D``); a quarter, season, decade
    or time of day is the :meth:`DateValue.timex` value.

    >>> import datetime as dt
    >>> timex_value(DateValue(dt.date(2019, 3, 1), dt.date(2019, 3, 31), Grain.MONTH))
    ('DATE', '2019-03')
    >>> timex_value(DateValue(dt.date(2019, 3, 1), dt.date(2019, 3, 3), Grain.RANGE))
    ('DURATION', 'P3D')
    """
    v = value.timex()
    if "/" not in v:  # a span of days has no single TIMEX3 date value: its length below
        return ("DURATION" if v.startswith("P") else "DATE"), v
    gregorian = value.calendar is Calendar.GREGORIAN
    if value.grain in (Grain.DAY, Grain.WEEK) or (
        gregorian and value.grain in (Grain.MONTH, Grain.YEAR)
    ):
        return "DATE", value.iso()
    return "DURATION", f"P{(value.end - value.start).days + 1}D"


_TENSE = {
    EventStatus.HELD: "PAST",
    EventStatus.PLANNED: "FUTURE",
    EventStatus.ONGOING: "PRESENT",
}


def _pos(trigger: str) -> str:
    words = normalize(trigger).split()
    form = surface_forms().get(words[0]) if words else None
    if form is None and words:
        form = surface_forms().get(key(words[0]))
    return "VERB" if form is not None and form.pos == "verb" else "NOUN"


def _xml(text: str) -> str:
    # a carriage return is written as a reference, which XML parsers keep as it is
    return escape(_NOT_XML.sub("\ufffd", text), {"\r": "&#13;"})


def to_timeml(doc: Document) -> str:
    """The document in TimeML: the original text with every date as a ``TIMEX3`` and every
    event trigger as an ``EVENT`` inline, then a ``MAKEINSTANCE`` per event and a
    ``TLINK`` from each dated event to its date (``IS_INCLUDED``). The reference date is
    the document creation time (``t0``). The text between the tags is the original
    text, escaped (a carriage return as ``&#13;``, which parsers keep), so every tag's
    text is ``doc.text[start:end]``; characters XML does not allow become U+FFFD, one
    for one. A date and a trigger that overlap keep the
    one that starts first.

    >>> import arabic_events as ae
    >>> xml = to_timeml(ae.extract("اجتمع المجلس أمس", "2019-03-07"))
    >>> import xml.etree.ElementTree as ET
    >>> [(e.tag, e.text) for e in ET.fromstring(xml).find("TEXT")]
    [('EVENT', 'اجتمع'), ('TIMEX3', 'أمس')]
    """
    marks: list[tuple[int, int, int, str, str]] = []
    for k, d in enumerate(doc.dates, 1):
        kind, value = timex_value(d.value)
        attrs = f"tid={quoteattr(f't{k}')} type={quoteattr(kind)} value={quoteattr(value)}"
        marks.append((d.start, 0, d.end, "TIMEX3", attrs))
    for k, e in enumerate(doc.events, 1):
        attrs = f"eid={quoteattr(f'e{k}')} class={quoteattr('OCCURRENCE')}"
        marks.append((e.start, 1, e.end, "EVENT", attrs))
    marks.sort()
    parts: list[str] = []
    cursor = 0
    for start, _, end, tag, attrs in marks:
        if start < cursor or end <= start:
            continue
        parts.append(_xml(doc.text[cursor:start]))
        parts.append(f"<{tag} {attrs}>{_xml(doc.text[start:end])}</{tag}>")
        cursor = end
    parts.append(_xml(doc.text[cursor:]))
    ref = doc.reference.isoformat()
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{ref}" '
        f'functionInDocument="CREATION_TIME">{ref}</TIMEX3></DCT>',
        "<TEXT>" + "".join(parts) + "</TEXT>",
    ]
    links: list[str] = []
    date_ids = {(d.start, d.end): f"t{k}" for k, d in enumerate(doc.dates, 1)}
    for k, e in enumerate(doc.events, 1):
        out.append(_instance(k, e))
        tid = date_ids.get((e.date.start, e.date.end)) if e.date is not None else None
        if tid is not None:
            links.append(
                f'<TLINK lid="l{len(links) + 1}" eventInstanceID="ei{k}" '
                f'relatedToTime="{tid}" relType="IS_INCLUDED"/>'
            )
    out += links
    out.append("</TimeML>")
    return "\n".join(out) + "\n"


def _instance(k: int, e: EventMention) -> str:
    polarity = "NEG" if e.status is EventStatus.CANCELLED else "POS"
    return (
        f'<MAKEINSTANCE eiid="ei{k}" eventID="e{k}" tense="{_TENSE.get(e.status, "NONE")}" '
        f'aspect="NONE" polarity="{polarity}" pos="{_pos(e.trigger)}"/>'
    )
