"""Whole-document extraction speed: ``ae.extract`` against dateparser's date search alone.

``ae.extract(text, reference)`` normalizes, finds every date and every
reported event, and links them; ``dateparser.search.search_dates`` only finds
dates. All run article by article on the two texts ``bench_dates.py`` uses,
side by side: plain news text (the example articles repeated, default 200,000
characters) and the benchmark corpus (``corpus.py``, default 400,000
characters). ``ae.find_dates`` runs beside them, to show what event finding
adds. The systems take turns within each run; median CPU time of ``--runs``; the report
gives characters per second and the ratio to dateparser on the same text.

Install (from the repository root)::

    pip install -e ".[bench]"

Run::

    python benchmarks/bench_extract.py                 # prints, writes results/extract.md
    python benchmarks/bench_extract.py --write-docs    # also updates docs/performance.md
"""

from __future__ import annotations

import argparse
import sys

from _common import common_arguments, machine_lines, runs_text, write_docs_section, write_result
from bench_dates import (
    DEFAULT_NEWS_SIZE,
    DEFAULT_SIZE,
    REFERENCE,
    Speed,
    count_dateparser,
    count_find_dates,
    news_articles,
    speed_table,
    take_turns,
    texts_line,
)
from corpus import build_corpus, corpus_stats

import arabic_events as ae


def count_extract(text: str) -> int:
    doc = ae.extract(text, reference=REFERENCE)
    return len(doc.dates) + len(doc.events)


SYSTEMS = {
    "ae.extract": count_extract,
    "ae.find_dates": count_find_dates,
    "dateparser.search_dates": count_dateparser,
}


def report(speeds: list[Speed], texts: dict[str, list[str]], runs: int) -> str:
    lines = [
        "Rerun: `python benchmarks/bench_extract.py --write-docs`.",
        "",
        *machine_lines(),
        "",
        texts_line(texts, speeds),
        "",
        f"Reference date {REFERENCE.isoformat()}, each article processed on its own, the "
        f"systems taking turns in each run, median CPU time of {runs_text(runs)} "
        "(`time.process_time`, as for the dates above). "
        "`ae.extract` does normalization, dates, events and their links; dateparser finds "
        "dates only. The last column is the speed relative to dateparser on the same text "
        "(higher is faster). *Found* counts dates for the date finders and dates + events "
        "for `ae.extract`.",
        "",
        speed_table(speeds, "Found"),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, DEFAULT_SIZE, runs=3)
    parser.add_argument(
        "--news-size", type=int, default=DEFAULT_NEWS_SIZE, help="plain news text characters"
    )
    args = parser.parse_args(argv)

    texts = {
        "news": news_articles(args.news_size, args.eval_dir),
        "corpus": build_corpus(args.size, args.seed, args.eval_dir),
    }
    for name, articles in texts.items():
        chars, _ = corpus_stats(articles)
        print(f"{name}: {len(articles):,} articles, {chars:,} chars", flush=True)
    speeds = [
        sp
        for name, articles in texts.items()
        for sp in take_turns(name, articles, SYSTEMS, args.runs)
    ]
    body = report(speeds, texts, args.runs)
    print()
    print(body)
    path = write_result(
        "extract",
        "# Extraction benchmark\n\nWritten by `python benchmarks/bench_extract.py`.\n\n" + body,
    )
    print(f"\nwrote {path}", file=sys.stderr)
    if args.write_docs:
        write_docs_section("extract", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
