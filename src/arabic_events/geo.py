"""Places resolved to the world: country, GeoNames id, coordinates, time zone.

A place name is looked up by its search key (:func:`place_key`) in, in turn:

1. the press names of :mod:`.lexicon.place_countries` (العاصمة الاقتصادية is the
   city الدار البيضاء) and its venues (قصر الإليزيه stands in باريس: a venue gets
   its town's country, coordinates and time zone, and no GeoNames id of its own);
2. the hand-kept gazetteer :mod:`.lexicon.places`, whose spellings of one place
   all resolve alike, with the country each state, region or city has in
   :mod:`.lexicon.place_countries` (a region gets its country and nothing else);
3. the generated GeoNames table ``lexicon/geonames_places.tsv`` (cities of over
   15,000 people by their Arabic names, and the states; data GeoNames, CC BY 4.0),
   written by ``python tools/make_geonames_index.py``.

When several cities share a name, the country the hand-kept tables give it wins,
then the most populous city (طرابلس is Tripoli of Libya). A state's coordinates
and time zone are its capital's. The table is read on the first resolution only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexical import strip_proclitics, tokenize
from .normalize import NormalizeConfig, normalize
from .types import Place, PlaceKind, Span

TABLE = "geonames_places.tsv"
_SEARCH = NormalizeConfig.search()
_DESCRIPTORS = frozenset({"مدينه", "العاصمه", "عاصمه", "بلده", "مدينتي"})
_CODE = re.compile(r"[A-Z]{2}|--")


@lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """The lookup key of a place name: its words under the search normalization
    (diacritics, hamza and ة folded), joined by single spaces, punctuation dropped.
    Cached: news repeats its place names, and each is looked up several ways.

    >>> place_key("الدار  البيضاء"), place_key("مكّة المكرمة"), place_key("بني-ملال")
    ('الدار البيضاء', 'مكه المكرمه', 'بني ملال')
    """
    return " ".join(t.key for t in tokenize(normalize(name, _SEARCH)) if t.key[:1].isalnum())


@dataclass(frozen=True, slots=True)
class Where:
    """What a name resolves to, apart from where the text wrote it."""

    kind: PlaceKind
    country: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    tz: str | None = None
    population: int = 0

    def at(self, span: Span) -> Place:
        """This place at ``span`` of a text."""
        return self.written(span.text, span.start, span.end)

    def written(self, text: str, start: int, end: int) -> Place:
        """This place, written ``text`` at ``start``..``end`` of a text (:meth:`at`
        without a :class:`Span` to make first)."""
        return Place(
            text,
            start,
            end,
            geonames_id=self.geonames_id,
            country=self.country,
            latitude=self.latitude,
            longitude=self.longitude,
            tz=self.tz,
            kind=self.kind,
        )


def _row(fields: list[str]) -> Where:
    gid, country, lat, lon, tz, population, kind = fields
    return Where(
        PlaceKind(kind),
        country,
        int(gid),
        float(lat) if lat else None,
        float(lon) if lon else None,
        tz or None,
        int(population),
    )


@cache
def table() -> dict[str, tuple[Where, ...]]:
    """The generated GeoNames table: key -> its places, most populous first (a state
    before the cities of its name)."""
    from importlib import resources  # only here: the package imports without it

    text = resources.files("arabic_events.lexicon").joinpath(TABLE).read_text(encoding="utf-8")
    out: dict[str, list[Where]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, *fields = line.split("\t")
            out.setdefault(key, []).append(_row(fields))
    return {
        k: tuple(sorted(v, key=lambda w: (w.kind is not PlaceKind.COUNTRY, -w.population)))
        for k, v in out.items()
    }


@dataclass(frozen=True, slots=True)
class _Hand:
    kind: str  # the gazetteer kind, or "press"/"venue"
    spellings: tuple[str, ...]  # keys
    country: str | None = None  # a code, "--" for none, None when not given
    geonames_id: int | None = None
    where: str | None = None  # a venue's town key or country code; a press name's city key


def table_lines(block: str) -> list[str]:
    """The data lines of a text table (blank lines and ``#`` comments dropped)."""
    return [s for line in block.splitlines() if (s := line.strip()) and not s.startswith("#")]


def country_lines(block: str) -> list[tuple[str, str, int | None]]:
    """``(code, name, geonames id or None)`` of each ``CODE name [id]`` line."""
    out = []
    for line in table_lines(block):
        code, _, rest = line.partition(" ")
        name, _, last = rest.rpartition(" ")
        gid = int(last) if last.isdigit() else None
        out.append((code, name if gid is not None else rest, gid))
    return out


@cache
def _hand() -> dict[str, _Hand]:
    from .lexicon import place_countries as pc
    from .lexicon.places import PLACES

    countries = {
        place_key(n): (c, g)
        for block in (pc.COUNTRIES, pc.PLACE_COUNTRIES)
        for c, n, g in country_lines(block)
    }
    out: dict[str, _Hand] = {}
    for name, kind, variants in PLACES:
        keys = tuple(dict.fromkeys(place_key(s) for s in (name, *variants)))
        code, gid = countries.get(keys[0], (None, None))
        entry = _Hand(kind, keys, code, gid)
        for k in keys:
            out.setdefault(k, entry)
    for line in table_lines(pc.VENUES):
        name, _, where = (s.strip() for s in line.partition(":"))
        k = place_key(name)
        out[k] = _Hand("venue", (k,), where=where if _CODE.fullmatch(where) else place_key(where))
    for line in table_lines(pc.PRESS_NAMES):
        name, _, city = (s.strip() for s in line.partition(":"))
        out[place_key(name)] = _Hand("press", (place_key(name),), where=place_key(city))
    return out


def press_names() -> tuple[str, ...]:
    """The press names of :mod:`.lexicon.place_countries`, as written there."""
    from .lexicon import place_countries as pc

    return tuple(line.partition(":")[0].strip() for line in table_lines(pc.PRESS_NAMES))


_KINDS = {"country": PlaceKind.COUNTRY, "region": PlaceKind.REGION, "landmark": PlaceKind.VENUE}


@lru_cache(maxsize=4096)
def resolve_key(key: str) -> Where | None:
    """What the place of search key ``key`` is, or ``None`` for a name no table has."""
    hand = _hand().get(key)
    if hand is None:
        rows = table().get(key)
        return rows[0] if rows else None
    if hand.kind == "press":
        return resolve_key(hand.where) if hand.where else None
    if hand.kind == "venue":
        where = hand.where or "--"
        if _CODE.fullmatch(where):
            return Where(PlaceKind.VENUE, None if where == "--" else where)
        return venue_in(resolve_key(where))
    code = None if hand.country == "--" else hand.country
    if hand.kind == "region":
        return Where(PlaceKind.REGION, code)
    found = [w for k in hand.spellings for w in table().get(k, ())]
    if hand.geonames_id is not None:
        found = [w for w in found if w.geonames_id == hand.geonames_id]
    elif code is not None:
        found = [w for w in found if w.country == code]
    if found:
        return min(found, key=lambda w: (w.kind is not PlaceKind.COUNTRY, -w.population))
    return Where(_KINDS.get(hand.kind, PlaceKind.CITY), code)


def _candidates(key: str) -> list[str]:
    """The key, then without a clitic (بالرباط) and without a leading noun or
    adjective that only says what the place is (مدينة طنجة، العاصمة الأردنية عمان)."""
    out = [key]
    words = key.split(" ")
    # (للرباط read as الرباط from five letters on, as a place name's article is)
    out += [
        " ".join([form, *words[1:]])
        for form, _ in strip_proclitics(words[0], lam_article_from=5)[1:]
    ]
    for cand in list(out):
        ws = cand.split(" ")
        i = 0
        while i < len(ws) - 1 and (
            ws[i] in _DESCRIPTORS or (i > 0 and ws[i].startswith("ال") and ws[i].endswith("يه"))
        ):
            i += 1
            out.append(" ".join(ws[i:]))
    return out


def resolve_place(name: str) -> Place | None:
    """The place a name means, resolved to the world, or ``None`` for no known place.

    ``name`` is a place name as a text writes it, with or without a clitic or a
    leading noun (بالرباط، مدينة طنجة، العاصمة الأردنية عمان). The returned
    :class:`Place` spans ``name`` itself (``start`` 0). A state resolves to its
    ISO code with its capital's coordinates; a region to its country, if it lies in
    one; a venue to its town's country; a city, through the GeoNames table, to its
    id, country, coordinates and time zone. Any ``str`` is accepted: an empty,
    blank or unknown name gives ``None``; nothing raises.

    >>> p = resolve_place("الدار البيضاء")
    >>> p.country, p.kind.value, p.geonames_id, p.tz
    ('MA', 'city', 2553604, 'Africa/Casablanca')
    >>> resolve_place("المغرب").country, resolve_place("بالجزائر").country
    ('MA', 'DZ')
    >>> resolve_place("العاصمة الاقتصادية").geonames_id
    2553604
    >>> p = resolve_place("قصر الإليزيه")
    >>> p.kind.value, p.country, p.geonames_id
    ('venue', 'FR', None)
    >>> r = resolve_place("دول الساحل")
    >>> r.kind.value, r.country
    ('region', None)
    >>> resolve_place(""), resolve_place("كتاب")
    (None, None)
    """
    where = where_of(name) if isinstance(name, str) else None
    if where is None:
        return None
    text = name.strip()
    start = name.find(text)
    return where.at(Span(text, start, start + len(text)))


@lru_cache(maxsize=4096)
def where_of(name: str) -> Where | None:
    """What :func:`resolve_place` finds for ``name``, without a span."""
    key = place_key(name)
    if not key:
        return None
    for cand in _candidates(key):
        where = resolve_key(cand)
        if where is not None and where.kind is not PlaceKind.COUNTRY and where.latitude is not None:
            return where
        capital = _capital(cand)
        if capital is not None:
            return capital
        if where is not None:
            return where
    words = key.split(" ")
    if len(words) == 2 and words[0] in _TOWN_NOUNS and words[1] in _nisbas():
        # العاصمة الجزائرية: the state's capital; المدينة السويسرية: a city of the state
        state = resolve_key(_nisbas()[words[1]])
        if state is not None and words[0] in ("العاصمه", "عاصمه"):
            return Where(PlaceKind.CITY, state.country, None, *state_capital(state))
        return Where(PlaceKind.CITY, state.country if state else None)
    if len(words) > 1 and words[-1].startswith("ال") and words[-1].endswith("ه"):
        # القدس المحتلة: a name and an adjective
        got = where_of(" ".join(words[:-1]))
        if got is not None:
            return got
    return _town_inside(words)


def _capital(key: str) -> Where | None:
    """تونس العاصمة، العاصمة تونس: the state's capital city, not the state."""
    words = key.split(" ")
    if len(words) < 2 or not {words[0], words[-1]} & _CAPITAL_NOUNS:
        return None
    rest = words[1:] if words[0] in _CAPITAL_NOUNS else words[:-1]
    state = resolve_key(" ".join(rest))
    if state is None or state.kind is not PlaceKind.COUNTRY:
        return None
    return Where(PlaceKind.CITY, state.country, None, *state_capital(state))


def state_capital(state: Where) -> tuple[float | None, float | None, str | None]:
    """A state's capital's coordinates and time zone (the state row carries them)."""
    return state.latitude, state.longitude, state.tz


_CAPITAL_NOUNS = frozenset({"العاصمه", "عاصمه"})
_TOWN_NOUNS = _CAPITAL_NOUNS | {"المدينه", "مدينه"}


@cache
def _nisbas() -> dict[str, str]:
    """Nisba adjective key -> the key of the state it names (الجزائرية -> الجزائر)."""
    from .lexicon import place_countries as pc

    names = {c: place_key(n) for c, n, _ in country_lines(pc.COUNTRIES)}
    out = {}
    for line in table_lines(pc.NISBAS):
        adjective, _, code = line.partition(" ")
        out[place_key(adjective)] = names[code.strip()]
    return out


def _town_inside(words: list[str]) -> Where | None:
    """A venue written out with its town (فندق بمراكش، مقر الجامعة في القاهرة): the
    first town among its words makes it a venue in that place: a hand-kept city, or a
    GeoNames city whose name is found alone (no common word)."""
    hand = _hand()
    for i in range(1, len(words)):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            for cand in _candidates(phrase)[:4]:
                got = hand.get(cand)
                if got is not None and got.kind not in ("venue", "press", "region", "country"):
                    return venue_in(resolve_key(cand))
                rows = table().get(cand) if got is None else None
                if rows and rows[0].kind is PlaceKind.CITY and cand not in word_tiers():
                    return venue_in(rows[0])
    return None


WORDS_TABLE = "geonames_words.tsv"


@cache
def word_tiers() -> dict[str, str]:
    """GeoNames name key -> its tier (``noun``, ``cue``, ``word``), from the generated
    ``lexicon/geonames_words.tsv``: the names that are also common words. A name it
    does not list is found alone."""
    from importlib import resources

    text = resources.files("arabic_events.lexicon").joinpath(WORDS_TABLE).read_text("utf-8")
    rows = (line.partition("\t") for line in text.splitlines() if not line.startswith("#"))
    return {name: tier for name, _, tier in rows if name}


def venue_in(town: Where | None) -> Where:
    """A venue standing in ``town`` (anywhere, for ``None``): the town's country,
    coordinates and time zone, and no GeoNames id of its own."""
    if town is None:
        return Where(PlaceKind.VENUE)
    return Where(PlaceKind.VENUE, town.country, None, town.latitude, town.longitude, town.tz)


def where_in(name: str, country: str) -> Where | None:
    """The place of ``name`` that lies in ``country``, when one does (المنصورة in
    ``EG`` or ``QA``), else ``None``: for a name several places share. A name the
    hand tables give one country (سول is Seoul) has no namesake elsewhere.

    >>> where_in("طرابلس", "LB").geonames_id, where_in("طرابلس", "LY").geonames_id
    (266826, 2210247)
    >>> where_in("طرابلس", "FR"), where_in("سول", "US"), where_in("", "LB")
    (None, None, None)
    """
    if not isinstance(name, str):
        return None
    return _where_in(name, country)


@lru_cache(maxsize=4096)
def _where_in(name: str, country: str) -> Where | None:
    """:func:`where_in` of a ``str`` name, cached: a document asks it of each namesake."""
    key = place_key(name)
    if not key:
        return None
    for cand in _candidates(key):
        hand = _hand().get(cand)
        if hand is not None and hand.country not in (None, "--"):
            # the hand tables name the one the news means (سول is Seoul, not Sewell)
            got = resolve_key(cand)
            return got if got is not None and got.country == country else None
        for w in table().get(cand, ()):
            if w.country == country and w.kind is PlaceKind.CITY:
                return w
        got = resolve_key(cand)
        if got is not None and got.country == country:
            return got
    return None


def country_named(phrase: str) -> str | None:
    """The state a phrase names by a nationality adjective (الحكومة المغربية، المجلس
    الوطني التونسي) or by a body only that state has (المجلس الشعبي الوطني), else
    ``None``. The first such word or body wins; an adjective after an embassy or a
    consulate (السفارة الفرنسية) names the state that owns it, not where it stands.

    >>> country_named("مقر رئاسة الجمهورية التونسية"), country_named("مقر المجلس الشعبي الوطني")
    ('TN', 'DZ')
    >>> country_named("مقر الحزب"), country_named("مقر السفارة الفرنسية"), country_named("")
    (None, None, None)
    """
    return _country_named(phrase) if isinstance(phrase, str) else None


@lru_cache(maxsize=4096)
def _country_named(phrase: str) -> str | None:
    """:func:`country_named` of a ``str``, cached: news repeats its venue phrases."""
    words = place_key(phrase).split(" ")
    adjectives, bodies, abroad = _adjectives(), _bodies(), _abroad()
    for i, w in enumerate(words):
        for n in range(min(_LONGEST_BODY, len(words) - i), 1, -1):
            code = bodies.get(" ".join(words[i : i + n]))
            if code is not None:
                return code
        code = adjectives.get(w) or bodies.get(w)
        if code is not None and not (i > 0 and words[i - 1] in abroad):
            return code
    return None


_LONGEST_BODY = 4


@cache
def _adjectives() -> dict[str, str]:
    """Nationality adjective key, feminine and masculine -> the state's code."""
    from .lexicon import place_countries as pc

    out = {}
    for line in table_lines(pc.NISBAS):
        adjective, _, code = line.partition(" ")
        k = place_key(adjective)
        out[k] = out[k[:-1]] = code.strip()  # التونسيه، التونسي
    return out


@cache
def _abroad() -> frozenset[str]:
    from .lexicon import place_countries as pc

    return frozenset(place_key(w) for w in table_lines(pc.SEATS_ABROAD))


@cache
def _bodies() -> dict[str, str]:
    """Key of a body of one state -> the state's code."""
    from .lexicon import place_countries as pc

    return {place_key(n): c for c, n, _ in country_lines(pc.STATE_BODIES)}


@cache
def administrative_nouns() -> dict[str, str]:
    """Key of a word only one state uses for its communes or prefectures -> its code."""
    from .lexicon import place_countries as pc

    return {place_key(n): c for c, n, _ in country_lines(pc.ADMINISTRATIVE_NOUNS)}
