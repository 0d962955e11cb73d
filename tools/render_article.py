"""Render the example article as highlighted HTML and take a PNG of it for the docs.

    python tools/render_article.py            # writes docs/img/article.png

Needs a headless Chromium on the PATH (Debian: apt-get install chromium fonts-noto-core).
The HTML is exactly what a Document shows in a notebook (``Document._repr_html_``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

import arabic_events as ae

ROOT = Path(__file__).resolve().parents[1]


def page(reference: str) -> str:
    text = (ROOT / "examples" / "article_ma.txt").read_text(encoding="utf-8")
    doc = ae.extract(text, reference)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>'
        "body{font-family:'Noto Sans Arabic','Noto Naskh Arabic',sans-serif;font-size:17px;"
        "margin:24px;max-width:860px}table{border-collapse:collapse;margin-top:18px;"
        "font-size:15px}td,th{border:1px solid #ccc;padding:4px 10px}"
        f"</style></head><body>{doc._repr_html_()}</body></html>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default="2019-02-14")
    parser.add_argument("--out", default=str(ROOT / "docs" / "img" / "article.png"))
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("needs chromium on the PATH")
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "article.html"
        html.write_text(page(args.reference), encoding="utf-8")
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp}/profile",
                "--hide-scrollbars",
                "--window-size=910,1130",
                f"--screenshot={args.out}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
