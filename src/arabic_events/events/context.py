"""The context every event decision reads: sentences, distances, and cue words.

Distances are counted in tokens inside one sentence. A date or place after a
trigger is closer than the same count before it (news writes "اجتماع … يوم X"
more often than the reverse), and every comma between them adds to the
distance, so each date and place goes to the event it most likely belongs to.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter
from typing import Any

from ..lexical import Token, key, unclitic, with_clitics
from ..lexicon import event_cues as cues
from ..lexicon.clitics import CONJUNCTIONS
from ..normalize import normalize

_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ":"})
_COMMAS = frozenset({"،", ","})
_START = itemgetter(1)  # a token's start offset


def _counts_before(positions: list[int], n: int) -> list[int]:
    """For each i in 0..n, how many of the ascending ``positions`` are below i."""
    out: list[int] = []
    for count, j in enumerate(positions):
        out.extend([count] * (j + 1 - len(out)))
    out.extend([len(positions)] * (n + 1 - len(out)))
    return out


BEFORE_PENALTY = 5
COMMA_PENALTY = 2


def _phrases(words: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for w in words:
        keys = tuple(key(x) for x in w.split())
        index.setdefault(keys[0], []).append(keys)
    for bucket in index.values():
        bucket.sort(key=len, reverse=True)
    return index


def _labelled(tables: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases of several labelled tables in one index: first key -> (keys, label)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for label, words in tables.items():
        for w in words:
            keys = tuple(key(x) for x in w.split())
            index.setdefault(keys[0], []).append((keys, label))
    for bucket in index.values():
        bucket.sort(key=lambda entry: len(entry[0]), reverse=True)
    return index


#: Every status cue and habitual cue, one lookup per token.
CUE_INDEX = _labelled({**cues.STATUS_CUES, "habitual": cues.HABITUAL_CUES})
REPORTING = frozenset(key(w) for w in cues.REPORTING_VERBS)
#: A reporting verb, bare or behind و/ف.
REPORTING_FORMS = with_clitics(REPORTING, CONJUNCTIONS, lam_article=False)
BINDERS = frozenset(key(w) for w in cues.RELATIVE_BINDERS)
ANAPHORA_BEFORE = frozenset(key(w) for w in cues.ANAPHORA_BEFORE)
ANAPHORA_AFTER = frozenset(key(w) for w in cues.ANAPHORA_AFTER)
TEMPORAL = frozenset(key(w) for w in cues.TEMPORAL_BEFORE_DATE)
NOT_CUE_AFTER = {
    key(w): frozenset(key(b) for b in before) for w, before in cues.NOT_CUE_AFTER.items()
}
TARGET_WORDS = frozenset(key(w) for w in cues.TARGET_WORDS)
PARTICIPANT_CUES = _phrases(cues.PARTICIPANT_CUES)
PARTICIPANT_STOPS = frozenset(key(w) for w in cues.PARTICIPANT_STOPS)
PERIODIC = frozenset(key(w) for w in cues.PERIODIC_WORDS)
FRAME_WORDS = frozenset(key(w) for w in cues.FRAME_WORDS)
FRAME_FILLERS = frozenset(key(w) for w in cues.FRAME_FILLERS)
SINCE = frozenset(key(w) for w in cues.SINCE_WORDS)
NAMING_BEFORE = frozenset(key(w) for w in cues.NAMING_BEFORE_DATE)
DOCUMENT_DATE = frozenset(key(w) for w in cues.DOCUMENT_DATE_WORDS)
OTHER_HEADS = frozenset(key(w) for w in cues.OTHER_HEADS)
NOUN_PHRASE_BREAKS = frozenset(key(w) for w in cues.NOUN_PHRASE_BREAKS)
NOT_FUTURE = frozenset(normalize(w) for w in cues.NOT_FUTURE_VERBS)
END_BOUNDS = frozenset(key(w) for w in cues.END_BOUND_WORDS)
INSTEAD = frozenset(key(w) for w in cues.INSTEAD_WORDS)
DURING_IT = frozenset(key(w) for w in cues.DURING_IT)
HOLDING = frozenset(key(w) for w in cues.HOLDING_VERBS)
HOST_VERBS = frozenset(key(w) for w in cues.HOST_VERBS)
PURPOSE = frozenset(key(w) for w in cues.PURPOSE_WORDS)
OTHER_NOUN_BEFORE = frozenset(key(w) for w in cues.OTHER_NOUN_BEFORE)
RELATIVE_PRONOUNS = frozenset(key(w) for w in cues.RELATIVE_PRONOUNS)
COMMAS = _COMMAS
THAT_OR_QUOTE = frozenset(key(w) for w in cues.THAT_OR_QUOTE)
#: A past reporting verb, bare or behind و/ف (all of them are in REPORTING_FORMS).
PAST_REPORTING = with_clitics(map(key, cues.PAST_REPORTING_VERBS), CONJUNCTIONS, lam_article=False)
FIRST_SITTING = frozenset(key(w) for w in cues.FIRST_SITTING_WORDS)
#: An inclusion verb, bare or behind و/ف.
INCLUSION = with_clitics(map(key, cues.INCLUSION_VERBS), CONJUNCTIONS, lam_article=False)
CEREMONY_OF = frozenset(key(w) for w in cues.CEREMONY_OF_WORDS)
AGENDA_HEADS = frozenset(key(w) for w in cues.AGENDA_HEADS)
TOPIC_WORDS = frozenset(key(w) for w in cues.TOPIC_PREPOSITIONS)
THAT_WORDS = frozenset(key(w) for w in cues.THAT_WORDS)
STATEMENT_FRAMES = frozenset(key(w) for w in cues.STATEMENT_FRAME_WORDS)
CLAUSE_BOUNDARIES = frozenset(key(w) for w in cues.CLAUSE_BOUNDARIES if " " not in w)
CLAUSE_BOUNDARY_PAIRS = frozenset(
    (key(w.split()[0]), key(w.split()[1])) for w in cues.CLAUSE_BOUNDARIES if " " in w
)
#: A relative pronoun, bare or behind و/ف.
RELATIVE_FORMS = with_clitics(RELATIVE_PRONOUNS, CONJUNCTIONS, lam_article=False)
CLAUSE_PAIR_FIRSTS = frozenset(a for a, _ in CLAUSE_BOUNDARY_PAIRS)
#: وذلك, and ذلك (after a separate و), before the setting of the event just named.
EXPLAINING = frozenset(key(w) for w in cues.EXPLAINING_WORDS)
EXPLAINING_APART = key("ذلك")
#: Every word a clause rule looks for.
CLAUSE_WORDS = CLAUSE_BOUNDARIES | CLAUSE_PAIR_FIRSTS | RELATIVE_FORMS | OTHER_NOUN_BEFORE | COMMAS
#: The keys ``Context.marks`` lists: few in a text, and all that several rules look for.
MARKED = (
    _SENTENCE_END
    | CLAUSE_WORDS
    | THAT_OR_QUOTE
    | THAT_WORDS
    | PURPOSE
    | REPORTING_FORMS
    | INCLUSION
    | EXPLAINING
    | {EXPLAINING_APART}
)


class Context:
    """Sentences and comma positions of one tokenized text."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        marks: list[int] | None = None,
        keys: list[str] | None = None,
    ) -> None:
        """``marks``: the tokens whose key is in ``MARKED``, and ``keys``: the tokens'
        keys, when already found (``scan.py``)."""
        self.tokens = tokens
        # the keys, read by the rules far more often than built (map and itemgetter: in C)
        self.keys: list[str] = list(map(itemgetter(0), tokens)) if keys is None else keys
        self._positions: dict[frozenset[str], list[int]] = {}  # see next_of
        # what a rule works out once per text and reads again (the finder's clause index)
        self.memo: dict[str, Any] = {}
        # A new sentence starts at a token after a newline (in the gap before it) and
        # after a sentence-final mark outside a number. The few newlines and marks are
        # found first and the sentence numbers summed up from them: the same numbers as
        # a walk over every token asking both questions, without the walk.
        n = len(tokens)
        step = [0] * n
        if n:
            nl = text.find("\n", tokens[0].end)
            while nl != -1:
                i = bisect_right(tokens, nl, key=_START)  # the first token after the newline
                if i >= n:
                    break
                if tokens[i - 1].end <= nl:
                    step[i] = 1  # one new sentence, however many newlines
                    nl = text.find("\n", tokens[i].start)
                else:  # a newline inside a token is no break; look on after it
                    nl = text.find("\n", tokens[i - 1].end)
        # the tokens whose key is in MARKED, in text order: one pass over the keys
        # serves every rule that looks for those words (see next_of)
        if marks is None:
            marks = [i for i, k in enumerate(self.keys) if k in MARKED]
        self.marks = marks
        for i in self.marked(_SENTENCE_END):
            if i + 1 < n and not self._inside_number(i):
                step[i + 1] += 1
        self.sentence: list[int] = list(accumulate(step))
        # commas among tokens[0:i], counted up from the commas among the marks
        self.commas_before = _counts_before(self.marked(_COMMAS), n)

    def marked(self, words: frozenset[str]) -> list[int]:
        """Ascending indexes of the marks (``self.marks``) whose key is one of ``words``.

        >>> from ..lexical import tokenize
        >>> text = "قال إن الاجتماع، الذي عقد أمس، كان مثمرا."
        >>> Context(text, tokenize(text)).marked(COMMAS)
        [3, 7]
        """
        keys = self.keys
        return [i for i in self.marks if keys[i] in words]

    def next_of(self, keys: frozenset[str], i: int) -> int:
        """Index of the first token at or after ``i`` whose key is in ``keys``.

        ``len(tokens)`` when there is none. The positions of ``keys`` are listed
        on the first call, so asking again costs a bisection, not a scan.
        """
        positions = self._positions.get(keys)
        if positions is None:
            # words of MARKED are all in self.marks: no need to read the other tokens
            if keys <= MARKED:
                positions = self.marked(keys)
            else:
                positions = [j for j, k in enumerate(self.keys) if k in keys]
            self._positions[keys] = positions
        k = bisect_left(positions, i)
        return positions[k] if k < len(positions) else len(self.tokens)

    def _inside_number(self, i: int) -> bool:
        t = self.tokens
        return (
            0 < i < len(t) - 1
            and t[i - 1].end == t[i].start
            and t[i].end == t[i + 1].start
            and t[i + 1].key[:1].isdecimal()
        )

    def distance(
        self, trigger: tuple[int, int], item: tuple[int, int], before_penalty: int = BEFORE_PENALTY
    ) -> int | None:
        """Weighted distance from a trigger to an item in the same sentence, else ``None``.

        Dates and places after a trigger are nearer than before it (``before_penalty``);
        status cues are not (من المقرر أن يعقد اجتماع), so they pass 0.
        """
        a, b = trigger
        c, d = item
        # (written out without min/max or tuples: the rules ask this thousands of
        # times a text)
        sentence = self.sentence
        last = len(sentence) - 1
        if sentence[a] != sentence[c if c < last else last]:
            return None
        commas = self.commas_before
        if c >= b:
            return c - b + COMMA_PENALTY * (commas[c] - commas[b])
        gap = a - d if a > d else 0
        return gap + before_penalty + COMMA_PENALTY * (commas[a] - commas[d])

    def labelled_phrases_at(
        self, index: dict[str, list[tuple[tuple[str, ...], str]]], i: int
    ) -> list[tuple[int, str]]:
        """(length, label) of the longest phrase of each label at token ``i`` (و/ف allowed)."""
        text_keys = self.keys
        k = text_keys[i]
        found: dict[str, int] = {}
        bare = unclitic(k, CONJUNCTIONS, 3)
        for form in (k, bare) if bare is not k else (k,):
            for keys, label in index.get(form, ()):
                n = len(keys)
                # one word needs no more; the tuple of the next keys equals the phrase's
                # other keys exactly when they are all in the text and all the same
                if label not in found and (n == 1 or tuple(text_keys[i + 1 : i + n]) == keys[1:]):
                    found[label] = n
        return [(n, label) for label, n in found.items()]

    def phrase_at(self, index: dict[str, list[tuple[str, ...]]], i: int) -> int:
        """Length in tokens of a phrase of ``index`` at token ``i`` (clitic و/ف allowed), else 0."""
        k = self.tokens[i].key
        bare = unclitic(k, CONJUNCTIONS, 3)
        for form in (k, bare) if bare is not k else (k,):
            for keys in index.get(form, ()):
                n = len(keys)
                if i + n <= len(self.tokens) and all(
                    self.tokens[i + j].key == keys[j] for j in range(1, n)
                ):
                    return n
        return 0
