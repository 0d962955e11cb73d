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
from functools import cache

from ..dates import anchors
from ..dates.lexer import Token, key
from ..lexicon import triggers as tr
from ..normalize import normalize
from . import context as cx

PRONOUNS = ("ه", "ها", "هما", "هم", "هن", "نا", "كم")
_NOUN_PREFIXES = (
    *(a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ال")),
    "لل",
    "ولل",
    "فلل",
)
_VERB_PREFIXES = ("", "و", "ف")
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
        for pre in _VERB_PREFIXES:
            for past in past_forms:
                for obj in objects:
                    put(pre + past + obj, Form(type_, "verb", "past", False))
        for pre in _VERB_PREFIXES:
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
            for pre in _NOUN_PREFIXES:
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
_NOT_PHRASES = {tuple(key(w) for w in phrase.split()) for phrase in tr.NOT_EVENT_PHRASES}


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found at tokens ``first``..``end`` (exclusive)."""

    first: int
    end: int
    type: str
    pos: str
    tense: str
    definite: bool


_PHRASE_CLITICS = ("و", "ف", "ب", "ل")


def _strip_clitic(k: str) -> str:
    for c in _PHRASE_CLITICS:
        if k.startswith(c) and len(k) > 3:
            return k[1:]
    return k


@cache
def _trigger_words() -> frozenset[str]:
    """Every word a trigger or a trigger phrase can start with, as written (ة kept).

    Built from the same tables the lookups use; a word outside it is no trigger,
    so :func:`find_triggers` looks only at the tokens in it.
    """
    firsts = set(_PHRASE_FIRST)
    firsts |= {c + w for w in _PHRASE_FIRST for c in _PHRASE_CLITICS}
    # a key ends in ه where the word may end in ة
    firsts |= {w[:-1] + "ة" for w in firsts if w.endswith("ه")}
    return frozenset(surface_forms()) | firsts


def trigger_starts(tokens: list[Token]) -> Iterable[int]:
    """Indexes of the tokens a trigger may start at (every token with the prefilter off).

    >>> from ..dates.lexer import tokenize
    >>> from ..normalize import normalize
    >>> list(trigger_starts(tokenize(normalize("عقد المجلس اجتماعه الأسبوعي"))))
    [2]
    """
    if not anchors.ENABLED:
        return range(len(tokens))
    words = _trigger_words()
    return [i for i, t in enumerate(tokens) if t.word in words]


@cache
def _cue_words() -> dict[str, frozenset[str] | None]:
    """Every key a status or habitual cue can start with, bare or behind و/ف.

    The value is ``None`` when a one-word cue has that key, else the keys the
    second word of its phrases can have (من المقرر: من is a cue only before المقرر …).
    """
    seconds: dict[str, set[str] | None] = {}
    for first, bucket in cx.CUE_INDEX.items():
        for surface in (first, "و" + first, "ف" + first):
            for keys, _label in bucket:
                got = seconds.setdefault(surface, set())
                if len(keys) == 1 or got is None:
                    seconds[surface] = None
                else:
                    got.add(keys[1])
    return {k: None if v is None else frozenset(v) for k, v in seconds.items()}


def cue_starts(tokens: list[Token]) -> Iterable[int]:
    """Indexes of the tokens a cue phrase may start at (every token with the prefilter off).

    >>> from ..dates.lexer import tokenize
    >>> from ..normalize import normalize
    >>> list(cue_starts(tokenize(normalize("تقرر تأجيل الاجتماع إلى الأسبوع المقبل"))))
    [1, 5]
    """
    if not anchors.ENABLED:
        return range(len(tokens))
    words = _cue_words()
    n = len(tokens)
    return [
        i
        for i, t in enumerate(tokens)
        if t.key in words
        and ((after := words[t.key]) is None or (i + 1 < n and tokens[i + 1].key in after))
    ]


def find_triggers(tokens: list[Token]) -> list[Hit]:
    """Every event trigger among the tokens, with the senses that are not events left out."""
    hits: list[Hit] = []
    forms = surface_forms()
    n = len(tokens)
    i = 0
    for start in trigger_starts(tokens):
        if start < i:
            continue
        i = start
        tok = tokens[i]
        phrase = _PHRASE_FIRST.get(_strip_clitic(tok.key)) or _PHRASE_FIRST.get(tok.key)
        if phrase and i + 1 < n and tokens[i + 1].key in phrase[0]:
            hits.append(Hit(i, i + 2, phrase[1], "noun", "", tok.key.startswith("ال")))
            i += 2
            continue
        form = forms.get(tok.word)
        if form is not None and not _excluded(tokens, i, form):
            hits.append(
                Hit(i, i + 1, _retype(tokens, i, form.type), form.pos, form.tense, form.definite)
            )
    return _drop_convening_verbs(_drop_complements(_drop_editions(hits, tokens)), tokens)


def _drop_convening_verbs(hits: list[Hit], tokens: list[Token]) -> list[Hit]:
    """يلتئم بتونس … المنتدى: a meeting verb whose subject is an event is that event's verb.

    The event noun must follow in the same clause (no punctuation between them).
    """
    out = []
    for k, h in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            h.pos == "verb"
            and tokens[h.first].word in _CONVENING
            and nxt is not None
            and nxt.pos == "noun"
            and nxt.definite
            and nxt.first - h.end <= tr.CONVENING_REACH
            and all(t.key[:1].isalnum() for t in tokens[h.end : nxt.first])
        ):
            continue
        out.append(h)
    return out


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


def _drop_editions(hits: list[Hit], tokens: list[Token]) -> list[Hit]:
    """الدورة الـ18 للمهرجان: the edition word gives way to the event it is an edition of."""
    out = []
    for k, h in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            h.type in tr.EDITION_TYPES
            and any(stem in tokens[h.first].key for stem in tr.EDITION_STEMS)
            and nxt is not None
            and nxt.type not in tr.EDITION_TYPES
            and nxt.pos == "noun"
            and nxt.first - h.end <= tr.EDITION_REACH
        ):
            continue
        out.append(h)
    return out


def _retype(tokens: list[Token], i: int, type_: str) -> str:
    rule = _NEXT_TYPE.get(type_)
    if rule and i + 1 < len(tokens) and tokens[i + 1].key in rule[0]:
        return rule[1]
    return type_


def _excluded(tokens: list[Token], i: int, form: Form) -> bool:
    """The trigger word is used in another sense here (قمة الجبل، قصر المؤتمرات، لقاء مبلغ)."""
    nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].key if i > 0 else ""
    if nxt in _NOT_NEXT.get(form.type, ()):
        return True
    if prev in _NOT_PREVIOUS:
        return True
    if any(t.key in _OFF_TOPIC for t in tokens[i + 1 : i + 1 + _OFF_TOPIC_WINDOW]):
        return True  # sport, exams, elections: الدورة الأولى من الانتخابات
    here = tokens[i].key
    if (prev, here) in _NOT_PHRASES or (here, nxt) in _NOT_PHRASES:
        return True
    word = tokens[i].word
    if word == "التام" and prev.startswith("ال"):
        return True  # الدعم التام: the adjective "complete", written like the verb
    # لقاء before a number means "in return for" (لقاء 100 درهم)
    return word in ("لقاء", "ولقاء") and nxt[:1].isdecimal()
