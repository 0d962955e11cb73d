"""Normalization speed against CAMeL Tools and PyArabic, import time, and idempotence.

What it measures, in one run:

1. Throughput on the benchmark corpus (``corpus.py``, default 2.8 M characters,
   about 5 MB of UTF-8), each system applied article by article, median of
   ``--runs`` runs. MB/s counts 10^6 bytes of the UTF-8 encoded *input*.
   Systems: ``ae.normalize`` (default preset, and the ``search`` preset, which
   also folds teh marbuta like the peers do), ``ae.normalize_map``, the
   CAMeL Tools pipeline (normalize_unicode, dediac_ar, normalize_alef_ar,
   normalize_alef_maksura_ar, normalize_teh_marbuta_ar), the PyArabic pipeline
   (strip_tashkeel, strip_tatweel, normalize_ligature, normalize_alef,
   normalize_teh), and, as a reference, one plain ``str.translate`` table doing
   the default preset's deletions and one-to-one folds.
2. ``import arabic_events`` time in a fresh interpreter, median of ``--runs``
   (and the peers' import times for context).
3. Idempotence, ``f(f(x)) == f(x)``, of each pipeline on 30,000 random strings of
   Arabic-block characters, combining marks and presentation forms.

Install (from the repository root)::

    pip install -e ".[bench]"           # dateparser, pyarabic, emoji, six
    pip install --no-deps camel-tools   # its utils need no more than that

Run::

    python benchmarks/bench_normalize.py                 # prints, writes results/normalize.md
    python benchmarks/bench_normalize.py --write-docs    # also updates docs/performance.md
    python benchmarks/bench_normalize.py --size 500000 --runs 3   # quicker
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from _common import (
    common_arguments,
    fmt,
    machine_lines,
    md_table,
    require,
    runs_text,
    timed,
    write_docs_section,
    write_result,
)
from corpus import DEFAULT_SIZE, build_corpus, corpus_stats

INSTALL = 'pip install -e ".[bench]" && pip install --no-deps camel-tools'
IDEMPOTENCE_STRINGS = 30_000

Pipeline = Callable[[str], str]


@dataclass
class Result:
    name: str
    what: str
    seconds: float
    mb_per_s: float


def camel_pipeline() -> Pipeline:
    """The CAMeL Tools normalization chain, each step applied to the text in turn."""
    require("camel_tools", INSTALL)
    cn = require("camel_tools.utils.normalize", INSTALL)
    cd = require("camel_tools.utils.dediac", INSTALL)
    steps = (
        cn.normalize_unicode,
        cd.dediac_ar,
        cn.normalize_alef_ar,
        cn.normalize_alef_maksura_ar,
        cn.normalize_teh_marbuta_ar,
    )

    def run(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


def pyarabic_pipeline() -> Pipeline:
    """The PyArabic chain: strip_tashkeel, strip_tatweel, normalize_ligature/alef/teh."""
    araby = require("pyarabic.araby", INSTALL)
    steps = (
        araby.strip_tashkeel,
        araby.strip_tatweel,
        araby.normalize_ligature,
        araby.normalize_alef,
        araby.normalize_teh,
    )

    def run(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


def translate_table() -> dict[int, str | None]:
    """One ``str.translate`` table doing the default preset's deletions and 1:1 folds."""
    table: dict[int, str | None] = {}
    deleted = [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]
    deleted += [0x0640, *range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x061C, 0xFEFF]
    table.update(dict.fromkeys(deleted))
    table.update({ord(c): "ا" for c in "أإآٱ"})
    table[ord("ى")] = "ي"
    table.update({0x0660 + i: str(i) for i in range(10)})
    table.update({0x06F0 + i: str(i) for i in range(10)})
    return table


def systems() -> list[tuple[str, str, Pipeline]]:
    """(name, what it does, function) for every system measured."""
    import arabic_events as ae

    search = ae.NormalizeConfig.search()
    table = translate_table()
    return [
        ("ae.normalize", "default preset", ae.normalize),
        ("ae.normalize", "search preset: folds ة too", lambda t: ae.normalize(t, search)),
        ("ae.normalize_map", "default preset + offset map", ae.normalize_map),  # type: ignore[list-item]
        ("camel_tools", "NFKC, dediac, alef, alef maksura, teh marbuta", camel_pipeline()),
        ("pyarabic", "tashkeel, tatweel, ligature, alef, teh", pyarabic_pipeline()),
        ("str.translate", "one table: deletions + 1:1 folds, no NFC", lambda t: t.translate(table)),
    ]


def throughput(articles: list[str], nbytes: int, runs: int) -> list[Result]:
    """Median time of each system over ``runs`` rounds.

    The systems take turns inside each round, so a slow patch of the machine
    weighs on all of them alike rather than on whichever ran then.
    """
    entries = systems()
    jobs: list[Callable[[], None]] = []
    for _, _, func in entries:

        def job(func: Pipeline = func) -> None:
            for a in articles:
                func(a)

        job()  # warm caches (compiled patterns, lru_cache) before timing
        jobs.append(job)
    times: list[list[float]] = [[] for _ in entries]
    for _ in range(max(1, runs)):
        for k, run in enumerate(jobs):
            times[k].append(timed(run, 1)[0])
    out = []
    for (name, what, _), ts in zip(entries, times, strict=True):
        median = statistics.median(ts)
        out.append(Result(name, what, median, nbytes / 1e6 / median))
        print(f"  {name:18} {what:48} {median:7.3f} s  {out[-1].mb_per_s:7.1f} MB/s", flush=True)
    return out


def import_time(module: str, runs: int) -> float | None:
    """Median seconds to import ``module`` in a fresh interpreter (None if it fails).

    Bytecode is cached first, as it is for an installed package: one untimed
    import writes it to a temporary ``PYTHONPYCACHEPREFIX`` (so no
    ``__pycache__`` lands in the source tree), then each timed run reads it.
    """
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for k in range(max(1, runs) + 1):
            proc = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
            )
            if proc.returncode != 0:
                return None
            if k:  # the first run only caches bytecode
                times.append(float(proc.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


# --- idempotence -------------------------------------------------------------

# Characters that make normalization pipelines trip: letters that NFC composes
# with a following mark, the marks themselves, folded letters, presentation forms.
_TRAPS = (
    "اأإآٱىيئةهۀھوؤکكیی"
    "\u0653\u0654\u0655\u064b\u064e\u0650\u0651\u0652\u0670\u0640\u200f\u200c"
    "\ufefb\ufef7\ufef5\ufef9\ufe8d\ufe8e\ufe83\ufef3\ufeef\ufe93\ufdf2\ufdfc"
    "٠١٢٣ ۱۲"
)


def _assigned(lo: int, hi: int) -> list[str]:
    return [chr(c) for c in range(lo, hi + 1) if unicodedata.category(chr(c)) != "Cn"]


def random_strings(n: int, seed: int = 0) -> list[str]:
    """``n`` random strings of 1-12 characters from the Arabic blocks, traps weighted up."""
    rng = random.Random(seed)
    pool = _assigned(0x0600, 0x06FF) + _assigned(0xFB50, 0xFDFF) + _assigned(0xFE70, 0xFEFF)
    traps = list(_TRAPS)
    return [
        "".join(
            rng.choice(traps) if rng.random() < 0.5 else rng.choice(pool)
            for _ in range(rng.randint(1, 12))
        )
        for _ in range(n)
    ]


def codepoints(s: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in s)


def idempotence(strings: list[str]) -> list[tuple[str, int, str]]:
    """(system, failures, first failing example) for each pipeline but the offset map."""
    rows = []
    for name, what, func in systems():
        if name == "ae.normalize_map":
            continue
        failures = []
        for s in strings:
            once = func(s)
            if func(once) != once:
                failures.append(s)
        example = ""
        if failures:
            s = min(failures, key=lambda f: (len(f), f))
            once = func(s)
            example = f"`{codepoints(s)}` → `{codepoints(once)}` → `{codepoints(func(once))}`"
        rows.append((f"`{name}`, {what}", len(failures), example))
        print(f"  {name:18} {what:48} {len(failures):6} failures", flush=True)
    return rows


# --- report ------------------------------------------------------------------


def report(
    results: list[Result],
    imports: list[tuple[str, float | None]],
    idem: list[tuple[str, int, str]],
    n_strings: int,
    n_articles: int,
    chars: int,
    nbytes: int,
    runs: int,
    map_consistent: bool,
) -> str:
    camel = next((r for r in results if r.name == "camel_tools"), None)
    rows = [
        [
            f"`{r.name}`",
            r.what,
            fmt(r.seconds, 3),
            fmt(r.mb_per_s, 1),
            f"{r.mb_per_s / camel.mb_per_s:.2f}×" if camel else "n/a",
        ]
        for r in results
    ]
    import_rows = [
        [f"`import {m}`", f"{t * 1000:.0f} ms" if t is not None else "failed"] for m, t in imports
    ]
    idem_rows = [[name, f"{fails:,} / {n_strings:,}", ex or "none"] for name, fails, ex in idem]
    lines = [
        "Rerun: `python benchmarks/bench_normalize.py --write-docs`.",
        "",
        "### Throughput",
        "",
        *machine_lines(),
        "",
        f"Corpus: {n_articles:,} articles, {chars:,} characters, {nbytes / 1e6:.2f} MB of UTF-8 "
        "(built by `benchmarks/corpus.py` from the evaluation sentences, with diacritics, "
        "tatweel, RLM marks and Arabic-Indic digits added at low rates). Every system is "
        f"applied article by article; time is the median of {runs_text(runs)}, the "
        "systems taking turns within each run; "
        "MB/s counts 10^6 bytes of UTF-8 input. The last column is the speed relative to "
        "the CAMeL Tools pipeline (higher is faster). The pipelines do not do the same "
        "work: CAMeL Tools runs NFKC over the whole text, PyArabic and `str.translate` do "
        "no Unicode composition, and `ae.normalize` runs NFC only on text that is not "
        "already NFC.",
        "",
        md_table(["System", "Steps", "Median time (s)", "MB/s", "vs camel_tools"], rows),
        "",
        f"`ae.normalize_map(x).text == ae.normalize(x)` on every article: "
        f"{'yes' if map_consistent else 'NO'}.",
        "",
        "### Import time",
        "",
        "Time of the `import` statement alone in a fresh interpreter, "
        f"median of {runs_text(runs)}, with bytecode already cached (one untimed import "
        "first), as it is for an installed package.",
        "",
        md_table(["Import", "Median"], import_rows),
        "",
        "### Idempotence",
        "",
        f"`f(f(x)) == f(x)` on {n_strings:,} random strings of 1-12 characters from the "
        "Arabic, Arabic Presentation Forms-A and -B blocks, half of them drawn from "
        "characters that trip pipelines (letters that compose with a following hamza or "
        "madda, the combining marks themselves, folded letters, ligatures). "
        "A fold that runs after Unicode composition can leave a letter next to a mark it "
        "now composes with (the alef fold turns إ + U+0654 into ا + U+0654, which the next "
        "composition makes أ), so a second pass changes the text again.",
        "",
        md_table(["Pipeline", "Failures", "Shortest failure: x → f(x) → f(f(x))"], idem_rows),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, DEFAULT_SIZE, runs=5, seed_help="corpus and random-string seed")
    parser.add_argument("--strings", type=int, default=IDEMPOTENCE_STRINGS)
    args = parser.parse_args(argv)

    import arabic_events as ae

    articles = build_corpus(args.size, args.seed, args.eval_dir)
    chars, nbytes = corpus_stats(articles)
    print(f"corpus: {len(articles):,} articles, {chars:,} chars, {nbytes:,} bytes", flush=True)

    print("throughput:", flush=True)
    results = throughput(articles, nbytes, args.runs)
    map_consistent = all(ae.normalize_map(a).text == ae.normalize(a) for a in articles)

    print("import time:", flush=True)
    imports: list[tuple[str, float | None]] = []
    for module in ("arabic_events", "camel_tools.utils.normalize", "pyarabic.araby", "dateparser"):
        t = import_time(module, args.runs)
        imports.append((module, t))
        print(f"  {module:30} {'failed' if t is None else f'{t * 1000:.0f} ms'}", flush=True)

    print("idempotence:", flush=True)
    idem = idempotence(random_strings(args.strings, args.seed))

    body = report(
        results,
        imports,
        idem,
        args.strings,
        len(articles),
        chars,
        nbytes,
        args.runs,
        map_consistent,
    )
    print()
    print(body)
    path = write_result(
        "normalize",
        "# Normalization benchmark\n\n"
        "Written by `python benchmarks/bench_normalize.py`.\n\n" + body,
    )
    print(f"\nwrote {path}", file=sys.stderr)
    if args.write_docs:
        write_docs_section("normalize", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
