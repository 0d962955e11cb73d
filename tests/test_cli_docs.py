"""docs/cli.md shows each command's ``--help`` as the parser prints it at 80 columns
(rewrite the blocks with ``python tools/cli_help.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "cli_help.py"


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("cli_help", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cli_help"] = module
    spec.loader.exec_module(module)
    return module


def test_help_blocks_match_the_parser() -> None:
    tool = _tool()
    page = tool.PAGE.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    shown = {m.group(1) for m in tool.HELP_LINE.finditer(page)}  # type: ignore[attr-defined]
    assert shown == {None, "normalize", "dates", "extract", "dedupe"}
    assert tool.rendered(page) == page, "docs/cli.md is out of date: python tools/cli_help.py"  # type: ignore[attr-defined]
