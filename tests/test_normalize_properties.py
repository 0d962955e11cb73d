"""Property tests for :func:`normalize` and :func:`normalize_map`."""

from __future__ import annotations

import itertools
import pickle
from dataclasses import fields

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from arabic_events.normalize import NormalizeConfig, normalize, normalize_map

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

STEP_NAMES = tuple(f.name for f in fields(NormalizeConfig))
PRESETS = (NormalizeConfig.default(), NormalizeConfig.search(), NormalizeConfig.identity())

# --- strategies -------------------------------------------------------------------

_RANGES = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Presentation Forms-A
    (0xFE70, 0xFEFF),  # Presentation Forms-B
)
_CONTROLS = (
    [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u061c", "\ufeff"]
)
_SPACES = [" ", " ", " ", "\u00a0", "\u2000", "\u2002", "\u2009", "\u202f", "\u3000", "\t", "\n"]
_EMOJI = ["😀", "🎉", "👍", "🏽", "❤", "\ufe0f", "🇲", "🇦", "漢", "é", "\u0301"]

arabic_chars = st.one_of(
    *(st.integers(lo, hi).map(chr) for lo, hi in _RANGES),
    st.sampled_from(_CONTROLS),
    st.sampled_from(_SPACES),
    st.characters(min_codepoint=0x41, max_codepoint=0x7A),
    st.sampled_from("0123456789"),
    st.sampled_from(_EMOJI),
)
arabic_text = st.text(alphabet=arabic_chars, max_size=40)

# Letters that take a composing madda/hamza, those marks, and the characters
# whose deletion or folding can expose a new composition.
composing_text = st.text(
    alphabet=st.sampled_from(
        [
            *("ا", "ي", "ی", "و", "ە", "ك"),
            *("\u0653", "\u0654", "\u0655", "\u064e", "\u0651"),
            *("\u200b", "\u200f", "\u0640", " ", "\u00a0", "\ufef7", "\ufe8d"),
        ]
    ),
    max_size=24,
)

texts = st.one_of(st.text(max_size=40), arabic_text, composing_text)

random_configs = st.builds(NormalizeConfig, **{name: st.booleans() for name in STEP_NAMES})
configs = st.one_of(st.sampled_from(PRESETS), random_configs)

# Every output character of these configs is a one-to-one image of one input
# character: no expansion (presentation forms) and no composition (NFC).
one_to_one_configs = st.builds(
    NormalizeConfig,
    **{name: st.booleans() for name in STEP_NAMES},
).map(lambda c: c.with_steps(nfc=False, presentation_forms=False))

# The shortest input found that needs more than the library's pass limit: each
# pass composes one madda onto the alef and folds it back to a bare alef.
MADDA_CHAIN = "ا" + "\u0653" * 5
NO_DIACRITICS = NormalizeConfig(diacritics=False)

# --- the same result both ways, never raises ----------------------------------------


@SETTINGS
@given(x=texts, cfg=configs)
def test_never_raises_and_map_agrees(x: str, cfg: NormalizeConfig) -> None:
    out = normalize(x, cfg)
    assert isinstance(out, str)
    n = normalize_map(x, cfg)
    assert n.text == out
    assert n.original == x


@SETTINGS
@given(x=texts)
def test_default_config_is_none(x: str) -> None:
    assert normalize(x) == normalize(x, NormalizeConfig()) == normalize_map(x).text


# --- idempotence --------------------------------------------------------------------


@SETTINGS
@given(x=texts, cfg=st.sampled_from(PRESETS))
def test_idempotent_presets(x: str, cfg: NormalizeConfig) -> None:
    once = normalize(x, cfg)
    assert normalize(once, cfg) == once


@SETTINGS
@given(x=texts, cfg=configs)
@example(x=MADDA_CHAIN, cfg=NO_DIACRITICS)
def test_idempotent_random_configs(x: str, cfg: NormalizeConfig) -> None:
    once = normalize(x, cfg)
    assert normalize(once, cfg) == once


@SETTINGS
@given(x=texts, cfg=random_configs.map(lambda c: c.with_steps(diacritics=True)))
def test_idempotent_random_configs_with_diacritics_step(x: str, cfg: NormalizeConfig) -> None:
    # Outside the bug above: the madda/hamza marks that chain compositions are
    # diacritics, so with that step on no chain survives the first pass.
    once = normalize(x, cfg)
    assert normalize(once, cfg) == once


# --- the offset map -----------------------------------------------------------------


@SETTINGS
@given(x=texts, cfg=configs)
def test_to_original_monotone_and_in_bounds(x: str, cfg: NormalizeConfig) -> None:
    n = normalize_map(x, cfg)
    positions = [n.to_original(i) for i in range(len(n.text) + 1)]
    assert positions[-1] == len(x)
    for i, p in enumerate(positions[:-1]):
        assert 0 <= p < len(x), (i, p)
    assert all(a <= b for a, b in itertools.pairwise(positions)), positions


@SETTINGS
@given(x=texts, cfg=one_to_one_configs)
def test_each_character_folds_from_its_original(x: str, cfg: NormalizeConfig) -> None:
    n = normalize_map(x, cfg)
    for i, c in enumerate(n.text):
        source = x[n.to_original(i)]
        assert normalize(source, cfg) == c, (i, source, c)


@SETTINGS
@given(x=texts, cfg=configs, data=st.data())
def test_original_span_covers_output_span(
    x: str, cfg: NormalizeConfig, data: st.DataObject
) -> None:
    n = normalize_map(x, cfg)
    size = len(n.text)
    spans = [(i, i + 1) for i in range(size)] + [(0, size), (size, size)]
    for _ in range(5):
        s = data.draw(st.integers(0, size), label="start")
        e = data.draw(st.integers(s, size), label="end")
        spans.append((s, e))
    for s, e in spans:
        os_, oe = n.original_span(s, e)
        assert 0 <= os_ <= oe <= len(x), (s, e, os_, oe)
        assert n.text[s:e] in normalize(x[os_:oe], cfg), (s, e, os_, oe)


@SETTINGS
@given(x=texts)
def test_identity_leaves_text_unchanged(x: str) -> None:
    identity = NormalizeConfig.identity()
    assert normalize(x, identity) == x
    n = normalize_map(x, identity)
    assert n.text == x
    assert [n.to_original(i) for i in range(len(x) + 1)] == list(range(len(x) + 1))


@SETTINGS
@given(x=texts, cfg=configs)
def test_to_original_out_of_range(x: str, cfg: NormalizeConfig) -> None:
    n = normalize_map(x, cfg)
    with pytest.raises(IndexError):
        n.to_original(-1)
    with pytest.raises(IndexError):
        n.to_original(len(n.text) + 1)


@SETTINGS
@given(x=texts, cfg=configs)
def test_pickle_round_trip(x: str, cfg: NormalizeConfig) -> None:
    n = normalize_map(x, cfg)
    back = pickle.loads(pickle.dumps(n))
    assert back.text == n.text
    assert back.original == n.original
    size = len(n.text)
    assert [back.to_original(i) for i in range(size + 1)] == [
        n.to_original(i) for i in range(size + 1)
    ]
    assert back.original_span(0, size) == n.original_span(0, size)


# --- bad arguments ------------------------------------------------------------------

BAD_TEXTS = [b"\xd8\xa7", bytearray(b"abc"), None, 42, 3.5, ["ا"], ("ا",)]


@pytest.mark.parametrize("func", [normalize, normalize_map], ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", BAD_TEXTS, ids=lambda b: type(b).__name__)
def test_non_str_text_raises_type_error(func: object, bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        func(bad)  # type: ignore[operator]


@pytest.mark.parametrize("func", [normalize, normalize_map], ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "bad",
    ["search", {"alef": False}, 1, True, NormalizeConfig],
    ids=["str", "dict", "int", "bool", "class"],
)
def test_bad_config_type_raises_type_error(func: object, bad: object) -> None:
    with pytest.raises(TypeError):
        func("نص", bad)  # type: ignore[operator]
