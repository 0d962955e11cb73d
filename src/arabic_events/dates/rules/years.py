"""Years: after a year noun, with an era mark or after a cue, and ranges of years."""

from __future__ import annotations

from ...lexical.calendar import (
    ADVERB,
    BETWEEN,
    COUNTED,
    DIGITS,
    FROM,
    TO,
    YEARCUE,
    YEARNOUN,
    YEARPAIR,
    YEARSPAN,
)
from .. import resolve as rs
from ..grammar import CUE_YEARS, GREGORIAN_YEARS, Match, Parser, Rule
from . import combinators


def rule_year_noun(p: Parser, i: int) -> Match | None:
    """سنة|عام|العام YEAR [ERA]."""
    r = p.get(i, YEARNOUN)
    if r is None:
        return None
    got = combinators.year_with_era(p, i + r.ntok, *GREGORIAN_YEARS)
    if got is None:
        return None
    year, era, end = got
    value = rs.year_value(year, era or "gregorian")
    return Match(i, r.clitic, end, value) if value else None


def bare_year(p: Parser, i: int, cue: bool) -> Match | None:
    """YEAR ERA (2018م، 1439 هـ), or YEAR after a cue when no counted noun follows."""
    if i >= p.n or not p.t[i].key.isdecimal() or len(p.t[i].key) != 4:
        return None
    year = int(p.t[i].key)
    era = p.era_at(i + 1)
    if era:
        value = rs.year_value(year, era[0])
        return Match(i, 0, era[1], value) if value else None
    if not (cue or p.get(i - 1, YEARCUE)):
        return None
    if not CUE_YEARS[0] <= year <= CUE_YEARS[1] or counted_after(p, i + 1):
        return None
    value = rs.year_value(year, "gregorian")
    return Match(i, 0, i + 1, value) if value else None


def rule_bare_year(p: Parser, i: int) -> Match | None:
    return bare_year(p, i, cue=False)


def counted_after(p: Parser, j: int) -> bool:
    """The word after a number is a counted noun (2018 مشاركا، 2000 جندي)."""
    if j >= p.n:
        return False
    if p.get(j, COUNTED, clitic_ok=False):
        return True
    k, word = p.key(j), p.t[j].word
    if k.startswith("ال") or p.get(j, ADVERB):
        return False
    # an indefinite accusative (مشاركا) or a feminine noun (مدرسة) after the number
    return len(k) > 2 and (k.endswith("ا") or word.endswith("ة"))


def rule_year_range(p: Parser, i: int) -> Match | None:
    """بين عامي 2015 و2018، من عام 2015 إلى عام 2018، (خلال الفترة) 2015-2018."""
    if p.key(i + 1) != "-" and not p.read(i):
        return None  # a number alone (no opener, no pair noun) needs a dash after it
    j, clitic = i, 0
    opener = p.get(i, BETWEEN) or p.get(i, FROM)
    if opener is not None:
        j, clitic = i + opener.ntok, opener.clitic
        if not (p.read(j) or p.key(j).isdecimal()):
            return None  # (most words after من and بين: no pair noun, year noun or year)
    pair = p.get(j, YEARPAIR, clitic_ok=opener is None)
    if pair is not None:
        clitic = clitic if opener is not None else pair.clitic
        j += pair.ntok
    elif opener is None and not (
        # the dash first: the cheapest test, and what most numbers fail
        p.key(i + 1) == "-" and p.t[i].key.isdecimal() and p.get(i - 1, YEARSPAN)
    ):
        return None
    else:
        j += 1 if p.get(j, YEARNOUN, clitic_ok=False) else 0
    first = p.year_at(j, *CUE_YEARS)
    if first is None:
        return None
    y1, j = first
    dash = p.key(j) == "-" and p.adjacent(j - 1)
    pair_and = p.key(j) == "و" and (pair is not None or bool(opener and opener.cat == BETWEEN))
    if dash or pair_and:
        j += 1
    elif opener is not None and opener.cat == FROM and p.get(j, TO, clitic_ok=False):
        j += 1
        j += 1 if p.get(j, YEARNOUN, clitic_ok=False) else 0
    else:
        return None
    second = p.year_at(j, *CUE_YEARS)
    if second is None or second[0] <= y1 or counted_after(p, second[1]):
        return None  # بين 2000 و2500 دينار: counts
    a, b = rs.year_value(y1, "gregorian"), rs.year_value(second[0], "gregorian")
    value = rs.range_value(a, b) if a and b else None
    return Match(i, clitic, second[1], value) if value else None


def rule_year_alone(p: Parser, i: int) -> Match | None:
    """A four-digit year with nothing around it (for :func:`parse_date`)."""
    return bare_year(p, i, cue=True)


# --- the rules ---------------------------------------------------------------------

YEAR_NOUN_RULE = Rule("year_noun", frozenset({YEARNOUN}), rule_year_noun)
BARE_YEAR_RULE = Rule("bare_year", frozenset({DIGITS}), rule_bare_year)
YEAR_RANGE_RULE = Rule(
    "year_range",
    frozenset({BETWEEN, FROM, YEARPAIR, DIGITS}),
    rule_year_range,
)
YEAR_ALONE_RULE = Rule("year_alone", frozenset({DIGITS}), rule_year_alone)
