"""A deterministic Arabic news corpus of any size, for the benchmarks.

The sentences come from the evaluation files read at run time
(``dev.jsonl`` and ``seed_article.jsonl``). They are shuffled with a fixed
seed into paragraphs and articles, and a little of the noise real news text
carries is added, at low rates, so that normalization has work to do:

- diacritics on about 4% of words,
- tatweel (kashida) inside about 1% of words,
- a right-to-left mark (U+200F) before about 0.5% of words,
- Arabic-Indic digits: a whole article in about 15% of articles, otherwise 1% of numbers.

Where the sentences are read from, first match wins:

1. ``--eval-dir DIR`` (or the ``eval_dir`` argument),
2. the environment variable ``ARABIC_EVENTS_EVAL_DIR``,
3. ``../shared/eval`` relative to the repository root,
4. the ``*.txt`` and ``*.jsonl`` files in ``examples/`` (fallback when 1-3 are absent).

Usage::

    python benchmarks/corpus.py           # 2.8 M characters (~5 MB UTF-8) to benchmarks/data/
    python benchmarks/corpus.py --size 500000 --seed 1 --out /tmp/corpus.jsonl

From Python::

    from corpus import build_corpus
    articles = build_corpus(5_000_000)            # list[str], one string per article
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZE = 2_800_000  # characters: about 5 MB of UTF-8
ENV_VAR = "ARABIC_EVENTS_EVAL_DIR"
SOURCE_FILES = ("dev.jsonl", "seed_article.jsonl")

# Noise rates (per word, except the digit ones).
P_DIACRITIC_WORD = 0.04
P_TATWEEL_WORD = 0.01
P_RLM_WORD = 0.005
P_INDIC_ARTICLE = 0.15
P_INDIC_NUMBER = 0.01

HARAKAT = "\u064e\u064f\u0650\u0651\u0652\u064b\u064c\u064d"  # fatha … kasratan
TATWEEL = "\u0640"
RLM = "\u200f"
INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# Letters that do not join to the next one: tatweel never follows them.
NON_JOINING = set("اأإآدذرزوؤةى")
NUMBER = re.compile(r"\d+")
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


def eval_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder the evaluation files are read from (see the module docs)."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "eval"


def _texts_from_jsonl(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    yield text


def source_texts(directory: str | os.PathLike[str] | None = None) -> list[str]:
    """The raw texts the corpus is built from; raises SystemExit when none is found."""
    folder = eval_dir(directory)
    texts: list[str] = []
    for name in SOURCE_FILES:
        path = folder / name
        if path.is_file():
            texts.extend(_texts_from_jsonl(path))
    if texts:
        return texts
    examples = REPO_ROOT / "examples"
    for path in sorted(examples.glob("*.jsonl")):
        texts.extend(_texts_from_jsonl(path))
    for path in sorted(examples.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    if texts:
        print(f"corpus: {folder} not found, using the articles in {examples}", file=sys.stderr)
        return texts
    raise SystemExit(
        f"corpus: no source text. Put dev.jsonl/seed_article.jsonl in {folder}, "
        f"set {ENV_VAR}=DIR or pass --eval-dir DIR."
    )


@lru_cache(maxsize=4)
def source_sentences(directory: str | None = None) -> tuple[str, ...]:
    """Every sentence of the source texts, split at sentence-final punctuation."""
    out: list[str] = []
    for text in source_texts(directory):
        for sentence in SENTENCE_END.split(text.replace("\n", " ")):
            sentence = sentence.strip()
            if len(sentence) >= 10:
                out.append(sentence)
    return tuple(out)


def _add_diacritics(word: str, rng: random.Random) -> str:
    chars = list(word)
    slots = [i for i, c in enumerate(chars) if ARABIC_LETTER.match(c)]
    if not slots:
        return word
    for i in sorted(rng.sample(slots, min(len(slots), rng.randint(1, 3))), reverse=True):
        chars.insert(i + 1, rng.choice(HARAKAT))
    return "".join(chars)


def _add_tatweel(word: str, rng: random.Random) -> str:
    slots = [
        i
        for i in range(len(word) - 1)
        if ARABIC_LETTER.match(word[i])
        and word[i] not in NON_JOINING
        and ARABIC_LETTER.match(word[i + 1])
    ]
    if not slots:
        return word
    i = rng.choice(slots)
    return word[: i + 1] + TATWEEL * rng.randint(1, 3) + word[i + 1 :]


def _noisy(sentence: str, rng: random.Random, indic_article: bool) -> str:
    if indic_article:
        sentence = sentence.translate(INDIC_DIGITS)
    elif P_INDIC_NUMBER and NUMBER.search(sentence):
        sentence = NUMBER.sub(
            lambda m: (
                m.group().translate(INDIC_DIGITS) if rng.random() < P_INDIC_NUMBER else m.group()
            ),
            sentence,
        )
    words = sentence.split(" ")
    for k, word in enumerate(words):
        r = rng.random()
        if r < P_DIACRITIC_WORD:
            word = _add_diacritics(word, rng)
        elif r < P_DIACRITIC_WORD + P_TATWEEL_WORD:
            word = _add_tatweel(word, rng)
        if rng.random() < P_RLM_WORD:
            word = RLM + word
        words[k] = word
    return " ".join(words)


def build_corpus(
    n_chars: int = DEFAULT_SIZE, seed: int = 0, directory: str | None = None
) -> list[str]:
    """Articles of Arabic news text adding up to about ``n_chars`` characters.

    Deterministic: the same ``n_chars``, ``seed`` and source files give the same
    list. Each article is 3-8 paragraphs of 1-4 sentences, paragraphs joined by
    a blank line; the last article is cut at a word boundary, so the total is
    ``n_chars`` less at most one word.
    """
    if n_chars <= 0:
        return []
    sentences = list(source_sentences(directory))
    rng = random.Random(seed)
    pool: list[str] = []
    articles: list[str] = []
    total = 0
    while total < n_chars:
        indic = rng.random() < P_INDIC_ARTICLE
        paragraphs = []
        for _ in range(rng.randint(3, 8)):
            chosen = []
            for _ in range(rng.randint(1, 4)):
                if not pool:
                    pool = sentences[:]
                    rng.shuffle(pool)
                chosen.append(_noisy(pool.pop(), rng, indic))
            paragraphs.append(" ".join(chosen))
        article = "\n\n".join(paragraphs)
        room = n_chars - total
        if len(article) > room:
            cut = article.rfind(" ", 0, room)
            articles.append(article[: cut if cut > 0 else room])
            break
        articles.append(article)
        total += len(article)
    return articles


def corpus_stats(articles: list[str]) -> tuple[int, int]:
    """(characters, UTF-8 bytes) of a corpus."""
    chars = sum(len(a) for a in articles)
    nbytes = sum(len(a.encode("utf-8")) for a in articles)
    return chars, nbytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--size",
        type=int,
        default=DEFAULT_SIZE,
        help="characters (default 2.8 M, about 5 MB UTF-8)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--eval-dir", default=None, help=f"source folder (or ${ENV_VAR})")
    parser.add_argument("--out", type=Path, default=None, help="JSON lines file to write")
    args = parser.parse_args(argv)
    articles = build_corpus(args.size, args.seed, args.eval_dir)
    out = args.out or REPO_ROOT / "benchmarks" / "data" / f"corpus-{args.size}-{args.seed}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(articles):
            fh.write(json.dumps({"id": f"a{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    chars, nbytes = corpus_stats(articles)
    print(f"{out}: {len(articles)} articles, {chars:,} characters, {nbytes:,} bytes UTF-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
