"""Corpus-level deduplication: one row per real-world event reported by many documents.

The input is what ``arabic-events extract FILE.jsonl`` writes, one record per
article (``Document.to_dict()`` and the record's own fields, such as ``id``).
Each event occurrence of each record becomes an :class:`Item`; items from
different documents that report the same real-world event are grouped into one
:class:`WorldEvent`.

**When two occurrences are the same event.** Both of these hold:

1. *Same type family* (:data:`TYPE_FAMILIES`): a meeting, talks, a session and
   a summit are one family (outlets call one summit by all those names); a
   conference, a forum and a workshop another; a visit and "other" are
   families of their own.
2. *Near dates*: their date ranges overlap once widened by ``window`` days
   (default 1): ``a.start - window <= b.end and b.start - window <= a.end``.
   Within a group this holds for *every* pair (complete linkage), so daily
   meetings at one place do not chain into one.

and they share a *link*: the same place (its GeoNames id when the record gives
one, else the place text normalized and mapped to the gazetteer's usual
spelling, so بالرباط/الرباط and أغادير/أكادير agree), or the same set of at
least two participant countries (the participants' normalized texts when no
participant has a country). Two occurrences whose participant countries are
both known and disjoint are never grouped; two occurrences of one document are
never grouped either (the extractor already grouped the mentions of a text).

**What is never merged.** An occurrence without a date, with a date longer
than :data:`MAX_DAYS` days (a year, a vague range) or with no link (no place
and fewer than two participants) stays a world event of its own.

**Blocks and cost.** Each item goes into the blocks ``(family, link, bucket)``
of its links, where ``bucket`` is its start day divided by :data:`BUCKET_DAYS`;
an item whose widened date reaches into later buckets is put in those blocks
too (at most ``(MAX_DAYS + window) / BUCKET_DAYS + 1`` of them). Each block is
sorted and swept once (:func:`dedupe_block`), giving *fragments*; fragments
that share an item are then joined (:func:`merge_fragments`). Everything is
linear in the number of occurrences, apart from sorting inside a block. Because
a block is processed on its own, the same blocks can be processed on Dask or
Spark (see :mod:`arabic_events.scaling`) with the same result.

**Confidence** (:func:`confidence`): ``sources × agreement`` where ``sources =
1 − 0.5 ** documents`` and ``agreement`` is the mean of three shares in [0, 1]:
dates (``1 / (1 + d)``, ``d`` the days between the earliest and latest start),
types (members of the most common type) and places (members whose link key is
the most common place key; members without a place do not agree).

>>> rec = lambda i, day, place: {"id": i, "occurrences": [{"id": "e1", "type": "summit",
...     "date": {"value": {"start": day, "end": day}}, "place": {"text": place}}]}
>>> events = dedupe_occurrences([rec("a", "2019-03-04", "الرباط"),
...     rec("b", "2019-03-05", "بالرباط"), rec("c", "2019-03-04", "تونس")])
>>> [(e.start.isoformat(), e.place, e.sources) for e in events]
[('2019-03-04', 'الرباط', (('a', 'e1'), ('b', 'e1'))), ('2019-03-04', 'تونس', (('c', 'e1'),))]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final

__all__ = [
    "BUCKET_DAYS",
    "MAX_DAYS",
    "TYPE_FAMILIES",
    "Deduper",
    "Fragment",
    "Item",
    "WorldEvent",
    "block_items",
    "confidence",
    "dedupe_block",
    "dedupe_occurrences",
    "merge_fragments",
    "place_key",
    "record_items",
]

#: The type family of each event type: occurrences are grouped only within a family.
#: A type missing from the table is a family of its own.
TYPE_FAMILIES: Final[Mapping[str, str]] = {
    "meeting": "meeting",
    "talks": "meeting",
    "session": "meeting",
    "summit": "meeting",
    "conference": "conference",
    "forum": "conference",
    "workshop": "conference",
    "visit": "visit",
    "other": "other",
}
#: The days of one date bucket of a block.
BUCKET_DAYS: Final = 8
#: An occurrence whose date covers more days than this is not merged.
MAX_DAYS: Final = 31
_TYPE_ORDER: Final = {t: k for k, t in enumerate(TYPE_FAMILIES)}


@dataclass(frozen=True)
class Item:
    """One occurrence of one document, reduced to what grouping needs.

    ``start``/``end`` are proleptic ordinals of the first and last day (``None``
    without a date), ``place_key`` the place's link key (``gn:ID`` or
    ``pl:NORMALIZED``), ``countries`` the ISO codes of its place and
    participants, ``participant_key`` the link key of its participants.
    """

    doc_id: str
    occurrence_id: str
    type: str
    start: int | None
    end: int | None
    place: str | None = None
    place_key: str | None = None
    countries: tuple[str, ...] = ()
    participant_countries: tuple[str, ...] = ()
    participant_key: str | None = None

    @property
    def family(self) -> str:
        return TYPE_FAMILIES.get(self.type, self.type)

    @property
    def ref(self) -> tuple[str, str]:
        """``(doc_id, occurrence_id)``."""
        return (self.doc_id, self.occurrence_id)

    def mergeable(self) -> bool:
        """Whether the item may be grouped with others: dated, not vague, with a link."""
        return (
            self.start is not None
            and self.end is not None
            and self.end - self.start < MAX_DAYS
            and (self.place_key is not None or self.participant_key is not None)
        )


@dataclass(frozen=True)
class Fragment:
    """The items one block groups together (sorted by :attr:`Item.ref`)."""

    items: tuple[Item, ...]


@dataclass(frozen=True)
class WorldEvent:
    """One real-world event and the occurrences, in one or more documents, that report it.

    ``type`` is the most common type of its occurrences, ``start``/``end`` the
    most commonly reported date (``None`` when none has a date), ``place`` the
    most common place as written, ``countries`` every ISO code of places and
    participants, ``sources`` the sorted ``(document id, occurrence id)``
    pairs. ``id`` depends only on those, never on input order or partitions.
    """

    id: str
    type: str
    start: dt.date | None
    end: dt.date | None
    place: str | None
    countries: tuple[str, ...]
    sources: tuple[tuple[str, str], ...]
    confidence: float

    @property
    def documents(self) -> int:
        """The number of distinct documents reporting the event."""
        return len({doc for doc, _ in self.sources})

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of this event.

        >>> WorldEvent("w1", "visit", None, None, None, (), (("a", "e1"),), 0.5).to_dict()
        ... # doctest: +NORMALIZE_WHITESPACE
        {'id': 'w1', 'type': 'visit', 'start': None, 'end': None, 'place': None,
         'countries': [], 'documents': 1, 'sources': [['a', 'e1']], 'confidence': 0.5}
        """
        return {
            "id": self.id,
            "type": self.type,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "place": self.place,
            "countries": list(self.countries),
            "documents": self.documents,
            "sources": [list(s) for s in self.sources],
            "confidence": self.confidence,
        }


# --- records to items ------------------------------------------------------------------


@cache
def _gazetteer() -> dict[tuple[str, ...], str]:
    """Every spelling of the gazetteer, as word keys, to the place's usual spelling; a
    GeoNames name to the gazetteer's name of its place, else to the first name (in
    sorted order) of that place."""
    from . import geo
    from .lexicon.places import PLACES

    out: dict[tuple[str, ...], str] = {}
    for name, _kind, variants in PLACES:
        for spelling in (name, *variants):
            out.setdefault(_words(spelling), name)
    first: dict[int, str] = {}
    for name, _kind, _variants in PLACES:  # أغادير is أكادير
        where = geo.resolve_key(geo.place_key(name))
        if where is not None and where.geonames_id is not None:
            first.setdefault(where.geonames_id, name)
    for k, rows in sorted(geo.table().items()):
        out.setdefault(tuple(k.split(" ")), first.setdefault(rows[0].geonames_id or 0, k))
    return out


_CAPITAL: Final = "العاصمه"  # the word key of العاصمة


def _words(text: str) -> tuple[str, ...]:
    from .lexical import key
    from .normalize import normalize

    return tuple(key(w) for w in normalize(text).split())


@lru_cache(maxsize=1 << 16)
def place_key(text: str) -> str:
    """The normalized key of a place as written: the gazetteer's usual spelling when the
    text (or its last words, or the text without its clitics: بالرباط، ولتونس) is a
    known place, else the text's normalized words. A capital written with العاصمة after
    it is the capital.
    An empty text gives ``""``.

    >>> place_key("بالرباط") == place_key("الرباط") == "الرباط"
    True
    >>> place_key("أغادير") == place_key("أكادير")
    True
    >>> place_key("تونس العاصمة") == place_key("العاصمة تونس") == "تونس"
    True
    >>> place_key("قاعة المؤتمرات")
    'قاعه المؤتمرات'
    """
    from .lexical import strip_proclitics

    words = _words(text)
    table = _gazetteer()
    if len(words) > 1 and words[-1] == _CAPITAL and words[:-1] in table:
        words = words[:-1]  # تونس العاصمة is تونس, الجزائر العاصمة is الجزائر
    for k in range(len(words)):  # the whole text first, then its last words
        tail = words[k:]
        if tail in table:
            return table[tail]
        for form, _ in strip_proclitics(tail[0], lam_article_from=None)[1:]:
            bare = (form, *tail[1:])
            if bare in table:
                return table[bare]
    return " ".join(words)


def _day(value: Any, what: str) -> int:
    if not isinstance(value, str):
        raise ValueError(f"{what} is not an ISO date: {value!r}")
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        raise ValueError(f"{what} is not an ISO date: {value!r}") from None


def _text(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("text")
    return value if isinstance(value, str) and value.strip() else None


def _country(value: Any) -> str | None:
    c = value.get("country") if isinstance(value, Mapping) else None
    return c.upper() if isinstance(c, str) and c.strip() else None


def _item(doc_id: str, k: int, occ: Any) -> Item:
    if not isinstance(occ, Mapping):
        raise ValueError(f"occurrence {k + 1} is not an object")
    occ_id = str(occ.get("id") or f"e{k + 1}")
    kind = occ.get("type")
    if not isinstance(kind, str) or not kind:
        raise ValueError(f"occurrence {occ_id} has no type")
    start = end = None
    date = occ.get("date")
    if date is not None:
        value = date.get("value") if isinstance(date, Mapping) else None
        if not isinstance(value, Mapping):
            raise ValueError(f"occurrence {occ_id}: date has no value")
        start = _day(value.get("start"), f"occurrence {occ_id}: date start")
        end = _day(value.get("end", value.get("start")), f"occurrence {occ_id}: date end")
        if end < start:
            raise ValueError(f"occurrence {occ_id}: date ends before it starts")
    place = occ.get("place")
    place_text = _text(place)
    key: str | None = None
    gid = place.get("geonames_id") if isinstance(place, Mapping) else None
    where = _coordinates(place)
    if where is not None:
        # a venue has its town's coordinates but no id of its own: the town and the
        # venue in it share the key
        key = f"ll:{where[0]:.2f},{where[1]:.2f}"
    elif gid is not None and not isinstance(gid, bool) and str(gid).strip():
        key = f"gn:{gid}"
    elif place_text is not None:
        key = "pl:" + place_key(place_text)
    countries = {c for c in [_country(place)] if c}
    people = occ.get("participants") or []
    if not isinstance(people, list):
        raise ValueError(f"occurrence {occ_id}: participants is not a list")
    own = sorted({c for p in people if (c := _country(p))})
    countries.update(own)
    participant_key = None
    if len(own) >= 2:
        participant_key = "pc:" + ",".join(own)
    elif not own:
        texts = sorted({" ".join(_words(t)) for p in people if (t := _text(p))})
        if len(texts) >= 2:
            participant_key = "pt:" + "|".join(texts)
    return Item(
        doc_id, occ_id, kind, start, end, place_text, key,
        tuple(sorted(countries)), tuple(own), participant_key,
    )  # fmt: skip


def _coordinates(place: Any) -> tuple[float, float] | None:
    """The place's (latitude, longitude) when both are numbers."""
    if not isinstance(place, Mapping):
        return None
    lat, lon = place.get("latitude"), place.get("longitude")
    if isinstance(lat, bool) or isinstance(lon, bool):
        return None
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        return float(lat), float(lon)
    return None


def record_items(
    record: Any, position: int = 0, id_field: str = "id", default_id: str | None = None
) -> list[Item]:
    """The items of one record of ``arabic-events extract`` output.

    The document id is the record's ``id_field`` as a string, or ``default_id``
    when it has none (``#POSITION`` when that is ``None`` too). Raises
    :class:`ValueError` naming the problem when the record is not an object,
    has no ``occurrences`` list, or an occurrence has no type or an unreadable
    date; an occurrence with ``"date": null`` is
    undated, not an error.

    >>> [i.place_key for i in record_items({"id": 3, "occurrences": [
    ...     {"id": "e1", "type": "visit", "date": None, "place": {"text": "بتونس"}}]})]
    ['pl:تونس']
    >>> record_items({"id": 3, "error": "no field 'text'"})
    Traceback (most recent call last):
    ...
    ValueError: no field 'occurrences'
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"the record is not an object ({type(record).__name__})")
    occurrences = record.get("occurrences")
    if occurrences is None:
        raise ValueError("no field 'occurrences'")
    if not isinstance(occurrences, list):
        raise ValueError("field 'occurrences' is not a list")
    raw = record.get(id_field)
    fallback = f"#{position}" if default_id is None else default_id
    doc_id = fallback if raw is None else str(raw)
    return [_item(doc_id, k, occ) for k, occ in enumerate(occurrences)]


# --- blocks ----------------------------------------------------------------------------------


def block_items(item: Item, window: int = 1) -> Iterator[tuple[str, Item]]:
    """``(block key, item)`` for every block the item goes into (none when it is not
    :meth:`~Item.mergeable`). A block key is ``family|link|bucket``.

    >>> i = Item("a", "e1", "talks", 737006, 737006, "الرباط", "pl:الرباط")
    >>> [k for k, _ in block_items(i)]
    ['meeting|pl:الرباط|92125']
    >>> [k for k, _ in block_items(i, window=3)]
    ['meeting|pl:الرباط|92125', 'meeting|pl:الرباط|92126']
    """
    if window < 0:
        raise ValueError(f"window must be 0 or more days, got {window}")
    if not item.mergeable() or item.start is None or item.end is None:
        return
    first, last = item.start // BUCKET_DAYS, (item.end + window) // BUCKET_DAYS
    for link in (item.place_key, item.participant_key):
        if link is not None:
            for bucket in range(first, last + 1):
                yield f"{item.family}|{link}|{bucket}", item


def _compatible(a: Item, b: Item) -> bool:
    if a.doc_id == b.doc_id:
        return False
    pa, pb = a.participant_countries, b.participant_countries
    return not (pa and pb and not set(pa) & set(pb))


def dedupe_block(items: Iterable[Item], window: int = 1) -> list[Fragment]:
    """The fragments of one block: its items swept once in date order, each joining the
    first open group whose every member's date is within ``window`` days of its own and
    that holds no item of its document (nor disjoint participant countries); else it
    opens a group. The result does not depend on the order of ``items`` (duplicates are
    dropped). Items that are not mergeable are left out.

    >>> a = Item("a", "e1", "talks", 10, 10, None, "pl:x")
    >>> b, c = Item("b", "e1", "summit", 11, 11, None, "pl:x"), Item("c", "e1", "talks", 12, 12)
    >>> [[i.ref for i in f.items] for f in dedupe_block([c, b, a])]
    [[('a', 'e1'), ('b', 'e1')]]
    """
    unique = {(i.ref, i) for i in items if i.mergeable()}
    ordered = sorted(unique, key=lambda x: (x[1].start, x[1].end, x[0]))
    groups: list[tuple[list[Item], list[int]]] = []  # members, [lowest end]
    open_groups: list[int] = []
    for _, item in ordered:
        assert item.start is not None and item.end is not None
        open_groups = [g for g in open_groups if groups[g][1][0] + window >= item.start]
        for g in open_groups:
            members, low = groups[g]
            if all(_compatible(m, item) for m in members):
                members.append(item)
                low[0] = min(low[0], item.end)
                break
        else:
            groups.append(([item], [item.end]))
            open_groups.append(len(groups) - 1)
    return [Fragment(tuple(sorted(m, key=lambda i: i.ref))) for m, _ in groups if len(m) > 1]


# --- fragments to world events -------------------------------------------------------------


def confidence(items: Sequence[Item]) -> float:
    """The confidence of a world event made of ``items`` (see the module documentation),
    rounded to 3 decimals; 0.0 for no items.

    >>> one = Item("a", "e1", "talks", 10, 10, "x", "pl:x")
    >>> confidence([one]), confidence([one, Item("b", "e1", "talks", 10, 10, "x", "pl:x")])
    (0.5, 0.75)
    >>> confidence([Item("a", "e1", "talks", None, None)])
    0.167
    """
    if not items:
        return 0.0
    sources = 1 - 0.5 ** len({i.doc_id for i in items})
    starts = [i.start for i in items if i.start is not None]
    dates = 1 / (1 + max(starts) - min(starts)) if starts else 0.0
    types = Counter(i.type for i in items).most_common(1)[0][1] / len(items)
    keys = Counter(i.place_key for i in items if i.place_key is not None)
    places = keys.most_common(1)[0][1] / len(items) if keys else 0.0
    return round(sources * (dates + types + places) / 3, 3)


def _most_common(values: Iterable[Any], order: Any = None) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], order(v) if order else v))


def _world_event(items: list[Item]) -> WorldEvent:
    items.sort(key=lambda i: i.ref)
    kind = _most_common((i.type for i in items), lambda t: (_TYPE_ORDER.get(t, 99), t))
    date = _most_common((i.start, i.end) for i in items if i.start is not None)
    place = _most_common(i.place for i in items)
    countries = tuple(sorted({c for i in items for c in i.countries}))
    sources = tuple(i.ref for i in items)
    digest = hashlib.sha1(json.dumps(sources, ensure_ascii=False).encode()).hexdigest()
    start, end = (dt.date.fromordinal(d) for d in date) if date else (None, None)
    return WorldEvent(
        f"w{digest[:12]}", kind, start, end, place, countries, sources, confidence(items)
    )


def merge_fragments(fragments: Iterable[Fragment], items: Iterable[Item] = ()) -> list[WorldEvent]:
    """World events from the fragments of every block, joined where they share an item,
    plus one world event for each of ``items`` in no fragment. Sorted by date (undated
    last), then id. The result does not depend on the order of either input.

    >>> a, b = Item("a", "e1", "visit", 5, 5, "x", "pl:x"), Item("b", "e2", "visit", 5, 5)
    >>> [e.sources for e in merge_fragments([Fragment((a, b))], [a, b])]
    [(('a', 'e1'), ('b', 'e2'))]
    """
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    members: dict[tuple[str, str], Item] = {}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def add(item: Item) -> tuple[str, str]:
        if item.ref not in parent:
            parent[item.ref] = item.ref
            members[item.ref] = item
        return item.ref

    for fragment in fragments:
        refs = [add(i) for i in fragment.items]
        for ref in refs[1:]:
            a, b = find(refs[0]), find(ref)
            if a != b:
                parent[max(a, b)] = min(a, b)
    for item in items:
        add(item)
    groups: dict[tuple[str, str], list[Item]] = {}
    for ref, item in members.items():
        groups.setdefault(find(ref), []).append(item)
    events = [_world_event(g) for g in groups.values()]
    far = dt.date.max
    return sorted(events, key=lambda e: (e.start or far, e.end or far, e.id))


class Deduper:
    """Items added a record at a time, world events at the end: what
    :func:`dedupe_occurrences` does, for callers that read records themselves.
    Memory holds every item; the work is done by :meth:`events`.

    >>> d = Deduper(window=0)
    >>> d.add(record_items({"id": "a", "occurrences": []}))
    >>> d.items, d.events()
    (0, [])
    """

    def __init__(self, window: int = 1) -> None:
        if window < 0:
            raise ValueError(f"window must be 0 or more days, got {window}")
        self.window = window
        self._blocks: dict[str, list[Item]] = {}
        self._items: list[Item] = []

    @property
    def items(self) -> int:
        """The number of items (occurrences) added so far."""
        return len(self._items)

    def add(self, items: Iterable[Item]) -> None:
        """Add the items of one record (or several)."""
        for item in items:
            self._items.append(item)
            for block, it in block_items(item, self.window):
                self._blocks.setdefault(block, []).append(it)

    def events(self) -> list[WorldEvent]:
        """The world events of every item added so far (see :func:`merge_fragments`)."""
        fragments = (f for block in self._blocks.values() for f in dedupe_block(block, self.window))
        return merge_fragments(fragments, self._items)


def dedupe_occurrences(
    records: Iterable[Mapping[str, Any]], window: int = 1, id_field: str = "id"
) -> list[WorldEvent]:
    """Group the occurrences of ``records`` (``arabic-events extract`` output) into world
    events, one per real-world event (see the module documentation for the rules).

    ``window`` is the number of days two dates may be apart (0: they must overlap); a
    negative one raises :class:`ValueError`. A record that cannot be read (see
    :func:`record_items`) raises :class:`ValueError` naming its position (0-based);
    skip such records beforehand to go on, as the command line does. Two records with
    the same id are one document.

    >>> dedupe_occurrences([])
    []
    >>> dedupe_occurrences([{"id": 1}])
    Traceback (most recent call last):
    ...
    ValueError: record 0: no field 'occurrences'
    """
    deduper = Deduper(window)
    for position, record in enumerate(records):
        try:
            items = record_items(record, position, id_field)
        except ValueError as exc:
            raise ValueError(f"record {position}: {exc}") from None
        deduper.add(items)
    return deduper.events()
