"""Date finding: speed and accuracy against dateparser, and time per character at scale.

What it measures, in one run:

1. Throughput: ``ae.find_dates(text, reference)`` and
   ``dateparser.search.search_dates(text, languages=["ar"])`` (default
   strategy), article by article, on two texts side by side: plain news text
   (:func:`news_articles`: the example articles repeated, default 200,000
   characters) and the benchmark corpus (``corpus.py``, default 400,000
   characters: dateparser is slow). The systems take turns within each run;
   median of ``--runs``.
2. Accuracy on ``dev.jsonl``: a prediction is right when its span overlaps a
   gold span (one-to-one, largest overlap first) and its inclusive days equal
   the gold ``from``..``to`` (any overlap, for gold marked ``lenient``; spans
   marked ``ignore`` are not judged), the rules of the evaluation scorer.
   Precision, recall and F1 for each system, overall and per ``region``.
   dateparser reports no offsets: :func:`dateparser_mentions` finds each
   returned string in the text, left to right, and turns its datetime into a
   day, or a whole month or year when dateparser's period says the string
   names no day.
3. Scaling: ``ae.find_dates`` time on 10k-160k characters of news text and of
   four adversarial inputs (a run of digits, "من 1 إلى " repeated, month names
   repeated, "1/1/1/…"). Time per character should stay flat; a row whose
   µs/char grows more than 3× from the smallest to the largest size is
   flagged. Each row runs in a child process with a time budget.

Install (from the repository root)::

    pip install -e ".[bench]"

Run::

    python benchmarks/bench_dates.py                  # prints, writes results/dates.md
    python benchmarks/bench_dates.py --write-docs     # also updates docs/performance.md
    python benchmarks/bench_dates.py --size 100000 --news-size 50000 --runs 1 --budget 10
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import functools
import gc
import json
import multiprocessing as mp
import queue
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from _common import (
    REPO_ROOT,
    common_arguments,
    fmt,
    machine_lines,
    md_table,
    require,
    runs_text,
    write_docs_section,
)
from _common import write_result as write_result_file
from corpus import _texts_from_jsonl, build_corpus, corpus_stats, eval_dir

import arabic_events as ae

INSTALL = 'pip install -e ".[bench]"'
DEFAULT_SIZE = 400_000
DEFAULT_NEWS_SIZE = 200_000
REFERENCE = dt.date(2019, 1, 15)
SCALING_SIZES = (10_000, 20_000, 40_000, 80_000, 160_000)
SCALING_KINDS: dict[str, str] = {
    "news": "news text",
    "digits": "a run of digits",
    "range": "«من 1 إلى » repeated",
    "months": "«يوليوز شتنبر غشت » repeated",
    "slashes": "«1/1/1/…»",
}
GROWTH_LIMIT = 3.0

#: A predicted date: (start, end, first day, last day).
Mention = tuple[int, int, dt.date, dt.date]


# --- the two systems ---------------------------------------------------------


def ours_mentions(text: str, reference: dt.date) -> list[Mention]:
    return [
        (m.start, m.end, m.value.start, m.value.end)
        for m in ae.find_dates(text, reference=reference)
    ]


def dateparser_settings(reference: dt.date) -> dict[str, Any]:
    return {
        "RELATIVE_BASE": dt.datetime.combine(reference, dt.time()),
        "PREFER_DAY_OF_MONTH": "first",
    }


def search_dates(text: str, reference: dt.date, add_period: bool = False) -> list[Any]:
    """dateparser's ``search_dates`` in Arabic with the default strategy ([] for None)."""
    search = require("dateparser.search", INSTALL)
    found = search.search_dates(
        text, languages=["ar"], settings=dateparser_settings(reference), add_period=add_period
    )
    return list(found or [])


_SMALL_NUMBER = re.compile(r"(?<![\d٠-٩])[\d٠-٩]{1,2}(?![\d٠-٩])")
_YEAR_ONLY = re.compile(r"\W*[\d٠-٩]{4}\W*")


def _guess_period(matched: str) -> str:
    """The grain of a matched string when dateparser gives no period."""
    if _YEAR_ONLY.fullmatch(matched):
        return "year"
    if _SMALL_NUMBER.search(matched) is None and re.search(r"[\d٠-٩]{4}", matched):
        return "month"
    return "day"


def dateparser_mentions(text: str, reference: dt.date) -> list[Mention]:
    """dateparser's finds as (start, end, first day, last day).

    Each returned string is located in ``text`` left to right (from the end of
    the previous one; from the start when not found there). A string whose
    period is ``month`` or ``year`` covers that whole month or year; anything
    else is the single day of its datetime.
    """
    out: list[Mention] = []
    cursor = 0
    for found in search_dates(text, reference, add_period=True):
        matched, when = found[0], found[1]
        period = found[2] if len(found) > 2 and found[2] else _guess_period(matched)
        start = text.find(matched, cursor)
        if start < 0:
            start = text.find(matched)
            if start < 0:
                continue
        else:
            cursor = start + len(matched)
        day = when.date()
        if period == "year":
            first, last = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        elif period == "month":
            ndays = calendar.monthrange(day.year, day.month)[1]
            first, last = day.replace(day=1), day.replace(day=ndays)
        else:
            first = last = day
        out.append((start, start + len(matched), first, last))
    return out


# --- throughput --------------------------------------------------------------


def news_articles(n_chars: int, directory: str | None = None) -> list[str]:
    """Plain news text: whole articles, repeated in turn up to about ``n_chars`` characters.

    The articles are ``examples/*.txt`` (always there) and, when the evaluation
    folder has it, the article of ``seed_article.jsonl`` (read at run time).
    Unlike the benchmark corpus, which is made of sentences chosen for their
    dates, most of this text mentions no date, as in a real article.
    """
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO_ROOT / "examples").glob("*.txt"))]
    seed = eval_dir(directory) / "seed_article.jsonl"
    if seed.is_file():
        texts += list(_texts_from_jsonl(seed))
    out: list[str] = []
    total = 0
    while texts and total < n_chars:
        article = texts[len(out) % len(texts)]
        out.append(article)
        total += len(article)
    return out


@dataclass
class Speed:
    text: str
    system: str
    seconds: float
    chars: int
    found: int

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds


def take_turns(
    text: str, articles: list[str], systems: dict[str, Callable[[str], int]], runs: int
) -> list[Speed]:
    """Median CPU time of each system over ``articles``, the systems taking turns in each run.

    Each system returns how many items it found in one article. The time is the
    CPU time of this process (:func:`time.process_time`): on a machine shared
    with other jobs they stretch wall time, not CPU time, and all the systems
    here run in one thread. The garbage collector is paused while a system
    runs, as :mod:`timeit` does.
    """
    chars = sum(len(a) for a in articles)
    times: dict[str, list[float]] = {name: [] for name in systems}
    found: dict[str, int] = {}
    for func in systems.values():
        func(articles[0])  # warm up: lexicons, compiled patterns, dateparser's language data
    for _ in range(max(1, runs)):
        for name, func in systems.items():
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                found[name] = sum(func(a) for a in articles)
                times[name].append(time.process_time() - t0)
            finally:
                gc.enable()
    out = [Speed(text, n, statistics.median(times[n]), chars, found[n]) for n in systems]
    for sp in out:
        print(
            f"  {text:10} {sp.system:26} {sp.seconds:8.2f} s  {sp.chars_per_s:12,.0f} chars/s",
            flush=True,
        )
    return out


def count_dateparser(text: str) -> int:
    return len(search_dates(text, REFERENCE))


def count_find_dates(text: str) -> int:
    return len(ae.find_dates(text, reference=REFERENCE))


def throughput(texts: dict[str, list[str]], runs: int) -> list[Speed]:
    """``ae.find_dates`` and dateparser on each text (name -> articles)."""
    systems = {"ae.find_dates": count_find_dates, "dateparser.search_dates": count_dateparser}
    return [
        sp for name, articles in texts.items() for sp in take_turns(name, articles, systems, runs)
    ]


def speed_table(speeds: list[Speed], found: str) -> str:
    """One row per text and system, with the speed relative to dateparser on the same text."""
    rows = []
    for sp in speeds:
        dp = next(x for x in speeds if x.text == sp.text and x.system.startswith("dateparser"))
        rows.append(
            [
                sp.text,
                f"`{sp.system}`",
                fmt(sp.seconds, 2),
                f"{sp.chars_per_s:,.0f}",
                f"{sp.found:,}",
                f"{sp.chars_per_s / dp.chars_per_s:.1f}×",
            ]
        )
    header = ["Text", "System", "Median CPU time (s)", "Characters/s", found, "vs dateparser"]
    return md_table(header, rows)


def texts_line(texts: dict[str, list[str]], speeds: list[Speed]) -> str:
    """What the two texts are: sizes, and how often ``ae.find_dates`` finds a date in each."""

    def per_date(name: str) -> str:
        sp = next(x for x in speeds if x.text == name and x.system == "ae.find_dates")
        return f"{sp.chars / sp.found:,.0f}" if sp.found else "no date in"

    news, bench = texts["news"], texts["corpus"]
    return (
        f"*news*: plain news text, {len(news):,} articles, {sum(map(len, news)):,} characters: "
        "the example articles, whole, repeated in turn; one date per "
        f"{per_date('news')} characters. *corpus*: the benchmark corpus, {len(bench):,} "
        f"articles, {sum(map(len, bench)):,} characters (`benchmarks/corpus.py`: the "
        "evaluation sentences, nearly every one with a date); one date per "
        f"{per_date('corpus')} characters."
    )


# --- accuracy ----------------------------------------------------------------


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    correct: int = 0
    crashes: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / self.pred if self.pred else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Accuracy:
    system: str
    total: Counts = field(default_factory=Counts)
    regions: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    seconds: float = 0.0


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


def _correct(golds: list[dict[str, Any]], preds: list[Mention]) -> int:
    """Right predictions: one-to-one by largest overlap, then equal (or lenient) days."""
    pairs = sorted(
        (
            (_overlap(g["start"], g["end"], p[0], p[1]), gi, pi)
            for gi, g in enumerate(golds)
            for pi, p in enumerate(preds)
            if _overlap(g["start"], g["end"], p[0], p[1]) > 0
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    right = 0
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = golds[gi], preds[pi]
        want = (dt.date.fromisoformat(g["from"]), dt.date.fromisoformat(g["to"]))
        if g.get("lenient"):
            right += p[2] <= want[1] and want[0] <= p[3]
        else:
            right += (p[2], p[3]) == want
    return right


def load_gold(directory: str | None) -> list[dict[str, Any]]:
    path = eval_dir(directory) / "dev.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def accuracy(
    records: Iterable[dict[str, Any]], system: str, predict: Callable[[str, dt.date], list[Mention]]
) -> Accuracy:
    acc = Accuracy(system)
    t0 = time.perf_counter()
    for rec in records:
        ref = dt.date.fromisoformat(rec["reference_date"])
        golds = [g for g in rec.get("dates", []) if not g.get("ignore")]
        ignored = [(g["start"], g["end"]) for g in rec.get("dates", []) if g.get("ignore")]
        crashed = 0
        try:
            preds = predict(rec["text"], ref)
        except Exception as exc:  # a crash is a miss on every gold date of the record
            print(f"  {system} raised on {rec.get('id')}: {exc!r}", file=sys.stderr)
            preds, crashed = [], 1
        preds = [p for p in preds if not any(_overlap(s, e, p[0], p[1]) > 0 for s, e in ignored)]
        right = _correct(golds, preds)
        for c in (acc.total, acc.regions[rec.get("region", "?")]):
            c.gold += len(golds)
            c.pred += len(preds)
            c.correct += right
            c.crashes += crashed
    acc.seconds = time.perf_counter() - t0
    return acc


# --- scaling -----------------------------------------------------------------


def scaling_input(kind: str, n: int, news: str) -> str:
    """``n`` characters of one scaling input."""
    if kind == "news":
        return news[:n]
    if kind == "digits":
        rng = random.Random(n)
        return "".join(rng.choice("0123456789") for _ in range(n))
    unit = {"range": "من 1 إلى ", "months": "يوليوز شتنبر غشت ", "slashes": "1/"}[kind]
    return (unit * (n // len(unit) + 1))[:n]


def _scaling_child(kind: str, sizes: tuple[int, ...], runs: int, news: str, out: Any) -> None:
    ae.find_dates("في 15 نونبر 2018", reference=REFERENCE)
    for n in sizes:
        call = functools.partial(ae.find_dates, scaling_input(kind, n, news), reference=REFERENCE)
        times = []
        for _ in range(max(1, runs)):
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                call()
                times.append(time.process_time() - t0)
            finally:
                gc.enable()
        out.put((n, statistics.median(times)))


def scaling_row(
    kind: str, sizes: tuple[int, ...], runs: int, news: str, budget: float
) -> dict[int, float | None]:
    """Seconds per size for one input kind; None for sizes the budget did not reach."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    results: Any = ctx.Queue()
    child = ctx.Process(target=_scaling_child, args=(kind, sizes, runs, news, results))
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


def scaling(runs: int, news: str, budget: float) -> list[tuple[str, dict[int, float | None]]]:
    rows = []
    for kind, label in SCALING_KINDS.items():
        got = scaling_row(kind, SCALING_SIZES, runs, news, budget)
        rows.append((label, got))
        cells = "  ".join(
            f"{n // 1000}k:{'-' if s is None else f'{s / n * 1e6:.2f}'}" for n, s in got.items()
        )
        print(f"  {label:32} µs/char  {cells}", flush=True)
    return rows


# --- report ------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def dates_report(
    speeds: list[Speed],
    texts: dict[str, list[str]],
    accs: list[Accuracy],
    n_records: int,
    runs: int,
) -> str:
    lines = [
        "Rerun: `python benchmarks/bench_dates.py --write-docs`.",
        "",
        "### Throughput",
        "",
        *machine_lines(),
        "",
        texts_line(texts, speeds),
        "",
        f"Reference date {REFERENCE.isoformat()}, each article searched on its own, the "
        f"systems taking turns in each run, median CPU time of {runs_text(runs)} "
        "(`time.process_time`: other jobs on a shared machine stretch wall time, not CPU "
        "time; every system here runs in one thread). "
        "dateparser is called as `search_dates(text, languages=['ar'], "
        "settings={'RELATIVE_BASE': …, 'PREFER_DAY_OF_MONTH': 'first'})` with its default "
        "strategy. The last column is the speed relative to dateparser on the same text "
        "(higher is faster).",
        "",
        speed_table(speeds, "Dates found"),
        "",
        "### Accuracy",
        "",
    ]
    if not accs:
        lines.append("skipped: dev.jsonl not found (set ARABIC_EVENTS_EVAL_DIR or --eval-dir).")
        return "\n".join(lines)
    lines += [
        f"On the {n_records} sentences of `dev.jsonl`. A prediction is right when its span "
        "overlaps a gold date (one-to-one, largest overlap first) and its first..last days "
        "equal the gold ones (any overlap for gold marked lenient). dateparser gives no "
        "offsets: each string it returns is located in the text left to right, and its "
        "datetime is taken as that day, or as the whole month or year when dateparser's "
        "period for the string is month or year. `dev.jsonl` is the development set: "
        "the library's rules are written against it, so its own score there is an upper "
        "bound, not a held-out result.",
        "",
    ]
    rows = []
    for a in accs:
        p, r, f = a.total.prf()
        rows.append(
            [
                f"`{a.system}`",
                a.total.gold,
                a.total.pred,
                a.total.correct,
                _pct(p),
                _pct(r),
                _pct(f),
                a.total.crashes,
            ]
        )
    lines.append(
        md_table(["System", "Gold", "Predicted", "Right", "P %", "R %", "F1 %", "Crashes"], rows)
    )
    lines += ["", "Per region (P / R / F1, %):", ""]
    regions = sorted({r for a in accs for r in a.regions})
    header = ["Region", "Gold dates"] + [f"`{a.system}`" for a in accs]
    region_rows = []
    for region in regions:
        row: list[object] = [region, accs[0].regions[region].gold]
        for a in accs:
            p, r, f = a.regions[region].prf()
            row.append(f"{_pct(p)} / {_pct(r)} / {_pct(f)}")
        region_rows.append(row)
    lines.append(md_table(header, region_rows))
    return "\n".join(lines)


def scaling_report(
    rows: list[tuple[str, dict[int, float | None]]], runs: int, budget: float
) -> str:
    lines = [
        "Rerun: `python benchmarks/bench_dates.py --write-docs`.",
        "",
        *machine_lines(),
        "",
    ]
    lines += [
        f"`ae.find_dates` CPU time per input character (µs/char, median of {runs_text(runs)}) "
        "as the "
        f"input doubles. A row is flagged when µs/char grows more than {GROWTH_LIMIT:.0f}× "
        f"from the smallest to the largest size; `-` is a size not reached within the "
        f"{budget:.0f} s budget of its row.",
        "",
    ]
    table = []
    for label, got in rows:
        cells = ["-" if s is None else f"{s / n * 1e6:.2f}" for n, s in got.items()]
        first = got[SCALING_SIZES[0]]
        last = got[SCALING_SIZES[-1]]
        if first is None or last is None:
            verdict = "flagged: over the time budget"
        else:
            growth = (last / SCALING_SIZES[-1]) / (first / SCALING_SIZES[0])
            verdict = (
                f"flagged: {growth:.1f}×" if growth > GROWTH_LIMIT else f"flat ({growth:.1f}×)"
            )
        table.append([label, *cells, verdict])
    header = ["Input", *(f"{n // 1000}k" for n in SCALING_SIZES), "Growth"]
    lines.append(md_table(header, table))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, DEFAULT_SIZE, runs=3)
    parser.add_argument(
        "--news-size", type=int, default=DEFAULT_NEWS_SIZE, help="plain news text characters"
    )
    parser.add_argument("--budget", type=float, default=40.0, help="seconds per scaling row")
    args = parser.parse_args(argv)

    texts = {
        "news": news_articles(args.news_size, args.eval_dir),
        "corpus": build_corpus(args.size, args.seed, args.eval_dir),
    }
    for name, articles in texts.items():
        chars, _ = corpus_stats(articles)
        print(f"{name}: {len(articles):,} articles, {chars:,} chars", flush=True)
    print("throughput:", flush=True)
    speeds = throughput(texts, args.runs)

    print("accuracy:", flush=True)
    records = load_gold(args.eval_dir)
    accs: list[Accuracy] = []
    if records:
        accs.append(accuracy(records, "ae.find_dates", ours_mentions))
        accs.append(accuracy(records, "dateparser", dateparser_mentions))
        for a in accs:
            p, r, f = a.total.prf()
            print(f"  {a.system:24} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({a.seconds:.1f} s)")
    else:
        print("  skipped: dev.jsonl not found", flush=True)

    print("scaling:", flush=True)
    news = "\n\n".join(build_corpus(max(SCALING_SIZES) + 1000, args.seed + 1, args.eval_dir))
    rows = scaling(args.runs, news, args.budget)

    body = dates_report(speeds, texts, accs, len(records), args.runs)
    scale = scaling_report(rows, args.runs, args.budget)
    print()
    print(body)
    print()
    print(scale)
    path = write_result_file(
        "dates",
        "# Date finding benchmark\n\nWritten by `python benchmarks/bench_dates.py`.\n\n"
        + body
        + "\n\n## Scaling\n\n"
        + scale,
    )
    print(f"\nwrote {path}", file=sys.stderr)
    if args.write_docs:
        write_docs_section("dates", body)
        write_docs_section("scaling", scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
