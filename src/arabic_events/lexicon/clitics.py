"""Proclitics: the letters Arabic writes joined to the front of a word.

Data only. The lexical layer (``arabic_events.lexical``) strips them before a
lexicon lookup and adds them back when it builds the set of surface forms a
prefilter keeps; both read these tables.
"""

from __future__ import annotations

#: One-letter proclitics: و ف (and), ب (in, with), ل (for), ك (as).
ONE_LETTER_CLITICS: frozenset[str] = frozenset("وفبلك")

#: Two-letter proclitics: a conjunction and a preposition (وب، ول، فب، فل، وك).
TWO_LETTER_CLITICS: frozenset[str] = frozenset({"وب", "ول", "فب", "فل", "وك"})

#: The definite article, and ل + ال as written (لل): للاربعاء is ل + الاربعاء.
ARTICLE = "ال"
LAM_ARTICLE = "لل"
