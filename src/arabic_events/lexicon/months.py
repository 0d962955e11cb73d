"""Month names of every system Arabic news uses, with their common spellings.

Data only. Each row: ``(month number, calendar, spelling, ambiguous)``.

- ``calendar`` is ``"gregorian"`` or ``"hijri"``. All Gregorian systems (Egypt and
  the Gulf, Morocco, Algeria and Tunisia, the Levant and Iraq, Libya 1980s–2011,
  Mauritania) are always on together: one outlet mixes them in one article.
- ``ambiguous`` marks names that are also ordinary words or names (ماي، آب،
  الماء، صفر …): they count as a month only next to a day number or a year.
- Spellings are written as in text; matching folds hamza forms, ى/ي and a
  final ة/ه, so "ابريل" and "أبريل" are one entry either way. Multi-word names
  are written with single spaces.

Adding a spelling is one row here; the property tests (tests/test_properties.py)
then read it back in random dates. The date cases in tests/cases/ are generated
from a month table of their own, in tests/cases/make_dates_synthetic.py: add the
spelling there too and rerun that script (a hand edit of the .jsonl fails a test).
"""

from __future__ import annotations

GREGORIAN = "gregorian"
HIJRI = "hijri"

MONTHS: tuple[tuple[int, str, str, bool], ...] = (
    # --- Egypt, the Gulf, and Modern Standard Arabic in general ---
    (1, GREGORIAN, "يناير", False),
    (2, GREGORIAN, "فبراير", False),
    (2, GREGORIAN, "فبرابر", False),  # frequent typo in wire copy
    (3, GREGORIAN, "مارس", False),
    (4, GREGORIAN, "أبريل", False),
    (4, GREGORIAN, "إبريل", False),
    (5, GREGORIAN, "مايو", False),
    (6, GREGORIAN, "يونيو", False),
    (6, GREGORIAN, "يونيه", False),
    (6, GREGORIAN, "يونية", False),
    (7, GREGORIAN, "يوليو", False),
    (7, GREGORIAN, "يوليه", False),
    (7, GREGORIAN, "يولية", False),
    (8, GREGORIAN, "أغسطس", False),
    (8, GREGORIAN, "أغسطوس", False),
    (9, GREGORIAN, "سبتمبر", False),
    (9, GREGORIAN, "سيبتمبر", False),
    (10, GREGORIAN, "أكتوبر", False),
    (10, GREGORIAN, "أكتوبار", False),
    (11, GREGORIAN, "نوفمبر", False),
    (11, GREGORIAN, "نوفمير", False),
    (12, GREGORIAN, "ديسمبر", False),
    # --- Morocco ---
    (5, GREGORIAN, "ماي", True),  # also a surname (تيريزا ماي)
    (7, GREGORIAN, "يوليوز", False),
    (8, GREGORIAN, "غشت", False),
    (9, GREGORIAN, "شتنبر", False),
    (11, GREGORIAN, "نونبر", False),
    (12, GREGORIAN, "دجنبر", False),
    # --- Algeria and Tunisia ---
    (1, GREGORIAN, "جانفي", False),
    (2, GREGORIAN, "فيفري", False),
    (4, GREGORIAN, "أفريل", False),
    (6, GREGORIAN, "جوان", False),
    (7, GREGORIAN, "جويلية", False),
    (7, GREGORIAN, "جوييلية", False),
    (8, GREGORIAN, "أوت", False),
    # --- Mauritania ---
    (8, GREGORIAN, "أغشت", False),
    (9, GREGORIAN, "شتمبر", False),
    (12, GREGORIAN, "دجمبر", False),
    # --- The Levant and Iraq (with and without the article, and numbered) ---
    (1, GREGORIAN, "كانون الثاني", False),
    (1, GREGORIAN, "كانون ثاني", False),
    (1, GREGORIAN, "كانون 2", False),
    (2, GREGORIAN, "شباط", False),
    (3, GREGORIAN, "آذار", False),
    (4, GREGORIAN, "نيسان", False),
    (5, GREGORIAN, "أيار", False),
    (6, GREGORIAN, "حزيران", False),
    (7, GREGORIAN, "تموز", False),
    (8, GREGORIAN, "آب", True),  # also "father"
    (9, GREGORIAN, "أيلول", False),
    (10, GREGORIAN, "تشرين الأول", False),
    (10, GREGORIAN, "تشرين أول", False),
    (10, GREGORIAN, "تشرين 1", False),
    (11, GREGORIAN, "تشرين الثاني", False),
    (11, GREGORIAN, "تشرين ثاني", False),
    (11, GREGORIAN, "تشرين 2", False),
    (12, GREGORIAN, "كانون الأول", False),
    (12, GREGORIAN, "كانون أول", False),
    (12, GREGORIAN, "كانون 1", False),
    # --- Libya, 1980s to 2011 ---
    (1, GREGORIAN, "أي النار", False),
    (2, GREGORIAN, "النوار", True),
    (3, GREGORIAN, "الربيع", True),
    (4, GREGORIAN, "الطير", True),
    (5, GREGORIAN, "الماء", True),
    (6, GREGORIAN, "الصيف", True),
    (7, GREGORIAN, "ناصر", True),
    (8, GREGORIAN, "هانيبال", True),
    (9, GREGORIAN, "الفاتح", True),
    (10, GREGORIAN, "التمور", True),
    (11, GREGORIAN, "الحرث", True),
    (12, GREGORIAN, "الكانون", True),
    # --- Hijri ---
    (1, HIJRI, "محرم", False),
    (1, HIJRI, "المحرم", False),
    (2, HIJRI, "صفر", True),  # also "zero"
    (3, HIJRI, "ربيع الأول", False),
    (3, HIJRI, "ربيع أول", False),
    (4, HIJRI, "ربيع الآخر", False),
    (4, HIJRI, "ربيع الثاني", False),
    (4, HIJRI, "ربيع ثاني", False),
    (5, HIJRI, "جمادى الأولى", False),
    (5, HIJRI, "جمادى الأول", False),
    (5, HIJRI, "جمادى أولى", False),
    (6, HIJRI, "جمادى الآخرة", False),
    (6, HIJRI, "جمادى الثانية", False),
    (6, HIJRI, "جمادى الآخر", False),
    (6, HIJRI, "جمادى الثاني", False),
    (7, HIJRI, "رجب", True),  # also a given name
    (8, HIJRI, "شعبان", False),
    (9, HIJRI, "رمضان", True),  # also a given name and surname
    (10, HIJRI, "شوال", False),
    (11, HIJRI, "ذو القعدة", False),
    (11, HIJRI, "ذي القعدة", False),
    (11, HIJRI, "ذا القعدة", False),
    (12, HIJRI, "ذو الحجة", False),
    (12, HIJRI, "ذي الحجة", False),
    (12, HIJRI, "ذا الحجة", False),
)
