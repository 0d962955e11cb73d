"""Long single documents: ``ae.extract`` time per character from 10 thousand to 10 million.

A corpus is many short articles; this benchmark gives ``ae.extract`` one text
at a time, of 10,000, 100,000, 1,000,000 and 10,000,000 characters (about
18 KB to 18 MB of UTF-8 for Arabic text), so that any cost that grows faster
than the length of a document shows. The inputs:

- ``examples/article_ma.txt`` repeated, paragraphs apart;
- news text: the benchmark corpus (``corpus.py``) as one document;
- «اجتماع » repeated: one sentence with a trigger in every word;
- «الاجتماع. » repeated: a definite mention in every sentence, each looking
  back for the date of an earlier one;
- «اجتماع في 12 يوليوز 2018 بالرباط » repeated: one sentence of triggers,
  dates and places;
- «في 12 يوليوز 2018 » repeated: dates and no event.

Time per character should stay flat; a row whose µs/char grows more than 3×
from the smallest to the largest size is flagged. Sizes below 1,000,000
characters are timed ``--runs`` times (median), larger ones once. Each row runs
in a child process with a time budget (``--budget`` seconds); a size it does
not reach is shown as ``-`` and flags the row.

Run (from the repository root)::

    python benchmarks/bench_long.py                       # prints, writes results/long.md
    python benchmarks/bench_long.py --write-docs          # also updates docs/performance.md
    python benchmarks/bench_long.py --max-size 1000000    # quicker: up to 1 M characters
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import multiprocessing as mp
import os
import queue
import sys
import time
from collections.abc import Callable
from typing import Any

from _common import (
    REPO_ROOT,
    api,
    common_arguments,
    machine_lines,
    md_table,
    runs_text,
    timed,
    write_docs_section,
)
from _common import write_result as write_result_file
from corpus import build_corpus

REFERENCE = dt.date(2019, 1, 15)
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
ONCE_FROM = 1_000_000  # sizes from here on are timed once
ARTICLE = REPO_ROOT / "examples" / "article_ma.txt"
KINDS: dict[str, str] = {
    "article": "`examples/article_ma.txt` repeated",
    "news": "news text (`benchmarks/corpus.py`) as one document",
    "triggers": "«اجتماع » repeated: one sentence, a trigger in every word",
    "definite": "«الاجتماع. » repeated: a definite mention in every sentence",
    "meetings": "«اجتماع في 12 يوليوز 2018 بالرباط » repeated: one sentence",
    "dates": "«في 12 يوليوز 2018 » repeated: dates, no event",
}
UNITS = {
    "triggers": "اجتماع ",
    "definite": "الاجتماع. ",
    "meetings": "اجتماع في 12 يوليوز 2018 بالرباط ",
    "dates": "في 12 يوليوز 2018 ",
}
GROWTH_LIMIT = 3.0
SKIPPED = "skipped: not available"


def extract_or_none() -> Callable[..., Any] | None:
    """``ae.extract`` if this checkout has a working one, else None."""
    func = api("extract")
    if func is None:
        return None
    try:
        func("", REFERENCE)
    except NotImplementedError:
        return None
    return func


def long_input(kind: str, n: int, news: str) -> str:
    """``n`` characters of one input kind."""
    if kind == "news":
        return news[:n]
    if kind == "article":
        unit = ARTICLE.read_text(encoding="utf-8").strip() + "\n\n"
    else:
        unit = UNITS[kind]
    return (unit * (n // len(unit) + 1))[:n]


def _child(kind: str, sizes: tuple[int, ...], runs: int, news: str, out: Any) -> None:
    extract = extract_or_none()
    if extract is None:
        return
    extract(long_input(kind, 2_000, news), REFERENCE)  # load the tables first
    for n in sizes:
        call = functools.partial(extract, long_input(kind, n, news), REFERENCE)
        median, _ = timed(call, runs if n < ONCE_FROM else 1)
        out.put((n, median))


def row(
    kind: str, sizes: tuple[int, ...], runs: int, news: str, budget: float
) -> dict[int, float | None]:
    """Seconds per size for one input kind; None for sizes the budget did not reach."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    results: Any = ctx.Queue()
    child = ctx.Process(target=_child, args=(kind, sizes, runs, news, results))
    child.start()
    got: dict[int, float | None] = dict.fromkeys(sizes)
    deadline = time.monotonic() + budget
    try:
        for _ in sizes:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                n, seconds = results.get(timeout=remaining)
            except queue.Empty:
                break
            got[n] = seconds
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
    return got


def _label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"


def load() -> float | None:
    """The 1-minute load average, where the system reports one."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def load_line(loads: list[float | None]) -> list[str]:
    """A bullet line with the load average over the run (empty when unknown)."""
    known = [x for x in loads if x is not None]
    if not known:
        return []
    cores = os.cpu_count() or 1
    note = (
        f" ({cores} cores: above 1 per core, other processes were competing for them)"
        if max(known) > cores
        else ""
    )
    return [f"- Load average (1 min) during the runs: {min(known):.2f} to {max(known):.2f}{note}"]


def report(
    rows: list[tuple[str, dict[int, float | None]]] | None,
    sizes: tuple[int, ...],
    runs: int,
    budget: float,
    loads: list[float | None],
) -> str:
    lines = [
        "Rerun: `python benchmarks/bench_long.py --write-docs`.",
        "",
        *machine_lines(),
        *load_line(loads),
        "",
    ]
    if rows is None:
        lines.append(f"`ae.extract`: {SKIPPED}.")
        return "\n".join(lines)
    lines += [
        f"`ae.extract(text, reference)` on one long document at a time: time per input "
        f"character (µs/char) at {', '.join(f'{n:,}' for n in sizes)} characters (Arabic "
        f"text is about 1.8 bytes a character in UTF-8). Sizes below {ONCE_FROM:,} "
        f"characters are the median of {runs_text(runs)}, larger ones a single run. A row "
        f"is flagged when µs/char grows more than {GROWTH_LIMIT:.0f}× from the smallest to "
        f"the largest size; `-` is a size not reached within the {budget:.0f} s budget of "
        "its row. *Largest* is the time of the largest size reached.",
        "",
    ]
    table = []
    for label, got in rows:
        cells = ["-" if s is None else f"{s / n * 1e6:.2f}" for n, s in got.items()]
        reached = [(n, s) for n, s in got.items() if s is not None]
        first, last = got[sizes[0]], got[sizes[-1]]
        if first is None or last is None:
            verdict = "flagged: over the time budget"
        else:
            growth = (last / sizes[-1]) / (first / sizes[0])
            verdict = (
                f"flagged: {growth:.1f}×" if growth > GROWTH_LIMIT else f"flat ({growth:.1f}×)"
            )
        largest = f"{reached[-1][1]:.1f} s ({_label(reached[-1][0])})" if reached else "-"
        table.append([label, *cells, largest, verdict])
    header = ["Input", *(_label(n) for n in sizes), "Largest", "Growth"]
    lines.append(md_table(header, table))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, None, runs=3)
    parser.add_argument(
        "--max-size", type=int, default=SIZES[-1], help="largest document, in characters"
    )
    parser.add_argument("--budget", type=float, default=120.0, help="seconds per input row")
    parser.add_argument(
        "--kinds", default=",".join(KINDS), help=f"inputs to run, of {', '.join(KINDS)}"
    )
    args = parser.parse_args(argv)
    sizes = tuple(n for n in SIZES if n <= args.max_size)
    if not sizes:
        raise SystemExit(f"--max-size {args.max_size} is below the smallest size {SIZES[0]:,}")
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise SystemExit(f"unknown input {', '.join(unknown)}; choose from {', '.join(KINDS)}")

    extract = extract_or_none()
    print(f"ae.extract: {'available' if extract else SKIPPED}", flush=True)
    loads = [load()]
    rows = None
    if extract is not None:
        news = ""
        if "news" in kinds:
            news = "\n\n".join(build_corpus(sizes[-1] + 1000, args.seed, args.eval_dir))
            print(f"news text: {len(news):,} characters", flush=True)
        rows = []
        for kind in kinds:
            got = row(kind, sizes, args.runs, news, args.budget)
            rows.append((KINDS[kind], got))
            loads.append(load())
            cells = "  ".join(
                f"{_label(n)}:{'-' if s is None else f'{s / n * 1e6:.2f}'}" for n, s in got.items()
            )
            print(f"  {kind:10} µs/char  {cells}", flush=True)

    body = report(rows, sizes, args.runs, args.budget, loads)
    print()
    print(body)
    path = write_result_file(
        "long", "# Long documents\n\nWritten by `python benchmarks/bench_long.py`.\n\n" + body
    )
    print(f"\nwrote {path}", file=sys.stderr)
    if args.write_docs:
        if rows is None:
            print("docs/performance.md not updated: ae.extract is not available", file=sys.stderr)
        else:
            write_docs_section("long", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
