"""Find every date a text mentions, with spans into the caller's original string."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..lexical import Token, key, tokenize
from ..lexicon import calendar_words as cw
from ..normalize import Normalized, normalize_map
from ..types import DateMention, DateValue
from . import anchors
from . import times as time_grammar
from .grammar import Match, Parser, Prefound
from .rules import STANDALONE

PHRASE_OPENERS = frozenset(key(w) for w in cw.PHRASE_OPENERS)


def coerce_reference(reference: object) -> dt.date:
    """A reference date from a ``date``, a ``datetime``, an ISO string or ``None`` (today).

    >>> coerce_reference("2018-07-12")
    datetime.date(2018, 7, 12)
    """
    if reference is None:
        return dt.date.today()
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return dt.date.fromisoformat(reference.strip()[:10])
        except ValueError:
            raise ValueError(
                f"reference must be an ISO date (YYYY-MM-DD), got {reference!r}"
            ) from None
    raise TypeError(
        "reference must be a date, a datetime, an ISO string or None, "
        f"got {type(reference).__name__}"
    )


def check_text(text: object, func: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{func}() expected a str, got {type(text).__name__}")
    return text


def mention_from_match(norm: Normalized, tokens: list[Token], m: Match) -> DateMention:
    """The public mention of a grammar match, its span mapped to the original string."""
    first, clitic, last = time_grammar.outer_span(m)  # the span with a joined time
    start = tokens[first].start + clitic
    end = tokens[last - 1].end
    o_start, o_end = norm.original_span(start, end)
    # a span ends at its last letter, not after trailing spaces taken in by deletions
    text = norm.original[o_start:o_end]
    stripped = text.rstrip()
    o_end -= len(text) - len(stripped)
    assert m.value is not None
    return DateMention(stripped, o_start, o_end, m.value, m.relative, m.warnings)


def matches(
    norm: Normalized,
    reference: dt.date,
    tokens: list[Token] | None = None,
    starts: Iterable[int] | None = None,
    prefound: Prefound | None = None,
) -> tuple[Parser, list[Match]]:
    """The parser over a normalized text and the dates it reads (for the event linker).

    The grammar is tried only at the tokens the prefilter keeps (``anchors.py``), or
    at ``starts`` when the caller has found them already (with ``tokens``, the tokens
    of ``norm.text``, and ``prefound``, what the caller's scan found in them).
    """
    if tokens is None:
        tokens = tokenize(norm.text)
    parser = Parser(tokens, reference, prefound)
    found = parser.scan(anchors.date_starts(tokens) if starts is None else starts)
    # --- times of day joined to their dates (dates/times.py) ---
    found = time_grammar.attach(parser, found, norm.text)
    return parser, found


def find_dates(
    text: str, reference: dt.date | dt.datetime | str | None = None
) -> list[DateMention]:
    """Every date the text mentions, in text order, with spans into ``text``.

    ``reference`` is the publication date (a ``date``, ``datetime`` or ISO
    string; default today): relative dates and dates without a year resolve
    against it. Dates that do not exist (31 فبراير) are not reported. A
    non-``str`` text raises :class:`TypeError`; a malformed reference string
    raises :class:`ValueError`.

    >>> [m.value.iso() for m in find_dates("انعقد الاجتماع يوم 12 يوليوز 2018 بالرباط")]
    ['2018-07-12']
    >>> m = find_dates("وصل الوفد أمس الأربعاء", reference="2019-01-17")[0]
    >>> m.text, m.value.iso(), m.relative
    ('أمس الأربعاء', '2019-01-16', True)
    >>> [m.value.iso() for m in find_dates("الخميس 3 محرم 1440هـ الموافق 13 سبتمبر 2018م")]
    ['2018-09-13', '2018-09-13']
    >>> find_dates("تحمل تاريخ 31 فبراير 2019")
    []
    """
    text = check_text(text, "find_dates")
    ref = coerce_reference(reference)
    norm = normalize_map(text)
    parser, found = matches(norm, ref)
    return [mention_from_match(norm, parser.t, m) for m in found]


def parse_date(text: str, reference: dt.date | dt.datetime | str | None = None) -> DateValue | None:
    """The value of ``text`` when the whole string is one date expression, else ``None``.

    Surrounding spaces and punctuation are ignored, and so is a leading
    preposition or يوم (في، خلال، بتاريخ، يوم: ``PHRASE_OPENERS`` in the
    lexicon); anything else left over means the string is not (only) a date.
    A non-``str`` raises :class:`TypeError`.

    >>> parse_date("15 نونبر 2018").iso()
    '2018-11-15'
    >>> parse_date("تموز 2018").iso()
    '2018-07'
    >>> parse_date("رمضان 1439 هـ").iso()
    '2018-05-16/2018-06-14'
    >>> parse_date("في الثاني من أبريل", reference="2019-03-01").iso()
    '2019-04-02'
    >>> parse_date("بتاريخ 12/3/2019").iso()
    '2019-03-12'
    >>> parse_date("الاجتماع يوم 15 نونبر 2018") is None
    True
    """
    text = check_text(text, "parse_date")
    ref = coerce_reference(reference)
    norm = normalize_map(text)
    parser = Parser(tokenize(norm.text), ref)
    n = parser.n
    if n == 0:
        return None
    first = 0
    while first < n and not parser.t[first].key[:1].isalnum():
        first += 1
    last = n
    while last > first and not parser.t[last - 1].key[:1].isalnum():
        last -= 1
    if first >= last:
        return None
    value = whole_date(parser, first, last)
    # a leading preposition or يوم (في، خلال، بتاريخ، يوم) is no part of the value
    opened = first
    while (
        value is None
        and opened + 1 < last
        and parser.key(opened) in PHRASE_OPENERS
        and parser.key(opened) != parser.key(opened - 1)
    ):
        opened += 1
        value = whole_date(parser, opened, last)
    return value


def whole_date(parser: Parser, first: int, last: int) -> DateValue | None:
    """The date read from token ``first`` when it ends at token ``last``, else ``None``."""
    # A lone month or year has no cue inside a bare string: the string itself is the cue.
    m = parser.parse_at(first)
    for rule in STANDALONE:
        m = m or rule.parse(parser, first)
    if m is None or m.end != last or m.clitic or m.value is None:
        return None
    return m.value
