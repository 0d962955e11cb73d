"""The prefilters change no result: with them and without them, the same output.

``find_dates`` tries the grammar only at the tokens ``dates/anchors.py`` keeps,
and ``extract`` looks for triggers, places and status cues only at the tokens
their own word sets keep. With ``anchors.ENABLED`` off every token is tried, as
the rules are written. These tests run both paths on every test case, on the
evaluation sentences when they are present, and on random text built from the
lexicon's own words, digits and punctuation, and require identical output.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabic_events as ae
from arabic_events import lexical as lx
from arabic_events.dates import anchors
from arabic_events.dates.grammar import Parser
from arabic_events.events import context as cx
from arabic_events.events import triggers as tr
from arabic_events.lexical import calendar as lc
from arabic_events.lexicon import months as mo
from arabic_events.lexicon import triggers as trigger_lexicon
from arabic_events.lexicon.places import AMBIGUOUS, PLACES

CASES = Path(__file__).parent / "cases"
REPO = Path(__file__).resolve().parent.parent


@contextmanager
def full_path() -> Iterator[None]:
    """Every token tried: the prefilters off."""
    was = anchors.ENABLED
    anchors.ENABLED = False
    try:
        yield
    finally:
        anchors.ENABLED = was


def outputs(text: str, reference: str | dt.date) -> tuple[Any, ...]:
    """What the public functions return for ``text``, in comparable form."""
    dates = ae.find_dates(text, reference)
    doc = ae.extract(text, reference).to_dict()
    return dates, doc


def assert_same(text: str, reference: str | dt.date) -> None:
    fast = outputs(text, reference)
    with full_path():
        full = outputs(text, reference)
    assert fast == full, text


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _case_texts() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(CASES.glob("*.jsonl")):
        for rec in _records(path):
            ref = rec.get("reference") or rec.get("reference_date") or "2019-01-15"
            out.append((f"{path.stem}:{rec.get('id')}", rec["text"], ref))
    return out


def _eval_dir() -> Path:
    env = os.environ.get("ARABIC_EVENTS_EVAL_DIR")
    return Path(env) if env else REPO.parent / "shared" / "eval"


def _eval_texts() -> list[tuple[str, str, str]]:
    out = []
    for directory in (_eval_dir(), REPO.parent.parent / "shared" / "eval"):
        for name in ("dev.jsonl", "realdev.jsonl", "seed_article.jsonl"):
            path = directory / name
            if path.is_file():
                out += [
                    (f"{name}:{r.get('id')}", r["text"], r["reference_date"])
                    for r in _records(path)
                ]
        if out:
            break
    return out


CASE_TEXTS = _case_texts()
EVAL_TEXTS = _eval_texts()


def test_cases_are_there() -> None:
    assert len(CASE_TEXTS) > 1000


def test_every_case_the_same_both_ways() -> None:
    for _name, text, ref in CASE_TEXTS:
        assert_same(text, ref)


@pytest.mark.skipif(not EVAL_TEXTS, reason="evaluation files not found")
def test_every_evaluation_text_the_same_both_ways() -> None:
    for _name, text, ref in EVAL_TEXTS:
        assert_same(text, ref)


@pytest.mark.skipif(not EVAL_TEXTS, reason="evaluation files not found")
def test_long_text_the_same_both_ways() -> None:
    # sentences run together: dates and events across what were record boundaries
    text = " ".join(t for _, t, _ in EVAL_TEXTS[:120])
    assert_same(text, "2019-01-15")


# --- random text from the lexicon's own words ------------------------------------


def _date_phrases() -> list[str]:
    return sorted({" ".join(keys) for b in lc.lexicon_index().values() for keys, _ in b})


def _event_words() -> list[str]:
    cues = {" ".join(keys) for b in cx.CUE_INDEX.values() for keys, _ in b}
    triggers = sorted(tr.surface_forms())[::7]  # every seventh: the table is large
    phrases = {
        f"{a} {b}"
        for firsts, seconds, _ in trigger_lexicon.PHRASES
        for a in firsts
        for b in seconds
    }
    places = {name for name, _, _ in PLACES[::5]} | set(AMBIGUOUS)
    return sorted(cues | set(triggers) | phrases | places)


DATE_WORDS = _date_phrases()
EVENT_WORDS = _event_words()
FILLER = ["الوزير", "اجتمع", "في", "مع", "إلى", "عن", "الذي", "قال", "أن", "الوطني", "مشاركا"]
PUNCT = ["/", "-", ".", "،", ",", "(", ")", ":", "؟", "\n"]
CLITICS = ["", "", "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "لل", "ال"]

numbers = st.one_of(
    st.integers(0, 40).map(str),
    st.integers(1300, 2100).map(str),
    st.integers(0, 99999).map(str),
    st.integers(1, 31).map(lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))),
)
words = st.one_of(
    st.tuples(st.sampled_from(CLITICS), st.sampled_from(DATE_WORDS)).map("".join),
    st.tuples(st.sampled_from(CLITICS), st.sampled_from(EVENT_WORDS)).map("".join),
    st.sampled_from(FILLER),
    numbers,
    st.sampled_from(PUNCT),
)
texts = st.lists(st.tuples(words, st.sampled_from([" ", " ", " ", ""])), max_size=40).map(
    lambda parts: "".join(w + sep for w, sep in parts)
)
references = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


@settings(
    max_examples=1000, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(texts, references)
def test_random_lexicon_text_the_same_both_ways(text: str, reference: dt.date) -> None:
    assert_same(text, reference)


@settings(
    max_examples=500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(texts)
def test_every_anchor_is_kept(text: str) -> None:
    """The prefilter keeps every token the grammar would try (it may keep more)."""
    tokens = lx.tokenize(ae.normalize(text))
    parser = Parser(tokens, dt.date(2019, 1, 15))
    kept = set(anchors.date_starts(tokens) or ())
    assert {i for i in range(len(tokens)) if parser.is_anchor(i)} <= kept


def test_prefilter_off_tries_every_token() -> None:
    tokens = lx.tokenize("قال الوزير")
    with full_path():
        assert anchors.date_starts(tokens) is None
        assert list(tr.trigger_starts(tokens)) == [0, 1]


def test_a_new_month_spelling_is_covered_without_a_change_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The anchor set is built from the lexicon: a word added there is an anchor at once."""
    text = "انعقد الاجتماع يوم 12 زمهرير 2018"
    caches = (lc.lexicon_index, lc.entries, anchors.anchor_keys)
    for f in caches:
        f.cache_clear()
    try:
        assert ae.find_dates(text, "2019-01-15") == []
        for f in caches:
            f.cache_clear()
        monkeypatch.setattr(mo, "MONTHS", (*mo.MONTHS, (7, "gregorian", "زمهرير", False)))
        assert "زمهرير" in anchors.anchor_keys()
        assert [m.value.iso() for m in ae.find_dates(text, "2019-01-15")] == ["2018-07-12"]
        assert_same(text, "2019-01-15")
    finally:
        monkeypatch.undo()
        for f in caches:
            f.cache_clear()
