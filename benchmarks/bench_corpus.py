"""Corpus extraction from the command line: documents per second, and peak memory by corpus size.

What it measures, on the synthetic news corpus of ``make_corpus.py``:

1. Throughput of ``arabic-events extract FILE.jsonl --jobs N`` on 20,000
   articles (``--articles``), for ``--jobs 1`` and ``--jobs 2``, the two
   settings taking turns, median of ``--runs`` runs. The command runs as a
   child process with its output sent to ``/dev/null``; documents per second
   come from the summary line it prints on standard error ("N documents, …,
   S seconds"), which times reading, extraction and writing but not the
   interpreter start and imports (the wall time of the whole command is
   reported beside it).
2. Peak memory at 2,500, 5,000, 10,000 and 20,000 articles (``--sizes``), one
   run each at ``--jobs 1`` (``--sweep-jobs``), to show that streaming keeps
   it flat. The figure is the child's ``ru_maxrss``, read with
   ``os.wait4`` for that one child, so every run is measured on its own: the
   peak resident set of the command's own process, or of its largest worker
   when it has some. With workers the peak of all the processes together is
   sampled from ``/proc`` every 50 ms as well. The 20,000-article row reuses the
   throughput runs (the highest peak of them). The sweep spans 8× the input and
   stops at 20,000 articles to keep the whole script within about 10 minutes
   on 2 cores; ``--sizes 5000,10000,20000,40000`` takes it to 40,000 (about 3
   minutes more).

Each run also records the CPU time (user + system) of the command and its
workers, from the same ``os.wait4``, and the 1-minute load average when it
started: on a machine shared with other work the wall times vary from run to
run, the CPU time much less.

The corpora are written to ``benchmarks/data/`` by ``make_corpus.py``: the
largest one is generated, and the smaller ones are its first lines, which is
what ``make_corpus.py`` writes for them too. Besides ``results/corpus.md``, a
``results/corpus.json`` holds every run, for ``plot.py``.

Run (from the repository root, in the project's virtual environment)::

    python benchmarks/bench_corpus.py                 # prints, writes results/corpus.{md,json}
    python benchmarks/bench_corpus.py --write-docs    # also updates docs/performance.md
    python benchmarks/bench_corpus.py --articles 2000 --sizes 1000,2000 --runs 1   # quick look

About 6 minutes on an idle 2-core machine with the defaults, more when other
processes compete for the cores (the report records the load average).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from _common import (
    RESULTS_DIR,
    common_arguments,
    fmt,
    machine_lines,
    md_table,
    runs_text,
    write_docs_section,
)
from _common import write_result as write_markdown
from make_corpus import DEFAULT_ARTICLES, default_path, write_corpus

DEFAULT_SIZES = (2_500, 5_000, 10_000, 20_000)
DEFAULT_JOBS = (1, 2)
SUMMARY = re.compile(
    r"(\d+) documents?, (\d+) dates?, (\d+) events?, (\d+) failures?, ([\d.]+) seconds"
)
SAMPLE_EVERY = 0.05  # seconds between two /proc samples
MIB = 1024 * 1024


@dataclass
class Run:
    """One run of the command: what its summary line says, its wall time and its memory."""

    articles: int
    jobs: int
    documents: int
    dates: int
    events: int
    failures: int
    seconds: float  # from the summary line
    wall: float  # the whole command, interpreter start included
    maxrss_mib: float  # ru_maxrss of the child (its own process or its largest worker)
    total_mib: float | None  # sampled peak of the child and its workers together
    cpu_seconds: float  # user + system time of the child and its workers
    load: float  # 1-minute load average when the run started

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else float("nan")


@dataclass(frozen=True)
class Corpus:
    """A corpus file and its size."""

    path: Path
    articles: int
    chars: int
    nbytes: int
    first_date: str
    last_date: str


# --- corpora ----------------------------------------------------------------------------


def _stats(path: Path) -> Corpus:
    articles = chars = nbytes = 0
    first, last = "9999", "0000"
    with path.open("rb") as fh:
        for raw in fh:
            record = json.loads(raw)
            articles += 1
            nbytes += len(raw)
            chars += len(record["text"])
            first, last = min(first, record["date"][:10]), max(last, record["date"][:10])
    return Corpus(path, articles, chars, nbytes, first, last)


def prepare_corpora(sizes: list[int], seed: int, eval_dir: str | None) -> dict[int, Corpus]:
    """Write the largest corpus with ``make_corpus``, the others as its first lines."""
    largest = max(sizes)
    big = default_path(largest, seed)
    t0 = time.perf_counter()
    write_corpus(largest, big, seed, eval_dir)
    for n in sizes:
        if n == largest:
            continue
        path = default_path(n, seed)
        with big.open("rb") as src, path.open("wb") as dst:
            for k, line in enumerate(src):
                if k == n:
                    break
                dst.write(line)
    corpora = {n: _stats(default_path(n, seed)) for n in sorted(set(sizes))}
    print(f"corpora written in {time.perf_counter() - t0:.1f} s:", flush=True)
    for c in corpora.values():
        print(f"  {c.path}: {c.articles:,} articles, {c.chars:,} chars", flush=True)
    return corpora


# --- running the command -----------------------------------------------------------------


def cli_command() -> list[str]:
    """The ``arabic-events`` console script next to this interpreter, or ``python -m``."""
    script = Path(sys.executable).with_name("arabic-events")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("arabic-events")
    return [found] if found else [sys.executable, "-m", "arabic_events"]


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from ``/proc/PID/task/TID/children``."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            pass
    return out


class TreeSampler(threading.Thread):
    """The peak, over samples, of the summed resident sets of a process and its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self.available = os.path.exists(f"/proc/{pid}/task/{pid}/children")
        self._stop_event = threading.Event()

    def run(self) -> None:
        while self.available and not self._stop_event.is_set():
            total = sum(_rss_kib(p) for p in _tree(self.pid))
            self.peak_kib = max(self.peak_kib, total)
            self._stop_event.wait(SAMPLE_EVERY)

    def stop(self) -> float | None:
        self._stop_event.set()
        self.join()
        return self.peak_kib / 1024 if self.available and self.peak_kib else None


def run_cli(corpus: Corpus, jobs: int) -> Run:
    """Run ``arabic-events extract`` once on a corpus; its summary, wall time and memory."""
    command = [*cli_command(), "extract", str(corpus.path), "--jobs", str(jobs)]
    load = os.getloadavg()[0]
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        # wait4 reaps this child and gives its own resource usage (its workers included)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        total = sampler.stop()
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    matches = SUMMARY.findall(stderr)
    if proc.returncode != 0 or not matches:
        # a record that fails makes the timing meaningless: stop rather than report it
        raise SystemExit(
            f"{' '.join(command)} exited with status {proc.returncode}; the end of its "
            f"standard error:\n{stderr[-2000:]}"
        )
    docs, dates, events, failures, seconds = matches[-1]
    return Run(
        articles=corpus.articles,
        jobs=jobs,
        documents=int(docs),
        dates=int(dates),
        events=int(events),
        failures=int(failures),
        seconds=float(seconds),
        wall=wall,
        maxrss_mib=usage.ru_maxrss * 1024 / MIB,  # ru_maxrss is in KiB on Linux
        total_mib=total if jobs > 1 else None,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        load=load,
    )


def show(run: Run) -> None:
    total = f", all processes {run.total_mib:.0f} MiB" if run.total_mib else ""
    print(
        f"  {run.articles:>7,} articles  --jobs {run.jobs}  {run.seconds:7.2f} s  "
        f"{run.docs_per_s:7,.0f} docs/s  wall {run.wall:6.2f} s  "
        f"CPU {run.cpu_seconds:6.1f} s  peak {run.maxrss_mib:.0f} MiB{total}",
        flush=True,
    )


# --- report -----------------------------------------------------------------------------


def _mib(x: float | None) -> str:
    return "-" if x is None else f"{x:,.0f}"


def report(
    throughput: dict[int, list[Run]],
    memory: dict[int, list[Run]],
    corpora: dict[int, Corpus],
    n_articles: int,
    sweep_jobs: int,
    runs: int,
    load: tuple[float, float],
) -> str:
    """The markdown section: machine, corpus, throughput table, memory table."""
    main = corpora[n_articles]
    base = statistics.median(r.docs_per_s for r in throughput[min(throughput)])
    rows = []
    for jobs, rs in sorted(throughput.items()):
        dps = statistics.median(r.docs_per_s for r in rs)
        totals = [r.total_mib for r in rs if r.total_mib is not None]
        rows.append(
            [
                f"`--jobs {jobs}`",
                fmt(statistics.median(r.seconds for r in rs), 1),
                fmt(statistics.median(r.wall for r in rs), 1),
                fmt(statistics.median(r.cpu_seconds for r in rs), 1),
                f"{dps:,.0f}",
                ", ".join(f"{r.docs_per_s:,.0f}" for r in rs),
                f"{dps * main.chars / main.articles:,.0f}",
                f"{dps / base:.2f}×",
                _mib(max(r.maxrss_mib for r in rs)),
                _mib(max(totals)) if totals else "-",
            ]
        )
    mem_rows = []
    for n, rs in sorted(memory.items()):
        c = corpora[n]
        mem_rows.append(
            [
                f"{n:,}",
                f"{c.chars:,}",
                fmt(c.nbytes / 1e6, 1),
                fmt(statistics.median(r.seconds for r in rs), 1),
                f"{statistics.median(r.docs_per_s for r in rs):,.0f}",
                _mib(max(r.maxrss_mib for r in rs)),
            ]
        )
    peaks = [max(r.maxrss_mib for r in rs) for _, rs in sorted(memory.items())]
    sizes = sorted(memory)
    growth = peaks[-1] / peaks[0] if peaks and peaks[0] else float("nan")
    verdict = (
        f"From {sizes[0]:,} to {sizes[-1]:,} articles ({sizes[-1] / sizes[0]:.0f}× the input) "
        f"the peak goes from {peaks[0]:.0f} to {peaks[-1]:.0f} MiB ({growth:.2f}×)."
        if len(sizes) > 1
        else ""
    )
    first = next(iter(throughput.values()))[0]
    lines = [
        "Rerun: `python benchmarks/bench_corpus.py --write-docs` "
        "(corpus: `python benchmarks/make_corpus.py`).",
        "",
        *machine_lines(),
        f"- Load average (1 min) when the runs started: {load[0]:.2f} to {load[1]:.2f} "
        f"({os.cpu_count()} cores: above 1 per core, other processes were competing for them)",
        "",
        f"Corpus: {main.articles:,} synthetic news articles (`benchmarks/make_corpus.py`, seed 0: "
        "3-12 evaluation sentences each, dated with their source's reference date, "
        f"{main.first_date} to {main.last_date}), {main.chars:,} characters of text, "
        f"{main.nbytes / 1e6:.1f} MB of JSON lines; {first.dates:,} dates and "
        f"{first.events:,} events found, "
        f"{first.failures} failures. Command: `arabic-events extract corpus.jsonl --jobs N "
        "> /dev/null`, run as a child process, the settings taking turns, median of "
        f"{runs_text(runs)} (*each run*: the documents/s of every run, in order; the spread "
        "shows how much other work on the machine weighed). *Time* and documents/s come from "
        "the command's summary line "
        "(reading, extraction, JSON writing); *wall* adds the interpreter start and imports; "
        "*CPU* is the user + system time of the command and its workers. "
        "Peak RSS is the child's `ru_maxrss` (its own process, or its largest worker); *all "
        "processes* is the peak of their sum, sampled every 50 ms.",
        "",
        md_table(
            [
                "Command",
                "Time (s)",
                "Wall (s)",
                "CPU (s)",
                "Documents/s",
                "Each run",
                "Characters/s",
                "vs 1 job",
                "Peak RSS (MiB)",
                "All processes (MiB)",
            ],
            rows,
        ),
        "",
        f"### Memory by corpus size (`--jobs {sweep_jobs}`)",
        "",
        "The same corpus cut to its first N articles (the larger files extend the smaller "
        f"ones), one run each; the {n_articles:,}-article row is the highest peak of the "
        "runs above. Records are read, extracted and written in a stream, so the peak "
        "should not grow with the input. " + verdict,
        "",
        md_table(
            ["Articles", "Characters", "Input (MB)", "Time (s)", "Documents/s", "Peak RSS (MiB)"],
            mem_rows,
        ),
    ]
    return "\n".join(lines)


def source_digest() -> str:
    """SHA-256 of the package's ``.py`` files (paths and contents), to tell versions apart."""
    import arabic_events

    root = Path(arabic_events.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def write_json(
    throughput: dict[int, list[Run]],
    memory: dict[int, list[Run]],
    corpora: dict[int, Corpus],
    n_articles: int,
    sweep_jobs: int,
    load: tuple[float, float],
    digest: str,
) -> Path:
    """``results/corpus.json``: every run and the medians, for ``plot.py``."""

    def run_dict(r: Run) -> dict[str, object]:
        return {**asdict(r), "docs_per_s": r.docs_per_s}

    data = {
        "measured": dt.date.today().isoformat(),
        "source_sha256": digest,
        "machine": [line.removeprefix("- ") for line in machine_lines()],
        "load_average": list(load),
        "corpus": {
            str(n): {"articles": c.articles, "chars": c.chars, "bytes": c.nbytes}
            for n, c in corpora.items()
        },
        "throughput": {
            "articles": n_articles,
            "jobs": {
                str(j): {
                    "median_docs_per_s": statistics.median(r.docs_per_s for r in rs),
                    "median_seconds": statistics.median(r.seconds for r in rs),
                    "peak_rss_mib": max(r.maxrss_mib for r in rs),
                    "runs": [run_dict(r) for r in rs],
                }
                for j, rs in sorted(throughput.items())
            },
        },
        "memory": {
            "jobs": sweep_jobs,
            "sizes": [
                {
                    "articles": n,
                    "peak_rss_mib": max(r.maxrss_mib for r in rs),
                    "median_docs_per_s": statistics.median(r.docs_per_s for r in rs),
                    "runs": [run_dict(r) for r in rs],
                }
                for n, rs in sorted(memory.items())
            ],
        },
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / "corpus.json"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def _int_list(text: str) -> list[int]:
    try:
        values = [int(x.replace("_", "")) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a comma-separated list of numbers: {text!r}"
        ) from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"expected positive numbers: {text!r}")
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=int, default=DEFAULT_ARTICLES, help="throughput corpus (articles)"
    )
    parser.add_argument(
        "--sizes",
        type=_int_list,
        default=list(DEFAULT_SIZES),
        help="memory sweep sizes, comma-separated (default 2500,5000,10000,20000)",
    )
    parser.add_argument("--jobs", type=_int_list, default=list(DEFAULT_JOBS), help="default 1,2")
    parser.add_argument("--sweep-jobs", type=int, default=1, help="--jobs of the memory sweep")
    common_arguments(parser, None, runs=3)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    digest = source_digest()
    corpora = prepare_corpora([*args.sizes, args.articles], args.seed, args.eval_dir)
    main_corpus = corpora[args.articles]
    print(f"command: {' '.join(cli_command())} extract FILE --jobs N", flush=True)

    print(f"throughput, {args.articles:,} articles:", flush=True)
    throughput: dict[int, list[Run]] = {j: [] for j in args.jobs}
    for _ in range(max(1, args.runs)):
        for jobs in args.jobs:
            run = run_cli(main_corpus, jobs)
            throughput[jobs].append(run)
            show(run)

    print(f"memory, --jobs {args.sweep_jobs}:", flush=True)
    memory: dict[int, list[Run]] = {}
    for n in sorted(set(args.sizes)):
        if n == args.articles and args.sweep_jobs in throughput:
            memory[n] = throughput[args.sweep_jobs]
            continue
        run = run_cli(corpora[n], args.sweep_jobs)
        memory[n] = [run]
        show(run)
    loads = [r.load for rs in [*throughput.values(), *memory.values()] for r in rs]
    load = (min(loads), max(loads))

    body = report(throughput, memory, corpora, args.articles, args.sweep_jobs, args.runs, load)
    print()
    print(body)
    md = write_markdown(
        "corpus",
        "# Corpus extraction benchmark\n\nWritten by `python benchmarks/bench_corpus.py`.\n\n"
        + body,
    )
    if source_digest() != digest:
        print(
            "warning: the arabic_events sources changed during the run; the runs may have "
            "measured different code",
            file=sys.stderr,
        )
    js = write_json(throughput, memory, corpora, args.articles, args.sweep_jobs, load, digest)
    print(f"\nwrote {md} and {js} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.write_docs:
        write_docs_section("corpus", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
