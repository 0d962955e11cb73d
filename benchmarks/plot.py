"""Charts of the benchmark results, for ``docs/performance.md``.

Reads what the bench scripts wrote to ``benchmarks/results/``: the markdown
tables of ``normalize.md``, ``dates.md`` and ``extract.md`` (found by their
column names, so the prose around them may change), and ``corpus.json``
(written by ``bench_corpus.py`` beside ``corpus.md``). Draws, with matplotlib:

- ``docs/img/throughput.png``: (a) normalization throughput in MB/s of
  ``arabic_events`` next to the CAMeL Tools and PyArabic pipelines; (b) date
  finding throughput in characters/s of ``ae.find_dates`` (and ``ae.extract``
  when measured) next to dateparser, on a log scale;
- ``docs/img/corpus.png``: (c) documents per second of ``arabic-events
  extract`` at each ``--jobs``, and peak memory against corpus size.

A result file that is missing leaves its panel empty with a note. Install
matplotlib if needed (``pip install matplotlib``); it draws with the Agg
backend, no display needed.

Run (after the bench scripts)::

    python benchmarks/plot.py                 # writes docs/img/*.png
    python benchmarks/plot.py --write-docs    # also links them in docs/performance.md
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _common import REPO_ROOT, RESULTS_DIR, require, write_docs_section

IMG_DIR = REPO_ROOT / "docs" / "img"
OURS, PEER, OTHER = "#1f6f8b", "#e8a33d", "#9a9a9a"
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


# --- reading the results ----------------------------------------------------------------


def md_tables(text: str) -> list[list[dict[str, str]]]:
    """Every markdown table of a text, as rows of ``{header: cell}`` (cells stripped)."""
    tables: list[list[dict[str, str]]] = []
    lines = text.splitlines()
    k = 0
    while k < len(lines) - 1:
        head, rule = lines[k].strip(), lines[k + 1].strip()
        if head.startswith("|") and re.fullmatch(r"\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?", rule):
            header = _cells(head)
            rows = []
            k += 2
            while k < len(lines) and lines[k].strip().startswith("|"):
                cells = _cells(lines[k])
                cells = (cells + [""] * len(header))[: len(header)]
                rows.append(dict(zip(header, cells, strict=True)))
                k += 1
            tables.append(rows)
        else:
            k += 1
    return tables


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


def find_table(text: str, *columns: str) -> list[dict[str, str]]:
    """The first table that has every one of ``columns`` (case-insensitive), or []."""
    wanted = [c.lower() for c in columns]
    for rows in md_tables(text):
        if rows and all(any(w == h.lower() for h in rows[0]) for w in wanted):
            return rows
    return []


def column(row: dict[str, str], name: str) -> str:
    """A cell by column name, case-insensitive."""
    for key, value in row.items():
        if key.lower() == name.lower():
            return value
    return ""


def number(cell: str) -> float | None:
    """The first number in a cell (``1,234.5``, ``3.57×``), or None (``skipped``, ``-``)."""
    m = NUMBER.search(cell)
    return float(m.group().replace(",", "")) if m else None


def plain(cell: str) -> str:
    """A cell without markdown code marks."""
    return cell.replace("`", "").strip()


def read_text(name: str) -> str | None:
    path = RESULTS_DIR / name
    if not path.is_file():
        print(f"plot: {path} not found; run its bench script first", file=sys.stderr)
        return None
    return path.read_text(encoding="utf-8")


def measured(text: str | None) -> str:
    """The ``Measured: DATE`` of a result file, or an empty string."""
    m = re.search(r"Measured:\s*(\S+)", text or "")
    return m.group(1) if m else ""


def cores(text: str | None) -> str:
    """``N cores`` from the ``CPU:`` line of a result file, or ``cores unknown``."""
    m = re.search(r"CPU:.*?(\d+) cores", text or "")
    return f"{m.group(1)} cores" if m else "cores unknown"


def normalize_bars(text: str | None) -> list[tuple[str, float, str]]:
    """(label, MB/s, colour) for each system of the normalization table."""
    bars = []
    for row in find_table(text or "", "System", "MB/s"):
        system, steps = plain(column(row, "System")), plain(column(row, "Steps"))
        value = number(column(row, "MB/s"))
        if value is None:
            continue
        if system.startswith("ae."):
            colour = OURS
            preset = steps.split(":")[0]  # "default preset", "search preset"
            label = f"{system}\n({preset})" if system == "ae.normalize" else system
        elif system in ("camel_tools", "pyarabic"):
            colour, label = PEER, system
        else:
            colour, label = OTHER, system
        bars.append((label, value, colour))
    return bars


def date_bars(dates: str | None, extract: str | None) -> list[tuple[str, float, str]]:
    """(label, characters/s, colour) for the date finders, and ``ae.extract`` when measured."""
    bars: dict[str, tuple[str, float, str]] = {}
    for source, text in (("dates", dates), ("extract", extract)):
        for row in find_table(text or "", "System", "Characters/s"):
            system = plain(column(row, "System"))
            value = number(column(row, "Characters/s"))
            if value is None or (source == "extract" and system in bars):
                continue  # each system once, from bench_dates first
            colour = OURS if system.startswith("ae.") else PEER
            label = system + ("\n(dates, events, links)" if system == "ae.extract" else "")
            bars[system] = (label, value, colour)
    order = ["ae.find_dates", "ae.extract"]
    return sorted(bars.values(), key=lambda b: (b[2] != OURS, b[0].split("\n")[0] not in order))


def read_corpus() -> dict[str, Any] | None:
    path = RESULTS_DIR / "corpus.json"
    if not path.is_file():
        print(f"plot: {path} not found; run benchmarks/bench_corpus.py first", file=sys.stderr)
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# --- drawing ----------------------------------------------------------------------------


def _empty(ax: Any, title: str, why: str) -> None:
    ax.set_title(title, loc="left", fontsize=11)
    ax.text(0.5, 0.5, why, ha="center", va="center", transform=ax.transAxes, color=OTHER)
    ax.set_xticks([])
    ax.set_yticks([])


def _bars(ax: Any, bars: Sequence[tuple[str, float, str]], unit: str, log: bool = False) -> None:
    labels = [b[0] for b in bars]
    values = [b[1] for b in bars]
    xs = range(len(bars))
    ax.bar(xs, values, color=[b[2] for b in bars], width=0.65)
    ax.set_xticks(list(xs), labels, fontsize=8.5)
    ax.set_ylabel(unit)
    if log:
        ax.set_yscale("log")
        ax.set_ylim(min(values) / 3, max(values) * 4)
    else:
        ax.set_ylim(0, max(values) * 1.18)
    for x, v in zip(xs, values, strict=True):
        text = f"{v:,.0f}" if v >= 100 else f"{v:,.1f}"
        ax.annotate(
            text,
            (x, v),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
        )
    ax.spines[["top", "right"]].set_visible(False)


def _legend(ax: Any, peers: str, other: str | None = None) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=OURS, label="arabic_events"), Patch(color=PEER, label=peers)]
    if other:
        handles.append(Patch(color=OTHER, label=other))
    ax.legend(handles=handles, frameon=False, fontsize=8.5, loc="upper right")


def plot_throughput(plt: Any, out: Path) -> Path:
    normalize, dates, extract = (
        read_text("normalize.md"),
        read_text("dates.md"),
        read_text("extract.md"),
    )
    fig, (a, b) = plt.subplots(1, 2, figsize=(12, 4.8), gridspec_kw={"width_ratios": [3, 2]})
    bars = normalize_bars(normalize)
    title_a = "(a) Normalization throughput, MB/s of UTF-8 input (higher is faster)"
    if bars:
        _bars(a, bars, "MB/s")
        a.set_title(title_a, loc="left", fontsize=11)
        others = any(colour == OTHER for _, _, colour in bars)
        _legend(a, "CAMeL Tools, PyArabic", "one str.translate table" if others else None)
    else:
        _empty(a, title_a, "no results/normalize.md")
    bars = date_bars(dates, extract)
    with_extract = any(label.startswith("ae.extract") for label, _, _ in bars)
    title_b = "(b) Date finding" + (" and extraction" if with_extract else "")
    title_b += ", characters/s (log scale)"
    if bars:
        _bars(b, bars, "characters/s", log=True)
        b.set_title(title_b, loc="left", fontsize=11)
        _legend(b, "dateparser")
    else:
        _empty(b, title_b, "no results/dates.md")
    when, source = measured(normalize), normalize
    if not when:
        when, source = measured(dates), dates
    fig.suptitle(
        "arabic_events next to CAMeL Tools, PyArabic and dateparser"
        + (f" (measured {when}, {cores(source)})" if when else ""),
        fontsize=12,
    )
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def plot_corpus(plt: Any, out: Path) -> Path:
    data = read_corpus()
    fig, (a, b) = plt.subplots(1, 2, figsize=(12, 4.6))
    title_a = "(c) arabic-events extract: documents/s"
    title_b = "(d) Peak memory by corpus size"
    if data is None:
        _empty(a, title_a, "no results/corpus.json")
        _empty(b, title_b, "no results/corpus.json")
    else:
        tp = data["throughput"]
        jobs = sorted(tp["jobs"], key=int)
        medians = [tp["jobs"][j]["median_docs_per_s"] for j in jobs]
        xs = list(range(len(jobs)))
        a.bar(xs, medians, color=OURS, width=0.55, label="median")
        for x, j in zip(xs, jobs, strict=True):
            runs = [r["docs_per_s"] for r in tp["jobs"][j]["runs"]]
            a.scatter([x] * len(runs), runs, color="black", s=14, zorder=3)
        for x, v in zip(xs, medians, strict=True):
            a.annotate(
                f"{v:,.0f}",
                (x, v),
                xytext=(14, 3),
                textcoords="offset points",
                ha="left",
                fontsize=9,
            )
        a.set_xticks(xs, [f"--jobs {j}" for j in jobs])
        a.set_ylabel("documents/s")
        a.set_ylim(0, max(max(r["docs_per_s"] for r in tp["jobs"][j]["runs"]) for j in jobs) * 1.2)
        a.set_title(f"{title_a} ({tp['articles']:,} articles)", loc="left", fontsize=11)
        a.scatter([], [], color="black", s=14, label="each run")
        a.legend(frameon=False, fontsize=8.5, loc="upper left")
        a.spines[["top", "right"]].set_visible(False)

        mem = data["memory"]
        sizes = [s["articles"] for s in mem["sizes"]]
        peaks = [s["peak_rss_mib"] for s in mem["sizes"]]
        b.plot(sizes, peaks, marker="o", color=OURS, label=f"peak RSS, --jobs {mem['jobs']}")
        for x, y in zip(sizes, peaks, strict=True):
            b.annotate(
                f"{y:.0f} MiB",
                (x, y),
                xytext=(0, 7),
                textcoords="offset points",
                ha="center",
                fontsize=9,
            )
        totals = [
            (j, tp["jobs"][j]["runs"]) for j in jobs if tp["jobs"][j]["runs"][0].get("total_mib")
        ]
        for j, runs in totals:
            peak = max(r["total_mib"] for r in runs)
            b.scatter(
                [tp["articles"]],
                [peak],
                marker="s",
                color=PEER,
                zorder=3,
                label=f"all processes, --jobs {j}",
            )
            b.annotate(
                f"{peak:.0f} MiB",
                (tp["articles"], peak),
                xytext=(8, 0),
                textcoords="offset points",
                va="center",
                fontsize=9,
            )
        top = max([*peaks, *(max(r["total_mib"] for r in rs) for _, rs in totals)])
        b.set_ylim(0, top * 1.3)
        b.set_xlim(0, max(sizes) * 1.1)
        b.set_xlabel("articles in the corpus")
        b.set_ylabel("MiB")
        b.xaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
        flat = len(peaks) > 1 and max(peaks) <= 1.25 * min(peaks)
        b.set_title(title_b + (" (flat)" if flat else ""), loc="left", fontsize=11)
        b.legend(frameon=False, fontsize=8.5, loc="lower right")
        b.spines[["top", "right"]].set_visible(False)
        fig.suptitle(
            f"Corpus extraction from the command line (measured {data['measured']}, "
            f"{cores(chr(10).join(data['machine']))}, load average "
            f"{data['load_average'][0]:.1f} to {data['load_average'][1]:.1f})",
            fontsize=12,
        )
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=IMG_DIR, help="default docs/img/")
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    args = parser.parse_args(argv)
    matplotlib = require("matplotlib", "pip install matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    args.out_dir.mkdir(parents=True, exist_ok=True)
    written = [
        plot_throughput(plt, args.out_dir / "throughput.png"),
        plot_corpus(plt, args.out_dir / "corpus.png"),
    ]
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    if args.write_docs:
        body = "\n".join(
            [
                "Rerun: `python benchmarks/plot.py --write-docs` "
                "(draws from `benchmarks/results/`, after the bench scripts).",
                "",
                "![Normalization throughput in MB/s of arabic_events, CAMeL Tools and "
                "PyArabic; date finding throughput in characters/s of arabic_events and "
                "dateparser, log scale](img/throughput.png)",
                "",
                "![Documents per second of arabic-events extract at --jobs 1 and 2; peak "
                "memory against corpus size](img/corpus.png)",
            ]
        )
        write_docs_section("plot", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
