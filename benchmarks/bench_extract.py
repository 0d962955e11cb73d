"""Whole-document extraction speed: ``ae.extract`` against dateparser's date search alone.

``ae.extract(text, reference)`` normalizes, finds every date and every
reported event, and links them; ``dateparser.search.search_dates`` only finds
dates. Both run article by article on the benchmark corpus (``corpus.py``,
default 400,000 characters, the size ``bench_dates.py`` uses), median of
``--runs``; the report gives characters per second and the ratio. When this
checkout has ``ae.find_dates`` it is timed too, to show what event finding
adds. Parts the checkout does not have yet print ``skipped: not available``.

Install (from the repository root)::

    pip install -e ".[bench]"

Run::

    python benchmarks/bench_extract.py                 # prints, writes results/extract.md
    python benchmarks/bench_extract.py --write-docs    # also updates docs/performance.md
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from _common import (
    api,
    common_arguments,
    fmt,
    machine_lines,
    md_table,
    runs_text,
    timed,
    write_docs_section,
    write_result,
)
from bench_dates import DEFAULT_SIZE, REFERENCE, SKIPPED, find_dates_or_none, search_dates
from corpus import build_corpus, corpus_stats


def extract_or_none() -> Callable[..., Any] | None:
    """``ae.extract`` if this checkout has a working one, else None."""
    func = api("extract")
    if func is None:
        return None
    try:
        func("", reference=REFERENCE)
    except NotImplementedError:
        return None
    return func


def measure(
    name: str, func: Callable[[str], int] | None, articles: list[str], runs: int
) -> tuple[str, float | None, int | None]:
    """(name, median seconds, items found) for one system, or None when it is missing."""
    if func is None:
        print(f"  {name:26} {SKIPPED}", flush=True)
        return name, None, None
    func(articles[0])  # warm up: lexicons, compiled patterns, dateparser's language data
    found: list[int] = []
    median, _ = timed(lambda: found.append(sum(func(a) for a in articles)), runs)
    chars = sum(len(a) for a in articles)
    print(f"  {name:26} {median:8.2f} s  {chars / median:12,.0f} chars/s", flush=True)
    return name, median, found[-1]


def report(
    rows: list[tuple[str, float | None, int | None]], n_articles: int, chars: int, runs: int
) -> str:
    dp = next(r for r in rows if r[0].startswith("dateparser"))
    table = []
    for name, seconds, found in rows:
        if seconds is None:
            table.append([f"`{name}`", SKIPPED, "", "", ""])
            continue
        ratio = f"{dp[1] / seconds:.1f}×" if dp[1] else "n/a"
        table.append([f"`{name}`", fmt(seconds, 2), f"{chars / seconds:,.0f}", f"{found:,}", ratio])
    lines = [
        "Rerun: `python benchmarks/bench_extract.py --write-docs`.",
        "",
        *machine_lines(),
        "",
        f"Corpus: {n_articles:,} articles, {chars:,} characters (`benchmarks/corpus.py`), "
        f"reference date {REFERENCE.isoformat()}, each article processed on its own, "
        f"median of {runs_text(runs)}. `ae.extract` does normalization, dates, events and their "
        "links; dateparser finds dates only. The last column is the speed relative to "
        "dateparser (higher is faster). *Found* counts dates for the date finders and "
        "dates + events for `ae.extract`.",
        "",
        md_table(["System", "Median time (s)", "Characters/s", "Found", "vs dateparser"], table),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, DEFAULT_SIZE, runs=3)
    args = parser.parse_args(argv)

    extract = extract_or_none()
    find_dates = find_dates_or_none()
    articles = build_corpus(args.size, args.seed, args.eval_dir)
    chars, _ = corpus_stats(articles)
    print(f"corpus: {len(articles):,} articles, {chars:,} chars", flush=True)

    def run_extract(text: str) -> int:
        assert extract is not None
        doc = extract(text, reference=REFERENCE)
        return len(doc.dates) + len(doc.events)

    def run_find_dates(text: str) -> int:
        assert find_dates is not None
        return len(find_dates(text, reference=REFERENCE))

    def run_dateparser(text: str) -> int:
        return len(search_dates(text, REFERENCE))

    rows = [
        measure("ae.extract", run_extract if extract else None, articles, args.runs),
        measure("ae.find_dates", run_find_dates if find_dates else None, articles, args.runs),
        measure("dateparser.search_dates", run_dateparser, articles, args.runs),
    ]
    body = report(rows, len(articles), chars, args.runs)
    print()
    print(body)
    path = write_result(
        "extract",
        "# Extraction benchmark\n\nWritten by `python benchmarks/bench_extract.py`.\n\n" + body,
    )
    print(f"\nwrote {path}", file=sys.stderr)
    if args.write_docs:
        if extract is None:
            print(
                "docs/performance.md not updated: ae.extract is not available yet",
                file=sys.stderr,
            )
        else:
            write_docs_section("extract", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
