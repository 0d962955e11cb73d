"""Synthetic Arabic news articles as JSON lines, for the corpus benchmark (``bench_corpus.py``).

Each line is ``{"id", "date", "text"}``: an article of 3-12 sentences in
paragraphs of 1-4 sentences, and the date it was published. The sentences are
the evaluation sentences (``dev.jsonl`` and ``seed_article.jsonl``, found as
``corpus.py`` finds them) and those of ``examples/article_ma.txt``; every
source record keeps its own ``reference_date``, the day its text was written
for, so that «أمس» or «الأسبوع الماضي» mean what they meant there:

- an article opens with a run of consecutive sentences of one source record
  (a lead sentence, or a stretch of a longer article), and its ``date`` is
  that record's ``reference_date``; only records dated 2015-2020 open
  articles, so publication dates fall in 2015-2020 (in practice mostly
  2018-2019, where the sources are);
- the rest of the article is filled with sentences of the records nearest in
  date (12 on each side, in date order), so that what they call yesterday or
  last week stays close to right;
- the text noise of ``corpus.py`` is added at the same low rates (diacritics,
  tatweel, right-to-left marks, Arabic-Indic digits), and 20% of the dates
  carry a time and an offset (``2019-02-07T09:30:00+01:00``), as feeds write
  them.

Deterministic: the same seed and sources give the same file, and the first N
articles do not depend on how many are asked for, so a smaller corpus is a
prefix of a larger one. Articles are written one at a time, never held in a
list.

Usage::

    python benchmarks/make_corpus.py                      # 20,000 articles
    python benchmarks/make_corpus.py --articles 5000 --seed 1 --out /tmp/news.jsonl

Without ``--out`` the file is ``benchmarks/data/corpus-N.jsonl`` (``-seedS``
added for a seed other than 0); that folder is not committed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus import ENV_VAR, P_INDIC_ARTICLE, REPO_ROOT, SENTENCE_END, SOURCE_FILES, eval_dir
from corpus import _noisy as noisy

DEFAULT_ARTICLES = 20_000
DATA_DIR = REPO_ROOT / "benchmarks" / "data"
EXAMPLE = REPO_ROOT / "examples" / "article_ma.txt"
#: The day ``examples/article_ma.txt`` was published: the reference its docs use.
EXAMPLE_REFERENCE = "2019-02-14"
FIRST_YEAR, LAST_YEAR = 2015, 2020
NEIGHBOURS = 12  # source records on each side, in date order, that fill an article
P_TIMESTAMP = 0.20
MIN_SENTENCES, MAX_SENTENCES = 3, 12


@dataclass(frozen=True)
class Group:
    """The sentences of one source record and the day they were written for."""

    date: str  # ISO date
    sentences: tuple[str, ...]


def split_sentences(text: str) -> tuple[str, ...]:
    """The sentences of a text, as ``corpus.source_sentences`` splits them."""
    parts = (s.strip() for s in SENTENCE_END.split(text.replace("\n", " ")))
    return tuple(s for s in parts if len(s) >= 10)


def source_groups(directory: str | os.PathLike[str] | None = None) -> list[Group]:
    """Every source record with its sentences and reference date, sorted by date."""
    folder = eval_dir(directory)
    groups: list[Group] = []
    for name in SOURCE_FILES:
        path = folder / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                record = json.loads(line)
                text, date = record.get("text"), record.get("reference_date")
                if isinstance(text, str) and isinstance(date, str):
                    sentences = split_sentences(text)
                    if sentences:
                        groups.append(Group(date[:10], sentences))
    if not groups:
        print(f"make_corpus: no {' or '.join(SOURCE_FILES)} in {folder}", file=sys.stderr)
    if EXAMPLE.is_file():
        groups.append(Group(EXAMPLE_REFERENCE, split_sentences(EXAMPLE.read_text("utf-8"))))
    if not any(FIRST_YEAR <= int(g.date[:4]) <= LAST_YEAR for g in groups):
        raise SystemExit(
            f"make_corpus: no source sentences dated {FIRST_YEAR}-{LAST_YEAR}. Put "
            f"{'/'.join(SOURCE_FILES)} in {folder}, set {ENV_VAR}=DIR or pass --eval-dir DIR."
        )
    return sorted(groups, key=lambda g: g.date)


def iter_articles(
    n: int, seed: int = 0, directory: str | os.PathLike[str] | None = None
) -> Iterator[dict[str, str]]:
    """``n`` articles as ``{"id", "date", "text"}`` dicts, one at a time (see the module docs)."""
    groups = source_groups(directory)
    leads = [i for i, g in enumerate(groups) if FIRST_YEAR <= int(g.date[:4]) <= LAST_YEAR]
    rng = random.Random(seed)
    for k in range(n):
        i = rng.choice(leads)
        lead = groups[i]
        size = rng.randint(MIN_SENTENCES, MAX_SENTENCES)
        start = rng.randrange(len(lead.sentences))
        chosen = list(lead.sentences[start : start + size])
        seen = set(chosen)
        lo, hi = max(0, i - NEIGHBOURS), min(len(groups), i + NEIGHBOURS + 1)
        tries = 0
        while len(chosen) < size and tries < 10 * MAX_SENTENCES:
            tries += 1
            sentence = rng.choice(groups[rng.randrange(lo, hi)].sentences)
            if sentence not in seen:
                seen.add(sentence)
                chosen.append(sentence)
        indic = rng.random() < P_INDIC_ARTICLE
        sentences = [noisy(s, rng, indic) for s in chosen]
        paragraphs = []
        while sentences:
            take = rng.randint(1, 4)
            paragraphs.append(" ".join(sentences[:take]))
            del sentences[:take]
        date = lead.date
        if rng.random() < P_TIMESTAMP:
            date += f"T{rng.randint(6, 22):02d}:{rng.randrange(0, 60, 5):02d}:00+01:00"
        yield {"id": f"n{k:06d}", "date": date, "text": "\n\n".join(paragraphs)}


def default_path(n: int, seed: int = 0) -> Path:
    """``benchmarks/data/corpus-N.jsonl`` (``corpus-N-seedS.jsonl`` for a seed other than 0)."""
    return DATA_DIR / (f"corpus-{n}.jsonl" if seed == 0 else f"corpus-{n}-seed{seed}.jsonl")


@dataclass
class CorpusStats:
    """What :func:`write_corpus` wrote: articles, characters of text, bytes, dates by year."""

    articles: int = 0
    chars: int = 0
    nbytes: int = 0
    years: Counter[str] = field(default_factory=Counter)


def write_corpus(
    n: int, out: Path, seed: int = 0, directory: str | os.PathLike[str] | None = None
) -> CorpusStats:
    """Write ``n`` articles to ``out`` as JSON lines, streaming; return what was written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    stats = CorpusStats()
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for article in iter_articles(n, seed, directory):
            line = json.dumps(article, ensure_ascii=False) + "\n"
            fh.write(line)
            stats.articles += 1
            stats.chars += len(article["text"])
            stats.nbytes += len(line.encode("utf-8"))
            stats.years[article["date"][:4]] += 1
    tmp.replace(out)
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="default 20,000")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--eval-dir", default=None, help=f"source folder (or ${ENV_VAR})")
    parser.add_argument("--out", type=Path, default=None, help="JSON lines file to write")
    args = parser.parse_args(argv)
    if args.articles < 0:
        parser.error("--articles must be 0 or more")
    out = args.out or default_path(args.articles, args.seed)
    stats = write_corpus(args.articles, out, args.seed, args.eval_dir)
    years = ", ".join(f"{y}: {c:,}" for y, c in sorted(stats.years.items()))
    print(
        f"{out}: {stats.articles:,} articles, {stats.chars:,} characters of text, "
        f"{stats.nbytes:,} bytes; dates by year: {years or 'none'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
