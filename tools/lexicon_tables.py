"""Rewrite the lexicon tables of docs/dates.md from the lexicon: ``python tools/lexicon_tables.py``.

The page marks each generated table with ``<!-- lexicon-table: NAME -->`` before
it and ``<!-- /lexicon-table -->`` after it; everything between is rewritten from
``arabic_events.lexicon`` (``months``: every month spelling by region, from
``lexicon/months.py``; ``words``: the other calendar words, from
``lexicon/calendar_words.py`` and ``lexicon/numbers.py``). ``--check`` only reports
whether the page is up to date (exit status 1 when not); tests/test_lexicon_tables.py
runs the same check.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

PAGE = Path(__file__).resolve().parents[1] / "docs" / "dates.md"
BLOCK = re.compile(
    r"(<!-- lexicon-table: (?P<name>[a-z]+) -->\n)(?P<body>.*?)(<!-- /lexicon-table -->)", re.S
)

#: The region headers of the month table, from the section comments of months.py.
REGIONS = {
    "Egypt, the Gulf, and Modern Standard Arabic in general": "Egypt, Gulf, MSA",
    "Morocco": "Morocco",
    "Algeria and Tunisia": "Algeria, Tunisia",
    "Mauritania": "Mauritania",
    "The Levant and Iraq (with and without the article, and numbered)": "Levant, Iraq",
    "Libya, 1980s to 2011": "Libya (1980s–2011)",
    "Hijri": "Hijri",
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RELATIVE_NAMES = {
    0: "the reference day",
    -1: "the day before",
    -2: "two days before",
    1: "the day after",
    2: "two days after",
}
DIRECTION_NAMES = {-1: "past", 1: "next", 0: "current"}
PART_NAMES = {"early": "days 1–10", "mid": "days 11–20", "late": "day 21 to the last"}
COUNT_NAMES = {-1: "before the reference", 1: "after it"}


def month_table() -> str:
    """Every spelling of ``MONTHS``, by month and by the region it is listed under."""
    from arabic_events.lexicon import months
    from arabic_events.lexicon.months import MONTHS

    section, regions = "", []
    for line in inspect.getsource(months).splitlines():
        if m := re.match(r"\s*# --- (.+?) ---", line):
            section = REGIONS[m.group(1)]
        elif re.match(r"\s*\(\d+, (GREGORIAN|HIJRI),", line):
            regions.append(section)
    if len(regions) != len(MONTHS):
        raise ValueError("a row of months.py is not written one tuple a line")
    columns = list(dict.fromkeys(regions))
    cells: dict[tuple[int, str], list[str]] = {}
    for (number, _calendar, spelling, ambiguous), region in zip(MONTHS, regions, strict=True):
        cells.setdefault((number, region), []).append(spelling + (" †" if ambiguous else ""))
    lines = ["| # | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for number in range(1, 13):
        row = ["، ".join(cells.get((number, c), [])) for c in columns]
        lines.append(f"| {number} | " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def words(entries: Iterable[str]) -> str:
    return "، ".join(dict.fromkeys(entries))


def grouped(table: Mapping[str, object], names: Mapping[object, str]) -> str:
    """``name: word، word; name: …`` for a table of word -> value, in the order of ``names``."""
    by: dict[object, list[str]] = {}
    for word, value in table.items():
        by.setdefault(value, []).append(word)
    unknown = set(by) - set(names)
    if unknown:
        raise ValueError(f"no name for the values {sorted(map(str, unknown))}")
    return "; ".join(f"{names[v]}: {words(by[v])}" for v in names if v in by)


def words_table() -> str:
    """The other calendar words the grammar reads, one row a table of the lexicon."""
    from arabic_events.lexicon import calendar_words as cw
    from arabic_events.lexicon import numbers

    units = {u: u for u, _ in cw.COUNTED_UNITS.values()}
    rows: list[tuple[str, Callable[[], str]]] = [
        ("Weekdays", lambda: grouped(cw.WEEKDAYS, dict(enumerate(WEEKDAY_NAMES)))),
        ("Days relative to the reference", lambda: grouped(cw.RELATIVE_DAYS, RELATIVE_NAMES)),
        (
            "Direction words (after a weekday, a month or a period)",
            lambda: grouped(cw.MODIFIERS, DIRECTION_NAMES),
        ),
        ("Demonstratives (this …)", lambda: words(cw.THIS_WORDS)),
        ("Periods", lambda: grouped(cw.PERIODS, {u: u for u in cw.PERIODS.values()})),
        ("Parts of a month or year", lambda: grouped(cw.MONTH_PARTS, PART_NAMES)),
        ("Count directions", lambda: grouped(cw.COUNT_DIRECTIONS, COUNT_NAMES)),
        (
            "Counted units",
            lambda: grouped({w: u for w, (u, _) in cw.COUNTED_UNITS.items()}, units),
        ),
        ("Year nouns (inside the span)", lambda: words(cw.YEAR_NOUNS)),
        ("Year cues (before a bare year, outside the span)", lambda: words(cw.YEAR_CUES)),
        ("Month cues (before a lone month, outside the span)", lambda: words(cw.MONTH_CUES)),
        (
            "Era marks",
            lambda: grouped(cw.ERA_MARKS, {c: c for c in dict.fromkeys(cw.ERA_MARKS.values())}),
        ),
        (
            "Range words",
            lambda: "; ".join(
                f"{name}: {words(ws)}"
                for name, ws in (
                    ("from", cw.RANGE_FROM),
                    ("to", cw.RANGE_TO),
                    ("between", cw.RANGE_BETWEEN),
                )
            ),
        ),
        ("Day nouns (before a weekday or date, outside the span)", lambda: words(cw.DAY_NOUNS)),
        ("First day of a month", lambda: words(numbers.FIRST_DAY_WORDS)),
        ("Equivalence words (before a date in apposition)", lambda: words(cw.EQUIVALENT_WORDS)),
        (
            "Cues for a day and month in digits without a year (any separator)",
            lambda: words((*cw.DATE_NOUNS, *cw.DAY_MONTH_CUES)) + "; a weekday",
        ),
        ("Cues for a date in digits with a slash only", lambda: words(cw.SLASH_DATE_CUES)),
        ("Nouns before a number that is no date", lambda: words(cw.NUMBER_NOUNS)),
        ("Words `parse_date` reads past at the start", lambda: words(cw.PHRASE_OPENERS)),
    ]
    lines = ["| Words | Entries |", "|---|---|"]
    lines += [f"| {label} | {cell()} |" for label, cell in rows]
    return "\n".join(lines) + "\n"


TABLES: dict[str, Callable[[], str]] = {"months": month_table, "words": words_table}


def rendered(page: str) -> str:
    """``page`` with every marked table rewritten from the lexicon.

    An unknown table name raises ``KeyError``.
    """
    return BLOCK.sub(lambda m: m.group(1) + TABLES[m["name"]]() + m.group(4), page)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only report whether it is current")
    args = parser.parse_args(argv)
    page = PAGE.read_text(encoding="utf-8")
    new = rendered(page)
    if args.check:
        if new != page:
            print(f"{PAGE} is out of date: python tools/lexicon_tables.py", file=sys.stderr)
            return 1
        return 0
    if new != page:
        PAGE.write_text(new, encoding="utf-8")
        print(f"rewrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
