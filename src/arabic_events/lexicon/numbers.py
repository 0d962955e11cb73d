"""Number words: ordinals and cardinals for day numbers, counts and years.

Data only. Words are written as in text (hamza, ة); matching folds them.
Compound numbers are built by the grammar from these parts: a unit, "و", a
ten ("الحادي والعشرين"), or a unit followed by "عشر"/"عشرة" ("الثاني عشر").
"""

from __future__ import annotations

#: Ordinal words with the article, masculine and feminine: value.
ORDINALS: dict[str, int] = {
    "الأول": 1,
    "الأولى": 1,
    "الحادي": 1,  # only in compounds: الحادي عشر، الحادي والعشرين
    "الحادية": 1,
    "الثاني": 2,
    "الثانية": 2,
    "الثالث": 3,
    "الثالثة": 3,
    "الرابع": 4,
    "الرابعة": 4,
    "الخامس": 5,
    "الخامسة": 5,
    "السادس": 6,
    "السادسة": 6,
    "السابع": 7,
    "السابعة": 7,
    "الثامن": 8,
    "الثامنة": 8,
    "التاسع": 9,
    "التاسعة": 9,
    "العاشر": 10,
    "العاشرة": 10,
    # without the article, before a month name (خامس فبراير، ثامن شتنبر)
    "ثاني": 2,
    "ثالث": 3,
    "رابع": 4,
    "خامس": 5,
    "سادس": 6,
    "سابع": 7,
    "ثامن": 8,
    "تاسع": 9,
    "عاشر": 10,
}

#: Ordinals of the tens, which are the cardinal forms with the article.
ORDINAL_TENS: dict[str, int] = {
    "العشرين": 20,
    "العشرون": 20,
    "الثلاثين": 30,
    "الثلاثون": 30,
}

#: Cardinal words (both genders, nominative and oblique): value.
CARDINALS: dict[str, int] = {
    "واحد": 1,
    "واحدة": 1,
    "أحد": 1,
    "إحدى": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "اثنا": 2,
    "اثني": 2,
    "اثنتا": 2,
    "اثنتي": 2,
    "ثلاثة": 3,
    "ثلاث": 3,
    "أربعة": 4,
    "أربع": 4,
    "خمسة": 5,
    "خمس": 5,
    "ستة": 6,
    "ست": 6,
    "سبعة": 7,
    "سبع": 7,
    "ثمانية": 8,
    "ثماني": 8,
    "ثمان": 8,
    "تسعة": 9,
    "تسع": 9,
    "عشرة": 10,
    "عشر": 10,
}

#: Cardinal tens.
CARDINAL_TENS: dict[str, int] = {
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "أربعون": 40,
    "أربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "ستون": 60,
    "ستين": 60,
    "سبعون": 70,
    "سبعين": 70,
    "ثمانون": 80,
    "ثمانين": 80,
    "تسعون": 90,
    "تسعين": 90,
}

#: The word after a unit that makes a teen (الثاني عشر، ثلاثة عشر).
TEEN_WORDS: tuple[str, ...] = ("عشر", "عشرة")

#: Hundreds, for years written in words (ألف وتسعمائة …).
HUNDREDS: dict[str, int] = {
    "مائة": 100,
    "مئة": 100,
    "مائتين": 200,
    "مئتين": 200,
    "مائتان": 200,
    "ثلاثمائة": 300,
    "ثلاثمئة": 300,
    "أربعمائة": 400,
    "أربعمئة": 400,
    "خمسمائة": 500,
    "خمسمئة": 500,
    "ستمائة": 600,
    "ستمئة": 600,
    "سبعمائة": 700,
    "سبعمئة": 700,
    "ثمانمائة": 800,
    "ثمانمئة": 800,
    "تسعمائة": 900,
    "تسعمئة": 900,
}

#: Thousands, for years written in words.
THOUSANDS: dict[str, int] = {
    "ألف": 1000,
    "ألفين": 2000,
    "ألفان": 2000,
}

#: Words that name the first day of a month on their own (غرة رمضان، فاتح أكتوبر).
FIRST_DAY_WORDS: tuple[str, ...] = ("غرة", "فاتح", "الفاتح", "أول")
