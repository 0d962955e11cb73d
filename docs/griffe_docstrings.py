"""Render the package's reST-flavoured docstrings as Markdown for the API reference.

Used by mkdocstrings (see ``mkdocs.yml``): Sphinx roles such as
``:func:`normalize``` become inline code, and ``>>>`` examples become ``pycon``
code blocks instead of nested Markdown quotes.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|attr|data|exc|mod|obj):`~?([^`]+)`")


def _fence_examples(text: str) -> str:
    """Wrap each run of ``>>>`` lines and their expected output in a code block."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.lstrip().startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        block: list[str] = []
        while i < len(lines) and lines[i].strip():
            block.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i])
            i += 1
        out.extend([f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"])
    return "\n".join(out)


class ReSTDocstrings(griffe.Extension):
    """Rewrite docstrings once the object tree is built."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        text = _ROLE.sub(r"`\1`", obj.docstring.value)
        obj.docstring.value = _fence_examples(text)
