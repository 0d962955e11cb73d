"""Event occurrences: the mentions of one real-world event, grouped and merged.

A news article names its main event several times: ``عقد المجلس اجتماعا أمس …
وتناول الاجتماع … وفي ختام الاجتماع …`` is one meeting in three mentions. The
rules, in text order, one pass:

1. A mention joins the latest of the last three occurrences of its type that it
   does not contradict (rule 2) when it refers back: a definite noun (الاجتماع،
   هذه الزيارة) or a noun with a pronoun attached (اجتماعه) anywhere in the text,
   a verb (اجتمع، زار) in the same paragraph as the occurrence's last mention. An
   indefinite noun (اجتماعا، مباحثات) starts a new occurrence, unless its date is
   the occurrence's date.
2. It never joins an occurrence it contradicts: another date value, another
   place, held against planned, or a word that says "another" right after it
   (اجتماع آخر، الدورة المقبلة، القمة الماضية).
3. Merged values: the status by strength (cancelled, postponed, ongoing, held,
   planned, unknown), the most specific date (a day over a range, a week, a month,
   a year; the first one on ties), the first place, and every participant once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from ..lexical import key
from ..lexicon import occurrences as lex
from ..normalize import normalize
from ..types import DateMention, EventMention, EventOccurrence, EventStatus, Grain, Participant
from .codes import code_of
from .triggers import PRONOUNS, surface_forms

_STATUS_STRENGTH = (
    EventStatus.CANCELLED,
    EventStatus.POSTPONED,
    EventStatus.ONGOING,
    EventStatus.HELD,
    EventStatus.PLANNED,
    EventStatus.UNKNOWN,
)
assert set(_STATUS_STRENGTH) == set(EventStatus)  # every status has a rank
_GRAIN_RANK = {Grain.DAY: 0, Grain.RANGE: 1, Grain.WEEK: 2, Grain.MONTH: 3, Grain.YEAR: 4}
_LOOK_BACK = 3  # how many earlier occurrences of the type a mention may join
_ANOTHER = frozenset(key(w) for w in lex.ANOTHER_AFTER)


@dataclass(slots=True)
class _Open:
    """An occurrence while it is being built."""

    mentions: list[EventMention] = field(default_factory=list)
    dates: set[tuple[object, object]] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    # held and planned mentions contradict each other (compared by identity: the
    # enum's members hash slowly)
    held: bool = False
    planned: bool = False
    last_end: int = 0

    def accepts(self, m: EventMention) -> bool:
        if m.date is not None and self.dates and _date_key(m.date) not in self.dates:
            return False
        if m.place is not None and self.places and _place_key(m.place.text) not in self.places:
            return False
        status = m.status
        held = self.held or status is EventStatus.HELD
        return not (held and (self.planned or status is EventStatus.PLANNED))

    def add(self, m: EventMention) -> None:
        self.mentions.append(m)
        self.last_end = m.end
        if m.date is not None:
            self.dates.add(_date_key(m.date))
        if m.place is not None:
            self.places.add(_place_key(m.place.text))
        self.held = self.held or m.status is EventStatus.HELD
        self.planned = self.planned or m.status is EventStatus.PLANNED


#: A place's key (cached: a text repeats its places, and each mention asks twice).
_place_key = lru_cache(maxsize=4096)(key)


def _date_key(d: DateMention) -> tuple[object, object]:
    return (d.value.start, d.value.end)


class _Reference(Enum):
    """How a mention as written relates to the events named before it."""

    VERB = "verb"  # اجتمع، زار: says what happened, in its own paragraph
    DEFINITE = "definite"  # الاجتماع، هذه الزيارة، اجتماعه: an event already named
    NEW = "new"  # اجتماعا، مباحثات: an indefinite noun introduces one


@lru_cache(maxsize=4096)
def _reference(trigger: str) -> _Reference:
    """How a trigger refers; cached, as it depends on the trigger's text alone and news
    repeats its triggers.

    >>> [_reference(w).value for w in ("الاجتماع", "اجتماعه", "اجتمع", "اجتماعا", "مباحثات")]
    ['definite', 'definite', 'verb', 'new', 'new']
    """
    words = normalize(trigger).split()
    form = surface_forms().get(words[0]) if words else None
    if form is None:
        return _Reference.NEW
    if form.pos == "verb":
        return _Reference.VERB
    if form.definite or words[0].endswith(PRONOUNS):
        return _Reference.DEFINITE
    return _Reference.NEW


def group_mentions(text: str, events: Sequence[EventMention]) -> tuple[EventOccurrence, ...]:
    """The occurrences of ``events`` (mentions of ``text``, in text order).

    Every mention belongs to exactly one occurrence; the rules are in the module
    documentation. Linear in the number of mentions of each type.

    >>> import arabic_events as ae
    >>> text = "عقد المجلس اجتماعا أمس بالرباط، وتناول الاجتماع الميزانية. وسيعقد اجتماعا آخر غدا"
    >>> doc = ae.extract(text, "2019-03-05")
    >>> [(o.id, len(o.mentions), o.status.value) for o in doc.occurrences]
    [('e1', 2, 'held'), ('e2', 1, 'planned')]
    """
    open_by_type: dict[str, list[_Open]] = {}
    order: list[_Open] = []
    for m in events:
        candidates = open_by_type.setdefault(m.type, [])  # (a str enum: its value as a key)
        target = None
        if candidates and not _says_another(text, m):
            ref = _reference(m.trigger)
            for earlier in reversed(candidates[-_LOOK_BACK:]):
                same_date = m.date is not None and _date_key(m.date) in earlier.dates
                back = ref is _Reference.DEFINITE or (
                    # (no newline between them: found in place, not in a copy of the text)
                    ref is _Reference.VERB and text.find("\n", earlier.last_end, m.start) == -1
                )
                if (back or same_date) and earlier.accepts(m):
                    target = earlier
                    break
        if target is None:
            target = _Open()
            candidates.append(target)
            order.append(target)
        target.add(m)
    return tuple(_merge(f"e{k}", o.mentions) for k, o in enumerate(order, 1))


def _says_another(text: str, m: EventMention) -> bool:
    """اجتماع آخر، الدورة المقبلة: the word after the trigger makes it another event."""
    after = text[m.end : m.end + 40].split(maxsplit=1)
    return bool(after) and _another(after[0])


@lru_cache(maxsize=4096)
def _another(word: str) -> bool:
    return key(word.strip("،,.:؛")) in _ANOTHER


def _merge(occurrence_id: str, mentions: list[EventMention]) -> EventOccurrence:
    if len(mentions) == 1:
        # most occurrences have one mention: its own values are the merged ones
        # (participants still deduplicated and sorted, as below)
        m = mentions[0]
        participants = _distinct(m.participants)
        return EventOccurrence(
            id=occurrence_id,
            mentions=(m,),
            type=m.type,
            status=m.status,
            date=m.date,
            place=m.place,
            participants=participants,
            duration=m.duration,
            code=code_of(m.type, m.status, m.place, participants, mentions),
        )
    # the strongest status of the mentions (UNKNOWN, the weakest, when none is stronger);
    # ranked by position, as the enum's members hash slowly
    status = _STATUS_STRENGTH[min(_STATUS_STRENGTH.index(m.status) for m in mentions)]
    dated = [m.date for m in mentions if m.date is not None]
    date = min(dated, key=lambda d: _GRAIN_RANK.get(d.value.grain, 9)) if dated else None
    place = next((m.place for m in mentions if m.place is not None), None)
    participants = _distinct(p for m in mentions for p in m.participants)
    return EventOccurrence(
        id=occurrence_id,
        mentions=tuple(mentions),
        type=mentions[0].type,
        status=status,
        date=date,
        place=place,
        participants=participants,
        duration=next((m.duration for m in mentions if m.duration), None),
        code=code_of(mentions[0].type, status, place, participants, mentions),
    )


def _distinct(spans: Iterable[Participant]) -> tuple[Participant, ...]:
    """The participants in text order, each (start, end) once: its first span."""
    seen: set[tuple[int, int]] = set()
    out: list[Participant] = []
    for p in spans:
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            out.append(p)
    out.sort(key=lambda p: p.start)
    return tuple(out)
