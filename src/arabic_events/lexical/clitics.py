"""One proclitic stripper for every lexicon lookup, and its inverse for prefilters.

The tables are ``lexicon/clitics.py``. A word of three letters or more may carry
one clitic letter (و ف ب ل ك); one of four or more two (وب ول فب فل وك), or لل
for ل + ال. A lookup that reads fewer of them (only و/ف before a verb, no ك
before a name) passes a letter set of that module and the shortest word it
strips: which letters are clitics is data there, how they come off is written
here once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..lexicon.clitics import (
    ARTICLE,
    COMMON_CLITICS,
    DATE_LAM_ARTICLE_FROM,
    LAM_ARTICLE,
    ONE_LETTER_CLITICS,
    TWO_LETTER_CLITICS,
)

_ALL_CLITICS = ONE_LETTER_CLITICS | TWO_LETTER_CLITICS
_ORDERED_CLITICS = (*sorted(ONE_LETTER_CLITICS), *sorted(TWO_LETTER_CLITICS))


def strip_proclitics(
    word: str, lam_article_from: int | None = DATE_LAM_ARTICLE_FROM
) -> list[tuple[str, int]]:
    """The word and its clitic-stripped forms, with how many characters were stripped.

    لل is read as ل + ال with nothing stripped (there is no clean split, so a span
    keeps the whole word), in words of ``lam_article_from`` letters or more: the
    date lexicon reads it in 4 (للي stays one word, not ل + الي "to"), the time
    lexicon in 3; ``None``: not at all. Forms come bare first, then the longer
    clitic. Any ``str`` is accepted (an empty one gives itself).

    >>> strip_proclitics("وبالرباط")
    [('وبالرباط', 0), ('الرباط', 2), ('بالرباط', 1)]
    >>> strip_proclitics("للاربعاء")
    [('للاربعاء', 0), ('الاربعاء', 0), ('لاربعاء', 1)]
    >>> strip_proclitics("للي"), strip_proclitics("للي", lam_article_from=3)
    ([('للي', 0), ('لي', 1)], [('للي', 0), ('الي', 0), ('لي', 1)])
    >>> strip_proclitics("للاربعاء", lam_article_from=None)
    [('للاربعاء', 0), ('لاربعاء', 1)]
    >>> strip_proclitics("في")
    [('في', 0)]
    """
    forms = [(word, 0)]
    if len(word) < 3:
        return forms
    if lam_article_from is not None and word[:2] == LAM_ARTICLE and len(word) >= lam_article_from:
        forms.append((ARTICLE + word[2:], 0))
    if word[:2] in TWO_LETTER_CLITICS and len(word) >= 4:
        forms.append((word[2:], 2))
    if word[0] in ONE_LETTER_CLITICS:
        forms.append((word[1:], 1))
    return forms


def unclitic(word: str, letters: Collection[str] = COMMON_CLITICS, min_length: int = 4) -> str:
    """The word without its first letter when that is one of the clitic ``letters``
    and the word has ``min_length`` letters or more, else the word itself (the same
    object: ``unclitic(w) is not w`` says a clitic was taken off).

    One letter only: the lookups that read a word this way (a cue word, the noun
    before a name) know the words they look for. Any ``str`` is accepted.

    >>> unclitic("والمؤتمر"), unclitic("بلد"), unclitic("بلد", min_length=3)
    ('المؤتمر', 'بلد', 'لد')
    >>> from ..lexicon.clitics import CONJUNCTIONS
    >>> unclitic("بالرباط", CONJUNCTIONS), unclitic("وقال", CONJUNCTIONS)
    ('بالرباط', 'قال')
    """
    if word[:1] in letters and len(word) >= min_length:
        return word[1:]
    return word


def lam_article(word: str, min_length: int = 2) -> str | None:
    """ال + the rest of a word that begins with لل (ل + ال as written) and has
    ``min_length`` letters or more, else ``None``. Any ``str`` is accepted.

    >>> lam_article("للمؤتمر"), lam_article("لبنان"), lam_article("للي", min_length=4)
    ('المؤتمر', None, None)
    """
    if word[:2] == LAM_ARTICLE and len(word) >= min_length:
        return ARTICLE + word[2:]
    return None


def clitic_forms(
    word: str, letters: Iterable[str] = _ORDERED_CLITICS, lam_article: bool = False
) -> list[tuple[str, int]]:
    """The word and the word behind each clitic of ``letters`` (by default every one-
    and two-letter clitic, one-letter first), with the clitic's length; with
    ``lam_article``, a word in ال also as written after ل (لل, nothing stripped).

    >>> clitic_forms("غد", "وف")
    [('غد', 0), ('وغد', 1), ('فغد', 1)]
    >>> clitic_forms("الغد", (), lam_article=True)
    [('الغد', 0), ('للغد', 0)]
    """
    out = [(word, 0)]
    out.extend((c + word, len(c)) for c in letters)
    if lam_article and word.startswith(ARTICLE):
        out.append((LAM_ARTICLE + word[2:], 0))
    return out


def with_clitics(
    words: Iterable[str], letters: Collection[str] = _ALL_CLITICS, lam_article: bool = True
) -> frozenset[str]:
    """The words and every form :func:`strip_proclitics` reads back to one of them
    (it may hold more: a clitic before a word too short to take one). With other
    ``letters``, the words behind those clitics; with ``lam_article``, a word in ال
    also after ل (لل).

    >>> sorted(with_clitics({"الشهر"}))[:3]
    ['الشهر', 'بالشهر', 'فالشهر']
    >>> sorted(with_clitics({"قال"}, "وف", lam_article=False))
    ['فقال', 'قال', 'وقال']
    """
    out = set(words)
    for w in list(out):
        out.update(c + w for c in letters)
        if lam_article and w.startswith(ARTICLE):
            out.add(LAM_ARTICLE + w[2:])
    return frozenset(out)
