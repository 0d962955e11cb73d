"""Corpus deduplication: time per occurrence at 10,000, 100,000 and 1,000,000 occurrences.

The records are synthetic ``arabic-events extract`` output, made on the fly (no
extraction is run): each world event is reported by 1 to 6 documents, at one of
40 places written in one of several ways, with dates a day apart for some
reports, a tenth of the occurrences undated. The same generator at every size,
over a number of days proportional to the size, so the blocks keep their size
and the time per occurrence should stay flat (linear cost). Each size is timed
``--runs`` times (median), the sizes taking turns.

Run (from the repository root)::

    python benchmarks/bench_dedupe.py                  # prints, writes results/dedupe.md
    python benchmarks/bench_dedupe.py --write-docs     # also updates docs/performance.md
    python benchmarks/bench_dedupe.py --sizes 10000,100000 --runs 3   # quicker
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from _common import fmt, machine_lines, md_table, runs_text, timed, write_docs_section, write_result

from arabic_events.dedupe import dedupe_occurrences

PLACES = [
    ("الرباط", "بالرباط", "العاصمة الرباط"), ("القاهرة", "بالقاهرة", "العاصمة القاهرة"),
    ("تونس", "تونس العاصمة", "بتونس"), ("أكادير", "أغادير", "بأكادير"),
    ("بيروت", "ببيروت", "العاصمة بيروت"), ("عمان", "بعمان", "العاصمة عمان"),
    ("الرياض", "بالرياض", "العاصمة الرياض"), ("الجزائر", "الجزائر العاصمة", "بالجزائر"),
]  # fmt: skip
TYPES = ["meeting", "summit", "talks", "session", "forum", "conference", "workshop", "visit"]


def records(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """About ``n`` occurrences as extract records, one or two occurrences per record."""
    rng = random.Random(seed)
    first = dt.date(2015, 1, 1).toordinal()
    days = max(1, n // 40)  # about 40 occurrences a day, whatever the size
    made = doc = 0
    while made < n:
        kind = rng.choice(TYPES)
        place = rng.randrange(len(PLACES))
        city = f"{rng.randrange(5)}"  # 5 districts per city name: 40 place keys
        day = first + rng.randrange(days)
        for _ in range(rng.randint(1, 6)):
            occurrences = []
            for k in range(rng.choice((1, 1, 2))):
                d = day + rng.choice((0, 0, 0, 1)) if k == 0 else day + rng.randrange(30)
                iso = dt.date.fromordinal(d).isoformat()
                spelled = rng.choice(PLACES[place]) + (" " + city if city != "0" else "")
                occurrences.append(
                    {
                        "id": f"e{k + 1}",
                        "type": kind if k == 0 else rng.choice(TYPES),
                        "status": "held",
                        "date": None
                        if rng.random() < 0.1
                        else {"value": {"start": iso, "end": iso}},
                        "place": {"text": spelled, "start": 0, "end": len(spelled)},
                        "participants": [],
                    }
                )
            doc += 1
            made += len(occurrences)
            yield {"id": f"d{doc}", "occurrences": occurrences}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    times: dict[int, list[float]] = {n: [] for n in sizes}
    counts: dict[int, tuple[int, int]] = {}
    for _ in range(args.runs):  # the sizes take turns within each run
        for n in sizes:
            corpus = list(records(n, args.seed))  # made before the clock starts
            occurrences = sum(len(r["occurrences"]) for r in corpus)
            found: list[int] = []
            seconds, _ = timed(lambda c=corpus, f=found: f.append(len(dedupe_occurrences(c))), 1)
            counts[n] = (occurrences, found[0])
            times[n].append(seconds)
            print(f"{n:>9,}: {seconds:.2f} s", flush=True)
    rows = []
    for n in sizes:
        occurrences, events = counts[n]
        median = sorted(times[n])[len(times[n]) // 2]
        rows.append(
            [f"{occurrences:,}", f"{events:,}", fmt(median), fmt(median / occurrences * 1e6, 1)]
        )
    body = "\n\n".join(
        [
            "Rerun: `python benchmarks/bench_dedupe.py --write-docs`.",
            "\n".join(machine_lines(("arabic-events", "regex"))),
            f"`dedupe_occurrences` over synthetic extract records (`benchmarks/bench_dedupe.py`:"
            f" 1 to 6 reports per event, 40 place keys written several ways, a tenth undated,"
            f" about 40 occurrences a day so that blocks keep their size). Median of"
            f" {runs_text(args.runs)}, the sizes taking turns; the records are built before"
            f" the clock starts. The machine is shared with other work, so single numbers"
            f" are noisy; what matters is that µs per occurrence stays flat as the corpus"
            f" grows a hundredfold.",
            md_table(["Occurrences", "World events", "Median time (s)", "µs per occurrence"], rows),
        ]
    )
    print(body)
    write_result("dedupe", body)
    if args.write_docs:
        write_docs_section("dedupe", body)


if __name__ == "__main__":
    main()
