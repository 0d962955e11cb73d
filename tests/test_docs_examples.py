"""Every ```pycon example on the documentation pages runs and prints what the page shows.

One namespace per page, blocks in page order, so a page can build on its earlier
examples. This keeps docs/ true to the code.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
FENCE = re.compile(r"^```pycon[^\n]*\n(.*?)^```", re.M | re.S)
PAGES = sorted(p.name for p in DOCS.glob("*.md") if FENCE.search(p.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES)
def test_page_examples(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs: dict[str, object] = {}
    for k, body in enumerate(FENCE.findall(text)):
        test = parser.get_doctest(body, globs, f"{page}[{k}]", str(DOCS / page), 0)
        runner.run(test, clear_globs=False)
        globs = test.globs
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} example(s) on {page} print something else"


def test_pages_with_examples_are_found() -> None:
    assert {"dates.md", "events.md", "normalization.md", "quickstart.md"} <= set(PAGES)
