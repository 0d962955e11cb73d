"""Event finding does work linear in the length of the text.

No clock: the test counts the work ``extract`` does (distances weighed, tokens,
sentence numbers and events looked at) on a text and on the same text four
times over, and the count must grow about four times, not sixteen. Every
status cue, date and place is weighed against the triggers around it, never
against every trigger of the document, and dates are borrowed in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, SupportsIndex

import pytest

import arabic_events as ae
from arabic_events.events import context as cx
from arabic_events.events import finder

ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article_ma.txt").read_text(
    encoding="utf-8"
)
GROWTH = 4
SLACK = 1.5  # a linear count grows 4×; a quadratic one about 16×

#: (name, text of n copies, n): each text is one long document.
CASES: list[tuple[str, Callable[[int], str], int]] = [
    ("article", lambda n: "\n\n".join([ARTICLE] * n), 6),
    # one sentence with a trigger in every word
    ("one sentence of triggers", lambda n: "اجتماع " * n, 300),
    # a definite mention in every sentence borrows the date of an earlier one
    ("definite mentions", lambda n: "الاجتماع. " * n, 300),
    # anaphora: هذا الاجتماع looks back for the first dated meeting
    ("anaphora", lambda n: "هذا الاجتماع " * n, 300),
    # a trigger, a date and a place, over and over, in one sentence
    ("triggers, dates, places", lambda n: "اجتماع في 12 يوليوز 2018 بالرباط " * n, 100),
    # dates after a reporting verb, all before one trigger
    ("reported dates", lambda n: "أعلن في 12 يوليوز 2018 " * n + "الاجتماع", 200),
    # a long run of dates and one event
    ("dates", lambda n: "في 12 يوليوز 2018 " * n + "الاجتماع", 200),
    # visits and their places
    ("visits", lambda n: "زيارة إلى الرباط، " * n, 200),
    # status cues among triggers
    ("cues", lambda n: "تأجيل الاجتماع الذي كان مقررا غدا، " * n, 100),
]


class _Counting(list[Any]):
    """A list that counts the items read from it."""

    def __init__(self, items: list[Any], tally: list[int]) -> None:
        super().__init__(items)
        self.tally = tally

    def __getitem__(self, i: SupportsIndex | slice) -> Any:
        got = super().__getitem__(i)
        self.tally[0] += len(got) if isinstance(i, slice) else 1
        return got


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], int]]:
    """``work(text)``: how many steps ``extract(text)`` takes."""
    tally = [0]
    init = cx.Context.__init__
    distance = cx.Context.distance

    def counting_init(self: cx.Context, text: str, tokens: list[Any], *found: Any) -> None:
        init(self, text, tokens, *found)
        self.tokens = _Counting(self.tokens, tally)
        self.keys = _Counting(self.keys, tally)
        self.sentence = _Counting(self.sentence, tally)

    def counting_distance(self: cx.Context, *args: Any, **kwargs: Any) -> int | None:
        tally[0] += 1
        return distance(self, *args, **kwargs)

    class CountingEvent(finder._Event):  # every look at an event reads its trigger
        @property
        def hit(self) -> Any:
            tally[0] += 1
            return self._hit

        @hit.setter
        def hit(self, value: Any) -> None:
            self._hit = value

    monkeypatch.setattr(cx.Context, "__init__", counting_init)
    monkeypatch.setattr(cx.Context, "distance", counting_distance)
    monkeypatch.setattr(finder, "_Event", CountingEvent)

    def run(text: str) -> int:
        tally[0] = 0
        ae.extract(text, "2019-01-15")
        return tally[0]

    yield run


@pytest.mark.parametrize(("make", "n"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_work_grows_linearly(
    work: Callable[[str], int], make: Callable[[int], str], n: int
) -> None:
    small, large = make(n), make(GROWTH * n)
    assert ae.find_events(small, "2019-01-15")  # there is work to count
    w_small, w_large = work(small), work(large)
    assert w_small > 0
    ratio = w_large / w_small
    assert ratio <= GROWTH * SLACK, f"{len(small)} → {len(large)} characters: work ×{ratio:.1f}"


def test_counting_sees_the_work(work: Callable[[str], int]) -> None:
    """The counter is not blind: weighing every pair would show in it."""
    text = "اجتماع في 12 يوليوز 2018 بالرباط " * 50
    before = work(text)
    calls = [0]

    def every_event(self: Any, first: int, end: int, before: int, after: int) -> Any:
        calls[0] += 1
        return self.indices  # each item weighed against every event of the text

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(finder._Nearby, "around", every_event)
        assert work(text) > 5 * before
    assert calls[0] > 0
