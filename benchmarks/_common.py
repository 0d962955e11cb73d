"""Helpers shared by the benchmark scripts: timing, machine facts, tables, docs sections.

Not a public module: the scripts in this folder import it by name, which works
because Python puts a script's own folder first on ``sys.path``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import importlib.metadata
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
DOCS_PAGE = REPO_ROOT / "docs" / "performance.md"

#: The distributions whose versions every result file records.
VERSIONED = ("arabic-events", "camel-tools", "pyarabic", "dateparser", "regex")


def require(module: str, install: str) -> ModuleType:
    """Import a peer lazily; exit with an install hint when it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise SystemExit(
            f"{module} is not installed ({exc}). Install the benchmark peers with:\n    {install}"
        ) from exc


def optional(module: str) -> ModuleType | None:
    """Import a peer lazily, or None when it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def timed(func: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    """Median wall time of ``runs`` calls of ``func`` (seconds) and every time.

    The garbage collector is paused while timing, as :mod:`timeit` does.
    """
    times = []
    for _ in range(max(1, runs)):
        gc.collect()
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            t0 = time.perf_counter()
            func()
            times.append(time.perf_counter() - t0)
        finally:
            if was_enabled:
                gc.enable()
    return statistics.median(times), times


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def version(dist: str) -> str:
    """The installed version of a distribution, or ``not installed``."""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine_lines(dists: Sequence[str] = VERSIONED) -> list[str]:
    """Markdown bullet lines: date, CPU, cores, Python, package versions."""
    py = platform.python_version()
    impl = platform.python_implementation()
    versions = ", ".join(f"{d} {version(d)}" for d in dists)
    return [
        f"- Measured: {dt.date.today().isoformat()}",
        f"- CPU: {cpu_model()}, {os.cpu_count()} cores ({platform.system()} {platform.machine()})",
        f"- Python: {impl} {py}",
        f"- Packages: {versions}",
    ]


def md_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub/mkdocs markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def write_result(name: str, body: str) -> Path:
    """Write ``benchmarks/results/<name>.md`` and return its path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.md"
    path.write_text(body.rstrip() + "\n", encoding="utf-8")
    return path


def write_docs_section(section: str, body: str, page: Path = DOCS_PAGE) -> None:
    """Replace what lies between ``<!-- bench:SECTION:start -->`` and ``…:end -->``."""
    start, end = f"<!-- bench:{section}:start -->", f"<!-- bench:{section}:end -->"
    text = page.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{page} has no {start} … {end} markers; add them where the section goes")
    new = pattern.sub(lambda _m: f"{start}\n{body.strip()}\n{end}", text, count=1)
    page.write_text(new, encoding="utf-8")
    print(f"updated section {section!r} of {page}", file=sys.stderr)


def fmt(x: float, digits: int = 2) -> str:
    """A number with thousands separators and fixed decimals."""
    return f"{x:,.{digits}f}"


def runs_text(runs: int) -> str:
    """``1 run`` or ``N runs``."""
    return f"{runs} run" if runs == 1 else f"{runs} runs"


def common_arguments(
    parser: argparse.ArgumentParser, size: int | None, runs: int, seed_help: str = "corpus seed"
) -> None:
    """The flags every benchmark script takes: corpus size, runs, seed, eval dir, docs."""
    if size is not None:
        parser.add_argument("--size", type=int, default=size, help="corpus characters")
    parser.add_argument("--runs", type=int, default=runs, help="timed runs (median)")
    parser.add_argument("--seed", type=int, default=0, help=seed_help)
    parser.add_argument("--eval-dir", default=None, help="folder with dev.jsonl")
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
