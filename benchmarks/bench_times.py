"""What the time grammar costs ``ae.find_dates``: with it, and with it switched off.

``find_dates`` joins a time of day to the date next to it (``dates/times.py``,
:func:`attach`). This script times ``find_dates`` over the benchmark corpus
(``corpus.py``) twice per run, once as it is and once with ``attach`` replaced by
a function that returns the dates unchanged, the two taking turns so that a
busy machine slows both alike; the report gives the medians and their ratio.
It also times ``find_times`` and ``find_durations``, which scan the whole text.

Run (from the repository root)::

    python benchmarks/bench_times.py                 # prints, writes results/times.md
    python benchmarks/bench_times.py --write-docs    # also updates docs/performance.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from collections.abc import Callable

from _common import (
    common_arguments,
    fmt,
    machine_lines,
    md_table,
    runs_text,
    timed,
    write_docs_section,
    write_result,
)
from corpus import build_corpus, corpus_stats

import arabic_events as ae
from arabic_events.dates import times as time_grammar

DEFAULT_SIZE = 400_000  # as bench_dates.py
REFERENCE = dt.date(2019, 1, 15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, DEFAULT_SIZE, runs=7)
    args = parser.parse_args(argv)
    articles = build_corpus(args.size, args.seed, args.eval_dir)
    chars, _ = corpus_stats(articles)
    print(f"corpus: {len(articles):,} articles, {chars:,} chars", flush=True)

    attach = time_grammar.attach

    def without(parser: object, found: list[object], text: str = "") -> list[object]:
        return found

    def run(func: Callable[..., object]) -> Callable[[], object]:
        return lambda: [func(a, REFERENCE) for a in articles]

    ae.find_dates(articles[0], REFERENCE)  # build the lexicon indexes first
    with_times: list[float] = []
    no_times: list[float] = []
    for _ in range(max(1, args.runs)):
        time_grammar.attach = without  # type: ignore[assignment]
        no_times += timed(run(ae.find_dates), 1)[1]
        time_grammar.attach = attach
        with_times += timed(run(ae.find_dates), 1)[1]
    scans = {
        "find_times": statistics.median(timed(run(ae.find_times), args.runs)[1]),
        "find_durations": statistics.median(
            timed(lambda: [ae.find_durations(a) for a in articles], args.runs)[1]
        ),
    }
    base, full = statistics.median(no_times), statistics.median(with_times)
    rows = [
        [
            "`ae.find_dates`, times joined",
            fmt(full, 3),
            f"{chars / full:,.0f}",
            f"{full / base:.3f}",
        ],
        ["`ae.find_dates`, time grammar off", fmt(base, 3), f"{chars / base:,.0f}", "1.000"],
        *(
            [f"`ae.{name}`", fmt(t, 3), f"{chars / t:,.0f}", f"{t / base:.3f}"]
            for name, t in scans.items()
        ),
    ]
    body = "\n".join(
        [
            "Rerun: `python benchmarks/bench_times.py --write-docs`.",
            "",
            *machine_lines(("arabic-events", "regex")),
            "",
            f"Corpus: {len(articles):,} articles, {chars:,} characters (`benchmarks/corpus.py`), "
            f"reference date {REFERENCE}, median of {runs_text(args.runs)}; the two "
            "`find_dates` rows take turns within each run. The last column is the time "
            "relative to `find_dates` with the time grammar off.",
            "",
            md_table(["Function", "Median time (s)", "Characters/s", "Time ratio"], rows),
        ]
    )
    print()
    print(body)
    path = write_result(
        "times", "# Times benchmark\n\nWritten by `python benchmarks/bench_times.py`.\n\n" + body
    )
    print(f"\nwrote {path}", file=sys.stderr)
    if args.write_docs:
        write_docs_section("times", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
