"""Draw docs/img/dataset_timeline.png, the timeline figure of docs/dataset.md.

The synthetic corpus of tests/dedupe_corpus.py (seed 0) is extracted and
deduplicated; each world event is a dot at its date and place, sized by the
number of articles reporting it and coloured by type. Needs matplotlib (the
``docs`` extra). Run from the repository root: ``python tools/dataset_figure.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from dedupe_corpus import make_corpus  # noqa: E402

from arabic_events import dedupe_occurrences  # noqa: E402
from arabic_events.dedupe import TYPE_FAMILIES  # noqa: E402
from arabic_events.scaling import extract_partition  # noqa: E402

OUT = ROOT / "docs" / "img" / "dataset_timeline.png"
ROMAN = {"الرباط": "Rabat", "أكادير": "Agadir", "القاهرة": "Cairo", "تونس": "Tunis",
         "عمان": "Amman", "الرياض": "Riyadh", "بيروت": "Beirut"}  # fmt: skip
COLOURS = {"meeting": "tab:blue", "conference": "tab:orange", "visit": "tab:green"}


def main() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from arabic_events.dedupe import place_key

    articles, _ = make_corpus(seed=0)
    events = dedupe_occurrences(extract_partition(articles))
    places = sorted({place_key(e.place) for e in events if e.place})
    fig, ax = plt.subplots(figsize=(9, 3.6), dpi=110)
    for family, colour in COLOURS.items():
        chosen = [e for e in events if e.start and e.place and TYPE_FAMILIES[e.type] == family]
        ax.scatter(
            [e.start for e in chosen],
            [places.index(place_key(e.place)) for e in chosen if e.place],
            s=[40 * e.documents for e in chosen],
            c=colour,
            alpha=0.6,
            label=family,
            edgecolors="black",
            linewidths=0.5,
        )
    ax.set_yticks(range(len(places)), [ROMAN.get(p, p) for p in places])
    ax.set_title(f"{len(articles)} articles, {len(events)} world events (dot size: articles)")
    ax.legend(loc="upper left", fontsize=8, markerscale=0.5)
    ax.grid(axis="x", alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(OUT)
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
