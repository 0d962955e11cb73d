"""Offset maps: where each character of a rewritten text came from.

A rewrite of a text (delete a diacritic, expand a ligature, compose a pair) is
described by *edits*: ``(orig_start, orig_end, new_length)``, sorted and not
overlapping. Characters outside every edit are copied one to one. From the
edits an :class:`OffsetMap` is built as a short list of segments, so its size
grows with the number of edits, not with the length of the text.

Deleted characters are attached to the kept character before them: the span of
a word ends after the diacritics and tatweel written on its last letter.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

Edit = tuple[int, int, int]


class OffsetMap:
    """Maps positions of a rewritten text back to the text it was made from.

    Each segment starts at an output position. A *linear* segment copies
    characters one to one; a *block* segment is the output of one edit, all of
    whose characters come from the same original range.
    """

    __slots__ = ("_block_end", "_orig_len", "_orig_start", "_out_len", "_out_start")

    def __init__(self, edits: Iterable[Edit], orig_len: int) -> None:
        out_start: list[int] = [0]
        orig_start: list[int] = [0]
        block_end: list[int] = [-1]  # -1: linear segment
        out = 0  # output position of the current cursor
        cursor = 0  # original position of the current cursor
        for start, end, new_len in edits:
            out += start - cursor  # the linear run before this edit
            if new_len:
                out_start.append(out)
                orig_start.append(start)
                block_end.append(end)
                out += new_len
            out_start.append(out)
            orig_start.append(end)
            block_end.append(-1)
            cursor = end
        self._out_start = out_start
        self._orig_start = orig_start
        self._block_end = block_end
        self._out_len = out + orig_len - cursor
        self._orig_len = orig_len

    def start(self, i: int) -> int:
        """The original position of output character ``i`` (``len(output)`` maps to the end)."""
        if i >= self._out_len:
            return self._orig_len
        k = bisect_right(self._out_start, i) - 1
        if self._block_end[k] >= 0:
            return self._orig_start[k]
        return self._orig_start[k] + i - self._out_start[k]

    def end(self, e: int) -> int:
        """The original position where an output span ending at ``e`` (exclusive) ends."""
        if e >= self._out_len:
            return self._orig_len
        k = bisect_right(self._out_start, e) - 1
        if self._block_end[k] >= 0 and e > self._out_start[k]:
            return self._block_end[k]
        return self.start(e)


def chain_start(maps: Sequence[OffsetMap], i: int) -> int:
    """Apply ``start`` through a stack of maps, last rewrite first."""
    for m in reversed(maps):
        i = m.start(i)
    return i


def chain_span(maps: Sequence[OffsetMap], start: int, end: int) -> tuple[int, int]:
    """Map an output span back through a stack of maps, last rewrite first."""
    for m in reversed(maps):
        if end > start:
            start, end = m.start(start), m.end(end)
        else:
            start = end = m.start(start)
    return start, end
