"""Arabic-script normalization that keeps offsets.

One configurable entry point, :func:`normalize`, over small named steps, and
:func:`normalize_map`, which also returns the map from every position of the
normalized text back to the caller's original string. The steps run in this
order (each can be switched off in :class:`NormalizeConfig`):

1. ``nfc``: Unicode canonical composition (ا + U+0653 → آ).
2. ``presentation_forms``: contextual shapes and ligatures to base letters (ﻷ → لأ);
   ``diacritics``, ``tatweel``, ``controls``: deleted. These run as one scan
   (a tatweel run between two digits is typed as a dash: it becomes ``-``).
3. ``alef``, ``alef_maksura``, ``teh_marbuta``, ``hamza_carriers``, ``digits``,
   ``persian_letters``, ``punctuation``, ``spaces``: one-to-one folds.
4. ``spaces`` also collapses runs of spaces into one.

Characters that no step names pass through untouched. When an expansion or a
fold creates a sequence that NFC would compose, the steps run again, so the
result is always a fixed point: ``normalize(normalize(x)) == normalize(x)``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import characters as ch

if TYPE_CHECKING:
    import regex
from .offsets import Edit, OffsetMap, chain_span, chain_start

__all__ = ["NormalizeConfig", "Normalized", "normalize", "normalize_map"]

# Runs of the whole pipeline at most; two always suffice in practice (one
# pass folds, the second composes what the folds exposed and folds that).
_MAX_PASSES = 4


@dataclass(frozen=True)
class NormalizeConfig:
    """Which normalization steps run. Every field is one named step.

    The default is the preset the library matches with. Presets:
    :meth:`default`, :meth:`search` (everything on, for search keys) and
    :meth:`identity` (everything off: the text comes back unchanged).

    >>> NormalizeConfig().teh_marbuta
    False
    >>> NormalizeConfig.search().teh_marbuta
    True
    >>> NormalizeConfig(alef=False).alef
    False
    """

    presentation_forms: bool = True
    nfc: bool = True
    diacritics: bool = True
    tatweel: bool = True
    controls: bool = True
    alef: bool = True
    alef_maksura: bool = True
    teh_marbuta: bool = False
    hamza_carriers: bool = False
    digits: bool = True
    persian_letters: bool = True
    punctuation: bool = False
    spaces: bool = False

    @classmethod
    def default(cls) -> NormalizeConfig:
        """The default steps: what the date and event finders match on."""
        return cls()

    @classmethod
    def search(cls) -> NormalizeConfig:
        """Every step on: the most aggressive folding, for search keys and deduplication."""
        return cls(**{f.name: True for f in fields(cls)})

    @classmethod
    def identity(cls) -> NormalizeConfig:
        """Every step off: the text comes back unchanged."""
        return cls(**{f.name: False for f in fields(cls)})

    @classmethod
    def preset(cls, name: str) -> NormalizeConfig:
        """A preset by name: ``default``, ``search`` or ``identity``.

        >>> NormalizeConfig.preset("identity") == NormalizeConfig.identity()
        True
        """
        presets = {"default": cls.default, "search": cls.search, "identity": cls.identity}
        if name not in presets:
            raise ValueError(f"unknown preset {name!r}; choose one of {', '.join(presets)}")
        return presets[name]()

    def with_steps(self, **steps: bool) -> NormalizeConfig:
        """A copy with some steps switched (``cfg.with_steps(alef=False)``)."""
        return replace(self, **steps)


class Normalized:
    """A normalized text with the map back to the original string.

    >>> n = normalize_map("الاجتماعُ في ﻷول مرة")
    >>> n.text
    'الاجتماع في لاول مرة'
    >>> n.original_span(0, 8)
    (0, 9)
    >>> n.original[n.to_original(12)]
    'ﻷ'
    """

    __slots__ = ("_maps", "original", "text")

    def __init__(self, text: str, original: str, maps: tuple[OffsetMap, ...]) -> None:
        self.text = text
        self.original = original
        self._maps = maps

    def __repr__(self) -> str:
        return f"Normalized({self.text!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (normalize_map_from_state, (self.original, self.text, self._maps))

    def to_original(self, i: int) -> int:
        """The position in the original string of the character at ``i`` in :attr:`text`.

        ``i == len(text)`` maps to ``len(original)``. A character that an
        expansion produced maps to the character it was expanded from; one that
        composition produced maps to the first character of its sequence.
        Raises :class:`IndexError` outside ``0..len(text)``.
        """
        if not 0 <= i <= len(self.text):
            raise IndexError(f"position {i} is outside the normalized text (0..{len(self.text)})")
        return chain_start(self._maps, i)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original string that ``text[start:end]`` came from.

        The span grows to whole expanded or composed characters, and takes in
        the deleted characters (diacritics, tatweel, controls) written right
        after its last character. Raises :class:`IndexError` for a span outside
        the text or with ``end < start``.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} is not within the normalized text")
        return chain_span(self._maps, start, end)


def normalize_map_from_state(text: str, normalized: str, maps: tuple[OffsetMap, ...]) -> Normalized:
    """Rebuild a :class:`Normalized` when unpickling."""
    return Normalized(normalized, text, maps)


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


@lru_cache(maxsize=1)
def _presentation_table() -> dict[str, str]:
    """Presentation forms to their base letters, from the Unicode decompositions."""
    table: dict[str, str] = {}
    for lo, hi in ch.PRESENTATION_RANGES:
        for cp in range(lo, hi + 1):
            parts = unicodedata.decomposition(chr(cp)).split()
            if not parts or not parts[0].startswith("<"):
                continue
            base = "".join(chr(int(p, 16)) for p in parts[1:])
            # Isolated diacritic forms decompose to a space + mark: keep the mark
            # only, so the step never inserts a space inside a word.
            if len(base) > 1 and base[0] == " ":
                base = base[1:]
            table[chr(cp)] = unicodedata.normalize("NFC", base)
    return table


_NON_SPACE_RE = re.compile(r"\S+")
# Tatweel only stretches joined letters: between two digits it is typed as a dash
# (14ـ18، 2010ـ2011).
_DIGIT_DASH_RE = re.compile(f"(?<=\\d){ch.TATWEEL}+(?=\\d)")
_SPACE_RUN_RE = re.compile(" {2,}")


@dataclass(frozen=True)
class _Plan:
    """What one configuration does, compiled once."""

    nfc: bool
    digit_dash: re.Pattern[str] | None  # a tatweel run between two digits
    rewrite: re.Pattern[str] | None  # one character to expand or delete
    rewrites: dict[str, str]
    folds: tuple[tuple[str, str], ...]
    absorb: re.Pattern[str] | None
    collapse_spaces: bool


@lru_cache(maxsize=64)
def _plan(config: NormalizeConfig) -> _Plan:
    deleted: list[tuple[int, int]] = []
    if config.diacritics:
        deleted += ch.DIACRITIC_RANGES
    if config.tatweel:
        deleted.append((ord(ch.TATWEEL), ord(ch.TATWEEL)))
    if config.controls:
        deleted += ch.CONTROL_RANGES
    folds: dict[str, str] = {}
    for step, table in (
        ("alef", ch.ALEF_FOLDS),
        ("alef_maksura", ch.ALEF_MAKSURA_FOLDS),
        ("teh_marbuta", ch.TEH_MARBUTA_FOLDS),
        ("hamza_carriers", ch.HAMZA_CARRIER_FOLDS),
        ("digits", ch.DIGIT_FOLDS),
        ("persian_letters", ch.PERSIAN_LETTER_FOLDS),
        ("punctuation", ch.PUNCTUATION_FOLDS),
    ):
        if getattr(config, step):
            folds.update(table)
    if config.spaces:
        folds.update(dict.fromkeys(ch.SPACE_CHARACTERS, " "))
    # Letters whose composed forms fold back to them (آ → ا): a combining madda or
    # hamza written on them is absorbed, as composing and folding it would do.
    bases = ("ا" if config.alef else "") + ("وي" if config.hamza_carriers else "")
    absorb = None
    if config.nfc and bases and not config.diacritics:
        marks = _char_class(ch.DIACRITIC_RANGES)
        absorb = re.compile(f"(?<=[{bases}])[{marks}]*[{ch.COMPOSING_MARKS}][{marks}]*")
    dropped = {chr(c) for lo, hi in deleted for c in range(lo, hi + 1)}
    rewrites = dict.fromkeys(dropped, "")
    if config.presentation_forms:
        # an expansion's own diacritics and tatweel go in the same scan (ﹱ → ـً → "")
        for form, base in _presentation_table().items():
            rewrites[form] = "".join(c for c in base if c not in dropped)
    rewrite = None
    if rewrites:
        points = sorted(map(ord, rewrites))
        rewrite = re.compile(f"[{_char_class(_ranges(points))}]")
    return _Plan(
        nfc=config.nfc,
        digit_dash=_DIGIT_DASH_RE if config.tatweel else None,
        rewrite=rewrite,
        rewrites=rewrites,
        folds=tuple(folds.items()),
        absorb=absorb,
        collapse_spaces=config.spaces,
    )


def _ranges(points: list[int]) -> tuple[tuple[int, int], ...]:
    """Sorted code points as inclusive ranges."""
    out: list[tuple[int, int]] = []
    for p in points:
        if out and out[-1][1] == p - 1:
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, p))
    return tuple(out)


def _check(text: object, func: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{func}() expected a str, got {type(text).__name__}")
    return text


_DEFAULT_CONFIG = NormalizeConfig()
# Strings up to this length go through a cache: the finders normalize the same
# words and names again and again.
_CACHED_LENGTH = 64


def _config(config: NormalizeConfig | None) -> NormalizeConfig:
    if config is None:
        return _DEFAULT_CONFIG
    if not isinstance(config, NormalizeConfig):
        raise TypeError(f"config must be a NormalizeConfig or None, got {type(config).__name__}")
    return config


# --- the steps -----------------------------------------------------------------
# Each step takes a text and returns the new text and the edits it made (None
# when it moved no offset). The plain path ignores the edits; the map path
# turns them into OffsetMaps.


def rewrite_characters(
    text: str, pattern: re.Pattern[str], table: dict[str, str], want_edits: bool
) -> tuple[str, list[Edit] | None]:
    """Expand presentation forms (ﻻ → لا) and delete diacritics, tatweel and controls."""
    # news text seldom has a character to rewrite: one scan finds none, where the
    # finditer and the sub below would scan the text twice to change nothing
    if pattern.search(text) is None:
        return text, None
    get = table.get
    if not want_edits:
        return pattern.sub(lambda m: get(m[0], ""), text), None
    edits = []
    for m in pattern.finditer(text):
        n = len(get(m[0], ""))
        if n != 1:
            edits.append((m.start(), m.end(), n))
    return pattern.sub(lambda m: get(m[0], ""), text), edits or None


def digit_dashes(
    text: str, pattern: re.Pattern[str], want_edits: bool
) -> tuple[str, list[Edit] | None]:
    """A tatweel run between two digits becomes one dash (14ـ18 → 14-18)."""
    edits = (
        [(m.start(), m.end(), 1) for m in pattern.finditer(text) if m.end() - m.start() > 1]
        if want_edits
        else None
    )
    return pattern.sub("-", text), edits or None


@lru_cache(maxsize=1)
def _clusters() -> regex.Pattern[str]:
    """Grapheme clusters (imported on first use: only texts that are not NFC need it)."""
    import regex

    return regex.compile(r"\X")


def compose_nfc(text: str, want_edits: bool) -> tuple[str, list[Edit] | None]:
    """Unicode NFC. Each changed grapheme cluster becomes one edit."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    whole = unicodedata.normalize("NFC", text)
    if not want_edits:
        return whole, None
    edits: list[Edit] = []
    pieces: list[str] = []
    cursor = 0
    for word in _NON_SPACE_RE.finditer(text):
        w = word.group()
        if unicodedata.is_normalized("NFC", w):
            continue
        pieces.append(text[cursor : word.start()])
        base = word.start()
        for cluster in _clusters().finditer(w):
            c = cluster.group()
            nc = unicodedata.normalize("NFC", c)
            if nc != c:
                edits.append((base + cluster.start(), base + cluster.end(), len(nc)))
            pieces.append(nc)
        cursor = word.end()
    pieces.append(text[cursor:])
    if "".join(pieces) != whole:
        # Composition crossed a cluster boundary: map each changed word as a unit.
        edits = []
        for word in _NON_SPACE_RE.finditer(text):
            w = word.group()
            nw = unicodedata.normalize("NFC", w)
            if nw != w:
                edits.append((word.start(), word.end(), len(nw)))
    return whole, edits


def fold_characters(text: str, folds: tuple[tuple[str, str], ...]) -> str:
    """One-to-one folds (alef variants, ى, digits …): no offset moves."""
    for src, dst in folds:
        if src in text:
            text = text.replace(src, dst)
    return text


def absorb_composing_marks(
    text: str, pattern: re.Pattern[str], want_edits: bool
) -> tuple[str, list[Edit] | None]:
    """Drop madda and hamza marks on a letter that folding has just stripped of them.

    Only runs with diacritics kept: ا + U+0653 + U+0653 would otherwise compose and
    fold one mark per pass, and never settle.
    """
    if not any(m in text for m in ch.COMPOSING_MARKS):
        return text, None
    edits: list[Edit] = []
    pieces: list[str] = []
    cursor = 0
    for m in pattern.finditer(text):
        run = m.group()
        kept = "".join(c for c in run if c not in ch.COMPOSING_MARKS)
        if len(kept) == len(run):
            continue
        pieces.append(text[cursor : m.start()])
        pieces.append(kept)
        cursor = m.end()
        if want_edits:
            # delete the absorbed marks one by one, keeping the others in place
            for k, c in enumerate(run):
                if c in ch.COMPOSING_MARKS:
                    edits.append((m.start() + k, m.start() + k + 1, 0))
    pieces.append(text[cursor:])
    return "".join(pieces), edits if want_edits else None


def collapse_spaces(text: str, want_edits: bool) -> tuple[str, list[Edit] | None]:
    """Runs of spaces become one space (the first of the run is kept)."""
    if "  " not in text:
        return text, None
    edits = (
        [(m.start() + 1, m.end(), 0) for m in _SPACE_RUN_RE.finditer(text)] if want_edits else None
    )
    return _SPACE_RUN_RE.sub(" ", text), edits


def _one_pass(text: str, plan: _Plan, maps: list[OffsetMap] | None) -> str:
    want = maps is not None

    def record(edits: list[Edit] | None, before: str) -> None:
        if maps is not None and edits:
            maps.append(OffsetMap(edits, len(before)))

    if plan.nfc:
        new, edits = compose_nfc(text, want)
        record(edits, text)
        text = new
    if plan.digit_dash is not None and ch.TATWEEL in text:
        new, edits = digit_dashes(text, plan.digit_dash, want)
        record(edits, text)
        text = new
    if plan.rewrite is not None:
        new, edits = rewrite_characters(text, plan.rewrite, plan.rewrites, want)
        record(edits, text)
        text = new
    text = fold_characters(text, plan.folds)
    if plan.absorb is not None:
        new, edits = absorb_composing_marks(text, plan.absorb, want)
        record(edits, text)
        text = new
    if plan.collapse_spaces:
        new, edits = collapse_spaces(text, want)
        record(edits, text)
        text = new
    return text


def _run(text: str, config: NormalizeConfig, maps: list[OffsetMap] | None) -> str:
    plan = _plan(config)
    for _ in range(_MAX_PASSES):
        out = _one_pass(text, plan, maps)
        if out == text or not plan.nfc or unicodedata.is_normalized("NFC", out):
            return out
        text = out
    return text


def normalize(text: str, config: NormalizeConfig | None = None) -> str:
    """Normalize Arabic script for matching; see the module docs for the steps.

    ``config`` chooses the steps (default: :meth:`NormalizeConfig.default`).
    Any ``str`` is accepted, and characters no step names pass through
    untouched; a non-``str`` raises :class:`TypeError`.

    >>> normalize("إِلَى الاجتماعِ يوم ١٢ يوليوز")
    'الي الاجتماع يوم 12 يوليوز'
    >>> normalize("ﻷ")
    'لا'
    >>> normalize("مدرسة", NormalizeConfig.search())
    'مدرسه'
    >>> normalize("café 😀 漢字")
    'café 😀 漢字'
    """
    text = _check(text, "normalize")
    if len(text) <= _CACHED_LENGTH and type(text) is str:
        return _normalize_short(text, _config(config))
    return _run(text, _config(config), None)


@lru_cache(maxsize=8192)
def _normalize_short(text: str, config: NormalizeConfig) -> str:
    return _run(text, config, None)


def normalize_map(text: str, config: NormalizeConfig | None = None) -> Normalized:
    """Normalize like :func:`normalize` and keep the map back to ``text``.

    ``normalize_map(x).text == normalize(x)`` always. A non-``str`` raises
    :class:`TypeError`.

    >>> n = normalize_map("قِمّة الرباط")
    >>> n.text
    'قمة الرباط'
    >>> n.original_span(4, 10)
    (6, 12)
    """
    text = _check(text, "normalize_map")
    maps: list[OffsetMap] = []
    out = _run(text, _config(config), maps)
    return Normalized(out, text, tuple(maps))
