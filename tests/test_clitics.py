"""The one proclitic stripper (``lexical/clitics.py``) and its inverse agree."""

from __future__ import annotations

import pytest

from arabic_events.lexical import (
    TimeCategory,
    clitic_forms,
    lam_article,
    strip_proclitics,
    unclitic,
    with_clitics,
)
from arabic_events.lexicon.clitics import (
    COMMON_CLITICS,
    CONJUNCTIONS,
    ONE_LETTER_CLITICS,
    PREPOSITIONS,
)

WORDS = ("الشهر", "الاربعاء", "يوليوز", "اجتماع", "قال", "الرباط", "غد")


@pytest.mark.parametrize("word", WORDS)
def test_with_clitics_strips_back(word: str) -> None:
    """Every written form the prefilter keeps reads back to the word."""
    for form in with_clitics({word}):
        if len(form) >= 3:  # a clitic before a two-letter word is not read
            assert word in {f for f, _ in strip_proclitics(form, lam_article_from=3)}, form


@pytest.mark.parametrize("word", WORDS)
def test_clitic_forms_strip_back_with_their_length(word: str) -> None:
    for form, n in clitic_forms(word):
        if n and len(form) >= 3 + (n == 2):
            assert (word, n) in strip_proclitics(form, lam_article_from=None)


def test_letter_sets() -> None:
    assert CONJUNCTIONS | PREPOSITIONS == ONE_LETTER_CLITICS
    assert ONE_LETTER_CLITICS - {"ك"} == COMMON_CLITICS


@pytest.mark.parametrize(
    ("word", "letters", "min_length", "bare"),
    [
        ("والمؤتمر", COMMON_CLITICS, 4, "المؤتمر"),
        ("كلمة", COMMON_CLITICS, 4, "كلمة"),  # ك is no common clitic
        ("كلمة", PREPOSITIONS, 3, "لمة"),
        ("بلد", COMMON_CLITICS, 4, "بلد"),  # too short
        ("بالرباط", CONJUNCTIONS, 3, "بالرباط"),
        ("فقال", CONJUNCTIONS, 3, "قال"),
        ("", COMMON_CLITICS, 1, ""),
    ],
)
def test_unclitic(word: str, letters: frozenset[str], min_length: int, bare: str) -> None:
    assert unclitic(word, letters, min_length) == bare


def test_unclitic_returns_the_word_itself_when_nothing_is_stripped() -> None:
    word = "".join(["اجت", "ماع"])
    assert unclitic(word) is word


def test_lam_article() -> None:
    assert lam_article("للمؤتمر") == "المؤتمر"
    assert lam_article("للمؤتمر", 8) is None
    assert lam_article("لبنان") is None
    assert [f for f, _ in strip_proclitics("للمؤتمر")][1] == lam_article("للمؤتمر")


def test_every_time_category_has_its_table() -> None:
    from arabic_events.dates.times import category_index

    index = category_index()
    assert set(index) == set(TimeCategory)
    assert all(index[c] for c in TimeCategory)
