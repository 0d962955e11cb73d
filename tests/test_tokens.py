"""``tokenize`` gives the tokens its three classes define, whichever way it splits.

Text within the Arabic block and below is split by the classes spelled out
character by character (faster), other text by the Unicode classes themselves;
each token's key is its word with a final ة written ه. Both are checked here
against the tokens read one by one from the Unicode classes.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_events.lexical import tokenize
from arabic_events.lexical import tokens as tk


def _expected(text: str) -> list[tuple[str, int, int, str]]:
    out = []
    for m in tk._TOKEN_RE.finditer(text):
        word = m.group()
        out.append((word[:-1] + "ه" if word.endswith("ة") else word, m.start(), m.end(), word))
    return out


def test_every_character_below_the_block_end_splits_as_its_class() -> None:
    for c in map(chr, range(tk._BLOCK_END)):
        for text in (c, f"ب{c}ة", f"1{c}2", f"،{c} ة{c}"):
            assert tk._OUTSIDE_BLOCK_RE.search(text) is None
            assert [tuple(t) for t in tokenize(text)] == _expected(text), repr(text)


def test_a_character_past_the_block_takes_the_unicode_classes() -> None:
    text = "قمة–2018 ةΩ قمة"  # an en dash, a Greek letter
    assert tk._OUTSIDE_BLOCK_RE.search(text) is not None
    assert [tuple(t) for t in tokenize(text)] == _expected(text)


_CHARS = st.sampled_from("ابةهيوى ٠١2،,._-\n\u064b«»–ـ" + "".join(map(chr, range(0x600, 0x700, 7))))


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=40))
def test_random_text_gives_the_tokens_of_its_classes(text: str) -> None:
    assert [tuple(t) for t in tokenize(text)] == _expected(text)
