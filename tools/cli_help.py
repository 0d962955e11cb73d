"""Rewrite the ``--help`` blocks of docs/cli.md from the parser: ``python tools/cli_help.py``.

Every line ``$ arabic-events [COMMAND] --help`` in a console block of the page is
followed by the help text the command prints at 80 columns, up to the next
``$`` line or the end of the block. ``--check`` only reports whether the page is
up to date (exit status 1 when not); tests/test_cli_docs.py runs the same check.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

PAGE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
HELP_LINE = re.compile(r"^\$ arabic-events (?:([a-z]+) )?--help\n(.*?)(?=^\$ |^```)", re.M | re.S)


def help_text(command: str | None) -> str:
    """What ``arabic-events [COMMAND] --help`` prints at 80 columns."""
    from arabic_events.cli import build_parser

    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "80"
    try:
        parser = build_parser()
        if command is None:
            return parser.format_help()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[
            command
        ]
        return sub.format_help()
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def rendered(page: str) -> str:
    """The page with every help block rewritten."""
    return HELP_LINE.sub(
        lambda m: m.group(0)[: m.start(2) - m.start(0)] + help_text(m.group(1)), page
    )


def main() -> int:
    check = "--check" in sys.argv[1:]
    text = PAGE.read_text(encoding="utf-8")
    new = rendered(text)
    if check:
        if new != text:
            print(f"{PAGE} is out of date: run python tools/cli_help.py", file=sys.stderr)
            return 1
        return 0
    if new != text:
        PAGE.write_text(new, encoding="utf-8")
        print(f"rewrote the help blocks of {PAGE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
