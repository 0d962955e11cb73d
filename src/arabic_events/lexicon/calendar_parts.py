"""Parts of the calendar: ordinal positions, quarters, halves, seasons, decades.

Data only. Words are written as in text; matching folds hamza forms, ى/ي and a
final ة/ه. The conventions that resolve them are in ``dates/calendar_structure.py``
and docs/dates.md ("Holidays and calendar structure"). Years written in words
use ``numbers.HUNDREDS`` and ``numbers.THOUSANDS``.
"""

from __future__ import annotations

from typing import NamedTuple

from ..types import Grain
from .numbers import ORDINALS

#: "last", as a position: -1 (آخر جمعة من الشهر، الأسبوع الأخير من مايو).
LAST = -1

#: Ordinals after a noun (الخميس الرابع، الأسبوع الثاني، الربع الأخير): position.
ORDINALS_AFTER: dict[str, int] = {
    **{w: n for w, n in ORDINALS.items() if n <= 5 and w.startswith("ال") and "الحادي" not in w},
    "الأخير": LAST,
    "الأخيرة": LAST,
}

#: Ordinals before an indefinite noun (ثاني أربعاء، أول خميس، آخر جمعة): position.
ORDINALS_BEFORE: dict[str, int] = {
    "أول": 1,
    "ثاني": 2,
    "ثالث": 3,
    "رابع": 4,
    "خامس": 5,
    "آخر": LAST,
}

#: Weekday names without the article, after an ordinal (ثاني أربعاء، آخر جمعة):
#: Python's weekday number (Monday = 0).
WEEKDAYS_BARE: dict[str, int] = {
    "اثنين": 0,
    "إثنين": 0,
    "ثلاثاء": 1,
    "أربعاء": 2,
    "خميس": 3,
    "جمعة": 4,
    "سبت": 5,
    "أحد": 6,
}

#: Week nouns before an ordinal (الأسبوع الثاني) or after one (آخر أسبوع).
WEEK_NOUNS: tuple[str, ...] = ("الأسبوع", "أسبوع")

#: Day nouns of "the last day of the month" (آخر يوم من الشهر، اليوم الأخير من).
DAY_NOUNS: tuple[str, ...] = ("يوم", "اليوم")


class YearPart(NamedTuple):
    """A word naming a part of a year counted by an ordinal (الربع الأول)."""

    spelling: str
    grain: Grain
    """QUARTER, HALF, or RANGE for a third (four months, no TIMEX3 unit)."""
    parts: int
    """How many the year has: 4, 2 or 3."""
    needs_year: bool = False
    """Only with ``من`` and a year after it (الفصل الأول من سنة 2015): the word
    also means a school term, a chapter or a season."""


YEAR_PARTS: tuple[YearPart, ...] = (
    YearPart("الربع", Grain.QUARTER, 4),
    YearPart("ربع", Grain.QUARTER, 4),
    # Morocco (the planning office's الفصل الثاني من السنة) and Algeria use الفصل
    # for a quarter of a year; elsewhere it is a season or a school term.
    YearPart("الفصل", Grain.QUARTER, 4, needs_year=True),
    # Tunisia and Algeria: الثلاثي الأول، الثلاثية الثانية
    YearPart("الثلاثي", Grain.QUARTER, 4, needs_year=True),
    YearPart("الثلاثية", Grain.QUARTER, 4, needs_year=True),
    YearPart("النصف", Grain.HALF, 2),
    YearPart("نصف", Grain.HALF, 2),
    YearPart("الشطر", Grain.HALF, 2),
    # the Maghreb: السداسي الأول (a semester)
    YearPart("السداسي", Grain.HALF, 2, needs_year=True),
    YearPart("السداسية", Grain.HALF, 2, needs_year=True),
    YearPart("الثلث", Grain.RANGE, 3),
    YearPart("ثلث", Grain.RANGE, 3),
)

#: Words after الفصل that make it no quarter: a school term, a chapter of a text,
#: a class (الفصل الدراسي، الفصل السابع من الميثاق، فصل الصيف).
NOT_QUARTER_AFTER_FASL: tuple[str, ...] = (
    "الدراسي",
    "دراسي",
    "التشريعي",
    "الخريفي",
    "الربيعي",
    "من الميثاق",
    "من ميثاق",
    "من الدستور",
    "من القانون",
    "من الرواية",
    "من الكتاب",
)

#: Seasons: the first month of each (meteorological, northern hemisphere:
#: spring March–May, summer June–August, autumn September–November, winter
#: December–February).
SEASONS: dict[str, int] = {
    "الربيع": 3,
    "ربيع": 3,
    "الصيف": 6,
    "صيف": 6,
    "الخريف": 9,
    "خريف": 9,
    "الشتاء": 12,
    "شتاء": 12,
    "الشتا": 12,
}

#: The years Libya named its months (الربيع March, الصيف June: ``months.py``): a
#: season name with the article and a year of these years is the Libyan month
#: (الصيف 2010); after them, the season (الصيف 2019).
LIBYAN_MONTH_YEARS: tuple[int, int] = (1986, 2011)

#: Nouns before a season that make it one (فصل الصيف، موسم الشتاء), inside the span.
SEASON_NOUNS: tuple[str, ...] = ("فصل", "موسم")

#: Words after a season name that make it a month or a name, not a season:
#: ربيع الأول and ربيع الآخر are Hijri months, الربيع العربي a movement.
NOT_SEASON_AFTER: tuple[str, ...] = (
    "الأول",
    "أول",
    "الآخر",
    "الثاني",
    "ثاني",
    "العربي",
    "الديمقراطي",
)

#: Decade plurals: the tens of the century they name (التسعينيات: 90).
DECADES: dict[str, int] = {
    "العشرينيات": 20,
    "العشرينات": 20,
    "عشرينيات": 20,
    "عشرينات": 20,
    "الثلاثينيات": 30,
    "الثلاثينات": 30,
    "ثلاثينيات": 30,
    "ثلاثينات": 30,
    "الأربعينيات": 40,
    "الأربعينات": 40,
    "أربعينيات": 40,
    "أربعينات": 40,
    "الخمسينيات": 50,
    "الخمسينات": 50,
    "خمسينيات": 50,
    "خمسينات": 50,
    "الستينيات": 60,
    "الستينات": 60,
    "ستينيات": 60,
    "ستينات": 60,
    "السبعينيات": 70,
    "السبعينات": 70,
    "سبعينيات": 70,
    "سبعينات": 70,
    "الثمانينيات": 80,
    "الثمانينات": 80,
    "ثمانينيات": 80,
    "ثمانينات": 80,
    "التسعينيات": 90,
    "التسعينات": 90,
    "تسعينيات": 90,
    "تسعينات": 90,
}

#: "decade" nouns (العقد الماضي، عقد التسعينيات); العقد alone is also "the contract".
DECADE_NOUNS: tuple[str, ...] = ("العقد", "عقد")

#: Words after العقد that make it a contract (توقيع العقد، العقد المبرم).
NOT_DECADE_AFTER: tuple[str, ...] = (
    "المبرم",
    "الموقع",
    "الاجتماعي",
    "شريعة",
    "النهائي",
    "الجديد",
    "مع",
    "بين",
    "الخاص",
    "المتعلق",
)

#: "century" nouns (القرن الماضي، ثمانينيات القرن العشرين).
CENTURY_NOUNS: tuple[str, ...] = ("القرن", "قرن")

#: Ordinal names of centuries (القرن العشرين، القرن الحادي والعشرين).
CENTURIES: dict[str, int] = {
    "التاسع عشر": 19,
    "العشرين": 20,
    "العشرون": 20,
    "الحادي والعشرين": 21,
    "الحادي والعشرون": 21,
}

#: Month numbers said as words after شهر/الشهر (شهر سبعة، الشهر الخامس): month.
MONTH_NUMBER_WORDS: dict[str, int] = {
    "واحد": 1,
    "الأول": 1,
    "اثنين": 2,
    "اتنين": 2,
    "الثاني": 2,
    "ثلاثة": 3,
    "تلاتة": 3,
    "الثالث": 3,
    "أربعة": 4,
    "الرابع": 4,
    "خمسة": 5,
    "الخامس": 5,
    "ستة": 6,
    "السادس": 6,
    "سبعة": 7,
    "السابع": 7,
    "ثمانية": 8,
    "تمانية": 8,
    "الثامن": 8,
    "تسعة": 9,
    "التاسع": 9,
    "عشرة": 10,
    "العاشر": 10,
    "أحد عشر": 11,
    "إحدى عشر": 11,
    "الحادي عشر": 11,
    "اثنا عشر": 12,
    "اثني عشر": 12,
    "الثاني عشر": 12,
}

#: The month numbers said as cardinals (شهر سبعة): with شهر they name a month even
#: without a year; واحد is left out (شهر واحد is "one month").
MONTH_NUMBER_CARDINALS: dict[str, int] = {
    w: n for w, n in MONTH_NUMBER_WORDS.items() if not w.startswith("ال") and w != "واحد"
}

#: Words after a decade plural that make it an age (في الستينيات من عمره).
NOT_DECADE_AGE_AFTER: tuple[str, ...] = ("من عمره", "من عمرها", "من العمر", "من عمرهم")

#: Nouns before a month number (شهر سبعة، الشهر الخامس، شهر 7).
MONTH_NUMBER_NOUNS: tuple[str, ...] = ("شهر", "الشهر")
