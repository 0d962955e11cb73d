"""Proclitics: the letters Arabic writes joined to the front of a word.

Data only. The lexical layer (``arabic_events.lexical``) strips them before a
lexicon lookup and adds them back when it builds the set of surface forms a
prefilter keeps; both read these tables.
"""

from __future__ import annotations

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")

#: The conjunctions و ف (and, so): they may stand before any word, a verb too.
CONJUNCTIONS: frozenset[str] = frozenset(_CONJUNCTIONS)

#: The prepositions ب (in, with), ل (for), ك (as): they stand before a noun.
PREPOSITIONS: frozenset[str] = frozenset(_PREPOSITIONS)

#: One-letter proclitics: a conjunction or a preposition.
ONE_LETTER_CLITICS: frozenset[str] = CONJUNCTIONS | PREPOSITIONS

#: The one-letter proclitics of news text but ك (و ف ب ل): what the event cues,
#: the trigger phrases and the names before a date or a place are read without.
#: كـ before such a word is rare, and ك begins many words (كلمة، كبير).
COMMON_CLITICS: frozenset[str] = frozenset("وفبل")

#: Two-letter proclitics: a conjunction and a preposition (وب، ول، فب، فل، وك).
TWO_LETTER_CLITICS: frozenset[str] = frozenset({"وب", "ول", "فب", "فل", "وك"})

#: ب (in), alone or after a conjunction: the clitics of a venue noun (بمقر، وبقاعة).
LOCATIVE_CLITICS: tuple[str, ...] = ("ب", "وب", "فب")

#: The definite article, and ل + ال as written (لل): للاربعاء is ل + الاربعاء.
ARTICLE = "ال"
LAM_ARTICLE = "لل"

#: Everything a verb may carry before it: nothing, or a conjunction.
VERB_PREFIXES: tuple[str, ...] = ("", *_CONJUNCTIONS)

#: Everything a noun may carry before it: [conjunction] [preposition] [article], and
#: لل (ل + ال) after a conjunction or not. In this order: the forms built first win.
NOUN_PREFIXES: tuple[str, ...] = (
    *(a + b + c for a in VERB_PREFIXES for b in ("", *_PREPOSITIONS) for c in ("", ARTICLE)),
    *(a + LAM_ARTICLE for a in VERB_PREFIXES),
)

#: From how many letters on a word in لل is read as ل + ال: four in the date
#: lexicon (للي stays one word, not ل + الي "to"), three in the time lexicon.
DATE_LAM_ARTICLE_FROM = 4
TIME_LAM_ARTICLE_FROM = 3
