"""One proclitic stripper for every lexicon lookup, and its inverse for prefilters.

The tables are ``lexicon/clitics.py``. A word of three letters or more may carry
one clitic letter (و ف ب ل ك); one of four or more two (وب ول فب فل وك), or لل
for ل + ال.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon.clitics import ARTICLE, LAM_ARTICLE, ONE_LETTER_CLITICS, TWO_LETTER_CLITICS

_ALL_CLITICS = ONE_LETTER_CLITICS | TWO_LETTER_CLITICS


def strip_proclitics(word: str, lam_article_from: int = 4) -> list[tuple[str, int]]:
    """The word and its clitic-stripped forms, with how many characters were stripped.

    لل is read as ل + ال with nothing stripped (there is no clean split, so a span
    keeps the whole word), in words of ``lam_article_from`` letters or more: the
    date lexicon reads it in 4 (للي stays one word, not ل + الي "to"), the time
    lexicon in 3. Forms come bare first, then the longer clitic.

    >>> strip_proclitics("وبالرباط")
    [('وبالرباط', 0), ('الرباط', 2), ('بالرباط', 1)]
    >>> strip_proclitics("للاربعاء")
    [('للاربعاء', 0), ('الاربعاء', 0), ('لاربعاء', 1)]
    >>> strip_proclitics("للي"), strip_proclitics("للي", lam_article_from=3)
    ([('للي', 0), ('لي', 1)], [('للي', 0), ('الي', 0), ('لي', 1)])
    >>> strip_proclitics("في")
    [('في', 0)]
    """
    forms = [(word, 0)]
    if len(word) < 3:
        return forms
    if word[:2] == LAM_ARTICLE and len(word) >= lam_article_from:
        forms.append((ARTICLE + word[2:], 0))
    if word[:2] in TWO_LETTER_CLITICS and len(word) >= 4:
        forms.append((word[2:], 2))
    if word[0] in ONE_LETTER_CLITICS:
        forms.append((word[1:], 1))
    return forms


def with_clitics(words: Iterable[str]) -> set[str]:
    """The words and every form :func:`strip_proclitics` reads back to one of them
    (it may hold more: a clitic before a word too short to take one).

    >>> sorted(with_clitics({"الشهر"}))[:3]
    ['الشهر', 'بالشهر', 'فالشهر']
    """
    out = set(words)
    for w in list(out):
        out.update(c + w for c in _ALL_CLITICS)
        if w.startswith(ARTICLE):
            out.add(LAM_ARTICLE + w[2:])
    return out
