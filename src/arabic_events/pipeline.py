"""``extract``: the dates and events of a text, linked, as one :class:`Document`."""

from __future__ import annotations

import datetime as dt

from .dates.finder import check_text, coerce_reference
from .events.finder import analyze
from .events.occurrences import group_mentions
from .types import Document


def extract(text: str, reference: dt.date | dt.datetime | str | None = None) -> Document:
    """Dates and events of ``text``, linked: every event's date is one of the document's dates.

    The event mentions are also grouped into ``occurrences``, one per real-world
    event (see :mod:`arabic_events.events.occurrences`).

    ``reference`` is the publication date (default today). ``Document.to_dict()``
    is JSON-ready; in a notebook the document renders as highlighted HTML. A
    non-``str`` text raises :class:`TypeError`.

    >>> doc = extract("عقد مجلس الحكومة اجتماعه الخميس 27 دجنبر 2018 بالرباط", "2018-12-28")
    >>> [d.value.iso() for d in doc.dates], [(e.trigger, e.status.value) for e in doc.events]
    (['2018-12-27'], [('اجتماعه', 'held')])
    >>> doc.events[0].date is doc.dates[0]
    True
    >>> doc.to_dict()["events"][0]["date_index"]
    0
    >>> [(o.id, o.type.value, o.date.text) for o in doc.occurrences]
    [('e1', 'meeting', 'الخميس 27 دجنبر 2018')]
    """
    text = check_text(text, "extract")
    ref = coerce_reference(reference)
    result = analyze(text, ref)
    events = tuple(result.events)
    occurrences = group_mentions(text, events)
    dates, times, lengths = tuple(result.dates), tuple(result.times), tuple(result.durations)
    return Document(text, ref, dates, events, occurrences, times, lengths)
