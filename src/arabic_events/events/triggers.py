"""Trigger words: every surface form of the lexicon's event nouns and verbs.

The trigger table (``lexicon/triggers.py``) is expanded once into a dictionary
from normalized surface form to its reading: clitics, article, dual, plural,
pronouns, verb persons and the future prefix. Matching a token is then a
single lookup. Words are matched as normalized (ة kept), because a ه ending
often means another word (دوره is "his role", not a session).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from ..dates import anchors
from ..lexical import (
    Category,
    Token,
    clitic_forms,
    key,
    lam_article,
    readings,
    unclitic,
    with_clitics,
)
from ..lexicon import event_cues as cues
from ..lexicon import triggers as tr
from ..lexicon.clitics import COMMON_CLITICS, CONJUNCTIONS, NOUN_PREFIXES, VERB_PREFIXES
from ..normalize import normalize
from . import context as cx

PRONOUNS = ("ه", "ها", "هما", "هم", "هن", "نا", "كم")
_PERSONS = ("ي", "ت", "ن", "ا")
_ENDINGS = ("", "ون", "ان", "ن", "ا", "وا", "ين")


@dataclass(frozen=True, slots=True)
class Form:
    """What a trigger surface form is: event type, noun or verb, tense for verbs."""

    type: str
    pos: str  # "noun" or "verb"
    tense: str  # "past", "future", "present", or "" for nouns
    definite: bool  # carries the article


def _noun_suffixes(stem: str, klass: str) -> list[tuple[str, bool]]:
    """(form without prefix, whether the article may go before it)."""
    bare: list[str]
    with_pronoun: list[str]
    if klass == "masc":
        bare = [stem + s for s in ("", "ا", "ات", "ين", "ان")]
        with_pronoun = [stem + p for p in PRONOUNS] + [stem + "ات" + p for p in PRONOUNS]
    elif klass in ("fem", "maqsura_wa"):
        base = stem + "و" if klass == "maqsura_wa" else stem
        bare = [base + s for s in ("ة", "ات", "تين", "تان")]
        with_pronoun = [base + "ت" + p for p in PRONOUNS] + [base + "ات" + p for p in PRONOUNS]
    elif klass == "hamza":
        root = stem[:-1]
        bare = [stem + s for s in ("", "ا", "ات", "ين", "ان")]
        with_pronoun = (
            [root + "ئ" + p for p in PRONOUNS]
            + [stem + p for p in PRONOUNS]
            + [stem + "ات" + p for p in PRONOUNS]
        )
    elif klass == "maqsura":
        bare = [stem + s for s in ("ى", "يات", "يين", "يان")]
        with_pronoun = [stem + "ا" + p for p in PRONOUNS] + [stem + "يات" + p for p in PRONOUNS]
    elif klass == "plural":
        bare = [stem]
        with_pronoun = [stem + p for p in PRONOUNS]
    else:  # fixed
        bare, with_pronoun = [stem], []
    return [(f, True) for f in bare] + [(f, False) for f in with_pronoun]


@cache
def surface_forms() -> dict[str, Form]:
    """Every normalized surface form of every trigger, built on first use."""
    forms: dict[str, Form] = {}

    def put(surface: str, form: Form) -> None:
        # affixes are plain letters that normalization leaves alone, so only the
        # words from the table (already normalized below) could change
        forms.setdefault(surface, form)

    for past_raw, present_raw, type_, transitive in tr.VERBS:
        past_forms = [normalize(p) for p in past_raw]
        present = normalize(present_raw)
        objects = ("",) + (PRONOUNS if transitive else ())
        for pre in VERB_PREFIXES:
            for past in past_forms:
                for obj in objects:
                    put(pre + past + obj, Form(type_, "verb", "past", False))
        for pre in VERB_PREFIXES:
            for future in ("", "س", "ل"):
                for person in _PERSONS:
                    for ending in _ENDINGS:
                        for obj in objects:
                            tense = "future" if future == "س" else "present"
                            put(
                                pre + future + person + present + ending + obj,
                                Form(type_, "verb", tense, False),
                            )
    for stem_raw, type_, klass in tr.NOUNS:
        for form_raw, article_ok in _noun_suffixes(stem_raw, klass):
            form = normalize(form_raw)
            for pre in NOUN_PREFIXES:
                definite = pre.endswith("ال") or pre.endswith("لل")
                if definite and not article_ok:
                    continue
                put(pre + form, Form(type_, "noun", "", definite))
    for word in tr.NOT_TRIGGER_FORMS:
        forms.pop(normalize(word), None)
    return forms


_PHRASE_FIRST = {
    key(w): (tuple(key(x) for x in second), t) for firsts, second, t in tr.PHRASES for w in firsts
}
_NEXT_TYPE = {
    t: ({key(w) for w in words} | {"ال" + key(w) for w in words}, new)
    for t, (words, new) in tr.TYPE_BY_NEXT_WORD.items()
}  # ندوة صحفية and الندوة الصحفية
_NOT_NEXT = {t: {key(w) for w in words} for t, words in tr.NOT_EVENT_NEXT.items()}
_NOT_PREVIOUS = {key(w) for w in tr.NOT_EVENT_PREVIOUS}
_CONVENING = {normalize(w) for w in tr.CONVENING_VERBS}
_OFF_TOPIC = {key(w) for w in tr.OFF_TOPIC_WORDS}
_OFF_TOPIC_WINDOW = 3
_KEY = itemgetter(0)  # a token's key, in C
_NOT_PHRASES = {tuple(key(w) for w in phrase.split()) for phrase in tr.NOT_EVENT_PHRASES}
_NOT_PHRASE_WORDS = frozenset(w for phrase in _NOT_PHRASES for w in phrase)
_OFF_TOPIC_TYPES = frozenset(tr.OFF_TOPIC_TYPES)
_PERIODIC = {key(w) for w in tr.PERIODIC_ADJECTIVES}
_SPORT_WORDS = {tuple(key(x) for x in w.split()) for w in tr.SPORT_SENTENCE_WORDS}
_SPORT_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}  # first key -> the phrases it begins
for _words in _SPORT_WORDS:
    _SPORT_BY_FIRST.setdefault(_words[0], []).append(_words)
_EDITION_OWNERS = {key(w) for w in tr.EDITION_OWNERS}
_NOT_SITTING_NEXT = {key(w) for w in tr.NOT_SITTING_NEXT}
_TERM_BEFORE = {key(w) for w in tr.TERM_BEFORE}
_EXAM_WORDS = {key(w) for w in tr.EXAM_WORDS}
_EXAM_OR_OWNER = frozenset(_EXAM_WORDS | _EDITION_OWNERS)
_NAMES = [[key(x) for x in w.split()] for w in tr.NOT_EVENT_NAMES]
_NAMES_BY_FIRST: dict[str, list[list[str]]] = {}  # first key -> the keys after it
for _name in _NAMES:
    _NAMES_BY_FIRST.setdefault(_name[0], []).append(_name[1:])
_PARTY_NOUNS = {key(w) for w in tr.PARTY_NOUNS}
_COMPLETE_NEXT = {key(w) for w in tr.COMPLETE_NEXT}
_WELCOME_BEFORE = {key(w) for w in tr.RECEPTION_WELCOME_BEFORE}
_GENERIC_AFTER = {key(w) for w in tr.GENERIC_PLURAL_AFTER}
_GENERIC_BEFORE = {key(w) for w in tr.GENERIC_BEFORE}
_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ":"})
_LASTING = tuple(key(w) for w in cues.LASTING_STEMS)
_PRESS = {key(w) for w in cues.PRESS_WORDS}


@dataclass(slots=True)
class Hit:
    """A trigger found at tokens ``first``..``end`` (exclusive)."""

    first: int
    end: int
    type: str
    pos: str
    tense: str
    definite: bool
    lasting: bool = False  # an event of several days (see lexicon LASTING_STEMS)


@cache
def trigger_words() -> frozenset[str]:
    """Every word a trigger or a trigger phrase can start with, as written (ة kept).

    Built from the same tables the lookups use; a word outside it is no trigger,
    so :func:`find_triggers` looks only at the tokens in it.
    """
    firsts = set(with_clitics(_PHRASE_FIRST, COMMON_CLITICS, lam_article=False))
    # a key ends in ه where the word may end in ة
    firsts |= {w[:-1] + "ة" for w in firsts if w.endswith("ه")}
    return frozenset(surface_forms()) | firsts


def trigger_starts(tokens: list[Token]) -> Iterable[int]:
    """Indexes of the tokens a trigger may start at (every token with the prefilter off).

    >>> from ..lexical import tokenize
    >>> from ..normalize import normalize
    >>> list(trigger_starts(tokenize(normalize("عقد المجلس اجتماعه الأسبوعي"))))
    [2]
    """
    if not anchors.ENABLED:
        return range(len(tokens))
    words = trigger_words()
    return [i for i, t in enumerate(tokens) if t.word in words]


@cache
def cue_words() -> anchors.PhraseStarts:
    """Every key a status or habitual cue can start with, bare or behind و/ف.

    The value is ``None`` when a one-word cue has that key, else the keys the
    second word of its phrases can have (من المقرر: من is a cue only before المقرر …).
    """
    return anchors.phrase_starts(
        (surface, keys)
        for first, bucket in cx.CUE_INDEX.items()
        for surface, _clitic in clitic_forms(first, CONJUNCTIONS)
        for keys, _label in bucket
    )


def cue_starts(tokens: list[Token]) -> Iterable[int]:
    """Indexes of the tokens a cue phrase may start at (every token with the prefilter off).

    >>> from ..lexical import tokenize
    >>> from ..normalize import normalize
    >>> list(cue_starts(tokenize(normalize("تقرر تأجيل الاجتماع إلى الأسبوع المقبل"))))
    [1, 5]
    """
    return anchors.phrase_positions(tokens, cue_words())


def find_triggers(
    tokens: list[Token], starts: Iterable[int] | None = None, keys: list[str] | None = None
) -> list[Hit]:
    """Every event trigger among the tokens, with the senses that are not events left out.

    ``starts``: the tokens ``trigger_starts`` keeps, and ``keys`` the tokens' keys, when
    already found (``scan.py``).
    """
    hits: list[Hit] = []
    forms = surface_forms()
    n = len(tokens)
    i = 0
    if starts is None:
        starts = trigger_starts(tokens)
    if keys is None:
        keys = list(map(_KEY, tokens))
    # every token whose word is a trigger form is among the trigger starts: the rules
    # after the loop that look for such words read only these, in text order
    formed: list[int] = []
    rounds: dict[int, bool] = {}  # _other_round, asked once per token
    for start in starts:
        form = forms.get(tokens[start].word)
        if form is not None:
            formed.append(start)
        if start < i:
            continue
        i = start
        k = keys[i]
        phrase = _phrase_first(k)
        if phrase and i + 1 < n and keys[i + 1] in phrase[0]:
            hits.append(Hit(i, i + 2, phrase[1], "noun", "", k.startswith("ال")))
            i += 2
            continue
        if form is not None and not _excluded(tokens, keys, i, form, rounds):
            type_ = form.type
            if type_ in _NEXT_TYPE:
                type_ = _retype(keys, i, type_)
            hits.append(Hit(i, i + 1, type_, form.pos, form.tense, form.definite))
    hits = _drop_convening_verbs(_drop_complements(_drop_editions(hits, keys)), tokens, keys)
    hits = _drop_other_sittings(hits, tokens, keys, formed, rounds)
    return _mark_lasting(_drop_named(hits, keys, formed), keys)


@lru_cache(maxsize=8192)
def _phrase_first(k: str) -> tuple[tuple[str, ...], str] | None:
    """The trigger phrase a word may begin (its second words and type), cached by word."""
    return _PHRASE_FIRST.get(unclitic(k)) or _PHRASE_FIRST.get(k)


def _mark_lasting(hits: list[Hit], keys: list[str]) -> list[Hit]:
    """Mark the events that last several days (a دورة, a conference, a fair, a visit …).

    The hits are :func:`find_triggers`' own: marked in place."""
    for h in hits:
        if _lasting_stem(keys[h.first]) and (h.end >= len(keys) or keys[h.end] not in _PRESS):
            h.lasting = True
    return hits


def _drop_convening_verbs(hits: list[Hit], tokens: list[Token], keys: list[str]) -> list[Hit]:
    """يلتئم بتونس … المنتدى: a meeting verb whose subject is an event is that event's verb.

    The event noun must follow in the same clause (no punctuation between them).
    """
    return [
        h
        for k, h in enumerate(hits)
        if not (
            h.pos == "verb"
            and tokens[h.first].word in _CONVENING
            and k + 1 < len(hits)
            and _convened(h, hits[k + 1], keys)
        )
    ]


def _convened(verb: Hit, nxt: Hit, keys: list[str]) -> bool:
    """The event noun ``nxt`` is the subject of the meeting verb ``verb``."""
    return (
        nxt.pos == "noun"
        and nxt.definite
        and nxt.first - verb.end <= tr.CONVENING_REACH
        and all(k[:1].isalnum() for k in keys[verb.end : nxt.first])
    )


def _drop_complements(hits: list[Hit]) -> list[Hit]:
    """جلسة مشاورات: the talks noun right after a session or meeting noun is its content."""
    return [
        h
        for k, h in enumerate(hits)
        if not (
            k
            and h.type in tr.COMPLEMENT_TYPES
            and hits[k - 1].pos == "noun"
            and hits[k - 1].type != h.type
            and hits[k - 1].end == h.first
        )
    ]


def _drop_editions(hits: list[Hit], keys: list[str]) -> list[Hit]:
    """الدورة الـ18 للمهرجان: the edition word gives way to the event it is an edition of."""
    return [
        h
        for k, h in enumerate(hits)
        if not (
            h.type in tr.EDITION_TYPES
            and _edition_stem(keys[h.first])
            and k + 1 < len(hits)
            and hits[k + 1].type in tr.EDITION_OF_TYPES
            and hits[k + 1].pos == "noun"
            and hits[k + 1].first - h.end <= tr.EDITION_REACH
        )
    ]


def _retype(keys: list[str], i: int, type_: str) -> str:
    rule = _NEXT_TYPE.get(type_)
    if rule and i + 1 < len(keys) and keys[i + 1] in rule[0]:
        return rule[1]
    return type_


def _excluded(
    tokens: list[Token], keys: list[str], i: int, form: Form, rounds: dict[int, bool]
) -> bool:
    """The trigger word is used in another sense here (قمة الجبل، قصر المؤتمرات، لقاء مبلغ).

    The tests by the next and the previous word come first, those that read a window
    of the sentence last."""
    here = keys[i]
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    prev = keys[i - 1] if i > 0 else ""
    if nxt in _NOT_NEXT.get(form.type, ()) or prev in _NOT_PREVIOUS:
        return True
    if here in _NOT_PHRASE_WORDS and ((prev, here) in _NOT_PHRASES or (here, nxt) in _NOT_PHRASES):
        return True
    if _generic(here, prev, nxt) or (prev == "في" and _welcome(keys, i)):
        return True
    word = tokens[i].word
    if word == "التام" and (prev.startswith("ال") or _complete_adjective(prev, nxt)):
        return True  # الدعم التام: the adjective "complete", written like the verb
    # لقاء before a number means "in return for" (لقاء 100 درهم)
    if word in ("لقاء", "ولقاء") and nxt[:1].isdecimal():
        return True
    if form.type in _OFF_TOPIC_TYPES:
        window = keys[i + 1 : i + 1 + _OFF_TOPIC_WINDOW]
        if not _OFF_TOPIC.isdisjoint(window) and any(  # no off-topic word: no need to ask
            key in _OFF_TOPIC and not (k == 0 and key in _PERIODIC) for k, key in enumerate(window)
        ):
            return True  # sport: الدورة الثانية من البطولة
    if _edition_stem(here):
        return _other_round(tokens, keys, i, rounds)
    return _sport_prone(here) and _sport_sentence(keys, i)


def _other_round(tokens: list[Token], keys: list[str], i: int, rounds: dict[int, bool]) -> bool:
    """The دورة at token ``i`` is no sitting, or is a match: asked once per token, the
    answer kept in ``rounds``."""
    got = rounds.get(i)
    if got is None:
        got = rounds[i] = _not_a_sitting(tokens, keys, i) or _sport_sentence(keys, i)
    return got


# The stem tests below depend on the word alone and run for every trigger: cached by
# word, as news repeats its trigger words.


@lru_cache(maxsize=8192)
def _edition_stem(k: str) -> bool:
    return any(stem in k for stem in tr.EDITION_STEMS)


@lru_cache(maxsize=8192)
def _lasting_stem(k: str) -> bool:
    return any(stem in k for stem in _LASTING)


@lru_cache(maxsize=8192)
def _sport_prone(k: str) -> bool:
    return any(stem in k for stem in tr.SPORT_PRONE_STEMS)


def _sentence_window(keys: list[str], i: int, reach: int) -> list[str]:
    """The keys of ``i``'s sentence within ``reach`` of it, on both sides."""
    lo = i
    while lo > 0 and i - lo < reach and keys[lo - 1] not in _SENTENCE_END:
        lo -= 1
    hi = i + 1
    while hi < len(keys) and hi - i < reach and keys[hi] not in _SENTENCE_END:
        hi += 1
    return keys[lo:hi]


def _sport_sentence(keys: list[str], i: int) -> bool:
    """يلتقي الجاران … للفريقين: لقاء، قمة or دورة in a match report is a match."""
    if not _sport_prone(keys[i]):
        return False
    reach = tr.SPORT_SENTENCE_REACH
    # the sentence window lies within these tokens: no phrase's first word among them
    # (most texts), no phrase in the window
    if _SPORT_BY_FIRST.keys().isdisjoint(keys[max(0, i - reach) : i + reach]):
        return False
    window = _sentence_window(keys, i, reach)
    # only the phrases whose first word is window[j] can match at j
    return any(
        tuple(window[j : j + len(words)]) == words
        for j, k in enumerate(window)
        if k in _SPORT_BY_FIRST
        for words in _SPORT_BY_FIRST[k]
    )


def _not_a_sitting(tokens: list[Token], keys: list[str], i: int) -> bool:
    """دورة as an exam round, a term or a contest's edition (دورة يونيو 2025، الدورة
    الانتخابية، السنة الثانية للدورة التاسعة، مسابقة … في دورتها الثانية)."""
    nxt = keys[i + 1 : i + 1 + tr.EDITION_REACH]
    if nxt and nxt[0] in _NOT_SITTING_NEXT:
        return True
    if not _EXAM_OR_OWNER.isdisjoint(nxt):
        return True
    if not _TERM_BEFORE.isdisjoint(keys[max(0, i - tr.TERM_REACH) : i]):
        return True
    if _year_after(keys, i + 1) or (
        _year_after(keys, i + 2)  # (before the readings of the month, which cost more)
        and any(r.cat is Category.MONTH for r in readings(tokens, i + 1))
    ):
        return True
    word = keys[i]
    possessed = word.endswith(("ته", "تها", "تهم")) and not word.startswith("ال")
    after_prep = word[:1] == "ب" or (i > 0 and keys[i - 1] in ("في", "ضمن"))
    if possessed and after_prep:
        before = keys[max(0, i - tr.EDITION_OWNER_REACH) : i]
        return any(unclitic(k) in _EDITION_OWNERS or k in _EDITION_OWNERS for k in before)
    return False


def _year_after(keys: list[str], j: int) -> bool:
    return j < len(keys) and len(keys[j]) == 4 and keys[j].isdecimal()


def _generic(here: str, prev: str, nxt: str) -> bool:
    """المحاضرات والندوات، في الاجتماعات السابقة، كل اجتماع: no one occurrence."""
    if prev in _GENERIC_BEFORE:
        return True
    if not _definite_plural(here):
        return False
    if nxt in _GENERIC_AFTER:
        return True
    return here.startswith("وال") and prev.startswith(("ال", "بال", "لل")) and prev.endswith("ات")


@lru_cache(maxsize=8192)
def _definite_plural(k: str) -> bool:
    """الاجتماعات، والندوات، للمحاضرات (cached by word, as the stem tests above)."""
    return unclitic(k, min_length=1).startswith(("ال", "ل")) and k.endswith("ات")


def _welcome(keys: list[str], i: int) -> bool:
    """كان في استقباله بالمطار: a welcome on arrival, not an audience."""
    return (
        i > 1
        and keys[i - 1] == "في"
        and keys[i].startswith("استقبال")
        and keys[i - 2] in _WELCOME_BEFORE
    )


@lru_cache(maxsize=8192)
def _bare_name_key(k: str) -> str:
    """The word without a clitic before its article: والمؤتمر → المؤتمر، للمؤتمر → المؤتمر."""
    article = lam_article(k)
    if article is not None:
        return article
    bare = unclitic(k, min_length=1)
    return bare if bare[:2] == "ال" else k


def _drop_named(hits: list[Hit], keys: list[str], formed: list[int]) -> list[Hit]:
    """Triggers that begin a name: the table of names, and every later mention of a name
    first seen after a party or organization noun (لحزب المؤتمر الوطني … رئيس المؤتمر الوطني).

    ``formed``: the tokens whose word is a trigger form, in text order."""
    if not hits:
        return hits
    n = len(keys)
    seen = {  # (first word, next word) of the names of this text
        (_bare_name_key(keys[j]), keys[j + 1])
        for j in formed
        if 0 < j < n - 1 and keys[j - 1] in _PARTY_NOUNS
    }
    out = []
    for h in hits:
        first = _bare_name_key(keys[h.first])
        names = _NAMES_BY_FIRST.get(first)
        if names is None and not seen:
            out.append(h)
            continue
        nxt = keys[h.first + 1] if h.first + 1 < n else None
        if (first, nxt) in seen or any(
            keys[h.first + 1 : h.first + 1 + len(rest)] == rest for rest in names or ()
        ):
            continue
        out.append(h)
    return out


def _drop_other_sittings(
    hits: list[Hit],
    tokens: list[Token],
    keys: list[str],
    formed: list[int],
    rounds: dict[int, bool],
) -> list[Hit]:
    """هذه الدورة after an exam round or an edition: the same round, not a sitting.

    ``formed``: the tokens whose word is a trigger form, in text order; ``rounds``:
    what :func:`_other_round` already said of them."""
    # the first such round or edition is all the rule needs
    first_other = next(
        (j for j in formed if _edition_stem(keys[j]) and _other_round(tokens, keys, j, rounds)),
        None,
    )
    if first_other is None:
        return hits
    return [
        h
        for h in hits
        if not (
            _edition_stem(keys[h.first])
            and h.first > first_other
            and h.first > 0
            and keys[h.first - 1] in tr.DEMONSTRATIVES
        )
    ]


def _complete_adjective(prev: str, nxt: str) -> bool:
    """دعمه التام للمبادرة، رفضها التام: التام after a possessed noun, or before a
    preposition or a punctuation mark, is "complete", not التأم "convened"."""
    possessed = len(prev) > 3 and prev.endswith(tr.POSSESSIVE_SUFFIXES)
    return possessed or not nxt[:1].isalnum() or nxt in _COMPLETE_NEXT or nxt.startswith("لل")
